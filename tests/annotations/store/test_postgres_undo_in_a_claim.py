"""An undo of a place tagged inside another analyst's claim takes the place along: the claim the
undo puts back does not name it any more (helper-241: bo's undo of "Adre", tagged in ana's claim,
said "place Adre stays: ana's tags name it", and left Adre named by nothing)."""

from __future__ import annotations

from annotations.forms.inputs import DistrictInput
from annotations.forms.save import save_district
from annotations.model import Article, ClaimAttributes, Entity, PlaceDetails

from ...helpers import span
from .team_server import mention

TEXT = "Aid convoys reached Tawila through the Adre crossing, the WFP said."


def test_undoing_a_place_tagged_inside_anothers_claim_takes_the_place_along(team) -> None:
    ana, bo = team
    article = Article.create("Tawila", TEXT)
    ana.add_article(article)
    tawila = Entity.place("Tawila", PlaceDetails("city", country="Sudan"))
    ana.add_annotation(mention(article, "Tawila").edited(entity_id=tawila.id), new_entity=tawila)
    claim = mention(article, "Aid convoys reached Tawila through the Adre crossing", "claim")
    ana.add_annotation(claim.edited(attributes=ClaimAttributes(cue="said", places=(tawila.id,))))
    entry = save_district(bo, article, *span(article, "Adre"), DistrictInput("Adre", "city"), annotator="bo")
    assert entry is not None and "added to the claim" in entry.label, entry.label
    assert len(ana.annotation(article.id, claim.id).attributes.places) == 2  # type: ignore[union-attr]
    undone = bo.undo()
    assert undone is not None and "stays" not in undone.label, undone.label
    assert [e.name for e in bo.entities("place")] == ["Tawila"]
    assert ana.annotation(article.id, claim.id).attributes.places == (tawila.id,)  # type: ignore[union-attr]
