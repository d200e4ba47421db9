"""Area claims, the lexicon: lexicons/area_cues.json compiled once into the patterns every stage reads.

Cue verbs by kind (take_control, lose, control, occupy, gain, cover), advance words, side words (a possessive
pronoun, Ukraine's side, Russia's side, "the enemy", "we/our"), contexts that are not about ground held (mines,
grey zone, farmland ...), what a share may or may not be a share of, and historical markers ("at its peak").
Place claims read side words with the same pattern (``sides.py``, ``place_cues.py``).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

LEXICON_DIR = Path(__file__).resolve().parent / "lexicons"


@dataclass
class _Lex:
    cue: re.Pattern
    advance: re.Pattern
    side: re.Pattern
    negative: re.Pattern
    cover_subject: re.Pattern
    share_territory: re.Pattern
    share_nonterritory: re.Pattern
    historical: re.Pattern


def _alt(items: list[str]) -> str:
    return "(?:" + "|".join(sorted(items, key=len, reverse=True)) + ")"


@lru_cache(maxsize=1)
def _lex() -> _Lex:
    d = json.loads((LEXICON_DIR / "area_cues.json").read_text(encoding="utf-8"))
    cue = re.compile(
        r"\b(?:"
        + "|".join(f"(?P<{k}>{_alt(d[k])})" for k in ("take_control", "lose", "control", "occupy", "gain", "cover"))
        + r")\b",
        re.IGNORECASE,
    )
    side = re.compile(
        r"\b(?:"
        + "|".join(f"(?P<{k}>{_alt(d[k])})" for k in ("possessive_pronoun", "side_ukraine", "side_russia", "enemy", "first_person"))
        + r")(?![\w-])",
        re.IGNORECASE,
    )
    return _Lex(
        cue=cue,
        advance=re.compile(r"\b" + _alt(d["advance"]) + r"\b", re.IGNORECASE),
        side=side,
        negative=re.compile(r"\b" + _alt(d["negative_context"]), re.IGNORECASE),
        cover_subject=re.compile(r"\b" + _alt(d["cover_subject"]) + r"\b", re.IGNORECASE),
        share_territory=re.compile(r"\b" + _alt(d["share_territory"]) + r"\b", re.IGNORECASE),
        share_nonterritory=re.compile(r"\b" + _alt(d["share_nonterritory"]) + r"\b", re.IGNORECASE),
        historical=re.compile(r"\b" + _alt(d["historical"]) + r"\b", re.IGNORECASE),
    )


# a side's forces named between its word and "control" ("under Russian forces control"), read by the figure's
# "under ... control" (area_metric) and the place cues (place_cues); area_cues.json spells it out in its own pattern
FORCES_BEFORE_CONTROL = r"(?:(?:armed\s+)?forces['\u2019]?\s+|troops['\u2019]?\s+|military\s+|army\s+)?"

# the words of a verdict that what was told is untrue ("is not true", "is fake", "is disinformation"): read by
# place_denials for "This is not true" after a claim and by figure_guards for a figure inside the claim it judges
UNTRUE = (r"(?:not\s+true|untrue|false|fake|a\s+lie|a\s+fake|nonsense|disinformation|inaccurate|incorrect|"
          r"not\s+accurate|not\s+correct|groundless|baseless|(?:entirely\s+|completely\s+)?unfounded)")

# "the battle for", "fighting continues for control of", "clashes over ... for": what is contested, not held or taken
# (read by place_cues.hypothetical for a capture noun and by figure_guards for a figure's control cue)
FIGHT_FOR = re.compile(r"\b(?:fight\w*|fought|battl\w*|struggl\w*|combat|clash\w*|vying|compet\w*)\b[^.;]{0,40}?\bfor\s+"
                       r"(?:(?:full|complete|the)\s+)?$", re.IGNORECASE)

