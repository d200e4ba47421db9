"""Typed records the extractor produces: text in, these out. No I/O, no Dagster.

Every record carries its character span in the article text so that each warehouse row
can be traced back to the sentence it came from.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class ArticleText:
    """What the extractor needs to know about one article."""

    article_id: str
    text: str
    published_at: datetime | None = None
    title: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Statement:
    """One attributed speech event (see CONTRACT.md, marts.fct_actor_statements)."""

    speaker: str                 # canonical actor name when resolved, else the name as written
    speaker_raw: str             # the mention as written ("General Oleksandr Syrskyj"; the antecedent for "he")
    statement_type: str          # "direct" | "indirect"
    quote_text: str              # the quoted words, or the reported clause
    char_start: int              # span of the statement (quote or reported clause) in the article text
    char_end: int
    actor_id: str | None = None  # seeds/actors.csv id when the speaker is a known actor
    speaker_side: str | None = None  # "Ukraine" | "Russia" | "other" | None
    cue: str | None = None       # reporting verb lemma ("say", "claim", "according_to", ...)
    sentence_start: int = 0      # span of the sentence(s) holding the attribution + content
    sentence_end: int = 0

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class AreaClaim:
    """One area-control figure (see CONTRACT.md, marts.fct_area_claims)."""

    controller: str              # "Ukraine" | "Russia"
    region: str                  # canonical region ("Kursk Oblast") or country ("Ukraine")
    metric: str                  # area_controlled | area_gained | area_lost | settlements_* | advance_depth | territory_share
    value_low: float
    value_high: float
    unit: str                    # km2 | km | count | fraction
    approximate: bool
    as_of: date
    evidence: str                # the sentence the figure came from
    char_start: int              # span of the figure's sentence in the article text
    char_end: int
    period_days: float | None = None
    claimant: str | None = None  # canonical when resolved; None when said in the article's own voice
    claimant_actor_id: str | None = None
    claimant_side: str | None = None

    def to_dict(self) -> dict:
        d = asdict(self)
        d["as_of"] = self.as_of.isoformat()
        return d


@dataclass(frozen=True)
class PlaceClaim:
    """One claim that a named place is (or is not) held by a side (see CONTRACT.md, marts.fct_place_claims)."""

    place: str                   # canonical gazetteer name when known, else the name as written
    place_raw: str               # the name as written ("Kurakhovo"); for "the town" the antecedent as written
    controller: str              # "Ukraine" | "Russia": the side the claim says holds the place
    stance: str                  # "asserted" | "denied"
    action: str                  # captured | liberated | holds | withdrew
    as_of: date
    evidence: str                # the sentence the claim came from
    char_start: int              # span of that sentence in the article text
    char_end: int
    place_id: str | None = None  # seeds/places.csv id when the place is in the gazetteer
    region: str | None = None    # the place's oblast
    claimant: str | None = None  # canonical when resolved; None when said in the article's own voice
    claimant_actor_id: str | None = None
    claimant_side: str | None = None

    def to_dict(self) -> dict:
        d = asdict(self)
        d["as_of"] = self.as_of.isoformat()
        return d


@dataclass(frozen=True)
class Extraction:
    statements: list[Statement] = field(default_factory=list)
    area_claims: list[AreaClaim] = field(default_factory=list)
    place_claims: list[PlaceClaim] = field(default_factory=list)
