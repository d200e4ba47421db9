"""Place claims, stage 3: the side that holds a place after the event a cue tells (``read_controller``).

The cue's own agent ("fell to Russia", "by Ukrainian forces", "under Russian control"), else the subject's side
word (``sides.py``; "we"/"its forces" -> the claimant's side, "the enemy" -> the other side); "with Russian
troops capturing X" (``_near_controller``); a pronoun subject ("they", "after capturing") -> the side named
before it (``_pronoun_controller``). withdrew -> the other side holds the place. A freeing told with no subject
(``_freed_by``): Russia's when Moscow's words or units speak ("liberated" by the Russian MoD is Russia's
capture), else the side the sentence names, else (for "liberated") the place's own country.
"""
from __future__ import annotations

import re

from pipelines.extraction.area_lexicon import _lex
from pipelines.extraction.discourse import _inside_quote
from pipelines.extraction.furniture import COUNTRY_SIDE
from pipelines.extraction.place_article import _State
from pipelines.extraction.place_attribution import claim_author_side
from pipelines.extraction.place_cues import _DENY_BEFORE, FALSEHOOD, INVERTED_PASSIVE, Cue
from pipelines.extraction.place_linking import _SUBJ_START, PARTICIPLE_PLURAL, _closing_quote
from pipelines.extraction.place_mentions import _Mention
from pipelines.extraction.sides import AGAINST_ITS_STATE_AFTER, _other, _scan_subject, _side_of_match, russia_liberates

# Moscow's own words and units: "Russian-installed officials", "units of the Battlegroup Centre", "in the DPR"
_RUSSIAN_VOICE = re.compile(
    r"\b(?:Russian|Moscow|Kremlin)-(?:installed|backed|appointed)\s+(?:officials?|authorit|head|leader|governor|"
    r"administration)|\b(?:Battle)?groups?\s+(?:of\s+forces\s+)?(?:Cent(?:er|re)|South|East|West|North|Dnepr|Dnieper|"
    r"Vostok|Zapad|Tsentr|Yug|Sever)\b|\b(?:Cent(?:er|re)|South|East|West|North|Dnepr|Vostok|Zapad|Tsentr|Yug|Sever)\s+"
    r"(?:Battle)?group\b|(?:Donetsk|Luhansk|Lugansk)\s+People['\u2019]s\s+Republic|\b[DL]PR\b", re.I)
_AND_RIGHT_BEFORE = re.compile(r"\s*and\s+(?:(?:[a-z]+ly|then|also|now|later|finally)\s+)?", re.I)
_OWNER_AFTER = re.compile(r"\s*(?:the\s+)?(Ukraine|Kyiv)['\u2019]s\s", re.I)


# a falsehood spread about an event ("spreading lies about", "circulating fake news of"): its spreader's claim
_SPREAD_FALSEHOOD = re.compile(r"\b(?:spread\w*|circulat\w*|disseminat\w*)\s+(?:the\s+)?" + FALSEHOOD + r"\b", re.I)
# the side that owns a falsehood, as its adjective or possessive ("Russian disinformation", "Moscow's fakes")
_FALSEHOOD_OWNER = (r"(?P<who>Russian|Ukrainian|Russia['\u2019]s|Ukraine['\u2019]s|Moscow['\u2019]s|Kremlin|"
                    r"Kyiv['\u2019]s)")
# the verdict after a told event that names whose falsehood it is: "... of the city is Russian disinformation"
_IS_SIDE_FALSEHOOD = re.compile(r"[^.;,]{0,60}?\b(?:is|are|was|were)\s+"
                                r"(?:(?:just|simply|only|another|more|a|an|the)\s+)*" + _FALSEHOOD_OWNER
                                + r"\s+(?:propaganda\s+)?" + FALSEHOOD + r"\b", re.I)
# a side's own falsehood before what it is about: "the Russian disinformation about", "Moscow's fakes about"
_SIDE_FALSEHOOD = re.compile(r"\b" + _FALSEHOOD_OWNER + r"\s+(?:propaganda\s+)?$", re.I)


_PARENTHETICAL_SAID = re.compile(r",\s+(?:[\w'\u2019-]+\s+){1,6}(?:said|says)$", re.I)


# a claimant's claim to have done the deed itself: "he claimed to have taken", "says it has captured" is read elsewhere
_CLAIMED_TO_HAVE = re.compile(r"\b(?:claim(?:s|ed|ing)?|boast(?:s|ed|ing)?|purport(?:s|ed|ing)?)\s+to\s+have\s+"
                              r"(?:[a-z]+ly\s+)?$", re.I)


