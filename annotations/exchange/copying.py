"""Copying a whole database to another, between any two backends (a folder and a server, either
way): every entity, article (with its status, date, source and metadata), annotation (with its
id and annotator), rejected suggestion, imported gazetteer and article given to an analyst (a
server's, to a server: a folder holds none, and the copy says so), one article at a time so
memory stays flat. The copy is exact: the exports of the two databases are the same but for their
`exported_at`. Undo histories are not copied (each database's own).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from annotations.errors import FieldmarkError, StoreError
from annotations.store import Store
from annotations.text.quotes import counted

RELEASE_EVERY = 200
"""Articles read before the source lets go of them (and the destination saves them)."""


@dataclass
class CopyReport:
    articles: int = 0
    annotations: int = 0
    entities: int = 0
    rejections: int = 0
    gazetteers: list[str] = field(default_factory=list)
    assignments: int = 0
    assignments_left: int = 0
    """Articles given to analysts (assignments) that the destination, a folder, cannot hold."""

    def line(self) -> str:
        gazetteers = f", {len(self.gazetteers)} gazetteers" if self.gazetteers else ""
        given = f", {counted(self.assignments, 'assignment')}" if self.assignments else ""
        left = (
            f" ({counted(self.assignments_left, 'assignment')} left: a folder holds none)"
            if self.assignments_left
            else ""
        )
        return (
            f"copied {self.articles} articles, {self.annotations} annotations, {self.entities} entities, "
            f"{self.rejections} rejected suggestions{gazetteers}{given}{left}"
        )


def copy_database(source: Store, destination: Store, progress: Callable[[int, int], None] | None = None) -> CopyReport:
    """Copy everything of `source` into the empty `destination` (FieldmarkError if it holds any
    article or entity: a copy never merges into someone's work)."""
    if len(destination) or destination.entities():
        raise FieldmarkError(f"{destination.location}: not empty; copy into an empty database")
    report = CopyReport()
    for entity in source.entities():
        destination.merge_entity(entity)
        report.entities += 1
    total = len(source)
    copied: list[str] = []
    for done, (article, annotations) in enumerate(source.iter_articles(), start=1):
        destination.add_article(article)
        report.annotations += destination.merge_annotations(article.id, annotations)["added"]
        rejected = source.rejections(article.id)
        if rejected:
            report.rejections += destination.merge_rejections(article.id, rejected)
        report.articles += 1
        copied.append(article.id)
        if len(copied) >= RELEASE_EVERY:
            destination.flush(None)
            destination.release(copied)
            copied.clear()
        if progress is not None:
            progress(done, total)
    for name in source.gazetteers():
        report.gazetteers.append(destination.save_gazetteer(name, partial(_copy, source.gazetteer_path(name))))
    _copy_assignments(source, destination, report)
    destination.flush(None)
    destination.release(copied)
    return report


def _copy_assignments(source: Store, destination: Store, report: CopyReport) -> None:
    """The articles given to analysts, with those done (a newcomer's copy of a team's server had
    none: `assign` on it said nothing was given yet)."""
    given = source.assignments()
    if not given:
        return
    try:
        report.assignments = destination.assign([(a.article_id, a.analyst) for a in given])
    except StoreError:  # a folder: one analyst's, no assignments
        report.assignments_left = len(given)
        return
    for assignment in given:
        if assignment.done:
            destination.set_assignment_done(assignment.article_id, assignment.analyst, True)


def _copy(source: Path, target: Path) -> None:
    shutil.copyfile(source, target)
