"""Event rows an ACLED coder would write from the words of a claim: a place the gazetteer does not
know in the country the claim or the article names, a battle told only by its fighting, a
state's own jets, no event for what someone means to do. Sentences written for these tests; a
newcomer's Suwayda and Savanes reports gave the classes."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

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

from .test_event_actors import ARMY, ISWAP, VILLAGERS, event_row
from .test_events_export import tag

DAPAONG = Entity.place("Dapaong", PlaceDetails("city", province="Savanes", country="Togo", codes={"iso3166_1": "TG"}))
NADJOUNDI = Entity.place("Nadjoundi", PlaceDetails("village"))  # tagged from the text alone: no country
PARK_W = Entity.place("Park W", PlaceDetails("other"))
KARA = Entity.place(
    "Kara Region",
    PlaceDetails("province", province="Kara", country="Togo", codes={"iso3166_1": "TG", "iso3166_2": "TG-K"}),
)
JNIM = Entity.actor("JNIM", ActorDetails("rebel_group"))
TOGO_ARMY = Entity.actor("Togolese Armed Forces", ActorDetails("state_forces"))


def rows(
    tmp_path: Path, text: str, claims: list[tuple[str, str]], fmt: str = "events", more: tuple[Entity, ...] = ()
) -> tuple[list[dict[str, Any]], str]:
    """The event rows of one article on Togo and what the export said: every known place and
    actor tagged where its name stands (and the places `more`), each claim (words, type) said by nobody; `fmt`
    "events-json" gives the JSON records."""
    path = tmp_path / "db"
    with Store.open(path) as store:
        for entity in (DAPAONG, NADJOUNDI, PARK_W, KARA, JNIM, TOGO_ARMY, *more):
            store.put_entity(entity)
        article = Article.create("Savanes", text, published="2025-04-21")
        store.add_article(article)
        for place in (DAPAONG, NADJOUNDI, PARK_W, KARA, *more):
            for nth in range(text.count(place.name)):
                tag(store, article, "district", place.name, nth, entity_id=place.id, attributes=DistrictAttributes())
        for actor in (JNIM, TOGO_ARMY):
            for nth in range(text.count(actor.name)):
                tag(store, article, "actor", actor.name, nth, entity_id=actor.id)
        for words, claim_type in claims:
            tag(store, article, "claim", words, attributes=ClaimAttributes(cue="said", claim_type=claim_type))  # type: ignore[arg-type]
    out, err = io.StringIO(), io.StringIO()
    assert run(["export", "--format", fmt, "--db", str(path)], stdout=out, stderr=err) == 0
    if fmt == "events-json":
        return [json.loads(line) for line in out.getvalue().splitlines()], err.getvalue()
    return list(csv.DictReader(io.StringIO(out.getvalue()))), err.getvalue()


def test_a_village_of_no_known_country_is_in_the_articles_country(tmp_path: Path) -> None:
    text = "Togolese Armed Forces said they repelled an attack near Dapaong. JNIM killed seven soldiers at Nadjoundi."
    (row,), said = rows(tmp_path, text, [("JNIM killed seven soldiers at Nadjoundi", "casualties")])
    assert (row["location"], row["country"], row["event_id_cnty"]) == ("Nadjoundi", "Togo", "TGO1")
    assert "country is empty" not in said


def test_a_place_of_no_known_country_is_in_the_country_the_claim_names(tmp_path: Path) -> None:
    text = "Militants attacked posts near Dapaong. In neighbouring Benin, JNIM killed 54 soldiers in Park W."
    (row,), _ = rows(tmp_path, text, [("In neighbouring Benin, JNIM killed 54 soldiers in Park W", "casualties")])
    assert (row["country"], row["event_id_cnty"]) == ("Benin", "BEN1")


def test_what_someone_means_to_do_is_no_event(tmp_path: Path) -> None:
    text = "The government said it wants to bring Dapaong under state control."
    found, said = rows(tmp_path, text, [("it wants to bring Dapaong under state control", "territorial_control")])
    assert found == [] and "1 telling an intention" in said


def test_fighting_no_other_words_place_is_a_battle(tmp_path: Path) -> None:
    text = "JNIM said its fighters had pushed Togolese Armed Forces out of the western part of Dapaong."
    (row,), _ = rows(
        tmp_path, text, [("its fighters had pushed Togolese Armed Forces out of the western part of Dapaong", "other")]
    )
    assert (row["event_type"], row["sub_event_type"]) == ("Battles", "Armed clash")


def test_a_states_own_jets_are_its_air_strike(tmp_path: Path) -> None:
    text = "The Nigerian Army said its jets had hit ISWAP rocket launchers in Kanam."
    row = event_row(tmp_path, text, "its jets had hit ISWAP rocket launchers in Kanam",
                    {"Nigerian Army": ARMY, "ISWAP": ISWAP}, claimant="Nigerian Army")  # fmt: skip
    assert (row["sub_event_type"], row["actor1"]) == ("Air/drone strike", "Nigerian Army")


def test_a_thousand_dead_are_a_thousand() -> None:
    assert death_figures("more than a thousand of our sons had died") == [1000]
    assert death_figures("Thousands were killed since the war began") == []  # a war's toll, no event's


def test_a_claim_of_deaths_is_about_the_one_place_tagged_in_its_sentence(tmp_path: Path) -> None:
    """A newcomer's export left out 35 of 36 claims for want of a place, the tolls with them."""
    text = (
        "Soldiers patrolled Dapaong. "
        "Two residents of Nadjoundi told Reuters that three civilians, including a herder, were also killed."
    )
    (row,), _ = rows(tmp_path, text, [("three civilians, including a herder, were also killed", "casualties")])
    assert (row["location"], row["fatalities"]) == ("Nadjoundi", "3")


