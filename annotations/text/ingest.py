"""Turning files into articles: txt, md, html, json and jsonl, one file or whole folders.

Each reader returns articles with normalised text (see `normalize`). A file that cannot be
read is refused with an `IngestError` naming the file and the reason; the other files of
the batch still come through, so one bad file never costs the rest.
"""

from __future__ import annotations

import html.parser
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from annotations.errors import IngestError
from annotations.model import Article
from annotations.text.limits import DEFAULT_MAX_BYTES
from annotations.text.metadata import PageMetadata, front_matter, published_date
from annotations.text.normalize import normalize_line, normalize_text

TEXT_SUFFIXES = (".txt", ".text")
MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
JSON_SUFFIXES = (".json",)
JSONL_SUFFIXES = (".jsonl", ".ndjson")
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + MARKDOWN_SUFFIXES + HTML_SUFFIXES + JSON_SUFFIXES + JSONL_SUFFIXES

TEXT_KEYS = ("text", "body", "content")
SOURCE_KEYS = ("url", "source", "link")
DATE_KEYS = ("date", "published", "published_at", "datePublished", "pubdate")


@dataclass
class FileResult:
    """What one file gave: its articles and the refusals (whole file or single items)."""

    path: Path
    articles: list[Article] = field(default_factory=list)
    errors: list[IngestError] = field(default_factory=list)


def find_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Every file named, and every supported or unknown file under named folders, sorted.

    Hidden files and folders (names starting with a dot) inside folders are skipped.
    A path that does not exist is yielded as is, so reading it reports the problem.
    """
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                relative = child.relative_to(path)
                if any(part.startswith(".") for part in relative.parts):
                    continue
                if child.is_file():
                    yield child
        else:
            yield path


def read_path(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> FileResult:
    """Read one file into articles; never raises for bad content, reports it instead."""
    result = FileResult(path)
    try:
        if not path.exists():
            raise IngestError(path, "no such file or folder")
        reader = _reader_for(path)
        text = _decode(path, _read_bytes(path, max_bytes))
        for item in reader(path, text):
            if isinstance(item, IngestError):
                result.errors.append(item)
            else:
                result.articles.append(item)
    except IngestError as error:
        result.errors.append(error)
    return result


def read_paths(
    paths: Iterable[Path],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_file: Callable[[Path], None] | None = None,
) -> Iterator[FileResult]:
    """Read every file of `paths` (folders recursively), one result per file."""
    for path in find_files(paths):
        if on_file is not None:
            on_file(path)
        yield read_path(path, max_bytes=max_bytes)


# --- bytes to text -----------------------------------------------------------------------


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise IngestError(path, f"file is {_megabytes(size)}, over the {_megabytes(max_bytes)} limit")
        with path.open("rb") as handle:
            raw = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise IngestError(path, "no such file or folder") from None
    except IsADirectoryError:
        raise IngestError(path, "is a folder") from None
    except PermissionError:
        raise IngestError(path, "permission denied") from None
    except OSError as error:
        raise IngestError(path, f"cannot read ({error.strerror or error})") from None
    if len(raw) > max_bytes:
        raise IngestError(path, f"file is over the {_megabytes(max_bytes)} limit")
    return raw


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB" if size >= 1024 * 1024 else f"{size:,} bytes"


def _decode(path: Path, raw: bytes) -> str:
    if b"\x00" in raw:
        raise IngestError(path, "binary file (contains NUL bytes), not an article")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        bad = raw[error.start : error.start + 1].hex()
        raise IngestError(path, f"not valid UTF-8 (byte 0x{bad} at offset {error.start})") from None


Reader = Callable[[Path, str], Iterable["Article | IngestError"]]


def _reader_for(path: Path) -> Reader:
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return _read_txt
    if suffix in MARKDOWN_SUFFIXES:
        return _read_markdown
    if suffix in HTML_SUFFIXES:
        return _read_html
    if suffix in JSON_SUFFIXES:
        return _read_json
    if suffix in JSONL_SUFFIXES:
        return _read_jsonl
    known = ", ".join(SUPPORTED_SUFFIXES)
    raise IngestError(path, f"unsupported file type {suffix or '(none)'!r}; expected {known}")


def _article(path: Path, title: str, body: str, **extra: Any) -> Article:
    """Normalise and build one article, refusing it when no text is left."""
    text = normalize_text(body)
    if not text.strip():
        raise IngestError(path, "empty article: no text to annotate")
    title = normalize_line(title) or normalize_line(text.split("\n", 1)[0])[:120]
    source = extra.pop("source", None) or str(path.resolve())
    metadata = {"file": str(path.resolve()), **extra.pop("metadata", {})}
    return Article.create(title, text, source=source, metadata=metadata, **extra)


# --- plain text and markdown --------------------------------------------------------------


def _split_title(text: str) -> tuple[str, str]:
    """First non-empty line and the rest."""
    lines = text.lstrip("\ufeff").splitlines()
    for index, line in enumerate(lines):
        if line.strip():
            return line, "\n".join(lines[index + 1 :])
    return "", ""


def _read_txt(path: Path, text: str) -> Iterator[Article]:
    title, body = _split_title(text)
    if not body.strip() and _PROSE.search(title):
        title, body = "", title  # one paragraph and no title line: the text, titled by its first words
    elif (
        (dateline := _DATELINE.match(title) or _WIRE_OPENING.match(title))
        and body.strip()
        and _A_SENTENCE.search(title, dateline.end())
    ):  # wire copy pasted with no headline: its dateline
        # opens the text, titled by its first sentence (helper-278's first paragraphs were titles, not annotated, and
        # the articles had no date); not a headline with a date ("Flash Update No. 4, 5 May 2025 - Eastern DRC")
        title, body = _FIRST_SENTENCE.match(title, dateline.end()).group().strip(), text.strip("\n")  # type: ignore[union-attr]
    if not body.strip():
        raise IngestError(path, "empty article: no text after the title line")
    yield _article(path, title, body, metadata={"format": "txt"}, published=dateline_date(body))


_A_SENTENCE = re.compile(r"[a-z][^\n]{20,}[.!?][”\"’']?\s*$|[a-z][.!?][”\"’']?\s+[A-Z“\"]")
"""Words after a dateline that read as prose, not a headline's ("5 May 2025 - Eastern DRC": helper-279)."""
_FIRST_SENTENCE = re.compile(r"\s*[^\n]*?(?:[.!?](?=\s|$)|$)")
_WIRE_OPENING = re.compile(r"\s*[A-Z][A-Z .'’/\-]{1,40}(?:,[^\n()]{1,70})?\s*\([A-Z][^()\n]{1,30}\)\s*[-–—]\s")
"""A wire report's opening with no year ("GOMA, Democratic Republic of Congo, June 9 (Reuters) -", "BAMAKO (AFP) —"):
Reuters' and AP's datelines carry none (helper-363's first paragraph was taken for the title, not annotated)."""
_PROSE = re.compile(r"[.!?][”\"’']?\s+[A-Z“\"]|^.{160,}$")
"""A line that is a paragraph, not a title: two sentences, or long (a newcomer's one-paragraph
article was refused as having "no text after the title line")."""
_DATELINE = re.compile(
    r"\s*[A-Z][\w .'’/\-]{1,40}?(?:,\s*[A-Z][\w .'’\-]{1,40}?)?(?:,|\s+[–—-])\s*(?:[A-Z][a-z]+day,\s+)?"
    r"(?P<date>(?:[A-Z][A-Za-z]{2,8}\.?\s+\d{1,2},?\s+(?:19|20)\d\d)|(?:\d{1,2}\s+[A-Z][A-Za-z]{2,8}\.?,?\s+"
    r"(?:19|20)\d\d)|(?:(?:19|20)\d\d-\d\d-\d\d))\b\s*(?:\([^)\n]{1,40}\)\s*)?(?:[-–—:]|\.(?=\s))"
)
"""A wire report's dateline with its date ("PORT-AU-PRINCE, Haiti, October 9, 2024 (Reuters) -", from
two towns: "GENEVA/KINSHASA, 6 March 2025 (AP) -"), or a release's ("Abéché, Chad – 21 November
2026.", "SARAVENA, Arauca, 26 November 2026.")."""


