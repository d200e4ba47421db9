"""Area claims: what the stages know of the article being read.

One ``_State`` per article: its sentences, publication date and statements, the regions and time expressions
of each sentence (found once, cached), and what earlier sentences left behind for the next ones (the region
and controller of the last claim, the previous sentence's claims and periods, a list's introducing holding).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from pipelines.extraction.dates import TimeExpr, find_time_expressions
from pipelines.extraction.records import Statement
from pipelines.extraction.regions import find_regions

MAX_SENTENCE_CHARS = 4000     # longer "sentences" are read in bounded windows around figures
_WEAK_UKRAINE = re.compile(
    r"\b(?:the\s+(?:whole\s+|entire\s+)?country(?!['’]s)|our\s+(?:land|territory|country|soil)|Ukrainian\s+(?:territory|territories|land|lands|soil))\b",
    re.IGNORECASE,
)


@dataclass
class _State:
    published: date
    text: str
    statements: list[Statement]
    sentences: list[tuple[int, int]]
    title: str | None
    sentence_region: dict = field(default_factory=dict)   # sentence index -> region of its last claim
    last_period: float | None = None
    last_controller: str | None = None
    prev_sentence_periods: dict = field(default_factory=dict)   # claimant -> (period, as_of) of the previous sentence's claims
    prev_sentence_claims: list = field(default_factory=list)    # claims of the previous sentence (for "That is ...")
    # claimant -> (sentence index, period, as_of) of their last gain dated by the text ("reclaimed 62 sq km last month")
    speaker_periods: dict = field(default_factory=dict)
    region_cache: dict = field(default_factory=dict)
    time_cache: dict = field(default_factory=dict)
    speaker_dates: dict = field(default_factory=dict)      # speaker -> their speech dates (area_time.py)
    news_day: date | None = None             # the day the lede's report was made (area_time._news_day)
    list_intro: str | None = None            # the side whose holding introduces a bulleted list ("..., including:")
    list_line: bool = False                  # the sentence is an item of that list (bulleted, or a bare short line)
    # (side, offset in the sentence) of a holding whose parts this sentence lists from that offset on
    # ("... under Russian control include ...; over 99% of Luhansk"; "This includes ... 80% of Donetsk")
    parts_intro: tuple[str, int] | None = None
    dateline_side: str | None = None         # the side of the capital in the first wire dateline ("MOSCOW, ... /TASS/")

    def regions_in(self, span: tuple[int, int]) -> list[tuple[int, int, str]]:
        if span not in self.region_cache:
            s, e = span
            seg = self.text[s:e][:MAX_SENTENCE_CHARS]
            self.region_cache[span] = [(a + s, b + s, r) for a, b, r in find_regions(seg)] + [
                (m.start() + s, m.end() + s, "Ukraine~") for m in _WEAK_UKRAINE.finditer(seg)
            ]
        return self.region_cache[span]

    def times_in(self, span: tuple[int, int]) -> list[TimeExpr]:
        if span not in self.time_cache:
            s, e = span
            self.time_cache[span] = find_time_expressions(self.text[s:e][:MAX_SENTENCE_CHARS], self.published)
        return self.time_cache[span]
