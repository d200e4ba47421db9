"""Area claims, stage 4: the side that holds (or took, or lost) a figure's ground (``read_controller``).

The side the cue names itself ("in the hands of the occupiers"), else the subject of the cue: the noun before
"which", a gerund adjunct's main clause (``adjunct_subject.py``), the nearest side word before the cue
(``sides.py``); a passive's is the claimant's side. An official's "they took 430 sq km" is the other side's;
"all but four settlements" and "less than 60 sq km remain" are what the other side holds.
"""
from __future__ import annotations

import re

from pipelines.extraction.adjunct_subject import adjunct_subject_side, opening_adjunct_side
from pipelines.extraction.area_article import _State
from pipelines.extraction.area_lexicon import FORCES_BEFORE_CONTROL, _lex
from pipelines.extraction.area_metric import BACK_VERB, LOST_CONTROL, _Cue
from pipelines.extraction.numbers import Quantity
from pipelines.extraction.records import Statement
from pipelines.extraction.sides import (GROUND_AFTER, THEY_RIGHT_BEFORE, _other, _relative_antecedent_side,
                                        _scan_subject, _side_of_match, _side_right_after, russia_liberates)

_QUOTE_OPENS_AT_VERB = re.compile(r"(?:\bthat|^)\s+(?P<subj>[^\"\u201c\u201d,;]{3,60}?)\s(?P<mark>[\"\u201c])\s*$")
_NOUN_BEFORE = re.compile(r"\b(?:area|territory|territories|land|lands|ground)\s+(?:currently\s+|now\s+|still\s+)?$", re.IGNORECASE)
_ALL_BUT = re.compile(r"\ball\s+but\s+$", re.IGNORECASE)
_LEAVING_BEFORE = re.compile(r"\bleaving\s+(?:(?:only|just|about|around|some|roughly|less\s+than|fewer\s+than|under)\s+)*$",
                             re.IGNORECASE)
_IN_HANDS_AFTER = re.compile(r"\s*(?:of\s+(?:the\s+)?(?:territory|land|the\s+region)\s+)?(?:in|under)\s+(?:the\s+)?"
                             r"(?P<side>Ukrainian|Russian|Ukraine['\u2019]s|Russia['\u2019]s|Kyiv['\u2019]s|Moscow['\u2019]s)\s+"
                             r"(?:hands|control)\b", re.IGNORECASE)
# (not "20 villages remain occupied": the verb of a holding, whose participle says whose)
_REMAIN_AFTER = re.compile(r"\s*(?:\w+\s+){0,2}?(?:remain|remains|remaining|are\s+left|is\s+left)\b"
                           r"(?!\s+(?:under|in)\b|\s+(?:\w+ly\s+)?(?:occupied|controlled|held|captured|seized)\b"
                           # ("three villages remain to be freed": the passive cue already names their holder)
                           r"|\s+(?:still\s+)?to\s+be\b)",
                           re.IGNORECASE)


_SIDE_BEFORE_PARTICIPLE = re.compile(r"(?P<side>\b[\w'\u2019-]+)\s+(?:forces|troops|army|military|units|soldiers|"
                                     r"servicemen)\s+(?:now\s+|still\s+|currently\s+)?$", re.IGNORECASE)


# Ukraine as a whole named as land: "Ukraine" (not "Ukraine's"), "Ukrainian territory", "the country", "the nation"
_UKRAINE_AS_LAND = r"(?:Ukraine\b(?!['\u2019])|Ukrainian\s+(?:territory|land)|the\s+(?:country|nation)\b(?!['\u2019]))"
# the side a freeing verb names after "from" ("freed from the Russian invaders"): where "who" starts, read by lex.side
_FREED_FROM = re.compile(r"[a-z]*\s+from\s+(?:the\s+)?(?P<who>\w)", re.I)
_ITS_BEFORE = re.compile(r"\bits\s+(?:[\w-]+\s+)?$", re.I)
_OF_UKRAINE_AFTER = re.compile(r"\s+of\s+" + _UKRAINE_AS_LAND, re.I)
_OCCUPATION_OF_UKRAINE = re.compile(r"occupation\s+of\s+" + _UKRAINE_AS_LAND, re.I)
_UNDER_SIDE_CONTROL = re.compile(r"\bunder\s+(?:the\s+)?(?P<who>[\w'\u2019]+)\s+" + FORCES_BEFORE_CONTROL
                                 + r"control\b", re.I)


# a side right before its claim to the control ("the Russian forces claiming control over ...")
_SIDE_CLAIMING = re.compile(r"\b(?P<who>[A-Za-z'\u2019]+(?:\s+(?:forces|troops|army|military))?)\s+"
                            r"claim(?:ing|ed|s)\s+$", re.I)


# "counterattacks reduced Ukrainian-held territory to about 460 sq km": the compound names the holder, whoever
# reduced it
# (and "Russian-occupied territories covering 19 percent of the country": the subject of "covering")
_COMPOUND_HOLDER = re.compile(r"\b(?P<side>[A-Za-z]+)-$")
_COMPOUND_HELD_SUBJECT = re.compile(r"\b(?P<side>[A-Za-z]+)-(?:held|occupied|controlled)\s+"
                                    r"(?:territor(?:y|ies)|lands?|areas?)\s+$", re.IGNORECASE)


