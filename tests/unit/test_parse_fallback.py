"""The parse fallback (pipelines/extraction/parse_fallback.py): a dependency parse of the sentences the
rules left without a statement; off, and the extractor unchanged, when spaCy is not importable.
Sentences of our own."""
from __future__ import annotations

import builtins
from datetime import datetime

import pytest

from pipelines.extraction import ArticleText, extract, parse_fallback


def _statements(text: str, monkeypatch, on: bool = True):
    monkeypatch.setenv("CLAIMWATCH_PARSE_FALLBACK", "1" if on else "0")
    result = extract(ArticleText(article_id="t", text=text, published_at=datetime(2024, 5, 20)))
    return [(s.speaker, s.statement_type, s.quote_text) for s in result.statements]


needs_parser = pytest.mark.skipif(not parse_fallback.available(), reason="spaCy or its English model not installed")


@needs_parser
@pytest.mark.parametrize("text, speaker, content", [
    # a speech act with an object: the verb and its object are the content
    ("Heavy fighting continued near the village on Tuesday. Kateryna Lisovska, a spokeswoman for the regional "
     "council, described repeated strikes on the river crossings near the town.",
     "Kateryna Lisovska", "described repeated strikes on the river crossings"),
    # ("its defence ministry said", once the fallback's, the rules read since 0.33.0: test_speakers_and_places_033.py)
    # a verb of the fallback's own list ("thanked"; "maintains that", once the fallback's too, the rules read since
    # 0.34.0: test_sources_and_places_034.py, "cautioned" since 0.48.0 and "slammed the claim that" since 0.71.55)
    ("President Volodymyr Zelensky visited the front. Zelensky thanked the brigades that held the line near "
     "Pokrovsk.", "Volodymyr Zelensky", "the brigades that held the line near Pokrovsk"),
    # ("the country's president" on the article's date, once the fallback's, the rules read since 0.70.47:
    # test_extractor_0747.py)
])
def test_fallback_finds_what_the_rules_miss(text, speaker, content, monkeypatch):
    assert not any(content in q for _s, _t, q in _statements(text, monkeypatch, on=False))
    found = _statements(text, monkeypatch)
    assert any(s == speaker and t == "indirect" and content in q for s, t, q in found), found


@needs_parser
@pytest.mark.parametrize("text", [
    "Shelling hit the depot again. The governor has not said what happened to the convoy.",      # negated
    "Shelling hit the depot again. Local officials said the bridge was closed for repairs.",     # nobody named
    "The bridge was shelled. Russia said its troops had crossed the river near the town.",       # a country
    "The region, which the Kremlin claimed to have annexed, was shelled again overnight.",       # relative clause
])
def test_fallback_adds_nothing(text, monkeypatch):
    assert _statements(text, monkeypatch) == _statements(text, monkeypatch, on=False)


@needs_parser
def test_sentence_with_a_rule_statement_is_not_parsed(monkeypatch):
    before = parse_fallback.STATS["parsed"]
    found = _statements('"We hold the line," General Petro Hnatenko said on Monday.', monkeypatch)
    assert found and parse_fallback.STATS["parsed"] == before


def test_without_spacy_the_component_is_off_and_the_rules_run(monkeypatch):
    real_import = builtins.__import__

    def no_spacy(name, *args, **kwargs):
        if name == "spacy" or name.startswith("spacy."):
            raise ImportError("no spaCy here")
        return real_import(name, *args, **kwargs)

    text = ("Heavy fighting continued near the village. Kateryna Lisovska, a spokeswoman for the regional council, "
            "described repeated strikes on the river crossings. \"We are holding,\" General Petro Hnatenko said.")
    monkeypatch.setattr(builtins, "__import__", no_spacy)
    parse_fallback._nlp.cache_clear()
    try:
        assert parse_fallback.available() is False
        found = _statements(text, monkeypatch, on=True)
        assert found == _statements(text, monkeypatch, on=False)
        assert any(s == "Petro Hnatenko" or "Hnatenko" in s for s, _t, _q in found)
    finally:
        parse_fallback._nlp.cache_clear()


