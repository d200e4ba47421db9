"""Reported speech: statements that are not in quotation marks.

Read per sentence (``sentence_reader.py``), in the text that the direct-quote stage has not consumed, by
three stages, each its own module:

- credit lines (``credit_lines.py``): "This was reported by X." credits the sentence before to X;
- source phrases (``source_phrases.py``): ``according to X``, ``by X's count``, ``as announced by X``,
  ``X's claim that ...``, ``quoted X as saying``, ``In her words, ...``;
- reporting verbs (``reporting_verbs.py``, lexicons/reporting_verbs.txt) with a speaker noun phrase on their left
  (``X said (that) ...``, ``..., X said.``), inverted (``..., said X``) or participial
  (``..., saying ...`` -> the clause subject); when an outlet cites or passes on a
  source, the source speaks (``cited_sources.py``).

These give ``indirect`` statements whose quote_text is the reported clause. Interview turns in a
Q&A transcript (``Budanov: Difficult, but ...``, ``qa_turns.py``) are unquoted too, but they are the
speaker's own words: ``direct``.
"""
from __future__ import annotations


import re

from pipelines.extraction.colon_blocks import statements_of
from pipelines.extraction.credit_lines import _dash_credit, _data_credit, _inline_dash_credit
from pipelines.extraction.digests import digest_of


from pipelines.extraction.document import _Doc
from pipelines.extraction.frames import _clause_subject, apposed_name
from pipelines.extraction.mentions import Mention


from pipelines.extraction.reporting_verbs import _reporting_verbs
from pipelines.extraction.sentence_reader import _SentenceReader


from pipelines.extraction.source_phrases import (
    _according_to, _as_announced_by, _as_noted_by, _by_count, _claim_noun, _in_words_of, _quoted_as_saying, _told_by,
)


def _indirect_sentence(doc: _Doc, si: int) -> None:
    """All reported speech in sentence ``si``: its subject is registered first (for later pronouns),
    then ``according to X``, ``by X's count`` and the reporting verbs, in that order."""
    r = _SentenceReader(doc, si)
    if not r.toks:
        return
    _register_subject(r)
    _data_credit(r)
    _dash_credit(r)
    _inline_dash_credit(r)
    _claim_noun(r)
    _quoted_as_saying(r)
    _told_by(r)
    _as_announced_by(r)
    _as_noted_by(r)
    _according_to(r)
    _in_words_of(r)
    _by_count(r)
    statements_of(r)
    digest_of(r)
    _reporting_verbs(r)


_GEOGRAPHIC_NAME = re.compile(r"\b(?:Sea|Ocean|River|Gulf|Bay|Strait|Peninsula|Oblast|Region|Mountains|Lake)$")
# a number of people, not a name: "Three Georgian volunteer fighters were killed ..."
_COUNTED_GROUP = re.compile(r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|"
                            r"hundreds|thousands|several|many|some|few)\b", re.I)


def _register_subject(r: _SentenceReader) -> None:
    """Subject registration for later pronouns ("Katrin Lindqvist clears a space ...")."""
    disc = r.doc.disc
    try:
        m0, _k0 = _clause_subject(r.text, r.toks, 0, r.n)
        if m0 is not None and m0.is_person is not True:
            m0 = apposed_name(r.text, r.toks, r.n, m0) or m0
        # ("Regarding Antony Blinken's trip, Peskov said: ...": a possessive owns a noun; it is no subject)
        # (a sea, a river or a region is nobody a later "the minister" could be: "Black Sea", a subheading)
        if m0 is not None and m0.kind == "named" and not re.search(r"['\u2019]s?$", r.text[m0.start:m0.end]) \
                and (m0.is_person or len(m0.name.split()) >= 2 or disc.is_known_person(m0.raw)) \
                and not _GEOGRAPHIC_NAME.search(m0.name) and not _COUNTED_GROUP.match(m0.name) \
                and not re.search(r"[\"\u201c\u2018]", r.text[max(0, m0.start - 1):m0.end]):
            # (not 'The "Four Shoulds" put forward by Xi are ...': a term in quotation marks names no one)
            disc.register(m0, m0.start)
        elif _UNNAMED_SUBJECT.match(r.text, r.s.start, r.s.end):
            _register_named_object(r)
        elif m0 is not None or not _register_known_subject(r):
            _register_pronoun_antecedent(r)
    except Exception:
        pass


