"""A place's timeline as a chart: each status held until the next, long spans in fewer cells."""

from __future__ import annotations

from datetime import date

from annotations.claims.timeline import Moment, chart


def moment(day: str, status: str) -> Moment:
    return Moment(date.fromisoformat(day), status, ("someone",))


def test_each_status_holds_until_the_next_claim_tells_otherwise() -> None:
    drawn = chart(
        [moment("2024-06-21", "captured"), moment("2024-06-24", "retaken"), moment("2024-06-25", "contested")]
    )
    assert drawn is not None and drawn.days_per_cell == 1
    assert drawn.bar() == "███▓▒"  # the 21st to the 23rd captured, the 24th retaken, the 25th contested
    bar, legend = drawn.lines()
    assert bar == "06-21 ███▓▒ 06-25 (a cell a day)"
    assert legend == "█ the attackers hold it  ▓ the government holds it  ▒ contested"


def test_a_long_span_takes_several_days_a_cell_and_a_cell_shows_its_last_told_day() -> None:
    moments = [moment("2024-01-01", "government_held"), moment("2024-03-02", "captured"),
               moment("2024-03-03", "disputed"), moment("2024-06-30", "retaken")]  # fmt: skip
    drawn = chart(moments, width=20)
    assert drawn is not None and drawn.days_per_cell == 10 and len(drawn.sides) == 19  # 182 days
    assert drawn.sides[0] == "government" and drawn.sides[6] == "disputed"  # 2 and 3 March are in the 7th cell
    assert drawn.sides[7] == "disputed" and drawn.sides[-1] == "government"
    assert "? claims of one day disagree" in drawn.lines()[1]


def test_one_day_told_makes_no_chart() -> None:
    assert chart([moment("2024-06-21", "captured")]) is None
    assert chart([moment("2024-06-21", "captured"), moment("2024-06-21", "retaken")]) is None


def test_a_claim_of_an_earlier_year_is_dated_with_its_year_and_left_off_the_chart() -> None:
    """A newcomer's: "In 2015 the insurgents overran the town" read as 01-01 before this year's
    June, and the chart held it captured across ten years in cells of 69 days."""
    from annotations.claims.timeline import timeline_line

    moments = [moment("2015-01-01", "captured"), moment("2025-06-15", "captured"), moment("2025-06-17", "retaken")]
    assert timeline_line(moments).startswith("2015-01-01 captured (someone) → 2025-06-15 captured")
    drawn = chart(moments)
    assert drawn is not None and drawn.days_per_cell == 1 and drawn.lines()[0].startswith("06-15 ██▓ 06-17")
    assert chart(moments[:2]) is None  # the earlier year alone beside one day: no chart
