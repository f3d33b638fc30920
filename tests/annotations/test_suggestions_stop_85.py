"""Suggestions found wrong at stop 85 (helper-307's articles on Amhara, Cameroon and Tillaberi), tested on
sentences of my own."""

from __future__ import annotations

import pytest

from annotations.model import ActorDetails
from annotations.suggest import Knowledge, suggest
from annotations.suggest.builtin_places import builtin_gazetteer
from annotations.text.place_kinds import place_kind_from_context


def _found(text: str) -> list:  # type: ignore[type-arg]
    return suggest(text, Knowledge([builtin_gazetteer()]))


def _affiliations(text: str) -> dict[str, str]:
    return {
        s.quote: s.entity.details.affiliation
        for s in _found(text)
        if s.kind == "actor" and s.entity and isinstance(s.entity.details, ActorDetails)
    }


def _claimants(text: str) -> dict[str, str | None]:
    return {
        s.quote: text[s.claimant[0] : s.claimant[1]] if s.claimant else None for s in _found(text) if s.kind == "claim"
    }


def test_a_spokesman_in_a_place_is_his_groups() -> None:
    """helper-307: "A Fano spokesman in Gojjam, Yohannes Birhanu, told Reuters" left the spokesman nobody's,
    and the event row had him as actor 1."""
    text = "JNIM fighters attacked Dapaong. A JNIM spokesman in Mali, Ousmane Cisse, said the town was taken."
    assert _affiliations(text)["Ousmane Cisse"] == "JNIM"


def test_the_spokesman_of_a_group_told_by_what_it_is_then_its_name() -> None:
    """helper-307: "A separatist group, the Ambazonia Defence Forces (ADF), claimed … Its spokesman, who goes by
    the name "General Ebube", said" made the quoted name a quotation, and the spokesman nobody's."""
    text = (
        "An armed group, the Kara Liberation Front (KLF), claimed the raid on Tuesday. Its spokesman, who goes by "
        'the name "Commander Tiger", said his fighters had killed nine soldiers.'
    )
    assert _claimants(text)["his fighters had killed nine soldiers"] == "Commander Tiger"
    assert _affiliations(text)["Commander Tiger"] == "Kara Liberation Front"


@pytest.mark.parametrize(
    "text",
    [
        "The governor did not comment on the raid, and the police have previously denied abusing detainees.",
        "The governor did not comment on the raid, and the police have repeatedly denied abusing detainees.",
    ],
)
def test_the_subject_after_and_with_an_adverb_denies(text: str) -> None:
    """helper-307: "…, and the army has previously denied targeting civilians" was the federal government's."""
    assert _claimants(text)["abusing detainees"] == "police"


def test_what_was_announced_then_stalled_is_no_claim() -> None:
    """helper-307: "A … mediation effort announced in January 2023 stalled after Yaounde denied it had asked for
    outside help" was a claim of the effort's words, with no speaker, where Yaounde's denial was the claim."""
    text = "A truce announced in March 2024 collapsed after the army denied it had shelled Dapaong."
    assert _claimants(text) == {"it had shelled Dapaong": "army"}


def test_the_town_of_a_name_is_a_town() -> None:
    """helper-307: "In the town of Tillaberi, the regional capital, …" was the region of Tillaberi."""
    text = "In the town of Dosso, the regional capital, hundreds of families arrived."
    start = text.index("Dosso")
    assert place_kind_from_context(text, start, start + len("Dosso")) == "city"


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            '"The bridge is down," the police spokesman said, and Musa Keita, the district chief, said food was short.',
            {"The bridge is down": "police spokesman", "food was short": "Musa Keita"},
        ),
        (
            '"The bridge is down," the police spokesman said, while Musa Keita, the district chief, said food was short.',
            {"The bridge is down": "police spokesman", "food was short": "Musa Keita"},
        ),
        (
            "The police said the bridge was down, and Musa Keita, the district chief, said food was short.",
            {"the bridge was down": "police", "food was short": "Musa Keita"},
        ),
    ],
)
def test_each_clause_has_its_own_speaker(text: str, claims: dict[str, str]) -> None:
    """Stop 84's review: '"…," the spokesman said, and Ahmed Hassan, the regional governor, said aid was blocked'
    gave the quotation to Hassan and Hassan's words to the spokesman."""
    assert _claimants(text) == claims


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The army reported on Monday renewed clashes with JNIM fighters near Dapaong.", "renewed clashes"),
        ("Police reported on Sunday recovered bodies of seven people near Dapaong.", "recovered bodies"),
    ],
)
def test_a_report_of_what_a_participle_describes_is_a_claim(text: str, content: str) -> None:
    """helper-308: the rule for "an effort announced in January 2023 stalled" took these reports' cues away."""
    assert any(quote.startswith(content) for quote in _claimants(text))


