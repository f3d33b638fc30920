"""Classes of misses found on the articles written for round 49 (Blue Nile, Tanganyika, Daraa),
each tested on sentences of their own."""

from __future__ import annotations

from .suggestion_views import actors, claimants, places
from .test_suggestions_round_22 import found


def test_the_speaking_verbs_of_translated_news_report_the_quotation_before_them() -> None:
    """ "“…,” the mayor lamented", "“…,” recounted a farmer", "affirmed that…": claims; "declared a
    curfew", "explained the plan", "stressed the need" report nothing."""
    text = (
        "“The wells are dry and the herds are dying,” Chief Omari Lukanga lamented. “We slept in the church "
        "for a week,” recounted Aisha Mwamba, a trader from Kabeya. Major Paul Ilunga affirmed that the road "
        "was open again. The mayor declared a curfew on Friday. He explained the plan to the elders and "
        "stressed the need for calm."
    )
    said = claimants(text)
    assert [words for words, _who in said] == [
        "The wells are dry and the herds are dying",
        "We slept in the church for a week",
        "the road was open again",
    ]
    assert said[1][1] == "Aisha Mwamba" and said[2][1] == "Paul Ilunga"


def test_a_short_form_keeps_the_names_written_before_the_surname_and_skips_anothers_first_name() -> None:
    """ "Mbuyu Sango lamented" after "Dieudonné Mbuyu Sango" is one short form, not "Sango"
    inside it; "Yousif al-Amin Badi" is not "Yousif" of "Abdelmoneim Yousif Hammad"."""
    text = (
        "The president of the civil society, Dieudonné Mbuyu Sango, said the troops came late. “We bury our "
        "dead,” Mbuyu Sango said. Later Sango added that nobody came. The governor, Abdelmoneim Yousif Hammad, "
        "said aid would come. The village elder, Yousif al-Amin Badi, said most had fled."
    )
    named = {s.quote: s.entity.name for s in found(text) if s.kind == "actor" and s.entity}
    assert named["Mbuyu Sango"] == named["Sango"] == "Dieudonné Mbuyu Sango"
    assert "Yousif" not in named


def test_the_reporters_measure_of_a_claim_after_a_comma_is_not_said() -> None:
    """ "…, the third such incident this month", "…, the latest gains in a long campaign": the
    reporter's words, not the speaker's; "Lashio, the largest town in Shan State" describes a place."""
    text = (
        "The border guards said they had seized a truck of weapons near Ruwaished, the third such incident "
        "this month. The rebels said their fighters had taken Lashio, the largest town in Shan State, after "
        "weeks of fighting."
    )
    assert [words for words, _who in claimants(text)] == [
        "they had seized a truck of weapons near Ruwaished",
        "their fighters had taken Lashio, the largest town in Shan State, after weeks of fighting",
    ]


def test_a_faction_by_its_leaders_name_an_alliance_by_its_name_and_the_leader_a_faction_is_led_by() -> None:
    """ "the Nuer faction of the SPLA-IO, led by Gatdet Yoak," and "a wing led by Simon Gatwech,
    which…": the faction and its leader; "the SPLM-led Nasir alliance"; not "the Western alliance", "the
    Boko Haram faction" (Boko Haram) nor "a coalition led by Saudi Arabia" (a state)."""
    text = (
        "The Gatwech faction of the SPLA-IO, led by Simon Gatwech Dual, said its fighters held Magenis. The movement "
        "split into a wing led by Johnson Olony, which joined the SPLM-led Nasir alliance in 2023. The Western alliance said "
        "nothing, and the Boko Haram faction attacked Diffa. A coalition led by Saudi Arabia struck Sanaa."
    )
    named = set(actors(text))
    assert {"Gatwech faction", "Simon Gatwech Dual", "Johnson Olony", "Nasir alliance", "Boko Haram"} <= named
    assert not named & {"Western alliance", "Boko Haram faction"}
    assert claimants(text)[0] == ("its fighters held Magenis", "Gatwech faction")


def test_a_hospital_after_a_rank_word_is_a_place_and_what_it_admitted_is_no_claim() -> None:
    """ "At the Kabinda General Referral Hospital, a nurse indicated that 17 wounded had been
    admitted": the hospital is a place, not "General Referral Hospital" a person; "had been
    admitted" reports nothing, and neither it nor "accused of" nor "alleged" ends what was said."""
    text = (
        "At the Kabinda General Referral Hospital, a nurse indicated that 17 wounded, most of them by arrows, "
        "had been admitted since Sunday. The police said it had arrested 12 men accused of links to the gang, "
        "including an alleged commander."
    )
    assert "Kabinda General Referral Hospital" in places(text)
    assert "Referral Hospital" not in actors(text) and "nurse" in actors(text)
    assert claimants(text) == [
        ("17 wounded, most of them by arrows, had been admitted since Sunday", "nurse"),
        ("it had arrested 12 men accused of links to the gang, including an alleged commander", "police"),
    ]


def test_the_words_of_translated_news_for_forces_sources_units_and_communities() -> None:
    """ "the loyalist forces", "according to concordant sources", "the 34th infantry regiment" (its
    words in lower case; not "CoBRA's 201st battalion", its owner's), "Luba self-defence groups",
    and a body named again by "the centre" where it speaks."""
    text = (
        "The loyalist forces reached Kiambi on Monday, according to concordant sources. The commander of the 34th "
        "infantry regiment, Colonel Jean Kasongo, affirmed that calm had returned; two men of CoBRA's 201st "
        "battalion were hurt. Luba self-defence groups burned huts. The Kivu Documentation Centre (KDC) counted "
        "nine dead. The centre said most were women."
    )
    named = set(actors(text))
    assert {"loyalist forces", "concordant sources", "34th infantry regiment", "Luba self-defence groups"} <= named
    assert "201st battalion" not in named
    assert ("most were women", "centre") in claimants(text)


def test_a_name_in_quotes_is_no_quotation_and_according_to_a_role_then_a_name_is_the_names() -> None:
    """ "…, a commander known as “Abu Layla”, accused the army of…": the quotation is his name, the
    claim comes after the cue; "According to the mayor of the town, Jean Mutombo, the militia…":
    the claim starts after his name and is his; "According to the army, the rebels, who…" stays."""
    text = (
        'Omar Haddad, a former rebel commander known as "Abu Layla", accused the army of looting the town. '
        "According to the mayor of the town, Jean Mutombo, the militia burned the market. "
        "According to the army, the rebels, who came from Uvira, attacked the camp."
    )
    assert claimants(text) == [
        ("the army of looting the town", "Omar Haddad"),
        ("the militia burned the market", "Jean Mutombo"),
        ("the rebels, who came from Uvira, attacked the camp", "army"),
    ]


def test_a_place_at_a_barrier_or_a_checkpoint_and_a_congolese_grouping() -> None:
    """ "at the barrier of Kisengo", "the checkpoint of Bau", "the Mulolo grouping" (a groupement of
    a Congolese territory): places no gazetteer knows, named by what they are."""
    text = (
        "Soldiers took money from the displaced at the barrier of Kiwanja and the checkpoint of Bunagana. "
        "The chief of the Bakumu grouping fled."
    )
    assert {"Kiwanja", "Bunagana", "Bakumu"} <= set(places(text))
