"""Why a place was proposed and by which layer: the words the detail pane shows beside a
suggested place, and the layer `fieldmark suggest --stats` counts it under."""

from __future__ import annotations

from annotations.model import PlaceKind
from annotations.suggest.gazetteer import Place
from annotations.suggest.place_choice import readable
from annotations.suggest.place_hits import PlaceHit


def place_layer(place: Place, hit: PlaceHit) -> str:
    """Which layer proposed the place (`fieldmark suggest --stats` counts by it)."""
    if place.id.startswith("entity:"):
        return "memory"
    return "name shape" if place.source == "text" and hit.region_of is None else "gazetteer"


def place_reason(place: Place, hit: PlaceHit, kind: PlaceKind | None, shown: PlaceKind | None = None) -> str:
    """Why the place was proposed, as the detail pane shows it ("city Lashio (Shan, Myanmar) ·
    geonames", "a place by the words before it"); `shown`: the kind suggested, when the words
    make it another than the gazetteer's ("village here; city Novohrodivka (…) · geonames": a
    newcomer read "village" above "why: city Novohrodivka" as a contradiction)."""
    if hit.region_of is not None:
        return f"region of {hit.region_of.country or hit.region_of.name}"
    if place.source == "text":
        if kind is None:  # "in Moura", "fled to …", "captured Nawnghkio": not always a preposition
            return "a place by the words before it"
        return "named as a place" if kind == "other" else f"named as a {kind}"
    where = ", ".join(x for x in (place.province if place.province != place.name else None, place.country) if x)
    label = f"{place.kind} {readable(place.name, place.source, place.codes.get('iso3166_1'))}" + (
        f" ({where})" if where else ""
    )
    how = "" if hit.exact else "near spelling of "
    origin = "tagged before in the corpus" if place.id.startswith("entity:") else place.source  # not "your tags": a
    # team's corpus holds others' (helper-255)
    here = f"{'a place' if shown == 'other' else shown} here; " if shown and shown != place.kind else ""
    return f"{here}{how}{label} · {origin}"
