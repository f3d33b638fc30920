"""Event rows of four more held-out articles read row by row (Turkish strikes on the PKK in
Iraqi Kurdistan, Israeli strikes in the Bekaa, Ukrainian strikes in Kursk, Saudi shelling of
Saada), on sentences of our own: what each row got wrong, and what a coder writes."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotations.claims.figures import death_figures
from annotations.claims.no_row import _intent_or_stance, care_only, running_total, what_keeps_happening
from annotations.model import ActorDetails, Entity

from .test_event_actors import ARMY, ISWAP
from .test_event_rows_stop_60 import FOREIGN_MINISTRY, row_of

DEFENCE_MINISTRY = Entity.actor("Ministry of Defence (Nigeria)", ActorDetails("state_forces"))
SHEPHERD = Entity.actor("shepherd", ActorDetails("civilians"))
VILLAGERS = Entity.actor("villagers", ActorDetails("civilians"))


def kind(row: dict[str, str]) -> tuple[str, str]:
    return row["event_type"], row["sub_event_type"]


def test_a_ministry_telling_what_its_forces_did_names_its_states_forces(tmp_path: Path) -> None:
    """Turkey's defence ministry: "its forces had neutralised 11 terrorists in air operations": the
    row was an Unidentified Armed Group's battle."""
    claim = "its forces had neutralised 11 ISWAP fighters in air operations near Kanam on Tuesday"
    row = row_of(tmp_path, f"The Ministry of Defence said {claim}.", claim,
                 {"Ministry of Defence": DEFENCE_MINISTRY, "ISWAP": ISWAP}, "Ministry of Defence")  # fmt: skip
    assert (row["actor1"], row["actor2"]) == ("Military Forces of Nigeria", "ISWAP")
    assert kind(row) == ("Explosions/Remote violence", "Air/drone strike")
    assert row["fatalities"] == "11"


def test_a_foreign_ministry_telling_of_its_troops_names_its_states_forces(tmp_path: Path) -> None:
    claim = "its troops had repelled an ISWAP attack near Kanam on Tuesday"
    row = row_of(tmp_path, f"The Ministry of Foreign Affairs said {claim}.", claim,
                 {"Ministry of Foreign Affairs": FOREIGN_MINISTRY, "ISWAP": ISWAP}, "Ministry of Foreign Affairs")  # fmt: skip
    assert row["actor1"] == "ISWAP" and row["actor2"] == "Military Forces of Nigeria"  # the attacker first


@pytest.mark.parametrize(
    "claim",
    [
        "a strike on a house in Kanam killed a couple and their two children",
        "the air force had struck depots used by ISWAP near Kanam on Tuesday",
    ],
)
def test_strikes_told_without_air_are_strikes_from_the_air(tmp_path: Path, claim: str) -> None:
    row = row_of(tmp_path, f"Villagers said {claim}.", claim, {"Villagers": VILLAGERS}, "Villagers")
    assert kind(row) == ("Explosions/Remote violence", "Air/drone strike")


@pytest.mark.parametrize(
    ("claim", "expected"),
    [  # a reviewer's: a labour strike, a ground attack, a missile strike told again
        ("workers began a strike on the oil fields near Kanam on Tuesday", "Air/drone strike"),
        ("gunmen struck a fuel depot in Kanam on Tuesday, killing two guards", "Air/drone strike"),
        ("missiles struck Kanam on Tuesday; the strike on the market killed 20", "Shelling/artillery/missile attack"),
        ("the air force base in Kanam was hit by rockets on Tuesday", "Shelling/artillery/missile attack"),
    ],
)
def test_a_strike_is_from_the_air_only_where_nothing_says_otherwise(tmp_path: Path, claim: str, expected: str) -> None:
    try:
        row = row_of(tmp_path, f"Villagers said {claim}.", claim, {"Villagers": VILLAGERS}, "Villagers")
    except ValueError:  # no row: a labour strike with no one armed named
        assert expected == "Air/drone strike"
        return
    if expected == "Air/drone strike":
        assert row["sub_event_type"] != expected
    else:
        assert row["sub_event_type"] == expected


