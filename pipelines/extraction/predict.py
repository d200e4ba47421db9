"""Write predictions in the gold file's shape, for `score.py --predictions` (development aid).

    python -m pipelines.extraction.predict ../shared/eval/dev/articles.jsonl > /tmp/pred.jsonl
    python ../shared/eval/score.py --gold ../shared/eval/dev/gold.jsonl --predictions /tmp/pred.jsonl --errors 50
"""
from __future__ import annotations

import json
import sys
from datetime import datetime

from pipelines.extraction import ArticleText, extract


def _parse_ts(value: str | None) -> datetime | None:
    if not value:
        return None
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def predict_line(record: dict) -> dict:
    article = ArticleText(
        article_id=record.get("id") or record.get("url"),
        text=record["text"],
        published_at=_parse_ts(record.get("published_at")),
        title=record.get("title"),
        url=record.get("url"),
    )
    result = extract(article)
    return {
        "id": record.get("id"),
        "url": record.get("url"),
        "statements": [
            {"speaker": s.speaker, "speaker_raw": s.speaker_raw, "type": s.statement_type, "quote": s.quote_text}
            for s in result.statements
        ],
        "area_claims": [c.to_dict() for c in result.area_claims],
        "place_claims": [c.to_dict() for c in result.place_claims],
    }


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    with open(argv[0], encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                print(json.dumps(predict_line(json.loads(line)), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