def read_controller(state: _State, sent: str, masked: str, q: Quantity, lo: int, cue: _Cue, st: Statement | None,
                    claimant_side: str | None, metric: str, idx: int | None = None) -> tuple[str, str]:
    """The side that holds (or took, or lost) figure ``q``'s ground, and the metric: "all but four" and "... remain"
    turn a figure into what the other side holds."""
    lex = _lex()
    controller = cue.agent
    if controller is None and not cue.passive and _MOVE_NOUN.fullmatch(masked, cue.start, cue.end) and (
            owner := _SIDE_POSSESSIVE_BEFORE.search(masked, max(0, cue.start - 45), cue.start)
            or _SIDE_MOVE.search(masked, cue.end, q.start)):
        # "The recent gains add to Russia's summer offensive progress, totaling 1,146 sq km", "Russia's advance of
        # 10 km": the side whose advance the noun names, whoever tells it
        controller = "Russia" if owner.group("side").lower() in ("russia", "moscow") else "Ukraine"
    if controller is None and claimant_side is None and idx is not None and not cue.passive \
            and _WE_BEFORE.search(masked, max(lo, cue.start - 30), cue.start):
        # '"We now control approximately 800 square kilometers," the source said', the source told two sentences
        # before as "a senior Ukrainian military source": an unnamed speaker's "we" is the side its description names
        controller = _unnamed_speaker_side(state, idx)
    if controller is None and cue.kind == "occupy" and _OCCUPATION_OF_UKRAINE.match(masked, cue.start):
        # "Ukraine succeeded in limiting the occupation of Ukraine from 27% to about 20%": the occupation of the
        # country is the occupier's holding, whoever limits it
        controller = "Russia"
    if controller is None and not cue.passive and BACK_VERB.match(masked, cue.start) \
            and (freed := _FREED_FROM.match(masked, cue.end)) is not None \
            and (loser := lex.side.match(masked, freed.start("who"))) is not None \
            and (loser.group("side_ukraine") or loser.group("side_russia")):
        # "the territory freed from the Russian invaders has reached 3,000 sq km": the side it was freed from lost it
        controller = _other(_side_of_match(loser, claimant_side))
    if controller is None and q.kind == "share" and _ITS_BEFORE.search(masked, max(0, cue.start - 24), cue.start) \
            and _OF_UKRAINE_AFTER.match(masked, q.end):
        # "demand that Ukraine recognises its conquest of a fifth of the country": a share of Ukraine held by an
        # "its" is the occupier's, never the country's own, whichever country stands nearest before it
        controller = "Russia"
    freed_unowned = False     # ground freed with nobody's side named: its owner decides, once its region is read
    if controller is None and (
            cue.kind in ("control", "occupy")
            and (holder := _COMPOUND_HOLDER.search(masked, max(0, cue.start - 12), cue.start)) is not None
            or cue.kind == "cover"
            and (holder := _COMPOUND_HELD_SUBJECT.search(masked, max(0, cue.start - 45), cue.start)) is not None) \
            and (sm := lex.side.fullmatch(holder.group("side"))) is not None \
            and (sm.group("side_ukraine") or sm.group("side_russia")):
        controller = _side_of_match(sm, claimant_side)
    if controller is None and cue.kind in ("control", "take_control") \
            and (claiming := _SIDE_CLAIMING.search(masked, max(0, cue.start - 40), cue.start)) is not None \
            and (sm := lex.side.search(claiming.group("who"))) is not None and not sm.group("possessive_pronoun"):
        # "evacuated in the wake of the Russian forces claiming control over five villages": the side that claims
        # the control, whoever tells of it
        controller = _side_of_match(sm, claimant_side)
    if controller is None and (inside := _UNDER_SIDE_CONTROL.search(masked, cue.start, cue.end)) is not None \
            and (sm := lex.side.fullmatch(inside.group("who"))) is not None and not sm.group("possessive_pronoun"):
        # "Four settlements ... have come under Russian control, Governor X said": the side the cue names itself,
        # whoever reports it
        controller = _side_of_match(sm, claimant_side)
    if controller is None and not cue.passive and claimant_side \
            and _NOUN_BEFORE.search(masked, max(lo, cue.start - 20), cue.start) \
            and re.search(r"(?:ed|en)$", masked[cue.start:cue.end], re.I):
        # "the area liberated in the south is 113 sq km": a participle after its noun has no subject of its
        # own; an earlier clause's "the enemy" is not its agent. As with a passive, the claimant's side ("the
        # total area currently occupied is 17,804 sq km": as with an agentless passive "occupied", the other side)
        controller = _other(claimant_side) if cue.kind == "occupy" else claimant_side
    if controller is None and cue.kind == "occupy" \
            and re.search(r"\btemporar\w*\s+$", masked[max(0, cue.start - 16):cue.start], re.IGNORECASE):
        # "29 settlements remain temporarily occupied by us", '"We have temporarily occupied 29 settlements," he said'
        # (a translation's slips): "temporarily occupied" is Kyiv's formula for the ground Russia holds, whatever
        # agent or subject a translation gives it
        controller = "Russia"
    if controller is None and not cue.passive and state.last_controller and metric == "advance_depth" \
            and _SENTENTIAL_WHICH.search(masked, max(lo, cue.start - 24), cue.start):
        # "113 sq km were recovered, which moved the front line by seven kilometers": the relative's antecedent is
        # the recovery just told, and its side moved the line
        controller = state.last_controller
    if controller is None and not cue.passive:
        controller = _relative_antecedent_side(masked, lo, cue.start, claimant_side)
    if controller is None and not cue.passive:
        # ("Russia made even bigger gains—taking 75 sq mi": a gerund that opens the clause after a dash or a comma
        # is an adjunct of the clause before it)
        opens = not masked[lo:cue.start].strip() and re.search(r"[\u2014\u2013,]\s*$", masked[max(0, lo - 3):lo])
        controller = adjunct_subject_side(masked, 0 if opens else lo, cue.start, masked[cue.start:cue.end], lex.side,
                                          _side_of_match, claimant_side)
    if controller is None and not cue.passive:
        controller = opening_adjunct_side(masked, lo, cue.start, cue.end, lex.side, _side_of_match, claimant_side)
    if controller is None and not cue.passive and re.search(r"ing$", masked[cue.start:cue.end], re.I):
        controller = _with_subject(masked, lo, cue.start, claimant_side)
    # (the clause after a frame's "that": "Ukrainian journalist X claimed that Russian forces crossed the border and
    # seized four settlements" is the Russian forces' seizure, not the journalist's side's)
    # (and the clause a subordinator opens: "... have been fighting since August, when Kyiv surprised Moscow and then
    # seized 100 villages" is Kyiv's seizure, not the main clause's side's)
    that = [m.end() for m in _THAT.finditer(masked, lo, cue.start)] + [
        m.end() for m in _WHEN_CLAUSE.finditer(masked, lo, cue.start)]
    c0 = max(that) if that else lo
    coord = _AND_VERB_BEFORE.search(masked, c0, cue.start) if controller is None and not cue.passive else None
    if coord is not None \
            and (first := lex.side.search(masked, c0, coord.start())) is not None \
            and _CLAUSE_OPENING.fullmatch(masked, c0, first.start()) and not first.group("possessive_pronoun"):
        # "Russia invaded Ukraine in February 2022 and currently controls about one fifth of Ukraine's territory": the
        # second verb's subject is the first's, not the object between
        controller = _side_of_match(first, claimant_side)
    if controller is None and not cue.passive and claimant_side and _AND_VERB_BEFORE.search(masked, lo, cue.start) \
            and _SIDELESS_UNITS_OPEN.match(masked, lo):
        # '"As a result, the units cut through the enemy's offensive group and liberated 430 sq km," the chief said':
        # the speaker's own units, the subject of both verbs; the enemy is the first verb's object
        controller = claimant_side
    if controller is None and not cue.passive and not masked[lo:cue.start].strip() \
            and (opened := _QUOTE_OPENS_AT_VERB.search(masked, max(0, lo - 80), lo)) is not None:
        # 'said that Ukrainian forces "advanced well into our territory, about 10 kilometers"': a quotation that
        # opens at the verb continues the frame's clause, whose subject stands before the mark
        controller = _scan_subject(masked, opened.start("subj"), opened.start("mark"), claimant_side)
    if controller is None and not cue.passive and masked[cue.start:cue.end].lower().endswith("ing") \
            and (near := _SIDE_BEFORE_PARTICIPLE.search(masked, max(lo, cue.start - 40), cue.start)) is not None \
            and (side_m := lex.side.match(masked, near.start("side"))) is not None \
            and (side_m.group("side_ukraine") or side_m.group("side_russia")):
        # "a counter-offensive against the Russian troops occupying a fifth of its territory": the participle's
        # subject is the side right before it, whatever governs that noun phrase
        controller = _side_of_match(side_m, claimant_side)
    if controller is None and not cue.passive and metric in ("advance_depth", "area_gained", "settlements_gained") \
            and (held := _INTO_HELD_AFTER.match(masked, q.end)) is not None:
        # "broke through the Russian defense lines and advanced 700 meters deep inside the Russian-controlled
        # territory": the advance went into the other side's ground, whatever side word stands before it as an object
        controller = _advancer_into(held)
    if controller is None and not cue.passive:
        controller = _scan_subject(masked, lo, cue.start, claimant_side)
        if controller is None:  # "the area held by Ukraine", "Russian advances of"
            controller = _scan_subject(masked, cue.end, q.start, claimant_side) if re.match(r"^\s*by\b", masked[cue.end:], re.I) else None
        if controller is None and (of := _NOUN_OF.match(masked, cue.end)) is not None \
                and _ARTICLE_BEFORE.search(masked, max(lo, cue.start - 8), cue.start):
            # "the advance of Ukrainian troops was up to 10 km deep into Kursk": a noun's agent follows its "of"
            controller = _side_right_after(masked, of.end(), claimant_side)
    if controller is None and not cue.passive and (they := _IT_BEFORE.search(masked, max(lo, cue.start - 25), cue.start)) \
            and _RELATIVE_BEFORE.search(masked, max(lo, they.start() - 14), they.start()):
        # "with Russian forces holding key positions in regions like Donetsk, where they control two-thirds of the
        # territory": "they" in the relative clause is the side its sentence has just named, not the last sentence's
        # (a side word naming ground is no antecedent: "in the Russian region of Kursk, adjacent to Belgorod, where
        # they seized 1,000 sq km" is said of the forces named before it)
        named = [m for m in lex.side.finditer(masked, lo, they.start()) if not m.group("possessive_pronoun")
                 and not m.group("first_person") and not GROUND_AFTER.match(masked, m.end())]
        controller = _side_of_match(named[-1], claimant_side) if named else None
    if controller is None and not cue.passive \
            and (they := _IT_BEFORE.search(masked, max(0, cue.start - 25), cue.start)) is not None \
            and (sub := _SUBORDINATE_BEFORE.search(masked, max(0, they.start() - 16), they.start())) is not None:
        # "Much of the Russian gains came in the autumn, as they took 610 sq km in October": "they" in the clause the
        # subordinator opens is the side its main clause has just named, not the last sentence's
        named = [m for m in lex.side.finditer(masked, 0, sub.start()) if not m.group("possessive_pronoun")
                 and not m.group("first_person") and not GROUND_AFTER.match(masked, m.end())]
        controller = _side_of_match(named[-1], claimant_side) if named else None
    if controller is None and not cue.passive and metric in ("advance_depth", "area_gained", "settlements_gained") \
            and not BACK_VERB.match(masked, cue.start) and not _sides_named(masked, lo, cue.start) \
            and _RUSSIAN_GROUND_IN_CLAUSE.search(masked, cue.end, min(len(masked), q.end + 90)):
        # "So far it has gone well, advancing up to 25 km and carving out a bulge inside Russia": with no side named
        # before it, an advance into Russia's own ground is Ukraine's, whatever the sentence before was about
        controller = "Ukraine"
    if controller is None and not cue.passive and lo > 0 and _THEY_AFTER_BREAK.fullmatch(masked, lo, cue.start) \
            and re.search(r"(?:;|[\u2014\u2013]|\s-)\s*$", masked[:lo]):
        # "Kyiv's troops keep advancing in the Kursk region — as of today, they control 1,150 sq km": "they" after a
        # dash or a semicolon is the subject of its sentence's clause before
        controller = _scan_subject(masked, 0, lo, claimant_side)
    if controller is None and not cue.passive and idx and (opens := _THEY_OPENS.fullmatch(masked, lo, cue.start)):
        # "Russians began a new offensive ... They have reached as deep as 5-10 km": the previous sentence's subject
        # ("Russian forces now hold a fifth of Ukraine. This saddles Ukraine with ... In addition, they control 70% of
        # ...": a plural "they" is the forces named last as a subject, not a country opening the sentence between)
        plural = re.search(r"\bthey\b", opens.group(0), re.IGNORECASE) is not None
        controller = (_previous_forces_side(state, idx) if plural else None) or _previous_subject_side(state, idx)
    if controller is None and not cue.passive and idx and _OPERATION_OPENS.fullmatch(masked, lo, cue.start):
        # "Ukraine launched its first large counter-attack ... The advance liberated 3,000 sq km", "Ukrainian forces
        # achieved two small victories ... One of those included an advance of 400 meters": the operation the sentence
        # before told, whose subject made it
        controller = _previous_subject_side(state, idx)
    if controller is None and not cue.passive and idx is not None \
            and (unit := _UNIT_OPENS.fullmatch(masked, lo, cue.start)) is not None:
        # "The brigade's fighters advanced nearly two square kilometers": the unit the article named before, whose
        # side its statements carry
        controller = _named_unit_side(state, unit.group("unit").lower(), state.sentences[idx][0])
    if controller is None and not cue.passive and idx and not (st is not None and st.statement_type == "direct") \
            and _IT_BEFORE.search(masked, max(lo, cue.start - 25), cue.start):
        # "Ukraine hit back with two counter-offensives. By late January 2023 it had liberated more than half of the
        # territory that Russia had seized": the pronoun stands for the previous sentence's subject
        controller = _previous_subject_side(state, idx)
    if controller is None and not cue.passive and st is not None and st.statement_type == "direct" and claimant_side \
            and THEY_RIGHT_BEFORE.search(masked, max(lo, cue.start - 25), cue.start):
        # an official's "they took 430 sq km": the enemy, unless his words just before opened on his own side's
        # forces ('"The defence forces continue to hold the initiative ..." ... "they have advanced more than one km"')
        own = idx is not None and _previous_forces_side(state, idx) == claimant_side
        controller = claimant_side if own else _other(claimant_side)

    if controller is None and cue.passive and (by := re.match(r"\s+by\s+", masked[cue.end:cue.end + 8])):
        # "about 90 sq km of which is controlled by Ukraine": the passive names its agent
        controller = _side_right_after(masked, cue.end + by.end(), claimant_side)
    if controller is None and cue.passive and cue.kind == "occupy":
        # "6% of the Kharkiv region still remains occupied", says Kharkiv's governor: occupied by the enemy; with
        # nobody's side named ("Less than 2% of the region's territory remains temporarily occupied") the occupier of
        # Ukrainian ground is Russia (of a Russian border region's, Ukraine), whoever held the figure before
        controller = (_other(claimant_side) if claimant_side else None) or (
            "Ukraine" if _IN_RUSSIAN_REGION.search(masked, lo, min(len(masked), q.end + 60)) else "Russia")
    if controller is None and cue.passive and cue.kind in ("gain", "take_control") and (
            owner := _TERRITORY_OF.match(masked, q.end)):
        # "About 700 square kilometres of Ukraine has been taken since November": taken from its owner, by the other
        # ("... of Ukraine has been liberated": back to its owner)
        back = re.match(r"(?:liberat|recaptur|retak|regain|reclaim|free|return)", masked[cue.start:cue.end], re.I)
        controller = ("Ukraine" if back else "Russia") if owner.group("ua") else ("Russia" if back else "Ukraine")
        if back and claimant_side in ("Ukraine", "Russia"):
            controller = claimant_side   # Moscow's general: "3,500 sq km of Ukrainian territory have been liberated"
    if controller is None and cue.passive and claimant_side is None \
            and re.match(r"de-?occup", masked[cue.start:cue.end], re.I) and not _scan_subject(masked, lo, q.start, None):
        # "16 communities in the Kharkiv region have been de-occupied", no side named: Kyiv's word for its own ground
        # freed ("liberated" is either side's word, its side the speaker's)
        controller = "Ukraine"
    if controller is None and idx and re.match(r"control\s+\w+\s+been\b", masked[cue.start:cue.end], re.I) \
            and not _scan_subject(masked, lo, q.start, None):
        # "The Armed Forces of Ukraine are conducting an offensive ... Control has been restored over more than 300 sq
        # km": restored by the side whose operation the sentence before told
        controller = claimant_side or _previous_subject_side(state, idx)
    if controller is None and cue.passive and claimant_side is None and cue.kind in ("gain", "take_control") \
            and (teller := _ACCORDING_TO_SIDE.search(masked)) is not None:
        # "According to Russian monitoring sources, over 470 sq km were liberated in June": an agentless passive
        # told by one side's sources is that side's gain
        controller = "Russia" if teller.group("side").lower() in ("russian", "moscow") else "Ukraine"
    if controller is None and cue.passive:
        controller = claimant_side or _scan_subject(masked, lo, q.start, claimant_side)
    if controller is None and metric == "advance_depth" and _INTO_RUSSIAN_REGION.search(masked, lo, q.start):
        # "The depth of penetration into the Kursk region is 12 km", says Kursk's governor: in this war, Ukraine's
        controller = "Ukraine"
    if controller is None and metric in ("advance_depth", "area_gained", "settlements_gained") and (
            held := _INTO_HELD.search(masked, lo, min(len(masked), q.end + 60))) is not None:
        # '"Ukrainian forces used surprise" to advance 12 miles into Russian-held territory': the side whose ground
        # the advance went into is the one it was made against
        controller = _advancer_into(held)
    if controller is None and _NET_BEFORE.search(masked, max(lo, cue.start - 12), cue.start):
        # "the Russian army took 713 sq km, while the Ukrainians reclaimed 79. This has resulted in a net gain of 634":
        # a net gain is the difference of the two sides' gains, the larger one's
        controller = _net_of(state.prev_sentence_claims, q)
    if controller is None and idx is not None and _BARE_ARMED_FORCES.search(masked, lo, q.start):
        # "the Armed Forces of Ukraine liberated Balakliia ... in 3 days the Armed Forces advanced almost 50 km": the
        # army a translated report names bare is the one it named in full before
        controller = _armed_forces_side(state.text, state.sentences[idx][0])
    if controller is None:
        # (with no side named at all: in a Russian border region, Ukraine's, the only side that held ground there; but
        # ground freed there is Russia's again, below)
        unowned = _REGION_OWNER.sub(lambda m: " " * len(m.group(0)), masked)
        taken_back = cue is not None and BACK_VERB.match(masked, cue.start)
        # ("troops poured into the Kursk oblast, seizing up to 1,000 sq km of Russian territory": ground of Russia taken
        # by a side not named is Ukraine's, whoever told it and whatever side the figure before was)
        # ("700 sq km has been seized so far, the largest loss of Russian territory since 1945": the same)
        controller = ("Ukraine" if (_RUSSIAN_GROUND_AFTER.match(masked, q.end) or _LOSS_OF_RUSSIAN_GROUND.search(
            masked, q.end, min(len(masked), q.end + 150))) and not taken_back else None) \
            or claimant_side or state.last_controller or _scan_subject(unowned, lo, len(masked), None) \
            or ("Ukraine" if _IN_RUSSIAN_REGION.search(masked, q.end, q.end + 60) and not taken_back else None)
    if controller is None and cue is not None and BACK_VERB.match(masked, cue.start) \
            and not re.search(r"['\"\u201c\u2018]\s*$", sent[max(0, cue.start - 2):cue.start]):
        # "Armed forces liberate five settlements in Kharkiv Oblast", nobody's side named: ground freed goes back to
        # its owner (Moscow's "liberated" comes with its ministry as the claimant, whose side decides above, or
        # under a Moscow dateline: "MOSCOW, October 17. /TASS/ ... 70% of the Zaporozhye Region has been liberated";
        # and an outlet's scare quotes, 'have been "liberated"', mark Moscow's word)
        controller = state.dateline_side or ("Russia" if russia_liberates(state.text) else "Ukraine")
        freed_unowned = state.dateline_side is None and controller == "Ukraine"
    if controller is None:
        controller = "Russia"
    if _ALL_BUT.search(masked, max(0, q.start - 12), q.start) and q.kind in ("settlement", "area"):
        # "X hold(s) / took all but four settlements": the four are what the other side holds;
        # "X were driven from / lost all but three": the three are what X still holds
        if cue is None or cue.kind != "lose":
            controller = _other(controller) or controller
        metric = "settlements_controlled" if q.kind == "settlement" else "area_controlled"

    if cue is not None and cue.kind == "lose" and (metric == "territory_share" or metric in (
            "settlements_controlled", "area_controlled") and LOST_CONTROL.fullmatch(masked, cue.start, cue.end)):
        # "Kiev has lost control of 72-73% of the Zaporozhye region": the share the other side holds
        controller = _other(controller) or controller
    if q.kind in ("area", "settlement") and _LEAVING_BEFORE.search(sent, max(0, q.start - 40), q.start) and (
            hands := _IN_HANDS_AFTER.match(sent, q.end)):
        # "Russian Forces Capture 99.7% of Luhansk, Leaving 60 Square Kilometers in Ukrainian Hands": what is left
        # is the named side's holding
        metric = "area_controlled" if q.kind == "area" else "settlements_controlled"
        controller = "Russia" if hands.group("side").lower().startswith(("russia", "moscow")) else "Ukraine"
    elif q.kind in ("area", "settlement") and _REMAIN_AFTER.match(sent, q.end):
        # "liberated 99.7% of the region (less than 60 sq km remain)": what remains is the other side's
        metric = "area_controlled" if q.kind == "area" else "settlements_controlled"
        controller = _other(controller) or controller
    if q.kind in ("area", "settlement") and _ENEMY_CONTROL_AFTER.match(sent, q.end):
        # '28 settlements of Russia's Kursk Oblast are "under enemy's control"': the teller's enemy holds them; with no
        # teller, the enemy of the country the ground lies in
        controller = _other(claimant_side) if claimant_side in ("Ukraine", "Russia") else (
            "Ukraine" if _IN_RUSSIAN_REGION.search(sent) else "Russia")
    if metric == "advance_depth" and (depth := _DEPTH_OF_ENTRY.search(masked, max(0, q.start - 90), q.start)):
        # "The depth of infiltration of Ukrainian troops is 12 kilometres": the side the noun names entered; with none
        # named, a penetration or infiltration is the enemy's, the other side from the one who tells it
        who = depth.group("who")
        controller = ("Russia" if who.lower().startswith("russia") else "Ukraine") if who \
            else (_other(claimant_side) if claimant_side in ("Ukraine", "Russia") else controller)
    # (the owner marked for area_claims, which reads the region after this: no other reading changed it)
    return (_FREED_OWNER if freed_unowned and controller == "Ukraine" else controller), metric


