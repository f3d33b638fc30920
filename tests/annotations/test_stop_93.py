"""Stop 93: helper-352's cases against the stop-92 rules. An event told days apart from the one before counts
only from a day told (not past a month told, not from a day bounding a time, never to after the article), with
words of its own clause; a country's event told before a "separate" one stays its own; a US county is no state."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotations.suggest.places import COUNTIES_ARE_PROVINCES

from .test_builtin_districts import places_in
from .test_event_rows_from_words import rows
from .test_stop_92 import LEDE, TOGO

ARTICLES_DAY = ("2025-04-21", "2")
"""What a row says with no day of its own: the article's (Monday 21 April), a week's precision."""


def row_at(tmp_path: Path, text: str, claims: list[str], place: str = "Dapaong") -> tuple[str, str]:
    found, _ = rows(tmp_path, text, [(words, "casualties") for words in claims])
    (row,) = [r for r in found if r["location"] == place]
    return row["event_date"], row["time_precision"]


def test_days_later_than_an_event_told_by_its_month_count_from_no_older_day(tmp_path: Path) -> None:
    """ "In March, … Two days later, …" was two days after the lede's Saturday (a day after the article)."""
    earlier, then = "JNIM killed 30 herders near Kara", "four soldiers were killed in Dapaong"
    text = f"{LEDE}, the army said.\n\nIn March, {earlier}. Two days later, {then}, a security source said."
    assert row_at(tmp_path, text, [LEDE, earlier, then]) == ARTICLES_DAY


def test_a_day_counted_to_after_the_article_is_not_the_events(tmp_path: Path) -> None:
    then = "Three days later, four soldiers were killed in Dapaong"
    text = f"{LEDE}, the army said.\n\n{then}, a security source said."
    assert row_at(tmp_path, text, [LEDE, then]) == ARTICLES_DAY


def test_a_day_that_bounds_a_time_is_not_counted_from(tmp_path: Path) -> None:
    """ "… since troops were deployed there on April 2. A day earlier, …": a day before the lede's Saturday."""
    then = "A day earlier, four soldiers were killed in Dapaong"
    text = (
        f"{LEDE}, the army said. It was the second attack on the town since troops were deployed there on April 2."
        f" {then}, a security source said."
    )
    assert row_at(tmp_path, text, [LEDE, then]) == ("2025-04-18", "1")


@pytest.mark.parametrize(
    "sentence",
    [
        "Four soldiers were killed in Dapaong, and a day later gunmen killed two herders near Kara",  # the next clause
        "Four soldiers were killed in Dapaong, a town the army had retaken the day before",  # of the town
        "Four soldiers were killed in Dapaong; the next day the army closed the road",
    ],
)
def test_days_apart_in_another_clause_are_not_the_events(tmp_path: Path, sentence: str) -> None:
    claim = "Four soldiers were killed in Dapaong"
    text = f"{LEDE}, the army said.\n\n{sentence}, a security source said."
    assert row_at(tmp_path, text, [LEDE, claim]) == ARTICLES_DAY


@pytest.mark.parametrize(
    "claim",
    [
        "gunmen killed four soldiers in Dapaong whose bodies were found the next day",
        "gunmen killed four soldiers in Dapaong, which troops had left the day before",
    ],
)
def test_the_next_day_of_another_clause_in_a_claim_does_not_move_its_day(tmp_path: Path, claim: str) -> None:
    text = f"{LEDE}, the army said.\n\nOn Friday, {claim}, residents said."
    assert row_at(tmp_path, text, [LEDE, claim]) == ("2025-04-18", "1")


def test_days_apart_count_though_the_sentence_says_when_it_was_told(tmp_path: Path) -> None:
    """ "A day earlier, …, police said on Monday": Monday is when it was told, not the event's day."""
    then = "A day earlier, four soldiers were killed in Dapaong"
    text = f"{LEDE}, the army said.\n\n{then}, police said on Monday."
    assert row_at(tmp_path, text, [LEDE, then]) == ("2025-04-18", "1")


@pytest.mark.parametrize(
    "later",
    [
        "In a separate attack on Sunday, soldiers shot dead three men in Dapaong",
        "Elsewhere on Sunday, soldiers shot dead three men in Dapaong",
    ],
)
def test_an_event_at_the_country_is_not_the_one_told_after_it_as_another(tmp_path: Path, later: str) -> None:
    """helper-352: "Gunmen killed four villagers in Niger on Sunday … In a separate attack on Sunday, gunmen killed
    four villagers near Ayorou": one row of Ayorou."""
    first = "On Sunday, gunmen killed three civilians in Togo"
    text = f"{first}, a local official said. {later}, residents said."
    found, _ = rows(tmp_path, text, [(first, "casualties"), (later, "casualties")], more=(TOGO,))
    assert sorted((r["location"], r["fatalities"]) for r in found) == [("Dapaong", "3"), ("Togo", "3")]


