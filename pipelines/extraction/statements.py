"""Attributed speech events: who said what, as direct quotes or reported speech.

    extract_statements(article: ArticleText) -> list[Statement]     (ordered by char_start)

Rule-based and model-free (fast: no parser is run). The pipeline per article:

1. ``text.py`` gives paragraphs, sentences and quotation spans.
2. Quotes that hold a clause (not a scare-quoted word) are *speech quotes*. Each is attributed
   by a frame next to it: trailing (``"...," X said`` / ``"...," said X``), leading
   (``X said: "..."``, or any ``X <verb> ...: "..."`` / ``X, in its summary: "..."``), the previous
   sentence (``X told reporters:`` / a bare frame sentence) or the next one. Interview turns
   (``Budanov: Difficult, but ...``) by a known or already-named person are direct statements too. A quote with no frame that directly continues an attributed quote (split
   quotes, multi-sentence and multi-paragraph quotes) joins that statement. -> ``direct``.
3. In the remaining text, reporting verbs (lexicons/reporting_verbs.txt) with a speaker noun
   phrase on their left (``X said (that) ...``, ``..., X said.``), inverted (``..., said X``),
   participial (``..., saying ...`` -> the clause subject), ``according to X`` and
   ``by X's count`` give ``indirect`` statements; the quote_text is the reported clause.
4. Speakers: noun phrases are read from capitalisation, a role/title lexicon and appositions.
   Anonymous (``a senior source``), generic plural (``officials say``) and country speakers
   (``Kyiv has said``) and indefinite descriptions (``a prominent milblogger``) are rejected.
   Pronouns and role nouns (``the general``, ``the ministry``) resolve to earlier speakers or to
   known actors named earlier (also as objects: ``told President Vladimir Putin``); role-first
   speakers (``Russia's top general``, ``the White House envoy``) resolve to the next speaker
   whose role matches; names resolve through ``actors.default_resolver()``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pipelines.extraction.records import ArticleText, Statement
from pipelines.extraction.text import (
    Quote, Sentence, find_quotes, looks_english, split_paragraphs, split_sentences,
)

__all__ = ["extract_statements"]

LEXICON_DIR = Path(__file__).resolve().parent / "lexicons"
MAX_TEXT_CHARS = 400_000      # longer inputs are cut (bounded work on hostile input)
MAX_SENTENCE_CHARS = 1_500    # longer "sentences" are only read near their quotes/verbs
NP_MAX_TOKENS = 16
MAX_STATEMENTS = 2_000


# ----------------------------------------------------------------------------- lexicons

def _read_lines(name: str) -> list[str]:
    path = LEXICON_DIR / name
    try:
        raw = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return []
    return [ln.strip() for ln in raw if ln.strip() and not ln.lstrip().startswith("#")]


@dataclass(frozen=True)
class _Lex:
    verb_lemma: dict            # form -> lemma
    roles: frozenset
    titles: frozenset
    orgs: frozenset
    non_speakers: frozenset
    demonyms: dict
    pronouns: dict


@lru_cache(maxsize=1)
def _lex() -> _Lex:
    verbs: dict[str, str] = {}
    for line in _read_lines("reporting_verbs.txt"):
        lemma, _, forms = line.partition(":")
        for f in forms.split():
            verbs.setdefault(f.lower(), lemma.strip())
    demonyms = {}
    for line in _read_lines("demonyms.txt"):
        k, _, v = line.partition(":")
        demonyms[k.strip().lower()] = v.strip()
    pronouns = {}
    for line in _read_lines("pronouns.txt"):
        k, _, v = line.partition(":")
        pronouns[k.strip().lower()] = v.strip()
    return _Lex(
        verb_lemma=verbs,
        roles=frozenset(w.lower() for w in _read_lines("speaker_roles.txt")),
        titles=frozenset(w.lower() for w in _read_lines("titles.txt")),
        orgs=frozenset(w.lower() for w in _read_lines("org_words.txt")),
        non_speakers=frozenset(w.lower() for w in _read_lines("non_speakers.txt")),
        demonyms=demonyms,
        pronouns=pronouns,
    )


def _resolver():
    try:
        from pipelines.extraction.actors import default_resolver
    except Exception:  # pragma: no cover - the actor module is always present in the repo
        return None
    try:
        return default_resolver()
    except Exception:  # pragma: no cover - broken seeds must not break extraction
        return None


# ----------------------------------------------------------------------------- tokens

_WORDCH = r"[^\W_]"
_TOKEN_RE = re.compile(
    rf"{_WORDCH}+(?:[-'\u2019.&]{_WORDCH}+)*(?:['\u2019]s?(?!{_WORDCH}))?|[^\w\s]|_"
)
_CONNECTORS = frozenset({"of", "for", "in", "to", "on", "at", "and"})
_NP_CONNECTORS = frozenset({"of", "for", "in", "and"})
_DETS = frozenset({"the", "a", "an"})
_STOP_CAPS = frozenset(
    """in on at since after before during over by for from with as while but and or so yet
    yesterday today tonight meanwhile earlier later last next also however separately speaking
    even still then this that these those there here it its his her their our we i you they he she
    monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
    if when where what which who whose why how not no some many most all both each every such
    according despite although though because until unless once instead unlike like""".split()
)
_AUX_ADV = frozenset(
    """also has have had later earlier further again previously then repeatedly separately
    subsequently reportedly publicly officially now recently already once twice first
    initially ultimately finally frequently often since""".split()
)
_NEG = frozenset({"not", "n't", "never", "cannot", "declined", "refused", "failed", "neither", "nor", "no"})
_DEFER_HEADS = frozenset("commander commanders command military leadership".split())
_INVERTIBLE = frozenset("say write add tell note claim report state warn explain".split())
_DIRECTIONS = frozenset("east west south north northeast northwest southeast southwest centre center".split())
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_CONTINUE = frozenset("continue continues continued".split())
_INDEFINITE = frozenset("a an another".split())
_PARTICIPIAL_NEXT = frozenset("in on at with by from to the a an his her its their outside inside after before".split())
_PARTICIPLE_OK_PREV = frozenset({",", "by", "while", "when", "after", "before"})
_REL_START = frozenset({"who", "which", "whose", "whom", "that", "where"})
_CONTENTLESS = re.compile(
    r"^\W*(?:this|so|nothing|something|as much|otherwise|the same|similar(?:ly)?)"
    r"(?:\s+(?:on|in|at|during|after|before|to|from|via|by|late|early|earlier|later|last|this|yesterday)\b.*)?\W*$",
    re.I,
)


@dataclass
class Tok:
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower()

    @property
    def bare(self) -> str:
        t = self.text.lower()
        if t.endswith("'s") or t.endswith("\u2019s"):
            t = t[:-2]
        return t.rstrip("'\u2019")


def _tokens(text: str, start: int, end: int) -> list[Tok]:
    return [Tok(m.group(0), m.start(), m.end()) for m in _TOKEN_RE.finditer(text, start, end)]


def _is_cap(tok: Tok) -> bool:
    c = tok.text[0]
    if c.isupper():
        return True
    if c.isdigit():
        return bool(re.fullmatch(r"\d+(?:st|nd|rd|th)", tok.text))   # "425th", "3rd"
    return False


def _is_word(tok: Tok) -> bool:
    return tok.text[0].isalnum()


# ----------------------------------------------------------------------------- mentions

@dataclass
class Mention:
    """A speaker noun phrase as written."""

    start: int
    end: int
    raw: str
    kind: str                   # "named" | "pronoun" | "role" | "descriptive"
    name: str = ""              # the name part (person run or organisation name)
    is_person: bool | None = None
    role_words: tuple = ()      # lower-case descriptor words
    country: str | None = None  # demonym form of a leading "Ukraine's"/"Russian"


def _np_left(toks: list[Tok], i: int, lo: int = 0) -> int:
    """Index of the first token of the noun phrase that ends at toks[i] (inclusive), or i+1 if none."""
    lex = _lex()
    j = i
    first = i + 1
    if i >= lo and toks[i].low in _CONNECTORS:
        return i + 1                       # "the Russian Defence Ministry of [announcing]"
    # a trailing "in the east" / "(MoD)"
    if i - 2 >= lo and toks[i].low in _DIRECTIONS and toks[i - 1].low == "the" and toks[i - 2].low == "in":
        j = i - 3
    elif i - 2 >= lo and toks[i].text == ")" and toks[i - 2].text == "(" and toks[i - 1].text.isupper():
        j = i - 3
    i = j
    while j >= lo and i - j < NP_MAX_TOKENS:
        t = toks[j]
        low = t.low
        if t.text in "\"\u201c\u201d\u201e\u00ab\u00bb":
            # a quoted unit name: Regiment "Skelia"
            if j - 2 >= lo and _is_cap(toks[j - 1]) and toks[j - 2].text in "\"\u201c\u201d\u201e\u00ab\u00bb":
                first = j - 2
                j -= 3
                continue
            break
        if t.text in (".",):
            # abbreviation dot: "Gen." "U.S."
            if j - 1 >= lo and re.fullmatch(r"(?:[A-Z][a-z]{0,3}|[A-Z](?:\.[A-Z])*)", toks[j - 1].text) and j < i:
                j -= 1
                continue
            break
        if t.text == "-" and j < i and j - 1 >= lo and _is_word(toks[j - 1]):
            j -= 1
            continue
        if not _is_word(t):
            break
        if low in lex.pronouns and j == i:
            if j == lo or not _is_word(toks[j - 1]) or toks[j - 1].low in ("and", "but", "as", "so"):
                return j
            return j
        if low in _DETS:
            # "Head of the Kharkiv ..." continues through "of the"
            if j - 1 >= lo and toks[j - 1].low in ("of", "for") and first <= i:
                j -= 1
                continue
            first = j
            break
        if _is_cap(t):
            if t.bare in _STOP_CAPS and t.text[0].isupper():
                break
            first = j
            j -= 1
            continue
        if low in lex.roles or t.bare in lex.roles:
            first = j
            j -= 1
            continue
        if low in lex.titles and first <= i and (toks[first].low in lex.roles or toks[first].bare in lex.roles):
            first = j                      # "the economy ministry", "the foreign minister"
            j -= 1
            continue
        if low in lex.pronouns and j == i:
            return j
        break
    # trim leading connectors; a phrase that starts with a preposition is a PP object, not a subject
    if first <= i and toks[first].low in _CONNECTORS:
        return i + 1
    return first


def _np_right(toks: list[Tok], i: int, hi: int) -> int:
    """Index after the last token of the noun phrase starting at toks[i]."""
    lex = _lex()
    j = i
    last = i
    if j < hi and toks[j].low in _DETS:
        j += 1
    while j < hi and j - i < NP_MAX_TOKENS:
        t = toks[j]
        low = t.low
        if _is_word(t) and _is_cap(t) and not (t.bare in _STOP_CAPS and t.text[0].isupper()):
            j += 1
            last = j
            continue
        if _is_word(t) and (low in lex.roles or t.bare in lex.roles) and low not in _CONNECTORS:
            j += 1
            last = j
            continue
        if low in _NP_CONNECTORS or low in _DETS:
            # continue only when the phrase goes on with a name/role word
            k = j + 1
            while k < hi and toks[k].low in _DETS:
                k += 1
            if k < hi and _is_word(toks[k]) and (_is_cap(toks[k]) or toks[k].low in lex.roles) and low != "and":
                j = k
                continue
            break
        if t.text == "." and j > i and re.fullmatch(r"[A-Z][a-z]{0,3}|[A-Z]", toks[j - 1].text) and j + 1 < hi and _is_cap(toks[j + 1]):
            j += 1
            continue
        if t.text == "-" and j + 1 < hi and _is_word(toks[j + 1]):
            j += 1
            continue
        if t.text in "\"\u201c\u201d" and j + 2 < hi and _is_cap(toks[j + 1]) and toks[j + 2].text in "\"\u201c\u201d":
            j += 3
            last = j
            continue
        break
    return last


def _demonym(word: str) -> str | None:
    lex = _lex()
    w = word.lower().rstrip(".")
    if w.endswith("'s") or w.endswith("\u2019s"):
        w = w[:-2]
    return lex.demonyms.get(w)


def _side_from_words(words: list[str]) -> str | None:
    """Side named by the words of a mention; the side-word lexicon lives in actors.py."""
    try:
        from pipelines.extraction.actors import side_from_words
    except Exception:  # pragma: no cover - the actor module is always present in the repo
        return None
    return side_from_words(" ".join(words))


def _build_mention(text: str, toks: list[Tok], a: int, b: int) -> Mention | None:
    """Classify toks[a:b] as a speaker mention, or None when it cannot be a speaker."""
    if a >= b:
        return None
    lex = _lex()
    start, end = toks[a].start, toks[b - 1].end
    raw = text[start:end].strip(" ,")
    words = [t for t in toks[a:b] if _is_word(t)]
    if not words:
        return None
    det = words[0].low if words[0].low in _DETS else None
    content = words[1:] if det else words
    if not content:
        return None
    lows = [t.low for t in content]
    # pronoun
    if len(content) == 1 and lows[0] in lex.pronouns and not det:
        return Mention(start, end, raw, "pronoun", name=lows[0])
    if det in ("a", "an"):
        return None                                     # "a senior military source"
    caps = [t for t in content if _is_cap(t)]
    # country possessive / demonym prefix
    country = None
    if content and _demonym(content[0].text) and (content[0].low.endswith(("'s", "\u2019s")) or len(content) > 1):
        country = _demonym(content[0].text)
    if not caps:
        if det == "the" and content[-1].low in lex.roles and all(
                t.low in lex.roles or t.low in lex.titles or t.low in _CONNECTORS or t.low in _DETS for t in content):
            return Mention(start, end, raw, "role", role_words=tuple(lows))
        return None
    # everything capitalised is a place / country / demonym -> not a speaker
    non_place = [t for t in caps if t.bare not in lex.non_speakers and t.low not in lex.non_speakers
                 and not _demonym(t.text)]
    joined = " ".join(t.bare for t in content)
    if joined in lex.non_speakers or (det and f"the {joined}" in lex.non_speakers):
        return None
    if not non_place:
        # "Ukraine's top military commander", "Russia's military", "Ukraine's air force"
        rest = [t for t in content if not (_demonym(t.text) or t.bare in lex.non_speakers)]
        if not rest or not any(t.low in lex.roles for t in rest):
            return None
        return Mention(start, end, raw, "descriptive", role_words=tuple(t.low for t in rest), country=country)
    # title-only ("the Commander-in-Chief", "the President")
    if det == "the" and all(t.low in lex.titles or t.low in lex.roles or t.low in _CONNECTORS or t.low in _DETS
                            for t in content) and not any(t.bare in lex.orgs for t in content if _is_cap(t)):
        return Mention(start, end, raw, "role", role_words=tuple(lows))
    # a leading lowercase role phrase with "the" that governs a capitalised org: "the chief of the General Staff"
    if det == "the" and content[0].low in lex.titles and not _is_cap(content[0]):
        return Mention(start, end, raw, "role", role_words=tuple(lows))
    # trailing run of capitalised name tokens
    k = len(content)
    while k > 0:
        t = content[k - 1]
        if _is_cap(t) and t.bare not in lex.titles and t.bare not in lex.orgs and not _demonym(t.text) \
                and t.bare not in lex.non_speakers and not t.text[0].isdigit():
            k -= 1
            continue
        if t.text in "\"\u201c\u201d":
            k -= 1
            continue
        break
    run = [t for t in content[k:] if _is_word(t)]
    before = content[:k]
    before_words = [t for t in before if _is_word(t)]
    role_words = tuple(t.low for t in before_words)
    first_is_title = bool(before_words) and before_words[0].bare in lex.titles
    if run and len(run) <= 4:
        prev = before_words[-1] if before_words else None
        person = None
        org_name = None
        if prev is None:
            person = None   # bare name: unknown kind
        elif prev.low in _CONNECTORS:
            # "Institute for Conflict Mapping", "Mission in Ukraine": the run is part of an org name
            person = False
            org_name = _org_name(content, text)
        elif prev.bare in lex.titles or (prev.low in lex.roles and prev.bare not in lex.orgs
                                         and prev.low not in ("blog", "channel", "agency", "group", "project")):
            person = True
        elif prev.bare in lex.orgs and _is_cap(prev):
            if first_is_title and len(run) >= 2:
                person = True
            else:
                person = False
                org_name = _org_name(before + content[k:], text)
        elif prev.low in lex.roles or prev.bare in lex.orgs:
            person = False   # "the pro-Kremlin military blog Rybar"
        elif prev.low in _CONNECTORS:
            # "Mission in Ukraine" style: the run is part of an org name
            person = False
            org_name = _org_name(content, text)
        else:
            person = None
        name = org_name or _span_text(text, run)
        return Mention(start, end, raw, "named", name=name, is_person=person, role_words=role_words,
                       country=country)
    # a title phrase without a personal name: "the White House envoy", "Kremlin spokesman"
    if not _is_cap(content[-1]) and content[-1].low in lex.titles and content[-1].low not in lex.orgs \
            and _title_head([content[-1].low]):
        return Mention(start, end, raw, "descriptive", name=_span_text(text, content), role_words=tuple(lows),
                       country=country)
    # organisation name (ends in an org/role word)
    if any(t.bare in lex.orgs or t.low in lex.roles for t in content):
        return Mention(start, end, raw, "named", name=_org_name(content, text), is_person=False,
                       role_words=role_words, country=country)
    return None


def _span_text(text: str, toks: list[Tok]) -> str:
    s = text[toks[0].start:toks[-1].end]
    return s.replace("\u201c", "").replace("\u201d", "").replace('"', "").strip()


def _org_name(content: list[Tok], text: str) -> str:
    """Organisation name as written, minus determiner and descriptors; "Russia's X" -> "Russian X"."""
    lex = _lex()
    words = [t for t in content if _is_word(t) or t.text in "-\"\u201c\u201d"]
    # drop leading lower-case descriptors before the first capitalised token ("pro-Kremlin blog ...")
    i = 0
    while i < len(words) and not _is_cap(words[i]) and words[i].low not in lex.orgs:
        i += 1
    words = words[i:] or words
    if not words:
        return ""
    first = words[0]
    dem = _demonym(first.text) if first.low.endswith(("'s", "\u2019s")) else None
    body = _span_text(text, words[1:]) if dem and len(words) > 1 else _span_text(text, words)
    name = f"{dem} {body}" if dem and len(words) > 1 else body
    name = re.sub(r"\bU\.N\.", "UN", name)
    name = re.sub(r"\bU\.S\.", "US", name)
    name = re.sub(r"\bU\.K\.", "UK", name)
    return re.sub(r"\s+", " ", name).strip()


# ----------------------------------------------------------------------------- discourse

@dataclass
class Entity:
    name: str                  # display / canonical
    raw: str
    actor_id: str | None
    side: str | None
    person: bool | None
    gender: str | None
    descriptors: set = field(default_factory=set)
    pos: int = 0


@dataclass
class Resolved:
    speaker: str
    raw: str
    actor_id: str | None
    side: str | None
    entity: Entity | None = None
    deferred: Mention | None = None


_FEMALE_HINT = re.compile(r"\b(?:mrs|ms|madam|spokeswoman|chairwoman|congresswoman)\b", re.I)
_MALE_HINT = re.compile(r"\b(?:mr|spokesman|chairman|congressman|sir)\b", re.I)


def _guess_gender(name: str, raw: str) -> str | None:
    if _FEMALE_HINT.search(raw):
        return "f"
    if _MALE_HINT.search(raw):
        return "m"
    parts = name.split()
    if len(parts) >= 2:
        first = parts[0].lower()
        if len(first) > 2 and first.endswith("a") and first not in ("nikita", "ilya", "foma", "luka", "kuzma"):
            return "f"
    return None


class Discourse:
    """Entities mentioned so far in one article, for pronoun / role / surname resolution."""

    def __init__(self, text: str):
        self.text = text
        self.entities: list[Entity] = []
        self.resolver = _resolver()
        self.acronyms = {m.group(2): m.group(1).strip() for m in re.finditer(
            r"((?:[A-Z][\w'\u2019-]*\s+)(?:(?:of|for|and|the|on|in)\s+|[A-Z][\w'\u2019-]*\s+){1,8})\(([A-Z][A-Za-z]{1,7})\)",
            text)}

    # -- known actors named anywhere in the text (also as objects: "told President Vladimir Putin")
    _NAME_RUN = re.compile(r"\b[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,3}\b")

    def mentioned_actors(self) -> list[tuple[int, object]]:
        if getattr(self, "_mentioned", None) is None:
            out = []
            if self.resolver is not None:
                cache: dict[str, object] = {}
                for m in self._NAME_RUN.finditer(self.text[:MAX_TEXT_CHARS]):
                    raw = m.group(0)
                    if raw not in cache:
                        try:
                            cache[raw] = self.resolver.resolve(raw)
                        except Exception:
                            cache[raw] = None
                    a = cache[raw]
                    if a is not None and a.kind == "person":
                        out.append((m.start(), a))
            self._mentioned = out
        return self._mentioned

    def actor_by_role(self, head: str, side: str | None, pos: int) -> Resolved | None:
        """The nearest known person named before ``pos`` whose seed role holds ``head`` ("president")."""
        if not head:
            return None
        for start, a in reversed(self.mentioned_actors()):
            if start >= pos:
                continue
            if side and a.side and a.side != side:
                continue
            words = set(re.findall(r"[\w-]+", (a.role or "").lower()))
            if head in words:
                return self.register(Mention(start, start, a.canonical_name, "named", name=a.canonical_name,
                                             is_person=True), pos)
        return None

    # -- registry
    def is_known_person(self, raw: str) -> bool:
        if self.resolver is None:
            return False
        try:
            a = self.resolver.resolve(raw)
        except Exception:
            return False
        return a is not None and a.kind == "person"

    def _find_by_surname(self, name: str) -> Entity | None:
        last = name.split()[-1].lower() if name.split() else ""
        if not last:
            return None
        try:
            from pipelines.extraction.actors import name_skeleton
        except Exception:  # pragma: no cover
            name_skeleton = str.lower
        sk = name_skeleton(last)
        for e in reversed(self.entities):
            toks = e.name.split() + e.raw.split()
            if any(name_skeleton(t.lower().strip(",.")) == sk for t in toks):
                return e
        return None

    def register(self, m: Mention, pos: int) -> Resolved | None:
        name = m.name
        if name in self.acronyms:
            name = self.acronyms[name]
        side_ctx = m.country if m.country in ("Ukrainian", "Russian") else None
        side_ctx = {"Ukrainian": "Ukraine", "Russian": "Russia"}.get(side_ctx or "")
        actor = None
        if self.resolver is not None:
            try:
                actor = self.resolver.resolve(m.raw, side_ctx) or (self.resolver.resolve(name, side_ctx) if name != m.raw else None)
            except Exception:
                actor = None
        ent = None
        if actor is not None:
            for e in reversed(self.entities):
                if e.actor_id == actor.actor_id:
                    ent = e
                    break
            if ent is None:
                ent = Entity(actor.canonical_name, m.raw, actor.actor_id, actor.side,
                             actor.kind == "person", None)
                ent.descriptors.update(w.lower() for w in re.findall(r"[\w-]+", actor.role or ""))
                self.entities.append(ent)
        else:
            if len(name.split()) == 1 and m.is_person is not False:
                ent = self._find_by_surname(name)
            if ent is None and m.is_person is not True and len(name.split()) >= 2:
                # a short back-reference to an organisation named in full earlier:
                # "the General Staff" after "the General Staff of the Armed Forces of Ukraine"
                short = f" {' '.join(re.findall(r'[a-z0-9]+', name.lower()))} "
                for e in reversed(self.entities):
                    if e.person is not True and e.actor_id and (
                            short in f" {' '.join(re.findall(r'[a-z0-9]+', e.raw.lower()))} "
                            or short in f" {' '.join(re.findall(r'[a-z0-9]+', e.name.lower()))} "):
                        ent = e
                        break
            if ent is None:
                side = None
                if self.resolver is not None:
                    try:
                        side = self.resolver.side_hint(m.raw)
                    except Exception:
                        side = None
                side = side or _side_from_words(m.raw.split())
                person = m.is_person
                if person is None and len(name.split()) >= 2 and not any(
                        w.lower() in _lex().orgs for w in name.split()):
                    person = True
                ent = Entity(name, m.raw, None, side, person, None)
                self.entities.append(ent)
        if ent.gender is None and ent.person:
            ent.gender = _guess_gender(ent.name, m.raw)
        ent.descriptors.update(w for w in m.role_words)
        ent.descriptors.update(w.lower() for w in re.findall(r"[\w-]+", m.raw))
        ent.pos = pos
        self.entities.remove(ent)
        self.entities.append(ent)
        return Resolved(ent.name, m.raw, ent.actor_id, ent.side, ent)

    def add_descriptors(self, ent: Entity, words: str) -> None:
        ent.descriptors.update(w.lower() for w in re.findall(r"[\w-]+", words))

    # -- resolution
    def resolve(self, m: Mention, pos: int) -> Resolved | None:
        lex = _lex()
        if m.kind == "named":
            return self.register(m, pos)
        if m.kind == "pronoun":
            kind = lex.pronouns.get(m.name, "")
            ent = None
            for e in reversed(self.entities):
                if kind == "person_m" and e.person and e.gender != "f":
                    ent = e
                    break
                if kind == "person_f" and e.person and e.gender == "f":
                    ent = e
                    break
                if kind in ("org", "plural") and e.person is not True:
                    ent = e
                    break
            if ent is None and kind == "person_f":
                ent = next((e for e in reversed(self.entities) if e.person and e.gender != "m"), None)
                if ent is not None:
                    ent.gender = "f"
            if ent is None:
                return None
            ent.pos = pos
            return Resolved(ent.name, ent.raw, ent.actor_id, ent.side, ent)
        if m.kind == "role":
            words = [w for w in m.role_words if w not in _DETS and w not in _CONNECTORS]
            phrase = " ".join(m.role_words)
            if "head of state" in phrase or phrase.strip() == "president":
                words = ["president"]
            core = list(words)
            if "of" in m.role_words:
                pre_of = [w for w in m.role_words[:list(m.role_words).index("of")] if w not in _DETS]
                core = pre_of or core
            head = core[-1] if core else ""
            if "head of state" in phrase or phrase.strip() in ("president", "the president"):
                head = "president"
            org_like = head in lex.orgs and head not in lex.titles
            # "the economy ministry" must not resolve to an earlier defence ministry
            modifiers = [w for w in core[:-1] if w in lex.titles and w not in lex.roles]
            # most specific first: an entity whose descriptors hold the head role word
            for e in reversed(self.entities):
                if org_like and e.person:
                    continue
                if not org_like and e.person is False:
                    continue
                if head and head in e.descriptors and all(w in e.descriptors for w in modifiers):
                    return Resolved(e.name, e.raw, e.actor_id, e.side, e)
            if not org_like and head in lex.titles:
                r = self.actor_by_role(head, None, m.start)
                if r is not None:
                    return r
            for e in reversed(self.entities):
                if org_like and e.person is not True and not modifiers:
                    return Resolved(e.name, e.raw, e.actor_id, e.side, e)
                if not org_like and e.person:
                    return Resolved(e.name, e.raw, e.actor_id, e.side, e)
            if org_like and len(words) >= 2:
                name = " ".join(words)
                return self.register(Mention(m.start, m.end, m.raw, "named", name=name, is_person=False), pos)
            if head in lex.titles:
                # "the chief of the General Staff told ..." before the name is given: resolved later
                return Resolved(" ".join(words), m.raw, None, None, None, deferred=m)
            return None
        if m.kind == "descriptive":
            # resolved later to the next compatible named speaker ("Ukraine's top military commander")
            name = m.name or f"{m.country or ''} {' '.join(w for w in m.role_words)}".strip()
            actor = None
            if self.resolver is not None:
                try:
                    actor = self.resolver.resolve(m.raw)
                except Exception:
                    actor = None
            if actor is not None:
                return self.register(Mention(m.start, m.end, m.raw, "named", name=actor.canonical_name,
                                             is_person=actor.kind == "person"), pos)
            if any(w in _DEFER_HEADS for w in m.role_words):
                return Resolved(name, m.raw, None, _side_from_words(m.raw.split()), None, deferred=m)
            head = _title_head(m.role_words)
            if head:
                side = _side_from_words(m.raw.split())
                for e in reversed(self.entities):
                    if e.person and head in e.descriptors and (not side or not e.side or e.side == side):
                        return Resolved(e.name, e.raw, e.actor_id, e.side, e)
                r = self.actor_by_role(head, side, m.start)
                if r is not None:
                    return r
                # "Ukraine's foreign minister said ... Andrii Sybiha also wrote": the name comes later
                return Resolved(name, m.raw, None, side, None, deferred=m)
            return self.register(Mention(m.start, m.end, m.raw, "named", name=name, is_person=False,
                                         role_words=m.role_words, country=m.country), pos)
        return None


# ----------------------------------------------------------------------------- quote geometry

def _is_speech_quote(text: str, q: Quote) -> bool:
    inner = text[q.inner_start:q.inner_end].strip()
    if not inner:
        return False
    n = len(inner.split())
    if q.kind == "single":
        return n >= 8 and inner[-1] in ",.!?"
    ends = inner[-1] in ",.!?\u2026" or not q.closed
    if n >= 3 and ends:
        return True
    if n >= 10:
        return True
    if n >= 6 and inner[0].isupper():
        return True
    return False


def _sentence_index(sentences: list[Sentence], pos: int) -> int:
    lo, hi = 0, len(sentences) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        s = sentences[mid]
        if pos < s.start:
            hi = mid - 1
        elif pos >= s.end:
            lo = mid + 1
        else:
            return mid
    return max(0, min(lo, len(sentences) - 1))


# ----------------------------------------------------------------------------- frames

@dataclass
class Frame:
    mention: Mention
    verb: Tok | None
    lemma: str
    start: int          # span of the whole frame (speaker + verb + adjuncts)
    end: int


def _verb_ok(toks: list[Tok], i: int) -> bool:
    """A finite reporting verb (not an infinitive, not negated)."""
    for k in range(max(0, i - 3), i):
        if toks[k].low in _NEG or toks[k].low.endswith("n't"):
            return False
    if i > 0 and toks[i - 1].low == "to" and not (i > 1 and toks[i - 2].low in _CONTINUE):
        return False
    return True


def _skip_aux_left(toks: list[Tok], i: int, lo: int) -> int:
    j = i - 1
    if j - 1 >= lo and toks[j].low == "to" and toks[j - 1].low in _CONTINUE:
        j -= 2                             # "ISW continues to assess that ..."
    while j >= lo and (toks[j].low in _AUX_ADV or toks[j].low.endswith("ly") and toks[j].text.islower()
                       and len(toks[j].text) > 3):
        j -= 1
    return j


def _comma_segments(toks: list[Tok], lo: int, hi: int) -> list[tuple[int, int]]:
    segs = []
    s = lo
    depth = 0
    for k in range(lo, hi):
        t = toks[k].text
        if t in "([":
            depth += 1
        elif t in ")]":
            depth = max(0, depth - 1)
        elif t == "," and depth == 0:
            segs.append((s, k))
            s = k + 1
    segs.append((s, hi))
    return segs


def _subject_left(text: str, toks: list[Tok], i: int, lo: int) -> tuple[Mention | None, int]:
    """Speaker mention ending just before the verb toks[i] (with appositions). Returns (mention, first token idx)."""
    j = _skip_aux_left(toks, i, lo)
    if j < lo:
        return None, i
    if toks[j].text == ",":
        # apposition / relative clause: X, the acting governor of ..., said
        segs = _comma_segments(toks, lo, j)
        best = None
        role_best = None
        # find a clause-initial NP: walk segments from the right while they look appositive
        for si in range(len(segs) - 1, -1, -1):
            a, b = segs[si]
            if a >= b:
                break
            first = toks[a]
            k = _np_left(toks, b - 1, a)
            full = k == a
            if not full and si == 0 and a < k <= b - 1 and toks[k - 1].text != "," and (
                    not _is_word(toks[k - 1]) or all(x.low in _STOP_CAPS or not _is_word(x) or x.text.isdigit()
                                                     for x in toks[a:k])):
                a, full = k, True      # "17:05 — Alexei Smirnov, the acting governor ..., said"
                first = toks[a]
            starts_ok = _is_cap(first) or first.low == "the" or first.low in _lex().pronouns
            if full and not starts_ok and first.low in _lex().roles:
                m = _build_mention(text, toks, a, b)
                if m is not None and m.kind == "named" and m.is_person and len(m.name.split()) >= 2:
                    return m, a        # "the head of the delegation, presidential aide X, told"
            if full and starts_ok:
                m = _build_mention(text, toks, a, b)
                if m is not None:
                    if m.kind == "named":
                        best = (m, a)
                        # keep looking left only if the left segment is a description of the same entity
                        continue_left = si > 0
                        if continue_left:
                            pa, pb = segs[si - 1]
                            pm = _build_mention(text, toks, pa, pb) if pa < pb and _np_left(toks, pb - 1, pa) == pa else None
                            if pm is not None and pm.kind == "named" and pm.is_person is not False and m.is_person is not True:
                                best = (pm, pa)
                        break
                    if role_best is None:
                        role_best = (m, a)
                        if m.kind == "role" and si > 0:
                            # "X, the commander-in-chief, said": the role is an apposition to a name
                            pa, pb = segs[si - 1]
                            if pa < pb and _np_left(toks, pb - 1, pa) == pa:
                                pm = _build_mention(text, toks, pa, pb)
                                if pm is not None and pm.kind == "named" and pm.is_person is not False:
                                    return pm, pa
                    if m.kind in ("role", "pronoun"):
                        break
                    continue
            # appositive-looking segment: keep walking left
            flow = first.low
            if flow in _DETS or flow in _REL_START or not first.text[0].isupper() or first.text[0].isdigit():
                continue
            if full:
                continue
            break
        if best is not None:
            return best
        if role_best is not None:
            return role_best
        return None, i
    k = _np_left(toks, j, lo)
    if k > j:
        return None, i
    # an indefinite description is anonymous: "a prominent Kremlin-affiliated milblogger claimed"
    d = k - 1
    while d >= lo and k - d <= 3 and _is_word(toks[d]) and toks[d].text.islower() \
            and toks[d].low not in _INDEFINITE and toks[d].low not in _DETS and toks[d].low not in _CONNECTORS:
        d -= 1
    if d >= lo and toks[d].low in _INDEFINITE and (d == lo or not _is_word(toks[d - 1])
                                                     or toks[d - 1].low in ("but", "while", "and")):
        return None, i
    m = _build_mention(text, toks, k, j + 1)
    if m is not None and m.kind == "named" and k - 2 >= lo and toks[k - 1].text == ",":
        # "Ukraine's commander-in-chief, Gen. X said" is rare; "X, Y said" where X is a description
        pass
    return m, k


def _subject_right(text: str, toks: list[Tok], i: int, hi: int) -> tuple[Mention | None, int]:
    """Speaker mention starting at toks[i] (inverted frames, "according to X")."""
    if i >= hi:
        return None, i
    if toks[i].low in _lex().pronouns:
        return _build_mention(text, toks, i, i + 1), i + 1
    e = _np_right(toks, i, hi)
    if e <= i:
        return None, i
    # "analysts of the DeepState monitoring project", "an analysis by X"
    m = _build_mention(text, toks, i, e)
    return m, e


def _clause_subject(text: str, toks: list[Tok], lo: int, hi: int) -> tuple[Mention | None, int]:
    """Subject of the clause starting at toks[lo] (skipping a timestamp or an introductory phrase)."""
    k = lo
    # a bare live-blog timestamp on its own line: "14:45\n"
    if lo + 3 <= hi and toks[lo].text.isdigit() and toks[lo + 1].text in (":", ".") and toks[lo + 2].text.isdigit() \
            and len(toks[lo].text) <= 2 and len(toks[lo + 2].text) == 2:
        k = lo = lo + 3
        if lo < hi and toks[lo].text in ("\u2014", "\u2013", "-"):
            k = lo = lo + 1
    # timestamps / datelines "20:40 —"
    for d in range(lo, min(hi, lo + 8)):
        if toks[d].text in ("\u2014", "\u2013", "-") and d + 1 < hi and d > lo and not _is_word(toks[d - 1]) is False:
            if d - lo <= 6 and not any(toks[x].low in _lex().verb_lemma for x in range(lo, d)):
                k = d + 1
            break
    participial_intro = (k + 1 < hi and toks[k].low.endswith("ing") and len(toks[k].text) > 5
                         and toks[k + 1].low in _PARTICIPIAL_NEXT)      # "Sitting in his office, he ..."
    if k < hi and (toks[k].low in _STOP_CAPS or not _is_cap(toks[k]) or participial_intro) and toks[k].low not in _DETS:
        # introductory phrase up to the first comma
        for d in range(k, min(hi, k + 14)):
            if toks[d].text == ",":
                k = d + 1
                break
        else:
            return None, lo
    if k >= hi:
        return None, lo
    e = _np_right(toks, k, hi)
    if e <= k:
        if toks[k].low in _lex().pronouns:
            return _build_mention(text, toks, k, k + 1), k
        return None, lo
    return _build_mention(text, toks, k, e), k


# ----------------------------------------------------------------------------- extraction

_THAT_WINDOW = 16
_ACCORDING = re.compile(r"\b[Aa]ccording to\b")
_BY_COUNT = re.compile(
    r"\b[Bb]y\s+((?:the\s+)?[A-Z][^,;:]{0,80}?)['\u2019]s?\s+(?:own\s+)?(?:count|counts|estimate|estimates|tally|"
    r"calculations?|assessment|figures|data|reckoning)\b\s*,?\s*")
_GROUP_OF = re.compile(
    r"^(?:the\s+)?(?:analysts?|experts?|researchers?|data|figures|estimates?|an?\s+(?:analysis|report|assessment|"
    r"study|statement|update|estimate|post)|the\s+(?:analysis|report|assessment|study|statement|update|latest\s+\w+))"
    r"\s+(?:of|at|from|by|with)\s+", re.I)
_DATELINE = re.compile(
    r"^\s*(?:[A-Z][A-Z .,'\u2019/-]{2,60}(?:,\s*[A-Z][a-z]{2,9}\.?\s+\d{1,2})?\s*(?:\([^)]{1,40}\))?\s*[-\u2013\u2014]\s+)")
_LIVE_TS = re.compile(r"^\s*\d{1,2}[:.]\d{2}\s*[-\u2013\u2014]\s*")


@dataclass
class _Cand:
    start: int
    end: int
    quote: str
    stype: str
    cue: str
    res: Resolved
    sent_start: int
    sent_end: int


def _clean_span(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and (text[a].isspace() or text[a] in ",;:-\u2013\u2014"):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ",;:-\u2013\u2014"):
        b -= 1
    return a, b


def _strip_intro(text: str, a: int, b: int) -> int:
    seg = text[a:b]
    m = _LIVE_TS.match(seg) or _DATELINE.match(seg)
    return a + m.end() if m else a


def extract_statements(article: ArticleText) -> list[Statement]:
    """All attributed statements in ``article``, ordered by ``char_start``."""
    text = article.text or ""
    if not text.strip():
        return []
    if len(text) > MAX_TEXT_CHARS:
        text = text[:MAX_TEXT_CHARS]
    if not looks_english(text):
        return []
    try:
        return _extract(text)
    except RecursionError:  # pragma: no cover - defensive
        return []


def _extract(text: str) -> list[Statement]:
    lex = _lex()
    paragraphs = split_paragraphs(text)
    sentences = split_sentences(text)
    if not sentences:
        return []
    quotes = find_quotes(text, paragraphs)
    speech = [q for q in quotes if _is_speech_quote(text, q)]
    disc = Discourse(text)
    cands: list[_Cand] = []
    consumed: list[tuple[int, int]] = []     # frames and speech quotes already used

    # token cache per sentence
    sent_toks: dict[int, list[Tok]] = {}

    def toks_of(si: int) -> list[Tok]:
        if si not in sent_toks:
            s = sentences[si]
            end = s.end if s.end - s.start <= MAX_SENTENCE_CHARS * 4 else s.start + MAX_SENTENCE_CHARS * 4
            sent_toks[si] = _tokens(text, s.start, end)
        return sent_toks[si]

    # Events are processed in text order so that discourse entities are available for pronouns.
    events: list[tuple[int, str, int]] = []
    for si, s in enumerate(sentences):
        events.append((s.start, "sent", si))
    for qi, q in enumerate(speech):
        events.append((sentences[_sentence_index(sentences, q.start)].start, "quote", qi))
    for pi, para in enumerate(paragraphs):
        if _QA_TURN.match(text, para.start, min(para.end, para.start + 60)):
            events.append((para.start, "qa", pi))
    events.sort(key=lambda e: (e[0], 0 if e[1] in ("quote", "qa") else 1, e[2]))

    # ---- pass 1: quotes (need the sentence grid), done in order with the sentence pass
    quote_state = {"last": None}          # last direct candidate (for continuation)
    handled_quotes: set[int] = set()

    def in_consumed(a: int, b: int) -> bool:
        return any(a < ce and b > cs for cs, ce in consumed)

    def frame_after(q: Quote, limit: int) -> Frame | None:
        si = _sentence_index(sentences, max(q.start, q.end - 1))
        s_end = min(sentences[si].end, limit)
        # when the quote closes the sentence, a frame may still follow in the next "sentence"
        # produced by the splitter ("...hold on," he said.) -- the splitter never splits there
        a = q.end
        if a >= s_end:
            return None
        toks = _tokens(text, a, min(s_end, a + 600))
        if not toks:
            return None
        k = 0
        if toks[k].text in (",",):
            k += 1
        if k >= len(toks):
            return None
        # inverted: "said X"
        if toks[k].low in lex.verb_lemma:
            m, e = _subject_right(text, toks, k + 1, len(toks))
            fr_end = _frame_end(toks, e if m else k + 1)
            return Frame(m, toks[k], lex.verb_lemma[toks[k].low], q.end, fr_end) if m else \
                Frame(None, toks[k], lex.verb_lemma[toks[k].low], q.end, fr_end)
        # "X said", "X, the head of ..., told reporters"
        for vi in range(k, min(len(toks), k + 40)):
            t = toks[vi]
            if t.low in lex.verb_lemma and _verb_ok(toks, vi):
                m, first = _subject_left(text, toks, vi, k)
                if first == k or m is not None:
                    fr_end = _frame_end(toks, vi + 1)
                    return Frame(m, t, lex.verb_lemma[t.low], q.end, fr_end)
                # anonymous subject that covers the tail ("a soldier ... told X")
                if _tail_is_anonymous(toks, k, vi):
                    return Frame(None, t, lex.verb_lemma[t.low], q.end, _frame_end(toks, vi + 1))
                return None
            if t.text in ("\"", "\u201c", "\u201e"):
                return None
        return None

    def frame_before(q: Quote, lower: int) -> Frame | None:
        si = _sentence_index(sentences, q.start)
        a = max(sentences[si].start, lower)
        if q.start - a < 2:
            return None
        toks = _tokens(text, a, q.start)
        if not toks:
            return None
        # must end with ':' or ',' (or a verb directly: 'stating, "..."')
        last = toks[-1].text
        if last not in (":", ","):
            return None
        for vi in range(len(toks) - 2, max(-1, len(toks) - 14), -1):
            t = toks[vi]
            if t.low in lex.verb_lemma and _verb_ok(toks, vi):
                lemma = lex.verb_lemma[t.low]
                if t.low.endswith("ing") and vi > 0 and toks[vi - 1].low in _PARTICIPLE_OK_PREV:
                    m, _ = _clause_subject(text, toks, 0, len(toks))
                else:
                    m, _ = _subject_left(text, toks, vi, 0)
                return Frame(m, t, lemma, toks[0].start if m is None else m.start, q.start)
        if last == ":":
            return _colon_frame(text, toks, q.start)
        return None

    def frame_sentence(si: int) -> Frame | None:
        """A sentence that is only an attribution: 'X told reporters.' / 'X said:'"""
        if si < 0 or si >= len(sentences):
            return None
        s = sentences[si]
        toks = toks_of(si)
        if not toks or len(toks) > 30:
            return None
        for vi, t in enumerate(toks):
            if t.low in lex.verb_lemma and _verb_ok(toks, vi):
                m, first = _subject_left(text, toks, vi, 0)
                if m is None:
                    return None
                rest = text[t.end:s.end].strip()
                if rest.endswith(":") or (len(rest.split()) <= 6 and not re.search(r"\bthat\b", rest)):
                    return Frame(m, t, lex.verb_lemma[t.low], s.start, s.end)
                return None
        if toks[-1].text == ":":
            return _colon_frame(text, toks, s.end)
        return None

    def add_direct(group: list[Quote], fr: Frame, si: int) -> None:
        res = disc.resolve(fr.mention, fr.mention.start) if fr.mention else None
        for q in group:
            consumed.append((q.start, q.end))
        consumed.append((min(fr.start, fr.end), max(fr.start, fr.end)))
        if res is None:
            quote_state["last"] = None
            return
        parts = [text[q.inner_start:q.inner_end].strip() for q in group]
        qt = " ".join(p for p in parts if p)
        qt = re.sub(r"[,\s]+$", "", qt)
        s0 = sentences[_sentence_index(sentences, group[0].start)]
        s1 = sentences[_sentence_index(sentences, max(group[-1].end - 1, fr.end - 1))]
        c = _Cand(group[0].inner_start, group[-1].inner_end, qt, "direct", fr.lemma, res,
                  min(s0.start, fr.start), max(s1.end, fr.end))
        cands.append(c)
        quote_state["last"] = (c, group[-1])

    def extend_direct(q: Quote) -> bool:
        last = quote_state["last"]
        if last is None:
            return False
        c, prev_q = last
        gap = text[prev_q.end:q.start]
        # continuation: same paragraph with only the previous frame in between, or the next paragraph
        # after an unclosed quote
        if (not prev_q.closed and q.paragraph == prev_q.paragraph + 1) or (
                q.paragraph == prev_q.paragraph and (in_consumed(prev_q.end, q.start) or not gap.strip()
                                                     or len(gap) < 3)):
            c.end = q.inner_end
            c.quote = (c.quote + " " + text[q.inner_start:q.inner_end].strip()).strip()
            c.quote = re.sub(r"[,\s]+$", "", c.quote)
            c.sent_end = max(c.sent_end, sentences[_sentence_index(sentences, q.end - 1)].end)
            consumed.append((q.start, q.end))
            quote_state["last"] = (c, q)
            return True
        return False

    def handle_quote(qi: int) -> None:
        q0 = speech[qi]
        if qi in handled_quotes or in_consumed(q0.start, q0.end):
            return
        # a multi-paragraph quote: an unclosed quote continued by a quote opening the next paragraph
        group = [q0]
        while not group[-1].closed and qi + 1 < len(speech):
            cont = speech[qi + 1]
            para = paragraphs[cont.paragraph] if cont.paragraph < len(paragraphs) else None
            if cont.paragraph != group[-1].paragraph + 1 or para is None or cont.start != para.start:
                break
            group.append(cont)
            handled_quotes.add(qi + 1)
            qi += 1
        q = group[-1]
        nxt = speech[qi + 1] if qi + 1 < len(speech) else None
        limit = nxt.start if nxt is not None and nxt.paragraph == q.paragraph else len(text)
        fr = frame_after(q, limit)
        if fr is not None:
            # split quote: the frame sits between two quotes of one statement
            if nxt is not None and nxt.paragraph == q.paragraph and fr.end >= nxt.start - 3 and fr.mention is not None:
                nf = frame_after(nxt, speech[qi + 2].start if qi + 2 < len(speech) and speech[qi + 2].paragraph == nxt.paragraph else len(text))
                if nf is None:
                    group.append(nxt)
                    handled_quotes.add(qi + 1)
            add_direct(group, fr, qi)
            return
        q = group[0]
        qi0 = speech.index(q)
        prev_end = speech[qi0 - 1].end if qi0 > 0 and speech[qi0 - 1].paragraph == q.paragraph else 0
        fr = frame_before(q, prev_end)
        if fr is not None:
            add_direct(group, fr, qi)
            return
        if extend_direct(q):
            for g in group[1:]:
                extend_direct(g)
            return
        si = _sentence_index(sentences, q.start)
        # a bare quote after an attribution sentence ("X told reporters:" / "X said in a statement.")
        if sentences[si].start >= q.start - 1:
            fr = frame_sentence(si - 1)
            if fr is not None:
                add_direct(group, fr, qi)
                return
            # or before a bare frame sentence
            ql = group[-1]
            sj = _sentence_index(sentences, ql.end - 1)
            if sentences[sj].end <= ql.end + 1:
                fr = frame_sentence(sj + 1)
                if fr is not None and not text[fr.start:fr.end].rstrip().endswith(":"):
                    add_direct(group, fr, qi)
                    return
        quote_state["last"] = None

    # ---- pass 2: indirect speech per sentence (interleaved with quotes, in text order)
    for _pos, kind, idx in events:
        if len(cands) >= MAX_STATEMENTS:
            break
        if kind == "quote":
            handle_quote(idx)
            continue
        if kind == "qa":
            _qa_turn(text, paragraphs[idx], disc, cands, consumed)
            continue
        _indirect_sentence(text, sentences, idx, toks_of(idx), disc, cands, consumed, speech)

    # ---- deferred descriptive speakers -> the next compatible named speaker
    cands.sort(key=lambda c: c.start)
    for i, c in enumerate(cands):
        m = c.res.deferred
        if m is None:
            continue
        want_person = any(w in lex.titles for w in m.role_words) and not any(w in lex.orgs for w in m.role_words)
        want_side = c.res.side
        loose = any(w in _DEFER_HEADS for w in m.role_words)
        head = "" if loose else _title_head(m.role_words)
        for d in cands[i + 1:i + 1 + (len(cands) if loose else 6)]:
            e = d.res.entity
            if e is None or d.res.deferred is not None:
                continue
            if want_side and e.side and e.side != want_side:
                continue
            if not loose and (not e.person or head not in e.descriptors):
                continue
            if want_person and e.person is False:
                continue
            if not want_person and "command" in m.role_words and e.person:
                continue
            c.res = Resolved(e.name, e.raw, e.actor_id, e.side, e)
            break

    out: list[Statement] = []
    seen = set()
    for c in cands:
        key = (c.start, c.end, c.res.speaker)
        if key in seen or not c.quote.strip():
            continue
        seen.add(key)
        out.append(Statement(
            speaker=c.res.speaker,
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


# an interview transcript turn: "Budanov: Difficult, but not critical." (not "Q:", not a quote after the colon)
_QA_TURN = re.compile(r"[ \t]*(?P<name>[A-Z][\w'\u2019.-]+(?:[ \t]+[A-Z][\w'\u2019.-]+){0,3})[ \t]*:[ \t]+(?=[^\s\"\u201c\u201e\u00ab])")


def _qa_turn(text: str, para, disc: "Discourse", cands: list, consumed: list) -> None:
    """The answer of a named interviewee in a Q&A transcript is his own words: a direct statement."""
    m = _QA_TURN.match(text, para.start, min(para.end, para.start + 60))
    if m is None:
        return
    name = m.group("name")
    known = disc._find_by_surname(name) if len(name.split()) == 1 else None
    actor = None
    if known is None and disc.resolver is not None:
        try:
            actor = disc.resolver.resolve(name)
        except Exception:
            actor = None
        if actor is None or actor.kind != "person":
            return
    a, b = _clean_span(text, m.end(), para.end)
    if len(re.findall(r"\w+", text[a:b])) < 3:
        return
    if known is not None:
        res = Resolved(known.name, known.raw, known.actor_id, known.side, known)
    else:
        res = disc.register(Mention(m.start("name"), m.end("name"), name, "named", name=name, is_person=True),
                            m.start("name"))
    consumed.append((m.start(), para.end))
    cands.append(_Cand(a, b, text[a:b], "direct", "say", res, para.start, para.end))


def _title_head(role_words) -> str:
    """The person-title head of a role phrase ("top general" -> general, "chief of the X" -> chief)."""
    lex = _lex()
    words = [w for w in role_words if w not in _DETS]
    if "of" in words:
        words = words[:words.index("of")]
    for w in reversed(words):
        if w in lex.titles and w not in ("acting", "deputy", "first", "vice", "special", "foreign", "defence",
                                         "defense", "economy", "interior", "supreme", "presidential"):
            return w
    return ""


_DOC_OF = re.compile(r"(?:an?|the)\s+(?:(?:latest|daily|morning|evening|new|short)\s+)?(?:summary|statement|update|"
                     r"post|message|report|bulletin|briefing)\s+(?:from|by|of)\s+", re.I)


def _colon_frame(text: str, toks: list[Tok], end: int) -> Frame | None:
    """A speaker introduced by a colon without a reporting verb: 'Putin interrupted him: "..."',
    'Ukraine's General Staff, in its evening summary: "..."', 'Sitting in his office, he described the work:'."""
    if len(toks) < 2 or len(toks) > 16 or toks[-1].text != ":":
        return None
    lo = 0
    if len(toks) > 4 and toks[0].text.isdigit() and toks[1].text in (":", ".") and toks[2].text.isdigit():
        lo = 3                             # a live-blog timestamp line
    head = _DOC_OF.match(text, toks[lo].start, toks[-1].start)
    if head:                               # "A summary from the Ukrainian General Staff:"
        lo = next((k for k, t in enumerate(toks) if t.start >= head.end()), len(toks) - 1)
    m, _k = _clause_subject(text, toks, lo, len(toks) - 1)
    if m is None or m.kind not in ("named", "pronoun", "role"):
        return None
    if m.kind == "named" and m.is_person is None and len(m.name.split()) < 2 and _lex().pronouns.get(m.name.lower()) is None:
        # a bare capitalised word ("Background:", "Update:") is not a speaker
        if not re.search(r"\b[a-z]+(?:ed|s)\b", text[m.end:toks[-1].start]):
            return None
    return Frame(m, None, "say", m.start, end)


