"""Place claims, stage 2: the places a control cue governs (``cue_places``).

An active verb governs the places after it in its clause ("took Avdiivka in February 2024, Vuhledar in
October"), skipping those after a locative ("near", "towards", "west of"); a passive, "fell" or "remains under
X control" governs the list just before it; "Russian-held X" / "X, a Russian-held hub" the place beside it;
"the liberation of X", "X's capture" their object; ", which Russia captured" and "X, a hub that Russia
seized" their antecedent. Participles: "the liberated city of X", ", retaken" after a list, "declaring X
liberated", "the villages liberated on Sunday — A, B and C". A plural with no names ("three villages")
takes the list after its colon ("eight settlements were liberated: A, B", ``_colon_list``) or the one the next
sentence names ("They are A and B", ``_named_next``). An attributive describes its own noun ("X is the last
Ukrainian-controlled city in the region of Y": X, not Y). The clause patterns here
(``_OBJ_END``, ``_SUBJ_START``, ``_BLOCK``) are read by the later stages too.
"""
from __future__ import annotations

import re

from pipelines.extraction.dates import MONTH_NAMES
from pipelines.extraction.place_article import _State
from pipelines.extraction.place_cues import _BY_AGENT, Cue
from pipelines.extraction.place_mentions import (
    AMONG, BRACKET_COMPASS, BRACKET_LIST_OPEN, ITEM_APPOSITION, ITEM_KIND_OF, KINDS_PLURAL, LARGEST_OF,
    _KIND_LEAD, _KIND_NAMED, _Mention, item_locative, names_oblast)
from pipelines.extraction.sentence_reader import _WEEKDAYS

OBJECT_WINDOW = 220      # an active verb's places lie within this many characters after it
SUBJECT_GAP = 70         # a passive's subject ends at most this far before the verb
_BLOCK = re.compile(
    r"\b(?:near|nearby(?!\s+(?:settlements?|villages?|towns?|cit(?:y|ies)|localities|hamlets?)\b)|(?<!in and )around(?!\s+\d)|outskirts|towards?|outside|beyond|approach(?:es)?|close\s+to|"
    r"direction|from|(?:north|south|east|west)(?:east|west)?(?:ern)?\s+of|[nsew]{1,2}\s+of|km\s+of|miles?\s+of|"
    r"front\s+of|into|entered|encircl\w*|attack\w*|advanc\w*|push\w*|assault\w*|fight\w*|battle\s+for|streets?\s+of)\b",
    re.I)
# "regained some territory in Sumy", "controlled 500 sq km in Kursk": the object is ground in the place's area; no
# place further on is the object either
# ("recaptured 56 sq km of territory in the areas of A, B and C": the same, the places named as its area)
# ("over 1,150 square km (444 square miles) in Kursk": the conversion's bracket before the place)
# ("lost control over the territories in the area of A and B": plurals too)
# ("retaken a swathe of territory inside Kursk": ground within the place's area)
_AREA_IN = re.compile(r"\b(?:territor(?:y|ies)|ground|lands?|areas?|miles?|km2?|kilomet(?:re|er)s)\)?\s+"
                      r"(?:in|inside|within|around)\s+(?:the\s+)?"
                      r"(?:(?:areas?|vicinity|district)\s+of\s+(?:the\s+)?)?$",
                      re.I)
_OBJ_END = re.compile(
    r"[;:()\[\]\u2014\u2013\"\u201c\u201d]|\s-\s|\.(?:\s|$)|,\s+(?:which|where|who|while|as(?!\s+well\s+as\b)|but|a\s+day|according)\b|"
    # ("Since Russian forces occupied the plant, they have launched attacks at ..., in particular, Nikopol": a clause
    # of its own, its pronoun subject after the comma)
    r",\s+(?:they|he|she|we)\s+(?:have|has|had|are|is|was|were|will|would|can|could|[a-z]+ed)\b|"
    r"\s(?:but|while|whereas|because|after|before|although|though|said|says|according|when|amid)\b|"
    r"\s+and\s+(?:are|is|was|were|have|has|had|pushed|pushing|continu\w*|made|moved|shift\w*|urged)\b", re.I)

# a pronoun as the verb's object, its clause closed by a comma ("After capturing it, the army can advance ...")
_PRONOUN_OBJECT = re.compile(r"\s+(?:it|them)\s*,")
_QUOTED_ITEM_NEXT = re.compile(r"[\"\u201d]\s*,?\s+and\s+[\"\u201c](?=[A-Z])")
_OPENING_QUOTE = re.compile(r"\s+[\"\u201c\u2018](?=[A-Z])")
# a parenthesis is not a clause start: "Russian troops on Wednesday (Oct 2) took charge of ..."
_SUBJ_START = re.compile(
    r"[;:\u2014\u2013\"\u201c\u201d]|\.\s|\b(?:that|said|says|after|because|while|but|when|although)\b", re.I)
# "A and B were also said by military officials to have been reclaimed": a raising "said" (a passive "be" before
# it, "to be"/"to have" after it) opens no clause; the places before it stay the subject of the verb after "to"
# a second predicate with no subject of its own, coordinated with the first: "... and has remained", "... — but
# despite months of bombardment remains"
_OPENS_SENTENCE = re.compile(r"[\s\"\u201c]*")
# (places named only to locate the subject: "80 km northeast of Donetsk City", "near X")
_LOCATOR_BEFORE = re.compile(r"\b(?:of|from|near|outside|towards?)\s+(?:the\s+)?(?:city\s+of\s+|town\s+of\s+)?$", re.I)
_SECOND_PREDICATE = re.compile(r"(?:,?\s+and|\s*[\u2014\u2013]\s*but|,\s+but|\s+but)\s+(?:despite\s+[^,.;]{1,40}?\s+)?"
                               r"(?:(?:has|have|had)\s+)?(?:still\s+)?(?:remained|remains|stayed|stays|been|is|was)\s+"
                               r"(?:firmly\s+|still\s+|fully\s+)?$", re.I)
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|been)\s+(?:[a-z]+\s+)?$", re.I)
_RAISED_TO = re.compile(r"\s+(?:by\s+[^,.;:]{1,40}?\s+)?to\s+(?:be|have)\b", re.I)

# what may stand between a verb and its first place: "the small town of", "the villages of", "the"
# (a verb in quotes first: Russia's ministry says it “liberated” the village of X)
# (not through a locative: "a village outside the city of X" is not X)
# ("the liberation of the village Gornal": the kind apposed to its name, without "of")
# a facility the place after it locates: "the power plant in X", "the port of X", "the airfield near X"
_FACILITY_IN = re.compile(r"\b(?:plant|station|airport|airfield|port|dam|bridge|factory|facility|base|refinery|depot|"
                          r"mine|works)\s+(?:in|at|near|outside|of)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$",
                          re.I)
_FIRST_GAP = re.compile(
    # ("retreated from both Krynky and Urozhaine")
    # ("Russians do not control either Kupiansk or Kupiansk-Vuzlovyi": either of the two)
    r"[\"\u201d\u2019']?\s*(?:over\s+)?(?:both\s+|either\s+|neither\s+)?"
    # ("had taken control of what it described as the logistics hub of Niu-York": the speaker's own label first)
    r"(?:what\s+(?:it|they|he|she|(?:the\s+)?(?-i:[A-Z])[\w-]+)\s+(?:described|called|termed|dubbed)\s+(?:as\s+)?"
    r"(?=the\s|a\s))?"
    # ("Moscow captured in May the town of Bakhmut": a time adjunct before the object)
    r"(?:(?:in\s+(?:early\s+|late\s+|mid-)?(?:" + "|".join(MONTH_NAMES) + r"|\d{4})|on\s+(?:" + "|".join(sorted(_WEEKDAYS))
    + r")|last\s+(?:week|month|year))\s+(?=the\s))?"
    # ("maintain control over all districts of Kupiansk": every part of it, the place whole)
    r"(?:all\s+(?:the\s+)?(?:districts|neighbou?rhoods|parts)\s+of\s+)?"
    # ("taken control of all Rubizhne", "captured all of Bakhmut": the place whole, named at once)
    r"(?:all\s+(?:of\s+)?$)?"
    # ("controlled dozens of settlements and Sudzha": an unnamed count before the one place named)
    r"(?:(?:dozens|scores|hundreds|several|\d+)\s+(?:of\s+)?(?:other\s+)?(?:settlements|villages|towns|localities)\s+"
    r"(?:and|as\s+well\s+as)\s+)?"
    # ("captured another village, Pletenivka": the name set off after its kind; "Ukraine lost its long-held
    # stronghold, Vuhledar": the side's own)
    r"(?:(?:the|a|an|another|its|their|our|[A-Z][\w-]+['\u2019]s)\s+"
    r"(?:(?!(?:outside|near|of|from|in|at|by|beyond)\b)[\w'\u2019-]+\s+){0,6}?"
    r"(?:towns?|villages?|cit(?:y|ies)|settlements?|localit(?:y|ies)|"
    # ("taken control over the capital Kyiv", "retook the regional capital Kherson")
    r"hamlets?|communit(?:y|ies)|districts?|strongholds?|bastions?|hubs?|outposts?|fortress(?:es)?|capital|suburbs?|"
    # ("the residential areas of A and B", "the populated localities of": a translated ministry's word for villages)
    r"(?<=residential\s)areas?|(?<=populated\s)(?:areas?|points?)|"
    # ("seized the regional centre Maryinka", "the district center of X": an administrative seat, not a town's core)
    r"(?<=regional\s)cent(?:re|er)|(?<=district\s)cent(?:re|er)|(?<=administrative\s)cent(?:re|er))(?:\s+(?:of\s+)?|"
    # ("seized another village in the region, Basivka": a locative that names nothing, then the name set off)
    r"(?:\s+(?:in|on)\s+(?:the|that|this)\s+(?:region|area|oblast|province|sector|direction|axis|front))?,\s+)|"
    r"(?:the|a)\s+|"
    # (a headline's "seize village of X", "took border town of X", "captures key city of X"; and a plural kind with
    # its names apposed, no article: "withdrew from Ukrainian cities Izium and Vovchansk")
    r"(?:(?!(?:outside|near|of|from|in|at|by|beyond|the|a|an|and|or|to|for|with|[a-z]+ing)\b)[a-z][\w-]*\s+){0,2}?"
    r"(?:(?:towns?|villages?|cit(?:y|ies)|settlements?)\s+of\s+|(?:towns|villages|cities|settlements)\s+))?"
    r"(?:(?:nearby|neighbou?ring|adjoining|adjacent)\s+)?"
    # ("were withdrawn from Ukraine's Snake Island": the country that owns the place, before its name; "controls the
    # Sumy region's Novenke, Basivka and Zhuravka villages": the oblast that holds them)
    # ("the capture of eastern Ukraine's Shumy settlement": a compass adjective before the country)
    r"(?:(?<![\w'\u2019-])(?:(?:north|south|east|west|central)[a-z-]*\s+)?(?:Ukraine|Russia)['\u2019]s\s+|"
    r"(?<=\bthe\s)(?-i:[A-Z])[\w'\u2019-]+\s+(?:region|oblast|province)['\u2019]s\s+|"
    # ("reported the liberation of LPR Rozovka", "the DPR's Kurdyumovka": the self-proclaimed republic, Moscow's usage)
    r"(?:the\s+)?(?-i:LPR|DPR|LNR|DNR)(?:['\u2019]s)?\s+)?"
    # ("withdrawn from the contentious Snake Island", "took the embattled Bakhmut": an adjective before the name itself)
    r"(?:(?<=\bthe\s)(?:contentious|contested|embattled|besieged|battered|ruined|devastated|strategic|key|symbolic)\s+)?",
    re.I)

