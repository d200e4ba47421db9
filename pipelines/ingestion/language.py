"""A cheap language guess: enough to keep non-English articles out of an English extractor."""
from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# The most frequent English function words; real English prose is ~35-50% these.
_EN = frozenset(
    "the of and to in a is that for on was with as by it at from he she said has have are were be "
    "his her its their not this an or which but had been will would they who after over into than".split()
)


def guess_language(text: str, sample_chars: int = 5000) -> str:
    """'en', 'cyrillic' or 'other'. Looks at the first few thousand characters only."""
    words = _WORD.findall(text[:sample_chars])
    if not words:
        return "other"
    cyrillic = sum(1 for w in words if re.match(r"[\u0400-\u04FF]", w))
    if cyrillic / len(words) > 0.3:
        return "cyrillic"
    english = sum(1 for w in words if w.lower() in _EN)
    return "en" if english / len(words) >= 0.12 else "other"
