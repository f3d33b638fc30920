"""Export in every format, import back exactly, merge per annotator, agreement with known answers."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotations.errors import FieldmarkError, IngestError
from annotations.exchange.agreement import agreement, cohen_kappa
from annotations.exchange.brat_read import read_brat_folder
from annotations.exchange.export import ExportFilter, export
from annotations.exchange.imports import import_document, import_file, read_export
from annotations.model import (
    ActorDetails,
    Annotation,
    Article,
    ClaimAttributes,
    ClaimLink,
    DistrictAttributes,
    Entity,
    Grade,
    PlaceDetails,
    text_sha256,
)
from annotations.store import Store
from annotations.text.anchoring import reanchor

from ..helpers import span, validate_export


@pytest.fixture
def tagged(loaded_store: Store, sample_article: Article) -> Store:
    store = loaded_store
    kunduz = Entity.place(
        "Kunduz", PlaceDetails("province", "Kunduz", "Afghanistan", {"iso3166_2": "AF-KDZ"}, 36.7, 68.9)
    )
    tasnim = Entity.actor("Tasnim News Agency", ActorDetails("media"))
    district = Annotation.create(
        sample_article,
        "district",
        *span(sample_article, "Kunduz"),
        entity_id=kunduz.id,
        attributes=DistrictAttributes("encircled"),
        annotator="ana",
    )
    store.add_annotation(district, new_entity=kunduz)
    source = Annotation.create(
        sample_article, "actor", *span(sample_article, "Tasnim News Agency"), entity_id=tasnim.id, annotator="ana"
    )
    store.add_annotation(source, new_entity=tasnim)
    claim = Annotation.create(
        sample_article,
        "claim",
        *span(sample_article, "“Dozens of districts have fallen to the Taliban since May 1,”"),
        attributes=ClaimAttributes(
            claimant_annotation_id=source.id,
            claimant_entity_id=tasnim.id,
            cue="noted",
            claim_type="territorial_control",
            places=(kunduz.id,),
            grade=Grade("B", 2),
        ),
        annotator="ana",
    )
    store.add_annotation(claim)
    return store


def export_bytes(store: Store, fmt: str, filters: ExportFilter | None = None) -> bytes:
    buffer = io.BytesIO()
    export(store, fmt, buffer, filters)
    return buffer.getvalue()


def test_native_json_has_every_field_and_validates(tagged: Store, sample_article: Article) -> None:
    document = json.loads(export_bytes(tagged, "json"))
    validate_export(document)
    assert document["format"] == "fieldmark" and document["version"] == 1
    (article,) = document["articles"]
    assert article["sha256"] == sample_article.sha256 and article["text"] == sample_article.text
    for annotation in article["annotations"]:
        assert article["text"][annotation["start"] : annotation["end"]] == annotation["quote"]
    claim = next(a for a in article["annotations"] if a["kind"] == "claim")
    assert claim["attributes"]["cue"] == "noted"
    assert claim["attributes"]["grade"] == {"reliability": "B", "credibility": 2}
    assert {e["name"] for e in document["entities"]} == {"Kunduz", "Tasnim News Agency"}


def test_an_export_file_is_readable_as_any_file_the_user_makes(tagged: Store, tmp_path: Path) -> None:
    """Found by a newcomer: exports were written 0600 (the private temporary's mode)."""
    import os
    import stat

    target = tmp_path / "out.json"
    export(tagged, "json", target, None)
    export(tagged, "brat", tmp_path / "brat", None)  # a second newcomer found brat's files 0600 still
    umask = os.umask(0o022)
    os.umask(umask)
    made = [target, *sorted((tmp_path / "brat").iterdir())]
    assert len(made) > 2 and {stat.S_IMODE(path.stat().st_mode) for path in made} == {0o666 & ~umask}


def test_jsonl_is_one_article_per_line_then_entities(tagged: Store) -> None:
    lines = export_bytes(tagged, "jsonl").splitlines()
    assert len(lines) == 2
    assert json.loads(lines[0])["annotations"]
    assert [e["name"] for e in json.loads(lines[1])["entities"]]


def test_w3c_annotations_have_selectors_purposes_and_claimants(tagged: Store, sample_article: Article) -> None:
    document = json.loads(export_bytes(tagged, "w3c"))
    assert "http://www.w3.org/ns/anno.jsonld" in document["@context"]
    assert document["type"] == "AnnotationCollection"
    items = document["first"]["items"]
    assert len(items) == 3
    for item in items:
        assert item["type"] == "Annotation"
        quote, position = item["target"]["selector"]
        assert quote["type"] == "TextQuoteSelector" and position["type"] == "TextPositionSelector"
        assert sample_article.text[position["start"] : position["end"]] == quote["exact"]
        purposes = {body["purpose"] for body in item["body"]}
        assert {"tagging", "describing"} <= purposes
    claim = next(i for i in items if i["body"][0]["value"] == "claim")
    assert any(b.get("role") == "claimant" for b in claim["body"])
    district = next(i for i in items if i["body"][0]["value"] == "district")
    assert any(b["purpose"] == "identifying" for b in district["body"])
    assert {item["target"]["fieldmark:title"] for item in items} == {sample_article.title}  # a newcomer found none


def test_a_w3c_export_is_refused_by_import_with_the_reason(tagged: Store, tmp_path: Path) -> None:
    """A newcomer's W3C file renamed .json was refused as "no text (looked for text, body,
    content)": it holds no article text, and the refusal says so and what to import first (since
    stop 94 it is taken onto the articles stored)."""
    from annotations.cli import run

    path = tmp_path / "annotations.json"
    path.write_bytes(export_bytes(tagged, "w3c"))
    out, err = io.StringIO(), io.StringIO()
    run(["import", "--db", str(tmp_path / "other"), str(path)], stdout=out, stderr=err)
    assert "is not in this database: import its text, then this file again" in err.getvalue()


def test_csv_is_one_row_per_claim(tagged: Store) -> None:
    rows = list(csv.DictReader(io.StringIO(export_bytes(tagged, "csv").decode())))
    (row,) = rows
    assert row["claimant"] == "Tasnim News Agency" and row["claimant_type"] == "media"
    assert row["place"] == "Kunduz" and row["code"] == "AF-KDZ" and row["latitude"] == "36.7"
    assert row["grade"] == "B2" and row["claim_type"] == "territorial_control"


def test_csv_gives_one_control_status_per_place_listed(tmp_path: Path) -> None:
    """Found by a newcomer: "place = Artibonite" and "control_status = unknown; unknown": the
    places listed were the claim's chosen ones, the statuses those of every place inside it."""
    text = "Kaya\n\nThe army said it had retaken Kaya after fighting near Dori."
    article = Article.create("Kaya", text)
    kaya, dori = Entity.place("Kaya", PlaceDetails("city")), Entity.place("Dori", PlaceDetails("city"))
    with Store.open(tmp_path / "db") as store:
        store.add_article(article)
        start = text.index("it had")
        claim = Annotation.create(
            article, "claim", start, len(text) - 1, attributes=ClaimAttributes(cue="said", places=(kaya.id,))
        )
        at = text.index("Kaya after")
        mentions = [
            Annotation.create(
                article, "district", at, at + 4, entity_id=kaya.id, attributes=DistrictAttributes("retaken")
            ),
            Annotation.create(
                article,
                "district",
                *span(article, "Dori"),
                entity_id=dori.id,
                attributes=DistrictAttributes("contested"),
            ),
        ]
        store.add_annotations([(claim, None), (mentions[0], kaya), (mentions[1], dori)], label="tag")
        (row,) = csv.DictReader(io.StringIO(export_bytes(store, "csv").decode()))
    assert row["place"] == "Kaya" and row["control_status"] == "retaken"


def test_csv_lists_the_places_the_claims_board_files_a_claim_under(tmp_path: Path) -> None:
    """Found by a newcomer: the claims table listed "Palma; Quissanga" for a claim naming no place,
    while the board (and `claims --place Palma`) filed it under Quissanga only: the table listed
    every place tagged inside, the board those the claim says something of."""
    from annotations.claims.board import board_claims

    text = "Mocuba\n\nThe army said Mocuba was quiet, but the town of Lugela had fallen to the insurgents."
    article = Article.create("Mocuba", text)
    mocuba, lugela = Entity.place("Mocuba", PlaceDetails("city")), Entity.place("Lugela", PlaceDetails("city"))
    with Store.open(tmp_path / "db") as store:
        store.add_article(article)
        start = text.index("Mocuba was")
        claim = Annotation.create(article, "claim", start, len(text) - 1, attributes=ClaimAttributes(cue="said"))
        first = Annotation.create(article, "district", start, start + 6, entity_id=mocuba.id)
        second = Annotation.create(article, "district", *span(article, "Lugela"), entity_id=lugela.id)
        store.add_annotations([(claim, None), (first, mocuba), (second, lugela)], label="tag")
        (row,) = csv.DictReader(io.StringIO(export_bytes(store, "csv").decode()))
        (filed,) = board_claims(store)
    assert [name for _id, name in filed.places] == ["Lugela"]
    assert row["place"] == "Lugela" and row["control_status"] == "captured"


def test_the_json_says_what_the_tables_read_of_a_claim_and_an_import_ignores_it(tmp_path: Path) -> None:
    """A newcomer: every claim of the JSON export had "places": [] (the analyst chose none) while
    the claims table named the place and the day. The JSON now carries them as `derived`, read as
    the table reads them, from all the article's tags even in an export of claims alone; an import
    stores none of it (the claim's own places stay empty)."""
    text = "Lugela\n\nThe army said on Monday that the town of Lugela had fallen to the insurgents."
    article = Article.create("Lugela", text, published="2024-03-06")
    lugela = Entity.place("Lugela", PlaceDetails("city"))
    with Store.open(tmp_path / "db") as store:
        store.add_article(article)
        start = text.index("the town")
        claim = Annotation.create(article, "claim", start, len(text) - 1, attributes=ClaimAttributes(cue="said"))
        place = Annotation.create(article, "district", *span(article, "Lugela", 1), entity_id=lugela.id)
        store.add_annotations([(claim, None), (place, lugela)], label="tag")
        document = json.loads(export_bytes(store, "json", ExportFilter(kind="claim")))
    validate_export(document)
    (exported,) = document["articles"][0]["annotations"]
    assert exported["attributes"]["places"] == []
    assert exported["derived"] == {
        "places": [lugela.id], "event_date": "2024-03-04", "time_precision": 1, "date_source": "text"
    }  # fmt: skip
    assert lugela.id in {e["id"] for e in document["entities"]}
    with Store.open(tmp_path / "other") as other:
        import_document(other, document)
        (again,) = other.annotations(article.id)
        assert isinstance(again.attributes, ClaimAttributes) and again.attributes.places == ()


def test_csv_place_cells_line_up_and_a_towns_code_is_never_its_countrys(tmp_path: Path) -> None:
    """Found by a newcomer: "Rostov" exported with code "RU" (its country's, read as its own),
    and cells such as "; 379555" that look broken. Each cell of a claim's places has one item
    per place, in the order of the place cell, empty where that place has none."""
    text = "Rostov\n\nOfficials said drones struck Rostov and Tawila overnight."
    article = Article.create("Rostov", text)
    rostov = Entity.place("Rostov", PlaceDetails("province", country="RU", codes={"iso3166_1": "RU"}))
    tawila = Entity.place(
        "Tawila",
        PlaceDetails(
            "city",
            province="North Darfur",
            country="SD",
            codes={"geonames_id": "379555"},
            latitude=13.5,
            longitude=24.98,
        ),
    )
    with Store.open(tmp_path / "db") as store:
        store.add_article(article)
        start = text.index("drones")
        claim = Annotation.create(article, "claim", start, len(text) - 1, attributes=ClaimAttributes(cue="said"))
        at = text.index("Rostov and")
        first = Annotation.create(article, "district", at, at + len("Rostov"), entity_id=rostov.id)
        second = Annotation.create(article, "district", *span(article, "Tawila"), entity_id=tawila.id)
        store.add_annotations([(claim, None), (first, rostov), (second, tawila)], label="tag")
        (row,) = csv.DictReader(io.StringIO(export_bytes(store, "csv").decode()))
    assert row["place"] == "Rostov; Tawila"
    assert (row["province"], row["country"], row["code"]) == ("; North Darfur", "RU; SD", "; 379555")
    assert (row["latitude"], row["longitude"]) == ("; 13.5", "; 24.98")
    assert all(len(row[c].split("; ")) == 2 for c in ("province", "country", "code", "latitude", "control_status"))


def test_a_places_country_code_is_kept_when_no_country_cell_names_it() -> None:
    from annotations.exchange.tables import own_code

    assert own_code(PlaceDetails("other", codes={"iso3166_1": "SD"})) == "SD"  # a reviewer's: else nothing places it
    assert own_code(PlaceDetails("province", country="RU", codes={"iso3166_1": "RU"})) == ""
    assert own_code(PlaceDetails("country", country="SD", codes={"iso3166_1": "SD"})) == "SD"


def test_brat_folder_is_parsed_back(tagged: Store, tmp_path: Path, sample_article: Article) -> None:
    folder = tmp_path / "brat"
    export(tagged, "brat", folder)
    ann = (folder / f"{sample_article.id}.ann").read_text()
    assert any(line.startswith("T") and "\tDistrict " in line for line in ann.splitlines())
    assert any(line.startswith("A") and "ControlStatus" in line for line in ann.splitlines())
    assert any(line.startswith("N") and "Reference" in line for line in ann.splitlines())
    assert any(line.startswith("R") and "Claimant Arg1:" in line for line in ann.splitlines())
    document = read_brat_folder(folder)
    validate_export(document)
    original = {a.id: a for a in tagged.annotations(sample_article.id)}
    (article,) = document["articles"]
    for record in article["annotations"]:
        assert (record["start"], record["end"], record["kind"]) == (
            original[record["id"]].start,
            original[record["id"]].end,
            original[record["id"]].kind,
        )
    claim = next(r for r in article["annotations"] if r["kind"] == "claim")
    assert claim["attributes"]["claimant_annotation_id"] in original


def test_a_brat_folder_imported_twice_is_already_there_the_second_time(tagged: Store, tmp_path: Path) -> None:
    """Found by a newcomer: brat keeps no times, so a second import of the same folder read every
    annotation as changed ("35 conflicting kept as ours") where the JSON's said "already there"."""
    from annotations.exchange.imports import import_brat

    folder = tmp_path / "brat"
    export(tagged, "brat", folder)
    with Store.open(tmp_path / "other") as other:
        first = import_brat(other, folder)
        second = import_brat(other, folder)
    assert first.annotations["added"] > 0
    assert second.annotations["same"] == first.annotations["added"] and second.annotations["kept"] == 0


def test_a_brat_pair_named_by_id_takes_its_first_line_as_title(tmp_path: Path) -> None:
    """Found by a newcomer: the pairs Fieldmark exports are named by article id, and imported
    back every title was a hex id; another corpus's file names stay the titles."""
    folder = tmp_path / "brat"
    folder.mkdir()
    text = "\n  Fighting in Herat went on\tfor days.\nResidents fled.\n"
    ours = text_sha256(text)[:16]
    for stem in (ours, "kunduz-2021-08-01"):
        (folder / f"{stem}.txt").write_text(text if stem == ours else "Kunduz fell.\n", encoding="utf-8")
        (folder / f"{stem}.ann").write_text("", encoding="utf-8")

    titles = sorted(article["title"] for article in read_brat_folder(folder)["articles"])

    assert titles == ["Fighting in Herat went on for days.", "kunduz-2021-08-01"]


def test_filters(tagged: Store) -> None:
    only_claims = json.loads(export_bytes(tagged, "json", ExportFilter(kind="claim")))
    assert [a["kind"] for a in only_claims["articles"][0]["annotations"]] == ["claim"]
    nobody = json.loads(export_bytes(tagged, "json", ExportFilter(annotator="bob")))
    assert nobody["articles"][0]["annotations"] == [] and nobody["entities"] == []
    suggested = json.loads(export_bytes(tagged, "json", ExportFilter(status="suggested")))
    assert suggested["articles"][0]["annotations"] == []


def test_refusals(tagged: Store, tmp_path: Path) -> None:
    with pytest.raises(FieldmarkError, match="unknown format"):
        export(tagged, "xml", tmp_path / "x")
    target = tmp_path / "out.json"
    target.write_text("keep me")
    with pytest.raises(FieldmarkError, match="already exists"):
        export(tagged, "json", target)
    assert target.read_text() == "keep me"
    export(tagged, "json", target, force=True)
    validate_export(json.loads(target.read_text()))
    with pytest.raises(FieldmarkError, match="no such folder"):
        export(tagged, "json", tmp_path / "missing" / "out.json")


@pytest.mark.parametrize(
    "content,reason",
    [
        (b"{nope", "not valid JSON"),
        (b'{"format": "fieldmark", "version": 1}', "not a valid Fieldmark export"),
        (
            b'{"format": "fieldmark", "version": 1, "exported_at": "", "articles": [{"id": "a", "title": "t", "source": "", "text": "x", "sha256": "'
            + b"0" * 64
            + b'", "status": "todo", "annotations": []}], "entities": []}',
            "does not match its sha256",
        ),
    ],
)
def test_malformed_imports_store_nothing(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(IngestError, match=reason) as caught:
        read_export(path)
    assert str(caught.value).startswith(str(path)) and "\n" not in str(caught.value)


def test_import_into_empty_database_round_trips_exactly(tagged: Store, tmp_path: Path) -> None:
    first = json.loads(export_bytes(tagged, "json"))
    with Store.open(tmp_path / "other") as other:
        report = import_document(other, first)
        assert report.annotations["added"] == 3 and not report.problems
        second = json.loads(export_bytes(other, "json"))
    first.pop("exported_at")
    second.pop("exported_at")
    assert first == second


def test_merging_keeps_both_annotators_and_overwrites_nothing(
    tagged: Store, tmp_path: Path, sample_article: Article
) -> None:
    document = json.loads(export_bytes(tagged, "json"))
    # Bob's copy: the same district with another status, under the same id, plus one of his own.
    bob = json.loads(json.dumps(document))
    annotations = bob["articles"][0]["annotations"]
    district = next(a for a in annotations if a["kind"] == "district")
    district["annotator"] = "bob"
    district["attributes"]["control_status"] = "captured"
    extra = Annotation.create(sample_article, "actor", *span(sample_article, "Taliban"), annotator="bob").to_dict()
    del extra["article_id"]
    annotations.append(extra)
    report = import_document(tagged, bob)
    assert report.articles_merged == 1
    assert report.annotations == {"added": 1, "same": 2, "renamed": 1, "kept": 0}
    districts = tagged.annotations(sample_article.id, kind="district")
    assert sorted(a.annotator for a in districts) == ["ana", "bob"]
    assert {a.attributes.control_status for a in districts} == {"encircled", "captured"}  # type: ignore[union-attr]
    again = import_document(tagged, bob)
    assert again.annotations["added"] == 0 and again.annotations["renamed"] == 0


def test_reanchoring_from_quote_and_context() -> None:
    text = "Kunduz fell. Later, Kunduz was retaken by government forces."
    assert reanchor(text, 3, 9, "Kunduz", "Later, ", " was retaken") == (20, 26)
    moved = "PREFACE. " + text
    assert reanchor(moved, 0, 6, "Kunduz", "", " fell.") == (9, 15)
    assert reanchor(text, 0, 5, "Herat") is None


def test_agreement_on_a_hand_made_case(store: Store, sample_article: Article) -> None:
    store.add_article(sample_article)
    place = Entity.place("Kunduz")
    store.put_entity(place)

    def add(who: str, phrase: str, kind: str = "district", status: str = "captured", trim: int = 0) -> None:
        start, end = span(sample_article, phrase)
        store.add_annotation(
            Annotation.create(
                sample_article,
                kind,
                start,
                end - trim,
                annotator=who,  # type: ignore[arg-type]
                entity_id=place.id if kind == "district" else None,
                attributes=DistrictAttributes(status) if kind == "district" else None,  # type: ignore[arg-type]
            )
        )

    add("ana", "Kunduz")
    add("bob", "Kunduz")  # exact match, same status
    add("ana", "Imam Sahib")
    add("bob", "Imam Sahib", trim=3, status="contested")  # overlap only, other status
    add("ana", "Maimana")  # bob misses it
    add("bob", "Faryab") if "Faryab" in sample_article.text else add("bob", "Afghan Defense Ministry")  # bob's extra
    result = agreement(store, "ana", "bob", ["district"])["district"]
    assert (result["reference"], result["candidate"]) == (3, 3)
    assert result["exact"] == {"matched": 1, "precision": 0.3333, "recall": 0.3333, "f1": 0.3333}
    assert result["overlap"]["matched"] == 2
    assert result["kappa_entity"] == 1.0
    assert result["kappa_attribute"] == 0.0


def test_agreement_on_claims_compares_claimants_and_certainty(store: Store) -> None:
    """A newcomer's: two analysts gave one claim two claimants and another two certainties, and
    `agree` said 1.00 on both (a claim's own entity, none, and its type alone were compared)."""
    text = "The army said it killed 12 rebels. The rebels denied losing anyone, their spokesman said."
    article = Article.create("Claims", text)
    store.add_article(article)
    army, rebels = Entity.actor("Army"), Entity.actor("Rebels")
    for entity in (army, rebels):
        store.put_entity(entity)

    def claim(who: str, words: str, speaker: Entity, certainty: str) -> None:
        mention = Annotation.create(
            article, "actor", *span(article, speaker.name.lower()), entity_id=speaker.id, annotator=who
        )
        store.add_annotation(mention)
        attributes = ClaimAttributes(claimant_annotation_id=mention.id, certainty=certainty)  # type: ignore[arg-type]
        store.add_annotation(
            Annotation.create(article, "claim", *span(article, words), attributes=attributes, annotator=who)
        )

    claim("ana", "it killed 12 rebels", army, "certain")
    claim("bob", "it killed 12 rebels", rebels, "certain")  # another claimant
    claim("ana", "losing anyone", rebels, "negated")
    claim("bob", "losing anyone", rebels, "certain")  # another certainty
    result = agreement(store, "ana", "bob", ["claim"])["claim"]
    assert result["overlap"]["matched"] == 2
    assert result["kappa_entity"] is not None and result["kappa_entity"] < 1.0
    assert result["kappa_attribute"] is not None and result["kappa_attribute"] < 1.0


def test_cohen_kappa_known_values() -> None:
    assert cohen_kappa([]) is None
    assert cohen_kappa([("a", "a"), ("b", "b")]) == 1.0
    pairs = [("y", "y")] * 20 + [("y", "n")] * 5 + [("n", "y")] * 10 + [("n", "n")] * 15
    assert round(cohen_kappa(pairs) or 0, 4) == 0.4


UNICODE_TEXT = st.text(
    alphabet=st.sampled_from(list("abc XYZ.\n“”’ابپ漢字😀é\u0301ß\tכ")), min_size=5, max_size=120
).filter(lambda t: t.strip() != "")


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(UNICODE_TEXT, min_size=1, max_size=3, unique=True), data=st.data())
def test_round_trip_property(tmp_path_factory: pytest.TempPathFactory, texts: list[str], data: st.DataObject) -> None:
    from annotations.text.normalize import normalize_text

    folder = tmp_path_factory.mktemp("rt")
    with Store.open(folder / "a") as store:
        entity = Entity.actor("Someone", ActorDetails("media"))
        store.put_entity(entity)
        claims: list[tuple[str, str]] = []
        for n, raw in enumerate(texts):
            text = normalize_text(raw)
            if not text.strip():
                continue
            article = Article.create(f"T{n}", text)
            if not store.add_article(article):
                continue
            for _ in range(data.draw(st.integers(0, 4))):
                start = data.draw(st.integers(0, len(text) - 1))
                end = data.draw(st.integers(start + 1, len(text)))
                kind = data.draw(st.sampled_from(["district", "actor", "claim"]))
                links = tuple(ClaimLink("contradicts", a, c) for a, c in claims[-1:]) if kind == "claim" else ()
                attributes = ClaimAttributes(links=links, cue="said") if kind == "claim" else None
                annotation = Annotation.create(
                    article,
                    kind,
                    start,
                    end,
                    attributes=attributes,  # type: ignore[arg-type]
                    entity_id=entity.id if kind == "actor" else None,
                    annotator="p",
                )
                store.add_annotation(annotation)
                if kind == "claim":
                    claims.append((article.id, annotation.id))
        first = json.loads(export_bytes(store, "json"))
    validate_export(first)
    with Store.open(folder / "b") as other:
        import_document(other, first)
        second = json.loads(export_bytes(other, "json"))
    first.pop("exported_at")
    second.pop("exported_at")
    assert first == second


def test_the_documented_example_validates_and_imports(tmp_path: Path) -> None:
    doc = (Path(__file__).resolve().parents[2] / "docs" / "export-format.md").read_text(encoding="utf-8")
    example = json.loads(doc.split("```json", 1)[1].split("```", 1)[0])
    validate_export(example)
    documented = doc.split("## Other formats")[0]
    schema = json.loads(
        (Path(__file__).resolve().parents[2] / "annotations" / "exchange" / "schema" / "export.schema.json").read_text()
    )
    for name in ("article", "annotation", "claim_attributes", "entity"):
        for field in schema["$defs"][name]["properties"]:
            assert f"`{field}`" in documented, f"{name}.{field} is not documented"
    with Store.open(tmp_path / "db") as store:
        report = import_document(store, example)
        assert report.annotations["added"] == 3 and not report.problems


def test_an_unwritable_target_is_refused_even_as_root(tagged: Store, tmp_path: Path) -> None:
    # A path under a regular file cannot be created by anyone, root included.
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    for fmt in ("json", "brat"):
        with pytest.raises((FieldmarkError, OSError)) as caught:
            export(tagged, fmt, blocker / "out")
        assert "\n" not in str(caught.value)
    assert blocker.read_text() == "x" and not list(tmp_path.glob("*.tmp*"))


def test_streamed_import_accepts_pretty_printed_and_jsonl(tagged: Store, tmp_path: Path) -> None:
    document = json.loads(export_bytes(tagged, "json"))
    pretty = tmp_path / "pretty.json"
    pretty.write_text(json.dumps(document, indent=3, ensure_ascii=True))
    lines = tmp_path / "lines.jsonl"
    lines.write_bytes(export_bytes(tagged, "jsonl"))
    for path in (pretty, lines):
        with Store.open(tmp_path / path.stem) as other:
            seen: list[tuple[int, int]] = []
            report = import_file(other, path, progress=lambda done, total, seen=seen: seen.append((done, total)))
            assert report.annotations["added"] == 3 and not report.problems
            assert seen == [(1, 1)]
            again = json.loads(export_bytes(other, "json"))
        again.pop("exported_at")
        assert again == {k: v for k, v in document.items() if k != "exported_at"}


@pytest.mark.parametrize(
    "mutate,reason",
    [
        (lambda d: d.update(extra=1), "not a valid Fieldmark export at top level"),
        (lambda d: d.pop("entities"), "not a valid Fieldmark export at top level"),
        (lambda d: d.update(articles={}), "not a valid Fieldmark export"),
        (lambda d: d["articles"][1]["annotations"][0].update(start="x"), "article 1 at annotations/0/start"),
        (lambda d: d["articles"][1].update(text="changed"), "does not match its sha256"),
    ],
)
def test_a_bad_file_is_refused_in_one_line_before_anything_is_stored(
    tagged: Store, tmp_path: Path, mutate: Any, reason: str
) -> None:
    document = json.loads(export_bytes(tagged, "json"))
    # A good article comes first: it must not be stored when a later one is bad.
    good = document["articles"][0] | {
        "text": "Another article.",
        "annotations": [],
        "sha256": text_sha256("Another article."),
    }
    document["articles"].insert(0, good)
    mutate(document)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(document))
    with Store.open(tmp_path / "target") as other:
        with pytest.raises(IngestError, match=reason) as caught:
            import_file(other, path)
        assert "\n" not in str(caught.value)
        assert other.articles() == []


