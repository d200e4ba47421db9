"""Reported speech introduced by a phrase that names its source rather than by a verb: "according to X", "by X's
count", "as announced by X", "X's claim that ...", "quoted X as saying", "was told by X", "In her words, ...".
"""

from __future__ import annotations


import re

from pipelines.extraction.discourse import _OUTLET_NAME, Resolved
from pipelines.extraction.document import _Cand
from pipelines.extraction.frames import _known_person, _subject_left, _subject_right


from pipelines.extraction.mentions import (_OWNED_WORDS, MEDIUM_HEADS, Mention, _build_mention, _np_left, _possessed,
                                           indefinite_source)
from pipelines.extraction.offices import is_office_phrase


from pipelines.extraction.reporting_verbs import (
    _CITING_WORDS, _SPEECH_EVENT, CLAIM_NOUNS, _credit_previous, _reports_a_report,
)
from pipelines.extraction.sentence_reader import _WEEKDAYS, _SentenceReader


from pipelines.extraction.spans import _strip_intro
from pipelines.extraction.tokens import Tok, _is_cap, _lex, _tokens



_OWNER_DOCUMENT = re.compile(
    # ("according to a British intelligence update": the service by its country, then its bulletin)
    r"(?:an?|the|its)\s+(?P<owner>[A-Z][\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*){0,3}(?:\s+intelligence)?)(?<!['\u2019]s)\s+"
    r"(?:(?:latest|daily|new)\s+)?(?:analysis|assessment|estimate|"
    r"count|tally|study|report|review|calculations?|data|map|article|story|investigation|estimates|update|bulletin)\b"
    # ("according to AFP's analysis of data from the ISW": the possessive names the issuer the same way)
    r"|(?P<owner_s>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})['\u2019]s?\s+(?:own\s+|latest\s+|new\s+)?(?:analysis|"
    r"assessment|study|review|calculations?|investigation)\s+of\b")
# ("according to the ministry's Telegram channel", "according to the governor's official page": its owner's post)
_OWNER_CHANNEL = re.compile(r"(?P<owner>(?:the\s+)?[\w.&-]+(?:\s+[\w.&-]+){0,4}?)['\u2019]s\s+(?:official\s+)?"
                            r"(?:(?:Telegram|Facebook|Twitter|VKontakte|VK|YouTube|Instagram|X)\s+)?"
                            r"(?:channel|account|page|website|feed)")
_DOCUMENT_ISSUED_BY = re.compile(
    # ("according to a new annual report released by X": two adjectives before the noun)
    r"(?:the\s+|an?\s+)?(?:(?:official|latest|new|updated|preliminary|annual|monthly|weekly|daily)\s+){0,2}"
    r"(?:information|data|figures|statement|report|"
    # ("according to an official summary released by the Russian Ministry of Defense": a bulletin's issuer)
    r"statistics|estimates?|summary|bulletin|update|briefing|communiqu[e\u00e9]|"
    # ("according to information obtained by Sky News", "documents seen by Reuters": the outlet that got them reports)
    r"documents?)\s+(?:released|published|provided|issued|shared|obtained|compiled|gathered|seen)\s+by\s+"
    # ("according to information from the Reuters agency": the named body it came from)
    r"|(?:the\s+|an?\s+)?(?:(?:official|latest|new|updated|preliminary)\s+)?(?:information|data|figures|statistics)\s+"
    r"from\s+(?=(?:the\s+)?(?-i:[A-Z]))"
    # ("according to analysis by the Institute for the Study of War think tank": the analyst)
    r"|(?:the\s+|an?\s+)?(?:(?:latest|new|recent)\s+)?(?:analysis|assessment|calculations?)\s+(?:by|from)\s+"
    # ("according to what was declared on Ukrainian TV by Andriy Demchenko, ...": the one who declared it)
    # ("according to a Telegram post from X, head of ...": the author of the post)
    r"|(?:an?|the)\s+(?:(?:latest|new|recent)\s+)?(?:(?:Telegram|Facebook|Instagram|X|Twitter|social\s+media)\s+)?"
    # ("according to a video published by the Luhansk Regional Military-Civil Administration": who published it)
    r"(?:post|message|video\s+message|video\s+address|video|footage)\s+(?:(?:published|posted|released|shared)\s+)?"
    r"(?:by|from)\s+"
    r"|what\s+(?:was|has\s+been|had\s+been)\s+(?:said|declared|stated|reported|announced|written|posted)\s+"
    r"(?:(?:on|in|at)\s+[^,;]{1,40}?\s+)?by\s+"
    r"(?=(?:the\s+)?[A-Z])")
# ("as per X": the same phrase, less formal)
# ("Per Politico, ...", "..., per the Pentagon": "per" before a name only, never "per day", "per cent")
_ACCORDING = re.compile(r"\b(?:[Aa]ccording to|[Aa]s per)\b|(?:^|(?<=\n)|(?<=[.\n\"\u201c] )|(?<=, ))(?:Per|per)"
                        r"(?=\s+(?:the\s+|an?\s+)?[A-Z])"
                        r"(?![^,.;]{0,40}['\u2019]s\s)"     # (not "per Ronald Reagan's maxim": a saying, no source)
                        # ("In a statement released by the Defense Ministry, ...", "As stated in a statement of the
                        # General Staff, ...": the issuer of the statement the sentence passes on)
                        r"|\b[Ii]n\s+an?\s+(?:statement|report|post|message|update|briefing)\s+(?:released|issued|"
                        r"published|posted|put\s+out)\s+(?:(?:earlier|today|late|on\s+[A-Z][a-z]+day)\s+)?by\b"
                        r"|\b[Aa]s\s+(?:stated|reported|announced|noted)\s+in\s+an?\s+(?:statement|report|post|message|"
                        r"update|briefing)\s+(?:of|by|from)\b")
_BY_COUNT = re.compile(
    r"\b[Bb]y\s+((?:the\s+)?[A-Z][^,;:]{0,80}?)['\u2019]s?\s+(?:own\s+)?(?:count|counts|estimate|estimates|tally|"
    r"calculations?|assessment|figures|data|reckoning)\b\s*,?\s*")
_GROUP_OF = re.compile(
    r"^(?:the\s+)?(?:analysts?|experts?|researchers?|figures|estimates?|"
    # ("according to geolocation evidence collected by the ISW": the data's kind before it)
    r"(?:(?:geolocation|geolocated|satellite|open-source|battlefield|official|new|latest)\s+)?(?:data|evidence)|"
    # "according to (recent) reports by X"; ("according to media reports citing the Defense Ministry": the cited body)
    r"(?:(?:recent|latest|earlier|new|media|press|news|general)\s+)?(?:reports|statements|assessments|updates|claims)|"
    # ("according to the English section of X": an outlet's edition in a language)
    r"(?:English|Russian|Ukrainian|French|German|Spanish|Arabic|Chinese|Persian|Turkish)\s+(?:section|service|edition|"
    r"version|desk)|"
    # ("according to a claim by governor X": the claim's author)
    r"an?\s+(?:(?:recent|new)\s+)?(?:analysis|report|assessment|claim|"
    r"study|statement|update|estimate|post|announcement|briefing|message|press\s+release|declaration)|the\s+(?:analysis|report|"
    r"assessment|study|statement|update|announcement|briefing|declaration|claim|latest\s+\w+))"
    # ("according to data compiled by the DeepState mapping service", "a report released earlier this week by X")
    r"\s+(?:(?:compiled|published|released|collected|gathered|provided|cited|issued)\s+"
    r"(?:(?:earlier|late|last)\s+(?:this\s+|last\s+)?(?:week|month|year)\s+|(?:on\s+)?[A-Z][a-z]+day\s+)?)?"
    r"(?:of|at|from|by|with|citing)\s+"
    # ("according to data from the U.S.-based Institute for the Study of War": where it sits, not its name)
    r"(?:(?P<det>the\s+)?(?:[A-Z][\w.]*,\s+)?[A-Z][\w.]*-based\s+)?", re.I)

