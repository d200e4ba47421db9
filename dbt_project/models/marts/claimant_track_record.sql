-- Per claimant, side and assessed source: how far the claimant's comparable figures stray from the assessed
-- ones (claims_vs_assessed). Assessments are estimates too: a ratio far from 1 says the claim and the
-- assessment disagree, not which one is wrong.
with compared as (
    select * from {{ ref('claims_vs_assessed') }}
)

select
    coalesce(claimant, '(article)') as claimant,
    coalesce(claimant_side, 'unattributed') as claimant_side,
    assessed_source,
    count(*) as comparable_claims,
    count(*) filter (where metric in ('area_controlled', 'territory_share')) as holding_claims,
    count(*) filter (where metric in ('area_gained', 'area_lost')) as change_claims,
    median(ratio) as median_ratio,
    avg(case when within_tolerance then 1.0 else 0.0 end) as share_within_tolerance,
    min(as_of) as first_as_of,
    max(as_of) as last_as_of
from compared
group by 1, 2, 3
