"""Words and shapes that say whether capitalised words name a place: words that never do alone,
kind words that are part of a name, countries named by acronym, a word that opens a longer name,
the second of two places."""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from annotations.suggest.gazetteer import Place
from annotations.suggest.names import ARMED_GROUPS
from annotations.suggest.place_anchors import TOWN
from annotations.suggest.place_context import after_place_preposition
from annotations.suggest.place_hits import ROAD_WORDS, PlaceHit, contiguous
from annotations.suggest.placenames import name_key, plain
from annotations.suggest.tokens import Spans, Token, capitalised, not_sentence_start
from annotations.text.compass import COMPASS
from annotations.text.navigation import NAME_STOPWORDS
from annotations.text.pattern_cache import compiled
from annotations.text.place_kinds import place_kind_from_context

COMMON = frozenset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    police army government city district province state union court mission capital central
    parliament congress senate assembly cabinet council republic equality reconciliation
    islam christianity judaism hinduism buddhism
    christmas easter ramadan eid
    war peace ceasefire truce world
    houthi houthis taliban
    arab arabs bedouin jewish indigenous native aboriginal
    north south east west northern southern eastern western northeast northwest southeast southwest
    northeastern northwestern southeastern southwestern
    my our your his her its their we they he she this these those there here""".split()
)
"""Words that are never a place by themselves: months and days ("in February"), directions
("Northeastern" is not a near spelling of Sierra Leone's North Western), peoples no country names
("young Arab men" is no Arab, Alabama; "an Indigenous community" no place), institutions ("in
Parliament", "the Republic of South Ossetia": no Republic, Missouri; "Civic Equality"), faiths
and feasts ("In Islam,", "near Christmas"), war and peace ("a World War Two-era ship" is no War,
West Virginia), a movement's name ("Houthi custody"), pronouns ("“My brother was not a raider”" is not
Mie, Japan)."""

COUNTRY_ACRONYMS = {"DRC": "Democratic Republic of the Congo", "UAE": "United Arab Emirates"}
"""Countries news names by acronym (not "CAR" or "US": headlines and words in capitals)."""
CONNECTORS = NAME_STOPWORDS | {"de", "del", "da", "do", "dos", "das", "la", "las", "los", "du", "des", "di", "wa"}
"""Small words inside a name ("Vizcatán del Ene", "Santa Cruz de la Sierra", "Khost wa Fereng")."""
PLURAL_PROVINCES = frozenset({"rivers", "lakes"})
"""Provinces named by a plural noun: a province only as "Rivers State" ("the Apurímac and Mantaro Rivers")."""
_STATE_AFTER = compiled(r"\s+state\b")

AN_OFFICE_AFTER = compiled(
    r"\s+(?:District|County|Province|Provincial|Region|Regional|State)\s+(?:Commissioner|Commander|Council|Councillor|"
    r"Chairman|Chairperson|Officer|Administrator|Executive|Security|Court|Police)\b"
)
"""A kind word that opens an office's title ("the Resident District Commissioner"): the word
before it names no place by the kind word alone."""
KIND_IN_NAME = compiled(
    r"\s+(?:State|Region|Province|Division|Governorate|Oblast|Territory|District|Local Government Area|LGA|County|"
    r"Township)\b"
)
"""A kind word written as part of the name: the span takes it."""


def countries_of(places: list[Place]) -> set[str]:
    """The countries these places say the article is about: of countries and provinces, and of
    places from any list but the world's towns (too many of them share a name)."""
    return {p.country for p in places if p.country and (p.kind in ("country", "province") or p.source != "geonames")}


_NEXT_NAME_WORD = compiled(r" ([A-Z][\w’'\-]*)")
_ROAD_AFTER = compiled(rf"\s+{ROAD_WORDS}\b")
_ROAD_OF_TWO = compiled(rf"\s+[A-Z][\w’'\-]*\s+{ROAD_WORDS}\b")
"""Two places before a road are its two ends, not one name: "the Goma Sake road" (but "the Aminu
Kano road" is named after a person)."""


def opens_a_name(text: str, hit: PlaceHit, places_at: frozenset[int] = frozenset()) -> bool:
    """One word followed by more capitalised words: "Media" of "the Media Information Officer" is
    no Algerian town (kept if the article is about that country); "Kunduz Province" is Kunduz."""
    following = _NEXT_NAME_WORD.match(text, hit.end)
    single = " " not in text[hit.start : hit.end]
    opens = following is not None and following.group(1).lower() not in COMMON  # "Kharkiv Monday" opens nothing
    road = _ROAD_OF_TWO.match(text, hit.end) is not None and following is not None and following.start(1) in places_at
    return single and opens and not KIND_IN_NAME.match(text, hit.end) and not road


def in_a_name(text: str, hit: PlaceHit, titles: Spans, places_at: frozenset[int] = frozenset()) -> bool:
    """A word opening or closing a longer capitalised name (a headline capitalises every word);
    `places_at`: where the words that may be places start (a road between two is no name)."""
    return opens_a_name(text, hit, places_at) or (
        closes_a_name(text, hit, places_at) and not titles.overlapping(hit.start, hit.end)
    )


_NAME_BEFORE = compiled(r"(?<![\w’'\-.])([^\W\d_][^\W\d_]+) $")


def closes_a_name(text: str, hit: PlaceHit, places_at: frozenset[int] = frozenset()) -> bool:
    """One word after another capitalised word of a name, not at a sentence's start: "Kara" of
    "led by Abdel Raouf Kara" is no Togolese city (kept if the article is about that country); "Sake"
    of "the Goma Sake road" is one end of the road."""
    if " " in text[hit.start : hit.end] or hit.region_of is not None:
        return False
    before = _NAME_BEFORE.search(text, max(0, hit.start - 24), hit.start)
    if before is None or not _name_shaped(before.group(1)):
        return False
    if _ROAD_AFTER.match(text, hit.end) and before.start(1) in places_at:
        return False  # the other end of a road, not a person's surname ("the Aminu Kano road")
    by_someone = text[max(0, before.start() - 3) : before.start()] == "by "  # "led by Hervé Kara"
    return not_sentence_start(text, before.start()) and (
        by_someone or not after_place_preposition(text, before.start())
    )


def _name_shaped(word: str) -> bool:
    lowered = word.lower()
    return word[0].isupper() and word[1:].islower() and lowered not in COMMON and lowered not in NAME_STOPWORDS


def plural_noun(text: str, surface: str, end: int) -> bool:
    """ "the Apurímac and Mantaro Rivers": a province named by a plural noun only as "Rivers State"."""
    return (
        surface.lower() in PLURAL_PROVINCES and not KIND_IN_NAME.match(text, end) and not _STATE_AFTER.match(text, end)
    )


_SHORT_MONTH_DAY = compiled(r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}\b")


def a_short_month(text: str, start: int) -> bool:
    """ "Nov 30 (Reuters)": a date's month, not Nov in Tajikistan (whose Badakhshan the article's
    named, so its towns were likely)."""
    return _SHORT_MONTH_DAY.match(text, start) is not None


def second_of_two(text: str, hits: list[PlaceHit], start: int) -> bool:
    """After "and" and a place that follows a preposition of place ("to Hurti and Maiyanga", "towards
    Agok, Abyei town and Mijak"; not "shelled Kunduz and Ahmadzai said")."""
    if not hits or not after_place_preposition(text, hits[-1].start):
        return False
    if text[hits[-1].end : start] == " and ":
        return True
    if _KIND_THEN_AND.fullmatch(text, hits[-1].end, start) is None:
        return False
    listed = text[max(0, hits[-1].start - 2) : hits[-1].start] == ", "  # "towards Agok, Abyei town and Mijak"
    return listed or not _ACTS_NEXT.match(text, start)  # "fled to Pibor town and Gumuruk"; not "… and Deng said"


_ACTS_NEXT = compiled(r"[A-Z][\w’'\-]*\s+(?:[a-z]+ed|said|says|told|called|warned|wrote|spoke)\b")
"""A name that does or says something next: a person, not the next place of a list."""
_KIND_THEN_AND = compiled(r" (?:town|village|city|camp) and ")
"""Between the last two places of a list, after the kind word of the one before ("towards Agok,
Abyei town and Mijak")."""


def lone_name(text: str, tokens: Sequence[Token], index: int, lowercase: AbstractSet[str]) -> bool:
    """A single capitalised word that is no common word and opens no longer name."""
    word = tokens[index][2]
    following = tokens[index + 1][2] if index + 1 < len(tokens) else ""
    alone = not capitalised(following) or not contiguous(text, tokens, index, index + 1)
    return word.lower() not in COMMON and word.lower() not in lowercase and alone


def two_word_name(text: str, tokens: Sequence[Token], index: int, lowercase: AbstractSet[str]) -> int | None:
    """Where a name of two capitalised words ends that is the second of two places ("to Okene and
    Yagba West", "to Okene and Ogori Magongo"): no common word in it, no kind word ("Kandahar
    Province"), no third capitalised word after it, and nothing it does or says next ("… and Ahmad
    Shah said"); None otherwise."""
    if index + 1 >= len(tokens) or not contiguous(text, tokens, index, index + 1):
        return None
    words = (tokens[index][2], tokens[index + 1][2])
    if KIND_IN_NAME.fullmatch(" " + words[1].removesuffix("s")) or words[1] in ("LGAs", "IDPs"):
        return None  # "to Kabul and Kandahar Province": the gazetteer's Kandahar; "Mobbar LGAs"
    if not capitalised(words[1]) or any(w.lower() in COMMON or w.lower() in lowercase for w in _naming(words)):
        return None
    if index + 2 < len(tokens) and capitalised(tokens[index + 2][2]) and contiguous(text, tokens, index + 1, index + 2):
        return None
    return None if _ACTS_NEXT.match(text, tokens[index + 1][0]) else tokens[index + 1][1]


def _naming(words: tuple[str, str]) -> tuple[str, ...]:
    """The words of a two-word name that must be no common word: a compass point after a name is
    part of it ("Yagba West", "Ijumu Central")."""
    return words[:1] if words[1] in ("North", "South", "East", "West", "Central") else words


_FRENCH_DIRECTIONS = {"North": "Nord", "South": "Sud", "East": "Est", "West": "Ouest"}


def french_form(surface: str) -> str | None:
    """A province of a French-speaking state as its lists name it: "North Kivu" is "Nord-Kivu"
    (a newcomer's "North Kivu province" was a new province of no country)."""
    first, _space, rest = surface.partition(" ")
    french = _FRENCH_DIRECTIONS.get(first)
    return f"{french}-{rest}" if french is not None and rest and " " not in rest else None


def same_spelling(surface: str, place: Place) -> bool:
    """World cities need the spelling as written (accents aside, and a hyphen after an Arabic
    article: "El-Arish" is GeoNames' "El Arish"): their alternate names collide."""
    target = plain(_ARTICLE_HYPHEN.sub(" ", surface))
    return any(plain(_ARTICLE_HYPHEN.sub(" ", name)) == target for name in place.names())


_ARTICLE_HYPHEN = compiled(r"(?<=\b[AaEe]l)-(?=[A-Z])")


def a_country(text: str, hit: PlaceHit) -> bool:
    """A hit spelt as a country's name ("Congo" of "Congo Rebels Seize Goma")."""
    return any(p.kind == "country" and same_spelling(text[hit.start : hit.end], p) for p in hit.places)


def derived_word(surface: str, place: Place) -> bool:
    """ "Russian" is near "Russia" but is an adjective made from it, not a spelling of it."""
    word = name_key(surface)
    return any(word != name_key(n) and word.startswith(name_key(n)) for n in place.names())


def large_town(surface: str, place: Place) -> bool:
    """A town large enough to be found by another spelling of its own name (`TOWN`): the same key
    as its GeoNames name (Nekemte, Nek’emtē), not as one of its alternate names in other languages
    (Konya's "ke ni ya" is no Kenya), for names of five letters or more."""
    own = place.name.split(",")[0]  # "Washington, D.C." is Washington
    return place.population >= TOWN and len(surface) >= 5 and name_key(surface) == name_key(own)


GROUP_NAME = compiled(rf"(?:{ARMED_GROUPS})\b")
"""An armed group's name: "Islamic State Sahel Province" names the group, not a province."""


PARTICLE = compiled(r"(?:al|el|ad|ash|as|an|ar|at|az|ud|ul|ed|en|ez|es|et|er)-[A-Z]")
"""An Arabic article written in lower case inside a name ("Maarat al-Numan")."""


_KIND_OF = compiled(r"\b(?:village|town|city|district|neighbou?rhood|area|camp)\s+of\s+$")


def named_after_a_place(text: str, tokens: Sequence[Token], index: int) -> bool:
    """Whether a name opening with a lower-case Arabic article follows "the village of" and the
    like, a place and "and" ("Jarablus and al-Bab"), a word of where (`_WHERE_OF_A_PLACE`) or has
    a kind word after it ("the al-Rawdha neighbourhood"), unless it names an armed group."""
    start = tokens[index][0]
    if _KIND_OF.search(text, max(0, start - 20), start) is not None:
        return True
    if PART_OF_IT.match(text, tokens[index][1]):
        return _WHERE_OF_A_PLACE.search(text, max(0, start - 30), start) is not None  # "in al-Jubah's old quarter"
    if GROUP_NAME.match(text, start) or text[tokens[index][1] : tokens[index][1] + 2] in ("'s", "’s"):
        return False  # "in al-Sadr's office": whose, not where
    if _A_PERSON_DESCRIBED.match(text, tokens[index][1]):
        return False  # "near al-Hakim, the cleric": someone, not somewhere
    return (
        _A_PLACE_AND.search(text, max(0, start - 40), start) is not None
        or _WHERE_OF_A_PLACE.search(text, max(0, start - 30), start) is not None
        or place_kind_from_context(text, start, tokens[index][1]) is not None  # "al-Jubah district"
    )


_A_PERSON_DESCRIBED = compiled(
    r",\s+(?:(?:the|a|an|his|her)\s+(?:[\w\-]+\s+){0,2}?(?:cleric|leader|commander|spokes\w+|minister|official|"
    r"imam|sheikh|preacher|chief|head|founder|politician|businessman|general|colonel|governor|mayor|lawmaker|MP|"
    r"president|king|emir|prince)\b|who\b|whose\b)"
)
"""After a name, a person's description: a person, not a place ("near al-Hakim, the cleric")."""
_WHERE_OF_A_PLACE = compiled(
    r"\b(?:shelled|stormed|bombed|struck|entered|reached|direction\s+of|outskirts\s+of|(?<![Ii]n\s)fronts?\s+of|"
    r"(?:road|highway|route)\s+(?:to|from)|"
    f"{COMPASS}"
    r"\s+of|"
    r"(?<![Ii]n\sfront\s)(?:in|into|inside|throughout|across)|(?:roads?|routes?)\s+through|"
    r"\b(?:in|through)\s+(?:[a-z]{1,3}-)?[A-Z][\w’'\-]+(?:,\s+(?:[a-z]{1,3}-)?[A-Z][\w’'\-]+){0,4},?\s+and)"
    r"(?:\s+the)?\s+$"
)
"""Words after which a name opening with a lower-case Arabic article is a place: "south of
al-Sura al-Kabira", "in al-Mazraa, Walgha and al-Dour", "shelled al-Bayda", "from the direction of
al-Kasara", "the front of al-Mashjah", "in al-Jubah", "the road to al-Shuhayl". After "from",
"near" or "at" it is as often a person ("near al-Sadr, who addressed the crowd", "orders came from al-Burhan",
"near al-Hakim, the cleric": reviewers' cases): a place there only when a gazetteer knows it (`suggest_places`)."""


PART_OF_IT = compiled(
    r"['’]s\s+(?:(?:old|new|main|central|northern|southern|eastern|western|outer|inner|rural|remote)\s+)?"
    r"(?:quarters?|outskirts|suburbs?|neighbou?rhoods?|districts|streets|market|centre|center|countryside|"
    r"old\s+city|camps?|villages|towns|hills|mountains|border|north|south|east|west|frontline)\b"
)
"""A part of a place after a possessive: the name is the place's ("al-Jubah's old quarter",
"Tawila's camps"), not a person's ("al-Sadr's office", "Putin's words")."""


_A_PLACE_AND = compiled(r"(?:from|in|near|to|at|between|outside|around|reached)\s+(?:[A-Z][\w’'\-]+\s+)+and\s+$")
"""A place named after a preposition, then "and": the name after it is a place's too."""
