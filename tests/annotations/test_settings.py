"""Settings in one place: defaults < choices remembered from the app < config file < environment;
and what the app remembers (positions, choices) kept out of the database."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotations.remembered import Remembered
from annotations.settings import load_settings


def test_defaults_without_a_config_file(tmp_path: Path) -> None:
    settings = load_settings(config_file=tmp_path / "none.toml", environ={})
    assert settings.suggestions is True and settings.theme is None and settings.backups == 5
    assert settings.annotator and settings.db.endswith("db") and settings.problems == ()


def test_each_layer_overrides_the_one_before(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('annotator = "sam"\nsuggestions = false\nbackups = 2\n[keymap]\n"tag.district" = "D"\n')
    remembered = {"suggestions": True, "theme": "nord"}
    settings = load_settings(config_file=config, environ={}, remembered=remembered)
    assert (settings.annotator, settings.suggestions, settings.theme, settings.backups) == ("sam", False, "nord", 2)
    assert settings.keymap == {"tag.district": "D"}
    env = {"FIELDMARK_ANNOTATOR": "env-ana", "FIELDMARK_BACKUPS": "0", "FIELDMARK_DB": str(tmp_path / "x")}
    overridden = load_settings(config_file=config, environ=env, remembered=remembered)
    assert (overridden.annotator, overridden.backups, overridden.db) == ("env-ana", 0, str(tmp_path / "x"))


def test_the_config_file_is_found_through_the_environment(tmp_path: Path) -> None:
    config = tmp_path / "elsewhere.toml"
    config.write_text('theme = "gruvbox"\n')
    settings = load_settings(environ={"FIELDMARK_CONFIG": str(config)})
    assert settings.theme == "gruvbox" and settings.config_file == config


def test_problems_are_lines_and_the_rest_still_applies(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('annotator = 7\ncolour = "red"\ntheme = "nord"\n[keymap]\n"tag.actor" = ""\n')
    settings = load_settings(config_file=config, environ={"FIELDMARK_BACKUPS": "many"})
    assert settings.theme == "nord" and settings.backups == 5
    assert any("annotator must be str" in p for p in settings.problems)
    assert any("unknown setting 'colour'" in p for p in settings.problems)
    assert any("tag.actor must map to keys" in p for p in settings.problems)
    assert any("backups must be a whole number" in p for p in settings.problems)
    config.write_text("[keymap\nbroken")
    assert "not valid TOML" in load_settings(config_file=config, environ={}).problems[0]


def test_alt_with_a_character_is_refused_in_the_keymap_as_the_terminal_sends_it_as_esc_then_the_key(
    tmp_path: Path,
) -> None:
    """alt+a reaches the app as Esc, then a (`tui.keys.escape_is_its_own_key`): bound, it would
    never run. alt with a key that has a sequence of its own (an arrow, F5) is kept."""
    config = tmp_path / "config.toml"
    config.write_text('[keymap]\n"tag.actor" = "alt+a,ctrl+t"\n"tag.claim" = "alt+slash"\n"go.next" = "alt+down"\n')
    settings = load_settings(config_file=config, environ={})
    assert settings.keymap == {"tag.actor": "ctrl+t", "go.next": "alt+down"}
    refused = [p for p in settings.problems if "cannot be used" in p]
    assert len(refused) == 2 and "'alt+a'" in refused[0] and "'alt+slash'" in refused[1]


def test_an_older_keymap_file_beside_the_config_is_still_read(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    folder = tmp_path / "fieldmark"
    folder.mkdir()
    (folder / "keymap.toml").write_text('[keymap]\n"corpus.library" = "f2"\n')
    assert load_settings(environ={}).keymap == {"corpus.library": "f2"}


def test_remembered_positions_and_choices_survive_and_stay_small(tmp_path: Path) -> None:
    path = tmp_path / "state" / "remembered.json"
    memory = Remembered.load(path)
    assert memory.position("/db") == (None, 0) and memory.choices() == {}
    memory.remember_position("/db", "abc", 42)
    memory.remember_choice("suggestions", False)
    again = Remembered.load(path)
    assert again.position("/db") == ("abc", 42) and again.choices() == {"suggestions": False}
    for n in range(250):
        again.remember_position(f"/db{n}", "x", n)
    assert len(Remembered.load(path)._data["positions"]) == 200
    path.write_text("{not json")
    assert Remembered.load(path).position("/db") == (None, 0)


def test_two_apps_remembering_at_once_keep_each_others_positions(tmp_path: Path) -> None:
    path = tmp_path / "remembered.json"
    first, second = Remembered.load(path), Remembered.load(path)
    first.remember_position("/db1", "a", 1)
    second.remember_position("/db2", "b", 2)
    first.remember_position("/db1", "a", 3)
    again = Remembered.load(path)
    assert again.position("/db1") == ("a", 3) and again.position("/db2") == ("b", 2)


def test_each_articles_place_is_remembered_not_only_the_last_ones(tmp_path: Path) -> None:
    """Found by a second newcomer: `fieldmark b1.txt` on an article read before opened at its top,
    since only the last article's place was kept."""
    path = tmp_path / "remembered.json"
    memory = Remembered.load(path)
    memory.remember_position("/db", "b1", 1200)
    memory.remember_position("/db", "b3", 40)
    again = Remembered.load(path)
    assert again.position("/db") == ("b3", 40)
    assert (again.offset_in("/db", "b1"), again.offset_in("/db", "b3"), again.offset_in("/db", "b9")) == (1200, 40, 0)
    assert again.offset_in("/other", "b1") == 0


