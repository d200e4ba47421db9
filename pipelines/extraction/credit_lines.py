"""Credit lines: a sentence that credits the one before it to a speaker ("This was reported by the head of the
regional administration X.", "Deputy Minister Hanna Malyar provided the data on September 14.")."""

from __future__ import annotations


import re

from pipelines.extraction.document import _Cand


from pipelines.extraction.frames import _known_person, _subject_left, _subject_right
from pipelines.extraction.furniture import DASH_CREDIT, DASH_CREDIT_VERBS
from pipelines.extraction.mentions import _build_mention


from pipelines.extraction.sentence_reader import _SentenceReader
from pipelines.extraction.source_phrases import _CITING_WORDS, _according_speaker


from pipelines.extraction.spans import _clean_span, _strip_intro

# one of them is in every match of _DATA_CREDIT (a cheap test before the pattern)
_DATA_WORDS = ("data", "figure", "number", "information", "statistic", "estimate", "statement", "remarks")
_DATA_CREDIT = re.compile(
    r"\b(?:provided|gave|released|published|shared|cited|presented|disclosed)\s+(?:the|these|this|those)\s+"
    r"(?:data|figures?|numbers?|information|statistics|estimates?)\b"
    # ("X, Spokesperson for the State Border Guard Service, made this statement during a briefing.": the words before)
    r"|\bmade\s+(?:this|these|the\s+above)\s+(?:statements?|remarks)\b", re.IGNORECASE)


# "This was reported by the First Deputy Chairman of the Regional Council Yurii Sobolevskyi.": the
# previous sentence is his (a credit line common in Ukrainian outlets)
# ("As reported by Ukrinform, this was stated on live broadcast by Spokesperson X": the copying outlet's relay first)
_REPORTED_BY = re.compile(
    # ("According to Censor.NET, citing Lb.ua and Glavkom, this was announced by X": the relay and its sources)
    r"\W*(?:(?:As\s+(?:previously\s+|earlier\s+)?reported\s+by|According\s+to)\s+[^,;]{1,40}?,\s+"
    r"(?:(?:citing|quoting|with\s+reference\s+to)\s+[^,;]{1,60}?,\s+)?(?=this\b|that\b))?"
    # ("This alarming development was disclosed by military expert X": the event just told, by its noun)
    r"(?:[Tt]his|[Tt]hat|It|(?:The|Such|These|This)\s+(?:\w+\s+)?(?:information|news|data|figures|details|"
    r"development|developments))\s+"
    r"(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+"
    r"(?:\w+ly\s+)?(?:reported|stated|announced|said|confirmed|claimed|noted|written|given|provided|shared|released|"
    r"published|voiced|revealed|disclosed)\s+(?:\w+\s+|on\s+(?:a\s+|the\s+)?(?:live\s+)?(?:air|broadcast|television|"
    r"TV)\s+)?by\s+"
    # "The announcement was made by Russian Foreign Minister Sergey Lavrov ...": the announcement before it is his
    r"|\W*(?:The|This|That|These|Such)\s+(?:announcement|statement|statements|remarks|comments|proposal|claim|"
    r"assessment)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:made|issued)\s+by\s+"
    # "About this reported in the 81st brigade.", "This was reported in the General Staff.": translated copy's credit
    # to a body ("in" for the body's own channel)
    r"|\W*(?:About\s+this|This\s+was|It\s+was)\s+(?:reported|stated|announced|said)\s+in\s+(?=the\s+|[A-Z0-9])"
    # "This is stated in a message from the General Staff.", "This is stated in a material by the ISW": the document's
    # issuer
    r"|\W*(?:This|It)\s+(?:is|was|has\s+been)\s+(?:stated|said|reported|announced|written|noted)\s+in\s+(?:a|an|the|its)\s+"
    # ("This is stated in the evening operational update of the General Staff": two words before the document)
    r"(?:[\w-]+\s+){0,2}(?:message|statement|report|post|update|publication|material|summary|address|video|briefing|"
    r"bulletin)\s+(?:from|of|by)\s+"
    # "This follows from a statement by the IAEA, the Ukrainian News agency reports.": the document's issuer
    r"|\W*(?:This|It)\s+follows\s+from\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){0,2}(?:message|statement|report|post|"
    r"update|publication|material|summary|address|briefing|bulletin)\s+(?:from|of|by)\s+"
    # "UNN reports with reference to the official Telegram channel of the brigade.": a line of its own in which the
    # copying outlet names the source of the paragraph before it
    r"|\W*[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*){0,2}\s+(?:reports|reported|writes|wrote)(?=\s+with\s+reference\s+to\s)")


