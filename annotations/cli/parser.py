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


def point(value: str) -> tuple[float, float] | tuple[()]:
    """`--point LAT,LON`: two numbers in degrees, latitude first, each within its range; `none` takes the point off."""
    if value.strip().casefold() in ("none", ""):
        return ()
    parts = value.replace(" ", "").split(",")
    try:
        latitude, longitude = (float(p) for p in parts)
    except ValueError:
        raise argparse.ArgumentTypeError(f"want LAT,LON in degrees (13.6017,26.6876); got {value!r}") from None
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        raise argparse.ArgumentTypeError(f"latitude within ±90 and longitude within ±180; got {value!r}")
    return latitude, longitude


class _Refused(argparse.Action):
    """An option a command names otherwise: an error as soon as it is read ("copy --db X SOURCE
    DEST" had said DEST was missing, its SOURCE taken by --db)."""

    def __call__(self, parser: argparse.ArgumentParser, *_: object, **__: object) -> None:
        parser.error("copy takes no --db: it copies SOURCE into DEST (fieldmark copy SOURCE DEST)")


@dataclass(frozen=True)
class Command:
    """A sub-command: its name, what runs it, argparse's help texts and what adds its arguments
    (given the parser and the help of `--db`)."""

    name: str
    handler: Handler
    help: str
    description: str
    arguments: Callable[[argparse.ArgumentParser, str], None]
    db: bool = True
    """With `--db`, unless it names its databases otherwise (`copy SOURCE DEST`)."""


def build_parser(settings: Settings, command: str | None = None) -> argparse.ArgumentParser:
    """The whole grammar, or with `command` that command's only: a command runs with its own
    parser made (making all 28 of argparse's was 4-5 ms of every `fieldmark`, the app's start
    too); the list of commands and `--help` make them all."""
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
    for each in COMMANDS:
        if command is None or each.name == command:
            sub = commands.add_parser(each.name, help=each.help, description=each.description)
            sub.set_defaults(handler=each.handler, db=None)
            if each.db:
                sub.add_argument("--db", default=None, metavar="DB", help=db_help)
            else:  # refused by name as it is read, rather than ignored or taken for SOURCE
                sub.add_argument("--db", dest="db_refused", action=_Refused, help=argparse.SUPPRESS)
            each.arguments(sub, db_help)
    return parser


def _open(sub: argparse.ArgumentParser, _db_help: str) -> None:
    sub.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="files or folders to import first")
    sub.add_argument(
        "--annotator",
        default=None,
        help="your name on new annotations (default: annotator in the config file, $FIELDMARK_ANNOTATOR or your login)",
    )
    sub.add_argument("--readonly", action="store_true", help="open without the right to change anything")


def _import(sub: argparse.ArgumentParser, _db_help: str) -> None:
    sub.add_argument(
        "paths", nargs="+", type=Path, metavar="PATH", help="article files, folders, exports, brat folders"
    )
    sub.add_argument(
        "--max-size",
        type=float,
        default=DEFAULT_MAX_BYTES / (1024 * 1024),
        metavar="MB",
        help="refuse files larger than this many megabytes (default: %(default)g)",
    )
    sub.add_argument(
        "--published",
        metavar="DATE",
        help="publication date (YYYY-MM-DD) for articles whose file does not say one (also dates one imported before "
        "with none)",
    )
    sub.add_argument("--url", metavar="URL", help="where the articles were published, for files that do not say")


_BOM_HELP = "start a CSV with a byte order mark, so that Excel reads its accents"


