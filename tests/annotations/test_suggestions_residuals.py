"""Classes of misses left in the gold texts after their rounds (what the 136 files' misses had in
common, not any one article), each tested on sentences of their own."""

from __future__ import annotations

from .suggestion_views import actors, claimants
from .test_suggestions_round_22 import found


def test_leagues_assemblies_directorates_and_administrations_are_bodies() -> None:
    """The last word of a body's name: "the Arab League", "the Kenya National Assembly", "the
    Border Directorate", "the Permanent Strategic Framework" said nothing before."""
    for name in (
        "Arab League",
        "Kenya National Assembly",
        "Border Directorate",
        "Civil Administration",
        "Teachers Confederation",
        "Permanent Strategic Framework",
    ):
        assert name in actors(f"The {name} said on Monday that twelve people were killed."), name


def test_a_command_post_is_no_newspaper() -> None:
    """ "Post" ends a newspaper's name ("the Jakarta Post"), not a command's ("the Federal Command
    Post"): a body, not an outlet named "Federal Command"."""
    named = [s for s in found("The Federal Command Post said the road was open.") if s.kind == "actor"]
    assert [(s.quote, s.reason, s.entity and s.entity.name) for s in named] == [
        ("Federal Command Post", "organisation", "Federal Command Post")
    ]
    assert "The Jakarta Post" not in actors("The Jakarta Post reported the raid.")
    assert "Jakarta Post" in actors("The Jakarta Post reported the raid.")


def test_a_body_named_again_by_its_head_in_lower_case() -> None:
    """ "the service said", "The league accused", "the cell said" after the body's full name: the
    speaker of the claim, no longer nobody."""
    text = (
        "The State Security Service of Georgia (SSG) said a man was detained. Two women were held while "
        "collecting firewood, the service said. The Burundian Human Rights League (Iteka) published a report. "
        "The league accused local officials of drawing up lists."
    )
    heads = {s.quote: s.entity.name for s in found(text) if s.reason == "the last word of its name" and s.entity}
    assert heads == {"service": "State Security Service of Georgia", "league": "Burundian Human Rights League"}
    assert ("Two women were held while collecting firewood", "service") in claimants(text)


def test_a_lower_case_head_is_the_body_it_was_last_written_in() -> None:
    """Two secretariats named, the second in the paragraph: "the secretariat said" is the one whose
    name last had the word (a capitalised "the Secretariat" of two is left alone); "the agency
    said" after "the state news agency" is no agency of the article."""
    text = (
        "The Health Secretariat (Sesa) counted six wounded.\n\nThe Public Security Secretariat (Sesp) sent "
        "troops. Two suspects were arrested, the secretariat said. The Secretariat said more would follow. "
        "The World Food Agency (WFA) sent food. The state news agency reported the raid. The agency said "
        "nine died."
    )
    heads = [(s.quote, s.entity.name) for s in found(text) if s.reason == "the last word of its name" and s.entity]
    assert heads == [("secretariat", "Public Security Secretariat")]


def test_the_seats_of_indian_states_and_ethiopian_regions_speak_for_their_governments() -> None:
    """What the 157 gold files' missed actors had in common: "Aizawl insists", "a charge Dispur
    denies", "Semera denied", "Jijiga has long demanded" (each its state's or region's government,
    not India's nor Ethiopia's); a town that is no seat still does not speak."""
    from .suggestion_views import entity_of

    text = (
        "Police fired across the Assam-Mizoram line in India on Sunday. Aizawl insists the line of 1875 holds, "
        "a claim Dispur rejects. In Ethiopia, Semera denied that its militia crossed into the Somali region, "
        "and Jijiga has long demanded three kebeles. Silchar said nothing."
    )
    named = set(actors(text))
    assert {"Aizawl", "Dispur", "Semera", "Jijiga"} <= named and "Silchar" not in named
    assert entity_of(text, "Aizawl") == "Government of Mizoram"
    assert entity_of(text, "Semera") == "Afar regional government"


def test_a_state_acts_after_more_words_and_clauses_than_before() -> None:
    """ "Kinshasa has in the past accused …", "has repeatedly promised", "until Tbilisi signs",
    "which Washington designated …", "since Bujumbura withdrew …", a bulleted "- Moscow claimed": the
    state is the actor; "Kabul used to be calm" says nothing of a government, nor "Russia uses drones"
    (a reviewer's: "Doctors said Khartoum uses water from the Nile" is the city)."""
    text = (
        "Kinshasa has in the past accused politicians of arming the militia in Congo. Kinshasa has repeatedly "
        "promised to end the violence. The talks stall until Tbilisi signs the pact, Georgian officials said. "
        "Los Lobos, which Washington designated a terrorist group in the United States, grew. The league has worked "
        "from exile since Bujumbura withdrew its licence in Burundi. Kyiv has said Russia uses drones. Updates:\n"
        "- Moscow claimed the drones were Ukrainian. Kabul used to be calm, residents in Afghanistan said."
    )
    named = actors(text)
    for state in ("Kinshasa", "Tbilisi", "Washington", "Bujumbura", "Moscow"):
        assert state in named, state
    assert named.count("Kinshasa") == 2 and "Kabul" not in named


def test_a_state_acts_before_a_quotation_by_an_agents_by_and_after_though() -> None:
    """Round 51's: 'warned that Khartoum "will not accept …"' (a quotation opening after the name),
    "AQAP, regarded by Washington as …", "even though New Delhi has moved to fence the border";
    "Kabul moved up the list" and "moved to Kabul" are no acts."""
    text = (
        'In Sudan, the spokesman warned that Khartoum "will not accept any deal". The group, designated by '
        "Washington as a terrorist group in the United States, grew. India shelters them, even though New Delhi "
        "has moved to fence the border. The minister moved to Kabul in Afghanistan. Kabul moved up the list."
    )
    named = actors(text)
    assert {"Khartoum", "Washington", "New Delhi"} <= set(named) and "Kabul" not in named
