"""Asset metadata helpers: small markdown previews that the Dagster UI renders."""
import dagster as dg


def md_table(columns: list[str], rows: list[tuple]) -> dg.MetadataValue:
    def cell(value: object) -> str:
        return "" if value is None else str(value).replace("|", "/").replace("\n", " ")

    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return dg.MetadataValue.md("\n".join(lines))
