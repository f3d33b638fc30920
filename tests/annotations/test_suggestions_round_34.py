"""Classes of misses found on three articles written for round 34 (south-east Nigeria,
Gorno-Badakhshan, Deir ez-Zor), each tested on sentences of their own."""

from __future__ import annotations

from .test_suggestions_round_22 import found, of_kind


def test_an_arabic_article_inside_a_bodys_name_and_who_backs_it_outside() -> None:
    """ "the SDF-affiliated Deir ez-Zor Military Council" was "Zor Military Council"."""
    text = "Tribesmen overran a post of the Ahrar al-Sham Brigade and of the SDF-affiliated Raqqa ez-Zor Council."
    actors = of_kind(text, "actor")
    assert "Ahrar al-Sham Brigade" in actors and "Raqqa ez-Zor Council" in actors
    assert not any(a.startswith(("Sham", "Zor", "SDF-affiliated")) for a in actors)


def test_a_police_headquarters_in_lower_case_is_a_building() -> None:
    """A building is no actor ("the Ezinihitte Divisional Police headquarters"); with a capital
    it names the body it houses too ("The Nigeria Police Force Headquarters said…": round 35's
    reviewer), so "attacked the Orsu Divisional Police Headquarters" still proposes the police."""
    text = "Gunmen burned the Ezinihitte Divisional Police headquarters on Sunday."
    assert of_kind(text, "actor") == ["Gunmen"]


def test_comrade_and_other_west_african_titles_stand_before_a_name() -> None:
    """(Not "Prince" nor "Emir": first names too, "police spokesman Prince Amoako".)"""
    text = (
        "Its spokesman, Comrade Ikenna Nwosu, denied it. Otunba Obinna Eze said the town was calm. "
        "Engr. Tunde Bakare told reporters the road was shut."
    )
    actors = of_kind(text, "actor")
    assert "Ikenna Nwosu" in actors and "Obinna Eze" in actors and "Tunde Bakare" in actors
    assert not any(a.startswith(("Comrade", "Otunba", "Engr")) for a in actors)


def test_described_groups_of_other_presses() -> None:
    """Nigerian "hoodlums" and "security agencies", a wire's "war monitor", "the tribal fighters"."""
    text = (
        "The hoodlums fled into the bush, and the chairman accused security agencies of arbitrary arrests. "
        "Clashes reached Gharanij, a war monitor said, and the tribal fighters withdrew."
    )
    actors = of_kind(text, "actor")
    for described in ("The hoodlums", "security agencies", "war monitor", "tribal fighters"):
        assert described in actors


def test_any_armed_group_is_none_in_particular() -> None:
    """ "students with no link to any armed group": no actor; "an armed group attacked" is one."""
    assert of_kind("Those held had no link to any armed group, their families said.", "actor") == []
    assert of_kind("The police said no armed group had claimed the attack.", "actor") == ["police"]
    assert of_kind("An armed group attacked the convoy.", "actor") == ["armed group"]


def test_a_river_or_a_valley_named_with_a_lower_case_word() -> None:
    """ "villages along the Khabur river", "relatives in the Bartang valley": no place at all."""
    text = "Families fled to villages along the Zarafshan river and to the Yagnob valley."
    assert of_kind(text, "district") == ["Zarafshan river", "Yagnob valley"]


def test_a_place_by_the_letters_the_text_gives_it() -> None:
    """ "the Gorno-Badakhshan Autonomous Oblast (GBAO)", then "across GBAO": the letters were
    nothing; letters in brackets that are not the name's ("Kunduz (AFP)") are no place."""
    text = (
        "Troops entered the Gorno-Badakhshan Autonomous Oblast (GBAO) on Monday. "
        "Internet has been cut across GBAO since then."
    )
    assert of_kind(text, "district") == ["Gorno-Badakhshan Autonomous Oblast", "GBAO", "GBAO"]
    assert "AFP" not in of_kind("Shelling hit Kunduz (AFP) on Monday. AFP said so.", "district")


def test_a_people_before_a_noun_is_no_town_named_like_it() -> None:
    """ "the recruitment of young Arab men" was Arab, a town of Alabama."""
    assert of_kind("Tribal leaders protested the recruitment of young Arab men in Hajin.", "district") == ["Hajin"]


def test_a_body_named_again_by_its_head_before_a_role() -> None:
    """ "the Command's Police Public Relations Officer, SP Henry Okoye": "Command's Police" was a
    body; "the Command" is the police command named before, and Okoye its officer."""
    text = (
        "The Enugu State Police Command took over the scene. In a statement, the Command's Police Public "
        "Relations Officer, SP Daniel Ndukwe, said the attackers fled."
    )
    actors = [(s.quote, s.entity.name if s.entity else None) for s in found(text) if s.kind == "actor"]
    assert ("Command", "Enugu State Police Command") in actors
    assert ("Daniel Ndukwe", "Daniel Ndukwe") in actors
    assert not any(quote.startswith("Command's") for quote, _ in actors)


def test_a_government_by_its_capitalised_name() -> None:
    """ "The Imo State Government … urged" and "the Federal Government in Abuja should" were no actors."""
    text = "The Anambra State Government urged calm, and the Federal Government promised talks."
    assert of_kind(text, "actor") == ["Anambra State Government", "Federal Government"]


def test_a_capital_that_describes_or_is_in_contact_acts() -> None:
    """ "Dushanbe has described the operation as…" and "charges of contacts with Damascus" were places."""
    text = "Ashgabat has described the raids as routine. Two elders were held over contacts with Tashkent."
    acting = [s.quote for s in found(text) if s.kind == "actor" and s.reason == "a state acting"]
    assert acting == ["Ashgabat", "Tashkent"]


def test_a_name_with_an_arabic_article_after_a_road_to_and_a_highway_by_name() -> None:
    """ "a post on the road to al-Shuhayl" and "on the Pamir Highway near Vomar" were no places."""
    assert of_kind("Gunmen held a checkpoint on the road to al-Tayyana.", "district") == ["al-Tayyana"]
    assert of_kind("Convoys were seen on the Wakhan Highway.", "district") == ["Wakhan Highway"]


def test_a_province_of_a_country_written_in_latin_letters_keeps_its_accents() -> None:
    """A province named otherwise than ISO names it took ISO's name without its marks ("the
    Araucanía region" was "La Araucania", Michoacán "Michoacan de Ocampo"), as if they were a
    transliteration's; Armenia's "Tavuš" is one."""
    text = "Troops moved from the Araucanía region to Michoacán, and from Syunik to Tavush province."
    names = {s.quote: s.entity.name for s in found(text) if s.kind == "district" and s.entity is not None}
    assert names["Araucanía"] == "La Araucanía" and names["Michoacán"] == "Michoacán de Ocampo"
    assert names["Tavush"] == "Tavus"
