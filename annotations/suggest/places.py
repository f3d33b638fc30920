"""Places in the text: names the gazetteers know under any spelling, names the text calls a
place ("X district", "near X"), regions ("northern Kunduz"), each with its kind from the context.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace

from annotations.model import DistrictAttributes, Entity, PlaceDetails, PlaceKind
from annotations.suggest.gazetteer import Place
from annotations.suggest.held_by_a_nation import control_status_told
from annotations.suggest.known_places import known_places
from annotations.suggest.place_anchors import (
    Anchor,
    anchors_of,
    beside_a_known_place,
    in_the_country_said,
    of_a_country,
)
from annotations.suggest.place_choice import (
    SPELT_CITY,
    a_dateline_city,
    a_province_elsewhere,
    a_town_elsewhere,
    at_a_dateline,
    choose_place,
    coded_places,
    in_a_told_country,
    named_elsewhere,
    one_big_city,
    place_entity,
    support_of,
    the_one_city,
)
from annotations.suggest.place_context import (
    after_place_preposition,
    could_name_a_place,
)
from annotations.suggest.place_hits import (
    PlaceHit,
    crossing,
    feature,
    features_named_again,
    named_by_text,
    named_whole,
    numbered_road,
    opens_a_feature,
    road_towns,
    suffixed_feature,
)
from annotations.suggest.place_in_names import in_other_names
from annotations.suggest.place_match import longest_match, names_to_look_up, whose, word_runs
from annotations.suggest.place_names_whole import country_with_of, joined_by_and
from annotations.suggest.place_provinces import (
    features_of_other_countries,
    in_named_province,
    in_the_province_told,
    not_another_province,
    province_by_english_name,
    province_named_for_a_city,
    province_of,
    provinces_spelt_otherwise,
    provinces_told,
    provinces_where_named,
)
from annotations.suggest.place_reasons import place_layer, place_reason
from annotations.suggest.place_regions import a_region
from annotations.suggest.place_status import without_container_statuses
from annotations.suggest.place_words import (
    COMMON,
    KIND_IN_NAME,
    PARTICLE,
    a_country,
    countries_of,
    in_a_name,
    large_town,
    lone_name,
    named_after_a_place,
    same_spelling,
    second_of_two,
    two_word_name,
)
from annotations.suggest.placenames import name_key, plain
from annotations.suggest.places_named_again import text_places_named_again
from annotations.suggest.suggestion import Knowledge, Suggestion
from annotations.suggest.tokens import Token, capitalised, lowercase_words, title_lines
from annotations.suggest.told_countries import countries_owning, nationalities_told, told_countries
from annotations.suggest.unknown_names import (
    name_end,
)
from annotations.text.listed_kinds import NAMES_LISTED
from annotations.text.navigation import NAME_STOPWORDS, NAMED_WITH_THE
from annotations.text.pattern_cache import compiled


def suggest_places(text: str, tokens: Sequence[Token], knowledge: Knowledge) -> list[Suggestion]:
    lowercase = lowercase_words(text)
    hits: list[PlaceHit] = []
    taken = -1
    max_words = max((g.max_words for g in knowledge.gazetteers), default=1)
    runs = word_runs(text, tokens)
    openings = [  # "al-Mazraa" opens a name too, after "the village of"
        i
        for i, (_s, _e, word) in enumerate(tokens)
        if (capitalised(word) and word.lower() not in NAME_STOPWORDS)
        or (PARTICLE.match(word) and (named_after_a_place(text, tokens, i) or _known_here(text, tokens[i], knowledge)))
        or (word == "The" and i + 1 < len(tokens) and tokens[i + 1][2].lower() in NAMED_WITH_THE)
    ]
    for gazetteer in knowledge.gazetteers:
        gazetteer.prefetch(names_to_look_up(text, tokens, runs, max_words, openings))
    for index in openings:
        start = tokens[index][0]
        if start < taken:
            continue
        ends = road_towns(text, tokens[index], knowledge)
        if ends:
            hits += ends
            continue
        hit = (
            joined_by_and(text, tokens, index, knowledge)
            or country_with_of(text, start, knowledge)
            or longest_match(text, tokens, index, min(max_words, runs[index]), knowledge, lowercase)
        )
        if hit is None or (hit.end <= tokens[index][1] and opens_a_feature(tokens, index)):
            hit = feature(text, tokens, index, knowledge) or hit  # "Lake Chad", unless a gazetteer knows it
        suffixed = suffixed_feature(text, tokens, index, runs[index])
        if suffixed is not None and hit is not None and hit.exact and hit.places and hit.end >= suffixed.end:
            suffixed = None  # "Rhode Island": a gazetteer knows the whole name
        hit = suffixed or numbered_road(text, tokens[index]) or hit
        word = tokens[index][2]  # "the Enguri bridge", not Engürü (Ankara); no "Christmas crossing"
        if (hit is None or not any(plain(p.name) == plain(word) for p in hit.places)) and word.lower() not in COMMON:
            hit = crossing(text, tokens[index], known=hit is not None) or hit
        second = second_of_two(text, hits, start)
        if second and lone_name(text, tokens, index, lowercase):
            if hit is None:  # "to Hurti and Maiyanga", "through al-Aqroudh and Hayjat al-Abed"
                hit = PlaceHit(start, name_end(text, tokens, index), [], True, None, named_here=True)
            elif all(p.source == "geonames" for p in hit.places):  # a town of that name elsewhere, maybe
                hit.named_here = True
        elif second and (hit is None or not hit.exact or hit.end <= tokens[index][1]):
            # "to Okene and Yagba West": the two words, not "Yagba" alone nor a near spelling of it
            two = two_word_name(text, tokens, index, lowercase)
            hit = PlaceHit(start, two, [], True, None, named_here=True) if two is not None else hit
        if hit is not None:
            hits.append(named_whole(text, hit))
            proper = KIND_IN_NAME.match(text, hit.end)
            taken = proper.end() if proper else hit.end  # "Kunduz Province": no place starts at "Province"
    hits += features_named_again(text, hits)
    hits = text_places_named_again(text, hits)
    exact = [h for h in hits if h.exact]
    features_of_other_countries(text, exact)
    provinces_spelt_otherwise(text, exact)
    held = support_of(h.places for h in exact if h.places)  # of provinces spelt alike, the one in the article's
    # country ("the North West region" in a report from Yaounde is Cameroon's, not Botswana's: helper-348)
    provinces_at = provinces_where_named(text, exact, held, knowledge)
    told_provinces = provinces_told(text, [h for h in hits if h.places], knowledge, provinces_at)
    named_provinces = frozenset(name_key(p.name) for p in provinces_at.values())
    named_in = Counter(  # countries named as written: "Safe" of "Operation Safe Haven" is no Safi
        c for h in exact for c in countries_of([p for p in h.places if same_spelling(text[h.start : h.end], p)])
    )
    titles = title_lines(text)
    places_at = frozenset(h.start for h in exact)
    places_end = frozenset(h.end for h in hits)
    in_names = {id(h) for h in exact if not h.named_here and in_a_name(text, h, titles, places_at)}
    countries: set[str | None] = {  # a word of a name tells no country, unless spelt as one ("Congo Rebels")
        c for h in exact if id(h) not in in_names or a_country(text, h) for c in countries_of(h.places)
    }
    countries.update(c for h in exact if id(h) not in in_names and (c := one_big_city(text[h.start : h.end], h.places)))
    countries.update(  # "west of Goma": the one city of the name, its namesakes villages, tells the country (Sake's)
        city.country
        for h in exact
        if id(h) not in in_names
        and after_place_preposition(text, h.start)
        and (city := the_one_city(h.places, text[h.start : h.end], set()))
    )
    support = support_of(h.places for h in exact) + nationalities_told(text) + countries_owning(text)  # whose province
    towns = support_of([p for p in h.places if p.kind != "country"] for h in exact)
    in_other_names(text, exact, in_names, named_in)
    named_kinds: dict[str, PlaceKind] = {}
    for hit in hits:
        if hit.context_kind is not None:
            named_kinds.setdefault(name_key(text[hit.start : hit.end]), hit.context_kind)
    suggestions: list[Suggestion] = []
    anchors: list[Anchor] | None = None
    told: set[str] | None = None
    new_entities: dict[str, Entity] = {}
    existing = [e for e in knowledge.entities if e.kind == "place"]
    coded = coded_places(existing)
    details_of: dict[int, tuple[Place, PlaceDetails]] = {}  # a town named ten times is described once
    datelines = {name_key(text[h.start : h.end]) for h in hits if at_a_dateline(text, h.start, h.end)}
    for hit in hits:
        if _A_SHIPS_NAME.search(text, max(0, hit.start - 40), hit.start):
            continue  # "the USS Harry S. Truman" is a ship, no town of Arkansas (helper-304)
        if _A_NICKNAME_BEFORE.search(text, max(0, hit.start - 40), hit.start) and _A_NICKNAME_AFTER.match(
            text, hit.end
        ):
            continue  # Joaquin "El Chapo" Guzman, Ismael "El Mayo" Zambada: no village of Veracruz (helper-298)
        every_place = hit.places
        if not hit.exact:  # a near spelling counts only in a country the article is about:
            hit.places = [p for p in hit.places if p.country in countries]  # "Sudanese" is no Moldovan province
        elif hit.named_here:  # a town of that name elsewhere is meant only if large
            surface = text[hit.start : hit.end]
            hit.places = [p for p in hit.places if p.country in countries or large_town(surface, p)]
        hit.places = in_the_country_said(text, hit, exact)
        hit.places = not_another_province(text, hit)
        told_in = told_provinces.get(name_key(text[hit.start : hit.end]))
        if told_in is not None and hit.places:  # "Kavaklı, … in Hakkari province": not the one in İstanbul
            hit.places = in_the_province_told(hit.places, told_in) or [
                named_by_text(text[hit.start : hit.end], "other")
            ]
        if _PART_OF_A_TOWN.match(text, hit.end):  # "the Tierra Blanca and Las Quintas neighborhoods"
            hit.places = [p for p in hit.places if p.kind not in ("city", "village") or p.population >= CITY_OF_PARTS]
        surface = text[hit.start : hit.end]
        said = named_elsewhere(text, hit.start, hit.end, named_kinds.get(name_key(surface)), every_place, countries)
        kind = hit.context_kind or said or a_region(text, hit, places_end)
        if kind in (None, "district") and _a_county(text, hit) and _a_province_spelt(hit.places, surface):
            kind = "province"  # "Lamu county", "Arauca department": Kenya's counties, Colombia's departments are
            # their provinces, not the town of the name
        place = choose_place(hit.places, kind, countries, surface, support, named_provinces - {name_key(surface)})
        elsewhere = place is not None and (
            a_town_elsewhere(place, kind, towns)
            or (a_province_elsewhere(place, support) and not after_place_preposition(text, hit.start))
        )
        if place is not None and elsewhere and not _its_country_near(text, hit, place):
            place = None  # "the nearby village of Shahrak"; not "the Jani Khel area across the border in Afghanistan"
        city_named = name_key(surface) in datelines or (said is None and named_kinds.get(name_key(surface)) is not None)
        city_named = city_named or _BASED_THERE.match(text, hit.end) is not None  # "the Geneva-based monitor"
        if (place is None or place.population < SPELT_CITY) and city_named:  # a dateline's, its headline's; "Kursk"
            place = a_dateline_city(every_place, surface, countries) or place
        if place is not None and kind == "province" and place.kind in ("city", "village"):
            # "the Donetsk region": the province named for the city (its ISO codes), not the city's
            # place; as the gazetteers name it, where they do (the province of its towns)
            codes = {k: v for k, v in place.codes.items() if k.startswith("iso3166")}
            province = province_of(place, knowledge)  # else the text's province, in the city's own (its ISO code's):
            # "the governorates of Idlib and Aleppo" put Aleppo in Idlib, the province named beside it (helper-333)
            text_province = replace(
                named_by_text(surface, kind, country=place.country, codes=codes), province=place.province
            )
            place = province or text_province
        if kind == "province" and hit.exact and not (place is not None and place.id.startswith("entity:")):
            place = province_by_english_name(surface, knowledge) or place
            if place is None or place.source == "text":
                place = province_named_for_a_city(surface, every_place, knowledge, countries) or place
        if place is None and kind is not None:  # "Soum province": a place the text names, not a far village
            place = named_by_text(surface, kind)
        if place is None and (hit.named_here or after_place_preposition(text, hit.start)) and not whose(text, hit.end):
            if told is None:  # once, when a name would otherwise be off the map
                told = told_countries(text, knowledge.gazetteers, ((text[h.start : h.end], h.places) for h in exact))
            place = in_a_told_country(hit, kind, told, surface, support)
            if place is None and not _listed_with_a_told_place(text, hit, exact, {*told, *countries}):
                place = the_one_city(hit.places, surface, told)
            place = place or named_by_text(surface, "other")
        if place is None or (
            place.source == "text" and not could_name_a_place(surface, hit.start, hit.end, titles, text, kind)
        ):
            continue
        if hit.region_of is not None:
            details = PlaceDetails(place_kind="other", country=hit.region_of.country, source="fieldmark")
            place = Place(id=f"region:{name_key(surface)}", name=surface, kind="other", country=hit.region_of.country)
        else:
            described = details_of.get(id(place))
            if described is None:  # held with its place: no other place takes its id meanwhile
                described = details_of[id(place)] = (place, place.details())
            details = described[1]
            its_parts = place.kind == "city" and _PARTS_AFTER.match(text, hit.end) is not None  # "the Kyiv suburb of"
            if kind is not None and kind != place.kind and place.kind != "country" and not its_parts:
                details = replace(details, place_kind=kind)  # "a province of Serbia"
            if details.province is None and details.place_kind in ("district", "city", "village", "other"):
                details = in_named_province(text, hit, knowledge, details, provinces_at)
            if place.source == "text" and told_in:  # its province, as another mention tells it
                details = replace(details, province=told_in[0].name, country=told_in[0].country)
            if place.source == "text" and details.province is None:
                if anchors is None:  # once, when needed
                    anchors = anchors_of(text, [(h.start, h.end, h.places) for h in exact], countries)
                near = beside_a_known_place(text, hit.start, anchors, details)
                abroad = of_a_country(text, hit.end, exact)  # "the Foni district of The Gambia": not Senegal's
                details = near if abroad in (None, near.country) else replace(details, country=abroad)
        entity, new = place_entity(place, details, surface, existing, new_entities, coded)
        end = hit.end
        proper = KIND_IN_NAME.match(text, end)
        if proper and details.place_kind in ("province", "district"):
            end, surface = proper.end(), text[hit.start : proper.end()]  # "Shan State", "Mandalay Region"
        elif details.place_kind == "city" and text.startswith(" City", end) and not text[end + 5 : end + 6].isalnum():
            end, surface = end + 5, text[hit.start : end + 5]  # "Guihulngan City": the city's own name
        reason = place_reason(place, hit, kind, details.place_kind)
        suggestions.append(
            Suggestion(
                "district",
                hit.start,
                end,
                surface,
                reason,
                entity=entity,
                new_entity=new,
                attributes=DistrictAttributes(
                    control_status=control_status_told(text, hit.start, hit.end, details.country)
                ),
                score=1.0 if hit.exact else 0.8,
                layer=place_layer(place, hit),
            )
        )
    return without_container_statuses(text, suggestions)


_A_NAME_AND = compiled(r"\b(?:from|in|near|to|at|between|outside|around|reached)\s+[a-z]{1,3}-[A-Z][\w’'\-]+\s+and\s+$")
"""The second of two names after a preposition ("from al-Bayda and al-Jawf")."""


_LISTED = compiled(r"\s*(?:,|,?\s+(?:and|or))\s+")


def _its_country_near(text: str, hit: PlaceHit, place: Place) -> bool:
    """Whether the place's country is named right around it ("… the Jani Khel area across the border in
    Afghanistan": helper-286; "aid convoys from Chad through the Adre crossing", "Chad's Adre": helper-351's Adre
    was a village of North Darfur): the town abroad is meant."""
    country = (place.country or "").split(",")[0]
    if not country:
        return False
    named = re.escape(country)
    after = re.search(rf"\b(?:in|inside)\s+(?:the\s+)?{named}\b", text[hit.end : hit.end + 60])
    before = re.search(
        rf"(?:\b(?:from|in|into|inside|to|across)\s+(?:the\s+)?(?:neighbou?ring\s+)?{named}\s+"
        rf"(?:through|via|at|into|by|near)\s+(?:the\s+)?|\b{named}['’]s\s+(?:[a-z]+\s+)?)$",
        text[max(0, hit.start - 60) : hit.start],
    )
    return after is not None or before is not None


def _listed_with_a_told_place(
    text: str, hit: PlaceHit, hits: Sequence[PlaceHit], told: AbstractSet[str | None]
) -> bool:
    """Whether a name stands in a list beside a place of a country the article names or tells of ("displaced
    towards Mueda and Palma" in a report on Mozambique): a town of that list, not the one city of
    its name abroad (a newcomer's Palma was the Balearic Islands' capital)."""
    listed = [
        other
        for other in hits
        if other is not hit
        and other.places
        and (_LISTED.fullmatch(text, other.end, hit.start) or _LISTED.fullmatch(text, hit.end, other.start))
    ]  # a list of places abroad ("met in Aden, Riyadh and Palma") is no list of the article's own
    return bool(listed) and all(any(p.country in told for p in other.places) for other in listed)


def _known_here(text: str, token: Token, knowledge: Knowledge) -> bool:
    """A name opening with a lower-case Arabic article, after a preposition of place, that a
    gazetteer knows as written ("in al-Bayda"; "from al-Raqqa", its Ar Raqqah): a place (an
    unknown one may be a person's name)."""
    start = token[0]
    the = start - 4 if text[max(0, start - 4) : start] == "the " else start
    if not after_place_preposition(text, the) and not _A_NAME_AND.search(text, max(0, start - 40), start):
        return False
    return bool(known_places(text, token[2], token[1], knowledge))


_PARTS_AFTER = compiled(r"\s+(?:neighbou?rhoods?|suburbs?|quarters?|outskirts)\b")
"""A city's parts named after it ("the Kyiv suburb of Bucha", "Mosul neighbourhoods"): the city
keeps its kind (it was "a place here")."""
_BASED_THERE = compiled(r"-(?:based|headquartered)\b")
_A_COUNTY = compiled(r"\s+(?:[Cc]ounty|[Dd]epartment|[Dd]epartamento)\b")


_COUNTIES_OF = compiled(rf"\b(?:counties|departments)\s+(?:such\s+as|of|including|like)\s+{NAMES_LISTED}$")


def _a_county(text: str, hit: PlaceHit) -> bool:
    """Whether the text calls the name a county or a department ("Lamu county", "Elgeyo Marakwet County", "the
    counties of Lamu and Mandera")."""
    last_word = text.rfind(" ", hit.start, hit.end)  # "Elgeyo Marakwet County": the word in the name
    return bool(
        _A_COUNTY.match(text, hit.end)
        or (last_word >= 0 and _A_COUNTY.fullmatch(text, last_word, hit.end))
        or _COUNTIES_OF.search(text, max(0, hit.start - 120), hit.start)
    )


def _a_province_spelt(places: Sequence[Place], surface: str) -> bool:
    """Whether a province of the gazetteer has the name as written, whatever joins its words ("Elgeyo-Marakwet" is
    "Elgeyo/Marakwet"; South Sudan's "Bor county" has none: the town), in a country whose first-level divisions
    are its counties or departments (Pennsylvania's Delaware County is no Delaware: helper-352)."""
    written = _bare(surface)
    return any(
        p.kind == "province" and p.codes.get("iso3166_1") in COUNTIES_ARE_PROVINCES and _bare(p.name) == written
        for p in places
    )


COUNTIES_ARE_PROVINCES = frozenset("AL BJ BO CG CO EE GT HN HR HT HU KE LR LT NI NO PY RO SE SV TW UY PE".split())
"""The countries whose first-level divisions are counties or departments, as ISO 3166-2 (pycountry) types them, and
Peru, whose regions were its departments and are still so called ("Puno department"); elsewhere a county or a
department is smaller (the United States, Niger, France)."""


def _bare(name: str) -> str:
    words = _NOT_A_LETTER.sub(" ", plain(name)).split()
    return " ".join(words[:-1] if words and words[-1] in ("county", "department", "departamento") else words)


_NOT_A_LETTER = compiled(r"[\W_]+")


"""After a city's name, where a body is based: that city, a large one of the name wherever it is
("the Geneva-based Horn of Africa Rights Monitor": Geneva was no place, the article naming no
Switzerland), as a dateline's city is."""
_PART_OF_A_TOWN = compiled(
    r"(?:\s+and\s+[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?)?\s+(?:neighbou?rhoods?|suburbs?|quarters?)\b(?!\s+of\b)"
)
"""A name of a part of a town: a town of that name elsewhere is not meant (the Tierra Blanca
neighbourhood of Culiacán is no Tierra Blanca of Veracruz), unless a city large enough to
have such parts ("Mosul neighbourhoods", "the Kyiv suburb of Bucha": the city's)."""
CITY_OF_PARTS = 100_000


_A_NICKNAME_BEFORE = compiled(r"(?-i:[A-Z])[\w’'\-]+\s+[\"“](?:(?:El|La|Al|Le|Il|Los|Las)\s+)?$")
_A_NICKNAME_AFTER = compiled(
    r"[\"”]\s+(?!(?:Region|Province|State|District|County|Governorate|Oblast|Department|Prefecture)\b)(?-i:[A-Z])[\w’'\-]+"
)
"""A name in quotation marks between a first name and a surname: the person's nickname."""
_A_SHIPS_NAME = compiled(r"\b(?-i:USS|USNS|HMS|HMAS|INS|RFS|FS|MV|MT)\s+(?:(?:[A-Z]\.|[A-Z][\w’'\-]*)\s+){0,3}$")
"""Before a name, a ship's prefix and the words of its name ("the USS Harry S. Truman", "the MV Tutor")."""