# "The Russian Defense Ministry's claim that forces had recaptured Sudzha could not be verified": the owner of
# the claim said what follows "that" (up to the clause's comma), whatever the outlet then says of it
_CLAIM_NOUN = re.compile(r"(?<=\w)['\u2019]s\s+(?:" + CLAIM_NOUNS + r"\s+"
                         # ("Putin's remarks indicated that ...": his words, the noun's verb no speaker of its own)
                         r"|(?:remarks|comments|words|speech|address|statements?)\s+(?:also\s+)?(?:indicated|suggested|"
                         r"made\s+(?:it\s+)?clear|signall?ed|implied)\s+)"
                         r"that\s+", re.IGNORECASE)

# "could not verify the report by Russia's Defence Ministry that its troops had retaken X": the same claim, its owner
# after "by"
_CLAIM_BY_NOUN = re.compile(r"\b(?:the|a)\s+(?:(?:latest|new|earlier|official|recent)\s+)?(?:claim|assertion|"
                            r"announcement|statement|report)\s+(?:by|from)\s+"
                            r"(?P<who>(?:the\s+)?[A-Z][^,;:.\"\u201c]{1,60}?)"
                            r"\s+that\s+")

# where the claim's clause ends: its comma or dash, or the outlet's verdict on it ("... was denied", "could not be
# independently verified")
_CLAIM_NOUN_END = re.compile(
    r"[,;]|\s[\u2014\u2013]\s|\s(?:could|can|cannot|would|was|were|is|are|has\s+been|have\s+been|remains?)\s+(?:not\s+)?"
    r"(?:be\s+|been\s+|yet\s+)?(?:independently\s+|immediately\s+)?(?:verified|confirmed|denied|rejected|disputed|refuted|"
    r"contradicted|false|untrue|unclear|unverified|unfounded)\b", re.IGNORECASE)


# "..., TASS quoted Russia's defence ministry as saying.": the outlet passes on the quoted body's words
# ("quoted a pro-Russian official, Vladimir Rogov, as saying": the name in the apposition is who)
# ("the Interfax news agency cited the Russian defence ministry as saying": cited so, the same frame)
# ("cited Commander-in-Chief of the Forces, Lieutenant General X as saying": the apposition's closing comma left out)
_TITLE_ABBREVIATIONS = frozenset("mr mrs ms dr gen lt col maj capt adm sgt brig prof rep sen gov".split())
# the period after one of them ("Col."): a look-behind per length, as each must have a fixed width
_TITLE_PERIOD = "(?:" + "|".join(
    "(?<=" + "|".join(rf"\b{w}" for w in sorted(_TITLE_ABBREVIATIONS) if len(w) == n) + ")"
    for n in sorted({len(w) for w in _TITLE_ABBREVIATIONS})) + r")\."
# ("cited sources on Sunday as saying": the day is no part of who was cited)
# ("quoted Ukraine's Col. Petro Chernyk as saying": a title's abbreviation keeps its period)
# ("..., Reuters reported Lvova-Belova as saying yesterday.": an outlet's verb of reporting, the speaker its object)
# (not "X was quoted by the Russian media as saying": the passive's subject is who; reporting_verbs reads it)
_QUOTED_AS = re.compile(r"\b(?:quoted|cited|quotes|cites|reported|reports)\s+(?!by\b)"
                        r"(?P<who>(?:[^,;.]|" + _TITLE_PERIOD + r"){3,80}?)"
                        r"(?:\s+(?:on|last)\s+(?-i:[A-Z])[a-z]+day)?(?:,\s+(?P<apposed>[^,;.]{3,80}?),?)?"
                        r"\s+as\s+(?:saying|stating)\b"
                        r"(?:\s+that)?", re.IGNORECASE)

# "..., Reuters cited the papal envoy on July 3.": the one cited says the clause before, the outlet only relays it
_CITED_AT_END = re.compile(r"(?<=,\s)(?:the\s+)?(?:(?-i:[A-Z])[\w.'\u2019-]*\s+){1,4}"
                           r"(?:(?:news\s+)?agency\s+|newspaper\s+)?(?:quoted|cited)\s+(?!by\b|as\b)"
                           r"(?P<who>(?:the\s+|a\s+)?[^,;.\s][^,;.]{2,60}?)"
                           r"(?:\s+(?:on|last|late\s+on|early\s+on)\s+[^,;.]{1,25})?\s*[.!]?\s*$", re.IGNORECASE)
# "... as saying late on Tuesday.": only when the frame's words come before it
_TIME_TAIL = re.compile(r"\s*(?:(?:late|early)\s+)?(?:on\s+|last\s+|this\s+)?"
                        r"(?:" + "|".join(sorted(_WEEKDAYS)) + r"|yesterday|today|week|weekend|morning|evening|night)"
                        r"(?:\s+(?:morning|evening|night))?\s*[.!]?\s*$",
                        re.IGNORECASE)

# "At the time he was informed by Chief of Staff Valery Gerasimov that ...": a passive report whose agent speaks
_TOLD_WORDS = ("told", "informed", "assured", "briefed", "reminded", "warned", "notified")   # one is in every match
_TOLD_BY = re.compile(r"\b(?:was|were|had\s+been|has\s+been|have\s+been|being)\s+(?:\w+ly\s+)?(?:told|informed|"
                      r"assured|briefed|reminded|warned|notified)\s+by\s+(?P<who>[^,;.:\"\u201c]{3,90}?)\s+that\s+",
                      re.IGNORECASE)


def _who_tokens(r: _SentenceReader, m: re.Match, group: str = "who") -> tuple[int | None, int]:
    """The token range of a frame's ``who`` group, or another (first token, token after it)."""
    wi = next((k for k, t in enumerate(r.toks) if t.start >= m.start(group)), None)
    return wi, next((k for k, t in enumerate(r.toks) if t.start >= m.end(group)), r.n)


def _told_by(r: _SentenceReader) -> None:
    """``Y was told by X that Z``: X said Z."""
    text, s, toks = r.text, r.s, r.toks
    m = _TOLD_BY.search(text, s.start, s.end) if any(w in r.low for w in _TOLD_WORDS) else None
    if m is None:
        return
    wi, we = _who_tokens(r, m)
    mention = _build_mention(text, toks, wi, we) if wi is not None and wi < we else None
    if mention is None or mention.kind not in ("named", "descriptive", "role"):
        return
    r.emit(r.doc.disc.resolve(mention, mention.start), m.end(), s.end, "say")
    r.doc.consumed.append((m.start(), s.end))