def _only_punct(toks: list[Tok], a: int, b: int) -> bool:
    return all(not _is_word(t) for t in toks[a:b])


def _tail_is_anonymous(toks: list[Tok], a: int, vi: int) -> bool:
    words = [t for t in toks[a:vi] if _is_word(t)]
    return bool(words) and words[0].low in ("a", "an", "one", "another", "some", "officials", "sources")


def _frame_end(toks: list[Tok], k: int) -> int:
    """End offset of a quote frame: the verb's adjuncts up to the sentence end / a comma / a quote."""
    end = toks[k - 1].end if k > 0 else toks[0].end
    for t in toks[k:]:
        if t.text in ("\"", "\u201c", "\u201e", "\u201d"):
            break
        end = t.end
        if t.text in (".", "!", "?"):
            break
    return end


_ADJUNCT_START = frozenset(
    """on in at during late early earlier later last this yesterday today after before via by through
    from to while when as with without monday tuesday wednesday thursday friday saturday
    sunday afterwards overnight separately also again repeatedly""".split())


def _that_start(toks: list[Tok], k: int, hi: int) -> int:
    """Token index where the reported clause starts after the verb at k-1 (after "that" when the
    verb is followed by adjuncts and then "that": 'said on Friday during a visit that ...')."""
    if k < hi and toks[k].low == "that":
        return k + 1
    if k >= hi or toks[k].low not in _ADJUNCT_START:
        return k
    for d in range(k, min(hi, k + _THAT_WINDOW)):
        t = toks[d]
        if t.low == "that":
            return d + 1
        if t.text in (",", ";", ":") and d > k:
            break
    return k


