"""Place claims, stage 4: denials.

A cue under "denied", "rejected", "untrue/false/fake" or a negated verb is a denied claim (``place_cues.py``);
here, the side of the denial's subject (``_denier_side``), and denials that point back ("dismissed the
claim", ", which Kyiv denies"): they deny the latest capture told before them, in a copy of that claim
(``_denials_of_told``).
"""
from __future__ import annotations

import re
from dataclasses import replace

from pipelines.extraction.area_claimant import _statement_for
from pipelines.extraction.area_lexicon import UNTRUE
from pipelines.extraction.place_article import _State
from pipelines.extraction.place_attribution import actor_before, denier_attribution, statement_of, subject_end
from pipelines.extraction.place_cues import _DENY_BEFORE, FALSEHOOD, Cue
from pipelines.extraction.records import PlaceClaim
from pipelines.extraction.sides import _other, _scan_subject

# "This is not true", "It does not correspond to reality": a verdict on what was just told
# ("This information is inaccurate", "This claim is incorrect": the noun of what was told between)
_THIS_IS_UNTRUE = (r"(?:This|That|It)(?:\s+(?:information|claim|report|news|statement|data))?\s+(?:(?:is|was)\s+"
                   + UNTRUE + r"|(?:does|did)\s+not\s+correspond\s+to\s+(?:the\s+)?reality)\b")
# a denial that points back at a claim told before: "Ukraine's command dismissed the claim", "Prigozhin's claim
# “is not true”", "the city Moscow claimed to have captured, which Kyiv denies"
# ("cast doubt on the Russian statement", "contradicted the claim": a denial in other words, of a claim noun)
_DOUBT = r"|cast(?:s|ing)?\s+doubts?\s+(?:on|over)"
# places taken, unnamed: "had seized villages in the region", "captured two settlements"
_UNNAMED_TAKEN = re.compile(r"\b(?:seized|captured|taken|took|occupied|liberated|retook|recaptured|retaken)\s+"
                            r"(?:[\w-]+\s+){0,3}?(?:villages|settlements|towns|localities)\b(?!\s+of\b)", re.I)
