"""An undo or a redo may not bring back a tag its analyst has made again since.

bo accepted "Lashio"; ana, who had no tag of it, deleted his (`x`); bo accepted it again; then
ana's `u` brought his first tag back: bo held two identical tags of Lashio ("Lashio · 2
mentions"), `fieldmark check` saw nothing wrong, and the agreement between analysts counted one
twice. The same words of the same kind by the same analyst are one tag: the undo is refused.
"""

from __future__ import annotations

from collections.abc import Sequence

from annotations.errors import ConflictError
from annotations.store.changes import Change
from annotations.store.postgres.records import Connection

_SAME_TAG = (
    "SELECT b.id, a.annotator FROM annotations AS a JOIN unnest(%s::text[], %s::text[], %s::text[], %s::int[], "
    "%s::int[], %s::text[], %s::text[]) AS b(article_id, id, kind, start_at, end_at, annotator, entity_id) "
    "ON a.article_id = b.article_id AND a.kind = b.kind AND a.start_at = b.start_at AND a.end_at = b.end_at "
    "AND a.annotator = b.annotator AND a.record ->> 'entity_id' IS NOT DISTINCT FROM b.entity_id "
    "WHERE a.id <> ALL(%s) LIMIT 1"
)
"""Another tag of the same words, kind, place or actor and analyst as one brought back (on the
primary key's article first: an article's tags, not the corpus's). Not "made since the step" by
its time: the analysts' clocks differ; a twin that was there before is one too many as well."""


class TaggedAgain(ConflictError):
    """A step would bring back a tag its analyst has made again since: said as it is."""


def tagged_again(connection: Connection, changes: Sequence[Change]) -> TaggedAgain | None:
    """Once an undo or a redo is applied, in its transaction: a tag of a place or an actor it
    brings back that another tag of the same words, place or actor and analyst now stands for.
    Not claims: two claims of one sentence are two."""
    brought = [
        c.after
        for c in changes
        if c.record == "annotation" and c.before is None and c.after is not None and c.after.get("kind") != "claim"
    ]
    if not brought:
        return None
    texts = [[str(r.get(key) or "") for r in brought] for key in ("article_id", "id", "kind")]
    spans = [[int(r.get(key) or 0) for r in brought] for key in ("start", "end")]
    whose = [[str(r.get("annotator") or "") for r in brought], [r.get("entity_id") for r in brought]]
    in_step = [c.id for c in changes if c.record == "annotation"]  # a step's own tags never refuse each other
    row = connection.execute(_SAME_TAG, (*texts, *spans, *whose, in_step)).fetchone()
    if row is None:
        return None
    record = next(r for r in brought if r.get("id") == row[0])
    who = f"{row[1]} has" if row[1] else "it was"
    return TaggedAgain(f"{who} tagged “{str(record.get('quote', ''))[:40]}” again since: it would be there twice")
