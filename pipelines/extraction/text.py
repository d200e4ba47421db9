"""Text geometry for the extractors: paragraphs, sentences and quotation spans, with offsets.

Pure Python, no models. Every span is a half-open character range ``[start, end)`` into the
original article text, so records can always be traced back to their source.

    split_paragraphs(text) -> list[Paragraph]
    split_sentences(text)  -> list[Sentence]      (.start, .end, .text, .paragraph)
    find_quotes(text)      -> list[Quote]         (.start/.end incl. marks, .inner_start/.inner_end)

Quotation marks handled: straight "...", curly \u201c...\u201d, German \u201e...\u201c and \u201a...\u2018,
guillemets \u00ab...\u00bb / \u00bb...\u00ab, and single quotes ('...' / \u2018...\u2019) when they clearly
delimit a quotation (not an apostrophe). A quote that never closes ends at the end of its
paragraph (``closed=False``), which is also how multi-paragraph quotes are written in English.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

__all__ = [
    "Paragraph",
    "Quote",
    "Sentence",
    "find_quotes",
    "split_paragraphs",
    "split_sentences",
]


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int
    text: str
    index: int


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int = 0


@dataclass(frozen=True)
class Quote:
    start: int          # offset of the opening mark
    end: int            # offset after the closing mark (or the paragraph end when unclosed)
    inner_start: int    # first character inside the marks
    inner_end: int      # end of the quoted content (excludes the closing mark)
    paragraph: int = 0
    closed: bool = True
    kind: str = "double"  # "double" | "single"

    def inner(self, text: str) -> str:
        return text[self.inner_start:self.inner_end]


# ----------------------------------------------------------------------------- paragraphs

# a credit line that points back to the line above it ("This is stated in a study by Amnesty International.", "This was
# reported by the General Staff."; furniture.py keeps the line above as a lede, not a headline)
CREDIT_LINE = (r"(?:This|That|It)\s+(?:is|was|has\s+been)\s+(?:stated|said|reported|announced|written|declared)\s+"
               r"(?:in|by|on)\s")
_PARA_SPLIT = re.compile(r"\n[ \t\r\f\v]*\n\s*|\n(?=[ \t]*(?:[-*\u2022\u2013\u2014]\s|\d{1,2}[.)]\s|[A-Z0-9]{1,3}:\d\d|"
                         + CREDIT_LINE + r"))")
# a single newline also breaks a paragraph when the next line is a bullet / live-blog timestamp, or a credit line
# that points back to the line above it ("... in the occupied areas\nThis is stated in a study by Amnesty ...": a
# lede that lost its full stop)


def split_paragraphs(text: str) -> list[Paragraph]:
    """Paragraphs separated by blank lines (or a single newline before a bullet).

    Text with single newlines only (one paragraph per line) is split on every newline.
    """
    if not text:
        return []
    if "\n\n" not in text and text.count("\n") >= 2:
        splitter = re.compile(r"\n\s*")
    else:
        splitter = _PARA_SPLIT
    out: list[Paragraph] = []
    pos = 0
    for m in splitter.finditer(text):
        _add_para(text, pos, m.start(), out)
        pos = m.end()
    _add_para(text, pos, len(text), out)
    return out


def _add_para(text: str, start: int, end: int, out: list[Paragraph]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Paragraph(start, end, text[start:end], len(out)))


# ----------------------------------------------------------------------------- sentences

# Abbreviations after which a period does not end a sentence (lower-cased, without the dot).
_ABBREV = frozenset(
    """
    mr mrs ms dr prof gen lt col maj capt sgt cpl pte adm cmdr brig rev fr msgr mgr sen rep gov st mt ft
    jr sr co corp inc ltd no nos vol fig approx est ca vs etc al dept univ jan feb mar apr jun
    jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun u.s u.k u.n e.g
    i.e a.m p.m lt.-gen lt-gen maj.-gen maj-gen
    """.split()
)

# Candidate boundary: terminal punctuation, optional closing quotes/brackets, whitespace.
# the space after a period is lost where copied pages glue paragraphs ("...hold ground.The ministry said"): a
# lower-case word of three letters or more, the stop, then a capitalised word is a boundary too (not "U.S.",
# "St.Petersburg" or a domain such as "News.Az"; a word of two letters only when it opens sentences: "statement.On Monday")
# ('... more important to us."Russian forces achieved ...': the same after a closing quotation mark)
# (a stop glued to the next sentence: "... reported.The next"; not a site's name, "Liga.Net", "Novosti.Live")
_BOUNDARY = re.compile(r"([.!?]+|\u2026)([\"'\u201d\u2019\u201c\u00bb)\]]*)(\s+|(?<=[a-z]{3}[.!?])"
                       r"(?=(?!(?:Net|Com|Org|Info|Online|Live|Media|News)\b)[A-Z][a-z]{2,}\b|"
                       r"(?:On|In|At|He|It|As|If|By|We|So|An)\s)"
                       # ("... near the village of Veselyi Gai.He added that ...": a word of two small letters before
                       # the stop when a word that opens sentences follows)
                       r"|(?<=[A-Z][a-z]{2}[.!?])(?=(?:He|She|It|They|We|The|This|That|His|Her|Its|Their|Earlier|Later|"
                       r"According|However|Meanwhile)\s)"
                       r"|(?<=[a-z][.!?][\"\u201d])(?=[A-Z][a-z]{2,}\b)"
                       # ('... had “failed completely”.The Russian defence ministry said': the quote closed before the stop)
                       r"|(?<=[a-z][\"\u201d][.!?])(?=[A-Z][a-z]{2,}\b)"
                       # ("as of December 31.In total, ...": a scraped page's paragraphs run together after a number)
                       r"|(?<=[0-9]{2}[.])(?=(?:In|On|At|The|This|It|He|She|They|We|As|By)\s))")
_OPENERS_AFTER = "\"'\u201c\u201e\u2018\u201a\u00ab(["
_ELISION = re.compile(r"<(?:\u2026|\.{3})>\s+[A-Z]")


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences with character offsets; never crosses a paragraph break.

    A boundary is terminal punctuation (plus closing quotes/brackets) followed by whitespace and
    an upper-case letter, digit or opening quote; abbreviations ("Gen.", "Feb.", "U.S.") and
    initials ("Oleksandr S. Syrskyi") do not end sentences.
    """
    return list(_sentences_of(text))


