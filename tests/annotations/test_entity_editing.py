"""Entities as the analyst's knowledge base: merge, rename, set, split and prune across articles,
each one undoable step; linking a mention to another actor never rewrites that actor; entity
lists shared between databases."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from annotations.entities import editing
from annotations.entities.lists import import_list, read_list, write_list
from annotations.entities.usage import entity_rows
from annotations.errors import ValidationError
from annotations.forms.inputs import ActorInput, DistrictInput
from annotations.forms.save import save_actor, save_district
from annotations.model import ActorDetails, Annotation, Article, ClaimAttributes, Entity, PlaceDetails
from annotations.store import Store

from ..helpers import span

FIRST = "The Taliban said on Monday they took Imam Sahib. Officials denied it."
SECOND = "Taleban fighters entered Kunduz, the Taleban said. Residents fled."


@pytest.fixture
def corpus(tmp_path: Path) -> tuple[Store, dict[str, Entity], dict[str, Annotation]]:
    store = Store.open(tmp_path / "db")
    one, two = two_articles(store, FIRST, SECOND)
    taliban = Entity.actor("Taliban", ActorDetails("rebel_group"))
    taleban = Entity.actor("Taleban", ActorDetails("external_other", aliases=("Taleban fighters",)))
    mentions = {
        "taliban": Annotation.create(one, "actor", *span(one, "Taliban"), entity_id=taliban.id),
        "fighters": Annotation.create(two, "actor", *span(two, "Taleban fighters"), entity_id=taleban.id),
        "taleban": Annotation.create(two, "actor", *span(two, "Taleban", 1), entity_id=taleban.id),
    }
    store.add_annotation(mentions["taliban"], new_entity=taliban)
    store.add_annotation(mentions["fighters"], new_entity=taleban)
    store.add_annotation(mentions["taleban"])
    claim = ClaimAttributes(
        claimant_annotation_id=mentions["taleban"].id, claimant_entity_id=taleban.id, cue="said", actors=(taleban.id,)
    )
    mentions["claim"] = Annotation.create(two, "claim", *span(two, "Taleban fighters entered Kunduz"), attributes=claim)
    store.add_annotation(mentions["claim"])
    yield store, {"taliban": taliban, "taleban": taleban}, mentions
    store.close()


def two_articles(store: Store, first: str, second: str) -> tuple[Article, Article]:
    one, two = Article.create("One", first), Article.create("Two", second)
    store.add_article(one)
    store.add_article(two)
    return one, two


def uses_of(store: Store, entity_id: str) -> int:
    return next((r.mentions + r.claims for r in entity_rows(store) if r.entity.id == entity_id), 0)


def test_the_entity_list_counts_mentions_articles_and_claims_across_the_corpus(corpus) -> None:
    store, _entities, _ = corpus
    rows = {r.entity.name: r for r in entity_rows(store)}
    assert (rows["Taliban"].mentions, rows["Taliban"].articles, rows["Taliban"].claims) == (1, 1, 0)
    assert (rows["Taleban"].mentions, rows["Taleban"].articles, rows["Taleban"].claims) == (2, 1, 1)
    assert rows["Taleban"].to_dict()["inter"] == 8 and rows["Taliban"].to_dict()["inter"] == 2


def test_a_places_claims_are_those_the_claims_board_counts_of_it(corpus) -> None:
    """Found by a newcomer: Lashio had 0 claims in the entity list and 2 on the claims board (a
    place tagged inside a claim that names no place is what the claim is about)."""
    from annotations.claims.board import claims_about
    from annotations.cli import run

    store, _entities, mentions = corpus
    two = store.article(mentions["claim"].article_id)
    kunduz = Entity.place("Kunduz", PlaceDetails("city", country="Afghanistan"))
    store.add_annotation(
        Annotation.create(two, "district", *span(two, "Kunduz"), entity_id=kunduz.id), new_entity=kunduz
    )
    rows = {r.entity.name: r for r in entity_rows(store, "place", about=claims_about(store))}
    assert (rows["Kunduz"].mentions, rows["Kunduz"].claims) == (1, 1)
    store.flush(None)  # the command reads what is on disk
    out = io.StringIO()
    assert run(["entities", "--json", "--kind", "place", "--db", str(store.location)], stdout=out) == 0
    assert [(r["name"], r["claims"]) for r in json.loads(out.getvalue())] == [("Kunduz", 1)]


def test_merge_moves_every_mention_claimant_and_claim_reference_and_undoes_in_one_step(corpus) -> None:
    store, entities, mentions = corpus
    keep, other = entities["taliban"], entities["taleban"]
    editing.merge(store, keep.id, [other.id])
    assert store.get_entity(other.id) is None
    merged = store.entity(keep.id)
    assert merged.details.aliases == ("Taleban", "Taleban fighters")
    assert merged.details.actor_type == "rebel_group"  # the kept entity's type stays
    second = store.annotations(mentions["claim"].article_id)
    assert {a.entity_id for a in second if a.kind == "actor"} == {keep.id}
    claim = next(a for a in second if a.kind == "claim")
    assert (claim.attributes.claimant_entity_id, claim.attributes.actors) == (keep.id, (keep.id,))
    assert uses_of(store, keep.id) == 4
    store.undo()
    assert store.entity(other.id).name == "Taleban"
    assert store.entity(keep.id).details.aliases == ()
    assert uses_of(store, other.id) == 3 and uses_of(store, keep.id) == 1
    store.redo()
    assert store.get_entity(other.id) is None


def test_merge_refuses_a_place_into_an_actor(corpus) -> None:
    store, entities, _ = corpus
    place = Entity.place("Kunduz")
    store.put_entity(place)
    with pytest.raises(ValidationError, match="place"):
        editing.merge(store, entities["taliban"].id, [place.id])


def test_rename_keeps_the_old_name_as_an_alias_and_set_changes_the_type(corpus) -> None:
    store, entities, _ = corpus
    editing.rename(store, entities["taleban"].id, "Taliban (Kunduz)")
    renamed = store.entity(entities["taleban"].id)
    assert renamed.name == "Taliban (Kunduz)" and "Taleban" in renamed.details.aliases
    editing.set_details(store, renamed.id, actor_type="rebel_group", affiliation="Taliban")
    assert store.entity(renamed.id).details.actor_type == "rebel_group"
    assert store.entity(renamed.id).details.affiliation == "Taliban"
    store.undo()
    store.undo()
    assert store.entity(renamed.id).name == "Taleban"


def test_split_moves_chosen_mentions_and_the_claims_they_speak_to_a_new_entity(corpus) -> None:
    store, entities, mentions = corpus
    chosen = mentions["taleban"]
    fresh, _entry = editing.split(store, entities["taleban"].id, [(chosen.article_id, chosen.id)], "Taliban spokesmen")
    assert store.annotation(chosen.article_id, chosen.id).entity_id == fresh.id
    claim = store.annotation(chosen.article_id, mentions["claim"].id)
    assert claim.attributes.claimant_entity_id == fresh.id
    assert store.annotation(chosen.article_id, mentions["fighters"].id).entity_id == entities["taleban"].id
    assert fresh.details.actor_type == "external_other"
    store.undo()
    assert store.get_entity(fresh.id) is None
    assert store.annotation(chosen.article_id, chosen.id).entity_id == entities["taleban"].id
    with pytest.raises(ValidationError, match="at least one"):
        everything = [(m.article_id, m.id) for m in (mentions["taleban"], mentions["fighters"])]
        editing.split(store, entities["taleban"].id, everything, "All")


def test_prune_removes_only_entities_nothing_points_to(corpus) -> None:
    store, entities, _mentions = corpus
    stale = Entity.actor("Abandoned")
    store.put_entity(stale)
    assert [e.name for e in editing.prunable(store)] == ["Abandoned"]
    removed, entry = editing.prune(store)
    assert [e.name for e in removed] == ["Abandoned"] and entry is not None
    assert store.get_entity(stale.id) is None
    assert store.get_entity(entities["taleban"].id) is not None  # named by a claim as well
    store.undo()
    assert store.get_entity(stale.id) is not None


def test_linking_a_mention_to_another_actor_never_changes_that_actors_type(corpus) -> None:
    """Was: re-linking "MNDAA" by e turned the group it was linked to into "external other"."""
    store, entities, mentions = corpus
    mention = mentions["fighters"]
    article = store.article(mention.article_id)
    data = ActorInput(name="Taliban", actor_type="external_other", affiliation="", note="")
    save_actor(store, article, mention.start, mention.end, data, annotator="a", existing=mention)
    taliban = store.entity(entities["taliban"].id)
    assert taliban.details.actor_type == "rebel_group"
    assert "Taleban fighters" in taliban.details.aliases
    assert store.annotation(mention.article_id, mention.id).entity_id == taliban.id
    # Editing a mention already linked to it does change the actor's type (that is the form's job).
    data = ActorInput(name="Taliban", actor_type="political_militia", affiliation="", note="")
    save_actor(
        store,
        article,
        mention.start,
        mention.end,
        data,
        annotator="a",
        existing=store.annotation(mention.article_id, mention.id),
    )
    assert store.entity(taliban.id).details.actor_type == "political_militia"


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_an_entity_list_travels_to_another_database(corpus, tmp_path: Path, fmt: str) -> None:
    store, _entities, _ = corpus
    path = tmp_path / f"actors.{fmt}"
    path.write_text(write_list(store.entities("actor"), fmt), encoding="utf-8")
    with Store.open(tmp_path / "other") as other:
        other.put_entity(Entity.actor("Taliban", ActorDetails("political_militia", aliases=("IEA",))))
        result = import_list(other, read_list(path), label="import")
        assert (result.added, result.taught) == (1, 0)
        by_name = {e.name: e for e in other.entities("actor")}
        assert by_name["Taliban"].details.actor_type == "political_militia"  # ours is kept
        assert by_name["Taleban"].details.aliases == ("Taleban fighters",)
        assert by_name["Taleban"].details.actor_type == "external_other"
        other.undo()
        assert [e.name for e in other.entities("actor")] == ["Taliban"]


def test_a_wrong_row_in_an_entity_list_is_named(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("name,kind,type\nTaliban,actor,rebel_group\nX,actor,not_a_type\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="row 2"):
        read_list(path)


def test_the_entities_command_lists_merges_renames_and_prunes(corpus, tmp_path: Path) -> None:
    from annotations.cli import run

    store, entities, _ = corpus
    store.put_entity(Entity.actor("Abandoned"))
    db = store.location
    store.close()

    def fieldmark(*args: str) -> str:
        out, err = io.StringIO(), io.StringIO()
        assert run([*args, "--db", db], stdout=out, stderr=err) == 0, err.getvalue()
        return out.getvalue()

    listed = fieldmark("entities", "--kind", "actor").splitlines()
    assert "Taleban" in "\n".join(listed) and listed[-1] == "3 entities"
    taliban_line = next(line for line in listed if " Taliban " in line)
    assert "rebel group" in taliban_line and "1 mention, 1 article, 0 claims" in taliban_line
    assert len({line.index(" mention") for line in listed if "mention" in line}) == 1  # counts line up
    assert "merge Taleban into Taliban" in fieldmark("entities", "merge", "Taliban", "Taleban")
    rows = {r["name"]: r for r in json.loads(fieldmark("entities", "list", "--json"))}
    assert rows["Taliban"]["mentions"] == 3 and rows["Taliban"]["claims"] == 1 and "Taleban" not in rows
    assert "Abandoned" in fieldmark("entities", "prune", "--dry-run")
    assert "1 unused entities removed" in fieldmark("entities", "prune")
    fieldmark("entities", "rename", entities["taliban"].id, "Islamic Emirate")
    exported = fieldmark("entities", "export", "--format", "json")
    assert [r["name"] for r in json.loads(exported)] == ["Islamic Emirate"]


def test_generic_nouns_stay_in_their_article_unless_the_analyst_links_them(tmp_path: Path) -> None:
    """Was: "residents" of Faryab, of Kunduz and of Myanmar became one actor."""
    from annotations.forms.fields import fields_for
    from annotations.suggest.review import gazetteers_for, suggestions_for

    with Store.open(tmp_path / "db") as store:
        one, two = two_articles(
            store,
            "Residents said the Taliban entered Maimana. Residents fled.",
            "Residents said the junta bombed Lashio.",
        )
        for article in (one, two):
            start, end = span(article, "Residents")
            data = ActorInput(name="residents", actor_type="civilians")
            save_actor(store, article, start, end, data, annotator="a")
        residents = [e for e in store.entities("actor") if e.name == "residents"]
        assert len(residents) == 2  # one per article, not one for the world
        # Within one article the name links to its own residents...
        start, end = span(one, "Residents", 1)
        save_actor(store, one, start, end, ActorInput(name="residents", actor_type="civilians"), annotator="a")
        assert len([e for e in store.entities("actor") if e.name == "residents"]) == 2
        # ...and the form and suggestions of the other article never propose the first one.
        of_one = {a.entity_id for a in store.annotations(one.id)}
        (first,) = [e for e in residents if e.id in of_one]
        fields = fields_for("actor", store, two, span(two, "Residents"))
        assert first.id not in {e.id for e in fields.actors}
        assert any(e.name == "residents" for e in fields.actors)  # its own residents are there
        suggested = suggestions_for(store, two.id, gazetteers_for(store))
        assert all(s.entity is None or s.entity.id != first.id for s in suggested)
        # A named actor still links across articles.
        taliban = ActorInput(name="Taliban", actor_type="rebel_group")
        save_actor(store, one, *span(one, "Taliban"), taliban, annotator="a")
        other = Article.create("Three", "The Taliban took Kunduz.")
        store.add_article(other)
        save_actor(store, other, *span(other, "Taliban"), taliban, annotator="a")
        assert len([e for e in store.entities("actor") if e.name == "Taliban"]) == 1


def test_the_apps_suggestions_keep_generic_actors_in_their_article_too(tmp_path: Path) -> None:
    """Found in review: the app's background suggestions (`prepare`) still linked them."""
    from annotations.suggest.review import prepare

    with Store.open(tmp_path / "db") as store:
        one, two = two_articles(
            store, "Residents said the Taliban entered Maimana.", "Residents said the junta bombed Lashio."
        )
        save_actor(
            store, one, *span(one, "Residents"), ActorInput(name="Residents", actor_type="civilians"), annotator="a"
        )
        (residents,) = [e for e in store.entities("actor") if e.name == "Residents"]
        suggested = prepare(store, two.id)(None)
        assert all(s.entity is None or s.entity.id != residents.id for s in suggested)


