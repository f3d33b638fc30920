"""Ukraine's and Russia's regions, on sentences of our own: "the Donetsk region" was a new place of
no country (its towns' province had no English name, and Russia's Donetsk took the name), the
divisions were shown in their own languages ("Donetska oblast", "Rostovskaya oblast'"), and a
region before a comma and "officials" made a person, whose short form "Oblast" spoke."""

from __future__ import annotations

import pytest

from annotations.suggest import Knowledge, suggest
from annotations.suggest.admin1 import in_english
from annotations.suggest.builtin_places import builtin_gazetteer
from annotations.suggest.gazetteer import Place


@pytest.fixture(scope="module")
def knowledge() -> Knowledge:
    return Knowledge([builtin_gazetteer()])


def districts(text: str, knowledge: Knowledge) -> dict[str, tuple[str, str | None]]:
    """Each place suggested: its entity's name and ISO 3166-2 code."""
    found = {}
    for s in suggest(text, knowledge):
        details = s.place_details()
        if s.kind == "district" and details is not None and s.entity is not None:
            found[s.quote] = (s.entity.name, details.codes.get("iso3166_2"))
    return found


def test_a_region_named_for_a_city_is_its_province_with_no_country_told(knowledge: Knowledge) -> None:
    text = (
        "The army said fighting in the Zaporizhzhia region and in Luhansk Oblast went on overnight, and "
        "shells fell across the Donetsk region. Drones also hit the Kursk region."
    )
    found = districts(text, knowledge)
    assert found["Zaporizhzhia"] == ("Zaporizhzhia Oblast", "UA-23")
    assert found["Luhansk Oblast"] == ("Luhansk Oblast", "UA-09")
    assert found["Donetsk"] == ("Donetsk Oblast", "UA-14")  # not Russia's town of Donetsk, in Rostov Oblast
    assert found["Kursk"] == ("Kursk Oblast", "RU-KRS")


def test_a_city_is_still_the_city(knowledge: Knowledge) -> None:
    found = districts("Residents of Donetsk said the market in Kharkiv was hit.", knowledge)
    assert found["Donetsk"][0] == "Donetsk"
    assert found["Kharkiv"] == ("Kharkiv", "UA-63")


def test_a_region_and_officials_after_it_make_no_person(knowledge: Knowledge) -> None:
    text = "Russian forces shelled villages in Rostov Oblast, officials in Kharkiv Oblast said."
    found = suggest(text, knowledge)
    assert not [s.quote for s in found if s.kind == "actor" and "Oblast" in s.quote]
    assert districts(text, knowledge)["Kharkiv Oblast"] == ("Kharkiv Oblast", "UA-63")
    claim = next(s for s in found if s.kind == "claim")
    assert claim.claimant is not None and text[slice(*claim.claimant)] == "officials"


def test_divisions_are_named_as_english_news_names_them() -> None:
    own = Place(id="iso:UA-14", name="Donetska oblast", kind="province", codes={"iso3166_2": "UA-14"})
    named = in_english(own)
    assert named.name == named.province == "Donetsk Oblast"
    assert "Donetska oblast" in named.alternates  # found by its ISO name still
    republic = Place(id="iso:RU-TA", name="Tatarstan, Respublika", kind="province", codes={"iso3166_2": "RU-TA"})
    assert in_english(republic).name == "Tatarstan"
    kunduz = Place(id="iso:AF-KDZ", name="Kunduz", kind="province", codes={"iso3166_2": "AF-KDZ"})
    assert in_english(kunduz) is kunduz


def test_the_built_in_towns_say_their_province_in_english() -> None:
    towns = [p for p in builtin_gazetteer().lookup("Donetsk") if p.codes.get("iso3166_1") == "UA"]
    assert towns and {t.province for t in towns} == {"Donetsk Oblast"}
    provinces = [p for p in builtin_gazetteer().lookup("Rostovskaya oblast'") if p.kind == "province"]
    assert [p.name for p in provinces] == ["Rostov Oblast"]


def _actor_entities(text: str, knowledge: Knowledge) -> dict[str, str]:
    return {s.quote: s.entity.name for s in suggest(text, knowledge) if s.kind == "actor" and s.entity is not None}


def test_the_junta_is_the_military_government_named_before_it(knowledge: Knowledge) -> None:
    """A newcomer's "junta" was an actor of its own beside "Burkina Faso's military government",
    merged by hand."""
    text = (
        "Burkina Faso's military government said the army had repelled the attack. The VDP, a civilian "
        "militia backed by the junta in Ouagadougou, lost several members near Arbinda."
    )
    found = _actor_entities(text, knowledge)
    assert found["junta"] == found["Burkina Faso's military government"] == "Government of Burkina Faso"


def test_the_junta_is_no_other_government(knowledge: Knowledge) -> None:
    elsewhere = (
        "Benin accused Niger's military government of failing to secure the border. In Burkina Faso, "
        "the junta in Ouagadougou has not commented on the attack."
    )
    assert _actor_entities(elsewhere, knowledge).get("junta") != "Government of Niger"
    opposition = "The National Unity Government said fighters took the town. The junta responded with airstrikes."
    assert _actor_entities(opposition, knowledge).get("junta") != "National Unity Government"


