"""A brat export written again into its folder (`--force`) holds only the new set of pairs."""

from __future__ import annotations

from pathlib import Path

from annotations.exchange.export import ExportFilter, export
from annotations.exchange.imports import import_brat
from annotations.model import Article
from annotations.store import Store


def test_a_forced_brat_export_of_fewer_articles_removes_the_pairs_it_wrote_before(
    loaded_store: Store, sample_article: Article, tmp_path: Path
) -> None:
    other = Article.create("Herat", "Fighting in Herat went on for days.", source="test://herat")
    loaded_store.add_article(other)
    folder = tmp_path / "brat"
    assert export(loaded_store, "brat", folder) == 2
    (folder / "mine.txt").write_text("The analyst's own pair.", encoding="utf-8")  # not the exporter's
    (folder / "mine.ann").write_text("", encoding="utf-8")

    assert export(loaded_store, "brat", folder, ExportFilter(article=sample_article.id), force=True) == 1

    pairs = sorted(p.name for p in folder.iterdir() if p.suffix in (".txt", ".ann"))
    assert pairs == sorted([f"{sample_article.id}.ann", f"{sample_article.id}.txt", "mine.ann", "mine.txt"])
    with Store.open(tmp_path / "new") as store:
        import_brat(store, folder)
        titles = sorted(summary.title for summary in store.articles())
    assert titles == sorted([sample_article.title, "mine"])  # no Herat, come back without its title


def _exported_then_edited(store: Store, folder: Path) -> tuple[Path, float]:
    """A brat export of two articles, then Herat's .ann annotated in brat a minute after it."""
    import os

    other = Article.create("Herat", "Fighting in Herat went on for days.", source="test://herat")
    store.add_article(other)
    export(store, "brat", folder)
    edited = folder / f"{other.id}.ann"
    edited.write_text("T1\tDistrict 12 17\tHerat\n", encoding="utf-8")
    later = (folder / "fieldmark.json").stat().st_mtime + 60
    os.utime(edited, (later, later))
    return edited, later


def test_a_pair_edited_since_the_export_is_kept_with_its_details(
    loaded_store: Store, sample_article: Article, tmp_path: Path
) -> None:
    """helper-265: a pair annotated in brat after the export was deleted by the next `--force`
    export of fewer articles; it is kept, still described in the manifest."""
    folder = tmp_path / "brat"
    edited, _ = _exported_then_edited(loaded_store, folder)

    export(loaded_store, "brat", folder, ExportFilter(article=sample_article.id), force=True)

    assert edited.read_text(encoding="utf-8") == "T1\tDistrict 12 17\tHerat\n"
    with Store.open(tmp_path / "new") as store:
        import_brat(store, folder)
        titles = sorted(summary.title for summary in store.articles())
    assert titles == sorted([sample_article.title, "Herat"])  # its title from the manifest, as exported


def test_a_pair_kept_as_edited_is_kept_by_the_next_export_too(
    loaded_store: Store, sample_article: Article, tmp_path: Path
) -> None:
    """helper-267: the edited pair kept by one `--force` export was deleted by the next, being older
    than the manifest that export wrote."""
    import os

    folder = tmp_path / "brat"
    edited, later = _exported_then_edited(loaded_store, folder)
    for _ in range(2):
        export(loaded_store, "brat", folder, ExportFilter(article=sample_article.id), force=True)
        os.utime(folder / "fieldmark.json", (later + 120, later + 120))  # the manifest written after the edit
    assert edited.read_text(encoding="utf-8") == "T1\tDistrict 12 17\tHerat\n"
