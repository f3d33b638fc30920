"""A place only the text names, named once with the word for its kind and then without it, is
that place at every mention; plains and highlands are places named whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotations.model import ActorDetails, Annotation, Article, Entity
from annotations.store import Store
from annotations.suggest import Knowledge, suggest
from annotations.suggest.builtin_places import builtin_gazetteer
from annotations.suggest.review import knowledge_for

from .suggestion_views import claimants


@pytest.fixture(scope="module")
def knowledge() -> Knowledge:
    return Knowledge([builtin_gazetteer()])


def places(text: str, knowledge: Knowledge) -> list[tuple[str, str]]:
    return [(s.quote, s.entity.name) for s in suggest(text, knowledge) if s.kind == "district" and s.entity]


def test_a_place_named_with_its_kind_is_that_place_when_named_again(knowledge: Knowledge) -> None:
    text = (
        "Clashes in the Zumbalo district killed two people, police said. Zumbalo residents fled to the hills. "
        "On Friday the army sent more troops to the Zumbalo."
    )
    assert places(text, knowledge) == [("Zumbalo", "Zumbalo")] * 3


def test_a_town_of_a_word_of_the_name_gives_way(knowledge: Knowledge) -> None:
    """ "Bajo" is a town GeoNames knows: in "residents of the Bajo Aguán" it is a word of the
    region the article named before."""
    text = (
        "Two farmers were killed in the Bajo Aguán region on Monday, a rights group said. "
        "Residents of the Bajo Aguán say the killings go unpunished."
    )
    assert places(text, knowledge) == [("Bajo Aguán", "Bajo Aguán")] * 2


@pytest.mark.parametrize(
    "again",
    [
        "Mr Zumbalo said nothing.",  # a person of that name
        "Zumbalo told reporters he was afraid.",  # one who speaks
        "The Zumbalo Farmers' Union called a strike.",  # a word of another name
    ],
)
def test_not_a_person_a_speaker_or_a_word_of_another_name(again: str, knowledge: Knowledge) -> None:
    text = f"Clashes in the Zumbalo district killed two people, police said. {again}"
    assert places(text, knowledge) == [("Zumbalo", "Zumbalo")]


def test_an_acronym_or_a_people_named_as_a_place_is_not_made_one_everywhere(knowledge: Knowledge) -> None:
    text = (
        "The men are held at a KDB camp near the border. A KDB official said they would be sent home. "
        "Most families in the Ngok Dinka village had fled. Ngok Dinka elders asked for help."
    )
    named = [quote for quote, _ in places(text, knowledge)]
    assert "KDB" not in named[1:] and named.count("Ngok Dinka") <= 1


def test_a_province_inside_the_name_stays_the_province(knowledge: Knowledge) -> None:
    """ "El Gezira state" read as a place of the text must not take "Gezira", the province a
    gazetteer knows, where the text names it again (since stop 65 the gazetteer knows "El Gezira"
    as the province's name too: the whole name is the province)."""
    text = (
        "Raids hit villages east of Wad Madani, the capital of El Gezira state. The army vowed to retake El "
        "Gezira. He said the army would liberate every inch of El Gezira."
    )
    assert places(text, knowledge)[-2:] == [("El Gezira", "Gezira")] * 2


def test_plains_and_highlands_are_places_named_whole(knowledge: Knowledge) -> None:
    text = "Fighting spread across the Guadalcanal Plains on Monday, police said. The Ethiopian Highlands were calm."
    assert [quote for quote, _ in places(text, knowledge)] == ["Guadalcanal Plains", "Ethiopian Highlands"]


def actors(text: str, knowledge: Knowledge) -> dict[str, str]:
    return {s.quote: s.entity.name for s in suggest(text, knowledge) if s.kind == "actor" and s.entity is not None}


@pytest.mark.parametrize(
    ("text", "mention", "entity"),
    [
        ("National Guard troops fired tear gas at the crowd on Monday.", "National Guard troops", "National Guard"),
        ("Frontier Corps soldiers cleared the road on Sunday.", "Frontier Corps soldiers", "Frontier Corps"),
    ],
)
def test_a_named_force_and_its_members_are_one_mention(
    text: str, mention: str, entity: str, knowledge: Knowledge
) -> None:
    assert actors(text, knowledge) == {mention: entity}


@pytest.mark.parametrize(
    "text",
    [
        "The Defence and Security Forces said the area was calm.",
        "Villagers were asked to work with the Defence and Security Forces, the governor said.",
    ],
)
def test_the_defence_and_security_forces_named_whole(text: str, knowledge: Knowledge) -> None:
    """The Sahel's "Forces de défense et de sécurité" in English, without their acronym: was
    "Security Forces", or nothing."""
    assert "Defence and Security Forces" in actors(text, knowledge)


def test_a_nations_security_forces_capitalised(knowledge: Knowledge) -> None:
    assert "Iraqi Security Forces" in actors("Iraqi Security Forces advanced on the town, officials said.", knowledge)


def test_a_persons_forces_with_an_article_in_the_name(knowledge: Knowledge) -> None:
    """ "Bashar al-Assad's forces" was "Assad's forces", the name cut at its article."""
    text = "Daraa returned to the control of Bashar al-Assad's forces in 2018, residents said."
    assert "Bashar al-Assad's forces" in actors(text, knowledge)


def test_the_gendarmerie_speaks() -> None:
    """The gendarmerie is a state's force like its army: "the gendarmerie said" had no claimant."""
    text = (
        "At least nine villagers were killed on Monday, the national gendarmerie said. The gendarmerie denied "
        "that its units had burned homes."
    )
    assert [claimant for _, claimant in claimants(text)] == ["national gendarmerie", "gendarmerie"]


def test_a_body_in_charge_of_another_named_whole(knowledge: Knowledge) -> None:
    text = "The Secretariat of State in charge of the Gendarmerie (SEG) said a helicopter would be sent."
    name = "Secretariat of State in charge of the Gendarmerie"
    assert actors(text, knowledge) == {name: name, "SEG": name}


def test_an_indian_papers_dateline_opens_no_claim() -> None:
    text = "Two soldiers killed in ambush\n\nKohima, Dec 3: Two soldiers were killed in an ambush on Tuesday, officials said."
    assert claimants(text) == [("Two soldiers were killed in an ambush on Tuesday", "officials")]


@pytest.mark.parametrize(
    "text",
    [
        "The injured were flown to Jorhat, where two of them are stated to be critical, the statement added.",
        "The wounded were taken to a clinic, where one is said to be in a coma, the statement added.",
    ],
)
def test_a_passive_of_saying_is_a_hedge_of_the_content(text: str) -> None:
    """ "are stated to be critical" made a claim "to be critical"; the claim is the statement's."""
    assert len(claimants(text)) == 1 and claimants(text)[0][0].startswith("The ")


def test_a_reduced_passive_of_saying_makes_no_claim() -> None:
    text = "The gunmen, said to number more than 150, stormed three villages on Sunday night."
    assert claimants(text) == []


def test_claimed_to_have_after_a_comma_is_still_a_claim() -> None:
    text = 'JNIM, in a statement released on Sunday, claimed to have killed "dozens of militiamen".'
    assert claimants(text) == [('to have killed "dozens of militiamen"', "JNIM")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The KYA is a breakaway faction of the National Socialist Council of Nagaland (Khaplang), officials say.",
            "National Socialist Council of Nagaland (Khaplang)",
        ),
        (
            "The attack was claimed by the United Liberation Front of Asom (Independent).",
            "United Liberation Front of Asom (Independent)",
        ),
    ],
)
def test_a_factions_word_in_brackets_is_part_of_the_name(text: str, name: str, knowledge: Knowledge) -> None:
    assert actors(text, knowledge).get(name) == name


