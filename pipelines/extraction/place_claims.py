"""Place claims: who claims to hold which named town or village (GOLD_SCHEMA.md, "Place claims").

    extract_place_claims(article, statements) -> list[PlaceClaim]

Per sentence (the splitter the other stages share; no title, it restates the body):
1. Place mentions: the gazetteer's names (``places.find_places``), plus unknown capitalised names
   in "the villages of A, B and C", right after a capture verb, continuing a list of known names,
   or listed before a passive capture ("A, B and their outskirts have been liberated"); an unknown
   spelling the gazetteer's skeleton knows resolves ("Blagodatne"). Not the place: "Chernihiv and
   Sumy oblasts" (regions), a dateline ("KYIV:"), "the Zaporizhzhia nuclear power plant".
   "the (devastated) town", "it" and a sentence-initial "It" stand for the place spoken of (the
   article's topic place, from its title, before one named in passing).
2. Control cues (``place_cues.py``) and the places they govern: an active verb governs the places
   after it in its clause ("took Avdiivka in February 2024, Vuhledar in October"), skipping those
   after a locative ("near", "towards", "west of"); a passive, "fell" or "remains under X control"
   governs the list just before it; "Russian-held X" / "X, a Russian-held hub" the place beside it;
   "the liberation of X", "X's capture" their object; ", which Russia captured" and "X, a hub that
   Russia seized" their antecedent. Participles: "the liberated city of X", ", retaken" after a
   list, "declaring X liberated", "the villages liberated on Sunday — A, B and C". A plural with no
   names ("three villages", "large cities remain under occupation") takes the list the next sentence
   names ("They are A and B", "I'm talking about A, B").
3. Actor side: the subject's side word (``area_claims`` lexicon), "we"/"its forces" -> the
   claimant's side, "the enemy" -> the other side; a passive's "by X", "fell to X", "under X control";
   "with Russian troops capturing X"; a pronoun subject ("they", "after capturing") -> the side named
   before it. withdrew -> the other side holds the place; "liberated" by the Russian MoD is Russia's
   capture; "liberated" with no side at all -> the place's own country.
4. Stance: denied under "denied", "rejected", "untrue/false/fake" or a negated verb; a denial that
   points back ("dismissed the claim", ", which Kyiv denies") denies the latest capture told before
   it; "denied claims made by X that ..." is X's asserted claim too. Not claims: hypotheticals,
   aims ("wants to take", "tasked with retaking"), "if confirmed", partial holds ("almost completely
   in Russian hands"), "has not confirmed", averted events ("to prevent the fall of X"), questions.
5. as_of: a date bound to the place, else to the clause, else the speech date, else a day in the
   attribution ("the statement on Saturday said"), else published_at (a month alone -> its last day,
   in the year the sentence named before it; a year -> Dec 31, per dates.py).
6. Claimant: the speaker of the statement holding the cue (``area_claims._statement_for``), else a
   known actor right before a reporting verb (``place_attribution.py``); a background relative
   clause (", which Russia captured in May") is the article's own voice.
One claim per (claimant, place, controller, stance) per article.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime

# the side lexicon and statement lookup are shared with area claims: "Kyiv's forces" reads the same way
from pipelines.extraction.area_claims import _lex, _other, _scan_subject, _side_of_match, _statement_for
from pipelines.extraction.dates import TimeExpr, find_time_expressions, month_end
from pipelines.extraction.place_attribution import (
    actor_before, claim_author_side, claim_source, denier_attribution, local_attribution, repeated_statement,
    speaker_in_subject, statement_of, subject_end)
from pipelines.extraction.place_cues import _BY_AGENT, _DENY_BEFORE, Cue, find_cues, hypothetical
from pipelines.extraction.places import Place, default_gazetteer, place_key
from pipelines.extraction.records import ArticleText, PlaceClaim, Statement
from pipelines.extraction.regions import find_regions
from pipelines.extraction.text import looks_english, split_sentences

MAX_SENTENCE_CHARS = 2000
OBJECT_WINDOW = 220      # an active verb's places lie within this many characters after it
SUBJECT_GAP = 70         # a passive's subject ends at most this far before the verb


@dataclass
class _Mention:
    start: int           # offsets in the sentence
    end: int
    raw: str
    place: Place | None
    candidates: tuple = ()
    anaphor: bool = False   # "the town" / "It": the antecedent's name stands in raw/place
    held_by: str | None = None  # the antecedent's controller, when it comes from an earlier claim


# ----------------------------------------------------------------------------- mentions

_NAME = r"[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?"
_KIND_OF = re.compile(r"\b(?:villages?|towns?|cit(?:y|ies)|settlements?|localit(?:y|ies)|hamlets?|communit(?:y|ies))"
                      r"\s+of\s+(?=[A-Z])")
_LIST_NEXT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?P<n>" + _NAME + r")")
_AFTER_VERB = re.compile(
    r"\b(?:captured|seized|liberated|took|retook|recaptured|retaken|taken|(?:capture|liberation|seizure|fall)\s+of|"
    r"(?:withdr[a-z]+|retreated|pulled\s+back)\s+from|pulled\s+out\s+of)"
    r"\s+(?:control\s+of\s+)?(?P<n>" + _NAME + r")")
# "Kindrashivka, Radkivka and their outskirts have been liberated": a list of names before a passive capture
_BEFORE_PASSIVE = re.compile(
    r"(?:^|[\"\u201c]|[.;:]\s+)(?P<list>" + _NAME + r"(?:\s*,\s*" + _NAME + r")*(?:\s*,?\s+and\s+" + _NAME + r")?)"
    r"(?:\s*,?\s+and\s+(?:their|its|the)\s+(?:outskirts|surroundings|environs|suburbs))?"
    r"\s+(?:(?:have|has|had|were|was)\s+(?:[a-z]+ly\s+|also\s+|now\s+)?(?:been\s+)?"
    r"(?:liberated|captured|retaken|recaptured|seized|taken|freed)\b|(?:has\s+|had\s+)?(?:fell|fallen)\s+(?:to|into)\s|"
    r"(?:is|are|was|were|remains?|remained)\s+(?:still\s+|now\s+)?(?:under|in)\s+(?:\w+\s+)?(?:control|hands)\b)")
# "a village outside the city of Kupiansk named Radkivka", "a settlement called Lozova"
_KIND_NAMED = re.compile(r"\b(?:village|town|settlement|city|hamlet)\b[^.;:]{0,60}?\b(?:named|called|known\s+as)\s+"
                         r"(?P<n>" + _NAME + r")")
# "over the Storozhove village": a name used as the village's adjective
_NAME_KIND = re.compile(r"\bthe\s+(?P<n>[A-Z][\w'\u2019-]+)\s+(?=(?:village|town|settlement)\b)")
_KIND_LEAD = re.compile(r"\s*(?:the|a|an)\s+(?:[\w-]+\s+)?(?=(?:village|town|settlement|city|hamlet)\b)")
_TOPONYM_END = re.compile(r"(?:k[ao]|[nv]e|ske|sk|[iy]no|[oe]vo|ets|tsi|ky|chi|[iy]i|iy|[iy]a|yar|hrad|horod|pil|pol|ok|"
                          r"ych|iv|[eo]v|[oe]ye|[iy]e|n[iy]|na|ar|ivka|ovka)$")
_NAME_END = re.compile(r"\s*(?:[,.;:()\u2014\"\u201d]|\s(?:and|in|on|near|were|was|have|has|had|are|is|after|from)\b|$)")
_NOT_NAMES = frozenset("""
ukrainian ukrainians russian russians russia ukraine kyiv kiev moscow western the a an this that these those its their
his her our we they it monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december north south east west northern southern eastern western central
donbas crimea dpr lpr nato president general minister ministry army forces troops units
""".split())
_PLURAL_REGIONS = re.compile(
    r"(?:\s*,\s*[A-Z][\w'\u2019-]+)*\s*,?\s+(?:and|or)\s+[A-Z][\w'\u2019-]+\s+(?:oblasts|regions|provinces)\b")
# "the town", "the devastated town", "the hilltop coal mining town" (not "the nearby town", another one)
_ANAPHOR = re.compile(
    r"\b(?:the|this)\s+(?:(?!(?:nearby|neighbou?ring|next|adjacent|other|another|second|third|regional|first|last|"
    r"only|\w+est)\b)"
    # ("the logistical hub", "the stronghold", "the bastion": what reporting calls a town it has named)
    r"[a-z][a-z-]*\s+){0,3}?(?:town|city|village|settlement|locality|hub|stronghold|bastion)\b(?!\s+of\b|['\u2019]s)")
_IT_START = re.compile(r"^\s*[\"\u201c]?It\b")


def _unknown_ok(name: str, strict: bool = True) -> bool:
    """Could ``name`` be a settlement? After "the villages of" a region's name is the village's (Rivne)."""
    first = name.split()[0].lower().strip("'\u2019")
    return first not in _NOT_NAMES and not (strict and find_regions(name))


# "the Kharkiv area", "the Kupiansk direction": a region or front sector named after the town, not the town;
# "under Kyiv control", "Moscow's forces": the capital standing for its side
_REGION_AFTER = re.compile(r"\s+(?:area|region|oblast|province|direction|sector|axis|front)\b", re.I)
# "the Zaporizhzhia nuclear power plant", "Kakhovka dam": a facility named after the town, not the town
_FACILITY_AFTER = re.compile(r"\s+(?:nuclear\s+|power\s+|hydroelectric\s+|thermal\s+)*(?:plant|station|NPP|dam|"
                             r"reservoir|airport|airfield|port|refinery|bridge)\b", re.I)
_SIDE_AFTER = re.compile(r"(?:['\u2019]s)?\s+(?:control|forces|troops|army|military|government|authorities|"
                         r"officials|regime|leadership)\b", re.I)
# "Krasnoarmeysk (also known as Pokrovsk)": the second name restates the first (which the gazetteer resolves)
_ALIAS_BEFORE = re.compile(r"\(\s*(?:also\s+)?(?:known\s+as|called|or)\s+$", re.I)
# "most of Pokrovsk", "the western part of the town", "two houses in the village": part of a place is held,
# which is not a claim about the place
PARTIAL_BEFORE = re.compile(
    r"\b(?:most|much|bulk|share|part|parts|half|rest|remainder|section|sections|quarter|houses?|buildings?|streets?|"
    r"neighbou?rhoods?|districts?|blocks?|\d+\s*%|\d+\s+per\s*cent)\s+(?:of|in)\s+(?:the\s+)?"
    r"(?:(?:town|city|village|settlement)\s+of\s+)?$", re.I)
# "Kurakhove almost completely in Russian hands", "Kyiv still partly holds X": a partial hold is no claim
_PARTIAL_ADVERB = re.compile(
    r"\b(?:partly|partially|largely|mostly|almost|nearly|half|practically|virtually)\s+"
    r"(?:(?:completely|entirely|fully|totally)\s+)?$", re.I)


# a dateline ("KYIV:", "Kramatorsk, Ukraine (AP) —") says where the reporter files from, not what is held
_DATELINE_BEFORE = re.compile(r"\s*(?:date\s+[\d-]+\s+)?(?:[A-Z][\w'\u2019-]*[\s,]+)*")
_DATELINE_AFTER = re.compile(r"(?:,\s*[A-Z][a-z]+)?\s*(?:\([^)]{1,30}\)\s*)?(?::|[\u2014\u2013]|-\s)")


def _dateline(sent: str, start: int, end: int) -> bool:
    return bool(_DATELINE_BEFORE.fullmatch(sent, 0, start) and _DATELINE_AFTER.match(sent, end))


def _mentions(sent: str) -> list[_Mention]:
    gaz = default_gazetteer()
    out = [_Mention(m.start, m.end, m.text, m.place, m.candidates) for m in gaz.find_places(sent)
           if not _dateline(sent, m.start, m.end)
           and not any(p.match(sent, m.end) for p in (_PLURAL_REGIONS, _REGION_AFTER, _SIDE_AFTER, _FACILITY_AFTER))
           and not _ALIAS_BEFORE.search(sent, max(0, m.start - 25), m.start)]

    def add_unknown(s: int, name: str, strict: bool = True, ended: bool = False) -> _Mention | None:
        e = s + len(name)
        if any(m.start < e and s < m.end for m in out) or not _unknown_ok(name, strict) \
                or not (ended or _NAME_END.match(sent, e)):
            return None
        # a spelling the gazetteer's transliteration skeleton knows ("Blagodatne" for Blahodatne)
        mention = _Mention(s, e, name, gaz.resolve(name))
        out.append(mention)
        return mention

    for m in _KIND_OF.finditer(sent):
        nm = re.compile(_NAME).match(sent, m.end())
        if nm:
            add_unknown(nm.start(), nm.group(0), strict=False)
    for m in _AFTER_VERB.finditer(sent):
        add_unknown(m.start("n"), m.group("n"))
    for m in _NAME_KIND.finditer(sent):
        if _TOPONYM_END.search(m.group("n")):
            add_unknown(m.start("n"), m.group("n"), ended=True)
    for m in _KIND_NAMED.finditer(sent):
        add_unknown(m.start("n"), m.group("n"))
    for m in _BEFORE_PASSIVE.finditer(sent):
        for nm in re.finditer(_NAME, m.group("list")):
            # the pattern ends each name; a sentence's first word is capitalised anyway, so an unknown name here
            # must end like a Ukrainian or Russian place name ("Kindrashivka", "Otradne"; not "Territory")
            if _TOPONYM_END.search(nm.group(0)):
                add_unknown(m.start("list") + nm.start(), nm.group(0), ended=True)
    # lists: "Mezhevoye and Komyshovka" continue a list of known names with an unknown one
    for m in sorted(out, key=lambda x: x.start):
        pos = m.end
        while (nm := _LIST_NEXT.match(sent, pos)) is not None:
            # "Orlivka and Komyshovka Russian forces said": a two-word match ending in a common word is one name
            name = nm.group("n").split()[0] if nm.group("n").split()[-1].lower() in _NOT_NAMES else nm.group("n")
            known = next((k for k in out if k.start == nm.start("n")), None)
            if known is None:
                known = add_unknown(nm.start("n"), name)
            if known is None:
                break
            pos = known.end
    out.sort(key=lambda x: x.start)
    return out


# ----------------------------------------------------------------------------- article state

@dataclass
class _State:
    text: str
    published: date
    statements: list[Statement]
    title: str | None
    sentences: list[tuple[int, int]]
    mentions: dict          # sentence index -> its mentions
    times: dict             # sentence index -> its time expressions
    claimed: list = field(default_factory=list)   # (sentence index, mention) of places claims were about

    def sent(self, i: int) -> str:
        a, b = self.sentences[i]
        return self.text[a:min(b, a + MAX_SENTENCE_CHARS)]

    def mentions_of(self, i: int) -> list[_Mention]:
        if i not in self.mentions:
            self.mentions[i] = _mentions(self.sent(i))
        return self.mentions[i]

    def times_of(self, i: int) -> list[TimeExpr]:
        if i not in self.times:
            self.times[i] = find_time_expressions(self.sent(i), self.published)
        return self.times[i]


def _antecedent(state: _State, idx: int, before: int = 0) -> _Mention | None:
    """What "the town" or "It" stands for: a place named earlier in its own sentence ("captured Toretsk, but
    Kyiv denied the city had fallen"), else the place a recent sentence opened with, else the last one named."""
    same = [m for m in state.mentions_of(idx) if m.end <= before and (m.place is not None or not m.candidates)]
    if same:
        return same[-1]
    for i in range(idx - 1, max(-1, idx - 7), -1):
        ms = [m for m in state.mentions_of(i) if m.place is not None or not m.candidates]
        lead = state.sent(i)[:ms[0].start].strip(" \"\u201c") if ms else None
        if ms and lead == "":
            return ms[0]
    recent = [m for i in range(idx - 1, max(-1, idx - 4), -1) for m in reversed(state.mentions_of(i))]
    # "Ukraine troops withdraw from Avdiivka" (title) ... "since they seized Bakhmut" ... "withdraw from the city":
    # the place the article is about, when the recent sentences name it, before a place named in passing
    topic = {place_key(m.raw) for m in _mentions(state.title)} if state.title else set()
    if recent:
        return next((m for m in recent if place_key(m.raw) in topic), recent[0])
    # no place in the last sentences: the topic place, if the article has named it lately
    older = [m for i in range(idx - 4, max(-1, idx - 9), -1) for m in reversed(state.mentions_of(i))]
    found = next((m for m in older if place_key(m.raw) in topic), None)
    if found is None and idx <= 2 and state.title and not older:
        # "Russia claims capture of Chasiv Yar" (title) / "... said its forces had liberated the town" (lede): an
        # article that has named no place yet speaks of the one place its title names
        named = [m for m in _mentions(state.title) if m.place is not None]
        if len({m.place.place_id for m in named}) == 1:
            found = named[0]
    return found


def _context_regions(state: _State, idx: int, sent: str, m: _Mention) -> list[str]:
    """Regions the sentence and the ones before it speak of, nearest first (for shared or unknown names);
    not the name itself ("the village of Rivne" is not in Rivne Oblast for saying so)."""
    out: list[str] = [r for a, b, r in find_regions(sent) if b <= m.start or a >= m.end]
    out += [m.place.oblast for m in state.mentions_of(idx) if m.place is not None]
    for i in range(idx - 1, max(-1, idx - 6), -1):
        out += [r for _, _, r in reversed(find_regions(state.sent(i)))]
    if state.title:
        out += [r for _, _, r in find_regions(state.title)]
    return [r for r in dict.fromkeys(out) if r not in ("Ukraine", "Russia", "Ukraine~")]


def _resolve(state: _State, idx: int, sent: str, m: _Mention) -> tuple[Place | None, str | None]:
    if m.place is not None:
        return m.place, m.place.oblast
    regions = _context_regions(state, idx, sent, m)
    for r in regions:
        hit = [p for p in m.candidates if p.oblast == r]
        if len(hit) == 1:
            return hit[0], r
    return None, regions[0] if regions else None


# ----------------------------------------------------------------------------- main

def extract_place_claims(article: ArticleText, statements: list[Statement] | None = None) -> list[PlaceClaim]:
    text = article.text or ""
    if not text.strip() or not looks_english(text):
        return []
    pub = article.published_at
    published = pub.date() if isinstance(pub, datetime) else (pub if isinstance(pub, date) else date.today())
    state = _State(text=text, published=published, statements=list(statements or []), title=article.title,
                   sentences=[(s.start, s.end) for s in split_sentences(text)], mentions={}, times={})
    out: list[PlaceClaim] = []
    seen: set[tuple] = set()
    repeated: dict[tuple, int] = {}
    told: list[tuple[int, PlaceClaim]] = []
    for idx in range(len(state.sentences)):
        own = _sentence_claims(state, idx)
        state.claimed += [(idx, _Mention(0, 0, c.place_raw, default_gazetteer().get(c.place_id) if c.place_id else None,
                                         held_by=c.controller)) for c in own if c.stance == "asserted"]
        told += [(idx, c) for c in own]
        for claim in own + _denials_of_told(state, idx, told):
            key = (claim.claimant, place_key(claim.place), claim.controller, claim.stance)
            # a sentence repeated word for word (a standfirst restating the lede) tells its claim once
            again = (claim.evidence, place_key(claim.place), claim.controller, claim.stance)
            if key not in seen and repeated.get(again, claim.char_start) == claim.char_start:
                seen.add(key)
                repeated.setdefault(again, claim.char_start)
                out.append(claim)
    return out


def _sentence_claims(state: _State, idx: int) -> list[PlaceClaim]:
    sent = state.sent(idx)
    cues = find_cues(sent)
    if not cues or sent.rstrip().rstrip("\"\u201d'").endswith("?"):
        return []
    mentions = state.mentions_of(idx)
    s0 = state.sentences[idx][0]
    out: list[PlaceClaim] = []
    for cue in cues:
        if hypothetical(sent, cue) or _PARTIAL_ADVERB.search(sent, max(0, cue.start - 40), cue.start):
            continue
        governed = cue_places(sent, cue, mentions)
        if cue.implicit and cue.mode == "object":
            ant = _antecedent(state, idx, cue.start)
            governed = [_Mention(cue.start, cue.end, ant.raw, ant.place, ant.candidates, anaphor=True)] if ant else []
        elif not any(m.start < cue.start for m in governed) if cue.mode == "subject" else not governed:
            ant = _anaphor_for(state, idx, sent, cue)
            governed = ([ant] if ant else []) + governed
        if not governed and idx + 1 < len(state.sentences) and (
                _KIND_PLURAL_SUBJECT.search(sent, max(0, cue.start - 60), cue.start)
                or cue.mode == "object" and _KIND_PLURAL_OBJECT.match(sent, cue.end)):
            governed = _named_next(state, idx + 1)
        st = _statement_for(s0 + cue.start, state.statements) or local_attribution(sent, cue, s0) \
            or repeated_statement(state.statements, sent, s0)
        denier = _denier_side(sent, cue) if cue.denied else None
        if denier is not None and (st is None or st.speaker_side != denier):
            # "Moscow said it took Toretsk, but Ukraine's military denied the city had been captured": the
            # denial is the named side's own, not the speaker's whose statement the sentence began with
            st = None
        if cue.denied and (st is None or st.speaker_side not in ("Ukraine", "Russia")):
            # "Ivan Petrenko, a spokesman for the southern forces, rejected the claim that ...": the speaker who is
            # the denial verb's subject is the claimant, and his side the denier's
            deny = list(_DENY_BEFORE.finditer(sent, 0, cue.start))
            found = (speaker_in_subject(state.statements, state.sentences[idx], sent, deny[-1].start())
                     or denier_attribution(sent, deny[-1].start(), s0)) if deny else None
            if found is not None and found.speaker_side in ("Ukraine", "Russia") and denier in (None, found.speaker_side):
                st, denier = found, found.speaker_side
        claimant_side = st.speaker_side if st and st.speaker_side in ("Ukraine", "Russia") else denier
        controller = _near_controller(sent, cue) or _controller(sent, cue, claimant_side)
        author = claim_author_side(sent, cue) if cue.denied and cue.mode == "object" else None
        if author:
            controller = _other(author) if cue.action == "withdrew" else author
        if cue.side_subject:
            # "Ukrainian forces had abandoned the town" (not "civilians left the town"): the side left it
            lo = max([0] + [b.end() for b in _SUBJ_START.finditer(sent, 0, cue.start)])
            side = _scan_subject(sent, lo, cue.start, claimant_side)
            controller = _other(side) if side else None
        if controller is None and claimant_side is None:
            controller = _pronoun_controller(state, idx, sent, cue)
        if cue.participle:
            controller = claimant_side or _scan_subject(sent, 0, cue.start, None)
        if controller is None:
            controller = _freed_by(state, idx, sent, cue)
        if controller is None and cue.participle and governed and governed[0].held_by:
            controller = governed[0].held_by     # "the retaken village": retaken by whoever the claim said
        if controller is None:
            continue
        if cue.background:
            st = None    # ", which Russia captured in May": the article's background, not the speaker's claim
        source = claim_source(sent, cue) if cue.denied else None
        for m in governed:
            if PARTIAL_BEFORE.search(sent, max(0, m.start - 40), m.start):
                continue
            place, region = _resolve(state, idx, sent, m)
            held = controller
            if controller == "country":
                # a place freed is freed by its own country: the gazetteer's, or that of every place of the name
                # ("Novoselivka" lies in several oblasts, all of them Ukrainian); a name the gazetteer lacks takes
                # the country of the places listed with it
                countries = {place.country} if place else {c.country for c in m.candidates} or {
                    g.place.country for g in governed if g.place is not None}
                held = countries.pop() if len(countries) == 1 else None
                if held not in ("Ukraine", "Russia"):
                    continue
            out.append(PlaceClaim(
                place=place.name if place else m.raw, place_raw=m.raw, place_id=place.place_id if place else None,
                region=region, controller=held,
                stance="denied" if cue.denied else "asserted",
                action=cue.action, as_of=_as_of(state, idx, sent, cue, m, mentions, st, governed),
                evidence=sent.strip(), char_start=s0, char_end=s0 + len(sent),
                claimant=st.speaker if st else None, claimant_actor_id=st.actor_id if st else None,
                claimant_side=st.speaker_side if st else None,
            ))
            if source is not None:
                # "denied claims made by X that Russian forces captured P": X's claim is told too, asserted
                out.append(replace(out[-1], stance="asserted", claimant=source[0], claimant_actor_id=source[1],
                                   claimant_side=source[2]))
    return out


# a denial that points back at a claim told before: "Ukraine's command dismissed the claim", "Prigozhin's claim
# “is not true”", "the city Moscow claimed to have captured, which Kyiv denies"
_DENY_REF = re.compile(
    r"\b(?:den(?:y|ied|ies|ying)|dismiss\w*|reject\w*|refut\w*|disput\w*)\s+(?:(?:the|this|that|these|those|such|"
    r"its|their|[A-Z][\w\u2019'-]+['\u2019]s)\s+)?(?:[\w-]+\s+)?(?:claims?|reports?|assertions?|statements?|narrative|"
    r"allegations?|announcements?)\b|"
    r"\bclaims?[\s\"\u201c\u201d']{1,4}(?:is|was|are|were)\s+(?:not\s+true|untrue|false|fake|a\s+lie|baseless|groundless)|"
    r"(?P<post>,\s+(?:which|something|a\s+claim)\s+(?:[\w'\u2019-]+\s+){1,3}(?:denies|denied|rejects|rejected|disputes|"
    r"disputed)\b|,?\s+but\s+(?:[\w'\u2019-]+\s+){1,3}(?:denied|rejected|disputed)\s+(?:it|this|that)(?=\s*[.;,]|$))")
DENY_LOOKBACK = 8        # sentences back to the claim a denial points at


def _denials_of_told(state: _State, idx: int, told: list[tuple[int, PlaceClaim]]) -> list[PlaceClaim]:
    """Denied copies of the latest capture claims told before ``idx``'s denial (or earlier in its sentence),
    when the sentence denies no place of its own."""
    sent = state.sent(idx)
    ref = _DENY_REF.search(sent)
    if ref is None or sent.rstrip().endswith("?") or any(i == idx and c.stance == "denied" for i, c in told):
        return []
    s0 = state.sentences[idx][0]
    # ", which Kyiv denies" points at the clause just before it, in its own sentence
    back = 0 if ref.group("post") else DENY_LOOKBACK
    earlier = [(i, c) for i, c in told if idx - back <= i <= idx and c.stance == "asserted"
               and c.action in ("captured", "liberated") and (i < idx or c.char_start <= s0 + ref.start())]
    if not earlier:
        return []
    st = _statement_for(s0 + ref.start(), state.statements)
    # a side does not deny its own gains: "Kyiv dismissed the claim" points at Russia's
    # ", which Ukrainian forces denied" names its denier; else the speaker, else the sentence's subject
    denier = (ref.group("post") and _scan_subject(sent, ref.start(), ref.end(), None)) or (
        st.speaker_side if st and st.speaker_side in ("Ukraine", "Russia") else _scan_subject(sent, 0, ref.start(), None))
    earlier = [(i, c) for i, c in earlier if c.controller != denier]
    if not earlier:
        return []
    last = max(i for i, _ in earlier)
    if ref.group("post"):
        # ", which Ukrainian forces denied": the denier the clause names (an actor we know), not the speaker
        actor = actor_before(sent, re.search(r"\s+\w+$", ref.group("post")).start() + ref.start())
        st = statement_of(actor, s0, sent) if actor else None
    # ", which Kyiv denies" (present) holds as of its telling; "dismissed the claim" answers the claim, of its date
    spoken = [t.date for t in state.times_of(idx) if t.speech and t.kind == "point" and t.date]
    now = (spoken[0] if spoken else state.published) if ref.group("post") else None
    return [replace(c, stance="denied", as_of=now or c.as_of, claimant=st.speaker if st else None,
                    claimant_actor_id=st.actor_id if st else None, claimant_side=st.speaker_side if st else None,
                    evidence=sent.strip(), char_start=s0, char_end=s0 + len(sent)) for i, c in earlier if i == last]


# ----------------------------------------------------------------------------- linking

_BLOCK = re.compile(
    r"\b(?:near|nearby|(?<!in and )around(?!\s+\d)|outskirts|towards?|outside|beyond|approach(?:es)?|close\s+to|"
    r"direction|from|(?:north|south|east|west)(?:east|west)?(?:ern)?\s+of|[nsew]{1,2}\s+of|km\s+of|miles?\s+of|"
    r"front\s+of|into|entered|encircl\w*|attack\w*|advanc\w*|push\w*|assault\w*|fight\w*|battle\s+for|streets?\s+of)\b",
    re.I)
_OBJ_END = re.compile(
    r"[;:()\[\]\u2014\u2013\"\u201c\u201d]|\s-\s|\.(?:\s|$)|,\s+(?:which|where|who|while|as|but|a\s+day|according)\b|"
    r"\s(?:but|while|whereas|because|after|before|although|though|said|says|according|when|amid)\b|"
    r"\s+and\s+(?:are|is|was|were|have|has|had|pushed|pushing|continu\w*|made|moved|shift\w*|urged)\b", re.I)
# a parenthesis is not a clause start: "Russian troops on Wednesday (Oct 2) took charge of ..."
_SUBJ_START = re.compile(
    r"[;:\u2014\u2013\"\u201c\u201d]|\.\s|\b(?:that|said|says|after|because|while|but|when|although)\b", re.I)
# what may stand between a verb and its first place: "the small town of", "the villages of", "the"
# (a verb in quotes first: Russia's ministry says it “liberated” the village of X)
# (not through a locative: "a village outside the city of X" is not X)
_FIRST_GAP = re.compile(
    r"[\"\u201d\u2019']?\s*(?:(?:the|a|an|[A-Z][\w-]+['\u2019]s)\s+"
    r"(?:(?!(?:outside|near|of|from|in|at|by|beyond|north|south|east|west)\b)[\w'\u2019-]+\s+){0,3}?"
    r"(?:towns?|villages?|cit(?:y|ies)|settlements?|localit(?:y|ies)|"
    r"hamlets?|communit(?:y|ies)|districts?|strongholds?|bastions?|hubs?|outposts?|fortress(?:es)?)\s+of\s+|(?:the|a)\s+)?",
    re.I)
# ... or a holding described by its area, then "including the cities of"
_WIDE_GAP = re.compile(r"\bincluding\b|\b(?:sq|square)\b|\bkm2?\b|\bkilomet|\barea\b|\bterritory\b", re.I)
_LIST_GLUE = re.compile(
    r"\s*(?:,\s*(?:and\s+)?|,?\s+and\s+|,?\s+as\s+well\s+as\s+)(?:the\s+(?:[\w-]+\s+){0,2}?"
    r"(?:towns?|villages?|cit(?:y|ies)|settlements?)\s+of\s+)?", re.I)
_COUNTED_LIST = re.compile(
    r"\s*(?:two|three|four|five|six|\d+)\s+(?:[\w-]+\s+)?(?:cities|towns|villages|settlements)\b[^\u2014:.;]{0,60}?"
    r"\s*(?:[\u2014:]|\s-\s)\s*|"
    r"\s*(?:two|three|four|five|six|\d+)\s+(?:[\w-]+\s+)?(?:cities|towns|villages|settlements),\s+(?=[A-Z])", re.I)
_TIME_IN = re.compile(r"\s+in\s+(?:early\s+|late\s+|mid-)?(?:[A-Z][a-z]+\.?|\d{4})(?:\s+\d{4})?")
# (a restrictive one too: "the city of Kupiansk that Moscow claimed to have captured")
_RELATIVE = re.compile(r"(?:,\s+|\s+)(?:which|that)\s+(?:[\w'\u2019-]+\s+){0,5}$", re.I)
# "Kupiansk, a front-line hub that Russia seized early on and Kyiv recaptured in 2022": the relative clause
# describes the place through its apposition, and may join two verbs
_APPOSED_RELATIVE = re.compile(r",\s+(?:(?:a|an|the)\s+(?:[\w'\u2019-]+\s+){0,4}?)?(?:which|that)\s", re.I)


def _relative_after_apposition(sent: str, cue: Cue) -> re.Match | None:
    rel = None
    for rel in _APPOSED_RELATIVE.finditer(sent, max(0, cue.start - 120), cue.start):
        pass
    if rel is None or re.search(r"[,;:.\u2014()]", sent[rel.end():cue.start]) or len(sent[rel.end():cue.start].split()) > 12:
        return None
    return rel


# Moscow's own words and units: "Russian-installed officials", "units of the Battlegroup Centre", "in the DPR"
_RUSSIAN_VOICE = re.compile(
    r"\b(?:Russian|Moscow|Kremlin)-(?:installed|backed|appointed)\s+(?:officials?|authorit|head|leader|governor|"
    r"administration)|\b(?:Battle)?groups?\s+(?:of\s+forces\s+)?(?:Cent(?:er|re)|South|East|West|North|Dnepr|Dnieper|"
    r"Vostok|Zapad|Tsentr|Yug|Sever)\b|\b(?:Cent(?:er|re)|South|East|West|North|Dnepr|Vostok|Zapad|Tsentr|Yug|Sever)\s+"
    r"(?:Battle)?group\b|(?:Donetsk|Luhansk|Lugansk)\s+People['\u2019]s\s+Republic|\b[DL]PR\b", re.I)


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


def cue_places(sent: str, cue: Cue, mentions: list[_Mention]) -> list[_Mention]:
    """The place mentions ``cue`` governs in ``sent`` (may set ``cue.background``)."""
    if cue.mode == "object":
        start = cue.end
        if _closing_quote(sent, start):
            start += 1               # "liberated" in quotes: the object follows the closing mark
        counted = _COUNTED_LIST.match(sent, cue.end) or (
            _KIND_PLURAL_BEFORE.search(sent, 0, cue.start) and _DASH_LIST.match(sent, cue.end))
        if counted:
            # "captured two cities in the Donetsk region — Chasiv Yar and Toretsk", "the villages liberated on
            # Sunday — A, B and C"
            start = counted.end()
        m_end = _OBJ_END.search(sent, start)
        hi = min(m_end.start() if m_end else len(sent), start + OBJECT_WINDOW)
        out, pos, glue = [], start, ""
        for m in mentions:
            if m.start < start or m.start >= hi:
                continue
            gap = sent[pos:m.start]
            if not out:
                tail = re.split(r"\bincluding\b|,", gap)[-1]    # "... sq km of the region, including the cities of"
                ok = bool(_FIRST_GAP.fullmatch(gap)) or (bool(_WIDE_GAP.search(gap)) and not _BLOCK.search(tail))
            else:
                if _names_oblast_of(out[-1], m) and re.fullmatch(r",\s*", gap):
                    pos = m.end      # "seized Vuhledar, Donetsk, on Wednesday": the oblast that locates it
                    continue
                ok = bool(_LIST_GLUE.fullmatch(_TIME_IN.sub("", gap)))
                glue = gap
            if not ok:
                if out:
                    break
                continue
            out.append(m)
            pos = m.end
        if cue.single and len(out) > 1 and not re.search(r"\band\b", glue):
            # "the capture of Avdiivka, Bakhmut's neighbour": an apposition, not a list; "the recapture of
            # A, B and C" is a list, closed by its "and"
            out = out[:1]
        if not out:
            # "announced the capture of a village outside Kupiansk named Radkivka"
            lead = _KIND_LEAD.match(sent, start)
            named = _KIND_NAMED.match(sent, lead.end()) if lead else None
            if named and not _OBJ_END.search(sent, start, named.start("n")):
                out = [m for m in mentions if m.start == named.start("n")][:1]
        if not out and _PARTICIPLE.fullmatch(sent, cue.start, cue.end):
            out = _list_before_participle(sent, cue, mentions)
            by = _BY_AGENT.match(sent, cue.end) if out else None
            if by:
                cue.agent = by.group("who")
        if not out:
            for rel in (_RELATIVE.search(sent, 0, cue.start), _relative_after_apposition(sent, cue)):
                ante = [m for m in mentions if m.end <= rel.start() and sent[m.end:rel.start()].strip() == ""] if rel else []
                if ante:
                    cue.background = True
                    return ante[-1:]
        return out
    if cue.mode == "beside":
        after = [m for m in mentions if cue.end <= m.start <= cue.end + 40 and not _OBJ_END.search(sent, cue.end, m.start)]
        if cue.participle:
            # "the liberated city of Izium", "over liberated Vuhledar" (not "the captured soldiers were taken to X")
            after = [m for m in after if _PARTICIPLE_GAP.fullmatch(sent, cue.end, m.start)]
            return after[:1]
        before = [m for m in mentions if m.end <= cue.start and re.fullmatch(r",\s+(?:a|an|the)\s+", sent[m.end:cue.start])]
        out = (after or before)[:1]
        if after:
            # "Russian-occupied Tokmak and Melitopol": the adjective covers the list it heads
            for m in mentions:
                if m.start > out[-1].end and re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|,?\s+and\s+)", sent[out[-1].end:m.start]):
                    out.append(m)
        return out
    # subject: the list just before the cue, within its clause ("X had been “liberated”": not the quote's clause)
    lo = 0
    for b in _SUBJ_START.finditer(sent, 0, cue.start - 1 if sent[cue.start - 1:cue.start] in "\"\u201c\u2018'" else cue.start):
        lo = b.end()
    before = [m for m in mentions if lo <= m.start and m.end <= cue.start]
    # "the biggest town to fall to Russia since Bakhmut in May 2023": the earlier fall is told too
    since = [m for m in mentions if cue.since_too and re.fullmatch(r"\s+since\s+", sent[max(0, m.start - 7):m.start])
             and m.start > cue.end] if cue.since_too else []
    if not before or cue.start - before[-1].end > SUBJECT_GAP:
        return since
    gap = sent[before[-1].end:cue.start]
    relative = bool(_RELATIVE.search(gap + " ") or re.search(r",\s+(?:which|that)\b", gap))
    if relative or re.fullmatch(r"\s+(?:which|that)\s+(?:is|was|remains|remained)\s+(?:still\s+)?", gap):
        # "the town of Sudzha which is under Kyiv's control": the clause describes the place, in the article's
        # voice, wherever the place itself is ("near the town of")
        cue.background = True
        relative = True
    out = [before[-1]]
    for m in reversed(before[:-1]):
        if not re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|and\s+)", sent[m.end:out[0].start]):
            break
        out.insert(0, m)
    if not relative and _BLOCK.search(sent[max(lo, out[0].start - 30):out[0].start]):
        return since
    return out + since