def _indirect_sentence(text: str, sentences: list[Sentence], si: int, toks: list[Tok], disc: Discourse,
                       cands: list, consumed: list, speech: list[Quote]) -> None:
    lex = _lex()
    s = sentences[si]
    if not toks:
        return
    n = len(toks)

    def blocked(t: Tok) -> bool:
        return any(cs <= t.start < ce for cs, ce in consumed)

    covered: list[tuple[int, int]] = []     # content spans already produced in this sentence
    # subject registration for later pronouns ("Katrin Lindqvist clears a space ...")
    try:
        m0, _k0 = _clause_subject(text, toks, 0, n)
        if m0 is not None and m0.kind == "named" and (m0.is_person or len(m0.name.split()) >= 2
                                                      or disc.is_known_person(m0.raw)):
            disc.register(m0, m0.start)
    except Exception:
        pass

    def emit(res: Resolved | None, a: int, b: int, lemma: str, extra: tuple[int, int] | None = None) -> None:
        if res is None:
            return
        a, b = _clean_span(text, a, b)
        parts = [(a, b)]
        if extra is not None:
            ea, eb = _clean_span(text, *extra)
            if eb - ea > 0:
                parts.append((ea, eb))
        parts = [(x, y) for x, y in parts if y > x]
        if not parts:
            return
        # drop consumed (direct-quote) regions from the content
        qtext = " ".join(text[x:y] for x, y in parts)
        words = re.findall(r"\w+", qtext)
        if len(words) < 3 or _CONTENTLESS.match(qtext):
            return
        start = min(x for x, _ in parts)
        end = max(y for _, y in parts)
        if any(cs <= start and end <= ce for cs, ce in consumed):
            return
        cands.append(_Cand(start, end, qtext.strip(), "indirect", lemma, res, s.start, s.end))
        covered.append((start, end))

    def in_covered(pos: int) -> bool:
        return any(a <= pos < b for a, b in covered)

    # "according to X"
    for m in _ACCORDING.finditer(text, s.start, s.end):
        if any(cs <= m.start() < ce for cs, ce in consumed):
            continue
        ti = next((k for k, t in enumerate(toks) if t.start >= m.end()), n)
        hi = n
        for k in range(ti, n):
            if toks[k].text in (",", ";", ".", ":", "(", "\u2014", "\u2013"):
                hi = k
                break
        seg = text[toks[ti].start:toks[hi - 1].end] if ti < hi else ""
        g = _GROUP_OF.match(seg)
        if g:
            ti = next((k for k, t in enumerate(toks) if t.start >= toks[ti].start + g.end()), hi)
        mention, e = _subject_right(text, toks, ti, hi)
        # the whole short phrase may name a known actor ("the UN refugee agency")
        if ti < hi and hi - ti <= 8 and disc.resolver is not None and (mention is None or e < hi):
            whole = text[toks[ti].start:toks[hi - 1].end]
            try:
                actor = disc.resolver.resolve(whole)
            except Exception:
                actor = None
            if actor is not None:
                mention = Mention(toks[ti].start, toks[hi - 1].end, whole, "named", name=actor.canonical_name,
                                  is_person=actor.kind == "person")
                e = hi
        if mention is None or e <= ti:
            continue
        res = disc.resolve(mention, mention.start)
        ph_start = m.start()
        ph_end = toks[e - 1].end
        # trailing time adjunct "according to X on Monday"
        if e < n and toks[e].low in ("on", "in", "at", "during") and e + 1 < n and (toks[e + 1].low in _WEEKDAYS or toks[e + 1].low in ("his", "her", "its", "their", "a", "an", "the")):
            for k in range(e, n):
                if toks[k].text in (",", ".", ";"):
                    ph_end = toks[k - 1].end
                    break
        intro_end = _strip_intro(text, s.start, s.end)
        before = (intro_end, ph_start)
        after = (ph_end, s.end)
        if text[intro_end:ph_start].strip(" ,") == "":
            emit(res, after[0], after[1], "according_to")
        else:
            emit(res, before[0], before[1], "according_to", after if len(text[after[0]:after[1]].split()) > 2 else None)

    # "By X's count, ..."
    for m in _BY_COUNT.finditer(text, s.start, s.end):
        ti = next((k for k, t in enumerate(toks) if t.start >= m.start(1)), n)
        te = next((k for k, t in enumerate(toks) if t.start >= m.end(1)), n)
        mention = _build_mention(text, toks, ti, te)
        if mention is None:
            continue
        res = disc.resolve(mention, mention.start)
        if s.start <= m.start() and text[_strip_intro(text, s.start, s.end):m.start()].strip(" ,") == "":
            emit(res, m.end(), s.end, "by_count")
        else:
            emit(res, s.start, m.start(), "by_count", (m.end(), s.end))

    # reporting verbs
    for vi, t in enumerate(toks):
        lemma = lex.verb_lemma.get(t.low)
        if lemma is None or blocked(t) or in_covered(t.start):
            continue
        if t.text[0].isupper() and vi == 0:
            continue
        if not _verb_ok(toks, vi):
            continue
        if lemma == "call" and not any(x.text in ('"', "\u201c", "\u201e") for x in toks[vi + 1:vi + 9]):
            continue
        if lemma == "put" and not re.search(r"\bat\s+(?:about\s+|roughly\s+|around\s+|some\s+|nearly\s+)?\d",
                                            text[t.end:min(s.end, t.end + 160)]):
            continue
        if lemma == "post" and not re.match(r"[^.;:\"\u201c]{0,60}?(?:\bthat\b|:)", text[t.end:s.end]):
            continue
        if lemma == "order" and not re.search(r"\bto\b", text[t.end:min(s.end, t.end + 80)]):
            continue
        if lemma in ("believe", "suggest") and not re.search(r"^\s+(?:that\b|[A-Z]|the\b)", text[t.end:t.end + 20]):
            continue
        participle = t.low.endswith("ing")
        mention = None
        first_idx = vi
        inverted = False
        if participle:
            if vi == 0 or toks[vi - 1].low not in _PARTICIPLE_OK_PREV:
                continue
            mention, _k = _clause_subject(text, toks, 0, vi)
            if mention is None:
                continue
            first_idx = vi
        else:
            mention, first_idx = _subject_left(text, toks, vi, 0)
            if mention is None:
                j = vi - 1
                if j >= 0 and toks[j].text == "," and vi + 1 < n and lemma in _INVERTIBLE and not participle:
                    mention, e = _subject_right(text, toks, vi + 1, n)
                    if mention is not None and mention.kind in ("named", "role", "pronoun", "descriptive"):
                        inverted = True
                        first_idx = vi
                        inv_end = e
                    else:
                        mention = None
            if mention is None:
                # the anonymous / generic subject still owns this verb: nothing else to do
                continue
        res = disc.resolve(mention, mention.start)
        if res is None:
            continue
        # content
        intro_end = _strip_intro(text, s.start, s.end)
        if inverted:
            fr_end_tok = inv_end
            after_a = toks[fr_end_tok].start if fr_end_tok < n else s.end
            # skip adjuncts up to the next comma
            k = fr_end_tok
            while k < n and toks[k].text not in (",", ".", ";"):
                k += 1
            after_a = toks[k].end if k < n else s.end
            emit(res, intro_end, t.start, lemma,
                 (after_a, s.end) if len(text[after_a:s.end].split()) > 2 else None)
            continue
        subj_start = toks[first_idx].start if first_idx < n else t.start
        k = vi + 1
        if lemma == "tell":
            # told reporters / told a briefing / told President X at a meeting (that ...)
            for d in range(k, min(n, k + 12)):
                if toks[d].low == "that":
                    k = d
                    break
            else:
                e = _np_right(toks, k, n)
                k = max(k, e)
                while k < n and toks[k].low in ("reporters", "journalists", "lawmakers", "the", "a", "an"):
                    k += 1
        cstart_tok = _that_start(toks, k, n)
        pre_text = text[intro_end:subj_start]
        pre_words = len(re.findall(r"\w+", pre_text))
        # what follows the verb up to the next comma: empty or adjuncts -> the content is before
        k2 = vi + 1
        while k2 < n and toks[k2].text not in (",", ".", ";", "\u2014", "!", "?"):
            k2 += 1
        rest = toks[vi + 1:k2]
        rest_is_adjunct = not rest or (rest[0].low in _ADJUNCT_START and len(rest) <= 30
                                       and not any(x.low == "that" for x in rest))
        end_mode = (not participle and pre_text.rstrip().endswith(",") and pre_words >= 4 and rest_is_adjunct)
        if end_mode:
            extra = None
            if k2 < n and toks[k2].text in (",", "\u2014"):
                extra = (toks[k2].end, s.end)
            emit(res, intro_end, subj_start, lemma, extra)
        else:
            # the reporting verb and its complement ("warned against ...", "conceded that ...")
            a = t.start if cstart_tok < n else s.end
            comp = text[t.end:s.end]
            if _CONTENTLESS.match(comp) or re.match(r"\s*(?:this|so|nothing)\b(?:\s+(?:in|on|at|during|to|after|before)\b[^,.]*)?\s*(?:[,.]|$)", comp):
                continue
            emit(res, a, s.end, lemma)
