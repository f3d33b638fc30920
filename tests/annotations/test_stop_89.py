"""Stop 89: a source's figure told with "put … at" and a word between ("put the civilian death toll
at nine", "put the figure at four"): helper-337's provincial government and police gave theirs so,
and no claim was proposed (the cues were four phrases without a qualifier); a party saying, in other
words than "denied", that it took no part (helper-337's SADC mission had a battle row of its own); a country typed
in a form any way news writes it is saved under the gazetteers' name."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotations.forms.save import DistrictInput, save_district
from annotations.model import Article, PlaceDetails
from annotations.store import Store

from ..helpers import span
from .test_claims_a_newcomer_wrote import claims
from .test_event_rows_from_words import rows


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


@pytest.mark.parametrize(
    "words",
    [
        "Togolese Armed Forces had not been involved in the fighting at Dapaong",
        "JNIM played no role in the fighting in Dapaong",
        "JNIM said it did not take part in the fighting at Kara",
        "JNIM took no part in the attack on the post at Kara",
    ],
)
def test_a_party_saying_it_took_no_part_gives_no_row(tmp_path: Path, words: str) -> None:
    """helper-337's SADC mission "said its forces had not been involved in the fighting": a battle of the
    mission was its row."""
    text = f"A spokesman said {words}."
    found, _ = rows(tmp_path, text, [(words, "other")])
    assert found == []


def test_the_event_told_beside_a_part_played_elsewhere_keeps_its_row(tmp_path: Path) -> None:
    words = "JNIM, which played no role in the talks, killed 12 soldiers in Dapaong"
    (row,), _ = rows(tmp_path, words + ".", [(words, "casualties")])
    assert (row["actor1"], row["fatalities"], row["location"]) == ("JNIM", "12", "Dapaong")


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("DR Congo", "Congo, The Democratic Republic of the"),
        ("Democratic Republic of Congo", "Congo, The Democratic Republic of the"),
        ("  afghanistan ", "Afghanistan"),
        ("Ivory Coast", "Côte d'Ivoire"),
        ("Narnia", "Narnia"),  # no code known: as typed
    ],
)
def test_a_country_typed_in_the_form_is_saved_under_the_gazetteers_name(
    loaded_store: Store, sample_article: Article, typed: str, stored: str
) -> None:
    """helper-337 typed "Congo, The Democratic Republic of the" by hand to match the gazetteer's places."""
    form = DistrictInput("Imam Sahib", "district", "", typed)
    save_district(loaded_store, sample_article, *span(sample_article, "Imam Sahib"), form, annotator="ana")
    (place,) = loaded_store.entities("place")
    assert isinstance(place.details, PlaceDetails) and place.details.country == stored


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "M23 fighters took control of Rubaya, according to two security sources. "
            "One of the sources said six Wazalendo fighters were killed.",
            "six Wazalendo fighters were killed",
            "two security sources",
        ),
        (
            "Two diplomats in Bamako said the troops left. One of the two diplomats said 14 soldiers died.",
            "14 soldiers died",
            "Two diplomats",
        ),
    ],
)
def test_one_of_the_people_just_named_by_their_noun_speaks_for_them(text: str, words: str, speaker: str) -> None:
    assert (words, speaker) in [(w, who) for w, who, _certainty in claims(text)]


def test_one_of_other_people_is_not_the_speakers_just_named() -> None:
    text = "Two security sources said the town fell. One of the villagers said nine died."
    assert ("nine died", "Two security sources") not in [(w, who) for w, who, _c in claims(text)]
