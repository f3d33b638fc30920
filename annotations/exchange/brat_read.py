"""Reading brat standoff folders (.txt + .ann) into the shape of a Fieldmark export.

Understands what `export.write_brat` writes (T, A, N, R lines and AnnotatorNotes carrying
Fieldmark ids) and plain brat files from other tools (T lines of District/Actor/Claim).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import orjson

from annotations.errors import IngestError
from annotations.exchange.brat_names import NamedByWords, entity_record
from annotations.exchange.selection import FORMAT_NAME, FORMAT_VERSION
from annotations.model import CONTEXT_CHARS, ENTITY_KIND_OF, Entity, now_iso, text_sha256
from annotations.text.ingest import DEFAULT_MAX_BYTES
from annotations.text.normalize import normalize_line

KINDS_BY_TYPE = {
    "district": "district",
    "place": "district",
    "location": "district",
    "actor": "actor",
    "claim": "claim",
}


def _default_attributes(kind: str) -> dict[str, Any]:
    if kind == "district":
        return {"control_status": "unknown", "note": ""}
    if kind == "claim":
        return {
            "claimant_annotation_id": None, "claimant_entity_id": None, "cue": "", "claim_type": "other",
            "places": [], "actors": [], "certainty": "certain", "grade": None, "links": [], "note": "",
        }  # fmt: skip
    return {"note": ""}


def read_brat_pair(
    txt: Path, ann: Path, annotator: str, *, max_bytes: int = DEFAULT_MAX_BYTES, named: NamedByWords | None = None
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """One article record and the entity records its N lines name (and those `named` gives the
    places and actors named by their words alone); IngestError names the file and the line that
    cannot be read."""
    for path in (txt, ann):
        size = path.stat().st_size
        if size > max_bytes:
            raise IngestError(path, f"file is {size:,} bytes, over the {max_bytes:,}-byte limit")
    try:
        text = txt.read_text(encoding="utf-8")
        lines = ann.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise IngestError(ann, f"cannot read the brat pair ({error})") from None
    stamp = now_iso()
    spans: dict[str, dict[str, Any]] = {}
    whole = _Alike(text)
    words: dict[str, str] = {}
    """Each span's words as its line shows them (a discontinuous one's without the words between)."""
    entities: dict[str, dict[str, Any]] = {}
    for number, line in enumerate(lines, start=1):
        if not line.startswith("T"):
            continue
        try:
            tag, middle, shown = line.split("\t", 2)
            kind_name, _, fragments = middle.partition(" ")
            pieces = [tuple(int(x) for x in piece.split()) for piece in fragments.split(";")]
            start, end = pieces[0][0], pieces[-1][1]
        except (ValueError, IndexError):
            raise IngestError(ann, f"line {number}: not a brat T line (type, then start and end offsets)") from None
        kind = KINDS_BY_TYPE.get(kind_name.lower())
        if kind is None:
            continue
        quote = _quote(text, start, end, shown if len(pieces) == 1 else "", whole)
        if quote is None:
            raise IngestError(ann, f"line {number}: span {start}-{end} outside the text")
        words[tag] = shown if shown.strip() else " ".join(text[a:b] for a, b, *_ in pieces)
        found_here = quote == text[start:end]  # else the import finds the words shown (`reanchor`)
        spans[tag] = {
            "id": f"brat_{txt.stem}_{tag}", "kind": kind, "start": start, "end": end, "quote": quote,
            "prefix": text[max(0, start - CONTEXT_CHARS) : start] if found_here else "",
            "suffix": text[end : end + CONTEXT_CHARS] if found_here else "", "entity_id": None,
            "attributes": _default_attributes(kind), "status": "accepted", "annotator": annotator,
            "created": stamp, "modified": stamp,
        }  # fmt: skip
    for line in lines:
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        head = parts[1].split()
        if line.startswith("#") and len(head) == 2 and head[1] in spans and len(parts) > 2:
            record = spans[head[1]]
            note = parts[2]
            if note.startswith("fieldmark:"):
                ident, *rest = note[len("fieldmark:") :].split()
                record["id"] = ident
                if rest and rest[0] in ("accepted", "suggested"):
                    record["status"] = rest[0]
                if len(rest) >= 3 and rest[1] == "by":
                    record["annotator"] = " ".join(rest[2:])
            elif note.startswith("cue: ") and record["kind"] == "claim":
                record["attributes"]["cue"] = note[5:]
            elif record["kind"] != "claim" or not note.startswith(("corroborates ", "contradicts ")):
                record["attributes"]["note"] = note
        elif line.startswith("A") and len(head) == 3 and head[1] in spans:
            record = spans[head[1]]
            name, value = head[0], head[2]
            if name == "ControlStatus" and record["kind"] == "district":
                record["attributes"]["control_status"] = value
            elif name == "ClaimType" and record["kind"] == "claim":
                record["attributes"]["claim_type"] = value
            elif name == "Certainty" and record["kind"] == "claim":
                record["attributes"]["certainty"] = value
            elif name == "Grade" and record["kind"] == "claim":
                if len(value) != 2 or value[0] not in "ABCDEF" or value[1] not in "123456":
                    raise IngestError(ann, f"grade {value!r} is not an Admiralty grade such as B2")
                record["attributes"]["grade"] = {"reliability": value[0], "credibility": int(value[1])}
        elif line.startswith("N") and len(head) == 3 and head[1] in spans and head[2].startswith("fieldmark:"):
            record = spans[head[1]]
            entity_id = head[2][len("fieldmark:") :]
            record["entity_id"] = entity_id
            name = parts[2] if len(parts) > 2 else record["quote"]
            entity_kind = ENTITY_KIND_OF.get(record["kind"], "actor")  # an N line on a claim: an actor, as before
            entities.setdefault(entity_id, entity_record(entity_id, entity_kind, name))
    article_id = text_sha256(text)[:16]
    for tag, record in spans.items():  # another tool's places and actors: named by their words alone
        if record["entity_id"] is None and record["kind"] != "claim" and record["id"].startswith("brat_"):
            (named or NamedByWords()).name(record, words[tag], article_id, entities)
    for line in lines:
        parts = line.split("\t")
        if not line.startswith("R") or len(parts) < 2:
            continue
        relation, *args = parts[1].split()
        arg = dict(a.split(":", 1) for a in args if ":" in a)
        claim, other = spans.get(arg.get("Arg1", "")), spans.get(arg.get("Arg2", ""))
        if claim is None or other is None or claim["kind"] != "claim":
            continue
        if relation == "Claimant":
            claim["attributes"]["claimant_annotation_id"] = other["id"]
            claim["attributes"]["claimant_entity_id"] = other["entity_id"]
        elif relation in ("Corroborates", "Contradicts"):
            claim["attributes"]["links"].append(
                {"type": relation.lower(), "article_id": "", "annotation_id": other["id"]}
            )
    for record in spans.values():
        for link in record["attributes"].get("links", []) if record["kind"] == "claim" else []:
            link["article_id"] = article_id
    article = {
        "id": article_id, "title": _title(txt.stem, article_id, text), "source": str(txt.resolve()), "published": None,
        "text": text, "sha256": text_sha256(text), "status": "in_progress" if spans else "todo",
        "metadata": {"format": "brat", "file": ann.name}, "annotations": list(spans.values()),
    }  # fmt: skip
    return article, list(entities.values())


_STRAIGHT = str.maketrans("‘’“”", "''\"\"")


class _Alike:
    """A text as `_alike` compares it, made once per pair, when first asked."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._alike: str | None = None

    def holds(self, words: str) -> bool:
        if self._alike is None:
            self._alike = _alike(self.text)
        return _alike(words) in self._alike


