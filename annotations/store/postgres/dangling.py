"""Undo and redo on a team's server may not leave a reference to a record that is gone.

An analyst's undo replays their own step backwards, checked record by record against what the
step left (`records`). That check cannot see another analyst's step that took away what it names:
bob undid his claim and its new claimant, then alice undid her deletion of that claim, and the
claim came back naming a mention and an actor no longer there (`fieldmark check` then found two
problems). So after an undo or a redo is applied, inside its transaction, every annotation it
brings back must name records that exist, and nothing left may name a record it takes away.
"""

from __future__ import annotations

from collections.abc import Sequence, Set
from typing import Any, NamedTuple

from psycopg.types.json import Jsonb

from annotations.errors import NOTHING_SAVED, ConflictError, ValidationError
from annotations.model import ENTITY_KIND_OF, Annotation, ClaimAttributes
from annotations.store.changes import Change
from annotations.store.postgres.records import Connection, apply_changes
from annotations.store.references import FindAnnotation, check_references, mentions_named, named_entities


def dangling_reference(connection: Connection, changes: Sequence[Change]) -> str | None:
    """What would be left naming nothing once `changes` are applied (they are, in the caller's
    transaction), or None."""
    entities, find = _Entities(connection), _finder(connection)
    for change in changes:
        if change.record == "annotation" and change.after is not None:
            annotation = Annotation.from_dict(change.after)
            try:
                check_references([annotation], entities=entities, find=find)
            except ValidationError as error:
                return str(error)
            moved = _claimant_moved(annotation, find)
            if moved is not None:
                return moved
    changed = {c.id for c in changes}
    renamed = [c for c in changes if _mention_renamed(c)]
    deleted = [c for c in changes if _deletes_annotation(c)]
    claims = claims_naming(connection, [_mention(c) for c in (*renamed, *deleted)])
    for change in changes:
        if _mention_renamed(change) and _claims_naming_it_otherwise(claims, change, changed):
            return f"a claim made since names “{str((change.after or {}).get('quote', ''))[:40]}” as its claimant"
        if _deletes_annotation(change) and _still_naming(claims, change) is not None:
            return f"a claim still names the mention “{str((change.before or {}).get('quote', ''))[:40]}”"
        if change.after is None and change.record == "entity" and _annotations_naming_entity(connection, change.id):
            return f"an annotation still names {(change.before or {}).get('name', change.id)!s}"
    return None


def _claimant_moved(claim: Annotation, find: FindAnnotation) -> str | None:
    """A claim brought back whose claimant mention now names another actor than the claim does
    (changed by another analyst since: `fieldmark check` found the two apart)."""
    attributes = claim.attributes
    if not isinstance(attributes, ClaimAttributes) or attributes.claimant_annotation_id is None:
        return None
    mention = find(claim.article_id, attributes.claimant_annotation_id)
    if mention is None or attributes.claimant_entity_id in (None, mention.entity_id):
        return None
    return f"claim {claim.id}: its claimant's mention now names another actor"


