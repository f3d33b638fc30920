"""Normalisation: one line-break style, NFC, no control or bidi characters."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from annotations.text.normalize import normalize_line, normalize_text


def test_line_breaks_of_every_style_become_newlines() -> None:
    text = "one\r\ntwo\rthree\x0bfour\x0cfive\x85six\u2028seven\u2029eight"
    assert normalize_text(text).split("\n") == [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
    ]


def test_control_escape_and_bidi_characters_are_removed() -> None:
    text = "a\x1b[31mred\x1b[0m b\x07c\x9bd\u202eevil\u202c e\u2066f\u2069 \x00g\x7f"
    assert normalize_text(text) == "a[31mred[0m bcdevil ef g"


def test_osc_sequences_lose_their_escape() -> None:
    text = "see \x1b]8;;http://x.test\x07link\x1b]8;;\x07 and \x1b]0;title\x07"
    result = normalize_text(text)
    assert "\x1b" not in result and "\x07" not in result


def test_tabs_newlines_and_meaningful_joiners_survive() -> None:
    dari = "می\u200cخواهم"  # ZWNJ is part of the word in Dari and Persian
    assert normalize_text(f"a\tb\n{dari}") == f"a\tb\n{dari}"


def test_nfc_bom_trailing_spaces_and_blank_lines() -> None:
    decomposed = "He\u0301rat"
    text = f"\ufeff\n\n{decomposed}  \t\nline\u00a0\n\n\n\nlast  \n\n"
    assert normalize_text(text) == "Hérat\nline\n\nlast"


def test_lone_surrogates_are_dropped() -> None:
    assert normalize_text("a\ud800b\udfffc") == "abc"


def test_title_is_one_clean_line() -> None:
    assert normalize_line("  Taliban\r\n  take\x1b[1m  Kunduz\t ") == "Taliban take[1m Kunduz"


@given(st.text())
def test_normalised_text_is_stable_and_clean(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once
    assert unicodedata.is_normalized("NFC", once)
    assert once.splitlines() == once.split("\n") or once == ""
    for char in once:
        assert char in "\n\t" or unicodedata.category(char) not in ("Cc", "Cs")


PIECES = ["a", "\u00e9", "e\u0301", " ", "  ", "|", "\u0301", "\u202e", "\x00", "\t", "\xa0", "\n", "\u03a9"]
"""Letters, composed and not, spaces, the separator, controls, bidi and other spacing."""


@given(st.lists(st.lists(st.sampled_from(PIECES), max_size=6).map("".join), max_size=6))
def test_names_checked_together_are_clean_as_each_alone(names: list[str]) -> None:
    """`lines_clean` checks a place's texts in one go: never a different answer from each alone."""
    from annotations.text.normalize import clean_line, lines_clean

    clean = all(clean_line(n) == n for n in names)
    assert clean or not lines_clean(names)  # never says clean what is not
    if all(names):
        assert lines_clean(names) == clean  # and exact when no text is empty
