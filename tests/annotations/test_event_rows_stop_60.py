"""Event rows a coder would write for strikes a state tells of, on sentences of our own (round
84's Pakistan-Iran strikes, read row by row): the foreign ministry's "strikes hit hideouts of the
BLF and the BLA" made the BLF the doer and the BLA its enemy; "its strike had targeted the Sunni
militant group Jaish al-Adl in the Panjgur district" was a claim of territory (for the word
"district") and gave no row; "the Iranian strike had destroyed a mosque" was a strategic
development; "Islamabad said two children were killed in that attack, recalled its ambassador
from Tehran" put the toll in Tehran."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from annotations.claims.figures import death_figures
from annotations.claims.no_row import what_a_place_is
from annotations.cli import run
from annotations.model import ActorDetails, Article, ClaimAttributes, DistrictAttributes, Entity, PlaceDetails
from annotations.suggest.claim_caveats import before_aside
from annotations.text.readings import claim_reading

from .test_event_actors import ARMY, BOKO, ISWAP, KANAM, POLICE, event_row
from .test_events_export import tag

FOREIGN_MINISTRY = Entity.actor("Ministry of Foreign Affairs (Nigeria)", ActorDetails("government_officials"))
GOVERNMENT = Entity.actor("Government of Nigeria", ActorDetails("government_officials"))
HEALTH_MINISTRY = Entity.actor("Ministry of Health (Nigeria)", ActorDetails("government_officials"))
VILLAGERS = Entity.actor("villagers", ActorDetails("civilians"))


def row_of(tmp_path: Path, text: str, claim: str, actors: dict[str, Entity], claimant: str) -> dict[str, str]:
    """The one event row of an article with this text (`test_event_actors.event_row`), the claim of
    the type its words suggest (as an accepted suggestion's)."""
    return event_row(tmp_path, text, claim, actors, claimant=claimant, claim_type=claim_reading(claim, "said")[0])


def parties(row: dict[str, str]) -> tuple[str, ...]:
    return row["sub_event_type"], row["actor1"], row["actor2"], row["assoc_actor_2"], row["interaction"]


def test_a_ministry_telling_of_strikes_on_two_groups_hideouts_tells_of_its_states_strikes(tmp_path: Path) -> None:
    claim = "precision military strikes hit hideouts of ISWAP and Boko Haram near Kanam on Tuesday"
    text = f"The Ministry of Foreign Affairs said {claim}."
    actors = {"Ministry of Foreign Affairs": FOREIGN_MINISTRY, "ISWAP": ISWAP, "Boko Haram": BOKO}
    row = row_of(tmp_path, text, claim, actors, "Ministry of Foreign Affairs")
    assert parties(row) == ("Air/drone strike", "Military Forces of Nigeria", "ISWAP", "Boko Haram", "12")


def test_the_army_telling_of_strikes_on_a_groups_positions_struck_them(tmp_path: Path) -> None:
    claim = "air strikes hit ISWAP positions near Kanam on Tuesday"
    row = row_of(tmp_path, f"The Nigerian Army said {claim}.", claim, {"Nigerian Army": ARMY, "ISWAP": ISWAP},
                 "Nigerian Army")  # fmt: skip
    assert parties(row) == ("Air/drone strike", "Nigerian Army", "ISWAP", "", "12")


def test_a_government_telling_of_its_own_strike_on_a_group_is_its_military(tmp_path: Path) -> None:
    claim = "its strike on Tuesday had targeted the Sunni militant group ISWAP near Kanam, across the border"
    row = row_of(tmp_path, f"The Government of Nigeria said {claim}.", claim,
                 {"Government of Nigeria": GOVERNMENT, "ISWAP": ISWAP}, "Government of Nigeria")  # fmt: skip
    assert parties(row) == ("Air/drone strike", "Military Forces of Nigeria", "ISWAP", "", "12")


def test_a_health_ministry_telling_of_strikes_on_villagers_names_no_doer(tmp_path: Path) -> None:
    """Strikes that hit its own people are not a state's own: whose they were is not said."""
    claim = "strikes hit the villagers' market in Kanam on Tuesday"
    row = row_of(tmp_path, f"The Ministry of Health said {claim}.", claim,
                 {"Ministry of Health": HEALTH_MINISTRY, "villagers": VILLAGERS}, "Ministry of Health")  # fmt: skip
    assert row["actor1"] != "Military Forces of Nigeria"


def test_a_nations_strike_is_a_strike_from_the_air(tmp_path: Path) -> None:
    claim = "the Nigerian strike had destroyed a mosque and two houses in Kanam"
    row = row_of(tmp_path, f"Villagers said {claim}.", claim, {"Villagers": VILLAGERS}, "Villagers")
    assert (row["event_type"], row["sub_event_type"]) == ("Explosions/Remote violence", "Air/drone strike")
    assert row["actor1"] == "Military Forces of Nigeria"


@pytest.mark.parametrize(
    ("words", "kind"),
    [
        ("its strike had targeted the group in the Panjgur district", "other"),  # where, not whose
        ("the rebels captured three districts in the north", "territorial_control"),
        ("the Taliban took control of the Nahr-e Saraj district", "territorial_control"),
        ("attacked checkpoints after overrunning the neighbouring district of Nad-e Ali", "territorial_control"),
        ("the insurgents had occupied the district headquarters of Mecula", "territorial_control"),
        ("Taliban fighters had surrounded the Dehrawud district centre", "territorial_control"),
        ("gunfire could be heard from the surrounding hills", "other"),
        ("police surrounded the house and arrested the suspect", "other"),  # a reviewer's
        ("the family lost Ahmed, their eldest son, in the attack", "other"),
        ("the army had lost control of Kanam to the rebels", "territorial_control"),
        ("the families lost their homes", "other"),
    ],
)
def test_a_district_named_is_no_claim_of_territory(words: str, kind: str) -> None:
    assert claim_reading(words, "said")[0] == kind


@pytest.mark.parametrize(
    ("text", "ends_before"),
    [
        ("two children were killed in that attack, recalled its ambassador from Tehran and barred", ", recalled"),
        ("the strike killed five people, summoned the Iranian charge d'affaires and protested", ", summoned"),
        ("the envoy was expelled after the strike, it said", None),
        ("the rebels seized the airport, cut the embassy's water supply and shelled the city", None),  # a reviewer's
        ("the Houthis seized the UN compound, closed the embassy, detained 11 UN staff", None),
    ],
)
def test_a_states_diplomatic_reply_after_its_words_is_no_part_of_them(text: str, ends_before: str | None) -> None:
    end = before_aside(text, 0, len(text))
    assert end == (text.index(ends_before) if ends_before else len(text))


JOS = Entity.place(
    "Jos", PlaceDetails("city", province="Plateau", country="Nigeria", codes={"iso3166_1": "NG"}, latitude=9.9,
                        longitude=8.9)
)  # fmt: skip
GOVERNOR = Entity.actor("Caleb Mutfwang", ActorDetails("government_officials"))


def test_a_toll_in_that_attack_is_the_attacks_not_of_a_place_named_after_it(tmp_path: Path) -> None:
    """The toll's sentence named another place after it (the speaker's own doing): the row was there."""
    from annotations.store import Store

    text = (
        "Gunmen attacked Kanam on Tuesday, police said.\n\n"
        "Caleb Mutfwang said two soldiers were killed in that attack, and flew back to Jos."
    )
    path = tmp_path / "db"
    with Store.open(path) as store:
        for entity in (KANAM, JOS, POLICE, GOVERNOR):
            store.put_entity(entity)
        article = Article.create("Kanam", text, published="2025-01-19")
        store.add_article(article)
        for place in (KANAM, JOS):
            tag(store, article, "district", place.name, entity_id=place.id, attributes=DistrictAttributes("unknown"))
        speakers = [(tag(store, article, "actor", e.name if e is GOVERNOR else "police", entity_id=e.id), e)
                    for e in (POLICE, GOVERNOR)]  # fmt: skip
        for (speaker, entity), words, kind in zip(
            speakers,
            ("Gunmen attacked Kanam on Tuesday", "two soldiers were killed in that attack"),
            ("other", "casualties"),
            strict=True,
        ):
            attributes = ClaimAttributes(
                cue="said", claim_type=kind, claimant_annotation_id=speaker.id, claimant_entity_id=entity.id
            )
            tag(store, article, "claim", words, attributes=attributes)
    out = io.StringIO()
    assert run(["export", "--format", "events", "--db", str(path)], stdout=out) == 0
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert {row["location"] for row in rows} == {"Kanam"}
    assert sum(int(row["fatalities"]) for row in rows) == 2


@pytest.mark.parametrize(
    ("words", "dead"),
    [
        ("it hit infrastructure linked to the killing of 26 tourists in Kanam last month", []),
        ("the strikes killed 12 fighters in retaliation for the killing of 26 tourists", [12]),
        ("gunmen killed 26 tourists in Kanam", [26]),
    ],
)
def test_the_dead_of_an_earlier_event_named_as_a_reason_are_not_this_ones(words: str, dead: list[int]) -> None:
    assert death_figures(words) == dead


def test_a_place_where_an_earlier_event_was_is_not_this_ones(tmp_path: Path) -> None:
    """India's strikes "hit terrorist infrastructure linked to the killing of 26 tourists in
    Indian-controlled Kashmir last month": a row of 26 dead there, a month before."""
    claim = "its jets hit camps linked to the killing of 26 tourists in Kanam last month"
    with pytest.raises(ValueError):  # no row: where the camps were is not said
        row_of(tmp_path, f"The Nigerian Army said {claim}.", claim, {"Nigerian Army": ARMY}, "Nigerian Army")


def test_what_a_place_is_tells_no_event() -> None:
    assert what_a_place_is("is the headquarters of ISWAP and a seminary in Kanam linked to Boko Haram")
    assert what_a_place_is("the town was a stronghold of the militants")
    assert not what_a_place_is("the headquarters of ISWAP was hit by air strikes")
    assert not what_a_place_is("the base of the militia was attacked on Sunday")
    assert not what_a_place_is("it was the base of the battalion that fell to M23 fighters on Saturday")
