"""Classes of misses found on the articles written for round 53 (Qandil and Amadiya, Gondar,
the Zulia-Norte de Santander border), after they were scored untuned, each tested on sentences
of their own."""

from __future__ import annotations

from annotations.suggest import Knowledge, suggest
from annotations.suggest.builtin_places import builtin_gazetteer

from .suggestion_views import places


def _kind_of(text: str, quote: str) -> str | None:
    """The place kind the suggestion for `quote` gives."""
    found = [s for s in suggest(text, Knowledge([builtin_gazetteer()])) if s.kind == "district" and s.quote == quote]
    details = found[0].entity.details if found and found[0].entity is not None else None
    return getattr(details, "place_kind", None)


def test_names_listed_before_a_kind_word_in_the_plural_are_each_of_that_kind() -> None:
    """ "the Upper Wadi and Lower Wadi zones", "the Karsu, Belin and Omora regions": each name is a
    place of that kind, known to no gazetteer or not; "the Bauchi and Gombe states" are states."""
    text = (
        "Aid stopped across the Upper Wadi and Lower Wadi zones. Jets struck the Karsu, Belin and Omora "
        "regions overnight. Herders moved into the Bauchi and Gombe states."
    )
    assert {"Upper Wadi", "Lower Wadi", "Karsu", "Belin", "Omora", "Bauchi", "Gombe"} <= set(places(text))
    assert _kind_of(text, "Lower Wadi") == "district" and _kind_of(text, "Belin") == "province"
    assert _kind_of(text, "Gombe") == "province"


def test_municipalities_and_departments_and_a_list_of_settlements() -> None:
    """Latin America's "municipalities of" and "departments of" say what the names are, the last of
    a list too ("… of San Vicente Ocaña and Tabacal"); "the rural settlements of Alto Pino, La
    Cumbre and Ñeque": each a place, names of two words among them; a kind word after the name
    says more than "municipality of" before it."""
    text = (
        "Troops were sent to the municipalities of San Vicente Ocaña and Tabacal. Families left the rural "
        "settlements of Alto Pino, La Cumbre and Ñeque. Homes burned in the Pavas municipality of Cauca "
        "department."
    )
    assert {"San Vicente Ocaña", "Tabacal", "Alto Pino", "La Cumbre", "Ñeque", "Cauca"} <= set(places(text))
    assert _kind_of(text, "San Vicente Ocaña") == "district" and _kind_of(text, "Cauca") == "province"


def test_mountains_and_hills_named_in_lower_case() -> None:
    """ "the Sorkh mountains", "the Tuzgar hills": the mountains and hills are the place, named whole
    (as "the Lukuga river" is)."""
    text = "Fighters withdrew to the Sorkh mountains and the Tuzgar hills after the raid."
    assert {"Sorkh mountains", "Tuzgar hills"} <= set(places(text))


def test_an_adjective_before_listed_regions_is_no_word_of_their_names() -> None:
    """ "the French-speaking East and West regions": the regions are East and West, not
    "French-speaking East"."""
    text = "Schools closed in the French-speaking Haut Sud and Bas Sud regions last year."
    assert not any("speaking" in place for place in places(text))
