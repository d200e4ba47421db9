"""A reproducible synthetic corpus of war-news articles for the benchmark.

Every article is generated from its own random stream, seeded by (seed, index), so a corpus of N
articles is the prefix of any larger one with the same seed, and article i is the same on every
machine. The texts mix what real reporting mixes: direct quotes with attributions, reported speech,
"according to" sourcing, area-control figures in many shapes, and filler paragraphs (context, history,
casualties, weather, diplomacy, aid, energy). Speakers are real public officials and institutions of
the war; places are real geography; the quotes and figures are invented and only plausible.

Output: JSON lines in CONTRACT.md's input shape {"url", "title", "published_at", "source", "text"},
cached under bench/cache/ by (size, seed, generator version).
"""
from __future__ import annotations

import json
import os
import random
from datetime import datetime, timedelta
from pathlib import Path

GENERATOR_VERSION = 1
CACHE_DIR = Path(__file__).resolve().parent / "cache"
NEW_ARTICLES_OFFSET = 10_000_000  # the "new" articles of incremental runs come from this index on

# ---------------------------------------------------------------- vocabularies
# (full first mention, short later mention, side)
PEOPLE_UA = [
    ("President Volodymyr Zelensky", "Zelensky"),
    ("Ukraine's commander-in-chief, General Oleksandr Syrskyi,", "Syrskyi"),
    ("General Oleksandr Syrskyi, Ukraine's top military commander,", "Syrskyi"),
    ("Kyrylo Budanov, the head of Ukraine's military intelligence,", "Budanov"),
    ("Defence Minister Rustem Umerov", "Umerov"),
    ("Foreign Minister Andrii Sybiha", "Sybiha"),
    ("Prime Minister Denys Shmyhal", "Shmyhal"),
    ("Andriy Yermak, the head of the presidential office,", "Yermak"),
    ("Mykhailo Podolyak, an adviser to the president,", "Podolyak"),
    ("Nazar Voloshyn, a spokesman for the Khortytsia group of forces,", "Voloshyn"),
    ("Viktor Tregubov, a military spokesman,", "Tregubov"),
    ("Dmytro Lykhovy, a spokesman for the Tavria group of forces,", "Lykhovy"),
    ("Air Force spokesman Yuriy Ihnat", "Ihnat"),
    ("Vadym Filashkin, the governor of the Donetsk region,", "Filashkin"),
    ("Kharkiv regional governor Oleh Syniehubov", "Syniehubov"),
    ("Ivan Fedorov, the governor of the Zaporizhzhia region,", "Fedorov"),
    ("Kherson governor Oleksandr Prokudin", "Prokudin"),
    ("Andriy Kovalenko, who heads the Centre for Countering Disinformation,", "Kovalenko"),
    ("Heorhii Tykhyi, the foreign ministry spokesman,", "Tykhyi"),
]
PEOPLE_RU = [
    ("President Vladimir Putin", "Putin"),
    ("Kremlin spokesman Dmitry Peskov", "Peskov"),
    ("Defence Minister Andrei Belousov", "Belousov"),
    ("Sergei Shoigu, the secretary of Russia's Security Council,", "Shoigu"),
    ("General Valery Gerasimov, the chief of the Russian general staff,", "Gerasimov"),
    ("Foreign Ministry spokeswoman Maria Zakharova", "Zakharova"),
    ("Foreign Minister Sergei Lavrov", "Lavrov"),
    ("Igor Konashenkov, the defence ministry spokesman,", "Konashenkov"),
    ("Alexei Smirnov, the acting governor of the Kursk region,", "Smirnov"),
    ("Kursk governor Alexander Khinshtein", "Khinshtein"),
    ("Belgorod governor Vyacheslav Gladkov", "Gladkov"),
    ("Denis Pushilin, the Russian-installed leader of Donetsk,", "Pushilin"),
    ("Vladimir Saldo, the Moscow-installed head of the Kherson region,", "Saldo"),
    ("Dmitry Medvedev, the deputy chairman of the Security Council,", "Medvedev"),
]
PEOPLE_OTHER = [
    ("NATO Secretary General Mark Rutte", "Rutte"),
    ("Former NATO chief Jens Stoltenberg", "Stoltenberg"),
    ("US Secretary of State Antony Blinken", "Blinken"),
    ("White House national security spokesman John Kirby", "Kirby"),
    ("French President Emmanuel Macron", "Macron"),
    ("German Chancellor Olaf Scholz", "Scholz"),
    ("Rafael Grossi, the head of the International Atomic Energy Agency,", "Grossi"),
    ("UN Secretary-General Antonio Guterres", "Guterres"),
    ("EU foreign policy chief Kaja Kallas", "Kallas"),
]
INSTITUTIONS_UA = ["Ukraine's General Staff", "the General Staff of Ukraine's armed forces",
                   "Ukraine's defence ministry", "DeepState, a Ukrainian group that maps the fighting",
                   "the Khortytsia group of forces", "Ukraine's military intelligence agency"]