# a past participle after the places it tells of: "the cities of Izium, Kupiansk and Balakliia, retaken",
# "declaring Staromaiorske liberated"
_PARTICIPLE = re.compile(r"(?:liberated|freed|retaken|recaptured|captured|seized|taken)\s*", re.I)
_DECLARE_BEFORE = re.compile(r"\b(?:declar|pronounc|proclaim|announc|consider|deem)\w*\s+(?:the\s+)?$", re.I)
_KINDS_PLURAL = r"(?:villages|towns|settlements|cities|localities)"   # a list's head noun, before or after it
_KIND_PLURAL_BEFORE = re.compile(r"\b" + _KINDS_PLURAL + r"\s+(?:[a-z]+ly\s+)?$", re.I)
_DASH_LIST = re.compile(r"[^.;:\u2014\u2013]{0,30}?\s*(?:[\u2014\u2013:]|\s-\s)\s*")


_PARTICIPLE_GAP = re.compile(r"\s+(?:(?:[a-z]+\s+){0,2}(?:city|town|village|settlement)\s+of\s+)?")


def _list_before_participle(sent: str, cue: Cue, mentions: list[_Mention]) -> list[_Mention]:
    before = [m for m in mentions if m.end <= cue.start]
    if not before:
        return []
    last = before[-1]
    gap = sent[last.end:cue.start]
    out = [last]
    for m in reversed(before[:-1]):
        if not re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|,?\s+and\s+)", sent[m.end:out[0].start]):
            break
        out.insert(0, m)
    if re.fullmatch(r"\s*,\s*", gap) or (re.fullmatch(r"\s+", gap) and _DECLARE_BEFORE.search(sent, 0, out[0].start)):
        return out
    return []


