"""Stop 98: what a data manager found with two analysts on one article (helper-365's finding 10), and the event
rows helper-366 reviewed on eight articles of its own."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from annotations.cli import run
from annotations.model import Article
from annotations.store import Store
from annotations.suggest.review import accept, gazetteers_for, suggestions_for

from .test_stop_95 import parties, suggested_rows

TEXT = (
    "Attack in Djibo\n\nOUAGADOUGOU (Reuters) - Jihadist fighters killed 18 soldiers in Djibo on Sunday, "
    "the army said. A local official said 32 soldiers were killed.\n"
)


def two_analysts(tmp_path: Path) -> Path:
    """One article whose suggestions two analysts accepted alike, not adjudicated."""
    db = tmp_path / "db"
    with Store.open(db) as store:
        article = Article.create("Attack in Djibo", TEXT, published="2024-05-13")
        store.add_article(article)
        found = suggestions_for(store, article.id, gazetteers_for(store))
        for analyst in ("ana", "bo"):
            accept(store, article, found, found, annotator=analyst)
    return db


def fieldmark(db: Path, *args: str) -> str:
    out, err = io.StringIO(), io.StringIO()
    assert run([*args, "--db", str(db)], stdout=out, stderr=err) == 0, err.getvalue()
    return out.getvalue()


def test_a_claim_two_analysts_tagged_alike_counts_once_on_the_board_and_in_the_event_rows(tmp_path: Path) -> None:
    db = two_analysts(tmp_path)
    board = fieldmark(db, "claims")
    assert "1 event from 2 claims" in board  # was 4: each analyst's copy of the two tolls
    assert "18 dead (forces) (1 claim) · 32 dead (forces) (1 claim)" in board
    rows = list(csv.DictReader(io.StringIO(fieldmark(db, "export", "--format", "events", "--per-claim"))))
    assert sorted(r["fatalities"] for r in rows) == ["18", "32"]


def test_the_claims_command_shows_one_analysts_claims(tmp_path: Path) -> None:
    db = two_analysts(tmp_path)
    (event,) = json.loads(fieldmark(db, "claims", "--annotator", "bo", "--json"))
    assert {c["annotator"] for c in event["claims"]} == {"bo"} and len(event["claims"]) == 2


# helper-366's event rows, each through the real pipeline (suggestions accepted as `Y` does, then the export)


def test_a_units_number_is_no_toll(tmp_path: Path) -> None:
    """R1: "Fighters of the 444 Brigade killed two men" had 444 dead."""
    text = "Tripoli\n\nFighters of the 444 Brigade killed two men in Tripoli on Monday, officials said.\n"
    (row,) = suggested_rows(tmp_path, text, "2024-07-09")
    assert (row["actor1"], row["fatalities"]) == ("444 Brigade", "2")


def test_a_groups_own_toll_told_then_of_before_is_the_ambush_it_claimed(tmp_path: Path) -> None:
    """R3: "JNIM claimed responsibility for the ambush on Tuesday, saying its fighters had killed 40 soldiers" was a
    second row of Tuesday with 40 dead beside the ambush of Sunday ("JNIM said on Tuesday its fighters had killed
    40 soldiers" still is: "said on Tuesday that …" dates the claim, as `test_claim_dates` wants)."""
    lede = (
        "Islamist militants ambushed an army convoy near Gorgadji in Burkina Faso on Sunday, killing at least 12 "
        "soldiers, the army said."
    )
    after = "JNIM claimed responsibility for the ambush on Tuesday, saying its fighters had killed 40 soldiers."
    (row,) = suggested_rows(tmp_path, f"Gorgadji\n\n{lede} {after}\n", "2024-09-04")
    assert (row["event_date"], row["actor1"], row["fatalities"]) == ("2024-09-01", "JNIM", "12")


def test_a_toll_said_on_a_later_day_to_have_risen_raises_the_events(tmp_path: Path) -> None:
    """R4: "Security sources said on Wednesday that the death toll among soldiers had risen to 27" was a row of its
    own on Wednesday."""
    text = (
        "Gorgadji\n\nIslamist militants ambushed an army convoy near Gorgadji in Burkina Faso on Sunday, killing at "
        "least 12 soldiers, the army said. Security sources said on Wednesday that the death toll among soldiers had "
        "risen to 27 after more bodies were found near the site of the ambush.\n"
    )
    (row,) = suggested_rows(tmp_path, text, "2024-09-04")
    assert (row["event_date"], row["fatalities"]) == ("2024-09-01", "27")


def test_a_numbered_unit_named_again_another_way_is_one_actor(tmp_path: Path) -> None:
    """R5: "the 444th Combat Brigade" and "the 444 Brigade" were two actors, the brigade's own dead a row apart."""
    text = (
        "Tripoli\n\nClashes between the Radaa Special Deterrence Force and the 444th Combat Brigade killed nine "
        "people in Tripoli on Monday, health officials said. A spokesman for the 444 Brigade said 12 of its fighters "
        "had died.\n"
    )
    (row,) = suggested_rows(tmp_path, text, "2024-07-09")
    assert parties(row) == ("Radaa Special Deterrence Force", "", "444th Combat Brigade", "9")


def test_militants_named_by_a_groups_name_with_a_word_for_people_in_it_are_its_fighters(tmp_path: Path) -> None:
    """R11: "five Kurdistan Workers Party (PKK) militants" were workers, civilians: an attack on the PKK as
    civilians, with an Unidentified Armed Group beside Turkey."""
    text = (
        "Amuda\n\nTurkish forces killed five Kurdistan Workers Party (PKK) militants near Amuda in northeast Syria on "
        "Monday, the defence ministry said.\n"
    )
    (row,) = suggested_rows(tmp_path, text, "2024-08-20")
    assert (row["event_type"], *parties(row)) == (
        "Battles",
        "Military Forces of Turkey",
        "",
        "Kurdistan Workers Party",
        "5",
    )


def test_soldiers_killed_while_troops_pursued_rebels_are_the_armys_loss_against_the_rebels(tmp_path: Path) -> None:
    """R13: "Two soldiers were killed when troops pursued the rebels" was the army against "soldiers"."""
    text = (
        "Komanda\n\nSuspected Allied Democratic Forces (ADF) rebels killed nine villagers near Komanda in Congo's Ituri "
        "province on Sunday, the army said. Two soldiers were killed when troops pursued the rebels into the forest, "
        "it added.\n"
    )
    rows = suggested_rows(tmp_path, text, "2024-06-12")
    battle = next(r for r in rows if r["event_type"] == "Battles")
    assert parties(battle) == ("Military Forces of the Democratic Republic of Congo", "", "ADF", "2")


def test_a_march_carrying_pictures_of_the_dead_is_a_peaceful_protest(tmp_path: Path) -> None:
    """R16: the dead a crowd mourns made its march one met with excessive force, by whom it protested against."""
    text = (
        "Qamishli\n\nHundreds of people protested in Qamishli on Tuesday against Turkish strikes in northeast Syria, "
        "carrying pictures of the dead fighters, a Reuters witness said.\n"
    )
    (row,) = suggested_rows(tmp_path, text, "2024-08-20")
    assert (row["sub_event_type"], row["actor1"], row["actor2"]) == ("Peaceful protest", "Protesters (Syria)", "")
    shot = "Qamishli\n\nPolice shot dead two protesters in Qamishli in northeast Syria on Tuesday, a witness said.\n"
    (row,) = suggested_rows(tmp_path / "shot", shot, "2024-08-20")
    assert (row["sub_event_type"], row["fatalities"]) == ("Excessive force against protesters", "2")


def test_volunteers_of_a_village_who_died_are_counted(tmp_path: Path) -> None:
    """R9: "three Kuki village volunteers had died" was no toll (a "village" counted, not the dead)."""
    from annotations.claims.figures import death_figures

    assert death_figures("three Kuki village volunteers had died near Torbung") == [3]
    assert death_figures("three villages were burned and two people killed") == [2]


def test_more_hurt_by_a_strike_named_back_is_no_attack_of_its_own(tmp_path: Path) -> None:
    """R17: "The strike … also wounded a civilian" was an attack on civilians by an Unidentified Armed Group."""
    text = (
        "Amuda\n\nA Turkish drone struck a vehicle carrying SDF fighters near Amuda in northeast Syria on Monday, "
        "killing three fighters, the SDF said. The strike, on the road between Amuda and Qamishli, also wounded a "
        "civilian who was passing by, it said.\n"
    )
    (row,) = suggested_rows(tmp_path, text, "2024-08-20")
    assert (row["sub_event_type"], *parties(row)) == ("Air/drone strike", "Military Forces of Turkey", "", "SDF", "3")


def test_a_village_chief_kidnapped_is_a_civilian(tmp_path: Path) -> None:
    """R21: "kidnapped a village chief and four teachers" had "village chief" as actor 2."""
    text = (
        "Bali\n\nSeparatist fighters kidnapped a village chief and four teachers in Bali, in Cameroon's Northwest "
        "region, on Saturday, officials said.\n"
    )
    (row,) = suggested_rows(tmp_path, text, "2024-03-06")
    assert (row["actor2"], row["assoc_actor_2"]) == ("Civilians (Cameroon)", "village chief; teachers")


def test_one_countrys_soldiers_are_not_the_joint_force_named_later(tmp_path: Path) -> None:
    """R20: "Mozambican soldiers" were linked to "Mozambican and Rwandan troops", and Rwanda's forces were the
    Islamic State's associate at Macomia."""
    text = (
        "Macomia\n\nInsurgents attacked Macomia in Mozambique's Cabo Delgado province on Friday, killing three "
        "soldiers, officials said. Islamic State said its fighters had killed 20 Mozambican soldiers. On Sunday, "
        "Mozambican and Rwandan troops killed 10 insurgents in Mucojo, the Rwandan army said.\n"
    )
    macomia, mucojo = suggested_rows(tmp_path, text, "2024-05-14")
    assert parties(macomia) == ("Islamic State", "", "Military Forces of Mozambique", "3")
    assert (mucojo["actor1"], mucojo["assoc_actor_1"]) == ("Military Forces of Mozambique", "Military Forces of Rwanda")


def test_forces_told_as_attacked_in_the_passive_are_whom_it_was_done_to(tmp_path: Path) -> None:
    """R14: "a convoy of troops and VDP volunteers was attacked" was the VDP's attack on the army."""
    text = (
        "Arbinda\n\nThe army said a convoy of troops and VDP volunteers was attacked between Gorgadji and Arbinda, "
        "in Seno province, in Burkina Faso, on Sunday, and 12 soldiers were killed.\n"
    )
    (row,) = suggested_rows(tmp_path, text, "2024-09-04")
    assert parties(row) == ("Unidentified Armed Group (Burkina Faso)", "", "Military Forces of Burkina Faso", "12")
    assert row["assoc_actor_2"] == "VDP"
    after = "Soldiers killed 12 militants near Djibo in Burkina Faso on Sunday after their base was attacked, the army said."
    (row,) = suggested_rows(tmp_path / "after", f"Djibo\n\n{after}\n", "2024-09-04")
    assert (row["actor1"], row["actor2"]) == (
        "Military Forces of Burkina Faso",
        "Unidentified Armed Group (Burkina Faso)",
    )


def test_the_attackers_named_back_are_of_the_day_of_the_attack_told_before(tmp_path: Path) -> None:
    """R2, R7 in part: "The attackers stormed the post in Daraban" had the article's day, a day after the attack."""
    text = (
        "Daraban\n\nMilitants attacked a police post in northwest Pakistan on Wednesday, killing seven officers, police "
        "said. The attackers stormed the post in Daraban, in Khyber Pakhtunkhwa province, a police officer said.\n"
    )
    rows = suggested_rows(tmp_path, text, "2024-09-12")
    assert {row["event_date"] for row in rows} == {"2024-09-11"}


def test_who_some_of_the_dead_were_is_no_event_of_its_own(tmp_path: Path) -> None:
    """R10: "Among the civilians killed were a woman and her teenage son, who were struck by a stray shell" was a
    shelling of its own with no dead, beside the clash that killed them."""
    lede = (
        "Clashes between the Radaa Special Deterrence Force and the 444th Combat Brigade killed nine people in "
        "Tripoli on Monday, officials said."
    )
    for after in (
        "Among the civilians killed were a woman and her teenage son, who were struck by a stray shell in their home "
        "in Ain Zara, a relative said.",
        "Among the dead were two children killed when a shell hit their home in Ain Zara, a relative said.",
    ):
        (row,) = suggested_rows(tmp_path / str(len(after)), f"Tripoli\n\n{lede} {after}\n", "2024-07-09")
        assert (row["location"], row["fatalities"]) == ("Tripoli", "9")


def test_armed_men_from_communities_who_exchanged_fire_fought(tmp_path: Path) -> None:
    """R12 in part: "Armed men from the Meitei and Kuki communities exchanged fire …, and two men were killed" was an
    attack on civilians, "Kuki communities" its victims; it is a clash (whose militias they were is not known)."""
    text = (
        "Torbung\n\nArmed men from the Meitei and Kuki communities exchanged fire near Torbung in Manipur, India, on "
        "Monday, and two men were killed, police said.\n"
    )
    (row,) = suggested_rows(tmp_path, text, "2024-06-18")
    assert (row["event_type"], row["actor1"], row["actor2"], row["fatalities"]) == (
        "Battles", "Unidentified Armed Group (India)", "", "2",
    )  # fmt: skip


def test_the_dead_are_at_the_village_not_the_division_it_lies_in(tmp_path: Path) -> None:
    """R19 in part: "raided the village of Babessi, in Ngo-Ketunjia division, and shot dead four civilians" was an
    event at Ngo-Ketunjia, the place named last before the dead."""
    text = (
        "Babessi\n\nBUEA, Cameroon, March 6 (Reuters) - On Monday, soldiers raided the village of Babessi, in "
        "Ngo-Ketunjia division, and shot dead four civilians, residents said.\n"
    )
    (row,) = suggested_rows(tmp_path, text, "2024-03-06")
    assert (row["location"], row["event_date"], row["fatalities"]) == ("Babessi", "2024-03-04", "4")


KELBO = (
    "Attack near Kelbo\n\nDJIBO, Burkina Faso, May 13, 2024 (Reuters) - Jihadist fighters attacked an army post in "
    "Kelbo on Sunday, killing 18 soldiers, the army said. Residents said the army had withdrawn from the town.\n"
)


def analysts_folder(tmp_path: Path, name: str, text: str = KELBO) -> Path:
    """A database of one analyst's, who accepted every suggestion of the one article (on another machine: nothing
    kept from another analyst's suggestions in this process, whose new entities would have the same ids)."""
    from annotations.suggest.engine import PIECES

    PIECES.clear()
    db = tmp_path / name
    source = tmp_path / f"{name}.txt"
    source.write_text(text, encoding="utf-8")
    fieldmark(db, "import", str(source))
    with Store.open(db) as store:
        (summary,) = store.articles()
        article = store.article(summary.id)
        found = suggestions_for(store, article.id, gazetteers_for(store))
        accept(store, article, found, found, annotator=name)
    return db


def test_another_analysts_export_names_what_the_database_knows_by_its_entities(tmp_path: Path) -> None:
    """helper-367: bo's export imported into ana's database made 114 entities of 57, every event twice."""
    ana, bo = analysts_folder(tmp_path, "ana"), analysts_folder(tmp_path, "bo")
    before = fieldmark(ana, "entities").splitlines()[-1]
    fieldmark(bo, "export", "-o", str(tmp_path / "bo.json"))
    out, err = io.StringIO(), io.StringIO()
    assert run(["import", str(tmp_path / "bo.json"), "--db", str(ana)], stdout=out, stderr=err) == 0
    assert "entities: 0 added, 7 taken as this database's of their name" in err.getvalue()
    assert fieldmark(ana, "entities").splitlines()[-1] == before == "7 entities"
    assert "2 events from 2 claims" in fieldmark(ana, "claims")  # each analyst's alike: once
    assert "2 events from 2 claims" in fieldmark(ana, "claims", "--annotator", "bo")
    rows = list(csv.DictReader(io.StringIO(fieldmark(ana, "export", "--format", "events"))))
    assert [(r["location"], r["fatalities"]) for r in rows] == [("Kelbo", "18")]


def test_a_place_of_another_country_and_what_another_article_calls_the_army_stay_the_exports(tmp_path: Path) -> None:
    other = KELBO.replace("Burkina Faso", "Mali").replace("DJIBO", "MOPTI").replace("Kelbo", "Kelbo")
    ana, bo = analysts_folder(tmp_path, "ana"), analysts_folder(tmp_path, "bo", other)
    fieldmark(bo, "export", "-o", str(tmp_path / "bo.json"))
    fieldmark(ana, "import", str(tmp_path / "bo.json"))
    places = json.loads(fieldmark(ana, "entities", "--kind", "place", "--json"))
    assert sorted((p["name"], p["country"]) for p in places if p["name"] == "Kelbo") == [
        ("Kelbo", "Burkina Faso"), ("Kelbo", "Mali"),
    ]  # fmt: skip
    armies = [a for a in json.loads(fieldmark(ana, "entities", "--kind", "actor", "--json")) if a["name"] == "army"]
    assert len(armies) == 2  # each article's own


def test_a_spokesman_who_denies_a_taking_is_the_force_he_speaks_for(tmp_path: Path) -> None:
    """helper-368: the junta's spokesman, affiliated to the Military Forces of Myanmar, who denied that Lashio had
    fallen was the row's actor 2 by his own name."""
    text = (
        "Lashio\n\nThe MNDAA said on Saturday its fighters had captured Lashio in Myanmar's Shan State from the "
        "military. Junta spokesman Zaw Min Tun denied that Lashio had fallen.\n"
    )
    suggested_rows(tmp_path, text, "2024-08-05")
    db = tmp_path / "db"
    military = next(e["name"] for e in json.loads(fieldmark(db, "entities", "--json")) if "ilitary" in e["name"])
    fieldmark(db, "entities", "set", "Zaw Min Tun", "--type", "state_forces", "--affiliation", military)
    (row,) = csv.DictReader(io.StringIO(fieldmark(db, "export", "--format", "events")))
    assert (row["actor1"], row["actor2"]) == ("MNDAA", "Military Forces of Myanmar")


def test_when_a_thing_named_was_done_long_before_is_no_date_of_the_claim() -> None:
    """helper-368: "UNMISS said it was sending peacekeepers … and urged both sides to respect the ceasefire signed in
    2018" was dated 2018 on the board and in the event rows."""
    from annotations.claims.when import claim_date
    from annotations.model import Annotation

    from ..helpers import span

    text = (
        "Nasir\n\nMALAKAL, South Sudan (Reuters) - UNMISS said it was sending peacekeepers to Nasir and urged both "
        "sides to respect the ceasefire signed in 2018.\n"
    )
    article = Article.create("Nasir", text, published="2024-05-03")
    claim = Annotation.create(article, "claim", *span(article, "it was sending peacekeepers to Nasir"))
    when = claim_date(text, article.published, claim)
    assert when is not None and (when.day.isoformat(), when.source) == ("2024-05-03", "article")
    told = text.replace("the ceasefire signed in 2018", "the ceasefire, which was signed in 2018")
    signed = Article.create("Nasir", told, published="2024-05-03")
    claim = Annotation.create(signed, "claim", *span(signed, "which was signed in 2018"))
    when = claim_date(told, signed.published, claim)
    assert when is not None and when.day.year == 2018  # what was done then, told as such


def test_an_attack_told_with_what_its_doers_burned_and_where_they_were_pushed_back(tmp_path: Path) -> None:
    """helper-367's article: the toll said with the army's pushing the attackers "back towards the Nassere forest"
    was a second attack at the forest; the market burned by the gunmen a looting of its own; the army and the VDP
    fought each other, the attackers the VDP's associate; "the death toll could rise" and residents who "arrived in
    Kaya" were events of their own at Kaya."""
    text = (
        "Tangaye-Foulbe\n\nKAYA, Burkina Faso, March 3 (Reuters) - Suspected jihadist fighters killed 14 civilians in "
        "an attack on the village of Tangaye-Foulbe in Burkina Faso's Sanmatenga province on Sunday, the army said on "
        "Monday.\n\nGunmen on motorbikes surrounded Tangaye-Foulbe early on Sunday, set fire to the market and shot "
        'men who tried to flee, the army said.\n\n"Fourteen civilians lost their lives and several others were '
        'wounded," the statement said, adding that troops and the Volunteers for the Defence of the Homeland (VDP) '
        "had pushed the attackers back towards the Nassere forest.\n\nA local official in Kaya said the death toll "
        "could rise because several residents were still missing. Hundreds of residents of Tangaye-Foulbe arrived in "
        "Kaya on Monday, a humanitarian worker said.\n"
    )
    rows = suggested_rows(tmp_path, text, "2025-03-04")
    attack, clash = rows
    assert (attack["location"], attack["sub_event_type"], attack["fatalities"]) == ("Tangaye-Foulbe", "Attack", "14")
    assert (clash["actor1"], clash["assoc_actor_1"], clash["actor2"]) == (
        "Military Forces of Burkina Faso", "Volunteers for the Defence of the Homeland",
        "Unidentified Armed Group (Burkina Faso)",
    )  # fmt: skip


def test_who_mediated_a_ceasefire_is_no_party_of_it(tmp_path: Path) -> None:
    """R22: "agreed to a ceasefire … after mediation by elders from Souq al-Jumaa" was the elders' agreement."""
    text = (
        "Tripoli\n\nThe Radaa Special Deterrence Force and the 444th Combat Brigade agreed to a ceasefire in Tripoli "
        "on Tuesday after mediation by elders from Souq al-Jumaa, officials said.\n"
    )
    (row,) = suggested_rows(tmp_path, text, "2024-07-09")
    assert (row["sub_event_type"], *parties(row)) == (
        "Agreement", "Radaa Special Deterrence Force", "", "444th Combat Brigade", "0",
    )  # fmt: skip


def test_fighting_set_off_by_an_arrest_is_fighting(tmp_path: Path) -> None:
    """R15 in part: "The fighting … erupted in Tripoli on Monday after Radaa fighters detained a 444 Brigade
    commander" was an arrest (who fought whom there is not yet read from "between X and Y")."""
    text = (
        "Tripoli\n\nThe fighting between the Radaa Special Deterrence Force and the 444th Combat Brigade erupted in "
        "Tripoli on Monday after Radaa fighters detained a 444 Brigade commander, residents said.\n"
    )
    (row,) = suggested_rows(tmp_path, text, "2024-07-09")
    assert (row["event_type"], row["sub_event_type"]) == ("Battles", "Armed clash")


def test_an_imported_place_fills_in_what_the_databases_place_of_its_name_lacks_and_a_region_is_no_town(
    tmp_path: Path,
) -> None:
    """helper-369: a Kelbo with no point and no country took the export's Kelbo, and lost its point and country (the
    rows with it); the export's Gao region became the database's city of Gao."""
    from annotations.model import Annotation, Entity, PlaceDetails

    from ..helpers import span

    text = "Kelbo\n\nGunmen attacked Kelbo and Gao on Sunday.\n"
    article = Article.create("Kelbo", text, published="2024-05-13")
    for name, kelbo, gao in (
        ("ours", PlaceDetails("city"), PlaceDetails("city", country="Mali")),
        (
            "theirs",
            PlaceDetails("city", country="Burkina Faso", latitude=13.85, longitude=-1.1),
            PlaceDetails("province", country="Mali"),
        ),
    ):
        with Store.open(tmp_path / name) as store:
            store.add_article(article)
            for words, details in (("Kelbo", kelbo), ("Gao", gao)):
                place = Entity.place(words, details)
                tag = Annotation.create(article, "district", *span(article, words), entity_id=place.id, annotator=name)
                store.add_annotation(tag, new_entity=place)
    fieldmark(tmp_path / "theirs", "export", "-o", str(tmp_path / "theirs.json"))
    fieldmark(tmp_path / "ours", "import", str(tmp_path / "theirs.json"))
    places = json.loads(fieldmark(tmp_path / "ours", "entities", "--kind", "place", "--json"))
    assert sorted((p["name"], p["type"], p["country"], p["latitude"]) for p in places) == [
        ("Gao", "city", "Mali", None), ("Gao", "province", "Mali", None), ("Kelbo", "city", "Burkina Faso", 13.85),
    ]  # fmt: skip
