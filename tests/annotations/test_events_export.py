"""Event rows with ACLED's columns: the mapping from claims, deaths, the codebook check, both formats."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from annotations.claims.codebook import EVENT_TYPES, problems
from annotations.claims.events import COLUMNS
from annotations.claims.figures import death_figures
from annotations.cli import run
from annotations.model import (
    ActorDetails,
    Annotation,
    Article,
    ClaimAttributes,
    DistrictAttributes,
    Entity,
    PlaceDetails,
)
from annotations.store import Store

LASHIO = Entity.place(
    "Lashio",
    PlaceDetails(
        "city", province="Shan", country="Myanmar", codes={"iso3166_1": "MM"}, latitude=22.93, longitude=97.75
    ),
)
REBELS = Entity.actor("MNDAA", ActorDetails("rebel_group"))
ARMY = Entity.actor("Myanmar military", ActorDetails("state_forces"))

TEXT = (
    "The MNDAA said on Monday that MNDAA fighters captured Lashio from the Myanmar military, killing at least 14 soldiers. "
    "Residents said Myanmar military warplanes bombed Lashio on Tuesday, and dozens were killed. "
    "The Myanmar military denied that Lashio had fallen. "
    "Officials said Lashio was quiet."
)


def stored_article(store: Store, entities: tuple[Entity, ...], title: str, text: str, **fields: str) -> Article:
    """An article of `text` added to `store` with the entities its tags will name."""
    for entity in entities:
        store.put_entity(entity)
    article = Article.create(title, text, **fields)
    store.add_article(article)
    return article


def tag(store: Store, article: Article, kind: str, words: str, nth: int = 0, **fields: object) -> Annotation:
    start = -1
    for _ in range(nth + 1):
        start = article.text.index(words, start + 1)
    annotation = Annotation.create(article, kind, start, start + len(words), **fields)  # type: ignore[arg-type]
    store.add_annotation(annotation)
    return annotation


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "db"
    with Store.open(path) as store:
        article = stored_article(
            store,
            (LASHIO, REBELS, ARMY),
            "Lashio",
            TEXT,
            published="2021-06-22",
            source="https://www.example.org/lashio",
        )
        for nth in range(4):
            tag(
                store,
                article,
                "district",
                "Lashio",
                nth,
                entity_id=LASHIO.id,
                attributes=DistrictAttributes(control_status="captured"),
            )
        tag(store, article, "actor", "MNDAA fighters", entity_id=REBELS.id)
        tag(store, article, "actor", "Myanmar military", 0, entity_id=ARMY.id)
        tag(store, article, "actor", "Myanmar military", 1, entity_id=ARMY.id)
        claim = ClaimAttributes(cue="said", claim_type="territorial_control")
        tag(
            store,
            article,
            "claim",
            "MNDAA fighters captured Lashio from the Myanmar military, killing at least 14 soldiers",
            attributes=claim,
        )
        tag(
            store,
            article,
            "claim",
            "Myanmar military warplanes bombed Lashio on Tuesday, and dozens were killed",
            attributes=ClaimAttributes(cue="said", claim_type="casualties"),
        )
        tag(
            store,
            article,
            "claim",
            "Lashio had fallen",
            attributes=ClaimAttributes(cue="denied", certainty="negated", claim_type="territorial_control"),
        )
        tag(store, article, "claim", "Lashio was quiet", attributes=ClaimAttributes(cue="said"))  # no actor: refused
    return path


def test_claims_become_rows_with_acled_columns(db: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    assert run(["export", "--format", "events", "--db", str(db)], stdout=out, stderr=err) == 0
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert tuple(rows[0]) == COLUMNS
    capture, strike = rows  # the denial makes no event; the claim with no actor is refused
    assert (capture["event_type"], capture["sub_event_type"]) == ("Battles", "Non-state actor overtakes territory")
    assert (capture["actor1"], capture["inter1"], capture["actor2"], capture["inter2"], capture["interaction"]) == (
        "MNDAA",
        "2",
        "Myanmar military",
        "1",
        "12",
    )
    assert (capture["event_date"], capture["time_precision"], capture["fatalities"]) == ("2021-06-21", "1", "14")
    assert (capture["event_id_cnty"], capture["iso"], capture["country"], capture["admin1"]) == (
        "MMR1",
        "104",
        "Myanmar",
        "Shan",
    )
    assert (capture["location"], capture["geo_precision"], capture["source"]) == ("Lashio", "1", "example.org")
    assert (strike["event_type"], strike["sub_event_type"], strike["fatalities"]) == (
        "Explosions/Remote violence",
        "Air/drone strike",
        "12",
    )
    assert strike["event_date"] == "2021-06-22"
    assert "Lashio was quiet" not in out.getvalue() and "no actor named in it" in err.getvalue()


def test_events_json_carries_low_best_high_deaths_and_the_range(db: Path) -> None:
    out = io.StringIO()
    assert run(["export", "--format", "events-json", "--db", str(db)], stdout=out) == 0
    first = json.loads(out.getvalue().splitlines()[0])
    assert (first["deaths_low"], first["deaths_best"], first["deaths_high"]) == (14, 14, 14)
    assert (first["date_start"], first["date_end"]) == ("2021-06-21", "2021-06-21")
    assert first["fieldmark_claim"]["claim_id"]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("killing at least 11 people", [11]),
        ("dozens were killed", [12]),
        ("tens of civilians died", [10]),
        ("the attack left dead 7 guards", [7]),
        ("soldiers shot dead 5 protesters", [5]),  # a reviewer's
        ("5 protesters were shot dead", [5]),
        ("Sixteen security personnel were martyred", [16]),  # a newcomer's
        ("officials put the toll at 12 soldiers", [12]),
        ("four more soldiers had succumbed to their wounds", [4]),
        ("1,200 people have been killed since May", [1200]),
        ("no one was hurt", []),
        ("he later died of his injuries in the district hospital", [1]),  # a newcomer's row said 0
        ("a fisherman was killed when the shell landed", [1]),
        ("a drone strike killed civilians near the bridge", []),  # was 1: "one" inside "drone"
        ("a drone killed 3 herders", [3]),
        ("someone set the market alight", []),
    ],
)
def test_deaths_stated_in_words_and_numbers(text: str, figures: list[int]) -> None:
    assert death_figures(text) == figures


def good_row() -> dict[str, object]:
    return {
        "event_id_cnty": "MMR1", "event_date": "2021-06-21", "year": 2021, "time_precision": 1,
        "disorder_type": "Political violence", "event_type": "Battles", "sub_event_type": "Armed clash",
        "actor1": "MNDAA", "inter1": 2, "inter2": 1, "interaction": 12, "country": "Myanmar", "location": "Lashio",
        "geo_precision": 1, "source": "example.org", "fatalities": 0,
    }  # fmt: skip


@pytest.mark.parametrize(
    ("change", "said"),
    [
        ({"sub_event_type": "Air/drone strike"}, "not one of Battles"),
        ({"event_type": "Skirmish"}, "not one of ACLED's six"),
        ({"inter1": 9}, "not 1-8"),
        ({"interaction": 21}, "does not match"),
        ({"time_precision": 4}, "time_precision"),
        ({"year": 2020}, "year does not match"),
        ({"disorder_type": "Demonstrations"}, "does not go with"),
        ({"fatalities": -1}, "fatalities"),
        ({"actor1": ""}, "actor1 is empty"),
    ],
)
def test_the_codebook_check_names_what_is_wrong(change: dict[str, object], said: str) -> None:
    assert problems(good_row()) == []
    assert any(said in p for p in problems({**good_row(), **change}))


def test_the_codebook_has_six_types_and_25_sub_types() -> None:
    assert len(EVENT_TYPES) == 6 and sum(len(s) for s in EVENT_TYPES.values()) == 25


def test_the_analysts_event_type_wins_and_must_be_acleds(db: Path) -> None:
    from dataclasses import replace

    from annotations.errors import ValidationError

    with pytest.raises(ValidationError, match="not one of ACLED"):
        ClaimAttributes(event_type="Battles: Skirmish")
    with Store.open(db) as store:
        (summary,) = store.articles()
        claim = next(a for a in store.annotations(summary.id) if a.kind == "claim")
        chosen = replace(claim.attributes, event_type="Strategic developments: Looting/property destruction")
        store.update_annotation(claim.edited(attributes=chosen))
    out = io.StringIO()
    assert run(["export", "--format", "events", "--db", str(db)], stdout=out) == 0
    first = next(csv.DictReader(io.StringIO(out.getvalue())))
    assert (first["event_type"], first["sub_event_type"], first["disorder_type"]) == (
        "Strategic developments",
        "Looting/property destruction",
        "Strategic developments",
    )


def test_the_armed_party_is_actor_1_not_the_speaker_or_a_bystander(tmp_path: Path) -> None:
    spokesman = Entity.actor("Li Kyarwen", ActorDetails("government_officials"))
    worker = Entity.actor("Nang Seng", ActorDetails("civilians"))
    path = tmp_path / "db"
    with Store.open(path) as store:
        text = "Li Kyarwen said that, as Nang Seng watched, MNDAA fighters captured Lashio on Monday."
        article = stored_article(store, (LASHIO, REBELS, spokesman, worker), "Lashio", text, published="2021-06-22")
        tag(
            store,
            article,
            "district",
            "Lashio",
            entity_id=LASHIO.id,
            attributes=DistrictAttributes(control_status="captured"),
        )
        speaker = tag(store, article, "actor", "Li Kyarwen", entity_id=spokesman.id)
        tag(store, article, "actor", "Nang Seng", entity_id=worker.id)
        tag(store, article, "actor", "MNDAA fighters", entity_id=REBELS.id)
        attributes = ClaimAttributes(
            claimant_annotation_id=speaker.id,
            claimant_entity_id=spokesman.id,
            cue="said",
            claim_type="territorial_control",
        )
        tag(store, article, "claim", text[: text.index(" on Monday")], attributes=attributes)
    out = io.StringIO()
    assert run(["export", "--format", "events", "--db", str(path)], stdout=out) == 0
    (row,) = csv.DictReader(io.StringIO(out.getvalue()))
    assert (row["actor1"], row["actor2"], row["interaction"]) == ("MNDAA", "", "20")  # a bystander is no party


def test_an_armed_claimant_telling_of_its_own_fighters_is_actor_1(tmp_path: Path) -> None:
    """Found by a newcomer: "its fighters had seized the … Command in Lashio" made the Command actor 1
    and the event "Government regains territory"."""
    command = Entity.actor("Northeastern Regional Military Command", ActorDetails("state_forces"))
    path = tmp_path / "db"
    with Store.open(path) as store:
        text = "The MNDAA said on Saturday that its fighters had seized the Northeastern Regional Military Command in Lashio."
        article = stored_article(store, (LASHIO, REBELS, command), "Lashio", text, published="2024-08-05")
        tag(store, article, "district", "Lashio", entity_id=LASHIO.id)
        speaker = tag(store, article, "actor", "MNDAA", entity_id=REBELS.id)
        tag(store, article, "actor", "Northeastern Regional Military Command", entity_id=command.id)
        attributes = ClaimAttributes(claimant_annotation_id=speaker.id, claimant_entity_id=REBELS.id, cue="said",
                                     claim_type="territorial_control")  # fmt: skip
        tag(store, article, "claim", text[text.index("its fighters") : -1], attributes=attributes)
    out = io.StringIO()
    assert run(["export", "--format", "events", "--db", str(path)], stdout=out) == 0
    (row,) = csv.DictReader(io.StringIO(out.getvalue()))
    assert (row["actor1"], row["actor2"]) == ("MNDAA", "Northeastern Regional Military Command")
    assert row["sub_event_type"] == "Non-state actor overtakes territory"


def test_actors_of_one_kind_are_associated_with_the_actor_of_their_kind() -> None:
    from annotations.claims.event_actors import parties

    def actor(name: str, kind: str) -> Entity:
        return Entity.actor(name, ActorDetails(kind))  # type: ignore[arg-type]

    taliban, haqqani = actor("Taliban", "rebel_group"), actor("Haqqani network", "rebel_group")
    army, police = actor("Afghan army", "state_forces"), actor("Afghan police", "state_forces")
    civilians = actor("villagers", "civilians")
    (one, with_one), (two, with_two) = parties([taliban, haqqani, army, police, civilians])
    assert (one, with_one, two, with_two) == (taliban, [haqqani], army, [police])  # the villagers: a third kind
    assert parties([taliban, haqqani]) == ((taliban, []), (haqqani, []))  # two rebel groups fight each other
    assert parties([army]) == ((army, []), (None, []))
    assert parties([]) == ((None, []), (None, []))


def test_an_events_export_says_which_claims_gave_no_row_and_why(tmp_path: Path) -> None:
    """Found by a newcomer: `export --format events` wrote "exported 0 events" and a header, with
    no word that the article had no date."""
    path = tmp_path / "db"
    with Store.open(path) as store:
        store.put_entity(LASHIO)
        article = Article.create("Lashio", TEXT)  # no date
        store.add_article(article)
        tag(store, article, "district", "Lashio", entity_id=LASHIO.id)
        tag(store, article, "claim", "MNDAA fighters captured Lashio from the Myanmar military")
        tag(store, article, "claim", "Residents said", attributes=ClaimAttributes(cue="said"))
        tag(
            store,
            article,
            "claim",
            "that Lashio had fallen",
            attributes=ClaimAttributes(cue="denied", certainty="negated"),
        )
    err = io.StringIO()
    assert run(["export", "--format", "events", "-o", str(tmp_path / "ev.csv"), "--db", str(path)], stderr=err) == 0
    said = err.getvalue().splitlines()
    assert said[0].startswith("exported 0 events as events to ")
    assert said[1] == (
        "fieldmark: 3 claims gave no event row: 1 with no date, 1 with no place tagged in it, 1 denied "
        "(a claim's places: tagged inside it or in its sentence, or chosen under About places in its form: e on the claim opens it). No date: Lashio (I in the app sets an article's date; --published on import)"
    )
    with Store.open(path) as store:
        (summary,) = store.articles()
        store.set_details(summary.id, published="2021-06-22", source="")
    err = io.StringIO()
    assert run(["export", "--format", "events", "-o", str(tmp_path / "dated.csv"), "--db", str(path)], stderr=err) == 0
    assert (
        err.getvalue().splitlines()[-1]
        == "fieldmark: 3 claims gave no event row: 1 with no place tagged in it, 1 denied, 1 with no actor named in it "
        "(a claim's places: tagged inside it or in its sentence, or chosen under About places; its actors: tagged "
        "inside it, or chosen under About actors in its form: e on the claim opens it)"
    )  # the claim with no actor is counted too: the app said nothing of it (a newcomer's)


def test_bodies_and_the_supreme_price_are_deaths() -> None:
    assert death_figures("he counted at least six bodies of civilians") == [6]
    assert death_figures("Eight gallant soldiers paid the supreme price") == [8]
    assert death_figures("Twenty-three people lost their lives") == [23]  # not three (a review's)
    assert death_figures("The bodies of 11 farmers were found") == [11]
    assert death_figures("the death toll from the raid on the market rose to 31") == [31]
    assert death_figures("gunmen executed five aid workers") == [5]


def test_one_death_told_without_a_number_is_the_toll_of_one() -> None:
    from annotations.claims.figures import the_toll

    assert the_toll("He later died of his injuries in Goma") == 1
    assert the_toll("a soldier was killed and two were wounded") == 1  # the number is of the hurt


def test_events_of_one_analyst_are_of_their_claims_only(db: Path) -> None:
    """Found by a newcomer on a team's server: `--annotator` chose nothing in an events export, and
    each analyst's copy of a claim was in the events beside the curated one."""
    with Store.open(db) as store:
        article = store.article(store.articles()[0].id)
        bo = tag(
            store,
            article,
            "claim",
            "Myanmar military warplanes bombed Lashio on Tuesday, and dozens were killed",
            attributes=ClaimAttributes(cue="said", claim_type="casualties"),
            annotator="bo",
        )
    out, err = io.StringIO(), io.StringIO()
    assert run(["export", "--format", "events-json", "--annotator", "bo", "--db", str(db)], stdout=out, stderr=err) == 0
    (row,) = [json.loads(line) for line in out.getvalue().splitlines()]
    assert row["fieldmark_claims"] == [{"article_id": article.id, "claim_id": bo.id}]
    assert "gave no event row" not in err.getvalue()  # the others' claims with no actor are not bo's
    out = io.StringIO()
    assert run(["export", "--format", "events-json", "--annotator", "", "--db", str(db)], stdout=out, stderr=err) == 0
    assert bo.id not in out.getvalue() and len(out.getvalue().splitlines()) == 2


