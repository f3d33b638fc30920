"""What the analyst accepts, tags and rejects teaches the suggestions of the whole corpus."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from annotations.model import ActorDetails, Annotation, Article, Entity, PlaceDetails
from annotations.store import Store
from annotations.suggest import Knowledge, Suggestion, suggest
from annotations.suggest.builtin_places import builtin_gazetteer
from annotations.suggest.review import knowledge_for, reject


def actors(text: str, **knowledge: object) -> dict[str, Suggestion]:
    found = suggest(text, Knowledge([builtin_gazetteer()], **knowledge))  # type: ignore[arg-type]
    return {s.quote: s for s in found if s.kind == "actor"}


def test_a_tagged_persons_surname_and_mr_surname_link_to_them_in_later_articles() -> None:
    person = Entity.actor("Halima Odhiambo", ActorDetails("government_officials"))
    found = actors("Odhiambo said the bridge was cut. Later Ms. Odhiambo visited the camp.", entities=[person])
    assert found["Odhiambo"].entity is person and found["Ms. Odhiambo"].entity is person
    assert found["Odhiambo"].layer == "memory"


def test_a_description_tagged_as_an_actor_lends_no_surname() -> None:
    """Found by a newcomer: "security official" and "displaced people", tagged, made "official
    figures" and "14 people" mentions of them ("(surname)")."""
    official = Entity.actor("security official", ActorDetails("government_officials"))
    displaced = Entity.actor("displaced people", ActorDetails("civilians"))
    found = actors("Official figures show 14 people were hurt, said Amina Idris.", entities=[official, displaced])
    assert not any(s.reason.endswith("(surname)") for s in found.values())
    from annotations.suggest.surnames import surname_of

    assert surname_of("Abu Hassan al-Hamwi") == "al-Hamwi" and surname_of("Luiz da Silva") == "Silva"


def test_a_town_tagged_elsewhere_is_proposed_again_though_the_article_names_no_country() -> None:
    """Found by a newcomer: a second article's "Lashio" (its country only in "Myanmar's military")
    was proposed as a new place of kind "other" instead of the Lashio tagged in the first."""
    from annotations.model import PlaceDetails
    from annotations.suggest.gazetteer import Gazetteer, Place

    lashio = Entity.place("Lashio", PlaceDetails("city", province="Shan", country="Myanmar", source="geonames"))
    tagged = Gazetteer([Place.from_entity(lashio)])
    text = "Myanmar's military said its troops had retaken positions in Lashio."
    alone = [s for s in suggest(text, Knowledge([builtin_gazetteer()])) if s.quote == "Lashio"]
    assert alone and alone[0].entity is not None and alone[0].entity.details.country == "Myanmar"  # "Myanmar's"
    (found,) = [
        s for s in suggest(text, Knowledge([tagged, builtin_gazetteer()], entities=[lashio])) if s.quote == "Lashio"
    ]
    assert found.entity is lashio and not found.new_entity


def test_a_surname_two_tagged_people_share_links_to_neither() -> None:
    one = Entity.actor("Halima Odhiambo", ActorDetails("government_officials"))
    two = Entity.actor("Peter Odhiambo", ActorDetails("civilians"))
    found = actors("Odhiambo said the bridge was cut.", entities=[one, two])
    assert "Odhiambo" not in found or found["Odhiambo"].entity not in (one, two)


def test_an_alias_the_analyst_linked_links_again() -> None:
    group = Entity.actor("Allied Democratic Forces", ActorDetails("rebel_group", aliases=("ADF-Nalu",)))
    assert actors("ADF-Nalu fighters raided a farm.", entities=[group])["ADF-Nalu"].entity is group


def test_a_text_rejected_elsewhere_is_proposed_with_less_weight_then_not_at_all() -> None:
    text = "Gunmen attacked the market, and soldiers arrived later."
    plain = actors(text)["soldiers"]
    once = actors(text, rejected_elsewhere={"actor:soldiers": 1})["soldiers"]
    assert once.score < plain.score and "rejected in another article" in once.reason
    assert "soldiers" not in actors(text, rejected_elsewhere={"actor:soldiers": 2})


def test_rejections_in_two_articles_keep_a_text_out_of_a_third(tmp_path: Path) -> None:
    with Store.open(tmp_path / "db") as store:
        articles = [Article.create(f"A{n}", f"Soldiers guarded the road to Goma on day {n}.") for n in range(3)]
        for article in articles:
            store.add_article(article)
        base = [builtin_gazetteer()]
        for article in articles[:2]:
            found = suggest(article.text, knowledge_for(store, article.id, base))
            soldiers = next(s for s in found if s.quote == "Soldiers")
            reject(store, article.id, soldiers)
        third = suggest(articles[2].text, knowledge_for(store, articles[2].id, base))
        assert "Soldiers" not in {s.quote for s in third} and "Goma" in {s.quote for s in third}


