"""A gazetteer row's point is both coordinates in range or none: a half point (latitude None,
longitude 68.8) was kept silently from a latitude of 236.7, "abc" or an empty longitude."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from annotations.cli import run
from annotations.suggest.gazetteer_files import read_gazetteer_file
from annotations.suggest.gazetteer_points import read_point

ROWS = """name,province,country,latitude,longitude
Zorkville,Kunduz,Afghanistan,236.7,68.8
Blorp,Kunduz,Afghanistan,abc,68.8
Imam Sahib,Kunduz,Afghanistan,37.18,68.91
Quux,,Afghanistan,36.1,
Nowhere,,Afghanistan,,
Nullisland,,Afghanistan,0,0
"""


@pytest.mark.parametrize(
    ("latitude", "longitude", "point", "why"),
    [
        ("37.18", "68.91", (37.18, 68.91), None),
        ("", "", None, None),
        ("0", "0", None, None),
        ("236.7", "68.8", None, "latitude 236.7 is outside -90..90"),
        ("36", "-181", None, "longitude -181 is outside -180..180"),
        ("abc", "68.8", None, "latitude 'abc' is not a number"),
        ("nan", "68.8", None, "latitude nan is outside -90..90"),
        ("36.1", "", None, "latitude 36.1 without a longitude"),
        ("", "68.8", None, "longitude 68.8 without a latitude"),
    ],
)
def test_a_point_is_whole_or_none(latitude: str, longitude: str, point: object, why: str | None) -> None:
    read = read_point(latitude, longitude)
    assert (read.point, read.dropped) == (point, why)


def test_each_row_kept_without_its_point_is_said_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "gz.csv"
    path.write_text(ROWS, encoding="utf-8")
    said: list[str] = []

    places = {p.name: p for p in read_gazetteer_file(path, said=said.append)}

    assert all((p.latitude is None) == (p.longitude is None) for p in places.values())
    assert (places["Imam Sahib"].latitude, places["Imam Sahib"].longitude) == (37.18, 68.91)
    assert set(places) == {"Zorkville", "Blorp", "Imam Sahib", "Quux", "Nowhere", "Nullisland"}
    assert said == [
        "line 2: Zorkville: latitude 236.7 is outside -90..90; kept without a point",
        "line 3: Blorp: latitude 'abc' is not a number; kept without a point",
        "line 5: Quux: latitude 36.1 without a longitude; kept without a point",
    ]


def test_a_json_gazetteer_says_which_place_of_the_list(tmp_path: Path) -> None:
    path = tmp_path / "gz.json"
    path.write_text(json.dumps([{"name": "Kunduz", "lat": 36.7}, {"name": "Herat", "lat": 34.3, "lon": 62.2}]))
    said: list[str] = []
    places = read_gazetteer_file(path, said=said.append)
    assert [(p.latitude, p.longitude) for p in places] == [(None, None), (34.3, 62.2)]
    assert said == ["place 1 of the list: Kunduz: latitude 36.7 without a longitude; kept without a point"]


def test_the_command_counts_them(tmp_path: Path) -> None:
    path = tmp_path / "gz.csv"
    path.write_text(ROWS, encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert run(["gazetteer", "import", str(path), "--db", str(tmp_path / "db")], stdout=out, stderr=err) == 0
    assert out.getvalue() == "imported 6 places (6 district) as gz; 3 kept without the point their row gave\n"
    assert f"fieldmark: {path}: line 2: Zorkville: latitude 236.7 is outside" in err.getvalue()
