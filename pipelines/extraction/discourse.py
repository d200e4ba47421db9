"""Speaker resolution (coreference): which entity a speaker mention refers to.

``Discourse`` holds the entities mentioned so far in one article, in text order. A named mention
is registered (resolved to a known actor through ``actors.default_resolver()`` when it can be);
pronouns and role nouns (``the general``, ``the ministry``) resolve to earlier speakers or to known
actors named earlier (also as objects: ``told President Vladimir Putin``). Role-first speakers
(``Russia's top general``, ``the White House envoy``) are *deferred*: ``_resolve_deferred`` gives
them the next speaker whose role matches, once every candidate of the article is known.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from difflib import SequenceMatcher
from functools import lru_cache

from pipelines.extraction.dates import MONTH_NAMES, WEEKDAYS
from pipelines.extraction.furniture import CAPITAL_SIDE, COUNTRY_SIDE
from pipelines.extraction.mentions import (DOCUMENT_WORDS, OUTLET_FINAL, Mention, _adjectives, _side_from_words,
                                           _title_head, installed_by)
from pipelines.extraction.offices import holder, local_holder, regional_holder
from pipelines.extraction.tokens import _CONNECTORS, _DETS, MAX_TEXT_CHARS, _lex, _resolver

_DEFER_HEADS = frozenset("commander commanders command military leadership".split())


# offices a national leader or commander never holds: "the governor", "the mayor", "the spokesman"
# (and a head of state: "the president said" after the president's chief of staff is not the chief of staff)
_LOCAL_OFFICES = frozenset("governor mayor ombudsman spokesman spokeswoman spokesperson president".split())
# other words for one office: a later mention may use any of them ("the spokesperson" for a spokesman, "the Turkish
# leader" for Turkey's president)
_SPOKES = frozenset("spokesman spokeswoman spokesperson".split())
# a title apposition right after a name (", a Ukrainian regional official,") or right before it ("The representative of
# the press service of the Armed Forces of Ukraine, X"): determiner-led or sentence-initial, no verb-like comma break
_TITLE_AFTER = re.compile(r",\s+((?:the|a|an)\s+[^,.;:\"\u201c\u201d()]{3,110}?)\s*[,.;]")
# "X, spokesman for the Ukrainian Navy, said": a title after a name, its determiner optional
_APPOSED_TITLE = re.compile(r",\s+(?:(?:the|a|an)\s+)?([a-z][^,.;:\"\u201c\u201d()]{2,120}?)\s*[,.;]")
_APPOSED_COUNTRY_TITLE = re.compile(r",\s+(?:the\s+)?([A-Z][a-z]+\s+[^,.;:\"\u201c\u201d()]{2,120}?)\s*[,.;]")
_TITLE_BEFORE = re.compile(r"(?:^|[.;:\n]\s*|,\s+)((?:[Tt]he|[Aa]n?)\s+[^,.;:\"\u201c\u201d()]{3,120}?),\s*$")
# a country's title set before a name: "Finland's president, Alexander Stubb, has said ..."
_OWNED_TITLE_BEFORE = re.compile(r"(?:^|(?<=[\s\"\u201c(]))([A-Z][\w.-]*['\u2019]s\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*),\s*$")
# the leader an office or aide serves, in an actor's role: "Aide to the President of Russia"
_SERVED_LEADER = re.compile(r"\b(?:of|to)\s+the\s+(?:President|Prime\s+Minister|Chancellor)\b[^;,]*")
_OMBUDS = frozenset("ombudsman ombudswoman ombudsperson commissioner".split())
# ("Commissioner for Human Rights Dmytro Lubinets ... the ombudsman said": one office, in the press's word)
_HEAD_OF_REGION = re.compile(r"(?:the\s+)?head\s+of\s+(?:the\s+)?(?:region|province|oblast|regional\s+(?:military\s+|state\s+)?"
                             r"administration)")
# an office's other name in the press, and the titles its holder may have been named with instead
_OTHER_NAMES = {("head", "of", "government"): ("prime minister", "premier")}
# the trades the press names a person by (no office the seeds hold), and a capitalised word of a name
_PROFESSIONS = frozenset("analyst expert correspondent journalist reporter researcher blogger observer columnist "
                         "commentator".split())
_CAP_WORD = r"[A-Z][^\W\d_A-Z]+(?:-[A-Z][^\W\d_A-Z]+)?"
# ("the Russian military department noted" after "the Ministry of Defense of the Russian Federation": the translated
# press's word for a ministry)
# the press's words for an office ending a role, and the office's own words: "Russia's top diplomat" is a foreign
# minister's title, not an anonymous one; "the pontiff suggested" is the Pope
_PRESS_TITLES = ((("top", "diplomat"), ("foreign", "minister")), (("pontiff",), ("pope",)))
# a body's documents: "the report added" is the body's that published one (a think tank, a ministry), not a person
# named since ("ISW predicts ... Even Trump is convinced ... The report added that ..."); and "The report indicates
# that ..." tells its findings (reporting_verbs), where "X's statement indicates that" is a reading of words
BODY_DOCUMENTS = frozenset({"report", "assessment", "analysis", "study", "update", "survey", "review"})
# the words of an occupation head's title a "gauleiter" points back to
_INSTALLED_HEAD_WORDS = frozenset({"head", "governor", "gauleiter"})
_ADVISERS = frozenset("adviser advisor aide".split())
_SAME_OFFICE = {**{w: _SPOKES for w in _SPOKES}, **{w: _OMBUDS for w in _OMBUDS}, "department": frozenset({"ministry"}),
                "leader": frozenset("president premier prime chancellor".split()),
                # ("Kremlin foreign policy aide Yuri Ushakov ... Putin's advisor added": one office, three words)
                **{w: _ADVISERS for w in _ADVISERS}}


# the rest of a frame that closes its sentence: '..., he added.', '..., she told reporters on Monday.' (no "that")
_FRAME_CLOSES = re.compile(r"\s+(?:also\s+)?[a-z]+(?:\s+(?!that\b)[\w'\u2019-]+){0,6}\s*(?:[.!]\s|[.!]?\s*$|\n)")


def _same_office(m: Mention, head: str) -> frozenset:
    """The office words another mention of ``m``'s office may have used (none when it has no such head)."""
    last = m.role_words[-1] if m.role_words else ""
    return _SAME_OFFICE.get(head or last, frozenset()) - {head}


# the body a region's head heads ("Head of the Kherson Oblast Military Administration"): a governor's office
_REGION_BODY_WORDS = frozenset("administration oblast province ova".split())


# a place named by its kind: no speaker for "it said" to point back at
_PLACE_KIND = re.compile(r"(?:the\s+)?(?:village|town|city|settlement|hamlet|region|oblast|district|province)\s+of\s", re.IGNORECASE)
# a title that heads a body: "the chief of ...", "the head of ...", "the commander-in-chief of ..."
_HEAD_OF = re.compile(r"(?:the\s+)?(?:chief|head|commander(?:-in-chief)?|commander\s+in\s+chief)\s+of\s+", re.IGNORECASE)


# a subordinate clause that opens a sentence with a name as its subject: "While Kirby would not ...", "Although
# Zelensky did not name the town, ..." (discourse._subordinate_subject)
# the words that open a sentence, where a body named as its subject may stand
_OPENING_WORDS = re.compile(r"[\w'\u2019.-]+")
# lower-case words that go on a name rather than open its predicate ("the ministry of defence", "forces in Kursk")
_NOT_A_PREDICATE = frozenset("of for in on at and to from with 's \u2019s".split())
_OBJECT_BEFORE = re.compile(r"\b(?:between|with|and|about|of|to|by|from|for|against|than)\s+$", re.I)
# the agent of a passive, who did what it tells: "a position that was reinforced by Mikhail Ulyanov"
_TITLE_RUN_BEFORE = re.compile(r"(?:[A-Z][\w'\u2019-]*\s+){0,3}$")
_PASSIVE_AGENT_BEFORE = re.compile(r"\b(?:was|were|been|is|are)\s+(?:[a-z]+ly\s+)?[a-z]+ed\s+by\s+$")
# the head of a body or place named after a person, right after the name ("the Kastus Kalinouski Regiment")
_NAMED_AFTER_PERSON = re.compile(r"\s+(?:Regiment|Brigade|Battalion|Legion|Division|Corps|Squadron|Foundation|"
                                 r"Institute|Cent(?:er|re)|University|Street|Square|Avenue|Airport|Prize|Award|Fund)\b")
# a person's full name: a first name and a surname, each capitalised ("Iryna Selezniova", "Dmytro Kondryk")
_FULL_NAME = re.compile(r"\b[A-Z][a-z]{2,}\s+[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?\b")
# a day named after "on", "in" or "at": when the predicate happened, no part of the subject's name
_DAY_WORD = re.compile("(?:" + "|".join([w.capitalize() for w in WEEKDAYS] + list(MONTH_NAMES)) + r")\b")


def _subject_ends(words: list[str]):
    """The ends ``j`` (longest first) at which ``words[:j]``, the words that open a sentence, may be its subject: where
    a lower-case word opens the predicate ("shared", "said", "agreed"), not one that goes on a name ("of", "for"),
    unless a day follows it ("Russia's defense ministry on Saturday issued ...")."""
    for j in range(min(6, len(words) - 1), 0, -1):
        if words[j][:1].islower() and (words[j] not in _NOT_A_PREDICATE
                                       or words[j] in ("on", "in", "at") and j + 1 < len(words)
                                       and _DAY_WORD.match(words[j + 1])):
            yield j


_PERSON_WORD = re.compile(r"[A-Z][a-z'\u2019]+(?:-[A-Z][a-z'\u2019]+)?")
# "... agreed with Zelensky when [he]": a name after a preposition, then a subordinator, then the pronoun
_OBJECT_THEN_SUBORDINATE = re.compile(r"\b(?:with|to|against|than|from|for|by|about|on|at)\s+(?:the\s+)?"
                                      r"(?:[A-Z][\w'\u2019.-]+\s+){1,3}"
                                      r"(?:when|as|after|before|while|because|since|until)\s+$")
# ("When Alina Dotsenko, director of the museum, returned ...": a name with its apposition)
_SUBORDINATE_OPENING = re.compile(r"\s*[\"\u201c]?(?:While|Although|Though|As|After|Before|When|Since|Because|If)\s+"
                                  r"(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2})"
                                  r"(?P<apposition>\s*,\s*[^,;.]{3,80},)?\s+(?=[a-z])")


def _head_of_ministry(words: tuple[str, ...]) -> tuple[str, ...] | None:
    """("head", "of", "the", "ministry", "of", "defence") or ("head", "of", "the", "defence", "ministry") ->
    ("defence",): the portfolio of a ministry whose head a role phrase names, else None."""
    w = [x for x in words if x != "the"]
    if len(w) >= 4 and w[0] == "head" and w[1] == "of":
        if w[2] == "ministry" and w[3] == "of" and 5 <= len(w) <= 6:
            return tuple(w[4:])
        if w[-1] == "ministry" and 4 <= len(w) <= 5:
            return tuple(w[2:-1])
    return None


@dataclass
class Entity:
    name: str                  # display / canonical
    raw: str
    actor_id: str | None
    side: str | None
    person: bool | None
    gender: str | None
    descriptors: set = field(default_factory=set)
    pos: int = 0


# the words of a research body's name (also the subject of its "found that ...": reporting_verbs._RESEARCH_SUBJECT)
RESEARCH_BODY_WORDS = r"Institute|Institution|Centre|Center|Foundation|Endowment|Studies|Council\s+on|Think\s+Tank"
_RESEARCH_BODY = re.compile(r"\b(?:" + RESEARCH_BODY_WORDS + r")\b")
# role words any person may hold: "the official said" is whoever spoke last, never someone his quotation names
_ANY_PERSON_ROLES = frozenset("official diplomat representative".split())


def _inside_quote(text: str, pos: int) -> bool:
    """Is ``pos`` inside a quotation opened earlier in its paragraph?"""
    line = text[text.rfind("\n", 0, pos) + 1:pos]
    return line.count('"') % 2 == 1 or line.count("\u201c") > line.count("\u201d")


_ANONYMOUS_BEFORE = {w: re.compile(rf"\b[Aa]n?\s+(?:[\w.\u2019'-]+\s+){{0,3}}{w}\b") for w in _ANY_PERSON_ROLES}
# the words that name a side's state (furniture.COUNTRY_SIDE: its capitals too), as the patterns below read them
_SIDE_STATE = "|".join(sorted(w.capitalize() for w in COUNTRY_SIDE))
# a sentence that opens with a country as its subject ("Russia has withdrawn ...")
_COUNTRY_OPENS = re.compile(rf"\W*({_SIDE_STATE})\s+(?:has|have|had|is|was|on|[a-z]+ed)\b")
_COUNTRY_SAID = re.compile(rf"\b({_SIDE_STATE})\s+(?:(?:on|late\s+on|early\s+on)\s+\w+day\s+|has\s+|had\s+|also\s+)*"
                           r"(?:said|says|claimed|claims|announced|announces|reported|reports)\b")
