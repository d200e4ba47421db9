"""The DuckDB warehouse's raw layer: where extracted claims are stored before dbt models them."""
