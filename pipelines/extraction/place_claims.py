"""Place claims: who claims to hold which named town or village (GOLD_SCHEMA.md, "Place claims").

    extract_place_claims(article, statements) -> list[PlaceClaim]

This module runs the stages; each lives in a module of its own. Per sentence (the splitter the other stages
share; no title, it restates the body), for each control cue (``place_cues.py``) that is not a hypothetical:
1. Place mentions (``place_mentions.py``): the gazetteer's names (``places.find_places``), plus unknown
   capitalised names in "the villages of A, B and C", right after a capture verb, continuing a list of known
   names, or listed before a passive capture ("A, B and their outskirts have been liberated"); an unknown
   spelling the gazetteer's skeleton knows resolves ("Blagodatne"). Not the place: "Chernihiv and
   Sumy oblasts" (regions), a dateline ("KYIV:"), "the Zaporizhzhia nuclear power plant".
   "the (devastated) town", "it" and a sentence-initial "It" stand for the place spoken of (the
   article's topic place, from its title, before one named in passing) (``place_anaphora.py``).
2. Control cues (``place_cues.py``) and the places they govern (``place_linking.py``): an active verb governs
   the places after it in its clause ("took Avdiivka in February 2024, Vuhledar in October"), skipping those
   after a locative ("near", "towards", "west of"); a passive, "fell" or "remains under X control"
   governs the list just before it; "Russian-held X" / "X, a Russian-held hub" the place beside it;
   "the liberation of X", "X's capture" their object; ", which Russia captured" and "X, a hub that
   Russia seized" their antecedent. Participles: "the liberated city of X", ", retaken" after a
   list, "declaring X liberated", "the villages liberated on Sunday — A, B and C". A plural with no
   names ("three villages", "large cities remain under occupation") takes the list the next sentence
   names ("They are A and B", "I'm talking about A, B").
3. Actor side (``place_controller.py``): the subject's side word (``sides.py``, the area claims' lexicon),
   "we"/"its forces" -> the claimant's side, "the enemy" -> the other side; a passive's "by X", "fell to X",
   "under X control"; "with Russian troops capturing X"; a pronoun subject ("they", "after capturing") -> the
   side named before it. withdrew -> the other side holds the place; "liberated" by the Russian MoD is
   Russia's capture; "liberated" with no side at all -> the place's own country.
4. Stance (``place_cues.py``, ``place_denials.py``): denied under "denied", "rejected", "untrue/false/fake" or
   a negated verb; a denial that points back ("dismissed the claim", ", which Kyiv denies") denies the latest
   capture told before it; "denied claims made by X that ..." is X's asserted claim too. Not claims:
   hypotheticals, aims ("wants to take", "tasked with retaking"), "if confirmed", partial holds ("almost
   completely in Russian hands"), "has not confirmed", averted events ("to prevent the fall of X"), questions.
5. as_of (``place_dates.py``): a date bound to the place, else to the clause, else the speech date, else a day
   in the attribution ("the statement on Saturday said"), else published_at (a month alone -> its last day,
   in the year the sentence named before it; a year -> Dec 31, per dates.py).
6. Claimant: the speaker of the statement holding the cue (``area_claimant._statement_for``), else a
   known actor right before a reporting verb (``place_attribution.py``); a background relative
   clause (", which Russia captured in May") is the article's own voice.
In code the claimant (6) is read before the side (3), whose "we" it decides. One claim per (claimant, place,
controller, stance) per article; a country's claim of a place it does not name ("Russia said its forces have taken
a village"), which its ministry names next, is a claim of its own (``place_unnamed.py``). What the stages share about
the article is in ``place_article.py``.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from datetime import date, datetime

from pipelines.extraction.actors import side_from_words
from pipelines.extraction.numbers import WORD_NUM
from pipelines.extraction.area_claimant import _statement_for, co_speakers
from pipelines.extraction.place_anaphora import _anaphor_for, _antecedent, recently_claimed
from pipelines.extraction.place_article import _State, _locative_oblast, _resolve
from pipelines.extraction.place_attribution import (
    CONTRAST, actor_before, claim_source, denier_attribution, local_attribution, repeated_statement, speaker_in_subject,
    statement_of, subject_end)
from pipelines.extraction.place_controller import read_controller
from pipelines.extraction.place_cues import _DENY_BEFORE, LISTED_AS, Cue, find_cues, hypothetical
from pipelines.extraction.place_dates import _as_of
from pipelines.extraction.place_denials import _UNNAMED_TAKEN, _denials_of_told, _denier_side
from pipelines.extraction.place_linking import (
    _KIND_PLURAL_OBJECT, _KIND_PLURAL_SUBJECT, _MORE_AFTER, WHICH_ARE, _colon_list, _list_ending_at, _list_starting_at,
    _named_next, cue_places)
from pipelines.extraction.place_unnamed import country_claims_of_unnamed
from pipelines.extraction.place_mentions import (
    _PARTIAL_ADVERB, KINDS_PLURAL, PARTIAL_BEFORE, PARTIAL_COORDINATED, _Mention,
)
from pipelines.extraction.places import default_gazetteer, place_key, ukrainian_spelling
from pipelines.extraction.records import ArticleText, PlaceClaim, Statement
from pipelines.extraction.regions import country_of
from pipelines.extraction.text import looks_english, split_sentences

# a preposition of time before a nominal cue: "following the capture of X", "since the fall of Y"
_PRESUPPOSED_BEFORE = re.compile(r"\b(?:following|after|since|before|until)\s+(?:the\s+)?$", re.IGNORECASE)
# "the Kirove settlement, known in Ukraine as Verezamske", "Artyomovsk (called Bakhmut in Ukraine)"
_KNOWN_AS = re.compile(r"(?:\s+(?:settlement|village|town|city))?\s*[,(]\s*(?:(?:which\s+is\s+|also\s+)?(?:known|called)\s+"
                       r"(?:in\s+Ukraine\s+|in\s+Ukrainian\s+|locally\s+|by\s+Ukrainians\s+|by\s+Kyiv\s+)?as|"
                       r"(?:known|called)\s+in\s+Ukraine)\s+(?P<n>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)")
# a relative clause in the past perfect: "... that had (previously) been held by X"
# on a count's plural noun (dated by "since", a holding the relative clause tells is a claim of its own)
# ("two villages near Sudzha, which had been under Ukrainian control": the villages' state, past a locative)
_WHEN_IT_WAS = re.compile(r"\b(?:when|while|as\s+long\s+as)\s+(?:[\w'\u2019-]+\s+){0,4}?(?:was|were|had\s+been)\s+"
                          r"(?:still\s+)?$", re.I)
_PRIOR_STATE = re.compile(r"\b" + KINDS_PLURAL + r"(?:\s+(?:near|around|outside|close\s+to|north\s+of|south\s+of|east\s+of|"
                          r"west\s+of)\s+(?-i:[A-Z])[\w'\u2019-]+)?\s*,?\s+(?:that|which)\s+had\s+(?:[a-z]+ly\s+|long\s+)?been\s+"
                          r"(?:[a-z]+ly\s+)?$", re.I)


# "Russia said on Sunday that ...": a country as the speaker of the clause a cue lies in (no statement is kept for a
# country, but the claim is its side's)
_COUNTRY_SAID = re.compile(r"\b(?P<side>Russia|Moscow|Ukraine|Kyiv|Kiev|the\s+Kremlin)\s+(?:has\s+|had\s+|also\s+)?"
                           r"(?:said|says|claimed|claims|announced|reported)\s+(?:on\s+[A-Z][a-z]+day\s+|[a-z]+day\s+)?"
                           r"(?:that\s+)?")

# between a country's claim verb and the cue it governs: "claimed to have (captured)", "said its forces had (taken)"
_COUNTRY_CLAIM_GAP = re.compile(r"(?:to\s+have\s+|(?:it|its\s+(?:forces|troops|army))\s+(?:has\s+|had\s+|have\s+)?)"
                                r"(?:(?:already|now|fully|also)\s+)?", re.IGNORECASE)

# a share of the place held, after its name: "control Vovchansk (Kharkiv region) by about 70%"
_SHARE_BY_AFTER = re.compile(r"(?:\s*\([^()]{1,40}\))?\s+by\s+"
                             r"(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+|over\s+)?"
                             r"\d[\d.,]*\s*(?:%|per\s*cent|percent)", re.IGNORECASE)
# the place's part as the subject after it: "As for X, part of the city is ...", "X, where most of the town ..."
_PART_OF_IT = re.compile(r"\b(?:most|much|part|parts|half|bulk|rest|remainder|portions?)\s+of\s+(?:the\s+)?"
                         r"(?:city|town|village|settlement|it)\b", re.I)


_PRONOUN_SUBJECT_BEFORE = re.compile(r"\b(?:we|they)\s+(?:(?:have|had|also|then|finally)\s+)?$", re.IGNORECASE)


# "the first anniversary of the liberation of Kherson": a day looked back to
_ANNIVERSARY_OF = re.compile(r"\b(?:(?P<nth>first|second|third|fourth|1st|2nd|3rd|4th)\s+)?anniversary\s+of\s+"
                            r"(?:the\s+)?(?:liberation|capture|occupation|fall|seizure|de-occupation)\b", re.I)
_NTH = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}


# "Kyiv's troops now control nearly the entire city", "hold almost all of the town": a partial hold, no claim
# (not "recaptured almost exactly a year ago", "control almost 100 settlements, including X": the town itself after it)
_NEARLY_ALL_OBJECT = re.compile(r"\s*(?:nearly|almost|practically|virtually)\s+(?:all\s+(?:of\s+)?)?(?:the\s+)?"
                                r"(?:(?:entire|whole)\s+)?(?:city|town|village|settlement)\b|"
                                r"\s*(?:nearly|almost|practically|virtually)\s+all\s+of\s+(?-i:[A-Z])", re.I)


def _years_before(published: date, anniversary: re.Match) -> date:
    """The day an anniversary marked on ``published`` looks back to (the first, unless it says which)."""
    years = _NTH.get((anniversary.group("nth") or "first").lower(), 1)
    try:
        return published.replace(year=published.year - years)
    except ValueError:         # (29 February)
        return published.replace(year=published.year - years, day=28)


def extract_place_claims(article: ArticleText, statements: list[Statement] | None = None,
                         dateline_side: str | None = None) -> list[PlaceClaim]:
    text = article.text or ""
    if not text.strip() or not looks_english(text):
        return []
    pub = article.published_at
    published = pub.date() if isinstance(pub, datetime) else (pub if isinstance(pub, date) else date.today())
    state = _State(text=text, published=published, statements=list(statements or []), title=article.title,
                   sentences=[(s.start, s.end) for s in split_sentences(text)], mentions={}, times={},
                   dateline_side=dateline_side)
    out: list[PlaceClaim] = []
    seen: dict[tuple, int] = {}    # a claim's key -> its index in out
    repeated: dict[tuple, int] = {}
    told: list[tuple[int, PlaceClaim]] = []
    for idx in range(len(state.sentences)):
        own = _sentence_claims(state, idx)
        state.claimed += [(idx, _Mention(0, 0, c.place_raw, default_gazetteer().get(c.place_id) if c.place_id else None,
                                         held_by=c.controller)) for c in own if c.stance == "asserted"]
        told += [(idx, c) for c in own]
        state.freed_by.update((place_key(c.place), c.controller) for c in own
                              if c.stance == "asserted" and c.action == "liberated")
        for claim in own + _denials_of_told(state, idx, told):
            key = (claim.claimant, place_key(claim.place), claim.controller, claim.stance)
            # a sentence repeated word for word (a standfirst restating the lede) tells its claim once
            again = (claim.evidence, place_key(claim.place), claim.controller, claim.stance)
            if key not in seen and repeated.get(again, claim.char_start) == claim.char_start:
                seen[key] = len(out)
                repeated.setdefault(again, claim.char_start)
                out.append(claim)
            elif key in seen and out[seen[key]].action == "holds" and claim.action in ("captured", "liberated"):
                # "west of the occupied Bakhmut ... Bakhmut, captured in May 2023": the event, dated, tells more
                # than the holding an attributive mentioned first
                out[seen[key]] = claim
    out = country_claims_of_unnamed(state, out)
    return _falls_told(state, out) if state.falls else out


def _falls_told(state: _State, out: list[PlaceClaim]) -> list[PlaceClaim]:
    """"The quick fall of Izium was Moscow's biggest loss", in an article that tells Ukraine's recapture of Izium:
    a fall read with its default side (Russia's, as "X fell") is the change of hands the article tells elsewhere,
    when every other asserted change of hands of the place gives it to one side."""
    falls = {id(f) for f in state.falls}      # (state.falls keeps the claims, so their ids stay theirs)
    sides: dict[str, set] = {}
    for c in out:
        if id(c) not in falls and c.stance == "asserted" and c.action in ("captured", "liberated", "withdrew"):
            sides.setdefault(place_key(c.place), set()).add(c.controller)
    kept, seen = [], set()
    for c in out:
        other = sides.get(place_key(c.place), set())
        if len(other) == 1 and c.controller not in other and id(c) in falls:
            c = replace(c, controller=next(iter(other)))
        key = (c.claimant, place_key(c.place), c.controller, c.stance)
        if key not in seen:
            seen.add(key)
            kept.append(c)
    return kept


# the speaker tells the other side's claim: "the enemy claims that they have captured X", "the occupiers say"
# ("They have already claimed they took the city," the spokesman said: "they", the other side, in his words)
_OTHERS_CLAIM = re.compile(r"\b(?:the\s+)?(?:enemy|occupiers|invaders|Russians|they)\s+(?:have\s+|had\s+)?(?:already\s+|also\s+)?"
                           r"(?:claims?|claimed|says|said|reports?|reported)\s+"
                           r"(?:that\s+)?[^.;:\"\u201c\u201d]{0,50}$|"
                           # "“There are media claims suggesting that Russian forces have seized X,” he said": hearsay
                           # the speaker tells of, not his own claim
                           r"\b(?:media|news|unconfirmed|online|some)\s+(?:claims?|reports?|rumou?rs?)\s+(?:suggesting\s+|"
                           r"saying\s+|claiming\s+|alleging\s+)?that\s+[^.;:\"\u201c\u201d]{0,50}$", re.I)
_HELD_SINCE_2014 = frozenset({"ua-donetsk-donetsk", "ua-luhansk-luhansk"})


_DATED_AFTER = re.compile(r"[^,;.]{0,50}?\b(?:since|from|until|between)\s+(?:early\s+|late\s+|mid-?)?(?:Jan|Feb|Mar|Apr|May|"
                          r"Jun|Jul|Aug|Sep|Oct|Nov|Dec|(?:19|20)\d\d\b|last\s|the\s+(?:start|beginning|spring|summer|"
                          r"autumn|fall|winter))", re.IGNORECASE)


# a share of the town told with the holding (ANNOTATION.md rule 8, partial control is no place claim): "is 70%
# controlled by", "control the city of X, about 70%", "X under control of the Ukrainian military by 70%" (not "100%")
_SHARE = (r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|over\s+|roughly\s+)?"
          r"(?!100\b)\d{1,2}(?:\.\d+)?\s*(?:%|per\s*cent|percent)")
_HELD_TO_ACCOUNT = re.compile(r"\s+(?:fully\s+|directly\s+|personally\s+|solely\s+)?(?:responsible|accountable|liable|"
                              r"guilty|to\s+account)\b", re.I)
_FROM_HARM = re.compile(r"\s+(?:against|from)\s+(?:(?:further|enemy|Russian|Ukrainian|artillery|missile|drone)\s+)?"
                        r"(?:shelling|attacks?|strikes?|fire|bombardment|drones?|missiles?)\b", re.I)
_SHARE_BEFORE_CUE = re.compile(r"\b" + _SHARE + r"\s+$", re.I)
_SHARE_AFTER = re.compile(r"(?:[^.;,:]{0,60}?\s+by\s+|\s*,\s*|\s*\(\s*)" + _SHARE, re.I)
# "Siversk, Fedorivka and Bakhmut in the Donetsk region, about half of which is controlled by Russia": part of what the
# relative pronoun stands for (the region) is held, no place named before it
_PART_OF_WHICH = re.compile(r"\b(?:most|much|bulk|part|parts|half|some|all|\d+\s*%|\d+\s+per\s*cent)\s+of\s+(?:which|whom)\s+"
                            r"(?:[\w'\u2019-]+\s+){0,3}$", re.I)


_BUT_CLAUSE_BEFORE = re.compile(r",\s+" + CONTRAST + r"\s", re.I)
# a nominal cue's object that points back at the places just listed ("the capture of these settlements")
# ("it had taken control of the villages", the plain definite plural, only for the list just before: see
# _listed_before)
_THESE_PLACES = re.compile(r"[\"\u201d\u2019']?\s*(?:of\s+)?(?:these|those|(?P<n>both)|the\s+(?P<n2>three|two|four|five)|"
                           r"(?P<plain>the))\s+(?:settlements|towns|cities|villages|localities)\b(?!\s+of\b)", re.I)
# a list set off before the words that point back to it: "A and B, C and D: all of these towns"
_LIST_THEN_POINTER = re.compile(r"\s*[:\u2014\u2013]\s*(?:all|each|both)?\s*", re.I)
_CLAUSE_THEN_POINTER = re.compile(r"(?:\s+in\s+(?:the\s+)?[A-Z][\w'\u2019-]+\s+(?:[Oo]blast|[Rr]egion|[Pp]rovince))?"
                                  r"\s*[,;]\s+(?:though|although|but|while|and)\s+[^,;.]{0,40}?\bthat\s*")


def _these_places_before(sent: str, cue: Cue) -> re.Match | None:
    """The last "these settlements" (``_THESE_PLACES``) in the 60 characters before ``cue``."""
    back = None
    for back in _THESE_PLACES.finditer(sent, max(0, cue.start - 60), cue.start):
        pass
    return back


# between a subject and its predicate of control: "these settlements (are not) under Russian control"
_UP_TO_CUE = re.compile(r"\s*(?:(?:are|is|were|was|remain|remains|remained|have|has|had|been|still|now|not|no|"
                        r"longer|also|fully|completely|already)\s+)*", re.I)
# a name right before an opening parenthesis: the place in the parentheses is that name said again
_NAME_THEN_PAREN = re.compile(r"(?<![\w'\u2019-])[A-Z][\w'\u2019-]+\s*\(\s*$")
# a past holding and the span it lasted, right after the place
_PAST_HOLD = re.compile(r"\b(?:held|kept|maintained|controlled|retained)\b", re.I)
_PAST_SPAN_AFTER = re.compile(r"\s+for\s+(?:(?:nearly|almost|about|around|some|more\s+than|over|at\s+least)\s+)?"
                              r"(?:\d+|an?|several|many|" + WORD_NUM + r")\s+"
                              r"(?:days?|weeks?|months?|years?)\b", re.I)


# the places an object is made of, named after it: ", namely the war-torn towns of"
# (or the names right after it: "captured several settlements in Ukraine, specifically A, B and C")
_NAMELY = re.compile(r",?\s+(?:namely|specifically)\s+(?:(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:towns?|villages?|"
                     r"cities|city|settlements?)\s+of\s+)?(?=(?-i:[A-Z]))", re.I)


def _listed_before(state: _State, idx: int, back: re.Match) -> list[_Mention]:
    """The places of the last list in sentence ``idx - 1`` that "both villages" / "the three towns" / "these
    settlements" (``back``) point at, as anaphors at ``back``'s span; none when the count does not agree."""
    listed: list[_Mention] = []
    # '"... to capture A and B. They sent fresh troops," he said. The ministry said it had taken the villages': the
    # plain plural reaches back across sentences that name no place, or only a list of oblasts ("near the borders
    # between the Dnipropetrovsk, Donetsk, and Zaporizhzhia oblasts"), up to three sentences
    for back_idx in range(idx - 1, max(-1, idx - (4 if back.group("plain") else 2)), -1):
        prev = [m for m in state.mentions_of(back_idx) if m.place is not None or not m.candidates]
        if not prev:
            continue
        listed = _list_ending_at(state.sent(back_idx), prev, prev[-1])
        if not _REGIONS_AFTER.match(state.sent(back_idx), listed[-1].end):
            break
        listed = []
    word = back.group("n") or back.group("n2")
    count = _LISTED_COUNT.get(word.lower()) if word else None
    if len(listed) < 2 or (count is not None and len(listed) != count):
        return []
    return [_Mention(back.start(), back.end(), m.raw, m.place, m.candidates, anaphor=True) for m in listed]


# a list of names that are oblasts: "the Dnipropetrovsk, Donetsk, and Zaporizhzhia oblasts"
_REGIONS_AFTER = re.compile(r"\s+(?:oblasts|regions|provinces)\b", re.I)
_LISTED_COUNT = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5}


