"""Attributed speech events: who said what, as direct quotes or reported speech.

    extract_statements(article: ArticleText) -> list[Statement]     (ordered by char_start)

Rule-based (fast: no parser is run, except by the optional fallback of stage 3). This module is the orchestrator; each stage
is a small module (the shape of BBC's citron: cue, source, content, coreference):

1. analyse (``text.py``, ``document.py``): paragraphs, sentences and quotation spans, once, into
   the ``_Doc`` that every stage reads; quotes that hold a clause are *speech quotes*.
2. direct quotes (``quotes.py``): each speech quote is attributed by a frame next to it
   (``frames.py``: the reporting verb or colon and its speaker) or joins the statement it
   continues. -> ``direct``.
3. reported speech (``indirect.py``, per sentence through ``sentence_reader.py``): in the remaining text,
   credit lines (``credit_lines.py``: "This was reported by X."), source phrases (``source_phrases.py``:
   ``according to X``, ``by X's count``, ``as announced by X``) and reporting verbs with a speaker
   (``reporting_verbs.py``: ``X said (that) ...``, ``..., said X``, ``..., saying ...``). -> ``indirect``.
   Q&A interview turns (``qa_turns.py``) -> ``direct``.
   Stages 2 and 3 run interleaved in text order, so that pronouns find the speakers named before.
   A sentence left without any statement may then be read by a dependency parse
   (``parse_fallback.py``: optional, spaCy; off when spaCy is not installed).
4. speakers (``mentions.py``, ``discourse.py``): noun phrases are read from capitalisation, a
   role/title lexicon and appositions; anonymous, generic, country and indefinite speakers are
   rejected; pronouns and role nouns resolve to earlier speakers or known actors; role-first
   speakers resolve to the next speaker whose role matches; names resolve through
   ``actors.default_resolver()``.
5. output: candidates are de-duplicated into ``Statement`` records (span boundaries: ``spans.py``).
6. labels without a frame: ``labelled_quotes.py`` ("Quote: ..." under "Source: X"), ``embedded_posts.py`` (a post
   above its signature "— Name (@handle) Date") and ``described_as.py``
   ("in what Defence Minister X described as ...", "described by President X as ..."), known actors only.

Lexicons, limits and tokens are in ``tokens.py``, below every stage.
"""
from __future__ import annotations

import re
from datetime import date, datetime

from pipelines.extraction import parse_fallback
from pipelines.extraction.actors import latin_spelling
from pipelines.extraction.discourse import _resolve_deferred
from pipelines.extraction.document import _Cand, _Doc
from pipelines.extraction.confirmed_by import confirmed_by
from pipelines.extraction.debate_turns import debate_turns
from pipelines.extraction.described_as import described_as
from pipelines.extraction.embedded_posts import embedded_posts
from pipelines.extraction.indirect import _indirect_sentence
from pipelines.extraction.labelled_quotes import LABEL_WORD, labelled_quotes
from pipelines.extraction.qa_turns import (
    _qa_turn, after_question, dashed_question, label_before, quoted_turn_at, turn_at)
from pipelines.extraction.quotes import _DirectQuotes, _is_speech_quote
from pipelines.extraction.records import ArticleText, Statement
from pipelines.extraction.sentence_reader import contentless
from pipelines.extraction.spans import _sentence_index
from pipelines.extraction.text import find_quotes, looks_english, split_paragraphs, split_sentences
from pipelines.extraction.tokens import MAX_STATEMENTS, MAX_TEXT_CHARS, _lex

__all__ = ["extract_statements"]


def extract_statements(article: ArticleText, dateline_side: str | None = None,
                       unmasked: str | None = None) -> list[Statement]:
    """All attributed statements in ``article``, ordered by ``char_start``. ``dateline_side``: the side of the
    capital in the article's dateline (``furniture.dateline_side``; the text passed here has it masked);
    ``unmasked``: the same text before its furniture was masked, where posts keep their signature lines."""
    text = article.text or ""
    if not text.strip():
        return []
    if len(text) > MAX_TEXT_CHARS:
        text = text[:MAX_TEXT_CHARS]
    if not looks_english(text):
        return []
    pub = article.published_at
    published = pub.date() if isinstance(pub, datetime) else (pub if isinstance(pub, date) else None)
    try:
        return _extract(text, published, dateline_side, (unmasked or text)[:len(text)])
    except RecursionError:  # pragma: no cover - defensive
        return []


