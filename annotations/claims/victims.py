"""Actors a claim tells only as killed or hurt ("Twelve soldiers were killed", "gunmen killed
four policemen") or as a strike's target ("strikes hit hideouts of the BLF and the BLA"): the
victims of its event, not its doers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol

from annotations.claims.whose_dead import SERVING
from annotations.model import Annotation, Entity
from annotations.text.pattern_cache import compiled

_KILLED_AFTER = compiled(
    r"(?:\)|\s*\([^()]{1,30}\))?(?:,\s+(?:a|an|the)\s+[^,.;()]{1,80},)?"  # "The VDP (…), a militia backed by …, lost"
    r"(?:\s+(?:fighters|militants|soldiers|troops|members|men|policemen|officers|insurgents|rebels|gunmen|staff|"
    r"workers|volunteers|vigilantes|militiamen|guards|personnel|servicemen|peacekeepers))?"  # "five VDP volunteers were
    # killed" (helper-311: the VDP did it)
    r"(?:\s+(?:and|as well as)\s+(?:(?:at least|some|about|more than)\s+)?(?:(?:\d+|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|a|an)\s+)?(?:[\w\-]+\s+){0,2}?[\w\-]+"  # "soldiers and (three) civilians were killed"
    r"(?:\s+of\s+the\s+[^,.;()]{1,60}?\s*\([^()]{1,20}\))?)?"  # "soldiers and members of the Volunteers for the
    # Defence of the Homeland (VDP) were killed" (helper-361: the soldiers were taken for their killers)
    r"(?:,\s+(?:including|among them)\s+[^,.;]{1,60},)?"  # "civilians, including a tea vendor, were killed"
    rf"(?:\s+{SERVING}[^.;:\"“”]{{1,90}}?,?)?"  # "soldiers serving
    # with the African Union mission in Somalia, AUSSOM, were killed" (helper-359: they were the attackers)
    r"\s+(?:(?:were|was|had been|have been|has been|are|is|being)\s+(?:\w+\s+)?(?:killed|wounded|injured|abducted|"
    r"kidnapped|executed|beheaded|ambushed|taken hostage)"
    r"|(?:\w+\s+)?(?:died|perished|lost their lives|paid the (?:supreme|ultimate) price)"
    r"|(?:were|was)\s+among\s+the\s+(?:dead|killed|wounded|victims|casualties)"
    r"|(?:lost|suffered)\s+(?!(?:no|few|minimal|light|only)\b)(?:\w+\s+){0,2}?"
    r"(?:men|soldiers|fighters|members|officers|casualties|losses))\b",
    re.IGNORECASE,
)
_NOT_A_CLAUSE = (
    r"(?!(?:when|as|after|by|in|at|on|near|while|and|but|during|before|since|because|with|from|for|following|"
    r"amid|amidst|despite|through)\b)"
)
"""Not a word that opens a clause or a phrase of its own between the killing and those killed."""
_KILLED_BEFORE = compiled(
    r"\b(?:killed|killing|kills|wounded|wounding|injured|injuring|abducted|abducting|kidnapped|kidnapping|executed|"
    r"beheaded|ambushed|ambushing|attacked|attacking|targeted|targeting|shot|shooting|bodies\s+of)\s+"
    r"(?:(?:at least|some|about|nearly|more than|over|up to|dozens of|scores of)\s+)?"
    rf"(?:{_NOT_A_CLAUSE}[\w\-]+\s+){{0,4}}"  # "killed five members of the Dawlah Islamiyah" (helper-254)
    r"(?:and\s+(?:(?:at least|some|about|nearly|more than|over|up to)\s+)?(?:\d+|one|two|three|four|five|six|seven|"
    rf"eight|nine|ten|a|an)\s+(?:{_NOT_A_CLAUSE}(?![\w\-]+ed\b)[\w\-]+\s+){{0,2}}"  # not "and five abducted when"
    r"|and\s+(?:(?:the|its|their)\s+)?(?:allied|pro-government|government-allied)\s+(?:[\w\-]+\s+){0,2})?$",
    re.IGNORECASE,
)
"""Around an actor's words: it was killed, not the killer ("soldiers were among the dead", "the
army lost 12 men", "killed four policemen and two soldiers", "attacked the army and allied
militia fighters")."""


