"""Speed-ups of the recognisers' patterns change their speed, never their matches: a look-ahead on
the first letters, and lines holding the words a pattern needs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from annotations.suggest import people
from annotations.suggest.lexicon import ACTOR_PATTERNS
from annotations.text.cues import ASSERTION_PATTERN, CUE_PATTERN
from annotations.text.regex_gate import gated

WORDS = [
    "Residents",
    "residents",
    "civilians",
    "Local",
    "the",
    "Rapid",
    "Support",
    "Forces",
    "RSF",
    "said",
    "Army",
    "insurgents",
    "ministry",
    "of",
    "Defence",
    "Kelvin",
    "\u212a",
    "ſ",
    "elders",
    "—",
    "(",
    ")",
    ",",
    "'s",
    "\n",
    "Said",
    "according to",
    "told",
    "spokesman",
    "Ahmed Nur",
    "”",
    "a",
    "who",
    "3rd",
    "\u0663rd",  # an Arabic-Indic three: a digit to \\d
    "Brigade",
    "Institute",
]


def test_a_pattern_starting_with_a_boundary_is_gated_on_its_first_letters() -> None:
    gate = gated(re.compile(r"\b(?:[Ll]ocal\s+)?[Rr]esidents\b"))
    assert gate.pattern.startswith("(?=[LRlr])")


def test_a_pattern_that_may_start_anywhere_or_match_nothing_is_left_as_it_is() -> None:
    for source in (r"\w+ forces", r"(?:Mr\.\s+)?", r"[^,]+ said", r".*army"):
        pattern = re.compile(source)
        assert gated(pattern) is pattern


def test_a_pattern_that_may_start_with_a_digit_is_gated_on_digits_of_every_script() -> None:
    gate = gated(re.compile(r"\b(?:\d+(?:st|nd|rd|th)?\s+)?Brigade"))
    assert gate.pattern.startswith("(?=[B\\d])") and gate.search("\u0663rd Brigade").start() == 0


def test_case_is_ignored_in_the_gate_as_in_the_pattern() -> None:
    gate = gated(re.compile(r"\bkilo", re.IGNORECASE))
    assert gate.search("KILO") and gate.search("\u212ailo")  # the Kelvin sign is a K when case is ignored


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join))
def test_every_gated_pattern_finds_the_same_spans_gated_or_not(text: str) -> None:
    patterns = [p.pattern for p in ACTOR_PATTERNS] + [ASSERTION_PATTERN, CUE_PATTERN]
    patterns += [people.NAME_THEN_WHAT, people.ROLE_THEN_NAME, people.SAID_THEN_NAME]
    for pattern in patterns:
        ungated = re.compile(pattern.pattern.removeprefix(_gate_of(pattern)), pattern.flags)
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in ungated.finditer(text)]


def _gate_of(pattern: re.Pattern[str]) -> str:
    found = re.match(r"\(\?=\[[^\]]*\]\)", pattern.pattern)
    return found.group() if found else ""


def test_needed_words_are_found_inside_longer_ones_and_lines_next_to_each_other_are_one_range() -> None:
    from annotations.suggest.needles import NeedleLines

    text = "an armed group came.\nno one.\nthe gangs left.\ngang members stayed.\nquiet."
    needles = NeedleLines(text, ["armed group", "group", "gang", "gangs", "ministry"])
    assert needles.ranges(("group",)) == [(0, 20)]  # inside "armed group"
    gang_lines = needles.ranges(("gang",))  # "gangs" holds "gang"; the two lines are one range
    assert [text[s:e] for s, e in gang_lines] == ["the gangs left.\ngang members stayed."]
    assert needles.ranges(("ministry",)) == []


CONTROL_WORDS = [
    "The", "army", "still", "holds", "Kidal", "which", "fell", "Fell", "FELL", "had", "not", "fallen", "retook",
    "Retaking", "besieged", "siege", "took", "over", "overran", "controls", "control", "of", "under", "military",
    "remains", "firmly", "in", "the", "hands", "government-held", "held", "by", "government", "repelled", "clashes",
    "Attack", "battled", "captured", "seized", "liberated", "surrounded", "encircled", "contested", "fighting",
    "Taken", "\u212aidal", "ſeized", "caſtle", ",", "while", "(", ")", "—", "said",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(CONTROL_WORDS), max_size=25).map(" ".join))
@example("The army still holds Kidal")
@example("Kidal has not fallen, while the town did not fall")
@example("Kidal remains in the hands of the junta")
@example("The town is under military control")
@example("Kidal, which the army overran")
@example("They took over Kidal")
@example("a government-held town")
def test_a_sentence_without_a_control_word_has_no_control_cue(sentence: str) -> None:
    from annotations.text import readings

    cues = [(m.span(), status) for status, p in readings._CONTROL_PATTERNS for m in p.finditer(sentence)]
    if cues:
        assert readings._may_hold_a_cue(sentence)
    _breaks, found = readings._matched_cues(sentence, 0, len(sentence))
    assert [((s, e), status) for s, e, status in found] == cues


NEEDED_WORDS = [  # one line: a match running across lines is cut at the line break by the recogniser anyway
    *(w for w in WORDS if w != "\n"),
    "aid", "workers", "Aid", "agencies", "Medics", "paramedics", "Humanitarian", "soldiers", "Troops", "officials",
    "Authorities", "Prison", "guards", "fled", "Security", "sources", "armed", "men", "Armed", "youths", "Gunmen",
    "gunman", "Former", "Regime", "loyalists", "suicide", "bomber", "A", "Jihadists", "Islamist", "fighters",
    "militiamen", "Villagers", "Tribal", "Elders", "truck", "drivers", "Port", "workers", "Street", "vendors", "Refugees",
    "camp", "Eyewitnesses", "Taxi", "Resistance", "forces", "Wagner-backed", "separatist", "rebels", "Commanders",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(NEEDED_WORDS), max_size=30).map(" ".join))
def test_a_pattern_tried_only_on_lines_holding_the_words_it_needs_finds_what_it_finds_everywhere(text: str) -> None:
    from annotations.suggest.actor_spans import _matches
    from annotations.suggest.scan import scan_of

    needed = [p for p in ACTOR_PATTERNS if p.needs]
    for pattern in needed:
        assert [m.span() for m in _matches(pattern, scan_of(text))] == [
            m.span() for m in pattern.pattern.finditer(text)
        ]


ONE_PHRASE_EACH = (
    "local residents", "civilians", "villagers", "refugees", "eyewitnesses", "witnesses", "displaced families",
    "tribal elders", "farmers", "herders", "fishermen", "teachers", "citizens", "pupils", "students", "traders",
    "passengers", "travellers", "worshippers", "miners", "dockworkers", "port workers", "inmates", "prisoners",
    "street vendors", "taxi drivers", "activists", "the insurgents", "militants", "extremists", "jihadists", "rebels",
    "gunmen", "separatists", "secessionists", "attackers", "assailants", "raiders", "mujahideen", "insurgent groups",
    "resistance fighters", "masked armed men", "former regime loyalists", "a suicide bomber", "the gunman",
    "Wagner-backed fighters", "Fulani militiamen", "Ansar militias", "Shabaab commanders", "commandos", "soldiers",
    "troops", "policemen", "police officers", "officials", "authorities", "prison guards", "guards fled",
    "security sources", "aid workers", "aid agencies", "aid groups", "aid organisations", "humanitarian officials",
    "medics", "health workers", "medical teams", "rescue workers", "paramedics", "a humanitarian worker",
)  # fmt: skip


@pytest.mark.parametrize("phrase", ONE_PHRASE_EACH)
def test_each_alternative_of_a_generic_group_is_found_where_it_begins(phrase: str) -> None:
    from annotations.suggest.actor_spans import _matches
    from annotations.suggest.scan import scan_of

    text = f"On Monday {phrase} said so."
    needles = scan_of(text).needles
    assert needles is not None
    found = []
    for pattern in ACTOR_PATTERNS:
        ranges = needles.ranges(pattern.needs) if pattern.needs else [(0, len(text))]
        expected = [m.span() for start, end in ranges for m in pattern.pattern.finditer(text, start, end)]
        assert [m.span() for m in _matches(pattern, scan_of(text))] == expected, pattern.pattern.pattern[:60]
        found += expected
    assert found, phrase  # the phrase is one the patterns know


CLAIM_WORDS = [
    "The", "army", "said", "Killed", "KILLED", "dead", "Surrendered", "fled", "refugee", "camp", "Refugees", "camps",
    "reinforced", "Deployed", "captured", "May", "may", "Reportedly", "likely", "believed to", "Allegedly",
    "purportedly", "\u212ailled", "ſurrendered", "the", "district", "Districts", "evacuated", "massacred", ",",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(CLAIM_WORDS), max_size=20).map(" ".join))
def test_a_claim_is_read_the_same_through_its_lowered_text(body: str) -> None:
    from annotations.text import readings

    patterns = readings._CLAIM_TYPE_PATTERNS + readings._CERTAINTY_PATTERNS
    for _label, pattern in patterns:
        lowered = body.lower() if body.isascii() else None
        assert readings._case_blind(pattern, body, lowered) == (pattern.search(body) is not None)


def test_case_blind_patterns_are_written_in_lower_case() -> None:
    """Their lowered text is searched case-sensitively: a capital in one would never match."""
    from annotations.text import readings

    for _label, pattern in readings._CLAIM_TYPE_PATTERNS + readings._CERTAINTY_PATTERNS:
        if pattern.flags & re.IGNORECASE:
            assert not any(c.isupper() for c in re.sub(r"\\[A-Za-z]", "", pattern.pattern)), pattern.pattern


def test_the_beginnings_of_a_pattern_are_listed_through_optional_words_and_alternatives() -> None:
    from annotations.text.regex_starts import literal_starts

    found = literal_starts(re.compile(r"\b(?:(?:[Ll]ocal\s+)?[Rr]esidents|[Cc]ivilians)\b"))
    assert found == {"Local", "local", "Residents", "residents", "Civilians", "civilians"}
    assert literal_starts(re.compile(r"(?<=[Tt]he )army\b")) == {"army"}  # a look-behind reads nothing


def test_a_pattern_that_may_begin_with_any_word_or_ignores_case_has_no_beginnings() -> None:
    from annotations.text.regex_starts import literal_starts

    for source, flags in ((r"\b[A-Z]\w+ forces", 0), (r"\bforces", re.IGNORECASE), (r"(?:a|an)\s+man", 0)):
        assert literal_starts(re.compile(source, flags)) is None  # "a" is too short to look for


def test_matches_tried_only_where_a_beginning_stands_do_not_overlap_as_finditer_s_do() -> None:
    from annotations.text.regex_starts import matches_at

    pattern, text = re.compile(r"aa"), "aaaa aa"
    places = [i for i in range(len(text)) if text.startswith("a", i)]
    assert [m.span() for m in matches_at(pattern, text, places)] == [m.span() for m in pattern.finditer(text)]
    assert [m.span() for m in matches_at(pattern, text, places, 1, 6)] == [
        m.span() for m in pattern.finditer(text, 1, 6)
    ]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from([*NEEDED_WORDS, "\n", "Los", "gangs", "UN", "Ansar", "Dine", "The", "army"]), max_size=40)
)
def test_every_actor_pattern_finds_where_its_beginnings_stand_what_it_finds_in_its_lines(words: list[str]) -> None:
    from annotations.suggest.actor_spans import _matches
    from annotations.suggest.scan import scan_of

    text = " ".join(words)
    needles = scan_of(text).needles
    assert needles is not None
    for pattern in ACTOR_PATTERNS:
        ranges = needles.ranges(pattern.needs) if pattern.needs else [(0, len(text))]
        expected = [m.span() for start, end in ranges for m in pattern.pattern.finditer(text, start, end)]
        assert [m.span() for m in _matches(pattern, scan_of(text))] == expected, pattern.pattern.pattern[:60]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="aAbeEoOwWyYnN '`.,1 ", max_size=20))
def test_the_quick_name_key_of_a_plain_ascii_name_is_the_general_one(name: str) -> None:
    """Index keys were written with these keys: a name must key the same by either path."""
    from annotations.suggest import placenames

    assert placenames._name_key(name) == placenames._traded(placenames._letters(name))


SPEECH_WORDS = [
    *(w for w in WORDS if w != "\n"), "\n", "Said", "SAID", "said", "ſaid", "ı", "According", "to", "told",
    "spokesman", "Governor", "Ahmadi", "Mr.", "Ahmed", "Nur", "”", "“", ",", "the", "deputy", "minister",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(SPEECH_WORDS), max_size=40).map(" ".join))
def test_people_and_cues_found_where_their_beginnings_stand_are_those_found_everywhere(text: str) -> None:
    from annotations.suggest import people
    from annotations.suggest.scan import CUE_STARTS, scan_of
    from annotations.text.cues import ASSERTION_PATTERN

    scan = scan_of(text)
    tried = [(ASSERTION_PATTERN, CUE_STARTS), *((p, people._STARTS[p]) for p in people.SCANNED)]
    for pattern, starts in tried:
        assert starts, pattern.pattern[:40]
        assert [m.span() for m in scan.matches(pattern, starts)] == [m.span() for m in pattern.finditer(text)]
        middle = len(text) // 3
        found = [m.span() for m in scan.matches(pattern, starts, middle, 2 * middle)]
        assert found == [m.span() for m in pattern.finditer(text, middle, 2 * middle)]


@given(st.lists(st.text(alphabet="abc ", min_size=1, max_size=5), min_size=1, max_size=40))
def test_each_needed_word_is_held_by_the_words_that_start_with_it(words: list[str]) -> None:
    """The words found where a word is asked for ("gang" also where "gangs" stands): the same as
    comparing every pair, which took half a second for the 2,156 words of the patterns."""
    from annotations.suggest.needles import _holders

    unique = tuple(sorted(set(words)))
    assert _holders(unique) == {w: tuple(x for x in unique if x.startswith(w)) for w in unique}


def test_the_beginnings_of_a_pattern_are_those_of_its_gated_form_and_one_parse_serves_both(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each lexicon pattern's beginnings are read before it is gated, from the parse the gate
    reads too (it was parsed four or five times): the gate reads no letter, so the beginnings of
    the gated pattern are the same. (An empty pattern cache: a kept pattern is not parsed at all.)"""
    from annotations.text import pattern_cache
    from annotations.text.regex_gate import parsed
    from annotations.text.regex_starts import lowered_starts

    monkeypatch.setenv("FIELDMARK_CACHE", str(tmp_path))
    pattern_cache.forget()
    monkeypatch.setattr(pattern_cache, "_new", {})  # nothing of this test's written at exit

    try:
        for actor_pattern in ACTOR_PATTERNS:
            assert actor_pattern.starts == lowered_starts(actor_pattern.pattern), actor_pattern.pattern.pattern
        before = parsed.cache_info()
        source = r"\b(?:[Ll]ocal\s+)?[Gg]uards\b"
        pattern = re.compile(source)
        assert lowered_starts(pattern) == ("guards", "local") and gated(pattern).pattern.startswith("(?=[GLgl])")
        after = parsed.cache_info()
        assert (after.misses - before.misses, after.hits - before.hits) == (1, 1)
    finally:
        pattern_cache.forget()  # the next pattern reads the user's cache again
