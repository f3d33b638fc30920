"""The span a form grows or shrinks to, by word and by sentence (alt+arrows in the form)."""

from __future__ import annotations

import pytest

from annotations.forms.spans import resized, target_span

TEXT = "The Taliban captured Imam Sahib district, officials said. Residents fled to Kunduz. Others stayed."
IMAM = (TEXT.index("Imam"), TEXT.index("Imam") + len("Imam Sahib"))


@pytest.mark.parametrize(
    ("edge", "unit", "direction", "expected"),
    [
        ("end", "word", 1, "Imam Sahib district"),  # the comma stays out
        ("end", "word", -1, "Imam"),
        ("start", "word", 1, "captured Imam Sahib"),
        ("start", "word", -1, "Sahib"),
        ("end", "sentence", 1, "Imam Sahib district, officials said."),
        ("start", "sentence", 1, "The Taliban captured Imam Sahib"),
    ],
)
def test_a_span_moves_by_a_word_or_a_sentence(edge: str, unit: str, direction: int, expected: str) -> None:
    start, end = resized(TEXT, IMAM, edge, unit, direction)
    assert TEXT[start:end] == expected


def test_a_span_never_shrinks_to_nothing_and_drops_a_partial_word_first() -> None:
    one = (TEXT.index("Kunduz"), TEXT.index("Kunduz") + 6)
    assert resized(TEXT, one, "end", "word", -1) == one
    assert resized(TEXT, one, "start", "word", -1) == one
    partial = (TEXT.index("aliban"), TEXT.index("captured") + 8)  # starts inside "Taliban"
    start, end = resized(TEXT, partial, "start", "word", -1)
    assert TEXT[start:end] == "captured"


def test_sentences_are_taken_whole() -> None:
    first = (0, TEXT.index("said.") + 5)
    start, end = resized(TEXT, first, "end", "sentence", 1)
    assert TEXT[start:end].endswith("fled to Kunduz.")
    start, end = resized(TEXT, (start, end), "end", "sentence", -1)
    assert TEXT[start:end].endswith("officials said.")
    assert resized(TEXT, first, "end", "sentence", -1) == first  # one sentence: nothing to drop


def test_a_selection_that_cuts_a_word_tags_the_whole_word() -> None:
    """For claims too: a newcomer's `v` selection up to the cursor ended a claim "…the government
    rejecte" (the letter under the cursor is not selected) and another at "fam"."""
    text = "the Islamist extremists left Kunduz-based units"
    searched = (text.index("Isl"), text.index("Isl") + 3)
    assert text[slice(*target_span("actor", text, searched, 0))] == "Islamist"
    inside = (text.index("lamist extr"), text.index("lamist extr") + 11)
    assert text[slice(*target_span("actor", text, inside, 0))] == "Islamist extremists"
    kunduz = (text.index("Kunduz"), text.index("Kunduz") + 6)
    assert target_span("district", text, kunduz, 0) == kunduz  # a hyphen ends a word: kept as chosen
    assert text[slice(*target_span("claim", text, (0, text.index("remists") + 3), 0))] == "the Islamist extremists"
    assert target_span("claim", text, (0, text.index(" left")), 0) == (0, text.index(" left"))  # whole: kept


def test_a_span_keeps_the_quotation_marks_of_the_quotation_it_holds() -> None:
    """Found by a newcomer: shrinking `…GNU "controls nothing",` by a word stored
    `…GNU "controls nothing` without its closing quotation mark."""
    text = 'The LNA said the clashes proved the GNU "controls nothing", a statement the GNU dismissed.'
    start = text.index("the clashes")
    span = (start, text.index(", a statement") + 1)
    shrunk = resized(text, span, "end", "word", -1)
    assert text[slice(*shrunk)] == 'the clashes proved the GNU "controls nothing"'
    grown = resized(text, (start, text.index("controls") + 8), "end", "word", 1)
    assert text[slice(*grown)] == 'the clashes proved the GNU "controls nothing"'
    curly = "He said “we hold Sake” and left."
    inner = (curly.index("hold"), curly.index("Sake") + 5)  # `hold Sake”`
    assert curly[slice(*resized(curly, inner, "start", "word", 1))] == "“we hold Sake”"
    assert curly[slice(*resized(curly, (curly.index("He"), curly.index("we") + 2), "end", "word", -1))] == "He said"


