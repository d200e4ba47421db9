"""Sources behind a reporter: the statement belongs to whom an outlet cites or passes on, not to the outlet.

- ``X cited Y, who said that ...`` / ``X cited Y and reported that ...`` (``cited_source_speaks``);
- ``Reuters reports (that) Y said ...`` (``outlet_passes_on``: the outlet's verb reports nothing itself);
- ``X reported on Monday, citing Y, that ...`` (``citing_source_speaks``);
- ``..., CNN reported(,) citing Y.`` (``cited_at_end``: an outlet's frame after its content);
- ``Quoting Y, AFP reports that ...`` (``cited_before``: the source named before the outlet's verb).

Each is called by ``reporting_verbs._reporting_verbs`` for one reporting verb of a sentence (``r``, its reader).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipelines.extraction.discourse import _OUTLET_NAME, Resolved
from pipelines.extraction.frames import _subject_left, _subject_right
from pipelines.extraction.spans import _that_start
from pipelines.extraction.tokens import Tok, _is_cap, _lex

if TYPE_CHECKING:
    from pipelines.extraction.sentence_reader import _SentenceReader as SentenceReader


# "RIA Novosti cited Vladimir Rogov, a pro-Russian official, who stated that ...", "RIA cited Russian Railways and
# reported that ...": the outlet passes on what its source said; the source is the speaker
_CITED_THEN_VERB = re.compile(
    r"\s+[^,;:.]{2,80}?(?:,[^,;:.]{1,90},)?\s+(?:who|and)\s+(?:\w+ly\s+)?(?P<verb>said|says|stated|states|reported|"
    r"reports|claimed|claims|announced|announces|wrote|writes|added|noted)\b")


def cited_source_speaks(r: SentenceReader, vi: int, t: Tok) -> bool:
    """Emit the statement of the source an outlet cites (``_CITED_THEN_VERB``); True when emitted."""
    m = _CITED_THEN_VERB.match(r.text, t.end, r.s.end)
    if m is None or t.low not in ("cited", "cites"):
        return False
    cited, _ = _subject_right(r.text, r.toks, vi + 1, r.n)
    if cited is None or cited.kind not in ("named", "role", "descriptive"):
        # "The ISW cited geolocated footage and said that ...": what is cited is no speaker; the second verb
        # reports, with the subject of both
        return r.text[m.start("verb") - 4:m.start("verb")] == "and "
    res = r.doc.disc.resolve(cited, cited.start)
    vj = next((k for k in range(vi + 1, r.n) if r.toks[k].start == m.start("verb")), None)
    if res is None or vj is None:
        return False
    k = _that_start(r.toks, vj + 1, r.n)
    if k >= r.n:
        return False
    r.covered.append((r.toks[vj].start, r.toks[vj].end))     # the second verb is this statement's, not another
    r.emit(res, r.toks[k].start, r.s.end, _lex().verb_lemma.get(r.toks[vj].low, "say"))
    return True


def outlet_passes_on(r: SentenceReader, vi: int, res: Resolved) -> bool:
    """"Reuters reports (that) Prigozhin said ...": an outlet passing on a named speaker's words is no speaker; the
    reporting verb inside carries the statement."""
    toks, n, lex = r.toks, r.n, _lex()
    outlet = _OUTLET_NAME.search(res.speaker or "") is not None
    # ("Earlier, UNN wrote that Commander-in-Chief of the Armed Forces of Ukraine Oleksandr Syrskyi reported that
    # ...": a body no seed knows, writing or reporting what a titled speaker reported, passes it on the same way)
    relays = not outlet and toks[vi].low in _RELAY_VERBS and res.actor_id is None \
        and not (res.entity is not None and res.entity.person)
    if not (outlet or relays):
        return False
    k = vi + 1
    if k < n and toks[k].low == "that":
        k += 1
    if k >= n or not _is_cap(toks[k]):
        return False
    for j in range(k + 1, min(n, k + (6 if outlet else 14))):
        if toks[j].low in lex.verb_lemma and not toks[j].low.endswith("ing"):
            m, _ = _subject_left(r.text, toks, j, k)
            return m is not None and m.kind == "named" and m.start == toks[k].start \
                and (outlet or j + 1 < n and toks[j + 1].low == "that")
        if not (_is_cap(toks[j]) or toks[j].low in ("of", "the")):
            return False
    return False


_RELAY_VERBS = frozenset({"wrote", "writes", "reported", "reports"})


# "Kyiv Post reported on Monday, citing the SBU, that ...": the source cited between the verb and its clause speaks
# ("Ukrinform reported, referring to X, that ...": translated copy's "citing")
_CITING_BETWEEN = re.compile(r"(?:\s+(?:on|late\s+on|early\s+on)\s+\w+day)?\s*,\s*(?:citing|referring\s+to)\s+"
                             r"(?P<src>[^,;:.]{2,80}?)\s*,\s*"
                             r"(?P<that>that\s+)?")


def citing_source_speaks(r: SentenceReader, vi: int, t: Tok, res: Resolved) -> bool:
    """Emit the statement of ``_CITING_BETWEEN``: the cited source's when it is a speaker ("citing the SBU"), else
    the reporter's ("citing two sources"), its content after "that" either way. True when emitted."""
    m = _CITING_BETWEEN.match(r.text, t.end, r.s.end)
    if m is None or m.group("that") is None:
        return False
    si = next((k for k in range(vi + 1, r.n) if r.toks[k].start == m.start("src")), None)
    src = _subject_right(r.text, r.toks, si, r.n)[0] if si is not None else None
    cited = r.doc.disc.resolve(src, src.start) if src is not None and src.kind in ("named", "role") \
        and src.end <= m.end("src") + 1 else None
    r.emit(cited or res, m.end(), r.s.end, _lex().verb_lemma.get(t.low, "say"))
    return True


