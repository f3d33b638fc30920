"""Two analysts annotating one article (a team's server, or a folder annotated in turn): each one's
review, accepts and claims build on their own tags, so that their work is compared, not merged.
Found by a second newcomer on the team mode: bo's accepted "Taliban" left ana's review, and ana's
claim took bo's tag as its claimant, which bo's deletion then emptied unsaid."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from annotations.entities.mentions import others_claims_naming, own_work
from annotations.forms.fields import ClaimFields, claim_fields
from annotations.model import Annotation, Article, ClaimAttributes
from annotations.store import Store
from annotations.suggest.review import accept, prepare, reject

from ..helpers import span, taliban_tagged

TEXT = "The Taliban said on Monday that they captured Kunduz. Officials in Kabul denied it."


@pytest.fixture
def tagged_by_bo(tmp_path: Path) -> Iterator[tuple[Store, Article, Annotation]]:
    """A folder database whose article bo has tagged "Taliban" in (accepted, his)."""
    article = Article.create("Kunduz", TEXT)
    with Store.open(tmp_path / "db") as store:
        store.add_article(article)
        yield store, article, taliban_tagged(store, article, "bo")


def test_another_analysts_accepted_tag_leaves_ones_own_review_as_it_was(tagged_by_bo) -> None:
    store, article, _ = tagged_by_bo
    anas = prepare(store, article.id, annotator="ana")(None)
    bos = prepare(store, article.id, annotator="bo")(None)
    assert ("actor", "Taliban") in {(s.kind, s.quote) for s in anas}
    assert ("actor", "Taliban") not in {(s.kind, s.quote) for s in bos}
    taliban = next(s for s in anas if s.quote == "Taliban")
    assert taliban.entity is not None and taliban.entity.name == "Taliban"  # linked to the entity bo made


def test_accepting_a_claim_takes_ones_own_claimant_not_another_analysts(tagged_by_bo) -> None:
    store, article, bos = tagged_by_bo
    found = prepare(store, article.id, annotator="ana")(None)
    claim = next(s for s in found if s.kind == "claim" and s.quote == "they captured Kunduz")
    accept(store, article, [claim], found, annotator="ana")
    mine = [a for a in store.annotations(article.id) if a.annotator == "ana"]
    anas_taliban = next(a for a in mine if a.kind == "actor")
    said = next(a for a in mine if a.kind == "claim")
    assert isinstance(said.attributes, ClaimAttributes)
    assert said.attributes.claimant_annotation_id == anas_taliban.id != bos.id
    assert anas_taliban.entity_id == bos.entity_id  # one Taliban, two analysts' mentions of it


def _claimant(fields: ClaimFields) -> str | None:
    return fields.initial.claimant_annotation_id


def test_a_claim_form_drafts_its_claimant_from_ones_own_mentions_and_says_whose_the_others_are(
    tagged_by_bo,
) -> None:
    store, article, bos = tagged_by_bo
    said = span(article, "they captured Kunduz")
    assert _claimant(claim_fields(store, article, said, annotator="bo")) == bos.id
    fields = claim_fields(store, article, said, annotator="ana")
    assert _claimant(fields) is None  # not bo's tag: ana chooses, or tags her own
    assert ("bo's: Taliban", bos.id) in fields.claimants  # whose first: the field's end had cut ", bo's" off
    anas = Annotation.create(article, "actor", *span(article, "Taliban"), entity_id=bos.entity_id, annotator="ana")
    store.add_annotation(anas)
    fields = claim_fields(store, article, said, annotator="ana")
    assert _claimant(fields) == anas.id
    chosen = [value for _label, value in fields.claimants if value in (anas.id, bos.id)]
    assert chosen == [anas.id, bos.id]  # one's own first
    assert _claimant(claim_fields(store, article, said)) in (anas.id, bos.id)  # no analyst named: anyone's


def test_a_claim_form_offers_no_curated_copy_as_claimant_unless_it_is_the_claimant_already(tagged_by_bo) -> None:
    """A third newcomer's chooser offered the curated layer's copy of bo's "Taliban" beside his."""
    from annotations.forms.claimant_choices import claimant_choices
    from annotations.team.adjudication import CURATOR

    store, article, bos = tagged_by_bo
    copy = Annotation.create(article, "actor", bos.start, bos.end, entity_id=bos.entity_id, annotator=CURATOR)
    store.add_annotation(copy)
    tags = store.annotations(article.id)
    offered = [value for _label, value in claimant_choices(store, tags, annotator="ana")]
    assert bos.id in offered and copy.id not in offered
    assert copy.id in [value for _label, value in claimant_choices(store, tags, annotator="ana", chosen=copy.id)]
    assert copy.id in [value for _label, value in claimant_choices(store, tags, annotator=CURATOR)]


