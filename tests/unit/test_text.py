"""Sentence, paragraph and quote geometry (own sentences, not from the corpus)."""
from pipelines.extraction.text import find_quotes, split_paragraphs, split_sentences


def test_sentences_offsets_and_abbreviations():
    text = "Gen. Ivan Petrov arrived on Jan. 5 in the U.S. capital. He spoke briefly.\n\nA new paragraph starts here."
    sents = split_sentences(text)
    assert [s.text for s in sents] == [
        "Gen. Ivan Petrov arrived on Jan. 5 in the U.S. capital.",
        "He spoke briefly.",
        "A new paragraph starts here.",
    ]
    for s in sents:
        assert text[s.start:s.end] == s.text
    assert sents[2].paragraph == 1


def test_sentence_boundary_after_closing_quote():
    text = '"The bridge is open." The mayor left.'
    assert [s.text for s in split_sentences(text)] == ['"The bridge is open."', "The mayor left."]


def test_empty_and_whitespace():
    assert split_sentences("") == []
    assert split_sentences("  \n\n ") == []
    assert split_paragraphs("") == []


def test_quote_kinds():
    text = 'He said "one two" and \u201cthree four\u201d and \u201efive six\u201c and \u2018seven eight\u2019 done.'
    inner = [q.inner(text) for q in find_quotes(text)]
    assert inner == ["one two", "three four", "five six", "seven eight"]


def test_apostrophes_are_not_quotes():
    text = "The soldiers' families don't know. It's late."
    assert find_quotes(text) == []


def test_unclosed_quote_ends_at_paragraph_end():
    text = '"We will hold the line, he said\n\nNext paragraph here.'
    qs = find_quotes(text)
    assert len(qs) == 1
    assert not qs[0].closed
    assert qs[0].end == text.index("\n")


def test_long_sentence_does_not_hang():
    text = "and then " * 20000
    assert len(split_sentences(text)) == 1


def test_looks_english_is_the_shared_language_check():
    from pipelines.extraction.text import looks_english
    assert looks_english("Russian troops advanced no more than 700 metres near Vovchansk over the past week.")
    german = ("Die ukrainischen Truppen kontrollieren nach Angaben des Generalstabs inzwischen mehr als "
              "tausend Quadratkilometer im Gebiet Kursk und sind weiter vorgerückt. " * 3)
    assert not looks_english(german)
    assert not looks_english("")


def test_glued_sentences_of_copied_pages_split():
    # copied pages lose the space between paragraphs: "...the bridge.The mayor said"
    text = "Crews worked through the night on the bridge.The mayor said it would reopen. The U.S.Navy and News.Az came."
    assert [s.text for s in split_sentences(text)] == [
        "Crews worked through the night on the bridge.", "The mayor said it would reopen.",
        "The U.S.Navy and News.Az came."]