def _export(sub: argparse.ArgumentParser, _db_help: str) -> None:
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
    sub.add_argument(
        "--kind", default=None, choices=KINDS, help="only this kind of annotation (events: claim, the rows' own)"
    )
    sub.add_argument(
        "--status", default=None, choices=ANNOTATION_STATUSES, help="only accepted or suggested (events: accepted)"
    )
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
    sub.add_argument("--no-point", action="store_true", help="only the places with no point (off the map)")
    actions = sub.add_subparsers(dest="action", metavar="ACTION")
    added = [actions.add_parser("list", help="one row per entity with its mentions, articles and claims")]
    merge = actions.add_parser("merge", help="move every use of OTHER to KEEP; OTHER's names become aliases")
    merge.add_argument("keep", metavar="KEEP", help="id or name of the entity kept")
    merge.add_argument("others", nargs="+", metavar="OTHER", help="ids or names of the entities merged into it")
    merge.add_argument("--name", default=None, help="a new name for the entity kept (its old one stays an alias)")
    rename = actions.add_parser("rename", help="a new canonical name (the old one stays an alias)")
    rename.add_argument("entity", metavar="ENTITY")
    rename.add_argument("name", metavar="NAME")
    setting = actions.add_parser("set", help="an actor's type or affiliation; a place's kind, where it is, its point")
    setting.add_argument("entity", metavar="ENTITY")
    setting.add_argument(
        "--type", default=None, choices=ACTOR_TYPES, help="ACLED's actor family (and media, officials)"
    )
    setting.add_argument("--affiliation", default=None)
    setting.add_argument("--place-kind", default=None, choices=PLACE_KINDS, help="a place's kind")
    setting.add_argument("--province", default=None, help='a place\'s province ("" for none)')
    setting.add_argument("--country", default=None, help='a place\'s country ("" for none)')
    setting.add_argument(
        "--point",
        default=None,
        type=point,
        metavar="LAT,LON",
        help="a place's point in degrees (south or west: --point=-13.5,-20.1)",
    )
    setting.add_argument(
        "--from-gazetteer",
        nargs="?",
        const="",
        default=None,
        metavar="PLACE",
        help="a place as a gazetteer knows it (kind, province, country, codes, point): PLACE is the id or a code "
        "`gazetteer search` shows, or a name; none: the one place the entity's names find",
    )
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
    added[0].add_argument("--no-point", action="store_true", default=argparse.SUPPRESS)


def _list(sub: argparse.ArgumentParser, _db_help: str) -> None:
    sub.add_argument("--json", action="store_true", help="print a JSON list instead of a table")


def _show(sub: argparse.ArgumentParser, _db_help: str) -> None:
    sub.add_argument("article", metavar="ARTICLE", help="article id (or a unique prefix of it)")
    sub.add_argument("--annotator", default=None, help="only this annotator's work (curated: the adjudicated layer)")


def _agree(sub: argparse.ArgumentParser, _db_help: str) -> None:
    sub.add_argument("--annotators", nargs=2, required=True, metavar=("A", "B"))
    sub.add_argument("--kind", default=None, choices=KINDS)
    sub.add_argument("--json", action="store_true", help="print JSON instead of a table")


def _suggest(sub: argparse.ArgumentParser, _db_help: str) -> None:
    sub.add_argument("article", metavar="ARTICLE", nargs="?", help="article id (or a unique prefix of it)")
    sub.add_argument("--stats", action="store_true", help="count suggestions per layer: made, accepted, rejected")
    sub.add_argument("--json", action="store_true", help="print JSON instead of a table")


def _claims(sub: argparse.ArgumentParser, _db_help: str) -> None:
    sub.add_argument(
        "--place", metavar="NAME", help="only claims about a place whose name, or whose province's, contains NAME"
    )
    sub.add_argument("--actor", metavar="NAME", help="only claims made by, or about, an actor whose name contains NAME")
    sub.add_argument("--since", metavar="DATE", help="only claims of events on or after DATE (YYYY-MM-DD)")
    sub.add_argument(
        "--annotator",
        default=None,
        help="only this analyst's claims (curated: the adjudicated ones); without it, an adjudicated article's "
        "curated claims, and a claim several analysts tagged on the same words once",
    )
    sub.add_argument("--json", action="store_true", help="print JSON instead of a table")