def _controller(sent: str, cue: Cue, claimant_side: str | None) -> str | None:
    """The side that holds the place after the event the cue tells."""
    actor = cue.agent_side(claimant_side)
    if actor is None and not claimant_side and cue.agent and cue.agent.strip().lower() in ("its", "their"):
        # "Russia insisted that Kupiansk remains under its control": the possessive is the country's that opens the
        # sentence and reports it (a country is no speaker of its own)
        country = _COUNTRY_REPORTS.match(sent)
        actor = COUNTRY_SIDE[country.group(1).lower()] if country else None
    if actor is None and cue.mode != "beside":
        # ("retreating from": the cue's first word is the gerund)
        gerund = re.match(r"[a-z]+ing\b", sent[cue.start:cue.end], re.I) is not None
        lo = 0
        starts = [0]
        for b in _SUBJ_START.finditer(sent, 0, cue.start):
            if b.group(0) in "\u2014\u2013" and _AND_RIGHT_BEFORE.fullmatch(sent, b.end(), cue.start):
                continue    # "Russia has been advancing in the east – and took the city of X": the same subject
            if b.group(0).lower() in ("after", "while", "before", "since", "upon") \
                    and not sent[b.end():cue.start].strip() and gerund:
                # "Russia has claimed to control the region after capturing X": the gerund's subject is the clause's
                # before the subordinator (whose own start is the boundary before it)
                # ("Kyiv's troops have been losing ground, and while retreating from X, they ...": past the
                # boundaries that hold only a conjunction)
                lo = next((a for a in reversed(starts[:-1]) if _CONTENTFUL.search(sent, a, b.start())), starts[0])
                break
            lo = b.end()
            starts.append(lo)
        if len(starts) >= 2 and _PARENTHETICAL_SAID.search(sent, starts[-2], lo) \
                and re.match(r"\s*,", sent[lo:cue.start]):
            # "Moscow, the ministry said, has now taken control of X": a reporting clause set off by commas inside
            # the clause opens none; its subject stands before it
            lo = starts[-2]
        comma = sent.find(",", cue.end) if cue.mode == "object" and not cue.nominal \
            and gerund and _GERUND_OPENS.fullmatch(sent, 0, cue.start) else -1
        if comma > 0 and (main := _first_subject(sent, comma + 1, min(len(sent), comma + 60), claimant_side)):
            # "After capturing Avdiivka in February, Russian forces shifted their focus": the gerund opening the
            # sentence shares the subject of the main clause after its comma
            actor = main
        elif cue.mode == "object" and not cue.nominal and not cue.denied and claimant_side \
                and _CLAIMED_TO_HAVE.search(sent, max(0, cue.start - 40), cue.start):
            # "a warning to Putin as he claimed to have taken Bakhmut": the one who claims it did it, whatever side
            # the clause before names
            actor = claimant_side
        elif cue.passive_loser:
            actor = _other(_scan_subject(sent, lo, cue.start, claimant_side))
        elif cue.mode == "object" and not cue.nominal and _GERUND_CLAUSE.search(sent, lo, cue.start) \
                and sent[cue.start:cue.end].lower().endswith("ing"):
            # "Russian forces were nearing the Ukrainian capital on March 1, capturing Kherson": the gerund after
            # the comma shares the main clause's subject, not the side word of its object
            actor = _first_subject(sent, lo, cue.start, claimant_side)
            if actor is None and not claimant_side and _ITS_FORCES.search(sent, lo, cue.start) \
                    and (country := _COUNTRY_REPORTS.match(sent)) is not None:
                # "Russia said its forces made advances, capturing two villages": the possessive subject is the
                # country's that reports it, as for the verb's own "its"
                actor = COUNTRY_SIDE[country.group(1).lower()]
        elif cue.mode == "object" and (claiming := _CLAIMING_IT.search(sent, lo, cue.start)) \
                and (named := _side_words(sent[max(0, claiming.start() - 40):claiming.start()])):
            # "... reports from Russia claiming it has captured the villages of A and B": "it" is the side the
            # participle's claim belongs to
            actor = _side_of_match(named[-1], claimant_side)
        elif cue.mode == "object" and not cue.nominal and not cue.denied \
                and (teller := _SIDE_SAYS_IT.search(sent, max(0, cue.start - 60), cue.start)) is not None \
                and (told := _side_words(teller.group("who"))):
            # '"Although Russia says that it captured Kupyansk," Zelensky said': "it" is the side that says so, not
            # the speaker who quotes it
            actor = _side_of_match(told[0], claimant_side)
        elif cue.mode == "object" and claimant_side and not cue.nominal and not cue.denied \
                and _IT_SUBJECT.search(sent, 0, cue.start):
            # "The ministry claimed that, as well as recapturing villages held by Ukrainian forces, it had also seized
            # X": "it", the verb's own subject, is the body that tells it, not the side named in the clause before
            actor = claimant_side
        elif cue.mode == "object" and cue.nominal and cue.default_side and not cue.denied:
            # "doubts mounting since Ukraine's failed counteroffensive, capped by the fall of Avdiivka": a place's fall
            # names no taker; the sentence's side words are not it ("the fall of Kherson to Ukrainian troops": the
            # side after "to"; else the default side)
            to = _FALL_TO.match(sent, cue.end)
            named = _side_words(to.group(0)) if to else []
            actor = _side_of_match(named[0], claimant_side) if named else None
        elif cue.mode == "object" and not cue.nominal and not cue.denied \
                and (coord := _AND_VERB.search(sent, lo, cue.start)) is not None \
                and (first := next(iter(_side_words(sent[lo:coord.start()])), None)) is not None \
                and (sent[lo:lo + first.start()].strip(" ,\"\u201c").lower() in ("", "the")
                     or _GROUP_OF.fullmatch(sent[lo:lo + first.start()].strip(" ,"))
                     # (the unit's name in quotation marks, whose closing mark the clause starts after)
                     or lo > 0 and sent[lo - 1] in "\u201d\"" and re.fullmatch(r"\s*of(?:\s+the)?\s*",
                                                                        sent[lo:lo + first.start()])):
            # "Ukrainian forces have pushed Russian troops from the right bank and liberated X": the second verb's
            # subject is the first's, not the object between (also "the 'Centre' group of Russian troops had crushed
            # a large Ukrainian force and liberated X": a unit of the side as the subject)
            actor = _side_of_match(first, claimant_side)
        elif cue.mode == "object" and not cue.nominal and cue.denied \
                and (coord := _OR_VERB.search(sent, lo, cue.start)) is not None \
                and (first := next(iter(_side_words(sent[lo:coord.start()])), None)) is not None \
                and sent[lo:lo + first.start()].strip(" ,\"\u201c").lower() in ("", "the"):
            # "Ukrainian forces have not penetrated the Russian first line, or taken X": the negated verbs' one subject
            actor = _side_of_match(first, claimant_side)
        elif cue.mode == "object" and not cue.nominal and not cue.denied and lo > 0 \
                and _AND_VERB.search(sent, lo, cue.start) is not None and _OWN_FORCES_OPEN.match(sent, lo) \
                and (own := claimant_side or _scan_subject(sent, 0, lo, claimant_side)) is not None:
            # "Ukraine announced that its forces had repulsed the Russians in the east and recaptured X": the teller's
            # own forces, subject of both verbs, not the object between
            actor = own
        elif cue.mode == "object":
            deny = _DENY_BEFORE.search(sent, lo, cue.start) if cue.denied and _nominal_like(sent, cue) else None
            # ("said they had captured another Ukrainian village ... following the capture of X": a demonym before
            # a place noun names the place's country, not the nominal's taker)
            scan = _OWNER_DEMONYM.sub(lambda m: " " * len(m.group(0)), sent) if cue.nominal else sent
            # (not the side a fronted adjunct names before a pronoun subject)
            actor = None if deny is None and _pronoun_after_adjunct(sent, lo, cue.start) \
                else _scan_subject(scan, deny.end() if deny else lo, cue.start, claimant_side)
            if cue.denied and deny is None and (owner := _IS_SIDE_FALSEHOOD.match(
                    sent, cue.end, min(len(sent), cue.end + 120))) is not None:
                # "information about the capture of the city is Russian disinformation": the side whose falsehood
                # the verdict names claims the event, whatever side the clause before names
                russian = owner.group("who").lower().startswith(("russia", "moscow", "kremlin"))
                actor = "Russia" if russian else "Ukraine"
            if actor is None and deny is None and (agent := _BY_FORCES_THEN.search(sent, 0, cue.start)) is not None:
                # "DeepState reports a move by Russian forces, as they take control of X": "they" are the forces a
                # "by" names right before the pronoun's clause, not the teller opening the sentence
                actor = _side_of_match(_side_words(agent.group("who"))[0], claimant_side)
            if actor is None and deny is None and lo > 0 and _POINTER_SUBJECT.search(sent, lo, cue.start) \
                    and re.match(r"\s*(?:they|it)\b", sent[lo:cue.start], re.I):
                # "The enemy claims that they have captured X": the embedded clause's pronoun is the claim's
                # subject (the enemy: the speaker's other side)
                twin = _AND_THAT.search(sent, 0, lo)
                prior = list(_THAT.finditer(sent, 0, twin.start())) if twin else []
                # ("said that Russian forces had blocked Ukrainian attempts ... and that they had retaken X": the
                # pronoun is the subject of the "that" clause it is coordinated with)
                # ("Russian troops besieged Kyiv while they managed to take X": after a subordinator the pronoun is
                # the main clause's subject, not the side word nearest it)
                main = _first_subject(sent, 0, lo, claimant_side) if _SUBORDINATOR_BEFORE.search(sent, 0, lo) else None
                actor = (_first_subject(sent, prior[-1].end(), twin.start(), claimant_side) if prior else None) \
                    or main or _scan_subject(sent, 0, lo, claimant_side)
            caused = _RESULTED_IN.search(sent, lo, cue.start) if actor is None and cue.nominal and deny is None else None
            if caused is not None:
                # "the actions of the Battlegroup North resulted in the capturing of seven settlements, including X":
                # whoever's actions they were took them (a side named anywhere in the subject, or Moscow's own unit)
                cause = sent[lo:caused.start()]
                named = _side_words(cause)
                actor = "Russia" if _RUSSIAN_VOICE.search(cause) else (
                    _side_of_match(named[0], claimant_side) if named else None)
            if actor is None and deny is not None:
                # "Kyiv denied the capture of X": the subject denies; the capture denied is the other side's
                actor = _scan_subject(sent, lo, deny.start(), claimant_side)
                # (but "The Russians are spreading lies about the seizure of X": who spreads the falsehood claims it)
                spread = _SPREAD_FALSEHOOD.search(sent, max(lo, deny.start() - 40), deny.end())
                # (and "addressed the Russian disinformation about the capture of X": the side whose falsehood it is)
                owned = _SIDE_FALSEHOOD.search(sent, max(lo, deny.start() - 30), deny.start())
                actor = actor if spread or owned else _other(actor)
            rel = _RELATIVE_SUBJECT.search(sent, max(0, cue.start - 45), cue.start) if actor is None and not cue.nominal else None
            if rel is not None:
                # "Ukrainian counteroffensives that retook X": the relative pronoun's antecedent did it
                ante_lo = 0
                for b in _SUBJ_START.finditer(sent, 0, rel.start()):
                    ante_lo = b.end()
                lo_near = max(ante_lo, rel.start() - 40)
                near = _side_words(sent[lo_near:rel.start()])
                if near and re.fullmatch(r"\s*,?\s*", sent[lo_near + near[-1].end():rel.start()]):
                    # "another step westwards for Moscow, which last week seized X": the side right before the pronoun
                    actor = _side_of_match(near[-1], claimant_side)
                else:
                    actor = _scan_subject(sent, ante_lo, rel.start(), claimant_side)
    if actor is None and claimant_side and cue.denied and cue.mode == "object" and not cue.nominal \
            and _THEY_NOT.search(sent, max(0, cue.start - 40), cue.start) and _inside_quote(sent, cue.start):
        # '"They still have not taken Rabotino," Rogov said': in a speaker's own words "they" is the other side,
        # whose capture he denies
        actor = _other(claimant_side)
    if claimant_side and cue.denied and cue.mode == "object" and not cue.nominal \
            and _NOBODY.search(sent, max(0, cue.start - 30), cue.start):
        # "nobody has captured Bilohorivka", said by its governor: the capture denied is the other side's (whatever
        # side the sentence named before: "Our troops remain in their positions, nobody has captured X")
        actor = _other(claimant_side)
    if actor is None and cue.action == "withdrew" and cue.mode == "object":
        # "Syrskyi withdraws Ukrainian troops from Avdiivka": the troops withdrawn name the side that left (and "the
        # retreat of the Armed Forces of Ukraine from X" its own)
        named = _side_words(sent[cue.start:cue.end])
        actor = _side_of_match(named[0], claimant_side) if named else None
    if actor is None and cue.mode == "object" and cue.nominal and not cue.denied \
            and (adj := _TIME_ADJUNCT_OPENS.match(sent)) is not None and cue.start - adj.end() <= 12 \
            and (comma := sent.find(",", cue.end)) != -1:
        # "Following the capture of Mariinka in January 2024, the Russian army is resuming its offensive": the main
        # clause's subject took it
        actor = _first_subject(sent, comma + 1, min(len(sent), comma + 60), claimant_side)
    if actor is None and cue.default_side:
        actor = cue.default_side     # "X fell": in this war's reporting, to Russian forces unless told
    if actor is None and cue.action == "liberated" and cue.mode == "object" and not claimant_side:
        # "the liberation of Ukraine's southern city of Kherson": a place freed is freed by its own country
        owner = _OWNER_AFTER.match(sent, cue.end)
        actor = "Ukraine" if owner and owner.group(1).lower() in ("ukraine", "kyiv") else actor
    if actor is None and claimant_side == "Ukraine" and not cue.denied and (cue.mode == "subject" or cue.listed
                                                                            or cue.nominal) \
            and _ENEMY_VERB.search(sent, cue.start, cue.end):
        # "Novenke and Basivka were captured", "the villages captured are A and B", "confirmed the capture of villages
        # including A and B", said by a Ukrainian official: Kyiv tells its own gains as liberated, cleared or retaken;
        # a capture without an agent is the enemy's
        actor = "Russia"
    if actor is None and cue.mode != "beside":
        # "we have liberated", "its forces captured", a nominal "the liberation of X", an agentless passive:
        # the claimant's own side did it (and a denial denies the other side's capture)
        actor = _other(claimant_side) if cue.denied and cue.mode != "object" or cue.denied and _nominal_like(sent, cue) \
            else claimant_side
    if actor not in ("Ukraine", "Russia"):
        return None
    return _other(actor) if cue.action == "withdrew" else actor