@lru_cache(maxsize=4)
def _sentences_of(text: str) -> tuple[Sentence, ...]:
    # the three stages of one article split the same (masked) text: split it once (Sentence is frozen)
    out: list[Sentence] = []
    for para in split_paragraphs(text):
        _split_para(text, para, out)
    return tuple(out)


def _split_para(text: str, para: Paragraph, out: list[Sentence]) -> None:
    start = para.start
    end = para.end
    for m in _BOUNDARY.finditer(text, para.start, para.end):
        nxt = m.end()
        if nxt >= end:
            break
        ch = text[nxt]
        if not (ch.isupper() or ch.isdigit() or ch in _OPENERS_AFTER or _ELISION.match(text, nxt)):
            # ('... were liberated. <…> In January ...': a quotation's elision mark opens the next sentence)
            continue
        punct = m.group(1)
        if punct == "." and not m.group(2):
            # the word before the period
            ws = m.start()
            j = ws
            while j > start and not text[j - 1].isspace() and text[j - 1] not in "(\"\u201c":
                j -= 1
            word = text[j:ws].lower().rstrip(".")
            if word in _ABBREV or word.replace(".", "") in _ABBREV:
                continue
            if len(word) == 1 and word.isalpha():       # an initial: "S. Syrskyi"
                continue
            if re.fullmatch(r"(?:[a-z]\.)+[a-z]", word):  # "U.S", "e.g"
                # "U.S." at a true sentence end is rare enough; keep going unless the next
                # token starts a clearly new sentence (an opening quote)
                if ch not in _OPENERS_AFTER:
                    continue
        stop = m.start() + len(punct) + len(m.group(2))
        if stop > start:
            out.append(Sentence(start, stop, text[start:stop], para.index))
        start = nxt
    if end > start:
        out.append(Sentence(start, end, text[start:end], para.index))