def test_a_group_named_after_what_it_is_between_commas_is_its_own_name() -> None:
    """helper-308: "A jihadist group, JNIM, claimed the attack" named the group "jihadist group", JNIM its short
    form, and its spokesman the jihadist group's."""
    text = 'A jihadist group, JNIM, claimed the attack. Its spokesman, who goes by the name "Abu Talha", said it.'
    assert _affiliations(text)["Abu Talha"] == "JNIM"


def test_islamic_state_mozambique_and_the_name_it_is_known_by_locally() -> None:
    """helper-309: "Fighters linked to Islamic State Mozambique, known locally as "al-Shabaab" …" was Islamic State,
    a place Mozambique and al-Shabaab, and its row a battle of Islamic State against al-Shabaab."""
    text = 'Fighters of Islamic State Somalia, known locally as "Daesh Somalia", stormed the village of Qandala.'
    found = {s.quote: s.entity.name for s in _found(text) if s.kind == "actor" and s.entity}
    assert found == {"Islamic State Somalia": "Islamic State Somalia", "Daesh Somalia": "Islamic State Somalia"}


@pytest.mark.parametrize("words", ["social leader", "community leaders", "human rights defender"])
def test_social_leaders_are_civilians(words: str) -> None:
    """helper-309: a "social leader" taken from his home and shot was actor 1 of a battle with the FARC."""
    from annotations.text.actor_types import actor_type_for

    assert actor_type_for(words) == "civilians"


def test_a_speaker_after_said_with_a_project_role() -> None:
    """helper-309: '"…," said MSF project coordinator Pilar Marrero' was MSF's claim."""
    text = '"The clinic is full," said Oxfam programme manager Amina Yusuf.'
    assert _claimants(text) == {"The clinic is full": "Amina Yusuf"}


def test_a_party_of_one_word_that_speaks() -> None:
    """helper-309: "The Comunes party, formed by former FARC members …, said that at least seven of its members had
    been killed" was the FARC's claim, the party no actor."""
    text = "The Renovar party, formed by former rebels in 2017, said two of its members were killed."
    assert _claimants(text) == {"two of its members were killed": "Renovar"}
    assert "Search" not in _affiliations("The Search party found two bodies near the river.")


def test_a_weekday_ends_a_groups_name() -> None:
    """helper-309: "clashed with the 33rd Front on Friday and Saturday" named an actor "33rd Front on Friday and
    Saturday"."""
    text = "JNIM fighters clashed with the 12th Front on Tuesday and Wednesday near Dapaong."
    assert "12th Front" in _affiliations(text)


def test_helper_310s_cues_and_names() -> None:
    """helper-310: "A ceasefire announced in March allowed aid to reach Dapaong" became a claim with no speaker; an
    unknown acronym after what a group is lost its group; a clause of "it was signed by" no other speaker."""
    assert _claimants("A ceasefire announced in March allowed aid to reach Dapaong.") == {}
    assert _affiliations("A local self-defence militia, KDF, said it repelled the attack on Dapaong.")["KDF"] == ""
    found = {
        s.quote: s.entity.name for s in _found("A local self-defence militia, KDF, said it repelled them.") if s.entity
    }
    assert found["KDF"] == found["local self-defence militia"] == "KDF"  # named by its name (stop 86)
    text = (
        '"Twelve militants were killed," the statement said, and it was signed by Colonel Koffi Ayeva, the spokesman.'
    )
    assert _claimants(text)["Twelve militants were killed"] == "Koffi Ayeva"


def test_told_the_agency_is_whom_they_told() -> None:
    """helper-311: "Seventeen VDP members were killed, a local official in Fada N'Gourma told the agency." was a claim
    of the words "the agency", by the VDP."""
    text = (
        "Nine soldiers were killed near Dapaong, a local official in Dapaong told the agency on condition of anonymity."
    )
    assert _claimants(text) == {"Nine soldiers were killed near Dapaong": "local official"}


@pytest.mark.parametrize("name", ["Islamic State Sahel Province", "Islamic State Mozambique Province"])
def test_islamic_state_provinces_and_their_fighters(name: str) -> None:
    """Found this stop: "Islamic State Sahel Province fighters attacked Menaka" was an actor "State Sahel Province
    fighters" of no known group."""
    found = _found(f"{name} fighters attacked the town on Monday.")
    assert [(s.quote, s.entity.name) for s in found if s.kind == "actor" and s.entity] == [(name, name)]
