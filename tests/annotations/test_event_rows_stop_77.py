"""What a newcomer's three articles on one war found in the claims and the events export (stop 77),
tested on sentences of my own."""

from __future__ import annotations

from annotations.claims.figures import death_figures, the_toll

ARMY = ("FARDC", "state_forces")


def _one_days_event(tmp_path, place: str, *told: tuple[tuple[str, str], str, str, str]):  # type: ignore[no-untyped-def]
    """The board's one event of claims about `place` told on one day: each by an actor (name, type),
    in an article of these words, the claim's words, the place's status there; with the claims."""
    from annotations.claims.board import board_claims, events
    from annotations.model import ActorDetails, Article, Entity, PlaceDetails
    from annotations.store import Store

    from ..helpers import claim_about

    where = Entity.place(place, PlaceDetails("city", country="DR Congo"))
    claims = []
    with Store.open(tmp_path / "db") as store:
        for (name, kind), text, words, status in told:
            actor = Entity.actor(name, ActorDetails(kind))  # type: ignore[arg-type]
            article = Article.create(name, text, published="2025-03-06")
            store.add_article(article)
            store.put_entity(actor)
            claims.append(claim_about(store, article, words, where, actor, status=status))
        (event,) = events(board_claims(store))
    return event, claims


def test_the_dead_counted_with_a_phrase_between_the_number_and_the_killing() -> None:
    """ "40 soldiers of the Congolese army were killed" and "25 M23 fighters were killed" gave no toll:
    an events row merged from them said 30 dead where the claims told 55."""
    assert the_toll("Thirty soldiers of the national army were killed in the fighting near the lake.") == 30
    assert the_toll("At least 25 M23 fighters were killed in the operation, the army said.") == 25
    assert the_toll("12 FDLR rebels were killed overnight.") == 12
    assert death_figures("12 houses were burned and two people were killed") == [2]  # the houses are no dead
    # a reviewer's: no word between a number and a killing that counts something else
    assert death_figures("four rockets fired by M23 killed two children in Goma on Sunday") == [2]
    assert death_figures("a drone strike 15 kilometres north of the town killed three people") == [3]
    assert the_toll("14 cows grazing near the river were killed") is None


def test_a_place_a_rebel_group_says_it_liberated_is_the_attackers_on_the_board(tmp_path) -> None:
    """ "Minova is liberated", said by M23's spokesman (retaken), stood on the government's side: the
    board proposed it as corroborating the army's claim and drew "the government holds it"."""
    from annotations.claims.timeline import timeline
    from tui.screens.claims_board import suggested_link

    event, (liberated, _held) = _one_days_event(
        tmp_path,
        "Minova",
        (("M23", "rebel_group"), "M23 said Minova is liberated.", "Minova is liberated", "retaken"),
        (ARMY, "The army said it still held Minova.", "it still held Minova", "government_held"),
    )
    by_id = {c.claim_id: c for c in event.claims}
    assert event.side_of(by_id[liberated.id]) == "attackers"
    assert event.contradictions()  # the two sides
    kind, _other = suggested_link(event, by_id[liberated.id])  # type: ignore[misc]
    assert kind == "contradicts"
    (moment,) = timeline(event.claims, event.place_id)
    assert moment.side == "disputed"  # one day, two sides


def test_a_row_whose_army_is_unnamed_joins_the_armys_own_row_in_the_right_order() -> None:
    """helper-247's merged rows set M23 against M23: the rebels' row (M23 | "Military Forces of …",
    unnamed) and the army's (its forces named | M23) fitted in both orders, and were joined straight."""
    from annotations.claims.merged_event import Party
    from annotations.claims.merged_event import told_the_other_way as _told_the_other_way

    rebels = Party("M23", "", 2)
    unnamed_army = Party("Military Forces of the Democratic Republic of Congo (2019-)", "", 1)
    army = Party("FARDC", "", 1)
    assert _told_the_other_way(rebels, unnamed_army, army, rebels)
    assert not _told_the_other_way(rebels, unnamed_army, rebels, army)
    assert not _told_the_other_way(rebels, army, rebels, army)
    assert _told_the_other_way(rebels, army, army, rebels)


def test_dead_the_claim_says_there_were_none_of_are_not_its_dead() -> None:
    """ "12 rebels were killed and no soldiers died" counted no kind of dead, and was set against the
    army's own losses on the board (helper-247's)."""
    from annotations.claims.whose_dead import whose_dead

    assert whose_dead("Twelve rebels were killed in the clash and no soldiers died, the army said.") == "fighters"
    assert whose_dead("Eight attackers were killed; none of our troops were wounded.") == "fighters"
    assert whose_dead("Two soldiers and three civilians were killed.") is None  # both, as before


