"""Actor resolver: map a speaker mention as written in an article to a reference actor.

Seeds (loaded once, cached by ``default_resolver()``):
- ``seeds/actors.csv``        actor_id,canonical_name,side,role,organisation,kind
- ``seeds/actor_aliases.csv`` actor_id,alias  (transliterations, German spellings, paraphrases)

How a mention is resolved (general rules, no per-name special cases):
1. Fold the text: accents, quote marks, hyphens, dotted abbreviations ("U.S." -> "US"), possessive 's.
   Split appositions on commas/brackets ("Ukrainian Chief of Defense, General Oleksandr Syrskyj").
2. Persons first. The last token is the surname. It is compared through ``name_skeleton``, which
   is transliteration-insensitive (Syrskyj ~ Syrskyi ~ Syrsky, Selenskyj ~ Zelenskyy, Peskow ~ Peskov,
   Gerassimow ~ Gerasimov, Schoigu ~ Shoigu, Tychyj ~ Tykhyi). If the token before the surname
   looks like a first name, the first name must match too (through first-name groups, so
   Oleksandr ~ Alexander, Sergei ~ Serhiy); a different first name never resolves
   ("Dmytro Syrskyi" -> None). If the surname is preceded only by titles/roles ("President",
   "Kremlin spokesman", "Mr", "Brigadier General"), the surname alone resolves when it is unique
   among person actors. A name governed by a preposition ("a spokesman for President Zelensky")
   does not resolve: the speaker is someone else.
3. Organisations: the mention (or its tail after leading descriptors, minus trailing words like
   "press service", "map", "analysts") is reduced to a bag of words with synonym folding
   (defense->defence, Russia's/Russian/Moscow->russia, MoD->ministry defence, UK/British/Britain->uk,
   "Ministry of Defence" ~ "Defence Ministry") and looked up. A country-less mention
   ("the Defence Ministry") only resolves when the caller passes ``side=``; a country word
   the alias does not carry is accepted when it agrees with the actor's side
   ("Ukraine's Khortytsia group"). An organisation named after a preposition ("a specialist
   with UNDP") is not the speaker.

Public API: ``Actor``, ``ActorResolver`` (``resolve``, ``side_hint``, ``get``, ``actors``,
``aliases_of``), ``default_resolver()``, and the pure helpers ``normalise_name`` and
``name_skeleton`` (reusable for within-article surname coreference), ``first_name_key``.
"""
from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path

from pipelines.settings import SEEDS_DIR

__all__ = [
    "Actor", "ActorResolver", "default_resolver", "normalise_name", "name_skeleton",
    "first_name_key", "name_tokens",
]


@dataclass(frozen=True)
class Actor:
    actor_id: str
    canonical_name: str
    side: str                 # Ukraine | Russia | other
    role: str | None
    organisation: str | None
    kind: str                 # person | organisation


# ----------------------------------------------------------------------------------------------
# Pure text helpers
# ----------------------------------------------------------------------------------------------

_PUNCT = str.maketrans({
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u02b9": "'", "`": "'", "\u00b4": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u00df": "ss", "\u00f8": "o", "\u00d8": "O", "\u0142": "l", "\u0141": "L", "\u0131": "i",
})
# a name written (partly) in Cyrillic in English copy ("Vitaly Ганчев"): the Russian-based Latin spelling, so that the
# seeds' names match it
_CYRILLIC = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
             "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
             "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
             "э": "e", "ю": "yu", "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g"}
_CYRILLIC_TABLE = str.maketrans({**_CYRILLIC, **{k.upper(): v.capitalize() for k, v in _CYRILLIC.items()}})


def latin_spelling(name: str) -> str:
    """A name with its Cyrillic letters spelled the Russian-based Latin way ("Vitaly Ганчев" -> "Vitaly Ganchev")."""
    return name.translate(_CYRILLIC_TABLE)


_DOTTED = re.compile(r"\b((?:[A-Za-z]\.){2,})")
_POSSESSIVE = re.compile(r"(?<=[A-Za-z])'s\b|(?<=s)'(?=\s|$|[^A-Za-z])", re.I)
_TOKEN = re.compile(r"[A-Za-z0-9]+")
# a possessive that lost its apostrophe in copy ("Russias Defense Ministry", "Ukraines army"): the country's
_BARE_POSSESSIVE = re.compile(r"\b(Russia|Ukraine|Kremlin|Kyiv|Kiev|Moscow)s\b")


