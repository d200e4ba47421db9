"""Posts embedded in a page, signed by their account: the words above the signature are the account holder's.

    Ukrainian Air Assault Forces are entering Lyman, Donetsk region. pic.twitter.com/gGIIk9rNkG
    — Defense of Ukraine (@DefenceU) October 1, 2022

An embed copied as text keeps the post, its picture link and the signature line ("— Name (@handle) Date"); there is
no reporting verb. The post is the line(s) right above the signature (or before it on the same line), back to a
blank line or to the article's line that introduces it ("...: "). Only an embed that kept its post's own link
(``pic.twitter.com``, ``t.co``) counts, since an image-only embed leaves the article's own paragraph above the
signature; and only a known actor (``actors.default_resolver``) is a speaker, as with the labels of
``labelled_quotes.py``. The statement is indirect, as the corpus's conventions code signed posts.
"""
from __future__ import annotations

import re

from pipelines.extraction.actors import default_resolver
from pipelines.extraction.dates import MONTH_NAMES
from pipelines.extraction.records import Statement

_MONTH = r"(?:" + "|".join(MONTH_NAMES) + r")"
# "— Defense of Ukraine (@DefenceU) October 1, 2022"
_SIGNATURE = re.compile(r"[\u2014\u2013]\s*(?P<name>[^\n()\u2014\u2013]{2,80}?)\s*\(@\w{1,30}\)\s*" + _MONTH
                        + r"\s+\d{1,2}(?:,\s*\d{4})?")
_POST_LINK = re.compile(r"\b(?:pic\.twitter\.com|t\.co)/\w+")
MAX_LINES = 3
MIN_WORDS = 6


def _actor(name: str):
    """The known actor a display name names ("Volodymyr Zelenskyy / Володимир Зеленський", "MFA Russia 🇷🇺")."""
    resolver = default_resolver()
    for part in name.split("/"):
        part = re.sub(r"[^\w\s.'\u2019-]", " ", part).strip()
        if not part:
            continue
        try:
            actor = resolver.resolve(part)
        except Exception:
            actor = None
        if actor is not None:
            return actor
    return None


def _post_span(text: str, sig: int) -> tuple[int, int] | None:
    """The post's words above the signature at ``sig``: up to ``MAX_LINES`` lines, enough for ``MIN_WORDS`` words,
    never past a blank line or a line that ends with a colon; None without the post's own link."""
    pos = sig
    ls = text.rfind("\n", 0, pos) + 1
    if not text[ls:pos].strip():
        pos = max(ls - 1, 0)          # the signature on a line of its own: the post ends on the line above
    start, words = pos, 0
    for _ in range(MAX_LINES):
        ls = text.rfind("\n", 0, pos) + 1
        line = text[ls:pos]
        if not line.strip() or line.rstrip().endswith(":"):
            break
        start = ls
        words += len(re.findall(r"[^\W\d_]{2,}", _POST_LINK.sub(" ", line)))
        if words >= MIN_WORDS or ls == 0:
            break
        pos = ls - 1
    link = _POST_LINK.search(text, start, sig)
    if link is None or words < 3:
        return None
    return start, link.start()


def embedded_posts(text: str, existing: list[Statement]) -> list[Statement]:
    """Indirect statements for the signed posts of ``text`` that no statement in ``existing`` covers."""
    out: list[Statement] = []
    if "(@" not in text:
        return out
    for m in _SIGNATURE.finditer(text):
        span = _post_span(text, m.start())
        if span is None:
            continue
        actor = _actor(m.group("name"))
        if actor is None:
            continue
        a, b = span
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if any(s.char_start < b and a < s.char_end for s in existing + out):
            continue
        raw = " ".join(re.sub(r"[^\w\s/.'\u2019-]", " ", m.group("name")).split())     # (without its flag emoji)
        out.append(Statement(speaker=actor.canonical_name, speaker_raw=raw,
                             statement_type="indirect", quote_text=text[a:b], char_start=a, char_end=b,
                             actor_id=actor.actor_id, speaker_side=actor.side, cue="signed_post",
                             sentence_start=a, sentence_end=m.end()))
    return out