def _quoted_as_saying(r: _SentenceReader) -> None:
    """``Y, X quoted (cited) Z as saying`` / ``X quoted Z as saying (that) Y``: Z said Y."""
    text, s, toks = r.text, r.s, r.toks
    m = _QUOTED_AS.search(text, s.start, s.end) if "quote" in r.low or "cite" in r.low or "report" in r.low else None
    if m is None and ("quoted" in r.low or "cited" in r.low) and text.rfind(",", s.start, s.end) > s.start:
        m = _CITED_AT_END.search(text, s.start, s.end)
    if m is None:
        return
    wi, we = _who_tokens(r, m)
    if m.group("who").lower().startswith("by ") and wi is not None and wi >= 3 and toks[wi - 2].low in ("was", "is", "were"):
        # "Hanna Maliar, the deputy minister, was quoted by the military as saying ...": the passive's subject
        mention, _first = _subject_left(text, toks, wi - 2, 0)
    else:
        mention = _build_mention(text, toks, wi, we) if wi is not None and wi < we else None
        # (_CITED_AT_END has no apposed name)
        if m.groupdict().get("apposed") and (mention is None or mention.kind != "named"
                                             or mention.is_person is not True):
            # "quoted a pro-Russian official, Vladimir Rogov, as saying": the apposed name, when the first is none
            # (or an office: "cited Commander-in-Chief of the Forces, General X as saying")
            ai, ae = _who_tokens(r, m, "apposed")
            apposed = _build_mention(text, toks, ai, ae) if ai is not None and ai < ae else None
            # (not an office's body after a name: "quoted Alexander X, head of the North American Department of the
            # Russian Foreign Ministry, as saying" is X's)
            if apposed is not None and apposed.kind == "named" and not (
                    mention is not None and mention.kind == "named" and mention.is_person is None
                    and apposed.is_person is not True):
                mention = apposed
    if wi is not None and we == wi + 1 and toks[wi].low in ("him", "her", "them"):
        # "..., the Interfax news agency cited him as saying.": the person the pronoun stands for
        mention = Mention(toks[wi].start, toks[wi].end, toks[wi].text, "pronoun", name=toks[wi].low)
    if mention is None or mention.kind not in ("named", "descriptive", "role", "pronoun"):
        if m.re is _CITED_AT_END:
            r.doc.consumed.append((m.start(), s.end))   # (someone cited, unknown: the outlet's verb names no content)
        return
    res = r.doc.disc.resolve(mention, mention.start)
    if res is None and mention.kind == "pronoun":
        return
    after = text[m.end():s.end]
    if len(re.findall(r"\w+", after)) >= 3 and not _TIME_TAIL.fullmatch(after):
        r.emit(res, m.end(), s.end, "say")
        # (the outlet that quotes is no speaker: its verb is read no more)
        r.doc.consumed.append((m.start(), m.end()))
        return
    comma = text.rfind(",", s.start, m.start())
    if comma > s.start:
        r.emit(res, _strip_intro(text, s.start, s.end), comma, "say")
    r.doc.consumed.append((m.start(), s.end))


_DISPUTED_BEFORE = re.compile(r"\b(?:contradict|den(?:y|ie)|reject|dismiss|disput|refut|rebutt?)\w*\s+(?:\w+\s+){0,6}\w*$",
                              re.IGNORECASE)
_ROLE_APPOSITION = re.compile(r",\s+(?:the|a|an|his|her)\s+(?:[\w'\u2019-]+\s+){0,6}?(?P<head>[\w-]+)\s*,")
# the same title closing the sentence: "..., according to Oleh X, an officer of the 26th Artillery Brigade."
_ROLE_APPOSITION_TO_END = re.compile(r",\s+(?:the|a|an|his|her)\s+(?:[\w'\u2019-]+\s+){0,3}?(?P<head>[\w-]+)"
                                     r"(?:\s+(?:of|for|at|in|with|from)\s[^,;:\"\u201c\u201d]*)?[.!]?\s*$")
# what the words after the comma are when they are no title: a place ("..., the village of X was liberated."), and a
# clause with its finite verb
_PLACE_KINDS = frozenset("village town city settlement region oblast district province area".split())
_FINITE_IN_TITLE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|could|can)\b")
# a person's name set off after the office that speaks ("..., according to the Navy's spokesman, Dmytro Pletenchuk.")
_NAME_AFTER_ROLE = re.compile(r",\s+(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,2})\s*(?=[.;]|,\s+[a-z]|$)")
_VOICE_ROLE = re.compile(r"(?:the\s+|its\s+|their\s+)?(?:[A-Za-z'\u2019-]+\s+){0,3}?(?:spokes(?:man|woman|person)|press\s+secretary|"
                         r"head|chief|commander|representative|director|governor|minister)\b", re.IGNORECASE)
_VOICE_OF = re.compile(r"\s*(?:the\s+|a\s+)?(?:spokes(?:man|woman|person)|press\s+secretary|representative|head|"
                       r"commander)\s+(?:for|of)\s+(?=the\s+|[A-Z])", re.IGNORECASE)
_NAME_THEN_COMMA = re.compile(r",\s+(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,2}),\s+")
_OWNER_BREAK = frozenset("to from by for with on at in".split())


def _claim_noun(r: _SentenceReader) -> None:
    """``X's claim that Y``: X said Y (the token holding the possessive is where X's noun phrase ends)."""
    text, s, toks = r.text, r.s, r.toks
    for m in _CLAIM_NOUN.finditer(text, s.start, s.end):
        owner = next((k for k, t in enumerate(toks) if t.start < m.start() <= t.end), None)
        if owner is None or _DISPUTED_BEFORE.search(text, max(s.start, m.start() - 80), m.start()):
            continue     # "The ministry contradicted Prigozhin's claim that ...": the contradiction is the statement
        first = _np_left(toks, owner, 0)
        # ("no response from the Defense Ministry to Prigozhin's claim": the owner starts after the preposition)
        first = max([first] + [k + 1 for k in range(first, owner) if toks[k].low in _OWNER_BREAK])
        mention = _build_mention(text, toks, first, owner + 1) if first <= owner else None
        if mention is None or mention.kind not in ("named", "descriptive"):
            continue
        res = r.doc.disc.resolve(mention, mention.start)
        stop = _CLAIM_NOUN_END.search(text[m.end():s.end])
        r.emit(res, m.end(), m.end() + stop.start() if stop else s.end, "claim")
    for m in _CLAIM_BY_NOUN.finditer(text, s.start, s.end):
        if _DISPUTED_BEFORE.search(text, max(s.start, m.start() - 80), m.start()):
            continue
        who = [k for k, t in enumerate(toks) if m.start("who") <= t.start and t.end <= m.end("who")]
        mention = _build_mention(text, toks, who[0], who[-1] + 1) if who else None
        if mention is None or mention.kind not in ("named", "descriptive"):
            continue
        stop = _CLAIM_NOUN_END.search(text[m.end():s.end])
        r.emit(r.doc.disc.resolve(mention, mention.start), m.end(), m.end() + stop.start() if stop else s.end, "claim")


# "..., as announced by the country's Defence Ministry on Saturday, according to TASS" / "..., as reported by TASS,
# referencing the Defence Ministry": the clause before is the announcer's (the original source, when the outlet cites one)
_AS_BY_VERBS = r"announced|reported|stated|said|confirmed|claimed"
_AS_BY = re.compile(r",\s+as\s+(?:was\s+)?(?:first\s+)?(?:" + _AS_BY_VERBS + r")\s+by\s+")
_CITING = re.compile(r",\s+" + _CITING_WORDS + r"\s+")
_REFLEXIVES = frozenset("themselves itself himself herself ourselves myself".split())


def _as_announced_by(r: _SentenceReader) -> None:
    text, s, toks, n = r.text, r.s, r.toks, r.n
    m = _AS_BY.search(text, s.start, s.end)
    if m is None or any(cs <= m.start() < ce for cs, ce in r.doc.consumed):
        return
    intro_end = _strip_intro(text, s.start, s.end)
    lex = _lex()
    # ("At the same time, as reported by X, ...": only a connective before the credit; the words come after it)
    lead_only = not text[intro_end:m.start()].strip(" ,") or _CONNECTIVE.fullmatch(text, intro_end, m.start())
    # ("found themselves blocked, as reported by X": a verb of report taken reflexively reports nothing)
    if not lead_only and len(text[intro_end:m.start()].split()) < 4 or any(
            (t.low in lex.verb_lemma and not (k + 1 < n and toks[k + 1].low in _REFLEXIVES)) or t.low == "according"
            for k, t in enumerate(toks) if t.end <= m.start()) \
            or _SPEECH_EVENT.match(text, intro_end, m.start()):
        # "he said this to journalists, as reported by the BBC", "Zelensky made this statement during an address, as
        # reported by Interfax-Ukraine": the credit of a report told in the clause
        return
    by = next((k for k, t in enumerate(toks) if t.start >= m.end()), n)
    if by + 2 < n and toks[by].low == "the" and toks[by + 1].low in ("country's", "country\u2019s"):
        by += 2        # "as announced by the country's Defence Ministry": the ministry (its side from the article)
    mention, e = _subject_right(text, toks, by, n)
    cite = _CITING.match(text, toks[e - 1].end) if mention is not None and e > by else None
    if cite is None and mention is not None and e < n:
        cite = _CITING.search(text, toks[e - 1].end, s.end)
    if cite is not None:
        # the outlet cites the one who said it: the source speaks
        ci = next((k for k, t in enumerate(toks) if t.start >= cite.end()), n)
        cited, ce = _subject_right(text, toks, ci, n)
        if cited is not None and cited.kind in ("named", "role", "descriptive"):
            mention = cited
    if mention is None or mention.kind not in ("named", "role", "descriptive"):
        return
    res = r.doc.disc.resolve(mention, mention.start)
    if lead_only:
        if e >= n:
            return
        # "At the same time, as reported by the Interfax-Ukraine agency, Ukrainian units have achieved success"
        r.emit(res, toks[e - 1].end, s.end, "announce")
        r.covered.append((intro_end, s.end))
        return
    r.emit(res, intro_end, m.start(), "announce")
    r.covered.append((m.start(), s.end))
    r.credited = m.start()


