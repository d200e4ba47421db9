"""Reading sides: which side a side word names, and the side of a clause's subject.

Shared by area claims (the controller of a figure) and place claims (who took a place): "Kyiv's forces"
reads the same way in both. ``_side_of_match`` turns a match of the lexicon's side pattern into "Ukraine" or
"Russia" ("we/our" -> the claimant's side, "the enemy" -> the other side); ``_scan_subject`` finds the nearest
side word before a verb, skipping prepositional objects ("attacks on Ukrainian positions") and possessive
pronouns; a relative clause's subject is the noun before "which".
"""
from __future__ import annotations

import re
from functools import lru_cache

from pipelines.extraction.area_lexicon import _lex


# an article that itself calls Russia's captures liberations ("Russian forces reportedly liberated 87 settlements",
# "liberated by Russian troops"): Moscow's wording, so a freeing it tells with no side of its own is Russia's
_RUSSIA_LIBERATES = re.compile(
    r"\b(?:Russian|Russia['\u2019]s)\s+(?:armed\s+)?(?:forces|troops|army|servicemen|units|military)\s+(?:have\s+|had\s+)?"
    r"(?:[a-z]+ly\s+)?liberated\b|\bliberated\s+by\s+(?:the\s+)?(?:Russian|Russia['\u2019]s)\s+(?:armed\s+)?"
    r"(?:forces|troops|army|servicemen|units|military)\b"
    # ("across various regions in the zone of the special military operation": the war's name in Moscow's own
    # words, unquoted, is the Russian voice that calls its captures liberations)
    r"|(?<![\"\u201c'\u2018])\b(?:zone\s+of\s+the\s+special\s+military\s+operation|"
    r"special\s+military\s+operation\s+zone|SMO\s+zone)\b")


@lru_cache(maxsize=8)
def russia_liberates(text: str) -> bool:
    """Does the article's own text call a Russian capture a liberation?"""
    return _RUSSIA_LIBERATES.search(text) is not None


def _other(side: str | None) -> str | None:
    return {"Ukraine": "Russia", "Russia": "Ukraine"}.get(side or "")


def _norm_side(side: str | None) -> str | None:
    return side if side in ("Ukraine", "Russia") else None


def _side_of_match(m: re.Match, claimant_side: str | None) -> str | None:
    if m.group("side_ukraine"):
        return "Ukraine"
    if m.group("side_russia"):
        return "Russia"
    if m.group("enemy"):
        return _other(claimant_side) or "Russia"
    if m.group("first_person"):
        return claimant_side
    return None


_PREP_BEFORE = re.compile(
    # ("killed during the Russian occupation": "during" and "amid" govern their phrase too)
    r"(?:\b(?:than|of|in|into|from|across|against|with|to|on|near|at|inside|over|by|for|toward|towards|throughout|"
    r"through|along|within|beyond|behind|around|past|onto|during|amid)\s+(?:the\s+)?"
    # ("made gains in other Ukrainian regions": a quantifier before the adjective, still the preposition's object)
    r"(?:(?:other|several|some|many|all|both|various|few|two|three|four|five)\s+)?"
    r"(?:(?:(?:north|south)-?)?(?:east|west)(?:ern)?\s+|north(?:ern)?\s+|south(?:ern)?\s+|central\s+"
    # ("gains in asian Ukraine": a rewriter's garbled adjective of the place, still a preposition's object)
    # (an adjective's ending: not "around the time Ukraine captured Lyman", a clause's subject)
    r"|(?-i:[a-z]+(?:an|ern|ic|al))\s+)?)$",
    re.IGNORECASE,
)
# ("soldiers from the Tavria operational-strategic group": the men of a side's unit are that side)
# ("the assault groups of the Russian Armed Forces": a formation of a side's forces)
_FORCES_OF = re.compile(r"\b(?:forces|army|troops|units|military|armed\s+forces|soldiers|servicemen|fighters|"
                        r"(?:assault\s+)?(?:groups|detachments|brigades|battalions))\s+(?:of|from)\s+"
                        r"(?:the\s+)?$", re.IGNORECASE)
# "fighting centred further north, with Moscow claiming to have captured X": "with" opens an absolute clause whose
# subject is the side named in it, when a participle follows
_WITH_BEFORE = re.compile(r"\bwith\s+(?:the\s+)?$", re.IGNORECASE)
_PARTICIPLE_AFTER = re.compile(
    r"(?:\s+(?:forces|troops|army|military|units|officials|authorities|ministry))?\s+(?:now\s+|also\s+)?"
    r"(?:claiming|saying|announcing|reporting|insisting|asserting|capturing|taking|seizing|retaking|recapturing|"
    r"liberating|occupying|controlling|holding)\b", re.IGNORECASE)
# (and a restrictive clause right after a forces noun: "pushing back Russian military forces who control a fifth")
_RELATIVE_BEFORE = re.compile(r"(?:,\s+(?:which|who|that)|"
                              r"\b(?:troops|forces|army|units|soldiers|fighters)\s+(?:who|that))"
                              r"\s+(?:now\s+|already\s+|still\s+|currently\s+|reportedly\s+)*$",
                              re.IGNORECASE)