def test_shellfire_is_shelling(tmp_path: Path) -> None:
    claim = "a shepherd was killed by shellfire in Kanam on Tuesday"
    row = row_of(tmp_path, f"Villagers said {claim}.", claim, {"Villagers": VILLAGERS, "shepherd": SHEPHERD},
                 "Villagers")  # fmt: skip
    assert kind(row) == ("Explosions/Remote violence", "Shelling/artillery/missile attack")


@pytest.mark.parametrize(
    ("words", "dead"),
    [
        ("a strike on a house killed a couple and their two children", [4]),
        ("gunmen killed a farmer and his two sons", [3]),  # a reviewer's: 1
        ("soldiers killed two men and their three children", [5]),  # and 2
        ("the toll from strikes across the country since the start of the month had risen to 47", [47]),
    ],
)
def test_deaths_told_in_words(words: str, dead: list[int]) -> None:
    assert death_figures(words) == dead


def test_a_toll_since_the_start_of_the_month_is_a_running_total() -> None:
    assert running_total("the toll from Israeli strikes across Lebanon since the start of the month had risen to 47")


def test_what_keeps_happening_is_no_event() -> None:
    assert what_keeps_happening("People are being killed at this border almost every week")
    assert what_keeps_happening("it has waged an armed insurgency against the state since 1984")
    assert not what_keeps_happening("gunmen killed five people near the border on Sunday")


def test_an_accusation_of_trying_is_an_intent() -> None:
    assert _intent_or_stance('Israel of "trying to besiege the Bekaa by cutting its lifeline to Syria."')
    assert not _intent_or_stance("the villagers were trying to flee when gunmen killed 12 of them")


def test_searching_the_rubble_is_care() -> None:
    assert care_only("Teams from the Civil Defense searched the rubble in Qasr until morning")


@pytest.mark.parametrize(
    "claim",
    [
        "strikes killed at least 11 people, six of them migrants from Kanam, near the border on Tuesday",
        "smugglers had abandoned the group after the strike and two friends from his home town near Kanam are missing",
    ],
)
def test_where_people_come_from_is_not_where_it_happened(tmp_path: Path, claim: str) -> None:
    with pytest.raises(ValueError):  # no row: no place but the people's home
        row_of(tmp_path, f"Villagers said {claim}.", claim, {"Villagers": VILLAGERS}, "Villagers")


def test_what_a_states_forces_do_by_habit_is_no_act(tmp_path: Path) -> None:
    """ "its forces only respond to smuggling along the frontier" (the Saudi government) gave a row."""
    claim = "its forces only respond to smuggling and infiltration attempts near Kanam"
    with pytest.raises(ValueError):  # no row: no one did anything
        row_of(tmp_path, f"The Ministry of Foreign Affairs said {claim}.", claim,
               {"Ministry of Foreign Affairs": FOREIGN_MINISTRY}, "Ministry of Foreign Affairs")  # fmt: skip


def test_a_daily_aggression_keeps_happening() -> None:
    assert what_keeps_happening('the shelling was part of a "daily aggression" against villages in Razih')


@pytest.mark.parametrize(
    "words",
    [
        "The drone came from the valleys of Al-Saeed district, where AQAP has been hiding since it was pushed out",
        "more than 60,000 refugees from Burkina Faso had registered in northern Ivory Coast since 2022",
    ],
)
def test_a_presence_or_a_count_over_years_keeps_happening(words: str) -> None:
    assert what_keeps_happening(words)


def test_firing_on_army_positions_is_a_battle(tmp_path: Path) -> None:
    claim = "ISWAP fighters had first fired on army positions near Kanam on Tuesday"
    row = row_of(tmp_path, f"Villagers said {claim}.", claim,
                 {"Villagers": VILLAGERS, "ISWAP": ISWAP, "army": ARMY}, "Villagers")  # fmt: skip
    assert kind(row) == ("Battles", "Armed clash")
    assert (row["actor1"], row["actor2"]) == ("ISWAP", "Nigerian Army")


