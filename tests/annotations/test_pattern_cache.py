"""The recognisers' patterns read back from the cache folder are the patterns `re.compile` makes,
and a damaged, stale or foreign cache costs a compile, never a wrong pattern."""

from __future__ import annotations

import json
import marshal
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from annotations.text import pattern_cache
from annotations.text.pattern_cache import compiled

SOURCES = [
    (r"\b(?:[Rr]esidents|[Cc]ivilians)\b", 0),
    (r"(?P<who>[A-Z]\w+)\s+(?:said|told)\s+(?P<whom>\w+)", 0),
    (r"(?<=[,”] )said\s+(?:one,\s+)?(\w+)(?=[.,;])", 0),
    ("the \\s+ army  # a comment\n \\s+ said", re.VERBOSE | re.IGNORECASE),
    (r"(?i)Kelvin|ſtraße|Ölmühle", 0),
]


@pytest.fixture()
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty cache folder of this test's own, read afresh."""
    monkeypatch.setenv("FIELDMARK_CACHE", str(tmp_path))
    monkeypatch.delenv("FIELDMARK_CONFIG", raising=False)
    pattern_cache.forget()
    yield tmp_path
    pattern_cache.forget()


def _compile_all() -> list[re.Pattern[str]]:
    return [compiled(source, flags) for source, flags in SOURCES]


def test_patterns_read_back_are_those_re_compiles(cache: Path) -> None:
    first = _compile_all()
    assert pattern_cache.misses() == len(SOURCES)
    pattern_cache.write_new()
    assert pattern_cache.cache_file().parent == cache
    pattern_cache.forget()

    again = _compile_all()

    assert pattern_cache.misses() == 0
    for (source, flags), made, before in zip(SOURCES, again, first, strict=True):
        assert made == re.compile(source, flags) == before  # same text, flags and engine code
        assert made.groupindex == re.compile(source, flags).groupindex
    found = again[1].search("Then Ahmed said nothing")
    assert found is not None and found.group("who", "whom") == ("Ahmed", "nothing")
    assert again[3].search("The ARMY said so") is not None
    assert again[4].fullmatch("kelvin") is not None and again[4].fullmatch("STRASSE") is None


def test_a_changed_pattern_is_compiled_again_alone(cache: Path) -> None:
    _compile_all()
    pattern_cache.write_new()
    pattern_cache.forget()

    assert compiled(SOURCES[0][0]) == re.compile(SOURCES[0][0])
    changed = compiled(SOURCES[0][0] + "(?!-)")

    assert pattern_cache.misses() == 1
    assert changed == re.compile(SOURCES[0][0] + "(?!-)")
    assert compiled(SOURCES[0][0], re.IGNORECASE) == re.compile(SOURCES[0][0], re.IGNORECASE)  # other flags
    assert pattern_cache.misses() == 2


@pytest.mark.parametrize("content", [b"", b"not marshal at all \x00\xff", marshal.dumps([1, 2, 3])])
def test_a_damaged_cache_file_is_compiled_around_and_written_again(cache: Path, content: bytes) -> None:
    pattern_cache.cache_file().parent.mkdir(parents=True, exist_ok=True)
    pattern_cache.cache_file().write_bytes(content)

    made = _compile_all()

    assert made == [re.compile(source, flags) for source, flags in SOURCES]
    pattern_cache.write_new()
    pattern_cache.forget()
    _compile_all()
    assert pattern_cache.misses() == 0


@pytest.mark.parametrize(
    "bad",
    [(0, b"\x07\x00\x00\x00" * 3, 2, {"who": 1, "whom": 2}, (None, "who", "whom")), {"not": "a tuple"}, (1,)],
)
def test_an_entry_the_engine_refuses_is_compiled_again(cache: Path, bad: object) -> None:
    source = SOURCES[1][0]
    pattern_cache.cache_file().parent.mkdir(parents=True, exist_ok=True)
    pattern_cache.cache_file().write_bytes(marshal.dumps({("re", source, 0): bad}))

    assert compiled(source) == re.compile(source)
    assert pattern_cache.misses() == 1


