"""Tagged places put on the map from the command line (helper-365: a place tagged before its gazetteer was
imported, or in a spelling no gazetteer holds, stayed off the map, and no command could give it a point)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from annotations.cli import run
from annotations.entities.placing import gazetteer_place, unplaced_named_in
from annotations.errors import FieldmarkError
from annotations.model import ActorDetails, Annotation, Article, Entity, PlaceDetails
from annotations.store import Store
from annotations.suggest.gazetteer import Gazetteer, Place

from ..helpers import span

TEXT = "Gunmen attacked Kourou-Bamba and Tawila on Sunday, killing 12, the army said."


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """Three places tagged with no point (one a village no gazetteer knew), one actor."""
    location = tmp_path / "db"
    with Store.open(location) as store:
        article = Article.create("Report", TEXT)
        store.add_article(article)
        for name, country in (("Kourou-Bamba", "Burkina Faso"), ("Tawila", "Sudan")):
            place = Entity.place(name, PlaceDetails("village", country=country))
            store.add_annotation(
                Annotation.create(article, "district", *span(article, name), entity_id=place.id), new_entity=place
            )
        army = Entity.actor("army", ActorDetails("state_forces"))
        store.add_annotation(
            Annotation.create(article, "actor", *span(article, "army"), entity_id=army.id), new_entity=army
        )
    return location


def fieldmark(db: Path, *args: str, code: int = 0) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    assert run([*args, "--db", str(db)], stdout=out, stderr=err) == code, err.getvalue()
    return out.getvalue(), err.getvalue()


def places(db: Path) -> dict[str, dict]:
    listed, _ = fieldmark(db, "entities", "--kind", "place", "--json")
    return {row["name"]: row for row in json.loads(listed)}


def test_a_gazetteer_import_puts_the_tagged_places_it_names_on_the_map_and_names_the_ones_it_cannot_choose(
    db: Path, tmp_path: Path
) -> None:
    table = tmp_path / "villages.csv"
    table.write_text(
        "name,alternates,kind,province,country,latitude,longitude,pcode\n"
        "Kourou-Bamba,Kouroubamba,village,Sahel,Burkina Faso,14.1702,-0.9521,BF-X-001\n"
        "Tawila,,village,North Darfur,Sudan,13.5,24.9,SD-X-1\n"
        "Tawila,,village,South Darfur,Sudan,11.2,24.6,SD-X-2\n"
        "Tawila,,village,,Chad,12.0,20.0,TD-X-1\n",
        encoding="utf-8",
    )
    said, _ = fieldmark(db, "gazetteer", "import", str(table))
    assert "placed Kourou-Bamba: Kourou-Bamba (village) 14.1702°N 0.9521°W" in said
    assert "Tawila has no point and villages has 2 places of its name" in said  # Chad's is not Sudan's
    assert "--from-gazetteer ID" in said
    found = places(db)
    assert (found["Kourou-Bamba"]["latitude"], found["Kourou-Bamba"]["longitude"]) == (14.1702, -0.9521)
    assert found["Kourou-Bamba"]["province"] == "Sahel" and found["Kourou-Bamba"]["codes"]["pcode"] == "BF-X-001"
    assert found["Tawila"]["latitude"] is None
    tawila = next(p for p in Store.open(db, readonly=True).entities("place") if p.name == "Tawila")
    fieldmark(db, "entities", "set", tawila.id, "--from-gazetteer", "SD-X-2")
    assert places(db)["Tawila"]["province"] == "South Darfur" and places(db)["Tawila"]["latitude"] == 11.2
    events, _ = fieldmark(db, "export", "--format", "geojson")
    assert {f["properties"]["name"] for f in json.loads(events)["features"]} == {"Kourou-Bamba", "Tawila"}


def test_the_analyst_sets_a_places_point_kind_and_province_and_each_is_one_undoable_step(db: Path) -> None:
    said, _ = fieldmark(db, "entities", "set", "Kourou-Bamba", "--point=-14.5,20.25", "--place-kind", "city")
    assert said == "set Kourou-Bamba: kind city, point -14.5, 20.25\n"
    said, _ = fieldmark(db, "entities", "set", "Kourou-Bamba", "--province", "Soum", "--country", "")
    assert said == "set Kourou-Bamba: province Soum, country (none)\n"
    row = places(db)["Kourou-Bamba"]
    assert (row["latitude"], row["longitude"], row["type"], row["province"], row["country"]) == (
        -14.5, 20.25, "city", "Soum", None,
    )  # fmt: skip
    with Store.open(db) as store:
        store.undo()
        store.undo()
    row = places(db)["Kourou-Bamba"]
    assert (row["latitude"], row["type"], row["country"]) == (None, "village", "Burkina Faso")


@pytest.mark.parametrize(
    ("args", "refused"),
    [
        (("Kourou-Bamba", "--type", "civilians"), "Kourou-Bamba is a place: --type and --affiliation are for actors"),
        (("army", "--point", "1,2"), "army is an actor: --point is for places"),
        (("Kourou-Bamba",), "nothing to set: give --place-kind, --province, --country, --point or --from-gazetteer"),
        (
            ("Kourou-Bamba", "--from-gazetteer", "--country", "Mali"),
            "--from-gazetteer sets them all: leave out --country",
        ),
    ],
)
def test_what_a_place_or_an_actor_has_not_is_refused_in_words(db: Path, args: tuple[str, ...], refused: str) -> None:
    _, err = fieldmark(db, "entities", "set", *args, code=1)
    assert refused in err


@pytest.mark.parametrize("point", ["91,0", "abc", "1,2,3"])
def test_a_point_out_of_range_or_not_two_numbers_is_refused_before_anything_opens(db: Path, point: str) -> None:
    with pytest.raises(SystemExit):
        run(
            ["entities", "set", "Kourou-Bamba", "--point", point, "--db", str(db)],
            stdout=io.StringIO(),
            stderr=io.StringIO(),
        )


def test_a_gazetteer_place_is_chosen_by_id_code_or_name_and_a_spelling_no_gazetteer_holds_finds_the_near_one() -> None:
    umm = Place(
        "gn:1", "Umm Kaddadah", "city", ("Um Kaddada",), "North Darfur", "Sudan", {"geonames_id": "1"}, 13.6, 26.7
    )
    other = Place("gn:2", "Umm Kaddadah", "village", (), "Kordofan", "Sudan", {"geonames_id": "2"}, 12.0, 29.0)
    gazetteer = Gazetteer([umm, other])
    named = Entity.place("Umm Kaddadah", PlaceDetails("city", country="Sudan"))
    assert gazetteer_place([gazetteer], named, "gn:1") == umm
    assert gazetteer_place([gazetteer], named, "2") == other
    assert gazetteer_place([gazetteer], Entity.place("Kaddadah"), "Um Kaddada") == umm  # a name only one has
    with pytest.raises(FieldmarkError, match=r"names 2 gazetteer places: gn:1 Umm Kaddadah \(city, North Darfur"):
        gazetteer_place([gazetteer], named, None)
    spelt = Entity.place("Umm Kaddadeh", PlaceDetails("city", country="Sudan"))  # no key joins it: near only
    assert gazetteer_place([Gazetteer([umm])], spelt, None) == umm
    with pytest.raises(FieldmarkError, match="no gazetteer place for 'Goma'"):
        gazetteer_place([Gazetteer([umm])], Entity.place("Goma", PlaceDetails("city")), "Goma")


def test_a_list_with_a_point_puts_a_known_place_without_one_on_the_map_and_never_moves_one_placed(
    db: Path, tmp_path: Path
) -> None:
    fieldmark(db, "entities", "set", "Tawila", "--point", "13.5,24.9")
    listed = tmp_path / "list.csv"
    listed.write_text(
        "name,kind,latitude,longitude,geonames_id\nKourou-Bamba,place,14.17,-0.95,2359999\nTawila,place,1,1,\n",
        encoding="utf-8",
    )
    said, _ = fieldmark(db, "entities", "import", str(listed))
    assert said == "list.csv: 0 added, 1 known ones learnt other names or a point, 1 already known\n"
    found = places(db)
    assert (found["Kourou-Bamba"]["latitude"], found["Kourou-Bamba"]["codes"]) == (14.17, {"geonames_id": "2359999"})
    assert (found["Tawila"]["latitude"], found["Tawila"]["longitude"]) == (13.5, 24.9)


def test_places_a_gazetteer_names_without_a_point_are_left_for_another(db: Path) -> None:
    with Store.open(db, readonly=True) as store:
        pointless = Gazetteer([Place("file:x:1", "Kourou-Bamba", "village", country="Burkina Faso")])
        assert unplaced_named_in(store, pointless).one == []


def test_a_gazetteer_imported_under_a_name_gives_its_places_ids_of_that_name(db: Path, tmp_path: Path) -> None:
    """helper-367: `gazetteer import bf_villages_v2.csv --name bf_villages` made ids `file:bf_villages_v2:N`, and
    `--from-gazetteer file:bf_villages:2` (the name `gazetteer list` shows) was refused."""
    table = tmp_path / "villages_v2.csv"
    table.write_text("name,kind,country,latitude,longitude\nTawila,village,Sudan,13.5,24.9\n", encoding="utf-8")
    fieldmark(db, "gazetteer", "import", str(table), "--name", "villages")
    (found,) = json.loads(fieldmark(db, "gazetteer", "search", "Tawila", "--json")[0])[:1]
    assert found["id"] == "file:villages:1" and found["source"] == "villages"


def test_a_point_south_of_the_equator_after_a_space_and_none_to_take_it_off(db: Path) -> None:
    """helper-367: `--point -1.14,13.86` failed with argparse's "expected one argument"; no way to take a point off."""
    said, _ = fieldmark(db, "entities", "set", "Tawila", "--point", "-1.5,24.9")
    assert said == "set Tawila: point -1.5, 24.9\n"
    said, _ = fieldmark(db, "entities", "set", "Tawila", "--point", "-1.5,", "24.9")  # a space after the comma
    assert said == "set Tawila: as it was\n"
    said, _ = fieldmark(db, "entities", "set", "Tawila", "--point", "none")
    assert said == "set Tawila: point (none)\n" and places(db)["Tawila"]["latitude"] is None


