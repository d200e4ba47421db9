"""Reported speech introduced by a reporting verb (lexicons/reporting_verbs.txt): its speaker on the left ("X said
(that) ...", "..., X said."), inverted ("..., said X"), participial ("..., saying ..." -> the clause's subject),
passive ("was told by X") or relative ("X, which estimated ..."); when an outlet cites or passes on a source, the
source speaks (``cited_sources.py``).
"""

from __future__ import annotations


import itertools
import re


from pipelines.extraction.described_as import _actor
from pipelines.extraction.cited_sources import (
    CITING_TO_END, cited_after_clause, cited_at_end, cited_before, cited_source_speaks, citing_source_speaks,
    outlet_passes_on,
)
from pipelines.extraction.colon_blocks import block_after, emit_block
from pipelines.extraction.discourse import _OUTLET_NAME, BODY_DOCUMENTS, RESEARCH_BODY_WORDS, Resolved


from pipelines.extraction.document import _Cand
from pipelines.extraction.frames import (
    NAME_ADJECTIVES, SITE_WORDS, _CLOSING_QUOTES, _DAY_PARTS, _DOCUMENT_BY, _clause_subject, _demonym_adjectives,
    _known_person, _nested_pronoun_frame, _subject_left, _subject_right, _verb_ok, apposed_name, indefinite_subject,
    proposal_without_words,
)


from pipelines.extraction.numbers import WORD_NUM
from pipelines.extraction.mentions import (DOCUMENT_WORDS, OFFICE_WORDS, Mention, _build_mention, _nationality, _np_left,
                                           _np_right)
from pipelines.extraction.quote_span import quoted_content_end


from pipelines.extraction.sentence_reader import _CONTENTLESS, _WEEKDAYS, _SentenceReader, contentless
from pipelines.extraction.spans import (
    _ADJUNCT_START, _MONTHS, _after_time, _clean_span, _sentence_index, _strip_intro, _that_start,
)


from pipelines.extraction.tokens import _PARTICIPLE_OK_PREV, Tok, _is_cap, _is_word, _lex

# ('the situation is "more difficult", acknowledged the Ukrainian president': the verbs of granting, asserting and
# answering invert as "said" does)
_INVERTIBLE = frozenset("say write add tell note claim report state warn explain tweet confirm announce "
                        "stress emphasise insist comment inform believe acknowledge admit concede assert declare "
                        "recall reply argue".split())
_LOCAL_AUTHORITY = re.compile(
    r"\b(?:the\s+)?(?P<head>authorities|administration|officials)\s+(?:in|of)\s+(?:the\s+)?(?P<place>[A-Z][\w'\u2019-]+)"
    r"(?:\s+(?P<unit>district|city|community|region|oblast))?(?:\s+of\s+the\s+[A-Z][\w'\u2019-]+\s+region)?\s*$")
_NAMED_X = re.compile(
    r"\b(?:blog|channel|project|group|outlet|site|website|agency|newspaper|monitor|unit|brigade|battalion|"
    # ("A group calling itself Liberty of Russia Legion claimed": the name it gives itself)
    r"organi[sz]ation|company|tank|media|account|platform|service)(?:\s+\w+){0,3}?\s+(?:named|called|dubbed|known\s+as|"
    r"calling\s+(?:itself|themselves)|(?:which|that|who)\s+calls?\s+(?:itself|themselves))\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w'\u2019.-]*(?:\s+(?:of\s+(?:the\s+)?|for\s+(?:the\s+)?)?[A-Z][\w'\u2019.-]*){0,4})"
    r"(?:\s*,[^,;]{3,120},)?\s*(?:(?:also|has|have|had|on\s+\w+day)\s+)*$")
_APPOSITION_TAIL = re.compile(r"\s*(?:the|a|an|his|her|its)\s+(?:[\w'\u2019-]+\s+){0,5}?[\w'\u2019-]+\s*[.!]?\s*$"
                             r"(?<!\bsaid\.)", re.IGNORECASE)
# a speaker's apposition that runs to the end of the sentence, with no clause of its own
_CLOSING_APPOSITION = re.compile(r"\s*(?:a|an|the)\s+(?:(?!\b(?:said|says|told|who|which|that|will|would|is|are|was|were|has|"
                                 r"have|had|can|could|did|does|do|must|should|may|might)\b)[^.;:!?]){1,140}[.!]?[\s\"\u201d]*")
_CLAIM_THAT = re.compile(r"\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,2}?(?:claims?|concerns?|reports?|suggestions?|allegations?|"
                         r"accusations?|assertions?|criticism|notion|idea|fears?)\s+"
                         r"(?:(?:suggesting|claiming|alleging|saying|stating)\s+)?that\b"
                         # ("rejected Russian statements about the capture of a village": the event denied, by its noun)
                         r"|\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,2}?(?:claims?|statements?|reports?)\s+(?:about|of)\s+(?:the\s+)?"
                         r"(?:alleged\s+)?(?:capture|seizure|fall|liberation|takeover)\b", re.IGNORECASE)
# the attitude an "expressed"/"voiced" reports, then its clause: "expressed confidence that ...", "voiced the hope that"
# (or an attitude towards something: "expressed readiness for further dialogue", "expressed his government's
# willingness to engage in talks", "voiced concerns about ...")
# ('expressed "deep concern" over ...', "expressed tentative agreement with ..."; not thanks, "expressed gratitude to
# the troops", which the annotators never counted)
_ATTITUDE_THAT = re.compile(r"\s+that\b|"   # ("Parviainen expressed that ...": a translation's bare clause)
                            r"\s+[\"\u201c]?(?:(?:the|his|her|its|their|our|some|(?-i:[a-z]+))\s+|"
                            # ("expressed Pope Francis's deep concern for ...": a two-word owner, then an adjective)
                            r"(?:(?-i:[A-Z])[\w-]+\s+)?[\w-]+['\u2019]s\s+){0,3}"
                            r"(?:(?:confidence|hope|belief|concerns?|fears?|doubts?|regret|conviction|certainty|optimism|"
                            r"skepticism|scepticism|view|viewpoint|point\s+of\s+view|opinion|position|assessment|expectation|"
                            r"satisfaction|surprise)[\"\u201d]?"
                            # ("voiced hope on Jan. 3 that ...": the day it was voiced, between attitude and clause)
                            r"(?:\s+(?:on\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|"
                            r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:last|this|late|early)\s+\w+))?\s+that\b|"
                            r"(?:readiness|willingness|support|opposition|concerns?|hope|confidence|interest|optimism|"
                            r"frustration|disappointment|skepticism|scepticism|doubts?|agreement|(?:dis)?satisfaction|"
                            r"solidarity|alarm|outrage|dismay|indignation)[\"\u201d]?\s+"
                            r"(?:to|for|about|over|in|regarding|with|at|after)\b)",
                            re.IGNORECASE)
# an appeal: "called on the G7 to lower ...", "calls for more sanctions" (not "called in", "called off")
# "called the attack on the industrial zone inappropriate", "calling this decision professional and the only correct
# one": a definite object, then an evaluative adjective closing the clause (its predicate)
_CALLED_ADJECTIVE = re.compile(
    r"(?:the|this|that|these|those|its|his|her|their|[A-Z][\w-]+['\u2019]s)\s+(?:[\w'\u2019-]+\s+){0,8}?"
    r"(?:(?:un|in|im|ir|il)?[a-z]{3,}(?:able|ible|ous|ful|less|ive|ate|ic|ent|ant|ary|ional|ical)"
    # ("called the Western sanctions illegal", "called the reports false": short adjectives of judgement)
    r"|illegal|unlawful|criminal|unconstitutional|false|fake|absurd|wrong|unfair|unjust|untrue)"
    r"(?:\s+and\s+[^.;,]{1,60})?")
_CALL_FOR = re.compile(r"\s+(?:(?:on|upon)\s+[^.;:]{1,80}?\bto\s+[a-z]|for\s+(?!\w+\s+(?:years?|months?|weeks?|days?)\b))")
# (a stance restated: "repeated his willingness to hold talks", "reiterated its readiness for ...")
_OWN_CALL = re.compile(r"\s+(?:its|his|her|their|the)\s+(?:[a-z]+\s+)?(?:calls?|appeals?|demands?|willingness|readiness|"
                       r"offer|proposal|commitment)\s+(?:for|on|to)\b")
_BE_AUX = frozenset({"was", "were", "been", "is", "are", "being"})
_DEMONSTRATIVE_OBJECT = re.compile(
    r"^(?:this|that|these|those|it)\b(?:\s+[\w-]+){0,2}?(?:\s+(?:during|at|in|on|after|before)\b.*)?$", re.IGNORECASE | re.S)
# the object of a judging verb, up to its clause's end, with a quoted word or phrase in it
_QUOTED_WORDS = re.compile(r"\s+(?:the|a|an|this|that|its|his|her|their)\s+[^.;:\u201c\u201d\"]{0,60}?[\u201c\"][^\u201d\"]{2,80}[\u201d\"]")
_OBJECT_PREDICATE = frozenset({"call", "describe", "hail", "condemn", "denounce", "dismiss", "frame", "characterise",
                               "slam", "portray"})
# of those, the verbs whose object is a thing only with "as" ("described the situation as 'very hot'"), and the judging
# ones that also report when the object holds the speaker's own quoted words
_AS_PREDICATE = _OBJECT_PREDICATE - {"call"}
_JUDGING = frozenset({"condemn", "denounce"})
_SUBORDINATORS = frozenset({"after", "when", "while", "because", "before", "since", "although", "though"})
_FINITE_VERB_FOLLOWS = re.compile(
    r"[^,.;]{0,60},\s+(?:\w+\s+)?(?:said|says|told|tells|wrote|writes|added|stated|noted|claimed|announced)\b")
_SPEAKER_MODIFIERS = re.compile(
    r",(?:\s*(?:[A-Z][\w'\u2019.-]*|\([^()]{1,30}\)|of|the|and|for|on|in|'s|\u2019s"
    # lower-case pre-modifiers of a title: "..., new military chief Oleksandr Syrskyi said"
    r"|new|former|top|senior|acting|outgoing|retired|newly|appointed|incoming"
    # and of a captive's: "..., captured Ukrainian border guard X told Sputnik"
    r"|captured|detained|jailed|imprisoned|wounded|injured"
    # and of an outlet's or a monitor's description: "..., the independent Russian outlet Agentstvo reported"
    r"|independent|popular|influential|prominent|state-run|state-owned|pro-Kremlin|pro-war"
    # and an outlet's kind: "..., Ukrainian news outlets Dzerkalo Tyzhnia and Suspilne said"
    r"|news|outlets?|agency|agencies|media|channels?"
    # and a body's kind: "..., grid operator Ukrenergo said", "..., monitoring group DeepState reported"
    r"|grid|energy|power|gas|operator|company|firm|utility|monitoring|group|project|think|tank|watchdog"
    r"|analytical"
    # and a firm's trade, nouns coordinated: "..., the state-run oil and gas firm Naftogaz said"
    r"|oil|nuclear|rail|railway|telecoms?|mobile|shipping|arms|defen[cs]e|human|rights|charity|organi[sz]ation))+\s*$")
# ", the head of the Wagner group,": a title phrase between commas right before the speaker's name
_TITLES_APPOSED = (r"(?:head|chief|leader|commander|spokes(?:man|woman|person)|minister|governor|mayor|director|secretary|"
                   r"adviser|advisor|envoy|ambassador)")
_TITLE_APPOSITION = re.compile(
    r",\s+(?:the\s+|its\s+|their\s+)?(?:[a-z-]+\s+){0,3}?(?:founder|" + _TITLES_APPOSED + r")\s+(?:of|for|to)\s+"
    r"[^,;:\"\u201c\u201d]{1,60},\s*$"
    # ("..., the city's mayor, Ihor Terekhov, said": an owner's title)
    r"|,\s+the\s+(?:city|region|regional|oblast|country|ministry|army)['\u2019]s\s+(?:[a-z-]+\s+){0,2}?(?:head|chief|leader|"
    r"commander|spokes(?:man|woman|person)|minister|governor|mayor|director|secretary)\s*,\s*$"
    # ("..., the regional governor, Vitaly Ganchev, told TASS": lower-case words and the title)
    r"|,\s+the\s+(?:[a-z-]+\s+){0,2}?" + _TITLES_APPOSED + r"\s*,\s*$")
# the frame of the sentence's own speaker right before an outlet's inverted credit ("..., the top official for the
# region said Monday, reported CNN")
_OWN_FRAME_BEFORE = re.compile(r",\s+(?:the|a|an)\s+[^,;]{2,80}?\s(?:said|says|told|stated|added)(?:\s+[^,;]{1,25})?,\s*$")
# a quotation closing right before a frame's subject ('..., home to 23,000 people," he said')
# ('"...," Oleh Kiper, the governor of the Odesa region, wrote': with the speaker's apposition)
# ('..., Control will be restored," Kremlin spokesman Dmitry Peskov said, adding': a title in lower case between)
_AFTER_QUOTE = re.compile(r"[,.!?][\"\u201d]\s+(?:[A-Z][\w.'\u2019-]*\s+|(?-i:[a-z]+)\s+(?=[A-Z])){0,4}"
                          r"(?:he|she|they|it|[A-Z][\w'\u2019-]*)"
                          r"(?:,\s+[^,\"\u201c\u201d]{3,80},)?\s*$")
# a finite verb right after a noun phrase: the phrase is its clause's subject ("said Russian forces were advancing")
_FINITE_AFTER = re.compile(r"(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|did|do|does|"
                           r"[a-z]+ed)")
# a person's name with no title before it: "Adam Taylor", "David L. Stern"
_BARE_NAME = re.compile(r"[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z'\u2019-]+")
_QUOTED_PHRASE_END = re.compile(r"\s\u201c[^\u201c\u201d]{1,60}\u201d\s*$")
_NP_LEAD = re.compile(r"\s*(?:A|An)\s")


_ADVERB_IN_PASSIVE = re.compile(r"also|first|later|earlier|previously|then|likewise|separately|independently|"
                                r"(?!only|early|reportedly|allegedly|supposedly)[a-z]+ly")


def _reporting_verbs(r: _SentenceReader) -> None:
    """Every reporting verb of the sentence not inside a consumed span or an emitted clause: its
    speaker, then its content."""
    lex = _lex()
    credit = _AS_CREDIT.match(r.text, r.s.start, r.s.end)
    for vi, t in enumerate(r.toks):
        lemma = lex.verb_lemma.get(t.low)
        if lemma is None or r.blocked(t) or r.in_covered(t.start):
            continue
        if credit is not None and t.end <= credit.end() and any(
                lex.verb_lemma.get(x.low) for x in r.toks[vi + 1:] if x.start >= credit.end()):
            # "As Reuters reported, Hanna Maliar said that ...": the outlet credits the report; the
            # statement is the one inside it
            continue
        if credit is not None and t.end <= credit.end() and t.low in _RECAP_VERBS \
                and _OUTLET_NAME.search(r.text, credit.start(), t.start):
            # "As Ukrainian News Agency reported, earlier the army returned X under control.": an outlet's recap of
            # news told before (its own or the agency it copies), no one's statement
            continue
        if _INSIDE_ACCORDING.search(r.text, max(r.s.start, t.start - 80), t.start):
            continue   # "According to the AP report, ...": the noun of the source phrase, not a verb
        if vi > 0 and (r.toks[vi - 1].low in _BE_AUX or vi > 1 and r.toks[vi - 2].low in _BE_AUX
                       and _ADVERB_IN_PASSIVE.fullmatch(r.toks[vi - 1].low) and not t.low.endswith("ing")) \
                and not (t.low.endswith("ing") and lemma in _SAYING):
            # ("was also reported by the DeepState blog": an adverb between the auxiliary and the participle)
            # (not a progressive of saying: "The Ukrainian navy is claiming a strategic triumph"; "Moscow is
            # demanding that ...", "is forecasting growth" stay as they were)
            _passive_frame(r, vi, t, lemma)
            continue
        if lemma == "cite" and cited_source_speaks(r, vi, t):
            continue
        if lemma in _ECHO_LEMMAS and _ECHOED_CLAIM.match(r.text, t.end, r.s.end):
            continue   # "reiterating Syrskyi's warning that Russia aims ...": the owner's claim (_claim_noun)
        if not _verb_applies(r, vi, t, lemma):
            continue
        # ("..., Gerasimov was quoted as saying.": the participle of a finite passive frame)
        participle = t.low.endswith("ing") and _quoted_as_at(r.toks, vi) is None
        if participle and _FINITE_VERB_FOLLOWS.match(r.text, t.end, r.s.end):
            continue   # "X, writing on Facebook, said ...": the finite verb carries the statement
        mention, first_idx, inv_end = _verb_speaker(r, vi, lemma, participle)
        if participle and (by := _DOCUMENT_BY_APPOSED.search(r.text, r.s.start, t.start)) is not None:
            # "after the publication of a letter by X, commander of the Azov regiment, accusing Y of ...": the
            # author, set off with his title right before the participle, accuses, not the sentence's subject
            k0 = next(k for k, x in enumerate(r.toks) if x.start >= by.start("who"))
            k1 = next(k for k, x in enumerate(r.toks) if x.start >= by.end("who"))
            author = _build_mention(r.text, r.toks, k0, k1)
            if author is not None and author.kind == "named":
                mention, first_idx = author, k0
        if participle and mention is not None and mention.raw.lower().rstrip("s") in _DOCUMENT_NOUNS:
            # "Statements by the Chief of the General Staff, Valery Gerasimov, claiming alleged street fighting in
            # X ...": the document's author claims it, not the document
            doc_idx = next(k for k, x in enumerate(r.toks) if x.start >= mention.start)
            mention = _participle_document_author(r, doc_idx, vi)
        if mention is not None and inv_end is None and vi + 1 < r.n and r.toks[vi + 1].low == "as" \
                and _object_relative(r.toks, first_idx, lex, any_noun=True):
            continue   # "land that Putin had declared as Russian territory": the noun before is what he named so
        if mention is not None and inv_end is None and _object_relative(r.toks, first_idx, lex) \
                and not (vi + 1 < r.n and r.toks[vi + 1].low in _GAP_VERBS):
            # "areas that the ISW assesses Russian forces have operated in": a relative clause (but "regions that
            # Putin says are now part of Russia": the relative is the reported clause's subject, its verb follows)
            continue
        if mention is not None and inv_end is None and first_idx >= 1 and r.toks[first_idx - 1].low == "what" \
                and not (vi + 1 < r.n and r.toks[vi + 1].low in _GAP_VERBS) and not _LABELLING.match(r.text, t.end) \
                and lemma not in _NAMING_LEMMAS \
                and not _WHAT_CREDIT.match(r.text, r.s.start):    # ("This is what X said ...": the sentence before)
            # "far from what the Kremlin asserted — a view shared by ...": the verb's object is the "what" before
            # its subject; the words after it are not its clause (but "what Putin says is a threat": the clause; and
            # "what the Kremlin called “useful” talks": the label is its words)
            continue
        if mention is None:
            # the anonymous / generic subject still owns this verb: nothing else to do
            continue
        if vi >= 1 and (r.toks[vi - 1].text == "," or r.toks[vi - 1].low in ("and", "as")) and t.low.endswith("ed") \
                and vi + 1 < r.n and r.toks[vi + 1].low == "by" and inv_end is None:
            # "Sharov's statement, relayed by the Russian Ministry of Defense, ...": a reduced passive, no frame (and
            # "..., as quoted by Interfax-Ukraine and reported by European Pravda")
            continue
        if lemma in ("underscore", "underline") and inv_end is None \
                and _OWNED_REMARKS.search(r.text, mention.start, t.start) \
                and not re.match(r"\s+that\b", r.text[t.end:]):
            # "Sharov's statement, relayed by the ministry, underscores a critical shift": the writer's judgement of
            # what the remarks mean, not words of the speaker's ("The ministry's statement underlined that ...": his)
            continue
        res = r.doc.disc.resolve(mention, mention.start)
        if res is None:
            continue
        if inv_end is None and first_idx >= 1 and r.toks[first_idx - 1].low == "what" and lemma in _NAMING_LEMMAS \
                and (label := _LABEL_AFTER_AS.match(r.text, t.end, r.s.end)) is not None:
            # "... in what the defense ministry described as a 'gesture of goodwill' to help ...": the label is its
            # words, not the clause the relative hangs on
            r.emit(res, label.start("what"), label.end("what"), lemma)
            continue
        if t.low in ("report", "reports") and inv_end is None and res.actor_id is None \
                and _BARE_NAME.fullmatch(mention.raw) and re.fullmatch(r"[\s.]*", r.text[t.end:r.s.end]):
            # "..., Adam Taylor and David L. Stern report.": a byline closing a summary (the present tense of a
            # journalist's report), not a source's statement
            continue
        if lemma == "show" and _VISUAL_SUBJECT.match(r.text, r.s.start, t.start):
            # "Video published by the Kremlin showed Witkoff and Putin shaking hands": pictures show, nobody says
            continue
        if lemma == "show" and res.actor_id is None and (left := _first_of_data_pair(r, first_idx)) is not None \
                and (known := r.doc.disc.resolve(left, left.start)) is not None and known.actor_id:
            # "Data from the ISW and the Critical Threats Project show that ...": the known monitor of the pair
            res = known
        if lemma == "show" and res.actor_id is None and not _DOCUMENT_BY.search(r.text, r.s.start, t.start):
            # "Video showed ...": only a known monitor's map, or a report its issuer names ("An analysis by
            # the Guardian shows that ..."), asserts by showing
            continue
        if inv_end is None and not participle and (outlet_passes_on(r, vi, res) or citing_source_speaks(r, vi, t, res)):
            continue
        if inv_end is None:
            res = cited_after_clause(r, t.end, cited_before(r, mention.start, mention.end, t.start,
                                                            cited_at_end(r, t.end, res,
                                                                         t.low in ("reported", "reports"))))
        if inv_end is not None and (_OUTLET_NAME.search(res.speaker or "") or t.low in ("writes", "reports", "informs")
                                    # ("..., informs Andrii Demchenko, spokesperson for ...": a person is no outlet)
                                    and not (res.entity is not None and res.entity.person)) \
                and vi >= 2 and r.toks[vi - 1].text == "," and _reports_a_report(r, vi - 1):
            continue    # "Budanov stated this in an interview with Forbes, writes UNN.": the outlet relays a credit
        if inv_end is not None:
            _emit_inverted(r, res, vi, lemma, inv_end)
        elif _relative_verb(r.toks, vi):
            _emit_relative(r, res, vi, lemma)
        elif first_idx == vi and vi >= 1 and r.toks[vi - 1].low in ("but", "and") and not any(
                x.low in lex.verb_lemma and mention.end <= x.start for x in r.toks[:vi - 1]) \
                and not _GESTURE.fullmatch(r.text, mention.end, r.toks[vi - 1].start):
            # "The mission has verified 12,600 deaths and says the toll is higher": both predicates are
            # what the subject reports ('"...," he wrote and added that X': only X, below)
            r.emit(res, mention.end, r.s.end, lemma)
        elif not participle and (lemma in ("tell", "inform", "assure") and _TOLD_THAT.match(r.text, t.start)
                                 or _REQUEST_THAT.match(r.text, t.start)) \
                and (outer := _OUTER_END_FRAME.search(r.text, t.end, r.s.end)) is not None \
                and mention.raw not in _POSSESSOR.sub("", outer.group(0)) and not _OUTLET_NAME.search(outer.group(0)):
            # "Putin told Trump that Russia will respond to the attacks, Kremlin spokesman Dmitry Peskov said on
            # Thursday": the closing frame's speaker reports the whole clause; the told words are his statement
            # (and a request's: "Nepal has requested that Russia return its nationals, Foreign Minister X said")
            continue
        else:
            _emit_reported(r, res, vi, t, lemma, first_idx, participle)
            left = _left_conjunct(r, first_idx)
            if left is not None:
                # "Russia's defence ministry and the president's office in Ukraine said ...": both said it
                other = r.doc.disc.resolve(left[0], left[0].start)
                if other is not None and other.speaker != res.speaker:
                    _emit_reported(r, other, vi, t, lemma, left[1], participle)


