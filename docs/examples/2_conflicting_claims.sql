-- Which claims conflict?
select conflict_type, region, metric, cast(as_of as date) as as_of,
       coalesce(claimant_a, '(article)') as claimant_a, side_a, value_a,
       coalesce(claimant_b, '(article)') as claimant_b, side_b, round(value_b, 1) as value_b
from marts.area_claim_conflicts
order by as_of;
