"""Precision guards: numbers that look like territory figures but are not.

Real reporting is full of figures next to control verbs that are not claims about ground
held: a poll's 22%, "about half an hour", "19 miles from the city centre", an aim ("wants to
take not just a third of the country"), a hypothetical ("could lose half"), a denial ("has not
captured a single village"). `not_territory` returns the reason a figure is rejected, or None.
Each guard is a general linguistic pattern; the unit tests (tests/unit/test_figure_guards.py)
use sentences of our own.
"""
from __future__ import annotations

import re

from pipelines.extraction.area_lexicon import FIGHT_FOR, UNTRUE
from pipelines.extraction.numbers import AREA_UNIT, Quantity
from pipelines.extraction.places import find_places
from pipelines.extraction.regions import region_of

# "half an hour", "a third of the time", "a quarter of a century": fractions of time
_TIME_AFTER = re.compile(
    r"\s*(?:of\s+(?:the|a|an|that|this)\s+)?(?:an?\s+)?(?:hours?|minutes?|days?|weeks?|months?|years?|decades?|century|"
    r"centuries|time|period|war|session)\b",
    re.IGNORECASE,
)
# "44% less land than in August", "50% more territory": a comparison, not a share held
_COMPARATIVE_AFTER = re.compile(r"\s*(?:less|more|fewer|lower|higher|smaller|larger|greater|slower|faster)\b", re.IGNORECASE)
# "almost 2,000 square kilometres more than over the same period": the difference between two figures
# (and with the compared periods between: "took almost 150 km2 less in March than in February")
_MORE_THAN_AFTER = re.compile(r"(?:\s+of\s+(?:land|territory))?\s+(?:more|less|fewer)(?:\s+(?!than\b)[\w'\u2019-]+){0,4}?\s+than\b",
                              re.IGNORECASE)
