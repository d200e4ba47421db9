"""A batch full of hostile inputs: the good articles go through, each bad one lands in raw.quarantine
with a clear reason, and is tried again once it changes."""
from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest

from pipelines.runs import run_pipeline
from tests.conftest import ROOT
from tests.fixtures.make_feed import KURSK_ARTICLES, write_feed

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("hostile")]
SEED = json.loads((ROOT / "data" / "samples" / "articles.jsonl").read_text().splitlines()[0])
GERMAN = ("Die ukrainischen Streitkräfte sind nach Angaben des Generalstabs in der Region Kursk weiter "
          "vorgerückt. Der Oberbefehlshaber sagte am Dienstag, die Lage sei unter Kontrolle und die Kämpfe "
          "gingen entlang der gesamten Frontlinie weiter, während die Regierung in Moskau schweigt. ") * 3


def build_hostile_folder(folder: Path, feed_url: str) -> dict[str, str]:
    """Write the hostile corpus; return {file name: expected words in its quarantine reason}."""
    folder.mkdir()
    good = dict(SEED)
    lines = [json.dumps(good), '{"url": "https://example.org/cut", "text": "Ukrainian troops adv',
             json.dumps({"url": "https://example.org/notext", "title": "No body"}),
             json.dumps(dict(SEED, url="https://example.org/bad-date", published_at="the day after yesterday")),
             json.dumps(dict(SEED, url="https://example.org/mirror")),  # the same article under a second URL
             json.dumps(dict(SEED, url="../../../outside/evil.txt", title="../../../outside/evil.txt",
                             source="/tmp/evil", text=SEED["text"] + " Path trick."))]
    (folder / "batch.jsonl").write_text("\n".join(lines) + "\n")
    (folder / "empty.txt").write_text("")
    (folder / "blank.txt").write_text("  \n\n\t  \n")
    (folder / "scan.txt").write_bytes(b"%PDF-1.5\n%\xb5\xb5\xb5\xb5\n1 0 obj << /Type /Catalog >>")
    (folder / "image.txt").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00")
    (folder / "cp1251.txt").write_bytes(("Генштаб ВСУ сообщил о продвижении в Курской области. " * 10).encode("cp1251"))
    (folder / "latin1.txt").write_bytes(("Les forces ukrainiennes ont avancé près de la frontière, a déclaré "
                                         "le porte-parole. " * 5).encode("latin-1"))
    (folder / "nav.html").write_text("<html><body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav>"
                                     "<footer>Contact</footer></body></html>")
    with (folder / "huge.txt").open("w") as fh:  # 50 MB: refused before it is read whole
        for _ in range(50):
            fh.write("Fighting continued along the front line. " * 25_000)
    (folder / "german.txt").write_text(GERMAN)  # recorded, never mis-extracted
    (folder / "unclosed.txt").write_text(
        'Ukraine\'s commander said on Tuesday: "The situation is difficult and the enemy keeps attacking '
        + "along the whole line " * 30 + "\n\nOther news followed later in the day and nobody closed the quote.")
    (folder / "long-sentence.txt").write_text(
        "The spokesman said that " + " ".join(["the forces advanced further"] * 1250) + ".")
    (folder / "markup.txt").write_text(
        'President Volodymyr Zelensky said on Monday: "<script>alert(1)</script> We will hold the line '
        '<img src=x onerror=alert(2)> whatever it takes," as fighting continued near the border town of Sudzha.')
    (folder / "injection.txt").write_text(
        "Officials said on Monday that '); drop table raw.articles; -- the \"talks\" were over, "
        "and Ukraine's General Staff reported that its units held their positions near the border town.")
    return {"batch.jsonl:2": "invalid JSON", "batch.jsonl:3": "no 'text'", "batch.jsonl:4": "ISO 8601",
            "empty.txt": "empty", "blank.txt": "empty", "scan.txt": "PDF",
            "image.txt": "JPEG", "nav.html": "no main text", "huge.txt": "limit"}


