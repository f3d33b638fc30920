"""What a review of round 49's rules found, each mended and tested on sentences of the reviewer's
kind: a name after "According to" a body, silent cue words inside claims, the reporter's measure
mid-sentence, relative "that" after the new speaking verbs, quotations further back, factions and
units of others, words of everyday English."""

from __future__ import annotations

from .suggestion_views import actors, claimants, places


def test_according_to_a_body_then_a_name_is_the_bodys_claim_about_that_person() -> None:
    text = (
        "According to the police, Abu Layla, the gang's leader, was arrested in Daraa. According to the army "
        "spokesman, Lieutenant Jules Ngongo, the rebels lost 30 men. According to the administrator, Mr. Pascal "
        "Kabwe, the road is open."
    )
    said = claimants(text)
    assert said[0][0] == "Abu Layla, the gang's leader, was arrested in Daraa" and said[0][1] != "Abu Layla"
    assert said[1:] == [("the rebels lost 30 men", "Jules Ngongo"), ("the road is open", "Pascal Kabwe")]


def test_a_cue_word_that_reports_nothing_still_ends_a_claim_unless_it_is_part_of_it() -> None:
    """A rival figure and a publication end what was said; "accused of" and "admitted" inside it do
    not; "It was admitted by the army that…" is the army's."""
    text = (
        "The governor said 20 people were killed, a figure disputed by the rebels, who put the toll at 50. "
        "The group said it killed 10 soldiers, in a statement carried by its Amaq news agency. "
        "Police said they held six men accused of links to the gang. "
        "It was admitted by the army that three civilians had died."
    )
    said = [words for words, _who in claimants(text)]
    assert said[0].startswith("20 people were killed") and "50" not in said[0]
    assert said[1] == "it killed 10 soldiers"
    assert "they held six men accused of links to the gang" in said
    assert "three civilians had died" in said


def test_the_reporters_measure_ends_a_claim_only_at_its_end() -> None:
    text = (
        "The WHO said the outbreak in Ituri, the latest of 16 in Congo, had killed 30 people. "
        "Officials said gunmen shelled Dasht-e-Barchi, the worst-hit district, and killed 20 people. "
        "The border guards said they seized a truck near Ruwaished, the third such incident this month."
    )
    said = [words for words, _who in claimants(text)]
    assert "the outbreak in Ituri, the latest of 16 in Congo, had killed 30 people" in said
    assert "gunmen shelled Dasht-e-Barchi, the worst-hit district, and killed 20 people" in said
    assert "they seized a truck near Ruwaished" in said


def test_the_new_speaking_verbs_take_a_that_clause_not_a_relative_one_nor_a_quotation_further_back() -> None:
    text = (
        "The UN mission deplored the attack that killed 12 civilians in Djugu on Sunday. The envoy stressed the "
        "need for a ceasefire that would hold. The general declared on the state channel VTV that six gang members "
        "had been killed. “We will fight until the end,” the commander said, and the government declared a curfew "
        'in Goma. The film "Hotel Rwanda," the director explained, was shot in South Africa. “We buried eleven '
        "people,” the priest lamented."
    )
    assert claimants(text) == [
        ("six gang members had been killed", None),
        ("We will fight until the end", "commander"),
        ("We buried eleven people", "priest"),
    ]


def test_factions_and_units_of_others_places_and_parties_are_not_armed_groups_of_their_own() -> None:
    text = (
        "The Gaza wing of Hamas and the Kinshasa alliance of civil society groups spoke. The Likud faction, the "
        "Trump wing and the North Atlantic alliance met. The Maoist faction of the Communist Party of Nepal walked "
        "out. The rebels' 5th brigade and the 15th brigade of the RSF attacked. Residents of the 14th sector said "
        "the water was cut."
    )
    named = set(actors(text))
    assert not named & {"Gaza wing", "Kinshasa alliance", "Likud faction", "Trump wing", "North Atlantic alliance"}
    assert not named & {"Maoist faction", "5th brigade", "15th brigade", "14th sector"}
    assert {"Gaza", "Kinshasa"} <= set(places(text))


def test_everyday_words_stay_everyday() -> None:
    """ "reliable sources of water", "Petro at El Tiempo's forum" (his short form; "at" is no name's
    particle), "Major Road", "the town of Luba", "the Teke plateau", "Assad loyalist fighters" (no
    state's forces after 2024)."""
    text = (
        "There are no reliable sources of water in the camp. President Gustavo Petro Urrego spoke. Petro at El "
        "Tiempo's forum said peace was near. Soldiers were ambushed on Major Road near Beni. The town of Luba on "
        "Bioko Island was calm, and fighting spread across the Teke plateau. Assad loyalist fighters ambushed a "
        "patrol, and loyalist forces arrived later."
    )
    named = actors(text)
    assert "reliable sources" not in named and "Road" not in named and "Petro" in named
    assert "loyalist forces" in named and "loyalist fighters" not in named
    assert {"Luba", "Teke"} <= set(places(text))
