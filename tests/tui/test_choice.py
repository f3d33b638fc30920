"""A form's one-line choice keeps its arrows and count in sight when an option is long."""

from __future__ import annotations

from textual.app import App, ComposeResult

from tui.widgets.choice import ChoiceField

LONG = "Armed Forces of the Democratic Republic of the Congo (Forces Armées de la RDC)"


class _OneChoice(App[None]):
    def compose(self) -> ComposeResult:
        yield ChoiceField([("none", None), (LONG, 1), ("Tasnim News Agency", 2)], 1, id="claimant")


def _line(app: _OneChoice) -> str:
    choice = app.query_one(ChoiceField)
    return "".join(segment.text for segment in choice.render_line(0))


async def test_a_long_option_is_cut_and_the_arrows_and_count_stay() -> None:
    """Found by a newcomer: long claimant names pushed the closing › out of the field (the n/m
    count gives way to the label when both do not fit)."""
    app = _OneChoice()
    async with app.run_test(size=(40, 3)) as pilot:
        await pilot.pause()
        line = _line(app).rstrip()
        assert line.startswith("‹ Armed Forces") and "…" in line and line.endswith("›")
        app.query_one(ChoiceField).focus()
        await pilot.press("t", "a", "s")
        line = _line(app).rstrip()
        assert line.startswith("“tas” 1/1") and line.endswith("‹ Tasnim News Agency ›")


async def test_a_short_option_is_shown_whole() -> None:
    app = _OneChoice()
    async with app.run_test(size=(80, 3)) as pilot:
        await pilot.pause()
        app.query_one(ChoiceField).value = 2
        await pilot.pause()
        assert _line(app).rstrip() == "‹ Tasnim News Agency ›  3/3"


class _Claimants(App[None]):
    def compose(self) -> ComposeResult:
        options = [
            ("no claimant", None),
            ("Military Forces of Afghanistan (“government troops”)", 1),
            ("Government of Afghanistan", 2),
            ("Shura of Qondūz elders", 3),
        ]
        yield ChoiceField(options, None, id="claimant")


async def test_typing_chooses_a_name_that_starts_so_first_whatever_the_accents() -> None:
    """Found by a newcomer: "Gov" chose an actor whose alias held "government" before the
    Government of Afghanistan, and he saved the wrong claimant."""
    app = _Claimants()
    async with app.run_test(size=(60, 3)) as pilot:
        app.query_one(ChoiceField).focus()
        await pilot.press("G", "o", "v")
        assert app.query_one(ChoiceField).value == 2
        await pilot.press("backspace", "backspace", "backspace", "q", "o", "n", "d", "u", "z")
        assert app.query_one(ChoiceField).value == 3


def test_a_long_choice_cut_to_fit_keeps_where_it_is_in_the_article() -> None:
    """Found by a newcomer: two mentions of one long name were both "Mohamed Hamdan D…"."""
    from tui.widgets.choice import _cut

    assert _cut("Mohamed Hamdan Dagalo (“Hemedti”) (mention 2 of 3)", 30) == "Mohamed Hamd… (mention 2 of 3)"
    assert _cut("Mohamed Hamdan Dagalo (“Hemedti”) (mention 2 of 3)", 20) == "Mohamed Ha… (2 of 3)"
    assert _cut("Mohamed Hamdan Dagalo (mention 1 of 2), suggested", 30) == "Mohamed H… (1 of 2), suggested"
    assert _cut("A label with no place in it", 10) == "A label w…"
    assert _cut("Short (mention 1 of 2)", 24) == "Short (mention 1 of 2)"
    assert _cut("Short (mention 1 of 2)", 20) == "Short (1 of 2)"


async def test_an_option_is_found_by_its_more_words_not_only_its_label() -> None:
    """Found by a newcomer: the "other claim" chooser showed a claim's opening only, and typing
    "villagers" (further in it) or its claimant found nothing."""
    app = _OneChoice()
    async with app.run_test(size=(60, 3)) as pilot:
        choice = app.query_one(ChoiceField)
        choice.set_options(
            [("choose", None), ("“the army and the VDP of executing…” · Report", 1), ("“its fighters had…” · X", 2)],
            None,
            [
                "",
                "the army and the VDP of executing 223 villagers in Nondin Human Rights Watch",
                "its fighters had seized",
            ],
        )
        choice.focus()
        await pilot.press(*"villagers")
        assert choice.value == 1 and "1/1" in _line(app)
        for _ in "villagers":
            await pilot.press("backspace")
        await pilot.press(*"human rights")
        assert choice.value == 1