_THE_DEAD_WERE = compiled(
    r"\b(?:(?:(?:of|among)\s+)?the\s+(?:dead|killed|victims|casualties)(?:\s+[\w\-]+)?|those\s+(?:killed|who\s+"
    r"(?:were\s+killed|died)))\s+(?:were|was|included|include|had\s+been|have\s+been)\s+"
    r"(?:(?!(?:killed|by|as|when|while|after|before|ambushed|attacked|inflicted|shot|caught|taken|targeted|hit|"
    r"struck|trapped|gunned|murdered|executed|massacred|slain|surrounded|killed|accused|helping|aiding|"
    r"supporting|collaborating|sympathi[sz]ing|informants?|links?|ties|fled|fleeing|hostages?|captives|relatives|"
    r"families|wives|children|not)\b)[\w\-]+\s+){0,6}$",  # not "farmers accused of helping
    # JNIM" (helper-316)
    re.IGNORECASE,
)
"""Before an actor's words, that they were of the dead ("18 of the dead hostages were off-duty soldiers
and paramilitary Frontier Corps personnel": helper-294's row had the army attack the passengers; "those killed had
been members of the 33rd Front")."""


_DEAD_INCLUDING = compiled(
    r"\b(?:killed|killing|dead|died|deaths|bodies\s+of)(?:\s+(?:(?!and\b|but\b|was\b|were\b|by\b)[\w\-’']+\s+){0,8}?"
    r"[\w\-’']+)?,?\s+(?:including|among\s+them)\s+"
    r"(?:[\w\-’']+,?\s+){0,6}$",
    re.IGNORECASE,
)
"""One of the dead named in their list ("killing dozens of soldiers, including the garrison commander, Major
General David Majur Dak": helper-293's row had him fight his own army)."""


class ActingFor(Protocol):
    def acting_for(self, actor: Entity, *, speaking: bool = False) -> Entity: ...


def hurt_actors(
    claim: Annotation, annotations: Iterable[Annotation], entities: dict[str, Entity], groups: ActingFor
) -> dict[str, Entity]:
    """The actors (by the groups they act for) every mention of which inside the claim is told
    as killed or hurt ("twelve soldiers were killed when ISWAP attacked": the army; ISWAP did it);
    `annotations`: the accepted actor mentions inside the claim, with known entities."""
    told: dict[str, tuple[Entity, bool]] = {}
    for a in annotations:
        group = groups.acting_for(entities[str(a.entity_id)])
        before = claim.quote[max(0, a.start - claim.start - 60) : a.start - claim.start]
        hurt = bool(
            _KILLED_AFTER.match(claim.quote, a.end - claim.start)
            or _KILLED_BEFORE.search(before)
            or _THE_DEAD_WERE.search(before)
            or _DEAD_INCLUDING.search(claim.quote, max(0, a.start - claim.start - 160), a.start - claim.start)
            or (_SERVED_WITH.search(before) and _THEN_KILLED.match(claim.quote, a.end - claim.start))
        )
        told[group.id] = (group, told.get(group.id, (group, True))[1] and hurt)
    return {entity_id: group for entity_id, (group, only_hurt) in told.items() if only_hurt}


def served_with(
    claim: Annotation, annotations: Iterable[Annotation], entities: dict[str, Entity], groups: ActingFor
) -> set[str]:
    """The groups the dead are told serving with ("Four soldiers serving with the African Union mission were
    killed"): on their side, never the side they fought (helper-359's row set the soldiers against the AU)."""
    return {
        groups.acting_for(entities[str(a.entity_id)]).id
        for a in annotations
        if _SERVED_WITH.search(claim.quote[max(0, a.start - claim.start - 60) : a.start - claim.start])
    }


