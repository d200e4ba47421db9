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
    assert run('"never closed, he said and then the text just goes on') == []  # no speaker: nothing
    assert run("He said " + "and then " * 5000 + ".") == []  # a pronoun with no antecedent: nobody to credit
    text = "Petro Marchuk said " + "and then " * 5000 + "."
    [(speaker, kind, start, end)] = [(s.speaker, s.statement_type, s.char_start, s.char_end) for s in run(text)]
    assert (speaker, kind) == ("Petro Marchuk", "indirect")
    assert end <= len(text) and text[start:end].rstrip(" .").endswith("and then")  # the span covers the clause
    assert run("Der Minister sagte am Dienstag, dass die Lage schwierig sei, und die Truppen kämpfen weiter.") == []


def test_sorted_and_spans():
    text = ("Petro Marchuk said the bridge was open. "
            '"We will hold it," Olena Bilyk said.')
    out = run(text)
    assert [s.char_start for s in out] == sorted(s.char_start for s in out)
    for s in out:
        assert 0 <= s.char_start < s.char_end <= len(text)
        assert s.sentence_start <= s.char_start and s.char_end <= s.sentence_end


# ---------------------------------------------------------------- attribution patterns added for unseen reporting
def full(text):
    """Statements through the whole extractor (speaker resolution uses the actor seeds)."""
    from pipelines.extraction import extract
    return extract(ArticleText("t", text)).statements


def test_posted_on_telegram_that_is_reported_speech():
    s = one("Regional governor Petro Marchuk posted on Telegram that the ferry crossing had reopened after repairs.")
    assert s.statement_type == "indirect" and s.speaker == "Petro Marchuk" and s.cue == "post"
    assert "ferry crossing had reopened" in s.quote_text


def test_posted_without_a_clause_is_not_speech():
    assert run("Petro Marchuk posted a video of the damaged depot near the station.") == []


def test_has_since_acknowledged_that():
    s = one("The district chief, Olena Bilyk, has since acknowledged that the water supply was still cut off.")
    assert s.speaker == "Olena Bilyk" and "water supply was still cut off" in s.quote_text


def test_continues_to_assess_that():
    s = one("The Northbridge Institute continues to assess that the bridgehead cannot be supplied for long.")
    assert s.speaker == "Northbridge Institute" and "cannot be supplied" in s.quote_text


def test_colon_frame_without_reporting_verb():
    out = run('Petro Marchuk shrugged: "We have seen worse winters than this one, and we will see worse again."')
    assert [(s.speaker, s.statement_type) for s in out] == [("Petro Marchuk", "direct")]


def test_colon_frame_org_with_adjunct_only():
    out = run('The Northbridge Coastal Command, in its evening summary: "Two landing boats were destroyed near '
              'the spit and the crews were captured."')
    assert len(out) == 1 and out[0].speaker == "Northbridge Coastal Command"


def test_bare_label_before_colon_is_not_a_speaker():
    assert run('Background: "The old ferry line was closed after the dam collapsed in the summer."') == []


def test_participial_intro_colon_then_multi_paragraph_quote():
    text = ("Olena Bilyk has run the shelter for a year. Standing in the yard of the school, she explained:\n\n"
            "\u201cEvery night more families come from the villages along the river.\n\n"
            "\u201cWe have beds for eighty people, and tonight we have a hundred and ten.\u201d")
    out = run(text)
    assert len(out) == 1 and out[0].speaker == "Olena Bilyk" and out[0].statement_type == "direct"
    assert "villages along the river" in out[0].quote_text and "a hundred and ten" in out[0].quote_text


def test_name_then_role_apposition_in_split_quote():
    text = ('\u201cWe are holding the line,\u201d Petro Marchuk, the brigade commander, told the paper, '
            '\u201cbut the shells are running out.\u201d')
    s = one(text)
    assert s.speaker == "Petro Marchuk" and "shells are running out" in s.quote_text


def test_indefinite_description_is_anonymous():
    assert run("A well-known pro-war milblogger claimed that the railway bridge had been destroyed overnight.") == []


def test_live_blog_timestamp_line_then_colon_quote():
    out = run('09:40\nThe Northbridge Coastal Command: "Fighting continues near the harbour, and the pier is '
              'under our control."')
    assert len(out) == 1 and out[0].speaker == "Northbridge Coastal Command"


def test_qa_transcript_turns_are_direct_statements():
    text = ("Petro Marchuk, the mayor of the town, spoke to us on Friday.\n\n"
            "Q: Is the water back?\n\n"
            "Marchuk: Partly. The northern districts have water again, the southern ones will wait a week.")
    out = run(text)
    turns = [s for s in out if s.statement_type == "direct"]
    assert len(turns) == 1 and turns[0].speaker == "Petro Marchuk"
    assert turns[0].quote_text.startswith("Partly.")


def test_role_first_speaker_resolves_to_the_name_given_later():
    text = ("Ukraine's defence minister said on Monday that new air-defence systems had arrived. "
            "Rustem Umerov also wrote on X that the systems would protect the energy grid.")
    out = full(text)
    assert [s.speaker for s in out] == ["Rustem Umerov", "Rustem Umerov"]


def test_role_reference_to_a_person_named_as_an_object():
    text = ("Sergei Shoigu reported to President Vladimir Putin that the harbour had been cleared. "
            "\u201cThe operation has achieved its goals,\u201d the Russian president said.")
    out = full(text)
    assert [s.speaker for s in out] == ["Sergei Shoigu", "Vladimir Putin"]


def test_title_phrase_without_a_name_defers_to_the_named_envoy():
    text = ("The US envoy said on Sunday that a deal on the grain corridor was close. "
            "Keith Kellogg told reporters that the remaining issues were technical.")
    out = full(text)
    assert [s.speaker for s in out] == ["Keith Kellogg", "Keith Kellogg"]


def test_modified_ministry_back_reference_does_not_jump_to_another_ministry():
    text = ("Russia's Defence Ministry said its forces had shot down 40 drones. "
            "Farmers have sown less wheat this year, the economy ministry said.")
    out = full(text)
    assert out[0].speaker == "Russian Ministry of Defence"
    assert out[1].speaker != "Russian Ministry of Defence"


def test_short_back_reference_to_an_organisation_named_in_full():
    text = ("The General Staff of the Armed Forces of Ukraine said that 120 clashes took place on Tuesday. "
            "The General Staff said that the heaviest fighting was near Kupiansk.")
    out = full(text)
    assert [s.speaker for s in out] == ["Ukrainian General Staff", "Ukrainian General Staff"]


def test_colon_frame_after_a_document_noun():
    out = run('18:20\nA statement from the Northbridge Coastal Command: "Two landing boats were destroyed near the spit '
              'and their crews were captured."')
    assert len(out) == 1 and out[0].speaker == "Northbridge Coastal Command"


def test_timestamp_line_before_an_apposition_subject():
    out = run("16:10\nPetro Marchuk, the governor of the border region, said enemy forces had shelled the bridge again.")
    assert [(s.speaker, s.statement_type) for s in out] == [("Petro Marchuk", "indirect")]