# ----------------------------------------------------------------------------- quotes

_BACKTICK_PAIR = re.compile(r"`([^`\n]{1,600})`")


# "Ukraine\u2018s military", "Russia\u00b4s defence ministry": an opening single quote or an acute accent misprinted for
# the apostrophe of a possessive (or a prime: "BBC Radio 4\u2032s programme")
# ("Ukraine`s Deputy Defence Minister": a backtick too)
_TURNED_APOSTROPHE = re.compile(r"(?<=[A-Za-z0-9])[\u2018\u00b4\u2032`](?=s\b)")


_DOUBLED_CLOSE = re.compile(r"(?<=[\w.,!?])\u2019\u2019(?=[\s.,;:]|$)")
_DOUBLED_OPEN = re.compile(r"(?<![\w\u2018])\u2018\u2018(?=\w)")


_OPEN_AS_CLOSE = re.compile(r"(\u201c[^\u201c\u201d\n]{1,600}?[,.!?])\u201c(?=\s+[A-Za-z])")

# a Cyrillic letter typed inside an English word ("\u0430s reported by Censor.NET": a translator's keyboard): the
# Latin letter it looks like, so that the word reads; words all in Cyrillic stay as written
_LATIN_LOOKALIKES = str.maketrans("\u0430\u0435\u043e\u0440\u0441\u0443\u0445\u0456\u0410\u0412"
                                  "\u0415\u041a\u041c\u041d\u041e\u0420\u0421\u0422\u0425\u0406",
                                  "aeopcyxiABEKMHOPCTXI")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_MIXED_WORD = re.compile(r"\b(?=\w*[A-Za-z])(?=\w*[\u0400-\u04ff])\w+")


def normalise_quote_marks(text: str) -> str:
    """Backtick pairs some sites print for quotation marks (`Rumors are just rumors,` he said) become
    straight double quotes, and an opening single quote inside a possessive ("Ukraine\u2018s") the apostrophe;
    same length, so every offset still points into the stored article."""
    if "\u2018" in text or "\u00b4" in text or "\u2032" in text or "`" in text:
        text = _TURNED_APOSTROPHE.sub("\u2019", text)
    if "\u2019\u2019" in text or "\u2018\u2018" in text:
        # '"... there are no results,\u2019\u2019 Putin said': two single marks typed for the closing (or opening)
        # double one, read as a double mark and a space
        text = _DOUBLED_CLOSE.sub("\u201d ", _DOUBLED_OPEN.sub(" \u201c", text))
    if "\u201c" in text:
        # '\u201c... we are holding the designated lines,\u201c Zelenskiy said': an opening mark typed for the
        # closing one, after the punctuation that ends an open quotation
        text = _OPEN_AS_CLOSE.sub("\\1\u201d", text)
    if _CYRILLIC.search(text):
        text = _MIXED_WORD.sub(lambda m: m.group(0).translate(_LATIN_LOOKALIKES), text)
    if "`" not in text:
        return text
    return _BACKTICK_PAIR.sub(lambda m: '"' + m.group(1) + '"', text)


_DQ_OPEN = {"\u201c": "\u201d", "\u201e": "\u201c", "\u00ab": "\u00bb"}
_SQ_OPEN = {"\u2018": "\u2019", "\u201a": "\u2018"}
# every character that can open a quotation: the scan jumps from one to the next
_MAY_OPEN = re.compile("[" + re.escape('"' + "'" + "\u00bb" + "".join(_DQ_OPEN) + "".join(_SQ_OPEN)) + "]")


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def find_quotes(text: str, paragraphs: list[Paragraph] | None = None) -> list[Quote]:
    """All top-level quotation spans, in order. Never raises; quotes never cross paragraphs."""
    if not text:
        return []
    paras = paragraphs if paragraphs is not None else split_paragraphs(text)
    out: list[Quote] = []
    for para in paras:
        _quotes_in_para(text, para, out)
    return out


