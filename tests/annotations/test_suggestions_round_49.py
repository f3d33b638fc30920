"""Classes of misses found on the articles written for round 49 (Blue Nile, Tanganyika, Daraa),
each tested on sentences of their own."""

from __future__ import annotations

from .suggestion_views import claimants


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
