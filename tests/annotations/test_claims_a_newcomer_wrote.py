"""Claims as a newcomer's Suwayda and Savanes reports showed them wrong, on sentences written for
these tests: a reporter's caveat of the sentence before, a quoted subject of a that-clause,
whom someone told, the subject of ", saying …", an Arabic surname without its article."""

from __future__ import annotations

from annotations.suggest import Knowledge, Suggestion, suggest
from annotations.suggest.builtin_places import builtin_gazetteer


def claims(text: str) -> list[tuple[str, str, str]]:
    """(words, claimant's words, certainty) of each claim suggested."""
    found: list[Suggestion] = suggest(text, Knowledge([builtin_gazetteer()]))
    return [
        (s.quote, text[s.claimant[0] : s.claimant[1]] if s.claimant else "", getattr(s.attributes, "certainty", ""))
        for s in found
        if s.kind == "claim"
    ]


def test_a_caveat_of_its_own_sentence_covers_every_claim_of_the_sentence_before() -> None:
    text = (
        "The Syrian Observatory for Human Rights said at least 594 people had been killed, including 83 civilians "
        "it said were executed by government forces. The figure could not be independently verified."
    )
    assert {certainty for _words, _who, certainty in claims(text)} == {"uncommitted"}


def test_a_possessive_or_his_caveat_makes_the_claim_before_uncommitted() -> None:
    text = "JNIM said its fighters had killed 41 soldiers near Dapaong. The group's claim could not be verified."
    assert claims(text)[0][2] == "uncommitted"
    text = "A spokesman, Samer Abu Assi, said the army was retreating from Ariqa. His account could not be confirmed."
    assert claims(text)[0][2] == "uncommitted"


def test_a_caveat_after_a_comma_stays_with_its_own_claim() -> None:
    text = "Residents said gunmen arrived at dawn. Police said six people died, a toll that could not be verified."
    assert [certainty for _words, _who, certainty in claims(text)] == ["certain", "uncommitted"]


def test_a_quoted_subject_of_a_that_clause_is_not_all_of_it() -> None:
    text = 'The army said in a statement that "armed terrorist groups" had targeted positions at Nadjoundi before dawn.'
    assert claims(text)[0][0].startswith('"armed terrorist groups" had targeted positions at Nadjoundi')
    text = 'The army said that "the situation is under control".'
    assert claims(text)[0][0] == "the situation is under control"


def test_whom_someone_told_is_not_who_said_it() -> None:
    text = (
        "Two people in Koundjoare told Reuters they had counted 15 bodies near the burned post, and said three "
        "civilians were also killed when the gunmen fired on a market."
    )
    assert all(who != "Reuters" for _words, who, _certainty in claims(text))


def test_saying_is_the_subject_of_its_clause_not_its_object() -> None:
    text = (
        "Kidnappings escalated into gunfights in Walgha, and the government sent troops and tanks on Monday, "
        "saying it wanted to restore order."
    )
    assert claims(text)[0][1] != "troops"
    text = "ISWAP claimed the attack in a statement, saying its fighters killed 12 soldiers."
    assert claims(text)[-1][1] == "ISWAP"


def test_an_arabic_surname_is_found_again_without_its_article() -> None:
    text = (
        "Sheikh Hikmat al-Hijri, the spiritual leader of the Druze, said 100 people died. "
        "Hijri rejected an earlier truce on Tuesday, saying it had been imposed."
    )
    assert claims(text)[-1][1] == "Hijri"


def test_a_body_named_again_by_its_last_word_is_that_body() -> None:
    text = (
        "The Syrian Observatory for Human Rights said 594 people died. "
        "The Observatory said fighting continued in Shahba after dark."
    )
    assert claims(text)[-1][1] == "Observatory"
    linked = {s.quote: s.entity.name for s in suggest(text, Knowledge([builtin_gazetteer()])) if s.entity}
    assert linked["Observatory"] == "Syrian Observatory for Human Rights"
    text = "The Human Rights Commission said 12 died. The Electoral Commission disagreed. The Commission said more."
    assert "Commission" not in {s.quote for s in suggest(text, Knowledge([builtin_gazetteer()]))}


def test_a_claim_said_in_a_relative_clause_ends_with_the_clause() -> None:
    text = (
        "Bedouin tribal fighters, who say they have suffered years of abuse by Druze militias, "
        "mobilised from neighbouring Daraa province."
    )
    assert claims(text) == [
        ("they have suffered years of abuse by Druze militias", "Bedouin tribal fighters", "certain")
    ]
    text = "Kabul was blamed, which Rhamani said included psychological war tactics, such as exaggerating numbers."
    assert claims(text)[0][0].endswith("such as exaggerating numbers")


def test_a_claim_others_dispute_ends_before_the_reporters_words() -> None:
    """A newcomer's suggested claim ran on into ", a claim residents in the town disputed"; the
    dispute is the residents' claim of its own (a later newcomer: the rejection was never offered)."""
    text = "The army said troops had retaken Kamina from the rebels (FLC), a claim residents in the town disputed."
    claim, disputed = [s for s in suggest(text, Knowledge([builtin_gazetteer()])) if s.kind == "claim"]
    assert claim.quote == "troops had retaken Kamina from the rebels (FLC)"
    assert disputed.quote == "a claim residents in the town disputed" and disputed.cue == "disputed"
