"""What the forms start with: entity matches, place kinds, control status, cue, claimant."""

from __future__ import annotations

from annotations.entities.matching import fold, similar_entity
from annotations.forms.drafts import draft_actor, draft_claim, draft_district, find_cue
from annotations.model import ActorDetails, Annotation, Article, Entity, PlaceDetails

TEXT = (
    "The Taliban on Monday announced it captured Imam Sahib district in the province of Kunduz. "
    "“Dozens of districts have fallen to the Taliban since May 1. The roads matter,” "
    "Iran’s Tasnim News Agency noted. "
    "Government forces have encircled the city of Maimana, officials said. "
    "Provincial officials denied that troops may surrender."
)
ARTICLE = Article.create("Prefill", TEXT)


def span(phrase: str) -> tuple[int, int]:
    start = TEXT.index(phrase)
    return start, start + len(phrase)


def test_fold_ignores_case_accents_articles_and_possessives() -> None:
    assert fold("The Taliban") == fold("taliban")
    assert fold("Herāt") == fold("Herat")
    assert fold("Iran’s") == fold("Iran")


def test_similar_entity_matches_names_aliases_and_near_spellings() -> None:
    taliban = Entity.actor("Taliban", ActorDetails("rebel_group", aliases=("the insurgents",)))
    tasnim = Entity.actor("Tasnim News Agency", ActorDetails("media"))
    kunduz = Entity.place("Kunduz", PlaceDetails("province"))
    entities = [taliban, tasnim, kunduz]
    assert similar_entity("the Taliban", entities, "actor") is taliban
    assert similar_entity("insurgents", entities, "actor") is taliban
    assert similar_entity("Tasnim News Agancy", entities, "actor") is tasnim
    assert similar_entity("Kunduz", entities, "actor") is None  # wrong kind
    assert similar_entity("Khaama Press", entities, "actor") is None


def test_names_one_word_of_which_is_another_are_not_near_spellings() -> None:
    """A newcomer linked "government troops" to the Military Forces of Syria; "Israel's military"
    was then proposed as Syria's (the two names are 90 % alike), and typing "Military Forces of
    Israel" in the form linked it there too."""
    syria = Entity.actor("Military Forces of Syria", ActorDetails("state_forces"))
    niger = Entity.actor("Government of Niger", ActorDetails("government_officials"))
    defence = Entity.actor("Ministry of Defence", ActorDetails("government_officials"))
    pdf = Entity.actor("People's Defence Force", ActorDetails("rebel_group"))
    entities = [syria, niger, defence, pdf]
    assert similar_entity("Military Forces of Israel", entities, "actor") is None
    assert similar_entity("Government of Nigeria", entities, "actor") is None
    assert similar_entity("Popular Defense Forces", entities, "actor") is None
    assert similar_entity("Ministry of Defense", entities, "actor") is defence
    assert similar_entity("Military Forces of Syrria", entities, "actor") is syria


def test_district_draft_reads_kind_and_status_from_context() -> None:
    draft = draft_district(TEXT, *span("Imam Sahib"), [])
    assert (draft.name, draft.details.place_kind, draft.control_status) == ("Imam Sahib", "district", "captured")
    province = draft_district(TEXT, *span("Kunduz"), [])
    assert province.details.place_kind == "province"
    city = draft_district(TEXT, *span("Maimana"), [])
    assert (city.details.place_kind, city.control_status) == ("city", "encircled")


def test_district_draft_reuses_a_known_place() -> None:
    known = Entity.place("Imam Sahib", PlaceDetails("district", "Kunduz", "Afghanistan", {"code": "AF-KDZ-1"}))
    draft = draft_district(TEXT, *span("Imam Sahib"), [known])
    assert draft.entity is known and draft.details.province == "Kunduz"


