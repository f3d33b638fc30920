"""Exports a GIS or a spreadsheet takes as they are: GeoJSON (one Point per place and article,
unlocated places listed apart) checked against the GeoJSON shape and read back by the `geojson`
library, and CSV tables with one row per place or actor mention, one value per cell."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import geojson
import pytest

from annotations.exchange.export import export
from annotations.exchange.selection import ExportFilter
from annotations.forms.inputs import DistrictInput
from annotations.forms.save import save_district
from annotations.model import ActorDetails, Annotation, Article, DistrictAttributes, Entity, PlaceDetails
from annotations.store import Store

from ..helpers import span

TEXT = "The Taliban took Imam Sahib. Imam Sahib fell on Monday. Fighting reached Qala-i-Zal, near Kunduz."


@pytest.fixture
def mapped(tmp_path: Path) -> Store:
    store = Store.open(tmp_path / "db")
    article = Article.create("Kunduz falls", TEXT, published="2021-06-22")
    store.add_article(article)
    imam = Entity.place(
        "Imam Sahib",
        PlaceDetails(
            "district", "Kunduz", "Afghanistan", {"iso3166_2": "AF-KDZ", "geonames_id": "1142545"}, 37.19, 68.94
        ),
    )
    nowhere = Entity.place("Qala-i-Zal", PlaceDetails("district", "Kunduz", "Afghanistan"))
    taliban = Entity.actor("Taliban", ActorDetails("rebel_group"))
    first, second = span(article, "Imam Sahib"), span(article, "Imam Sahib", 1)
    captured = DistrictAttributes(control_status="captured")
    store.add_annotation(
        Annotation.create(article, "district", *first, entity_id=imam.id, attributes=captured), new_entity=imam
    )
    store.add_annotation(Annotation.create(article, "district", *second, entity_id=imam.id, attributes=captured))
    store.add_annotation(
        Annotation.create(article, "district", *span(article, "Qala-i-Zal"), entity_id=nowhere.id), new_entity=nowhere
    )
    store.add_annotation(
        Annotation.create(article, "actor", *span(article, "Taliban"), entity_id=taliban.id), new_entity=taliban
    )
    yield store
    store.close()


def exported(store: Store, fmt: str, **filters: str) -> str:
    out = io.BytesIO()
    export(store, fmt, out, ExportFilter(**filters))
    return out.getvalue().decode()


def test_geojson_has_one_point_per_place_and_article_and_lists_the_unlocated(mapped: Store) -> None:
    text = exported(mapped, "geojson")
    document = json.loads(text)
    assert document["type"] == "FeatureCollection"
    (feature,) = document["features"]
    assert feature["type"] == "Feature" and feature["geometry"] == {"type": "Point", "coordinates": [68.94, 37.19]}
    properties = feature["properties"]
    assert (properties["name"], properties["province"], properties["country"]) == (
        "Imam Sahib",
        "Kunduz",
        "Afghanistan",
    )
    assert (properties["iso3166_1"], properties["iso3166_2"], properties["geonames_id"]) == ("AF", "AF-KDZ", "1142545")
    assert (properties["control_status"], properties["mentions"], properties["published"]) == (
        "captured",
        2,
        "2021-06-22",
    )
    (unlocated,) = document["fieldmark:unlocated"]
    assert unlocated["name"] == "Qala-i-Zal"
    assert properties["geo_precision"] == 2  # a district's point: somewhere in it


def test_a_country_or_province_says_its_point_is_its_capitals(tmp_path: Path) -> None:
    """A newcomer's map put Burkina Faso exactly on Ouagadougou, Ukraine on Kyiv, with nothing to tell
    a country's point from a town's: `geo_precision` 3, as ACLED's."""
    with Store.open(tmp_path / "db") as store:
        article = Article.create("Ouagadougou", "Fighting in Burkina Faso reached Ouagadougou.")
        store.add_article(article)
        for words, kind in (("Burkina Faso", "country"), ("Ouagadougou", "city")):
            place = Entity.place(words, PlaceDetails(kind, country="Burkina Faso", latitude=12.37, longitude=-1.53))
            tag = Annotation.create(article, "district", *span(article, words), entity_id=place.id)
            store.add_annotation(tag, new_entity=place)
        document = json.loads(exported(store, "geojson"))
    precision = {f["properties"]["name"]: f["properties"]["geo_precision"] for f in document["features"]}
    assert precision == {"Burkina Faso": 3, "Ouagadougou": 1}


