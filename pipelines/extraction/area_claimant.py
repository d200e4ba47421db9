"""Area claims, stage 2: the claimant, the speaker of the statement that holds a figure.

``_statement_for`` is the narrowest statement whose span, else whose sentence, holds a position (place
claims use it too); ``co_speakers`` the others who said the same words ("X and Y said"). A headline is no
statement, but the known actor whose frame opens or closes it ("Zelensky Says Ukraine Retook 6,000 Sq Km") is the
claimant of its figure (``_headline_speaker``).
"""
from __future__ import annotations

import re

from pipelines.extraction.records import Statement


def _statement_for(pos: int, statements: list[Statement], sent: str = "", s0: int = 0) -> Statement | None:
    """With the sentence (``sent`` starting at ``s0``), a statement reported after a contrast does not claim what
    comes before it: "..., of which Russia holds a fifth, but Blinken said that Ukraine made progress"."""
    best, width = None, None
    for st in statements:
        if st.char_start <= pos < st.char_end:
            w = st.char_end - st.char_start
            if width is None or w < width:
                best, width = st, w
    if best is not None:
        return best
    for st in statements:
        if st.sentence_end > st.sentence_start and st.sentence_start <= pos < st.sentence_end:
            if sent and pos < st.char_start and _CONTRAST.search(sent, pos - s0, st.char_start - s0):
                continue
            w = st.sentence_end - st.sentence_start
            if width is None or w < width:
                best, width = st, w
    return best


def co_speakers(st: Statement | None, statements: list[Statement]) -> list[Statement]:
    """"Russia's defence ministry and Ukraine's presidential office said ...": the other speakers of the same
    reported words (coordinated speakers give one statement each, over one span), so that each is a claimant of
    what the words claim."""
    if st is None:
        return []
    return [o for o in statements if o is not st and o.char_start == st.char_start and o.char_end == st.char_end
            and o.speaker != st.speaker]


def _headline_speaker(sent: str, s0: int, q_start: int) -> Statement | None:
    """'Zelensky Says Ukraine Retook 6,000 Sq Km': a headline is no statement (the conventions), but the
    known actor whose frame opens it is the claimant of its figure."""
    m = _HEADLINE_FRAME.match(sent)
    if m is None or m.end() > q_start:
        # "We retook 6,000 sq km, says Zelensky": the frame closes the headline
        m = _HEADLINE_TRAILER.search(sent)
        if m is None or m.start() < q_start:
            return None
    from pipelines.extraction.actors import default_resolver
    try:
        actor = default_resolver().resolve(m.group("who"))
    except Exception:
        actor = None
    if actor is None:
        return None
    q0, q1 = (m.end(), len(sent)) if m.re is _HEADLINE_FRAME else (0, m.start())
    return Statement(speaker=actor.canonical_name, speaker_raw=m.group("who"), statement_type="indirect",
                     quote_text=sent[q0:q1], char_start=s0 + q0, char_end=s0 + q1,
                     actor_id=actor.actor_id, speaker_side=actor.side)


_CONTRAST = re.compile(r"[,;]\s+(?:but|while|whereas|although|though|yet)\s", re.IGNORECASE)
_HEADLINE_FRAME = re.compile(
    r"\s*(?P<who>[A-Z][\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]+){0,3}?)\s+(?:Says|Claims|Announces|Reports|Hails|Confirms|"
    r"says|claims|announces|reports|hails|confirms)\b[:,]?\s+")   # ("Zelensky hails liberation of 2,000 sq km")
_HEADLINE_TRAILER = re.compile(
    r"[,:]\s+(?:says|claims|reports|Says|Claims|Reports)\s+(?P<who>[A-Z][\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]+){0,3})\s*$")
