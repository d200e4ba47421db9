"""Quotations labelled by a line of their own, as Ukrainian outlets print them:

    Source: Maliar on air during the national newscast
    Quote: "In the south, we are carrying out an offensive. ..."
    Quote from Maliar: "On the Bakhmut front ..."

"Quote from X:" names the speaker; a bare "Quote:" is the speaker of the nearest "Source:" line before it. The
quotation may run over several paragraphs (it ends at its closing mark). Only a known actor is a speaker here: the
label has no reporting verb, so the name must resolve (``actors.default_resolver``) to count.
"""
from __future__ import annotations

import re

from pipelines.extraction.actors import default_resolver
from pipelines.extraction.records import Statement

MAX_QUOTE_CHARS = 2500
_LABEL = re.compile(r"(?m)^[ \t]*Quote(?:\s+from\s+(?P<who>[^:\n]{2,60}))?:\s*(?P<open>[\"\u201c])")
_SOURCE = re.compile(r"(?m)^[ \t]*Source:\s*(?P<src>[^\n]{2,120})")
_CLOSE = {"\"": "\"", "\u201c": "\u201d"}


def _speaker(phrase: str):
    """The known actor a label names: the longest run of its first words that resolves ("Maliar on air" ->
    Maliar, "Zelenskyy's address" -> Zelenskyy)."""
    words = re.sub(r"['\u2019]s\b", "", phrase).split()[:5]
    resolver = default_resolver()
    for n in range(len(words), 0, -1):
        try:
            actor = resolver.resolve(" ".join(words[:n]))
        except Exception:
            actor = None
        if actor is not None:
            return actor
    return None


def labelled_quotes(text: str, existing: list[Statement]) -> list[Statement]:
    """Direct statements for the labelled quotations of ``text`` that no statement in ``existing`` covers."""
    out: list[Statement] = []
    for m in _LABEL.finditer(text):
        close = text.find(_CLOSE[m.group("open")], m.end(), m.end() + MAX_QUOTE_CHARS)
        if close < 0:
            continue
        if m.group("who"):
            actor = _speaker(m.group("who"))
        else:
            sources = [s for s in _SOURCE.finditer(text, 0, m.start())]
            actor = _speaker(sources[-1].group("src")) if sources else None
        if actor is None:
            continue
        a, b = m.end(), close
        if any(s.char_start < b and a < s.char_end for s in existing):
            continue
        out.append(Statement(speaker=actor.canonical_name, speaker_raw=(m.group("who") or actor.canonical_name).strip(),
                             statement_type="direct", quote_text=text[a:b].strip(), char_start=a, char_end=b,
                             actor_id=actor.actor_id, speaker_side=actor.side, cue="quote_label",
                             sentence_start=m.start(), sentence_end=close + 1))
    return out