# a noun of moving forward, and a side's possessive before it ("Russia's summer offensive progress")
_MOVE_NOUN = re.compile(r"(?:progress|advances?|gains?|push|breakthrough)", re.IGNORECASE)
_SIDE_POSSESSIVE = r"\b(?P<side>Russia|Ukraine|Moscow|Kyiv|Kiev)['\u2019]s\s+"
_SIDE_MOVE = re.compile(_SIDE_POSSESSIVE + r"(?:[a-z-]+\s+){0,3}?"
                        r"(?:progress|advances?|gains|push|breakthrough|offensive)\b", re.IGNORECASE)
_SIDE_POSSESSIVE_BEFORE = re.compile(_SIDE_POSSESSIVE + r"(?:[a-z-]+\s+){0,3}$", re.IGNORECASE)
# "We control 1,000 sq km of Russia's Kursk region": the country a region belongs to, not the side that holds the
# ground (blanked before the last look for any side word in the sentence)
_REGION_OWNER = re.compile(r"\b(?:Russia|Ukraine)['\u2019]s(?=\s+(?:[A-Z][\w-]+\s+)?(?:region|oblast|territory|land)\b)"
                           # ("seizing up to 1,000 sq km of Russian territory": the ground's owner, not its taker)
                           r"|\b(?:Russian|Ukrainian)(?=\s+(?:territory|territories|land|soil)\b)",
                           re.IGNORECASE)
