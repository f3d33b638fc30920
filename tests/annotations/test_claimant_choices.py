"""The claimant chooser lists the actors nearest the claim first: typing filters in that order, so
a few letters find the speaker beside the claim (a newcomer typed "Local" for the "Local leaders"
of the claim's own sentence and got the "local officials" of a paragraph before)."""

from __future__ import annotations

from pathlib import Path

from annotations.forms.claimant_choices import claimant_choices
from annotations.model import ActorDetails, Article, Entity
from annotations.store import Store

from .test_events_export import tag


def test_the_actors_nearest_the_claim_come_first(tmp_path: Path) -> None:
    text = (
        "Gunmen raided Bekan, local officials said on Monday.\n\n"
        "Local leaders in Bekan said young men had been taken away."
    )
    with Store.open(tmp_path / "db") as store:
        article = Article.create("Bekan", text)
        store.add_article(article)
        for name in ("local officials", "Local leaders"):
            entity = Entity.actor(name, ActorDetails("civilians"))
            store.put_entity(entity)
            tag(store, article, "actor", name, entity_id=entity.id)
        claim = text.index("young men")
        span = (claim, claim + len("young men had been taken away"))
        annotations = store.annotations(article.id)
        labels = [label for label, _value in claimant_choices(store, annotations, near=span)]
        assert labels[:2] == ["Local leaders", "local officials"]
        in_article_order = [label for label, _value in claimant_choices(store, annotations)]
        assert in_article_order[:2] == ["local officials", "Local leaders"]
