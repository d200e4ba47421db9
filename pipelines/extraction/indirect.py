"""Reported speech: statements that are not in quotation marks.

Read per sentence, in the text that the direct-quote stage has not consumed:

- ``according to X`` (``_according_to``) and ``by X's count`` (``_by_count``);
- reporting verbs (lexicons/reporting_verbs.txt) with a speaker noun phrase on their left
  (``X said (that) ...``, ``..., X said.``), inverted (``..., said X``) or participial
  (``..., saying ...`` -> the clause subject) (``_reporting_verbs``); when an outlet cites or passes on a
  source, the source speaks (``cited_sources.py``).

These give ``indirect`` statements whose quote_text is the reported clause. Interview turns in a
Q&A transcript (``Budanov: Difficult, but ...``, ``_qa_turn``) are unquoted too, but they are the
speaker's own words: ``direct``.
"""
from __future__ import annotations

import itertools
import re

from pipelines.extraction.cited_sources import cited_source_speaks, citing_source_speaks, outlet_passes_on
from pipelines.extraction.discourse import Resolved
from pipelines.extraction.document import _Cand, _Doc
from pipelines.extraction.frames import (
    _DOCUMENT_BY, _clause_subject, _nested_pronoun_frame, _subject_left, _subject_right, _verb_ok, indefinite_subject,
)
from pipelines.extraction.mentions import DOCUMENT_WORDS, Mention, _build_mention, _np_left, _np_right, indefinite_source
from pipelines.extraction.offices import is_office_phrase
from pipelines.extraction.spans import _ADJUNCT_START, _clean_span, _strip_intro, _that_start
from pipelines.extraction.quote_span import quoted_content_end
from pipelines.extraction.tokens import _PARTICIPLE_OK_PREV, Tok, _is_cap, _lex

_INVERTIBLE = frozenset("say write add tell note claim report state warn explain tweet".split())
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# a reported clause that says nothing: "said this on Monday", "did the same"
_CONTENTLESS = re.compile(
    r"^\W*(?:(?:this|that|it)\s+(?:was|is|has\s+been)\s+(?:reported|stated|announced|said|confirmed)\b.*"
    r"|(?:this|so|nothing|something|as much|otherwise|the same|similar(?:ly)?|the\s+news)"
    r"(?:\s+(?:on|in|at|during|after|before|to|from|via|by|late|early|earlier|later|last|this|yesterday)\b.*)?\W*$"
    # "confirmed the developments in a statement": a definite noun for what was told before, then only when and where
    # (no verb of its own: "the incident in Kursk was a provocation" says something)
    r"|the\s+(?:developments?|information|incident)(?:\s+(?:on|in|at|via|late|early|earlier|later|last|this|yesterday)\b"
    r"(?:(?!\b(?:is|are|was|were|has|have|had|will|would)\b)[^,;])*)?\W*$"
    # "..., the Defense Ministry said in a statement.": the medium, no content
    r"|(?:in|on|via)\s+(?:a|an|its|their|the)\s+(?:statement|post|video|message|briefing|address|telegram)\b"
    # (then at most a few words of when and where: "posted on its Telegram channel", "later on Saturday"; not "in a
    # post on Monday the enemy had lost six tanks")
    r"(?!(?:\s+\S+){0,6}?\s+(?:that|is|are|was|were|has|have|had|will|would|could|did)\b)(?:\s+[^\s,;:\"\u201c]+){0,6}\W*$)",
    re.I,
)
# a reported clause that is only a time, or only the source it cites: "On September 9, 2022", "citing a source at the
# scene"
_ONLY_TIME_OR_SOURCE = re.compile(
    r"^\W*(?:(?i:in\s+particular|earlier|later|also),?\s+)?(?:(?i:on|in|at|since|as\s+of)\s+(?:\w+\s+)?"
    r"(?:[A-Z][a-z]+\.?\s*\d{0,2}(?:,?\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?)"
    r"|(?i:citing)\s+[^,;]{1,80})\W*$")


def contentless(text: str) -> bool:
    """Does a reported clause say nothing ("said this on Monday", "said in a statement.", "citing a source")?"""
    return bool(_CONTENTLESS.match(text) or _ONLY_TIME_OR_SOURCE.match(text))


_LOCAL_AUTHORITY = re.compile(
    r"\b(?:the\s+)?(?P<head>authorities|administration|officials)\s+(?:in|of)\s+(?:the\s+)?(?P<place>[A-Z][\w'\u2019-]+)"
    r"(?:\s+(?P<unit>district|city|community|region|oblast))?(?:\s+of\s+the\s+[A-Z][\w'\u2019-]+\s+region)?\s*$")
_NAMED_X = re.compile(
    r"\b(?:blog|channel|project|group|outlet|site|website|agency|newspaper|monitor|unit|brigade|battalion|"
    r"organi[sz]ation|company|tank|media|account|platform|service)(?:\s+\w+){0,3}?\s+(?:named|called|dubbed|known\s+as)\s+(?P<name>[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3})"
    r"(?:\s*,[^,;]{3,120},)?\s*(?:(?:also|has|have|had|on\s+\w+day)\s+)*$")
_APPOSITION_TAIL = re.compile(r"\s*(?:the|a|an|his|her|its)\s+(?:[\w'\u2019-]+\s+){0,5}?[\w'\u2019-]+\s*[.!]?\s*$"
                             r"(?<!\bsaid\.)", re.IGNORECASE)
_OWNER_DOCUMENT = re.compile(
    r"(?:an?|the|its)\s+(?P<owner>[A-Z][\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*){0,3})\s+(?:analysis|assessment|estimate|"
    r"count|tally|study|report|review|calculations?|data|map|article|story|investigation|estimates)\b")
_DOCUMENT_ISSUED_BY = re.compile(
    r"(?:the\s+|an?\s+)?(?:(?:official|latest|new|updated|preliminary)\s+)?(?:information|data|figures|statement|report|"
    r"statistics|estimates?)\s+(?:released|published|provided|issued|shared)\s+by\s+")
_CLAIM_THAT = re.compile(r"\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,2}?(?:claims?|concerns?|reports?|suggestions?|allegations?|"
                         r"accusations?|assertions?|criticism|notion|idea|fears?)\s+"
                         r"(?:(?:suggesting|claiming|alleging|saying|stating)\s+)?that\b", re.IGNORECASE)
# the attitude an "expressed"/"voiced" reports, then its clause: "expressed confidence that ...", "voiced the hope that"
# (or an attitude towards something: "expressed readiness for further dialogue", "expressed his government's
# willingness to engage in talks", "voiced concerns about ...")
# ('expressed "deep concern" over ...', "expressed tentative agreement with ..."; not thanks, "expressed gratitude to
# the troops", which the annotators never counted)
_ATTITUDE_THAT = re.compile(r"\s+[\"\u201c]?(?:(?:the|his|her|its|their|our|some|(?-i:[a-z]+))\s+|"
                            r"[\w-]+['\u2019]s\s+){0,2}"
                            r"(?:(?:confidence|hope|belief|concerns?|fears?|doubts?|regret|conviction|certainty|optimism|"
                            r"skepticism|scepticism|view|viewpoint|point\s+of\s+view|opinion|position|assessment|expectation|"
                            r"satisfaction|surprise)[\"\u201d]?\s+that\b|"
                            r"(?:readiness|willingness|support|opposition|concerns?|hope|confidence|interest|optimism|"
                            r"frustration|disappointment|skepticism|scepticism|doubts?|agreement|"
                            r"solidarity|alarm|outrage|dismay|indignation)[\"\u201d]?\s+"
                            r"(?:to|for|about|over|in|regarding|with|at|after)\b)",
                            re.IGNORECASE)
# an appeal: "called on the G7 to lower ...", "calls for more sanctions" (not "called in", "called off")
_CALL_FOR = re.compile(r"\s+(?:(?:on|upon)\s+[^.;:]{1,80}?\bto\s+[a-z]|for\s+(?!\w+\s+(?:years?|months?|weeks?|days?)\b))")
# (a stance restated: "repeated his willingness to hold talks", "reiterated its readiness for ...")
_OWN_CALL = re.compile(r"\s+(?:its|his|her|their|the)\s+(?:[a-z]+\s+)?(?:calls?|appeals?|demands?|willingness|readiness|"
                       r"offer|proposal|commitment)\s+(?:for|on|to)\b")
_BE_AUX = frozenset({"was", "were", "been", "is", "are", "being"})
_DEMONSTRATIVE_OBJECT = re.compile(
    r"^(?:this|that|these|those|it)\b(?:\s+[\w-]+){0,2}?(?:\s+(?:during|at|in|on|after|before)\b.*)?$", re.IGNORECASE | re.S)
_OBJECT_PREDICATE = frozenset({"call", "describe", "hail", "condemn", "dismiss"})
_SUBORDINATORS = frozenset({"after", "when", "while", "because", "before", "since", "although", "though"})
_FINITE_VERB_FOLLOWS = re.compile(
    r"[^,.;]{0,60},\s+(?:\w+\s+)?(?:said|says|told|tells|wrote|writes|added|stated|noted|claimed|announced)\b")
_SPEAKER_MODIFIERS = re.compile(
    r",(?:\s*(?:[A-Z][\w'\u2019.-]*|\([^()]{1,30}\)|of|the|and|for|on|in|'s|\u2019s"
    # lower-case pre-modifiers of a title: "..., new military chief Oleksandr Syrskyi said"
    r"|new|former|top|senior|acting|outgoing|retired|newly|appointed|incoming))+\s*$")
_ACCORDING = re.compile(r"\b[Aa]ccording to\b")
_BY_COUNT = re.compile(
    r"\b[Bb]y\s+((?:the\s+)?[A-Z][^,;:]{0,80}?)['\u2019]s?\s+(?:own\s+)?(?:count|counts|estimate|estimates|tally|"
    r"calculations?|assessment|figures|data|reckoning)\b\s*,?\s*")
_GROUP_OF = re.compile(
    r"^(?:the\s+)?(?:analysts?|experts?|researchers?|data|figures|estimates?|"
    # "according to (recent) reports by X"
    r"(?:(?:recent|latest|earlier|new)\s+)?(?:reports|statements|assessments|updates)|"
    r"an?\s+(?:(?:recent|new)\s+)?(?:analysis|report|assessment|"
    r"study|statement|update|estimate|post|announcement|briefing|message|press\s+release)|the\s+(?:analysis|report|"
    r"assessment|study|statement|update|announcement|briefing|latest\s+\w+))"
    r"\s+(?:of|at|from|by|with)\s+", re.I)