def test_a_kept_value_is_served_only_to_the_code_that_worked_it_out_and_only_if_valid(cache: Path) -> None:
    """The gate's letters and the beginnings are kept under a digest of their code: changed code
    works them out again rather than reading an older code's answer; a damaged value too."""
    source = SOURCES[0][0]
    assert pattern_cache.kept("starts-old", source, 0, lambda: ("residents",), lambda v: isinstance(v, tuple)) == (
        "residents",
    )
    pattern_cache.write_new()
    pattern_cache.forget()

    assert pattern_cache.kept("starts-new", source, 0, lambda: ("civilians",), lambda v: True) == ("civilians",)
    assert pattern_cache.kept("starts-old", source, 0, lambda: ("again",), lambda v: isinstance(v, str)) == ("again",)
    assert pattern_cache.kept("starts-old", source, 0, lambda: ("x",), lambda v: isinstance(v, tuple)) == ("residents",)
    assert pattern_cache.source_digest(pattern_cache.__file__) != pattern_cache.source_digest(re.__file__)


def test_settings_that_cannot_be_read_cost_the_compile_never_an_error(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reviewer's: a cache folder of a user who does not exist made `load_settings` raise
    RuntimeError, which escaped into every suggestion."""
    monkeypatch.setenv("FIELDMARK_CACHE", "~no-such-user-here/cache")
    pattern_cache.forget()

    assert _compile_all() == [re.compile(source, flags) for source, flags in SOURCES]
    pattern_cache.write_new()


def test_a_file_grown_too_large_keeps_only_the_entries_in_use(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pattern_cache, "MOST_BYTES", 2_000)
    _compile_all()
    pattern_cache.write_new()
    pattern_cache.forget()

    compiled(SOURCES[0][0], SOURCES[0][1])
    compiled("a new pattern")
    pattern_cache.write_new()

    kept = marshal.loads(pattern_cache.cache_file().read_bytes())
    assert set(kept) == {("re", SOURCES[0][0], 0), ("re", "a new pattern", 0)}


def test_an_unwritable_cache_folder_costs_nothing_but_the_compile(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = cache / "file"
    blocker.write_text("a file where the folder would be", encoding="utf-8")
    monkeypatch.setenv("FIELDMARK_CACHE", str(blocker))
    pattern_cache.forget()

    assert _compile_all() == [re.compile(source, flags) for source, flags in SOURCES]
    pattern_cache.write_new()  # nothing to write into: no error

    assert blocker.read_text(encoding="utf-8") == "a file where the folder would be"


_RECOGNISERS = """
import json, re, sys
import annotations.suggest.engine, annotations.claims.events
from annotations.suggest import Knowledge, suggest
from annotations.suggest.canonical import country_named_in
from annotations.text import pattern_cache, regex_gate
for text in (
    "Beninese troops and Nigerien soldiers crossed into Burkina Faso, the army said on Monday.",
    "Residents of Kunduz said Taliban fighters had seized the district, according to a spokesman.",
):
    suggest(text, Knowledge([]))
    country_named_in(text)
print(json.dumps({"misses": pattern_cache.misses(), "parses": regex_gate.parsed.cache_info().misses}))
"""

_ALL_EQUAL = """
import json, marshal, re, sys
from annotations.text import pattern_cache
entries = marshal.loads(pattern_cache.cache_file().read_bytes())
sources = [(key[1], key[2]) for key in entries if key[0] == "re"]
unequal = [s for s, f in sources if pattern_cache.compiled(s, f) != re.compile(s, f)]
print(json.dumps({"patterns": len(sources), "unequal": unequal, "misses": pattern_cache.misses()}))
"""


def _child(script: str, cache: Path, seed: str = "1") -> dict[str, object]:
    environ = {**os.environ, "FIELDMARK_CACHE": str(cache), "PYTHONHASHSEED": seed}
    environ.pop("FIELDMARK_CONFIG", None)
    done = subprocess.run(
        [sys.executable, "-c", script], env=environ, capture_output=True, text=True, timeout=300, check=True
    )
    answer: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    return answer


def test_a_second_process_compiles_and_parses_none_of_the_recognisers_patterns(tmp_path: Path) -> None:
    """Another hash seed in the second process: a pattern made from a set in its iteration order
    (a reviewer found the countries' names so ordered) would be compiled again and kept again by
    every process, the file growing at each."""
    first = _child(_RECOGNISERS, tmp_path, seed="1")
    second = _child(_RECOGNISERS, tmp_path, seed="2")
    read_back = _child(_ALL_EQUAL, tmp_path)

    assert isinstance(first["misses"], int) and first["misses"] > 500  # every pattern, the first time
    assert second == {"misses": 0, "parses": 0}  # nor any gate or beginnings worked out again
    assert read_back["unequal"] == [] and read_back["misses"] == 0
    assert isinstance(read_back["patterns"], int) and read_back["patterns"] > 500
