"""Tolls as a newcomer's two articles on one drone strike told them: a toll that rose, named far
from its number, and the wounded who died since, which are no toll of their own."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotations.claims.events import event_rows
from annotations.claims.figures import death_figures, the_toll
from annotations.claims.no_row import THE_HURT_DIED
from annotations.model import Annotation, Article, ClaimAttributes, Entity, PlaceDetails
from annotations.store import Store


def test_a_toll_that_rose_is_read_however_far_its_number() -> None:
    words = "The death toll from a drone attack on a fuel depot in the White Nile city of Kosti has risen to 22"
    assert death_figures(words) == [22] and the_toll(words) == 22


@pytest.mark.parametrize(
    "words",
    ["Eight of the wounded died overnight at Kosti Teaching Hospital", "three of the injured later died in hospital"],
)
def test_the_wounded_who_died_since_are_no_toll_to_set_against_another(words: str) -> None:
    """Read as a toll of 8, the board said the sources disagreed: 14 dead against 8."""
    assert death_figures(words) and the_toll(words) is None


@pytest.mark.parametrize(
    "quote",
    ["The Rapid Support Forces had no operations in the Kosti area on Sunday", "the group does not target civilians"],
)
def test_a_denial_in_other_words_gives_no_row(quote: str) -> None:
    """A newcomer's "had no operations in the Kosti area" gave a row of the RSF at the depot."""
    from annotations.claims.no_row import denies_in_other_words

    assert denies_in_other_words(quote)


def test_the_wounded_who_died_since_give_no_row_of_their_own(tmp_path: Path) -> None:
    """A newcomer's "Eight of the wounded died overnight at Kosti Teaching Hospital" was a battle at
    the hospital, with 8 dead beside the strike's 22."""
    assert _reasons(tmp_path, "Eight of the wounded died overnight in Kosti, the group said.") == [THE_HURT_DIED]
    assert _reasons(tmp_path, "Gunmen killed 12 people in Kosti, and three of the wounded later died.") == []


def _reasons(folder: Path, text: str) -> list[str]:
    """Why each claim of a one-sentence article about Kosti gives no row (none: it gives one)."""
    with Store.open(folder / f"db{abs(hash(text))}") as store:
        article = Article.create("x", text, published="2025-03-10")
        store.add_article(article)
        kosti = Entity.place("Kosti", PlaceDetails("city", province="White Nile", country="Sudan"))
        store.put_entity(kosti)
        at = text.index("Kosti")
        store.add_annotation(Annotation.create(article, "district", at, at + 5, entity_id=kosti.id))
        end = text.rindex(",") if ", the group said" in text else len(text) - 1
        store.add_annotation(Annotation.create(article, "claim", 0, end, attributes=ClaimAttributes(cue="said")))
        without: list[tuple[object, str]] = []
        list(event_rows(store, without))  # type: ignore[arg-type]
    return [reason for _claim, reason in without]


def test_territory_a_group_controls_somewhere_is_no_capture_of_it() -> None:
    """ "accused the RSF of launching the drone from territory it controls in Kordofan" made
    Kordofan captured, and a row of the RSF taking it."""
    from annotations.text.readings import control_status_near

    text = "He accused the RSF of launching the drone from territory it controls in Kordofan."
    at = text.index("Kordofan")
    assert control_status_near(text, at, at + 8) == "unknown"
    text = "The RSF now controls Bara, residents said."
    assert control_status_near(text, text.index("Bara"), text.index("Bara") + 4) == "captured"


def test_two_claims_linked_to_one_that_gives_no_row_are_one_event() -> None:
    """A newcomer linked the 22 dead of one outlet and "the toll at 14" to the governor's "Fourteen
    of our citizens were killed", which names no place (no row): the strike stayed two rows, 36
    dead."""
    from annotations.claims.codebook import disorder_type, interaction
    from annotations.claims.events import EventRow
    from annotations.claims.merging import merged_events

    def row(claim: str, event_type: str, sub_type: str, dead: int) -> EventRow:
        fields = {
            "event_date": "2025-03-09", "year": 2025, "event_type": event_type, "sub_event_type": sub_type,
            "disorder_type": disorder_type(event_type, sub_type), "country": "Sudan", "admin1": "White Nile",
            "location": "Kosti", "actor1": "Unidentified Armed Group (Sudan)", "assoc_actor_1": "", "inter1": 3,
            "actor2": "", "assoc_actor_2": "", "inter2": 0, "interaction": interaction(3, 0), "time_precision": 1,
            "geo_precision": 1, "source": "example.org", "notes": claim, "timestamp": 0, "fatalities": dead,
            "event_id_cnty": "SDN",
        }  # fmt: skip
        return EventRow(claim, "a2", fields, dead, dead, "2025-03-09", linked=(("a1", "governor"),))

    rose = row("rose", "Explosions/Remote violence", "Air/drone strike", 22)
    earlier = row("earlier", "Violence against civilians", "Attack", 14)
    (merged,) = merged_events([rose, earlier])
    assert merged.row["event_type"] == "Explosions/Remote violence"


@pytest.mark.parametrize(
    "words",
    [
        "The toll the war has taken on farmers is heavy and the price of a sack of sorghum has risen to 300 pounds.",
        "The toll from the attack is still being counted but the number of displaced people has risen to 4000.",
    ],
)
def test_a_number_that_rose_after_and_or_but_is_no_toll(words: str) -> None:
    """A reviewer's: the longer reach of "toll … has risen to" took prices and the displaced."""
    assert the_toll(words) is None


@pytest.mark.parametrize(
    "quote",
    [
        "The gunmen did not target the soldiers guarding the camp but opened fire on sleeping families",
        "CODECO militiamen, who have no presence in Bunia itself, attacked a displacement camp near Djugu",
    ],
)
def test_an_attack_told_beside_a_denial_is_no_denial(quote: str) -> None:
    from annotations.claims.no_row import denies_in_other_words

    assert not denies_in_other_words(quote)
