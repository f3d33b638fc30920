"""Which places a claim is about, and what it says of each: read once for all the claims of an
article, as the claims board and every table that lists claims file them (the analyst's own
choice first, then the places tagged inside it and what the words around them say, then the
claims it is linked with, then the one place of its sentence)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from annotations.claims.deeds import a_deed_told
from annotations.claims.earlier_events import earlier_event_spans
from annotations.claims.elsewhere import (
    BASED_THERE,
    PUTS_THE_FIGURE,
    TITLED_THERE,
    WHERE_THE_SPEAKER_IS,
    WHERE_THEY_COME_FROM,
    elsewhere,
    in_dateline,
)
from annotations.claims.event_tolls import a_revised_toll
from annotations.claims.figures import death_figures
from annotations.claims.landmarks import AN_ACT, SOMETHING_ELSE, in_a_wider_place, not_only_seats, where_it_lies
from annotations.claims.the_town import the_town_told_before
from annotations.claims.toll_context import another_event_told, others_dead_risen
from annotations.claims.took_place import where_it_took_place
from annotations.entities.mentions import control_status_of
from annotations.model import Annotation, ClaimAttributes, ClaimLink
from annotations.text.navigation import PARAGRAPH_BREAK, sentence_at, sentences_of
from annotations.text.pattern_cache import compiled
from annotations.text.readings import control_reading_near
from annotations.text.whose_hold import SPEAKERS_HOLD


def places_about(text: str, claim: Annotation, annotations: Sequence[Annotation]) -> tuple[str, ...]:
    """The place entity ids one claim is about, as the board files it (`ClaimPlaces`)."""
    return ClaimPlaces(text, annotations).of(claim)[0]


class ClaimPlaces:
    """What the claims of one article are about, read once for all of them, as the board and
    every table that lists them read it: the places the analyst named, else those tagged inside
    with what is said of them (`_about`), else those of the claims of the article it is linked
    with ("The FADM denied it", linked as contradicting Amaq's claim about Macomia, is filed
    beside it: the board hid every such denial as about no place), else the one place tagged in
    its sentence; and what the claim says of each place tagged inside it (`said_of_places`)."""

    def __init__(self, text: str, annotations: Sequence[Annotation]) -> None:
        self.text = text
        self.districts = _districts(annotations)
        self.claims = {
            a.id: a for a in annotations if a.status == "accepted" and isinstance(a.attributes, ClaimAttributes)
        }
        self._own: dict[str, tuple[tuple[str, ...], dict[str, str]]] = {}
        self.lent_by: dict[str, Annotation] = {}
        """The claim whose places a toll told after it took (`_of_the_claim_before`), or a claim
        linked with it (`_linked`), by the borrowing claim's id: its day is lent too (`when.event_date`)."""

    def of(self, claim: Annotation) -> tuple[tuple[str, ...], dict[str, str]]:
        place_ids, statuses = self.own(claim)
        told_back = _THAT_EVENT.search(claim.quote) is not None  # "two children were killed in that attack"
        place_ids = (
            place_ids
            or self._linked(claim, lend=True)
            or (told_back and self._of_the_claim_before(claim, told_back=True))
            or self._of_its_sentence(claim)
            or self._of_the_claim_before(claim)
            or the_town_told_before(self.text, claim, self.claims.values(), self.own)  # "Soldiers retook the town"
            or (self._of_its_sentence(claim, speakers_too=True) if death_figures(claim.quote) else ())  # "Governor X in
            # Zaporizhzhia put the toll at 13", no event before it to join: there (helper-343)
        )
        if place_ids and claim.id not in self.lent_by:
            self._the_event_named_before(claim, place_ids)
        unnamed = [p for p in place_ids if statuses.get(p, "unknown") == "unknown"]  # or named where nothing is said
        told = said_of_the_town(self.text, claim) if unnamed else None
        if told is not None:  # "the town remained under the control of the army", about Dikwa
            statuses = {**statuses, **dict.fromkeys(unnamed, told)}
        return place_ids, statuses

    def own(self, claim: Annotation) -> tuple[tuple[str, ...], dict[str, str]]:
        found = self._own.get(claim.id)
        if found is None:
            inside = _inside(self.text, claim, self.districts)
            statuses = said_of_places(self.text, inside)
            attributes = claim.attributes
            named = attributes.places if isinstance(attributes, ClaimAttributes) else ()
            found = self._own[claim.id] = (named or not_only_seats(_about(statuses), self.text, inside), statuses)
        return found

    def _of_its_sentence(self, claim: Annotation, *, speakers_too: bool = False) -> tuple[str, ...]:
        """The one place tagged in the claim's sentences outside its words ("Two residents of
        Koundjoare told Reuters that three civilians were killed"): a newcomer saw 35 of 36
        claims left out of the events for want of a place, their tolls with them. Only a claim of
        an event (deaths, territory, a surrender; violence or harm done, "soldiers returned to the
        town on Sunday and set fire to a dozen houses"): an accusation or a grievance beside a place
        is no event there."""
        attributes = claim.attributes
        if not isinstance(attributes, ClaimAttributes) or not (
            attributes.claim_type in _OF_EVENTS or a_deed_told(claim.quote, attributes.cue)
        ):
            return ()
        start, end = sentences_of(self.text, claim.start, claim.end)
        there = _THERE.search(self.text, claim.start, claim.end) is not None  # "People living in Mellit said … there"
        earlier = earlier_event_spans(claim.quote)
        around = {
            d.entity_id: None
            for d in self.districts
            if start <= d.start and d.end <= end and d.entity_id
            and not elsewhere(self.text, claim, d, earlier, start)
            and (there or not WHERE_THE_SPEAKER_IS.search(self.text, max(start, d.start - 60), d.start))
            and not in_dateline(self.text, d.start)  # "GAZA, October 6, 2025 (Reuters) -"
            and not _WHERE_THEY_WENT.search(self.text, max(start, d.start - 24), d.start)  # "…, adding that troops had
            # pushed the attackers back towards the Nassere forest": no place of the toll (helper-367)
            and not in_a_wider_place(self.text, d, self.districts)  # "In Gao in northern Mali, residents said …"
            and not BASED_THERE.match(self.text, d.end)  # "The Britain-based Syrian Observatory" (helper-293's row)
            and (there or speakers_too or not PUTS_THE_FIGURE.match(self.text, d.end))  # "A commander in Beledweyne
            # put the number …": the speaker's town, unless no event told before it takes the toll (helper-343)
            and (there or speakers_too or not TITLED_THERE.match(self.text, d.end))  # "Nasir county commissioner
            # James Lew said 27 soldiers … died": his county (helper-360: a row of its own, on the article's day)
        }  # fmt: skip
        return tuple(around) if len(around) == 1 else ()

    def _of_the_claim_before(self, claim: Annotation, *, told_back: bool = False) -> tuple[str, ...]:
        """A toll told right after the event it belongs to ("Militants attacked an army base in
        Djibo, security sources said." then "“More than 40 soldiers were killed,” one source
        said"): the places of the claim before it, when that claim tells of violence, lies in its
        paragraph or the one before and at most two sentences back, no place is tagged from there
        to the end of the toll's sentence (but a seat, a landmark or the place described: `where_it_lies`), and
        that sentence tells of no other event (`toll_context.another_event_told`; a newcomer's Djibo row said no one
        died, its toll left out as about no place). A toll that
        points back at it (`told_back`: "Islamabad said two children were killed in that attack,
        recalled its ambassador from Tehran") takes its places before the one place of its own
        sentence, and only places tagged before the toll's end keep it from them."""
        attributes = claim.attributes
        if not isinstance(attributes, ClaimAttributes) or attributes.claim_type != "casualties":
            return ()
        if not death_figures(self.text[claim.start : claim.end]):
            return ()
        before = [c for c in self.claims.values() if c.end <= claim.start]
        if not before:
            return ()
        last = max(before, key=lambda c: (c.start, c.end))
        told_on = None if told_back or self.own(last)[0] else self._told_on(before)
        if not told_back and not _VIOLENCE.search((told_on or last).quote) and not _OF_ILLNESS.search(claim.quote):
            told_on = self._violence_before(before, told_on or last) or told_on  # "…under their control." then a toll
        revised = a_revised_toll(claim.quote)
        if told_on is not None and told_on is not last and revised:
            if death_figures(last.quote) or not death_figures(told_on.quote):
                return ()  # a toll told risen after a claim of other dead is theirs ("a bus crash killed 14"), and
                # reaches back past a survivor's words, a funeral or a search (helper-329) only to an event with a
                # toll to rise (El Obeid's "the strikes hit a fuel depot" made a second row of the strike's dead)
        last = told_on or last
        sentence = sentences_of(self.text, claim.start, claim.end)
        # the place a sentence between them gives the event ("The attack took place in Bali"): the toll's
        placed = where_it_took_place(self.text, self.districts, last.end, sentence[0])
        if (
            len(PARAGRAPH_BREAK.findall(self.text, last.end, claim.start)) > (_TOLD_ON_BREAKS if last is told_on else 1)
            or (last is not told_on and len(_SENTENCE_END.findall(self.text, last.end, sentence[0])) > 2)
            or any(
                last.end <= d.start
                and d.end <= (claim.end if told_back else sentence[1])
                and (placed is None or sentence_at(self.text, d.start) != sentence_at(self.text, placed.start))
                and not (sentence[0] <= d.start and WHERE_THE_SPEAKER_IS.search(self.text, sentence[0], d.start))
                and WHERE_THEY_COME_FROM.search(self.text, max(0, d.start - 60), d.start) is None
                and not PUTS_THE_FIGURE.match(self.text, d.end)
                and not TITLED_THERE.match(self.text, d.end)  # "Nasir county commissioner James Lew said …"
                and not ((last is told_on or revised) and d.entity_id in self.own(last)[0])  # the same place again
                and not self._only_where(d, last, claim)
                for d in self.districts
            )
            or another_event_told(self.text, sentence, revised)  # "In a separate attack", "across the country"
            or not (_VIOLENCE.search(last.quote) or _A_PROTEST.search(last.quote))  # a toll is of an attack or a
            # protest ("Protesters marched in Atbara", then "Police shot one dead": helper-359's dead, left out), not
            # of reinforcements sent
            or _another_cause(claim.quote, last.quote)
            or others_dead_risen(self.text[sentence[0] : sentence[1]], last.quote)
        ):
            return ()
        places = (placed.entity_id,) if placed is not None and placed.entity_id else self.own(last)[0]
        if places:
            self.lent_by[claim.id] = last
        return places

    def _only_where(self, mention: Annotation, last: Annotation, toll: Annotation) -> bool:
        """Whether a place between a claim and a toll is named only to say where the claim's place lies, or as a
        seat or a landmark (`where_it_lies`), in a sentence that tells nothing happened of its own (helper-332: "…,
        where gunmen killed a chief", "Separately, an army truck on the road to Dapaong hit a mine"); in another
        paragraph than the toll's, only before a toll that tells no act of its own (helper-334: "Campo Dos lies about
        40 km north of the city of Cucuta." put the next paragraph's "ELN fighters had executed 20 of his men" on the
        killing of a family in Campo Dos; helper-335: "A medic said 14 villagers were killed." still joins)."""
        start, end = sentence_at(self.text, mention.start)
        if PARAGRAPH_BREAK.search(self.text, end, toll.start) and AN_ACT.search(toll.quote):
            return False
        told = (m for m in _VIOLENCE.finditer(self.text, start, end) if not _BACK.search(self.text, start, m.start()))
        return (
            where_it_lies(self.text, mention, [m for m in self.districts if m.entity_id in self.own(last)[0]])
            and next(told, None) is None  # "condemned the attack": the one told before
            and not SOMETHING_ELSE.search(self.text, start, end)
        )

    def _the_event_named_before(self, claim: Annotation, place_ids: tuple[str, ...]) -> None:
        """A toll of "the assault on Mirebalais" tells of the assault on it told before: its day is
        that claim's (`lent_by`; helper-314's "The civil protection agency said the assault on
        Mirebalais had killed four people" was a row of the article's day, the assault's on Saturday).
        The last claim of violence before it in the article, if it is about that place; not "the previous attack
        on", "since the attack on", "the attack on X by JNIM" (whose it was is said: helper-326's review)."""
        attributes = claim.attributes
        if not isinstance(attributes, ClaimAttributes) or attributes.claim_type != "casualties":
            return
        named = _THE_EVENT_AT.search(claim.quote)
        if named is None or _BY_WHOM.match(claim.quote, named.end()) or _MORE_OR_LATER.search(claim.quote):
            return
        if _ANOTHER_TIME.search(self.text, sentence_at(self.text, claim.start)[0], claim.start + named.start()):
            return  # "the deadliest since the attack on Dapaong that killed 30", the words before the claim's too
        at = claim.start + named.end()
        if not any(d.start == at and d.entity_id in place_ids for d in self.districts):
            return  # "The attack against Togolese Armed Forces in Dapaong": not of the place
        before = [c for c in self.claims.values() if c.end <= claim.start and _VIOLENCE.search(c.quote)]
        last = max(before, key=lambda c: (c.start, c.end)) if before else None
        if last is not None and set(self.own(last)[0]) & set(place_ids):
            self.lent_by[claim.id] = last

    def _violence_before(self, before: list[Annotation], last: Annotation) -> Annotation | None:
        """The last claim of violence before a claim of none that tells of the same places ("Gunmen
        … overran the central town of Mirebalais", then "the town was under their control", then "at
        least 11 civilians were killed": helper-262's toll was about no place)."""
        places = set(self.own(last)[0])
        for other in sorted(before, key=lambda c: (c.start, c.end), reverse=True):
            own = set(self.own(other)[0])
            if other is last or not own:
                continue
            if places and not own >= places and not own <= places:
                return None  # a claim of other places between: the toll is not told on from before it
            if _VIOLENCE.search(other.quote) or _TAKEN_BY_FORCE.search(other.quote):
                return other
            places = places or own
        return None

    def _told_on(self, before: list[Annotation]) -> Annotation | None:
        """The last claim with a place of its own before claims that name none, which go on telling
        its event ("ISWAP overran an army base on the outskirts of Monguno" then, two paragraphs
        on, "the fighting lasted four hours", "they burned the armoured vehicles", "He said at least
        17 soldiers were killed": helper-254's tolls were about no place, never set side by side)."""
        for other in sorted(before, key=lambda c: (c.start, c.end), reverse=True):
            if self.own(other)[0]:
                return other
        return None

    def _linked(self, claim: Annotation, *, lend: bool = False) -> tuple[str, ...]:
        """The places of the claims of its article it is linked with; `lend`: the first of them
        with a place lends it its day too, if it says none (`lent_by`: helper-269's '"None of our
        fighters died; the army killed two farmers," the group said', linked as contradicting the
        army's claim of Saturday, moved from Saturday to the article's week once linked)."""
        partners = [other for other in self._partners(claim) if self.own(other)[0]]
        if lend and partners:
            self.lent_by.setdefault(claim.id, partners[0])
        return tuple(dict.fromkeys(p for other in partners for p in self.own(other)[0]))

    def _partners(self, claim: Annotation) -> list[Annotation]:
        """The claims of the article this one links to, or that link to it."""
        ids = {link.annotation_id for link in _links(claim) if link.article_id == claim.article_id}
        ids |= {o.id for o in self.claims.values() if any(link.annotation_id == claim.id for link in _links(o))}
        partners = [self.claims[i] for i in ids if i in self.claims and i != claim.id]
        return sorted(partners, key=lambda other: (other.start, other.end))


