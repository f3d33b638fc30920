"""A name field's completion: a known name whole, else the word being typed from the article."""

from __future__ import annotations

from annotations.forms.completion import NameCompletion

TEXT = (
    "Resistance forces attacked the convoy. Residents said the resistance forces withdrew. "
    "The National Unity Government and NATO officials met near the war zone."
)


def test_a_known_name_completes_whole_whatever_the_case_or_accents_typed() -> None:
    completion = NameCompletion(["Fāryāb Police", "Taliban"], TEXT)
    assert completion.complete("far") == "Fāryāb Police"
    assert completion.complete("T") == "Taliban"


def test_a_new_name_completes_the_word_being_typed_from_the_article() -> None:
    completion = NameCompletion([], TEXT)
    assert completion.complete("Resistance fo") == "Resistance forces"
    assert completion.complete("Local res") == "Local resistance"  # written as typed first
    assert completion.complete("Local Res") == "Local Residents"  # as often: the shorter
    assert completion.complete("Local Resis") == "Local Resistance"
    assert completion.complete("Nat") == "National"  # "NATO" is not written "Nat…"
    assert completion.complete("nat") == "NATO"  # written as typed by none: an acronym as written
    assert NameCompletion([], "the residents fled").complete("Resid") == "Residents"  # the letters typed stay


def test_ctrl_right_takes_one_word_of_what_is_offered() -> None:
    from annotations.forms.completion import one_word_of

    offered = "Myanmar military government (Naypyitaw)"
    assert one_word_of("Myanmar mil", offered) == "Myanmar military"
    assert one_word_of("Myanmar military", offered) == "Myanmar military government"
    assert one_word_of("Myanmar military government", offered) == offered
    assert one_word_of(offered, offered) == offered


def test_the_most_frequent_word_comes_first_then_the_shorter() -> None:
    completion = NameCompletion([], "Kandahar Kabul Kabul Kunduz Kunar")
    assert completion.complete("K") == "Kabul"
    assert completion.complete("Ku") == "Kunar"  # once each: the shorter


def test_nothing_is_offered_for_short_words_finished_words_or_nothing_typed() -> None:
    completion = NameCompletion([], TEXT)
    assert completion.complete("wa") is None  # "war": too short to gain from completion
    assert completion.complete("Resistance forces") is None
    assert completion.complete("Residents (") is None
    assert completion.complete("") is None


def test_the_words_of_known_names_complete_too() -> None:
    completion = NameCompletion(["People's Defence Force"], "")
    assert completion.complete("Local Def") == "Local Defence"


def test_a_very_long_article_lends_the_words_around_the_tag_only() -> None:
    """Reading a 2 MB article's words took 75 ms at the first letter typed."""
    from annotations.forms.completion import WORDS_AROUND, words_near

    short = "word " * 1000
    assert words_near(short, 10, 20) is short
    long = "a" * (3 * WORDS_AROUND) + " Zaporizhzhia " + "b" * (3 * WORDS_AROUND)
    start = long.index("Zaporizhzhia")
    near = words_near(long, start, start + 12)
    assert "Zaporizhzhia" in near and len(near) == 2 * WORDS_AROUND + 12
    assert NameCompletion([], near).complete("Zap") == "Zaporizhzhia"


def test_words_come_without_the_punctuation_or_possessive_around_them() -> None:
    """Found in review: "Afghanistan" offered "Afghanistan’s"; a closing quote, a trailing
    hyphen and a dash were taken into words."""
    text = "Afghanistan’s border. The group ‘Resistance Front’ said pro- and anti-government Kunduz--the city"
    completion = NameCompletion([], text + " Afghanistan")
    assert completion.complete("Afghanistan") is None
    assert completion.complete("Resistance Fro") == "Resistance Front"
    assert completion.complete("Kun") == "Kunduz"
    assert completion.complete("ant") == "anti-government"
    assert completion.complete("4Ku") is None  # a word glued to a digit
    assert completion.complete("(Ku") == "(Kunduz"