_SERVED_WITH = compiled(rf"\b{SERVING}[^.;:\"“”]{{0,60}}$", re.I)
_THEN_KILLED = compiled(
    r"[^.;:\"“”]{0,60}?,?\s+(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+)?(?:killed|wounded|injured)\b", re.I
)
"""The mission the dead served with, named between them and their killing: on their side, hurt with them."""
_TARGET_PLACES = (
    r"(?:hideouts?|positions?|bases?|camps?|targets?|strongholds?|depots?|facilities|headquarters|training\s+"
    r"(?:camps?|cent(?:re|er)s?)|launch(?:ing)?\s+(?:sites?|pads?))"
)
_STRUCK = (
    r"(?:hit|struck|targeted|targeting|bombed|bombing|shelled|shelling|pounded|pounding|raided|stormed|attacked|"
    r"overran|assaulted|"
    r"(?:strikes?|attacks?|fired|fire)\s+(?:on|at|upon))"
)
_TARGET_BEFORE = compiled(
    rf"\b(?:{_STRUCK}\s+(?:(?:the|several|some|two|three|four|five|\d+)\s+)?(?:[\w\-]+\s+){{0,2}}?{_TARGET_PLACES}\s+"
    r"(?:of|belonging\s+to|used\s+by)\s+(?:the\s+)?"
    r"(?:[^.;()]{1,60}?(?:\s*\([^()]{1,20}\))?,?\s+and\s+(?:the\s+)?)?"  # "hideouts of the BLF (BLF) and the BLA"
    r"|(?:targeted|targeting|struck|hit|bombed)"
    r"(?:\s+(?!(?:when|as|after|by|in|at|on|near|while|and|but|where|which|who|from|for|with|overnight)\b)"
    r"[\w\-]+){0,4}\s+(?:the\s+)?)$",
    re.IGNORECASE,
)
_TARGET_AFTER = compiled(rf"(?:['’]s?)?\s+(?:[\w\-]+\s+)?{_TARGET_PLACES}\b", re.IGNORECASE)
_STRUCK_JUST_BEFORE = compiled(
    rf"\b{_STRUCK}\s+(?:(?:the|an?|several|some|two|three|four|five|\d+)\s+)?$", re.IGNORECASE
)  # "stormed a Togolese Armed Forces base": the army's base struck


def targeted_actors(
    claim: Annotation, annotations: Iterable[Annotation], entities: dict[str, Entity], groups: ActingFor
) -> dict[str, Entity]:
    """The actors (by the groups they act for) every mention of which inside the claim is told as
    a strike's target ("hit hideouts of the BLF and the BLA", "air strikes hit ISWAP positions",
    "had targeted the Sunni militant group Jaish al-Adl"): struck, not striking, and never two
    sides fighting each other. A short form in brackets right after its name ("the Balochistan
    Liberation Front (BLF)") is told as the name is."""
    told: dict[str, tuple[Entity, bool]] = {}
    last: tuple[str, int] | None = None
    for a in sorted(annotations, key=lambda a: a.start):
        group = groups.acting_for(entities[str(a.entity_id)])
        start, end = a.start - claim.start, a.end - claim.start
        if last is not None and last[0] == group.id and claim.quote[last[1] : start].strip() == "(":
            last = (group.id, end)
            continue  # its short form in brackets
        before = claim.quote[max(0, start - 120) : start]
        target = bool(
            _TARGET_BEFORE.search(before)
            or (_STRUCK_JUST_BEFORE.search(before) and _TARGET_AFTER.match(claim.quote, end))
        )
        told[group.id] = (group, told.get(group.id, (group, True))[1] and target)
        last = (group.id, end)
    return {entity_id: group for entity_id, (group, only_target) in told.items() if only_target}


def set_upon(
    claim: Annotation, annotations: Iterable[Annotation], entities: dict[str, Entity], groups: ActingFor
) -> dict[str, Entity]:
    """The actors told going about something when another set upon them ("the soldiers were on
    patrol between Batibo and Widikum when gunmen of the Ambazonia Defence Forces opened fire":
    helper-268's row had the soldiers attack the ADF): those named before the "when", if an actor
    named after it, before the attack's verb, did it. Named on both sides, an actor is neither."""
    found = _SET_UPON.search(claim.quote)
    if (
        found is None
        or not _GOING_ABOUT.search(claim.quote, 0, found.start("when"))
        or _DOING_VIOLENCE.search(claim.quote, 0, found.start("when"))
    ):
        return {}
    when, verb = claim.start + found.start("when"), claim.start + found.start("verb")
    before: dict[str, Entity] = {}
    after: set[str] = set()
    for a in annotations:
        group = groups.acting_for(entities[str(a.entity_id)])
        if a.end <= when:
            before[group.id] = group
        elif a.end <= verb:
            after.add(group.id)
    return {i: e for i, e in before.items() if i not in after} if after else {}