# the announcer a "whose capture was announced by ..." relative names (its words up to the cue's end)
_ANNOUNCED_BY = re.compile(r"\b(?:announced|claimed|reported|confirmed)\s+(?:\w+\s+)?by\s+(?:the\s+)?[^,.;]{2,60}$",
                           re.I)
# the rest of the announcer's name after the side word the cue ends on ("... by the Russian | defence ministry last")
_AGENT_REST = re.compile(r"[^,.;]{0,50}?(?=\s+(?:last|on|in|this|earlier|yesterday|today|a\s+few|\d)\b|\s*[,.;]|"
                         r"\s*$)", re.I)


def _list_oblast(governed: list[_Mention], m: _Mention) -> str | None:
    """The Ukrainian oblast that most other items of a list resolve to: at least two, and at least three in five of
    those the gazetteer knows."""
    gaz = default_gazetteer()
    oblasts = [p.oblast if p.country == "Ukraine" else "" for g in governed if g is not m
               and (p := g.place or gaz.resolve(g.raw)) is not None]
    top = Counter(o for o in oblasts if o).most_common(1)
    if not top or top[0][1] < 2 or top[0][1] * 5 < len(oblasts) * 3:
        return None
    return top[0][0]


def _sentence_claims(state: _State, idx: int) -> list[PlaceClaim]:
    sent = state.read(idx)
    cues = find_cues(sent)
    if not cues or sent.rstrip().rstrip("\"\u201d'").endswith("?"):
        return []
    mentions = state.mentions_of(idx)
    s0 = state.sentences[idx][0]
    out: list[PlaceClaim] = []
    from_beside: list[bool] = []
    changed: set[str] = set()
    for cue in cues:
        if hypothetical(sent, cue) or _PARTIAL_ADVERB.search(sent, max(0, cue.start - 40), cue.start) \
                or cue.mode == "object" and _NEARLY_ALL_OBJECT.match(sent, cue.end) \
                or _SHARE_BEFORE_CUE.search(sent, max(0, cue.start - 30), cue.start) or (
                cue.mode == "subject" and _PART_OF_WHICH.search(sent, max(0, cue.start - 40), cue.start)):
            continue
        if cue.action == "holds" and _WHEN_IT_WAS.search(sent, max(0, cue.start - 60), cue.start):
            continue    # "civilians were killed when the town was under Russian control": a past state dating a deed
        if cue.action == "holds" and _PRIOR_STATE.search(sent, max(0, cue.start - 60), cue.start):
            # "liberated five villages that had been held by the Ukrainian army: A, B": the state before the
            # change the sentence tells, not a claim of its own
            continue
        # 2. the places the cue governs (place_linking.py), or the one "the town"/"it" stands for (place_anaphora.py)
        governed = cue_places(sent, cue, mentions)
        if cue.told:
            # (only a place a claim was made about in this sentence or the two before; not when the sentence
            # itself told of unnamed places taken: "had seized villages in the region, though Ukraine denied the
            # reports")
            ant = None if _UNNAMED_TAKEN.search(sent, 0, cue.start) \
                else recently_claimed(state, idx, 2, cue.start, cue.end)
            governed = [ant] if ant else []
        elif cue.implicit and cue.mode == "object":
            ant = _antecedent(state, idx, cue.start)
            governed = [_Mention(cue.start, cue.end, ant.raw, ant.place, ant.candidates, anaphor=True)] if ant else []
        elif not any(m.start < cue.start for m in governed) if cue.mode == "subject" else not governed:
            ant = _anaphor_for(state, idx, sent, cue)
            governed = ([ant] if ant else []) + governed
        these = False
        back = _THESE_PLACES.match(sent, cue.end) if not governed and (cue.nominal or cue.mode == "object") else None
        if back is not None and cue.nominal:
            # "defensive operations in Pokrovsk, Vovchansk and Kupyansk; Russia's statements about the capture of these
            # settlements are false": the places the sentence listed before
            listed = [m for m in mentions if m.end <= cue.start]
            governed = _list_ending_at(sent, mentions, listed[-1]) if listed else []
            these = bool(governed)
        elif back is not None and idx > 0 and not any(m.end <= cue.start for m in mentions):
            # "Russian forces now occupy the villages of A and B, according to DeepState. Moscow's defence ministry had
            # reported capturing both villages": the list the sentence before ended on, when its count agrees
            governed = _listed_before(state, idx, back)
        if not governed and cue.mode == "subject" and idx > 0 and not any(m.end <= cue.start for m in mentions):
            # '"... in Zhuravka and Veselivka, as well as in Basivka and Novenke," he said. He clarified that these
            # settlements are not under Russian control': the list the sentence before ended on, as the subject
            back = _these_places_before(sent, cue)
            if back is not None and not back.group("plain") and _UP_TO_CUE.fullmatch(sent, back.end(), cue.start):
                governed = _listed_before(state, idx, back)
        if not governed and cue.mode == "subject":
            # "A and B, C and D: all of these towns were liberated by Ukraine": the list before the colon, as the
            # subject
            back = _these_places_before(sent, cue)
            listed = [m for m in mentions if back is not None and m.end <= back.start()]
            if back is not None and not back.group("plain") and listed \
                    and _UP_TO_CUE.fullmatch(sent, back.end(), cue.start) \
                    and (_LIST_THEN_POINTER.fullmatch(sent, listed[-1].end, back.start())
                         # "fighting near the villages of A and B, though it indicated that these settlements have
                         # not fallen": a clause of its own pointing back at the pair just listed
                         or _CLAUSE_THEN_POINTER.fullmatch(sent, listed[-1].end, back.start())):
                governed = _list_ending_at(sent, mentions, listed[-1])
        if not governed and cue.mode == "object" and (namely := _NAMELY.search(sent, cue.end, cue.end + 90)) is not None \
                and not re.search(r"[;.]", sent[cue.end:namely.start()]):
            # "recaptured all of Kyiv Oblast, namely the towns of Bucha, Hostomel and Irpin": the places the object holds
            governed = _list_starting_at(sent, mentions, namely.end())
        if not governed and (_KIND_PLURAL_SUBJECT.search(sent, max(0, cue.start - 60), cue.start)
                             or (cue.mode == "object" or cue.participle) and _KIND_PLURAL_OBJECT.match(sent, cue.end)):
            # (and "has listed the liberated settlements in X Oblast. Those are A, B and C": the participle's plural)
            # "eight settlements were liberated by units of X: A, B, C" (the list after a colon), or the next
            # sentence's "They are A and B"
            governed = _colon_list(sent, cue, mentions) or (
                _named_next(state, idx + 1) if idx + 1 < len(state.sentences) else [])
        elif governed and cue.mode == "object" and (more := _MORE_AFTER.match(sent, governed[-1].end)):
            inside = WHICH_ARE.match(sent, more.end())
            if inside:
                governed = governed + _list_starting_at(sent, mentions, inside.end())
            elif idx + 1 < len(state.sentences):
                governed = governed + _named_next(state, idx + 1)
        if cue.action == "holds" and governed and _HELD_TO_ACCOUNT.match(sent, governed[-1].end):
            continue    # "Moscow holds Kiev responsible for the attacks": blame, not ground
        if cue.action == "captured" and governed and re.match(r"secur", sent[cue.start:cue.end], re.I) \
                and _FROM_HARM.match(sent, governed[-1].end):
            continue    # "securing both Donetsk and Makiivka from shelling": kept safe, not taken
        if cue.action == "holds" and (len(governed) == 1 and _SHARE_AFTER.match(sent, governed[0].end)
                                      or cue.mode == "subject" and _SHARE_AFTER.match(sent, cue.end)):
            continue    # the share of one town held, told right after the town or the holding
        # 6. the claimant (area_claimant.py, place_attribution.py), and 4. a denial's side (place_denials.py)
        st = _statement_for(s0 + cue.start, state.statements)
        if st is not None and not st.char_start <= s0 + cue.start < st.char_end \
                and _BUT_CLAUSE_BEFORE.search(sent, cue.end, max(cue.end, st.char_start - s0)):
            # "commanders told him their forces had taken X, but Ukraine's military said ...": the other voice's
            # statement, told after "but", is not the claimant of what came before it
            st = None
        announced = _ANNOUNCED_BY.search(sent, cue.start, cue.end) if cue.mode == "beside" else None
        rest = _AGENT_REST.match(sent, cue.end) if announced is not None else None
        announced_by = actor_before(sent, rest.end()) if rest is not None else None
        if announced_by is not None:
            # "Selydove, a major town whose capture was announced by the Russian defence ministry": the body the
            # relative names announced it
            st = statement_of(announced_by, s0, sent)
        st = st or local_attribution(sent, cue, s0) or repeated_statement(state.statements, sent, s0)
        listed = LISTED_AS.search(sent, max(0, cue.start - 160), cue.start) if st is None and cue.mode == "subject" \
            else None
        lister = actor_before(sent, subject_end(sent, listed.start())) if listed is not None else None
        if lister is not None:
            st = statement_of(lister, s0, sent)     # "DeepState identified A and B as captured": the lister's claim
        # ("Today is the first anniversary of the liberation of Kherson": the record of that day, whoever marks it;
        # the speaker's side still tells whose liberation it was)
        anniversary = _ANNIVERSARY_OF.search(sent, max(0, cue.start - 40), cue.end)
        if st is not None and _OTHERS_CLAIM.search(sent, max(0, cue.start - 80), cue.start):
            st = None    # "“The enemy claims that they have captured X,” the spokesman said": the enemy's claim
        country = _COUNTRY_SAID.search(sent, 0, cue.start) if st is not None and not cue.denied \
            and not (st.char_start <= s0 + cue.start < st.char_end) else None
        if country is None and st is not None and not cue.denied:
            # "..., the General Staff said, two weeks after Russia claimed to have captured the town": the country's
            # own claim inside the statement, its verb governing the cue
            # (inside the statement's own words: not "The defence ministry in Moscow said its troops had ...")
            country = next((c for c in _COUNTRY_SAID.finditer(sent, 0, cue.start)
                            if _COUNTRY_CLAIM_GAP.fullmatch(sent, c.end(), cue.start)
                            and st.char_start <= s0 + c.start() < st.char_end), None)
        if country is not None and not re.search(r"[;]|\bbut\b", sent[country.end():cue.start]):
            # "Russia said on Sunday that its forces took X, but Kyiv's military denied it": the country's own claim
            # (no claimant, its side), not the statement the sentence goes on to
            st, country_side = None, side_from_words(country.group("side"))
        else:
            country_side = None
        denier = _denier_side(sent, cue) if cue.denied else None
        if denier is not None and (st is None or st.speaker_side != denier):
            # "Moscow said it took Toretsk, but Ukraine's military denied the city had been captured": the
            # denial is the named side's own, not the speaker's whose statement the sentence began with
            st = None
        if cue.denied and (st is None or st.speaker_side not in ("Ukraine", "Russia")):
            # "Ivan Petrenko, a spokesman for the southern forces, rejected the claim that ...": the speaker who is
            # the denial verb's subject is the claimant, and his side the denier's
            deny = list(_DENY_BEFORE.finditer(sent, 0, cue.start))
            found = (speaker_in_subject(state.statements, state.sentences[idx], sent, deny[-1].start())
                     or denier_attribution(sent, deny[-1].start(), s0)) if deny else None
            if found is not None and found.speaker_side in ("Ukraine", "Russia") and denier in (None, found.speaker_side):
                st, denier = found, found.speaker_side
        claimant_side = st.speaker_side if st and st.speaker_side in ("Ukraine", "Russia") else (denier or country_side)
        # 3. the side that holds the places (place_controller.py)
        controller = read_controller(state, idx, sent, cue, claimant_side, governed, spoken=st is not None)
        if these and cue.denied and claimant_side in ("Ukraine", "Russia"):
            # (the capture denied is the other side's: the sentence's subject is the denier's own forces)
            controller = "Russia" if claimant_side == "Ukraine" else "Ukraine"
        if controller is None:
            if cue.action != "holds" and not cue.denied and cue.mode == "object" \
                    and _PRONOUN_SUBJECT_BEFORE.search(sent, max(0, cue.start - 30), cue.start):
                # "we lost A and B, the largest cities in the Ukrainian-controlled part": a change told by a pronoun
                # of unknown side still makes the attributive beside its places the state before it, no claim
                changed.update(m.raw for m in governed)
            continue
        if cue.nominal and _PRESUPPOSED_BEFORE.search(sent, max(0, cue.start - 24), cue.start):
            # "... as they seek to press their advantage following the capture of X this month": an event named as
            # the time of another is taken for granted, told in the outlet's voice (not asserted by the speaker)
            cue.background = True
        if (cue.background or cue.mode == "beside" and not (cue.participle or cue.shown)) and announced_by is None:
            # (an attributive, "the last Ukrainian-controlled city", is the outlet's description: ANNOTATION.md 6)
            st = None    # ", which Russia captured in May": the article's background, not the speaker's claim
        source = claim_source(sent, cue, state.published) if cue.denied else None
        for m in governed:
            # ("70% of Krasnoarmeysk (Pokrovsk)": a name in parentheses is the one before it, said again)
            again = _NAME_THEN_PAREN.search(sent, max(0, m.start - 40), m.start)
            start = again.start() if again else m.start
            if PARTIAL_BEFORE.search(sent, max(0, start - 40), start) or \
                    PARTIAL_COORDINATED.search(sent, max(0, start - 60), start):
                continue
            if cue.mode == "subject" and m.end <= cue.start and _PART_OF_IT.search(sent, m.end, cue.start):
                continue    # "As for Vovchansk, part of the city is under enemy control": a part, not the place
            if _SHARE_BY_AFTER.match(sent, m.end):
                continue    # "The defence forces control Vovchansk (Kharkiv region) by about 70%": a part of it
            if cue.action == "holds" and _PAST_SPAN_AFTER.match(sent, m.end) and _PAST_HOLD.search(sent[cue.start:cue.end]) \
                    and not re.search(r"\b(?:have|has)\s+(?:\w+\s+)?$", sent[max(0, cue.start - 30):cue.start]):
                # "the soldiers who held their ground in Mariupol for nearly three months": a holding over, told
                # by how long it lasted, not a claim about who holds the place ("have held X for three weeks" still do)
                continue
            if m.place is not None and m.place.place_id in _HELD_SINCE_2014 and cue.mode != "beside":
                # "Russia established full control over Luhansk", "the last stronghold in Luhansk": the region; the
                # city has been held by Moscow's proxies since 2014, only its attributive ("Russian-held Donetsk")
                # is said of the city itself
                continue
            at = idx
            if not m.anaphor and sent[m.start:m.end] != m.raw:
                # a name the next sentence lists with its oblast ("... three villages. They are A in X region, B in Y
                # region"), or the one before: its locative read in its own sentence, whose offsets it holds
                at = next((j for j in (idx + 1, idx - 1) if 0 <= j < len(state.sentences)
                           and state.read(j)[m.start:m.end] == m.raw and _locative_oblast(state.read(j), m)), idx)
            place, region = _resolve(state, at, state.read(at) if at != idx else sent, m, governed)
            if place is not None and place.country == "Russia" and len(governed) >= 3 \
                    and (home := _list_oblast(governed, m)) is not None:
                # "the villages of Pavlopol, Viktorovka, Novognatovka, Starognatovka ... liberated by the DPR Army":
                # a Russian namesake (Kursk's Viktorovka) of an item in a list of one Ukrainian oblast's villages is
                # that oblast's village, spelled the Ukrainian way
                place, region = None, home
            alias = _KNOWN_AS.match(sent, m.end)
            if alias is not None:
                # "the Kirove settlement, known in Ukraine as Verezamske": the name Ukraine uses is the place's (a
                # Russian name may be a namesake's elsewhere)
                place = default_gazetteer().resolve(alias.group("n"))
                region = place.oblast if place else region
            held = controller
            # (a name the gazetteer knows only for a namesake elsewhere in the country keeps its spelling; one it
            # does not know in Ukraine is spelled the Ukrainian way)
            country = country_of(region)
            name = place.name if place else alias.group("n") if alias is not None else (
                default_gazetteer().spelling_of(m.raw, country)
                or (ukrainian_spelling(m.raw) if country == "Ukraine" else m.raw))
            told = state.freed_by.get(place_key(name)) if controller == "country" else None
            if told is not None:
                # "visited Vodiane, recently liberated by Russian forces ... the fighters who took part in the
                # liberation of Vodyanoe": freed by the side the article already said freed it
                held = told
            elif controller == "country":
                # a place freed is freed by its own country: the gazetteer's, or that of every place of the name
                # ("Novoselivka" lies in several oblasts, all of them Ukrainian); a name the gazetteer lacks takes
                # the country of the places listed with it
                # (a name read as no gazetteer place but given an oblast lies in that oblast's country, whatever
                # namesake abroad the gazetteer knows: Kherson's Liubymivka, not Kursk's)
                home = country if place is None and region else None
                countries = {place.country} if place else {home} if home in ("Ukraine", "Russia") else {
                    c.country for c in m.candidates} or {g.place.country for g in governed if g.place is not None}
                held = countries.pop() if len(countries) == 1 else None
                if held not in ("Ukraine", "Russia"):
                    continue
            fall = cue.nominal and cue.default_side and not cue.agent and held == cue.default_side
            out.append(PlaceClaim(
                place=name,
                place_raw=m.raw, place_id=place.place_id if place else None,
                region=region, controller=held,
                stance="denied" if cue.denied else "asserted",
                action=cue.action, as_of=_years_before(state.published, anniversary) if anniversary is not None
                else _as_of(state, idx, sent, cue, m, mentions, st, governed),
                evidence=sent.strip(), char_start=s0, char_end=s0 + len(sent),
                claimant=st.speaker if st and not anniversary else None,
                claimant_actor_id=st.actor_id if st and not anniversary else None,
                claimant_side=st.speaker_side if st and not anniversary else None,
            ))
            # (so does an undated background holding: "regained ... Sudzha, which had been under Ukrainian control";
            # "..., which had been held by Ukrainian troops since August" dates a holding of its own)
            from_beside.append(cue.mode == "beside" and not (cue.participle or cue.shown) or cue.background and cue.action == "holds"
                               and not _DATED_AFTER.match(sent, cue.end))
            claim = out[-1]
            if fall:
                state.falls.append(claim)
            for co in co_speakers(st, state.statements):
                # "Russia's defence ministry and Ukraine's presidential office said Russian troops had left X": each
                # speaker's claim, when the place's holder reads the same from the other speaker's side
                if read_controller(state, idx, sent, cue, co.speaker_side if co.speaker_side in ("Ukraine", "Russia")
                                   else denier, governed, spoken=True) == controller:
                    out.append(replace(claim, claimant=co.speaker, claimant_actor_id=co.actor_id,
                                       claimant_side=co.speaker_side))
                    from_beside.append(from_beside[-1])
            if source is not None:
                # "denied claims made by X that Russian forces captured P": X's claim is told too, asserted
                out.append(replace(claim, stance="asserted", claimant=source[0], claimant_actor_id=source[1],
                                   claimant_side=source[2]))
                from_beside.append(False)
    # "after taking over X, the last Ukrainian-controlled city": the attributive tells who held X before the event
    # the sentence reports, so it yields to a claim of the other side on the same place
    taken = {(c.place, c.controller) for c, beside in zip(out, from_beside) if not beside}
    return [c for c, beside in zip(out, from_beside)
            if not (beside and (c.place_raw in changed or any(p == c.place and k != c.controller for p, k in taken)))]
