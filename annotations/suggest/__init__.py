"""Suggestions: places, actors and claims proposed for one key to accept, and what they draw on.

`engine.suggest` runs the recognisers (`places`, `actors`, `claims`) over an article; the
gazetteers (`gazetteer`, `builtin_places`, `gazetteer_files`, `placenames`) and the actor
`lexicon` are their knowledge; `review` accepts and rejects suggestions in a store.
"""

from __future__ import annotations

from typing import Any

from annotations.suggest.suggestion import Knowledge, Suggestion

__all__ = ["Knowledge", "Suggestion", "suggest"]


def __getattr__(name: str) -> Any:
    """`suggest` is imported when first used: the recognisers and their lexicons take a tenth of
    a second to import, which the app's first frame need not wait for."""
    if name == "suggest":
        from annotations.suggest.engine import suggest

        return suggest
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
