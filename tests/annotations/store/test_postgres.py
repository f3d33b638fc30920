"""What only a server database does: several analysts write at once, each change checked against
what its analyst saw, undo per analyst, addresses without passwords. On a real PostgreSQL server
the suite starts (`postgres_server`); the contract suite runs on it too."""

from __future__ import annotations

import re
from dataclasses import replace

import psycopg
import pytest

from annotations.errors import ConflictError, ConnectionLostError, SchemaTooNewError, StepDropped, StoreError
from annotations.model import ActorDetails, Annotation, Article, DistrictAttributes, Entity, PlaceDetails
from annotations.store import Entry, Store
from annotations.store.postgres.store import PostgresStore
from annotations.store.postgres.url import describe_url

from ...helpers import span
from ...postgres_server import shared_server
from .team_server import TEXT, mention


def test_two_analysts_write_at_once_and_see_each_others_work(team, article: Article) -> None:
    ana, bo = team
    ana.add_annotation(mention(article, "Kunduz"))
    bo.add_annotation(mention(article, "Kabul", annotator="bo"))
    for store in (ana, bo):
        assert [(a.quote, a.annotator) for a in store.annotations(article.id)] == [("Kunduz", "ana"), ("Kabul", "bo")]
        assert store.summary(article.id).count("district") == 2


def test_a_change_built_on_a_record_someone_changed_since_is_refused_whole(team, article: Article) -> None:
    ana, bo = team
    kunduz = mention(article, "Kunduz")
    ana.add_annotation(kunduz)
    seen_by_ana = ana.annotation(article.id, kunduz.id)
    bo.update_annotation(seen_by_ana.edited(attributes=DistrictAttributes("captured")))
    taliban = Entity.actor("Taliban", ActorDetails("rebel_group"))
    with pytest.raises(ConflictError, match="changed by someone else"):
        ana.record_step(  # an entity and the stale edit: neither lands
            "link Kunduz",
            annotations=[seen_by_ana.edited(attributes=DistrictAttributes("contested"))],
            entities=[taliban],
        )
    stored = ana.annotation(article.id, kunduz.id).attributes
    assert isinstance(stored, DistrictAttributes) and stored.control_status == "captured"  # bo's work stands
    assert ana.get_entity(taliban.id) is None
    again = ana.annotation(article.id, kunduz.id)  # read again, then the edit lands
    ana.update_annotation(again.edited(attributes=DistrictAttributes("contested")))


def test_an_edit_of_a_record_someone_deleted_says_it_was_deleted(team, article: Article) -> None:
    """A newcomer's edit of a claim bo had deleted was refused with "(theirs is shown now)": there
    was nothing of theirs to show."""
    ana, bo = team
    kunduz = mention(article, "Kunduz")
    ana.add_annotation(kunduz)
    seen_by_ana = ana.annotation(article.id, kunduz.id)
    bo.delete_annotations(article.id, [kunduz.id])
    with pytest.raises(ConflictError, match="was deleted by someone else since you read it") as refused:
        ana.update_annotation(seen_by_ana.edited(attributes=DistrictAttributes("contested")))
    assert "theirs is shown" not in str(refused.value)


def test_an_edit_is_checked_against_the_version_it_started_from_not_the_latest_read(team, article: Article) -> None:
    """Found by a newcomer: a form open while another analyst's change arrived (and the screen read
    it again) saved over that change."""
    ana, bo = team
    kunduz = mention(article, "Kunduz")
    ana.add_annotation(kunduz)
    opened = ana.annotation(article.id, kunduz.id)  # ana opens the form on it
    bo.update_annotation(bo.annotation(article.id, kunduz.id).edited(attributes=DistrictAttributes("captured")))
    ana.annotations(article.id)  # ana's screen reads the article again (it heard bo)
    with pytest.raises(ConflictError):
        ana.update_annotation(opened.edited(attributes=DistrictAttributes("contested")), base=opened)
    stored = ana.annotation(article.id, kunduz.id).attributes
    assert isinstance(stored, DistrictAttributes) and stored.control_status == "captured"


def test_each_analyst_undoes_their_own_steps_across_a_reopen(team, url: str, article: Article) -> None:
    ana, bo = team
    ana.add_annotation(mention(article, "Kunduz"))
    bo.add_annotation(mention(article, "Kabul", annotator="bo"))
    ana.close()
    with PostgresStore(url, readonly=False, create=False, annotator="ana") as again:
        undone = again.undo()
        assert undone is not None and undone.label == "add district “Kunduz”"
        assert [a.quote for a in again.annotations(article.id)] == ["Kabul"]  # bo's stays
        assert again.undo() is None  # adding the article is not an undoable step
        again.redo()
    assert [a.quote for a in bo.annotations(article.id)] == ["Kunduz", "Kabul"]
    assert bo.undo() is not None and [a.quote for a in bo.annotations(article.id)] == ["Kunduz"]


def test_undo_is_refused_when_someone_changed_the_record_since(team, article: Article) -> None:
    ana, bo = team
    kunduz = mention(article, "Kunduz")
    ana.add_annotation(kunduz)
    bo.update_annotation(kunduz.edited(attributes=DistrictAttributes("captured")))
    with pytest.raises(ConflictError):
        ana.undo()
    assert [a.id for a in ana.annotations(article.id)] == [kunduz.id]  # bo's edit stands, ana's step is still there
    bo.undo()
    assert ana.undo() is not None and ana.annotations(article.id) == []


def test_an_undo_of_a_step_that_made_an_actor_others_tag_since_takes_ones_tag_and_leaves_the_actor(
    team, article: Article
) -> None:
    """Found by a third newcomer: ana's step made "Taliban" with her tag, bo then tagged it too;
    her `u` was refused ("another analyst changed it since", which no one had) and the second
    took her step off her undo list. Her tag goes, the actor stays for bo, and redo brings it back."""
    ana, bo = team
    taliban = Entity.actor("Taliban", ActorDetails("rebel_group"))
    tag = mention(article, "Taliban", "actor").edited(entity_id=taliban.id)
    ana.add_annotation(tag, new_entity=taliban, label="add actor “Taliban” (new)")  # as the form says it
    bo.add_annotation(mention(article, "The Taliban", "actor", annotator="bo").edited(entity_id=taliban.id))
    undone = ana.undo()
    assert undone is not None and undone.label == "add actor “Taliban” · actor Taliban stays: bo's tags name it"
    assert [(a.annotator, a.entity_id) for a in bo.annotations(article.id)] == [("bo", taliban.id)]
    assert bo.get_entity(taliban.id) == taliban
    redone = ana.redo()  # not "(new)": stop 71's newcomer read a linked actor as new
    assert redone is not None and redone.label == "add actor “Taliban”"
    assert sorted(a.annotator for a in bo.annotations(article.id) if a.entity_id == taliban.id) == ["ana", "bo"]
    ana.undo()
    bo.undo()  # bo's tag goes: the actor, no longer ana's step's to take, stays as well
    assert bo.annotations(article.id) == [] and bo.get_entity(taliban.id) == taliban


