"""Which run of words names a place, longest first: a name a gazetteer knows (or a region of it,
"northern Iraq"), a name the text calls a place ("the village of X"), an unknown name after a
preposition of place ("fled to Nadjoundi"), a near spelling of a known place; and the runs of
words that may be looked up, found once per article."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from collections.abc import Set as AbstractSet

from annotations.suggest.gazetteer import Place
from annotations.suggest.known_places import known_places, near_provinces, spelt_otherwise, with_city_word
from annotations.suggest.not_a_place_here import adjectival, names_no_place_here
from annotations.suggest.place_context import (
    COMMUNITY_NAME,
    LANGUAGE,
    NATIONALITY,
    a_people,
    after_place_preposition,
    in_a_list_of_places,
    joined_name_here,
    people_after,
)
from annotations.suggest.place_hits import (
    PlaceHit,
    contiguous,
    named_by_text,
)
from annotations.suggest.place_names_whole import joined_names
from annotations.suggest.place_words import (
    AN_OFFICE_AFTER,
    COMMON,
    CONNECTORS,
    GROUP_NAME,
    KIND_IN_NAME,
    PART_OF_IT,
    a_short_month,
    derived_word,
    plural_noun,
)
from annotations.suggest.suggestion import Knowledge
from annotations.suggest.tokens import Token, not_sentence_start
from annotations.suggest.unknown_names import (
    AN_ADJECTIVE_FIRST,
    PLURAL_PLACES_AFTER,
    a_quarter,
    joined_name,
    name_word,
    no_place_alone,
)
from annotations.text.navigation import NAME_STOPWORDS
from annotations.text.pattern_cache import compiled
from annotations.text.place_kinds import VILLAGE_WORDS, place_kind_from_context

_DIRECTIONS = compiled(
    r"(?<![\w-])(?:[Nn]orthern|[Ss]outhern|[Ee]astern|[Ww]estern|[Cc]entral|[Nn]orth-?(?:east|west)?(?:ern)?|"
    r"[Ss]outh-?(?:east|west)?(?:ern)?|[Nn]orth-central|[Ss]outh-central|North|South|East|West)\s+$"
)


_TITLED = compiled(r"(?:Mr|Mrs|Ms|Dr|General|Colonel|Captain)\.?\s")
"""A person's title opening a name listed where places may be."""
_JOINING = ("de", "del", "do", "da")
"""Small words inside a Spanish or Portuguese place's name ("Vigía del Fuerte")."""
_NO_VILLAGE = frozenset(
    "School Hospital Village Commune Tambon District Subdistrict Province Muslim Mosque Temple Market Camp Health "
    "Police Station Road Bridge Community Chief".split()
)
"""Words that end a four-word name of a Thai or Malay village only as what is there ("Ban Pa Rai
School"): "Ban Mae Kong Ken" is a village, "Ban Nong Chik District" a district of three words."""


def longest_match(
    text: str, tokens: Sequence[Token], index: int, max_words: int, knowledge: Knowledge, lowercase: AbstractSet[str]
) -> PlaceHit | None:
    """The longest run of words from `index` (at most `max_words`) that names a place: one a
    gazetteer knows, one the text calls a place, an unknown name after a preposition of place, or a
    near spelling of a known one; None if a common word opens it or it names none."""
    for count in range(min(max_words, len(tokens) - index), 0, -1):  # `max_words` words are contiguous
        last = index + count - 1
        if not name_word(tokens[last][2]):
            continue
        start, end = tokens[index][0], tokens[last][1]
        surface = text[start:end]
        if count == 1 and (
            surface.lower() in COMMON
            or surface.lower() in lowercase
            or plural_noun(text, surface, end)
            or a_short_month(text, start)
        ):
            return None  # a common word that happens to be capitalised here
        places = known_places(text, surface, end, knowledge)
        if places:
            return _a_known_place(text, tokens, index, last, places, knowledge)
        if "'s " in surface or "’s " in surface:
            continue  # "Pakistan's Balochistan" is a name only if a gazetteer knows it ("Cox's Bazar")
        hit = _named_by_the_text(text, tokens, index, last)
        if hit is not None:
            return hit
        if count > 2:
            continue  # neither named after a preposition nor a near spelling: only the longer may be a name
        hit = _after_a_preposition(text, tokens, index, last) or _spelt_near(text, tokens, index, last, knowledge)
        if hit is not None:
            return hit
    return None