def test_a_short_form_written_as_a_word_still_names_its_body(knowledge: Knowledge) -> None:
    text = "The ruling Mozambique Liberation Front (Frelimo) won the vote. Frelimo said the count was fair."
    assert actors(text, knowledge) == {
        "Mozambique Liberation Front": "Mozambique Liberation Front",
        "Frelimo": ("Mozambique Liberation Front"),
    }


@pytest.mark.parametrize("text", ["The KNF denied any role in the attack.", "KNF said its fighters were not there."])
def test_a_groups_letters_speak(text: str) -> None:
    assert [claimant for _, claimant in claimants(text)] == ["KNF"]


def test_a_titles_letters_are_no_group(knowledge: Knowledge) -> None:
    assert actors("The CS said the government had sent more officers to the valley.", knowledge) == {}


def test_a_place_described_as_a_hamlet(knowledge: Knowledge) -> None:
    text = "The raiders surrounded Zumbalo, a hamlet of about 60 households, police said. Residents fled Zumbalo."
    assert places(text, knowledge) == [("Zumbalo", "Zumbalo")] * 2


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Dozens of armed cattle rustlers attacked the camp at dawn.", "armed cattle rustlers"),
        ("Four suspected dahalo were killed in the clash, the commander said.", "suspected dahalo"),
    ],
)
def test_cattle_raiders_are_a_criminal_group(text: str, mention: str, knowledge: Knowledge) -> None:
    assert mention in actors(text, knowledge)