def test_latitude_and_longitude_swapped_are_said(db: Path) -> None:
    """helper-367 put a town of Burkina Faso in Gabon with no word: a point far from the country that would be near
    it swapped is said (and kept: the analyst may know better)."""
    _, warned = fieldmark(db, "entities", "set", "Kourou-Bamba", "--point", "-0.95,14.17")
    assert "latitude and longitude the wrong way round?" in warned and places(db)["Kourou-Bamba"]["latitude"] == -0.95
    _, warned = fieldmark(db, "entities", "set", "Kourou-Bamba", "--point", "14.17,-0.95")
    assert warned == ""


def test_the_claims_of_an_analyst_with_no_work_here_are_refused_by_name(db: Path) -> None:
    """helper-367: `claims --annotator carol` printed "0 events" and succeeded, where `export` refuses."""
    _, err = fieldmark(db, "claims", "--annotator", "carol", code=1)
    assert "no annotations by carol in this corpus" in err


def test_a_corrected_gazetteer_imported_again_moves_the_places_it_had_placed(db: Path, tmp_path: Path) -> None:
    """helper-367: the places a gazetteer had put on the map stayed on its old points when a corrected one came."""
    table = tmp_path / "villages.csv"
    table.write_text("name,kind,country,latitude,longitude\nKourou-Bamba,village,Burkina Faso,0.95,14.17\n")
    fieldmark(db, "gazetteer", "import", str(table))
    fieldmark(db, "entities", "set", "Tawila", "--point", "13.5,24.9")  # the analyst's own: never moved
    table.write_text(
        "name,kind,country,latitude,longitude\nKourou-Bamba,village,Burkina Faso,14.17,-0.95\n"
        "Tawila,village,Sudan,1,1\n"
    )
    said, _ = fieldmark(db, "gazetteer", "import", str(table))
    assert "moved Kourou-Bamba: Kourou-Bamba (village) 14.1700°N 0.9500°W" in said
    found = places(db)
    assert (found["Kourou-Bamba"]["latitude"], found["Tawila"]["latitude"]) == (14.17, 13.5)


