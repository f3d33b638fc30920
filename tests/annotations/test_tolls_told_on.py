"""A toll told paragraphs after its event, the claims between naming no place (helper-254's
Monguno: the lead's base overrun, then the fighting, the gun trucks, then a soldier's "at least 17
soldiers were killed", about no place, never set beside the army's and ISWAP's figures)."""

from __future__ import annotations

from annotations.claims.claim_places import ClaimPlaces
from annotations.model import Annotation, Article, ClaimAttributes, Entity, PlaceDetails

TEXT = (
    "Insurgents overran an army base outside Monguno late on Thursday, officials said.\n\n"
    "The attack began when dozens of insurgents approached the base from the direction of Lake Chad, "
    "two soldiers said. They said the fighting lasted four hours.\n\n"
    "One of the soldiers said at least 17 soldiers were killed."
)
MONGUNO = Entity.place("Monguno", PlaceDetails("district", country="Nigeria"))
LAKE = Entity.place("Lake Chad", PlaceDetails("other"))


def tag(article: Article, kind: str, words: str, **fields: object) -> Annotation:
    start = TEXT.index(words)
    return Annotation.create(article, kind, start, start + len(words), **fields)  # type: ignore[arg-type]


def claim(article: Article, words: str, claim_type: str = "other") -> Annotation:
    return tag(article, "claim", words, attributes=ClaimAttributes(cue="said", claim_type=claim_type))  # type: ignore[arg-type]


def test_a_toll_told_on_after_claims_of_no_place_is_of_the_event_before_them() -> None:
    article = Article.create("Monguno", TEXT)
    places = [
        tag(article, "district", "Monguno", entity_id=MONGUNO.id),
        tag(article, "district", "Lake Chad", entity_id=LAKE.id),
    ]
    lead = claim(article, "Insurgents overran an army base outside Monguno late on Thursday", "casualties")
    began = claim(
        article, "The attack began when dozens of insurgents approached the base from the direction of Lake Chad"
    )
    lasted = claim(article, "the fighting lasted four hours")
    toll = claim(article, "at least 17 soldiers were killed", "casualties")
    found = ClaimPlaces(TEXT, [*places, lead, began, lasted, toll])
    assert found.of(began)[0] == ()  # where they came from is not where it happened
    assert found.of(toll)[0] == (MONGUNO.id,)


def test_a_toll_told_on_too_far_or_of_another_day_takes_no_place() -> None:
    far = TEXT.replace("\n\nOne of", "\n\nResidents fled.\n\nAid arrived.\n\nOne of")
    article = Article.create("Monguno", far)
    lead = tag(article, "claim", "Insurgents overran an army base outside Monguno late on Thursday",
               attributes=ClaimAttributes(cue="said", claim_type="casualties"))  # fmt: skip
    monguno = tag(article, "district", "Monguno", entity_id=MONGUNO.id)
    start = far.index("at least 17")
    toll = Annotation.create(article, "claim", start, start + len("at least 17 soldiers were killed"),
                             attributes=ClaimAttributes(cue="said", claim_type="casualties"))  # fmt: skip
    assert ClaimPlaces(far, [monguno, lead, toll]).of(toll)[0] == ()