def test_a_step_that_cannot_be_undone_is_taken_off_the_undo_list_when_asked_again(team, article: Article) -> None:
    """Found by a newcomer: one undo refused (bo had changed Minova since) refused every later u,
    so ana's steps before it could never be undone."""
    ana, bo = team
    kabul, kunduz = mention(article, "Kabul"), mention(article, "Kunduz")
    ana.add_annotation(kabul)
    ana.add_annotation(kunduz)
    bo.update_annotation(kunduz.edited(attributes=DistrictAttributes("captured")))
    with pytest.raises(ConflictError, match=r"u again takes it off your undo list$") as refused:
        ana.undo()  # it promises only what the next u does (it had promised the step before it too)
    assert "cannot undo add district “Kunduz”:" in str(refused.value)  # its quotes not quoted again
    with pytest.raises(StepDropped, match=r"is off your undo list.*u undoes the step before it"):
        ana.undo()  # asked again: off the list (a screen's own u must not reach past it)
    undone = ana.undo()  # and the step before it undone
    assert undone is not None and undone.label.startswith("add district") and "Kabul" in undone.label
    left = bo.annotations(article.id)
    assert [(a.quote, a.attributes) for a in left] == [("Kunduz", DistrictAttributes("captured"))]  # bo's stays
    assert ana.undo() is None  # nothing of ana's left to undo


def test_undos_that_would_leave_a_claim_naming_what_is_gone_are_refused(team, article: Article) -> None:
    """Found by a newcomer: bo tagged a claim with a new claimant, ana deleted the claim, bo undid
    his step (the claimant went), ana undid her deletion: the claim came back naming a mention and
    an actor no longer there, and `fieldmark check` found two problems."""
    from annotations.model import ClaimAttributes

    ana, bo = team
    taliban = Entity.actor("Taliban", ActorDetails("rebel_group"))
    speaker = mention(article, "The Taliban", "actor", annotator="bo").edited(entity_id=taliban.id)
    claim = Annotation.create(
        article, "claim", *span(article, "they captured Kunduz"), annotator="bo",
        attributes=ClaimAttributes(cue="said", claimant_annotation_id=speaker.id, claimant_entity_id=taliban.id),
    )  # fmt: skip
    bo.add_annotations([(speaker, taliban), (claim, None)], label="add claim with its claimant")
    ana.delete_annotations(article.id, [claim.id])
    assert bo.undo() is not None  # his claimant and its actor go (the claim is gone already)
    with pytest.raises(ConflictError, match="the actor of the claim “they captured Kunduz” was deleted by someone"):
        ana.undo()  # the claim would come back naming them
    assert ana.annotations(article.id) == [] and bo.get_entity(taliban.id) is None
    with pytest.raises(StepDropped):
        ana.undo()
    assert bo.redo() is not None and [a.id for a in ana.annotations(article.id)] == [speaker.id, claim.id]

    kabul = Entity.place("Kabul", PlaceDetails("city"))
    mention_of_kabul = mention(article, "Kabul").edited(entity_id=kabul.id)
    ana.add_annotation(mention_of_kabul, new_entity=kabul)
    said = bo.annotation(article.id, claim.id)
    bo.update_annotation(said.edited(attributes=replace(said.attributes, places=(kabul.id,))))  # type: ignore[arg-type]
    undone = ana.undo()  # her mention goes; the place stays under bo's claim
    assert undone is not None and undone.label.endswith("place Kabul stays: bo's tags name it")
    assert bo.get_entity(kabul.id) is not None and mention_of_kabul.id not in {a.id for a in bo.annotations(article.id)}

    iea = Entity.actor("Islamic Emirate", ActorDetails("rebel_group"))  # a reviewer's: the claimant renamed
    ana.annotations(article.id)  # read again: bo's edit of the claim
    ana.delete_annotations(article.id, [claim.id])
    bo.update_annotation(bo.annotation(article.id, speaker.id).edited(entity_id=iea.id), new_entity=iea)
    with pytest.raises(ConflictError, match="another analyst changed"):
        ana.undo()  # the claim would come back naming the Taliban, its claimant's mention the Islamic Emirate


def test_an_undone_merge_under_a_claim_made_since_is_refused(team, article: Article) -> None:
    """Found by a newcomer: ana merged an actor into another, bo then accepted a claim whose
    claimant is a mention of it, ana undid the merge: the claim named the merged actor, its
    claimant's mention the old one (`check` found them apart, the export named the merged one)."""
    from annotations.entities.editing import merge
    from annotations.model import ClaimAttributes

    ana, bo = team
    taliban = Entity.actor("Taliban", ActorDetails("rebel_group"))
    iea = Entity.actor("Islamic Emirate", ActorDetails("rebel_group"))
    speaker = mention(article, "The Taliban", "actor").edited(entity_id=taliban.id)
    ana.add_annotation(speaker, new_entity=taliban)
    ana.put_entity(iea)
    merge(ana, iea.id, [taliban.id])
    claim = Annotation.create(
        article, "claim", *span(article, "they captured Kunduz"), annotator="bo",
        attributes=ClaimAttributes(cue="said", claimant_annotation_id=speaker.id, claimant_entity_id=iea.id),
    )  # fmt: skip
    bo.add_annotation(claim)
    with pytest.raises(ConflictError, match="another analyst changed"):
        ana.undo()  # the merge: its mention would name the Taliban, bo's claim the Islamic Emirate
    assert ana.annotation(article.id, speaker.id).entity_id == iea.id


def test_undoing_the_tag_that_started_an_article_leaves_it_in_progress_while_others_work_there(
    team, article: Article
) -> None:
    """Found by a newcomer: bo's undo of his first tag put the article back to "todo" under ana's
    work; with nothing left in it, it is "todo" again, whichever analyst's undo empties it."""
    ana, bo = team
    bo.add_annotation(mention(article, "Kabul", annotator="bo"))  # the article's first tag: in progress
    ana.add_annotation(mention(article, "Kunduz"))
    assert bo.undo() is not None
    assert [a.status for a in ana.articles()] == ["in_progress"]
    assert ana.undo() is not None  # the article is empty, its first step undone: to do again
    assert [a.status for a in bo.articles()] == ["todo"]
    assert ana.redo() is not None  # her tag is back: in progress, though her step never started it
    assert [a.status for a in bo.articles()] == ["in_progress"]
    assert ana.undo() is not None and bo.redo() is not None and bo.undo() is not None
    assert [a.status for a in ana.articles()] == ["todo"]
    ana.add_annotation(mention(article, "Kunduz"))
    ana.delete_annotations(article.id, [a.id for a in ana.annotations(article.id)])
    ana.add_annotation(mention(article, "Kabul"))
    assert ana.undo() is not None  # her first tag's step is still there: work on it started
    assert [a.status for a in bo.articles()] == ["in_progress"]


def test_an_undo_that_brings_a_tag_back_to_an_article_left_todo_puts_it_in_progress(team, article: Article) -> None:
    """A reviewer's case: ana starts the article, bo tags and deletes a place, ana undoes her tag
    (todo), bo undoes his deletion: his tag is back, the article stayed "todo"."""
    ana, bo = team
    ana.add_annotation(mention(article, "Kunduz"))
    kabul = mention(article, "Kabul", annotator="bo")
    bo.add_annotation(kabul)
    bo.delete_annotations(article.id, [kabul.id])
    assert ana.undo() is not None
    assert [a.status for a in bo.articles()] == ["todo"]
    assert bo.undo() is not None
    assert [a.status for a in ana.articles()] == ["in_progress"]
    assert bo.redo() is not None  # his deletion again: empty, its starting step undone (a second reviewer's case)
    assert [a.status for a in ana.articles()] == ["todo"]


