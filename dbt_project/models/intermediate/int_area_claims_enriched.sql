-- Area claims with their article and the region's size, so a km2 figure and a share figure
-- about the same territory can be compared: implied_share = area / region area.
with claims as (
    select * from {{ ref('stg_raw__area_claims') }}
),

articles as (
    select * from {{ ref('stg_raw__articles') }}
),

actors as (
    select * from {{ ref('actors') }}
),

regions as (
    select * from {{ ref('regions') }}
)

select
    claims.claim_id,
    claims.article_id,
    articles.url as article_url,
    articles.source as article_source,
    articles.published_at,
    coalesce(actors.canonical_name, claims.claimant) as claimant,
    claims.claimant_actor_id,
    coalesce(actors.side, claims.claimant_side) as claimant_side,
    claims.controller,
    claims.region,
    claims.metric,
    claims.value_low,
    claims.value_high,
    claims.unit,
    claims.approximate,
    claims.period_days,
    claims.as_of,
    claims.temporal_scope,
    claims.evidence,
    claims.char_start,
    claims.char_end,
    regions.area_km2 as region_area_km2,
    case
        when claims.unit = 'km2' and regions.area_km2 > 0 then claims.value_low / regions.area_km2
    end as implied_share_low,
    case
        when claims.unit = 'km2' and regions.area_km2 > 0 then claims.value_high / regions.area_km2
    end as implied_share_high,
    claims.extractor_version,
    claims.extracted_at,
    -- the newest raw write behind the row: its extraction, or a later change of the article's content
    greatest(claims.extracted_at, articles.updated_at) as loaded_at
from claims
inner join articles on claims.article_id = articles.article_id
left join actors on claims.claimant_actor_id = actors.actor_id
left join regions on claims.region = regions.region