def attacked_in_the_passive(
    claim: Annotation, annotations: Iterable[Annotation], entities: dict[str, Entity], groups: ActingFor
) -> dict[str, Entity]:
    """The actors named as the subject of an attack told in the passive ("a convoy of troops and VDP volunteers was
    attacked": helper-366's row had the VDP attack the army), in the clause before the verb; those named by "by"
    after it did it and are no subject."""
    found: dict[str, Entity] = {}
    for verb in _ATTACKED_IN_THE_PASSIVE.finditer(claim.quote):
        opened = [m.end() for m in _A_CLAUSE_OPENS.finditer(claim.quote, 0, verb.start())]
        clause = opened[-1] if opened else 0
        for a in annotations:
            if claim.start + clause <= a.start and a.end <= claim.start + verb.start():
                group = groups.acting_for(entities[str(a.entity_id)])
                found[group.id] = group
    return found


_A_CLAUSE_OPENS = compiled(
    r"[,;:]|\.\s|\b(?:after|when|as|before|but|while|because|since|until|where|then|who|whose|which|that)\b"
    r"|\band\s+(?=(?:the|a|an|its|their|his|her|several|many|\d+|one|two|three|four|five)\b)",
    re.IGNORECASE,
)
"""Where the clause of a verb begins: the subject is after it ("killed 12 militants after their base was attacked",
"JNIM killed 40 soldiers and the army base was overrun": neither the militants nor JNIM are its subject; "a convoy of
troops and VDP volunteers was attacked" is one)."""
_ATTACKED_IN_THE_PASSIVE = compiled(
    r"\b(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:also\s+)?"
    r"(?:attacked|ambushed|targeted|shelled|bombed|raided|struck|hit|overrun|fired\s+(?:on|at))\b"
)


_SET_UPON = compiled(
    r"\b(?P<when>when|(?<!well\s)(?<!such\s)as(?!\s+part\s+of\b))\s+(?:[^,;.]{1,80}?\s)?(?P<verb>opened\s+fire|attacked|ambushed|fired\s+on|stormed|"
    r"detonated|set\s+off|struck|raided|shelled|bombed|pounded|targeted|fired\s+at|shot\s+at)\b",
    re.IGNORECASE,
)
_DOING_VIOLENCE = compiled(
    r"\b(?<!were )(?<!was )(?<!been )(?<!being )(?:killed|killing|attacked|shelled|bombed|stormed|ambushed|"
    r"abducted|kidnapped|executed|burned|raided|shot)\b"
    r"(?=\s+(?:the|a|an|at\s+least|more\s+than|about|some|dozens|scores|hundreds|several|many|\d|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|eleven|twelve|twenty|their|his|her|its|them|him|it|dead|(?<=shot )at|"
    r"(?!(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)(?-i:[A-Z])))",
    re.IGNORECASE,
)
"""Before the "when": those named doing violence themselves ("ISWAP fighters killed 12 villagers working
on their farms when the army attacked their camp": a review), not set upon; the verb done to someone named
after it, not a participle ("five abducted when", "the bodies of farmers killed last week": helper-274; "three others
abducted on Saturday when": helper-276)."""
_GOING_ABOUT = compiled(
    r"\b(?:(?:(?:was|were)\s+(?:still\s+)?)?(?:on\s+(?:patrol|duty|their\s+way)|in\s+a\s+convoy)|(?:was|were)\s+"
    r"(?:still\s+)?[a-z]+ing|(?:escort|man|guard|patrol|travel|return|driv|transport|search|sleep|rest|pray|"
    r"celebrat|wait|head|camp|sit|stand|work)[a-z]*ing)\b[^;.]*$",
    re.IGNORECASE,
)
"""Before the "when" (or "as"): those set upon were going about something ("were on patrol", "troops
escorting a convoy", "soldiers manning a checkpoint")."""


_GAVE_WAY_AFTER = compiled(
    r"\)?(?:\s*\([^()]{1,16}\))?\s+(?:had\s+|have\s+|has\s+)?(?:withdr(?:ew|awn)|retreated|pulled\s+(?:out|back)|fled|"
    r"abandoned)\b",
    re.IGNORECASE,
)
"""After a party, that it left the place ("the Armed Forces of the DRC (FARDC) have withdrawn toward Goma")."""


def gave_way(
    claim: Annotation, annotations: Iterable[Annotation], entities: dict[str, Entity], groups: ActingFor
) -> set[str]:
    """The groups a claim of territory tells leaving the place ("Sake has fallen, the FARDC have withdrawn"): the
    side that lost it, not the one that took it (helper-365's row had the FARDC regain Sake)."""
    return {
        groups.acting_for(entities[str(a.entity_id)]).id
        for a in annotations
        if _GAVE_WAY_AFTER.match(claim.quote, a.end - claim.start)
    }