def test_a_tagged_actor_is_proposed_though_its_text_was_rejected_elsewhere() -> None:
    group = Entity.actor("Kivu Defence Militia", ActorDetails("political_militia"))
    found = actors(
        "The Kivu Defence Militia blocked the road.",
        entities=[group],
        rejected_elsewhere={"actor:Kivu Defence Militia": 3},
    )
    assert found["Kivu Defence Militia"].entity is group and found["Kivu Defence Militia"].layer == "memory"


def test_suggest_stats_counts_each_layer_made_accepted_and_rejected(tmp_path: Path) -> None:
    import io
    import json

    from annotations.cli import run
    from annotations.suggest.review import accept

    db = tmp_path / "db"
    text = "Rebels captured Ngungu on Monday, local officials said. Soldiers fled toward Goma."
    with Store.open(db) as store:
        article = Article.create("One", text)
        store.add_article(article)
        found = suggest(text, knowledge_for(store, article.id, [builtin_gazetteer()]))
        claim = next(s for s in found if s.kind == "claim")
        accept(store, article, [claim], found, annotator="ana")  # brings its claimant along
        reject(store, article.id, next(s for s in found if s.quote == "Soldiers"))
    out = io.StringIO()
    assert run(["suggest", "--stats", "--json", "--db", str(db)], stdout=out) == 0
    report = json.loads(out.getvalue())
    rows = {(r["layer"], r["kind"]): r for r in report["layers"]}
    assert report["articles"] == 1
    assert rows[("cues", "claim")]["accepted"] == 1
    assert rows[("lexicon", "actor")]["rejected"] == 1 and rows[("lexicon", "actor")]["accepted"] == 1
    assert all(r["made"] == r["accepted"] + r["changed"] + r["rejected"] + r["open"] for r in report["layers"])
    text_out = io.StringIO()
    assert run(["suggest", "--stats", "--db", str(db)], stdout=text_out) == 0
    assert "cues" in text_out.getvalue() and "1 articles" not in text_out.getvalue()


def test_stats_count_a_text_rejected_in_many_articles(tmp_path: Path) -> None:
    from annotations.suggest.stats import review_stats

    with Store.open(tmp_path / "db") as store:
        articles = [Article.create(f"A{n}", f"Residents fled the road to Goma on day {n}.") for n in range(3)]
        for article in articles:
            store.add_article(article)
            store.set_rejections(article.id, {"actor:Residents"}, label="reject actor “Residents”")
        rows = {(r.layer, r.kind): r for r in review_stats(store).rows()}
    assert rows[("lexicon", "actor")].rejected == 3  # was 2: the third was hidden before it was counted


def test_stats_count_a_suggestion_saved_with_another_entity_as_changed(tmp_path: Path) -> None:
    """Found by a newcomer: a suggestion fixed in the form (another place, another claimant) was
    counted as accepted."""
    from annotations.forms.save import DistrictInput, save_district
    from annotations.suggest.stats import review_stats

    text = "Rebels captured Ngungu on Monday, local officials said."
    with Store.open(tmp_path / "db") as store:
        article = Article.create("One", text)
        store.add_article(article)
        found = suggest(text, knowledge_for(store, article.id, [builtin_gazetteer()]))
        place = next(s for s in found if s.kind == "district")
        fixed = DistrictInput("Ngungu", "village", "South Kivu", "Democratic Republic of Congo", "", "captured")
        save_district(store, article, place.start, place.end, fixed, annotator="ana")
        rows = {(r.layer, r.kind): r for r in review_stats(store).rows()}
    row = rows[(place.layer, "district")]
    assert row.changed == 1 and row.accepted == 0


def test_what_a_tag_settles_is_not_proposed_again(tmp_path: Path) -> None:
    """Found by a newcomer: "Kabul" tagged as an actor left its place suggestion pending; after
    "Russia's Defence Ministry" was accepted "Russia" was proposed as a country; tagging "Afghan
    National Army" out of "Afghan National Army soldiers" proposed "soldiers"."""
    from annotations.forms.save import ActorInput, save_actor

    text = "Kabul denied it. Russia's Defence Ministry said Afghan National Army soldiers fled."
    with Store.open(tmp_path / "db") as store:
        article = Article.create("One", text)
        store.add_article(article)
        for words, name, kind in (
            ("Kabul", "Government of Afghanistan", "government_officials"),
            ("Russia's Defence Ministry", "Ministry of Defence (Russia)", "government_officials"),
            ("Afghan National Army", "Afghan National Army", "state_forces"),
        ):
            start = text.index(words)
            save_actor(store, article, start, start + len(words), ActorInput(name, kind), annotator="ana")
        found = suggest(text, knowledge_for(store, article.id, [builtin_gazetteer()]))
    quotes = {(s.kind, s.quote) for s in found}
    assert ("district", "Kabul") not in quotes and ("district", "Russia") not in quotes
    assert ("actor", "soldiers") not in quotes


