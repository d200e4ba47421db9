"""Direct quotes: which quotes are speech, and who said each of them.

A quote that holds a clause (not a scare-quoted word) is a *speech quote* (``_is_speech_quote``).
``_DirectQuotes.handle`` attributes each one, in text order, by a frame next to it:

1. trailing (``"...," X said`` / ``"...," said X``); a frame between two quotes of one paragraph
   makes them one split quote;
2. leading (``X said: "..."``, any ``X <verb> ...: "..."``, or a colon frame
   ``X, in its summary: "..."``);
3. none, but it directly continues the previous direct statement (split, multi-sentence and
   multi-paragraph quotes): it joins that statement;
4. a bare frame sentence before it (``X told reporters:``) or after it (``X said in a statement.``).

An unclosed quote continued by a quote that opens the next paragraph is one group throughout.
Interview turns (``Budanov: Difficult, but ...``) are direct too, but have no quote marks: see
``indirect.py``.
"""
from __future__ import annotations

import re

from pipelines.extraction.document import _Cand, _Doc
from pipelines.extraction.frames import (
    Frame, _clause_subject, _colon_frame, _frame_end, _subject_left, _subject_right, _tail_is_anonymous,
    _verb_ok,
)
from pipelines.extraction.spans import _THAT_WINDOW, _sentence_index
from pipelines.extraction.text import Quote
from pipelines.extraction.mentions import Mention, _build_mention, _np_left
from pipelines.extraction.tokens import _PARTICIPLE_OK_PREV, Tok, _is_cap, _lex, _tokens


# "– he said –" inside a quotation: the frame of the whole quote
_INNER_FRAME = re.compile(r"\s[\u2013\u2014-]{1,2}\s*(?P<who>[A-Za-z][\w.'\u2019 -]{0,60}?)\s+(?P<verb>[a-z]+)\s*[\u2013\u2014-]{1,2}\s")
# verbs whose object may be the quotation itself, with no colon or comma: 'X announced "..."', 'X wrote "..."'
_QUOTE_AS_OBJECT = frozenset("announce declare write tweet".split())
# verbs that may introduce a whole quoted sentence with no comma or colon: 'X said "Fighting continues."'
_SAY_BARE = frozenset("say add state".split())
# verbs that tell speaking only in a frame right after a quotation ("fighting continued" tells none)
_TRAILING_ONLY = frozenset("continued concluded".split())
_GENERIC_PAST = re.compile(r"[a-z]{3,}ed")
# words that end the adjuncts between a verb and its "that": another clause's ("the fact that", "so that")
_QUOTED_BREAKS = frozenset("fact so such now given provided except and but because".split())
# how many tokens before a colon a frame's verb may stand ("X said on Monday in Kyiv: '...'"); further back, up to the
# far limit, only a verb of response with its object ("responded to X's assertion that ...: '...'")
_COLON_NEAR, _COLON_FAR = 12, 22
_NEW_CLAUSE_LEAD = frozenset("while whereas but although though when after because since".split())
# what may follow a frame's verb to the end of its sentence: adjuncts, no clause ("said on Telegram.")
_FRAME_TAIL = re.compile(r"(?:\s+(?!that\b)[\w'\u2019.-]+){0,8}\s*[.!]?")
# what may follow the verb of a frame that opens the sentence after a quotation's full stop: whom it was told, when,
# where ("Vereshchuk said on national TV.", "Peskov told reporters on Monday."), never words of its own
_STOP_FRAME_TAIL = re.compile(r"(?:\s+(?:reporters|journalists|"
                              r"(?-i:[A-Z])[\w.'\u2019-]+(?:\s+(?-i:[A-Z])[\w.'\u2019-]+){0,2}))?"
                              r"(?:\s+(?:on|in|during|late|earlier|later|yesterday|today|this|last|via)\b"
                              r"[^.!?,;\"\u201c\u201d]{0,40})?\s*[.!]?", re.IGNORECASE)
# ("..., later writing on social media: "..."": where it was written may stand between)
_PARTICIPLE_LEAD = re.compile(r"\b(?:saying|adding|stating|writing|declaring|posting)"
                              r"(?:\s+(?:on|in|via)\s+[^,:;.\"\u201c]{1,40})?\s*[,:]\s*$")


# ('Russia "liberated an area of 31 sq km. The enemy lost 1,500 soldiers," according to X': a quotation that runs on
# into a whole sentence of its own and is credited after it is speech, however it began; after "told X that" the
# indirect frame keeps it)
_ACCORDING_AFTER = re.compile(r"\s*,?\s*according\s+to\b", re.IGNORECASE)
_WHOLE_SENTENCE_INSIDE = re.compile(r"[a-z][.!?]\s+[A-Z][a-z]+\s+(?:[\w'\u2019,-]+\s+){2,}")