# (", reports RIA News": the relaying outlet's credit after the by-phrase)
_BY_PHRASE_END = re.compile(r",\s+(?:[a-z]+ing|according|who|which|quoted|cited|in|at|during|on|via|reports|reported|"
                            r"writes|wrote|informs)\b")
_WITH_REFERENCE = re.compile(r"\s" + _CITING_WORDS + r"\s+", re.IGNORECASE)
# "... Oleksandr Syrskyi on the social network Facebook": where he said it, not part of his name
_ON_MEDIUM = re.compile(r"\s(?:on|in|via)\s+(?:the\s+|his\s+|her\s+|its\s+)?(?:social\s+network|Telegram|Facebook|"
                        r"X\b|Twitter|channel|website|page|air|television|TV|a\s+video|an\s+interview)", re.IGNORECASE)


def _data_credit(r: _SentenceReader) -> None:
    """"Deputy Minister Hanna Malyar provided the data on September 14." / "This was reported by
    X.": the previous sentence is the credited speaker's."""
    m = _DATA_CREDIT.search(r.text, r.s.start, r.s.end) if any(w in r.low for w in _DATA_WORDS) else None
    by = _REPORTED_BY.match(r.text, _strip_intro(r.text, r.s.start, r.s.end), r.s.end) if m is None else None
    if by is not None:
        # "This was reported by UNN with reference to Commander-in-Chief X": the outlet passes on X's words
        ref = _WITH_REFERENCE.search(r.text, by.end(), r.s.end)
        if ref is not None and "," in r.text[by.end():ref.start()]:
            # (not "by the spokesman ..., X, during a telethon, Censor.NET reports with reference to Ukrainska Pravda":
            # the relaying outlet's own source, after the by-phrase has closed)
            ref = None
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
        # ("by the 47th separate Mechanized Brigade": a unit's name opens with its number)
        # ("by Spokesperson for the State Border Guard Service of Ukraine (SBGSU) Andrii Demchenko": the name after the
        # body's acronym closes the role, whoever the body is)
        if len(toks) - k >= 2 and k > 0 and (mention is None or toks[k - 1].text == ")"
                                             or not (mention.name or mention.raw or "")[:1].isupper()
                                             and not (mention.name or "")[:1].isdigit()):
            lo_i = r.toks.index(toks[k])
            named = _build_mention(r.text, r.toks, lo_i, lo_i + len(toks) - k)
            mention = named if named is not None else mention
        if mention is not None and mention.is_person is not True and len(toks) >= 3:
            # "by the spokesman for the Khortytsia Operational and Strategic Group of Troops Nazar Voloshyn": a known
            # person's name closing the title, after a body's name of many capitalised words
            i2 = r.toks.index(toks[-2])
            if _known_person(r.text, r.toks, i2, i2 + 2):
                mention = _build_mention(r.text, r.toks, i2, i2 + 2) or mention
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
        first = _paragraph_before(r.text, sents, si)
    lo = sents[first].start
    if any(c.start < prev.end and c.end > lo for c in r.doc.cands):
        return
    a, b = _clean_span(r.text, _strip_intro(r.text, lo, prev.end), prev.end)
    if len(re.findall(r"\w+", r.text[a:b])) >= 3:
        r.doc.cands.append(_Cand(a, b, r.text[a:b], "indirect", "provide", res, lo, r.s.end))


def _paragraph_before(text: str, sents: list, si: int) -> int:
    """The index of the first sentence of the paragraph that ends right before sentence ``si`` (at most 3 back)."""
    first = si - 1
    while first > 0 and si - first < 4 and "\n" not in text[sents[first - 1].end:sents[first].start]:
        first -= 1
    return first