def test_an_events_export_reads_the_claims_once(db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Its checks (refusals, rows without a point, claims without a row) and its rows came from
    three readings of every claim of the corpus; one does."""
    import annotations.claims.events as events

    readings: list[int] = []
    reading = events.board_claims

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        readings.append(1)
        return reading(*args, **kwargs)

    monkeypatch.setattr(events, "board_claims", counted)
    out = tmp_path / "events.csv"
    err = io.StringIO()
    assert run(["export", "--format", "events", "-o", str(out), "--db", str(db)], stderr=err) == 0
    assert len(readings) == 1
    assert "exported" in err.getvalue() and len(list(csv.DictReader(out.open(encoding="utf-8")))) >= 1


@pytest.mark.parametrize(
    ("words", "affiliation", "expected"),
    [
        ("its fighters had helped the army retake Lashio", "", ("Myanmar military", "Pyusawhti", "")),
        ("its fighters retook Lashio on Wednesday", "Myanmar military", ("Pyusawhti", "", "")),
        ("the army retook Lashio from its fighters", "", ("Myanmar military", "", "Pyusawhti")),
    ],
)
def test_a_militia_on_the_states_side_is_its_associate(
    tmp_path: Path, words: str, affiliation: str, expected: tuple[str, str, str]
) -> None:
    """A newcomer's allied battalion ("its fighters had helped the army retake Kafranbel", its
    affiliation the army) was coded as a non-state actor taking the town from the army it helped."""
    militia = Entity.actor("Pyusawhti", ActorDetails("political_militia", affiliation=affiliation))
    path = tmp_path / "db"
    text = f"Pyusawhti said {words}."
    with Store.open(path) as store:
        article = stored_article(store, (LASHIO, ARMY, militia), "Lashio", text, published="2021-06-22")
        tag(store, article, "district", "Lashio", entity_id=LASHIO.id, attributes=DistrictAttributes("retaken"))
        speaker = tag(store, article, "actor", "Pyusawhti", entity_id=militia.id)
        if "army" in words:
            tag(store, article, "actor", "army", entity_id=ARMY.id)
        else:
            tag(store, article, "actor", "its fighters", entity_id=militia.id)
        attributes = ClaimAttributes(
            claimant_annotation_id=speaker.id,
            claimant_entity_id=militia.id,
            cue="said",
            claim_type="territorial_control",
        )
        tag(store, article, "claim", words, attributes=attributes)
    out = io.StringIO()
    assert run(["export", "--format", "events", "--db", str(path)], stdout=out) == 0
    (row,) = csv.DictReader(io.StringIO(out.getvalue()))
    assert row["sub_event_type"] == ("Government regains territory")
    assert (row["actor1"], row["assoc_actor_1"], row["actor2"]) == expected


def _captured(path: Path, town: Entity, text: str, published: str, fmt: str) -> str:
    """The export of one article where the MNDAA captures `town` (`text` names it and says so)."""
    with Store.open(path) as store:
        article = stored_article(store, (town, REBELS), town.name, text, published=published)
        tag(store, article, "district", town.name, entity_id=town.id, attributes=DistrictAttributes("captured"))
        tag(store, article, "actor", "MNDAA fighters", entity_id=REBELS.id)
        claim = ClaimAttributes(cue="said", claim_type="territorial_control")
        tag(store, article, "claim", f"MNDAA fighters captured {town.name}", attributes=claim)
    out = io.StringIO()
    assert run(["export", "--format", fmt, "--db", str(path)], stdout=out) == 0
    return out.getvalue()


def test_a_date_of_week_precision_is_a_weeks_range(tmp_path: Path) -> None:
    """A newcomer's rows dated by the article (time precision 2) had date_start = date_end."""
    text = "MNDAA fighters captured Lashio, officials said."
    exported = _captured(tmp_path / "db", LASHIO, text, "2021-06-22", "events-json")
    row = json.loads(exported.splitlines()[0])
    assert (row["time_precision"], row["event_date"]) == (2, "2021-06-22")
    assert (row["date_start"], row["date_end"]) == ("2021-06-16", "2021-06-22")


