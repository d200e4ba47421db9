"""Asides the frame readers step over: a bare "for his part" between a speaker and the verb ("Mr. Zelensky for his
part asserts that ..."), and a participle describing a document between its issuer and its verb ("A statement from the
ministry summarizing the fighting said that ..."). Blanked in the copy the statement stage reads (same length, so every
offset still points into the article)."""
from __future__ import annotations

import re

# "Mr. Zelensky for his part asserts that ...": an aside between a speaker and the verb, not set off by commas (the
# frame readers step over a comma-set aside, not over a bare one)
_BARE_ASIDE = re.compile(r"(?<=[A-Za-z.])\s+for\s+(?:his|her|its|their)\s+part\b,?(?=\s+[a-z])")


# ("An official statement from the Russian Ministry of Defense summarizing the fighting on Sunday said that ...": the
# participle's phrase that describes the document, between its issuer and its verb)
_DOCUMENT_PARTICIPLE = re.compile(
    r"\b(?:statement|report|communiqu\u00e9|communique|bulletin|update|summary|release|briefing)\s+(?:from|by|of)\s+"
    r"(?:the\s+)?(?-i:[A-Z])[^,.;:()]{2,60}?(?P<aside>\s+(?:summariz|summaris|describ|cover|detail|outlin|recount)\w*"
    r"\s+[^,.;:()\"\u201c]{1,60}?)(?=\s+(?:said|says|stated|states|claimed|claims|reported|reports|noted|added)\b)",
    re.IGNORECASE)


def mask_asides(text: str) -> str:
    """``text`` with bare asides between a subject and its verb blanked (same length)."""
    text = _BARE_ASIDE.sub(lambda m: " " * len(m.group(0)), text)
    return _DOCUMENT_PARTICIPLE.sub(lambda m: m.group(0)[:m.start("aside") - m.start()] + " " * len(m.group("aside")),
                                    text)