def _is_speech_quote(text: str, q: Quote) -> bool:
    """Does the quote hold speech (a clause) rather than a scare-quoted word or a title?"""
    inner = text[q.inner_start:q.inner_end].strip()
    if not inner:
        return False
    n = len(inner.split())
    if inner[0].islower() and q.closed and _embedded(text, q.start) and not (
            inner.endswith(",") and re.search(r",\s*$", text[max(0, q.start - 3):q.start])) \
            and not (_WHOLE_SENTENCE_INSIDE.search(inner) and _ACCORDING_AFTER.match(text, q.end)):
        # ('Even though air defences shot down many missiles, "some of them hit ...," said X': a clause of its own
        # between commas, its frame after it)
        return False   # 'are proof of Europe's resolve to "stop Putin's war machine," the chief said': a fragment
    if q.kind == "single":
        # (a British outlet's short quotation in single marks: "‘Only pressure works,’ Podoljak said", "Zelensky
        # declared: ‘Our South! Our guys!’", its frame right after it or its verb and colon right before)
        return inner[-1] in ",.!?" and (n >= 8 or n >= 2 and q.closed and inner[0].isupper() and (
            _answer_after_colon(text, q.start) or _REPLY_FRAME_AFTER.match(text, q.end) is not None))
    ends = inner[-1] in ",.!?\u2026" or not q.closed
    if n >= 3 and ends:
        return True
    if ends and q.closed and inner[0].isupper() and _answer_after_colon(text, q.start):
        return True    # 'Peskov said: "Of course."': a short reply the verb and colon introduce is speech
    if q.closed and inner[0].isupper() and inner.endswith(",") and _REPLY_FRAME_AFTER.match(text, q.end) \
            and not text[max(0, text.rfind("\n", 0, q.start) + 1):q.start].strip():
        return True    # '"Not yet," Peskov said when asked ...': a short reply opening its paragraph, its frame after
    if n >= 10:
        return True
    if n >= 6 and inner[0].isupper():
        return True
    return False


_REPLY_FRAME_AFTER = re.compile(r"\s*(?:(?-i:[A-Z])[\w'\u2019-]+\s+){1,3}(?:said|says|replied|replies|answered|told|"
                                r"wrote|writes|posted|announced)\b"
                                r"|\s*(?:he|she)\s+(?:said|replied|answered)\b", re.IGNORECASE)


def _answer_after_colon(text: str, start: int) -> bool:
    """Is the quote at ``start`` introduced by a reporting verb and a colon ("said: ", "replied: ")?"""
    m = re.search(r"(\w+)\s*:\s*$", text[max(0, start - 40):start])
    return m is not None and m.group(1).lower() in _lex().verb_lemma


def _embedded(text: str, start: int) -> bool:
    """Does a quote at ``start`` continue an unquoted clause of its sentence (three words or more before
    it, not introduced by a colon)?"""
    lo = max(text.rfind("\n", 0, start), max(text.rfind(p, 0, start) for p in (". ", "? ", "! ")))
    before = text[lo + 1:start].rstrip()
    if re.search(r"[\"\u201c\u201d\u201e]", before):
        return False   # the second half of a split quote: '"We hold," he said, "but ..."'
    last = re.search(r"(\w+)$", before)
    if last and not last.group(1).endswith("ing") and _lex().verb_lemma.get(last.group(1).lower()) in _QUOTE_AS_OBJECT:
        return False   # 'Zelensky announced "the completion of ..."': the quotation is the verb's object, his words
    return not before.endswith(":") and len(re.findall(r"\w+", before)) >= 3


# the labelled layout of some Ukrainian outlets: "Source: X's address" / "Quote: “...”"
_QUOTE_LABEL = re.compile(r"\s*(?:Quote|Quotation|Direct\s+speech)\s*:\s*")
_SOURCE_LINE = re.compile(r"\s*Source\s*:\s*\S")


_ACCORDING_FRAME = re.compile(r"\W*[Aa]ccording\s+to\s+(?:(?:the|an?)\s+)?(?:[\w-]+\s+){0,3}?(?=[A-Z])")