# "a number of large cities remain under enemy occupation. I'm talking about A, B and C": the next sentence names them
_KIND_PLURAL_SUBJECT = re.compile(r"\b" + _KINDS_PLURAL + r"\s+(?:[a-z]+\s+){0,3}$", re.I)
_KIND_PLURAL_OBJECT = re.compile(r"\s*(?:[\w-]+\s+){0,2}" + _KINDS_PLURAL + r"\b", re.I)
_NAMING_START = re.compile(
    r"\s*[\"\u201c]?(?:I['\u2019]m\s+talking\s+about|I\s+mean|(?:These|They)\s+(?:are|were|include[sd]?)|"
    r"Among\s+them\s+(?:are|were)|Namely|They\s+are\s+called)\s*:?\s+", re.I)


def _named_next(state: _State, nxt: int) -> list[_Mention]:
    sent = state.sent(nxt)
    start = _NAMING_START.match(sent)
    if start is None:
        return []
    out: list[_Mention] = []
    pos = start.end()
    for m in state.mentions_of(nxt):
        if m.start < pos:
            continue
        if m.start != pos and not _LIST_GLUE.fullmatch(sent[pos:m.start]):
            break
        out.append(m)
        pos = m.end
    return out


def _anaphor_for(state: _State, idx: int, sent: str, cue: Cue) -> _Mention | None:
    """"Russian troops captured the town in April" / "It is the biggest town to fall": the antecedent."""
    if cue.mode == "object":
        it = re.compile(r"\s*(?:back\s+)?(it)\b(?!['\u2019]s)").match(sent, cue.end)
        if it is not None and any(x.place is not None for x in state.mentions_of(idx) if x.end <= cue.start):
            # "which Russia first seized in 2022 before Ukrainian forces retook it": the place named before
            ant = next(x for x in reversed(state.mentions_of(idx)) if x.end <= cue.start and x.place is not None)
            return _Mention(it.start(1), it.end(1), ant.raw, ant.place, ant.candidates, anaphor=True)
        m = _ANAPHOR.search(sent, cue.end, min(len(sent), cue.end + 60))
        if m is None or _BLOCK.search(sent, cue.end, m.start()):
            return None
    elif cue.participle:
        # "said the retaken village lies on the border": the place spoken of
        m = re.compile(r"\s+(?:[a-z]+\s+){0,2}(?:city|town|village|settlement)\b(?!\s+of\b)").match(sent, cue.end)
        # "the retaken village" is one a claim was made about, lately
        ant = next((x for i, x in reversed(state.claimed) if idx - i <= 8), None) if m else None
        if ant is None:
            return None
        return _Mention(m.start(), m.end(), ant.raw, ant.place, ant.candidates, anaphor=True, held_by=ant.held_by)
    elif cue.mode == "subject":
        m = None
        for m in _ANAPHOR.finditer(sent, max(0, cue.start - SUBJECT_GAP), cue.start):
            pass
        if m is not None and (_BLOCK.search(sent, max(0, m.start() - 30), m.start())
                              or PARTIAL_BEFORE.search(sent, max(0, m.start() - 40), m.start())):
            return None      # "villages near the key town remained under Kyiv's control": not the town itself
        it = re.search(r"\bit\s+(?:had\s+|has\s+|have\s+|was\s+|is\s+)?(?:been\s+|already\s+)?$", sent[:cue.start])
        if m is None and it is not None and any(x.place is not None for x in state.mentions_of(idx) if x.end <= it.start()):
            # "remain in Vovchansk, rejecting claims it had fallen": the place named before in the sentence
            ant = next(x for x in reversed(state.mentions_of(idx)) if x.end <= it.start() and x.place is not None)
            return _Mention(it.start(), it.start() + 2, ant.raw, ant.place, ant.candidates, anaphor=True)
        if m is None:
            m = _IT_START.match(sent)
            if m is None or cue.start - m.end() > SUBJECT_GAP:
                return None
    else:
        return None
    ant = _antecedent(state, idx, m.start())
    if ant is None:
        return None
    return _Mention(m.start(), m.end(), ant.raw, ant.place, ant.candidates, anaphor=True)