# "As noted by Merkouris, the settlement held ...", "As stated by the General Staff, ...": the credit opens the sentence
# (opening the sentence, the credit takes the verbs of comment too: "As noted by X", "As pointed out by X")
_AS_BY_LEADING = re.compile(r"\W*As\s+(?:was\s+|has\s+been\s+)?(?:\w+ly\s+)?(?P<verb>" + _AS_BY_VERBS
                            + r"|noted|pointed\s+out|emphasi[sz]ed|stressed|explained|indicated|highlighted)\s+"
                            r"(?P<prep>by|in)\s+")


_OWN_FRAME_NEXT = re.compile(r"\s*(?:[A-Z][\w.'\u2019-]*\s+){1,4}?(?:(?:also|has|had|then|later)\s+)?(?:said|says|stated|states|"
                             r"told|wrote|writes|noted|added|announced|declared|stressed|explained)\b(?!\s+by\b)")


def _as_noted_by(r: _SentenceReader) -> None:
    text, s, toks, n = r.text, r.s, r.toks, r.n
    intro_end = _strip_intro(text, s.start, s.end)
    m = _AS_BY_LEADING.match(text, intro_end, s.end)
    if m is None or any(cs <= m.start() < ce for cs, ce in r.doc.consumed):
        return
    by = next((k for k, t in enumerate(toks) if t.start >= m.end()), n)
    mention, e = _subject_right(text, toks, by, n)
    if mention is None or mention.kind not in ("named", "role", "descriptive") or e >= n or toks[e].text != ",":
        return      # (the credit ends at a comma: "As noted by X, ..."; anything else is another construction)
    if m.group("prep") == "in" and mention.kind != "named":
        return      # ("As reported in the Sumy Regional Defense Command, ...": a name; not "as noted in the report")
    if _OWN_FRAME_NEXT.match(text, toks[e].end, s.end) or _NAMED_REPORTS_NEXT.match(text, toks[e].start, s.end):
        return      # "As reported by Ukrinform, he stated: ...": the outlet credits a frame with a speaker of its own
        #             ("As reported by Reuters, Leonid Pasechnik, the Russian-appointed leader, declared ...": the same)
    res = r.doc.disc.resolve(mention, mention.start)
    r.covered.append((m.start(), toks[e].end))
    if m.group("verb") == "reported" and m.group("prep") == "by" \
            and _OUTLET_NAME.search(text, mention.start, toks[e].start):
        return      # "As reported by Ukrinform, the defenders achieved ...": an outlet's recap of news, no statement
    r.emit(res, toks[e].end, s.end, "note")


_TRANSLATION_NEXT = re.compile(r"\s*(?:translation|transcript|rendering)\b", re.IGNORECASE)


# what something follows, not who says it: "according to the Julian calendar", "according to plan"
_ACCORDING_TO_A_RULE = re.compile(r"\s+(?:the\s+|a\s+|its\s+|their\s+)?(?:[\w'\u2019-]+\s+){0,2}?(?:calendar|schedule|"
                                  r"timetable|plan|tradition|custom|rules|constitution)\b")


