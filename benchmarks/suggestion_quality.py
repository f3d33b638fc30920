"""Precision and recall of suggestions against gold files (the shape of seed-gold.json).

    python -m benchmarks.suggestion_quality [GOLD.json ...] [--gazetteer FILE] [--json PATH]

With no gold files it scores every file in benchmarks/gold/. A gold file names its article
(`file`, relative to the gold file) and lists the places and actors an analyst tags (surface
forms) and the claims (claimant, cue, the first words of the content). Surfaces are compared
without case, a leading "the", possessives and quotation marks. Gold spans that do not occur in
the article's text (the seed's gold lists a place from its title) cannot be suggested and are
reported, not counted. A claim is found when a suggested claim starts with its content.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from annotations.suggest import Knowledge, Suggestion, suggest
from annotations.suggest.builtin_places import builtin_gazetteer
from annotations.suggest.gazetteer import Gazetteer, PlaceLookup
from annotations.suggest.gazetteer_files import read_gazetteer_file
from annotations.text.ingest import read_path

GOLD_DIR = Path(__file__).resolve().parent / "gold"
AIMS = {"places": (0.85, 0.9), "actors": (None, 0.8), "claims": (None, 0.7)}
"""(precision, recall) each kind should reach."""


def norm(surface: str) -> str:
    text = surface.replace("’", "'").casefold()
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"[“”\"«»‘']", "", text)
    text = " ".join(text.split()).strip(" ,.;:")
    return re.sub(r"^(?:the|a|an|mr\.?|ms\.?|mrs\.?|dr\.?) ", "", text)  # "Mr. Khudaida" is "Khudaida"


@dataclass
class Score:
    suggested: int = 0
    gold: int = 0
    found: int = 0
    correct_suggestions: int = 0
    missed: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    not_in_text: list[str] = field(default_factory=list)
    detail: dict[str, Any] = field(default_factory=dict)

    @property
    def precision(self) -> float:
        return self.correct_suggestions / self.suggested if self.suggested else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    def add(self, other: Score) -> None:
        self.suggested += other.suggested
        self.gold += other.gold
        self.found += other.found
        self.correct_suggestions += other.correct_suggestions

    def to_dict(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            "suggested": self.suggested,
            "gold": self.gold,
            "found": self.found,
            "missed": self.missed,
            "wrong": self.wrong,
            "not_in_text": self.not_in_text,
            **self.detail,
        }


def score_spans(text: str, gold: Sequence[str], suggestions: Sequence[Suggestion]) -> Score:
    """Distinct surfaces: how many suggested ones are gold, how many gold ones were suggested."""
    lowered = norm(text)
    present = {norm(g) for g in gold if norm(g) in lowered}
    absent = sorted({g for g in gold if norm(g) not in lowered})
    suggested = {norm(s.quote) for s in suggestions}
    score = Score(suggested=len(suggested), gold=len(present), not_in_text=absent)
    score.found = len(present & suggested)
    score.correct_suggestions = len(suggested & present)
    score.missed = sorted(present - suggested)
    score.wrong = sorted(suggested - present)
    return score


def score_claims(text: str, gold: Sequence[dict[str, Any]], suggestions: Sequence[Suggestion]) -> Score:
    claims = [s for s in suggestions if s.kind == "claim"]
    bodies = [norm(s.quote) for s in claims]
    # a claimant is right under any name of its entity ("MINUSCA" for the mission's full name)
    names_at = {(s.start, s.end): [norm(n) for n in s.entity.names()] for s in suggestions if s.entity is not None}
    score = Score(suggested=len(claims), gold=len(gold))
    used: set[int] = set()
    claimants_right = 0
    for item in gold:
        opening = norm(item["content_start"])
        match = next((i for i, body in enumerate(bodies) if body.startswith(opening) and i not in used), None)
        if match is None:
            score.missed.append(item["content_start"])
            continue
        used.add(match)
        score.found += 1
        claimant = claims[match].claimant
        said_by = norm(text[claimant[0] : claimant[1]]) if claimant else ""
        wanted = norm(item["claimant"])
        names = [said_by, *names_at.get(claimant, [])] if claimant and said_by else []
        if any(wanted in name or name in wanted or _same_person(name, wanted) for name in names):
            claimants_right += 1
    score.correct_suggestions = len(used)
    score.wrong = [claims[i].quote[:50] for i in range(len(claims)) if i not in used]
    score.detail["claimant_right"] = claimants_right
    return score


def _same_person(a: str, b: str) -> bool:
    from rapidfuzz import fuzz

    return any(fuzz.ratio(x, y) >= 80 for x in a.split() for y in b.split() if len(x) > 3 and len(y) > 3)


def score_file(gold_path: Path, gazetteers: Sequence[PlaceLookup]) -> dict[str, Score]:
    gold = orjson.loads(gold_path.read_bytes())
    article_path = (gold_path.parent / gold["file"]).resolve()
    article = read_path(article_path).articles[0]
    suggestions = suggest(article.text, Knowledge(list(gazetteers)))
    places = [s for s in suggestions if s.kind == "district"]
    actors = [s for s in suggestions if s.kind == "actor"]
    return {
        "places": score_spans(article.text, [p["surface"] for p in gold["places"]], places),
        "actors": score_spans(article.text, [a["surface"] for a in gold["actors"]], actors),
        "claims": score_claims(article.text, gold["claims"], suggestions),
    }


def run(gold_files: Sequence[Path], gazetteers: Sequence[PlaceLookup]) -> dict[str, Any]:
    """Scores per file and in total (micro-averaged), with the aims met or not."""
    results: dict[str, Any] = {"files": {}, "total": {}}
    totals = {kind: Score() for kind in AIMS}
    for path in gold_files:
        scores = score_file(path, gazetteers)
        results["files"][path.name] = {kind: s.to_dict() for kind, s in scores.items()}
        for kind, s in scores.items():
            totals[kind].add(s)
    for kind, total in totals.items():
        precision_aim, recall_aim = AIMS[kind]
        results["total"][kind] = {
            "precision": round(total.precision, 3),
            "recall": round(total.recall, 3),
            "aim_met": (precision_aim is None or total.precision >= precision_aim) and total.recall >= recall_aim,
        }
    return results


def table(results: dict[str, Any]) -> str:
    lines = [f"{'file':<28} {'kind':<7} {'P':>6} {'R':>6}  missed / wrong"]
    for name, scores in results["files"].items():
        for kind, s in scores.items():
            notes = "; ".join(s["missed"][:4]) + (" / " + "; ".join(s["wrong"][:4]) if s["wrong"] else "")
            lines.append(f"{name:<28} {kind:<7} {s['precision']:>6.2f} {s['recall']:>6.2f}  {notes}")
    for kind, s in results["total"].items():
        flag = "meets aim" if s["aim_met"] else "BELOW AIM"
        lines.append(f"{'all':<28} {kind:<7} {s['precision']:>6.2f} {s['recall']:>6.2f}  {flag}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.suggestion_quality", description=__doc__.split("\n")[0])
    parser.add_argument("gold", nargs="*", type=Path, help="gold files (default: benchmarks/gold/*.json)")
    parser.add_argument("--gazetteer", action="append", type=Path, default=[], help="also use this gazetteer file")
    parser.add_argument("--json", type=Path, help="write the results here")
    args = parser.parse_args(argv)
    files = args.gold or sorted(GOLD_DIR.glob("*.json"))
    extra = [p for path in args.gazetteer for p in read_gazetteer_file(path)]
    gazetteers = [Gazetteer(extra), builtin_gazetteer()] if extra else [builtin_gazetteer()]  # as the app
    results = run(files, gazetteers)
    print(table(results))
    if args.json:
        args.json.write_bytes(orjson.dumps(results, option=orjson.OPT_INDENT_2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