_OWNER_AFTER = re.compile(r"\s*(?:the\s+)?(Ukraine|Kyiv)['\u2019]s\s", re.I)


def _controller(sent: str, cue: Cue, claimant_side: str | None) -> str | None:
    """The side that holds the place after the event the cue tells."""
    actor = cue.agent_side(claimant_side)
    if actor is None and cue.mode != "beside":
        lo = 0
        for b in _SUBJ_START.finditer(sent, 0, cue.start):
            lo = b.end()
        if cue.passive_loser:
            actor = _other(_scan_subject(sent, lo, cue.start, claimant_side))
        elif cue.mode == "object":
            actor = _scan_subject(sent, lo, cue.start, claimant_side)
    if actor is None and cue.default_side:
        actor = cue.default_side     # "X fell": in this war's reporting, to Russian forces unless told
    if actor is None and cue.action == "liberated" and cue.mode == "object" and not claimant_side:
        # "the liberation of Ukraine's southern city of Kherson": a place freed is freed by its own country
        owner = _OWNER_AFTER.match(sent, cue.end)
        actor = "Ukraine" if owner and owner.group(1).lower() in ("ukraine", "kyiv") else actor
    if actor is None and cue.mode != "beside":
        # "we have liberated", "its forces captured", a nominal "the liberation of X", an agentless passive:
        # the claimant's own side did it (and a denial denies the other side's capture)
        actor = _other(claimant_side) if cue.denied and cue.mode != "object" or cue.denied and cue.nominal \
            else claimant_side
    if actor not in ("Ukraine", "Russia"):
        return None
    return _other(actor) if cue.action == "withdrew" else actor