def test_addresses_are_shown_without_their_password() -> None:
    assert (
        describe_url("postgresql://ana:s3cret@db.example.org:5433/corpus")
        == "postgresql://ana@db.example.org:5433/corpus"
    )
    assert "s3cret" not in describe_url("postgresql://ana@db/corpus?password=s3cret&sslmode=require")
    assert describe_url("postgresql://ana@/corpus?host=/run/pg") == "postgresql://ana@/corpus (socket /run/pg)"


def test_an_address_in_a_command_to_paste_runs_as_printed() -> None:
    """Found by a newcomer: `check` told them to run `fieldmark restore --db postgresql://owner@:55467/corpus
    (socket /tmp/pg)`, which no shell runs."""
    from annotations.store.opening import location_to_paste

    pasted = location_to_paste("postgresql://owner:s3cret@/corpus?host=/tmp/pg&port=55467")
    assert pasted == "'postgresql://owner@/corpus?host=/tmp/pg&port=55467'"
    assert location_to_paste("postgresql://ana:s3cret@db.example.org:5433/corpus") == (
        "postgresql://ana@db.example.org:5433/corpus"
    )
    assert location_to_paste("/tmp/my corpus") == "'/tmp/my corpus'"


def test_a_server_that_cannot_be_reached_is_said_in_one_line(url: str) -> None:
    wrong = url.replace("host=", "host=/nonexistent") + "&password=s3cret"
    with pytest.raises(StoreError) as raised:
        Store.open(wrong)
    message = str(raised.value)
    assert "\n" not in message and "s3cret" not in message and message.startswith("postgresql://")


def test_a_newer_schema_is_refused_and_an_empty_database_is_not_opened_read_only(url: str) -> None:
    with pytest.raises(StoreError, match=r"^postgresql://.*: no Fieldmark database here"):  # which one, said
        Store.open(url, readonly=True)
    Store.open(url).close()
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute("UPDATE fieldmark_meta SET value = '{\"version\": 99}' WHERE key = 'schema'")
    with pytest.raises(SchemaTooNewError):
        Store.open(url)


def test_an_entity_renamed_by_one_is_seen_by_the_other(team) -> None:
    ana, bo = team
    taliban = Entity.actor("Taliban", ActorDetails("rebel_group"))
    ana.put_entity(taliban)
    bo.put_entity(replace(bo.entity(taliban.id), name="Islamic Emirate"))
    with pytest.raises(ConflictError):
        ana.put_entity(replace(taliban, name="Taleban"))  # built on the name ana saw
    assert ana.entity(taliban.id).name == "Islamic Emirate"  # read again: the rename shows
    ana.put_entity(replace(taliban, name="Taleban"))  # and a change from it lands


def test_a_rename_asked_of_a_name_another_renamed_since_is_refused(team) -> None:
    """A newcomer pair: both opened the entities view; ana renamed Lashio "Lashio Town", then bo,
    whose prompt said "New name for Lashio", saved "Lashio City": it went over hers without a
    word (his store had read hers since), and his step said "rename Lashio Town to Lashio City"."""
    from annotations.entities import editing

    ana, bo = team
    lashio = Entity.place("Lashio", PlaceDetails("city", country="Myanmar"))
    ana.put_entity(lashio)
    shown = bo.entity(lashio.id)  # what bo's list shows when he asks for a new name
    editing.rename(ana, lashio.id, "Lashio Town")
    bo.entity(lashio.id)  # his store reads hers (as its listener would)
    with pytest.raises(ConflictError, match="Lashio was changed by someone else since it was shown"):
        editing.rename(bo, lashio.id, "Lashio City", seen=shown)
    assert bo.entity(lashio.id).name == "Lashio Town"
    with pytest.raises(ConflictError):
        editing.set_details(bo, lashio.id, actor_type="militia", seen=shown)
    editing.rename(bo, lashio.id, "Lashio City", seen=bo.entity(lashio.id))  # asked again, of what is shown now


def test_an_undo_never_brings_back_a_tag_its_analyst_made_again_since(team, article) -> None:
    """A newcomer pair: bo accepted "Kunduz"; ana, who had no tag of it, deleted his; bo accepted
    it again; ana's `u` brought his first tag back, and bo held two identical tags ("Kunduz · 2
    mentions"; the agreement between them counted one twice). The undo is refused, saying why."""
    ana, bo = team
    first = Annotation.create(article, "district", *span(article, "Kunduz"), annotator="bo")
    bo.add_annotation(first)
    ana.delete_annotations(article.id, [first.id])
    again = Annotation.create(article, "district", *span(article, "Kunduz"), annotator="bo")
    bo.add_annotation(again)
    with pytest.raises(ConflictError) as refused:
        ana.undo()
    assert str(refused.value) == (
        "cannot undo delete district “Kunduz”: bo has tagged “Kunduz” again since: it would be there twice; "
        "u again takes it off your undo list"
    )
    assert [a.id for a in bo.annotations(article.id)] == [again.id]
    ana.add_annotation(Annotation.create(article, "district", *span(article, "Kabul"), annotator="ana"))
    ana.undo()  # her own tags undo as before
    ana.redo()


def test_undoing_a_deletion_of_tags_that_were_there_together_is_not_refused(team, article) -> None:
    """Found in review: two claims of one sentence, or two tags of the same words deleted in one
    step, refused each other's undo as "tagged again since"; so did a redo of two claims."""
    from annotations.model import ClaimAttributes

    ana, _bo = team
    start, end = span(article, "The Taliban said on Monday that they captured Kunduz.")
    said, took = (
        Annotation.create(article, "claim", start, end, annotator="ana", attributes=ClaimAttributes(cue=cue))
        for cue in ("said", "captured")
    )
    ana.add_annotations([(said, None), (took, None)], label="two claims")
    ana.delete_annotations(article.id, [said.id])
    ana.undo()
    twice = [Annotation.create(article, "district", *span(article, "Kunduz"), annotator="ana") for _ in range(2)]
    ana.add_annotations([(t, None) for t in twice], label="two tags")
    ana.delete_annotations(article.id, [t.id for t in twice])
    ana.undo()
    ana.undo()  # the two tags
    ana.redo()
    assert len(ana.annotations(article.id)) == 4


def test_the_commands_work_on_a_server_and_never_show_its_password(url: str, tmp_path) -> None:
    import io

    from annotations.cli import run
    from annotations.store.postgres.dumps import find_pg_dump

    secret = f"{url}&password=s3cret"  # trust authentication ignores it; it must never be shown
    source = tmp_path / "report.txt"
    source.write_text("Kunduz\n\nThe Taliban said on Monday that they captured Kunduz.\n")
    out, err = io.StringIO(), io.StringIO()
    assert run(["import", "--db", secret, "--published", "2021-06-22", str(source)], stdout=out, stderr=err) == 0
    assert run(["list", "--db", secret], stdout=out, stderr=err) == 0
    assert "Kunduz" in out.getvalue() and "2021-06-22" in out.getvalue()
    assert run(["check", "--db", secret], stdout=out, stderr=err) == 0
    if find_pg_dump() is not None:
        assert run(["backup", "--db", secret], stdout=out, stderr=err) == 0
        archive = out.getvalue().splitlines()[-1].rsplit("/", 1)[-1]
        assert archive.endswith(".dump")
        listed = io.StringIO()  # a newcomer's `restore --db URL` read the URL as a folder, password and all
        assert run(["restore", "--db", secret], stdout=listed, stderr=err) == 0
        assert listed.getvalue().startswith(archive)
        assert run(["restore", "--db", secret, archive], stdout=out, stderr=err) == 1  # the server's keeper does it
        said = err.getvalue().splitlines()[-1]
        command = said[said.index("pg_restore") :]  # runnable as printed, a socket's folder kept, no password
        assert "dbname=" in command and "s3cret" not in command and archive in command
    assert run(["restore", "--db", f"{url}x&password=s3cret"], stdout=out, stderr=err) == 0
    assert "no backups of postgresql://" in out.getvalue()
    assert (
        run(["export", "--db", secret, "--format", "json", "-o", str(tmp_path / "out.json")], stdout=out, stderr=err)
        == 0
    )
    assert "s3cret" not in out.getvalue() + err.getvalue()
    with Store.open(secret, readonly=True) as reader:
        assert "s3cret" not in reader.location and reader.location.startswith("postgresql://")


