{#- Use the configured schema name as is (staging, intermediate, marts, reference):
    analysts query marts.fct_area_claims, not main_marts.fct_area_claims. -#}
{% macro generate_schema_name(custom_schema_name, node) -%}
    {%- if custom_schema_name is none -%}{{ target.schema }}{%- else -%}{{ custom_schema_name | trim }}{%- endif -%}
{%- endmacro %}
