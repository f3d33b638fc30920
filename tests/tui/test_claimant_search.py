"""The claim form's choosers, searched as an analyst types."""

from __future__ import annotations

from pathlib import Path

from annotations.forms.fields import claim_fields
from annotations.model import ActorDetails, Annotation, Article, Entity
from annotations.store import Store
from tui.widgets.choice import matching

from ..helpers import span


def test_a_claimant_is_found_by_the_role_the_text_gives_it(tmp_path: Path) -> None:
    """helper-269 typed "gov" in the claimant chooser for "Cauca governor Octavio Guzmán" and found
    nothing: the role around each mention is searched, not shown."""

    text = "Cauca governor Octavio Guzmán said the road was open. Lawrence Kanyuka, the M23 spokesman, said so too."
    article = Article.create("roles", text)
    guzman = Entity.actor("Octavio Guzmán", ActorDetails("government_officials"))
    kanyuka = Entity.actor("Lawrence Kanyuka", ActorDetails("rebel_group"))
    with Store.open(tmp_path / "db") as store:
        store.add_article(article)
        one = Annotation.create(article, "actor", *span(article, "Octavio Guzmán"), entity_id=guzman.id)
        two = Annotation.create(article, "actor", *span(article, "Lawrence Kanyuka"), entity_id=kanyuka.id)
        store.add_annotations([(one, guzman), (two, kanyuka)], label="tag")
        fields = claim_fields(store, article, span(article, "the road was open"))
    assert len(fields.claimant_words) == len(fields.claimants)
    assert [fields.claimants[i][0] for i in matching(fields.claimants, "gov", fields.claimant_words)] == [
        "Octavio Guzmán"
    ]
    assert [fields.claimants[i][0] for i in matching(fields.claimants, "spokes", fields.claimant_words)] == [
        "Lawrence Kanyuka"
    ]