# surveys and votes: any share in such a sentence is a share of people, not of land
_POLL = re.compile(
    r"\b(?:polls?|polled|survey(?:s|ed)?|respondents?|pollsters?|sociolog\w*|voters?|votes?|voted|ballots?|"
    r"referendum|KIIS|Levada|Gallup|approval|turnout|public\s+opinion|opinion\s+poll)\b",
    re.IGNORECASE,
)
# the deepest advance a figure may tell: Ukraine is some 1,300 km across, and no push of 2022-2025 went past ~150 km
_LONGEST_ADVANCE_KM = 400
# "It is held in 18 settlements": an event's passive, "held in", not a side's "held by"
_HELD_IN = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+held\s+in\s+(?:(?:about|some|almost|nearly|around|over|"
                      r"more\s+than)\s+)?$", re.IGNORECASE)
# a company's owners and their stakes, not ground
_OWNERSHIP = re.compile(r"\b(?:shareholders?|shareholdings?|stakes?\s+in|equity|stock\s+exchange|ownership\s+stake)\b",
                        re.IGNORECASE)
# a distance to somewhere is not a depth of advance: "19 miles from the city centre", "10 km away",
# "to within 5 km of", "15 km short of", "some 30 km outside"
_DISTANCE_TO = re.compile(
    # ("advanced 13.5 km beyond the administrative border": the depth past it, as "from the border")
    # ("some 15 kilometers (nine miles) from the town": the conversion in brackets first)
    r"\s*(?:\)\s*)?(?:\([^()]{1,30}\)\s*)?"
    # (not "to advance roughly 32 km from Avdiivka in the Donetsk region to Pokrovsk": the way from one town to another)
    r"(?:from(?!\s+(?:the\s+)?(?:state\s+)?(?:border|frontier|starting))(?![^.;,]{1,60}?\bto\s+(?-i:[A-Z]))|"
    r"away|outside|short\s+of|off|"
    r"beyond(?!\s+(?:the\s+)?(?:(?:state|administrative|national)\s+)?(?:border|frontier))|"
    r"(?:north|south|east|west|northeast|northwest|southeast|"
    # ("23km east of the Donetsk-Dnipropetrovsk region border": the noun after its modifiers)
    r"southwest)(?:ern)?\s+of\s+(?:(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}?(?:city|town|centre|center|border|capital|"
    r"village)|where)|"
    r"of\s+(?:the\s+)?(?:city|town|centre|center|border|capital|frontline|front\s+line|front))\b",
    re.IGNORECASE,
)
# "Chasiv Yar, roughly 10 miles west of Bakhmut", "Vovchansk, a town 5 km south of the border": a place located by
# its distance from another (the figure set off by a comma, or after an apposition's noun)
# ("Grayvoron, a small town about six miles to the northeast": the point of the compass alone, from the place before)
# ("Makariv, about 30 miles west of central Kyiv": the city's centre named by its adjective)
_DIRECTION_OF_NAME = re.compile(r"\s*(?:\([^()]{1,25}\)\s*)?(?:(?:north|south|east|west)(?:east|west)?(?:ern)?\s+of\s+"
                                r"(?:the\s+)?(?:(?:central|downtown|greater)\s+)?(?-i:[A-Z])|"
                                r"(?:to\s+the\s+)?(?:north|south|east|west)(?:east|west)?"
                                r"(?:\s+of\s+it)?\s*(?:[.;,)]|$))", re.IGNORECASE)
_LOCATED_BEFORE = re.compile(r"\b(?:situated|located|lying|lies|sits)\s+(?:about\s+|some\s+|roughly\s+|around\s+|"
                             r"nearly\s+|almost\s+|just\s+|only\s+|approximately\s+)?$", re.IGNORECASE)
# "at a point 70 km northwest of where ...": where something happened, located by its distance from another place
_AT_A_POINT = re.compile(r"\b(?:at|to|from)\s+a\s+(?:point|spot|place|location|position)\s+(?:(?:about|some|roughly|around|"
                         r"nearly|almost|just|only)\s+)?$", re.IGNORECASE)
# (or in parentheses after the name: "advanced west of Verbove (9 km east of Robotyno)")
_APPOSED_BEFORE = re.compile(r"(?:,|[A-Z][\w'\u2019-]+\s+\(|"
                             # ("Pokrovsk, a key logistics hub roughly 50 km west of Toretsk": up to three words before)
                             r"\b(?:a|the)\s+(?:[a-z-]+\s+){0,3}(?:town|city|village|settlement|hub))\s*"
                             # ("Dobropillia, situated about 22 km north of Pokrovsk")
                             r"(?:(?:situated|located|lying|which\s+is|that\s+is)\s+)?"
                             r"(?:(?:roughly|about|some|around|nearly|almost|just|only|approximately)\s+)?$")
# "almost 4,000 square kilometres (1,500 miles)": the area again, in other units
_AREA_THEN_PAREN = re.compile(AREA_UNIT + r"\s*\(\s*(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+)?$", re.IGNORECASE)
# "11 km along the front and 3 km deep": a breadth of front, not an advance's depth
_ALONG_FRONT = re.compile(r"\s*(?:\)\s*)?(?:wide\s+)?(?:along|across)\s+(?:the\s+)?(?:front|frontline|front\s+line)\b"
                          # the length of the line itself: "the roughly 1,000km (621-mile) front line", "a 1,200-km border"
                          r"|(?:\s*\([^()]{1,25}\))?[\s-]*(?:long\s+)?(?:front|frontline|front\s+line|border|line\s+of\s+contact)\b"
                          # a part of the line: "along about 100 km of the 1,200-km front", "a 100 km stretch of the front"
                          r"|\s*(?:stretch|section|segment|length|sector|swath|portion)?\s*of\s+(?:the|a|an)\s+"
                          r"(?:[\d,.]+[\s-]*(?:km|kilomet(?:re|er)s?|miles?)\s+|[a-z-]+\s+){0,2}"
                          r"(?:front|frontline|front\s+line|line\s+of\s+contact)\b",
                          re.IGNORECASE)
# "212.9 sq km were cleared of saboteurs": a sweep behind one's own lines, not ground taken
_CLEARED_OF_GROUPS = re.compile(
    # ("7.4 square kilometers of territory in Pokrovsk district of Donetsk region have been cleared of ...": the
    # figure's place between)
    r"[^,.;]{0,90}?\b(?:cleared|cleansed|swept|clearing)\s+(?:of|from)\s+(?:enemy\s+|russian\s+|ukrainian\s+)?"
    r"(?:saboteurs?|sabotage(?:\s+and\s+reconnaissance)?\s+groups?|infiltrat\w+|DRGs?|subversive\s+groups?)", re.IGNORECASE)
_GROUPS_AFTER = re.compile(r"\s+(?:of\s+(?:territory|land)\s+)?(?:of|from)\s+(?:enemy\s+|russian\s+|ukrainian\s+)?"
                           r"(?:saboteurs?|sabotage|infiltrat\w+|DRGs?|subversive)", re.IGNORECASE)
# "a search-and-destroy operation against enemy forces has taken place over 2.1 sq km": ground swept, not taken
_SWEEP_BEFORE = re.compile(r"\b(?:search[\s-]+and[\s-]+destroy|search|sweep(?:ing)?|clearing|mopping[\s-]+up)\s+"
                           r"(?:operations?|actions?|measures?|missions?)\b[^.;]{0,70}$", re.IGNORECASE)
_CLEARING_BEFORE = re.compile(r"\b(?:cleared|cleansed|swept|clearing)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
# demining: "2.7 million hectares have been cleared of explosive remnants", "sappers have cleared 24.5% of the
# de-occupied territory": ground made safe behind one's own lines, not ground taken
_CLEARED_OF_MINES = re.compile(r"[^,.;]{0,60}?\b(?:cleared|freed|demined|checked|surveyed)\s+(?:of|from)\s+"
                               r"(?:[\w-]+\s+){0,2}?"
                               r"(?:mines|landmines|explosive|explosives|unexploded|ordnance|munitions)\b",
                               re.IGNORECASE)
_DEMINERS_BEFORE = re.compile(r"\b(?:sappers|deminers|pyrotechnicians|"
                              r"demining\s+(?:teams?|units?|groups?|specialists))\b"
                              r"[^.;]{0,40}?\b(?:cleared|demined|checked|surveyed|inspected)\s+(?:[\w-]+\s+){0,2}$"
                              r"|\b(?:demined|de-mined)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# "Ukraine only controlled half of the territory they asserted": a share of another claim's figure, not of a region
_OF_CLAIMED = re.compile(r"\s+of\s+(?:the|that)\s+(?:territory|area|land|ground)\s+(?:that\s+|which\s+)?"
                         r"(?:they|it|he|she|Kyiv|Kiev|Moscow|Ukraine|Russia)\s+(?:had\s+|has\s+|have\s+)?"
                         r"(?:claim|assert|sa(?:y|id)|report)\w*\b", re.IGNORECASE)
_WITHIN_BEFORE = re.compile(r"\b(?:to\s+)?within\s+(?:about\s+|some\s+|roughly\s+|around\s+)?$", re.IGNORECASE)
# aims and hypotheticals between the clause start and the figure
# "equal to 17% of Ukraine, a country of 230,000 square miles (595,000 sq km)": the country's own size
# "the depth of penetration is 12 km, and the width is 40 km"
_WIDTH_BEFORE = re.compile(r"\b(?:width|length)\s+(?:is|was|of|reaches|reached)\s+$", re.IGNORECASE)
# "drones have been able to strike targets as deep as 800 miles into Russian territory": how far a weapon reaches
_STRIKE_REACH = re.compile(r"(?:\b(?:strik(?:e|es|ing)|struck|hit(?:s|ting)?|target(?:s|ed|ing)?)|"
                           # (not "units have reached as deep as 8 km": troops that reach so far advanced)
                           r"\b(?:drones?|missiles?|rockets?|weapons?)\s+(?:[\w'\u2019-]+\s+){0,4}?"
                           r"(?:reach(?:es|ed)?|fl(?:y|ies|ew|own)))"
                           r"\s+(?:[\w'\u2019-]+\s+){0,3}?(?:as\s+(?:deep|far)\s+as|up\s+to)\s+"
                           r"(?:about\s+|some\s+|roughly\s+|around\s+|nearly\s+)?(?:[\d.,]+\s*[a-z]+\s*\(\s*)?$", re.IGNORECASE)
_INFORMATION_SUBJECT = re.compile(r"\W*(?:the\s+)?(?:information|reports?|claims?|allegations?|news|statements?)\s+"
                                  r"(?:about|of|on|that)\b", re.IGNORECASE)
_UNTRUE_VERDICT = re.compile(r"\b(?:is|was|are|were)\s+" + UNTRUE + r"\b", re.IGNORECASE)
# "the rate of advance ... is approximately 1-1.5 km per hour": a speed (a daily rate is an advance, with its period)
_PER_HOUR = re.compile(r"\s*(?:per|an|a|each|every)\s+hour\b|\s*/\s*h\b", re.IGNORECASE)
_COUNTRY_SIZE = re.compile(
    r"\b(?:a|an|the)\s+(?:country|nation|region|oblast|province)\s+(?:of|covering|with\s+an\s+area\s+of)\s+"
    r"(?:about\s+|some\s+|roughly\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?"
    r"(?:[\d,.]+\s+(?:square\s+(?:miles|kilometres|kilometers|km)|sq\.?\s*(?:mi|miles|km))\s*\(\s*)?$", re.IGNORECASE)
# "Crimea, already annexed by Russia in 2014, is around 27,000 sq km.": a place named as the subject of its own size
_PLACE_IS_SIZE = re.compile(r"\W*(?:The\s+)?(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?:region|oblast|peninsula))?"
                            r"(?:\s*,[^,;]{1,160},)?"
                            r"\s+(?:is|was|covers|covered|measures|spans)\s+(?:an\s+area\s+of\s+)?"
                            r"(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|approximately\s+)?",
                            re.IGNORECASE)
# "one-fifth of the country's overall 600,000 sq km": the whole's size, with its owner before it
# ("119,000 square kilometers of the total 603,500 square kilometers of Ukrainian territory": the whole, after "of the
# total")
_WHOLE_SIZE = re.compile(r"\b(?:the\s+)?(?:country|nation|region|oblast|province)['\u2019]s\s+(?:overall|total|entire|whole)\s+"
                         r"(?:area\s+of\s+)?(?:about\s+|some\s+|roughly\s+|around\s+|nearly\s+|almost\s+)?$"
                         r"|\bof\s+(?:the|a|its)\s+(?:overall\s+|total\s+)(?:area\s+of\s+)?"
                         r"(?:about\s+|some\s+|roughly\s+|around\s+|nearly\s+|almost\s+)?$"
                         # "Ukraine's overall land mass of about 600,000 square km": a named whole's size
                         r"|\b\w+['\u2019]s\s+(?:(?:overall|total|entire|whole)\s+(?:land\s*mass|territory|area|size)"
                         r"|land\s*mass|surface\s+area)\s+(?:of\s+|is\s+|was\s+)?"
                         r"(?:about\s+|some\s+|roughly\s+|around\s+|nearly\s+|almost\s+)?$", re.IGNORECASE)
_IRREALIS = re.compile(
    r"\b(?:wants?|wanted|wanting|aims?|aimed|aiming|plans?|planned|planning|intends?|intended|seeks?|sought|"
    r"hopes?|hoped|goals?|ambitions?|objectives?|demands?|demanded|demanding|threaten(?:s|ed)?|"
    r"would|could|might|should|if|unless|whether|ready\s+to|prepared\s+to|trying\s+to|tries\s+to|tried\s+to|"
    # ("Kyiv says it is preparing to return all four areas", "Russia vowed to capture three more villages", "forces
    # will capture ...", "are expected to take ...": a future or a promise, not a holding)
    r"prepar(?:es|ing)\s+to|vow(?:s|ed|ing)?\s+to|promis(?:e|es|ed|ing)\s+to|pledg(?:e|es|ed|ing)\s+to|"
    r"(?:is|are|was|were)\s+expected\s+to|expects?\s+to|going\s+to|will(?!\s+have\b)|"
    r"attempt(?:s|ed|ing)?\s+to|in\s+order\s+to|so\s+as\s+to|capable\s+of|able\s+to|needs?\s+to|needed\s+to|"
    # ("propaganda about their alleged ability to advance as far as 50 kilometers": a capacity, not a deed)
    r"(?:ability|capability|capacity)\s+to|"
    # ("thwarting a potential Russian incursion up to seven kilometers deep": what was stopped)
    r"potential|possible|would-be|thwart(?:s|ed|ing)?|prevent(?:s|ed|ing)?|foil(?:s|ed|ing)?)\b",
    re.IGNORECASE,
)
# "The US initiative, seen by AFP, calls for the withdrawal ..., leading to a net gain of 2,300 sq km for Moscow": a
# sentence whose subject is a plan tells what the plan would do
_PLAN_SUBJECT = re.compile(r"\W*(?:the|a|an|this|that|under\s+the)\s+(?:[\w-]+\s+){0,3}?(?:initiative|plan|proposal|"
                           r"deal|framework|draft|peace\s+formula)\b[^.;]{0,60}?\b(?:calls?\s+for|envisages?|proposes?|"
                           r"foresees?|provides?\s+for|would)\b", re.IGNORECASE)
# "was able to", "have been able to": an ability the past tense says was used
_ACHIEVED = re.compile(r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+$", re.IGNORECASE)
_RELATIVE_START = re.compile(r"[,;\u2014\u2013]\s+(?:which|who)\b")
# the modal "may", never the month ("In May, the army seized 449 sq km")
_MAY = re.compile(r"\bmay\b")
# ISW-style hedges that still report an assessed event are claims: "may have advanced", "could have taken"
_HEDGED_PAST = re.compile(r"\b(?:may|might|could|would)\s+(?:likely\s+)?have\b", re.IGNORECASE)
# a denied event: "has not captured", "failed to take", "never held", "did not lose a single"
_NEGATED = re.compile(
    # ("X falsely stated that 334 settlements ...": the reporter's verdict on a claim that X still made)
    r"\b(?:not|never|no\s+longer|failed\s+to|fail\s+to|fails\s+to|denied|deny|denies|false|untrue|"
    r"falsely(?!\s+(?:stated|states|claimed|claims|said|says|reported|reports|announced|announces|asserted|"
    r"asserts|declared|declares)\b)|"
    # ("The Russian Ministry of Defense fabricated the capture of two Ukrainian villages": an invented event)
    r"refuted|rejected|fabricat(?:ed|es|ing)|invent(?:ed|s|ing)|made\s+up)\b"
    # (a contraction inside its word, either apostrophe: "Russia hasn’t gained more than 1,000 square miles")
    r"|(?<=\w)n['\u2019]t\b",
    re.IGNORECASE,
)


# the words right before a cue that follows its figure: "were not under", "have never been captured"
_NEGATED_PREDICATE = re.compile(r"(?:\b(?:not(?!\s+only\b)|never|no\s+longer)|n['\u2019]t)\s+(?:[a-z]+\s+){0,2}$",
                                re.IGNORECASE)


# a passive to come: "will be liberated", "could not be held"
_MODAL_PASSIVE = re.compile(r"\b(?:will|would|could|might|may|should|must|shall|can)\s+(?:not\s+)?(?:soon\s+|also\s+|still\s+)?be\s+"
                            r"(?:[a-z]+ly\s+)?$", re.IGNORECASE)
# a comparison with another war, its figure in a clause of its own: "than in the Battle of the Somme, where ..."
_OTHER_WAR = re.compile(r"\b(?:World\s+War\s+(?:I{1,2}|One|Two|[12])|(?:First|Second)\s+World\s+War|Great\s+Patriotic\s+War|"
                        r"Battle\s+of\s+(?:the\s+)?(?:Somme|Verdun|Stalingrad|Kursk\s+in\s+1943)|"
                        # ("in the Battle of Bellewood in 1918, ... the rate of advance was 410 meters per day": a
                        # dated before this war's countries were at war)
                        r"(?:battle|offensive|war|campaign)\s+(?:of\s+)?[^.;]{0,40}?\b(?:1[5-8]\d\d|19[0-8]\d))\b",
                        re.IGNORECASE)
_WHERE_WHEN = re.compile(r",\s+(?:where|when|in\s+which)\b", re.IGNORECASE)


# "overran one village after another"
# "90% of the land gained in November": a share of a period's gains (a change), not of a region; "30% of the
# initially seized land" (no period) is the share kept of a region's seized part and stays a claim
_PER_PERSON = re.compile(r"\s+(?:per|for\s+(?:each|every))\s+(?:one\s+|each\s+|every\s+)?"
                         r"(?:killed\s+|dead\s+|lost\s+)?"
                         r"(?:soldiers?|servicem[ae]n|troops?|casualt(?:y|ies)|persons?|people|lives?|m[ae]n)\b",
                         re.IGNORECASE)
_CUT_IN = re.compile(r"\b(?:divid|split|cut|slic|break|broke|carv)\w*\s+(?:[\w'\u2019-]+\s+){0,4}in\s+$",
                     re.IGNORECASE)
# (left, not held: "held their positions in two villages" holds the villages)
# (and "pulled back to \"more advantageous\" positions in two areas": the positions moved to)
_POSITIONS_IN = re.compile(r"\b(?:from|left|leave|leaving|abandoned|lost|to)\s+(?:their\s+|its\s+|the\s+|some\s+)?"
                           r"(?:[\"\u201c]?(?:more\s+|new\s+)?[a-z]+[\"\u201d]?\s+)?"
                           r"positions\s+(?:in|near|around|on\s+the\s+outskirts\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
# a service brought back or delivered to places: "power has been restored in 390 de-occupied settlements", "aid was
# delivered to 20 liberated villages"
_SERVICE_IN = re.compile(r"(?:\b(?:restored|resumed|reconnected|supplied|delivered|distributed|repaired|rebuilt|"
                         r"restoring|resuming|supplying|delivering)\b(?:\s+[\w'\u2019-]+){0,6}?\s+"
                         # ("there is no gas supply in 88 settlements": a service lacking in places)
                         r"|\b(?:no|without)\s+(?:gas|power|electricity|water|heating|heat|light|mobile|internet)"
                         r"(?:\s+(?:supply|supplies|service|services|connection))?\s+)"
                         r"(?:in|to|for|across)\s+"
                         r"(?:about\s+|over\s+|more\s+than\s+|nearly\s+|almost\s+|some\s+|all\s+|another\s+)?$",
                         re.IGNORECASE)
# what places have or lack after their count: "188 settlements have electricity", "10 settlements are without people"
_HAVE_SERVICE = re.compile(r"\s+(?:(?:still|now|currently|already)\s+)?(?:have|has|had|lack|lacked|"
                           r"(?:are|were|remain)\s+(?:still\s+|now\s+|currently\s+)?without)\s+(?:no\s+)?(?:\w+\s+)?"
                           r"(?:electricity|power|water|gas|heating|heat|light|communications?|internet|people|"
                           r"residents|inhabitants|connection)\b", re.IGNORECASE)
_OF_PERIOD_GAINS = re.compile(
    r"\s*(?:per\s*cent\s+|percent\s+)?of\s+(?:the|this|that|its|their)\s+(?:land|territory|territories|area|ground)\s+"
    r"(?:it\s+|they\s+)?(?:gained|captured|seized|taken|took|won|lost)\s+(?:in|during|over|since|last|this)\b", re.IGNORECASE)
# "the city, which has almost half of the region's population": a share of people
_OF_PEOPLE = re.compile(r"\s*(?:per\s*cent\s+|percent\s+)?of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+['\u2019]s\s+)?(?:pre-war\s+)?"
                        r"(?:population|residents|inhabitants|people|citizens|voters|respondents|"
                        # ("over half of Azov fighters returned"): a share of people of a kind
                        r"(?:[A-Z][\w-]+\s+)?(?:fighters|soldiers|troops|servicemen|prisoners|POWs|defenders|civilians|"
                        r"children|refugees|men|women))\b", re.IGNORECASE)
# "occupied Severodonetsk had been 90% destroyed": a share of ruin, not of ground held
_RUINED_AFTER = re.compile(r"\s*(?:per\s*cent|percent)?\s*(?:destroyed|damaged|ruined|razed|demolished|in\s+ruins)\b",
                           re.IGNORECASE)
_PLACE_NOUN_AFTER = re.compile(r"[\s-]+(?:region|oblast|province|country|state|city|district|republic|peninsula)\b",
                               re.I)
_CHANGE_OF_HANDS = re.compile(r"\b(?:captur|seiz|liberat|recaptur|retak|took|taken|occupied\s+by|advanc)\w*", re.I)
_FLOODED = re.compile(r"\b(?:submerged|flooded|flooding|inundated|under\s+water)\b", re.IGNORECASE)
_ONE_AFTER_ANOTHER = re.compile(r"one\s+(?:\w+\s+){1,2}after\s+(?:another|the\s+other)\b", re.IGNORECASE)


# ("70% of the Donetsk region city of Pokrovsk": the town's oblast before its kind)
# ("70% of the settlement of Bakhmut": a translated ministry's word for the town)
_OF_NAMED_TOWN = re.compile(r"\s*(?:per\s*cent\s+|percent\s+)?of\s+(?:the\s+)?(?-i:[A-Z])[\w'\u2019-]+\s+"
                            r"(?:(?:border|frontline|front-line|key|small|eastern|northern|southern|western)\s+)?"
                            r"(?:town|city|village)\b(?!\s+of\b)", re.IGNORECASE)
_OF_TOWN = re.compile(r"\s*(?:per\s*cent\s+|percent\s+)?of\s+"
                      r"(?:the\s+(?:[\w-]+\s+){0,3}?(?:city|town|villages?|settlements?)\s+of\s+)?")


_TRIP_TO_TOWN = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?(?:(?:north|south)?-?(?:east|west)?(?:ern|wards?)?\s+)?"
                           r"to\s+the\s+(?:[a-z-]+\s+){0,2}(?:city|town|village|capital)\s+of\b", re.IGNORECASE)
_IN_TOWN = re.compile(r"\s*(?:per\s*cent\s+|percent\s+)?in\s+")
_TOWN_PAREN = re.compile(r"\b((?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+)?)\s*\(\s*"
                         r"(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+|roughly\s+|approximately\s+)?$",
                         re.IGNORECASE)
# "Russian troops controlled Popasnaya by 80%": the town before "by" ("control Vovchansk (Kharkiv region) by about 70%":
# with its oblast in brackets)
# ("Vovchansk under control of Ukrainian military by 70%": a headline's holding between the town and its share)
_TOWN_BY = re.compile(r"\b((?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+)?)(?:\s*\([^()]{1,40}\))?"
                      r"(?:\s+(?:is\s+|remains\s+)?under\s+(?:the\s+)?control\s+of\s+(?:the\s+)?"
                      r"(?:[\w-]+\s+){0,2}[\w-]+)?\s+by\s+"
                      r"(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+)?$", re.IGNORECASE)


# "... hold the majority of Vovchansk, controlling about 70% of the territory": "the territory" is the town's
_OF_THE_TERRITORY = re.compile(r"\s*(?:per\s*cent\s+|percent\s+)?of\s+(?:the|its)\s+(?:territory|area)\b(?!\s+of\b)",
                               re.IGNORECASE)
# ("70% of the territory of the city": the town's own ground)
_OF_THE_TOWN = re.compile(r"\s*(?:per\s*cent\s+|percent\s+)?(?:of\s+)?(?:the\s+(?:territory|area)\s+of\s+)?"
                          r"the\s+(?:city|town|village|settlement)\b"
                          r"(?!\s+of\b)(?!['\u2019]s)",
                          re.IGNORECASE)
_TOWN_THEN_SHARE = re.compile(r"\bthe\s+(?:city|town|village|settlement)\s+of\s+(?-i:[A-Z])[\w'\u2019-]+\s*,\s+"
                              r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|over\s+)?$", re.IGNORECASE)
_CITY_OF = re.compile(r"\bthe\s+(?:city|town|village)\s+of\s+[A-Z]")
_TOWN_WORD = re.compile(r"\bthe\s+(?:town|city|village|settlement)\b", re.IGNORECASE)
_PART_OF = re.compile(r"\b(?:majority|most|part|parts|much|half|rest|bulk|remainder)\s+of\s+$", re.IGNORECASE)
_REGION_WORD = re.compile(r"\b(?:region|oblast|province|country|Donbas|Donbass|Ukraine|Russia)\b", re.IGNORECASE)


_EVACUATION_OF = re.compile(r"\b(?:evacuations?\s+(?:of|from)|evacuat(?:e|ed|es|ing))\s+(?:(?:residents|people|"
                            r"civilians|children)\s+(?:of|from|in)\s+)?(?:the\s+|all\s+)?(?:[\w-]+\s+){0,2}$",
                            re.IGNORECASE)


# a town as the subject of its own share: "Chasiv Yar was 100% captured", "Vovchansk is now 70% controlled"
_TOWN_IS_SHARE = re.compile(r"\b(?P<name>(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+)?)\s+"
                            r"(?:is|was|has\s+been|had\s+been)\s+(?:now\s+|already\s+|almost\s+|nearly\s+)?$")
# ("The city of Vovchansk in the north of Kharkiv region is 70% controlled": the town named as the subject, a
# locative between it and its verb)
_TOWN_OF_IS_SHARE = re.compile(r"\b(?:city|town|village)\s+of\s+(?P<name>(?-i:[A-Z])[\w'\u2019-]+)\s+(?:in|on|near)\s+"
                               r"[^.;,]{1,50}?\s+(?:is|was|has\s+been|had\s+been)\s+"
                               r"(?:now\s+|already\s+|almost\s+|nearly\s+)?$",
                               re.IGNORECASE)
_CONTROL_PARTICIPLE = re.compile(r"\s*(?:per\s*cent|percent)?\s+(?:captured|liberated|controlled|occupied|taken|"
                                 r"cleared|encircled|under\b)", re.IGNORECASE)


def _town_named_before(sent: str, q: Quantity) -> bool:
    """"the territory" of a share is the town the sentence named last before it, when no region is named after that
    town ("the majority of Vovchansk, controlling about 70% of the territory")."""
    pre = sent[:q.start]
    # (the town itself told as partly held: "the majority of Vovchansk"; not "After taking Avdiivka, Russia controls
    # 18% of the territory", the country's)
    towns = [p.start for p in find_places(pre) if _PART_OF.search(pre, max(0, p.start - 30), p.start)
             and not (region_of(p.text) or "").lower().startswith((p.place.name if p.place else p.text).lower())]
    towns += [w.start() for w in _TOWN_WORD.finditer(pre) if _PART_OF.search(pre, max(0, w.start() - 30), w.start())]
    return bool(towns) and not _REGION_WORD.search(pre, max(towns))


def _share_of_a_town(sent: str, q: Quantity) -> bool:
    """"72 percent of Velyka Novosilka", "80% of Vovchansk": a share of a settlement the gazetteer knows and that
    names no region (the annotators' convention: a town is held or not, its percentage is no territorial claim)."""
    own = _OF_THE_TERRITORY.match(sent, q.end)
    if own is not None and re.search(r"\bits\s", own.group(0), re.IGNORECASE) \
            and _CITY_OF.search(sent, max(0, q.start - 120), q.start):
        # "blockaded the city of Kupiansk, in the Kharkiv region, and control about half of its area": "its" is the
        # town's, whatever region its apposition names
        return True
    if own is not None:
        return _town_named_before(sent, q)
    if _OF_THE_TOWN.match(sent, q.end):
        return True     # "control of half the city", "70% of the town": the settlement the text is about
    if _OF_NAMED_TOWN.match(sent, q.end):
        return True     # "controls 60% of Kharkiv border town": a town described by its region's name
    if _TOWN_THEN_SHARE.search(sent, max(0, q.start - 70), q.start):
        return True     # "the Defence Forces control the city of Vovchansk, about 70%": the town's share
    subject = _TOWN_IS_SHARE.search(sent, max(0, q.start - 60), q.start) \
        or _TOWN_OF_IS_SHARE.search(sent, max(0, q.start - 120), q.start)
    if subject is not None and _CONTROL_PARTICIPLE.match(sent, q.end):
        # "Chasiv Yar was 100% captured": the share of the town the clause's subject names
        first = next(iter(find_places(subject.group("name"))), None)
        if first is not None and first.start == 0 and not (region_of(first.text) or "").lower().startswith(
                (first.place.name if first.place else first.text).lower()):
            return True
    # ("control at roughly 7% in Lyman", "presence in portions of Hulyaipole (around 7.3%)": the town's share too)
    m = _OF_TOWN.match(sent, q.end) or _IN_TOWN.match(sent, q.end)
    by = (_TOWN_BY.search(sent, max(0, q.start - 70), q.start)
          or _TOWN_PAREN.search(sent, max(0, q.start - 70), q.start)) if m is None else None
    if by is not None:
        head = by.group(1)
    elif m is None:
        return False
    else:
        head = sent[m.end():m.end() + 40]
    first = next(iter(find_places(head)), None)
    if first is None or first.start != 0:
        return False
    # ("80% of Donetsk": the oblast named after its capital is the region meant)
    name = (first.place.name if first.place else first.text).lower()
    region = region_of(first.text) or ""
    return not region.lower().startswith(name)


_AT_DEPTH = re.compile(r"\bat\s+(?:a\s+)?depths?\s+of\s+(?:up\s+to\s+|about\s+|some\s+)?$", re.IGNORECASE)
_ZONE_BEFORE = re.compile(r"\b(?:buffer|security|sanitary|demilitari[sz]ed)\s+zones?\b[^.;]{0,60}$", re.IGNORECASE)
_FIGHTING_IN = re.compile(r"\b(?:fighting|battles?|clashes|combat|shelling|attacks)\s+(?:[a-z-]+\s+){0,2}?"
                          r"(?:in|around|near|for|on)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?$", re.IGNORECASE)


_REPELLED_IN = re.compile(r"\b(?:repell|repuls|stopp|thwart|halt|fought\s+off|beat\s+back|beaten\s+back)\w*\s+"
                          r"(?:[\w'\u2019-]+\s+){0,4}?(?:advances?|attacks?|assaults?|attempts?|offensives?|"
                          r"counterattacks?)\s+"
                          r"(?:in|on|at|near|around)\s+(?:the\s+)?$", re.IGNORECASE)
# "were advancing on two other villages", "pushing towards three settlements": places an attack heads for, not taken
_HEADING_FOR = re.compile(r"\b(?:advanc|mov|push|press|clos)(?:e|es|ed|ing)\s+(?:in\s+)?(?:on|upon|toward|towards)\s+"
                          r"(?:the\s+)?(?:[a-z-]+\s+){0,2}?$", re.IGNORECASE)
# "of the city's total", "out of a total of": the whole a part is measured against
_OF_TOTAL_BEFORE = re.compile(r"\b(?:of|out\s+of)\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:[\w-]+['\u2019]s\s+)?"
                              r"(?:total|overall|entire)\s+(?:area\s+)?(?:of\s+)?(?:about\s+|some\s+|roughly\s+)?$",
                              re.IGNORECASE)


_ANOTHER_BEFORE = re.compile(r"\b(?:another|a\s+further|an\s+additional|an\s+extra)\s+"
                             r"(?:(?:about|around|roughly|nearly|almost|some)\s+)?$", re.IGNORECASE)


_GAINS_BEFORE = re.compile(r"\b(?:gain(?:s|ed|ing)?|grabb?(?:s|ed|ing)?)\s+"
                           r"(?:(?:just|only|barely|merely|a\s+mere)\s+)?$", re.IGNORECASE)


_CONTRIBUTED = re.compile(r"\bcontribut(?:e|es|ed|ing)\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|"
                          r"over\s+|~\s*)?$", re.IGNORECASE)
_ANNEXED_REGIONS_SIZE = re.compile(
    # ("annexing the Donetsk, Luhansk, Kherson and Zaporizhzhia regions, representing about 18%": their names between)
    r"\bannex\w*\s+[^.;]{0,70}?\b(?:regions|territories|oblasts|provinces)\b[^.;]{0,100}?(?:representing|"
    r"accounting\s+for|comprising|(?:which|that)\s+(?:together\s+)?(?:represent|account\s+for|make\s+up|made\s+up|"
    r"comprise))\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|"
    r"almost\s+|over\s+|more\s+than\s+|approximately\s+)?$", re.IGNORECASE)


# a holding whose recognition is wanted, which the wish takes as given: "recognise its control of", "accept Russia's
# annexation of"
_RECOGNISED_HOLDING = re.compile(r"\b(?:recogni[sz](?:e|es|ed|ing)|acknowledg(?:e|es|ed|ing)|accept(?:s|ed|ing)?)\s+"
                                 r"(?:its|their|Russia['\u2019]s|Moscow['\u2019]s|the\s+Kremlin['\u2019]s)\s+"
                                 r"(?:[\w-]+\s+)?(?:control|conquest|occupation|annexation|seizure|capture)\s+"
                                 r"(?:of|over)\s+$", re.I)


# "with a total territory of Ukraine of 603,628 sq km", "the country's total area is 603,500 sq km": a whole's size
_TOTAL_SIZE_BEFORE = re.compile(
    r"(?:\b(?:total|overall|entire|whole)\s+(?:territory|area|size|surface(?:\s+area)?)\s+of\s+(?:the\s+)?"
    r"[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?\s+(?:of|is|was|being|at|:)"
    # (not "taken control of a section of territory with a total area of over 300 sq km": the ground taken, sized)
    r"|\b(?:[A-Z][\w-]*|country|nation)['\u2019]s\s+(?:total|overall|entire|whole)\s+(?:territory|area|size|"
    r"surface(?:\s+area)?)\s*(?:of|is|was|being|at|:)?)"
    r"\s*(?:about|around|some|roughly|approximately|nearly|almost)?\s*$")


def not_territory(sent: str, q: Quantity, clause_start: int, cue_start: int | None,
                  cue_after: int | None = None, full: str | None = None) -> str | None:
    """Why the figure ``q`` of sentence ``sent`` is not a territorial claim, or None.

    ``clause_start`` is where the figure's clause begins and ``cue_start`` where its control or
    advance verb starts (None when the cue follows the figure, as in the passive: then ``cue_after`` is where
    that cue starts).
    ``full`` is the whole sentence when ``sent`` has clauses blanked out (area_figures._mask).
    """
    if cue_after is not None and cue_after > q.end and _NEGATED_PREDICATE.search(sent, max(q.end, cue_after - 30), cue_after):
        # "four villages ... were not under Russian control": the predicate after the figure is negated
        return "a negated or denied event"
    verdict = _UNTRUE_VERDICT.search(sent, q.end) if _INFORMATION_SUBJECT.match(sent) else None
    if verdict is not None and not re.search(r"[;.]", sent[q.end:verdict.start()]):
        # "The information about the occupation of two settlements ... is not true": a figure inside the claim the
        # sentence calls untrue
        return "a negated or denied event"
    # (not "fully or partially controlled 19.3 percent": the whole and the part, the monitors' holding)
    # (nor "at least partially controlled or claimed 78%": the monitors' holding, counted with its partly held ground)
    if any(at is not None and re.search(r"(?<!\bfully or )(?<!\bwholly or )(?<!\bat least )\b(?:partially|partly)\s+$",
                                       sent[max(0, at - 26):at], re.IGNORECASE)
           for at in (cue_start, cue_after)):
        # "seven more communities have been partially de-occupied": not a change of hands
        return "a partial change of hands"
    modal_at = cue_after if cue_after is not None and cue_after > q.end else cue_start
    if modal_at is not None and _MODAL_PASSIVE.search(sent, max(0, modal_at - 30), modal_at):
        # "ten more villages will be liberated", "it will be held in almost 30 settlements": to come, not so
        return "an aim or a hypothetical"
    other_war = _OTHER_WAR.search(sent, 0, q.start)
    if other_war is not None and (_WHERE_WHEN.search(sent, other_war.end(), q.start) or (
            re.search(r"\b(?:during|in)\s+(?:the\s+)?$", sent[max(0, other_war.start() - 12):other_war.start()], re.I)
            and not re.search(r"[;.]", sent[other_war.end():q.start]))):
        # ("during World War I's Battle of Verdun, armies advanced 2,400 meters a day": its clause's adjunct)
        # "slower than in the Battle of the Somme, where the Allies advanced about 80 meters per day": another war's
        return "a figure of another war"
    if q.kind == "area" and re.search(r"\b(?:square|sq\.?)[\s-]+(?:mile|kilomet(?:er|re))$", q.unit_text, re.I) \
            and _PLACE_NOUN_AFTER.match(sent, q.end):
        # "occupy almost all of this strategically vital 11,000 square mile region": a unit in the singular before a
        # place's noun is an adjective of its size, not ground held or taken
        return "the size of a place"
    if q.kind == "area" and _TOTAL_SIZE_BEFORE.search(sent, max(0, q.start - 60), q.start):
        # "(with a total territory of Ukraine of 603,628 sq km)": the size of the whole a share is taken of
        return "the size of a place"
    if q.kind == "area" and _PER_PERSON.match(sent, q.end):
        return "a rate per person"        # "an efficiency of 0.038 km2 per one killed soldier"
    if q.kind == "share" and q.unit_text.lower() == "half" and _CUT_IN.search(sent, max(0, q.start - 60), q.start):
        return "a manner of dividing"     # "cut the land bridge and divide Russian forces in half"
    if q.kind == "settlement" and (_SERVICE_IN.search(sent, max(0, q.start - 90), q.start)
                                   or _HAVE_SERVICE.match(sent, q.end)):
        # "Power supply services have been restored in 390 de-occupied settlements", "188 settlements have
        # electricity, ... 10 settlements are without people": where a service came back, not ground taken
        return "a service in places"
    if q.kind in ("settlement", "area") and _FLOODED.search(full or sent) and not _CHANGE_OF_HANDS.search(full or sent):
        # "four settlements remain flooded on the Ukrainian-controlled western bank, and 17 settlements on the
        # Russia-occupied eastern bank": places under water on either side of the line, no holding counted
        return "flooded places, not a holding"
    if q.kind == "settlement" and _POSITIONS_IN.search(sent, max(0, q.start - 40), q.start):
        # "retreat from their positions in two villages": positions left in places, not the places
        return "positions in places"
    after = sent[q.end:q.end + 60]
    if q.kind == "share" and _TIME_AFTER.match(after):
        return "a fraction of time"
    if q.kind == "share" and _COMPARATIVE_AFTER.match(after):
        return "a comparison written as a share"
    if q.kind == "share" and (re.match(r"\s+(?:the\s+)?(?:size|area)\s+of\b", after, re.IGNORECASE)
                              or re.search(r"\bsize\s+of\s+$", sent[max(0, q.start - 20):q.start], re.IGNORECASE)):
        # (and "an area the size of half the city of London")
        return "a size compared with something else's ('an area half the size of London')"
    if q.kind == "share" and _CONTRIBUTED.search(sent, max(0, q.start - 30), q.start):
        # "grain exports hit 60M tons, with occupied Ukraine contributing ~8%": a part of some total, not land
        return "a share contributed to a total"
    if q.kind == "share" and _ANNEXED_REGIONS_SIZE.search(full or sent, max(0, q.start - 160), q.start):
        # "Putin signed the bills annexing the regions, representing about 18% of Ukraine's territory": the size of
        # whole regions annexed on paper, not the ground held (Russia held none of the four whole)
        return "the size of the regions annexed, not ground held"
    if q.kind in ("area", "settlement") and _MORE_THAN_AFTER.match(after):
        return "a difference between two figures"
    if q.kind in ("area", "settlement") and _OF_TOTAL_BEFORE.search(sent, max(0, q.start - 50), q.start):
        # "reclaimed about 13 sq km of the city's total 29 sq km": the whole the figure before is a part of
        return "the size of a whole, not a claim"
    if q.kind == "distance" and q.high > _LONGEST_ADVANCE_KM:
        # "Russia advanced by 4,000 km in Ukraine in 2024": no push in this war went so deep (a headline's dropped
        # "square", or a distance between places)
        return "a distance too long for an advance"
    if q.kind == "settlement" and _HELD_IN.search(sent, max(0, q.start - 40), q.start):
        # "It is held in 18 settlements near the front line": an evacuation or vote held there, not ground held
        return "an event held in places"
    if q.kind == "share" and _POLL.search(sent):
        return "a share in a poll or vote"
    if q.kind == "share" and _OWNERSHIP.search(full or sent):
        # "The main shareholders of the group are SCM (71.24%) and Smart-holding (23.76%)": a company's owners
        return "a share of ownership"
    if q.kind == "share" and _OF_PEOPLE.match(after):
        return "a share of people, not of land"
    if q.kind == "share" and _RUINED_AFTER.match(after):
        return "a share of destruction, not of land"
    if q.kind == "share" and _OF_PERIOD_GAINS.match(after):
        return "a share of one period's gains, not of a territory"
    if q.kind == "share" and _FLOODED.search(sent):
        # "on the side controlled by the Ukrainian authorities, 32% of the land is submerged, while on the side
        # occupied by the Russians it is 68%": shares of flooded land on either side of the line
        return "a share of flooded land, not of a holding"
    # (the whole sentence, not the figure's clause alone: "Russia controls about half of the city, although the day
    # before the occupiers occupied 70% of the territory" - the concession's "territory" is the main clause's town)
    if q.kind == "share" and _share_of_a_town(full or sent, q):
        return "a share of one town, not of a territory"
    if q.kind == "share" and (_ANOTHER_BEFORE.search(sent, max(0, q.start - 40), q.start)
                              or _GAINS_BEFORE.search(sent, max(0, q.start - 40), q.start)):
        # "the army has recaptured another 5 per cent of the region", "Russia Gains Just 1.45% of Ukraine": a change
        # told as a share, not a holding
        return "a change told as a share, not a holding"
    if q.kind == "distance":
        if _DISTANCE_TO.match(after) or _WITHIN_BEFORE.search(sent, max(0, q.start - 20), q.start):
            return "a distance to a place, not an advance"
        if _LOCATED_BEFORE.search(sent, max(0, q.start - 40), q.start):
            return "a distance to a place, not an advance"    # "a hub situated about 70 kilometers west of X"
        if _AT_A_POINT.search(sent, max(0, q.start - 40), q.start):
            return "a distance to a place, not an advance"    # "penetrated at a point 70 km northwest of ..."
        if _DIRECTION_OF_NAME.match(after) and _APPOSED_BEFORE.search(sent, max(0, q.start - 40), q.start):
            # "advanced toward Chasiv Yar, roughly 10 miles west of Bakhmut": an apposition that locates a place
            return "a distance to a place, not an advance"
        if _ALONG_FRONT.match(after):
            return "a width along the front, not a depth"
        if _TRIP_TO_TOWN.match(after):
            # "Dmytro and his wife moved 70km west to the port city of Mykolaiv": a journey to a town, no front moved
            return "a journey to a town, not an advance"
        if _STRIKE_REACH.search(sent, max(0, q.start - 60), q.start):
            return "a weapon's reach, not an advance"
        if _PER_HOUR.match(after):
            return "a speed, not an advance"
        if _WIDTH_BEFORE.search(sent, max(0, q.start - 30), q.start):
            return "a width or a length, not a depth"
        if _AREA_THEN_PAREN.search(sent, max(0, q.start - 40), q.start):
            return "an area's conversion in parentheses (its unit misprinted), not an advance"
        if _AT_DEPTH.search(sent, max(0, q.start - 20), q.start):
            return "a depth below ground, not an advance"    # "a network ... at a depth of 80-100 metres"
        if _ZONE_BEFORE.search(sent, max(0, q.start - 80), q.start):
            # "to build this buffer zone they speak of, 10 kilometers deep into Ukraine": a zone's planned depth
            return "a zone's depth, not an advance"
    if q.kind == "area" and (_COUNTRY_SIZE.search(sent, max(0, q.start - 80), q.start)
                             or _WHOLE_SIZE.search(sent, max(0, q.start - 60), q.start)
                             or _PLACE_IS_SIZE.fullmatch(sent, 0, q.start)):
        return "the size of a country or region"
    if q.kind in ("area", "settlement") and (
            _CLEARED_OF_GROUPS.match(sent[q.end:q.end + 160])
            or _GROUPS_AFTER.match(sent, q.end) and _CLEARING_BEFORE.search(sent, max(0, q.start - 40), q.start)):
        # (and "operations have cleared 7.4 square kilometers of enemy sabotage groups": the verb before the figure)
        return "ground cleared of infiltrators, not taken"
    if q.kind in ("area", "share") and (_CLEARED_OF_MINES.match(sent, q.end)
                                       or _DEMINERS_BEFORE.search(sent, max(0, q.start - 80), q.start)):
        return "ground cleared of mines, not taken"
    if q.kind == "share" and _OF_CLAIMED.match(sent, q.end):
        return "a share of another claim's figure, not of a territory"
    if q.kind == "area" and _SWEEP_BEFORE.search(sent, max(0, q.start - 110), q.start):
        return "ground swept by an operation, not taken"
    if q.kind == "settlement" and _FIGHTING_IN.search(sent, max(0, q.start - 50), q.start):
        # "as Kyiv warned of intense fighting in two other key frontline towns": places fought in, not held
        return "places fought in, not held"
    if q.kind == "settlement" and _HEADING_FOR.search(sent, max(0, q.start - 50), q.start):
        return "places advanced on, not taken"
    if q.kind == "settlement" and _REPELLED_IN.search(sent, max(0, q.start - 90), q.start):
        # "it successfully repelled Ukrainian advances in five areas of Kursk": where attacks were beaten back
        return "places where attacks were repelled, not taken"
    if q.kind == "settlement" and (re.search(r"\bevacuat\w*\s+(?:of\s+[^.;]{0,60}?)?from\b[^.;]{0,120}$",
                                            sent[max(0, q.start - 140):q.start],
                                            re.IGNORECASE)
                                  or _EVACUATION_OF.search(sent, max(0, q.start - 40), q.start)):
        # "civilians were being evacuated from Kupiansk ... and two other towns", "prompting the evacuation of 213
        # settlements", "an evacuation of the local residents from 18 frontline settlements": the places left, not held
        return "places evacuated, not held"
    if q.kind == "settlement" and _ONE_AFTER_ANOTHER.match(sent, q.start):
        return "one after another: a succession, not a count"
    # ("fighting continues for control of three other villages")
    if cue_start is not None and cue_start < q.start and FIGHT_FOR.search(sent, max(0, cue_start - 50), cue_start):
        return "a fight for control, not a holding"
    if _PLAN_SUBJECT.match(sent):
        return "what a plan would bring about, not a holding"
    # only the words right before the verb and between the verb and the figure can make it irreal
    window_start = max(clause_start, (cue_start if cue_start is not None else q.start) - 60)
    window = sent[window_start:q.start]
    # a relative clause is a clause of its own: "a key aim of the war for Russia, which currently controls over 70%
    # of the region" states a holding; the aim belongs to the main clause
    rel = None
    for rel in _RELATIVE_START.finditer(window):
        pass
    if rel is not None:
        window = window[rel.end():]
    irreal = _IRREALIS.search(window)
    if irreal is not None and irreal.group().lower().startswith("able") and _ACHIEVED.search(window, 0, irreal.start()):
        irreal = None    # "his soldiers have been able to take control of 189 settlements": done, not hoped for
    if irreal is not None and _RECOGNISED_HOLDING.search(window, irreal.end()):
        irreal = None    # "demands that Ukraine recognise its conquest of a fifth of the country": the holding is given
    if (irreal or _MAY.search(window)) and not _HEDGED_PAST.search(window):
        return "an aim or a hypothetical"
    if _NEGATED.search(window) and not re.search(r"\bnot\s+(?:only|just)\b", window, re.IGNORECASE):
        return "a negated or denied event"
    return None