def _a_known_place(
    text: str, tokens: Sequence[Token], index: int, last: int, places: list[Place], knowledge: Knowledge
) -> PlaceHit | None:
    """The hit of words a gazetteer knows: a region of it after a direction ("northern Iraq"), the
    provinces spelt alike nearby, or the place with a city's word after it; None where the place
    names an office ("envoy for Syria")."""
    start, end = tokens[index][0], tokens[last][1]
    surface = text[start:end]
    context = place_kind_from_context(text, start, end)
    if names_no_place_here(text, tokens, index, last, places):
        return None  # "envoy for Syria": the place names the office, nothing happens there
    direction = _DIRECTIONS.search(text, max(0, start - 16), start)
    regional = (
        direction is not None
        and (
            any(p.kind == "country" for p in places)  # "northern Iraq"; "northern Kunduz" is Kunduz
            or (
                direction.group()[:1].isupper()
                and not_sentence_start(text, direction.start())
                and any(p.kind == "province" for p in places)  # "West Shewa" is no region of a village
            )
        )
    )
    if spelt_otherwise(surface, places) and (near := near_provinces(surface, knowledge)):
        return PlaceHit(start, end, [*places, *near], False, context)  # Myanmar's Sha Bwa, or Yemen's Shabwah
    if direction is not None and regional:
        if known_places(text, text[direction.start() : end].strip(), end, knowledge):
            return None  # "the envoy for South Sudan": a country, found (or not) at "South"
        return PlaceHit(direction.start(), end, places, True, "other", region_of=places[0])
    end, places = with_city_word(text, end, places)
    return PlaceHit(start, end, places, True, context)


def _named_by_the_text(text: str, tokens: Sequence[Token], index: int, last: int) -> PlaceHit | None:
    """Up to three name words (four for a village or a name joined by "del") the text calls a
    place: by a word of place around them, a name joined to a known one, a quarter, a list of
    places; not a group's name, a nationality, a community's villages or an office."""
    count = last - index + 1
    start, end = tokens[index][0], tokens[last][1]
    surface = text[start:end]
    context = None
    if _A_KIND_GOES_ON.match(text, tokens[last][0]):
        return None  # "Yagba East Local Government Area": the name is "Yagba East", the rest its kind
    if (
        (
            count <= 3
            or (count == 4 and tokens[index][2] in VILLAGE_WORDS and tokens[last][2] not in _NO_VILLAGE)
            or (  # "the villages of … and San José del Tapaje", "Litoral del San Juan" (not "a letter from
                count == 4  # Francisco Javier del Río")
                and (
                    (tokens[index + 2][2] in _JOINING and joined_name_here(text, start, tokens[last][1]))
                    or (tokens[index + 1][2] in _JOINING and in_a_list_of_places(text, start))
                )
            )
        )
        and all(name_word(t[2]) or t[2] in CONNECTORS for t in tokens[index : last + 1])
        and not GROUP_NAME.match(text, start)
        and not NATIONALITY.fullmatch(surface)
        and not (COMMUNITY_NAME.fullmatch(surface) and PLURAL_PLACES_AFTER.match(text, end))  # "Druze villages"
        and not AN_ADJECTIVE_FIRST.match(surface)
        and not AN_OFFICE_AFTER.match(text, end)
        and (
            (context := place_kind_from_context(text, start, end)) is not None
            or joined_name(text, tokens, index, last)
            or a_quarter(text, start, end)
            or (  # "the municipalities of Istmina, Medio San Juan" (not "the settlements of Mr Ahmed Khan")
                count > 1 and not _TITLED.match(text, start) and in_a_list_of_places(text, start)
            )
        )
    ):
        return PlaceHit(start, end, [named_by_text(surface, context or "other")], True, context)
    return None


_A_KIND_GOES_ON = compiled(r"Local\s+Government\b")