def test_the_places_off_the_map_are_listed(db: Path) -> None:
    """helper-367 looked for the places with no point in the GeoJSON: the entities list says them."""
    fieldmark(db, "entities", "set", "Tawila", "--point", "13.5,24.9")
    listed, _ = fieldmark(db, "entities", "--no-point")
    assert "Kourou-Bamba" in listed and "(no point)" in listed and "Tawila" not in listed and "army" not in listed
    assert listed.splitlines()[-1] == "1 entities"


def test_a_listed_place_of_another_province_is_another_place(db: Path, tmp_path: Path) -> None:
    """helper-367: a list's Woussoungo of Bam province was folded into the tagged Woussoungo of Sanmatenga."""
    fieldmark(db, "entities", "set", "Kourou-Bamba", "--province", "Soum")
    listed = tmp_path / "list.csv"
    listed.write_text(
        "name,kind,province,country,latitude,longitude\nKourou-Bamba,place,Bam,Burkina Faso,13.3,-1.5\n",
        encoding="utf-8",
    )
    said, _ = fieldmark(db, "entities", "import", str(listed))
    assert said.startswith("list.csv: 1 added, 0 known ones")
    with Store.open(db, readonly=True) as store:
        provinces = sorted(str(e.details.province) for e in store.entities("place") if e.name == "Kourou-Bamba")
    assert provinces == ["Bam", "Soum"]


def test_a_place_the_analyst_set_is_left_as_set_and_a_gazetteer_place_is_found_by_its_id(
    db: Path, tmp_path: Path
) -> None:
    """helper-369: a gazetteer imported again put back the province and kind the analyst had set; an id of a place the
    entity's names do not find was refused; a gazetteer's place with no point took the analyst's point away."""
    table = tmp_path / "villages.csv"
    table.write_text(
        "name,kind,province,country,latitude,longitude,pcode\n"
        "Kourou-Bamba,village,Sahel,Burkina Faso,14.17,-0.95,BF-1\nOtherplace,village,Soum,Burkina Faso,,,BF-2\n"
    )
    fieldmark(db, "gazetteer", "import", str(table))
    fieldmark(db, "entities", "set", "Kourou-Bamba", "--province", "Soum")
    said, _ = fieldmark(db, "gazetteer", "import", str(table))
    assert "Kourou-Bamba" not in said and places(db)["Kourou-Bamba"]["province"] == "Soum"
    said, _ = fieldmark(db, "entities", "set", "Kourou-Bamba", "--from-gazetteer", "BF-2")  # found by its code
    row = places(db)["Kourou-Bamba"]
    assert "Otherplace" in said and (row["latitude"], row["longitude"]) == (14.17, -0.95)  # its point kept
