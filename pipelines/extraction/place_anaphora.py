"""Place claims, stage 2 (continued): the place "the town", "it" or "It" stands for.

``_anaphor_for`` finds the anaphor a cue governs when no place is named ("Russian troops captured the town
in April", "It is the biggest town to fall", "the retaken village"); ``_antecedent`` the place it stands for:
one named earlier in its own sentence, else the place a recent sentence opened with, else the last one named,
preferring the article's topic place (from its title) to one named in passing.
"""
from __future__ import annotations

import re

from pipelines.extraction.furniture import CAPITAL_SIDE
from pipelines.extraction.place_article import _State
from pipelines.extraction.place_cues import Cue
from pipelines.extraction.place_linking import _BLOCK, _DESCRIBED_KIND, _LOCATIVE, SUBJECT_GAP
from pipelines.extraction.place_mentions import PARTIAL_BEFORE, _Mention, _mentions, names_oblast
from pipelines.extraction.places import default_gazetteer, place_key

# "the town", "the devastated town", "the hilltop coal mining town" (not "the nearby town", another one)
_ANAPHOR = re.compile(
    # (and "The town was occupied by Russian troops": the anaphor opening its sentence)
    r"\b(?:[Tt]he|[Tt]his)\s+(?:(?!(?:nearby|neighbou?ring|next|adjacent|other|another|second|third|regional|first|"
    r"last|only|\w+est|of|the|a|an|in|at|to|from|near|and|or)\b)"
    # ("the logistical hub", "the stronghold", "the bastion": what reporting calls a town it has named)
    # ("the eastern Ukrainian city": a demonym among the adjectives; not "the south of the city": each word an adjective)
    # ("the strategically important island": an island the text has named, and only one)
    r"(?:[a-z][a-z-]*|Ukrainian|Russian)\s+){0,3}?(?:town|city|village|settlement|locality|hub|stronghold|bastion|"
    r"island)\b"
    r"(?!\s+of\b|['\u2019]s)"
    # (not "taking over the city government", "the city council": an institution the noun only qualifies)
    r"(?!\s+(?:government|council|authorities|police|mayor|officials|court|prosecutor|budget|residents|dwellers)\b)")
_KIND_NAMED_BEFORE = re.compile(r"\b(?:village|town|city|settlement)\s+of\s+$", re.IGNORECASE)
_INSIDE_A_PHRASE = re.compile(r"\b(?:between|along|across|via|through|with|to)\s+$", re.IGNORECASE)
# "the enemy is sweeping the areas of the city under his control": some of the place the anaphor names
_AREAS_OF = re.compile(r"\b(?:areas|facilities)\s+(?:of|in)\s+$", re.IGNORECASE)
# (not the "it" of an extraposed clause: "It is believed that the occupied Kursk region ..." stands for no place)
_IT_START = re.compile(r"^\s*[\"\u201c]?It\b(?!\s+(?:is|was|has\s+been|had\s+been|seems|seemed|appears|appeared|"
                       r"remains)\s+(?:not\s+)?(?:[a-z]+ly\s+)?(?:believed|said|reported|known|clear|unclear|"
                       r"expected|likely|unlikely|thought|understood|possible|impossible|true|feared|hoped|assumed|"
                       r"estimated|rumou?red|claimed|alleged|noted|important|obvious|evident)\s+"
                       r"(?:that|to|whether|how|if)\b)")
# a place named to locate another: "three kilometers northeast of X", "near X"
_LOCATES = re.compile(rf"\b{_LOCATIVE}\s+(?:{_DESCRIBED_KIND})?$", re.IGNORECASE)


# "Kyiv rejected Moscow's claim that it had taken the village": a capital that speaks is its government, no antecedent
_SPEAKS_AFTER = re.compile(r"(?:['\u2019]s)?\s+(?:has\s+|had\s+|have\s+|also\s+|quickly\s+|later\s+)?(?:rejected|denied|denies|"
                           r"said|says|claimed|claims|insisted|dismissed|refuted|confirmed|announced|claim|assertion)\b",
                           re.IGNORECASE)


# the two capitals stand for governments in this reporting ("another blow for Kyiv"): never what "the town" means
_CAPITALS = frozenset(CAPITAL_SIDE)
# a place the gazetteer knows as a city is not "the village", nor a village "the city"
_CLASHING_KIND = {"village": {"city"}, "city": {"village"}}


def _fits(m: _Mention, kind: str | None) -> bool:
    if place_key(m.raw) in _CAPITALS:
        return False
    if kind == "island":
        return "island" in m.raw.lower()     # "the island" is only a place named as one ("Snake Island")
    return not (kind and m.place is not None and m.place.kind in _CLASHING_KIND.get(kind, ()))


