"""One sentence as the reported-speech stages read it (``_SentenceReader``), and the test that a reported
clause says nothing (``contentless``: "said this on Monday", "said in a statement.").

Each stage of ``indirect.py`` (``credit_lines``, ``source_phrases``, ``reporting_verbs``) reads a sentence through
one reader, which remembers the content spans already produced there, so that a verb inside an emitted clause is
not read again.
"""

from __future__ import annotations


import re

from pipelines.extraction.discourse import Resolved


from pipelines.extraction.document import _Cand, _Doc
from pipelines.extraction.spans import _clean_span


from pipelines.extraction.tokens import Tok


_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())

# a reported clause that says nothing: "said this on Monday", "did the same"
_CONTENTLESS = re.compile(
    r"^\W*(?:(?:this|that|it)\s+(?:was|is|has\s+been)\s+(?:reported|stated|announced|said|confirmed)\b.*"
    r"|(?:this|so|nothing|something|as much|otherwise|the same|similar(?:ly)?|the\s+news|this\s+information)"
    r"(?:\s+(?:on|in|at|during|after|before|to|from|via|by|through|late|early|earlier|later|last|this|yesterday)\b.*)?\W*$"
    # "confirmed the developments in a statement": a definite noun for what was told before, then only when and where
    # (no verb of its own: "the incident in Kursk was a provocation" says something)
    # '"Not yet," Peskov said when asked whether the United States had reacted': the question put, not his words
    r"|(?:when|after\s+being|after|on\s+being)\s+asked\b.*"
    # ("reported on the situation in the region to President Putin": the topic of a briefing, not what it said)
    r"|(?:on\s+)?the\s+situation\s+(?:in|at|on|around|near)\s+(?:(?!(?:is|was|are|were|remains?|remained|has|had|"
    r"have|will|would|could|became|becomes|stays?|stayed|as)\b)[\w'\u2019.-]++\s*){1,12}\W*$"
    # ("He said goodbye to his wife and flew out": a greeting or a farewell, not words reported)
    r"|(?:goodbye|good-bye|farewell|hello|thank\s+you|thanks\s+(?:to|for)|a\s+prayer|grace)\b.*"
    # ("confirmed the strikes in a late-night post", "confirmed the drone attack on Saratov": the event told before,
    # then at most its target and the medium; not "the strikes on the village killed two people")
    r"|the\s+(?:[\w-]+\s+)?(?:strikes?|attacks?)(?:\s+on\s+[A-Z][\w'\u2019-]+)?(?:\s+(?:in|on|via)\s+(?:a|an|the|his|her|its|"
    r"their)\s+(?:[\w-]+\s+){0,2}(?:post|statement|message|video|address|interview|briefing)\b[^,;]*)?\W*$"
    r"|the\s+(?:developments?|information|incident)(?:\s+(?:on|in|at|via|late|early|earlier|later|last|this|yesterday)\b"
    r"(?:(?!\b(?:is|are|was|were|has|have|had|will|would)\b)[^,;])*)?\W*$"
    # "..., the Defense Ministry said in a statement.": the medium, no content
    # ("In a Facebook post, ...": the platform before the medium's noun)
    # ("said in a speech on the evening of May 24", "in his address to the G7 summit", "in a telebriefing")
    r"|(?:in|on|via)\s+(?:a|an|its|their|the|his|her)\s+(?:(?:Facebook|Telegram|X|Twitter|Instagram|YouTube|video|"
    r"televised|social\s+media|evening|nightly|daily)\s+)?(?:statement|post|video|message|briefing|address|telegram|"
    r"speech|telebriefing|(?:press\s+)?conference)\b"
    # (then at most a few words of when and where: "posted on its Telegram channel", "later on Saturday"; not "in a
    # post on Monday the enemy had lost six tanks")
    r"(?!(?:\s+\S+){0,6}?\s+(?:that|is|are|was|were|has|have|had|will|would|could|did)\b)(?:\s+[^\s,;:\"\u201c]+){0,6}\W*$"
    # ("who wrote about it on Facebook", "said on the national joint 24/7 newscast on 26 February": what it was about
    # and where it was said, no content)
    r"|about\s+(?:it|this|that|them)(?:\s+(?:on|in|at|via|late|early|earlier|later|last|this|yesterday)\b[^,;]*)?\W*$"
    # ("boasts about the deployment of his men in Ukraine": the topic, with no verb of its own)
    r"|about\s+(?:the|his|her|its|their|a|an)\s+(?:(?!(?:is|are|was|were|has|have|had|will|would|could|can)\b)"
    r"[^,;:\"\u201c\u201d\s]++\s*)+$"
    # ('"...," Kadyrov wrote there on Monday morning': where and when, after the verb)
    r"|(?:there|here)(?:\s+(?:on|in|at|late|early|earlier|later|last|this|yesterday)\b[^,;]*)?\W*$"
    # ("Kupyansk, which the Kremlin leader recently claimed to have captured.": the relative's gap, no object)
    r"|to\s+(?:have\s+)?(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\W*$"
    # ("the official replied in the affirmative, saying that ...": the answer's polarity, its words in the participle)
    r"|in\s+the\s+(?:affirmative|negative)\W*$"
    # ("one of the four regions Putin declared annexed into Russia": a participle whose object is the relative's gap)
    r"|(?-i:[a-z]+(?:ed|en))\s+(?:into|to|by|as|in)\s+(?:the\s+)?(?-i:[A-Z])[\w'\u2019-]+\W*$"
    # ("He explained his position in Telegram-channel.": the stance named, its words told elsewhere; then at most
    # where and when)
    r"|(?:his|her|its|their)\s+(?:position|stance|decision|reasoning|point\s+of\s+view)"
    r"(?:\s+(?:on|in|at|via|during|late|early|earlier|later|last|this|yesterday)\b[^,;:\"\u201c]*)?\W*$"
    # ("..., Estonia's foreign minister said (Photo: Image Bank of War in Ukraine)": the caption's credit after a
    # frame the caption cut)
    r"|\(\s*(?:Photo|Image|Video|Illustration)(?:\s+credit)?\s*:[^()\n]*\)\W*$"
    # ("freelance journalist Fabrice Deprez reports for The Beet.": a byline, the outlet he writes for)
    r"|for\s+(?:the\s+)?(?-i:[A-Z])[\w'\u2019.-]*(?:\s+(?-i:[A-Z])[\w'\u2019.-]*){0,3}\W*$"
    # ("Danilova said wiping away tears of joy.": how she said it, a gesture; her words are elsewhere)
    r"|(?:wiping|smiling|laughing|shaking|nodding|crying|sighing|gesturing|weeping|grinning|shrugging|waving|"
    r"pointing)\b.*"
    # ("described himself as Putin's foot soldier": a self-description, no words reported)
    r"|(?:himself|herself|itself|themselves)\s+as\b.*"
    # ("he specifically mentioned the besieged Mariupol": a place named, nothing said of it)
    r"|the\s+(?:(?!(?:of|in|on|at|for|from|to|by|near)\b)(?-i:[a-z-]+)\s+){0,2}(?-i:[A-Z])[\w'\u2019-]+"
    r"(?:\s+(?-i:[A-Z])[\w'\u2019-]+)?\W*$"
    # ('(quote from RIA Novosti).': the source of a quotation, after it)
    r"|\(?\s*quot(?:e|ed|ing)\s+(?:from|by)\s+[^()]{1,40}\)?\W*$"
    # ("Experts shared their opinions in an interview with Business Insider, Ukrinform reports.": that views were
    # given, not what they were)
    r"|(?:[\w'\u2019-]+\s+){0,6}?(?:shared|gave|voiced|expressed|offered)\s+(?:their|his|her|its)\s+"
    r"(?:opinions?|views?|thoughts|assessments?|comments?)\b[^,;]*$"
    # ("Speaking to reporters on Sunday, Syrsky vowed to ...": the occasion of the words, not words)
    r"|(?:speaking|talking|writing)\s+(?:to|with|on|at|in)\b[^,;]{0,80}$"
    # ("posted on social media.", "told the media after the vote.": where and when, the words told elsewhere)
    r"|(?:on|via)\s+social\s+media\W*$|after\s+the\s+(?:vote|meeting|talks|session|summit)\W*$"
    r"|on\s+(?:the\s+|a\s+)?(?:[\w/-]+\s+){0,4}(?:newscast|telethon|broadcast|air|television|TV|radio)\b"
    r"(?:\s+(?:on|in|at)\s+[^,;]{1,30})?\W*$)",
    re.I,
)
# a reported clause that is only a time, or only the source it cites: "On September 9, 2022", "citing a source at the
# scene"
_ONLY_TIME_OR_SOURCE = re.compile(
    r"^\W*(?:(?i:in\s+particular|earlier|later|also),?\s+)?(?:(?i:on|in|at|since|as\s+of)\s+(?:\w+\s+)?"
    r"(?:[A-Z][a-z]+\.?\s*\d{0,2}(?:,?\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?)"
    r"|(?i:citing)\s+[^,;]{1,80})\W*$")