def test_renaming_to_an_alias_leaves_it_the_name_only_and_lists_keep_place_codes(corpus, tmp_path: Path) -> None:
    store, entities, _ = corpus
    editing.rename(store, entities["taleban"].id, "Taleban fighters")
    renamed = store.entity(entities["taleban"].id)
    assert renamed.name == "Taleban fighters" and renamed.details.aliases == ("Taleban",)
    kunduz = Entity.place(
        "Kunduz", PlaceDetails("province", "Kunduz", "Afghanistan", {"iso3166_2": "AF-KDZ"}, 36.7, 68.9)
    )
    store.put_entity(kunduz)
    path = tmp_path / "places.csv"
    path.write_text(write_list(store.entities("place"), "csv"), encoding="utf-8")
    (read,) = read_list(path)
    assert read.details.codes == {"iso3166_1": "AF", "iso3166_2": "AF-KDZ"} and read.details.latitude == 36.7


def test_generic_actors_linked_across_articles_must_say_who(tmp_path: Path) -> None:
    with Store.open(tmp_path / "db") as store:
        one, two = two_articles(store, "Residents of the town fled.", "Residents fled again.")
        for article in (one, two):
            save_actor(store, article, *span(article, "Residents"), ActorInput(name="residents"), annotator="a")
        first, second = store.entities("actor")
        with pytest.raises(ValidationError, match="says what kind of people"):
            editing.merge(store, first.id, [second.id])
        refused = editing.merge_refused(store, first.id, [second.id])  # told before it is asked (the screen)
        assert refused is not None and "says what kind of people" in refused.reason and "--name" not in refused.reason
        assert refused.renaming_helps
        editing.merge(store, first.id, [second.id], name="residents of Faryab")
        (merged,) = store.entities("actor")
        assert merged.name == "residents of Faryab" and "residents" in merged.details.aliases
        store.undo()
        assert len(store.entities("actor")) == 2


