"""Classes of misses found on three articles written for round 37 (Sirte, Bosawás, Kuriga), each
tested on sentences of their own."""

from __future__ import annotations

from .test_suggestions_round_22 import found


def claims(text: str) -> list[str]:
    return [s.quote for s in found(text) if s.kind == "claim"]


def test_a_headline_is_no_claim() -> None:
    """ "…, rights groups say" in a headline was a claim: of eleven headlines in the gold texts
    that read as one, none was a claim their analysts tagged (the body tells it, with its speaker)."""
    text = (
        "Troops kill four herders near Lere, community leaders say\n\n"
        "Troops killed four herders near Lere on Sunday, community leaders said."
    )
    assert claims(text) == ["Troops killed four herders near Lere on Sunday"]
    one_line = "Troops killed four herders near Lere on Sunday, community leaders said."
    assert claims(one_line) == ["Troops killed four herders near Lere on Sunday"]


def test_a_dateline_with_a_country_and_a_day_opens_no_claim() -> None:
    text = "Kaduna, Nigeria, Dec 1 — Gunmen abducted 40 pupils from a school in Kuriga, residents said."
    assert claims(text) == ["Gunmen abducted 40 pupils from a school in Kuriga"]


def test_a_nigerian_police_rank_before_a_name_whose_last_word_is_a_town() -> None:
    """ "ASP Yakubu Garba Lere, said": "Yakubu" (another name of Bauchi) and "Lere" (a town of
    Kaduna) were places and the officer nobody."""
    text = "In Kaduna, ASP Yakubu Garba Lere said a rescue operation was under way."
    assert [s.quote for s in found(text) if s.kind == "actor"] == ["Yakubu Garba Lere"]
    assert [s.quote for s in found(text) if s.kind == "district"] == ["Kaduna"]


def test_a_biosphere_reserve_by_name() -> None:
    text = "Settlers moved into the Tawahka Biosphere Reserve last year."
    assert [s.quote for s in found(text) if s.kind == "district"] == ["Tawahka Biosphere Reserve"]
