"""Publication date and URL read at import from each kind of file, and given for plain text."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from annotations.cli import run
from annotations.text.ingest import read_path
from annotations.text.metadata import published_date

BODY = "<p>Rebels entered the town of Kindu on Monday, officials said.</p>"


def one(path: Path, content: str):
    path.write_text(content, encoding="utf-8")
    result = read_path(path)
    assert not result.errors, result.errors
    (article,) = result.articles
    return article


def test_html_meta_published_time_and_canonical_link(tmp_path: Path) -> None:
    page = (
        '<html><head><meta property="article:published_time" content="2021-06-22T09:30:00+04:30">'
        '<link rel="canonical" href="https://example.org/kindu"><title>Kindu</title></head>'
        f"<body><h1>Kindu falls</h1>{BODY}</body></html>"
    )
    article = one(tmp_path / "a.html", page)
    assert (article.published, article.source) == ("2021-06-22", "https://example.org/kindu")


def test_html_json_ld_date_published_in_a_graph_and_og_url(tmp_path: Path) -> None:
    ld = {
        "@context": "https://schema.org",
        "@graph": [{"@type": "WebPage"}, {"@type": "NewsArticle", "datePublished": "2023-12-30"}],
    }
    page = (
        f'<html><head><script type="application/ld+json">{json.dumps(ld)}</script>'
        '<meta property="og:url" content="https://example.org/og"></head>'
        f"<body><h1>Kindu</h1>{BODY}</body></html>"
    )
    article = one(tmp_path / "b.html", page)
    assert (article.published, article.source) == ("2023-12-30", "https://example.org/og")
    assert "datePublished" not in article.text  # the script is not text


def test_html_time_element(tmp_path: Path) -> None:
    page = f'<html><body><h1>Kindu</h1><p>By staff, <time datetime="2022-03-01T10:00Z">1 March</time></p>{BODY}</body></html>'
    assert one(tmp_path / "c.html", page).published == "2022-03-01"


def test_markdown_front_matter(tmp_path: Path) -> None:
    text = '---\ntitle: "Kindu falls"\ndate: 2021-06-22\nurl: https://example.org/md\n---\n\nRebels entered Kindu on Monday.\n'
    article = one(tmp_path / "d.md", text)
    assert (article.title, article.published, article.source) == ("Kindu falls", "2021-06-22", "https://example.org/md")
    assert "---" not in article.text


def test_json_fields_are_read_in_their_usual_spellings(tmp_path: Path) -> None:
    item = {
        "title": "Kindu",
        "text": "Rebels entered Kindu on Monday.",
        "datePublished": "June 22, 2021",
        "url": "https://e.org/j",
    }
    article = one(tmp_path / "e.json", json.dumps(item))
    assert (article.published, article.source) == ("2021-06-22", "https://e.org/j")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2021-06-22T09:30:00Z", "2021-06-22"),
        ("2021-06-22", "2021-06-22"),
        ("22 June 2021", "2021-06-22"),
        ("Tuesday, June 22, 2021 9:30 AM", "2021-06-22"),
        ("June 22", None),  # no year: cannot be placed
        ("yesterday", None),
        ("", None),
    ],
)
def test_published_dates_are_iso_dates(value: str, expected: str | None) -> None:
    assert published_date(value) == expected


def test_plain_text_gets_the_date_and_url_given_at_import_and_list_shows_it(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Kindu falls\n\nRebels entered Kindu on Monday.\n", encoding="utf-8")
    db = str(tmp_path / "db")
    assert (
        run(["import", str(tmp_path / "a.txt"), "--published", "2021-06-22", "--url", "https://e.org/t", "--db", db])
        == 0
    )
    out = io.StringIO()
    assert run(["list", "--json", "--db", db], stdout=out) == 0
    (row,) = json.loads(out.getvalue())
    assert (row["published"], row["source"]) == ("2021-06-22", "https://e.org/t")
    table = io.StringIO()
    run(["list", "--db", db], stdout=table)
    assert "2021-06-22" in table.getvalue()
    err = io.StringIO()
    assert run(["import", str(tmp_path / "a.txt"), "--published", "soon", "--db", db], stderr=err) != 0
    assert "not a date" in err.getvalue()
    err = io.StringIO()  # found by a newcomer: "is not a date with a year" of a date with its year
    assert run(["import", str(tmp_path / "a.txt"), "--published", "2024-13-45", "--db", db], stderr=err) != 0
    assert "--published: 2024-13-45 is no day of 2024" in err.getvalue()


@pytest.mark.parametrize(
    ("value", "expected"),
    [("19/07/2024", "2024-07-19"), ("07/19/2024", "2024-07-19"), ("19.07.2024", "2024-07-19"), ("05/07/2024", None)],
)
def test_numeric_dates_are_read_when_only_one_order_makes_a_date(value: str, expected: str | None) -> None:
    assert published_date(value) == expected


def test_a_date_that_is_not_read_says_why() -> None:
    """Found by a newcomer: "06/07/2024" and "2024-02-30" were both told "a year is needed"."""
    from annotations.text.metadata import published_date, why_no_date

    for typed, why in (
        ("06/07/2024", "06/07/2024 could be 6 July or June 7, 2024"),
        ("2024-02-30", "2024-02-30 is no day of 2024"),
        ("31/02/2024", "31/02/2024 is no day of 2024"),
        ("22 June", "a date needs its year"),
        ("soon", "not a date I can read"),
    ):
        assert published_date(typed) is None and why_no_date(typed) == why
