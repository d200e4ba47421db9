"""Words a named actor gave something, reported as a label rather than with a reporting verb:

    ... their latest gain in what Defence Minister Andrei Belousov described as an accelerated advance.
    The attacks, described by President Volodymyr Zelensky as involving over 450 drones and 30 missiles, ...

The label (what follows "as") is the actor's characterisation, an indirect statement. The frames and reported
speech stages read a reporting verb with its speaker before or after its clause; here the verb sits inside a
relative ("what X described as") or a passive participle ("described by X as"), which they do not read. Only a
known actor counts (``actors.default_resolver``): "what Kyiv called a bid" names a capital, not a speaker.
"""
from __future__ import annotations

import re

from pipelines.extraction.actors import default_resolver
from pipelines.extraction.records import Statement
from pipelines.extraction.text import split_sentences

_NAME = r"(?P<who>(?:[A-Z][\w'\u2019.-]*\s+){0,5}?[A-Z][\w'\u2019-]+)"
_VERB = r"(?:described|called|termed|dubbed|characteri[sz]ed|labell?ed|branded)"
# the label ends at the clause's end: a comma, a semicolon, a full stop or a dash
_LABEL = r"(?P<what>[^.;,\u2014\u2013]{3,200}?)(?=\s*(?:[.;,\u2014\u2013]|$))"
_WHAT = re.compile(r"\bwhat\s+" + _NAME + r"\s+(?:has\s+|had\s+)?" + _VERB + r"\s+(?:as\s+)?" + _LABEL)
_BY_AS = re.compile(r"\b" + _VERB + r"\s+by\s+" + _NAME + r"\s+as\s+" + _LABEL)


def _actor(phrase: str):
    """The known actor the phrase ends with ("Defence Minister Andrei Belousov" -> Belousov's actor)."""
    words = re.sub(r"['\u2019]s\b", "", phrase).split()
    resolver = default_resolver()
    for start in range(len(words)):
        actor = resolver.resolve(" ".join(words[start:]))
        if actor is not None:
            return actor, " ".join(words[start:])
    return None, None


def described_as(text: str, found: list[Statement]) -> list[Statement]:
    """Indirect statements for the labels of ``text`` that no statement of the same actor in ``found`` covers."""
    out: list[Statement] = []
    sentences = None     # split once, and only for a text that has a label
    for pattern in (_WHAT, _BY_AS):
        for m in pattern.finditer(text):
            actor, raw = _actor(m.group("who"))
            if actor is None:
                continue
            start, end = m.start("what"), m.end("what")
            if any(s.char_start < end and start < s.char_end and s.actor_id == actor.actor_id for s in found + out):
                continue     # already read (a frame the other stages know)
            sentences = sentences if sentences is not None else split_sentences(text)
            sent = next((x for x in sentences if x.start <= m.start() < x.end), None)
            out.append(Statement(speaker=actor.canonical_name, speaker_raw=raw, statement_type="indirect",
                                 quote_text=m.group("what").strip(), char_start=start, char_end=end,
                                 actor_id=actor.actor_id, speaker_side=actor.side, cue="describe",
                                 sentence_start=sent.start if sent else m.start(),
                                 sentence_end=sent.end if sent else end))
    return out