def _relative_antecedent_side(s: str, lo: int, cue_start: int, claimant_side: str | None) -> str | None:
    """"The advance of Moscow's forces, which control a fifth": the subject is the noun before "which",
    even inside a prepositional phrase."""
    m = _RELATIVE_BEFORE.search(s, lo, cue_start)
    if not m:
        return None
    hits = list(_lex().side.finditer(s, max(lo, m.start() - 40), m.start()))
    for h in reversed(hits):
        side = None if h.group("possessive_pronoun") else _side_of_match(h, claimant_side)
        if side:
            return side
    return None


_MODIFIER_COUNTRY = re.compile(r"(?:Ukraine|Russia)", re.IGNORECASE)
_POSSESSOR_BEFORE = re.compile(r"\b(?:its|their|his|her|our)\s+$|\w['\u2019]s\s+$", re.IGNORECASE)


# a verb whose object the side is: the side attacked, pushed back or driven out, never the one who takes ground
_OBJECT_VERB_BEFORE = re.compile(
    r"\b(?:push(?:es|ed|ing)?\s+back|pushed\s+out|repel(?:s|led|ling)?|drive(?:s)?\s+(?:back|out)|drove\s+(?:back|out)|"
    r"oust(?:s|ed|ing)?|expel(?:s|led|ling)?|dislodg(?:e|es|ed|ing)|defeat(?:s|ed|ing)?|encircl(?:e|es|ed|ing)|"
    r"rout(?:s|ed|ing)?|outflank(?:s|ed|ing)?|"
    # ("after Russian forces invaded Ukraine in February, they captured Kherson": the country invaded)
    r"invad(?:e|es|ed|ing)|attack(?:s|ed|ing)?)\s+(?:the\s+)?$", re.IGNORECASE)
_PUSH_BEFORE = re.compile(r"\bpush(?:es|ed|ing)?\s+(?:the\s+)?$", re.IGNORECASE)
_PUSHED_TO_AFTER = re.compile(r"(?:\s+(?:troops|forces|units|army))?\s+(?:to|towards?|across|beyond|out|from|into)\b",
                              re.IGNORECASE)
_RELATIVE_AFTER = re.compile(r"(?:\s+(?:troops|forces|units|soldiers|army|military|fighters))?\s*,?\s+(?:who|which|that)\b",
                              re.IGNORECASE)
# a side's lines or ground: what is attacked or entered, never the one who takes ground
# ("penetrated the enemy defense to a depth of 50 km": the defense entered, not who entered)
# ("in neighboring Ukraine's Sumy Region, where they now control ...": a named region the country owns)
_OWNED_PLACE_AFTER = re.compile(r"['\u2019]s\s+(?:(?:eastern|western|southern|northern|[a-z]+-?(?:eastern|western|"
                                r"southern|northern)|frontline|front-line|strategic|key)\s+)?"
                                r"(?:(?-i:[A-Z])[\w'\u2019-]+\s+(?=(?:region|oblast|province)\b))?"
                                r"(?:towns?|city|cities|villages?|settlements?|region|oblast|province|port|capital)\b",
                                re.IGNORECASE)
# ("managing to cross Ukraine's northeastern border and capture ...": the border crossed, a compass word before it)
_HELD_GROUND_AFTER = re.compile(r"(?:['\u2019]s)?\s+(?:(?:north|south|east|west)[a-z-]*\s+)?(?:front\s+)?"
                                r"(?:lines|positions|defen[cs]es|defen[cs]e(?!\s+(?:ministry|minister|forces|"
                                r"intelligence|council|department|officials?|sources?|announced|said|reported|claimed|"
                                r"spokes\w+))|fortifications|soil|border)\b", re.IGNORECASE)
_FORCES_AFTER = re.compile(r"\s+(?:own\s+)?(?:troops|forces|army|armed\s+forces|units|military|soldiers|"
                           r"counter-?offensive|offensive)\b", re.IGNORECASE)
GROUND_AFTER = re.compile(r"\s+(?:territory|territories|land|lands|soil|ground|region|regions|positions|lines|"
                          r"defen[cs]es)\b", re.IGNORECASE)
_OWN_MOVE = re.compile(r"\s+(?:advances?|gains?|progress|push|offensive)\b", re.IGNORECASE)


AGAINST_ITS_STATE_AFTER = re.compile(r"\s+(?:anti-Kremlin|anti-Putin|opposition|dissident|rebel|partisan)\b",
                                      re.IGNORECASE)
# a third-person pronoun as the subject right before the verb ("..., they occupied", "that they have taken")
THEY_RIGHT_BEFORE = re.compile(r"\bthey\s+(?:(?:have|had|also|now|already|even|since|then)\s+)*$"
                               # ('"The deepest point of their advance is 10 kilometers," Zelensky said': the enemy's)
                               r"|\btheir\s+(?:[a-z-]+\s+)?$", re.IGNORECASE)