def dateline_date(body: str) -> str | None:
    """The publication date a plain text's dateline gives, with its year (a newcomer's articles
    showed "no date" though their first line said it); None without a year."""
    dateline = _DATELINE.match(body)  # the date followed by the agency and a dash: no event's date in a sentence
    return published_date(dateline["date"].title()) if dateline else None  # "MARCH 3, 2024"


def _read_markdown(path: Path, text: str) -> Iterator[Article]:
    fields, text = front_matter(text)
    title, body = _split_title(text)
    if fields.get("title") and not title.strip().startswith("#"):
        title, body = fields["title"], text
    stripped = title.strip()
    if stripped.startswith("# "):
        title = stripped[2:].strip().rstrip("#").strip()
    else:
        # A setext heading ("Title" then a line of "=") counts as the title too.
        rest = body.lstrip("\n").split("\n", 1)
        if rest[0].strip() and set(rest[0].strip()) == {"="}:
            body = rest[1] if len(rest) > 1 else ""
    if not body.strip():
        raise IngestError(path, "empty article: no text after the title")
    yield _article(
        path,
        title,
        body,
        source=_first(fields, SOURCE_KEYS),
        published=published_date(_first(fields, DATE_KEYS)) or dateline_date(body),  # as a plain text's (helper-354)
        metadata={"format": "md"},
    )


# --- HTML ---------------------------------------------------------------------------------

_SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "object", "canvas"})
_BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "pre",
        "section",
        "article",
        "main",
        "header",
        "footer",
        "figure",
        "figcaption",
        "table",
        "tr",
        "td",
        "th",
        "dd",
        "dt",
        "dl",
        "address",
        "aside",
        "nav",
        "body",
        "br",
        "hr",
    }
)
_VOID_TAGS = frozenset({"br", "hr", "img", "meta", "link", "input", "source", "wbr"})


