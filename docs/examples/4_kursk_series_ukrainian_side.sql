-- The Kursk area-control series as the Ukrainian side reported it
select day, value_low as km2, is_reported, n_sources, change_since_previous_claim, round(implied_daily_rate, 1) as per_day
from marts.area_control_series
where region = 'Kursk Oblast' and controller = 'Ukraine' and metric = 'area_controlled'
  and claimant_side = 'Ukraine'
order by day;