class _Entities:
    """Entity ids as the transaction sees them (a `Container` for `check_references`)."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    def __contains__(self, entity_id: object) -> bool:
        found = self._connection.execute("SELECT 1 FROM entities WHERE id = %s", (entity_id,)).fetchone()
        return found is not None


def _finder(connection: Connection) -> FindAnnotation:
    def find(article_id: str, annotation_id: str) -> Annotation | None:
        row = connection.execute(
            "SELECT record FROM annotations WHERE article_id = %s AND id = %s", (article_id, annotation_id)
        ).fetchone()
        return Annotation.from_dict(row[0]) if row else None

    return find


def _mention_renamed(change: Change) -> bool:
    """A mention kept whose actor the change sets otherwise (an undone merge moves it back)."""
    if change.record != "annotation" or change.before is None or change.after is None:
        return False
    return change.before.get("entity_id") != change.after.get("entity_id")


def _claims_naming_it_otherwise(claims: Sequence[Annotation], change: Change, changed: set[str]) -> bool:
    """Whether a claim the change leaves alone names the mention as its claimant with the actor it
    had before (made since by another analyst: undoing a merge under it left the two apart, and
    an export named the merged actor)."""
    entity_id = (change.after or {}).get("entity_id")
    for claim in claims:
        attributes = claim.attributes
        if claim.id in changed or not isinstance(attributes, ClaimAttributes):
            continue
        if (claim.article_id, attributes.claimant_annotation_id) == _mention(change) and (
            attributes.claimant_entity_id not in (None, entity_id)
        ):
            return True
    return False


CLAIMS_NAMING = (
    "SELECT record FROM annotations WHERE kind = 'claim' AND article_id = ANY(%s) "
    "AND record -> 'attributes' ->> 'claimant_annotation_id' = ANY(%s) "
    "UNION ALL SELECT linking.record FROM unnest(%s::jsonb[]) AS needle, LATERAL (SELECT record FROM annotations "
    "WHERE kind = 'claim' AND record -> 'attributes' -> 'links' @> needle OFFSET 0) AS linking"
)
"""The claims naming one of some mentions: as their claimant's mention (among their articles'
claims), or linking to it (one probe of the links' index per mention). Asked with OR, or with
`@> ANY`, the planner read every claim of the corpus instead: 11-27 ms at 4,000 claims."""


def claims_naming(connection: Connection, mentions: Sequence[tuple[str, str]]) -> list[Annotation]:
    """The claims that name any of `mentions` (article id, annotation id) as their claimant's
    mention or link to it, in one query for a whole step: one query per deleted mention, each
    reading every claim, made a deletion's cost grow with the corpus."""
    if not mentions:
        return []
    wanted = set(mentions)
    rows = connection.execute(
        CLAIMS_NAMING,
        (
            sorted({a for a, _ in wanted}),
            sorted({i for _, i in wanted}),
            [Jsonb([{"annotation_id": i}]) for i in sorted({i for _, i in wanted})],
        ),
    ).fetchall()
    claims = {(c.article_id, c.id): c for c in (Annotation.from_dict(record) for (record,) in rows)}  # once each
    return [claim for claim in claims.values() if mentions_named(claim) & wanted]


def _still_naming(claims: Sequence[Annotation], change: Change, leaving: Set[str] = frozenset()) -> Annotation | None:
    """The claim (but those `leaving`: the step changes them) that names the mention `change`
    deletes, once the step is applied."""
    return next((c for c in claims if c.id not in leaving and _mention(change) in mentions_named(c)), None)


def _mention(change: Change) -> tuple[str, str]:
    return (str(change.article_id), change.id)


def _deletes_annotation(change: Change) -> bool:
    return change.record == "annotation" and change.after is None and change.article_id is not None


def _annotations_naming_entity(connection: Connection, entity_id: str) -> bool:
    """Whether any annotation names this entity: as its own, as a claimant, a place or an actor."""
    found = connection.execute(f"SELECT 1 FROM annotations WHERE {_NAMING} LIMIT 1", (entity_id,) * 4).fetchone()
    return found is not None


_NAMING = (
    "(record ->> 'entity_id' = %s OR kind = 'claim' AND (record -> 'attributes' ->> 'claimant_entity_id' = %s "
    "OR record -> 'attributes' -> 'places' ? %s OR record -> 'attributes' -> 'actors' ? %s))"
)
"""An annotation naming an entity: as its own, or a claim's claimant, place or actor (on the indexes
of `schema.REFERENCE_INDEXES`)."""


def articles_naming(connection: Connection, entity_ids: Sequence[str]) -> set[str]:
    """The articles whose annotations name any of `entity_ids` (one probe of the indexes each):
    those another analyst's screen shows the entities in."""
    found: set[str] = set()
    for entity_id in sorted(set(entity_ids)):
        rows = connection.execute(f"SELECT DISTINCT article_id FROM annotations WHERE {_NAMING}", (entity_id,) * 4)
        found.update(row[0] for row in rows.fetchall())
    return found


def entities_others_name(connection: Connection, changes: Sequence[Change]) -> dict[str, list[str]]:
    """The entities `changes` (an undo) would delete that annotations the undo leaves name, with
    whose annotations those are.

    ana's step made "Taliban" with her tag; bo's tags name it since. Her undo was refused, said to
    be "another analyst changed it since", and a second `u` took her tag off her undo list: she
    could not take back her own tag. Her undo takes her tag and leaves the entity to those naming it."""
    removed = {(c.article_id, c.id) for c in changes if c.record == "annotation" and c.after is None}
    named: dict[str, list[str]] = {}
    for change in changes:
        if change.record == "entity" and change.after is None:
            rows = connection.execute(
                f"SELECT article_id, id, annotator FROM annotations WHERE {_NAMING}", (change.id,) * 4
            ).fetchall()
            leaving = removed | _named_no_more(changes, change.id)
            whose = sorted({row[2] for row in rows if (row[0], row[1]) not in leaving})
            if whose:
                named[change.id] = whose
    return named


def _named_no_more(changes: Sequence[Change], entity_id: str) -> set[tuple[str | None, str]]:
    """The annotations the step leaves not naming `entity_id`: a claim it puts back as it was
    before a place tagged inside it joined its places (helper-241's undo of bo's "Adre" in ana's
    claim said "place Adre stays: ana's tags name it", and left the place named by nothing)."""
    return {
        (c.article_id, c.id)
        for c in changes
        if c.record == "annotation"
        and c.after is not None
        and entity_id not in named_entities(Annotation.from_dict(c.after))
    }


def entities_named(connection: Connection, entity_ids: Sequence[str]) -> set[str]:
    """Which of `entity_ids` an annotation names, as the transaction sees them (one pass)."""
    if not entity_ids:
        return set()
    ids = list(entity_ids)
    rows = connection.execute(
        "SELECT record FROM annotations WHERE record ->> 'entity_id' = ANY(%s) OR kind = 'claim' AND ("
        "record -> 'attributes' ->> 'claimant_entity_id' = ANY(%s) "
        "OR record -> 'attributes' -> 'places' ?| %s OR record -> 'attributes' -> 'actors' ?| %s)",
        (ids,) * 4,
    ).fetchall()
    return {i for (record,) in rows for i in named_entities(Annotation.from_dict(record))} & set(ids)


def kept_named(kept: Sequence[str]) -> str:
    """What a step says of the entities `apply_keeping_named` kept."""
    return f"{', '.join(kept)} kept: tags made since name {'it' if len(kept) == 1 else 'them'}"


def deletes_entity(change: Change) -> bool:
    return change.record == "entity" and change.after is None


def lock_entities(connection: Connection, changes: Sequence[Change]) -> list[str]:
    """Lock the entities a step deletes (for update) and those its annotations name anew (for
    share), before anything of it is applied; the ids of those named that are gone.

    Each transaction read the others' tags as they were when it began: bo's tag of "Militants"
    not yet committed, ana's prune found it unnamed and deleted it, and his tag then named
    nothing. Locked, the second of the two waits for the first and reads what it left: a prune
    after the tag keeps the entity; a tag after the prune finds it gone and is refused."""
    written = {c.id for c in changes if c.record == "entity"}
    deleted = sorted(c.id for c in changes if deletes_entity(c))
    named = sorted(
        {
            entity_id
            for change in changes
            if change.record == "annotation" and change.after is not None
            for entity_id in _named(change.after) - _named(change.before)
        }
        - written
    )
    if deleted:
        connection.execute("SELECT id FROM entities WHERE id = ANY(%s) ORDER BY id FOR UPDATE", (deleted,))
    if not named:
        return []
    rows = connection.execute("SELECT id FROM entities WHERE id = ANY(%s) ORDER BY id FOR SHARE", (named,))
    found = {row[0] for row in rows.fetchall()}
    return [entity_id for entity_id in named if entity_id not in found]


class EntitiesGone(ConflictError):
    """A step names entities another's prune or merge deleted since they were read."""


def lock_mentions(connection: Connection, changes: Sequence[Change]) -> str | None:
    """Lock the annotations a step's claims name anew (a claimant's mention, a linked claim) for
    share; what refuses the step when one is gone, or None. A claim saved while another analyst
    deleted its claimant's mention named nothing (helper-231): the second of the two now waits
    for the first and reads what it left."""
    made = {(c.article_id, c.id) for c in changes if c.record == "annotation"}
    wanted: dict[tuple[str, str], str] = {}
    for change in changes:
        if change.record == "annotation" and change.after is not None:
            for named in _mentions(change.after) - _mentions(change.before) - made:
                wanted.setdefault(named, str(change.after.get("quote", "")))
    if not wanted:
        return None
    keys = sorted(wanted)
    rows = connection.execute(  # one statement for the step, locked in one order
        "SELECT article_id, id FROM annotations WHERE (article_id, id) IN "
        "(SELECT * FROM unnest(%s::text[], %s::text[])) ORDER BY article_id, id FOR SHARE",
        ([a for a, _ in keys], [i for _, i in keys]),
    ).fetchall()
    found = {(row[0], row[1]) for row in rows}
    gone = next((wanted[key] for key in keys if key not in found), None)
    if gone is None:
        return None
    return (
        f"what the claim “{gone[:40]}” names (its claimant's mention, a claim it links to) was deleted "
        f"by someone else since you read it{NOTHING_SAVED}"
    )


def claims_naming_deleted(connection: Connection, changes: Sequence[Change]) -> str | None:
    """Once a step is applied, a claim it leaves as it was that names an annotation the step
    deleted (made since the step was built, or not seen where it was built, as while the server
    was away: its claimant's mention, a claim it links to), said by both quotes."""
    changed = {c.id for c in changes}
    deleted = [c for c in changes if _deletes_annotation(c)]
    claims = claims_naming(connection, [_mention(c) for c in deleted])
    for change in deleted:
        if (naming := _still_naming(claims, change, changed)) is not None:
            quote = str((change.before or {}).get("quote", ""))[:40]
            how = "links to" if change.before and change.before.get("kind") == "claim" else "names as its claimant"
            return f"the claim “{naming.quote[:40]}” {how} “{quote}”{NOTHING_SAVED}"
    return None


def _mentions(record: dict[str, Any] | None) -> set[tuple[str, str]]:
    """The annotations a claim record names: its claimant's mention, the claims it links to."""
    if record is None or record.get("kind") != "claim":
        return set()
    return mentions_named(Annotation.from_dict(record))


def deleted_meanwhile(records: Sequence[dict[str, Any]]) -> EntitiesGone:
    """What a step naming entities deleted since they were read says (as `records` were read)."""
    what = ", ".join(f"{r.get('kind', 'entity')} {r.get('name')}" for r in records)
    it = "it" if len(records) == 1 else "them"
    return EntitiesGone(
        f"the {what} {'was' if len(records) == 1 else 'were'} deleted by someone else since you read {it}"
        + NOTHING_SAVED
    )


def as_tagged(changes: Sequence[Change], gone: Sequence[str]) -> list[dict[str, Any]]:
    """The entities `gone` as the step's tags show them, for what was never read here: "the
    actor of “Taliban”" (their ids said nothing to the analyst)."""
    records = []
    for entity_id in gone:
        tag = next((c.after for c in changes if c.record == "annotation" and entity_id in _named(c.after)), None) or {}
        kind = ENTITY_KIND_OF.get(str(tag.get("kind")), "")
        places = (tag.get("attributes") or {}).get("places") or ()
        kind = kind or ("place" if entity_id in places else "actor")  # a claim's: its claimant, actors or places
        claim = "the claim " if tag.get("kind") == "claim" else ""
        records.append({"kind": kind, "name": f"of {claim}“{tag.get('quote', entity_id)}”"})
    return records


def _named(record: dict[str, Any] | None) -> set[str]:
    return set() if record is None else set(named_entities(Annotation.from_dict(record)))


class Applied(NamedTuple):
    changes: list[Change]
    """The step's changes, in their order, without the deletions of entities kept."""
    kept: list[Change]
    """The deletions not made: of entities tags name."""
    changed: int
    """How many of them changed a record (0: the server held all as the step leaves them)."""

    @property
    def kept_names(self) -> list[str]:
        return [str((c.before or {}).get("name", c.id)) for c in self.kept]

    def seen_again(self) -> list[Change]:
        """The kept entities as changes that bring them back (to a view that took them away)."""
        return [Change("entity", c.id, None, None, c.before) for c in self.kept]


def apply_keeping_named(connection: Connection, changes: Sequence[Change]) -> Applied:
    """Apply `changes`, but not the deletion of an entity an annotation still names once the rest
    are applied.

    ana pruned while the server was away, counting uses from what she had read: bo's "Militants",
    tagged since, was deleted when her step was sent, and `check` found his tag naming nothing.
    A merge or an undo built on an old reading would do the same. The entity stays, named."""
    deletions = [c for c in changes if deletes_entity(c)]
    changed = apply_changes(connection, [c for c in changes if not deletes_entity(c)])
    named = entities_named(connection, [c.id for c in deletions])
    changed += apply_changes(connection, [c for c in deletions if c.id not in named])
    kept = [c for c in deletions if c.id in named]
    return Applied([c for c in changes if not (deletes_entity(c) and c.id in named)], kept, changed)
