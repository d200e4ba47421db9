"""Claimant helpers of place claims (pipelines/extraction/place_attribution.py), on sentences of our own."""
from pipelines.extraction.place_attribution import actor_before, claim_author_side, claim_source
from pipelines.extraction.place_cues import find_cues


def _cue(sent, word):
    return next(c for c in find_cues(sent) if word in sent[c.start:c.end])


def test_actor_before_a_reporting_verb_takes_the_longest_known_tail():
    sent = "A statement issued by the Russian defence ministry stated that troops took Lyman."
    actor = actor_before(sent, sent.index(" stated"))
    assert actor is not None and actor.canonical_name == "Russian Ministry of Defence"
    sent = "A local blogger wrote that troops took Lyman."
    assert actor_before(sent, sent.index(" wrote")) is None


def test_claim_source_is_the_name_closing_a_description():
    sent = ("Kyiv rejected claims made by the head of the Russian army, Valery Gerasimov, that Russian troops had "
            "captured Siversk.")
    name, actor_id, side = claim_source(sent, _cue(sent, "captured"))
    assert (name, side) == ("Valery Gerasimov", "Russia") and actor_id


def test_claim_source_of_a_bare_side_names_no_one():
    # the country's claim is told too, with no claimant (a country speaks through no one in particular)
    sent = "Kyiv dismissed Russia's claim that it had taken Siversk."
    assert claim_source(sent, _cue(sent, "taken")) == (None, None, "Russia")


def test_claim_author_side_for_a_pronoun_in_the_denied_claim():
    sent = "Ukraine denied Russian claims that its forces had taken Siversk."
    assert claim_author_side(sent, _cue(sent, "taken")) == "Russia"
    sent = "Moscow denied Kyiv's claim that it had retaken Robotyne."
    assert claim_author_side(sent, _cue(sent, "retaken")) == "Ukraine"