def test_deleting_a_mention_another_analysts_claim_names_says_whose_claim_keeps_its_claimant(tagged_by_bo) -> None:
    store, article, bos = tagged_by_bo
    claim = Annotation.create(
        article,
        "claim",
        *span(article, "they captured Kunduz"),
        annotator="ana",
        attributes=ClaimAttributes(claimant_annotation_id=bos.id, claimant_entity_id=bos.entity_id),
    )
    store.add_annotation(claim)
    everyone = store.annotations(article.id)
    assert others_claims_naming(everyone, [bos], "bo") == ["ana"]
    assert others_claims_naming(everyone, [bos], "ana") == []  # one's own claims are not another's
    store.delete_annotations(article.id, [bos.id])
    kept = store.annotation(article.id, claim.id).attributes
    assert isinstance(kept, ClaimAttributes)
    assert (kept.claimant_annotation_id, kept.claimant_entity_id) == (None, bos.entity_id)


def test_own_work_is_ones_own_tags_those_of_no_one_and_suggestions(tagged_by_bo) -> None:
    _store, article, bos = tagged_by_bo
    unnamed = Annotation.create(article, "district", *span(article, "Kabul"), annotator="")
    suggested = Annotation.create(article, "district", *span(article, "Kunduz"), annotator="bo", status="suggested")
    everyone = [bos, unnamed, suggested]
    assert own_work(everyone, "ana") == [unnamed, suggested]
    assert own_work(everyone, "bo") == everyone
    assert own_work(everyone, None) == everyone


def test_a_rejection_is_the_rejecting_analysts_own(tagged_by_bo) -> None:
    """bo's `r` on "Officials" took it out of ana's review of the same article too, and a reject and
    an accept by two analysts both landed. A named analyst's rejection is theirs; one made without
    a name (before this, or imported) stays everyone's."""
    from annotations.suggest.rejections import rejected_by, whose_and_key

    store, article, _ = tagged_by_bo
    officials = next(s for s in prepare(store, article.id, annotator="bo")(None) if s.quote == "Officials")
    reject(store, article.id, officials, annotator="bo")
    assert [whose_and_key(k) for k in store.rejections(article.id)] == [("bo", "actor:Officials")]
    assert "Officials" not in {s.quote for s in prepare(store, article.id, annotator="bo")(None)}
    assert "Officials" in {s.quote for s in prepare(store, article.id, annotator="ana")(None)}
    assert rejected_by(store.rejections(article.id), None) == {"actor:Officials"}  # a command's view: whoever's
    kabul = next(s for s in prepare(store, article.id)(None) if s.quote == "Kabul")
    reject(store, article.id, kabul)  # no analyst named: everyone's
    for who in ("ana", "bo"):
        assert "Kabul" not in {s.quote for s in prepare(store, article.id, annotator=who)(None)}


def test_rejections_in_other_articles_count_for_the_analyst_who_made_them() -> None:
    from annotations.suggest.rejections import counted_for, rejection_key

    stored = {rejection_key("actor:Gunmen", "bo"): 3, "actor:Gunmen": 1, rejection_key("actor:Gunmen", "ana"): 2}
    assert counted_for(stored, "ana") == {"actor:Gunmen": 3}
    assert counted_for(stored, "bo") == {"actor:Gunmen": 4}
    assert counted_for(stored, None) == {"actor:Gunmen": 6}
    assert rejection_key("actor:Gunmen", "") == "actor:Gunmen"
    assert rejection_key("actor:Gunmen", "a|b:c") == "a b c|actor:Gunmen"  # the name cannot be read as a key


def test_at_one_span_ones_own_annotation_comes_first_then_the_others_by_name() -> None:
    """stop 71's newcomer: the Claims pane listed her copy of a claim before bo's in one place and
    after it in the next (tied spans were ordered by their random ids)."""
    from annotations.entities.mentions import own_first

    article = Article.create("Kunduz", TEXT)
    claim = span(article, "they captured Kunduz")
    made = [
        Annotation.create(article, "claim", *claim, annotator=who, id=f"ann_{n}")
        for n, who in zip((3, 1, 2, 0), ("ana", "curated", "bo", "ana"), strict=True)
    ]
    later = Annotation.create(article, "claim", *span(article, "Officials in Kabul denied it"), annotator="bo")
    earlier = Annotation.create(article, "actor", *span(article, "Taliban"), annotator="bo")
    ordered = own_first([later, *made, earlier], "bo")
    assert [(a.quote[:7], a.annotator) for a in ordered] == [
        ("Taliban", "bo"), ("they ca", "bo"), ("they ca", "ana"), ("they ca", "ana"), ("they ca", "curated"),
        ("Officia", "bo"),
    ]  # fmt: skip
    assert [a.id for a in ordered[2:4]] == ["ann_0", "ann_3"]
    assert own_first(made[:1], "ana") == made[:1]