def _quote(text: str, start: int, end: int, shown: str, whole: _Alike) -> str | None:
    """The words a T line tags: those at its offsets, unless the words it shows differ (offsets
    another tool counted otherwise, as with a file's CRLF line breaks: a reviewer's pair came in
    with "amenda " tagged as Bamenda); None for a span outside the text (a pair of mismatched
    files: its words found elsewhere would be found by chance)."""
    shown = shown.rstrip("\r\n")
    if not 0 <= start < end <= len(text):
        return None
    if not shown.strip() or _alike(shown) == _alike(text[start:end]) or not whole.holds(shown):
        return text[start:end]  # Fieldmark's own export shows a span's tabs and line breaks as spaces; words
    return shown  # the text does not hold leave the offsets to say (helper-355: a curly apostrophe shown straight)


def _alike(words: str) -> str:
    """Words as compared: spaces of any kind and length one, quotes and apostrophes straight."""
    return " ".join(words.translate(_STRAIGHT).split())


_ARTICLE_FIELDS: dict[str, type | tuple[type, ...]] = {
    "title": str,
    "source": (str, type(None)),
    "published": (str, type(None)),
    "status": str,
    "metadata": dict,
    "rejected_suggestions": list,
}
"""The article fields a manifest may give, with the types they must have to be taken."""