def test_the_apps_annotator_option_is_whose_steps_the_server_keeps(url: str, tmp_path) -> None:
    """Found by a newcomer: `fieldmark --db URL --annotator ana` and `… --annotator bo` opened the
    server as the login's annotator: both analysts' steps were one history, each `u` undid the
    other's last change."""
    import io

    from annotations.cli import run

    seen: list[str | None] = []

    def fake_app(store, settings) -> int:  # type: ignore[no-untyped-def]
        seen.append(store.annotator)
        return 0

    source = tmp_path / "report.txt"
    source.write_text("Kunduz\n\nThe Taliban said on Monday that they captured Kunduz.\n")
    assert run(["import", "--db", url, str(source)], stdout=io.StringIO(), stderr=io.StringIO()) == 0
    for who in ("ana", "bo"):
        assert run(["--db", url, "--annotator", who], open_app=fake_app, stderr=io.StringIO()) == 0
    assert seen == ["ana", "bo"]


def test_a_database_is_copied_exactly_to_a_server_and_back(url: str, tmp_path) -> None:
    import io
    import json

    from annotations.cli import run
    from annotations.model import ClaimAttributes, ClaimLink

    folder = tmp_path / "db"
    other = Article.create("Herat", "Officials in Herat said the Taliban withdrew from two districts overnight.",
                           published="2021-06-23", source="https://example.org/herat")  # fmt: skip
    taliban = Entity.actor("Taliban", ActorDetails("rebel_group"))
    with Store.open(folder) as store:
        first = Article.create("Kunduz", TEXT, published="2021-06-22")
        for article in (first, other):
            store.add_article(article)
        store.add_annotation(Annotation.create(first, "actor", *span(first, "Taliban"), entity_id=taliban.id,
                                               annotator="ana"), new_entity=taliban)  # fmt: skip
        there = Annotation.create(other, "claim", *span(other, "the Taliban withdrew from two districts"),
                                  attributes=ClaimAttributes(cue="said"), annotator="bo")  # fmt: skip
        store.add_annotation(there)
        links = (ClaimLink("contradicts", other.id, there.id),)
        store.add_annotation(Annotation.create(first, "claim", *span(first, "they captured Kunduz"),
                                               attributes=ClaimAttributes(cue="said", links=links)))  # fmt: skip
        store.set_rejections(first.id, {"district:Monday", "actor:Officials"}, label="reject")
        store.set_status(other.id, "done")
        store.save_gazetteer("districts", lambda path: path.write_bytes(b"an index"))
    out, err = io.StringIO(), io.StringIO()
    assert run(["copy", str(folder), url], stdout=out, stderr=err) == 0, err.getvalue()
    assert "copied 2 articles, 3 annotations, 1 entities, 2 rejected suggestions, 1 gazetteers" in err.getvalue()
    with Store.open(url) as server:  # a team's: articles given to analysts, one done
        server.assign([(first.id, "ana"), (first.id, "bo"), (other.id, "ana")])
        server.set_assignment_done(first.id, "bo", True)
    back = tmp_path / "back"
    assert run(["copy", url, str(back)], stdout=out, stderr=err) == 0, err.getvalue()
    assert "(3 assignments left: a folder holds none)" in err.getvalue()
    again = shared_server().database()  # type: ignore[union-attr]
    assert run(["copy", url, again], stdout=out, stderr=err) == 0, err.getvalue()
    assert f"1 gazetteers, 3 assignments from {describe_url(url)}" in err.getvalue()
    with Store.open(again, readonly=True) as copied:  # a newcomer's copy had none: `assign` said none were given
        given = sorted((a.article_id == first.id, a.analyst, a.done) for a in copied.assignments())
        assert given == [(False, "ana", False), (True, "ana", False), (True, "bo", True)]
    exports = []
    for where in (folder, url, back):
        target = tmp_path / f"export-{len(exports)}.json"
        assert run(["export", "--db", str(where), "--format", "json", "-o", str(target)], stdout=out, stderr=err) == 0
        document = json.loads(target.read_text())
        document.pop("exported_at")
        exports.append(document)
        with Store.open(where, readonly=True) as copied:
            assert copied.rejections(first.id) == {"district:Monday", "actor:Officials"}
            assert [s.status for s in copied.articles()] == ["in_progress", "done"]
            assert copied.gazetteer_path(copied.gazetteers()[0]).read_bytes() == b"an index"
    assert exports[0] == exports[1] == exports[2]
    assert run(["copy", str(folder), url], stdout=out, stderr=err) == 1  # never into someone's work
    assert "not empty" in err.getvalue()


class Heard:
    """What a watching store was told, for a test to wait on."""

    def __init__(self) -> None:
        import threading

        self.changed: list[frozenset[str] | None] = []
        self.states: list[BaseException | None] = []
        self._event = threading.Condition()

    def on_change(self, articles: frozenset[str] | None) -> None:
        with self._event:
            self.changed.append(articles)
            self._event.notify_all()

    def on_state(self, error: BaseException | None) -> None:
        with self._event:
            self.states.append(error)
            self._event.notify_all()

    def wait(self, done, seconds: float = 30.0) -> bool:  # type: ignore[no-untyped-def]
        with self._event:
            return self._event.wait_for(done, timeout=seconds)


def test_a_store_hears_the_articles_others_change_and_not_its_own(team, article: Article) -> None:
    ana, bo = team
    heard = Heard()
    ana.watch(heard.on_change)
    try:
        ana.add_annotation(mention(article, "Kunduz"))  # its own: not heard
        bo.add_annotation(mention(article, "Kabul", annotator="bo"))
        assert heard.wait(lambda: heard.changed)
        assert heard.changed == [frozenset({article.id})]
    finally:
        ana.watch(None)