def test_a_merged_rows_source_says_a_title_holding_a_semicolon_once() -> None:
    """helper-247's merged row: "Congolese army says it retook Sake; M23 rejects claim; Congolese army
    says it retook Sake; M23 rejects claim", both its claims from one article."""
    from annotations.claims.events import EventRow
    from annotations.claims.merged_event import MergedEvent as _Event

    def row(claim: str) -> EventRow:
        fields = {
            "actor1": "M23", "assoc_actor_1": "", "inter1": 2, "actor2": "", "assoc_actor_2": "", "inter2": 0,
            "event_type": "Battles", "sub_event_type": "Armed clash", "time_precision": 1, "timestamp": 1,
            "notes": claim, "source": "Army says it retook Sake; M23 rejects claim",
        }  # fmt: skip
        return EventRow(claim, "article", fields, 0, 0, "2025-03-03")

    event = _Event(row("one"))
    event.add(row("two"))
    assert event.row["source"] == "Army says it retook Sake; M23 rejects claim"


def test_a_side_that_lost_soldiers_tells_of_casualties() -> None:
    """helper-247's "the army had lost 30 soldiers on Monday" was suggested as a claim of type other."""
    from annotations.text.readings import claim_reading

    for said in ("the rebels had lost 14 fighters in the assault", "the battalion lost dozens of men"):
        assert claim_reading(said, "said")[0] == "casualties", said
    for said in (
        "the party lost 12 members of parliament in the vote",
        "the army lost ground near the lake",
        "the police lost 5 officers to resignations this month",  # a reviewer's
        "the club lost 2 officers in the election",
    ):
        assert claim_reading(said, "said")[0] != "casualties", said


def test_tolls_their_words_date_to_different_days_are_two_events_on_the_board(tmp_path) -> None:
    """helper-247's Minova: "7 dead" in Sunday's shelling and "11 dead" in Tuesday's were one event,
    marked as contradicting (the events export kept them apart); tolls dated by their article's day
    alone stay together within the week, as before."""
    from annotations.claims.board import board_claims, events
    from annotations.model import Annotation, Article, ClaimAttributes, Entity, PlaceDetails
    from annotations.store import Store

    from ..helpers import span

    minova = Entity.place("Minova", PlaceDetails("city", country="DR Congo"))
    told = [
        ("2025-03-01", "Shelling killed 5 civilians in Minova, a priest said.", "Shelling killed 5 civilians in Minova"),
        ("2025-03-04", "Shelling killed 7 civilians in Minova on Sunday, a doctor said.", "Shelling killed 7 civilians in Minova on Sunday"),
        ("2025-03-06", "Shelling killed 11 civilians in Minova on Tuesday, a nurse said.", "Shelling killed 11 civilians in Minova on Tuesday"),
        ("2025-03-07", "Shelling killed 9 civilians in Minova, a resident said.", "Shelling killed 9 civilians in Minova"),
    ]  # fmt: skip
    with Store.open(tmp_path / "db") as store:
        store.put_entity(minova)
        for day, text, words in told:
            article = Article.create(f"Minova {day}", text, published=day)
            store.add_article(article)
            at = text.index("Minova")
            store.add_annotation(Annotation.create(article, "district", at, at + 6, entity_id=minova.id))
            attributes = ClaimAttributes(cue="said", claim_type="casualties")
            store.add_annotation(Annotation.create(article, "claim", *span(article, words), attributes=attributes))
        found = events(board_claims(store))
    tolls = sorted(sorted(c.quote.split()[2] for c in e.claims) for e in found)
    # Sunday's with the one its article dates before it (a reviewer's: it kept Tuesday's in too),
    # Tuesday's apart with the one its article dates after it
    assert tolls == [["11", "9"], ["5", "7"]]


def test_a_militia_fighting_beside_the_army_retakes_for_the_government_on_the_board(tmp_path) -> None:
    """A reviewer's: Wazalendo (a militia beside the army) saying "its fighters, alongside the army,
    retook Sake" stood against the army's own "the army retook Sake" once a militia's retaking was
    read as the attackers'."""
    event, _claims = _one_days_event(
        tmp_path,
        "Sake",
        (
            ("Wazalendo", "identity_militia"),
            "Wazalendo said its fighters retook Sake.",
            "its fighters retook Sake",
            "retaken",
        ),
        (ARMY, "The army said the army retook Sake.", "the army retook Sake", "retaken"),
    )
    assert {event.side_of(c) for c in event.claims} == {"government"} and not event.contradictions()
