"""An entity renamed or retyped on a team's server is heard by the other analysts' apps as a change
of every article naming it: their panes showed the old name until something else made them read
the article again."""

from __future__ import annotations

from annotations.entities.editing import rename, set_details
from annotations.model import ActorDetails, Article, Entity

from .team_server import mention
from .test_postgres import Heard


def test_a_rename_is_heard_in_the_articles_naming_the_entity(team, article: Article) -> None:
    ana, bo = team
    elsewhere = Article.create("Kabul", "Officials in Kabul met on Monday.")
    ana.add_article(elsewhere)
    taliban = Entity.actor("Taliban", ActorDetails("rebel_group"))
    bo.add_annotation(
        mention(article, "Taliban", "actor", annotator="bo").edited(entity_id=taliban.id), new_entity=taliban
    )
    heard = Heard()
    ana.watch(heard.on_change)
    try:
        rename(bo, taliban.id, "Islamic Emirate")
        assert heard.wait(lambda: heard.changed)
        assert heard.changed == [frozenset({article.id})]  # not the article that does not name it
        set_details(bo, taliban.id, actor_type="state_forces")
        assert heard.wait(lambda: len(heard.changed) == 2)
        assert heard.changed[1] == frozenset({article.id})
    finally:
        ana.watch(None)
    assert [e.name for e in ana.entities("actor")] == ["Islamic Emirate"]


def test_an_entity_nothing_names_is_renamed_unheard(team, article: Article) -> None:
    ana, bo = team
    unused = Entity.actor("Wagner", ActorDetails("external_other"))
    bo.merge_entity(unused)
    heard = Heard()
    ana.watch(heard.on_change)
    try:
        rename(bo, unused.id, "Africa Corps")
        bo.add_annotation(mention(article, "Kabul", annotator="bo"))  # heard after: the rename was not
        assert heard.wait(lambda: heard.changed)
        assert heard.changed == [frozenset({article.id})]
    finally:
        ana.watch(None)
