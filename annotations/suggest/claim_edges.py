"""Where a claim's words start and end around what frames them: a dateline or a linking word
before the sentence ("Meanwhile, …", "RIO DE JANEIRO (AP) — "), quotation marks, the full stop,
and after "told" whom the speaker told (split from `claims`, which was over 450 lines)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from annotations.text.calendar_words import DAY_NAMES
from annotations.text.pattern_cache import compiled

AUDIENCE_ONLY = compiled(
    r"\s*(?:(?:the\s+)?(?:(?:state|private|public|national|local)\s+)?(?:broadcaster|television|radio|newspaper|"
    r"daily|news\s+agency|channel|station)\s+[A-Z][\w’'.\-]*+(?:\s++[A-Z][\w’'.\-]*+)*+|"  # "told state broadcaster
    # Radio Mozambique" (helper-304's claim was the broadcaster)
    r"(?:the\s+)?[A-Z][\w’'.\-]*+(?:\s++[A-Z][\w’'.\-]*+)*+|reporters|journalists|"
    r"(?:the|a)\s+(?:news\s+)?(?:agency|newspaper|broadcaster|channel|station|outlet|website|publication)|"
    r"(?:the|a)\s+(?:[a-z]+\s+)?(?:court|judge|jury|tribunal|hearing|committee|panel|magistrate|inquiry|commission|"
    r"parliament|senate|assembly|crowd|rally)|investigators|police|lawmakers|legislators|mourners|"
    r"(?:state|national|local|public)\s+(?:television|radio|media)|(?:this|our)\s+(?:newspaper|station|reporter|"
    r"correspondent|website))?"
    r"(?:\s*(?:by (?:tele)?phone|over the phone|on condition of anonymity|in an interview|on Telegram)\b)?"
    r"(?:\s+(?:in|at|from)\s+(?:[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?|"  # "told journalists in Makurdi", "in the city"
    r"the\s+(?:(?:provincial|regional|state|national|district)\s+)?(?:capital|city|town|village|camp)))?"
    rf"(?:\s+(?:on\s+)?(?:{DAY_NAMES})(?:\s+(?:night|morning|evening|"
    r"afternoon))?|\s+(?:last|this)\s+(?:week|month)|\s+(?:today|yesterday))?"
    r"(?:\s*,?\s*(?:because|as|since)\s+(?:they|he|she)\s+(?:were|was|are|is)\s+not\s+(?:authori[sz]ed|allowed|"
    r"permitted)\b.*)?[\s,.]*"
)
"""After "told": only whom they told ("…, a military officer told the Associated Press.", "…, residents
told our correspondent on Sunday.", "…, a witness told the court.", helper-311's "…, a local official …
told the agency."), and
why they would not be named ("… on condition of anonymity because they were not authorised to
speak to the media")."""

_OPENING = compiled(
    r"(?:Meanwhile|However|Separately|Elsewhere|Earlier|Later|In addition|Also),\s+"
    r"|\d{1,2}(?::\d{2}|h\d{2})\s*(?:[AaPp]\.?[Mm]\.?|GMT|UTC|local time)?\s*[—–-]+\s*(?=[A-Z])"  # "12:05 p.m. — "
    r"|[A-Z][A-Z .'/\-]+,(?:,?\s+(?:[A-Z][\w.]*(?:\s+(?:of|the|and)(?=\s+[A-Z]))*|\d{1,2}|\d{4}))*"
    r"(?:\s+\([A-Za-z][\w .’'\-]*\))?\.?\s*[—–-]+\s*"
    r"|[A-Z][\w'\-]+(?:\s+[A-Z][\w'\-]+)?,(?:,?\s+(?:[A-Z][\w.]*|\d{1,2}|\d{4}))+"
    r"\s+\([A-Za-z][\w .’'\-]*\)\.?\s*[—–-]+\s*"
    r"|[A-Z][\w'\-]+(?:\s+[A-Z][\w'\-]+)?,\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?"
    r"\s+\([A-Z]{2,6}\)\s*(?=[A-Z])"
    r"|[A-Z][A-Z .'/\-]*[A-Z]:\s+"  # "SRINAGAR: ", "KARACHI / QUETTA: "
    r"|[A-Z][a-z][\w’'\-]+(?:\s+[A-Z][a-z][\w’'\-]+){0,2}:\s+(?=[A-Z])"  # "Lakki Marwat: Four policemen …"
    r"|[A-Z][a-z][\w’'\-]+(?:\s+[A-Z][a-z][\w’'\-]+){0,2},\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})"
    r"(?:,?\s+\d{4})?:\s+(?=[A-Z])"  # "Kohima, Dec 3: Two …", as Indian papers write it
    r"|(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?\s+\([A-Z][\w .’'\-]*\)\s*[—–-]+\s*"
    # "Jan 10 (Reuters) - ", no town (helper-360: the date and the agency were read into the claim)
    r"|[A-ZÀ-Þ][\w'\-]+(?:\s+[A-Z][\w'\-]+)?,\s+\d{1,2}\s+[A-Z][a-z]{2,8},?\s+\d{4}\s+\([A-Z][\w .,’'\-]*\)\s*[—–-]+\s*"
    r"|[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'\-]*(?: [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'\-]*)*"
    r"(?:\s*/\s*[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'\-]*(?: [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'\-]*)*)+(?:\s+\([A-Z][\w .’'\-]*\))?\s+[—–-]\s+"
    r"|(?:[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,3})(?:,\s+[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?)?"
    r"(?:,\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?)?"  # "Kaduna, Nigeria, Dec 1 — "
    r"(?:\s+\([A-Z][\w .’'\-]*\))*(?:\s+[—–-]|\.[—–])\s+(?=[A-Z])"
)
"""A word that links to the sentence before ("Meanwhile, …"), or a dateline ("SINJAR, Iraq (AP) — ",
"CULIACAN, Mexico, Nov 27 (Reuters) - ", "Lima, Nov 27 (EFE).- ", "BANGUI, 27 November 2026 (RNL) – ",
"Kadugli - ", "RIO DE JANEIRO (AP) — ", "SRINAGAR: ", "KARACHI / QUETTA: ", "Jowhar, Somalia — ",
"Pemba (Mozambique) (AFP) - ",
"Frontera Comalapa, Chiapas.— " (as Mexican papers write it),
"GOMA, Democratic Republic of Congo, 12 March (Wire) - ", "AL FASHIR, Sudan, May 12, 2024 (Al Jazeera) - ",
"Bijapur, Nov 20 (PTI) " with no dash after the agency, "Dédougou, 23 April 2026 (Faso Horizon, English
edition) — ", "EL FASHER / KAMPALA (Nile Horizon) – ",
"MOSCOW/MAKHACHKALA, Oct 12 (NordWire) - ", "Namapa, 28 November 2026 – ", "Lakki Marwat: ", "Kohima, Dec 3: ",
"December 1, 2026 (El Obeid) – "), or a live report's time
("12:05 p.m. — ", "14h30 – ")."""


_HEADING_OR_BULLET = compiled(r"(?:[A-Z][A-Z0-9 ,&/'\-]{2,60}\n\s*)?(?:[-•*–]\s+)?")
"""A report's section heading on its own line ("SITUATION OVERVIEW") and a bullet ("- "), which
opened the claims of a flash update."""


def skip_opening(text: str, position: int) -> int:
    """Past the space, a heading or a bullet (`_HEADING_OR_BULLET`), and a linking word or a
    dateline (`_OPENING`)."""
    position = _HEADING_OR_BULLET.match(text, skip_space(text, position)).end()  # type: ignore[union-attr]
    opening = _OPENING.match(text, position)
    return opening.end() if opening else position


def inside_quotes(text: str, start: int, end: int) -> tuple[int, int]:
    start += 1
    end -= 1
    while end > start and text[end - 1] in " ,":
        end -= 1
    return start, end


def strip_end(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".!?"):
        end -= 1
    return end


_ARTICLE = compiled(r"\s*(?:(?:[Tt]he|a|an)\s+)?")
"""Before whom one told: "told the Miami Herald", "told The Irrawaddy" (the outlet's own "The")."""


def whom(text: str, cue_end: int) -> int:
    """Where whom a speaker "told" starts: "told the Miami Herald" is told to the Herald."""
    return _ARTICLE.match(text, cue_end).end()  # type: ignore[union-attr]


def skip_space(text: str, position: int) -> int:
    while position < len(text) and text[position].isspace():
        position += 1
    return position


_OPENING_WORDS = r"In|On|At|For|After|Before|During|Since|Now|Later|Earlier|Meanwhile|Then|Today|Yesterday"
"""Words that open a phrase of when or where at a sentence's start."""


_OWNED_BEFORE = compiled(
    r"(?:['’]s?|\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Ss]uch))\s+"
    r"(?:(?:earlier|previous|repeated|latest|new|initial|false|such)\s+)?$"
    r"|\b(?:calling|called|dismissing|dismissed|rejecting|rejected|denying|denied|describing|described)\s+"
    r"(?:the|these|those)\s+(?:[\w\-]+\s+){1,2}$"  # "calling the Fano claims “fabricated propaganda”" (helper-325)
)


_THEN_MORE = compiled(
    r"\s*(?:and|but|adding|saying|as|while|although|though|who|which|before|after|without|his|her|their|its|"
    r"visibly|since|[a-z]+ing)\b|\s*$"
)


def said_after(rest: str, opening: str) -> bool:
    """After an opening phrase (`opening`: the words before the first comma, "Since then"), whom
    one told and a comma, what was said ("Since then, residents told this newspaper, there have
    been daily exchanges …"), not more of the sentence (", and the video …", ", pointing to his
    burned house", "We have nothing left, a farmer told Reuters, …")."""
    _head, comma, after = rest.partition(",")
    return (
        bool(comma)
        and _AN_OPENING.fullmatch(opening.strip()) is not None
        and len(after.split()) >= 2
        and _THEN_MORE.match(after) is None
    )


_AN_OPENING = compiled(
    rf"(?:{_OPENING_WORDS}|Across|Along|Near|Around|Inside|Outside|Days|Hours|Weeks|Months|Last|This|That|By|Until|"
    r"Overnight|Elsewhere)\b[^,]{0,40}"
)
"""A phrase that opens a sentence, saying when or where (more words than `OPENING_PHRASE` before
a quotation reads so)."""


def no_cue_here(text: str, cue: re.Match[str]) -> bool:
    """A cue's word that reports nothing here: a noun, owned ("Moscow's earlier claims of …", "its
    claims of victory"), a warning issued ("issued an early warning for the municipalities of …"),
    a report in the passive ("the first reported on Tanzanian soil", "fighting was reported in …"),
    ground claimed ("claims almost the entire South China Sea")."""
    if _NOT_SAID_WHETHER.search(text, max(0, cue.start() - 30), cue.start()) and _WHETHER.match(text, cue.end()):
        return True  # "did not immediately say whether he had been killed": nothing said
    if cue.group().lower() in ("claims", "claimed", "claim") and _GROUND_CLAIMED.match(text, cue.end()):
        return True  # "Beijing claims almost the entire South China Sea": ground it holds its own
    if cue.group().lower() == "confirmed" and _CONFIRMED_DEAD.match(text, cue.end()):
        return True  # "At least four people are now confirmed dead": a count, its source told after it
    before = _NO_CUE_AFTER.get(cue.group())
    if before is None or text.startswith(" that ", cue.end()):
        return False  # "repeated its earlier claims that Ukraine had shelled the plant": what it claims
    return before.search(text, max(0, cue.start() - 30), cue.start()) is not None


_CONFIRMED_DEAD = compiled(r"\s+(?:dead|killed|missing|injured|wounded|as\s+(?:dead|killed))\b")
_NOT_SAID_WHETHER = compiled(r"\b(?:not|never|n['’]t)\s+(?:immediately\s+|yet\s+|publicly\s+)?$")
_WHETHER = compiled(r"\s+(?:say|said|confirm|confirmed|comment|state)?\s*(?:whether|if|how|when|why|who)\b")
_GROUND_CLAIMED = compiled(
    r"\s+(?:(?:almost|nearly|virtually|most|much|all|part|parts|large\s+parts)\s+(?:of\s+)?(?:the\s+)?|the\s+(?:entire|whole)\s+|"
    r"sovereignty\b|ownership\b|"
    r"the\s+(?:[A-Z][\w\-]*\s+){1,3}(?:region|territory|territories|islands?|province|area|enclave|peninsula|sea|"
    r"waters|strip|heights|valley)\b)"
    r"(?!(?:[\w\-]+\s+){0,3}?(?:attacks?|raids?|killings?|bombings?|ambush(?:es)?|strikes?|abductions?|operations?)\b)"
)
"""After "claims", ground claimed as one's own, no report ("claims almost the entire sea", "claims
sovereignty over", "Caracas claims the Essequibo region")."""
_PASSIVE_BEFORE = compiled(
    r"\b(?:was|were|been|being|is|are|be|first|last|widely|previously|recently|already|newly|officially|"
    r"initially|as|the|a|an|no|any|deaths|casualties|incidents|cases|attacks)\s+$"
)
"""Before "reported", what makes it a participle ("was reported", "the first reported", "cases
reported in"): no one's report."""
_A_WARNING_BEFORE = compiled(
    r"\b(?:an?|the|its|their|his|her|this|early|new|latest|fresh|stark|first|second|final|security|travel)\s+$"
)
"""Before "warning", what makes it the noun ("an early warning for …", "a security warning"):
"…, warning that" and "issued a warning that …" still report what was warned."""
_BE_BEFORE = compiled(r"\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+)?$")
"""Before "called for" or "called on", the passive: "the protests were called for July 7" appeals to no one."""
_NO_CUE_AFTER = {
    "claims": _OWNED_BEFORE,
    "warning": _A_WARNING_BEFORE,
    "reported": _PASSIVE_BEFORE,
    "called for": _BE_BEFORE,
    "called on": _BE_BEFORE,
}
"""For each cue word that may report nothing, what right before it says so."""


THAT_CLAUSE = compiled(
    # "told reporters in Wabag, the provincial capital, that"
    r"(?:\s*(?:in|at|from)\s+[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?,\s+(?:the|a|an|its|their)\s+[^,.;“\"]{1,40},\s+"
    r"(?=that\s))?"
    # "acknowledged, however, that"
    r"(?:,\s+(?:however|though|nevertheless|nonetheless|moreover|too|also|meanwhile|for (?:its|their) part|in turn),"
    r"\s+(?=that\s+(?!(?:was|is|had|has|would|will|could|were|are)\b)))?"
    # "said in a statement carried by the state-run Global New Light of Myanmar newspaper on Monday that" (helper-278)
    r"(?:(?:\s+in\s+(?:a|an|its|the|his|her|their)\s+(?:[\w\-]+\s+)?(?:statement|communiqu[eé]|message|release))?"
    r"\s+(?:carried|published|issued|released|posted|broadcast|aired|read)\s+(?:by|on|in|over)\s+"
    r"(?:(?!\band\b|\bbut\b)[^,.;“\"]){1,80}?\s+(?=that\s))?"
    r"(?:(?!\band\b|\bbut\b|\bwas\b|\bis\b|\bhad\b)[^,.;“\"]){0,70}?\bthat\s+"
)
"""A "that" opening what was said after the cue, past an aside ("acknowledged, however, that") or
where it was said ("told reporters in Wabag, the provincial capital, that": the claim was the
speaker's own title, a held-out article's)."""


ROLE_AFTER_A_NAME = compiled(
    r"(?:the\s+|a\s+|an\s+)?(?:[Pp]resident|[Mm]ayor|[Gg]overnor|[Cc]hair(?:man|woman|person)?|[Hh]ead|[Dd]irector|"
    r"[Ss]ecretary|[Mm]inister|[Cc]ommissioner|[Pp]refect|[Ss]pokes(?:man|woman|person)|[Cc]ommander|[Ll]eader|"
    r"[Cc]oordinator|[Aa]dministrator)\b[^,.;]{0,100},"
)
"""After "according to" a person's name and its comma, the person's office set off by a second
comma: what was said begins after it."""


OPENING_PHRASE = compiled(rf"(?:{_OPENING_WORDS})\b[^,]{{0,40}},")
"""A phrase that only opens a sentence ("In Goma, “…”, a resident said"): no part of what is said."""


ACCUSED_BY = compiled(
    r"\s+by\s+(?:the\s+)?(?P<who>[A-Z][\w’'.\-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w’'.\-]*){0,5})\s+(?:of|for)\s+"
)
"""A charge in the passive: "accused by the United Nations of attacks" is the UN's, what it
charges after "of" (a newcomer's claim was "by the United Nations of …", the accused's)."""
_SUBJECT_THEN_VERB = compiled(
    r"\s+(?:the|its|his|her|their|these|those)\s+(?:(?!that\b)[\w\-]+\s+){1,3}?"
    r"(?:[a-z]{3,}ed(?!\s+(?:on|in|at|by|from|to|with|via|through|across|over|under|online|last|next|this|earlier|"
    r"later|yesterday|today|was|is|has)\b)|were|are|have|has|had|was|is|would|will|could|"
    r"belong(?:s|ed)?|remain(?:s|ed)?)\b"
)
"""Right after the cue, the content's own subject and verb ("claimed the rebels belonged to a
front that had…", "said the soldiers burned houses that…"): a "that" further on opens no content
(not "warned the displaced families that", "denied the reports circulated on social media that")."""
_BARE_SUBJECT_THEN_VERB = compiled(
    r"\s+(?:(?!(?:that|and|but|in|on|at|to|from|of|for|with|by|after|before|during|when|while|the|a|an|its|his|her|"
    r"their|these|those|this|our|my|your)\b)[a-z][\w\-]*\s+)"
    r"{1,2}?(?:[a-z]{3,}ed(?!\s+(?:on|in|at|by|from|to|with|via|through|across|over|under|online|last|next|this|"
    r"earlier|later|yesterday|today|was|is|has|that)\b)|fired|opened|attacked|killed|shelled|raided|torched|looted|"
    r"abducted|ambushed|clashed|entered|shot|hit|struck|took|fled|stormed|overran|fought|threw|burnt|stole|"
    r"were|are|had|was|would|will)\s+(?!that\b)"
)
"""The same with a subject and no article ("said plain-clothes officers fired from a van into a
crowd that had blocked the road", "said soldiers shot at a bus that was carrying traders": the
content was the crowd's, a newcomer's "had blocked the road")."""


def starts_with_its_subject(after: str) -> bool:
    """Whether the words right after a cue are the content's own subject and verb (see above)."""
    return bool(_SUBJECT_THEN_VERB.match(after) or _BARE_SUBJECT_THEN_VERB.match(after))


def dateline_agencies(text: str) -> Iterator[tuple[int, int]]:
    """The agency in brackets at the end of each dateline `skip_opening` reads ("ZUGDIDI, Georgia,
    Nov 29 (Black Sea Newswire) –"): no place ("Sea Newswire"), and the source of an event row."""
    for line in _LINE_START.finditer(text):
        end = skip_opening(text, line.start())
        brackets = list(_IN_BRACKETS.finditer(text, line.start(), end))
        if brackets:
            yield brackets[-1].span()


def dateline_outlet(text: str) -> str:
    """The outlet the report's opening dateline names ("KHARKIV, Ukraine, 3 Dec 2026 (Reuters) -",
    "Tallinn (Meduza) —"), or "": an events table's source for a report with no web address."""
    opening = len("\n".join(text.split("\n", _LINES_OF_THE_OPENING)[:_LINES_OF_THE_OPENING]))
    first = next((span for span in dateline_agencies(text[:opening])), None)
    return text[first[0] + 1 : first[1] - 1].strip() if first else ""


_LINE_START = compiled(r"^(?=\S)", re.MULTILINE)
_IN_BRACKETS = compiled(r"\([^()\n]{2,60}\)")
_LINES_OF_THE_OPENING = 4
"""A dateline opens the first paragraph, after the title's line."""


_PLACE_THEN_RANKED_NAME = compiled(
    r"(?:[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?,\s+)?"  # the office's town ("…, Kohima,")
    r"(?:(?:Lt|Col|Gen|Maj|Capt|Brig|Lieutenant|Colonel|Major|Captain|Brigadier|General|Inspector|"
    r"Superintendent|Commander|Mr|Mrs|Ms|Dr)\.?\s+)+"
    r"(?P<name>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,3}),\s+"
)
"""After "According to a statement issued by the PRO (Defence)," the town of the office and the
officer, named with a rank ("Kohima, Lt Col Aditya Bhardwaj,"): who speaks, before what is said."""


_A_STATEMENT = compiled(r"\b(?:statement|release|communiqu\w*|bulletin|PRO)\b")


def ranked_name_after(
    text: str, source_start: int, comma: int, start: int, end: int
) -> tuple[tuple[int, int], int] | None:
    """The officer named with a rank (after the office's town) at `start`, when what came before the
    comma is a statement ("According to a statement issued by the PRO (Defence),"): the span of the
    name and where what is said begins; None otherwise ("According to police, Mr John Kamau, a
    trader, was shot dead": he is what they say)."""
    if _A_STATEMENT.search(text, source_start, comma) is None:
        return None
    match = _PLACE_THEN_RANKED_NAME.match(text, start, end)
    return (match.span("name"), match.end()) if match is not None else None
