-- Which sources reported the 1,000 km2 (and the 1,150 km2) claim first?
select e.claimant, cast(e.as_of as date) as as_of, e.value_low as km2, e.n_sources,
       a.source, a.published_at, a.url
from marts.fct_claim_events e
cross join unnest(e.article_ids) as t(article_id)
join marts.dim_articles a on a.article_id = t.article_id
where e.metric = 'area_controlled' and e.value_low in (1000, 1150) and e.region = 'Kursk Oblast'
order by a.published_at;
