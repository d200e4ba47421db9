"""Debate transcripts: a parliament's record prints each speech under a line that names its speaker, with no reporting
verb anywhere ("Seán Canney (Galway East, Independent)", "The Earl of Minto (Con)", "Blair McDougall Portrait Blair
McDougall (East Renfrewshire) (Lab)"; the European Parliament's "Charles Michel, President of the European Council. –
Madam President, ..."). Each turn, from that line to the next one, is the named member's own words: one direct
statement. A member's reported speech inside the turn ("the President of the United States has said that ...") stays
its own statement, read by the other stages.
"""
from __future__ import annotations

import re

from pipelines.extraction.actors import default_resolver
from pipelines.extraction.records import Statement

# a member's line: a name, then the seat and the party in brackets (or only the party), alone on its line; the record's
# site may set a portrait's alt text or a photo label before it
_PARTY = (r"(?:Con|Lab|LD|CB|Crossbench|SNP|DUP|PC|Ind|Independent|Non-Afl|Bp|Green|Labour|Conservative|Liberal|"
          r"Fianna\s+F[\u00e1a]il|Fine\s+Gael|Sinn\s+F[\u00e9e]in|Social\s+Democrats|Aont[\u00fau]|"
          r"[^()\n,]{2,40},\s*[^()\n]{2,40})")
_NAME = (r"(?:The\s+)?(?:Earl|Lord|Baroness|Lady|Viscount|Countess|Bishop)(?:\s+of)?\s+[A-Z][\w'\u2019-]+"
         r"(?:\s+[A-Z][\w'\u2019-]+)?|[A-Z][\w'\u2019.-]+(?:[ \t]+[A-Z][\w'\u2019.-]+){1,3}")
_MEMBER_LINE = re.compile(r"(?m)^[ \t]*(?:Photo\s+of\s+|(?P<portrait>" + _NAME + r")\s+Portrait\s+[^\n]*?)?"
                          r"(?P<name>" + _NAME + r")(?:[ \t]+\([^()\n]{2,60}\))?[ \t]+\(" + _PARTY + r"\)[ \t]*$")
# the European Parliament's verbatim record: the name, the office and its full stop, a dash, then the speech in the same
# paragraph (not "X, Deputy Prime Minister \u2013 Minister of Reintegration, made a statement": a title's dash)
_EP_TURN = re.compile(r"(?m)^[ \t]*(?P<name>[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+){1,3}),[ \t]+"
                      r"(?P<title>[^\n\u2013\u2014]{0,60}?\b(?:President|Vice-President|Commissioner|Minister|Member|"
                      r"rapporteur|on\s+behalf\s+of)\b[^\n\u2013\u2014]{0,60}?)\.[ \t]+[\u2013\u2014][ \t]+(?=[A-Z])")
# the record's own furniture between the member's line and the speech
_TURN_FURNITURE = re.compile(r"(?:\s*(?:Link\s+to\s+this:[^\n]*|-?\s*View\s+Speech[^\n]*|\(\d+\s+(?:days?|hours?)[^\n]*"
                             r"|Share[^\n]{0,40}|Hansard[^\n]{0,40})(?=\n|$))*\s*")
# two names glued where a photo's label ran into the name ("Photo of Seán CanneySeán Canney"): the second
_GLUED = re.compile(r"[a-z\u00e0-\u00ff][A-Z]")
_MIN_WORDS = 8


def _speaker_name(m: re.Match) -> str:
    name = (m.groupdict().get("portrait") or m.group("name")).strip()
    for glue in _GLUED.finditer(name):
        if name[:glue.start() + 1] == name[glue.start() + 1:]:
            name = name[glue.start() + 1:]     # (not "McDougall": one name, its capital inside)
            break
    return re.sub(r"^The\s+", "", name)


def debate_turns(text: str, existing: list[Statement], unmasked: str | None = None) -> list[Statement]:
    """One direct statement for each member's turn of a debate record in ``text``. The member lines are read in
    ``unmasked`` (the text before page furniture was blanked: a short line without a full stop looks like a headline),
    whose offsets are the same."""
    raw = unmasked or text
    heads = sorted([*_MEMBER_LINE.finditer(raw), *_EP_TURN.finditer(raw)], key=lambda h: h.start())
    if not heads:
        return []
    resolver = default_resolver()
    out: list[Statement] = []
    for i, m in enumerate(heads):
        end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        a = _TURN_FURNITURE.match(raw, m.end(), end).end()
        b = len(text[:end].rstrip())
        while a < b and text[a].isspace():
            a += 1          # (the furniture the mask blanked before the speech)
        if b <= a or len(re.findall(r"\w+", text[a:b])) < _MIN_WORDS:
            continue
        name = _speaker_name(m)
        try:
            actor = resolver.resolve(name)
        except Exception:
            actor = None
        if actor is not None and actor.kind != "person":
            continue
        if any(s.char_start <= a and b <= s.char_end for s in existing):
            continue
        out.append(Statement(speaker=actor.canonical_name if actor else name, speaker_raw=name, statement_type="direct",
                             quote_text=text[a:b], char_start=a, char_end=b,
                             actor_id=actor.actor_id if actor else None, speaker_side=actor.side if actor else None,
                             cue="debate_turn", sentence_start=m.start(), sentence_end=b))
    return out