# an interview transcript turn: "Budanov: Difficult, but not critical." (not "Q:", not a quote after the colon)
_QA_TURN = re.compile(r"[ \t]*(?P<name>[A-Z][\w'\u2019.-]+(?:[ \t]+[A-Z][\w'\u2019.-]+){0,3})[ \t]*:[ \t]+(?=[^\s\"\u201c\u201e\u00ab])")


def after_question(paragraphs: list, pi: int) -> bool:
    """Does paragraph ``pi`` follow a question paragraph (an interview's answer)?"""
    return pi > 0 and paragraphs[pi - 1].text.rstrip().endswith("?")


def _qa_turn(doc: _Doc, pi: int) -> None:
    """The answer of a named interviewee in a Q&A transcript is his own words: a direct statement. Once a turn
    has named him, each later paragraph that answers a question paragraph ("...?") is his too (transcripts name
    the interviewee once, then print question and answer paragraphs)."""
    text, disc, para = doc.text, doc.disc, doc.paragraphs[pi]
    asked = after_question(doc.paragraphs, pi)
    m = _QA_TURN.match(text, para.start, min(para.end, para.start + 60))
    if m is None:
        if asked and doc.qa_speaker is not None and not para.text.rstrip().endswith("?"):
            a, b = _clean_span(text, para.start, para.end)
            if len(re.findall(r"\w+", text[a:b])) >= 3 and not any(cs <= a < ce for cs, ce in doc.consumed):
                doc.consumed.append((para.start, para.end))
                doc.cands.append(_Cand(a, b, text[a:b], "direct", "say", doc.qa_speaker, para.start, para.end))
        return
    name = m.group("name")
    known = disc._find_by_surname(name) if len(name.split()) == 1 else None
    actor = None
    if known is None and disc.resolver is not None:
        try:
            actor = disc.resolver.resolve(name)
        except Exception:
            actor = None
        # an interviewee the seeds do not know: a full name, answering the question paragraph above
        if (actor is None or actor.kind != "person") and not (asked and len(name.split()) >= 2):
            return
    a, b = _clean_span(text, m.end(), para.end)
    if len(re.findall(r"\w+", text[a:b])) < 3:
        return
    if known is not None:
        res = Resolved(known.name, known.raw, known.actor_id, known.side, known)
    else:
        res = disc.register(Mention(m.start("name"), m.end("name"), name, "named", name=name, is_person=True),
                            m.start("name"))
    if res is not None and asked:
        doc.qa_speaker = res
    doc.consumed.append((m.start(), para.end))
    doc.cands.append(_Cand(a, b, text[a:b], "direct", "say", res, para.start, para.end))


# ----------------------------------------------------------------------------- one sentence

class _SentenceReader:
    """One sentence's tokens, and the content spans already produced in it (a verb inside a
    reported clause already emitted is not read again)."""

    def __init__(self, doc: _Doc, si: int):
        self.doc = doc
        self.text = doc.text
        self.s = doc.sentences[si]
        self.toks = doc.toks_of(si)
        self.n = len(self.toks)
        # for the words a pattern cannot match without (a substring test is far cheaper than the pattern's scan)
        self.low = self.text[self.s.start:self.s.end].lower()
        self.covered: list[tuple[int, int]] = []     # content spans already produced in this sentence
        self.credited: int | None = None              # where an "as announced by X" credit starts (_as_announced_by)

    def blocked(self, t: Tok) -> bool:
        return any(cs <= t.start < ce for cs, ce in self.doc.consumed)

    def in_covered(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.covered)

    def emit(self, res: Resolved | None, a: int, b: int, lemma: str, extra: tuple[int, int] | None = None) -> None:
        """An indirect candidate with content ``text[a:b]`` (plus ``extra``, the part after the frame
        when the frame sits inside the clause), unless it is contentless or inside a direct quote."""
        if res is None:
            return
        text, consumed = self.text, self.doc.consumed
        a, b = _clean_span(text, a, b)
        parts = [(a, b)]
        if extra is not None:
            ea, eb = _clean_span(text, *extra)
            if eb - ea > 0:
                parts.append((ea, eb))
        parts = [(x, y) for x, y in parts if y > x]
        if not parts:
            return
        # drop consumed (direct-quote) regions from the content
        qtext = " ".join(text[x:y] for x, y in parts)
        words = re.findall(r"\w+", qtext)
        if len(words) < 3 or _CONTENTLESS.match(qtext):
            return
        start = min(x for x, _ in parts)
        end = max(y for _, y in parts)
        if any(cs <= start and end <= ce for cs, ce in consumed):
            return
        # reported speech inside a quotation belongs to the quoted speaker's own statement
        if any(q.closed and q.start <= start and end <= q.end for q in self.doc.speech):
            return
        self.doc.cands.append(_Cand(start, end, qtext.strip(), "indirect", lemma, res, self.s.start, self.s.end))
        self.covered.append((start, end))


def _indirect_sentence(doc: _Doc, si: int) -> None:
    """All reported speech in sentence ``si``: its subject is registered first (for later pronouns),
    then ``according to X``, ``by X's count`` and the reporting verbs, in that order."""
    r = _SentenceReader(doc, si)
    if not r.toks:
        return
    _register_subject(r)
    _data_credit(r)
    _claim_noun(r)
    _quoted_as_saying(r)
    _told_by(r)
    _as_announced_by(r)
    _according_to(r)
    _in_words_of(r)
    _by_count(r)
    _reporting_verbs(r)


_DATA_WORDS = ("data", "figure", "number", "information", "statistic", "estimate")   # one is in every match
_DATA_CREDIT = re.compile(
    r"\b(?:provided|gave|released|published|shared|cited|presented|disclosed)\s+(?:the|these|this|those)\s+"
    r"(?:data|figures?|numbers?|information|statistics|estimates?)\b", re.IGNORECASE)


# "This was reported by the First Deputy Chairman of the Regional Council Yurii Sobolevskyi.": the
# previous sentence is his (a credit line common in Ukrainian outlets)
_REPORTED_BY = re.compile(
    r"\W*(?:This|That|It|(?:The|Such|These|This)\s+(?:\w+\s+)?(?:information|news|data|figures|details))\s+"
    r"(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+"
    r"(?:\w+ly\s+)?(?:reported|stated|announced|said|confirmed|claimed|noted|written|given|provided|shared|released|"
    r"published|voiced|revealed|disclosed)\s+(?:\w+\s+)?by\s+"
    # "The announcement was made by Russian Foreign Minister Sergey Lavrov ...": the announcement before it is his
    r"|\W*(?:The|This|That|These|Such)\s+(?:announcement|statement|statements|remarks|comments|proposal|claim|"
    r"assessment)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:made|issued)\s+by\s+")


_BY_PHRASE_END = re.compile(r",\s+(?:[a-z]+ing|according|who|which|quoted|cited|in|at|during|on|via)\b")
_NP_LEAD = re.compile(r"\s*(?:A|An)\s")
# the words by which an outlet names the source it passes on ("citing", "with reference to"); also _CITING and
# _NAMED_REPORTS_NEXT below
_CITING_WORDS = r"(?:with\s+(?:a\s+)?reference\s+to|referring\s+to|referencing|citing|quoting)"
_WITH_REFERENCE = re.compile(r"\s" + _CITING_WORDS + r"\s+", re.IGNORECASE)
# "... Oleksandr Syrskyi on the social network Facebook": where he said it, not part of his name
_ON_MEDIUM = re.compile(r"\s(?:on|in|via)\s+(?:the\s+|his\s+|her\s+|its\s+)?(?:social\s+network|Telegram|Facebook|"
                        r"X\b|Twitter|channel|website|page|air|television|TV|a\s+video|an\s+interview)", re.IGNORECASE)


def _data_credit(r: _SentenceReader) -> None:
    """"Deputy Minister Hanna Malyar provided the data on September 14." / "This was reported by
    X.": the previous sentence is the credited speaker's."""
    m = _DATA_CREDIT.search(r.text, r.s.start, r.s.end) if any(w in r.low for w in _DATA_WORDS) else None
    by = _REPORTED_BY.match(r.text, r.s.start, r.s.end) if m is None else None
    if by is not None:
        # "This was reported by UNN with reference to Commander-in-Chief X": the outlet passes on X's words
        ref = _WITH_REFERENCE.search(r.text, by.end(), r.s.end)
        start = ref.end() if ref else by.end()
        mention, _ti, _e = _according_speaker(r, start)
        # "by the head of the regional military administration Oleksandr Prokudin": the name closing the role
        # (up to a participle or relative clause: "... Vladimir Medinsky, expressing satisfaction with the results")
        tail = _BY_PHRASE_END.search(r.text, start, r.s.end)
        stop = tail.start() if tail else r.s.end
        tail_on = _ON_MEDIUM.search(r.text, start, stop)
        stop = tail_on.start() if tail_on else stop
        toks = [t for t in r.toks if start <= t.start < stop and t.text not in (".", "!", ",")]
        k = len(toks)
        while k > 0 and toks[k - 1].text[:1].isupper():
            k -= 1
        if len(toks) - k >= 2 and k > 0 and (mention is None or not (mention.name or mention.raw or "")[:1].isupper()):
            lo_i = r.toks.index(toks[k])
            named = _build_mention(r.text, r.toks, lo_i, lo_i + len(toks) - k)
            mention = named if named is not None else mention
        commas = [i for i, t in enumerate(r.toks) if start <= t.start < stop and t.text == ","]
        if commas:
            # "by First Deputy Chief of the General Staff ..., Colonel-General Sergey Rudskoy": the person in apposition
            seg = [i for i, t in enumerate(r.toks) if r.toks[commas[-1]].end <= t.start < stop and t.text not in (".", "!")]
            if len(seg) >= 2 and all(r.toks[i].text[:1].isupper() or r.toks[i].text == "-" for i in seg):
                named = _build_mention(r.text, r.toks, seg[0], seg[-1] + 1)
                if named is not None and named.kind == "named" and named.is_person is not False:
                    mention = named
    elif m is not None:
        vi = next((k for k, t in enumerate(r.toks) if t.start >= m.start()), None)
        if vi is None or vi == 0:
            return
        mention, _first = _subject_left(r.text, r.toks, vi, 0)
    else:
        return
    if mention is None:
        return
    res = r.doc.disc.resolve(mention, mention.start)
    si = r.doc.sentences.index(r.s)
    if res is None or si == 0:
        return
    if by is not None:
        # "This was stated by X, Censor.NET reports.": the outlet's verb credits the credit line itself
        r.doc.consumed.append((r.s.start, r.s.end))
    sents = r.doc.sentences
    prev = sents[si - 1]
    first = si - 1
    if by is not None and "\n" in r.text[prev.end:r.s.start]:
        # a credit line opening its own paragraph credits the whole paragraph before it (up to 4 sentences)
        while first > 0 and si - first < 4 and "\n" not in r.text[sents[first - 1].end:sents[first].start]:
            first -= 1
    lo = sents[first].start
    if any(c.start < prev.end and c.end > lo for c in r.doc.cands):
        return
    a, b = _clean_span(r.text, _strip_intro(r.text, lo, prev.end), prev.end)
    if len(re.findall(r"\w+", r.text[a:b])) >= 3:
        r.doc.cands.append(_Cand(a, b, r.text[a:b], "indirect", "provide", res, lo, r.s.end))