WITHOUT_A_POINT = Entity.place("Hpa Saung", PlaceDetails("village", country="Myanmar", codes={"iso3166_1": "MM"}))
MYANMAR = Entity.place(
    "Myanmar", PlaceDetails("country", country="Myanmar", codes={"iso3166_1": "MM"}, latitude=19.7, longitude=96.1)
)


@pytest.mark.parametrize(
    ("other", "words", "expected"),
    [
        (LASHIO, "Hpa Saung, Lashio", ("Lashio", "22.93")),  # a newcomer's "about Abu Shouk, El Fasher"
        (MYANMAR, "Hpa Saung in Myanmar", ("Hpa Saung", "")),  # a reviewer's "Park W" in Benin: not Porto-Novo
    ],
)
def test_a_row_is_at_the_claims_first_town_on_the_map(
    tmp_path: Path, other: Entity, words: str, expected: tuple[str, str]
) -> None:
    """A row was at a claim's first place even with no point while the next had one; a country's
    or a province's point (its capital's, its largest town's) never takes the row over it."""
    path = tmp_path / "db"
    with Store.open(path) as store:
        text = f"MNDAA fighters captured {words} on Monday."
        article = stored_article(store, (REBELS, WITHOUT_A_POINT, other), "Lashio", text, published="2021-06-22")
        tag(store, article, "district", "Hpa Saung", entity_id=WITHOUT_A_POINT.id)
        tag(store, article, "district", other.name, entity_id=other.id)
        tag(store, article, "actor", "MNDAA fighters", entity_id=REBELS.id)
        places = (WITHOUT_A_POINT.id, other.id)
        claim = ClaimAttributes(cue="said", claim_type="territorial_control", places=places)
        tag(store, article, "claim", text[: text.index(" on Monday")], attributes=claim)
    out = io.StringIO()
    assert run(["export", "--format", "events", "--db", str(path)], stdout=out) == 0
    (row,) = csv.DictReader(io.StringIO(out.getvalue()))
    assert (row["location"], row["latitude"]) == expected