# "with Russian troops reportedly capturing X": a side word right before the verb is its subject, even after "with"
_JUST_BEFORE = re.compile(r"(?:['\u2019]s)?(?:\s+(?:armed\s+)?(?:forces|troops|army|units|military|soldiers|fighters))?"
                          r"\s+(?:(?:[a-z]+ly|have|has|had|now|also|then|already|still)\s+){0,2}", re.I)
# a subject that only points back: "they captured X", "its forces took X", "after capturing X" (the clause's subject)
_POINTER_SUBJECT = re.compile(
    r"(?:\b(?:they|it)\s+|\b(?:its|their)\s+(?:own\s+)?(?:forces|troops|units|army|military|soldiers)\s+|"
    r"\b(?:after|since|before|following)\s+)(?:(?:[a-z]+ly|have|has|had|now|also|then|first|still)\s+){0,2}$", re.I)


def _side_words(s: str):
    return [m for m in _lex().side.finditer(s) if not m.group("possessive_pronoun") and not m.group("first_person")
            and not m.group("enemy")]


_OTHER_CLAUSE = re.compile(r"\b(?:while|whereas|after|as|when|since|before|until|once|because|from|of)\b", re.I)


def _freed_by(state: _State, idx: int, sent: str, cue: Cue) -> str | None:
    """The side of a freeing or retaking told with no subject of its own ("the liberated city of Izium", "these
    villages liberated Sunday", "the recapture of X"): Moscow when its own words or people speak ("Russian-installed
    officials", a quoted “liberated”, "Battlegroup Centre", "the DPR"), else the sentence's subject side (a
    subject before a prepositional object: "Ukrainian troops retook X from Russian forces"), else any side it
    names, else the previous sentence's subject, else (for "liberated") the place's own country. Not when a
    named agent is there to say who ("liberated by units of the West group")."""
    recapture = cue.nominal and re.match(r"(?:recapture|liberation)\b", sent[cue.start:cue.end], re.I)
    if not (cue.participle or cue.action == "liberated" or recapture) or cue.denied or cue.agent:
        return None
    if _RUSSIAN_VOICE.search(sent) or (_closing_quote(sent, cue.end) and cue.action == "liberated"):
        return "Russia"
    # a side named after the cue in a clause of its own ("... liberated X, while Russians in the area were
    # surrounded", "the newly liberated city of X after Russian forces retreated", "liberated from Russian forces")
    # is the one that lost it, not the one that freed it
    named = [m for m in _side_words(sent) if m.end() <= cue.start or not _OTHER_CLAUSE.search(sent, cue.end, m.start())]
    prev = state.sent(idx - 1) if idx > 0 else ""
    other = _OTHER_CLAUSE.search(sent, cue.end)
    return _scan_subject(sent, 0, other.start() if other else len(sent), None) \
        or (_side_of_match(named[-1], None) if named else None) \
        or _scan_subject(prev, 0, len(prev), None) or ("country" if cue.action == "liberated" else None)


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