def test_a_claim_beside_two_places_or_of_no_event_stays_without_a_place(tmp_path: Path) -> None:
    text = "Residents of Nadjoundi and Dapaong said 12 people were killed. Residents of Dapaong said JNIM was cruel."
    found, said = rows(tmp_path, text, [("12 people were killed", "casualties"), ("JNIM was cruel", "other")])
    assert found == [] and "2 with no place tagged in it" in said


def test_members_of_the_forces_killed_are_counted() -> None:
    assert death_figures("18 members of the security forces had been killed in an ambush") == [18]


def test_a_toll_quoted_after_the_verb_counts() -> None:
    """A newcomer's claim 'its troops killed "dozens of militia members."' was exported with 0 dead."""
    assert death_figures('its troops had killed "dozens of militia members."') == [12]
    assert death_figures("the army said it killed “at least 40 fighters” near the river") == [40]
    assert death_figures('the army had "neutralised" more than 100 terrorists') == [100]  # a newcomer's: was none


def test_a_claim_only_of_who_holds_a_place_gives_no_row(tmp_path: Path) -> None:
    """Found by a newcomer: "The town is fully under our control" and "Kanam remains under
    government control" were battles ("Armed clash") in the events export."""
    for n, (words, status) in enumerate(
        [("Kanam is fully under our control", "unknown"), ("Kanam remains under government control", "government_held")]
    ):
        text = f"The army said {words}."
        with Store.open(tmp_path / f"db{n}") as store:
            article = Article.create("Kanam", text, published="2025-01-19")
            store.add_article(article)
            kanam = Entity.place("Kanam", PlaceDetails("district", country="Nigeria"))
            at = text.index("Kanam")
            store.add_annotation(
                Annotation.create(
                    article, "district", at, at + 5, entity_id=kanam.id, attributes=DistrictAttributes(status)
                ),
                new_entity=kanam,
            )
            claim = ClaimAttributes(cue="said", claim_type="territorial_control")
            start = text.index(words)
            store.add_annotation(Annotation.create(article, "claim", start, start + len(words), attributes=claim))
        out, err = io.StringIO(), io.StringIO()
        assert run(["export", "--format", "events", "--db", str(tmp_path / f"db{n}")], stdout=out, stderr=err) == 0
        assert list(csv.DictReader(io.StringIO(out.getvalue()))) == [], words
        assert "1 telling who holds a place, no fighting" in err.getvalue()  # not "1 with telling" (a newcomer's)
    assert (
        "Armed clash"
        in event_row(
            tmp_path / "fought",
            "Troops clashed with ISWAP in Kanam.",
            "Troops clashed with ISWAP in Kanam",
            {"ISWAP": ISWAP},
            claim_type="territorial_control",
        )["sub_event_type"]
    )


def test_an_execution_of_villagers_told_in_any_claim_is_violence_against_civilians(tmp_path: Path) -> None:
    """Found by a newcomer: "accused the army of executing at least 223 villagers" was suggested as
    a claim of type other, and its row was a strategic development with 223 dead and no civilian
    targeting. "executing" tells deaths; a claim of type other that counts deaths is read as one
    of casualties."""
    from annotations.text.readings import claim_reading

    text = "Rights groups accused the Nigerian Army of executing at least 223 villagers in Kanam."
    claim = "the Nigerian Army of executing at least 223 villagers in Kanam"
    assert claim_reading(claim, "accused")[0] == "casualties"
    row = event_row(tmp_path, text, claim, {"Nigerian Army": ARMY, "villagers": VILLAGERS}, claim_type="other")
    assert (row["event_type"], row["sub_event_type"], row["fatalities"]) == (
        "Violence against civilians",
        "Attack",
        "223",
    )
    assert row["civilian_targeting"] == "Civilian targeting"


def test_shelling_that_kills_civilians_is_marked_as_civilian_targeting(tmp_path: Path) -> None:
    """Found by a newcomer: the RSF shelling of a displacement camp, 14 civilians killed, had no
    civilian targeting; ACLED marks every event whose main target was civilians."""
    text = "ISWAP shelled a camp in Kanam, killing 14 villagers."
    shelled = event_row(tmp_path / "camp", text, "ISWAP shelled a camp in Kanam, killing 14 villagers",
                        {"ISWAP": ISWAP, "villagers": VILLAGERS}, claim_type="casualties")  # fmt: skip
    assert (shelled["sub_event_type"], shelled["actor2"], shelled["civilian_targeting"]) == (
        "Shelling/artillery/missile attack",
        "Civilians (Nigeria)",
        "Civilian targeting",
    )
    text = "ISWAP shelled Nigerian Army positions in Kanam."
    positions = event_row(tmp_path / "army", text, "ISWAP shelled Nigerian Army positions in Kanam",
                          {"ISWAP": ISWAP, "Nigerian Army": ARMY})  # fmt: skip
    assert (positions["sub_event_type"], positions["civilian_targeting"]) == ("Shelling/artillery/missile attack", "")


