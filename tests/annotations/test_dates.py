"""The date resolver: expressions × datelines, written out or checked against a brute-force count
of days (for weekdays), including a weekday equal to the dateline's, year boundaries and "last X"."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from annotations.text.dates import DateRange, dates_in, resolve

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
DATELINES = [date(2021, 6, 21) + timedelta(days=n) for n in range(7)] + [
    date(2020, 12, 31),  # a Thursday, the last day of a year
    date(2021, 1, 1),  # a Friday, the first
    date(2024, 2, 29),  # a leap day, a Thursday
]
FORMS = ("on {}", "{}", "{} night", "early {} afternoon", "last {}")


def counted_back(dateline: date, weekday: str, *, at_least: int) -> date:
    """The oracle: walk back day by day from the dateline until the weekday's name comes up."""
    day = dateline - timedelta(days=at_least)
    while WEEKDAY_NAMES[day.weekday()] != weekday:
        day -= timedelta(days=1)
    return day


WEEKDAY_CASES = [
    (form.format(weekday), dateline, counted_back(dateline, weekday, at_least=1 if form.startswith("last") else 0))
    for dateline in DATELINES
    for weekday in WEEKDAY_NAMES
    for form in FORMS
]


@pytest.mark.parametrize(("expression", "dateline", "expected"), WEEKDAY_CASES)
def test_weekdays(expression: str, dateline: date, expected: date) -> None:
    assert resolve(expression, dateline) == DateRange(expected, expected, 1)


TUESDAY = date(2021, 6, 22)
NEW_YEAR = date(2024, 1, 2)  # a Tuesday

