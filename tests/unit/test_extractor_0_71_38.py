"""Extractor 0.71.38 (after 0.71.37), in sentences of our own (each fails on 0.71.37 unless marked a guard): an excerpt
cut inside its source's name ("..., according to the Ukraini") names no source; a pronoun after a sentence that
introduces one person by name ("Among those who lost their homes is Olena Kovalenko. '...,' she said") is that
person, not an earlier speaker."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import run, speaker_quotes

DAY = datetime(2022, 4, 5)


def test_a_source_cut_off_by_the_excerpt():
    text = 'The agreement "will open new markets for grain," among other things, according to the Ukraini'
    assert speaker_quotes(text) == set()


def test_a_known_source_at_the_end_of_an_excerpt():
    # guard: a known name that ends the excerpt is still the source
    text = "Russian troops advanced near Pokrovsk overnight, according to the Ukrainian General Staff"
    assert {s for s, _q in speaker_quotes(text)} == {"Ukrainian General Staff"}


def test_a_pronoun_after_a_person_introduced_by_name():
    text = ("Governor Viacheslav Chaus said the region was devastated. Among those who lost their homes is Olena "
            'Kovalenko. "We lost everything," she said as she waited for food.')
    assert ("Olena Kovalenko", "We lost everything") in {(s.speaker, s.quote_text) for s in run(text, DAY).statements}
