"""A place is contested, not taken, when what was taken is a part of it: the army's positions in
the south of a city, its outskirts, its eastern part (a newcomer's El Fasher was suggested
"captured" for the RSF's "taken control of the army's positions in the south of El Fasher", and
the claims board drew it as fallen)."""

from __future__ import annotations

import pytest

from annotations.text.readings import control_status_near

CASES = [
    ("The RSF said its fighters had taken control of the army's positions in the south of El Fasher.", "El Fasher",
     "contested"),
    ("The army captured positions on the outskirts of Kidal.", "Kidal", "contested"),
    ("Rebels seized the eastern part of Goma on Monday.", "Goma", "contested"),
    ("Fighters overran a base in the north of Mali.", "Mali", "contested"),
    ("Rebels seized Goma on Monday.", "Goma", "captured"),
    ("The army retook all positions in Kidal.", "Kidal", "retaken"),
    ("The M23 captured Bunagana, on the border with Uganda.", "Bunagana", "captured"),
    ("The Taliban captured Imam Sahib district in the province of Kunduz.", "Imam Sahib", "captured"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place", "status"), CASES)
def test_what_is_said_of_a_part_is_no_capture_of_the_whole(text: str, place: str, status: str) -> None:
    start = text.index(place)
    assert control_status_near(text, start, start + len(place)) == status