def _pronoun_controller(state: _State, idx: int, sent: str, cue: Cue) -> str | None:
    """The side for a cue whose subject is a pronoun ("they captured", "its forces hold", "after capturing"):
    the nearest side named before it in the sentence, else the last one the previous sentence named."""
    if cue.mode != "object" or cue.denied or cue.implicit or cue.nominal and cue.action != "withdrew":
        return None
    before = sent[:cue.start]
    # "said it had ordered a pullback from the town": the pronoun is the subject of the verb that governs the noun
    ordered = cue.nominal and re.search(r"\b(?:it|they)\s+(?:had\s+|has\s+|have\s+)?(?:[a-z]+ed)\s+(?:a|an|the|its|their)\s+$",
                                        before)
    if not ordered and (cue.nominal or not _POINTER_SUBJECT.search(before[-60:])):
        return None
    hits = _side_words(before) or (_side_words(state.sent(idx - 1)) if idx > 0 else [])
    side = _side_of_match(hits[-1], None) if hits else None
    return _other(side) if side and cue.action == "withdrew" else side


def _denier_side(sent: str, cue: Cue) -> str | None:
    deny = None
    for deny in _DENY_BEFORE.finditer(sent, 0, cue.start):
        pass
    if deny is None:
        return None
    end = subject_end(sent, deny.start())
    lo = 0
    for b in re.finditer(r"[;,:\u2014]|\bbut\b|\band\b", sent[:end]):
        lo = b.end()
    return _scan_subject(sent, lo, end, None)