# "..., CNN reported citing Deputy Defence Minister Hanna Maliar.": the frame after its content ends the sentence
# with the source the outlet cites; the source said it (a source that is no speaker, "citing satellite images",
# leaves the outlet's statement)
# ("..., the Military Media Center said with reference to spokesperson of the General Staff X.": a press body's
# translated "citing", which passes on the named person's words as an outlet's does)
CITING_TO_END = re.compile(r"(?:\s+(?:on|late\s+on|early\s+on)\s+\w+day)?\s*,?\s*"
                           r"(?:citing|(?P<ref>with\s+reference\s+to))\s+(?P<src>[^,;:.]{2,80}?)"
                           r"(?:\s*,[^,;:.]{2,80})?\s*[.!]?\s*$")


def cited_at_end(r: SentenceReader, pos: int, res: Resolved, reported: bool = False) -> Resolved:
    """The source an outlet's closing frame cites from ``pos`` (``CITING_TO_END``), resolved; else ``res``.
    ``reported``: the frame's verb is "reported", which tells an outlet whose name we do not know ("Suspilne reported,
    citing X")."""
    m = CITING_TO_END.match(r.text, pos, r.s.end)
    if m is None:
        return res
    if _OUTLET_NAME.search(res.speaker or "") or reported and not (res.entity is not None and res.entity.person):
        # (an outlet's "reports with reference to X" keeps its own statement, as the corpus's gold has it)
        return res if m.group("ref") else _cited(r, m, res)
    if m.group("ref") and not (res.entity is not None and res.entity.person):
        return _cited(r, m, res, ("named",))     # (a body passes on a named person only)
    return res


# "The Wall Street Journal reported that Russia is planning to push ... citing the Institute for the Study of War.": the
# source an outlet's that-clause closes on
_CITING_CLOSES = re.compile(r"[\s,]+citing\s+(?P<src>[^,;:.]{2,80}?)\s*[.!]?\s*$")


def cited_after_clause(r: SentenceReader, pos: int, res: Resolved) -> Resolved:
    """The named source an outlet's reported clause (from ``pos``) closes on (``_CITING_CLOSES``), resolved; else
    ``res``."""
    if not _OUTLET_NAME.search(res.speaker or ""):
        return res
    m = _CITING_CLOSES.search(r.text, pos, r.s.end)
    return _cited(r, m, res, ("named",)) if m is not None else res


# "Quoting the Russian Defense Ministry, AFP reports that ...", "AFP, citing the ministry, reported that ...": the
# outlet names its source before its verb, opening the sentence or set off after the outlet's name
_CITING_OPENS = re.compile(r"(?<![\w'\u2019-])(?:[Cc]iting|[Qq]uoting|[Rr]eferring\s+to)\s+"
                           r"(?P<src>[^,;:.]{2,80}?)\s*,\s*$")
_CITING_ASIDE = re.compile(r"\s*,\s*(?:citing|quoting|referring\s+to)\s+(?P<src>[^,;:.]{2,80}?)\s*,\s*")


_UNNAMED_OR_MEDIUM = re.compile(r"\b(?:sources?|officials?|people|channels?|outlets?|newspapers?|agency|agencies|"
                                r"websites?|portals?|media|blogs?|publications?|reports?)\b", re.IGNORECASE)


def cited_before(r: SentenceReader, subj_start: int, subj_end: int, verb_start: int, res: Resolved) -> Resolved:
    """The source an outlet's frame cites before its verb (``_CITING_OPENS``, ``_CITING_ASIDE``), resolved; else
    ``res``."""
    if not _OUTLET_NAME.search(res.speaker or ""):
        return res
    m = _CITING_OPENS.search(r.text, r.s.start, subj_start) or _CITING_ASIDE.fullmatch(r.text, subj_end, verb_start)
    if m is None or _UNNAMED_OR_MEDIUM.search(m.group("src")):
        # ("Reuters, citing sources in the Armed Forces, reported", "Meduza, citing the Telegram channel Pepel,
        # reported": unnamed sources, or another medium the outlet passes on, leave the outlet's statement)
        return res
    return _cited(r, m, res, ("named",))


def _cited(r: SentenceReader, m: re.Match, res: Resolved, kinds: tuple[str, ...] = ("named", "role")) -> Resolved:
    """The speaker named by ``m``'s group "src", resolved, when its mention is of ``kinds``; else ``res``. (Before
    the outlet's verb only a name: "Citing the local road traffic authority, Tass reports" is no one named before.)"""
    si = next((k for k in range(r.n) if r.toks[k].start == m.start("src")), None)
    src = _subject_right(r.text, r.toks, si, r.n)[0] if si is not None else None
    if src is None or src.kind not in kinds or src.end > m.end("src") + 1:
        return res
    return r.doc.disc.resolve(src, src.start) or res
