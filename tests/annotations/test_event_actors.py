"""The parties of event rows as ACLED's codebook names them: groups for the people who act for
them, an unnamed doer of violence, the crowd of a protest, no civilians in a battle."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from annotations.claims.acled_names import country_name
from annotations.claims.event_actors import Groups
from annotations.claims.figures import death_figures
from annotations.cli import run
from annotations.model import ActorDetails, Article, ClaimAttributes, DistrictAttributes, Entity, PlaceDetails
from annotations.store import Store

from .test_events_export import tag

KANAM = Entity.place(
    "Kanam", PlaceDetails("village", province="Plateau", country="Nigeria", codes={"iso3166_1": "NG"}, latitude=9.9,
                          longitude=9.5)
)  # fmt: skip
ELN = Entity.actor("National Liberation Army", ActorDetails("rebel_group", aliases=("ELN",)))
ISWAP = Entity.actor("ISWAP", ActorDetails("rebel_group"))
ARMY = Entity.actor("Nigerian Army", ActorDetails("state_forces"))
POLICE = Entity.actor("Nigeria Police Force", ActorDetails("state_forces"))
VILLAGERS = Entity.actor("villagers", ActorDetails("civilians"))
STUDENTS = Entity.actor("students", ActorDetails("civilians"))
JOURNALIST = Entity.actor("Ahmed Idris", ActorDetails("media"))
OFFICIAL = Entity.actor("Onyema Nwachukwu", ActorDetails("government_officials", affiliation="Nigerian Army"))
WIDOW = Entity.actor("Hauwa Modu", ActorDetails("civilians", affiliation="ISWAP"))
COMMANDER = Entity.actor("Luis Emilio Cardozo", ActorDetails("rebel_group", affiliation="eln"))
MINISTRY = Entity.actor("Ministry of Defence", ActorDetails("government_officials"))
COLONEL = Entity.actor("Musa Danjuma", ActorDetails("state_forces", affiliation="Ministry of Defence"))
BANDITS = Entity.actor("bandits", ActorDetails("political_militia"))
AMAQ = Entity.actor("Amaq", ActorDetails("media", affiliation="ISWAP"))
GOVERNOR = Entity.actor("Babagana Zulum", ActorDetails("government_officials"))
WATCHDOG = Entity.actor("Human Rights Watch", ActorDetails("external_other"))
MNJTF = Entity.actor("MNJTF", ActorDetails("external_other"))  # a bare acronym the lexicon does not know
CHARITY = Entity.actor("Save the Children", ActorDetails("external_other"))
VIGILANTES = Entity.actor("Vigilance Committee", ActorDetails("external_other"))
UNMISS = Entity.actor("UN Mission in South Sudan", ActorDetails("external_other"))
CJTF = Entity.actor("Civilian Joint Task Force", ActorDetails("political_militia"))
BOKO = Entity.actor("Boko Haram", ActorDetails("rebel_group"))
CHAD = Entity.actor("Chad", ActorDetails("external_other"))
LAKURAWA = Entity.actor("Lakurawa", ActorDetails("external_other"))
TASK_FORCE = Entity.actor("Multinational Joint Task Force", ActorDetails("external_other"))
PROTESTERS = Entity.actor("protesters", ActorDetails("protesters"))
EVERYONE = (ELN, ISWAP, ARMY, POLICE, VILLAGERS, STUDENTS, JOURNALIST, OFFICIAL, WIDOW, COMMANDER, MINISTRY, COLONEL,
            BANDITS, AMAQ, GOVERNOR, WATCHDOG, TASK_FORCE, MNJTF, CHAD, LAKURAWA, CHARITY, VIGILANTES, UNMISS, CJTF,
            BOKO, PROTESTERS)  # fmt: skip


def event_row(
    tmp_path: Path, text: str, claim: str, actors: dict[str, Entity], *, claimant: str = "", claim_type: str = "other",
    status: str = "unknown",
) -> dict[str, str]:  # fmt: skip
    """The one event row of an article with this text: Kanam, the actors tagged at their words,
    the claim `claim` said by the actor at `claimant`."""
    path = tmp_path / "db"
    with Store.open(path) as store:
        for entity in {e.id: e for e in (KANAM, *EVERYONE, *actors.values())}.values():
            store.put_entity(entity)
        article = Article.create("Kanam", text, published="2025-01-19")
        store.add_article(article)
        tag(store, article, "district", "Kanam", entity_id=KANAM.id, attributes=DistrictAttributes(status))  # type: ignore[arg-type]
        mentions = {words: tag(store, article, "actor", words, entity_id=entity.id) for words, entity in actors.items()}
        speaker = mentions.get(claimant)
        attributes = ClaimAttributes(
            cue="said", claim_type=claim_type,  # type: ignore[arg-type]
            claimant_annotation_id=speaker.id if speaker else None,
            claimant_entity_id=actors[claimant].id if speaker else None,
        )  # fmt: skip
        tag(store, article, "claim", claim, attributes=attributes)
    out = io.StringIO()
    assert run(["export", "--format", "events", "--db", str(path)], stdout=out) == 0
    (row,) = csv.DictReader(io.StringIO(out.getvalue()))
    return row


def parties_of(row: dict[str, str]) -> tuple[str, ...]:
    return row["event_type"], row["actor1"], row["assoc_actor_1"], row["actor2"], row["interaction"]


UNNAMED = "Unidentified Armed Group (Nigeria)"


@pytest.mark.parametrize(
    ("text", "claim", "actors", "claimant", "claim_type", "expected"),
    [
        # the killed are actor 2 (the row was refused: actor 1 was the villagers)
        ("Police said gunmen killed 12 villagers in Kanam.", "gunmen killed 12 villagers in Kanam",
         {"villagers": VILLAGERS}, "", "casualties",
         ("Violence against civilians", UNNAMED, "", "Civilians (Nigeria)", "37")),
        # the police told of the deaths: a source, not the killer (reviewer); people killed where
        # nobody fought are civilians, as ACLED codes them (a newcomer's raids were battles of one side)
        ("Police said 12 people were killed in Kanam.", "12 people were killed in Kanam", {"Police": POLICE},
         "Police", "casualties", ("Violence against civilians", UNNAMED, "", "Civilians (Nigeria)", "37")),
        # an army spokesman reporting a killing does not make the army the killer (reviewer)
        ("Onyema Nwachukwu said gunmen killed 12 villagers in Kanam.", "gunmen killed 12 villagers in Kanam",
         {"Onyema Nwachukwu": OFFICIAL, "villagers": VILLAGERS}, "Onyema Nwachukwu", "casualties",
         ("Violence against civilians", UNNAMED, "", "Civilians (Nigeria)", "37")),
        # a victim's affiliation does not make her group the attacker (reviewer)
        ("Gunmen killed Hauwa Modu in Kanam, residents said.", "Gunmen killed Hauwa Modu in Kanam",
         {"Hauwa Modu": WIDOW}, "", "casualties", ("Violence against civilians", UNNAMED, "", "Hauwa Modu", "37")),
        # a journalist killed is a victim whatever the word order (reviewer)
        ("Gunmen killed journalist Ahmed Idris in Kanam, police said.", "Gunmen killed journalist Ahmed Idris in Kanam",
         {"Ahmed Idris": JOURNALIST}, "", "casualties",
         ("Violence against civilians", UNNAMED, "", "Ahmed Idris", "37")),
        # violence against civilians nobody tagged: civilians of the country (reviewer)
        ("ISWAP abducted 30 pupils in Kanam, police said.", "ISWAP abducted 30 pupils in Kanam", {"ISWAP": ISWAP},
         "", "other", ("Violence against civilians", "ISWAP", "", "Civilians (Nigeria)", "27")),
        # a commander telling of "his fighters" is his group, which took the town (reviewer)
        ("Luis Emilio Cardozo said his fighters drove the Nigerian Army out of Kanam.",
         "his fighters drove the Nigerian Army out of Kanam", {"Luis Emilio Cardozo": COMMANDER, "Nigerian Army": ARMY},
         "Luis Emilio Cardozo", "territorial_control",
         ("Battles", "National Liberation Army", "", "Nigerian Army", "12")),
        # a spokesman of the army saying a town was retaken: the army took it
        ("Onyema Nwachukwu said Kanam was retaken.", "Kanam was retaken", {"Onyema Nwachukwu": OFFICIAL},
         "Onyema Nwachukwu", "territorial_control", ("Battles", "Nigerian Army", "", "", "10")),
        # residents who fled are no party to the battle (reviewer)
        ("Fighters seized Kanam and villagers fled, police said.", "Fighters seized Kanam and villagers fled",
         {"villagers": VILLAGERS}, "", "territorial_control", ("Battles", UNNAMED, "", "", "30")),
        # the crowd is actor 1, the police who dispersed it actor 2, students protest with it (reviewer)
        ("Police fired tear gas at students who protested in Kanam.",
         "Police fired tear gas at students who protested in Kanam", {"Police": POLICE, "students": STUDENTS}, "",
         "other", ("Protests", "Protesters (Nigeria)", "students", "Nigeria Police Force", "16")),
        ("Hundreds protested in Kanam, police said.", "Hundreds protested in Kanam", {}, "", "other",
         ("Protests", "Protesters (Nigeria)", "", "", "60")),
        # a second review: the side that took the place is actor 1 whoever else is named
        ("The Nigerian Army said troops recaptured Kanam from ISWAP.", "troops recaptured Kanam from ISWAP",
         {"Nigerian Army": ARMY, "ISWAP": ISWAP}, "Nigerian Army", "territorial_control",
         ("Battles", "Nigerian Army", "", "ISWAP", "12")),
        ("ISWAP said the Nigerian Army fled Kanam.", "the Nigerian Army fled Kanam",
         {"ISWAP": ISWAP, "Nigerian Army": ARMY}, "ISWAP", "territorial_control",
         ("Battles", "ISWAP", "", "Nigerian Army", "12")),
        # an armed man whose affiliation is no armed group stays an armed party
        ("Musa Danjuma said his troops retook Kanam.", "his troops retook Kanam", {"Musa Danjuma": COLONEL},
         "Musa Danjuma", "territorial_control", ("Battles", "Musa Danjuma", "", "", "10")),
        # the killed are actor 2, not another armed group the claim names
        ("Police said Nigerian Army soldiers killed 12 villagers accused of supporting ISWAP in Kanam.",
         "Nigerian Army soldiers killed 12 villagers accused of supporting ISWAP in Kanam",
         {"Nigerian Army": ARMY, "villagers": VILLAGERS, "ISWAP": ISWAP}, "", "casualties",
         ("Violence against civilians", "Nigerian Army", "", "Civilians (Nigeria)", "17")),
        # "his men" of a victim is no act of the speaker's
        ("Police said bandits abducted the village head and his men in Kanam.",
         "bandits abducted the village head and his men in Kanam", {"Police": POLICE, "bandits": BANDITS},
         "Police", "other", ("Violence against civilians", "Unidentified Armed Group (Nigeria)", "", "Civilians (Nigeria)", "37")),
        # an outlet speaking for an armed group of "its fighters"
        ("Amaq said its fighters captured Kanam.", "its fighters captured Kanam", {"Amaq": AMAQ}, "Amaq",
         "territorial_control", ("Battles", "ISWAP", "", "", "20")),
        # armed men told only as killed are actor 2, not the doers (this stop)
        ("Twelve soldiers were killed in Kanam, residents said.", "Twelve soldiers were killed in Kanam",
         {"soldiers": ARMY}, "", "casualties", ("Battles", UNNAMED, "", "Nigerian Army", "13")),
        ("Twelve soldiers were killed when ISWAP attacked Kanam.",
         "Twelve soldiers were killed when ISWAP attacked Kanam", {"soldiers": ARMY, "ISWAP": ISWAP}, "",
         "casualties", ("Battles", "ISWAP", "", "Nigerian Army", "12")),
        ("Gunmen killed four policemen in Kanam.", "Gunmen killed four policemen in Kanam", {"policemen": POLICE}, "",
         "casualties", ("Battles", UNNAMED, "", "Nigeria Police Force", "13")),
        ("Four policemen died in an ambush in Kanam.", "Four policemen died in an ambush in Kanam",
         {"policemen": POLICE}, "", "casualties", ("Battles", UNNAMED, "", "Nigeria Police Force", "13")),
        # one who kills and is killed in the same claim did it
        ("Soldiers killed 20 ISWAP fighters in Kanam and two soldiers were wounded.",
         "Soldiers killed 20 ISWAP fighters in Kanam and two soldiers were wounded",
         {"Soldiers": ARMY, "ISWAP": ISWAP, "soldiers": ARMY}, "", "casualties",
         ("Battles", "Nigerian Army", "", "ISWAP", "12")),
        # an outside actor typed "other" is a party only when named as a force (this stop)
        ("Human Rights Watch said Kanam was retaken.", "Kanam was retaken", {"Human Rights Watch": WATCHDOG},
         "Human Rights Watch", "territorial_control", ("Battles", "Military Forces of Nigeria", "", "", "10")),
        ("Gunmen attacked a Human Rights Watch team in Kanam.", "Gunmen attacked a Human Rights Watch team in Kanam",
         {"Human Rights Watch": WATCHDOG}, "", "casualties",
         ("Violence against civilians", UNNAMED, "", "Human Rights Watch", "37")),  # aid, rights: with civilians
        ("Multinational Joint Task Force troops killed 20 ISWAP fighters in Kanam.",
         "Multinational Joint Task Force troops killed 20 ISWAP fighters in Kanam",
         {"Multinational Joint Task Force": TASK_FORCE, "ISWAP": ISWAP}, "", "casualties",
         ("Battles", "Multinational Joint Task Force", "", "ISWAP", "28")),
        # a review of the change above: both sides hurt fought each other; a town retaken is the state's
        # whoever died; a clause before the doer; "other" actors the lexicon does not know may be forces
        ("Two soldiers were wounded and 11 ISWAP fighters were killed in a clash in Kanam.",
         "Two soldiers were wounded and 11 ISWAP fighters were killed in a clash in Kanam",
         {"soldiers": ARMY, "ISWAP": ISWAP}, "", "casualties", ("Battles", "Nigerian Army", "", "ISWAP", "12")),
        ("Babagana Zulum said Kanam was retaken after 12 soldiers were killed in fighting with ISWAP.",
         "Kanam was retaken after 12 soldiers were killed in fighting with ISWAP",
         {"Babagana Zulum": GOVERNOR, "soldiers": ARMY, "ISWAP": ISWAP}, "Babagana Zulum", "territorial_control",
         ("Battles", "Nigerian Army", "", "ISWAP", "12")),
        ("After killing 12 villagers in Kanam, ISWAP fighters fled.",
         "After killing 12 villagers in Kanam, ISWAP fighters fled", {"villagers": VILLAGERS, "ISWAP": ISWAP}, "",
         "casualties", ("Violence against civilians", "ISWAP", "", "Civilians (Nigeria)", "27")),
        ("MNJTF troops killed 20 ISWAP fighters in Kanam.", "MNJTF troops killed 20 ISWAP fighters in Kanam",
         {"MNJTF": MNJTF, "ISWAP": ISWAP}, "", "casualties", ("Battles", "MNJTF", "", "ISWAP", "28")),
        ("Lakurawa fighters killed 15 villagers in Kanam.", "Lakurawa fighters killed 15 villagers in Kanam",
         {"Lakurawa": LAKURAWA, "villagers": VILLAGERS}, "", "casualties",
         ("Violence against civilians", "Lakurawa", "", "Civilians (Nigeria)", "78")),
        ("Chad said its troops killed 30 ISWAP fighters in Kanam.", "its troops killed 30 ISWAP fighters in Kanam",
         {"Chad": CHAD, "ISWAP": ISWAP}, "Chad", "casualties", ("Battles", "Chad", "", "ISWAP", "28")),
        # an armed claimant telling of its enemy's dead killed them; of its own side's, it is the source
        ("The Nigerian Army said 20 ISWAP fighters were killed in Kanam.", "20 ISWAP fighters were killed in Kanam",
         {"Nigerian Army": ARMY, "ISWAP": ISWAP}, "Nigerian Army", "casualties",
         ("Battles", "Nigerian Army", "", "ISWAP", "12")),
        ("Police said 12 soldiers were killed in Kanam.", "12 soldiers were killed in Kanam",
         {"Police": POLICE, "soldiers": ARMY}, "Police", "casualties", ("Battles", UNNAMED, "", "Nigerian Army", "13")),
        # the state's forces telling of bandits' dead killed them (of vigilantes', maybe an ally's loss)
        ("Police said 12 bandits were killed in Kanam.", "12 bandits were killed in Kanam",
         {"Police": POLICE, "bandits": BANDITS}, "Police", "casualties",
         ("Battles", "Nigeria Police Force", "", "Unidentified Armed Group (Nigeria)", "13")),
        ("Police said five vigilantes were killed in Kanam.", "five vigilantes were killed in Kanam",
         {"Police": POLICE, "vigilantes": VIGILANTES}, "Police", "casualties",
         ("Battles", UNNAMED, "", "Vigilance Committee", "38")),
        # a second review: a body bearing no arms named but not hurt is no victim; a force named as a
        # committee or a mission bears arms; a doer after "following"; rivals of one kind both hurt fought
        # each other; an ally's loss is not the claimant's act; the first doer against those it hurt
        ("ISWAP fighters killed 12 soldiers near a Save the Children clinic in Kanam.",
         "ISWAP fighters killed 12 soldiers near a Save the Children clinic in Kanam",
         {"ISWAP": ISWAP, "soldiers": ARMY, "Save the Children": CHARITY}, "", "casualties",
         ("Battles", "ISWAP", "", "Nigerian Army", "12")),
        ("Vigilance Committee members killed four bandits in Kanam.",
         "Vigilance Committee members killed four bandits in Kanam",
         {"Vigilance Committee": VIGILANTES, "bandits": BANDITS}, "", "casualties",
         ("Battles", "Vigilance Committee", "", "Unidentified Armed Group (Nigeria)", "38")),
        ("Gunmen attacked the UN Mission in South Sudan in Kanam, killing two peacekeepers.",
         "Gunmen attacked the UN Mission in South Sudan in Kanam, killing two peacekeepers",
         {"UN Mission in South Sudan": UNMISS}, "", "casualties",
         ("Battles", UNNAMED, "", "UN Mission in South Sudan", "38")),
        ("Twelve villagers were killed following an ISWAP raid on Kanam.",
         "Twelve villagers were killed following an ISWAP raid on Kanam", {"villagers": VILLAGERS, "ISWAP": ISWAP},
         "", "casualties", ("Violence against civilians", "ISWAP", "", "Civilians (Nigeria)", "27")),
        ("Three ISWAP fighters were killed and five Boko Haram fighters were wounded in Kanam.",
         "Three ISWAP fighters were killed and five Boko Haram fighters were wounded in Kanam",
         {"ISWAP": ISWAP, "Boko Haram": BOKO}, "", "casualties", ("Battles", "ISWAP", "", "Boko Haram", "22")),
        ("The Nigerian Army said seven CJTF members were killed in Kanam.",
         "seven CJTF members were killed in Kanam", {"Nigerian Army": ARMY, "CJTF": CJTF}, "Nigerian Army",
         "casualties", ("Battles", UNNAMED, "", "Civilian Joint Task Force", "33")),
        ("Bandits killed four policemen in Kanam before vigilantes killed six of the bandits.",
         "Bandits killed four policemen in Kanam before vigilantes killed six of the bandits",
         {"Bandits": BANDITS, "policemen": POLICE, "vigilantes": VIGILANTES}, "", "casualties",
         ("Battles", "Unidentified Armed Group (Nigeria)", "", "Nigeria Police Force", "13")),
        # a newcomer's: rocket-propelled grenades fired in a ground assault make no shelling
        ("ISWAP fighters stormed Kanam firing rocket-propelled grenades, killing nine soldiers.",
         "ISWAP fighters stormed Kanam firing rocket-propelled grenades, killing nine soldiers",
         {"ISWAP": ISWAP, "soldiers": ARMY}, "", "casualties", ("Battles", "ISWAP", "", "Nigerian Army", "12")),
        # a second review's wordings of losses, and a list of the killed
        ("Three soldiers were among the dead in Kanam.", "Three soldiers were among the dead in Kanam",
         {"soldiers": ARMY}, "", "casualties", ("Battles", UNNAMED, "", "Nigerian Army", "13")),
        ("The Nigerian Army lost 12 men in Kanam.", "The Nigerian Army lost 12 men in Kanam",
         {"Nigerian Army": ARMY}, "", "casualties", ("Battles", UNNAMED, "", "Nigerian Army", "13")),
        ("ISWAP suffered heavy casualties in Kanam, residents said.", "ISWAP suffered heavy casualties in Kanam",
         {"ISWAP": ISWAP}, "", "casualties", ("Battles", UNNAMED, "", "ISWAP", "23")),
        ("ISWAP attacked Kanam and the Nigerian Army suffered no casualties.",
         "ISWAP attacked Kanam and the Nigerian Army suffered no casualties",
         {"ISWAP": ISWAP, "Nigerian Army": ARMY}, "", "casualties", ("Battles", "ISWAP", "", "Nigerian Army", "12")),
        ("Gunmen killed two soldiers and three policemen in Kanam.",
         "Gunmen killed two soldiers and three policemen in Kanam", {"soldiers": ARMY, "policemen": POLICE}, "",
         "casualties", ("Battles", UNNAMED, "", "Nigerian Army", "13")),
        # a newcomer's: soldiers killed in a list with civilians, when attackers stormed a post: a battle
        ("Eight soldiers and three civilians, including a tea vendor, were killed when attackers stormed Kanam.",
         "Eight soldiers and three civilians, including a tea vendor, were killed when attackers stormed Kanam",
         {"soldiers": ARMY, "civilians": VILLAGERS, "attackers": ISWAP}, "", "casualties",
         ("Battles", "ISWAP", "", "Nigerian Army", "12")),
        # a second newcomer's: the state regaining a place is actor 1 whoever else is named first
        ("Police said officers regained control of Kanam from ISWAP fighters.",
         "officers regained control of Kanam from ISWAP fighters", {"Police": POLICE, "ISWAP": ISWAP}, "Police",
         "territorial_control", ("Battles", "Nigeria Police Force", "", "ISWAP", "12")),
        # the state retook it, though no armed party is named
        ("Babagana Zulum said Kanam was retaken.", "Kanam was retaken", {"Babagana Zulum": GOVERNOR},
         "Babagana Zulum", "territorial_control", ("Battles", "Military Forces of Nigeria", "", "", "10")),
    ],
)  # fmt: skip
def test_the_parties_of_an_event_are_coded_as_acled_does(
    tmp_path: Path, text: str, claim: str, actors: dict[str, Entity], claimant: str, claim_type: str,
    expected: tuple[str, ...],
) -> None:  # fmt: skip
    status = "unknown"
    if any(word in claim for word in ("retaken", "retook", "recaptured")):
        status = "retaken"
    elif any(word in claim for word in ("seized", "drove", "captured", "fled")):
        status = "captured"
    row = event_row(tmp_path, text, claim, actors, claimant=claimant, claim_type=claim_type, status=status)
    assert parties_of(row) == expected


def test_an_affiliation_names_a_group_only_when_it_is_one_known_group_of_the_persons_kind() -> None:
    mozambique = Entity.actor("Ahlu Sunnah Wal Jamaa", ActorDetails("rebel_group", aliases=("al-Shabaab",)))
    somalia = Entity.actor("Harakat al-Shabaab al-Mujahideen", ActorDetails("rebel_group", aliases=("Al Shabaab",)))
    borno = Entity.actor("Government of Borno State", ActorDetails("government_officials", aliases=("Borno",)))
    groups = Groups([mozambique, somalia, borno, ELN])
    fighter = Entity.actor("Bonomade Machude Omar", ActorDetails("rebel_group", affiliation="al-Shabaab"))
    hunter = Entity.actor("Ali Gana", ActorDetails("identity_militia", affiliation="Borno"))
    assert groups.acting_for(fighter) is fighter  # two groups go by that name: neither is chosen
    assert groups.acting_for(hunter) is hunter  # a militia's hunter is not the state government
    assert groups.acting_for(COMMANDER) is ELN
    islamic_state = Entity.actor("Islamic State", ActorDetails("rebel_group"))
    iswap = Entity.actor("ISWAP", ActorDetails("rebel_group", affiliation="Islamic State"))
    assert Groups([islamic_state, iswap]).acting_for(iswap) is iswap  # a group is coded as itself


def test_the_unnamed_actors_country_is_named_as_acled_names_it() -> None:
    assert (country_name("CD"), country_name("IR"), country_name("NG")) == (
        "Democratic Republic of Congo",
        "Iran",
        "Nigeria",
    )
    assert country_name("") == ""


def test_a_development_nobody_is_named_in_gives_no_row_and_is_named(tmp_path: Path) -> None:
    """No unnamed actor is made up where the codebook has none: the row is refused, and said."""
    path = tmp_path / "db"
    with Store.open(path) as store:
        store.put_entity(KANAM)
        text = "Officials said the market in Kanam reopened on Sunday."
        article = Article.create("Kanam", text, published="2025-01-19")
        store.add_article(article)
        tag(store, article, "district", "Kanam", entity_id=KANAM.id)
        tag(store, article, "claim", "the market in Kanam reopened", attributes=ClaimAttributes(cue="said"))
    out, err = io.StringIO(), io.StringIO()
    assert run(["export", "--format", "events", "--db", str(path)], stdout=out, stderr=err) == 0
    assert out.getvalue().count("\n") == 1  # the header alone
    assert "no actor named in it" in err.getvalue() and "inter codes" not in err.getvalue()


def test_a_place_typed_by_hand_is_numbered_by_its_countrys_code(tmp_path: Path) -> None:
    """Found by a newcomer: places typed in by hand ("Mir Ali", country Pakistan) had no codes, and
    15 of 25 rows were numbered "XXX" with no ISO number or region; an outlet the claim names was
    taken for the victim of the soldiers' deaths."""
    reuters = Entity.actor("Reuters", ActorDetails("media"))
    mir_ali = Entity.place("Mir Ali", PlaceDetails("city", province="Khyber Pakhtunkhwa", country="Pakistan"))
    path = tmp_path / "db"
    with Store.open(path) as store:
        for entity in (mir_ali, reuters):
            store.put_entity(entity)
        text = "Officers told Reuters that 19 soldiers were killed in Mir Ali."
        article = Article.create("Mir Ali", text, published="2025-03-17")
        store.add_article(article)
        tag(store, article, "district", "Mir Ali", entity_id=mir_ali.id)
        tag(store, article, "actor", "Reuters", entity_id=reuters.id)
        tag(store, article, "claim", text[:-1], attributes=ClaimAttributes(cue="told", claim_type="casualties"))
    out = io.StringIO()
    assert run(["export", "--format", "events", "--db", str(path)], stdout=out) == 0
    (row,) = csv.DictReader(io.StringIO(out.getvalue()))
    assert (row["event_id_cnty"], row["iso"], row["region"]) == ("PAK1", "586", "Asia")
    assert (row["event_type"], row["actor1"], row["actor2"], row["fatalities"]) == (
        "Battles", "Unidentified Armed Group (Pakistan)", "", "19"
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "sub_event"),
    [
        # the reviews': airstrikes told as what drones did were battles
        ("Army drones killed 12 ISWAP fighters in Kanam.", "Air/drone strike"),
        ("A drone strike killed 12 ISWAP fighters in Kanam.", "Air/drone strike"),
        ("Turkish drones struck ISWAP positions in Kanam, killing 12 fighters.", "Air/drone strike"),
        # shooting drones down is no strike
        ("Troops shot down two drones and killed 12 ISWAP fighters in Kanam.", "Armed clash"),
        ("Troops who shot down an ISWAP drone killed five fighters in Kanam.", "Armed clash"),
        ("Soldiers manning anti-drone guns fired on ISWAP fighters in Kanam, killing four.", "Armed clash"),
    ],
)
def test_what_drones_did_is_an_air_strike(tmp_path: Path, text: str, sub_event: str) -> None:
    claim = text.rstrip(".")
    row = event_row(tmp_path, text, claim, {"ISWAP": ISWAP}, claim_type="casualties")
    assert row["sub_event_type"] == sub_event


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        # a newcomer's: an aside between the dead and the verb, and a list of the dead, gave no toll
        ("Eight soldiers and three civilians, including a tea vendor, were killed in Kanam.", [11]),
        ("47 civilians, including 12 children, were killed when ISWAP shelled Kanam.", [47]),
        ("12 soldiers, three policemen and two civilians were killed in Kanam.", [17]),
        ("Seven soldiers had been “martyred” in Kanam.", [7]),
        # no list: wounded are no dead, a part is no more dead
        ("Two soldiers were wounded and 11 ISWAP fighters were killed in Kanam.", [11]),
        ("ISWAP killed 12 people in Kanam, including five children.", [12]),
        # a reviewer's: no houses, cattle, hours or wounded in a list of the dead
        ("After three days of fighting, 12 soldiers were killed in Kanam.", [12]),
        ("Bandits stole 200 cattle and 15 villagers were killed in Kanam.", [15]),
        ("In the past 24 hours, 18 people died in Kanam.", [18]),
        ("The blast left 12 hurt and three dead in Kanam.", [3]),
        # a second review's: lists of the dead of any kind, and a year before them
        ("Two pilots and three crew members were killed when the helicopter crashed near Kanam.", [5]),
        ("Four Wagner mercenaries and 10 Malian soldiers were killed near Kanam.", [14]),
        ("In 2023, 40 soldiers and 12 civilians were killed in Kanam.", [52]),
        # a second newcomer's: a toll that has risen, deaths documented
        ("The death toll in Kanam has risen to at least 87, the UN said.", [87]),
        ("The UN documented at least 87 deaths in Kanam, including 12 children.", [87]),
        # a range or a part of the dead: the fewer
        ("Between 20 and 30 people were killed in Kanam.", [20]),
        ("Four of the 12 soldiers were killed in Kanam.", [4]),
        # a third review's: the dead described by what befell them before, and a number of dead put at
        ("Twelve displaced people and three aid workers were killed in Kanam.", [15]),
        ("After two days of clashes, five soldiers and 20 militants were killed in Kanam.", [25]),
        ("Police put the number of dead at 18 in the attack on Kanam.", [18]),
    ],
)
def test_the_dead_of_a_list_or_around_an_aside_are_counted(text: str, deaths: list[int]) -> None:
    assert death_figures(text) == deaths


