"""What a review of the suggestion rules found, each fixed: inputs that made regexes backtrack,
surnames guessed for groups, spans across lines, places read as acting, titles kept on names."""

from __future__ import annotations

import pytest

from annotations.model import ActorDetails, Entity
from annotations.suggest import Knowledge, Suggestion, suggest
from annotations.suggest.builtin_places import builtin_gazetteer


def found(text: str, entities: tuple[Entity, ...] = ()) -> list[Suggestion]:
    return suggest(text, Knowledge([builtin_gazetteer()], entities=entities))


def kinds(text: str) -> dict[str, str]:
    return {s.quote: s.kind for s in found(text) if s.kind != "claim"}


@pytest.mark.parametrize(
    "text",
    [
        "In the town of Kunduz, officials said THE TALIBAN FIGHTERS SEIZED KUNDUZ AND EVERY ROAD OUT on monday.",
        "Al-Abcdefgh-Ijklmnop-Qrstuvwx-Yzabcdef " * 200,
        "Abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrst " * 200,
        "A" + "b" * 40_000,
    ],
)
def test_inputs_that_made_the_patterns_backtrack_for_minutes_finish(text: str) -> None:
    found(text)  # was: 8 s to minutes; a hang here fails the suite's time limit


def test_a_tagged_groups_last_word_is_no_surname_and_a_namesake_is_someone_else() -> None:
    group = Entity.actor("Kataib Hezbollah", ActorDetails("rebel_group"))
    person = Entity.actor("Ahmad Rahmani", ActorDetails("government_officials"))
    text = "Hezbollah fired rockets. Gul Rahmani, a local elder, said the road was cut. Mr. Rahmani left."
    by_quote = {s.quote: s for s in found(text, (group, person)) if s.kind == "actor"}
    assert by_quote["Hezbollah"].entity is not group
    assert by_quote["Gul Rahmani"].entity is not person and by_quote["Mr. Rahmani"].entity is not person


def test_an_organisations_name_stops_at_a_line_break() -> None:
    text = "Monitors of the Ceasefire Mission in Armenia Report Shelling\nThe mission said nothing."
    assert all("\n" not in s.quote for s in found(text))


def test_a_kind_word_joins_its_place_and_starts_no_other() -> None:
    got = kinds("In Kunduz Province Imam Sahib district fell, and the River Nile state was calm.")
    assert got.get("Kunduz Province") == "district" and got.get("Imam Sahib") == "district"
    assert "Province Imam Sahib" not in got and got.get("River Nile") == "district"


def test_places_that_are_objects_stay_places_and_titles_go() -> None:
    got = kinds(
        "Refugees who reached Chad said the camps were full. The drone attack on Kyiv confirmed fears. "
        "Gunmen attacked the Russian embassy in Kabul. General Dostum arrived. President Ghani said the army held."
    )
    assert got["Chad"] == got["Kyiv"] == got["Kabul"] == "district"
    assert got.get("Dostum") == "actor" and got.get("Ghani") == "actor" and "President Ghani" not in got