def test_a_place_taken_is_the_rows_place_before_one_on_the_map(tmp_path: Path) -> None:
    """A newcomer's "its fighters had captured Nawnghkio and were advancing toward Kyaukme" was an
    armed clash at Kyaukme, the place of the two with a point; Nawnghkio was in no row."""
    import csv
    import io

    from annotations.cli import run
    from annotations.model import Article, ClaimAttributes, DistrictAttributes, PlaceDetails
    from annotations.store import Store

    from .test_event_actors import KANAM
    from .test_events_export import tag

    dikwa = Entity.place("Dikwa", PlaceDetails("village", province="Borno", country="Nigeria"))
    text = "ISWAP said its fighters had captured Dikwa and were advancing toward Kanam."
    path = tmp_path / "db"
    with Store.open(path) as store:
        for entity in (KANAM, dikwa, ISWAP):
            store.put_entity(entity)
        article = Article.create("Dikwa", text, published="2025-01-19")
        store.add_article(article)
        for place, status in ((dikwa, "unknown"), (KANAM, "contested")):  # as the newcomer set Kyaukme's
            tag(store, article, "district", place.name, entity_id=place.id, attributes=DistrictAttributes(status))
        speaker = tag(store, article, "actor", "ISWAP", entity_id=ISWAP.id)
        attributes = ClaimAttributes(
            cue="said", claim_type="territorial_control", claimant_annotation_id=speaker.id,
            claimant_entity_id=ISWAP.id,
        )  # fmt: skip
        tag(store, article, "claim", "its fighters had captured Dikwa and were advancing toward Kanam",
            attributes=attributes)  # fmt: skip
    out = io.StringIO()
    assert run(["export", "--format", "events", "--db", str(path)], stdout=out) == 0
    (row,) = csv.DictReader(io.StringIO(out.getvalue()))
    assert row["location"] == "Dikwa"
    assert row["sub_event_type"] == "Non-state actor overtakes territory"


@pytest.mark.parametrize(
    "claim",
    [  # a reviewer's: the state's forces are no doer of what others did
        "bandits abducted 40 villagers from Kanam on Tuesday, and its forces had launched a search",
        "gunmen killed 12 villagers in Kanam on Tuesday; its forces arrived hours later",
    ],
)
def test_a_ministrys_forces_doing_something_else_are_no_doers(tmp_path: Path, claim: str) -> None:
    row = row_of(tmp_path, f"The Ministry of Foreign Affairs said {claim}.", claim,
                 {"Ministry of Foreign Affairs": FOREIGN_MINISTRY}, "Ministry of Foreign Affairs")  # fmt: skip
    assert row["actor1"] != "Military Forces of Nigeria"


@pytest.mark.parametrize(
    "words",
    [  # a reviewer's: one event beside a habit, or its doer named
        "ISWAP shelling killed 23 villagers in Kanam overnight, as relentless attacks continued",
        "Boko Haram killed 8 villagers in Kanam on Monday, part of a daily aggression",
    ],
)
def test_one_event_beside_a_habit_is_an_event(words: str) -> None:
    assert not what_keeps_happening(words)


def test_a_doer_behind_a_killing_keeps_its_toll() -> None:
    assert death_figures("ISWAP was behind the killing of 12 soldiers in Kanam on Sunday") == [12]


def test_an_armed_speakers_forces_named_after_the_doer_are_not_the_doer(tmp_path: Path) -> None:
    """A reviewer's: a defence ministry (typed state forces) telling "bandits abducted 40 villagers
    …, and its forces had launched a search" made its state's forces the abductors."""
    from .test_event_actors import BANDITS

    claim = "bandits abducted 40 villagers from Kanam on Tuesday, and its forces had launched a search"
    row = row_of(tmp_path, f"The Ministry of Defence said {claim}.", claim,
                 {"Ministry of Defence": DEFENCE_MINISTRY, "bandits": BANDITS}, "Ministry of Defence")  # fmt: skip
    assert row["actor1"] != "Military Forces of Nigeria"
    assert row["event_type"] == "Violence against civilians"