def _register_subject(r: _SentenceReader) -> None:
    """Subject registration for later pronouns ("Katrin Lindqvist clears a space ...")."""
    disc = r.doc.disc
    try:
        m0, _k0 = _clause_subject(r.text, r.toks, 0, r.n)
        # ("Regarding Antony Blinken's trip, Peskov said: ...": a possessive owns a noun; it is no subject)
        if m0 is not None and m0.kind == "named" and not re.search(r"['\u2019]s?$", r.text[m0.start:m0.end]) \
                and (m0.is_person or len(m0.name.split()) >= 2
                                                      or disc.is_known_person(m0.raw)):
            disc.register(m0, m0.start)
    except Exception:
        pass


# ----------------------------------------------------------------------------- according to X, by X's count

# "The Russian Defense Ministry's claim that forces had recaptured Sudzha could not be verified": the owner of
# the claim said what follows "that" (up to the clause's comma), whatever the outlet then says of it
_CLAIM_NOUN = re.compile(r"(?<=\w)['\u2019]s\s+(?:(?:latest|new|earlier|own|official)\s+)?(?:claim|assertion|announcement)\s+"
                         r"that\s+", re.IGNORECASE)

# where the claim's clause ends: its comma or dash, or the outlet's verdict on it ("... was denied", "could not be
# independently verified")
_CLAIM_NOUN_END = re.compile(
    r"[,;]|\s[\u2014\u2013]\s|\s(?:could|can|cannot|would|was|were|is|are|has\s+been|have\s+been|remains?)\s+(?:not\s+)?"
    r"(?:be\s+|been\s+|yet\s+)?(?:independently\s+|immediately\s+)?(?:verified|confirmed|denied|rejected|disputed|refuted|"
    r"contradicted|false|untrue|unclear|unverified|unfounded)\b", re.IGNORECASE)


# "..., TASS quoted Russia's defence ministry as saying.": the outlet passes on the quoted body's words
_QUOTED_AS = re.compile(r"\bquoted\s+(?P<who>[^,;.]{3,80}?)\s+as\s+(?:saying|stating)\b(?:\s+that)?", re.IGNORECASE)


# "At the time he was informed by Chief of Staff Valery Gerasimov that ...": a passive report whose agent speaks
_TOLD_WORDS = ("told", "informed", "assured", "briefed", "reminded", "warned", "notified")   # one is in every match
_TOLD_BY = re.compile(r"\b(?:was|were|had\s+been|has\s+been|have\s+been|being)\s+(?:\w+ly\s+)?(?:told|informed|"
                      r"assured|briefed|reminded|warned|notified)\s+by\s+(?P<who>[^,;.:\"\u201c]{3,90}?)\s+that\s+",
                      re.IGNORECASE)


def _who_tokens(r: _SentenceReader, m: re.Match) -> tuple[int | None, int]:
    """The token range of a frame's ``who`` group (first token, token after it)."""
    wi = next((k for k, t in enumerate(r.toks) if t.start >= m.start("who")), None)
    return wi, next((k for k, t in enumerate(r.toks) if t.start >= m.end("who")), r.n)


def _told_by(r: _SentenceReader) -> None:
    """``Y was told by X that Z``: X said Z."""
    text, s, toks = r.text, r.s, r.toks
    m = _TOLD_BY.search(text, s.start, s.end) if any(w in r.low for w in _TOLD_WORDS) else None
    if m is None:
        return
    wi, we = _who_tokens(r, m)
    mention = _build_mention(text, toks, wi, we) if wi is not None and wi < we else None
    if mention is None or mention.kind not in ("named", "descriptive", "role"):
        return
    r.emit(r.doc.disc.resolve(mention, mention.start), m.end(), s.end, "say")
    r.doc.consumed.append((m.start(), s.end))


def _quoted_as_saying(r: _SentenceReader) -> None:
    """``Y, X quoted Z as saying`` / ``X quoted Z as saying (that) Y``: Z said Y."""
    text, s, toks = r.text, r.s, r.toks
    m = _QUOTED_AS.search(text, s.start, s.end) if "quoted" in r.low else None
    if m is None:
        return
    wi, we = _who_tokens(r, m)
    if m.group("who").lower().startswith("by ") and wi is not None and wi >= 3 and toks[wi - 2].low in ("was", "is", "were"):
        # "Hanna Maliar, the deputy minister, was quoted by the military as saying ...": the passive's subject
        mention, _first = _subject_left(text, toks, wi - 2, 0)
    else:
        mention = _build_mention(text, toks, wi, we) if wi is not None and wi < we else None
    if mention is None or mention.kind not in ("named", "descriptive", "role"):
        return
    res = r.doc.disc.resolve(mention, mention.start)
    after = text[m.end():s.end]
    if len(re.findall(r"\w+", after)) >= 3:
        r.emit(res, m.end(), s.end, "say")
        return
    comma = text.rfind(",", s.start, m.start())
    if comma > s.start:
        r.emit(res, _strip_intro(text, s.start, s.end), comma, "say")
    r.doc.consumed.append((m.start(), s.end))


_DISPUTED_BEFORE = re.compile(r"\b(?:contradict|den(?:y|ie)|reject|dismiss|disput|refut|rebutt?)\w*\s+(?:\w+\s+){0,6}\w*$",
                              re.IGNORECASE)
_ROLE_APPOSITION = re.compile(r",\s+(?:the|a|an|his|her)\s+(?:[\w'\u2019-]+\s+){0,6}?(?P<head>[\w-]+)\s*,")
_OWNER_BREAK = frozenset("to from by for with on at in".split())


def _claim_noun(r: _SentenceReader) -> None:
    """``X's claim that Y``: X said Y (the token holding the possessive is where X's noun phrase ends)."""
    text, s, toks = r.text, r.s, r.toks
    for m in _CLAIM_NOUN.finditer(text, s.start, s.end):
        owner = next((k for k, t in enumerate(toks) if t.start < m.start() <= t.end), None)
        if owner is None or _DISPUTED_BEFORE.search(text, max(s.start, m.start() - 80), m.start()):
            continue     # "The ministry contradicted Prigozhin's claim that ...": the contradiction is the statement
        first = _np_left(toks, owner, 0)
        # ("no response from the Defense Ministry to Prigozhin's claim": the owner starts after the preposition)
        first = max([first] + [k + 1 for k in range(first, owner) if toks[k].low in _OWNER_BREAK])
        mention = _build_mention(text, toks, first, owner + 1) if first <= owner else None
        if mention is None or mention.kind not in ("named", "descriptive"):
            continue
        res = r.doc.disc.resolve(mention, mention.start)
        stop = _CLAIM_NOUN_END.search(text[m.end():s.end])
        r.emit(res, m.end(), m.end() + stop.start() if stop else s.end, "claim")


# "..., as announced by the country's Defence Ministry on Saturday, according to TASS" / "..., as reported by TASS,
# referencing the Defence Ministry": the clause before is the announcer's (the original source, when the outlet cites one)
_AS_BY = re.compile(r",\s+as\s+(?:was\s+)?(?:first\s+)?(?:announced|reported|stated|said|confirmed|claimed)\s+by\s+")
_CITING = re.compile(r",\s+" + _CITING_WORDS + r"\s+")


def _as_announced_by(r: _SentenceReader) -> None:
    text, s, toks, n = r.text, r.s, r.toks, r.n
    m = _AS_BY.search(text, s.start, s.end)
    if m is None or any(cs <= m.start() < ce for cs, ce in r.doc.consumed):
        return
    intro_end = _strip_intro(text, s.start, s.end)
    lex = _lex()
    if len(text[intro_end:m.start()].split()) < 4 or any(
            t.low in lex.verb_lemma or t.low == "according" for t in toks if t.end <= m.start()):
        return     # "he said this to journalists, as reported by the BBC": the credit of a report told in the clause
    by = next((k for k, t in enumerate(toks) if t.start >= m.end()), n)
    if by + 2 < n and toks[by].low == "the" and toks[by + 1].low in ("country's", "country\u2019s"):
        by += 2        # "as announced by the country's Defence Ministry": the ministry (its side from the article)
    mention, e = _subject_right(text, toks, by, n)
    cite = _CITING.match(text, toks[e - 1].end) if mention is not None and e > by else None
    if cite is None and mention is not None and e < n:
        cite = _CITING.search(text, toks[e - 1].end, s.end)
    if cite is not None:
        # the outlet cites the one who said it: the source speaks
        ci = next((k for k, t in enumerate(toks) if t.start >= cite.end()), n)
        cited, ce = _subject_right(text, toks, ci, n)
        if cited is not None and cited.kind in ("named", "role", "descriptive"):
            mention = cited
    if mention is None or mention.kind not in ("named", "role", "descriptive"):
        return
    res = r.doc.disc.resolve(mention, mention.start)
    r.emit(res, intro_end, m.start(), "announce")
    r.covered.append((m.start(), s.end))
    r.credited = m.start()