def test_a_generic_actor_known_in_lower_case_is_not_found_inside_a_proper_name() -> None:
    """Found by a newcomer: with "army" known (accepted as a claimant), "West Papua National
    Liberation Army" became the place "West Papua" and the actor "Army" (your actor army)."""
    from annotations.model import ActorDetails, Entity

    army = Entity.actor("army", ActorDetails("state_forces"))
    text = "West Papua National Liberation Army fighters attacked a post. The army said two died. Army units left."
    found = suggest(text, Knowledge([builtin_gazetteer()], entities=[army]))
    remembered = [s.quote for s in found if s.kind == "actor" and s.entity is army]
    assert remembered == ["army", "Army"]  # the lower-case mention and the one opening a sentence
    assert any(s.quote.startswith("West Papua National Liberation Army") for s in found if s.kind == "actor")


def test_a_generic_alias_learned_in_one_article_links_only_there() -> None:
    """Found by a newcomer: "army", tagged as the Sudanese Armed Forces in a Sudan article, was
    proposed as the Sudanese army in a Burkina Faso article, even in "an army base in Djibo"."""
    from annotations.model import Annotation

    sudan = Entity.actor("Sudanese Armed Forces", ActorDetails("state_forces", aliases=("army", "SAF")))
    text = "The army said it had retaken the town; the SAF denied losses."
    elsewhere = actors(text, entities=[sudan])
    assert elsewhere["SAF"].entity is sudan
    assert "army" not in elsewhere or elsewhere["army"].entity is not sudan
    article = Article.create("sudan", text)
    mention = Annotation.create(article, "actor", 4, 8, entity_id=sudan.id)
    later = text + " Then the army withdrew."
    here = [s for s in suggest(later, Knowledge([builtin_gazetteer()], entities=[sudan], accepted=[mention]))]
    assert [s.entity for s in here if s.quote == "army"] == [sudan]  # where it was tagged, the alias links


def test_a_claims_claimant_is_what_accepting_will_store(tmp_path: Path) -> None:
    """Found by a newcomer: a claim showed "claimant officials" after the analyst had tagged
    "Afghan government officials" (or "claimant residents" after rejecting "residents"), and `y`
    then saved it with no claimant at all."""
    from annotations.model import ClaimAttributes
    from annotations.suggest.review import accept, suggestions_for

    text = "Provincial government officials insisted the road was open. Residents complained the market was shut."
    article = Article.create("claimants", text)
    base = [builtin_gazetteer()]
    with Store.open(tmp_path / "db") as store:
        store.add_article(article)
        first = suggestions_for(store, article.id, base)
        officials = next(s for s in first if s.kind == "actor" and s.quote.endswith("officials"))
        residents = next(s for s in first if s.kind == "actor" and s.quote == "Residents")
        wider = replace_span(officials, text, "Provincial government officials")
        accept(store, article, [wider], first, annotator="ana")
        reject(store, article.id, residents)
        now = suggestions_for(store, article.id, base)
        insisted, complained = [s for s in now if s.kind == "claim"]
        (tagged,) = [a for a in store.annotations(article.id) if a.kind == "actor"]
        assert insisted.claimant == (tagged.start, tagged.end) and complained.claimant is None
        accept(store, article, [insisted], now, annotator="ana")
        claim = next(a for a in store.annotations(article.id) if a.kind == "claim")
        assert isinstance(claim.attributes, ClaimAttributes) and claim.attributes.claimant_annotation_id == tagged.id


def test_accepting_what_is_tagged_already_stores_nothing_and_makes_no_undo_step(tmp_path: Path) -> None:
    """A `y` typed ahead of the suggestions made again after the last one may name one just
    accepted: no second annotation, and no undo step that would undo nothing."""
    from annotations.suggest.review import accept, suggestions_for

    text = "Provincial government officials insisted the road was open."
    article = Article.create("twice", text)
    with Store.open(tmp_path / "db") as store:
        store.add_article(article)
        first = suggestions_for(store, article.id, [builtin_gazetteer()])
        claim = next(s for s in first if s.kind == "claim")
        assert accept(store, article, [claim], first, annotator="ana") is not None  # with its claimant
        tagged = store.annotations(article.id)
        assert accept(store, article, [claim], first, annotator="ana") is None
        claimant = next(s for s in first if s.kind == "actor" and (s.start, s.end) == claim.claimant)
        assert accept(store, article, [claimant], first, annotator="ana") is None
        assert store.annotations(article.id) == tagged
        assert store.undo() is not None and store.annotations(article.id) == []
        assert store.undo() is None


def replace_span(suggestion: Suggestion, text: str, words: str) -> Suggestion:
    from dataclasses import replace

    start = text.index(words)
    return replace(suggestion, start=start, end=start + len(words), quote=words)


