"""A digest of one speaker's statements: an announcement, then bullet points under topic headings.

Wire services and ministries publish a briefing this way:

    TASS has compiled the key statements of the Kremlin representative.
    About contacts with the USA
      • Russia continues contacts with the United States, they are "very intensive."
      • Moscow is pleased with "how pragmatically ... the dialogue is developing" with Washington.
    On the moratorium on strikes on energy facilities
      • ...

or under a heading line with no colon ("Key takeaways from Foreign Minister Sergey Lavrov's interview with NBC").
No bullet names a speaker or a verb: the announcement attributes them all. Each run of bullets is one statement of
the announced speaker, as after "More statements by Peskov:" (``colon_blocks.py``), and the quotations inside the
bullets are his words, so the run is consumed: the direct-quote stage does not give them to whoever was named last.
"""
from __future__ import annotations


import re

from pipelines.extraction.colon_blocks import _BULLET, MAX_BULLETS, emit_block, speaker_at

# "TASS has compiled the key statements of the Kremlin representative.", "Here are the main points from X's briefing"
_ANNOUNCED = re.compile(
    r"\W*(?:[\w.'\u2019-]+\s+){0,3}?(?:(?:has|have)\s+)?(?:compiled|collected|gathered|selected|summari[sz]ed|"
    r"put\s+together|presents?|brings?(?:\s+you)?|are)\s+(?:here\s+)?(?:the\s+|some\s+of\s+the\s+)?"
    r"(?:key|main|most\s+important|principal)\s+(?:statements|points|theses|remarks|quotes|takeaways)\s+"
    r"(?:of|from|by|made\s+by)\s+(?P<who>(?:the\s+)?[A-Za-z][^.:\n]{1,80}?)\s*[.:]?\s*", re.IGNORECASE)
# "Key takeaways from Foreign Minister Sergey Lavrov's interview with NBC (Moscow, 24 August)": a heading, no colon
_HEADING = re.compile(
    r"\W*(?:The\s+)?(?:Key|Main)\s+(?:statements|points|takeaways|theses)\s+(?:of|from|by)\s+"
    r"(?P<who>(?:the\s+)?[A-Z][^:\n]{1,80}?)\s*", re.IGNORECASE)
# a topic heading between runs: one short line that is not a sentence ("About UAV attacks", "On the behavior of Europe")
_TOPIC = re.compile(r"[ \t]*[A-Z][^\n.!?:]{2,80}[ \t]*$", re.MULTILINE)
_OWN_FRAME = re.compile(r"\b(?:said|says|told|according\s+to|stated|wrote|announced|claimed|added|expressed)\b")
MAX_RUNS = 8


def digest_of(r) -> None:
    """The announcement or heading that sentence ``r.s`` is, closing its line: the runs of bullets after it are its
    speaker's statements (``r`` a ``sentence_reader._SentenceReader``)."""
    text, s = r.text, r.s
    line_end = text.find("\n", s.end)
    if line_end < 0 or text[s.end:line_end].strip():
        return
    m = _ANNOUNCED.fullmatch(text, s.start, s.end) or _HEADING.fullmatch(text, s.start, s.end)
    if m is None:
        return
    runs = _bullet_runs(text, line_end + 1)
    if not runs:
        return
    res = speaker_at(r, m.start("who"))
    if res is None:
        return
    for start, end in runs:
        emit_block(r, res, "state", (start, end, True))
        r.doc.consumed.append((start, end))


def _bullet_runs(text: str, pos: int) -> list[tuple[int, int]]:
    """The runs of bullet lines from ``pos`` on, each run closed by a topic heading, the end of the text or any other
    line (which ends the digest); an empty line separates nothing."""
    runs: list[tuple[int, int]] = []
    start = end = None
    bullets = 0
    for line in re.finditer(r"[^\n]*", text[pos:]):
        a, b = pos + line.start(), pos + line.end()
        if b - a < 3 and not text[a:b].strip():
            continue
        if _BULLET.match(text, a, b) and _OWN_FRAME.search(text, a, b):
            # ("The Kremlin expressed its condolences ...: "..."": a bullet that names its own speaker is read on its
            # own, and closes the run)
            if start is not None:
                runs.append((start, end))
                start = None
            continue
        if (marker := _BULLET.match(text, a, b)) and bullets < MAX_BULLETS * MAX_RUNS:
            start = marker.end() if start is None else start     # (the content, not its marker)
            end, bullets = b, bullets + 1
            continue
        if start is not None:
            runs.append((start, end))
            start = None
        # (a heading the furniture stage blanked is a line of spaces: a topic heading all the same)
        if len(runs) >= MAX_RUNS or not (_TOPIC.fullmatch(text, a, b) or not text[a:b].strip()):
            break
    if start is not None:
        runs.append((start, end))
    return runs