class _DirectQuotes:
    """The direct-quote stage of one article. Quotes are handled in text order, interleaved with the
    other stages, so that a quote can continue the direct statement just before it."""

    def __init__(self, doc: _Doc):
        self.doc = doc
        self.last: tuple[_Cand, Quote] | None = None   # last direct candidate and its last quote
        self.handled: set[int] = set()                  # quotes already joined to an earlier group

    def handle(self, qi: int) -> None:
        """Attribute speech quote ``qi`` (with the quotes that continue it), trying in turn a trailing
        frame, a leading frame, a continuation of the previous statement and a frame sentence."""
        q0 = self.doc.speech[qi]
        if qi in self.handled or self.doc.in_consumed(q0.start, q0.end):
            return
        group, qi = self._paragraph_group(qi)
        # ('..., with spokesman X saying, "This is not true," Y posted a video': a participle frame right before
        # the quote is its frame, whatever clause follows it)
        if _PARTICIPLE_LEAD.search(self.doc.text, max(0, group[0].start - 40), group[0].start) \
                and self._attribute_leading(group):
            return
        if self._attribute_trailing(group, qi) or self._attribute_leading(group) or self._attribute_inside(group) \
                or self._continue_previous(group) or self._attribute_by_sentence(group) \
                or self._continue_speaker(group):
            return
        self.last = None

    # -- the attribution steps, in the order they are tried
    def _paragraph_group(self, qi: int) -> tuple[list[Quote], int]:
        """A multi-paragraph quote: an unclosed quote continued by a quote opening the next paragraph.
        Returns the group and the index of its last quote."""
        speech, paragraphs = self.doc.speech, self.doc.paragraphs
        group = [speech[qi]]
        while not group[-1].closed and qi + 1 < len(speech):
            cont = speech[qi + 1]
            para = paragraphs[cont.paragraph] if cont.paragraph < len(paragraphs) else None
            if cont.paragraph != group[-1].paragraph + 1 or para is None or cont.start != para.start:
                break
            group.append(cont)
            self.handled.add(qi + 1)
            qi += 1
        return group, qi

    def _attribute_trailing(self, group: list[Quote], qi: int) -> bool:
        """A frame after the group (``"...," X said``), read up to the next quote of the paragraph."""
        speech, text = self.doc.speech, self.doc.text
        q = group[-1]
        nxt = speech[qi + 1] if qi + 1 < len(speech) else None
        limit = nxt.start if nxt is not None and nxt.paragraph == q.paragraph else len(text)
        fr = self._frame_after(q, limit)
        if fr is None:
            return False
        # split quote: the frame sits between two quotes of one statement
        if nxt is not None and nxt.paragraph == q.paragraph and fr.end >= nxt.start - 3 and fr.mention is not None:
            nf = self._frame_after(nxt, speech[qi + 2].start if qi + 2 < len(speech) and speech[qi + 2].paragraph == nxt.paragraph else len(text))
            if nf is None:
                group.append(nxt)
                self.handled.add(qi + 1)
        self._add(group, fr)
        return True

    def _attribute_leading(self, group: list[Quote]) -> bool:
        """A frame before the group in its sentence (``X said: "..."``), after any earlier quote."""
        speech = self.doc.speech
        q = group[0]
        qi0 = speech.index(q)
        prev_end = speech[qi0 - 1].end if qi0 > 0 and speech[qi0 - 1].paragraph == q.paragraph else 0
        fr = self._frame_before(q, prev_end)
        if fr is None:
            return False
        if fr.mention is None and self.last is not None and self.last[1].end == prev_end \
                and _COORDINATED_REPORT.fullmatch(self.doc.text, prev_end, q.start):
            # 'X said, "...," and added, "..."': the coordinated verb's subject is the previous quotation's speaker;
            # the second quotation is a statement of its own
            self._add(group, fr, self.last[0].res)
            return True
        self._add(group, fr)
        return True

    def _attribute_inside(self, group: list[Quote]) -> bool:
        """A frame set off by dashes inside the quote, as translations from Italian or Russian write it:
        "“... 50-60 thousand – he said – These are ...”"."""
        lex = _lex()
        text = self.doc.text
        q = group[0]
        for m in _INNER_FRAME.finditer(text, q.inner_start, q.inner_end):
            verb = m.group("verb").lower()
            if verb not in lex.verb_lemma:
                continue
            toks = _tokens(text, m.start("who"), m.end("verb"))
            vi = len(toks) - 1
            mention, first = _subject_left(text, toks, vi, 0)
            if mention is None or first != 0:
                continue
            self._add(group, Frame(mention, toks[vi], lex.verb_lemma[verb], m.start(), m.end()))
            if self.last is not None:
                c = self.last[0]
                c.quote = re.sub(r"\s+", " ", c.quote.replace(m.group(0).strip(), " ")).strip()
            return True
        return False

    def _continue_previous(self, group: list[Quote]) -> bool:
        """No frame: the group joins the previous direct statement when it directly continues it."""
        if not self._extend(group[0]):
            return False
        for g in group[1:]:
            self._extend(g)
        return True

    def _continue_speaker(self, group: list[Quote]) -> bool:
        """A paragraph that is nothing but a quote, right after a paragraph that ends with a statement
        (``Kofman said that ...`` / ``According to X, ...`` / ``"...," X said.``): reporters let the
        speaker of the previous paragraph go on without a new frame. The quote joins that speaker's
        direct statement when it ended the paragraph, else it is a new direct statement of the same
        speaker."""
        doc = self.doc
        text, paragraphs = doc.text, doc.paragraphs
        q0, ql = group[0], group[-1]
        pi = q0.paragraph
        if pi <= 0 or pi >= len(paragraphs) or not ql.closed:
            return False
        para, prev = paragraphs[pi], paragraphs[pi - 1]
        if (text[para.start:q0.start].strip() and not _QUOTE_LABEL.fullmatch(text[para.start:q0.start])) \
                or re.search(r"\w", text[ql.end:para.end]):
            return False            # not a bare quote paragraph ("Quote: “...”" is one)
        if _SOURCE_LINE.match(prev.text) and pi >= 2:
            prev = paragraphs[pi - 2]   # "Source: Zelenskyy's address" between the statement and its quote
        before = [c for c in doc.cands if prev.start <= c.start < prev.end]
        if not before:
            return False
        c = max(before, key=lambda x: (x.end, x.start))
        if re.search(r"\w", text[max(c.end, c.sent_end):prev.end]):
            return False            # the statement is not the last thing the paragraph says
        if c.stype == "direct" and self.last is not None and self.last[0] is c:
            return self._extend_across(group)
        res = c.res
        for q in group:
            doc.consumed.append((q.start, q.end))
        parts = [text[q.inner_start:q.inner_end].strip() for q in group]
        qt = re.sub(r"[,\s]+$", "", " ".join(p for p in parts if p))
        nc = _Cand(q0.inner_start, ql.inner_end, qt, "direct", c.cue, res,
                   doc.sentence_at(q0.start).start, doc.sentence_at(ql.end - 1).end)
        doc.cands.append(nc)
        self.last = (nc, ql)
        return True

    def _extend_across(self, group: list[Quote]) -> bool:
        """Join the group to the last direct statement across a paragraph break."""
        doc = self.doc
        c, _prev_q = self.last
        for q in group:
            c.end = q.inner_end
            c.quote = re.sub(r"[,\s]+$", "", (c.quote + " " + doc.text[q.inner_start:q.inner_end].strip()).strip())
            c.sent_end = max(c.sent_end, doc.sentence_at(q.end - 1).end)
            doc.consumed.append((q.start, q.end))
        self.last = (c, group[-1])
        return True

    def _attribute_by_sentence(self, group: list[Quote]) -> bool:
        """A bare quote after an attribution sentence ("X told reporters:" / "X said in a statement.")
        or before a bare frame sentence."""
        doc = self.doc
        sentences, text = doc.sentences, doc.text
        q = group[0]
        si = _sentence_index(sentences, q.start)
        if sentences[si].start < q.start - 1:
            return False
        fr = self._frame_sentence(si - 1)
        if fr is not None:
            if self.last is not None and self.last[0].sent_start <= fr.start < self.last[0].sent_end:
                # '"...," he said on Telegram. / "..."': the frame already closed the statement that
                # this quote paragraph goes on with
                return self._extend_across(group)
            self._add(group, fr)
            return True
        # or before a bare frame sentence
        ql = group[-1]
        sj = _sentence_index(sentences, ql.end - 1)
        if sentences[sj].end <= ql.end + 1:
            fr = self._frame_sentence(sj + 1)
            if fr is not None and not text[fr.start:fr.end].rstrip().endswith(":"):
                self._add(group, fr)
                return True
        return False

    # -- frames next to a quote
    def _frame_after(self, q: Quote, limit: int) -> Frame | None:
        """A trailing frame: ``"...," said X`` (inverted) or ``"...," X, the head of ..., told reporters``."""
        lex = _lex()
        text, sentences = self.doc.text, self.doc.sentences
        si = _sentence_index(sentences, max(q.start, q.end - 1))
        s_end = min(sentences[si].end, limit)
        # when the quote closes the sentence, a frame may still follow in the next "sentence"
        # produced by the splitter ("...hold on," he said.) -- the splitter never splits there
        a = q.end
        near = False
        if a >= s_end:
            # ('"... Stay in shelters!" Mayor Vitali Klitschko said.': the splitter does split after "!" or "?" closing
            # a quotation; the frame opening the next sentence is still this quotation's)
            # ('"... with the occupation authorities." Vereshchuk said on national TV.': after a full stop, only a
            # frame that holds nothing but its speaker, verb and adjuncts)
            stop = bool(re.search(r"\.\W*$", text[q.start:q.end]))
            if not (stop or re.search(r"[!?]\W*$", text[q.start:q.end])) or si + 1 >= len(sentences) \
                    or sentences[si + 1].start - a > 3 or limit <= sentences[si + 1].start \
                    or stop and "\n" in text[a:sentences[si + 1].start]:
                return None
            s_end, near = min(sentences[si + 1].end, limit), True
        toks = _tokens(text, a, min(s_end, a + 600))
        if not toks:
            return None
        k = 0
        if toks[k].text in (",",):
            k += 1
        inverted_dash = k < len(toks) - 1 and toks[k].text in ("\u2013", "\u2014") \
            and toks[k + 1].low in lex.verb_lemma and not toks[k + 1].low.endswith("ing")
        if inverted_dash:
            k += 1     # ('"...," – wrote Gladkov in his Telegram channel.': translated copy's dash before the verb)
        if k >= len(toks):
            return None
        quoted = _quoted_as_saying(text, toks, k)
        if quoted is not None:
            return quoted
        # ('"...," he remonstrated.': a quotation that closes on its comma hands the sentence on to its frame, so any
        # verb in the past right after the subject, ending the sentence, is the speaking)
        comma_closed = k == 1 or bool(re.search(r",\W*$", text[q.start:q.end]))
        # inverted: "said X"
        if toks[k].low in lex.verb_lemma:
            m, e = _subject_right(text, toks, k + 1, len(toks))
            fr_end = _frame_end(toks, e if m else k + 1)
            return Frame(m, toks[k], lex.verb_lemma[toks[k].low], q.end, fr_end)
        # "X said", "X, the head of ..., told reporters"
        for vi in range(k, min(len(toks), k + 40)):
            t = toks[vi]
            if (t.low in _TRAILING_ONLY or comma_closed and _GENERIC_PAST.fullmatch(t.text)) and vi - k <= 4 \
                    and (vi + 1 == len(toks) or toks[vi + 1].text in (".", ",")):
                # '"...," he continued.': a verb of speaking only right after a quotation
                m, first = _subject_left(text, toks, vi, k)
                if m is not None and first == k:
                    return Frame(m, t, "say", q.end, _frame_end(toks, vi + 1))
            if t.low in lex.verb_lemma and _verb_ok(toks, vi):
                m, first = _subject_left(text, toks, vi, k)
                if near and (m is None or first != k or vi - k > 8
                             or not _FRAME_TAIL.fullmatch(text, t.end, toks[-1].end)
                             or stop and not _STOP_FRAME_TAIL.fullmatch(text, t.end, toks[-1].end)):
                    # (after "!" or "?", only a frame that opens the next sentence with its subject and ends it:
                    # '... ammunition?" / Kofman warned that ...' is a statement of its own)
                    return None
                if first > k and toks[k].low in _NEW_CLAUSE_LEAD:
                    # 'Putin referred to the regions as "Donbas and Novorossiya," while Peskov claimed that ...': a new
                    # clause with its own subject, not the quotation's frame
                    return None
                if m is not None and (m.kind in ("role", "descriptive") or m.is_person is False
                                      and m.raw.lower().startswith("the ")) \
                        and first > k + 1 and toks[first - 1].text == "," \
                        and 2 <= first - 1 - k <= 3 and all(_is_cap(x) for x in toks[k:first - 1]):
                    # ('"...," Serhii Hayday, the Ukrainian head of Luhansk military administration told CNN.': the
                    # name before its apposition, whose closing comma is left out)
                    named = _build_mention(text, toks, k, first - 1)
                    m = named if named is not None and named.kind == "named" else m
                if first == k or m is not None:
                    fr_end = _frame_end(toks, vi + 1)
                    return Frame(m, t, lex.verb_lemma[t.low], q.end, fr_end)
                # anonymous subject that covers the tail ("a soldier ... told X")
                if _tail_is_anonymous(toks, k, vi):
                    return Frame(None, t, lex.verb_lemma[t.low], q.end, _frame_end(toks, vi + 1))
                return None
            if t.text in ("\"", "\u201c", "\u201e"):
                return None
        return None

    def _frame_before(self, q: Quote, lower: int) -> Frame | None:
        """A leading frame in the quote's sentence, after ``lower``: ``X said: "..."``, a colon frame."""
        lex = _lex()
        text, sentences = self.doc.text, self.doc.sentences
        si = _sentence_index(sentences, q.start)
        a = max(sentences[si].start, lower)
        if q.start - a < 2:
            return None
        toks = _tokens(text, a, q.start)
        if not toks:
            return None
        # must end with ':' or ',' (or a verb directly: 'stating, "..."')
        last = toks[-1].text
        # (an editor's word in brackets may open it: 'that "(Russia) has not lost anything"')
        opening = text[q.inner_start:q.inner_start + 2].lstrip("([")[:1]
        if toks[-1].low == "that" and opening.isupper():
            # 'Prigozhin said late on Tuesday that "Wagner units took control of ... A cauldron has been formed."':
            # a whole quoted sentence after the verb's "that" (and its adjuncts) is the speaker's own words
            for vi in range(len(toks) - 2, max(-1, len(toks) - 2 - _THAT_WINDOW), -1):
                t = toks[vi]
                if t.text in (",", ";", ":") or t.low in _QUOTED_BREAKS:
                    break
                # ('with President X saying on Sept. 7 that "..."': a participle with its own named subject too)
                if t.low in lex.verb_lemma and _verb_ok(toks, vi) and (
                        not t.low.endswith("ing") or t.low == "saying" and vi > 0 and toks[vi - 1].text[:1].isupper()):
                    m, _ = _subject_left(text, toks, vi, 0)
                    return Frame(m, t, lex.verb_lemma[t.low], m.start, q.start) if m is not None else None
            return None
        if last not in (":", ","):
            vi = len(toks) - 1
            lemma = lex.verb_lemma.get(toks[vi].low)
            # ('Cherevaty said “Fighting continues in Soledar.”': a whole sentence right after "said" is his
            # words too, the comma or colon left out)
            whole = lemma in _SAY_BARE and text[q.inner_start:q.inner_start + 1].isupper()
            # ('..., with President X saying "We do not attack Moscow."': a participle with its own subject too)
            own_subject = whole and toks[vi].low == "saying" and (toks[vi - 1].text[:1].isupper() or toks[vi - 1].text == ",")
            if (lemma in _QUOTE_AS_OBJECT or whole) and vi > 0 \
                    and _verb_ok(toks, vi) and (not toks[vi].low.endswith("ing") or own_subject):
                # 'Zelensky announced "the completion of the liberation of Sudzha."': the quote is the object
                m, _ = _subject_left(text, toks, vi, 0)
                if m is None and whole and toks[vi].low == "saying" and toks[vi - 1].text == ",":
                    m, _ = _clause_subject(text, toks, 0, vi - 1)   # 'He denied it, saying "We do not attack."'
                if m is not None:
                    return Frame(m, toks[vi], lex.verb_lemma[toks[vi].low], m.start, q.start)
            return None
        quoted = _quoting_before(text, toks)
        if quoted is not None:
            return Frame(quoted[0], quoted[1], "say", quoted[0].start, q.start)
        if len(toks) >= 2 and toks[-2].low in _TRAILING_ONLY:
            # 'He continued, "Thanks to the decisive movements of our soldiers, ..."': right before the quotation's
            # comma or colon, with its subject alone before it, the verb tells speaking too
            m, first = _subject_left(text, toks, len(toks) - 2, 0)
            # ("And she continued, ...": a conjunction opening the sentence joins it to the last, no subject)
            if m is not None and (first == 0 or toks[first - 1].text == ","
                                  or first == 1 and toks[0].low in ("and", "but")):
                return Frame(m, toks[-2], "say", m.start, q.start)
        for vi in range(len(toks) - 2, max(-1, len(toks) - 2 - _COLON_FAR), -1):
            t = toks[vi]
            if vi < len(toks) - 2 - _COLON_NEAR and toks[vi + 1].low not in ("to", "on"):
                # ('Peskov responded to Trump's assertion that Ukraine had lost control of the Crimean Peninsula:
                # "..."': far from its colon, only a verb of response with its object; "X said that ...: '...'"
                # reports the clause, and the quotation after the colon is read on its own)
                continue
            if t.low in lex.verb_lemma and _verb_ok(toks, vi):
                lemma = lex.verb_lemma[t.low]
                pv = vi - 1
                while pv > 0 and toks[pv].low in ("later", "then", "also", "again", "afterwards", "subsequently"):
                    pv -= 1         # ("..., later writing on social media:": an adverb before the participle)
                lead = None
                said = pv - 1 if toks[pv].text == "," and pv >= 2 and toks[pv - 1].low in lex.verb_lemma \
                    and not toks[pv - 1].low.endswith("ing") and toks[pv - 2].low in ("he", "she", "they") \
                    and pv >= 3 and toks[pv - 3].text == "," else None
                if t.low.endswith("ing") and vi > 0 and toks[pv].low in _PARTICIPLE_OK_PREV and said is not None:
                    # ('Samples were collected, he said, adding, "..."': the participle is the inverted frame's, its
                    # subject the pronoun after the content, not the content's own subject)
                    m, _ = _subject_left(text, toks, said, 0)
                    lead = toks[pv].start      # (the clause and its frame before the participle: reported speech)
                elif t.low.endswith("ing") and vi > 0 and toks[pv].low in _PARTICIPLE_OK_PREV \
                        and (named := _closing_frame_subject(text, toks, pv)) is not None:
                    # ('Shelling killed a man, the city's military administration said, adding, "..."': the same,
                    # its subject named after the content's comma)
                    m, lead = named, toks[pv].start
                elif t.low.endswith("ing") and vi > 0 and toks[pv].low in _PARTICIPLE_OK_PREV:
                    m, _ = _clause_subject(text, toks, 0, len(toks))
                    if m is not None and toks[pv].text == "," and m.end <= toks[pv].start:
                        # ('X insisted that "...", adding: "..."': the participle's frame starts at its comma, so
                        # the main clause before it is still read as X's reported speech)
                        lead = toks[pv].start
                else:
                    m, _ = _subject_left(text, toks, vi, 0)
                if m is None and vi > 2 and toks[vi - 1].low == "who" and toks[vi - 2].text == ",":
                    # 'The retreat was confirmed by Daniil Bezsonov, who said: "..."': the relative's antecedent
                    k = _np_left(toks, vi - 3, 0)
                    named = _build_mention(text, toks, k, vi - 2) if k < vi - 2 else None
                    m = named if named is not None and named.kind == "named" else None
                # ('Grossi did not confirm it, but added: "..."': "but" coordinates the same way)
                if m is None and vi > 1 and toks[vi - 1].low in ("and", "but"):
                    # 'Kallas hailed the news on X and wrote: "..."': the coordinated verb's subject
                    first = next((k for k in range(1, vi - 1) if re.fullmatch(r"[a-z]+ed", toks[k].text)), None)
                    m = _subject_left(text, toks, first, 0)[0] if first is not None else None
                    if m is None:
                        m, _ = _clause_subject(text, toks, 0, vi - 1)
                    rv = next((k for k in range(1, vi - 1) if toks[k].low in lex.verb_lemma
                               and not toks[k].low.endswith("ing")), None)
                    if m is not None and rv is not None and toks[rv].start >= m.end \
                            and any(x.low == "that" for x in toks[rv + 1:vi - 1]):
                        # ('X said that A, and added: "B"': the first verb's clause is X's reported speech of its
                        # own, so the frame starts at the link)
                        lead = toks[vi - 2].start if toks[vi - 2].text == "," else toks[vi - 1].start
                return Frame(m, t, lemma, toks[0].start if m is None else (lead if lead is not None else m.start),
                             q.start)
        if last == ":":
            return _colon_frame(text, toks, q.start)
        acc = _ACCORDING_FRAME.match(text, a, q.start)
        if acc is not None:
            # 'According to the think tank ISW, "Ukraine has turned the tide ..."': the quote is X's
            at = [k for k, t in enumerate(toks) if t.start >= acc.end()]
            if at:
                m, e = _subject_right(text, toks, at[0], len(toks) - 1)
                if m is not None and e == len(toks) - 1:
                    return Frame(m, None, "say", m.start, q.start)
        return None

    def _frame_sentence(self, si: int) -> Frame | None:
        """A sentence that is only an attribution: 'X told reporters.' / 'X said:'"""
        lex = _lex()
        text, sentences = self.doc.text, self.doc.sentences
        if si < 0 or si >= len(sentences):
            return None
        s = sentences[si]
        toks = self.doc.toks_of(si)
        if not toks or len(toks) > 30:
            return None
        for vi, t in enumerate(toks):
            if t.low in lex.verb_lemma and _verb_ok(toks, vi):
                m, first = _subject_left(text, toks, vi, 0)
                if m is None and vi > 0 and toks[vi - 1].low == "as":
                    continue    # "As reported by Ukrinform, he stated:": the credit's verb; the frame's comes next
                if m is None:
                    return None
                rest = text[t.end:s.end].strip()
                if rest.endswith(":") or (len(rest.split()) <= 6 and not re.search(r"\bthat\b", rest)):
                    return Frame(m, t, lex.verb_lemma[t.low], s.start, s.end)
                return None
        if toks[-1].text == ":":
            return _colon_frame(text, toks, s.end)
        return None

    # -- candidates
    def _add(self, group: list[Quote], fr: Frame, res=None) -> None:
        """One direct candidate for the group, spoken by the frame's speaker (or ``res``, a speaker already
        resolved). The quotes and the frame are consumed even when the speaker is anonymous, so no other stage
        reads them again."""
        doc = self.doc
        text = doc.text
        if res is None:
            res = doc.disc.resolve(fr.mention, fr.mention.start) if fr.mention else None
        for q in group:
            doc.consumed.append((q.start, q.end))
        doc.consumed.append((min(fr.start, fr.end), max(fr.start, fr.end)))
        if res is None:
            self.last = None
            return
        parts = [text[q.inner_start:q.inner_end].strip() for q in group]
        qt = " ".join(p for p in parts if p)
        qt = re.sub(r"[,\s]+$", "", qt)
        s0 = doc.sentence_at(group[0].start)
        s1 = doc.sentence_at(max(group[-1].end - 1, fr.end - 1))
        c = _Cand(group[0].inner_start, group[-1].inner_end, qt, "direct", fr.lemma, res,
                  min(s0.start, fr.start), max(s1.end, fr.end))
        doc.cands.append(c)
        self.last = (c, group[-1])

    def _extend(self, q: Quote) -> bool:
        """Join ``q`` to the last direct candidate when it continues it; True when it did."""
        if self.last is None:
            return False
        doc = self.doc
        text = doc.text
        c, prev_q = self.last
        gap = text[prev_q.end:q.start]
        # continuation: same paragraph with only the previous frame in between, or the next paragraph
        # after an unclosed quote
        if (not prev_q.closed and q.paragraph == prev_q.paragraph + 1) or (
                q.paragraph == prev_q.paragraph and (doc.in_consumed(prev_q.end, q.start) or not gap.strip()
                                                     or len(gap) < 3)):
            c.end = q.inner_end
            c.quote = (c.quote + " " + text[q.inner_start:q.inner_end].strip()).strip()
            c.quote = re.sub(r"[,\s]+$", "", c.quote)
            c.sent_end = max(c.sent_end, doc.sentence_at(q.end - 1).end)
            doc.consumed.append((q.start, q.end))
            self.last = (c, q)
            return True
        return False