def test_a_militia_that_killed_civilians_with_the_army_is_associated_with_it(tmp_path: Path) -> None:
    """Found by a newcomer: "accused the army and the VDP of executing 223 villagers" lost the VDP
    from the row once it was violence against civilians (a doer of another kind than the first
    was left out); ACLED lists such a militia as the army's associated actor."""
    from .test_event_actors import CJTF

    text = "Rights groups accused the Nigerian Army and the Civilian Joint Task Force of killing 20 villagers in Kanam."
    claim = "the Nigerian Army and the Civilian Joint Task Force of killing 20 villagers in Kanam"
    row = event_row(tmp_path, text, claim, {"Nigerian Army": ARMY, "Civilian Joint Task Force": CJTF,
                                            "villagers": VILLAGERS}, claim_type="casualties")  # fmt: skip
    assert (row["event_type"], row["actor1"], row["assoc_actor_1"], row["actor2"]) == (
        "Violence against civilians",
        "Nigerian Army",
        "Civilian Joint Task Force",
        "Civilians (Nigeria)",
    )


def test_militants_linked_to_a_group_attacking_an_army_base_are_the_group_fighting_the_army(tmp_path: Path) -> None:
    """Found by a newcomer: "Militants linked to JNIM attacked an army base in Djibo" was a
    strategic development of an Unidentified Armed Group against JNIM: the militants are the
    group's, and an attack on an army base is a battle with the country's forces, though none of
    them is tagged."""
    from .test_event_actors import BANDITS, UNNAMED

    text = "Bandits linked to ISWAP attacked an army base in Kanam on Saturday."
    claim = "Bandits linked to ISWAP attacked an army base in Kanam"
    row = event_row(tmp_path / "base", text, claim, {"Bandits": BANDITS, "ISWAP": ISWAP})
    assert (row["event_type"], row["sub_event_type"], row["actor1"], row["actor2"]) == (
        "Battles",
        "Armed clash",
        "ISWAP",
        "Military Forces of Nigeria",
    )
    text = "Bandits attacked a market in Kanam on Saturday."  # no post of forces: no battle, and no one but them
    row = event_row(tmp_path / "market", text, "Bandits attacked a market in Kanam", {"Bandits": BANDITS})
    assert (row["event_type"], row["actor1"], row["actor2"]) == ("Strategic developments", UNNAMED, "")


def test_the_troops_a_defence_ministry_tells_of_as_its_own_are_its_states_military(tmp_path: Path) -> None:
    """Found by a newcomer: "Russia's Defence Ministry claimed its troops had captured the village of
    Novohrodivka" was the ministry (actor 1) against "troops", its own. The office is the source;
    its troops are Russia's military, against the Ukrainian units they fought."""
    village = Entity.place("Novohrodivka", PlaceDetails("village", country="Ukraine", codes={"iso3166_1": "UA"}))
    ministry = Entity.actor("Ministry of Defence (Russia)", ActorDetails("state_forces"))
    troops = Entity.actor("troops", ActorDetails("state_forces"))
    ukraine = Entity.actor("Military Forces of Ukraine", ActorDetails("state_forces"))
    text = "Russia's Defence Ministry claimed its troops had captured the village of Novohrodivka from Ukrainian units."
    row = _row_of_one_claim(
        tmp_path, text, "its troops had captured the village of Novohrodivka from Ukrainian units",
        place=("Novohrodivka", village, DistrictAttributes("captured")), speaker=("Russia's Defence Ministry", ministry),
        others=[("troops", troops), ("Ukrainian units", ukraine)], cue="claimed", claim_type="territorial_control",
    )  # fmt: skip
    assert (row["actor1"], row["actor2"], row["assoc_actor_1"]) == (
        "Military Forces of Russia",
        "Military Forces of Ukraine",
        "",
    )


def test_the_troops_a_government_tells_of_as_its_own_are_its_states_military(tmp_path: Path) -> None:
    """Found by a newcomer: "Myanmar's military government said … its troops had repelled attacks by
    the MNDAA" gave a row of "troops" against the MNDAA: a government, as a ministry, tells of its
    state's military."""
    town = Entity.place("Lashio", PlaceDetails("city", country="Myanmar", codes={"iso3166_1": "MM"}))
    government = Entity.actor("Government of Myanmar", ActorDetails("government_officials"))
    troops = Entity.actor("troops", ActorDetails("state_forces"))
    mndaa = Entity.actor("Myanmar National Democratic Alliance Army", ActorDetails("rebel_group"))
    text = "Myanmar's military government said its troops had repelled attacks by the MNDAA in Lashio."
    row = _row_of_one_claim(
        tmp_path, text, "its troops had repelled attacks by the MNDAA in Lashio",
        place=("Lashio", town, None), speaker=("Myanmar's military government", government),
        others=[("troops", troops), ("MNDAA", mndaa)], cue="said", claim_type="other",
    )  # fmt: skip
    assert (row["actor1"], row["actor2"]) == ("Military Forces of Myanmar", "Myanmar National Democratic Alliance Army")


