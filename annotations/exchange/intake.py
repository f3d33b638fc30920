"""Bringing files into a store: articles (txt, md, html, json, jsonl) and Fieldmark exports alike.

What the `import` command, the app's start and the tests do with a list of paths. An export is
recognised by its content whatever its name and merged; everything else is read as articles.
One refused file never costs the rest: each refusal becomes one line, said through `say`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from annotations.errors import FieldmarkError
from annotations.exchange.export_file import export_kind
from annotations.exchange.imports import (
    ImportReport,
    Progress,
    StoreOrOpener,
    import_brat,
    import_file,
    import_w3c,
    opened,
)
from annotations.model import Article
from annotations.store import Store
from annotations.text.ingest import DEFAULT_MAX_BYTES, find_files, read_path

Say = Callable[[str], None]
"""Takes one line for the analyst (a refusal, a merge report), without its line break."""


@dataclass
class ImportSummary:
    imported: int = 0
    duplicates: int = 0
    failed: int = 0
    """Files refused, and annotations of an export that could not be placed in their text."""
    first: str | None = None
    """The id of the first article read from the paths, new or already there (the app opens on it)."""
    undated: int = 0
    """New articles with no publication date: their claims are dated from nothing, and left out
    of the events export (a newcomer imported four and learned it only from the export)."""
    merged: int = 0
    """Articles of an export already stored, its annotations merged into them (an analyst's
    merge of 1,526 annotations into 13 articles ended "imported 0, skipped 13 duplicates")."""
    added: int = 0
    """Annotations an export's merge added (to new articles and merged ones)."""
    dated: int = 0
    """Articles already stored with no date, dated by this import's `--published`."""

    @property
    def found(self) -> int:
        """Articles the paths gave: new, merged from an export or already stored."""
        return self.imported + self.merged + self.duplicates

    def line(self) -> str:
        merged = f", merged {self.merged}" if self.merged else ""
        merged += f", annotations added {self.added}" if self.merged or self.added else ""
        dated = f" ({self.dated} of them now dated)" if self.dated else ""
        said = f"imported {self.imported}{merged}, skipped {self.duplicates} duplicates{dated}, failed {self.failed}"
        if self.undated:
            which = (
                "it has"
                if self.imported == 1
                else f"{self.undated} of them {'has' if self.undated == 1 else 'have'}"  # "1 of them has"
            )
            said += f"; {which} no date (--published DATE, or I in the app: claims are dated from it)"
        return said


@dataclass
class IntakeHooks:
    """How an import shows its progress (the CLI draws a bar; tests and the app need none)."""

    say: Say = lambda _line: None
    on_file: Callable[[Path], None] | None = None
    """Told each article file as it is read."""
    on_export: Callable[[Path], Progress | None] | None = None
    """Asked for a progress callback when an export file starts merging."""


def import_paths(
    store: StoreOrOpener,
    paths: Sequence[Path],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    hooks: IntakeHooks | None = None,
    published: str | None = None,
    url: str | None = None,
) -> ImportSummary:
    """Ingest `paths` (files or folders) into `store`; refusals are said, one line each.
    `published` and `url` stand for what a file does not say itself (plain text says nothing).
    An opener is called (each time: it opens once) only when an article or export can be stored."""
    hooks = hooks or IntakeHooks()
    summary = ImportSummary()
    brat = [p for p in paths if export_kind(p) == "brat"]
    for path in brat:
        _merge_export(store, path, summary, hooks, max_bytes)
    for path in find_files([p for p in paths if p not in brat]):
        if export_kind(path) is not None:  # an export, given alone or in a folder of them
            _merge_export(store, path, summary, hooks, max_bytes)
            continue
        if hooks.on_file is not None:
            hooks.on_file(path)
        result = read_path(path, max_bytes=max_bytes)
        for error in result.errors:
            summary.failed += 1
            hooks.say(f"fieldmark: refused {error}")
        for article in result.articles:
            article = _with_defaults(article, path, published, url)
            summary.first = summary.first or article.id
            if opened(store).add_article(article):
                summary.imported += 1
                summary.undated += not article.published
            else:
                summary.duplicates += 1
                summary.dated += _dated_now(opened(store), article.id, published)
    return summary


def _dated_now(store: Store, article_id: str, published: str | None) -> bool:
    """Give an article already stored with no date the `--published` date of its import again (a data manager's
    second import with the date was skipped as a duplicate, and the command line had no other way to date it)."""
    stored = store.article(article_id) if published is not None else None
    if stored is None or stored.published:
        return False
    return store.set_details(article_id, published=published, source=stored.source) is not None


def _with_defaults(article: Article, path: Path, published: str | None, url: str | None) -> Article:
    if published is not None and article.published is None:
        article = replace(article, published=published)
    if url is not None and article.source in ("", str(path.resolve())):
        article = replace(article, source=url)
    return article


def count_files(paths: Sequence[Path], limit: int) -> int:
    """How many files an import of `paths` reads, counted up to `limit` (enough to decide on a bar)."""
    count = 0
    for _ in find_files(paths):
        count += 1
        if count > limit:
            break
    return count


def _merge_export(store: StoreOrOpener, path: Path, summary: ImportSummary, hooks: IntakeHooks, max_bytes: int) -> None:
    try:
        report = _import_export(store, path, hooks, max_bytes)
    except FieldmarkError as refusal:
        summary.failed += 1
        hooks.say(f"fieldmark: refused {refusal}")
        return
    summary.imported += report.articles_added
    summary.merged += report.articles_merged
    summary.added += report.annotations["added"]
    summary.failed += len(report.problems)  # an annotation left out is refused too: exit 1, as the README says
    hooks.say(f"fieldmark: {path}: {report.line()}")
    for problem in [*report.problems, *report.mended]:
        hooks.say(f"fieldmark: {path}: {problem}")


def _import_export(store: StoreOrOpener, path: Path, hooks: IntakeHooks, max_bytes: int) -> ImportReport:
    kind = export_kind(path)
    if kind == "brat":
        return import_brat(store, path, max_bytes=max_bytes)
    if kind == "w3c":
        return import_w3c(store, path)
    progress = hooks.on_export(path) if hooks.on_export is not None else None
    return import_file(store, path, progress=progress)