def _after_a_preposition(text: str, tokens: Sequence[Token], index: int, last: int) -> PlaceHit | None:
    """One or two words no gazetteer knows after a preposition of place ("fled to Nadjoundi"), where
    no name goes on after them; not a word of a place's kind, an acronym, a group, a language or a
    people."""
    count = last - index + 1
    start, end = tokens[index][0], tokens[last][1]
    surface = text[start:end]
    kind_word = count > 1 and KIND_IN_NAME.fullmatch(" " + tokens[last][2]) is not None
    if (
        not kind_word
        and not surface.isupper()  # "from JNIM": an acronym after a preposition is no unknown village
        and not no_place_alone(text, surface, end)
        and not GROUP_NAME.match(text, start)  # "split from Boko Haram"
        and after_place_preposition(text, start)
        and surface.lower() not in COMMON
        and not LANGUAGE.fullmatch(surface)  # "translated from Arabic"
        and not a_people(surface)
        and not _goes_on(text, tokens, last)
        and not people_after(text, end)
        and not whose(text, end)
    ):
        return PlaceHit(start, end, [named_by_text(surface, "other")], False, None)
    return None


def _goes_on(text: str, tokens: Sequence[Token], last: int) -> bool:
    """Whether a name word follows the run's last word, written on with it."""
    return last + 1 < len(tokens) and name_word(tokens[last + 1][2]) and contiguous(text, tokens, last, last + 1)


def _spelt_near(text: str, tokens: Sequence[Token], index: int, last: int, knowledge: Knowledge) -> PlaceHit | None:
    """One or two words spelt near a place of a gazetteer other than GeoNames ("Kharkov"), not a
    common word, a nationality, a word derived from the place or an adjective before it."""
    start, end = tokens[index][0], tokens[last][1]
    surface = text[start:end]
    if any(tokens[i][2].lower() in COMMON for i in range(index, last + 1)) or NATIONALITY.fullmatch(surface):
        return None
    near = [p for g in knowledge.gazetteers for p in g.fuzzy(surface, fuzzy_ok=lambda p: p.source != "geonames")]
    near = [p for p in near if not derived_word(surface, p)]
    if near and not adjectival(text, tokens, last, near):
        return PlaceHit(start, end, near, False, place_kind_from_context(text, start, end))
    return None


def whose(text: str, end: int) -> bool:
    """A possessive after a name, but for a part of a place: "in Putin's words", "In Trump's first
    term" name a person, "in Tawila's camps" a place."""
    own = _OWNERS_NAME_GOES_ON.match(text, end)  # "raided Musa Ibrahim's house": his, not Musa's
    at = own.end() if own else end
    return text.startswith(("'s", "’s"), at) and not PART_OF_IT.match(text, at)


_OWNERS_NAME_GOES_ON = compiled(r"(?:[ \t]+[A-Z][\w\-]+){1,2}(?=['’]s\b)")


_JOINERS = (" ", "-", "'s ", "’s ")
"""What may stand between two words of one name ("Cox's Bazar"; "Pakistan's Balochistan" is
looked up whole, then found as two)."""


def names_to_look_up(
    text: str, tokens: Sequence[Token], runs: list[int], max_words: int, openings: list[int]
) -> Iterator[str]:
    """Every run of words `longest_match` may look up (from the words that may open a name), to
    be read from an index in one go."""
    for index in openings:
        start = tokens[index][0]
        for last in range(index, index + min(max_words, runs[index])):
            yield text[start : tokens[last][1]]
        yield from joined_names(tokens, index)


def word_runs(text: str, tokens: Sequence[Token]) -> list[int]:
    """For each word, how many words from it on are written together as one name could be
    (`place_hits.contiguous`): found once, right to left, so a lookup never tries longer names."""
    runs = [1] * len(tokens)
    for index in range(len(tokens) - 2, -1, -1):
        right_start, _end, right_word = tokens[index + 1]
        if text[tokens[index][1] : right_start] in _JOINERS and right_word.lower() not in NAME_STOPWORDS:
            runs[index] = runs[index + 1] + 1
    return runs
