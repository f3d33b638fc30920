"""A lost catalog entry found again in the backups: an article's file holds its text only, so a repair that rebuilt
the entry from it lost the title, the date, the source and the status (helper-354's `check --repair` listed the
article under its dateline line, undated, "in progress"). The newest backup whose entry for the article describes
the same text gives them back."""

from __future__ import annotations

from pathlib import Path

from annotations.errors import CorruptDatabaseError, ValidationError
from annotations.store.backup import list_backups
from annotations.store.layout import CATALOG_TABLE, catalog_file
from annotations.store.summary import ArticleSummary
from annotations.store.tinyfiles import load_json_file


def summary_in_backups(root: Path, article_id: str, sha256: str) -> ArticleSummary | None:
    """The article's catalog entry in the newest backup that holds one for this text (`sha256`), else None."""
    for backup in list_backups(root):
        try:
            tables = load_json_file(backup.path / catalog_file(article_id))
            doc = (tables or {}).get(CATALOG_TABLE, {}).get(article_id)
            summary = ArticleSummary.from_dict(doc) if doc is not None else None
        except (CorruptDatabaseError, ValidationError):
            continue  # the backup made just before the repair holds the damaged file too
        if summary is not None and summary.id == article_id and summary.sha256 == sha256:
            return summary
    return None
