"""Who a place claim is by, where the statement stage gives no speaker (GOLD_SCHEMA.md "Place claims").

- ``claim_source``: the named author of a claim a sentence denies ("denied claims made by Valery Gerasimov that
  Russian forces captured X" -> Gerasimov's claim is told too);
- ``claim_author_side``: in "denied Russia's claim that it had taken X", the side "it" stands for;
- ``actor_before`` / ``local_attribution``: a known actor right before a reporting verb ("A statement issued by the
  Russian defence ministry stated that ...", "..., Ukraine's ground forces said"), resolved by the actor gazetteer;
- ``denier_attribution`` / ``speaker_in_subject``: the subject of a denial verb, past an apposition ("X, a
  spokesman for ..., refuted ...");
- ``repeated_statement``: the speaker of words a sentence repeats from an earlier one (a standfirst and its lede).
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from pipelines.extraction.actors import Actor, default_resolver, side_from_words
from pipelines.extraction.discourse import _ARMED_FORCES
from pipelines.extraction.offices import holder
from pipelines.extraction.place_cues import Cue
from pipelines.extraction.records import Statement


# "dismissed claims made by the Russian group "East" that ...", "denied Gerasimov's claim that ..."
# ("dismissed a statement by Russia's defence minister that ...": the statement's author the same way)
_CLAIM_BY = re.compile(
    r"\b(?:claims?|statements?|assertions?|allegations?)\s+(?:made\s+|issued\s+|put\s+forward\s+)?by\s+"
    r"(?P<by>[^;.]{3,140}?)\s*,?\s+that\s+|"
    r"(?P<own>(?:[A-Z][\w\u2019'-]+\s+){0,3}[A-Z][\w\u2019'-]+)['\u2019]s\s+claims?\s+(?:that\s+)?")
_BARE_SIDE = re.compile(r"(?:the\s+)?(?:Russia|Russian|Moscow|Ukraine|Ukrainian|Kyiv|Kiev)(?:\s+side)?", re.I)


def claim_source(sent: str, cue: Cue, on: date | None = None) -> tuple[str | None, str | None, str | None] | None:
    """The author of a claim the sentence denies, when it names one: (name, actor id, side); a bare side
    ("Russia's claim") gives no name."""
    m = None
    for m in _CLAIM_BY.finditer(sent, 0, cue.start):
        pass
    if m is None or re.search(r"[;.]\s", sent[m.end():cue.start]):
        return None
    raw = m.group("by") or m.group("own")
    # "the chief of the Russian General Staff, Valery Gerasimov": the name closes the description
    raw = [c for c in re.split(r",\s*", raw) if re.search(r"[A-Z]", c)][-1:] or [raw]
    name = re.sub(r"[\"\u201c\u201d,]", "", raw[0]).strip()
    name = re.sub(r"^the\s+", "", name, flags=re.I)
    if name and _BARE_SIDE.fullmatch(name):
        # "rejected Russia's claim that its forces captured X": the country's claim is told too (claimant null,
        # as a country speaks through no one in particular)
        return None, None, side_from_words(name)
    if not name or not re.search(r"[A-Z]", name):
        return None
    actor = default_resolver().resolve(name)
    if actor is None and (office := holder(name, on)) is not None:
        actor = default_resolver().get(office.actor_id)   # "a statement by Russia's defence minister": who held it
    if actor is not None:
        return actor.canonical_name, actor.actor_id, actor.side
    name = re.sub(r"^(?:Russian|Ukrainian)\s+", "", name)
    return name, None, None


# "denied Russia's claim that it had taken X": "it" is the claim's author, not the denier
_SIDE_CLAIM = re.compile(r"\b(?:(?P<ru>Russia['\u2019]s|Russian|Moscow['\u2019]s|Kremlin['\u2019]s)|"
                         r"(?P<ua>Ukraine['\u2019]s|Ukrainian|Kyiv['\u2019]s|Kiev['\u2019]s))\s+(?:[a-z]+\s+)?"
                         r"(?:claims?|assertions?|reports?)\s+(?:that\s+)?", re.I)
# "refuted the statement by the Russian command that they had captured X": the claim's author named after "by"
_SIDE_CLAIM_BY = re.compile(r"\b(?:claims?|statements?|assertions?|reports?|allegations?)\s+(?:made\s+|issued\s+)?"
                            r"(?:by|from|of)\s+(?:the\s+)?(?:(?P<ru>Russia|Russian|Moscow|Kremlin)|"
                            r"(?P<ua>Ukraine|Ukrainian|Kyiv|Kiev))\b(?:['\u2019]s)?(?:\s+[\w-]+){0,3}?\s+that\s+", re.I)
_POINTER_ONLY = re.compile(r"(?:it|they|its\s+(?:own\s+)?(?:forces|troops|units|army)|their\s+(?:own\s+)?"
                           r"(?:forces|troops|units|army))\s+(?:(?:[a-z]+ly|have|has|had|now|also|been)\s+){0,2}", re.I)


def claim_author_side(sent: str, cue: Cue) -> str | None:
    m = None
    for m in _SIDE_CLAIM.finditer(sent, 0, cue.start):
        pass
    for by in _SIDE_CLAIM_BY.finditer(sent, 0, cue.start):
        if m is None or by.start() > m.start():
            m = by
    if m is None or not _POINTER_ONLY.fullmatch(sent, m.end(), cue.start):
        return None
    return "Russia" if m.group("ru") else "Ukraine"


# an attribution the statement stage did not take ("A statement issued by the Russian defence ministry stated that
# ...", "..., Ukraine's ground forces said"): the claimant when a known actor is named right before the verb
# (and the verbs that greet a capture as done: "the Kremlin hailed the capture of X", "Putin congratulated the
# troops on the liberation of Y", "thanked the troops for liberating Z" are the subject's claims)
_REPORTING = re.compile(r"\b(?:said|says|stated|states|reported|reports|announced|claimed|declared|confirmed|wrote|"
                        r"posted|noted|added|hailed|hails|congratulated|congratulates|welcomed|welcomes|celebrated|"
                        # ("Saldo expressed his gratitude to the marines for liberating X", "Putin thanked the troops
                        # for taking Y": whoever thanks the victors claims the victory)
                        r"thanked|thanks|praised|(?:expressed|expresses)\s+(?:his|her|their|its)\s+"
                        r"(?:gratitude|thanks|appreciation))\b",
                        re.I)
_NP_START = re.compile(r"[,;:()\u2014\u201c\u201d\"]|\b(?:that|and|but|while|after|as|by|when|which|who)\b", re.I)
MAX_NP_WORDS = 9     # ("The General Staff of the Armed Forces of Ukraine")


# "Ukraine's military", "the Russian army": a country's armed forces as a whole, spoken for by the body the statements
# give them (discourse._ARMED_FORCES; eval/real/ANNOTATION.md, rule 1)
_ARMED_FORCES_NP = re.compile(r"(?:^|\s)(?:the\s+)?(?P<c>Ukraine|Ukrainian|Russia|Russian)(?:['\u2019]s)?\s+"
                              r"(?:military|army|armed\s+forces)\s*$", re.I)


def actor_before(sent: str, end: int) -> Actor | None:
    lo = max([0] + [b.end() for b in _NP_START.finditer(sent, max(0, end - 90), end)])
    words = sent[lo:end].split()[-MAX_NP_WORDS:]
    for i in range(len(words)):
        actor = default_resolver().resolve(" ".join(words[i:]))
        if actor is not None:
            return actor
    forces = _ARMED_FORCES_NP.search(sent, lo, end)
    side = "Ukraine" if forces and forces.group("c").lower().startswith("ukrain") else "Russia"
    return default_resolver().get(_ARMED_FORCES[side]) if forces else None


def subject_end(sent: str, verb_start: int) -> int:
    """Where the subject of the verb at ``verb_start`` ends: before an apposition that closes right before the
    verb ("Ivan Petrenko, a spokesman for the southern forces, rejected ..."), else at the verb."""
    pre = sent[:verb_start].rstrip()
    if pre.endswith(","):
        opening = pre[:-1].rfind(",")
        if opening > 0 and len(pre) - opening <= 120 and not re.search(r"\b(?:that|which|who|said)\b", pre[opening:], re.I):
            return opening
    return verb_start


def denier_attribution(sent: str, deny_start: int, s0: int) -> Statement | None:
    """"X, spokesman for ..., refuted the claim that ...": the known actor who is the denial verb's subject."""
    actor = actor_before(sent, subject_end(sent, deny_start))
    return statement_of(actor, s0, sent) if actor is not None else None