def _quotes_in_para(text: str, para: Paragraph, out: list[Quote]) -> None:
    i = para.start
    end = para.end
    while i < end:
        m = _MAY_OPEN.search(text, i, end)
        if m is None:
            return
        i = m.start()
        ch = text[i]
        closer = None
        kind = "double"
        if ch == '"':
            closer = '"'
        elif ch in _DQ_OPEN:
            closer = _DQ_OPEN[ch]
        elif ch == "\u00bb" and i + 1 < end and _is_word(text[i + 1]):
            closer = "\u00ab"           # Danish/German-style >>...<< guillemets
        elif ch in _SQ_OPEN or ch == "'":
            if _single_opens(text, i, para.start, end):
                closer = _SQ_OPEN.get(ch, "'")
                kind = "single"
        if closer is None:
            i += 1
            continue
        j = _find_close(text, i + 1, end, closer, kind)
        if j is None and ch == '"' and text[i - 1] in ",.!?" and i == m.start() and out \
                and out[-1].paragraph == para.index - 1 and not out[-1].closed and out[-1].kind == "double" \
                and '"' not in text[para.start:i]:
            # '"Groups ... continue to operate. <paragraph> Control has been established ...," Syrskyi said.': the
            # quote left open in the paragraph before goes on without its opening mark and closes here
            out.append(Quote(para.start, i + 1, para.start, i, para.index, True, kind))
            i += 1
            continue
        if j is None:
            if kind == "single":
                i += 1
                continue
            out.append(Quote(i, end, i + 1, end, para.index, False, kind))
            return
        out.append(Quote(i, j + 1, i + 1, j, para.index, True, kind))
        i = j + 1


def _single_opens(text: str, i: int, pstart: int, pend: int) -> bool:
    prev = text[i - 1] if i > pstart else " "
    nxt = text[i + 1] if i + 1 < pend else " "
    if _is_word(prev):
        return False               # apostrophe inside/after a word: don't, soldiers'
    return _is_word(nxt) or nxt in "\u2026."


def _find_close(text: str, i: int, end: int, closer: str, kind: str) -> int | None:
    if kind == "double":
        if closer == '"':
            j = text.find('"', i, end)
            # mixed marks the other way round: '"The city is significant ...,” added X' -- a curly closing
            # mark before any straight one (and with no curly opening mark before it) closes the quote
            k = text.find("\u201d", i, j if j >= 0 else end)
            if k >= 0 and text.find("\u201c", i, k) < 0:
                return k
            return j if j >= 0 else None
        j = text.find(closer, i, end)
        if j < 0 and closer == "\u201d":
            # mixed marks: "\u201c...\"" -- accept a straight closing mark
            j = text.find('"', i, end)
        return j if j >= 0 else None
    # single quotes: the closing mark must not be an apostrophe inside a word ("don't"),
    # and the quoted span stays short (a phrase, not half a paragraph)
    limit = min(end, i + 400)
    j = i
    while j < limit:
        k = text.find(closer, j, limit)
        if k < 0:
            return None
        nxt = text[k + 1] if k + 1 < end else " "
        prev = text[k - 1]
        if not _is_word(nxt) and not prev.isspace():
            # a plural possessive ("soldiers' lives") followed by a word is still an apostrophe
            if closer == "'" or closer == "\u2019":
                after = text[k + 1:k + 3]
                if prev == "s" and re.match(r"\s[a-z]", after) and k - i > 40:
                    j = k + 1
                    continue
            return k
        j = k + 1
    return None


_EN_COMMON = frozenset(
    "the of and to in a is that said was has for on it with by as had have are its from he she they were at an".split())


def looks_english(text: str) -> bool:
    """The extractors' one language check: enough English function words in the first 5,000
    characters (the lexicons and number grammar are English-only)."""
    words = re.findall(r"[A-Za-z]+", text[:5000].lower())
    if len(words) < 8:
        return len(words) > 0
    hits = sum(1 for w in words if w in _EN_COMMON)
    if len(words) < 30:
        return hits > 0            # one sentence: any English function word will do
    return hits / len(words) >= 0.08
