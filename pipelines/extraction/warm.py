"""Load the extractor's lexicons, gazetteer and patterns by extracting one short article of our own.

The extraction workers fork from a server process that imports this module (``batch.ExtractorPool``): what
is loaded here is loaded once and shared by every worker, instead of by each worker on its first article
(~1 s each, inside every parallel run's wall time).
"""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

# one statement, one area claim and one place claim, so that each stage loads what it reads
_SAMPLE = (
    "KYIV, Aug 15 (Reuters) - Ukraine's army chief said on Thursday that his forces had advanced 1-3 km "
    "and now control about 1,000 sq km in Russia's Kursk region.\n\n"
    "\"Only pressure works,\" Podoliak said. Russia's defence ministry said its forces had taken the village "
    "of Krasnohorivka in Donetsk region; Kyiv denied it."
)


def warm() -> None:
    extract(ArticleText(article_id="warm-up", text=_SAMPLE, published_at=datetime(2024, 8, 15)))


warm()
