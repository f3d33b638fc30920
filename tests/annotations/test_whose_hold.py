"""Whose hold a cue tells, read from who repelled whom and who still holds a place: "M23 said it
had repelled an army attack on Sake" was suggested as the government's hold (`government_held`)
for the word "repelled", and "the rebels said they still hold Kitshanga" said nothing of it."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotations.model import Article
from annotations.text.readings import claim_reading, control_reading_near, control_status_near
from annotations.text.whose_hold import SPEAKERS_HOLD

CASES = [
    # who attacked, named after "repelled": the others hold the place
    ("M23 said on Tuesday it had repelled an army attack on Sake.", "Sake", "captured"),
    ("The rebels said they repelled an attack by government forces on Kitshanga.", "Kitshanga", "captured"),
    ("Its fighters repelled a FARDC offensive near Rubaya, the group said.", "Rubaya", "captured"),
    ("The army said its troops repelled an M23 attack on Sake.", "Sake", "government_held"),
    ("Soldiers repelled a rebel assault on Minova overnight.", "Minova", "government_held"),
    # no attacker named: who repelled it
    ("The insurgents said they had repelled the attack on Palma.", "Palma", "captured"),
    ("The army said it repelled an attack on Sake.", "Sake", "government_held"),
    ("The attack on Sake was repelled, officials said.", "Sake", "government_held"),
    # still holding: whose hold the subject tells, else nothing said
    ("The rebels said they still hold Kitshanga.", "Kitshanga", "captured"),
    ("The army said it still controlled Minova on Monday.", "Minova", "government_held"),
    ("Ukrainian troops are still holding out in Bakhmut, the army said.", "Bakhmut", "government_held"),
    ("M23 said it still holds Sake.", "Sake", "unknown"),
    ("The militants still held hostages in Kidal, residents said.", "Kidal", "unknown"),
    # what the vocabulary said before, unchanged
    ("The army still holds Kidal.", "Kidal", "government_held"),
    ("The insurgents remained in control of Bama.", "Bama", "captured"),
    ("Troops, backed by air strikes, remain in full control of Bama.", "Bama", "government_held"),
    # a reviewer's: the side is the subject's, before the verb; attackers by their letters; objects
    # that are no place; a hold lost or of people
    ("Soldiers repelled insurgents who stormed Monguno overnight.", "Monguno", "government_held"),
    ("Government forces repelled rebels attacking Kitshanga.", "Kitshanga", "government_held"),
    ("The RSF said it repelled an SAF assault on El Fasher.", "El Fasher", "captured"),
    ("M23 said it had repelled an attack by the Sudanese Armed Forces on Goma.", "Goma", "captured"),
    ("The Sudan Shield Forces said its fighters had repelled an RSF assault near Tamboul.", "Tamboul", "government_held"),
    ("The spokesman said the rebels still hold 40 soldiers in Kidal.", "Kidal", "unknown"),
    ("The militants still hold sway in the countryside around Gwoza.", "Gwoza", "unknown"),
    ("The rebels still hold the key road linking Goma and Sake.", "Sake", "unknown"),
    ('"Kitshanga is no longer in our hands," the army spokesman admitted.', "Kitshanga", "unknown"),
    ('"The fate of Goma is in our hands," the mayor said.', "Goma", "unknown"),
    # a newcomer's, unread: the government's control with a word before it
    ("Lalibela was under full government control, officials said.", "Lalibela", "government_held"),
    ("Kobo is under firm army control.", "Kobo", "government_held"),
    # helper-254's: who controls a place is the subject of "controls"
    ("The army controls Kumbo, the governor said.", "Kumbo", "government_held"),
    ('The governor said the army "controls the whole of Bui division".', "Bui", "government_held"),
    ("ISWAP controls Kumbo, residents said.", "Kumbo", "captured"),
    ("The separatists now controls Kumbo, the governor said.", "Kumbo", "captured"),
    ("Kumbo remains under the control of rebel forces, residents said.", "Kumbo", "captured"),  # was the state's
    ("Kumbo remains under the control of Cameroonian forces, residents said.", "Kumbo", "government_held"),
    ("Kumbo remains under the control of the national army, the ministry said.", "Kumbo", "government_held"),  # helper-258
    ("Kumbo remains under the control of government forces, residents said.", "Kumbo", "government_held"),
    # a review's: a hold lost, a hold of the enemy's, a way to a place, controls that are no hold
    ("The army no longer controls Kumbo, residents said.", "Kumbo", "captured"),
    ("The army now only controls Kumbo, residents said.", "Kumbo", "government_held"),
    ("Kumbo is under the control of our enemies, the spokesman said.", "Kumbo", "captured"),
    ("Kumbo is no longer under the control of our troops, the army said.", "Kumbo", "captured"),
    ("The army controls the road to Kumbo.", "Kumbo", "unknown"),
    ("Border controls were tightened in Kumbo.", "Kumbo", "unknown"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place", "status"), CASES)
def test_whose_hold_is_read_from_who_repelled_whom_and_who_holds(text: str, place: str, status: str) -> None:
    start = text.index(place)
    assert control_status_near(text, start, start + len(place)) == status


def test_a_town_still_held_by_name_is_a_claim_of_territory() -> None:
    """ "they still hold Kitshanga" was typed "other"; "still hold the town" was territory already."""
    assert claim_reading("they still hold Kitshanga", "said")[0] == "territorial_control"
    assert claim_reading("it still holds the town", "said")[0] == "territorial_control"


@pytest.mark.parametrize(
    "text",
    [
        '"Our forces are in full control of Lashio," the spokesman said.',
        'The spokesman said: "Our forces still hold Lashio."',
        '"Lashio is still in our hands," the spokesman said.',
        "We still control Lashio, the spokesman said.",
        '"Our units are still in Lashio and the situation is under control," the spokesman said.',
        'He said the base in Lashio "remains firmly under the control of our troops."',  # helper-254's: captured
        "Lashio remains under the full control of our forces, the spokesman said.",
    ],
)
def test_a_hold_the_speaker_claims_for_its_side_is_nobodys_in_the_text(text: str) -> None:
    """Whose "our forces" are, the words do not tell: a newcomer's army spokesman's "Our forces are
    in full control of Mocímboa da Praia" was suggested as captured."""
    start = text.index("Lashio")
    assert control_status_near(text, start, start + 6) == "unknown"
    reading = control_reading_near(text, start, start + 6)  # what the board reads by the claimant's side
    assert reading is not None and reading.status == SPEAKERS_HOLD