# (not an object that is no ground at all: "withdrew from the Black Sea grain agreement ..., including Odesa")
_NOT_PLACE_OBJECT = re.compile(r"\s*(?:the\s+|a\s+|an\s+)?(?:[\w'\u2019-]+\s+){0,4}?(?:agreement|deal|treaty|accord|pact|talks|"
                               r"negotiations|initiative|convention|memorandum|programme|program)\b", re.I)
# ... or a holding described by its area, then "including the cities of" (or "such as", a rewriter's "including")
# (but not "parts of regions such as Kharkiv", "victories in areas such as X": examples of other things than places)
_WIDE_GAP = re.compile(r"\bincluding\b|(?<!\bregions\s)(?<!\boblasts\s)(?<!\bprovinces\s)(?<!\bareas\s)\bsuch\s+as\b|"
                       r"\b(?:sq|square)\b|\bkm2?\b|\bkilomet|\barea\b|\bterritory\b", re.I)
# ... but not across a coordinated clause with its own subject: "with Moscow capturing territory and the US allowing
# Kyiv to respond" (Kyiv is the object of "allowing")
_CLAUSE_IN_GAP = re.compile(r"\b(?:and|while|but|as)\s+(?:the\s+)?(?:[A-Z][\w.'\u2019-]*\s+){1,3}"
                            r"(?:is\s+|are\s+|was\s+|were\s+|has\s+|have\s+|had\s+)?[a-z]+(?:ing|ed|s)\b"
                            # ("seized the area in March 2022, Dmytro and his wife moved to Mykolaiv": people's way
                            # out, a clause of its own)
                            r"|(?:,|\band)\s+(?:[\w'\u2019-]+\s+){1,4}?(?:moved|fled|went|left|returned|relocated|"
                            r"travell?ed|escaped)\b")
_LIST_GLUE = re.compile(
    # ("Novenke and Basivka of the Yunakivska community and Veselivka ...": the community or district of the items
    # before it, then the glue)
    # ("A and B in the Yunakivka municipality, and C and D in the Khotin municipality")
    r"(?:\s+(?:of|in)\s+the\s+[A-Z][\w'\u2019-]+\s+(?:community|district|raion|hromada|municipality))?"
    # ("Sichneve (Yanvarske), Maliivka and Vorone": the item's other name in brackets, "(X in Ukrainian)" too)
    # ("Dimitrov (known as Myrnohrad in Ukraine), Rodynske and ...": the other name introduced)
    r"(?:\s*\((?:(?:known|referred\s+to)\s+as\s+|formerly\s+)?[A-Z][\w'\u2019 -]{1,45}\))?"
    # ("over A in Kharkiv Oblast and over B in Donetsk Oblast": each item's oblast, and the preposition again)
    r"(?:\s+in\s+(?:the\s+)?[A-Z][\w'\u2019-]+\s+(?:Oblast|[Rr]egion|[Pp]rovince))?"
    # ("A and B in the Y community, along with C and D in the Z community")
    # ('"liberated the village of A in the X region" and "B in the Y region"': each item in its own quotation)
    # ("Severodonetsk and Borovskoye as well as the Voronove and Sirotino settlements": the article before names
    # whose kind follows them)
    # ("refuted Russia's claims of having taken A, B or C": a list joined by "or", denied item by item)
    r"[\"\u201d]?\s*(?:,\s*(?:and\s+|or\s+)?|,?\s+and\s+(?:over\s+|in\s+|of\s+)?|,?\s+or\s+|"
    r",?\s+(?:as\s+well\s+as|along\s+with)\s+"
    r"(?:the\s+)?)"
    r"[\"\u201c]?(?:(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:towns?|villages?|cit(?:y|ies)|settlements?)\s+of\s+)?", re.I)   # ("... and southern city of Kherson")
_COUNTED_LIST = re.compile(
    # ("recaptured a cluster of four nearby settlements in the counteroffensive: A, B, C and D")
    r"\s*(?:(?:a|another)\s+(?:cluster|group|string|series|total|handful)\s+of\s+)?"
    # ("overran neighbouring hamlets – Solovyove and Novokalynove –": a plural with no count, its names in dashes)
    r"(?:two|three|four|five|six|\d+|neighbou?ring|nearby|adjacent|several)\s+(?:[\w-]+\s+)?"
    r"(?:cities|towns|villages|settlements|hamlets|localities)\b[^\u2014\u2013:.;]{0,60}?"
    r"\s*(?:[\u2014\u2013:]|\s-\s|\s-(?=[A-Z]))\s*|"    # ("two settlements -Arkhanhelske and X": a dash glued to the name)
    # ("two small Donetsk region villages, Hostre and Hryhorivka": a few words before the plural)
    r"\s*(?:two|three|four|five|six|\d+|neighbou?ring|nearby|adjacent|several)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:cities|towns|villages|settlements|hamlets|localities)"
    # ("recaptured two villages on the southern flank of the city, Andriivka and Klishchiivka": where they lie first)
    # ("two villages just inside the region, A and B")
    # ("two neighbouring villages some 30 kilometres (19 miles) east of Pokrovsk, Prohres and Yevhenivka": a distance)
    r"(?:\s+(?:(?:just|right)\s+|(?:(?:some|about|around|roughly|nearly|almost)\s+)?\d[\d,.]*\s*"
    r"(?:km|kilomet(?:re|er)s?|miles?)(?:\s*\([^()]{1,25}\))?\s+)?"
    r"(?:on|in|near|around|along|inside|outside|within|beyond|south|north|east|west)\s+[a-z][^,.;:]{0,70}?)?,\s+"
    # ("taken control of two settlements in the frontline ..., including A in the Sumy region and B": its examples)
    r"(?:(?:including|namely|among\s+them|notably)\s+)?(?=[A-Z])", re.I)
# ("A by September 24, B by October 9, and C by October 11": each item's date)
# an item's date in brackets: "Romanovka (on May 25), Stupochki and Otradnoye (on May 24), ..."
BRACKET_DATE = r"\((?:on\s+)?(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+\.?)(?:,?\s+\d{4})?\)"
_BRACKET_DATE_RE = re.compile(BRACKET_DATE)
_BRACKET_COMPASS_RE = re.compile(BRACKET_COMPASS)
# (and in brackets after each item)
_TIME_IN = re.compile(r"\s+(?:in|by|on)\s+(?:early\s+|late\s+|mid-)?(?:[A-Z][a-z]+\.?|\d{4})(?:\s+\d{1,2}(?:st|nd|rd|th)?(?!\d))?"
                      r"(?:,?\s+\d{4})?"
                      r"|\s*" + BRACKET_DATE)
# (a restrictive one too: "the city of Kupiansk that Moscow claimed to have captured")
_RELATIVE = re.compile(r"(?:,\s+|\s+)(?:which|that)\s+(?:[\w'\u2019-]+\s+){0,5}$", re.I)
# ... unless the verb has an object of its own: "a counter-offensive in Kharkiv that saw Ukrainian troops liberate
# thousands of square kilometres" (ground or a count, not the place before "that")
_OBJECT_FILLED = re.compile(r"\s*(?!(?:in|on|at|after|before|since|by|during|from|last|this|early|late|over|within|for|"
                            r"back|earlier|later|only|just)\b)(?:[\w'\u2019-]+\s+){0,3}?(?:\d|thousands?\b|hundreds?\b|dozens?\b|territor|ground\b|"
                            r"land\b|square\b|sq\b|km\b|kilomet|miles\b|villages\b|settlements\b|towns\b|areas?\b)", re.I)