def _according_to(r: _SentenceReader) -> None:
    """``according to X``: the content is the rest of the sentence, before and/or after the phrase."""
    text, s, toks, n = r.text, r.s, r.toks, r.n
    for m in _ACCORDING.finditer(text, s.start, s.end):
        if any(cs <= m.start() < ce for cs, ce in r.doc.consumed) or (r.credited is not None and m.start() >= r.credited):
            continue   # (", as announced by X, according to TASS": the outlet passes X's words on)
        if _WHOM.match(text, m.end()):
            _according_to_whom(r, m)
            continue
        if _ACCORDING_TO_A_RULE.match(text, m.end()):
            continue    # "celebrate Christmas on December 25 according to the Julian calendar": a rule, no source
        mention, ti, e = _according_speaker(r, m.end())
        if mention is None or e <= ti:
            continue
        if e < n and toks[e].low in _lex().unnamed_groups and toks[e].start == toks[e - 1].end + 1:
            continue    # "according to the intelligence officers, ...": the phrase goes on to an unnamed group's noun
        if not text[toks[e - 1].end:].strip() and text[toks[e - 1].end - 1:toks[e - 1].end].isalpha() \
                and not _known(r.doc.disc, mention.name or mention.raw):
            continue    # "... according to the Ukraini": an excerpt cut inside its source's name, which it never gives
        if _TRANSLATION_NEXT.match(text, toks[e - 1].end, s.end):
            # '"Where are the shells!" he shouted, according to CNN's translation': the translator is no source
            continue
        if _VERB_BEFORE_ACCORDING.search(text, max(s.start, m.start() - 30), m.start()) and _frame_before(r, m.start()):
            # "..., Commission President Ursula von der Leyen announced, according to Reuters": the
            # outlet is the source of the report, the one who announced is the speaker
            continue
        if _RELATIVE_OPENS.search(text, max(s.start, m.start() - 12), m.start()) and _frame_earlier(r, m.start()):
            # "the ministry announced the capture of two settlements along the front line, which, according to
            # Ukrainian command, extends for 1,250 km": the source of the relative clause's aside only; the frame
            # before it carries the statement
            continue
        if _ASIDE_FRAME_NEXT.match(text, toks[e - 1].end, s.end):
            # "According to Ukrainian intelligence, he said, the Russian grouping numbers ...": the speaker of the
            # aside between commas cites the source; the aside's verb carries the statement
            continue
        # ("That's according to the ASTRA channel, referring to its sources, Ukrinform reports.": a credit line of the
        # sentence before, which the copying outlet relays; the outlet's verb is no frame of its own here)
        credit_line = re.fullmatch(r"\W*(?:This|That|It)(?:\s+(?:is|was)|['\u2019]s)\s*",
                                   text[_strip_intro(text, s.start, s.end):m.start()]) is not None
        if not credit_line and _NAMED_REPORTS_NEXT.match(text, toks[e - 1].end, s.end) \
                and text[toks[e - 1].end:s.end].lstrip()[:1] == ",":
            # "According to the AP report, President Zelenskyy has also confirmed that ...": the report passes on a
            # speaker's words; the reporting verb after it carries the statement
            continue
        if _NAMED_PARTICIPLE_BEFORE.match(text, _strip_intro(text, s.start, s.end), m.start()) \
                and re.fullmatch(r"[\W\s]*", text[toks[e - 1].end:s.end]):
            # "NATO Secretary General Mark Rutte visited Kyiv ..., reaffirming continued support, according to
            # Suspilne": the named subject's participle carries the statement; the outlet at the end passes it on
            continue
        if _NAMED_PARTICIPLE_NEXT.match(text, toks[e - 1].end, s.end):
            # "As per CNN, Peskov left the door open to reviving the deal, saying that Russia will comply": the named
            # subject's participle carries the statement; the outlet passes it on
            continue
        if not credit_line and (re.fullmatch(r"[\W\s]*", text[toks[e - 1].end:s.end])
                                or _CLOSING_KIND.fullmatch(text, toks[e - 1].end, s.end)) and _reports_a_report(
                r, next((k for k, t in enumerate(toks) if t.start >= m.start()), n)):
            # "Kremlin spokesman Dmitry Peskov said Gerasimov reported ..., according to Russia's TASS news
            # agency": the sentence has its speaker; the closing source is where the report came from
            continue
        res = r.doc.disc.resolve(mention, mention.start)
        ph_start = m.start()
        ph_end = toks[e - 1].end
        # trailing time adjunct "according to X on Monday"
        if e < n and toks[e].low in ("on", "in", "at", "during") and e + 1 < n and (toks[e + 1].low in _WEEKDAYS or toks[e + 1].low in ("his", "her", "its", "their", "a", "an", "the")):
            for k in range(e, n):
                if toks[k].text in (",", ".", ";"):
                    ph_end = toks[k - 1].end
                    break
        acronym = _ACRONYM_AFTER.match(text, ph_end)
        if acronym is not None:
            ph_end = acronym.end()   # "according to the Institute for the Study of War (ISW), ...": its acronym
        named = _NAME_AFTER_ROLE.match(text, ph_end, s.end) if mention.kind != "named" or mention.is_person is not True \
            else None
        # ("according to the spokesperson for the Operational Group of Troops Kharkiv, Vitalii Sarantsev, Russian
        # invaders are ...": the office before the body the speaker phrase was read as, the name set off after it)
        voiced = _VOICE_OF.match(text, m.end()) if mention.is_person is not True else None
        voiced = voiced if voiced is not None and voiced.end() == mention.start else None
        if named is None and voiced is not None:
            named = _NAME_THEN_COMMA.match(text, ph_end, s.end)
        if named is not None and (_VOICE_ROLE.match(text, toks[ti].start) or voiced is not None):
            # "according to the spokesperson for the Naval Forces of Ukraine, Dmytro Pletenchuk": the person named
            # after the office is the one who said it
            k = next((x for x, t in enumerate(toks) if t.start >= named.start("name")), n)
            person, _pi, pe = _according_speaker(r, named.start("name"))
            if person is not None and person.kind == "named" and pe > k:
                res, ph_end = r.doc.disc.resolve(person, person.start), toks[pe - 1].end
        app = _ROLE_APPOSITION.match(text, ph_end)
        if app is not None and (app.group("head").lower() in _lex().roles or app.group("head").lower() in _lex().titles):
            ph_end = app.end() - 1   # "According to Oleg X, the regional governor, 30% ...": the title is no content
        elif (app := _ROLE_APPOSITION_TO_END.match(text, ph_end, s.end)) is not None \
                and (app.group("head").lower() in _lex().roles or app.group("head").lower() in _lex().titles) \
                and app.group("head").lower() not in _PLACE_KINDS \
                and not _FINITE_IN_TITLE.search(text, app.start(), app.end()):
            ph_end = s.end          # "..., according to Oleh X, an officer of the 26th Brigade.": his title ends it
        cites = _CITING.match(text, ph_end)
        if cites is not None:
            # "According to TASS, citing military analyst Andrei Marochko, the situation is dire": the outlet passes on
            # the words of the one it cites
            cited, _ci, ce = _according_speaker(r, cites.end())
            cited_res = r.doc.disc.resolve(cited, cited.start) if cited is not None and ce > _ci else None
            if cited_res is not None:
                res, ph_end = cited_res, toks[ce - 1].end
        intro_end = _strip_intro(text, s.start, s.end)
        if credit_line and res is not None:
            # "This is according to the ISW, which cites geolocated footage.": a credit line; the
            # sentence before is X's
            _credit_previous(r, res, "according_to")
            r.covered.append((s.start, s.end))
            continue
        before = (intro_end, ph_start)
        after = (ph_end, s.end)
        quoted = _quote_before(r, intro_end, ph_start)
        if quoted is not None and res is not None and re.fullmatch(r"[\W\s]*", text[ph_end:s.end]):
            # '"At least six planes have been destroyed," according to the Defence Ministry.': the quotation is
            # the source's own words
            r.doc.consumed.append((quoted.start, quoted.end))
            r.doc.cands.append(_Cand(quoted.inner_start, quoted.inner_end,
                                     re.sub(r"[,\s]+$", "", text[quoted.inner_start:quoted.inner_end].strip()),
                                     "direct", "according_to", res, s.start, s.end))
            r.covered.append((s.start, s.end))
            continue
        if text[intro_end:ph_start].strip(" ,") == "" or _CONNECTIVE.fullmatch(text, intro_end, ph_start) or (
                _JOINED_BEFORE.search(text, max(intro_end, ph_start - 12), ph_start)
                and len(text[after[0]:after[1]].split()) > 3):
            # ("There are no official statements, however, according to X, the withdrawal is ...": a clause of its
            # own before the joint; X says what follows)
            r.emit(res, after[0], after[1], "according_to")
        else:
            # ("..., according to Russian media group Agency, which analyzed Ukrainian maps": the relative clause
            # after the source describes the source, not what it said)
            tail = None if _RELATIVE_AFTER.match(text, after[0], after[1]) else after
            r.emit(res, before[0], before[1], "according_to",
                   tail if tail and len(text[tail[0]:tail[1]].split()) > 2 else None)


def _quote_before(r: _SentenceReader, a: int, b: int):
    """The closed quotation that is all of ``text[a:b]`` but its closing comma, or None (or one that opened in an
    earlier sentence and closes here: 'Russia "liberated 31 sq km. The enemy lost 1,500 soldiers," according to X')."""
    for q in r.doc.speech:
        if q.closed and q.start < a < q.inner_end and q.end <= b and re.fullmatch(r"[\s,]*", r.text[q.end:b]):
            return q
        if q.closed and a <= q.start and q.end <= b and not r.text[a:q.start].strip() \
                and re.fullmatch(r"[\s,]*", r.text[q.end:b]) \
                and len(re.findall(r"\w+", q.inner(r.text))) >= 3:
            return q
    return None


# the kind that may close a source's name after "according to" (a medium's, or an organisation's)
_KIND_HEADS = MEDIUM_HEADS | frozenset("service group agency outlet project tank".split())
_FORCE_HEADS = frozenset("police guard guards".split())
_ACRONYM_AFTER = re.compile(r"\s*\([A-Z][A-Za-z.]{1,9}\)")
# ("according to Russian media group Agentstvo which analysed ...": the same without the comma, not "that")
_RELATIVE_AFTER = re.compile(r"\s*,\s*(?:which|who|whose|that)\b|\s+(?:which|who|whose)\b")
_WHOM = re.compile(r"\s+whom\b\s*,?\s*")


def _according_to_whom(r: _SentenceReader, m: re.Match) -> None:
    """"the governor of the region, Vyacheslav Gladkov, according to whom the military are working ...": the
    relative's antecedent, before the comma, says the clause after "whom"."""
    ci = next((k for k, t in enumerate(r.toks) if t.end <= m.start() and t.text == "," and
               not r.text[t.end:m.start()].strip()), None)
    mention = _subject_left(r.text, r.toks, ci, 0)[0] if ci is not None else None
    res = r.doc.disc.resolve(mention, mention.start) if mention is not None and mention.kind in ("named", "role") else None
    w = _WHOM.match(r.text, m.end())
    if res is not None and len(r.text[w.end():r.s.end].split()) > 2:
        r.emit(res, w.end(), r.s.end, "according_to")
_JOINED_BEFORE = re.compile(r",\s*(?:however|but|yet|while|whereas)\s*,?\s*$|;\s*(?:however\s*,\s*)?$", re.IGNORECASE)


