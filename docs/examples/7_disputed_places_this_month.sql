-- Which places are disputed this month?
-- "This month" is the latest month of the record (replace the subquery with current_date on a live warehouse).
select place, region, conflict_type, cast(as_of_a as date) as as_of_a, coalesce(claimant_a, '(article)') as claimant_a,
       controller_a as a_says_holds, cast(as_of_b as date) as as_of_b, coalesce(claimant_b, '(article)') as claimant_b,
       stance_b, controller_b as b_about, n_sources_a + n_sources_b as sources
from marts.place_claim_conflicts
where greatest(as_of_a, as_of_b) >= date_trunc('month', (select max(as_of) from marts.fct_place_claims))
order by place, as_of_a;