_THE_CAUSE = compiled(
    r"\b(?:the|these|those|an?)\s+(?:[\w\-]+\s+)?(strike|raid|shelling|bombing|airstrike|air\s+strike|ambush|assault)s?\b",
    re.IGNORECASE,
)


def _another_cause(toll: str, before: str) -> bool:
    """Whether a toll names the attack it counts, and the claim before tells of no such attack:
    "An Israeli army spokesman said the strikes had killed 'five terrorists'" after "one person was
    killed in Kiryat Shmona" counts the dead of Israel's strikes in Lebanon (a newcomer's row put
    them in Kiryat Shmona), and so does "its troops had repelled an RSF assault … and killed dozens"
    after a speaker's account of shelling (a newcomer's SAF toll was filed at the shelled camp)."""
    cause = _THE_CAUSE.search(toll)
    if cause is None or re.search(rf"\b{cause.group(1)[:5]}", before, re.IGNORECASE) is not None:
        return False
    return not (cause.group(1).lower() in ("assault", "raid") and _FOUGHT_ON_THE_GROUND.search(before))


_FOUGHT_ON_THE_GROUND = compiled(r"\b(?:fought|fighting|clash\w*|battl\w*|attack\w*|storm\w*|offensive)\b", re.I)
"""A fight an assault repelled belongs to ("Troops fought the RSF in Omdurman", then "The army said it repelled an
assault, killing 40 fighters": helper-359's 40 dead were left out as of another cause)."""


