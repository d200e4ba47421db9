-- How far do each side's national claims stray from the assessed area?
-- National claims (region Ukraine) against each loaded assessed series (`claimwatch assessed ...`, see
-- "Claims against the record"); ratio = claimed / assessed, so 1.10 claims 10% more than assessed.
select coalesce(claimant_side, 'unattributed') as side, assessed_source, count(*) as claims,
       round(median(ratio), 3) as median_ratio, round(median(abs(ratio - 1)), 3) as median_stray,
       round(avg(case when within_tolerance then 1 else 0 end), 2) as share_within_tolerance,
       min(cast(as_of as date)) as first_claim, max(cast(as_of as date)) as last_claim
from marts.claims_vs_assessed
where region = 'Ukraine'
group by all
order by side, assessed_source;
