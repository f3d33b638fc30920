""" "The government" and "the presidency" that act: actors, the offices of the country the text
around them is about.

News names a government once ("the Peruvian government", "Lima", "the Zamfara State
Government") and then calls it "the government" when it speaks or acts ("the government said it
would not pay ransom", "urged the government to invest in roads"). Without this the words were
nobody's, and the claim went to whoever was named nearest ("Farmers urged the government …, and
the government said it would send troops": the farmers said it). Which government: one named in
the two sentences before by a name of its own; else the government of the country the text is
about there, scored over its places (`_country_about`: "China urged restraint" in a story of
Myanmar's Shan State is Myanmar's; a Sudanese story's "the government" is not Chad's, where its
refugees fled); else the one named last.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from annotations.entities.matching import fold
from annotations.model import ActorDetails, Entity
from annotations.suggest.acting import REASON as STATE_ACTING
from annotations.suggest.acting import SUBJECT_BEFORE, acts
from annotations.suggest.canonical import everyday_country, government_of, the
from annotations.suggest.names import DEMONYM_ALTERNATION, DEMONYMS
from annotations.suggest.suggestion import Suggestion
from annotations.suggest.tokens import Spans
from annotations.text.navigation import sentence_at
from annotations.text.pattern_cache import compiled

REASON = "the government"
PRESIDENCY = "the presidency"
_THE_GOVERNMENT = compiled(
    r"(?<![\w’'\-])[Tt]he\s+((?:(?:federal|central|national|internationally[ \t]+recogni[sz]ed|interim|"
    r"transitional)\s+)?[Gg]overnment)(?![\w’'\-])"
)
_THE_CENTRE = compiled(r"(?<![\w’'\-])[Tt]he\s+(Centre)(?![\w’'\-])")
"""India's union government as Indian news names it ("urged the Centre to intervene")."""
_THE_PRESIDENCY = compiled(r"(?<![\w’'\-])[Tt]he\s+([Pp]residency)(?![\w’'\-])")
_STATEMENT_OF = compiled(r"\b(?:statement|spokes(?:man|woman|person)|communiqué)\s+(?:from|of|for|by)\s+$")
_WOULD_DO = compiled(
    r"\s+[\"“]?(?:would|will|could|must|should|can|cannot|had|has|does|did|is|was)\s+(?:not\s+|never\s+)?"
    r"(?!be\b|been\b|being\b)(?:[a-z]+ing\b|(?!\w+ed\b)[a-z]+\b)"
)
"""What the government would or will do ("would not pay ransom", "“does not rule out”"), not
what is done to it ("would be toppled")."""
_ITS_SEAT = compiled(r"\s+in\s+[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?")
"""The capital named after "the government" ("the government in Kabul"), before what it does."""
_ACCORDING_TO = compiled(r"\b[Aa]ccording\s+to\s+$")
_REPORTED_BEFORE = compiled(
    r"\b(?:said|says|told\s+(?:reporters|journalists|the\s+\w+|[A-Z][\w.]+)|added|stated|announced|insisted|warned|"
    r"confirmed)\s+(?:that\s+)?$"
)
"""Before "the government" in reported speech ("told reporters the government would not pay")."""
_DID = compiled(
    r"\s+(?:(?:also|then|later|quickly|recently|again|finally|formally|officially)\s+)?"
    r"(?:(?!(?:based|owned|led|backed|controlled|run|linked|allied|aligned|appointed)\b)[a-z]{3,}ed|took|made|gave|sent|"
    r"began|set|cut|put|shut|sold|built|brought|held|kept|paid|met|sought|struck|fought|spent|won|lost|chose|drew|"
    r"froze|broke|wrote|withdrew|overturned)\b"
    r"(?!\s+(?:by|in\s+\d{4})\b)"
)
"""What the government did, by a verb in the past ("after the government published draft
amendments", "the government cut internet access"), not what was done to it ("the government
toppled by the army") nor what describes it ("the government based in Tobruk")."""
_THAT_IT_DO = compiled(
    r"\b(?:demand(?:s|ed|ing)?|urg(?:e|es|ed|ing)|insist(?:s|ed|ing)?|ask(?:s|ed|ing)?|call(?:s|ed|ing)?\s+for|"
    r"propos(?:e|es|ed|ing)|recommend(?:s|ed|ing)?)\s+that\s+$"
)
"""Before "the government" that is to do what is asked ("to demand that the government lift a
ban"): the government acts in what follows, a verb with no ending."""
_BARE_VERB = compiled(r"\s+(?:not\s+)?[a-z]{2,}(?<!ed)(?<!ing)\b(?!\s+(?:of|by)\b)")
_A_GOVERNMENT = compiled(r"\bGovernment\b|\bgovernment$")
"""An actor's name that says it is a government ("Government of Peru", "Zamfara State Government")."""
_PRESIDENT_OF = compiled(rf"(?<![Ff]ormer )(?<![Ee]x-)\b({DEMONYM_ALTERNATION})\s+[Pp]resident\b")
"""A president named by the country's people ("French President Emmanuel Macron")."""