def test_a_lost_server_is_said_reads_show_what_was_read_and_changes_wait_until_it_is_back(
    team, article: Article
) -> None:
    from annotations.errors import ConnectionLostError

    ana, bo = team
    server = shared_server()
    assert server is not None
    ana.add_annotation(mention(article, "Kunduz"))
    ana.annotations(article.id)
    heard = Heard()
    ana.set_error_handler(heard.on_state)
    ana.watch(heard.on_change)
    server.crash()
    try:
        assert heard.wait(lambda: heard.states)
        assert isinstance(heard.states[0], ConnectionLostError) and isinstance(ana.write_error, ConnectionLostError)
        kabul = ana.add_annotation(mention(article, "Kabul"))  # kept here, shown as saved
        assert kabul.seq < 0 and ana.queued_changes() == 1
        assert [a.quote for a in ana.annotations(article.id)] == ["Kunduz", "Kabul"]
        taliban = mention(article, "Taliban", "actor")
        ana.add_annotation(taliban)
        assert ana.undo() is not None and ana.queued_changes() == 1  # a step not sent is taken back here
        assert [a.quote for a in ana.annotations(article.id)] == ["Kunduz", "Kabul"]
    finally:
        server.start_again()
    assert heard.wait(lambda: None in heard.states)  # back: said, the queue sent, everything read again
    assert heard.wait(lambda: None in heard.changed)
    ana.watch(None)
    assert ana.flush()  # the app flushes when told the server is back: the kept changes go
    assert ana.write_error is None and ana.queued_changes() == 0
    assert [a.quote for a in bo.annotations(article.id)] == ["Kunduz", "Kabul"]  # on the server, for everyone
    assert ana.undo() is not None and [a.quote for a in bo.annotations(article.id)] == ["Kunduz"]  # and undoable


def _tagged_while_away(
    url: str, article: Article, tag: Annotation, new_entity: Entity | None = None, who: str = "ana"
) -> None:
    """Ana (or `who`) opens the article, the server goes away, she tags `tag` (kept on disk) and
    quits while it is away; then it is back."""
    server = shared_server()
    assert server is not None
    with PostgresStore(url, readonly=False, create=True, annotator=who) as ana:
        ana.add_article(article)
        ana.annotations(article.id)
        ana.article(article.id)
        server.crash()
        try:
            ana.add_annotation(tag, new_entity=new_entity)
            assert ana.queued_changes() == 1
        finally:
            ana.close()
            server.start_again()


def test_a_start_while_the_server_is_away_says_what_is_kept_for_it(url: str, article: Article) -> None:
    """A newcomer's app would not start while the server was down and said nothing of the change
    kept on this machine."""
    server = shared_server()
    assert server is not None
    with PostgresStore(url, readonly=False, create=True, annotator="ana") as ana:
        ana.add_article(article)
        ana.annotations(article.id)
        ana.article(article.id)
        server.crash()
        try:
            ana.add_annotation(mention(article, "Kunduz"))
            ana.close()
            with pytest.raises(StoreError, match="1 change kept on this machine waits for it, sent when it is back"):
                PostgresStore(url, readonly=False, create=False, annotator="ana")
        finally:
            server.start_again()
    with PostgresStore(url, readonly=False, create=False, annotator="ana") as again:
        assert again.queued_changes() == 0 and [a.quote for a in again.annotations(article.id)] == ["Kunduz"]


def test_changes_kept_while_the_server_was_away_are_sent_at_the_next_opening(url: str, article: Article) -> None:
    _tagged_while_away(url, article, mention(article, "Kunduz"))
    with PostgresStore(url, readonly=False, create=False, annotator="ana") as again:
        assert again.queued_changes() == 0
        assert [a.quote for a in again.annotations(article.id)] == ["Kunduz"]


def test_an_export_with_changes_not_sent_yet_says_so(url: str, article: Article, monkeypatch) -> None:
    """Found by a newcomer: an export made while changes waited on this machine included one the
    server later refused, and said nothing of it."""
    import io

    from annotations.cli import run

    _tagged_while_away(url, article, mention(article, "Kunduz"))
    monkeypatch.setenv("FIELDMARK_ANNOTATOR", "ana")
    out, err = io.StringIO(), io.StringIO()
    assert run(["export", "--db", url, "--format", "csv"], stdout=out, stderr=err) == 0
    assert "1 of your changes are kept on this machine, not yet on the server" in err.getvalue()


def test_changes_kept_while_away_are_in_the_data_folder_and_an_earlier_versions_come_over(
    url: str, article: Article
) -> None:
    """A test run that emptied the cache's server folders took an analyst's unsent changes with
    them: what cannot be made again is kept in the data folder, and what an earlier version kept
    in the cache is moved there and sent."""
    from annotations.locations import cache_dir, data_dir
    from annotations.store.postgres.extras import server_id
    from annotations.store.postgres.url import describe_url

    _tagged_while_away(url, article, mention(article, "Kunduz"))
    folder = server_id(describe_url(url))
    kept = data_dir() / "servers" / folder / "queued"
    assert [p.name for p in kept.iterdir()] == ["ana.json"]
    earlier = cache_dir() / "servers" / folder / "queued"  # where an earlier version kept it
    earlier.mkdir(parents=True, exist_ok=True)
    (kept / "ana.json").rename(earlier / "ana.json")  # this version's folder stays, empty (a reviewer's case)
    with PostgresStore(url, readonly=False, create=False, annotator="ana") as again:
        assert again.queued_changes() == 0 and not earlier.exists()
        assert [a.quote for a in again.annotations(article.id)] == ["Kunduz"]


def test_a_place_two_analysts_made_while_the_server_was_away_is_one_place_once_sent(url: str, article: Article) -> None:
    """Found by a newcomer: Ana and Bo each tagged El Fasher while the server was away, each making
    the place; sent, the corpus held two El Fasher (the Districts pane listed it twice, agreement
    between them read as none). The second is linked to the first when sent."""
    made = [Entity.place("Kunduz", PlaceDetails("city", country="Afghanistan")) for _ in range(2)]
    assert made[0].id != made[1].id
    for who, place in zip(("ana", "bo"), made, strict=True):
        tag = mention(article, "Kunduz", annotator=who).edited(entity_id=place.id)
        _tagged_while_away(url, article, tag, place, who=who)
        with PostgresStore(url, readonly=False, create=False, annotator=who) as again:
            assert again.queued_changes() == 0
    with PostgresStore(url, readonly=True, create=False, annotator="lead") as lead:
        assert [e.id for e in lead.entities("place")] == [made[0].id]
        assert {a.entity_id for a in lead.annotations(article.id)} == {made[0].id}
        assert len(lead.annotations(article.id)) == 2


def test_a_place_made_while_the_server_was_away_is_read_with_its_tag_until_sent(url: str, article: Article) -> None:
    """Found by a newcomer: after quitting with a tag of a new place kept here, `show` printed the
    mention with no place, and an export named an entity it did not hold."""
    kunduz = Entity.place("Kunduz", PlaceDetails("city"))
    _tagged_while_away(url, article, mention(article, "Kunduz").edited(entity_id=kunduz.id), kunduz)
    with PostgresStore(url, readonly=True, create=False, annotator="ana") as reader:  # as `show` opens it
        assert reader.queued_changes() == 1 and [a.entity_id for a in reader.annotations(article.id)] == [kunduz.id]
        assert reader.get_entity(kunduz.id) == kunduz and reader.entities("place") == [kunduz]


def load_run(analysts: int, seconds: float) -> dict:  # type: ignore[type-arg]
    from benchmarks.team_load import run

    server = shared_server()
    if server is None:
        pytest.skip("no PostgreSQL server programs on this machine")
    return run(server.database(), analysts, seconds, kill=True, server=server)