def test_use_counts_follow_changes_and_count_the_corpus_only_when_a_last_mention_goes(corpus) -> None:
    from annotations.entities.usage import UseCounts

    store, entities, mentions = corpus
    uses = UseCounts()
    entry = store.delete_annotation(mentions["fighters"].article_id, mentions["fighters"].id)
    uses.after_change(store, entry.changes)
    assert not uses.built  # the Taleban are still named in that article: nothing to count
    taliban = mentions["taliban"]
    entry = store.delete_annotation(taliban.article_id, taliban.id)
    uses.after_change(store, entry.changes)
    assert uses.built and uses.stale([entities["taliban"].id, entities["taleban"].id]) == {entities["taliban"].id}
    undone = store.undo()
    assert undone is not None
    uses.after_change(store, undone.inverse_changes())
    assert uses.stale([entities["taliban"].id]) == set()


def test_a_name_another_entity_has_is_refused_and_places_of_two_countries_merge_said(corpus) -> None:
    store, entities, _ = corpus
    with pytest.raises(ValidationError, match="merge them instead"):
        editing.rename(store, entities["taleban"].id, "Taliban")
    with pytest.raises(ValidationError, match=r"Taleban .*, is also called taleban fighters: merge them instead"):
        editing.rename(store, entities["taliban"].id, "taleban fighters")  # a newcomer's took another's alias
    with pytest.raises(ValidationError, match="nothing to set"):
        editing.set_details(store, entities["taliban"].id)  # said "set …: rebel group" and did nothing
    kunduz = Entity.place("Kunduz", PlaceDetails("province", country="Afghanistan"))
    shan = Entity.place("Shan", PlaceDetails("province", country="Myanmar"))
    store.put_entity(kunduz)
    store.put_entity(shan)
    entry = editing.merge(store, kunduz.id, [shan.id])
    assert entry.label == "merge Shan into Kunduz (places of Afghanistan and Myanmar)"