def test_accents_and_the_curly_apostrophe_need_not_be_typed() -> None:
    completion = NameCompletion([], "Fāryāb province. O’Brien said. al-Qaeda fighters")
    assert completion.complete("Far") == "Fāryāb"  # other accents: as written
    assert completion.complete("O'Br") == "O’Brien"
    assert completion.complete("Al-q") == "Al-qaeda"  # the letters typed stay


def test_words_of_other_scripts_keep_their_combining_marks() -> None:
    completion = NameCompletion([], "မြန်မာ တပ်မတော် နှင့် नरेन्द्र मोदी ने कहा")
    assert completion.complete("မြ") == "မြန်မာ"
    assert completion.complete("नरे") == "नरेन्द्र"


def test_two_words_typed_complete_to_the_articles_name_they_begin() -> None:
    """helper-315: "Sudan L" completed word by word to "Sudan Lawyers" (the article's "Emergency Lawyers"), a name the
    article never wrote, where it named the Sudan Liberation Army; an affiliation was saved so."""
    text = (
        "Minni Minawi, leader of a faction of the Sudan Liberation Army, said the Emergency Lawyers were wrong. "
        "Sudanese Armed Forces struck. The Movement for the Liberation of Congo said so."
    )
    completion = NameCompletion([], text)
    assert completion.complete("Sudan L") == "Sudan Liberation Army"
    assert completion.complete("Sudanese A") == "Sudanese Armed Forces"  # not "… struck"
    assert completion.complete("Movement f") == "Movement for the Liberation of Congo"
    assert completion.complete("Emergency L") == "Emergency Lawyers"
    assert completion.complete("Sudan X") is None
    assert completion.complete("Sud") == "Sudan"  # one word: a word at a time, as before


def test_a_name_typed_whole_is_not_run_on_into_the_next() -> None:
    """helper-318: "Sudan Liberation Army" typed whole offered "… and Rapid Support Forces" (saved as an affiliation),
    "El F" "El Fasher and Tawila", "Sudan Liberation M" "… Movement Chairman Abdel Wahid"; "sudan law" offered the
    name in the letters typed ("sudan lawyers Committee")."""
    text = (
        "The Sudan Liberation Army and Rapid Support Forces fought. El Fasher and Tawila. El Fasher. The Sudan "
        "Liberation Movement Chairman Abdel Wahid said so. The Sudan Lawyers Committee said."
    )
    completion = NameCompletion([], text)
    assert completion.complete("Sudan Liberation Army") is None
    assert completion.complete("El F") == "El Fasher"
    assert completion.complete("Sudan Liberation M") == "Sudan Liberation Movement"
    assert completion.complete("sudan law") == "Sudan Lawyers Committee"


def test_two_words_typed_complete_to_the_articles_name_before_the_corpuss() -> None:
    """helper-320: "Sudan Lib" offered the corpus's "Sudan Liberation Army", and Enter saved it as an affiliation, in an
    article naming the Sudan Liberation Movement six times."""
    completion = NameCompletion(
        ["Sudan Liberation Army"], "The Sudan Liberation Movement said so. Sudan Liberation Movement."
    )
    assert completion.complete("Sudan Lib") == "Sudan Liberation Movement"
    assert completion.complete("Sud") == "Sudan Liberation Army"  # one word: the corpus's name first, as before


def test_a_known_name_stays_offered_as_more_of_it_is_typed() -> None:
    """helper-361: "Suspected" offered the known "Suspected jihadist fighters", "Suspected jih" only the article's
    "Suspected jihadist" (its capitalised words), a new actor."""
    text = "Suspected jihadist fighters attacked the base. Later suspected jihadist fighters fled."
    completion = NameCompletion(["Suspected jihadist fighters"], text)
    assert [completion.complete(t) for t in ("Suspected", "Suspected jih", "Suspected jihadist f")] == [
        "Suspected jihadist fighters"
    ] * 3