@lru_cache(maxsize=65536)
def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.translate(_PUNCT).translate(_CYRILLIC_TABLE))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _DOTTED.sub(lambda m: m.group(1).replace(".", ""), text)
    text = _POSSESSIVE.sub("", text)
    text = _BARE_POSSESSIVE.sub(r"\1", text)
    return text.replace("'", "")


def name_tokens(text: str | None) -> list[str]:
    """Tokens of a mention with their original case (accents, quotes, hyphens and possessives folded)."""
    if not text:
        return []
    return _TOKEN.findall(_fold(str(text)))


def normalise_name(text: str | None) -> str:
    """Lowercase ASCII form: 'Russia’s Defence-Ministry' -> 'russia defence ministry'."""
    return " ".join(t.lower() for t in name_tokens(text))


_SKEL_RULES = (
    ("tsch", "ch"), ("sch", "sh"), ("shch", "sh"), ("kh", "h"), ("ch", "h"), ("zh", "z"),
    ("ck", "k"), ("x", "ks"), ("q", "k"), ("w", "v"), ("ph", "f"), ("c", "k"),
    ("j", "y"), ("ie", "ye"), ("i", "y"), ("g", "h"), ("z", "s"),
)


@lru_cache(maxsize=65536)
def _skel_word(word: str) -> str:
    w = word.lower()
    for a, b in _SKEL_RULES:
        if a in w:
            w = w.replace(a, b)
    w = re.sub(r"(.)\1+", r"\1", w)          # Gerassimow -> gerasimov, Zelenskyy -> selensky
    w = re.sub(r"y(?=[aeou])", "", w) if len(w) > 3 else w   # ye/ya/yu after consonant: Synyehubov ~ Sinegubov
    return w.rstrip("y") or w


def name_skeleton(name: str | None) -> str:
    """Transliteration-insensitive form of a name, token by token.

    'Syrskyj', 'Syrskyi', 'Syrsky' -> 'syrsk'; 'Selenskyj', 'Zelenskyy' -> 'selensk';
    'Peskow' -> 'peskov'; 'Gerassimow' -> 'herasymov'; 'Schoigu' -> 'shoyhu'; 'Tychyj' ~ 'Tykhyi'.
    """
    return " ".join(_skel_word(t) for t in name_tokens(name))


_FIRST_NAME_GROUPS = (
    "oleksandr olexandr oleksander alexander aleksandr alexandr aleksander alexandre aleksandar",
    "oleksii oleksiy olexiy olexij oleksij alexei alexey aleksei aleksey alexej aleksej",
    "andriy andrii andrij andrei andrey andrej",
    "serhiy serhii serhij sergei sergey sergej sergiy sergii",
    "dmytro dmitry dmitri dmitriy dmitrij dmitrii",
    "volodymyr vladimir wolodymyr wladimir volodimir vladymyr",
    "mykhailo mykhaylo mychajlo mikhail michail mykhajlo",
    "yuri yurii yuriy yury iurii jurij juri",
    "valery valerii valeriy valeri waleri walerij",
    "vitaliy vitalii vitaly vitali witalij",
    "mykola nikolai nikolay mikola",
    "ihor igor",
    "yevhen yevgeny yevgeniy evgeny evgeniy jewgeni yevgenii evgenii",
    "heorhii heorhiy heorhij georgiy georgii georgy georgi",
    "oleh oleg",
    "hanna ganna anna",
    "iryna irina",
    "yulia yuliia yuliya julia julija",
    "natalia nataliya natalija natalya",
    "kyrylo kirill kyrill",
    "pavlo pavel",
    "vadym vadim wadym",
    "vyacheslav viacheslav wjatscheslaw",
    "denys denis",
    "yaroslav jaroslaw jaroslav",
    "ivan iwan",
    "viktor victor wiktor",
    "maria mariya marija",
    "vasily vasyl vasili wassili vassily",
    "leonid leonyd",
    "joe joseph",
    "steve steven",
    "matthew matt",
    "antony anthony",
    "ramzan ramsan",
)


@lru_cache(maxsize=1)
def _first_groups() -> dict[str, str]:
    out: dict[str, str] = {}
    for group in _FIRST_NAME_GROUPS:
        names = group.split()
        key = _skel_word(names[0])
        for n in names:
            out[_skel_word(n)] = key
    return out


_GLUED = re.compile(r"([A-Z][a-z]{2,})([A-Z][a-z]{2,})")
_TITLE_GLUED = re.compile(r"([A-Z][a-z]{2,})([A-Z][a-z]{2,})([A-Z][a-z]{2,})")


