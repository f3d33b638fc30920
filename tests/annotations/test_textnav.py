"""Motions and phrase selection over article text."""

from __future__ import annotations

import pytest

from annotations.text import finding
from annotations.text import navigation as textnav

TEXT = (
    "The Taliban on Monday announced it captured Imam Sahib district in Kunduz. "
    "Iran’s Tasnim News Agency noted it. U.S. and NATO forces left.\n\n"
    "“Dozens of districts have fallen. Like Imam Sahib, they matter,” officials said. "
    "The Afghan National Army and the Ministry of Defense disagreed."
)


def phrase(pos_of: str, nth: int = 0) -> str:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(pos_of, start + 1)
    span = textnav.phrase_at(TEXT, start + 1)
    assert span is not None
    return TEXT[span[0] : span[1]]


@pytest.mark.parametrize(
    "under,expected",
    [
        ("Imam Sahib", "Imam Sahib"),
        ("Sahib district", "Imam Sahib"),
        ("Tasnim", "Tasnim News Agency"),
        ("Agency", "Tasnim News Agency"),
        ("Iran", "Iran"),
        ("Taliban", "Taliban"),
        ("Afghan National", "Afghan National Army"),
        ("Ministry", "Ministry of Defense"),
        ("Defense", "Ministry of Defense"),
        ("announced", "announced"),
        ("U.S.", "U.S."),
    ],
)
def test_phrase_under_the_cursor(under: str, expected: str) -> None:
    assert phrase(under) == expected


def test_phrase_after_a_sentence_initial_word() -> None:
    assert phrase("Imam Sahib", nth=1) == "Imam Sahib"  # "Like Imam Sahib" keeps "Like" out


def test_words_move_forward_and_back() -> None:
    start = TEXT.index("announced")
    assert TEXT[textnav.next_word(TEXT, start) :].startswith("it captured")
    assert TEXT[textnav.previous_word(TEXT, start) :].startswith("Monday")
    assert textnav.previous_word(TEXT, 0) == 0
    assert textnav.next_word(TEXT, len(TEXT)) == len(TEXT)


def test_sentences_and_paragraphs() -> None:
    inside = TEXT.index("noted")
    start, end = textnav.sentence_at(TEXT, inside)
    assert TEXT[start:end] == "Iran’s Tasnim News Agency noted it."
    assert TEXT[textnav.next_sentence(TEXT, inside) :].startswith("U.S. and NATO")
    assert TEXT[textnav.previous_sentence(TEXT, inside) :].startswith("Iran’s")  # start of this one
    assert TEXT[textnav.previous_sentence(TEXT, start) :].startswith("The Taliban")
    assert TEXT[textnav.next_paragraph(TEXT, 0) :].startswith("“Dozens")
    assert textnav.previous_paragraph(TEXT, TEXT.index("“Dozens")) == 0
    assert textnav.previous_paragraph(TEXT, TEXT.index("Dozens")) == TEXT.index("“Dozens")


def test_quotation_and_growing_sentence_selection() -> None:
    inside = TEXT.index("fallen")
    start, end = textnav.quotation_at(TEXT, inside) or (0, 0)
    assert TEXT[start:end] == "“Dozens of districts have fallen. Like Imam Sahib, they matter,”"
    assert textnav.quotation_at(TEXT, TEXT.index("Monday")) is None
    first = textnav.extend_to_sentence(TEXT, None, inside)
    assert TEXT[first[0] : first[1]] == "“Dozens of districts have fallen."
    grown = textnav.extend_to_sentence(TEXT, first, first[1])
    assert TEXT[grown[0] : grown[1]].endswith("officials said.")


def test_find_all_is_case_insensitive() -> None:
    assert len(finding.find_all(TEXT, "imam sahib")) == 2
    assert finding.find_all(TEXT, "") == []


def test_abbreviations_do_not_end_sentences() -> None:
    start, end = textnav.sentence_at(TEXT, TEXT.index("NATO"))
    assert TEXT[start:end] == "U.S. and NATO forces left."
    text = "Gen. Miller arrived. Troops left."
    assert text[slice(*textnav.sentence_at(text, 2))] == "Gen. Miller arrived."


def test_search_is_smart_case_a_capital_matches_case() -> None:
    text = "Some legislators met Islamist leaders; islamist views differ."
    first = finding.next_match(text, "Isl", selected=None, cursor=0, direction=1)
    assert first is not None and text[first[0] :].startswith("Islamist") and first[2] == 1
    lower = finding.next_match(text, "isl", selected=None, cursor=0, direction=1)
    assert lower is not None and lower[2] == 3 and text[lower[0] :].startswith("islators")


