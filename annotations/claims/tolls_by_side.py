"""One claim's toll when it counts the dead of each side apart: "two soldiers were killed and nine
wounded in the fighting, and that at least eight dissidents died" is 10 dead, not the lowest of its
figures (helper-266's El Plateado row said 2). Figures of the same dead, or of dead whose side the
words do not say ("at least 20 people were killed; officials later put the toll at 30"), stay a
range from the lowest to the highest, as ACLED's conservative rule reads them."""

from __future__ import annotations

from annotations.claims.figures import death_figures, whose_dead
from annotations.text.pattern_cache import compiled

_CLAUSES = compiled(r",|;|\band\b|\bwhile\b|\bwhereas\b")


def claims_toll(text: str, figures: list[int]) -> tuple[int, int]:
    """(low, high) of the dead a claim's words count, `figures` being `death_figures(text)`."""
    if len(figures) < 2:
        return (figures[0], figures[0]) if figures else (0, 0)
    sides = _figures_by_side(text)
    if sides is not None and sorted(sides.values()) == sorted(figures):
        total = sum(figures)
        return total, total
    return min(figures), max(figures)


def _figures_by_side(text: str) -> dict[str, int] | None:
    """Each clause's one figure by the side of its dead, when every figure's clause names a side and
    no side twice; else None."""
    sides: dict[str, int] = {}
    for clause in _CLAUSES.split(text):
        found = death_figures(clause)
        if not found:
            continue
        side = whose_dead(clause)
        if len(found) != 1 or side is None or side in sides:
            return None
        sides[side] = found[0]
    return sides if len(sides) > 1 else None
