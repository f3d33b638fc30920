"""A toll told for a region with one town's share of it ("killed 14 civilians in the Donetsk
region, including six in Kostiantynivka") was filed at the town, whose event row then said 14
dead there: a reviewer's. The region's event, found under both names."""

from __future__ import annotations

from pathlib import Path

from annotations.claims.board import board_claims
from annotations.claims.choosing import select
from annotations.claims.claim_places import parts_of_a_toll
from annotations.model import Annotation, Article, ClaimAttributes, Entity, PlaceDetails
from annotations.store import Store

from ..helpers import span

TEXT = "Shelling killed 14 civilians in the Donetsk region, including six in Kostiantynivka, officials said."


def test_a_towns_share_of_a_regions_toll_files_the_claim_under_the_region(tmp_path: Path) -> None:
    region = Entity.place("Donetsk Oblast", PlaceDetails("province", country="Ukraine"))
    town = Entity.place("Kostiantynivka", PlaceDetails("city", province="Donetsk Oblast", country="Ukraine"))
    with Store.open(tmp_path / "db") as store:
        article = Article.create("Donetsk", TEXT, published="2026-12-01")
        store.add_article(article)
        for entity, words in ((region, "Donetsk"), (town, "Kostiantynivka")):
            store.put_entity(entity)
            store.add_annotation(Annotation.create(article, "district", *span(article, words), entity_id=entity.id))
        end = TEXT.index(", officials")
        store.add_annotation(
            Annotation.create(article, "claim", 0, end, attributes=ClaimAttributes(cue="said", claim_type="casualties"))
        )
        claims = list(board_claims(store))
    assert [name for _, name in claims[0].places] == ["Donetsk Oblast"]
    assert len(list(select(claims, place="Kostiantynivka"))) == 1
    assert len(list(select(claims, place="Donetsk Oblast"))) == 1


def test_what_makes_a_share_of_a_toll() -> None:
    assert parts_of_a_toll(TEXT, ["Kostiantynivka"])
    assert not parts_of_a_toll(TEXT, ["Donetsk Oblast", "Donetsk"])
    assert parts_of_a_toll("Ten died across Borno, among them four at Konduga camp.", ["Konduga"])
    assert not parts_of_a_toll("Ten died, including children, in Konduga.", ["Konduga"])


def test_a_number_of_dead_and_one_more_listed_after_them() -> None:
    """A newcomer's rows said 0 dead for both (docs/events.md says a list of dead adds up)."""
    from annotations.claims.figures import death_figures

    assert death_figures("Two Armenian soldiers and a civilian were killed overnight") == [3]
    assert death_figures("a 54-year-old man was killed in Tegh and four civilians were wounded") == [1]
    assert death_figures("two soldiers and a civilian were wounded") == []
    assert death_figures("Two soldiers were killed and a civilian was wounded") == [2]


def test_every_part_of_a_toll_is_a_part() -> None:
    quote = "Shelling killed 14 civilians in the Donetsk region, including six in Kostiantynivka and two in the town of Druzhkivka"
    assert parts_of_a_toll(quote, ["Kostiantynivka"]) and parts_of_a_toll(quote, ["Druzhkivka"])
    assert parts_of_a_toll("Nine died in the Kharkiv region, among them four in the city of Kupiansk", ["Kupiansk"])


def test_a_figure_in_quotation_marks_counts() -> None:
    from annotations.claims.figures import death_figures

    assert death_figures('claimed that "more than ten soldiers" were killed when the patrol was ambushed') == [10]
    assert death_figures("said “up to ten” Kyrgyz servicemen died") == [10]


def test_a_spokesmans_own_forces_are_his_armys(tmp_path: Path) -> None:
    """A newcomer's row had 'Armed clash, Ibrahima Sow' for "Our units responded … our forces lost
    four men", said by Colonel Ibrahima Sow, spokesman for the Senegalese Armed Forces (a surname
    of three letters made no person's name, so he stood for no army)."""
    from annotations.model import ActorDetails

    from .test_event_actors import event_row

    army = Entity.actor("Senegalese Armed Forces", ActorDetails("state_forces"))
    sow = Entity.actor("Ibrahima Sow", ActorDetails("state_forces", affiliation="Senegalese Armed Forces"))
    rebels = Entity.actor("assailants", ActorDetails("rebel_group"))
    text = (
        '"Our units destroyed two rebel camps in Kanam. Seven assailants were neutralised and our forces lost '
        'four men," said Ibrahima Sow, spokesman for the Senegalese Armed Forces.'
    )
    claim = text[1 : text.index(',"')]
    row = event_row(
        tmp_path,
        text,
        claim,
        {"Ibrahima Sow": sow, "Senegalese Armed Forces": army, "assailants": rebels},
        claimant="Ibrahima Sow",
        claim_type="casualties",
    )
    assert row["actor1"] == "Senegalese Armed Forces"


def test_a_dateline_of_two_towns_gives_its_date() -> None:
    """A second newcomer's "GENEVA/KINSHASA, 6 March 2025 (AP) -" imported with no date."""
    from annotations.text.ingest import dateline_date

    assert dateline_date("GENEVA/KINSHASA, 6 March 2025 (AP) - The UN said 31 people died.") == "2025-03-06"
    assert dateline_date("KINSHASA, 6 March 2025 (AP) - The UN said 31 people died.") == "2025-03-06"


def test_a_running_total_stands_against_no_nights_toll(tmp_path: Path) -> None:
    """A second newcomer's board set "killed more than 300 civilians … since January" against one
    night's 12 and 23 dead as a contradiction: a running total states no toll of the event."""
    from annotations.claims.board import events

    town = Entity.place("Djugu", PlaceDetails("district", country="Congo"))
    text = (
        "Militiamen killed 12 people in Djugu, officials said. "
        "The militia has killed more than 300 civilians in Djugu since January, the UN said."
    )
    quotes = (
        "Militiamen killed 12 people in Djugu",
        "The militia has killed more than 300 civilians in Djugu since January",
    )
    with Store.open(tmp_path / "db") as store:
        article = Article.create("Djugu", text, published="2026-12-01")
        store.add_article(article)
        store.put_entity(town)
        for at in (text.index("Djugu"), text.rindex("Djugu")):
            store.add_annotation(Annotation.create(article, "district", at, at + 5, entity_id=town.id))
        for quote in quotes:
            start = text.index(quote)
            attributes = ClaimAttributes(cue="said", claim_type="casualties")
            store.add_annotation(Annotation.create(article, "claim", start, start + len(quote), attributes=attributes))
        found = events(list(board_claims(store)))
    sides = {claim.quote: event.side_of(claim) for event in found for claim in event.claims}
    assert sides[quotes[1]] is None and sides[quotes[0]] is not None


def test_the_killers_word_is_not_whose_dead() -> None:
    """ "Militiamen killed 12 people" counted 12 dead fighters (the board's side "12 dead (fighters)")."""
    from annotations.claims.whose_dead import whose_dead

    assert whose_dead("Militiamen killed 12 people in Djugu") is None
    assert whose_dead("Gunmen killed 12 villagers") == "civilians"
    assert whose_dead("Twelve soldiers were killed") == "forces"
