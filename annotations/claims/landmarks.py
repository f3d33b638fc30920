"""Places a claim names that are not where its event happened: a government's seat or a landmark ("the junta in
Ouagadougou", "the road to Quetta"), or a place named to say where another lies ("near Debre Markos", "25 km west of
Goma", "on Ramree Island") (split from `claim_places`, which was over 450 lines)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from annotations.model import Annotation
from annotations.text.compass import COMPASS
from annotations.text.pattern_cache import compiled

_SEAT = compiled(
    r"\b(?:government|junta|authorities|regime|administration|leadership|headquarters|rulers)\s+(?:based\s+)?in\s+$"
    r"|\b(?:border|frontier)s?\s+with\s+(?:neighbou?ring\s+)?$|\b(?:route|road|highway)\s+(?:from|to|into)\s+$|\bbordering\s+$",
    re.IGNORECASE,
)
"""Words before a place that make it the seat of a government or a landmark, not where something
happened: "a militia backed by the junta in Ouagadougou lost members in an ambush near Arbinda";
"Imam Sahib near the border with Tajikistan, a key supply route from Central Asia" (a newcomer's
claim was filed at Tajikistan and Central Asia), "the road to Quetta was closed" (helper-275)."""


_WHERE_IT_LIES = compiled(
    r",?\s+(?:(?:a|the)\s+[a-z]+\s+)?(?:(?:lies|is\s+(?:located|situated)|sits)\s+)?"  # "Merawi lies 30 km south of"
    r"(?:near|outside|close\s+to|(?:(?:about|some)\s+)?"
    r"(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+(?:\(\d+\s*(?:km|miles)\)\s+)?)?"  # "10 km (6 miles) southeast of"
    f"{COMPASS}"
    r"\s+of)\s+"
    r"(?:the\s+(?:town|city|village|regional\s+capital|capital)\s+(?:of\s+)?)?"
)
"""Between a place and another named to say where it lies: "the village of Yetnora, near Debre
Markos", "Sake, 25 km west of Goma" (a newcomer's drone strike on Yetnora was also an event at
Debre Markos, and its row was put there)."""
_IN_A_WIDER = compiled(
    rf"\s+in\s+(?:the\s+)?(?:(?:far\s+)?{COMPASS}(?:ern)?\s+|central\s+)?"
    rf"|,\s+in\s+(?:the\s+)?(?:far\s+)?(?:{COMPASS}(?:ern)?|central)\s+"
)
"""Between a place and the wider one it lies in ("In Gao in northern Mali, residents said …": helper-362's sentence
named two places, and its claim had none); after a comma only with where in it ("Gao, in northern Mali"), not a list
("in Kidal, in Gao and in Timbuktu")."""


def a_seat(text: str, mention: Annotation) -> bool:
    """Whether a place is named as a government's seat or a landmark (`_SEAT`)."""
    return _SEAT.search(text, max(0, mention.start - 40), mention.start) is not None


_ON_WHICH_IT_LIES = compiled(r",?\s+on\s+(?:the\s+)?")
"""Between a place and the island or peninsula it lies on: "the town of Ramree on Ramree Island",
"60 km south of Kyaukphyu on Ramree Island" (helper-314's market bombed in Ramree was a row at the
island, the place named last before "killing 18"); only an island's, a peninsula's or a lake's name
(`_LAND_IT_LIES_ON`): "strikes by Israel on Gaza City", "attacks on Kharkiv, on Odesa", "in Ukraine on the
Zaporizhzhia front" name where it happened (helper-324's review)."""
_LAND_IT_LIES_ON = compiled(r"\b(?:Islands?|Isle|Peninsula|Archipelago|Atoll|Lake)\b")
_LAND_AFTER = compiled(r"\s+(?:island|peninsula)\b")


