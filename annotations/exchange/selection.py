"""What an export holds: the articles and annotations a filter keeps, and the format's name.

Every format is written article by article (`Store.iter_articles` loads and releases each), so
memory never holds the output twice.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from annotations.errors import FieldmarkError
from annotations.model import Annotation, Article
from annotations.store import Store

FORMAT_NAME = "fieldmark"
FORMAT_VERSION = 1
FORMATS = ("json", "jsonl", "w3c", "brat", "csv", "geojson", "events", "events-json")
TABLES = ("claims", "places", "actors")
"""The CSV tables: one row per claim, per place mention, per actor mention."""


@dataclass(frozen=True, slots=True)
class ExportFilter:
    """Which articles and annotations to export; None means all."""

    article: str | None = None
    kind: str | None = None
    status: str | None = None
    annotator: str | None = None
    table: str = "claims"
    """Which CSV table (`TABLES`)."""
    per_claim: bool = False
    """Events exports: one row per claim, not one per event its claims tell."""

    def keeps(self, annotation: Annotation) -> bool:
        return (
            (self.kind is None or annotation.kind == self.kind)
            and (self.status is None or annotation.status == self.status)
            and (self.annotator is None or annotation.annotator == self.annotator)
        )


def selected(store: Store, filters: ExportFilter) -> Iterator[tuple[Article, list[Annotation]]]:
    """Articles (one, or all) with their annotations that pass the filter, in corpus order."""
    if filters.article is not None:
        summary = store.find_article(filters.article)
        rows: Iterable[tuple[Article, list[Annotation]]] = [(store.article(summary.id), store.annotations(summary.id))]
    else:
        rows = store.iter_articles()
    for article, annotations in rows:
        yield article, [a for a in annotations if filters.keeps(a)]


def check_annotator(store: Store, annotator: str | None) -> None:
    """Refuse an annotator with no annotation in the corpus, naming those who have some: a
    misspelt `--annotator` wrote an empty export and succeeded (`agree` refused it already).
    Reads until the first of theirs, so a known name costs little."""
    if annotator is None:
        return
    seen: set[str] = set()
    for _article, annotations in store.iter_articles():
        names = {a.annotator for a in annotations}
        if annotator in names:
            return
        seen |= names
    listed = ", ".join(sorted(name or "(no name)" for name in seen)) or "none"
    raise FieldmarkError(f"no annotations by {annotator} in this corpus (annotators with annotations: {listed})")