_TAKEN_BY_FORCE = compiled(
    r"\b(?:recaptur\w*|retook|retak\w*|captur\w*|seiz\w*|overr[au]n|stormed|battle\w*|fought)\b", re.I
)
"""A place taken by force, or fought over: the event a toll after claims of who holds it counts for
("Togolese Armed Forces recaptured Dapaong after a day-long battle", helper-267)."""
_OF_ILLNESS = compiled(
    r"\b(?:died|dying|deaths?|dead)\s+(?:of|from)\s+(?:cholera|hunger|starvation|malnutrition|disease|illness|measles|"
    r"malaria|dehydration|exposure|cold|heat|thirst)\b",
    re.I,
)
"""Deaths of an illness or of want: no toll of the violence told before (helper-267's cholera deaths)."""
_OF_EVENTS = ("casualties", "territorial_control", "surrender")
_THAT_EVENT = compiled(
    r"\b(?:in|during|by)\s+(?:that|this|those|these)\s+(?:\w+\s+)?(?:attacks?|strikes?|raids?|assaults?|bombings?|"
    r"shelling|ambush(?:es)?|explosions?|blasts?)\b",
    re.IGNORECASE,
)
"""A toll that points back at the event told before it ("were killed in that attack")."""
_THE_EVENT_AT = compiled(
    r"\b[Tt]he\s+(?:attack|assault|raid|ambush|bombing|strike|shelling|massacre)\s+(?:on|in|at|against)\s+(?:the\s+)?"
    r"(?=[A-Z])"
)
"""A toll that names the event it counts by its place, as told before it ("the assault on Mirebalais
had killed four people")."""
_ANOTHER_TIME = compiled(
    r"\b(?:since|after|before|than|(?:un)?like|previous|first|last|earlier|similar|another|anniversary|remember\w*|"
    r"recall\w*|ago)\b[^,;]*$",
    re.I,
)
_BY_WHOM = compiled(r"(?:[\w'’\-]+\s+){1,4}?(?:carried\s+out\s+|claimed\s+)?by\s+(?:the\s+)?(?:[A-Z]|its\b|their\b)")
_MORE_OR_LATER = compiled(r"\bmore\s+(?!than\b)[a-z]+|\bthat\s+followed\b", re.I)
"""A toll of more dead than those told, or of what came after (helper-327: "the raid on Dapaong … killed two more
civilians", "The ambush on Dapaong that followed killed eight")."""
_TOLD_ON_BREAKS = 3
"""The paragraphs a toll may stand after the event it is told of when the claims between name no place."""
_SENTENCE_END = compiled(r"[.!?…](?:[”\"’']?)\s")
_VIOLENCE = compiled(
    r"\b(?:attack\w*|ambush\w*|raid\w*|strikes?|struck|shell\w*|bomb\w*|clash\w*|fight\w*|kill\w*|storm\w*|"
    r"assault\w*|explosion|blast|stormed|overr[au]n|massacre\w*|shot|fired|gunmen|battles?|fought|combat)\b",
    re.IGNORECASE,
)
"""A claim a toll may belong to: one that tells of violence ("it had retaken the farming town of Adan
Yabaal after a two-day battle", then "troops … killed 27 al-Shabaab militants … and four soldiers died":
helper-268's toll was about no place)."""
_A_PROTEST = compiled(r"\b(?:protest\w*|demonstrat\w*|marched|rall(?:y|ies|ied))\b", re.IGNORECASE)
_BACK = compiled(r"\b(?:the|this|that)\s+$", re.IGNORECASE)
_THERE = compiled(r"\bthere\b|\bin the (?:town|village|city|camp)\b(?!\s+of\b)")