# "Source: Zelenskyy during the meeting on 11 October, as reported by European Pravda": the label line that names
# the speaker of the "Quote:" lines below it (labelled_quotes.py), not what the outlet reported
_SOURCE_LABEL = re.compile(r"\s*Source:\s")


# "CNN said it could not independently verify battlefield reports": the outlet's note on its own sourcing, which
# reporting appends to most battlefield stories (the annotation conventions code none of them)
_CANNOT_VERIFY = re.compile(
    r"^\W*it\s+(?:could\s+not|couldn['\u2019]t|cannot|can\s+not|can['\u2019]t|(?:is|was)\s+unable\s+to|"
    r"ha(?:s|d)\s+not\s+been\s+able\s+to)\s+(?:immediately\s+)?(?:independently\s+(?:verify|confirm)|"
    r"(?:verify|confirm)\s+(?:the\s+)?battlefield)\b"
    # ("Reuters has noted that it has not independently verified the battlefield report")
    r"|^\W*it\s+(?:has|had)\s+not\s+(?:yet\s+)?(?:been\s+)?independently\s+(?:verified|confirmed)\b", re.I)


def contentless(text: str) -> bool:
    """Does a reported clause say nothing ("said this on Monday", "said in a statement.", "citing a source"), or
    only the outlet's note that it cannot verify what it reports?"""
    return bool(_CONTENTLESS.match(text) or _ONLY_TIME_OR_SOURCE.match(text) or _CANNOT_VERIFY.match(text))


