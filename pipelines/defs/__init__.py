"""The Dagster shell: assets, resources, jobs, schedules and sensors that call the pure core."""
