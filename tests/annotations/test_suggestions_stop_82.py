"""What reviews, newcomers and I found at stop 82, each on sentences of its own."""

from __future__ import annotations

from annotations.suggest import Knowledge, suggest
from annotations.suggest.builtin_places import builtin_gazetteer

from .test_claims_a_newcomer_wrote import claims


def _found(text: str) -> list[tuple[str, str, str | None]]:
    return [
        (s.kind, s.quote, s.entity.name if s.entity else s.place_details().country)
        for s in suggest(text, Knowledge([builtin_gazetteer()]))
        if s.kind in ("district", "actor")
    ]


def test_a_mediators_community_is_a_body_not_a_town_of_the_articles_country() -> None:
    """helper-273: "talks … at the community of Sant'Egidio in Rome" in a report datelined in Mali was
    a town of Mali; "the Community of Sant'Egidio" was cut at its apostrophe ("Community of Sant")."""
    text = (
        "BAMAKO, Mali, March 3, 2025 (AFP) - Talks between the government and the rebels opened on Monday at "
        "the community of Sant'Egidio in Rome, mediators said. The Community of Sant'Egidio said the talks were "
        "useful. Fighting continued near Gao."
    )
    found = _found(text)
    assert ("actor", "Sant'Egidio", "Sant'Egidio") in found
    assert ("actor", "Community of Sant'Egidio", "Community of Sant'Egidio") in found
    assert not [f for f in found if f[0] == "district" and "Egidio" in f[1]]


def test_a_name_with_an_apostrophe_inside_ends_a_bodys_name_whole() -> None:
    """A capital letter after an apostrophe inside a word goes on the name ("Sant'Anna"), as no possessive does."""
    found = _found("The Patriotic Union of Sant'Anna said it would boycott the vote.")
    assert ("actor", "Patriotic Union of Sant'Anna", "Patriotic Union of Sant'Anna") in found


def test_a_statement_that_only_names_its_platform_is_no_claim() -> None:
    """helper-273: "… denied the claim in a statement on Telegram" gave a claim "on Telegram"."""
    text = (
        "JNIM said it had killed 12 soldiers near Dapaong. The army denied the claim in a statement on Facebook, "
        "and the rebels repeated it in a statement on Telegram."
    )
    found = [words for words, _who, _certainty in claims(text)]
    assert "it had killed 12 soldiers near Dapaong" in found
    assert not [words for words in found if words.startswith("on ")]


def test_the_platform_is_cut_after_a_confirmation_a_report_or_what_one_tells_of_his_own() -> None:
    """helper-274: "confirmed the capture of Babanusa on Telegram", "reported the killing of 40 RSF
    fighters … on Facebook", "said his fighters had taken … on Telegram" kept the platform."""
    text = (
        "The Rapid Support Forces confirmed the capture of Babanusa on Telegram. "
        "RSF commander Abdelrahim Dagalo said his fighters had taken the army base in Babanusa on Telegram. "
        "The Sudanese Armed Forces reported the killing of 40 RSF fighters near Dilling on Facebook."
    )
    found = [words for words, _who, _certainty in claims(text)]
    assert found == [
        "the capture of Babanusa",
        "his fighters had taken the army base in Babanusa",
        "the killing of 40 RSF fighters near Dilling",
    ]


def test_a_while_clause_counting_people_harmed_is_its_sources_claim() -> None:
    """helper-274: "…, while three civilians were abducted, according to Reuters" was no claim (only "3
    civilians" was)."""
    text = "Amnesty International said RSF fighters burned homes in Habila on Sunday, while three civilians were abducted, according to Reuters."
    assert ("three civilians were abducted", "Reuters", "certain") in claims(text)


