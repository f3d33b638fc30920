"""Small helpers shared by the tests."""

from __future__ import annotations

from typing import Any

import jsonschema

from annotations.exchange.export_file import export_schema
from annotations.model import Article


def span(article: Article, phrase: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the nth occurrence of `phrase` in the article text."""
    start = -1
    for _ in range(nth + 1):
        start = article.text.index(phrase, start + 1)
    return start, start + len(phrase)


def validate_export(document: Any) -> None:
    """Check an export with jsonschema, the reference validator, independent of the importer's
    compiled one: both must agree that what Fieldmark writes matches the shipped schema."""
    jsonschema.validate(document, export_schema(), cls=jsonschema.Draft202012Validator)
