"""Command palette: every action by name, and every article by title."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.fuzzy import Matcher

if TYPE_CHECKING:
    from .app import FieldmarkApp


def literal_highlight(matcher: Matcher, label: str) -> Content:
    """Like `Matcher.highlight`, but the label is literal text: titles are never markup."""
    content = Content(label)
    _score, offsets = matcher.fuzzy_search.match(matcher.query, label)
    for offset in offsets:
        if not label[offset].isspace():
            content = content.stylize(matcher.match_style, offset, offset + 1)
    return content


class ArticleCommands(Provider):
    """`Open: <title>` for every article of the corpus."""

    async def search(self, query: str) -> Hits:
        app: FieldmarkApp = self.app  # type: ignore[assignment]
        matcher = self.matcher(query)
        for position, row in enumerate(app.store.articles(), start=1):
            label = f"Open article {position}: {row.title}"
            score = matcher.match(label)
            if score > 0:
                yield Hit(
                    score,
                    literal_highlight(matcher, label),
                    partial(app.open_article, row.id),
                    text=label,
                    help=f"{row.status.replace('_', ' ')} · {row.id}",
                )

    async def discover(self) -> Hits:
        app: FieldmarkApp = self.app  # type: ignore[assignment]
        for position, row in enumerate(app.store.articles()[:50], start=1):
            label = f"Open article {position}: {row.title}"
            yield DiscoveryHit(Content(label), partial(app.open_article, row.id), text=label)
