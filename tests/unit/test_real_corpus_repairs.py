"""bench.real_corpus: a copy of a search excerpt is stored only when its sha256 is the manifest's; the repairs it
tries are the characters a copy from the tool's output can lose, and nothing else gets through."""
from bench.real_corpus import _one_char_repairs, sha256

TEXT = "Kyiv, 2022\n\n RUSSIAN OFFENSIVE. The minister\u2019s words: \u201cwe hold\u201d the town."


def _stored(copy: str) -> bool:
    return any(sha256(t) == sha256(TEXT) for t in _one_char_repairs(copy))


def test_a_lost_curly_apostrophe_or_a_space_at_a_line_start_is_repaired():
    assert _stored(TEXT.replace("\u2019", "'"))
    assert _stored(TEXT.replace("\n\n RUSSIAN", "\n\nRUSSIAN"))
    assert _stored(TEXT.replace("\u201d the", '" the'))


def test_two_lost_characters_or_another_word_are_not():
    assert not _stored(TEXT.replace("\u2019", "'").replace("\n\n RUSSIAN", "\n\nRUSSIAN"))
    assert not _stored(TEXT.replace("hold", "held"))