# "Kupiansk, a front-line hub that Russia seized early on and Kyiv recaptured in 2022": the relative clause
# describes the place through its apposition, and may join two verbs
# ("Kupiansk, a city Russia claimed to control": the relative pronoun left out before a side's name)
# ("Kherson \u2013 the city that has been occupied since March": the apposition set off by a dash)
# ("Bakhmut, another city that fell to Russian forces in 2023": "another" as the apposition's article)
# ("Balakliia, one of the cities that the Ukrainian army has just liberated": one of several)
_APPOSED_RELATIVE = re.compile(r"(?:,|\s[\u2013\u2014])\s+(?:(?:a|an|the|another|one\s+of\s+the)\s+"
                               r"(?:[\w'\u2019-]+\s+){0,6}?)?"
                               r"(?:which|that)\s|"
                               # ("Sudzha – the largest settlement Ukraine has captured –": a dash sets it off too)
                               # ("Sievierodonetsk and Lysychansk, two cities Ukraine lost": a list's count too)
                               r"(?:,|\s[\u2013\u2014])\s+(?:a|an|the|two|three|four|five|both)\s+"
                               r"(?:[a-z'\u2019-]+\s+){1,4}?"
                               # ("Kherson, the only regional capital it has occupied": a pronoun subject too)
                               r"(?=(?-i:Russia|Moscow|Ukraine|Kyiv|Kiev|it|they)\s)",
                               re.I)


_REPORTED_RELATIVE = re.compile(
    r"(?:(?:,|\s+--)\s+(?:(?:two|three|four|five|both|all)\s+(?:[a-z-]+\s+){0,2}?)?|\s+[\u2014\u2013]\s+(?:(?:two|three|four|five|both|all)"
    r"\s+of\s+)?|\s+)(?:which|that)\s+(?:[\w'\u2019.-]+\s+){1,6}?(?:(?:had|has|have)\s+)?(?:(?:earlier|previously|also|"
    r"already)\s+)?(?:(?:on\s+)?[A-Z][a-z]+day\s+)?(?:said|says|claimed|claims|announced|reported|stated|insisted)\s+"
    r"(?:(?:earlier|later)\s+)?(?:(?:on\s+)?[A-Z][a-z]+day\s+)?(?:(?:were|was|is|are|(?:had|has|have)\s+been)\s+)?(?:(?:now|already|fully|"
    r"completely)\s+)?[\"\u201c]?$")


_APPOSED_UNDER = re.compile(r",\s+(?:a|an|the)\s+(?:[\w'\u2019-]+\s+){0,4}?(?:(?:now|still|firmly)\s+)?", re.I)
# (and "was the first key urban center to be captured": the record a place set, told of it)
_AUX_ONLY = re.compile(r"\s*(?:(?:has|have|had|is|are|was|were|been|now|already|fully|finally|also)\s+)*"
                       r"(?:(?:the|its)\s+(?:first|second|third|last|latest|only)\s+(?:[\w-]+\s+){0,4}?to\s+be\s+)?")
# ("the provincial capital of nearly 250,000 people": a thousands separator is no comma of the clause)
_DESCRIBED_BETWEEN_COMMAS = re.compile(r",\s+(?:a|an|the)\s+(?:[^,;:()\u2014\u2013]|(?<=\d),(?=\d{3}\b)){3,100},\s*")


def _relative_after_apposition(sent: str, cue: Cue) -> re.Match | None:
    rel = None
    for rel in _APPOSED_RELATIVE.finditer(sent, max(0, cue.start - 120), cue.start):
        pass
    if rel is None or re.search(r"[,;:.\u2014()]", sent[rel.end():cue.start]):
        return None
    gap = sent[rel.end():cue.start]
    # "a city that was taken by Russian troops at the beginning of the conflict but was retaken by Ukraine": a second
    # verb joined to the relative clause shares its subject; count its own words
    joined = None
    for joined in _JOINED_VERB.finditer(gap):
        pass
    if len((gap[joined.start():] if joined else gap).split()) > 12 or len(gap.split()) > 30:
        return None
    return rel


_JOINED_VERB = re.compile(r"\b(?:but|and)\s+(?:(?:then|later|subsequently|eventually)\s+)?(?:was|were|is|are|had|has|have)\b",
                          re.I)


_KIND_AFTER_NAME = re.compile(r"\s+(?:village|town|city|settlement)\b", re.I)


def _antecedent_gap(sent: str, end: int, rel: int) -> bool:
    """Does the place ending at ``end`` head the relative clause at ``rel``: nothing between them, or only its
    kind and oblast ("the Novodarivka village in the Zaporizhzhia region, which Ukraine says it liberated")?"""
    kind = _KIND_AFTER_NAME.match(sent, end, rel)
    pos = kind.end() if kind else end
    loc = item_locative(sent, pos)
    if loc is not None and loc.end() <= rel:
        pos = loc.end()
    return sent[pos:rel].strip() == ""


def _names_oblast_of(first: _Mention, m: _Mention) -> bool:
    """``m`` names the oblast ``first`` lies in ("Vuhledar, Donetsk", "Sudzha, Kursk"): a locating apposition after
    a comma, not a second place of a list (a regional capital is rarely taken in the same breath as a village)."""
    if first.place is None or first.place.oblast is None:
        return False
    stem = first.place.oblast.split()[0].lower()
    return m.raw.lower() == stem and (m.place is None or m.place.name.lower() == stem)


def _closing_quote(sent: str, pos: int) -> bool:
    c = sent[pos:pos + 1]
    return c in ("\u201d", "\u2019") or c in ('"', "'") and sent.count(c, 0, pos) % 2 == 1


# "securing a key road leading to the border town of X": the object is the way to the place, not the place
# ("took control of an important road between the occupied towns of X and Y": the road between them, the same)
_WAY_TO = re.compile(r"\b(?:roads?|highways?|routes?|supply\s+lines?|railway|rail\s+line)\s+(?:leading\s+|running\s+)?"
                     r"(?:to|into|towards?|between|linking|connecting)\b", re.I)


_DESTINATION_BEFORE = re.compile(r"\b(?:to|towards?|into)\s+(?:the\s+)?(?:(?:area|areas|outskirts|direction|vicinity|"
                                 r"region|district)\s+(?:of|around)\s+)?$", re.I)


# a place's name used as the modifier of a kind noun whose own place follows: "the Kyiv suburb of Makariv"
_NAME_AS_MODIFIER = re.compile(r"\s+(?:suburbs?|satellite\s+towns?)\s+of\s+(?-i:[A-Z])", re.IGNORECASE)


# "A and B are among the cities (and regions) that are now under ...": a plural the list belongs to, its relative clause
_AMONG_THAT = re.compile(r"\s+(?:are|were|is|was)\s+(?:also\s+)?among\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?" + KINDS_PLURAL
                         + r"(?:\s+and\s+(?:regions|areas|districts))?\s+(?:that|which)\s+"
                         r"(?:are|were|is|was|have\s+been|had\s+been|has\s+been)\s+"
                         r"(?:(?:now|currently|still|already|temporarily)\s+)?$", re.IGNORECASE)


# "In the Lugansk direction, the settlements of A, B and C were liberated": the kind that opens the list after its
# comma; the words before the comma locate the clause, not the list
_KIND_CLAUSE_OPENS = re.compile(r",\s*(?:the\s+)?(?:settlements?|villages?|towns?|cit(?:y|ies)|localities|hamlets?)"
                                r"\s+of\s+$")


def _past_kind_clause(window: str) -> str:
    """The words before a list's first item that may locate it: from the list's kind on, when a comma sets it off."""
    opens = _KIND_CLAUSE_OPENS.search(window)
    return window[opens.start() + 1:] if opens else window