def test_the_board_reads_a_hold_the_speaker_claims_as_its_sides(tmp_path: Path) -> None:
    """The army's "Our forces are in full control of Lashio" and its "troops retook Lashio" were
    proposed as contradicting (captured against retaken); the MNDAA's "our forces still hold
    Lashio" stood on no side against the army's retaking of that day."""
    from .test_claims_told_in_turn import ARMY, MNDAA, one_event

    event = one_event(tmp_path / "army", [
        ('"Our forces are in full control of Lashio," the army said on Friday.', "2024-08-03", ARMY,
         "Our forces are in full control of Lashio", "captured"),
        ("The army said on Friday its troops retook Lashio.", "2024-08-03", ARMY, "its troops retook Lashio", "retaken"),
    ])  # fmt: skip
    assert set(event.sides()) == {"government"} and event.contradictions() == []
    event = one_event(tmp_path / "both", [
        ('"Our forces still hold Lashio," the MNDAA said on Friday.', "2024-08-03", MNDAA,
         "Our forces still hold Lashio", "unknown"),
        ("The army said on Friday its troops retook Lashio.", "2024-08-03", ARMY, "its troops retook Lashio", "retaken"),
    ])  # fmt: skip
    assert set(event.sides()) == {"attackers", "government"} and len(event.contradictions()) == 1


def test_the_claims_table_says_a_hold_the_speaker_claims_as_its_sides(tmp_path: Path) -> None:
    """A reviewer's: the CSV claims table said "speakers_hold", no status of the vocabulary."""
    import csv
    import io

    from annotations.cli import run

    from .test_claims_told_in_turn import ARMY, one_event

    one_event(tmp_path, [
        ('"Our forces are in full control of Lashio," the army said on Friday.', "2024-08-03", ARMY,
         "Our forces are in full control of Lashio", "captured"),
    ])  # fmt: skip
    out = io.StringIO()
    assert run(["export", "--format", "csv", "--db", str(tmp_path / "db")], stdout=out) == 0
    (row,) = csv.DictReader(io.StringIO(out.getvalue()))
    assert row["control_status"] == "government_held"