def _row_of_one_claim(
    tmp_path: Path,
    text: str,
    claim: str,
    *,
    place: tuple[str, Entity, DistrictAttributes | None],
    speaker: tuple[str, Entity],
    others: list[tuple[str, Entity]],
    cue: str,
    claim_type: str,
) -> dict[str, str]:
    """The events export's one row for an article with one claim: its place, its speaker and the
    other actors tagged by their words."""
    with Store.open(tmp_path / "db") as store:
        for entity in (place[1], speaker[1], *(e for _w, e in others)):
            store.put_entity(entity)
        article = Article.create("t", text, published="2024-08-20")
        store.add_article(article)
        tag(store, article, "district", place[0], entity_id=place[1].id, attributes=place[2])
        said = tag(store, article, "actor", speaker[0], entity_id=speaker[1].id)
        for words, entity in others:
            tag(store, article, "actor", words, entity_id=entity.id)
        attributes = ClaimAttributes(
            cue=cue, claim_type=claim_type, claimant_annotation_id=said.id, claimant_entity_id=speaker[1].id
        )
        tag(store, article, "claim", claim, attributes=attributes)
    out = io.StringIO()
    assert run(["export", "--format", "events", "--db", str(tmp_path / "db")], stdout=out) == 0
    (row,) = csv.DictReader(io.StringIO(out.getvalue()))
    return dict(row)


def test_a_place_named_only_as_a_governments_seat_is_not_where_the_event_was(tmp_path: Path) -> None:
    """Found by a newcomer: "The VDP, a civilian militia backed by the junta in Ouagadougou, lost
    several members in a separate ambush near Arbinda" was an event in Ouagadougou."""
    text = "JNIM, whom the authorities in Dapaong blame for the raids, killed seven soldiers near Nadjoundi."
    (row,), _ = rows(tmp_path, text, [(text[:-1], "casualties")])
    assert (row["location"], row["fatalities"]) == ("Nadjoundi", "7")


def test_a_place_named_only_as_a_landmark_is_not_where_the_event_was(tmp_path: Path) -> None:
    """Found by a newcomer: "…, including Imam Sahib near the border with Tajikistan, a key supply
    route from Central Asia" was filed at Tajikistan and Central Asia too."""
    from annotations.claims.claim_places import places_about
    from annotations.model import Annotation, Article, ClaimAttributes, Entity, PlaceDetails

    text = "Fighters took Dapaong near the border with Burkina Faso, a key supply route from Ghana, officials said."
    article = Article.create("t", text, published="2024-06-22")
    annotations = []
    for name in ("Dapaong", "Burkina Faso", "Ghana"):
        at = text.index(name)
        entity = Entity.place(name, PlaceDetails("district"))
        annotations.append(Annotation.create(article, "district", at, at + len(name), entity_id=entity.id))
    claim = Annotation.create(
        article, "claim", 0, text.index(", officials"), attributes=ClaimAttributes(claim_type="territorial_control")
    )
    quotes = {a.entity_id: a.quote for a in annotations}
    assert [quotes[p] for p in places_about(text, claim, [*annotations, claim])] == ["Dapaong"]


def test_a_group_described_then_told_as_losing_members_in_an_ambush_was_attacked(tmp_path: Path) -> None:
    """Found by a newcomer: "The VDP, a civilian militia backed by the junta, lost several members
    in an ambush near Arbinda" was a strategic development of the VDP: between the group and its
    losses stood its description, so it was not read as the one hurt."""
    text = "Togolese Armed Forces (FAT), a force trained by France, lost several members in an ambush near Dapaong."
    (row,), _ = rows(tmp_path / "named", text, [(text[:-1], "other")])
    assert (row["event_type"], row["actor2"], row["fatalities"]) == ("Battles", "Togolese Armed Forces", "10")
    text = (
        "The Forces (Togolese Armed Forces), a force trained by France, lost several members near Dapaong in an ambush."
    )
    (row,), _ = rows(tmp_path / "acronym", text, [(text[:-1], "other")])  # the name in brackets: hurt too
    assert (row["event_type"], row["actor2"]) == ("Battles", "Togolese Armed Forces")
    text = (
        "JNIM, a group backed by Togolese Armed Forces in this story, lost several members in an ambush near Dapaong."
    )
    (row,), _ = rows(tmp_path / "backed", text, [(text[:-1], "other")])  # its backers did not ambush it
    assert (row["actor1"], row["actor2"]) == ("Unidentified Armed Group (Togo)", "JNIM")


def test_several_dead_and_men_lost_count_as_acled_counts_them() -> None:
    """Found in the fifteenth stop's events: "lost several members in an ambush" counted 0 dead.
    ACLED codes "several" as 10 when no number is given, as it codes "dozens" 12; a force that
    "lost" men lost them dead; things lost are no dead."""
    assert death_figures("Several soldiers were killed when the convoy was hit.") == [10]
    assert death_figures("the militia lost several members in an ambush") == [10]
    assert death_figures("the army lost 12 men and ISWAP lost three of its fighters") == [15]  # both sides' dead
    assert death_figures("the army lost 12 vehicles near the river") == []
    assert death_figures("the rebels lost control of the town") == []
    # a reviewer's: what stands before "and killed" is no toll, nor are days, armoured carriers or a war's toll
    assert death_figures("JNIM abducted 30 villagers and killed two soldiers near Dapaong") == [2]
    assert death_figures("Bandits burned 20 homes and killed 5 people") == [5]
    assert death_figures("Several days of shelling killed 40 civilians") == [40]
    assert death_figures("The army lost two armoured personnel carriers") == []
    assert death_figures("Several hundred people were killed") == [100]
    assert death_figures("several thousand people have been killed since January") == []