def _extract(text: str, published: date | None = None, dateline_side: str | None = None,
             unmasked: str | None = None) -> list[Statement]:
    """Run the stages over one article's text."""
    doc = _analyse(text, published, dateline_side)
    if doc is None:
        return []
    _find_candidates(doc)
    doc.cands.sort(key=lambda c: c.start)
    _resolve_deferred(doc.cands)
    out = [st for st in _to_statements(doc.cands) if not _cut_off(text, st) and not _no_comment(st)]
    if _PSEUDONYM_CUE.search(text):
        # "said an army sergeant nicknamed Vozhd", "Joelja, a volunteer who wishes to remain anonymous": a call sign
        # or a pseudonym names no one, and the conventions leave an anonymous source's words uncounted
        hidden = _pseudonyms(text)
        out = [st for st in out if st.actor_id is not None or st.speaker not in hidden]
    if _NAMES_CHANGED.search(text):
        # "For security reasons, names have been changed": the first names the text gives its witnesses are
        # pseudonyms, whose words the conventions leave uncounted as an anonymous source's
        out = [st for st in out if st.actor_id is not None or len(st.speaker.split()) > 1]
    # "Quote: "..."" under a "Source: X" line: a label, not a frame, names the speaker
    out += labelled_quotes(text, out)
    # "Seán Canney (Galway East, Independent)" over a speech: a debate record's member line names the speaker
    if "(" in (unmasked or text) or "\u2013" in text:
        out += debate_turns(text, out, unmasked)
    # "... pic.twitter.com/x — Defense of Ukraine (@DefenceU) October 1, 2022": a post embedded with its signature
    # (a line the furniture mask blanks, so read in the unmasked text)
    out += embedded_posts(unmasked or text, out)
    # "in what Defence Minister X described as ...", "described by President X as ...": a label, no reporting verb
    if " as " in text:
        out += described_as(text, out)
    # "X claimed control over Bakhmut, which was later confirmed by Y": Y said it too
    if "which" in text:
        out = confirmed_by(text, out)
    out.sort(key=lambda s: (s.char_start, s.char_end))
    return out


def _analyse(text: str, published: date | None = None, dateline_side: str | None = None) -> _Doc | None:
    """Split the text once (paragraphs, sentences, quotes) and keep the quotes that hold speech;
    None when there is no sentence."""
    paragraphs = split_paragraphs(text)
    sentences = split_sentences(text)
    if not sentences:
        return None
    quotes = find_quotes(text, paragraphs)
    speech = [q for q in quotes if _is_speech_quote(text, q)]
    return _Doc(text, paragraphs, sentences, speech, published, dateline_side)


def _events(doc: _Doc) -> list[tuple[int, str, int]]:
    """The units the stages read, in text order: sentences, speech quotes (at the start of their
    sentence, before it) and Q&A turns (at their paragraph). Text order matters: discourse
    entities must be known before the pronouns that refer to them."""
    text, sentences = doc.text, doc.sentences
    events: list[tuple[int, str, int]] = []
    for si, s in enumerate(sentences):
        events.append((s.start, "sent", si))
    for qi, q in enumerate(doc.speech):
        events.append((sentences[_sentence_index(sentences, q.start)].start, "quote", qi))
    for pi, para in enumerate(doc.paragraphs):
        # a labelled turn, or a paragraph after a question (an answer, once a turn has named the interviewee)
        if turn_at(text, para.start, para.end) or after_question(doc.paragraphs, pi) or dashed_question(para) \
                or pi >= 1 and (quoted_turn_at(text, para.start, para.end) or label_before(text, doc.paragraphs, pi)):
            events.append((para.start, "qa", pi))
    events.sort(key=lambda e: (e[0], 0 if e[1] in ("quote", "qa") else 1, e[2]))
    return events


def _find_candidates(doc: _Doc) -> None:
    """Direct quotes, Q&A turns and reported speech, interleaved in text order, into ``doc.cands``
    (bounded by MAX_STATEMENTS). A quote is handled before its sentence's reported speech, so that
    the frames and quotes it consumes are not read again as indirect speech."""
    quotes = _DirectQuotes(doc)
    fallback = parse_fallback.enabled()
    for _pos, kind, idx in _events(doc):
        if len(doc.cands) >= MAX_STATEMENTS:
            break
        if kind == "quote":
            quotes.handle(idx)
        elif kind == "qa":
            _qa_turn(doc, idx)
        else:
            _indirect_sentence(doc, idx)
            if fallback:
                # a sentence the rules left without a statement: the parse's reading of it, if any
                try:
                    parse_fallback.fallback_sentence(doc, idx)
                except Exception:  # pragma: no cover - an optional model must never break extraction
                    pass


