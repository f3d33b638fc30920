"""What the detail area shows for a suggestion: what `y` would store, first."""

from __future__ import annotations


def test_a_suggested_claims_detail_shows_its_type_and_certainty_before_its_words() -> None:
    """Found by a newcomer: a long suggested claim filled the detail area before its type and
    certainty could be seen."""
    from annotations.model import ClaimAttributes
    from annotations.suggest import Suggestion
    from tui.presenters import suggestion_text

    text = "Officials said " + "the rebels took the town and " * 12 + "then left."
    start = len("Officials said ")
    attributes = ClaimAttributes(cue="said", claim_type="territorial_control", certainty="negated")
    claim = Suggestion(
        "claim", start, len(text), text[start:], "cue", attributes=attributes, claimant=(0, 9), cue="said"
    )
    lines = suggestion_text(text, claim).plain.splitlines()
    assert lines[0] == "SUGGESTED CLAIM  territorial control · negated"
    assert lines[1] == "claimant Officials · cue said"
    assert lines[2].endswith("…”") and len(lines[2]) <= 125
