"""Backups of a server database: `pg_dump` archives kept on this machine.

A team's server is backed up by whoever runs it (docs/team.md); `fieldmark backup` and
`check --repair` still take one here, with PostgreSQL's own `pg_dump` (a custom-format archive
that `pg_restore` restores), when its client programs are installed. The password never reaches
the command line (other users could read it there): it goes through the environment.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from psycopg.conninfo import conninfo_to_dict, make_conninfo

from annotations.errors import StoreError
from annotations.model import now_iso
from annotations.store.backup import ROLLING


def find_pg_dump() -> str | None:
    """pg_dump on PATH, else in Debian's versioned folders (the newest)."""
    found = shutil.which("pg_dump")
    if found:
        return found
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_dump"), key=lambda p: p.parts[-3], reverse=True)
    return str(versions[0]) if versions else None


def dump(url: str, folder: Path, reason: str, keep: int | None) -> Path:
    """Archive the database at `url` into `folder` now; keep the newest `keep` archives."""
    program = find_pg_dump()
    if program is None:
        raise StoreError("backing up a server database needs pg_dump (PostgreSQL's client programs); see docs/team.md")
    parts = conninfo_to_dict(url)
    password = parts.pop("password", None)
    environment = {**os.environ, **({"PGPASSWORD": str(password)} if password else {})}
    folder.mkdir(parents=True, exist_ok=True)
    safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in reason)[:40]
    target = folder / f"{now_iso().replace(':', '').replace('.', '-')}-{safe}.dump"
    done = subprocess.run(
        [program, "--format=custom", f"--file={target}", f"--dbname={make_conninfo('', **parts)}"],
        capture_output=True, text=True, env=environment, check=False,
    )  # fmt: skip
    if done.returncode != 0:
        target.unlink(missing_ok=True)
        raise StoreError(f"pg_dump failed: {' '.join(done.stderr.split())[:300]}")
    if keep is not None:
        prune_dumps(folder, keep)
    return target


def prune_dumps(folder: Path, keep: int) -> None:
    """Keep the newest `keep` of the archives Fieldmark made by itself, and every one made by hand
    (`backup.ROLLING`: their reason ends their name)."""
    rolling = [p for p in folder.glob("*.dump") if any(p.name.endswith(f"-{reason}.dump") for reason in ROLLING)]
    for old in sorted(rolling, reverse=True)[keep:]:
        old.unlink(missing_ok=True)
