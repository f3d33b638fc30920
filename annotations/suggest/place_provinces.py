"""The province the text puts a place in ("X district in northern Y", "Y province's X", "X, in
Y province"), and the province named for a town: what the gazetteers' own records of a name do
not say about the place an article means."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from dataclasses import replace

from rapidfuzz import fuzz

from annotations.model import PlaceDetails
from annotations.suggest.admin1 import adjective_stems, core_key
from annotations.suggest.gazetteer import Place
from annotations.suggest.place_anchors import CALLED_A_PROVINCE
from annotations.suggest.place_hits import FEATURE_WORDS, PlaceHit
from annotations.suggest.place_names_whole import REPUBLIC_OF
from annotations.suggest.place_words import countries_of, french_form
from annotations.suggest.placenames import name_key, plain, written_key
from annotations.suggest.suggestion import Knowledge
from annotations.text.pattern_cache import compiled

_DIRECTION_WORDS = r"(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?"
_PROVINCE_AFTER = compiled(
    r"(?:\s+and\s+[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)?"  # "the Momand Dara and Lalpur districts of Nangarhar"
    rf"\s+(?i:districts?|towns?|villages?)\s+(?:in|of)\s+(?:the\s+)?(?i:{_DIRECTION_WORDS})([A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)"
)
_PROVINCE_BEFORE = compiled(r"([A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)\s+[Pp]rovince['’]s\s+$")


_IN = compiled(r",?\s+in\s+(?:the\s+)?")
_A_COUNTRYS = compiled(r"[A-Z][\w\-]+(?:\s[A-Z][\w\-]+)?['’]s\s+")
_TWO_NAMES = compiled(r"[A-Z][\w’'\-]+(?:\s[A-Z][\w’'\-]+)?,?\s+and\s+[A-Z]")
"""Two provinces named together: which of them a place lies in, the words do not say."""
_DIRECTION = compiled(rf"(?i:{_DIRECTION_WORDS})")


def in_named_province(
    text: str, hit: PlaceHit, knowledge: Knowledge, details: PlaceDetails, provinces_at: dict[int, Place]
) -> PlaceDetails:
    """ "X in South Kivu" (a province found there: `provinces_at`, by where it starts), "X
    district in northern Y", "Y province's X" and "X, in Y province": the province the text
    puts a place in, if Y is a province the gazetteers know (in the place's country, if known)."""
    for province in _provinces_said(text, hit, knowledge, provinces_at, owned=True):
        if details.country in (None, province.country):
            return replace(details, province=province.name, country=details.country or province.country)
    return details


def _provinces_said(
    text: str, hit: PlaceHit, knowledge: Knowledge, provinces_at: dict[int, Place], owned: bool = False
) -> Iterator[Place]:
    """The provinces the words around a place may put it in, the likeliest first (looked up only
    as far as they are asked for); with `owned`, also after a country's name ("in Somalia's Lower
    Shabelle region", "in Russia's Belgorod region"; a gazetteer's town there is kept, its
    province known by its code or a level up: "Djibo, in Burkina Faso's Soum province")."""
    follows = _IN.match(text, hit.end)
    if follows is not None:  # "in South Kivu" (the province's name), "in northern Kunduz"
        owner = _A_COUNTRYS.match(text, follows.end()) if owned else None
        owner = None if owner is None or _TWO_NAMES.match(text, owner.end()) else owner  # "Mali's Ségou and Timbuktu"
        for base in (follows.end(), owner.end() if owner is not None else None):
            direction = _DIRECTION.match(text, base) if base is not None else None
            for at in (base, direction.end() if direction else None):
                if at is not None and at in provinces_at:
                    yield provinces_at[at]
    after = _PROVINCE_AFTER.match(text, hit.end)
    before = _PROVINCE_BEFORE.search(text, max(0, hit.start - 60), hit.start)
    described = _DESCRIBED_IN_A_PROVINCE.match(text, hit.end)
    for found in (after, before, _IN_A_PROVINCE.match(text, hit.end), described):
        name = next((group for group in found.groups() if group), "") if found is not None else ""
        if not name[:1].isupper():
            continue
        known = [p for g in knowledge.gazetteers for p in g.lookup(name)]
        if (
            after is not None
            and found is after
            and any(p.kind == "country" for p in known)
            and not CALLED_A_PROVINCE.match(text, after.end())
        ):
            continue  # "Tizégorou village in Niger": the country, not Nigeria's Niger State
        yield from (p for p in known if p.kind == "province")
    yield from _province_of_the_municipality(text, hit, knowledge)


_IN_A_MUNICIPALITY = compiled(
    r",\s+in\s+the\s+(?:municipality|commune|district|county)\s+of\s+([A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)(?=[,.;])"
)
"""A place, then the municipality it lies in and no province: "the village of El Aguaje, in the municipality of
Aguililla," is in Aguililla's province."""


def _province_of_the_municipality(text: str, hit: PlaceHit, knowledge: Knowledge) -> Iterator[Place]:
    """The province of the one town or district the gazetteers know by the municipality's name (helper-325's El
    Aguaje of Aguililla, Michoacán, was a village of Veracruz)."""
    named = _IN_A_MUNICIPALITY.match(text, hit.end)
    if named is None:
        return
    towns = [p for g in knowledge.gazetteers for p in g.lookup(named.group(1)) if p.kind in ("city", "district")]
    where = {(p.province, p.country) for p in towns}
    if len(where) != 1:
        return  # none, or namesakes in several provinces: the words do not say which
    ((province, country),) = where
    if province and _named_in(province, text):  # a town of that name in a province the article never names is
        # another's: helper-333's Kitchanga "in the district of Masisi" was put in Inhambane, Mozambique
        yield from (
            p for g in knowledge.gazetteers for p in g.lookup(province) if p.kind == "province" and p.country == country
        )


def _named_in(province: str, text: str) -> bool:
    """Whether a word of a province's name, not one of its kind or direction, is a word of the text ("Michoacan" of
    "Michoacán de Ocampo")."""
    words = set(plain(text).split())
    return any(len(word) > 3 and word not in _NO_NAME_WORDS and word in words for word in plain(province).split())


_NO_NAME_WORDS = frozenset(
    "north south east west central northern southern eastern western province state region".split()
)


_IN_A_PROVINCE = compiled(
    r"(?:\s+and\s+[A-Z][\w’'-]+)?,?\s+in\s+(?:the\s+)?([A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)\s+(?:province|region)\b"
)
"""", in Yatenga province" after a name (or after the name beside it: "Nondin and Soro, in …")."""


_DESCRIBED_IN_A_PROVINCE = compiled(
    r",\s+(?:(?:a|an|the)\s+[^,.;]{1,60}?\s+in|in\s+the\s+(?:commune|municipality|district)\s+of\s+[A-Z][\w’'-]+)"
    r"\s+(?:the\s+(?:province|region|department)\s+of\s+([A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)"
    r"|([A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)\s+(?:province|region|department))"
)
"""A place described, then its province: "Kavaklı, a cluster of 30 stone houses in Hakkari
province", "Lolenco Alto, in the commune of Ercilla in the province of Malleco"."""


def provinces_told(
    text: str, hits: list[PlaceHit], knowledge: Knowledge, provinces_at: dict[int, Place]
) -> dict[str, list[Place]]:
    """The provinces the text puts each name in, by any of its mentions (`_provinces_said`, or a
    province right after it: `_province_after`)."""
    told: dict[str, list[Place]] = {}
    for hit in hits:
        key = name_key(text[hit.start : hit.end])
        if key not in told:
            said = list(_provinces_said(text, hit, knowledge, provinces_at, owned=True))
            after = None if said else _province_after(text, hit, provinces_at)
            said = said or ([after] if after is not None else [])
            if said:
                told[key] = said
    return told


def in_the_province_told(places: list[Place], provinces: list[Place]) -> list[Place]:
    """Of a name's places, those in the province the text puts it in; none of its country's towns
    elsewhere ("Kavaklı … in Hakkari province" was a Kavaklı of İstanbul, 1,300 km off): the text's
    own village is meant."""
    inside = [p for p in places if any(_in(p, province) for province in provinces)]
    if inside:
        return inside
    countries = {province.country for province in provinces}
    return [p for p in places if p.kind in ("country", "province") or p.country not in countries]


def _province_after(text: str, hit: PlaceHit, provinces_at: dict[int, Place]) -> Place | None:
    """The province written right after a name, when some of the name's places lie in it ("the
    rural area of Calamar, Guaviare": the Calamar of Guaviare, not the larger one of Bolívar; not
    "Kabul, Kandahar.", two places)."""
    comma = _COMMA.match(text, hit.end)
    province = provinces_at.get(comma.end()) if comma is not None else None
    if province is None:
        return None
    if any(_in(p, province) for p in hit.places):
        return province
    villages = hit.places and all(p.kind == "village" and p.country == province.country for p in hit.places)
    return province if villages else None  # "Ilaga, Puncak, Central Papua": no Puncak of West Java


_COMMA = compiled(r",[ \t]+")


def _in(place: Place, province: Place) -> bool:
    """Whether a place lies in the province told, or in the region that holds it: the built-in towns know
    only first-level divisions ("Djibo in Soum province": Djibo of Sahel, which holds Soum; it was a new
    place with no point, helper-278)."""
    code = province.codes.get("iso3166_2")
    if code is not None and place.codes.get("iso3166_2") == code:
        return True
    told = {name_key(province.name)} | ({name_key(province.province)} if province.province else set())
    return place.province is not None and name_key(place.province) in told


def not_another_province(text: str, hit: PlaceHit) -> list[Place]:
    """A name's places, less the provinces other than the one the text puts it in: "Nondin and
    Soro, in Yatenga province" names no province Sourou (spelt alike: a newcomer's)."""
    told = _IN_A_PROVINCE.match(text, hit.end)
    if told is None:
        return hit.places
    named = name_key(told.group(1))
    return [p for p in hit.places if p.kind != "province" or name_key(p.name) == named]


def province_of(town: Place, knowledge: Knowledge) -> Place | None:
    """The province named for a town, as a gazetteer knows it: the town's own province (the
    same ISO 3166-2 code), if named like the town (Kharkiv, Kharkivska oblast; not Sinjar, whose
    province is Ninawa: "the Sinjar region" is no name of Ninawa)."""
    code = town.codes.get("iso3166_2")
    if not code or not town.province:
        return None
    found = (p for g in knowledge.gazetteers for p in g.lookup(town.province))
    province = next((p for p in found if p.kind == "province" and p.codes.get("iso3166_2") == code), None)
    if province is None:
        return None
    town_key = name_key(town.name)
    named_for_it = fuzz.partial_ratio(town_key, core_key(province.name)) >= 75 or any(
        town_key.startswith(stem) for stem in adjective_stems(province.name)
    )  # "Rostov-on-Don", of "Rostovskaya oblast'"
    return province if named_for_it else None


_ENGLISH_KINDS = ("Oblast", "Region", "Krai")
"""The words English news gives the divisions of Ukraine, Russia and Belarus after a city's name."""


def provinces_where_named(
    text: str, exact: list[PlaceHit], held: Counter[str | None], knowledge: Knowledge
) -> dict[int, Place]:
    """The provinces named in the text, by where their names start: a name the gazetteers know
    first as a province (of namesakes, the one in the article's country), and a city's name
    called a region ("Russia's Belgorod region": the gazetteers' Belgorod is the city, and a
    drone's Berezovka there was put in Krasnoyarsk Krai, 3,000 km off, helper-359)."""
    found: dict[int, Place] = {}
    for hit in exact:
        if not hit.places:
            continue
        if hit.places[0].kind == "province":
            found[hit.start] = max((p for p in hit.places if p.kind == "province"), key=lambda p: held[p.country])
        elif hit.context_kind == "province":
            surface = text[hit.start : hit.end]
            named = province_by_english_name(surface, knowledge) or next(
                (p for town in hit.places if town.kind == "city" and (p := province_of(town, knowledge))), None
            )
            if named is not None:
                found[hit.start] = named
    return found


def province_by_english_name(surface: str, knowledge: Knowledge) -> Place | None:
    """The division English news names by a city's name and "region" ("the Moscow region" is
    Moscow Oblast, not the city of Moscow's own division; "Kyiv region" Kyiv Oblast; "the Bryansk
    region" Bryansk Oblast, whose city the gazetteer files under no province): one whose name,
    or English name, is the words and a kind word."""
    for word in _ENGLISH_KINDS:
        named = plain(f"{surface} {word}")
        found = {
            p.id: p
            for g in knowledge.gazetteers
            for p in g.lookup(f"{surface} {word}")
            if p.kind == "province" and any(plain(n) == named for n in p.names())
        }
        if len(found) == 1:
            return next(iter(found.values()))
    return None


CITY_NAMING_A_PROVINCE = 100_000
"""A city this large gives its name to its province ("the Donetsk region", "Kursk Oblast"): the
province is meant where no country of the article says which town of the name it is."""


def province_named_for_a_city(
    surface: str, towns: list[Place], knowledge: Knowledge, countries: AbstractSet[str | None]
) -> Place | None:
    """The one province named for a large city of this name, spelt so, in a country the article
    names if it names any: "the Donetsk region" in an article whose only country was "Ukraine's
    army" (an actor) was a new place of no country, and so were the Zaporizhzhia and Luhansk
    regions (Russia's Donetsk, 50,000, is no city of a province of its name). Not "the Samarra
    region, north of Baghdad" (Samara, in Russia), nor "the Zaragoza region" (Aragón)."""
    written = plain(surface)
    found = {
        p.id: p
        for town in towns
        if town.kind == "city" and town.population >= CITY_NAMING_A_PROVINCE
        if not countries - {None} or town.country in countries
        if (p := province_of(town, knowledge)) is not None and any(written in plain(n) for n in p.names())
    }
    return next(iter(found.values())) if len(found) == 1 else None


def features_of_other_countries(text: str, exact: list[PlaceHit]) -> None:
    """A province named like a natural feature ("Red Sea", Sudan's) is meant only if another place
    of the article is in its country: in a Yemen article the Red Sea is the sea (a newcomer's
    Hodeidah was then put in Sudan beside it)."""
    named = [(h, countries_of(h.places)) for h in exact]
    for hit in exact:
        words = text[hit.start : hit.end].split()
        if len(words) < 2 or words[-1] not in FEATURE_WORDS or any(p.kind != "province" for p in hit.places):
            continue
        elsewhere = {c for other, theirs in named if other is not hit for c in theirs}
        hit.places = [p for p in hit.places if p.country in elsewhere]


def provinces_spelt_otherwise(text: str, exact: list[PlaceHit]) -> None:
    """A province found only by a traded spelling of its name ("Maré", a favela complex of Rio,
    by the key of Mary, a province of Turkmenistan; "Kurdistan Region" by Iran's Kordestan) is
    meant only if another place of the text, spelt as written, is in its country. Its French
    name is as written ("North Kivu" is Nord-Kivu)."""
    telling = [[p for p in h.places if countries_of([p])] for h in exact]  # towns of the world tell no country
    written = [
        _written_forms(text[h.start : h.end]) if told else frozenset() for h, told in zip(exact, telling, strict=True)
    ]
    counted: Counter[str | None] = Counter(
        c
        for told, words in zip(telling, written, strict=True)
        for c in countries_of([p for p in told if _written_alike(words, p)])
    )
    for hit, words in zip(exact, written, strict=True):
        if any(p.kind == "province" for p in hit.places):
            hit.places = [
                p for p in hit.places if p.kind != "province" or counted[p.country] or _written_alike(words, p)
            ]


def _written_forms(surface: str) -> frozenset[str]:
    republic = REPUBLIC_OF.fullmatch(surface)  # "the Autonomous Republic of Crimea" is written as Crimea
    surface = republic["name"] if republic is not None else surface
    french = french_form(surface)
    return frozenset(written_key(s) for s in (surface, french) if s is not None)


def _written_alike(words: frozenset[str], place: Place) -> bool:
    return any(written_key(name) in words for name in place.names())