# "In her words, the front line is 2,500 km long", "In his opinion, Trump can provide this": the person a pronoun points
# back to says the rest of the sentence, as after "according to her"
_IN_WORDS_NOUNS = ("words", "view", "opinion", "estimation", "assessment")
# ("According to his information, the most difficult situation is in Pokrovsk": the same, after "according to")
_ACCORDING_NOUNS = ("information", "data", "estimates", "assessment", "words")
_IN_WORDS = re.compile(r"\s*(?:(?:But|And|So|However|Yet),?\s+)?(?:In\s+(?P<pro>his|her|their)\s+(?:own\s+)?"
                       r"(?:" + "|".join(_IN_WORDS_NOUNS) + r")|According\s+to\s+(?P<pro2>his|her|their)\s+(?:own\s+)?"
                       r"(?:latest\s+)?(?:" + "|".join(_ACCORDING_NOUNS) + r"))\s*,\s*")
_POSSESSIVE_PRONOUN = {"his": "him", "her": "her", "their": "them"}
# ("In the Atlantic Council's estimation, ...", "In the view of the defence ministry, ...": the owner named)
# the named owner of the words, and its possessive: "the Atlantic Council's", "Frontelligence Insight's"
_NAMED_OWNER = (r"(?P<who>(?:the\s+)?[A-Z][\w.&'\u2019-]*(?:\s+(?:of\s+)?[A-Z][\w.&'\u2019-]*){0,4})['\u2019]s?\s+"
                r"(?:own\s+)?(?:" + "|".join(_IN_WORDS_NOUNS) + r")")
_IN_NAMED_WORDS = re.compile(r"\s*(?:(?:But|And|So|However|Yet),?\s+)?In\s+(?:" + _NAMED_OWNER + r"|"
                             r"the\s+(?:" + "|".join(_IN_WORDS_NOUNS) + r")\s+of\s+(?P<of>[^,;:()]{2,70}?))\s*,\s*")


def _in_words_of(r: _SentenceReader) -> None:
    text, s = r.text, r.s
    head, tail = text[s.start:s.start + 60], text[max(s.start, s.end - 80):s.end]
    if ("In " not in head or not any(w in head for w in _IN_WORDS_NOUNS)) and not (
            "According to " in head and any(w in head for w in _ACCORDING_NOUNS)):
        if ", in " in tail and any(w in tail for w in _IN_WORDS_NOUNS):
            _in_named_words_of(r)     # (the phrase closing its sentence)
        return      # (the phrase opens its sentence: most sentences fail this test, which costs far less)
    m = _IN_WORDS.match(text, _strip_intro(text, s.start, s.end))
    if m is None:
        _in_named_words_of(r)
        return
    pro = "pro" if m.group("pro") else "pro2"
    if any(cs <= m.start(pro) < ce for cs, ce in r.doc.consumed) or len(text[m.end():s.end].split()) < 3:
        return
    pronoun = _POSSESSIVE_PRONOUN[m.group(pro).lower()]
    mention = Mention(m.start(pro), m.end(pro), pronoun, "pronoun", name=pronoun)
    res = r.doc.disc.resolve(mention, mention.start) or _deferred_speaker_before(r)
    if res is not None:
        r.emit(res, m.end(), s.end, "according_to")


def _deferred_speaker_before(r: _SentenceReader) -> Resolved | None:
    """'"...," the commander in chief said. In his opinion, ...': the speaker of the sentence right before, a title
    the text names only later (which no pronoun finds among the names so far); _resolve_deferred names both."""
    last = r.doc.cands[-1] if r.doc.cands else None
    if last is None or last.res.deferred is None or last.res.deferred.indefinite \
            or r.text[last.sent_end:r.s.start].strip():
        return None
    return last.res


# ("Ukraine has lost as many as 300,000 troops, in Frontelligence Insight's estimation.": the phrase closing its sentence)
_IN_NAMED_WORDS_END = re.compile(r",\s+in\s+" + _NAMED_OWNER + r"\s*[.!]?\s*$")


def _in_named_words_of(r: _SentenceReader) -> None:
    text, s = r.text, r.s
    m = _IN_NAMED_WORDS.match(text, _strip_intro(text, s.start, s.end))
    content = (m.end(), s.end) if m is not None else None
    if m is None:
        m = _IN_NAMED_WORDS_END.search(text, s.start, s.end)
        content = (_strip_intro(text, s.start, s.end), m.start()) if m is not None else None
    if m is None or len(text[content[0]:content[1]].split()) < 3:
        return
    group = "who" if m.group("who") else "of"
    if any(cs <= m.start(group) < ce for cs, ce in r.doc.consumed):
        return
    toks = _tokens(text, m.start(group), m.end(group))     # (the owner without its possessive "'s")
    mention = _build_mention(text, toks, 0, len(toks)) if toks else None
    if mention is None or mention.kind not in ("named", "descriptive", "role"):
        return
    res = r.doc.disc.resolve(mention, mention.start)
    if res is not None and not res.deferred:
        r.emit(res, content[0], content[1], "according_to")


# "So, according to X, ...", "However, according to X, ...": a connective alone before the phrase
_CONNECTIVE = re.compile(r"\s*(?:So|Thus|Hence|However|Meanwhile|Also|And|But|Moreover|Furthermore|In\s+addition|"
                         r"At\s+the\s+same\s+time|Still|Yet|Now|Therefore|Indeed|In\s+turn|Besides)\s*,?\s*")


# what may close the sentence after the source's name: its kind ("..., according to TASS, the Russian state news
# agency.")
_CLOSING_KIND = re.compile(r"\s*,\s+(?:the|a|an)\s+[^,;:.\"\u201c\u201d]{1,60}[.!]?\s*")
_NAMED_REPORTS_NEXT = re.compile(
    # ("According to a report published by X on Tuesday, ...": when the source published, before its comma)
    r"(?:\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)?"
    r"\s*,\s*(?:" + _CITING_WORDS + r"\s+[^,;.]{2,60},\s*)?"     # ("..., citing the Kremlin's press service,")
    # ("According to BBC, Mikhail Razvozhaev, the Russian-installed governor of the city, said ...": an apposition)
    # ("According to Ukrainska Pravda, the Khartia Brigade of the Ukrainian National Guard stated ...": a body's name
    # with its "of the")
    r"(?:(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w.'\u2019-]*){0,6}(?:\s*,\s*[^,;:]{2,120},)?"
    # ("According to Censor.NET, the spokesman for the Khortytsia OSGT, Nazar Voloshyn, said this ...": a title, then
    # the name between commas)
    # ("As reported by Rubryka, People's Deputy from the Servant of the People party, Mariana Bezuhla, said": a
    # capitalised title)
    # (or a lower-case one: "As per TASS, officer of the Luhansk People's Militia, Andrei Marochko, said ...")
    r"|(?:(?:the|an?)\s+[a-z]|[a-z]|[A-Z])[^,;:]{2,80},\s*[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){1,3},"
    # ("According to TASS, militia officer Andrei Marochko said ...": a lower-case title before the name)
    r"|(?:(?:the|an?)\s+)?(?:[a-z][\w-]*\s+){1,3}[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){1,3}"
    # ("According to CNN, Kremlin spokesman Dmitry Peskov, said ...": a body's name before the title; the stray comma
    # before the verb a slip)
    r"|(?:[A-Z][\w'\u2019-]*\s+){1,2}(?:[a-z][\w-]*\s+){1,3}[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){1,3},?)\s+"
    # ("..., Oleksandr Vilkul, in a video message, affirmed that ...": the medium set off by commas)
    r"(?:(?:in|on|during|via)\s+(?:a|an|his|her|its|their|the)\s+[^,;:]{2,40},\s*)?"
    r"(?:(?:has|have|had|also|previously|earlier|again|further|later|then)\s+){0,2}"
    r"(?:said|says|asserted|asserts|confirmed|confirms|stated|states|announced|announces|told|claimed|claims|noted|"
    r"affirmed|affirms|reiterated|underlined|"
    r"added|warned|wrote|declared|insisted|stressed|reported|acknowledged|admitted|explained|emphasi[sz]ed|revealed|"
    # ("According to Censor.NET, The Telegraph reports.": the outlet relays a credit line of the paper it copies)
    r"argued|pointed\s+out|reports|writes|disclosed)\b"
    # (not a plural noun before its own verb: "According to the minister, the Baltic states are ...")
    r"(?!\s+(?:are|were|have|had|will|would|could|can|may|might|should|must|of|and|or|from)\b)")
