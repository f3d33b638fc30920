"""Event rows as a newcomer's two articles on one Hezbollah drone strike and Israel's strikes in
reply told them (sentences of our own): the dead listed one by one before a number, a side's war
dead so far, a reason that names an earlier killing, drones launched or slammed into a place,
shelter given to the displaced, and the lower toll of linked claims one of which names no dead."""

from __future__ import annotations

import pytest

from annotations.claims.codebook import disorder_type, interaction
from annotations.claims.earlier_events import earlier_event_spans
from annotations.claims.events import EventRow
from annotations.claims.figures import death_figures
from annotations.claims.merging import merged_events
from annotations.claims.no_row import care_only, running_total


def test_the_dead_told_one_by_one_before_a_number_are_added() -> None:
    """The ministry's "killed a woman and her two children, and that four Hezbollah members were
    killed" gave a row of 4 dead."""
    words = "a strike on a house in Aitaroun killed a woman and her two children, and that four fighters were killed"
    assert death_figures(words) == [7]
    assert death_figures("a strike killed a farmer, and two soldiers were killed later") == [3]
    assert death_figures("a soldier was killed and residents said 14 died") == [14]  # another source's count


def test_a_sides_dead_so_far_is_a_running_total() -> None:
    """ "Israel says 25 civilians and 18 soldiers have been killed on its side" was a row of 43
    dead on the article's day, in Lebanon."""
    assert running_total("25 civilians and 18 soldiers have been killed on its side")
    assert not running_total("five soldiers were killed on its side in the clash on Monday")


@pytest.mark.parametrize(
    "quote",
    [
        "it targeted a command post in the town in response to the killing of one of its commanders in Nabatieh",
        "the attack was a response to the killing of its commander Mohammed Nasser in Nabatieh",
    ],
)
def test_a_killing_given_as_the_reason_is_another_event(quote: str) -> None:
    """Each gave a battle at Nabatieh (the first with one dead, dated "last week")."""
    (span,) = earlier_event_spans(quote)
    assert "Nabatieh" in quote[span[0] : span[1]]
    assert death_figures(quote) == []


@pytest.mark.parametrize(
    "quote",
    [
        "A terror drone launched by Hezbollah hit the centre of Kiryat Shmona",
        "A Hezbollah explosive drone slammed into a residential street in Kiryat Shmona",
        'its fighters had launched "an attack drone at a gathering of enemy soldiers in Kiryat Shmona"',
    ],
)
def test_a_drone_launched_or_slammed_into_a_place_is_a_drone_strike(quote: str) -> None:
    """Each was "Strategic developments: Other" (the first two) or an attack on civilians."""
    from annotations.claims.event_words import BY_WORDS as _BY_WORDS

    kinds = [(event_type, sub) for pattern, event_type, sub in _BY_WORDS if pattern.search(quote)]
    assert kinds[0] == ("Explosions/Remote violence", "Air/drone strike")


def test_shelter_given_to_the_displaced_tells_no_event() -> None:
    assert care_only("schools in Tyre were sheltering more than 6,000 displaced people")
    assert not care_only("gunmen attacked a school sheltering displaced people")


def test_linked_claims_one_naming_no_dead_give_the_lower_toll() -> None:
    """A newcomer linked MDA's "killing two civilians" and Israeli media's "one person was killed":
    the row said 2, deaths_low 2; the linked claims count the same dead, so 1 to 2."""

    def row(claim: str, dead: int, whose: tuple[str, ...], linked: tuple[tuple[str, str], ...]) -> EventRow:
        fields = {
            "event_date": "2024-06-11", "year": 2024, "event_type": "Explosions/Remote violence",
            "sub_event_type": "Air/drone strike", "country": "Israel", "admin1": "Ash Shamālī",
            "disorder_type": disorder_type("Explosions/Remote violence", "Air/drone strike"),
            "location": "Qiryat Shmona", "actor1": "Hezbollah", "assoc_actor_1": "", "inter1": 2,
            "actor2": "", "assoc_actor_2": "", "inter2": 0, "interaction": interaction(2, 0), "time_precision": 1,
            "geo_precision": 1, "source": "example.org", "notes": claim, "timestamp": 0, "fatalities": dead,
            "event_id_cnty": "ISR",
        }  # fmt: skip
        return EventRow(claim, f"art-{claim}", fields, dead, dead, "2024-06-11", dead=whose, linked=linked)

    mda = row("mda", 2, ("civilians",), ())
    media = row("media", 1, (), (("art-mda", "mda"),))
    (merged,) = merged_events([mda, media])
    assert (merged.row["fatalities"], merged.low, merged.high) == (1, 1, 2)


def test_a_place_typed_as_the_text_spells_it_finds_the_gazetteers_name() -> None:
    """A newcomer's `claims --place "Kiryat Shmona"` found nothing: the town is GeoNames' Qiryat
    Shmona (the board compares names by a key that keeps K and Q apart)."""
    from annotations.claims.choosing import place_spellings
    from annotations.suggest.builtin_places import builtin_gazetteer

    assert "Qiryat Shmona" in place_spellings("Kiryat Shmona", [builtin_gazetteer()])
    assert place_spellings("Qiryat Shmona", [builtin_gazetteer()]) == ()  # its own name adds nothing


