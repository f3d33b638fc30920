"""What reviews, newcomers and I found at stop 83, each on sentences of its own."""

from __future__ import annotations

import pytest

from annotations.model import ActorDetails
from annotations.suggest import Knowledge, suggest
from annotations.suggest.builtin_places import builtin_gazetteer
from annotations.suggest.roles import official_type

from .test_claims_a_newcomer_wrote import claims


def _found(text: str) -> list[tuple[str, str, str | None]]:
    return [
        (s.kind, s.quote, s.entity.name if s.entity else s.place_details().country)
        for s in suggest(text, Knowledge([builtin_gazetteer()]))
        if s.kind in ("district", "actor")
    ]


def _actor_types(text: str) -> dict[str, str]:
    return {
        s.quote: s.entity.details.actor_type
        for s in suggest(text, Knowledge([builtin_gazetteer()]))
        if s.kind == "actor" and s.entity is not None and isinstance(s.entity.details, ActorDetails)
    }


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The rebels attacked the base on Monday, said a spokesman.", "spokesman"),
        ("The rebels attacked the base on Monday, said the spokeswoman.", "spokeswoman"),
        ("The rebels attacked the base on Monday, said a village administrator in the area.", "village administrator"),
        ("The rebels attacked the base on Monday, said a spokesman for the army.", "spokesman"),
    ],
)
def test_an_unnamed_speaker_after_said_at_the_end_speaks(text: str, speaker: str) -> None:
    """helper-278: "…, said a village administrator" was a claim "a village administrator" said by
    the rebels; ", said a spokesman." the same (a spokesman was an actor only before a verb or comma)."""
    assert claims(text) == [("The rebels attacked the base on Monday", speaker, "certain")]


def test_an_administrator_of_no_speech_is_no_actor() -> None:
    assert _found("The town has had an administrator since 2020.") == []


@pytest.mark.parametrize(
    ("text", "actor_type"),
    [
        ("A spokesman for the army said the rebels attacked the base.", "state_forces"),
        ("A spokesman for the rebels said the army attacked the base.", "rebel_group"),
    ],
)
def test_a_spokesman_is_of_the_body_before_his_verb_not_of_what_he_said(text: str, actor_type: str) -> None:
    """ "A spokesman for the army said the rebels …" was typed an armed group's: the body after the role
    ran past the verb into what he said."""
    start = text.index("spokesman")
    assert official_type(text, start, start + len("spokesman"), "government_officials") == actor_type


def test_a_spokesman_for_a_body_at_the_end_speaks_for_it() -> None:
    text = "The rebels attacked the base on Monday, said a spokesman for the army."
    assert _actor_types(text)["spokesman"] == "state_forces"


def test_a_person_is_of_the_armed_group_his_role_names_after_his_name() -> None:
    """ "…, said Ali Dheere, an al-Shabaab military spokesman." (the role describes him, no mention of
    its own) gave him no affiliation: an events row would code nobody's spokesman."""
    found = suggest(
        "The town fell, said Ali Dheere, an al-Shabaab military spokesman.", Knowledge([builtin_gazetteer()])
    )
    (person,) = [s for s in found if s.kind == "actor"]
    assert person.entity is not None and isinstance(person.entity.details, ActorDetails)
    assert (person.quote, person.entity.details.actor_type, person.entity.details.affiliation) == (
        "Ali Dheere",
        "rebel_group",
        "al-Shabaab",
    )


@pytest.mark.parametrize(
    "text",
    [
        "JNIM, al Qaeda's Sahel affiliate, claimed the attack on the base in Djibo.",
        "Fighters of the Islamic State's Sahel branch attacked the base in Djibo.",
    ],
)
def test_a_region_naming_a_groups_branch_is_no_place(text: str) -> None:
    """helper-278: "al Qaeda's Sahel affiliate" was the Sahel province of Burkina Faso."""
    found = _found(text)
    assert not [f for f in found if f[0] == "district" and f[1] == "Sahel"]
    assert ("district", "Djibo", "Djibo") in found


def test_a_province_named_after_a_countrys_possessive_stays_a_place() -> None:
    found = _found("JNIM attacked an army base in Djibo, in Burkina Faso's Soum province, on Saturday.")
    assert [f for f in found if f[0] == "district" and f[1] == "Soum"]


