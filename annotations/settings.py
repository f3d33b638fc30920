"""Every preference in one typed object: read from one config file, overridden by the environment.

    ~/.config/fieldmark/config.toml    (the user config folder; `$FIELDMARK_CONFIG` names another)

    annotator = "sam"              # your name on new annotations (default: your login)
    db = "~/corpora/sahel"         # the database opened without --db
    suggestions = true             # show suggestions (S toggles them in the app)
    theme = "textual-dark"         # any theme of the palette's "Change theme"
    backups = 5                    # rolling backups kept beside the database (0: none)
    cache = "~/.cache/fieldmark"   # derived data (the built-in gazetteer)

    [keymap]                       # any key, by the binding id `?` shows
    "tag.district" = "D"

Layers, each overriding the one before: defaults, what the app remembers of choices made in it
(S, the theme: see `remembered`), the config file, then the environment (`FIELDMARK_DB`,
`FIELDMARK_ANNOTATOR`, `FIELDMARK_BACKUPS`, `FIELDMARK_CACHE`). A problem in the file is
reported as a line in `problems` and the rest of the file still applies.
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotations.locations import cache_dir, config_dir, data_dir

CONFIG_FILE = "config.toml"
LEGACY_KEYMAP_FILE = "keymap.toml"
DEFAULT_BACKUPS = 5
ENVIRONMENT = {
    "db": "FIELDMARK_DB",
    "annotator": "FIELDMARK_ANNOTATOR",
    "backups": "FIELDMARK_BACKUPS",
    "cache": "FIELDMARK_CACHE",
}
CONFIG_ENV = "FIELDMARK_CONFIG"


@dataclass(frozen=True, slots=True)
class Settings:
    """What the app and the commands are configured to do."""

    db: str
    annotator: str
    suggestions: bool = True
    annotator_named: bool = False
    """Whether the config file or the environment names the analyst; else the login stands in,
    and on a server the login the server knows (`cli.context.with_server_login`)."""
    theme: str | None = None
    backups: int = DEFAULT_BACKUPS
    cache: Path = field(default_factory=cache_dir)
    keymap: Mapping[str, str] = field(default_factory=dict)
    config_file: Path | None = None
    problems: tuple[str, ...] = ()
    notices: tuple[str, ...] = ()
    """What the app tells the analyst as it opens: what the import of the files it was opened
    with did (written on the terminal too, where the app covers it until it ends)."""
    open_article: str | None = None
    """The article the app shows first: the first of the files it was opened with (else the one
    it showed last)."""


def default_config_file(environ: Mapping[str, str] | None = None) -> Path:
    environ = os.environ if environ is None else environ
    named = environ.get(CONFIG_ENV)
    return Path(named).expanduser() if named else config_dir() / CONFIG_FILE


def load_settings(
    *,
    config_file: Path | None = None,
    environ: Mapping[str, str] | None = None,
    remembered: Mapping[str, Any] | None = None,
) -> Settings:
    """The settings in force: defaults < `remembered` choices < config file < environment."""
    environ = os.environ if environ is None else environ
    path = config_file or default_config_file(environ)
    values: dict[str, Any] = {
        "db": str(data_dir() / "db"),
        "annotator": _login(),
        "suggestions": True,
        "theme": None,
        "backups": DEFAULT_BACKUPS,
        "cache": str(cache_dir()),
    }
    values.update({k: v for k, v in (remembered or {}).items() if k in ("suggestions", "theme")})
    problems: list[str] = []
    table, keymap = _read_config(path, problems)
    if not keymap and config_file is None:
        _, keymap = _read_config(path.with_name(LEGACY_KEYMAP_FILE), problems, keymap_only=True)
    values.update(table)
    for key, variable in ENVIRONMENT.items():
        if environ.get(variable):
            values[key] = environ[variable]
    backups = _whole_number(values["backups"], "backups", problems)
    return Settings(
        db=str(values["db"]),
        annotator=str(values["annotator"]) or _login(),
        annotator_named=bool(str(table.get("annotator") or "") or environ.get(ENVIRONMENT["annotator"])),
        suggestions=bool(values["suggestions"]),
        theme=values["theme"] or None,
        backups=DEFAULT_BACKUPS if backups is None else backups,
        cache=Path(str(values["cache"])).expanduser(),
        keymap=keymap,
        config_file=path,
        problems=tuple(problems),
    )


_TYPES: dict[str, type | tuple[type, ...]] = {
    "db": str,
    "annotator": str,
    "suggestions": bool,
    "theme": str,
    "backups": int,
    "cache": str,
}


def _read_config(
    path: Path, problems: list[str], *, keymap_only: bool = False
) -> tuple[dict[str, Any], dict[str, str]]:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return {}, {}
    except OSError as error:
        problems.append(f"{path}: cannot read ({error.strerror or error})")
        return {}, {}
    import tomllib  # only when there is a file to read: not on every start

    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        problems.append(f"{path}: not valid TOML ({error})")
        return {}, {}
    keymap = _keymap(path, data.pop("keymap", {}), problems)
    if keymap_only:
        return {}, keymap
    table: dict[str, Any] = {}
    for key, value in data.items():
        wanted = _TYPES.get(key)
        if wanted is None:
            problems.append(f"{path}: unknown setting {key!r} (known: {', '.join(_TYPES)}, [keymap])")
        elif not isinstance(value, wanted) or (wanted is int and isinstance(value, bool)):
            problems.append(f"{path}: {key} must be {wanted.__name__ if isinstance(wanted, type) else wanted}")
        else:
            table[key] = value
    return table, keymap


def _keymap(path: Path, table: Any, problems: list[str]) -> dict[str, str]:
    if not isinstance(table, dict):
        problems.append(f'{path}: [keymap] must be a table of binding id = "keys"')
        return {}
    keymap: dict[str, str] = {}
    for ident, keys in table.items():
        if not (isinstance(keys, str) and keys.strip()):
            problems.append(f'{path}: {ident} must map to keys such as "ctrl+d"')
            continue
        kept = [key.strip() for key in keys.split(",") if key.strip() and not _escape_then(key.strip())]
        for key in (k.strip() for k in keys.split(",") if _escape_then(k.strip())):
            problems.append(
                f"{path}: {ident} = {key!r} cannot be used: a terminal sends alt with a character as Esc then "
                "that character, and Fieldmark reads them as those two keys (use ctrl+, a function key or a letter)"
            )
        if kept:
            keymap[ident] = ",".join(kept)
    return keymap


_KEYS_ALT_MAY_GO_WITH = frozenset(
    ["up", "down", "left", "right", "home", "end", "pageup", "pagedown", "insert", "delete"]
    + [f"f{n}" for n in range(1, 25)]
)
"""Keys a terminal sends as sequences of their own, alt included; alt with any other key (a
letter, a digit, "slash", "space") comes as Esc before it (see `tui.keys.escape_is_its_own_key`)."""


def _escape_then(key: str) -> bool:
    """Whether a keymap's key is alt with a character: the app reads it as Esc, then the key."""
    *modifiers, name = key.lower().split("+")
    return "alt" in modifiers and name not in _KEYS_ALT_MAY_GO_WITH


def _whole_number(value: Any, what: str, problems: list[str]) -> int | None:
    try:
        number = int(value)
    except (TypeError, ValueError):
        problems.append(f"{what} must be a whole number; got {value!r}")
        return None
    return max(0, number)


def _login() -> str:
    try:
        return getpass.getuser()
    except Exception:
        return "analyst"
