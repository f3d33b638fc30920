"""Hostile input: a corpus of nasty files made here, and generated ones (hypothesis), through
ingest, import, the store and the app's screen. Each is refused in one clear line or stored and
shown literally; none crashes, hangs, or reaches the terminal as a control sequence."""

from __future__ import annotations

import html
import json
import re
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotations.errors import FieldmarkError
from annotations.exchange.imports import import_file
from annotations.model import Annotation, Article
from annotations.settings import Settings
from annotations.store import Store
from annotations.text.ingest import read_path
from annotations.text.normalize import BIDI_CONTROLS
from tui.widgets.article_view import ArticleView

CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")

NASTY_TEXTS = {
    "markup.txt": "Markup\n[@click=app.quit]quit[/] [bold red]loud[/] [link=http://x.test]l[/link] $x ${y}",
    "ansi.txt": "ANSI\n\x1b[2J\x1b[31mred\x1b[0m \x1b]0;new title\x07 \x1b]8;;http://evil.test\x1b\\link\x1b]8;;\x1b\\ \x9b31m",
    "bidi.txt": "Bidi\nabc \u202eevil\u202c def \u2066iso\u2069 \u200fmark",
    "zero-width.txt": "Zero width\nKun\u200bduz, Ima\u200dm Sahib\ufeff and \u2060joined",
    "combining.txt": "Combining\nZ" + "\u0336\u0337\u0338" * 30 + "algo in Kunduz e\u0301 versus \u00e9",
    "rtl.txt": "طالبان\nطالبان ولسوالی امام صاحب را در ولایت کندز تصرف کردند. طالبانو د کندز ولایت امام صاحب ولسوالۍ ونیوه.",
    "wide.txt": "Wide\n🇦🇫 塔利班 占领了 昆都士 👩‍👩‍👧 then Kunduz fell. ＡＢＣ full width.",
    "crlf.txt": "Line breaks\r\nKunduz\rfell\x0cpage\x85next\u2028line\u2029para",
}


def nasty_files(folder: Path) -> dict[str, Path]:
    """The corpus: made by the test, never shipped."""
    folder.mkdir(parents=True, exist_ok=True)
    files = {}
    for name, text in NASTY_TEXTS.items():
        path = folder / name
        path.write_text(text, encoding="utf-8", newline="")
        files[name] = path
    raw = {
        "invalid-utf8.txt": b"Title\n\xff\xfe\xfa not utf-8 \xc3\x28",
        "nul.txt": b"Title\nbefore\x00\x00after",
        "binary.txt": bytes(range(256)) * 4,
        "deep.json": b"[" * 100_000 + b"]" * 100_000,
        "deep-object.json": b'{"a":' * 50_000 + b"1" + b"}" * 50_000,
        "surrogate.json": b'{"title": "t", "text": "lone \\ud800 surrogate"}',
        "evil.html": (
            b"<html><head><title>Evil</title><script>alert(1)</script><style>p{}</style></head><body>"
            b"<h1>Evil<h1><p onclick='x()'>Kunduz <b>fell<i> unclosed<p>next <a href='javascript:x'>link</a>"
            b"<!-- comment --><scr<script>ipt>bad()</script>ipt> &lt;b&gt; &#x1b;[31m &bogus; </body"
        ),
        "empty.txt": b"",
        "only-spaces.txt": b"   \n\n  \t\n",
    }
    for name, data in raw.items():
        path = folder / name
        path.write_bytes(data)
        files[name] = path
    return files


def test_every_nasty_file_is_refused_clearly_or_stored_literally(tmp_path: Path) -> None:
    files = nasty_files(tmp_path / "nasty")
    stored: list[Article] = []
    for name, path in files.items():
        started = time.monotonic()
        result = read_path(path)
        assert time.monotonic() - started < 10, f"{name} took too long"
        for error in result.errors:
            message = str(error)
            assert message.startswith(str(path)) and "\n" not in message, message
        assert result.errors or result.articles, f"{name}: neither stored nor refused"
        for article in result.articles:
            assert not CONTROL.search(article.text.replace("\n", "").replace("\t", "")), name
            assert not CONTROL.search(article.title), name
            assert not set(article.text) & BIDI_CONTROLS, name
            assert "\r" not in article.text and "\u2028" not in article.text
            stored.append(article)
    refused = {name for name, path in files.items() if read_path(path).errors}
    assert {"invalid-utf8.txt", "binary.txt", "deep.json", "surrogate.json", "empty.txt"} <= refused
    evil = next(a for a in stored if a.title == "Evil")
    assert "alert" not in evil.text and "p{}" not in evil.text and "\x1b" not in evil.text
    assert "ipt>bad()ipt>" in evil.text  # a mangled tag is text (as a browser shows it), never run
    assert "<b>" in evil.text  # an escaped tag is text, shown as written
    markup = next(a for a in stored if a.title == "Markup")
    assert "[@click=app.quit]quit[/]" in markup.text


