"""An entity renamed or retyped on a team's server is heard by the other analysts' apps as a change
of every article naming it: their panes showed the old name until something else made them read
the article again."""

from __future__ import annotations

from annotations.entities.editing import rename, set_details
from annotations.model import ActorDetails, Article, Entity

from .team_server import mention
from .test_postgres import Heard


def taliban_tagged_by_bo(bo, article: Article) -> Entity:  # type: ignore[no-untyped-def]
    """bo's tag of the article's "Taliban" as a new actor Taliban (the entity)."""
    taliban = Entity.actor("Taliban", ActorDetails("rebel_group"))
    tag = mention(article, "Taliban", "actor", annotator="bo").edited(entity_id=taliban.id)
    bo.add_annotation(tag, new_entity=taliban)
    return taliban


def test_a_rename_is_heard_in_the_articles_naming_the_entity(team, article: Article) -> None:
    ana, bo = team
    elsewhere = Article.create("Kabul", "Officials in Kabul met on Monday.")
    ana.add_article(elsewhere)
    taliban = taliban_tagged_by_bo(bo, article)
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


def test_an_entity_nothing_names_is_heard_changed_in_no_article(team, article: Article) -> None:
    """An open entities view lists the entities nothing names too (the ones prune removes)."""
    ana, bo = team
    unused = Entity.actor("Wagner", ActorDetails("external_other"))
    bo.merge_entity(unused)
    heard = Heard()
    ana.watch(heard.on_change)
    try:
        rename(bo, unused.id, "Africa Corps")
        assert heard.wait(lambda: heard.changed)
        assert heard.changed == [frozenset()]
    finally:
        ana.watch(None)


def test_a_tag_in_new_words_is_heard_in_its_article_only(team, article: Article) -> None:
    """A reviewer's: the alias a tag in new words teaches its actor had every article naming the
    actor read again on every analyst's app (and past 200 articles, "everything")."""
    from annotations.forms.inputs import ActorInput
    from annotations.forms.save import save_actor

    from ...helpers import span

    ana, bo = team
    elsewhere = Article.create("Kabul", "The Taliban entered Kabul.")
    ana.add_article(elsewhere)
    talibs = Article.create("Talibs", "Talibs entered Kunduz.")
    ana.add_article(talibs)
    taliban_tagged_by_bo(bo, elsewhere)
    heard = Heard()
    ana.watch(heard.on_change)
    try:
        entry = save_actor(bo, talibs, *span(talibs, "Talibs"), ActorInput("Taliban", "rebel_group"), annotator="bo")
        assert entry is not None and any(c.record == "entity" for c in entry.changes)  # "Talibs" learnt
        assert heard.wait(lambda: heard.changed)
        assert heard.changed == [frozenset({talibs.id})]
    finally:
        ana.watch(None)
