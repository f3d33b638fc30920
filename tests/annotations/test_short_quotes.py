"""Quotes made short for labels keep the quotation marks that belong to a quotation inside them
(a newcomer's entities screen showed 'troops were "still defending the town.' without its end)."""

from __future__ import annotations

import pytest

from annotations.text.quotes import shorten


@pytest.mark.parametrize(
    ("quote", "label"),
    [
        ("troops were “still defending the town.”", "troops were “still defending the town.”"),
        ("“The town is fully under our control,”", "The town is fully under our control,"),
        ("“A” and “B”", "“A” and “B”"),
        ('"They were on the ground', "They were on the ground"),
        ('said "no" twice"', 'said "no" twice'),
        ("Ukraine's army", "Ukraine's army"),
        ("the army’s ‘final push’", "the army’s ‘final push’"),
        ("troops were 'still defending the town.'", "troops were 'still defending the town.'"),
        ("‘final push’", "final push"),
    ],
)
def test_only_the_marks_around_the_whole_quote_go(quote: str, label: str) -> None:
    assert shorten(quote, 80, strip_quotes=True) == label


def test_a_title_shortened_between_keeps_both_ends() -> None:
    from annotations.text.quotes import shorten_between

    long = "The Taliban reportedly captured the district after days of heavy fighting, officials said on Monday."
    short = shorten_between(long, 60)
    assert len(short) <= 60
    assert short.startswith("The Taliban reportedly") and short.endswith("said on Monday.") and " … " in short
    assert shorten_between("Kunduz  city", 60) == "Kunduz city"
