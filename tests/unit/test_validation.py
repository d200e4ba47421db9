"""Per-record validation at the edge (pipelines/ingestion/validate.py): each hostile record of
tests/fixtures/hostile/records.jsonl becomes a Rejected with its reason, or an Article with the field cleaned."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from pipelines.ingestion import Article, Rejected, read_sources
from pipelines.ingestion.validate import Invalid, check_published, scrub
from tests.conftest import FIXTURES

RECORDS = FIXTURES / "hostile" / "records.jsonl"
EXPECTED_REASONS = ["not an ISO 8601 date", "not an ISO 8601 date", "outside 1990-01-01", "outside 1990-01-01",
                    "'url' must be a string, got int", "'title' must be a string, got dict",
                    "'source' must be a string, got list", "must be an ISO 8601 string, got int",
                    "not an http(s) URL"]


@pytest.fixture(scope="module")
def records():
    return list(read_sources([str(RECORDS)]))


def test_each_bad_record_is_quarantined_with_its_reason(records):
    bad = records[:len(EXPECTED_REASONS)]
    assert [type(r).__name__ for r in bad] == ["Rejected"] * len(EXPECTED_REASONS)
    for rec, words in zip(bad, EXPECTED_REASONS):
        assert words in rec.reason, (rec.origin, rec.reason)
    assert [r.origin.rsplit(":", 1)[1] for r in bad] == [str(i) for i in range(1, len(EXPECTED_REASONS) + 1)]


def test_lone_surrogates_are_replaced_and_the_article_encodes(records):
    art = records[len(EXPECTED_REASONS)]
    assert isinstance(art, Article)
    assert "\ud800" not in art.text and "\ufffd" in art.text and art.title == "Lone \ufffd surrogate"
    art.text.encode("utf-8")  # raises on a lone surrogate


def test_long_title_is_cut(records):
    art = records[len(EXPECTED_REASONS) + 1]
    assert isinstance(art, Article)
    assert len(art.title) == 500 and art.title.endswith("\u2026")


def test_date_window_edges():
    now = datetime(2026, 1, 1, 12)
    assert check_published(datetime(1990, 1, 1), now) == datetime(1990, 1, 1)
    assert check_published(now + timedelta(hours=23), now) == now + timedelta(hours=23)
    with pytest.raises(Invalid, match="outside"):
        check_published(now + timedelta(days=1, seconds=1), now)
    with pytest.raises(Invalid, match="outside"):
        check_published(datetime(1989, 12, 31, 23, 59), now)


def test_scrub_keeps_paired_characters():
    assert scrub("a\U0001F600b\udc00") == "a\U0001F600b\ufffd"


def test_a_record_list_with_mixed_types_still_yields_the_good_one(tmp_path):
    import json

    good = json.loads(RECORDS.read_text().splitlines()[9])
    (tmp_path / "list.json").write_text(json.dumps([good, 17, {**good, "text": ["not", "text"]}]))
    recs = list(read_sources([str(tmp_path / "list.json")]))
    assert [type(r) for r in recs] == [Article, Rejected, Rejected]
    assert "expected a JSON object" in recs[1].reason and "'text' must be a string" in recs[2].reason


def test_the_report_links_only_http_urls():
    """Records with javascript: URLs are refused at the edge; the report never links one anyway."""
    from pipelines.report import _source_link

    assert _source_link("https://example.org/a?b=1&c=2") == \
        '<a href="https://example.org/a?b=1&amp;c=2" rel="noopener nofollow">source</a>'
    assert _source_link("javascript:alert(1)") == "javascript:alert(1)"
    assert "<a" not in _source_link('data:text/html,<script>alert(1)</script>')
