"""Classes of misses found on three articles written for round 39 (Kwamouth, Huehuetenango,
Cibitoke), each tested on sentences of their own."""

from __future__ import annotations

from .test_suggestions_round_22 import found


def actors(text: str) -> list[str]:
    return [s.quote for s in found(text) if s.kind == "actor"]


def test_a_deputy_before_a_name_whose_last_words_are_places() -> None:
    """ "Opposition deputy Marvin Estuardo Ochoa Reyes wrote" gave two Mexican villages and nobody;
    "Le député national Ferdinand Ngampio Mbe" nobody."""
    text = "Gunmen from Mexico crossed into Guatemala. Opposition deputy Julio César Ochoa Reyes wrote on X that it failed."
    assert "Julio César Ochoa Reyes" in actors(text)
    assert [s.quote for s in found(text) if s.kind == "district"] == ["Mexico", "Guatemala"]
    text = "Le député national Ferdinand Ilunga Mbe accused the FARDC of abandoning villages near Masia-Mbe."
    assert "Ferdinand Ilunga Mbe" in actors(text)


def test_a_title_after_a_title_is_no_name() -> None:
    text = "Laila Ferraro, Deputy Spokesperson for the Secretary-General, said the mission would stay."
    assert "Spokesperson" not in actors(text)


def claims(text: str) -> list[tuple[str, str | None]]:
    return [(s.quote, s.claimant and text[s.claimant[0] : s.claimant[1]]) for s in found(text) if s.kind == "claim"]


def test_a_cartel_named_after_a_place_is_no_place() -> None:
    text = "The gunmen belonged to a cell of the Gulf cartel that had entered from Tamaulipas, Mexico."
    assert "Gulf cartel" in actors(text)
    text = "Gunmen of the Sinaloa cartel crossed from Chiapas into Huehuetenango, Guatemala."
    assert "Sinaloa cartel" in actors(text)
    assert "Sinaloa" not in [s.quote for s in found(text) if s.kind == "district"]


def test_militias_and_rebels_of_burundi_and_congo_by_name() -> None:
    text = (
        "Members of the Imbonerakure, the youth wing of the ruling CNDD-FDD party, beat three men. "
        "RED-Tabara said it attacked a post. Mobondo militiamen burned a village."
    )
    assert actors(text)[:4] == ["Imbonerakure", "CNDD-FDD", "RED-Tabara", "Mobondo militiamen"]


def test_a_name_in_french_before_its_acronym() -> None:
    text = "The Collectif pour la Défense des Droits de l'Homme (CDDH) said 40 people died. CDDH added more."
    named = [s for s in found(text) if s.kind == "actor"]
    assert [s.quote for s in named][:2] == ["Collectif pour la Défense des Droits de l'Homme", "CDDH"]
    text = "The Action pour la Paix et le Développement Intégral (APADI) said 40 people died."
    assert actors(text)[0] == "Action pour la Paix et le Développement Intégral"


def test_in_a_statement_then_a_long_name_that_claims() -> None:
    text = (
        "In a statement, the Front pour la Libération Nationale du Burundi (FLN-Ubuntu) claimed its fighters had "
        "killed five soldiers."
    )
    assert [c for c, _ in claims(text)] == ["its fighters had killed five soldiers"]


def test_the_presidency_of_the_country_the_article_is_about() -> None:
    text = (
        "Gunmen killed eight in Camojá and La Democracia, in Huehuetenango, Guatemala, near the border with Mexico. "
        "According to a statement from the presidency, the measure was needed. The presidency said it would act."
    )
    presidency = [s for s in found(text) if s.quote == "presidency"]
    assert len(presidency) == 2
    assert {s.entity.name for s in presidency if s.entity} == {"Presidency of Guatemala"}
    assert ("it would act", "presidency") in claims(text)


def test_a_territory_or_commune_of_a_name() -> None:
    text = "The violence spread from Kwamouth to the territories of Bagata, in Kwilu province, and Kenge."
    assert "Bagata" in [s.quote for s in found(text) if s.kind == "district"]


def test_a_name_translated_before_its_acronym_in_the_acronyms_order() -> None:
    """ "the Public Ministry (MP)" is Guatemala's Ministerio Público: its letters in Spanish order."""
    text = "According to the Public Ministry (MP), 61 homicides were recorded. The MP said more."
    named = [s for s in found(text) if s.kind == "actor"]
    assert [s.quote for s in named] == ["Public Ministry", "MP", "MP"]
    assert claims(text)[0][1] == "Public Ministry"


def test_a_group_described_as_a_clan() -> None:
    text = "Gunmen dispute the crossings held by Los Tzoc, a local clan named after a village."
    assert "Los Tzoc" in actors(text)
    elder = [s for s in found("Hassan Abdi Olow, a clan elder in Balcad, said so.") if s.quote == "Hassan Abdi Olow"]
    assert elder and elder[0].entity is not None and elder[0].entity.details.actor_type == "civilians"  # type: ignore[union-attr]


def test_people_accused_of_something_are_no_cue() -> None:
    text = "Three men accused of helping the rebels were killed in Rugombo, residents told reporters."
    assert claims(text) == [("Three men accused of helping the rebels were killed in Rugombo", "residents")]
    text = "The ELN said it fought dissidents, whom it accused of working with drug traffickers."
    assert [c for c, _ in claims(text)][-1] == "of working with drug traffickers"