def test_the_dead_named_by_their_word_are_the_other_sides() -> None:
    """ "An Israeli army spokesman said the strikes had killed 'five terrorists'", IDF and Hezbollah
    chosen under About actors: the row had Hezbollah strike the IDF."""
    from annotations.claims.event_actors import _dead_by_their_word
    from annotations.model import ActorDetails, Entity

    idf = Entity.actor("Israel Defense Forces", ActorDetails("state_forces"))
    hezbollah = Entity.actor("Hezbollah", ActorDetails("rebel_group"))
    words = 'the strikes had killed "five terrorists" and hit weapons depots'
    assert _dead_by_their_word(words, [hezbollah, idf]) == {hezbollah.id}
    assert _dead_by_their_word("rockets killed two soldiers", [hezbollah, idf]) == {idf.id}
    assert _dead_by_their_word("the strikes killed five people", [hezbollah, idf]) == set()


def test_a_number_of_the_wounded_beside_the_dead_leaves_one_toll() -> None:
    """MDA's "killing two civilians and wounding nine others" stated no toll on the board (two
    numbers), so it was not set against "one person was killed"; the export counted 2."""
    from annotations.claims.figures import the_toll

    assert the_toll("an explosive drone slammed into a street, killing two civilians and wounding nine others") == 2
    assert the_toll("two soldiers were killed and 12 people were injured") == 2
    assert the_toll("12 soldiers and 3 rebels were killed") is None


@pytest.mark.parametrize(
    "quote",
    [
        "An Israeli missile hit a school sheltering displaced families in Gaza City",
        "RSF fighters looted a camp hosting displaced people near El Fasher",
        "Soldiers arrested 20 men at a school sheltering displaced people",
        "Settlers set fire to tents housing displaced families near Ramallah",
        "The housing ministry said displaced families would get tents",
    ],
)
def test_harm_done_where_the_displaced_shelter_is_no_help_given(quote: str) -> None:
    """A reviewer's: each was "help given" (no row) once shelter for the displaced was help."""
    assert not care_only(quote)


def test_a_side_of_a_border_on_a_day_is_no_running_total() -> None:
    assert not running_total(
        "Three people have been killed on the Lebanese side of the border in Israeli strikes on Monday"
    )
    assert not running_total("Two soldiers have been killed on their side in the attack on Tuesday")
    assert not running_total("Five fighters have been killed on their side since Sunday")


@pytest.mark.parametrize(
    ("quote", "dead"),
    [
        (
            "In response to the killing of its commander Hezbollah fired rockets at Kiryat Shmona, killing two soldiers",
            [2],
        ),
        ("The strike was in response to the deaths of 3 soldiers on Monday and killed 6 fighters in Bint Jbeil", [6]),
        ("its raid was a response to the killing of two soldiers and that it had killed 5 militants in Jenin", [5]),
    ],
)
def test_an_earlier_killing_ends_where_the_claims_own_event_begins(quote: str, dead: list[int]) -> None:
    """A reviewer's: the earlier event's words ran to the next comma and took the claim's own dead
    and place."""
    assert death_figures(quote) == dead


@pytest.mark.parametrize(
    ("quote", "dead"),
    [
        ("A child was killed, and the death toll from Monday's strikes climbed to 15", [15]),
        ("A soldier was killed in Kidal, and two days later 12 civilians were killed in Gao", [12]),
    ],
)
def test_the_dead_told_one_by_one_are_not_added_to_a_toll_that_counts_them(quote: str, dead: list[int]) -> None:
    assert death_figures(quote) == dead


def test_the_wounded_kin_of_one_killed_are_no_dead() -> None:
    """A reviewer's "A shepherd was killed and his two brothers were wounded, and two soldiers were
    killed nearby" gave 5: the brothers were counted dead. (Not added up at all now: 2.)"""
    assert death_figures("A shepherd was killed and his two brothers were wounded, and two soldiers were killed") == [2]


@pytest.mark.parametrize(
    "quote",
    [
        "Soldiers fired at a drone at the border crossing",
        "Rescuers sent a drone into the collapsed building to look for survivors",
        "The army flew drones on a reconnaissance mission over the camp",
        "A Russian drone crashed in a field in Moldova",
        "A drone exploded in the air over Kyiv after being hit by air defences",
    ],
)
def test_drones_that_struck_nothing_are_no_drone_strike(quote: str) -> None:
    from annotations.claims.event_words import BY_WORDS as _BY_WORDS

    assert not any(sub == "Air/drone strike" and pattern.search(quote) for pattern, _t, sub in _BY_WORDS)


def test_the_wounded_who_died_are_not_the_wounded_left_out_of_a_toll() -> None:
    from annotations.claims.figures import the_toll

    assert the_toll("Three people were killed on the spot and two wounded died in hospital") is None
    assert the_toll("Of the 20 wounded, 4 died overnight") is None


def test_a_toll_of_strikes_takes_no_place_from_a_claim_of_no_strike() -> None:
    """A newcomer's "the strikes had killed 'five terrorists'" took Kiryat Shmona from the claim
    before it ("one person was killed in Kiryat Shmona"): Israel's strikes were in Lebanon."""
    from annotations.claims.claim_places import _another_cause

    assert _another_cause('the strikes had killed "five terrorists"', "one person was killed in Kiryat Shmona")
    assert not _another_cause("the strikes killed 12", "Israeli air strikes hit Khiam overnight")
    assert not _another_cause("More than 40 soldiers were killed", "Militants attacked an army base in Djibo")
