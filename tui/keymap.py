"""The analyst's keymap: `keymap.toml` in the config folder remaps bindings by id.

[keymap]
"tag.district" = "D"
"history.undo" = "u,ctrl+z"
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from annotations.locations import config_dir

KEYMAP_FILE = "keymap.toml"


def keymap_path() -> Path:
    return config_dir() / KEYMAP_FILE


def load_keymap(path: Path | None = None) -> tuple[dict[str, str], list[str]]:
    """The binding id -> keys mapping, and one line per problem found in the file."""
    path = path or keymap_path()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return {}, []
    except OSError as error:
        return {}, [f"{path}: cannot read ({error.strerror or error})"]
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        return {}, [f"{path}: not valid TOML ({error})"]
    table = data.get("keymap", {})
    if not isinstance(table, dict):
        return {}, [f'{path}: [keymap] must be a table of binding id = "keys"']
    keymap: dict[str, str] = {}
    problems: list[str] = []
    for ident, keys in table.items():
        if isinstance(keys, str) and keys.strip():
            keymap[ident] = keys.strip()
        else:
            problems.append(f'{path}: {ident} must map to keys such as "ctrl+d"')
    return keymap, problems