def _land_it_lies_on(text: str, mention: Annotation) -> bool:
    """Whether a place is named as an island, a peninsula or a lake ("Ramree Island", "the Ramree peninsula")."""
    return bool(_LAND_IT_LIES_ON.search(text, mention.start, mention.end) or _LAND_AFTER.match(text, mention.end))


_A_ROAD = compiled(r"\b(?i:highway|road|motorway|expressway|route|corridor)\b")
"""In or right after a place's name, a road ("the Pan-American Highway", "the Kabul-Kandahar highway"): no place
of an event's row, which the town it runs near is (helper-359's blockade "near Popayán" was a row at the road)."""


def _a_road(text: str, mention: Annotation) -> bool:
    return _A_ROAD.search(text, mention.start, min(len(text), mention.end + 9)) is not None


def _where_another_lies(text: str, mention: Annotation, mentions: Sequence[Annotation]) -> bool:
    """Whether a place is named right after another place tagged in the claim, to say where that
    one lies (`_WHERE_IT_LIES`, `_ON_WHICH_IT_LIES`): "Gunmen near Zurmi" names no place before it;
    nor does a road ("blocked the Pan-American Highway near Popayán": the town is the row's place)."""
    return any(
        m.entity_id != mention.entity_id
        and m.end <= mention.start
        and not _a_road(text, m)
        and (
            _WHERE_IT_LIES.fullmatch(text, m.end, mention.start) is not None
            or (_ON_WHICH_IT_LIES.fullmatch(text, m.end, mention.start) is not None and _land_it_lies_on(text, mention))
        )
        for m in mentions
    )


def in_a_wider_place(text: str, mention: Annotation, mentions: Sequence[Annotation]) -> bool:
    """Whether a place is named right after another as the wider place that one is in ("In Gao in northern Mali"): of
    the places of a claim's sentence outside its words, not the event's (a claim's own keep it, for its admin2)."""
    return any(m.end <= mention.start and _IN_A_WIDER.fullmatch(text, m.end, mention.start) for m in mentions)


def where_it_lies(text: str, mention: Annotation, places: Sequence[Annotation]) -> bool:
    """Whether a place is named as a seat or a landmark (`a_seat`), or to say where one of `places` lies ("Merawi
    lies about 30 km south of Bahir Dar, on the main road to Addis Ababa"): no place of an event of its own."""
    return (
        a_seat(text, mention)
        or _where_another_lies(text, mention, places)
        or (any(m.entity_id == mention.entity_id for m in places) and _LIES.match(text, mention.end) is not None)
    )


_LIES = compiled(r"\s+(?:lies|is\s+(?:located|situated)|sits)\s")
"""After a place, that the sentence says where it lies ("Merawi lies about 30 km south of …")."""


def not_only_seats(about: tuple[str, ...], text: str, mentions: Sequence[Annotation]) -> tuple[str, ...]:
    """The places a claim is about without those named only as a government's seat, unless
    nothing else is left (a newcomer's ambush near Arbinda was filed under Ouagadougou)."""
    seated: dict[str, bool] = {}  # a place: whether every mention of it names a seat
    for m in mentions:
        here = a_seat(text, m) or _where_another_lies(text, m, mentions)
        seated[str(m.entity_id)] = seated.get(str(m.entity_id), True) and here
    kept = tuple(place for place in about if not seated.get(place))
    return kept or about


SOMETHING_ELSE = compiled(
    r"\b(?:separately|also|elsewhere|meanwhile|(?:land)?mines?|IEDs?|explosives?|went\s+off|detonated)\b", re.IGNORECASE
)
"""Words of another happening in a sentence naming where a place lies ("an army truck on the road to Dapaong hit a
mine")."""
AN_ACT = compiled(
    r"\b(?:executed|attacked|ambushed|shot|stormed|raided|abducted|kidnapped|bombed|shelled|struck|fired|massacred|"
    r"beheaded|hacked|burned|torched)\b"
)
"""An act of a toll's own ("ELN fighters had executed 20 of his men"): across a paragraph, no count of the event
before."""