_QUOTING = frozenset({"quoted", "cited", "quotes", "cites"})   # ("RBC-Ukraine quotes the General Staff as saying")
# the words between two quotations of one sentence when the second has a coordinated verb of its own and no subject
_COORDINATED_REPORT = re.compile(r"[\s,]*(?:and|but)\s+(?:then\s+|also\s+|later\s+)?[a-z]+(?:ed|s)\s*[,:]\s*")


def _quoting_before(text: str, toks: list[Tok]) -> tuple[Mention, Tok] | None:
    """'TASS quoted Kremlin spokesman Dmitry Peskov as saying: "..."' (``toks`` ending with the colon or comma):
    the one quoted and his "saying", not the outlet that quotes him (the trailing form is ``_quoted_as_saying``)."""
    n = len(toks)
    if n < 5 or toks[-3].low != "as" or toks[-2].low not in ("saying", "stating", "telling"):
        return None
    qi = next((i for i in range(n - 4, max(-1, n - 18), -1) if toks[i].low in _QUOTING), None)
    m = _quoted_one(text, toks, qi, n - 3) if qi is not None and qi + 1 < n - 3 else None
    return (m, toks[-2]) if m is not None else None


def _quoted_one(text: str, toks: list[Tok], qi: int, ai: int) -> Mention | None:
    """The speaker between "quoted" (``qi``) and its "as saying" (``ai``), both forms: one noun phrase, no clause
    break inside."""
    if any(t.text in (",", ".", ";", ":") for t in toks[qi + 1:ai]):
        return None
    m = _build_mention(text, toks, qi + 1, ai)
    return m if m is not None and m.kind in ("named", "descriptive", "role") else None