def test_the_country_column_names_the_country_as_acled_does(tmp_path: Path) -> None:
    """A newcomer's rows said "Russian Federation" where ACLED, and the row's own actor
    ("Military Forces of Russia"), write "Russia"."""
    town = Entity.place(
        "Kursk",
        PlaceDetails("city", country="Russian Federation", codes={"iso3166_1": "RU"}, latitude=51.7, longitude=36.2),
    )
    exported = _captured(tmp_path / "db", town, "MNDAA fighters captured Kursk on Monday.", "2024-08-12", "events")
    (row,) = csv.DictReader(io.StringIO(exported))
    assert (row["country"], row["iso"]) == ("Russia", "643")


def test_a_toll_told_after_its_event_counts_for_it_and_the_army_is_the_countrys(tmp_path: Path) -> None:
    """A newcomer's Burkina report: "Militants attacked an army base in Djibo on Saturday, sources
    said." then "“More than 40 soldiers were killed,” one source said." The toll names no place:
    it was left out and the attack's row said no one died. It is the event told just before it
    (its place, its day); a later claim of another place, or one a paragraph further, is not. The
    army, named only "army" in a report that names no army otherwise, is the country's Military
    Forces, as on the attack's row."""
    djibo = Entity.place(
        "Djibo", PlaceDetails("city", country="Burkina Faso", codes={"iso3166_1": "BF"}, latitude=14.1, longitude=-1.6)
    )
    jnim = Entity.actor("JNIM", ActorDetails("rebel_group"))
    army = Entity.actor("army", ActorDetails("state_forces"))
    text = (
        "Militants of JNIM attacked an army base in Djibo on Saturday, security sources said.\n\n"
        '"More than 40 soldiers and volunteers were killed, and the attackers took weapons," one source said.\n\n'
        "Later, the army said it had killed 30 fighters in Djibo."
    )
    path = tmp_path / "db"
    with Store.open(path) as store:
        article = stored_article(store, (djibo, jnim, army), "Djibo", text, published="2024-11-18")
        tag(store, article, "district", "Djibo", 0, entity_id=djibo.id)
        tag(store, article, "district", "Djibo", 1, entity_id=djibo.id)
        tag(store, article, "actor", "JNIM", entity_id=jnim.id)
        tag(store, article, "actor", "army", 1, entity_id=army.id)
        told = ClaimAttributes(cue="said", claim_type="casualties")
        tag(store, article, "claim", "Militants of JNIM attacked an army base in Djibo on Saturday", attributes=told)
        tag(store, article, "claim", "More than 40 soldiers and volunteers were killed, and the attackers took weapons",
            attributes=told)  # fmt: skip
        tag(store, article, "claim", "it had killed 30 fighters in Djibo", attributes=told)
    out, err = io.StringIO(), io.StringIO()
    assert run(["export", "--format", "events", "--db", str(path)], stdout=out, stderr=err) == 0
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    attack = next(row for row in rows if row["actor1"] == "JNIM")
    assert (attack["event_date"], attack["fatalities"]) == ("2024-11-16", "40")
    assert attack["actor2"] == "Military Forces of Burkina Faso"
    assert "no place tagged" not in err.getvalue()
    assert not any(row["actor1"] == "army" or row["actor2"] == "army" for row in rows)


