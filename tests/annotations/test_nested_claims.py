"""A claim told inside a wider claim the analyst tags stays suggested (helper-260: tagging the seed's
"The lawmakers bluntly criticized Kabul …" dropped Rhamani's claim inside it without a word)."""

from __future__ import annotations

from annotations.model import Annotation, Article, ClaimAttributes
from annotations.suggest import Knowledge, suggest
from annotations.suggest.builtin_places import builtin_gazetteer

TEXT = (
    "The lawmakers bluntly criticized Kabul for not doing enough against the Taliban onslaught, which Rhamani "
    "said included psychological war tactics, such as exaggerating their numbers."
)


def claims(accepted: list[Annotation]) -> list[str]:
    found = suggest(TEXT, Knowledge([builtin_gazetteer()], accepted=accepted))
    return [TEXT[s.claimant[0] : s.claimant[1]] for s in found if s.kind == "claim" and s.claimant]


def test_a_claim_told_by_another_inside_a_tagged_claim_stays_suggested() -> None:
    article = Article.create("Seed", TEXT)
    assert claims([]) == ["Rhamani"]
    whole = Annotation.create(article, "claim", 0, len(TEXT) - 1, attributes=ClaimAttributes(cue="criticized"))
    assert claims([whole]) == ["Rhamani"]


def test_the_tagged_claim_itself_told_again_is_settled() -> None:
    """The same claim, tagged with its speaker in it and said by that speaker, leaves no suggestion;
    nor does a tag that only overlaps it."""
    article = Article.create("Seed", TEXT)
    at = TEXT.index("Rhamani")
    speaker = Annotation.create(article, "actor", at, at + len("Rhamani"))
    own = Annotation.create(article, "claim", at, len(TEXT) - 1,
                            attributes=ClaimAttributes(cue="said", claimant_annotation_id=speaker.id))  # fmt: skip
    assert claims([speaker, own]) == []
    part = Annotation.create(article, "claim", TEXT.index("psychological"), len(TEXT) - 1)
    assert claims([part]) == []