WRITTEN_OUT = [
    # relative days
    ("yesterday", TUESDAY, (date(2021, 6, 21), date(2021, 6, 21), 1)),
    ("Yesterday", NEW_YEAR, (date(2024, 1, 1), date(2024, 1, 1), 1)),
    ("the day before yesterday", NEW_YEAR, (date(2023, 12, 31), date(2023, 12, 31), 1)),
    ("today", TUESDAY, (TUESDAY, TUESDAY, 1)),
    ("tonight", TUESDAY, (TUESDAY, TUESDAY, 1)),
    ("this morning", TUESDAY, (TUESDAY, TUESDAY, 1)),
    ("overnight", NEW_YEAR, (date(2024, 1, 1), NEW_YEAR, 1)),
    ("last night", TUESDAY, (date(2021, 6, 21), TUESDAY, 1)),
    ("in the past day", TUESDAY, (date(2021, 6, 21), TUESDAY, 1)),  # a newcomer's: it was the week
    ("over the past 24 hours", NEW_YEAR, (date(2024, 1, 1), NEW_YEAR, 1)),
    ("two days ago", NEW_YEAR, (date(2023, 12, 31), date(2023, 12, 31), 1)),
    ("3 days ago", TUESDAY, (date(2021, 6, 19), date(2021, 6, 19), 1)),
    ("a week ago", TUESDAY, (date(2021, 6, 14), date(2021, 6, 20), 2)),
    ("two weeks ago", TUESDAY, (date(2021, 6, 7), date(2021, 6, 13), 2)),
    ("in recent days", TUESDAY, (date(2021, 6, 15), TUESDAY, 2)),
    ("over the past week", TUESDAY, (date(2021, 6, 15), TUESDAY, 2)),
    ("the last few days", TUESDAY, (date(2021, 6, 15), TUESDAY, 2)),
    # weeks, months, years
    ("this week", TUESDAY, (date(2021, 6, 21), TUESDAY, 2)),
    ("earlier this week", date(2021, 6, 27), (date(2021, 6, 21), date(2021, 6, 27), 2)),
    ("last week", TUESDAY, (date(2021, 6, 14), date(2021, 6, 20), 2)),
    ("over the weekend", TUESDAY, (date(2021, 6, 19), date(2021, 6, 20), 2)),
    ("at the weekend", date(2021, 6, 20), (date(2021, 6, 19), date(2021, 6, 20), 2)),
    ("during the weekend", date(2021, 6, 19), (date(2021, 6, 19), date(2021, 6, 19), 2)),
    ("this weekend", NEW_YEAR, (date(2023, 12, 30), date(2023, 12, 31), 2)),
    ("last week", NEW_YEAR, (date(2023, 12, 25), date(2023, 12, 31), 2)),
    ("last week", date(2021, 6, 27), (date(2021, 6, 14), date(2021, 6, 20), 2)),
    ("last weekend", TUESDAY, (date(2021, 6, 19), date(2021, 6, 20), 2)),
    ("last weekend", date(2021, 6, 27), (date(2021, 6, 19), date(2021, 6, 20), 2)),
    ("this month", TUESDAY, (date(2021, 6, 1), TUESDAY, 3)),
    ("earlier this month", NEW_YEAR, (date(2024, 1, 1), NEW_YEAR, 3)),
    ("last month", TUESDAY, (date(2021, 5, 1), date(2021, 5, 31), 3)),
    ("last month", NEW_YEAR, (date(2023, 12, 1), date(2023, 12, 31), 3)),
    ("last month", date(2024, 3, 15), (date(2024, 2, 1), date(2024, 2, 29), 3)),
    ("this year", TUESDAY, (date(2021, 1, 1), TUESDAY, 3)),
    ("last year", NEW_YEAR, (date(2023, 1, 1), date(2023, 12, 31), 3)),
    # explicit dates, with and without a year, across the year boundary
    ("22 June 2021", NEW_YEAR, (date(2021, 6, 22), date(2021, 6, 22), 1)),
    ("June 22, 2021", NEW_YEAR, (date(2021, 6, 22), date(2021, 6, 22), 1)),
    ("on 20 June", TUESDAY, (date(2021, 6, 20), date(2021, 6, 20), 1)),
    ("June 20", TUESDAY, (date(2021, 6, 20), date(2021, 6, 20), 1)),
    ("June 20th", TUESDAY, (date(2021, 6, 20), date(2021, 6, 20), 1)),
    ("the 20th of June", TUESDAY, (date(2021, 6, 20), date(2021, 6, 20), 1)),
    ("on 30 December", NEW_YEAR, (date(2023, 12, 30), date(2023, 12, 30), 1)),
    ("December 31", NEW_YEAR, (date(2023, 12, 31), date(2023, 12, 31), 1)),
    ("on 1 January", NEW_YEAR, (date(2024, 1, 1), date(2024, 1, 1), 1)),
    ("on 5 January", NEW_YEAR, (date(2024, 1, 5), date(2024, 1, 5), 1)),  # ahead: planned
    ("on 20 January", NEW_YEAR, (date(2024, 1, 20), date(2024, 1, 20), 1)),  # a deadline within 60 days
    ("on 20 March", NEW_YEAR, (date(2023, 3, 20), date(2023, 3, 20), 1)),  # further ahead: last year's
    ("Dec. 24", NEW_YEAR, (date(2023, 12, 24), date(2023, 12, 24), 1)),
    ("Sept 3", TUESDAY, (date(2020, 9, 3), date(2020, 9, 3), 1)),
    ("3 Sep 2019", TUESDAY, (date(2019, 9, 3), date(2019, 9, 3), 1)),
    ("29 February", date(2024, 3, 2), (date(2024, 2, 29), date(2024, 2, 29), 1)),
    ("2021-06-20", NEW_YEAR, (date(2021, 6, 20), date(2021, 6, 20), 1)),
    # months and parts of months
    ("in June", TUESDAY, (date(2021, 6, 1), date(2021, 6, 30), 3)),
    ("in December", NEW_YEAR, (date(2023, 12, 1), date(2023, 12, 31), 3)),
    ("in July", TUESDAY, (date(2020, 7, 1), date(2020, 7, 31), 3)),
    ("June 2019", TUESDAY, (date(2019, 6, 1), date(2019, 6, 30), 3)),
    ("during February 2024", NEW_YEAR, (date(2024, 2, 1), date(2024, 2, 29), 3)),
    ("early June", TUESDAY, (date(2021, 6, 1), date(2021, 6, 10), 2)),
    ("mid-June", TUESDAY, (date(2021, 6, 11), date(2021, 6, 20), 2)),
    ("late December", NEW_YEAR, (date(2023, 12, 21), date(2023, 12, 31), 2)),
    ("late February", date(2023, 3, 10), (date(2023, 2, 21), date(2023, 2, 28), 2)),
    # ranges
    ("between 1 and 3 June", TUESDAY, (date(2021, 6, 1), date(2021, 6, 3), 2)),
    ("from 1 to 3 June", TUESDAY, (date(2021, 6, 1), date(2021, 6, 3), 2)),
    ("1-3 June", TUESDAY, (date(2021, 6, 1), date(2021, 6, 3), 2)),
    ("June 1-3", TUESDAY, (date(2021, 6, 1), date(2021, 6, 3), 2)),
    ("between 28 and 31 December", NEW_YEAR, (date(2023, 12, 28), date(2023, 12, 31), 2)),
    ("between 1 and 20 May", TUESDAY, (date(2021, 5, 1), date(2021, 5, 20), 3)),
    ("between Monday and Wednesday", date(2021, 6, 24), (date(2021, 6, 21), date(2021, 6, 23), 2)),
    ("from Friday to Sunday", NEW_YEAR, (date(2023, 12, 29), date(2023, 12, 31), 2)),
    ("since 1 May", TUESDAY, (date(2021, 5, 1), TUESDAY, 3)),
    ("since May 1", TUESDAY, (date(2021, 5, 1), TUESDAY, 3)),
    ("since 18 June", TUESDAY, (date(2021, 6, 18), TUESDAY, 2)),
    ("since December 30", NEW_YEAR, (date(2023, 12, 30), NEW_YEAR, 2)),
]