# "during their successful Kharkiv counteroffensive": a place that names an operation or a sector is no antecedent
_OPERATION_AFTER = re.compile(r"\s+(?:counter-?offensive|offensive|incursion|operation|campaign|direction|axis|sector|"
                              r"front)\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r";|,\s*(?:but|and|while|yet|although|though|as)\s", re.IGNORECASE)


# "Serhii Haidai, governor of Luhansk, said ... retreated from the city": a place that names an office is not the city
_OFFICE_OF_BEFORE = re.compile(r"\b(?:governor|mayor|head|chief|administration|authorities|council)\s+of\s+"
                               r"(?:the\s+)?$", re.IGNORECASE)


def _antecedent(state: _State, idx: int, before: int = 0, kind: str | None = None) -> _Mention | None:
    """What "the town" or "It" stands for: a place named earlier in its own sentence ("captured Toretsk, but
    Kyiv denied the city had fallen"), else the place a recent sentence opened with, else the last one named.
    ``kind``: the anaphor's own word ("village"), which a place of another kind cannot be."""
    sent = state.sent(idx)
    if kind is not None and re.search(rf"\b(?:a|an|any|every|each)\s+(?:[a-z-]+\s+)?{kind}\b", sent[:before], re.I):
        # "a settlement is considered liberated not when ..., but when they secure the settlement": "the settlement" is
        # the one the sentence has just introduced, no place named before it
        return None
    # (a name the gazetteer holds for several places counts in its own sentence: "advanced south of the village of
    # Andriivka and have likely seized this settlement")
    same = [m for m in state.mentions_of(idx) if m.end <= before and (m.place is not None or not m.candidates
                                                                      or _KIND_NAMED_BEFORE.search(sent, 0, m.start))
            and not _SPEAKS_AFTER.match(sent, m.end) and _fits(m, kind)
            and not _OFFICE_OF_BEFORE.search(sent, max(0, m.start - 30), m.start)]
    if same:
        return same[-1]
    label = _paragraph_label(state, idx, kind)
    if label is not None:
        return label
    # the places the title names: the article's own, preferred to one named in passing
    topic = {place_key(m.raw) for m in _mentions(state.title)} if state.title else set()
    if kind in ("town", "city", "village") and idx >= 1:
        # "... northwest of the front-line town of Huliaipole. Russia claimed it captured the town late last month":
        # the place the last sentence called by the anaphor's own word, before one a sentence opened with earlier
        called = re.compile(rf"\b{kind}\s+of\s+(?:the\s+)?$", re.IGNORECASE)
        prev = [m for m in state.mentions_of(idx - 1) if m.place is not None and _fits(m, kind)
                and called.search(state.sent(idx - 1), max(0, m.start - 30), m.start)]
        # (the article's own place, named lately, still comes first: "since they seized the eastern city of Bakhmut
        # last May ... 'I decided to withdraw our units from the city'" in a story on Avdiivka)
        topical = any(place_key(m.raw) in topic for i in range(idx - 1, max(-1, idx - 4), -1)
                      for m in state.mentions_of(i))
        if prev and (place_key(prev[-1].raw) in topic or not topical):
            return prev[-1]
    for i in range(idx - 1, max(-1, idx - 7), -1):
        ms = [m for m in state.mentions_of(i) if (m.place is not None or not m.candidates) and _fits(m, kind)]
        lead = state.sent(i)[:ms[0].start].strip(" \"\u201c") if ms else None
        if ms and lead == "":
            return ms[0]
    recent = [m for i in range(idx - 1, max(-1, idx - 4), -1) for m in reversed(state.mentions_of(i)) if _fits(m, kind)
              and not _OPERATION_AFTER.match(state.sent(i), m.end)]
    claimed = [m for i, m in state.claimed if i == idx - 1 and _fits(m, kind)]
    if kind in ("town", "city", "village", "settlement") and claimed and recent \
            and not any(place_key(m.raw) in topic for m in recent):
        # "... had captured the village of Zhovte, south of Pokrovsk. The ministry said the settlement had been
        # seized": the place the sentence before made its claim about, not the one it named to locate it
        return claimed[-1]
    # "Ukraine troops withdraw from Avdiivka" (title) ... "since they seized Bakhmut" ... "withdraw from the city":
    # the place the article is about, when the recent sentences name it, before a place named in passing
    if recent:
        # (not a topic that names an oblast too: "Russia Says It Holds Luhansk" ... "withdrawn from Lysychansk ...
        # retreated from the city")
        return next((m for m in recent if place_key(m.raw) in topic and not names_oblast(m.raw)), recent[0])
    # no place in the last sentences: the topic place, if the article has named it lately
    older = [m for i in range(idx - 4, max(-1, idx - 9), -1) for m in reversed(state.mentions_of(i)) if _fits(m, kind)]
    # (one a claim was made about before one named to locate it: "liberated Mali Shcherbaky southwest of Orikhiv ...
    # The settlement is under the control of the Ukrainian Defence Forces")
    made = {place_key(m.raw) for _i, m in state.claimed}
    found = next((m for m in older if place_key(m.raw) in topic and place_key(m.raw) in made),
                 next((m for m in older if place_key(m.raw) in topic), None))
    if found is None and state.title and not older and (idx <= 2 or not recent and kind is not None):
        # "Russia claims capture of Chasiv Yar" (title) / "... said its forces had liberated the town" (lede): an
        # article that has named no place yet speaks of the one place its title names (and later on, "the recapture
        # of the village", when no village has been named since: "... Klishchiivka village near Bakhmut recaptured")
        named = [m for m in _mentions(state.title) if m.place is not None and _fits(m, kind)]
        if len({m.place.place_id for m in named}) == 1:
            found = named[0]
    return found


# "Kherson: Ukrainian leaders said ...": a round-up's paragraph opened by the name of the place it is about
_LABEL = re.compile(r"[ \t]*(?P<n>[A-Z][\w'\u2019-]+(?:\s[A-Z][\w'\u2019-]+)?):\s")


def _paragraph_label(state: _State, idx: int, kind: str | None) -> _Mention | None:
    """The place a "Name:" label opening the paragraph of sentence ``idx`` names, when no sentence of the
    paragraph before ``idx`` names a place of its own."""
    start = state.sentences[idx][0]
    p0 = state.text.rfind("\n", 0, start) + 1
    m = _LABEL.match(state.text, p0)
    if m is None:
        return None
    place = default_gazetteer().resolve(m.group("n"))
    if place is None or place_key(place.name) in _CAPITALS or (kind and place.kind in _CLASHING_KIND.get(kind, ())):
        return None
    for i in range(idx - 1, -1, -1):
        if state.sentences[i][1] <= p0:
            break
        if any(_fits(x, kind) for x in state.mentions_of(i)):
            return None
    return _Mention(m.start("n"), m.end("n"), m.group("n"), place, (place,), anaphor=True)


# "struck near Sverdlikovo and Oleshnya. The first village was captured after a battle, while the second was taken
# without a fight": an ordinal (or "the former", "the latter") as the subject of a change of hands
_ORDINAL_SUBJECT = re.compile(r"\b(?:[Tt]he\s+)(?P<o>first|second|former|latter)(?:\s+(?:village|town|city|settlement|one))?"
                              r"\s+(?:was|were|is|has\s+been|had\s+been)\s+(?:(?:also|then|later|quickly|[a-z]+ly)\s+)?$")


def _one_of_pair(state: _State, idx: int, ordinal: re.Match) -> _Mention | None:
    """The place of a pair that "the first" / "the second" picks: the two places named before it in its sentence,
    else the two the sentence before named (none when there are not exactly two)."""
    for i, before in ((idx, ordinal.start()), (idx - 1, None)):
        if i < 0:
            return None
        named = [m for m in state.mentions_of(i) if m.place is not None and (before is None or m.end <= before)]
        distinct = list({m.place.place_id: m for m in named}.values())
        if len(distinct) == 2:
            ant = distinct[0 if ordinal.group("o") in ("first", "former") else 1]
            return _Mention(ordinal.start(), ordinal.end(), ant.raw, ant.place, ant.candidates, anaphor=True)
        if named:
            return None
    return None


def recently_claimed(state: _State, idx: int, within: int, start: int, end: int) -> _Mention | None:
    """The place of the last claim made in sentence ``idx`` or the ``within`` before it, as an anaphor at
    ``start``-``end`` ("the retaken village", "announced the seizure"), with the side that claim gave it."""
    ant = next((x for i, x in reversed(state.claimed) if idx - i <= within), None)
    if ant is None:
        return None
    return _Mention(start, end, ant.raw, ant.place, ant.candidates, anaphor=True, held_by=ant.held_by)


# the kind noun after a held adjective with no name of its own ("the Russian-occupied town is ..."), and its article
_HELD_KIND_AFTER = re.compile(r"\s+(?:village|town|city|settlement)\b(?!\s+of\b|['\u2019]s|\s+(?-i:[A-Z]))", re.I)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)


