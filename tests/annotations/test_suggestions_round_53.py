"""Classes of misses found on the articles written for round 53 (Qandil and Amadiya, Gondar,
the Zulia-Norte de Santander border), after they were scored untuned, each tested on sentences
of their own."""

from __future__ import annotations

from annotations.suggest import Knowledge, suggest
from annotations.suggest.builtin_places import builtin_gazetteer

from .suggestion_views import actors, claimants, places


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


def test_municipalities_and_a_list_of_settlements() -> None:
    """Latin America's "municipalities of" says what the names are, the last of
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


def test_a_naval_rank_written_short_is_a_title_not_a_name() -> None:
    """ "spokesman Rear Adm. Yusuf Demirtaş said": the speaker is Yusuf Demirtaş; "Rear Adm" is
    no official of its own (nor "Vice Adm", "Cmdr")."""
    text = (
        "Ministry spokesman Rear Adm. Yusuf Demirtaş said the strikes would go on. Vice Adm. Ana Ortiz told "
        "reporters the port was shut, and Cmdr. Paul Ekwe denied it."
    )
    named = set(actors(text))
    assert {"Yusuf Demirtaş", "Ana Ortiz", "Paul Ekwe"} <= named
    assert not any("Adm" in name or "Cmdr" in name for name in named)
    assert ("the strikes would go on", "Yusuf Demirtaş") in claimants(text)


def test_an_outlet_named_after_its_sponsor_is_the_outlet() -> None:
    """ "the Kremlin-aligned Vesti Nedeli agency", "the PKK-affiliated Roj News Agency": the outlet
    is named without who backs it; "a UN-run radio station" has no name but with its owner."""
    text = (
        "The PKK-affiliated Roj News Agency (RNA) reported two deaths. Residents told a UN-run radio station "
        "that the market burned."
    )
    named = set(actors(text))
    assert "Roj News Agency" in named and "PKK-affiliated Roj News Agency" not in named
    assert "radio station" not in named


def test_health_workers_and_paramedics_are_speakers() -> None:
    """ "according to a health worker at the district hospital", "the health worker said", "a
    paramedic said": one unnamed person who speaks."""
    text = (
        'Nine died, according to a health worker at the district hospital. "We have no beds," the health '
        "worker said. A paramedic said two more were hurt."
    )
    said = claimants(text)
    assert ("Nine died", "health worker") in said and ("two more were hurt", "paramedic") in said


def test_what_the_source_did_after_according_to_is_not_what_it_says() -> None:
    """ "According to the office, which had published a warning in May, 30 people died": the claim
    is the deaths; a relative clause that itself says something ("which had warned of attacks")
    is left in."""
    text = "According to the monitoring office, which had published a warning in May, 30 people died in the raids."
    contents = [content for content, _ in claimants(text)]
    assert "30 people died in the raids" in contents


def test_an_office_named_again_by_its_head_and_after_according_to() -> None:
    """ "the Public Advocate's Office … According to the office, …", "According to the
    commission, …": the body named again by its head speaks; "the president's office" and "moved
    to the office" are no body named before."""
    text = (
        "The Public Advocate's Office said 40 families fled. According to the office, mines were laid on the road. "
        "The Kivu Rights Commission said 12 died. According to the commission, arrests continued."
    )
    said = dict(claimants(text))
    assert said["mines were laid on the road"] == "office" and said["arrests continued"] == "commission"
    other = "Troops moved to the office, the police said. The president's office said the road was open."
    assert "office" not in actors(other)


def test_what_a_plural_kind_word_or_a_list_does_not_make_a_place() -> None:
    """A reviewer's sentences: a plural kind word after one name says nothing ("Moscow states that
    …" is the city); blocs, faiths and colours before one are no places ("the Baltic and Nordic
    states", "the Sunni and Shia zones"); "the departments of Health and Education" are a
    government's; people listed after "attacked" are people, whatever "villages of" allows."""
    assert places("Moscow states that the strikes hit only military targets.") == ["Moscow"]
    assert _kind_of("Moscow states that the strikes hit only military targets.", "Moscow") == "city"
    for text in (
        "The Baltic and Nordic states expelled diplomats.",
        "The Sunni and Shia zones were sealed off.",
        "The ECOWAS and AES states failed to agree.",
        "Officials from the departments of Health and Education visited the camp.",
        "Bandits attacked Musa Ibrahim, Ali Bello and Sani Garba on their farm.",
        "The settlements of Mr Ahmed Khan and Mr Ali were destroyed.",
    ):
        assert places(text) == [], text
