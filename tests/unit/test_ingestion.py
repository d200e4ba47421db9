"""Ingestion readers on their own: every input becomes an Article or a Rejected with a reason."""
from __future__ import annotations

import json
import tracemalloc
from pathlib import Path

import pytest

from pipelines.ingestion import Article, Rejected, read_sources
from pipelines.ingestion.fetch import FetchError, FetchPolicy, fetch
from pipelines.ingestion.language import guess_language

BODY = ("Ukrainian forces said on Monday they had pushed further into the region, while the Russian "
        "defence ministry said its troops had repelled several attacks near the border overnight. ")


def only(records):
    records = list(records)
    assert len(records) == 1, records
    return records[0]


def test_markdown_file_takes_its_heading_as_title(tmp_path: Path):
    (tmp_path / "a.md").write_text("# Troops advance near the border\n\n" + BODY * 3)
    art = only(read_sources([str(tmp_path / "a.md")]))
    assert isinstance(art, Article)
    assert art.title == "Troops advance near the border"
    assert art.published_at_origin == "ingested"  # no date anywhere: flagged fallback
    assert art.text.startswith("Ukrainian forces")


def test_json_lines_record_keeps_its_fields_and_id_is_stable(tmp_path: Path):
    rec = {"url": "https://example.org/a", "title": "T", "published_at": "2024-08-13T18:00:00Z",
           "source": "Wire", "text": BODY * 2}
    (tmp_path / "a.jsonl").write_text(json.dumps(rec) + "\n")
    first = only(read_sources([str(tmp_path / "a.jsonl")]))
    second = only(read_sources([str(tmp_path / "a.jsonl")]))
    assert first.article_id == second.article_id
    assert str(first.published_at) == "2024-08-13 18:00:00"
    assert first.published_at_origin == "record" and first.source == "Wire"


def test_html_file_yields_main_text_without_navigation(tmp_path: Path):
    html = ("<html><head><title>Kursk push</title></head><body><nav>Home | World | Sport | Weather</nav>"
            f"<article><p>{BODY}</p><p>{BODY}</p></article><footer>All rights reserved</footer></body></html>")
    (tmp_path / "page.html").write_text(html)
    art = only(read_sources([str(tmp_path / "page.html")]))
    assert isinstance(art, Article)
    assert "Ukrainian forces" in art.text
    assert "All rights reserved" not in art.text and "Weather" not in art.text


@pytest.mark.parametrize("name,content,reason", [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"   \n\t \n", "empty"),
    ("scan.txt", b"%PDF-1.4\n1 0 obj", "PDF"),
    ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
    ("noise.txt", bytes(range(256)) * 40, "binary content (NUL bytes)"),
    ("nav.html", b"<html><body><nav><a href='/'>Home</a><a href='/x'>World</a></nav></body></html>", "main text"),
])
def test_bad_files_are_rejected_with_a_reason(tmp_path: Path, name, content, reason):
    (tmp_path / name).write_bytes(content)
    rec = only(read_sources([str(tmp_path / name)]))
    assert isinstance(rec, Rejected)
    assert reason in rec.reason


def test_bad_json_lines_do_not_stop_the_good_ones(tmp_path: Path):
    good = {"url": "https://example.org/ok", "text": BODY * 2, "published_at": "2024-08-13"}
    lines = [json.dumps(good), '{"url": "https://example.org/cut", "text": "half', json.dumps({"url": "u"}),
             json.dumps({**good, "url": "https://example.org/d", "published_at": "last Tuesday-ish"})]
    (tmp_path / "b.jsonl").write_text("\n".join(lines) + "\n")
    recs = list(read_sources([str(tmp_path / "b.jsonl")]))
    assert [type(r).__name__ for r in recs] == ["Article", "Rejected", "Rejected", "Rejected"]
    assert "invalid JSON" in recs[1].reason and recs[1].origin.endswith(":2")
    assert "no 'text'" in recs[2].reason
    assert "ISO 8601" in recs[3].reason


