"""How annotations read in the panes and the detail area: plain `Text`, never markup."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.text import Text

from annotations.entities.matching import fold
from annotations.entities.mentions import claim_around
from annotations.forms.links import claim_label
from annotations.model import (
    ActorDetails,
    Annotation,
    ClaimAttributes,
    DistrictAttributes,
    Entity,
    PlaceDetails,
)
from annotations.store import Store
from annotations.text.quotes import shorten

if TYPE_CHECKING:
    from annotations.suggest.suggestion import Suggestion  # for types only: suggesting loads after the first frame


def humanise(value: str) -> str:
    return value.replace("_", " ")


def place_line(details: PlaceDetails) -> str:
    """`district in Kunduz, Afghanistan (AF-KDZ)`, `province of Afghanistan`, `place in Sudan` (a
    newcomer read "other of Sudan"), `country (SD)`."""
    where = ", ".join(p for p in (details.province, details.country) if p)
    if details.place_kind == "country":
        where = ""  # a country's own name: "country in Sudan" said nothing
    kind = "place" if details.place_kind == "other" else humanise(details.place_kind)
    joined = " of " if details.place_kind == "province" else " in "  # "city of Kunduz" reads as its name
    text = kind + (f"{joined}{where}" if where else "")
    codes = ", ".join(details.codes.values())
    return text + (f" ({codes})" if codes else "")


def claimant_name(store: Store, annotation: Annotation) -> str:
    attributes = annotation.attributes
    assert isinstance(attributes, ClaimAttributes)
    if attributes.claimant_annotation_id:
        try:
            source = store.annotation(annotation.article_id, attributes.claimant_annotation_id)
        except KeyError:
            return "?"
        entity = store.get_entity(source.entity_id)
        return entity.name if entity else source.quote
    entity = store.get_entity(attributes.claimant_entity_id)
    return entity.name if entity else NO_CLAIMANT


NO_CLAIMANT = "no claimant"


def _letters(name: str) -> str:
    """A name folded to its letters and digits: "Ma’rib" is Marib, "Ségou" Segou."""
    return "".join(c for c in fold(name) if c.isalnum())


def pane_row(
    store: Store,
    annotation: Annotation,
    mention_counts: dict[str, int],
    statuses: dict[str, str] | None = None,
    width: int | None = None,
    whose: str | None = None,
) -> Text:
    """One line of a pane: name, then what matters for the kind (a place's province as "in X"
    and its control status, the one its mentions in the article give, none when unknown). A name
    is cut to leave its details in sight: at a fixed length, or, given the pane's `width`, to what
    the details leave of it (a wide terminal showed "Rapid Support Forces (R…" with half the pane
    empty). `whose`: the other analysts whose work alone the row shows, said first ("bo's: ")."""
    entity = store.get_entity(annotation.entity_id)
    row = Text(no_wrap=True, overflow="ellipsis")
    if whose:
        row.append(f"{whose}'s: ", style="italic dim")
    suggested = annotation.status == "suggested"
    tail = len("  suggested") if suggested else 0

    def room(least: int, details: str) -> int:
        return least if width is None else max(least, width - len(details) - tail)

    if annotation.kind == "district":
        attributes = annotation.attributes
        assert isinstance(attributes, DistrictAttributes)
        details = entity.details if entity else None
        extra: list[str | None] = []
        if isinstance(details, PlaceDetails):
            province = _letters(details.province or "")  # a newcomer's pane said "Segou  Ségou"
            same = not province or entity is None or province == _letters(entity.name)  # "Marib  in Ma’rib" twice
            extra.append(humanise(details.place_kind) if same else f"in {details.province}")
        status = (statuses or {}).get(entity.id if entity else "", attributes.control_status)
        extra.append(None if status == "unknown" else humanise(status))  # a newcomer read "· unknown" as no place known
        mentions = mention_counts.get(entity.id, 0) if entity else 0
        extra.append(f"{mentions} mentions" if mentions > 1 else None)
        said = "  " + " · ".join(e for e in extra if e)
        row.append(shorten(entity.name if entity else annotation.quote, room(22, said)), style="bold")
        row.append(said, style="dim")
    elif annotation.kind == "actor":
        said = ""
        if entity and isinstance(entity.details, ActorDetails):
            said = "  " + humanise(entity.details.actor_type)
            mentions = mention_counts.get(entity.id, 0)
            said += f" · {mentions} mentions" if mentions > 1 else ""
        words = f"  “{shorten(annotation.quote, 20)}”" if entity and _says_more(annotation.quote, entity.name) else ""
        row.append(shorten(entity.name if entity else annotation.quote, room(24, said + words)), style="bold")
        row.append(said, style="dim")
        row.append(words, style="italic dim")
    else:
        attributes = annotation.attributes
        assert isinstance(attributes, ClaimAttributes)
        # The type before the words, and the words cut only by the pane's edge: a quote cut short
        # here and the row cut at the edge drew two ellipses ("fallen t……").
        row.append(
            shorten(claimant_name(store, annotation), 18 if width is None else max(18, width // 3)), style="bold"
        )
        if attributes.certainty == "negated":  # a denial read at a glance as its claim (a newcomer did)
            row.append(" · denies", style="bold")
        row.append(f" · {humanise(attributes.claim_type)}", style="dim")
        row.append(f": “{shorten(annotation.quote, 120, strip_quotes=True)}”")
    if suggested:
        row.stylize("italic dim")
        row.append("  suggested", style="italic")
    return row


def _says_more(quote: str, name: str) -> bool:
    """Whether a mention's words tell something its entity's name does not: "army" of the
    Sudanese Armed Forces does; the name itself, or the name with a place after it ("General
    Coordination of … in Darfur"), cut to the same first words in the pane, does not."""
    words, named = quote.casefold(), name.casefold()
    return not (words.startswith(named) or named.startswith(words))


def detail_text(store: Store, annotation: Annotation | None) -> Text:
    """The full record of one annotation for the detail area."""
    if annotation is None:
        return Text("No annotation under the cursor.", style="dim")
    entity: Entity | None = store.get_entity(annotation.entity_id)
    out = Text()
    out.append(f"{annotation.kind.upper()}  ", style="bold")
    room = 90 if annotation.kind == "claim" else 200  # a claim's words are lit in the reader: what it says
    out.append(f"“{shorten(annotation.quote, room)}”\n")  # about them first (its event type was cut off)
    if entity is not None:
        out.append(entity.name, style="bold")
        if isinstance(entity.details, PlaceDetails):
            out.append(f"  {place_line(entity.details)}")
            if entity.details.latitude is not None and entity.details.longitude is not None:
                out.append(f"  {entity.details.latitude:.3f}, {entity.details.longitude:.3f}")
        elif isinstance(entity.details, ActorDetails):
            out.append(f"  {humanise(entity.details.actor_type)}")
            if entity.details.affiliation:
                out.append(f" · {entity.details.affiliation}")
            if entity.details.aliases:
                out.append(f"\naka {', '.join(entity.details.aliases)}")
        out.append("\n")
    attributes = annotation.attributes
    if isinstance(attributes, DistrictAttributes):  # the pane's row says what all its mentions say
        out.append(f"status {humanise(attributes.control_status)}")
        out.append(
            " · what this mention says (e changes it here and in mentions saying the same or nothing)", style="dim"
        )
        claim = claim_around(store.annotations(annotation.article_id), annotation)
        if claim is not None and attributes.control_status != "unknown":
            by = claimant_name(store, claim)
            out.append(f" · claimed by {by}" if by != NO_CLAIMANT else " · claimed, by no one named", style="bold")
        out.append("\n")
    elif isinstance(attributes, ClaimAttributes):
        by = claimant_name(store, annotation)
        out.append(f"claimant {by}" if by != NO_CLAIMANT else "no claimant (e chooses one)")
        if attributes.cue:
            out.append(f" · cue “{attributes.cue}”")
        article = store.article(annotation.article_id)
        from annotations.claims.when import claim_date  # the date readers load on first use

        when = claim_date(article.text, article.published, annotation)  # before what is cut first in a short pane:
        out.append(  # a newcomer's detail at 110x34 ended at the certainty, the date under it never seen
            f"\nwhen {when.describe()}" if when else "\nwhen unknown: the article has no date (e sets the claim's)"
        )
        out.append(f"\n{humanise(attributes.claim_type)} · {attributes.certainty}")
        if attributes.grade:
            out.append(f" · grade {attributes.grade}")
        if attributes.event_type:  # the analyst's choice, which the events export takes (a newcomer's was unseen)
            out.append(f"\nevent {attributes.event_type}")
        out.append("\n")
        from annotations.claims.claim_places import places_about  # as the claims board files it

        places = places_about(article.text, annotation, store.annotations(annotation.article_id))
        names = [e.name for e in (store.get_entity(i) for i in (*places, *attributes.actors)) if e]
        if names:
            out.append(f"about {', '.join(names)}\n")
        for link in attributes.links:
            out.append(f"{link.type} {claim_label(store, link.article_id, link.annotation_id)}\n")
    note = getattr(attributes, "note", "")
    if note:
        out.append(f"note {note}\n", style="italic")
    out.append(provenance(annotation), style="dim")
    return out


def provenance(annotation: Annotation) -> str:
    """Who made the tag and when: "tagged by" (a newcomer read the store's "accepted · by root"
    under a tag made by hand as a suggestion accepted), with the day, which the time alone hid."""
    who = annotation.annotator or "someone unnamed"
    when = annotation.modified[:16].replace("T", " ")
    if annotation.status == "suggested":
        return f"suggested, not yet accepted · from {who} · {when} UTC"
    return f"tagged by {who} · {when} UTC"


SUGGESTION_KEYS = "y accept · Y all like it · r reject"
"""Under a suggestion's detail, on its border: always in sight, however long the detail."""


def suggestion_text(
    text: str,
    suggestion: Suggestion,
    claimant: Suggestion | None = None,
    like: Sequence[Suggestion] = (),
    held: bool = False,
    maker: Suggestion | None = None,
) -> Text:
    """What a suggestion proposes and why, for the detail area: everything `y` stores (a place's
    status; a claim's claimant, which `y` tags too when it is only a suggestion: `claimant`), and
    the statuses `Y` stores with the other mentions (`like`: a newcomer's `Y` stored "captured"
    and "contested" on mentions whose statuses no suggestion shown had said)."""
    out = Text()
    out.append(f"SUGGESTED {suggestion.kind.upper()}  ", style="bold")
    if suggestion.kind == "claim":  # what y stores first: a long quotation is cut, these are not
        return _claim_suggestion_text(text, suggestion, out, claimant)
    out.append(f"“{shorten(suggestion.quote, 200)}”\n")
    entity = suggestion.entity
    if entity is not None:
        out.append(entity.name, style="bold")
        if maker is not None:  # the entity another suggestion of the article makes: not in the corpus yet
            out.append(f" (new, as suggested at “{shorten(maker.quote, 40)}”)", style="dim")
        else:  # held: `y` links it to the entity the corpus holds
            out.append(" (new)" if suggestion.new_entity and not held else " (known)", style="dim")
        out.append("\n")
        details = entity.details
        if isinstance(details, PlaceDetails):
            where = ", ".join(x for x in (details.place_kind, details.province, details.country) if x)
            out.append(f"{where}\n")
            status = suggestion.attributes
            if isinstance(status, DistrictAttributes) and status.control_status != "unknown":
                out.append("status ", style="dim")
                out.append(f"{humanise(status.control_status)}\n", style="bold")
            said = _statuses_of(like)
            if len(like) > 1 and said:
                out.append(
                    f"Y tags {len(like)} mentions; status in them: ", style="dim"
                )  # "1 captured" read as a count
                out.append(", ".join(f"{humanise(status)} in {n}" for status, n in said.items()) + "\n", style="bold")
            if details.codes:
                codes = " ".join(f"{k} {v}" for k, v in details.codes.items() if k != "pcode_source")
                out.append(codes + "\n", style="dim")
        elif isinstance(details, ActorDetails):
            out.append(f"{details.actor_type.replace('_', ' ')}\n")
    out.append(f"why: {suggestion.reason}", style="dim")
    return out


def _statuses_of(mentions: Sequence[Suggestion]) -> dict[str, int]:
    """How many of these place suggestions say each control status (unknown left out)."""
    said: dict[str, int] = {}
    for mention in mentions:
        attributes = mention.attributes
        if isinstance(attributes, DistrictAttributes) and attributes.control_status != "unknown":
            said[attributes.control_status] = said.get(attributes.control_status, 0) + 1
    return said


def _claim_suggestion_text(text: str, suggestion: Suggestion, out: Text, claimant: Suggestion | None) -> Text:
    """A suggested claim: its type and certainty, claimant and cue, then its words (cut to fit
    the detail area: a newcomer could not see the type of a long claim). A claimant only
    suggested says the actor and type `y` will tag it as (a newcomer found a spokesman stored
    as a government official without having seen it)."""
    attributes = suggestion.attributes
    if isinstance(attributes, ClaimAttributes):
        out.append(f"{attributes.claim_type.replace('_', ' ')} · {attributes.certainty}")
    out.append("\n")
    if suggestion.claimant is not None:
        out.append("claimant ", style="dim")
        out.append(text[suggestion.claimant[0] : suggestion.claimant[1]])
        entity = claimant.entity if claimant is not None else None
        if claimant is not None and entity is not None and isinstance(entity.details, ActorDetails):
            new = "new " if claimant.new_entity else ""
            kind = humanise(entity.details.actor_type)
            out.append(f" ({new}{kind}{'' if entity.name == claimant.quote else ': ' + entity.name})", style="dim")
        out.append(" · ", style="dim")
    out.append("cue ", style="dim")
    out.append(f"{suggestion.cue}\n")
    out.append(f"“{shorten(suggestion.quote, 120)}”\n")
    out.append(f"why: {suggestion.reason}", style="dim")
    return out
