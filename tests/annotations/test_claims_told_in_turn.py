"""A place taken on one day and taken back days later is told in turn, not contradicted: the
board marked the MNDAA's capture of Lashio and the army's retaking four days later as a
contradiction (a capture and the retaking that follows it are both true). A hold said against a
capture told before it, or two sides of one day, still contradict."""

from __future__ import annotations

from pathlib import Path

from annotations.claims.board import Event, board_claims, events
from annotations.model import ActorDetails, Article, Entity, PlaceDetails
from annotations.store import Store

from ..helpers import claim_about

LASHIO = Entity.place("Lashio", PlaceDetails("city", country="Myanmar"))
MNDAA = Entity.actor("MNDAA", ActorDetails("rebel_group"))
ARMY = Entity.actor("Myanmar army", ActorDetails("state_forces"))


def one_event(tmp_path: Path, told: list[tuple[str, str, Entity, str, str]], denials: tuple[int, ...] = ()) -> Event:
    """The one event of these claims, each in an article of its own (text, published, speaker,
    words, status); those at `denials` negated."""
    with Store.open(tmp_path / "db") as store:
        for entity in (MNDAA, ARMY):
            store.put_entity(entity)
        for n, (text, day, speaker, words, status) in enumerate(told):
            article = Article.create(f"Report {n}", text, published=day, source=f"https://e.org/{n}")
            store.add_article(article)
            certainty = "negated" if n in denials else "certain"
            claim_about(store, article, words, LASHIO, speaker, status=status, certainty=certainty)
        (event,) = events(board_claims(store))
    return event


def test_a_capture_and_its_retaking_days_later_are_told_in_turn(tmp_path: Path) -> None:
    event = one_event(tmp_path, [
        ("The MNDAA said on Friday its fighters captured Lashio.", "2024-08-03", MNDAA, "its fighters captured Lashio", "captured"),
        ("The army said on Tuesday its troops retook Lashio.", "2024-08-06", ARMY, "its troops retook Lashio", "retaken"),
    ])  # fmt: skip
    assert set(event.sides()) == {"attackers", "government"}
    assert event.contradictions() == []
    assert not any(event.contradicted(c) for c in event.claims)


def test_a_hold_said_after_a_capture_or_on_its_day_contradicts_it(tmp_path: Path) -> None:
    event = one_event(tmp_path, [
        ("The MNDAA said on Friday its fighters captured Lashio.", "2024-08-03", MNDAA, "its fighters captured Lashio", "captured"),
        ("The army said on Saturday Lashio remains under army control.", "2024-08-04", ARMY, "Lashio remains under army control", "government_held"),
    ])  # fmt: skip
    assert len(event.contradictions()) == 1


def test_a_retaking_told_on_the_day_of_the_capture_contradicts_it(tmp_path: Path) -> None:
    event = one_event(tmp_path, [
        ("The MNDAA said on Friday its fighters captured Lashio.", "2024-08-03", MNDAA, "its fighters captured Lashio", "captured"),
        ("The army said on Friday its troops retook Lashio.", "2024-08-03", ARMY, "its troops retook Lashio", "retaken"),
    ])  # fmt: skip
    assert len(event.contradictions()) == 1


def test_a_denial_contradicts_what_it_denies_whichever_day_it_is_dated(tmp_path: Path) -> None:
    event = one_event(tmp_path, [
        ("The MNDAA denied on Friday that Lashio had been retaken.", "2024-08-03", MNDAA, "Lashio had been retaken", "retaken"),
        ("The army said on Tuesday its troops retook Lashio.", "2024-08-06", ARMY, "its troops retook Lashio", "retaken"),
    ], denials=(0,))  # fmt: skip
    assert len(event.contradictions()) == 1


def test_a_hold_said_after_a_retaking_contradicts_it(tmp_path: Path) -> None:
    """A reviewer's: the MNDAA's "its fighters still hold Lashio" four days after the army's
    retaking was read as the next change of hands (its hold is "captured" too), not against it."""
    event = one_event(tmp_path, [
        ("The army said on Friday its troops retook Lashio.", "2024-08-03", ARMY, "its troops retook Lashio", "retaken"),
        ("The MNDAA said on Tuesday its fighters still hold Lashio.", "2024-08-06", MNDAA,
         "its fighters still hold Lashio", "unknown"),
    ])  # fmt: skip
    assert len(event.contradictions()) == 1
