"""The lowest layer of the statement extractor: limits, lexicons and tokens.

Every stage (``mentions``, ``discourse``, ``frames``, ``quotes``, ``indirect``) reads the word lists
in ``lexicons/`` through ``_lex()`` and the actor seeds through ``_resolver()``; both are loaded once
per process and live here, below every stage, so that no stage imports another one for them.
Tokens are word/punctuation pieces with character offsets into the article text (no parser is run).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

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
    unnamed_groups: frozenset   # "analysts", "officials", "bloggers": people named only as a group (also non-speakers)
    portfolios: frozenset       # a ministry's field ("infrastructure"): role words too
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
    groups = frozenset(w.lower() for w in _read_lines("unnamed_groups.txt"))
    portfolios = frozenset(w.lower() for w in _read_lines("portfolios.txt"))
    return _Lex(
        verb_lemma=verbs,
        roles=frozenset(w.lower() for w in _read_lines("speaker_roles.txt")) | portfolios,
        titles=frozenset(w.lower() for w in _read_lines("titles.txt")),
        orgs=frozenset(w.lower() for w in _read_lines("org_words.txt")),
        non_speakers=frozenset(w.lower() for w in _read_lines("non_speakers.txt")) | groups | _place_names(),
        unnamed_groups=groups,
        portfolios=portfolios,
        demonyms=demonyms,
        pronouns=pronouns,
    )


def _place_names() -> frozenset:
    """Oblasts, towns and "directions" of the regions gazetteer: a place is never a speaker
    ("Robotyne said", "Kherson demanded" come from mis-read clauses, not from speakers)."""
    try:
        from pipelines.extraction.places import default_gazetteer
        from pipelines.extraction.regions import place_names
    except Exception:  # pragma: no cover - the gazetteer modules are always present in the repo
        return frozenset()
    names = set(place_names())
    try:
        gaz = default_gazetteer()
        for place in gaz.places():
            names.add(place.name.lower())
            names.update(a.lower() for a in gaz.aliases_of(place.place_id) if a.isascii())
    except Exception:  # pragma: no cover - broken seeds must not break extraction
        pass
    # a place name that is also a common first name or surname would silence real speakers
    # (and a one-word place named after a person, "Zhdanov", "Dimitrov": the surname of an analyst too)
    return frozenset(n for n in names if n not in _SPEAKING_PLACES and n not in _PERSON_NAMES
                     and not _SURNAME_LIKE.fullmatch(n))


# metonyms that do speak: "the Kremlin said" (the Kremlin is not in the regions gazetteer anyway)
_SPEAKING_PLACES = frozenset({"kremlin", "pentagon", "white house"})
_SURNAME_LIKE = re.compile(r"[a-z]+[^aeiou](?:ov|ev)|[a-z]+(?:enko|idze)")
_PERSON_NAMES = frozenset({"ivanivka", "olena", "marina", "maryna", "nadiya", "nadezhda", "sofia", "lyubov",
                           "alexandria", "victoria", "anna", "vera"})


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
    # ("RFE/RL": an outlet's name written with a slash between capitals is one word)
    # ("SANA-The Ministry ...": a dateline's agency glued to the article's first word is two)
    rf"{_WORDCH}+(?:(?:-(?!(?:The|A|An)\b)|['\u2019.&]){_WORDCH}+|/(?=[A-Z]{{2}}){_WORDCH}+)*(?:['\u2019]s?(?!{_WORDCH}))?|[^\w\s]|_"
)
_CONNECTORS = frozenset({"of", "for", "in", "to", "on", "at", "and"})
_NP_CONNECTORS = frozenset({"of", "for", "in", "and"})
_DETS = frozenset({"the", "a", "an"})
_STOP_CAPS = frozenset(
    """in on at since after before during over by for from with as per while but and or so yet
    yesterday today tonight meanwhile earlier later last next also however separately speaking
    even still then this that these those there here it its his her their our we i you they he she
    monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
    if when where what which who whose why how not no some many most all both each every such
    according despite although though because until unless once instead unlike like
    ahead amid amidst throughout following everyone everybody nobody someone somebody anyone
    shortly soon subsequently previously additionally citing quoting
    similarly likewise moreover furthermore notably nevertheless nonetheless consequently accordingly
    specifically initially finally eventually ultimately elsewhere overall besides thus hence therefore
    strangely interestingly curiously surprisingly unsurprisingly ironically remarkably importantly crucially
    contrary former just almost nearly barely indeed inside outside less fewer more""".split()
)
# the word before a participial reporting verb (", saying ...", "by saying ..."): frames, quotes, indirect
_PARTICIPLE_OK_PREV = frozenset({",", "by", "while", "when", "after", "before"})


@dataclass(init=False, slots=True)
class Tok:
    """A word or punctuation mark with its character offsets in the article text."""

    text: str
    start: int
    end: int
    # lower-cased once here: the rules read ``low`` about twice per token (a property was 5% of extraction)
    low: str = field(compare=False, repr=False)

    def __init__(self, text: str, start: int, end: int):
        self.text = text
        self.start = start
        self.end = end
        self.low = text.lower()

    @property
    def bare(self) -> str:
        t = self.low
        if t.endswith("'s") or t.endswith("\u2019s"):
            t = t[:-2]
        return t.rstrip("'\u2019")


def _tokens(text: str, start: int, end: int) -> list[Tok]:
    return [Tok(m.group(0), m.start(), m.end()) for m in _TOKEN_RE.finditer(text, start, end)]


# a surname whose particle is hyphenated or elided to it ("Lolwah al-Khater", "Abdel Fattah el-Sisi", "Giovanni
# d'Aniello"): a capitalised word
_PARTICLE_SURNAME = re.compile(r"(?:(?:al|el|ad|ash|as|at|ar|az|ibn|bin|abu|ben)-|d['\u2019]|dell['\u2019])[A-Z][a-z]")


def _is_cap(tok: Tok) -> bool:
    c = tok.text[0]
    if c.isupper():
        return True
    if _PARTICLE_SURNAME.match(tok.text):
        return True
    if c.isdigit():
        return bool(re.fullmatch(r"\d+(?:st|nd|rd|th)", tok.text))   # "425th", "3rd"
    return False


def _is_word(tok: Tok) -> bool:
    return tok.text[0].isalnum()