def test_a_place_that_is_a_word_of_an_accepted_actors_name_is_not_proposed_again() -> None:
    """Found by a newcomer: once "Armed Defence Forces of Mozambique" and "United Nations Support
    Mission in Libya" were accepted, "Mozambique" and "Libya" inside them were proposed as places
    (and rejecting them rejected their real mentions too). A place where people are stays:
    "Residents of Pemba" tells where they live."""
    from annotations.model import Annotation

    text = (  # "Armed Defence Forces of Mozambique", the newcomer's, is suggested as an actor itself now
        "The Concerned Friends of Mozambique said the United Nations Support Mission in Libya had "
        "no role. Residents of Pemba fled. Fighting spread across Mozambique."
    )
    article = Article.create("names", text)
    names = ("Concerned Friends of Mozambique", "United Nations Support Mission in Libya", "Residents of Pemba")
    accepted = [Annotation.create(article, "actor", text.index(n), text.index(n) + len(n)) for n in names]
    before = [(s.quote, s.start) for s in suggest(text, Knowledge([builtin_gazetteer()])) if s.kind == "district"]
    after = [
        (s.quote, s.start)
        for s in suggest(text, Knowledge([builtin_gazetteer()], accepted=accepted))
        if s.kind == "district"
    ]
    inside = ("Mozambique", text.index("Mozambique"))
    assert inside in before  # proposed until the actor is accepted
    assert inside not in after and not any(quote == "Libya" for quote, _start in after)
    assert ("Pemba", text.index("Pemba")) in after
    assert ("Mozambique", text.rindex("Mozambique")) in after


def test_a_body_named_by_the_start_of_a_known_name_is_not_that_known_body() -> None:
    """Found by a newcomer: with the UNHCR tagged in one article, "the United Nations" of another
    was proposed as the United Nations High Commissioner for Refugees; a one-word short form still
    links ("Tasnim" after "Tasnim News Agency")."""
    unhcr = Entity.actor("United Nations High Commissioner for Refugees", ActorDetails("external_other"))
    tasnim = Entity.actor("Tasnim News Agency", ActorDetails("media"))
    text = "The United Nations said on Tuesday that the town had fallen, Tasnim reported."
    found = {s.quote: s for s in suggest(text, Knowledge([builtin_gazetteer()], entities=[unhcr, tasnim]))}
    assert found["United Nations"].entity is not unhcr
    assert found["Tasnim"].entity is tasnim


def test_all_like_it_takes_the_same_name_in_capitals_when_it_is_the_same_place() -> None:
    """Found by a newcomer: `Y` on "TRIPOLI" of a dateline accepted that mention only; the three
    "Tripoli" after it needed a second `Y`."""
    from annotations.suggest.review import same_text

    text = "TRIPOLI, Libya - Fighting shook Tripoli on Monday. Residents of Tripoli fled."
    found = [s for s in suggest(text, Knowledge([builtin_gazetteer()])) if s.kind == "district"]
    dateline = next(s for s in found if s.quote == "TRIPOLI")
    assert [s.quote for s in same_text(found, dateline)] == ["TRIPOLI", "Tripoli", "Tripoli"]
    libya = next(s for s in found if s.quote == "Libya")
    assert same_text(found, libya) == [libya]
    text = "CUCUTA, Colombia - Troops reached Cúcuta on Monday."  # accents aside too (a second newcomer)
    found = [s for s in suggest(text, Knowledge([builtin_gazetteer()])) if s.kind == "district"]
    dateline = next(s for s in found if s.quote == "CUCUTA")
    assert [s.quote for s in same_text(found, dateline)] == ["CUCUTA", "Cúcuta"]


def test_a_countrys_troops_are_the_state_force_tagged_for_that_country() -> None:
    """Found by a newcomer: with the Rwanda Defence Force tagged, "Rwandan troops" were proposed
    as a new "Military Forces of Rwanda"; with two armies of one country tagged, which one is meant
    is left to the analyst."""
    rdf = Entity.actor("Rwanda Defence Force", ActorDetails("state_forces", aliases=("RDF",)))
    fardc = Entity.actor("Armed Forces of the Democratic Republic of Congo", ActorDetails("state_forces"))
    text = "UN experts said Rwandan troops fought beside the rebels, and Congolese soldiers withdrew."
    found = {s.quote: s for s in suggest(text, Knowledge([builtin_gazetteer()], entities=[rdf, fardc]))}
    assert found["Rwandan troops"].entity is rdf and found["Congolese soldiers"].entity is fardc
    older = Entity.actor("Rwandan Patriotic Army", ActorDetails("state_forces"))
    found = {s.quote: s for s in suggest(text, Knowledge([builtin_gazetteer()], entities=[rdf, older]))}
    assert found["Rwandan troops"].new_entity


