"""The command line's grammar: one sub-command per use, each naming the function that runs it."""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from annotations.cli.context import Context
from annotations.exchange.selection import FORMATS, TABLES
from annotations.model import ACTOR_TYPES, ANNOTATION_STATUSES, ENTITY_KINDS, KINDS, PLACE_KINDS
from annotations.settings import ENVIRONMENT, Settings
from annotations.store.opening import shown_location
from annotations.text.limits import DEFAULT_MAX_BYTES

DB_ENV = ENVIRONMENT["db"]

AddCommand = Callable[..., argparse.ArgumentParser]
"""Adds a sub-command: its name, the function that runs it, and argparse's help texts."""


@dataclass(frozen=True)
class Handler:
    """A command's function, by module and name, imported when that command runs: `fieldmark`
    and each command load their own modules only (all of them took 250 ms before the app's
    first frame, and of every command)."""

    module: str
    function: str

    def __call__(self, ctx: Context) -> int:
        handler = getattr(importlib.import_module(f"annotations.cli.{self.module}"), self.function)
        return int(handler(ctx))


def output_path(value: str) -> Path | None:
    """Where `-o` writes: a file, or standard output for "-" as for no `-o` (a file named "-" was
    written where a user piping the export expected it on the screen)."""
    return None if value == "-" else Path(value)


class _Refused(argparse.Action):
    """An option a command names otherwise: an error as soon as it is read ("copy --db X SOURCE
    DEST" had said DEST was missing, its SOURCE taken by --db)."""

    def __call__(self, parser: argparse.ArgumentParser, *_: object, **__: object) -> None:
        parser.error("copy takes no --db: it copies SOURCE into DEST (fieldmark copy SOURCE DEST)")


COMMAND_NAMES: list[str] = []
"""The commands, as the parser made them: a PATH named like one is likely a mistyped command."""


