-- Who claims Pokrovsk?
-- Every claim about the town, by side and date: who says who holds it, or denies it, and where it was reported.
select cast(c.as_of as date) as as_of, coalesce(c.claimant_side, 'unattributed') as side,
       coalesce(c.claimant, '(article)') as claimant, c.controller as holds, c.stance, c.action,
       c.place_raw as written, c.article_source
from marts.fct_place_claims c
join marts.dim_places p on c.place_id = p.place_id
where p.name = 'Pokrovsk'
order by c.as_of, side, claimant;