def test_a_large_import_lets_articles_go_as_it_stores(
    tagged: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import annotations.exchange.imports as importer

    monkeypatch.setattr(importer, "RELEASE_EVERY", 3)
    with Store.open(tmp_path / "many") as many:
        for n in range(10):
            many.add_article(Article.create(f"A{n}", f"Article number {n} about Kunduz."))
        path = tmp_path / "many.jsonl"
        path.write_bytes(export_bytes(many, "jsonl"))
    with Store.open(tmp_path / "target") as other:
        report = import_file(other, path)
        assert report.articles_added == 10
        assert not any(other.is_loaded(row.id) for row in other.articles())
        assert other.article(other.articles()[9].id).text == "Article number 9 about Kunduz."


def test_rejected_suggestions_travel_with_an_export(tagged: Store, sample_article: Article, tmp_path: Path) -> None:
    """A newcomer's rejection ("all parties to cease fire") came back as a suggestion in the
    database an export was imported into: the README promises a rejection lasts for good."""
    tagged.set_rejections(sample_article.id, ["claim:all parties to cease fire", "actor:gunmen"], label="reject")
    document = json.loads(export_bytes(tagged, "json"))
    assert document["articles"][0]["rejected_suggestions"] == ["actor:gunmen", "claim:all parties to cease fire"]
    for fmt in ("json", "jsonl"):
        path = tmp_path / f"out.{fmt}"
        path.write_bytes(export_bytes(tagged, fmt))
        with Store.open(tmp_path / f"other-{fmt}") as other:
            import_file(other, path)
            assert other.rejections(sample_article.id) == {"actor:gunmen", "claim:all parties to cease fire"}
    document["articles"][0]["rejected_suggestions"] = [3]
    with Store.open(tmp_path / "refused") as other, pytest.raises(IngestError, match="rejected_suggestions"):
        import_document(other, document)


def test_a_brat_folder_fieldmark_wrote_comes_back_with_titles_entities_and_rejections(
    tagged: Store, tmp_path: Path, sample_article: Article
) -> None:
    """Found by a newcomer: exported to brat and imported into a new database, every title was the
    text's first sentence, every actor "external_other", places without codes, rejected
    suggestions proposed again. The export writes what brat keeps nowhere beside the pairs."""
    from annotations.exchange.imports import import_brat

    tagged.merge_rejections(sample_article.id, ["actor:troops"])
    folder = tmp_path / "brat"
    export(tagged, "brat", folder)
    with Store.open(tmp_path / "other") as other:
        import_brat(other, folder)
        back = other.article(sample_article.id)
        assert back.title == sample_article.title and back.source == sample_article.source
        assert "actor:troops" in other.rejections(sample_article.id)
        originals = {e.id: e for e in tagged.entities()}
        for entity in other.entities():
            assert entity.details == originals[entity.id].details, entity.name
    for damaged in ("not json", '{"format": "fieldmark-brat-manifest", "articles": [], "entities": {}}'):
        (folder / "fieldmark.json").write_text(damaged, encoding="utf-8")  # the pairs alone come back
        assert read_brat_folder(folder)["articles"][0]["title"] != sample_article.title


def test_csv_lists_a_town_not_the_province_and_country_it_lies_in_as_the_board_does(tmp_path: Path) -> None:
    """A newcomer's ISW claim "advanced to within 8 kilometres of Pokrovsk in Ukraine's Donetsk
    region" was "Pokrovsk; Ukraine; Donetsk Oblast" in the claims table and Pokrovsk alone on the
    board and in the events; the table's province and country cells say where the town lies."""
    from annotations.claims.board import board_claims

    text = "Pokrovsk\n\nAnalysts said Russian forces advanced to within 8 km of Pokrovsk in Ukraine's Donetsk region."
    article = Article.create("Pokrovsk", text)
    town = Entity.place(
        "Pokrovsk",
        PlaceDetails(
            "city", province="Donetsk Oblast", country="Ukraine", codes={"iso3166_1": "UA", "iso3166_2": "UA-14"}
        ),
    )
    country = Entity.place("Ukraine", PlaceDetails("country", country="Ukraine", codes={"iso3166_1": "UA"}))
    oblast = Entity.place(
        "Donetsk Oblast", PlaceDetails("province", country="Ukraine", codes={"iso3166_1": "UA", "iso3166_2": "UA-14"})
    )
    with Store.open(tmp_path / "db") as store:
        store.add_article(article)
        start = text.index("Russian")
        places = (town.id, country.id, oblast.id)
        claim = Annotation.create(
            article, "claim", start, len(text) - 1, attributes=ClaimAttributes(cue="said", places=places)
        )
        tags = [
            (Annotation.create(article, "district", *span(article, "Pokrovsk", 1), entity_id=town.id), town),
            (Annotation.create(article, "district", *span(article, "Ukraine"), entity_id=country.id), country),
            (Annotation.create(article, "district", *span(article, "Donetsk"), entity_id=oblast.id), oblast),
        ]
        store.add_annotations([(claim, None), *tags], label="tag")
        (row,) = csv.DictReader(io.StringIO(export_bytes(store, "csv").decode()))
        (filed,) = board_claims(store)
    assert row["place"] == "Pokrovsk" and (row["province"], row["country"]) == ("Donetsk Oblast", "Ukraine")
    assert "Pokrovsk" in [name for _id, name in filed.places]