def test_a_village_in_a_second_level_province_is_in_its_region_as_admin1(tmp_path: Path) -> None:
    """Found by a newcomer: the row of "Nondin, in Yatenga province" said admin1 "Yatenga" beside
    rows at GeoNames towns of "Sahel": in Burkina Faso a province is second-level (ISO 3166-2
    gives its region), so the region is admin1 and the province admin2, on every row."""
    nondin = Entity.place("Nondin", PlaceDetails("village", province="Yatenga province", country="Burkina Faso"))
    aribinda = Entity.place(
        "Aribinda", PlaceDetails("city", province="Sahel", country="Burkina Faso", codes={"iso3166_1": "BF"})
    )
    text = "Soldiers killed 12 villagers in Nondin, HRW said. JNIM killed 9 soldiers at Aribinda, the army said."
    path = tmp_path / "db"
    with Store.open(path) as store:
        article = Article.create("Yatenga", text, published="2024-03-02")
        store.add_article(article)
        for place in (nondin, aribinda):
            store.put_entity(place)
            tag(store, article, "district", place.name, entity_id=place.id, attributes=DistrictAttributes())
        for words in ("Soldiers killed 12 villagers in Nondin", "JNIM killed 9 soldiers at Aribinda"):
            tag(store, article, "claim", words, attributes=ClaimAttributes(cue="said", claim_type="casualties"))
    out = io.StringIO()
    assert run(["export", "--format", "events", "--db", str(path)], stdout=out, stderr=io.StringIO()) == 0
    found = {r["location"]: (r["admin1"], r["admin2"]) for r in csv.DictReader(io.StringIO(out.getvalue()))}
    assert found == {"Nondin": ("Nord", "Yatenga"), "Aribinda": ("Sahel", "")}


def test_rows_with_no_point_for_the_map_are_named(tmp_path: Path) -> None:
    """Found by a newcomer: four of 18 rows had no latitude or longitude and the export said
    nothing (the GeoJSON export names its places without a point)."""
    text = "Togolese Armed Forces said they repelled an attack near Dapaong. JNIM killed seven soldiers at Nadjoundi."
    (row,), said = rows(tmp_path, text, [("JNIM killed seven soldiers at Nadjoundi", "casualties")])
    assert (row["location"], row["latitude"]) == ("Nadjoundi", "")
    assert "No point for the map at Nadjoundi" in said


def test_admin_levels_keep_a_division_geonames_files_towns_under_as_admin1() -> None:
    """A reviewer's: ISO puts Indonesia's Aceh under the "geographical unit" Sumatera and Iraq's
    Arbil under the Kurdistan Region; their towns are filed under Aceh and Arbil, which stay admin1."""
    from annotations.claims.admin_levels import admin_levels

    assert admin_levels("Banda Aceh", PlaceDetails("city", province="Aceh"), "ID") == ("Aceh", "")
    assert admin_levels("Erbil", PlaceDetails("city", province="Arbīl"), "IQ") == ("Arbīl", "")
    assert admin_levels("Arbil", PlaceDetails("province", province="Iqlīm Kūrdistān"), "IQ") == ("Arbil", "")
    assert admin_levels("Yatenga", PlaceDetails("province", province="Nord"), "BF") == ("Nord", "Yatenga")


def test_a_towns_admin2_is_the_province_its_claim_names(tmp_path: Path) -> None:
    """Found by a newcomer: the row of Djibo said admin1 Sahel and no admin2, though the claim
    tagged "Soum province", the second-level division Djibo is in."""
    from annotations.claims.admin_levels import admin2_told

    assert admin2_told("Sahel", "BF", ["Soum province"]) == "Soum"
    assert admin2_told("Sahel", "BF", ["Yatenga"]) == ""  # in Nord, not in Sahel
    djibo = Entity.place(
        "Djibo", PlaceDetails("city", province="Sahel", country="Burkina Faso", codes={"iso3166_1": "BF"})
    )
    soum = Entity.place("Soum", PlaceDetails("province", country="Burkina Faso", codes={"iso3166_1": "BF"}))
    text = "Gunmen killed 40 soldiers near Djibo, in Soum province, on Sunday."
    with Store.open(tmp_path / "db") as store:
        for entity in (djibo, soum):
            store.put_entity(entity)
        article = Article.create("t", text, published="2024-05-27")
        store.add_article(article)
        tag(store, article, "district", "Djibo", entity_id=djibo.id, attributes=DistrictAttributes())
        tag(store, article, "district", "Soum", entity_id=soum.id, attributes=DistrictAttributes())
        tag(store, article, "claim", text[:-1], attributes=ClaimAttributes(cue="said", claim_type="casualties"))
    out = io.StringIO()
    assert run(["export", "--format", "events", "--db", str(tmp_path / "db")], stdout=out) == 0
    (row,) = csv.DictReader(io.StringIO(out.getvalue()))
    assert (row["location"], row["admin1"], row["admin2"]) == ("Djibo", "Sahel", "Soum")