def test_geojson_is_read_back_by_a_geojson_library_unchanged(mapped: Store) -> None:
    text = exported(mapped, "geojson")
    collection = geojson.loads(text)
    assert isinstance(collection, geojson.FeatureCollection) and collection.is_valid, collection.errors()
    for feature in collection["features"]:
        assert isinstance(feature, geojson.Feature) and isinstance(feature.geometry, geojson.Point)
        longitude, latitude = feature.geometry["coordinates"]
        assert -180 <= longitude <= 180 and -90 <= latitude <= 90
    assert json.loads(geojson.dumps(collection)) == json.loads(text)


def test_the_places_table_is_one_row_per_mention_one_value_per_cell(mapped: Store) -> None:
    rows = list(csv.DictReader(io.StringIO(exported(mapped, "csv", table="places"))))
    assert [r["mention"] for r in rows] == ["Imam Sahib", "Imam Sahib", "Qala-i-Zal"]
    first = rows[0]
    assert (first["place_name"], first["province"], first["iso3166_2"], first["latitude"]) == (
        "Imam Sahib",
        "Kunduz",
        "AF-KDZ",
        "37.19",
    )
    assert first["control_status"] == "captured" and rows[2]["latitude"] == ""
    assert all(";" not in value for row in rows for value in row.values())


def test_a_place_with_a_country_and_no_codes_has_its_countrys_code(mapped: Store) -> None:
    """A place only the text knows (typed in, or proposed by the text's shape) has a country and
    no codes: its country's ISO code was left empty, and a spreadsheet could not group it."""
    rows = list(csv.DictReader(io.StringIO(exported(mapped, "csv", table="places"))))
    assert [(r["mention"], r["iso3166_1"]) for r in rows][2] == ("Qala-i-Zal", "AF")


def test_the_map_gives_a_place_the_codes_the_places_table_gives_it(mapped: Store) -> None:
    """The places table said "AF" of Qala-i-Zal (a country, no codes), the GeoJSON's
    `fieldmark:unlocated` null: both now read the codes through one function."""
    rows = list(csv.DictReader(io.StringIO(exported(mapped, "csv", table="places"))))
    (unlocated,) = json.loads(exported(mapped, "geojson"))["fieldmark:unlocated"]
    table = next(r for r in rows if r["mention"] == "Qala-i-Zal")
    assert unlocated["iso3166_1"] == table["iso3166_1"] == "AF"
    assert (unlocated["iso3166_2"], unlocated["geonames_id"]) == (None, None) and table["iso3166_2"] == ""


def test_the_actors_table_names_each_mentions_actor_with_its_type_and_acled_inter_code(mapped: Store) -> None:
    (row,) = csv.DictReader(io.StringIO(exported(mapped, "csv", table="actors")))
    assert (row["mention"], row["actor_name"], row["actor_type"], row["inter"]) == (
        "Taliban",
        "Taliban",
        "rebel_group",
        "2",
    )


def test_changing_a_places_kind_drops_what_identified_the_old_kind(mapped: Store) -> None:
    """A district changed to a kind of the same level (an area) keeps where it is and loses the
    GeoNames id and point of what it was; changed to a town, the mention becomes the town's (the
    district and its other mentions stay as they were: see test_form_saving)."""
    (summary,) = mapped.articles()
    article = mapped.article(summary.id)
    mention = next(a for a in mapped.annotations(summary.id) if a.quote == "Imam Sahib")
    form = DistrictInput("Imam Sahib", "province", "Kunduz", "Afghanistan", "", "captured")
    save_district(mapped, article, mention.start, mention.end, form, annotator="a", existing=mention)
    place = mapped.entity(mention.entity_id)
    assert place.details.place_kind == "province"
    assert place.details.codes == {"iso3166_1": "AF", "iso3166_2": "AF-KDZ"}  # where it is stays
    assert place.details.latitude is None  # the district centre's GeoNames point went with its id


