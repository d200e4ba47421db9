"""Fetch limits against real HTTP servers on 127.0.0.1: the deadline is for the whole response, and allow
rules name a scheme, host and port (redirects checked by the same rule)."""
from __future__ import annotations

import pytest

from pipelines.ingestion import Article, Rejected, read_sources
from pipelines.ingestion.fetch import FetchError, FetchPolicy, allows, fetch
from tests.fixtures.make_feed import KURSK_ARTICLES, write_feed


def test_a_trickling_page_hits_the_whole_response_deadline(http_server):
    base, _root = http_server
    # every byte comes 0.2 s after the last (a 1 s per-read timeout never fires); the page takes ~50 s
    with pytest.raises(FetchError, match="timed out after 1s .*whole response"):
        fetch(f"{base}/drip", FetchPolicy(allowed={base}, timeout_s=1.0))


def test_allow_rules_match_scheme_host_and_port():
    assert allows("http://127.0.0.1:8000", "http://127.0.0.1:8000/feed.xml")
    assert not allows("http://127.0.0.1:8000", "http://127.0.0.1:8001/feed.xml")
    assert not allows("http://127.0.0.1:8000", "https://127.0.0.1:8000/feed.xml")
    assert allows("127.0.0.1:8000", "https://127.0.0.1:8000/x") and not allows("127.0.0.1:8000", "http://127.0.0.1/x")
    assert allows("intranet.local", "https://intranet.local/x") and not allows("intranet.local", "http://intranet.local:81/")


def test_another_port_of_an_allowed_host_is_refused(http_server, other_http_server):
    base, _ = http_server
    other, other_root = other_http_server
    (other_root / "page.html").write_text("<p>internal</p>")
    policy = FetchPolicy(allowed={base})
    with pytest.raises(FetchError, match="private/loopback"):
        fetch(f"{other}/page.html", policy)
    with pytest.raises(FetchError, match=f"private/loopback .* for {other}"):  # by redirect, too
        fetch(f"{base}/to/{other}/page.html", policy)


def test_feed_items_on_another_port_are_quarantined(http_server, other_http_server):
    base, root = http_server
    other, other_root = other_http_server
    write_feed(other_root, other, KURSK_ARTICLES[:1])   # the page lives on the other port
    feed_url = write_feed(root, base, KURSK_ARTICLES[:2])
    text = (root / "feed.xml").read_text().replace(f"{base}/{KURSK_ARTICLES[0]['slug']}",
                                                    f"{other}/{KURSK_ARTICLES[0]['slug']}")
    (root / "feed.xml").write_text(text)
    records = list(read_sources([feed_url]))
    kinds = {r.origin.split("/")[2]: type(r) for r in records}
    assert kinds == {other.split("/")[2]: Rejected, base.split("/")[2]: Article}
    assert "private/loopback" in next(r for r in records if isinstance(r, Rejected)).reason