_OWNER_DEMONYM = re.compile(r"\b(?:Ukrainian|Russian)(?=\s+(?:villages?|towns?|city|cities|settlements?|territory|"
                            r"territories|lands?|soil|regions?|oblasts?|border)\b)")
# ("... have been pushing out Russian forces from the south and recently recaptured X": an adverb of time before it)
# ("have stopped the Russian invaders and continue to maintain control of X": a verb of going on before the cue)
_AND_VERB = re.compile(r"\s+and\s+(?:(?:also|then|later|subsequently|eventually|recently|finally|[a-z]+ly)\s+)?"
                       r"(?:(?:continue[sd]?|(?:has|have)\s+continued|managed|manage[sd]?)\s+to\s+)?$", re.I)
_OR_VERB = re.compile(r"(?:,\s*|\s+)(?:or|nor)\s+(?:(?:have|has|had|yet)\s+)?$", re.I)
_AND_THAT = re.compile(r"\band\s+that\s*$", re.I)
_THAT = re.compile(r"\bthat\s+", re.I)


# "they still have not", "they haven't yet": the pronoun subject of a negated verb right before the cue
_NOBODY = re.compile(r"\b(?:[Nn]obody|[Nn]o\s+one)\s+(?:(?:has|had|have|ever|yet)\s+){0,2}$")
_THEY_NOT = re.compile(r"\b[Tt]hey\s+(?:still\s+|have\s+|had\s+|did\s+|do\s+|yet\s+)*(?:not|n['\u2019]t|never)\s+"
                       r"(?:yet\s+|been\s+able\s+to\s+|managed\s+to\s+)?$")