# the verbs of a denial, in any form ("contradicting" is left out: "contradicting previous claims" tells who did it)
_DENY_VERB = r"den(?:y|ied|ies|ying)|dismiss\w*|reject\w*|refut\w*|disput\w*|debunk\w*|contradict(?:s|ed)?\b"
_DENY_REF = re.compile(
    r"\b(?:" + _DENY_VERB + _DOUBT + r")\s+(?:(?:the|this|that|these|those|such|"
    # ("denied the Russian Defence Ministry's claim": the claim's owner, named in a few words)
    r"its|their|[A-Z][\w\u2019'-]+['\u2019]s)\s+)?(?:[\w\u2019'-]+\s+){0,3}?(?:claims?|reports?|assertions?|statements?|narrative|"
    # ("but the Center for Strategic Communications denied this information")
    # ("denied their falsehoods", "refuted the Russian fake": the claim by the name its denier gives it)
    # ("the Ukrainian Army rejected that version": a translation's word for the claim)
    r"allegations?|announcements?|falsehoods?|fakes?|(?<=this\s)information|(?<=this\s)news|"
    r"(?<=this\s)version|(?<=that\s)version)\b"
    # (not "denied reports of encirclement": reports of something else than a change of hands)
    r"(?!\s+(?:of|about|on)\s+(?>(?:the\s+|an?\s+)?)(?>(?:(?i:Russian|Ukrainian|full|complete)\s+)?)"
    r"(?!(?:capture|seizure|fall|loss|occupation|liberation|takeover|"
    r"withdrawal|retreat|control)\b)[a-z])|"
    # "Governor X later refuted that, saying no territory was lost": a pronoun for what was just told
    # (and where or when it was denied: "denied it during a national telethon", "denied it on Monday")
    r"\b(?:" + _DENY_VERB + r")\s+(?:this|that|it)(?=\s*[,.;]|\s+(?:during|on|in|at|later|shortly|soon|immediately|"
    r"hours|in\s+a)\b)|"
    # "the general staff denied that was the case": the same pronoun, as the subject of a verdict
    r"\b(?:" + _DENY_VERB + r")\s+(?:that\s+)?(?:this|that|it)\s+(?:was|is|had\s+been)\s+(?:the\s+case|true|so)\b|"
    # "Shtupun refutes the capture, stating ...", "deny Wagner's victory": the event told before, by its noun
    r"\b(?:" + _DENY_VERB + r")\s+(?:the|this|that|its|their|"
    r"[A-Z][\w\u2019'-]+['\u2019]s)\s+(?:[\w-]+\s+)?(?:capture|seizure|takeover|fall|victory)\b(?!\s+of\b)|"
    # "The claim was promptly denied by Ukraine": the claim as the passive's subject, its denier the agent
    r"(?P<passive>\b(?i:the|this|that|these|those|such)\s+(?:[\w-]+\s+)?"
    r"(?:claims?|reports?|assertions?|announcements?)\s+"
    r"(?:was|were|has\s+been|have\s+been)\s+(?:\w+ly\s+(?:and\s+\w+ly\s+)?)?(?:denied|rejected|refuted|dismissed|"
    r"disputed|contradicted|debunked)\b"
    r"(?:\s+by\s+(?:the\s+)?(?P<pby>[A-Z][\w'\u2019-]+(?:\s+[a-z]+)?))?)|"
    r"\bclaims?[\s\"\u201c\u201d']{1,4}(?:is|was|are|were)\s+(?:not\s+true|untrue|false|fake|a\s+lie|baseless|groundless)|"
    # a sentence of its own right after the claim: "The enemy claims it has captured X. This is not true."
    r"(?P<this>^\W*" + _THIS_IS_UNTRUE + r")|"
    # the denier's words quoted after the claim in its own sentence: '..., but X said: "This does not correspond to reality."'
    r"(?P<said>\b(?:said|says|stated|told\s+\w+):?\s*[\"\u201c]\s*" + _THIS_IS_UNTRUE + r")|"
    r"(?P<post>(?:,|\s+[\u2013\u2014-])\s+(?:which|something|a\s+claim)\s+(?:[\w'\u2019-]+\s+){0,3}(?:denies|denied|rejects|rejected|disputes|"
    # (", which was refuted by Ukraine's Defense Forces")
    r"disputed|refutes|refuted|dismisses|dismissed|contradicts|contradicted)\b(?:\s+by\s+(?:the\s+)?(?P<by>[A-Z][\w'\u2019-]+(?:\s+[a-z]+)?))?|,?\s+but\s+(?:[\w'\u2019-]+\s+){1,3}(?:denied|rejected|disputed)\s+(?:it|this|that)(?=\s*[.;,]|$)"
    # "Russia claims capture of X, Ukraine denies" (a headline), "... had captured X, though Ukraine denied it"
    r"|(?:,\s+|,?\s+(?:though|although)\s+)(?P<country>Ukraine|Kyiv|Kiev|Russia|Moscow)\s+(?:denies|denied|rejects|rejected|"
    # (a headline may go on: "..., Ukraine denies it amidst continued fighting")
    r"disputes|disputed)(?:\s+(?:it|this|that|the\s+claims?))?(?=\s*[.;!]?\s*$|\s+(?:amid|amidst|as|while)\b))")
# (the comma may be missing: "... had taken back control over Krynky but the Ukrainian authorities have denied this")
# a word of ground changing or held, in the clause of a denied report
_HANDS_WORD = re.compile(r"\b(?:captur|seiz|took\b|taken\b|tak(?:e|es|ing)\s+(?:over|control)|control|liberat|freed|"
                         r"fall|fell|occup|withdr|retreat|hold|held|lost|los(?:e|ing)\b|surrender|encircl|enter|raised)",
                         re.I)
