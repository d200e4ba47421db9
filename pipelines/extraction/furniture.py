"""Page furniture: the parts of a web page that are not the article's own reporting.

Real pages reach us with datelines ("KYIV, Aug 13 (Reuters) -"), bylines, photo captions and credits
("FILE PHOTO: ...", "REUTERS/Valentyn Ogirenko"), cross-links and teasers ("Read also: ..."), and
all-capitals headlines of other stories. Read as text they give false statements (a headline
"RUSSIA SAYS IT TOOK KURAKHOVE" is not the Russian side speaking here) and glue datelines to quotes.

`mask_furniture(text)` blanks them with spaces. The result has the same length as the input, so every
span the extractor reports still points into the article as stored (rows stay traceable).
"""
from __future__ import annotations

import re

from pipelines.extraction.text import CREDIT_LINE

# a dateline at the start of a paragraph: "KYIV, Aug 13 (Reuters) -", "MOSCOW (AP) —", "Kyiv, 12 March 2025 (UNN) –"
_DATELINE = re.compile(
    r"^[ \t]*(?:date[ \t]+\d{4}-\d{2}(?:-\d{2})?[ \t]+)?"                      # (after a page's metadata date)
    r"(?P<city>[A-Z][A-Za-z'.-]+(?:[ /][A-Z][A-Za-z'.-]+){0,3})"          # city (or two: "Moscow/Kyiv")
    r"(?:,[ \t]*[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?(?=[ \t]*\())?"                 # its country: "KATHMANDU, Nepal (AP)"
    r"(?:,[ \t]*(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}|\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?)(?:,?[ \t]*\d{4})?)?"   # date
    r"[ \t]*(?:\((?:[A-Za-z][\w .&/-]{1,30})\))?"                          # agency
    r"[ \t]*[-\u2013\u2014]+[ \t]+(?=[A-Z\"\u201c\u201e'])",
    re.MULTILINE,
)
# a dateline without a city: "Oct. 6 (UPI) --"
_DATE_AGENCY_LINE = re.compile(
    r"^[ \t]*[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,?[ \t]*\d{4})?[ \t]*\([A-Za-z][\w .&/-]{1,30}\)[ \t]*[-\u2013\u2014]+[ \t]+",
    re.MULTILINE)
# "KYIV (AFP): At least 23 people died": a city in capitals and an agency, closed by a colon
_DATELINE_COLON = re.compile(r"^[ \t]*[A-Z]{3,}(?:[ /][A-Z]{2,}){0,2}[ \t]*\([A-Za-z][\w .&/-]{1,30}\)[ \t]*:[ \t]+",
                             re.MULTILINE)
# the city must be written in capitals, or an agency must be named, for a dateline to be one
_DATELINE_CITY_CAPS = re.compile(r"^[ \t]*[A-Z]{3,}")
# "KYIV, UKRAINE-Ukraine's armed forces ...": a city and country in capitals, the dash glued to the first word
# (after a page's metadata date, when there is one)
_DATELINE_CITY_COUNTRY = re.compile(
    r"^[ \t]*(?:date[ \t]+\d{4}-\d{2}-\d{2}[ \t]+)?(?P<dl>[A-Z]{3,}(?:[ ][A-Z]{2,}){0,2},[ \t]*[A-Z]{2,}(?:[ ][A-Z]{2,}){0,2}"
    r"[ \t]*[-\u2013\u2014]+[ \t]*)(?=[A-Z\"\u201c\u201e'])", re.MULTILINE)
_DATELINE_AGENCY = re.compile(r"\([A-Za-z][\w .&/-]{1,30}\)")