def unglued_name(word: str) -> str | None:
    """"OleksandrShtupun" -> "Oleksandr Shtupun": a full name whose space a page lost, when its first part is a first
    name we know (not "DeepState", "TikTok": names written so)."""
    m = _GLUED.fullmatch(word)
    if m is None:
        titled = _TITLE_GLUED.fullmatch(word)
        if titled is None or titled.group(1).lower() not in _TITLE_WORDS \
                or _skel_word(titled.group(2)) not in _first_groups():
            return None
        # "Ukraine PresidentVolodymyrZelenskyy said": the title lost its space too
        return f"{titled.group(2)} {titled.group(3)}"
    if _skel_word(m.group(1)) not in _first_groups():
        return None
    return f"{m.group(1)} {m.group(2)}"


def first_name_key(token: str) -> str:
    """Group key of a first name: 'Oleksandr', 'Alexander', 'Aleksandr' share one key."""
    sk = _skel_word(token)
    return _first_groups().get(sk, sk)


# ----------------------------------------------------------------------------------------------
# Vocabulary
# ----------------------------------------------------------------------------------------------

_DETERMINERS = {"the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "according", "to"}
_PREPOSITIONS = {"for", "to", "of", "with", "at", "by", "from", "under", "in", "on", "about", "against"}
_GOVERNING = {"for", "to", "with", "against", "by"}   # "spokesman for X", "adviser to X", "met with X"
_PARTICLES = {"von", "der", "van", "de", "la", "le", "al", "bin", "ibn", "da", "dos", "del", "ter"}
_PATRONYMIC = re.compile(r"(ovych|evych|ovich|evich|ovna|evna|ivna|yvna|ovytch|itch)$")
# Words that precede a name as title/role/descriptor rather than as a first name.
_TITLE_WORDS = set("""
president vice prime minister ministers deputy first defence defense foreign interior energy economy
economic strategic industries digital transformation justice finance affairs spokesman spokeswoman
spokesperson spokespeople press secretary chief commander commanding head general gen brigadier colonel
col lieutenant lt major maj captain capt admiral marshal sergeant sgt private mr mrs ms miss dr sir dame
lord governor gov mayor acting regional region oblast city adviser advisor aide ambassador envoy
chancellor senator representative rep official officer director leader founder chairman chair
chairwoman speaker ombudsman prosecutor analyst analysts blogger milblogger former ex then top senior
military army navy air force forces staff ministry office presidential administration council national
security service intelligence mission state kremlin pentagon nato un eu us uk republic people peoples
russian ukrainian russia ukraine american british belarusian turkish german french polish western
chechen lawmaker mp deputy commissioner special envoys host correspondent reporter journalist
said says told according claimed stated added noted head group operational tactical brigade battalion
regiment unit units company corps division command joint assault separate mechanized mechanised
territorial defense border guard guards spokesmen new late current incoming outgoing interim
foreign-policy policy cabinet government member committee duma parliament verkhovna rada
secretary-general general-secretary communications coordinator negotiator delegation
prasident president generalstabschef generalstab oberbefehlshaber armeechef kremlsprecher sprecher
sprecherin verteidigungsminister vizeverteidigungsministerin vizeverteidigungsminister aussenminister
berater chef herr frau gouverneur militarsprecher regierungschef kremlchef staatschef
ukrainische ukrainischen russische russischen
""".split())
_ORG_SYNONYMS = {
    "defense": "defence", "defenses": "defence", "defences": "defence", "russian": "russia", "moscow": "russia", "ukrainian": "ukraine",
    "kyiv": "ukraine", "kiev": "ukraine", "british": "uk", "britain": "uk", "england": "uk",
    "american": "us", "usa": "us", "polish": "poland", "turkish": "turkey", "korean": "korea",
    "german": "germany", "french": "france", "program": "programme", "center": "centre",
    "organization": "organisation", "ministries": "ministry", "internal": "interior",
    # German reporting
    "moskau": "russia", "moskaus": "russia", "russisches": "russia", "russische": "russia",
    "russischen": "russia", "ukrainisches": "ukraine", "ukrainische": "ukraine", "ukrainischen": "ukraine",
    "ukrainischer": "ukraine", "britisches": "uk", "britische": "uk", "britischen": "uk",
}
_ORG_MULTI = {("united", "kingdom"): "uk", ("united", "states"): "us", ("russia", "federation"): "russia",
              ("russian", "federation"): "russia", ("united", "nations"): "un"}
_ORG_EXPAND = {"mod": ("ministry", "defence"), "mfa": ("ministry", "foreign")}
_ORG_NOISE = {"the", "of", "a", "an", "and", "for", "in", "s", "group", "groups", "grouping", "forces",
              "force", "operational", "strategic", "military", "army", "armed", "agency", "monitoring",
              "affairs", "its", "based"}
_COUNTRY_SIDE = {"ukraine": "Ukraine", "russia": "Russia", "uk": "other", "us": "other", "poland": "other",
                 "turkey": "other", "korea": "other", "germany": "other", "france": "other"}
_SIDE_TOKEN = {"Ukraine": "ukraine", "Russia": "russia"}
# Trailing words after an organisation name that do not change the speaker.
_UNIT_KIND_WORDS = {"formation", "grouping", "ground", "forces", "group", "troops", "unit", "army"}
_ORG_TRAILERS = {"press", "service", "office", "statement", "statements", "briefing", "daily", "report",
                 "reports", "update", "updates", "telegram", "channel", "website", "bulletin", "summary",
                 "communique", "map", "maps", "analysts", "data", "project", "evening", "morning",
                 "latest", "intelligence", "assessment", "figures", "estimates", "account"}
# Heads that may take "of/at/from" before the organisation and still mean the organisation speaks.
_COLLECTIVE_HEADS = {"analysts", "experts", "data", "figures", "map", "maps", "according", "statement",
                     "report", "reports", "estimates", "count", "update", "assessment", "bulletin",
                     "briefing", "service"}
# Common surnames that must not resolve on their own.
_AMBIGUOUS_SURNAMES = {"kim", "miller", "johnson", "singh", "austin", "kirby", "sullivan", "turk", "wagner"}
_SURNAME_ONLY_MIN_LEN = 4


def _org_key(tokens: list[str]) -> frozenset[str]:
    out: list[str] = []
    i = 0
    n = len(tokens)
    while i < n:
        t = tokens[i]
        if i + 1 < n and (t, tokens[i + 1]) in _ORG_MULTI:
            out.append(_ORG_MULTI[(t, tokens[i + 1])])
            i += 2
            continue
        if t in _ORG_EXPAND:
            out.extend(_ORG_EXPAND[t])
        else:
            t = _ORG_SYNONYMS.get(t, t)
            if t not in _ORG_NOISE:
                out.append(t)
        i += 1
    return frozenset(out)


# ----------------------------------------------------------------------------------------------
# Side hints
# ----------------------------------------------------------------------------------------------

# how alike two surname skeletons must be to be one person's misspelt (Shoigu ~ Shoigoiu 0.92, Cherevatyi ~ Tserevaty
# 0.80; Rudskoy ~ Rudskaya 0.77 and Medinsky ~ Medvedev 0.40 stay apart)
_SLIP_RATIO = 0.8

_RU_STRONG = re.compile(
    r"\b(?:russian[- ](?:installed|appointed|backed|controlled)|pro[- ](?:russian|kremlin|moscow)"
    r"|moscow[- ](?:installed|appointed|backed)|kremlin[- ](?:installed|backed|affiliated|linked|controlled|friendly)"
    r"|occupation (?:authorities|official|officials|administration|head|governor)|separatists?"
    r"|dpr|lpr|donetsk people'?s republic|luhansk people'?s republic|lugansk people'?s republic"
    r"|wagner|akhmat|rosgvardia|milbloggers?|z[- ]bloggers?|rybar|dva mayora)\b", re.I)
_UA_STRONG = re.compile(r"\b(?:pro[- ](?:ukrainian|kyiv|kiev)|azov|zsu|armed forces of ukraine|"
                        r"kyiv[- ](?:based|appointed)|khortytsia|tavria|deepstate|"
                        # Ukraine's numbered brigades are "separate" (okrema) ones: "the 110th Separate Mechanized
                        # Brigade"; Russia's are "guards" or "motor rifle" ones (a Russian "200th Separate Motor Rifle
                        # Brigade" keeps no side from this)
                        r"\d+(?:st|nd|rd|th)\s+separate\s+(?:(?!guards\b|motor\b|motor-rifle\b)[a-z-]+\s+){0,3}brigade)\b", re.I)
_UA_WORDS = {"ukraine", "ukrainian", "ukrainians", "kyiv", "kiev", "zelensky", "zelenskyy"}
_RU_WORDS = {"russia", "russian", "russians", "moscow", "kremlin", "putin", "chechen", "chechnya"}
_OTHER_WORDS = {
    "pentagon", "nato", "american", "americans", "washington", "british", "britain", "london", "western",
    "west", "german", "germany", "berlin", "french", "france", "paris", "polish", "poland", "warsaw",
    "turkish", "turkey", "ankara", "european", "brussels", "chinese", "china", "beijing", "korean",
    "seoul", "japanese", "japan", "israeli", "indian", "swedish", "finnish", "estonian", "latvian",
    "lithuanian", "italian", "canadian", "australian", "hungarian", "slovak", "czech", "romanian",
    "moldovan", "dutch", "norwegian", "danish", "spanish", "swiss", "austrian", "irish", "belarusian",
    "belarus", "minsk", "iaea", "isw", "icrc", "amnesty", "osce", "vatican", "qatari", "saudi",
}
_OTHER_UPPER = {"US", "USA", "UK", "UN", "EU", "ISW", "IAEA", "NATO", "OSCE", "ICRC", "UNHCR", "UNDP",
                "OHCHR", "HRMMU", "CIA", "DIA"}
_OTHER_PHRASES = re.compile(r"\b(?:white house|state department|united states|united nations|united kingdom"
                            r"|red cross|human rights watch|european union|european commission)\b", re.I)


# ----------------------------------------------------------------------------------------------
# Resolver
# ----------------------------------------------------------------------------------------------

_SEGMENT = re.compile(r"[,;:()\[\]{}\"]|\s-\s|\s--\s")


def side_from_words(mention: str | None) -> str | None:
    """Side suggested by the words of a mention alone (no actor lookup): "a Russian military
    blogger" -> Russia, "Ukraine's 47th brigade" -> Ukraine, "a Pentagon spokesman" -> other.
    The one side-word lexicon for speakers (statements.py uses it too)."""
    if not mention:
        return None
    text = _fold(str(mention))
    if _RU_STRONG.search(text):
        return "Russia"
    if _UA_STRONG.search(text):
        return "Ukraine"
    best: tuple[int, str] | None = None
    m = _OTHER_PHRASES.search(text)
    if m:
        best = (m.start(), "other")
    for tm in _TOKEN.finditer(text):
        tok = tm.group(0)
        low = tok.lower()
        side = None
        if low in _UA_WORDS:
            side = "Ukraine"
        elif low in _RU_WORDS:
            side = "Russia"
        elif low in _OTHER_WORDS or tok in _OTHER_UPPER:
            side = "other"
        if side and (best is None or tm.start() < best[0]):
            best = (tm.start(), side)
            break
    return best[1] if best else None


# nouns whose "of" + name is the name's own body or aide, not the person ("the office of Zelensky")
_OWNED_BY_NAME = frozenset("office administration spokesman spokeswoman spokesperson aide aides adviser advisers".split())


class ActorResolver:
    """Resolve mentions to reference actors. Build once (``default_resolver()``), then call often."""

    def __init__(self, actors: list[Actor], aliases: dict[str, list[str]] | None = None):
        self._actors: dict[str, Actor] = {a.actor_id: a for a in actors}
        self._aliases: dict[str, list[str]] = {k: list(v) for k, v in (aliases or {}).items()}
        self._by_name: dict[str, Actor] = {}
        self._exact: dict[str, set[str]] = {}             # normalised full name -> ids (persons)
        self._person_full: dict[tuple[str, ...], set[str]] = {}   # skeleton tokens -> ids
        self._surname: dict[str, set[str]] = {}           # surname skeleton -> person ids
        self._firsts: dict[str, set[str]] = {}            # person id -> first-name keys
        self._initials: dict[str, set[str]] = {}          # person id -> first letters
        self._org: dict[frozenset[str], set[str]] = {}    # org bag -> org ids
        self._org_vocab: set[str] = set()
        self._first_lexicon: set[str] = set(_first_groups())
        self._cache: dict[tuple[str, str | None], Actor | None] = {}
        self._by_first: dict[str, list[tuple[str, str]]] | None = None   # first-name key -> (surname skeleton, id)
        for a in actors:
            self._by_name[normalise_name(a.canonical_name)] = a
            for name in [a.canonical_name, *self._aliases.get(a.actor_id, [])]:
                if a.kind == "organisation":
                    self._index_org(a, name)
                else:
                    self._index_person(a, name)
        # A token that is part of an organisation alias is not a first name ("Kremlin spokesman ...").
        self._org_vocab = {t for t in self._org_vocab if _skel_word(t) not in self._first_lexicon}

    # -- indexing ---------------------------------------------------------------------------
    def _index_person(self, a: Actor, name: str) -> None:
        toks = [t.lower() for t in name_tokens(name)]
        if not toks:
            return
        self._exact.setdefault(" ".join(toks), set()).add(a.actor_id)
        sk = tuple(_skel_word(t) for t in toks)
        self._person_full.setdefault(sk, set()).add(a.actor_id)
        surname = toks[-1]
        self._surname.setdefault(_skel_word(surname), set()).add(a.actor_id)
        firsts = [t for t in toks[:-1] if t not in _PARTICLES and not _PATRONYMIC.search(t) and len(t) > 1]
        for f in firsts:
            self._firsts.setdefault(a.actor_id, set()).add(first_name_key(f))
            self._initials.setdefault(a.actor_id, set()).add(f[0])
            self._first_lexicon.add(_skel_word(f))

    def _index_org(self, a: Actor, name: str) -> None:
        toks = [t.lower() for t in name_tokens(name)]
        if not toks:
            return
        toks = self._strip_leading(toks)
        self._org.setdefault(_org_key(toks), set()).add(a.actor_id)
        self._org_vocab.update(toks)

    # -- public API ---------------------------------------------------------------------------
    def get(self, actor_id: str) -> Actor | None:
        return self._actors.get(actor_id)

    def by_canonical_name(self, name: str) -> Actor | None:
        return self._by_name.get(normalise_name(name))

    def actors(self) -> list[Actor]:
        return list(self._actors.values())

    def aliases_of(self, actor_id: str) -> list[str]:
        return list(self._aliases.get(actor_id, []))

    def is_given_name(self, word: str) -> bool:
        """Is ``word`` a first name the registry knows ("Oleksandr", "Alexander", a known person's first name)?"""
        return _skel_word(word.lower()) in self._first_lexicon

    def resolve(self, mention: str | None, side: str | None = None) -> Actor | None:
        """Actor for a mention as written, or None. ``side`` ("Ukraine"/"Russia") is optional
        context for country-less organisation mentions ("the Defence Ministry")."""
        if not mention:
            return None
        key = (mention, side)
        try:
            return self._cache[key]
        except KeyError:
            pass
        result = self._resolve(mention, side)
        if len(self._cache) > 200_000:
            self._cache.clear()
        self._cache[key] = result
        return result

    def side_hint(self, mention: str | None) -> str | None:
        """Side suggested by the mention itself: a known actor's side, else its own words
        ("a Russian military blogger" -> Russia, "Ukraine's 47th brigade" -> Ukraine,
        "a Pentagon spokesman" -> other). None when there is no hint."""
        if not mention:
            return None
        actor = self.resolve(mention)
        if actor is not None:
            return actor.side
        return side_from_words(mention)

    # -- internals ----------------------------------------------------------------------------
    @staticmethod
    def _strip_leading(toks: list[str]) -> list[str]:
        i = 0
        while i < len(toks) - 1 and toks[i] in ("the", "a", "an"):
            i += 1
        return toks[i:]

    def _resolve(self, mention: str, side: str | None) -> Actor | None:
        folded = _fold(str(mention))
        segments = [s for s in (_SEGMENT.split(folded)) if _TOKEN.search(s)]
        if not segments:
            return None
        tokenised = [_TOKEN.findall(s) for s in segments]
        # Persons first, in every apposition segment; then organisations.
        named_unknown = False
        for toks in tokenised:
            found, verdict = self._resolve_person(toks)
            if found is not None:
                return found
            named_unknown = named_unknown or verdict == "unknown-name"
        for toks in tokenised:
            org = self._resolve_org(toks, side)
            if org is not None:
                # "Taras Petrenko, Pentagon" style: a named unknown person is the speaker.
                if named_unknown and len(tokenised) > 1 and not self._segment_is_org(tokenised[0], side):
                    return None
                return org
        return None

    def _segment_is_org(self, toks: list[str], side: str | None) -> bool:
        return self._resolve_org(toks, side) is not None

    def _is_first_like(self, orig: str) -> bool:
        low = orig.lower()
        sk = _skel_word(low)
        if sk in self._first_lexicon:
            return True
        if low in _TITLE_WORDS or low in self._org_vocab or low in _PREPOSITIONS or low in _DETERMINERS:
            return False
        if len(low) == 1 or low.isdigit():
            return False
        return orig[:1].isupper()

    def _governed_by_preposition(self, low: list[str], start: int) -> bool:
        """True when the name starting at ``start`` is the object of a preposition
        ("a spokesman for President Zelensky", "an aide to Mr Putin")."""
        k = start - 1
        while k >= 0 and (low[k] in _TITLE_WORDS or low[k] in ("the", "a", "an")) and low[k] not in _PREPOSITIONS:
            k -= 1
        if k >= 1 and low[k] == "of" and low[k - 1] in _OWNED_BY_NAME:
            return True           # "the office of Zelensky", "a spokesman of President Putin": his office, not him
        if k < 0 or low[k] not in _GOVERNING:
            return False          # "of" belongs to titles: "Chief of the General Staff Valery Gerasimov"
        return not (low[k] == "to" and k >= 1 and low[k - 1] == "according")

    def _resolve_person(self, toks: list[str]) -> tuple[Actor | None, str | None]:
        """(actor, verdict). verdict 'unknown-name' when the segment ends in a name that is not ours."""
        if not toks:
            return None, None
        low = [t.lower() for t in toks]
        n = len(low)
        # Multi-token exact/skeleton aliases first ("Recep Tayyip Erdogan", "von der Leyen").
        for length in range(min(4, n), 1, -1):
            span = tuple(_skel_word(t) for t in low[n - length:])
            ids = self._person_full.get(span)
            if ids and len(ids) == 1:
                start = n - length
                if self._governed_by_preposition(low, start):
                    return None, "object"
                return self._actors[next(iter(ids))], "full"
        surname = low[-1]
        cand = self._surname.get(_skel_word(surname))
        if not cand:
            # A capitalised trailing token preceded by a first name is an unknown person.
            if n >= 2 and toks[-1][:1].isupper() and self._is_first_like(toks[-2]) \
                    and low[-1] not in self._org_vocab and low[-1] not in _TITLE_WORDS:
                slip = self._misspelt_person(low[-2], surname)
                if slip is not None and not self._governed_by_preposition(low, n - 2):
                    return slip, "full"
                return None, "unknown-name"
            return None, None
        j = n - 2
        while j >= 0 and (low[j] in _PARTICLES or (_PATRONYMIC.search(low[j]) and len(low[j]) > 6)):
            j -= 1
        if j >= 1 and len(low[j]) == 1 and low[j].isalpha() and self._is_first_like(toks[j - 1]):
            j -= 1                                      # middle initial: "Joseph R. Biden"
        if j >= 0 and (self._is_first_like(toks[j]) or (len(low[j]) == 1 and toks[j].isupper())):
            if len(low[j]) == 1:
                matches = {a for a in cand if low[j] in self._initials.get(a, ())}
            else:
                fk = first_name_key(low[j])
                matches = {a for a in cand if fk in self._firsts.get(a, ())}
            if len(matches) != 1:
                return None, "unknown-name"
            if self._governed_by_preposition(low, j):
                return None, "object"
            return self._actors[next(iter(matches))], "full"
        # Surname alone (after titles/roles): only when unique and not a common surname.
        if len(cand) != 1 or surname in _AMBIGUOUS_SURNAMES or len(surname) < _SURNAME_ONLY_MIN_LEN:
            return None, None
        if self._governed_by_preposition(low, n - 1):
            return None, "object"
        return self._actors[next(iter(cand))], "surname"

    def _misspelt_person(self, first: str, surname: str) -> Actor | None:
        """"Sergei Shoigoiu", "Serhii Tserevaty": a known person's first name before a surname one slip of the pen
        away from his (rewritten and machine-translated pages misspell names that transliteration alone does not
        explain). The one known person of that first name whose surname skeleton is at least
        ``_SLIP_RATIO`` alike, unless one surname only extends the other (Yermak, Yermakov: another family), but for
        an adjectival surname's feminine "-a" after a man's first name ("Dmytro Lykhova" for Lykhovyi: a
        translation's slip between two forms of one name)."""
        sk = _skel_word(surname)
        if len(sk) < 5:
            return None
        fk = first_name_key(first)
        if self._by_first is None:
            by_first: dict[str, list[tuple[str, str]]] = {}
            for sur, ids in self._surname.items():
                for aid in ids:
                    for f in self._firsts.get(aid, ()):
                        by_first.setdefault(f, []).append((sur, aid))
            self._by_first = by_first
        hits = {aid for sur, aid in self._by_first.get(fk, ())
                if len(sur) >= 5 and (not (sur.startswith(sk) or sk.startswith(sur)) or sk == sur + "a")
                and SequenceMatcher(None, sur, sk).ratio() >= _SLIP_RATIO}
        return self._actors[hits.pop()] if len(hits) == 1 else None

    def _lookup_org(self, span: list[str], side: str | None) -> Actor | None:
        key = _org_key(span)
        if not key:
            return None
        ids = self._org.get(key)
        if ids and len(ids) == 1:
            return self._actors[next(iter(ids))]
        countries = key & _COUNTRY_SIDE.keys()
        if countries and not ids:
            bare = key - countries
            ids = self._org.get(bare) if bare else None
            if ids and len(ids) == 1:
                a = self._actors[next(iter(ids))]
                if all(_COUNTRY_SIDE[c] == a.side for c in countries):
                    return a
            return None
        if not countries and side in _SIDE_TOKEN:
            ids = self._org.get(key | {_SIDE_TOKEN[side]})
            if ids and len(ids) == 1:
                return self._actors[next(iter(ids))]
        return None

    def _resolve_org(self, toks: list[str], side: str | None) -> Actor | None:
        low = [t.lower() for t in toks]
        n = len(low)
        end = n
        while end > 1 and low[end - 1] in _ORG_TRAILERS:
            end -= 1
        # "Ukraine's Khortytsia ground forces formation": the named body before a generic description of its kind
        bare = end
        while bare > 1 and (low[bare - 1] in _UNIT_KIND_WORDS or low[bare - 1] == "of" and bare < end):
            bare -= 1               # ("the Khortytsia group of troops": the kind's own "of")
        ends = tuple(dict.fromkeys((n, end, bare)))
        # ("the Joint Center for Control and Coordination in Russia's Donetsk People's Republic": a known body's name,
        # then a phrase that places it)
        # (a name in capitals only: not "Ukraine's military command in the east", a description)
        placed = tuple(e for e in range(3, n) if low[e] in ("in", "of", "for") and e not in ends
                       and all(t[:1].isupper() or t in ("of", "for", "and", "the") for t in toks[:e]))
        for i in range(n):
            for e in ends:
                if e <= i:
                    continue
                a = self._lookup_org(low[i:e], side)
                if a is None:
                    continue
                if i == 0:
                    return a
                prev = low[i - 1]
                # An unknown capitalised name right before the span: a different proper name.
                if toks[i - 1][:1].isupper() and prev not in self._org_vocab and prev not in _TITLE_WORDS \
                        and prev not in _DETERMINERS and not self._is_descriptor(prev):
                    return None
                k = i - 1
                while k >= 0 and low[k] in ("the", "a", "an", "its"):
                    k -= 1
                if k >= 0 and low[k] in _PREPOSITIONS:
                    head = low[k - 1] if k >= 1 else ""
                    if low[k] == "to" and head == "according":
                        return a
                    if head not in _COLLECTIVE_HEADS:
                        return None
                return a
        return next((a for e in placed if (a := self._lookup_org(low[:e], side)) is not None), None)

    @staticmethod
    def _is_descriptor(tok: str) -> bool:
        return tok in _ORG_SYNONYMS or tok in _COUNTRY_SIDE or tok.endswith("based")


# ----------------------------------------------------------------------------------------------
# Loading
# ----------------------------------------------------------------------------------------------

def load_actors(seeds_dir: Path | None = None) -> tuple[list[Actor], dict[str, list[str]]]:
    seeds_dir = Path(seeds_dir or SEEDS_DIR)
    actors: list[Actor] = []
    with open(seeds_dir / "actors.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            actors.append(Actor(
                actor_id=row["actor_id"].strip(), canonical_name=row["canonical_name"].strip(),
                side=row["side"].strip(), role=(row.get("role") or "").strip() or None,
                organisation=(row.get("organisation") or "").strip() or None, kind=row["kind"].strip(),
            ))
    aliases: dict[str, list[str]] = {}
    path = seeds_dir / "actor_aliases.csv"
    if path.exists():
        with open(path, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                if row.get("actor_id") and row.get("alias"):
                    aliases.setdefault(row["actor_id"].strip(), []).append(row["alias"].strip())
    return actors, aliases


@lru_cache(maxsize=1)
def default_resolver() -> ActorResolver:
    actors, aliases = load_actors()
    return ActorResolver(actors, aliases)
