"""Control cues for place claims: the words that say a side took, freed, holds or left a place.

    find_cues(sentence) -> list[Cue]     (non-overlapping, in order)
    hypothetical(sentence, cue) -> bool  (aims, modals, conditions: not claims)

A cue knows where its places are (``mode``): ``object`` after it ("captured the village of X"),
``subject`` before it ("X has been liberated", "X fell", "X remains under Ukrainian control"),
``beside`` it ("the Russian-held city of Donetsk", "Tokmak, a Russian-held hub"). Its ``agent``
is a side word the cue itself names ("fell to Russia", "by Ukrainian forces", "under Russian
control"); otherwise place_claims.py reads the subject. Not cues, by the schema: near, outskirts,
advancing towards, entered, encircled, attacked; "raised flags over the town's buildings"; a bare verb
("after Ukrainian troops liberate Tokmak") tells an event to come.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from pipelines.extraction.area_lexicon import FIGHT_FOR, FORCES_BEFORE_CONTROL, _lex
from pipelines.extraction.prefilter import Needles
from pipelines.extraction.sides import _other, _side_of_match


@dataclass
class Cue:
    start: int
    end: int
    mode: str                    # object | subject | beside
    action: str                  # captured | liberated | holds | withdrew
    agent: str | None = None     # a side word named by the cue ("to Russia", "by Ukrainian forces")
    loser: str | None = None     # a side word the cue says lost the place ("cleared of Russian troops")
    passive_loser: bool = False  # "the enemy has been knocked out of X": the subject lost it
    denied: bool = False
    nominal: bool = False        # "the liberation of X", "X's capture": no subject of its own
    single: bool = False         # governs one place only
    since_too: bool = False      # "to fall to Russia since Bakhmut": the earlier fall too
    background: bool = False     # set when the claim sits in a relative clause about the place
    implicit: bool = False       # "took back control": no object, the place is the one just spoken of
    told: bool = False           # "announced the seizure": the event a claim of the last sentences told
    participle: bool = False     # "the liberated city of Izium", "over liberated Vuhledar": an adjective, no subject
    side_subject: bool = False   # "abandoned", "left": a claim only when a side is the subject
    army_subject: bool = False   # "fled": a side's armed men only ("Ukrainians fled from Mariupol" are its people)
    listed: bool = False         # "the villages captured are A and B": a plural's participle, the places after it
    shown: bool = False          # "shows A and B as controlled by X": what the speaker shows them as, the list before
    default_side: str | None = None

    def agent_side(self, claimant_side: str | None) -> str | None:
        if self.agent:
            m = _lex().side.fullmatch(self.agent.strip())
            if m and not m.group("possessive_pronoun"):
                return _side_of_match(m, claimant_side)
            if self.agent.strip().lower() in ("their", "its", "his"):
                return None
        if self.loser:
            m = _lex().side.fullmatch(self.loser.strip())
            if m and not m.group("possessive_pronoun"):
                return _other(_side_of_match(m, claimant_side))
        return None


_I = re.IGNORECASE
_SIDE = r"(?:the\s+)?(?P<who>[\w'\u2019-]+(?:\s+(?:forces|troops|army|units|military))?)"
_PASSIVE_BEFORE = re.compile(
    r"\b(?:(?:has|have|had)\s+(?:[a-z]+\s+)?been|was|were|is|are|being|be|been)\s+"
    # ("is still controlled by Ukrainian troops", "has now also been retaken")
    r"(?:(?:[a-z]+ly|now|also|already|finally|not|never|still)\s+){0,2}[\"\u201c\u2018']?"
    # ("the city was destroyed and captured by Russian forces": a participle coordinated before it shares the passive)
    r"(?:(?-i:[a-z]{3,})ed\s+and\s+)?$", _I)
# ("by the Armed Forces of Ukraine", "by units of the Russian army", "under the control of the Armed Forces of Ukraine":
# the side is the country or adjective after "of")
_FORCES_OF = r"(?:(?:(?:Armed|Defen[cs]e)\s+Forces|units|troops|soldiers)\s+of\s+(?:the\s+)?)?(?:\d+(?:st|nd|rd|th)\s+)?"
# ("by the PMC Wagner": the company's name after its kind)
# ("is controlled entirely by the Russians": an adverb between the participle and its agent)
_BY_AGENT = re.compile(r"\s+(?:(?:entirely|fully|completely|now|still|firmly|wholly)\s+)?by\s+(?:the\s+|an?\s+)?"
                       # ("liberated by the DPR Army": the proxy republic's forces, named by its letters)
                       + _FORCES_OF + r"(?P<who>PMC\s+Wagner|(?:DPR|LPR|DNR|LNR)\s+(?:army|forces|troops|militias?|"
                       r"units)|[\w'\u2019-]+)", _I)
_OF_LOSER = re.compile(r"\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?(?P<who>Russian|Ukrainian|enemy|occupying|occupiers?)\b", _I)

# a telegraphic report: '"Urozhaine liberated."', '"Robotyne liberated!"' (the name opening the sentence or quotation)
_TELEGRAPHIC_NAME = re.compile(r"(?:^|[\"\u201c:\u2014]\s*)(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+)?"
                               r"\s+$")
# ('"Urozhaine liberated," Maliar wrote': the quotation's comma before its frame)
_TELEGRAPHIC_END = re.compile(r"\s*(?:[.!;\"\u201d]|,[\"\u201d]|$)")
# an absolute construction: "with the northeastern town of X (now) liberated"
_WITH_PLACE_BEFORE = re.compile(r"\bwith\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,4}?(?-i:[A-Z])[\w'\u2019-]+\s+"
                                r"(?:(?:recently|newly|now|also|already|finally)\s+)?$", _I)
_ADVERB_OF_TIME = r"(?:recently|newly|just|already|only|later|temporarily)"
# a verb that files places under a state: "identified the settlements of A, B and C as captured", "marked A as occupied"
LISTED_AS = re.compile(r"\b(?:identified|marked|listed|designated|classified|recorded|mapped|showed|shows|counted)\s+"
                        r"[^.;:]{1,140}?\s+as\s+(?:(?:fully|now|already|recently)\s+)?$", _I)
_REDUCED_RELATIVE = re.compile(r"(?:taken|captured|seized|retaken|recaptured|liberated|overrun)", _I)
_PROXY = re.compile(r"(?:self-proclaimed\s+|so-called\s+)?(?:Luhansk|Lugansk|Donetsk)\s+(?:People['\u2019]s\s+)?Republic\b|"
                    r"[DL]PR\b", _I)

# the noun of an apposition, its clause after it ("X, a rail hub now occupied by ...", "X, a town Russia captured ..."):
# a relative clause ("X, which Russia captured") is left to the verb's own pattern
_APPOSED_NOUN = r"\b(?:town|city|village|hub|settlement|stronghold|port|centre|center|community|towns|cities|villages|settlements)\s+"

# (pattern, mode, action, options); earlier patterns win overlaps
# "Also captured were the villages of A and B": a change of hands told as an inverted passive (place_controller.py
# gives it the holder of the change the sentence before told)
_INVERTED_VERB = r"(?:captured|liberated|taken|seized|retaken|recaptured|freed)\s+(?:was|were)"
INVERTED_PASSIVE = re.compile(_INVERTED_VERB, _I)

def _claims_place_then(participles: str) -> re.Pattern:
    """The claim verb of a headline-style small clause, "claims <Place> <participle>" (the place and participle in a
    lookahead, so that the place is the cue's object)."""
    return re.compile(r"\b(?:claims?|claimed|declares?|declared|announces?|announced)(?=\s+[A-Z][\w'\u2019-]+"
                      r"(?:\s+[A-Z][\w'\u2019-]+)?\s+(?:" + participles + r")\b)", _I)


# who may leave a place without its army: an administration, diplomats, civilians
_CIVIL_BODY = (r"(?:government|administrations?|officials|authorities|families|civilians|residents|embassy|diplomats|"
               r"ambassadors?|children|population|collaborators)\b")

_PATTERNS: list[tuple[re.Pattern, str, str, dict]] = [
    # headline style: "Russian Defense Minister claims Marinka captured", "Moscow declares Avdiivka liberated": the
    # claim verb stands for the event, its object the place, the participle after it the change of hands
    (_claims_place_then(r"captured|taken|seized|fallen"), "object", "captured", {}),
    (_claims_place_then(r"liberated|freed"), "object", "liberated", {}),
    # "the towns now under Russian control include A, B and C", "the villages in Ukrainian hands are A and B":
    # a list introduced by its own predicate, the places after it
    (re.compile(r"\b(?:villages|towns|settlements|localities|cities|places)\s+(?:(?:now|currently|newly|also)\s+)?"
                r"(?:under|in)\s+(?:the\s+)?(?:full\s+|complete\s+)?(?P<who>[\w'\u2019-]+)\s+(?:control|hands)\s+"
                r"(?:now\s+)?(?:include[sd]?|are|were)\b", _I), "object", "holds", {}),
    # "two strategically important cities under Ukrainian control, Kramatorsk and Sloviansk": the plural's holder, its
    # places apposed after it
    (re.compile(r"\b(?:villages|towns|settlements|localities|cities|strongholds)\s+(?:(?:still|now|currently)\s+)?"
                r"(?:under|in|within)\s+(?:the\s+)?(?P<who>Ukrainian|Russian|Ukraine['\u2019]s|Russia['\u2019]s|"
                r"Kyiv['\u2019]s|Moscow['\u2019]s)\s+(?:control|hands)\s*[,:\u2014\u2013]\s*(?=(?-i:[A-Z]))", _I),
     "object", "holds", {"listed": True}),
    # "have taken under control Soledar town", "took under their control the village of X": the Russian ministry's
    # idiom in translation (before the bare "taken" of the next pattern, which would leave "under control" between
    # the verb and its place)
    (re.compile(r"\b(?:took|taken|take|takes|taking|placed|put)\s+under\s+(?:(?:their|its|our)\s+)?"
                r"(?:full\s+|complete\s+)?control\s+(?=(?:the\s+(?:(?:city|town|village|settlement|cities|towns|"
                r"villages|settlements)\s+of\s+)?)?[A-Z])"),
     "object", "captured", {}),
    # "the villages (it has) captured include A and B", "settlements liberated so far are A and B"
    (re.compile(r"\b(?:villages|towns|settlements|localities|cities)\s+(?:(?P<who>Russia|Ukraine|Moscow|Kyiv|Kiev)\s+)?"
                r"(?:has\s+|have\s+|had\s+)?(?P<n>captured|liberated|taken|seized|retaken|recaptured|freed)\s+"
                # ("the villages retaken by Russia include A and B": the side alone, or its forces)
                r"(?:by\s+(?:the\s+)?(?P<by>[\w'\u2019-]+)(?:\s+(?:forces|troops|army|military|units))?\s+)?"
                r"(?:(?:so\s+far|this\s+(?:week|month|year))\s+)?(?:include[sd]?|are|were)\b", _I),
     "object", "captured", {"listed": True}),
    # the participle first: "these retaken villages included A and B", "the captured settlements are A and B"
    (re.compile(r"\b(?:the|these|those|its|their)\s+(?:(?:newly|recently)\s+)?(?P<n>captured|liberated|retaken|recaptured|"
                r"seized|freed|reconquered|reclaimed)\s+(?:villages|towns|settlements|localities|cities)\s+"
                r"(?:include[sd]?|are|were)\b", _I),
     "object", "captured", {"listed": True}),
    # (not "under fire control of our forces": in range of a side's guns, which do not hold it)
    # ("came under Russian forces control": the side's forces named before the noun)
    (re.compile(r"\b(?:under|into)\s+(?:the\s+)?(?:full\s+|complete\s+|firm\s+)?(?:(?P<who>(?!fire\b)[\w'\u2019-]+)\s+"
                + FORCES_BEFORE_CONTROL + r")?"
                # ("Mariupol experiencing rebirth under Russian rule": the side's rule, named)
                r"(?:full\s+|complete\s+|firm\s+)?"
                r"(?:control|(?P<occ>occupation)|(?<=Russian\s)rule|(?<=Ukrainian\s)rule)"
                # ("under the control of the ‘Orcs’ [Russians]": the holder in scare quotes)
                r"(?:\s+of\s+(?:the\s+)?" + _FORCES_OF + r"[\u2018\u201c'\"]?(?P<of>[\w'\u2019-]+))?", _I), "subject", "holds",
     {"under": True}),
    # 'the settlements were "fully under Ukrainian flag"' (a side's flag only: a ship sails under the flag of Hong Kong)
    (re.compile(r"\bunder\s+(?:the\s+)?(?P<who>Ukrainian|Russian|Ukraine['\u2019]s|Russia['\u2019]s)\s+flag\b", _I),
     "subject", "holds", {"under": True}),
    # "the villages returned to the control of Ukraine", "returned to Ukrainian control": back in the named side's hands
    # ("have now been relinquished to Russian control", "ceded to Russian control": passed into that side's hands)
    (re.compile(r"\b(?:return(?:ed|s|ing)?|restored|relinquished|ceded|surrendered|handed\s+over|passed)\s+(?:back\s+)?to\s+"
                # ("Snake Island has been returned to the jurisdiction of Ukraine")
                r"(?:the\s+)?(?:(?P<who>[\w'\u2019-]+)\s+)?(?:control|jurisdiction)"
                r"(?:\s+of\s+(?:the\s+)?" + _FORCES_OF + r"(?P<of>[\w'\u2019-]+))?", _I), "subject", "captured", {"under": True}),
    # "remain in Ukrainian hands", "fell into Russian hands"
    # ("practically in the hands of Russian forces")
    (re.compile(r"\b(?:in|into)\s+the\s+hands\s+of\s+(?:the\s+)?" + _FORCES_OF + r"(?P<of>[\w'\u2019-]+)|"
                r"\b(?:in|into)\s+(?:the\s+)?(?P<who>[\w'\u2019-]+)\s+hands\b", _I), "subject", "holds",
     {"under": True}),
    (re.compile(r"\b(?:brought|bring|brings|bringing)\b(?=(?P<obj>[^.;]{1,150}?)\bunder\s+(?:(?P<who>[\w'\u2019-]+)\s+)?"
                r"(?:full\s+|complete\s+)?control\b)", _I), "object", "captured", {"brought": True}),
    # ("the Defense Forces returned the village of X to the control of Ukraine": the transitive return, its object
    # between the verb and the side it went back to)
    (re.compile(r"\b(?:returned|returning|restored|restoring)\b(?=(?P<obj>[^.;]{1,150}?)\bto\s+(?:the\s+)?"
                r"(?:(?P<who>Ukrainian|Russian)\s+)?control(?:\s+of\s+(?:the\s+)?(?P<of>Ukraine|Russia)\b)?)", _I),
     "object", "captured", {"brought": True}),
    # '"We do not control Metyolkine anymore," the governor said', "Ukrainian forces no longer control X": the
    # speaker's side lost it
    # ("maps showed Russian forces were no longer in control of the village of X": the same, as a predicate)
    (re.compile(r"\bno\s+longer\s+(?:controls?|(?:in|in\s+full)\s+control\s+of)\s+|"
                r"\b(?:(?:do|does)\s+not|don['\u2019]t|doesn['\u2019]t)\s+control\s+"
                r"(?=[^.;]{0,60}?\b(?:anymore|any\s+more)\b)", _I), "object", "withdrew", {}),
    # ("Ukrainian troops have relinquished control of the villages of A and B": the same, given up)
    (re.compile(r"\b(?:lost|relinquished|ceded)\s+control\s+(?:of|over)\s+", _I), "object", "withdrew", {}),
    # '"We lost Urozhaine," the battalion admitted': a side that lost a named place left it
    # ("Russian forces lost the village of X after a wave of attacks": the same, the place's kind named first;
    # "Ukraine lost its long-held stronghold, Vuhledar": the kind the side's own, the name set off)
    (re.compile(r"\blost\s+(?=[A-Z][a-z]|the\s+(?:[\w-]+\s+){0,2}?(?:town|city|village|port|settlement)\s+of\s+[A-Z]|"
                r"(?:the|its|their|our)\s+(?:[\w-]+\s+){0,2}?"
                r"(?:town|city|village|port|settlement|stronghold|bastion|hub)"
                r"(?:\s+of|,)\s+[A-Z])"
                # ("Sievierodonetsk, which Ukraine lost in the summer", "two cities Ukraine lost": the relative's gap)
                r"|(?<=\s)lost(?=\s+(?:in|on|during|last|earlier|back|after|this)\b|\s*[,.;])"),
     "object", "withdrew", {}),
    # ("Ukraine denied losing Soledar to Russia": the gerund under a denial, the loss denied)
    (re.compile(r"(?:(?<=\bdeny\s)|(?<=\bdenied\s)|(?<=\bdenies\s)|(?<=\bdenying\s))(?:having\s+)?losing\s+"
                r"(?=[A-Z][a-z]|the\s+(?:[\w-]+\s+){0,2}?(?:town|city|village|port|settlement)\s+of\s+[A-Z])"),
     "object", "withdrew", {}),
    # ("since losing the port of Mariupol", "after losing Avdiivka": the gerund of the same)
    (re.compile(r"\b(?:since|after)\s+losing\s+(?=[A-Z][a-z]|the\s+(?:[\w-]+\s+){0,3}?(?:town|city|village|port|settlement)"
                r"\s+of\s+[A-Z])"), "object", "withdrew", {}),
    # 'Russia claimed to have "control" of Kupiansk', "Ukraine still has full control over the town": a holding
    (re.compile(r"\b(?:have|has|had|having)\s+(?:full\s+|complete\s+|total\s+)?[\"\u201c\u2018']?control[\"\u201d\u2019']?"
                r"\s+(?:of|over)\s+", _I), "object", "holds", {}),
    # ("claimed full control over the city of X": a side's claim to have taken it)
    (re.compile(r"\b(?:took|taken|take|takes|taking|seized|seize|seizes|seizing|gained|gain|gains|established|assumed|"
                r"claim(?:ed|s|ing)?|"
                r"wrest(?:ed|s|ing)?|wrung|"
                r"captured|capture|retook|retaken|retake|regained|regain|regaining|retaking|restored|restoring|reclaimed|"
                r"reclaim|reclaiming|reasserted|"
                r"secured|secure|secures|securing|"
                # ('have taken "full control of Lysychansk ...," the statement said': the words quoted from the verb's object on)
                # ("took additional control of the residential areas of A and B": more ground taken, the same verb)
                r"reestablished|re-established)\s+[\"\u201c\u2018']?(?:full\s+|complete\s+|total\s+|additional\s+)?"
                r"(?:back\s+)?(?:control\s+(?:of|over)|charge\s+of)\s+", _I), "object", "captured", {}),
    (re.compile(r"\b(?:took|taken|take|takes|taking|seized|gained|regained|regain|retook|retaken|restored|reclaimed|"
                r"reasserted|reestablished|re-established)\s+"
                r"(?:back\s+)?(?:full\s+|complete\s+|total\s+)?control\b(?!\s+(?:of|over)\b)", _I),
     "object", "captured", {"implicit": True}),
    # "... have captured the town of X. The Russian Defense Ministry announced the seizure on Sunday": the event just
    # told, named by its noun alone, claimed by the verb's subject
    (re.compile(r"\b(?:announced|announces|claimed|claims|confirmed|confirms|reported|reports|declared|declares|hailed)\s+"
                # (not "announced the capture by Russian troops of X": the noun's own place after its agent)
                r"(?:the|its)\s+(?P<n>capture|seizure|liberation|takeover|recapture)\b(?!\s+of\b|['\u2019]s|\s+by\s+"
                r"(?:the\s+)?(?:Russian|Ukrainian|enemy)\s+(?:troops|forces|army|units)\s+of\b)", _I),
     "object", "captured", {"told": True}),
    # "full control was established over Lisichansk": the passive, its agent the speaker's side unless told
    (re.compile(r"\bcontrol\s+(?:was|has\s+been|had\s+been|is)\s+(?:now\s+|fully\s+)?(?:established|restored|taken|gained)\s+"
                r"(?:over|of)\s+", _I), "object", "captured", {}),
    # "the establishment of control by Russian troops over the settlement of X": the same change of hands as a noun
    (re.compile(r"\b(?:establishment|establishing|seizure|assumption)\s+of\s+(?:full\s+|complete\s+)?control\s+"
                r"(?:by\s+(?:the\s+)?(?P<who>Russian|Ukrainian|Russia['\u2019]s|Ukraine['\u2019]s|enemy|occupying)\s+"
                r"(?:[\w-]+\s+){0,2}?(?:forces|troops|army|units|military)\s+)?(?:over|of)\s+", _I),
     "object", "captured", {"nominal": True}),
    # (after a determiner, "the retreat of Russian forces from X" is the noun, read by the nominal pattern below)
    # (not "Water has withdrawn from Nikolaevka": a flood receding, no army)
    (re.compile(r"(?<!the\s)(?<!\ba\s)(?<!its\s)(?<!their\s)"
                r"(?<!\b[Ww]ater\s)(?<!\b[Ww]ater\shas\s)(?<!\b[Ww]ater\shad\s)(?<!\b[Ff]lood\s)(?<!\b[Ff]loodwaters\s)"
                r"(?<!\b[Ff]loodwaters\shave\s)"
                # ("it had fallen back from the town's Kanal district": the same retreat)
                r"\b(?:withdr(?:ew|awn|aw|aws|awing)|pull(?:ed|s|ing)?|retreat(?:ed|s|ing)?|"
                r"f(?:ell|allen|alls?|alling)\s+back)\s+"
                # (not "withdrawn its occupying government from X", "pulled its diplomats out of X": no army left)
                r"(?:(?!" + _CIVIL_BODY + r")[\w'\u2019]+\s+){0,3}?"
                r"(?:from|out\s+of)\s+", _I), "object", "withdrew", {}),
    # "Units of the Defense Forces moved to new borders west of A, B and C": a military's own word for leaving them
    # (the lines it fell back to lie beyond the places)
    (re.compile(r"\b(?:moved|pulled\s+back|withdrew|retreated|fell\s+back|relocated)\s+to\s+(?:new|more\s+"
                r"(?:advantageous|favou?rable)|prepared|other)\s+"
                r"(?:borders|lines|positions|frontiers|defensive\s+lines)"
                r"\s+(?:to\s+the\s+)?(?:north|south|east|west|northwest|northeast|southwest|southeast)\s+of\s+", _I),
     "object", "withdrew", {}),
    # "the last Ukrainian forces had abandoned the town": a side's own units left (the subject must name a side)
    # ("Russian forces abandoned positions at Hostomel")
    # ("Russia quits Snake Island", "the army had to leave the island": a departure it was forced into, done)
    # ("shelling Kherson, which they recently left": the relative's verb, its object the place before it)
    (re.compile(r"(?:(?<=\bwhich\sthey\s)|(?<=\bwhich\sthey\srecently\s)|(?<=\bwhich\sthey\shad\s))"
                r"(?:left|abandoned|vacated)\b(?=\s+(?:[a-z]+\s+){0,2}?(?:ago|in|on|last|earlier|after)\b|\s*[,.;])|"
                r"\b(?:abandon(?:ed|s|ing)?|vacat(?:ed|es|ing)|left|quit(?:s|ting)?|"
                r"(?:(?<=\bare\s)|(?<=\bis\s)|(?<=\bwere\s)|(?<=\bwas\s))leaving|"
                r"(?:(?<=\bhad\sto\s)|(?<=\bforced\sto\s))leave)\s+(?:(?:their|its|our)\s+)?"
                r"(?:(?:positions|bastion|stronghold|foothold|garrison)\s+(?:in|at|of)\s+)?"
                # (a capital, case-sensitive: not "60 Russians are currently left in the city")
                # (not "abandoned a disastrous assault on the capital Kyiv": an attack given up, no place left)
                # ("forced Russia to abandon key towns such as Izyum and Kupiansk": a plural and its examples)
                r"(?=(?:the|a)\s|(?-i:[A-Z])|(?:[a-z]+\s+){0,2}(?:towns|villages|cities|settlements),?\s+"
                r"(?:such\s+as|including|like)\s)"
                r"(?!(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:assault|attack|offensive|"
                r"attempts?|push|plans?|bid|efforts?|drive)\b)", _I), "object", "withdrew", {"side_subject": True}),
    # "Russian troops fled from Kherson": a side's flight (not "residents fled from the city": the subject must name a
    # side, as for "left")
    (re.compile(r"\b(?:fled|flee(?:s|ing)?)\s+(?:from|out\s+of)\s+(?=(?:the|a)\s|(?-i:[A-Z]))", _I), "object",
     "withdrew", {"side_subject": True, "army_subject": True}),
    # "According to Russia, it has given up the strategically important city of Lyman": a finite "gave up" or "has
    # given up" (not "refused to give up X", an aim; "has not given up X" denies it)
    (re.compile(r"\b(?:(?:has|have|had)\s+(?:[a-z]+\s+)?given|gave)\s+up\s+(?=(?:the|a)\s|(?-i:[A-Z]))", _I), "object",
     "withdrew", {}),
    # "Neskuchne was also claimed Sunday by a Ukrainian army brigade": claimed by a military unit is taken
    (re.compile(r"(?<=\s)claimed(?:\s+[A-Z][a-z]+day|\s+on\s+[A-Z][a-z]+day)?(?=\s+by\s+(?:(?:a|an|the)\s+)?"
                r"(?:Russian|Ukrainian|Ukraine['\u2019]s|Russia['\u2019]s)\s+(?:[\w-]+\s+){0,2}?"
                r"(?:brigade|battalion|regiment|unit|army|forces|troops|division|corps)\b"
                r"(?!\s+(?:spokes\w*|officials?|commanders?|sources?|bloggers?|officers?|press|chief|head|representatives?)))",
                _I), "object", "captured",
     {}),
    # "They claimed the key mining town of Toretsk on Friday": a side's claim with the place as its object (not
    # "claimed Bakhmut was captured", whose own verb follows; a capital, case-sensitive)
    (re.compile(r"(?<=\s)(?:claimed|claims)\s+(?=(?:the\s+(?:[\w-]+\s+){0,3}?(?:town|city|village|settlement)\s+of\s+)?"
                # (one place, not a list: "claimed Donetsk, Luhansk, Zaporizhzhia and Kherson as part of Russia")
                r"(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+)?(?:\s+(?:on|in|last|this)\s+[\w-]+)?"
                r"\s*(?:[.;]|$|,(?!\s*(?-i:[A-Z]))|\s+(?:and|while|but)\s+(?!(?-i:[A-Z]))))",
                _I), "object", "captured", {}),
    # ("the retreat of Russian forces from the city": the side after "of" is the one that left)
    (re.compile(r"\b(?:withdrawal|pull-?back|pull-?out|retreat)\s+(?:of\s+(?:the\s+|its\s+|their\s+)?(?P<who>[\w'\u2019-]+)"
                r"[\w'\u2019\s]{0,30}?\s+)?from\s+", _I),
     "object", "withdrew", {"nominal": True}),
    (re.compile(r"\b(?:knocked|drove|driven|pushed|forced|expelled|ousted|kicked|threw|thrown|cleared|flushed)\s+"
                r"(?P<loser>(?:[\w'\u2019-]+\s+){0,3}?)out\s+of\s+", _I), "object", "captured", {"knocked": True}),
    # a quoted noun keeps its object: 'completed the "liberation" of X'
    # "dislodged the enemy from X": the loser is the object, the subject took X
    # ("pushed Russian forces from Snake Island", "drove the enemy out of Kherson": the same)
    # ("pushed out Russian occupation forces from three villages": the particle before the object)
    # (not the adjective: "the evacuation of families in a forced manner from the city of X")
    (re.compile(r"(?<!\ba\s)(?<!\bthe\s)\b(?:dislodg(?:ed|es|e|ing)|pushed|drove|driven|forced|kicked)\s+"
                r"(?:out\s+(?=\S+\s+(?:\S+\s+){0,3}?from\b))?"
                # ("forced Russian troops off Snake Island": off an island or a height, the same)
                r"(?P<loser>(?:[\w'\u2019-]+\s+){0,3}?)(?:out\s+of|from|off)\s+", _I),
     "object", "captured", {"knocked": True}),
    # ("units of the North grouping expelled Ukrainian troops from Liman": only troops expelled, not "expels Russian
    # diplomats from Kyiv")
    # ("fully cleared Russian forces from the city of X": the same, with troops as the object of "cleared")
    (re.compile(r"\b(?:expell(?:ed|ing)|expels?|ousted|ousting|cleared|clearing)\s+"
                r"(?P<loser>(?:[\w'\u2019-]+\s+){0,2}?(?:troops|forces|units|"
                r"soldiers|servicemen|fighters|enemy|occupiers|invaders|militants))\s+(?:out\s+of|from)\s+", _I),
     "object", "captured", {"knocked": True}),
    # ("the capturing of seven settlements, including A, B and C": the gerund as a noun)
    # ("the liberation on September 8 of the city of Balakliya": its date between the noun and "of")
    # ("announced the takeover of villages A, B and C")
    (re.compile(r"\b(?P<n>liberation|capture|seizure|recapture|retaking|fall|surrender|conquest|(?<!-)occupation|capturing|"
                r"liberating|seizing|takeover)[\"\u201d\u2019']?\s+"
                r"(?:on\s+(?-i:[A-Z])[a-z]+\.?\s+\d{1,2}(?:,\s+\d{4})?\s+|"
                r"on\s+\d{1,2}\s+(?-i:[A-Z])[a-z]+(?:\s+\d{4})?\s+|"
                # ("their capture in early July of the city of X": a month between)
                r"in\s+(?:early\s+|mid-|late\s+)?(?-i:January|February|March|April|May|June|July|August|September|"
                r"October|November|December)(?:\s+\d{4})?\s+(?=of\s)|"
                # ("the capture by Russian troops of the settlements of A, B and C": its agent before "of")
                r"by\s+(?:the\s+)?(?P<who>Russian|Ukrainian|enemy)\s+(?:troops|forces|army|units)\s+)?of\s+", _I),
     "object", "captured", {"nominal": True, "single": True}),
    # "the General Command has confirmed the release of A, B and C": a release from occupation, announced (not "the
    # release of prisoners", which names no place)
    (re.compile(r"\b(?:confirmed|announced|reported)\s+the\s+(?P<n>release)\s+of\s+", _I),
     "object", "liberated", {"nominal": True}),
    # "Russia's earlier captures of strategic locations like Vuhledar and Kurakhove": the plural names its places
    # after "like", "such as", "including"
    # (and with no "of": "significant captures like Kurakhove and Avdiivka")
    (re.compile(r"\b(?:captures|seizures|liberations|conquests)\s+(?:of\s+(?:[a-z-]+\s+){0,3}?)?(?:like|such\s+as|including)\s+",
                _I), "object", "captured", {"nominal": True}),
    # "Ukraine acknowledged the loss of control of A and B": the same, the list whole
    (re.compile(r"\bloss\s+of\s+(?:full\s+|complete\s+)?control\s+(?:of|over)\s+", _I), "object", "withdrew",
     {"nominal": True}),
    # "recognised the loss of the towns of Izium and Balakliia": the loser's side left them
    # (not "a city Russia captured with a great loss of lives and equipment": a loss of men or matériel)
    (re.compile(r"\bloss\s+of\s+(?!(?:[a-z]+\s+){0,2}?(?:li(?:fe|ves)|m[ae]n|personnel|equipment|soldiers|troops|manpower|"
                r"vehicles|tanks|armou?r|aircraft|ships?|weapons|ammunition|blood|power|electricity|jobs|income|revenue|"
                r"momentum|initiative|contact)\b)", _I), "object", "withdrew", {"nominal": True, "single": True}),
    # "following the Russian military's control of the village of Kamenskoye": a side's hold, as a noun
    # (a possessive only: "Ukrainian control of Kupiansk was lost" is no hold)
    (re.compile(r"\b(?P<who>Russia|Ukraine|Moscow|Kyiv|Russian|Ukrainian)(?:['\u2019]s|\s+(?:[a-z]+\s+)?[a-z]+['\u2019]s)\s+"
                r"control\s+(?:of|over)\s+", _I), "object", "holds", {"nominal": True}),
    # "There is no talk of Russian control over the city of X": the holding a denial names, by its side's adjective
    # (and "no question of Russian control over X", "there is no Russian control over X")
    (re.compile(r"(?:(?<=\bno\stalk\sof\s)|(?<=\bno\squestion\sof\s)|(?<=\b[iw]as\sno\s)|(?<=\bis\sno\s))"
                r"(?P<who>Russian|Ukrainian)\s+control\s+(?:of|over)\s+", _I), "object", "holds",
     {"nominal": True}),
    # ("Lyman's recapture by Ukrainian troops": the noun's agent after "by")
    (re.compile(r"['\u2019]s\s+(?P<n>capture|fall|liberation|seizure|recapture|surrender)\b"
                r"(?:(?=\s+by\s+(?:the\s+)?(?P<who>Russian|Ukrainian|Russia|Ukraine|Moscow|Kyiv|Kiev)\b))?", _I),
     "subject", "captured", {"nominal": True}),
    # "Ukraine's flag was flying over the village again", "the Russian flag was hoisted over X"
    # ("The national flag once again flies over X", "state flags had been raised in X and Y": the speaker's own
    # side's flag)
    (re.compile(r"\b(?:(?P<who>Ukraine['\u2019]s|Russia['\u2019]s|Ukrainian|Russian)\s+(?:national\s+|state\s+)?|"
                r"(?:(?:[Tt]he|[Oo]ur)\s+)?(?:national|state)\s+)"
                r"flags?\s+(?:was\s+|is\s+|were\s+|"
                r"(?:has|had)\s+(?:also\s+|now\s+)?been\s+)?(?:also\s+|now\s+|again\s+|once\s+(?:again|more)\s+)?"
                r"(?:flying|flies|flew|raised|hoisted|"
                r"planted)\s+(?:again\s+)?(?:over|above|in(?=\s+(?:the\s+(?:city|town|village|settlement)\s+of\s+)?(?-i:[A-Z])))\s+", _I),
     "object", "captured", {"single": True}),
    # "have raised the flag of Ukraine in Balakliia, Verkhovyi Yar and Ivanivka": the side's flag in each place listed
    # ("raised the national flag of Ukraine over the villages of A and B": over them all)
    # ("liberated, fixed and restored the state flag of Ukraine in A, B and C": a translated report's verb of return)
    (re.compile(r"\b(?:raised|raising|hoisted|hoisting|restored|restoring|returned|returning)\s+(?:the\s+)?"
                r"(?:(?:national|state)\s+)?"
                r"(?:(?P<who>Ukrainian|Russian)\s+flag|flag\s+of\s+(?P<of>Ukraine|Russia))\s+(?:in|over|above|to)\s+"
                r"(?:the\s+(?:villages?|towns?|settlements?)\s+of\s+)?(?=(?-i:[A-Z]))", _I),
     "object", "captured", {"flag": True}),
    # ("marines hoisting a Ukrainian flag above Davydiv Brid")
    # ("hoisting the Ukrainian flag at a building in the village of X": over a building there)
    (re.compile(r"\b(?:raised|raising|hoisted|hoisting|planted|planting)\s+(?:the\s+|a\s+|their\s+|its\s+)?"
                r"(?:(?P<who>[\w-]+)\s+)?flags?\s+(?:over|above|(?:at|on)\s+(?:a|the)\s+(?:[a-z-]+\s+){0,2}?in\s+"
                r"(?=(?:the\s+(?:village|town|city|settlement)\s+of\s+)?(?-i:[A-Z])))\s*", _I),
     "object", "captured", {"single": True}),
    # "Dobropillia, a town currently held by the Ukrainian army", "Tokmak, a rail hub now occupied by Moscow's
    # soldiers": an apposition's participle with its agent (place_linking's _BESIDE_BEFORE admits the noun before it)
    (re.compile(_APPOSED_NOUN + r"(?:(?:now|currently|still|already|long|nominally|formally)\s+)?(?:held|controlled|occupied)\s+by\s+(?:the\s+)?(?P<who>Russian|Ukrainian|Russia['\u2019]s|"
                r"Ukraine['\u2019]s|Moscow['\u2019]s|(?:Kyiv|Kiev)['\u2019]s|Russia|Ukraine|Moscow|Kyiv|Kiev)\b", _I), "beside", "holds", {}),
    # "DeepState shows the villages of A and B as controlled by Ukrainian forces", "marked X as under Russian control":
    # what a map or a report shows the places as (place_linking reads the list right before "as")
    (re.compile(r"(?<=\s)as\s+(?:being\s+)?(?:(?:still|now|fully|currently)\s+)?(?:(?:held|controlled|occupied)\s+by\s+"
                r"(?:the\s+)?(?P<who>Russian|Ukrainian|Russia['\u2019]s|Ukraine['\u2019]s|Moscow['\u2019]s|(?:Kyiv|Kiev)['\u2019]s|"
                r"Russia|Ukraine|Moscow|Kyiv|Kiev)\b|under\s+(?:the\s+)?(?:full\s+)?(?P<who2>Russian|Ukrainian)\s+control\b)", _I),
     "beside", "holds", {"shown": True}),
    # "Sloviansk and Kramatorsk, two of the last cities within Ukrainian control": the apposition's place in a side's
    # hands, told after its noun
    (re.compile(_APPOSED_NOUN + r"(?:(?:still|now|currently)\s+)?(?:within|under|in)\s+(?:the\s+)?(?P<who>Russian|Ukrainian|"
                r"Russia['\u2019]s|Ukraine['\u2019]s|Moscow['\u2019]s|Kyiv['\u2019]s)\s+(?:control|hands)\b", _I), "beside", "holds", {}),
    # "Avdiivka, a factory town Russia captured in February": the apposition's relative clause, its subject a side
    (re.compile(_APPOSED_NOUN + r"(?P<who>Russia|Ukraine|Moscow|Kyiv|(?:Russian|Ukrainian)\s+(?:forces|troops))\s+(?:had\s+|has\s+)?"
                r"(?P<n>captured|seized|took|retook|recaptured|liberated|occupied|overran)\b"
                r"(?=\s+(?:in|on|last|this|early|late|earlier|after|during|back|\d)\b|\s*[,.;])", _I), "beside", "captured", {}),
    # "Selydove, a major town whose capture was announced by the Russian defence ministry": the apposition's relative
    # tells a change of hands by the side whose body announced it
    (re.compile(_APPOSED_NOUN + r"whose\s+(?P<n>capture|seizure|fall|liberation)\s+(?:was|had\s+been|has\s+been)\s+"
                r"(?:announced|claimed|reported|confirmed)\s+(?:\w+\s+)?by\s+(?:the\s+)?(?P<who>Russian|Ukrainian|"
                r"Russia['\u2019]s|Ukraine['\u2019]s|Moscow['\u2019]s|(?:Kyiv|Kiev)['\u2019]s)\b", _I),
     "beside", "captured", {}),
    # "Bakhmut, a small city captured by Russian forces in May": the apposition's participle with its agent tells a
    # change of hands (the agent is the side that took it)
    # ("Izium, a city in the east recently reconquered by Ukrainian forces": where it lies, before the participle)
    (re.compile(_APPOSED_NOUN + r"(?:(?:in|on)\s+the\s+(?:north|south|east|west)\w*\s+)?"
                r"(?:(?:later|eventually|finally|recently|since)\s+)?(?P<n>captured|seized|taken|retaken|"
                r"recaptured|reconquered|liberated|overrun)\s+by\s+(?:the\s+)?"
                r"(?P<who>Russian|Ukrainian|Russia['\u2019]s|"
                r"Ukraine['\u2019]s|Moscow['\u2019]s|(?:Kyiv|Kiev)['\u2019]s|Russia|Ukraine|Moscow|Kyiv|Kiev)\b", _I), "beside", "captured", {}),
    # "Bucha is a small town on the outskirts of Kyiv from which Russian forces withdrew in March": the apposition's
    # relative clause tells who left it
    (re.compile(_APPOSED_NOUN + r"(?:[^,.;:]{0,40}?\s)?from\s+which\s+(?:the\s+)?(?P<who>Russian|Ukrainian|Russia['\u2019]s|"
                r"Ukraine['\u2019]s)\s+(?:forces|troops|army|military|units)\s+(?:had\s+|have\s+|were\s+)?"
                r"(?:withdrew|withdrawn|retreated|pulled\s+out)\b", _I), "beside", "withdrew", {}),
    # ("Ukraine-controlled Sudzha": the country's noun only with the hyphen, "Ukraine held talks" is no cue)
    (re.compile(r"\b(?P<who>Russian|Ukrainian|Kyiv|Moscow|Kremlin|(?:Russia|Ukraine)(?=-))[-\s](?:held|controlled|occupied)\b"
                # ("in the centre of Russian-captured Melitopol": a hyphened participle, the side's since it took it)
                r"|\b(?P<who2>Russian|Ukrainian|Russia|Ukraine)-(?:captured|seized)\b", _I),
     "beside", "holds", {}),
    # "the Russian stronghold of Lyman", "the Ukrainian bastion of Chasiv Yar": the side's own fortified place
    # (not "the former Ukrainian stronghold of X": the side that held it before)
    (re.compile(r"(?<!\bformer\s)(?<!\bonetime\s)(?<!\bone-time\s)\b(?P<who>Russian|Ukrainian)"
                r"(?=\s+(?:[a-z]+\s+)?(?:stronghold|bastion|outpost|garrison)s?\s+of\s+[A-Z])"),
     "beside", "holds", {}),
    # ("Severodonetsk, the last Ukrainian bastion in the region": the same noun in an apposition after the name)
    (re.compile(r"(?<!\bformer\s)(?<!\bonetime\s)(?<!\bone-time\s)\b(?P<who>Russian|Ukrainian)"
                # ("a key Ukrainian stronghold and supply hub in the region")
                # ("Severodonetsk, the last Ukrainian holdout in the Luhansk oblast")
                r"(?=\s+(?:stronghold|bastion|outpost|holdout)(?:\s+(?:in|on|near|along|and)\b|\s*[,.;]))"),
     "beside", "holds", {}),
    # ("Kramatorsk is one of Ukraine's last strongholds in the region", "Kurakhove, a key stronghold of Ukrainian
    # forces": the side named as the holder of the fortified place)
    (re.compile(r"(?<!\bformer\s)\b(?P<who>Ukraine|Russia)['\u2019]s\s+(?:(?:last|remaining|key|main|major|biggest|largest|"
                r"few|final)\s+){0,2}(?:stronghold|bastion|outpost)s?\b"
                r"|(?<!\bformer\s)\b(?:stronghold|bastion|outpost)s?\s+(?:of|for)\s+(?:the\s+)?"
                r"(?P<who2>Ukrainian|Russian)\s+(?:forces|troops|army|military|defen[cs]es)\b"),
     "beside", "holds", {}),
    # a participle used as an adjective, after a determiner or a preposition: "the liberated city of Izium",
    # "the recently retaken village of X", "flags over liberated Vuhledar"
    (re.compile(r"\b(?:the|in|over|to|into|at|of|from)\s+(?:newly\s+|recently\s+|freshly\s+|just\s+)?"
                r"(?P<n>liberated|freed|retaken|recaptured|captured|seized|de-?occupied)"
                # ("northwest of the captured former Ukrainian stronghold of Avdiivka": what it was before, the kind)
                r"(?=\s+(?:(?:[a-z]+\s+|(?-i:Ukrainian|Russian)\s+){0,3}(?:city|cities|towns?|villages?|settlements?|"
                r"capital|stronghold|hub)\s+of\s+)?(?-i:[A-Z])|"
                # ("the liberated villages, including A, B and C")
                r"\s+(?:[a-z]+\s+){0,2}(?:city|cities|towns?|villages?|settlements?)\b)", _I), "beside", "captured",
     {"participle": True}),
    # "towards the occupied cities of Melitopol and Berdyansk", "in occupied Tokmak": in this war's reporting the
    # occupier is Russia unless a "by" says otherwise ("occupied Crimea" names a region, which is no place claim)
    # ("trains to still-occupied Mariupol": the holding that lasts, hyphenated)
    # ("the road between occupied towns of X and Y": between them too)
    # ("the temporarily occupied port of Berdyansk": the port names its town; "Oleksiivka in the occupied territories
    # of Zaporizhzhia Oblast": the side's ground as a whole, the place before it inside)
    # ("Ukraine's occupied port of Berdyansk": the country's possessive in the determiner's place)
    # ("forced to flee occupied Berdiansk", "struck occupied Melitopol": after a verb whose object it is, an adjective)
    (re.compile(r"(?:\b(?:the|in|over|to|into|at|of|from|towards?|between|flee|fled|fleeing|leave|left|leaving|"
                r"entered|entering|reached|reaching|shelled|shelling|struck|striking|hit|hitting|attacked|attacking)"
                r"|\bUkraine['\u2019]s)\s+(?:temporarily\s+|still[-\s])?occupied"
                r"(?=\s+(?:(?:[a-z]+\s+){0,2}"
                r"(?:city|cities|town|towns|village|villages|settlement|settlements|capital|port)\s+of\s+)?(?-i:[A-Z])"
                r"|\s+(?:territory|territories|part|parts|areas?|lands?)\b)", _I),
     "beside", "holds", {"occupied": True}),
    # ("In Melitopol, an occupied city in Zaporizhzhia region, ...": the apposition's participle, of the name before)
    (re.compile(r"(?:(?<=,\san\s)|(?<=,\sa\s))(?:temporarily\s+)?occupied"
                r"(?=\s+(?:[a-z]+\s+)?(?:city|town|village|settlement|port|hub)\b)", _I),
     "beside", "holds", {"occupied": True}),
    # "Vuhledar is ours": the speaker's side holds it
    # ('Kostiantynivka "is ours,"': the words quoted from the verb on)
    (re.compile(r"(?<=[\s\"\u201c\u2018'])(?:is|are|was|were|remains?|remained)\s+(?:still\s+|now\s+|again\s+)?[\"\u201c\u2018']?ours\b", _I),
     "subject", "holds",
     {"ours": True}),
    # "Soledar was, is and will be Ukrainian", "Kherson is Ukrainian": the side's adjective as the predicate
    (re.compile(r"(?<=\s)(?:(?:was,\s+)?(?:is|remains)(?:,?\s+and\s+(?:always\s+)?will\s+(?:be|remain))?"
                r"|will\s+(?:be|remain))"
                r"\s+(?:still\s+|again\s+)?(?P<who>Ukrainian|Russian)(?=\s*(?:[,.!;\"\u201d]|$))", _I),
     "subject", "holds", {}),
    # (not the season: "in the fall and winter of 2022", "last fall"; nor the adjective: "fallen soldiers' bodies")
    # ("Sievierodonetsk and Lysychansk succumbed to Russian forces": a fall, told of the town)
    (re.compile(r"\b(?:fell|succumbed(?=\s+to\s)|fallen(?!\s+(?:soldiers|servicemen|troops|heroes|defenders|comrades|"
                r"fighters))|falls|"
                r"(?<!\bthe\s)(?<!\bthis\s)(?<!\blast\s)(?<!\bnext\s)(?<!\bearly\s)(?<!\blate\s)fall)\b"
                # ("the tower broke in half and fell to the ground")
                r"(?!\s+(?:of|back|short|apart|silent|by|from|sharply|behind|victim|under|to\s+(?:the\s+)?ground\b|"
                r"to\s+(?:\d|about|around|its|their|a|an)))(?:\s+to\s+(?:the\s+)?(?P<who>[\w'\u2019-]+))?", _I),
     "subject", "captured", {"fall": True}),
    # ("were able to deoccupy X": Kyiv's word for taking back its own ground)
    # ("de-occupied the village of X", "de-occupied Vysokopillia and Bilohirka": the past only before its object, not
    # "the de-occupied territories", "the de-occupied Izium")
    # ("Seven settlements were de-occupied": the passive too)
    (re.compile(r"\b(?:liberat(?:ed|es|e|ing)|freed|freeing|de-?occup(?:y|ies|ying)|"
                r"(?<!\bthe\s)(?<!\bof\s)(?<!\bnewly\s)de-?occupied(?=\s+(?:the|a|an)\s|\s+(?-i:[A-Z]))|"
                r"(?:(?<=were\s)|(?<=was\s)|(?<=been\s))de-?occupied)\b", _I),
     "object", "liberated", {}),
    # "Ukraine won it back in October": the place named before (place_claims reads "it")
    (re.compile(r"\b(?:took|taken|take|takes|taking|won|win|wins|winning)(?=\s+it\s+back\b)", _I), "object", "captured",
     {}),
    # "Also captured were the villages of A and B": the passive inverted, its subject after the verb
    (re.compile(r"\b" + _INVERTED_VERB + r"\b(?=\s+(?:the\s+)?"
                r"(?:villages?|towns?|settlements?|cities|city|hamlets?)\s+of\b|\s+(?-i:[A-Z]))", _I), "object", "captured",
     {}),
    # "Russian forces had occupied Selydove" (a verb after its subject or auxiliary; "the occupied city" is not one)
    (re.compile(r"(?<=\s)(?:(?:had|have|has)\s+(?:(?:[a-z]+ly|now|already|also)\s+)?|(?:(?<=forces\s)|(?<=troops\s)|(?<=army\s)|(?<=military\s)|(?<=units\s)|(?<=soldiers\s)|(?<=Russia\s)|(?<=Russians\s)|(?<=enemy\s)"
                # ("the Russians in the Donetsk region occupied Kozatske": where the subject fights, between)
                r"|(?:(?<=region\s)|(?<=oblast\s))(?!occupied\s+by\b))"
                r"(?:completely\s+|fully\s+|entirely\s+|already\s+|now\s+|(?-i:[a-z]+ly)\s+)?)occupied\b",
                _I), "object", "captured", {}),
    # ("the port of Berdyansk — currently occupied by Russia —", "X, now occupied by Russian forces,": a reduced
    # relative set off after the name, its agent after "by")
    (re.compile(r"(?:,|\s[\u2014\u2013])\s*(?:(?:currently|now|still|temporarily)\s+)?occupied(?=\s+by\s)", _I),
     "subject", "holds", {"occupied": True}),
    # "Russian forces are now occupying the villages of A and B": a holding told as it lasts
    (re.compile(r"\b(?:is|are|was|were)\s+(?:now\s+|still\s+|already\s+)?occupying\b", _I), "object", "holds", {}),
    # "Izium had been occupied since April 2", "the whole district is occupied": the place is (or was) held by the
    # occupier, in this war's reporting Russia unless a "by" says otherwise
    # ("are currently not occupied by Russian troops": the time adverb before the negation)
    (re.compile(r"(?<=\s)(?:is|are|was|were|been|being)\s+(?:now\s+|still\s+|already\s+|currently\s+|presently\s+|not\s+|"
                r"(?:completely|fully|entirely|temporarily)\s+){0,2}[\"\u201c\u2018']?(?:fully\s+)?occupied\b", _I),
     "subject", "holds", {"occupied": True}),
    # "the villages of A and B are among those reported to be occupied", "... are believed to be occupied"
    (re.compile(r"(?<=\s)(?:is|are|was|were)\s+(?:among\s+those\s+)?"
                r"(?:(?:reported|said|believed|thought|understood|known)\s+to\s+(?:be|have\s+been)\s+)?"
                r"(?:now\s+|still\s+|fully\s+)?occupied\b", _I), "subject", "holds",
     {"occupied": True}),
    # "its soldiers are holding their ground in Soledar", "our positions are holding in Avdiivka": the side is still there
    (re.compile(r"\b(?:hold(?:s|ing)?|held|maintain(?:s|ed|ing)?|keep(?:s|ing)?|kept)\s+(?:their|its|our|the)\s+"
                r"(?:ground|positions|lines|defen[cs]es?)\s+(?:in|at)\s+|"
                r"\bpositions\s+(?:are|were|remain|remained)\s+(?:still\s+|firmly\s+)?holding\s+(?:in|at)\s+", _I),
     "object", "holds", {}),
    (re.compile(r"\b(?:(?:took|taken|take|takes|taking|won|win|wins|winning)\s+back|(?:re)?captur(?:ed|es|e|ing)|seiz(?:ed|es|e|ing)|took|retook|tak(?:en|es|e|ing)|"
                r"retak(?:en|es|e|ing)|overr(?:an|un)|cleared|(?:finished|completed)\s+clearing|stormed|reclaimed|"
                # ("separatist forces have conquered Lysychansk")
                r"conquer(?:ed|s|ing)?|"
                # ("said Novonikolayevka was secured by special forces", "credited for securing Dvurechanske")
                r"regain(?:ed|s|ing)?|secur(?:ed|es|e|ing))\b"
                # (not "the main offensive actions took place in the area of X", "took part in": the idioms)
                r"(?!\s+(?:place|part)\b)", _I), "object", "captured", {}),
    (re.compile(r"\b(?:(?:have|has|had|maintain(?:s|ed)?|keeps?|kept|retain(?:s|ed)?|(?:are|is|was|were|remains?|remained)\s+"
                r"(?:now\s+|still\s+|firmly\s+|fully\s+)?in)\s+(?:full\s+|firm\s+|complete\s+)?control\s+"
                r"(?:of|over)|retain(?:s|ed|ing)?|hold(?:s|ing)?|held|control(?:s|led|ling)?|"
                # ("Russian forces now occupy the villages of A and B": the present of a holding)
                # (not "were holding back the assault", "holding off attacks": a resistance, no holding of a place)
                r"occup(?:y|ies))\b(?!\s+(?:talks|a\s+|an\s+|back\b|off\b))",
                _I), "object", "holds", {}),
    # "the Ukrainian forces were expelled from the village of X": the passive, its subject the side that lost X
    (re.compile(r"\b(?P<loser>(?:[\w'\u2019-]+\s+){0,2}?(?:troops|forces|units|soldiers|servicemen|fighters|enemy|"
                r"occupiers|invaders|militants))\s+(?:were|was|have\s+been|had\s+been|has\s+been)\s+(?:[a-z]+ly\s+)?"
                r"(?:expelled|ousted|driven\s+out|pushed\s+out|knocked\s+out|forced\s+out|kicked\s+out|"
                r"thrown\s+out)\s+"
                r"(?:of|from)\s+", _I), "object", "captured", {"knocked": True}),
    # "Russia claimed victories in the cities of A, B and C": a claim to have taken them
    (re.compile(r"\b(?:claim(?:s|ed|ing)?|declar(?:es|ed|ing)|announc(?:es|ed|ing))\s+(?:a\s+|its\s+|their\s+)?"
                r"victor(?:y|ies)\s+(?:in|at)\s+", _I), "object", "captured", {}),
]

# the words of a falsehood told about an event ("fake news of", "disinformation about", "spreading lies about"): who
# spreads it claims the event, who names it so denies it (place_denials._FAKE_NOUN, place_controller._SPREAD_FALSEHOOD)
FALSEHOOD = (r"(?:false|fake|untrue|baseless|fabricated|bogus|disinformation|misinformation|fakes|lies|a\s+lie|"
             r"falsehoods?)")

_CANNOT_SAY_THAT = (r"(?:cannot|can\s+not|can['\u2019]t|could\s+not|couldn['\u2019]t)\s+(?:yet\s+)?"
                    r"(?:say|claim)\s+that\b")
# ("it is incorrect / too early to talk about the capture of X": a denial in the form of a verdict on talk)
_DENY_BEFORE = re.compile(r"\b(?:den(?:y|ied|ies|ying)|reject(?:ed|s|ing)?|refut(?:ed|es|ing)?|dismiss(?:ed|es|ing)?|"
                          r"disput(?:ed|es|ing)\s+(?:that|reports|claims|the\s+claim)|"
                          # "Kyiv has questioned Russia's claims of capturing X", "cast doubt on reports that ..."
                          # ("Ukraine scorned Russian claims to have captured X", "mocked the report": derision denies)
                          r"(?:question(?:ed|s|ing)?|cast(?:s|ing)?\s+doubt\s+on|doubt(?:ed|s|ing)?|scorn(?:ed|s|ing)?|"
                          r"ridicul(?:ed|es|ing)|mock(?:ed|s|ing)?|derid(?:ed|es|ing)|laugh(?:ed|s|ing)?\s+off|"
                          # ("had played down reports that Kherson had fallen": making light of the news denies it)
                          r"play(?:ed|s|ing)?\s+down|downplay(?:ed|s|ing)?)"
                          r"\s+(?:the\s+|these\s+|"
                          r"(?:[A-Z][\w\u2019'-]+['\u2019]s\s+){1,2})?(?:[a-z]+\s+)?(?:claims?|reports?|statements?|"
                          r"assertions?|announcements?)|"
                          r"(?:incorrect|wrong|premature|too\s+early|a\s+stretch)[\"\u201d\u2019']?\s+to\s+(?:talk|speak)\s+"
                          r"(?:about|of)|"
                          # "it's inaccurate to say that the Russian troops have fully captured the city"
                          r"(?:inaccurate|incorrect|wrong|untrue|false|not\s+true|not\s+accurate)\s+to\s+(?:say|claim|"
                          r"suggest|report)\s+(?:that\s+)?|"
                          # ("we cannot say that X is occupied": the speaker will not assert it)
                          + _CANNOT_SAY_THAT + r"\s+|"
                          # "spreading false reports about capturing X", "fake news of the fall of X"
                          r"(?:false|fake|untrue|baseless|fabricated|bogus)\s+(?:reports?|claims?|information|news|"
                          r"statements?|rumou?rs?)\s+(?:about|of|on|that)|"
                          # ("spreads disinformation about capturing the city", "spreading lies about the seizure of
                          # X": the noun is the falsehood itself)
                          r"(?:disinformation|misinformation|fakes|falsehoods?)\s+(?:about|of|on|that)|"
                          # (lies told or spread, not a place that "lies about 16 km from" another)
                          r"(?:spread\w*|tell\w*|told|circulat\w*)\s+(?:the\s+|more\s+|such\s+)?(?:lies|a\s+lie)\s+"
                          r"(?:about|of|on|that)|"
                          # ("While the enemy spreads fake news, claiming control over the village of X")
                          r"(?:false|fake|untrue|baseless|fabricated|bogus)\s+(?:reports?|claims?|information|news|"
                          # (the participle is the cue itself, right after the comma)
                          r"statements?|rumou?rs?)\s*,\s+(?=\Z|claiming\b|alleging\b))", _I)
_BUT_THIS = re.compile(r"[^.;:,]{0,40},?\s+but\s+(?:this|that|it)\s+(?:(?:is|was|does|did|has|had)\s+)?(?:not\s+|never\s+)?", _I)
# "reports of the capture of X are not confirmed by facts", "... does not correspond to reality": officials' denials
# ("claims ... that Russian forces have taken Siversk are likely inaccurate": an assessment's denial; "Russian
# statements about the capture of the city are informational provocations")
_DENY_AFTER = re.compile(r"\b(?:untrue|false|fake|not\s+true|baseless|groundless|lies|a\s+lie|disinformation|inaccurate|"
                         r"incorrect|exaggerated|(?:information(?:al)?\s+)?provocations?|"
                         r"fabricat\w+|premature|not\s+(?:been\s+)?confirmed\s+by\s+(?:the\s+)?facts|"
                         r"(?:not|never)\s+correspond(?:s|ed)?\s+(?:to|with)\s+reality|"
                         # ("..., but this did not reflect reality")
                         r"(?:not|never)\s+reflect(?:s|ed)?\s+(?:the\s+)?reality)\b", _I)
# "have not penetrated the first line ..., or taken": a verb coordinated by "or"/"nor" after a negated one
_NEGATED_COORDINATE = re.compile(r"\b(?:not(?!\s+only\b)|never|n['\u2019]t)\s[^.;:]{0,120}?(?:,\s*|\s)(?:or|nor)\s+"
                                 r"(?:(?:have|has|had|yet)\s+)?$", _I)
# ("not only ... but also" affirms)
_NEGATED = re.compile(r"\b(?:not(?!\s+only\b)|never|no\s+longer)\s+(?:[\w'\u2019]+\s+){0,2}$"
                      r"|n['\u2019]t\s+(?:[\w'\u2019]+\s+){0,2}$"
                      # ("nobody has captured X", "no one took X": a negated subject denies the act)
                      r"|\b(?:nobody|no\s+one)\s+(?:(?:has|had|have|ever|yet)\s+){0,2}$"
                      # ("There is no talk of Russian control over X", "no question of": out of the question)
                      r"|\bno\s+(?:talk|question)\s+of\s+(?:[\w'\u2019]+\s+){0,2}$"
                      # ("no facts of the capture of X have been recorded", "no evidence of its fall": nothing shows it)
                      r"|\bno\s+(?:facts?|evidence|confirmation|proof|signs?)\s+of\s+(?:the\s+|its\s+)?$"
                      # ("We see no signs that Russia is leaving X": the clause nothing shows)
                      r"|\bno\s+(?:evidence|signs?|indications?)\s+that\s+[^.;:,]{0,40}$"
                      # ("There is no Russian control over X")
                      r"|\b(?:is|are|was|were)\s+no\s+(?:[\w'\u2019]+\s+)?$"
                      # ("The Russians are far from capturing the city": not done, nor near it)
                      r"|\bfar\s+from\s+$"
                      # "This does not mean that we have completely left the city": the clause it says is not so
                      r"|\b(?:not|n['\u2019]t)\s+mean\s+(?:that\s+)?(?:[\w'\u2019]+\s+){1,4}$", _I)
# "rejected that narrative, saying its forces still hold Kupiansk": the "saying" clause is the denier's own
# positive claim, outside the denial's scope
# ("was dismissed by Kyiv as it claimed that Ukrainian forces pushed the Russians out": the denier's own assertion)
_NEW_CLAUSE = re.compile(r"\b(?:said|says|saying|stating|noting|adding|added|insist\w*|stress\w*|but|"
                         r"(?:claimed|claiming|asserted|asserting)\s+that)\b|[;.]", _I)
_CAPTURE_WORDS = ("capture", "seizure", "recapture", "fall", "surrender")


def _make(m: re.Match, sent: str, mode: str, action: str, opts: dict) -> Cue:
    gd = m.groupdict()
    cue = Cue(m.start(), m.end(), mode, action, nominal=opts.get("nominal", False), single=opts.get("single", False),
              implicit=opts.get("implicit", False), told=opts.get("told", False))
    if gd.get("n"):
        cue.action = "liberated" if gd["n"].lower() in ("liberation", "liberating", "liberated", "freed", "deoccupied",
                                                       "de-occupied", "release") \
            else "captured"
        if gd["n"].lower() in ("fall", "occupation"):
            cue.default_side = "Russia"    # "the fall of Bakhmut": as with "X fell", Russia's unless told
    if opts.get("flag"):
        # "the soldiers raised the national flag of Ukraine over X": the flag's country, unless the subject says
        flag = (gd.get("of") or gd.get("who") or "").lower()
        cue.default_side = "Ukraine" if flag.startswith("ukr") else "Russia" if flag.startswith("russ") else None
    cue.participle = opts.get("participle", False)
    cue.shown = opts.get("shown", False)
    cue.side_subject = opts.get("side_subject", False)
    cue.army_subject = opts.get("army_subject", False)
    if opts.get("under"):
        # "remains under Ukrainian control" holds; "came under Russian control" is a capture
        cue.agent = (gd.get("of") or "").rstrip("'\u2019") or gd.get("who")
        if gd.get("of") and _PROXY.match(sent, m.start("of")):
            cue.agent = "Russian"    # "under the control of the self-proclaimed Luhansk republic": Moscow's proxies
        if gd.get("occ") and not cue.agent:
            cue.default_side = "Russia"      # "remain under occupation": in this war's reporting, Russia's
        if m.group(0).lower().startswith("into") or re.search(
                r"\b(?:came|come|comes|coming|went|gone|brought|returned|passed|taken|took|take|takes|taking)\s+(?:\w+\s+){0,3}?$", sent[max(0, m.start() - 25):m.start()], _I):
            cue.action = "captured"
    elif opts.get("brought"):
        cue.end = m.end()            # the places sit between "brought" and "under ... control"
        cue.agent = gd.get("who") or gd.get("of")
    elif opts.get("fall"):
        cue.agent, cue.since_too, cue.default_side = gd.get("who"), True, "Russia"
    elif opts.get("occupied"):
        by = _BY_AGENT.match(sent, m.end())
        cue.agent, cue.default_side = (by.group("who") if by else None), "Russia"
        if re.match(r"\s+since\b", sent[m.end():]):
            cue.action = "captured"      # "had been occupied since April 2": the capture, dated by "since"
    elif opts.get("listed"):
        cue.listed = True
        cue.agent = gd.get("who") or gd.get("by")   # "the villages Russia has captured include", "... captured by Ukrainian forces are"
    elif opts.get("knocked"):
        cue.loser = (gd.get("loser") or "").strip() or None
    elif gd.get("who") or gd.get("who2"):
        cue.agent = gd.get("who") or gd["who2"]
    # ("its troops were withdrawing from X": a progressive, not a passive; the verb is the match's first word)
    # ("soldiers had been withdrawn from X": a withdrawal's passive still has the place after "from")
    # ("the village of Udy recently liberated by the Ukrainian Armed Forces": an adverb between place and participle)
    # ("in the city of Izium, recently liberated by the Armed Forces of Ukraine": the same adverb after a comma)
    reduced = mode == "object" and action in ("captured", "liberated") and not cue.nominal \
        and _REDUCED_RELATIVE.fullmatch(m.group(0)) and _BY_AGENT.match(sent, m.end()) \
        and re.search(r"(?-i:[A-Z])[\w'\u2019-]+(?:\s+|,\s+(?=" + _ADVERB_OF_TIME + r"\s))"
                      r"(?:" + _ADVERB_OF_TIME + r"\s+)?$",
                      sent[max(0, m.start() - 40):m.start()])
    if reduced:
        # "the situation in Soledar taken by the Russian military": a participle right after the place, with its agent
        cue.mode, cue.agent = "subject", _BY_AGENT.match(sent, m.end()).group("who")
    elif mode == "object" and action in ("captured", "liberated") and not cue.nominal \
            and _REDUCED_RELATIVE.fullmatch(m.group(0)) and _TELEGRAPHIC_END.match(sent, m.end()) \
            and _TELEGRAPHIC_NAME.search(sent, max(0, m.start() - 50), m.start()):
        # '"Urozhaine liberated. Our defenders are consolidating"': a name and its participle, a report's headline
        # style, the name its subject
        cue.mode = "subject"
    elif mode == "object" and action in ("captured", "liberated") and not cue.nominal \
            and _REDUCED_RELATIVE.fullmatch(m.group(0)) \
            and _WITH_PLACE_BEFORE.search(sent, max(0, m.start() - 80), m.start()):
        # "gains, with the town of Trostyanets liberated from Russian troops": the place the participle tells of
        cue.mode = "subject"
        by = _BY_AGENT.match(sent, m.end())
        cue.agent = by.group("who") if by else None
    elif mode == "object" and action in ("captured", "liberated") and not cue.nominal \
            and (_REDUCED_RELATIVE.fullmatch(m.group(0)) or re.fullmatch(r"occupied", m.group(0), _I)) \
            and LISTED_AS.search(sent, max(0, m.start() - 160), m.start()):
        # "DeepState identified the settlements of Dachne, Novy Trud, and Volkove as captured": the places the
        # participle is predicated of, listed before it
        cue.mode = "subject"
        by = _BY_AGENT.match(sent, m.end())
        cue.agent = by.group("who") if by else None
        if action == "captured":
            cue.default_side = "Russia"     # (as "X fell": in this war's reporting, Russia's unless told)
    elif mode == "object" and not cue.nominal and not re.match(r"\w+ing\b", m.group(0), _I) and action != "withdrew" \
            and _PASSIVE_BEFORE.search(sent, max(0, m.start() - 40), m.start()):
        # "X has been liberated", "the village was captured by Russian forces", "cleared of Russian troops"
        cue.mode = "subject"
        # ("the village was taken over by Russian forces": the particle before the agent)
        particle = re.match(r"\s+over(?=\s+by\b)", sent[m.end():m.end() + 10], _I)
        by = _BY_AGENT.match(sent, m.end() + (particle.end() if particle else 0))
        of = _OF_LOSER.match(sent, m.end())
        if opts.get("knocked"):
            cue.passive_loser, cue.mode = True, "object"
        elif by:
            cue.agent = by.group("who")
        elif of and cue.action == "captured":
            cue.loser = of.group("who")
    elif mode == "object" and re.search(r"clear(?:ed|ing)$", m.group(0), _I):
        # "its troops had finished clearing the Russian town of Sudzha of Moscow's forces": the side cleared out lost
        # the place, whatever side names the town
        cleared = _CLEARED_OF.match(sent, m.end())
        if cleared is not None:
            cue.loser = cleared.group("who")
    return cue


# the place cleared and who it was cleared of
_CLEARED_OF = re.compile(r"\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,5}?[A-Z][\w'\u2019-]+\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?"
                         r"(?P<who>Russian|Ukrainian|Moscow|Kyiv|Kiev|enemy|occupying|occupiers?)\b", _I)


# For each pattern of _PATTERNS (same order), words one of which every match contains, lowercased: most sentences
# hold none of a pattern's words, and a substring test costs far less than the pattern's scan (the cues were the
# extractor's largest single cost). tests/unit/test_prefilter_needles.py checks each tuple against its pattern.
_NEEDLES: list[tuple[str, ...]] = [
    ("captured", "taken", "seized", "fallen"), ("liberated", "freed"),
    ("control", "hands"), ("control", "hands"),
    ("control",), ("captured", "liberated", "taken", "seized", "retaken", "recaptured", "freed"),
    ("captured", "liberated", "seized", "retaken", "recaptured", "freed", "reconquered", "reclaimed"),
    ("control", "occupation", "rule"), ("flag",), ("control", "jurisdiction"), ("hands",), ("control",),
    ("returned", "restored"), ("control",),
    ("control",), ("lost", "relinquished", "ceded"), ("losing",),
    ("losing",),
    ("control",),
    ("control", "charge"),
    ("control",), ("capture", "seizure", "liberation", "takeover", "recapture"), ("control",), ("control",),
    ("withdr", "pull", "retreat", "back"), ("moved", "back", "withdrew", "retreated", "relocated"),
    ("abandon", "vacat", "left", "quit", "leaving", "leave"), ("fled", "flee"), ("given", "gave"), ("claimed",),
    ("claim",),
    ("withdrawal", "pull", "retreat"), ("out",), ("dislodg", "pushed", "drove", "driven", "forced", "kicked"),
    ("expel", "ousted", "ousting", "clear"),
    ("liberation", "capture", "seizure", "retaking", "fall", "surrender", "conquest", "occupation", "capturing",
     "liberating", "seizing", "takeover"), ("release",),
    ("captures", "seizures", "liberations", "conquests"), ("loss",), ("loss",), ("control",), ("control",),
    ("capture", "fall", "liberation", "seizure", "surrender"), ("flag",), ("flag",), ("flag",),
    ("held", "controlled", "occupied"),
    ("held", "controlled", "occupied", "control"),
    ("control", "hands"),
    ("captured", "seized", "took", "retook", "recaptured", "liberated", "occupied", "overran"),
    ("whose",),
    ("captured", "seized", "taken", "recaptured", "reconquered", "liberated", "overrun"),
    ("withdr", "retreat", "pulled"),
    ("held", "controlled", "occupied", "captured", "seized"),
    ("stronghold", "bastion", "outpost", "garrison"),
    ("stronghold", "bastion", "outpost", "holdout"),
    ("stronghold", "bastion", "outpost"),
    ("liberated", "freed", "retaken", "recaptured", "captured", "seized", "occupied"), ("occupied",), ("occupied",),
    ("ours",),
    ("ukrainian", "russian"),
    ("fell", "fall", "succumbed"),
    ("liberat", "free", "occup"), ("back",), ("captured", "liberated", "taken", "seized", "retaken", "recaptured", "freed"),
    ("occupied",), ("occupied",), ("occupying",), ("occupied",), ("occupied",),
    ("hold", "held", "maintain", "keep", "kept", "positions"),
    ("took", "tak", "won", "win", "captur", "seiz", "overr", "clear", "stormed", "reclaim", "regain", "secur",
     "conquer"),
    ("control", "retain", "hold", "held", "occup"),
    ("expelled", "ousted", "driven", "pushed", "knocked", "forced", "kicked", "thrown"),
    ("victor",),
]
assert len(_NEEDLES) == len(_PATTERNS)
_PREFILTER = Needles(_NEEDLES)


# a cue verb in scare quotes ('its units had “liberated” Vovche'): the marks become spaces (same length, so every
# offset still points into the sentence) and the verb is read as written
# (or a few words: 'its forces had “liberated the settlement” of Novooleksandrivka')
_SCARE_QUOTED_WORD = re.compile(r"[\"\u201c]([a-z]+(?:\s[a-z]+){0,3})[\"\u201d]")


# an editor's name in brackets inside a quotation ('"the troops were withdrawn from the settlement of (Lyman)"'):
# the brackets become spaces too
_BRACKETED_NAME = re.compile(r"(?:(?<=\bof\s)|(?<=\bin\s)|(?<=\bto\s)|(?<=\bfrom\s))[(\[]((?-i:[A-Z])[\w'\u2019-]+(?:\s(?-i:[A-Z])[\w'\u2019-]+){0,2})[)\]]",
                             re.IGNORECASE)


# "claimed it had \u2014 after more than a year of fighting \u2014 captured X": an aside between dashes that splits an
# auxiliary from its verb is blanked (same length), so the verb's pattern reads "had ... captured X"
_AUXILIARY_ASIDE = re.compile(r"\b((?:has|have|had|was|were|is|are|been))\s*[\u2014\u2013]\s[^\u2014\u2013.;]{3,80}?\s[\u2014\u2013]\s*(?=[a-z])")


def unquote_words(sent: str) -> str:
    """``sent`` with the marks around one to four lower-case words blanked (``_SCARE_QUOTED_WORD``), the brackets
    around a name an editor put into a quotation (``_BRACKETED_NAME``) and the marks of hashtags."""
    if "#" in sent:
        # ("liberated by the #Russian Armed Forces": a post's hashtag is the word it marks)
        sent = re.sub(r"#(?=[A-Za-z])", " ", sent)
    if "(" in sent or "[" in sent:
        sent = _BRACKETED_NAME.sub(lambda m: " " + m.group(1) + " ", sent)
    if "\u2014" in sent or "\u2013" in sent:
        sent = _AUXILIARY_ASIDE.sub(lambda m: m.group(1) + " " * (m.end() - m.start(1) - len(m.group(1))), sent)
    if '"' not in sent and "\u201c" not in sent:
        return sent
    return _SCARE_QUOTED_WORD.sub(lambda m: " " + m.group(1) + " ", sent)


def find_cues(sent: str) -> list[Cue]:
    """The cues of ``sent`` (place_claims.py passes it through ``unquote_words`` first)."""
    out: list[Cue] = []
    low = sent.lower()
    present = _PREFILTER.present(low)
    if not present:
        return out
    for (pat, mode, action, opts), mask in zip(_PATTERNS, _PREFILTER.masks):
        if not present & mask:
            continue
        for m in pat.finditer(sent):
            if any(m.start() < c_end and c.start < m.end() for c in out for c_end in (max(c.end, c.start + 1),)):
                continue
            out.append(_make(m, sent, mode, action, opts))
    out.sort(key=lambda c: c.start)
    # ("have managed to take it [the village] under their control": the taking is the claim, whose verb and
    # object the capture patterns read; the "under" is no holding of its own)
    # ("the community of X was under occupation for 7 months": a past span, over when told, is no holding now)
    out = [c for c in out if not (c.action == "holds" and low.startswith("under", c.start)
                                  and (_TAKE_OBJECT_BEFORE.search(sent, 0, c.start)
                                       or _PAST_BE_BEFORE.search(sent, max(0, c.start - 20), c.start)
                                       and _SPAN_AFTER.match(sent, c.end)))]
    for c in out:
        # ("Bakhmut is not occupied by the Russian Federation": the negation inside the cue)
        # (but "we do not control X anymore": the negation is the loss itself)
        # ("Russians control neither Kupiansk nor Kupiansk-Vuzlovyi": the object's own negation)
        c.denied = _denied(sent, c) or re.search(r"\bnot\b", sent[c.start:c.end], _I) is not None \
            and not _NO_LONGER_HELD.search(sent, c.end, min(len(sent), c.end + 80)) \
            or c.mode == "object" and re.match(r"\s*neither\b", sent[c.end:], _I) is not None
    # "the occupation of X" claims nothing by itself ("the occupation of Kherson ended"); only the officials' formula
    # "information about the occupation of X is not true" does, as a denial
    # (and "confirmed the occupation of X": a claim that it is so)
    # ("We can't yet confirm or deny the information of the so-called withdrawal from Kherson": no word either way)
    return [c for c in out if (c.denied or not sent[c.start:c.end].lower().startswith("occupation")
                               or _CONFIRMED_BEFORE.search(sent, max(0, c.start - 30), c.start))
            and not _NEITHER_WAY.search(sent, max(0, c.start - 80), c.start)
            and not (sent[c.start:c.end].lower().startswith(("confirm", "verif", "acknowledg"))
                     and _NOT_BEFORE_VERB.search(sent, max(0, c.start - 40), c.start))]


_PAST_BE_BEFORE = re.compile(r"\b(?:was|were|had\s+been)\s+(?:[a-z]+\s+)?$", _I)
_SPAN_AFTER = re.compile(r"\s+for\s+(?:(?:more\s+than|over|almost|nearly|about|some)\s+)?(?:[\w-]+\s+)?"
                         r"(?:days|weeks|months|years)\b", _I)


# "take it [the village] under their control", "took the town under control": the verb and its object before "under"
_TAKE_OBJECT_BEFORE = re.compile(r"\b(?:took|taken|take|takes|taking)\s+(?:it|them|the\s+[a-z]+)"
                                 r"(?:\s*\[[^\]]{1,40}\])?\s+$", _I)
# ("DeepState reported the Russian occupation of X on July 14": reported as done, its taker's adjective between)
_CONFIRMED_BEFORE = re.compile(r"\b(?:confirm(?:s|ed|ing)?|report(?:s|ed|ing)?|announc(?:es|ed|ing)|"
                               r"record(?:s|ed|ing)?)"
                               r"\s+(?:the\s+)?(?:(?:Russian|Ukrainian|full|complete)\s+)?$", _I)
# a negation right before a verb of confirming ("has not yet confirmed", "could not independently verify")
_NOT_BEFORE_CONFIRM = r"\b(?:not|n['\u2019]t)\s+(?:yet\s+|immediately\s+|officially\s+|independently\s+)?"
_NEITHER_WAY = re.compile(r"\b(?:confirm\s+or\s+deny|deny\s+or\s+confirm|"
                          r"neither\s+confirm(?:ed|s)?\s+nor\s+den(?:y|ied|ies))\b"
                          # ("The Ukrainian military has not confirmed the capture", "could not independently verify
                          # the capture": no confirmation is no denial either)
                          r"|" + _NOT_BEFORE_CONFIRM + r"(?:confirm(?:ed)?|verif(?:y|ied)|acknowledg(?:e|ed))\s+"
                          r"(?:the\s+|its\s+|their\s+)?"
                          r"(?:reported\s+|claimed\s+)?$", _I)


# ("has not confirmed the capture": the told event's own verb negated, no word either way)
_NOT_BEFORE_VERB = re.compile(_NOT_BEFORE_CONFIRM + "$", _I)


_OPEN_DASH_ASIDE = re.compile(r"\s[\u2013\u2014]\s[^\u2013\u2014]*$")


_ATTRIBUTIVE_OBJECT = re.compile(r"(?:from|in|of|to|near|into)\s+(?:the\s+)?(?:Russian-|Ukrainian-)?"
                                 r"(?:occupied|held|controlled)\b", _I)


def _denied(sent: str, cue: Cue) -> bool:
    # (not "had still not evacuated them from occupied Oleshky": a preposition's object, its participle attributive,
    # is outside the negated verb's scope)
    if _NEGATED.search(sent, max(0, cue.start - 50), cue.start) \
            and not _ATTRIBUTIVE_OBJECT.match(sent, cue.start, cue.end):
        return True
    if (neg := _NEGATED_COORDINATE.search(sent, max(0, cue.start - 160), cue.start)) is not None \
            and not _NEW_CLAUSE.search(sent, neg.start() + 3, cue.start):
        # "have not penetrated the first line of defence, or taken the village of X": the verb coordinated after "or"
        # shares the negation
        return True
    d = None
    for d in _DENY_BEFORE.finditer(sent, 0, cue.start):
        pass
    if d is not None and not _NEW_CLAUSE.search(sent, d.end(), cue.start) and not (
            _OPEN_DASH_ASIDE.search(sent, 0, d.start()) and re.search(r"\s[\u2013\u2014]\s", sent[d.end():cue.start])):
        # (not "The ministry - denying reports of airborne troops arriving - admitted retreating from X", the dashes
        # en or em: a denial set off by dashes is of something else)
        return True
    after = sent[cue.end:cue.end + (170 if cue.nominal else 120)]
    deny = _DENY_AFTER.search(after)
    # ("... had allegedly been captured, but this did not reflect reality": "this" is the claim just told)
    if deny and (not _NEW_CLAUSE.search(after[:deny.start()].replace("were", ""))
                 or _BUT_THIS.fullmatch(after, 0, deny.start())) \
            and not _OTHER_CAPTURE.search(after, 0, deny.start()):
        # "claims by Wagner that Russian forces have taken Soledar are false": the verdict is on the claim noun
        # whose "that" clause holds the verb
        return cue.nominal or cue.mode == "subject" or _CLAIM_THAT_BEFORE.search(sent, max(0, cue.start - 90),
                                                                                 cue.start) is not None
    return False


# the noun of a claim whose "that" clause runs up to the cue: "claims by Russia's Wagner group that Russian forces
# have taken", "reports that the town had"
# ('"The information that Russians have taken control of X is untrue"': the officials' formula)
# ('"The fact that our military has already liberated X ... is not true"': the same verdict on a "fact")
# ('"Information about the enemy taking full control of A and B is not true"': the event as a gerund after "about")
_CLAIM_THAT_BEFORE = re.compile(r"\b(?:claims?|reports?|assertions?|allegations?|statements?|information|news|"
                                r"rumou?rs?|[Tt]he\s+fact)\s+(?:(?:by|of|from)\s+"
                                r"[^,;.\"\u201c\u201d]{1,50}?\s+)?that\s+[^,;.\"\u201c\u201d]{0,60}$"
                                r"|\b(?:information|reports?|claims?|news)\s+about\s+(?:the\s+)?"
                                r"(?:[\w'\u2019-]+\s+){1,3}$"
                                # ("Russian reports of seizing Toretsk are part of a disinformation campaign": the
                                # gerund of the event after the claim noun)
                                r"|\b(?:reports?|claims?|news|allegations?)\s+(?:of|about)\s+$", _I)


# '"liberated", a day after claims it had been retaken were dubbed premature': the verdict judges the nearer
# capture, not this one
_OTHER_CAPTURE = re.compile(r"\b(?:(?:re)?tak(?:en|e|es)|captur(?:ed|e|es)|seiz(?:ed|e|es)|liberat(?:ed|e|es)|fell)\b", _I)


# ("(?-i:may)": the month "in May 2023" is no modal)
_CANNOT_SAY = re.compile(_CANNOT_SAY_THAT, _I)   # (the denial's own modal: see _DENY_BEFORE)
_MODAL = re.compile(r"\b(?:could|would|might|(?-i:may)|will|shall|should|must|can|cannot|can['\u2019]t|won['\u2019]t|"
                    r"wouldn['\u2019]t)\s+(?:[\w'\u2019]+\s+){0,3}$", _I)
_AIM = re.compile(
    # ("is going to take X", "poised to seize X", "prioritized efforts to seize X": an intention, not a claim)
    # ("hence Russia's determination to take X": the noun of the aim too)
    r"\b(?:aim|want|need|plan|seek|sought|try|tries|tried|trying|attempt|hope|threat|intend|intent|vow|promis|fail|bid|"
    r"effort|goal|"
    # ("it is quite possible to deoccupy either X or Y": what may be done)
    r"(?:im)?possib|"
    # ("Russian forces have yet to capture X": not done)
    r"going|poised|prioriti[sz]|yet(?=\s+to\s)|"
    # ("were able to liberate X": what they managed to do, not an aim)
    # ("doubts about Russia's ability to capture X": what it may do, not what it did)
    r"objective|ready|prepar|(?<!was\s)(?<!were\s)(?<!been\s)able|unable|abilit|capabilit|"
    # ("are unlikely to retake X": a forecast, not a deed)
    r"determin|expect|(?:un)?likely|task|mission|demand|order(?!ed)|wish|"
    r"fight|battle|struggl|operation|offensive|campaign|push|drive|assault|race|counter-?(?:attack|offensive)|attack|"
    # ("has been pressing to capture X", "is about to fall")
    # ("brings Russia closer to capturing X": a step towards it)
    # ("Ukraine is set to pull its troops from X": what is about to happen)
    r"sen[dt]|deploy|press|striv|scrambl|help|(?:is|are|was|were)\s+(?:about|set(?=\s))|closer|nearer)\w*\s+"
    # (not "the counteroffensive led to the liberation of X": what it brought about, not its aim)
    r"(?:[\w'\u2019-]+\s+){0,4}?(?<!\bled\s)(?<!\bleads\s)(?<!\bleading\s)to\s+(?:[\w'\u2019-]+\s+)?$"
    # ("a fierce battle against the Armed Forces of Ukraine to take X": the aim after the fight's opponent)
    r"|\b(?:fight|battle|struggl)\w*\s+against\s+(?:[\w'\u2019-]+\s+){1,6}?to\s+(?:[\w'\u2019-]+\s+)?$"
    # ("deadlines he has not been able to meet - to take the town of X": an infinitive set off by a dash names a goal)
    r"|\s[\u2013\u2014-]\s+to\s+$", _I)
# a nominal event still going on, told after its place: "the liberation of X ... is underway now"
# (within the noun's own clause: not "the liberation of X was completed, while fighting is ongoing nearby")
_UNDERWAY_AFTER = re.compile(r"(?:(?!,\s+(?:but|while|and|as|though|whereas)\b)[^.;]){0,80}?\b(?:is|are|was|were)\s+"
                             r"(?:now\s+|still\s+|already\s+)?"
                             # ("the liberation of X is nearing completion": not complete yet)
                             r"(?:underway|under\s+way|ongoing|continuing|in\s+progress|nearing\s+completion|"
                             r"near(?:ly)?\s+complete(?:d|ion)?|close\s+to\s+completion)\b", _I)
# a past "forced ... to" makes the infinitive a deed done, whatever offensive forced it ("has forced Russia to
# abandon X")
# (not "was forced to scrap plans to conquer X": the infinitive forced is another's, the aim stays an aim)
_FORCED_TO = re.compile(r"\b(?:forced|compelled|obliged)\s+(?:(?!to\b)[\w'\u2019-]+\s+){1,3}?to\s+$", _I)
# a bare infinitive coordinated with a "to" infinitive of the same clause: "to stabilize the front and (bring X back)"
_BARE_INFINITIVE_AFTER_TO = re.compile(r"(?<!\bmanaged\s)(?<!\bable\s)(?<!\bsucceeded\s)\bto\s+[a-z]+\s+"
                                       r"[^,;.:\u2014]{0,60}?\s+and\s+$", _I)
# a necessity or an order before the infinitive of its clause: "it is necessary to continue the offensive ... to
# liberate X", "ordered the troops to press on and to take X"
_NEEDED_TO = re.compile(r"\b(?:necessary|need(?:s|ed)?|must|should|ha(?:s|ve|d)\s+to|instruct\w*|order(?:s|ed)?|"
                        r"call(?:s|ed)?\s+on|urg(?:e|es|ed))\b[^.;:!?]{0,100}?\bto\s+$", _I)
# "only a matter of time before the Russians took X": what is expected, not what happened
_TIME_BEFORE = re.compile(r"\b(?:matter|question)\s+of\s+(?:time|days|weeks|hours)\s+(?:before|until)\s+"
                          r"(?:[\w'\u2019-]+\s+){0,3}$", _I)
_CLAIMS_REFERRED = re.compile(r"(?:^\W*|\b(?:the|these|those|such)\s+)(?:statements|reports|claims|rumou?rs|allegations|assertions)"
                              r"\s+that\s+[^.;:]{0,60}$", _I)
# ("the liberation of Volchansk—a city in the Donetsk region—was ‘a matter of time,’": in quotes too)
_FORECAST_AFTER = re.compile(r"[^.;,:]{0,40}?[\s\u2014\u2013](?:is|was|seems|seemed|appears|appeared|looks|looked)\s+"
                             r"(?:only\s+|just\s+|now\s+|still\s+)?[\"'\u2018\u201c]?"
                             r"(?:a\s+(?:matter|question)\s+of\b|imminent\b|inevitable\b|near\b|close\b|"
                             r"likely\b|expected\b|unlikely\b|possible\b)", _I)
# the event a noun names is one foreseen: "the much-anticipated fall of Kyiv", "a possible capture of X"
_FORESEEN_BEFORE = re.compile(r"\b(?:much-|long-)?(?:anticipated|expected|predicted|feared|possible|potential|imminent|"
                              r"impending|looming|inevitable|hoped-for|planned)\s+$", _I)
# "the capture of Lyman would allow Kyiv to advance": the event as a condition of another
# ("the liberation of Artemovsk will give the Russian units several options": what it would bring, in the future)
# (not "will be": "the news of the fall of X will be swept away" tells of a fall that happened)
_WOULD_AFTER = re.compile(r"[^.;,]{0,40}?\s(?:(?:would|could|might)\s+(?:\w+\s+)?(?:allow|enable|open|give|let|mean|"
                          r"help|pave|cut|make|deprive|put|bring|be)|will\s+(?:allow|enable|open|give|let|mean|help|"
                          r"pave|cut|deprive|bring)"
                          # ("the capture of Kurakhove may happen quite soon": an event foreseen)
                          r"|(?:would|could|might|(?-i:may)|will|can)\s+(?:(?:\w+ly|soon|still|well)\s+){0,2}"
                          r"(?:happen|occur|take\s+place|come)"
                          # ("the fall of Pokrovsk could pose a direct threat to Kramatorsk": what it would bring)
                          r"|(?:would|could|might)\s+(?!not\b|never\b|have\b|be\s+(?:confirmed|verified)\b)"
                          r"(?:(?:\w+ly|also|even|soon)\s+)?(?:pose|threaten|lead|trigger|spell|change|signal|mark|"
                          r"leave|force|expose|jeopardi[sz]e|undermine|weaken|strengthen|give|shift|allow|open))\b", _I)
# what forces are readied for: "building up forces for an offensive in the south and the capture of", "preparing for
# the capture of", "creating conditions for the capture of"
_PREPARED_FOR = re.compile(r"\b(?:prepar\w*|build\w*\s+up|amass\w*|mass\w*|gather\w*|conditions|ready|readying|"
                           r"plans?|planning)\b[^.;]{0,40}?\bfor\s+(?:[^.;]{0,50}?\s+and\s+)?(?:the\s+|a\s+)?$", _I)
# "sees the capture of Bakhmut, a city it calls Artemovsk, as a key strategic goal": the event named as an aim
_AS_A_GOAL_AFTER = re.compile(r"[^.;]{0,80}?\bas\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,3}?"
                              r"(?:goal|aim|objective|priority|target|task)\b", _I)
# "... the fall of Kyiv, estimated by Western officials to be likely within 72 hours, has not yet occurred"
_NOT_HAPPENED_AFTER = re.compile(r"[^.;]{0,120}?\b(?:has|have|had)\s+(?:not|n['\u2019]t)\s+(?:yet\s+)?"
                                 r"(?:occurred|happened|taken\s+place|materiali[sz]ed)\b", _I)
# "did not address Kyiv's claim to have taken the village": a reference to a claim told elsewhere
# (a noun, after a possessive or article; "Russia claims to have captured X" is Russia's claim)
_CLAIM_REF = re.compile(r"(?:['\u2019]s|\bthe|\bits|\btheir|\ba)\s+(?:[a-z]+\s+)?(?:claims?|assertions?|reports?)\s+"
                        r"(?:that\s+it\s+had\s+|to\s+have\s+)$", _I)
# "Kyiv has not confirmed the loss of X", "Moscow did not comment on the capture": no word either way
_NO_WORD = re.compile(r"(?:\b(?:not|never|n['\u2019]t|yet\s+to)\s+(?:\w+\s+)?(?:confirm|comment|acknowledg|address|mention|"
                      r"disclos|verif|report)\w*|\bno\s+(?:(?:direct|explicit|public|official)\s+)?(?:mention|word|confirmation|comment|"
                      # ("made no direct reference to retreat from Krynky"; "There have been no Ukrainian reports about
                      # the capture of the settlement": what nobody has said)
                      r"reference)|\bno\s+(?:(?:Ukrainian|Russian|official|independent)\s+)?reports?)"
                      r"\s+(?:on\s+|of\s+|to\s+|about\s+)?"
                      r"(?:[\w'\u2019-]+\s+){0,3}$", _I)
_MODAL_THEN_AFTER = re.compile(r"\b(?:will|would|could|might|may)\s+(?:[\w-]+\s+){1,4}?(?:after|upon|following|with)\s+"
                               r"(?:the\s+)?$", _I)
_TAKE_PART = re.compile(r"(?:take|takes|taking|taken|took)\s+part\b", _I)
# a progressive the cue's "-ing" is coordinated with: "are advancing on Siversk, as well as clearing ... from"
_COORDINATED_PROGRESSIVE = re.compile(r"\b(?:is|are|was|were)\s+(?:\w+ly\s+)?[a-z]+ing\b[^.;:]{0,120}?,?\s+"
                                      r"(?:and|as\s+well\s+as)\s+(?:also\s+)?$", _I)
_NO_LONGER_HELD = re.compile(r"\b(?:anymore|any\s+more)\b", _I)
# "it was uncertain who controlled X", "unclear who holds X": a question left open
_OPEN_QUESTION = re.compile(r"\b(?:uncertain|unclear|not\s+clear|unknown|not\s+known)\s+(?:\w+\s+){0,2}?(?:who|which\s+side)\s+$", _I)
# ("once they take X": a condition; "attacked once again in occupied X", "once more": no condition)
_CONDITION = re.compile(r"\b(?:if|unless|whether|until|once(?!\s+(?:again|more)\b))\b", _I)
# "If confirmed, this would make X the first town to fall ...", "Russia's claimed fall of X, if confirmed, would":
# the sentence weighs an unverified claim; only a background adjunct ("after capturing Y last year") is told as fact
_IF_CONFIRMED = re.compile(r"\bif\s+(?:confirmed|true|verified|accurate|correct|so)\b", _I)
_ADJUNCT_BEFORE = re.compile(r"\b(?:after|since|following|before)\s+(?:[a-z]+ly\s+)?$", _I)
_GAP_BREAK = re.compile(r"\b(?:said|says|which|who|and|but)\b|[;:.]", _I)


# "ordered to postpone the capture of X", "to prevent the fall of X": an event put off or averted did not happen
# (and what is only brought nearer: "brings closer the liberation of X", "paves the way for the capture of Y")
# ("may further delay Russian forces' seizure of Pokrovsk": the possessor before the noun)
_AVERTED = re.compile(r"\b(?:postpon|delay|prevent|avert|avoid|forestall|thwart|stave\s+off)\w*\s+(?:the\s+|a\s+|an\s+)?"
                      r"(?:[\w-]+\s+)?(?:[\w-]+['\u2019]s?\s+)?$|\bcloser\s+(?:to\s+)?(?:the\s+)?$|"
                      r"\b(?:pav|open)\w*\s+the\s+way\s+(?:for|to)\s+"
                      r"(?:the\s+)?$", _I)


# "a counteroffensive tasked with retaking Kherson", "aimed at capturing X": an aim
# ("Russia's aim of securing full control of the Donbas": the gerund of the aim before its noun)
# ("a credible threat of seizing X", "the risk of losing X": a possibility, not an event)
# ("a pivot away from taking the capital", "instead of storming X": what was not done)
# ("completing the task of liberating X", "in the process of capturing X": the work under way, not yet done)
_AIM_GERUND = re.compile(r"\b(?:tasked|charged|aim(?:ed|ing)?|bent|intent|focus(?:ed|es|ing)?|goal\s+of|aim\s+of|"
                         r"hopes?\s+of|"
                         # ("will not allow Russia to count on capturing X": what one expects, not what was done)
                         r"count(?:s|ed|ing)?\s+on|"
                         r"task\s+of|process\s+of|"
                         # ("talked up the priority of recapturing X", "made recapturing X a priority": an aim)
                         r"priority\s+of|importance\s+of|"
                         # ("concentrating their efforts on seizing the town of X")
                         r"efforts?|"
                         # ("create favorable conditions for capturing X": what is prepared, not done)
                         r"conditions\s+for|"
                         # ("could make their own decision about withdrawing from X", "considering a pullout"): not done
                         r"decisions?\s+(?:about|on)|decid\w*\s+(?:on|about)|consider(?:s|ed|ing)?|contemplat\w*|mull\w*|"
                         r"away\s+from|instead\s+of|rather\s+than|"
                         # ("are completing the liberation of the city of X", "continue the capture of X": going on;
                         # not "have completed the liberation of X", done)
                         r"(?:completing|continu(?:e|es|ed|ing))\s+the|"
                         # ("There is no way of taking Zaporozhye quickly", "impossible to take control of X")
                         r"no\s+way\s+(?:of|to)|impossible\s+to|unable\s+to|"
                         r"(?:threat|risk|danger|chance|prospects?|possibility|likelihood)\s+of)\s+"
                         r"(?:with|at|on|of)?\s*(?:[a-z]+ing\s+(?:the\s+)?(?:full\s+|complete\s+|total\s+)?)?$", _I)


# "was close to capturing the towns A and B", "on the verge of falling under Russian control": not yet done (a gerund
# only: "Mykolaiv, close to the seized city of Kherson" locates one place by another)
_NOT_YET = re.compile(r"\b(?:(?:close|near)\s+to|on\s+the\s+(?:verge|brink|cusp)\s+of)\s+"
                      r"(?P<g>[a-z]+ing\s+(?:[\w'\u2019-]+\s+){0,2})?$", _I)


# 'Moscow had "not given up" capturing the town': an attempt still going on
_GIVEN_UP = re.compile(r"\b(?:give|gives|gave|given|giving)\s+up(?:\s+on)?[\"\u201d\u2019']?\s+$", _I)


# a bare verb ("after the Ukrainian defenders liberate Tokmak", "they must capture X"): a time to come, not an event
# told; "did not capture", "to capture" are read by the denial and aim rules
_BARE_VERB = re.compile(r"(?:liberate|capture|seize|retake|recapture|free|storm|overrun|regain)\b", _I)
# (and a plural subject that names a side: the headline's present, "Russian troops capture Siversk")
_BARE_OK_BEFORE = re.compile(r"\b(?:did|do|does|to|not|n['\u2019]t)\s+(?:[a-z]+ly\s+)?$|"
                             r"\b(?:Russian|Ukrainian|Russia['\u2019]s|Ukraine['\u2019]s|(?:Kyiv|Kiev)['\u2019]s|Moscow['\u2019]s)\s+"
                             r"(?:[\w-]+\s+){0,2}?(?:forces|troops|soldiers|army|units|marines|paratroopers|fighters|"
                             r"brigades?)\s+(?:[a-z]+ly\s+)?$|\b(?:Russians|Ukrainians)\s+$", _I)


# "units are to capture X", "the task is to liberate X": "be" with "to" sets a task or plan (not the past: "the
# hardest task was to liberate X" tells of one done)
_BE_TO = re.compile(r"\b(?:is|are)\s+(?:(?:now|also|still|yet|soon|then|jointly)\s+)?"
                    r"(?:about\s+|poised\s+|set\s+)?to\s+(?:[a-z]+ly\s+)?$", _I)
# ("a breakthrough could follow after Ukrainian troops liberate Tokmak": an event to come)
_BARE_SUBORDINATE = re.compile(r"\b(?:after|when|once|until|till|before|if|unless|whether|as\s+soon\s+as)\s+"
                               r"(?:the\s+)?(?:[\w'\u2019-]+\s+){1,4}$", _I)


_PURPOSE_TO = re.compile(r"(?:\bin\s+order|\b(?:is|are|was|were)\s+(?:[a-z]+ly\s+)?[a-z]+ing\b[^.;:]{0,60}?)\s+to\s+$",
                         _I)
_HAVING_BEFORE = re.compile(r"\bhaving\s+(?:[a-z]+ly\s+)?$", _I)
_ONGOING = re.compile(r"\bbeing\s+(?:[a-z]+ly\s+)?$", _I)
_GERUND_SUBJECT = re.compile(r"(?:^|\b(?:that|of|for|on|about|in)|[,;:\"\u201c])\s*$", _I)
_WITH_BEFORE = re.compile(r"(?:.*[.;:]\s+|\s*)With\s+(?:the\s+)?", re.S)
_GERUND_ADJUNCT = re.compile(r"\b(?:after|since|following|by|while|when|before|from|of|in|for|on|upon|without)\s+$", _I)
_MODAL_AFTER = re.compile(r"\b(?:will|would|could|can|may|might)\s")
# a capture noun opening its clause ("The capture of X", "... believes that the fall of X") whose verb, after the
# place and perhaps an apposition, is a modal: what the capture would bring, not a capture told
_SUBJECT_START = re.compile(r"(?:^|[.;:]\s+|\bthat\s+)[\"\u201c]?(?:the|a|any|an\s+eventual|the\s+eventual)\s+$", _I)
_SUBJECT_MODAL = re.compile(r"[^.;:!?]{0,60}?(?:,[^,.;:!?]{1,80},)?\s+(?:will|would|could|might)\s+(?:also\s+|likely\s+|"
                            r"probably\s+)?(?:be|lead|bring|provide|allow|give|mark|open|mean|become|enable|put|deal|"
                            r"advance|hinder|cut|help|serve|prove|pave|change|turn|signal|trigger|make)\b", _I)


_REPORTED_BEFORE = re.compile(r"\b(?:announced|said|says|claimed|claims|reported|confirmed|declared|stated)\b", _I)
# (and a possessor's: "Ukraine's alleged loss of Bakhmut")
# "the enemy was in a hurry to make statements about the capture of the town": claims spoken of, nobody's assertion here
_STATEMENTS_ABOUT = re.compile(r"\b(?:make|makes|making|made|spread\w*|issu\w*)\s+(?:[a-z]+\s+)?(?:statements?|claims?)\s+"
                               r"(?:about|of|regarding|on)\s+(?:the\s+)?$", _I)
_HEARSAY_BEFORE = re.compile(r"(?:\b(?:the|an?)|['\u2019]s)\s+(?:alleged|purported|supposed|rumou?red)\s+$", _I)
_ORDERED_TO = re.compile(r"\b(?:ordered|orders|ordering|instructed|instructs|commanded|commands)\s+(?:[\w'\u2019-]+\s+){0,5}?"
                         r"to\s+(?:(?:immediately|fully|completely)\s+)?$"
                         # ("Moscow demands that Ukrainian troops pull out from Luhansk, ...": a demand, not the event)
                         r"|\b(?:demands?|demanded|demanding)\s+that\s+(?:[\w'\u2019-]+\s+){0,4}?"
                         r"(?:(?:must|should|immediately)\s+)?$", _I)
# "the partial liberation of Marinka", "partly captured": part of a place is no claim on it
# ("has almost completed the clearing of Kupyansk": not yet done)
# ("subject to partial Russian control": the side's adjective between)
# an infinitive of keeping before the place a holding cue follows: "to keep Bakhmut under control"
_TO_KEEP_BEFORE = re.compile(r"\bto\s+(?:keep|retain|maintain)\s+(?:the\s+(?:city|town|village)\s+of\s+)?"
                             r"(?:[A-Z][\w'\u2019-]+\s+){1,3}$")
# the part of a place a holding is told of: "the larger part, more than 80% is now under our control"
_PART_HELD_BEFORE = re.compile(r"\b(?:larger|greater|biggest|bigger|major|better|most)\s+part\b[^.;]{0,60}$"
                               r"|\b\d+(?:[.,]\d+)?\s*(?:%|per\s*cent|percent)\s+(?:of\s+(?:it|the\s+\w+)\s+)?"
                               r"(?:is|are|was|were)\s+(?:now\s+|still\s+|already\s+)?$", _I)
# the bare verbs of leaving a place, which a call or an order puts before the event
_LEAVE_VERB = re.compile(r"(?:withdraw|abandon|leave|surrender|retreat|pull)\b", _I)
_PARTIAL_CUE = re.compile(r"\b(?:partial|partially|partly)\s+(?:(?:Russian|Ukrainian)\s+)?$"
                          r"|\b(?:almost|nearly|largely|mostly)\s+(?:completed?|finished|"
                          r"done\s+with)\s+(?:the\s+)?$", _I)


_TO_BE = re.compile(r"\bto\s+be\s+$", re.IGNORECASE)
# "X was confirmed to be freed", "... is said to be occupied": a raising verb reports a state, not an aim
_REPORTED_TO_BE = re.compile(r"\b(?:is|are|was|were|(?:has|have)\s+been)\s+(?:(?:now|officially|also|widely)\s+)?"
                             r"(?:confirmed|reported|said|believed|known|declared|announced|understood|thought)\s+to\s+be\s+$"
                             # ("was the first key urban center to be captured": a record of what happened)
                             r"|\b(?:was|were|is|became|become)\s+(?:the|its)\s+(?:first|second|third|last|latest|only)\s+"
                             r"(?:[\w-]+\s+){0,4}?to\s+be\s+$",
                             re.IGNORECASE)


# "with 5,600 out of 8,600 buildings brought under control": a counted part of the place, not the place
_COUNTED_PART = re.compile(r"\b\d[\d,.]*\s*(?:%|per\s*cent\s+|percent\s+|out\s+of\s+\d[\d,.]*\s+)?(?:of\s+(?:the|its)\s+)?"
                           r"(?:[a-z]+\s+)?(?:buildings|houses|homes|streets|blocks|neighbou?rhoods|districts|positions)\s+"
                           r"(?:(?:have|had)\s+been\s+|were\s+|are\s+)?(?:brought\s+|come\s+|came\s+)?$", _I)


# "fighting, among other things, for the capture of the city of X": what a fight is for is not yet won


# what only seems to happen: "create the illusion that they are leaving X", "pretending to withdraw from X"
_SEEMING_BEFORE = re.compile(r"\b(?:illusion|impression|appearance)\s+(?:that|of)\s+[^.;:]{0,30}$|"
                             r"\b(?:pretend\w*|feign\w*)\s+(?:that\s+|to\s+)?[^.;:]{0,30}$", _I)


# a withdrawal announced or planned, told by its noun: "Russia's declared withdrawal from X" (not yet seen done)
# (not "has ordered a retreat from X": the gold reads a side's order to pull its own troops out as the pullout)
_DECLARED_BEFORE = re.compile(r"\b(?:declared|announced|promised|proposed|planned)\s+$", _I)


def hypothetical(sent: str, cue: Cue) -> bool:
    """Aims, modals, conditions and questions are not control claims."""
    before = sent[max(0, cue.start - 70):cue.start]
    if cue.mode == "object" and _BARE_VERB.fullmatch(sent, cue.start, cue.end) and (
            not _BARE_OK_BEFORE.search(before) or _BARE_SUBORDINATE.search(before)):
        return True
    if cue.mode == "object" and re.fullmatch(r"take", sent[cue.start:cue.end], _I) and _BARE_SUBORDINATE.search(before):
        return True      # "Donbass will pass into their hands after they take Pokrovsk": a time clause's present, to come
    if cue.mode == "object" and _BARE_VERB.fullmatch(sent, cue.start, cue.end) and _PURPOSE_TO.search(before):
        return True      # "forces are encircling Krasnoarmeysk to liberate it": the aim of what is under way
    if cue.mode == "object" and _BARE_VERB.fullmatch(sent, cue.start, cue.end) and _BE_TO.search(before):
        return True      # "the Dnepr and Vostok units are to jointly capture the city": a task set, not done
    if _HAVING_BEFORE.search(before) and _MODAL_AFTER.search(sent, cue.end):
        return True      # "having liberated this settlement, the army will go to Svatovo": a step foreseen
    if cue.nominal and cue.action == "withdrew" and _DECLARED_BEFORE.search(before):
        return True      # "Ukraine is treating Russia's declared withdrawal from X with caution": announced, not seen
    if _ONGOING.search(before) or (sent[cue.start:cue.end].lower().startswith("holding") and _GERUND_SUBJECT.search(before)):
        return True      # "X is being liberated step by step": not done yet; "holding X was important": no claim
    if cue.nominal and _WITH_BEFORE.fullmatch(before) and _MODAL_AFTER.search(sent, cue.end):
        return True      # "With the liberation of X, Russian forces will push ...": a consequence foreseen
    if re.match(r"[a-z]+ing\b", sent[cue.start:cue.end], _I) and not _GERUND_ADJUNCT.search(before) \
            and _MODAL_AFTER.search(sent, cue.end):
        return True      # "Capturing X would amount to ...", "Putin said taking the town would enable ...": a supposition
    if cue.nominal and FIGHT_FOR.search(before):
        return True
    if cue.nominal and _MODAL_THEN_AFTER.search(before):
        return True      # "the front would be broken after the fall of A, B and C": what a fall would bring
    if _TAKE_PART.match(sent, cue.start):
        return True      # "poisoned while taking part in peace talks": no place taken
    if _SEEMING_BEFORE.search(before):
        return True      # "The occupiers only create the illusion that they are leaving Kherson": not so
    if cue.action != "holds" and re.match(r"[a-z]+ing\b", sent[cue.start:cue.end], _I) \
            and _COORDINATED_PROGRESSIVE.search(sent, max(0, cue.start - 160), cue.start):
        # "troops are advancing on X, as well as clearing Ukrainian forces from Y": a change under way (but "are
        # repelling attacks ... and holding their positions in Y": a holding goes on as told)
        return True
    if _PARTIAL_CUE.search(before):
        return True
    if cue.action == "holds" and _TO_KEEP_BEFORE.search(before):
        return True      # "fought a bloody battle to keep Bakhmut under control": what they fight for, not a holding
    if cue.action == "holds" and _PART_HELD_BEFORE.search(before):
        return True      # "In Bakhmut, the larger part, more than 80% is now under our control": part of the place
    if cue.mode == "object" and _LEAVE_VERB.match(sent, cue.start, cue.end) \
            and _NEEDED_TO.search(sent, max(0, cue.start - 130), cue.start):
        return True      # "He called on Zelensky to withdraw Ukrainian troops from X": an appeal, not the event
    if cue.mode == "object" and _ORDERED_TO.search(before):
        return True      # "Shoigu ordered Moscow's troops to withdraw from Kherson": an order, not (yet) the event
    if cue.nominal and _SUBJECT_START.search(before) and _SUBJECT_MODAL.match(sent, cue.end):
        return True      # "believes that the capture of X, a strategic hub, will be a breakthrough": foreseen
    if _AIM_GERUND.search(before) or _NO_WORD.search(before) or _OPEN_QUESTION.search(before) \
            or _GIVEN_UP.search(before):
        return True
    near = _NOT_YET.search(before)
    if near is not None and (near.group("g") or re.match(r"[a-z]+ing\b", sent[cue.start:cue.end], _I)) \
            and not (cue.mode == "beside" and cue.action == "holds"):
        # (the gerund's object may still be described as held: "close to retaking the key Russian-held city of X")
        return True
    if _COUNTED_PART.search(before):
        return True
    if _TO_BE.search(before) and not _REPORTED_TO_BE.search(before):
        return True      # "talks with Kyiv to be held in Istanbul", "the town is expected to be taken": not (yet) done
    if cue.nominal and _AVERTED.search(before):
        return True
    if _BARE_VERB.fullmatch(sent, cue.start, cue.end) and _NEEDED_TO.search(sent, max(0, cue.start - 130), cue.start):
        return True      # "it is necessary to continue the offensive, together with the East grouping, to liberate X"
    if _BARE_INFINITIVE_AFTER_TO.search(before) and re.match(r"(?:bring|take|retake|regain|liberate|capture|return|"
                                                             r"recapture|seize|free)\b", sent[cue.start:cue.end], _I):
        return True      # "measures to stabilize the situation and bring X back under control": the second aim
    if _CLAIMS_REFERRED.search(before) and not cue.denied:
        return True      # "Statements that Pokrovsk has been "lost" ... harm the military": claims spoken of, unnamed
    if cue.nominal and _FORECAST_AFTER.match(sent, cue.end):
        return True      # "The fall of Pokrovsk is a matter of days", "the capture of X seems imminent": foreseen
    if cue.nominal and _UNDERWAY_AFTER.match(sent, cue.end):
        return True      # "the active liberation of X, which is located south of Y, is underway now": not done yet
    if cue.nominal and _PREPARED_FOR.search(before):
        return True      # "building up forces for an offensive in the south and the capture of X": what they prepare for
    if cue.nominal and _WOULD_AFTER.match(sent, cue.end):
        return True      # "the capture of Lyman would allow Kyiv to advance": what it would bring, not a deed
    if cue.nominal and _AS_A_GOAL_AFTER.match(sent, cue.end):
        return True      # "Russia sees the capture of Bakhmut as a key strategic goal": an aim, named as one
    if cue.nominal and (_FORESEEN_BEFORE.search(before) or _NOT_HAPPENED_AFTER.match(sent, cue.end)):
        return True      # "the much-anticipated fall of Kyiv ... has not yet occurred": expected, not (yet) happened
    if cue.nominal and not cue.denied and _STATEMENTS_ABOUT.search(before):
        return True      # "in a hurry to make statements about the capture of the town": others' claims, told of
    if cue.nominal and not cue.denied and _HEARSAY_BEFORE.search(before) and not _REPORTED_BEFORE.search(sent, 0, cue.start):
        return True      # "did not comment on the alleged fall of the town": someone else's claim, unnamed
    # (a claim referred to is no claim, unless the sentence denies it: "denied Russia's claim that it had taken X")
    # (an attributive participle describes its noun, whatever the main verb's mood: "the authorities cannot access
    # the liberated villages of A and B")
    # (and so does an adjective of holding: "it tried to use the occupied port of X" still says who holds X)
    attributive = cue.mode == "beside" and (cue.participle or cue.action == "holds")
    modal = _MODAL.search(before)
    if modal is not None and cue.denied and _CANNOT_SAY.match(modal.group(0)):
        modal = None     # "we cannot say that X is occupied": the modal is the denial's, not the claim's
    # ("A lightning counteroffensive has forced Russia to abandon key towns": the deed the force brought about)
    forced = _FORCED_TO.search(before) is not None
    if not attributive and (modal or (_AIM.search(before) and not forced)) or _TIME_BEFORE.search(before) \
            or (_CLAIM_REF.search(before) and not cue.denied):
        return True
    for cond in _IF_CONFIRMED.finditer(sent):
        if cond.start() < cue.start and not _ADJUNCT_BEFORE.search(sent, max(0, cue.start - 20), cue.start) \
                and not re.search(r",\s+(?:which|who)\b", sent[cond.end():cue.start]):
            # (not a relative clause after it, told as fact: "The capture, if confirmed, would mark a step for
            # Moscow, which last week took over X")
            return True
        gap = sent[cue.end:cond.start()]
        if cond.start() >= cue.end and len(gap) < 40 and not _GAP_BREAK.search(gap):
            return True
    c = None
    for c in _CONDITION.finditer(before):
        pass
    return c is not None and not re.search(r"[,;:.]", before[c.end():])
