"""Extractor 0.70.85, in lines of our own (the first case fails on 0.70.84; the second guards it): a "Source:" label that names a body by its full name
("General Staff of the Armed Forces of Ukraine on Facebook", eight words) is that body for the "Quote:" below it; a
"Note:" line above a "Source:" label is no lede."""
from __future__ import annotations

from tests.unit.extraction_helpers import run


def test_a_source_label_with_a_bodys_full_name_speaks_the_quote_below():
    text = ("Ukraine's defence forces have retaken a village in the east.\n"
            "Source: General Staff of the Armed Forces of Ukraine on Facebook\n"
            'Quote: "The assault regiment has regained full control over the village of Kucheriv Yar in Donetsk '
            'Oblast."\n')
    got = [(s.speaker, s.statement_type) for s in run(text).statements]
    assert ("Ukrainian General Staff", "direct") in got


def test_a_note_line_above_a_source_label_is_no_lede():
    text = ("Russian forces advanced near the river this week.\n\nNote: As of March 12.\n"
            "Source: General Staff of the Armed Forces of Ukraine on Facebook\n")
    assert not any(s.quote_text.startswith("Note") for s in run(text).statements)