# ground of Russia's own right after the figure: "1,000 sq km of Russian territory", "of Russia's land", "inside Russia"
_RUSSIAN_GROUND_AFTER = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:of\s+(?:the\s+)?(?:Russian\s+(?:territory|land|soil)|"
                                   r"Russia['\u2019]s\s+(?:territory|land))|inside\s+Russia)\b", re.IGNORECASE)
# Russia's own ground named in an advance's clause: "a bulge inside Russia", "deep into Russia's Kursk region", "on
# Russian soil" (not "Russia-held"), or ground whose loss was Russia's
_LOSS_OF_RUSSIAN_GROUND = re.compile(r"\bloss(?:es)?\s+of\s+(?:[\w-]+\s+){0,2}?Russian\s+(?:territory|land|soil)\b",
                                     re.IGNORECASE)
_RUSSIAN_GROUND_IN_CLAUSE = re.compile(r"\b(?:inside|into|deep\s+in)\s+Russia(?![-\w])|\bon\s+Russian\s+soil\b|"
                                       + _LOSS_OF_RUSSIAN_GROUND.pattern, re.IGNORECASE)


def _sides_named(masked: str, lo: int, hi: int) -> bool:
    """Whether a side word (not a possessive pronoun, not a side naming ground) stands between ``lo`` and ``hi``."""
    return any(not m.group("possessive_pronoun") and not GROUND_AFTER.match(masked, m.end())
               for m in _lex().side.finditer(masked, lo, hi))


