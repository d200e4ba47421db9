"""Speaker mentions: the noun phrases that can name who spoke, read from tokens.

A ``Mention`` is a speaker noun phrase as written, classified as ``named`` (a person or an
organisation), ``pronoun``, ``role`` (``the general``) or ``descriptive`` (``Ukraine's top general``).
Noun phrases are read from capitalisation, the role/title lexicons and appositions. Anonymous
(``a senior source``), generic plural (``officials say``), country (``Kyiv has said``) and indefinite
(``a prominent milblogger``) phrases are not speakers (``_build_mention`` -> None; the indefinite
check is in ``frames._subject_left``).
Which entity a mention refers to is decided later, in ``discourse.py``.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from pipelines.extraction.furniture import CAPITAL_SIDE
from pipelines.extraction.offices import is_office_phrase
from pipelines.extraction.tokens import (
    _CONNECTORS, _DETS, _NP_CONNECTORS, _STOP_CAPS, NP_MAX_TOKENS, Tok, _is_cap, _is_word, _lex,
)

# adjectives of a person's portrait before a role ("the veteran commander", "the battle-hardened officer")
_AGE = re.compile(r"\d+-year-old")
_PORTRAIT_ADJECTIVE = re.compile(r"veteran|experienced|seasoned|decorated|outspoken|young|new|"
                                 # ("the 77-year-old Brazilian head of state": an age says nothing of the role)
                                 r"[a-z]+-(?:hardened|serving|time|known|respected)|" + _AGE.pattern)
# a title's standing after its place's possessive: "Melitopol's exiled Mayor Ivan Fedorov"
_STANDING_ADJECTIVE = re.compile(r"exiled|ousted|dismissed|former|acting|interim")
_DIRECTIONS = frozenset("east west south north northeast northwest southeast southwest centre center".split())


@dataclass
class Mention:
    """A speaker noun phrase as written."""

    start: int
    end: int
    raw: str
    kind: str                   # "named" | "pronoun" | "role" | "descriptive"
    name: str = ""              # the name part (person run or organisation name)
    is_person: bool | None = None
    role_words: tuple = ()      # lower-case descriptor words
    country: str | None = None  # demonym form of a leading "Ukraine's"/"Russian"
    indefinite: bool = False    # "a senior Ukrainian official": unnamed here, often named in the next sentences


# a group of an organisation's people speaks for it: "DeepState analysts", "ISW analysts"
_GROUP_NOUNS = frozenset({"analysts", "experts", "researchers", "specialists", "monitors", "mappers", "officials",
                          "representatives"})
# a body's people speak for it ("Ukrainian Air Force officials", "Pentagon officials"); a nationality's do not ("Saudi
# officials", "Ukrainian officials": an unnamed group)
_BODY_PEOPLE = frozenset({"officials", "representatives"})
_NATIONALITY_LIKE = re.compile(r"[A-Z][a-z]+(?:an|ese|ish|i|ic|ch)")


_ORG_DESCRIPTORS = frozenset(
    "private military monitoring analytical mercenary paramilitary independent state news media volunteer "
    "open-source osint pro-war pro-kremlin investigative".split())
# the lower-case words of a state body's name before its noun ("Ukraine's security service", "the state emergency
# service", "the southern operational command", "Russia's investigative committee")
_BODY_MODIFIERS = frozenset("""security intelligence border emergency state national federal southern northern eastern
western operational general military air naval investigative migration customs tax space press guard""".split())
# a ministry's or minister's portfolio in lower case ("the energy ministry", "Ukraine's health minister"): part of
# the office's noun phrase, like the title words defence, foreign and interior
OFFICE_WORDS = frozenset("""energy defence defense foreign interior economy finance justice health digital
agriculture culture education infrastructure emergencies environment social veterans rights""".split())
_PMC_WORDS = frozenset("private mercenary paramilitary".split())   # "Wagner Group private army"
_NAME_PARTICLES = frozenset("von van der den de du da di del della la le al bin ibn".split())


# a common-noun kind after a capitalised name: "the ISW think tank", "the Interfax news agency"
_DESCRIPTOR_TAILS = (("think", "tank"), ("think-tank",), ("news", "agency"), ("monitoring", "group"), ("map", "service"),
                     ("news", "service"), ("monitoring", "service"), ("battlegroup",), ("battle", "group"),
                     ("energy", "company"), ("company",), ("news", "outlet"), ("outlet",),
                     # "the Khortytsia group of troops", "the DeepState mapping project"
                     ("group", "of", "troops"), ("mapping", "project"),
                     # ("the DeepState monitoring resource reported", "the DeepState analytical project")
                     ("monitoring", "resource"), ("monitoring", "project"), ("analytical", "project"), ("project",),
                     # "the TASS state news agency", "the RIA state-run news agency": the agency's own name before
                     ("state", "news", "agency"), ("state-run", "news", "agency"), ("state-owned", "news", "agency"),
                     ("state", "news", "service"), ("state", "agency"), ("state-run", "agency"))
_PLACE_BASED = re.compile(r"[A-Z][\w.]*-based|[A-Z]\.[A-Z]\.?")


def _descriptor_tail(content: list[Tok]) -> int:
    """How many closing words of ``content`` are a kind of organisation after a capitalised name (0 if none)."""
    lows = tuple(t.low for t in content)
    for tail in _DESCRIPTOR_TAILS:
        if len(lows) > len(tail) and lows[-len(tail):] == tail and _is_cap(content[-len(tail) - 1]) \
                and all(t.text.islower() for t in content[-len(tail):]):   # (not "the Security Service")
            return len(tail)
    if lows and lows[-1] in MEDIUM_HEADS and content[-1].text.islower():
        # "the DeepState military information platform", "the Rybar Telegram channel": a medium's kind, with up to two
        # modifiers, after its name (not after a demonym: "the Ukrainian monitoring platform" names no one)
        for n in range(1, 6):
            if len(content) <= n:
                break
            name = content[-n - 1]
            if name.text.isalpha() and (name.text.islower() or name.text == "Telegram") or name.text == "-":
                continue                     # a modifier of the kind ("military information", "Telegram", "open-source")
            return n if _is_cap(name) and name.low not in _lex().demonyms else 0
    return 0


_DOMAIN_WORDS = frozenset("energy health power transport education water railway aviation security defence defense "
                          "emergency rescue customs tax finance".split())
_HEADLESS_MODIFIERS = frozenset("foreign defence defense interior economy finance justice health energy prime".split())
_TROOP_NOUNS = frozenset("forces troops army military units soldiers servicemen fighters".split())
_ARMED_GROUP_WORDS = frozenset("separatist separatists rebel rebels militia militias".split())
_DOCUMENT_BEFORE_OWNER = frozenset("post posts message statement video update report address".split())
_MEDIA_MODIFIERS = frozenset("news state state-run state-owned wire online independent".split())
_MEDIA_KINDS = frozenset("news agency agencies outlet outlets service site portal channel broadcaster".split())
MEDIUM_HEADS = frozenset("platform channel blog tracker portal website broadcaster".split())
# the kind noun right before a name ("the state news agency TASS", "the monitoring project DeepState")
_NAME_KINDS = _MEDIA_KINDS | MEDIUM_HEADS | frozenset({"project", "newspaper"})


# an acronym in parentheses after a name: "(ISW)", "(MoD)", "(SBU)" — at least two capitals
_ACRONYM = re.compile(r"[A-Z][A-Za-z]*[A-Z][A-Za-z]*")


_REGION_NOUNS = frozenset({"region", "oblast", "province"})
# the office words of "the head of the region", a region's governor named by his office alone (discourse.py)
_REGION_HEADS = frozenset({"head", "governor", "chief"})


def _np_left(toks: list[Tok], i: int, lo: int = 0) -> int:
    """Index of the first token of the noun phrase that ends at toks[i] (inclusive), or i+1 if none."""
    unit = _unit_name_left(toks, i, lo)
    if unit is not None:
        return unit
    lex = _lex()
    j = i
    first = i + 1
    if i >= lo and toks[i].low in _CONNECTORS:
        return i + 1                       # "the Russian Defence Ministry of [announcing]"
    # a trailing "in the east" / "(MoD)"
    if i - 2 >= lo and toks[i].low in _DIRECTIONS and toks[i - 1].low == "the" and toks[i - 2].low == "in":
        j = i - 3
    elif i - 2 >= lo and toks[i].text == ")" and toks[i - 2].text == "(" and _ACRONYM.fullmatch(toks[i - 1].text):
        j = i - 3
    else:
        tail = _descriptor_tail(toks[max(lo, i - 3):i + 1])
        if tail and i - tail >= lo:
            j = i - tail                   # "the DeepState map service": the name before its kind
    i = j
    if i - 3 >= lo and toks[i].low in _REGION_NOUNS and toks[i - 1].low == "the" and toks[i - 2].low == "of" \
            and toks[i - 3].low in _REGION_HEADS:
        # "the head of the region said": the office of the region the article is about (discourse.py)
        first = i - 3
        j = i - 4
        if j >= lo and toks[j].low in _DETS:
            first = j
        return first
    if i - 1 >= lo and toks[i].low in _REGION_NOUNS and _is_cap(toks[i - 1]):
        # "the governor of the Kursk region": the region's noun closes its name (the office phrase is read below)
        first = i
        j = i - 1
    elif i - 3 >= lo and _is_cap(toks[i]) and toks[i - 1].low == "of" and toks[i - 2].low in _REGION_NOUNS \
            and toks[i - 3].low not in _REGION_HEADS and (k := next((
                k for k in range(i - 3, max(lo, i - 8), -1) if toks[k].low == "of" and toks[k - 1].low in lex.roles),
                None)) is not None:
        # "the governor of Ukraine's northern region of Sumy": the region named after its noun, the office before it
        first = k - 1
        j = k - 2
    if i - 1 >= lo and toks[i].low in _GROUP_NOUNS and _is_cap(toks[i - 1]):
        j = i - 1                          # "DeepState analysts": the organisation speaks
        first = i
    while j >= lo and i - j < NP_MAX_TOKENS:
        t = toks[j]
        low = t.low
        if t.text in "\"\u201c\u201d\u201e\u00ab\u00bb":
            # a quoted unit name: Regiment "Skelia"
            o = next((d for d in range(j - 2, max(lo - 1, j - 5), -1) if toks[d].text in "\"\u201c\u201d\u201e\u00ab\u00bb"),
                     None)
            if o is not None and o + 1 < j and _is_cap(toks[o + 1]) and _is_cap(toks[j - 1]) \
                    and all(_is_cap(x) or x.low in ("of", "the", "and") for x in toks[o + 1:j]):
                # (or a quoted name of a few words: the channel "Voin DV", the "Freedom of Russia" Legion)
                first = o
                j = o - 1
                continue
            break
        if t.text.endswith("\u2019") and t.text[:1].isupper() and j - 1 >= lo and toks[j - 1].text == "\u2018" \
                and j - 2 >= lo and _is_cap(toks[j - 2]):
            first = j - 2                      # Operational Command ‘South’ (the closing mark stays on the word)
            j -= 2
            continue
        if t.text in (".",):
            # abbreviation dot: "Gen." "U.S."
            if j - 1 >= lo and re.fullmatch(r"(?:[A-Z][a-z]{0,3}|[A-Z](?:\.[A-Z])*)", toks[j - 1].text) and j < i:
                j -= 1
                continue
            break
        if t.text == "-" and j < i and j - 1 >= lo and _is_word(toks[j - 1]):
            j -= 1
            continue
        if not _is_word(t):
            break
        if low in lex.pronouns and j == i:
            if j == lo or not _is_word(toks[j - 1]) or toks[j - 1].low in ("and", "but", "as", "so"):
                return j
            return j
        if j < i and toks[j + 1].low in lex.roles and (
                low in ("his", "her") or low in ("its", "their") and _is_cap(toks[i])):
            # "his spokesman": resolved through its owner (discourse.py); "..., its governor Alexander Gusev said":
            # the name, its office owned
            first = j
            break
        if low in ("its", "their") and j < i and _DEFENCE_MINISTRY.fullmatch(" ".join(x.low for x in toks[j + 1:i + 1])):
            first = j                          # "its defence ministry": the ministry of the country before (discourse.py)
            break
        if low in _POSSESSIVE_PRONOUN and j == i - 1 and toks[i].low in DOCUMENT_WORDS:
            first = j                          # "its statement reads": the owner speaks through it
            break
        if low == "its" and j == i - 2 and toks[j + 1].low == "press" and toks[i].low in ("office", "service"):
            first = j                          # "Its press office admitted": the body itself
            break
        if low in _THE_COUNTRYS and j < i and toks[j + 1].low in lex.roles and j - 1 >= lo and toks[j - 1].low == "the":
            first = j - 1                      # "the country's president": a role of the country (_build_mention)
            break
        if low in _DETS:
            # "Head of the Kharkiv ..." continues through "of the"
            if j - 1 >= lo and toks[j - 1].low in ("of", "for") and first <= i:
                j -= 1
                continue
            if j - 2 >= lo and toks[j - 1].low == "to" and toks[j - 2].low in _SERVING_ROLES and first <= i:
                j -= 1                         # "the press secretary to the Russian president", "envoy to the UN"
                continue
            first = j
            break
        if _is_cap(t):
            if t.bare in _STOP_CAPS and t.text[0].isupper():
                break
            first = j
            j -= 1
            continue
        if low in _NAME_PARTICLES and j < i and _is_cap(toks[j + 1]):
            d = j
            while d >= lo and toks[d].low in _NAME_PARTICLES and d > j - 2:
                d -= 1
            if d >= lo and _is_cap(toks[d]) and toks[d].bare not in lex.titles:
                j = d                          # "Ursula von der Leyen", "Charles de Gaulle": inside a name
                continue
        if low in _DOCUMENT_BEFORE_OWNER and j < i and re.search(r"['\u2019]s$", toks[j + 1].text):
            break                              # "In a Facebook post Ukraine's army said": the post is not the speaker
        if low in _PLACE_ADJECTIVES and j < i and j - 1 >= lo and toks[j - 1].low in _DETS \
                and (toks[j + 1].low in _PLACE_KINDS or _is_cap(toks[j + 1])):
            first = j                          # "the mayor of the eastern Ukrainian city of Sloviansk": on to "mayor"
            j -= 1
            continue
        if low in _COMPASS and j < i and toks[j + 1].low == "command":
            first = j                          # "The south command of Ukraine's Armed Forces": that command
            j -= 1
            continue
        if low in _DOCUMENT_ADJECTIVES and j < i and toks[i].low in _OWNED_WORDS and any(
                re.search(r"['\u2019]s$", toks[k].text) for k in range(max(lo, j - 3), j)):
            first = j                          # "The MOD's latest update said": the owner's document, owner to come
            j -= 1
            continue
        if low in _MEDIA_MODIFIERS and j < i and toks[j + 1].low in _MEDIA_KINDS:
            first = j                          # "the news agency TASS", "the state-run news agencies TASS and RIA"
            j -= 1
            continue
        if low in lex.roles or t.bare in lex.roles:
            first = j
            j -= 1
            continue
        if first == j + 1 and first <= i and toks[first].low in lex.roles and j - 1 >= lo and (
                _PORTRAIT_ADJECTIVE.fullmatch(low) and toks[j - 1].low == "the"
                or (_STANDING_ADJECTIVE.fullmatch(low) or _PORTRAIT_ADJECTIVE.fullmatch(low))
                and re.search(r"^[A-Z].*['\u2019]s$", toks[j - 1].text)):
            first = j                          # "The battle-hardened commander said": the role, portrayed
            j -= 1
            continue
        if low == "human" and j < i and toks[j + 1].low == "rights" and first == j + 1:
            first = j                          # "Russia's human rights commissioner": one office word
            j -= 1
            continue
        if low == "armed" and j < i and toks[j + 1].low == "forces" and first == j + 1:
            first = j                          # "Ukraine's armed forces": one role, not an adjective before it
            j -= 1
            continue
        if low in _ORG_DESCRIPTORS and first <= i and (toks[first].low in lex.roles or toks[first].bare in lex.roles) \
                and j - 1 >= lo and _is_cap(toks[j - 1]):
            j -= 1                             # "Russia's Wagner Group private army": a name, described
            continue
        if first <= i and ((low in lex.titles or low in OFFICE_WORDS) and (
                toks[first].low in lex.roles or toks[first].bare in lex.roles)
                or low in _BODY_MODIFIERS and toks[i].low in lex.orgs and toks[i].low in lex.roles):
            # "the economy ministry", "the foreign minister", "the energy ministry", "Ukraine's security service",
            # "the southern operational command"
            first = j
            j -= 1
            continue
        if low in lex.pronouns and j == i:
            return j
        if low == "and" and j < i and j - 1 >= lo and (toks[j - 1].text, toks[j + 1].text) in _AND_IN_NAMES:
            j -= 1                             # "the United Kingdom of Great Britain and Northern Ireland": one name
            continue
        break
    # trim leading connectors; a phrase that starts with a preposition is a PP object, not a subject
    if first <= i and toks[first].low in _CONNECTORS:
        return i + 1
    if first <= i and toks[first].low == "the" and (person := _person_of_described_body(toks, first, lo)) is not None:
        return person
    if first <= i and first - 3 >= lo and toks[first - 1].low == "from" and _is_cap(toks[first - 2]) \
            and _is_cap(toks[first - 3]) and _is_cap(toks[first]):
        # "Pasi Paroinen from Finland's Black Bird Group estimates": the person, with the body he is from
        p = first - 3
        while p - 1 >= lo and _is_cap(toks[p - 1]) and first - p < 4:
            p -= 1
        return p
    return _office_phrase_start(toks, first, i, lo)


def _person_of_described_body(toks: list[Tok], first: int, lo: int) -> int | None:
    """"Mason Clark of the US-based think tank the Institute for the Study of War said": the body is described by
    its kind before its name (``_described_kind_len``), and the named person before "of" is the speaker; the start
    of his name, or None."""
    k = next((x for x in range(first - 1, max(lo, first - 8) - 1, -1) if toks[x].low in ("of", "from")), None)
    if k is None or k - 2 < lo or k + 1 + _described_kind_len(toks[k + 1:first + 1]) != first \
            or not (_is_cap(toks[k - 1]) and _is_cap(toks[k - 2])):
        return None
    p = k - 2
    while p - 1 >= lo and _is_cap(toks[p - 1]) and k - p < 4:
        p -= 1
    return p if toks[p].bare not in _STOP_CAPS else None


# the "and" inside a country's official name
_AND_IN_NAMES = frozenset({("Britain", "Northern"), ("Bosnia", "Herzegovina"), ("Trinidad", "Tobago"),
                           # ("the Joint Center for Control and Coordination": a body's name)
                           ("Control", "Coordination")})
_UNIT_NOUNS = frozenset("brigade battalion regiment division corps".split())
_TERRITORY_KINDS = frozenset("region oblast province district city town".split())
_ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th)")


def _unit_name_left(toks: list[Tok], i: int, lo: int) -> int | None:
    """Start of a military unit's name that ends at toks[i]: an ordinal and the unit's kind, whatever the case of
    the words between ("the 81st separate airmobile brigade", "the 79th separate Airborne Assault Brigade of the
    Ukrainian Armed Forces": translated copy lower-cases some of them), or None."""
    k = i
    if toks[i].low not in _UNIT_NOUNS:
        # "... Brigade of the Ukrainian Armed Forces": the unit, then its service
        k = next((d for d in range(i - 2, max(lo - 1, i - 7), -1)
                  if toks[d].low in _UNIT_NOUNS and toks[d + 1].low == "of"), -1)
        if k < 0 or not all(_is_cap(t) or t.low in ("of", "the") for t in toks[k + 1:i + 1]):
            return None
    for d in range(k - 1, max(lo - 1, k - 7), -1):
        if _ORDINAL.fullmatch(toks[d].text):
            # ("Ukraine's 46th Brigade", "the Ukrainian 10th Army Corps": the country's word stays with the name)
            return d - 1 if d - 1 >= lo and (toks[d - 1].low == "the" or _UNIT_COUNTRY.fullmatch(toks[d - 1].low)) else d
        if not _is_word(toks[d]) or toks[d].low in ("of", "and", "the", "a", "an"):
            return None
    return None


_THE_COUNTRYS = frozenset({"country's", "country\u2019s", "nation's", "nation\u2019s"})
_UNIT_COUNTRY = re.compile(r"(?:ukraine|russia)['\u2019]s|ukrainian|russian")


def _office_phrase_start(toks: list[Tok], first: int, i: int, lo: int) -> int:
    """"the bloc's foreign policy chief": lower-case words that are not roles still belong to the phrase
    when "the ..." up to toks[i] names an office (seeds/offices.csv)."""
    if first > i or toks[first].low == "the" and toks[i].low not in _REGION_NOUNS:
        return first
    if toks[first].low == "the" and is_office_phrase(" ".join(t.text for t in toks[first:i + 1])):
        return first
    for d in range(first - 1, max(lo, first - 5) - 1, -1):
        if toks[d].low == "the":
            phrase = " ".join(t.text for t in toks[d:i + 1])
            if is_office_phrase(phrase):
                return d
            if toks[i].low not in _REGION_NOUNS:
                return first
            # ("The governor of the Kursk region": past the region's own "the" to the office's)
        if not _is_word(toks[d]):
            break
    # a region's name alone is no speaker ("the Kursk region said" is not read here), but a person's name before "of"
    # is ("Oleh Syniehubov of the Kharkiv region said": the governor, with his region; _name_of_org keeps the name)
    if toks[i].low in _REGION_NOUNS and (_name_of_org(toks[first:i + 1]) or toks[first].low in _lex().titles
                                         and _name_of_org(toks[first + 1:i + 1])):
        return first
    return i + 1 if toks[i].low in _REGION_NOUNS else first


_HEAD_ROLES = frozenset("chief head spokesman spokeswoman spokesperson commander director".split())


def _modifiers_before_name(toks: list[Tok], j: int, hi: int) -> int:
    """How many lower-case modifiers at toks[j] stand between a determiner or possessive and the capitalised title or
    name they modify: "Ukraine's newly appointed Prime Minister X", "the new Defence Minister X" (one or two before a
    title), "the state news agency TASS" (up to three, ending in a kind noun); 0 when they do not."""
    lex = _lex()

    def modifier(x: int) -> bool:
        t = toks[x]
        return t.text.isalpha() and t.text.islower() and t.low not in _NP_CONNECTORS and t.low not in _DETS \
            and t.low not in lex.verb_lemma

    for m in (1, 2, 3):
        if j + m >= hi or not modifier(j + m - 1):
            return 0
        head = toks[j + m]
        if head.text[:1].isupper() and (head.low in lex.titles and m <= 2 or toks[j + m - 1].low in _NAME_KINDS
                                        # ("Britain's armed forces minister James Heappey": the title in lower case)
                                        or m >= 2 and toks[j + m - 1].low in lex.titles and head.low not in lex.titles
                                        and head.bare not in lex.orgs):
            return m
    return 0


def _np_right(toks: list[Tok], i: int, hi: int) -> int:
    """Index after the last token of the noun phrase starting at toks[i]."""
    o = i + 1 if i < hi and toks[i].low == "the" else i
    if o + 2 < hi and toks[o].low in _UNIT_PEOPLE and toks[o + 1].low == "of":
        # '"...," emphasized the soldiers of the 3rd Brigade': the unit whose men they are closes the phrase
        unit = _np_right(toks, o + 2, hi)
        if unit > o + 2 and toks[unit - 1].low in _UNIT_NOUNS:
            return unit
    if o < hi and _ORDINAL.fullmatch(toks[o].text):
        # "by the 81st separate airmobile Slobozhanska brigade": the unit's name runs to its kind (_unit_name_left)
        for d in range(o + 1, min(hi, o + 7)):
            if toks[d].low in _UNIT_NOUNS:
                return d + 1
            if not _is_word(toks[d]) or toks[d].low in ("of", "and", "the", "a", "an"):
                break
    lex = _lex()
    j = i
    last = i
    if j < hi and toks[j].low in _DETS:
        j += 1
    while j < hi and j - i < NP_MAX_TOKENS:
        t = toks[j]
        low = t.low
        if _is_word(t) and _is_cap(t) and not (t.bare in _STOP_CAPS and t.text[0].isupper()):
            j += 1
            last = j
            continue
        if low in _NAME_PARTICLES and (last == j or j == i) and t.text.islower():
            # '"...," said von der Leyen', "Ursula von der Leyen": a surname's particles before its capital
            d = j
            while d < min(hi, j + 3) and toks[d].low in _NAME_PARTICLES and toks[d].text.islower():
                d += 1
            if d < hi and d > j and _is_cap(toks[d]) and _is_word(toks[d]) and toks[d].bare not in _STOP_CAPS:
                j = d
                continue
        if _is_word(t) and (low in lex.roles or t.bare in lex.roles) and low not in _CONNECTORS:
            j += 1
            last = j
            continue
        if j > i and toks[j - 1].low in _DETS and _AGE.fullmatch(low):
            j += 1         # '"...," said the 77-year-old president': the age before the title
            continue
        if j > i and last == j and _is_cap(toks[j - 1]) and re.fullmatch(r"\d{1,2}(?:['\u2019]s)?", t.text) \
                and (t.text[-1] == "s" or (j + 1 < hi and _is_cap(toks[j + 1])) or toks[j - 1].low in ("radio", "channel")):
            # "BBC Radio 4's programme", "Channel 4 News": a numeral inside a broadcaster's name
            j += 1
            last = j
            continue
        if j > i and _is_word(t) and t.text.isalpha() and t.text.islower() and low not in _NP_CONNECTORS \
                and low not in _DETS and low not in lex.verb_lemma and j + 1 < hi and toks[j + 1].low in lex.titles \
                and toks[j - 1].text.islower() and toks[j - 1].low in lex.roles:
            # "EU foreign policy chief Josep Borrell": a word of the title between two of its role words
            j += 2
            last = j
            continue
        if j > i and low in _TERRITORY_KINDS and _is_cap(toks[j - 1]) and j + 1 < hi \
                and (toks[j + 1].low in lex.roles or toks[j + 1].low in lex.titles):
            # "the Luhansk region administration head Serhiy Haidai": the kind of the place whose office it is
            j += 1
            continue
        if j > i and (toks[j - 1].low in _DETS or toks[j - 1].text.endswith(("'s", "\u2019s"))):
            m = _modifiers_before_name(toks, j, hi)
            if m:
                j += m
                continue
        if low in _NP_CONNECTORS or low in _DETS:
            # continue only when the phrase goes on with a name/role word; "in a Telegram post", "in an
            # interview" is an adjunct of the verb, never part of a name
            if low == "in" and j + 1 < hi and toks[j + 1].low in ("a", "an"):
                break
            if low in ("in", "on") and j + 1 < hi and toks[j + 1].text in _PLATFORMS:
                break              # "the British Ministry of Defence in X (Twitter)": where it posted, no part of it
            if low == "in" and last == j and _person_run(toks, i, j):
                break              # '"...," said Zelensky in Brussels': where he spoke (not "the Embassy in Kyiv")
            if low == "and" and j > i and toks[j - 1].text.islower() and toks[j - 1].low in lex.roles \
                    and j + 2 < hi and toks[j + 1].text.islower() and toks[j + 1].low in lex.roles \
                    and _is_cap(toks[j + 2]):
                j += 1             # "blogger and journalist Volodymyr Zolkin": two roles of one person before the name
                continue
            k = j + 1
            while k < hi and toks[k].low in _DETS:
                k += 1
            if k < hi and _is_word(toks[k]) and (_is_cap(toks[k]) or toks[k].low in lex.roles) and low != "and":
                j = k
                continue
            if low == "of" and j > i and toks[j - 1].low in ("group", "grouping") and k + 1 < hi \
                    and toks[k].low in ("troops", "forces") and _is_cap(toks[k + 1]):
                j = k + 1          # "representative of the Eastern group of troops Serhiy Cherevatyi": the unit's name
                continue
            break
        if t.text == "." and j > i and re.fullmatch(r"[A-Z][a-z]{0,3}|[A-Z]", toks[j - 1].text) and j + 1 < hi and _is_cap(toks[j + 1]):
            j += 1
            continue
        if t.text == "." and j > i and re.fullmatch(r"[A-Z](?:\.[A-Z])+", toks[j - 1].text) and j + 1 < hi \
                and (_is_cap(toks[j + 1]) or toks[j + 1].low in lex.roles):
            j += 1                         # "The U.S. president": an initialism's dot inside the phrase
            continue
        if t.text == "-" and j + 1 < hi and _is_word(toks[j + 1]):
            j += 1
            continue
        if t.text == "(" and j + 3 < hi and toks[j + 1].text.isupper() and toks[j + 2].text == ")" \
                and _is_cap(toks[j + 3]):
            j += 3                 # "the head of the International Atomic Energy Agency (IAEA) Rafael Grossi"
            continue
        if t.text in "\"\u201c\u201d" and j + 2 < hi and _is_cap(toks[j + 1]):
            # a quoted name of one to four capitalised words: 'the newspaper "Ukrainska Pravda"'
            q = j + 1
            while q < min(hi, j + 5) and _is_cap(toks[q]):
                q += 1
            if q < hi and toks[q].text in "\"\u201c\u201d":
                j = last = q + 1
                continue
        break
    return last


# the heads of a body's name that "in <place>" may continue ("the US Embassy in Kyiv", "the Orthodox Church in
# Ukraine")
_PLACED_BODY_HEADS = frozenset("""embassy embassies office mission bureau committee council service agency department
church command ministry administration court parliament university centre center fund bank group forces army guard
police government authority authorities institute consulate delegation representation headquarters""".split())


def _person_run(toks: list[Tok], i: int, j: int) -> bool:
    """Are toks[i:j] (after a determiner) one to four capitalised words of a personal name, no body's head or role
    among them?"""
    lex = _lex()
    a = i + 1 if i < j and toks[i].low in _DETS else i
    run = toks[a:j]
    return 0 < len(run) <= 4 and all(
        _is_word(t) and (_is_cap(t) or t.low in _NAME_PARTICLES) and t.low not in _PLACED_BODY_HEADS
        and t.low not in lex.roles and t.bare not in lex.roles and t.low not in lex.titles for t in run) \
        and toks[a].low not in _DETS


def _demonym(word: str) -> str | None:
    lex = _lex()
    w = word.lower().rstrip(".")
    if w.endswith("'s") or w.endswith("\u2019s"):
        w = w[:-2]
    # ("U.S." is tokenised "U.S" + ".": the lexicon spells it with its last dot)
    return lex.demonyms.get(w) or lex.demonyms.get(w + ".")


@functools.lru_cache(maxsize=1)
def _adjectives() -> dict[str, str]:
    return {v.lower(): v for v in _lex().demonyms.values()}


def _nationality(word: str) -> str | None:
    """"Ukrainian", "Russian", "Ukraine's": the adjective of the country a word names (demonyms lexicon)."""
    return _adjectives().get(word.lower()) or _demonym(word)


def _side_from_words(words: list[str]) -> str | None:
    """Side named by the words of a mention; the side-word lexicon lives in actors.py."""
    try:
        from pipelines.extraction.actors import side_from_words
    except Exception:  # pragma: no cover - the actor module is always present in the repo
        return None
    return side_from_words(" ".join(words))


_LOCAL_BODIES = frozenset({"authorities", "administration", "council"})
_PLATFORMS = frozenset({"X", "Telegram", "Facebook", "Twitter", "Instagram", "YouTube", "TikTok"})
# roles held "to" whom they serve ("adviser to the president", "Russia's ambassador to the UN")
_SERVING_ROLES = frozenset({"secretary", "adviser", "advisor", "aide", "envoy", "ambassador", "spokesman", "spokeswoman",
                            "spokesperson", "representative", "counsellor", "counselor"})
# the unnamed people a body speaks through ("a spokesman for the Kremlin")
_BACKED = re.compile(r"-(?:backed|installed|appointed|led|controlled|aligned)$", re.I)
# the men of a unit, through whom it speaks ("the fighters of the 47th Brigade")
_UNIT_PEOPLE = frozenset("soldiers fighters servicemen defenders".split())
_BODY_VOICES = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative"})
_POSSESSIVE_PRONOUN = {"his": "he", "her": "she", "its": "it", "their": "they"}
DOCUMENT_WORDS = frozenset("statement release communique readout bulletin report post message update assessment "
                           "analysis".split())


# what an organisation issues: its issuer speaks through it ("an AFP analysis", "DeepState's map")
_COMPASS = frozenset("south southern north northern east eastern west western".split())
# a place's adjectives inside an office's "of" phrase ("the mayor of the eastern Ukrainian city of X")
_PLACE_ADJECTIVES = frozenset("southern northern eastern western central northeastern southeastern northwestern "
                              "southwestern frontline front-line embattled besieged occupied".split())
_PLACE_KINDS = frozenset("city town village region port province oblast".split())
# the words of when or how often a document comes, between its owner and its kind ("Britain's latest update")
_DOCUMENT_ADJECTIVES = frozenset("latest new recent daily weekly monthly last regular official".split())
_OWNED_WORDS = DOCUMENT_WORDS | frozenset(
    "analysis assessment study estimate estimates tally count data figures review calculations map maps briefing "
    "forecast forecasts prediction predictions".split())


# capitals that stand for their governments ("Kyiv authorities", "Moscow officials")
_CAPITALS = frozenset("kyiv kiev moscow minsk washington london paris berlin beijing warsaw".split())
_ISSUING_BODIES = frozenset({"ministry", "military", "army", "government", "kremlin", "presidency"})
_BODY_QUALIFIERS = frozenset({"defence", "defense", "foreign", "interior"})


def _document_owner(toks: list[Tok], a: int, b: int) -> int | None:
    """End (exclusive) of the owner in "<owner>'s statement / press release": the owner is the speaker."""
    press_office = b - a >= 3 and toks[b - 2].low == "press" and toks[b - 1].low in ("office", "service")
    if toks[b - 1].low not in _OWNED_WORDS and not press_office:
        return None
    for k in range(b - 2, a - 1, -1):
        # (a plural's possessive too: "the Ground Forces' press service said")
        if not re.search(r"['\u2019]s$|s['\u2019]$", toks[k].text) or toks[k].low in ("it's",):
            continue
        if _is_cap(toks[k]):
            return k + 1    # (and "Prigozhin's press service said": the named owner speaks through it)
        if k == a + 1 and toks[a].low == "the" and _possessed(toks[k]).low in _lex().orgs:
            # "The ministry's statement says", "the group's press office admitted": the body named before, as "the
            # ministry said" would be
            return k + 1
        if k > a + 1 and toks[a].low == "the" and _possessed(toks[k]).low in _ISSUING_BODIES \
                and all(_is_cap(t) or t.low in _BODY_QUALIFIERS for t in toks[a + 1:k]):
            # "The Russian military's report highlights": the body qualified by its country, as "the Russian
            # military said" would be
            return k + 1
    return None


def _possessed(tok: Tok) -> Tok:
    """"ministry's" -> "ministry" (its offsets shortened)."""
    bare = re.sub(r"['\u2019]s$|(?<=s)['\u2019]$", "", tok.text)     # (and "Forces'" -> "Forces")
    return Tok(bare, tok.start, tok.start + len(bare))


_QUOTE_MARKS = frozenset('"\u201c\u201d\u00ab\u00bb')
_CALLSIGN_AFTER = re.compile(r",?\s+(?:the|a|his|her|whose)\s+call[\s-]?sign\b", re.IGNORECASE)
_CALLSIGN_BEFORE = re.compile(r"\bcall[\s-]?sign[,:]?\s+[\"\u201c\u2018']?$", re.IGNORECASE)
# a name its bearer gave in place of his own: "Andre, who did not want to give his real name for security reasons",
# "Olena (not her real name)", "Maksym, who asked that only his first name be used"
_WITHHELD = re.compile(r"\b(?P<name>[A-Z][\w'\u2019-]+)"
                       r"\s*(?:,\s*(?:who|whose)\s+[^.;]{0,40}?\b(?:real|full|last|sur)\s*name|"
                       r"\(\s*not\s+(?:his|her|their)\s+real\s+name|"
                       r",\s*(?:who|whose)\s+[^.;]{0,30}?\bonly\s+(?:his|her)\s+first\s+name|"
                       r",\s*(?:a|his|her)\s+pseudonym\b|,\s*who\s+asked\s+not\s+to\s+be\s+(?:named|identified))")


@functools.lru_cache(maxsize=8)
def _withheld_names(text: str) -> frozenset:
    """The names the article gives as aliases their bearers chose in place of their own (one scan of the text per
    article, not one per mention)."""
    if "name" not in text and "pseudonym" not in text and "identified" not in text:
        return frozenset()
    return frozenset(m.group("name") for m in _WITHHELD.finditer(text))


_DEFENCE_MINISTRY = re.compile(r"(?:defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e)")
_LANGUAGES = frozenset({"Russian", "Ukrainian", "English", "Belarusian", "Polish", "German", "French"})
_LANGUAGE_SERVICE_BEFORE = frozenset({"bbc", "news", "service", "radio", "voa", "dw", "liberty"})
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten".split())


_SHARE_OF_PEOPLE = re.compile(r"(?:(?:one|two|three|four|a)[\s-](?:thirds?|quarters?|fifths?)|half|most|many|some|"
                              r"majority|\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent))\s+of\s+(?:the\s+)?[A-Z][a-z]+ans\b",
                              re.IGNORECASE)


def _the_countrys_role(text: str, content: list[Tok], lows: list[str], det: str | None, start: int, end: int,
                       raw: str) -> Mention | None:
    """"the country's president said": the role of the country its sentence names ("Ukrainian forces have retaken ...,
    the country's president said"), resolved as "Ukraine's president" would be (the first of its sentence, its
    subject's: "Ukraine has sunk a third of Russian warships, the country's navy spokesman said")."""
    lex = _lex()
    if det != "the" or len(lows) < 2 or lows[0] not in _THE_COUNTRYS or not all(
            t.low in lex.roles or t.low in lex.titles for t in content[1:]):
        return None
    opening = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    near = re.findall(r"\b(?:Ukrain\w*|Russia\w*)", text[opening:start])
    country = ("Ukrainian" if near[0].startswith("Ukrain") else "Russian") if near else None
    return Mention(start, end, raw, "descriptive", role_words=tuple(lows[1:]), country=country)


def _build_mention(text: str, toks: list[Tok], a: int, b: int) -> Mention | None:
    """Classify toks[a:b] as a speaker mention, or None when it cannot be a speaker."""
    if a >= b:
        return None
    if a > 0 and toks[a - 1].low == "our":
        return None                            # "our correspondent in Kyiv reported": the outlet's own voice
    if b - a == 4 and toks[a + 1].text in _QUOTE_MARKS and toks[a + 3].text in _QUOTE_MARKS \
            and (toks[a].low in _lex().roles or toks[a].low in _lex().titles) and toks[a].low not in _UNIT_NOUNS \
            and toks[a].low not in _lex().orgs and _is_cap(toks[a + 2]):
        return None     # 'Officer "Alex" confirmed': a rank and a name in quotes, a call sign or a first name only
    if b < len(toks) and toks[b - 1].low == "united" and toks[b].text[:1].isupper():
        return None     # "the United" of "notified the United States ..., indicating": a name cut before its end
    if b - a >= 4 and toks[b - 1].text == ")" and toks[b - 3].text == "(" and _ACRONYM.fullmatch(toks[b - 2].text):
        b -= 3                                 # "the Ministry of Defence (MoD)": the name, without its acronym
    if b < len(toks) and toks[b].low == "and" and toks[b - 1].text.islower() and toks[b - 1].low in _HEADLESS_MODIFIERS:
        return None     # "Lithuania's foreign and defense ministers": the first conjunct lacks the head noun that follows
    cut = next((x for x in range(a + 1, b - 1) if toks[x].low == "in" and toks[x - 1].low in _TROOP_NOUNS), None)
    if cut is not None:
        b = cut     # "Russian forces in Ukraine said", "Ukrainian troops in the east": where they are, not a name
    if any(toks[x].low in _ARMED_GROUP_WORDS for x in range(a, b)) and toks[b - 1].low in _TROOP_NOUNS:
        return None     # "Russian-backed separatist forces said": an armed group named by no one
    lex = _lex()
    start, end = toks[a].start, toks[b - 1].end
    raw = text[start:end].strip(" ,")
    words = [t for t in toks[a:b] if _is_word(t)]
    if not words:
        return None
    det = words[0].low if words[0].low in _DETS else None
    content = words[1:] if det else words
    if not content:
        return None
    if _SHARE_OF_PEOPLE.match(raw):
        return None     # "Two-thirds of Ukrainians believe ...": a poll's share of a people, no speaker
    if len(content) == 1 and _BACKED.search(content[0].text):
        return None     # "according to Russian-appointed administrators": who appointed them, no name of theirs
    if len(content) == 2 and content[-1].low in lex.unnamed_groups and content[0].low in _DOMAIN_WORDS:
        return None     # "Energy officials confirmed ...", "Health officials said": a sector's unnamed people
    if len(content) >= 2 and content[-1].low in _GROUP_NOUNS and _is_cap(content[-2]) and not (
            content[-1].low in _BODY_PEOPLE and _NATIONALITY_LIKE.fullmatch(content[-2].text)) \
            and not _BACKED.search(content[-2].text):
        # (not "Russian-backed officials": who backs them is no name of theirs)
        content = content[:-1]                          # "DeepState analysts" -> DeepState, "Pentagon officials"
        end = content[-1].end
        raw = text[start:end].strip(" ,")
    tail = _descriptor_tail(content)
    if tail and det == "the":
        head = content[:-tail]
        if all(t.bare in _lex().non_speakers or t.low in _lex().non_speakers or _PLACE_BASED.fullmatch(t.text)
               or not _is_word(t) for t in head):
            # "The Washington D.C. think tank said": where it sits, not its name -> the research body named last
            return Mention(start, end, raw, "role", role_words=tuple(t.low for t in content[-tail:]))
        content = head                                  # "the ISW think tank" -> ISW
        end = content[-1].end
        raw = text[start:end].strip(" ,")
    if _CALLSIGN_AFTER.match(text, end) or _CALLSIGN_BEFORE.search(text, max(0, start - 40), start):
        return None     # "said East, the callsign of a drone commander": a call sign keeps its bearer unnamed
    if len(content) == 1 and _is_cap(content[0]) and content[0].text in _withheld_names(text):
        return None     # "Andre, who did not want to give his real name, told Anadolu": an alias, its bearer unnamed
    if content[0].low in _NUMBER_WORDS and (len(content) == 1 or not _is_cap(content[1])):
        return None     # "One commander said", "Two officials told": a count of unnamed people, no name
    lows = [_ROLE_ALIASES.get(t.low, t.low) for t in content]
    if det == "the" and len(content) >= 3 and lows[-3:] == ["head", "of", "state"] and all(
            _nationality(t.text) or _PORTRAIT_ADJECTIVE.fullmatch(t.low) for t in content[:-3]):
        # "the Brazilian head of state": the state's president, found as "the Brazilian president" is
        words = tuple(w for w in lows[:-3] if not _PORTRAIT_ADJECTIVE.fullmatch(w)) + ("president",)
        return Mention(start, end, raw, "descriptive", name=" ".join(words), role_words=words)
    if len(content) >= 4 and lows[0] == "press" and lows[1] in ("service", "office", "center", "centre") \
            and lows[2] == "of":
        # "the press service of the ministry reported": the body speaks through it
        k = next(x for x in range(a, b) if toks[x].start == content[3].start)
        k -= 1 if k - 1 > a and toks[k - 1].low == "the" else 0
        body = _build_mention(text, toks, k, b)
        if body is not None and body.is_person is not True and not (
                body.is_person is None and body.role_words and body.role_words[-1] in _lex().titles):
            # (a person's press service is his office's voice, read as before; not "the Ministry of Defense", a body
            # whose last word is also a title's)
            return body
    if det == "the" and 3 <= len(content) <= 4 and lows[-2] == "press" and lows[-1] in ("service", "office") \
            and not any(_is_cap(t) for t in content[:-2]):
        # "the brigade press service said": the body, as "the brigade" (the unit the article has named)
        k = next(x for x in range(a, b) if toks[x].start == content[0].start)
        body = _build_mention(text, toks, k - 1 if k - 1 >= a and toks[k - 1].low == "the" else k, b - 2)
        if body is not None:
            return body
    if det != "a" and len(content) >= 3 and lows[0] in _UNIT_PEOPLE and lows[1] == "of":
        # "the soldiers of the 3rd Brigade said": the unit speaks through its men, as through its press service
        k = next(x for x in range(a, b) if toks[x].start == content[2].start)
        k -= 1 if k - 1 > a and toks[k - 1].low == "the" else 0
        body = _build_mention(text, toks, k, b)
        if body is not None and body.is_person is not True:
            return body
    if (countrys := _the_countrys_role(text, content, lows, det, start, end, raw)) is not None:
        return countrys     # ("the country's Defence Ministry announced": its words capitalised as a name)
    # pronoun
    if len(content) == 1 and lows[0] in lex.pronouns and not det:
        return Mention(start, end, raw, "pronoun", name=lows[0])
    if 2 <= len(content) <= 4 and lows[0] in _POSSESSIVE_PRONOUN and lows[-1] in DOCUMENT_WORDS and not det:
        return Mention(start, end, raw, "pronoun", name=_POSSESSIVE_PRONOUN[lows[0]])   # "its (daily) statement"
    if len(content) == 3 and lows[0] == "its" and lows[1] == "press" and lows[2] in ("office", "service") and not det:
        return Mention(start, end, raw, "pronoun", name="it")     # "Its press office admitted": the body itself
    if len(content) == 2 and lows[0] == "press" and lows[1] in ("office", "service") and det == "the":
        # '"A black day for the company," the press service said': the body the article has just named speaks through
        # it, as through "its press service"
        return Mention(start, end, raw, "pronoun", name="it")
    if len(content) == 1 and not det and lows[0].endswith("ing") and len(lows[0]) > 5 and lows[0] not in lex.pronouns \
            and a == 0:
        return None      # "Addressing claims about ...": a gerund opening the sentence, not a name
    owner = _document_owner(toks, a, b)
    if owner is None and content[-1].low in _OWNED_WORDS and len(content) >= 2 and (
            all(_is_cap(t) for t in content[:-1])
            # ("A ministry statement issued on Sunday said", "a Russian defence ministry statement": a body's kind)
            or content[-2].low in _ISSUING_BODIES
            and all(_is_cap(t) or t.low in _BODY_QUALIFIERS for t in content[:-2])) \
            and not (content[-1].text[0].isupper() and content[-1].low in _NAME_FINAL):
        # "A White House statement said", "a Kremlin readout": the issuer speaks
        return _build_mention(text, toks, next(k for k in range(a, b) if toks[k].start == content[0].start), b - 1)
    if det in ("a", "an") and len(content) >= 3 and lows[0] in _BODY_VOICES and lows[1] in ("for", "of", "from"):
        # "A spokeswoman for the Ukrainian military said", "a representative of the ministry": an unnamed voice of a
        # named body, which speaks through it (as "the press service of the ministry" does)
        k = next(x for x in range(a, b) if toks[x].start == content[2].start)
        k -= 1 if k - 1 > a and toks[k - 1].low == "the" else 0
        body = _build_mention(text, toks, k, b)
        if body is not None and (body.kind == "descriptive" or body.kind == "named" and _names_body(body)):
            return body     # (not "a spokesman for Dmitry Peskov": a person's spokesman is not the person)
        return None
    if det in ("a", "an") and len(content) >= 2 and lows[-1] in _BODY_VOICES \
            and all(_is_cap(t) and not _nationality(t.text) for t in content[:-1]):
        # "A Kremlin spokesman said", "a Downing Street spokesman added": an unnamed voice of the body named before its
        # title (not "a Ukrainian spokesman": a country's adjective names no body)
        k = next(x for x in range(a, b) if toks[x].start == content[0].start)
        e = next(x for x in range(a, b) if toks[x].start == content[-1].start)
        body = _build_mention(text, toks, k, e)
        # (a name of two words no registry knows as a person's, "Downing Street", is a body's too)
        if body is not None and body.kind == "named" and (
                _names_body(body) or body.is_person is None and len(content) >= 3 and not _names_person(body.name)):
            return body     # (not "a Zelensky spokesman": a person's spokesman is not the person)
        return None
    if det in ("a", "an"):
        return None                                     # "a senior military source" (but: indefinite_source)
    if owner is not None:
        if not _is_cap(toks[owner - 1]):
            owned = toks[a:owner - 1] + [_possessed(toks[owner - 1])]      # "The ministry's" -> "The ministry"
            return _build_mention(text, owned, 0, len(owned))
        # "Blinken's press release read": Blinken ("The MOD's update said": MOD, without the possessive)
        owned = toks[a:owner - 1] + [_possessed(toks[owner - 1])]
        return _build_mention(text, owned, 0, len(owned))
    if len(content) >= 2 and content[-1].low in _FIGHTING_GROUPS and any(
            re.search(r"['\u2019]s$", t.text) and _is_cap(t) and not _demonym(t.text) for t in content[:-1]):
        return None            # "Vladimir Putin's private army claimed": the army speaks, not its owner
    if det == "the" and len(content) == 1 and lows[0] in ("analysts", "researchers"):
        # "The analysts estimate ...": a research body's people, once the article has named one (discourse.py);
        # bare "analysts" stay anonymous
        return Mention(start, end, raw, "role", role_words=(lows[0],))
    caps = [t for t in content if _is_cap(t)]
    # country possessive / demonym prefix
    country = None
    if content and _demonym(content[0].text) and (content[0].low.endswith(("'s", "\u2019s")) or len(content) > 1):
        country = _demonym(content[0].text)
    if not caps:
        if det == "the" and len(lows) == 4 and lows[0] in _REGION_HEADS and lows[1:3] == ["of", "the"] \
                and lows[3] in _REGION_NOUNS:
            return Mention(start, end, raw, "role", role_words=tuple(lows))     # "the head of the region"
        if det == "the" and content[-1].low in lex.roles and all(
                t.low in lex.roles or t.low in lex.titles or t.low in _CONNECTORS or t.low in _DETS
                or _PORTRAIT_ADJECTIVE.fullmatch(t.low) for t in content):
            # ("The battle-hardened commander said": a portrait's adjective says nothing of the role)
            return Mention(start, end, raw, "role", role_words=tuple(
                w for w in lows if not _PORTRAIT_ADJECTIVE.fullmatch(w) or w in lex.roles or w in lex.titles))
        if lows[0] in ("his", "her") and len(lows) >= 2 and lows[-1] in lex.roles:
            return Mention(start, end, raw, "descriptive", role_words=tuple(lows))   # "his spokesman"
        if lows[0] in ("its", "their") and _DEFENCE_MINISTRY.fullmatch(" ".join(lows[1:])):
            return Mention(start, end, raw, "descriptive", role_words=tuple(lows[1:]))   # "its defence ministry"
        if det == "the" and [w.replace("\u2019", "'") for w in lows] in (["prosecutor", "general's", "office"],
                                                                       ["prosecutor-general's", "office"]):
            # "the prosecutor general's office said": the body's own name, printed in lower case
            return Mention(start, end, raw, "named", name="Prosecutor General's Office", is_person=False)
        if det == "the" and content[-1].low in lex.roles and is_office_phrase(raw):
            # "the bloc's foreign policy chief": an office phrase (seeds/offices.csv), resolved on the
            # article's date by the discourse
            return Mention(start, end, raw, "role", role_words=tuple(lows))
        return None
    # everything capitalised is a place / country / demonym -> not a speaker
    # (a country's adjective too, as its name: "The Finnish leader said" is a description, like "the Turkish leader")
    non_place = [t for t in caps if t.bare not in lex.non_speakers and t.low not in lex.non_speakers
                 and not _nationality(t.text)]
    joined = " ".join(t.bare for t in content)
    if joined in lex.non_speakers or (det and f"the {joined}" in lex.non_speakers):
        return None
    if joined == "media":
        return None      # "Media reports spoke of a new phase": the press in general ("United24 Media" is an outlet)
    if not non_place and len(content) == 2 and content[-1].low in _LOCAL_BODIES and caps and caps[0].bare in _CAPITALS:
        return None      # "according to Kyiv authorities": the capital for the state's government, no named body
    if not non_place and content[-1].low in _LOCAL_BODIES and any(
            not (_nationality if content[-1].low == "authorities" else _demonym)(t.text) for t in caps):
        # "the Kupiansk district authorities": a place's own administration is a named organisation (not "Turkish
        # authorities", a country's, unnamed like "Ukrainian officials")
        name = " ".join(t.text for t in content)
        return Mention(start, end, raw, "named", name=name, is_person=False)
    if not non_place:
        if len(content) >= 2 and content[-1].low in lex.unnamed_groups:
            return None    # "Russian military bloggers", "Ukrainian officials": an unnamed group, not the military
        if len(content) >= 2 and _is_cap(content[-1]) and content[-2].text.isalpha() and content[-2].text.islower() \
                and content[-2].low not in _CONNECTORS:
            return None    # "the first village Kyiv says it has retaken": a noun, then the subject of its clause
        # "Ukraine's top military commander", "Russia's military", "Ukraine's air force"
        rest = [t for t in content if not (_nationality(t.text) or t.bare in lex.non_speakers)]
        if not rest or not any(t.low in lex.roles for t in rest):
            return None
        if country is None and len(content) > 1 and _adjectives().get(content[0].low) == content[0].text \
                and content[0].text not in ("Ukrainian", "Russian"):
            # "the Turkish presidency", "the Chinese embassy": the adjective says whose, as "Turkey's" would (the two
            # sides' own "the Russian command" stay generic: their side is read from the word)
            country = content[0].text
        return Mention(start, end, raw, "descriptive", role_words=tuple(t.low for t in rest), country=country)
    if det == "the" and len(content) == 2 and re.fullmatch(r"[A-Z]{2,5}", content[0].text) \
            and content[1].low in _HEAD_ROLES:
        # "the GUR Chief", "the SBU head": an organisation's acronym and its head's role, the role of someone the
        # article has named (discourse.py resolves it)
        return Mention(start, end, raw, "role", role_words=(content[1].low,))
    # title-only ("the Commander-in-Chief", "the President")
    if det == "the" and all(t.low in lex.titles or t.low in lex.roles or t.low in _CONNECTORS or t.low in _DETS
                            for t in content) and not any(t.bare in lex.orgs for t in content if _is_cap(t)):
        return Mention(start, end, raw, "role", role_words=tuple(lows))
    # a leading lowercase role phrase with "the" that governs a capitalised org: "the chief of the General Staff"
    if det == "the" and content[0].low in lex.titles and not _is_cap(content[0]):
        if not _ends_in_name(content) and not (len(content) >= 3 and content[-2].low in MEDIUM_HEADS
                                               and _is_cap(content[-1])):
            # (not "the military blog MilitaryLand.net": a medium's kind, then its name)
            return Mention(start, end, raw, "role", role_words=tuple(lows))
        m = _named_mention(text, content, start, end, raw, country)
        if m is not None and m.is_person is False and len(m.name.split()) == 2:
            m.is_person = True    # "the commander of Ukraine's ground forces Mykhailo Drapatyi": the office's holder
        return m
    return _named_mention(text, content, start, end, raw, country)


def indefinite_source(text: str, toks: list[Tok], a: int, b: int) -> Mention | None:
    """toks[a:b] as "a senior Ukrainian official", the unnamed source of a news lede, whom its next sentences often
    name ("... Yurii Mysiagin, a member of parliament, said"): a mention that waits for that name
    (discourse._name_indefinite), else None. Only the reporting-verb and "according to" readers ask for it."""
    words = [t for t in toks[a:b] if _is_word(t)]
    if len(words) < 2 or words[0].low not in ("a", "an"):
        return None
    content = words[1:]
    if content[-1].low not in _INDEFINITE_HEADS or not all(
            t.low in _INDEFINITE_MODIFIERS or _nationality(t.text) or installed_by(t.text) for t in content[:-1]):
        return None
    return Mention(toks[a].start, toks[b - 1].end, text[toks[a].start:toks[b - 1].end], "role",
                   role_words=tuple(t.low for t in content),
                   country=next((c for t in content if (c := _nationality(t.text) or installed_by(t.text))), None),
                   indefinite=True)


# "a Russian-appointed official", "a Moscow-installed official": the country that put the official in office
_INSTALLED_BY = re.compile(r"(?P<by>[A-Za-z]+)-(?:installed|appointed|backed)", re.I)
_SEAT_COUNTRY = {**CAPITAL_SIDE, "kremlin": "Russia"}     # a seat of government for its country


def installed_by(word: str) -> str | None:
    """The adjective of the country in "Russian-appointed", "Moscow-installed", "Kremlin-backed", else None."""
    m = _INSTALLED_BY.fullmatch(word)
    if m is None:
        return None
    by = m.group("by").lower()
    return _nationality(_SEAT_COUNTRY.get(by, by))


# the indefinite sources a lede names in its next sentences ("a senior Ukrainian official has said", "a military
# spokeswoman said", "a Russian regional governor said"); "a source", "a soldier", "a resident" stay unnamed
# ("a top Ukrainian general said ... General Oleksandr Syrskyi said": a general or commander, named next)
_INDEFINITE_HEADS = frozenset("official adviser advisor spokesman spokeswoman spokesperson governor mayor general "
                              "commander".split())
_INDEFINITE_MODIFIERS = frozenset("senior top high-ranking leading local regional military presidential government "
                                  "defence defense security".split())


# owned words that end an outlet's name when capitalised: "The Washington Post", "The Kyiv Post"
_NAME_FINAL = frozenset({"post", "report", "update", "review", "bulletin"})
# the last word of many outlets' names ("The Washington Post", "The Moscow Times"; discourse.py knows them too)
OUTLET_FINAL = frozenset({"post", "times", "independent", "journal", "herald", "telegraph", "tribune", "gazette"})
# the kinds of outlet a name may follow ("the newspaper Bild", "the Ukrainian publication Ekonomichna Pravda")
_OUTLET_KINDS = frozenset("newspaper publication daily weekly tabloid magazine outlet website portal broadcaster "
                         "channel".split())
_FIGHTING_GROUPS = frozenset("army forces troops mercenaries fighters soldiers units militia".split())
# short forms of a role, written as its full form so that "the CinC" finds "the Commander-in-Chief, X"
_ROLE_ALIASES = {"cinc": "commander-in-chief", "c-in-c": "commander-in-chief"}


def _ends_in_name(content: list[Tok]) -> bool:
    """Does the phrase close with a personal name after its organisation ("the head of the IAEA Rafael
    Grossi")? Two capitalised words that name no organisation, title or place, after a capitalised word."""
    lex = _lex()
    if len(content) < 3:
        return False        # ("the governor Alexander Gusev": a title and a name are enough)
    tail, before = content[-2:], content[-3]
    # after a capitalised word, or a lowercase noun that ends the office ("the commander of Ukraine's ground
    # forces Oleksandr Syrskyi"); never right after "of"/"the" ("the mayor of New York" names a place)
    return all(_is_cap(t) and t.bare not in lex.orgs and t.bare not in lex.titles and t.low not in lex.roles
               and t.bare not in lex.non_speakers and not _demonym(t.text) for t in tail) \
        and (_is_cap(before) or before.text.isupper()
             or (before.text.isalpha() and before.low not in _CONNECTORS and before.low not in _DETS))


# the last word of a body's name, after which a run of name-cased words is the name of a person in it
_BODY_NAME_ENDS = frozenset("forces army navy guard ministry staff command corps brigade regiment battalion".split())
# ("EU High Representative for Foreign Affairs Kaja Kallas", "Commissioner for Children's Rights Maria Lvova-Belova",
# "ambassador to the United States Oksana Markarova": the office's or country's name ends, the person's follows)
_OFFICE_NAME_ENDS = frozenset("affairs rights security relations policy states kingdom nations".split())
_PERSONAL_NAME = re.compile(r"[A-Z][a-z'\u2019]+(?:-[A-Z][a-z'\u2019]+)*")


# the countries whose name closes a body's national chapter ("PEN Ukraine", "Amnesty International Ukraine")
_CHAPTER_COUNTRIES = frozenset("Ukraine Russia America USA UK Germany Poland".split())


# the first word of a place told by who holds it: "Ukrainian-held", "Russian-occupied", "Kyiv-controlled"
_HELD_PLACE_WORD = re.compile(r"[A-Z][a-z]+-(?:held|occupied|controlled|annexed)")


def _named_mention(text: str, content: list[Tok], start: int, end: int, raw: str,
                   country: str | None) -> Mention | None:
    """A mention that names someone: a trailing run of capitalised name tokens (a person, or part of
    an organisation name), a title phrase without a name, or an organisation name."""
    lex = _lex()
    lows = [t.low for t in content]
    placed = _placed_person(text, content, start, end, raw, country)
    if placed is not None:
        return placed
    lead = _name_of_org(content)
    titled = 0
    if not lead and len(content) > 3 and content[0].low in lex.titles and content[-1].low in _REGION_NOUNS:
        # ("Governor Oleh Syniehubov of the Kharkiv region": a title before the name, then the same)
        lead = _name_of_org(content[1:])
        titled = 1 if lead else 0
    if lead:
        # "Michael Kofman of the Carnegie Endowment": the person speaks, the organisation places him
        return Mention(start, end, raw, "named", name=_span_text(text, content[titled:titled + lead]), is_person=True,
                       country=country)
    # trailing run of capitalised name tokens
    k = len(content)
    while k > 0:
        t = content[k - 1]
        if k <= len(content) - 2 and t.low in _BODY_NAME_ENDS and all(x.text[:1].isupper() and x.text[1:].islower()
                                                                     for x in content[k:]):
            break              # "... of the Ukrainian Armed Forces Andriy Biletskyi": the body's name ends, a person's follows
        if k - 1 <= len(content) - 3 and len(content) - k <= 3 and (
                t.low in _OFFICE_NAME_ENDS or t.text.endswith(("'s", "\u2019s")) and k >= 2) \
                and all(_PERSONAL_NAME.fullmatch(x.text) for x in content[k:]):
            break              # (and "The Quincy Institute's Anatol Lieven": the owner, then the person)
        if 1 <= len(content) - k <= 2 and k >= 2 and _is_cap(content[k - 2]) and _PERSONAL_NAME.fullmatch(t.text) \
                and any(x.low == "of" for x in content[:k - 2]) and _given_name(t.text) \
                and all(_PERSONAL_NAME.fullmatch(x.text) for x in content[k:]):
            k -= 1             # "the Minister of Digital Transformation Mykhailo Fedorov": a first name opens the
            break              # person's name
        if _is_cap(t) and t.bare not in lex.titles and (t.bare not in lex.orgs or _initials_as_name(content, k - 1)) \
                and not _demonym(t.text) and t.bare not in lex.non_speakers and not t.text[0].isdigit():
            k -= 1
            continue
        if k < len(content) and content[-1].low in OUTLET_FINAL and _is_cap(t) and t.bare in lex.non_speakers:
            k -= 1             # "The Washington Post", "the Kyiv Independent": the place is part of the outlet's name
            continue
        chapter_of = content[k - 2] if k >= 2 else None
        if k == len(content) and chapter_of is not None and t.text in _CHAPTER_COUNTRIES and (
                chapter_of.low == "international" or len(chapter_of.text) >= 2 and chapter_of.text.isupper()):
            k -= 1             # "PEN Ukraine", "Transparency International Ukraine": a body's national chapter
            continue
        if k == len(content) and k >= 2 and t.text in _LANGUAGES and content[k - 2].bare in _LANGUAGE_SERVICE_BEFORE:
            k -= 1             # "BBC News Russian", "BBC Ukrainian": a broadcaster's language service
            continue
        if t.text in "\"\u201c\u201d":
            k -= 1
            continue
        opened = next((o for o in range(k - 1, max(-1, k - 5), -1) if text[content[o].start - 1:content[o].start]
                       in "\"\u201c"), None) if k < len(content) and text[t.end:t.end + 1] in "\"\u201d" else None
        if opened is not None and content[opened].start > 0 and _is_cap(content[opened]) and _is_cap(t) \
                and all(_is_cap(x) or x.low in ("of", "the", "and") for x in content[opened:k]):
            k = opened         # a quoted name before its kind: the "Freedom of Russia" Legion
            continue
        break
    run = [t for t in content[k:] if _is_word(t)]
    if len(run) >= 2 and "\n" in text[run[0].start:run[-1].end]:
        return None     # "Category\nPolitics": a page's menu words over two lines, no name (a name keeps to its line)
    if run and _HELD_PLACE_WORD.fullmatch(run[0].text):
        return None     # "Ukrainian-held Mala Tokmachka has been left battered": a place told by its holder, no one
    if len(run) == 3 and content[k] is run[0] and _names_organisation(run[0].bare):
        # "the co-founder of the analytical project DeepState Ruslan Mykula": the organisation, then its person
        k += 1
        run = run[1:]
    before = content[:k]
    before_words = [t for t in before if _is_word(t)]
    role_words = tuple(t.low for t in before_words)
    first_is_title = bool(before_words) and before_words[0].bare in lex.titles
    if run and len(run) <= 4:
        prev = before_words[-1] if before_words else None
        person, org_name = _run_kind(text, content, k, prev, first_is_title, len(run))
        name = org_name or _span_text(text, run)
        glued = None
        if len(run) == 1 and not org_name and run[0].text[1:].lower() != run[0].text[1:]:
            from pipelines.extraction.actors import unglued_name     # (actors imports this module)
            glued = unglued_name(name)
        if glued is not None:
            name, person = glued, True     # "spokesman OleksandrShtupun said": the page lost the space
        return Mention(start, end, raw, "named", name=name, is_person=person, role_words=role_words,
                       country=country)
    # a title phrase without a personal name: "the White House envoy", "Kremlin spokesman"
    if not _is_cap(content[-1]) and content[-1].low in lex.titles and content[-1].low not in lex.orgs \
            and _title_head([content[-1].low]):
        return Mention(start, end, raw, "descriptive", name=_span_text(text, content), role_words=tuple(lows),
                       country=country)
    # organisation name (ends in an org/role word)
    if any(t.bare in lex.orgs or t.low in lex.roles for t in content):
        c = max((x for x, t in enumerate(content) if _is_cap(t)), default=-1)
        tail = content[c + 1:]
        if c >= 0 and tail and tail[0].low in _PMC_WORDS and all(t.low in _ORG_DESCRIPTORS or t.low in lex.roles
                                                                 for t in tail):
            # "Russia's Wagner Group private army": the name without its description
            content = content[:c + 1]
        return Mention(start, end, raw, "named", name=_org_name(content, text), is_person=False,
                       role_words=role_words, country=country)
    return None


def _placed_person(text: str, content: list[Tok], start: int, end: int, raw: str,
                   country: str | None) -> Mention | None:
    """"Prime Minister Ingrida Simonyte of Lithuania", "Mayor Vitali Klitschko of Kyiv": a titled person whose
    country or city follows the name. The place says where the office is, so the person is named without it
    (else the whole phrase, ending in no name, was read as an organisation's)."""
    lex = _lex()
    j = next((x for x in range(len(content) - 1, 1, -1) if content[x].low in ("of", "from")), None)
    if j is None or not _is_cap(content[j - 1]):
        return None
    place = [t for t in content[j + 1:] if t.low != "the" and _is_word(t)]
    if not place or not all(_is_cap(t) and (t.bare in lex.non_speakers or _demonym(t.text)) for t in place):
        return None
    m = _named_mention(text, content[:j], start, content[j - 1].end, raw, country)
    return m if m is not None and m.is_person else None


def _given_name(word: str) -> bool:
    """Is ``word`` a first name the actor registry knows?"""
    from pipelines.extraction.actors import default_resolver   # (actors imports this module)
    return default_resolver().is_given_name(word)


def _initials_as_name(content: list[Tok], i: int) -> bool:
    """Is the organisation's initials at ``content[i]`` written as the last part of a personal name ("Kim Jong Un",
    not "the UN"): in title case, after two capitalised words?"""
    t = content[i]
    return (len(t.text) <= 3 and t.text[0].isupper() and t.text[1:].islower() and i == len(content) - 1 and i >= 2
            and all(_is_cap(x) and not x.text.isupper() for x in content[i - 2:i]))


def _names_body(m: Mention) -> bool:
    """Is the named mention ``m`` a body's (no person, or an organisation word in its name or roles)?"""
    return m.is_person is False or any(w.lower() in _lex().orgs for w in m.name.split() + list(m.role_words))


def _names_person(name: str) -> bool:
    """Is ``name`` a person the actor registry knows, or does it open on a first name it knows?"""
    from pipelines.extraction.actors import default_resolver   # (actors imports this module)
    actor = default_resolver().resolve(name)
    return actor is not None and actor.kind == "person" or _given_name(name.split()[0])


def _names_organisation(word: str) -> bool:
    """Is ``word`` on its own the name of a known organisation ("DeepState", "Rosatom")?"""
    from pipelines.extraction.actors import default_resolver   # (actors imports this module)
    actor = default_resolver().resolve(word)
    return actor is not None and actor.kind != "person"


def _name_of_org(content: list[Tok]) -> int:
    """Length of a leading personal name in "<First Last> of (the) <Organisation>", else 0."""
    lex = _lex()
    k = 0
    while k < len(content) and k < 4 and _is_cap(content[k]) and content[k].bare not in lex.titles \
            and content[k].bare not in lex.orgs and content[k].low not in lex.roles and not _demonym(content[k].text) \
            and content[k].bare not in lex.non_speakers and content[k].text.isalpha() is not False \
            and not content[k].text.isupper():
        k += 1
    if k < 2 or k >= len(content) or content[k].low not in ("of", "from") or content[0].low == "the":
        return 0
    rest = content[k + 1:]
    rest = [t for t in rest[_described_kind_len(rest):] if t.low != "the"]
    if len(rest) >= 2 and rest[-1].low in _REGION_NOUNS:
        rest = rest[:-1]    # ("Oleh Syniehubov of the Kharkiv region": a region, named with its noun)
    # ("Mason Clark of the Institute for the Study of War": an organisation's name has its small words)
    if not rest or not _is_cap(rest[0]) or not all(_is_cap(t) or not _is_word(t) or t.low in _ORG_NAME_SMALL
                                                   for t in rest):
        return 0
    return k


_ORG_NAME_SMALL = frozenset({"for", "of", "and", "on", "in", "the"})


def _described_kind_len(toks: list[Tok]) -> int:
    """How many words at toks[0:] describe a body by its kind before its name ("the US-based think tank" of "the
    US-based think tank the Institute for the Study of War"), else 0."""
    k = 1 if toks and toks[0].low in _DETS else 0
    while k < len(toks) and k < 4 and (_PLACE_BASED.fullmatch(toks[k].text) or toks[k].text.isalpha()
                                       and toks[k].text.islower() and toks[k].low not in _CONNECTORS | _DETS):
        k += 1
    for e in range(k, 0, -1):
        tail = tuple(t.low for t in toks[max(0, e - 3):e])
        if any(tail[-len(tl):] == tl for tl in _DESCRIPTOR_TAILS) and e < len(toks) and toks[e].low in _DETS:
            return e
    return 0


def _run_kind(text: str, content: list[Tok], k: int, prev: Tok | None, first_is_title: bool,
              run_len: int) -> tuple[bool | None, str | None]:
    """Is the name run content[k:] a person (True), part of an organisation (False, with the
    organisation's name) or unknown (None)? Read from the word before it (``prev``)."""
    lex = _lex()
    before = content[:k]
    person = None
    org_name = None
    if prev is None:
        person = None   # bare name: unknown kind
    elif prev.low in _CONNECTORS:
        # "Institute for Conflict Mapping", "Mission in Ukraine": the run is part of an org name
        person = False
        org_name = _org_name(content, text)
    elif prev.low in _OUTLET_KINDS and run_len == 1:
        person = False  # "the German newspaper Bild": an outlet of one word, never a person the kind titles
    elif prev.bare in lex.titles or (prev.low in lex.roles and prev.bare not in lex.orgs
                                     and prev.low not in ("blog", "channel", "agency", "group", "project")):
        person = True
    elif run_len >= 2 and _is_cap(prev) and (prev.low in _OFFICE_NAME_ENDS or prev.text.endswith(("'s", "\u2019s"))):
        person = True   # "for Foreign Affairs Kaja Kallas", "The Quincy Institute's Anatol Lieven": the office's, then he
    elif prev.bare in lex.orgs and _is_cap(prev):
        if first_is_title and run_len >= 2 or run_len == 2 and prev.low in _BODY_NAME_ENDS:
            # ("... of the Ukrainian Armed Forces Andriy Biletskyi": a first name and a surname after the body)
            person = True
        else:
            person = False
            org_name = _org_name(before + content[k:], text)
    elif prev.text == "guard" and run_len >= 2:
        person = True    # "captured border guard Oleksandr Ilnytsky": a guard by trade (the body is "the Guard")
    elif prev.low in lex.roles or prev.bare in lex.orgs:
        person = False   # "the pro-Kremlin military blog Rybar"
    elif prev.low in _CONNECTORS:
        # "Mission in Ukraine" style: the run is part of an org name
        person = False
        org_name = _org_name(content, text)
    else:
        person = None
    return person, org_name


def _span_text(text: str, toks: list[Tok]) -> str:
    s = text[toks[0].start:toks[-1].end]
    return s.replace("\u201c", "").replace("\u201d", "").replace('"', "").strip()


def _org_name(content: list[Tok], text: str) -> str:
    """Organisation name as written, minus determiner and descriptors; "Russia's X" -> "Russian X"."""
    lex = _lex()
    words = [t for t in content if _is_word(t) or t.text in "-\"\u201c\u201d"]
    # drop leading lower-case descriptors before the first capitalised token ("pro-Kremlin blog ...")
    i = 0
    while i < len(words) and not _is_cap(words[i]) and (
            words[i].low not in lex.orgs or i + 1 < len(words) and all(_is_cap(w) for w in words[i + 1:])):
        i += 1      # (and a kind before the name: "the news agency Interfax" is Interfax)
    words = words[i:] or words
    if not words:
        return ""
    first = words[0]
    dem = _demonym(first.text) if first.low.endswith(("'s", "\u2019s")) else None
    body = _span_text(text, words[1:]) if dem and len(words) > 1 else _span_text(text, words)
    name = f"{dem} {body}" if dem and len(words) > 1 else body
    name = re.sub(r"\bU\.N\.", "UN", name)
    name = re.sub(r"\bU\.S\.", "US", name)
    name = re.sub(r"\bU\.K\.", "UK", name)
    owned = _MINISTRY_OF_COUNTRY.fullmatch(name)
    if owned is not None and (adj := _demonym(owned.group("country"))):
        # "the Ministry of Defence of Romania" is the Romanian Ministry of Defence, as "Romania's" is
        name = f"{adj} {owned.group('body')}"
    return re.sub(r"\s+", " ", name).strip()


# a ministry named with its country last: "Ministry of Defence of Romania", "Ministry of Foreign Affairs of Japan"
_MINISTRY_OF_COUNTRY = re.compile(r"(?:the\s+)?(?P<body>Ministry\s+of\s+[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,3})"
                                  r"\s+of\s+(?:the\s+)?(?P<country>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)")


def _title_head(role_words) -> str:
    """The person-title head of a role phrase ("top general" -> general, "chief of the X" -> chief)."""
    lex = _lex()
    words = [w for w in role_words if w not in _DETS]
    if "of" in words:
        words = words[:words.index("of")]
    if "to" in words:
        words = words[:words.index("to")] or words    # "press secretary to the president": the secretary
    for w in reversed(words):
        if w in lex.titles and w not in ("acting", "deputy", "first", "vice", "special", "foreign", "defence",
                                         "defense", "economy", "interior", "supreme", "presidential"):
            return w
    return ""
