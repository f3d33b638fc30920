"""Export: native JSON (and JSON Lines), W3C Web Annotation, brat standoff, CSV claim table.

Every format is written article by article (`Store.iter_articles` loads and releases each), so
memory never holds the output twice. Files are written to a temporary file and renamed into
place; an existing file is only replaced with `force`.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import orjson

from annotations.errors import FieldmarkError
from annotations.model import Annotation, Article, ClaimAttributes, DistrictAttributes, PlaceDetails, now_iso
from annotations.store import Store
from annotations.store.atomic import TEMP_SUFFIX, fsync_dir

FORMAT_NAME = "fieldmark"
FORMAT_VERSION = 1
FORMATS = ("json", "jsonl", "w3c", "brat", "csv")


@dataclass(frozen=True, slots=True)
class ExportFilter:
    """Which articles and annotations to export; None means all."""

    article: str | None = None
    kind: str | None = None
    status: str | None = None
    annotator: str | None = None

    def keeps(self, annotation: Annotation) -> bool:
        return (
            (self.kind is None or annotation.kind == self.kind)
            and (self.status is None or annotation.status == self.status)
            and (self.annotator is None or annotation.annotator == self.annotator)
        )


def selected(store: Store, filters: ExportFilter) -> Iterator[tuple[Article, list[Annotation]]]:
    """Articles (one, or all) with their annotations that pass the filter, in corpus order."""
    if filters.article is not None:
        summary = store.find_article(filters.article)
        rows: Iterable[tuple[Article, list[Annotation]]] = [(store.article(summary.id), store.annotations(summary.id))]
    else:
        rows = store.iter_articles()
    for article, annotations in rows:
        yield article, [a for a in annotations if filters.keeps(a)]


# --- native -------------------------------------------------------------------------------


def annotation_record(annotation: Annotation) -> dict[str, Any]:
    """An annotation as the export holds it (the article is the one it is nested in)."""
    record = annotation.to_dict()
    del record["article_id"]
    return record


def article_record(article: Article, annotations: list[Annotation]) -> dict[str, Any]:
    return {
        "id": article.id,
        "title": article.title,
        "source": article.source,
        "published": article.published,
        "text": article.text,
        "sha256": article.sha256,
        "status": article.status,
        "metadata": dict(article.metadata),
        "annotations": [annotation_record(a) for a in annotations],
    }


def _used_entities(store: Store, annotations: Iterable[Annotation]) -> set[str]:
    used: set[str] = set()
    for annotation in annotations:
        if annotation.entity_id:
            used.add(annotation.entity_id)
        if isinstance(annotation.attributes, ClaimAttributes):
            attributes = annotation.attributes
            used.update(attributes.places)
            used.update(attributes.actors)
            if attributes.claimant_entity_id:
                used.add(attributes.claimant_entity_id)
    return used


def _entity_records(store: Store, filters: ExportFilter, used: set[str]) -> list[dict[str, Any]]:
    """Every entity for an unfiltered export, else only those the exported annotations use."""
    everything = filters == ExportFilter()
    return [e.to_dict() for e in store.entities() if everything or e.id in used]


def write_json(store: Store, out: IO[bytes], filters: ExportFilter, progress: Callable[[], None]) -> int:
    """The native document, streamed: header, one article at a time, then the entities."""
    out.write(b'{"format":"fieldmark","version":%d,"exported_at":' % FORMAT_VERSION)
    out.write(orjson.dumps(now_iso()))
    out.write(b',"articles":[\n')
    used: set[str] = set()
    count = 0
    for article, annotations in selected(store, filters):
        if count:
            out.write(b",\n")
        out.write(orjson.dumps(article_record(article, annotations)))
        used |= _used_entities(store, annotations)
        count += 1
        progress()
    out.write(b'\n],"entities":')
    entities = _entity_records(store, filters, used)
    out.write(orjson.dumps(entities))
    out.write(b"}\n")
    return count


def write_jsonl(store: Store, out: IO[bytes], filters: ExportFilter, progress: Callable[[], None]) -> int:
    """One article per line, then one line with the entities (`{"entities": [...]}`)."""
    used: set[str] = set()
    count = 0
    for article, annotations in selected(store, filters):
        out.write(orjson.dumps(article_record(article, annotations)) + b"\n")
        used |= _used_entities(store, annotations)
        count += 1
        progress()
    entities = _entity_records(store, filters, used)
    out.write(orjson.dumps({"format": FORMAT_NAME, "version": FORMAT_VERSION, "entities": entities}) + b"\n")
    return count


# --- W3C Web Annotation -------------------------------------------------------------------

W3C_CONTEXT = [
    "http://www.w3.org/ns/anno.jsonld",
    {"fieldmark": "urn:fieldmark:vocab#", "role": "fieldmark:role"},
]


def _urn(kind: str, ident: str) -> str:
    return f"urn:fieldmark:{kind}:{ident}"


def w3c_annotation(store: Store, article: Article, annotation: Annotation) -> dict[str, Any]:
    bodies: list[dict[str, Any]] = [{"type": "TextualBody", "purpose": "tagging", "value": annotation.kind}]
    entity = store.get_entity(annotation.entity_id)
    if entity is not None:
        bodies.append(
            {
                "type": "SpecificResource",
                "purpose": "identifying",
                "source": _urn("entity", entity.id),
                "value": entity.name,
            }
        )
    bodies.append(
        {
            "type": "TextualBody",
            "purpose": "describing",
            "format": "application/json",
            "value": orjson.dumps(annotation.attributes.to_dict()).decode(),
        }
    )
    if isinstance(annotation.attributes, ClaimAttributes):
        claimant = annotation.attributes.claimant_annotation_id
        if claimant:
            bodies.append(
                {
                    "type": "SpecificResource",
                    "purpose": "linking",
                    "role": "claimant",
                    "source": _urn("annotation", claimant),
                }
            )
        for link in annotation.attributes.links:
            bodies.append(
                {
                    "type": "SpecificResource",
                    "purpose": "linking",
                    "role": link.type,
                    "source": _urn("annotation", link.annotation_id),
                }
            )
    return {
        "id": _urn("annotation", annotation.id),
        "type": "Annotation",
        "motivation": "tagging" if annotation.status == "accepted" else "bookmarking",
        "creator": annotation.annotator or None,
        "created": annotation.created,
        "modified": annotation.modified,
        "body": bodies,
        "target": {
            "source": article.source or _urn("article", article.id),
            "fieldmark:article": article.id,
            "selector": [
                {
                    "type": "TextQuoteSelector",
                    "exact": annotation.quote,
                    "prefix": annotation.prefix,
                    "suffix": annotation.suffix,
                },
                {"type": "TextPositionSelector", "start": annotation.start, "end": annotation.end},
            ],
        },
    }


def write_w3c(store: Store, out: IO[bytes], filters: ExportFilter, progress: Callable[[], None]) -> int:
    """An AnnotationCollection with one AnnotationPage holding every annotation."""
    out.write(b'{"@context":' + orjson.dumps(W3C_CONTEXT))
    out.write(b',"id":"urn:fieldmark:export","type":"AnnotationCollection","label":"Fieldmark export",')
    out.write(b'"generated":' + orjson.dumps(now_iso()))
    out.write(b',"first":{"type":"AnnotationPage","items":[')
    count = 0
    first = True
    for article, annotations in selected(store, filters):
        for annotation in annotations:
            if not first:
                out.write(b",")
            out.write(orjson.dumps(w3c_annotation(store, article, annotation)))
            first = False
        count += 1
        progress()
    out.write(b"]}}\n")
    return count


# --- CSV ----------------------------------------------------------------------------------

CSV_COLUMNS = (
    "article_id", "article_title", "claim_id", "claim_text", "claimant", "claimant_type", "cue",
    "claim_type", "place", "province", "country", "code", "latitude", "longitude", "certainty",
    "grade", "annotator", "source",
)  # fmt: skip


def claim_rows(store: Store, article: Article, annotations: list[Annotation]) -> Iterator[dict[str, Any]]:
    by_id = {a.id: a for a in annotations}
    for claim in annotations:
        attributes = claim.attributes
        if not isinstance(attributes, ClaimAttributes):
            continue
        claimant_entity = store.get_entity(attributes.claimant_entity_id)
        claimant_name = claimant_entity.name if claimant_entity else ""
        if attributes.claimant_annotation_id and not claimant_name:
            source = by_id.get(attributes.claimant_annotation_id)
            claimant_name = source.quote if source else ""
        places = [p for p in (store.get_entity(i) for i in attributes.places) if p is not None]
        if not places:  # the places tagged inside the claim
            inside = [a for a in annotations if a.kind == "district" and claim.start <= a.start and a.end <= claim.end]
            places = [p for p in (store.get_entity(a.entity_id) for a in inside) if p is not None]
        details = [p.details for p in places if isinstance(p.details, PlaceDetails)]
        yield {
            "article_id": article.id,
            "article_title": article.title,
            "claim_id": claim.id,
            "claim_text": claim.quote,
            "claimant": claimant_name,
            "claimant_type": getattr(claimant_entity.details, "actor_type", "") if claimant_entity else "",
            "cue": attributes.cue,
            "claim_type": attributes.claim_type,
            "place": "; ".join(p.name for p in places),
            "province": "; ".join(d.province or "" for d in details),
            "country": "; ".join(d.country or "" for d in details),
            "code": "; ".join(",".join(d.codes.values()) for d in details),
            "latitude": "; ".join("" if d.latitude is None else f"{d.latitude}" for d in details),
            "longitude": "; ".join("" if d.longitude is None else f"{d.longitude}" for d in details),
            "certainty": attributes.certainty,
            "grade": str(attributes.grade) if attributes.grade else "",
            "annotator": claim.annotator,
            "source": article.source,
        }


def write_csv(store: Store, out: IO[bytes], filters: ExportFilter, progress: Callable[[], None]) -> int:
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    writer = csv.DictWriter(text, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    count = 0
    for article, annotations in selected(store, filters):
        writer.writerows(claim_rows(store, article, annotations))
        count += 1
        progress()
    text.flush()
    text.detach()
    return count


# --- brat -----------------------------------------------------------------------------------

BRAT_TYPES = {"district": "District", "actor": "Actor", "claim": "Claim"}


def brat_fragments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """brat spans cannot cross a newline: split at each one into fragments."""
    fragments = []
    position = start
    while position < end:
        newline = text.find("\n", position, end)
        stop = end if newline < 0 else newline
        if stop > position:
            fragments.append((position, stop))
        position = stop + 1
    return fragments


def brat_ann(store: Store, article: Article, annotations: list[Annotation]) -> str:
    """The .ann standoff for one article: T, A, N, R lines and # notes."""
    lines: list[str] = []
    t_ids: dict[str, str] = {}
    counters = {"A": 0, "N": 0, "R": 0, "#": 0}

    def next_id(prefix: str) -> str:
        counters[prefix] += 1
        return f"{prefix}{counters[prefix]}"

    for number, annotation in enumerate(annotations, start=1):
        t_id = f"T{number}"
        t_ids[annotation.id] = t_id
        fragments = brat_fragments(article.text, annotation.start, annotation.end)
        spans = ";".join(f"{s} {e}" for s, e in fragments)
        shown = " ".join(article.text[s:e] for s, e in fragments)
        lines.append(f"{t_id}\t{BRAT_TYPES[annotation.kind]} {spans}\t{shown}")
        origin = f"fieldmark:{annotation.id} {annotation.status} by {annotation.annotator}"
        lines.append(f"{next_id('#')}\tAnnotatorNotes {t_id}\t{origin}")
    for annotation in annotations:
        t_id = t_ids[annotation.id]
        attributes = annotation.attributes
        entity = store.get_entity(annotation.entity_id)
        if entity is not None:
            lines.append(f"{next_id('N')}\tReference {t_id} fieldmark:{entity.id}\t{entity.name}")
        if isinstance(attributes, DistrictAttributes):
            lines.append(f"{next_id('A')}\tControlStatus {t_id} {attributes.control_status}")
        if isinstance(attributes, ClaimAttributes):
            lines.append(f"{next_id('A')}\tClaimType {t_id} {attributes.claim_type}")
            lines.append(f"{next_id('A')}\tCertainty {t_id} {attributes.certainty}")
            if attributes.grade:
                lines.append(f"{next_id('A')}\tGrade {t_id} {attributes.grade}")
            if attributes.cue:
                lines.append(f"{next_id('#')}\tAnnotatorNotes {t_id}\tcue: {attributes.cue}")
            claimant = t_ids.get(attributes.claimant_annotation_id or "")
            if claimant:
                lines.append(f"{next_id('R')}\tClaimant Arg1:{t_id} Arg2:{claimant}")
            for link in attributes.links:
                target = t_ids.get(link.annotation_id) if link.article_id == article.id else None
                if target:
                    lines.append(f"{next_id('R')}\t{link.type.capitalize()} Arg1:{t_id} Arg2:{target}")
                else:
                    lines.append(
                        f"{next_id('#')}\tAnnotatorNotes {t_id}\t{link.type} {link.article_id}:{link.annotation_id}"
                    )
        note = getattr(attributes, "note", "")
        if note:
            lines.append(f"{next_id('#')}\tAnnotatorNotes {t_id}\t{' '.join(note.split())}")
    return "\n".join(lines) + ("\n" if lines else "")