def test_actor_draft_guesses_a_type_or_reuses_the_entity() -> None:
    assert draft_actor(TEXT, *span("Tasnim News Agency"), []).details.actor_type == "media"
    assert draft_actor(TEXT, *span("Government forces"), []).details.actor_type == "state_forces"  # the head noun
    taliban = Entity.actor("Taliban", ActorDetails("rebel_group"))
    draft = draft_actor(TEXT, *span("The Taliban"), [taliban])
    assert draft.entity is taliban and draft.name == "Taliban"


def test_claim_draft_finds_cue_claimant_type_and_certainty() -> None:
    start, end = span("“Dozens of districts have fallen to the Taliban since May 1.")
    tasnim_span = span("Tasnim News Agency")
    tasnim = Annotation.create(ARTICLE, "actor", *tasnim_span)
    taliban = Annotation.create(ARTICLE, "actor", *span("Taliban"))
    draft = draft_claim(TEXT, start, end, [taliban, tasnim])
    assert draft.cue == "noted"
    assert draft.claimant == tasnim
    assert draft.claim_type == "territorial_control"
    assert draft.certainty == "certain"  # "May 1" is a date, not a modal


def test_claim_draft_for_denials_and_modals() -> None:
    start, end = span("that troops may surrender")
    draft = draft_claim(TEXT, start, end, [])
    assert draft.cue == "denied"
    assert draft.certainty == "negated"
    assert draft.claim_type == "surrender"
    assert find_cue(TEXT, *span("Government forces have encircled the city of Maimana")) == (
        "said",
        TEXT.index("said"),
    )


def test_a_claim_selected_with_its_speaker_takes_that_speaker() -> None:
    """Found by a newcomer: selecting "The Liberation Front said …" proposed an actor elsewhere."""
    from annotations.model import Article

    text = "The army shelled Kindu. The Liberation Front said its fighters held the bridge."
    article = Article.create("Kindu", text)
    army = Annotation.create(article, "actor", text.index("army"), text.index("army") + 4)
    front_at = text.index("Liberation Front")
    front = Annotation.create(article, "actor", front_at, front_at + len("Liberation Front"))
    start = text.index("The Liberation")
    draft = draft_claim(text, start, len(text) - 1, [army, front])
    assert draft.claimant is front and draft.cue == "said"


def test_a_new_actor_the_lexicon_knows_by_name_starts_with_its_type() -> None:
    """Found by a newcomer: "JNIM" and "Tasnim" tagged by hand started as "external other"."""
    text = "JNIM fighters attacked, Tasnim reported."
    assert draft_actor(text, 0, 4, []).details.actor_type == "rebel_group"
    assert draft_actor(text, 24, 30, []).details.actor_type == "media"


def test_a_displacement_camp_named_in_a_claim_does_not_make_it_displacement() -> None:
    """Found by a newcomer: "RSF shelled the Abu Shouk displacement camp, killing 14" read as displacement."""
    from annotations.text.readings import claim_reading

    assert claim_reading("RSF shelled the Abu Shouk displacement camp, killing 14 civilians", "said")[0] == "casualties"
    assert claim_reading("thousands fled toward the border", "said")[0] == "displacement"


def test_every_death_and_any_killing_are_no_casualties_reported() -> None:
    """Found by a newcomer: "Every death will be investigated" was typed casualties and reached
    the events export. A death that every, any or each qualifies is none that happened."""
    from annotations.text.readings import claim_reading

    assert claim_reading("Every death will be investigated", "said")[0] == "other"
    assert claim_reading("any killing of civilians will be punished", "warned")[0] == "other"
    assert claim_reading("each of the dead was a civilian", "said")[0] == "casualties"
    assert claim_reading("every death will be investigated, and the toll has risen to 12", "said")[0] == "casualties"


def test_deaths_written_as_neutralised_or_slain_are_casualties() -> None:
    """Found by a newcomer: "the army had “neutralised” more than 100 terrorists" was typed other."""
    from annotations.text.readings import claim_reading

    assert claim_reading("soldiers had “neutralised” forty militants near the dam", "said")[0] == "casualties"
    assert claim_reading("two guards were slain at the gate", "said")[0] == "casualties"