def test_huge_file_is_rejected_without_loading_it(tmp_path: Path):
    big = tmp_path / "huge.txt"
    with big.open("w") as fh:
        for _ in range(50):
            fh.write("word " * (1024 * 1024 // 5))  # 50 MB of text
    tracemalloc.start()
    rec = only(read_sources([str(big)]))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert isinstance(rec, Rejected) and "limit" in rec.reason
    assert peak < 5 * 1024 * 1024


def test_missing_path_and_other_schemes_are_rejected():
    recs = list(read_sources(["/no/such/file.txt", "file:///etc/passwd", "ftp://example.org/x"]))
    assert all(isinstance(r, Rejected) for r in recs)
    assert "no such file" in recs[0].reason and "scheme" in recs[1].reason


def test_language_guess():
    assert guess_language(BODY) == "en"
    assert guess_language("Украинские войска продвинулись на несколько километров " * 5) == "cyrillic"
    assert guess_language("Die ukrainischen Truppen sind weiter vorgerückt, sagte der Sprecher " * 5) == "other"


def test_fetch_refuses_loopback_unless_allowed(http_server):
    base, root = http_server
    (root / "x.html").write_text("<p>hello</p>")
    with pytest.raises(FetchError, match="private/loopback"):
        fetch(f"{base}/x.html", FetchPolicy())
    assert fetch(f"{base}/x.html", FetchPolicy(allowed={base})).content == b"<p>hello</p>"


def test_fetch_bounds_size_and_status(http_server):
    base, root = http_server
    (root / "big.html").write_bytes(b"x" * 2048)
    policy = FetchPolicy(allowed={base}, max_bytes=1024)
    with pytest.raises(FetchError, match="limit"):
        fetch(f"{base}/big.html", policy)
    with pytest.raises(FetchError, match="HTTP 404"):
        fetch(f"{base}/missing.html", policy)


def test_symlinks_leaving_the_input_folder_are_refused(tmp_path: Path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(BODY * 3)
    inbox = tmp_path / "inbox"
    (inbox / "sub").mkdir(parents=True)
    (inbox / "sub" / "real.txt").write_text(BODY * 2 + " Real.")
    (inbox / "passwd.txt").symlink_to("/etc/passwd")
    (inbox / "secret.txt").symlink_to(outside / "secret.txt")
    (inbox / "elsewhere").symlink_to(outside)
    (inbox / "inside.txt").symlink_to(inbox / "sub" / "real.txt")  # stays inside: read
    records = {Path(r.origin).name: r for r in read_sources([str(inbox)])}
    assert set(records) == {"passwd.txt", "secret.txt", "elsewhere", "inside.txt", "real.txt"}
    for name, target in [("passwd.txt", "/etc/passwd"), ("secret.txt", str(outside / "secret.txt")),
                         ("elsewhere", str(outside))]:
        assert isinstance(records[name], Rejected)
        assert f"symlink to {target} leaves the input folder" in records[name].reason
    assert isinstance(records["inside.txt"], Article) and isinstance(records["real.txt"], Article)


RUSSIAN = "Генштаб ВСУ сообщил о продвижении в Курской области, заявил представитель штаба. "


@pytest.mark.parametrize("data,encoding,text", [
    (b"\xef\xbb\xbf" + BODY.encode() * 2, "utf-8-sig", BODY),
    (b"\xff\xfe" + (BODY * 2).encode("utf-16-le"), "utf-16-le", BODY),
    (b"\xfe\xff" + (BODY * 2).encode("utf-16-be"), "utf-16-be", BODY),
    ((BODY * 2).encode("utf-16-le"), "utf_16_le", BODY),           # no byte-order mark: detected
    ((RUSSIAN * 3).encode("cp1251"), "cp1251", RUSSIAN),
    ((RUSSIAN * 3).encode("koi8_r"), "koi8_r", RUSSIAN),
])
def test_text_encodings_are_detected_and_recorded(tmp_path: Path, data: bytes, encoding: str, text: str):
    (tmp_path / "a.txt").write_bytes(data)
    art = only(read_sources([str(tmp_path / "a.txt")]))
    assert isinstance(art, Article), art
    assert art.encoding == encoding
    assert art.text.startswith(text.strip()[:40])