# a side's held ground, the one an advance goes into
# (and a side's lines or defences: "advanced eight kilometers into Russian lines")
_HELD_GROUND = (r"(?:the\s+)?(?P<side>Russian|Ukrainian|Russia|Ukraine)(?:[-\s](?:held|occupied|controlled)\s+"
                r"(?:territory|territories|land|ground|areas?|lines)|\s+(?:defensive\s+)?(?:lines|defen[cs]es))\b")
_INTO_HELD = re.compile(r"\b(?:into|of|behind|inside|within)\s+" + _HELD_GROUND, re.IGNORECASE)
# ("advanced 700 meters deep inside the Russian-controlled territory": right after the figure)
_INTO_HELD_AFTER = re.compile(r"\s*(?:[a-z]+\s+){0,2}?(?:into|inside|behind|within)\s+(?:" + _HELD_GROUND
                              # ("advanced in two columns about 10 miles into Russia's Kursk region": a country's own
                              # ground, or a border oblast of it)
                              + r"|(?P<country>Russia|Ukraine)['\u2019]s\s+(?:territory|soil|"
                              r"(?:Kursk|Belgorod|Bryansk)\s+(?:region|oblast))\b)", re.IGNORECASE)


def _advancer_into(held: re.Match) -> str:
    """The side that advanced into the ground ``held`` (a ``_HELD_GROUND`` match, or a country's own) names: the
    other one."""
    side = held.groupdict().get("side") or held.group("country")
    return _other("Russia" if side.lower().startswith("russia") else "Ukraine")