def _manifest(folder: Path) -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]]]:
    """What Fieldmark's brat export wrote beside the pairs (`brat_write.MANIFEST`): each article's
    fields by file name, and the entities by id; nothing from a folder without one, or with one
    that does not read as such (the pairs alone come back, as from brat)."""
    path = folder / "fieldmark.json"
    try:
        manifest = orjson.loads(path.read_bytes()) if path.is_file() else {}
    except (OSError, orjson.JSONDecodeError):
        return {}, {}
    if not isinstance(manifest, dict) or manifest.get("format") != "fieldmark-brat-manifest":
        return {}, {}
    articles, entities = manifest.get("articles"), manifest.get("entities")
    if not isinstance(articles, dict) or not isinstance(entities, list):
        return {}, {}
    described = {
        stem: {
            key: value
            for key, value in fields.items()
            if key in _ARTICLE_FIELDS and isinstance(value, _ARTICLE_FIELDS[key])
        }
        for stem, fields in articles.items()
        if isinstance(stem, str) and isinstance(fields, dict)
    }
    known = {e["id"]: e for e in entities if isinstance(e, dict) and isinstance(e.get("id"), str)}
    return described, known


def pairs_listed(folder: Path) -> set[str]:
    """The names (without suffix) of the pairs the folder's manifest lists: those an earlier
    Fieldmark brat export wrote there."""
    return set(_manifest(folder)[0])


def earlier_manifest(folder: Path) -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]]]:
    """What an earlier export to the folder described: each pair's article fields by name, and the
    entities by id (empty for a folder without a manifest)."""
    return _manifest(folder)


TITLE_CHARS = 120
"""A title taken from the text's first line is cut to this, as the plain-text importer cuts it."""


def _title(stem: str, article_id: str, text: str) -> str:
    """The file's name, unless it is only the article's id (brat keeps no title, and Fieldmark
    names the pairs it exports by id): then the text's first line, as a plain-text file's."""
    first = normalize_line(text.lstrip().split("\n", 1)[0])[:TITLE_CHARS]
    return first if stem == article_id and first else stem


def read_brat_folder(
    folder: Path, annotator: str = "brat", *, max_bytes: int = DEFAULT_MAX_BYTES, stored: Iterable[Entity] = ()
) -> dict[str, Any]:
    """Every .ann with its .txt under `folder`, as one export document (checked by the importer
    before anything is stored); places and actors another tool names by their words alone are
    the `stored` entities of those names, else new ones (`brat_names`)."""
    named = NamedByWords(stored)
    articles = []
    entities: dict[str, dict[str, Any]] = {}
    described, known = _manifest(folder)
    for ann in sorted(folder.rglob("*.ann")):
        txt = ann.with_suffix(".txt")
        if not txt.exists():
            raise IngestError(ann, "no .txt beside this .ann")
        article, found = read_brat_pair(txt, ann, annotator, max_bytes=max_bytes, named=named)
        article.update(described.get(ann.stem, {}))  # Fieldmark's own export: its title, date, rejections
        articles.append(article)
        for entity in found:
            entities.setdefault(entity["id"], entity)
    if not articles:
        raise IngestError(folder, "no brat .ann files here")
    entities.update(known)  # the entities' details the manifest kept
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": "",
        "articles": articles,
        "entities": list(entities.values()),
    }