# ----------------------------------------------------------------------------- dates

_SAME_TIME = re.compile(r"\s*(?:At\s+the\s+same\s+time|Meanwhile|Then|That\s+year|That\s+month)\b", re.I)


def _time_date(t: TimeExpr) -> date | None:
    if t.kind in ("point", "interval"):
        return t.date
    if t.kind == "since" and t.date is not None:
        # "held since August": a month named alone dates the claim to the month's end
        return month_end(t.date.year, t.date.month) if not re.search(r"\d{1,2}(?!\d)", re.sub(r"\d{4}", "", t.text)) else t.date
    return None


_MONTH_ONLY = re.compile(r"^(?:in\s+|on\s+|by\s+)?(?:early\s+|late\s+|mid-?)?[A-Z][a-z]+\.?$")


def _in_sentence_year(times: list[TimeExpr], t: TimeExpr, published: date) -> date | None:
    """"took Lyman in May 2022; Ukraine won it back in October": a month named alone takes the year the sentence
    named before it, not the latest one before publication."""
    d = _time_date(t)
    if d is None or t.kind not in ("point", "interval") or not _MONTH_ONLY.match(t.text.strip()):
        return d
    years = [x for x in times if x.start < t.start and x.date is not None and re.search(r"\b(?:19|20)\d\d\b", x.text)]
    if not years or years[-1].date.year == d.year:
        return d
    prev = years[-1].date
    for y in (prev.year, prev.year + 1):
        # a sequence runs forward: "Avdiivka in February 2024, Vuhledar in October and Kurakhove in January"
        cand = month_end(y, d.month) if d == month_end(d.year, d.month) else d.replace(year=y)
        if cand >= prev:
            return cand if cand <= published else d
    return d