def test_the_gang_is_not_named_the(knowledge: Knowledge) -> None:
    """ "The gang bought weapons" made an actor named "The"."""
    assert "The" not in actors("The gang bought its weapons from deserters, the officer said.", knowledge)


def test_a_count_of_a_bodys_people_is_no_word_of_its_name(knowledge: Knowledge) -> None:
    named = actors("Two Assam Rifles personnel were killed. The Three Brotherhood Alliance denied a role.", knowledge)
    assert named["Assam Rifles personnel"] == "Assam Rifles"
    assert "Three Brotherhood Alliance" in named


def test_an_unnamed_spokesman_speaks_and_is_he_after() -> None:
    text = (
        "A spokesman at the army headquarters in Shillong said more troops had arrived. "
        '"The troops have orders to exercise restraint," he said.'
    )
    assert [claimant for _, claimant in claimants(text)] == ["spokesman", "spokesman"]


def test_sources_opening_a_sentence_speak() -> None:
    text = "The army moved in on Monday. Sources said the town was calm by evening."
    assert claimants(text) == [("the town was calm by evening", "Sources")]


def test_a_titles_short_form_is_the_person_named_after_it(knowledge: Knowledge) -> None:
    """ "Director General of Police (DGP) Mr Sentiyanger Imchen": no body "Director General of
    Police" (the "Mr" kept it one), and a later "the DGP said" is him."""
    text = (
        "Nagaland Director General of Police (DGP) Mr Sentiyanger Imchen told reporters that a case had been "
        "registered. The DGP said more police had been sent to Mon."
    )
    named = actors(text, knowledge)
    assert "Director General of Police" not in named and named["DGP"] == "Sentiyanger Imchen"


def test_according_to_an_offices_statement_and_its_officer() -> None:
    """ "According to a statement issued by the PRO (Defence), Kohima, Lt Col X, a team …": the
    claim began at "Kohima, Lt Col …" with no claimant; what is said begins after the officer,
    who said it, as the statement does later ("…, the statement said")."""
    text = (
        "According to a statement issued by the PRO (Defence), Kohima, Lt Col Aditya Bhardwaj, a team of the "
        "40 Assam Rifles was returning from the Chenmoho area when militants opened fire. The troops "
        "retaliated and the attackers fled towards the border, the statement said."
    )
    assert claimants(text) == [
        (
            "a team of the 40 Assam Rifles was returning from the Chenmoho area when militants opened fire",
            "Aditya Bhardwaj",
        ),
        ("The troops retaliated and the attackers fled towards the border", "Aditya Bhardwaj"),
    ]


def test_a_groups_people_by_its_letters_then_its_letters_alone(knowledge: Knowledge) -> None:
    """ "About 15 ZANU-PF youths …", "three CCC activists", later "accused ZANU-PF of …": the party
    was never named, in any form."""
    text = (
        "About 15 ZANU-PF youths disrupted a door-to-door campaign, ZPP monitors said. The opposition's "
        "spokesperson, Ms Patience Mandaza, accused ZANU-PF of running a campaign of terror."
    )
    named = actors(text, knowledge)
    assert named["ZANU-PF youths"] == "ZANU-PF youths" and named["ZANU-PF"] == "ZANU-PF"
    assert "ZPP monitors" in named


def test_a_known_groups_members_are_tagged_by_its_letters(knowledge: Knowledge) -> None:
    """ "PKK members": the PKK the lexicon knows, as the gold files tag it (not a group of its own)."""
    assert "PKK" in actors("Turkish jets struck PKK members near the border, the ministry said.", knowledge)


def test_an_honorific_names_a_person_who_speaks_later_by_surname() -> None:
    text = (
        "Unidentified men set fire to the house of CCC councillor Mr Nelson Chikomo at Kamutsenzere. "
        "Chikomo told monitors that officers arrived only the next afternoon."
    )
    assert claimants(text) == [("officers arrived only the next afternoon", "Chikomo")]


