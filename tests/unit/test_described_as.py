"""A named actor's label for something, reported without a reporting verb ("in what X described as ...")."""
from pipelines.extraction import ArticleText, extract
from pipelines.extraction.described_as import described_as


def said(text: str) -> set[tuple[str, str, str]]:
    return {(s.speaker, s.statement_type, s.quote_text) for s in extract(ArticleText("t", text)).statements}


def test_what_a_named_actor_described_as_is_his_indirect_statement():
    got = said("The army took two more villages, part of what Defence Minister Andrei Belousov described as a "
               "steady push west.")
    assert ("Andrei Belousov", "indirect", "a steady push west") in got


def test_described_by_a_named_actor_as_ends_at_the_clause():
    got = said("The strikes, described by President Volodymyr Zelensky as the largest of the winter, cut power "
               "to a million homes.")
    assert ("Volodymyr Zelensky", "indirect", "the largest of the winter") in got


def test_a_capital_or_an_unknown_name_is_no_speaker():
    assert said("The shelling went on in what Kyiv called a bid to derail the talks.") == set()
    assert described_as("The village fell in what Colonel Smithers described as a rout.", []) == []
