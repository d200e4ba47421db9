"""Extractor 0.69.4: from the pooled misses of the parts collected again (a development set), in sentences of our own
(each case fails on 0.69.3; the guard holds on both)."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import places

DAY = datetime(2022, 6, 30)


def test_the_owners_name_before_the_place_is_no_gap():
    assert any(p == "Snake Island" and c == "Ukraine" for p, c, _s, _w in places(
        "Russian troops were withdrawn from Ukraine's Snake Island on Thursday, the ministry said.", DAY))


def test_an_adjective_between_the_article_and_the_name_is_no_gap():
    assert any(p == "Snake Island" and c == "Ukraine" for p, c, _s, _w in places(
        "The Russian military has withdrawn from the contentious Snake Island.", DAY))


def test_a_place_after_another_noun_is_still_not_the_object():
    assert not places("Russian troops were withdrawn from the ships near Snake Island.", DAY)