def _nominal_like(sent: str, cue: Cue) -> bool:
    """A nominal cue, or a gerund with no subject of its own ("too early to talk about taking X under control")."""
    return cue.nominal or (re.match(r"[a-z]+ing\b", sent[cue.start:cue.end], re.I) is not None
                           and re.search(r"\bto\s+(?:talk|speak)\s+(?:about|of)\s+$", sent[max(0, cue.start - 30):cue.start])
                           is not None)


# "the fall of Kherson to Ukrainian troops": the place's name, then to whom it fell
_FALL_TO = re.compile(r"[^,;.]{1,40}?\s+to\s+(?:the\s+)?(?:Russian|Ukrainian|Russia|Ukraine|Moscow|Kyiv|Kiev)\b", re.I)


# a nominal cue as what an action led to: "... resulted in the capture of", "led to the liberation of"
_RESULTED_IN = re.compile(r"\b(?:resulted|results|resulting|result)\s+in\s+(?:the\s+)?$|\b(?:led|leads|leading)\s+to\s+"
                          r"(?:the\s+)?$", re.I)
_COUNTRY_REPORTS = re.compile(r"\W*(Russia|Moscow|Ukraine|Kyiv|Kiev)\s+(?:[\w'\u2019]+\s+){0,3}?(?:said|says|insisted|insists|"
                              r"claimed|claims|announced|announces|stated|states|maintained|maintains)\b", re.I)
_ITS_FORCES = re.compile(r"\b(?:its|their)\s+(?:armed\s+)?(?:forces|troops|army|units|military)\b", re.I)
# (not "de-occupied"; "taken", not "taken back")
_ENEMY_VERB = re.compile(r"(?<!de-)\b(?:captured|seized|overrun|occupied|capture|seizure|occupation|taken(?!\s+back))\b", re.I)

# (and "broke through a Russian line of defense by capturing the town of X": a gerund after "by", "after", "while")
_GERUND_CLAUSE = re.compile(r"[^,]{12,},\s+(?:(?:[a-z]+ly|also|then|eventually|later)\s+)?$|[^,]{12,}\s(?:by|after|while)\s+$")


# a word more than a conjunction: a clause between two boundaries that can hold a subject
_CONTENTFUL = re.compile(r"\b(?!(?:and|but|or|then)\b)[A-Za-z]{2,}")
# a gerund opening its sentence after a subordinator: "After capturing X, ...", "Since taking X, ..."
_GERUND_OPENS = re.compile(r"\W*(?:After|Since|Upon|Following|Before)\s+(?:(?:[a-z]+ly)\s+)?", re.I)


def _first_subject(sent: str, lo: int, hi: int, claimant_side: str | None) -> str | None:
    """The side of the first subject word in [lo, hi): the main clause's subject, for a gerund after it."""
    # (not a side word that names ground or a preposition's object: "the fighting spilled into Ukraine's Sumy Region")
    for end in sorted({m.end() for m in _lex().side.finditer(sent, lo, hi) if not _GROUND_NAMED.match(sent, m.end())
                       and not _PREPOSITION_BEFORE.search(sent, max(0, m.start() - 10), m.start())}):
        side = _scan_subject(sent, lo, end, claimant_side)
        if side:
            return side
    return None


# "with Russian troops reportedly capturing X": a side word right before the verb is its subject, even after "with"
_JUST_BEFORE = re.compile(r"(?:['\u2019]s)?(?:\s+(?:armed\s+)?(?:forces|troops|army|units|military|soldiers|fighters))?"
                          r"\s+(?:(?:[a-z]+ly|have|has|had|now|also|then|already|still)\s+){0,2}", re.I)

# a subject that only points back: "they captured X", "its forces took X", "after capturing X" (the clause's subject)
# ("they managed to take control of X": what they succeeded in doing, the same subject)
_ADVERBS_BEFORE_VERB = (r"(?:(?:[a-z]+ly|have|has|had|now|also|then|first|still|already|earlier|later|since|"
                        r"managed\s+to|(?:were|was)\s+able\s+to)\s+){0,2}$")
# a definite army of no named side points back too: "In February, the army regained control of five localities"
_OWN_FORCES_OPEN = re.compile(r"\s*(?:its|their|our)\s+(?:own\s+)?(?:armed\s+)?"
                              r"(?:forces|troops|army|units|soldiers)\b", re.IGNORECASE)
_FRONTED_ADJUNCT = re.compile(r"\W*(?:After|Following|Despite|Amid|Since|During|Facing|Under|Given)\s+[^,;:.]{3,80},",
                              re.I)
_PRONOUN_SUBJECT = re.compile(r"\s*(?:they|it)\s+(?:have\s+|has\s+|had\s+|now\s+|also\s+|finally\s+|reportedly\s+)*",
                              re.I)
def _pronoun_after_adjunct(sent: str, lo: int, end: int) -> bool:
    """Does the clause before ``end`` open on a fronted adjunct (at or after ``lo``) and then a pronoun subject
    ("Following successful Ukrainian counter-offensives, they withdrew from X")? The side the adjunct names is not the
    pronoun's; the pronoun is read from the sentence before."""
    adjunct = _FRONTED_ADJUNCT.match(sent)
    return adjunct is not None and lo <= adjunct.end() <= end and _PRONOUN_SUBJECT.fullmatch(sent, adjunct.end(), end)