_NAMED_PARTICIPLE_BEFORE = re.compile(
    r"(?:[A-Z][\w.'\u2019-]*\s+){2,6}(?=[a-z])[^;:,]{1,150},\s*(?:saying|adding|stressing|noting|insisting|warning|"
    r"claiming|stating|arguing|reaffirming|reiterating|emphasi[sz]ing|underlining|declaring)\b[^;:]*,\s*$")
_NAMED_PARTICIPLE_NEXT = re.compile(
    r"\s*,\s*(?:[A-Z][\w.'\u2019-]*\s+){1,4}(?=[a-z])[^;:,]{1,150},\s*(?:saying|adding|stressing|noting|insisting|"
    r"warning|claiming|stating|arguing)\b")
_ASIDE_FRAME_NEXT = re.compile(r"\s*,\s*(?:he|she|they|(?:[A-Z][\w'\u2019-]+\s+){0,2}[A-Z][\w'\u2019-]+)\s+"
                               r"(?:said|says|added|adds|noted|notes|stressed|wrote|writes)\s*,")
_VERB_BEFORE_ACCORDING = re.compile(r"\b[a-z]+(?:ed|id|aid|old|ote|rote)(?:\s+(?:on\s+)?(?:"
                                    + "|".join(d.capitalize() for d in sorted(_WEEKDAYS)) + r"))?\s*,\s*$")


# (and the "that" of a frame: "The Rybar channel said that according to sources in the General Staff, ...": the
# frame's speaker cites a source of its own)
_RELATIVE_OPENS = re.compile(r"\b(?:which|who|where|that)\s*,?\s*$", re.IGNORECASE)


def _frame_earlier(r: _SentenceReader, pos: int) -> bool:
    """Is there a reporting verb with a speaker of its own anywhere before ``pos`` in the sentence?"""
    lex = _lex()
    toks = r.toks
    for k in range(len(toks)):
        if toks[k].end > pos:
            break
        if toks[k].low in lex.verb_lemma and not toks[k].low.endswith("ing") \
                and (who := _subject_left(r.text, toks, k, 0)[0]) is not None \
                and who.kind in ("named", "role", "descriptive"):
            return True     # (not "It was reported that, according to X, ...": no speaker of its own)
    return False


def _frame_before(r: _SentenceReader, pos: int) -> bool:
    """Is the word before ``pos`` (and its comma) a reporting verb with a speaker of its own?"""
    lex = _lex()
    toks = r.toks
    k = max((i for i, t in enumerate(toks) if t.end <= pos and _is_wordlike(t)), default=None)
    if k is not None and toks[k].low in _WEEKDAYS and k >= 1:
        k -= 2 if toks[k - 1].low == "on" and k >= 2 else 1     # "X said on Friday, according to TASS"
    if k is None or toks[k].low not in lex.verb_lemma or toks[k].low.endswith("ing"):
        return False
    mention, _first = _subject_left(r.text, toks, k, 0)
    return mention is not None


def _is_wordlike(t: Tok) -> bool:
    return t.text[:1].isalpha()




# a name after its kind: "the Russian news agency Anna News", "the monitoring project DeepState"
_KIND_THEN_NAME = re.compile(r"(?:the\s+)?(?:[A-Z][\w'\u2019-]*\s+)?(?:(?:news|media|monitoring|analytical|independent|"
                             r"state|online|opposition|investigative)\s+)*(?:agency|newspaper|outlet|channel|"
                             r"publication|website|broadcaster|portal|project|blog|service)\s+[A-Z][^,;:]*$")
# an office named by what it belongs to, with no name of its own: "the city's mayor", "the region's governor"
_UNNAMED_HOLDER = re.compile(r"(?:the|its|their)\s+(?:[a-z][\w-]*['\u2019]s\s+)?(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*$")


_BASED_BEFORE = re.compile(r"(?:the\s+)?(?:(?:[A-Z][\w.]*,\s+)?[A-Z][\w.]*|[a-z]+)-based\s+(?=[A-Z])")
_CITY_STATE_BASED = re.compile(r"\s*[A-Z][\w.]*-based\s+[A-Z]")


def _known_actor_from(r: _SentenceReader, a: int, hi: int) -> Mention | None:
    """The longest run of words from token ``a`` (past "the" and a "<City>-based") that the actor gazetteer knows
    as one name: "the Washington-based Center for Strategic and International Studies" (whose "and" would otherwise
    end the noun phrase)."""
    toks, resolver = r.toks, r.doc.disc.resolver
    if resolver is None:
        return None
    while a < hi and (toks[a].low == "the" or toks[a].low.endswith("-based")):
        a += 1
    for b in range(min(hi, a + 10), a + 2, -1):
        whole = r.text[toks[a].start:toks[b - 1].end]
        actor = resolver.resolve(whole)
        if actor is not None and actor.kind == "organisation":
            return Mention(toks[a].start, toks[b - 1].end, whole, "named", name=actor.canonical_name, is_person=False)
    return None


