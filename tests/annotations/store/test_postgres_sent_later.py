"""Steps made while the server is away, as the analyst sees them meanwhile and when they are sent
(on the real server the suite starts, stopped and started again here)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace

import pytest

from annotations.errors import ConflictError, NotFoundError, SentOtherwise, ValidationError
from annotations.model import Annotation, Article, Entity
from annotations.store.integrity import check_store
from annotations.store.postgres.store import PostgresStore

from ...helpers import span
from ...postgres_server import PostgresServer, shared_server
from .team_server import mention


@contextmanager
def server_away(store: PostgresStore) -> Iterator[PostgresServer]:
    """The server stopped until the block ends, once `store` knows it is away (its listener tells
    it, as the app's does: otherwise its first read waits for the pool's time-out)."""
    server = shared_server()
    assert server is not None
    store.watch(lambda articles: None)
    server.crash()
    try:
        deadline = time.monotonic() + 60
        while not store.server_away():
            assert time.monotonic() < deadline, "the store never noticed"
            time.sleep(0.01)
        yield server
    finally:
        store.watch(None)
        server.start_again()


def test_a_step_sent_later_that_keeps_an_entity_says_so_and_the_entity_is_seen_again(
    team: tuple[PostgresStore, PostgresStore], article: Article, url: str
) -> None:
    """stop 72's review: the queue sent a prune that others' tags since cut short ("Militants
    kept: tags made since name it") without a word, and the analyst's view kept "Militants" as
    deleted (what it shows while the server is away next time)."""
    ana, _bo = team
    militants, unused = Entity.actor("Militants"), Entity.actor("Brigade 7")
    ana.put_entity(militants)
    ana.put_entity(unused)
    told: list[BaseException | None] = []
    ana.set_error_handler(told.append)
    with server_away(ana):
        assert ana.record_step("prune 2 unused", removed_entities=[militants.id, unused.id]).kept_here
        assert ana.entities() == []
    with PostgresStore(url, readonly=False, create=False, annotator="bo") as bo:
        bo.add_annotation(mention(article, "Taliban", "actor", "bo").edited(entity_id=militants.id))
    assert ana.flush()
    said = [str(e) for e in told if isinstance(e, SentOtherwise)]
    assert said == ["sent, not all as made: prune 2 unused (Militants kept: tags made since name it)"]
    assert [e.name for e in ana.entities()] == ["Militants"]
    assert check_store(ana) == []
    with server_away(ana):
        assert [e.name for e in ana.entities()] == ["Militants"]  # as last seen: kept, not deleted


def test_a_first_tag_made_while_the_server_is_away_starts_the_work_at_once(
    team: tuple[PostgresStore, PostgresStore], article: Article
) -> None:
    """stop 72's helper: after `y` with the server away the header said "todo" until it was back."""
    ana, _bo = team
    assert ana.summary(article.id).status == "todo"
    ana.article(article.id), ana.annotations(article.id), ana.articles()  # read, as the app opening it reads
    with server_away(ana):
        assert ana.add_annotation(mention(article, "Kunduz")).kept_here
        assert ana.summary(article.id).status == "in_progress"
        assert [s.status for s in ana.articles()] == ["in_progress"]
    assert ana.flush()
    assert ana.summary(article.id).status == "in_progress"


def test_an_edit_while_away_may_name_an_entity_this_analyst_made_since_the_entities_were_read(
    team: tuple[PostgresStore, PostgresStore], article: Article
) -> None:
    """helper-255: with the server stopped, editing a claim whose claimant was an actor made
    earlier in the session was refused, "the actor … was deleted by someone else": the list of
    entities read last (before the actor was made) was taken for the server's."""
    ana, _bo = team
    taliban, officials = Entity.actor("Taliban"), Entity.actor("Officials")
    ana.add_annotation(mention(article, "Taliban", "actor"), new_entity=taliban)  # the entities read
    tagged = mention(article, "Officials", "actor")
    ana.add_annotation(tagged, new_entity=officials)  # made since: not in that list
    with server_away(ana):
        moved = tagged.edited(entity_id=taliban.id)
        assert ana.update_annotation(moved).kept_here
        assert ana.update_annotation(moved.edited(entity_id=officials.id)).kept_here
    assert ana.flush()
    assert ana.annotation(article.id, tagged.id).entity_id == officials.id


def test_an_annotation_read_while_away_is_as_this_analyst_last_changed_it(
    team: tuple[PostgresStore, PostgresStore], article: Article
) -> None:
    """A review of helper-255's find: with the server away, an annotation read by its id was the
    record that same read gave before this analyst changed it (the next change then started from
    it, and was refused when sent)."""
    ana, _bo = team
    tagged = mention(article, "Kunduz")
    ana.add_annotation(tagged)
    ana.annotation(article.id, tagged.id)  # the read kept
    noted = tagged.edited(attributes=replace(tagged.attributes, note="held by the Taliban"))
    ana.update_annotation(noted)
    with server_away(ana):
        assert ana.annotation(article.id, tagged.id) == noted
        assert ana.update_annotation(noted.edited(attributes=replace(noted.attributes, note="retaken"))).kept_here
    assert ana.flush()
    assert ana.annotation(article.id, tagged.id).attributes.note == "retaken"  # type: ignore[union-attr]


# --- helper-256: reads kept from before this analyst's own changes, given back while away -------------


def test_an_articles_annotations_read_while_away_hold_this_analysts_own_edit(
    team: tuple[PostgresStore, PostgresStore], article: Article
) -> None:
    """helper-256: the article's annotations read while away were the list read before this analyst's
    own edit (the pane showed the old note), and the read made that old record the one the next edit
    starts from: that edit was refused when sent, and lost."""
    ana, _bo = team
    tagged = mention(article, "Kunduz")
    ana.add_annotation(tagged)
    ana.annotations(article.id)  # the list read
    noted = tagged.edited(attributes=replace(tagged.attributes, note="held by the Taliban"))
    ana.update_annotation(noted)
    with server_away(ana):
        assert ana.annotations(article.id) == [noted]


def test_an_edit_after_the_article_is_read_again_while_away_is_not_lost(
    team: tuple[PostgresStore, PostgresStore], article: Article
) -> None:
    """helper-256: the same, as the analyst meets it: the pane read again while away, the next edit
    (from the annotation read by its id) kept here, then refused when sent."""
    ana, _bo = team
    told: list[BaseException | None] = []
    ana.set_error_handler(told.append)
    tagged = mention(article, "Kunduz")
    ana.add_annotation(tagged)
    ana.annotations(article.id)
    noted = tagged.edited(attributes=replace(tagged.attributes, note="held by the Taliban"))
    ana.update_annotation(noted)
    with server_away(ana):
        ana.annotations(article.id)  # the pane, read again
        shown = ana.annotation(article.id, tagged.id)
        assert ana.update_annotation(shown.edited(attributes=replace(shown.attributes, note="retaken"))).kept_here
    assert ana.flush()
    assert [str(e) for e in told if isinstance(e, ConflictError)] == []
    assert ana.annotation(article.id, tagged.id).attributes.note == "retaken"  # type: ignore[union-attr]


def test_an_annotation_this_analyst_deleted_is_not_back_while_away(
    team: tuple[PostgresStore, PostgresStore], article: Article
) -> None:
    """helper-256: a tag deleted online came back while the server was away (its read by id, and
    the article's list, were those from before the deletion)."""
    ana, _bo = team
    tagged = mention(article, "Kunduz")
    ana.add_annotation(tagged)
    ana.annotations(article.id), ana.annotation(article.id, tagged.id)  # the reads kept
    ana.delete_annotations(article.id, [tagged.id])
    with server_away(ana):
        assert ana.annotations(article.id) == []
        with pytest.raises(NotFoundError):
            ana.annotation(article.id, tagged.id)


def test_a_claimant_deleted_while_away_after_an_online_edit_of_its_claim_is_sent(
    team: tuple[PostgresStore, PostgresStore], article: Article
) -> None:
    """helper-256: the article's claims (read by a deletion, kind "claim") were given back while away as
    read before this analyst edited the claim: deleting its claimant detached the claim from that old
    record, and the deletion was refused when sent ("the claim … was changed by someone else")."""
    from annotations.model import ClaimAttributes

    ana, _bo = team
    told: list[BaseException | None] = []
    ana.set_error_handler(told.append)
    speaker = mention(article, "The Taliban", "actor")
    claim = Annotation.create(
        article, "claim", *span(article, "they captured Kunduz"), annotator="ana",
        attributes=ClaimAttributes(cue="said", claimant_annotation_id=speaker.id),
    )  # fmt: skip
    kabul = mention(article, "Kabul")
    ana.add_annotations([(speaker, None), (claim, None), (kabul, None)], label="add")
    ana.delete_annotations(article.id, [kabul.id])  # the claims read
    noted = claim.edited(attributes=replace(claim.attributes, note="not confirmed"))
    ana.update_annotation(noted)
    ana.annotations(article.id)  # the pane read again online: as it is
    with server_away(ana):
        assert ana.delete_annotations(article.id, [speaker.id]).kept_here
    assert ana.flush()
    assert [str(e) for e in told if isinstance(e, ConflictError)] == []
    assert [a.id for a in ana.annotations(article.id)] == [claim.id]


def test_an_entity_this_analyst_deleted_online_is_refused_at_once_while_away(
    team: tuple[PostgresStore, PostgresStore], article: Article
) -> None:
    """helper-256: the entity ids read before this analyst's prune still held the pruned entity: a tag
    naming it was kept while away, and refused only when sent."""
    ana, _bo = team
    militants, taliban = Entity.actor("Militants"), Entity.actor("Taliban")
    ana.put_entity(militants)
    tagged = mention(article, "Taliban", "actor")
    ana.add_annotation(tagged, new_entity=taliban)  # the entity ids read
    ana.record_step("prune 1 unused", removed_entities=[militants.id])
    with server_away(ana):
        with pytest.raises((ValidationError, ConflictError)):
            ana.update_annotation(tagged.edited(entity_id=militants.id))


def test_an_articles_status_while_away_is_as_this_analyst_set_it(
    team: tuple[PostgresStore, PostgresStore], article: Article
) -> None:
    """helper-256: marked done online, the article said "todo" again once the server was away
    (its summary read by set_status itself, before the change, was given back)."""
    ana, _bo = team
    ana.set_status(article.id, "done")
    with server_away(ana):
        assert ana.summary(article.id).status == "done"


def test_the_articles_list_while_away_shows_this_analysts_own_work(
    team: tuple[PostgresStore, PostgresStore], article: Article
) -> None:
    """helper-256: the list of articles read at the start, a first tag made online (the work started),
    the list read while away said "todo" and no tags."""
    ana, _bo = team
    ana.articles()
    ana.add_annotation(mention(article, "Kunduz"))
    with server_away(ana):
        assert [(s.status, s.count("district")) for s in ana.articles()] == [("in_progress", 1)]


def test_a_second_rejection_while_away_keeps_the_first(
    team: tuple[PostgresStore, PostgresStore], article: Article
) -> None:
    """helper-256: one suggestion rejected online, the next while the server is away: the rejections
    read were those from before the first, so the second step started from none; when sent it was
    refused ("changed by someone else"), and the rejected suggestion came back."""
    ana, _bo = team
    told: list[BaseException | None] = []
    ana.set_error_handler(told.append)
    ana.set_rejections(article.id, ana.rejections(article.id) | {"district:Kunduz"}, label="reject Kunduz")
    with server_away(ana):
        assert ana.rejections(article.id) == {"district:Kunduz"}
        ana.set_rejections(article.id, ana.rejections(article.id) | {"district:Kabul"}, label="reject Kabul")
    assert ana.flush()
    assert [str(e) for e in told if isinstance(e, ConflictError)] == []
    assert ana.rejections(article.id) == {"district:Kunduz", "district:Kabul"}


def test_details_set_again_while_away_are_sent(team: tuple[PostgresStore, PostgresStore], article: Article) -> None:
    """helper-256: the date and source set online, then corrected while away: the correction started
    from the details read before the first (the form showed the old source) and was refused when sent."""
    ana, _bo = team
    told: list[BaseException | None] = []
    ana.set_error_handler(told.append)
    ana.set_details(article.id, published="2021-08-08", source="Reuters")
    with server_away(ana):
        assert ana.summary(article.id).source == "Reuters"
        assert ana.set_details(article.id, published="2021-08-09", source="Reuters").kept_here
    assert ana.flush()
    assert [str(e) for e in told if isinstance(e, ConflictError)] == []
    assert ana.summary(article.id).published == "2021-08-09"