class _SentenceReader:
    """One sentence's tokens, and the content spans already produced in it (a verb inside a
    reported clause already emitted is not read again)."""

    def __init__(self, doc: _Doc, si: int):
        self.doc = doc
        self.text = doc.text
        self.s = doc.sentences[si]
        self.toks = doc.toks_of(si)
        self.n = len(self.toks)
        # for the words a pattern cannot match without (a substring test is far cheaper than the pattern's scan)
        self.low = self.text[self.s.start:self.s.end].lower()
        self.covered: list[tuple[int, int]] = []     # content spans already produced in this sentence
        self.credited: int | None = None              # where an "as announced by X" credit starts (_as_announced_by)

    def blocked(self, t: Tok) -> bool:
        return any(cs <= t.start < ce for cs, ce in self.doc.consumed)

    def in_covered(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.covered)

    def emit(self, res: Resolved | None, a: int, b: int, lemma: str, extra: tuple[int, int] | None = None) -> None:
        """An indirect candidate with content ``text[a:b]`` (plus ``extra``, the part after the frame
        when the frame sits inside the clause), unless it is contentless or inside a direct quote."""
        if res is None:
            return
        text, consumed = self.text, self.doc.consumed
        a, b = _clean_span(text, a, b)
        parts = [(a, b)]
        if extra is not None:
            ea, eb = _clean_span(text, *extra)
            if eb - ea > 0:
                parts.append((ea, eb))
        # ('X insisted that A, adding: "B"': the content stops where a frame or quotation already used begins)
        parts = [_clip_consumed(text, x, y, consumed) for x, y in parts]
        parts = [(x, y) for x, y in parts if y > x]
        if not parts:
            return
        # drop consumed (direct-quote) regions from the content
        qtext = " ".join(text[x:y] for x, y in parts)
        words = re.findall(r"\w+", qtext)
        if len(words) < 3 or _CONTENTLESS.match(qtext) or _SOURCE_LABEL.match(qtext):
            return
        start = min(x for x, _ in parts)
        end = max(y for _, y in parts)
        if any(cs <= start and end <= ce for cs, ce in consumed):
            return
        # reported speech inside a quotation belongs to the quoted speaker's own statement
        # (not 'He admitted that "the situation will continue."': the quotation is the content, its frame outside)
        if any(q.closed and q.start <= start and end <= q.end and re.search(r"\w", text[q.start:start])
               for q in self.doc.speech):
            return
        self.doc.cands.append(_Cand(start, end, qtext.strip(), "indirect", lemma, res, self.s.start, self.s.end))
        self.covered.append((start, end))


def _clip_consumed(text: str, a: int, b: int, consumed: list[tuple[int, int]]) -> tuple[int, int]:
    """``text[a:b]`` up to the first consumed participle frame (", adding:") that begins inside it (cleaned again),
    else unchanged; a quotation inside the clause stays part of it."""
    cut = min((cs for cs, _ce in consumed if a < cs < b and text[cs] == ","), default=None)
    if cut is None:
        return a, b
    a, b = _clean_span(text, a, cut)
    if _OBJECT_PHRASE.match(text, a, b) and not re.search(r"\bthat\s*$", text[max(0, a - 6):a]) \
            and not _FINITE.search(text, a, b):
        # ('Zelenskyy emphasized the importance of ..., noting, "..."': a noun phrase; the quotation holds the words)
        return a, a
    return a, b


# a noun phrase right after the verb ("confirmed the expanded control"), and what would make it a clause after all
_OBJECT_PHRASE = re.compile(r"(?:the|an?|his|her|its|their)\s+[^\"\u201c\u201d]*$", re.I)
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|should|must|may|might|did|does|do)\b"
                     r"|\s\w+\s+\w+ed\b")