def test_an_older_or_damaged_remembered_entry_still_remembers_each_article(tmp_path: Path) -> None:
    """Found in review: an entry of an older version (no offsets) was never given them when the
    place was unchanged, and a damaged entry raised."""
    import json

    path = tmp_path / "remembered.json"
    path.write_text(json.dumps({"positions": {"/db": {"article": "A", "offset": 500}, "/bad": ["x"]}}))
    memory = Remembered.load(path)
    memory.remember_position("/db", "A", 500)
    assert Remembered.load(path).offset_in("/db", "A") == 500
    assert memory.offset_in("/bad", "A") == 0 and memory.position("/bad") == (None, 0)
    memory.remember_position("/bad", "B", 3)
    assert Remembered.load(path).offset_in("/bad", "B") == 3


def test_on_a_server_the_analyst_is_whom_the_server_knows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A newcomer opened the app on the team's server as `ana` without --annotator: her tags said
    "root", the computer's login, and her changes kept offline were never sent as hers."""
    from annotations.cli.context import with_server_login

    monkeypatch.delenv("PGUSER", raising=False)
    url = "postgresql://ana@/corpus?host=/tmp/sock&port=55469"
    unnamed = load_settings(config_file=tmp_path / "none.toml", environ={})
    assert not unnamed.annotator_named
    assert with_server_login(unnamed, url, None).annotator == "ana"
    assert with_server_login(unnamed, "host=/tmp/sock dbname=corpus user=bo", None).annotator == "bo"
    assert with_server_login(unnamed, str(tmp_path / "db"), None).annotator == unnamed.annotator  # a folder
    assert with_server_login(unnamed, url, "sam").annotator == unnamed.annotator  # --annotator: left to it
    named = load_settings(config_file=tmp_path / "none.toml", environ={"FIELDMARK_ANNOTATOR": "sam"})
    assert named.annotator_named and with_server_login(named, url, None).annotator == "sam"
    config = tmp_path / "config.toml"
    config.write_text('annotator = "lee"\n', encoding="utf-8")
    assert with_server_login(load_settings(config_file=config, environ={}), url, None).annotator == "lee"
    monkeypatch.setenv("PGUSER", "kim")
    assert with_server_login(unnamed, "postgresql:///corpus?host=/tmp/sock", None).annotator == "kim"