def build_parser(settings: Settings) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="fieldmark",
        description=(
            "Read and annotate news articles: districts, actors and claims, by keyboard. "
            "With no command, opens the app (importing any PATHs first)."
        ),
        epilog=(
            f"Default database: {shown_location(settings.db)}\n(--db DB or ${DB_ENV} to change)\n"
            f"Settings: {settings.config_file}"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    db_help = (
        f"database folder or postgresql:// URL (default: {shown_location(settings.db)}; "
        f"${DB_ENV} or db in the config file change it)"
    )

    def command(
        name: str, handler: Handler, *, help: str, description: str, db: bool = True
    ) -> argparse.ArgumentParser:
        """A command; with `--db` unless it names its databases otherwise (`copy SOURCE DEST`)."""
        sub = commands.add_parser(name, help=help, description=description)
        sub.set_defaults(handler=handler, db=None)
        if name not in COMMAND_NAMES:
            COMMAND_NAMES.append(name)
        if db:
            sub.add_argument("--db", default=None, metavar="DB", help=db_help)
        else:  # refused by name as it is read, rather than ignored or taken for SOURCE
            sub.add_argument("--db", dest="db_refused", action=_Refused, help=argparse.SUPPRESS)
        return sub

    _open(
        command(
            "open",
            Handler("opening", "cmd_open"),
            help="open the app (the default command)",
            description="Open the app.",
        )
    )
    _import(
        command(
            "import",
            Handler("corpus", "cmd_import"),
            help="import articles from files or folders",
            description="Import .txt, .md, .html, .json and .jsonl articles; folders are searched recursively.",
        )
    )
    listing = command(
        "list", Handler("corpus", "cmd_list"), help="list the articles", description="One row per article."
    )
    listing.add_argument("--json", action="store_true", help="print a JSON list instead of a table")
    show = command(
        "show",
        Handler("corpus", "cmd_show"),
        help="print an article and its annotations",
        description="Print an article's text and annotations.",
    )
    show.add_argument("article", metavar="ARTICLE", help="article id (or a unique prefix of it)")
    show.add_argument("--annotator", default=None, help="only this annotator's work (curated: the adjudicated layer)")
    _export(
        command(
            "export",
            Handler("corpus", "cmd_export"),
            help=f"export annotations ({', '.join(FORMATS)})",
            description="Export articles, annotations and entities. Writes to stdout unless -o is given.",
        )
    )
    agree = command(
        "agree",
        Handler("corpus", "cmd_agree"),
        help="agreement between two annotators",
        description="Span precision/recall/F1 (exact and overlapping) and Cohen's kappa, A as reference.",
    )
    agree.add_argument("--annotators", nargs=2, required=True, metavar=("A", "B"))
    agree.add_argument("--kind", default=None, choices=KINDS)
    agree.add_argument("--json", action="store_true", help="print JSON instead of a table")
    suggest = command(
        "suggest",
        Handler("places", "cmd_suggest"),
        help="print the suggestions for an article, or how each layer fared (--stats)",
        description="Places (with province and country), actors and claims (with claimant) Fieldmark proposes. "
        "--stats counts, per layer (memory, gazetteer, lexicon, name shape, cues), the suggestions made over the "
        "corpus (or ARTICLE) as they stood before review, and how many the analyst accepted and rejected.",
    )
    suggest.add_argument("article", metavar="ARTICLE", nargs="?", help="article id (or a unique prefix of it)")
    suggest.add_argument("--stats", action="store_true", help="count suggestions per layer: made, accepted, rejected")
    suggest.add_argument("--json", action="store_true", help="print JSON instead of a table")
    _gazetteer(
        command(
            "gazetteer",
            Handler("places", "cmd_gazetteer"),
            help="import, list and search places",
            description="The places suggestions draw on.",
        ),
        db_help,
    )
    board = command(
        "claims",
        Handler("claims", "cmd_claims"),
        help="the claims of the corpus grouped into events, contradictions marked",
        description="Claims grouped by place, claim type and date (within a week), with their date, claimant, cue, "
        "certainty, grade and the control status they assert; contradicting claims are marked and independent "
        "sources counted by who speaks.",
    )
    board.add_argument(
        "--place", metavar="NAME", help="only claims about a place whose name, or whose province's, contains NAME"
    )
    board.add_argument(
        "--actor", metavar="NAME", help="only claims made by, or about, an actor whose name contains NAME"
    )
    board.add_argument("--since", metavar="DATE", help="only claims of events on or after DATE (YYYY-MM-DD)")
    board.add_argument("--json", action="store_true", help="print JSON instead of a table")
    assign = command(
        "assign",
        Handler("team", "cmd_assign"),
        help="give articles to analysts (a team's server), or list who has what",
        description="With --to, give ARTICLEs (default: every article) to the analysts, each article to --overlap of "
        "them, keeping loads even; an article keeps the analysts it has. With --take-from, take ARTICLEs (default: "
        "every article they were given) back from the analysts; their work stays. Without either, list each "
        "analyst's share.",
    )
    assign.add_argument("articles", nargs="*", metavar="ARTICLE", help="article ids (or unique prefixes)")
    assign.add_argument("--to", nargs="+", metavar="ANALYST", help="the analysts to give them to")
    assign.add_argument("--overlap", type=int, default=1, help="analysts per article, for agreement (default 1)")
    assign.add_argument(
        "--take-from", nargs="+", metavar="ANALYST", help="the analysts to take them back from (given by mistake)"
    )
    adjudicate = command(
        "adjudicate",
        Handler("team", "cmd_adjudicate"),
        help="compare analysts' annotations of an article; take the agreed ones into the curated layer",
        description="One row per unit (a kind over a span): agreed, differs, or curated, with each analyst's version. "
        "--take-agreed copies every agreed unit into the curated layer (annotator 'curated'); the app's adjudication "
        "screen (J) takes one version of a disagreement by key.",
    )
    adjudicate.add_argument("article", metavar="ARTICLE", help="article id (or unique prefix)")
    adjudicate.add_argument("--analysts", nargs="+", metavar="NAME", help="whom to compare (default: everyone)")
    adjudicate.add_argument("--take-agreed", action="store_true", help="copy the agreed units into the curated layer")
    adjudicate.add_argument("--json", action="store_true", help="print JSON instead of a table")
    _entities(
        command(
            "entities",
            Handler("entities", "cmd_entities"),
            help="list, merge, rename, split and prune places and actors; share entity lists",
            description="The corpus's places and actors, one per real place or group. With no ACTION, lists them.",
        ),
        db_help,
    )
    _maintenance(command)
    return parser


def _open(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="files or folders to import first")
    sub.add_argument(
        "--annotator",
        default=None,
        help="your name on new annotations (default: annotator in the config file, $FIELDMARK_ANNOTATOR or your login)",
    )
    sub.add_argument("--readonly", action="store_true", help="open without the right to change anything")


def _import(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    sub.add_argument(
        "--max-size",
        type=float,
        default=DEFAULT_MAX_BYTES / (1024 * 1024),
        metavar="MB",
        help="refuse files larger than this many megabytes (default: %(default)g)",
    )
    sub.add_argument(
        "--published", metavar="DATE", help="publication date (YYYY-MM-DD) for articles whose file does not say one"
    )
    sub.add_argument("--url", metavar="URL", help="where the articles were published, for files that do not say")


_BOM_HELP = "start a CSV with a byte order mark, so that Excel reads its accents"


def _export(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--format", default="json", choices=FORMATS, help="output format (default: json)")
    sub.add_argument(
        "--table",
        default=None,
        choices=TABLES,
        help="with --format csv: one row per claim (default), place mention or actor mention",
    )
    sub.add_argument(
        "--per-claim",
        action="store_true",
        help="with --format events or events-json: one row per claim, not one per event its claims tell",
    )
    sub.add_argument(
        "-o",
        "--output",
        type=output_path,
        default=None,
        metavar="PATH",
        help="file (folder for brat; - or none: stdout)",
    )
    sub.add_argument("--force", action="store_true", help="replace an existing file")
    sub.add_argument("--bom", action="store_true", help=f"{_BOM_HELP} (csv, events)")
    sub.add_argument("--article", default=None, metavar="ID", help="only this article (id or unique prefix)")
    sub.add_argument("--kind", default=None, choices=KINDS, help="only this kind of annotation")
    sub.add_argument("--status", default=None, choices=ANNOTATION_STATUSES, help="only accepted or suggested")
    sub.add_argument("--annotator", default=None, help="only this annotator's work")


def _gazetteer(sub: argparse.ArgumentParser, db_help: str) -> None:
    actions = sub.add_subparsers(dest="action", metavar="ACTION", required=True)
    gz_import = actions.add_parser("import", help="import a CSV or JSON gazetteer file into the database")
    gz_import.add_argument("file", type=Path, metavar="FILE")
    gz_import.add_argument("--name", default=None, help="name to keep it under (default: the file name)")
    gz_import.add_argument(
        "--column",
        action="append",
        default=[],
        metavar="FIELD=HEADER",
        help="read FIELD (name, alternates, kind, province, country, code, latitude, longitude) from HEADER",
    )
    gz_import.add_argument("--kind", default="district", choices=PLACE_KINDS, help="kind of rows that do not say")
    gz_import.add_argument("--country", default=None, help="country of rows that do not say")
    gz_list = actions.add_parser("list", help="the gazetteers and how many places each holds")
    gz_search = actions.add_parser("search", help="places with a name (any spelling)")
    gz_search.add_argument("name", metavar="NAME")
    gz_search.add_argument("--json", action="store_true")
    gz_remove = actions.add_parser("remove", help="remove an imported gazetteer from the database")
    gz_remove.add_argument("name", metavar="NAME")
    for action in (gz_import, gz_list, gz_search, gz_remove):
        action.add_argument("--db", default=argparse.SUPPRESS, metavar="DB", help=db_help)


def _entities(sub: argparse.ArgumentParser, db_help: str) -> None:
    sub.add_argument("--kind", default=None, choices=ENTITY_KINDS, help="only places or only actors")
    sub.add_argument("--json", action="store_true", help="print JSON instead of a table")
    actions = sub.add_subparsers(dest="action", metavar="ACTION")
    added = [actions.add_parser("list", help="one row per entity with its mentions, articles and claims")]
    merge = actions.add_parser("merge", help="move every use of OTHER to KEEP; OTHER's names become aliases")
    merge.add_argument("keep", metavar="KEEP", help="id or name of the entity kept")
    merge.add_argument("others", nargs="+", metavar="OTHER", help="ids or names of the entities merged into it")
    merge.add_argument("--name", default=None, help="a new name for the entity kept (its old one stays an alias)")
    rename = actions.add_parser("rename", help="a new canonical name (the old one stays an alias)")
    rename.add_argument("entity", metavar="ENTITY")
    rename.add_argument("name", metavar="NAME")
    setting = actions.add_parser("set", help="an actor's type or affiliation")
    setting.add_argument("entity", metavar="ENTITY")
    setting.add_argument(
        "--type", default=None, choices=ACTOR_TYPES, help="ACLED's actor family (and media, officials)"
    )
    setting.add_argument("--affiliation", default=None)
    split = actions.add_parser("split", help="move chosen mentions to a new entity")
    split.add_argument("entity", metavar="ENTITY")
    split.add_argument("--mention", action="append", required=True, metavar="ARTICLE:ANNOTATION")
    split.add_argument("--name", required=True, help="the new entity's name")
    prune = actions.add_parser("prune", help="remove the entities no mention or claim points to")
    prune.add_argument("--dry-run", action="store_true", help="only list them")
    prune.add_argument("--kind", default=argparse.SUPPRESS, choices=ENTITY_KINDS)
    export = actions.add_parser("export", help="write the entity list (CSV or JSON) for another database")
    export.add_argument("--format", default="csv", choices=("csv", "json"))
    export.add_argument(
        "-o", "--output", type=output_path, default=None, metavar="PATH", help="file (- or none: stdout)"
    )
    export.add_argument("--force", action="store_true", help="replace an existing file")
    export.add_argument("--bom", action="store_true", help=f"{_BOM_HELP} (csv)")
    export.add_argument("--kind", default=argparse.SUPPRESS, choices=ENTITY_KINDS)
    imported = actions.add_parser("import", help="add the entities of a CSV or JSON list (known ones learn aliases)")
    imported.add_argument("file", type=Path, metavar="FILE")
    for action in (*added, merge, rename, setting, split, prune, export, imported):
        action.add_argument("--db", default=argparse.SUPPRESS, metavar="DB", help=db_help)
    added[0].add_argument("--kind", default=argparse.SUPPRESS, choices=ENTITY_KINDS)
    added[0].add_argument("--json", action="store_true", default=argparse.SUPPRESS)


def _maintenance(command: AddCommand) -> None:
    check = command(
        "check",
        Handler("maintenance", "cmd_check"),
        help="verify the whole database (exit 1 on problems)",
        description="Check every article's hash, every annotation's offsets and quote, entity and claim "
        "references, the catalog and the undo history. --repair fixes what is safe to fix, after a backup.",
    )
    check.add_argument("--repair", action="store_true", help="fix what can be fixed safely (backs up first)")
    check.add_argument("--json", action="store_true", help="print problems as JSON")
    backup = command(
        "backup",
        Handler("maintenance", "cmd_backup"),
        help="snapshot the database now",
        description="Snapshot the database. Kept until you delete it: only the backups Fieldmark makes by "
        "itself (at a start, before a repair or a restore) are pruned to the newest `backups`.",
    )
    backup.add_argument("--reason", default="manual", help="a word kept in the backup's name")
    restore = command(
        "restore",
        Handler("maintenance", "cmd_restore"),
        help="list backups, or make the database what a backup holds",
        description="With no BACKUP, list the backups. The current state is backed up before restoring.",
    )
    restore.add_argument("backup", nargs="?", type=Path, metavar="BACKUP", help="a backup folder (or its name)")
    copy = command(
        "copy",
        Handler("maintenance", "cmd_copy"),
        help="copy a whole database into an empty one (a folder or a server, either way)",
        description="Copy every article, annotation, entity, rejected suggestion and gazetteer of SOURCE into "
        "DEST, which must be empty (a new folder, or a server database without articles). The copy is exact: "
        "the exports of both are the same but for their export time. Undo histories are not copied.",
        db=False,  # SOURCE and DEST say which databases: a --db would be ignored
    )
    copy.add_argument("source", metavar="SOURCE", help="a database folder or postgresql:// URL")
    copy.add_argument("destination", metavar="DEST", help="an empty or new database folder, or postgresql:// URL")


def with_default_command(argv: Sequence[str], commands: Sequence[str]) -> list[str]:
    """`fieldmark [PATH...]` means `fieldmark open [PATH...]`. `--db DB` may come before the
    command too (`fieldmark --db DB import FILE`): it is moved after it, where argparse reads it."""
    args = list(argv)
    leading: list[str] = []
    while args[:1] and (args[0] == "--db" or args[0].startswith("--db=")):
        leading += args[:2] if args[0] == "--db" else args[:1]
        args = args[2:] if args[0] == "--db" else args[1:]
    if not args or (args[0] not in commands and args[0] not in ("-h", "--help")):
        return ["open", *leading, *args]
    return [args[0], *leading, *args[1:]]
