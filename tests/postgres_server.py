"""A real PostgreSQL server for the tests, started and stopped by the suite itself.

The server's programs are found on PATH, in the usual system places (Debian's
/usr/lib/postgresql/N/bin, /usr/local/pgsql/bin) or in the `pgserver` package that the test extra
installs from the package index (it ships PostgreSQL's binaries). PostgreSQL refuses to run as
root, so under root (CI) it runs as an unprivileged user (`nobody`, or one created for it) in a
folder of its own under the system's temporary folder; it listens on a unix socket there only,
with fsync off (what it wrote survives a crash of the server, not of the machine). Each test
gets a database of its own.
"""

from __future__ import annotations

import atexit
import importlib.util
import os
import pwd
import shutil
import signal
import subprocess
import tempfile
import time
import uuid
from pathlib import Path

PROGRAMS = ("initdb", "postgres")


def find_binaries() -> Path | None:
    """The folder holding initdb and postgres, or None when there is none on this machine."""
    candidates: list[Path] = []
    if os.environ.get("FIELDMARK_TEST_PG_BIN"):
        candidates.append(Path(os.environ["FIELDMARK_TEST_PG_BIN"]))
    on_path = shutil.which("initdb")
    if on_path:
        candidates.append(Path(on_path).parent)
    candidates += sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=_version, reverse=True)
    candidates.append(Path("/usr/local/pgsql/bin"))
    package = importlib.util.find_spec("pgserver")  # located, not imported (importing it warns about XDG dirs)
    if package is not None and package.submodule_search_locations:
        candidates.append(Path(package.submodule_search_locations[0]) / "pginstall" / "bin")
    return next((c for c in candidates if all((c / p).is_file() for p in PROGRAMS)), None)


def _version(folder: Path) -> float:
    try:
        return float(folder.parent.name)
    except ValueError:
        return 0.0


