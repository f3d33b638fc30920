"""Stop 88: names with a nickname of several words in quotes, and what was told to a court, a
committee or the police (helper-325's `Ismael "El Mayo" Zambada` was "Ismael", a place in Texas)."""

from __future__ import annotations

import pytest

from .test_claims_a_newcomer_wrote import claims
from .test_stop_86 import _actors


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            'Prosecutors said Ismael "El Mayo" Zambada, the co-founder of the Sinaloa Cartel, was flown to Texas.',
            'Ismael "El Mayo" Zambada',
        ),
        ('Joaquín "El Chapo" Guzmán said he was innocent.', 'Joaquín "El Chapo" Guzmán'),
        ("Jimmy “Barbecue” Cherizier said he was innocent.", "Jimmy “Barbecue” Cherizier"),  # one word, as before
        ('The gang leader Jimmy "Barbecue" Cherizier said the city was theirs.', 'Jimmy "Barbecue" Cherizier'),
    ],
)
def test_a_nickname_of_words_in_quotes_is_part_of_the_persons_name(text: str, person: str) -> None:
    found = _actors(text)
    assert found.get(person) == person
    assert not any(quote in person.split() for quote in found)  # no "Joaquín" alone (it was a place in Texas)


def test_a_co_founder_named_with_the_role_is_a_person() -> None:
    text = "Prosecutors said Ismael Zambada, the co-founder of the Sinaloa Cartel, was flown to Texas."
    assert _actors(text).get("Ismael Zambada") == "Ismael Zambada"


def test_the_surname_after_a_name_with_a_nickname_is_the_same_person() -> None:
    text = 'Ismael "El Mayo" Zambada, a leader of the Sinaloa Cartel, was arrested. Zambada denied the charges.'
    assert _actors(text).get("Zambada") == 'Ismael "El Mayo" Zambada'


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Ismael Zambada, a leader of the Sinaloa Cartel, was arrested. Zambada later told the court he was kidnapped.",
            ("he was kidnapped", "Zambada"),
        ),
        (
            "The mayor, Juan Pérez, was questioned. Pérez told the judge he had been threatened.",
            ("he had been threatened", "Pérez"),
        ),
        (
            "The minister, Ana Ruiz, spoke on Monday. Ruiz told lawmakers the army had retaken the town.",
            ("the army had retaken the town", "Ruiz"),
        ),
        (
            "The soldiers beat him with rifles, a witness told the court.",
            ("The soldiers beat him with rifles", "witness"),
        ),
        (
            "The convoy was ambushed near the bridge, the minister told lawmakers on Tuesday.",
            ("The convoy was ambushed near the bridge", "minister"),
        ),
    ],
)
def test_what_was_told_to_a_court_or_lawmakers_starts_after_them(text: str, claim: tuple[str, str]) -> None:
    assert claim in [(words, by) for words, by, _certainty in claims(text)]
