"""Where a place only the text names lies: beside the places of the article a gazetteer knows.

"The Abu Shouk displacement camp" is in no gazetteer; the towns and provinces named around it are
(the anchors), and the nearest of its paragraph, in the country most of the article's places are
in, gives it a province. No anchor of that country in the paragraph: no guess, since a wrong
province looks as sure as a right one.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from annotations.entities.matching import fold
from annotations.model import PlaceDetails
from annotations.suggest.gazetteer import Place
from annotations.suggest.place_choice import far_off, opens_a_dateline
from annotations.suggest.place_hits import PlaceHit, named_by_text
from annotations.suggest.placenames import plain
from annotations.text.pattern_cache import compiled

TOWN = 20_000
"""A town this large is found by any spelling of its name ("Nekemte" for Nek’emtē), in a country
the article is about; smaller places only as GeoNames spells them."""

Anchor = tuple[int, str | None, str | None]
"""(where a known place is named, its province, its country)."""


_SEAT_OF = compiled(
    r"\b(?:government|authorities|officials|ministry|ministries|presidency|parliament|spokes(?:man|woman|person))"
    r"\s+(?:based\s+)?in\s+$"
)
"""Before a capital that seats who speaks ("a spokesman for the national government in Kinshasa"):
a newcomer's chiefdom in Ituri, named right before it, was put in Kinshasa."""
_WHERE_SAID = compiled(
    r"\b(?:told|said|says|speaking|spoke|said\s+in\s+a\s+statement)\s+(?:(?:to\s+)?(?:reporters|journalists|the\s+press|"
    r"a\s+news\s+conference|a\s+press\s+conference)\s+)?(?:in|from)\s+$"
)
"""Before a town where someone spoke ("told reporters in Dakar"): a newcomer's Blaze forest, a
sentence before, was put in Dakar's province."""
_WHERE_TAKEN = compiled(
    r"\b(?:airlifted|flown|evacuated|taken|transferred|rushed|referred|brought|fled|fleeing)\s+"
    r"(?:[\w’'\-]+\s+){0,3}?(?:to|into)\s+(?:the\s+)?$",
    re.IGNORECASE,  # "Fleeing to Mandera, …" opening a sentence (helper-352)
)
"""Before a town someone was taken or fled to ("Two other officers were wounded and airlifted to Nairobi"): where
they went, not where a place of the event lies (helper-348's Bodhei, on a road of Lamu, was put in Nairobi); not
where the displaced shelter ("displaced villagers in Sagaing region's Depayin"), nor a hospital in the town ("the
Saudi hospital in El Fasher", beside the Abu Shouk camp on its edge)."""
_AN_OUTLETS_NAME = compiled(
    r"\s+(?:Post|Times|Herald|Tribune|Star|Daily|News|Gazette|Journal|Standard|Observer|Guardian|Mail|Telegraph|"
    r"Express|Chronicle|Globe|Sun|Monitor|Inquirer|Courier)\b"
)
"""After a town in a newspaper's name, with its "The" ("The Jakarta Post"; not "the Kachin News
Group", whose state is the article's): where it is printed, not where a place of the article
lies (Seradala, in Highland Papua, went to Jakarta from the dateline "Wamena (The Jakarta
Post)")."""
CALLED_A_PROVINCE = compiled(r"\s+(?i:state|province|region)\b")
"""After a name: the text calls it a province ("Niger state"), not the country of that name."""


_A_KIND_AFTER = compiled(r"\s+(?:township|district|village|county|municipality|commune|town|locality)\b", re.I)
"""A kind word after a name ("Kani township"): a place the text describes, not a town abroad the
article never names (Kani of Gifu, Japan, put Sagaing's Kani and Depayin in Japan: helper-266)."""
_A_GROUPS_NAME = compiled(r"\s+(?:fighters|militia|militias|militiamen|rebels|insurgents|gunmen)\b")