class PostgresServer:
    """One server for the whole test run; `database()` makes a fresh database and its URL."""

    def __init__(self, binaries: Path) -> None:
        self.home = Path(tempfile.mkdtemp(prefix="fieldmark-pg-"))
        self.user = _server_user()
        self.binaries = self._reachable(binaries)
        self.data, self.socket = self.home / "data", self.home / "socket"
        self.socket.mkdir()
        if self.user is not None:
            for path in (self.home, self.socket):
                os.chown(path, self.user.pw_uid, self.user.pw_gid)
        self.role = self.user.pw_name if self.user is not None else pwd.getpwuid(os.getuid()).pw_name
        self._run("initdb", "-D", str(self.data), "--auth=trust", "-E", "UTF8", "--no-sync", "-U", self.role)
        self.process = subprocess.Popen(
            [str(self.binaries / "postgres"), "-D", str(self.data), "-k", str(self.socket), "-c", "listen_addresses=",
             "-c", "fsync=off", "-c", "full_page_writes=off"],  # a process crash loses nothing (the OS keeps
            # what was written); commits stay synchronous, so a crashed server still holds every acknowledged one
            stdout=subprocess.DEVNULL, stderr=open(self.home / "server.log", "wb"), **self._as_user(),
        )  # fmt: skip
        self._wait_ready()
        atexit.register(self.stop)

    @property
    def admin_url(self) -> str:
        return self.url("postgres")

    def url(self, database: str) -> str:
        return f"postgresql://{self.role}@/{database}?host={self.socket}"

    def database(self) -> str:
        """A new empty database; its URL."""
        import psycopg

        name = f"fm_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.admin_url, autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def crash(self) -> None:
        """Stop the server at once, as a crash would (clients see their connections drop)."""
        self.process.send_signal(signal.SIGQUIT)
        self.process.wait(30)

    def pause(self) -> None:
        """Stop the server and its backends (SIGSTOP) without closing a connection, as a machine
        paused or a network dropping packets would: its clients' queries wait, unanswered. The
        server stops first, then the backends it has: a backend it forked between a look at its
        children and its stop ran on (under load, a listener's connection made just then went on
        answering, and the test waited in vain for its server to be found hung)."""
        self._signal(signal.SIGSTOP, [self.process.pid])
        self._signal(signal.SIGSTOP, self._processes())

    def resume(self) -> None:
        self._signal(signal.SIGCONT, self._processes())

    def _signal(self, number: int, pids: list[int]) -> None:
        for pid in pids:
            try:
                os.kill(pid, number)
            except ProcessLookupError:
                pass  # a backend that ended meanwhile

    def _processes(self) -> list[int]:
        """The server's process and its children (the backends)."""
        found = [self.process.pid]
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except (OSError, IndexError):
                continue  # gone meanwhile
            if int(fields[1]) == self.process.pid:
                found.append(int(stat.parent.name))
        return found

    def start_again(self) -> None:
        """Start the server again on the same data after `crash`."""
        self.process = subprocess.Popen(
            self.process.args, stdout=subprocess.DEVNULL, stderr=open(self.home / "server.log", "ab"), **self._as_user()
        )
        self._wait_ready()

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)  # fast shutdown
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()
        shutil.rmtree(self.home, ignore_errors=True)

    def _wait_ready(self) -> None:
        import psycopg

        deadline = time.monotonic() + 60
        while True:
            try:
                with psycopg.connect(self.admin_url, connect_timeout=2):
                    return
            except psycopg.OperationalError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    log = (self.home / "server.log").read_text(errors="replace")[-2000:]
                    raise RuntimeError(f"the test PostgreSQL server did not start:\n{log}") from None
                time.sleep(0.05)

    def _run(self, program: str, *args: str) -> None:
        subprocess.run([str(self.binaries / program), *args], check=True, capture_output=True, **self._as_user())

    def _as_user(self) -> dict[str, int]:
        return {} if self.user is None else {"user": self.user.pw_uid, "group": self.user.pw_gid}

    def _reachable(self, binaries: Path) -> Path:
        """The binaries where the server's user can run them: a copy of the installation in the
        server's folder when that user cannot reach them where they are (a venv under /root)."""
        if self.user is None or _can_reach(binaries / "postgres", self.user):
            return binaries
        installation, package = binaries.parent, binaries.parent.parent
        libraries = package.parent / f"{package.name}.libs"  # a wheel's libraries, found by a relative rpath
        copy = self.home / "install"
        shutil.copytree(installation, copy / package.name / installation.name, symlinks=True)
        if libraries.is_dir():
            shutil.copytree(libraries, copy / libraries.name, symlinks=True)
        for path in [copy, *copy.rglob("*")]:
            os.chown(path, self.user.pw_uid, self.user.pw_gid, follow_symlinks=False)
        return copy / package.name / installation.name / binaries.name


def _server_user() -> pwd.struct_passwd | None:
    """Who runs the server: None for ourselves, unless we are root (PostgreSQL refuses root)."""
    if os.geteuid() != 0:
        return None
    for name in ("nobody", "fieldmark-pg"):
        try:
            return pwd.getpwnam(name)
        except KeyError:
            continue
    subprocess.run(["useradd", "--system", "--no-create-home", "fieldmark-pg"], check=True, capture_output=True)
    return pwd.getpwnam("fieldmark-pg")


def _can_reach(program: Path, user: pwd.struct_passwd) -> bool:
    """Whether `user` may run `program`: every folder above it searchable, the file executable."""
    probe = subprocess.run(["test", "-x", str(program)], user=user.pw_uid, group=user.pw_gid, check=False)
    return probe.returncode == 0


_SERVER: PostgresServer | None = None


def shared_server() -> PostgresServer | None:
    """The run's server, started the first time it is asked for; None without PostgreSQL binaries."""
    global _SERVER
    if _SERVER is None:
        binaries = find_binaries()
        if binaries is None:
            return None
        _SERVER = PostgresServer(binaries)
    return _SERVER
