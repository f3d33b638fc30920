"""Stop 67, from a newcomer: a toll that tells its own attack ("had repelled an RSF assault …
and killed dozens") takes no places from the claim before it, a speaker's account of shelling
in the paragraph before (it was filed at the shelled camp, "government held")."""

from __future__ import annotations

from annotations.claims.claim_places import ClaimPlaces, _another_cause
from annotations.model import Annotation, Article, ClaimAttributes, Entity, PlaceDetails

TEXT = (
    "Gunmen shelled the Kassab camp on the edge of Kutum on Sunday, killing at least nine civilians.\n\n"
    '"The shelling came from the east and hit the market at midday," said a camp leader.\n\n'
    "The army, which holds the garrison in Kutum, said its troops had repelled an assault from the north "
    'and killed "dozens of militia members."'
)


def test_a_toll_of_its_own_assault_takes_no_place_from_the_claim_before() -> None:
    article = Article.create("Kutum", TEXT)
    camp = Entity.place("Kassab", PlaceDetails("other", country="Sudan"))
    town = Entity.place("Kutum", PlaceDetails("city", country="Sudan"))

    def tag(kind: str, words: str, **fields: object) -> Annotation:
        start = TEXT.index(words)
        return Annotation.create(article, kind, start, start + len(words), **fields)  # type: ignore[arg-type]

    places = [tag("district", "Kassab", entity_id=camp.id), tag("district", "Kutum", entity_id=town.id)]
    account = tag(
        "claim",
        "The shelling came from the east and hit the market at midday",
        attributes=ClaimAttributes(cue="said", claim_type="casualties", places=(camp.id, town.id)),
    )
    toll = tag(
        "claim",
        'its troops had repelled an assault from the north and killed "dozens of militia members."',
        attributes=ClaimAttributes(cue="said", claim_type="casualties"),
    )
    assert ClaimPlaces(TEXT, [*places, account, toll]).of(toll)[0] == ()
    assert _another_cause("troops repelled an RSF assault and killed dozens", "The shelling hit the market")
    assert not _another_cause("troops repelled an assault and killed dozens", "gunmen launched an assault on the post")