def test_stats_count_a_claim_fixed_in_type_or_span_as_changed(tmp_path: Path) -> None:
    """Found by a newcomer: `suggest --stats` said 88% of claims were accepted as proposed and 4
    changed, where the analyst had changed the claimant, type or span of many more."""
    from annotations.forms.save import ClaimInput, save_claim
    from annotations.model import ClaimAttributes
    from annotations.suggest.review import accept
    from annotations.suggest.stats import review_stats

    text = "Rebels captured Ngungu on Monday, local officials said. Aid workers said 40 people fled to Goma."
    with Store.open(tmp_path / "db") as store:
        article = Article.create("One", text)
        store.add_article(article)
        found = suggest(text, knowledge_for(store, article.id, [builtin_gazetteer()]))
        first, second = [s for s in found if s.kind == "claim"]
        accept(store, article, [first, second], found, annotator="ana")  # with their claimants
        for claim in [a for a in store.annotations(article.id) if a.kind == "claim"]:
            attributes = claim.attributes
            assert isinstance(attributes, ClaimAttributes)
            kept = ClaimInput(cue=attributes.cue, claimant_annotation_id=attributes.claimant_annotation_id)
            if claim.start == first.start:  # another type and certainty, same span and claimant
                edited = replace(kept, claim_type="casualties", certainty="possible")
                save_claim(store, article, claim.start, claim.end, edited, annotator="ana", existing=claim)
            else:  # the same type, certainty and claimant, a shorter span
                edited = replace(kept, claim_type=attributes.claim_type, certainty=attributes.certainty)
                end = claim.start + len("40 people fled")
                save_claim(store, article, claim.start, end, edited, annotator="ana", existing=claim)
        row = next(r for r in review_stats(store).rows() if r.kind == "claim")
    assert (row.changed, row.accepted, row.made) == (2, 0, 2)


def test_a_countrys_troops_are_never_its_police_nor_a_neighbours_army() -> None:
    """Found in review of the rule above: with only the Rwanda National Police known, "Rwandan
    troops" were the police; "Sudanese troops" were South Sudan's army; the FARDC written "of the
    Congo" was missed."""
    police = Entity.actor("Rwanda National Police", ActorDetails("state_forces"))
    south = Entity.actor("South Sudan People's Defence Forces", ActorDetails("state_forces"))
    fardc = Entity.actor("Armed Forces of the Democratic Republic of the Congo", ActorDetails("state_forces"))
    text = "Rwandan troops, Sudanese troops and Congolese soldiers were seen."
    found = {s.quote: s for s in suggest(text, Knowledge([builtin_gazetteer()], entities=[police, south, fardc]))}
    assert found["Rwandan troops"].new_entity and found["Sudanese troops"].new_entity
    assert found["Congolese soldiers"].entity is fardc


def test_he_said_is_no_news_outlet_or_aid_body_named_like_a_person() -> None:
    """Found in review: with Al Jazeera tagged, "…,” he said" after "A local commander told Al
    Jazeera" was Al Jazeera's."""
    from annotations.model import Annotation

    jazeera = Entity.actor("Al Jazeera", ActorDetails("media"))
    text = "A local commander told Al Jazeera that the town was quiet. “We are in control now,” he said."
    article = Article.create("he", text)
    at = text.index("Al Jazeera")
    accepted = [Annotation.create(article, "actor", at, at + 10, entity_id=jazeera.id)]
    knowledge = Knowledge([builtin_gazetteer()], entities=[jazeera], accepted=accepted)
    control = next(s for s in suggest(text, knowledge) if s.kind == "claim" and s.quote.startswith("We are"))
    assert control.claimant is None or text[slice(*control.claimant)] != "Al Jazeera"


def test_a_place_tagged_under_another_spelling_is_found_by_its_gazetteer_code() -> None:
    """Found by a second newcomer: with "Gonder" tagged in one article (the city, GeoNames
    336014), "Gondar" in the next was proposed as a new place, and the corpus had three Gonders."""
    gondar = next(p for p in builtin_gazetteer().lookup("Gondar") if p.kind == "city" and p.country == "Ethiopia")
    tagged = Entity.place("Gonder", replace(gondar.details(), aliases=()))
    text = "Shelling hit a market in Gondar, in northern Ethiopia, on Tuesday."
    found = [s for s in suggest(text, Knowledge([builtin_gazetteer()], entities=[tagged])) if s.kind == "district"]
    assert [(s.entity, s.new_entity) for s in found if s.quote == "Gondar"] == [(tagged, False)]