def test_db_may_come_before_the_command(tmp_path: Path) -> None:
    """Was: `fieldmark --db DB import FILE` took "import" for a file and opened the app."""
    from annotations.cli import run

    article = tmp_path / "a.txt"
    article.write_text("Kunduz falls\n\nThe Taliban took Kunduz.\n", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    code = run(["--db", str(tmp_path / "db"), "import", str(article)], stdout=out, stderr=err)
    assert code == 0, err.getvalue()
    out = io.StringIO()
    assert run([f"--db={tmp_path / 'db'}", "list"], stdout=out) == 0 and "Kunduz falls" in out.getvalue()


def test_counted_uses_follow_merge_split_and_undo_as_a_recount_would(corpus) -> None:
    """The Entities screen counts the corpus once, then moves its counts by each step."""
    from annotations.entities.usage import corpus_usage, follow

    store, entities, mentions = corpus

    def counts(usage) -> dict[str, tuple[int, int]]:
        return {i: (len(u.mentions), len(u.claims)) for i, u in usage.items() if u.used}

    usage = corpus_usage(store)
    chosen = mentions["taleban"]
    _fresh, split = editing.split(store, entities["taleban"].id, [(chosen.article_id, chosen.id)], "Taliban spokesmen")
    follow(usage, split.changes)
    assert counts(usage) == counts(corpus_usage(store))
    merged = editing.merge(store, entities["taliban"].id, [entities["taleban"].id])
    follow(usage, merged.changes)
    assert counts(usage) == counts(corpus_usage(store))
    undone = store.undo()
    assert undone is not None
    follow(usage, undone.inverse_changes())
    assert counts(usage) == counts(corpus_usage(store))


def test_uses_counted_again_in_the_articles_others_changed_as_a_recount_would(corpus) -> None:
    """What a team's entities view does when the server says which articles another analyst
    changed: only those are read again."""
    from annotations.entities.usage import corpus_usage, recount

    store, entities, mentions = corpus

    def counts(usage) -> dict[str, tuple[list[str], list[str]]]:  # in order: the uses box numbers them so
        return {i: ([a.id for a in u.mentions], [c.id for c in u.claims]) for i, u in usage.items() if u.used}

    usage = corpus_usage(store)
    merged = editing.merge(store, entities["taliban"].id, [entities["taleban"].id])  # the second article's tags
    recount(usage, store, {mentions["taliban"].article_id})  # the first article only: the second as before
    assert counts(usage) != counts(corpus_usage(store))
    recount(usage, store, {c.article_id for c in merged.changes if c.article_id})
    assert counts(usage) == counts(corpus_usage(store))
    recount(usage, store, {mentions["taliban"].article_id})  # the first article's uses stay first
    assert counts(usage) == counts(corpus_usage(store))
    recount(usage, store, {mentions["claim"].article_id, "gone-meanwhile"})  # an article removed meanwhile
    assert counts(usage) == counts(corpus_usage(store))


def test_generic_actors_of_different_articles_are_told_apart_by_their_article(tmp_path: Path) -> None:
    """Found by a newcomer: the entity list showed three "residents" rows and two "local
    officials" with nothing to tell which article each was in."""
    from annotations.cli import run

    with Store.open(tmp_path / "db") as store:
        for title in ("Fighting in Goma", "Clashes in Tripoli"):
            article = Article.create(title, f"{title}\n\nResidents said they fled.")
            store.add_article(article)
            residents = Entity.actor("residents", ActorDetails("civilians"))
            start, end = span(article, "Residents")
            store.add_annotation(
                Annotation.create(article, "actor", start, end, entity_id=residents.id), new_entity=residents
            )
        rows = sorted(row.home for row in entity_rows(store, "actor"))
    assert rows == ["Clashes in Tripoli", "Fighting in Goma"]
    out = io.StringIO()
    assert run(["entities", "--kind", "actor", "--db", str(tmp_path / "db")], stdout=out) == 0
    assert "in “Fighting in Goma”" in out.getvalue() and "in “Clashes in Tripoli”" in out.getvalue()


def test_a_place_kept_in_a_merge_takes_the_codes_and_point_of_the_place_merged_into_it(tmp_path: Path) -> None:
    """Found by a second newcomer: "Amhara" (named by the text) kept neither the ISO code nor the
    point of the gazetteer's "Amara" merged into it, and fell out of the map and the events table.
    Another country's place lends nothing."""
    text = "Fighting in Amhara spread; the Amara region and Lara were shelled."
    article = Article.create("Amhara", text)
    amhara = Entity.place("Amhara", PlaceDetails("province", country="Ethiopia"))
    amara = Entity.place(
        "Amara",
        PlaceDetails("province", country="Ethiopia", codes={"iso3166_2": "ET-AM"}, latitude=11.5, longitude=38.5),
    )
    lara = Entity.place(
        "Lara",
        PlaceDetails("province", country="Venezuela", codes={"iso3166_2": "VE-K"}, latitude=10.0, longitude=-69.8),
    )
    with Store.open(tmp_path / "db") as store:
        store.add_article(article)
        for entity in (amhara, amara, lara):
            start = text.index(entity.name)
            mention = Annotation.create(article, "district", start, start + len(entity.name), entity_id=entity.id)
            store.add_annotation(mention, new_entity=entity)
        editing.merge(store, amhara.id, [lara.id, amara.id])
        kept = store.entity(amhara.id)
    assert isinstance(kept.details, PlaceDetails)
    assert kept.details.codes.get("iso3166_2") == "ET-AM"
    assert (kept.details.latitude, kept.details.longitude) == (11.5, 38.5)


def test_a_merge_takes_each_missing_code_and_nothing_from_a_place_of_another_kind(tmp_path: Path) -> None:
    """Found in review: a kept place with only its country's code took none of the other's; a town
    merged into its province must not lend the province its id and point."""
    text = "Amhara and Amara and Gondar."
    article = Article.create("Amhara", text)
    kept = Entity.place("Amhara", PlaceDetails("province", country="Ethiopia", codes={"iso3166_1": "ET"}))
    listed = Entity.place("Amara", PlaceDetails("province", country="Ethiopia", codes={"iso3166_2": "ET-AM"}))
    town = Entity.place(
        "Gondar",
        PlaceDetails("city", country="Ethiopia", codes={"geonames_id": "336014"}, latitude=12.6, longitude=37.5),
    )
    with Store.open(tmp_path / "db") as store:
        store.add_article(article)
        for entity in (kept, listed, town):
            start = text.index(entity.name)
            store.add_annotation(
                Annotation.create(article, "district", start, start + len(entity.name), entity_id=entity.id),
                new_entity=entity,
            )
        editing.merge(store, kept.id, [listed.id, town.id])
        details = store.entity(kept.id).details
    assert isinstance(details, PlaceDetails)
    assert details.codes.get("iso3166_2") == "ET-AM" and "geonames_id" not in details.codes and details.latitude is None


def test_an_entity_list_has_one_row_per_name() -> None:
    """Found by a newcomer: actors named only by what they are ("civilians") are an entity per
    article, and the exported list held four identical rows of them."""
    many = [Entity.actor("civilians", ActorDetails("civilians", aliases=names)) for names in ((), ("villagers",), ())]
    other = Entity.actor("civilians", ActorDetails("protesters"))  # another type: a row of its own
    rows = list(csv.DictReader(io.StringIO(write_list([*many, other], "csv"))))
    assert [(r["name"], r["type"], r["aliases"]) for r in rows] == [
        ("civilians", "civilians", "villagers"),
        ("civilians", "protesters", ""),
    ]


def test_an_alias_holding_a_semicolon_reads_back_whole(tmp_path: Path) -> None:
    """A newcomer's alias "Ansar al-Sharia; Libya" came back from the CSV list as two aliases."""
    aliases = ("Ansar al-Sharia; Libya", "AST", r"back\slash", "ends;", "two\\")
    path = tmp_path / "actors.csv"
    path.write_text(write_list([Entity.actor("Ansar al-Sharia", ActorDetails("rebel_group", aliases=aliases))], "csv"))
    (row,) = csv.DictReader(io.StringIO(path.read_text()))
    assert row["aliases"].startswith("Ansar al-Sharia\\; Libya; AST")  # still readable in a spreadsheet
    (read,) = read_list(path)
    assert read.details.aliases == aliases


def test_a_list_written_before_aliases_were_escaped_reads_as_it_did(tmp_path: Path) -> None:
    path = tmp_path / "old.csv"
    path.write_text("name,kind,type,aliases\nTaliban,actor,rebel_group,IEA; Taleban ; C:\\x\n", encoding="utf-8")
    (read,) = read_list(path)
    assert read.details.aliases == ("IEA", "Taleban", "C:\\x")


def test_namesake_places_are_told_apart_in_the_claim_form(tmp_path: Path) -> None:
    """A newcomer tagged Arauca the city and Arauca the province: the claim form's place list
    showed two "Arauca"."""
    from annotations.forms.fields import ClaimFields, fields_for

    text = "Fighting in Arauca, the capital of Arauca, displaced 2,000 people, officials said."
    city = Entity.place("Arauca", PlaceDetails("city", province="Arauca", country="Colombia"))
    province = Entity.place("Arauca", PlaceDetails("province", country="Colombia"))
    with Store.open(tmp_path / "db") as store:
        article = Article.create("Arauca", text)
        store.add_article(article)
        first = text.index("Arauca")
        second = text.index("Arauca", first + 1)
        store.add_annotation(
            Annotation.create(article, "district", first, first + 6, entity_id=city.id), new_entity=city
        )
        store.add_annotation(
            Annotation.create(article, "district", second, second + 6, entity_id=province.id), new_entity=province
        )
        fields = fields_for("claim", store, article, (0, text.index(", officials")))
        assert isinstance(fields, ClaimFields)
        assert sorted(label for label, _id, _on in fields.places) == [
            "Arauca (city, Colombia)",
            "Arauca (province, Colombia)",
        ]


def test_renaming_or_merging_an_actor_renames_the_affiliations_that_name_it(tmp_path: Path) -> None:
    """A newcomer renamed "Myanmar military" to Tatmadaw: its state television stayed affiliated to
    "Myanmar military" in every export. One step, undone whole."""
    with Store.open(tmp_path / "db") as store:
        army = Entity.actor("Myanmar military", ActorDetails("state_forces"))
        tv = Entity.actor("MRTV", ActorDetails("media", affiliation="myanmar military"))
        other = Entity.actor("Kachin News", ActorDetails("media", affiliation="KIA"))
        junta = Entity.actor("junta", ActorDetails("state_forces"))
        for entity in (army, tv, other, junta):
            store.put_entity(entity)
        editing.rename(store, army.id, "Tatmadaw")
        assert store.entity(tv.id).details.affiliation == "Tatmadaw"
        assert store.entity(other.id).details.affiliation == "KIA"
        store.undo()
        assert store.entity(tv.id).details.affiliation == "myanmar military"
        assert store.entity(army.id).name == "Myanmar military"
        editing.merge(store, junta.id, [army.id])
        assert store.entity(tv.id).details.affiliation == "junta"
        store.undo()
        editing.merge(store, junta.id, [army.id], name="Tatmadaw")  # the kept one renamed: its name too
        assert store.entity(tv.id).details.affiliation == "Tatmadaw"
        puntland = Entity.place("Puntland", PlaceDetails("province", country="Somalia"))
        state = Entity.place("Puntland State", PlaceDetails("province", country="Somalia"))
        police = Entity.actor("Puntland police", ActorDetails("state_forces", affiliation="Puntland"))
        for entity in (puntland, state, police):
            store.put_entity(entity)
        editing.merge(store, state.id, [puntland.id])  # places: no actor's affiliation is an entity's name
        assert store.entity(police.id).details.affiliation == "Puntland"


def test_exporting_a_list_says_when_entities_share_a_row(tmp_path: Path) -> None:
    """A newcomer's list had 59 rows for 60 entities ("gunmen" of two articles share a row) and
    the import said "59 added": an entity looked lost."""
    from annotations.cli import run

    db = tmp_path / "db"
    with Store.open(db) as store:
        for _ in range(2):
            store.put_entity(Entity.actor("gunmen", ActorDetails("rebel_group")))
        store.put_entity(Entity.actor("Taliban", ActorDetails("rebel_group")))
    err = io.StringIO()
    assert (
        run(["entities", "export", "-o", str(tmp_path / "list.csv"), "--db", str(db)], stdout=io.StringIO(), stderr=err)
        == 0
    )
    assert "3 entities in 2 rows" in err.getvalue()


@pytest.mark.parametrize(
    ("name", "content", "said"),
    [
        ("broken.json", b"{not json", "not valid JSON"),
        ("latin.csv", b"\xff\xfename,kind\n", "not UTF-8 text"),
        ("numbers.json", b"[1, 2]", "row 1 is not an object"),
        ("kind.json", b'[{"name": "X", "kind": 5}]', "kind 5 is not text"),
    ],
)
def test_an_entity_list_that_does_not_read_says_why_in_one_line(
    tmp_path: Path, name: str, content: bytes, said: str
) -> None:
    """A newcomer's `entities import` of a broken JSON file or a Latin-1 CSV printed a traceback:
    each now names the file and what is wrong with it."""
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ValidationError, match=said):
        read_list(path)
    with pytest.raises(ValidationError, match="cannot be read"):
        read_list(tmp_path / "missing.csv")