INSTITUTIONS_RU = ["Russia's defence ministry", "the Russian Defence Ministry", "the Kremlin",
                   "Russian military bloggers", "the Russian-installed authorities in Donetsk"]
INSTITUTIONS_OTHER = ["the Institute for the Study of War", "Britain's Ministry of Defence",
                      "the UN human rights monitoring mission in Ukraine", "Finland's Black Bird Group",
                      "Western officials", "a senior US defence official"]

# town -> region as news writes it
TOWNS = {
    "Pokrovsk": "Donetsk region", "Avdiivka": "Donetsk region", "Bakhmut": "Donetsk region",
    "Chasiv Yar": "Donetsk region", "Toretsk": "Donetsk region", "Kurakhove": "Donetsk region",
    "Vuhledar": "Donetsk region", "Selydove": "Donetsk region", "Myrnohrad": "Donetsk region",
    "Kostiantynivka": "Donetsk region", "Siversk": "Donetsk region", "Velyka Novosilka": "Donetsk region",
    "Kramatorsk": "Donetsk region", "Lyman": "Donetsk region", "Krasnohorivka": "Donetsk region",
    "Kupiansk": "Kharkiv region", "Vovchansk": "Kharkiv region", "Lyptsi": "Kharkiv region",
    "Borova": "Kharkiv region", "Robotyne": "Zaporizhzhia region", "Orikhiv": "Zaporizhzhia region",
    "Huliaipole": "Zaporizhzhia region", "Stepnohirsk": "Zaporizhzhia region", "Krynky": "Kherson region",
    "Beryslav": "Kherson region", "Sudzha": "Kursk region", "Korenevo": "Kursk region",
    "Glushkovo": "Kursk region", "Malaya Loknya": "Kursk region", "Kreminna": "Luhansk region",
    "Svatove": "Luhansk region", "Bilohorivka": "Luhansk region", "Shebekino": "Belgorod region",
}
REGION_FORMS = {
    "Donetsk region": ["the Donetsk region", "Donetsk Oblast", "the eastern Donetsk region"],
    "Kharkiv region": ["the Kharkiv region", "Kharkiv Oblast", "the northeastern Kharkiv region"],
    "Zaporizhzhia region": ["the Zaporizhzhia region", "Zaporizhzhia Oblast", "the southern Zaporizhzhia region"],
    "Kherson region": ["the Kherson region", "Kherson Oblast"],
    "Kursk region": ["Russia's Kursk region", "the Kursk region", "Kursk Oblast", "the Russian border region of Kursk"],
    "Luhansk region": ["the Luhansk region", "Luhansk Oblast"],
    "Belgorod region": ["the Belgorod region", "Russia's Belgorod region"],
}
CITIES = ["Kyiv", "Kharkiv", "Odesa", "Dnipro", "Zaporizhzhia", "Sumy", "Mykolaiv", "Lviv", "Kherson",
          "Kryvyi Rih", "Poltava", "Chernihiv"]
FOREIGN_CITIES = ["Brussels", "Washington", "Berlin", "Paris", "London", "Geneva", "Istanbul", "Warsaw",
                  "Vilnius", "Riyadh", "Davos", "Munich"]
SOURCES = ["Eastern Front Wire", "Dnipro Daily Ledger", "Black Sea Monitor", "Frontline Dispatch",
           "Continental News Service", "Baltic Evening Post", "Open Steppe Report", "Meridian Press"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
NUMBER_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
                10: "ten", 12: "twelve", 15: "fifteen", 20: "twenty"}