def write_brat(store: Store, folder: Path, filters: ExportFilter, progress: Callable[[], None]) -> int:
    """A folder of <article id>.txt and .ann pairs, plus annotation.conf naming the types.

    Each file appears whole (written beside, then renamed); durability comes from one sync of
    the file system at the end instead of an fsync per file (10,000 fsyncs took 8 s)."""
    folder.mkdir(parents=True, exist_ok=True)
    count = 0
    for article, annotations in selected(store, filters):
        _whole_file(folder / f"{article.id}.txt", article.text)
        _whole_file(folder / f"{article.id}.ann", brat_ann(store, article, annotations))
        count += 1
        progress()
    _whole_file(
        folder / "annotation.conf",
        "[entities]\nDistrict\nActor\nClaim\n\n[relations]\nClaimant\tArg1:Claim, Arg2:Actor\n"
        "Corroborates\tArg1:Claim, Arg2:Claim\nContradicts\tArg1:Claim, Arg2:Claim\n\n[events]\n\n"
        "[attributes]\n"
        "ControlStatus\tArg:District, Value:captured|contested|encircled|retaken|government_held|unknown\n"
        "ClaimType\tArg:Claim, Value:territorial_control|casualties|surrender|displacement|reinforcement|other\n"
        "Certainty\tArg:Claim, Value:certain|probable|possible|negated|uncommitted\nGrade\tArg:Claim\n",
    )
    if hasattr(os, "sync"):
        os.sync()
    fsync_dir(folder)
    return count