_BUT_CLAUSE = re.compile(r",?\s+but\s+(?!also\b)")
# a sentence opening on a named body, not a pronoun or a quote: "The General Staff ... denies this information"
_NAMED_DENIER = re.compile(r"\s*(?:The\s+)?[A-Z][\w'\u2019.-]*\b(?<!\bI)(?<!\bWe)(?<!\bThey)(?<!\bHe)(?<!\bShe)")
DENY_LOOKBACK = 8        # sentences back to the claim a denial points at


def _deniable(c: PlaceClaim) -> bool:
    """A claim a later "denied the claim" can point at: a change of hands, or a holding someone told
    ("DeepState says the villages are under Russian occupation"; not the outlet's "Russian-occupied Melitopol")."""
    return c.action in ("captured", "liberated") or c.action == "holds" and c.claimant is not None


def _denials_of_told(state: _State, idx: int, told: list[tuple[int, PlaceClaim]]) -> list[PlaceClaim]:
    """Denied copies of the latest capture claims told before ``idx``'s denial (or earlier in its sentence),
    when the sentence denies no place of its own."""
    if not any(c.stance == "asserted" and _deniable(c) for _, c in told):
        return []       # no capture told yet: nothing to deny, and no need to scan the sentence for a denial
    sent = state.sent(idx)
    ref = _DENY_REF.search(sent)
    if ref is None or sent.rstrip().endswith("?") or any(i == idx and c.stance == "denied" for i, c in told):
        return []
    if re.match(r"\s+that\b", sent[ref.end():]) and not _HANDS_WORD.search(sent, ref.end()):
        # "The Kremlin denies a report that X was poisoned while taking part in talks": the report's own clause
        # tells of something else than ground
        return []
    if re.match(r"\s+that\b", sent[ref.end():]) and any(m.start >= ref.end() and m.place is not None
                                                          for m in state.mentions_of(idx)):
        # "bloggers dismissed claims that Russian troops have entered Toretsk": the report's own clause names its
        # place (read as a claim of its own where its verb is one), not the one told before
        return []
    if _UNNAMED_TAKEN.search(sent, 0, ref.start()):
        # "monitors reported that Russian forces had seized villages in the region, though Ukraine denied the
        # reports": the denial answers the unnamed places its own sentence told of
        return []
    s0 = state.sentences[idx][0]
    # ", which Kyiv denies" points at the clause just before it, in its own sentence
    back = 0 if ref.group("post") else 1 if ref.group("this") else DENY_LOOKBACK
    earlier = [(i, c) for i, c in told if idx - back <= i <= idx and c.stance == "asserted"
               and _deniable(c) and (i < idx or c.char_start <= s0 + ref.start())]
    if not earlier:
        return []
    # (the quoted denial's speaker is the one whose words follow "said:")
    st = _statement_for(s0 + (ref.end() if ref.group("said") else ref.start()), state.statements)
    # a side does not deny its own gains: "Kyiv dismissed the claim" points at Russia's
    # ", which Ukrainian forces denied" names its denier; else the speaker, else the sentence's subject
    # (the agent alone: "a claim denied by Kyiv"; the sentence around it would read "by" as a passive's agent)
    # ("X said it had captured P, but Ukraine rejected the claim": the subject of the clause "but" opens)
    but = None
    for but in _BUT_CLAUSE.finditer(sent, 0, ref.start()):
        pass
    # the known body the denial's subject names ("The General Staff of the Armed Forces of Ukraine denies ..."), whose
    # side the scan of side words misses behind its "of" phrases
    known = denier_attribution(sent, ref.start(), s0)
    known_side = known.speaker_side if known is not None and known.speaker_side in ("Ukraine", "Russia") else None
    if but is None and re.search(r"\b(?:information|news)$", ref.group(0)) \
            and not (_NAMED_DENIER.match(sent) and known_side):
        # ("I refute this information" in a quote: the speaker's answer, its claim told by the article; but "The
        # General Staff of the Armed Forces of Ukraine denies this information.": a side's body, the sentence's subject)
        return []
    agent = ref.group("by") or ref.group("pby")
    denier = (agent and _scan_subject(agent, 0, len(agent), None)) or (
        but is not None and _scan_subject(sent, but.end(), ref.start(), None)) or (
        ref.group("post") and _scan_subject(sent, ref.start(), ref.end(), None)) or (
        st.speaker_side if st and st.speaker_side in ("Ukraine", "Russia") else _scan_subject(sent, 0, ref.start(), None))
    denier = denier or known_side
    # (a holding is denied only by a side we know: "They also dismissed claims ..." may answer another claim)
    earlier = [(i, c) for i, c in earlier if c.controller != denier and (c.action != "holds" or denier)]
    if not earlier:
        return []
    if st is not None and denier and st.speaker_side and st.speaker_side != denier:
        st = None      # the claim's own speaker does not deny it: "..., but Ukraine rejected the claim" is Ukraine's
    if st is not None and but is not None and st.char_end <= s0 + but.start():
        # ("DeepState announced that the Russians occupied X, but the Center for Strategic Communications denied this
        # information": the words end before "but"; the clause it opens is another voice's, of the same side)
        st = None
    if not (st is not None and st.char_start <= s0 + ref.start() < st.char_end) \
            and not (ref.group("post") or ref.group("this") or ref.group("passive") or ref.group("said")):
        # "The General Staff of the Armed Forces of Ukraine immediately contradicted the claim, ..., which DeepState
        # confirmed ...": no statement holds the denial (it has no words of its own); its subject, a known actor
        # (past the verb's adverbs and an acronym in parentheses), denies
        verb = len(re.sub(r"(?:\s*\([^()]{1,30}\))?(?:\s+[a-z]+ly)*\s*$", "", sent[:ref.start()]))
        by = denier_attribution(sent, verb, s0)
        st = by if by is not None and by.speaker_side in (denier, "other", None) else st
    last = max(i for i, _ in earlier)
    if ref.group("passive") and ref.group("pby"):
        # "The claim was denied by Ukraine's military spokesman Serhiy Cherevatyi": the agent, when we know him
        stop = re.search(r"[,;.]|\s(?:with|who|as|saying|and)\s", sent[ref.end("pby"):])
        actor = actor_before(sent, ref.end("pby") + (stop.start() if stop else len(sent) - ref.end("pby")))
        st = statement_of(actor, s0, sent) if actor and actor.side in (denier, None) else st
    if ref.group("post"):
        # ", which Ukrainian forces denied": the denier the clause names (an actor we know), not the speaker
        actor = actor_before(sent, re.search(r"\s+\w+$", ref.group("post")).start() + ref.start()) \
            if not ref.group("by") else None
        st = statement_of(actor, s0, sent) if actor else None
    # ", which Kyiv denies" (present) holds as of its telling; "dismissed the claim" answers the claim, of its date
    spoken = [t.date for t in state.times_of(idx) if t.speech and t.kind == "point" and t.date]
    now = (spoken[0] if spoken else state.published) if ref.group("post") else None
    return [replace(c, stance="denied", as_of=now or c.as_of, claimant=st.speaker if st else None,
                    claimant_actor_id=st.actor_id if st else None, claimant_side=st.speaker_side if st else None,
                    evidence=sent.strip(), char_start=s0, char_end=s0 + len(sent)) for i, c in earlier if i == last]


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
    side = _scan_subject(sent, lo, end, None)
    if side and _FAKE_NOUN.match(sent, deny.start()) and _SPREADS_BEFORE.search(sent, max(0, deny.start() - 30), deny.start()):
        # "While the enemy spreads fake news, claiming control over X": the spreader is the claim's author; the
        # denier is the other side
        return _other(side)
    return side


_FAKE_NOUN = re.compile(FALSEHOOD + r"\b", re.I)
_SPREADS_BEFORE = re.compile(r"\b(?:spread\w*|circulat\w*|disseminat\w*|publish\w*|post(?:s|ed|ing)?)\s+$", re.I)