def test_a_span_ending_in_a_quotation_still_shrinks() -> None:
    """Found in review: shrinking `Goma was "secure"` by a word put the mark back and stayed put."""
    text = 'The army said Goma was "secure". “Goma was secure” they said.'
    straight = (text.index("Goma"), text.index('"secure"') + 8)
    assert text[slice(*resized(text, straight, "end", "word", -1))] == "Goma was"
    curly = (text.index("“Goma"), text.index("secure”") + 7)
    assert text[slice(*resized(text, curly, "start", "word", -1))] == "was secure”"


def test_a_word_step_keeps_the_parenthesis_the_span_opened() -> None:
    """Found by a newcomer: alt+← on "(MNDAA), a" gave "(MNDAA" and no key gave "(MNDAA)"."""
    text = "troops had retaken Lashio from the Alliance Army (MNDAA), a claim residents disputed."
    longer = (0, text.index(", a claim") + 3)
    shorter = resized(text, longer, "end", "word", -1)
    assert text[slice(*shorter)].endswith("Army (MNDAA)")
    assert text[slice(*resized(text, shorter, "end", "word", 1))].endswith("(MNDAA), a")


def test_a_name_in_guillemets_grows_with_its_closing_mark() -> None:
    """A newcomer's alt+→ on "Батальон «Восток" gave "Батальон «Восток», said" past the closing
    guillemet, which only a straight or curly double quote was given."""
    text = "Батальон «Восток», said a spokesman."
    assert text[slice(*resized(text, (0, 8), "end", "word", 1))] == "Батальон «Восток»"
    start = text.index("«")
    assert text[slice(*resized(text, (start, len(text) - 1), "end", "word", -1))].startswith("«Восток»")


def test_a_claim_selected_with_its_quotation_marks_is_their_content() -> None:
    """A newcomer's `"` then `c` kept the marks in the claim; suggested claims leave them out."""
    text = "She said: “They broke down doors.” Then she left."
    start, end = text.index("“"), text.index("”") + 1
    assert text[slice(*target_span("claim", text, (start, end), 0))] == "They broke down doors."
    assert text[slice(*target_span("actor", text, (start, end), 0))] == "“They broke down doors.”"


def test_a_claim_loses_the_comma_inside_its_closing_mark_and_the_spaces_around_it() -> None:
    """A newcomer's claim taken with `"` kept the comma inside the closing mark ("…headquarters,");
    one grown word by word kept the space after it ("…rejected. " in the CSV)."""
    text = "“Our forces hold the headquarters,” the spokesman said. A charge the government rejected. Then"
    start, end = text.index("“"), text.index("”") + 1
    assert text[slice(*target_span("claim", text, (start, end), 0))] == "Our forces hold the headquarters"
    grown = (text.index("A charge"), text.index("Then"))
    assert text[slice(*target_span("claim", text, grown, 0))] == "A charge the government rejected."
    assert text[slice(*target_span("claim", text, None, 3))] == "Our forces hold the headquarters"


def test_a_sentence_between_two_quotations_keeps_their_marks() -> None:
    """A reviewer's: `c` in "the commander said" took the sentence without its first and last
    marks, which belong to two quotations: '…fight,” the commander said, “and we…'."""
    text = "“We will fight,” the commander said, “and we will win.” Next one."
    claim = text[slice(*target_span("claim", text, None, text.index("commander")))]
    assert claim == "“We will fight,” the commander said, “and we will win.”"


def test_shrinking_the_end_by_a_word_takes_a_word_not_only_the_full_stop() -> None:
    """A newcomer's claim "…, prosecutors said." needed two alt+← to lose "said": the first took
    only the full stop."""
    text = "Rebels took the town, prosecutors said. Next."
    span = (0, text.index("said.") + 5)
    assert text[slice(*resized(text, span, "end", "word", -1))] == "Rebels took the town, prosecutors"


