"""The work the three stages share is done once per article and gives what doing it per stage gave (sentences of
our own). Speed is measured in bench/, not here: these tests pin the equivalences the shortcuts rely on."""
import importlib
import multiprocessing

from pipelines.extraction.furniture import mask_both, mask_furniture
from pipelines.extraction.text import find_quotes, split_sentences
from pipelines.extraction.tokens import Tok

_PAGE = (
    "KYIV, Aug 13 (Reuters) - The general said his troops held the line.\n"
    "Kremlin Says It Awaits Kyiv's Response After Weekend Talks\n"
    "Soldiers rest near a trench. REUTERS/Anna Petrenko\n"
    "Russia controls about 18% of Ukraine, the ministry said. Read also: other story\n"
    "READ MORE: The front in maps\n"
    "The mayor said it was calm.\n"
)


def test_one_scan_masks_both_ways():
    # the statement stages blank headlines, the area stage keeps their figures: one scan, both masks
    assert mask_both(_PAGE) == (mask_furniture(_PAGE, headlines=True), mask_furniture(_PAGE, headlines=False))
    with_headlines = mask_both(_PAGE)[1]
    assert "Kremlin Says" in with_headlines and "Kremlin Says" not in mask_both(_PAGE)[0]


def test_sentences_are_split_once_and_handed_out_as_copies():
    first = split_sentences(_PAGE)
    expected = [s.text for s in first]
    first.clear()                      # a stage that edits its list leaves the next stage's alone
    again = split_sentences(_PAGE)
    assert [s.text for s in again] == expected and len(expected) == 8
    assert expected[4] == "Russia controls about 18% of Ukraine, the ministry said."
    assert all(_PAGE[s.start:s.end] == s.text for s in again)


def test_quote_scan_jumps_between_marks_and_finds_every_kind():
    text = ("He said \u201cwe hold\u201d and \u2018they fled\u2019 while \u00abno one\u00bb heard; "
            "\"straight\" marks too, and don't stop at apostrophes.")
    found = [text[q.inner_start:q.inner_end] for q in find_quotes(text)]
    assert found == ["we hold", "they fled", "no one", "straight"]


def test_token_keeps_its_lower_case_and_compares_by_text_and_offsets():
    t = Tok("Syrskyi's", 4, 13)
    assert t.low == "syrskyi's" and t.bare == "syrskyi"
    assert t == Tok("Syrskyi's", 4, 13) and t != Tok("Syrskyi's", 5, 14)


def test_workers_warm_up_on_a_sample_that_reaches_every_stage():
    # the fork server imports warm.py so that the workers it forks start with every lexicon loaded; the
    # sample must reach the three stages for that to hold
    warm = importlib.import_module("pipelines.extraction.warm")
    from pipelines.extraction import ArticleText, extract

    result = extract(ArticleText(article_id="w", text=warm._SAMPLE, published_at=warm.datetime(2024, 8, 15)))
    assert result.statements and result.area_claims and result.place_claims
    assert "forkserver" in multiprocessing.get_all_start_methods()


def test_worker_processes_give_what_one_process_gives():
    # past PARALLEL_THRESHOLD the rows go to worker processes forked from the warmed server: the same records
    from pipelines.extraction.batch import PARALLEL_THRESHOLD, extract_rows

    warm = importlib.import_module("pipelines.extraction.warm")
    rows = [{"article_id": f"a{i}", "url": f"https://example.org/{i}", "title": None,
             "published_at": warm.datetime(2024, 8, 15, 10), "text": warm._SAMPLE.replace("1,000", f"{1000 + i:,}")}
            for i in range(PARALLEL_THRESHOLD + 6)]
    serial = extract_rows(rows, workers=1)
    parallel = extract_rows(rows, workers=2)
    assert [r["article_id"] for r, _ in parallel] == [r["article_id"] for r, _ in serial]
    assert [e for _, e in parallel] == [e for _, e in serial]
    assert not any(isinstance(e, Exception) for _, e in parallel)
    assert [e.area_claims[-1].value_low for _, e in parallel][:2] == [1000, 1001]