class _ArticleHTMLParser(html.parser.HTMLParser):
    """Collects the title (`<h1>`, else `<title>`) and the body's paragraphs."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page_title: list[str] = []
        self.h1: str | None = None
        self.paragraphs: list[str] = []
        self._skip_depth = 0
        self._in_title = False
        self._in_h1 = False
        self._pre_depth = 0
        self._buffer: list[str] = []
        self.page = PageMetadata()
        self._json_ld: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.page.tag(tag, attrs)
        if tag == "script" and dict(attrs).get("type", "") == "application/ld+json":
            self._json_ld = []
        if tag == "title":
            self._in_title = True
            return
        if tag in _SKIPPED_TAGS:
            if tag not in _VOID_TAGS:
                self._skip_depth += 1
            return
        if tag in _BLOCK_TAGS:
            self._flush()
        if tag == "h1" and self.h1 is None:
            self._in_h1 = True
        if tag == "pre":
            self._pre_depth += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.page.tag(tag, attrs)
        if tag in _BLOCK_TAGS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
            return
        if tag == "script" and self._json_ld is not None:
            self.page.json_ld.append("".join(self._json_ld))
            self._json_ld = None
        if tag in _SKIPPED_TAGS:
            self._skip_depth = max(0, self._skip_depth - 1)
            return
        if tag == "h1" and self._in_h1:
            self.h1 = self._joined()
            self._buffer.clear()
            self._in_h1 = False
            return
        if tag == "pre":
            self._pre_depth = max(0, self._pre_depth - 1)
        if tag in _BLOCK_TAGS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._json_ld is not None:
            self._json_ld.append(data)
        if self._in_title:
            self.page_title.append(data)
        elif not self._skip_depth:
            self._buffer.append(data)

    def close(self) -> None:
        super().close()
        self._flush()

    def _joined(self) -> str:
        text = "".join(self._buffer)
        if self._pre_depth:
            return text.strip("\n")
        return " ".join(text.split())

    def _flush(self) -> None:
        text = self._joined()
        self._buffer.clear()
        if text.strip():
            self.paragraphs.append(text)


def _read_html(path: Path, text: str) -> Iterator[Article]:
    parser = _ArticleHTMLParser()
    parser.feed(text)
    parser.close()
    title = parser.h1 or " ".join("".join(parser.page_title).split())
    body = "\n\n".join(parser.paragraphs)
    if not body.strip():
        raise IngestError(path, "empty article: the HTML has no body text")
    page = parser.page
    published = page.published() or dateline_date(body)
    yield _article(path, title, body, source=page.url(), published=published, metadata={"format": "html"})


# --- JSON and JSON Lines ------------------------------------------------------------------


def _parse_json(path: Path, text: str, where: str = "") -> Any:
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError as error:
        raise IngestError(path, f"{where}not valid JSON ({error})") from None


def _first(item: Mapping[str, Any], keys: tuple[str, ...]) -> Any:
    for key in keys:
        value = item.get(key)
        if value not in (None, ""):
            return value
    return None


def _json_article(path: Path, item: Any, where: str) -> Article:
    if not isinstance(item, dict):
        raise IngestError(path, f"{where}expected an object with title and text")
    body = _first(item, TEXT_KEYS)
    if body is None:
        raise IngestError(path, f"{where}no text (looked for {', '.join(TEXT_KEYS)})")
    if not isinstance(body, str):
        raise IngestError(path, f"{where}text must be a string")
    title = item.get("title") or ""
    source = _first(item, SOURCE_KEYS)
    date = _first(item, DATE_KEYS)
    skip = {"title", *TEXT_KEYS, *SOURCE_KEYS, *DATE_KEYS}
    extra = {
        key: value for key, value in item.items() if key not in skip and isinstance(value, (str, int, float, bool))
    }
    try:
        return _article(
            path,
            str(title),
            body,
            source=str(source) if source is not None else None,
            published=published_date(str(date)) if date is not None else None,
            metadata={"format": "json", **extra},
        )
    except IngestError as error:
        raise IngestError(path, f"{where}{error.reason}") from None


def _read_json(path: Path, text: str) -> Iterator[Article | IngestError]:
    data = _parse_json(path, text)
    if isinstance(data, dict) and data.get("type") == "AnnotationCollection":
        raise IngestError(
            path, "a W3C Web Annotation export holds no article text: import the json or jsonl export instead"
        )
    if isinstance(data, dict):
        yield _json_article(path, data, "")
        return
    if not isinstance(data, list):
        raise IngestError(path, "expected a JSON object or a list of objects")
    if not data:
        raise IngestError(path, "empty article list")
    for index, item in enumerate(data, start=1):
        try:
            yield _json_article(path, item, f"item {index}: ")
        except IngestError as error:
            yield error


def _read_jsonl(path: Path, text: str) -> Iterator[Article | IngestError]:
    seen = False
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        seen = True
        try:
            yield _json_article(path, _parse_json(path, line, f"line {number}: "), f"line {number}: ")
        except IngestError as error:
            yield error
    if not seen:
        raise IngestError(path, "empty file: no JSON lines")
