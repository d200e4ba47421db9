"""The subject of a gerund adjunct: "its forces were shelling Ukrainian positions after capturing three villages".

A gerund after "after", "before", "while", "since", "by", "when" or a comma has no subject of its own: the one who
captured is the main clause's subject, not the nearest side word (here an object, "Ukrainian positions"). The
main-clause subject is the first side word of the clause; an "its/their forces" there is the speaker's own side,
since a reported speaker ("the ministry said its forces ...") speaks of its own troops.
"""
from __future__ import annotations

import re

# ("Russia made even bigger gains—taking 75 sq mi": a dash, spaced or not, sets the adjunct off as a comma does)
_ADJUNCT = re.compile(r"(?:(?:\b(?:after|before|while|since|by|when|upon|on)|,)\s+|[\u2014\u2013]\s*)"
                      r"(?:also\s+|successfully\s+)?$", re.I)
_SOURCE_OPENER = re.compile(r"\W*(?:according\s+to|citing|as\s+reported\s+by)\s+[^,;]{1,80},\s*", re.I)
_THAT = re.compile(r"\bthat\s+", re.I)
# a side word that names a place, not an actor: "some 500 kilometers south of Moscow", "near Kyiv", "from Russia"
# ("his forces had pushed 28-35 km into Russia, capturing ...": the ground entered)
_LOCATIVE_BEFORE = re.compile(r"(?:\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|\b(?:from|near|outside|"
                              r"towards?|beyond|across|into|inside)|\bborder\s+with)\s+(?:the\s+)?$", re.I)
_FORCES_AFTER = re.compile(r"\s+(?:own\s+)?(?:forces|troops|units|army|soldiers|fighters|military)\b", re.I)


def adjunct_subject_side(s: str, lo: int, cue_start: int, cue_text: str, side_re: re.Pattern,
                         side_of, claimant_side: str | None) -> str | None:
    """Side of the main clause's subject when the cue is a gerund adjunct, else None.

    ``side_re`` is the area lexicon's side pattern and ``side_of(match, claimant_side)`` its reader."""
    if not cue_text.lower().endswith("ing"):
        return None
    adj = _ADJUNCT.search(s, max(lo, cue_start - 30), cue_start)
    if not adj:
        return None
    # the adjunct's own clause: after the last "that" with a side word of its own ("the Ukrainian military denied
    # that Russian troops secured new positions after advancing 15 km": the Russians advanced)
    start = lo
    for that in _THAT.finditer(s, lo, adj.start()):
        if side_re.search(s, that.end(), adj.start()):
            start = that.end()
    opener = _SOURCE_OPENER.match(s, start)
    if opener is not None and opener.end() < adj.start():
        start = opener.end()     # "According to pro-Ukrainian maps, Russian forces ...": the source, not the subject
    first = next((m for m in side_re.finditer(s, start, adj.start())
                  if not _LOCATIVE_BEFORE.search(s, max(0, m.start() - 24), m.start())), None)
    if first is None:
        return None
    if first.group("possessive_pronoun"):
        # "its forces", "their troops": the reporting speaker's side; a bare "its" of anything else is not a side
        if claimant_side and _FORCES_AFTER.match(s, first.end()):
            return claimant_side
        return None
    return side_of(first, claimant_side)


# a participial clause that opens the sentence: "Having re-taken the two villages, Ukraine expands ...",
# "Recapturing three villages, Ukrainian forces ..."
_OPENING_PERFECT = re.compile(r"\W*having\s+(?:(?:now|already|finally|successfully|also)\s+)?(?:re-)?$", re.I)
_OPENING_GERUND = re.compile(r"\W*(?:(?:now|already|finally|successfully|also)\s+)?$", re.I)
_MAIN_SUBJECT = re.compile(r",(?!\d{3}\b)\s*(?:(?:the|a)\s+)?", re.I)


def opening_adjunct_side(s: str, lo: int, cue_start: int, cue_end: int, side_re: re.Pattern,
                         side_of, claimant_side: str | None) -> str | None:
    """Side of the main clause's subject when the cue opens a participial adjunct at the head of its clause
    ("Having re-taken the two villages, Ukraine expands its bridgehead on the Russian-controlled bank"): the adjunct
    has no subject of its own; the one who took them is the subject right after its comma, not a side word
    further on."""
    perfect = _OPENING_PERFECT.fullmatch(s, lo, cue_start)
    gerund = s[cue_start:cue_end].lower().endswith("ing") and lo == 0 and _OPENING_GERUND.fullmatch(s, lo, cue_start)
    if perfect is None and not gerund:
        return None
    comma = _MAIN_SUBJECT.search(s, cue_end)
    if comma is None or re.search(r"[;:.]", s[cue_end:comma.start()]):
        return None
    first = side_re.match(s, comma.end())
    if first is None or first.group("possessive_pronoun") or first.group("first_person"):
        return None
    return side_of(first, claimant_side)