@pytest.mark.parametrize(
    "toll",
    [
        "In a separate attack on Sunday, 12 soldiers were killed, the army said.",
        "This year alone, jihadists have killed more than 1,000 civilians across the country, officials said.",
        "In all, at least 50 people were killed in the attacks, officials said.",
    ],
)
def test_a_toll_of_another_event_takes_no_place_from_the_claim_before(tmp_path: Path, toll: str) -> None:
    """A reviewer's tolls that told of another event than the one before them (a separate attack,
    a year's total, all the attacks together) were given its place: they give no row."""
    djibo = Entity.place(
        "Djibo", PlaceDetails("city", country="Burkina Faso", codes={"iso3166_1": "BF"}, latitude=14.1, longitude=-1.6)
    )
    jnim = Entity.actor("JNIM", ActorDetails("rebel_group"))
    text = f"Militants of JNIM attacked Djibo on Saturday, killing five civilians, residents said.\n\n{toll}"
    path = tmp_path / "db"
    with Store.open(path) as store:
        article = stored_article(store, (djibo, jnim), "Djibo", text, published="2024-11-18")
        tag(store, article, "district", "Djibo", entity_id=djibo.id)
        tag(store, article, "actor", "JNIM", entity_id=jnim.id)
        told = ClaimAttributes(cue="said", claim_type="casualties")
        tag(
            store,
            article,
            "claim",
            "Militants of JNIM attacked Djibo on Saturday, killing five civilians",
            attributes=told,
        )
        tag(store, article, "claim", toll.rsplit(",", 1)[0], attributes=told)
    out, err = io.StringIO(), io.StringIO()
    assert run(["export", "--format", "events", "--db", str(path)], stdout=out, stderr=err) == 0
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [row["fatalities"] for row in rows] == ["5"] and "no place tagged" in err.getvalue()