def test_a_sentence_less_goes_back_to_where_the_end_was_grown_from() -> None:
    """A newcomer's "Dori" grown by a sentence twice, then shrunk by one, was "Dori." at best and
    never "Dori" again: a span inside one sentence has no sentence to give back."""
    from annotations.forms.spans import resized_keeping_steps

    span, steps = IMAM, ()
    for _ in range(2):
        span, steps = resized_keeping_steps(TEXT, span, "end", "sentence", 1, steps)
    assert TEXT[span[0] : span[1]] == "Imam Sahib district, officials said. Residents fled to Kunduz."
    span, steps = resized_keeping_steps(TEXT, span, "end", "sentence", -1, steps)
    assert TEXT[span[0] : span[1]] == "Imam Sahib district, officials said."
    span, steps = resized_keeping_steps(TEXT, span, "end", "sentence", -1, steps)
    assert (span, steps) == (IMAM, ())
    assert resized_keeping_steps(TEXT, span, "end", "sentence", -1, steps) == (IMAM, ())  # nothing more
    grown, steps = resized_keeping_steps(TEXT, IMAM, "end", "sentence", 1, ())
    _moved, steps = resized_keeping_steps(TEXT, grown, "end", "word", -1, steps)
    assert steps == ()  # another move starts afresh


def test_one_word_with_its_full_stop_shrinks_to_the_word() -> None:
    text = "Fighting went on near Dori. Residents fled."
    dori = text.index("Dori")
    assert resized(text, (dori, dori + 5), "end", "word", -1) == (dori, dori + 4)
    assert resized(text, (dori, dori + 4), "end", "word", -1) == (dori, dori + 4)
    stop = text.index(".")
    assert resized(text, (stop, stop + 1), "end", "word", -1) == (stop, stop + 1)


def test_a_persian_word_with_a_zero_width_non_joiner_or_vowel_marks_is_one_word() -> None:
    """A newcomer's search for "گوید" and Enter selected it alone in "می‌گوید" (U+200C inside it),
    and a name written with its vowel marks ("مُحَمَّد") was cut at each mark."""
    from annotations.text.navigation import word_at

    text = "A witness می‌گوید که شهر آرام است. مُحَمَّد said so."
    for inside, word in (("گوید", "می\u200cگوید"), ("حَ", "مُحَمَّد"), ("witness", "witness")):
        span = word_at(text, text.index(inside))
        assert span is not None and text[span[0] : span[1]] == word


def test_a_word_less_takes_a_word_not_a_stray_closing_mark() -> None:
    """A newcomer's claim `We will hold the town."` (its opening mark left out) lost only `."` to
    alt+←, and alt+→ then took the next paragraph's first word."""
    text = 'He said: "We will hold the town."\n\nThe army said it had retaken the town.'
    span = (text.index("We"), text.index("\n"))
    shrunk = resized(text, span, "end", "word", -1)
    assert text[slice(*shrunk)] == "We will hold the"
    assert text[slice(*resized(text, shrunk, "end", "word", 1))] == "We will hold the town"


def test_a_word_more_stays_within_the_paragraph() -> None:
    text = 'He said: "We will hold the town."\n\nThe army said it had retaken the town.'
    end_of_paragraph = (text.index("We"), text.index("\n"))
    assert resized(text, end_of_paragraph, "end", "word", 1) == end_of_paragraph
    army = (text.index("The army"), text.index("The army") + 8)
    assert resized(text, army, "start", "word", 1) == army
    assert text[slice(*resized(text, end_of_paragraph, "end", "sentence", 1))].endswith("retaken the town.")
    wrapped = "The army said it had\nretaken the town."  # one line break: the same paragraph
    assert wrapped[slice(*resized(wrapped, (0, 20), "end", "word", 1))] == "The army said it had\nretaken"


def test_a_word_less_does_not_stop_at_a_closing_bracket() -> None:
    """A reviewer's: "… continued (sources said)." shrunk by a word lost only its full stop."""
    text = "Fighting near the airport continued (sources said). Next."
    span = (0, text.index(" Next"))
    assert text[slice(*resized(text, span, "end", "word", -1))] == "Fighting near the airport continued (sources"