def test_mends_from_the_second_review_of_linking_and_speakers() -> None:
    """Found in review: a town tagged before (with its province's ISO code) took a later
    "Tigray" naming the province; "he said" went to a tagged group named like a person."""
    from annotations.model import Annotation

    mekelle = Entity.place("Mekelle", PlaceDetails("other", country="Ethiopia", codes={"iso3166_2": "ET-TI"}))
    text = "Fighting continued in the Tigray region on Monday, officials said."
    found = {
        s.quote: s for s in suggest(text, Knowledge([builtin_gazetteer()], entities=[mekelle])) if s.kind == "district"
    }
    assert found["Tigray"].entity is not mekelle
    conille = Entity.actor("Garry Conille", ActorDetails("government_officials"))
    dine = Entity.actor("Ansar Dine", ActorDetails("rebel_group"))
    text = 'Minister Garry Conille spoke after Ansar Dine attacked Kidal. "We will retake the town," he said.'
    article = Article.create("he", text)
    accepted = [
        Annotation.create(article, "actor", text.index(e.name), text.index(e.name) + len(e.name), entity_id=e.id)
        for e in (conille, dine)
    ]
    knowledge = Knowledge([builtin_gazetteer()], entities=[conille, dine], accepted=accepted)
    retake = next(s for s in suggest(text, knowledge) if s.kind == "claim" and s.quote.startswith("We will"))
    assert retake.claimant is not None and text[slice(*retake.claimant)] == "Garry Conille"


def test_a_country_in_a_known_groups_hyphenated_name_is_no_place() -> None:
    """Found by a newcomer: with "Tehreek-e-Taliban Pakistan" tagged, "Pakistan" inside it (and
    inside its next mention) was proposed as a place; they accepted it by reflex with Y."""
    from annotations.model import Annotation

    ttp = Entity.actor("Tehreek-e-Taliban Pakistan", ActorDetails("rebel_group"))
    text = "In Pakistan, the Tehreek-e-Taliban Pakistan claimed it. Later the Tehreek-e-Taliban Pakistan said more."
    article = Article.create("ttp", text)
    at = text.index("Tehreek")
    accepted = [Annotation.create(article, "actor", at, at + 27, entity_id=ttp.id)]
    found = suggest(text, Knowledge([builtin_gazetteer()], entities=[ttp], accepted=accepted))
    assert [(s.kind, s.start) for s in found if s.kind in ("district", "actor")] == [
        ("district", 3), ("actor", text.index("Tehreek", at + 1))
    ]  # fmt: skip


def test_a_tagged_country_opening_a_groups_name_is_no_place() -> None:
    """Found by a newcomer: with the MNDAA tagged in another article, "Myanmar" opening "Myanmar
    National Democratic Alliance Army" was proposed as a place, and `y` took it first."""
    mndaa = Entity.actor("Myanmar National Democratic Alliance Army", ActorDetails("rebel_group"))
    text = "The army repelled attacks by the Myanmar National Democratic Alliance Army near Lashio in Myanmar."
    found = suggest(text, Knowledge([builtin_gazetteer()], entities=[mndaa]))
    assert [s.start for s in found if s.kind == "district" and s.quote == "Myanmar"] == [text.rindex("Myanmar")]
    assert "Myanmar National Democratic Alliance Army" in [s.quote for s in found if s.kind == "actor"]


def test_a_capital_acting_is_the_government_the_corpus_knows() -> None:
    """Found by a newcomer: `y` on "Kabul" (a state acting) made a second "Government of
    Afghanistan" beside the one they had made; both showed in the entities and the claim form."""
    government = Entity.actor("Government of Afghanistan", ActorDetails("government_officials"))
    text = "Pakistan accused the Taliban government of sheltering fighters. Kabul denied the charge on Monday."
    found = suggest(text, Knowledge([builtin_gazetteer()], entities=[government]))
    kabul = next(s for s in found if s.quote == "Kabul")
    assert (kabul.kind, kabul.entity, kabul.new_entity) == ("actor", government, False)


def test_barrister_is_a_title_and_the_surname_is_the_tagged_persons() -> None:
    """Found by a newcomer: with "Muhammad Ali Saif" tagged, a later "Saif" was offered as short
    for a new "Barrister Muhammad Ali Saif"; they merged the two by hand."""
    from annotations.model import Annotation

    saif = Entity.actor("Muhammad Ali Saif", ActorDetails("government_officials"))
    text = (
        "Barrister Muhammad Ali Saif, the spokesman of the provincial government, said the border was closed. "
        "Saif said the police were searching the area."
    )
    article = Article.create("saif", text)
    at = text.index("Muhammad")
    accepted = [Annotation.create(article, "actor", at, at + 17, entity_id=saif.id)]
    found = suggest(text, Knowledge([builtin_gazetteer()], entities=[saif], accepted=accepted))
    short = next(s for s in found if s.quote == "Saif")
    assert (short.entity, short.new_entity) == (saif, False)
    untagged = suggest(text, Knowledge([builtin_gazetteer()]))
    assert "Barrister Muhammad Ali Saif" not in [s.quote for s in untagged]


def test_terrorists_learned_in_one_article_do_not_link_in_another() -> None:
    """Found by a newcomer: "terrorists" and "suicide bomber", linked to an "Unidentified Armed
    Group (Pakistan)" in a Pakistani article, linked the Nigerian article's terrorists to it."""
    group = Entity.actor(
        "Unidentified Armed Group (Pakistan)",
        ActorDetails("political_militia", aliases=("terrorists", "suicide bomber", "bandits")),
    )
    text = "The terrorists suffered heavy losses, the army said. A suicide bomber struck as bandits fled."
    found = suggest(text, Knowledge([builtin_gazetteer()], entities=[group]))
    assert not [s.quote for s in found if s.entity is group]