def test_a_generic_word_tagged_as_a_body_links_to_it_in_no_other_article(tmp_path: Path) -> None:
    """A newcomer tagged "the group said" as the Sudan Doctors Network in one article; in the next,
    "a medical group" was offered as the Network (its alias "group"), and "Doctors", accepted
    once, cut "The Sudan Doctors Network" down to "Doctors"."""
    network = Entity.actor("Sudan Doctors Network", ActorDetails("external_other", aliases=("group",)))
    doctors = Entity.actor("Doctors", ActorDetails("civilians"))
    with Store.open(tmp_path / "db") as store:
        first = Article.create("One", "Doctors said the hospital was full, the group said on Sunday.")
        later = Article.create(
            "Two", "The Sudan Doctors Network, a medical group that tracks casualties, said 33 people were hurt."
        )
        for article in (first, later):
            store.add_article(article)
        store.put_entity(network)
        store.put_entity(doctors)
        store.add_annotation(Annotation.create(first, "actor", 0, 7, entity_id=doctors.id))
        store.add_annotation(Annotation.create(first, "actor", 44, 49, entity_id=network.id))
        found = suggest(later.text, knowledge_for(store, later.id, [builtin_gazetteer()]))
    named = {s.quote: s.entity.name for s in found if s.kind == "actor" and s.entity is not None}
    assert "Doctors" not in named and named.get("group") != "Sudan Doctors Network"
    assert named.get("Sudan Doctors Network") == "Sudan Doctors Network"


def test_a_kind_of_people_tagged_is_no_word_cut_out_of_a_bodys_name(tmp_path: Path) -> None:
    """In the same article: "Doctors at Kosti Teaching Hospital said …" accepted, the Sudan Doctors
    Network after it was proposed as "Doctors" (known)."""
    doctors = Entity.actor("Doctors", ActorDetails("civilians"))
    text = "Doctors at the hospital said they were overwhelmed. The Sudan Doctors Network said 33 people were hurt."
    with Store.open(tmp_path / "db") as store:
        article = Article.create("One", text)
        store.add_article(article)
        store.put_entity(doctors)
        store.add_annotation(Annotation.create(article, "actor", 0, 7, entity_id=doctors.id))
        found = suggest(text, knowledge_for(store, article.id, [builtin_gazetteer()]))
    assert "Sudan Doctors Network" in {s.quote for s in found if s.kind == "actor"}


def test_a_medical_group_speaks() -> None:
    """A newcomer's "… has risen to 22, a medical group said on Monday" had no claimant."""
    text = "The death toll from the drone attack has risen to 22, a medical group said on Monday."
    assert claimants(text) == [("The death toll from the drone attack has risen to 22", "medical group")]


@pytest.mark.parametrize(
    "text",
    [
        "The area police commander, Mr John Mwangi, said to reporters that the gunmen fled on a motorbike.",
        "The county commissioner, Mr Riek Gai, stated to journalists that the gunmen fled on a motorbike.",
    ],
)
def test_said_to_whom_is_still_said(text: str) -> None:
    """A reviewer's: the hedge "said to number" took "said to reporters" with it."""
    assert [quote for quote, _ in claimants(text)] == ["the gunmen fled on a motorbike"]


def test_according_to_police_a_named_man_is_what_they_say() -> None:
    """A reviewer's: "According to police, Mr John Kamau, a trader, was shot dead" made him the
    claimant of his own death (the officer after a rank is read only after a statement)."""
    text = "According to police, Mr John Kamau, a 34-year-old trader, was shot dead by gunmen near the market."
    assert all(claimant != "John Kamau" for _, claimant in claimants(text))


def test_a_short_word_form_in_another_language_still_names_its_body(knowledge: Knowledge) -> None:
    text = "The Group for the Support of Islam and Muslims (Jnim) claimed the attack. Jnim said four soldiers died."
    assert actors(text, knowledge).get("Jnim") == "Group for the Support of Islam and Muslims"


@pytest.mark.parametrize(
    "text",
    [
        "The fighting came from the Mading area, police said. Mading has called for the army to deploy.",
        "Clashes hit the Gutu district on Sunday, police said. Police later arrested Gutu at his home.",
    ],
)
def test_a_person_named_like_a_place_named_before_stays_a_person(text: str, knowledge: Knowledge) -> None:
    assert len(places(text, knowledge)) == 1


@pytest.mark.parametrize("text", ["The CM said the curfew would stay.", "Two PM supporters were hurt. The PM said."])
def test_a_titles_letters_are_no_group_whose_people_or_voice(text: str, knowledge: Knowledge) -> None:
    assert not any(quote in ("CM", "PM", "PM supporters") for quote in actors(text, knowledge))


def test_the_statement_of_another_party_is_not_the_last_speakers() -> None:
    text = (
        "The M23 rebels issued a statement on Monday. Army spokesman Guillaume Ndjike said 40 rebels were killed. "
        "No civilians were harmed in the fighting, the statement said."
    )
    assert claimants(text)[-1][1] is None