_TIME_ADJUNCT_OPENS = re.compile(r"\W*(?:[A-Z][a-z]+\s*:\s*)?(?:After|Following|Since|With)\s+(?:the\s+)?", re.I)
_SUBORDINATOR_BEFORE = re.compile(r"\b(?:while|when|after|because|although)"
                                  r"(?:\s+it\s+(?:seems|seemed|appears|appeared)\s+that)?\s*$", re.I)
# a pronoun subject right after the forces a "by" names: "a move by Russian forces, as they take X"
_BY_FORCES_THEN = re.compile(r"\bby\s+(?:the\s+)?(?P<who>Russian|Ukrainian)\s+(?:armed\s+)?"
                             r"(?:forces|troops|army|units|soldiers)"
                             r"\s*,?\s+(?:as|while|when)\s+they\s+" + _ADVERBS_BEFORE_VERB, re.I)
_THE_ARMY = r"\b[Tt]he\s+(?:army|troops|military|servicemen|soldiers|fighters|armed\s+forces)\s+"

_POINTER_SUBJECT = re.compile(
    r"(?:\b(?:they|it)\s+|\b(?:its|their)\s+(?:own\s+)?(?:armed\s+forces|forces|troops|units|army|military|soldiers)\s+|"
    # ("Those forces abandoned Hrakove": the army the sentence before named)
    r"\b(?:[Tt]hose|[Tt]hese)\s+(?:forces|troops|units|soldiers)\s+|"
    # ("It has gained control of the province, having seized the twin cities of A and B": the perfect participle's
    # subject is the clause's)
    + _THE_ARMY + r"|\b(?:after|since|before|following)\s+|,\s+having\s+)" + _ADVERBS_BEFORE_VERB, re.I)
# a unit's name before the side it belongs to, opening the subject: "the “Centre” group of", "units of the"
_GROUP_OF = re.compile(r"(?:the\s+)?(?:[\w\u201c\u201d\"'-]+\s+){1,3}of(?:\s+the)?", re.I)
_CIVIL_SUBJECT = re.compile(r"\b(?:authorities|officials|administrations?|collaborators|residents|civilians|"
                            r"families|people|diplomats|staff|employees)\b", re.I)
# the subject words of a side's armed men ("Russian troops fled from X", not "Ukrainians fled from X")
_ARMY_SUBJECT = re.compile(r"\b(?:troops|forces|army|soldiers|servicemen|units|military|occupiers|invaders|garrison|"
                           r"defenders|fighters|militants|enemy)\b", re.I)
_THEY_SUBJECT = re.compile(r"\bthey\s+" + _ADVERBS_BEFORE_VERB, re.I)
_DEFINITE_ARMY = re.compile(_THE_ARMY + _ADVERBS_BEFORE_VERB)
# "it" opening its clause right before the verb
# ("The Russian Volunteer Corps said it had captured X": "it" right after the reporting verb is the body that speaks)
_IT_SUBJECT = re.compile(r"(?:^|[,;:]\s*|\bthat\s+|\b(?:said|says|claimed|claims|announced|reported|stated)\s+)it\s+"
                         + _ADVERBS_BEFORE_VERB)


# ("a village which Russia had earlier in the day said it had full control over": an adverbial between, "full" before)
_SIDE_SAYS_IT = re.compile(r"\b(?P<who>Russia|Ukraine|Moscow|Kyiv|Kiev|the\s+Kremlin)\s+(?:(?:had|has)\s+)?"
                           r"(?:(?-i:[a-z])+\s+){0,5}?(?:says|said|claims|claimed|insists|"
                           r"insisted|announced|reported)\s+(?:that\s+)?(?:it|they)\s+(?:has\s+|had\s+|have\s+)?"
                           r"(?:(?:already|now|also|fully|full|complete)\s+)?$", re.I)


def _side_words(s: str):
    # (not "the Russian anti-Kremlin group": Russians fighting for Ukraine, sides.AGAINST_ITS_STATE_AFTER)
    return [m for m in _lex().side.finditer(s) if not m.group("possessive_pronoun") and not m.group("first_person")
            and not m.group("enemy") and not AGAINST_ITS_STATE_AFTER.match(s, m.end())]


# ("Moscow, which last week seized X": a time adjunct after the pronoun)
_RELATIVE_SUBJECT = re.compile(r"\b(?:that|which|who)\s+(?:(?:[a-z]+ly|have|has|had|also|last\s+(?:week|month|year)|"
                               r"earlier\s+this\s+(?:week|month|year)|on\s+[A-Z][a-z]+day|in\s+[A-Z][a-z]+(?:\s+\d{4})?)\s+){0,2}$")
# what follows a side word that names a country's ground, not an actor: "Ukraine's Sumy Region", "Russian territory"
_GROUND_NAMED = re.compile(r"(?:['\u2019]s)?\s+(?:(?-i:[A-Z])[\w'\u2019-]+\s+)?"
                           r"(?:region|oblast|territory|territories|land|soil)\b", re.I)
_PREPOSITION_BEFORE = re.compile(r"\b(?:into|across|from|near|toward|towards|inside|within)\s+(?:the\s+)?$", re.I)
_HELD_BY = re.compile(r"\b(?:held|occupied|controlled)\s+by\s+(?:the\s+)?$", re.I)
# (and a relative clause: "the Armed Forces liberated Kherson, which had been under Russian occupation for 8 months")
_OTHER_CLAUSE = re.compile(r"\b(?:while|whereas|after|as|when|since|before|until|once|because|from|of|which|whose)\b",
                           re.I)


_RETAKEN = re.compile(r"\b(?:re-?taken|recaptured|regained|reclaimed|reconquered|taken\s+back|won\s+back)\b", re.I)


# (and a time's possessive: "This month's liberation of X, along with ...")
_SO_AFTER_ADJUNCT = re.compile(r",\s+so\s+(?:even\s+)?(?:after|since|following|despite)\s+(?=the\s)", re.I)
_NOMINAL_SUBJECT_OPENS = re.compile(r"[\W]*(?:The|This|That|Last)?\s*(?:(?:week|month|year|day)['\u2019]s\s+)?", re.I)


_OCCUPATION_NAMED = re.compile(r"\s+(?:occupation|occupiers?|rule|invasion)\b", re.I)