NOVOHRODIVKA = Entity.place(
    "Novohrodivka",
    PlaceDetails("village", country="Ukraine", codes={"iso3166_1": "UA"}, latitude=48.2, longitude=37.34),
)


@pytest.mark.parametrize(
    ("forces", "status", "expected"),
    [
        ("Military Forces of Russia", "captured", "Non-state actor overtakes territory"),
        ("Russian troops", "retaken", "Non-state actor overtakes territory"),
        ("Military Forces of Ukraine", "retaken", "Government regains territory"),
        ("Ukrainian troops", "captured", "Government regains territory"),
    ],
)
def test_a_foreign_states_forces_taking_a_town_is_no_government_regaining_it(
    tmp_path: Path, forces: str, status: str, expected: str
) -> None:
    """A newcomer's Russian capture of a Ukrainian village was coded "Government regains
    territory", which ACLED keeps for a state retaking its own ground: a foreign state's forces
    overtake it, as a non-state actor does."""
    army = Entity.actor(forces, ActorDetails("state_forces"))
    text = f"{forces} had {status} the village of Novohrodivka, the ministry said."
    path = tmp_path / "db"
    with Store.open(path) as store:
        article = stored_article(store, (NOVOHRODIVKA, army), "Novohrodivka", text, published="2024-09-02")
        attributes = DistrictAttributes(status)  # type: ignore[arg-type]
        tag(store, article, "district", "Novohrodivka", entity_id=NOVOHRODIVKA.id, attributes=attributes)
        tag(store, article, "actor", forces, entity_id=army.id)
        claim = ClaimAttributes(cue="said", claim_type="territorial_control")
        tag(store, article, "claim", text[: text.index(", the ministry")], attributes=claim)
    out = io.StringIO()
    assert run(["export", "--format", "events", "--db", str(path)], stdout=out) == 0
    (row,) = csv.DictReader(io.StringIO(out.getvalue()))
    assert (row["sub_event_type"], row["actor1"]) == (expected, army.name)


