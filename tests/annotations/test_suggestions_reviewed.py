"""Misfires a review of the held-out rounds' rules found, each on a sentence of its own: rules
made for one article must not misread ordinary news elsewhere."""

from __future__ import annotations

import re

from annotations.suggest import Knowledge, Suggestion, suggest
from annotations.suggest.builtin_places import builtin_gazetteer
from annotations.suggest.tokens import whole_word_spans
from annotations.text.regex_gate import gated


def found(text: str) -> list[Suggestion]:
    return suggest(text, Knowledge([builtin_gazetteer()]))


def kinds(text: str) -> dict[str, str]:
    return {s.quote: s.kind for s in found(text) if s.kind != "claim"}


def test_sentence_openers_and_groups_of_people_are_no_group_by_description() -> None:
    got = kinds("Meanwhile, a group of villagers fled. In Mosul, a group of gunmen attacked a checkpoint.")
    assert "Meanwhile" not in got and "In Mosul" not in got and got.get("Mosul") == "district"
    people = [s for s in found("Ahmed Ali, the leader of the movement, said the talks failed.") if s.kind == "actor"]
    assert [(s.quote, s.reason) for s in people] == [("Ahmed Ali", "person by role")]


def test_a_speaker_after_a_place_and_and_is_no_place() -> None:
    assert kinds("The army shelled Kunduz and Ahmadzai said the city had fallen.").get("Ahmadzai") == "actor"


def test_a_place_before_a_weekday_a_state_in_lower_case_and_a_compound_word() -> None:
    assert kinds("Russian missiles struck Kharkiv Monday, killing three people.").get("Kharkiv") == "district"
    assert kinds("Gunmen attacked a village in Rivers state on Sunday.").get("Rivers") == "district"
    assert "Pan" not in kinds("Trucks moved along the Pan-American highway.")


def test_alleged_after_a_subject_reports() -> None:
    text = "The government alleged the rebels had used civilians as shields."
    assert [s.quote for s in found(text) if s.kind == "claim"] == ["the rebels had used civilians as shields"]


def test_ko_before_a_hyphenated_name_is_a_surname_and_a_middle_name_is_no_short_form() -> None:
    assert kinds("Ko Wen-je, the former mayor of Taipei, said the vote was fair.").get("Ko Wen-je") == "actor"
    text = "Min Aung Hlaing, the junta chief, said talks would go on. Supporters of Aung San Suu Kyi gathered."
    assert "Aung" not in kinds(text)


def test_the_actor_patterns_see_every_line_when_lowering_changes_lengths() -> None:
    text = "Rebels shelled İdlib, İnebolu, İzmir, İnegöl, İzmit and İskenderun.\nThe Ministry of Defence said it held."
    assert kinds(text).get("Ministry of Defence") == "actor"


def test_whole_word_uses_do_not_overlap_and_scoped_flags_are_not_gated() -> None:
    assert whole_word_spans("Ko Ko Ko said", "Ko Ko") == [(0, 5)]
    assert gated(re.compile(r"(?i:rebels)")).search("Rebels")
    assert gated(re.compile(r"(?i)rebels")).search("Rebels")


def test_a_line_break_inside_a_sentence_changes_no_actor() -> None:
    """A hard-wrapped text: patterns tried only on lines holding a word they need cut at the
    break; the generic groups' patterns are tried on the whole text."""
    fighters = [s for s in found("Wazir\nfighters seized the district, a spokesman said.") if s.kind == "actor"]
    assert [(s.start, s.end) for s in fighters] == [(6, 14), (38, 47)]  # "fighters", then "a spokesman" who speaks
    assert "refugee" not in kinds("Israeli troops raided the Jenin refugee\ncamp on Monday.")
    assert kinds("Separatist\nfighters attacked the town of Mopti.").get("fighters") == "actor"
