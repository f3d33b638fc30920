"""brat standoff: a folder of `.txt` and `.ann` pairs (T, A, N, R lines and notes carrying
Fieldmark ids), plus the `annotation.conf` naming the types; `brat_read` reads it back.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson

from annotations.exchange.brat_read import earlier_manifest
from annotations.exchange.native import entity_records, used_entities
from annotations.exchange.selection import ExportFilter, selected
from annotations.model import Annotation, Article, ClaimAttributes, DistrictAttributes
from annotations.store import Store
from annotations.store.atomic import as_the_user_makes, fsync_dir, private_temp, remove_dead_temps

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
        shown = _field(" ".join(article.text[s:e] for s, e in fragments))
        lines.append(f"{t_id}\t{BRAT_TYPES[annotation.kind]} {spans}\t{shown}")
        origin = f"fieldmark:{annotation.id} {annotation.status} by {_field(annotation.annotator)}"
        lines.append(f"{next_id('#')}\tAnnotatorNotes {t_id}\t{origin}")
    for annotation in annotations:
        t_id = t_ids[annotation.id]
        attributes = annotation.attributes
        entity = store.get_entity(annotation.entity_id)
        if entity is not None:
            lines.append(f"{next_id('N')}\tReference {t_id} fieldmark:{_field(entity.id)}\t{_field(entity.name)}")
        if isinstance(attributes, DistrictAttributes):
            lines.append(f"{next_id('A')}\tControlStatus {t_id} {attributes.control_status}")
        if isinstance(attributes, ClaimAttributes):
            lines.append(f"{next_id('A')}\tClaimType {t_id} {attributes.claim_type}")
            lines.append(f"{next_id('A')}\tCertainty {t_id} {attributes.certainty}")
            if attributes.grade:
                lines.append(f"{next_id('A')}\tGrade {t_id} {attributes.grade}")
            if attributes.cue:
                lines.append(f"{next_id('#')}\tAnnotatorNotes {t_id}\tcue: {_field(attributes.cue)}")
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
    earlier, earlier_entities = earlier_manifest(folder)
    written_at = {stem: _exported_at(fields, folder / MANIFEST) for stem, fields in _raw_articles(folder).items()}
    now = time.time()
    count = 0
    described: dict[str, dict[str, Any]] = {}
    used: set[str] = set()
    for article, annotations in selected(store, filters):
        _whole_file(folder / f"{article.id}.txt", article.text)
        _whole_file(folder / f"{article.id}.ann", brat_ann(store, article, annotations))
        described[article.id] = {**_described(store, article), EXPORTED_AT: now}
        used |= used_entities(store, annotations)
        count += 1
        progress()
    entities = entity_records(store, filters, used)
    kept = _remove_earlier_pairs(folder, set(earlier) - set(described), written_at)
    for stem in kept:  # edited since: kept, described as before (`import` reads it whole), with when it was
        described[stem] = {**earlier[stem], EXPORTED_AT: written_at.get(stem, 0.0)}  # exported: a later export keeps it
    if kept:
        listed = {record.get("id") for record in entities}
        entities += [record for i, record in earlier_entities.items() if i not in listed]
    manifest = {"format": MANIFEST_FORMAT, "articles": described, "entities": entities}
    _whole_file(folder / MANIFEST, orjson.dumps(manifest).decode())
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


PAIR_NAME = re.compile(r"[0-9a-f]{16}")
"""The name this exporter gives a pair: its article's id."""


def _remove_earlier_pairs(folder: Path, stems: set[str], written_at: dict[str, float]) -> list[str]:
    """The pairs an earlier export to this folder wrote (its manifest listed them) and this one
    does not: left there (`--force`), `import FOLDER` brought them back without their details.
    Only names this exporter gives are removed, never a file of someone else's, nor a pair edited
    since that export wrote it (helper-265 lost an .ann annotated in brat): those it returns, kept."""
    kept = []
    for stem in sorted(stems):
        if not PAIR_NAME.fullmatch(stem):
            continue
        pair = [folder / f"{stem}{suffix}" for suffix in (".txt", ".ann")]
        if any(_written_at(path) > written_at.get(stem, 0.0) + EDITED_AFTER for path in pair):
            kept.append(stem)
            continue
        for path in pair:
            path.unlink(missing_ok=True)
    return kept


EDITED_AFTER = 2.0
"""Seconds after its export a pair's file must have changed to count as edited since (a pair and the
manifest of one export are written within a moment)."""


EXPORTED_AT = "exported_at"
"""In the manifest, beside each pair's article: when the pair was written (seconds since the epoch)."""


def _raw_articles(folder: Path) -> dict[str, dict[str, Any]]:
    """The manifest's articles as written, with what `brat_read` leaves out (`EXPORTED_AT`)."""
    try:
        manifest = orjson.loads((folder / MANIFEST).read_bytes())
    except (OSError, orjson.JSONDecodeError):
        return {}
    articles = manifest.get("articles") if isinstance(manifest, dict) else None
    return {k: v for k, v in articles.items() if isinstance(v, dict)} if isinstance(articles, dict) else {}


def _exported_at(fields: dict[str, Any], manifest: Path) -> float:
    """When a pair was exported: as its manifest entry says, else when the manifest was written."""
    told = fields.get(EXPORTED_AT)
    return float(told) if isinstance(told, (int, float)) else _written_at(manifest)


def _written_at(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


MANIFEST = "fieldmark.json"
"""Beside the pairs, what brat keeps nowhere: each article's title, source, date, status,
metadata and rejected suggestions, and the entities' details (types, aliases, places' codes). A
newcomer's brat folder came back with every title a sentence and every actor "external_other";
brat itself ignores the file."""
MANIFEST_FORMAT = "fieldmark-brat-manifest"


def _described(store: Store, article: Article) -> dict[str, Any]:
    return {
        "title": article.title,
        "source": article.source,
        "published": article.published,
        "status": article.status,
        "metadata": dict(article.metadata),
        "rejected_suggestions": sorted(store.rejections(article.id)),
    }


def _field(value: str) -> str:
    """A value on one .ann line: tabs and line breaks would start new fields or lines there
    (and a re-import would read an annotation nobody made), so they become spaces."""
    return value.replace("\t", " ").replace("\r", " ").replace("\n", " ")


def _whole_file(path: Path, text: str) -> None:
    """Write `path` so that it is never seen half-written (no fsync: the caller syncs once)."""
    remove_dead_temps(path)
    temp = private_temp(path)
    try:
        temp.write_bytes(text.encode("utf-8"))
        as_the_user_makes(temp)
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