def test_use_counts_left_uncounted_when_the_server_is_away(corpus, monkeypatch) -> None:
    """helper-229: `u` after a `y` made while the server was away closed the app: counting the
    corpus read an article never read here. The counts wait for the server instead."""
    from annotations.entities import usage
    from annotations.errors import ConnectionLostError
    from annotations.store.changes import Change

    store = corpus[0] if isinstance(corpus, tuple) else corpus
    article_id = store.articles()[0].id
    tag = next(a for a in store.annotations(article_id) if a.entity_id)

    def away(_store):  # type: ignore[no-untyped-def]
        raise ConnectionLostError("the server cannot be reached; nothing was read")

    monkeypatch.setattr(usage, "corpus_usage", away)
    counts = usage.UseCounts()
    counts.after_change(
        store,
        [Change("annotation", "gone", article_id, {**tag.to_dict(), "id": "gone", "entity_id": "actor_nowhere"}, None)],
    )
    assert counts.counts is None


def test_a_place_and_an_actor_are_refused_before_the_merge_is_asked(tmp_path: Path) -> None:
    """helper-268: the entities screen asked "Merge Upper Nile (a place) into South Sudan People's
    Defence Forces (an actor)?", then refused it."""
    with Store.open(tmp_path / "db") as store:
        one, _two = two_articles(store, "Rebels entered Kunduz.", "Rebels left.")
        save_actor(store, one, *span(one, "Rebels"), ActorInput(name="rebels of Kunduz"), annotator="a")
        save_district(store, one, *span(one, "Kunduz"), DistrictInput(name="Kunduz"), annotator="a")
        (actor,), (place,) = store.entities("actor"), store.entities("place")
        refused = editing.merge_refused(store, actor.id, [place.id])
        assert refused is not None and "of kind place" in refused.reason and not refused.renaming_helps
        with pytest.raises(ValidationError, match="not merged"):
            editing.merge(store, actor.id, [place.id])


