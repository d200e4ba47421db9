"""Extractor 0.42.0 (issue 11), from the area claims every part still missed: three more verbs of taking ground,
"recover", "de-occupy" (beside "de-occupied", which was there), "wrest"; and the side a passive names after "by".
Sentences of our own; the first cases fail on 0.41.0, the guards hold on both."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2023, 8, 21)


def claims(text: str) -> list[tuple[str, str, float]]:
    return [(c.metric, c.controller, c.value_low)
            for c in extract(ArticleText(article_id="t", text=text, published_at=DAY)).area_claims]


def test_recovering_de_occupying_and_wresting_ground_are_gains():
    assert claims("Ukrainian troops recovered 17 square kilometres near Bakhmut last week, the General Staff said.") \
        == [("area_gained", "Ukraine", 17.0)]
    assert claims("Ukrainian units managed to de-occupy about 35 square kilometres in the south, Hanna Maliar said.") \
        == [("area_gained", "Ukraine", 35.0)]
    assert claims("Ukrainian forces have wrested another 12 sq km from Russian troops, Hanna Maliar said.") \
        == [("area_gained", "Ukraine", 12.0)]


def test_what_is_recovered_that_is_no_ground_is_no_claim():
    assert claims("Rescuers recovered 14 bodies from the rubble in Kramatorsk, the governor said.") == []
    assert claims("Ukraine recovered $2 billion of frozen assets, the finance minister said.") == []


def test_a_passive_names_the_side_after_by():
    # (0.41.0 gave the first to Russia, the region's owner, and the second to the speaker's own side)
    assert claims("About 80 square kilometres of the Belgorod region are controlled by Ukraine, the governor said.") \
        == [("area_controlled", "Ukraine", 80.0)]
    assert claims('"As of today, about 18% of our territory is controlled by the occupiers," Volodymyr Zelensky said.') \
        == [("territory_share", "Russia", 0.18)]
