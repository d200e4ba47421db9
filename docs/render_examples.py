"""Re-render the README's example questions with their answers from the current warehouse.

    .venv/bin/claimwatch run && .venv/bin/python docs/render_examples.py
"""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
START, END = "<!-- examples:start -->", "<!-- examples:end -->"


def render() -> str:
    parts = [START]
    cli = Path(sys.executable).with_name("claimwatch")
    for sql in sorted((ROOT / "docs" / "examples").glob("*.sql")):
        text = sql.read_text()
        question = text.splitlines()[0].lstrip("- ").strip()
        out = subprocess.run([str(cli), "query", "-f", str(sql), "--format", "markdown"], capture_output=True,
                             text=True, check=True).stdout.strip()
        lines = out.splitlines()
        if len(lines) > 14:
            out = "\n".join(lines[:14]) + f"\n\n({len(lines) - 2} rows; first 12 shown)"
        if len(lines) <= 2:
            out += "\n\n(no rows on the samples)"
        parts += [f"**{question}** (`docs/examples/{sql.name}`)", "", "```sql", text.strip(), "```", "", out, ""]
    parts.append(END)
    return "\n".join(parts)


def main() -> int:
    readme = ROOT / "README.md"
    text = readme.read_text()
    block = render()
    if START in text:
        text = re.sub(re.escape(START) + ".*?" + re.escape(END), lambda _m: block, text, flags=re.S)
    else:
        text = text.replace("EXAMPLES_PLACEHOLDER", block)
    readme.write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
