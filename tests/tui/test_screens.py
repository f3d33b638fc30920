"""Library, help, palette, read-only mode, keymap, narrow terminals, and literal text."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from textual.widgets import DataTable, Input

from annotations.model import Article
from annotations.settings import load_settings
from annotations.store import Store
from annotations.text.normalize import normalize_text
from tui.app import FieldmarkApp
from tui.screens.help import HelpScreen
from tui.screens.library import LibraryScreen
from tui.screens.main import MainScreen
from tui.widgets.article_view import ArticleView

from .conftest import SIZE

HOSTILE_TITLE = "[@click=app.quit]Click me[/] [bold]loud[/bold]"
HOSTILE_BODY = (
    "Plain start. [@click=app.quit]quit now[/]\n\n[bold red]not bold[/bold red]\n\n"
    "\x1b[31mred\x1b[0m and \x1b]0;evil title\x07\n\n\x1b]8;;http://x.test\x07link\x1b]8;;\x07 end."
)


def add_articles(store: Store, count: int) -> list[Article]:
    articles = []
    for n in range(count):
        article = Article.create(f"Report {n} from Faryab", f"Body of report {n}. The Taliban said things.")
        store.add_article(article)
        articles.append(article)
    return articles


def screen_text(app: FieldmarkApp) -> str:
    """What the terminal shows, as plain lines (read back from the SVG screenshot)."""
    lines: dict[int, list[str]] = {}
    pattern = r'<text[^>]*clip-path="url\(#terminal-\d+-line-(\d+)\)"[^>]*>(.*?)</text>'
    for number, content in re.findall(pattern, app.export_screenshot()):
        lines.setdefault(int(number), []).append(html.unescape(content).replace("\xa0", " "))
    return "\n".join("".join(lines[n]) for n in sorted(lines))


async def test_markup_and_escapes_in_articles_show_literally(tmp_path: Path, make_app) -> None:
    with Store.open(tmp_path / "db") as store:
        article = Article.create(HOSTILE_TITLE, normalize_text(HOSTILE_BODY))
        store.add_article(article)
        app = make_app(store)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            reader = app.screen.query_one(ArticleView)
            assert "[@click=app.quit]quit now[/]" in reader.text
            assert "\x1b" not in reader.text and "\x07" not in reader.text
            rendered = screen_text(app)
            assert "[@click=app.quit]quit" in rendered
            assert "[bold red]not bold[/bold red]" in rendered
            assert "[31mred[0m and ]0;evil title" in rendered
            assert HOSTILE_TITLE in rendered
            # Clicking on the would-be link does nothing: the app is still running.
            row, column = reader.location_of(reader.text.index("quit now"))
            await pilot.click(ArticleView, offset=(column + 1, row))
            await pilot.press("L")
            await pilot.pause()
            assert isinstance(app.screen, LibraryScreen)
            assert "[@click=app.quit]Click me[/]" in screen_text(app)
            await pilot.press("escape")
            await pilot.press("ctrl+p")
            await pilot.pause()
            for char in "Open article":
                await pilot.press(char)
            await pilot.pause(0.3)
            assert "Click me[/]" in screen_text(app)
            await pilot.press("escape")
            assert app.is_running


async def test_library_filters_and_opens(tmp_path: Path, make_app) -> None:
    with Store.open(tmp_path / "db") as store:
        articles = add_articles(store, 30)
        store.set_status(articles[7].id, "done")
        app = make_app(store)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("L")
            await pilot.pause()
            table = app.screen.query_one(DataTable)
            assert table.row_count == 30
            for char in "report 17":
                await pilot.press(char)
            await pilot.pause()
            assert table.row_count == 1
            await pilot.press("enter")
            await pilot.pause()
            assert isinstance(app.screen, MainScreen)
            assert app.screen.article is not None and app.screen.article.id == articles[17].id
            await pilot.press("full_stop")
            assert app.screen.article.id == articles[18].id
            await pilot.press("comma", "comma")
            assert app.screen.article.id == articles[16].id
            await pilot.press("m")
            await pilot.pause()
            assert store.summary(articles[16].id).status == "done"
            await pilot.press("m")
            assert store.summary(articles[16].id).status == "in_progress"


async def test_the_library_filters_by_source_too(tmp_path: Path, make_app) -> None:
    """Found by a newcomer: "sudan" found nothing, though the article came from sudan_el_fasher.txt."""
    with Store.open(tmp_path / "db") as store:
        add_articles(store, 3)
        store.add_article(Article.create("Siege Tightens", "Shelling went on.", source="/news/sudan_el_fasher.txt"))
        app = make_app(store)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("L", *"sudan")
            await pilot.pause()
            assert app.screen.query_one(DataTable).row_count == 1


async def test_the_library_filter_finds_accented_titles_typed_without_accents(tmp_path: Path, make_app) -> None:
    """Found by a newcomer: "zvec" showed no article, though one was titled "Police raid in Zvečan"."""
    with Store.open(tmp_path / "db") as store:
        add_articles(store, 3)
        store.add_article(Article.create("Police raid in Zvečan", "Shelling went on."))
        app = make_app(store)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("L", *"zvec")
            await pilot.pause()
            assert app.screen.query_one(DataTable).row_count == 1


async def test_a_long_title_in_the_library_is_cut_with_an_ellipsis(tmp_path: Path, make_app) -> None:
    """Found by a newcomer: "…Mexico sends 600 more": the title was sliced, nothing said it went on."""
    title = "Seven killed as Sinaloa Cartel factions clash in Culiacán; Mexico sends 600 more troops"
    with Store.open(tmp_path / "db") as store:
        store.add_article(Article.create(title, "Gunmen fought overnight."))
        app = make_app(store)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("L")
            await pilot.pause()
            table = app.screen.query_one(DataTable)
            shown = [cell.plain for cell in table.get_row_at(0) if "Seven killed" in cell.plain]
            assert shown and shown[0].endswith("…") and len(shown[0]) <= 80


async def test_reopens_where_the_analyst_left_off(tmp_path: Path, make_app) -> None:
    with Store.open(tmp_path / "db") as store:
        articles = add_articles(store, 5)
        app = make_app(store)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("full_stop", "full_stop", "w", "w")
            offset = app.screen.query_one(ArticleView).cursor_offset
            await pilot.press("q")
    with Store.open(tmp_path / "db") as store:
        app = make_app(store)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            assert app.screen.article.id == articles[2].id
            assert app.screen.query_one(ArticleView).cursor_offset == offset


async def test_help_lists_every_key_from_the_bindings(seed_store: Store, make_app) -> None:
    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.pause(0.2)
        shown = screen_text(app)
        for ident in ("tag.district", "tag.actor", "tag.claim"):
            assert ident in shown
        listed = {ident for _keys, _what, ident in app.screen.rows}
        for ident in (
            "history.undo",
            "history.redo",
            "corpus.library",
            "reader.select",
            "reader.phrase",
            "reader.sentence",
            "pane.down",
            "app.quit",
            "app.help",
        ):
            assert ident in listed
        assert "cut" not in listed and "paste" not in listed
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)


async def test_keymap_in_the_config_file_remaps_bindings_by_id(seed_store: Store, tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[keymap]\n"corpus.library" = "f2"\n')
    app = FieldmarkApp(seed_store, load_settings(config_file=config, environ={}))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("L")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        await pilot.press("f2")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)


async def test_a_broken_config_file_is_reported_not_fatal(seed_store: Store, tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text("[keymap\nnot toml")
    app = FieldmarkApp(seed_store, load_settings(config_file=config, environ={}))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert any("not valid TOML" in str(n.message) for n in app._notifications)


async def test_read_only_database_says_so_and_refuses_changes(seed_db: Path, make_app) -> None:
    with Store.open(seed_db), Store.open(seed_db, readonly=True) as reader_store:
        app = make_app(reader_store)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            assert "read-only" in screen_text(app)
            await pilot.press("slash", *"Kunduz", "enter", "d")
            await pilot.pause()
            assert isinstance(app.screen, MainScreen)
            assert reader_store.annotations(reader_store.articles()[0].id) == []


async def test_narrow_terminal_stacks_the_panes(seed_store: Store, make_app) -> None:
    app = make_app(seed_store)
    async with app.run_test(size=(80, 40)) as pilot:
        await pilot.pause()
        assert app.screen.has_class("narrow")
        reader = app.screen.query_one(ArticleView)
        side = app.screen.query_one("#side")
        assert reader.region.width >= 76
        assert side.region.y >= reader.region.bottom


async def test_on_a_narrow_terminal_an_open_form_takes_most_of_the_height(seed_store: Store, make_app) -> None:
    """Found by a newcomer at 80x24: the claim form showed three of its fields (the panes below
    the article keep a third of the height); Tab scrolled to the rest."""
    from tui.widgets.tag_panel import TagPanel

    from .test_flow import search

    app = make_app(seed_store)
    async with app.run_test(size=(80, 24)) as pilot:
        reader = app.screen.query_one(ArticleView)
        await pilot.pause()
        before = reader.region.height
        await search(pilot, "Kunduz")
        await pilot.press("c")
        await pilot.pause()
        form = app.screen.query_one(TagPanel)
        assert form.region.height >= 12 and reader.region.height >= 5, (form.region, reader.region)
        await pilot.press("escape")
        await pilot.pause()
        assert reader.region.height == before


async def test_on_a_narrow_terminal_the_detail_has_twice_a_panes_width(seed_store: Store, make_app) -> None:
    """Found by a newcomer at 80x24: a claim suggestion's detail showed its kind and claimant in
    18 columns, never its words, which is what `y` and `r` act on."""
    from tui.widgets.panes import AnnotationPane, DetailPanel

    app = make_app(seed_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        detail = app.screen.query_one(DetailPanel).region.width
        panes = [pane.region.width for pane in app.screen.query(AnnotationPane)]
        assert len(panes) == 3 and all(detail >= 2 * width - 1 for width in panes), (detail, panes)


async def test_palette_opens_an_article_by_title(tmp_path: Path, make_app) -> None:
    with Store.open(tmp_path / "db") as store:
        articles = add_articles(store, 4)
        app = make_app(store)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("ctrl+p")
            for char in "report 3":
                await pilot.press(char)
            await pilot.pause(0.4)
            await pilot.press("enter")
            await pilot.pause()
            assert app.screen.article.id == articles[3].id


def test_every_action_has_an_id_and_is_documented() -> None:
    from tui import actions
    from tui.screens.export import ExportForm
    from tui.widgets.choice import ChoiceField
    from tui.widgets.panes import AnnotationPane
    from tui.widgets.search_bar import SearchBar
    from tui.widgets.tag_panel import TagPanel

    doc = (Path(__file__).resolve().parents[2] / "docs" / "keymap.md").read_text(encoding="utf-8")
    registry = [
        a for name in dir(actions) if name.isupper() for a in getattr(actions, name) if isinstance(a, actions.Action)
    ]
    assert len({a.id for a in registry}) == len(registry), "two actions share an id"
    for action in registry:
        assert f"`{action.id}`" in doc, action.id
    classes = (MainScreen, ArticleView, AnnotationPane, TagPanel, ChoiceField, LibraryScreen, HelpScreen, FieldmarkApp)
    from tui.screens.claims_board import BoardTable, ClaimsBoard
    from tui.screens.entities import EntitiesScreen, EntitiesTable

    for cls in (*classes, ExportForm, SearchBar, EntitiesScreen, EntitiesTable, ClaimsBoard, BoardTable):
        for binding in cls.BINDINGS:
            assert binding.id in {a.id for a in registry}, (
                f"{cls.__name__} binding {binding.key} is not in the registry"
            )


async def test_the_palette_lists_actions_with_their_keys(seed_store: Store, make_app) -> None:
    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        commands = {c.title: c.help for c in app.get_system_commands(app.screen)}
        assert commands["Tag district"].endswith("· d")
        assert commands["Review suggestions"].endswith("· R")
        assert "Quit" in commands and "Help: all keys" in commands and "Keys" not in commands  # one help
        assert commands["Quit"].endswith(
            "· q"
        )  # ours alone: Textual's "Quit … as soon as possible" read as losing work
        assert "Maximize" not in commands and "Screenshot" not in commands and "Theme" in commands
        await pilot.press("A")  # the entities screen: its edits too (a newcomer's "merge" found nothing)
        await pilot.pause()
        commands = {c.title: c.help for c in app.get_system_commands(app.screen)}
        assert commands["Entities: Merge"] == "M" and "Entities: Rename" in commands
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("ctrl+p")
        for char in "tag actor":
            await pilot.press(char)
        await pilot.pause(0.4)
        assert "Tag the selection as an actor · a" in screen_text(app)


async def test_the_app_tells_what_the_import_before_it_did(seed_store: Store) -> None:
    from dataclasses import replace

    from .conftest import app_settings

    settings = replace(app_settings(seed_store), notices=("imported 4, skipped 0 duplicates, failed 0",))
    app = FieldmarkApp(seed_store, settings)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert [n.message for n in app._notifications] == ["imported 4, skipped 0 duplicates, failed 0"]


async def test_a_title_too_long_for_the_header_ends_in_an_ellipsis(tmp_path: Path, make_app) -> None:
    """Found by a newcomer: "RSF Tightens Siege of El Fasher as Famine Spreads in North" was cut
    with nothing to say so ("Darfur" and the file name were lost)."""
    with Store.open(tmp_path / "db") as store:
        title = "Militias Tighten the Siege of a City as Famine Spreads Across the Whole of the Northern Province"
        store.add_article(Article.create(title, "Fighting went on."))
        app = make_app(store)
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            header = screen_text(app).splitlines()[0].rstrip()
            assert header.endswith("…") and "Militias Tighten" in header


@pytest.mark.parametrize("key", ["L", "A", "B"])
async def test_q_in_a_list_screen_goes_back_and_types_in_its_filter(seed_store: Store, make_app, key: str) -> None:
    """A newcomer's `q` in the library's, the entities' or the claims board's list quit the whole
    app; as in the help, it goes back. In the filter it is a letter typed (as before)."""
    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(key)
        await pilot.pause()
        listing = app.screen
        assert not isinstance(listing, MainScreen)
        await pilot.press("q")
        await pilot.pause()
        assert app.screen is listing and app.screen.query_one(Input).value == "q"
        await pilot.press("backspace", "tab", "q")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert app.is_running
