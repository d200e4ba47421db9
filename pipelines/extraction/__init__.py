"""Claim extraction: plain Python, text in, typed records out.

This is where a claim is born. `extract(article)` first blanks page furniture (`furniture.py`:
datelines, bylines, captions, cross-links, all-capitals headlines of other stories; offsets kept), then finds the attributed statements
(`statements.py`, which runs the statement stages: `document.py` analyses the article once,
`quotes.py` attributes direct quotes, `indirect.py` finds reported speech, `frames.py` finds the
reporting verb and its speaker, `mentions.py` and `discourse.py` read and resolve speakers,
`spans.py` bounds the quoted text; lexicons and tokens in `tokens.py`), then the area-control
figures (`area_claims.py`), whose claimant is the speaker of the statement that contains them, then
the named-place control claims (`place_claims.py`, cues in `place_cues.py`, names from `places.py`).
An optional learned stage, `parse_fallback.py` (spaCy's dependency parse of the sentences the rules left
without a statement), runs only with CLAIMWATCH_PARSE_FALLBACK=1. Dagster assets only call this function.

Bump EXTRACTOR_VERSION whenever a change can alter output: rows extracted by an older
version are re-extracted on the next build.
"""
from __future__ import annotations

from pipelines.extraction.records import AreaClaim, ArticleText, Extraction, PlaceClaim, Statement

# the parse fallback changes output, so it changes the version: a warehouse switched to it re-extracts
EXTRACTOR_VERSION = "0.71.261"

__all__ = ["EXTRACTOR_VERSION", "AreaClaim", "ArticleText", "Extraction", "PlaceClaim", "Statement", "extract"]


def extract(article: ArticleText) -> Extraction:
    from dataclasses import replace

    from pipelines.extraction.area_claims import extract_area_claims
    from pipelines.extraction.asides import mask_asides
    from pipelines.extraction.furniture import dateline_side, mask_both, unwrap_lines
    from pipelines.extraction.place_claims import extract_place_claims
    from pipelines.extraction.publisher import drop_publisher
    from pipelines.extraction.statements import extract_statements
    from pipelines.extraction.text import normalise_quote_marks

    text = normalise_quote_marks(unwrap_lines(article.text or ""))
    # headlines are not speech, but their figures are the article's own: the stages read differently
    # masked copies of the same text (same offsets)
    body, with_headlines = mask_both(text)
    side = dateline_side(text)      # read once: the statement and place stages both take the wire's side
    statements = extract_statements(replace(article, text=mask_asides(body)), dateline_side=side, unmasked=text)
    # (an outlet that credits itself, "This is reported by Censor.NET" on censor.net, is no speaker: furniture)
    statements = drop_publisher(statements, article.url)
    # (a name broken across a line, "Al\nJazeera", is one name)
    statements = [s if " ".join(s.speaker.split()) == s.speaker else replace(s, speaker=" ".join(s.speaker.split()))
                  for s in statements]
    claims = extract_area_claims(replace(article, text=with_headlines), statements)
    # place claims read the body only: a headline restates a claim of the body in fewer words
    places = extract_place_claims(replace(article, text=body), statements, dateline_side=side)
    return Extraction(statements=statements, area_claims=claims, place_claims=places)