# the owner ground freed with no side named goes back to: Ukraine, unless the claim's region is Russia's (area_claims.py
# reads the region after the controller: "more than 1,100 km of territory were freed" in Kursk region is Russia's)
_FREED_OWNER = "Ukraine (its owner)"
_IN_RUSSIAN_REGION = re.compile(r"\b(?:Kursk|Belgorod|Bryansk)\s+(?:region|oblast)\b", re.IGNORECASE)
# "are under the control of the enemy", "are under enemy's control" after a count
_ENEMY_CONTROL_AFTER = re.compile(r"[^.;]{0,70}?\bunder\s+(?:the\s+)?(?:control\s+of\s+the\s+enemy|enemy(?:['\u2019]s)?\s+"
                                  r"control)\b", re.IGNORECASE)
# the depth of an entry into the other side's ground, with the side that made it when named
_DEPTH_OF_ENTRY = re.compile(r"\bdepth\s+of\s+(?:the\s+)?(?:enemy['\u2019]s\s+)?(?:penetration|infiltration|incursion|wedging)"
                             r"(?:\s+(?:of|by)\s+(?:the\s+)?(?P<who>Ukrainian|Russian|Ukraine['\u2019]s|Russia['\u2019]s)\b)?",
                             re.IGNORECASE)
# ("the depth of the breach into the territory of the Kursk region": the same, the region's territory named)
_INTO_RUSSIAN_REGION = re.compile(r"\b(?:penetration|incursion|advance|breakthrough|breach|push)\s+(?:deep\s+)?into\s+"
                                  r"(?:the\s+)?(?:territory\s+of\s+the\s+)?(?:Kursk|Belgorod|Bryansk)\s+"
                                  r"(?:region|oblast)\b",
                                  re.IGNORECASE)
_TERRITORY_OF = re.compile(r"\s+(?:of\s+(?:(?P<ua>Ukraine(?:['\u2019]s\s+(?:territory|land))?|Ukrainian\s+(?:territory|land))|"
                           r"(?:Russia(?:['\u2019]s\s+(?:territory|land))?|Russian\s+(?:territory|land))))\s+"
                           r"(?:has|have|had|was|were)\s+(?:been\s+)?")
# "with the Russians occupying", "has led to Ukraine securing", "resulted in Russia taking": the gerund's subject
# ("At the end of August, it claimed to control ...": "it" for the country the sentence before named, after a short
# introductory phrase)
_RELATIVE_BEFORE = re.compile(r"\b(?:where|in\s+which|of\s+which)\s*$", re.IGNORECASE)
_SUBORDINATE_BEFORE = re.compile(r",\s*(?:as|when|while|after|because|since)\s*$", re.IGNORECASE)
_ACCORDING_TO_SIDE = re.compile(r"\baccording\s+to\s+(?:the\s+)?(?P<side>Russian|Ukrainian|Moscow|Kyiv)\b", re.I)
_THEY_AFTER_BREAK = re.compile(r"\W*(?:[a-z][\w\s]{0,30},\s+)?they\s+(?:have\s+|had\s+|now\s+|also\s+|already\s+|"
                               r"still\s+)*")
