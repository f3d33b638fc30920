"""Places tagged in or around a claim that are not where its event happened: where another event it
names was, where people come from, where the hurt were taken, where a speaker is or files from (split from
`claim_places`, which was over 450 lines)."""

from __future__ import annotations

import re

from annotations.claims.earlier_events import in_an_earlier_event
from annotations.model import Annotation
from annotations.text.pattern_cache import compiled

WHERE_THEY_COME_FROM = compiled(
    r"(?:\b(?:migrants?|refugees?|nationals?|pilgrims?|natives?)\s+(?:originally\s+)?from|\boriginally\s+from"
    r"|\bfrom\s+(?:his|her|their|its)\s+(?:home\s*town|hometown|home\s+village|native\s+\w+|village|home)"
    r"|\bfrom\s+the\s+direction\s+of"  # "approached the base from the direction of Lake Chad"
    r"|\b(?:peacekeepers|troops|soldiers|forces|contingents?|personnel|officers|experts|workers)\s+from"
    r"(?:\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*,)*(?:\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*,?\s+and)?"  # "13
    # peacekeepers from South Africa, Malawi and Uruguay were killed": their countries (helper-365's row in Uruguay)
    r"|\b(?:sent|deployed|dispatched|flown|moved|brought|rushed|redeployed)\s+(?:in\s+)?from)\s+"  # "troops of the
    # MNJTF were sent from Dikwa to reinforce the base" (helper-358's row at Dikwa)
    r"(?:the\s+)?(?:(?:near|in|of|outside)\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
"""Where people come from ("six of them migrants from the Horn of Africa", "two friends from his home
town near Dire Dawa"): not where it happened."""
_FROM_THE = compiled(r"\b(?:from|towards?)\s+the\s+$", re.IGNORECASE)
_WHERE_THEY_WENT = compiled(
    r"\b(?:before|after|then|and|had|have|has|were|was|later)\s+"
    r"(?:withdr[ae]w|withdrawing|withdrawn|retreat(?:ed|ing)?|fled|flee(?:ing)?|escap(?:ed|ing)|made\s+off)\s+"
    r"(?:back\s+)?(?:towards?|to|into|in\s+the\s+direction\s+of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
"""Where the doers went after ("abducted 15 women before withdrawing toward Lake Chad": helper-354's row was at the
lake, not at Monguno, where the residents who told it live; "troops had withdrawn to Malakal"); not where those
struck were heading ("its jets struck ISWAP fighters retreating towards Kirta Wulgo")."""
_A_DIRECTION_AFTER = compiled(r"\s+(?:direction|side|axis|flank)\b", re.IGNORECASE)
_A_HOSPITAL = r"(?:hospital|clinic|infirmary|medical\s+(?:centre|center|facility)|health\s+(?:centre|center))"
_WHERE_THE_HURT_WENT = compiled(
    r"\b(?:flown|airlifted|evacuated|taken|rushed|transferred|brought|moved|referred|admitted)\s+(?:to|at)\s+"
    r"(?:the\s+|a\s+)?(?:(?:(?!and\b|but\b|where\b|after\b)[\w\-’']+\s+){0,5}?"
    rf"{_A_HOSPITAL}(?:\s+\([^()]{{1,12}}\))?\s+(?:in|at)\s+(?:the\s+)?|(?:[\w\-’']+\s+){{0,4}}{_A_HOSPITAL}\s+\()$",
    re.IGNORECASE,
)
"""Where the wounded or the dead were taken ("four others were wounded and were flown to the Combined
Military Hospital (CMH) in Quetta", its short form too): not where it happened (helper-275's toll was a
clash at Quetta); a hospital said, not "troops were moved to Mastung … where they clashed" (helper-277)."""
_TAKEN_TO = compiled(
    r"\b(?:flown|airlifted|evacuated|taken|rushed|transferred|brought|moved|referred|admitted)\s+(?:to|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_HOSPITAL = compiled(_A_HOSPITAL, re.IGNORECASE)
"""A hospital tagged as the place the hurt were taken to ("flown to the Combined Military Hospital")."""


def elsewhere(text: str, claim: Annotation, place: Annotation, earlier: list[tuple[int, int]], since: int) -> bool:
    """Whether a place tagged in or around the claim is not where its event happened: where another
    event it names was (`earlier`, spans of its words), or where people come from (looked for back
    to `since`)."""
    return (
        in_an_earlier_event(earlier, place.start - claim.start, place.end - claim.start)
        or WHERE_THEY_COME_FROM.search(text, max(since, place.start - 60), place.start) is not None
        or (
            _FROM_THE.search(text, max(since, place.start - 10), place.start) is not None
            and _A_DIRECTION_AFTER.match(text, place.end) is not None
        )  # "They came from the Lake Chad direction" (helper-285's tolls of Marte were at Lake Chad)
        or _WHERE_THE_HURT_WENT.search(text, max(since, place.start - 90), place.start) is not None
        or _WHERE_THEY_WENT.search(text, max(since, place.start - 40), place.start) is not None
        or _ACROSS_THE_BORDER.search(text, max(since, place.start - 40), place.start) is not None
        or (
            _TAKEN_TO.search(text, max(since, place.start - 40), place.start) is not None
            and _HOSPITAL.search(place.quote) is not None
        )
    )


_ACROSS_THE_BORDER = compiled(r"\b(?:border|frontier)s?\s+with\s+(?:neighbou?ring\s+)?$", re.IGNORECASE)
"""Before the country across a border ("arrived from the direction of the border with Mali", "near the border with
Niger"): not where the event happened (helper-361's looting in Burkina Faso was a row in Mali, at Bamako)."""


TITLED_THERE = compiled(
    r"\s+(?:(?:county|district|provincial|state|regional|local|area|municipal)\s+)?(?:commissioner|governor|"
    r"administrator|mayor|police\s+(?:chief|commander|spokes\w+))\b",
    re.IGNORECASE,
)
"""After a place, the title of a speaker it names ("Nasir county commissioner James Lew said 27 soldiers … died"): his
county, not where the dead died (helper-360: a row of its own at the same town, on the article's day)."""


PUTS_THE_FIGURE = compiled(r"(?:\s+[\w’'\-]+){0,3}?\s+puts?\s+the\s+(?:[\w\-]+\s+){0,3}?(?:toll|figure|number|count)\b")
"""After the place of a speaker who gives a figure ("An army commander in Beledweyne put the number of soldiers
killed at 15", "The Taiz governorate's health office put the death toll at eight"): where they are, not surely
where the dead died (helper-340's were rows of their own at the speaker's town, beside the event's)."""


WHERE_THE_SPEAKER_IS = compiled(
    r"(?:\b(?:speak\w*|spoke|told|telling|tells|brief\w*|address\w*|news\s+conference|press\s+conference|reporters|"
    r"interview|statement|fled|fleeing|flee|displaced|based|sheltering|sheltered|visit\w*|arriv\w*|reached|returned|"
    r"living|lives|publish\w*|reports\s+on|monitor\w*|cover(?:s|ing)|analysts?|researchers?|experts?|specialists?)"
    r"\b[^.;:]{0,30}?)(?:\b(?:in|from|to|at|on)\s+(?:the\s+)?)?$"
    r"|\bsaid\s+(?:on\s+\w+\s+)?(?:in|from)\s+$"  # "Army spokesman X said in Yaounde that …" (helper-342)
    r"|\b(?:medics?|doctors?|nurses?|health\s+workers?|staff|officials?|sources?)\s+(?:working\s+)?at\s+"
    r"(?:(?:the|a|an)\s+)?(?:[\w\-]+\s+){0,2}?(?:hospital|clinic|morgue)\s+(?:in|of)\s+$"  # "a medic at the hospital
    r"|\b(?:medics?|doctors?|nurses?|health\s+workers?)\s+(?:working\s+)?at\s+$",  # in El Obeid", "a medic at El
    # Obeid's main hospital": where the speaker works, not where the dead died (helper-360)
    re.IGNORECASE,
)
"""Words before a place that say where someone is, the speaker or others ("told reporters in New
York that 20 civilians were killed", "Residents who fled to Tawila said …", "a group based in
Khartoum", "an analyst who publishes security reports on the Lake Chad region": helper-285's toll of
Marte was a row at Lake Chad): not surely where it happened, so no place (the analyst chooses one in the
form)."""


BASED_THERE = compiled(r"[-\s]based\b")
"""After a place, that a speaker is based there ("the Britain-based Syrian Observatory"): no place of the event."""
_DATELINE = compiled(r"[A-Z][A-Z .'\-]+(?:,[^\n]{0,90}?|\s*\([^()\n]{1,40}\))\s[-—–]+\s")
"""A dateline: "KHARTOUM, Sudan, Nov 2 (Reuters) -", and the town with its outlet alone, "BOGOTA (Reuters) -" (which
was taken for the event's place beside the one the claim's sentence names: no place, no row; helper-360)."""


def in_dateline(text: str, at: int) -> bool:
    """Whether a place is in its paragraph's dateline ("KHARTOUM, Sudan, Nov 2 (Reuters) -"):
    where the story was filed, not where it happened."""
    paragraph = text.rfind("\n", 0, at) + 1
    dateline = _DATELINE.match(text, paragraph)
    return dateline is not None and at < dateline.end()
