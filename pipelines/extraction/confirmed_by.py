"""A reported claim that a second actor confirmed in a relative clause after it:

    Wagner Group first claimed control over Bakhmut Saturday, which was later confirmed by Russia's Ministry of Defense.

The relative clause is no content of the first speaker's claim, and its agent said the same thing: the claim is
trimmed to end before the comma, and the agent gets a statement over the same words (so that what they claim is
claimed by both, as with "X and Y said": ``area_claimant.co_speakers``). Only a known actor counts
(``actors.default_resolver``).
"""
from __future__ import annotations

import re
from dataclasses import replace

from pipelines.extraction.described_as import _actor
from pipelines.extraction.records import Statement

_CONFIRMED_BY = re.compile(r",\s*which\s+(?:was|were|has\s+been|had\s+been)\s+(?:later\s+|also\s+|since\s+|then\s+|"
                           r"subsequently\s+)?(?:confirmed|echoed|repeated|corroborated)\s+by\s+"
                           r"(?P<who>[^,.;:\"\u201c\u201d]{3,80}?)\s*[.;]?\s*$")


def confirmed_by(text: str, found: list[Statement]) -> list[Statement]:
    """``found`` with each indirect statement that closes on ", which was confirmed by <actor>" trimmed, and the
    actor's own statement over the trimmed words."""
    out: list[Statement] = []
    for st in found:
        m = _CONFIRMED_BY.search(text, st.char_start, st.char_end) if st.statement_type == "indirect" else None
        actor = _actor(m.group("who"))[0] if m is not None else None
        if actor is None or actor.actor_id == st.actor_id:
            out.append(st)
            continue
        trimmed = replace(st, quote_text=text[st.char_start:m.start()], char_end=m.start())
        out += [trimmed, replace(trimmed, speaker=actor.canonical_name, speaker_raw=m.group("who"),
                                 actor_id=actor.actor_id, speaker_side=actor.side, cue="confirm")]
    return out