_THEY_OPENS = re.compile(r"\W*(?:They|(?:[A-Z][\w\s]{0,30},\s+)(?:they|it)|It(?=\s+[a-z]+ed\s+to\b))\s+"
                         r"(?:have\s+|had\s+|now\s+|also\s+|already\s+|since\s+)*(?:[a-z]+ed\s+(?:to\s+)?)?")


# a sentence opening on an operation named by its noun alone, or on one of those the sentence before counted
_OPERATION_OPENS = re.compile(r"\W*(?:(?:The|This|That)\s+(?:[a-z-]+\s+){0,2}?(?:advances?|offensives?|"
                              r"counter-?offensives?|counter-?attacks?|push|operation|incursion|breakthrough|assaults?|"
                              r"gains?)\s+"
                              r"(?:(?:has|had|have|also|now|already|quickly|reportedly)\s+)*|"
                              r"One\s+of\s+(?:those|these|them)\s+(?:included|was|involved|saw)\s+(?:an?\s+)?)")
# ("Russia has quickly overwhelmed Ukraine's infantry, and has advanced 5 to 10km": the perfect's auxiliary too)
_THAT = re.compile(r"\bthat\s+")
_AND_VERB_BEFORE = re.compile(r",?\s+and\s+(?:(?:has|have|had)\s+)?"
                              r"(?:(?:currently|now|still|also|already|quickly|then|later|subsequently|"
                              r"eventually)\s+)?$",
                              re.IGNORECASE)
_WHEN_CLAUSE = re.compile(r",\s+(?:when|after|as|while|because)\s+", re.IGNORECASE)
# a relative on a whole clause after its participle: "... were recovered, which moved the front line by seven km"
_SENTENTIAL_WHICH = re.compile(r"(?:ed|en)\s*,\s+which\s+(?:has\s+|have\s+|had\s+)?$", re.IGNORECASE)
# a clause opened by units with no side named ("the units cut through ...", "As a result, our defenders pushed ...")
_SIDELESS_UNITS_OPEN = re.compile(r"[\s\"\u201c]*(?:(?:As\s+a\s+result|Then|Later|Since\s+then),?\s+)?(?:the|our)\s+"
                                  r"(?:units|troops|forces|defenders|soldiers|fighters|assault\s+groups)\s+"
                                  r"(?!of\b)[a-z]+",
                                  re.IGNORECASE)
_NOUN_OF = re.compile(r"s?\s+of\b", re.IGNORECASE)
_ARTICLE_BEFORE = re.compile(r"\b(?:the|an?|this|that)\s+$", re.IGNORECASE)
_NET_BEFORE = re.compile(r"\bnet\s+$", re.IGNORECASE)
# ("as they successfully take control of two villages": a manner adverb between)
_IT_BEFORE = re.compile(r"\b(?:it|they)\s+(?:had\s+|has\s+|have\s+|now\s+|already\s+|also\s+|(?!only\b)[a-z]+ly\s+)*$")


def _net_of(claims: list, q: Quantity) -> str | None:
    """The side whose gain, less the other side's, is ``q`` (within 1%), among the previous sentence's claims."""
    gains = [c for c in claims if c.metric in ("area_gained", "settlements_gained") and c.unit == q.unit]
    for a in gains:
        for b in gains:
            if a.controller != b.controller and abs(a.value_low - b.value_low - q.low) <= 0.01 * max(q.low, 1):
                return a.controller
    return None


# a sentence opening on a military unit named by its kind alone: "The brigade's fighters", "The battalion"
_UNIT_OPENS = re.compile(r"\W*The\s+(?P<unit>brigade|battalion|regiment|unit|division|corps)"
                         r"(?:['\u2019]s\s+(?:fighters|soldiers|troops|servicemen|defenders|units|assault\s+groups))?"
                         r"\s+(?:\w+ly\s+|have\s+|has\s+|had\s+)?")


def _named_unit_side(state: _State, unit: str, before: int) -> str | None:
    """The side of the last speaker before ``before`` whose name holds ``unit`` ("3rd Separate Assault Brigade")."""
    for st in reversed(state.statements):
        if st.char_start < before and unit in st.speaker.lower() and st.speaker_side in ("Ukraine", "Russia"):
            return st.speaker_side
    return None


# a sentence opening on a side's forces, the antecedent of a later "they"
_FORCES_OPEN = re.compile(r"\W*(?:[A-Z][\w\s]{0,30},\s+)?(?:[Tt]he\s+)?"
                          r"(?:(?P<ru>Russian|Russia['\u2019]s|Moscow['\u2019]s)|(?P<ua>Ukrainian|Ukraine['\u2019]s|Kyiv['\u2019]s))"
                          r"\s+(?:armed\s+)?(?:forces|troops|soldiers|units)\b"
                          r"|\W*(?:[Tt]he\s+)?(?:(?P<ru2>Russians)|(?P<ua2>Ukrainians))\b"
                          # ("The defence forces continue to hold the initiative": Ukraine's own name for its army)
                          r"|\W*(?:[Tt]he\s+)?(?P<ua3>[Dd]efen[cs]e\s+[Ff]orces)\b(?!\s+of\s+(?:the\s+)?Russia)")


# "the Armed Forces" with no country (a translation's "ZSU" or "VS RF"), and the same army named in full
_BARE_ARMED_FORCES = re.compile(r"(?<!Ukrainian\s)(?<!Russian\s)(?<!['\u2019]s\s)\bArmed\s+Forces\b(?!\s+of\b|\s*\()")
_FULL_ARMED_FORCES = re.compile(r"\bArmed\s+Forces\s+of\s+(?:the\s+)?(?:(?P<ua>Ukraine)|Russia|Russian\s+Federation)\b"
                                r"|\b(?:(?P<ua2>Ukrainian|Ukraine['\u2019]s)|Russian|Russia['\u2019]s)"
                                r"\s+Armed\s+Forces\b")