# a document by a named author with his title set off after the name, closing right before a participle
_DOCUMENT_BY_APPOSED = re.compile(
    r"\b(?:letter|statement|post|message|appeal|complaint|article|op-ed|video|address|petition)\s+(?:by|from)\s+"
    r"(?P<who>(?-i:[A-Z])[\w'\u2019.-]+(?:\s+(?-i:[A-Z])[\w'\u2019.-]+){1,3}),\s+[^,;:\"\u201c\u201d]{3,90},\s*$",
    re.IGNORECASE)
def _inverted_subject(text: str, toks: list[Tok], i: int, n: int) -> tuple[Mention | None, int]:
    """The speaker after an inverted verb from toks[i] (``_subject_right``), over a dash that joins one person's two
    titles ("..., said Deputy Prime Minister – Minister for Reintegration ... Iryna Vereshchuk.": the name closing
    the second)."""
    inv, e = _subject_right(text, toks, i, n)
    if inv is not None and (inv.kind != "named" or inv.is_person is False) and e + 1 < n \
            and toks[e].text in ("\u2013", "\u2014", "-") and _is_cap(toks[e + 1]) and toks[e + 1].low in _lex().titles:
        second, e2 = _subject_right(text, toks, e + 1, n)
        if second is not None and second.kind == "named" and second.is_person is not False:
            return second, e2
    if inv is not None and inv.kind in ("role", "descriptive") and e + 2 < n and toks[e].text == ",":
        # ('..., said the head of the Yasynuvata district, Dmitry Shevchenko: "..."': the name apposed to the title
        # closes the sentence, before its full stop or the colon of his quotation)
        k = e + 1
        while k < n and _is_cap(toks[k]):
            k += 1
        if k - e - 1 >= 2 and (k >= n or k == n - 1 and toks[k].text in (".", "!", ":")):
            named = _build_mention(text, toks, e + 1, k)
            if named is not None and named.kind == "named" and named.is_person is not False:
                return named, k
    return inv, e


# "asked Congress for $24 billion", "requested additional funds": what is asked for is a thing (not "asked for help
# to ...", not "asked that ...")
_ASKED_FOR = re.compile(r"\s+(?:[A-Z][\w'\u2019.-]*\s+){0,3}for\s+(?:\$|\d|a\s|an\s|more\s|additional\s|extra\s|"
                        r"billions?\b|millions?\b)(?![^.;]{0,80}\b(?:that|whether)\b)")
# "called into question", "calls those claims into question": doubt cast, no words (parse_fallback reads it too)
INTO_QUESTION = re.compile(r"\s+(?:\w+\s+){0,3}?into\s+question\b")
# the documents whose findings are their authors' statements ("the analysis found")
_FINDING_DOCUMENTS = DOCUMENT_WORDS | {"study", "survey", "review", "investigation", "data"}
# what a body issues (mentions.DOCUMENT_WORDS), and the nouns of a claim made in one: "a claim by X that ..."
_DOCUMENT_NOUNS = DOCUMENT_WORDS | {"claim", "announcement", "briefing"}


def _participle_document_author(r: _SentenceReader, doc_idx: int, vi: int) -> Mention | None:
    """The author after "by" of the document that opens a participle's subject ("Statements by X, Name, claiming"):
    the apposed name when the title before it names no one, else the phrase after "by"."""
    toks = r.toks
    if doc_idx + 1 >= vi or toks[doc_idx + 1].low != "by":
        return None
    commas = [k for k in range(doc_idx + 2, vi) if toks[k].text == ","]
    if len(commas) >= 2 and commas[-1] == vi - 1:
        apposed = _build_mention(r.text, toks, commas[-2] + 1, commas[-1])
        if apposed is not None and apposed.kind == "named":
            return apposed
    author = _build_mention(r.text, toks, doc_idx + 2, commas[0] if commas else vi)
    return author if author is not None and author.kind in ("named", "descriptive", "role") else None


def _first_of_data_pair(r: _SentenceReader, first_idx: int) -> Mention | None:
    """The first of two sources after "from"/"by" ("Data from the ISW (ISW) and the Critical Threats Project show"),
    when the verb's subject is the second."""
    toks = r.toks
    if first_idx < 3 or toks[first_idx - 1].low != "and":
        return None
    k = next((k for k in range(first_idx - 2, max(0, first_idx - 14), -1) if toks[k].low in ("from", "by")), None)
    if k is None or toks[k - 1].low not in _DOCUMENT_NOUNS | {"data", "figures", "maps", "analysis"}:
        return None
    end = first_idx - 1
    if toks[end - 1].text == ")" and end >= 3 and toks[end - 3].text == "(":
        end -= 3          # "the Institute for the Study of War (ISW)": its acronym
    m = _build_mention(r.text, toks, k + 1, end)
    return m if m is not None and m.kind == "named" else None


def _document_issuer(text: str, toks: list[Tok], p: int) -> Mention | None:
    """The issuer named after "by"/"from" in "a statement by X that ...", when the relative pronoun at ``p`` follows
    it."""
    k = _document_by(toks, p)
    if k is None:
        return None
    issuer = _build_mention(text, toks, k + 1, p)
    return issuer if issuer is not None and issuer.kind in ("named", "descriptive") else None


# what an outlet publishes ("a Financial Times article which claimed ...")
_OUTLET_PIECES = frozenset("article report story piece investigation".split())
# a date's word after "in"/"on"/"last" ("in June", "on Monday", "last week")
_WHEN_WORDS = _WEEKDAYS | _MONTHS | frozenset("week month year".split())
_ADDING = frozenset("adding saying noting stressing explaining stating".split())
# adverbs and time words between "and"/"but" and a coordinated verb of saying: "but later on Tuesday said"
_COORDINATED_FILLERS = frozenset("later then also again subsequently further on".split()) | _WEEKDAYS | _DAY_PARTS
# the verbs of saying whose progressive ("is claiming", "are saying") reports like the simple tense
_SAYING = frozenset("say claim report tell warn insist announce state deny".split())
_CREDIT_START = frozenset({"citing", "quoting"})


def _left_conjunct(r: _SentenceReader, first_idx: int) -> tuple[Mention, int] | None:
    """The named subject coordinated before the speaker ("X and Y said"), when it opens the clause (not "Putin met
    Zelensky and Macron said", whose "Zelensky" is an object)."""
    toks = r.toks
    if first_idx < 2 or toks[first_idx - 1].low != "and":
        return None
    j = first_idx - 2
    k = _np_left(toks, j, 0)
    if k > j:
        return None
    b = k - 1 if k >= 1 and toks[k - 1].low == "both" else k     # "Both the Kremlin and Zelensky have denied ..."
    if not (b == 0 or toks[b - 1].text in (",", ";", ":") or toks[b - 1].low in _CLAUSE_LEAD
            or toks[b - 1].low in ("agencies", "outlets", "channels")
            # ("..., the state-run oil and gas firm Naftogaz and Energy Minister X said": the first's description)
            or toks[b - 1].text.islower() and _SPEAKER_MODIFIERS.search(r.text, r.s.start, toks[b].start)):
        # ("..., the state news agencies TASS and RIA Novosti reported": the plural kind heads both names)
        return None
    lex = _lex()
    # ("Poland's Deputy Prime Minister and Defense Minister X": the country's possessive opens both titles, unless
    # the second conjunct has its own)
    own = k if k < j and toks[k].low.endswith(("'s", "\u2019s")) and _nationality(toks[k].text) \
        and not _nationality(toks[first_idx].text) else -1
    if all(x.low in lex.titles or x.low in lex.roles or x.low in _CONJOINED_TITLE_WORDS
           or _nationality(x.text) and (not x.low.endswith(("'s", "\u2019s")) or i == own)
           for i, x in enumerate(toks[k:j + 1], k)) and not any(x.low in lex.orgs for x in toks[k:j + 1]):
        # "First Deputy Prime Minister and Economy Minister Yulia Svyrydenko said", "Former Russian President and
        # Prime Minister Dmitry Medvedev warned": one person's titles
        return None
    if (toks[k].low in lex.titles or toks[k].low in ("high", "chief")) and _is_cap(toks[k]) \
            and any(x.low in ("of", "for") for x in toks[k:j + 1]) and _is_cap(toks[j]) \
            and (toks[j].low in lex.orgs or toks[j].low in lex.roles or toks[j].low in _PORTFOLIO_WORDS):
        # (not "Minister of Defence Rustem Umerov and ...": a title that ends in its holder's name is a speaker)
        # "High Representative of the European Union for Foreign Affairs and Security Policy Kaja Kallas said": the
        # "and" joins the words of one office's title, which the named person holds
        return None
    if toks[j].low in NAME_ADJECTIVES and _is_cap(toks[j]) and _is_cap(toks[first_idx]) \
            and any(x.low in ("of", "for") for x in toks[k:j]):
        # "The Head of Kharkiv Region Military and Civilian Administration said": the "and" joins two adjectives of
        # one body's name, whose head speaks (not "Head of Kharkiv Region Military" as a second speaker)
        return None
    m = _build_mention(r.text, toks, k, j + 1)
    after = toks[first_idx:first_idx + 6]
    if m is not None and m.kind == "named" and _is_cap(toks[j]) and toks[j].low not in lex.orgs \
            and r.doc.disc.resolver is not None and r.doc.disc.resolver.resolve(m.name) is None \
            and len(after) >= 4 and all(_is_cap(x) for x in after[:2]) and any(x.low in lex.orgs for x in after[1:3]) \
            and any(x.low in lex.titles or x.low in lex.roles for x in after[2:4]):
        # "Ukraine's National Security and Defense Council Secretary Oleksiy Danilov called": the "and" inside one
        # body's name ("... Defense Council"), its officer the one speaker (not "National Security" as a second)
        return None
    return (m, k) if m is not None and m.kind in ("named", "descriptive") else None


# the last words of an office's portfolio ("for Foreign Affairs", "of Defence", "for Security Policy")
_PORTFOLIO_WORDS = frozenset("affairs policy defence defense security development trade justice energy finance economy "
                             "cooperation relations union".split())
_CLAUSE_LEAD = frozenset("but while after as that and when although though since because".split())
_CONJOINED_TITLE_WORDS = frozenset("and of the former acting ex then deputy first vice".split())


# the verbs by which "<organisation>, which ..." reports something ("which estimated", "which said"; not "which cited
# sources", whose sources speak, nor "which recognizes Ukraine's right")
_WHICH_REPORTS = re.compile(r"(?:say|says|said|estimat\w*|report\w*|stat(?:e|es|ed)|claim\w*|announc\w*|wr[io]te|writes|"
                            r"not(?:e|es|ed)|warn\w*|add(?:s|ed)?|assess\w*|confirm\w*|den(?:y|ies|ied))")


# the adverbs of a stance held over time ("has repeatedly said", "has regularly claimed"): the shared gold's habitual
# stances are no statements (not "had long complained")
_HABITUAL = frozenset("repeatedly consistently always often frequently regularly routinely".split())
_RELATIVE_AUX = frozenset("has have had also previously repeatedly earlier already".split())
_MANNER_ADVERB = re.compile(r"(?:publicly|openly|officially|separately|recently|later|subsequently|initially|"
                            r"reportedly|personally|explicitly|bluntly|flatly|categorically)")


def _relative_pronoun(toks: list[Tok], vi: int) -> int:
    """Index of the "who"/"which" that opens the verb's relative clause, past its auxiliary and adverbs ("X, who has
    previously said ..."), or ``vi - 1`` when there are none."""
    p = vi - 1
    while p >= 1 and (toks[p].low in _RELATIVE_AUX or _MANNER_ADVERB.fullmatch(toks[p].low)):
        p -= 1
    # (with its "that" clause only: "Trump, who has vowed to end the war" tells an aim, not a report)
    that = any(t.low == "that" for t in toks[vi + 1:vi + 3])
    if toks[p].low not in ("who", "which"):
        # ("Zelensky, who before arriving in Vilnius earlier Tuesday tweeted that ...": an adjunct between the pronoun
        # and its verb; "Zelensky, who on Thursday accused the envoy of ...": a day alone needs no "that")
        w = next((k for k in range(p, max(0, vi - 12), -1) if toks[k].low == "who"), None)
        if w is not None and w + 1 < vi and toks[w + 1].low in _RELATIVE_ADJUNCT_START and not any(
                t.low in _lex().verb_lemma or t.low in _BE_AUX or t.text in (",", ";") for t in toks[w + 1:vi]) \
                and (that or all(t.low in _DAY_ADJUNCT for t in toks[w + 1:vi])):
            return w
    # ("X, who publicly stated the village had been hit": a manner adverb alone between them, no "that" needed)
    adverbs = all(_MANNER_ADVERB.fullmatch(t.low) for t in toks[p + 1:vi])
    return p if p < vi - 1 and (that or adverbs) and toks[p].low in ("who", "which") else vi - 1


def _object_antecedent(text: str, toks: list[Tok], comma: int, mention: Mention) -> Mention:
    """The person named right before a relative clause's comma when a preposition governs the name ("criticism from
    deputy X, who ..."), else ``mention``: a relative pronoun takes the nearest person, and a name after a
    preposition sets off no apposition of the subject further left."""
    k = _np_left(toks, comma - 1, 0)
    while k < comma - 1 and (toks[k].text.islower() or toks[k].low in _lex().titles):
        k += 1             # ("from parliamentary deputy X": the title before the name)
    if not (2 <= k < comma) or mention.start >= toks[k].start:
        return mention
    d = k - 1
    while d > max(0, k - 4) and toks[d].text.isalpha() and toks[d].text.islower() \
            and toks[d].low not in _PREPOSITION_BEFORE_NAME:
        d -= 1     # ("from the parliamentary deputy X")
    if toks[d].low not in _PREPOSITION_BEFORE_NAME or any(t.text in (",", ";", ":") for t in toks[d:k]):
        return mention
    named = _build_mention(text, toks, k, comma)
    return named if named is not None and named.kind == "named" and named.is_person is not False \
        and len(named.name.split()) >= 2 else mention


_PREPOSITION_BEFORE_NAME = frozenset("from by with to against".split())


_RELATIVE_ADJUNCT_START = frozenset("before after while during when on in at earlier later".split())
_DAY_ADJUNCT = frozenset("on earlier later last this week weekend month yesterday today monday tuesday wednesday "
                         "thursday friday saturday sunday".split())


def _relative_verb(toks: list[Tok], vi: int) -> bool:
    """Does a relative pronoun open the verb's clause, after a comma or right after a capitalised name ("X, who
    said", "spokeswoman Maria Zakharova who said", "X, who has repeatedly said")?"""
    p = _relative_pronoun(toks, vi)
    return p >= 1 and toks[p].low in ("who", "which") and (
        toks[p - 1].text == "," or toks[p].low == "who" and _is_cap(toks[p - 1])) \
        or p >= 3 and toks[p].low in ("that", "which") and (_document_by(toks, p) is not None
                                                            or toks[p - 1].low in _OUTLET_PIECES)


def _document_by(toks: list[Tok], p: int) -> int | None:
    """The index of "by"/"from" in "a statement by X that ..." before the relative pronoun at ``p``, if any."""
    k = next((k for k in range(p - 1, max(1, p - 10), -1) if toks[k].low in ("by", "from")), None)
    return k if k is not None and toks[k - 1].low in _DOCUMENT_NOUNS and k + 1 < p else None


def _institution(m: Mention, toks: list[Tok], vi: int) -> bool:
    """'the claims made by the defence ministry, which reported ...': an institution described, not named, that
    reports in a relative clause ("which", after its comma; an organisation's head noun from org_words.txt)."""
    return m.kind in ("role", "descriptive") and toks[vi - 1].low == "which" and toks[vi - 2].text == "," \
        and bool(m.role_words) and m.role_words[-1] in _lex().orgs


def _object_relative(toks: list[Tok], first: int, lex, any_noun: bool = False) -> bool:
    """Does the speaker open a relative clause on a noun ("the areas that the ISW assesses ...") rather than a
    clause a verb reports ("said that the ISW assesses ...")? With ``any_noun``, a singular noun too."""
    if first < 2 or toks[first - 1].low != "that":
        return False
    head = toks[first - 2]
    # a plural noun ("areas", "successes"); "the news that ..." and "claims that ..." state their content
    return head.text.isalpha() and head.text.islower() and (any_noun or head.low.endswith("s")
                                                             and not head.low.endswith("ss")) \
        and head.low not in lex.verb_lemma and head.low not in _CONTENT_NOUNS


# the finite verbs that open a reported clause whose subject is the relative pronoun before its speaker
_GAP_VERBS = frozenset("is are was were has have had belong belongs belonged remain remains remained will would "
                       "could can should must".split())


