-- What did Syrskyi claim about Kursk in August 2024?
select cast(c.as_of as date) as as_of, c.metric, c.value_low, c.value_high, c.unit, c.approximate,
       c.period_days, c.article_source
from marts.fct_area_claims c
where c.claimant = 'Oleksandr Syrskyi'
  and c.region = 'Kursk Oblast'
  and c.as_of between date '2024-08-01' and date '2024-08-31'
order by c.as_of, c.metric;
