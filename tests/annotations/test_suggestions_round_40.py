"""Classes of misses found on three articles written for round 40 (Tibesti, the Assam-Mizoram
border, Myawaddy and Mae Sot), each tested on sentences of their own."""

from __future__ import annotations

from .test_suggestions_round_22 import found


def places(text: str) -> list[str]:
    return [s.quote for s in found(text) if s.kind == "district"]


def test_a_numbered_national_highway() -> None:
    assert places("The clash took place along National Highway 44 near Jammu, India.")[0] == "National Highway 44"


def test_the_places_at_the_ends_of_a_border_or_stretch() -> None:
    text = "Police clashed on the Assam-Meghalaya border. Tension rose along the Karimganj-Mamit stretch."
    assert places(text) == ["Assam", "Meghalaya", "Karimganj", "Mamit"]


def test_a_thai_village_of_four_words() -> None:
    assert places("Refugees slept in a school in Ban Huai Nam Khun, near Mae Sot.")[0] == "Ban Huai Nam Khun"


def test_an_outlet_named_after_what_it_is_where_it_reports() -> None:
    text = "The state-run Mirror Daily of Myanmar reported that troops repelled an attack near Myawaddy."
    outlet = next(s for s in found(text) if s.kind == "actor")
    assert outlet.quote == "Mirror Daily of Myanmar"
    assert outlet.entity is not None and outlet.entity.details.actor_type == "media"  # type: ignore[union-attr]
    claims = [s for s in found(text) if s.kind == "claim"]
    assert claims[0].claimant == (outlet.start, outlet.end)


def test_the_centre_in_an_indian_story_is_the_union_government() -> None:
    text = "Police clashed near Silchar, Assam, in India. The chief minister urged the Centre to intervene."
    centre = [s for s in found(text) if s.quote == "Centre"]
    assert [s.entity.name for s in centre if s.entity] == ["Government of India"]
    assert not [s for s in found("Visitors came to the Centre in Nairobi, Kenya.") if s.quote == "Centre"]


def claims(text: str) -> list[str]:
    return [s.quote for s in found(text) if s.kind == "claim"]


def test_what_a_speaker_acknowledges_and_a_quoted_subject_with_its_article() -> None:
    text = 'General Idriss Saleh acknowledged the loss of "five martyrs" in the ranks of the army.'
    assert claims(text) == ['the loss of "five martyrs" in the ranks of the army']
    text = 'The troops "pushed the attackers back to the border", Saleh said.'
    assert claims(text) == ['The troops "pushed the attackers back to the border"']


def test_an_appeal_to_a_quoted_party_keeps_what_it_asks() -> None:
    text = 'The government called on "the neighbouring country" to stop armed groups from crossing.'
    assert claims(text) == ['"the neighbouring country" to stop armed groups from crossing']


def test_warning_shots_casualty_claims_and_an_estimate() -> None:
    text = "Thai troops fired warning shots across the river, the army said."
    assert claims(text) == ["Thai troops fired warning shots across the river"]
    assert claims("None of the casualty claims could be independently verified.") == []
    text = "The Tak Chamber of Commerce estimated that border trade was losing 90 million baht a day."
    assert "Tak Chamber of Commerce" in [s.quote for s in found(text) if s.kind == "actor"]
    assert claims(text) == ["border trade was losing 90 million baht a day"]


def test_told_the_newspaper_then_what_was_told() -> None:
    text = "Khin Myo Thant, a trader from Myawaddy, told the newspaper she had crossed the river on a raft."
    assert claims(text) == ["she had crossed the river on a raft"]
    text = "A survivor told the newspaper in Yelwata that he hid in a rice farm until daybreak."
    assert claims(text) == ["he hid in a rice farm until daybreak"]
