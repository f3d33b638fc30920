"""What the words around a name say of the kind of place it is: "Kunduz province", "the town of
Moura", "the Abu Shouk displacement camp", "the capital of Shan State" (split from `readings`,
which was over 450 lines). Read alike when a form is pre-filled and when a place is suggested."""

from __future__ import annotations

import re

from annotations.model import PlaceKind
from annotations.text.listed_kinds import kind_listed_after, kind_of_a_list
from annotations.text.pattern_cache import compiled
from annotations.text.per_text import per_text

_LISTED_BEFORE_KIND = compiled(
    r"(?:,\s+[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?)*,?\s+and\s+[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?(?=\s+[a-z])()"
)
"""Names listed before one kind word in the plural: the kind word says what each of them is."""


@per_text  # suggestions read the same article again after every change
def place_kind_from_context(text: str, start: int, end: int) -> PlaceKind | None:
    """ "Imam Sahib district", "province of Kunduz", "city of Maimana": the kind the text says."""
    after = text[end : end + 30].lower()
    before = text[max(0, start - 32) : start].lower()  # "a peaceful settlement of " whole
    listed = _LISTED_BEFORE_KIND.match(text, end)
    if listed is not None and _PLURAL_WORD.match(text, listed.end(1)):  # "the Abu Salim and Ain Zara neighbourhoods"
        after = text[listed.end(1) : listed.end(1) + 30].lower()
    kind_after = _KIND_AFTER.match(after)
    if kind_after is not None and kind_after.group(1) == "town" and _AN_ARTICLE_BEFORE.search(before):
        kind_after = None  # "the Christian town", "the Museveni town rally": no town's name
    if kind_after is not None and kind_after.group(1) in ("payam", "boma") and not text[end + 1 : end + 2].islower():
        kind_after = None  # "Rebecca Boma told": a surname, not a boma
    if kind_after is not None and kind_after.group(1) == "division" and not text[end + 1 : end + 2].islower():
        kind_after = None  # "the 6th Infantry Division": a unit; "Ngo-Ketunjia division" is Cameroon's (helper-366)
    kind_of = _KIND_OF_BEFORE.search(before) if not _NO_UNITS_NAME.match(text, start) else None
    if kind_of is not None and kind_of.group(1).startswith("municipalit") and _SAID_AFTER.match(after):
        kind_of = None  # "the Buco-Zau municipality of Cabinda province": the province
    holds_a_district = kind_of is not None and _a_district_named_before(text, start, kind_of)
    if holds_a_district:
        kind_of = None  # "Khash district of Nimroz province": Khash is the district, Nimroz holds it
    last_of_a_list = text.endswith(" and ", 0, start)
    last = _LAST_DESCRIBED.match(text, end) if last_of_a_list else None
    found = (kind_after, kind_of, _KIND_DESCRIBED.match(text, end, end + 60), last)
    said = {_KIND_WORDS.get(kind, kind) for m in found if m is not None for kind in m.groups() if kind}
    if _VILLAGE_PREFIX.match(text, start, end):
        said.add("village")
    for kind in ("district", "province", "city", "village"):
        if kind in said:
            return kind  # type: ignore[return-value]
    for pattern, kind in _OTHER_KINDS:
        if pattern.match(after) if pattern is not _CAPITAL_OF else pattern.search(before):
            return kind
    plural = kind_of_a_list(text, start, end, after, listed is not None) or kind_listed_after(text, start, end)
    if plural is not None:
        return plural
    if holds_a_district:
        return "province"  # "in the Andarab district of Baghlan": the province, not the city
    if _FEATURE_OF_BEFORE.search(before) and not _AN_OFFICE.match(text, start):
        return "other"  # not "the military post of Chief of Staff"
    return "other" if _AREA_AFTER.match(text, end) else None