_COUNTRY_WORD = re.compile(rf"\b({_SIDE_STATE})(?:['\u2019]s)?\b")
# (and the adjective: "Ukrainian defense officials ... the country's Defense Ministry")
_COUNTRY_ADJ = re.compile(rf"\b({_SIDE_STATE}|Russian|Ukrainian)(?:['\u2019]s)?\b")
_ADJ_SIDE = {"russian": "Russia", "ukrainian": "Ukraine"}
# a sentence that opens on one side's forces ("Ukraine's Armed Forces destroyed ...", "Russian troops shelled ...")
_FORCES_OPEN = re.compile(r"\s*(?:The\s+)?(Ukraine|Russia|Ukrainian|Russian)(?:['\u2019]s)?\s+"
                          r"(?:Armed\s+Forces|armed\s+forces|forces|troops|army|Army|Defen[cs]e\s+Forces|military)\b")
# the words only Kyiv's side uses for Russia's forces
_KYIV_VOICE = re.compile(r"\b(?:occupiers|invaders|ruscists|racists|orcs)\b", re.I)
_PREPOSITION_BEFORE = re.compile(r"\b(?:of|in|into|from|against|to|with|on|at|by|for)\s+(?:the\s+)?$", re.I)
_BODIES = frozenset("authorities administration administrations".split())
_GENERIC_MILITARY = frozenset("military army armed forces troops".split())
_DEFENCE = re.compile(r"\bdefen[cs]e\s+minist|\bministry\s+of\s+defen[cs]e", re.I)
_ARMED_FORCES = {"Ukraine": "ukrainian-general-staff", "Russia": "russian-ministry-of-defence"}
_MILITARY_BODY = re.compile(r"\b(?:Armed\s+Forces|Defen[cs]e\s+Forces|Ground\s+Forces|Air\s+Force|Navy|Army|"
                            r"(?:Operational|Military|Joint\s+Forces)\s+Command|General\s+Staff|Group\s+of\s+Forces)\b")
# a side's body named in full somewhere in the text, which places its country-less back-references
_UA = r"(?:Ukraine|Ukrainian|Kyiv|Kiev)"
_RU = r"(?:Russia|Russian|Moscow)"
_DEFENCE_OF = {side: re.compile(rf"\b{c}(?:['\u2019]s)?\s+(?:[Dd]efen[cs]e\s+[Mm]inistry|[Mm]inistry\s+of\s+[Dd]efen[cs]e)\b|"
                                rf"\b[Mm]inistry\s+of\s+[Dd]efen[cs]e\s+of\s+(?:the\s+)?{c}")
               for side, c in (("Ukraine", _UA), ("Russia", _RU))}
_GENERAL_STAFF = re.compile(r"\bgeneral\s+staff\b", re.I)
# the attacks a General Staff counts, of the other side: "34 Russian attempts to pierce defences", "26 Russian attacks"
_RUSSIAN_ATTACKS = re.compile(r"\b(?:\d+\s+)?Russian\s+(?:attacks?|attempts?|assaults?|offensive\s+actions?|"
                              r"combat\s+clashes|ground\s+attacks?)\b")
_BODY_HEAD = re.compile(r"[Mm]inistry|General\s+Staff")
_GENERAL_STAFF_OF = {side: re.compile(rf"\b{c}(?:['\u2019]s)?\s+(?:[Mm]ilitary['\u2019]s\s+|[Aa]rmed\s+[Ff]orces['\u2019]?\s+)?"
                                      rf"General\s+Staff\b|\bGeneral\s+Staff\s+of\s+(?:the\s+)?(?:Armed\s+Forces\s+of\s+(?:the\s+)?)?{c}")
                     for side, c in (("Ukraine", _UA), ("Russia", _RU))}
# "the ministry" may point back past the last speaker to a body only named ("a map presented by the Russian Ministry
# of Defence"): the heads looked up in the text, and what may follow one in a name ("Ministry of Defence of Russia")
# a body's staff, called back by their plural: "analysts of the OSINT project DeepState ... the analysts noted"
_STAFF_OF = re.compile(r"\b(?i:analysts|researchers|experts)\s+(?:of|at|from|with)\s+(?:the\s+)?(?P<of>[^.;:,()]{1,60})"
                       r"|(?P<own>[A-Z][\w-]+(?:\s+(?:[A-Z][\w-]+|for|of|the)){0,5})\s+"
                       r"(?:analysts|researchers|experts)\b")
# heads that tell the kind of body they point back to ("the bank", "the regulator": a bank named before)
_KIND_OF_BODY = {"bank": re.compile(r"\bbank\b", re.I),
                 "regulator": re.compile(r"\b(?:bank|regulator|commission|authority)\b", re.I)}
