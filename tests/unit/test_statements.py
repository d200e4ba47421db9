"""Statement extraction on invented sentences (not copied from the evaluation corpus)."""
from pipelines.extraction.records import ArticleText
from pipelines.extraction.statements import extract_statements


def run(text):
    return extract_statements(ArticleText("t", text))


def one(text):
    out = run(text)
    assert len(out) == 1, [(s.speaker, s.quote_text) for s in out]
    return out[0]


def test_direct_trailing_attribution_curly():
    s = one("\u201cThe bridge near the river is in our hands,\u201d Petro Marchuk said on Friday.")
    assert s.statement_type == "direct"
    assert s.speaker == "Petro Marchuk"
    assert s.quote_text.startswith("The bridge near the river is in our hands")


def test_direct_inverted_said_x():
    s = one('"Our engineers restored the rail line overnight," said Olena Bilyk, the regional transport chief.')
    assert s.statement_type == "direct"
    assert s.speaker == "Olena Bilyk"


def test_split_quote_is_one_statement():
    s = one('"The convoy reached the town," Petro Marchuk told reporters, "and the wounded were evacuated."')
    assert s.statement_type == "direct"
    assert "convoy reached the town" in s.quote_text
    assert "wounded were evacuated" in s.quote_text


def test_quote_continues_after_frame_sentence():
    s = one('"The convoy reached the town," Marchuk said. "The wounded were evacuated by noon."')
    assert "evacuated by noon" in s.quote_text


def test_new_verb_starts_new_statement():
    out = run('"The convoy reached the town," Petro Marchuk said. "Repairs start tomorrow," he added.')
    assert [s.statement_type for s in out] == ["direct", "direct"]
    assert all(s.speaker == "Petro Marchuk" for s in out)


def test_colon_frame():
    s = one('Olena Bilyk said: "Trains to the east will run again next week."')
    assert s.statement_type == "direct" and s.speaker == "Olena Bilyk"


def test_multi_paragraph_quote():
    text = ('"The first line held through the night.\n\n'
            '"By morning the second line was reinforced as well," Petro Marchuk said.')
    out = [s for s in run(text) if s.statement_type == "direct"]
    assert len(out) == 1
    assert "first line held" in out[0].quote_text and "second line" in out[0].quote_text


def test_indirect_said_that_and_lede_paraphrase():
    text = ("Petro Marchuk said on Monday that the bridge had been repaired.\n\n"
            '"It took us nine days," he said.')
    out = run(text)
    assert [s.statement_type for s in out] == ["indirect", "direct"]
    assert "bridge had been repaired" in out[0].quote_text
    assert out[1].speaker == "Petro Marchuk"


def test_indirect_clause_before_frame():
    s = one("Rail traffic to the port resumed on Sunday, regional governor Olena Bilyk said.")
    assert s.statement_type == "indirect"
    assert s.speaker == "Olena Bilyk"
    assert "Rail traffic to the port resumed" in s.quote_text
    assert "Bilyk" not in s.quote_text


def test_according_to():
    s = one("According to Petro Marchuk, the ferry will sail again in May.")
    assert s.cue == "according_to"
    assert "ferry will sail again" in s.quote_text
    s = one("The ferry will sail again in May, according to the Northern Shipping Agency.")
    assert s.speaker == "Northern Shipping Agency"


def test_scare_quote_is_indirect():
    s = one('Petro Marchuk said the operation had been "a partial success" so far.')
    assert s.statement_type == "indirect"
    assert "partial success" in s.quote_text


def test_organisation_speaker_and_it_pronoun():
    out = run("The Northern Shipping Agency said the port was closed. It said repairs would take a week.")
    assert [s.speaker for s in out] == ["Northern Shipping Agency", "Northern Shipping Agency"]


def test_she_resolves_to_female_speaker():
    text = ("Petro Marchuk said the bridge was open. Olena Bilyk said trains were delayed. "
            "Marchuk left early. Repairs will take a week, she said.")
    out = run(text)
    assert out[-1].speaker == "Olena Bilyk"


def test_role_noun_resolves_to_titled_speaker():
    text = ("General Petro Marchuk said the bridge was open.\n\n"
            '"We will hold it," the general said.')
    out = run(text)
    assert out[-1].speaker == "Petro Marchuk"


def test_apposition_subject():
    s = one("Petro Marchuk, the head of the regional council, said the school would reopen in autumn.")
    assert s.speaker == "Petro Marchuk"


def test_not_statements():
    assert run("A senior military source said the bridge was destroyed.") == []
    assert run("Local officials say the bridge was destroyed.") == []
    assert run("Western analysts say the offensive has stalled.") == []
    assert run("Kyiv has said it will not negotiate under pressure.") == []
    assert run("Petro Marchuk declined to say when the bridge would reopen.") == []
    assert run("Petro Marchuk did not comment on the report.") == []
    assert run("The bridge was destroyed, according to government estimates.") == []


def test_hostile_input():
    assert run("") == []
    assert run('"never closed, he said and then the text just goes on') is not None
    assert isinstance(run("He said " + "and then " * 5000 + "."), list)
    assert run("Der Minister sagte am Dienstag, dass die Lage schwierig sei, und die Truppen kämpfen weiter.") == []


def test_sorted_and_spans():
    text = ("Petro Marchuk said the bridge was open. "
            '"We will hold it," Olena Bilyk said.')
    out = run(text)
    assert [s.char_start for s in out] == sorted(s.char_start for s in out)
    for s in out:
        assert 0 <= s.char_start < s.char_end <= len(text)
        assert s.sentence_start <= s.char_start and s.char_end <= s.sentence_end