def anchors_of(text: str, exact: list[tuple[int, int, list[Place]]], countries: set[str | None]) -> list[Anchor]:
    """The places of the article a gazetteer knows for sure, in text order: a town, district or
    province spelt as written, in a country the article names or a sizeable town (never a place
    elsewhere that a person's name nearly spells: "Budi" is no Budy in Kharkiv; nor the name of a
    group of fighters: "Fano fighters", told ten times, put the Azezo neighbourhood of Gondar in
    Italy's Marche for helper-261), in one province; of a capital a report was filed from, only its country."""
    anchors: list[Anchor] = []
    for start, end, places in exact:
        surface = text[start:end]
        if surface.isupper() and len(surface) <= 4:
            continue  # "UN" is no town of Gujarat to put a camp beside
        if _SEAT_OF.search(text, max(0, start - 40), start) and _a_capital(surface, places):
            continue  # "the national government in Kinshasa": where it sits, not where anything here lies
        if _AN_OUTLETS_NAME.match(text, end) and text.endswith("The ", 0, start):
            continue  # "(The Jakarta Post)": a newspaper's name
        if _A_GROUPS_NAME.match(text, end):
            continue  # "Fano fighters": a group named for a place, not the place
        if _WHERE_SAID.search(text, max(0, start - 40), start) or _WHERE_TAKEN.search(text, max(0, start - 50), start):
            continue  # "Sow told reporters in Dakar": where it was said, not where the forest he spoke of lies
        a_country = any(p.kind == "country" and plain(p.name) == plain(surface) for p in places)
        known = [
            p
            for p in places
            if p.source != "text"
            and (
                p.country in countries
                or (p.population >= TOWN and not _A_KIND_AFTER.match(text, end) and not far_off(p, countries))
            )
            and p.kind in ("city", "district", "province")
            and (plain(p.name) == plain(surface) or (p.kind == "province" and _by_another_name(surface, p)))
            and not (a_country and (p.kind != "province" or not CALLED_A_PROVINCE.match(text, end)))
            # "Mozambique" is no town of Nampula; "Niger state" is Nigeria's province, "in Niger" the country
        ]
        filed_from = opens_a_dateline(text, start, end)
        where = {(p.name if p.kind == "province" else p.province, p.country) for p in known}
        if len(where) == 1:
            province, country = next(iter(where))
            if filed_from:  # "NAIROBI, May 4 (Reuters) -": its country, not its province (Balcad was in Nairobi City);
                # a capital or not ("YANGON, Myanmar (AP) - The Arakan Army captured Paletwa": Chin's, not Yangon's;
                # "PORT SUDAN" over Um Kadada in Darfur: helper-364's and helper-365's)
                anchors.append((start, None, country))
            elif province:
                anchors.append((start, province, country))
    return sorted(anchors)


def beside_a_known_place(text: str, at: int, anchors: list[Anchor], details: PlaceDetails) -> PlaceDetails:
    """A place only the text names ("the Abu Shouk displacement camp", "the Tabarre neighbourhood")
    lies in the province of the nearest anchor (`anchors_of`) of its paragraph: the one just before
    it or the one just after it, the one before when both are as near; one in the country most of
    the article's places are in before any other."""
    index = bisect_left(anchors, (at,))
    after = index + (index < len(anchors) and anchors[index][0] == at)  # never the place itself
    beside = [anchors[i] for i in (index - 1, after) if 0 <= i < len(anchors)]
    beside = [a for a in beside if "\n" not in text[min(a[0], at) : max(a[0], at)]]
    # the article's country by the places it tells before the capital it was filed from (province None): "BANGKOK, …
    # (AP) -" beside one Sagaing made a village of Sagaing Thai; the capital still breaks a tie ("MOGADISHU" beside a
    # Somali region and a Hassan of India, a man's name)
    weight: Counter[str | None] = Counter()
    for _at, province, country in anchors:
        weight[country] += 2 if province is not None else 1
    main = weight.most_common(1)
    home_country = details.country or (main[0][0] if main else None)  # its own, if told ("Gornal in Russia")
    if home_country is not None:  # "convoys from Chad through the Adre crossing … near Tawila": the article's
        # own country first, in the paragraph, else no guess (a wrong province looks as sure as a right one)
        home = [a for a in beside if a[2] == home_country]
        beside = home or [a for a in _in_paragraph(text, at, anchors) if a[2] == home_country]
    if not beside:
        return details
    beside = [a for a in beside if a[1] is not None] or beside  # a dateline's town tells its country only
    _start, province, country = min(beside, key=lambda a: abs(a[0] - at))
    return replace(details, province=province, country=country)