# "More now from Marco Rubio as he speaks to journalists": a clause whose pronoun subject is the person just named
_PRONOUN_CLAUSE_AFTER = re.compile(r",?\s+(?:as|when|while|after|before|where)\s+(?:he|she)\b")


def _register_pronoun_antecedent(r: _SentenceReader) -> None:
    """A sentence with no one named as its subject, where a known person is the antecedent of the pronoun subject of
    the clause right after the name: that person is the centre a following "he" or "she" continues."""
    disc = r.doc.disc
    for start, a in disc.mentioned_actors():
        name = disc.NAME_RUN.match(r.text, start) if r.s.start <= start < r.s.end else None
        if name is not None and _PRONOUN_CLAUSE_AFTER.match(r.text, name.end()):
            disc.register(Mention(start, start, a.canonical_name, "named", name=a.canonical_name, is_person=True),
                          start)
            return


# a name right before a finite verb: "Putin declined to say ...", "Putin has refused ..."
_NAME_BEFORE_FINITE = re.compile(r"\b(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,3})\s+"
                                 r"(?:(?:also|then|later|again|[a-z]{3,}ly)\s+)?(?:has|had|was|is|did|[a-z]{3,}ed)\b")
# the conjunction or relative that opens a subordinate clause, a few capitalised words (or "the") before its subject
_SUBORDINATE_BEFORE = re.compile(r"\b(?i:after|before|when|while|because|since|as|if|until|that|which|who|whom|where|"
                                 r"although|though|unless)\s+(?:(?:[A-Z][\w'\u2019-]*|the)\s+){0,4}$")


def _register_known_subject(r: _SentenceReader) -> bool:
    """"When asked about Kursk, where Kyiv's troops hold villages, Putin declined to say ...": where no subject was
    found at the sentence's start (a fronted clause with clauses of its own), a known person whose name comes right
    before a finite verb is the sentence's subject, whom a following "he" continues. True when one was registered."""
    disc = r.doc.disc
    if disc.resolver is None:
        return False
    for m in _NAME_BEFORE_FINITE.finditer(r.text, r.s.start, r.s.end):
        sub = _SUBORDINATE_BEFORE.search(r.text, max(r.s.start, m.start() - 30), m.start())
        if sub is not None and len(re.findall(r"\w+", r.text[r.s.start:sub.start()])) > 2:
            # ("... which was targeted after Vladimir Putin refused to extend the deal": a subordinate clause's
            # subject inside the sentence; but "Though Minister X commended ..., he cautioned": the fronted clause's
            # subject is the main clause's "he")
            continue
        words = m.group("name").split()
        # ("Even Trump is convinced ...": an adverb capitalised at the sentence's start before the name)
        a = next((a for k in range(len(words)) if (a := disc.resolver.resolve(" ".join(words[k:]))) is not None), None)
        if a is not None and a.kind == "person":
            disc.register(Mention(m.start(), m.end("name"), a.canonical_name, "named", name=a.canonical_name,
                                  is_person=True), m.start())
            return True
    return False


# "Analysts also noted ...", "Observers say ...": a sentence whose subject is a group nobody named
_UNNAMED_SUBJECT = re.compile(r"\s*(?:Some\s+|Many\s+|Western\s+|Military\s+|Russian\s+|Ukrainian\s+)?"
                              r"(?:analysts|observers|experts|commentators|critics)\s+(?:also\s+|have\s+)?"
                              r"[a-z]+(?:ed|e|s)?\b", re.I)


def _register_named_object(r: _SentenceReader) -> None:
    """"Analysts noted the words of Kremlin spokesman Dmitry Peskov. ... he said": when no one named is the subject,
    the last known person the sentence names is who a following "he" or "she" points to."""
    disc = r.doc.disc
    named = [(start, a) for start, a in disc.mentioned_actors() if r.s.start <= start < r.s.end]
    if named:
        start, a = named[-1]
        disc.register(Mention(start, start, a.canonical_name, "named", name=a.canonical_name, is_person=True), start)