def test_a_protest_called_for_a_day_is_no_appeal_and_an_uprising_named_in_quotes_no_place() -> None:
    """helper-275: "The protests were called for July 7, the anniversary of the 1990 "Saba Saba"
    pro-democracy uprising" was a claim (an appeal of no one) and "Saba Saba" a village of Murang'a:
    together a battle row."""
    text = (
        'NAIROBI, July 8, 2025 (Reuters) - The protests were called for July 7, the anniversary of the 1990 "Saba Saba" '
        "pro-democracy uprising. The opposition leader called for calm on Tuesday."
    )
    assert not [words for words, _who, _certainty in claims(text) if "July 7" in words]
    assert not [f for f in _found(text) if "Saba" in f[1]]


def test_a_group_named_then_armed_group_is_one_mention_of_the_group() -> None:
    """helper-275: "the Rwanda-backed M23 armed group" gave "armed group" as an actor of its own (an
    Unidentified Armed Group beside the army in the event row)."""
    found = _found("Fighters of the Rwanda-backed M23 armed group seized the town of Pinga on Sunday.")
    assert ("actor", "M23 armed group", "M23") in found
    assert not [f for f in found if f[1] == "armed group"]


def test_what_a_group_that_claimed_an_attack_said_is_its_own_claim() -> None:
    """helper-275: "the insurgent group that claimed the attack said it had killed far more" was one
    claim, "the attack said it had killed far more"."""
    found = [
        words for words, _who, _certainty in claims("The group that claimed the attack said it had killed 20 soldiers.")
    ]
    assert found == ["the attack", "it had killed 20 soldiers"]


def test_a_deed_done_online_keeps_its_platform_after_a_confirmation() -> None:
    """helper-276: "a teacher had been detained for criticising the junta on Facebook" lost "on Facebook"."""
    text = "Relatives confirmed a teacher had been detained for criticising the junta on Facebook."
    assert [words for words, _who, _c in claims(text)] == [
        "a teacher had been detained for criticising the junta on Facebook"
    ]


def test_militias_described_then_named_are_the_named_militia_of_no_state() -> None:
    """helper-275: "pro-government militias known as Wazalendo" were one actor named "pro-government
    militias", typed state forces (the Wazalendo commander's militia was a political militia)."""
    from annotations.suggest import Knowledge, suggest

    text = "Fighting raged around Kashebere, where pro-government militias known as Wazalendo said they had retaken the village."
    found = {s.quote: s.entity for s in suggest(text, Knowledge([])) if s.kind == "actor" and s.entity}
    militias = found["pro-government militias"]
    assert militias is not None and militias.name == "Wazalendo"
    assert militias.details.actor_type == "political_militia"  # type: ignore[union-attr]


def test_its_spokesman_in_the_groups_own_sentence_after_a_dateline_is_the_groups() -> None:
    """helper-275: "The outlawed Baloch Liberation Army (BLA) claimed responsibility in a message sent … by
    its spokesman, Jeeyand Baloch" made the spokesman a government official (and its toll an unidentified
    group's)."""
    from annotations.suggest import Knowledge, suggest

    text = (
        "QUETTA, Pakistan, March 4, 2025 (Reuters) - The outlawed Baloch Liberation Army (BLA) claimed responsibility "
        "in a message sent to journalists by its spokesman, Jeeyand Baloch."
    )
    found = {s.quote: s.entity for s in suggest(text, Knowledge([])) if s.kind == "actor" and s.entity}
    assert found["Jeeyand Baloch"].details.actor_type == "rebel_group"  # type: ignore[union-attr]


def test_rioters_and_looters_are_actors() -> None:
    """helper-275: "rioters had set fire to two police stations" named no actor."""
    found = _found(
        "Police said rioters had set fire to two police stations in Kiambu county, and looters ransacked shops."
    )
    assert [f[1] for f in found if f[0] == "actor"][-2:] == ["rioters", "looters"]


def test_a_town_told_in_a_province_its_region_holds_is_the_gazetteers_town() -> None:
    """helper-278: "some 40 km south of Djibo in Soum province" made Djibo a new place of Soum with no
    point on the map: the built-in towns know only regions, and Sahel holds Soum."""
    text = (
        "OUAGADOUGOU, May 14, 2025 (AFP) - Jihadists ambushed a convoy near the village of Gaskinde, some 40 km "
        "south of Djibo in Soum province, and gunmen killed 12 people in Diapaga, in the eastern Tapoa province."
    )
    found = {s.quote: s for s in suggest(text, Knowledge([builtin_gazetteer()])) if s.kind == "district"}
    for town, region in (("Djibo", "Sahel"), ("Diapaga", "Est")):
        details = found[town].place_details()
        assert (details.province, details.latitude is not None) == (region, True), town