def test_territory_a_rebel_group_says_it_liberated_it_overtook(tmp_path: Path) -> None:
    """A newcomer's: "the RSF said it liberated Um Sumeima" was "Government regains territory"."""
    for n, (text, claim, actor, entity, sub_event) in enumerate(
        [
            (
                "ISWAP said its fighters liberated Kanam.",
                "its fighters liberated Kanam",
                "ISWAP",
                ISWAP,
                "Non-state actor overtakes territory",
            ),
            (
                "The Nigerian Army said troops liberated Kanam.",
                "troops liberated Kanam",
                "Nigerian Army",
                ARMY,
                "Government regains territory",
            ),
        ]
    ):
        folder = tmp_path / str(n)
        folder.mkdir()
        row = event_row(
            folder, text, claim, {actor: entity}, claimant=actor, claim_type="territorial_control", status="retaken"
        )
        assert (row["sub_event_type"], row["actor1"]) == (sub_event, entity.name)


def test_soldiers_and_a_militia_killed_together_are_one_side_against_their_attackers(tmp_path: Path) -> None:
    """Found by a newcomer: "More than 40 soldiers and volunteers were killed, and the attackers
    took weapons" gave 0 dead and the army as the doer: "and volunteers" hid the toll and the
    volunteers' death. The attackers fought the army, its militia associated with it."""
    from annotations.claims.figures import death_figures

    text = "More than 40 soldiers and volunteers were killed in Kanam, and the attackers took weapons."
    actors = {"soldiers": ARMY, "volunteers": CJTF, "the attackers": ISWAP}
    row = event_row(tmp_path, text, text[:-1], actors, claim_type="casualties")
    assert parties_of(row) == ("Battles", "ISWAP", "", "Nigerian Army", "12")
    assert (row["assoc_actor_2"], row["fatalities"]) == ("Civilian Joint Task Force", "40")
    assert death_figures("12 wounded and two killed") == [2]  # the wounded are not counted with the dead