def _according_to(r: _SentenceReader) -> None:
    """``according to X``: the content is the rest of the sentence, before and/or after the phrase."""
    text, s, toks, n = r.text, r.s, r.toks, r.n
    for m in _ACCORDING.finditer(text, s.start, s.end):
        if any(cs <= m.start() < ce for cs, ce in r.doc.consumed) or (r.credited is not None and m.start() >= r.credited):
            continue   # (", as announced by X, according to TASS": the outlet passes X's words on)
        mention, ti, e = _according_speaker(r, m.end())
        if mention is None or e <= ti:
            continue
        if _VERB_BEFORE_ACCORDING.search(text, max(s.start, m.start() - 30), m.start()) and _frame_before(r, m.start()):
            # "..., Commission President Ursula von der Leyen announced, according to Reuters": the
            # outlet is the source of the report, the one who announced is the speaker
            continue
        if _NAMED_REPORTS_NEXT.match(text, toks[e - 1].end, s.end) and text[toks[e - 1].end:s.end].lstrip()[:1] == ",":
            # "According to the AP report, President Zelenskyy has also confirmed that ...": the report passes on a
            # speaker's words; the reporting verb after it carries the statement
            continue
        if re.fullmatch(r"[\W\s]*", text[toks[e - 1].end:s.end]) and _reports_a_report(
                r, next((k for k, t in enumerate(toks) if t.start >= m.start()), n)):
            # "Kremlin spokesman Dmitry Peskov said Gerasimov reported ..., according to Russia's TASS news
            # agency": the sentence has its speaker; the closing source is where the report came from
            continue
        res = r.doc.disc.resolve(mention, mention.start)
        ph_start = m.start()
        ph_end = toks[e - 1].end
        # trailing time adjunct "according to X on Monday"
        if e < n and toks[e].low in ("on", "in", "at", "during") and e + 1 < n and (toks[e + 1].low in _WEEKDAYS or toks[e + 1].low in ("his", "her", "its", "their", "a", "an", "the")):
            for k in range(e, n):
                if toks[k].text in (",", ".", ";"):
                    ph_end = toks[k - 1].end
                    break
        app = _ROLE_APPOSITION.match(text, ph_end)
        if app is not None and (app.group("head").lower() in _lex().roles or app.group("head").lower() in _lex().titles):
            ph_end = app.end() - 1   # "According to Oleg X, the regional governor, 30% ...": the title is no content
        intro_end = _strip_intro(text, s.start, s.end)
        if re.fullmatch(r"\W*(?:This|That|It)\s+(?:is|was)\s*", text[intro_end:ph_start]) and res is not None:
            # "This is according to the ISW, which cites geolocated footage.": a credit line; the
            # sentence before is X's
            _credit_previous(r, res, "according_to")
            r.covered.append((s.start, s.end))
            continue
        before = (intro_end, ph_start)
        after = (ph_end, s.end)
        if text[intro_end:ph_start].strip(" ,") == "" or _CONNECTIVE.fullmatch(text, intro_end, ph_start):
            r.emit(res, after[0], after[1], "according_to")
        else:
            r.emit(res, before[0], before[1], "according_to", after if len(text[after[0]:after[1]].split()) > 2 else None)


# "In her words, the front line is 2,500 km long", "In his opinion, Trump can provide this": the person a pronoun points
# back to says the rest of the sentence, as after "according to her"
_IN_WORDS_NOUNS = ("words", "view", "opinion", "estimation", "assessment")
_IN_WORDS = re.compile(r"\s*(?:(?:But|And|So|However|Yet),?\s+)?In\s+(?P<pro>his|her|their)\s+(?:own\s+)?"
                       r"(?:" + "|".join(_IN_WORDS_NOUNS) + r")\s*,\s*")
_POSSESSIVE_PRONOUN = {"his": "him", "her": "her", "their": "them"}


def _in_words_of(r: _SentenceReader) -> None:
    text, s = r.text, r.s
    head = text[s.start:s.start + 60]
    if "In " not in head or not any(w in head for w in _IN_WORDS_NOUNS):
        return      # (the phrase opens its sentence: most sentences fail this test, which costs far less)
    m = _IN_WORDS.match(text, _strip_intro(text, s.start, s.end))
    if m is None or any(cs <= m.start("pro") < ce for cs, ce in r.doc.consumed) or len(text[m.end():s.end].split()) < 3:
        return
    pronoun = _POSSESSIVE_PRONOUN[m.group("pro").lower()]
    mention = Mention(m.start("pro"), m.end("pro"), pronoun, "pronoun", name=pronoun)
    res = r.doc.disc.resolve(mention, mention.start)
    if res is not None and not res.deferred:
        r.emit(res, m.end(), s.end, "according_to")


# "So, according to X, ...", "However, according to X, ...": a connective alone before the phrase
_CONNECTIVE = re.compile(r"\s*(?:So|Thus|Hence|However|Meanwhile|Also|And|But|Moreover|Furthermore|In\s+addition|"
                         r"At\s+the\s+same\s+time|Still|Yet|Now|Therefore|Indeed|In\s+turn|Besides)\s*,?\s*")


_NAMED_REPORTS_NEXT = re.compile(
    r"\s*,\s*(?:" + _CITING_WORDS + r"\s+[^,;.]{2,60},\s*)?"     # ("..., citing the Kremlin's press service,")
    r"(?:the\s+)?(?:[A-Z][\w.'\u2019-]*\s+){1,4}(?:(?:has|have|had|also|previously|earlier|again)\s+){0,2}"
    r"(?:said|says|asserted|asserts|confirmed|confirms|stated|states|announced|announces|told|claimed|claims|noted|"
    r"added|warned|wrote|declared|insisted|stressed|reported)\b")
_VERB_BEFORE_ACCORDING = re.compile(r"\b[a-z]+(?:ed|id|aid|old|ote|rote)\s*,\s*$")


def _frame_before(r: _SentenceReader, pos: int) -> bool:
    """Is the word before ``pos`` (and its comma) a reporting verb with a speaker of its own?"""
    lex = _lex()
    toks = r.toks
    k = max((i for i, t in enumerate(toks) if t.end <= pos and _is_wordlike(t)), default=None)
    if k is None or toks[k].low not in lex.verb_lemma or toks[k].low.endswith("ing"):
        return False
    mention, _first = _subject_left(r.text, toks, k, 0)
    return mention is not None


def _is_wordlike(t: Tok) -> bool:
    return t.text[:1].isalpha()


_TITLE_ABBREVIATIONS = frozenset("mr mrs ms dr gen lt col maj capt adm sgt prof rep sen gov".split())


# an office named by what it belongs to, with no name of its own: "the city's mayor", "the region's governor"
_UNNAMED_HOLDER = re.compile(r"(?:the|its|their)\s+(?:[a-z][\w-]*['\u2019]s\s+)?(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*$")


def _according_speaker(r: _SentenceReader, after: int) -> tuple[Mention | None, int, int]:
    """The speaker phrase after "according to" (ending at the next punctuation): (mention, first
    token, token after it). "analysts of X" is X; a short phrase may name a known actor as a whole."""
    text, toks, n = r.text, r.toks, r.n
    disc = r.doc.disc
    ti = next((k for k, t in enumerate(toks) if t.start >= after), n)
    hi = n
    for k in range(ti, n):
        if toks[k].text == "." and k > ti and toks[k - 1].low in _TITLE_ABBREVIATIONS:
            continue        # "according to Mr. Lavrov": the title's period, not the phrase's end
        if toks[k].text in (",", ";", ".", ":", "(", "\u2014", "\u2013"):
            hi = k
            break
    seg = text[toks[ti].start:toks[hi - 1].end] if ti < hi else ""
    if hi + 1 < n and toks[hi].text == "," and toks[hi + 1].text in ('"', "\u201d") \
            and seg.count('"') + seg.count("\u201c") == 1:
        # 'according to the publication "Ukrainskaya Pravda,"': the comma inside the closing quote; the
        # name is read as if the quote closed before it
        quoted, e = _subject_right(text, toks[:hi] + [toks[hi + 1]], ti, hi + 1)
        if quoted is not None and e == hi + 1:
            return quoted, ti, hi + 2
    issued = _DOCUMENT_ISSUED_BY.match(seg)
    if issued is not None:
        # "according to official information released by President X on his Telegram channel": the issuer
        ii = next(k for k, t in enumerate(toks) if t.start >= toks[ti].start + issued.end())
        im, ie = _subject_right(text, toks, ii, hi)
        if im is not None and im.kind in ("named", "role", "descriptive"):
            return im, ti, hi
    owned = _OWNER_DOCUMENT.match(seg)
    if owned is not None:
        # "according to an AFP analysis (published on Wednesday)": the issuer
        oi = next(k for k, t in enumerate(toks) if t.start >= toks[ti].start + owned.start("owner"))
        oe = next((k for k, t in enumerate(toks) if t.start >= toks[ti].start + owned.end("owner")), hi)
        om = _build_mention(text, toks, oi, oe)
        if om is not None and om.kind == "named":
            return om, ti, hi
    g = _GROUP_OF.match(seg)
    if g:
        ti = next((k for k, t in enumerate(toks) if t.start >= toks[ti].start + g.end()), hi)
    mention, e = _subject_right(text, toks, ti, hi)
    # the whole short phrase may name a known actor ("the UN refugee agency")
    if ti < hi and hi - ti <= 8 and disc.resolver is not None and (mention is None or e < hi):
        whole = text[toks[ti].start:toks[hi - 1].end]
        try:
            actor = disc.resolver.resolve(whole)
        except Exception:
            actor = None
        if actor is not None:
            mention = Mention(toks[ti].start, toks[hi - 1].end, whole, "named", name=actor.canonical_name,
                              is_person=actor.kind == "person")
            e = hi
    if mention is None and ti < hi:
        indefinite = indefinite_source(text, toks, ti, hi)   # "according to a Ukrainian official" (discourse.py)
        if indefinite is not None:
            return indefinite, ti, hi
    unnamed = mention is None and _UNNAMED_HOLDER.match(seg) is not None   # "the city's mayor"
    if (unnamed or mention is not None and (mention.kind in ("role", "descriptive") or is_office_phrase(mention.raw))) \
            and hi < n and toks[hi].text == ",":
        # "according to the Deputy Defense Minister of Ukraine, Hanna Maliar": the name in apposition speaks
        k = hi + 1
        while k < n and _is_cap(toks[k]) and k - hi <= 4:
            k += 1
        if k - hi >= 3 and (k >= n or toks[k].text in (".", ",", ";", "!")):
            named = _build_mention(text, toks, hi + 1, k)
            if named is not None and named.kind == "named" and named.is_person is not False:
                return named, ti, k
    return mention, ti, e


