"""Extractor 0.70.48: a surname alone names the person the article named in full before it, in sentences of our own
(each case but the guards fails on 0.70.47)."""
from __future__ import annotations

from tests.unit.extraction_helpers import speakers as _speakers


def test_a_surname_is_the_person_named_in_full_where_he_said_nothing():
    text = ("Army medic Taras Hrytsenko spoke to reporters near the front on Friday. "
            "“They attack every day,” Hrytsenko said.")
    assert _speakers(text) == {"Taras Hrytsenko"}


def test_the_articles_own_person_wins_over_a_seed_actor_of_that_surname():
    # the seeds know Ihor Klymenko, Ukraine's interior minister, as "Klimenko" too
    text = ("Andrei Klimenko, who heads a Black Sea research institute, said the strikes had cut exports. "
            "“It is working,” Klimenko added.")
    assert _speakers(text) == {"Andrei Klimenko"}


def test_another_spelling_of_the_seed_actors_first_name_is_still_him():
    text = ("Commander-in-Chief Alexander Syrsky visited the front on Monday. "
            "Syrsky said the brigades had held their lines.")
    assert _speakers(text) == {"Oleksandr Syrskyi"}


def test_a_seed_actor_named_in_full_too_keeps_his_surname():
    text = ("Melania Trump visited a school on Tuesday. Donald Trump spoke in Ohio. "
            "Trump said the war had to end.")
    assert _speakers(text) == {"Donald Trump"}


def test_the_tail_of_a_longer_name_is_no_first_name():
    text = ("The offensive has stalled, The Wall Street Journal reported on Monday. "
            "The brigades lack shells, the Journal notes.")
    assert "Street Journal" not in _speakers(text)