def cue_places(sent: str, cue: Cue, mentions: list[_Mention]) -> list[_Mention]:
    """The place mentions ``cue`` governs in ``sent`` (may set ``cue.background``)."""
    if cue.mode == "object":
        start = cue.end
        if _closing_quote(sent, start):
            start += 1               # "liberated" in quotes: the object follows the closing mark
        elif (opening := _OPENING_QUOTE.match(sent, start)) is not None:
            start = opening.end()    # 'has retaken "A, B and C."': the quotation opens on the object
        if _PRONOUN_OBJECT.match(sent, start):
            return []     # "After capturing it, the army can advance towards A and B": the pronoun is the object
        counted = _COUNTED_LIST.match(sent, cue.end) or (
            _KIND_PLURAL_BEFORE.search(sent, 0, cue.start) and _DASH_LIST.match(sent, cue.end))
        if counted:
            # "captured two cities in the Donetsk region — Chasiv Yar and Toretsk", "the villages liberated on
            # Sunday — A, B and C"
            start = counted.end()
        m_end = _OBJ_END.search(sent, start)
        while m_end is not None and ((other := _QUOTED_ITEM_NEXT.match(sent, m_end.start())) is not None
                                     or (other := _OTHER_NAME.match(sent, m_end.start())) is not None
                                     or (other := _BRACKET_DATE_RE.match(sent, m_end.start())) is not None
                                     or (other := _BRACKET_COMPASS_RE.match(sent, m_end.start())) is not None
                                     or (other := _CONVERTED.match(sent, m_end.start())) is not None):
            # ("Sichneve (Yanvarske), ...", "Romanovka (on May 25), Stupochki ...": the item's other name or its date;
            # "A in Donetsk region (east) and B": its compass point;
            # "controlled 1,263 square kilometers (488 square miles) and 93 settlements, including X": an area's
            # conversion)
            m_end = _OBJ_END.search(sent, other.end())
        hi = min(m_end.start() if m_end else len(sent), start + OBJECT_WINDOW)
        out, pos, glue = [], start, ""
        refused_end = None     # the end of a list item refused as no object ("near the settlements of A, B and C")
        for m in mentions:
            if m.start < start or m.start >= hi:
                continue
            if not out and _NAME_AS_MODIFIER.match(sent, m.end):
                continue    # "retook the Kyiv suburb of Makariv": the name qualifies the kind whose place follows
            if not out and refused_end is not None and _LIST_GLUE.fullmatch(sent[refused_end:m.start]):
                refused_end = m.end     # the next item of a list refused as a whole
                continue
            gap = sent[pos:m.start]
            if cue.action == "withdrew" and _DESTINATION_BEFORE.search(sent, max(start, m.start - 40), m.start):
                break    # "withdrew troops from the Zaporozhye region to the area of Soledar": where they went
            if not out:
                # "... sq km of the region, including the cities of"
                tail = re.split(r"\bincluding\b|\bsuch\s+as\b|,", gap)[-1]
                if _AREA_IN.search(tail):
                    break
                ok = (bool(_FIRST_GAP.fullmatch(gap)) or (bool(_WIDE_GAP.search(gap)) and not _BLOCK.search(tail)
                                                          and not _CLAUSE_IN_GAP.search(gap)
                                                          and not _NOT_PLACE_OBJECT.match(gap))) \
                    and not _WAY_TO.search(gap)
            else:
                if _other_name_of(sent, out[-1], m):
                    continue         # "Sichneve (Yanvarske), ...": the other name of the item before
                if _names_oblast_of(out[-1], m) and re.fullmatch(r",\s*", gap):
                    pos = m.end      # "seized Vuhledar, Donetsk, on Wednesday": the oblast that locates it
                    continue
                loc = item_locative(sent, pos) or ITEM_APPOSITION.match(sent, pos)
                if loc is not None and m.start < loc.end():
                    continue         # "Kamianske in the Zaporizhzhia region, Avdiivka in ...": the item's oblast
                if loc is not None:
                    gap = sent[loc.end():m.start]
                ok = bool(_LIST_GLUE.fullmatch(_TIME_IN.sub("", gap)))
            if ok and _POSSESSOR.match(sent, m.end):
                ok = False           # "took over Soledar's salt mines": the place owns the object, it is not it
            if ok and _SPEAKS_AFTER.match(sent, m.end):
                ok = False           # "... of Dnipropetrovsk and Kyiv saying Moscow had launched": a capital speaking
            if ok and not out and "," in gap and _OWN_VERB_AFTER.match(sent, m.end):
                ok = False           # "recaptured half of the territory ..., Kyiv faced a tough fight": past a comma,
                                     # a name before its own finite verb opens a clause, no object
            if not ok:
                if out:
                    break
                if _BLOCK.search(gap):
                    refused_end = m.end    # (near, outside, towards ...: the list it opens is refused with it)
                continue
            if out:
                # (the glue of the items taken: not "A and B, north of C", whose refused gap ends the list)
                glue = gap
            out.append(m)
            pos = m.end
        more = _AND_PLURAL_LIST.match(sent, out[-1].end) if out else None
        if more is not None:
            # "established full control over the city of Lysychansk and neighbouring settlements - Bilohorivka,
            # Novodruzhesk and Bila Hora": the plural's names, after its colon or dash
            out += _list_starting_at(sent, mentions, more.end())
        if cue.single and len(out) > 1 and not re.search(r"\band\b", glue) \
                and not _AND_OTHERS.match(sent, out[-1].end):
            # "the capture of Avdiivka, Bakhmut's neighbour": an apposition, not a list; "the recapture of
            # A, B and C" is a list, closed by its "and" (or "flags raised in A, B, C and other settlements")
            out = out[:1]
        if not out:
            # "announced the capture of a village outside Kupiansk named Radkivka"
            lead = _KIND_LEAD.match(sent, start)
            named = _KIND_NAMED.match(sent, lead.end()) if lead else None
            # (", called Gornal": the comma before the naming word does not end the object)
            if named and not _OBJ_END.search(re.sub(r",(?=\s+(?:named|called|known\s+as)\s)", " ",
                                                    sent[:named.start("n")]), start):
                out = [m for m in mentions if m.start == named.start("n")][:1]
        if not out and _PARTICIPLE.fullmatch(sent, cue.start, cue.end):
            out = _list_before_participle(sent, cue, mentions)
            by = _BY_AGENT.match(sent, cue.end) if out else None
            if by:
                cue.agent = by.group("who")
        if not out and not _OBJECT_FILLED.match(sent, cue.end):
            for rel in (_RELATIVE.search(sent, 0, cue.start), _relative_after_apposition(sent, cue)):
                ante = [m for m in mentions if m.end <= rel.start() and _antecedent_gap(sent, m.end, rel.start())] \
                    if rel else []
                if ante:
                    # "Andriivka, another village near Bakhmut which Ukrainian forces liberated": the clause tells of
                    # the village the apposition describes, not of the town that locates it
                    head = [m for m in mentions if m.end < ante[-1].start
                            and _LOCATED_APPOSITION.fullmatch(sent, m.end, ante[-1].start)]
                    cue.background = True
                    # ("fighting in Lysychansk and Sievierodonetsk, which Russia took in July": the pair the clause
                    # follows)
                    return head[-1:] or _list_ending_at(sent, mentions, ante[-1])
        return out
    if cue.mode == "beside":
        after = [m for m in mentions if cue.end <= m.start <= cue.end + 40 and not _OBJ_END.search(sent, cue.end, m.start)]
        if cue.participle:
            # "the liberated city of Izium", "over liberated Vuhledar" (not "the captured soldiers were taken to X")
            after = [m for m in after if _PARTICIPLE_GAP.fullmatch(sent, cue.end, m.start)]
            # ("the liberated villages, including Novodarivka, Levadne and Lobkove": the plural's examples)
            plural = PARTICIPLE_PLURAL.match(sent, cue.end) or _PLURAL_INCLUDING.match(sent, cue.end)
            if plural is not None:
                # "the captured towns of Melitopol and Berdyansk", "named the captured villages as A, B and C": the
                # plural's list
                return _list_starting_at(sent, mentions, plural.end())
            # ("footage of liberated Lyptsi, Hlyboke and Strilecha": the participle heads the list, as an adjective)
            return _joined_list(sent, mentions, after[:1])
        if cue.shown:
            # "shows the villages of A and B as controlled by Ukrainian forces": the list right before "as"
            last = [m for m in mentions if m.end <= cue.start and re.fullmatch(r"\s*", sent[m.end:cue.start])]
            return _list_ending_at(sent, mentions, last[-1]) if last else []
        # the adjective heads the name ("Russian-held Donetsk", "the Russian-occupied southern city of Melitopol"), not
        # a place further on ("the last Ukrainian-controlled city in the region of Luhansk" is no claim on Luhansk)
        after = [m for m in after if _BESIDE_GAP.fullmatch(sent, cue.end, m.start)]
        # "Tokmak, a Russian-held hub", "Lysychansk is the last major Ukrainian-controlled city in the region"
        before = [m for m in mentions if m.end <= cue.start and _BESIDE_BEFORE.fullmatch(sent, m.end, cue.start)]
        if not before and _HELD_AREA_NOUN.match(sent, cue.end):
            # "Shakhtarsk, farther back in Russian-occupied territory", "Kupiansk, one of the main towns in the
            # Russian-held part of Kharkiv": the place set off by its comma lies inside the side's ground
            # ("Oleksiivka in occupied territory": the cue opens on the "in" that sets the place inside)
            opens_in = re.match(r"in\s+", sent[cue.start:cue.end])
            before = [m for m in mentions if m.end <= cue.start and (
                _IN_HELD_AREA.fullmatch(sent, m.end, cue.start)
                or opens_in is not None and _IN_HELD_AREA.fullmatch(sent, m.end, cue.start + opens_in.end()))]
        out = (after or before[-1:])[:1]
        if not out and _HELD_AREA_NOUN.match(sent, cue.end) \
                and (named := _AREA_EXAMPLES.match(sent, cue.end)) is not None:
            # "attacks at Ukrainian-controlled territory across the Dnipro River, in particular, Nikopol": the
            # examples of the side's ground
            return _list_starting_at(sent, mentions, named.end())
        if not out and (incl := _PLURAL_INCLUDING.match(sent, cue.end)) is not None:
            # "the last Ukrainian-held cities in the Donetsk area, including Sloviansk and Kramatorsk": the plural's
            # examples
            return _list_starting_at(sent, mentions, incl.end())
        if not after and before and _PLURAL_APPOSITION.match(sent, before[-1].end):
            # "Kramatorsk and Sloviansk, the last two major cities still held by Ukraine": the list the plural renames
            out = _list_ending_at(sent, mentions, before[-1])
        if after:
            # "Russian-occupied Tokmak and Melitopol": the adjective covers the list it heads
            out = _joined_list(sent, mentions, out)
            if len(out) >= 2 and all(names_oblast(m.raw) for m in out):
                return []    # "in Russian-controlled Donetsk, Luhansk, Kherson and Zaporizhzhia": regions, not cities
        return out
    if cue.mode == "subject" and _AMONG_OPENS.match(sent, 0, cue.start) \
            and (inverted := _INVERTED_COPULA.match(sent, cue.end)) is not None:
        # "Among the areas now fully under Russian control are the villages of A and B": the subject after the verb
        return _list_starting_at(sent, mentions, inverted.end())
    # "Volodymyrivka and Bilovody, two settlements that Russia's Defence Ministry said were now held by Moscow's forces",
    # "Toretsk and Niu-York \u2014 both of which the ministry claimed were now under its control": a reported clause
    # inside a relative, its subject the relative's antecedent (the claim is the reporter's, not the outlet's)
    rel = _REPORTED_RELATIVE.search(sent, max(0, cue.start - 160), cue.start)
    if rel is not None:
        ante = [m for m in mentions if m.end == rel.start()]
        if ante:
            return _list_ending_at(sent, mentions, ante[0])
    # subject: the list just before the cue, within its clause ("X had been “liberated”": not the quote's clause)
    bounds = [0] + [b.end() for b in _SUBJ_START.finditer(
        sent, 0, cue.start - 1 if sent[cue.start - 1:cue.start] in "\"\u201c\u2018'" else cue.start)
        if not (b.group(0).lower() == "said" and _BE_BEFORE.search(sent, max(0, b.start() - 20), b.start())
                and _RAISED_TO.match(sent, b.end()))]
    if len(bounds) > 1 and sent[bounds[-1] - 1] in "\"\u201c" and re.fullmatch(r"\s*(?:[a-z]+ly\s+)*", sent[bounds[-1]:cue.start]):
        bounds.pop()    # 'the villages of A and B were "fully under Ukrainian flag"': the quotation opens the predicate
    if len(bounds) > 2 and sent[bounds[-1] - 1] in "\u2014\u2013" and sent[bounds[-2] - 1] in "\u2014\u2013" \
            and re.search(r"\b(?:cities|towns|villages|settlements|localities|communities|hamlets|areas)"
                          # ("three other villages in the Donetsk region – A, B and C – were now under ...")
                          # ("The settlements of the Kherson region \u2013 A, B and C \u2013 have been officially
                          # confirmed to be liberated": the region "of" the plural, a report's passive before the verb)
                          r"(?:\s+(?:in|of)\s+(?:the\s+)?[A-Z][\w'\u2019-]+(?:\s+(?:region|oblast|province))?)?"
                          r"[\"\u201d']?\s*$",
                          sent[:bounds[-2] - 1]) \
            and re.fullmatch(r"\s*(?:(?:still|now|all|are|were|remain|remains|remained|firmly|have|has|had|come|came|"
                             r"also|been|fully|[a-z]+ly|(?:confirmed|reported|said|declared)\s+to\s+be)\s+)*",
                             sent[bounds[-1]:cue.start]):
        # 'key "fortress cities" \u2014 A, B and C \u2014 still under Ukrainian control' ("these areas \u2014 A, B and C
        # \u2014 have come under Russian control"): the list between the dashes
        # is the subject, set off as an apposition of a plural (not "the region \u2014 anchored by its city, X \u2014 was")
        bounds.pop()
    lo = bounds[-1]
    before = [m for m in mentions if lo <= m.start and m.end <= cue.start]
    if cue.mode == "subject" and mentions and _OPENS_SENTENCE.fullmatch(sent, 0, mentions[0].start) \
            and (pred := _SECOND_PREDICATE.search(sent, mentions[0].end, cue.start)) is not None \
            and pred.end() == cue.start \
            and all(_LOCATOR_BEFORE.search(sent, max(0, m.start - 30), m.start)
                    for m in before if m is not mentions[0]):
        # "Avdiivka is north of Donetsk — but despite months of bombardment remains in Ukrainian hands", "X lies 80 km
        # from Y and has remained under Ukrainian control": a second predicate of the place that opens the sentence
        return [mentions[0]]
    if not before and cue.mode == "subject":
        # "in the settlements of A, B, C, and D that have been liberated": the list the passive relative tells of
        ante = [m for m in mentions if m.end <= cue.start and _PASSIVE_RELATIVE.fullmatch(sent, m.end, cue.start)]
        if ante:
            return _list_ending_at(sent, mentions, ante[-1])
    # "the biggest town to fall to Russia since Bakhmut in May 2023": the earlier fall is told too
    since = [m for m in mentions if cue.since_too and re.fullmatch(r"\s+since\s+", sent[max(0, m.start - 7):m.start])
             and m.start > cue.end] if cue.since_too else []
    if cue.mode == "subject" and (along := _ALONGSIDE_AFTER.match(sent, cue.end)) is not None:
        # "Volnovakha has been liberated by the DPR troops, alongside the settlements of A, B and C": the places
        # the predicate adds after its agent
        since = since + _list_starting_at(sent, mentions, along.end())
    among = _AMONG_THAT.search(sent, max(0, cue.start - 160), cue.start) if not before else None
    ante = [m for m in mentions if among is not None and m.end <= among.start()
            and not sent[m.end:among.start()].strip()]
    if ante:
        # "A, B and C are among the cities that are currently under the control of Russian forces": the list the
        # plural's relative clause tells of
        return _list_ending_at(sent, mentions, ante[-1]) + since
    if not before:
        # "Sudzha, a town in the Kursk region that fell to Ukrainian troops": the relative clause's antecedent is
        # the place its apposition describes
        rel = _relative_after_apposition(sent, cue)
        ante = [m for m in mentions if rel is not None and m.end == rel.start()]
        if ante:
            cue.background = True
            return ante + since
    if cue.mode == "subject" and (not before or cue.start - before[-1].end > SUBJECT_GAP):
        # "Kupyansk, a rail hub in Ukraine's northeastern Kharkiv region, has been liberated": the subject before a
        # long apposition
        # ("Bakhmut, a town that was once home to 70,000 people, was captured": the relative "that" inside the
        # apposition opens no clause of the verb's)
        apposed = [m for m in mentions if m.end < cue.start
                   and all(b <= m.start or sent[:b].lower().endswith("that") for b in bounds)
                   and (d := _DESCRIBED_BETWEEN_COMMAS.match(sent, m.end, cue.start)) is not None
                   and _AUX_ONLY.fullmatch(sent, d.end(), cue.start)]
        if apposed:
            return apposed[-1:] + since
    incl = _INCLUDING_AFTER.match(sent, cue.end)
    if incl is not None and (incl.group("kinds") or re.search(r"\b" + KINDS_PLURAL + r"\b", sent[lo:cue.start], re.I)) \
            and (not before or cue.start - before[-1].end > SUBJECT_GAP):
        # "Several villages in the Donetsk region were liberated from Russian control, including Lobkove": the
        # plural subject's examples follow the verb ("1,100 sq km were freed, including several villages such as A")
        listed = _list_starting_at(sent, mentions, incl.end())
        if listed:
            return listed + since
    if not before or cue.start - before[-1].end > SUBJECT_GAP:
        return since
    gap = sent[before[-1].end:cue.start]
    if _COUNTED_SUBJECT.search(gap) and not _COUNTED_APPOSITION.match(gap) and not _MORE_AFTER.match(gap):
        # "in the Berdyansk direction, eight settlements were liberated: A, B": the subject is the counted plural
        # (not "A, B and several other settlements have been liberated": the list is part of the subject)
        return since
    if _COUNTED_APPOSITION.match(gap):
        cue.background = True    # "A and B, two cities under Russian occupation": the outlet's description
    relative = bool(_RELATIVE.search(gap + " ") or re.search(r",\s+(?:which|that)\b", gap)
                    # "near Kherson, a city under Russian control": a verbless apposition that tells its holder
                    or _APPOSED_UNDER.fullmatch(gap) and re.match(r"under\b", sent[cue.start:cue.end], re.I))
    if relative or re.fullmatch(r"\s+(?:which|that)\s+(?:is|was|remains|remained)\s+(?:still\s+)?", gap):
        # "the town of Sudzha which is under Kyiv's control": the clause describes the place, in the article's
        # voice, wherever the place itself is ("near the town of")
        cue.background = True
        relative = True
    out = [before[-1]]
    opened = sent.rfind("(", 0, out[0].start)
    if opened > sent.rfind(")", 0, out[0].start) and ")" in sent[out[0].end:cue.start]:
        # "Andriivka (a village neighbouring Kindrativka) was recaptured": the place the bracket describes
        held = [m for m in before[:-1] if m.end <= opened and not sent[m.end:opened].strip()]
        out = held[-1:] or out
    beside = [m for m in before[:-1] if _BESIDE_APPOSITION.fullmatch(sent, m.end, out[0].start)]
    if beside and gap.lstrip().startswith(","):
        # "Avdiivka, adjacent to Maryinka, remains in Ukrainian hands": the apposition locates the subject
        out = beside[-1:]
    head = _IN_KIND_BEFORE.search(sent, 0, out[0].start)
    if head and not relative:
        # "Sloviansk, one of the two biggest cities in Donetsk still under Ukrainian control": the place the
        # apposition describes, not the region that locates it
        apposed = [m for m in before if _APPOSITION_HEAD.fullmatch(sent, m.end, head.start())]
        # ("the Yunakivka settlement in Sumy has fallen": the name right before its kind noun, the subject itself)
        named_kind = [m for m in before if re.fullmatch(r"\s+", sent[m.end:head.start()])]
        if apposed:
            out = apposed[-1:]
            # the apposition names its place whatever stands before it ("towards taking X, one of"), in the
            # outlet's voice
            relative = cue.background = True
        elif named_kind:
            out = named_kind[-1:]
    if relative and _POSITION_NEAR.search(sent, max(lo, out[0].start - 70), out[0].start):
        # "a stronghold north of Nesteryanka, which had been held by Ukrainian forces": the clause tells of the
        # position the place locates, not of the place
        return since
    if _FACILITY_IN.search(sent, max(lo, out[0].start - 50), out[0].start):
        # "Ukraine's largest power plant in Zaporizhzhia, a nuclear-powered plant, was captured": the facility the
        # place locates was taken, not the place
        return since
    # "the villages of A, B, and C, as well as the city of D, came under Russian control"
    out = _list_ending_at(sent, before, out[0])
    if relative and (located := [m for m in before if m.end < out[0].start
                                 and re.fullmatch(r"\s+(?:near|outside|close\s+to)\s+", sent[m.end:out[0].start])]) \
            and re.match(r"\s*,\s+(?:which|that)\b", sent[out[-1].end:cue.start]):
        # "the mayor of Bucha near Kyiv, which was liberated on Thursday": the clause tells of the place the locative
        # follows, not of the city that locates it
        out = _list_ending_at(sent, before, located[-1])
    if not relative and (_BLOCK.search(_past_kind_clause(sent[max(lo, out[0].start - 30):out[0].start]))
                         or _LOCATED_BY_KIND.search(sent, max(lo, out[0].start - 70), out[0].start)):
        # "the villages of Hirske and Zolote south of Lysychansk came under ...": the subject is the list the
        # locative follows, not the place that locates it
        located = [m for m in before if m.end < out[0].start and _LOCATIVE_GAP.fullmatch(sent, m.end, out[0].start)]
        apposed = [m for m in before if m.end < out[0].start and _LOCATED_APPOSITION.fullmatch(sent, m.end, out[0].start)]
        if not located and apposed and re.fullmatch(r"\s+", gap):
            # "Selydove, a key town outside of Pokrovsk taken by Russia in October": the participle right after the
            # locating town describes the town the apposition is about, in the outlet's voice
            located = apposed
            cue.background = True
        elif not located and apposed and _APPOSITION_CLOSED.fullmatch(gap):
            # "Irpin, a town outside Kyiv, had been retaken": the apposition closed, the verb is its place's
            located = apposed
        if not located:
            return since
        out = _list_ending_at(sent, before, located[-1])
    return out + since


