"""Interview transcripts: the answer of a named interviewee ("Budanov: Difficult, but not critical.") is his own
words, a direct statement, and so is each later answer to a question paragraph."""

from __future__ import annotations


import re

from pipelines.extraction.discourse import Resolved


from pipelines.extraction.document import _Cand, _Doc
from pipelines.extraction.mentions import Mention


from pipelines.extraction.spans import _clean_span


# an interview transcript turn: "Budanov: Difficult, but not critical." (not "Q:", not a quote after the colon)
# ("Oleksiy Danilov, Ukrainian National Security and Defense Council Secretary: For Russians, ...": the title after a
# full name, before the colon)
_QA_TURN = re.compile(r"[ \t]*(?P<name>[A-Z][\w'\u2019.-]+(?:[ \t]+[A-Z][\w'\u2019.-]+){0,3})"
                      r"(?P<title>,[ \t]+[^\n:.;\"\u201c]{3,90}?)?[ \t]*:(?:[ \t]+|[ \t]*\n[ \t]*)"
                      r"(?=[^\s\"\u201c\u201e\u00ab])")
# a label alone on its line, the words on the next ("Peskov:" above "He did not mention any specific dates."), as
# translated transcripts print them; an asker's label ("Question:") puts the next paragraph in the interviewer's mouth
_LABEL_LINE = re.compile(r"[ \t]*(?P<name>[A-Z][\w'\u2019.-]+(?:[ \t]+[A-Z][\w'\u2019.-]+){0,3})[ \t]*:[ \t]*$")
_ASKERS = frozenset("question q interviewer journalist correspondent host moderator presenter".split())


# a turn that is one quotation, closed at the paragraph's end: 'Smirnov: "..."'
_QUOTED_TURN = re.compile(r"[ \t]*(?P<name>[A-Z][\w'\u2019.-]+(?:[ \t]+[A-Z][\w'\u2019.-]+){0,2})[ \t]*:[ \t]+"
                          r"(?=[\"\u201c][^\n]{10,}[\"\u201d][ \t]*$)", re.MULTILINE)
# "Minister of Foreign Affairs of Ukraine Andriy Sibiga in an interview with Liberation": a lead naming the interviewee
_NAME_RUN = r"[A-Z][\w'\u2019.-]+(?:[ \t]+[A-Z][\w'\u2019.-]+){1,3}"
_LEAD_INTERVIEW = re.compile(r"(?P<who>" + _NAME_RUN + r")[ \t]+in[ \t]+an[ \t]+interview[ \t]+with\b"
                             r"|\b[Ii]nterview[ \t]+with[ \t]+(?P<who2>" + _NAME_RUN + r")"
                             # "We talked to Oleksandr Prokudin, Head of Kherson oblast military administration, about"
                             r"|\b[Ww]e[ \t]+(?:talked|spoke)[ \t]+(?:to|with)[ \t]+(?P<who3>" + _NAME_RUN + r")")


# a third person's reporting verb in the present or past, right after its pronoun
_RELAYS = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey)\s+(?:also\s+)?(?:says|said|tells|told|adds|added|thinks|believes)\b")


def turn_at(text: str, start: int, end: int) -> re.Match | None:
    """The labelled turn opening the paragraph text[start:end], if any (a title only after a full name)."""
    m = _QA_TURN.match(text, start, min(end, start + 160))
    if m is not None and m.group("title") and (len(m.group("name").split()) < 2 or m.end("name") - start > 60):
        return None
    return m


def label_before(text: str, paragraphs: list, pi: int) -> re.Match | None:
    """The label line ("Peskov:", "Question:") that is the whole paragraph right before paragraph ``pi``, if any."""
    if pi < 1 or _LABEL_LINE.match(text, paragraphs[pi].start, paragraphs[pi].end):
        return None
    prev = paragraphs[pi - 1]
    return _LABEL_LINE.match(text, prev.start, prev.end)