@pytest.mark.slow
def test_analysts_killed_and_a_server_crash_lose_no_acknowledged_change() -> None:
    """A short run of the team load benchmark with its kills: every change an analyst was told
    was saved is in the database (`python -m benchmarks.team_load` for the full measure)."""
    result = load_run(analysts=3, seconds=3)
    assert result["lost"] == 0 and result["acknowledged_changes"] > 0 and result["analysts_killed"] == 1


@pytest.mark.slow
def test_twenty_analysts_for_a_minute_with_kills_lose_nothing() -> None:
    result = load_run(analysts=20, seconds=60)
    assert result["lost"] == 0 and result["analysts_killed"] == 6


def test_review_findings_on_steps_kept_while_the_server_was_away(url: str, article: Article) -> None:
    """Found in review: two kept steps on a todo article each moved it to in progress (the second
    was refused when sent); an undone kept step could not be redone; a kept step whose article was
    removed meanwhile blocked every later opening."""
    server = shared_server()
    assert server is not None
    gone = Article.create("Gone", "Officials in Herat said the fighting stopped.")
    with PostgresStore(url, readonly=False, create=True, annotator="ana") as ana:
        for each in (article, gone):
            ana.add_article(each)
            ana.annotations(each.id)
            ana.article(each.id)
            ana.summary(each.id)
        refused: list[BaseException | None] = []
        ana.set_error_handler(refused.append)
        server.crash()
        try:
            ana.add_annotation(mention(article, "Kunduz"))
            ana.add_annotation(mention(article, "Kabul"))
            ana.add_annotation(mention(article, "Taliban", "actor"))
            assert ana.undo() is not None and ana.redo() is not None  # taken back, and again
            ana.add_annotation(Annotation.create(gone, "district", *span(gone, "Herat"), annotator="ana"))
        finally:
            server.start_again()
        with psycopg.connect(url, autocommit=True) as connection:  # someone removes that article meanwhile
            connection.execute("DELETE FROM articles WHERE id = %s", (gone.id,))
        ana.flush()
        assert ana.queued_changes() == 0
        assert [a.quote for a in ana.annotations(article.id)] == ["Taliban", "Kunduz", "Kabul"]
        assert any("not sent" in str(error) for error in refused)  # the step on the removed article, named


def test_two_analysts_first_tags_in_one_article_at_once_both_land(url: str) -> None:
    """Found in review: two first annotations in one todo article could deadlock, and the loser
    was taken for a lost server."""
    import threading

    articles = [Article.create(f"Report {n}", f"{TEXT} {n}") for n in range(8)]
    ana = PostgresStore(url, readonly=False, create=True, annotator="ana")
    bo = PostgresStore(url, readonly=False, create=True, annotator="bo")
    try:
        for each in articles:
            ana.add_article(each)
        errors: list[BaseException] = []

        def tag(store: PostgresStore, words: str, who: str) -> None:
            for each in articles:
                try:
                    store.add_annotation(Annotation.create(each, "district", *span(each, words), annotator=who))
                except BaseException as error:
                    errors.append(error)

        threads = [threading.Thread(target=tag, args=(ana, "Kunduz", "ana")),
                   threading.Thread(target=tag, args=(bo, "Kabul", "bo"))]  # fmt: skip
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert errors == [] and ana.write_error is None and bo.write_error is None
        assert all(ana.summary(each.id).count("district") == 2 for each in articles)
    finally:
        ana.close()
        bo.close()


def test_an_address_that_does_not_parse_is_not_quoted() -> None:
    with pytest.raises(StoreError) as raised:
        Store.open("postgresql://ana:p%zzword@localhost/x")
    assert "zzword" not in str(raised.value)


def test_while_the_server_is_away_forms_open_and_a_new_place_is_kept(url: str, article: Article) -> None:
    """Found by a newcomer with the server stopped: `e` on an actor ended the app (its form read
    every actor from the server), and `y` on a suggested new place said "nothing was read" and
    was lost (asked whether that place was known, the store asked the server)."""
    from annotations.forms.fields import fields_for
    from annotations.suggest import Suggestion
    from annotations.suggest.review import accept

    server = shared_server()
    assert server is not None
    taliban = Entity.actor("Taliban")
    with PostgresStore(url, readonly=False, create=True, annotator="ana") as ana:
        ana.add_article(article)
        ana.add_annotations([(mention(article, "Taliban", "actor"), taliban)], label="tag")
        ana.article(article.id)
        ana.annotations(article.id)
        ana.summary(article.id)
        server.crash()
        try:
            assert [e.name for e in ana.entities("actor")] == ["Taliban"]  # as read or made here
            assert fields_for("actor", ana, article, span(article, "Officials"))  # the form opens
            kunduz = Entity.place("Kunduz")
            start, end = span(article, "Kunduz")
            found = Suggestion("district", start, end, "Kunduz", "gazetteer", entity=kunduz, new_entity=True)
            assert accept(ana, article, [found], [found], annotator="ana") is not None
            kept = ana.get_entity(kunduz.id)  # stamped as taken
            assert (
                ana.queued_changes() == 1
                and kept is not None
                and (kept.name, kept.details) == ("Kunduz", kunduz.details)
            )
            assert [e.name for e in ana.entities()] == ["Taliban", "Kunduz"]  # actors, then places
            ana.get_entity(taliban.id)
            ana.record_step("remove", removed_entities=[taliban.id])  # found by a reviewer: it came back
            assert ana.get_entity(taliban.id) is None and [e.name for e in ana.entities()] == ["Kunduz"]
            ana.undo()
        finally:
            server.start_again()
        ana.flush()
        assert ana.queued_changes() == 0
    with PostgresStore(url, readonly=False, create=False, annotator="bo") as bo:
        assert [a.quote for a in bo.annotations(article.id)] == ["Taliban", "Kunduz"]
        assert bo.get_entity(kunduz.id) == kept  # as ana's store kept it


def test_while_the_server_is_away_a_claim_may_name_a_mention_another_analyst_made(url: str, article: Article) -> None:
    """Found by a newcomer with the server stopped: `y` on a claim whose speaker was bo's mention
    (on ana's screen) was refused, "claimant … is not an annotation of this article": asked for
    that one mention, the store asked the server, though it had read it with the article."""
    from annotations.model import ClaimAttributes

    server = shared_server()
    assert server is not None
    with (
        PostgresStore(url, readonly=False, create=True, annotator="ana") as ana,
        PostgresStore(url, readonly=False, create=True, annotator="bo") as bo,
    ):
        ana.add_article(article)
        officials = mention(article, "Officials", "actor", annotator="bo")
        bo.add_annotation(officials)
        ana.article(article.id)
        ana.annotations(article.id)  # ana's screen shows bo's mention
        ana.summary(article.id)
        server.crash()
        try:
            claim = Annotation.create(
                article, "claim", *span(article, "Kabul denied it"), annotator="ana",
                attributes=ClaimAttributes(claimant_annotation_id=officials.id),
            )  # fmt: skip
            ana.add_annotation(claim)
            assert ana.queued_changes() == 1
        finally:
            server.start_again()
        ana.flush()
        assert ana.queued_changes() == 0
        assert [a.quote for a in bo.annotations(article.id) if a.kind == "claim"] == ["Kabul denied it"]