# the plain glue of a list: a comma, "and", or both ("A, B and C", "A and B")
_AND_GLUE = re.compile(r"\s*(?:,\s*(?:and\s+)?|,?\s+and\s+)")
# a plural kind noun right after the names ("the liberated Mykolaiv and Kherson settlements")
_PLURAL_NOUN_NEXT = re.compile(r"\s+(?:" + KINDS_PLURAL + r"|regions|oblasts|areas|districts)\b", re.I)


def _joined_list(sent: str, mentions: list[_Mention], out: list[_Mention]) -> list[_Mention]:
    """``out`` (one place) and the places joined to it by commas and "and" after it."""
    joined = list(out)
    for m in mentions:
        if joined and m.start > joined[-1].end \
                and _AND_GLUE.fullmatch(sent, joined[-1].end, m.start):
            joined.append(m)
    if len(joined) > len(out) and _PLURAL_NOUN_NEXT.match(sent, joined[-1].end):
        return out      # ("the liberated Mykolaiv and Kherson settlements": the names are the plural noun's adjectives)
    return joined


_ALONGSIDE_AFTER = re.compile(r"(?:\s+by\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}?(?:troops|forces|army|units|fighters|militia|"
                             r"servicemen|soldiers))?\s*,?\s+(?:alongside|along\s+with|together\s+with|as\s+well\s+as)\s+"
                             r"(?:the\s+)?(?:(?:nearby|neighbou?ring|adjacent)\s+)?" + KINDS_PLURAL + r"\s+of\s+", re.I)


