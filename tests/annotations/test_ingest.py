"""Ingest of every format, and a clear refusal for every kind of bad file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotations.model import Annotation
from annotations.store import Store
from annotations.text.ingest import find_files, read_path, read_paths


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def one(path: Path, **kwargs: int):
    result = read_path(path, **kwargs)
    assert not result.errors, result.errors
    assert len(result.articles) == 1
    return result.articles[0]


def refused(path: Path, **kwargs: int) -> str:
    result = read_path(path, **kwargs)
    assert not result.articles
    assert len(result.errors) == 1
    message = str(result.errors[0])
    assert message.startswith(str(path))
    assert "\n" not in message
    return message


def test_txt_first_non_empty_line_is_the_title(tmp_path: Path) -> None:
    article = one(write(tmp_path / "a.txt", "\n\n  Kunduz falls  \n\nThe Taliban took it.\nMore.\n"))
    assert article.title == "Kunduz falls"
    assert article.text == "The Taliban took it.\nMore."
    assert article.source == str((tmp_path / "a.txt").resolve())
    assert article.metadata["format"] == "txt"


def test_a_txt_of_one_paragraph_and_no_title_line_is_the_article_titled_by_it(tmp_path: Path) -> None:
    """Found by a newcomer: a one-paragraph article was refused as having "no text after the title
    line". A paragraph (two sentences, or a long line) is the text; a short line alone still is no
    article."""
    paragraph = "KABUL, Dec 1 - Fighters attacked a checkpoint in Kunduz. Two soldiers were killed, officials said."
    article = one(write(tmp_path / "a.txt", paragraph + "\n"))
    assert article.text == paragraph and article.title.startswith("KABUL, Dec 1")
    assert "no text after the title line" in refused(write(tmp_path / "b.txt", "Kunduz falls\n"))


def test_wire_copy_pasted_with_no_headline_keeps_its_first_paragraph_and_date(tmp_path: Path) -> None:
    """helper-278: an article opening with its dateline paragraph had that paragraph as its title (no
    suggestion, no tag there) and no date."""
    first = "PORT-AU-PRINCE, Haiti, April 2, 2025 (Reuters) - Gang members attacked Kenscoff on Monday. Police said 14 died."
    article = one(write(tmp_path / "a.txt", f"{first}\n\nThe UN said more than 1,000 people fled.\n"))
    assert article.text.startswith(first) and article.text.endswith("fled.")
    assert article.title == "Gang members attacked Kenscoff on Monday."
    assert article.published == "2025-04-02"
    titled = one(write(tmp_path / "b.txt", f"Gangs attack Kenscoff\n\n{first}\n"))
    assert titled.title == "Gangs attack Kenscoff" and titled.text == first


@pytest.mark.parametrize(
    "opening",
    ["GOMA, Democratic Republic of Congo, June 9 (Reuters) - ", "BAMAKO (AFP) — ", "KYIV, Ukraine (AP) - "],
)
def test_wire_copy_whose_dateline_has_no_year_keeps_its_first_paragraph(tmp_path: Path, opening: str) -> None:
    """helper-363: Reuters' and AP's datelines carry no year, and the first paragraph was the title again."""
    first = f"{opening}M23 rebels seized the town of Rubaya on Sunday after two days of fighting, officials said."
    article = one(write(tmp_path / "a.txt", f"{first}\n\nAt least 27 civilians were killed, an administrator said.\n"))
    assert article.text.startswith(first)
    assert article.title.startswith("M23 rebels seized the town of Rubaya")
    headline = one(write(tmp_path / "b.txt", "BAMAKO (AFP) - Mali junta extends transition\n\nThe junta said so.\n"))
    assert headline.title == "BAMAKO (AFP) - Mali junta extends transition"  # a headline: no sentence after it


def test_txt_with_crlf_and_bom_matches_the_plain_file(tmp_path: Path) -> None:
    plain = one(write(tmp_path / "plain.txt", "Title\nLine one.\n\nLine two.\n"))
    windows = one(write(tmp_path / "win.txt", "\ufeffTitle\r\nLine one.  \r\n\r\nLine two.\r\n".encode()))
    assert windows.text == plain.text
    assert windows.id == plain.id


def test_markdown_heading_is_the_title(tmp_path: Path) -> None:
    article = one(write(tmp_path / "a.md", "# Herat under siege #\n\nFighting *continued* in Herat.\n"))
    assert article.title == "Herat under siege"
    assert article.text == "Fighting *continued* in Herat."
    setext = one(write(tmp_path / "b.md", "Herat\n=====\n\nBody text here.\n"))
    assert setext.title == "Herat"
    assert setext.text == "Body text here."


def test_html_title_paragraphs_entities_and_no_scripts(tmp_path: Path) -> None:
    page = """<!doctype html><html><head><title>Page title</title>
    <style>p { color: red }</style><script>alert("x")</script></head>
    <body><nav>Home</nav><h1>Taliban &amp; the north</h1>
    <p>First   paragraph with
    <b>bold</b> text &mdash; and &#8220;quotes&#8221;.</p>
    <script>var hidden = "never shown";</script>
    <p>Second<br>line</p><ul><li>item one</li><li>item two</li></ul></body></html>"""
    article = one(write(tmp_path / "a.html", page))
    assert article.title == "Taliban & the north"
    assert "First paragraph with bold text — and “quotes”." in article.text
    assert "hidden" not in article.text and "alert" not in article.text and "color" not in article.text
    assert "Second\n\nline" in article.text
    assert "item one\n\nitem two" in article.text


def test_html_without_h1_uses_the_title_element(tmp_path: Path) -> None:
    article = one(write(tmp_path / "a.htm", "<title>From title</title><p>Body.</p>"))
    assert article.title == "From title"


def test_broken_html_still_gives_its_text(tmp_path: Path) -> None:
    article = one(write(tmp_path / "a.html", "<p>Open <b>bold <i>never closed<p>next <div>deep"))
    assert "Open bold never closed" in article.text and "deep" in article.text


def test_json_object_and_list(tmp_path: Path) -> None:
    obj = {
        "title": "A",
        "body": "Text A.",
        "url": "https://news.test/a",
        "date": "2021-06-21",
        "author": "X",
    }
    article = one(write(tmp_path / "a.json", json.dumps(obj)))
    assert (article.title, article.text, article.source, article.published) == (
        "A",
        "Text A.",
        "https://news.test/a",
        "2021-06-21",
    )
    assert article.metadata["author"] == "X"
    items = [
        {"title": "B", "content": "Text B."},
        {"title": "C"},
        {"title": "D", "text": "Text D."},
        5,
    ]
    result = read_path(write(tmp_path / "list.json", json.dumps(items)))
    assert [a.title for a in result.articles] == ["B", "D"]
    assert [e.reason for e in result.errors] == [
        "item 2: no text (looked for text, body, content)",
        "item 4: expected an object with title and text",
    ]


def test_jsonl_reports_bad_lines_and_keeps_good_ones(tmp_path: Path) -> None:
    lines = '{"title": "A", "text": "Text A."}\n\nnot json\n{"title": "B", "text": "Text B."}\n'
    result = read_path(write(tmp_path / "a.jsonl", lines))
    assert [a.title for a in result.articles] == ["A", "B"]
    assert len(result.errors) == 1 and result.errors[0].reason.startswith("line 3: not valid JSON")


def test_missing_title_falls_back_to_the_first_line(tmp_path: Path) -> None:
    article = one(write(tmp_path / "a.json", '{"text": "First line here.\\nSecond."}'))
    assert article.title == "First line here."


@pytest.mark.parametrize(
    "name,data,reason",
    [
        ("bin.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        (
            "latin1.txt",
            "Title\nCaf\u00e9".encode("latin-1"),
            "not valid UTF-8 (byte 0xe9 at offset 9)",
        ),
        ("empty.txt", b"", "empty article"),
        ("blank.txt", b"  \n\n \t\n", "empty article"),
        ("title-only.txt", b"Only a title\n", "empty article"),
        ("control-only.txt", b"Title\n\x1b\x1b\x07\n", "empty article"),
        ("bad.json", b"{not json", "not valid JSON"),
        ("scalar.json", b"42", "expected a JSON object or a list"),
        ("empty.html", b"<html><script>x()</script></html>", "empty article"),
        ("image.png", b"\x89PNG", "unsupported file type '.png'"),
    ],
)
def test_bad_files_are_refused_with_one_clear_line(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    assert reason in refused(write(tmp_path / name, data))


def test_size_limit_is_configurable(tmp_path: Path) -> None:
    path = write(tmp_path / "big.txt", "Title\n" + "word " * 3000)
    assert "over the" in refused(path, max_bytes=10_000)
    assert one(path, max_bytes=20_000).title == "Title"


def test_missing_file_is_refused(tmp_path: Path) -> None:
    assert "no such file" in refused(tmp_path / "nope.txt")


def test_folders_are_read_recursively_skipping_hidden_files(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", "B\nText b.")
    write(tmp_path / "sub" / "deeper" / "a.md", "# A\nText a.")
    write(tmp_path / ".hidden" / "c.txt", "C\nText c.")
    write(tmp_path / ".DS_Store", b"\x00\x01")
    assert [p.name for p in find_files([tmp_path])] == ["b.txt", "a.md"]
    titles = [a.title for r in read_paths([tmp_path]) for a in r.articles]
    assert titles == ["B", "A"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    body=st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=300),
    data=st.data(),
)
def test_offsets_of_any_substring_survive_save_and_reload(
    tmp_path_factory: pytest.TempPathFactory, body: str, data: st.DataObject
) -> None:
    folder = tmp_path_factory.mktemp("prop")
    path = folder / "a.txt"
    path.write_bytes(("Title\n" + body).encode("utf-8"))
    result = read_path(path)
    if not result.articles:
        reason = result.errors[0].reason
        assert reason.startswith(("empty article", "binary file")), reason
        return
    article = result.articles[0]
    start = data.draw(st.integers(0, len(article.text) - 1))
    end = data.draw(st.integers(start + 1, len(article.text)))
    annotation = Annotation.create(article, "actor", start, end)
    with Store.open(folder / "db") as store:
        store.add_article(article)
        store.add_annotation(annotation)
    with Store.open(folder / "db", readonly=True) as store:
        again = store.article(article.id)
        (stored,) = store.annotations(article.id)
        assert again.text == article.text
        assert again.text[stored.start : stored.end] == annotation.quote
        assert again.text.splitlines()[:1] == article.text.splitlines()[:1]


@pytest.mark.parametrize(
    ("dateline", "published"),
    [
        ("PORT-AU-PRINCE, Haiti, October 9, 2024 (Reuters) - Gangs attacked Solino.", "2024-10-09"),
        ("SITTWE, Myanmar, 14 November 2024 (AFP) - Jets struck Thayet Taung.", "2024-11-14"),
        ("QUETTA, Pakistan, March 3 (Reuters) - Militants stormed a post.", None),  # no year: no date
        ("The army said on March 3, 2024 that it held Turbat.", None),  # no dateline
        # a review's: a weekday, capitals, an ISO date; a sentence that opens in capitals is none
        ("MAIDUGURI, Nigeria, Monday, March 3, 2024 (Reuters) - Gunmen attacked.", "2024-03-03"),
        ("MAIDUGURI, Nigeria, MARCH 3, 2024 (Reuters) - Gunmen attacked.", "2024-03-03"),
        ("MAIDUGURI, Nigeria, 2024-03-03 (Reuters) - Gunmen attacked.", "2024-03-03"),
        ("IN KANAM, Borno, January 5, 2019, gunmen killed 12 people, police said this week.", None),
        # a newcomer's: a release's dateline in mixed case with a dash, and one that ends in a full stop
        ("Abéché, Chad – 21 November 2026. Joint statement by two agencies.", "2026-11-21"),
        ("SARAVENA, Arauca, 26 November 2026. Translated from the Spanish.", "2026-11-26"),
        ("The talks, held on 3 March 2024. Nothing came of them.", None),
    ],
)
def test_a_plain_texts_dateline_with_a_year_is_its_date(tmp_path: Path, dateline: str, published: str | None) -> None:
    """A newcomer's wire reports showed "no date" though their datelines said it."""
    path = tmp_path / "wire.txt"
    path.write_text(f"Gangs kill dozens\n\n{dateline}\n", encoding="utf-8")
    (article,) = read_path(path).articles
    assert article.published == published


def test_a_headline_with_a_date_stays_the_title(tmp_path: Path) -> None:
    """helper-279: "Flash Update No. 4, 5 May 2025 - Eastern DRC" was read as a dateline and moved into the text."""
    article = one(
        write(tmp_path / "a.txt", "Flash Update No. 4, 5 May 2025 - Eastern DRC\n\nFighting went on in Masisi.\n")
    )
    assert (
        article.title == "Flash Update No. 4, 5 May 2025 - Eastern DRC"
        and article.text == "Fighting went on in Masisi."
    )