def _by_count(r: _SentenceReader) -> None:
    """``By X's count, ...``: the content is the rest of the sentence."""
    text, s, toks, n = r.text, r.s, r.toks, r.n
    for m in _BY_COUNT.finditer(text, s.start, s.end):
        ti = next((k for k, t in enumerate(toks) if t.start >= m.start(1)), n)
        te = next((k for k, t in enumerate(toks) if t.start >= m.end(1)), n)
        mention = _build_mention(text, toks, ti, te)
        if mention is None:
            continue
        res = r.doc.disc.resolve(mention, mention.start)
        if s.start <= m.start() and text[_strip_intro(text, s.start, s.end):m.start()].strip(" ,") == "":
            r.emit(res, m.end(), s.end, "by_count")
        else:
            r.emit(res, s.start, m.start(), "by_count", (m.end(), s.end))


# ----------------------------------------------------------------------------- reporting verbs

def _reporting_verbs(r: _SentenceReader) -> None:
    """Every reporting verb of the sentence not inside a consumed span or an emitted clause: its
    speaker, then its content."""
    lex = _lex()
    credit = _AS_CREDIT.match(r.text, r.s.start, r.s.end)
    for vi, t in enumerate(r.toks):
        lemma = lex.verb_lemma.get(t.low)
        if lemma is None or r.blocked(t) or r.in_covered(t.start):
            continue
        if credit is not None and t.end <= credit.end() and any(
                lex.verb_lemma.get(x.low) for x in r.toks[vi + 1:] if x.start >= credit.end()):
            # "As Reuters reported, Hanna Maliar said that ...": the outlet credits the report; the
            # statement is the one inside it
            continue
        if _INSIDE_ACCORDING.search(r.text, max(r.s.start, t.start - 80), t.start):
            continue   # "According to the AP report, ...": the noun of the source phrase, not a verb
        if vi > 0 and r.toks[vi - 1].low in _BE_AUX:
            _passive_frame(r, vi, t, lemma)
            continue
        if lemma == "cite" and cited_source_speaks(r, vi, t):
            continue
        if not _verb_applies(r, vi, t, lemma):
            continue
        # ("..., Gerasimov was quoted as saying.": the participle of a finite passive frame)
        participle = t.low.endswith("ing") and not (vi >= 3 and r.toks[vi - 1].low == "as"
                                                    and r.toks[vi - 2].low == "quoted" and r.toks[vi - 3].low in _BE_AUX)
        if participle and _FINITE_VERB_FOLLOWS.match(r.text, t.end, r.s.end):
            continue   # "X, writing on Facebook, said ...": the finite verb carries the statement
        mention, first_idx, inv_end = _verb_speaker(r, vi, lemma, participle)
        if mention is not None and inv_end is None and _object_relative(r.toks, first_idx, lex):
            continue   # "areas that the ISW assesses Russian forces have operated in": a relative clause
        if mention is None:
            # the anonymous / generic subject still owns this verb: nothing else to do
            continue
        res = r.doc.disc.resolve(mention, mention.start)
        if res is None:
            continue
        if lemma == "show" and res.actor_id is None and not _DOCUMENT_BY.search(r.text, r.s.start, t.start):
            # "Video showed ...": only a known monitor's map, or a report its issuer names ("An analysis by
            # the Guardian shows that ..."), asserts by showing
            continue
        if inv_end is None and not participle and (outlet_passes_on(r, vi, res) or citing_source_speaks(r, vi, t, res)):
            continue
        if inv_end is not None:
            _emit_inverted(r, res, t, lemma, inv_end)
        elif _relative_verb(r.toks, vi):
            _emit_relative(r, res, vi, lemma)
        elif first_idx == vi and vi >= 1 and r.toks[vi - 1].low in ("but", "and") and not any(
                x.low in lex.verb_lemma and mention.end <= x.start for x in r.toks[:vi - 1]) \
                and not _GESTURE.fullmatch(r.text, mention.end, r.toks[vi - 1].start):
            # "The mission has verified 12,600 deaths and says the toll is higher": both predicates are
            # what the subject reports ('"...," he wrote and added that X': only X, below)
            r.emit(res, mention.end, r.s.end, lemma)
        else:
            _emit_reported(r, res, vi, t, lemma, first_idx, participle)
            left = _left_conjunct(r, first_idx)
            if left is not None:
                # "Russia's defence ministry and the president's office in Ukraine said ...": both said it
                other = r.doc.disc.resolve(left[0], left[0].start)
                if other is not None and other.speaker != res.speaker:
                    _emit_reported(r, other, vi, t, lemma, left[1], participle)


_ADDING = frozenset("adding saying noting stressing explaining stating".split())


def _left_conjunct(r: _SentenceReader, first_idx: int) -> tuple[Mention, int] | None:
    """The named subject coordinated before the speaker ("X and Y said"), when it opens the clause (not "Putin met
    Zelensky and Macron said", whose "Zelensky" is an object)."""
    toks = r.toks
    if first_idx < 2 or toks[first_idx - 1].low != "and":
        return None
    j = first_idx - 2
    k = _np_left(toks, j, 0)
    if k > j:
        return None
    b = k - 1 if k >= 1 and toks[k - 1].low == "both" else k     # "Both the Kremlin and Zelensky have denied ..."
    if not (b == 0 or toks[b - 1].text in (",", ";", ":") or toks[b - 1].low in _CLAUSE_LEAD):
        return None
    lex = _lex()
    if all(x.low in lex.titles or x.low in lex.roles or x.low in ("and", "of", "the") for x in toks[k:j + 1]):
        return None     # "First Deputy Prime Minister and Economy Minister Yulia Svyrydenko said": one person's titles
    m = _build_mention(r.text, toks, k, j + 1)
    return (m, k) if m is not None and m.kind in ("named", "descriptive") else None


_CLAUSE_LEAD = frozenset("but while after as that and when although though since because".split())


# the verbs by which "<organisation>, which ..." reports something ("which estimated", "which said"; not "which cited
# sources", whose sources speak, nor "which recognizes Ukraine's right")
_WHICH_REPORTS = re.compile(r"(?:say|says|said|estimat\w*|report\w*|stat(?:e|es|ed)|claim\w*|announc\w*|wr[io]te|writes|"
                            r"not(?:e|es|ed)|warn\w*|add(?:s|ed)?|assess\w*|confirm\w*|den(?:y|ies|ied))")


def _relative_verb(toks: list[Tok], vi: int) -> bool:
    """Does a relative pronoun open the verb's clause, after a comma or right after a capitalised name ("X, who
    said", "spokeswoman Maria Zakharova who said")?"""
    return vi >= 2 and toks[vi - 1].low in ("who", "which") and (
        toks[vi - 2].text == "," or toks[vi - 1].low == "who" and _is_cap(toks[vi - 2]))


def _object_relative(toks: list[Tok], first: int, lex) -> bool:
    """Does the speaker open a relative clause on a noun ("the areas that the ISW assesses ...") rather than a
    clause a verb reports ("said that the ISW assesses ...")?"""
    if first < 2 or toks[first - 1].low != "that":
        return False
    head = toks[first - 2]
    # a plural noun ("areas", "successes"); "the news that ..." and "claims that ..." state their content
    return head.text.isalpha() and head.text.islower() and head.low.endswith("s") and not head.low.endswith("ss") \
        and head.low not in lex.verb_lemma and head.low not in _CONTENT_NOUNS


_CONTENT_NOUNS = frozenset("news reports claims assertions allegations suggestions fears hopes signs rumours rumors "
                           "statements comments remarks assurances warnings is was has does says means shows".split())


_INSIDE_ACCORDING = re.compile(r"\b[Aa]ccording\s+to\s+(?:the\s+|a\s+|an\s+)?(?:[A-Z][\w.'\u2019-]*\s+){1,4}$")


# "Pistorius only shrugged and said ...": a bare gesture before "and said" reports nothing itself
_THAT_CLAUSE = re.compile(r"\s+(?:[a-z]+ly\s+)?that\b")   # "observed that", "recalled (firmly) that"
_DATED_THAT_CLAUSE = re.compile(r"\s+(?:(?:in|on|last|this|earlier)\s+[A-Za-z]+\s+)?(?:[a-z]+ly\s+)?that\b")  # "documented in May that"
_GESTURE = re.compile(r"\s*(?:[a-z]+ly\s+|only\s+|just\s+)?[a-z]+ed\s*")
_AS_CREDIT = re.compile(r"\W*As\s+[^,;]{1,80}?\s+(?:\w+ly\s+)?(?:reported|said|wrote|noted|announced|stated)"
                        r"(?:\s+(?:earlier|previously|yesterday))?\s*,")


_CLAIMED_AS_OWN = re.compile(r"\s+as\s+(?:(?:its|their|his|her|our)\s+own\b|part\s+of\b|(?:Russian|Ukrainian)\s+(?:territory|land)\b)",
                             re.IGNORECASE)
# reporting verbs whose third person is also a plural noun, and the words after which they can only be that noun
_NOUN_TOO = frozenset("reports claims statements estimates notes".split())
_NOUN_NEXT = frozenset("could can may might would should will must have had were are of from about and or suggest "
                       "suggested indicate indicated show showed say said".split())