_WHERE_THEY_WENT = compiled(r"\b(?:towards?|fled\s+to|retreated\s+to|headed\s+for)\s+(?:the\s+)?$", re.I)
"""Before a place, that someone went there (not "slammed into Kharkiv", "stormed into Djibo": helper-369)."""


def _links(claim: Annotation) -> tuple[ClaimLink, ...]:
    attributes = claim.attributes
    return attributes.links if isinstance(attributes, ClaimAttributes) else ()


def _districts(annotations: Sequence[Annotation]) -> list[Annotation]:
    return [a for a in annotations if a.kind == "district" and a.status == "accepted" and a.entity_id]


def _inside(text: str, claim: Annotation, districts: Sequence[Annotation]) -> list[Annotation]:
    """The places tagged inside the claim's words, but where another event it names was ("linked
    to the killing of 26 tourists in Indian-controlled Kashmir": India's strikes hit Pakistan) or
    where people come from."""
    earlier = earlier_event_spans(claim.quote)
    return [
        d
        for d in districts
        if claim.start <= d.start and d.end <= claim.end and not elsewhere(text, claim, d, earlier, claim.start)
    ]


def _about(statuses: dict[str, str]) -> tuple[str, ...]:
    """The places a claim is about when the analyst named none: those tagged inside it that it
    gives a control status, else all tagged inside it ("captured Imam Sahib, on the road to
    Kunduz, from the government in Kabul" is about Imam Sahib, not Kabul)."""
    told = tuple(place for place, status in statuses.items() if status != "unknown")
    return told or tuple(statuses)


