"""Page furniture: the parts of a web page that are not the article's own reporting.

Real pages reach us with datelines ("KYIV, Aug 13 (Reuters) -"), bylines, photo captions and credits
("FILE PHOTO: ...", "REUTERS/Valentyn Ogirenko"), cross-links and teasers ("Read also: ..."), and
all-capitals headlines of other stories. Read as text they give false statements (a headline
"RUSSIA SAYS IT TOOK KURAKHOVE" is not the Russian side speaking here) and glue datelines to quotes.

`mask_furniture(text)` blanks them with spaces. The result has the same length as the input, so every
span the extractor reports still points into the article as stored (rows stay traceable).
"""
from __future__ import annotations

import re

# a dateline at the start of a paragraph: "KYIV, Aug 13 (Reuters) -", "MOSCOW (AP) —", "Kyiv, 12 March 2025 (UNN) –"
_DATELINE = re.compile(
    r"^[ \t]*(?:[A-Z][A-Za-z'.-]+(?:[ /][A-Z][A-Za-z'.-]+){0,3})"          # city (or two: "Moscow/Kyiv")
    r"(?:,[ \t]*(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}|\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?)(?:,?[ \t]*\d{4})?)?"   # date
    r"[ \t]*(?:\((?:[A-Za-z][\w .&/-]{1,30})\))?"                          # agency
    r"[ \t]*[-\u2013\u2014]+[ \t]+(?=[A-Z\"\u201c\u201e'])",
    re.MULTILINE,
)
# the city must be written in capitals, or an agency must be named, for a dateline to be one
_DATELINE_CITY_CAPS = re.compile(r"^[ \t]*[A-Z]{3,}")
_DATELINE_AGENCY = re.compile(r"\([A-Za-z][\w .&/-]{1,30}\)")

# whole lines that are furniture
_FURNITURE_LINE = re.compile(
    r"^[ \t]*(?:"
    r"(?:read|see)\s+(?:also|more)\b.*"                      # Read also: ..., READ MORE ...
    r"|related(?:\s+(?:news|stories|articles?))?\s*:.*"
    r"|(?:file\s+)?photo\s*:.*|image\s*:.*|video\s*:.*|caption\s*:.*|illustrative\s+(?:photo|image).*"
    r"|(?:photo|image|picture)\s+(?:by|credit|courtesy)\b.*"
    r"|(?:by|written\s+by|reporting\s+by|edited\s+by|writing\s+by)\s+[A-Z][\w'.-]+(?:\s+(?:and\s+)?[A-Z][\w'.-]+){0,5}\s*\.?"
    r"|(?:advertisement|subscribe\b.*|share\s+this\b.*|follow\s+us\b.*|sign\s+up\b.*|\d+\s+comments?)"
    r")[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# a photo credit anywhere in a line makes the line a caption: "REUTERS/Valentyn Ogirenko/File Photo"
_PHOTO_CREDIT = re.compile(r"\b(?:REUTERS|AFP|AP|EPA|Getty\s+Images|Anadolu)\s*/\s*[A-Z]|\bFILE\s+PHOTO\b|\bImage:\s*[A-Z]")
_LINE = re.compile(r"[^\n]+")
_LETTER = re.compile(r"[^\W\d_]")


def _all_caps(line: str) -> bool:
    """A headline of another story, a section label or a lone dateline city: letters all capitals."""
    letters = _LETTER.findall(line)
    if len(letters) < 4:
        return False
    upper = sum(1 for c in letters if c.isupper())
    return upper / len(letters) >= 0.85


def _blank(chars: list[str], a: int, b: int) -> None:
    for i in range(a, b):
        if chars[i] != "\n":
            chars[i] = " "


def furniture_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of every piece of furniture in ``text``."""
    spans: list[tuple[int, int, str]] = []
    for m in _LINE.finditer(text):
        line = m.group(0)
        if _FURNITURE_LINE.match(line):
            spans.append((m.start(), m.end(), "cross-link, byline or caption"))
        elif _PHOTO_CREDIT.search(line):
            spans.append((m.start(), m.end(), "photo caption"))
        elif _all_caps(line):
            spans.append((m.start(), m.end(), "all-capitals line"))
    for m in _DATELINE.finditer(text):
        head = m.group(0)
        if _DATELINE_CITY_CAPS.match(head) or _DATELINE_AGENCY.search(head):
            spans.append((m.start(), m.end(), "dateline"))
    return sorted(spans)


def mask_furniture(text: str) -> str:
    """``text`` with its furniture blanked by spaces (same length, newlines kept)."""
    spans = furniture_spans(text)
    if not spans:
        return text
    chars = list(text)
    for a, b, _ in spans:
        _blank(chars, a, b)
    return "".join(chars)
