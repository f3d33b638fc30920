"""What the header says about suggestions: loading, preparing the built-in places on the first
start, how many (one suggestion, not "1 suggestions"), hidden."""

from __future__ import annotations

from tui.widgets.header import HeaderState, render_header

ARTICLE = HeaderState(False, None, title="Kunduz falls", position=1, total=3, status="todo")


def said(**changes: object) -> str:
    from dataclasses import replace

    return render_header(replace(ARTICLE, **changes)).plain  # type: ignore[arg-type]


def test_the_header_says_what_the_suggestions_are_doing() -> None:
    assert "suggestions loading…" in said(suggestions_loading=True)
    assert "preparing places for suggestions (first start only)" in said(
        suggestions_loading=True, preparing_places=True
    )
    assert "· 1 suggestion ─" in said(suggestions=1)
    assert "· 84 suggestions ─" in said(suggestions=84)
    assert "suggestion" not in said(suggestions=0)
    assert "suggestions hidden  S " in said(suggestions_shown=False, suggestions=5)


def test_read_only_and_the_status_come_before_the_title() -> None:
    line = said(readonly=True, holder="PID 4121", title="A very long title " * 10)
    assert line.index("read-only") < line.index("1/3 · todo") < line.index("A very long title")


def test_the_source_follows_the_title_only_when_both_fit() -> None:
    """Found by a newcomer: a long title cut at the edge left a stray "·" before the source."""
    from dataclasses import replace

    short = replace(ARTICLE, source="/data/kunduz.txt")
    assert render_header(short, 120).plain.endswith("Kunduz falls · kunduz.txt")
    long = replace(ARTICLE, title="Kunduz falls to the Taliban after a week of fighting " * 2, source="/data/k.txt")
    line = render_header(long, 120).plain
    assert "k.txt" not in line and not line.rstrip().endswith("·")
    assert render_header(long).plain.endswith("· k.txt")  # no width: everything


def test_an_unreachable_server_with_nothing_kept_says_what_will_be_kept() -> None:
    """Found by a newcomer: an idle app said "changes kept" during an outage when none were."""
    assert "server unreachable: changes you make are kept here and sent when it is back" in said(offline=True)
    assert "server unreachable: 2 changes kept here, sent when it is back" in said(offline=True, queued=2)