def _according_speaker(r: _SentenceReader, after: int) -> tuple[Mention | None, int, int]:
    """The speaker phrase after "according to" (ending at the next punctuation): (mention, first
    token, token after it). "analysts of X" is X; a short phrase may name a known actor as a whole."""
    text, toks, n = r.text, r.toks, r.n
    disc = r.doc.disc
    ti = next((k for k, t in enumerate(toks) if t.start >= after), n)
    hi = n
    for k in range(ti, n):
        if toks[k].text == "." and k > ti and toks[k - 1].low in _TITLE_ABBREVIATIONS:
            continue        # "according to Mr. Lavrov": the title's period, not the phrase's end
        if toks[k].text == "." and k > ti and re.fullmatch(r"[A-Z]", toks[k - 1].text) and k + 1 < n \
                and _is_cap(toks[k + 1]):
            continue        # "according to S. Sternenko": an initial's period
        if toks[k].text == "." and k + 1 < n and toks[k + 1].start == toks[k].end and toks[k - 1].end == toks[k].start:
            continue        # "the U.S.-based Institute": an abbreviation's periods
        if toks[k].text == "." and k > ti and k + 1 < n and re.fullmatch(r"(?:[A-Z]\.)+[A-Z]", toks[k - 1].text) \
                and toks[k - 1].end == toks[k].start and toks[k + 1].text[:1].isupper():
            continue        # "according to the U.K. Defense Ministry": the last period of the abbreviation
        if toks[k].text == "," and _CITY_STATE_BASED.match(text, toks[k].end):
            continue        # "the Washington, DC-based Institute": the comma of the city's state
        if toks[k].text in (",", ";", ".", ":", "(", "\u2014", "\u2013"):
            hi = k
            break
    seg = text[toks[ti].start:toks[hi - 1].end] if ti < hi else ""
    if hi + 1 < n and toks[hi].text == "," and toks[hi + 1].text in ('"', "\u201d") \
            and seg.count('"') + seg.count("\u201c") == 1:
        # 'according to the publication "Ukrainskaya Pravda,"': the comma inside the closing quote; the
        # name is read as if the quote closed before it
        quoted, e = _subject_right(text, toks[:hi] + [toks[hi + 1]], ti, hi + 1)
        if quoted is not None and e == hi + 1:
            return quoted, ti, hi + 2
    issued = _DOCUMENT_ISSUED_BY.match(seg)
    if issued is not None:
        # "according to official information released by President X on his Telegram channel": the issuer
        ii = next(k for k, t in enumerate(toks) if t.start >= toks[ti].start + issued.end())
        known = _known_actor_from(r, ii, hi)
        if known is not None:
            return known, ti, hi    # "a report released by the Center for Strategic and International Studies"
        im, ie = _subject_right(text, toks, ii, hi)
        if im is not None and im.kind in ("named", "role", "descriptive"):
            return im, ti, hi
    channel = _OWNER_CHANNEL.fullmatch(seg)
    if channel is not None:
        # "according to the ministry's Telegram channel": the owner posts on it (the ministry named before)
        oi = next((k for k, t in enumerate(toks) if t.start >= toks[ti].start + channel.start("owner")), ti)
        oe = next((k for k, t in enumerate(toks) if t.end >= toks[ti].start + channel.end("owner")), hi)
        om = _build_mention(text, toks[:oe] + [_possessed(toks[oe])], oi, oe + 1) if oe < hi else None
        if om is not None and om.kind in ("named", "role"):
            return om, ti, hi
    owned = _OWNER_DOCUMENT.match(seg)
    if owned is not None:
        # "according to an AFP analysis (published on Wednesday)": the issuer
        if owned.group("owner_s"):      # ("according to AFP's analysis": the owner without its possessive "'s")
            own = _tokens(text, toks[ti].start + owned.start("owner_s"), toks[ti].start + owned.end("owner_s"))
            om = _build_mention(text, own, 0, len(own)) if own else None
        else:
            oi = next(k for k, t in enumerate(toks) if t.start >= toks[ti].start + owned.start("owner"))
            oe = next((k for k, t in enumerate(toks) if t.start >= toks[ti].start + owned.end("owner")), hi)
            om = _build_mention(text, toks, oi, oe)
            actor = r.doc.disc.resolver.resolve(text[toks[oi].start:toks[oe - 1].end]) \
                if r.doc.disc.resolver is not None and (om is None or om.kind != "named") else None
            if actor is not None and actor.kind == "organisation":
                # ("a British intelligence update": the gazetteer knows the service by its country's adjective)
                om = Mention(toks[oi].start, toks[oe - 1].end, text[toks[oi].start:toks[oe - 1].end], "named",
                             name=actor.canonical_name, is_person=False)
        if om is not None and om.kind == "named":
            return om, ti, hi
    based = _BASED_BEFORE.match(seg)
    if based is not None:
        # "according to the U.S.-based Institute for the Study of War": where it sits is not part of its name
        ti = next((k for k, t in enumerate(toks) if t.start >= toks[ti].start + based.end()), hi)
        seg = text[toks[ti].start:toks[hi - 1].end] if ti < hi else ""
    g = _GROUP_OF.match(seg)
    if g:
        ti = next((k for k, t in enumerate(toks) if t.start >= toks[ti].start + g.end()), hi)
        if g.group("det") and ti < hi and _is_cap(toks[ti]):
            ti -= 1 if toks[ti - 1].low == "the" else 0
    mention, e = _subject_right(text, toks, ti, hi)
    if mention is not None and e < hi and toks[e].low in ("sources", "source", "informants") \
            and re.search(r"['\u2019]s?$", mention.raw):
        return None, ti, hi     # "according to the Kyiv Independent's sources in the military": unnamed, no speaker
    if mention is not None and e + 1 == hi and re.search(r"['\u2019]s?$", mention.raw) and toks[e].low in _OWNED_WORDS:
        # "according to Gerasimov's briefing": the owner's document is part of the phrase; the owner speaks, without
        # its possessive ("according to the Chief of the Main Intelligence Directorate's forecast")
        first = next(k for k in range(ti, e) if toks[k].end > mention.start)
        owner = _build_mention(text, toks[first:e - 1] + [_possessed(toks[e - 1])], 0, e - first)
        mention = owner if owner is not None and not re.search(r"['\u2019]s?$", owner.raw) else mention
        e = hi
    if mention is not None and e < hi and (toks[ti].low in _lex().roles or toks[ti].low in _lex().titles):
        # "according to Head of the Working Group on Interaction with the Mass Media and Relatives of Defenders Andrii
        # Yusov, ...": a long title whose holder's known name closes the phrase
        for w in (3, 2):
            if hi - w > e and _known_person(text, toks, hi - w, hi):
                person = _build_mention(text, toks, hi - w, hi)
                if person is not None:
                    return person, ti, hi
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
    if mention is not None and e < hi \
            and (toks[hi - 1].low in _KIND_HEADS or hi - e == 1 and toks[e].low in _FORCE_HEADS) \
            and all(re.fullmatch(r"[a-z]+(?:-[a-z]+)*", t.text) for t in toks[e:hi]):
        # ("according to Moldovan border police, several drones ...": the force's noun closes the phrase too)
        e = hi     # "according to data compiled by the DeepState open-source mapping service": its kind closes the phrase
        whole_mention = _build_mention(text, toks, ti, hi)
        if whole_mention is not None and whole_mention.kind == "named" and whole_mention.raw != mention.raw \
                and _known(disc, whole_mention.name or whole_mention.raw):
            # ("according to the RIA state news agency": the known agency, not "RIA state")
            mention = whole_mention
    if mention is None and ti < hi and hi - ti <= 8 and _KIND_THEN_NAME.match(seg):
        # "according to the Russian news agency Anna News": a name after its kind, read as a whole
        whole_mention = _build_mention(text, toks, ti, hi)
        if whole_mention is not None and whole_mention.kind == "named" and whole_mention.is_person is False:
            mention, e = whole_mention, hi
    if mention is None and ti < hi:
        indefinite = indefinite_source(text, toks, ti, hi)   # "according to a Ukrainian official" (discourse.py)
        if indefinite is not None:
            return indefinite, ti, hi
    # "the city's mayor" (also after "a statement by": the words from the holder on)
    unnamed = mention is None and ti < hi and _UNNAMED_HOLDER.match(text[toks[ti].start:toks[hi - 1].end]) is not None
    titled = mention is not None and mention.kind == "named" and any(w in _lex().titles for w in mention.role_words)
    if (unnamed or titled or mention is not None and (mention.kind in ("role", "descriptive")
                                                      or is_office_phrase(mention.raw))) \
            and hi < n and toks[hi].text == ",":
        # ("according to the Acting Governor of the Kursk Region, Alexei Smirnov": a title read as a name)
        # "according to the Deputy Defense Minister of Ukraine, Hanna Maliar": the name in apposition speaks
        k = hi + 1
        while k < n and _is_cap(toks[k]) and k - hi <= 4:
            k += 1
        if k - hi >= 3 and (k >= n or toks[k].text in (".", ",", ";", "!")):
            named = _build_mention(text, toks, hi + 1, k)
            if named is not None and named.kind == "named" and named.is_person is not False:
                return named, ti, k
    return mention, ti, e


def _known(disc, name: str) -> bool:
    try:
        return disc.resolver is not None and disc.resolver.resolve(name) is not None
    except Exception:
        return False


def _by_count(r: _SentenceReader) -> None:
    """``By X's count, ...``: the content is the rest of the sentence."""
    text, s, toks, n = r.text, r.s, r.toks, r.n
    for m in _BY_COUNT.finditer(text, s.start, s.end):
        ti = next((k for k, t in enumerate(toks) if t.start >= m.start(1)), n)
        te = next((k for k, t in enumerate(toks) if t.start >= m.end(1)), n)
        mention = _build_mention(text, toks, ti, te)
        if mention is None:
            continue
        res = r.doc.disc.resolve(mention, mention.start)
        if s.start <= m.start() and text[_strip_intro(text, s.start, s.end):m.start()].strip(" ,") == "":
            r.emit(res, m.end(), s.end, "by_count")
        else:
            r.emit(res, s.start, m.start(), "by_count", (m.end(), s.end))
