"""Place claims, stage 1: the place mentions of a sentence (``_mentions``).

The gazetteer's names (``places.find_places``), plus unknown capitalised names in "the villages of A, B and C",
right after a capture verb, continuing a list of known names, or listed before a passive capture ("A, B and
their outskirts have been liberated"); an unknown spelling the gazetteer's skeleton knows resolves
("Blagodatne"), and so does one read across the two languages ("Lobkovo"). Not the place: "Chernihiv and Sumy oblasts" (regions), a dateline ("KYIV:"), "the Kharkiv
area", "Kyiv's forces", "the Zaporizhzhia nuclear power plant"; part of a place ("most of Pokrovsk") is no
claim about it (``PARTIAL_BEFORE``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipelines.extraction.actors import default_resolver
from pipelines.extraction.furniture import CAPITAL_SIDE
from pipelines.extraction.places import Place, default_gazetteer
from pipelines.extraction.regions import OUTLET_AFTER, country_of, find_regions


@dataclass
class _Mention:
    start: int           # offsets in the sentence
    end: int
    raw: str
    place: Place | None
    candidates: tuple = ()
    anaphor: bool = False   # "the town" / "It": the antecedent's name stands in raw/place
    held_by: str | None = None  # the antecedent's controller, when it comes from an earlier claim


# ("1st Knyazhy", "2nd Knyazhy": an ordinal opens some Russian village names)
_NAME = r"(?:[1-9](?:st|nd|rd|th)\s+)?[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?"
# ("took the cities Kupiansk and Balakliia": a plural kind may take its names apposed, without "of")
_KIND_OF = re.compile(r"\b(?:(?:villages?|towns?|cit(?:y|ies)|settlements?|localit(?:y|ies)|hamlets?|communit(?:y|ies))"
                      r"\s+of|villages|towns|cities|settlements)\s+(?=[A-Z])")
_NAME_RE = re.compile(_NAME)
_COUNT_BEFORE = re.compile(r"(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|several|dozens|hundreds))\s+$", re.I)
_COMMA_AND = re.compile(r"\s*(?:,?\s+as\s+well\s+as\s+|,\s*(?:and\s+)?|,?\s+and\s+)")
# "Otradnoye in Kharkiv, Mayskoye and Fedorovka in Donetsk": a list item's oblast, named bare, before the next item
_BARE_LOCATIVE = re.compile(r"\s+in\s+(?:the\s+)?(?P<r>[A-Z][\w'\u2019-]+)(?:\s+(?:[Rr]egion|[Oo]blast|[Pp]rovince))?"
                            r"(?=\s*(?:,|\band\b|[.;]|$))")


# "Kamianske in the southeastern Zaporizhzhia region, Dehtiarne in northeastern Kharkiv region, and ...": an item's
# oblast inside the list
# a wire's bracketed compass point after a region ("in Kharkiv region (northeast)"), shared with place_linking.py
BRACKET_COMPASS = r"\((?:north|south|east|west|central)[a-z-]{0,10}\)"
# "in the eastern region of Donetsk", "in the same oblast", and the apposition ", Donetsk Oblast"; an item's own date
# may follow ("Storozheve, Donetsk Oblast on June 12, and Blahodatne in the same oblast on June 11")
# ("Ivanivka in Ukraine's northeastern Kharkiv region": the country that owns the oblast before it)
_ITEM_LOCATIVE = re.compile(r"(?:\s+in\s+(?:the\s+|(?:Ukraine|Russia)['\u2019]s\s+)?(?:[a-z-]+\s+){0,2}"
                            r"(?:(?:[A-Z][\w'\u2019-]+\s+){1,2}"
                            r"(?:[Rr]egion|[Oo]blast|[Pp]rovince)\b|(?:region|oblast|province)\s+of\s+[A-Z][\w'\u2019-]+)"
                            r"|\s+in\s+the\s+same\s+(?:region|oblast|province)\b"
                            r"|,\s+[A-Z][\w'\u2019-]+\s+(?:[Rr]egion|[Oo]blast|[Pp]rovince)\b)"
                            r"(?:\s+on\s+(?:[A-Z][a-z]+\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)\b)?"
                            # ("A in Donetsk region (east) and B in Kharkiv region (northeast)": a wire's bracketed
                            # compass point after the region)
                            r"(?:\s*" + BRACKET_COMPASS + r")?")

# "A, near the administrative border with Dnipropetrovsk region, as well as B and C": where an item lies, set off by
# commas
# ("A and B, located northwest of Avdiivka, as well as C": a participle before the same)
ITEM_APPOSITION = re.compile(r",\s+(?:(?:located|situated|lying)\s+)?(?:near|close\s+to|outside|not\s+far\s+from|"
                             r"(?:just\s+|some\s+\S+\s+\S+\s+)?"
                             r"(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+of)\s"
                             r"[^,;:()]{1,80}(?=,)", re.I)


def item_locative(sent: str, pos: int) -> re.Match | None:
    """The oblast that locates the list item ending at ``pos`` ("in the southeastern Zaporizhzhia region", or bare:
    "in Kharkiv" of "A in Kharkiv, B")."""
    m = _ITEM_LOCATIVE.match(sent, pos)
    if m is not None:
        return m
    m = _BARE_LOCATIVE.match(sent, pos)
    return m if m is not None and find_regions(m.group("r")) else None
# a list's head noun, and the phrases that open the list a plural introduces without a colon (shared with
# place_linking.py): "the largest of which are A, B", "Among the recaptured settlements were A, B", "the city of A"
KINDS_PLURAL = r"(?:villages|towns|settlements|cities|localities|communities|population\s+cent(?:re|er)s)"
# ("liberated seventeen communities that had been under Ukrainian control: A, B, ...": translated Russian copy's word)
# ("7 villages were retaken (A, B, C)": a bracketed list, its first name followed by a comma; read by place_linking too)
BRACKET_LIST_OPEN = r"\s\((?=[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?\s*,)"
_KIND_COLON = re.compile(r"\b" + KINDS_PLURAL + r"\b[^.;:\u2014]{0,100}?(?::|\u2014|\s-\s|\s-(?=[A-Z])|"
                         + BRACKET_LIST_OPEN + r")\s*")
LARGEST_OF = r"(?:largest|biggest|main|most\s+important)\s+of\s+(?:which|them)\s+(?:are|were|include[sd]?)"
AMONG = r"Among\s+(?:them|(?:the|these)\s+(?:[\w-]+\s+){0,2}?" + KINDS_PLURAL + r")\s+(?:are|were)"
# ("They are the villages of A, B and C": the plural kind before a list)
ITEM_KIND_OF = r"(?:the\s+(?:city|town|village|settlement|cities|towns|villages|settlements)\s+of\s+)?"
# "Among the recaptured settlements were A, B and C", "the villages included A and B": unknown names in such a list
# count, as after a colon
# ("the towns now under Russian control include A, B": the plural's own predicate may stand before "include")
_KIND_INTRO = re.compile(r"\b(?:" + LARGEST_OF + "|" + AMONG + "|" + KINDS_PLURAL +
                         r"(?:,?\s+(?:include[sd]?|including|such\s+as)|\s+[^.;:,]{1,50}?\s+include[sd]?|"
                         # ("The settlements named were A in Donetsk and B in Kharkiv")
                         r"\s+(?:named|listed|mentioned)\s+(?:are|were)))\s+(?=[A-Z])",
                         re.I)
_COUNTED_INTRO = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\w-]+\s+){0,3}?"
                            + KINDS_PLURAL +
                            r"(?:\s+[^.;:,]{1,80}?)?,\s+(?:(?:including|namely|among\s+them|notably)\s+)?(?=[A-Z])", re.I)
_LIST_GOES_ON = re.compile(r",?\s+and\s+[A-Z]|,\s*[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?\s*(?:,|\s+and\s)")
# (the item before a list's first known name: "..., Nelipivka, Pervomaiske and ...")
_LIST_PREV = re.compile(r"(?:^|(?<=[\s\u2014\u2013:(]))(?P<n>[A-Z][\w'\u2019-]+)\s*,\s*$")
_LIST_NEXT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?P<n>" + _NAME + r")")
_AFTER_VERB = re.compile(
    # ("after freeing Oleshnoye", "the army occupied Mirnoye": the Russian spelling of a known place)
    r"\b(?:captured|seized|liberated|liberate|took|retook|recaptured|retaken|taken|regained|freed|freeing|liberating|"
    r"occupied|de-?occup(?:y|ied)|"
    r"(?:capture|liberation|seizure|fall|capturing|liberating|seizing)\s+of|"
    # ("confirmed the release of Novovasylivka, ...": a release from occupation announced)
    r"(?:confirmed|announced|reported)\s+the\s+release\s+of|"
    # ("pushing to capture Vovchye and Progress": an aim names the place a later sentence's "the villages" means)
    r"(?:capture|seize|retake|recapture|storm|take)(?!\s+of\b)|"
    r"(?:withdr[a-z]+|retreated|pulled\s+back)\s+from|pulled\s+out\s+of|"
    # ("dislodged Russian troops from Bezruki": the side driven out, then the place it lost)
    r"(?:dislodg(?:ed|ing)|drove|driven|pushed|expelled|ousted|kicked)\s+(?:out\s+)?(?:the\s+)?"
    r"(?:Russian|Ukrainian|enemy)\s+(?:troops|forces|units|army|occupiers|invaders)\s+(?:out\s+)?(?:from|of))"
    # ('has retaken "Blahodativka, Vysokopillya and ...": a quotation that opens on the name)
    r"\s+[\"\u201c\u2018]?(?:control\s+of\s+)?(?P<n>" + _NAME + r")")

# "Kindrashivka, Radkivka and their outskirts have been liberated": a list of names before a passive capture
_BEFORE_PASSIVE = re.compile(
    # (after a reporting verb too: "the ministry said Volodymyrivka and Bilovodiv were now held by Russian forces")
    r"(?:^|[\"\u201c]|[.;:,]\s+|\b(?:said|says|claimed|claims|reported|announced|confirmed|added)\s+(?:that\s+)?)"
    r"(?P<list>" + _NAME + r"(?:\s*,\s*" + _NAME + r")*(?:\s*,?\s+and\s+" + _NAME + r")?)"
    r"(?:\s*,?\s+and\s+(?:their|its|the)\s+(?:outskirts|surroundings|environs|suburbs))?"
    # ("Rivnopillia and Mala Tokmachka in the Zaporizhzhia region are now under Russian control")
    r"(?:\s+in\s+(?:the\s+)?[A-Z][\w'\u2019-]+\s+(?:region|oblast|province))?"
    r"\s+(?:(?:have|has|had|were|was)\s+(?:[a-z]+ly\s+|also\s+|now\s+)?(?:been\s+)?"
    r"(?:liberated|captured|retaken|recaptured|seized|taken|freed)\b|(?:has\s+|had\s+)?(?:fell|fallen)\s+(?:to|into)\s|"
    r"(?:is|are|was|were|remains?|remained)\s+(?:still\s+|now\s+)?(?:under|in)\s+(?:\w+\s+)?(?:control|hands)\b|"
    r"(?:is|are|was|were)\s+(?:still\s+|now\s+)?(?:held|controlled|occupied)\s+by\b)")

# "a village outside the city of Kupiansk named Radkivka", "a settlement called Lozova"
_KIND_NAMED = re.compile(r"\b(?:village|town|settlement|city|hamlet)\b[^.;:]{0,60}?\b(?:named|called|known\s+as)\s+"
                         r"(?P<n>" + _NAME + r")")

# "over the Storozhove village": a name used as the village's adjective
# ("the liberation of Tushkovka village", "liberated the Kucherovka and Kurilovka settlements": after "of", and two
# names before the plural)
_NAME_KIND = re.compile(r"\b(?:the|of)\s+(?P<n>[A-Z][\w'\u2019-]+)(?:\s+and\s+(?P<m>[A-Z][\w'\u2019-]+))?"
                        r"\s+(?=(?:village|town|settlement)(?(m)s)\b)")
# ("forces secured Hostre and Hryhorivka villages": a change of hands' verb, its object the names the kind noun follows,
# whatever their ending)
_VERB_NAME_KIND = re.compile(r"\b(?:captured|seized|secured|liberated|took|retook|recaptured|freed|occupied|cleared|"
                             r"regained)\s+(?P<n>[A-Z][\w'\u2019-]+)(?:\s+and\s+(?P<m>[A-Z][\w'\u2019-]+))?"
                             r"\s+(?=(?:village|town|settlement)(?(m)s)\b)")
# ("regained full control of Kutuzivka, Verkhnia Rohanka and Prilesne villages": a longer list before its plural)
_LIST_KIND = re.compile(r"\b(?:the|of)\s+(?P<list>" + _NAME + r"(?:\s*,\s*" + _NAME + r"){1,8}\s*,?\s+and\s+" + _NAME +
                        r")\s+(?:villages|settlements|towns)\b")
_KIND_LEAD = re.compile(r"\s*(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?=(?:village|town|settlement|city|hamlet)\b)")
_TOPONYM_END = re.compile(r"(?:k[aoi]|[nv]e|ske|sk|[iy]no|[oe]vo|ets|tsi|ky|chi|[iy]i|iy|[iy]a|yar|hrad|horod|pil|"
                          r"pol|ok|ych|iv|[eo]v|[oe]ye|[iy]e|n[iy]|na|ar|ivka|ovka)$")
# (an unknown name ends at punctuation or at a word that cannot continue it: "Stepne and Novokostiantynivka along the
# frontline in Sumy")
# (and a hyphen typed for a dash: "The villages - A, B and C - lie south of ...")
_NAME_END = re.compile(r"\s*(?:[,.;:()\u2014\u2013\"\u201d]|\s-\s|"
                       r"\s(?:and|in|on|near|of|as|went|came|fell|passed|were|was|have|has|had|are|is|after|from|along|"
                       r"across|at|over|amid|during|since|within|under|towards?|following|despite|by|with|which|that|where|"
                       # ("the village of Udy recently liberated by ...": a participle or its adverb after the name)
                       r"recently|newly|now|currently|still|already|liberated|captured|taken|retaken|recaptured|seized|"
                       r"occupied|held|controlled|"
                       # ("troops captured Ostapivske settlement within Dnipropetrovsk region": its kind after it)
                       r"village|settlement|town)\b|$)")
# words that are no settlement's name: countries ("mercenaries are withdrawing from Belarus" is no settlement changing
# hands) and people written with a capital ("All of the liberated Defenders are men" frees no settlement)
_NOT_NAMES = frozenset("""
ukrainian ukrainians russian russians russia ukraine kyiv kiev moscow western the a an this that these those its their
his her our we they it monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december north south east west northern southern eastern western central
donbas crimea dpr lpr nato president general minister ministry army forces troops units
belarus moldova transnistria georgia poland romania hungary slovakia lithuania latvia estonia finland turkey syria
defenders soldiers servicemen prisoners heroes marines paratroopers fighters civilians
commander commander-in-chief governor mayor spokesman spokeswoman spokesperson chief head deputy colonel lieutenant
""".split())   # (titles: "controls 74 settlements in Kursk region - Commander-in-Chief": a headline's credit)
_PLURAL_REGIONS = re.compile(
    # ("the Sumy, Kharkov, Zaporozhye, and Dnepropetrovsk Regions": capitals as a title)
    r"(?:\s*,\s*[A-Z][\w'\u2019-]+)*\s*,?\s+(?:and|or)\s+[A-Z][\w'\u2019-]+\s+(?:[Oo]blasts|[Rr]egions|[Pp]rovinces)\b")


# "the Chuhuiv district", "the Chuhuiv, Izium, and Kupiansk districts", "Pokrovsk hromada": the district or community
# named after a town the gazetteer knows, not the town (a name it does not know may be a city's own district: "Kanal")
_DISTRICT_AFTER = re.compile(
    r"(?:(?:\s*,\s*[A-Z][\w'\u2019-]+)*\s*,?\s+(?:and|or)\s+[A-Z][\w'\u2019-]+)?\s+(?:[Dd]istricts?|[Rr]aions?|[Rr]ayons?|"
    r"[Hh]romadas?|[Mm]unicipalit(?:y|ies)|(?:territorial\s+)?[Cc]ommunit(?:y|ies))\b")


# the adjectival first word of a two-word place name ("Nova Kamianka", "Velyka Novosilka", "Staraya Sorochina")
# (the Ukrainian adjectives in each gender and the plural: "Stari Terny", "Velyki Prokhody", "Nove Zaporizhzhia")
_PREFIXES = (r"(?:Nova|Novo|Novyi|Nove|Novi|Velyka|Velykyi|Velyke|Velyki|Mala|Malyi|Male|Mali|Stara|Staryi|Stare|"
             r"Stari|Bila|Chervona|"
             # ("upper", "lower" in every transliteration: "Nyzhnia", "Nyzhnya", "Nizhneye", "Verkhnye", "Nyznya")
             r"Verkhn(?:ia|i|ii|ie|ya|ye|yi|iy|yaya|eye)|N[iy]zh?n(?:ia|i|ii|ie|ya|ye|yi|iy|yaya|eye)|"
             r"Novaya|Staraya|Malaya|Bolshaya|Krasnaya|"
             # (a spelling between the two: "Velika and Mala Oleksandrivka")
             r"Velika|Velikaya)")
_NAME_PREFIX = re.compile(r"\b" + _PREFIXES + r"\s+$")
_PREFIX_WORD = re.compile(_PREFIXES)
# ("Velyka, Mala Oleksandrivka" in a list: the comma stands for the "and")
_SHARED_HEAD = re.compile(r"(?:\s+(?:and|or)\s+|\s*,\s*)" + _PREFIXES + r"\s+(?P<head>[A-Z][\w'\u2019-]+)")


# an adjectival first word of a two-word name ("Ruska", "Zelenyi", "Mala"; Russian "Mirny", "Krasnyy")
_ADJECTIVAL = re.compile(r"[A-Z][a-z]+(?:ka|ska|na|va|la|ra|ta|yi|iy|ij|ye|oye|aya|ia|ya|ny|yy|oy)")


@lru_cache(maxsize=4096)
def _oblasts_named(name: str) -> tuple[str, ...]:
    """The oblasts whose name ``name`` is ("Luhansk" -> Luhansk Oblast), read once per name: every place mention of
    every sentence asks."""
    return tuple(region for _a, _b, region in find_regions(name) if region.lower().startswith(name.lower() + " "))


def names_oblast(name: str) -> bool:
    """"Luhansk", "Dnipropetrovsk": the name of an oblast as well as of a city (not "Avdiivka", which lies in one)."""
    return bool(_oblasts_named(name))


def names_russian_oblast(name: str) -> bool:
    """"Kursk", "Belgorod": a Russian oblast's name as well as its capital's."""
    return any(country_of(region) == "Russia" for region in _oblasts_named(name))


# ("the city of Kursk", "Belgorod city": the city itself, named as one)
_CITY_BEFORE = re.compile(r"\bcity\s+of\s+$", re.I)
_CITY_AFTER = re.compile(r"\s+city\b", re.I)


def _unknown_ok(name: str, strict: bool = True) -> bool:
    """Could ``name`` be a settlement? After "the villages of" a region's name is the village's (Rivne)."""
    first = name.split()[0].lower().strip("'\u2019")
    if name.split()[-1].lower() in ("oblast", "region", "province", "raion", "district", "krai"):
        return False     # "75 settlements of Kherson Oblast": the region the settlements lie in
    if len(name.split()) == 2 and default_resolver().is_given_name(first):
        return False     # "the town of Avdiivka, Oleksandr Syrsky, the commander-in-chief, said": a person's name
    if re.fullmatch(r"[A-Z]{2,}[A-Z0-9]*", name.strip()):
        return False     # "the Russian-occupied ZNPP": an abbreviation (of a plant, an agency), no settlement's name
    return first not in _NOT_NAMES and not (strict and find_regions(name))


# "the Kharkiv area", "the Kupiansk direction": a region or front sector named after the town, not the town;
# "under Kyiv control", "Moscow's forces": the capital standing for its side
# ("in the Kursk border area", "the Kharkiv frontier region": a word of the border between)
# ("the Kherson (southern) region": a parenthesis before the region's noun)
_REGION_AFTER = re.compile(r"(?:\s*\([a-z -]{1,20}\))?(?:\s+|-)(?:(?:border|frontier)\s+)?"
                           r"(?:area|region|oblast|province|direction|sector|axis|front|based|"
                           # ("to seize the Bakhmut highway": a road named after the town it leads to)
                           r"born|bound|highway|motorway|freeway|expressway|road|railway|route|"
                           # ("key points in the Kremennaya forests": woods named after the town, not the town)
                           r"forests?|woods?|woodlands?)\b"
                           # ("the head of the Sumy Regional State Administration", "Kharkiv City Council": a body)
                           r"|\s+(?:Regional|Oblast|City|District)\s+(?:State\s+|Military\s+)*(?:Administration|Council)\b",
                           re.I)   # (and "Kherson-area settlements", "Kyiv-based": a compound adjective)

# "the area initially occupied by Kiev", "held by Moscow": the capital is the agent, its government
_CAPITALS = frozenset(CAPITAL_SIDE)
# ("according to Kiev, 7 villages were retaken": the capital as a source, its government)
_ACCORDING_TO = re.compile(r"\baccording\s+to\s+$", re.I)
# ("1,400 square kilometres claimed by Kiev": the capital as the claim's teller)
_AGENT_BY = re.compile(r"\b(?:occupied|held|controlled|seized|captured|taken|retaken|liberated|annexed|claimed|"
                       r"reported|announced|stated)\s+(?:\w+\s+)?by\s+$", re.I)

# "the Donetsk cities of Avdiivka and Vuhledar", "the Kharkiv village of X": the name locates the places that follow
# (and "the Belgorod town Kozinka": the kind, then the name, with no "of")
_KIND_AFTER = re.compile(r"\s+(?:cit(?:y|ies)|towns?|villages?|settlements?)\s+(?:of\s|"
                         r"(?-i:[A-Z])(?!(?i:ouncil|all|ayor|ouncillors?|dministration)\b))", re.I)

# "the Zaporizhzhia nuclear power plant", "Kakhovka dam": a facility named after the town, not the town
# (and "the Chasiv Yar refractory plant": a plant's own kind word before it)
# ("the Kherson regional airport", "the Kramatorsk international airport": the airport's own adjective before it)
_FACILITY_AFTER = re.compile(r"\s+(?:nuclear\s+|power\s+|hydroelectric\s+|thermal\s+|"
                             r"[a-z]{4,}\s+(?=plant|factory|works\b)|"
                             r"(?:regional|international|military|city|river|sea)\s+(?=airport|airfield|port\b))*"
                             # ("the Vuhlehirsk TPP", "the Kurakhove TES": a power station by its abbreviation)
                             r"(?:plant|factory|station|NPP|TPP|TPS|TES|CHP|HPP|dam|mine|"
                             # ("The Zaporozhye nuclear facility": a plant by its general word)
                             r"reservoir|airport|airfield|port|refinery|bridge|(?<=nuclear\s)facility)\b", re.I)
_SIDE_AFTER = re.compile(r"(?:['\u2019]s)?\s+(?:control|forces|troops|army|military|government|authorities|"
                         r"officials|regime|leadership)\b", re.I)

# "Krasnoarmeysk (also known as Pokrovsk)": the second name restates the first (which the gazetteer resolves)
_ALIAS_BEFORE = re.compile(r"\(\s*(?:also\s+)?(?:known\s+as|called|or)\s+$", re.I)
# "an area roughly the size of the city of Odesa", "bigger than Kyiv": a place as a measure of size, no claim
_SIZE_OF_BEFORE = re.compile(r"\b(?:(?:the\s+)?size\s+of|as\s+(?:big|large|small)\s+as|(?:bigger|larger|smaller)\s+than)\s+"
                             # ("the size of half the city of London": a fraction of the measure)
                             r"(?:(?:half|a\s+third|a\s+quarter|twice|three\s+times)\s+(?:of\s+)?)?"
                             r"(?:(?:the\s+)?(?:city|town|island|capital)\s+of\s+)?$"
                             # ("much of the region, whose capital is Zaporozhye, is under Russian occupation": the
                             # capital named to tell which region, not the place the clause is about)
                             r"|\bwhose\s+(?:regional\s+|administrative\s+)?(?:capital|centre|center)\s+is\s+$", re.I)
_REGION_THEN_AND = re.compile(r"\b[A-Z][\w'\u2019-]+\s+(?:region|oblast|province)\s*,?\s+(?:and|or)\s+(?:the\s+)?"
                              r"(?:[\w-]+\s+)?$")
# a list that a plural region noun opens: "four provinces—Donetsk, Dnipropetrovsk, Kharkiv, and Zaporizhzhia", "the
# regions of Sumy and Kharkiv", "oblasts: Kherson, Mykolaiv"
_REGIONS_LISTED_BEFORE = re.compile(r"\b(?:provinces|regions|oblasts)\s*(?:[\u2014\u2013:]|\s-\s|,?\s+(?:namely|of))\s*"
                                    r"(?:(?:the\s+)?[A-Z][\w'\u2019-]+\s*(?:,\s*(?:and\s+)?|\s+and\s+))*$")
# "the border region of Sumy", "the province of Kherson": the oblast named after its city, not the city
_REGION_OF_BEFORE = re.compile(r"\b(?:region|oblast|province)\s+of\s+(?:the\s+)?$", re.I)
# "the Russian territory of Kursk": the ground "of" a name that is also an oblast's is the oblast (not "the territory of
# Bakhmut", a town's own)
_TERRITORY_OF_BEFORE = re.compile(r"\bterritory\s+of\s+$", re.I)

# "Over 80 settlements in Kursk are now under Ukrainian control": settlements lie in a region, so a name after them
# that is also an oblast's ("Kursk", "Kharkiv") names the oblast, not its city
# (and ground measured in area units: "60km2 in Kursk is still held by Ukraine")
# (not "cities": with it, "Sloviansk, one of the two biggest cities in Donetsk still under Ukrainian control" loses its
# claim, tests/unit/test_place_constructions.py)
# ground measured in area units, spread in or over a region ("950 square kilometres across Sumy and Kharkiv")
_AREA_IN = r"(?:km2|km\u00b2|sq\.?\s*km|square\s+(?:kilomet(?:er|re)s|miles)|hectares)\s+(?:in|of|across)\s+"
# ("the villages of A, B and C - all in Sumy -": where all of a list lies)
_PLACES_IN_BEFORE = re.compile(r"(?:\b(?:villages|settlements|towns|localities|communities|hamlets)\s+"
                               r"(?:[a-z]+\s+){0,2}?(?:in|of|across)\s+|" + _AREA_IN
                               + r"|(?:,|\s[-\u2013\u2014])\s+(?:all|both|each)\s+(?:(?:located|lying)\s+)?in\s+)"
                               r"(?:the\s+)?(?:Russian\s+|Ukrainian\s+)?$", re.I)
# (the second oblast of the pair too)
_AREA_IN_PAIR = re.compile(_AREA_IN + r"(?:the\s+)?(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?:region|oblast))?\s*,?\s+"
                           r"(?:and|or)\s+$", re.I)

# "most of Pokrovsk", "the western part of the town", "two houses in the village": part of a place is held,
# which is not a claim about the place
PARTIAL_BEFORE = re.compile(
    # ("had taken positions in the town": a foothold, not the town)
    # (but "all (the) districts of Kupiansk", "every neighbourhood of X": every part, the place whole)
    r"\b(?:most|much|bulk|share|part|parts|portions?|pockets?|half|rest|remainder|section|sections|quarter|houses?|"
    r"buildings?|streets?|"
    # ("two-thirds of the villages of A and B": a fraction of the places)
    r"(?:one|two|a)[-\s]thirds?|three[-\s]quarters|(?:one|a)[-\s]quarter|"
    r"(?<!\ball\s)(?<!\ball\sthe\s)(?<!\bevery\s)(?:neighbou?rhoods?|districts?)|blocks?|positions|\d+\s*%|"
    # ("securing positions within the town": inside it, as "in")
    r"\d+\s+per\s*cent)\s+(?:of|in|within|inside)\s+(?:the\s+)?"
    # ("Part of the territory of the Hirske community is occupied": the ground of the place, the same part)
    # ("more than half of the territory in the town of Vovchansk")
    r"(?:(?:territory|area|land)\s+(?:of|in)\s+(?:the\s+)?)?"
    # ("70% of the Donetsk region city of Pokrovsk": the town's oblast before its kind)
    r"(?:(?:[A-Z][\w'\u2019-]+\s+(?:region|oblast|province)\s+)?(?:town|city|village|settlement)s?\s+of\s+)?$"
    # ("control nearly half the city": the predeterminer, without "of")
    r"|\bhalf\s+(?:the\s+)?(?:(?:town|city|village|settlement)\s+of\s+)?$"
    # "liberated a small area around the village of Krynky": ground near the place, not the place
    # ("liberated 24 square kilometers of territory surrounding Bakhmut")
    r"|\b(?:area|territory|ground|positions?|foothold|bridgehead)\s+(?:around|near|outside|surrounding)\s+"
    r"(?:the\s+)?"
    r"(?:(?:town|city|village|settlement)\s+of\s+)?$", re.I)

# "70% of Zaporizhia and Kherson", "most of Donetsk and Luhansk": the name after the coordinator shares the part
# (and names an oblast like the first), so it is no more a claim about a town than the first
PARTIAL_COORDINATED = re.compile(
    r"\b(?:most|much|bulk|share|part|parts|half|rest|remainder|\d+\s*%|\d+\s+per\s*cent|(?:one|two|a)[-\s]thirds?|"
    r"three[-\s]quarters)\s+(?:of|in)\s+(?:the\s+)?(?:(?:towns|cities|villages|settlements)\s+of\s+)?"
    r"[A-Z][\w'\u2019-]+(?:\s+(?:[Rr]egion|[Oo]blast|[Pp]rovince))?\s+(?:and|or)\s+$")

# "Kurakhove almost completely in Russian hands", "Kyiv still partly holds X": a partial hold is no claim
_PARTIAL_ADVERB = re.compile(
    r"\b(?:partly|partially|largely|mostly|almost|nearly|half|practically|virtually)[\s-]+"
    r"(?:(?:completely|entirely|fully|totally)\s+)?$", re.I)

# "areas that Kyiv and military analysts say are controlled by Russia", "Moscow claims": the capital speaks for its side
_SPEAKS_AFTER = re.compile(r"(?:\s+(?:has|have|had|also|now|still|itself|officially))*\s+(?:says?|said|claims?|claimed|insists?|"
                           r"insisted|denies|denied|announced|reported|believes?|estimates?|"
                           # ("territory that Kyiv sees as a bargaining chip": the capital's view, its government's)
                           r"sees|saw|views?|viewed|regards?|regarded|considers?|considered|wants?|wanted|hopes?|hoped)\b|"
                           r"\s+and\s+(?:[\w-]+\s+){1,3}?(?:say|said|claim|claimed|believe|estimate)\b", re.I)
# "as Kyiv progresses with its counteroffensive", "Moscow pressed its offensive": a capital that fights is its side
_ACTS_AFTER = re.compile(r"(?:\s+(?:has|have|had|is|was|also|now|still))*\s+"
                         r"(?:progress(?:es|ed|ing)?|push(?:es|ed|ing)?|"
                         r"press(?:es|ed|ing)?|advanc(?:es|ed|ing)|counterattack(?:s|ed|ing)?|launch(?:es|ed|ing)|"
                         r"mount(?:s|ed|ing)|retook|recaptured|regained|seized)\b", re.I)
# a dateline ("KYIV:", "Kramatorsk, Ukraine (AP) —") says where the reporter files from, not what is held
_DATELINE_BEFORE = re.compile(r"\s*(?:date\s+[\d-]+\s+)?(?:[A-Z][\w'\u2019-]*[\s,]+)*")
# (not a name set off by a pair of dashes: "Sudzha – the largest settlement Ukraine has captured – has ...")
_DATELINE_AFTER = re.compile(r"(?:,\s*[A-Z][a-z]+)?\s*(?:\([^)]{1,30}\)\s*)?(?::|[\u2014\u2013]|-\s)"
                             r"(?!\s*(?:a|an|the)\s[^\u2013\u2014.]{1,80}\s[\u2013\u2014]\s)")


def _dateline(sent: str, start: int, end: int) -> bool:
    return bool(_DATELINE_BEFORE.fullmatch(sent, 0, start) and _DATELINE_AFTER.match(sent, end))


# an ordinal after a name makes another place ("Lyman Pershyi", "Lyman Druhyi": Lyman the First, the Second)
# (and a noun of the land that names another place with it: "Kreminna Balka", "Kamianyi Brid", "Zelenyi Hai")
_SECOND_WORD_AFTER = re.compile(r"\s+(?:Pershyi|Persha|Pershe|Druhyi|Druha|Druhe|Tretii|Tretia|Pervyy|Pervyi|Vtoroy|"
                                r"Vtoroi|Balka|Brid|Yar|Dolyna|Pole|Hora|Hai|Kut|Bairak)\b")
# the other half of a hyphenated place name around a known one ("Pisky-Radkivski", "Nikolayevo-Daryino")
_COMPOUND_HEAD = re.compile(r"(?<![\w-])[A-Z][\w'\u2019]+-$")
_COMPOUND_TAIL = re.compile(r"-[A-Z][\w'\u2019]+(?![\w-])")


def _mentions(sent: str) -> list[_Mention]:
    gaz = default_gazetteer()
    found = []
    for m in gaz.find_places(sent):
        prefix = _NAME_PREFIX.search(sent, max(0, m.start - 12), m.start)
        if prefix is not None and gaz.resolve(sent[prefix.start():m.end]) is None:
            # "Nova Kamenka": the known "Kamenka" is the second word of another, unknown name
            found.append(_Mention(prefix.start(), m.end, sent[prefix.start():m.end], None))
            continue
        second = _SECOND_WORD_AFTER.match(sent, m.end)
        if second is not None and gaz.resolve(sent[m.start:second.end()]) is None:
            # "Lyman Pershyi", "Nelipivka Druha": the known "Lyman" is the first word of another, unknown name
            found.append(_Mention(m.start, second.end(), sent[m.start:second.end()], None))
            continue
        head, tail = _COMPOUND_HEAD.search(sent, max(0, m.start - 25), m.start), _COMPOUND_TAIL.match(sent, m.end)
        if (head or tail) and m.place is not None:
            # "Pisky-Radkivski", "Nikolayevo-Daryino": the known name is half of a hyphenated one, another place
            lo, hi = head.start() if head else m.start, tail.end() if tail else m.end
            whole = gaz.resolve(sent[lo:hi])
            found.append(_Mention(lo, hi, sent[lo:hi], whole, (whole,) if whole else ()))
            continue
        found.append(_Mention(m.start, m.end, m.text, m.place, m.candidates))
    merged: list[_Mention] = []
    for m in found:
        prev = merged[-1] if merged else None
        if prev is not None and sent[prev.end:m.start] == " " and (whole := gaz.resolve(sent[prev.start:m.end])):
            # "Novoye Shakhove": two known names side by side that spell one place between them (a Russian first word
            # before a Ukrainian second), the place they make together
            merged[-1] = _Mention(prev.start, m.end, sent[prev.start:m.end], whole, (whole,))
            continue
        merged.append(m)
    found = merged
    out = [m for m in found
           if not _dateline(sent, m.start, m.end)
           and not any(p.match(sent, m.end) for p in (_PLURAL_REGIONS, _REGION_AFTER, _SIDE_AFTER, _FACILITY_AFTER,
                                                      _KIND_AFTER, OUTLET_AFTER))
           and not (m.place is not None and _DISTRICT_AFTER.match(sent, m.end))
           # ("Dnipropetrovsk": an oblast's own name that is only a former name of its city, Dnipro since 2016)
           and not (m.place is not None and m.raw != m.place.name and names_oblast(m.raw))
           and not _ALIAS_BEFORE.search(sent, max(0, m.start - 25), m.start)
           and not _REGION_OF_BEFORE.search(sent, max(0, m.start - 20), m.start)
           and not (_TERRITORY_OF_BEFORE.search(sent, max(0, m.start - 14), m.start) and names_oblast(m.raw))
           # ("the retreat from Kursk", "Ukraine's invasion of Kursk": in this war's reporting a Russian oblast's bare
           # name is the oblast the fighting crossed into, not its capital, which no side claimed)
           and not (names_russian_oblast(m.raw) and not _CITY_BEFORE.search(sent, max(0, m.start - 10), m.start)
                    and not _CITY_AFTER.match(sent, m.end))
           # ("settlements spanning four provinces—Donetsk, Dnipropetrovsk, Kharkiv, and Zaporizhzhia": regions listed)
           and not (_REGIONS_LISTED_BEFORE.search(sent, max(0, m.start - 120), m.start) and names_oblast(m.raw))
           and not ((_PLACES_IN_BEFORE.search(sent, max(0, m.start - 40), m.start)
                     or _AREA_IN_PAIR.search(sent, max(0, m.start - 80), m.start)) and find_regions(m.raw))
           and not _SIZE_OF_BEFORE.search(sent, max(0, m.start - 40), m.start)
           # ("the contested Donetsk region and Russian-controlled Luhansk": an oblast's name after another region)
           and not (_REGION_THEN_AND.search(sent, max(0, m.start - 50), m.start) and names_oblast(m.raw))
           and not (m.raw.lower() in _CAPITALS and (_AGENT_BY.search(sent, max(0, m.start - 40), m.start)
                                                    or _ACCORDING_TO.search(sent, max(0, m.start - 20), m.start)
                                                    or _SPEAKS_AFTER.match(sent, m.end)
                                                    or _ACTS_AFTER.match(sent, m.end)))]

    def add_unknown(s: int, name: str, strict: bool = True, ended: bool = False) -> _Mention | None:
        e = s + len(name)
        if any(m.start < e and s < m.end for m in out) or not _unknown_ok(name, strict) \
                or not (ended or _NAME_END.match(sent, e)) or _SIZE_OF_BEFORE.search(sent, max(0, s - 40), s) \
                or _REGIONS_LISTED_BEFORE.search(sent, max(0, s - 120), s) and names_oblast(name):
            return None
        # a spelling the gazetteer's transliteration skeleton knows ("Blagodatne" for Blahodatne), or the other
        # language's form of a name it knows ("Dobropolie" for Dobropillia)
        place = gaz.resolve(name)
        across = () if place is not None else tuple(gaz.read_across(name))
        mention = _Mention(s, e, name, place or (across[0] if len(across) == 1 else None), across)
        out.append(mention)
        return mention

    def absorb_adjective(s: int, name: str) -> None:
        """"the village of Ruska Lozova", "..., Podlesne, Mirny Dolina, ...": a known name ("Lozova", "Dolina") is the
        second word of an unknown one whose first word is an adjective; the known one gives way to the whole."""
        first = name.split()[0]
        inner = next((k for k in out if k.start > s and k.end == s + len(name)), None)
        if inner is not None and _ADJECTIVAL.fullmatch(first) and gaz.resolve(first) is None \
                and gaz.resolve(name) is None:
            out.remove(inner)

    for m in _KIND_OF.finditer(sent):
        nm = _NAME_RE.match(sent, m.end())
        if nm and _COUNT_BEFORE.search(sent, max(0, m.start() - 20), m.start()) and find_regions(nm.group(0)):
            continue    # "4 settlements of Zaporozhye": counted places of the region, not a village of its name
        if nm and _PLURAL_REGIONS.match(sent, nm.end()) and find_regions(nm.group(0)):
            continue    # "settlements of Kherson, Donetsk and Kharkiv regions": the first of the regions listed
        if nm:
            absorb_adjective(nm.start(), nm.group(0))
            add_unknown(nm.start(), nm.group(0), strict=False)
    # (a list, or a name its oblast locates: not "300 settlements in the area, Hanna Maliar, Deputy Minister")
    # ("two small Donetsk region villages, Hostre and Hryhorivka": a name the gazetteer knows next in the list)
    counted = [m for m in _COUNTED_INTRO.finditer(sent)
               if (nm := _NAME_RE.match(sent, m.end())) is not None
               and (_TOPONYM_END.search(nm.group(0).split()[-1])
                    or (goes_on := _LIST_GOES_ON.match(sent, nm.end())) is not None
                    and any(nm.end() < k.start <= goes_on.end() for k in out))
               and (item_locative(sent, nm.end()) is not None or _LIST_GOES_ON.match(sent, nm.end()))
               # (not the list comma of "34 settlements in the Sumy, Kharkov, ... Regions")
               and not re.search(r"[A-Z][\w'\u2019-]*\s*,\s*$", sent[m.start():m.end()])]
    for m in [*_KIND_COLON.finditer(sent), *_KIND_INTRO.finditer(sent), *counted]:
        # "eight settlements were liberated: A, B, C": the list the plural announces (unknown names included)
        # ("two settlements in the frontline ..., including A in the Sumy region and B": after a comma, its names
        # when the first ends like a place name)
        pos = m.end()
        while (nm := _NAME_RE.match(sent, pos)) is not None:
            found = next((k for k in out if k.start == nm.start()), None)
            if found is not None and found.end < nm.end() and _COMMA_AND.match(sent, nm.end()):
                # "..., Belaya Gora, Novodruzhesk": a two-word item whose first word the gazetteer knows alone
                out.remove(found)
                found = None
            found = found or add_unknown(nm.start(), nm.group(0), strict=False)
            if found is None:
                break
            loc = item_locative(sent, found.end) or ITEM_APPOSITION.match(sent, found.end)
            glue = _COMMA_AND.match(sent, loc.end() if loc else found.end)
            if glue is None:
                break
            pos = glue.end()
    for m in _AFTER_VERB.finditer(sent):
        add_unknown(m.start("n"), m.group("n"))
    for m in _NAME_KIND.finditer(sent):
        for g in ("n", "m"):
            if m.group(g) and all(_TOPONYM_END.search(m.group(x)) for x in ("n", "m") if m.group(x)):
                add_unknown(m.start(g), m.group(g), ended=True)
    for m in _VERB_NAME_KIND.finditer(sent):
        for g in ("n", "m"):
            if m.group(g):
                add_unknown(m.start(g), m.group(g), ended=True)
    for m in _KIND_NAMED.finditer(sent):
        add_unknown(m.start("n"), m.group("n"))
    for m in _LIST_KIND.finditer(sent):
        names = list(re.finditer(_NAME, m.group("list")))
        if all(_TOPONYM_END.search(nm.group(0)) for nm in names):
            for nm in names:
                add_unknown(m.start("list") + nm.start(), nm.group(0), ended=True)
    for m in _BEFORE_PASSIVE.finditer(sent):
        for nm in re.finditer(_NAME, m.group("list")):
            # the pattern ends each name; a sentence's first word is capitalised anyway, so an unknown name here
            # must end like a Ukrainian or Russian place name ("Kindrashivka", "Otradne"; not "Territory")
            if _TOPONYM_END.search(nm.group(0)):
                add_unknown(m.start("list") + nm.start(), nm.group(0), ended=True)
    # lists: "Mezhevoye and Komyshovka" continue a list of known names with an unknown one
    # ("Kamianske in the Zaporizhzhia region, Dehtiarne in Kharkiv region": past each item's own oblast)
    def past_locative(pos: int) -> int:
        loc = item_locative(sent, pos)
        return loc.end() if loc is not None else pos

    for m in sorted(out, key=lambda x: x.start):
        pos = past_locative(m.end)
        while (nm := _LIST_NEXT.match(sent, pos)) is not None:
            # "Orlivka and Komyshovka Russian forces said": a two-word match ending in a common word is one name
            name = nm.group("n").split()[0] if nm.group("n").split()[-1].lower() in _NOT_NAMES else nm.group("n")
            known = next((k for k in out if k.start == nm.start("n")), None)
            if known is None and " " in name and pos > m.end:
                absorb_adjective(nm.start("n"), name)    # (inside a list already, past its first item)
            if known is None:
                known = add_unknown(nm.start("n"), name)
            if known is None:
                break
            pos = past_locative(known.end)
        first = m
        while (pm := _LIST_PREV.search(sent, max(0, first.start - 60), first.start)) is not None \
                and _TOPONYM_END.search(pm.group("n")) and pm.group("n").lower() not in _NOT_NAMES \
                and not re.search(r"[A-Z][\w'\u2019.-]*\s+$", sent[max(0, pm.start("n") - 30):pm.start("n")]):
            # "said Nelipivka, Pervomaiske and Zaporizke have come ...": an unknown name (ending like a place name)
            # opening a list that goes on with known ones (one word, not the end of a longer name: "War Live")
            first = add_unknown(pm.start("n"), pm.group("n"), ended=True)
            if first is None:
                break
    for i, m in enumerate(out):
        shared = _SHARED_HEAD.match(sent, m.end) if _PREFIX_WORD.fullmatch(m.raw) else None
        if shared is not None:
            # "Velyka and Mala Oleksandrivka": two places, the first adjective's name the second's head
            name = f"{m.raw} {shared.group('head')}"
            place = gaz.resolve(name)
            out[i] = _Mention(m.start, m.end, name, place, (place,) if place else ())
    out.sort(key=lambda x: x.start)
    return out