def allied_row(tmp_path: Path, text: str) -> tuple[str, ...]:
    from .test_event_actors import CJTF

    actors = {"Nigerian Army": ARMY, "Civilian Joint Task Force": CJTF, "ISWAP": ISWAP}
    row = event_row(tmp_path, text, text.rstrip("."), actors, claim_type="casualties")
    return row["event_type"], row["actor1"], row["assoc_actor_1"], row["actor2"], row["assoc_actor_2"]


def test_a_militia_fighting_beside_the_army_is_its_associate_against_the_rebels(tmp_path: Path) -> None:
    """Found reading the known gaps: "the army and the CJTF repelled ISWAP, killing 12 fighters"
    was violence against civilians ("Civilian" of the militia's name read as its victims) of the
    army with the CJTF against "Civilians (Nigeria)", ISWAP left out; without the deaths, the CJTF
    was the army's enemy and ISWAP left out."""
    text = (
        "The Nigerian Army and the Civilian Joint Task Force repelled an attack by ISWAP in Kanam, killing 12 fighters."
    )
    assert allied_row(tmp_path / "a", text) == (
        "Battles", "Nigerian Army", "Civilian Joint Task Force", "ISWAP", ""
    )  # fmt: skip
    attacked = "ISWAP attacked the Nigerian Army and allied Civilian Joint Task Force fighters in Kanam."
    assert allied_row(tmp_path / "b", attacked) == (
        "Battles", "ISWAP", "", "Nigerian Army", "Civilian Joint Task Force"
    )  # fmt: skip
    backed = "Troops of the Nigerian Army, backed by the Civilian Joint Task Force, clashed with ISWAP in Kanam."
    assert allied_row(tmp_path / "c", backed) == (
        "Battles", "Nigerian Army", "Civilian Joint Task Force", "ISWAP", ""
    )  # fmt: skip


def test_civilians_killed_beside_a_militia_named_for_civilians_are_still_civilians(tmp_path: Path) -> None:
    text = "ISWAP killed nine civilians near a Civilian Joint Task Force checkpoint the Nigerian Army guards in Kanam."
    assert allied_row(tmp_path, text)[:2] == ("Violence against civilians", "ISWAP")


def test_an_armed_speakers_own_forces_hurt_or_blamed_tell_of_no_act_of_its_own(tmp_path: Path) -> None:
    """Found by a newcomer: ISWAP's "only two of its fighters were killed in the attack near Kanam"
    made ISWAP the attacker with no one against it; its "the army shelled the market to blame our
    forces" made ISWAP the army's attacker."""
    text = "ISWAP said only two of its fighters were killed in the attack near Kanam."
    row = event_row(tmp_path / "a", text, "only two of its fighters were killed in the attack near Kanam",
                    {"ISWAP": ISWAP}, claimant="ISWAP", claim_type="casualties")  # fmt: skip
    assert (row["actor1"], row["actor2"]) != ("ISWAP", "")
    assert row["actor2"] == "ISWAP"
    text = "ISWAP said the Nigerian Army had shelled the Kanam market to blame our forces."
    row = event_row(tmp_path / "b", text, "the Nigerian Army had shelled the Kanam market to blame our forces",
                    {"ISWAP": ISWAP, "Nigerian Army": ARMY}, claimant="ISWAP")  # fmt: skip
    assert row["actor1"] == "Nigerian Army" and row["actor2"] != "ISWAP"


def test_what_falls_on_a_place_or_takes_hold_in_it_takes_nothing() -> None:
    """Found by a newcomer: "the shells fell on the Abu Shouk market" and "famine has taken hold in
    Zamzam" told the places captured; "the army retook Kutum" was a claim of type "other"."""
    from annotations.text.readings import claim_reading, control_status_near

    def status(text: str, place: str) -> str:
        return control_status_near(text, text.index(place), text.index(place) + len(place))

    assert status("The shells fell on the Dapaong market.", "Dapaong") == "unknown"
    assert status("Famine has taken hold in Dapaong.", "Dapaong") == "unknown"
    assert status("Families have taken refuge in Dapaong.", "Dapaong") == "unknown"
    assert status("Dapaong fell on Sunday.", "Dapaong") == "captured"
    assert status("Dapaong fell into rebel hands.", "Dapaong") == "captured"
    assert claim_reading("Dapaong fell on Sunday", "said")[0] == "territorial_control"
    assert claim_reading("the army retook Dapaong", "said")[0] == "territorial_control"
    assert claim_reading("its forces recaptured Dapaong from JNIM", "said")[0] == "territorial_control"
    assert claim_reading("shells fell on the market", "said")[0] == "other"


def test_a_quoted_verb_of_what_someone_will_do_is_an_intention(tmp_path: Path) -> None:
    """Found by a newcomer: 'his forces would "liberate" all of the region' gave an event row."""
    text = 'The commander said his forces would "liberate" Dapaong within days.'
    found, said = rows(tmp_path, text, [('his forces would "liberate" Dapaong within days', "territorial_control")])
    assert found == [] and "intention" in said


def test_the_number_of_people_killed_risen_to_is_a_toll() -> None:
    """Found by a newcomer: "The number of people killed when shells hit a market … has risen to
    27" counted no dead."""
    assert death_figures("The number of people killed when shells hit a market in Dapaong has risen to 27") == [27]
    assert death_figures("the number of displaced people has risen to 3,000") == []