def _verb_applies(r: _SentenceReader, vi: int, t: Tok, lemma: str) -> bool:
    """Is toks[vi] used as a reporting verb here? Finite, not sentence-initial, and for the verbs
    that also have other senses, followed by what the reporting sense takes."""
    text, s, toks = r.text, r.s, r.toks
    if vi > 0 and re.search(r"['\u2019]s$", toks[vi - 1].text):
        return False   # "Putin's announced mobilisation": a participle used as an adjective
    if t.text[0].isupper() and (vi == 0 or not _shouting(toks)):
        # "the United States are ready": "States" is part of a name; reporting verbs are lower case
        # except in all-capitals text
        return False
    if not _verb_ok(toks, vi):
        return False
    if vi + 1 < len(toks) and toks[vi + 1].text == "," and toks[0].low.endswith("ing") and len(toks[0].text) > 5 \
            and not any(x.text == "," for x in toks[:vi]):
        return False   # "Showing no appetite for the ceasefire Trump has demanded, X hailed ...": inside the opening phrase
    if vi + 1 < len(toks) and toks[vi + 1].low in ("are", "were") and t.low.endswith("s"):
        return False   # "Territory estimates are based on ...": a plural noun before its verb ("what they say is" reports)
    if t.low in _NOUN_TOO and vi + 1 < len(toks) and (
            toks[vi + 1].low in _NOUN_NEXT or toks[vi + 1].low == "on" and not (
                vi + 2 < len(toks) and toks[vi + 2].low in _WEEKDAYS)):
        # "Battlefield reports could not be verified", "Official reports on the number ...", "between Kremlin
        # claims and verified advances": the plural noun, not the verb
        return False
    if lemma == "claim" and _CLAIMED_AS_OWN.match(text, t.end, s.end):
        return False   # "territory the Kremlin has claimed as its own": annexed, not said ("claimed as early as" is)
    if vi >= 2 and toks[vi - 2].low in ("if", "whether") and toks[vi - 1].low in _lex().pronouns:
        return False   # "We ask Zelensky if he believes that ...": a question put to him, not his claim
    if lemma == "call" and not _CALL_FOR.match(text, t.end, s.end):
        # a quotation soon after it, or later in its clause: "called the situation along the front in Donbas
        # 'difficult and painful'" (the quoted predicate of its object); or an appeal ("called on the G7 to lower
        # the price cap", "called for more sanctions")
        clause = list(itertools.takewhile(lambda x: x.text not in (".", ";", ","), toks[vi + 1:vi + 16]))
        if not any(x.text in ('"', "\u201c", "\u201e") for x in toks[vi + 1:vi + 9] + clause):
            return False
    if lemma == "put" and not re.search(r"\bat\s+(?:about\s+|roughly\s+|around\s+|some\s+|nearly\s+)?\d",
                                        text[t.end:min(s.end, t.end + 160)]):
        return False
    if lemma == "post" and not re.match(r"[^.;:\"\u201c]{0,60}?(?:\bthat\b|:)", text[t.end:s.end]):
        return False
    if lemma in ("observe", "assume", "threaten", "agree") and not _THAT_CLAUSE.match(text, t.end, s.end) \
            or lemma in ("maintain", "remind", "document") and not _DATED_THAT_CLAUSE.match(text, t.end, s.end):
        return False   # "observed that ...", not "observed geolocated evidence" (a finding seen, not said)
    if lemma in ("recall", "indicate") and (not _THAT_CLAUSE.match(text, t.end, s.end)
                                            or any(x.low in DOCUMENT_WORDS for x in toks[max(0, vi - 3):vi])):
        # "recalled that ...", not "recalled its ambassador"; "X's statement indicates that" is an inference
        return False
    if lemma == "clarify" and not (re.match(r"\s+that\b", text[t.end:s.end]) or re.match(r"\s*[.!]?\s*$", text[t.end:s.end])):
        return False   # "..., he clarified." / "clarified that ...", not "clarified the issues and needs"
    # ("ordered troops to withdraw": an order reported; "ordered the withdrawal ... to the left bank": an act)
    if lemma == "order" and not re.search(r"\bto\s+(?:[a-z]+ly\s+)?(?!(?:the|a|an|its|their|his|her|this|that|these|those)\b)"
                                          r"[a-z]+\b", text[t.end:min(s.end, t.end + 80)]):
        return False
    if lemma in ("describe", "hail", "condemn", "dismiss") and not re.search(r"\bas\b", text[t.end:min(s.end, t.end + 120)]):
        return False   # "described the situation as 'very hot'": only with "as"
    if lemma in ("share", "comment", "convey", "elaborate") and not (
            _THAT_CLAUSE.match(text, t.end, s.end) or re.match(r"\s*(?:[:.!]|$)", text[t.end:s.end])):
        # "shared that ...", "commented that ...", "..., he commented.", not "shared photos with troops",
        # "commented on the exchange" (an act, its content unsaid; but "briefed Putin on the capture of X" says X)
        return False
    if lemma in ("ask", "request", "inform", "brief") and not re.match(
            r"[^.;]{0,80}?\b(?:to|that|about|on|of|whether|if)\b", text[t.end:s.end]):
        return False   # "asked the general to thank ...", "informed X that ..."
    if lemma in ("reject", "contradict", "refute") and not _CLAIM_THAT.match(text, t.end, s.end):
        return False   # "rejected the proposal": only "rejected concerns/claims that ..." reports
    if lemma == "speak" and not (vi + 1 < len(toks) and toks[vi + 1].low == "of"):
        return False   # "spoke of great progress": what was said; "spoke to reporters", "spoke about" are not
    if lemma == "plead" and not re.match(r"\s+(?:for|with|that)\b", text[t.end:s.end]):
        return False   # "pleaded for permission to ...", "pleaded with the world to ...", not "pleaded guilty"
    if lemma == "point" and not (vi + 1 < len(toks) and toks[vi + 1].low == "out"):
        return False   # "points to", "at this point": only "points out" reports
    if lemma == "read" and not (vi > 0 and toks[vi - 1].low in DOCUMENT_WORDS
                                or vi + 2 < len(toks) and toks[vi + 2].low in DOCUMENT_WORDS):
        return False   # "read" reports only for a document: '"...," the statement read'
    if lemma in ("repeat", "renew") and not _OWN_CALL.match(text, t.end, s.end):
        return False   # "repeated its call for a demilitarization", not "repeated the attack"
    if lemma in ("express", "voice") and not _ATTITUDE_THAT.match(text, t.end, s.end):
        return False   # "expressed confidence that ...", not "expressed his condolences"
    if lemma == "respond" and not re.match(r"\s+(?:by\s+saying|that)\b", text[t.end:s.end]):
        return False
    if lemma in ("believe", "suggest") and not re.search(r"^\s+(?:in\s+(?:its|his|her|their|a)\s+(?:\w+\s+)?(?:report|statement|"
                                                         r"assessment|analysis|update)\s+)?(?:that\b|[A-Z]|the\b|"
                                                         r"an?\s+(?:[\w-]+\s+){1,3}?(?:is|are|was|were|will|would|could|"
                                                         r"has|had|can|may|might)\b)",
                                                         text[t.end:t.end + 60]):
        return False
    return True