@pytest.mark.parametrize(
    ("text", "place", "status"),
    [
        ("Mirebalais is back under the control of the state, the police chief said.", "Mirebalais", "government_held"),
        ("The prime minister promised that the police would retake the town of Mirebalais.", "Mirebalais", "unknown"),
        ('Cherizier said his fighters would "liberate" Croix-des-Bouquets.', "Croix-des-Bouquets", "unknown"),
        # a second review: others' rulers are no state; a passive promise; presence is no hold
        ("Donetsk remains under the control of the authorities installed by Moscow, Kyiv said.", "Donetsk", "captured"),
        ("Mosul remained under the control of the state group.", "Mosul", "captured"),
        ("Mirebalais is now back under the control of the state.", "Mirebalais", "government_held"),
        ("The army said Kidal would be retaken within a week.", "Kidal", "unknown"),
        ("We remain in Kenscoff despite the attacks, a resident said.", "Kenscoff", "unknown"),
        ("Our forces are in Syria to fight ISIS, the Pentagon said.", "Syria", "unknown"),
    ],
)
def test_the_states_hold_and_a_promise_of_a_taking(text: str, place: str, status: str) -> None:
    """Found by a newcomer: the police chief's "back under the control of the state" was read as the
    gangs' hold, and a promise that the police "would retake" the town as its retaking."""
    start = text.index(place)
    assert control_status_near(text, start, start + len(place)) == status


def test_there_was_no_massacre_is_a_denial() -> None:
    assert claim_reading("There was no massacre of that size in Kenscoff", "said")[1] == "negated"
    body = "There was no attack on Monday, but gangs killed 12 people in Kenscoff on Tuesday"  # a reviewer's
    assert claim_reading(body, "said")[1] == "certain"


def test_a_rebel_spokesmans_hold_of_a_place_gives_no_event_row(tmp_path: Path) -> None:
    """helper-254: the Ambazonia Defence Forces' "our forces are in full control of Bamunka" gave
    the row "Non-state actor overtakes territory": a hold told is no taking, whoever tells it."""
    from annotations.claims.no_row import HELD, why_no_row

    from .test_claims_told_in_turn import MNDAA, one_event

    event = one_event(tmp_path, [
        ('"Our forces are in full control of Lashio," the MNDAA said on Friday.', "2024-08-03", MNDAA,
         "Our forces are in full control of Lashio", "unknown"),
    ])  # fmt: skip
    (claim,) = event.claims
    assert claim.statuses[event.place_id] == "captured"  # the rebels' side, on the board
    assert why_no_row(claim) == HELD


def test_the_base_the_army_says_its_troops_hold_is_the_governments_not_the_articles_capture(tmp_path: Path) -> None:
    """helper-254: the army spokesman's 'the base "remains firmly under the control of our
    troops."', about Monguno (chosen under About places), took the article's "captured" of Monguno:
    on the board the attackers' side, in the events a row "Government regains territory"."""
    from dataclasses import replace

    from annotations.claims.board import board_claims, events
    from annotations.claims.no_row import HELD, why_no_row
    from annotations.store import Store

    from ..helpers import claim_about
    from .test_claims_told_in_turn import ARMY, LASHIO

    text = 'The army said on Friday the base "remains firmly under the control of our troops." Lashio was attacked.'
    with Store.open(tmp_path / "db") as store:
        store.put_entity(ARMY)
        article = Article.create("Report", text, published="2024-08-03", source="https://e.org/0")
        store.add_article(article)
        claim = claim_about(store, article, 'the base "remains firmly under the control of our troops."', LASHIO, ARMY,
                            status="captured")  # fmt: skip
        store.update_annotation(replace(claim, attributes=replace(claim.attributes, places=(LASHIO.id,))))
        (event,) = events(board_claims(store))
    (told,) = event.claims
    assert told.statuses == {LASHIO.id: "government_held"} and why_no_row(told) == HELD