def test_switched_off_by_environment(monkeypatch):
    monkeypatch.setenv("CLAIMWATCH_PARSE_FALLBACK", "0")
    assert parse_fallback.enabled() is False
    monkeypatch.setenv("CLAIMWATCH_PARSE_FALLBACK", "1")
    assert parse_fallback.enabled() is True


@needs_parser
def test_a_surname_alone_is_the_person_named_in_full_before(monkeypatch):
    text = ("Colonel Taras Hrytsenko, a spokesman for the eastern forces, said the line had held overnight.\n\n"
            "The situation is difficult because the enemy strikes with drones and glide bombs every hour, but our "
            "units are still in the district, they also hold the railway station, and the enemy's reports do not "
            "correspond to reality - Hrytsenko emphasised.")
    found = _statements(text, monkeypatch)
    assert any(s == "Taras Hrytsenko" and q.startswith("The situation is difficult") and "correspond to reality" in q
               for s, _t, q in found), found


@needs_parser
def test_the_pre_test_skips_country_and_generic_subjects():
    from pipelines.extraction.statements import _analyse

    for text, worth in [("Russia said its troops had crossed the river near the town.", False),
                        ("Officials said the bridge was closed for repairs.", False),
                        ("Petro Hnatenko maintains that the bridge is still standing.", True)]:
        doc = _analyse(text)
        assert parse_fallback._worth_parsing(doc, 0, parse_fallback._verb_forms()) is worth, text


@needs_parser
def test_a_role_nobody_named_holds_is_not_the_latest_person(monkeypatch):
    text = ("Captured soldier Ivan Petrenko told the outlet that the border had not been mined.\n\n"
            "On Friday, the chief of Moscow-held districts in the oblast disclosed that the town would "
            "soon be cleared.")
    parse_fallback.TRACE = []
    try:
        found = _statements(text, monkeypatch)
        assert [t["verdict"] for t in parse_fallback.TRACE if t["verb"] == "disclosed"] == ["role not held"]
    finally:
        parse_fallback.TRACE = None
    assert not any("the town would soon be cleared" in q for _s, _t, q in found), found


@needs_parser
@pytest.mark.parametrize("text, speaker, content", [
    ("Fighting went on for the bridge. If confirmed, the announcement by militia commander Arkadiy Zhukov that his "
     "men had cleared the last streets of the town would be a turning point.",
     "Arkadiy Zhukov", "his men had cleared the last streets of the town"),
    ("Troops have been in the village since Monday, but this is the first confirmation from the Ukrainian "
     "president that the army has taken it.", "Volodymyr Zelensky", "the army has taken it"),
])
def test_a_nominal_speech_act_with_its_agent(text, speaker, content, monkeypatch):
    found = _statements(text, monkeypatch)
    assert any(s == speaker and content in q for s, _t, q in found), found


@needs_parser
def test_a_sentence_credited_by_the_next_one_is_left_to_the_rules(monkeypatch):
    text = ("The capital welcomes Colonel Arkadiy Zhukov's statement that the crossing will reopen next week.\n\n"
            "This was stated by ministry spokesman Petro Hnatenko, the agency reports.")
    found = _statements(text, monkeypatch)
    assert found == _statements(text, monkeypatch, on=False)


@needs_parser
def test_as_noted_by_x_credits_the_clause(monkeypatch):
    # (the rules read this frame themselves since 0.54.0; with the parse on, it stays one statement of Zhukov's)
    text = ("Military blogger Arkadiy Zhukov wrote about the battle on Sunday.\n\n"
            "As noted by Zhukov, the village held the last line of the defence, and its loss opens the road to the "
            "river.")
    for on in (False, True):
        found = [(s, q) for s, _t, q in _statements(text, monkeypatch, on=on) if "the village held" in q]
        assert len(found) == 1 and found[0][0] == "Arkadiy Zhukov" \
            and found[0][1].startswith("the village held the last line"), (on, found)
