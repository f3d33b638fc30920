"""Databases written the way older schemas held the same data, for the migration tests."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import orjson


def downgrade_to_schema_4(db: Path) -> None:
    """Schema 4 kept each article's annotations and rejections in the file of its text."""
    for article in (db / "articles").glob("*.json"):
        data = orjson.loads(article.read_bytes())
        folder = db / "annotations" / article.stem
        for block in sorted(folder.glob("*.json")):
            stored = orjson.loads(block.read_bytes())
            data.setdefault("annotations", {}).update(stored.get("annotations", {}))
            if stored.get("rejections"):
                data["rejections"] = stored["rejections"]
        article.write_bytes(orjson.dumps(data))
        shutil.rmtree(folder, ignore_errors=True)
    (db / "annotations").rmdir() if (db / "annotations").exists() else None
    meta = db / "fieldmark.json"
    meta.write_text(re.sub(r'"version":\d+', '"version":4', meta.read_text()))
