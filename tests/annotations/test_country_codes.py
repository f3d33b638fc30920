"""Country codes from names as news and analysts write them (a reviewer's "Russia", "DR Congo",
"Ivory Coast" gave none, and the places table left their code empty)."""

from __future__ import annotations

import pytest

from annotations.model.country_codes import country_code


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Russia", "RU"),
        ("Russian Federation", "RU"),
        ("Democratic Republic of Congo", "CD"),
        ("DR Congo", "CD"),
        ("Ivory Coast", "CI"),
        ("UK", "GB"),
        ("Burma", "MM"),
        (" Mali", "ML"),
        ("Pakistan", "PK"),
        ("Atlantis", ""),
        ("", ""),
    ],
)
def test_a_country_as_written_has_its_code(name: str, code: str) -> None:
    assert country_code(name) == code