def test_a_login_without_the_grants_is_told_so_not_that_the_address_does_not_parse(url: str) -> None:
    """A newcomer's analyst login, before the owner's grants, was told "the address does not parse"."""
    PostgresStore(url, readonly=False, create=True, annotator="owner").close()  # the tables, by their owner
    role = f"newcomer_{url.rsplit('/', 1)[1].split('?')[0][-8:]}"
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(f'CREATE ROLE "{role}" LOGIN')
    base, query = url.split("?", 1)
    scheme, rest = base.split("://", 1)
    as_newcomer = f"{scheme}://{role}@{rest.split('@', 1)[1]}?{query}"
    with pytest.raises(StoreError) as refused:
        PostgresStore(as_newcomer, readonly=True, create=False)
    assert "permission denied" in str(refused.value)
    assert "does not parse" not in str(refused.value)


def test_an_actor_two_analysts_make_a_moment_apart_is_one(team, article: Article) -> None:
    """A newcomer's ana and bo pressed y on "Taliban", each suggestion saying "(new)": two Taliban
    in the entities, the adjudication's pair marked unequal, κ entity 0.00 until merged. The second
    is linked to the first; so is "Officials" in the same article (its form would have linked it
    had it read the first), though not in another: a kind of people different in every article."""
    ana, bo = team
    made = {}
    for store, who in ((ana, "ana"), (bo, "bo")):
        taliban = Entity.actor("Taliban", ActorDetails("rebel_group"))
        officials = Entity.actor("Officials", ActorDetails("government_officials"))
        store.add_annotation(
            Annotation.create(article, "actor", *span(article, "Taliban"), entity_id=taliban.id, annotator=who),
            new_entity=taliban,
        )
        store.add_annotation(
            Annotation.create(article, "actor", *span(article, "Officials"), entity_id=officials.id, annotator=who),
            new_entity=officials,
        )
        made[who] = (taliban.id, officials.id)
    tagged = {(a.annotator, a.quote): a.entity_id for a in ana.annotations(article.id)}
    assert tagged[("bo", "Taliban")] == tagged[("ana", "Taliban")] == made["ana"][0]
    assert tagged[("bo", "Officials")] == tagged[("ana", "Officials")] == made["ana"][1]
    assert ana.get_entity(made["bo"][0]) is None and ana.get_entity(made["bo"][1]) is None
    elsewhere = Article.create("Herat", "Officials in Herat said the roads were open.")
    ana.add_article(elsewhere)
    officials = Entity.actor("Officials", ActorDetails("government_officials"))
    bo.add_annotation(
        Annotation.create(elsewhere, "actor", *span(elsewhere, "Officials"), entity_id=officials.id, annotator="bo"),
        new_entity=officials,
    )
    assert [a.entity_id for a in bo.annotations(elsewhere.id)] == [officials.id]


def test_an_actor_two_analysts_make_in_the_same_instant_is_one(url: str, article: Article) -> None:
    """A second newcomer's ana and bo pressed y on "Taliban" within about 50 ms: both steps read
    the entities before either was committed, and "Taliban" was made twice. Each name here is made
    by both at once (two threads let go together); every name ends as one entity. A third newcomer
    found it so for names that say who but not for "Militants" or "civilians" in one article."""
    import threading

    names = [f"Brigade {n}" for n in range(12)] + ["Militants", "civilians"]  # generic: one in this article
    stores = [PostgresStore(url, readonly=False, create=True, annotator=who) for who in ("ana", "bo")]
    try:
        stores[0].add_article(article)
        start = threading.Barrier(2)
        errors: list[BaseException] = []

        def make_each(store: PostgresStore) -> None:
            for name in names:
                entity = Entity.actor(name, ActorDetails("rebel_group"))
                tag = Annotation.create(
                    article, "actor", *span(article, "Taliban"), entity_id=entity.id, annotator=store.annotator
                )
                start.wait(10)
                try:
                    store.add_annotation(tag, new_entity=entity)
                except BaseException as error:
                    errors.append(error)

        threads = [threading.Thread(target=make_each, args=(store,)) for store in stores]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert errors == []
        made = [e.name for e in stores[1].entities() if e.name in names]
        assert sorted(made) == sorted(names)
        tagged = {a.entity_id for a in stores[0].annotations(article.id)}
        assert len(tagged) == len(names)
    finally:
        for store in stores:
            store.close()


def test_the_app_starts_from_what_it_read_last_while_the_server_is_away(url: str, article: Article) -> None:
    """A newcomer's app refused to start while the server was down, though changes made while it
    is away are kept and sent. The app's store keeps what it read when it closes; a start that
    cannot reach the server opens from that, keeps the changes made meanwhile and sends them
    when the server is back. A command (an export) is still refused: it would give a part of the
    corpus as all of it."""
    server = shared_server()
    assert server is not None
    with PostgresStore(url, readonly=False, create=True, annotator="ana", from_last_read=True) as ana:
        ana.add_article(article)
        ana.add_annotation(mention(article, "Kunduz"))
        assert [s.id for s in ana.articles()] == [article.id]
        assert [a.quote for a in ana.annotations(article.id)] == ["Kunduz"]
    server.crash()
    try:
        with pytest.raises(StoreError, match=r"cannot|refused|failed"):
            PostgresStore(url, readonly=False, create=False, annotator="ana")  # a command's opening
        with pytest.raises(StoreError) as refused:  # bo read nothing: a third newcomer was given libpq's error alone
            PostgresStore(url, readonly=False, create=False, annotator="bo", from_last_read=True)
        assert str(refused.value).endswith(
            "he app starts without it only from what it read before, and nothing was read on this machine "
            "as “bo” yet: start again when it is back"
        )
        assert re.search(r"(; the|[.?!] The) app starts", str(refused.value))  # a sentence, or a clause after "; "
        told: list[BaseException | None] = []
        away = PostgresStore(url, readonly=False, create=False, annotator="ana", from_last_read=True)
        away.set_error_handler(told.append)
        assert isinstance(away.write_error, ConnectionLostError) and told == [away.write_error]
        away.watch(lambda articles: None)  # the app's listener cannot connect either: said once, not twice
        assert len(told) == 1
        assert [s.id for s in away.articles()] == [article.id]
        assert away.article(article.id).text == TEXT
        assert [a.quote for a in away.annotations(article.id)] == ["Kunduz"]
        entry = away.add_annotation(mention(article, "Kabul"))
        assert entry.kept_here and away.queued_changes() == 1
        assert [a.quote for a in away.annotations(article.id)] == ["Kunduz", "Kabul"]
        away.close()
    finally:
        server.start_again()
    with PostgresStore(url, readonly=False, create=False, annotator="ana") as back:  # the kept change is sent
        assert back.queued_changes() == 0
        assert [a.quote for a in back.annotations(article.id)] == ["Kunduz", "Kabul"]


