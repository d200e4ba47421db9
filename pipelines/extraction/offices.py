"""Office holders: a speaker named only by role, resolved on the article's date.

Real reporting often names a speaker by office alone: "the Kremlin leader said", "Ukraine's top
commander said", "the bloc's foreign policy chief said", "NATO's secretary general". When no named
speaker in the article takes the role, the office holder on the article's date is the speaker
(`seeds/offices.csv`: who held which office when). The role phrase must name the jurisdiction
("Ukraine's", "Kremlin", "U.S.", "NATO", "the bloc's") or the office must be unambiguous; a bare
"the president" resolves only through the article's own discourse, never here.

    holder("Ukraine's top commander", date(2024, 8, 13)) -> Office(actor_id="oleksandr-syrskyi", ...)
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from pipelines.extraction.regions import country_of
from pipelines.settings import SEEDS_DIR

# words that name a jurisdiction, and the jurisdiction they name
_JURISDICTION = {
    "ukraine": "Ukraine", "ukrainian": "Ukraine", "kyiv": "Ukraine", "kiev": "Ukraine",
    "russia": "Russia", "russian": "Russia", "kremlin": "Russia", "moscow": "Russia",
    "us": "US", "american": "US", "washington": "US", "pentagon": "US",
    "nato": "NATO", "alliance": "NATO",
    "eu": "EU", "european": "EU", "bloc": "EU",
    "un": "UN", "u.n.": "UN",
    # an oblast's governor ("the Kharkiv regional governor", "Kursk's governor"): the oblast is the jurisdiction
    "kharkiv": "Kharkiv Oblast", "mykolaiv": "Mykolaiv Oblast", "kherson": "Kherson Oblast",
    "donetsk": "Donetsk Oblast", "luhansk": "Luhansk Oblast", "kursk": "Kursk Oblast", "belgorod": "Belgorod Oblast",
    "bryansk": "Bryansk Oblast", "krasnodar": "Krasnodar Krai", "zaporizhzhia": "Zaporizhzhia Oblast", "zaporizhia": "Zaporizhzhia Oblast",
    "sumy": "Sumy Oblast", "odesa": "Odesa Oblast", "odessa": "Odesa Oblast",
    # ("the Russian-installed leader of Crimea": the occupation's office, "russian-installed" kept in the phrase)
    "crimea": "Crimea", "crimean": "Crimea",
    # ("the Chechen leader": the republic's head, Moscow's man in Grozny)
    "chechen": "Chechnya", "chechnya": "Chechnya", "grozny": "Chechnya",
    # ("the Verkhovna Rada Commissioner for Human Rights": Ukraine's parliament names the country)
    "verkhovna": "Ukraine", "rada": "Ukraine",
    "uk": "UK", "british": "UK", "britain": "UK",
    "lithuania": "Lithuania", "lithuanian": "Lithuania", "vilnius": "Lithuania",
    "belarus": "Belarus", "belarusian": "Belarus", "minsk": "Belarus",
    "germany": "Germany", "german": "Germany", "berlin": "Germany", "france": "France", "french": "France",
    "estonia": "Estonia", "estonian": "Estonia", "tallinn": "Estonia",
    "turkey": "Turkey", "turkish": "Turkey", "ankara": "Turkey", "turkiye": "Turkey",
    "hungary": "Hungary", "hungarian": "Hungary", "budapest": "Hungary",
    "sweden": "Sweden", "swedish": "Sweden", "stockholm": "Sweden",
    "india": "India", "indian": "India", "china": "China", "chinese": "China", "beijing": "China",
    "indonesia": "Indonesia", "indonesian": "Indonesia", "south-africa": "South Africa",
    "iaea": "IAEA", "wagner": "Wagner", "icc": "ICC", "wto": "WTO",
    # ("Putin's top foreign policy aide", "Zelensky's chief of staff": the head of state's own office)
    "putin": "Russia", "zelensky": "Ukraine", "zelenskyy": "Ukraine", "zelenskiy": "Ukraine",
}
# a city's own office ("the mayor of Kharkiv", "the Kyiv mayor"): only the city's name names its jurisdiction, never
# the country's adjective ("the Ukrainian mayor" is any town's) or the oblast named after the city
_CITY = {"kyiv": "Kyiv", "kiev": "Kyiv", "moscow": "Moscow", "kharkiv": "Kharkiv"}
_CITY_OFFICES = frozenset({"mayor"})
# jurisdictions that are bodies of a country (a body named beside its country is the jurisdiction), and the nouns
# that may close a body's name
_BODIES = frozenset({"Wagner", "IAEA", "ICC"})
_BODY_TAIL = frozenset({"group", "mercenary", "private", "military", "company", "pmc", "force"})
# "kremlin" is part of some phrases ("kremlin spokesman"): it names Russia and stays in the phrase
_KEEP_IN_PHRASE = frozenset({"kremlin", "pentagon"})
_DROP = frozenset({"the", "a", "an", "'s", "\u2019s", "s", "current", "then", "country", "nation", "state",
                   "government", "own"})


@dataclass(frozen=True)
class Office:
    office_id: str
    jurisdiction: str
    office: str
    actor_id: str
    valid_from: date
    valid_to: date | None


@lru_cache(maxsize=1)
def _offices() -> dict[tuple[str, str], list[Office]]:
    """(jurisdiction, phrase) -> the terms of the office that phrase names."""
    out: dict[tuple[str, str], list[Office]] = {}
    path = SEEDS_DIR / "offices.csv"
    if not path.exists():
        return out
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            office = Office(row["office_id"], row["jurisdiction"], row["office"], row["actor_id"],
                            date.fromisoformat(row["valid_from"]),
                            date.fromisoformat(row["valid_to"]) if row.get("valid_to") else None)
            for phrase in row["phrases"].split("|"):
                out.setdefault((office.jurisdiction, phrase.strip()), []).append(office)
    return out


def _words(role: str) -> list[str]:
    role = role.lower().replace("\u2019", "'")
    role = re.sub(r"\binternational criminal court\b", "icc", role)
    # (a two-word country: "the South African President")
    role = re.sub(r"\bsouth\s+africa(?:n)?\b", "south-africa", role)
    # ("the head of the International Atomic Energy Agency (IAEA)": the agency spelled out, its acronym after it)
    role = re.sub(r"\binternational atomic energy agency(?:\s*\(iaea\))?", "iaea", role)
    role = re.sub(r"\bunited nations\b", "un", role)
    role = re.sub(r"\bunited states\b", "us", role)
    role = re.sub(r"\brussian federation\b", "russia", role)   # "the Foreign Minister of the Russian Federation"
    role = re.sub(r"\bpm\b", "prime minister", role)            # "the Hungarian PM"
    # ("the leader of the Russian-backed Donetsk People's Republic (DPR)", "the DPR leader": the separatist republic's
    # head, written as the seeds' "separatist leader" of its oblast)
    role = re.sub(r"\b(leader|head)\s+of\s+(?:the\s+)?(?:(?:self-proclaimed|russian-backed|pro-russian|separatist)\s+)*"
                  r"(donetsk|luhansk|lugansk)\s+people's\s+republic(?:\s*\((?:dpr|dnr|lpr|lnr)\))?",
                  r"\2 separatist \1", role)
    role = re.sub(r"\b(?:dpr|dnr)\s+(leader|head)\b", r"donetsk separatist \1", role)
    role = re.sub(r"\b(?:lpr|lnr)\s+(leader|head)\b", r"luhansk separatist \1", role)
    role = re.sub(r"'s\b", " ", role)
    # ("Ukraine's new army chief", "the newly appointed commander": the office, whoever holds it newly)
    role = re.sub(r"\b(?:new(?!\s+(?:zealand|york|delhi))|newly[\s-]appointed)\s+", "", role)
    # ("the governor of Luhansk province", "the provincial governor": the region's office by another word)
    role = re.sub(r"\bprovince\b", "region", re.sub(r"\bprovincial\b", "regional", role))
    # ("the governor of Ukraine's northern region of Sumy": where the region lies is no part of the office)
    role = re.sub(r"\b(?:(?:north|south)?(?:-?(?:east|west))?(?:ern)?|neighbou?ring|adjacent|border|front-?line)\s+"
                  r"(?=(?:[a-z'-]+\s+)?(?:region|oblast)\b)", " ", role)
    # ("the head of the Ukrainian state": the country's head of state, "state" kept in the office's phrase)
    role = re.sub(r"\bhead\s+of\s+(?:the\s+)?([a-z]+)\s+state\b", r"\1 head of state", role)
    words = re.findall(r"[a-z][a-z.-]*", role)
    return [w for k, w in enumerate(words) if w not in _DROP or w == "state" and words[max(0, k - 2):k] == ["head", "of"]]


def parse_role(role: str) -> tuple[str | None, str]:
    """(jurisdiction, office phrase) of a role mention: "Ukraine's top commander" -> ("Ukraine", "top commander")."""
    jurisdiction = None
    phrase = []
    after_body = False
    for w in _words(role):
        j = _JURISDICTION.get(w.replace(".", "")) or _JURISDICTION.get(w) or _RU_SPELLED_OBLASTS.get(w)
        if j is not None:
            # ("the leader of Russia's Wagner mercenary group": the body, not the country it belongs to)
            # ("the governor of Russia's Belgorod region": the oblast, inside its country, is the office's)
            jurisdiction = j if jurisdiction is None or j in _BODIES or (
                jurisdiction in ("Ukraine", "Russia") and (j.endswith((" Oblast", " Krai")) or j == "Crimea")) else jurisdiction
            after_body = j in _BODIES
            while after_body and phrase and phrase[-1] in _BODY_TAIL:
                phrase.pop()    # ("the head of Russia's mercenary group Wagner": the body's kind before its name)
            if w in _KEEP_IN_PHRASE:
                phrase.append(w)
            continue
        if after_body and w in _BODY_TAIL:
            continue        # "the Wagner group", "Wagner mercenary group": the body's own name
        after_body = False
        phrase.append(w)
    # ("Deputy Defense Minister of Ukraine": the preposition went with its country)
    while phrase and phrase[-1] in ("of", "for", "in", "the"):
        phrase.pop()
    if _CITY_OFFICES & set(phrase):
        city = next((_CITY[w] for w in _words(role) if w in _CITY), None)
        return city, " ".join(phrase)
    return jurisdiction, " ".join(phrase)


def is_office_phrase(role: str) -> bool:
    """Does ``role`` name an office in the seeds ("the bloc's foreign policy chief"), whoever held it when?"""
    jurisdiction, phrase = parse_role(role)
    if jurisdiction is None or not phrase:
        return False
    offices = _offices()
    return any((jurisdiction, p) in offices for p in (phrase, re.sub(r"^(?:top|senior|chief)\s+", "", phrase)))


def holder(role: str, on: date | None) -> Office | None:
    """The holder of the office named by ``role`` on ``on`` (None when the role names no known office,
    no jurisdiction, or nobody held it then)."""
    if on is None:
        return None
    jurisdiction, phrase = parse_role(role)
    if jurisdiction is None or not phrase:
        return None
    return _term(jurisdiction, phrase, on)


def _term(jurisdiction: str, phrase: str, on: date) -> Office | None:
    """The term of the office ``phrase`` names in ``jurisdiction`` that covers ``on``."""
    # ("the Russian president's press secretary": the owner's office before the possessed one, as "press secretary of
    # president" is written in the seeds)
    owned = re.sub(r"^(president|kremlin|government)\s+(.+)$", r"\2 of \1", phrase)
    for candidate in (phrase, re.sub(r"^(?:top|senior|chief)\s+", "", phrase), owned):
        for office in _offices().get((jurisdiction, candidate), []):
            if office.valid_from <= on and (office.valid_to is None or on < office.valid_to):
                return office
    return None


# the Russian-based spellings a wire copy keeps for the governor of a Ukrainian oblast ("the Lugansk regional
# governor, Sergiy Gaiday"); not for a region merely named in a sentence (regional_holder): in Russian reporting
# ("MELITOPOL /TASS/ ... 70% of the Zaporozhye Region ..., the head of the region said") that head is Moscow's
# appointee
_RU_SPELLED_OBLASTS = {"lugansk": "Luhansk Oblast", "kharkov": "Kharkiv Oblast", "zaporozhye": "Zaporizhzhia Oblast",
                       "nikolaev": "Mykolaiv Oblast", "nikolayev": "Mykolaiv Oblast"}
_OBLAST_WORD = re.compile(r"\b(" + "|".join(sorted((w for w, j in _JURISDICTION.items() if j.endswith(" Oblast")),
                                                   key=len, reverse=True)) + r")\b", re.IGNORECASE)


def _oblasts_named(text: str) -> set[str]:
    """The oblasts ``text`` names ("the Kursk region", "Zaporizhzhia"), as jurisdictions."""
    return {_JURISDICTION[w.lower()] for w in _OBLAST_WORD.findall(text)}


def local_holder(role: str, on: date | None, before: str) -> Office | None:
    """"The local governor said ..." (a sentence that names no oblast): the governor of the one oblast the text just
    before names ("... conduct an offensive operation in the Kursk region ... The local governor said")."""
    jurisdiction, phrase = parse_role(role)
    if on is None or jurisdiction is not None or phrase not in ("local governor", "regional governor"):
        return None
    oblasts = _oblasts_named(before)
    return _term(oblasts.pop(), "regional governor", on) if len(oblasts) == 1 else None


def regional_holder(role: str, on: date | None, sentence: str) -> Office | None:
    """"... in the southern region of Zaporizhzhia, the regional governor said": a regional office named with no
    region is the office of the one oblast its sentence names (none when it names two, or the role names a
    jurisdiction of its own)."""
    jurisdiction, phrase = parse_role(role)
    if on is None or jurisdiction not in (None, "Ukraine", "Russia") or not phrase:
        return None
    oblasts = _oblasts_named(sentence)
    if jurisdiction is not None:
        # "the head of the Ukrainian regional military administration": the one oblast of that country it names
        oblasts = {o for o in oblasts if country_of(o) == jurisdiction}
    return _term(oblasts.pop(), phrase, on) if len(oblasts) == 1 else None