def test_a_brotherhood_is_a_body_not_its_place() -> None:
    """helper-278: "The Chin Brotherhood alliance said …" proposed Chin State and no actor."""
    text = "YANGON, Myanmar, May 4, 2025 (Reuters) - The Chin Brotherhood alliance said on Sunday it had seized Falam."
    found = _found(text)
    assert ("actor", "Chin Brotherhood", "Chin Brotherhood") in found
    assert not [f for f in found if f[0] == "district" and f[1] == "Chin"]
    assert claims(text)[0][1] == "Chin Brotherhood"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police said ten died and residents said 40 were killed when gunmen attacked a market in Maiduguri.",
            [("ten died", "Police"), ("40 were killed when gunmen attacked a market in Maiduguri", "residents")],
        ),
        (
            "The UN said 12 died, while the army said 3 civilians were killed in shelling in Goma.",
            [("12 died", "UN"), ("3 civilians were killed in shelling in Goma", "army")],
        ),
        (
            "Medics said 5 died, and police put the toll at 13 dead in the bombing in Mogadishu.",
            [("5 died", "Medics"), ("the toll at 13 dead in the bombing in Mogadishu", "police")],
        ),
        (
            "Police said he fled, and witnesses said the gunman had shot dead three guards in Mogadishu.",
            [("he fled", "Police"), ("the gunman had shot dead three guards in Mogadishu", "witnesses")],
        ),
        (
            "Officials said three people were killed in the raid; residents said at least 11 people died in Gwoza.",
            [("three people were killed in the raid", "Officials"), ("at least 11 people died in Gwoza", "residents")],
        ),
        (
            "The governor said eight people died in the attack while local leaders said 25 villagers were killed.",
            [("eight people died in the attack", "governor"), ("25 villagers were killed", "local leaders")],
        ),
        (
            "MONUSCO says it has increased patrols between Sake and Goma and reminds all parties that attacks on "
            "peacekeepers may constitute war crimes.",
            [
                ("it has increased patrols between Sake and Goma", "MONUSCO"),
                ("attacks on peacekeepers may constitute war crimes", "MONUSCO"),
            ],
        ),
        (
            "The MSSD said it had sent food packs and hygiene kits but warned that many evacuees slept in classrooms.",
            [("it had sent food packs and hygiene kits", "MSSD"), ("many evacuees slept in classrooms", "MSSD")],
        ),
    ],
)
def test_a_short_claim_ends_where_the_next_speaker_comes_in(text: str, expected: list[tuple[str, str]]) -> None:
    """helper-281: a content under nine characters before the next speaker ("Police said ten died and
    residents said 40 …") ran on to take the other's claim and toll; a ";" or "while" never ended one."""
    assert [(words, who) for words, who, _certainty in claims(text)] == expected


def test_the_first_break_where_the_next_speaker_begins_ends_the_claim() -> None:
    """ "…, but the army, through its spokesman, said": the claim ends before "but the army", not at the
    aside's last comma."""
    found = claims("Activists said 11 died, but the army, through its spokesman, said 2 soldiers were killed.")
    assert [words for words, _who, _certainty in found] == ["11 died", "2 soldiers were killed"]


def test_two_short_words_of_no_deed_are_no_claim() -> None:
    assert claims("Seventeen have been confirmed by name.") == []


def test_people_reported_missing_are_what_was_said() -> None:
    """helper-281: "12 soldiers who were reported missing" ended the ministry's toll at "reported"."""
    found = claims(
        "The ministry put the death toll at 40, including 12 soldiers who were reported missing after the ambush."
    )
    assert [words for words, _who, _certainty in found] == [
        "the death toll at 40, including 12 soldiers who were reported missing after the ambush"
    ]


def test_a_quotation_before_a_speaker_with_letters_and_a_title_in_his_role() -> None:
    """helper-283: '"…," Denise Brown, the U.N. Resident and Humanitarian Coordinator for Sudan, said' ran
    the claim from the quotation's second sentence over her name and role, said by nobody (the full
    stops of "U.N." and the "and" of her title were read as a new sentence and a new clause)."""
    text = (
        '"Civilians are trapped, starved and shelled. Humanitarian access is all but impossible," Denise Brown, '
        "the U.N. Resident and Humanitarian Coordinator for Sudan, said in a statement."
    )
    assert claims(text) == [
        (
            "Civilians are trapped, starved and shelled. Humanitarian access is all but impossible",
            "Denise Brown",
            "certain",
        )
    ]
    assert claims('"We will not leave," John F. Smith, a U.S. envoy, said.') == [
        ("We will not leave", "John F. Smith", "certain")
    ]


def test_the_group_named_back_past_a_description_of_it() -> None:
    """helper-283: "The TTP, an umbrella group of Islamist militants …, claimed … The group said its
    fighters had killed …" had no claimant ("an umbrella group" read as another group)."""
    text = (
        "The Tehrik-i-Taliban Pakistan (TTP), an umbrella group of Islamist militants allied with the Afghan "
        "Taliban, claimed responsibility for the attack. The group said its fighters had killed 15 policemen."
    )
    assert ("its fighters had killed 15 policemen", "group", "certain") in claims(text)
    found = suggest(text, Knowledge([builtin_gazetteer()]))
    (group,) = [s for s in found if s.kind == "actor" and s.quote == "group"]
    assert group.entity is not None and group.entity.name == "Tehrik-i-Taliban Pakistan"
    later = "Al-Shabaab fighters stormed the base. A group of men fled. The group said it had killed 20."
    assert claims(later) == [("it had killed 20", "", "certain")]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Six people were killed, according to Medecins Sans Frontieres (MSF). The medical charity said two of its "
            "staff were among the wounded.",
            "Medecins Sans Frontieres",
        ),
        (
            "More than 8,200 people fled, according to the International Organization for Migration (IOM). The agency "
            "said most had walked to Pemba.",
            "International Organization for Migration",
        ),
    ],
)
def test_an_aid_body_named_back_by_what_it_is(text: str, body: str) -> None:
    """helper-282/283: "The medical charity said …" after MSF, "the agency said" after the IOM: no claimant."""
    found = suggest(text, Knowledge([builtin_gazetteer()]))
    (claim,) = [s for s in found if s.kind == "claim" and s.start > text.index(". ")]
    speaker = next(s for s in found if s.kind == "actor" and (s.start, s.end) == claim.claimant)
    assert speaker.entity is not None and speaker.entity.name == body


@pytest.mark.parametrize(
    "where",
    ["in its displacement tracking update", "in its latest update", "in a report on Friday", "in a statement"],
)
def test_where_it_was_said_ending_the_sentence_is_no_claim(where: str) -> None:
    """helper-282: "…, the agency said in its displacement tracking update." was a claim "in its
    displacement tracking update"; what was said is before."""
    text = f"Most of the displaced have walked to Pemba, the IOM said {where}."
    assert claims(text) == [("Most of the displaced have walked to Pemba", "IOM", "certain")]