def _shouting(toks: list[Tok]) -> bool:
    letters = [c for t in toks for c in t.text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


# one past-tense verb, its adverbs before it, right before "and <verb>": "Pistorius only shrugged and said"
_GESTURE_BEFORE = re.compile(r"(?:\s(?:only|just|also|simply|then)\b)?\s(?P<verb>[a-z]+ed)\s*$")


def _verb_speaker(r: _SentenceReader, vi: int, lemma: str,
                  participle: bool) -> tuple[Mention | None, int, int | None]:
    """The speaker of the verb at toks[vi]: (mention, index of its first token, and for an inverted
    frame ``..., said X`` the token after X, else None). Participles take the clause subject."""
    text, toks, n = r.text, r.toks, r.n
    if participle and vi >= 1 and toks[vi - 1].low in ("is", "are", "was", "were"):
        participle = False          # "the Kremlin itself is forecasting ...": a finite progressive
    if participle and not (vi >= 3 and toks[vi - 1].low == "as" and toks[vi - 2].low == "quoted"):
        w = next((k for k in range(vi - 2, max(-1, vi - 17), -1) if toks[k].low == "with"), None)
        apposed = toks[vi - 1].text == ","
        if w is not None and (toks[vi - 1].low not in _PARTICIPLE_OK_PREV or apposed):
            # "..., with spokesman Dmitry Peskov saying progress depends on Kyiv": the noun phrase after "with"
            mention, e = _subject_right(text, toks, w + 1, vi)
            if e + 1 == vi and toks[e].low in ("himself", "herself", "itself", "themselves"):
                e = vi                  # "with Putin himself declaring that ...": an intensifier, not a new word
            if apposed:
                # "with Oleksandr Syrskyi, Ukraine's commander-in-chief, stating that ...": one apposition between
                e = vi if (e < vi - 2 and toks[e].text == "," and not any(x.text == "," for x in toks[e + 1:vi - 1])
                           and vi - w <= 16) else -1
            elif vi - w > 8:
                e = -1
            if mention is not None and e == vi and mention.kind in ("named", "role"):
                return mention, w + 1, None
        if vi == 0 or toks[vi - 1].low not in _PARTICIPLE_OK_PREV:
            return None, vi, None
        mention, _k = _clause_subject(text, toks, 0, vi)
        if toks[vi - 1].text == "," and (mention is None or _ANONYMOUS_FRAME_BEFORE.search(text, toks[0].start, toks[vi - 1].start)):
            # '"...," the General Staff said, adding that ...': the speaker of the verb before; "Heavy fighting has
            # put troops in a difficult situation, soldiers warned, adding that ...": the soldiers, unnamed
            mention = _previous_speaker(r, vi)
        return mention, vi, None
    if _relative_verb(toks, vi):
        # "Donald Trump, who says he is ...": the antecedent before the comma speaks
        mention = _subject_left(text, toks, vi - 1, 0)[0] if toks[vi - 2].text == "," else None
        if mention is None and (toks[vi - 1].low == "who" or toks[vi - 2].text == ","):
            # "He met Maria Zakharova, who said ...", "a statement from its spokeswoman Maria Zakharova who said
            # ...": the name right before the relative pronoun, wherever its clause began; "figures reported by
            # the Institute for the Study of War, which estimated ...": an organisation's name, after its comma
            end = vi - 2 if toks[vi - 2].text == "," else vi - 1
            k = _np_left(toks, end - 1, 0)
            named = _build_mention(text, toks, k, end) if k < end else None
            mention = named if named is not None and named.kind == "named" and (
                toks[vi - 1].low == "who" or named.is_person is not True and _WHICH_REPORTS.fullmatch(toks[vi].low)) \
                else None
        return mention, vi, None
    if vi >= 1 and toks[vi - 1].low in ("but", "and") and not _subject_left(text, toks, vi, 0)[0]:
        # "When asked about X, Pistorius only shrugged and said ...": the subject of the verb just before
        gesture = _GESTURE_BEFORE.search(text, toks[0].start, toks[vi - 1].start)
        if gesture is not None and toks[vi - 1].text == "and":
            gi = next(k for k, tk in enumerate(toks) if tk.start >= gesture.start("verb"))
            mention, k = _subject_left(text, toks, gi, 0)
            if mention is not None and mention.kind == "named":
                return mention, k, None
        # "The UN has recorded 227 deaths, but says the toll is higher": the clause subject speaks
        mention, _k = _clause_subject(text, toks, 0, vi)
        if mention is None:
            # '"...," he wrote and added that ...': the speaker of the frame before
            mention = _previous_speaker(r, vi)
        return mention, vi, None
    if lemma in _INVERTIBLE and not participle and vi >= 1 and toks[vi - 1].text == "," and vi + 1 < n:
        # "..., the foreign minister of Ukraine, said Peskov.": a name closing the sentence after the verb
        # is the speaker, not the apposition before the comma
        inv, e = _subject_right(text, toks, vi + 1, n)
        if inv is not None and inv.kind == "named" and (e >= n or toks[e].text in (".", "!", "?", ",")) \
                and (e >= n or toks[e].text != "," or e + 1 >= n or toks[e + 1].low in _ADJUNCT_START) \
                and not _subject_left(text, toks, vi, 0)[0] is None:
            return inv, vi, e
    mention, first_idx = _subject_left(text, toks, vi, 0)
    if _nested_pronoun_frame(toks, mention, first_idx):
        return None, first_idx, None
    doc_by = _DOCUMENT_BY.search(text, toks[0].start, toks[vi].start)
    if doc_by is not None:
        # "A statement issued by the defence ministry said ...": the issuer speaks through its document
        bi = next(k for k, tk in enumerate(toks) if tk.start >= doc_by.end())
        by_mention, e = _subject_right(text, toks, bi, vi)
        # ("An analysis by the Guardian based on data from the ISW shows": the issuer, not the data's source)
        # ("A statement released by Yevgeny Prigozhin, the head of PMC Wagner, ..., said": the issuer, not his apposition)
        if by_mention is not None and by_mention.kind in ("named", "descriptive", "role") and (
                e == vi or e < vi and toks[e].low in ("based", "using", "drawing", "citing", "published", "released")
                or by_mention.kind == "named" and e < vi - 1 and toks[e].text == "," and toks[vi - 1].text == ","):
            return by_mention, next(k for k, tk in enumerate(toks) if tk.start >= doc_by.start()), None
    if mention is None:
        named = _NAMED_X.search(text, toks[0].start, toks[vi].start)
        if named is not None:
            # "a popular military blog named DeepState, which uses open sources, said": the name speaks
            ni = next(k for k, tk in enumerate(toks) if tk.start >= named.start("name"))
            ne = next((k for k, tk in enumerate(toks) if tk.start >= named.end("name")), vi)
            nm = _build_mention(text, toks, ni, ne)
            if nm is not None and nm.kind == "named":
                return nm, ni, None
    if mention is None:
        local = _LOCAL_AUTHORITY.search(text, toks[0].start, t_start := toks[vi].start)
        if local is not None:
            # "The authorities in the Kupiansk district of the Kharkiv region said"
            name = f"{local.group('place')} {local.group('unit') or ''} {local.group('head')}".replace("  ", " ")
            mention = Mention(local.start(), local.end(), name, "named", name=name, is_person=False)
            return mention, next(k for k, tk in enumerate(toks) if tk.start >= local.start()), None
        del t_start
    if mention is None:
        j = vi - 1
        if j >= 0 and toks[j].text == "," and vi + 1 < n and lemma in _INVERTIBLE and not participle:
            mention, e = _subject_right(text, toks, vi + 1, n)
            if mention is not None and mention.kind in ("named", "role", "pronoun", "descriptive"):
                return mention, vi, e
            mention = None
    if mention is None and not participle:
        # "A senior Ukrainian official said ...": unnamed here, often named in the next sentences (discourse.py)
        indefinite = indefinite_subject(text, toks, vi)
        if indefinite is not None:
            return indefinite, next(k for k, tk in enumerate(toks) if tk.start >= indefinite.start), None
    return mention, first_idx, None


def _emit_inverted(r: _SentenceReader, res: Resolved, t: Tok, lemma: str, inv_end: int) -> None:
    """``..., said X (adjuncts), ...``: the content is before the verb, plus what follows the next comma."""
    text, s, toks, n = r.text, r.s, r.toks, r.n
    intro_end = _strip_intro(text, s.start, s.end)
    # skip adjuncts up to the next comma
    k = inv_end
    while k < n and toks[k].text not in (",", ".", ";"):
        k += 1
    after_a = toks[k].end if k < n else s.end
    tail = text[after_a:s.end]
    if _APPOSITION_TAIL.match(tail):
        tail = ""          # "..., said Dmitry Peskov, the Kremlin spokesman.": his title, not content
    r.emit(res, intro_end, t.start, lemma,
           (after_a, s.end) if len(tail.split()) > 2 else None)


def _passive_frame(r: _SentenceReader, vi: int, t: Tok, lemma: str) -> None:
    """``X was reported (in an interview) by General Y``: Y speaks. The content is the subject clause
    when it says something; a bare "This was reported by Y" still introduces Y for later references
    ("The general noted ...")."""
    toks, n = r.toks, r.n
    by = next((k for k in range(vi + 1, min(n, vi + 10)) if toks[k].low == "by"), None)
    if by is None or by + 1 >= n:
        return
    mention, _e = _subject_right(r.text, toks, by + 1, n)
    if mention is None or mention.kind != "named":
        return
    res = r.doc.disc.resolve(mention, mention.start)
    intro_end = _strip_intro(r.text, r.s.start, r.s.end)
    subject = r.text[intro_end:toks[vi - 1].start].strip()
    if subject.lower() in ("this", "that", "it"):
        # "The situation has stabilised. This was reported by General X": the previous sentence is his
        _credit_previous(r, res, lemma)
        return
    r.emit(res, intro_end, toks[vi - 1].start, lemma)


def _credit_previous(r: _SentenceReader, res: Resolved, lemma: str) -> None:
    """The sentence before ``r.s`` is the speaker's, unless a statement already covers it."""
    si = r.doc.sentences.index(r.s)
    if si == 0:
        return
    prev = r.doc.sentences[si - 1]
    if any(c.start < prev.end and c.end > prev.start for c in r.doc.cands):
        return
    a, b = _clean_span(r.text, _strip_intro(r.text, prev.start, prev.end), prev.end)
    if len(re.findall(r"\w+", r.text[a:b])) >= 3:
        r.doc.cands.append(_Cand(a, b, r.text[a:b], "indirect", lemma, res, prev.start, r.s.end))


# "Commander-in-Chief X stated this in an interview with CNN." / "X said so in a video message": a credit line,
# like "This was stated by X"
_THIS_CREDIT = re.compile(r"\s+(?:(?:about\s+|on\s+)?this|so|as\s+much)\b(?:\s+(?:in|on|at|during|to|via|while|after|before|yesterday|today)\b[^,;.]*)?\s*\.?\s*$",
                          re.I)
_WHAT_CREDIT = re.compile(r"\W*(?:This|That|It)\s+(?:is|was|['\u2019]s)\s+what\s+")
_ADJUNCT_ONLY = re.compile(r"\s*(?:(?:in|on|at|during|to|via|while|after|before|yesterday|today|earlier|later)\b[^;.]*)?[.!]?\s*")
_CREDIT_LEMMAS = frozenset("say state report announce write note confirm".split())


# ", soldiers warned," right before the participle: an unnamed group's own reporting verb
_ANONYMOUS_FRAME_BEFORE = re.compile(
    r",\s+(?:(?:Ukrainian|Russian|local|western|military|senior|some|many|other)\s+)?(?:soldiers|troops|officials|analysts|"
    r"experts|sources|residents|commanders|observers|bloggers|milbloggers|witnesses)\s+(?:have\s+|had\s+)?[a-z]+(?:ed|said|told|wrote)"
    r"(?:\s+(?:on\s+)?(?:last\s+)?\w+)?\s*$", re.IGNORECASE)


def _previous_speaker(r: _SentenceReader, vi: int) -> Mention | None:
    """'"...," the General Staff said, adding that ...': the speaker of the sentence's previous finite
    reporting verb also says what the participle adds."""
    lex = _lex()
    text, toks = r.text, r.toks
    for vj in range(vi - 2, -1, -1):
        t = toks[vj]
        if t.low in lex.verb_lemma and not t.low.endswith("ing") and _verb_ok(toks, vj):
            mention, _first = _subject_left(text, toks, vj, 0)
            if mention is None and vj + 1 < r.n:
                mention, _e = _subject_right(text, toks, vj + 1, vi)
            return mention
    return None


def _emit_relative(r: _SentenceReader, res: Resolved, vi: int, lemma: str) -> None:
    """``X, who says Y, ...``: the content is the relative clause, up to its closing comma."""
    toks, n = r.toks, r.n
    k = _that_start(toks, vi + 1, n)
    end = next((toks[d].start for d in range(k, n) if toks[d].text in (",", ";", "\u2014")), r.s.end)
    if k < n:
        r.emit(res, toks[k].start, end, lemma)


def _past_that(toks: list[Tok], k: int, n: int) -> int:
    """The token after a "that" within six tokens of ``k`` ("rejected concerns that X", "expressed confidence that
    X", "reassured those present that X": X), else ``k``."""
    return next((d + 1 for d in range(k, min(n, k + 6)) if toks[d].low == "that"), k)


def _emit_reported(r: _SentenceReader, res: Resolved, vi: int, t: Tok, lemma: str, first_idx: int,
                   participle: bool) -> None:
    """``X said (that) ...``: the content is the verb's complement; ``..., X said (on Monday).``:
    the content is the clause before the speaker (end mode)."""
    text, s, toks, n = r.text, r.s, r.toks, r.n
    intro_end = _strip_intro(text, s.start, s.end)
    subj_start = toks[first_idx].start if first_idx < n else t.start
    k = vi + 1
    if lemma == "point":
        k += 1                            # "points out that ..."
    if lemma in ("speak", "plead") and k < n and toks[k].low in ("of", "for", "with"):
        k += 1                            # "spoke of great progress", "pleaded for permission to ..."
    if lemma in ("reject", "dismiss", "deny", "contradict", "refute") and _CLAIM_THAT.match(text, t.end, s.end):
        # "rejected concerns that X", "denied reports that X": X is what is rejected
        k = _past_that(toks, k, n)
    if lemma in ("express", "voice") and re.match(r"[^.;,]{0,60}?\bthat\b", text[t.end:s.end]):
        # "expressed confidence that X": X is the statement, the attitude noun only introduces it ("expressed
        # readiness for dialogue": the attitude is the statement)
        k = _past_that(toks, k, n)
    if lemma in ("reassure", "assure", "inform", "brief") and k < n and toks[k].low != "that" and re.match(
            r"[^.;,]{0,60}?\bthat\b", text[t.end:s.end]):
        # "reassured those present that X": the addressee, then what was said
        k = _past_that(toks, k, n)
    if lemma == "tell":
        k_obj = k
        k = _after_tell_object(toks, k, n)
        if k < n and toks[k].low == "to" and k > k_obj:
            k = k_obj                     # "told Zelensky to accept": the order includes its addressee
    cstart_tok = _that_start(toks, k, n)
    pre_text = text[intro_end:subj_start]
    # "..., Donetsk People's Republic (DPR) head Denis Pushilin said": names and titles between the
    # last comma and the speaker still leave the clause before the comma as the content
    mod = _SPEAKER_MODIFIERS.search(pre_text)
    if mod is not None and not pre_text.rstrip().endswith(","):
        subj_start = intro_end + mod.start() + 1
        pre_text = text[intro_end:subj_start]
    elif not pre_text.rstrip().endswith(","):
        # "..., head of the region Denis Pushilin said": lower-case role words before the name
        c = _title_run_comma(toks, first_idx)
        if c is not None and toks[c].start >= intro_end:
            subj_start = toks[c].end
            pre_text = text[intro_end:subj_start]
    pre_words = len(re.findall(r"\w+", pre_text))
    # what follows the verb up to the next comma: empty or adjuncts -> the content is before
    k2 = vi + 1
    while k2 < n and toks[k2].text not in (",", ".", ";", "\u2014", "!", "?"):
        k2 += 1
    rest = toks[(k if lemma == "tell" else vi + 1):k2]    # "..., X told Sputnik.": the addressee is no content
    rest_is_adjunct = not rest or (rest[0].low in _ADJUNCT_START and len(rest) <= 30
                                   and not any(x.low == "that" for x in rest))
    glued = lemma != "tell" and vi + 2 < n and toks[vi + 1].low in _ADDING and toks[vi + 2].low == "that"
    if glued:
        # "..., Sinegubov said adding that ...": the comma before the participle left out
        rest_is_adjunct, k2 = True, vi + 1
    # '... machine," the chief said'; '... over Bryansk – on Ukraine's northern border – Governor X said': an aside
    # between dashes closes the content as a comma would
    ends_clause = re.search(r",[\"\u201d\u2019']?\s*$", pre_text) is not None or (
        re.search(r"\s[\u2013\u2014]\s*$", pre_text) is not None and len(re.findall(r"[\u2013\u2014]", pre_text)) >= 2)
    # "A Ukrainian military force in the eastern Donetsk region, Khortytsia, said ...": a bare name between
    # commas renames the noun phrase before it (an apposition); content that precedes its speaker is followed
    # by the speaker and the verb with no comma between, or by an apposition of the speaker's own
    renamed = (vi >= 2 and toks[vi - 1].text == "," and first_idx < vi - 1 and toks[first_idx].start >= subj_start
               and all(_is_cap(x) or x.low == "the" or x.text[:1].isdigit() for x in toks[first_idx:vi - 1])
               and _NP_LEAD.match(text, intro_end) is not None)
    end_mode = (not participle and ends_clause and pre_words >= 4 and rest_is_adjunct and not renamed
                and not (lemma in ("call", "express", "voice") and rest)    # an appeal or attitude follows its verb
                and not contentless(pre_text))    # "In particular, on 21 April, he reported ...": only when
    if end_mode and _reports_a_report(r, first_idx):
        # "Russia said on Monday that ..., Reuters reported.": the outlet credits a statement that the
        # sentence already reports with its own verb; it is not the speaker
        return
    if end_mode:
        extra = None
        if glued:
            extra = (toks[k2].start, s.end)
        elif k2 < n and toks[k2].text in (",", "\u2014") and not re.match(
                r"\s*according\s+to\b[^,;]*$", text[toks[k2].end:s.end], re.I):   # (a source credit, no content)
            extra = (toks[k2].end, s.end)
        r.emit(res, intro_end, subj_start, lemma, extra)
        return
    # the verb's complement, without the verb, its adjuncts or "that" ("said on Monday that X" -> X);
    # "warned against ...": the complement starts at the preposition
    a = toks[cstart_tok].start if cstart_tok < n else s.end
    # "... that X was serious, but his spokesman said ...": a new clause with its own reporting verb
    # ends this statement's content, and so does ", adding that ..." (a new reporting verb)
    lex = _lex()
    for k3 in range(max(cstart_tok, vi + 1), n - 1):
        if toks[k3].text == "," and toks[k3 + 1].low.endswith("ing") and toks[k3 + 1].low in lex.verb_lemma \
                and k3 + 2 < n and toks[k3 + 2].low == "that":
            if _DEMONSTRATIVE_OBJECT.match(text[a:toks[k3].start]):
                # "emphasised this objective at a press conference, explaining that X": X is the content
                r.emit(res, toks[k3 + 3].start if k3 + 3 < n else s.end, s.end, lemma)
            else:
                r.emit(res, a, toks[k3].start, lemma)
            return
        if toks[k3].low in ("but", "while", "whereas") and k3 > max(cstart_tok, vi + 1) and any(
                toks[k4].low in lex.verb_lemma and _verb_ok(toks, k4) and not toks[k4].low.endswith("ing")
                and (k4 < k3 + 6 or _subject_left(text, toks, k4, k3 + 1)[1] == k3 + 1)
                for k4 in range(k3 + 2, min(n, k3 + 16))):
            # (", but Oleh Syniehubov, the regional governor, said ...": a new speaker with his apposition)
            r.emit(res, a, toks[k3].start, lemma)
            return
        if toks[k3].low == "and" and toks[k3 - 1].text == "," and _coordinated_report(r, k3):
            # "Zelensky said reinforcements had been sent, and the Ukrainian army said it had halted the advance":
            # a second speaker's report, coordinated, ends the first one's content
            r.emit(res, a, toks[k3 - 1].start, lemma)
            return
    if lemma in _OBJECT_PREDICATE:
        # "called the capture 'a victory' after X said ...": the complement ends at a subordinator
        for k3 in range(cstart_tok, n):
            if toks[k3].low in _SUBORDINATORS and k3 > cstart_tok + 2:
                r.emit(res, a, toks[k3].start, lemma)
                return
    comp = text[t.end:s.end]
    if lemma in _CREDIT_LEMMAS and first_idx == 0 and _THIS_CREDIT.match(comp):
        _credit_previous(r, res, lemma)
        return
    if _WHAT_CREDIT.match(text, s.start, toks[first_idx].start) and _ADJUNCT_ONLY.fullmatch(comp):
        # "This is what Kremlin spokesman Dmitry Peskov said at a briefing on Tuesday, March 14.": a credit line
        _credit_previous(r, res, lemma)
        return
    if _CONTENTLESS.match(comp) or re.match(r"\s*(?:this|so|nothing|it)\b(?:\s+(?:in|on|at|during|to|after|before)\b[^,.]*)?\s*(?:[,.]|$)", comp):
        return
    r.emit(res, a, quoted_content_end(text, a, s.end), lemma)


def _coordinated_report(r: _SentenceReader, k3: int) -> bool:
    """Does ", and" at token ``k3`` open a clause with its own reporting verb and a speaker who is not a
    pronoun ("..., and the Ukrainian army said ...")? A pronoun ("and he said") continues the same speaker."""
    lex = _lex()
    toks = r.toks
    for k4 in range(k3 + 2, min(r.n, k3 + 10)):
        t = toks[k4]
        if t.text in (",", ";", ".") or t.low in ("that", "and", "but"):
            return False
        if t.low in lex.verb_lemma and not t.low.endswith("ing") and _verb_ok(toks, k4):
            mention, first = _subject_left(r.text, toks, k4, k3 + 1)
            return (mention is not None and first in (k3 + 1, k3 + 2) and mention.kind != "pronoun"
                    and r.doc.disc.resolve(mention, mention.start) is not None)
    return False


def _reports_a_report(r: _SentenceReader, hi: int) -> bool:
    """Does the sentence before token ``hi`` hold a finite reporting verb with a subject of its own?"""
    lex = _lex()
    toks = r.toks
    for k in range(1, hi):
        t = toks[k]
        if t.low in lex.verb_lemma and not t.low.endswith("ing") and not r.blocked(t) \
                and _verb_applies(r, k, t, lex.verb_lemma[t.low]) \
                and (toks[k - 1].low in ("it", "he", "she", "they")
                     or toks[k - 1].text[:1].isupper() and _subject_left(r.text, toks, k, 0)[0] is not None):
            # ("The United Arab Emirates said ..., Reuters reports": a country is no speaker; the outlet is)
            return True
    return False


_OFFICE_WORDS = frozenset("""energy defence defense foreign interior economy finance justice health digital
agriculture culture education infrastructure emergencies environment social veterans""".split())


def _title_run_comma(toks: list[Tok], first: int) -> int | None:
    """Index of the comma that opens a run of title/role words before toks[first] ("..., head of the
    region X said"), else None."""
    lex = _lex()
    k = first - 1
    titled = False
    # ("..., the country's president Volodymyr Zelensky said": only a determiner and a possessive before the title)
    own_title = first < len(toks) and (toks[first].low in lex.titles or toks[first].low in lex.roles)
    # ("..., Chief of the General Staff of the Russian armed forces Valery Gerasimov said": a title of ten words)
    while k >= 0 and first - k <= 12:
        t = toks[k]
        if t.text == ",":
            return k if k < first - 1 and (titled or own_title) else None
        # ("..., energy minister Herman Halushchenko said": the office's own word before the title keeps it one)
        own_title = own_title and (t.low in ("the", "a", "an") or re.search(r"['\u2019]s$", t.text) is not None
                                   or t.low in _OFFICE_WORDS)
        if not t.text[:1].isalpha() or t.low in lex.verb_lemma or t.low in _BE_AUX:
            return None
        titled = titled or t.low in lex.titles or t.low in lex.roles
        k -= 1
    return None


def _after_tell_object(toks: list[Tok], k: int, n: int) -> int:
    """Token after "told reporters / told a briefing / told President X at a meeting" (or at "that")."""
    for d in range(k, min(n, k + 12)):
        if toks[d].low == "that":
            return d
    e = _np_right(toks, k, n)
    k = max(k, e)
    while k < n and toks[k].low in ("reporters", "journalists", "lawmakers", "the", "a", "an"):
        k += 1
    # "told Luxembourg's parliament in a video address": a common-noun addressee ends where an adjunct starts
    j = k
    while j < n and j - k < 3 and toks[j].text.isalpha() and toks[j].text.islower() and toks[j].low not in _ADJUNCT_START:
        j += 1
    if j > k and j < n and _is_cap(toks[j]):
        # "told the Russian news agency TASS, in remarks ...": the common noun's name in apposition
        while j < n and _is_cap(toks[j]):
            j += 1
    if j > k and (j >= n or toks[j].low in _ADJUNCT_START or toks[j].text in (".", ",", ";")):
        k = j
    return k
