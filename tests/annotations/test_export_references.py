"""A filtered export names only what it holds, and an import stores no reference to what is not
there: a database made from either passes `fieldmark check`."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from annotations.exchange.export import ExportFilter, export
from annotations.exchange.imports import ImportReport, import_file
from annotations.model import (
    ActorDetails,
    Annotation,
    Article,
    ClaimAttributes,
    ClaimLink,
    Entity,
    PlaceDetails,
)
from annotations.store import Store
from annotations.store.integrity import check_store

from ..helpers import span, validate_export


@pytest.fixture
def claimed(loaded_store: Store, sample_article: Article) -> Store:
    """ana's claim by Tasnim's mention, about Kunduz, linked to bob's claim by the ministry."""
    store, article = loaded_store, sample_article
    kunduz = Entity.place("Kunduz", PlaceDetails("province", "Kunduz", "Afghanistan", {}, 36.7, 68.9))
    tasnim = Entity.actor("Tasnim News Agency", ActorDetails("media"))
    ministry = Entity.actor("Afghan Defense Ministry", ActorDetails("state_forces"))
    store.add_annotation(
        Annotation.create(article, "district", *span(article, "Kunduz"), entity_id=kunduz.id, annotator="ana"),
        new_entity=kunduz,
    )
    source = Annotation.create(
        article, "actor", *span(article, "Tasnim News Agency"), entity_id=tasnim.id, annotator="ana"
    )
    store.add_annotation(source, new_entity=tasnim)
    store.put_entity(ministry)
    other = Annotation.create(
        article,
        "claim",
        *span(article, "reinforcements have been sent to Maimana"),
        attributes=ClaimAttributes(claimant_entity_id=ministry.id, claim_type="reinforcement"),
        annotator="bob",
    )
    store.add_annotation(other)
    words = "“Dozens of districts have fallen to the Taliban since May 1,”"
    attributes = ClaimAttributes(
        claimant_annotation_id=source.id,
        claimant_entity_id=tasnim.id,
        cue="noted",
        claim_type="territorial_control",
        places=(kunduz.id,),
        links=(ClaimLink("contradicts", article.id, other.id),),
    )
    store.add_annotation(
        Annotation.create(article, "claim", *span(article, words), attributes=attributes, annotator="ana")
    )
    return store


def exported(store: Store, filters: ExportFilter | None = None) -> dict[str, Any]:
    buffer = io.BytesIO()
    export(store, "json", buffer, filters)
    document: dict[str, Any] = json.loads(buffer.getvalue())
    validate_export(document)
    return document


def imported_into(tmp_path: Path, document: dict[str, Any], name: str = "new") -> tuple[Store, ImportReport]:
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    store = Store.open(tmp_path / name)
    return store, import_file(store, path)


def test_a_claims_only_export_keeps_its_claimants_entity_not_the_mention_it_leaves_out(
    claimed: Store, tmp_path: Path
) -> None:
    document = exported(claimed, ExportFilter(kind="claim", status="accepted"))
    claims = document["articles"][0]["annotations"]
    assert {a["kind"] for a in claims} == {"claim"}
    by_tasnim = next(a for a in claims if a["attributes"]["cue"] == "noted")
    assert by_tasnim["attributes"]["claimant_annotation_id"] is None
    tasnim = by_tasnim["attributes"]["claimant_entity_id"]
    assert tasnim in {e["id"] for e in document["entities"]}
    assert len(by_tasnim["attributes"]["links"]) == 1  # the linked claim is in the export too

    store, report = imported_into(tmp_path, document)
    with store:
        assert check_store(store) == [] and report.mended == []
        stored = store.annotation(document["articles"][0]["id"], by_tasnim["id"])
        assert isinstance(stored.attributes, ClaimAttributes) and stored.attributes.claimant_entity_id == tasnim


def test_an_export_leaves_out_links_to_claims_it_does_not_hold(claimed: Store, tmp_path: Path) -> None:
    document = exported(claimed, ExportFilter(annotator="ana"))
    noted = next(a for a in document["articles"][0]["annotations"] if a["attributes"].get("cue") == "noted")
    assert noted["attributes"]["links"] == []  # bob's claim is not in it
    assert noted["attributes"]["claimant_annotation_id"]  # ana's mention is

    store, report = imported_into(tmp_path, document)
    with store:
        assert check_store(store) == [] and report.mended == []


def test_a_filtered_export_brought_back_to_its_own_database_is_already_there(claimed: Store, tmp_path: Path) -> None:
    path = tmp_path / "claims.json"
    path.write_text(json.dumps(exported(claimed, ExportFilter(kind="claim"))), encoding="utf-8")
    report = import_file(claimed, path)
    assert report.annotations == {"added": 0, "same": 2, "renamed": 0, "kept": 0}
    assert check_store(claimed) == []


def test_an_import_takes_off_references_to_what_is_not_there_and_says_each(claimed: Store, tmp_path: Path) -> None:
    document = exported(claimed)
    article = document["articles"][0]
    kunduz = next(e["id"] for e in document["entities"] if e["name"] == "Kunduz")
    document["entities"] = [e for e in document["entities"] if e["id"] != kunduz]  # edited by hand
    claim = next(a for a in article["annotations"] if a["attributes"].get("cue") == "noted")
    article["annotations"] = [a for a in article["annotations"] if a["kind"] != "actor"]  # the claimant's mention
    article["annotations"] = [
        a for a in article["annotations"] if a["id"] != claim["attributes"]["links"][0]["annotation_id"]
    ]

    store, report = imported_into(tmp_path, document)
    with store:
        assert check_store(store) == []
        stored = store.annotation(article["id"], claim["id"])
        attributes = stored.attributes
        assert isinstance(attributes, ClaimAttributes)
        assert attributes.claimant_annotation_id is None and attributes.claimant_entity_id  # who said it, kept
        assert attributes.places == () and attributes.links == ()
        district = next(a for a in store.annotations(article["id"]) if a.kind == "district")
        assert district.entity_id is None  # the mention stays, without the place nobody has
    mended = report.mended
    assert len(mended) == 2
    assert (
        f"took off claimant mention {claim['attributes']['claimant_annotation_id']}, place {kunduz}, link to"
        in " ".join(mended)
    )
    assert any(f"took off entity {kunduz}" in line for line in mended)