def test_a_row_is_not_moved_to_a_town_of_another_country(tmp_path: Path) -> None:
    """A newcomer's famine in Zamzam camp (Sudan, no point) was a row at Adre in Chad, the crossing
    the aid convoys came through: a town on the map in another country is no nearer than none."""
    camp = Entity.place("Zamzam", PlaceDetails("other", province="North Darfur", country="Sudan"))
    adre = Entity.place(
        "Adre", PlaceDetails("city", country="Chad", codes={"iso3166_1": "TD"}, latitude=13.47, longitude=22.2)
    )
    fasher = Entity.place(
        "El Fasher", PlaceDetails("city", country="Sudan", codes={"iso3166_1": "SD"}, latitude=13.63, longitude=25.35)
    )
    wfp = Entity.actor("World Food Programme", ActorDetails("external_other"))
    rsf = Entity.actor("Rapid Support Forces", ActorDetails("rebel_group"))
    rows = []
    for n, last in enumerate(("near Adre", "near El Fasher")):
        text = f"The World Food Programme warned that famine had reached Zamzam camp and that RSF fighters blocked convoys {last}."
        path = tmp_path / f"db{n}"
        with Store.open(path) as store:
            article = stored_article(store, (camp, adre, fasher, wfp, rsf), "Zamzam", text, published="2024-10-27")
            town = adre if "Adre" in last else fasher
            tag(store, article, "district", "Zamzam", entity_id=camp.id)
            tag(store, article, "district", town.name, entity_id=town.id)
            speaker = tag(store, article, "actor", "World Food Programme", entity_id=wfp.id)
            tag(store, article, "actor", "RSF fighters", entity_id=rsf.id)
            claim = ClaimAttributes(
                claimant_annotation_id=speaker.id, claimant_entity_id=wfp.id, cue="warned", places=(camp.id, town.id)
            )
            tag(store, article, "claim", text[:-1], attributes=claim)
        out = io.StringIO()
        assert run(["export", "--format", "events", "--db", str(path)], stdout=out) == 0
        rows += list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [(row["location"], row["country"]) for row in rows] == [("Zamzam", "Sudan"), ("El Fasher", "Sudan")]
