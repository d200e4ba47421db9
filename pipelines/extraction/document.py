"""The article analysed once: the document object that every stage of the extractor reads.

``_Doc`` holds the paragraphs, sentences and speech quotes of one article (``text.py`` splits the
text once; no stage splits it again), the ``Discourse`` of its speakers, the candidate statements
found so far and the spans they consumed (frames and quotes already used), so that a later stage
does not read the same words twice. ``_Cand`` is a candidate statement before de-duplication.
"""
from __future__ import annotations

from datetime import date

from dataclasses import dataclass

from pipelines.extraction.discourse import Discourse, Resolved
from pipelines.extraction.spans import _sentence_index
from pipelines.extraction.text import Paragraph, Quote, Sentence
from pipelines.extraction.tokens import MAX_SENTENCE_CHARS, Tok, _tokens


@dataclass
class _Cand:
    """A candidate statement: content span and text, type, cue lemma, speaker, sentence span."""

    start: int
    end: int
    quote: str
    stype: str
    cue: str
    res: Resolved
    sent_start: int
    sent_end: int


class _Doc:
    """One article as the stages see it, with the candidates found so far."""

    def __init__(self, text: str, paragraphs: list[Paragraph], sentences: list[Sentence], speech: list[Quote],
                 published: date | None = None, dateline_side: str | None = None):
        self.text = text
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.speech = speech                        # the quotes that hold a clause (see quotes.py)
        self.disc = Discourse(text, published, dateline_side)
        self.cands: list[_Cand] = []
        self.consumed: list[tuple[int, int]] = []   # frames and speech quotes already used
        self.qa_speaker = None                      # the interviewee a Q&A transcript named (qa_turns._qa_turn)
        self.lead_read = False                      # whether the lead was searched for an interviewee
        self._sent_toks: dict[int, list[Tok]] = {}

    def toks_of(self, si: int) -> list[Tok]:
        """Tokens of sentence ``si`` (cached); an overlong sentence is only read up to a bound."""
        if si not in self._sent_toks:
            s = self.sentences[si]
            end = s.end if s.end - s.start <= MAX_SENTENCE_CHARS * 4 else s.start + MAX_SENTENCE_CHARS * 4
            self._sent_toks[si] = _tokens(self.text, s.start, end)
        return self._sent_toks[si]

    def sentence_at(self, pos: int) -> Sentence:
        """The sentence that holds offset ``pos``."""
        return self.sentences[_sentence_index(self.sentences, pos)]

    def in_consumed(self, a: int, b: int) -> bool:
        """Does ``[a, b)`` overlap a frame or quote already used?"""
        return any(a < ce and b > cs for cs, ce in self.consumed)
