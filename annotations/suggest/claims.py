"""Claims in the text: each attribution cue with the content it reports and its source, and the
speakers that cues name but no actor suggestion covered ("Rhamani said").
"""

from __future__ import annotations

import re

from annotations.model import ClaimAttributes
from annotations.suggest.claim_caveats import unverified
from annotations.suggest.claim_content import content_of
from annotations.suggest.claim_ends import before_next_claim
from annotations.suggest.claim_sources import People, name_before, speaker
from annotations.suggest.claimant_pronouns import (
    a_person_if_he,
    it_is,
    joined_to_the_last,
    one_of_them,
    one_person,
    went_on_saying,
)
from annotations.suggest.claimants import (
    before_adverb,
)
from annotations.suggest.cues_in_text import cues_in
from annotations.suggest.silent_cues import nobody_speaks
from annotations.suggest.suggestion import Knowledge, Suggestion
from annotations.suggest.tagged_people import is_a_person, is_person
from annotations.suggest.tokens import Spans, not_sentence_start
from annotations.text.navigation import quotation_at, sentence_at
from annotations.text.pattern_cache import compiled
from annotations.text.readings import claim_reading


def _an_owner_named_again(text: str, actor: Suggestion) -> bool:
    """A person named again by surname as the owner of what follows ("Eka Gelashvili, Beruashvili's
    daughter-in-law, told…"): never who speaks, nor "she"."""
    return actor.reason.startswith("short for") and text.startswith(("'s ", "’s "), actor.end)


def _too_short(content: str) -> bool:
    """Words too few to be a claim: under eight characters, unless a number or a pronoun does
    something ("14 died", "he fled": a short toll cut before the next speaker's; not "by name")."""
    return len(content) < 8 and _A_SHORT_DEED.fullmatch(content) is None


_A_SHORT_DEED = compiled(
    r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|he|she|it|they|we)\s+"
    r"(?!(?:was|were|is|are|can|could|did|does|had|has|have|will|would|may|might|must|should)\b)[a-z]{3,}",
    re.IGNORECASE,
)
"""A number or a pronoun and its verb, no auxiliary left alone ("he was", "we can": no claim)."""


