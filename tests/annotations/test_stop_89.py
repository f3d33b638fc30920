"""Stop 89: a source's figure told with "put … at" and a word between ("put the civilian death toll
at nine", "put the figure at four"): helper-337's provincial government and police gave theirs so,
and no claim was proposed (the cues were four phrases without a qualifier)."""

from __future__ import annotations

import pytest

from .test_claims_a_newcomer_wrote import claims


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "The Kivu provincial government put the civilian death toll at nine.",
            "the civilian death toll at nine",
            "Kivu provincial government",
        ),
        ("Police in Cabo Delgado put the figure at four.", "the figure at four", "Police"),
        ("A local administrator put the toll at nine.", "the toll at nine", "local administrator"),
        ("An official put the overall death toll at 40.", "the overall death toll at 40", "official"),
        ("Residents put the number of people killed at 12.", "the number of people killed at 12", "Residents"),
        ("The ministry puts the number of dead at 31.", "the number of dead at 31", "ministry"),
        ("Medics put the casualty figure at 15.", "the casualty figure at 15", "Medics"),
    ],
)
def test_a_figure_put_at_a_number_is_its_sources_claim(text: str, words: str, speaker: str) -> None:
    found = claims(text)
    assert [(w, who) for w, who, _certainty in found] == [(words, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "Officials, who put the civilian death toll at 18, said the town was calm.",
        "An earlier report that put the figure at 20 was revised.",
        "The rains put the harvest at risk.",
    ],
)
def test_a_figure_put_in_an_aside_or_a_thing_put_at_risk_is_no_claim_of_its_own(text: str) -> None:
    assert not any(words.startswith("the civilian") or words.startswith("the figure") for words, _w, _c in claims(text))
    assert not any("harvest" in words for words, _who, _c in claims(text))