def _a_district_named_before(text: str, start: int, kind_of: re.Match[str]) -> bool:
    """Whether a district's name stands before "district of" (or "municipality of", "woreda of"…):
    the kind word is that name's, and the name after "of" holds it ("Kurram district of Khyber
    Pakhtunkhwa"). A village or town "of" a name is that name's, whatever stands before."""
    kind = kind_of.group(1)
    if _KIND_WORDS.get(kind, kind) != "district":
        return False
    at = max(0, start - 32) + kind_of.start(1)
    return _A_NAME_BEFORE.search(text, max(0, at - 40), at) is not None


_A_NAME_BEFORE = compiled(
    r"(?<![\w’'\-])(?!(?:The|A|An|This|That|These|Its|Their|His|Her|Our|Each|Every|Another|One|In|Of|For|And)\b)"
    r"[A-Z][\w\-]*[a-z](?<![iecly]an)(?<![bhdkoumt]an)(?<!ese)(?<!ish)(?<!i)(?<!ic)\s+$"
)
"""A name right before the kind word: not an article ("The district of"), a possessive or an
adjective of a people ("the Guatemalan municipality of Cuilco", "the Afghan district of", "Afghanistan's
district of"), told by how such adjectives end: "the Raghwan district of Marib province" names Raghwan (and
Marib was taken for the district, helper-359)."""
_NO_UNITS_NAME = compiled(r"(?:Mwami|Op[ée]ration|Operation|NGOs)\b")
"""After "the chefferie of", a chief's title or an operation ("the chefferie of Mwami Ndeze", "the
secteur of Opération Sokola"), no unit's name."""
_AN_ARTICLE_BEFORE = compiled(r"\b(?:the|a|an)\s+$")
_SAID_AFTER = compiled(r"\s+(?:province|region|state|governorate|department|district|county)\b")
"""A kind word after a name, which says more of it than "municipality of" before it."""
_PLURAL_WORD = compiled(r"\s+[a-z]+s\b")
"""A kind word in the plural: it says what each name of the list is ("…, and Kunduz province" does not)."""
_KIND_AFTER = compiled(
    r"\s+(district|province|township|lga|local government(?: area)?|payam|boma|woreda|tehsil|division|"
    r"(?:city|village)(?!s?\s+of\b)|"
    r"town(?=\s*(?:[,.;:)]|$)|\s+(?:and|or|in|on|near|to|from|where|which|that|was|is|has|had|were|are|with|for|"
    r"since|until|at|by|after|before|itself)\b))s?\b"
)
SETTLEMENT = (
    r"(?<!peaceful )(?<!political )(?<!final )(?<!negotiated )(?<!lasting )(?<!comprehensive )(?<!any )(?<!a )"
    r"(?<!diplomatic )(?<!durable )settlement"
)
"""A settlement as a place ("the settlement of Ñu Porã"), not as the end of a dispute ("a peaceful
settlement of Karabakh", "the final settlement of Abyei")."""
_KIND_OF_BEFORE = compiled(
    rf"\b(district|province|city|town|village|hamlet|{SETTLEMENT}|township|territories|commune|communes|municipality|"
    r"municipalities|woreda|woredas|kebeles|community|"
    r"(?<![Aa] )(?:chefferie|groupement|localit[eé]|section communale|secteur|posto administrativo|localidade)) of\s+$"
)
_KIND_WORDS = {
    "town": "city", "township": "district", "community": "city", "lga": "district", "local government": "district",
    "local government area": "district", "hamlet": "village", "settlement": "village",
    "territories": "district", "commune": "district", "communes": "district", "payam": "district", "boma": "village",
    "municipality": "district", "municipalities": "district", "woreda": "district", "woredas": "district",
    "tehsil": "district", "kebeles": "district", "division": "district", "chefferie": "district",
    "groupement": "district", "localite": "village", "localité": "village", "section communale": "district",
    "secteur": "district", "posto administrativo": "district", "localidade": "village",
}  # fmt: skip
"""Kind words the place kinds name otherwise ("Depayin Township" is a district of Myanmar; "the
territories of Bagata" of Congo, "the commune of Rugombo" of Burundi; not "the territory of
Kherson region"). A village or town "of" a
name is that name's ("the Christian village of Kesta")."""
_AREA_AFTER = compiled(
    r"\s+(?:(?:border|frontier)\s+(?:area|region|zone|triangle)|(?:gas|oil)\s*field|area|plain|plateau|highlands|"
    r"lowlands)\b"
)
""""the Raya Alamata area", "the Ruzizi plain", "the disputed al-Fashaga border region" (in lower
case: "Tsafe Local Government Area" is a name whole)."""
_DESCRIBED_AS_VILLAGES = (
    r",\s+(?:(?:two|three|four|five|six|several|small|farming|fishing)\s+){1,3}(village|town|hamlet|settlement)s\b"
    r"(?!\s+(?:were|was|are|is|have|had|has|will|would)\b)"
)
_KIND_DESCRIBED = compiled(
    r",\s+(?:a|the)\s+(?:[a-z\-]+\s+){0,2}?(district|city|town|village|hamlet)\s+(?:in|of|near|on|north|south|east|west)\b"
    r"|(?:,\s+[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?)*,?\s+and\s+[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?"
    rf"{_DESCRIBED_AS_VILLAGES}"
)
""""Ban Lubo Sawo, a village in Narathiwat", "Ambalabe, a hamlet of about 60 households": the
description says what the name is; so for each name of a list ("Qurac Dheer, Baar-Ceel and
Labi-Qori, small farming villages east of Mahas")."""
_LAST_DESCRIBED = compiled(_DESCRIBED_AS_VILLAGES)
"""The last name of such a list itself ("… and Labi-Qori, small farming villages")."""
VILLAGE_WORDS = frozenset({"Ban", "Kampung", "Kampong", "Desa", "Phum", "Dusun"})
_VILLAGE_PREFIX = compiled(rf"(?:{'|'.join(sorted(VILLAGE_WORDS))})\s+[A-Z]")
""""Ban Lubo Sawo", "Kampung Jalan Baru": Thai, Malay and Indonesian villages carry the word."""
_FEATURE_OF_BEFORE = compiled(
    r"\b(?:forest|valley|oasis|island|plain|hills|mountains|camp|neighbou?rhood|quarter|suburb|locality|barrier|"
    r"checkpoint|(?:military|army|police|border) post|resguardo|(?<!\ba )(?<!['’]s )(?<!\bits )reserve) of\s+$"
)
""""the forest of Bissine", "the valley of Jordan", "the camp of al-Jufaina", "the barrier of Kisengo": a
place named by what it is."""
_AN_OFFICE = compiled(r"(?:Chief|Deputy|Minister|Defen[cs]e|Director|Governor|Secretary|Commander|Head|President)\b")
_CAPITAL_OF = compiled(r"\bcapital(?: city)? of\s+$")
_OTHER_KINDS: tuple[tuple[re.Pattern[str], PlaceKind], ...] = (
    (compiled(r"\s+(?:region|oblast|governorate|state)\b"), "province"),  # "Mandalay Region", "Shan State"
    (_CAPITAL_OF, "province"),
    (
        compiled(r"\s+(?:territory|zone|county|local government area|grouping|groupement|chiefdom|chefferie)\b"),
        "district",
    ),  # "West Shewa zone", Congo's "the Mulolo grouping"
    (
        compiled(
            r"\s+(?:(?:displacement|refugee|idp|displaced|relief|transit|military|army|police)\s+(?:camps?|sites?)|camps?|"
            r"(?:(?:border|ferry)\s+)?crossings?(?!\s+(?:times?|fees?|hours|rates?|figures|numbers|data))|"
            r"border\s+(?:post|point)|neighbou?rhoods?|"
            r"suburbs?|quarters?|communes?|townships?|community(?!\s+of\s)|wards|"
            r"(?:fuel|oil|gas|sea|river|fishing)\s+(?:port|terminal)s?)\b"  # "the Ras Isa fuel port" (helper-360)
        ),
        "other",  # "the Abu Shouk displacement camp", "the Tabarre neighbourhood"
    ),
)
"""Kind words after a name (or "capital of" before it), tried in this order."""