def test_why_says_the_kind_the_words_give_beside_the_gazetteers(knowledge: Knowledge) -> None:
    """A newcomer read "village" above "why: city Novohrodivka" as a contradiction, and "a name
    after a preposition of place" for "had captured Nawnghkio", where there is none."""
    text = "Russia's Defence Ministry said its troops had captured the village of Novohrodivka in Ukraine."
    (village,) = [s for s in suggest(text, knowledge) if s.quote == "Novohrodivka"]
    assert village.reason.startswith("village here; city Novohrodivka (Donetsk Oblast, Ukraine)")
    text = "Fighters said they had captured Khaung Dawmu and moved on toward the river."
    reasons = {s.quote: s.reason for s in suggest(text, knowledge) if s.kind == "district"}
    assert "preposition" not in " ".join(reasons.values())


def test_a_region_by_a_citys_name_is_the_division_english_news_means(knowledge: Knowledge) -> None:
    """A reviewer's: "the Moscow region" was the city's own division, "Kyiv region" the city,
    "the Leningrad region" Saint Petersburg; "the Samarra region, north of Baghdad" Russia's
    Samara Oblast and "the Zaragoza region" Aragón, by the loose likeness of their names."""
    found = districts(
        "Drones struck the Moscow region, the Leningrad region and the Bryansk region, and shells hit the "
        "Kyiv region and the Minsk region.",
        knowledge,
    )
    assert found["Moscow"] == ("Moscow Oblast", "RU-MOS") and found["Leningrad"] == ("Leningrad Oblast", "RU-LEN")
    assert found["Bryansk"] == ("Bryansk Oblast", "RU-BRY") and found["Kyiv"] == ("Kyiv Oblast", "UA-32")
    assert found["Minsk"] == ("Minsk Region", "BY-MI")
    iraq = districts("Troops attacked an army post in the Samarra region, north of Baghdad.", knowledge)
    assert iraq["Samarra"][1] is None or iraq["Samarra"][1].startswith("IQ")
    assert districts("Wildfires hit the Zaragoza region.", knowledge)["Zaragoza"][0] != "Aragón"


def test_the_junta_of_another_country_is_not_the_military_government_named_before(knowledge: Knowledge) -> None:
    text = "Mali's military government signed a deal with Russia. In Myanmar, the junta bombed a village in Sagaing."
    assert _actor_entities(text, knowledge)["junta"] != "Government of Mali"
    text = "Guinea's military-led government dissolved parliament. The junta in Conakry promised elections."
    found = _actor_entities(text, knowledge)
    assert found["junta"] == found["Guinea's military-led government"]


def test_a_surname_like_a_kind_of_division_is_still_a_person(knowledge: Knowledge) -> None:
    text = '"It was a war," said Ronnie Kray, a witness.'
    claim = next(s for s in suggest(text, knowledge) if s.kind == "claim")
    assert claim.claimant is not None and text[slice(*claim.claimant)] == "Ronnie Kray"


def test_a_datelines_town_is_the_town(knowledge: Knowledge) -> None:
    """A newcomer's "KHARKIV, Ukraine, …" dateline was Kharkiv Oblast, as "the Kharkiv region" later
    called the name; "Tallinn (Meduza) —", a dateline in small letters, was no place."""
    text = (
        "Bombs hit Kharkiv\n\nKHARKIV, Ukraine, 3 Dec 2026 (Reuters) - Russian glide bombs hit the Kharkiv "
        "region overnight, killing two people, officials said."
    )
    assert districts(text, knowledge)["KHARKIV"] == ("Kharkiv", "UA-63")
    text = "Drones hit depot\n\nTallinn (Meduza) — A fire broke out at a fuel depot, the governor said."
    assert districts(text, knowledge)["Tallinn"][0] == "Tallinn"


def test_a_states_general_staff_is_its_forces_office(knowledge: Knowledge) -> None:
    """A newcomer's "Ukraine's General Staff" was "General Staff", of no country, typed other."""
    (staff,) = [
        s for s in suggest("Ukraine's General Staff said its forces struck the depot.", knowledge) if s.kind == "actor"
    ]
    assert staff.quote == "Ukraine's General Staff" and staff.entity is not None
    assert staff.entity.name == "General Staff of the Armed Forces of Ukraine"
    assert staff.entity.details.actor_type == "state_forces"  # type: ignore[union-attr]


def test_an_armys_unit_by_its_number_is_state_forces() -> None:
    """A second newcomer's "3rd Assault Brigade" was of no side (typed other); "Brigades" of an
    armed group named so, without a number, stay what their names say."""
    from annotations.text.actor_types import actor_type_for

    assert actor_type_for("3rd Assault Brigade") == "state_forces"
    assert actor_type_for("the 93rd Mechanized Brigade") == "state_forces"
    assert actor_type_for("Al-Qassam Brigades") != "state_forces"