def test_a_capitalised_search_finds_a_word_start_before_a_match_inside_a_word() -> None:
    """Found by a newcomer: "/AP" went to JAYAPURA, the dateline, not to the agency."""
    text = "JAYAPURA, Papua (AP) - Troops arrived, AP reported. KAPAN was quiet."
    found = finding.next_match(text, "AP", selected=None, cursor=0, direction=1)
    assert found is not None and found[0] == text.index("AP)") and found[2] == 2
    inside = finding.next_match(text, "APU", selected=None, cursor=0, direction=1)
    assert inside is not None and text[inside[0] - 3 : inside[0] + 3] == "JAYAPU"  # only inside: still found


def test_a_straight_apostrophe_or_quotation_mark_finds_a_curly_one() -> None:
    text = "A People’s Defence Force unit said it held the “old bridge”."
    assert finding.find_all(text, "People's") == [2]
    assert finding.find_all(text, '"old bridge"') == [text.index("“")]


def test_a_month_written_short_before_a_day_ends_no_sentence() -> None:
    text = "Drones struck the city on Nov. 24 and after, officials said. Then it was quiet."
    assert textnav.sentence_at(text, 5) == (0, text.index(" Then"))


def test_the_article_opening_a_sentence_is_not_tagged_with_the_name_after_it() -> None:
    """Found by a newcomer: `d` on the first word of an article ("The Myanmar National Democratic
    Alliance Army (MNDAA) said …") tagged "The Myanmar National Democratic Allianc…"."""
    text = "The Myanmar National Democratic Alliance Army (MNDAA) said so. A Taliban commander agreed."
    for word, name in (("The", "Myanmar National Democratic Alliance Army"), ("A Taliban", "Taliban")):
        start, end = textnav.phrase_at(text, text.index(word))  # type: ignore[misc]
        assert text[start:end] == name


def test_the_article_of_a_place_named_with_it_stays() -> None:
    """ "The Hague" and "The Gambia" are names with their article; "Hague" alone is no place."""
    text = "The Hague court ruled. Troops left The Gambia in May."
    for word, name in (("The Hague", "The Hague"), ("Hague", "The Hague"), ("The Gambia", "The Gambia")):
        start, end = textnav.phrase_at(text, text.index(word))  # type: ignore[misc]
        assert text[start:end] == name


def test_a_name_with_a_lower_case_arabic_article_is_one_phrase() -> None:
    """Found by a newcomer: Enter on "Abdel Fattah al-Burhan" selected "Abdel Fattah"."""
    from annotations.text.navigation import phrase_at

    text = "Sudan's army chief Abdel Fattah al-Burhan said the war would go on."
    for word in ("Abdel", "al-Burhan"):
        start, end = phrase_at(text, text.index(word) + 1)  # type: ignore[misc]
        assert text[start:end] == "Abdel Fattah al-Burhan"


def test_a_search_without_accents_finds_the_words_with_them() -> None:
    """A newcomer's "/zvecan" and "/abeche" found nothing in an article naming Zvečan and Abéché."""
    text = "Police raided a house in Zvečan and Abéché; Straße 5."
    assert finding.find_all(text, "zvecan") == [text.index("Zvečan")]
    assert finding.find_all(text, "abeche") == finding.find_all(text, "Abéché") == [text.index("Abéché")]
    assert finding.find_all(text, "zvecan and abeche") == [text.index("Zvečan")]
    assert finding.find_all(text, "straße") == [text.index("Straße")]  # ß no longer turns case off
    assert finding.find_all(text, "abéchè") == []  # accents typed are as typed


def test_a_unit_named_with_an_ordinal_is_one_phrase() -> None:
    """A newcomer's Enter on "6th" selected "6th" alone, and on "Division" "Infantry Division"."""
    text = "Troops of the 6th Infantry Division and the 33rd Front clashed on the 6th of May, near Bor."
    for word, phrase in (
        ("6th Inf", "6th Infantry Division"),
        ("Division", "6th Infantry Division"),
        ("33rd", "33rd Front"),
        ("Front", "33rd Front"),
        ("6th of", "6th"),  # a date's ordinal stays a word
    ):
        start, end = textnav.phrase_at(text, text.index(word))
        assert text[start:end] == phrase, word


def test_a_dates_ordinal_before_its_month_stays_a_word() -> None:
    """A reviewer's: Enter on "21st" of "on 21st March" selected "21st March"."""
    text = "Fighting resumed on 21st March near Kidal, and on the 5th January in Gao."
    for word in ("21st", "March", "5th"):
        start, end = textnav.phrase_at(text, text.index(word))
        assert text[start:end] == word, word