# a closing frame's verb with at most an adjunct of where or when after it ('..., X recalled in an interview with Y.')
_CLOSING_ADJUNCT = re.compile(r"\s*(?:(?:in|during|on|at|last|earlier|later)\b[^,;.:\"\u201c]{0,80})?[.!]?\s*$")
_CONTENT_NOUNS = frozenset("news reports claims assertions allegations suggestions fears hopes signs rumours rumors "
                           "statements comments remarks assurances warnings is was has does says means shows".split())


# ("According to the Defense Ministry's daily report yesterday, ...": the owner's possessive and the noun's adjectives)
_INSIDE_ACCORDING = re.compile(r"\b[Aa]ccording\s+to\s+(?:the\s+|a\s+|an\s+)?(?:[A-Z][\w.'\u2019-]*\s+){0,3}"
                               r"(?:[A-Z][\w.-]*['\u2019]s\s+(?:[a-z]+\s+){1,2}|[A-Z][\w.'\u2019-]*\s+)$")


# "Pistorius only shrugged and said ...": a bare gesture before "and said" reports nothing itself
_THAT_CLAUSE = re.compile(r"\s+(?:[a-z]+ly\s+)?that\b")   # "observed that", "recalled (firmly) that"
# a research body as the subject right before "found" (with its acronym in brackets)
_RESEARCH_SUBJECT = re.compile(r"\b(?:" + RESEARCH_BODY_WORDS + r"|ISW|CSIS|RUSI|Rusi|think[\s-]tank)\b"
                               r"[^.;,\"\u201c]{0,24}"
                               r"(?:\s+(?:has|have|had|also))*\s*$")
# "found evidence indicating that": the finding's content follows its evidence
_EVIDENCE_THAT = re.compile(r"\s+(?:new\s+|further\s+)?evidence\s+(?:(?:indicating|confirming|showing|suggesting)\s+)?that\b")
# the platforms a post goes out on (shared by the two patterns below)
_PLATFORMS = r"(?:Telegram|Facebook|X|Twitter|Instagram|VKontakte|social\s+media)"
# "commented to a local outlet that", "shared with journalists that": the addressee, then the clause
# ("commented on Telegram that": the channel, then the clause)
_ADDRESSEE_THAT = re.compile(r"\s+(?:(?:to|with)\s+(?:[\w'\u2019-]+\s+){1,4}?|on\s+(?:(?:the|his|her|its|their)\s+)?"
                             r"(?:[\w-]+\s+){0,2}?(?:" + _PLATFORMS + r"|television|TV|air)"
                             r"(?:\s+(?:channel|account|page))?\s+)that\b")
_ATTENTION_TO_FACT = re.compile(r"\s+(?:(?:particular|special)\s+)?attention\s+to\s+the\s+fact\s+that\b", re.I)
_REMIND_WHOM_THAT = re.compile(r"\s+(?:[\w'\u2019-]+\s+){1,3}?that\b")
_DATED_THAT_CLAUSE = re.compile(r"\s+(?:(?:in|on|last|this|earlier)\s+[A-Za-z]+\s+)?(?:[a-z]+ly\s+)?that\b")  # "documented in May that"
# verbs that report only with their "that" clause or closing a quotation, each with the clause it takes
# a post's place at the close of its words ('..., the governor posted on Telegram.')
_POSTED_ON = re.compile(r"\s+(?:on|to)\s+(?:(?:the|his|her|its|their)\s+)?(?:[\w-]+\s+){0,2}?"
                        r"(?:" + _PLATFORMS + r"|channel|account|page)\b"
                        r"(?:\s+on\s+\w+)?\s*[.!]?\s*$")
# the place and time a reduced relative adds before the noun's own finite verb ("Explosions reported in X on March 23
# were ...")
_REDUCED_RELATIVE_AFTER = re.compile(r"\s+(?:in|on|at|near|across|over|overnight)\b"
                                     r"(?:(?!\bthat\b)[^,;:\"\u201c]){0,120}?\s(?:were|was|are|is|"
                                     r"have\s+been|has\s+been)\s")
# what a claim to land or a declaration of state governs: "claims four Ukrainian regions", "declared its independence"
_CLAIMED_LAND = re.compile(r"\s+(?:(?:all|the|four|five|two|three|several|these|those|large|parts?\s+of|"
                           r"\w+['\u2019]s)\s+)*"
                           r"(?:(?:Ukrainian|Ukraine['\u2019]s|eastern|southern|occupied|annexed)\s+)*"
                           r"(?:regions?|oblasts?|provinces?|territor(?:y|ies)|lands?)\b"
                           r"(?!\s+(?:that|which|had|has|have|was|were|is|are|will|would|could|belong\w*|remain\w*|"
                           r"now)\b)")
# "Putin declared the LNR and the DNR independent of Ukraine": a status conferred by decree
_DECLARED_STATUS = re.compile(r"\s+(?!that\b)[^.;:\"\u201c]{1,120}?\s(?:independent|annexed|sovereign)\b"
                              r"(?!\s+(?:and|but)\b)")
_DECLARED_ACT = re.compile(r"\s+(?:(?:its|their|his|her|the|a)\s+)?(?:(?!that\b)[\w-]+\s+)?(?:independence|war|"
                           r"martial\s+law|state\s+of\s+emergency|mobili[sz]ation|sovereignty|annexation)\b"
                           r"(?!\s+(?:that|had|has|have|was|were|is|are|will|would|could|must|should)\b)")
_CLAUSE_OR_CLOSING = {"clarify": re.compile(r"\s+that\b"), "detail": _DATED_THAT_CLAUSE, "update": _DATED_THAT_CLAUSE,
                      "summarize": _DATED_THAT_CLAUSE, "conclude": _DATED_THAT_CLAUSE}
# '"..., victory is near!" conclude the marines': the verb right after a quotation's close, its subject after it
_AFTER_QUOTE_CLOSE = re.compile(r"[,!?\u2026][\"\u201d\u2019]\s*$")
_GESTURE = re.compile(r"\s*(?:[a-z]+ly\s+|only\s+|just\s+)?[a-z]+ed\s*")
# "..., X said, reporting from Kyiv.": where the reporter stands, no content after the frame
_WHERE_FROM_TAIL = re.compile(r"\s*(?:reporting|speaking|writing)\s+(?:from|in)\s+(?:the\s+)?"
                              r"(?:[A-Z][\w'\u2019-]+[\s,]*){1,3}[.!]?\s*$")
_RECAP_VERBS = frozenset({"reported", "wrote", "informed"})
# ("As Ukrinform reports, X said this on air": the present tense of a copying outlet too)
_AS_CREDIT = re.compile(r"\W*As\s+[^,;]{1,80}?\s+(?:(?:\w+ly|earlier|previously)\s+)?(?:reported|reports|said|wrote|"
                        r"writes|informs|noted|announced|stated)"
                        r"(?:\s+(?:earlier|previously|yesterday))?\s*,")


_CLAIMED_AS_OWN = re.compile(r"\s+(?:as\s+(?:(?:its|their|his|her|our)\s+own\b|part\s+of\b|(?:Russian|Ukrainian|annexed)\s+"
                             r"(?:territory|land)\b)|to\s+have\s+annexed\b)", re.IGNORECASE)
# reporting verbs whose third person is also a plural noun, and the words after which they can only be that noun
_NOUN_TOO = frozenset("reports claims statements estimates notes".split())
_SINGULAR_NOUN_NEXT = frozenset("says said states stated released published shows showed found finds notes noted "
                                "suggests suggested estimated estimates issued".split())
# the words before "states" that make it the plural of a state ("the Baltic states", "NATO member states")
_STATE_GROUPS = frozenset("""baltic member gulf nordic western european arab african asian allied neighbouring neighboring
    frontline front-line nuclear sovereign nato eu g7 other several many some these those all both small independent
    island candidate partner coastal balkan central eastern southern northern new two three four five
    post-soviet""".split())
_NOUN_NEXT = frozenset("could can may might would should will must have had were are of from about and or suggest "
                       "suggested indicate indicated show showed say said".split())


_AUXILIARIES = frozenset("is are was were had has have been will would".split())
# participles that point at a topic as often as they report: only with "that" do they report a clause
_POINTING_PARTICIPLES = frozenset("highlighting underlining underscoring".split())
_EVENT_NOUNS = frozenset("capture liberation seizure fall takeover recapture".split())

def _verb_applies(r: _SentenceReader, vi: int, t: Tok, lemma: str) -> bool:
    """Is toks[vi] used as a reporting verb here? Finite, not sentence-initial, and for the verbs
    that also have other senses, followed by what the reporting sense takes."""
    text, s, toks = r.text, r.s, r.toks
    if proposal_without_words(toks, vi):
        return False   # "proposed a peace plan": a thing put forward, no words; the sentence's own verb may follow
    if vi > 0 and re.search(r"['\u2019]s$", toks[vi - 1].text):
        return False   # "Putin's announced mobilisation": a participle used as an adjective
    if t.text[0].isupper() and (vi == 0 or not _shouting(toks)):
        # "the United States are ready": "States" is part of a name; reporting verbs are lower case
        # except in all-capitals text
        return False
    if not _verb_ok(toks, vi):
        return False
    if t.low in ("said", "reported", "believed", "thought") and vi + 2 < len(toks) and toks[vi + 1].low == "to" \
            and toks[vi + 2].low in ("be", "have"):
        # "The Legion and the Russian Volunteer Corps - made up of Russian nationals - said to be involved in ...": a
        # headline's passive hearsay (its "are" left out), nobody's statement
        return False
    if lemma == "add" and vi + 1 < len(toks) and toks[vi + 1].low == "to":
        return False   # "heaped more sanctions on Russia, adding to Trump's new measures": what was added to
    if t.low in _POINTING_PARTICIPLES and not (vi + 1 < len(toks) and toks[vi + 1].low == "that") \
            and not (vi + 3 < len(toks) and toks[vi + 1].low == "the" and toks[vi + 2].low in _EVENT_NOUNS
                     and toks[vi + 3].low == "of"):
        # "..., highlighting Ukraine's request for strikes": a topic; "highlighting that" reports (and so does
        # "provided an update to Putin, highlighting the capture of Siversk": the event the update told of)
        return False
    if vi + 1 < len(toks) and toks[vi + 1].text == "," and toks[0].low.endswith("ing") and len(toks[0].text) > 5 \
            and not any(x.text == "," for x in toks[:vi]):
        return False   # "Showing no appetite for the ceasefire Trump has demanded, X hailed ...": inside the opening phrase
    if vi + 1 < len(toks) and toks[vi + 1].low in ("are", "were") and t.low.endswith("s") and t.low != "says":
        # "Territory estimates are based on ...": a plural noun before its verb ("what they say is" reports; "regions
        # which Putin says are part of Russia": "says" is no noun)
        return False
    if t.low == "states" and (vi + 1 < len(toks) and toks[vi + 1].low in _NOUN_NEXT
                              or vi > 0 and toks[vi - 1].low in _STATE_GROUPS):
        # "the Baltic states have a good understanding of ...", "EU member states": the plural noun
        return False
    if t.low in _NOUN_TOO and vi + 1 < len(toks) and (
            toks[vi + 1].low in _NOUN_NEXT or toks[vi + 1].low == "on" and not (
                vi + 2 < len(toks) and toks[vi + 2].low in _WEEKDAYS)):
        # "Battlefield reports could not be verified", "Official reports on the number ...", "between Kremlin
        # claims and verified advances": the plural noun, not the verb
        return False
    if t.low in ("report", "claim", "statement", "estimate") and vi + 1 < len(toks) and toks[vi + 1].low in _SINGULAR_NOUN_NEXT:
        return False   # "The ISW report released Monday says ...": the noun, whose own verb follows
    if lemma == "claim" and _CLAIMED_LAND.match(text, t.end, s.end):
        return False   # "Putin claims four Ukrainian regions - Luhansk, ...": land claimed as his, not words said
    if lemma == "declare" and (_DECLARED_ACT.match(text, t.end, s.end) or _DECLARED_STATUS.match(text, t.end, s.end)):
        return False   # "Transnistria declared its independence", "declared martial law": an act of state, no words
    if lemma == "call" and INTO_QUESTION.match(text, t.end, s.end):
        return False   # "The report calls into question claims that ...": doubt cast, no words reported
    if lemma == "claim" and _CLAIMED_AS_OWN.match(text, t.end, s.end):
        # "territory the Kremlin has claimed as its own", "which it claims as annexed territory", "a region it claimed
        # to have annexed": annexed, not said ("claimed as early as" is)
        return False
    if vi >= 2 and toks[vi - 1].low in _HABITUAL and toks[vi - 2].low in ("has", "have", "had") \
            and not (vi >= 3 and toks[vi - 3].low in ("who", "which")):
        # "Zelensky has repeatedly said Ukraine wants ...": a habitual stance, no one statement (a relative clause's
        # "X, who has repeatedly said that ...", beside the main verb, stays as the gold reads it)
        return False
    if t.low.endswith("ed") and vi >= 1 and toks[vi - 1].text.isalpha() and toks[vi - 1].low.endswith("s") \
            and (vi == 1 or toks[vi - 1].text.islower()) and toks[vi - 1].low not in _lex().unnamed_groups \
            and toks[vi - 1].low not in _BE_AUX and toks[vi - 1].low not in ("has", "was", "does", "is", "always") \
            and _REDUCED_RELATIVE_AFTER.match(text, t.end, s.end):
        return False   # "Explosions reported in occupied Melitopol on March 23 were ...": a participle of the noun
    if vi > 0 and toks[vi - 1].low in ("stay", "keep") and t.low == "informed":
        return False   # "Stay informed with our coverage": a newsletter's call, no speaker
    if vi >= 2 and toks[vi - 2].low in ("if", "whether") and toks[vi - 1].low in _lex().pronouns:
        return False   # "We ask Zelensky if he believes that ...": a question put to him, not his claim
    if lemma == "call" and not _CALL_FOR.match(text, t.end, s.end):
        # a quotation soon after it, or later in its clause: "called the situation along the front in Donbas
        # 'difficult and painful'" (the quoted predicate of its object); or an appeal ("called on the G7 to lower
        # the price cap", "called for more sanctions")
        clause = list(itertools.takewhile(lambda x: x.text not in (".", ";", ","), toks[vi + 1:vi + 16]))
        if not any(x.text in ('"', "\u201c", "\u201e") for x in toks[vi + 1:vi + 9] + clause) \
                and not (clause and _CALLED_ADJECTIVE.fullmatch(text, clause[0].start, clause[-1].end)):
            return False
    if lemma == "charge" and not (_THAT_CLAUSE.match(text, t.end, s.end) or re.match(r"\s*[.!]?\s*$", text[t.end:s.end])):
        return False   # '"...," Zakharova has charged.', "charged that ..."; not "charged with treason", "charged the enemy"
    if lemma == "find" and not (vi >= 1 and toks[vi - 1].low in _FINDING_DOCUMENTS and (
            _THAT_CLAUSE.match(text, t.end, s.end) or re.match(r"\s*[.!]?\s*$", text[t.end:s.end]))
            or _RESEARCH_SUBJECT.search(text, max(s.start, t.start - 60), t.start)
            and (_THAT_CLAUSE.match(text, t.end, s.end) or _EVIDENCE_THAT.match(text, t.end, s.end))):
        # "the analysis found that ...", "..., the report found."; a research body's finding ("The Institute for the
        # Study of War (ISW) found evidence indicating that ..."); not "the police found two bodies"
        return False
    if lemma == "put" and not re.search(r"\bat\s+(?:about\s+|roughly\s+|around\s+|some\s+|nearly\s+)?\d",
                                        text[t.end:min(s.end, t.end + 160)]):
        return False
    if lemma == "post" and not (re.match(r"[^.;:\"\u201c]{0,60}?(?:\bthat\b|:)", text[t.end:s.end])
                                or _POSTED_ON.match(text, t.end, s.end)
                                or re.match(r"\s+(?:this|about\s+(?:this|it))\b", text[t.end:s.end])):
        # "posted on Telegram that ...", '..., the governor posted on Telegram.', "X posted this on Telegram." (a
        # credit line); not "troops posted in X"
        return False
    if lemma in ("observe", "assume", "threaten", "agree", "lie") and not _THAT_CLAUSE.match(text, t.end, s.end) \
            or lemma in ("maintain", "document") and not _DATED_THAT_CLAUSE.match(text, t.end, s.end) \
            or lemma == "remind" and not (_DATED_THAT_CLAUSE.match(text, t.end, s.end)
                                          # ("reminded viewers that ...": its addressee before the clause)
                                          or _REMIND_WHOM_THAT.match(text, t.end, s.end)
                                          # ('..., the officer reminded.': a closing frame)
                                          or re.match(r"\s*[.!]?\s*$", text[t.end:s.end])):
        return False   # "observed that ...", not "observed geolocated evidence" (a finding seen, not said)
    if lemma in ("recall", "indicate") and (not (_THAT_CLAUSE.match(text, t.end, s.end)
                                                 or lemma == "recall" and _CLOSING_ADJUNCT.match(text, t.end, s.end))
                                            or any(x.low in DOCUMENT_WORDS and x.low not in BODY_DOCUMENTS
                                                   for x in toks[max(0, vi - 3):vi])):
        # "recalled that ...", '"...," Lavrov recalled in an interview.', not "recalled its ambassador"; "X's
        # statement indicates that" is an inference (but "The report indicates that ...": what a body's report finds)
        return False
    if lemma in _CLAUSE_OR_CLOSING and not (_CLAUSE_OR_CLOSING[lemma].match(text, t.end, s.end)
                                            or re.match(r"\s*[.!]?\s*$", text[t.end:s.end])
                                            or _AFTER_QUOTE_CLOSE.search(text, s.start, t.start)):
        # "clarified that ...", "detailed that ...", "updated on Tuesday that ...", '"...," he clarified.', '"...,"
        # concluded the marines'; not "clarified the issues and needs", "a detailed map", "updated its channel",
        # "concluded a three-day summit"
        return False
    # ("ordered troops to withdraw": an order reported; "ordered the withdrawal ... to the left bank": an act)
    if lemma == "order" and not re.search(r"\bto\s+(?:[a-z]+ly\s+)?(?!(?:the|a|an|its|their|his|her|this|that|these|those)\b)"
                                          r"[a-z]+\b", text[t.end:min(s.end, t.end + 80)]):
        return False
    if lemma in _AS_PREDICATE and not re.search(r"\bas\b", text[t.end:min(s.end, t.end + 120)]) \
            and not (lemma in _JUDGING and _QUOTED_WORDS.match(text, t.end, s.end)) \
            and not (lemma in ("dismiss", "slam") and _CLAIM_THAT.match(text, t.end, s.end)) \
            and not (lemma == "describe" and _THAT_CLAUSE.match(text, t.end, s.end)):
        # "described the situation as 'very hot'": only with "as"; or a judgement whose object holds the speaker's
        # own quoted words ("condemned the “inhumane” strike"), not "condemned the attack"; "dismissed reports that
        # X" says X is untrue, as "rejected" does; "described that X" (translated copy) reports X
        return False
    if lemma in ("portray", "frame") and re.match(r"\s+(?:itself|himself|herself|themselves)\b", text[t.end:s.end]):
        return False    # ("the group portrayed itself as a militia": a self-presentation, not words about something)
    if lemma in ("share", "comment", "convey", "elaborate") and not (
            _THAT_CLAUSE.match(text, t.end, s.end) or _ADDRESSEE_THAT.match(text, t.end, s.end)
            or re.match(r"\s*(?:[:.!]|$)", text[t.end:s.end])):
        # "shared that ...", "commented that ...", "..., he commented.", not "shared photos with troops",
        # "commented on the exchange" (an act, its content unsaid; but "briefed Putin on the capture of X" says X)
        return False
    if lemma in ("ask", "request") and _ASKED_FOR.match(text, t.end, s.end):
        return False   # "the administration asked Congress for $24 billion, some of which would go to ...": a request
                       # for a thing, no words reported
    if lemma in ("ask", "request", "inform", "brief") and not re.match(
            r"[^.;]{0,80}?\b(?:to|that|about|on|of|whether|if)\b", text[t.end:s.end]) \
            and not (lemma == "inform" and vi >= 2 and toks[vi - 2].text == ","
                     and re.fullmatch(r"[\s.]*", text[t.end:s.end])) \
            and not (lemma == "inform" and _INFORMED_AUDIENCE.fullmatch(text, t.end, s.end)) \
            and not (lemma == "inform" and vi >= 1 and toks[vi - 1].text == "," and vi + 1 < len(toks)
                     and _is_cap(toks[vi + 1])):
        # (", informs Andrii Demchenko, spokesperson for ...": the translated copy's inverted verb before its speaker)
        # "asked the general to thank ...", "informed X that ..." (and "..., she informed.": the clause; "..., Peskov
        # informed the media.": the clause before, told to its audience)
        return False
    if lemma in ("reject", "contradict", "refute") and not _CLAIM_THAT.match(text, t.end, s.end):
        return False   # "rejected the proposal": only "rejected concerns/claims that ..." reports
    if lemma == "speak" and not (vi + 1 < len(toks) and toks[vi + 1].low == "of"):
        return False   # "spoke of great progress": what was said; "spoke to reporters", "spoke about" are not
    if lemma == "plead" and not re.match(r"\s+(?:for|with|that)\b", text[t.end:s.end]):
        return False   # "pleaded for permission to ...", "pleaded with the world to ...", not "pleaded guilty"
    if lemma == "draw" and not _ATTENTION_TO_FACT.match(text, t.end, s.end):
        return False   # "drew attention to the fact that ...": what was said; "drew fire", "drew closer" are acts
    if lemma == "make" and not _MADE_CLEAR.match(text, t.end, s.end):
        return False   # "made it clear that ...": what was said; "made progress" is an act
    if lemma == "point" and not (vi + 1 < len(toks) and toks[vi + 1].low == "out"):
        return False   # "points to", "at this point": only "points out" reports
    if lemma == "read" and not (vi > 0 and toks[vi - 1].low in DOCUMENT_WORDS
                                or vi + 2 < len(toks) and toks[vi + 2].low in DOCUMENT_WORDS):
        return False   # "read" reports only for a document: '"...," the statement read'
    if lemma in ("repeat", "renew") and not _OWN_CALL.match(text, t.end, s.end) \
            and not (lemma == "repeat" and re.match(r"\s+that\b", text[t.end:s.end])):
        return False   # "repeated its call for a demilitarization", "repeated that ...", not "repeated the attack"
    if lemma in ("express", "voice") and not _ATTITUDE_THAT.match(text, t.end, s.end):
        return False   # "expressed confidence that ...", not "expressed his condolences"
    if lemma == "respond" and not re.match(r"\s+(?:by\s+saying|that)\b", text[t.end:s.end]):
        return False
    if lemma in ("believe", "suggest") and not re.search(r"^\s*(?:in\s+(?:its|his|her|their|a)\s+(?:\w+\s+)?(?:report|statement|"
                                                         r"assessment|analysis|update)\s+)?(?:that\b|[A-Z]|the\b|"
                                                         # ('..., Cohen believes.': the frame closes the sentence;
                                                         # "suggested he would skip the forum")
                                                         r"[.!](?:\s|$)|(?:he|she|it|they|we)\s+(?:would|will|could|"
                                                         r"might|may|can|should|had|has|was|is)\b|"
                                                         r"an?\s+(?:[\w-]+\s+){1,3}?(?:is|are|was|were|will|would|could|"
                                                         r"has|had|can|may|might)\b)",
                                                         text[t.end:t.end + 60]):
        return False
    return True


