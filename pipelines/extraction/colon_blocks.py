"""The paragraph a frame at the end of a line introduces with a colon.

Live pages and translated wire copy put the words on the next line, unquoted:

    Governor Andrei Bocharov said on Telegram:
    Last night, the air defence repelled an attack ...

    More statements by Peskov:
    - Russia-Ukraine contacts were restored ...;
    - No specific decisions have been made yet ...

The frame's sentence ends at the colon, so its verb has no complement of its own; the content is the next
paragraph, or the bullet points that follow (``block_after``). A paragraph in quotation marks is the quote stage's
(``quotes.py``), and one that names its own speaker ("X said ...") is read on its own.
"""
from __future__ import annotations


import re

from pipelines.extraction.frames import _subject_right
from pipelines.extraction.mentions import Mention

# a colon closing its line; the next non-empty line opens the block
_COLON_EOL = re.compile(r":[ \t]*\n\s*")
# a bullet point's marker (a dash, a bullet, an arrow emoji, "1." or "1)")
_BULLET = re.compile(r"[ \t]*(?:[-\u2013\u2014\u2022\u2981\u25aa\u25cf\u25ba*]|\u27a1\ufe0f?|\d{1,2}[.)])\s+")
_NEXT_LINE = re.compile(r"\n\s*")
_QUOTE_OPENERS = "\"\u201c\u201e\u00ab'\u2018"
# a paragraph that credits its own words to someone is not the frame's content
_OWN_SPEAKER = re.compile(r"\b(?:said|says|told|according\s+to|reported|stated|wrote|announced|claimed|added)\b")
MAX_BULLETS = 12
MAX_PARAGRAPH = 700


def block_after(text: str, colon: int) -> tuple[int, int, bool] | None:
    """``(start, end, bullets)`` of the paragraph, or the run of bullet points, right after the colon at
    ``text[colon]``; None when that colon does not close its line, or the block is quoted or has its own
    speaker."""
    m = _COLON_EOL.match(text, colon)
    if m is None or m.end() >= len(text) or text[m.end()] in _QUOTE_OPENERS:
        return None
    start = m.end()
    end = _line_end(text, start)
    bullets = _BULLET.match(text, start) is not None
    if bullets:
        for _ in range(MAX_BULLETS - 1):
            nxt = _NEXT_LINE.match(text, end)
            if nxt is None or _BULLET.match(text, nxt.end()) is None:
                break
            end = _line_end(text, nxt.end())
    elif end - start > MAX_PARAGRAPH:
        return None
    if _OWN_SPEAKER.search(text, start, end):
        return None
    return start, end, bullets


def _line_end(text: str, pos: int) -> int:
    e = text.find("\n", pos)
    return len(text) if e < 0 else e


# verbs whose colon introduces the speaker's own words (a paragraph after "said:" is what was said, as written)
_OWN_WORDS = frozenset("say tell write add post state declare continue".split())


def emit_block(r, res, lemma: str, block: tuple[int, int, bool]) -> None:
    """The frame's statement with ``block`` as its content (``r`` a ``sentence_reader._SentenceReader``): bullet
    points summarise (indirect); a paragraph after "said:" gives the words themselves (direct)."""
    start, end, bullets = block
    before = len(r.doc.cands)
    r.emit(res, start, end, lemma)
    if len(r.doc.cands) > before and not bullets and lemma in _OWN_WORDS:
        r.doc.cands[-1].stype = "direct"


# a frame of nouns, no verb: "More statements by Peskov:", "Other statements by the Russian Foreign Minister:", "More
# of his statements:", "The main points from Belousov's statements at the board meeting:"
_STATEMENTS_OF = re.compile(
    r"\W*(?:(?:More|Other|Further|Additional|Some|Key|Main|The\s+main|The\s+key)\s+)?"
    r"(?:(?:of\s+)?(?P<pron>his|her|their|its)\s+)?(?:statements|remarks|comments|points|takeaways|theses)"
    r"(?:\s+(?:by|from|of)\s+(?P<who>(?:the\s+)?[A-Z][^:]{1,80}?)(?:['\u2019]s?\s+(?:statements|remarks|speech|address))?)?"
    r"(?:\s+(?:at|during|on|in)\s+[^:]{1,100}?)?\s*(?P<colon>:)\s*", re.I)


_SUBJECT_FORM = {"his": "he", "her": "she", "its": "it", "their": "they"}


def statements_of(r) -> None:
    """"More statements by Peskov:" closing its line: the named speaker (or the pronoun's) says the bullet points or
    paragraph after it (``r`` a ``sentence_reader._SentenceReader``)."""
    text, s = r.text, r.s
    if ":" not in r.low:
        return
    m = _STATEMENTS_OF.fullmatch(text, s.start, s.end)
    if m is None or (m.group("who") is None) == (m.group("pron") is None):
        return
    block = block_after(text, m.start("colon"))
    if block is None:
        return
    if m.group("who") is not None:
        res = speaker_at(r, m.start("who"))
    else:
        pron = m.group("pron").lower()
        mention = Mention(m.start("pron"), m.end("pron"), pron, "pronoun", name=_SUBJECT_FORM[pron])
        res = r.doc.disc.resolve(mention, mention.start)
    if res is not None:
        emit_block(r, res, "state", (block[0], block[1], True))


def speaker_at(r, pos: int):
    """The speaker whose noun phrase starts at ``pos`` in sentence ``r`` (a heading's "by Peskov"), resolved."""
    i = next((k for k, t in enumerate(r.toks) if t.start >= pos), r.n)
    mention, _e = _subject_right(r.text, r.toks, i, r.n)
    return r.doc.disc.resolve(mention, mention.start) if mention is not None else None
