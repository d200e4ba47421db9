"""Where a reported clause that opens a quotation ends: 'stated that "A. B."' reports both A and B.

An indirect statement's content normally ends with its sentence; when it opens with a quotation mark that the
sentence does not close, the speaker's words run on to the closing mark (a multi-sentence quotation inside one
paragraph), and so does the statement.
"""
from __future__ import annotations

import re

MAX_RUN_ON = 800    # characters after the sentence end within which the quotation must close
_OPEN = re.compile(r"\s*[\"\u201c]")


def quoted_content_end(text: str, start: int, sent_end: int) -> int:
    """End of the content starting at ``start``: the closing quotation mark past ``sent_end`` when the content
    opens a quotation its sentence leaves open, else ``sent_end``."""
    m = _OPEN.match(text, start, sent_end)
    if m is None:
        return sent_end
    inner = text[m.end():sent_end]
    if re.search(r"[\"\u201d]", inner):
        return sent_end
    para_end = text.find("\n", sent_end)
    limit = min(len(text), sent_end + MAX_RUN_ON, para_end if para_end >= 0 else len(text))
    close = re.compile(r"[\"\u201d]").search(text, sent_end, limit)
    if close is None or re.search(r"[\u201c]", text[sent_end:close.start()]):
        return sent_end
    return close.end()