def the_government(
    text: str, actors: Sequence[Suggestion], places: Sequence[Suggestion], known: Sequence[Entity] = ()
) -> list[Suggestion]:
    """Each "the government" (in an Indian story "the Centre") that acts, as the government the
    text around it is about (see the module)."""
    taken = Spans((a.start, a.end) for a in actors)
    acting = [a for a in actors if a.reason == STATE_ACTING]
    article = _country_about(text, places, len(text), acting)
    governments = sorted((a for a in actors if _is_a_government(a)), key=lambda a: a.start)
    found: list[Suggestion] = []
    matches = [*_THE_GOVERNMENT.finditer(text), *(_THE_CENTRE.finditer(text) if article == "India" else ())]
    for match in sorted(matches, key=lambda m: m.start()):
        start, end = match.span(1)
        if taken.overlapping(start, end) or not _acts_here(text, match.start(), end):
            continue
        before = [g for g in governments if g.end <= match.start()]
        entity, new = _government_here(text, match.start(), before, places, acting, known)
        if entity is not None:
            found.append(
                Suggestion("actor", start, end, text[start:end], REASON, entity=entity, new_entity=new, score=0.8,
                           layer="lexicon")
            )  # fmt: skip
    return found


_MILITARY_RULE = compiled(r"\b(?:military|junta|military-led|military-backed)\b", re.IGNORECASE)


def juntas_as_governments(text: str, actors: Sequence[Suggestion], places: Sequence[Suggestion]) -> list[Suggestion]:
    """ "The junta" as the military government named before it ("Burkina Faso's military
    government", "Mali's junta"), acting or not ("a militia backed by the junta in Ouagadougou":
    a newcomer's junta was an actor of its own, merged by hand with the government). Only one
    told as military: "the junta" of a story on Myanmar's war is not the National Unity
    Government named before it, nor Thailand's in a story from Mae Sot; nor Niger's, named
    before "the junta in Ouagadougou")."""
    found: list[Suggestion] = []
    military: Suggestion | None = None
    for actor in sorted(actors, key=lambda a: a.start):
        if _is_a_government(actor) and _MILITARY_RULE.search(actor.quote):
            military = actor
        elif military is not None and actor.reason == "the state" and actor.quote.casefold() == "junta":
            if not _seated_elsewhere(text, actor, military, places):
                actor = replace(actor, entity=military.entity, new_entity=military.new_entity, reason=REASON)
        found.append(actor)
    return found


def _seated_elsewhere(text: str, junta: Suggestion, government: Suggestion, places: Sequence[Suggestion]) -> bool:
    """Whether the junta's sentence puts it in other countries only than the government's ("the
    junta in Ouagadougou" after Niger's military government; "In Myanmar, the junta bombed …"
    after Mali's)."""
    name = government.entity.name if government.entity is not None else ""
    if not re.search(r"[A-Z]", name.replace("Government", "")):
        return False  # "the military government of Niger", suggested as "military government": no country to tell
    start, end = sentence_at(text, junta.start)
    countries = {d.country for p in places if start <= p.start < end and (d := p.place_details()) and d.country}
    return bool(countries) and not any(_of_country(name, c) for c in countries)


def _of_country(name: str, country: str) -> bool:
    """Whether a government's name is the country's ("Government of Guinea", "Guinea's military-led
    government")."""
    return government_of(country, country) == name or fold(everyday_country(country)) in fold(name)


def _government_here(
    text: str,
    at: int,
    before: list[Suggestion],
    places: Sequence[Suggestion],
    acting: Sequence[Suggestion],
    known: Sequence[Entity],
) -> tuple[Entity | None, bool]:
    """The government "the government" at `at` is, and whether it is new (see the module)."""
    window = _two_sentences_before(text, at)
    named = [g for g in before if g.reason != STATE_ACTING and g.start >= window]
    if named:
        return named[-1].entity, named[-1].new_entity
    country = _country_about(text, places, at, acting)
    if country is None:
        return (before[-1].entity, before[-1].new_entity) if before else (None, False)
    name = government_of(country, country)
    same = [g for g in before if g.entity is not None and fold(g.entity.name) == fold(name)]
    if same:
        return same[-1].entity, same[-1].new_entity
    office = _office(name, known)
    return office, office is not None and office not in known