def _freed_by(state: _State, idx: int, sent: str, cue: Cue) -> str | None:
    """The side of a freeing or retaking told with no subject of its own ("the liberated city of Izium", "these
    villages liberated Sunday", "the recapture of X"): Moscow when its own words or people speak ("Russian-installed
    officials", a quoted “liberated”, "Battlegroup Centre", "the DPR"), else the sentence's subject side (a
    subject before a prepositional object: "Ukrainian troops retook X from Russian forces"), else any side it
    names, else the previous sentence's first subject (in the same paragraph: "the Ukrainian military drove the
    Russian occupiers out of the city. The liberation of the settlement began ..."), else (for "liberated", and for a
    place taken back: "retaken", "the reconquered villages were A and B") the place's own country. Not when a named
    agent is there to say who ("liberated by units of the West group")."""
    recapture = cue.nominal and re.match(r"(?:recapture|liberation)\b", sent[cue.start:cue.end], re.I)
    # ("Filiia has been retaken from the enemy": a place taken back, by its own country when no side is told)
    retaken = (cue.mode == "subject" or cue.participle) and _RETAKEN.search(sent, cue.start, cue.end)
    # ("the reconquered villages were A, B and C", no side told anywhere near: taken back, by the owner too; a side
    # told leaves the list to the reading of its own sentence and the one before)
    # ("Among the retaken villages were A and B" has its own reading: the count the sentence before told)
    listed = cue.listed and not retaken and _RETAKEN.search(sent, cue.start, cue.end) \
        and not re.search(r"\bamong\s+$", sent[max(0, cue.start - 8):cue.start], re.I)
    if not (cue.participle or cue.action == "liberated" or recapture or retaken or listed) or cue.denied or cue.agent:
        return None
    # (a quoted “liberated”, the word alone in its marks: not the end of a quoted clause, '"X was liberated"')
    if _RUSSIAN_VOICE.search(sent) or (_closing_quote(sent, cue.end) and cue.action == "liberated"
                                       and re.search(r"[\"\u201c\u2018']\s*$", sent[max(0, cue.start - 2):cue.start])):
        return "Russia"
    # a side named after the cue in a clause of its own ("... liberated X, while Russians in the area were
    # surrounded", "the newly liberated city of X after Russian forces retreated", "liberated from Russian forces")
    # is the one that lost it, not the one that freed it
    # ("the liberation of Sudzha – the biggest city held by the Ukrainians": the holder before, described)
    # (nor a side word that names ground: "the fighting spilled into Ukraine's Sumy Region")
    named = [m for m in _side_words(sent) if (m.end() <= cue.start or not _OTHER_CLAUSE.search(sent, cue.end, m.start())
                                              and not _HELD_BY.search(sent, max(0, m.start() - 30), m.start()))
             and not _GROUND_NAMED.match(sent, m.end())
             # ("civilians killed during the Russian occupation ... in recently liberated X": the occupier it was
             # freed from)
             and not _OCCUPATION_NAMED.match(sent, m.end())]
    # (the previous sentence of the same paragraph: a new paragraph starts a new scene)
    prev = state.sent(idx - 1) if idx > 0 and "\n" not in state.text[state.sentences[idx - 1][1]:state.sentences[idx][0]] \
        else ""
    other = _OTHER_CLAUSE.search(sent, cue.end)
    so = [m.end() for m in _SO_AFTER_ADJUNCT.finditer(sent, 0, cue.start)] if cue.nominal else []
    if cue.nominal and _NOMINAL_SUBJECT_OPENS.fullmatch(sent, 0, cue.start):
        # "The liberation of Lyman has left the Kremlin embarrassed": the event opens the sentence as its subject;
        # the sides after its verb are what it affected, not who did it
        told = _first_subject(prev, 0, len(prev), None)
    elif so:
        # "Russia does not plan to relinquish the city, so even after the liberation of the city, Kupyansk is
        # shelled": the clause before "so" is another's; the event is told with no side of its own
        told = _scan_subject(sent, so[-1], other.start() if other else len(sent), None)
    else:
        told = _scan_subject(sent, 0, other.start() if other else len(sent), None) \
            or (_side_of_match(named[-1], None) if named else None) or _first_subject(prev, 0, len(prev), None)
    if not told and cue.action == "liberated" and russia_liberates(state.text):
        return "Russia"     # (an article that calls Russia's captures liberations: its unagented "freed" too)
    if listed:
        return None if told else "country"
    return told or ("country" if cue.action == "liberated" or retaken else None)


def _near_controller(sent: str, cue: Cue) -> str | None:
    """"with Russian troops reportedly capturing X": the side word after "with" is the verb's subject, where the
    subject scan skips prepositional objects."""
    if cue.mode != "object" or cue.nominal or cue.agent or cue.loser:
        return None
    before = sent[:cue.start]
    near = [m for m in _side_words(before) if _JUST_BEFORE.fullmatch(before, m.end())
            and re.search(r"\bwith\s+(?:the\s+)?$", before[max(0, m.start() - 12):m.start()], re.I)]
    side = _side_of_match(near[-1], None) if near else None
    return _other(side) if side and cue.action == "withdrew" else side


_PLURAL_FORCES_OPEN = re.compile(r"\W*(?:[Tt]he\s+)?(?:(?:Ukrainian|Russian|Ukraine['\u2019]s|Russia['\u2019]s|"
                                 r"Kyiv['\u2019]s|Moscow['\u2019]s)\s+(?:armed\s+)?(?:forces|troops|soldiers|units)|"
                                 r"Ukrainians|Russians)\b")