def test_a_place_split_off_is_another_place_and_takes_its_claims(tmp_path: Path) -> None:
    """helper-365 merged Goma into Sake by mistake, then split Goma's mention off: the new Goma had Sake's GeoNames id
    and point, Sake kept "Goma" as an alias (so "Goma" still found Sake), the claim about Goma stayed about Sake, and a
    second split under the same name made a second "Goma"."""
    text = "M23 rebels took Sake on Thursday, officials said. Shelling hit Goma on Friday, residents said."
    sake = Entity.place("Sake", PlaceDetails("city", "Nord-Kivu", "DR Congo", {"geonames_id": "1"}, -1.5, 29.0))
    with Store.open(tmp_path / "db") as store:
        article = Article.create("Kivu", text)
        store.add_article(article)
        store.put_entity(replace_aliases(sake, ("Goma",)))
        tags = [Annotation.create(article, "district", *span(article, n), entity_id=sake.id) for n in ("Sake", "Goma")]
        for tag in tags:
            store.add_annotation(tag)
        about = Annotation.create(
            article, "claim", text.index("Shelling"), text.index(" on Friday"),
            attributes=ClaimAttributes(cue="said", places=(sake.id,)),
        )  # fmt: skip
        store.add_annotation(about)
        goma, _entry = editing.split(store, sake.id, [(article.id, tags[1].id)], "Goma")
        assert isinstance(goma.details, PlaceDetails)
        assert (goma.details.codes, goma.details.latitude, goma.details.country) == ({}, None, "DR Congo")
        assert store.entity(sake.id).details.aliases == ()
        claim = store.annotation(article.id, about.id)
        assert isinstance(claim.attributes, ClaimAttributes) and claim.attributes.places == (goma.id,)
        with pytest.raises(ValidationError, match="another place is called Goma"):
            editing.split(store, sake.id, [(article.id, tags[0].id)], "Goma")


def replace_aliases(entity: Entity, aliases: tuple[str, ...]) -> Entity:
    from dataclasses import replace

    return replace(entity, details=replace(entity.details, aliases=aliases))