_INFORMED_AUDIENCE = re.compile(r"\s+(?:the\s+)?(?:media|press|journalists|reporters)\s*[.!]?\s*")
_CLOSING_DASH = re.compile(r"[.!?\u2026][\"\u201d\u2019]?\s+[-\u2013\u2014]\s*$")


def _paragraph_start(r: _SentenceReader, res: Resolved) -> int:
    """Where the paragraph that a closing credit ("... - he stated.") ends begins: up to three sentences back, no
    further than a paragraph break, a sentence that already holds a candidate or one that names the speaker (the
    narration that introduces him: "Trehubov spoke on Monday.")."""
    sents = r.doc.sentences
    si = sents.index(r.s)
    names = re.findall(r"[A-Z][\w'\u2019-]{3,}", res.speaker)
    first = si
    while first > 0 and si - first < 3 and "\n" not in r.text[sents[first - 1].end:sents[first].start] \
            and not any(c.start < sents[first - 1].end and c.end > sents[first - 1].start for c in r.doc.cands) \
            and not any(re.search(rf"\b{re.escape(w)}\b", r.text[sents[first - 1].start:sents[first - 1].end])
                        for w in names):
        first -= 1
    return sents[first].start


def _shouting(toks: list[Tok]) -> bool:
    letters = [c for t in toks for c in t.text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


# one past-tense verb, its adverbs before it, right before "and <verb>": "Pistorius only shrugged and said"
_GESTURE_BEFORE = re.compile(r"(?:\s(?:only|just|also|simply|then)\b)?\s(?P<verb>[a-z]+ed)\s*$")


_TOPIC_DETERMINERS = frozenset("the a an its his her their".split())
# the verbs that make a "this" after a reporting verb the subject of what was said ("said this was a rout")
_CLAUSE_VERBS = frozenset("is was has had will would could can may might must should means meant marks marked "
                          "shows showed remains remained".split())
_TIME_WORDS = frozenset("morning afternoon evening night day week weekend month year sidelines eve".split())
# a verb's short object before ", saying": "the plan", "their proposal" (no clause of its own)
# (not a claim or a report: "denied the claim, saying ..." is read as a denial, whose claim is another's)
_SHORT_OBJECT = re.compile(r"\s*(?:the|this|these|those|his|her|its|their|a|an)\s+(?:[a-z][\w-]*\s+){0,3}"
                           r"(?!(?:claims?|reports?|allegations?|accusations?|statements?|assertions?)\s*$)"
                           r"[a-z][\w-]*\s*")
_TOPIC_THEN_PARTICIPLE = re.compile(r",\s*(?:saying|adding|noting|stating|claiming|writing)\b")
# a count after "about" ("said about 2,000 troops", "about a dozen", "about two thousand"): the words numbers.py reads
_NUMBER_WORD = re.compile(rf"(?:{WORD_NUM}|a|an|half|dozens?|hundreds?|thousands?|million)")


def _frame_verb_before(toks: list[Tok], comma: int) -> int | None:
    """The finite reporting verb that the comma at ``comma`` closes, right before it or before its adjunct of medium,
    place or time ('"...," X said, adding', '"...," X wrote on Telegram, adding'), else None."""
    lex = _lex()
    k = comma - 1
    while k >= 1 and comma - k <= 5 and (toks[k].low in _FRAME_ADJUNCT_WORDS or _is_cap(toks[k])
                                         or toks[k].text[:1].isdigit()) and toks[k].low not in lex.verb_lemma:
        k -= 1
    if k >= 1 and toks[k].low in lex.verb_lemma and not toks[k].low.endswith("ing") \
            and (k == comma - 1 or toks[k + 1].low in ("on", "in", "at", "during", "via", "late", "early", "earlier")):
        return k
    return None


_FRAME_ADJUNCT_WORDS = frozenset("on in at during via the a his her its their late early earlier later".split())


def _person_before_apposition(text: str, toks: list[Tok], k: int, end: int) -> Mention | None:
    """"Leonid Slutsky, a member of the delegation and the head of the Duma's Committee on Foreign Affairs, who
    stressed ...": the body that ends an apposition is not who "who" stands for; the person named before it is."""
    c = next((j for j in range(k - 1, max(0, k - 25), -1) if toks[j].text == ","), None)
    if c is None or c < 2 or toks[c + 1].low not in ("a", "an", "the") and toks[c + 1].low not in _lex().roles:
        return None
    if any(t.low in _lex().verb_lemma or t.text in (";", ":", ".") for t in toks[c + 1:k]):
        return None
    a = _np_left(toks, c - 1, 0)
    person = _build_mention(text, toks, a, c) if a < c else None
    if person is not None and person.kind == "named" and person.is_person is not False \
            and len(person.name.split()) >= 2:
        return person
    return None


# "X issued a statement on Telegram announcing ...": the document the subject issued says what it says, its issuer
# speaks through it
_ISSUED_DOCUMENT = re.compile(r"\b(?:issued|released|published|posted|made)\s+(?:a|an)\s+(?:[a-z-]+\s+)?"
                              r"(?:statement|message|post|video|address|announcement|declaration)"
                              r"(?:\s+(?:on|via)\s+(?:[\w-]+\s+){0,2}?[\w-]+)?\s+$", re.IGNORECASE)


_TROOPS_OF = re.compile(r"\b(?:troops|forces|soldiers|servicemen|units|fighters)\s+(?:from|of)\s+(?:the\s+)?"
                        r"[\"'\u2018\u201c]?(?:[A-Z][\w-]*[\"'\u2019\u201d]?\s+)?$")


def _verb_speaker(r: _SentenceReader, vi: int, lemma: str,
                  participle: bool) -> tuple[Mention | None, int, int | None]:
    """The speaker of the verb at toks[vi]: (mention, index of its first token, and for an inverted
    frame ``..., said X`` the token after X, else None). Participles take the clause subject."""
    mention, first_idx, inv_end = _verb_subject(r, vi, lemma, participle)
    if inv_end is None and _troops_of(r, mention):
        return None, vi, None
    return mention, first_idx, inv_end


def _troops_of(r: _SentenceReader, mention: Mention | None) -> bool:
    """"Russian troops from the 'Western' military grouping claimed ...": the troops are the subject, no speaker (an
    "according to" source after them speaks)."""
    return mention is not None and mention.kind == "descriptive" \
        and _TROOPS_OF.search(r.text, max(r.s.start, mention.start - 40), mention.start) is not None


def _verb_subject(r: _SentenceReader, vi: int, lemma: str,
                  participle: bool) -> tuple[Mention | None, int, int | None]:
    """``_verb_speaker``'s reading of the subject noun phrase, before the guard on troops."""
    text, toks, n = r.text, r.toks, r.n
    if participle and vi >= 1 and (toks[vi - 1].low in ("is", "are", "was", "were") or vi >= 2
                                   and toks[vi - 1].low == "been" and toks[vi - 2].low in ("has", "have", "had")):
        # "the Kremlin itself is forecasting ...", "Zelensky has been warning allies that ...": a finite progressive
        participle = False
    if participle and not (vi >= 3 and toks[vi - 1].low == "as" and toks[vi - 2].low in ("quoted", "cited")):
        w = next((k for k in range(vi - 2, max(-1, vi - 17), -1) if toks[k].low == "with"), None)
        apposed = toks[vi - 1].text == ","
        if w is not None and (toks[vi - 1].low not in _PARTICIPLE_OK_PREV or apposed):
            # "..., with spokesman Dmitry Peskov saying progress depends on Kyiv": the noun phrase after "with"
            mention, e = _subject_right(text, toks, w + 1, vi)
            if e + 1 == vi and toks[e].low in ("himself", "herself", "itself", "themselves"):
                e = vi                  # "with Putin himself declaring that ...": an intensifier, not a new word
            if apposed:
                # "with Oleksandr Syrskyi, Ukraine's commander-in-chief, stating that ...": one apposition between
                # (not "In the meeting with Trump, envoy X pushed back against Y, saying ...": a clause of its own,
                # with its finite verb, after the comma)
                e = vi if (e < vi - 2 and toks[e].text == "," and not any(x.text == "," for x in toks[e + 1:vi - 1])
                           and vi - w <= 16 and not any(x.text.islower() and (x.low.endswith("ed") or x.low in
                                                                              _lex().verb_lemma)
                                                        for x in toks[e + 1:vi - 1])) else -1
            elif vi - w > 8:
                e = -1
            if mention is not None and e == vi and (mention.kind in ("named", "role") or mention.kind == "descriptive" and (
                    vi + 1 < n and toks[vi + 1].low == "that" and (known := r.doc.disc.resolve(mention, mention.start))
                    is not None and known.actor_id)):
                # ("with Ukraine's air force reporting that ...": a body described by its country, known, with its
                # clause; not "with the Russian forces asserting their dominance")
                return mention, w + 1, None
            if not apposed:
                # "with private company DTEK reporting ...": lower-case descriptors before the name; "with Putin
                # rejecting a ceasefire and Trump asserting that ...": the participle's own conjunct
                c = next((k for k in range(w + 1, min(vi, w + 5)) if not (toks[k].text.isalpha() and toks[k].text.islower())), vi)
                starts = ([c] if c > w + 1 and c < vi and _is_cap(toks[c]) else []) + \
                    [k + 1 for k in range(vi - 2, w, -1) if toks[k].low == "and"][:1]
                for s0 in starts:
                    named, e = _subject_right(text, toks, s0, vi)
                    if named is not None and e == vi and named.kind == "named":
                        return named, s0, None
        # ("..., proudly declaring that ...": a manner adverb between the comma and the participle)
        before = vi - 2 if vi >= 2 and re.fullmatch(r"[a-z]{3,}ly", toks[vi - 1].text) else vi - 1
        if vi == 0 or toks[before].low not in _PARTICIPLE_OK_PREV and not _ISSUED_DOCUMENT.search(
                text, max(toks[0].start, toks[vi].start - 90), toks[vi].start):
            return None, vi, None
        # ("Turkish Opposition: President Erdogan opposed the approval, stating it would escalate the conflict": a
        # digest's heading before its colon is no subject; the clause after it has its own)
        lab = next((k for k in range(1, min(5, vi - 1)) if toks[k].text == ":"), 0)
        lab = lab + 1 if lab and all(_is_cap(x) for x in toks[:lab]) and _is_cap(toks[lab + 1]) else 0
        mention, _k = _clause_subject(text, toks, lab, vi)
        if mention is not None and (mention.kind in ("role", "descriptive") or mention.role_words
                                    and mention.is_person is not True):
            # "The US envoy for Ukraine, General Keith Kellogg, disagreed, noting that ...": the name set off after
            # the title that opens the clause
            mention = apposed_name(text, toks, n, mention) or mention
        if toks[vi - 1].low in ("after", "before", "while", "when") and vi - 1 <= 2:
            # "Hours after warning that ..., President Zelensky said ...": the adjunct's subject is the main clause's,
            # which speaks with its own verb; the adjunct is left unread rather than run on into that clause
            return None, vi, None
        if toks[vi - 1].low in ("after", "before", "while", "when") and (prev := _previous_speaker(r, vi)) is not None:
            # ("Defensive positions were destroyed, Voloshyn said on July 4 when announcing the decision": the speaker
            # of the frame the adjunct hangs on, not the subject of the clause he reported)
            return prev, vi, None
        if toks[vi - 1].text == "," and (mention is None or _ANONYMOUS_FRAME_BEFORE.search(text, toks[0].start, toks[vi - 1].start)
                                         # ('"...," he said, urging residents to evacuate': the frame's speaker,
                                         # not the quotation's first noun)
                                         or (fv := _frame_verb_before(toks, vi - 1)) is not None
                                         and _AFTER_QUOTE.search(text, toks[0].start, toks[fv].start)):
            # '"...," the General Staff said, adding that ...': the speaker of the verb before; "Heavy fighting has
            # put troops in a difficult situation, soldiers warned, adding that ...": the soldiers, unnamed
            mention = _previous_speaker(r, vi)
        elif vi >= 2 and toks[vi - 1].low in ("after", "before") and toks[vi - 2].text == ",":
            # '"...," Syrsky adds, after saying Monday that ...': an earlier statement of the speaker just named
            mention = _previous_speaker(r, vi) or mention
        return mention, vi, None
    if _relative_verb(toks, vi):
        # "Donald Trump, who says he is ...": the antecedent before the comma speaks
        p = _relative_pronoun(toks, vi)
        mention = _subject_left(text, toks, p, 0)[0] if toks[p - 1].text == "," else None
        if mention is not None and toks[p].low == "who" and toks[p - 1].text == ",":
            # "Sodol ... had drawn criticism from deputy Mariana Bezuhla, who accused him of ...": a person named
            # after a preposition right before the comma is the antecedent, not the clause's subject before her
            mention = _object_antecedent(text, toks, p - 1, mention)
        if mention is not None and toks[p].low == "who" and mention.kind in ("role", "descriptive"):
            # "confirmed by Sergey Aksyonov, the regional administrator of Crimea, who mentioned ...": the person the
            # title is apposed to, not the title
            k0 = next((j for j, tk in enumerate(toks) if tk.start >= mention.start), None)
            mention = (_person_before_apposition(text, toks, k0, p - 1) if k0 else None) or mention
        if mention is None and toks[p].low in ("that", "which"):
            # "drew attention to a statement by the Russian ministry that claimed ...": the document's issuer
            mention = _document_issuer(text, toks, p)
        if mention is None and toks[p].low in ("that", "which") and p >= 3 and toks[p - 1].low in _OUTLET_PIECES:
            # "a Financial Times article which claimed, citing sources, that ...": the outlet whose piece it is
            k = _np_left(toks, p - 2, 0)
            k += toks[k].low in ("a", "an", "the") and k < p - 2
            named = _build_mention(text, toks, k, p - 1) if k <= p - 2 else None
            mention = named if named is not None and named.kind == "named" and _OUTLET_NAME.search(named.name) else None
        if mention is None and (toks[p].low == "who" or toks[p - 1].text == ","):
            # "He met Maria Zakharova, who said ...", "a statement from its spokeswoman Maria Zakharova who said
            # ...": the name right before the relative pronoun, wherever its clause began; "figures reported by
            # the Institute for the Study of War, which estimated ...": an organisation's name, after its comma
            end = p - 1 if toks[p - 1].text == "," else p
            if toks[p].low == "who" and end >= 3 and toks[end - 2].low in ("in", "on", "last") \
                    and (toks[end - 1].low in _WHEN_WORDS or toks[end - 1].text.isdigit()):
                end -= 2    # "floated by Vladimir Putin in June, who said ...": the date is no antecedent
            k = _np_left(toks, end - 1, 0)
            named = _build_mention(text, toks, k, end) if k < end else None
            if toks[p].low == "who" and named is not None and named.is_person is not True:
                named = _person_before_apposition(text, toks, k, end) or named
            mention = named if named is not None and (named.kind == "named" or _institution(named, toks, p + 1)) and (
                toks[p].low == "who" or named.is_person is not True and _WHICH_REPORTS.fullmatch(toks[vi].low)) \
                else None
        return mention, vi, None
    c = vi - 1
    while c >= 1 and (toks[c].low in ("did", "does", "also") or toks[c].low in _COORDINATED_FILLERS
                      and toks[c - 1].low in _COORDINATED_FILLERS | {"and", "but"}):
        # ("Zelensky did not confirm losing the town but did say he had spoken ...", "but later on Tuesday said")
        c -= 1
    if vi >= 1 and toks[c].low in ("but", "and") and not _subject_left(text, toks, vi, 0)[0]:
        # "When asked about X, Pistorius only shrugged and said ...": the subject of the verb just before
        gesture = _GESTURE_BEFORE.search(text, toks[0].start, toks[c].start)
        if gesture is not None and toks[c].text == "and":
            gi = next(k for k, tk in enumerate(toks) if tk.start >= gesture.start("verb"))
            mention, k = _subject_left(text, toks, gi, 0)
            if mention is not None and mention.kind == "named":
                return mention, k, None
        # "The UN has recorded 227 deaths, but says the toll is higher": the clause subject speaks
        mention, _k = _clause_subject(text, toks, 0, vi)
        if mention is not None and any(q.closed and q.start <= mention.start < q.end for q in r.doc.speech):
            # ('... all at once," reports the head of the administration and emphasized that ...': the sentence opens
            # inside the quotation, whose first word is nobody)
            mention = None
        if mention is None and (g := _EXPERTS_OF.match(text, toks[0].start)) is not None:
            # "Experts from the ISW have analysed the data and confirmed the advance of ...": the body the experts
            # are from, subject of a perfect or past verb before, with no clause break between
            k0 = next(k for k, tk in enumerate(toks) if tk.start >= g.end())
            lead, e0 = _subject_right(text, toks, k0, c)
            if lead is not None and lead.kind == "named" and e0 < c - 1 \
                    and (toks[e0].low in ("have", "has", "had") or toks[e0].low.endswith("ed")) \
                    and not any(tk.text in (",", ";", ":") for tk in toks[e0:c]):
                mention = lead
        if mention is None:
            # '"...," he wrote and added that ...': the speaker of the frame before
            mention = _previous_speaker(r, vi)
        return mention, vi, None
    dashed = vi >= 2 and toks[vi - 1].text in ("-", "\u2013", "\u2014") and toks[vi - 2].text in (".", "!", "?")
    # ("..., said this on the air of the marathon 'United News'": "this" after the verb is its object, a credit line's,
    # and no name after it is an inverted speaker)
    if lemma in _INVERTIBLE and lemma != "tell" and not participle and vi >= 1 and vi + 1 < n \
            and toks[vi + 1].low not in ("this", "so") and (
            toks[vi - 1].text == "," or vi >= 2 and toks[vi - 2].text == "," and toks[vi - 1].text in _CLOSING_QUOTES
            # ('... intensified today. - noted Ukrenergo.': translated copy's closing credit after a dash)
            or dashed):
        # ('... no warning "against strikes on the port," said Lavrov.': the comma inside the closing quote mark)
        # "..., the foreign minister of Ukraine, said Peskov.": a name closing the sentence after the verb
        # is the speaker, not the apposition before the comma ("..., the governor, Vitaly Ganchev, told TASS.": the
        # name after "told" is whom he told)
        inv, e = _inverted_subject(text, toks, vi + 1, n)
        # ('..., said the head of the district, Dmitry Shevchenko: "..."': the colon before his quotation closes it too)
        if inv is not None and inv.kind == "named" and (e >= n or toks[e].text in (".", "!", "?", ",")
                                                        or toks[e].text == ":" and e == n - 1) \
                and (e >= n or toks[e].text != "," or e + 1 >= n or toks[e + 1].low in _ADJUNCT_START
                     # ('..., says Denis Bezsonov, a representative for "DPR", ...': his apposition closes the sentence)
                     or toks[e + 1].low in ("a", "an", "the")
                     and _CLOSING_APPOSITION.fullmatch(text, toks[e].end, r.s.end)
                     # ('..., said the head of the press service X, UNN reports with reference to Sky TG24.': the relay)
                     or _RELAY_TAIL.fullmatch(text, toks[e].start, r.s.end) is not None) \
                and (toks[vi - 1].text != "," or _subject_left(text, toks, vi, 0)[0] is not None):
            return inv, vi, e
    mention, first_idx = _subject_left(text, toks, vi, 0)
    if mention is None and not participle:
        named = _known_name_before(text, toks, vi)
        if named is not None:
            # "The head of the press center of the Defense Forces of Southern Ukraine Nataliia Humenyuk said": a title
            # too long to read as one noun phrase still ends in a name we know
            mention, first_idx = named
    if _nested_pronoun_frame(toks, mention, first_idx):
        return None, first_idx, None
    doc_by = _DOCUMENT_BY.search(text, toks[0].start, toks[vi].start)
    if doc_by is not None:
        # "A statement issued by the defence ministry said ...": the issuer speaks through its document
        bi = next(k for k, tk in enumerate(toks) if tk.start >= doc_by.end())
        by_mention, e = _subject_right(text, toks, bi, vi)
        site = next((k for k in range(bi + 1, vi) if toks[k].low in SITE_WORDS), None) \
            if doc_by.group(0).rstrip().endswith(" on") else None
        if site is not None:
            # ("a statement on the Ministry of Defence website in London said": the site's owner, not the site)
            by_mention, e = _build_mention(text, toks, bi, site), vi
        if e + 3 == vi and toks[e].text == "(" and toks[e + 2].text == ")":
            e = vi     # ("a report from the Institute for the Study of War (ISW) says": the issuer's acronym)
        # ("An analysis by the Guardian based on data from the ISW shows": the issuer, not the data's source)
        # ("A statement released by Yevgeny Prigozhin, the head of PMC Wagner, ..., said": the issuer, not his apposition)
        if by_mention is not None and by_mention.kind in ("named", "descriptive", "role") and (
                e == vi or e < vi and toks[e].low in ("based", "using", "drawing", "citing", "published", "released")
                or by_mention.kind == "named" and e < vi - 1 and toks[e].text == "," and toks[vi - 1].text == ","):
            return by_mention, next(k for k, tk in enumerate(toks) if tk.start >= doc_by.start()), None
    if mention is None:
        named = _NAMED_X.search(text, toks[0].start, toks[vi].start)
        if named is not None:
            # "a popular military blog named DeepState, which uses open sources, said": the name speaks
            ni = next(k for k, tk in enumerate(toks) if tk.start >= named.start("name"))
            ne = next((k for k, tk in enumerate(toks) if tk.start >= named.end("name")), vi)
            nm = _build_mention(text, toks, ni, ne)
            if nm is not None and nm.kind == "named":
                return nm, ni, None
    if mention is None:
        local = _LOCAL_AUTHORITY.search(text, toks[0].start, toks[vi].start)
        if local is not None:
            # "The authorities in the Kupiansk district of the Kharkiv region said"
            name = f"{local.group('place')} {local.group('unit') or ''} {local.group('head')}".replace("  ", " ")
            mention = Mention(local.start(), local.end(), name, "named", name=name, is_person=False)
            return mention, next(k for k, tk in enumerate(toks) if tk.start >= local.start()), None
    if mention is None:
        j = vi - 1
        # (not "told": "..., Andre, who did not give his real name, told Anadolu": the one told follows the verb)
        if j >= 0 and toks[j].text == "," and vi + 1 < n and lemma in _INVERTIBLE and lemma != "tell" \
                and not participle \
                and toks[vi + 1].low != "that":     # ("..., citing their sources, reported that ...": a complement)
            mention, e = _inverted_subject(text, toks, vi + 1, n)
            if mention is not None and mention.kind in ("named", "role", "pronoun", "descriptive") \
                    and (e >= n or not _FINITE_AFTER.fullmatch(toks[e].text)):
                # (the noun phrase closes the frame: "A Ukrainian officer, in a radio interview, said Russian forces
                # were advancing" has the reported clause's subject after the verb, not an inverted speaker)
                return mention, vi, e
            mention = None
    if mention is None and not participle and vi >= 4 and vi + 2 < n and lemma in _INVERTIBLE \
            and toks[vi].low.endswith("ed") and toks[vi - 1].text[:1].islower() and toks[vi - 1].text.isalpha() \
            and toks[vi - 1].low not in _AUXILIARIES:
        # "Soledar is now under the control of Wagner fighters claimed Yevgeny Prigozhin.": an inverted credit whose
        # comma the (often translated) text left out; only a person's full name that ends the sentence
        mention, e = _subject_right(text, toks, vi + 1, n)
        if mention is not None and mention.kind == "named" and mention.is_person is not False \
                and len(mention.raw.split()) >= 2 \
                and all(not tk.text[:1].isalnum() for tk in toks[e:n]):
            return mention, vi, e
        mention = None
    if mention is None and not participle:
        apposed = _open_apposition_name(text, toks, vi)
        if apposed is not None:
            return apposed
    if mention is None and not participle:
        # "A senior Ukrainian official said ...": unnamed here, often named in the next sentences (discourse.py)
        indefinite = indefinite_subject(text, toks, vi)
        if indefinite is not None:
            return indefinite, next(k for k, tk in enumerate(toks) if tk.start >= indefinite.start), None
    return mention, first_idx, None


_PREP_BEFORE_TITLE = frozenset("to of for by with from about at and".split())
_EXPERTS_OF = re.compile(r"(?:The\s+)?(?:[Ee]xperts|[Aa]nalysts|[Rr]esearchers|[Ss]pecialists)\s+(?:from|at|of)\s+(?=(?:the\s+)?[A-Z])")
# (before a participle, not an inverted credit: "was claimed", "has declared")
_AUXILIARIES = frozenset("is was were are be been being has have had having".split())
# words that make a clause of what follows "told X" (without them, the rest is the addressee and its adjuncts)
_FINITE_WORDS = (_AUXILIARIES - {"be", "been", "being", "having"}) | frozenset(
    "will would could can should must may might did do does 's".split())
# words a title's name may open with ("Defense Minister", "Foreign Minister", "Deputy Prime Minister")
_TITLE_QUALIFIERS = frozenset("defense defence foreign deputy prime interior finance first vice".split())


def _known_name_before(text: str, toks: list[Tok], vi: int) -> tuple[Mention, int] | None:
    """The name of a known person right before the verb (two or three capitalised words), or None."""
    for w in (2, 3):
        k = vi - w
        if k < 1 or not all(_is_cap(x) for x in toks[k:vi]) or toks[k - 1].low in _PREP_BEFORE_TITLE or not (
                _is_cap(toks[k - 1]) or toks[k - 1].low in _lex().roles or toks[k - 1].low in _lex().titles):
            continue    # (after the name of the body it heads or a title ...
        t0 = k - 1      # ("an adviser to Defense Minister X said": the title's own words before it, then "to")
        # ("an aide to Ukrainian President X said": the country's adjective before the title too)
        while t0 >= 1 and toks[t0].low not in _PREP_BEFORE_TITLE and (
                toks[t0].low in _lex().titles or toks[t0].low in _lex().roles or toks[t0].low in _TITLE_QUALIFIERS
                or toks[t0].text in _demonym_adjectives()):
            t0 -= 1
        if (toks[k - 1].low in _lex().titles or toks[k - 1].text in _demonym_adjectives()) and t0 < k - 1 \
                and toks[t0].low in _PREP_BEFORE_TITLE:
            continue    # ... but not "an adviser to President X said": the title and name are a preposition's object)
        m = _build_mention(text, toks, k, vi)
        if m is not None and m.kind == "named" and _known_person(text, toks, k, vi):
            return m, k
    return None


def _open_apposition_name(text: str, toks: list[Tok], vi: int) -> tuple[Mention, int, None] | None:
    """"Serhiy Cherevaty, spokesman for Ukraine's Armed Forces' eastern division said ...": an apposition whose
    closing comma the (often translated) text leaves out; the person named before it speaks. Only a role noun
    opening the apposition ("spokesman for", "the head of") and a person's name before its comma."""
    c = next((k for k in range(vi - 1, max(0, vi - 14), -1) if toks[k].text == ","), None)
    if c is None or c < 2 or c + 1 >= vi:
        return None
    head = c + 1 + (toks[c + 1].low in ("the", "a", "an"))
    roles = _lex().roles
    # (the role lexicon holds the words of many-word roles too: "in", "of", "for" open no apposition)
    if head >= vi or any(tk.text in (",", ";", ":", "(", ")") for tk in toks[c + 1:vi]):
        return None
    if toks[head].low not in roles or len(toks[head].low) < 4:
        # "Akif Kilic, Erdogan's chief foreign policy adviser said ...": an owner, modifiers, then the role noun
        # right before the verb
        k2 = head + 1 if _is_cap(toks[head]) and re.search(r"['\u2019]s$", toks[head].text) else head
        if k2 == head or toks[vi - 1].low not in roles or len(toks[vi - 1].low) < 4 \
                or not all(tk.text.isalpha() and tk.text.islower() for tk in toks[k2:vi]):
            return None
    k = _np_left(toks, c - 1, 0)
    named = _build_mention(text, toks, k, c) if k < c else None
    if named is None or named.kind != "named" or named.is_person is False:
        return None
    return named, k, None


# "..., said X, spokesman for the Navy, during a briefing.": a role noun's apposition and an adjunct of the verb
_ADJUNCT_TAIL = re.compile(r"\s*(?:during|in|at|on|while|when|after|before|speaking)\s+[^,.;:\d\"\u201c]{2,60}?\s*[.!]?\s*$", re.I)
# a speaker's office owned by a country or body, to the sentence's end ("Ukraine's human rights commissioner.")
_OWNER_APPOSITION = re.compile(r"\s*(?:the\s+)?(?:[A-Z][\w-]+\s+){0,3}[A-Z][\w-]*['\u2019]s\s+"
                               r"(?P<words>(?:(?!(?:said|says|told|who|which|that|is|are|was|were|has|have|had)\b)"
                               r"[a-z][\w-]*\s+){0,8}[a-z][\w-]*)\s*[.!]?\s*")
_ROLE_TAIL = re.compile(r"\s*(?:(?:the|a|an)\s+)?(?P<role>[a-z][\w-]+)\b[^,.;:\"\u201c]{0,80}?(?=,|\s*[.!]?\s*$)")


def _frame_only_tail(tail: str) -> bool:
    """Is ``tail`` (what follows the comma after an inverted frame's speaker) only more of the frame: his role
    ("spokesman for the Ukrainian Navy"), an adjunct of the verb ("during a briefing"), or the one then the
    other? Then it is no part of what was said."""
    owner = _OWNER_APPOSITION.fullmatch(tail)
    if owner is not None and any(w.lower() in _lex().roles for w in owner.group("words").split()):
        return True        # "..., said Lolwah al-Khater, Qatar's minister of state for ...": her office
    role = _ROLE_TAIL.match(tail)
    if role is not None and role.group("role") in _lex().roles and len(role.group("role")) >= 4:
        rest = tail[role.end():]
        if not rest.strip(" .!") or (rest.lstrip().startswith(",") and _ADJUNCT_TAIL.fullmatch(rest.lstrip()[1:])):
            return True
    return bool(_ADJUNCT_TAIL.fullmatch(tail) or _ASKED_TAIL.fullmatch(tail))


# "..., Peskov said, after being questioned on the troops' withdrawal to “regroup.”": what he was asked, not what he said
_ASKED_TAIL = re.compile(r"\s*(?:after|before|when|while)\s+(?:being\s+|he\s+was\s+|she\s+was\s+)?"
                         r"(?:asked|questioned|pressed)\b[^;]{0,160}$", re.I)


def _quoted_as_at(toks: list[Tok], vi: int) -> int | None:
    """The token of "quoted"/"cited" in the finite passive frame "X was quoted (by the Russian media) as saying" whose
    participle is toks[vi], if it is one."""
    if vi < 3 or toks[vi - 1].low != "as":
        return None
    for k in range(vi - 2, max(0, vi - 9), -1):
        if toks[k].low in ("quoted", "cited") and toks[k - 1].low in _BE_AUX \
                and (k == vi - 2 or toks[k + 1].low == "by" and all(_is_word(x) for x in toks[k + 1:vi - 1])):
            return k
    return None


def _emit_inverted(r: _SentenceReader, res: Resolved, vi: int, lemma: str, inv_end: int) -> None:
    """``..., said X (adjuncts), ...``: the content is before the verb (toks[vi]), plus what follows the next comma."""
    text, s, toks, n = r.text, r.s, r.toks, r.n
    t = toks[vi]
    if lemma == "report" and (_reports_a_report(r, vi) or _OWN_FRAME_BEFORE.search(text, s.start, t.start)):
        # "..., the top Ukrainian official for the region said Monday, reported CNN.": the outlet passes on a
        # statement the sentence reports with its own verb and speaker
        return
    intro_end = _strip_intro(text, s.start, s.end)
    # skip adjuncts up to the next comma
    k = inv_end
    while k < n and toks[k].text not in (",", ".", ";"):
        k += 1
    after_a = toks[k].end if k < n else s.end
    tail = text[after_a:s.end]
    if _APPOSITION_TAIL.match(tail) or _frame_only_tail(tail) or _CLOSING_APPOSITION.fullmatch(tail):
        tail = ""          # "..., said Dmitry Peskov, the Kremlin spokesman.": his title, not content
    elif k < n and CITING_TO_END.match(text, toks[k].start, s.end):
        tail = ""          # "..., reported CNN, citing Hanna Maliar.": the outlet's source, who said it
        res = cited_at_end(r, toks[k].start, res)
    elif k < n and _RELAY_TAIL.fullmatch(text, toks[k].start, s.end):
        tail = ""          # "..., said X, UNN reports with reference to Sky TG24.": the outlet relaying it
    # ('... fly into the region. - said Chaus.': translated copy's closing dash, inverted; the paragraph before is his,
    # as for "- he stated." in _emit_reported)
    start = _paragraph_start(r, res) if _CLOSING_DASH.search(text, intro_end, t.start) else intro_end
    r.emit(res, start, t.start, lemma,
           (after_a, s.end) if len(tail.split()) > 2 else None)


# the verbs that name a thing by a label ("what the Kremlin called “useful” talks"), and with them those that judge it
# ("hailed by X as “historic”")
_NAMING_LEMMAS = frozenset({"call", "describe", "term", "dub", "label", "brand"})
_LABEL_LEMMAS = _NAMING_LEMMAS | {"hail", "praise", "condemn", "denounce", "characterize", "characterise", "welcome",
                                  "slam", "criticize", "criticise"}


def _passive_frame(r: _SentenceReader, vi: int, t: Tok, lemma: str) -> None:
    """``X was reported (in an interview) by General Y``: Y speaks. The content is the subject clause
    when it says something; a bare "This was reported by Y" still introduces Y for later references
    ("The general noted ...")."""
    toks, n = r.toks, r.n
    aux = vi - 1 if toks[vi - 1].low in _BE_AUX else vi - 2    # ("was also reported": the adverb after it)
    # the passive's subject points back at the sentence before ("This was reported by X")
    points_back = _POINTER_SUBJECT.fullmatch(
        r.text[_strip_intro(r.text, r.s.start, r.s.end):toks[aux].start].strip().lower()) is not None
    if lemma == "make" and not points_back:
        return      # "The decision to withdraw was made by the commander": an act, not words (but "The relevant
        #             statement was made by X": a credit line)
    if lemma == "call" and INTO_QUESTION.match(r.text, t.end, r.s.end):
        return      # "... has been called into question by the drone attack": doubt cast, no words reported
    if lemma in ("brief", "inform", "tell", "assure", "remind", "ask"):
        return      # "Zelensky being briefed by his top commander": the subject is whom he told, not what he told
        #             ("The pope was asked by the broadcaster RTS about ...": whom it asked)
    if _RELATIVE_PASSIVE.search(r.text, toks[max(0, vi - 5)].start, t.start):
        return      # "The deaths, some of which were confirmed by Reuters at the prison, ...": a relative's passive
    # ("This was announced at a meeting of the European Union Military Committee by X": a long adjunct between)
    by = next((k for k in range(vi + 1, min(n, vi + 14)) if toks[k].low == "by"), None)
    if by is None and vi == 2 and toks[0].low == "it" and lemma in _IT_IS_LEMMAS and vi + 1 < n \
            and toks[vi + 1].low == "that":
        # "This was reported by the ISW. It is noted that since January 1, Ukrainian troops have liberated ...":
        # translated copy's passive goes on with the source of the sentences just before
        prev = _statement_just_before(r)
        if prev is not None and not _OWN_REPORT_INSIDE.search(r.text, toks[vi + 1].end, r.s.end):
            # (not "It is noted that Synehubiv informed the President that ...": the clause's own verb tells who)
            r.emit(prev.res, toks[vi + 1].end, r.s.end, lemma)
        return
    if by is None and points_back and (closing := _CLOSING_CREDIT.search(r.text, t.end, r.s.end)) is not None:
        # "This was announced at a meeting of the EU Military Committee, reported commander-in-Chief X.": the closing
        # inverted frame names who told the sentence before
        k = next((k for k in range(vi + 1, n) if toks[k].start >= closing.start("who")), None)
        mention = _subject_right(r.text, toks, k, n)[0] if k is not None else None
        res = r.doc.disc.resolve(mention, mention.start) if mention is not None and mention.kind == "named" else None
        if res is not None:
            _credit_previous(r, res, lemma)
        return
    if by is None or by + 1 >= n:
        return
    mention, after = _subject_right(r.text, toks, by + 1, n)
    if mention is None or mention.kind != "named":
        return
    res = r.doc.disc.resolve(mention, mention.start)
    if after + 1 < n and toks[after].low == "as" and lemma in _LABEL_LEMMAS:
        # 'The move has been hailed by President X as "historic and inspiring."': his words are the label
        r.emit(res, toks[after + 1].start, r.s.end, lemma)
        return
    intro_end = _strip_intro(r.text, r.s.start, r.s.end)
    subject = r.text[intro_end:toks[aux].start].strip()
    if re.fullmatch(r"(?:according\s+to\s+)?what", subject, re.I):
        return      # "According to what was declared by X, ...": the words follow (source_phrases.py)
    # ("According to Censor.NET, this was reported by the spokesperson ..., X": the outlet that relays the credit)
    if lemma in ("deny", "reject", "refute", "dismiss") and _CLAIMS_SUBJECT.fullmatch(subject):
        # "Several US officials claimed that Moscow had asked China for arms. The claims have been denied by the
        # Kremlin.": what the Kremlin denies is the claim just reported, not the noun that points back to it
        prev = _statement_just_before(r)
        if prev is not None and prev.res.speaker != res.speaker:
            r.doc.cands.append(_Cand(prev.start, prev.end, prev.quote, "indirect", lemma, res, prev.sent_start,
                                     r.s.end))
        elif prev is None and (si := r.doc.sentences.index(r.s)) > 0:
            # (the claim of an unnamed group, "Several US officials claimed that ...": its that-clause)
            before = r.doc.sentences[si - 1]
            that = _CLAIMED_THAT.search(r.text, before.start, before.end)
            if that is not None:
                a, b = _clean_span(r.text, that.end(), before.end)
                if len(re.findall(r"\w+", r.text[a:b])) >= 3:
                    r.doc.cands.append(_Cand(a, b, r.text[a:b], "indirect", lemma, res, before.start, r.s.end))
        return
    # ("According to Censor.NET, citing Ukrinform, this was reported by ...": the outlet and the agency it copies)
    # ("As Censor.NET informs, this is stated by the DeepState project.": the same, its relay's credit first)
    if _POINTER_SUBJECT.fullmatch(re.sub(r"^(?:according\s+to\s+[^,]{1,60},\s*(?:(?:citing|quoting)\s+[^,]{1,60},\s*)?|"
                                         r"as\s+[^,]{1,60}\s+(?:informs|informed|reports|reported|writes|wrote),\s*)",
                                         "", subject.lower())):
        # "The situation has stabilised. This was reported by General X": the previous sentence is his
        _credit_previous(r, res, lemma)
        return
    r.emit(res, intro_end, toks[aux].start, lemma)


# the subject of a passive credit line that points back to the sentence before ("This was reported by X", "Later, the
# information was confirmed by the minister, X")
# ("The relevant statement was made by X": the statement just told)
_POINTER_SUBJECT = re.compile(r"(?:(?:later|subsequently|afterwards|also|earlier),?\s+)?(?:this|that|it|(?:the|this)\s+"
                              r"(?:(?:relevant|corresponding|respective)\s+)?"
                              r"(?:information|news|data|report|statement))")
# the subject of a passive denial that points back to a claim ("The claims have been denied by X", "These reports were
# rejected by Y")
_CLAIMS_SUBJECT = re.compile(r"(?:the|these|those|such|both)\s+(?:claims?|reports?|allegations?|accusations?|assertions?)"
                             r"(?:\s+(?:have|has|were|was|had))?", re.I)
_CLAIMED_THAT = re.compile(r"\b(?:claimed|alleged|said|reported|suggested|asserted)\s+that\s+")
# the verbs of "It is noted that ...", "It is emphasized that ...": a passive that goes on with the source just cited
_IT_IS_LEMMAS = frozenset("note stress emphasise add specify state report indicate clarify".split())
# a reporting verb of the clause's own, with its "that" ("It is noted that X informed the President that ...")
_OWN_REPORT_INSIDE = re.compile(r"\b(?:said|says|told|informed|reported|stated|announced|noted|added|claimed|wrote)\b"
                                r"[^.;]{0,80}?\bthat\b")


def _statement_just_before(r: _SentenceReader):
    """The statement found in one of the two sentences before this one (the latest by position), or None."""
    sents = r.doc.sentences
    i = _sentence_index(sents, r.s.start)
    lo = sents[max(0, i - 2)].start
    before = [c for c in r.doc.cands if lo <= c.sent_start and c.sent_end <= r.s.start]
    return max(before, key=lambda c: c.sent_end, default=None)


def _titled_apposition(toks: list[Tok], k0: int, first_idx: int, vi: int) -> bool:
    """"The head of the Kherson OVA, X, (also) reported": a title with its article before the name, the name closed by
    its comma before the verb (not "The village had been brought under Russian control, spokesman X said": a clause,
    with its auxiliary or figure)."""
    j = vi - 1
    while j > first_idx and (toks[j].low in ("also", "later", "then", "again") or toks[j].low.endswith("ly")):
        j -= 1
    return toks[k0].low == "the" and toks[j].text == "," and _title_opens(toks[k0:], first_idx - k0) \
        and not any(x.low in _AUXILIARIES or x.text[:1].isdigit() for x in toks[k0:first_idx])


def _title_opens(toks: list[Tok], first_idx: int) -> bool:
    """Do the words before the subject's name only title him ("Governor of the Kherson region Vladimir Saldo
    announced this")? A capitalised title word first, then no comma and no verb, in a few words."""
    lex = _lex()
    head = toks[:first_idx]
    if len(head) >= 4 and (head[0].low == "according" and head[1].low == "to" or head[0].low == "as" and any(
            tk.low in ("reported", "reports", "noted", "stated", "wrote", "writes", "announced") for tk in head[1:4])):
        # ("According to Censor.NET, the spokesman for the Khortytsia OSGT, Nazar Voloshyn, said this", "As reported
        # by Censor.NET, the head of the RMA, X, stated this": the outlet that relays the credit line, then the title)
        comma = next((i for i, tk in enumerate(head) if tk.text == ","), None)
        if comma is None:
            return False
        head = head[comma + 1:]
        if head and head[0].low in ("citing", "quoting", "referring", "referencing", "with"):
            # ("According to Censor.NET, citing Ukrinform, the head of ..., X, said this": the source it copies)
            comma = next((i for i, tk in enumerate(head) if tk.text == ","), None)
            if comma is None:
                return False
            head = head[comma + 1:]
    # "The head of the Luhansk regional military administration, Serhiy Haidai, announced this": the title with its
    # article, then the name in commas
    # ("Spokesperson for the Southern Defense Forces, Vladyslav Voloshyn, said this": the title without its article)
    apposed = len(head) >= 3 and head[-1].text == "," and (head[0].low == "the" or _is_cap(head[0]) and (
        head[0].low in lex.titles or head[0].low in lex.roles))
    if apposed:
        head = head[1:-1] if head[0].low == "the" else head[:-1]
        while len(head) >= 2 and _is_cap(head[0]) and _nationality(head[0].text):
            head = head[1:]    # ("The Ukrainian mayor of occupied Melitopol, X, wrote about this": his country first)
    # ("The spokesman for the Eastern group of troops Serhii Cherevatyi announced this": the title with its article,
    # the name right after it)
    article = not apposed and len(head) >= 2 and head[0].text == "The" and head[1].low in lex.roles
    if article:
        head = head[1:]
    return 0 < len(head) <= (10 if apposed else 8) and (apposed or article or _is_cap(head[0])) \
        and (head[0].low in lex.titles or head[0].low in lex.roles) \
        and not any(tk.text in (",", ";", ":") or tk.low in lex.verb_lemma for tk in head)


# the words by which an outlet names the source it passes on ("citing", "with reference to"); also
# source_phrases._CITING and _NAMED_REPORTS_NEXT
_CITING_WORDS = r"(?:with\s+(?:a\s+)?reference\s+to|referring\s+to|referencing|citing|quoting)"
# an outlet's credit closing a sentence it relays: ", UNN reports with reference to Sky TG24."
_RELAY_TAIL = re.compile(r",\s*(?:[A-Z][\w.'\u2019-]*\s+){1,3}(?:reports|reported|writes|wrote|informs)"
                         r"(?:,?\s+" + _CITING_WORDS + r"\s+[^,;.]{1,80})?\s*[.!]?\s*")
# the outlet's report of a named speaker's words: "reports, citing CNN Turk, Turkish Ombudsman X said that"
_CITING_THEN_FRAME = re.compile(r"\s*,\s*" + _CITING_WORDS + r"\s+[^,;.]{1,60},\s*"
                                r"(?:[A-Z\u00c0-\u024f][\w.'\u2019-]*\s+){1,6}"
                                r"(?:said|says|stated|told|claimed|announced|noted|added)\b")
# a clause restated by an apposed noun that the speaker's verb takes: "..., a fact X acknowledged"
_FACT_BEFORE = re.compile(r",\s+(?:a|an)\s+(?:fact|point|reality)\s+(?:that\s+|which\s+)?$", re.IGNORECASE)
_CITED_SOURCE = re.compile(r",\s*" + _CITING_WORDS + r"\s+(?P<who>[^,;.]{3,80}?)\s*\.?\s*$")


def _cited_source(r: _SentenceReader, at: int, res: Resolved) -> Resolved:
    """"The TASS agency reported this on Monday, citing the Russian Defense Ministry.": the known actor the credit
    line (from ``at`` to the sentence's end) cites speaks, not the outlet that passes it on, and is the one a later
    "the statement read" means (``res`` when it cites no known actor)."""
    m = _CITED_SOURCE.search(r.text, at, r.s.end)
    actor, raw = _actor(m.group("who")) if m is not None else (None, None)
    if actor is None:
        return res
    start = m.end("who") - len(raw)
    return r.doc.disc.register(Mention(start, m.end("who"), raw, "named", name=actor.canonical_name,
                                       is_person=actor.kind == "person"), start) or res


def _credit_previous(r: _SentenceReader, res: Resolved, lemma: str) -> None:
    """The sentence before ``r.s`` is the speaker's, unless a statement already covers it."""
    si = r.doc.sentences.index(r.s)
    if si == 0:
        return
    sents = r.doc.sentences
    prev = sents[si - 1]

    def covered(sent) -> bool:      # a statement already holds words of it
        return any(c.start < sent.end and c.end > sent.start for c in r.doc.cands)

    if covered(prev):
        return
    first = si - 1
    if "\n" in r.text[prev.end:r.s.start]:
        # a credit line of its own paragraph ("Ukraine advanced 2.5 km. The occupiers are digging in.\n\nThe governor
        # announced this on the telethon."): the paragraph before is his, up to three sentences of it
        while first > max(0, si - 3) and "\n" not in r.text[sents[first - 1].end:sents[first].start] \
                and not covered(sents[first - 1]):
            first -= 1
    a, b = _clean_span(r.text, _strip_intro(r.text, sents[first].start, prev.end), prev.end)
    if len(re.findall(r"\w+", r.text[a:b])) >= 3:
        r.doc.cands.append(_Cand(a, b, r.text[a:b], "indirect", lemma, res, prev.start, r.s.end))


# "Commander-in-Chief X stated this in an interview with CNN." / "X said so in a video message" / "X reported about
# it.": a credit line,
# like "This was stated by X"
# ("reported this information": the news just told)
# ("The Defense Ministry announced this development on Wednesday.": the news named by its kind)
_THIS_CREDIT = re.compile(r"\s+(?:(?:about\s+|on\s+)?this(?:\s+(?:information|news|development|data))?|about\s+it|so|"
                          r"as\s+much)\b"
                          # ("CNN writes about this with reference to officials": the source it relays)
                          r"(?:\s+(?:in|on|at|during|to|via|while|after|before|yesterday|today|with|citing)\b[^,;.]*)?"
                          # ("said this on the air of a telethon on Sunday, July 17.": the day's date after its name)
                          r"(?:,\s*(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)(?:,?\s+\d{4})?)?"
                          # ("announced this today in Brussels, before the start of the council's meeting": a second
                          # adjunct after a comma)
                          r"(?:,\s*(?:before|after|during|while|ahead\s+of|at\s+the\s+start\s+of)\b[^,;.]*)?"
                          # ("said this on air, answering a question about the shelling": the occasion, no words)
                          r"(?:,\s*(?:answering|responding\s+to|replying\s+to|commenting\s+on)\s+[^,;.\"\u201c]*)?"
                          # ("The ISW said this in a new report, according to Ukrinform.", "..., Ukrinform reports.": the
                          # outlet that relays it)
                          # ("The TASS agency reported this on Monday, citing the Russian Defense Ministry.": the
                          # source it passes on, _cited_source)
                          # (", as reported by Censor.NET": the copying outlet, its name with a dot)
                          r"(?:,\s*(?:according\s+to\s+[^,;.]{1,60}|as\s+reported\s+by\s+[\w.'\u2019 -]{2,40}?|"
                          + _CITING_WORDS + r"\s+[^,;.]{1,80}|"
                          r"(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}"
                          # ("AFP reported this, Censor.NET says, with reference to European Pravda.": the relay's own
                          # source after it)
                          r"\s+(?:reports|reported|writes|wrote|says)(?:,?\s+" + _CITING_WORDS + r"\s+[^,;.]{1,80})?"
                          # (", informs Censor.NET": the translated copy's verb before its outlet)
                          r"|(?:informs|reports|writes)\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})"
                          # ("reported this on Telegram, with reference to journalist X, Ukrinform reports.": the
                          # source, then the relay)
                          r"){0,2}\s*\.?\s*$",
                          re.I)
# the outlets that relay a credit line before its speaker: "According to Censor.NET, with reference to Interfax-Ukraine,
# X, head of ..., said this"
# ("As Ukrinform reports, X, spokesman for ..., said this on air": the relay told as a clause)
_RELAY_OPENS = re.compile(r"(?:According\s+to\s+[^,;:]{1,60}|As\s+[^,;:]{1,40}?\s+(?:reports|reported|writes|informs))"
                          r",\s*(?:" + _CITING_WORDS + r"\s+[^,;:]{1,60},\s*)?")
# ("That’s what the governor ... said on television.": the contraction too)
_WHAT_CREDIT = re.compile(r"\W*(?:This|That|It)(?:\s+(?:is|was)|['\u2019]s)\s+what\s+")
_ADJUNCT_ONLY = re.compile(r"\s*(?:(?:in|on|at|during|to|via|while|after|before|yesterday|today|earlier|later)\b[^;.]*)?[.!]?\s*")
# only where and when, and the outlet that relays it: " on 27 August on the national telethon, according to Liga."
# ("said on Monday he was in Ukraine": a clause after the day, its subject and verb, is the content, no credit)
_WHERE_WHEN_ONLY = re.compile(r"\s+(?:on|in|at|during)\s+(?:(?!(?:that|who|which|he|she|they|we|it|I|was|were|is|are|"
                              r"had|has|have|would|will|could)\b)[\w'\u2019-]++\s*){1,8}"
                              r"(?:,\s*according\s+to\s+[\w.'\u2019 -]{2,40})?\s*[.!]?\s*")
# ("X posted this on Telegram, Ukrinform reports.": a post credited like a statement)
_CREDIT_LEMMAS = frozenset("say state report announce write note confirm disclose tell speak post share".split())
# ("X told about this on the air of the telethon", "spoke about it": these two credit only what they were about)
_ABOUT_CREDIT_LEMMAS = frozenset({"tell", "speak"})
_ACCORDING_CREDIT = re.compile(r"\W*(?:That|This|It)(?:['\u2019]s|\s+is|\s+was)\s+according\s+to\s")
_ACCORDING_OPENER = re.compile(r"\W*[Aa]ccording\s+to\s+[^,;.]{2,80},\s*")


# ", soldiers warned," right before the participle: an unnamed group's own reporting verb
_ANONYMOUS_FRAME_BEFORE = re.compile(
    r",\s+(?:(?:Ukrainian|Russian|local|western|military|senior|some|many|other)\s+)?(?:soldiers|troops|officials|analysts|"
    r"experts|sources|residents|commanders|observers|bloggers|milbloggers|witnesses)\s+(?:have\s+|had\s+)?[a-z]+(?:ed|said|told|wrote)"
    r"(?:\s+(?:on\s+)?(?:last\s+)?\w+)?\s*$", re.IGNORECASE)


def _previous_speaker(r: _SentenceReader, vi: int) -> Mention | None:
    """'"...," the General Staff said, adding that ...': the speaker of the sentence's previous finite
    reporting verb also says what the participle adds."""
    lex = _lex()
    text, toks = r.text, r.toks
    for vj in range(vi - 2, -1, -1):
        t = toks[vj]
        if vj >= 1 and (toks[vj - 1].low in _NOUN_BEFORE or re.search(r"['\u2019]s$", toks[vj - 1].text)):
            # '"...," he said in remarks sent by his office, adding ...', "denied the ministry's claim in remarks
            # ..., saying": "remarks" and "claim" are nouns
            continue
        if t.low in lex.verb_lemma and not t.low.endswith("ing") and _verb_ok(toks, vj):
            mention, _first = _subject_left(text, toks, vj, 0)
            if mention is None and vj + 1 < r.n:
                mention, _e = _subject_right(text, toks, vj + 1, vi)
                if mention is not None and (mention.kind == "pronoun" or mention.raw.split()[0] in _PREP_BEFORE_TITLE):
                    # ("Kyiv has said it is wary ... and warned ...": the pronoun after the verb opens what was
                    # said; the verb's subject is the country, which is no speaker)
                    # ("revealed a relatively upbeat forecast for Ukraine's wheat harvest - but cautioned that": a noun
                    # spelled like a verb, and the phrase after it a preposition's)
                    mention = None
            return mention
    return None


_NOUN_BEFORE = frozenset("in the a an his her its their of".split())


def _emit_relative(r: _SentenceReader, res: Resolved, vi: int, lemma: str) -> None:
    """``X, who says Y, ...``: the content is the relative clause, up to its closing comma."""
    toks, n = r.toks, r.n
    k = _that_start(toks, vi + 1, n)
    if k + 1 < n and toks[k].low.endswith("ly") and toks[k + 1].low == "that":
        k += 2                      # "who has indicated previously that ..."
    # (not the comma inside a figure: "who said that the entire 10,000-square-metre site ...")
    end = next((toks[d].start for d in range(k, n) if toks[d].text in (",", ";", "\u2014")
                and not (toks[d].text == "," and 0 < d < n - 1 and toks[d - 1].end == toks[d].start
                         and toks[d + 1].start == toks[d].end and toks[d + 1].text[:1].isdigit())), r.s.end)
    if k < n:
        r.emit(res, toks[k].start, end, lemma)


# "warned Western allies that X": an addressee before "that" (not "warned of a war that would ...")
_WARNED_WHOM_THAT = re.compile(r"(?:(?!\b(?:of|against|about|on|in)\b)[^.;,]){0,60}?\bthat\b")


def _past_that(toks: list[Tok], k: int, n: int, window: int = 6) -> int:
    """The token after a "that" within ``window`` tokens of ``k`` ("rejected concerns that X", "expressed confidence
    that X", "reassured those present that X": X), else ``k``."""
    return next((d + 1 for d in range(k, min(n, k + window)) if toks[d].low == "that"), k)


def _emit_reported(r: _SentenceReader, res: Resolved, vi: int, t: Tok, lemma: str, first_idx: int,
                   participle: bool) -> None:
    """``X said (that) ...``: the content is the verb's complement; ``..., X said (on Monday).``:
    the content is the clause before the speaker (end mode)."""
    text, s, toks, n = r.text, r.s, r.toks, r.n
    intro_end = _strip_intro(text, s.start, s.end)
    subj_start = toks[first_idx].start if first_idx < n else t.start
    k = vi + 1
    if lemma == "point":
        k += 1                            # "points out that ..."
    if lemma == "make":
        k = _past_that(toks, k, n, window=16)     # "made it clear (on CBS' Face the Nation) that ..."
    if lemma in ("speak", "plead") and k < n and toks[k].low in ("of", "for", "with"):
        k += 1                            # "spoke of great progress", "pleaded for permission to ..."
    if lemma in ("reject", "dismiss", "deny", "contradict", "refute", "slam") and _CLAIM_THAT.match(text, t.end, s.end):
        # "rejected concerns that X", "denied reports that X": X is what is rejected
        k = _past_that(toks, k, n)
    if lemma in ("express", "voice") and re.match(r"(?:[^.;,]|(?<=[A-Z][a-z]{2})\.(?=\s\d)){0,60}?\bthat\b",
                                                  text[t.end:s.end]):
        # "expressed confidence that X": X is the statement, the attitude noun only introduces it ("expressed
        # readiness for dialogue": the attitude is the statement)
        k = _past_that(toks, k, n)
    if (lemma in ("reassure", "assure", "inform", "brief", "remind", "draw")
            or lemma == "warn" and _WARNED_WHOM_THAT.match(text, t.end, s.end)) \
            and k < n and toks[k].low != "that" and re.match(r"[^.;,]{0,60}?\bthat\b", text[t.end:s.end]):
        # "reassured those present that X", "reminded viewers that X", "warned Western allies that X": the addressee,
        # then what was said ("drew attention to the fact that X": the act, then what was said; not "warned of an
        # attack that would ...": what is warned of)
        k = _past_that(toks, k, n)
    if lemma == "tell":
        k_obj = k
        k = _after_tell_object(toks, k, n)
        if k < n and toks[k].low == "to" and k > k_obj:
            k = k_obj                     # "told Zelensky to accept": the order includes its addressee
        if k > k_obj and k + 1 < n and toks[k].low == "about" and toks[k - 1].text.isalpha() \
                and not (toks[k + 1].text[:1].isdigit() or _NUMBER_WORD.fullmatch(toks[k + 1].low)) \
                and not any(x.low == "that" for x in toks[k:]) and not text[intro_end:toks[first_idx].start].strip():
            return                        # "told the delegation about the army's needs": a topic, not what was said
        before = text[intro_end:toks[first_idx].start].rstrip()
        if k < n and before.endswith(",") and len(re.findall(r"\w+", before)) >= 5 \
                and not any(x.low in ("that", "to", "about") or x.low in _FINITE_WORDS for x in toks[k:n]):
            k = n                         # "..., Kishida told a plenary meeting of both houses of parliament on
            #                               Monday": the rest is where he told it; the words are the clause before
    if lemma in ("report", "write", "inform") and _CITING_THEN_FRAME.match(text, t.end, s.end):
        return      # "Ukrainska Pravda reports, citing CNN Turk, Ombudsman X said that ...": the inner frame's speaker
    cstart_tok = _that_start(toks, k, n)
    pre_text = text[intro_end:subj_start]
    # "..., Donetsk People's Republic (DPR) head Denis Pushilin said": names and titles between the
    # last comma and the speaker still leave the clause before the comma as the content
    mod = _SPEAKER_MODIFIERS.search(pre_text)
    if mod is not None and not pre_text.rstrip().endswith(","):
        subj_start = intro_end + mod.start() + 1
        pre_text = text[intro_end:subj_start]
    elif not pre_text.rstrip().endswith(","):
        # "..., head of the region Denis Pushilin said": lower-case role words before the name
        c = _title_run_comma(toks, first_idx)
        if c is not None and toks[c].start >= intro_end:
            subj_start = toks[c].end
            pre_text = text[intro_end:subj_start]
    as_frame = re.search(r",\s*as\s+$", pre_text)
    if as_frame is not None and first_idx >= 1 and toks[first_idx - 1].low == "as":
        # "The towns are to be evacuated, as Vitaly Ganchev said on Friday": the "as" of the aside belongs to its
        # frame, not to the content before the comma
        subj_start = toks[first_idx - 1].start
        pre_text = text[intro_end:subj_start]
    title = _TITLE_APPOSITION.search(pre_text)
    if title is not None and toks[first_idx].text[:1].isupper() \
            and re.search(r",\s*(?:(?:has|have|had|also|later)\s+)*$", text[s.start:t.start]):
        # "The town has fallen, the head of the Wagner group, Yevgeny Prigozhin, said": the speaker's title between
        # commas before his name is no content
        subj_start = intro_end + title.start() + 1
        pre_text = text[intro_end:subj_start]
    pre_words = len(re.findall(r"\w+", pre_text))
    # what follows the verb up to the next comma: empty or adjuncts -> the content is before
    k2 = vi + 1
    while k2 < n and toks[k2].text not in (",", ".", ";", "\u2014", "!", "?"):
        k2 += 1
    # ("..., X told Sputnik.": the addressee is no content; "..., he pointed out.": the particle is the verb's)
    rest_start = k if lemma in ("tell", "point") else vi + 1
    rest = toks[rest_start:k2] if not (lemma == "inform" and _INFORMED_AUDIENCE.fullmatch(text, t.end, s.end)) else []
    # ("..., CNN reported citing Hanna Maliar.": a source credit, as an adjunct, ends the frame)
    rest_is_adjunct = not rest or ((rest[0].low in _ADJUNCT_START | _CREDIT_START
                                    # ("..., Kadyrov wrote there on Monday morning": where, then when; not "said
                                    # there were five", a clause)
                                    or rest[0].low in ("there", "here") and (len(rest) == 1 or rest[1].low in (
                                        "on", "in", "at", "late", "early", "earlier", "later", "last", "yesterday",
                                        "today") or rest[1].text == "."))
                                   and len(rest) <= 30
                                   # ("In a separate incident, the army claimed to have captured X": an infinitive
                                   # complement, not "said to reporters")
                                   and not (rest[0].low == "to" and len(rest) > 1 and rest[1].low in ("have", "be"))
                                   # ("..., Zelensky claimed at least 30 settlements had been liberated": a count,
                                   # not a place)
                                   and not (rest[0].low == "at" and len(rest) > 1 and rest[1].low in ("least", "most"))
                                   # ("Speaking to the BBC, X said this was a rout": "this" opens the clause he said,
                                   # not "this week")
                                   and not (rest[0].low == "this" and len(rest) > 1 and rest[1].low in _CLAUSE_VERBS)
                                   and not any(x.low == "that" and not _relative_that(toks, rest_start + xi, n)
                                               for xi, x in enumerate(rest))
                                   # ("..., Name, said on Tuesday his forces had ...": a clause after the time)
                                   and not (lemma != "tell" and vi + 1 < cstart_tok < k2
                                            and _after_time(toks, cstart_tok)))
    if lemma in ("report", "write") and len(rest) >= 3 and rest[0].low in ("on", "about") and rest[1].low in _TOPIC_DETERMINERS \
            and not any(x.low in _TIME_WORDS for x in rest) and k2 < n \
            and _TOPIC_THEN_PARTICIPLE.match(text, toks[k2].start, s.end):
        # "TASS reported on the new command post, saying that ...": the topic, then the words in the participle's
        # clause, which reads them with the same speaker
        return
    if rest and not rest_is_adjunct and rest[0].low == "about" and pre_text.rstrip().endswith(("," , ",\"", ",\u201d")) \
            and pre_words >= 5 and text[intro_end:intro_end + 1] != "," \
            and len(rest) <= 6 and not any(x.text[:1].isdigit() or _NUMBER_WORD.fullmatch(x.low) for x in rest):
        # ('Russia's goals remained "unchanged," Putin said about the conflict.': what it was said of, an adjunct;
        # not "said about 2,000 troops were killed")
        rest_is_adjunct = True
    fact = _FACT_BEFORE.search(pre_text)
    if fact is not None and rest_is_adjunct and len(re.findall(r"\w+", pre_text[:fact.start()])) >= 4:
        # "Fighting has favoured Russia because of its edge in artillery, a fact President X acknowledged in his
        # address": the clause the apposed "fact" restates is what he said
        r.emit(res, intro_end, intro_end + fact.start(), lemma)
        return
    glued = lemma != "tell" and vi + 2 < n and toks[vi + 1].low in _ADDING and toks[vi + 2].low == "that"
    if glued:
        # "..., Sinegubov said adding that ...": the comma before the participle left out
        rest_is_adjunct, k2 = True, vi + 1
    # '... machine," the chief said'; '... over Bryansk – on Ukraine's northern border – Governor X said': an aside
    # between dashes closes the content as a comma would
    # ("... their advantage in manpower. - he stated.": translated copy closes a paragraph of unquoted speech with a
    # dash and its speaker, a pronoun as often as a name; the paragraph before it is the speaker's)
    named_or_pronoun = toks[first_idx].text[:1].isupper() or toks[first_idx].low in ("he", "she", "they")
    closing_dash = _CLOSING_DASH.search(pre_text) if named_or_pronoun else None
    ends_clause = re.search(r",[\"\u201d\u2019']?\s*$", pre_text) is not None or (
        re.search(r"\s[\u2013\u2014]\s*$", pre_text) is not None and len(re.findall(r"[\u2013\u2014]", pre_text)) >= 2) or (
        # ("... will likely take Russian forces several years - ISW predicts.": one dash before a named speaker and a
        # verb that closes the sentence)
        re.search(r"\s[-\u2013\u2014]\s*$", pre_text) is not None and not rest and k2 >= n - 1
        and named_or_pronoun) or (
        # ('... was postponed "for legal reasons" Zelenskyy said': the comma left out after a quoted phrase)
        _QUOTED_PHRASE_END.search(pre_text) is not None and toks[first_idx].text[:1].isupper())
    # "A Ukrainian military force in the eastern Donetsk region, Khortytsia, said ...": a bare name between
    # commas renames the noun phrase before it (an apposition); content that precedes its speaker is followed
    # by the speaker and the verb with no comma between, or by an apposition of the speaker's own
    renamed = (vi >= 2 and toks[vi - 1].text == "," and first_idx < vi - 1 and toks[first_idx].start >= subj_start
               and all(_is_cap(x) or x.low == "the" or x.text[:1].isdigit() for x in toks[first_idx:vi - 1])
               and _NP_LEAD.match(text, intro_end) is not None)
    end_mode = (not participle and ends_clause and pre_words >= 4 and rest_is_adjunct and not renamed
                and not (lemma in ("call", "express", "voice") and rest)    # an appeal or attitude follows its verb
                and not _TIME_ADJUNCT_ONLY.fullmatch(pre_text)   # ("On the same day, X hinted at ...": when)
                # ("As Ukrainian News Agency earlier reported, on September 10, X hinted at ...": a credit, then when)
                and not ((cr := _AS_CREDIT.match(pre_text)) is not None
                         and _WHEN_ONLY.fullmatch(pre_text, cr.end()))
                and not contentless(pre_text)    # "In particular, on 21 April, he reported ...": only when
                and not _SPEECH_EVENT.match(pre_text)
                # ("This is what the ambassador of X, Name, said in an interview.": a credit line, read below)
                and not _WHAT_CREDIT.match(pre_text))
    k0 = next((k for k in range(first_idx) if toks[k].start >= intro_end), first_idx)   # (after a dateline)
    # ("As Ukrinform reports, X, spokesman for ..., said this on air": the relay opens the sentence, and its three words
    # are no clause said before the speaker)
    relayed = first_idx < n and _RELAY_OPENS.fullmatch(text, toks[0].start, toks[first_idx].start) is not None
    if (end_mode or relayed) and lemma in _CREDIT_LEMMAS and _THIS_CREDIT.match(text[t.end:s.end]) \
            and (lemma not in _ABOUT_CREDIT_LEMMAS or re.match(r"\s+about\s+(?:this|it)\b", text[t.end:s.end])) \
            and (_title_opens(toks[k0:], first_idx - k0) or relayed
                 or _RELAY_OPENS.fullmatch(text, toks[k0].start, toks[first_idx].start)):
        # "The head of the regional administration, X, announced this on the telethon.": the words before the name
        # are his title, and "this" is the sentence before (a credit line)
        _credit_previous(r, _cited_source(r, t.end, res), lemma)
        return
    if end_mode and lemma in _CREDIT_LEMMAS and re.fullmatch(r"\s*[.!]?\s*", text[t.end:s.end]) \
            and _RELAY_OPENS.fullmatch(text, toks[k0].start, toks[first_idx].start):
        # "According to Censor.NET, The Telegraph reports.": the relaying outlet, then the paper whose report the
        # sentences before are (a credit line)
        _credit_previous(r, res, lemma)
        return
    if end_mode and _titled_apposition(toks, k0, first_idx, vi):
        # "The head of the Kherson OVA, Yaroslav Yanushevich, also reported on the successes ...": the words before the
        # name are his title, not words he said; what he said follows the verb
        end_mode = False
    if end_mode and not _OUTLET_NAME.search(text[subj_start:t.start]) \
            and (told := _TOLD_THAT.search(text, intro_end, subj_start)) is not None:
        # "Putin told Trump that Russia will respond ..., Kremlin spokesman Dmitry Peskov said on Thursday": a
        # closing frame over another's telling (not an outlet's credit); what was told is the frame's statement
        r.emit(res, told.end(), subj_start, lemma)
        return
    if end_mode and not _OUTLET_NAME.search(text[subj_start:t.start]) and t.low not in _RELAY_FORMS \
            and (req := _REQUEST_THAT.search(text, intro_end, subj_start)) is not None \
            and not _SAID_BETWEEN.search(text, req.end(), subj_start):
        # "Nepal has requested that Russia return its nationals, Foreign Minister X said": a closing frame over a
        # request; the whole clause is the frame's statement (the request's subject speaks through him)
        r.emit(res, intro_end, subj_start, lemma)
        return
    if end_mode and _ACCORDING_CREDIT.match(pre_text):
        # "That's according to a number of Telegram channels, Ukrinform reports.": the outlet relays a credit line,
        # whose sources speak (source_phrases.py), not a clause of its own
        return
    if end_mode and _reports_a_report(r, first_idx):
        # "Russia said on Monday that ..., Reuters reported.": the outlet credits a statement that the
        # sentence already reports with its own verb; it is not the speaker
        return
    if end_mode:
        extra = None
        if glued:
            extra = (toks[k2].start, s.end)
        elif k2 < n and toks[k2].text in (",", "\u2014") and not re.match(
                r"\s*(?:(?:according\s+to|citing|quoting|referring\s+to|with\s+reference\s+to|"
                r"(?:as\s+)?(?:quoted|cited|reported)\s+by)\b[^,;]*|"
                r"(?:the\s+)?(?:[A-Z][\w.'\u2019-]*\s+){1,4}(?:reported|reports|wrote|writes)\s*[.!]?\s*)$",
                text[toks[k2].end:s.end]) and not _ASKED_TAIL.fullmatch(text, toks[k2].end, s.end) \
                and not _WHERE_FROM_TAIL.fullmatch(text, toks[k2].end, s.end) \
                and not _PARTICIPLE_QUOTE.match(text, toks[k2].end, s.end) \
                and not re.match(r"\s*(?!(?:quoted|cited|reported)\b)[a-z]+ed\s+by\b", text[toks[k2].end:s.end]):
            # (not "said following the meeting in Berlin, attended by ...": the participle describes the adjunct's noun)
            # (a source credit, no content: "..., X said on Monday, citing Y.", "..., X said, Russia Today reported.",
            # "..., analysts estimate, quoted by Euromaidan Press.")
            extra = (toks[k2].end, s.end)
        r.emit(res, _paragraph_start(r, res) if closing_dash is not None and extra is None else intro_end, subj_start,
               lemma, extra)
        return
    # the verb's complement, without the verb, its adjuncts or "that" ("said on Monday that X" -> X);
    # "warned against ...": the complement starts at the preposition
    a = toks[cstart_tok].start if cstart_tok < n else s.end
    # "... that X was serious, but his spokesman said ...": a new clause with its own reporting verb
    # ends this statement's content, and so does ", adding that ..." (a new reporting verb)
    lex = _lex()
    for k3 in range(max(cstart_tok, vi + 1), n - 1):
        if toks[k3].text == "," and toks[k3 + 1].low == "saying" and k3 + 2 < n and toks[k3 + 2].low != "that" \
                and _SHORT_OBJECT.fullmatch(text, toks[vi].end, toks[k3].start):
            # "criticised the plan, saying the city was still held": what was criticised is no words of his; the
            # participle says them
            r.emit(res, toks[k3 + 2].start, s.end, lemma)
            return
        # ("denied Moscow's claim, saying Ukrainian troops were still there": "saying" needs no "that")
        if toks[k3].text == "," and toks[k3 + 1].low.endswith("ing") and toks[k3 + 1].low in lex.verb_lemma \
                and k3 + 2 < n and (toks[k3 + 2].low == "that" or toks[k3 + 1].low == "saying"
                                    and _OWNERS_CLAIM.fullmatch(text, a, toks[k3].start)):
            if _DEMONSTRATIVE_OBJECT.match(text[a:toks[k3].start]):
                # "emphasised this objective at a press conference, explaining that X": X is the content
                r.emit(res, toks[k3 + 3].start if k3 + 3 < n else s.end, s.end, lemma)
            elif lemma in ("brief", "inform", "tell", "update") and _NAMED_ADDRESSEE.fullmatch(text, a, toks[k3].start):
                pass    # "briefed Defense Minister Andrei Belousov, saying that ...": whom, then the participle's words
            elif not _POINTS_BACK.match(text, a, toks[k3].end) and lemma not in ("express", "voice"):
                # (not "denied the Russian Defence Ministry's claim, in remarks ..., saying that ...": the claim was
                # told before; the participle says what he said; nor "expressed optimism about the plan, stating that
                # ...": the attitude, whose words the participle gives)
                r.emit(res, a, toks[k3].start, lemma)
            return
        if toks[k3].low in ("but", "while", "whereas", "although", "though") and k3 > max(cstart_tok, vi + 1) and any(
                toks[k4].low in lex.verb_lemma and _verb_ok(toks, k4) and not toks[k4].low.endswith("ing")
                and (k4 < k3 + 6 or _subject_left(text, toks, k4, k3 + 1)[1] == k3 + 1)
                for k4 in range(k3 + 2, min(n, k3 + 16))):
            # (", but Oleh Syniehubov, the regional governor, said ...": a new speaker with his apposition; ", although
            # Ukraine's 110th Brigade, which is deployed in the area, said ...")
            r.emit(res, a, toks[k3].start, lemma)
            return
        if toks[k3].text == "," and (sub := _TIMED_SUBORDINATE.match(text, toks[k3].end)) is not None \
                and (other := _subordinate_report(r, next((k for k in range(k3 + 1, n)
                                                           if toks[k].start >= sub.end()), n))) is not None:
            # "Zelensky said counteroffensive actions are taking place, a day after Putin asserted that ...": the
            # other speaker's report, told as the time of this one, is not this one's content but a statement of
            # its own
            r.emit(res, a, toks[k3].start, lemma)
            o_res, k4 = other
            said = k4 + 2 if toks[k4 + 1].low == "that" else k4 + 1
            if said < n:
                r.emit(o_res, toks[said].start, s.end, lex.verb_lemma[toks[k4].low])
            return
        if toks[k3].text == "," and toks[k3 + 1].low == "with" and any(
                toks[k4].low.endswith("ing") and toks[k4].low in lex.verb_lemma for k4 in range(k3 + 3, min(n, k3 + 10))):
            # "Zelensky said the Patriots worked, with Ukraine's air force reporting that ...": the other speaker's
            # participle is a statement of its own
            r.emit(res, a, toks[k3].start, lemma)
            return
        if toks[k3].low == "and" and toks[k3 - 1].text == "," and _coordinated_report(r, k3):
            # "Zelensky said reinforcements had been sent, and the Ukrainian army said it had halted the advance":
            # a second speaker's report, coordinated, ends the first one's content
            r.emit(res, a, toks[k3 - 1].start, lemma)
            return
    if lemma in _OBJECT_PREDICATE:
        # "called the capture 'a victory' after X said ...": the complement ends at a subordinator
        # ("While Trump framed the meeting as a chance for peace, officials are wary": at the comma that closes the
        # subordinate clause the sentence opened with)
        # (the first comma after its "as": "described A, B and C as 'active defense' on Sunday, X had ...")
        opened = toks[0].low in ("while", "although", "though", "whereas") and toks[0].start >= s.start
        as_at = next((k3 for k3 in range(cstart_tok, n) if toks[k3].low == "as"), n) if opened else n
        for k3 in range(cstart_tok, n):
            if toks[k3].low in _SUBORDINATORS and k3 > cstart_tok + 2 or k3 > as_at and toks[k3].text == ",":
                r.emit(res, a, toks[k3].start, lemma)
                return
    comp = text[t.end:s.end]
    if (opener := _ACCORDING_OPENER.match(text, intro_end, toks[first_idx].start)) is not None:
        # ("According to Russia's Rossiya 24 channel, Konashenkov disclosed this on Thursday morning.": the channel
        # that relays the credit line, then its frame)
        k0 = next((k for k in range(first_idx + 1) if toks[k].start >= opener.end()), first_idx)
    if lemma in _CREDIT_LEMMAS and (first_idx == k0 or _title_opens(toks[k0:], first_idx - k0)) \
            and _THIS_CREDIT.match(comp) \
            and (lemma not in _ABOUT_CREDIT_LEMMAS or re.match(r"\s+about\s+(?:this|it)\b", comp)):
        _credit_previous(r, _cited_source(r, t.end, res), lemma)
        return
    if lemma == "tell" and first_idx == 0 and k < n and toks[k - 1].low in ("journalists", "reporters") \
            and _ADJUNCT_ONLY.fullmatch(text, toks[k].start, s.end):
        # "About half of the region has been liberated. Head of the DPR Denis Pushilin told journalists on August 10.":
        # translated copy's credit line, the full stop where a comma was
        _credit_previous(r, res, lemma)
        return
    if lemma in _CREDIT_LEMMAS and first_idx == k0 and vi >= 2 and toks[vi - 1].text == "," \
            and _ADJUNCT_ONLY.fullmatch(comp) and _WHERE_WHEN_ONLY.fullmatch(comp):
        # "Oleksandr Shtupun, the spokesman for the press center, said on 27 August on the national telethon,
        # according to Liga.": the name, his title set off, and only where and when: a credit of the sentence before
        _credit_previous(r, res, lemma)
        return
    if _WHAT_CREDIT.match(text, s.start, toks[first_idx].start) and _ADJUNCT_ONLY.fullmatch(comp):
        # "This is what Kremlin spokesman Dmitry Peskov said at a briefing on Tuesday, March 14.": a credit line
        _credit_previous(r, res, lemma)
        return
    colon = _ADJUNCT_COLON.fullmatch(text, a, s.end) if a < s.end else None
    if colon is not None and (block := block_after(text, colon.start("colon"))) is not None:
        # "Governor X said on Telegram:" at the end of a line: the next paragraph (or bullet points) is the content
        emit_block(r, res, lemma, block)
        return
    if _CONTENTLESS.match(comp) or _POINTS_BACK.match(comp):
        return
    if re.fullmatch(r"\W*" + _CITING_WORDS + r"\s+[^,;.]{1,80}[.!]?\s*", comp):
        return      # "AFP reported this, Censor.NET says, with reference to European Pravda.": the relay's source only
    if lemma in ("inform", "brief") and _ADDRESSEE_TOPIC.fullmatch(comp):
        return      # "informed journalists about the agreement after the meeting": whom and on what, not what was said
    if lemma in ("report", "comment", "speak", "brief") and _TOPIC_ONLY.fullmatch(comp):
        return      # "Director General Rafael Grossi reported on the progress.": what it was about, not what was said
    tail = _CITING_TAIL.search(text, a, s.end) if _OUTLET_NAME.search(res.speaker or "") else None
    if tail is not None:
        # "The Interfax news agency said Russian forces had captured X, citing Russia's Ministry of Defence.": the
        # source the outlet cites at the end said it
        k = next((k for k in range(n) if toks[k].start >= tail.start("src")), None)
        src = _subject_right(text, toks, k, n)[0] if k is not None else None
        cited = r.doc.disc.resolve(src, src.start) if src is not None and src.kind in ("named", "role") else None
        if cited is not None:
            r.emit(cited, a, tail.start(), lemma)
            return
    r.emit(res, a, quoted_content_end(text, a, s.end), lemma)


# nothing, or only when, after an "As X reported," credit
_WHEN_ONLY = re.compile(r"\s*(?:(?:on|in|at|during|earlier|later|last|this)\b[^,;.]{0,30},\s*)?", re.IGNORECASE)
# a time adjunct that opens the sentence, all there is before the speaker: "On the same day, the adviser ... hinted at"
# (and a sentence adverb before it: "Notably, earlier this week, Ukraine's president X vowed to ...")
_TIME_ADJUNCT_ONLY = re.compile(r"\W*(?:(?:Notably|Meanwhile|Also|However|Separately|Moreover),\s+)?"
                                # ("That day, ..."; not "That remains a problem, Syrsky said": a clause)
                                r"(?:On|In|At|By|During|Later|Earlier|Meanwhile|Then|The\s+same|The\s+next|earlier|"
                                r"later|"
                                r"That(?=\s+(?:same\s+)?(?:day|evening|morning|night|afternoon|week|weekend|month|year|"
                                r"time)\b))\b[^,;.]{0,30},\s*"
                                # ("Only a week earlier, Trump had hinted at ...", "Two days later, X said ...": a span
                                # of time before or after, no clause)
                                r"|\W*(?:(?:Only|Just|Barely|Some)\s+)?(?:(?:a|an|one|two|three|four|five|six|a\s+few|"
                                r"several|few|\d+)\s+)?(?:days?|weeks?|months?|years?|hours?)\s+"
                                r"(?:earlier|later|ago|before|after|on)\s*,\s*")
# an outlet's source named at the end of the sentence: ", citing Russia's Ministry of Defence."
_CITING_TAIL = re.compile(r",\s*(?:citing|quoting)\s+(?P<src>[^,;.]{2,80}?)\s*[.!]?\s*$")
# what may stand between a verb and the colon that closes its line: "said:", "said on Telegram:", "told an online
# conference:", "stating in a post on Telegram:"
_ADJUNCT_COLON = re.compile(r"\s*(?:(?:on|in|at|during|via|to|before|from|through|with|while)\b"
                            r"[^.;:\"\u201c]{0,80}?)?\s*(?P<colon>:)\s*")


# content that only tells of the speaking ("The official spoke in an interview with ARD, Ukrinform reports"; "President
# Zelensky made this statement during an online address, ..."): what was said is told elsewhere
_SPEECH_EVENT = re.compile(r"\W*(?:[A-Z][\w'\u2019.-]*\s+|the\s+|[a-z]+\s+){0,4}?(?:spoke|was\s+speaking|made\s+(?:this|that|"
                           r"the|these|those)\s+(?:statement|remarks?|comments?|announcement)s?)\b", re.IGNORECASE)


# a complement that only points back at what was said before: "said so on Monday", "informed about this at the briefing",
# "reported these claims on Tuesday,
# citing unnamed sources" (what the claims were is told elsewhere)
_POINTS_BACK = re.compile(
    r"\s*(?:(?:about|of|on)\s+(?=(?:this|that|it)\b))?(?:this|so|nothing|it|(?:these|those|the|such|no\s+such)\s+"
    # ("denied the Russian Defence Ministry's claim": its owner between)
    r"(?:[A-Z][\w-]*\s+){0,3}?(?:[A-Z][\w-]*['\u2019]s\s+)?(?:claims?|reports?|allegations?|remarks|comments|"
    r"statements?|news|information|details|losses|gains|advances|thing))\b"
    r"(?:\s+(?:in|on|at|during|to|after|before)\b[^,.]*"
    # ("before confirming it hours later", "confirmed it too": when or how, after the pointer)
    r"|(?:\s+(?:(?:a\s+few|several|\w+)\s+)?(?:hours|days|minutes|weeks)\s+(?:later|earlier|after))"
    r"|\s+(?:later|earlier|again|too|publicly|officially))?\s*"
    # (not "confirmed the reports, saying it has geolocated footage ...": the participle carries what was said)
    r"(?:\.|,(?!\s*(?:saying|adding|noting|stressing|explaining|stating|writing|referring|describing|calling)\b)|$)")


# "denied Moscow's claim": a claim named by its owner alone, told before
_OWNERS_CLAIM = re.compile(r"\s*(?:[A-Z][\w-]*\s+){0,2}?[A-Z][\w-]*['\u2019]s\s+(?:claims?|allegations?|assertions?)\s*")


# an inverted frame closing a passive credit line: "..., reported commander-in-Chief X."
_CLOSING_CREDIT = re.compile(r",\s*(?:reported|said|stated|noted|informed|wrote)\s+(?P<who>[^,;.]{3,120}?)\s*[.!]?\s*$")
# "Sharov's statement ... underscores a critical shift": remarks named by their owner
_OWNED_REMARKS = re.compile(r"['\u2019]s?\s+(?:statement|remarks|comments|words|announcement)\b")
# ", adding, “He died on the spot.”": the participle's quotation, a statement of its own (quotes.py)
_PARTICIPLE_QUOTE = re.compile(r"\s*(?:adding|saying|stating|noting|writing)\s*[,:]?\s*[\"\u201c]")
# "Putin told Trump that ...": a telling with its addressee, then what was told
_TOLD_THAT = re.compile(r"\b(?:told|informed|assured)\s+(?:[\w'\u2019.-]+\s+){1,6}?that\s+")
# a frame that closes the sentence after a comma, its speaker named: ", Kremlin spokesman Dmitry Peskov said on
# Thursday."
# (not a relative ", which Moscow said", nor ", as Kyiv said")
_OUTER_END_FRAME = re.compile(r",\s+(?!(?:which|who|whom|as|what|that|and|but|or|so|while|when|where)\b)"
                              r"(?=(?:[a-z]+\s+){0,3}[A-Z])(?:(?:[A-Z][\w'\u2019.-]*|[a-z]+),?\s+){1,7}"
                              r"(?:said|says|added|stated|noted|confirmed)"
                              r"(?:\s+(?:on|in|at|during|late|earlier|this)\b[^,;\"\u201c\u201d]{0,40})?\s*[.!]?\s*$")
# the verbs that pass on another's claim again ("repeated X's warning that ...")
_ECHO_LEMMAS = frozenset("reiterate repeat recall cite".split())
# the nouns of an owner's claim ("X's warning that ...": source_phrases._claim_noun reads X as saying it)
CLAIM_NOUNS = (r"(?:(?:latest|new|earlier|own|official|recent)\s+)?"
               r"(?:claim|assertion|announcement|statement|report|warning)")
_ECHOED_CLAIM = re.compile(r"\s+(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['\u2019]s\s+" + CLAIM_NOUNS + r"\s+that\b")
# an outlet's relaying verbs, and a verb of saying inside a clause (its own report)
_RELAY_FORMS = frozenset("reports reported writes wrote".split())
_SAID_BETWEEN = re.compile(r"\b(?:said|says|told|tells|reported|reports|stated|states|added|adds)\b")
# an owner's possessive ("Nepal's Foreign Minister"), which names no speaker of its own
_POSSESSOR = re.compile(r"\S+['\u2019]s\b")
# a request's "that" clause, which another speaker's closing frame may report ("X has requested that ...")
_REQUEST_THAT = re.compile(r"\b(?:request|demand|ask|urge|propose|insist|suggest)(?:s|ed)?\s+that\s+")
# ", a day after", ", hours before", ", after": a time clause after the content
_TIMED_SUBORDINATE = re.compile(r"\s*(?:(?:a|one|two|three|several|just|only)\s+(?:days?|weeks?|hours?)\s+)?(?:after|before)\s+")


# what opens a reported clause right after its verb: "that", or the clause's own pronoun subject ("announced they had
# withdrawn")
_REPORT_OPENS = frozenset({"that", "they", "it", "he", "she", "we"})


def _subordinate_report(r: _SentenceReader, k: int) -> tuple[Resolved, int] | None:
    """The speaker and the verb's token of the clause opening at token ``k`` when it reports with a finite verb and a
    subject of its own ("Russian President Vladimir Putin asserted that ...", "Kiev forces announced they ...")."""
    lex = _lex()
    toks = r.toks
    for k4 in range(k + 1, min(r.n, k + 10)):
        t = toks[k4]
        if t.text in (",", ";", ".") or t.low in ("and", "but"):
            return None
        if t.low in lex.verb_lemma and not t.low.endswith("ing") and _verb_ok(toks, k4) \
                and k4 + 1 < r.n and toks[k4 + 1].low in _REPORT_OPENS:
            mention, first = _subject_left(r.text, toks, k4, k)
            # (an army named by its side is a speaker too: "a day after Kiev forces announced")
            if mention is None or first != k or mention.kind not in ("named", "role", "descriptive"):
                return None
            res = r.doc.disc.resolve(mention, mention.start)
            return (res, k4) if res is not None or mention.kind == "named" else None
    return None


def _coordinated_report(r: _SentenceReader, k3: int) -> bool:
    """Does ", and" at token ``k3`` open a clause with its own reporting verb and a speaker who is not a
    pronoun ("..., and the Ukrainian army said ...")? A pronoun ("and he said") continues the same speaker."""
    lex = _lex()
    toks = r.toks
    for k4 in range(k3 + 2, min(r.n, k3 + 10)):
        t = toks[k4]
        if t.text in (",", ";", ".") or t.low in ("that", "and", "but"):
            return False
        if t.low in lex.verb_lemma and not t.low.endswith("ing") and _verb_ok(toks, k4):
            mention, first = _subject_left(r.text, toks, k4, k3 + 1)
            return (mention is not None and first in (k3 + 1, k3 + 2) and mention.kind != "pronoun"
                    and r.doc.disc.resolve(mention, mention.start) is not None)
    return False


# a passive inside a relative clause: "some of which were confirmed by Reuters"
_RELATIVE_PASSIVE = re.compile(r"\b(?:which|who|whom)\s+(?:(?:has|have|had)\s+been|were|was|are|is)\s+$", re.IGNORECASE)
# an addressee alone, a title and a name: "Russian Defense Minister Andrei Belousov"
_NAMED_ADDRESSEE = re.compile(r"\s*(?:the\s+)?(?:[A-Z][\w'\u2019.-]*\s+|(?:of|the|and)\s+){0,6}[A-Z][\w'\u2019.-]*\s*")
# a complement that only names a bare topic: "reported on the progress", "commented on the talks" (but "reported on the
# successes in the Kherson region" tells what he reported)
_TOPIC_WORD = r"(?:(?!(?:is|was|are|were|had|has|have|will|would|could)\b)[\w'\u2019-]++\s*)"   # no verb among them
_TOPIC_ONLY = re.compile(r"\s+(?:on|about)\s+(?:the|its|his|her|their)\s+(?:(?!that\b)" + _TOPIC_WORD + r"){1,2}"
                         r"[.!]?\s*")
# an addressee and a topic, nothing said: "informed journalists about the agreement after the meeting"
_ADDRESSEE_TOPIC = re.compile(r"\s+(?:[\w'\u2019-]+\s+){1,3}?(?:about|on)\s+(?:the|a|an|his|her|its|their)\s+"
                              + _TOPIC_WORD + r"{1,8}[.!]?\s*")
# "in what it described as an operation", "described the strike as": the verb labels a noun, it reports no clause
_LABELLING = re.compile(r"\s+as\b")
_LABEL_AFTER_AS = re.compile(r"\s+as\s+(?P<what>[^.;,\u2014\u2013]{3,200}?)(?=\s*(?:[.;,\u2014\u2013]|$))")


def _reports_a_report(r: _SentenceReader, hi: int) -> bool:
    """Does the sentence before token ``hi`` hold a finite reporting verb with a subject of its own (not one that
    labels a noun in a relative: "where Kyiv launched what it described as an operation, X claimed")?"""
    lex = _lex()
    toks = r.toks
    for k in range(1, hi):
        t = toks[k]
        # ("the commander-in-chief Valeriy Zaluzhnyi had said ..., according to AFP": past its auxiliary, and "X
        # previously stated that ..., according to TASS": its adverb)
        p = k - 1
        while p >= max(1, k - 3) and (toks[p].low in ("had", "has", "have", "also", "previously", "earlier", "already")
                                      or _MANNER_ADVERB.fullmatch(toks[p].low)):
            p -= 1
        if t.low in lex.verb_lemma and not t.low.endswith("ing") and not r.blocked(t) \
                and not _LABELLING.match(r.text, t.end) and toks[max(0, k - 2)].low not in ("what", "which") \
                and _verb_applies(r, k, t, lex.verb_lemma[t.low]) \
                and (toks[p].low in ("it", "he", "she", "they")
                     or (toks[p].text[:1].isupper() or toks[p].low in lex.roles
                         # ("The Institute for the Study of War (ISW) said this ..., according to Ukrinform")
                         or toks[k - 1].text == ")" and k >= 3 and toks[k - 2].text.isupper())
                     and (subj := _subject_left(r.text, toks, k, 0)[0]) is not None and not _troops_of(r, subj)
                     # ("Dmitry Peskov, Kremlin spokesperson, told journalists that ..., according to TASS": the
                     # subject before its apposition; a verb of saying, not "X, the minister, ordered troops to ...")
                     # (and "X, the ministry's spokeswoman, described the decision as ...": a judgement told)
                     or toks[k - 1].text == "," and (lex.verb_lemma[t.low] in _SAYING | _OBJECT_PREDICATE
                                                     # ("X, a deputy of the Holos party, wrote this on Telegram,
                                                     # Ukrinform reports": a credit line with its own verb)
                                                     or lex.verb_lemma[t.low] in _CREDIT_LEMMAS
                                                     and _THIS_CREDIT.match(r.text, t.end, r.s.end) is not None)
                     and _verb_speaker(r, k, lex.verb_lemma[t.low], False)[0] is not None
                     # ("An emergency service official said ..., Reuters reported": an unnamed official the next
                     # sentences may name, with his own verb)
                     or toks[p].low in lex.roles and any(
                         toks[j].low in ("a", "an") and all(x.text.isalpha() and x.text.islower()
                                                            for x in toks[j + 1:p])
                         for j in range(max(0, p - 4), p))):
            # ("..., the Russian defence ministry said on Thursday, RIA Novosti reported": a body's own verb too)
            # ("The United Arab Emirates said ..., Reuters reports": a country is no speaker; the outlet is)
            return True
    return False


# lower-case words of a title's domain before it ("aid chief", "rights commissioner", "army spokesman")
_TITLE_MODIFIERS = frozenset("""aid humanitarian rights nuclear atomic military intelligence security regional local city
    district army navy border police press state top senior deputy former acting policy region oblast province
    public state-run state-owned independent national private opposition retired militia reserve""".split())   # ("public broadcaster Suspilne")


def _title_run_comma(toks: list[Tok], first: int) -> int | None:
    """Index of the comma that opens a run of title/role words before toks[first] ("..., head of the
    region X said"), else None."""
    lex = _lex()
    k = first - 1
    titled = False
    # ("..., the country's president Volodymyr Zelensky said": only a determiner and a possessive before the title)
    own_title = first < len(toks) and (toks[first].low in lex.titles or toks[first].low in lex.roles)
    # ("..., Chief of the General Staff of the Russian armed forces Valery Gerasimov said": a title of ten words)
    while k >= 0 and first - k <= 12:
        t = toks[k]
        if t.text == ",":
            return k if k < first - 1 and (titled or own_title) else None
        if t.text in ("(", ")"):
            k -= 1         # "Lugansk People's Republic (LPR) people's militia ...": the body's acronym in brackets
            continue
        # ("..., energy minister Herman Halushchenko said": the office's own word before the title keeps it one)
        # ("..., UN aid chief Martin Griffiths told ...": lower-case modifiers and an organisation's acronym too)
        own_title = own_title and (t.low in ("the", "a", "an") or re.search(r"['\u2019]s$", t.text) is not None
                                   or t.low in OFFICE_WORDS or t.low in _TITLE_MODIFIERS
                                   or re.fullmatch(r"[A-Z]{2,5}", t.text) is not None
                                   # ("Lugansk People's Republic (LPR) people's militia retired Lieutenant-Colonel X":
                                   # the body's own name)
                                   or t.text[:1].isupper() and k < first - 1)
        if not t.text[:1].isalpha() or t.low in lex.verb_lemma or t.low in _BE_AUX:
            return None
        titled = titled or t.low in lex.titles or t.low in lex.roles
        k -= 1
    return None


# ("made it clear on CBS' Face the Nation that ...": an adjunct between)
_MADE_CLEAR = re.compile(r"\s+(?:it\s+)?(?:very\s+|abundantly\s+|quite\s+|crystal\s+)?clear\s+(?:[^.;:,\"\u201c]{0,60}?\s)?that\b",
                         re.IGNORECASE)
# a sentence opening on pictures: "Video published by the Kremlin", "Footage released by the ministry", "Satellite images"
_VISUAL_SUBJECT = re.compile(r"\W*(?:(?:the|a|an|new|this|that|some)\s+)?(?:[\w-]+\s+){0,2}?(?:videos?|footage|images?|photos?|"
                             r"photographs?|pictures?|imagery|clips?|recordings?)\b", re.IGNORECASE)
_BROADCAST_NOUNS = frozenset({"interview", "address", "programme", "program", "broadcast", "video", "podcast", "show"})
_RELATIVE_VERBS = frozenset({"aired", "airs", "was", "will", "is", "appeared", "ran", "runs", "went", "broadcast"})


def _relative_that(toks: list[Tok], d: int, n: int) -> bool:
    """ "told the BBC in an interview that aired on Sunday": a relative clause of the interview, no content."""
    return d > 0 and toks[d - 1].low in _BROADCAST_NOUNS and d + 1 < n and toks[d + 1].low in _RELATIVE_VERBS


def _after_tell_object(toks: list[Tok], k: int, n: int) -> int:
    """Token after "told reporters / told a briefing / told President X at a meeting" (or at "that")."""
    for d in range(k, min(n, k + 12)):
        if toks[d].low == "that" and not _relative_that(toks, d, n):
            return d
    e = _np_right(toks, k, n)
    k = max(k, e)
    while k < n and toks[k].low in ("reporters", "journalists", "lawmakers", "the", "a", "an"):
        k += 1
    if k < n and toks[k].low in ("us", "me", "him", "her", "them") and toks[k].text.islower():
        return k + 1      # "Reznikov told us a similar training is planned": the object pronoun is the addressee
    # "told Luxembourg's parliament in a video address": a common-noun addressee ends where an adjunct starts
    j = k
    while j < n and j - k < 3 and toks[j].text.isalpha() and toks[j].text.islower() and toks[j].low not in _ADJUNCT_START \
            and toks[j].low != "about":
        j += 1
    if j > k and j < n and _is_cap(toks[j]):
        # "told the Russian news agency TASS, in remarks ...": the common noun's name in apposition
        while j < n and _is_cap(toks[j]):
            j += 1
    # ("told the ECFR representatives about the army's needs": the addressee, then the topic)
    if j > k and (j >= n or toks[j].low in _ADJUNCT_START or toks[j].low == "about" or toks[j].text in (".", ",", ";")):
        k = j
    return k
