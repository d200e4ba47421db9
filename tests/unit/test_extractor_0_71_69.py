"""Extractor 0.71.69 (after 0.71.68), in sentences of our own (each fails on 0.71.68): an image's placeholder line
("Image File") is page furniture, no speaker a later "he" may stand for; a caption closed by "<photographer>/Getty
Images" is furniture too."""
from __future__ import annotations

from tests.unit.extraction_helpers import speaker_quotes, speakers


def test_an_image_placeholder_is_no_speaker():
    text = ("The ministry thanked both sides for the exchange of prisoners.\n"
            "Image File\n"
            "He also reaffirmed the commitment to a peaceful solution of the conflict.")
    assert "Image File" not in speakers(text)


def test_a_caption_closed_by_a_getty_credit():
    text = ("Air defence downed a drone flying at Moscow, the city's Mayor Sergei Sobyanin said | Jane Roe/Getty Images\n"
            "Overnight, air defence downed a drone flying at Moscow, the city\u2019s Mayor Sergei Sobyanin said on his "
            "Telegram channel.")
    assert not any(s for s in speakers(text) if s != "Sergei Sobyanin")
    assert not any(q.startswith("|") or "Getty" in q for _s, q in speaker_quotes(text))