# the conjunctions that open another voice's clause after a comma ("..., but Ukraine's military said ...")
CONTRAST = r"(?:but|while|whereas|although|though|yet)"
_CLOSING_SAID = re.compile(r",\s+(?!(?:" + CONTRAST + r"|however)\b)(?P<np>[^,;]{3,90}?)\s+"
                          r"(?:said|says|stated|reported|announced|claimed)\b")


def local_attribution(sent: str, cue: Cue, s0: int) -> Statement | None:
    verbs = [v for v in _REPORTING.finditer(sent, 0, cue.start)]
    # (not a contrasting clause: "..., but Ukraine's military said it remained in control there" is another voice)
    after = _CLOSING_SAID.search(sent, cue.end)
    actor = (actor_before(sent, verbs[-1].start()) if verbs else None) or (
        actor_before(sent, after.end("np")) if after else None)
    return statement_of(actor, s0, sent) if actor is not None else None




def statement_of(actor: Actor, s0: int, sent: str) -> Statement:
    """A stand-in statement for the sentence, so that claimant fields read as for a real one."""
    return Statement(speaker=actor.canonical_name, speaker_raw=actor.canonical_name, statement_type="indirect",
                     quote_text="", char_start=s0, char_end=s0 + len(sent), actor_id=actor.actor_id,
                     speaker_side=actor.side if actor.side in ("Ukraine", "Russia") else "other")


def repeated_statement(statements: list[Statement], sent: str, s0: int) -> Statement | None:
    """A statement told in an earlier sentence whose reported words this sentence repeats (the statement stage
    keeps one of the two): its speaker is this sentence's claimant too."""
    return next((x for x in statements if x.sentence_end <= s0 and len(x.quote_text) >= 40
                 and x.quote_text.strip(" .") in sent), None)


def speaker_in_subject(statements: list[Statement], span: tuple[int, int], sent: str, verb_start: int) -> Statement | None:
    """A statement of this sentence (``span``) whose speaker, as written, is the subject of the verb at
    ``verb_start``: the statement stage knows speakers (a person the actor seeds lack) that the resolver does not."""
    s0, s1 = span
    end = subject_end(sent, verb_start)
    subject = sent[max(0, end - 90):end]
    st = next((x for x in statements if s0 <= x.char_start < s1 and x.speaker_raw and x.speaker_raw in subject), None)
    if st is not None and st.speaker_side not in ("Ukraine", "Russia") and end < verb_start:
        # a person the seeds lack takes the side of the apposition that presents him ("..., a spokesman for
        # Ukraine's southern forces, ...")
        org = actor_before(sent, len(sent[:verb_start].rstrip()) - 1)
        side = org.side if org is not None else side_from_words(sent[end:verb_start])
        st = replace(st, speaker_side=side) if side in ("Ukraine", "Russia") else None
    return st if st is not None and st.speaker_side in ("Ukraine", "Russia") else None