def _assign(sub: argparse.ArgumentParser, _db_help: str) -> None:
    sub.add_argument("articles", nargs="*", metavar="ARTICLE", help="article ids (or unique prefixes)")
    sub.add_argument("--to", nargs="+", metavar="ANALYST", help="the analysts to give them to")
    sub.add_argument("--overlap", type=int, default=1, help="analysts per article, for agreement (default 1)")
    sub.add_argument(
        "--take-from", nargs="+", metavar="ANALYST", help="the analysts to take them back from (given by mistake)"
    )


def _adjudicate(sub: argparse.ArgumentParser, _db_help: str) -> None:
    sub.add_argument("article", metavar="ARTICLE", help="article id (or unique prefix)")
    sub.add_argument("--analysts", nargs="+", metavar="NAME", help="whom to compare (default: everyone)")
    sub.add_argument("--take-agreed", action="store_true", help="copy the agreed units into the curated layer")
    sub.add_argument("--json", action="store_true", help="print JSON instead of a table")


def _check(sub: argparse.ArgumentParser, _db_help: str) -> None:
    sub.add_argument("--repair", action="store_true", help="fix what can be fixed safely (backs up first)")
    sub.add_argument("--json", action="store_true", help="print problems as JSON")


def _backup(sub: argparse.ArgumentParser, _db_help: str) -> None:
    sub.add_argument("--reason", default="manual", help="a word kept in the backup's name")


def _restore(sub: argparse.ArgumentParser, _db_help: str) -> None:
    sub.add_argument("backup", nargs="?", type=Path, metavar="BACKUP", help="a backup folder (or its name)")
    sub.add_argument(
        "--force", action="store_true", help="restore another database's backup over this one, which holds articles"
    )


def _copy(sub: argparse.ArgumentParser, _db_help: str) -> None:
    sub.add_argument("source", metavar="SOURCE", help="a database folder or postgresql:// URL")
    sub.add_argument("destination", metavar="DEST", help="an empty or new database folder, or postgresql:// URL")