def test_a_known_group_after_from_is_no_unknown_place() -> None:
    """Found by a newcomer: "ISWAP, which split from Boko Haram in 2016" proposed Boko Haram as a
    place though they had tagged it as an actor; a group the analyst made is known the same way."""
    from annotations.model import Annotation

    text = "ISWAP, which split from Boko Haram in 2016, claimed the raid."
    found = [(s.kind, s.quote) for s in suggest(text, Knowledge([builtin_gazetteer()]))]
    assert ("district", "Boko Haram") not in found and ("actor", "Boko Haram") in found
    group = Entity.actor("Jama Brigade", ActorDetails("rebel_group"))
    text = "Jama Brigade fighters attacked Gwoza. ISWAP, which split from Jama Brigade in 2016, claimed it."
    article = Article.create("jama", text)
    accepted = [Annotation.create(article, "actor", 0, 12, entity_id=group.id)]
    found = [
        (s.kind, s.quote) for s in suggest(text, Knowledge([builtin_gazetteer()], entities=[group], accepted=accepted))
    ]
    assert ("district", "Jama Brigade") not in found and ("actor", "Jama Brigade") in found


def test_accepting_a_known_actor_by_a_name_it_did_not_know_teaches_it_that_name(tmp_path: Path) -> None:
    """As a form's tag does: "ISPR" accepted as the Inter-Services Public Relations tagged in another
    article becomes its alias (undone with the accept)."""
    from annotations.suggest.review import accept, suggestions_for

    wing = Entity.actor("Inter-Services Public Relations", ActorDetails("state_forces"))
    article = Article.create("Bannu", "ISPR said troops killed five militants near Bannu.")
    with Store.open(tmp_path / "db") as store:
        store.put_entity(wing)
        store.add_article(article)
        found = suggestions_for(store, article.id, [builtin_gazetteer()])
        ispr = next(s for s in found if s.quote == "ISPR")
        assert ispr.entity is not None and ispr.entity.id == wing.id and not ispr.new_entity
        assert accept(store, article, [ispr], found, annotator="ana") is not None
        learned = store.get_entity(wing.id)
        assert learned is not None and learned.details.aliases == ("ISPR",)
        assert store.undo() is not None and store.get_entity(wing.id) == wing
        assert store.annotations(article.id) == []


def test_he_said_after_a_speaker_already_accepted_is_still_his(tmp_path: Path) -> None:
    """A newcomer's: accepting a spokesman with `y` left his next "…,” he said" claim with no
    claimant (the tagged speaker was no longer among the people "he" may be)."""
    from annotations.suggest.review import accept, suggestions_for

    text = 'Abu Talha al-Kanemi, a spokesman for the group, said its men had entered Gajiram. "We hold it," he said.'
    article = Article.create("Gajiram", text)
    with Store.open(tmp_path / "db") as store:
        store.add_article(article)
        found = suggestions_for(store, article.id, [builtin_gazetteer()])
        speaker = next(s for s in found if s.kind == "actor" and s.quote == "Abu Talha al-Kanemi")
        assert accept(store, article, [speaker], found, annotator="ana") is not None
        again = suggestions_for(store, article.id, [builtin_gazetteer()])
        quoted = next(s for s in again if s.kind == "claim" and s.quote == "We hold it")
        assert quoted.claimant is not None and text[quoted.claimant[0] : quoted.claimant[1]] == "Abu Talha al-Kanemi"


def test_a_common_word_two_armies_of_the_article_were_tagged_by_names_neither() -> None:
    """A newcomer's Savanes report: "soldiers" of Benin's army and of Togo's each followed the army
    linked last."""
    text = "JNIM killed 54 soldiers in Benin. In Togo, at least 22 soldiers were missing, and our soldiers fought back."
    togo = Entity.actor("Togolese Armed Forces", ActorDetails("state_forces", aliases=("soldiers",)))
    benin = Entity.actor("Beninese Armed Forces", ActorDetails("state_forces", aliases=("soldiers",)))
    article = Article.create("Savanes", text)
    first = text.index("soldiers")
    second = text.index("soldiers", first + 1)
    tagged = [
        Annotation.create(article, "actor", first, first + 8, entity_id=benin.id),
        Annotation.create(article, "actor", second, second + 8, entity_id=togo.id),
    ]
    found = suggest(text, Knowledge([builtin_gazetteer()], entities=[togo, benin], accepted=tagged))
    third = next(s for s in found if s.kind == "actor" and s.start == text.rindex("soldiers"))
    assert third.entity is not None and third.entity.name == "soldiers"
    alone = suggest(text, Knowledge([builtin_gazetteer()], entities=[togo], accepted=tagged[1:]))
    assert {s.entity.name for s in alone if s.quote == "soldiers" and s.entity} == {"Togolese Armed Forces"}