_THE_TOWN = compiled(
    r"\b(?:the|this|that)\s+(?:town|city|village|base|camp|district|garrison|locality)\b"
    r"|(?<=\bcontrol of )the\s+area\b(?!\s+(?:north|south|east|west|around|near)\b)",  # "in full control of the area"
    re.I,
)


def said_of_the_town(text: str, claim: Annotation) -> str | None:
    """What a claim that names its place only as "the town" says of it ("its fighters had
    captured the town", "the town remained under the control of the army"), for the places it is
    about; None when it says nothing."""
    for named in _THE_TOWN.finditer(text, claim.start, claim.end):
        reading = control_reading_near(text, named.start(), named.end())
        if reading is not None and claim.start <= reading.cue_at < claim.end:
            return reading.status
    return None


_SPEAKERS_SIDE = {
    "state_forces": "government_held",
    "government_officials": "government_held",
    "rebel_group": "captured",
}
"""Whose a hold the speaker claims for its own side is, by the speaker's type."""


def held_as_told_by(said: dict[str, str], claimant_type: str) -> dict[str, str]:
    """What a claim says of its places (`said_of_places`) with a hold the speaker claims for its own
    side ("Our forces are in full control of Mocímboa da Praia") as its side's: the government's for
    state forces and officials, the attackers' for a rebel group, nobody's the words tell for others
    (a militia may fight beside the state). The board and the claims table read it so."""
    if SPEAKERS_HOLD not in said.values():
        return said
    own = _SPEAKERS_SIDE.get(claimant_type, "unknown")
    return {place: own if status == SPEAKERS_HOLD else status for place, status in said.items()}