def test_a_prune_built_on_an_old_reading_keeps_the_entities_tagged_since(team, article: Article) -> None:
    """stop 71's newcomer: ana pruned while the server was away, her uses counted from what she had
    read; when her step was sent it deleted bo's "Militants", tagged meanwhile, and `check` found
    his tag naming nothing. A step sent later, or a moment after another's tag, keeps what is named."""
    from annotations.entities import editing
    from annotations.store.integrity import check_store

    ana, bo = team
    militants, unused = Entity.actor("Militants"), Entity.actor("Brigade 7")
    ana.put_entity(militants)
    ana.put_entity(unused)
    stale = editing.prunable(ana)  # what ana's prune will remove, read before bo's tag
    assert {e.name for e in stale} >= {"Militants", "Brigade 7"}
    bo.add_annotation(mention(article, "Taliban", "actor", "bo").edited(entity_id=militants.id))
    entry = ana.record_step("prune 2 unused entities", removed_entities=[e.id for e in stale])
    assert entry.label == "prune 2 unused entities (Militants kept: tags made since name it)"
    assert [c.id for c in entry.changes] == [unused.id]
    assert {e.name for e in bo.entities()} == {"Militants"}
    assert check_store(bo) == []
    with pytest.raises(ConflictError, match="nothing to save: Militants kept: tags made since name it"):
        ana.record_step("prune 1 unused entity", removed_entities=[militants.id])
    assert ana.undo() is not None  # the prune's entry undoes what it did: "Brigade 7" is back
    assert {e.name for e in bo.entities()} == {"Militants", "Brigade 7"}


def _both_tagged(team, article: Article) -> None:  # type: ignore[no-untyped-def]
    """ana and bo each tag Kunduz and Kabul alike: two agreed units, none curated."""
    for store in team:
        for words in ("Kunduz", "Kabul"):
            store.add_annotation(mention(article, words, annotator=store.annotator))


def _take_agreed_at_once(team, article: Article, analysts: list[str]) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """Each store takes the agreed units it was shown, both let go together: what each returned."""
    import threading

    from annotations.team.adjudication import take_agreed, units

    shown = {s.annotator: units(s.annotations(article.id), analysts) for s in team}
    start, outcome = threading.Barrier(2), {}

    def take_all(store: PostgresStore) -> None:
        start.wait(10)
        try:
            outcome[store.annotator] = take_agreed(store, article, shown[store.annotator], analysts)
        except Exception as error:  # a refusal, or what the assertions show
            outcome[store.annotator] = error

    threads = [threading.Thread(target=take_all, args=(s,)) for s in team]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    return outcome


def test_two_adjudicators_taking_the_agreed_units_at_once_make_each_once(team, article: Article) -> None:
    """stop 71's newcomer: ana and bo pressed `a` in the adjudication screen together, and every
    agreed unit was copied twice into the curated layer (22 for 11; `check` then found the
    catalog's counts wrong). Each unit's curated version has one id: the first take saves it, the
    other is refused, whether the two came in the same instant (even the same millisecond, when
    their copies are the same to the byte: the second step then finds all it would make made, and
    is not put on its analyst's undo list, where its undo would take the other's copies back) or
    one was shown the units before."""
    from annotations.store.integrity import check_store
    from annotations.team.adjudication import CURATOR, take, take_agreed, units

    ana, bo = team
    _both_tagged(team, article)
    analysts = ["ana", "bo"]
    for _attempt in range(5):  # at once: both read the units before either saved
        outcome = _take_agreed_at_once(team, article, analysts)
        curated = [a for a in ana.annotations(article.id) if a.annotator == CURATOR]
        assert sorted(a.quote for a in curated) == ["Kabul", "Kunduz"]
        took = [o for o in outcome.values() if not isinstance(o, ConflictError)]
        assert sorted(outcome) == analysts and len(took) == 1 and isinstance(took[0], Entry), outcome
        assert check_store(ana) == []
        ana.delete_annotations(article.id, [a.id for a in curated])  # and again
    shown_before = units(bo.annotations(article.id), analysts)  # bo looks; ana takes first
    assert take_agreed(ana, article, units(ana.annotations(article.id), analysts), analysts) is not None
    with pytest.raises(ConflictError, match="someone else curated this since it was shown"):
        take_agreed(bo, article, shown_before, analysts)
    with pytest.raises(ConflictError, match="someone else curated this since it was shown"):
        take(bo, article, shown_before[0], shown_before[0].versions["bo"])
    assert len([a for a in bo.annotations(article.id) if a.annotator == CURATOR]) == 2


def test_an_analysts_last_step_is_their_last_undo_or_a_step_taken_off_their_list(team, article: Article) -> None:
    """stop 71's newcomer: `fieldmark assign` listed ana's last step from the history, so a step
    since taken off her undo list left an older one shown, and her undo was not shown at all."""
    ana, bo = team
    ana.add_annotation(mention(article, "Kabul"))
    kunduz = mention(article, "Kunduz")
    ana.add_annotation(kunduz)
    bo.update_annotation(ana.annotation(article.id, kunduz.id).edited(attributes=DistrictAttributes("contested")))
    with pytest.raises(ConflictError):
        ana.undo()
    with pytest.raises(StepDropped):
        ana.undo()  # off her list: the history holds "add district “Kabul”" only
    assert [(a.analyst, a.label, a.article_id) for a in bo.activity()] == [
        ("ana", "add district “Kunduz”", article.id),
        ("bo", "edit district “Kunduz”", article.id),
    ]
    ana.undo()
    assert [a.label for a in bo.activity() if a.analyst == "ana"] == ["undo: add district “Kabul”"]


def test_an_analyst_with_the_grants_the_docs_give_tags_undoes_and_is_listed_by_activity(
    url: str, article: Article
) -> None:
    """docs/team.md's grants, given once after the owner made the tables, are all an analyst's
    steps need, noting their activity too (kept in `fieldmark_meta`: a table a later Fieldmark made
    for it would be refused to every analyst until the owner granted it again). Steps an older
    Fieldmark made, with no activity noted, are listed from the history."""
    from annotations.store.postgres.extras import ACTIVITY

    with PostgresStore(url, readonly=False, create=True, annotator="owner") as owner:
        owner.add_article(article)
    role = f"analyst_{url.rsplit('/', 1)[1].split('?')[0][-8:]}"
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(f'CREATE ROLE "{role}" LOGIN')
        connection.execute(f'GRANT USAGE ON SCHEMA public TO "{role}"')
        connection.execute(f'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "{role}"')
        connection.execute(f'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO "{role}"')
    base, query = url.split("?", 1)
    scheme, rest = base.split("://", 1)
    with PostgresStore(f"{scheme}://{role}@{rest.split('@', 1)[1]}?{query}", readonly=False, create=False) as ana:
        ana.add_annotation(mention(article, "Kabul", annotator=ana.annotator))
        assert ana.undo() is not None and ana.redo() is not None
        assert [(a.analyst, a.label) for a in ana.activity()] == [(role, "redo: add district “Kabul”")]
    with psycopg.connect(url, autocommit=True) as connection:  # as an older Fieldmark left it
        connection.execute("DELETE FROM fieldmark_meta WHERE key = %s", (ACTIVITY + role,))
    with PostgresStore(url, readonly=True, create=False, annotator="cy") as reader:
        assert [(a.analyst, a.label, a.article_id) for a in reader.activity()] == [
            (role, "add district “Kabul”", article.id)
        ]


def test_a_step_linked_to_an_actor_made_meanwhile_does_not_say_new(team, article: Article) -> None:
    ana, bo = team
    for store, words in ((ana, "Taliban"), (bo, "The Taliban")):
        made = Entity.actor("Taliban", ActorDetails("rebel_group"))
        tag = mention(article, words, "actor", store.annotator).edited(entity_id=made.id)
        entry = store.add_annotation(tag, new_entity=made, label=f"add actor “{words}” (new)")
    assert entry.label == "add actor “The Taliban”"  # bo's, linked to ana's "Taliban" when saved
    assert [e.name for e in bo.entities()] == ["Taliban"]