def _armed_forces_side(text: str, before: int) -> str | None:
    """The side of the last army named in full before offset ``before``."""
    last = None
    for last in _FULL_ARMED_FORCES.finditer(text, 0, before):
        pass
    if last is None:
        return None
    return "Ukraine" if last.group("ua") or last.group("ua2") else "Russia"


def _previous_forces_side(state: _State, idx: int) -> str | None:
    """The side whose forces open one of the two sentences before ``idx`` in its paragraph (nearest first)."""
    for k in (idx - 1, idx - 2):
        if k < 0 or state.text.count("\n", state.sentences[k][1], state.sentences[idx][0]) > 2:
            return None
        m = _FORCES_OPEN.match(state.text, state.sentences[k][0], state.sentences[k][1])
        if m is not None:
            return "Russia" if m.group("ru") or m.group("ru2") else "Ukraine"
    return None


_WE_BEFORE = re.compile(r"\b(?:we|our\s+(?:forces|troops|army|units|soldiers))\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE)
# an unnamed speaker described by its side: "a senior Ukrainian military source", "Russian officials"
_SIDED_SOURCE = re.compile(r"\b(?P<side>Ukrainian|Russian)\s+(?:[a-z-]+\s+){0,2}(?:source|sources|official|officials|"
                           r"commander|officer|spokes(?:man|woman|person)|soldier|serviceman)\b", re.IGNORECASE)


def _unnamed_speaker_side(state: _State, idx: int) -> str | None:
    """The side of the last speaker described by a side word in sentence ``idx`` or the three before it."""
    for k in range(idx, max(-1, idx - 4), -1):
        a, b = state.sentences[k]
        found = list(_SIDED_SOURCE.finditer(state.text, a, b))
        if found:
            return "Russia" if found[-1].group("side").lower() == "russian" else "Ukraine"
    return None


def _previous_subject_side(state: _State, idx: int) -> str | None:
    """The side that opens the sentence before ``idx`` in its paragraph (the antecedent of a sentence-initial "They")."""
    a, b = state.sentences[idx - 1]
    if state.text.count("\n", b, state.sentences[idx][0]) > 2:
        return None     # (news paragraphs are often one sentence: "it" may open the next one; not past a section)
    nl = state.text.rfind("\n", a, b)
    if nl != -1 and state.text[nl + 1:b].strip():
        a = nl + 1      # (a heading or bullet line with no stop of its own is read into the sentence after it)
    side = _scan_subject(state.text, a, min(b, a + 60), None)
    frame = _REPORTS_THAT.search(state.text, a, min(b, a + 160)) if side is None else None
    if frame is not None:
        # "..., the ISW notes that Ukrainian troops launched a wave of counterattacks ...": the reported clause's
        # subject, after the frame
        side = _scan_subject(state.text, frame.end(), min(b, frame.end() + 60), None)
    return side


# what may stand before a clause's subject: a bullet, a quotation mark, "the" ("- The Ukrainian military liberated ...")
# ("On 12 September 2022, Ukrainian forces pushed ... back and reclaimed ...": a short time phrase set off by its comma)
_CLAUSE_OPENING = re.compile(r"[\s,\"\u201c\u2022*\u2013\u2014-]*"
                             r"(?:(?:On|In|By|At|Since|Last|Earlier|Later|Then|Meanwhile)\b[^,;.]{0,30},\s+)?"
                             r"(?:[Tt]he\s+)?")
_REPORTS_THAT = re.compile(r"\b(?:notes|noted|says|said|reports|reported|states|stated|writes|wrote|believes|assesses|"
                           r"assessed|claims|claimed)\s+that\s+", re.IGNORECASE)
_WITH_BEFORE = re.compile(r"\b(?:with|led\s+to|lead\s+to|leads\s+to|resulted\s+in|results\s+in)\s+(?:the\s+)?$",
                          re.IGNORECASE)
_JUST_FORCES = re.compile(r"(?:['\u2019]s)?(?:\s+(?:armed\s+)?(?:forces|troops|army|units|military|soldiers))?\s+"
                          r"(?:[a-z]+ly\s+)?", re.IGNORECASE)


def _with_subject(masked: str, lo: int, hi: int, claimant_side: str | None) -> str | None:
    """"with the Russians occupying 464 sq km", "led to Ukraine securing 1,000 sq km": the side after "with" (or "led
    to") is the gerund's subject (the subject scan skips it as a prepositional object)."""
    last = None
    for last in _lex().side.finditer(masked, lo, hi):
        pass
    if last is None or not _JUST_FORCES.fullmatch(masked, last.end(), hi) \
            or not _WITH_BEFORE.search(masked, max(lo, last.start() - 12), last.start()):
        return None
    return _side_of_match(last, claimant_side)


# "Moscow's forces seized 713 sq km and Kyiv regained 79 sq km, which gives a net advance of 634 sq km": a net figure
# is what is left of one side's gain after the other's told in the same sentence, whichever side is named nearest it
# (the sentence before: ``_net_of`` in ``read_controller``)
_NET_FIGURE_BEFORE = re.compile(r"\bnet\s+(?:advance|gain|increase|progress)\s+(?:of\s+)?(?:[a-z]+\s+){0,2}$", re.I)
# "the Russian army also made gains in other regions, with a net gain of about 170 sq km": the gain of the clause's
# subject
_WITH_NET_GAIN = re.compile(r",\s+with\s+(?:a\s+)?(?:net\s+)?(?:gain|advance|increase)s?\s+of\s+(?:[a-z]+\s+){0,2}$",
                            re.I)


def net_side(masked: str, q: Quantity, earlier: list, claimant_side: str | None) -> str | None:
    """The side of a net gain: the larger of two opposed gains told before it in its sentence whose difference it is,
    or the subject of the clause a "with a net gain of" closes; None when neither is told."""
    if q.kind != "area" or not _NET_FIGURE_BEFORE.search(masked, max(0, q.start - 40), q.start):
        return None
    side = _net_of(earlier, q)
    if side is not None:
        return side
    closing = _WITH_NET_GAIN.search(masked, max(0, q.start - 50), q.start)
    return _scan_subject(masked, 0, closing.start(), claimant_side) if closing is not None else None
