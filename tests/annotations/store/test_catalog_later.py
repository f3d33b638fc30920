"""A folder opened with `articles_later` (as the app opens it): one article is read from its own
catalog shard, the list of all of them when first asked for, and a damaged catalog still
refuses to be read, only later."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotations.errors import CorruptDatabaseError
from annotations.model import Article
from annotations.store import Store, tinyfiles
from annotations.store.layout import catalog_file


def _articles(count: int) -> list[Article]:
    return [Article.create(f"Report {n}", f"Report {n} from the district of Imam Sahib.") for n in range(count)]


def _filled(db_path: Path, articles: list[Article]) -> None:
    with Store.open(db_path) as store:
        for article in articles:
            store.add_article(article)


def _shards_read(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    read: list[str] = []
    documents = tinyfiles.FileSet.documents

    def counted(self: tinyfiles.FileSet, relative: str, name: str) -> dict[str, dict[str, object]]:
        if relative.startswith("catalog/"):
            read.append(relative)
        return documents(self, relative, name)

    monkeypatch.setattr(tinyfiles.FileSet, "documents", counted)
    return read


def test_one_article_is_read_from_its_own_shard_and_the_list_when_asked(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    articles = _articles(40)
    _filled(db_path, articles)
    read = _shards_read(monkeypatch)
    wanted = articles[17]
    with Store.open(db_path, articles_later=True) as store:
        assert not store.catalog_ready()
        assert store.has_article(wanted.id) and not store.has_article("0" * 16)
        assert store.article(wanted.id).title == "Report 17"
        assert store.summary(wanted.id).order == 18
        assert set(read) == {catalog_file(wanted.id)}
        assert not store.is_empty()  # the first shard that holds an article says so
        assert not store.catalog_ready() and len(set(read)) <= 2
        assert [a.id for a in store.articles()] == [a.id for a in articles]
        assert store.catalog_ready() and len(store) == 40


def test_the_first_article_is_found_without_the_list(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The app opens it on a first start, before its first frame: building 5,000 records for the
    list took 60 ms there."""
    from annotations.store.summary import ArticleSummary

    articles = _articles(40)
    _filled(db_path, articles)
    built: list[object] = []
    from_dict = ArticleSummary.from_dict
    monkeypatch.setattr(ArticleSummary, "from_dict", classmethod(lambda cls, doc: built.append(doc) or from_dict(doc)))
    with Store.open(db_path, articles_later=True) as store:
        assert store.first_article() == articles[0].id
        assert not store.catalog_ready() and len(built) == 1
    with Store.open(tmp := db_path.parent / "empty", articles_later=True) as empty:
        assert empty.first_article() is None and tmp.exists()


def test_an_article_added_before_the_list_is_read_comes_after_every_other(db_path: Path) -> None:
    articles = _articles(5)
    _filled(db_path, articles)
    with Store.open(db_path, articles_later=True) as store:
        late = Article.create("Report 5", "Report 5 from Kunduz.")
        assert store.add_article(late)
        assert not store.add_article(articles[2])  # already there, though the list was not read yet
        assert [a.id for a in store.articles()] == [*(a.id for a in articles), late.id]
        assert store.summary(late.id).order == 6


def test_an_empty_database_is_empty_without_a_list(db_path: Path) -> None:
    with Store.open(db_path, articles_later=True) as store:
        assert store.is_empty() and not store.has_article("0" * 16)
        assert store.articles() == []


def test_a_damaged_catalog_is_refused_when_the_list_is_read(db_path: Path) -> None:
    articles = _articles(40)
    _filled(db_path, articles)
    damaged = db_path / catalog_file(articles[3].id)
    kept = next(a for a in articles if catalog_file(a.id) != catalog_file(articles[3].id))
    damaged.write_bytes(b'{"articles": {"x": ')
    with pytest.raises(CorruptDatabaseError):
        Store.open(db_path, readonly=True)
    with Store.open(db_path, articles_later=True) as store:
        assert store.article(kept.id).title == kept.title  # its own shard is whole
        with pytest.raises(CorruptDatabaseError, match="catalog"):
            store.articles()


def test_a_record_kept_under_another_key_is_not_that_article(db_path: Path) -> None:
    """Damaged keys: the record under key K says it is article Z. The list has Z, not K, and
    the one article read before the list agrees with it."""
    import orjson

    articles = _articles(3)
    _filled(db_path, articles)
    shard = db_path / catalog_file(articles[0].id)
    doc = orjson.loads(shard.read_bytes())
    doc["articles"][articles[0].id]["id"] = "z" * 16
    shard.write_bytes(orjson.dumps(doc))
    with Store.open(db_path, articles_later=True) as store:
        before = store.has_article(articles[0].id)
        listed = {a.id for a in store.articles()}
        assert before is store.has_article(articles[0].id) is (articles[0].id in listed) is False


def test_a_reader_of_a_folder_nobody_writes_reads_the_list_at_once(db_path: Path) -> None:
    """Read later, the list could meet a writer's round half done: a reader without a snapshot
    reads it when it opens."""
    _filled(db_path, _articles(3))
    with Store.open(db_path, readonly=True, articles_later=True) as store:
        assert store.catalog_ready()
    with Store.open(db_path, articles_later=True) as store:
        assert not store.catalog_ready()