COMMANDS: tuple[Command, ...] = (
    Command("open", Handler("opening", "cmd_open"), "open the app (the default command)", "Open the app.", _open),
    Command(
        "import",
        Handler("corpus", "cmd_import"),
        "import articles, or merge a Fieldmark export or brat folder",
        "Import .txt, .md, .html, .json and .jsonl articles; folders are searched recursively. A Fieldmark "
        "export (.json or .jsonl, known by its content whatever its name) or a brat folder is merged: its "
        "articles, annotations (each analyst's kept), entities and rejected suggestions. Exits 1 when a file "
        "or an annotation was refused.",
        _import,
    ),
    Command("list", Handler("corpus", "cmd_list"), "list the articles", "One row per article.", _list),
    Command(
        "show",
        Handler("corpus", "cmd_show"),
        "print an article and its annotations",
        "Print an article's text and annotations.",
        _show,
    ),
    Command(
        "export",
        Handler("corpus", "cmd_export"),
        f"export annotations ({', '.join(FORMATS)})",
        "Export articles, annotations and entities. Writes to stdout unless -o is given.",
        _export,
    ),
    Command(
        "agree",
        Handler("corpus", "cmd_agree"),
        "agreement between two annotators",
        "Span precision/recall/F1 (exact and overlapping) and Cohen's kappa, A as reference.",
        _agree,
    ),
    Command(
        "suggest",
        Handler("places", "cmd_suggest"),
        "print the suggestions for an article, or how each layer fared (--stats)",
        "Places (with province and country), actors and claims (with claimant) Fieldmark proposes. "
        "--stats counts, per layer (memory, gazetteer, lexicon, name shape, cues), the suggestions made over the "
        "corpus (or ARTICLE) as they stood before review, and how many the analyst accepted and rejected. "
        "Suggestions are accepted or rejected in the app (y, Y, r; R walks them); this command only prints them.",
        _suggest,
    ),
    Command(
        "gazetteer",
        Handler("places", "cmd_gazetteer"),
        "import, list and search places",
        "The places suggestions draw on.",
        _gazetteer,
    ),
    Command(
        "claims",
        Handler("claims", "cmd_claims"),
        "the claims of the corpus grouped into events, contradictions marked",
        "Claims grouped by place, claim type and date (within a week), with their date, claimant, cue, "
        "certainty, grade and the control status they assert; contradicting claims are marked and independent "
        "sources counted by who speaks.",
        _claims,
    ),
    Command(
        "assign",
        Handler("team", "cmd_assign"),
        "give articles to analysts (a team's server), or list who has what",
        "With --to, give ARTICLEs (default: every article) to the analysts, each article to --overlap of "
        "them, keeping loads even; an article keeps the analysts it has. With --take-from, take ARTICLEs (default: "
        "every article they were given) back from the analysts; their work stays. Without either, list each "
        "analyst's share.",
        _assign,
    ),
    Command(
        "adjudicate",
        Handler("team", "cmd_adjudicate"),
        "compare analysts' annotations of an article; take the agreed ones into the curated layer",
        "One row per unit (a kind over a span): agreed, differs, or curated, with each analyst's version. "
        "--take-agreed copies every agreed unit into the curated layer (annotator 'curated'); the app's adjudication "
        "screen (J) takes one version of a disagreement by key.",
        _adjudicate,
    ),
    Command(
        "entities",
        Handler("entities", "cmd_entities"),
        "list, merge, rename, split and prune places and actors; share entity lists",
        "The corpus's places and actors, one per real place or group. With no ACTION, lists them.",
        _entities,
    ),
    Command(
        "check",
        Handler("maintenance", "cmd_check"),
        "verify the whole database (exit 1 on problems)",
        "Check every article's hash, every annotation's offsets and quote, entity and claim "
        "references, the catalog and the undo history. --repair fixes what is safe to fix, after a backup.",
        _check,
    ),
    Command(
        "backup",
        Handler("maintenance", "cmd_backup"),
        "snapshot the database now",
        "Snapshot the database. Kept until you delete it: only the backups Fieldmark makes by "
        "itself (at a start, before a repair or a restore) are pruned to the newest `backups`.",
        _backup,
    ),
    Command(
        "restore",
        Handler("maintenance", "cmd_restore"),
        "list backups, or make the database what a backup holds",
        "With no BACKUP, list the backups. The current state is backed up before restoring.",
        _restore,
    ),
    Command(
        "copy",
        Handler("maintenance", "cmd_copy"),
        "copy a whole database into an empty one (a folder or a server, either way)",
        "Copy every article, annotation, entity, rejected suggestion and gazetteer of SOURCE into "
        "DEST, which must be empty (a new folder, or a server database without articles). The copy is exact: "
        "the exports of both are the same but for their export time. Undo histories are not copied.",
        _copy,
        db=False,  # SOURCE and DEST say which databases: a --db would be ignored
    ),
)
COMMAND_NAMES = tuple(command.name for command in COMMANDS)
"""The commands: a PATH named like one is likely a mistyped command."""


_LEADING = ("--db", "--annotator")
"""Options that may come before the command (`fieldmark --db DB import FILE`): moved after it,
where argparse reads them. `--annotator` so too: before, `fieldmark --annotator ana import FILES`
took "import" for a file, imported the files and started the app (a newcomer's, in a script)."""


def with_default_command(argv: Sequence[str], commands: Sequence[str]) -> list[str]:
    """`fieldmark [PATH...]` means `fieldmark open [PATH...]`; the options of `_LEADING` before
    the command go after it."""
    args = list(argv)
    leading: list[str] = []
    while args[:1] and (args[0] in _LEADING or args[0].startswith(tuple(f"{o}=" for o in _LEADING))):
        leading += args[:2] if args[0] in _LEADING else args[:1]
        args = args[2:] if args[0] in _LEADING else args[1:]
    if not args or (args[0] not in commands and args[0] not in ("-h", "--help")):
        return ["open", *leading, *args]
    return [args[0], *leading, *args[1:]]