@pytest.mark.parametrize(("expression", "dateline", "expected"), WRITTEN_OUT)
def test_written_out(expression: str, dateline: date, expected: tuple[date, date, int]) -> None:
    assert resolve(expression, dateline) == DateRange(*expected)


@pytest.mark.parametrize(
    "text",
    [
        "At least 5 may have died.",
        "Theresa May said the talks would go on.",
        "The march began at noon.",
        "A second wave is expected.",
        "Officials met on 31 June.",  # no such day: no date, no crash
        "",
    ],
)
def test_words_that_are_not_dates(text: str) -> None:
    assert dates_in(text, TUESDAY) == []


def test_dates_in_a_text_with_their_spans_none_overlapping() -> None:
    text = "Fighting that began on 1 June intensified on Monday night, and again between 19 and 20 June."
    found = dates_in(text, TUESDAY)
    assert [f.text for f in found] == ["1 June", "on Monday night", "between 19 and 20 June"]
    assert [f.resolved.day for f in found] == [date(2021, 6, 1), date(2021, 6, 21), date(2021, 6, 19)]
    assert all(text[f.start : f.end] == f.text for f in found)


def test_there_are_over_300_cases() -> None:
    assert len(WEEKDAY_CASES) + len(WRITTEN_OUT) > 300


def test_a_past_year_is_that_year_unless_every_year_since_is_meant() -> None:
    """A newcomer's: a claim about 2009 in an article of 2025 was dated the article's day."""
    dateline = date(2025, 1, 19)
    (found,) = dates_in("In 2011 the insurgents first seized the town.", dateline)
    assert found.resolved == DateRange(date(2011, 1, 1), date(2011, 12, 31), 3)
    assert dates_in("The militia has killed 3,000 people since its revolt in 2011.", dateline) == []
    assert dates_in("The group was formed in 2025.", dateline) == []  # the article's own date says more
    assert dates_in("The group has held the valley since 2011.", dateline) == []