def test_huge_inputs_are_refused_fast_or_handled(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.write(b"Big\n")
        handle.write((b"Kunduz fell again. " * 1000 + b"\n") * 2700)  # about 50 MB
    started = time.monotonic()
    result = read_path(big)
    assert time.monotonic() - started < 5 and result.errors and "MB" in str(result.errors[0])
    lines = tmp_path / "lines.txt"
    lines.write_bytes(b"Lines\n" + b"x\n" * 1_000_000)
    started = time.monotonic()
    (article,) = read_path(lines).articles
    assert article.text.count("\n") >= 999_000 and time.monotonic() - started < 20
    with Store.open(tmp_path / "db") as store:
        store.add_article(article)
        store.add_annotation(Annotation.create(article, "district", len(article.text) - 1, len(article.text)))
    with Store.open(tmp_path / "db", readonly=True) as store:
        assert store.annotations(article.id)[0].end == len(article.text)


def test_offsets_stay_right_through_wide_rtl_and_combining_text(tmp_path: Path) -> None:
    files = nasty_files(tmp_path / "nasty")
    with Store.open(tmp_path / "db") as store:
        for name in ("rtl.txt", "wide.txt", "combining.txt", "zero-width.txt"):
            (article,) = read_path(files[name]).articles
            store.add_article(article)
            for needle in ("Kunduz", "امام صاحب", "昆都士", "Sahib"):
                start = article.text.find(needle)
                if start >= 0:
                    store.add_annotation(Annotation.create(article, "district", start, start + len(needle)))
    with Store.open(tmp_path / "db", readonly=True) as store:
        for summary in store.articles():
            text = store.article(summary.id).text
            for annotation in store.annotations(summary.id):
                assert text[annotation.start : annotation.end] == annotation.quote


def _svg_text(svg: str) -> str:
    return html.unescape(" ".join(re.findall(r"<text[^>]*>(.*?)</text>", svg)))


async def test_the_app_shows_nasty_articles_literally_and_highlights_align(tmp_path: Path) -> None:
    from tui.app import FieldmarkApp

    files = nasty_files(tmp_path / "nasty")
    with Store.open(tmp_path / "db") as store:
        for path in files.values():
            for article in read_path(path).articles:
                store.add_article(article)
                start = article.text.find("Kunduz")
                if start >= 0:
                    store.add_annotation(Annotation.create(article, "district", start, start + 6))
        app = FieldmarkApp(store, Settings(db=store.location, annotator="t", suggestions=False))
        async with app.run_test(size=(100, 30)) as pilot:
            for _ in store.articles():
                await pilot.pause()
                svg = app.export_screenshot()
                shown = _svg_text(svg)
                assert not CONTROL.search(shown.replace("\n", "")), "a control character reached the screen"
                reader = app.screen.query_one(ArticleView)
                for annotation in reader._annotations:  # the highlight covers exactly the quote
                    row, column = reader.location_of(annotation.start)
                    line = reader.get_line(row)
                    styled = [(s.start, s.end) for s in line.spans]
                    assert (column, column + len(annotation.quote)) in styled
                    assert line.plain[column : column + len(annotation.quote)] == annotation.quote
                await pilot.press("full_stop")
            assert app.is_running  # nothing quit the app ([@click=app.quit] stayed text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=2000), st.sampled_from([".txt", ".md", ".html", ".json", ".jsonl"]))
def test_fuzzed_bytes_are_refused_or_stored_clean(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    result = read_path(path)
    for error in result.errors:
        assert "\n" not in str(error)
    for article in result.articles:
        assert article.text.strip() and not CONTROL.search(article.text.replace("\n", "").replace("\t", ""))


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=30,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(json_values, st.booleans())
def test_fuzzed_exports_are_refused_in_one_line_and_store_nothing(tmp_path: Path, junk: object, wrap: bool) -> None:
    document = (
        {"format": "fieldmark", "version": 1, "exported_at": "", "articles": [junk], "entities": []} if wrap else junk
    )
    path = tmp_path / "export.json"
    path.write_text(json.dumps(document))
    db = tmp_path / "fuzzdb"
    with Store.open(db) as store:
        try:
            import_file(store, path)
        except FieldmarkError as error:
            assert "\n" not in str(error)
            assert store.articles() == []
    import shutil

    shutil.rmtree(db)


@pytest.mark.parametrize(
    "payload", ["[" * 5000 + "]" * 5000, '{"format": "fieldmark", "articles": [' + "[" * 3000 + "]" * 3000 + "]}"]
)
def test_deeply_nested_exports_are_refused(tmp_path: Path, payload: str) -> None:
    path = tmp_path / "deep.json"
    path.write_text(payload)
    with Store.open(tmp_path / "db") as store:
        with pytest.raises(FieldmarkError):
            import_file(store, path)
        assert store.articles() == []
