"""A place's point from a gazetteer row: both coordinates, each a number in its range, or none.

A row with latitude 236.7, "abc" or an empty longitude kept the other half (latitude None,
longitude 68.8): a point no map can draw, said nowhere. Such a row's place is now kept without
a point, and why is said (the import names the row).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

Point = tuple[float, float]
"""(latitude, longitude)."""


@dataclass(frozen=True)
class ReadPoint:
    """The point a row gives, or None; `dropped` says why a point the row gave was not kept."""

    point: Point | None
    dropped: str | None = None


def read_point(latitude: str | None, longitude: str | None) -> ReadPoint:
    """The point of a row's latitude and longitude cells (blank both: none, nothing said; "0,0"
    too, how tables say "not known")."""
    cells = {"latitude": (latitude or "").strip(), "longitude": (longitude or "").strip()}
    if not any(cells.values()):
        return ReadPoint(None)
    missing = [name for name, cell in cells.items() if not cell]
    if missing:
        given = "longitude" if missing == ["latitude"] else "latitude"
        return ReadPoint(None, f"{given} {cells[given]} without a {missing[0]}")
    numbers = [_number(name, cell) for name, cell in cells.items()]
    problems = [problem for _number_read, problem in numbers if problem]
    if problems:
        return ReadPoint(None, "; ".join(problems))
    point = (numbers[0][0], numbers[1][0])
    return ReadPoint(None if point == (0.0, 0.0) else point)


BOUNDS = {"latitude": 90.0, "longitude": 180.0}


def _number(name: str, cell: str) -> tuple[float, str | None]:
    """A coordinate and why it cannot be one (None when it can)."""
    try:
        number = float(cell)
    except ValueError:
        return 0.0, f"{name} {cell!r} is not a number"
    bound = BOUNDS[name]
    if not math.isfinite(number) or not -bound <= number <= bound:
        return 0.0, f"{name} {cell} is outside -{bound:g}..{bound:g}"
    return number, None