def _two_sentences_before(text: str, at: int) -> int:
    """Where the sentence before the one at `at` starts."""
    start = sentence_at(text, at)[0]
    return sentence_at(text, start - 2)[0] if start > 1 else start


def _acts_here(text: str, start: int, end: int) -> bool:
    """Whether "the government" at start-end acts: as a state does, or as the subject of what it
    would or will do ("would not pay ransom"; not "Critics of the government had said")."""
    if acts(text, start, end) or _ACCORDING_TO.search(text, max(0, start - 14), start):
        return True  # "According to the government, the toll stands at 22": its claim
    seat = _ITS_SEAT.match(text, end)
    if seat is not None and acts(text, start, seat.end()):
        return True  # "The government in N'Djamena announced …"
    if _THAT_IT_DO.search(text, max(0, start - 40), start) and _BARE_VERB.match(text, end):
        return True  # "demand that the government lift a ban"
    if _WOULD_DO.match(text, end) is None and _DID.match(text, end) is None:
        return False
    before = max(0, start - 60)
    return (
        SUBJECT_BEFORE.search(text, before, start) is not None
        or _REPORTED_BEFORE.search(text, before, start) is not None
    )


def _is_a_government(actor: Suggestion) -> bool:
    entity = actor.entity
    return (
        entity is not None
        and isinstance(entity.details, ActorDetails)
        and entity.details.actor_type == "government_officials"
        and _A_GOVERNMENT.search(entity.name) is not None
    )


def _country_about(text: str, places: Sequence[Suggestion], at: int, acting: Sequence[Suggestion] = ()) -> str | None:
    """The country the text is about at `at`: each of its places counts once, three times in the
    sentence at `at`, and the first place of the body half again (a lead names its subject first:
    a Ukrainian story of missiles from Belgorod and Kursk, a Sudanese one of refugees in three
    Chadian towns); a dateline in capitals ("NAIROBI, March 3 (Reuters) -") counts for nothing; a
    state acting counts once ("Sudan accused the RSF"). None when two countries score the same."""
    sentence = sentence_at(text, at) if at < len(text) else (at, at)
    score: dict[str, float] = {}
    first = True
    for place in sorted(places, key=lambda p: p.start):
        details = place.place_details()
        country = (
            (details.country or (place.entity.name if details.place_kind == "country" else None))
            if (place.entity is not None and details is not None)
            else None
        )
        if country is None or place.quote.isupper():
            continue
        weight = 3.0 if sentence[0] <= place.start < sentence[1] else 1.0
        score[country] = score.get(country, 0.0) + weight + (1.5 if first else 0.0)
        first = False
    for state in acting:
        if state.entity is not None and state.entity.name.startswith("Government of "):
            country = state.entity.name.removeprefix("Government of ").removeprefix("the ")
            score[country] = score.get(country, 0.0) + 1.0
    ranked = sorted(score.items(), key=lambda item: -item[1])[:2]
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _office(name: str | None, known: Sequence[Entity]) -> Entity | None:
    """The office of that name, the corpus's own when it knows it."""
    if name is None:
        return None
    corpus = next((e for e in known if e.kind == "actor" and fold(e.name) == fold(name)), None)
    return corpus or Entity.actor(name, ActorDetails("government_officials"))


def the_presidency(text: str, places: Sequence[Suggestion], known: Sequence[Entity] = ()) -> list[Suggestion]:
    """ "the presidency said", "a statement from the presidency": the presidency of the country
    whose president the two sentences before name ("French President Emmanuel Macron"), else
    whose places they name, else whose places the article names most."""
    found: list[Suggestion] = []
    for match in _THE_PRESIDENCY.finditer(text):
        start, end = match.span(1)
        if not (acts(text, match.start(), end) or _STATEMENT_OF.search(text, max(0, start - 40), match.start())):
            continue
        window = _two_sentences_before(text, start)
        president = [DEMONYMS[m.group(1)] for m in _PRESIDENT_OF.finditer(text, window, start)]
        country = (president[-1] if president else None) or _country_about(text, places, start)
        office = _office(f"Presidency of {the(everyday_country(country))}" if country else None, known)
        if office is not None:
            found.append(
                Suggestion("actor", start, end, text[start:end], PRESIDENCY, entity=office,
                           new_entity=office not in known, score=0.8, layer="lexicon")
            )  # fmt: skip
    return found