# whole lines that are furniture
_FURNITURE_LINE = re.compile(
    r"^[ \t]*(?:"
    r"(?:read|see)\s+(?:also|more)\b.*"                      # Read also: ..., READ MORE ...
    r"|also\s+read\s*:.*"                                     # ALSO READ: Ahead of talks with Putin, ...
    r"|related(?:\s+(?:news|stories|articles?))?\s*:.*"
    # the label glued to the linked headline when the page lost its markup: "RelatedRussia claims control of ..."
    r"|(?:related|recommended)(?-i:[A-Z])[^\n]{10,}"
    r"|(?:\w+day['\u2019]s|yesterday['\u2019]s|previous|earlier)\s+coverage\s*:.*"   # live blogs: "Friday's Coverage: ..."
    r"|jump\s+to\s+(?:the\s+)?(?:original|latest)\s+entry"
    r"|.{0,80}\bis\s+here\s*\(subscription\s+required\)\.?"            # "Reuters' report is here (subscription required)"
    r"|(?:file\s+)?photo\s*:.*|image\s*:.*|video\s*:.*|caption\s*:.*|illustrative\s+(?:photo|image).*"
    r"|(?:photo|image|picture)\s+(?:by|credit|courtesy)\b.*"
    r"|(?:by|written\s+by|reporting\s+by|edited\s+by|writing\s+by)\s+[A-Z][\w'.-]+(?:\s+(?:and\s+)?[A-Z][\w'.-]+){0,5}\s*\.?"
    r"|editor['\u2019]?s\s+note\s*:.*|update\s*:\s*this\s+(?:story|article).*"
    # a byline's reading time: "Allison Quinn\u00b72 min readIn this article:"
    r"|[^\n]{0,80}?\b\d{1,2}\s*min(?:ute)?s?\s+(?-i:read(?![a-z])).*"
    r"|date\s+\d{4}-\d{2}-\d{2}\b[^.\n]{0,40}"               # page metadata: "date 2025-06-23  Japan Today"
    # (an ad slot's label: "Advertisement", "Hide Ad", "Skip Ad")
    r"|(?:advertisement|(?:hide|skip|close)\s+ad|subscribe\b.*|share\s+this\b.*|follow\s+us\b.*|sign\s+up\b.*|"
    r"\d+\s+comments?)"
    r"|[-\u2022*]?\s*(?:log\s+in|sign\s+in|register)\s+to\s+(?:post|leave)\s+(?:a\s+)?comments?\.?"   # comment prompts
    r"|(?:leave|post|add)\s+(?:a\s+|your\s+)?comments?\.?"
    # a news feed's item, its clock time glued to its headline: "08:27Special military operation in Ukraine ..."
    r"|[0-2]?\d:[0-5]\d(?-i:[A-Z])[^\n]{10,}"
    # a page's breadcrumb trail ending in a cut headline: "Home World Live Russia Ukraine war Russia forces ... and..."
    r"|home\s+(?-i:[A-Z])[^\n]{10,200}?(?:\.\.\.|\u2026)"
    # an embedded post's placeholder: "Tweet URL", "Embed", "View this post on Instagram"
    r"|(?:tweet|post|video)\s+url|embed(?:ded)?(?:\s+(?:tweet|post|video))?|view\s+this\s+post\s+on\s+\w+"
    # an image's placeholder: "Image File", "Photo", "File photo"
    r"|(?:file\s+)?(?:image|photo|picture)(?:\s+file)?"
    # a poll's or prediction market's option and its odds: "Russians reclaim 200 square kilometers • 25%"
    r"|[^\n\u2022]{1,80}?[ \t]\u2022[ \t]*\d{1,3}(?:\.\d+)?\s*%"
    # a style sheet's rules leaked into the text: ".in_text_content_22 { width: 300px; } @media(min-width: 600px) {"
    r"|[.#@][\w-]+[^{}\n]{0,60}\{[^{}\n]*:[^{}\n]*\}[^\n]*"
    r")[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# a photo credit anywhere in a line makes the line a caption: "REUTERS/Valentyn Ogirenko/File Photo"
_PHOTO_CREDIT = re.compile(
    r"\b(?:REUTERS|AFP|AP|EPA|Getty\s+Images|Anadolu)\s*/\s*[A-Z]|\bFILE\s+PHOTO\b|\bImage:\s*[A-Z]"
    # ("..., the city's mayor said | Paula Bronstein/Getty Images": the photographer's credit closing a caption)
    r"|/\s*Getty\s+Images\b"
    r"|\b(?:File\s+)?Photo\s+(?:by|courtesy\s+of)\s+[A-Z]|/(?:EPA-EFE|EPA|EFE|AFP|UPI|Reuters|AP)\b"
    # ("... city of Kherson, Ukraine, July 25, 2022. (File photo by Reuters)": lower case inside its parentheses)
    r"|(?<=\()(?:[Ff]ile\s+)?[Pp]hoto\s+(?:by|courtesy\s+of|via)\s+[A-Z][^()]*\)"
    # ("Zelensky said Kherson is 'ours' (Picture: AFP via Getty)": a labelled credit in brackets)
    r"|\((?:Picture|Photo|Photograph|Image)\s*:\s*[A-Z][^()\n]*\)"
    # ("The estimated advance ... as of Oct. 20, 2024, according to DeepState. (DeepState/OpenStreetMaps)": a map's or
    # photo's sources, slash-separated in brackets, closing the line)
    r"|\((?:[A-Z][\w.'\u2019-]*\s*){1,3}/\s*(?:[A-Z][\w.'\u2019-]*\s*){1,3}\)\s*$")
# an agency photo's caption closes on where and when it was taken: "A woman on her bike in Blahodatne, Ukraine,
# 15 November 2022.", "... in Kherson, Ukraine, Tuesday, Nov. 15, 2022." (reporting never ends a paragraph so)
_MONTH = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?")
_PLACE_DATE_END = re.compile(
    r"[A-Z][\w'\u2019-]+,\s+(?:[A-Z][\w'\u2019-]+\s+){0,2}?[A-Z][\w'\u2019-]+,\s+(?:on\s+)?"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"(?:\d{1,2}\s+" + _MONTH + r",?\s+\d{4}|" + _MONTH + r"\s+\d{1,2},\s+\d{4})\.?[ \t]*$")
_LINE = re.compile(r"[^\n]+")
# "Read also:" / "Related news:" alone on its line heads a list of links to other stories, one bullet each; the
# bullets are other stories' headlines ("• The Armed Forces confirmed the liberation of five settlements")
_LINKS_HEADING = re.compile(r"[ \t]*(?:(?:read|see)\s+(?:also|more)|related(?:\s+(?:news|stories|articles?))?)\s*:?[ \t]*$",
                            re.IGNORECASE)
_BULLET_LINE = re.compile(r"[ \t]*[\u2022\u25cf\u25aa*\u2013-][ \t]")
# an agency caption of several sentences closed by its credit in parentheses: "... recaptured. (Photo by X/AFP
# via Getty Images)" — the whole line is the caption, however many sentences it has
_CLOSING_CREDIT = re.compile(r"\((?:[^()]*\bPhoto\b[^()]*|[^()]*(?:AFP|Getty\s+Images|Reuters|EPA)[^()]*)\)\W{0,3}(?:\S+(?:\s+\S+){0,6})?\s*$")
_LONG_CAPTION_MAX = 800
_CAPTION_MAX = 400        # a caption is a line of a sentence or two; longer, the line is a paragraph
_SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019']?\s+(?=[A-Z\"\u201c(])")
# a metadata date glued to the first sentence: " date 2024-02-18 Russian President ..."
# (" date 2022-04 In Mykolaiv region ...": the month alone, when the page gives no day)
_DATE_PREFIX = re.compile(r"^[ \t]*date\s+\d{4}-\d{2}(?:-\d{2})?[ \t]+", re.MULTILINE)
_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
_MINOR = frozenset("a an the of in on at to for and or but by with from as vs is it its".split())
_LETTER = re.compile(r"[^\W\d_]")


def _all_caps(line: str) -> bool:
    """A headline of another story, a section label or a lone dateline city: letters all capitals."""
    if len(line) > 200:
        return False          # a paragraph of reporting, not a headline (and a cheap exit on long lines)
    letters = _LETTER.findall(line)
    if len(letters) < 4:
        return False
    upper = sum(1 for c in letters if c.isupper())
    return upper / len(letters) >= 0.85


def _title_case(line: str) -> bool:
    """A headline in title case with no sentence end: "Kremlin Says It Awaits Kyiv's Response"."""
    stripped = line.strip()
    if not stripped or stripped[-1] in ".!?\"\u201d:" or len(stripped) > 160:
        return False
    words = _WORD.findall(stripped)
    content = [w for w in words if w.lower() not in _MINOR]
    if len(words) < 5 or len(content) < 4:
        return False
    return sum(w[0].isupper() for w in content) >= 0.85 * len(content)


_PAST_REPORT = re.compile(r"\bsaid\b|,\s+(?:claimed|stated|announced|told|warned|noted)\b")
_POINTER_CREDIT = re.compile(r"\b(?:said|stated|reported|announced|wrote)\s+(?:this|so)\b|"
                             # ("This was stated by US Secretary of State Anthony Blinken": the passive credit)
                             r"^(?:[Tt]his|[Tt]hat|[Ii]t)\s+was\s+(?:stated|said|reported|announced|declared)\s+by\b|"
                             r"\breported\s+(?:citing|with\s+reference\s+to)\b")
# a line that closes on its past-tense frame reports (headlines write "..., X says")
# (or on a quotation's frame: '"We will not remain on the defensive," Syrskyi said', the comma inside the marks)
_REPORTED_LINE_END = re.compile(r"(?:,|[,?!][\"\u201d\u2019])\s+[^,\n]{1,60}?\b(?:said|added)$")


# "- Tregubov said." / "- added the head of the Main Intelligence Directorate.": a line of its own, opened by a dash and
# holding only a credit, that gives the paragraph above it (quoted without quotation marks, the layout of Ukrainian
# outlets' translated copy) to its speaker (credit_lines._dash_credit)
DASH_CREDIT_VERBS = (r"said|says|added|adds|noted|notes|stressed|stresses|emphasi[sz]ed|explained|stated|concluded|"
                     r"summed\s+up")
DASH_CREDIT = re.compile(r"[-\u2013\u2014]\s*(?:(?P<verb>" + DASH_CREDIT_VERBS + r")\s+[^.\n]{2,80}?"
                         r"|[^.\n]{2,60}?\s+(?:" + DASH_CREDIT_VERBS + r"))\s*\.?")
_NEXT_LINE = re.compile(r"\s*\n\s*([^\n]*)")
# a credit line that points back to the line above it ("This is stated in a study by Amnesty International.",
# "This was reported by the General Staff."): the line above is a lede that lost its full stop, not a headline
_CREDIT_BELOW = re.compile(CREDIT_LINE)


def _unpunctuated_lines(text: str) -> list[tuple[int, int, str]]:
    """Short lines without a sentence end are headlines, teasers or labels ("Zelenskyy reveals how much
    territory is occupied"): reporting ends its sentences. The text's last line is exempt (an excerpt
    may be cut mid-sentence)."""
    out = []
    last_start = text.rstrip().rfind("\n") + 1
    for m in _LINE.finditer(text):
        if m.start() >= last_start:
            break
        line = m.group(0).strip()
        if not line or line[-1] in ".!?:;\"\u201d\u2019')]\u00bb":
            continue
        if line.startswith("Source:"):
            continue    # "Source: Maliar on air": the speaker label of the "Quote:" lines below (labelled_quotes.py)
        if _REPORTED_LINE_END.search(line):
            continue    # "..., the defence ministry in Moscow said": a live page's bullet without its full stop
        nxt = _NEXT_LINE.match(text, m.end())
        if nxt and DASH_CREDIT.fullmatch(nxt.group(1).strip()):
            continue    # the unquoted words that a dash line below credits ("\n- Tregubov said.")
        if nxt and _CREDIT_BELOW.match(nxt.group(1)) and len(_WORD.findall(line)) >= 8:
            continue    # (the line a credit below points back to: its lede)
        if _POINTER_CREDIT.search(line):
            continue    # "Vladyslav Voloshyn, said this, Censor.NET reported citing Ukrinform": a credit of the words
                        # above it that lost its full stop (a headline has nothing above it to point to)
        n = len(_WORD.findall(line))
        if n >= 18 and _PAST_REPORT.search(line):
            continue    # "Ukraine's army said Wednesday that it had withdrawn from ...": a lede that lost its full stop
                        # (headlines report in the present: "Ukraine says it has withdrawn from ...")
        if n >= 10 and line[-1] == ",":
            continue    # "... after Moscow ordered the retreat Wednesday,": a sentence typed with a comma for its stop
        if 2 <= n <= 25:
            out.append((m.start(), m.end(), "headline or label"))
    return out


# a teaser of another story, cut off mid-sentence: "Israel handed over the bodies of 45 Palestinians on Monday, the
# Red Cross said, a day..."
_CUT_OFF = re.compile(r"[\w,;]\s?(?:\.\.\.|\u2026)$")
_TEASER_MAX = 400


def _teaser_runs(text: str) -> list[tuple[int, int, str]]:
    """Lines cut off with an ellipsis, two or more in a row (blank lines between allowed): a list of teasers of
    other stories. One such line alone may be the article's own (an excerpt cut short, a trailing quote)."""
    out: list[tuple[int, int, str]] = []
    run: list[tuple[int, int]] = []
    for m in _LINE.finditer(text + "\n."):      # (a sentinel line ends the last run)
        line = m.group(0).strip()
        if not line:
            continue
        if len(line) <= _TEASER_MAX and _CUT_OFF.search(line):
            run.append((m.start(), m.end()))
            continue
        if len(run) >= 2:
            out += [(a, b, "teaser") for a, b in run]
        run = []
    return out


def _blank(chars: list[str], a: int, b: int) -> None:
    for i in range(a, b):
        if chars[i] != "\n":
            chars[i] = " "


_GLUED_CROSS_LINK = re.compile(r"[.!?][\"\u201d]?\s*(?P<link>(?:Read|READ|See|SEE)\s+(?:also|more|ALSO|MORE)\s*:)")

# a membership or donation prompt opening a line, its last word glued to the article's first ("Become a member
# Support us just onceRussia is building up ..."): the prompt up to the glued capital
_GLUED_APPEAL = re.compile(r"[ \t]*(?P<appeal>(?:become\s+a\s+(?:member|patron|supporter|subscriber)|support\s+us|"
                           r"donate)\b[^\n.!?]{0,80}?(?-i:[a-z]))(?=(?-i:[A-Z][a-z]))", re.IGNORECASE)


# an outlet's appeal to its readers after the story ("Dear readers, / We are facing unprecedented challenges. ... The
# authorities claim our work ..."): to the end of the page (not in the first third: a letter the story quotes)
_READERS_APPEAL = re.compile(r"^[ \t]*Dear\s+readers?\s*[,:!]", re.MULTILINE | re.IGNORECASE)


def furniture_spans(text: str, headlines: bool = True) -> list[tuple[int, int, str]]:
    """(start, end, kind) of every piece of furniture in ``text``. With ``headlines`` false, lines that
    only look like headlines (title case, no sentence end) are kept: a headline is not speech, but the
    figures it states are the article's own."""
    spans: list[tuple[int, int, str]] = []
    links_below = False
    seen: set[str] = set()
    for m in _LINE.finditer(text):
        line = m.group(0)
        if not line.strip():
            continue
        if len(key := line.strip()) >= 40:
            if key in seen:
                # a pull-quote or a summary the page prints again word for word: the words were said once
                spans.append((m.start(), m.end(), "repeated line"))
                continue
            seen.add(key)
        if links_below and _BULLET_LINE.match(line):
            spans.append((m.start(), m.end(), "cross-link"))     # an item of the "Read also:" list above
            continue
        links_below = bool(_LINKS_HEADING.match(line))
        if _FURNITURE_LINE.match(line):
            spans.append((m.start(), m.end(), "cross-link, byline or caption"))
        elif glued := _GLUED_CROSS_LINK.search(line):
            # "... normal maintenance.Read also: Russia carries out missile strikes ..., Pletenchuk says": a cross-link
            # glued to the sentence before it, to the end of its line
            spans.append((m.start() + glued.start("link"), m.end(), "cross-link"))
        elif appeal := _GLUED_APPEAL.match(line):
            spans.append((m.start() + appeal.start("appeal"), m.start() + appeal.end("appeal"), "appeal"))
        elif credit := _PHOTO_CREDIT.search(line):
            if len(line) <= _CAPTION_MAX or (len(line) <= _LONG_CAPTION_MAX and _CLOSING_CREDIT.search(line)):
                spans.append((m.start(), m.end(), "photo caption"))
            else:
                # a credit inside a whole paragraph (a page flattened to one line): only its sentence is the
                # caption, not the reporting around it
                lo = max((b.end() for b in _SENTENCE_END.finditer(line, 0, credit.start())), default=0)
                hi = _SENTENCE_END.search(line, credit.end())
                spans.append((m.start() + lo, m.start() + (hi.end() if hi else len(line)), "photo caption"))
        elif len(line) <= _CAPTION_MAX and _PLACE_DATE_END.search(line):
            spans.append((m.start(), m.end(), "photo caption"))
        elif _all_caps(line):
            spans.append((m.start(), m.end(), "all-capitals line"))
        elif headlines and _title_case(line) and not line.lstrip().startswith("Source:"):
            # ("Source: Hanna Maliar, Deputy Minister of Defence, on Telegram" is a speaker label, not a headline)
            spans.append((m.start(), m.end(), "title-case headline"))
    if headlines:
        covered = {a for a, _, _ in spans}
        spans += [s for s in _unpunctuated_lines(text) if s[0] not in covered]
    covered = {a for a, _, _ in spans}
    spans += [s for s in _teaser_runs(text) if s[0] not in covered]
    covered = {a for a, _, _ in spans}
    spans += [s for s in _menu_runs(text) if s[0] not in covered]
    for m in _DATE_PREFIX.finditer(text):
        spans.append((m.start(), m.end(), "page metadata"))
    for m in _DATE_AGENCY_LINE.finditer(text):
        spans.append((m.start(), m.end(), "dateline"))
    for m in _DATELINE.finditer(text):
        head = text[m.start("city"):m.end()]
        if _DATELINE_CITY_CAPS.match(head) or _DATELINE_AGENCY.search(head):
            spans.append((m.start(), m.end(), "dateline"))
    for m in _DATELINE_CITY_COUNTRY.finditer(text):
        spans.append((m.start("dl"), m.end("dl"), "dateline"))
    for m in _DATELINE_COLON.finditer(text):
        spans.append((m.start(), m.end(), "dateline"))
    for m in _FOOTNOTE_MARK.finditer(text):
        spans.append((m.start(), m.end(), "footnote marker"))
    appeal = _READERS_APPEAL.search(text, len(text) // 3)
    if appeal is not None:
        spans.append((appeal.start(), len(text), "appeal"))
    for m in _SPEECH_DASH.finditer(text):
        spans.append((m.start(), m.end(), "speech dash"))
    return sorted(spans)


# Ukrainian and Russian typography sets the author's words off after unquoted speech with a dash: "All attempts
# failed, - emphasizes the military man.", "We are doing well, \u2013 Syrskyi said." The dash is blanked, the frame
# reads as the comma's
_SPEECH_VERBS = (r"(?:said|says|emphasi[sz](?:es|ed)|explain(?:s|ed)|note[sd]|add(?:s|ed)|stress(?:es|ed)|"
                 r"write[s]?|wrote|"
                 r"report(?:s|ed)|told|tells|comment(?:s|ed)|state[sd]|continue[sd]|assure[sd]|summari[sz](?:es|ed)|"
                 r"conclude[sd]|clarifie[sd]|underline[sd]|point(?:s|ed)\s+out)")
_SPEECH_DASH = re.compile(r"(?<=,)[ \t]+[-\u2013\u2014](?=[ \t]+(?:" + _SPEECH_VERBS + r"|(?:the\s+)?"
                          r"[A-Za-z][\w'\u2019-]*(?:\s+[A-Za-z][\w'\u2019-]*){0,3}\s+" + _SPEECH_VERBS + r")\b)")


# a think tank's footnote reference after a sentence or a quote ("... happy about it."[ii] Finnish ...", "...
# to SWIFT.[4] Moscow ..."): blanked, the sentence ends where its punctuation does
_FOOTNOTE_MARK = re.compile(r"(?<=[.!?\"\u201d\u2019)])\[(?:[ivxlc]{1,7}|\d{1,3})\]")


# the capitals whose name in a dateline or after "the defence ministry in" places a country-less speaker
CAPITAL_SIDE = {"moscow": "Russia", "kyiv": "Ukraine", "kiev": "Ukraine"}
# a country, or its capital, that reports speaks for its side ("Russia insisted that ...", "Kyiv says ..."): the one
# map of them that speakers (discourse.py) and place claims (place_controller.py, place_mentions.py) read
COUNTRY_SIDE = {**CAPITAL_SIDE, "russia": "Russia", "ukraine": "Ukraine"}


def dateline_side(text: str) -> str | None:
    """The side of the capital in the article's first wire dateline ("MOSCOW (Reuters) -", "KYIV, Aug 15 -"):
    the context of a country-less "the Defence Ministry said" in that article. The dateline is the one
    ``furniture_spans`` masks, so the statement stages, which read the masked body, are told it here."""
    for m in _DATELINE.finditer(text, 0, 200):
        head = text[m.start("city"):m.end()]
        if _DATELINE_CITY_CAPS.match(head) or _DATELINE_AGENCY.search(head):
            return CAPITAL_SIDE.get(head.split()[0].strip(",").lower())
    for m in _DATELINE_COLON.finditer(text, 0, 200):
        return CAPITAL_SIDE.get(m.group(0).split()[0].lower())
    for m in _DATELINE_SLASHED.finditer(text, 0, 400):
        # ("MELITOPOL, July 5. /TASS/.": a state agency's own dateline from an occupied city is Moscow's voice too)
        return CAPITAL_SIDE.get(m.group("city").lower()) or _AGENCY_SIDE.get(m.group("agency").upper())
    return None


_AGENCY_SIDE = {"TASS": "Russia", "ITAR-TASS": "Russia", "UKRINFORM": "Ukraine"}


# TASS's own dateline, often under a headline and a standfirst: "MOSCOW, October 17. /TASS/."
_DATELINE_SLASHED = re.compile(r"^[ \t]*(?P<city>[A-Z]{3,})(?:[ -][A-Z]{2,}){0,2},[ \t]*[A-Z][a-z]+\.?[ \t]+\d{1,2}\.?"
                               r"[ \t]*/(?P<agency>[A-Z][\w-]*)/", re.MULTILINE)


def unwrap_lines(text: str) -> str:
    """Join hard-wrapped lines ("... the draft reduces the age from 27 to\n25 years ...") with spaces:
    a newline inside a sentence is layout, not a paragraph break. Same length as the input."""
    lines = text.split("\n")
    if len(lines) < 4:
        return text
    inner = [ln for ln in lines[:-1] if ln.strip()]
    open_ended = [ln for ln in inner if ln.rstrip()[-1:] not in ".!?:\"\u201d\u2019)"]
    if len(inner) < 3 or len(open_ended) < 0.5 * len(inner):
        return text
    text = re.sub(r"(?<=[^\s.!?:\"\u201d])\n(?=[a-z0-9(\"\u201c])", " ", text)
    # ("... the Luhansk region governor\nSerhiy Haidai said ..."): where every line keeps to one wrapping width (wire
    # copy as syndicated), a capital after the break continues the sentence too when the line before runs to that
    # width and ends in a lower-case word or a comma; a short line or a title-case one is a headline or a label
    lengths = sorted(len(ln.rstrip()) for ln in inner)
    width = lengths[len(lengths) // 2]
    if lengths[-1] > 1.3 * width:
        return text
    return re.sub(r"(?m)^(.*[a-z,])\n(?=[A-Z])",
                  lambda m: m.group(1) + (" " if _wrapped_line(m.group(1), width) else "\n"), text)


def _wrapped_line(line: str, width: int) -> bool:
    words = re.findall(r"[A-Za-z][\w'\u2019-]*", line)
    return len(line.rstrip()) >= 0.75 * width and sum(w[0].isupper() for w in words) < 0.5 * len(words)


# a site's navigation menu: a run of short bulleted items ("• Sport", "• Weather", "• Your Privacy"), no
# sentence in them
_MENU_ITEM = re.compile(r"[ \t]*[\u2022\u25cf\u25aa*\u00b7][ \t]*[^\s.!?:;,\u201c\"][^\n.!?:;,]{0,40}?[ \t]*$")
_MENU_RUN = 5


def _menu_runs(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of each line of a run of at least ``_MENU_RUN`` menu items (blank lines between allowed),
    not introduced by a colon (a list the text announces, "The villages retaken are:", is content)."""
    runs: list[tuple[str, list[tuple[int, int]]]] = [("", [])]     # (the line before the run, its items)
    for m in _LINE.finditer(text):
        line = m.group(0)
        if not line.strip():
            continue
        if _MENU_ITEM.fullmatch(line) and len(line.split()) <= 5:
            runs[-1][1].append((m.start(), m.end()))
        else:
            runs.append((line, []))
    return [(a, b, "navigation menu") for before, run in runs
            if len(run) >= _MENU_RUN and not before.rstrip().endswith((":", "\u2014", "-")) for a, b in run]


def mask_furniture(text: str, headlines: bool = True) -> str:
    """``text`` with its furniture blanked by spaces (same length, newlines kept)."""
    return _masked(text, furniture_spans(text, headlines))


# the kinds that only ``headlines=True`` finds: the other kinds are found the same way with or without it
_HEADLINE_KINDS = frozenset({"title-case headline", "headline or label"})


def mask_both(text: str) -> tuple[str, str]:
    """``(mask_furniture(text, True), mask_furniture(text, False))`` from one scan of the lines: the statement
    and place stages read the first, the area stage the second (extraction reads every article twice)."""
    spans = furniture_spans(text, headlines=True)
    return _masked(text, spans), _masked(text, [s for s in spans if s[2] not in _HEADLINE_KINDS])


def _masked(text: str, spans: list[tuple[int, int, str]]) -> str:
    if not spans:
        return text
    chars = list(text)
    for a, b, _ in spans:
        _blank(chars, a, b)
    return "".join(chars)
