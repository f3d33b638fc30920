"""What the header says about suggestions: loading, preparing the built-in places on the first
start, how many (one suggestion, not "1 suggestions"), hidden."""

from __future__ import annotations

from tui.widgets.header import HeaderState, render_header

ARTICLE = HeaderState(False, None, title="Kunduz falls", position=1, total=3, status="todo")


def said(**changes: object) -> str:
    from dataclasses import replace

    return render_header(replace(ARTICLE, **changes)).plain  # type: ignore[arg-type]


def test_the_header_says_what_the_suggestions_are_doing() -> None:
    assert said(suggestions_loading=True).endswith("suggestions loading…")
    assert "preparing places for suggestions (first start only)" in said(
        suggestions_loading=True, preparing_places=True
    )
    assert said(suggestions=1).endswith("· 1 suggestion")
    assert said(suggestions=84).endswith("· 84 suggestions")
    assert said(suggestions=0).endswith("todo")
    assert "suggestions hidden (S)" in said(suggestions_shown=False, suggestions=5)
