"""Suggestions: places, actors and claims proposed for one key to accept, and what they draw on.

`engine.suggest` runs the recognisers (`places`, `actors`, `claims`) over an article; the
gazetteers (`gazetteer`, `builtin_places`, `gazetteer_files`, `placenames`) and the actor
`lexicon` are their knowledge; `review` accepts and rejects suggestions in a store.
"""

from annotations.suggest.engine import suggest
from annotations.suggest.suggestion import Knowledge, Suggestion

__all__ = ["Knowledge", "Suggestion", "suggest"]