@pytest.mark.parametrize(
    ("text", "county"),
    [
        ("Police arrested 14 protesters outside a warehouse in Delaware County, Pennsylvania, on Saturday.", "Delaware County"),
        ("Protesters clashed with sheriff's deputies in Washington County on Saturday night.", "Washington County"),
    ],
)  # fmt: skip
def test_a_county_where_counties_are_not_provinces_is_no_province(text: str, county: str) -> None:
    """Pennsylvania's Delaware County was the state of Delaware; Oregon's Washington County, Washington state."""
    assert places_in(text).get(county, {}).get("place_kind") != "province"


def test_the_countries_whose_counties_are_provinces_are_those_iso_says() -> None:
    """The list kept in the code (pycountry's subdivisions load too slowly for a suggestion run) is what pycountry
    types as counties or departments at the first level, and Peru."""
    import pycountry

    first_level = {
        s.country_code for s in pycountry.subdivisions if s.parent_code is None and s.type in ("County", "Department")
    }
    assert COUNTIES_ARE_PROVINCES == frozenset(first_level | {"PE"})


@pytest.mark.parametrize(
    "sentence",
    [
        "Aid convoys from Chad through the Adre crossing were blocked near Tawila.",
        "Fighting in North Darfur forced thousands to flee to camps in Chad's Adre.",
    ],
)
def test_a_town_abroad_with_its_country_just_before_is_that_town(sentence: str) -> None:
    """helper-351: in a report on North Darfur, "from Chad through the Adre crossing" was a village of North Darfur;
    Chad's Adré was meant (its country named right before it, as "… in Afghanistan" right after)."""
    found = places_in(f"KHARTOUM, June 3, 2024 (Reuters) - Fighting raged in North Darfur. {sentence}")
    assert (found["Adre"]["province"], found["Adre"]["country"]) == ("Ouaddaï", "Chad")


def test_a_junta_called_a_military_government_is_not_the_countrys_army() -> None:
    """helper-351's rows named one army twice: "Military Forces of Burkina Faso" (soldiers killed at a base) and the
    "Burkina Faso armed forces" tagged, because the junta tagged as the speaker "Burkina Faso's military government"
    made a second army of the country (two leave it to the analyst)."""
    from annotations.model import ActorDetails, Entity
    from annotations.suggest.canonical import own_forces

    army = Entity.actor("Burkina Faso armed forces", ActorDetails("state_forces", aliases=("army",)))
    junta = Entity.actor(
        "Burkinabe junta", ActorDetails("state_forces", aliases=("junta", "Burkina Faso's military government"))
    )
    assert own_forces("Military Forces of Burkina Faso", [army, junta]) == army


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        ("Gunmen killed a chief, his wife and their two children in Dapaong the next day", None),  # a list
        ("Herders killed five farmers who were working in their fields in Dapaong the next day", None),
        ("Soldiers killed 12 insurgents, as well as two civilians caught in the crossfire near Dapaong the next day", None),
        ("Gunmen killed 20 civilians, wounded others, and burned dozens of homes in Dapaong the next day", None),
        ("Early the next morning, the attackers stormed Dapaong, and police said eight more people were killed",
         "eight more people were killed"),  # words opening the sentence cover both its clauses
    ],
)  # fmt: skip
def test_days_apart_in_the_claims_own_clause_still_move_its_day(
    tmp_path: Path, sentence: str, claim: str | None
) -> None:
    """helper-353: the first clause rules of this stop read a list (", his wife"), a "who" clause, ", as well as", a
    verb joined by ", and" and words opening the sentence as another clause: their rows took the article's day."""
    text = f"{LEDE}, the army said.\n\n{sentence}, a security source said."
    assert row_at(tmp_path, text, [LEDE, claim or sentence]) == ("2025-04-20", "1")


def test_an_event_told_by_its_month_a_paragraph_before_is_background(tmp_path: Path) -> None:
    """helper-353: "… in January 2023.\\n\\nA day later, soldiers killed 12": a day after the lede's Saturday."""
    earlier, then = (
        "JNIM killed 30 herders near Kara in January 2023",
        "A day later, four soldiers were killed in Dapaong",
    )
    text = f"{LEDE}, the army said.\n\n{earlier}.\n\n{then}, a security source said."
    assert row_at(tmp_path, text, [LEDE, earlier, then]) == ("2025-04-20", "1")


