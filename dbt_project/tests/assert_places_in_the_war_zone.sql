-- Every gazetteer place lies in the box of Ukraine and Russia's border oblasts, on its country's side:
-- a swapped latitude/longitude or a place put in the wrong country fails here (per-oblast boxes are in
-- tests/unit/test_places.py).
select place_id, country, latitude, longitude
from {{ ref('places') }}
where not (latitude between 44.3 and 54.0 and longitude between 22.1 and 40.3)
   or (country = 'Russia' and latitude < 50.0)
