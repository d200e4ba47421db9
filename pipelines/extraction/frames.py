"""Reporting frames: the cue (a reporting verb or a colon) and its source (the speaker mention).

A ``Frame`` is the attribution next to a quote or a reported clause: ``X said``, ``said X``,
``X, the head of ..., told reporters``, ``X said:`` or a colon frame without a verb
(``Putin interrupted him: "..."``). The reporting verbs are ``lexicons/reporting_verbs.txt``
(form -> lemma, the ``cue``). The speaker is found left of the verb (``_subject_left``, with
appositions), right of it (``_subject_right``: inverted frames, ``according to X``) or as the
subject of the clause (``_clause_subject``: participial ``..., saying`` and colon frames).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from pipelines.extraction.mentions import (DOCUMENT_WORDS, Mention, _build_mention, _nationality, _np_left, _np_right,
                                           indefinite_source)
from pipelines.extraction.places import default_gazetteer
from pipelines.extraction.regions import find_regions
from pipelines.extraction.tokens import _CONNECTORS, _DETS, _STOP_CAPS, Tok, _is_cap, _is_word, _lex

# the adjectives that stand first in a body's name with another joined by "and" ("Military and Civilian Administration")
NAME_ADJECTIVES = frozenset("military civil civilian economic political humanitarian social scientific technical "
                            "regional municipal".split())
# skipped between a speaker and its verb: "X has also said", "X reportedly told"
_AUX_ADV = frozenset(
    """also has have had later earlier further again previously then repeatedly separately
    subsequently reportedly publicly officially now recently already once twice first
    initially ultimately finally frequently often since even long just today yesterday tonight did does
    meanwhile likewise similarly""".split()
)
# a negated or refused verb is not a statement: "X declined to say"
_NEG = frozenset({"not", "n't", "never", "cannot", "declined", "refused", "failed", "neither", "nor", "no"})
# "continues to assess": the one infinitive that still reports
_CONTINUE = frozenset("continue continues continued".split())
_GO_ON = frozenset("went goes go going".split())
# "took to Facebook to say", "went on state television to announce": the platform, then the reporting verb's
# infinitive; the one who took to it speaks
_TAKE_TO = {"to": frozenset("took take takes taking".split()), "on": frozenset("went goes go going appeared appears".split())}
_USE_VERBS = frozenset("used uses use using".split())
_INDEFINITE = frozenset("a an another".split())
# "Sitting in his office, he ...": a participle followed by these opens an introductory phrase
_PARTICIPIAL_NEXT = frozenset("in on at with by from to the a an his her its their outside inside after before".split())
# a comma segment that starts with these is a relative clause, not the speaker
_REL_START = frozenset({"who", "which", "whose", "whom", "that", "where"})


@dataclass
class Frame:
    """An attribution: the speaker mention (None when anonymous), the cue verb and its lemma."""

    mention: Mention | None
    verb: Tok | None
    lemma: str
    start: int          # span of the whole frame (speaker + verb + adjuncts)
    end: int


def _took_to(toks: list[Tok], i: int) -> int | None:
    """The index of "took" in "took to Telegram to say" (of "went" in "went on television to say", of "used" in "used
    Telegram to say"), the verb at i."""
    if i < 4 or toks[i - 1].low != "to":
        return None
    for k in range(i - 3, max(0, i - 6), -1):
        if not re.fullmatch(r"[\w'\u2019-]+", toks[k + 1].text) or toks[k + 1].low == "to":
            return None
        if toks[k].low in _TAKE_TO and toks[k - 1].low in _TAKE_TO[toks[k].low]:
            return k - 1
    # "used Telegram to inform that ...", "used his Facebook page to say": the medium named between use and the verb
    k = next((k for k in range(i - 3, max(-1, i - 7), -1) if toks[k].low in _USE_VERBS), None)
    if k is not None and all(re.fullmatch(r"[\w'\u2019-]+", x.text) for x in toks[k + 1:i - 1]) \
            and any(_is_cap(x) for x in toks[k + 1:i - 1]):
        return k
    return None


_PROPOSING_LEMMAS = frozenset({"propose", "advise"})
_NOT_ADVICE = frozenset("on about how what whether against".split())


def proposal_without_words(toks: list[Tok], i: int) -> bool:
    """"proposed a peace plan", "advised the Russian side on how ...": a thing put forward, no words reported (not
    "proposed that Ukraine cede Crimea", "proposed to resume the talks", "advised the troops to keep ...")."""
    # (the forms are the reporting-verb lexicon's own: "propose" and "advise" lines)
    if _lex().verb_lemma.get(toks[i].low) not in _PROPOSING_LEMMAS:
        return False
    nxt = toks[i + 1:i + 8]
    if toks[i].low.startswith("propos"):
        return not nxt or not (nxt[0].low == "that" or nxt[0].low == "to" and len(nxt) > 1 and nxt[1].text.islower())
    for k, t in enumerate(nxt):
        if t.low in _NOT_ADVICE or not _is_word(t):
            return True
        if t.low == "to" and k >= 1 and k + 1 < len(nxt) and nxt[k + 1].text.islower():
            return False
    return True


def _verb_ok(toks: list[Tok], i: int) -> bool:
    """A finite reporting verb (not an infinitive, not negated)."""
    if proposal_without_words(toks, i):
        return False
    for k in range(max(0, i - 3), i):
        if toks[k].low in _NEG or toks[k].low.endswith("n't"):
            return False
    if i > 0 and toks[i - 1].low == "to" and not (i > 1 and toks[i - 2].low in _CONTINUE) \
            and not (i > 2 and toks[i - 2].low == "on" and toks[i - 3].low in _GO_ON) and _took_to(toks, i) is None:
        return False
    if i > 0 and toks[i - 1].low in _NOUN_DETERMINERS:
        return False   # "the report read", "a statement": a noun, not the verb
    k = i - 1
    while k >= 0 and _is_cap(toks[k]) and toks[k].low not in ("citing", "quoting"):
        k -= 1
    if k < i - 1 and k >= 0 and toks[k].low in ("citing", "quoting"):
        return False   # "Citing World Bank estimates that ...": the participle's object, a noun after a name
    if toks[i].low == "warning" and i + 1 < len(toks) and toks[i + 1].low in _WARNING_NOUNS:
        return False   # "warning systems may be operating": a noun compound, not the participle
    return True


_WARNING_NOUNS = frozenset("systems system signs sign shots shot lights sirens signals signal notices labels".split())


_NOUN_DETERMINERS = frozenset("the a an this that its his her their our your".split())


_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_REFLEXIVES = frozenset("itself himself herself themselves".split())   # "the Kremlin itself is forecasting"
_BE = frozenset("was were is are been".split())
_HEARSAY = frozenset("reported said understood believed alleged thought".split())
_IMPERSONAL = frozenset("reported stated noted said added emphasized emphasised".split())
_DAY_PARTS = frozenset("morning afternoon evening night".split())
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|" \
         r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?: ?\.)?"     # (the words joined by spaces: "Aug . 7")
_DATE_ON = re.compile(r"\bon (?:" + _MONTH + r" \d{1,2}(?: , \d{4})?|\d{1,2} " + _MONTH + r"(?: \d{4})?)$")


def _skip_aux_left(toks: list[Tok], i: int, lo: int) -> int:
    j = i - 1
    if i < len(toks) and toks[i].low.endswith("ing") and j >= lo and toks[j].low in _BE:
        j -= 1                             # "The Ukrainian navy is claiming ...": a progressive's auxiliary
        if j >= lo and toks[j].low in ("has", "have", "had") and toks[j + 1].low == "been":
            j -= 1
    if j - 1 >= lo and toks[j].low == "to" and toks[j - 1].low in _CONTINUE:
        j -= 2                             # "ISW continues to assess that ..."
    elif j - 2 >= lo and toks[j].low == "to" and toks[j - 1].low == "on" and toks[j - 2].low in _GO_ON:
        j -= 3                             # "Hryhorov went on to say that ..."
    elif (took := _took_to(toks, i)) is not None and took - 1 >= lo:
        j = took - 1                       # "Zaluzhnyi took to Facebook to say ..."
    elif j - 3 >= lo and toks[j].low == "have" and toks[j - 1].low == "to" and toks[j - 2].low in _HEARSAY \
            and toks[j - 3].low in _BE:
        j -= 4                             # "Putin is reported to have told Trump ...": hearsay, still his words
    elif j - 1 >= lo and toks[j].low in ("was", "is") and toks[j - 1].low == "it" and toks[i].low in _IMPERSONAL \
            and (i + 1 == len(toks) or toks[i + 1].text in (".", ";")) \
            and (j - 2 < 0 or toks[j - 2].text in (",", "\u201d", "\"", "\u2019", "'")):
        j -= 1                             # '"...," it was reported.': the document's "it" after its quote
    while j >= lo:
        if toks[j].text == "Today" and j - 1 >= lo and _is_cap(toks[j - 1]):
            break                          # "USA Today reported", "Russia Today said": an outlet's name, no adverb
        if toks[j].low in _AUX_ADV or toks[j].low in _REFLEXIVES \
                or toks[j].low.endswith("ly") and toks[j].text.islower() and len(toks[j].text) > 3:
            j -= 1
            continue
        # "X was quoted as saying": the subject is X
        # (and "X was cited as stating")
        if j - 2 >= lo and toks[j].low == "as" and toks[j - 1].low in ("quoted", "cited") and toks[j - 2].low in _BE:
            j -= 3
            continue
        if toks[j].low == "as":
            # "X was quoted by the military as saying": the subject is X, not the one who quotes him
            q = next((k for k in range(j - 2, max(lo, j - 8) - 1, -1) if toks[k].low == "quoted"), None)
            if q is not None and q - 1 >= lo and toks[q - 1].low in _BE and toks[q + 1].low == "by":
                j = q - 2
                continue
        # "Britain's Ministry of Defence last week estimated", "the ministry earlier this month said"
        if j - 1 >= lo and toks[j].low in _PERIOD_NOUNS and toks[j - 1].low in ("last", "this"):
            j -= 3 if j - 2 >= lo and toks[j - 1].low == "this" and toks[j - 2].low in ("earlier", "later") else 2
            continue
        # "Putin over the weekend said", "the ministry over the past week reported"
        if j - 2 >= lo and toks[j].low in _PERIOD_NOUNS:
            p = j - 2 if toks[j - 1].low in ("past", "last") else j - 1
            if p - 1 >= lo and toks[p].low == "the" and toks[p - 1].low in ("over", "at", "during") \
                    and p - 2 >= lo and _is_word(toks[p - 2]):
                j = p - 2
                continue
        # "X (LPR)—the Russian-installed authority governing the region—confirmed": an aside between two dashes
        # (or typed as two hyphens: "But Kuleba -- attending the same summit -- warned that ...")
        aside = _dash_aside(toks, j, lo)
        if aside is not None:
            j = aside - 1
            continue
        # a time adjunct between subject and verb: "the ministry on Thursday (morning) said"
        k = j
        if k >= lo and toks[k].low in _DAY_PARTS:
            k -= 1
        if k - 1 >= lo and toks[k].low in _WEEKDAYS and toks[k - 1].low == "on":
            k -= 2
            if k >= lo and toks[k].low in ("late", "early"):
                k -= 1
            j = k
            continue
        # a date: "Reuters on November 27 said", "the ministry on 27 November said"
        # (only where a date can end: a day or year, or a month's name; the join runs on every word before a verb)
        date_on = _DATE_ON.search(" ".join(x.text for x in toks[max(lo, k - 5):k + 1])) if (
            toks[k].text.isdigit() or toks[k].text[:1].isupper()) else None
        if date_on is not None:
            d = k - len(date_on.group(0).split()) + 1
            if d - 1 >= lo and _is_word(toks[d - 1]):
                j = d - 1
                continue
        if k - 1 >= lo and toks[k].low in _WEEKDAYS and toks[k].text[:1].isupper() and _is_word(toks[k - 1]) \
                and toks[k - 1].low not in _DETS and toks[k - 1].low not in ("on", "last", "next", "this", "that"):
            j = k - 1                      # wire style, no "on": "Ukraine's General Staff Friday said"
            continue
        # an aside in parentheses or between dashes: "The Russian Volunteer Corps (made up of Russians fighting for
        # Ukraine) said", "the Defence Ministry on Tuesday (September 10, 2024) said"
        if toks[j].text in (")", "\u2013", "\u2014", "-"):
            opener = "(" if toks[j].text == ")" else toks[j].text
            o = next((k for k in range(j - 1, max(lo - 1, j - 30), -1) if toks[k].text == opener), None)
            if o is not None and o - 1 >= lo and _is_word(toks[o - 1]) and not any(
                    x.text in (".", ";", ":") for x in toks[o + 1:j]):
                j = o - 1
                continue
        # where it was said, between subject and verb: "the Ukrainian military in a statement on social media said"
        medium = next((k for k in range(j - 1, max(lo, j - 9) - 1, -1) if toks[k].low in ("in", "on", "via")
                       and _MEDIUM_ADJUNCT.fullmatch(" ".join(x.low for x in toks[k:j + 1]))), None)
        if medium is not None and medium - 1 >= lo and _is_word(toks[medium - 1]):
            j = medium - 1
            continue
        break
    return j


_PERIOD_NOUNS = frozenset("week weekend month year night summer spring autumn winter".split())


# "in a statement", "in an interview on state TV", "on Telegram", "in a video address on social media", "in their
# September 11 report"
_MEDIUM_ADJUNCT = re.compile(r"(?:in|on|via)\s+(?:(?:a|an|the|its|his|her|their)\s+)?(?:[\w-]+\s+){0,2}?"
                             r"(?:statement|interview|post|video|address|briefing|message|telegram|facebook|x|twitter|"
                             r"report|update|assessment|analysis|speech|letter)"
                             r"(?:\s+on\s+(?:(?:the|its|his|her|their|state)\s+)?(?:[\w-]+\s+)?"
                             r"(?:media|telegram|facebook|x|twitter|tv|television|channel))?")


def _comma_segments(toks: list[Tok], lo: int, hi: int) -> list[tuple[int, int]]:
    segs = []
    s = lo
    depth = 0
    for k in range(lo, hi):
        t = toks[k].text
        if t in "([":
            depth += 1
        elif t in ")]":
            depth = max(0, depth - 1)
        elif t == "," and depth == 0:
            segs.append((s, k))
            s = k + 1
    segs.append((s, hi))
    return segs


_INTERVIEW_ADJUNCT = re.compile(
    r"(?<=[A-Za-z])\s+in\s+(?:a|an|his|her|the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:interview|conversation|video|"
    r"address|comments?)\s+(?:with|to|for|(?:published|broadcast|aired)\s+by)\s+(?:the\s+)?(?:[A-Z][\w.'\u2019&-]*\s*){1,4}?"
    r"(?:\s+on\s+[A-Z][a-z]+day)?\s*$"
    # ("The ministry in its daily intelligence bulletin on Twitter said": its own document, where it said it)
    r"|(?<=[A-Za-z])\s+in\s+(?:its|their|his|her)\s+(?:[\w-]+\s+){0,3}?(?:bulletin|update|statement|report|post|"
    r"briefing|message)(?:\s+on\s+(?:[A-Z][\w-]*|social\s+media))?\s*$")
# "Kharkiv Governor Oleh Syniehubov speaking to journalists on May 11 said": a participle adjunct of the occasion,
# unbracketed by commas, between the speaker and the verb
_SPEAKING_ADJUNCT = re.compile(r"(?<=[A-Za-z])\s+(?:speaking|talking|writing|commenting)\s+(?:to|with|on|at|in|from|"
                               r"during|after)\s+[^,;.:\"\u201c\u201d]{2,60}?\s*$")
# "a World Bank report released on Wednesday (March 23) has said": the document's participle and when, between its
# noun and the verb (the noun's owner speaks, as in "a World Bank report said")
_DOCUMENT_PARTICIPLE = re.compile(
    r"\b(?:report|statement|study|analysis|assessment|survey|update|bulletin|review|estimate)(?P<adj>\s+(?:released|"
    r"published|issued|posted|presented)(?:\s+(?:(?:on|last|this|earlier|late)\s+)?(?:(?-i:[A-Z])[a-z]+day|"
    r"(?-i:[A-Z])[a-z]+\s+\d{1,2}|\d{1,2}\s+(?-i:[A-Z])[a-z]+|week|month|year))?(?:\s*\([^()]{1,20}\))?"
    r"(?:\s+(?:has|have|had))?)\s*$", re.IGNORECASE)


def _with_roles(named: Mention, titled: Mention) -> Mention:
    """``named`` with the role words of the title phrase apposed to it."""
    return replace(named, role_words=tuple(named.role_words) + tuple(
        w for w in titled.role_words if w not in named.role_words))


def _name_before_role(text: str, toks: list[Tok], m: Mention | None, k: int, j: int,
                      lo: int) -> tuple[Mention, int] | None:
    """"Mykola Lukashuk, head of the Dnipropetrovsk regional council recently claimed": an apposition whose closing
    comma was left out, the person's name (two or three capitalised words opening their clause, no place or region)
    before the role phrase ``m`` = toks[k:j + 1] speaks (not "At the Munich Security Forum, the head of ... urged")."""
    roles = _lex().roles
    if m is None or not (m.kind in ("role", "descriptive") or m.kind == "named" and m.is_person is False) \
            or k - 2 < lo or toks[k - 1].text != "," or not toks[k].text.islower() \
            or not (toks[k].low in roles or toks[k].low == "the" and k + 1 <= j and toks[k + 1].low in roles):
        return None
    a = _np_left(toks, k - 2, lo)
    named = _build_mention(text, toks, a, k - 1) if a <= k - 2 else None
    if named is not None and named.kind == "named" and named.is_person is not False \
            and 2 <= k - 1 - a <= 3 and all(_is_cap(x) for x in toks[a:k - 1]) \
            and default_gazetteer().resolve(named.name) is None and not find_regions(named.name) \
            and (a == lo or toks[a - 1].text in (",", '"', "\u201d", "\u2014", "\u2013")):
        return _with_roles(named, m), a
    return None


def _name_before_open_apposition(text: str, toks: list[Tok], lo: int, kd: int) -> Mention | None:
    """The person named at ``lo`` when a comma and "a"/"an" follow the name and open a description running to the
    preposition at ``kd`` ("Jack Watling, a senior research fellow at ...")."""
    c = next((x for x in range(lo + 2, min(kd, lo + 6)) if toks[x].text == ","), None)
    if c is None or c + 1 >= kd or toks[c + 1].low not in ("a", "an") \
            or not all(_is_cap(x) for x in toks[lo:c]) or any(x.text == "," for x in toks[c + 1:kd]):
        return None
    lex = _lex()
    if not any(x.low in _PERSON_NOUNS or x.low in lex.titles for x in toks[c + 2:kd]):
        return None     # (a person's description: "a senior research fellow", "an analyst", "a spokesman")
    mention = _build_mention(text, toks, lo, c)
    return mention if mention is not None and mention.kind == "named" and mention.is_person is not False else None


# (with the titles lexicon's words: "spokesman", "adviser", ...)
_PERSON_NOUNS = frozenset("""fellow analyst expert researcher professor scholar journalist correspondent reporter
    officer soldier lawyer economist historian lecturer""".split())


def _subject_left(text: str, toks: list[Tok], i: int, lo: int) -> tuple[Mention | None, int]:
    """Speaker mention ending just before the verb toks[i] (with appositions). Returns (mention, first token idx)."""
    if lo < i < len(toks) and (adj := _INTERVIEW_ADJUNCT.search(text, toks[lo].start, toks[i].start)) is not None:
        # "Hnatov in a nine-minute interview published by Liga.Net on Tuesday told ...": the speaker before the
        # adjunct of the medium, not the outlet inside it
        k = next((x for x in range(lo, i) if toks[x].start >= adj.start()), i)
        if k > lo:
            i = k
    elif lo < i < len(toks) and (adj := _DOCUMENT_PARTICIPLE.search(text, toks[lo].start, toks[i].start)) is not None:
        i = next((x for x in range(lo, i) if toks[x].start >= adj.start("adj")), i)
    elif lo < i < len(toks) and (adj := _SPEAKING_ADJUNCT.search(text, toks[lo].start, toks[i].start)) is not None:
        k = next((x for x in range(lo, i) if toks[x].start >= adj.start() + 1), i)
        if k > lo:
            i = k
    j = _skip_aux_left(toks, i, lo)
    if j < lo:
        return None, i
    if toks[j].text == ",":
        # apposition / relative clause: X, the acting governor of ..., said
        return _appositive_subject(text, toks, i, j, lo)
    if toks[j].text in ('"', "\u201d") and j - 1 >= lo and toks[j - 1].text == "," \
            and any(t.text in ('"', "\u201c") for t in toks[max(lo, j - 8):j - 1]):
        # 'X, an officer of the National Guard brigade "Rubizh," stated': the apposition's closing comma inside the
        # quotation marks of the unit's name that ends it
        return _appositive_subject(text, toks, i, j - 1, lo)
    r = _relative_before(toks, j, lo)
    if r is not None:
        # "The IAEA mission that visited the area today said ...", "Syrskyi who commands the army said": a restrictive
        # relative clause between the subject and its verb (the noun ending it is the clause's own object)
        return _subject_left(text, toks, r, lo)
    k = _np_left(toks, j, lo)
    if k > j:
        return None, i
    if k - 2 >= lo and toks[k - 1].low == "from" and toks[k - 2].text.isalpha() and toks[k - 2].text.islower() \
            and toks[k - 2].low not in DOCUMENT_WORDS and toks[k - 2].low not in _lex().roles \
            and toks[k].low != "the" and not any(x.bare in _lex().orgs for x in toks[k:j + 1]):
        # "the friend from Letang told him": where the unnamed speaker is from, not who he is (not "a statement
        # from the ministry said", "a spokesman from the Kremlin", "volunteers from the Siberian Battalion announced")
        return None, i
    if any(toks[d].low in ("to", "for") and toks[d - 1].low in _SERVES_A_PERSON
           and toks[d - 2].low in ("a", "an", "one") for d in range(max(k, lo) + 2, j)):
        # "An aide to Ukrainian President Volodymyr Zelensky denied ...": an unnamed aide, not the president he serves
        return None, i
    if k - 2 >= lo and toks[k - 1].low in ("in", "at") and toks[k - 2].low in ("officials", "residents", "sources"):
        # "Russian-installed officials in the eastern town of Horlivka confirmed ...": unnamed people located in the
        # place, not the town
        return None, i
    # (the preposition may stand a determiner or an owner before the body: "in the region's administration")
    kd = next((d for d in range(k - 1, max(lo - 1, k - 4), -1) if toks[d].low in ("in", "at", "with", "from")), None)
    if kd is not None and kd - 2 >= lo and toks[kd - 1].low in _UNNAMED_MEMBERS \
            and toks[kd - 2].low in ("a", "an", "one") and all(_is_word(x) for x in toks[kd + 1:k]):
        # "..., an official in the region's Russian-backed administration said": an unnamed member of the body, not
        # the body
        return None, i
    if kd is not None and (named := _name_before_open_apposition(text, toks, lo, kd)) is not None:
        # "Jack Watling, a senior research fellow at the Royal United Services Institute wrote": the apposition's
        # closing comma left out; the person named before it speaks, not the body he works at
        return named, lo
    if k - 2 >= lo and toks[k - 1].low == "and" and toks[k - 2].low in NAME_ADJECTIVES and _is_cap(toks[k - 2]) \
            and _is_cap(toks[k]):
        # "The Head of Kharkiv Region Military and Civilian Administration said": one body's name, two adjectives
        # joined by "and"
        k = _np_left(toks, k - 2, lo)
    elif k - 2 >= lo and toks[k - 1].low == "and" and _is_cap(toks[k - 2]) and _is_cap(toks[k]) \
            and _known_body(text, toks, _np_left(toks, k - 2, lo), j + 1):
        # "The Center for Strategic and International Studies (CSIS) estimates": a known body whose name holds "and"
        k = _np_left(toks, k - 2, lo)
    if _SOURCES_NEAR.search(text, max(0, toks[k].start - 40), toks[k].start):
        return None, i     # "Sources close to the Kremlin told Bloomberg": unnamed people near it, not the Kremlin
    # an indefinite description is anonymous: "a prominent Kremlin-affiliated milblogger claimed" (and a
    # capitalised "Another Russian milblogger" or "One Ukrainian official" that the noun phrase itself opens)
    if toks[k].low in ("another", "one") and not _known_person(text, toks, k + 1, j + 1):
        return None, i
    d = k - 1
    while d >= lo and k - d <= 3 and _is_word(toks[d]) and toks[d].text.islower() \
            and toks[d].low not in _INDEFINITE and toks[d].low not in _DETS and toks[d].low not in _CONNECTORS:
        d -= 1
    if d >= lo and toks[d].low in _INDEFINITE and (d == lo or not _is_word(toks[d - 1])
                                                     or toks[d - 1].low in ("but", "and", "while")) \
            and not _known_person(text, toks, k, j + 1) \
            and not _ISSUED_BY_BEFORE.search(text, toks[d].start, toks[k].start):
        return None, i
    m = _build_mention(text, toks, k, j + 1)
    if m is not None and m.kind == "pronoun" and toks[k].low in ("them", "him", "us", "me"):
        # "as one of them announced": an object pronoun is never the verb's subject; the one of a group who speaks
        # is unnamed
        return None, i
    if m is None and toks[k].low in _INDEFINITE:
        # "A representative of the Eastern Group Serhiy Cherevaty said": a known person's name closing an
        # indefinite title with no comma before it
        # (not "an adviser to President Volodymyr Zelensky said": the name after a preposition is another person)
        a = next((a for a in (j - 1, j - 2) if a > k + 1 and _known_person(text, toks, a, j + 1)), None)
        p = a - 1 if a is not None else k
        while p > k and toks[p].low in _lex().titles:
            p -= 1
        if a is not None and toks[p].low not in _PREPOSITIONS:
            return _build_mention(text, toks, a, j + 1), a
    if m is not None and k - 1 >= lo and toks[k - 1].text == "," and toks[j].text.islower() \
            and toks[j].low in _lex().roles and toks[j].low not in _BODY_NOUNS and toks[k].low not in _DETS \
            and (m.kind in ("role", "descriptive") or m.kind == "named" and m.is_person is False):
        # "..., Viktor Vodolatsky, coordinator for ties with ..., State Duma lawmaker told TASS": a bare title (no
        # determiner, no comma of its own) closes an apposition chain whose head is the name (translated wire
        # copy; "Akif Kilic, Erdogan's chief adviser said": the office someone holds); "..., the defence ministry
        # said" is a body of its own
        named, a = _appositive_subject(text, toks, i, k - 1, lo)
        if named is not None and named.kind == "named" and named.is_person is not False \
                and len(named.name.split()) >= 2:
            return _with_roles(named, m), a
    before = _name_before_role(text, toks, m, k, j, lo)
    if before is not None:
        return before
    if m is not None and m.is_person is not True and m.kind in ("named", "descriptive", "role"):
        opened = _unclosed_apposition(text, toks, j, k, lo)
        if opened is not None:
            return opened
    return m, k


def _dash_aside(toks: list[Tok], j: int, lo: int) -> int | None:
    """When toks[j] closes an aside between two dashes (or two double hyphens) that follows a subject, the index
    of the aside's opening dash; a relative clause may hold a verb ("The ministry - which has not commented -
    said"), another aside may not."""
    if toks[j].text in ("\u2014", "\u2013"):
        close = j
        opening = next((x for x in range(j - 1, max(lo, j - 16) - 1, -1) if toks[x].text == toks[j].text), None)
        first = opening
    elif _double_hyphen(toks, j, lo):
        close = j - 1
        opening = next((x for x in range(close - 2, max(lo + 1, close - 16) - 1, -1) if _double_hyphen(toks, x, lo)),
                       None)
        first = opening - 1 if opening is not None else None
    else:
        return None
    if opening is None or first - 1 < lo or not _is_word(toks[opening + 1]):
        return None
    inner = range(opening + 1, close)
    if toks[opening + 1].low in ("who", "which") or not any(
            toks[x].low in _lex().verb_lemma and not toks[x].low.endswith("ing") for x in inner):
        return first
    return None


def _double_hyphen(toks: list[Tok], j: int, lo: int) -> bool:
    """Do toks[j-1] and toks[j] spell a dash as two hyphens ("--")?"""
    return j - 1 >= lo and toks[j].text == "-" and toks[j - 1].text == "-" and toks[j - 1].end == toks[j].start


def _unclosed_apposition(text: str, toks: list[Tok], j: int, k: int, lo: int) -> tuple[Mention, int] | None:
    """"Leonid Pasechnik, head of the Lugansk People's Republic confirmed ...": an apposition whose closing comma is
    missing (translated copy); the body it names is the title's object, and the person before the comma speaks."""
    lex = _lex()
    c = next((x for x in range(k - 1, max(lo - 1, k - 9), -1) if toks[x].text == ","), None)
    if c is None or c - 1 < lo or k - c > 8:
        return None
    # the title phrase: (the) (adjectives) ROLE of (the) Name's ... -- nothing that could be a verb or a clause
    o = next((x for x in range(c + 1, j + 1) if toks[x].low == "of"), None)
    if o is None:
        return None
    title = [t.low for t in toks[c + 1:o] if t.low not in _DETS]
    if not any(x in lex.roles or x in lex.titles for x in title) \
            or any(x in lex.verb_lemma or x in ("who", "which", "that", "and") for x in title) \
            or not all(t.low in _DETS or _is_cap(t) or t.text in ("'s", "\u2019s", "'", "\u2019", "(", ")")
                       # ("Vadym Skibitsky, Deputy Head of the Main Directorate of Intelligence said": the body's own
                       # small words)
                       or t.low in ("of", "for", "and") and _is_cap(toks[j])
                       for t in toks[o + 1:j + 1]):
        return None
    a = _np_left(toks, c - 1, lo)
    if a > c - 1 or (a > lo and toks[a - 1].text not in (",", ";")):
        return None
    person = _build_mention(text, toks, a, c)
    if person is None or person.kind != "named" or len(person.name.split()) < 2 \
            or not (person.is_person or _known_person(text, toks, a, c)):
        return None
    return person, a


# the first word of a relative clause whose subject is its pronoun: a finite verb ("that visited", "who has led")
_GAP_FINITE = re.compile(r"[a-z]+(?:ed|[^s]s)|has|have|had|is|are|was|were|will|would|can|could|did|does|led|took|made|"
                         r"saw|came|went|left|met|ran|oversees|leads|heads")


def _relative_before(toks: list[Tok], j: int, lo: int) -> int | None:
    """Index of the "that"/"who" opening a relative clause with a subject gap that ends at toks[j], its
    antecedent a noun right before it (no punctuation inside), or None."""
    for r in range(j - 1, max(lo, j - 10), -1):
        t = toks[r]
        if not _is_word(t):
            return None
        if t.low in ("that", "who"):
            nxt, prev = toks[r + 1], toks[r - 1]
            ok = _GAP_FINITE.fullmatch(nxt.text) is not None and _is_word(prev) \
                and prev.low not in _lex().verb_lemma and prev.low not in _DETS
            return r if ok else None
    return None


# nouns of a body, not of a person's title ("the defence ministry", "Ukraine's General Staff")
_BODY_NOUNS = frozenset("ministry office service staff command department administration agency committee council "
                        "government army military forces headquarters directorate centre center group ministries "
                        "parliament duma kremlin".split())


# "A statement from the ministry said: ...": the indefinite is the document's; its issuer is named
# ("A source of LIGA.net in the Defense Forces confirmed ...": the outlet's source, inside the body)
_SOURCES_NEAR = re.compile(r"\b(?:sources?|people|insiders?|someone|a\s+person)\s+(?:(?:of|for|at|to)\s+[\w.'\u2019-]+(?:\s+[\w.'\u2019-]+)?\s+)?"
                          r"(?:close\s+to|familiar\s+with|in|within|inside|near|around)\s+$", re.IGNORECASE)
_ISSUED_BY_BEFORE = re.compile(r"\b(?:statement|report|analysis|assessment|update|communique|bulletin|post|message)\s+"
                               r"(?:(?:issued|published|released|posted)\s+)?(?:by|from)\s+$", re.IGNORECASE)


def indefinite_subject(text: str, toks: list[Tok], i: int) -> Mention | None:
    """The indefinite source before the verb toks[i], "a senior Ukrainian official (has) said" (mentions.py,
    indefinite_source), opening its clause or after a comma; else None."""
    j = _skip_aux_left(toks, i, 0)
    d = j
    while d >= 0 and j - d < 6 and _is_word(toks[d]) and toks[d].low not in ("a", "an"):
        d -= 1
    if d < 0 or toks[d].low not in ("a", "an") or d == j or (d > 0 and _is_word(toks[d - 1])
                                                             and toks[d - 1].low not in ("but", "and", "while")):
        return None
    return indefinite_source(text, toks, d, j + 1)


def _known_body(text: str, toks: list[Tok], a: int, b: int) -> bool:
    """Do toks[a:b] (past a leading "the", before a closing "(ACRONYM)") name one organisation a seed knows, whose
    name holds the "and" (the words before it name no other body)?"""
    a += a < b and toks[a].low == "the"
    if b - a >= 3 and toks[b - 1].text == ")" and toks[b - 3].text == "(":
        b -= 3
    if b <= a:
        return False
    from pipelines.extraction.actors import default_resolver
    try:
        actor = default_resolver().resolve(text[toks[a].start:toks[b - 1].end])
    except Exception:
        return False
    if actor is None or actor.kind == "person":
        return False
    # ("TASS and RIA Novosti": two agencies, the first a body of its own, whichever one the resolver finds for both)
    c = next((k for k in range(a, b) if toks[k].low == "and"), a)
    try:
        first = default_resolver().resolve(text[toks[a].start:toks[c - 1].end]) if c > a else None
    except Exception:
        first = None
    return first is None or first.actor_id == actor.actor_id


def _known_person(text: str, toks: list[Tok], a: int, b: int) -> bool:
    """"a swaggering Putin declared": an indefinite before a known person's name is style, not anonymity."""
    if b <= a or not all(_is_word(t) and t.text[:1].isupper() for t in toks[a:b]):
        return False
    from pipelines.extraction.actors import default_resolver
    try:
        actor = default_resolver().resolve(text[toks[a].start:toks[b - 1].end])
    except Exception:
        return False
    return actor is not None and actor.kind == "person"


_CLOSING_QUOTES = frozenset("'\u2019\"\u201d")


_PREPOSITIONS = frozenset("by of in on at for from with to into near after before over under about against".split())
# ("Behind closed doors, Kremlin hardliners ... have echoed ...": a place phrase opening the clause)
_INTRO_PREPOSITIONS = frozenset("upon amid amidst despite during following throughout within without behind beyond "
                                "across along around among amongst between inside outside alongside towards".split())


# words that open a clause whose subject follows them: "..., came after X, the commander, told ..."
_CLAUSE_OPENERS = frozenset("after before when while because since until once although though as that where".split())


_LOCATIVE_IN = frozenset({"in", "at", "near", "from", "outside"})
# the first words of an adjunct set off between commas after a subject ("X, during his meeting ... in Kampala, ...")
_ASIDE_OPENERS = frozenset("during at after before while following speaking on".split())


# the prepositions of an adjunct of time or place between a speaker and the comma before his verb
_ADJUNCT_PREPOSITIONS = frozenset("in on at during".split())


# a time adjunct opening a clause before its subject's name: "on Friday", "last week", "earlier on Tuesday"
_TIME_ADJUNCT = re.compile(r"(?:(?:earlier|later)\s+)?(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
                           r"yesterday|today|(?:last|this|next)\s+(?:week|month|year|night)|earlier|later|then)")


def _appositive_subject(text: str, toks: list[Tok], i: int, j: int, lo: int) -> tuple[Mention | None, int]:
    """The speaker of a verb preceded by a comma (toks[j]): walk the comma segments leftwards while
    they look appositive ("X, the acting governor of ..., said") and take the clause-initial name,
    else the first role/pronoun segment."""
    segs = _comma_segments(toks, lo, j)
    a, b = segs[-1] if segs else (j, j)
    d = next((k for k in range(a + 1, b - 1) if toks[k].text in ("\u2013", "\u2014", "-")), None)
    if d is not None and toks[d + 1].low in _INDEFINITE | {"the"} and _np_left(toks, d - 1, a) == a:
        # "The Institute for the Study of War – a Washington-based think-tank, says ...": a description after a
        # dash, closed by the comma, renames the subject before it
        named = _build_mention(text, toks, a, d)
        if named is not None and named.kind == "named":
            return named, a
    if len(segs) >= 2 and b - a >= 3 and toks[a].low == "including":
        # "Sumy Oblast authorities, including head of the Military Administration Volodymyr Artyukh, rejected ...":
        # the one named among the body's people speaks for it
        k = _np_left(toks, b - 1, a + 1)
        person = _build_mention(text, toks, k, b) if a < k < b else None
        if person is not None and person.kind == "named" and person.is_person is not False \
                and len(person.name.split()) >= 2:
            return person, k
    p = next((k for k in range(a + 1, b) if toks[k].low in _ADJUNCT_PREPOSITIONS), None)
    if p is not None and (a == lo or toks[a - 1].text == ",") and all(_is_cap(x) or x.text == "." for x in toks[a:p]):
        # "Mr Zelensky in a late-night address on Monday, said": the name, then where or when he said it
        named = _build_mention(text, toks, a, p)
        if named is not None and named.kind == "named" and named.is_person is not False:
            return named, a
    if len(segs) >= 2 and b - a >= 2 and any(t.text in ("'s", "\u2019s") or t.text.endswith(("'s", "\u2019s"))
                                             for t in toks[a:b]) and toks[a].low not in _lex().pronouns:
        # "after Keith Kellogg, Donald Trump's envoy to Ukraine, said that ...": an owner's title set off between
        # commas after a person's name, inside a clause opened before the name; the name speaks
        pa, pb = segs[-2]
        k = _np_left(toks, pb - 1, pa)
        person = _build_mention(text, toks, k, pb) if pa < k < pb else None
        if person is not None and person.kind == "named" and person.is_person is not False \
                and len(person.name.split()) >= 2 and (person.is_person or _known_person(text, toks, k, pb)):
            return person, k
    if b - a > 3 and [t.low for t in toks[a:a + 3]] == ["as", "well", "as"]:
        # "Both Ukrainian and Russian media, as well as the US Institute for the Study of War, reported that ...":
        # the one named among the subjects speaks
        named = _build_mention(text, toks, a + 3, b)
        if named is not None and named.kind == "named":
            return named, a + 3
    best = None
    role_best = None
    # find a clause-initial NP: walk segments from the right while they look appositive
    for si in range(len(segs) - 1, -1, -1):
        a, b = segs[si]
        while a < b - 1 and toks[a].text in _CLOSING_QUOTES:
            a += 1                 # "the group 'Tavria,' General X, said": the quote closes the previous segment
        if a >= b:
            break
        if si > 0 and (b - a == 1 and toks[a].text.isupper() and len(toks[a].text) <= 3
                       # ("X, during his meeting ... in Kampala, Uganda, asked": the city's country, inside an aside
                       # that does not open the sentence)
                       or si > 1 and b - a <= 2 and all(_is_cap(x) for x in toks[a:b])
                       and toks[segs[si - 1][0]].low in _ASIDE_OPENERS):
            pa, pb = segs[si - 1]
            if pb - pa >= 2 and toks[pb - 2].low in _LOCATIVE_IN and _is_cap(toks[pb - 1]):
                continue   # "a think-tank in Washington, DC, estimates": the place's state, not a name
        first = toks[a]
        k = _np_left(toks, b - 1, a)
        full = k == a
        if not full and si == 0 and a < k <= b - 1 and toks[k - 1].text != "," and (
                not _is_word(toks[k - 1]) or all(x.low in _STOP_CAPS or not _is_word(x) or x.text.isdigit()
                                                 for x in toks[a:k])):
            a, full = k, True      # "17:05 — Alexei Smirnov, the acting governor ..., said"
            first = toks[a]
        elif not full and a < k <= b - 1 and (si == 0 or toks[a].low in ("but", "and", "while")) \
                and k - a <= 4 and any(x.low in _DETS for x in toks[a:a + 2]) and all(
                x.low in _DETS or x.low in ("but", "and", "while") or (x.text.isalpha() and x.text.islower()
                and x.low not in _CONNECTORS and x.low not in _PREPOSITIONS) for x in toks[a:k]):
            a, full = k, True      # "the popular Ukrainian blog DeepState, which ..., says": its adjectives
            first = toks[a]
        elif not full and si == 0 and a < k <= b - 1 and k - a <= 3 and _is_cap(toks[k]) \
                and any(x.low in _lex().roles for x in toks[a:k]) and all(
                x.low in _lex().roles and x.text.islower() or _nationality(x.text) for x in toks[a:k]):
            # "Ukrainian negotiator David Arakhamia, who led the delegation, said": a bare title before the name
            # (its nationality, its office), as the same words before "said" with no relative clause between
            a, full = k, True
            first = toks[a]
        elif not full and si == 0 and a < k - 1 <= b - 2 and toks[k - 1].low == "and" and _is_cap(toks[k]) and all(
                x.low in _lex().titles or x.low in _lex().roles or x.low in ("of", "the", "first", "deputy", "vice")
                or x is toks[a] and _nationality(x.text) for x in toks[a:k - 1]):
            # "Deputy Prime Minister and Defense Minister X, speaking at the event, called": one person's two titles
            a, full = k, True
            first = toks[a]
        elif not full and si > 0 and k == a + 1 and (toks[a].low in ("but", "and", "while", "whereas")
                                                     or toks[a].low in _CLAUSE_OPENERS) and _is_cap(toks[k]):
            # "..., but Volodymyr Fityo, head of communications ..., said", "..., where Andrey Ivanayev, commander
            # of the Eastern Military District, claimed": the clause's subject
            a, full = k, True
            first = toks[a]
        starts_ok = _is_cap(first) or first.low == "the" or first.low in _lex().pronouns
        if full and not starts_ok and first.low in _lex().roles:
            m = _build_mention(text, toks, a, b)
            if m is not None and m.kind == "named" and m.is_person and len(m.name.split()) >= 2:
                owner = _served_title_owner(text, toks, segs, si) if _serves(toks, a, b) else None
                if owner is not None:
                    return owner   # "Dmitry Peskov, press secretary to President Vladimir Putin, said"
                if si > 0 and _title_of_name(m):
                    # "Oleh Korikov, head of Ukraine's State Nuclear Regulatory Inspectorate, said": a title "of" a
                    # body, apposed to the person's name before it
                    pa, pb = segs[si - 1]
                    pm = _build_mention(text, toks, pa, pb) if pa < pb and _np_left(toks, pb - 1, pa) == pa else None
                    if pm is not None and pm.kind == "named" and pm.is_person is not False \
                            and len(pm.name.split()) >= 2 and not _title_of_name(pm):
                        return pm, pa
                return m, a        # "the head of the delegation, presidential aide X, told"
        if full and starts_ok:
            m = _build_mention(text, toks, a, b)
            if m is not None:
                if m.kind == "named":
                    best = (m, a)
                    # keep looking left only if the left segment is a description of the same entity
                    continue_left = si > 0
                    if continue_left:
                        pa, pb = segs[si - 1]
                        if si - 1 == 0 and pa < pb:
                            kp = _np_left(toks, pb - 1, pa)
                            if pa < kp < pb and toks[kp - 1].text in (":", "\u2014", "\u2013", "-"):
                                pa = kp    # "Previously: Oleksandr Tarnavskyi, Commander of the Tavriia group, reported"
                        pm = _build_mention(text, toks, pa, pb) if pa < pb and _np_left(toks, pb - 1, pa) == pa else None
                        # ("Dmitry Peskov, press secretary to President Vladimir Putin, said": the person the title
                        # serves is its preposition's object; the name before the comma speaks)
                        served = _serves(toks, segs[si][0], b)
                        if pm is not None and pm.kind == "named" and pm.is_person is not False \
                                and (m.is_person is not True or served and len(pm.name.split()) >= 2) \
                                and not (_title_of_name(pm) and len(m.name.split()) >= 2):
                            best = (pm, pa)
                        elif pm is not None and _title_of_name(pm):
                            # (his title's words, and the body's, find him again: "the Chechen leader said")
                            best = (replace(m, role_words=tuple(m.role_words) + tuple(
                                w for w in pm.role_words + tuple(pm.name.lower().split()) if w not in m.role_words)), a)
                        elif pm is not None and _possessive_title(toks, pa, pb):
                            # "..., Nepal's Foreign Minister, Prakash Saud, said": the owner's title apposed before
                            # the name is part of the frame, not of what was said
                            best = (m, pa)
                    break
                if role_best is None:
                    role_best = (m, a)
                    if m.kind in ("role", "descriptive") and si > 0:
                        # "X, the commander-in-chief, said": the role is an apposition to a name
                        # (", but X, the regional governor, said": the conjunction opens X's clause)
                        pa, pb = segs[si - 1]
                        if pa < pb and toks[pa].low in ("but", "and", "while", "whereas") and si - 1 > 0:
                            pa += 1
                        kp = _np_left(toks, pb - 1, pa) if pa < pb else pa
                        if pa < kp < pb and (toks[kp - 1].low in _CLAUSE_OPENERS or _TIME_ADJUNCT.fullmatch(
                                text, toks[pa].start, toks[kp - 1].end)):
                            pa = kp    # "The move came after Sergei Surovikin, the commander ..., told": his clause
                            #            (", but on Friday James Heappey, the armed forces minister, said": its time)
                        if pa < pb and _np_left(toks, pb - 1, pa) == pa:
                            pm = _build_mention(text, toks, pa, pb)
                            if pm is not None and pm.kind == "named" and pm.is_person is not False:
                                # the apposition's title describes the person ("Andrei Bocharov, the governor,"):
                                # a role named before ("the regional governor said") finds him by it
                                return replace(pm, role_words=tuple(pm.role_words) + tuple(
                                    w for w in m.role_words if w not in pm.role_words)), pa
                if m.kind in ("role", "pronoun"):
                    break
                continue
        # appositive-looking segment: keep walking left
        flow = first.low
        if flow in _DETS or flow in _REL_START or not first.text[0].isupper() or first.text[0].isdigit():
            continue
        if si > 0 and b - a >= 2 and re.search(r"['\u2019]s$", first.text) and toks[b - 1].text.isalpha() \
                and toks[b - 1].text.islower():
            continue   # "DeepState, Ukraine's leading war analysis agency, reported": a possessive description
        if full or first.low in _lex().titles or first.low in _lex().roles:
            # ("X, Deputy Chairman of Russia's Security Council and former President, has warned": a capitalised
            # office opening the segment describes the name before it)
            continue
        break
    if best is not None:
        return best
    if role_best is not None:
        return role_best
    return None, i


def _title_of_name(m: Mention) -> bool:
    """"The leader of Russia's Chechen Republic": a title "of" a named body or place, which the mention reads as that
    name; a person's name apposed to it is the one who speaks."""
    # ("US special envoy to the Middle East, Steve Witkoff, told": a title "to" a region reads the same way)
    rw = m.role_words
    return m.kind == "named" and any(rw[x] in _lex().roles and rw[x + 1] in ("of", "to")
                                     for x in range(min(3, len(rw) - 1)))


def _possessive_title(toks: list[Tok], a: int, b: int) -> bool:
    """"Nepal's Foreign Minister": an owner's possessive, then a capitalised title ending in a role word."""
    lex = _lex()
    return b - a >= 2 and re.search(r"['\u2019]s$", toks[a].text) is not None and toks[b - 1].low in lex.roles \
        and all(_is_cap(x) and (x.low in lex.roles or x.low in lex.titles or x.text.isalpha()) for x in toks[a + 1:b])


def _serves(toks: list[Tok], a: int, b: int) -> bool:
    """Does the segment toks[a:b] open with a title that serves someone named in it ("press secretary to President
    X", "the spokesman for X")? Then X is the title's object, not the segment's speaker."""
    lex = _lex()
    return (toks[a].low in _DETS or toks[a].low in lex.roles or toks[a].low in lex.titles) and any(
        toks[x].low in ("to", "for") and (toks[x - 1].low in lex.roles or toks[x - 1].low in lex.titles)
        for x in range(a + 1, b))


def _served_title_owner(text: str, toks: list[Tok], segs: list, si: int) -> tuple[Mention, int] | None:
    """The person named in the segment before segs[si] (whose title serves another), when it is a whole name."""
    if si == 0:
        return None
    pa, pb = segs[si - 1]
    if not (pa < pb and _np_left(toks, pb - 1, pa) == pa):
        return None
    pm = _build_mention(text, toks, pa, pb)
    if pm is None or pm.kind != "named" or pm.is_person is False or len(pm.name.split()) < 2:
        return None
    return pm, pa


@lru_cache(maxsize=1)
def _demonym_adjectives() -> frozenset:
    """"Ukrainian", "Russian", "Polish": the adjectives of the countries the lexicon knows."""
    return frozenset(_lex().demonyms.values())


def _holder_after_title(text: str, toks: list[Tok], i: int, e: int, hi: int) -> tuple[Mention, int] | None:
    """'"...," said UNHCR Representative in Ukraine, Karolina Lindholm Billing, who ...': an office (a role word in
    it), then after its comma the full name of its holder, which ends the frame: the holder speaks."""
    lex = _lex()
    c = next((k for k in range(e, min(hi, i + 12)) if toks[k].text in (",", ".", ";", ":")), None)
    if c is None or toks[c].text != "," or c + 1 >= hi or any(x.low in lex.verb_lemma for x in toks[i:c]) \
            or not any(x.low in lex.roles or x.low in lex.titles for x in toks[i:c]):
        return None
    ne = _np_right(toks, c + 1, hi)
    named = _build_mention(text, toks, c + 1, ne) if ne > c + 1 else None
    if named is None or named.kind != "named" or named.is_person is False or len(named.name.split()) < 2 \
            or not (ne >= hi or toks[ne].text in (".", ",", ";")
                    or toks[ne].low in ("who", "on", "in", "at", "during")):
        return None
    # (the office's words find the holder again later: "the representative added")
    roles = tuple(x.low for x in toks[i:c] if x.low in lex.roles and x.low not in named.role_words)
    return replace(named, role_words=tuple(named.role_words) + roles), ne


def _subject_right(text: str, toks: list[Tok], i: int, hi: int) -> tuple[Mention | None, int]:
    """Speaker mention starting at toks[i] (inverted frames, "according to X")."""
    if i >= hi:
        return None, i
    lex = _lex()
    if toks[i].low in lex.pronouns:
        return _build_mention(text, toks, i, i + 1), i + 1
    # ("said Poland's ambassador to the EU, Andrzej Sados": a country's possessive before the title)
    owner = _is_cap(toks[i]) and toks[i].low[-2:] in ("'s", "\u2019s") and toks[i].low[:-2] in lex.demonyms
    t0 = toks[i + 1] if (toks[i].low in ("the", "a", "an") or owner) and i + 1 < hi else toks[i]
    if (toks[i].text[:1].islower() or owner) and (t0.low in lex.titles or t0.low in lex.roles):
        # '..., said acting governor of the Zaporizhzhia region, Yevgeny Balitsky.': the name after the title
        # ("says the Spokesperson for the Unified Press Center of the Defense Forces in the Tavriysk direction,
        # Colonel X": a long office before its holder's name)
        c = next((k for k in range(i + 1, min(hi, i + 20)) if toks[k].text in (",", ".", ";")), None)
        if c is not None and toks[c].text == "," and c + 1 < hi:
            ne = _np_right(toks, c + 1, hi)
            named = _build_mention(text, toks, c + 1, ne) if ne > c + 1 else None
            if named is not None and named.kind == "named" and (ne >= hi or toks[ne].text in (".", ",", ";")):
                return named, ne
        # ("reported by the Governor of the Kherson region Volodymyr Saldo in a conversation with ...", "stated by the
        # spokesman of the operational-strategic group of troops "Khortytsia" Viktor Tregubov on the telethon": the
        # office, then its holder's name with no comma between, up to the phrase's end or its first preposition)
        stop = next((k for k in range(i + 2, min(hi, i + 20)) if toks[k].text in (".", ",", ";", ":")
                     or toks[k].low in ("in", "on", "at", "during")), hi)
        if stop - 2 > i + 2 and _is_cap(toks[stop - 1]) and _is_cap(toks[stop - 2]):
            named = _build_mention(text, toks, i, stop)     # (the title with its holder)
            words = named.name.split() if named is not None and named.kind == "named" else []
            if 2 <= len(words) <= 3 and named.is_person is not False and named.role_words \
                    and words == [x.text for x in toks[stop - len(words):stop]]:
                return named, stop
    if (toks[i].text.isalpha() and toks[i].text.islower() and t0 is toks[i]
            or toks[i].text in _demonym_adjectives() and i + 1 < hi and toks[i + 1].text.isalpha()
            and toks[i + 1].text.islower() and toks[i + 1].low not in lex.titles and toks[i + 1].low not in lex.roles) \
            and toks[i].low not in lex.roles and toks[i].low not in lex.titles and toks[i].low not in lex.verb_lemma:
        # ('"...," said Ukrainian infrastructure minister Oleksandr Kubrakov': a country's adjective first)
        # '"...," said food security researcher Tim Benton': lower-case words of the title before its role word
        for k in range(i + 1, min(hi - 1, i + 4)):
            if toks[k].low in lex.roles or toks[k].low in lex.titles:
                named, e = _subject_right(text, toks, k, hi)
                if named is not None and named.kind == "named":
                    return named, e
                break
            if not (toks[k].text.isalpha() and toks[k].text.islower()):
                break
    issued = _DOCUMENT_BY.match(text, toks[i].start) or _SPOKESPERSON_FOR.match(text, toks[i].start)
    if issued is not None:
        # '"...," said a report by the independent news group Agentstvo' / 'said a statement from the
        # Ministry of Defense': the issuer speaks through its document
        o = next((k for k in range(i, hi) if toks[k].start >= issued.end()), None)
        oe = _np_right(toks, o, hi) if o is not None else i
        if o is not None and oe <= o:
            # ("the independent Russian news group Agentstvo": lowercase descriptors before the name) up to the
            # phrase's punctuation
            oe = next((k for k in range(o, min(hi, o + 10)) if toks[k].text in (",", ".", ";", ":")), o)
        oe = _and_extended(text, toks, o, oe, hi) if o is not None and oe > o else oe
        owner = _build_mention(text, toks, o, oe) if o is not None and oe > o else None
        if owner is not None and owner.kind in ("named", "descriptive"):
            return owner, oe
    e = _np_right(toks, i, hi)
    if e <= i:
        return None, i
    e = _and_extended(text, toks, i, e, hi)
    # "analysts of the DeepState monitoring project", "an analysis by X"
    holder = _holder_after_title(text, toks, i, e, hi)
    if holder is not None:
        return holder
    m = _build_mention(text, toks, i, e)
    if e < hi and toks[e - 1].low in DOCUMENT_WORDS:
        # '"...," reads the message on the official Telegram channel of the Khortytsia group': the channel's owner
        where = _CHANNEL_OF.match(text, toks[e - 1].end)
        o = next((k for k in range(e, hi) if toks[k].start >= where.end()), None) if where else None
        if o is not None:
            oe = _np_right(toks, o, hi)
            owner = _build_mention(text, toks, o, oe) if oe > o else None
            if owner is not None and owner.kind == "named":
                return owner, oe
    return m, e


def _and_extended(text: str, toks: list[Tok], a: int, e: int, hi: int) -> int:
    """The end of the noun phrase toks[a:e] carried over an "and" when the longer phrase names a known body ("the
    Center for Strategic and International Studies"), else ``e``."""
    if not (e + 1 < hi and toks[e].low == "and" and _is_cap(toks[e + 1])):
        return e
    e2 = _np_right(toks, e + 1, hi)
    return e2 if e2 > e + 1 and _known_body(text, toks, a, e2) else e


# a document and its issuer: "A statement from the ministry said:", and after an inverted verb "said a report by X"
# the pages a body posts on, whose owner speaks ("a statement on the Ministry of Defence website")
SITE_WORDS = ("website", "site", "page", "channel", "account")
_DOCUMENT_BY = re.compile(
    r"(?:^|(?<=[\s,]))(?:[Aa]n?|[Tt]he|[Ii]ts|[Ii]n\s+an?)\s+(?:[\w-]+\s+){0,2}?(?:statement|report|analysis|assessment|study|"
    r"update|estimate|review|communique|bulletin)\s+(?:(?:issued|published|released|posted|prepared|compiled|"
    r"made|shared)\s+)?(?:by|from)\s+(?=\S)"     # ("A statement from the ministry said:")
    # ("a statement on the Ministry of Defence website in London said": the site's owner)
    r"|(?:^|(?<=[\s,]))(?:[Aa]n?|[Tt]he)\s+(?:statement|post|update|message)\s+on\s+(?=(?:the\s+)?"
    r"(?:[A-Z][\w'\u2019-]*\s+(?:of\s+)?){1,6}(?:" + "|".join(SITE_WORDS) + r")\b)"
    # ("Data published on February 16th by the Kiel Institute ... show that": a mass noun opening the sentence, with
    # its participle; not "citing data from the ISW", where the data is the source's)
    r"|(?:^|(?<=[.!?]\s))(?:[Nn]ew\s+|[Ll]atest\s+)?(?:[Dd]ata|[Ff]igures|[Ss]tatistics)\s+(?:issued|published|released|compiled)\s+"
    r"(?:on\s+(?-i:[A-Z])[a-z]+\s+\d{1,2}(?:st|nd|rd|th)?\s+)?by\s+(?=\S)", re.M)


# '"...," said a spokesman for the Ukrainian General Staff': an unnamed spokesperson speaks for the body named
_SPOKESPERSON_FOR = re.compile(r"(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+)?spokes(?:man|woman|person)\s+for\s+(?=[A-Zt])")


# where a document was posted, before its owner: "on the official Telegram channel of", "on the website of"
_CHANNEL_OF = re.compile(r"\s+(?:on|in|at)\s+(?:the|its)\s+(?:official\s+)?(?:[A-Z]\w+\s+)?"
                         r"(?:channel|page|account|website|site)\s+of\s+")


def _clause_subject(text: str, toks: list[Tok], lo: int, hi: int) -> tuple[Mention | None, int]:
    """Subject of the clause starting at toks[lo] (skipping a timestamp or an introductory phrase)."""
    k = lo
    while k < hi - 1 and toks[k].text in ("-", "\u2022", "*", "\u2013", "\u2014", "\u25cf", "\u00b7"):
        k = lo = k + 1                     # a list bullet: "- The DeepState project updated its map, reporting ..."
    if k + 2 < hi and toks[k].low in _SECTION_LABELS and toks[k + 1].text == ":":
        k = lo = k + 2                     # "Details: Okhrimenko refused to give figures, but noted ...": a page's label
    # ("More accurate to talk about a pause: Kremlin spokesman Dmitry Peskov confirmed it, saying ...": a headline
    # glued before the lede ends at its colon; the clause, and its subject, open after it)
    # (three words at least: not "Photo: Lokman Ghorbani/news The visit ...", a caption's credit)
    glued = next((d for d in range(k + 3, min(hi - 1, k + 12)) if toks[d].text == ":"), None)
    if glued is not None and _is_cap(toks[glued + 1]) and not toks[glued - 1].text.isdigit() \
            and not any(toks[x].low in _lex().verb_lemma for x in range(k, glued)):
        k = lo = glued + 1
    # a bare live-blog timestamp on its own line: "14:45\n"
    if lo + 3 <= hi and toks[lo].text.isdigit() and toks[lo + 1].text in (":", ".") and toks[lo + 2].text.isdigit() \
            and len(toks[lo].text) <= 2 and len(toks[lo + 2].text) == 2:
        k = lo = lo + 3
        if lo < hi and toks[lo].text in ("\u2014", "\u2013", "-"):
            k = lo = lo + 1
    # timestamps / datelines "20:40 —"
    for d in range(lo, min(hi, lo + 8)):
        if toks[d].text in ("\u2014", "\u2013", "-") and d + 1 < hi and d > lo and not _is_word(toks[d - 1]) is False:
            if d - lo <= 6 and not any(toks[x].low in _lex().verb_lemma for x in range(lo, d)):
                k = d + 1
            break
    # "Earlier on Friday US President Donald Trump heralded ...", "Last week the ministry said": a time phrase with
    # no comma after it opens the clause
    timed = _OPENING_TIME.match(" ".join(t.low for t in toks[k:min(hi, k + 4)]))
    if timed is not None:
        w = len(timed.group(0).split())
        if k + w < hi and _is_cap(toks[k + w]):
            k += w
    # ("But Shoigu insisted ...": a conjunction opening the sentence links it to the last; the subject follows)
    if k + 1 < hi and toks[k].low in ("but", "and", "yet") and toks[k + 1].text != ",":
        k += 1
    # ("However, in his New Year's address on Wednesday, Putin made ...": a connective, then the introductory phrase)
    if k + 2 < hi and toks[k].low in _CONNECTIVES and toks[k + 1].text == "," \
            and (toks[k + 2].low in _PREPOSITIONS or toks[k + 2].low in _INTRO_PREPOSITIONS):
        k += 2
    participial_intro = (k + 1 < hi and toks[k].low.endswith("ing") and len(toks[k].text) > 5
                         and toks[k + 1].low in _PARTICIPIAL_NEXT)      # "Sitting in his office, he ..."
    # "Asked about the missiles, the minister ...", "Pressed on the timing, he ...": a past participle opening
    participial_intro = participial_intro or (k + 1 < hi and toks[k].low.endswith("ed") and len(toks[k].text) > 4
                                              and toks[k + 1].low in ("about", "by", "on", "whether", "if", "for"))
    # ("He continued:", "They added:": a subject pronoun opening the clause is its subject, no introduction)
    pronoun_subject = k + 1 < hi and toks[k].low in ("he", "she", "they", "it") and toks[k + 1].low not in (",", "is", "was")
    # ("Upon inquiry, Hryhorov ...", "Amid the shelling, ...": a preposition opens an introductory phrase)
    if k < hi and (toks[k].low in _STOP_CAPS or not _is_cap(toks[k]) or participial_intro
                   or toks[k].low in _PREPOSITIONS or toks[k].low in _INTRO_PREPOSITIONS) and toks[k].low not in _DETS \
            and not pronoun_subject:
        # introductory phrase up to the first comma (a subordinate clause may be longer: "When presenter Olga
        # Skabeeva asked whether this meant a rejection of the peace agreement, Ushakov avoided ...")
        reach = 30 if toks[k].low in _SUBORDINATORS else 14
        for d in range(k, min(hi, k + reach)):
            if toks[d].text == ",":
                k = d + 1
                break
        else:
            return None, lo
    if k >= hi:
        return None, lo
    e = _np_right(toks, k, hi)
    if e <= k:
        if toks[k].low in _lex().pronouns:
            return _build_mention(text, toks, k, k + 1), k
        return None, lo
    if e < hi and toks[e].low in _lex().unnamed_groups:
        return None, lo    # "Russian military bloggers confirmed ...": the phrase modifies an unnamed group
    subject = _build_mention(text, toks, k, e)
    if subject is not None and (subject.kind in ("role", "descriptive") or _title_of_name(subject)) and e + 3 < hi \
            and toks[e].text == ",":
        # "The Tavria group of forces spokesperson, Dmytro Lykhovii, disputed ...": the name apposed to the role
        n_end = next((j for j in range(e + 1, min(hi, e + 6)) if toks[j].text == ","), None)
        named = _build_mention(text, toks, e + 1, n_end) if n_end is not None and n_end - e - 1 >= 2 \
            and all(_is_cap(t) for t in toks[e + 1:n_end]) else None
        if named is not None and named.kind == "named":
            return named, e + 1
    return subject, k


_SERVES_A_PERSON = frozenset("aide adviser advisor".split())
_UNNAMED_MEMBERS = frozenset("official officer spokesman spokeswoman spokesperson representative source member "
                             "aide".split())
_CONNECTIVES = frozenset("however meanwhile instead still also moreover furthermore nevertheless".split())
_SECTION_LABELS = frozenset("details quote background source reminder context update".split())
_SUBORDINATORS = frozenset("when while after before although though as since once if because whereas".split())
_OPENING_TIME = re.compile(r"(?:(?:earlier|later)\s+)?(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|"
                           r"sunday)(?:\s+(?:morning|afternoon|evening|night))?(?=\s|$)|"
                           r"(?:earlier|later|last|this)\s+(?:this\s+)?(?:week|month|year|weekend|morning|evening)(?=\s|$)|"
                           r"(?:earlier|later)\s+today(?=\s|$)")
_DOC_OF = re.compile(r"(?:an?|the)\s+(?:(?:latest|daily|morning|evening|new|short)\s+)?(?:summary|statement|update|"
                     r"post|message|report|bulletin|briefing)\s+(?:from|by|of)\s+", re.I)


def _colon_frame(text: str, toks: list[Tok], end: int) -> Frame | None:
    """A speaker introduced by a colon without a reporting verb: 'Putin interrupted him: "..."',
    'Ukraine's General Staff, in its evening summary: "..."', 'Sitting in his office, he described the work:'."""
    if len(toks) < 2 or len(toks) > 16 or toks[-1].text != ":":
        return None
    lo = 0
    if len(toks) > 4 and toks[0].text.isdigit() and toks[1].text in (":", ".") and toks[2].text.isdigit():
        lo = 3                             # a live-blog timestamp line
    head = _DOC_OF.match(text, toks[lo].start, toks[-1].start)
    if head:                               # "A summary from the Ukrainian General Staff:"
        lo = next((k for k, t in enumerate(toks) if t.start >= head.end()), len(toks) - 1)
    according = next((k for k in range(lo, len(toks) - 2) if toks[k].low == "according" and toks[k + 1].low == "to"),
                     None)
    if according is not None:
        # 'Evacuation remains impossible, according to the head of the administration: "..."': the source the clause
        # is according to speaks after the colon, not the clause's subject
        source, _k = _clause_subject(text, toks, according + 2, len(toks) - 1)
        if source is not None and source.kind in ("named", "role"):
            return Frame(source, None, "say", source.start, end)
        return None
    m, _k = _clause_subject(text, toks, lo, len(toks) - 1)
    if m is None or m.kind not in ("named", "pronoun", "role"):
        return None
    if m.kind == "named" and m.is_person is None and len(m.name.split()) < 2 and _lex().pronouns.get(m.name.lower()) is None:
        # a bare capitalised word ("Background:", "Update:") is not a speaker
        if not re.search(r"\b[a-z]+(?:ed|s)\b", text[m.end:toks[-1].start]):
            return None
    return Frame(m, None, "say", m.start, end)


def _tail_is_anonymous(toks: list[Tok], a: int, vi: int) -> bool:
    words = [t for t in toks[a:vi] if _is_word(t)]
    return bool(words) and words[0].low in ("a", "an", "one", "another", "some", "officials", "sources")


_TOPIC_PARTICIPLES = frozenset("commenting referring reacting responding".split())


_CLAUSE_LINKS = frozenset("but though although while yet and".split())
_LINK_FILLERS = frozenset("he she they it also later then".split())


def _new_report_after(toks: list[Tok], i: int, verbs) -> bool:
    """Does a clause opening at token ``i`` ("though he added that", "but also warned that") report with a finite
    verb of its own, right after a link word?"""
    if i >= len(toks) or toks[i].low not in _CLAUSE_LINKS:
        return False
    j = i + 1
    while j < len(toks) and j <= i + 2 and toks[j].low in _LINK_FILLERS:
        j += 1
    return (j < len(toks) and toks[j].low in verbs and not toks[j].low.endswith("ing")
            and j + 1 < len(toks) and toks[j + 1].low == "that")


def _frame_end(toks: list[Tok], k: int) -> int:
    """End offset of a quote frame: the verb's adjuncts up to the sentence end / a comma / a quote."""
    end = toks[k - 1].end if k > 0 else toks[0].end
    verbs = _lex().verb_lemma
    for i, t in enumerate(toks[k:], start=k):
        if t.text in ("\"", "\u201c", "\u201e", "\u201d"):
            break
        if t.text == "," and i + 1 < len(toks) and toks[i + 1].low.endswith("ing") and toks[i + 1].low in verbs:
            break   # '..., the General Staff said, adding that ...': a new statement starts
        if t.text == "," and i + 2 < len(toks) and toks[i + 1].low in ("after", "before") \
                and toks[i + 2].low.endswith("ing") and toks[i + 2].low in verbs:
            break   # '"...," Syrsky adds, after saying Monday that ...': an earlier statement of his own
        if t.text == "," and _new_report_after(toks, i + 1, verbs):
            break   # '"...," Putin said, though he added that ...': a second report, its own statement
        if t.text == "," and i + 1 < len(toks) and toks[i + 1].low in _TOPIC_PARTICIPLES:
            # '"...," the diplomat wrote, commenting on the news that X had reported ...': the topic is another's
            # report, which stays free for its own speaker
            break
        if t.low == "and" and i >= k and i + 1 < len(toks) and toks[i + 1].low in verbs \
                and not toks[i + 1].low.endswith("ing"):
            break   # '"...," he wrote and added that ...': the second verb reports something new
        end = t.end
        if t.text in (".", "!", "?"):
            break
    return end


def _nested_pronoun_frame(toks: list[Tok], mention: Mention | None, first_idx: int) -> bool:
    """"The command said it had ordered a pullback": a pronoun-subject frame right inside another reporting
    verb's clause is that verb's content, told by its speaker; it is no statement of its own (its pronoun,
    resolved alone, would reach back to an earlier speaker)."""
    if mention is None or mention.kind != "pronoun" or first_idx < 1:
        return False
    k = first_idx - 1
    if toks[k].low == "that" and k >= 1:
        k -= 1
    return toks[k].low in _lex().verb_lemma


def apposed_name(text: str, toks: list[Tok], n: int, m0: Mention) -> Mention | None:
    """"Commander of the Ground Forces, Oleksandr Syrskyi, visited Bakhmut": the person named between commas
    after a title that opens the sentence."""
    k = next((i for i, t in enumerate(toks) if t.start >= m0.end), None)
    if k is None or k + 1 >= n or toks[k].text != ",":
        return None
    e = _np_right(toks, k + 1, n)
    named = _build_mention(text, toks, k + 1, e) if e > k + 1 else None
    if named is not None and named.kind == "named" and named.is_person is not False and len(named.name.split()) >= 2 \
            and e < n and toks[e].text == ",":
        return named
    return None