def test_a_running_total_of_deaths_over_weeks_gives_no_row(tmp_path: Path) -> None:
    """Found by a newcomer: "At least 56 people have been killed in El Fasher since the start of
    May" was a battle on the article's date, its deaths counted again beside the events it adds up."""
    text = "Officials said at least 56 people have been killed in Dapaong since the start of May."
    found, said = rows(tmp_path / "a", text, [("at least 56 people have been killed in Dapaong since the start of May",
                                               "casualties")])  # fmt: skip
    assert found == [] and "running total" in said
    text = "Officials said JNIM killed 12 soldiers in Dapaong since Monday."
    found, _ = rows(tmp_path / "b", text, [("JNIM killed 12 soldiers in Dapaong since Monday", "casualties")])
    assert len(found) == 1  # days: still one attack's


def test_what_a_reviewer_found_the_rules_of_this_day_broke(tmp_path: Path) -> None:
    """A reviewer's cases against the day's rules: a "since" that dates no toll, a town fallen into
    a group's hands or "taken hold of", a speaker's own attack beside its losses, "hitting", a militia
    named after the rebels, "a civilian Friday"."""
    from .test_event_actors import CJTF, OFFICIAL

    def row(name: str, text: str, actors: dict, claimant: str = "", claim_type: str = "casualties") -> dict:  # type: ignore[type-arg]
        return event_row(tmp_path / name, text, text.rstrip("."), actors, claimant=claimant, claim_type=claim_type)

    since = row("a", "ISWAP, active since 2009, killed 12 villagers in Kanam on Sunday.", {"ISWAP": ISWAP})
    assert since["fatalities"] == "12"
    fell = row("b", "Kanam fell into ISWAP hands on Sunday.", {"ISWAP": ISWAP}, claim_type="territorial_control")
    assert fell["sub_event_type"] == "Non-state actor overtakes territory"
    held = row("c", "ISWAP had taken hold of Kanam on Sunday.", {"ISWAP": ISWAP}, claim_type="territorial_control")
    assert held["sub_event_type"] == "Non-state actor overtakes territory"
    text = "ISWAP said it killed 30 soldiers in Kanam and only two of its fighters were killed."
    own = event_row(tmp_path / "d", text, "it killed 30 soldiers in Kanam and only two of its fighters were killed",
                    {"ISWAP": ISWAP}, claimant="ISWAP", claim_type="casualties")  # fmt: skip
    assert own["actor1"] == "ISWAP"
    text = "Onyema Nwachukwu said our forces were hitting ISWAP positions in Kanam."
    hitting = event_row(tmp_path / "e", text, "our forces were hitting ISWAP positions in Kanam",
                        {"Onyema Nwachukwu": OFFICIAL, "ISWAP": ISWAP}, claimant="Onyema Nwachukwu", claim_type="other")  # fmt: skip
    assert (hitting["actor1"], hitting["actor2"]) == ("Nigerian Army", "ISWAP")
    text = "The Nigerian Army repelled an ISWAP attack on Kanam with the help of Civilian Joint Task Force members."
    helped = row(
        "f", text, {"Nigerian Army": ARMY, "ISWAP": ISWAP, "Civilian Joint Task Force": CJTF}, claim_type="other"
    )
    assert (helped["actor1"], helped["assoc_actor_1"], helped["assoc_actor_2"]) == (
        "Nigerian Army", "Civilian Joint Task Force", ""
    )  # fmt: skip
    civilian = row("g", "Gunmen killed a civilian Friday in Kanam.", {})
    assert civilian["event_type"] == "Violence against civilians"


def test_what_a_second_reviewer_found_the_fixes_took_too_far(tmp_path: Path) -> None:
    """A total in the simple past over a period; an identity militia named with the rebels; a loss
    told with "they"; "Civilian Armed Forces … members"; shells that fell on the same day; panic
    that took hold of residents."""
    from annotations.claims.no_row import running_total
    from annotations.model import ActorDetails, Entity
    from annotations.text.readings import claim_reading, control_status_near

    from .test_event_actors import event_row as row_of

    assert running_total("more than 500 civilians were killed in Dapaong in the past month")
    assert running_total("fighting killed at least 300 people in Dapaong since January")
    assert not running_total("ISWAP, active since 2009, killed 12 villagers in Kanam on Sunday")
    from annotations.claims.event_actors import event_parties

    janjaweed = Entity.actor("Janjaweed militia", ActorDetails("identity_militia"))
    (first, with_first), (second, _) = event_parties(
        "Battles", "Armed clash", [ISWAP, janjaweed, ARMY], "NG", "Nigeria"
    )
    assert (first, [a.name for a in with_first], second) == (ISWAP, ["Janjaweed militia"], ARMY)
    text = "ISWAP said they came under attack in Kanam and two of their fighters were killed."
    loss = row_of(tmp_path / "b", text, "they came under attack in Kanam and two of their fighters were killed",
                  {"ISWAP": ISWAP}, claimant="ISWAP", claim_type="casualties")  # fmt: skip
    assert loss["actor2"] == "ISWAP"

    def status(text: str, place: str) -> str:
        return control_status_near(text, text.index(place), text.index(place) + len(place))

    assert status("Shells fell on the same day in Bama, killing two children.", "Bama") == "unknown"
    assert status("Panic has taken hold of residents in Bama.", "Bama") == "unknown"
    assert claim_reading("Shells fell in heavy barrages on Bama", "said")[0] == "other"


