"""Small helpers shared by the tests."""

from __future__ import annotations

from annotations.model import Article


def span(article: Article, phrase: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the nth occurrence of `phrase` in the article text."""
    start = -1
    for _ in range(nth + 1):
        start = article.text.index(phrase, start + 1)
    return start, start + len(phrase)
