"""One row per event: the claims that tell one attack, in one article or several, give one row."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from pathlib import Path

import pytest

from annotations.cli import run
from annotations.model import (
    ActorDetails,
    Article,
    ClaimAttributes,
    DistrictAttributes,
    Entity,
    PlaceDetails,
)
from annotations.store import Store

from .test_events_export import tag

DIKWA = Entity.place(
    "Dikwa",
    PlaceDetails(
        "city", province="Borno", country="Nigeria", codes={"iso3166_1": "NG"}, latitude=12.03, longitude=13.92
    ),
)
ISWAP = Entity.actor("ISWAP", ActorDetails("rebel_group"))
ARMY = Entity.actor("Nigerian Army", ActorDetails("state_forces"))
BOKO = Entity.actor("Boko Haram", ActorDetails("rebel_group"))

TOLD = [  # (outlet, day, text, claim, the actors tagged inside it)
    ("https://www.premiumtimes.ng/a", "2025-03-02", "ISWAP fighters attacked Dikwa, killing 12 soldiers, officials said.",
     "ISWAP fighters attacked Dikwa, killing 12 soldiers", ("ISWAP", "soldiers")),
    ("https://www.reuters.com/b", "2025-03-02", "Gunmen attacked Dikwa, killing 40 soldiers, residents said.",
     "Gunmen attacked Dikwa, killing 40 soldiers", ("soldiers",)),
    ("https://www.humangle.ng/c", "2025-03-03", "Boko Haram fighters attacked Dikwa, killing three soldiers, a source said.",
     "Boko Haram fighters attacked Dikwa, killing three soldiers", ("Boko Haram", "soldiers")),
]  # fmt: skip
POLICE = Entity.actor("Nigeria Police Force", ActorDetails("state_forces"))
ENTITIES = {"ISWAP": ISWAP, "soldiers": ARMY, "Boko Haram": BOKO, "Nigerian Army": ARMY, "policemen": POLICE}


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """Three outlets about Dikwa: two tell one attack (one names ISWAP, one "gunmen", 12 and 40
    soldiers killed), the third another attack the next day (Boko Haram's)."""
    return _told(tmp_path / "db", TOLD)


def _told(path: Path, told: list[tuple[str, str, str, str, tuple[str, ...]]]) -> Path:
    with Store.open(path) as store:
        for entity in (DIKWA, *dict.fromkeys(ENTITIES.values())):
            store.put_entity(entity)
        for source, day, text, claim, actors in told:
            article = Article.create(f"Dikwa ({source})", text, published=day, source=source)
            store.add_article(article)
            tag(store, article, "district", "Dikwa", entity_id=DIKWA.id, attributes=DistrictAttributes("captured"))
            for words in actors:
                tag(store, article, "actor", words, entity_id=ENTITIES[words].id)
            tag(store, article, "claim", claim, attributes=ClaimAttributes(cue="said", claim_type="casualties"))
    return path


def _export(db: Path, *options: str) -> str:
    out = io.StringIO()
    assert run(["export", "--db", str(db), *options], stdout=out, stderr=io.StringIO()) == 0
    return out.getvalue()


def test_the_claims_of_one_attack_give_one_row_with_its_named_parties_and_the_lowest_toll(db: Path) -> None:
    rows = list(csv.DictReader(io.StringIO(_export(db, "--format", "events"))))
    assert len(rows) == 2  # ISWAP's attack (told twice) and Boko Haram's
    iswap, boko = rows
    assert (iswap["actor1"], iswap["actor2"], iswap["interaction"]) == ("ISWAP", "Nigerian Army", "12")
    assert iswap["fatalities"] == "12"  # the most conservative toll, as ACLED counts
    assert iswap["source"] == "premiumtimes.ng; reuters.com"
    assert "killing 12 soldiers" in iswap["notes"] and "killing 40 soldiers" in iswap["notes"]
    assert "Tolls its sources state: 12, 40." in iswap["notes"]
    assert (boko["actor1"], boko["fatalities"], boko["source"]) == ("Boko Haram", "3", "humangle.ng")
    assert [row["event_id_cnty"] for row in rows] == ["NGA1", "NGA2"]


def test_events_json_names_every_claim_of_the_event_and_the_range_of_its_tolls(db: Path) -> None:
    first = json.loads(_export(db, "--format", "events-json").splitlines()[0])
    assert (first["deaths_low"], first["deaths_best"], first["deaths_high"]) == (12, 12, 40)
    assert len(first["fieldmark_claims"]) == 2
    assert first["fieldmark_claim"] == first["fieldmark_claims"][0]


def test_per_claim_gives_one_row_per_claim(db: Path) -> None:
    rows = list(csv.DictReader(io.StringIO(_export(db, "--format", "events", "--per-claim"))))
    assert [(row["actor1"], row["fatalities"]) for row in rows] == [
        ("ISWAP", "12"),
        ("Unidentified Armed Group (Nigeria)", "40"),
        ("Boko Haram", "3"),
    ]


def test_a_row_naming_no_one_that_fits_two_events_of_its_day_joins_neither(tmp_path: Path) -> None:
    """A review's: ISWAP's and Boko Haram's attacks on one day, and "gunmen" told by a third
    outlet: the gunmen's row was merged into ISWAP's, whose toll it then set."""
    told = [(source, "2025-03-02", *rest) for source, _day, *rest in TOLD]
    rows = list(csv.DictReader(io.StringIO(_export(_told(tmp_path / "db", told), "--format", "events"))))  # type: ignore[arg-type]
    assert sorted((row["actor1"], row["fatalities"]) for row in rows) == [
        ("Boko Haram", "3"), ("ISWAP", "12"), ("Unidentified Armed Group (Nigeria)", "40")
    ]  # fmt: skip


def test_each_sides_account_of_the_others_dead_adds_up(tmp_path: Path) -> None:
    """A review's: "The army said troops killed 30 ISWAP fighters" and "ISWAP said its fighters
    killed 12 soldiers" of one battle were one row of 12 dead: the dead of both sides are 42."""
    told = [
        ("https://a.ng/1", "2025-03-02", "Nigerian Army troops killed 30 ISWAP fighters in Dikwa, the army said.",
         "Nigerian Army troops killed 30 ISWAP fighters in Dikwa", ("Nigerian Army", "ISWAP")),
        ("https://b.ng/2", "2025-03-02", "ISWAP fighters killed 12 Nigerian Army soldiers in Dikwa, ISWAP said.",
         "ISWAP fighters killed 12 Nigerian Army soldiers in Dikwa", ("ISWAP", "Nigerian Army")),
    ]  # fmt: skip
    (row,) = list(csv.DictReader(io.StringIO(_export(_told(tmp_path / "db", told), "--format", "events"))))  # type: ignore[arg-type]
    assert row["fatalities"] == "42"


def test_a_row_naming_no_one_joins_the_one_event_it_fits_and_tolls_of_overlapping_dead_take_the_lowest(
    tmp_path: Path,
) -> None:
    """A second review's: beside ISWAP's attack on soldiers and Boko Haram's on policemen, "gunmen
    killed four soldiers" is ISWAP's attack; "five soldiers and three policemen" and "four
    soldiers" count the same dead (the lowest), not two sides' (added up)."""
    told = [
        ("https://a.ng/1", "2025-03-02", "ISWAP fighters killed five soldiers and three policemen in Dikwa, officials said.",
         "ISWAP fighters killed five soldiers and three policemen in Dikwa", ("ISWAP", "soldiers", "policemen")),
        ("https://b.ng/2", "2025-03-02", "Boko Haram fighters killed three policemen in Dikwa, a source said.",
         "Boko Haram fighters killed three policemen in Dikwa", ("Boko Haram", "policemen")),
        ("https://c.ng/3", "2025-03-02", "Gunmen killed four soldiers in Dikwa, residents said.",
         "Gunmen killed four soldiers in Dikwa", ("soldiers",)),
    ]  # fmt: skip
    rows = list(csv.DictReader(io.StringIO(_export(_told(tmp_path / "db", told), "--format", "events"))))
    assert sorted((row["actor1"], row["source"]) for row in rows) == [
        ("Boko Haram", "b.ng"), ("ISWAP", "a.ng; c.ng")
    ]  # fmt: skip
    (iswap,) = [row for row in rows if row["actor1"] == "ISWAP"]
    assert int(iswap["fatalities"]) <= 8


def test_a_clash_and_the_taking_of_the_place_it_ended_in_are_one_battle() -> None:
    """Found by a newcomer: "Taliban forces were able to seize the government and police
    headquarters" (an armed clash) and "the Taliban captured Imam Sahib district" (a non-state
    actor overtaking territory), the same day, were two rows of one battle; two takings by each
    side stay two."""
    from annotations.claims.events import EventRow
    from annotations.claims.merging import merged_events

    def row(claim: str, sub_type: str, actor1: str = "Taliban") -> EventRow:
        fields = {
            "event_date": "2021-06-21", "event_type": "Battles", "sub_event_type": sub_type, "country": "Afghanistan",
            "admin1": "Kunduz", "location": "Imam Sahib", "actor1": actor1, "assoc_actor_1": "", "inter1": 2,
            "actor2": "Military Forces of Afghanistan", "assoc_actor_2": "", "inter2": 1, "time_precision": 1,
            "source": "example.org", "notes": claim, "timestamp": 0, "fatalities": 0,
        }  # fmt: skip
        return EventRow(claim, "article", fields, 0, 0, "2021-06-21")

    clash, taking = row("c1", "Armed clash"), row("c2", "Non-state actor overtakes territory")
    (battle,) = merged_events([clash, taking])
    assert battle.row["sub_event_type"] == "Non-state actor overtakes territory" and len(battle.told_by) == 2
    retaking = row("c3", "Government regains territory", "Military Forces of Afghanistan")
    assert len(merged_events([taking, retaking])) == 2


def test_a_taking_one_side_tells_and_the_other_contradicts_is_a_clash_with_its_parties_as_told() -> None:
    """A newcomer's: the RSF's "taken control of the army's positions" and the army's "repelled an
    attack", linked as contradicting, gave one row "Non-state actor overtakes territory" with the
    army as actor 1. Linked so, the outcome is disputed: a clash. Not linked so (a clash and the
    taking it ended in), the taking's row says who is actor 1."""
    from annotations.claims.events import EventRow
    from annotations.claims.merging import merged_events

    def row(claim: str, sub_type: str, actor1: str, actor2: str, against: tuple[str, ...] = ()) -> EventRow:
        fields = {
            "event_date": "2024-06-18", "event_type": "Battles", "sub_event_type": sub_type, "country": "Sudan",
            "admin1": "North Darfur", "location": "El Fasher", "actor1": actor1, "assoc_actor_1": "",
            "inter1": 1 if actor1 == "SAF" else 2, "actor2": actor2, "assoc_actor_2": "",
            "inter2": 1 if actor2 == "SAF" else 2, "time_precision": 1, "source": "example.org", "notes": claim,
            "timestamp": 0, "fatalities": 0,
        }  # fmt: skip
        linked = tuple(("article", c) for c in against)
        return EventRow(claim, "article", fields, 0, 0, "2024-06-18", linked=linked, contradicts=linked)

    repelled = row("army", "Armed clash", "SAF", "RSF")
    taken = row("rsf", "Non-state actor overtakes territory", "RSF", "SAF", against=("army",))
    for told in ([repelled, taken], [taken, repelled]):
        (battle,) = merged_events(told)
        assert battle.row["sub_event_type"] == "Armed clash" and len(battle.told_by) == 2
    undisputed = row("rsf", "Non-state actor overtakes territory", "RSF", "SAF")
    (battle,) = merged_events([repelled, undisputed])
    assert (battle.row["sub_event_type"], battle.row["actor1"], battle.row["actor2"]) == (
        "Non-state actor overtakes territory",
        "RSF",
        "SAF",
    )
    assert battle.row["interaction"] == 12


def test_a_claim_dated_only_by_its_article_is_no_part_of_an_event_dated_to_the_day(tmp_path: Path) -> None:
    """A newcomer's: "ISWAP attacked Dikwa on Sunday" and the army's "troops neutralised 30
    fighters in counter-offensives around Dikwa" (no day of its own: the article's) were one
    battle whose toll the army's claim set. Rows of another precision of date are other events."""
    text = (
        "ISWAP fighters attacked Dikwa on Sunday, killing two soldiers, officials said. "
        "The army said Nigerian Army troops killed 30 fighters in operations around Dikwa."
    )
    with Store.open(tmp_path / "db") as store:
        for entity in (DIKWA, ISWAP, ARMY):
            store.put_entity(entity)
        article = Article.create("Dikwa", text, published="2025-03-02", source="https://a.ng/1")  # a Sunday
        store.add_article(article)
        for nth in (0, 1):
            tag(store, article, "district", "Dikwa", nth, entity_id=DIKWA.id)
        tag(store, article, "actor", "ISWAP", entity_id=ISWAP.id)
        tag(store, article, "actor", "Nigerian Army", entity_id=ARMY.id)
        for claim in ("ISWAP fighters attacked Dikwa on Sunday, killing two soldiers", "Nigerian Army troops killed 30"
                      " fighters in operations around Dikwa"):  # fmt: skip
            tag(store, article, "claim", claim, attributes=ClaimAttributes(cue="said", claim_type="casualties"))
    rows = list(csv.DictReader(io.StringIO(_export(tmp_path / "db", "--format", "events"))))
    assert sorted((row["time_precision"], row["fatalities"]) for row in rows) == [("1", "2"), ("2", "30")]


VILLAGERS = Entity.actor("villagers of Dikwa", ActorDetails("civilians"))
CIVILIANS = Entity.actor("civilians", ActorDetails("civilians"))


def _massacre_told_twice(path: Path, *, linked: bool) -> Path:
    """One massacre in Dikwa, told by one outlet on its day (ISWAP, 42 villagers) and by another
    the next day (Boko Haram, 51 civilians); the second claim linked as contradicting the first,
    or not."""
    from annotations.model import ClaimLink

    told = [
        ("https://a.ng/1", "2025-03-02", "ISWAP fighters killed 42 villagers in Dikwa on Sunday, officials said.",
         "ISWAP fighters killed 42 villagers in Dikwa on Sunday", {"ISWAP": ISWAP, "villagers": VILLAGERS}),
        ("https://b.ng/2", "2025-03-03", "Boko Haram fighters killed 51 civilians in Dikwa, residents said.",
         "Boko Haram fighters killed 51 civilians in Dikwa", {"Boko Haram": BOKO, "civilians": CIVILIANS}),
    ]  # fmt: skip
    with Store.open(path) as store:
        for entity in (DIKWA, ISWAP, BOKO, VILLAGERS, CIVILIANS):
            store.put_entity(entity)
        first = None
        for source, day, text, words, actors in told:
            article = Article.create(f"Dikwa ({source})", text, published=day, source=source)
            store.add_article(article)
            tag(store, article, "district", "Dikwa", entity_id=DIKWA.id)
            for name, entity in actors.items():
                tag(store, article, "actor", name, entity_id=entity.id)
            links = (ClaimLink("contradicts", first.article_id, first.id),) if linked and first else ()
            claim = tag(
                store,
                article,
                "claim",
                words,
                attributes=ClaimAttributes(cue="said", claim_type="casualties", links=links),
            )
            first = first or claim
    return path


def test_claims_the_analyst_linked_give_one_row_whatever_their_days_and_parties(tmp_path: Path) -> None:
    """A newcomer's: one massacre told by two outlets, its tolls (42, 51) and its perpetrator
    disputed, gave two rows though the analyst had linked the claims as contradicting."""
    apart = list(
        csv.DictReader(
            io.StringIO(_export(_massacre_told_twice(tmp_path / "apart", linked=False), "--format", "events"))
        )
    )
    assert [(row["actor1"], row["fatalities"]) for row in apart] == [("ISWAP", "42"), ("Boko Haram", "51")]

    rows = list(
        csv.DictReader(
            io.StringIO(_export(_massacre_told_twice(tmp_path / "linked", linked=True), "--format", "events"))
        )
    )
    assert len(rows) == 1
    (row,) = rows
    assert (row["actor1"], row["event_date"], row["time_precision"]) == ("ISWAP", "2025-03-02", "1")  # the dated one's
    assert row["fatalities"] == "42"  # the same dead counted twice: the lower, not 93
    assert "Tolls its sources state: 42, 51." in row["notes"] and "Boko Haram fighters killed 51" in row["notes"]
    assert row["source"] == "a.ng; b.ng"
    first = json.loads(_export(tmp_path / "linked", "--format", "events-json").splitlines()[0])
    assert (first["deaths_low"], first["deaths_high"], len(first["fieldmark_claims"])) == (42, 51, 2)


def test_a_denial_linked_to_a_claim_is_told_in_its_rows_notes(tmp_path: Path) -> None:
    """A newcomer's Lashio row carried the MNDAA's words only: the junta's denial, linked to them
    as contradicting, gives no row of its own and was nowhere in the export."""
    from annotations.model import ClaimLink

    lashio = Entity.place("Lashio", PlaceDetails("city", province="Shan", country="Myanmar", latitude=22.93,
                                                longitude=97.75, codes={"iso3166_1": "MM"}))  # fmt: skip
    mndaa = Entity.actor("MNDAA", ActorDetails("rebel_group"))
    junta = Entity.actor("Myanmar junta", ActorDetails("state_forces"))
    text = "The MNDAA said its fighters seized Lashio on Saturday. The junta denied that Lashio had fallen."
    article = Article.create("Lashio", text, published="2024-08-04", source="https://example.org/lashio")
    db = tmp_path / "db"
    with Store.open(db) as store:
        for entity in (lashio, mndaa, junta):
            store.put_entity(entity)
        store.add_article(article)
        tag(store, article, "district", "Lashio", entity_id=lashio.id, attributes=DistrictAttributes("captured"))
        tag(store, article, "actor", "MNDAA", entity_id=mndaa.id)
        seized = tag(store, article, "claim", "its fighters seized Lashio on Saturday",
                     attributes=ClaimAttributes(claimant_entity_id=mndaa.id, cue="said", claim_type="territorial_control"))  # fmt: skip
        link = ClaimLink("contradicts", article.id, seized.id)
        tag(store, article, "claim", "Lashio had fallen", attributes=ClaimAttributes(
            claimant_entity_id=junta.id, cue="denied", certainty="negated", claim_type="territorial_control",
            links=(link,)))  # fmt: skip
    (row,) = csv.DictReader(io.StringIO(_export(db, "--format", "events")))
    assert row["notes"].startswith("MNDAA (said): its fighters seized Lashio on Saturday. Denied by Myanmar junta: ")
    assert "Denied by Myanmar junta: “Lashio had fallen”." in row["notes"]  # a sentence of its own (helper-240)


def test_police_named_by_one_source_fit_the_police_post_another_tells_of(tmp_path: Path) -> None:
    """helper-269: "… killing two police officers" (the police tagged) and "the attack on the police
    station in Suárez on Wednesday had left two officers dead" (no police tagged: "Police Forces of
    Colombia") were two rows of one attack, its dead counted twice."""
    told = [
        ("https://a.ng/1", "2025-03-02", "ISWAP fighters attacked Dikwa, killing two policemen, police said.",
         "ISWAP fighters attacked Dikwa, killing two policemen", ("ISWAP", "policemen")),
        ("https://b.ng/2", "2025-03-02", "ISWAP fighters attacked the police station in Dikwa, killing two officers.",
         "ISWAP fighters attacked the police station in Dikwa, killing two officers", ("ISWAP",)),
    ]  # fmt: skip
    rows = list(csv.DictReader(io.StringIO(_export(_told(tmp_path / "db", told), "--format", "events"))))  # type: ignore[arg-type]
    assert [(row["actor1"], row["actor2"], row["fatalities"]) for row in rows] == [
        ("ISWAP", "Nigeria Police Force", "2")
    ]


def test_linked_tolls_of_the_two_sides_add_up(tmp_path: Path) -> None:
    """helper-268: "34 White Army fighters were killed" and "three soldiers were killed", linked as
    corroborating one battle, were one row of 3 dead: the linked claims were taken to count the same dead."""
    from annotations.model import ClaimLink

    db = _told(tmp_path / "db", [
        ("https://a.ng/1", "2025-03-02", "Nigerian Army troops killed 30 ISWAP fighters in Dikwa, the army said.",
         "Nigerian Army troops killed 30 ISWAP fighters in Dikwa", ("Nigerian Army", "ISWAP")),
        ("https://b.ng/2", "2025-03-03", "ISWAP fighters killed 12 Nigerian Army soldiers in Dikwa on Sunday, ISWAP said.",
         "ISWAP fighters killed 12 Nigerian Army soldiers in Dikwa on Sunday", ("ISWAP", "Nigerian Army")),
    ])  # fmt: skip
    with Store.open(db) as store:
        first, second = (next(a for a in store.annotations(s.id) if a.kind == "claim") for s in store.articles())
        linked = replace(second.attributes, links=(ClaimLink("corroborates", first.article_id, first.id),))
        store.update_annotation(replace(second, attributes=linked))
    (row,) = list(csv.DictReader(io.StringIO(_export(db, "--format", "events"))))
    assert row["fatalities"] == "42"


def test_the_police_a_row_names_by_kind_are_no_army(tmp_path: Path) -> None:
    """A review of the fix above: "Police Forces of" fitted any state's forces, and an attack on a
    police station (2 dead) and one on an army base the same day (5 dead) were one row of 2."""
    told = [
        ("https://a.ng/1", "2025-03-02", "ISWAP fighters attacked the police station in Dikwa, killing two officers.",
         "ISWAP fighters attacked the police station in Dikwa, killing two officers", ("ISWAP",)),
        ("https://b.ng/2", "2025-03-02", "ISWAP fighters killed five Nigerian Army soldiers at a base in Dikwa.",
         "ISWAP fighters killed five Nigerian Army soldiers at a base in Dikwa", ("ISWAP", "Nigerian Army")),
    ]  # fmt: skip
    rows = list(csv.DictReader(io.StringIO(_export(_told(tmp_path / "db", told), "--format", "events"))))  # type: ignore[arg-type]
    assert sorted((row["actor2"], row["fatalities"]) for row in rows) == [
        ("Nigerian Army", "5"), ("Police Forces of Nigeria", "2")
    ]  # fmt: skip