SHARES = ["one-fifth of Ukraine", "about a fifth of Ukraine's territory", "nearly 20% of Ukraine",
          "roughly 18% of Ukrainian territory", "almost a fifth of the country", "about one-fifth of Ukrainian land",
          "some 19 percent of Ukraine"]
UNITS_AREA = ["square kilometres", "square kilometres", "square kilometers", "sq km", "km2"]


# ---------------------------------------------------------------- generator

class _Article:
    """Holds one article's random stream, date and cast while its paragraphs are written."""

    def __init__(self, seed: int, index: int):
        self.r = random.Random(f"claimwatch-bench:{seed}:{index}")
        r = self.r
        start = datetime(2022, 3, 1)
        self.published = start + timedelta(days=r.randrange(0, 1215), hours=r.randrange(5, 23),
                                           minutes=r.randrange(0, 60))
        self.town = r.choice(list(TOWNS))
        self.region = TOWNS[self.town]
        self.mentioned: set[str] = set()

    # --- helpers
    def region_form(self, region: str | None = None) -> str:
        return self.r.choice(REGION_FORMS[region or self.region])

    def other_town(self) -> str:
        same = [t for t, reg in TOWNS.items() if reg == self.region and t != self.town]
        return self.r.choice(same or list(TOWNS))

    def recent_weekday(self) -> str:
        return WEEKDAYS[(self.published - timedelta(days=self.r.randrange(1, 6))).weekday()]

    def speaker(self, side: str | None = None) -> tuple[str, str]:
        r = self.r
        side = side or r.choices(["ua", "ru", "other"], weights=[5, 4, 1])[0]
        full, short = r.choice({"ua": PEOPLE_UA, "ru": PEOPLE_RU, "other": PEOPLE_OTHER}[side])
        if short in self.mentioned:
            return short, short
        self.mentioned.add(short)
        return full, short

    def institution(self, side: str | None = None) -> str:
        side = side or self.r.choices(["ua", "ru", "other"], weights=[4, 3, 3])[0]
        return self.r.choice({"ua": INSTITUTIONS_UA, "ru": INSTITUTIONS_RU, "other": INSTITUTIONS_OTHER}[side])

    def area(self, small: bool = False) -> str:
        r = self.r
        n = r.choice([r.randrange(5, 90), r.randrange(100, 600, 5)]) if small else r.choice(
            [r.randrange(100, 999, 10), r.randrange(1000, 3000, 50), r.randrange(40, 400)])
        return f"{n:,}"

    def approx(self) -> str:
        return self.r.choice(["about ", "around ", "nearly ", "more than ", "roughly ", "almost ", "", ""])

    def area_unit(self) -> str:
        return self.r.choice(UNITS_AREA)

    def depth(self) -> str:
        r = self.r
        a = r.randrange(1, 6)
        form = r.randrange(5)
        if form == 0:
            return f"{a}-{a + r.randrange(1, 4)} km"
        if form == 1:
            return f"between {a} and {a + r.randrange(1, 4)} kilometres"
        if form == 2 and a + 1 in NUMBER_WORDS and a in NUMBER_WORDS:
            return f"{NUMBER_WORDS[a]} to {NUMBER_WORDS[a + 1]} kilometres"
        if form == 3:
            return f"up to {r.randrange(2, 15)} km"
        return f"{a}.{r.randrange(1, 10)} kilometres"

    def settlements(self) -> str:
        r = self.r
        n = r.choice([r.randrange(2, 30), r.randrange(30, 120)])
        word = NUMBER_WORDS.get(n) if r.random() < 0.3 else None
        return f"{word or n} {r.choice(['settlements', 'villages', 'settlements', 'towns and villages'])}"

    def period(self) -> str:
        return self.r.choice(["over the past day", "in the past 24 hours", f"since {self.recent_weekday()}",
                              "over the past week", "since the start of the month", "in recent days",
                              f"since early {MONTHS[(self.published.month - 2) % 12]}", "last week"])

    # --- claim clauses (no attribution); controller is the side making the move
    def claim_clause(self) -> str:
        r = self.r
        ua = r.random() < 0.55
        force = r.choice(["Ukrainian forces", "Ukrainian troops", "Kyiv's forces", "Ukrainian units"]) if ua \
            else r.choice(["Russian forces", "Russian troops", "Moscow's forces", "Russian units"])
        kind = r.choices(["controlled", "gained", "depth", "settle_gain", "settle_ctrl", "share", "lost"],
                         weights=[4, 5, 4, 4, 2, 2, 1])[0]
        region = self.region_form()
        if kind == "controlled":
            verb = r.choice(["now control", "controlled", "held", "hold", "were in control of"])
            return f"{force} {verb} {self.approx()}{self.area()} {self.area_unit()} of {region}"
        if kind == "gained":
            verb = r.choice(["had captured", "seized", "took", "had recaptured", "gained", "liberated"])
            return (f"{force} {verb} {self.approx()}{self.area(small=True)} {self.area_unit()} "
                    f"{r.choice(['in', 'near', 'around'])} {r.choice([self.town, region])} {self.period()}")
        if kind == "depth":
            verb = r.choice(["advanced", "had advanced", "pushed forward", "moved forward"])
            return f"{force} {verb} {self.depth()} {self.period()} near {self.town}"
        if kind == "settle_gain":
            verb = r.choice(["liberated", "had taken", "captured", "took control of", "retook"])
            return f"{force} {verb} {self.settlements()} in {region} {self.period()}"
        if kind == "settle_ctrl":
            return f"{force} {r.choice(['control', 'held', 'hold'])} {self.settlements()} in {region}"
        if kind == "share":
            return f"Russia {r.choice(['occupies', 'now controls', 'holds'])} {r.choice(SHARES)}"
        return (f"{force} {r.choice(['had lost', 'lost', 'withdrew from'])} {self.approx()}"
                f"{self.area(small=True)} {self.area_unit()} {self.period()}")

    def quote_words(self) -> str:
        r = self.r
        pool = [
            f"The situation on the {self.town} axis remains difficult, but our soldiers are holding their positions",
            "We will not give up a single metre of our land",
            f"The enemy is throwing everything it has at {self.town} and paying a terrible price for it",
            "The special military operation is proceeding according to plan",
            "Every day of delay in deliveries costs us lives and territory",
            f"Our units have stabilised the front near {self.other_town()}",
            "There is fighting along the entire front line and the intensity is very high",
            f"We control {self.approx()}{self.area()} {self.area_unit()} and the operation continues",
            f"Since {self.recent_weekday()}, our troops have liberated {self.settlements()}",
            "Pressure is the only language the Kremlin understands",
            "Nobody will be allowed to dictate the terms of peace to us",
            f"The enemy advanced {self.depth()} but was stopped",
            "We need more air defence, and we need it now",
            "The goals of the operation will be achieved",
            f"Our forces have pushed {self.depth()} into enemy territory {self.period()}",
            "Negotiations are possible only on the basis of the realities on the ground",
        ]
        if r.random() < 0.35:
            return ". ".join(r.sample(pool, 2))
        return r.choice(pool)

    # --- paragraphs
    def p_direct(self) -> str:
        r = self.r
        full, short = self.speaker()
        q = self.quote_words()
        form = r.randrange(6)
        if form == 0:
            return f"\"{q},\" {short} said."
        if form == 5:
            return (f"{full} said {self.claim_clause()}. \"{q},\" {short} added, speaking to "
                    f"{r.choice(['reporters', 'troops', 'state media', 'a news conference'])}.")
        if form == 1:
            return f"\"{q},\" {short} said in a video address on {self.recent_weekday()}."
        if form == 2:
            return f"{full} said: \"{q}.\""
        if form == 3:
            return f"\"{q},\" {full} told reporters in {r.choice(FOREIGN_CITIES + CITIES)}."
        return f"Speaking on state television, {full} said: \"{q}.\" {self.f_context()}"

    def p_reported(self) -> str:
        r = self.r
        full, short = self.speaker()
        clause = self.claim_clause() if r.random() < 0.5 else self.r.choice([
            f"the situation around {self.town} was \"difficult but controlled\"",
            "the army needed more long-range weapons to protect the front-line cities",
            "Moscow was not interested in a ceasefire",
            "the offensive had drawn Russian reserves away from other sectors",
            f"the defence of {self.town} would continue as long as it made military sense",
            "new sanctions would only harden Russia's position",
            "more Western air defence systems were expected before the winter",
        ])
        form = r.randrange(4)
        if form == 0:
            return f"{full} said that {clause}."
        if form == 1:
            return f"{full} told {r.choice(['reporters', 'parliament', 'a news conference', 'state media'])} on {self.recent_weekday()} that {clause}."
        if form == 2:
            return f"{clause[0].upper() + clause[1:]}, {short} said."
        return f"In a statement, {full} claimed {clause}. {self.f_context()}"

    def p_according(self) -> str:
        r = self.r
        clause = self.claim_clause()
        form = r.randrange(3)
        if form == 0:
            return f"According to {self.institution()}, {clause}."
        if form == 1:
            return f"In its daily update, {self.institution()} said {clause}."
        return f"{clause[0].upper() + clause[1:]}, according to {self.institution()}."

    def p_own_voice(self) -> str:
        c = self.claim_clause()
        return f"{c[0].upper() + c[1:]}. {self.f_verify()}"

    def f_context(self) -> str:
        r = self.r
        return r.choice([
            f"Fighting has concentrated around {self.town} for months, with both sides reporting heavy losses.",
            f"The town, which had a pre-war population of about {r.randrange(5, 80)},000, lies on a key supply route.",
            f"Russian forces have been trying to reach {self.other_town()} since the spring.",
            "The front line stretches for more than 1,000 km from the north-east to the south.",
            f"Military analysts say the capture of {self.town} would open the way to the remaining cities in the region.",
            "Both armies rely increasingly on drones to spot and strike targets behind the front.",
        ])

    def f_verify(self) -> str:
        return self.r.choice(["The claims could not be independently verified.",
                              "Neither side's battlefield reports could be independently confirmed.",
                              "Satellite images reviewed by analysts appeared to show new trenches in the area.",
                              ""])

    def p_filler(self) -> str:
        r = self.r
        kind = r.choice(["context", "history", "casualties", "weather", "diplomacy", "aid", "energy"])
        pools = {
            "context": [self.f_context, self.f_context,
                        lambda: f"The {self.town} direction has been one of the most intense sectors of the front since {MONTHS[r.randrange(12)]}.",
                        lambda: "Commanders have complained about a shortage of infantry and artillery shells.",
                        lambda: "Russia has been pressing along several axes at once, hoping to stretch Ukrainian defences.",
                        lambda: "Ukrainian officials say the rotation of exhausted brigades remains a serious problem."],
            "history": [lambda: "Russia launched its full-scale invasion of Ukraine on 24 February 2022.",
                        lambda: "Moscow annexed Crimea in 2014 and backed separatists in the east the same year.",
                        lambda: "In the autumn of 2022, a Ukrainian counteroffensive pushed Russian troops out of most of the Kharkiv region.",
                        lambda: "Russian forces withdrew from the right bank of the Dnipro river, including the city of Kherson, in November 2022.",
                        lambda: "A Ukrainian counteroffensive in the south in 2023 failed to achieve a breakthrough.",
                        lambda: "The war has displaced millions of people inside Ukraine and abroad."],
            "casualties": [lambda: f"At least {r.randrange(2, 20)} civilians were killed and {r.randrange(5, 60)} wounded in shelling of {r.choice(CITIES)} on {self.recent_weekday()}, local officials said.",
                           lambda: f"A missile strike on {r.choice(CITIES)} damaged a hospital and several apartment blocks.",
                           lambda: "The United Nations has verified the deaths of more than 12,000 civilians since the invasion began, and says the real number is likely much higher.",
                           lambda: f"Rescue workers were still searching the rubble of a five-storey building in {r.choice(CITIES)} late on {self.recent_weekday()}.",
                           lambda: "Neither side discloses its military casualties, which Western estimates put in the hundreds of thousands."],
            "weather": [lambda: f"Heavy rain has turned fields around {self.town} into mud, slowing armoured vehicles.",
                        lambda: "Temperatures dropped below freezing overnight, and soldiers in the trenches said drones were grounded by fog.",
                        lambda: "The dry summer has made it easier for both sides to move heavy equipment across open country.",
                        lambda: "Snow covered the front line for the first time this winter."],
            "diplomacy": [lambda: f"Foreign ministers are due to meet in {r.choice(FOREIGN_CITIES)} next week to discuss further support for Kyiv.",
                          lambda: "Talks on a possible ceasefire have made little progress, with both sides setting conditions the other rejects.",
                          lambda: f"A delegation from {r.choice(['Turkey', 'Saudi Arabia', 'the Vatican', 'China', 'Brazil'])} visited {r.choice(['Kyiv', 'Moscow'])} this week.",
                          lambda: "European leaders have pledged to keep supporting Ukraine for as long as it takes.",
                          lambda: "The prisoner exchange, mediated by the United Arab Emirates, was the latest of several this year."],
            "aid": [lambda: f"The United States announced a new military aid package worth ${r.randrange(125, 2500, 25):,} million.",
                    lambda: f"Germany said it would deliver {r.randrange(2, 12)} more air defence systems by the end of the year.",
                    lambda: "The first F-16 fighter jets arrived in Ukraine in the summer of 2024.",
                    lambda: "The European Union agreed to use profits from frozen Russian assets to fund weapons for Ukraine."],
            "energy": [lambda: f"Russian drones struck energy facilities in {r.choice(CITIES)} overnight, leaving {r.randrange(10, 400)},000 households without power.",
                       lambda: "Ukraine's grid operator announced scheduled blackouts in several regions.",
                       lambda: "Ukrainian drones hit an oil refinery deep inside Russia, starting a large fire.",
                       lambda: "Engineers were working to restore heating in the city before the cold sets in."],
        }
        makers = r.sample(pools[kind], min(len(pools[kind]), r.randrange(2, 5)))
        return " ".join(dict.fromkeys(m() for m in makers))

    def title(self) -> str:
        r = self.r
        return r.choice([
            f"Ukraine says forces advanced near {self.town}",
            f"Russia claims gains around {self.town}",
            f"Fighting intensifies in {self.region_form()}",
            f"Kyiv reports progress in {self.region_form()} as Moscow presses in the east",
            f"Front line shifts near {self.town}, officials say",
            f"Heavy fighting for {self.town} as both sides claim ground",
            f"Moscow says troops took villages in {self.region_form()}",
        ])

    def build(self, index: int) -> dict:
        r = self.r
        target = r.randrange(520, 690)
        paragraphs = [self.p_reported() if r.random() < 0.6 else self.p_according()]
        words = len(paragraphs[0].split())
        makers = [self.p_direct, self.p_reported, self.p_according, self.p_own_voice, self.p_filler]
        weights = [20, 20, 12, 8, 40]
        while words < target:
            p = r.choices(makers, weights=weights)[0]().strip()
            if p:
                paragraphs.append(p)
                words += len(p.split())
        source = r.choice(SOURCES)
        slug = "-".join(self.town.lower().split())
        day = self.published
        return {
            "url": f"https://bench.claimwatch.example/{source.lower().replace(' ', '-')}/{day:%Y/%m/%d}/"
                   f"{slug}-{index}",
            "title": self.title(),
            "published_at": day.strftime("%Y-%m-%dT%H:%M:00Z"),
            "source": source,
            "text": "\n\n".join(paragraphs),
        }


def article(seed: int, index: int) -> dict:
    return _Article(seed, index).build(index)


def generate(size: int, seed: int, offset: int = 0):
    for i in range(offset, offset + size):
        yield article(seed, i)


def corpus_path(size: int, seed: int, offset: int = 0) -> Path:
    """The cached JSON-lines file for (size, seed[, offset]); written once, atomically."""
    tag = f"-new{offset}" if offset else ""
    path = CACHE_DIR / f"corpus-v{GENERATOR_VERSION}-seed{seed}-n{size}{tag}.jsonl"
    if path.exists():
        return path
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        for rec in generate(size, seed, offset):
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    os.replace(tmp, path)
    return path


def read_corpus(path: Path, limit: int | None = None) -> list[dict]:
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if limit is not None and len(out) >= limit:
                break
            out.append(json.loads(line))
    return out


if __name__ == "__main__":  # python -m bench.corpus [N] [SEED]: print a few articles to look at
    import sys

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 42
    for rec in generate(n, seed):
        print(json.dumps({k: v for k, v in rec.items() if k != "text"}))
        print(rec["text"], "\n", f"[{len(rec['text'].split())} words]", "\n" + "-" * 80)
