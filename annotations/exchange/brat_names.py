"""The entities a brat pair from another tool gets for its places and actors, which it names by
their words alone (no N line): a Claimant relation named no one, and one group in two files was two
unlinked tags. A name the database knows (by name or alias, of the same kind) is that entity; a
proper name is one entity across the folder; a common one ("residents", "the town") is one per
article, as the app keeps generic names to their article (helper-355 found both linked across)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from annotations.entities.matching import fold
from annotations.entities.scope import is_generic
from annotations.model import ENTITY_KIND_OF, Entity, text_sha256


class NamedByWords:
    """Entity ids for names, the stored entities' first (each name and alias, of its kind)."""

    def __init__(self, stored: Iterable[Entity] = ()) -> None:
        self.known: dict[tuple[str, str], str] = {}
        for entity in stored:
            for name in entity.names():
                self.known.setdefault((entity.kind, fold(name)), entity.id)

    def name(self, record: dict[str, Any], words: str, article_id: str, entities: dict[str, dict[str, Any]]) -> None:
        """Give `record` (a place or actor span with no entity) the entity of `words`, adding a new
        one's record to `entities`."""
        name = " ".join(words.split())
        kind = ENTITY_KIND_OF[record["kind"]]
        if not name:
            return
        known = self.known.get((kind, fold(name)))
        if known is not None:
            record["entity_id"] = known
            return
        scope = f"{article_id}:" if _common(name) else ""
        entity_id = f"brat_{kind}_{text_sha256(f'{kind}:{scope}{fold(name)}')[:16]}"
        entities.setdefault(entity_id, entity_record(entity_id, kind, name))
        record["entity_id"] = entity_id


def entity_record(entity_id: str, kind: str, name: str) -> dict[str, Any]:
    """The export record of an entity brat names and says nothing more of: a place of no known kind, an actor of
    no known type."""
    details = {"place_kind": "other"} if kind == "place" else {"actor_type": "external_other"}
    return {"id": entity_id, "kind": kind, "name": name, "details": details}


def _common(name: str) -> bool:
    """A name of a kind of people or place, not of one: "residents", "the town", "local officials"."""
    return is_generic(name) or name[:1].islower()