def test_a_month_after_since_is_no_date_of_the_event() -> None:
    """A newcomer's claim beside "the war that has raged since April 2023" was pre-filled with 1
    April 2023 as its event's date; "since 1 May" stays the range up to the dateline."""
    dateline = date(2025, 5, 10)
    assert dates_in("The war, which has raged since April 2023, reached the town.", dateline) == []
    assert dates_in("Fighting has gone on since early 2024 in the hills.", dateline) == []
    assert dates_in("The siege, in place since the fall of the town in March 2024, goes on.", dateline) == []
    (found,) = dates_in("The town fell in March 2024 after a long siege.", dateline)
    assert found.resolved.start == date(2024, 3, 1)
    (found,) = dates_in("Shelling has not stopped since 1 May.", dateline)
    assert (found.resolved.start, found.resolved.end) == (date(2025, 5, 1), dateline)


def test_a_weekday_after_words_of_what_will_be_is_the_next_one() -> None:
    """A newcomer's "would be brought before a court in Collipulli on Friday", in an article of
    Thursday 27 November, was dated the Friday before (21 November), in claims.csv too."""
    thursday = date(2025, 11, 27)

    def first(text: str) -> date:
        return dates_in(text, thursday)[0].resolved.start

    assert first("the four would be brought before a court on Friday") == date(2025, 11, 28)
    assert first("the government would ask Congress on Monday to extend it") == date(2025, 12, 1)
    assert first("talks will resume next Wednesday") == date(2025, 12, 3)
    assert first("gunmen attacked the camp on Monday") == date(2025, 11, 24)
    assert first("he said he had met them on Friday") == date(2025, 11, 21)
    assert first("the next day, Monday, the troops withdrew") == date(2025, 11, 24)  # told of the past


def test_people_taken_to_a_town_do_not_capture_it() -> None:
    """A newcomer's "Both sons were taken to Yüksekova" gave Yüksekova the status "captured", in
    the places table and the GeoJSON."""
    from annotations.text.readings import control_status_near

    def status(text: str, name: str) -> str:
        at = text.index(name)
        return control_status_near(text, at, at + len(name))

    assert status("Both sons were taken to Kabul for questioning.", "Kabul") == "unknown"
    assert status("Kunduz was taken by the Taliban on Sunday.", "Kunduz") == "captured"


def test_dead_listed_after_the_number_a_killing_gives_are_added() -> None:
    """A newcomer's "killing two workers and a police sergeant" gave 2 fatalities in the events
    table; docs/events.md says the dead of a list are added up."""
    from annotations.claims.figures import death_figures

    assert death_figures("gunmen opened fire, killing two workers and a police sergeant") == [3]
    assert death_figures("killing three civilians and two soldiers near the camp") == [5]
    assert death_figures("killing two and wounding five") == [2]
    assert death_figures("the raiders killed 12 herders and 30 cattle") == [12]


def test_a_killing_of_a_number_and_one_shot_who_died_are_deaths() -> None:
    """A newcomer's "responsibility for the killing of the two guards" and "Sergeant X, 34, was shot
    in the head and died" gave rows of 0 fatalities."""
    from annotations.claims.figures import death_figures

    assert death_figures("the group claimed responsibility for the killing of the two guards") == [2]
    assert death_figures("Corporal Ana Ruiz, 29, was shot in the chest and died in hospital") == [1]
    assert death_figures("he was shot and wounded") == []


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("between March 27 and March 29", (date(2025, 3, 27), date(2025, 3, 29), 2)),
        ("from 30 March to 2 April", (date(2025, 3, 30), date(2025, 4, 2), 2)),
        ("between Dec 30 and Jan 2", (date(2024, 12, 30), date(2025, 1, 2), 2)),
    ],
)
def test_a_range_of_two_days_each_with_its_month(expression: str, expected: tuple[date, date, int]) -> None:
    """Found by a newcomer: "between March 27 and March 29" was March 27 with a day's precision."""
    assert resolve(expression, date(2025, 4, 2)) == DateRange(*expected)