def _whole_file(path: Path, text: str) -> None:
    """Write `path` so that it is never seen half-written (no fsync: the caller syncs once)."""
    temp = path.with_name(f".{path.name}{TEMP_SUFFIX}")
    try:
        temp.write_bytes(text.encode("utf-8"))
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


# --- entry point --------------------------------------------------------------------------

Writer = Callable[[Store, IO[bytes], ExportFilter, Callable[[], None]], int]
STREAM_WRITERS: dict[str, Writer] = {"json": write_json, "jsonl": write_jsonl, "w3c": write_w3c, "csv": write_csv}


def export(
    store: Store,
    fmt: str,
    destination: Path | IO[bytes],
    filters: ExportFilter | None = None,
    *,
    force: bool = False,
    progress: Callable[[], None] = lambda: None,
) -> int:
    """Write `fmt` to a path (atomically) or an open binary stream; returns articles written."""
    filters = filters or ExportFilter()
    if fmt not in FORMATS:
        raise FieldmarkError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "brat":
        if not isinstance(destination, Path):
            raise FieldmarkError("brat export needs a folder: use -o FOLDER")
        if destination.exists() and not destination.is_dir():
            raise FieldmarkError(f"{destination}: exists and is not a folder")
        if destination.is_dir() and any(destination.iterdir()) and not force:
            raise FieldmarkError(f"{destination}: folder is not empty; use --force to write into it")
        return write_brat(store, destination, filters, progress)
    writer = STREAM_WRITERS[fmt]
    if not isinstance(destination, Path):
        return writer(store, destination, filters, progress)
    if destination.exists() and not force:
        raise FieldmarkError(f"{destination}: already exists; use --force to replace it")
    if destination.is_dir():
        raise FieldmarkError(f"{destination}: is a folder")
    parent = destination.parent if str(destination.parent) else Path(".")
    if not parent.is_dir():
        raise FieldmarkError(f"{parent}: no such folder")
    temp = destination.with_name(f".{destination.name}.{os.getpid()}{TEMP_SUFFIX}")
    try:
        with open(temp, "wb") as handle:
            count = writer(store, handle, filters, progress)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, destination)
        fsync_dir(parent)
    except PermissionError:
        temp.unlink(missing_ok=True)
        raise FieldmarkError(f"{destination}: permission denied") from None
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return count


def export_saved(
    store: Store, fmt: str, destination: Path, filters: ExportFilter | None = None, *, force: bool = False
) -> int:
    """Export what the store has saved, through a read-only snapshot of its own: an app can run
    this on another thread while the analyst goes on working (flush first to include everything
    so far)."""
    with store.snapshot() as snapshot:
        return export(snapshot, fmt, destination, filters, force=force)