def suggest_claims(
    text: str, knowledge: Knowledge, actors: list[Suggestion], place_spans: list[tuple[int, int]]
) -> tuple[list[Suggestion], list[Suggestion]]:
    """Claims, and the sources they name that no actor suggestion covered ("Rhamani said")."""
    mentions = Spans([(a.start, a.end) for a in knowledge.accepted if a.kind == "actor"])
    actors = [a for a in actors if not _an_owner_named_again(text, a)]
    for actor in actors:
        mentions.add(actor.start, actor.end)
    places = Spans(place_spans)
    known = [e for e in knowledge.entities if e.kind == "actor"]
    people = People([a.entity for a in actors if a.entity is not None] + known)
    found: list[Suggestion] = []
    sources: list[Suggestion] = []
    claimed = Spans()
    persons = Spans((a.start, a.end) for a in actors if is_person(a) or one_person(text, (a.start, a.end)))
    by_id = {e.id: e for e in known}
    for tagged in knowledge.accepted:  # a speaker already tagged is still who "he said" is
        entity = by_id.get(tagged.entity_id or "") if tagged.kind == "actor" else None
        if entity is not None and is_a_person(entity):
            persons.add(tagged.start, tagged.end)
    for match in cues_in(text):
        cue_start = match.start()
        if nobody_speaks(text, match):
            continue  # "rejected calls for mediation", "in a statement carried by Amaq": nobody speaks here
        if text.startswith((" Mass", " mass ", " prayers", " grace"), match.end()) and match.group().lower() == "said":
            continue  # "The priest said Mass on Sunday": a service, no claim
        if _BY_AN_AGENT.match(text, match.end()) and match.group().lower() in (
            "claimed",
            "reported",
            "denied",
            "announced",
        ):
            continue  # "an attack also claimed by Islamic State": a passive, whose claim is told elsewhere
        if match.group()[:1].isupper() and not match.group().isupper() and _amid_a_sentence(text, cue_start):
            continue  # "its Alerta Temprana (Early Warning)": a capitalised word amid a sentence is a name's
        quotation = quotation_at(text, cue_start)
        if quotation is not None and quotation[0] < cue_start < quotation[1] - 1:
            continue  # words inside quoted speech are not its attribution
        if _WHOM_ALONE.match(text, match.end()) and _nothing_quoted_before(text, cue_start, match.group()):
            continue  # "because both armed groups have threatened him, said …": done to someone, nothing said
        subject_end = before_adverb(text, cue_start)  # "Ti Mapou also accused"
        source = name_before(text, subject_end, mentions, places)
        if source is not None:
            sources += speaker(text, source, people, mentions)
            mentions.add(*source)
            persons.add(*source)
        content = content_of(text, match, mentions)
        if content is None:
            continue
        start, end, claimant = content
        if match.group().startswith(("put", "raised", "revised")) and start >= match.end():  # "put the toll at 60"
            start = match.start() + match.group().index(" ") + 1
            end = before_next_claim(text, start, end)  # "put the toll at 17 dead, and the UN put …" (helper-278)
        if claimant is not None and not mentions.touching(*claimant):  # "…, said Basem Naim": by the name's shape
            sources += speaker(text, claimant, people, mentions)
            mentions.add(*claimant)
            persons.add(*claimant)
        claimant = (  # ", it said": the body that spoke before, not the subject of what it said
            it_is(text, subject_end, found, persons)
            or one_of_them(text, subject_end, found)
            or a_person_if_he(text, subject_end, persons, found, claimant)
        )
        claimant = joined_to_the_last(text, cue_start, claimant, found)
        claimant = went_on_saying(text, match.group(), cue_start, claimant, found)
        if _too_short(text[start:end]) or claimed.overlapping(start, end):
            continue
        claimed.add(start, end)
        body = text[start:end]
        cue = match.group()
        claim_type, certainty = claim_reading(body, cue)
        attributes = ClaimAttributes(cue=cue, claim_type=claim_type, certainty=certainty)
        who = f" by {text[claimant[0] : claimant[1]]}" if claimant else ""
        found.append(
            Suggestion(
                "claim",
                start,
                end,
                body,
                f"cue “{cue}”{who}",
                attributes=attributes,
                claimant=claimant,
                cue=cue,
                score=0.8,
                layer="cues",
            )
        )
    return unverified(text, found, actors), sources


def _amid_a_sentence(text: str, start: int) -> bool:
    """Whether a word follows others of its line's sentence (not after a heading's line break,
    a colon, a bullet, a dateline's dash or a bracket: "GOMA — According to officials")."""
    before = text[max(0, start - 4) : start]
    opened = before.rstrip()[-1:] in (":", "-", "—", "–", "(", "[")
    return "\n" not in before and not opened and not_sentence_start(text, start)


_BY_AN_AGENT = compiled(r" by (?!(?:loudspeaker|text|phone|telephone|radio|email|e-mail|way|means|letter|decree)\b)")
"""A passive's agent ("claimed by Islamic State"), not how it was said ("announced by loudspeaker that")."""
_WHOM_ALONE = compiled(r"\s+(?:him|her|them|us|me)\s*[,.;)]")
"""After a cue, only whom it was done to ("threatened him, said …", "warned them."): no content."""


def _nothing_quoted_before(text: str, cue_start: int, cue: str) -> bool:
    """No quotation before the cue in its sentence ('"…," the commander told them' said it), nor
    is the cue "according to" ("According to them, …")."""
    before = text[sentence_at(text, cue_start)[0] : cue_start]
    return cue.lower() != "according to" and not any(mark in before for mark in ('"', "”"))