def _unidentified(res) -> bool:
    """A speaker left as a bare role ("military", "MP", "the Ukrainian military") names nobody: an
    unnamed source, which the conventions do not count as a statement."""
    if res.actor_id is not None or not res.speaker:
        return False
    lex = _lex()
    words = [w.lower().strip(".,'’") for w in res.speaker.split()]
    words = [w[:-2] if w.endswith("'s") else w for w in words]
    core = [w for w in words if w not in lex.demonyms and w not in _SIDE_WORDS]
    # one role word and nothing else ("military", "MP", "leader"); "city administration" or "economy
    # ministry" name a body and stay
    if len(core) >= 2 and core[-1] in _GENERIC_BODIES and all(w in _GENERIC_ADJECTIVES for w in core[:-1]):
        return True    # "Regional authorities", "local officials": nobody named
    if core and core[-1] in ("official", "officials"):
        return True    # "the senior Turkish official", "Kherson officials", "the Pentagon official": nobody named
    # "Officials in Sumy", "regional authorities in Russia": the same, located
    place = _LOCATED.search(res.speaker)
    located = [w.lower() for w in res.speaker[:place.start()].split()] if place else []
    if located and located[-1] in _GENERIC_BODIES and all(
            w in _GENERIC_ADJECTIVES or w in lex.demonyms for w in located[:-1]):
        return True
    if len(core) == 1 and not any(c.isupper() for c in res.speaker):
        return True    # "the Ukrainian army", "the force defending Kurakhove": a common noun, nobody named
    if "to" in core and not any(c.isupper() for c in res.speaker) and all(
            w in lex.roles or w in lex.titles or w in ("to", "of", "the", "for") for w in core):
        return True    # "adviser to the president": an office's words, nobody named
    if re.search(r"\bof\s+an?\s", res.speaker) and not any(c.isupper() for c in res.speaker):
        return True    # "the commander of a Ukrainian tank battalion": one of many, nobody named
    if _EVENT_HEAD.match(res.speaker):
        return True    # "fighting on Kyiv's side in the war in Ukraine said": an event located in a country, no one
    if LABEL_WORD.fullmatch(res.speaker):
        return True    # 'Quote from defenders: "..."': a label, whose unnamed source labelled_quotes leaves uncounted
    return len(core) == 1 and (core[0] in lex.roles or core[0] in lex.titles) and core[0] not in lex.orgs


_EVENT_HEAD = re.compile(r"(?:the\s+)?(?:war|conflict|invasion|fighting|offensive|counteroffensive|battle)\s+(?:in|for|of|on)\s+",
                         re.I)
_LOCATED = re.compile(r"\s+(?:in|of|from|at)\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*\s*$")
_GENERIC_BODIES = frozenset("authorities officials sources administrations services representatives".split())
_GENERIC_ADJECTIVES = frozenset("regional local city district military government western federal state emergency "
                                "the senior top".split())
_SIDE_WORDS = frozenset({"ukraine", "russia", "ukrainian", "russian", "his", "her", "its", "their"})


# quote marks around a word of an unknown speaker's name ("the 'Southern' military grouping"), not an apostrophe inside a
# name (O'Brien) or a possessive
_STRAY_QUOTES = re.compile(r"[\u2018\u2019'\"\u201c\u201d](?=\s|$)(?<![sS]')|(?:(?<=\s)|^)[\u2018\u2019'\"\u201c\u201d]")


def _cut_off(text: str, st: Statement) -> bool:
    """Words an excerpt cut off at its very end, mid-word and only a few of them ('Klymenko said the blast hap'):
    too little is left to say what was said."""
    end = len(text.rstrip())
    return st.char_end >= end and text[end - 1:end].isalnum() and len(re.findall(r"\w+", st.quote_text)) < 4


# "His adviser said they would not comment further while the operation was ongoing", "the office told AP that it could
# not comment on the situation": a content-less act, no statement (the conventions' "X did not comment")
_NO_COMMENT = re.compile(r"\W*(?:(?:it|they|he|she|we|i)\s+)?(?:(?:would|could|will|can|did|does|do)\s*(?:not|n['\u2019]t)|"
                         r"cannot|declined\s+to|refused\s+to)\s+(?:immediately\s+|further\s+|publicly\s+)?comment\b",
                         re.I)