# a locative and the described place it may name: "south of", "near the key frontline town of"
_LOCATIVE = r"(?:(?:to\s+the\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|near|outside|close\s+to)"
_DESCRIBED_KIND = r"the\s+(?:[\w-]+\s+){0,3}?(?:city|town|village)\s+of\s+"
# ("Yampil and Stavky, all near Lyman, had been liberated": the list's own locative, its quantifier first)
_BESIDE_APPOSITION = re.compile(rf",\s+(?:(?:all|both|each)\s+)?(?:adjacent\s+to|next\s+to|{_LOCATIVE})\s+"
                                rf"(?:{_DESCRIBED_KIND})?", re.I)
# (", also located south of the city of X": the participle that introduces the locative)
# ("A, B and C near the border with Russia, north of Kharkiv, have been liberated": the border first, then the town)
_LOCATIVE_GAP = re.compile(r"(?:\s+(?:near|along|on|at)\s+the\s+(?:[\w-]+\s+)?border(?:\s+with\s+(?:Russia|Ukraine))?)?"
                           rf",?\s+(?:(?:also\s+)?(?:located|situated|lying)\s+)?{_LOCATIVE}\s+(?:{_DESCRIBED_KIND})?",
                           re.I)
# "near the key frontline town of Bakhmut": a locative whose described place starts further back than _BLOCK looks
_LOCATED_BY_KIND = re.compile(rf"\b{_LOCATIVE}\s+{_DESCRIBED_KIND}$", re.I)
_IN_KIND_BEFORE = re.compile(r"\b(?:cit(?:y|ies)|towns?|villages?|settlements?)\s+in\s+(?:the\s+)?$", re.I)
# (a headline's apposition without its article: "Lysychansk, last Ukrainian-held city in Luhansk, falls to Russians")
_BARE_APPOSITION_LEAD = r"(?:last|only|first|key|largest|biggest|main)"
_APPOSITION_HEAD = re.compile(r",\s+(?:one\s+of\s+)?(?:(?:the|a|an)\s+|(?=" + _BARE_APPOSITION_LEAD + r"\s))"
                              r"(?:[\w-]+\s+){0,4}?", re.I)
_LOCATED_APPOSITION = re.compile(
    # ("Irpin and Bucha, commuter cities outside Kyiv,": a plural apposition of a list)
    r",\s+(?:(?:a|an|another|the)\s+(?:[\w-]+\s+){0,2}?(?:village|town|city|settlement|hamlet)|"
    r"(?:[\w-]+\s+){0,2}?(?:villages|towns|cities|settlements|suburbs))\s+"
    r"(?:near|outside(?:\s+of)?|close\s+to|(?:just\s+)?(?:north|south|east|west)(?:east|west)?\s+of|in)\s+(?:the\s+)?"
    r"(?:(?:city|town|village)\s+of\s+)?"
    # ("Avdiivka, a suburb of Donetsk city that the Kremlin's forces captured": the suburb the clause tells of)
    r"|,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?suburb\s+of\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?", re.I)
# the comma that closes an apposition, then the auxiliaries of the verb ("Irpin, a town outside Kyiv, had been ...")
_APPOSITION_CLOSED = re.compile(r",\s+(?:(?:has|have|had|was|were|is|are|now|also)\s+)*(?:been\s+)?", re.I)
# a finite verb of the name's own clause (reporting_verbs._FINITE_AFTER reads one token; this, the text after a place)
_OWN_VERB_AFTER = re.compile(r"\s+(?:faced|faces|has|have|had|was|is|will|would|must|can|could|needs|wants|remains|"
                             r"continues|hopes|plans|says|said)\b")
# a reporting verb right after a name makes it the subject of a clause of its own, not an object
_SPEAKS_AFTER = re.compile(r"\s+(?:saying|says|said|claiming|claimed|reporting|reported|announcing|announced|denying|"
                           r"denied|insisting|insisted)\b")
_PASSIVE_RELATIVE = re.compile(r"\s+(?:that|which)\s+(?:(?:have|has|had)\s+(?:now\s+|already\s+)?been|were|was)\s+"
                               r"(?:[a-z]+ly\s+)?")
_POSSESSOR = re.compile(r"['\u2019]s\s+(?!(?:capture|fall|liberation|seizure|recapture|surrender)\b)[a-z]")
# "Berdyansk and Melitopol, two Ukrainian cities under Russian occupation": the count describes the list before it
# (and "Melitopol, one of three large cities under Russian control": the place one of the counted)
_COUNTED_APPOSITION = re.compile(r"\s*,\s*(?:one\s+of\s+)?(?:the\s+)?"
                                 r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several)\b", re.I)
_COUNTED_SUBJECT = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|"
                              r"dozens?\s+of|these|the\s+following)\s+(?:[\w-]+\s+)?" + r"(?:villages|towns|settlements|cities|localities)\b",
                              re.I)
_APPOSED_KIND = re.compile(r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:city|town|village|settlement|capital|hub)\s+", re.I)
_BESIDE_GAP = re.compile(r"\s+(?:(?:[a-z]+\s+){0,2}(?:city|cities|town|towns|village|villages|settlements?|hub|strongholds?|bastions?|outposts?|garrison|port|capital|"
                         # ("the Russian-held city Bakhmut": the kind noun without its "of")
                         r"cent(?:er|re))\s+(?:of\s+|"
                         # ("Ukrainian-held cities such as Kramatorsk and Sloviansk": the examples of the plural kind)
                         r"(?<=s\s)(?:such\s+as|including|like)\s+)?)?", re.I)