# the people who tell of the war, after a side's "pro-" adjective ("pro-Ukrainian sources", "pro-Russian bloggers")
_TELLERS_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:sources?|analysts?|(?:mil)?bloggers?|media|outlets?|channels?|"
                            r"observers?|monitors?|reporters?|journalists?|experts?|commentators?|accounts?)\b",
                            re.IGNORECASE)


def _scan_subject(s: str, lo: int, hi: int, claimant_side: str | None) -> str | None:
    """Nearest side word before ``hi`` (within [lo, hi)), skipping prepositional objects."""
    lex = _lex()
    hits = list(lex.side.finditer(s, lo, hi))
    they = THEY_RIGHT_BEFORE.search(s, lo, hi)
    if they is not None and claimant_side in ("Ukraine", "Russia") and hits and hits[-1].group("first_person") \
            and hits[-1].end() <= they.start():
        # "we are saying that for four years of war, they occupied a third of the region": the clause's own subject is
        # "they", the speaker's enemy, not the "we" of the frame before it
        return _other(claimant_side)
    owner = None
    for i, m in enumerate(reversed(hits)):
        if m.group("possessive_pronoun"):
            if owner is None and m.group(0).lower() in ("its", "their") and _FORCES_AFTER.match(s, m.end()):
                # "According to Ukraine, its troops have reclaimed ...": with no side as the subject, the forces
                # are the side the pronoun names, the nearest country before it that is a source or a subject (not
                # a place, "In northeast Ukraine, its forces ...", nor a possessive modifier, "Russia's Kursk region")
                ante = next((h for h in reversed(hits[:len(hits) - 1 - i]) if (h.group("side_ukraine")
                             or h.group("side_russia")) and not re.search(r"['\u2019]s?$", h.group(0))), None)
                pre = s[max(0, ante.start() - 40):ante.start()] if ante is not None else ""
                if _PREP_BEFORE.search(pre) and not re.search(r"\baccording\s+to\s+$", pre, re.IGNORECASE):
                    ante = None
                owner = _side_of_match(ante, claimant_side) if ante is not None else None
            continue
        if m.group("enemy") and re.search(r"['’]s$", m.group(0)) and not _OWN_MOVE.match(s, m.end()):
            continue     # ("the enemy's positions" is no subject; "the enemy's advance ... is 2 km" is the advancer)
        pre = s[max(0, m.start() - 40):m.start()]
        if (m.group("side_ukraine") or m.group("side_russia")) and _PREP_BEFORE.search(pre) and not _FORCES_OF.search(pre) \
                and not (_WITH_BEFORE.search(pre) and _PARTICIPLE_AFTER.match(s, m.end())):
            # ("with Moscow claiming to have captured X": the subject of an absolute "with" clause, not an object)
            continue
        if m.group("first_person") and _PREP_BEFORE.search(pre) and GROUND_AFTER.match(s, m.end()):
            continue     # "Ukrainian forces advanced well into our territory": the ground entered, not who entered
        if _MODIFIER_COUNTRY.fullmatch(m.group(0)) and _POSSESSOR_BEFORE.search(pre):
            continue     # "Russia launched its Ukraine offensive and occupies ...": a noun's modifier, not a subject
        if _PUSH_BEFORE.search(pre) and _PUSHED_TO_AFTER.match(s, m.end()):
            continue     # "the Armed Forces pushed the occupiers to the left bank": the side pushed, not the pusher
        if _OBJECT_VERB_BEFORE.search(pre) and not _RELATIVE_AFTER.match(s, m.end()):
            # "Russia organized attacks to push back Ukraine and has reclaimed ...": the one pushed back (but "pushing
            # back Russian troops who had advanced 15 km": the relative clause's subject)
            continue
        if _HELD_GROUND_AFTER.match(s, m.end()):
            continue     # "Ukrainian forces penetrated Russian lines and captured ...": the lines are no subject
        if _OWNED_PLACE_AFTER.match(s, m.end()):
            continue     # "After Russian forces captured Ukraine's town Avdiivka, they advanced": the town's owner
        if AGAINST_ITS_STATE_AFTER.match(s, m.end()):
            continue     # "the Russian anti-Kremlin group the Freedom of Russia Legion": Russians fighting for Ukraine
        if re.search(r"\bpro-$", pre, re.IGNORECASE) and _TELLERS_AFTER.match(s, m.end()):
            continue     # "Pro-Ukrainian sources suggest an additional conquest of ...": who tells it, not who took it
        side = _side_of_match(m, claimant_side)
        if side:
            return side
    return owner


def _side_right_after(s: str, pos: int, claimant_side: str | None) -> str | None:
    d = re.compile(r"\s*(?:the\s+)?").match(s, pos)
    m = _lex().side.match(s, d.end() if d else pos)
    if m and not m.group("possessive_pronoun"):
        return _side_of_match(m, claimant_side)
    return None
