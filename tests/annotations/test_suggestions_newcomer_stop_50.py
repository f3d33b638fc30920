"""What a newcomer found wrong or missing in the suggestions on the unseen articles (the fiftieth
stop), each class on sentences of its own."""

from __future__ import annotations

from annotations.suggest import Knowledge, suggest
from annotations.suggest.builtin_places import builtin_gazetteer

from .suggestion_views import actors, claimants


def test_a_charge_rejected_at_the_end_of_a_sentence_is_a_claim_of_its_own() -> None:
    """ "…, a charge the government rejected.": the rejection is the government's claim (as "The
    army denied that claim." is), and the accusation before it ends at the comma; "which the army
    has disputed" is the army's, not the accuser's; "rejected the plan" stays no claim."""
    text = "Amnesty accused the police of killing 12 protesters in Kisumu, a charge the government rejected."
    said = claimants(text)
    assert ("a charge the government rejected", "government") in said
    assert any(
        content.startswith("the police of killing 12 protesters") and "charge" not in content for content, _ in said
    )
    text = "Rebels said they shot down a jet near Gao, a claim which the army has disputed."
    assert ("a claim which the army has disputed", "army") in claimants(text)
    assert not any(content.startswith("the plan") for content, _ in claimants("The government rejected the plan."))


def test_a_command_taken_names_no_actor() -> None:
    """ "its fighters had seized the Eastern Regional Military Command": the headquarters taken is
    where it happened, not a body acting (one that speaks still is)."""
    assert actors("The TNLA said its fighters had seized the Eastern Regional Military Command in Kyaukme.") == ["TNLA"]
    assert "Eastern Regional Military Command" in actors(
        "The Eastern Regional Military Command said the town was calm."
    )


def test_security_sources_are_the_forces_in_the_plural_as_in_the_singular() -> None:
    """ "security sources told Reuters" was an observer, "one security source said" an official:
    both are the security forces' people."""
    text = "Militants attacked a base in Kaya, security sources told Reuters. One security source said 12 died."
    found = {s.quote: s.entity for s in suggest(text, Knowledge([builtin_gazetteer()])) if s.kind == "actor"}
    kinds = {quote: getattr(entity.details, "actor_type", None) for quote, entity in found.items() if entity}
    assert kinds["security sources"] == kinds["security source"] == "state_forces"


def test_what_a_review_found_in_these_rules() -> None:
    """A reviewer's sentences: a rejection whose rejecter is no actor suggested has no claimant (it
    was given to the accuser); a force named in a base taken stays an actor ("the FARDC Base"),
    and a command stormed is still a body."""
    said = dict(claimants("The army said it had killed 30 fighters near Dikwa, a claim that the group denied."))
    assert said.get("a claim that the group denied", "missing") is None
    assert "FARDC" in actors("M23 fighters captured the FARDC Base in Rubaya.")
    assert "Army General Command" in actors("RSF fighters stormed the Army General Command Headquarters in Khartoum.")