def test_wounded_and_dead_named_with_no_event_told_are_no_battle(tmp_path: Path) -> None:
    """A newcomer's export: "Needs are immediate: … medical care for the wounded" and a rally's
    "the same villages bury their dead" became armed clashes (no doer, no figure, no death told)."""
    text = (
        "In Dapaong, needs are immediate: shelter and medical care for the wounded, a UN official said. "
        "JNIM killed seven soldiers at Nadjoundi."
    )
    claims = [
        ("needs are immediate: shelter and medical care for the wounded", "casualties"),
        ("JNIM killed seven soldiers at Nadjoundi", "casualties"),
    ]
    found, _said = rows(tmp_path, text, claims)
    kinds = {row["location"]: (row["event_type"], row["sub_event_type"]) for row in found}
    assert kinds.get("Dapaong") in (None, ("Strategic developments", "Other")), kinds  # no battle
    assert kinds["Nadjoundi"][0] == "Battles"


@pytest.mark.parametrize(
    "claim",
    [
        "Peacekeepers rescued 14 wounded villagers near Dapaong and took them to hospital",
        "A hospital in Dapaong run by the army treated 20 wounded people",
        "the wounded were airlifted from Dapaong to a military hospital",
        "doctors in Dapaong had received 19 wounded people, most of them with gunshot wounds",  # round 81's
    ],
)
def test_help_given_to_the_hurt_is_no_event(tmp_path: Path, claim: str) -> None:
    """A newcomer's: a rescue gave an attack on civilians by the peacekeepers, and a hospital's
    count of the wounded it treated a battle of the contingent that runs it."""
    found, said = rows(tmp_path, f"Officials said {claim}.", [(claim, "casualties")])
    assert found == [] and "help given to the hurt" in said


@pytest.mark.parametrize(
    "claim",
    [
        "JNIM killed five soldiers near Dapaong and 12 wounded were taken to hospital",
        "the hospital in Dapaong treated 20 people wounded in the attack",
        "Togolese Armed Forces rescued 30 hostages after storming a JNIM camp near Dapaong",
    ],
)
def test_help_given_after_harm_told_is_the_event_of_that_harm(tmp_path: Path, claim: str) -> None:
    found, said = rows(tmp_path, f"Officials said on Sunday that {claim}.", [(claim, "casualties")])
    assert len(found) == 1 and "help given" not in said


def test_what_a_war_has_killed_so_far_is_no_event(tmp_path: Path) -> None:
    """Found by a newcomer: "The insurgency, which began in October 2017 in Mocímboa da Praia, has
    killed more than 4,000 people" was a row of 4,000 dead dated October 2017."""
    from annotations.claims.no_row import running_total

    words = "The insurgency, which began in October 2017 near Dapaong, has killed more than 4,000 people"
    found, said = rows(tmp_path, words + ", JNIM said.", [(words, "casualties")])
    assert found == [] and "1 claim gave no event row" in said
    assert running_total("The war in the north has so far killed 500 people")
    assert not running_total("The attack on the village has killed 12 people")
    assert running_total("at least 1,500 people had been killed across Haiti in the first three months of 2025")
    assert not running_total("Gunmen killed 20 people in the first half of the match at a stadium in Bunia")
    # a reviewer's: a war's toll beside the event's own day or record is the event's toll
    assert not running_total("An air strike in war-torn Sudan has killed 40 people at a market in Omdurman")
    assert not running_total(
        "A bomber killed 12 people on Tuesday, the latest attack of an insurgency that has killed 900"
    )
    assert not running_total("the attack, the deadliest of the war, which has killed 900 people, left 30 dead")


def test_a_toll_told_of_no_side_is_the_one_event_of_its_day_and_place(tmp_path: Path) -> None:
    """Found by a newcomer: the Kenscoff massacre was a row of civilians killed and another, from
    "authorities put the toll at 42 dead", an "Armed clash" of an unnamed group against no one: one
    event counted twice. Beside two events of that day and place it joins neither of other types."""
    text = "JNIM killed 70 villagers in Dapaong on Monday, residents said. Officials put the toll at 42 dead in Dapaong on Monday."
    claims = [("JNIM killed 70 villagers in Dapaong on Monday", "casualties"), ("the toll at 42 dead in Dapaong on Monday", "casualties")]  # fmt: skip
    (row,), _ = rows(tmp_path / "one", text, claims)
    assert (row["event_type"], row["actor1"], row["fatalities"]) == ("Violence against civilians", "JNIM", "42")
    assert "Tolls its sources state: 42, 70" in row["notes"]
    text += " Togolese Armed Forces said they clashed with JNIM near Dapaong on Monday, killing 12 fighters."
    claims.append(("they clashed with JNIM near Dapaong on Monday, killing 12 fighters", "casualties"))
    found, _ = rows(tmp_path / "two", text, claims)  # the toll of no side is the clash's, as it was
    assert sorted((r["event_type"], r["fatalities"]) for r in found) == [
        ("Battles", "12"),
        ("Violence against civilians", "70"),
    ]