# ("Bakhmut in the east, a small city captured by ...": the place's own short locative before the comma)
_BESIDE_BEFORE = re.compile(r"\s*\(\s*|"    # ("Zaporizhzhia (Ukrainian-held) and Donetsk (Russian-held)": a bracket)
                            r"(?:(?:\s+in\s+the\s+(?:north|south|east|west|northeast|northwest|southeast|southwest)|"
                            r"\s+in\s+(?:the\s+)?(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?:region|oblast|province))?)?,\s+|\s*[\u2014\u2013]\s*|\s+(?:is|was|remains|remained)\s+(?:still\s+|now\s+)?)"
                            # ("Kramatorsk and Sloviansk, two of the last major Ukrainian-held cities")
                            # ("Kramatorsk is one of Ukraine's last strongholds": the side's possessive, no article)
                            # (the fullmatch ends where the cue's possessive starts, so no look past it)
                            r"(?:(?:one|two|three|four|some|several|both)\s+of\s+(?=$)|"
                            r"(?:(?:one|two|three|four|some|several|both)\s+of\s+)?(?:a|an|the)\s+)"
                            r"(?:(?:last|only|first|major|main|largest|biggest|key|strategic|fully|completely|two|three|"
                            r"remaining|important|small|big|large)\s+){0,3}"
                            # ("Sievierodonetsk, the largest Donbas city still held by Ukraine": a region's name as
                            # the noun's adjective)
                            r"(?:(?-i:[A-Z])[a-z'\u2019-]+\s+)?"
                            # "X, a rail hub now occupied by ...", "X, a factory town Russia captured": the words before
                            # the apposition's noun, where place_cues.py's apposition cues start
                            # (no preposition: "X, a city in Russian-occupied Kharkiv region" says nothing of X)
                            # ("Tokmak\u2014a road and rail hub now occupied by": a dash sets it off too)
                            r"(?:(?:(?<=,\sa\s)|(?<=[\u2014\u2013]a\s)|(?<=[\u2014\u2013]\sa\s))"
                            r"(?:(?!(?:in|near|of|on|at|from|to|by|with|the|outside|inside|"
                            r"between|behind|beyond)\s)[a-z-]+\s+){1,3}?)?")


_PLURAL_APPOSITION = re.compile(r"\s*,\s+(?:(?:two|three|four|some|several|both)\s+of\s+)?the\s+(?:[\w-]+\s+){0,3}"
                                r"(?:towns|cities|villages|settlements)\b")
# the side's ground as a whole, after its adjective ("in Russian-occupied territory", "the Russian-held part of"), and the
# comma and words that set a place before it ("X, farther back in", "X, one of the main towns in the")
# ("Oleshky in Russian-occupied southern Ukraine": the country's part by its compass point)
_HELD_AREA_NOUN = re.compile(r"\s+(?:territory|territories|part|parts|areas?|zone|lands?|"
                             r"(?:southern|eastern|northern|south-eastern|southeastern)\s+Ukraine)\b")
# ("The residents of Oleshky in Russian-occupied southern Ukraine": right after the name, no comma, the same)
# (not "X, said in late April that farmers in the occupied territories": a clause of its own between)
_IN_HELD_AREA = re.compile(r",\s+(?:(?![^,;.:]*?\b(?:that|said|says|told|tells|who|which)\b)[^,;.:]{0,80}?\s)?"
                           r"in\s+(?:the\s+)?|\s+in\s+(?:the\s+)?")
# the examples of the side's ground after it ("Ukrainian-controlled territory across the river, in particular, X")
_AREA_EXAMPLES = re.compile(r"[^.;:,]{0,60},\s+(?:in\s+particular|including|notably|such\s+as)\s*,?\s+(?=[A-Z])")
# a sentence that opens on "Among the ..." and puts its subject after the copula ("Among the areas now under Russian
# control are the villages of A and B")
_AMONG_OPENS = re.compile(r"\W*Among\s+(?:the\s+)?[^,.;:]{0,60}$")
_INVERTED_COPULA = re.compile(r"\s+(?:are|were)\s+" + ITEM_KIND_OF, re.I)


# a position and where it lies: "a stronghold north of X", "positions near the village of X"
_POSITION_NEAR = re.compile(r"\b(?:stronghold|strongpoint|positions?|fortifications?|fortified\s+area|trench(?:es)?|"
                            r"outpost|base|depot|checkpoint|bridgehead|foothold)\s+"
                            rf"(?:\d+\s*(?:km|kilomet\w+|miles?)\s+)?{_LOCATIVE}\s+(?:{_DESCRIBED_KIND})?$", re.I)
# a past participle after the places it tells of: "the cities of Izium, Kupiansk and Balakliia, retaken",
# "declaring Staromaiorske liberated"
_PARTICIPLE = re.compile(r"(?:liberated|freed|retaken|recaptured|captured|seized|taken)\s*", re.I)
_DECLARE_BEFORE = re.compile(r"\b(?:declar|pronounc|proclaim|announc|consider|deem)\w*\s+(?:the\s+)?$", re.I)
_KIND_PLURAL_BEFORE = re.compile(r"\b" + KINDS_PLURAL + r"\s+(?:[a-z]+ly\s+)?$", re.I)
_DASH_LIST = re.compile(r"[^.;:\u2014\u2013]{0,30}?\s*(?:[\u2014\u2013:]|\s-\s)\s*")
# ("the recently liberated Ukrainian city of Kherson": the country's adjective among the kind's words)
# ("west of the captured former Ukrainian stronghold of Avdiivka": what reporting calls a town, after what it was)
_PARTICIPLE_GAP = re.compile(r"\s+(?:(?:[a-z]+\s+|Ukrainian\s+|Russian\s+){0,3}(?:city|town|village|settlement|"
                             r"stronghold|hub)\s+of\s+)?")
PARTICIPLE_PLURAL = re.compile(r"\s+(?:[a-z]+\s+){0,2}(?:cities|towns|villages|settlements)\s+(?:of|as)\s+(?=[A-Z])")


def _list_before_participle(sent: str, cue: Cue, mentions: list[_Mention]) -> list[_Mention]:
    before = [m for m in mentions if m.end <= cue.start]
    if not before:
        return []
    last = before[-1]
    gap = sent[last.end:cue.start]
    out = [last]
    for m in reversed(before[:-1]):
        if not _AND_GLUE.fullmatch(sent, m.end, out[0].start):
            break
        out.insert(0, m)
    # ("On the west side is Kherson city, liberated from Russian occupation": the name's own kind word before the comma)
    if re.fullmatch(r"(?:\s+(?:city|town|village))?\s*,\s*", gap) \
            or (re.fullmatch(r"\s+", gap) and _DECLARE_BEFORE.search(sent, 0, out[0].start)):
        return out
    if _APPOSED_KIND.fullmatch(gap) and _BY_AGENT.match(sent, cue.end):
        cue.background = True
        return out[-1:]          # "Kherson, the only regional capital captured by Moscow": the apposition's place
    return []


# "a number of large cities remain under enemy occupation. I'm talking about A, B and C": the next sentence names them
# ("such settlements of the Kherson region have already been liberated: A, B": the region the plural is of)
_KIND_PLURAL_SUBJECT = re.compile(r"\b" + KINDS_PLURAL + r"\s+(?:(?:of|in)\s+(?:the\s+)?[A-Z][\w'\u2019-]+\s+"
                                  r"(?:[Rr]egion|[Oo]blast)\s+)?"
                                  # "four villages inside the border that he said were now held by": where they lie,
                                  # and the relative clause the cue is in
                                  r"(?:(?:inside|along|near|on)\s+the\s+[a-z]+\s+)?"
                                  # ("four villages he said were now held by": the relative pronoun left out)
                                  r"(?:(?:(?:that|which)\s+)?(?:he|she|they|it|officials)\s+(?:said|says)\s+)?"
                                  r"(?:[a-z]+\s+){0,3}$", re.I)
# "the following 10 settlements"; "a string of four villages"
_KIND_PLURAL_OBJECT = re.compile(r"\s*(?:(?:a|an)\s+(?:string|series|cluster|group|number|handful)\s+of\s+)?"
                                 r"(?:[\w-]+\s+){0,3}" + KINDS_PLURAL + r"\b", re.I)
_NAMING_START = re.compile(
    # ("Details: According to Ukrainska Pravda, those are the settlements of A, B and C": the source first)
    r"\s*(?:Details\s*:\s*)?(?:According\s+to\s+[^,.;:]{1,60},\s*)?"
    r"[\"\u201c]?(?:I['\u2019]m\s+talking\s+about|I\s+mean|(?:These|Those|They)\s+(?:are|were|include[sd]?)|"
    # ('"This involves <...> the villages of A, B and C"': the translated "речь идёт о", an elision marked or not)
    r"(?:This|These|It)\s+(?:involves?|concerns?)(?:\s*(?:<\.\.\.>|\[\.\.\.\]|\.\.\.|\u2026))?|"
    r"Among\s+them\s*,|" + AMONG + r"|Namely|They\s+are\s+called|"
    r"The\s+(?:largest|biggest|main|most\s+important)\s+(?:of\s+them|ones)\s+(?:are|were|include[sd]?)|"
    # "The settlements that have reportedly been recaptured include: A, B": the plural of the sentence before
    r"The\s+" + KINDS_PLURAL + r"\s+(?:(?:that|which)\s+(?:have|had|has)\s+(?:[a-z]+ly\s+)?been\s+(?:[a-z]+ly\s+)?"
    r"(?:recaptured|liberated|captured|retaken|taken|seized|freed)\s+)?include[sd]?|"
    # "The liberated areas include A, B and C": the places the sentence before counted, by their participle
    r"The\s+(?:liberated|recaptured|captured|retaken|freed|de-?occupied|seized)\s+(?:areas|" + KINDS_PLURAL
    + r")\s+include[sd]?|"
    # "The settlements are named as A in X region, B in Y region, and C": the same, named
    r"The\s+(?:three\s+|two\s+|four\s+|five\s+)?" + KINDS_PLURAL
    + r"\s+(?:are|were)\s+(?:named|called|identified|listed)\s+as|"
    # "The settlements named were A in X and B in Y"; "The villages - A, B, C and D - are located south of ...": the
    # same, the list apposed between dashes
    r"The\s+(?:three\s+|two\s+|four\s+|five\s+)?" + KINDS_PLURAL + r"\s+(?:named|listed|mentioned)\s+(?:are|were)|"
    # ("These settlements \u2013 A, B and C \u2013 are all located on the border"; "These villages are A and B": the
    # demonstrative of the count the sentence before gave)
    r"(?:The|These|Those)\s+(?:three\s+|two\s+|four\s+|five\s+)?" + KINDS_PLURAL + r"\s*[\u2013\u2014-](?=\s*[A-Z])|"
    r"(?:These|Those)\s+(?:three\s+|two\s+|four\s+|five\s+)?" + KINDS_PLURAL + r"\s+(?:are|were)(?=\s+[A-Z])|"
    # "The ministry's report named the three as A, B and C"
    r"[^.;:]{0,60}?\b(?:named|listed|identified)\s+(?:them|the\s+(?:two|three|four|five|six|seven|eight|\w+s))\s+as)"
    r"\s*:?\s+"
    + ITEM_KIND_OF, re.I)   # "Among them, the city of A and the village of B"
