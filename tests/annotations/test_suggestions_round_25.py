"""Classes of misses found on three articles written for round 25 (Tavush, Cameroon's Far North,
Michoacán), each tested on sentences of their own."""

from __future__ import annotations

from .test_suggestions_round_22 import found, of_kind


def test_a_spanish_honorific_opens_a_persons_name_and_is_not_part_of_it() -> None:
    """ "Doña Herminia Valencia" and "don Eusebio Arreola" were no people ("Valencia" a place);
    "Lic. Marisela Cervantes Osorio" kept her title."""
    assert of_kind("Doña Carmen Ruiz Soto, 70 years old, said the shooting lasted all night.", "actor") == [
        "Carmen Ruiz Soto"
    ]
    text = "The priest, don Abel Mora Zamora, opened the church to the families."
    assert of_kind(text, "actor") == ["Abel Mora Zamora"] and of_kind(text, "district") == []
    assert of_kind("Don Bacon, a lawmaker, said the bill would pass.", "actor") == ["Don Bacon"]  # a first name


def test_a_name_given_in_quotes_is_a_person_and_a_title_in_brackets_is_no_name() -> None:
    """ "A man who presented himself as “Comandante Lima”" gave the place Lima (Peru); "General
    (retired) Aureliano Ibarra Tapia" was no person, and Ibarra a village."""
    text = 'A man who introduced himself as "Comandante Tigre" said the road was closed.'
    assert "Comandante Tigre" in of_kind(text, "actor")
    text = "The head of the state police, General (retired) Ramiro Ochoa Leal, said patrols would resume."
    assert "Ramiro Ochoa Leal" in of_kind(text, "actor") and of_kind(text, "district") == []


def test_a_byline_names_no_place() -> None:
    """ "By Rogelio Zamora Cárdenas, correspondent" gave the town Cárdenas."""
    text = "By Ana Ruiz Morelia, correspondent | Uruapan, Michoacán\n\nFamilies fled the hamlet on Sunday."
    assert of_kind(text, "district") == ["Uruapan", "Michoacán"]


def test_a_state_acting_right_after_a_dateline_is_an_actor() -> None:
    """ "YEREVAN, March 12 (Reuters) - Armenia accused Azerbaijani troops…" gave Armenia as a place."""
    text = "NAIROBI, June 3 (Reuters) - Kenya accused Somali militants of shelling a border post."
    assert "Kenya" in of_kind(text, "actor") and "Kenya" not in of_kind(text, "district")


def test_a_role_without_an_article_before_its_object_makes_a_person() -> None:
    """ "Hikmet Hajiyev, foreign policy adviser to President Ilham Aliyev" was no person."""
    assert "Omar Diallo" in of_kind("Omar Diallo, foreign policy adviser to the president, said talks failed.", "actor")
    assert of_kind("In Kunduz City, police spokesman Ahmad Wali said so.", "actor")[:1] != ["Kunduz City"]


def test_an_alliance_of_groups_is_a_group() -> None:
    """ "the Cárteles Unidos, an alliance of local groups" was no actor."""
    text = "Clashes pit the army against the Frente Unido, an alliance of local groups that controls the valley."
    assert "Frente Unido" in of_kind(text, "actor")


def test_a_mexican_state_is_found_by_its_short_name_and_its_towns_carry_its_code() -> None:
    """ISO names Michoacán "Michoacán de Ocampo": the state in the text was no place, and its towns
    had no ISO 3166-2 code, as Indonesia's (ISO puts its provinces under "geographical units")."""
    suggestions = [s for s in found("Families fled to Uruapan, in Michoacán, on Monday.") if s.kind == "district"]
    assert [(s.quote, s.entity.details.codes.get("iso3166_2")) for s in suggestions if s.entity] == [  # type: ignore[union-attr]
        ("Uruapan", "MX-MIC"),
        ("Michoacán", "MX-MIC"),
    ]
    jayapura = next(s for s in found("Police in Jayapura, Papua, said two men were arrested.") if s.kind == "district")
    assert jayapura.entity is not None and jayapura.entity.details.codes.get("iso3166_2") == "ID-PA"  # type: ignore[union-attr]


def test_a_city_spelt_as_written_is_not_a_larger_one_its_letters_also_give() -> None:
    """Found on the way: "Jayapura", with no country named, was Jaipur (India): both give one key,
    and only cities of a million were proposed outside the article's countries."""
    (jayapura,) = [s for s in found("Police in Jayapura said two men were arrested.") if s.kind == "district"]
    assert jayapura.entity is not None and jayapura.entity.details.country == "Indonesia"  # type: ignore[union-attr]
    (jaipur,) = [s for s in found("Police in Jaipur said two men were arrested.") if s.kind == "district"]
    assert jaipur.entity is not None and jaipur.entity.details.country == "India"  # type: ignore[union-attr]


def test_a_claim_starts_after_a_section_heading_and_a_bullet() -> None:
    """An OCHA-style update's claims began with "- " or with the heading above them ("SITUATION
    OVERVIEW\\nIn the night of…")."""
    text = (
        "HIGHLIGHTS\n- Some 3,000 people fled to Koza this week, according to local officials.\n\n"
        "SITUATION OVERVIEW\nOn the night of 2 March gunmen burned the market of Tala, according to the prefect.\n"
    )
    assert of_kind(text, "claim") == [
        "Some 3,000 people fled to Koza this week",
        "On the night of 2 March gunmen burned the market of Tala",
    ]


def test_a_name_after_the_described_by_who_is_no_person() -> None:
    """ "Lime growers of the Tierra Caliente, who asked…" made the region a person."""
    text = "Lime growers of the Tierra Caliente, who asked that their names not be published, said prices fell."
    assert "Tierra Caliente" not in of_kind(text, "actor")
    assert of_kind("Maria Lopez, who fled the town, said it was burned.", "actor") == ["Maria Lopez"]


def test_a_plural_present_cue_right_before_that_reports_a_claim() -> None:
    """ "partners warn that gaps…" and "partners report that the ban…" gave no claim; "report" and
    "note" are nouns too, so only right before "that"."""
    text = "Aid groups warn that food stocks will run out. The report that the army published was long."
    assert of_kind(text, "claim") == ["food stocks will run out"]
    text = "Monitors have documented abductions and report that 30 children are missing."
    assert of_kind(text, "claim") == ["abductions", "30 children are missing"]
    assert of_kind("A new report that the UN published counted 40 dead in Tala.", "claim") == []


def test_a_states_towns_carry_its_code_where_iso_names_it_at_more_length() -> None:
    """GeoNames names Veracruz's towns' state "Veracruz", ISO "Veracruz de Ignacio de la Llave":
    its towns had no ISO 3166-2 code (the rule for first words compared keys without spaces)."""
    from annotations.suggest.builtin_places import builtin_gazetteer

    towns = [p for p in builtin_gazetteer().lookup("Xalapa de Enríquez") if p.country == "Mexico"]
    assert towns and all(p.codes.get("iso3166_2") == "MX-VER" for p in towns)


def test_the_one_city_of_a_name_of_two_words_is_proposed_whatever_the_country() -> None:
    """Found on the way: "Banda Aceh", with no country named, was a place of the text's words, no
    point: only cities of a million were proposed outside the article's countries."""
    (banda_aceh,) = [s for s in found("Police in Banda Aceh said two men were arrested.") if s.kind == "district"]
    details = banda_aceh.entity.details  # type: ignore[union-attr]
    assert (details.country, details.source) == ("Indonesia", "geonames")  # type: ignore[union-attr]