def _as_of(state: _State, idx: int, sent: str, cue: Cue, m: _Mention, mentions: list[_Mention],
           st: Statement | None, governed: list[_Mention] | None = None) -> date:
    times = [t for t in state.times_of(idx) if _time_date(t) is not None]
    bound = {}
    for t in times:
        owner = next((x for x in mentions if 0 <= t.start - x.end <= 3), None)
        if owner is not None:
            bound[id(t)] = owner
    own = [t for t in times if bound.get(id(t)) is not None and bound[id(t)].start == m.start]
    if not own and governed and cue.mode == "object" and not m.anaphor and any(g is m for g in governed):
        # "won back Izium and Balakliia in September 2022": the date after a list is every member's
        own = [t for t in times if bound.get(id(t)) is not None and bound[id(t)].start == governed[-1].start]
    if own:
        return _in_sentence_year(times, own[0], state.published)
    lo = 0
    # "seized in May 2022 before Ukrainian forces retook it in October": "before" opens the second event's clause
    for b in re.finditer(_SUBJ_START.pattern + r"|\bbefore\b", sent[:cue.start], re.I):
        lo = b.end()
    m_end = _OBJ_END.search(sent, cue.end)
    hi = m_end.start() if m_end else len(sent)
    clause = [t for t in times if id(t) not in bound and not t.speech and lo <= t.start < max(hi, m.end + 30)]
    if cue.mode == "beside" and cue.action == "holds":
        clause = []     # "the Russian-held city of X": how things stand as told, not the date of the clause's event
    if clause:
        return _in_sentence_year(times, clause[0], state.published)
    if _SAME_TIME.match(sent) and idx > 0:
        # "In 2022, Ukraine won back ... At the same time, Russian troops were taking Mariupol": the previous date
        prev = [t for t in state.times_of(idx - 1) if not t.speech and _time_date(t) is not None]
        if prev:
            return _time_date(prev[0])
    speech = [t for t in times if t.speech and t.kind == "point"]
    if speech:
        return _time_date(speech[0])
    # "The statement on Saturday said ...", "footage released on 22 August shows ...", "..., a video showed on
    # Thursday": a day in the attribution dates the claim when the clause has none
    told = [t for t in times if t.kind == "point" and id(t) not in bound and (t.start < lo or t.start >= hi)
            and not re.search(r"\b(?:since|until|before|after|by)\s+(?:\w+\s+)?$", sent[max(0, t.start - 12):t.start], re.I)]
    if told:
        return _time_date(told[0])
    if st is not None:
        for other in state.statements:
            if other.speaker == st.speaker and other.sentence_end > other.sentence_start:
                for i, (a, b) in enumerate(state.sentences):
                    if a <= other.sentence_start < b and i != idx:
                        # a date in the frame before a quotation that runs on into this sentence ("On May 3,
                        # the staff said that "... . ..."") dates the speech too
                        a0 = state.sentences[i][0]
                        sp = [t for t in state.times_of(i) if t.kind == "point" and t.date
                              and (t.speech or a0 + t.end <= other.char_start < state.sentences[idx][0] < other.char_end)]
                        if sp:
                            return sp[0].date
    return state.published