def said_of_places(text: str, mentions: Sequence[Annotation]) -> dict[str, str]:
    """What a claim says of each place tagged inside it (place entity id -> control status): what
    the words around its mention say ("the army retook Lashio"), else the status the analyst gave
    the place in the article (one per place and article, so two claims of one article that
    disagree would otherwise look alike); a cue near two places speaks of the nearer one only
    ("captured Imam Sahib from the government in Kabul": Imam Sahib captured, nothing said of
    Kabul). A place named twice takes what the words say at either ("controls several districts in
    Kunduz … residents flee Kunduz": a newcomer's claims table said "unknown", the second mention's)."""
    readings = {m.id: control_reading_near(text, m.start, m.end) for m in mentions}
    nearest: dict[int, int] = {}
    for reading in readings.values():
        if reading is not None:
            nearest[reading.cue_at] = min(nearest.get(reading.cue_at, reading.distance), reading.distance)
    said: dict[str, str] = {}
    read: set[str] = set()  # places a mention's words spoke of: another mention's silence does not undo it
    for mention in mentions:
        reading, place = readings[mention.id], str(mention.entity_id)
        if reading is not None and reading.distance == nearest[reading.cue_at] and place not in read:
            said[place] = reading.status
            read.add(place)
        elif place not in read:
            said[place] = control_status_of(mention)
    return said


_PARTS_OF_THE_TOLL = compiled(r"\b(?:including|among them|of whom|of them)\s+[^.;]*", re.I)
"""A toll's parts told after it ("including six in Kostiantynivka and two in Druzhkivka")."""
_A_PART_AT = compiled(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|"
    r"(?:twen|thir|for|fif|six|seven|eigh|nine)ty|dozens?|several|half|most)"  # not "a party in Culiacan" (helper-360)
    r"(?:\s+[a-z\-]+){0,3}?\s+(?:in|at)\s+(?:the\s+(?:city|town|village|district)\s+of\s+)?(?:the\s+)?"
    r"(?P<place>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*)"
)
"""One part: a number of them, where ("six in Kostiantynivka", "four people in the city of Kupiansk")."""


def parts_of_a_toll(quote: str, names: Sequence[str]) -> bool:
    """Whether a place is named as one part of a toll told for a wider one ("killed 14 civilians
    in the Donetsk region, including six in Kostiantynivka and two in the town of Druzhkivka"):
    the event's row is the region's, with its 14, not a town's."""
    folded = [name.casefold() for name in names if name]
    for parts in _PARTS_OF_THE_TOLL.finditer(quote):
        for part in _A_PART_AT.finditer(quote, parts.start(), parts.end()):
            said = part.group("place").casefold()
            if any(said == name or said.startswith((name + " ", name + ",")) for name in folded):
                return True
    return False