def test_hostile_batch(home: Path, tmp_path: Path, http_server, monkeypatch: pytest.MonkeyPatch):
    base, root = http_server
    items = KURSK_ARTICLES + [dict(KURSK_ARTICLES[0], slug="gone", title="Gone"),
                              dict(KURSK_ARTICLES[0], slug="status/500", title="Broken"),
                              dict(KURSK_ARTICLES[0], slug="slow", title="Slow"),
                              dict(KURSK_ARTICLES[0], slug="loop", title="Loop")]
    (root / "status").mkdir()
    feed_url = write_feed(root, base, items)
    for name in ("gone.html", "status/500.html", "slow.html", "loop.html"):
        (root / name).unlink(missing_ok=True)
    (root / "notxml.xml").write_text("this is { not a feed")
    # /slow answers after 3 s; 2 s leaves the good pages room on a loaded machine (1 s once timed one out)
    monkeypatch.setenv("CLAIMWATCH_FETCH_TIMEOUT", "2")
    folder = tmp_path / "hostile"
    expected = build_hostile_folder(folder, feed_url)
    files_before = {p for p in tmp_path.rglob("*") if home not in p.parents}
    result = run_pipeline(home, [str(folder), feed_url, f"{base}/notxml.xml", "file:///etc/passwd"])
    assert result.success
    con = duckdb.connect(str(home / "warehouse.duckdb"), read_only=True)
    quarantine = con.execute("select origin, reason from raw.quarantine").fetchall()
    urls = {r[0] for r in con.execute("select coalesce(url, origin) from raw.articles").fetchall()}
    german_lang = con.execute("select language from raw.articles where origin like '%german.txt'").fetchone()
    german_rows = con.execute("""select count(*) from raw.statements s join raw.articles a using (article_id)
                                 where a.origin like '%german.txt'""").fetchone()[0]
    encodings = dict(con.execute("select regexp_extract(origin, '[^/]+$'), encoding from raw.articles "
                                 "where origin like '%.txt'").fetchall())
    duplicates = con.execute("select origin, first_source from raw.duplicates").fetchall()
    con.close()
    reasons = {origin: reason for origin, reason in quarantine}
    # paths inside records never become files: nothing was written outside the home folder
    assert {p for p in tmp_path.rglob("*") if home not in p.parents} == files_before
    assert not (tmp_path / "outside").exists() and not Path("/tmp/evil").exists()
    assert not [o for o, r in reasons.items() if "extraction failed" in r]  # odd texts never break the extractor
    for name, words in expected.items():
        match = [r for o, r in reasons.items() if o.endswith(name)]
        assert match and words in match[0], (name, match)
    feed_reasons = {o.rsplit("/", 1)[-1]: r for o, r in reasons.items() if o.startswith(base)}
    assert "HTTP 404" in feed_reasons["gone.html"]
    assert "HTTP 500" in feed_reasons["500.html"]
    assert "timed out" in feed_reasons["slow.html"]
    assert "redirects" in feed_reasons["loop.html"]
    assert "not a readable RSS/Atom feed" in feed_reasons["notxml.xml"]
    assert any("scheme" in r for o, r in reasons.items() if o.startswith("file:"))
    # the good ones went through: the sample, the two good feed items, and the odd-but-readable texts
    assert SEED["url"] in urls
    assert {f"{base}/kursk-advance.html", f"{base}/kremlin-reaction.html"} <= urls
    assert german_lang == ("other",) and german_rows == 0
    # legacy encodings are read (and recorded), not refused; the mirror is recorded as a duplicate
    assert encodings["cp1251.txt"] == "cp1251" and encodings["german.txt"] == "utf-8"
    assert encodings["latin1.txt"].startswith(("cp125", "latin", "iso8859"))
    assert duplicates == [(f"{folder}/batch.jsonl:5", SEED["url"])]
    assert {"unclosed.txt", "long-sentence.txt", "injection.txt", "markup.txt"} <= {Path(u).name for u in urls}
    # article HTML is never rendered unescaped in the report
    report = (home / "published" / "report" / "index.html").read_text()
    assert "<script" not in report and "<img src=x" not in report
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in report   # shown as text, since the quote was extracted


def test_quarantined_file_is_retried_when_it_changes(home: Path, tmp_path: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "late.txt").write_text("")
    # raw assets only: what is asserted is the quarantine and the articles (the marts are other tests' subject)
    run = lambda: run_pipeline(home, [str(folder)], build=False)  # noqa: E731
    assert run().success
    (folder / "late.txt").write_text(SEED["text"])
    assert run().success
    con = duckdb.connect(str(home / "warehouse.duckdb"), read_only=True)
    assert con.execute("select count(*) from raw.quarantine").fetchone()[0] == 0
    assert con.execute("select count(*) from raw.articles").fetchone()[0] == 1
    con.close()