# a Ukrainian outlet's line that names its source between the lede and the details
_SOURCE_LINE = re.compile(r"\s*Source\s*:")
# "full control was established over Lisichansk and a number of nearby settlements. The largest of them are ...":
# a list that ends in an uncounted plural continues in the next sentence's names
_MORE_AFTER = re.compile(r"\s*,?\s+and\s+(?:a\s+number\s+of|several|some|other|a\s+few)\s+(?:[\w-]+\s+){0,2}?"
                         + KINDS_PLURAL + r"\b", re.I)
# "... over Lisichansk and some nearby settlements, the largest of which are A, B and C": the list in the same sentence
WHICH_ARE = re.compile(r"\s*,?\s*(?:the\s+" + LARGEST_OF + r"|including|among\s+them|such\s+as)\s*:?\s+"
                       + ITEM_KIND_OF, re.I)


# the colon (or dash) that opens the list a plural announces, later in its own clause
# ("...: they are A, B and C"; "named the three captured settlements as A, B and C")
# (", and most recently A, B and C", "... such as A and B": the examples of the plural)
# ("7 villages were retaken (A, B, C and D)": the list in brackets)
_LIST_COLON = re.compile(r"[^.;:\u2014\u2013]{0,100}?(?::|\u2014|\s[-\u2013]\s|\s--\s|(?<=s)\s+as\s+(?!well\b)|"
                         + BRACKET_LIST_OPEN + r"|"
                         # (", the most recent one being A": the newest of them)
                         r"(?:\s*\u2026|,)?\s+(?:and\s+)?(?:most\s+recently|notably|including|such\s+as|"
                         r"the\s+(?:most\s+recent|latest)(?:\s+one|\s+of\s+(?:them|which))?\s+being|"
                         # (", the largest of which is Sudzha": the biggest of the places counted)
                         r"the\s+(?:largest|biggest)\s+(?:one\s+)?of\s+(?:them|which)\s+(?:is|was|being))\s)\s*"
                         r"(?:(?:they|these)\s+(?:are|were|include|included)\s+)?", re.I)


# (or after a comma and "notably": "full control of Lysychansk and other nearby towns, notably A, B and C")
_AND_PLURAL_LIST = re.compile(r"\s+and\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?" + KINDS_PLURAL + r"\s*(?::|[\u2014\u2013]|\s-|"
                              r",\s*(?:notably|including|namely|such\s+as|among\s+them|in\s+particular))\s*"
                              + ITEM_KIND_OF, re.I)
# ("the two biggest remaining Ukrainian-controlled cities in the Donetsk region – Kramatorsk and Sloviansk": the
# plural's list after a dash)
_PLURAL_INCLUDING = re.compile(r"\s+(?:[a-z-]+\s+)?(?:cities|towns|villages|settlements|strongholds|hubs)\b[^.;:,]{0,50},\s+"
                               r"(?:including|among\s+them|such\s+as)\s+(?:the\s+(?:cities|towns|villages)\s+of\s+)?"
                               r"|\s+(?:cities|towns|villages|settlements)(?:\s+in\s+(?:the\s+)?[A-Z][\w'\u2019-]+"
                               r"(?:\s+(?:region|oblast|province))?)?\s*(?:[\u2013\u2014]|\s-)\s*(?=[A-Z])", re.I)
# (", including several villages such as A, B and C": the plural named in the phrase itself)
_INCLUDING_AFTER = re.compile(r"[^.;:,]{0,60},\s+(?:including|among\s+them|such\s+as)\s+(?P<kinds>(?:several|some|many|a\s+number\s+of)"
                              r"\s+(?:[a-z-]+\s+)?" + KINDS_PLURAL + r"\s+(?:such\s+as|like)\s+)?" + ITEM_KIND_OF, re.I)
# "A, B, C and other settlements": a list the plural closes
_AND_OTHERS = re.compile(r",?\s+and\s+(?:many\s+|several\s+|a\s+few\s+)?other\s+"
                         r"(?:settlements|villages|towns|cities|localities|places)\b", re.I)


# an item's other name in brackets, which does not end the object: "(Yanvarske), "
_CONVERTED = re.compile(r"\(\s*(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?\d[\d,.]*\s*"
                        r"(?:square\s+|sq\.?\s*)?(?:kilomet(?:er|re)s?|km2?|km\u00b2|miles?|mi)\s*\)", re.I)
_OTHER_NAME = re.compile(r"\((?:(?:known|referred\s+to)\s+as\s+|formerly\s+)?[A-Z][\w'\u2019-]+"
                         r"(?:\s[A-Z][\w'\u2019-]+)?(?:\s+in\s+(?:Ukraine|Ukrainian|Russia|Russian))?\)(?=,|\s+and\b)")
_BRACKET_OPENS = re.compile(r"\s*\(\s*")
_BRACKET_CLOSES = re.compile(r"\s*\)")


def _other_name_of(sent: str, item: _Mention, m: _Mention) -> bool:
    """Is ``m`` the other name of ``item`` in brackets right after it ("Sichneve (Yanvarske), Maliivka")?"""
    return bool(_BRACKET_OPENS.fullmatch(sent, item.end, m.start) and _BRACKET_CLOSES.match(sent, m.end))


_KIND_AFTER_NAME = re.compile(r"\s+(?:city|town|village|settlement)\b")


def _list_ending_at(sent: str, mentions: list[_Mention], last: _Mention) -> list[_Mention]:
    """The list of places that ends with ``last`` ("A, B, as well as the city of C")."""
    out = [last]
    before = [m for m in mentions if m.end <= last.start]
    for i in range(len(before) - 1, -1, -1):
        m = before[i]
        if i > 0 and _other_name_of(sent, before[i - 1], m):
            continue     # the other name in brackets of the item before it
        # ("Pokrovsk city in the Donetsk region and Vovchansk city in the Kharkiv region were taken": each item
        # with its kind and its oblast)
        pos = _KIND_AFTER_NAME.match(sent, m.end)
        pos = pos.end() if pos else m.end
        loc = item_locative(sent, pos)
        glue = sent[loc.end() if loc else pos:out[0].start]
        # ("..., Novovoskresenske, Novohryhorivka Petropavlivka and others were liberated": a comma the copy lost
        # between two known names, inside a list that has its commas)
        lost_comma = glue == " " and (m.place is not None or m.candidates) \
            and (out[0].place is not None or out[0].candidates) and i > 0 \
            and re.fullmatch(r"\s*,\s*", sent[before[i - 1].end:m.start]) is not None
        if not (_LIST_GLUE.fullmatch(glue) or lost_comma):
            break
        out.insert(0, m)
    return out


def _list_starting_at(sent: str, mentions: list[_Mention], pos: int) -> list[_Mention]:
    """The list of places that starts at offset ``pos`` and goes on while list glue joins them."""
    out: list[_Mention] = []
    for m in mentions:
        if m.start < pos or out and _other_name_of(sent, out[-1], m):
            continue     # ("Sichneve (Yanvarske), ...": the other name of the item before)
        # ("A in Donetsk and B in Kharkiv": an oblast named bare locates its item too)
        loc = (item_locative(sent, pos) or ITEM_APPOSITION.match(sent, pos)) if out else None
        if loc is not None and m.start < loc.end():
            continue       # the oblast that locates the item before: "A in the Zaporizhzhia region, B in ..."
        gap_from = loc.end() if loc is not None else pos
        if m.start != pos and not _LIST_GLUE.fullmatch(sent[gap_from:m.start]):
            break
        out.append(m)
        pos = m.end
    return out



def _colon_list(sent: str, cue: Cue, mentions: list[_Mention]) -> list[_Mention]:
    """"The following villages returned to Ukraine's control: A, B and C": the names after the colon."""
    opened = _LIST_COLON.match(sent, cue.end)
    return _list_starting_at(sent, mentions, opened.end()) if opened else []


def _named_next(state: _State, nxt: int) -> list[_Mention]:
    if _SOURCE_LINE.match(state.sent(nxt)) and nxt + 1 < len(state.sentences):
        nxt += 1    # "... captured four border villages. / Source: ... / Details: these are the settlements of A, B"
    sent = state.sent(nxt)
    start = _NAMING_START.match(sent)
    if start is None:
        return []
    return _list_starting_at(sent, state.mentions_of(nxt), start.end())