def test_a_generic_actor_known_from_the_corpus_is_no_mention_inside_a_role() -> None:
    """Found by a newcomer: once "police" was tagged, "the acting Enga police commander,
    Superintendent Thomas Kaiyo" held a mention of the police, which took the claim from the
    person who spoke; "Police officers" became "Police"."""
    police = Entity.actor("police", ActorDetails("state_forces"))
    text = (
        "Police said two traders died near the market. The bodies were found at dawn, according to the "
        "acting Nyeri police commander, Inspector Amos Lelei. Police officers later sealed the road. Police Commissioner Ruth Kamau said more would come."
    )
    found = suggest(text, Knowledge([builtin_gazetteer()], entities=[police]))
    mentions = [s.quote for s in found if s.kind == "actor" and s.entity is police]
    assert mentions == ["Police"]  # the first, who said it; not the commander's word, nor the officers'
    claim = next(s for s in found if s.kind == "claim" and s.quote.startswith("The bodies"))
    assert claim.claimant is not None and text[slice(*claim.claimant)] == "Amos Lelei"


def test_a_known_generic_actor_before_a_facility_is_no_mention_of_it() -> None:
    """Found by a newcomer: once "army" was tagged, the "army" of "attacked an army base" was
    proposed as the army; a base, camp or checkpoint of the army is a place of it, not the actor."""
    from annotations.model import ActorDetails, Annotation, Article, Entity
    from annotations.suggest import Knowledge, suggest

    text = "The army said it held out. Gunmen hit an army base, then army checkpoints and a military camp."
    army = Entity.actor("army", ActorDetails("state_forces"))
    tagged = Annotation.create(Article.create("x", text), "actor", 4, 8, entity_id=army.id)
    found = [s for s in suggest(text, Knowledge([], entities=[army], accepted=[tagged])) if s.quote == "army"]
    assert found == []


def test_a_known_actor_followed_by_a_generic_word_is_one_mention() -> None:
    """Found trying the seed from a fresh clone: once "Afghan security forces" was accepted as the
    Afghan National Army, "Afghan National Army soldiers" was proposed as the army and, beside it,
    a new actor "soldiers" (the count of suggestions did not go down)."""
    army = Entity.actor("Afghan National Army", ActorDetails("state_forces"))
    text = "Police fled from Afghan National Army soldiers fighting alongside them in Kunduz, officials said."
    found = [s for s in suggest(text, Knowledge([builtin_gazetteer()], entities=[army])) if s.kind == "actor"]
    assert [(s.quote, s.entity is army) for s in found if "soldiers" in s.quote] == [
        ("Afghan National Army soldiers", True)
    ]


def test_a_place_the_corpus_knows_says_so_not_whose_tags() -> None:
    """helper-255: on a team's server, a place another analyst had tagged was suggested "· your tags"."""
    from annotations.model import Entity, PlaceDetails
    from annotations.suggest import Knowledge, suggest
    from annotations.suggest.builtin_places import builtin_gazetteer
    from annotations.suggest.gazetteer import Gazetteer, Place

    bor = Entity.place("Bor", PlaceDetails("city", country="South Sudan"))
    tagged = Gazetteer([Place.from_entity(bor)])  # as the app knows the corpus's places (`review._knowledge`)
    found = suggest("Fighting in Bor killed 12 people.", Knowledge([tagged, builtin_gazetteer()], entities=[bor]))
    (place,) = [s for s in found if s.kind == "district"]
    assert place.entity is not None and place.entity.id == bor.id, place.reason
    assert place.reason.endswith("· tagged before in the corpus")


def test_a_place_named_again_is_the_one_of_that_name_tagged_in_the_article() -> None:
    """helper-260: with the province Kunduz tagged, "several districts in Kunduz" was suggested as
    "Kunduz (new) · city", and `y` made a second Kunduz."""
    from annotations.model import Annotation, Article, Entity, PlaceDetails
    from annotations.suggest import Knowledge, suggest
    from annotations.suggest.builtin_places import builtin_gazetteer
    from annotations.suggest.gazetteer import Gazetteer, Place

    text = "The Taliban captured Imam Sahib district in Kunduz province. They now hold several districts in Kunduz."
    article = Article.create("Kunduz", text)
    province = Entity.place("Kunduz", PlaceDetails("province", country="Afghanistan"))
    at = text.index("Kunduz")
    tagged = Annotation.create(article, "district", at, at + 6, entity_id=province.id)
    known = Knowledge([Gazetteer([Place.from_entity(province)]), builtin_gazetteer()], entities=[province],
                      accepted=[tagged])  # fmt: skip
    (again,) = [s for s in suggest(text, known) if s.kind == "district" and s.quote == "Kunduz"]
    assert again.entity is not None and again.entity.id == province.id and not again.new_entity
