"""Classes of misses found on three articles written for round 43 (Anbar, Park W, Belgorod), each
tested on sentences of their own."""

from __future__ import annotations

from .test_suggestions_round_22 import found


def actors(text: str) -> list[str]:
    return [s.quote for s in found(text) if s.kind == "actor"]


def test_a_capital_that_rarely_comments_and_a_legion_by_name() -> None:
    assert actors("Kyiv rarely comments on individual strikes on Russian territory.") == ["Kyiv"]
    assert "Freedom of Russia Legion" in actors("The Freedom of Russia Legion raided the region in 2023.")


def test_a_privately_owned_company_that_said_is_no_outlet() -> None:
    named = [s for s in found("The privately owned Tullow Oil said output fell.") if s.kind == "actor"]
    assert all(s.entity is None or s.entity.details.actor_type != "media" for s in named)  # type: ignore[union-attr]
    assert "Global New Light of Myanmar" in actors("The state-run Global New Light of Myanmar said 20 were killed.")