def _no_comment(st: Statement) -> bool:
    """A reported clause that says only that the speaker would not comment (nothing after a "but")."""
    return st.statement_type == "indirect" and _NO_COMMENT.match(st.quote_text) is not None \
        and not re.search(r"\b(?:but|however|although)\b|;", st.quote_text)


# a transcript's greeting or thanks, nothing said: "Hello, dear Vladimir Vladimirovich!", "Alexey Borisovich, good
# afternoon!", "Thank you, Mr President."
_GREETING = re.compile(r"(?:(?:[A-Z][\w'\u2019-]+\s+){0,3}[A-Z][\w'\u2019-]+,\s*)?"
                       r"(?i:hello|hi|good\s+(?:morning|afternoon|evening|day)|thank\s+you(?:\s+(?:very|so)\s+much)?|"
                       r"thanks|welcome)"
                       r"(?:,?\s*(?:[Dd]ear\s+|Mr\.?\s+|Mrs\.?\s+|Ms\.?\s+)?(?:[A-Z][\w'\u2019.-]*\s*){1,3})?[.!]*")


# the words that give a call sign or pseudonym before it, and those that keep the name before them anonymous
_CALL_SIGN = (r"nicknamed|call[- ]?sign(?:ed)?|code[- ]?named?|nom\s+de\s+guerre|goes\s+by(?:\s+the\s+name)?|"
              r"known\s+only\s+as|identified\s+only\s+as")
_KEPT_ANONYMOUS = r"remain\s+anonymous|not\s+to\s+be\s+(?:named|identified)"
_PSEUDONYM_CUE = re.compile(r"\b(?:" + _CALL_SIGN + "|" + _KEPT_ANONYMOUS + r")\b", re.I)
_NAMES_CHANGED = re.compile(r"\bnames?\s+(?:has|have)\s+been\s+changed\b|\bnames?\s+changed\s*\)|"
                            r"\bnot\s+(?:his|her|their)\s+real\s+names?\b", re.I)
_NAME_WORD = r"[\"\u201c\u2018']?(?P<n>[A-Z][\w'\u2019-]+)[\"\u201d\u2019']?"
_PSEUDONYM = re.compile(r"\b(?i:" + _CALL_SIGN + r")[\s,:]+(?:(?i:of)\s+)?" + _NAME_WORD
                        # ("Joelja, a volunteer ..., who wishes to remain anonymous"): the name before its anonymity
                        + r"|(?<![\w'\u2019-])" + _NAME_WORD.replace("?P<n>", "?P<m>")
                        + r",[^.;:\"\u201c]{0,100}?\b(?i:" + _KEPT_ANONYMOUS + r")\b")


def _pseudonyms(text: str) -> set[str]:
    """The one-word names the text gives as a call sign or a pseudonym."""
    return {m.group("n") or m.group("m") for m in _PSEUDONYM.finditer(text)}


def _to_statements(cands: list[_Cand]) -> list[Statement]:
    """One ``Statement`` per distinct (span, speaker), ordered by offsets."""
    out: list[Statement] = []
    seen = set()
    for c in cands:
        key = (c.start, c.end, c.res.speaker)
        # the same reported words of the same speaker again (a standfirst line repeating the lede: "X, reports Y")
        # are one statement; direct quotes are left to the quote stage and the bounds (batch.py)
        said = (c.res.speaker, c.stype, " ".join(c.quote.split()).strip(" .\"\u201c\u201d").lower()) \
            if c.stype == "indirect" else key
        if key in seen or said in seen or not c.quote.strip() or _unidentified(c.res) or (
                c.stype == "indirect" and contentless(c.quote)) or _GREETING.fullmatch(c.quote.strip()) or (
                c.res.deferred is not None and c.res.deferred.indefinite):   # "a senior official", never named
            continue
        seen.add(key)
        seen.add(said)
        out.append(Statement(
            speaker=latin_spelling(_STRAY_QUOTES.sub("", c.res.speaker)) if c.res.actor_id is None else c.res.speaker,
            speaker_raw=c.res.raw,
            statement_type=c.stype,
            quote_text=c.quote.strip(),
            char_start=c.start,
            char_end=c.end,
            actor_id=c.res.actor_id,
            speaker_side=c.res.side,
            cue=c.cue,
            sentence_start=c.sent_start,
            sentence_end=c.sent_end,
        ))
    out.sort(key=lambda s: (s.char_start, s.char_end))
    return out