def _pronoun_controller(state: _State, idx: int, sent: str, cue: Cue) -> str | None:
    """The side for a cue whose subject is a pronoun ("they captured", "its forces hold", "after capturing"):
    the nearest side named before it in the sentence, else the last one the previous sentence named."""
    if cue.mode != "object" or cue.denied or cue.implicit or cue.nominal and cue.action != "withdrew":
        return None
    before = sent[:cue.start]
    if re.match(r"[a-z]+ing\b", sent[cue.start:cue.end], re.I):
        # ("Russia said it was withdrawing its troops from Lyman": the progressive's auxiliary after the pronoun)
        before = re.sub(r"\b(?:is|are|was|were)\s+$", "", before)
    # "said it had ordered a pullback from the town": the pronoun is the subject of the verb that governs the noun
    ordered = cue.nominal and re.search(r"\b(?:it|they)\s+(?:had\s+|has\s+|have\s+)?(?:[a-z]+ed)\s+(?:a|an|the|its|their)\s+$",
                                        before)
    if not ordered and (cue.nominal or not _POINTER_SUBJECT.search(before[-60:])):
        return None
    adjunct = re.search(r"\b(?:after|since|before|following)\s+(?:[a-z]+ly\s+)?$", before)
    # "Russia has said it is in control of Ukraine's Luhansk region after taking over X": the gerund's subject is
    # the main clause's, not the nearest side word ("Ukraine's" names the region's owner)
    side = _scan_subject(before, 0, adjunct.start(), None) if adjunct and not ordered else None
    hits = _side_words(before)
    if _pronoun_after_adjunct(sent, 0, cue.start):
        hits = []   # "Following Ukrainian counter-offensives, they withdrew from X": "they" is the sentence before's
    side = side or (_side_of_match(hits[-1], None) if hits else None)
    # "the army" looks back over up to three sentences ("Russian servicemen have captured 32 settlements ... In
    # February, the army regained control of ..."); a pronoun only to the sentence before
    reach = 3 if _DEFINITE_ARMY.search(before[-60:]) else 1
    for back in range(1, reach + 1):
        # "Russian forces were nearing the Ukrainian capital ... They also took control of X": the previous
        # sentence's subject, not the last side word it names
        if side is not None or hits or idx - back < 0:
            break
        prev = state.sent(idx - back)
        if re.match(r"\W*It\b", sent) and _PLURAL_FORCES_OPEN.match(prev):
            # "Ukrainian forces are seizing territory in Kherson ... It has already gained control of Luhansk": a
            # singular "It" is no plural army's
            break
        prev_hits = _side_words(prev)
        side = _first_subject(prev, 0, len(prev), None) or (_side_of_match(prev_hits[-1], None) if prev_hits else None)
    return _other(side) if side and cue.action == "withdrew" else side


# a nominal capture's agent after its place: "the capture of X by Russian troops"
# ("the capture of Synkivka village by the Russian army": the place's kind noun between)
_BY_SIDE_AFTER = re.compile(r"(?:\s+(?:village|town|city|settlement))?\s+by\s+(?:the\s+)?"
                            r"(?P<who>Russian|Ukrainian|Russia['\u2019]s|Ukraine['\u2019]s)\s+"
                            r"(?:forces|troops|army|military|units|soldiers)\b", re.I)


# ("The liberation of the city of X has been completed as a result of the offensive actions of the 'Wagner' assault
# detachments": the units whose actions did it, as an agent)
_BY_AFTER_APPOSITION = re.compile(r"(?:,\s+[^,.;:]{1,80},)?(?:\s+(?:has\s+been|had\s+been|was|is)\s+completed)?\s+"
                                  r"(?:by|as\s+a\s+result\s+of\s+(?:the\s+)?(?:[a-z]+\s+)?actions\s+of)\s+(?:the\s+)?"
                                  r"[\u2018'\"\u201c]?", re.I)


# the side a place was taken from, right after it ("X village from the Ukrainian forces", "X from Russian occupation")
_FROM_LOSER = re.compile(r"(?:\s+(?:village|town|settlement|city))?\s+from\s+(?:the\s+)?(?:[a-z-]+\s+)?"
                         r"(?P<who>Ukrainian|Russian)\s+(?:forces|troops|army|military|armed\s+forces|units|militants|"
                         r"nationalists|formations|occupiers|occupation|invaders)\b", re.I)


def _agent_after(sent: str, pos: int, claimant_side: str | None) -> str | None:
    """The side named by a "by" agent after a nominal cue's place (past an apposition that describes it)."""
    by = _BY_AFTER_APPOSITION.match(sent, pos)
    m = _lex().side.match(sent, by.end()) if by is not None else None
    if m is None or not (m.group("side_ukraine") or m.group("side_russia")):
        return None
    return _side_of_match(m, claimant_side)


