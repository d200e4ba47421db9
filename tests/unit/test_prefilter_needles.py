"""The substring prefilters (``place_cues._NEEDLES``, ``dates._NEEDLES``) must never hide a match of their pattern."""
import json
from pathlib import Path

import pytest

from pipelines.extraction import dates
from pipelines.extraction.place_cues import _NEEDLES, _PATTERNS, find_cues
from pipelines.extraction.text import split_sentences

ROOT = Path(__file__).resolve().parents[2]
CORPORA = [ROOT / "tests" / "fixtures" / "regression" / "articles.jsonl",
           ROOT.parent / "shared" / "eval" / "dev" / "articles.jsonl"]


def _sentences():
    for path in CORPORA:
        for line in path.read_text(encoding="utf-8").splitlines():
            text = json.loads(line)["text"]
            for s in split_sentences(text):
                yield text[s.start:s.end]


OWN = ["The ministry announced the takeover of villages Bilohorivka and Novoselivka.",
       "It would bring them closer to two towns under Russian control, Tokmak and Vasylivka.",
       "Ukrainian forces de-occupied the village of Zarichne.",
       "Kramatorsk is one of Ukraine's last strongholds.", "Kurakhove, a key stronghold of Ukrainian forces, held.",
       "Kupiansk returned to the control of Ukraine.", "Russian units have taken under control Soledar.", "The Ukrainian flag flies over Izium again.",
       "The town fell to Russian forces.", "Russian troops were knocked out of Klishchiivka.",
       "Vuhledar is ours.", "Ukraine won it back in October.", "The enemy dislodged our units from the village.",
       "Units of the North grouping expelled Ukrainian troops from Liman.",
       "Russian forces hold Avdiivka.", "the loss of Bakhmut", "Russia's capture of Avdiivka",
       "Kyiv admitted the loss of control of Loskutivka.", "Our units moved to new lines west of Berdychi.",
       "Soldiers raised the flag of Ukraine in Izium and Balakliia.", "We do not control Pylna anymore.",
       "following the Russian military's control of the village of Kamianske", "Russia has given up Lyman.",
       "Ukraine has been in control of Kupiansk since 2022.", "Troops withdrew from Kherson.",
       "The army abandoned the town.", "The garrison had to leave Snake Island.", "Russian troops fled from Kherson.",
       "Neskuchne was claimed by a Ukrainian army brigade.",
       "They claimed the mining town of Toretsk on Friday.",
       "Ukrainian forces took back control on Sunday.", "Soldiers raised the Ukrainian flag over the village.",
       "Izium had been occupied since April.", "Full control was established over Lysychansk.",
       "\"We lost Urozhaine,\" the battalion admitted.", "The village is fully under Ukrainian flag again.",
       "The villages now in Russian hands include Kozacha Lopan and Hlyboke.",
       "The towns liberated by Ukrainian troops this month are Balakliia and Izium.",
       "The newly liberated villages include Klishchiivka and Andriivka.",
       "Moscow says it has \u201ccontrol\u201d of the town.", "Troops moved to encircle the Russian stronghold of Lyman.",
       "Shells fell on the occupied town of Tokmak.", "Russian forces are now occupying the village of Kozacha Lopan.",
       "The villages of Novenke and Basivka are among those reported to be occupied.",
       "Also captured were the villages of Pishchane and Tykhe.",
       "Bucha is a small town near Kyiv from which Russian forces withdrew in March.",
       "Ukrainian troops pushed the enemy from Snake Island.",
       "Supplies reach Kramatorsk, a city still held by Ukrainian forces.",
       "The road leads past Vuhledar, a mining town Russia captured in October.",
       "The brigade said its soldiers are holding their ground in Soledar.",
       "Russia's captures of towns such as Vuhledar cost it dearly.",
       "The Russian Defence Ministry announced the seizure on Sunday.",
       "Reports of the establishment of control by Russian troops over the village were denied.",
       "Fighting went on near Bakhmut, a city captured by Russian forces in May.",
       "Strikes hit Selydove, a town whose capture was announced by the Russian defence ministry.",
       "Kyiv said the Russians are leaving Kherson.",
       "It was the worst setback since losing the port of Mariupol in May.",
       "Moscow claims Marinka captured.", "Kyiv declares Kherson liberated.",
       "Shelling hit Severodonetsk, the last Ukrainian bastion in the region.",
       "\"Soledar was, is and will be Ukrainian,\" the army said.",
       "Snake Island has been returned to the jurisdiction of Ukraine.",
       "The road leads to Sloviansk and Kramatorsk, two of the last cities within Ukrainian control.",
       "The map shows the villages of Zelene and Ternova as controlled by Russian forces.",
       "Kyiv denied losing Soledar, saying the fighting continued.",
       "The army lost its last stronghold, Avdiivka, in February.",
       "Moscow claimed victory in the city of Soledar on Friday.",
       "The enemy troops were driven out of the village of Klishchiivka.",
       "The General Command has confirmed the release of Novovasylivka and Chervone.",
       "There is no talk of Russian control over the city of Kupiansk.",
       "The ministry said separatist units have conquered Popasna.",
       "The army returned the village of Rivnopil to the control of Ukraine.",
       "In Melitopol, an occupied city in the south, shops closed.",
       "A convoy left Skadovsk \u2014 currently occupied by Russia \u2014 on Monday."]


@pytest.mark.parametrize("index", range(len(_PATTERNS)))
def test_every_match_of_a_pattern_holds_one_of_its_words(index):
    pat, needles = _PATTERNS[index][0], _NEEDLES[index]
    matched = 0
    for sent in list(_sentences()) + OWN:
        for m in pat.finditer(sent):
            matched += 1
            # one of the words lies in the match or the text its lookahead reads (so not there by chance)
            assert any(n in sent[m.start():m.end() + 160].lower() for n in needles), (index, m.group(0), sent)
    assert matched, f"pattern {index} never matched: the check above proved nothing for it"


def test_cues_are_found_in_our_own_sentences():
    assert all(find_cues(s) for s in OWN)


TIME_OWN = ["between May 1 and 7", "from June 3 to June 9, 2024", "Aug 12-18", "in the three weeks to March 1",
            "since the start of the year", "so far this year", "last month", "in March 2024", "last May", "in October, November and December 2024",
            "in the first half of 2024", "during 2023", "over the same period", "over the past two weeks",
            "in a single day", "on Tuesday", "yesterday", "as of now", "last week", "over the weekend",
            "at the start of 2025", "as of August 12", "by mid-February", "at the end of 2023", "a year ago",
            "two cities Ukraine lost in the summer"]


@pytest.mark.parametrize("pattern", list(dates._NEEDLES), ids=lambda p: p.pattern[:30])
def test_every_match_of_a_time_pattern_holds_one_of_its_words(pattern):
    needles = dates._NEEDLES[pattern]
    matched = 0
    for sent in list(_sentences()) + TIME_OWN:
        for m in pattern.finditer(sent):
            matched += 1
            assert any(n in m.group(0).lower() for n in needles), (m.group(0), sent)
    assert matched, "the pattern never matched: the check above proved nothing for it"