def test_control_status_is_set_once_per_place_and_article_and_undone_in_one_step(mapped: Store) -> None:
    (summary,) = mapped.articles()
    article = mapped.article(summary.id)
    _first, second = [a for a in mapped.annotations(summary.id) if a.quote == "Imam Sahib"]
    form = DistrictInput("Imam Sahib", "district", "Kunduz", "Afghanistan", "", "contested")
    save_district(mapped, article, second.start, second.end, form, annotator="a", existing=second)
    statuses = {a.attributes.control_status for a in mapped.annotations(summary.id) if a.quote == "Imam Sahib"}
    assert statuses == {"contested"}
    mapped.undo()
    statuses = {a.attributes.control_status for a in mapped.annotations(summary.id) if a.quote == "Imam Sahib"}
    assert statuses == {"captured"}


def test_a_mention_with_a_status_of_its_own_keeps_it_when_another_is_set(mapped: Store) -> None:
    """Found by a newcomer: "contested" at the attack was overwritten, without a word, by the
    "government held" set at the army's later word about the same town."""
    from dataclasses import replace

    (summary,) = mapped.articles()
    article = mapped.article(summary.id)
    first, second = [a for a in mapped.annotations(summary.id) if a.quote == "Imam Sahib"]
    mapped.update_annotation(second.edited(attributes=replace(second.attributes, control_status="government_held")))
    form = DistrictInput("Imam Sahib", "district", "Kunduz", "Afghanistan", "", "contested")
    save_district(mapped, article, first.start, first.end, form, annotator="a", existing=first)
    statuses = [a.attributes.control_status for a in mapped.annotations(summary.id) if a.quote == "Imam Sahib"]
    assert statuses == ["contested", "government_held"]
    first, second = [a for a in mapped.annotations(summary.id) if a.quote == "Imam Sahib"]  # a reviewer's:
    mapped.update_annotation(second.edited(attributes=replace(second.attributes, control_status="contested")))
    form = DistrictInput("Imam Sahib", "district", "Kunduz province", "Afghanistan", "", "contested")
    entry = save_district(mapped, article, first.start, first.end, form, annotator="a", existing=first)
    assert [c.id for c in entry.changes if c.record == "annotation"] == [first.id]  # no empty writes to others


def test_w3c_and_json_exports_carry_the_places_details(mapped: Store) -> None:
    w3c = json.loads(exported(mapped, "w3c"))
    bodies = [b for item in w3c["first"]["items"] for b in item["body"] if b.get("purpose") == "identifying"]
    imam = next(b for b in bodies if b["value"] == "Imam Sahib")
    assert imam["fieldmark:details"]["province"] == "Kunduz" and imam["fieldmark:details"]["latitude"] == 37.19
    native = json.loads(exported(mapped, "json"))
    (place,) = [e for e in native["entities"] if e["name"] == "Imam Sahib"]
    assert place["details"]["codes"]["geonames_id"] == "1142545"


def test_a_mention_that_says_nothing_of_a_place_keeps_what_the_others_say(mapped: Store) -> None:
    """Found in review: tagging another mention with the form's "unknown" wiped "captured"."""
    from annotations.forms.fields import fields_for

    (summary,) = mapped.articles()
    article = mapped.article(summary.id)
    second = [a for a in mapped.annotations(summary.id) if a.quote == "Imam Sahib"][1]
    mapped.delete_annotation(summary.id, second.id)
    fields = fields_for("district", mapped, article, (second.start, second.end))
    assert fields.initial.control_status == "captured"  # the form starts from what the article says
    form = DistrictInput("Imam Sahib", "district", "Kunduz", "Afghanistan", "", "unknown")
    save_district(mapped, article, second.start, second.end, form, annotator="a")
    statuses = {a.attributes.control_status for a in mapped.annotations(summary.id) if a.quote == "Imam Sahib"}
    assert "captured" in statuses