@pytest.mark.parametrize(
    ("text", "place", "status"),
    [
        ("Both sides claimed control of the village of Um Sumeima west of the state capital El Obeid.", "El Obeid",
         "unknown"),
        ("Analysts say control of El Obeid would open the road to Omdurman.", "El Obeid", "unknown"),
        ("El Obeid has been under partial siege since the RSF cut the road to Kosti.", "Kosti", "unknown"),
        ("El Obeid has been under partial siege since the RSF cut the road to Kosti.", "El Obeid", "encircled"),
        ("The RSF took control of El Obeid on Monday.", "El Obeid", "captured"),
    ],
)  # fmt: skip
def test_a_place_that_only_locates_another_or_follows_since_or_would(text: str, place: str, status: str) -> None:
    """helper-258: El Obeid "captured" where it only says where Um Sumeima lies, and where its control
    "would open the road"; Kosti "encircled" by a siege of El Obeid "since the RSF cut the road to
    Kosti". Over the golds, 17 suggested statuses of places named after "since" or "west of" went
    to unknown ("since the AA captured … in Ann": Sittwe was captured)."""
    start = text.index(place)
    assert control_status_near(text, start, start + len(place)) == status


def test_the_area_the_army_says_it_holds_and_the_rebels_claims_called_lies(tmp_path: Path) -> None:
    """helper-258: the army's "The claims of the rebel militia about Lashio are lies. Our forces
    repelled the attack and remain in full control of the area" said nothing of Lashio on the board,
    so it stood against no capture until the analyst linked the two."""
    event = one_event_of(tmp_path, [
        ("The MNDAA said on Friday its fighters captured Lashio.", "2024-08-03", "MNDAA",
         "its fighters captured Lashio", "captured"),
        ('The army said on Friday: "The claims of the rebel militia about Lashio are lies. Our forces repelled the attack '
         'and remain in full control of the area."', "2024-08-03", "ARMY",
         "The claims of the rebel militia about Lashio are lies. Our forces repelled the attack and remain in full "
         "control of the area", "unknown"),
    ])  # fmt: skip
    assert set(event.sides()) == {"attackers", "government"} and len(event.contradictions()) == 1
    words = "The claims of the rebel militia about Lashio are lies. Our forces remain in full control of the area"
    assert claim_reading(words, "said")[1] == "negated"
    assert claim_reading("Our troops are now in full control of the area", "said")[0] == "territorial_control"


def one_event_of(tmp_path: Path, told: list[tuple[str, str, str, str, str]]):  # type: ignore[no-untyped-def]
    from . import test_claims_told_in_turn as told_in_turn

    speakers = {"MNDAA": told_in_turn.MNDAA, "ARMY": told_in_turn.ARMY}
    return told_in_turn.one_event(tmp_path, [(t, d, speakers[s], w, st) for t, d, s, w, st in told])


@pytest.mark.parametrize(
    ("text", "place", "status"),
    [
        ("Rebels took control of Kutum on Monday and said they would advance on El Fasher.", "Kutum", "captured"),
        ("Rebels who took control of Kadugli may now move on Dilling.", "Kadugli", "captured"),
        ("Um Sumeima west of El Obeid fell to the RSF on Monday.", "Um Sumeima", "captured"),
        ("Um Sumeima west of El Obeid fell to the RSF on Monday.", "El Obeid", "unknown"),
        ("Heavy fighting raged in the far north of Kutum.", "Kutum", "contested"),
        ("Clashes have continued since Sunday in Kutum.", "Kutum", "contested"),
        ("Fighting since dawn in Kutum has killed 20 people.", "Kutum", "contested"),
        ("El Fasher has had no electricity since the RSF captured it in May.", "El Fasher", "captured"),
    ],
)
def test_a_review_of_since_west_of_and_would(text: str, place: str, status: str) -> None:
    """helper-259's review of the rules above: "control of Kutum … would" is no wish when taken;
    a place before "west of" keeps its verb; "since" of a time is no clause."""
    start = text.index(place)
    assert control_status_near(text, start, start + len(place)) == status