def test_the_previous_day_after_the_event_told_when_said_keeps_the_day_it_was_said(tmp_path: Path) -> None:
    """helper-353: "…the previous day, police said on Monday" may be the day before they said it: not moved to a day
    before the lede's."""
    then = "four soldiers were killed in Dapaong the previous day"
    text = f"{LEDE}, the army said.\n\nResidents said {then}, police said on Monday."
    assert row_at(tmp_path, text, [LEDE, then]) == ("2025-04-21", "2")


@pytest.mark.parametrize("opening", ["A day after the attack", "The day after the attack"])
def test_a_day_after_the_attack_counts_from_the_event_told_last(tmp_path: Path, opening: str) -> None:
    """helper-352: "A day after the attack, gunmen killed …" took the article's day (only "… the attack on X" counted)."""
    then = f"{opening}, four soldiers were killed in Dapaong"
    text = f"{LEDE}, the army said.\n\n{then}, a security source said."
    assert row_at(tmp_path, text, [LEDE, then]) == ("2025-04-20", "1")


@pytest.mark.parametrize(
    "quote",
    [
        "troops backed by the Civilian Joint Task Force (CJTF) had repelled the attack and neutralised 45 terrorists",
        "soldiers, supported by the Civilian Joint Task Force, pushed the attackers back",
        "the army, with the help of the Civilian Joint Task Force, repelled the attack",
    ],
)
def test_a_militia_backing_the_troops_is_on_the_states_side(quote: str) -> None:
    """helper-354: "troops backed by the CJTF had repelled the attack" was a row of the army against the CJTF."""
    from annotations.claims.allies import on_the_states_side
    from annotations.model import ActorDetails, Entity

    army = Entity.actor("Nigerian Army", ActorDetails("state_forces"))
    cjtf = Entity.actor("Civilian Joint Task Force", ActorDetails("political_militia"))
    assert on_the_states_side(cjtf, [army], quote)
    assert not on_the_states_side(cjtf, [army], "the army clashed with the Civilian Joint Task Force")


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("a.md", "# Fano militia clashes with troops\n\nBAHIR DAR, Ethiopia, Sept 2, 2024 (Reuters) - Fano militiamen "
         "clashed with troops in Debre Markos on Saturday, residents said.\n"),
        ("a.html", "<html><body><h1>Fano militia clashes with troops</h1><p>BAHIR DAR, Ethiopia, Sept 2, 2024 (Reuters) "
         "- Fano militiamen clashed with troops in Debre Markos on Saturday, residents said.</p></body></html>"),
    ],
)  # fmt: skip
def test_a_markdown_or_html_article_is_dated_by_its_dateline_as_a_plain_text_is(
    tmp_path: Path, name: str, text: str
) -> None:
    """helper-354: the same report imported as .txt was dated 2024-09-02, as .md undated."""
    from annotations.text.ingest import read_path

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (article,) = read_path(path).articles
    assert (article.title, article.published) == ("Fano militia clashes with troops", "2024-09-02")


def test_where_the_attackers_withdrew_to_is_not_where_it_happened(tmp_path: Path) -> None:
    """helper-354: "Residents of Monguno said ISWAP fighters … abducted 15 women before withdrawing toward Lake Chad"
    was a row at Lake Chad (here Nadjoundi, a town, as Dapaong is)."""
    raid = "JNIM fighters burned several houses and abducted 15 women before withdrawing toward Nadjoundi"
    found, _ = rows(tmp_path, f"Residents of Dapaong said {raid}.", [(raid, "casualties")])
    assert [r["location"] for r in found] == ["Dapaong"]


def test_a_town_fled_to_opening_a_sentence_places_nothing_beside_it() -> None:
    """helper-352: the words before a town someone was taken or fled to were read in lower case only: "Fleeing to
    Nairobi, …" opening a sentence made Nairobi an anchor for the villages beside it."""
    found = places_in(
        "A roadside bomb killed four police officers in Kenya's Lamu county on Monday, police said.\n\n"
        "Their armored vehicle ran over the explosive device near Bodhei on the road to Basuba, a police report said."
        " Airlifted to Nairobi, two other officers were treated for their wounds."
    )
    assert found["Bodhei"]["province"] is None


def test_days_apart_counted_past_ten() -> None:
    """helper-352: "Eleven days later" was no count (one to ten only)."""
    from annotations.claims.days_apart import days_apart
    from annotations.model import Annotation, Article

    text = "Eleven days earlier, four soldiers were killed in Dapaong, a security source said."
    claim = Annotation.create(Article.create("a", text), "claim", 0, text.index(", a security"))
    apart = days_apart(text, claim)
    assert apart is not None and apart.days == -11