def _in_paragraph(text: str, at: int, anchors: list[Anchor]) -> list[Anchor]:
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    return [a for a in anchors if start <= a[0] and (end < 0 or a[0] < end)]


def _by_another_name(surface: str, province: Place) -> bool:
    """Whether a province is written by another of its names ("Highland Papua" for Papua Pengunungan)."""
    return plain(surface) in {plain(name) for name in province.names()}


def _a_capital(surface: str, places: list[Place]) -> bool:
    from annotations.suggest.acting import capitals  # the capitals are read once a government sits in one

    seats = capitals()
    written = fold(surface).replace(" ", "")
    return any(p.kind == "city" and written in seats.get(p.codes.get("iso3166_1", ""), ()) for p in places)


_A_PLACE_OF_IT = compiled(
    r"(?:\s+[a-z]+)?\s+(?:of|in)\s+(?:the\s+)?"
    r"(?:[A-Z][\w\-]*\b(?:\s+[A-Z][\w\-]*\b){0,3}(?!['’]s\b)"  # "in Somalia", not "in Russia's siege of Mariupol"
    r"|[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3}['’]s\s+"
    r"(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?"
    r"(?:[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2}\s+(?:region|province|state|district|county|department|governorate|"
    r"oblast|prefecture)|[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2}(?=\s*[,.;])))"
)
"""After a place, its country, alone or with one of its provinces ("Juba in Somalia's Lower Shabelle
region", "Kismayo in Somalia's Lower Juba."): not a country's act ("Mariupol in Russia's siege",
"Khan Younis in Israel's latest offensive") nor a country's camp ("El Geneina in Chad's Adre camp")."""
_OF_A_COUNTRY = compiled(
    r"(?:\s+(?:district|region|province|county|department|prefecture|area|village|town|camp))?\s+(?:of|in)\s+"
    r"(?:the\s+)?(?=[A-Z])|,\s+(?=[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2}\s*[,.;])"  # "in Fambita, Niger, on Friday"
)


def of_a_country(text: str, end: int, exact: Sequence[PlaceHit]) -> str | None:
    """The country a place only the text names is said to be in, right after it ("the Foni district
    of The Gambia", "Lakoro in Gambia": a newcomer's Foni lay in Senegal's Ziguinchor, a province
    named nearby): no province of the article's other places is guessed for it."""
    said = _OF_A_COUNTRY.match(text, end)
    if said is None or not (said.group().startswith(",") or _A_PLACE_OF_IT.match(text, end)):
        return None  # not "Khan Younis in Israel's latest offensive"
    for hit in exact:
        if hit.start == said.end() and not CALLED_A_PROVINCE.match(text, hit.end):  # not "in Niger State"
            return next((p.country or p.name for p in hit.places if p.kind == "country"), None)
    return None


def in_the_country_said(text: str, hit: PlaceHit, exact: Sequence[PlaceHit]) -> list[Place]:
    """The places a name may be where the text says right after it which country it lies in ("the
    town of Juba in Somalia's Lower Shabelle": South Sudan's capital was suggested): that country's
    namesakes, or a place only the text names there. A country named so is no town of another."""
    abroad = of_a_country(text, hit.end, exact) if hit.exact and hit.places else None
    if abroad is None or any(p.kind == "country" for p in hit.places):
        return hit.places
    there = [p for p in hit.places if p.country == abroad]
    return there or [named_by_text(text[hit.start : hit.end], hit.context_kind or "other", country=abroad)]
