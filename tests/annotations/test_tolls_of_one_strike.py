"""One drone strike told by several sources (a newcomer's Yetnora, in three articles of their
own): its tolls were never set against each other. "at least 41 civilians were killed … on March 3"
and "the death toll … has risen to 52" stated no toll (the day's number was counted as a second
figure), the army's "There were no civilians among those neutralised. Nine armed extremists were
killed" counted civilians, a toll that says not whose stood alone beside the strike's, and the
village "near Debre Markos" made a second event at Debre Markos."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotations.claims.board import board_claims, events
from annotations.claims.claim_places import places_about
from annotations.claims.figures import the_toll
from annotations.claims.whose_dead import whose_dead
from annotations.model import ActorDetails, Annotation, Article, ClaimAttributes, Entity, PlaceDetails
from annotations.store import Store

from ..helpers import span


@pytest.mark.parametrize(
    ("words", "toll"),
    [
        ("at least 41 civilians were killed in the drone strike on the market, near Koro, on March 3", 41),
        ("The death toll from the March 3 drone strike on the market has risen to 52", 52),
        ("The drone struck at around 11 in the morning. We buried 27 people, most of them farmers", 27),
        ("gunmen killed 14 villagers on 3 March 2025 at 4:30, residents said", 14),
        ("12 soldiers and 3 rebels were killed on May 2", None),  # two numbers of dead still state no one toll
        ("The suicide bombing killed 13 Marines at the airport gate", 13),  # a reviewer's: no month "Mar"
        ("Gunmen killed 15 in the night raid on the village", 15),  # no time of day without "at"
        ("The 1 May attack killed 18", 18),
    ],
)
def test_a_date_or_a_time_is_no_second_number_of_dead(words: str, toll: int | None) -> None:
    assert the_toll(words) == toll


def test_dead_said_not_to_be_among_those_killed_are_not_whose_the_toll_is() -> None:
    words = "There were no civilians among those neutralised in Koro. Nine armed extremists were killed"
    assert (the_toll(words), whose_dead(words)) == (9, "fighters")


@pytest.mark.parametrize(
    ("text", "names", "about"),
    [
        ("A drone strike hit a market in the village of Yetnora, near Debre Markos, killing 27 civilians.",
         ("Yetnora", "Debre Markos"), ["Yetnora"]),
        # a reviewer's: a place near no other place named before it is where the event was
        ("Gunmen near Zurmi in Zamfara state killed 12 villagers.", ("Zurmi", "Zamfara"), ["Zurmi", "Zamfara"]),
        # helper-314's Ramree: the island is where the town lies, not where the market was bombed
        ("A jet bombed a market in the town of Ramree, about 60 km (37 miles) south of Kyaukphyu on Ramree Island, "
         "on Thursday, killing 18 people.", ("Ramree", "Kyaukphyu", "Ramree Island"), ["Ramree"]),
        ("A jet bombed a market in the town of Ramree on Ramree Island, killing 18 people.",
         ("Ramree", "Ramree Island"), ["Ramree"]),
        ("A jet bombed Kyaukphyu on the Ramree peninsula, killing 5 people.", ("Kyaukphyu", "Ramree"), ["Kyaukphyu"]),
        # helper-324's review: "on" against a place, in a list, or on a front names where it happened
        ("Air strikes by Israel on Gaza City killed 30 people.", ("Israel", "Gaza City"), ["Israel", "Gaza City"]),
        ("Russia launched attacks on Kharkiv, on Odesa and on Dnipro, killing 12 people.",
         ("Russia", "Kharkiv", "Odesa", "Dnipro"), ["Russia", "Kharkiv", "Odesa", "Dnipro"]),
        ("Two soldiers were killed in Ukraine on the Zaporizhzhia front.", ("Ukraine", "Zaporizhzhia"),
         ["Ukraine", "Zaporizhzhia"]),
        # not after an act: the island is where it was
        ("Troops landed on Ramree Island on Thursday and shelled Kyaukphyu, killing 18 people.",
         ("Ramree Island", "Kyaukphyu"), ["Ramree Island", "Kyaukphyu"]),
    ],
)  # fmt: skip
def test_a_village_named_near_a_town_is_where_the_strike_was(
    text: str, names: tuple[str, ...], about: list[str]
) -> None:
    article = Article.create("t", text, published="2025-03-06")
    annotations = []
    for name in names:
        at = text.index(name)
        entity = Entity.place(name, PlaceDetails("district"))
        annotations.append(Annotation.create(article, "district", at, at + len(name), entity_id=entity.id))
    claim = Annotation.create(article, "claim", 0, len(text) - 1, attributes=ClaimAttributes(claim_type="casualties"))
    quotes = {a.entity_id: a.quote for a in annotations}
    assert [quotes[p] for p in places_about(text, claim, [*annotations, claim])] == about


YETNORA = Entity.place("Yetnora", PlaceDetails("village", country="Ethiopia"))
TOLD = [
    ("Health workers said on Monday a drone strike killed 27 civilians in Yetnora.", "2025-03-03",
     "a drone strike killed 27 civilians in Yetnora"),
    ("Elders said the death toll from the drone strike on Yetnora on Monday has risen to 52.", "2025-03-05",
     "the death toll from the drone strike on Yetnora on Monday has risen to 52"),
    ("The army said on Saturday nine extremists were killed in Yetnora.", "2025-03-09",
     "nine extremists were killed in Yetnora"),
]  # fmt: skip


def test_a_toll_that_says_not_whose_joins_the_dead_told_on_its_day(tmp_path: Path) -> None:
    with Store.open(tmp_path / "db") as store:
        for n, (text, day, words) in enumerate(TOLD):
            article = Article.create(f"Report {n}", text, published=day, source=f"https://e.org/{n}")
            store.add_article(article)
            speaker = Entity.actor(f"source {n}", ActorDetails("civilians"))
            store.put_entity(speaker)
            start, end = span(article, words)
            at = text.index("Yetnora")
            mention = Annotation.create(article, "district", at, at + 7, entity_id=YETNORA.id)
            store.add_annotation(mention, new_entity=YETNORA if store.get_entity(YETNORA.id) is None else None)
            attributes = ClaimAttributes(claimant_entity_id=speaker.id, cue="said", claim_type="casualties")
            store.add_annotation(Annotation.create(article, "claim", start, end, attributes=attributes))
        found = {tuple(sorted(event.sides())) for event in events(board_claims(store))}
    assert found == {("27 dead (civilians)", "52 dead"), ("9 dead (fighters)",)}