def test_a_damaged_catalog_is_not_backed_up_over_the_good_backups(db_path: Path) -> None:
    """Found in review: the startup backup ran before the list was read, so five starts on a
    damaged catalog replaced every good backup with a copy of the damage."""
    import io

    from annotations.cli import run
    from annotations.store.backup import list_backups

    articles = _articles(40)
    _filled(db_path, articles)

    def app(store: Store, settings: object) -> int:
        store.articles()  # what the app reads after its first frame
        return 0

    def start() -> tuple[int, str]:
        err = io.StringIO()
        return run(["--db", str(db_path)], open_app=app, stdout=io.StringIO(), stderr=err), err.getvalue()

    for _ in range(5):
        assert start()[0] == 0
    good = {b.path.name for b in list_backups(db_path)}
    assert len(good) == 5
    last_shard = max({catalog_file(a.id) for a in articles})  # not the first one `is_empty` reads
    (db_path / last_shard).write_bytes(b'{"articles": {"x": ')
    for _ in range(5):
        code, said = start()
        assert code == 1 and "catalog" in said and "corrupt" in said
    assert {b.path.name for b in list_backups(db_path)} == good


def test_the_startup_backup_holds_the_database_as_it_was_opened(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """It is made in the background, so that the app does not wait for it: a change saved at once
    waits for the files to be linked, and is not in the backup."""
    import io
    import time

    from annotations.cli import run
    from annotations.store import backup as backups
    from annotations.store.backup import list_backups

    make_backup = backups.make_backup

    def slow(*args: object, **kwargs: object) -> object:
        time.sleep(0.3)  # a big corpus: the save below comes while the files are being linked
        return make_backup(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(backups, "make_backup", slow)

    _filled(db_path, _articles(40))
    late = Article.create("Report late", "Report late from Kunduz.")

    def app(store: Store, settings: object) -> int:
        store.add_article(late)  # saved at once, while the backup may still be linking
        assert store.flush(10)
        return 0

    assert run(["--db", str(db_path)], open_app=app, stdout=io.StringIO(), stderr=io.StringIO()) == 0
    (backup,) = list_backups(db_path)
    assert backup.reason == "start"
    with Store.open(backup.path, readonly=True) as kept:
        assert len(kept) == 40 and not kept.has_article(late.id)
    with Store.open(db_path, readonly=True) as now:
        assert now.has_article(late.id)


def test_a_startup_backup_that_cannot_be_made_is_told_not_silent(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Made in the background, a backup that failed (a full disk) was silent: the analyst went on
    without one and never knew. The app is told, and `fieldmark` says it on the terminal."""
    import errno
    import io
    import threading

    from annotations.cli import run
    from annotations.store import backup as backups
    from annotations.store.backup import list_backups

    def full(*args: object, **kwargs: object) -> object:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backups, "make_backup", full)
    _filled(db_path, _articles(3))
    told: list[str] = []
    heard = threading.Event()

    def app(store: Store, settings: object) -> int:
        store.when_start_backup_fails(lambda why: (told.append(why), heard.set()))
        store.articles()  # what the app reads after its first frame: the backup goes ahead
        assert heard.wait(10)
        late = Article.create("Report late", "Report late from Kunduz.")
        store.add_article(late)  # the work goes on: the writer was let go
        assert store.flush(10)
        return 0

    err = io.StringIO()
    assert run(["--db", str(db_path)], open_app=app, stdout=io.StringIO(), stderr=err) == 0
    assert told == ["the startup backup could not be made ([Errno 28] No space left on device)"]
    assert "fieldmark: the startup backup could not be made ([Errno 28] No space left on device)" in err.getvalue()
    assert list_backups(db_path) == []
    with Store.open(db_path, readonly=True) as now:
        assert len(now) == 4


def test_a_handler_set_after_the_failure_is_told_at_once(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from annotations.store import backup as backups

    def denied(*args: object, **kwargs: object) -> object:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(backups, "make_backup", denied)
    _filled(db_path, _articles(2))
    with Store.open(db_path, articles_later=True) as store:
        assert store.start_backup_failure is None
        store.backup_at_start(5)
        store.articles()
        store.close()  # waits for the backup's thread
        told: list[str] = []
        store.when_start_backup_fails(told.append)
        assert told == [store.start_backup_failure] and "Permission denied" in told[0]


def test_the_startup_backup_does_not_hold_other_processes_readers_while_it_waits(db_path: Path) -> None:
    """It held the locks a reader's snapshot takes from the open until the list was read (up
    to 2 s): another process's `fieldmark list` waited that long. The writer is held at its
    own gate instead, and the readers' locks stay free."""
    from annotations.store.backup import list_backups
    from annotations.store.reading import round_lock, turn_lock

    _filled(db_path, _articles(3))
    with Store.open(db_path, articles_later=True) as store:
        store.backup_at_start(5)
        for lock in (turn_lock(db_path), round_lock(db_path)):
            lock.acquire(timeout=0)  # free: a reader in another process would take it now
            lock.release()
        assert list_backups(db_path) == []  # still waiting for the app to read the list
        store.articles()
    (backup,) = list_backups(db_path)
    with Store.open(backup.path, readonly=True) as kept:
        assert len(kept) == 3
