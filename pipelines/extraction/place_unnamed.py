"""Place claims: a country's claim of a place it does not name ("Russia on Monday claimed that it took control of a
village in Ukraine's Kharkiv region."), whose next sentences name the place through the claimant's own body ("A
statement by the Russian Defense Ministry claimed that its forces captured the village of Kamianka."). The wire
briefs that open this way tell two claims, the country's and its ministry's (eval/real/ANNOTATION.md, rule 5: a
country as claimant is null); the first is a copy of each capture the next two sentences tell for that side.
"""
from __future__ import annotations

import re
from dataclasses import replace

from pipelines.extraction.place_article import _State
from pipelines.extraction.records import PlaceClaim
from pipelines.extraction.spans import _strip_intro

_COUNTRY_UNNAMED = re.compile(
    # (after a syndicator's tag with no dash, which spans._strip_intro leaves: "(MENAFN) Russia said on Saturday")
    r"\W*(?:\([A-Z]{2,12}\)\s*)?"
    r"(?P<side>Russia|Moscow|Ukraine|Kyiv)\s+(?:on\s+[A-Z][a-z]+day\s+)?(?:has\s+)?"
    r"(?:claimed|claims|said|says|announced|reported)\s+(?:on\s+[A-Z][a-z]+day\s+)?"
    r"(?:that\s+)?(?:it|its\s+(?:forces|troops|army))\s+(?:had\s+|has\s+|have\s+)?(?:took|taken|captured|seized|liberated)\s+"
    r"(?:(?:full\s+)?control\s+(?:of|over)\s+)?(?:a|another|one|two|three|four|five)\s+(?:more\s+)?"
    r"(?:villages?|settlements?|towns?)\b")
_SIDE = {"russia": "Russia", "moscow": "Russia", "ukraine": "Ukraine", "kyiv": "Ukraine"}
LOOKAHEAD = 2      # sentences after the country's claim in which its body names the place


def country_claims_of_unnamed(state: _State, out: list[PlaceClaim]) -> list[PlaceClaim]:
    """``out`` with a country-voiced copy (claimant null) of each capture that follows a country's unnamed claim."""
    added: list[PlaceClaim] = []
    for idx, (s0, s1) in enumerate(state.sentences):
        # (past a wire dateline the furniture stage may not have blanked: "ISTANBUL (AA) - Russia on Monday claimed")
        m = _COUNTRY_UNNAMED.match(state.text, _strip_intro(state.text, s0, s1), s1)
        if m is None:
            continue
        side = _SIDE[m.group("side").lower()]
        hi = state.sentences[min(len(state.sentences) - 1, idx + LOOKAHEAD)][1]
        for c in out:
            if s1 <= c.char_start < hi and c.stance == "asserted" and c.action in ("captured", "liberated") \
                    and c.controller == side and c.claimant is not None \
                    and not any(o.claimant is None and o.place == c.place and o.stance == "asserted" for o in out + added):
                added.append(replace(c, claimant=None, claimant_actor_id=None, claimant_side=side,
                                     evidence=state.text[s0:s1].strip(), char_start=s0, char_end=s1))
    return out + added if added else out