def _anaphor_for(state: _State, idx: int, sent: str, cue: Cue) -> _Mention | None:
    """"Russian troops captured the town in April" / "It is the biggest town to fall": the antecedent."""
    if cue.mode == "object":
        it = re.compile(r"\s*(?:back\s+)?(it)\b(?!['\u2019]s)").match(sent, cue.end)
        if it is not None and any(x.place is not None for x in state.mentions_of(idx) if x.end <= cue.start):
            # "which Russia first seized in 2022 before Ukrainian forces retook it": the place named before
            ant = next(x for x in reversed(state.mentions_of(idx)) if x.end <= cue.start and x.place is not None)
            return _Mention(it.start(1), it.end(1), ant.raw, ant.place, ant.candidates, anaphor=True)
        m = _ANAPHOR.search(sent, cue.end, min(len(sent), cue.end + 60))
        if m is None or _BLOCK.search(sent, cue.end, m.start()):
            return None
        if re.search(r"\sto\s+[a-z]+\s", sent[cue.end - 1:m.start()]):
            # "we took measures to keep the city alive": the verb's object comes before an infinitive, whose own
            # object the anaphor is
            return None
        if _CLAUSE_BREAK.search(sent, cue.end, m.start()) or any(
                cue.end <= x.start and x.end <= m.start() for x in state.mentions_of(idx)):
            # "control about 60% of Vovchansk, but the city remains under attack": the object was named (or a part of
            # it) before another clause opens; "the city" there is that clause's subject, not the verb's object
            return None
    elif cue.participle:
        # "said the retaken village lies on the border": the place spoken of
        m = re.compile(r"\s+(?:[a-z]+\s+){0,2}(?:city|town|village|settlement)\b(?!\s+of\b)").match(sent, cue.end)
        # "the retaken village" is one a claim was made about, lately
        return recently_claimed(state, idx, 8, m.start(), m.end()) if m else None
    elif cue.mode == "subject":
        ordinal = _ORDINAL_SUBJECT.search(sent, max(0, cue.start - 60), cue.start)
        if ordinal is not None:
            return _one_of_pair(state, idx, ordinal)
        m = None
        for m in _ANAPHOR.finditer(sent, max(0, cue.start - SUBJECT_GAP), cue.start):
            pass
        # (a word that blocks it governs the anaphor only within its own phrase: "For eight months (from March 19,
        # 2022), the settlement was occupied": "from" is the parenthesis's, before the comma)
        lo = max(0, m.start() - 30) if m is not None else 0
        if m is not None:
            lo = max([lo] + [k + 1 for k in range(lo, m.start()) if sent[k] in ",;()"])
        if m is not None and (_BLOCK.search(sent, lo, m.start())
                              or PARTIAL_BEFORE.search(sent, max(0, m.start() - 40), m.start())
                              or _AREAS_OF.search(sent, max(0, m.start() - 20), m.start())
                              or _INSIDE_A_PHRASE.search(sent, max(0, m.start() - 12), m.start())):
            # "villages near the key town remained under Kyiv's control": not the town itself; "A and B, on the
            # supply route between the city and Kyiv, had been retaken": a preposition's object, not the subject
            return None
        it = re.search(r"\bit\s+(?:had\s+|has\s+|have\s+|was\s+|is\s+)?(?:been\s+|already\s+)?$", sent[:cue.start])
        if m is None and it is not None and any(x.place is not None for x in state.mentions_of(idx) if x.end <= it.start()):
            # "remain in Vovchansk, rejecting claims it had fallen": the place named before in the sentence
            named = [x for x in reversed(state.mentions_of(idx)) if x.end <= it.start() and x.place is not None]
            # (not a place that only locates another: "around Bohdanivka, three kilometers northeast of Chasiv Yar,
            # but Moscow's claims that it had been taken": the village, not the town it lies near)
            ant = next((x for x in named if not _LOCATES.search(sent, max(0, x.start - 40), x.start)), named[0])
            return _Mention(it.start(), it.start() + 2, ant.raw, ant.place, ant.candidates, anaphor=True)
        if m is None:
            m = _IT_START.match(sent)
            if m is None or cue.start - m.end() > SUBJECT_GAP:
                return None
    elif cue.mode == "beside" and cue.action == "holds":
        # "the water level in the Russian-occupied town is falling": the town the text has named, held as the
        # adjective says (not "the Russian-occupied city of X", which names its own)
        m = _HELD_KIND_AFTER.match(sent, cue.end)
        if m is None or not _THE_BEFORE.search(sent, max(0, cue.start - 6), cue.start):
            return None
    else:
        return None
    word = re.search(r"\b(village|town|city|settlement|island)\b", m.group(0))
    ant = _antecedent(state, idx, m.start(), word.group(1) if word else None)
    if ant is None:
        return None
    return _Mention(m.start(), m.end(), ant.raw, ant.place, ant.candidates, anaphor=True)