def read_controller(state: _State, idx: int, sent: str, cue: Cue, claimant_side: str | None,
                    governed: list[_Mention], spoken: bool = False) -> str | None:
    """The side that holds the places ``cue`` governs after the event it tells; None when no side can be read
    (then the cue makes no claim). ``spoken``: the cue lies in a statement."""
    controller = _near_controller(sent, cue) or _controller(sent, cue, claimant_side)
    if claimant_side and cue.mode == "object" and not cue.nominal and not cue.denied \
            and _THEY_SUBJECT.search(sent, max(0, cue.start - 40), cue.start) and not _side_words(sent[:cue.start]) \
            and (before := _pronoun_controller(state, idx, sent, cue)) is not None:
        # "Russian troops captured X. The day before, they captured Y", credited to a Ukrainian governor: "they" is the
        # subject of the sentence before, not the teller's own side
        controller = before
    author = claim_author_side(sent, cue) if cue.denied and cue.mode == "object" else None
    if author:
        controller = _other(author) if cue.action == "withdrew" else author
    if cue.denied and cue.nominal and cue.action == "withdrew" and cue.mode == "object" \
            and (denier := _scan_subject(sent, 0, cue.start, claimant_side)) is not None:
        # "Ukraine's army denied the loss of Pokrovsk": the denier's own loss, the place claimed as the other side's
        controller = _other(denier)
    by = _BY_SIDE_AFTER.match(sent, governed[-1].end) if cue.nominal and governed and cue.action != "withdrew" else None
    if by is not None:
        # "deny the capture of Kupiansk by Russian troops": the agent after the place names who took it, whoever denies
        controller = "Russia" if by.group("who").lower().startswith("russia") else "Ukraine"
    elif cue.nominal and governed and cue.action != "withdrew" and (
            agent := _agent_after(sent, governed[-1].end, claimant_side)) is not None:
        # "the capture of the village of X, located in the southern suburbs of Y, by the PMC Wagner"
        controller = agent
    loser = _FROM_LOSER.match(sent, governed[-1].end) if governed and cue.action in ("liberated", "captured") else None
    if loser is None and governed and cue.mode == "subject" and cue.action in ("liberated", "captured"):
        # "It was liberated from Ukrainian troops on April 21": the side after the passive's "from"
        loser = _FROM_LOSER.match(sent, cue.end)
    if loser is not None:
        # "announced the liberation of X village from the Ukrainian forces": taken from the side named after "from"
        controller = "Ukraine" if loser.group("who").lower().startswith("russia") else "Russia"
    if cue.side_subject:
        # "Ukrainian forces had abandoned the town" (not "civilians left the town"): the side left it
        lo = max([0] + [b.end() for b in _SUBJ_START.finditer(sent, 0, cue.start)])
        # ("Following Ukrainian counter-offensives, they withdrew from X": not the side the fronted adjunct names)
        side = None if _pronoun_after_adjunct(sent, lo, cue.start) \
            else _scan_subject(sent, lo, cue.start, claimant_side)
        # ("the Russian occupation authorities are leaving the settlements of X": officials who leave take no troops
        # with them; no change of hands)
        controller = _other(side) if side and not _CIVIL_SUBJECT.search(sent, lo, cue.start) else None
        if cue.army_subject and not _ARMY_SUBJECT.search(sent, lo, cue.start):
            controller = None
    if controller == "Russia" and claimant_side == "Ukraine" and cue.mode == "subject" and not cue.denied \
            and not cue.agent and governed and all(m.place is not None and m.place.country == "Russia" for m in governed) \
            and _ENEMY_VERB.search(sent, cue.start, cue.end) and not _side_words(sent[:cue.start]):
        # "The first village [in the Kursk region] was captured after a battle", said by a Ukrainian source: an
        # agentless capture is the enemy's only on Ukraine's own ground; in Russia it is Ukraine's own advance
        controller = "Ukraine"
    if controller is None and claimant_side is None and not (
            cue.side_subject and re.search(r"\bit\s+$", sent[max(0, cue.start - 6):cue.start])
            and not _side_words(sent[:cue.start])):
        # (a departure's "it" names a side only in its own sentence: "people boarded the sleeper train as it left
        # Kyiv" is the train's)
        controller = _pronoun_controller(state, idx, sent, cue)
    if cue.participle:
        controller = claimant_side or _scan_subject(sent, 0, cue.start, None)
        if not claimant_side and cue.action == "liberated" and state.dateline_side in ("Russia", "Ukraine"):
            # "Ukrainian artillery struck the liberated city of X" under "MELITOPOL, ... /TASS/": the adjective is the
            # wire's own word for its side's ground, not the subject's deed
            controller = state.dateline_side
        countries = {m.place.country for m in governed if m.place is not None} \
            if not cue.agent and _ENEMY_VERB.search(sent, cue.start, cue.end) and PARTICIPLE_PLURAL.match(sent, cue.end) \
            else set()
        if len(countries) == 1:
            # "pushing towards the captured towns of Melitopol and Berdyansk", said by a Ukrainian: places listed as
            # captured, with no agent, were taken from the country their known places lie in (a single "the captured
            # city" is as often the speaker's own recapture: "raising the flag over the captured city")
            controller = _other(countries.pop())
        elif claimant_side in ("Ukraine", "Russia") and not cue.agent and _ENEMY_VERB.search(sent, cue.start, cue.end) \
                and governed and all(m.place is not None and m.place.country == claimant_side for m in governed) \
                and _scan_subject(sent, 0, cue.start, claimant_side) == _other(claimant_side):
            # "Russian occupiers deport residents of the captured city of Popasna", said by a Ukrainian: a single
            # place of the speaker's own country, captured, in a sentence whose subject is the other side, is theirs
            controller = _other(claimant_side)
    if controller is None:
        controller = _freed_by(state, idx, sent, cue)
    if controller is None and INVERTED_PASSIVE.fullmatch(sent, cue.start, cue.end):
        # "Moscow's troops took control of Pryvillia. Also captured were the villages of A and B": the same side as
        # the change of hands the sentence before told
        controller = _held_the_sentence_before(state, idx)
    if controller is None and cue.mode == "subject" and not cue.denied and not cue.agent \
            and _ALSO_PASSIVE.search(sent, max(0, cue.start - 30), cue.end):
        # "Troops had taken control of Lozova. The village of Sontsivka, north of Kurakhove, was also captured": "also"
        # adds to the change of hands the sentence before told, and to its side
        controller = _held_the_sentence_before(state, idx)
    if controller is None and cue.participle and governed and governed[0].held_by:
        controller = governed[0].held_by     # "the retaken village": retaken by whoever the claim said
    if controller is None and spoken and cue.nominal and not cue.denied and _TAKING_NOUN.match(sent, cue.start):
        # "he viewed the capture of Vuhledar as ...", said by someone of neither side: a place is captured from
        # the country it lies in (as "X fell" is Russia's unless told; "the liberation of X" gives no such side)
        # (not in the outlet's voice, where "the capture of X would be ..." is as often an aim)
        countries = {m.place.country for m in governed if m.place is not None}
        if len(countries) == 1 and len(governed) == sum(m.place is not None for m in governed):
            controller = _other(countries.pop())
    if controller is None and cue.mode == "subject" and not cue.denied and not cue.agent and governed \
            and _TAKEN_WORD.fullmatch(sent, cue.start, cue.end) \
            and (aux := _PASSIVE_AUX.search(sent, max(0, cue.start - 40), cue.start)) is not None \
            and not sent[governed[-1].end:aux.start()].strip() and not _TAKEN_INTO.match(sent, cue.end):
        # (the place the passive's subject, right before it: not "Sumy was never captured ..., other cities were
        # captured", not "militants in the village of X were taken into pincers")
        # "Avdiivka was captured in February", nobody's side told: a place of one country "was captured" is taken from
        # that country (as "X fell" is Russia's unless told; "liberated" is left to whoever tells it, above)
        countries = {m.place.country for m in governed if m.place is not None}
        if len(countries) == 1 and len(governed) == sum(m.place is not None for m in governed):
            controller = _other(countries.pop())
    return controller


# an agentless passive of taking: "was captured", "were seized", "has been taken", "was fully overrun"
_TAKEN_WORD = re.compile(r"captured|seized|taken|overrun", re.I)
_TAKEN_INTO = re.compile(r"\s+(?:into|to|under|prisoner|hostage|captive|away|out|off)\b", re.I)
_PASSIVE_AUX = re.compile(r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:fully|completely|finally|"
                          r"reportedly|eventually)\s+)?$", re.I)


def _held_the_sentence_before(state: _State, idx: int) -> str | None:
    """The side the last place claimed in the sentence before ``idx`` went to."""
    before = [m.held_by for i, m in state.claimed if i == idx - 1 and m.held_by]
    return before[-1] if before else None


_ALSO_PASSIVE = re.compile(r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+also\s+[a-z]+ed\b|"
                           r"\balso\s+(?:been\s+)?[a-z]+ed$", re.I)
_CLAIMING_IT = re.compile(r"\b(?:claiming|saying|asserting|insisting|announcing)\s+(?:that\s+)?(?:it|they)\s+"
                          r"(?:had\s+|has\s+|have\s+)?(?:[a-z]+ly\s+)?$", re.I)
_TAKING_NOUN = re.compile(r"(?:capture|seizure|conquest|capturing|seizing)\b", re.I)