def _quoted_as_saying(text: str, toks: list[Tok], k: int) -> Frame | None:
    """'"...," Ukrinform quoted deputy minister Hanna Malyar as saying', '"...," media reported citing Peskov': the one
    quoted speaks, not the outlet that passes the words on (up to 12 words before "quoted", 12 between it and "as
    saying")."""
    verbs = _lex().verb_lemma
    ci = next((i for i in range(k + 1, min(len(toks), k + 8)) if toks[i].low in ("citing", "quoting") and (
        toks[i - 1].low in verbs or toks[i - 1].text == "," and i >= 2 and toks[i - 2].low in verbs)), None)
    if ci is not None and not any(t.text in (".", ";", "\"", "\u201c") for t in toks[k:ci]):
        # '"...," local media reported citing Peskov': the one cited speaks
        m, e = _subject_right(text, toks, ci + 1, len(toks))
        if m is not None and m.kind == "named":
            return Frame(m, toks[ci], "say", toks[k].start, _frame_end(toks, e))
    qi = next((i for i in range(k, min(len(toks), k + 12)) if toks[i].low in _QUOTING), None)
    if qi is None or any(t.text in (".", ";", "\"", "\u201c") for t in toks[k:qi]):
        return None
    ai = next((i for i in range(qi + 2, min(len(toks) - 1, qi + 14)) if toks[i].low == "as"
               and toks[i + 1].low in ("saying", "stating", "telling")), None)
    m = _quoted_one(text, toks, qi, ai) if ai is not None else None
    if m is None:
        return None
    return Frame(m, toks[ai + 1], "say", toks[k].start, _frame_end(toks, ai + 2))


def _closing_frame_subject(text: str, toks: list, comma: int):
    """The subject of a finite reporting verb right before the comma at ``comma`` that closes content before it
    (", Kherson city's military administration said, adding, ..."), if that subject follows a comma of its own."""
    lex = _lex()
    v = comma - 1
    if toks[comma].text != "," or v < 2 or toks[v].low not in lex.verb_lemma or toks[v].low.endswith("ing"):
        return None
    m, first = _subject_left(text, toks, v, 0)
    if m is None or first < 2 or toks[first - 1].text != "," or m.kind == "pronoun":
        return None
    return m