def test_a_country_or_province_tagged_by_hand_is_filled_from_the_built_in_places() -> None:
    """Found by a newcomer: "/Iran" then d filled kind "district" with no country or code."""
    from annotations.suggest.builtin_places import builtin_gazetteer

    builtin_gazetteer()  # the index a running app has made by the time anyone tags by hand
    text = "Fighting spread to Iran and to Kunduz province."
    iran = draft_district(text, *span_of(text, "Iran"), [])
    assert (iran.details.place_kind, iran.details.codes.get("iso3166_1")) == ("country", "IR")
    kunduz = draft_district(text, *span_of(text, "Kunduz"), [])
    assert (kunduz.details.place_kind, kunduz.details.codes.get("iso3166_2")) == ("province", "AF-KDZ")


def span_of(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def test_units_of_an_army_tagged_by_hand_are_state_forces() -> None:
    """Found by a newcomer: "6th Infantry Division" tagged with a started as "external other"."""
    for name in ("6th Infantry Division", "Assam Rifles", "103rd Infantry Brigade"):
        assert draft_actor(name, 0, len(name), []).details.actor_type == "state_forces", name


def test_a_claim_with_no_cue_in_its_sentence_takes_none_from_the_next() -> None:
    """Found by a newcomer: "The claim could not be independently verified." opened with the
    cue "warned" and the speaker of the next sentence."""
    text = (
        "Local officials said the market reopened. The claim could not be verified. The Relief Agency warned of hunger."
    )
    article = Article.create("next", text)
    officials = Annotation.create(article, "actor", *_at(text, "Local officials"))
    agency = Annotation.create(article, "actor", *_at(text, "The Relief Agency"))
    draft = draft_claim(text, *_at(text, "The claim could not be verified."), [officials, agency])
    assert (draft.cue, draft.claimant) == ("", None)


def test_a_speaker_described_by_a_clause_before_the_cue_is_the_claimant() -> None:
    """Found by a newcomer: "The Sudanese Armed Forces (SAF), which still hold the 6th Infantry
    Division headquarters …, said" gave the division, which touches the cue, as the speaker."""
    text = "The Northern Army, which still holds the Tamsa Garrison headquarters, said its troops repelled an assault."
    article = Article.create("which", text)
    army = Annotation.create(article, "actor", *_at(text, "Northern Army"))
    garrison = Annotation.create(article, "actor", *_at(text, "Tamsa Garrison"))
    draft = draft_claim(text, *_at(text, "its troops repelled an assault"), [army, garrison])
    assert (draft.cue, draft.claimant) == ("said", army)


def _at(text: str, words: str) -> tuple[int, int]:
    return text.index(words), text.index(words) + len(words)


def test_a_claim_said_by_he_or_she_takes_the_speaker_named_just_before() -> None:
    """Found in review: "Mujahid spoke to reporters on Monday. He said …" lost its claimant when
    the form stopped looking outside the claim's sentence."""
    text = "Spokesman Omar Haidari spoke to reporters on Monday. He said the group had taken Dandar."
    article = Article.create("he", text)
    speaker = Annotation.create(article, "actor", *_at(text, "Omar Haidari"))
    draft = draft_claim(text, *_at(text, "the group had taken Dandar"), [speaker])
    assert (draft.cue, draft.claimant) == ("said", speaker)
    nobody = "Omar Haidari spoke on Monday. Residents said the group had taken Dandar."
    other = Annotation.create(Article.create("residents", nobody), "actor", *_at(nobody, "Omar Haidari"))
    assert draft_claim(nobody, *_at(nobody, "the group had taken Dandar"), [other]).claimant is None


def test_he_added_takes_the_person_named_before_not_the_force_nearer_the_cue() -> None:
    """A newcomer's `"` then `c` on 'He added: "Reinforcements are coming from Gedaref."' offered
    the Sudanese Armed Forces, named between the spokesman and "He"."""
    text = (
        "Nabil Abdalla, a spokesman, said the Sudanese Armed Forces held the bridge. He added: "
        '"Reinforcements are coming from Gedaref."'
    )
    article = Article.create("added", text)
    person = Annotation.create(article, "actor", *_at(text, "Nabil Abdalla"))
    army = Annotation.create(article, "actor", *_at(text, "Sudanese Armed Forces"))
    draft = draft_claim(text, *_at(text, "Reinforcements are coming from Gedaref."), [person, army])
    assert (draft.cue, draft.claimant) == ("added", person)
    plural = text.replace("He added", "They added")
    draft = draft_claim(plural, *_at(plural, "Reinforcements are coming from Gedaref."), [person, army])
    assert draft.claimant is not person  # "they" is no person named before


def test_a_selected_rejection_is_a_denial_by_who_rejects() -> None:
    """Found by a newcomer: `c` on "a statement the GNU dismissed" opened with the LNA as
    claimant, cue "claimed" and certainty "uncommitted": the sentence's other claim."""
    text = 'The LNA claimed on Wednesday that the GNU "controls nothing", a statement the GNU dismissed.'
    article = Article.create("dismissed", text)
    lna = Annotation.create(article, "actor", text.index("LNA"), text.index("LNA") + 3)
    gnu_at = text.index("GNU dismissed")
    gnu = Annotation.create(article, "actor", gnu_at, gnu_at + 3)
    start = text.index("a statement")
    draft = draft_claim(text, start, len(text) - 1, [lna, gnu])
    assert (draft.cue, draft.claimant, draft.certainty) == ("dismissed", gnu, "negated")
    whole = draft_claim(text, text.index("the GNU"), text.index(", a statement"), [lna, gnu])
    assert (whole.cue, whole.claimant) == ("claimed", lna)


def test_a_rejection_inside_a_selection_is_what_is_reported() -> None:
    """Found in review: "dismissed" and "rejected" in the middle of a claim became its cue,
    negated, instead of "said" before it."""
    text = "Residents said the M23 had dismissed the local chief and taken over the tax office."
    article = Article.create("dismissed", text)
    residents = Annotation.create(article, "actor", 0, 9)
    m23 = Annotation.create(article, "actor", text.index("M23"), text.index("M23") + 3)
    draft = draft_claim(text, text.index("the M23"), len(text) - 1, [residents, m23])
    assert (draft.cue, draft.claimant, draft.certainty) == ("said", residents, "certain")


def test_a_town_tagged_by_hand_takes_the_gazetteers_place_in_the_country_the_article_names() -> None:
    """Found by a newcomer: a town tagged by hand had no province, codes or point, and the map
    export left it off, though the built-in places know it."""
    from annotations.suggest.builtin_places import builtin_gazetteer

    builtin_gazetteer()  # made, as on every start after the first
    text = "Ukrainian troops withdrew from Kurakhove and Pokrovsk on Tuesday."
    for town in ("Kurakhove", "Pokrovsk"):
        at = text.index(town)
        details = draft_district(text, at, at + len(town), []).details
        assert (details.country, details.place_kind) == ("Ukraine", "city") and details.latitude is not None
    alone = "Fighting went on near Pokrovsk."  # a Russian and a Ukrainian town: no guess
    at = alone.index("Pokrovsk")
    assert draft_district(alone, at, at + 8, []).details.latitude is None


def test_the_only_town_of_a_name_is_not_taken_in_an_article_of_another_country() -> None:
    """Found by a newcomer: "Rio" tagged by hand in an article on Brazil became the village of Rio,
    Wisconsin, the only "Rio" the built-in places know; `y` said a place in Brazil."""
    from annotations.suggest.builtin_places import builtin_gazetteer

    builtin_gazetteer()
    on_brazil = "Brazilian police raided favelas on Tuesday. In Rio, schools closed."
    at = on_brazil.index("Rio")
    assert draft_district(on_brazil, at, at + 3, []).details.country is None
    of_no_country = "Schools closed in Rio on Tuesday."  # nothing else told: the only one is meant
    at = of_no_country.index("Rio")
    assert draft_district(of_no_country, at, at + 3, []).details.country == "United States"


def test_the_one_a_claim_urges_is_no_claimant_of_it() -> None:
    """Found by a newcomer: "In a statement, the office urged authorities to preserve …" opened the
    claim form with "authorities", whom the office urged, as the claimant."""
    text = "In a statement, the office urged authorities to preserve the crime scenes."
    article = Article.create("x", text)
    start = text.index("authorities")
    urged = Annotation.create(article, "actor", start, start + len("authorities"))
    draft = draft_claim(text, start, len(text) - 1, [urged])
    assert draft.cue == "urged" and draft.claimant is None


def test_a_second_quote_with_no_speaker_of_its_own_is_the_speakers_before_it() -> None:
    """Found by a newcomer: the claim form offered no claimant for a second quotation whose
    speaker was named in the sentence before it. A denial does not carry over as its cue."""
    for text, cue in (
        ("“We held the bridge,” said Major Ines Tavora. “Three of our men were hurt.” Locals saw more.", "said"),
        ("Major Ines Tavora told reporters the bridge held. “Three of our men were hurt.” Locals saw more.", "told"),
        ("“We lost no bridge,” Major Ines Tavora denied. “Three of our men were hurt.” Locals saw more.", ""),
    ):
        article = Article.create("x", text)
        at = text.index("Ines Tavora")
        tavora = Annotation.create(article, "actor", at, at + len("Ines Tavora"))
        start = text.index("Three")
        draft = draft_claim(text, start, text.index(" were hurt") + 10, [tavora])
        assert draft.claimant == tavora and draft.cue.split(" ")[0] == cue
    alone = "Ines Tavora was at the bridge. “Three of our men were hurt.”"  # no one said anything before
    article = Article.create("x", alone)
    tavora = Annotation.create(article, "actor", 0, 11)
    assert draft_claim(alone, alone.index("Three"), len(alone) - 2, [tavora]).claimant is None


def test_taking_or_overrunning_a_place_is_territorial_control() -> None:
    """A newcomer's claim "had taken the town of Girba" was typed "other" (and its event row
    "Strategic developments") while "seized" and "captured" were territorial control."""
    from annotations.text.readings import claim_reading

    for body in ("the RSF had taken the town of Tawila", "rebels took Goma", "fighters overran the base at Kalma"):
        assert claim_reading(body, "said")[0] == "territorial_control", body
    for body in ("the attack took place on Monday", "they took 12 hostages", "he was taken to hospital"):
        assert claim_reading(body, "said")[0] == "other", body


def test_a_cue_with_that_before_the_selection_attributes_it() -> None:
    """A newcomer's: "… Dagalo denied that his fighters had targeted civilians and accused the army
    of …": `c` on the denied words filled in "accused" (nearer) and a certain claim."""
    text = (
        "The militia's leader, Ousmane Barry, denied that his men had burned the granaries and accused "
        "the governor of spreading lies."
    )
    start, end = text.index("his men"), text.index(" and accused")
    assert find_cue(text, start, end) == ("denied", text.index("denied"))
    assert draft_claim(text, start, end, []).certainty == "negated"


def test_the_speakers_next_verb_after_and_attributes_nothing_before_it() -> None:
    text = "Police said the attackers fled north and residents said three people died."
    start, end = text.index("the attackers"), text.index(" and residents")
    assert find_cue(text, start, end) == ("said", text.index("said"))


def test_a_speaker_before_the_cue_is_the_claimant_not_an_actor_after_the_words_chosen() -> None:
    """A newcomer chose "its troops" in "The Sudanese Armed Forces (SAF), which still hold the
    army's 6th Infantry Division headquarters in El Fasher, said in a statement that its troops …
    had repelled an RSF assault": the claim form offered the RSF as its claimant, and "in a
    statement" as its cue."""
    text = (
        "The Sudanese Armed Forces (SAF), which still hold the army's 6th Infantry Division headquarters in El "
        "Fasher, said in a statement that its troops and allied joint forces had repelled an RSF assault."
    )
    article = Article.create("El Fasher", text)

    def actor(words: str) -> Annotation:
        start = text.index(words)
        return Annotation.create(article, "actor", start, start + len(words), entity_id=f"actor_{words}")

    saf, rsf = actor("Sudanese Armed Forces"), actor("RSF")
    start = text.index("its troops")
    for end in (start + len("its troops"), text.index(" assault") + len(" assault")):
        draft = draft_claim(text, start, end, [saf, rsf])
        assert (draft.cue, draft.claimant) == ("said", saf), text[start:end]
    assert find_cue(text, start, start + 10) == ("said", text.index("said"))
    quoted = "“We hold the base,” the army said on Telegram."
    assert find_cue(quoted, 0, quoted.index(",")) == ("said", quoted.index("said"))


def test_a_cue_in_the_passive_is_not_the_attribution() -> None:
    """helper-245's `/aid convoys⏎c` had the cue "confirmed" ("had been confirmed in Zamzam camp",
    the clause before), where the World Food Programme "warned"; "it has been reported that" still
    attributes."""
    text = (
        "Meanwhile, the relief agency warned that famine had been confirmed in the camp and that aid convoys "
        "were being blocked near the border. It has been reported that the road is closed."
    )
    start = text.index("aid convoys")
    assert draft_claim(text, start, start + len("aid convoys"), []).cue == "warned"
    start = text.index("the road")
    assert draft_claim(text, start, start + len("the road is closed"), []).cue == "reported"


def test_a_hedged_cue_in_the_passive_still_attributes_its_claim() -> None:
    """A reviewer's: with every passive cue dropped, "It has been claimed the army shelled the market"
    had no cue and was certain."""
    for text, words, cue in (
        ("It has been claimed the army shelled the market.", "the army shelled the market", "claimed"),
        ("It had been alleged by residents that soldiers looted shops.", "soldiers looted shops", "alleged"),
        (
            "It has been reported: fighters entered the town overnight.",
            "fighters entered the town overnight",
            "reported",
        ),
    ):
        start = text.index(words)
        draft = draft_claim(text, start, start + len(words), [])
        assert draft.cue == cue, text
    text = "It has been claimed the army shelled the market."
    start = text.index("the army")
    assert draft_claim(text, start, len(text) - 1, []).certainty != "certain"


def test_a_rejection_by_the_name_opening_the_claim_is_its_cue_and_speaker() -> None:
    """helper-247's "Lawrence Kanyuka dismissed the claim as propaganda", tagged whole, opened with no
    cue and no claimant, the name inside the words."""
    article = Article.create("x", "The army said it had shelled the camp. Bertrand Bisimwa rejected the account. Next.")
    text = article.text
    speaker = Annotation.create(article, "actor", text.index("Bertrand"), text.index("Bertrand") + 16)
    start, end = text.index("Bertrand"), text.index(" Next")
    draft = draft_claim(text, start, end, [speaker])
    assert (draft.cue, draft.claimant) == ("rejected", speaker)
    assert draft.certainty == "negated"
    reported = "The army had dismissed the chief of the village, residents said."
    assert draft_claim(reported, 0, len(reported) - 1, []).cue == "said"  # a dismissal told, as before
    for told in (  # a reviewer's: another cue follows in its sentence, whose the words are
        "The rebels dismissed the chief of the village, residents said.",
        "President Ndayishimiye rejected the talks in Arusha, his spokeswoman said.",
    ):
        words = told.split(",")[0]
        assert draft_claim(told, 0, len(words), []).cue == "said", told