_NAMED_BODY_HEADS = frozenset({"ministry", "office", "staff", "agency", "service", "command", "administration"})
_BODY_OF = re.compile(r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'\u2019-]+){1,2}(?:\s+Federation)?")


_NAMED_ARMED_FORCES = re.compile(
    r"(?:the\s+)?(?:(?:Ukrainian|Russian|Ukraine['\u2019]s|Russia['\u2019]s)\s+(?:Armed\s+Forces|Army|Military|"
    r"Defen[cs]e\s+Forces)|(?:Armed|Defen[cs]e)\s+Forces\s+of\s+(?:the\s+)?(?:Ukraine|Russia|Russian\s+Federation))",
    re.I)   # ("the Russian Army said", "Ukraine's Defense Forces said": rule 1, capitalised)


_HEAD_OF_BODY = re.compile(r"(?:the\s+)?(?:head|chief|leader)\s+of\s+the\s+", re.IGNORECASE)


def _generic_military(m: Mention) -> bool:
    """A country's armed forces as a whole, with no command, unit or office named."""
    words = [w for w in m.role_words if w not in _DETS and w not in ("ukraine's", "russia's", "ukrainian", "russian",
                                                                     "ukraine\u2019s", "russia\u2019s", "its", "their")]
    return bool(words) and all(w in _GENERIC_MILITARY for w in words)


# a role's words that end in a preposition lost the name it governed ("head of [Sevastopol]")
_DANGLING_PREPOSITION = re.compile(r"\b(?:of|in|for|at|from|on)$", re.I)
_LEADING_DET = re.compile(r"^(?:the|a|an)\s+", re.I)


# the title of one person at the head of a body ("the head of X", "the chief of X")
_OFFICE_HEADS = frozenset({"head", "chief", "director", "leader", "commander", "director-general"})
# the body after "the head of": a capitalised name of several words holding a body's noun
_NAMED_BODY_AFTER_OF = re.compile(
    r"\bof\s+(?:the\s+)?(?P<body>(?:[A-Z][\w'\u2019-]*\s+(?:(?:of|for)\s+(?:the\s+)?)?){1,6}?"
    r"(?:Committee|Cross|Agency|Organi[sz]ation|Council|Commission|Fund|Programme|Program|Office|Service|Bureau|"
    r"Institute|Union)(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3})?)\s*$")


@dataclass
class Resolved:
    speaker: str
    raw: str
    actor_id: str | None
    side: str | None
    entity: Entity | None = None
    deferred: Mention | None = None


_FEMALE_HINT = re.compile(r"\b(?:mrs|ms|madam|spokeswoman|chairwoman|congresswoman|first\s+lady|businesswoman)\b", re.I)
_MALE_HINT = re.compile(r"\b(?:mr|spokesman|chairman|congressman|sir|businessman)\b", re.I)


def _bare_surname(e: Entity) -> bool:
    """An entity named by one capitalised word that no seed knows and no lexicon calls a body or a place."""
    word = e.name.strip()
    return e.person is None and e.actor_id is None and " " not in word and _name_word(word) and not _is_outlet(e)


def _unseeded_full_name(e: Entity) -> bool:
    """An entity named by a first name and a surname that no seed knows, neither word a body's, place's or role's
    ("Shalva Papuashvili", whose name tells no gender)."""
    words = e.name.split()
    return e.person is None and e.actor_id is None and len(words) == 2 and _FULL_NAME.fullmatch(e.name) is not None \
        and all(_name_word(w) for w in words) and not _is_outlet(e)


def _name_word(word: str) -> bool:
    lex = _lex()
    return (len(word) > 3 and word[:1].isupper() and not word.isupper() and word[1:].islower()
            and word.lower() not in lex.non_speakers and word.lower() not in lex.orgs
            and word.lower() not in lex.demonyms and word.lower() not in lex.roles and word.lower() not in lex.titles)


def _people_of_a_nation(raw: str) -> bool:
    """"North Koreans", "the Russians": a nationality's plural, people of a country, never one person."""
    words = raw.strip().split()
    if words and words[0].lower() == "the":
        words = words[1:]
    name = " ".join(words)
    return len(name) > 2 and name.endswith("s") and name[:-1].lower() in _adjectives()


def _guess_gender(name: str, raw: str) -> str | None:
    if _FEMALE_HINT.search(raw):
        return "f"
    if _MALE_HINT.search(raw):
        return "m"
    parts = name.split()
    if len(parts) >= 2:
        first, last = parts[0].lower(), parts[-1].lower()
        # a Slavic surname carries the gender where the first name may not ("Mykola Bieleskov", "Nikita
        # Smirnov" are men; "Olha Stefanishyna", "Maria Zakharova" women)
        if _MALE_SURNAME.search(last):
            return "m"
        if _FEMALE_SURNAME.search(last):
            return "f"
        # (a first name in -a tells a woman in a two-word Slavic name, not in "Pramitha Bandara Tennakoon")
        if len(parts) == 2 and len(first) > 2 and first.endswith("a") and first not in _MALE_NAMES_IN_A:
            return "f"
    elif len(parts) == 1 and len(parts[0]) > 5 and raw.strip()[:1].isupper():
        # a surname alone ("Zelenska described ...", "Bieleskov said"): its Slavic ending still tells
        if _MALE_SURNAME.search(parts[0].lower()):
            return "m"
        if _FEMALE_SURNAME.search(parts[0].lower()):
            return "f"
    return None


_MALE_NAMES_IN_A = frozenset("nikita ilya illia foma luka kuzma mykola sasha misha danila joshua noah jonah elijah "
                             "isaiah ezra andrea luca nicola mustafa musa hamza yahya zakaria "
                             # Georgian men's names
                             "shalva mamuka kakha gela zaza gia jaba koba vazha".split())
_MALE_SURNAME = re.compile(r"(?:[^aeiou]ov|[^aeiou]ev|[^aeiou]yov|[^aeiouw]in|[^aeiou]yn|sk[iy]i?|ovich|evich|"
                           r"ovych|evych)$")
_FEMALE_SURNAME = re.compile(r"(?:ova|eva|yova|[^aeiou]ina|[^aeiou]yna|ska|skaya|ovna|evna)$")


# a relative clause by which a source keeps its name out of the story
_ANONYMITY_AFTER = re.compile(r",?\s+who\s+(?:asked|requested|spoke|agreed\s+to\s+speak|declined\s+to\s+be)\b[^,.]{0,60}?"
                              r"\b(?:anonymity|anonymously|named|identified)\b", re.IGNORECASE)
_SEAT_AFTER = re.compile(r"\s+in\s+(Moscow|Kyiv|Kiev)\b")


# a piece and its author before a relative clause that opens on the pronoun: "an interview by President X, in which he"
_PIECE_BY_WHICH = re.compile(r"\b(?:interview|speech|address|statement|post|article|op-ed|remarks|letter)\s+(?:by|with|"
                             r"from|of)\s+(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,3})\s*,\s+"
                             r"(?:in|during|at)\s+which\s+$")


class Discourse:
    """Entities mentioned so far in one article, for pronoun / role / surname resolution."""

    def __init__(self, text: str, published: date | None = None, dateline_side: str | None = None):
        self.text = text
        self.published = published      # the article's date: office holders are looked up on it
        self.entities: list[Entity] = []
        self._named_sides: dict[int, str | None] = {}    # _one_side_named's answers, per table of full names
        self.resolver = _resolver()
        # "MOSCOW (Reuters) - ... the Defence Ministry said": a wire dateline places a country-less ministry
        self.dateline_side = dateline_side
        self.acronyms = {m.group(2): m.group(1).strip() for m in re.finditer(
            r"((?:[A-Z][\w'\u2019-]*\s+)(?:(?:of|for|and|the|on|in)\s+|[A-Z][\w'\u2019-]*\s+){1,8})\(([A-Z][A-Za-z]{1,7})(?:\)|[,;]\s)",
            text)}

    # -- known actors named anywhere in the text (also as objects: "told President Vladimir Putin")
    NAME_RUN = re.compile(r"\b[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,3}\b")

    def mentioned_actors(self) -> list[tuple[int, object]]:
        if getattr(self, "_mentioned", None) is None:
            out = []
            if self.resolver is not None:
                cache: dict[str, object] = {}
                for m in self.NAME_RUN.finditer(self.text[:MAX_TEXT_CHARS]):
                    raw = m.group(0)
                    if raw not in cache:
                        try:
                            cache[raw] = self.resolver.resolve(raw)
                        except Exception:
                            cache[raw] = None
                    a = cache[raw]
                    if a is not None and a.kind == "person":
                        out.append((m.start(), a))
            self._mentioned = out
        return self._mentioned

    def actor_by_role(self, head: str, side: str | None, pos: int) -> Resolved | None:
        """The nearest known person named before ``pos`` whose seed role holds ``head`` ("president")."""
        if not head:
            return None
        for start, a in reversed(self.mentioned_actors()):
            if start >= pos:
                continue
            if side and a.side and a.side != side:
                continue
            words = set(re.findall(r"[\w-]+", _SERVED_LEADER.sub("", a.role or "").lower()))
            if head in words:
                return self.register(Mention(start, start, a.canonical_name, "named", name=a.canonical_name,
                                             is_person=True), pos)
        return None

    # -- registry
    def is_known_person(self, raw: str) -> bool:
        if self.resolver is None:
            return False
        try:
            a = self.resolver.resolve(raw)
        except Exception:
            return False
        return a is not None and a.kind == "person"

    def _find_by_surname(self, name: str) -> Entity | None:
        last = name.split()[-1].lower() if name.split() else ""
        if not last:
            return None
        try:
            from pipelines.extraction.actors import name_skeleton
        except Exception:  # pragma: no cover
            name_skeleton = str.lower
        sk = name_skeleton(last)
        for e in reversed(self.entities):
            toks = e.name.split() + e.raw.split()
            if any(name_skeleton(t.lower().strip(",.")) == sk for t in toks):
                return e
        return None

    def _known(self, name: str) -> bool:
        """Does a seed know ``name`` as written ("Putin", "Marchenko")? Then no longer name in the text is sought."""
        if self.resolver is None:
            return False
        try:
            return self.resolver.resolve(name) is not None
        except Exception:
            return False

    def register(self, m: Mention, pos: int) -> Resolved | None:
        """Add (or find) the entity that named mention ``m`` names, and move it to the end of the
        discourse (the latest mentioned)."""
        if m.kind == "named" and m.is_person is not True and (titled := self._title_named_in_text(m)) is not None:
            # "German Chancellor Friedrich Merz ... The German Chancellor said": the person the text gave the title,
            # before whoever the seeds know held such an office
            return titled
        name = m.name
        if name in self.acronyms:
            name = self.acronyms[name]
        if m.kind == "named" and m.is_person is not False and len(name.split()) == 1 \
                and (full := _full_name_before(self.text, m.start, name)
                     or (None if self._known(name) else _full_name_around(self.text, m.start, name))) is not None:
            # "Military expert Jan Matveev detailed this ... Matveev also noted": the surname of the person the article
            # named in full, even where that mention said nothing; and "Andrei Klimenko, head of an institute, stated
            # ... Klimenko sums up" is not the minister the seeds know as Klimenko
            m = Mention(m.start, m.end, m.raw, "named", name=full, is_person=True, role_words=m.role_words,
                        country=m.country)
            name = full
        side_ctx = m.country if m.country in ("Ukrainian", "Russian") else None
        side_ctx = {"Ukrainian": "Ukraine", "Russian": "Russia"}.get(side_ctx or "")
        if side_ctx is None:
            # "the defence ministry in Moscow", else the article's wire dateline
            seat = _SEAT_AFTER.match(self.text, m.end)
            side_ctx = CAPITAL_SIDE[seat.group(1).lower()] if seat else (
                self._defence_side(m, pos) or self.dateline_side)
        actor = None
        if self.resolver is not None and _HEAD_OF.match(m.raw):
            # "The Chief of the General Staff of the Armed Forces of the Russian Federation": the office's holder on the
            # article's date, not the body the title names
            office = holder(m.raw, self.published)
            actor = self.resolver.get(office.actor_id) if office is not None else None
        if self.resolver is not None and actor is None:
            surname_of_full = len(m.raw.split()) < len(name.split())     # "Klimenko" for "Andrei Klimenko"
            # ("Mason Clark of the US-based think tank the ISW": the person named first, never the body that places him)
            of_body = m.kind == "named" and m.is_person is True and len(m.raw) > len(name) and m.raw.startswith(name)
            try:
                actor = (self.resolver.resolve(name, side_ctx) if surname_of_full or of_body else None) \
                    or (None if of_body else self.resolver.resolve(m.raw, side_ctx)) \
                    or (self.resolver.resolve(name, side_ctx) if name != m.raw else None)
            except Exception:
                actor = None
            if actor is not None and surname_of_full and actor.kind == "person" \
                    and _first_names_differ(name, actor.canonical_name) and actor.canonical_name not in self.text:
                # the article's Andrei Klimenko, not the seeds' Ihor Klymenko (unless the article names him too:
                # "Melania Trump ... Donald Trump ... Trump said")
                actor = None
            elif actor is None and not surname_of_full:
                # "the Kremlin leader": a capitalised office phrase with no name in it
                office = holder(m.raw, self.published)
                actor = self.resolver.get(office.actor_id) if office is not None else None
        if actor is not None:
            ent = self._entity_for_actor(actor, m.raw)
        else:
            ent = self._entity_without_actor(m, name)
        if ent.gender is None and ent.person:
            ent.gender = _guess_gender(ent.name, m.raw)
        ent.descriptors.update(w for w in m.role_words)
        ent.descriptors.update(w.lower() for w in re.findall(r"[\w-]+", m.raw))
        if ent.person:
            ent.descriptors.update(self._apposed_roles(m))
        ent.pos = pos
        self.entities.remove(ent)
        self.entities.append(ent)
        return Resolved(ent.name, m.raw, ent.actor_id, ent.side, ent)

    def _entity_for_actor(self, actor, raw: str) -> Entity:
        """The entity of a known actor: the one already in the discourse, else a new one."""
        ent = None
        for e in reversed(self.entities):
            if e.actor_id == actor.actor_id:
                ent = e
                break
        if ent is None:
            ent = Entity(actor.canonical_name, raw, actor.actor_id, actor.side,
                         actor.kind == "person", None)
            # (not the president an aide serves: "Head of the Office of the President" is no "the president")
            role = _SERVED_LEADER.sub("", actor.role or "")
            ent.descriptors.update(w.lower() for w in re.findall(r"[\w-]+", role))
            self.entities.append(ent)
        return ent

    def _entity_without_actor(self, m: Mention, name: str) -> Entity:
        """A name the actor seeds do not know: an earlier entity with that surname, an organisation
        named in full earlier, else a new entity."""
        ent = None
        media = _MEDIA_KIND_AFTER.fullmatch(name)
        if media is not None:
            name = media.group("n")     # "the LRT newspaper writes": the outlet is "LRT", its kind no part of the name
        if _ACRONYM_NAME.fullmatch(name) and (full := _spelled_out_before(self.text, m.start, name)) is not None:
            # "published by Conflict Armament Research ... CAR said": the acronym of a body named earlier in full
            name = full
        if len(name.split()) == 1 and m.is_person is not False:
            ent = self._find_by_surname(name)
        if ent is None and m.is_person is not True and len(name.split()) >= 2:
            # a short back-reference to an organisation named in full earlier:
            # "the General Staff" after "the General Staff of the Armed Forces of Ukraine"
            short = f" {' '.join(re.findall(r'[a-z0-9]+', name.lower()))} "
            for e in reversed(self.entities):
                if e.person is not True and e.actor_id and (
                        short in f" {' '.join(re.findall(r'[a-z0-9]+', e.raw.lower()))} "
                        or short in f" {' '.join(re.findall(r'[a-z0-9]+', e.name.lower()))} "):
                    ent = e
                    break
        if ent is None and m.is_person is not True and len(name.split()) == 1 and name.lower() in _lex().orgs:
            # "The Ministry said ..." after "The Russian Defense Ministry has confirmed ...": the capital
            # letter is the house style of a back-reference, not a new organisation called "Ministry"
            ent = next((e for e in reversed(self.entities)
                        if e.person is not True and name.lower() in e.descriptors), None)
        if ent is None:
            side = None
            if self.resolver is not None:
                try:
                    side = self.resolver.side_hint(m.raw)
                except Exception:
                    side = None
            side = side or _side_from_words(m.raw.split()) or self._apposition_side(m)
            person = m.is_person
            if person is None and _OUTLET_NAME.search(name):
                person = False      # "The Financial Times ... It added": an outlet's name of two words is no person
            elif person is None and len(name.split()) >= 2 and not any(
                    w.lower() in _lex().orgs for w in name.split()):
                person = True
            ent = Entity(name, m.raw, None, side, person, None)
            self.entities.append(ent)
        return ent

    def _apposed_roles(self, m: Mention) -> set[str]:
        """The role words of the title set off after a person's name ("Dmytro Pletenchuk, spokesman for the
        Ukrainian Navy,"): later "the Navy spokesman" is he. Its capitalised words qualify the role too. So do a
        country's title and the country set before it ("Finland's president, Alexander Stubb,")."""
        lex = _lex()
        before = _OWNED_TITLE_BEFORE.search(self.text, max(0, m.start - 60), m.start)
        owned = before.group(1).split() if before else []
        roles = {re.sub(r"['\u2019]s$", "", w).lower() for w in owned} if owned and owned[-1] in lex.roles else set()
        titled_before = _TITLE_BEFORE.search(self.text, max(0, m.start - 130), m.start)
        words = re.findall(r"[\w'\u2019-]+", titled_before.group(1)) if titled_before else []
        if len(words) >= 3 and words[1].lower() in _SPOKES and words[2].lower() == "for":
            # "The spokesman for the Defense Forces of Southern Ukraine, Vladislav Voloshyn, ...": the body he
            # speaks for qualifies his title too (the title set off before his name)
            roles |= {w.lower() for w in words[1:] if w.lower() in _SPOKES or w[:1].isupper()}
        # ("Arvydas Anusauskas, Lithuanian Defence Minister,": the title after its country's adjective, its
        # portfolio before the office)
        adjectives = _adjectives()
        after = _APPOSED_TITLE.match(self.text, m.end) or (
            (c := _APPOSED_COUNTRY_TITLE.match(self.text, m.end)) and c.group(1).split()[0].lower() in adjectives
            and c)
        if not after:
            return roles
        words = re.findall(r"[\w'\u2019-]+", after.group(1))
        k = next((i for i, w in enumerate(words[:3]) if w.lower() not in adjectives), len(words))
        if not any(w.lower() in lex.roles or w.lower() in lex.titles for w in words[k:k + 2]):
            return roles
        return roles | {re.sub(r"['\u2019]s$", "", w).lower() for w in words
                        if w.lower() in lex.roles or w.lower() in lex.titles or w[:1].isupper()}

    def _apposition_side(self, m: Mention) -> str | None:
        """The side a new name's title apposition gives it: "the representative of the press service of the Armed
        Forces of Ukraine, Alexander Shtupun", "Serhii Khlan, a Ukrainian regional official," (a title phrase with
        a role noun, between commas; not a clause: "Russian forces attacked, X said")."""
        after = _TITLE_AFTER.match(self.text, m.end)
        before = _TITLE_BEFORE.search(self.text, max(0, m.start - 130), m.start)
        for phrase in (after.group(1) if after else None, before.group(1) if before else None):
            words = phrase.split() if phrase else []
            if words and len(words) <= 14 and any(re.sub(r"['\u2019]s$", "", w.lower()) in _lex().roles
                                                  and len(w) >= 4 for w in words):
                side = _side_from_words(words)
                if side in ("Ukraine", "Russia"):
                    return side
        return None

    # -- resolution
    def resolve(self, m: Mention, pos: int) -> Resolved | None:
        """The speaker that mention ``m`` (at ``pos``) refers to; ``deferred`` when it is named later."""
        if m.kind in ("role", "descriptive") and _ANONYMITY_AFTER.match(self.text, m.end):
            return None     # "The commander, who asked to be identified only by his call sign, ...": kept unnamed
        if m.kind in ("role", "descriptive") and m.role_words[-2:] in (("military", "department"),
                                                                      ("defence", "department"),
                                                                      ("defense", "department")):
            # "the Russian military department noted": the translated press's name for the defence ministry
            words = m.role_words[:-2] + ("defence", "ministry")
            raw = re.sub(r"(?i)\b(?:military|defen[cs]e)\s+department\b", "defence ministry", m.raw)
            res = self.resolve(Mention(m.start, m.end, raw, m.kind, name=m.name and raw, role_words=words,
                                       country=m.country), pos)
            if res is not None:
                res.raw = m.raw
            return res
        if m.kind == "role" and m.role_words in (("the", "general", "staff"), ("general", "staff")):
            # "The general staff also reported ...": the body, in lower case, as "the General Staff" would be (not the
            # latest organisation with a staff, "South Korea's Joint Chiefs of Staff")
            return self.resolve(Mention(m.start, m.end, m.raw, "named", name="General Staff", is_person=False), pos)
        if m.kind in ("role", "descriptive") and not m.name and (portfolio := _head_of_ministry(m.role_words)):
            # "The head of the Ministry of Defence assures ...": the minister, as "the defence minister" would be
            res = self.resolve(Mention(m.start, m.end, m.raw, m.kind, role_words=portfolio + ("minister",),
                                       country=m.country), pos)
            if res is not None:
                return res
        if m.indefinite:
            # "a senior Ukrainian official said": the person the next sentences name, if they do (_resolve_deferred)
            # (a named other country's official, "a Turkish official", is none of the two sides' people)
            side = {"Ukrainian": "Ukraine", "Russian": "Russia"}.get(m.country or "", "other" if m.country else None)
            return Resolved(" ".join(m.role_words), m.raw, None, side, None, deferred=m)
        if m.kind == "named" and _NAMED_ARMED_FORCES.fullmatch(m.raw):
            return self._armed_forces(m, pos)     # "the Ukrainian Armed Forces confirmed": rule 1 as in lower case
        if m.kind == "named" and m.is_person is not True and (spokesperson := self._spokesperson_for(m)) is not None:
            return spokesperson   # ("the Spokesperson for the State Border Guard Service noted": a capitalised body)
        if m.kind == "named":
            if len(m.role_words) > 2 and m.role_words[0] in _OFFICE_HEADS and m.role_words[1] == "of" or \
                    _HEAD_OF_BODY.match(m.raw):
                # "the leader of the Wagner group": the office's holder, not the body named in it ("the head of the
                # Ukrainian regional military administration", read as a body's name, too)
                # (the person the text itself gave that whole title first: "the Governor of the Kherson region
                # Volodymyr Saldo ... the governor of the Kherson region said", not the seeds' holder of the office)
                office = self._titled_person_before(m, pos) or self.office_holder(m, pos)
                if office is not None:
                    return office
            # (a title the text gave a known person before is read in register)
            holder = self._office_of_earlier_person(m, pos) or self._official_named_before(m, pos)
            if holder is not None:
                return holder
            return self.register(m, pos)
        if m.kind == "pronoun":
            return self._resolve_pronoun(m, pos)
        if m.kind in ("role", "descriptive") and _generic_military(m):
            return self._armed_forces(m, pos)
        if m.kind in ("role", "descriptive") and (m.role_words[-1:] in (("tank",), ("think-tank",)) or (
                m.role_words in (("analysts",), ("researchers",)) and m.raw.lower().startswith("the "))):
            # ("The analysts estimate that ...": the research body's analysts, when the article has named one;
            # first the body they were named for: "analysts of the OSINT project DeepState ... The analysts noted")
            return (self._staff_body(pos) if m.role_words in (("analysts",), ("researchers",)) else None) \
                or self._think_tank()
        if m.kind == "role":
            return self._resolve_role(m, pos)
        if m.kind == "descriptive":
            return self._resolve_descriptive(m, pos)
        return None

    def _think_tank(self) -> Resolved | None:
        """``the (London) think tank said``: the research body named last (its name says what it is, or
        its seed role does), never a ministry or a person named in between."""
        for e in reversed(self.entities):
            actor = self.resolver.get(e.actor_id) if e.actor_id and self.resolver is not None else None
            role = (getattr(actor, "role", "") or "").lower()
            if _RESEARCH_BODY.search(e.name) or "think tank" in role:
                return Resolved(e.name, e.raw, e.actor_id, e.side, e)
        return None

    def _armed_forces(self, m: Mention, pos: int) -> Resolved | None:
        """"The Ukrainian military said", "Russia's army said": the body that speaks for that country's
        armed forces, as the shared gold codes it ("Russia's military said it had completed the withdrawal"
        is the Russian Ministry of Defence; eval/real/ANNOTATION.md, rule 1). "The military", "its army"
        name no country, so no one."""
        side = {"Ukrainian": "Ukraine", "Russian": "Russia"}.get(m.country or "") or _side_from_words(m.raw.split())
        if side is None and m.raw.lower().startswith("the "):
            # "The Ukrainian army denied it. According to the military, ...": the armed forces named last, if any
            # ("Ukraine's southern military command said ... the military said": a command of one side's forces
            # names that side too)
            side = next((e.side for e in reversed(self.entities)
                         if e.pos <= pos and (e.actor_id in _ARMED_FORCES.values() or self._military_body(e))), None)
        actor_id = _ARMED_FORCES.get(side or "")
        actor = self.resolver.get(actor_id) if actor_id and self.resolver is not None else None
        if actor is None:
            return None
        ent = self._entity_for_actor(actor, m.raw)
        ent.pos = pos
        self.entities.remove(ent)
        self.entities.append(ent)
        return Resolved(ent.name, m.raw, ent.actor_id, ent.side, ent)

    def _military_body(self, e) -> bool:
        """A body of one side's armed forces (its seed's organisation or role says so: "Southern Defence Forces of
        Ukraine", "Operational Command South"), never a person or a ministry of another field."""
        actor = self.resolver.get(e.actor_id) if e.actor_id and self.resolver is not None else None
        return actor is not None and actor.kind == "organisation" and e.side in ("Ukraine", "Russia") \
            and bool(_MILITARY_BODY.search(f"{actor.canonical_name} {actor.role or ''} {actor.organisation or ''}"))

    def _one_side_named(self, named: dict[str, re.Pattern]) -> str | None:
        """The side whose body (``named``: side -> its full name) the text names anywhere, when it names only one
        side's: "the Defense Ministry" in a text that elsewhere says "Russia's Defense Ministry" and never
        Ukraine's."""
        key = id(named)
        if key not in self._named_sides:
            # (read only around the names' head words, which few texts hold: the patterns are costly over a text)
            spans = [(max(0, h.start() - 60), h.end() + 60) for h in _BODY_HEAD.finditer(self.text)]
            sides = [side for side, pattern in named.items() if any(pattern.search(self.text, a, b) for a, b in spans)]
            self._named_sides[key] = sides[0] if len(sides) == 1 else None
        return self._named_sides[key]

    def _defence_side(self, m: Mention, pos: int) -> str | None:
        """"The Defense Ministry said" after "Russian Defense Minister Sergei Shoigu" (or "Russia's defence
        ministry"): a country-less defence ministry is the one of the side whose defence minister or ministry the
        article named last; a country-less General Staff, the one whose General Staff the text names in full."""
        if _GENERAL_STAFF.search(m.raw):
            # "About this reported General Staff of the Armed Forces of Ukraine ... the General Staff denied"
            # (else, named in full nowhere: the side whose forces open the mention's sentence, "Ukraine's Armed
            # Forces destroyed five boats, the General Staff of the Armed Forces reported"; else Kyiv's, when the text
            # speaks of "the occupiers" as only Kyiv's voice does)
            # (first of all, Kyiv's when its sentence tallies Russian attacks, whatever staff the text names elsewhere)
            return ("Ukraine" if self._enemy_attacks_told(pos) else None) or self._one_side_named(_GENERAL_STAFF_OF) \
                or self._forces_opening_side(pos) or ("Ukraine" if _KYIV_VOICE.search(self.text) else None)
        if not _DEFENCE.search(m.raw):
            return None
        if re.match(r"(?:its|their|the\s+country['\u2019]s)\s", m.raw, re.I):
            # "Russia's claim came a day after its defense ministry said": the country named before it, in its sentence
            start = self.text.rfind(".", 0, pos) + 1
            country = None
            if m.raw.lower().startswith("the"):
                # "Ukrainian defense officials claimed to have blunted a Russian advance. In a statement released by
                # the country's Defense Ministry ...": the country the sentence before is about, the first it names
                # (its subject's), not the last ("a Russian advance")
                prev = self.text.rfind(".", 0, max(0, start - 1)) + 1
                country = _COUNTRY_ADJ.search(self.text, prev, start)
            else:
                # (not a country a preposition governs: "Russia has seized three settlements in the Donetsk region of
                # Ukraine, its Defense Ministry said" is Russia's ministry; "its" points back to a subject)
                for found in _COUNTRY_WORD.finditer(self.text, start, pos):
                    if not _PREPOSITION_BEFORE.search(self.text, max(0, found.start() - 12), found.start()):
                        country = found
            if country is not None:
                word = country.group(1).lower()
                return COUNTRY_SIDE.get(word) or _ADJ_SIDE.get(word)
        for e in reversed(self.entities):
            if e.pos <= pos and e.side in ("Ukraine", "Russia") and _DEFENCE.search(e.raw):
                return e.side
        # "Russia on Saturday said it had captured a village. The defence ministry said ...": else the country
        # that spoke last
        last = None
        for last in _COUNTRY_SAID.finditer(self.text, max(0, pos - 600), pos):
            pass
        if last is not None:
            return COUNTRY_SIDE[last.group(1).lower()]
        # ("Russia has withdrawn its forces from X, in what the defense ministry described as ...": the country whose
        # act the sentence opens with)
        opener = _COUNTRY_OPENS.match(self.text, self.text.rfind(".", 0, pos) + 1)
        return COUNTRY_SIDE[opener.group(1).lower()] if opener is not None else self._one_side_named(_DEFENCE_OF)

    def _enemy_attacks_told(self, pos: int) -> bool:
        """Does the sentence of ``pos`` count Russian attacks ("The general staff also reported heavy fighting near X,
        with 34 Russian attempts to pierce defences")? Only Kyiv's staff tallies the attacks it repelled."""
        start = self.text.rfind(".", 0, pos) + 1
        end = self.text.find(".", pos)
        return _RUSSIAN_ATTACKS.search(self.text, start, len(self.text) if end < 0 else end) is not None

    def _forces_opening_side(self, pos: int) -> str | None:
        """The side whose forces open the sentence of ``pos`` ("Ukraine's Armed Forces destroyed ...")."""
        opens = _FORCES_OPEN.match(self.text, self.text.rfind(".", 0, pos) + 1)
        if opens is None:
            return None
        word = opens.group(1).lower()
        return _ADJ_SIDE.get(word) or COUNTRY_SIDE.get(word)

    def _office_of_earlier_person(self, m: Mention, pos: int) -> Resolved | None:
        """"The Commission President", "the President of the European Commission" after "European
        Commission President Ursula von der Leyen": the person named earlier with every word of that office."""
        if m.is_person is True:
            return None
        lex = _lex()
        words = [w.lower().strip(".,'\u2019") for w in m.raw.split()]
        words = [w[:-2] if w.endswith("'s") else w for w in words]
        words = [w for w in words if w and w not in _DETS and w not in _CONNECTORS]
        if len(words) < 2 or not any(w in lex.titles for w in words):
            return None
        for e in reversed(self.entities):
            if not e.person or e.pos > pos:
                continue
            raw = {w.lower().strip(".,'\u2019") for w in e.raw.split()}
            raw |= {w[:-2] for w in raw if w.endswith("'s")}
            # ("the Chief of the Armed Forces" after "Commander-in-Chief of the Armed Forces Oleksandr Syrskyi": a
            # hyphenated title's last word is the office shortened)
            raw |= {w.rsplit("-", 1)[1] for w in raw if "-" in w}
            # ("the Lithuanian Defence Minister" after "Arvydas Anusauskas, Lithuanian Defence Minister,": the title
            # the text set off after a name the seeds do not know; a person's title, not a body's)
            if e.actor_id is None and words[-1] not in lex.orgs:
                raw |= e.descriptors
            if all(w in raw for w in words):
                e.pos = pos
                return Resolved(e.name, e.raw, e.actor_id, e.side, e)
        return None

    def _title_named_in_text(self, m: Mention) -> Resolved | None:
        """"The German Chancellor stressed ..." after "statements by German Chancellor Friedrich Merz", "The Permanent
        Representative noted ..." after "Vasily Nebenzia, the Permanent Representative of Russia": the person the text
        gave that title before, right before his name or in an apposition after it, also where he did not speak."""
        if m.is_person is True:
            return None
        lex = _lex()
        words = [w.lower().strip(".,'\u2019") for w in m.raw.split()]
        words = [w for w in words if w and w not in _DETS]
        for other in _OTHER_NAMES.get(tuple(words), ()):
            # ("the Head of Government noted" after "Prime Minister Denys Shmyhal": the press's other name for it)
            found = self._title_named_in_text(Mention(m.start, m.end, other, "named", name=other, is_person=False))
            if found is not None:
                found.raw = m.raw
                return found
        if not words or len(words) > 5 or not (words[-1] in lex.roles or words[-1] in lex.titles) \
                or words[-1] in lex.orgs:
            return None     # (a person's title only: "the Southern Defense Forces" is a body its spokesman speaks for)
        title = r"\s+".join(re.escape(w) for w in words)
        name = r"(?P<{}>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){{1,2}})"
        found = [x for x in re.finditer(rf"(?i:\b{title})\s+{name.format('before')}|{name.format('after')},\s+"
                                        rf"(?:the\s+|a\s+|an\s+)?(?:(?!(?:for|of|to|at|in|with|from|by|and)\b)[\w'\u2019-]+\s+){{0,2}}?"
                                        rf"(?i:{title})\b",
                                        self.text[:m.start])]
        if not found:
            return None
        hit = found[-1]
        group = "before" if hit.group("before") else "after"
        raw = hit.group(group)
        known = self.resolver.resolve(raw) if self.resolver is not None else None
        if known is None or known.kind != "person":
            return None
        return self.register(Mention(hit.start(group), hit.end(group), raw, "named", name=known.canonical_name,
                                     is_person=True), m.start)

    def _official_named_before(self, m: Mention, pos: int) -> Resolved | None:
        """"the Kremlin official told reporters" after "Kremlin spokesman Dmitry Peskov": the person of that body
        named before, when no anonymous "a (senior) Kremlin official" has been introduced."""
        words = m.role_words
        if len(words) < 2 or words[-1] not in _ANY_PERSON_ROLES or not m.raw.lower().startswith("the "):
            return None
        if _ANONYMOUS_BEFORE[words[-1]].search(self.text, 0, m.start):
            return None
        for e in reversed(self.entities):
            # ("the Russian Foreign Ministry's representative": the owner's words without their possessive)
            if e.person and e.pos <= pos and all(re.sub(r"['\u2019]s$", "", w.lower()) in e.descriptors
                                                 for w in words[:-1]):
                return Resolved(e.name, e.raw, e.actor_id, e.side, e)
        return None

    def _resolve_pronoun(self, m: Mention, pos: int) -> Resolved | None:
        """The latest entity that agrees with the pronoun (person, gender, organisation)."""
        lex = _lex()
        kind = lex.pronouns.get(m.name, "")
        if kind in ("person_m", "person_f"):
            opened = self._author_of_piece(m, pos) or self._subordinate_subject(m, pos) or self._main_subject(m, pos)
            if opened is not None:
                return opened
        if m.name == "it":
            opened = self._opening_body(m, pos) or self._previous_opening_body(m, pos)
            if opened is not None:
                return opened
        ent = None
        # "President Putin is constantly being updated, he added.": a pronoun closing its frame is the subject of the
        # clause its content is the complement of, never a name inside that content
        opens = self._sentence_start(m.start)
        closing = kind in ("person_m", "person_f") and re.search(r"[,\"\u201d]\s*$", self.text[opens:m.start]) \
            and _FRAME_CLOSES.match(self.text, m.end)
        # the latest mentioned in the text, not the latest registered ('"... the American President stated ...," he
        # said. He stressed ...': the president inside the quotation is read after the frame that names its speaker)
        for e in sorted(reversed(self.entities), key=lambda e: e.pos, reverse=True):
            if e.pos > pos:
                continue   # named only after the pronoun (in its own clause): not its antecedent
            if closing and opens <= e.pos < m.start:
                continue
            if kind in ("person_m", "person_f") and _people_of_a_nation(e.raw):
                continue   # ('North Koreans are advancing "...," he added': a nation's people are no "he")
            if kind in ("person_m", "person_f") and _KILLED_BEFORE.search(self.text, max(0, e.pos - 60), e.pos):
                continue   # ("a blast which killed war correspondent X. ..., he said": the victim says nothing)
            if kind == "person_m" and e.person and e.gender != "f":
                ent = e
                break
            if kind == "person_f" and e.person and e.gender == "f":
                ent = e
                break
            if kind in ("person_f", "person_m") and e.person is None and _guess_gender(e.name, e.raw) == kind[-1]:
                ent = e        # "Zelenska described ...", then "she said": a surname whose ending tells a person
                break
            if kind == "plural" and _is_outlet(e):
                continue       # ("Sources close to Zelensky said ... They added": an outlet is "it", not "they")
            if m.name == "it" and _is_outlet(e) and _RELAYED_BY.match(self.text, e.pos, e.pos + 80):
                # ('This is stated in the message of the Office of the President, Ukrainian News Agency reports.
                # "...," it says.': the outlet that relays the message is not the message's "it")
                continue
            if kind in ("org", "plural") and e.person is not True and not _PLACE_KIND.match(e.raw):
                ent = e        # (not "The village of Sukhoi Yar", a place the sentence was about: it says nothing)
                break
        before_last = self._previous_sentence_start(self._sentence_start(m.start))
        introduced = self._introduced_before(m, kind) \
            if kind in ("person_m", "person_f") and (ent is None or ent.pos < before_last) else None
        if introduced is not None:
            # 'Among those whose house was destroyed is Iryna Selezniova. "We suffered a lot," she said': the one
            # person the sentence before introduced by name, not an earlier speaker
            return self.register(introduced, m.start)
        if ent is None and kind == "person_f":
            ent = next((e for e in reversed(self.entities) if e.person and e.gender != "m"), None)
            if ent is not None:
                ent.gender = "f"
        if ent is None and kind in ("person_m", "person_f"):
            # ("Stefanchuk said ... He added that ...": a surname alone that no seed knows is still the person who
            # spoke)
            # (or a full name no seed knows whose words tell no gender: "Shalva Papuashvili noted: ..." before "he")
            ent = next((e for e in reversed(self.entities) if e.pos <= pos
                        and (_bare_surname(e) or _unseeded_full_name(e))
                        and _guess_gender(e.name, e.raw) in (None, kind[-1])), None)
        if ent is None:
            return None
        ent.pos = pos
        return Resolved(ent.name, ent.raw, ent.actor_id, ent.side, ent)

    def _introduced_before(self, m: Mention, kind: str) -> Mention | None:
        """The one person the sentence before the pronoun's names in full, whose name tells the pronoun's gender
        (a Slavic surname or first name): "... is Iryna Selezniova." before "she said"."""
        lo = self._sentence_start(m.start)
        if lo < 2:
            return None
        prev = self._previous_sentence_start(lo)
        if self.text[prev:m.start].count('"') + self.text[prev:m.start].count("\u201c") > 2:
            return None
        # (the names that tell a gender: not "Colonel General" or "Armed Forces" before "Yevgeny Burdinsky")
        # (nor the name a body or place takes: "the Kastus Kalinouski Regiment")
        names = [n for n in _FULL_NAME.finditer(self.text, prev, lo) if _guess_gender(n.group(0), n.group(0))
                 and not _NAMED_AFTER_PERSON.match(self.text, n.end())
                 and not _KILLED_BEFORE.search(self.text, max(prev, n.start() - 60), n.start())]
        # (the name's title before it: "an open letter to Russian President Vladimir Putin" is an object too)
        at = _TITLE_RUN_BEFORE.search(self.text, prev, names[0].start()).start() if len(names) == 1 else 0
        if len(names) != 1 or _guess_gender(names[0].group(0), names[0].group(0)) != kind[-1] \
                or _OBJECT_BEFORE.search(self.text, max(prev, at - 12), at) \
                and not _PASSIVE_AGENT_BEFORE.search(self.text, max(prev, at - 30), at):
            return None     # (not "the meeting between Donald Trump and Volodymyr Zelensky": an object, not a speaker)
        name = names[0].group(0)
        actor = self._actor(name)
        if actor is not None and actor.kind != "person":
            return None
        return Mention(names[0].start(), names[0].end(), name, "named", name=name, is_person=True)

    def _actor(self, name: str):
        """The seed actor ``name`` resolves to, or None (no resolver, no match, or a name it cannot read)."""
        if self.resolver is None:
            return None
        try:
            return self.resolver.resolve(name)
        except Exception:
            return None

    def _opening_body(self, m: Mention, pos: int) -> Resolved | None:
        """"Russia's defence ministry shared a video showing vehicles that it said were rushing east": a known body
        that opens the pronoun's own sentence as its subject is what "it" stands for there, whoever spoke before
        (only a body: a person is no "it")."""
        lo = self._sentence_start(m.start)
        return self._body_opening(lo, m.start, m, pos)

    def _previous_opening_body(self, m: Mention, pos: int) -> Resolved | None:
        """"The General Staff of Ukraine's military made no mention of the village in a late evening report. It
        reported ...": a sentence that opens with "It" continues the body that opened the sentence before as its
        subject, though that sentence reported nothing."""
        lo = self._sentence_start(m.start)
        if self.text[lo:m.start].strip() or lo < 2 or self.text[lo - 1] != ".":
            return None
        before = self._sentence_start(lo - 1)
        if any(before <= e.pos < lo for e in self.entities):
            return None    # ("..., the military said. It said ...": the one who spoke there)
        return self._body_opening(before, lo - 1, m, pos)

    def _body_opening(self, lo: int, hi: int, m: Mention, pos: int) -> Resolved | None:
        """The known body (no person) named by the words that open the text from ``lo``, before its predicate."""
        if self.resolver is None:
            return None
        words = _OPENING_WORDS.findall(self.text, lo, hi)[:7]
        for j in _subject_ends(words):
            actor = self._actor(" ".join(words[:j]))
            if actor is not None and actor.kind != "person":
                return self.register(Mention(m.start, m.end, actor.canonical_name, "named",
                                             name=actor.canonical_name, is_person=False), pos)
        return None

    def _author_of_piece(self, m: Mention, pos: int) -> Resolved | None:
        """"an interview by President Volodymyr Zelensky, in which he admits ...": the pronoun inside the relative
        clause of a piece is the person the piece is by (or with), a known person."""
        if self.resolver is None:
            return None
        by = _PIECE_BY_WHICH.search(self.text, max(0, m.start - 160), m.start)
        return self.known_person_ending(by.group("name"), by.end("name"), pos) if by is not None else None

    def known_person_ending(self, words: str, end: int, pos: int | None = None) -> Resolved | None:
        """The known person whose name closes the capitalised run ``words`` (ending at ``end``), registered at ``pos``
        (else where the name starts): "President Volodymyr Zelensky", "Minister of Foreign Affairs of Ukraine Andriy
        Sibiga" give the name, not the title words before it."""
        if self.resolver is None:
            return None
        parts = words.split()
        for k in range(len(parts) - 2, -1, -1):
            raw = " ".join(parts[k:])
            try:
                actor = self.resolver.resolve(raw)
            except Exception:
                actor = None
            if actor is not None and actor.kind == "person":
                start = end - len(raw)
                return self.register(Mention(start, end, raw, "named", name=actor.canonical_name, is_person=True),
                                     start if pos is None else pos)
        return None

    def _subordinate_subject(self, m: Mention, pos: int) -> Resolved | None:
        """"While Kirby would not estimate how much ground was retaken, he said ...": a known person who is the
        subject of the subordinate clause that opens the pronoun's own sentence is the pronoun's antecedent,
        whoever spoke before."""
        if self.resolver is None:
            return None
        lo = self._sentence_start(m.start)
        opened = _SUBORDINATE_OPENING.match(self.text, lo, m.start)
        if opened is None or "," not in self.text[opened.end():m.start]:
            return None
        name = opened.group("name")
        try:
            actor = self.resolver.resolve(name)
        except Exception:
            actor = None
        if actor is None and " " not in name:
            # a surname alone: the known person of that surname the article has named in full before
            actor = next((a for start, a in reversed(self.mentioned_actors()) if start < m.start
                          and a.canonical_name.split()[-1] == name), None)
        if actor is None and opened.group("apposition") and len(name.split()) == 2 \
                and all(_PERSON_WORD.fullmatch(w) and w.lower() not in _lex().titles and w not in _lex().orgs
                        for w in name.split()):
            # a person no seed knows, named in full with the apposition that tells who she is
            return self.register(Mention(opened.start("name"), opened.end("name"), name, "named", name=name,
                                         is_person=True), pos)
        if actor is None or actor.kind != "person":
            return None
        return self.register(Mention(opened.start("name"), opened.end("name"), actor.canonical_name, "named",
                                     name=actor.canonical_name, is_person=True), pos)

    def _main_subject(self, m: Mention, pos: int) -> Resolved | None:
        """"Petro Poroshenko agreed with Zelensky when he told Sky News ...": a pronoun that opens a subordinate clause
        right after a person named as a preposition's object is the main clause's subject, a known person who opens
        the sentence, not that object."""
        if self.resolver is None:
            return None
        lo = self._sentence_start(m.start)
        if not _OBJECT_THEN_SUBORDINATE.search(self.text, lo, m.start):
            return None
        words = _OPENING_WORDS.findall(self.text, lo, m.start)[:7]
        for j in _subject_ends(words):
            for k in range(j):
                if not words[k][:1].isupper():
                    continue
                actor = self._actor(" ".join(words[k:j]))
                if actor is not None and actor.kind == "person":
                    name_at = self.text.find(words[k], lo)
                    return self.register(Mention(name_at, name_at + len(" ".join(words[k:j])), actor.canonical_name,
                                                 "named", name=actor.canonical_name, is_person=True), pos)
            run = words[max(0, j - 3):j]
            while run and not _PERSON_WORD.fullmatch(run[0]):
                run = run[1:]
            lex = _lex()
            if 2 <= len(run) and all(_PERSON_WORD.fullmatch(w) and w.lower() not in lex.titles
                                     and w.lower() not in lex.roles and w not in lex.orgs for w in run):
                # a person no seed knows, named in full ("Presidential predecessor Petro Poroshenko agreed")
                name = " ".join(run)
                name_at = self.text.find(name, lo)
                if name_at >= 0:
                    return self.register(Mention(name_at, name_at + len(name), name, "named", name=name,
                                                 is_person=True), pos)
            return None
        return None

    def office_holder(self, m: Mention, pos: int) -> Resolved | None:
        """"The Kremlin leader", "Ukraine's top commander": the holder of the office on the article's date."""
        office = holder(m.raw, self.published) or regional_holder(m.raw, self.published, self._sentence_at(m)) \
            or local_holder(m.raw, self.published, self.text[max(0, m.start - _LOCAL_REACH):m.start])
        if office is None or self.resolver is None:
            return None
        actor = self.resolver.get(office.actor_id)
        if actor is None:
            return None
        # (registered by the holder's name: "the head of the IAEA" as written would resolve to the body he heads)
        res = self.register(Mention(m.start, m.end, actor.canonical_name, "named", name=actor.canonical_name,
                                    is_person=actor.kind == "person"), pos)
        if res is not None:
            res.raw = m.raw
            if res.entity is not None:     # ("the governor" later points back to him)
                res.entity.descriptors.update(w.lower() for w in re.findall(r"[\w-]+", m.raw))
        return res

    def _titled_person_before(self, m: Mention, pos: int) -> Resolved | None:
        """"Valery Gerasimov, the Chief of the General Staff, ... The Chief of the General Staff reiterated": the person
        the article gave that whole title before, not the body the title names."""
        title = {w.lower() for w in re.findall(r"[\w-]+", m.raw)} - _DETS - {"of"}
        e = next((e for e in reversed(self.entities) if e.person and e.pos < pos and title <= e.descriptors), None)
        return Resolved(e.name, m.raw, e.actor_id, e.side, e) if e is not None and title else None

    def _sentence_start(self, pos: int) -> int:
        """Where the sentence holding ``pos`` starts: after the last sentence end or line break before it."""
        return max(self.text.rfind(c, 0, pos) for c in ".!?\n") + 1

    def _previous_sentence_start(self, lo: int) -> int:
        """Where the sentence before the one starting at ``lo`` starts, past the blank lines between paragraphs."""
        p = lo - 1
        while p > 0 and self.text[p] in " \t\r\n":
            p -= 1
        return self._sentence_start(p)

    def _sentence_at(self, m: Mention) -> str:
        """The sentence around mention ``m`` (between the sentence ends or line breaks on either side)."""
        lo = self._sentence_start(m.start)
        ends = [k for k in (self.text.find(c, m.end) for c in ".!?\n") if k >= 0]
        return self.text[lo:min(ends) if ends else len(self.text)]

    def _owners_office(self, m: Mention, pos: int) -> Resolved | None:
        """"His spokesman": the office of that name in the jurisdiction of the person last named
        (after Putin, his spokesman is the Kremlin's)."""
        if not m.role_words or m.role_words[0] not in ("his", "her"):
            return self._named_owners_office(m, pos)
        # the person last named before the mention: a speaker of the discourse or any known actor
        # named in the text ("... Vladimir Putin was serious about talks, but his spokesman said ...")
        owner = next((e for e in reversed(self.entities) if e.person and e.pos <= pos), None)
        named = [(start, a) for start, a in self.mentioned_actors() if start < pos]
        side = owner.side if owner is not None else None
        if named and (owner is None or named[-1][0] > owner.pos):
            side = named[-1][1].side
        if side not in ("Ukraine", "Russia"):
            return None
        role = f"{side} {' '.join(m.role_words[1:])}"
        return self.office_holder(Mention(m.start, m.end, role, "role", role_words=m.role_words[1:]), pos)

    def _named_owners_office(self, m: Mention, pos: int) -> Resolved | None:
        """"President Vladimir Putin's spokesman": the office of that name in the jurisdiction of the known
        person who owns it (Putin's spokesman is the Kremlin's), as for "his spokesman"."""
        own = re.match(r"(?P<owner>.+?)['\u2019]s\s+(?P<role>[a-z][\w -]*)$", m.raw.strip())
        if own is None or self.resolver is None:
            return None
        try:
            owner = self.resolver.resolve(own.group("owner"))
        except Exception:
            owner = None
        if owner is None or owner.kind != "person" or owner.side not in ("Ukraine", "Russia"):
            return None
        office = holder(f"{owner.side} {own.group('role')}", self.published)
        actor = self.resolver.get(office.actor_id) if office is not None else None
        if actor is None:
            return None
        return self.register(Mention(m.start, m.end, m.raw, "named", name=actor.canonical_name,
                                     is_person=actor.kind == "person"), pos)

    def _unheaded_body(self, m: Mention, pos: int) -> Resolved | None:
        """"The head of the International Committee of the Red Cross called for ...": a named body whose head the
        article never names speaks through him (as through a spokesman), when no person named before is described
        by the body's words."""
        after = _NAMED_BODY_AFTER_OF.search(m.raw)
        if after is None:
            return None
        body = after.group("body")
        words = {w.lower() for w in re.findall(r"[A-Za-z]+", body)} - {"of", "the", "and", "for"}
        if not any(e.person and e.descriptors & words for e in self.entities):
            return self.resolve(Mention(m.start + after.start("body"), m.end, body, "named", name=body,
                                        is_person=False), pos)
        return None

    def _resolve_role(self, m: Mention, pos: int) -> Resolved | None:
        """``the general``, ``the ministry``: the latest entity that holds the role word, else a known
        actor with that role named earlier, else the latest person/organisation."""
        lex = _lex()
        words = [w for w in m.role_words if w not in _DETS and w not in _CONNECTORS]
        phrase = " ".join(m.role_words)
        if "head of state" in phrase or phrase.strip() == "president":
            words = ["president"]
        core = list(words)
        if "of" in m.role_words:
            pre_of = [w for w in m.role_words[:list(m.role_words).index("of")] if w not in _DETS]
            core = pre_of or core
        elif "to" in m.role_words:
            # "the press secretary to the Russian president": the secretary, not the president he serves
            core = [w for w in m.role_words[:list(m.role_words).index("to")] if w not in _DETS] or core
        spokesperson = self._spokesperson_for(m)
        if spokesperson is not None:
            return spokesperson
        region_head = _HEAD_OF_REGION.fullmatch(phrase) is not None
        if region_head:
            # "the head of the province said": the region's governor, as the press also calls him
            core = ["governor"]
        for press_words, office_words in _PRESS_TITLES:
            if tuple(core[-len(press_words):]) == press_words:
                core = core[:-len(press_words)] + list(office_words)
        head = core[-1] if core else ""
        if "of" in m.role_words and head in _OFFICE_HEADS:
            # "the head of the IAEA", "the head of the United Nations nuclear watchdog": the office's holder on the
            # article's date (seeds/offices.csv), not the body he heads
            office = self.office_holder(m, pos)
            if office is not None:
                return office
            body = self._unheaded_body(m, pos)
            if body is not None:
                return body
        if head in _TRADE_ROLES:
            # "the soldier said": only a person the article called a soldier, never whoever was named last
            # (lexicons/speaker_roles.txt has these words for "Ukrainian serviceman Yevhen Ievlev said")
            return next((Resolved(e.name, e.raw, e.actor_id, e.side, e) for e in reversed(self.entities)
                         if e.person and head in e.descriptors), None)
        if head in _OWN_NAME_BODIES:
            # "the embassy said": only a body the article called an embassy, never whichever was named last
            return next((Resolved(e.name, e.raw, e.actor_id, e.side, e) for e in reversed(self.entities)
                         if e.person is not True and head in e.descriptors), None)
        if head in _ANY_PERSON_ROLES and (len(core) > 1 or _ANONYMOUS_BEFORE[head].search(self.text, 0, m.start)):
            # "a senior defense official told reporters ... The senior defense official said": the anonymous one
            # again; only a bare "the official" after named people points back to one of them
            return None
        if head in DOCUMENT_WORDS:
            # "the statement read": whoever was last named as speaking or acting (not the outlet that relays it: "X
            # posted the video on Facebook, Ukrinform reports. '...,' the post read" is X's post)
            bodies_only = head in BODY_DOCUMENTS and any(e.person is not True for e in self.entities)
            last = next((e for e in reversed(self.entities) if not (_is_outlet(e) and _RELAYS_NEXT.match(
                self.text, e.pos + len(e.raw))) and not (bodies_only and e.person is True)), None) \
                if self.entities else None
            return Resolved(last.name, last.raw, last.actor_id, last.side, last) if last else None
        if "head of state" in phrase or phrase.strip() in ("president", "the president"):
            head = "president"
        # ("the authorities" after "the Kupiansk district authorities": a body, like an organisation)
        org_like = (head in lex.orgs or head in _BODIES) and head not in lex.titles
        # "the economy ministry" must not resolve to an earlier defence ministry
        modifiers = [w for w in core[:-1] if w in lex.titles and w not in lex.roles or w in lex.portfolios]
        # most specific first: an entity whose descriptors hold the head role word
        heads = {head} | _same_office(m, head) if head else set()
        if region_head:
            heads |= {"head", "governor"}   # (a region's head: "Head of Kherson Oblast Military Administration")
        for e in reversed(self.entities):
            if org_like and e.person:
                continue
            if not org_like and e.person is False:
                continue
            # ("the military chief" after "commander-in-chief Oleksandr Syrskyi": a part of a hyphened title)
            words_of = e.descriptors | {p for d in e.descriptors if "-" in d for p in d.split("-")}
            if heads & words_of and all(w in e.descriptors for w in modifiers):
                return Resolved(e.name, e.raw, e.actor_id, e.side, e)
            if head == "governor" and e.person and "head" in e.descriptors and e.descriptors & _REGION_BODY_WORDS:
                # "the governor added" after "The head of the Kharkiv Regional Military Administration, X": the
                # press's word for a region's head
                return Resolved(e.name, e.raw, e.actor_id, e.side, e)
        if head in _MEDIA_HEADS:
            # "the newspaper writes", "the publication concludes": the outlet named last, never whoever
            # else was named last (a monitoring group the outlet cites)
            for e in reversed(self.entities):
                if _is_outlet(e):
                    return Resolved(e.name, e.raw, e.actor_id, e.side, e)
            return None
        if head == "governor" or region_head:
            # "..., leaving a worker injured in the Kharkiv region, the regional governor said": the governor of the
            # oblast the sentence names on that day, not whoever was named last
            office = self.office_holder(m, pos)
            if office is not None:
                return office
        if not org_like and head in lex.titles:
            # ("German Chancellor Friedrich Merz ... The German Chancellor said": the person the text gave the title,
            # before any known holder of such a role)
            r = self._title_named_in_text(m) or self.actor_by_role(head, None, m.start)
            if r is not None:
                return r
        # "the city administration" is not whichever organisation came last: a qualifier the latest
        # organisation lacks makes it a new one
        quals = [w for w in core[:-1] if w not in lex.titles]
        named = (self._named_body_before(head, pos) if org_like and head in _NAMED_BODY_HEADS and not quals and not modifiers
                 else None)    # (a bare "the ministry": "the interior ministry" names which)
        for e in reversed(self.entities):
            if org_like and e.person is not True and not modifiers and all(w in e.descriptors for w in quals):
                if head in _KIND_OF_BODY and not _KIND_OF_BODY[head].search(e.name):
                    continue    # "the bank said": the bank named before, not the ministry named since
                if head not in _OUTLET_HEADS and _OUTLET_NAME.search(e.name):
                    continue    # "(AP) - A Ukrainian brigade says ... The brigade said": never the outlet
                if named is not None and named[0] > e.pos:
                    break
                return Resolved(e.name, e.raw, e.actor_id, e.side, e)
            if not org_like and e.person and not self._holds_other_office(e, head):
                if head in _ANY_PERSON_ROLES and _inside_quote(self.text, e.pos):
                    continue   # '"Through Witkoff, Putin conveyed ...," he said. The official noted ...': the speaker
                return Resolved(e.name, e.raw, e.actor_id, e.side, e)
        if named is not None:
            return self.register(Mention(named[0], named[0], named[1].canonical_name, "named",
                                         name=named[1].canonical_name, is_person=False), pos)
        office = self.office_holder(m, pos)
        if office is not None:
            return office
        if org_like and len(words) >= 2:
            name = " ".join(words)
            return self.register(Mention(m.start, m.end, m.raw, "named", name=name, is_person=False), pos)
        if head in lex.titles:
            # "the chief of the General Staff told ..." before the name is given: resolved later
            return Resolved(" ".join(words), m.raw, None, None, None, deferred=m)
        return None

    def _spokesperson_for(self, m: Mention) -> Resolved | None:
        """"the spokesman for the Defense Forces of Southern Ukraine noted" after "Vladislav Voloshyn, the spokesman for
        the Defense Forces of Southern Ukraine,": the person the text gave that title, not the body."""
        if len(m.role_words) < 3 or m.role_words[0] not in _SPOKES or m.role_words[1] != "for":
            return None
        body = {w for w in m.role_words[2:] if w not in _DETS and w not in ("of", "and")}
        return next((Resolved(e.name, e.raw, e.actor_id, e.side, e) for e in reversed(self.entities)
                     if e.person and e.descriptors & _SPOKES and body <= e.descriptors), None)

    def _staff_body(self, pos: int) -> Resolved | None:
        """The body whose analysts the text named last before ``pos`` ("analysts of the OSINT project DeepState",
        "ISW analysts"), when a seed knows it."""
        found = None
        for found in _STAFF_OF.finditer(self.text, 0, pos):
            pass
        if found is None or self.resolver is None:
            return None
        words = (found.group("of") or found.group("own")).split()[:10]
        # (the name may stand anywhere in the words after "of": "of the OSINT project DeepState reported ...")
        for i, j in sorted(((i, j) for i in range(len(words)) for j in range(i + 1, len(words) + 1)),
                           key=lambda ij: (ij[0] - ij[1], ij[0])):
            actor = self.resolver.resolve(" ".join(words[i:j]))
            if actor is not None and actor.kind != "person":
                return self.register(Mention(found.start(), found.end(), actor.canonical_name, "named",
                                             name=actor.canonical_name, is_person=False), pos)
        return None

    def _named_body_before(self, head: str, pos: int) -> tuple[int, object] | None:
        """The known body last named before ``pos`` whose name holds ``head``, also where it did not speak: "A map
        presented by the Russian Ministry of Defence showed ... the ministry said" is that ministry, not the last
        organisation quoted before it. (position, actor)"""
        if self.resolver is None:
            return None
        found = None
        for hit in re.compile(rf"\b{head}\b", re.I).finditer(self.text, 0, pos):
            found = hit
        if found is None:
            return None
        before = self.text[max(0, found.start() - 60):found.start()].split()[-4:]
        after = _BODY_OF.match(self.text, found.end())
        tail = self.text[found.start():after.end() if after else found.end()]
        for i in range(len(before)):
            try:
                actor = self.resolver.resolve(" ".join(before[i:] + [tail]))
            except Exception:
                actor = None
            if actor is not None and actor.kind != "person":
                return found.start(), actor
        return None

    def _official_of_side(self, m: Mention, side: str | None) -> Resolved | None:
        """``the Ukrainian official`` after "Ukraine's foreign minister Andrii Sybiha said ...": the person of that
        side named last, as a bare "the official" is the person named last. Not where the article has brought in an
        anonymous one ("a senior Ukrainian official told reporters ... the Ukrainian official said")."""
        words = [w for w in m.role_words if w not in _DETS]
        if side not in ("Ukraine", "Russia") or m.indefinite or len(words) != 1 or words[0] not in _ANY_PERSON_ROLES \
                or _ANONYMOUS_BEFORE[words[0]].search(self.text, 0, m.start):
            return None
        for e in reversed(self.entities):
            if e.person and e.pos <= m.start and not _inside_quote(self.text, e.pos):
                # the last person named, and only when of that side: no reaching past someone else
                return Resolved(e.name, e.raw, e.actor_id, e.side, e) if e.side == side else None
        return None

    def _holds_other_office(self, e: Entity, head: str) -> bool:
        """Is ``e`` a known actor whose seed role names another office than ``head``, a local or speaking office?
        ("the governor said" after Zelensky is not Zelensky; "the general said" after Syrskyi is)"""
        if head not in _LOCAL_OFFICES or not e.actor_id or self.resolver is None:
            return False
        actor = self.resolver.get(e.actor_id)
        role = set(re.findall(r"[\w-]+", _SERVED_LEADER.sub("", getattr(actor, "role", "") or "").lower()))
        if head == "president":
            return bool(role) and head not in role     # (a head of state's aide or minister is no president)
        return bool(role & _lex().titles) and head not in role and not (_SAME_OFFICE.get(head, frozenset()) & role)

    def _resolve_descriptive(self, m: Mention, pos: int) -> Resolved | None:
        """``Ukraine's top military commander``: a known actor, an earlier entity with the title, or
        deferred to the next compatible named speaker."""
        side = _side_from_words(m.raw.split())
        if side is None and m.country and m.raw.lower().startswith(("the country", "the nation")):
            # "the country's president" (mentions.py: the country its sentence names): read as "the Ukrainian
            # president", the words as written kept
            res = self._resolve_descriptive(Mention(m.start, m.end, f"the {m.country} {' '.join(m.role_words)}",
                                                    "descriptive", role_words=m.role_words, country=m.country), pos)
            if res is not None:
                res.raw = m.raw
            return res
        if " ".join(m.role_words).endswith("head of state") and side in ("Ukraine", "Russia"):
            # "the Ukrainian head of state": the country's president
            res = self._resolve_descriptive(Mention(m.start, m.end, f"{side} president", "descriptive",
                                                    role_words=("president",), country=m.country), pos)
            if res is not None:
                res.raw = m.raw
            return res
        name = m.name or f"{m.country or ''} {' '.join(w for w in m.role_words)}".strip()
        if _DANGLING_PREPOSITION.search(name):
            # "the head of Sevastopol", "regional authorities in Russia": the words as written, not "head of"
            name = _LEADING_DET.sub("", m.raw).strip()
        actor = None
        if len(m.role_words) >= 3 and m.role_words[1] == "of" and (titled := self._titled_person_before(m, pos)):
            # "the Governor of the Kherson region Volodymyr Saldo ... the governor of the Kherson region said": the
            # person the text itself gave that whole title (Moscow's appointee), before any holder the seeds know
            return titled
        if len(m.role_words) >= 3 and m.role_words[0] in _OFFICE_HEADS and m.role_words[1] == "of":
            # "the head of Ukrainian intelligence": the office's holder (seeds/offices.csv), not the body he heads
            office = self.office_holder(m, pos)
            if office is not None:
                return office
        if self.resolver is not None:
            try:
                actor = self.resolver.resolve(m.raw)
            except Exception:
                actor = None
        if actor is not None:
            return self.register(Mention(m.start, m.end, m.raw, "named", name=actor.canonical_name,
                                         is_person=actor.kind == "person"), pos)
        if m.role_words and m.role_words[-1] in _MEDIA_HEADS and m.raw.lower().startswith("the "):
            # "The Chinese newspaper remarked": the outlet named last, as "the newspaper" is (never its country)
            return next((Resolved(e.name, e.raw, e.actor_id, e.side, e) for e in reversed(self.entities)
                         if _is_outlet(e)), None)
        office = self.office_holder(m, pos) or self._owners_office(m, pos)
        if office is not None:
            return office
        named = self._official_of_side(m, side)
        if named is not None:
            return named
        head = _title_head(m.role_words)
        if head == "gauleiter":
            # "the Kherson gauleiter says": Ukrainian outlets' word for the head Moscow installed, named before
            return next((Resolved(e.name, e.raw, e.actor_id, e.side, e) for e in reversed(self.entities)
                         if e.person and e.side == "Russia" and e.descriptors & _INSTALLED_HEAD_WORDS), None)
        if head and head not in _DEFER_HEADS:
            # "the Ukrainian military spokesman" after "Ukrainian military spokesman Sergiy Cherevaty": the
            # person named with that title before
            for e in reversed(self.entities):
                if e.person and head in e.descriptors and (not side or not e.side or e.side == side):
                    return Resolved(e.name, e.raw, e.actor_id, e.side, e)
            if head in _PROFESSIONS:
                # "the Bild analyst" after "citing its military analyst Julian Röpcke": the person the text gave
                # that word right before his name, also where he said nothing then
                word = "(?:analyst|expert)" if head in ("analyst", "expert") else head   # (one trade, two words)
                hits = list(re.finditer(rf"\b{word}\s+({_CAP_WORD}(?:\s+{_CAP_WORD}){{1,2}})\b", self.text[:m.start]))
                if hits:
                    hit = hits[-1]
                    return self.register(Mention(hit.start(1), hit.end(1), hit.group(1), "named", name=hit.group(1),
                                                 is_person=True), pos)
        same = _same_office(m, head)
        if same:
            # "the Turkish leader" after "Turkish President Recep Tayyip Erdogan", "the spokesperson" after
            # "Kremlin spokesman Dmitry Peskov": another word for the same office, every capitalised qualifier shared
            quals = {w.lower() for w in re.findall(r"\b[A-Z][\w-]*", m.raw) if w.lower() not in _DETS}
            # ("Putin's advisor" after "Kremlin foreign policy aide Yuri Ushakov": the owner is no qualifier of the
            # office, only of its side)
            owner = re.match(r"([A-Z][\w-]*)['\u2019]s\s", m.raw)
            owner_actor = self._actor(owner.group(1)) if owner else None
            if owner_actor is not None and owner_actor.kind == "person":
                quals.discard(owner.group(1).lower())
            for e in reversed(self.entities):
                if owner_actor is not None and e.side and owner_actor.side and e.side != owner_actor.side:
                    continue
                if e.person and e.pos <= pos and same & e.descriptors and quals <= _with_adjectives(e.descriptors):
                    return Resolved(e.name, e.raw, e.actor_id, e.side, e)
        if any(w in _DEFER_HEADS for w in m.role_words):
            return Resolved(name, m.raw, None, side, None, deferred=m)
        if head:
            r = self.actor_by_role(head, side, m.start)
            if r is not None:
                return r
            # "Ukraine's foreign minister said ... Andrii Sybiha also wrote": the name comes later
            return Resolved(name, m.raw, None, side, None, deferred=m)
        return self.register(Mention(m.start, m.end, m.raw, "named", name=name, is_person=False,
                                     role_words=m.role_words, country=m.country), pos)


# an outlet's name with its kind after it in lower case ("the LRT newspaper", "the Kommersant daily")
_MEDIA_KIND_AFTER = re.compile(r"(?P<n>(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w.'\u2019-]*)\s+(?:newspaper|daily|weekly|"
                               r"outlet|website|portal|broadcaster|tabloid|magazine)")
_MEDIA_HEADS = frozenset({"newspaper", "publication", "daily", "broadcaster", "outlet", "website", "portal", "paper",
                          "magazine", "article"})
# the heads an outlet may be called back by besides those ("the agency said" after "Interfax")
_OUTLET_HEADS = _MEDIA_HEADS | {"agency", "service", "channel", "network", "group", "company"}
# words of news outlets' names ("The New York Times", "Ukrainska Pravda", "Business Insider", "RIA Novosti")
_OUTLET_NAME = re.compile(r"\b(?:" + "|".join(sorted(w.capitalize() for w in OUTLET_FINAL)) + r"|News|Pravda|Insider|Guardian|"
                          r"Izvestia|Kommersant|Vedomosti|Novosti|Reuters|AFP|TASS|RIA|Interfax|Ukrinform|Bloomberg|CNN|"
                          r"UNN|UNIAN|"
                          r"Forbes|Newsweek|FT|"
                          r"BBC|Economist|Politico|Axios|Meduza|Agency|Press|Express|Mirror|Spiegel|Bild)\b")


# ranks and trades of people at the front: they head a name ("Ukrainian serviceman Yevhen Ievlev"), but a bare "the
# soldier" is someone the article called so, not a back-reference to any earlier speaker
_TRADE_ROLES = frozenset({"serviceman", "servicewoman", "soldier", "officer", "medic", "pilot", "paratrooper"})


# bodies a bare "the <head>" can mean only when the article has named one so ("the embassy", "the presidency")
_OWN_NAME_BODIES = frozenset({"embassy", "consulate", "presidency"})


def _with_adjectives(words: set) -> set:
    """``words`` and the adjective of every country among them: "the Finnish leader" after "Finland's president,
    Alexander Stubb" qualifies him as "the Turkish leader" does "Turkish President Erdogan"."""
    demonyms = _lex().demonyms
    return words | {demonyms[w].lower() for w in words if w in demonyms}


# the victim named as the object of a killing ("which killed “independent war correspondent” Vladlen Tatarsky")
_KILLED_BEFORE = re.compile(r"\b(?:killed|killing|murdered|murdering|assassinated)\s+"
                            r"(?:[\w\"\u201c\u201d'\u2019-]+\s+){0,4}$", re.IGNORECASE)


# an outlet's relay verb right after its name ("..., Ukrainian News Agency reports.")
_RELAYS_NEXT = re.compile(r"\s+(?:reports|reported|writes|wrote|informs)\s*[.;,]")
_RELAYED_BY = re.compile(r"[^.;\n]{0,40}?\s(?:reports|reported|writes|wrote|informs)\s*[.;]")


def _is_outlet(e: Entity) -> bool:
    """Is ``e`` a news outlet (by its name, or by the noun it was called: "the newspaper", "the Telegram channel
    Mash")?"""
    return bool(_OUTLET_NAME.search(e.name) or e.descriptors & _MEDIA_HEADS
                or {"channel", "telegram"} <= e.descriptors)


def _resolve_deferred(cands: list) -> None:
    """Give each deferred (role-first) speaker the next compatible named speaker among ``cands``
    (sorted by start): "Ukraine's top military commander said ... Syrskyi added". Runs after every
    candidate of the article is known, since the name comes later in the text."""
    lex = _lex()
    for i, c in enumerate(cands):
        m = c.res.deferred
        if m is None:
            continue
        if m.indefinite:
            _name_indefinite(c, cands[i + 1:])
            continue
        want_person = any(w in lex.titles for w in m.role_words) and not any(w in lex.orgs for w in m.role_words)
        cut = next((k for k, w in enumerate(m.role_words) if w in ("for", "of")), None)
        if cut and m.role_words[cut - 1] in lex.titles and m.role_words[cut - 1] not in lex.orgs:
            want_person = True  # "the spokesperson for Ukraine's eastern military command": a person of the body
        want_side = c.res.side
        loose = any(w in _DEFER_HEADS for w in m.role_words)
        head = "" if loose else _title_head(m.role_words)
        first_named = None if loose else next((d for d in cands[i + 1:] if d.res.entity is not None
                                               and d.res.deferred is None and d.res.entity.person), None)
        for d in cands[i + 1:i + 1 + (len(cands) if loose else 6)]:
            e = d.res.entity
            if e is None or d.res.deferred is not None:
                continue
            if want_side and e.side and e.side != want_side:
                continue
            # ("The spokesperson for the eastern command denied ... the spokesperson, Serhiy Cherevatyi, told": his
            # seed calls him a spokesman, one office in two words)
            heads = {head} | _SAME_OFFICE.get(head, frozenset())
            if not loose and (not e.person or not heads & e.descriptors) and not (
                    e.person and d is first_named and not e.actor_id and not e.descriptors & (lex.titles | lex.roles)
                    and d.start - c.end <= _INDEFINITE_REACH):
                # ("the head of Estonia's Foreign Intelligence Service urged ... Kaupo Rosin stressed": the first
                # person named after the title, soon after, with no title of his own, is its holder)
                continue
            if want_person and e.person is False:
                continue
            if not want_person and "command" in m.role_words and e.person:
                continue
            if _is_outlet(e):
                continue    # "Ukraine's eastern military command said ..." is never the newspaper named after it
            c.res = Resolved(e.name, e.raw, e.actor_id, e.side, e)
            break


# how far back a "local governor" looks for the one oblast the text names before him
_LOCAL_REACH = 600


# how far after an indefinite source ("a senior official said") its name may come: the lede's next paragraph
_INDEFINITE_REACH = 400


# the verbs by which a lede cites its unnamed source ("a senior official said"); "the first time a military official
# has publicly commented on ..." is no source
# ("a Russian-appointed official has acknowledged that ...": an admission cites its source too)
_INDEFINITE_CUES = frozenset("say tell state warn claim add confirm announce report deny according_to acknowledge "
                             "admit concede".split())


def _name_indefinite(c, later: list) -> None:
    """"A senior Ukrainian official said X. Yurii Mysiagin, a member of parliament, said Y": the first person named
    as a speaker soon after, of the official's side if it has one, is the official; else the official stays unnamed
    (and is not counted: statements._unidentified)."""
    if c.cue not in _INDEFINITE_CUES:
        return
    for d in later:
        if d.start - c.end > _INDEFINITE_REACH:
            break
        e = d.res.entity
        if e is None or d.res.deferred is not None or not e.person or d.res.speaker == c.res.speaker:
            continue
        if c.res.side and e.side and e.side != c.res.side:
            continue
        if e.descriptors & _LEADER_WORDS:
            continue    # ("A Ukrainian defence official told the BBC ... Zelenskiy said": a head of state is none)
        if c.res.side and e.side is None and any(installed_by(w) for w in c.res.deferred.role_words):
            continue    # "a Russian-appointed official ...": only a person known to serve that side
        c.res = Resolved(e.name, e.raw, e.actor_id, e.side, e)
        return


# the offices of a state's leaders, whom an unnamed "official" never is
_LEADER_WORDS = frozenset({"president", "prime", "premier", "chancellor", "king"})
# an acronym as a speaker's whole name ("CAR", "ISIS", "HRMMU")
_ACRONYM_NAME = re.compile(r"[A-Z]{2,6}")
_SMALL_WORDS = frozenset({"of", "for", "and", "the", "on", "in", "&"})


# capitalised words that open a sentence or a clause before a surname, not a first name ("But Klimenko said")
_NOT_FIRST_NAMES = frozenset("""the but and as in on at when while if so then according also after before says said
however meanwhile moreover yet since though although because with for from by to of this that these those his her
their its our my we he she they it i a an mr mrs ms dr prof sir lord lady saint st today yesterday""".split())


def _full_name_before(text: str, end: int, surname: str) -> str | None:
    """The full name ("Jan Matveev") the article gave, before ``end``, to the person it now calls by ``surname``: a
    capitalised word right before the surname that is no title, role, organisation word, demonym or function word."""
    # (lower-case letters beyond ASCII too: "Julian Röpcke ... Röpcke said")
    if not re.fullmatch(r"[A-Z](?:[^\W\d_A-Z]|['’-]){2,}", surname):
        return None
    lex = _lex()
    for mm in reversed(list(re.finditer(r"\b([A-Z][^\W\d_A-Z]+(?:-[A-Z][^\W\d_A-Z]+)?)\s+" + re.escape(surname) + r"\b",
                                        text[:end]))):
        first = mm.group(1)
        low = first.lower()
        if low in _NOT_FIRST_NAMES or low in lex.demonyms or low in lex.non_speakers or any(
                part in lex.titles or part in lex.roles or part in lex.orgs for part in low.split("-")):
            continue        # ("Colonel-General Gerasimov": a title)
        before = re.search(r"([A-Z][\w'\u2019-]*)\s+$", text[max(0, mm.start() - 30):mm.start()])
        if before is not None and before.group(1).lower() not in _NOT_FIRST_NAMES \
                and before.group(1).lower() not in lex.titles and before.group(1).lower() not in lex.roles:
            continue        # "The Wall Street Journal ... the Journal notes": the tail of a longer name
        return f"{first} {surname}"
    return None


# the small words inside a person's name ("Luiz Inacio Lula da Silva", "Ursula von der Leyen")
_NAME_PARTICLES = r"(?:(?:da|de|do|dos|das|del|van|von|der|den|bin|al|ibn)\s+)"
_CAP = r"[A-Z][^\W\d_A-Z]+(?:-[A-Za-z][^\W\d_A-Z]*)*"


_CALENDAR_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march april may
june july august september october november december""".split())


@lru_cache(maxsize=256)
def _name_run(word: str) -> re.Pattern:
    """A run of capitalised words (and name particles) holding ``word``, compiled once per word."""
    return re.compile(rf"\b((?:{_CAP}\s+{_NAME_PARTICLES}?){{0,4}}{re.escape(word)}"
                      rf"(?:\s+{_NAME_PARTICLES}?{_CAP}){{0,3}})\b")


def _full_name_around(text: str, end: int, word: str) -> str | None:
    """The longer name the article gave, before ``end``, that holds ``word`` anywhere: "Prabowo" after "Defense Minister
    Prabowo Subianto", "Lula" or "Silva" after "Luiz Inacio Lula da Silva" (its titles, roles and demonyms left out;
    none when the other words of the name are words of a body, a place or a function)."""
    if not re.fullmatch(r"[A-Z](?:[^\W\d_A-Z]|['\u2019-]){2,}", word):
        return None
    lex = _lex()
    for mm in reversed(list(_name_run(word).finditer(text, 0, end))):
        words = mm.group(1).split()
        while words and words[0] != word and (words[0].lower() in lex.titles or words[0].lower() in lex.roles or
                                              words[0].lower() in lex.demonyms or words[0].lower() in _NOT_FIRST_NAMES):
            words = words[1:]
        k = words.index(word) if word in words else -1
        if k < 0 or k == len(words) - 1 and not (k > 0 and re.fullmatch(_NAME_PARTICLES, words[k - 1] + " ")):
            continue    # (a surname last in its run: _full_name_before's; "Lula da Silva": its particle before)
        caps = [w.lower() for w in words if w[:1].isupper()]
        if len(caps) < 2 or words[-1][:1].islower() or any(
                w in lex.orgs or w in lex.non_speakers or w in lex.titles or w in lex.roles or w in lex.demonyms
                or w in _NOT_FIRST_NAMES or w in _CALENDAR_WORDS for w in caps):
            continue
        return " ".join(words)
    return None


def _first_names_differ(full: str, canonical: str) -> bool:
    """Two names of the same surname whose first names are two names ("Andrei Klimenko", "Ihor Klymenko": their
    transliteration skeletons 0.22 alike), not two spellings of one ("Alexander Syrsky", "Oleksandr Syrskyi": 0.84;
    Fyodor / Fedir 0.6, the least alike of the Russian and Ukrainian pairs measured)."""
    from pipelines.extraction.actors import name_skeleton     # (imported late, as in _find_by_surname)

    a, b = full.split(), canonical.split()
    if len(a) < 2 or len(b) < 2:
        return False
    return SequenceMatcher(None, name_skeleton(a[0].lower()), name_skeleton(b[0].lower())).ratio() < 0.5


def _spelled_out_before(text: str, end: int, acronym: str) -> str | None:
    """The run of capitalised words before ``end`` in ``text`` whose initials spell ``acronym`` (small words such as
    "for" and "and" between them need no letter; "of" may have one: "MOD", the Ministry of Defence): the body's full
    name, as the article first gave it."""
    n = len(acronym)
    best = None
    for caps in (n, n - 1):
        # (overlapping, each capitalised word a possible start: "Director Conflict Armament Research")
        for m in re.finditer(r"\b(?=((?:[A-Z][\w'\u2019-]*(?:\s+(?:of|for|and|the|on|in|&)\b)*\s+){%d}" % (caps - 1)
                             + r"[A-Z][\w'\u2019-]*))", text[:end]):
            run = m.group(1)
            if run.isupper() or len([w for w in run.split() if w not in _SMALL_WORDS]) != caps:
                continue
            letters = "".join(w[0] for w in run.split() if w not in _SMALL_WORDS or (caps < n and w == "of"))
            if letters.upper() == acronym:
                best = run
        if best is not None:
            return best
    return best