def test_the_form_shows_a_places_own_code_and_a_merged_name_links_to_it(mapped: Store) -> None:
    from annotations.entities import editing
    from annotations.forms.fields import fields_for

    (summary,) = mapped.articles()
    article = mapped.article(summary.id)
    first = next(a for a in mapped.annotations(summary.id) if a.quote == "Imam Sahib")
    assert fields_for("district", mapped, article, (first.start, first.end), existing=first).initial.code == "1142545"
    other = next(a for a in mapped.annotations(summary.id) if a.quote == "Qala-i-Zal")
    editing.merge(mapped, first.entity_id, [other.entity_id])
    form = DistrictInput("Qala-i-Zal", "district", "Kunduz", "Afghanistan", "", "unknown")
    save_district(
        mapped, article, other.start, other.end, form, annotator="a", existing=mapped.annotation(summary.id, other.id)
    )
    assert [e.name for e in mapped.entities("place")] == ["Imam Sahib"]  # the alias links, no new place


def test_a_gazetteer_town_tagged_as_a_district_does_not_keep_the_towns_id_and_point(mapped: Store) -> None:
    """The town proposed, saved as a province: the province the built-in places know (its ISO
    code), none of the town's id and point."""
    from annotations.suggest.builtin_places import builtin_gazetteer
    from annotations.suggest.gazetteer import Place

    builtin_gazetteer()  # made, as on every start after the first
    (summary,) = mapped.articles()
    article = mapped.article(summary.id)
    town = Place(
        id="gn:1",
        name="Kunduz",
        kind="city",
        province="Kunduz",
        country="Afghanistan",
        codes={"iso3166_1": "AF", "geonames_id": "1135689"},
        latitude=36.7,
        longitude=68.9,
        source="geonames",
    )
    start, end = span(article, "Kunduz")
    form = DistrictInput(
        "Kunduz", "province", "Kunduz", "Afghanistan", "1135689", "unknown", known=town.details(), known_name="Kunduz"
    )
    save_district(mapped, article, start, end, form, annotator="a")
    (kunduz,) = [e for e in mapped.entities("place") if e.name == "Kunduz"]
    assert "geonames_id" not in kunduz.details.codes and kunduz.details.latitude != 36.7
    assert kunduz.details.codes.get("iso3166_2") == "AF-KDZ"


def test_the_export_command_says_which_places_it_left_off_the_map(mapped: Store, tmp_path: Path) -> None:
    """Found by a second newcomer: seven places without a point were left out of the map with no
    word said (they are only listed inside the file)."""
    from annotations.cli import run

    mapped.flush(None)
    err = io.StringIO()
    assert (
        run(
            ["export", "--format", "geojson", "-o", str(tmp_path / "map.geojson"), "--db", str(mapped.location)],
            stderr=err,
        )
        == 0
    )
    assert "1 place without a point left off the map (under fieldmark:unlocated): Qala-i-Zal" in err.getvalue()


def test_two_unlocated_places_of_one_name_are_counted_as_two(tmp_path: Path) -> None:
    """Found in review: two places named "Tawila" (Sudan, Yemen) were counted as one."""
    from annotations.exchange.geo import unlocated_places

    text = "Tawila was shelled; Tawila was quiet."
    article = Article.create("Tawila", text)
    with Store.open(tmp_path / "db") as store:
        store.add_article(article)
        for at, country in ((0, "Sudan"), (text.rindex("Tawila"), "Yemen")):
            place = Entity.place("Tawila", PlaceDetails("village", country=country))
            store.add_annotation(
                Annotation.create(article, "district", at, at + 6, entity_id=place.id), new_entity=place
            )
        said = unlocated_places(store, ExportFilter())
    assert said.startswith("2 places without a point")
