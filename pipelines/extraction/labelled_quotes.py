"""Quotations labelled by a line of their own, as Ukrainian outlets print them:

    Source: Maliar on air during the national newscast
    Quote: "In the south, we are carrying out an offensive. ..."
    Quote from Maliar: "On the Bakhmut front ..."

"Quote from X:" names the speaker; a bare "Quote:" is the speaker of the nearest "Source:" line before it, and
the paragraph right above a "Source:" line (the outlet's lede: "Ukraine's forces have liberated X. / Source: Maliar
on Telegram") is that source's reported statement, indirect. The
quotation may run over several paragraphs (it ends at its closing mark). Only a known actor is a speaker here: the
label has no reporting verb, so the name must resolve (``actors.default_resolver``) to count.
"""
from __future__ import annotations

import re

from pipelines.extraction.actors import Actor, default_resolver, side_from_words
from pipelines.extraction.records import Statement
from pipelines.extraction.tokens import _lex

MAX_QUOTE_CHARS = 2500
# ("Quote from Konashenkov\u201cBecause of ...": the colon is sometimes lost)
_LABEL = re.compile(r"(?m)^[ \t]*Quote(?:\s+from\s+(?P<who>[^:\n\"\u201c]{2,60}?))?(?::\s*|\s*(?=[\"\u201c]))(?P<open>[\"\u201c])")
_SOURCE = re.compile(r"(?m)^[ \t]*Source:\s*(?P<src>[^\n]{2,120})")
_CLOSE = {"\"": "\"", "\u201c": "\u201d"}


def _speaker(phrase: str):
    """The known actor a label names: the longest run of its first words that resolves ("Maliar on air" ->
    Maliar, "Zelenskyy's address" -> Zelenskyy)."""
    full = phrase
    # ("Hanna Maliar, Deputy Minister of Defence of Ukraine, on Telegram": the name before the comma)
    phrase = re.split(r",|\s+on\s+|\s+in\s+", phrase)[0]
    # ("General Staff of the Armed Forces of Ukraine": a body's full name runs to eight words)
    words = re.sub(r"['\u2019]s\b", "", phrase).split()[:8]
    resolver = default_resolver()
    for n in range(len(words), 0, -1):
        try:
            actor = resolver.resolve(" ".join(words[:n]))
        except Exception:
            actor = None
        if actor is not None:
            return actor
    return _titled_person(full)


# "Vitalii Sarantsev, spokesman for the Kharkiv Operational and Tactical Group, during ...": a full name the seeds do
# not know, then its office; the office word makes it a person's name, not a page's label
_TITLED = re.compile(r"(?P<name>[A-Z][a-z'\u2019-]+(?:\s+[A-Z][a-z'\u2019-]+){1,2}),\s+(?:the\s+)?"
                     r"(?P<title>[a-z][^,\n]{2,120})")


def _titled_person(phrase: str) -> Actor | None:
    m = _TITLED.match(phrase.strip())
    if m is None or m.group("title").split()[0] not in _lex().roles:
        return None
    return Actor(actor_id=None, canonical_name=m.group("name"), side=side_from_words(m.group("title")), role=None,
                 organisation=None, kind="person")


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
    out += _ledes(text, existing + out)
    return out


_LEDE_MAX = 400
# the labels Ukrainian outlets set before a paragraph ("Quote:", "Source:", "Details:"); no label is a speaker
LABEL_WORD = re.compile(r"\s*(?:Quote|Source|Details|Background|Reminder|Note|Read\s+more|Advertisement)", re.I)
_LABELLED = re.compile(r"^" + LABEL_WORD.pattern + r"\b", re.I)


def _ledes(text: str, existing: list[Statement]) -> list[Statement]:
    """The paragraph right above a "Source: X" line, as X's indirect statement."""
    out: list[Statement] = []
    for m in _SOURCE.finditer(text):
        actor = _speaker(m.group("src"))
        if actor is None:
            continue
        above = text[:m.start()].rstrip()
        start = max(above.rfind("\n"), -1) + 1
        para = above[start:]
        lead = len(para) - len(para.lstrip())
        a, b = start + lead, len(above)
        if not para.strip() or b - a > _LEDE_MAX or not para.rstrip().endswith(".") or _LABELLED.match(para) \
                or any(s.char_start < b and a < s.char_end for s in existing):
            continue
        out.append(Statement(speaker=actor.canonical_name, speaker_raw=m.group("src").strip(), statement_type="indirect",
                             quote_text=text[a:b], char_start=a, char_end=b, actor_id=actor.actor_id,
                             speaker_side=actor.side, cue="source_label", sentence_start=a, sentence_end=b))
    return out