def test_militias_known_by_a_name_of_three_words_take_it_whole() -> None:
    """helper-277: "state-backed militias known as Dan Na Ambassagou" were named "Dan Na"."""
    from annotations.suggest import Knowledge, suggest

    text = "State-backed militias known as Dan Na Ambassagou attacked Fulani herders in Bankass."
    found = {s.quote: s.entity for s in suggest(text, Knowledge([])) if s.kind == "actor" and s.entity}
    assert found["State-backed militias"] is not None and found["State-backed militias"].name == "Dan Na Ambassagou"


def test_a_spokesman_of_the_group_that_opens_the_sentence_is_affiliated_to_it() -> None:
    """helper-275: the BLA's "its spokesman, Jeeyand Baloch" was nobody's, and actor 1 of the BLA's toll."""
    from annotations.suggest import Knowledge, suggest

    text = (
        "QUETTA, Pakistan, March 4, 2025 (Reuters) - The outlawed Baloch Liberation Army (BLA) claimed responsibility "
        "in a message sent to journalists by its spokesman, Jeeyand Baloch."
    )
    found = {s.quote: s.entity for s in suggest(text, Knowledge([])) if s.kind == "actor" and s.entity}
    assert found["Jeeyand Baloch"].details.affiliation == "Baloch Liberation Army"  # type: ignore[union-attr]


def test_a_toll_put_by_one_ends_where_another_puts_theirs() -> None:
    """helper-278: "A local official put the toll at 17 dead, and the UN put the toll at 12" was one claim,
    and spans ended with a comma."""
    found = claims("A local official put the toll at 17 dead, and the UN put the toll at 12.")
    assert [words for words, _who, _c in found] == ["the toll at 17 dead", "the toll at 12"]


def test_a_statement_carried_by_a_newspaper_says_what_follows_its_that() -> None:
    """helper-278: "said in a statement carried by the state-run Global New Light of Myanmar newspaper on
    Monday that its air force had struck …" took the newspaper into the claim."""
    text = (
        "Myanmar's military government said in a statement carried by the state-run Global New Light of Myanmar "
        "newspaper on Monday that its air force had struck AA positions near Kyauk Ni Maw."
    )
    assert [words for words, _who, _c in claims(text)] == ["its air force had struck AA positions near Kyauk Ni Maw"]


def test_what_a_group_that_claimed_an_attack_on_a_town_said_is_its_own_claim() -> None:
    """helper-279: "The group that claimed the attack on Kaya said …" was one claim again."""
    found = [
        words for words, _who, _c in claims("The group that claimed the attack on Kaya said it had killed 20 soldiers.")
    ]
    assert found == ["the attack on Kaya", "it had killed 20 soldiers"]


def test_a_state_force_known_by_another_name_keeps_its_name() -> None:
    """helper-279: "Myanmar's military, known as Tatmadaw" was renamed "Tatmadaw"."""
    from annotations.suggest import Knowledge, suggest

    text = "Myanmar's military, known as Tatmadaw, bombed a village in Sagaing region."
    found = {s.quote: s.entity for s in suggest(text, Knowledge([])) if s.kind == "actor" and s.entity}
    assert found["Tatmadaw"] is not None and found["Tatmadaw"].name == "Military Forces of Myanmar"


def test_a_short_claim_before_another_speaker_is_not_lost() -> None:
    """helper-280: cutting contents of six characters before the next cue dropped "14 died" (claims under
    eight characters are none), and the row lost the police's lower toll."""
    found = claims("Police said 14 died, and residents said 20 people were killed in Tsafe.")
    assert any(words.startswith("14 died") and who == "Police" for words, who, _c in found)
