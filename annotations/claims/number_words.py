"""Numbers as news writes them, in digits or words ("11", "twenty-three", "dozens"), and their values: the
figures of the dead (`figures`) and of a family told with them (`kin_dead`)."""

from __future__ import annotations

import re

WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
          "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
          "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "tens": 10, "several": 10, "several dozen": 12,
          "several hundred": 100, "several thousand": 0, "couple": 2, "dozen": 12, "dozens": 12, "scores": 20,
          "hundreds": 100, "a hundred": 100, "a thousand": 1000, "thousands": 0, "tens of thousands": 0,
          "hundreds of thousands": 0}  # fmt: skip
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
NUMBER = rf"(\d(?:[\d,]*\d)?|(?:{_TENS})[-\s](?:{_UNITS})\b|" + "|".join(sorted(WORDS, key=len, reverse=True)) + r")"
"""A number in digits or words, "twenty-three" whole (not "three")."""
A_NUMBER = "(?:" + NUMBER[1:]
"""`NUMBER`, captured by no group."""


def value(number: str) -> int:
    """The value of a number as written ("1,200", "twenty-three", "dozens": 12)."""
    word = " ".join(number.lower().replace(",", "").split())
    if word.isdigit() or word in WORDS:
        return int(word) if word.isdigit() else WORDS[word]
    return sum(WORDS[part] for part in re.split(r"[-\s]", word))
