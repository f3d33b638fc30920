"""The views kept while the server is away (seen, gone, told here) on what the first tests skipped:
a step kept and then sent, a refused one, another analyst's prune, undo, a fresh read by another query
(helper-257's review)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from annotations.errors import ConflictError, ValidationError
from annotations.model import Article, Entity
from annotations.store.postgres.store import PostgresStore

from .team_server import mention
from .test_postgres_sent_later import server_away


def test_counts_after_a_queued_tag_is_sent_and_the_server_goes_away_again(
    team: tuple[PostgresStore, PostgresStore], article: Article
) -> None:
    ana, _bo = team
    ana.article(article.id), ana.annotations(article.id), ana.articles()  # as the app opening it reads
    with server_away(ana):
        ana.add_annotation(mention(article, "Kunduz"))
        assert [s.count("district") for s in ana.articles()] == [1]
    assert ana.flush()
    with server_away(ana):
        assert [s.count("district") for s in ana.articles()] == [1]


def test_the_list_while_away_after_the_pane_read_the_article_online(
    team: tuple[PostgresStore, PostgresStore], article: Article
) -> None:
    ana, _bo = team
    ana.articles()
    ana.add_annotation(mention(article, "Kunduz"))
    ana.annotations(article.id)  # the pane reads the article again (its summary too)
    with server_away(ana):
        assert [(s.status, s.count("district")) for s in ana.articles()] == [("in_progress", 1)]


def test_a_queued_deletion_refused_when_sent_does_not_hide_the_tag_next_time_away(
    team: tuple[PostgresStore, PostgresStore], article: Article, url: str
) -> None:
    ana, _bo = team
    told: list[BaseException | None] = []
    ana.set_error_handler(told.append)
    tagged = mention(article, "Kunduz")
    ana.add_annotation(tagged)
    ana.annotations(article.id)
    with server_away(ana):
        assert ana.delete_annotations(article.id, [tagged.id]).kept_here
    with PostgresStore(url, readonly=False, create=False, annotator="bo") as bo:
        theirs = bo.annotation(article.id, tagged.id)
        bo.update_annotation(theirs.edited(attributes=replace(theirs.attributes, note="bo's")))
    assert ana.flush()
    assert any(isinstance(e, ConflictError) for e in told)  # the deletion refused: the tag stays
    with server_away(ana):
        assert [a.id for a in ana.annotations(article.id)] == [tagged.id]
        ana.annotation(article.id, tagged.id)


def test_an_entity_another_pruned_is_refused_at_once_while_away(
    team: tuple[PostgresStore, PostgresStore], article: Article
) -> None:
    ana, bo = team
    militants, taliban = Entity.actor("Militants"), Entity.actor("Taliban")
    ana.put_entity(militants)
    ana.entities()  # seen here
    bo.record_step("prune 1 unused", removed_entities=[militants.id])
    tagged = mention(article, "Taliban", "actor")
    ana.add_annotation(tagged, new_entity=taliban)  # the entity ids read: Militants gone
    with server_away(ana):
        with pytest.raises((ValidationError, ConflictError)):
            ana.update_annotation(tagged.edited(entity_id=militants.id))


def test_a_queued_first_tag_undone_while_away(team: tuple[PostgresStore, PostgresStore], article: Article) -> None:
    ana, _bo = team
    ana.article(article.id), ana.annotations(article.id), ana.articles()
    with server_away(ana):
        ana.add_annotation(mention(article, "Kunduz"))
        ana.set_status(article.id, "done")
        ana.undo()
        assert [(s.status, s.count("district")) for s in ana.articles()] == [("in_progress", 1)]
        ana.undo()
        assert [(s.status, s.count("district")) for s in ana.articles()] == [("todo", 0)]
        ana.redo()
        assert [(s.status, s.count("district")) for s in ana.articles()] == [("in_progress", 1)]


def test_status_set_online_then_others_change_it_and_away(
    team: tuple[PostgresStore, PostgresStore], article: Article, url: str
) -> None:
    ana, bo = team
    ana.set_status(article.id, "done")
    bo.set_status(article.id, "todo")
    ana.articles()  # read afresh: bo's
    with server_away(ana):
        assert ana.summary(article.id).status == "todo"


def test_a_list_of_one_kind_read_while_away_holds_what_this_analyst_tagged_since(
    team: tuple[PostgresStore, PostgresStore], article: Article
) -> None:
    """A review of the away views: the claims-only list read before a tag made online did not hold
    it while away, and a mention accepted since was still listed among the suggestions read before."""
    ana, _bo = team
    ana.annotations(article.id, kind="district")
    ana.annotations(article.id, status="suggested")
    suggested = replace(mention(article, "Kabul"), status="suggested")
    ana.add_annotation(suggested)
    kunduz = mention(article, "Kunduz")
    ana.add_annotation(kunduz)
    ana.update_annotation(replace(suggested, status="accepted"))
    with server_away(ana):
        assert {a.quote for a in ana.annotations(article.id, kind="district")} == {"Kabul", "Kunduz"}
        assert ana.annotations(article.id, status="suggested") == []
