"""What the per-version extractor tests (``test_extractor_054.py`` onwards) share: one article in, its records out."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract


def run(text: str, day: datetime = datetime(2024, 10, 5)):
    """The extractor's result for ``text`` as one article published on ``day``."""
    return extract(ArticleText(article_id="t", text=text, published_at=day))


def statements(text: str) -> set[tuple]:
    """(speaker, type, quote text without its closing period) of every statement in ``text``."""
    return {(s.speaker, s.statement_type, s.quote_text.rstrip(".")) for s in run(text).statements}


def places(text: str, day: datetime = datetime(2024, 10, 5)) -> set[tuple]:
    """(place, controller, stance, claimant) of every place claim in ``text``."""
    return {(p.place, p.controller, p.stance, p.claimant) for p in run(text, day).place_claims}


def areas(text: str, day: datetime = datetime(2024, 10, 5), region: bool = False) -> set[tuple]:
    """(metric, controller, value_low) of every area claim in ``text``; with ``region``, (metric, controller, region,
    value_low)."""
    return {(c.metric, c.controller, c.region, c.value_low) if region else (c.metric, c.controller, c.value_low)
            for c in run(text, day).area_claims}


def quotes(text: str, day: datetime = datetime(2024, 10, 5)) -> set[tuple]:
    """(speaker, quote text without its closing period) of every statement in ``text`` published on ``day``."""
    return {(s.speaker, s.quote_text.rstrip(".")) for s in run(text, day).statements}


def speaker_types(text: str) -> set[tuple]:
    """(speaker, type) of every statement in ``text``."""
    return {(s, t) for s, t, _q in statements(text)}


def speaker_quotes(text: str) -> set[tuple]:
    """(speaker, quote text without its closing period) of every statement in ``text``."""
    return {(s, q) for s, _t, q in statements(text)}


def speakers(text: str, day: datetime = datetime(2024, 10, 5)) -> set[str]:
    """The speaker of every statement in ``text`` published on ``day``."""
    return {s for s, _q in quotes(text, day)}


def place_controllers(text: str, day: datetime = datetime(2024, 10, 5)) -> set[tuple]:
    """(place, controller) of every place claim in ``text``."""
    return {(p, controller) for p, controller, _s, _c in places(text, day)}


def said(text: str, day: datetime = datetime(2024, 10, 5)) -> list[tuple[str, str]]:
    """(speaker, quote text) of every statement in ``text`` published on ``day``, in text order."""
    return [(s.speaker, s.quote_text) for s in run(text, day).statements]