def _dash_credit(r: _SentenceReader) -> None:
    """A line of its own holding only a dash and a credit ("- Tregubov said.", furniture.DASH_CREDIT) gives the
    paragraph above it to its speaker."""
    text, s, toks, n = r.text, r.s, r.toks, r.n
    # (the cheap test first: most sentences hold no dash credit)
    m = DASH_CREDIT.fullmatch(text[s.start:s.end].strip()) if n >= 3 and text[s.start:s.end].lstrip()[:1] in (
        "-", "\u2013", "\u2014") else None
    if m is None:
        return
    si = r.doc.sentences.index(s)
    if si == 0 or "\n" not in text[r.doc.sentences[si - 1].end:s.start]:
        return
    if m.group("verb"):
        mention = _speaker_closing(r, next(k for k, t in enumerate(toks) if t.start >= s.start + m.start("verb")))
        if mention is None:
            return
    else:
        # (the verb's first word: "- he summed up." has a verb of two words)
        verbs = [k for k, t in enumerate(toks) if re.fullmatch(DASH_CREDIT_VERBS, t.low)
                 or k + 1 < n and re.fullmatch(DASH_CREDIT_VERBS, f"{t.low} {toks[k + 1].low}")]
        if not verbs:
            return
        vi = verbs[-1]
        mention, first = _subject_left(text, toks, vi, 0)
        if mention is None or text[s.start:toks[first].start].strip() not in ("-", "\u2013", "\u2014"):
            return
    sents = r.doc.sentences
    _credit_paragraph(r, mention, sents[_paragraph_before(text, sents, si)].start, sents[si - 1].end, s.start)


def _speaker_closing(r: _SentenceReader, vi: int):
    """The speaker right after the credit's verb at token ``vi``, when nothing but the speaker follows it ("- added
    the head of intelligence."), else None."""
    text, s, toks, n = r.text, r.s, r.toks, r.n
    mention, e = _subject_right(text, toks, vi + 1, n)
    if mention is None or e <= vi + 1 or text[toks[e - 1].end:s.end].strip(" ."):
        return None
    return mention


def _credit_paragraph(r: _SentenceReader, mention, lo: int, hi: int, credit_start: int, unquoted: bool = False) -> None:
    """Give ``text[lo:hi]`` (the paragraph a dash credit closes) to the credit's speaker as a direct statement, unless
    another candidate already reads it (or, with ``unquoted``, it holds quotation marks); the credit from
    ``credit_start`` to the sentence's end is consumed."""
    text = r.text
    res = r.doc.disc.resolve(mention, mention.start)
    if res is None:
        return
    if any(c.start < hi and c.end > lo for c in r.doc.cands) or any(a < hi and b > lo for a, b in r.doc.consumed) \
            or unquoted and any(q in text[lo:hi] for q in ('"', "\u201c", "\u201d")):
        return      # (a quotation's marks say what is quoted; its own frame reads it)
    a, b = _clean_span(text, lo, hi)
    if len(re.findall(r"\w+", text[a:b])) >= 3:
        r.doc.consumed.append((credit_start, r.s.end))
        r.doc.cands.append(_Cand(a, b, text[a:b], "direct", "say", res, lo, r.s.end))


# "... These are in three communities: A, B and C - said Kanashevich.": the credit closes the paragraph it credits,
# after a dash on the same line (the layout of Ukrainian outlets' translated copy, unquoted)
_INLINE_DASH_CREDIT = re.compile(r"[\w.,;:!?)]\s+(?P<dash>[-\u2013\u2014])\s+(?P<verb>" + DASH_CREDIT_VERBS +
                                 r")\s+[^.\n\"\u201c\u201d]{2,80}?\s*\.?\s*$")


def _inline_dash_credit(r: _SentenceReader) -> None:
    """A paragraph's last sentence that closes on " - said X." gives the paragraph, up to the dash, to X."""
    text, s, toks, n = r.text, r.s, r.toks, r.n
    # (the cheap tests first: a dash in the sentence, and the sentence the last of its paragraph)
    if n < 4 or not any(d in text[s.start:s.end] for d in ("- ", "\u2013", "\u2014")) \
            or text[s.end:s.end + 80].strip(" \t")[:1] not in ("\n", ""):
        return
    m = _INLINE_DASH_CREDIT.search(text, s.start, s.end)
    if m is None:
        return
    mention = _speaker_closing(r, next(k for k, t in enumerate(toks) if t.start >= m.start("verb")))
    if mention is None:
        return
    sents = r.doc.sentences
    _credit_paragraph(r, mention, sents[_paragraph_before(text, sents, sents.index(s) + 1)].start, m.start("dash"),
                      m.start("dash"), unquoted=True)