def quoted_turn_at(text: str, start: int, end: int) -> re.Match | None:
    """'Smirnov: "The situation in the region is complicated. ..."' in an excerpt of an exchange: a turn quoted
    whole (its speaker must be a person the article has named: not a headline's 'Budanov: "..."')."""
    return _QUOTED_TURN.match(text, start, end)


def _lead_interviewee(doc: _Doc) -> Resolved | None:
    """A transcript that prints unnamed question and answer paragraphs names its interviewee in the lead (first two
    paragraphs, or any before the first question: a page's headline lines can come first); a person the seeds know
    (a name alone is too weak a sign that the answers are his)."""
    if doc.disc.resolver is None:
        return None
    first_question = next((i for i, p in enumerate(doc.paragraphs) if p.text.rstrip().endswith("?")), 2)
    for para in doc.paragraphs[:max(2, min(first_question, 8))]:
        m = _LEAD_INTERVIEW.search(doc.text, para.start, para.end)
        if m is None:
            continue
        group = next(g for g in ("who", "who2", "who3") if m.group(g))
        found = doc.disc.known_person_ending(m.group(group), m.end(group))   # ("Ukraine Andriy Sibiga": the name)
        if found is not None:
            return found
    return None


def after_question(paragraphs: list, pi: int) -> bool:
    """Does paragraph ``pi`` follow a question paragraph (an interview's answer)?"""
    return pi > 0 and paragraphs[pi - 1].text.rstrip().endswith("?")


def dashed_question(para) -> bool:
    """Is the paragraph a transcript's question turn printed after a dash ("- How many people live there now?")?"""
    return para.text.lstrip().startswith(("- ", "\u2013 ", "\u2014 ")) and para.text.rstrip().endswith("?")


def _qa_turn(doc: _Doc, pi: int) -> None:
    """The answer of a named interviewee in a Q&A transcript is his own words: a direct statement. Once a turn
    has named him, each later paragraph that answers a question paragraph ("...?") is his too (transcripts name
    the interviewee once, then print question and answer paragraphs)."""
    text, disc, para = doc.text, doc.disc, doc.paragraphs[pi]
    asked = after_question(doc.paragraphs, pi)
    m = turn_at(text, para.start, para.end)
    quoted = label = None
    if m is None and pi >= 1:
        quoted = m = quoted_turn_at(text, para.start, para.end)
    if m is None and (label := label_before(text, doc.paragraphs, pi)) is not None:
        if label.group("name").lower() in _ASKERS:
            doc.consumed.append((label.start(), para.end))    # the interviewer's question: no one's statement
            return
        m = label
    if m is None:
        if asked and doc.qa_speaker is None and pi >= 2 and not doc.lead_read:
            doc.lead_read = True
            doc.qa_speaker = _lead_interviewee(doc)
        if doc.qa_speaker is not None and dashed_question(para):
            # "- The authorities stated that ...? What has been done?": the interviewer's question turn of a dashed
            # transcript, no one's statement
            doc.consumed.append((para.start, para.end))
            return
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
        # ("Ramstein Air Base, Germany...: ..." after the headline "...: What's on Agenda?": a headline that asks is
        # no interviewer's question, so a label after it names no interviewee)
        if (actor is None or actor.kind != "person") and not (asked and len(name.split()) >= 2 and pi >= 2):
            return
        if quoted is not None and (actor is None or actor.canonical_name.split()[-1] not in text[:para.start]):
            return
    # (a quoted turn: the words inside its marks)
    close = len(text[:para.end].rstrip())
    a, b = _clean_span(text, m.end() + 1, close - 1) if quoted is not None else \
        _clean_span(text, para.start if label is not None else m.end(), para.end)
    if len(re.findall(r"\w+", text[a:b])) < 3:
        return
    if _RELAYS.search(text, a, b):
        # "KAKISSIS: So he says he hopes that ...": a correspondent's turn that tells what someone else says is
        # reported speech of that one, read sentence by sentence like any other paragraph
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
