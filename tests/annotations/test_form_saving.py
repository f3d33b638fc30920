"""Saving form input: entities are reused or created, aliases learnt, edits kept as one step."""

from __future__ import annotations

from dataclasses import replace as dataclass_replace

from annotations.forms.save import ActorInput, ClaimInput, DistrictInput, save_actor, save_claim, save_district
from annotations.model import (
    ActorDetails,
    Annotation,
    Article,
    ClaimAttributes,
    DistrictAttributes,
    Entity,
    PlaceDetails,
)
from annotations.store import Store

from ..helpers import span


def test_district_creates_then_reuses_the_place(loaded_store: Store, sample_article: Article) -> None:
    form = DistrictInput("Imam Sahib", "district", "Kunduz", "Afghanistan", "af-kdz", "captured")
    save_district(loaded_store, sample_article, *span(sample_article, "Imam Sahib"), form, annotator="ana")
    (place,) = loaded_store.entities("place")
    assert isinstance(place.details, PlaceDetails)
    assert (place.details.province, place.details.country) == ("Kunduz", "Afghanistan")
    assert place.details.codes == {"iso3166_1": "AF", "iso3166_2": "AF-KDZ"}  # the country beside it
    (district,) = loaded_store.annotations(sample_article.id)
    assert district.entity_id == place.id and district.annotator == "ana"
    assert isinstance(district.attributes, DistrictAttributes) and district.attributes.control_status == "captured"
    edited = DistrictInput("Imam Sahib", "district", "Kunduz", "Afghanistan", "AF-KDZ", "retaken")
    save_district(
        loaded_store, sample_article, district.start, district.end, edited, annotator="ana", existing=district
    )
    assert len(loaded_store.entities("place")) == 1
    (again,) = loaded_store.annotations(sample_article.id)
    assert again.id == district.id and again.attributes == DistrictAttributes("retaken")
    loaded_store.undo()
    assert loaded_store.annotations(sample_article.id)[0].attributes == DistrictAttributes("captured")


def test_actor_mentions_share_one_entity_and_teach_aliases(loaded_store: Store, sample_article: Article) -> None:
    save_actor(
        loaded_store,
        sample_article,
        *span(sample_article, "Taliban"),
        ActorInput("Taliban", "rebel_group"),
        annotator="ana",
    )
    start, end = span(sample_article, "Afghan government officials")
    save_actor(
        loaded_store,
        sample_article,
        start,
        end,
        ActorInput("Afghan government", "government_officials"),
        annotator="ana",
    )
    start, end = span(sample_article, "its forces")
    save_actor(loaded_store, sample_article, start, end, ActorInput("taliban", "rebel_group"), annotator="ana")
    names = sorted(e.name for e in loaded_store.entities("actor"))
    assert names == ["Afghan government", "Taliban"]
    taliban = next(e for e in loaded_store.entities("actor") if e.name == "Taliban")
    assert isinstance(taliban.details, ActorDetails) and taliban.details.aliases == ("its forces",)
    mentions = [a for a in loaded_store.annotations(sample_article.id) if a.entity_id == taliban.id]
    assert [m.quote for m in mentions] == ["Taliban", "its forces"]


def test_claim_records_claimant_and_its_entity(loaded_store: Store, sample_article: Article) -> None:
    save_actor(
        loaded_store, sample_article, *span(sample_article, "Tasnim News Agency"),
        ActorInput("Tasnim News Agency", "media"), annotator="ana",
    )  # fmt: skip
    (source,) = loaded_store.annotations(sample_article.id)
    start, end = span(sample_article, "“Dozens of districts have fallen to the Taliban since May 1,”")
    form = ClaimInput(cue="noted", claimant_annotation_id=source.id, claim_type="territorial_control", grade="B2")
    save_claim(loaded_store, sample_article, start, end, form, annotator="ana")
    claim = next(a for a in loaded_store.annotations(sample_article.id) if a.kind == "claim")
    assert isinstance(claim.attributes, ClaimAttributes)
    assert claim.attributes.claimant_annotation_id == source.id
    assert claim.attributes.claimant_entity_id == source.entity_id
    assert str(claim.attributes.grade) == "B2"


def test_a_claim_form_on_a_suggestion_is_filled_as_y_would_store_it(tmp_path) -> None:
    """Found by a newcomer: `c` on a suggested denial filled Certainty "certain" (read again from
    the words around the span) where `y` stored the suggestion's "negated"."""
    from annotations.forms.fields import claim_fields
    from annotations.suggest import Suggestion

    text = "Rebels said Lashio had fallen on Saturday."
    article = Article.create("denial", text)
    start, end = span(article, "Lashio had fallen")
    attributes = ClaimAttributes(cue="denied", claim_type="territorial_control", certainty="negated")
    suggested = Suggestion("claim", start, end, text[start:end], "cue", attributes=attributes, cue="denied")
    with Store.open(tmp_path / "db") as store:
        store.add_article(article)
        fields = claim_fields(store, article, (start, end), suggestion=suggested)
    assert fields.initial.certainty == "negated" and fields.initial.cue == "denied"


def test_a_suggested_claim_names_its_untagged_speaker_and_saves_it_with_the_claim(tmp_path) -> None:
    """Found by a newcomer: `c` on a suggested claim whose speaker was only suggested offered no
    way to name that speaker (only tagged actors were claimants); `y` tags both."""
    from annotations.forms.fields import claim_fields
    from annotations.forms.save import save_form
    from annotations.model import ActorDetails, Entity
    from annotations.suggest import Suggestion

    text = "The district chief, Omar Lindqvist, said the bridge at Varna Ford was destroyed."
    article = Article.create("speaker", text)
    who, said = span(article, "Omar Lindqvist"), span(article, "the bridge at Varna Ford was destroyed")
    person = Entity.actor("Omar Lindqvist", ActorDetails("government_officials"))
    speaker = Suggestion("actor", *who, "Omar Lindqvist", "name", entity=person, new_entity=True)
    claim = Suggestion(
        "claim", *said, text[said[0] : said[1]], "cue", attributes=ClaimAttributes(cue="said"), claimant=who, cue="said"
    )
    with Store.open(tmp_path / "db") as store:
        store.add_article(article)
        fields = claim_fields(store, article, said, suggestion=claim, suggestions=[speaker, claim])
        chosen = fields.initial.claimant_annotation_id
        assert chosen is not None and [label for label, value in fields.claimants if value == chosen] == [
            "Omar Lindqvist, suggested"
        ]
        entry = save_form(store, article, *said, fields.initial, annotator="ana", suggestions=[speaker, claim])
        assert entry is not None and entry.label.endswith("with its claimant “Omar Lindqvist”")  # named, as `y` does
        saved = {a.kind: a for a in store.annotations(article.id)}
        assert set(saved) == {"actor", "claim"} and (saved["actor"].start, saved["actor"].end) == who
        assert store.entity(saved["actor"].entity_id or "").name == "Omar Lindqvist"
        attributes = saved["claim"].attributes
        assert isinstance(attributes, ClaimAttributes)
        assert attributes.claimant_annotation_id == saved["actor"].id
        assert attributes.claimant_entity_id == person.id
        store.undo()  # one step: the claim and its speaker go together
        assert store.annotations(article.id) == []
        # the speaker no longer suggested when the form is saved: the claim is saved without one
        save_form(store, article, *said, fields.initial, annotator="ana", suggestions=[claim])
        (alone,) = store.annotations(article.id)
        assert isinstance(alone.attributes, ClaimAttributes) and alone.attributes.claimant_annotation_id is None


def test_a_generic_alias_from_another_article_does_not_link_a_typed_name(tmp_path) -> None:
    """Found by a newcomer: "army", the Sudanese Armed Forces' alias from a Sudan article, linked a
    Burkina Faso article's "army" to them."""
    sudan = Article.create("sudan", "The army shelled the market. The army denied it.")
    burkina = Article.create("burkina", "The army said it had retaken Djibo.")
    with Store.open(tmp_path / "db") as store:
        for article in (sudan, burkina):
            store.add_article(article)
        form = ActorInput("Sudanese Armed Forces", "state_forces")
        save_actor(store, sudan, *span(sudan, "army"), form, annotator="ana")
        (saf,) = store.entities("actor")
        assert "army" in saf.names()
        save_actor(store, burkina, *span(burkina, "army"), ActorInput("army", "state_forces"), annotator="ana")
        (mention,) = store.annotations(burkina.id)
        assert mention.entity_id != saf.id
        later = sudan.text.rindex("army")
        save_actor(store, sudan, later, later + 4, ActorInput("army", "state_forces"), annotator="ana")
        assert {a.entity_id for a in store.annotations(sudan.id)} == {saf.id}
        assert "army" in store.entity(saf.id).names()  # linking by the alias kept every name


def test_a_suggested_speaker_beats_a_tagged_actor_nearer_the_cue(tmp_path) -> None:
    """Found by a newcomer: `c` on "Tasnim noted …" chose a tagged Taliban inside the quotation."""
    from annotations.forms.fields import claim_fields
    from annotations.forms.inputs import suggested_claimant
    from annotations.model import Entity
    from annotations.suggest import Suggestion

    text = "Radio Kumba noted that the Wolof Front had left the hills."
    article = Article.create("nearer", text)
    who, said = span(article, "Radio Kumba"), span(article, "the Wolof Front had left the hills")
    radio = Entity.actor("Radio Kumba", ActorDetails("media"))
    speaker = Suggestion("actor", *who, "Radio Kumba", "outlet", entity=radio, new_entity=True)
    claim = Suggestion(
        "claim",
        *said,
        text[said[0] : said[1]],
        "cue",
        attributes=ClaimAttributes(cue="noted"),
        claimant=who,
        cue="noted",
    )
    with Store.open(tmp_path / "db") as store:
        store.add_article(article)
        front = ActorInput("Wolof Front", "rebel_group")
        save_actor(store, article, *span(article, "Wolof Front"), front, annotator="ana")
        fields = claim_fields(store, article, said, suggestion=claim, suggestions=[speaker, claim])
    assert fields.initial.claimant_annotation_id == suggested_claimant(who)


def test_any_actor_suggested_near_a_claim_may_be_chosen_as_its_claimant(tmp_path) -> None:
    """Found by a newcomer: the real speaker, suggested as an actor, could not be chosen in the
    claim form without leaving it to tag the actor first."""
    from dataclasses import replace

    from annotations.forms.fields import claim_fields
    from annotations.forms.inputs import suggested_claimant
    from annotations.forms.save import save_form
    from annotations.model import Entity
    from annotations.suggest import Suggestion

    text = "Kelani's military council, led by Colonel Obi Varga, said the dam had been retaken."
    article = Article.create("choose", text)
    council, colonel = span(article, "Kelani's military council"), span(article, "Obi Varga")
    said = span(article, "the dam had been retaken")
    suggested = [
        Suggestion("actor", *council, text[council[0] : council[1]], "forces", entity=Entity.actor("Kelani council")),
        Suggestion("actor", *colonel, "Obi Varga", "title", entity=Entity.actor("Obi Varga"), new_entity=True),
    ]
    claim = Suggestion("claim", *said, text[said[0] : said[1]], "cue", attributes=ClaimAttributes(cue="said"))
    claim = replace(claim, claimant=colonel, cue="said")
    with Store.open(tmp_path / "db") as store:
        store.add_article(article)
        fields = claim_fields(store, article, said, suggestion=claim, suggestions=[*suggested, claim])
        offered = [value for _label, value in fields.claimants]
        assert suggested_claimant(council) in offered and fields.initial.claimant_annotation_id == suggested_claimant(
            colonel
        )
        chosen = replace(fields.initial, claimant_annotation_id=suggested_claimant(council))
        save_form(store, article, *said, chosen, annotator="ana", suggestions=[*suggested, claim])
        saved = {a.kind: a for a in store.annotations(article.id)}
        assert (saved["actor"].start, saved["actor"].end) == council
        assert isinstance(saved["claim"].attributes, ClaimAttributes)
        assert saved["claim"].attributes.claimant_annotation_id == saved["actor"].id


def test_editing_a_claim_to_a_suggested_claimant_tags_it_and_keeps_it(tmp_path) -> None:
    """Found by a newcomer: `e` on a claim, the claimant chosen among the suggested actors, Enter:
    "Saved · edit claim", and the claim had no claimant (only a new claim tagged the speaker)."""
    from dataclasses import replace

    from annotations.forms.fields import claim_fields
    from annotations.forms.inputs import suggested_claimant
    from annotations.forms.save import save_form
    from annotations.model import Annotation, Entity
    from annotations.suggest import Suggestion

    text = "The town cannot absorb more families, said deputy mayor Jean Celeste on Monday."
    article = Article.create("edit", text)
    said, mayor = span(article, "The town cannot absorb more families"), span(article, "Jean Celeste")
    speaker = Suggestion("actor", *mayor, "Jean Celeste", "title", entity=Entity.actor("Jean Celeste"), new_entity=True)
    with Store.open(tmp_path / "db") as store:
        store.add_article(article)
        claim = Annotation.create(article, "claim", *said, attributes=ClaimAttributes(cue="said"))
        store.add_annotation(claim)
        fields = claim_fields(store, article, said, existing=claim, suggestions=[speaker])
        assert suggested_claimant(mayor) in [value for _label, value in fields.claimants]
        chosen = replace(fields.initial, claimant_annotation_id=suggested_claimant(mayor))
        save_form(store, article, *said, chosen, annotator="ana", existing=claim, suggestions=[speaker])
        saved = {a.kind: a for a in store.annotations(article.id)}
        assert (saved["actor"].start, saved["actor"].end) == mayor and saved["claim"].id == claim.id
        assert isinstance(saved["claim"].attributes, ClaimAttributes)
        assert saved["claim"].attributes.claimant_annotation_id == saved["actor"].id
        assert saved["claim"].attributes.claimant_entity_id == saved["actor"].entity_id is not None
        store.undo()  # one step: the claimant's tag and the claim's edit go together
        assert [a.kind for a in store.annotations(article.id)] == ["claim"]


def test_a_claim_tagged_by_hand_names_its_speaker_when_only_suggested(tmp_path) -> None:
    """Found by a newcomer: `c` on "RSF commander ..., known as Hemedti, denied that ..." opened
    with no claimant: the commander was suggested, not tagged (only tagged actors were drafted)."""
    from annotations.forms.fields import claim_fields
    from annotations.forms.inputs import suggested_claimant
    from annotations.model import ActorDetails, Entity
    from annotations.suggest import Suggestion

    text = "Militia leader Karim Warsame, known as Bilaal, denied that his fighters had shelled the market."
    article = Article.create("speaker", text)
    who = span(article, "Karim Warsame")
    person = Entity.actor("Karim Warsame", ActorDetails("rebel_group"))
    speaker = Suggestion("actor", *who, "Karim Warsame", "name", entity=person, new_entity=True)
    with Store.open(tmp_path / "db") as store:
        store.add_article(article)
        fields = claim_fields(store, article, span(article, text[:-1]), suggestions=[speaker])
    assert fields.initial.claimant_annotation_id == suggested_claimant(who) and fields.initial.cue == "denied"
    assert fields.claimants[1] == ("Karim Warsame, suggested", suggested_claimant(who))


def test_the_saved_message_names_the_entity_a_new_tag_links_to(tmp_path) -> None:
    """Found by a newcomer: "Saved · add actor “army”" when the form had linked it to the
    Sudanese Armed Forces: it read as a new actor called army."""
    from annotations.forms.save import save_form

    text = "The Sudanese Armed Forces said the army held the town."
    article = Article.create("linked", text)
    with Store.open(tmp_path / "db") as store:
        store.add_article(article)
        first = save_form(
            store, article, *span(article, "Sudanese Armed Forces"), ActorInput("Sudanese Armed Forces", "state_forces"),
            annotator="ana",
        )  # fmt: skip
        assert first.label == "add actor “Sudanese Armed Forces” (new)"
        linked = save_form(
            store, article, *span(article, "army"), ActorInput("Sudanese Armed Forces", "state_forces"), annotator="ana"
        )
        assert linked.label == "add actor “army” → Sudanese Armed Forces"


def test_a_place_moved_to_another_province_loses_the_gazetteers_point_and_id(tmp_path) -> None:
    """Found by a newcomer: Tierra Blanca, proposed in Veracruz, moved to Sinaloa in the form;
    the detail kept the Veracruz town's id and point, and the map put it there."""
    from annotations.forms.inputs import DistrictInput
    from annotations.forms.save import save_form
    from annotations.model import PlaceDetails

    text = "Gunfire in the Tierra Blanca neighborhood of Culiacán."
    article = Article.create("moved", text)
    veracruz = PlaceDetails(
        "city", province="Veracruz", country="Mexico", codes={"geonames_id": "3515431", "iso3166_1": "MX"},
        latitude=18.448, longitude=-96.359, source="geonames",
    )  # fmt: skip
    with Store.open(tmp_path / "db") as store:
        store.add_article(article)
        form = DistrictInput(
            "Tierra Blanca", "city", province="Sinaloa", country="Mexico", known=veracruz, known_name="Tierra Blanca"
        )  # the same kind: moved only
        save_form(store, article, *span(article, "Tierra Blanca"), form, annotator="ana")
        (place,) = store.entities("place")
        details = place.details
        assert isinstance(details, PlaceDetails) and details.province == "Sinaloa"
        assert details.latitude is None and "geonames_id" not in details.codes
        assert details.codes.get("iso3166_1") == "MX"  # the same country
        kept = DistrictInput("Tierra Blanca", "city", province="Sinaloa", country="Mexico", code="MX-SIN")
        (mention,) = store.annotations(article.id, kind="district")
        save_form(store, article, *span(article, "Tierra Blanca"), kept, annotator="ana", existing=mention)
        (again,) = store.entities("place")
        assert again.details.codes.get("iso3166_2") == "MX-SIN"  # type: ignore[union-attr]


def test_a_new_mention_linked_by_name_to_a_known_place_never_rewrites_it(tmp_path) -> None:
    """Found by a newcomer: "Rio" suggested as "other, Paraná", named "Rio de Janeiro" in the form,
    made the city Rio de Janeiro and all its mentions "other, Paraná"."""
    from annotations.forms.inputs import DistrictInput
    from annotations.forms.save import save_form
    from annotations.model import PlaceDetails

    text = "RIO DE JANEIRO (AP) — Police raided favelas. The deadliest raid in Rio left 28 dead."
    article = Article.create("Rio", text)
    city = DistrictInput("Rio de Janeiro", "city", province="Rio de Janeiro", country="Brazil")
    with Store.open(tmp_path / "db") as store:
        store.add_article(article)
        save_form(store, article, *span(article, "RIO DE JANEIRO"), city, annotator="ana")
        wrong = DistrictInput("Rio de Janeiro", "other", province="Paraná", country="Brazil")
        save_form(store, article, *span(article, "Rio"), wrong, annotator="ana")
        (place,) = store.entities("place")
        assert isinstance(place.details, PlaceDetails)
        assert (place.details.place_kind, place.details.province) == ("city", "Rio de Janeiro")
        assert len(store.annotations(article.id, kind="district")) == 2


def test_other_claims_to_link_read_by_their_words_first(tmp_path) -> None:
    """Found by a newcomer: "‹ Myanmar Rebels Claim Ca…: “it… ›": cut to fit, every claim of an
    article read the same. The words come first, then the article ("this article" for this one)."""
    from annotations.forms.links import link_targets
    from annotations.model import Annotation

    one = Article.create("Rebels claim the town", "Rebels claim the town\n\nThe rebels said they held the bridge.")
    two = Article.create("Army denies", "Army denies\n\nThe army said the bridge was never lost.")
    with Store.open(tmp_path / "db") as store:
        for article in (one, two):
            store.add_article(article)
            start = article.text.index("the bridge")
            store.add_annotation(Annotation.create(article, "claim", start, len(article.text) - 1))
        labels = [label for label, _target, _words in link_targets(store, one.id)]
        assert labels == ["“the bridge” · this article", "“the bridge was never lost” · Army denies"]


def test_a_province_spelt_without_its_accents_has_not_moved(tmp_path) -> None:
    """Found in review: "Kābul" corrected to "Kabul" dropped the place's GeoNames id and point."""
    from annotations.forms.inputs import DistrictInput
    from annotations.forms.save import save_form
    from annotations.model import PlaceDetails

    article = Article.create("kabul", "Fighting near Paghman today.")
    known = PlaceDetails(
        "city", province="Kābul", country="Afghanistan", codes={"geonames_id": "1"}, latitude=34.5, longitude=68.9,
        source="geonames",
    )  # fmt: skip
    with Store.open(tmp_path / "db") as store:
        store.add_article(article)
        form = DistrictInput(
            "Paghman", "city", province="Kabul", country="Afghanistan", known=known, known_name="Paghman"
        )
        save_form(store, article, *span(article, "Paghman"), form, annotator="ana")
        (place,) = store.entities("place")
        assert place.details.latitude == 34.5 and place.details.codes.get("geonames_id") == "1"  # type: ignore[union-attr]


def test_a_place_tagged_inside_a_claim_that_names_its_places_joins_them(tmp_path) -> None:
    """Found by a newcomer: "M23 rebels captured Rubare … toward Goma", saved with Goma as its
    place, stayed filed under Goma alone on the claims board after Rubare was tagged: the form ticks
    the places tagged inside a claim when it is saved, and Rubare was tagged later (as `R` walks).
    A place tagged inside it later, by the form or by `y`, joins its places in the same step."""
    from annotations.claims.board import board_claims
    from annotations.model import Entity
    from annotations.suggest import Suggestion
    from annotations.suggest.review import accept

    text = "M23 rebels captured Rubare on Sunday and advanced toward Sake and Goma, the army said."
    article = Article.create("rubare", text)
    start, end = 0, text.index(", the army")
    with Store.open(tmp_path / "db") as store:
        store.add_article(article)
        save_district(store, article, *span(article, "Goma"), DistrictInput("Goma", "city"), annotator="ana")
        (goma,) = store.entities("place")
        save_claim(store, article, start, end, ClaimInput(cue="said", places=(goma.id,)), annotator="ana")
        save_district(store, article, *span(article, "Rubare"), DistrictInput("Rubare", "village"), annotator="ana")
        sake = Entity.place("Sake", PlaceDetails("city"))
        at = text.index("Sake")
        suggested = Suggestion("district", at, at + 4, "Sake", "gazetteer", entity=sake, new_entity=True)
        entry = accept(store, article, [suggested], [suggested], annotator="ana")
        assert entry is not None and entry.label == "accept district “Sake” (added to the claim it is in)"
        (filed,) = board_claims(store)
        assert [name for _id, name in filed.places] == ["Goma", "Rubare", "Sake"]
        store.undo()  # the place and its joining the claim are one step
        (filed,) = board_claims(store)
        assert [name for _id, name in filed.places] == ["Goma", "Rubare"]


def test_an_actor_name_completes_to_this_articles_actors_first(tmp_path) -> None:
    """Found by a newcomer: in a Congo article, "Armed" completed to the Armed Defence Forces of
    Mozambique of another article, not to the FARDC tagged in this one."""
    from annotations.forms.completion import NameCompletion
    from annotations.forms.fields import actor_fields
    from annotations.model import Annotation, Entity

    congo = Article.create(
        "congo", "The Armed Forces of the Democratic Republic of Congo said the army held. Armed men fled."
    )
    mozambique = Article.create("mozambique", "The Armed Defence Forces of Mozambique said so.")
    fardc = Entity.actor("Armed Forces of the Democratic Republic of Congo", ActorDetails("state_forces"))
    fadm = Entity.actor("Armed Defence Forces of Mozambique", ActorDetails("state_forces"))
    with Store.open(tmp_path / "db") as store:
        for article, entity in ((congo, fardc), (mozambique, fadm)):
            store.add_article(article)
            tagged = Annotation.create(article, "actor", *span(article, entity.name), entity_id=entity.id)
            store.add_annotation(tagged, new_entity=entity)
        fields = actor_fields(store, congo, span(congo, "Armed men"))
    assert NameCompletion(fields.known_actors).complete("Armed") == fardc.name


def test_a_suggested_place_saved_in_the_form_joins_the_claim_it_is_in(tmp_path) -> None:
    """Found in review: a stored suggested (imported) place saved with the form went through the
    edit path, and did not join the claim that names its places."""
    from dataclasses import replace as replaced

    from annotations.claims.board import board_claims
    from annotations.model import Annotation

    text = "M23 rebels captured Rubare on Sunday and advanced toward Sake and Goma, the army said."
    article = Article.create("rubare", text)
    with Store.open(tmp_path / "db") as store:
        store.add_article(article)
        save_district(store, article, *span(article, "Goma"), DistrictInput("Goma", "city"), annotator="ana")
        (goma,) = store.entities("place")
        save_claim(
            store, article, 0, text.index(", the army"), ClaimInput(cue="said", places=(goma.id,)), annotator="ana"
        )
        suggested = replaced(Annotation.create(article, "district", *span(article, "Sake")), status="suggested")
        store.add_annotation(suggested)
        save_district(
            store,
            article,
            suggested.start,
            suggested.end,
            DistrictInput("Sake", "city"),
            annotator="ana",
            existing=suggested,
        )
        (filed,) = board_claims(store)
    assert [name for _id, name in filed.places] == ["Goma", "Sake"]


def test_claimants_that_read_alike_are_told_apart_by_their_order_not_an_offset(tmp_path) -> None:
    """Found by a newcomer: each claimant was shown with its character offset ("@386"). Two
    mentions of one actor are now "(mention 1 of 2)" and "(mention 2 of 3)"…; a name said once has no suffix."""
    from annotations.forms.fields import claim_fields
    from annotations.model import ActorDetails, Annotation, Entity

    text = "Army spokesman Ali Wardi said the road was open. The police said so too. Ali Wardi added more."
    article = Article.create("twice", text)
    wardi = Entity.actor("Ali Wardi", ActorDetails("government_officials"))
    police = Entity.actor("police", ActorDetails("state_forces"))
    with Store.open(tmp_path / "db") as store:
        store.add_article(article)
        first = Annotation.create(article, "actor", *span(article, "Ali Wardi"), entity_id=wardi.id)
        second = Annotation.create(article, "actor", *span(article, "Ali Wardi", 1), entity_id=wardi.id)
        cops = Annotation.create(article, "actor", *span(article, "police"), entity_id=police.id)
        store.add_annotations([(first, wardi), (second, wardi), (cops, police)], label="tag")
        fields = claim_fields(store, article, span(article, "the road was open"))
    labels = [label for label, _value in fields.claimants]
    assert labels == ["no claimant", "Ali Wardi (mention 1 of 2)", "police", "Ali Wardi (mention 2 of 2)"]


def test_a_status_set_once_for_the_place_changes_only_the_same_analysts_mentions(tmp_path) -> None:
    """Found by a newcomer on a team's server: bo set Minova 'captured' and ana's own mention of
    Minova, which said 'unknown', said 'captured' too ('and its other mentions'), so agreement
    and adjudication compared bo with bo."""
    from annotations.model import Annotation, Entity

    article = Article.create("Kunduz", "Kunduz fell on Monday. Fighting near Kunduz went on. Kunduz is calm.")
    kunduz = Entity.place("Kunduz", PlaceDetails("province", country="Afghanistan"))
    starts = [i for i in range(len(article.text)) if article.text.startswith("Kunduz", i)]
    with Store.open(tmp_path / "db") as store:
        store.add_article(article)
        store.put_entity(kunduz)
        for start, annotator in zip(starts, ("ana", "bo", "bo"), strict=True):
            store.add_annotation(
                Annotation.create(article, "district", start, start + 6, entity_id=kunduz.id, annotator=annotator)
            )
        bos = [a for a in store.annotations(article.id) if a.annotator == "bo"]
        form = DistrictInput("Kunduz", "province", "", "Afghanistan", "", "captured")
        save_district(store, article, bos[0].start, bos[0].end, form, annotator="bo", existing=bos[0])
        said = {(a.start, a.annotator): a.attributes.control_status for a in store.annotations(article.id)}  # type: ignore[union-attr]
        assert said == {(starts[0], "ana"): "unknown", (starts[1], "bo"): "captured", (starts[2], "bo"): "captured"}
        from dataclasses import replace

        ana = next(a for a in store.annotations(article.id) if a.annotator == "ana")
        store.update_annotation(replace(ana, annotator=""))  # imported, or older: anyone's (a reviewer's case)
        form = DistrictInput("Kunduz", "province", "", "Afghanistan", "", "contested")
        first = store.annotation(article.id, bos[0].id)
        save_district(store, article, first.start, first.end, form, annotator="bo", existing=first)
        assert {a.attributes.control_status for a in store.annotations(article.id)} == {"contested"}  # type: ignore[union-attr]


def test_linking_a_claimants_mention_to_another_actor_moves_its_claims_with_it(
    loaded_store: Store, sample_article: Article
) -> None:
    """Found by a newcomer: "Kyrgyzstan's Ministry" said a claim; its mention was then linked to a
    new actor ("Ministry of Health (Kyrgyzstan)") and the claim stayed on the old one, which had
    a claim and no mention left (in `show`, the claims board and the export)."""
    save_actor(
        loaded_store, sample_article, *span(sample_article, "Tasnim News Agency"),
        ActorInput("Tasnim", "media"), annotator="ana",
    )  # fmt: skip
    (source,) = loaded_store.annotations(sample_article.id)
    start, end = span(sample_article, "“Dozens of districts have fallen to the Taliban since May 1,”")
    save_claim(loaded_store, sample_article, start, end, ClaimInput(cue="noted", claimant_annotation_id=source.id),
               annotator="ana")  # fmt: skip
    save_actor(
        loaded_store, sample_article, source.start, source.end,
        ActorInput("Iranian state media", "media"), annotator="ana", existing=source,
    )  # fmt: skip
    mention = loaded_store.annotation(sample_article.id, source.id)
    claim = next(a for a in loaded_store.annotations(sample_article.id) if a.kind == "claim")
    assert mention.entity_id != source.entity_id
    assert isinstance(claim.attributes, ClaimAttributes) and claim.attributes.claimant_entity_id == mention.entity_id
    loaded_store.undo()  # one step: both as they were
    claim = next(a for a in loaded_store.annotations(sample_article.id) if a.kind == "claim")
    assert isinstance(claim.attributes, ClaimAttributes) and claim.attributes.claimant_entity_id == source.entity_id
    assert loaded_store.annotation(sample_article.id, source.id).entity_id == source.entity_id


def test_a_place_no_list_knows_takes_the_country_of_the_articles_places(tmp_path) -> None:
    """Found by a newcomer: `d` on "Highlands Highway" came with no country, though every place
    tagged in the article was in Papua New Guinea; with places in two countries it takes none."""
    from annotations.forms.fields import district_fields
    from annotations.model import Annotation, Entity

    text = "Fighting near Wabag closed the Highlands Highway. Police in Laiagam said so."
    article = Article.create("Enga", text)
    png = PlaceDetails("city", province="Enga", country="Papua New Guinea")
    with Store.open(tmp_path / "db") as store:
        store.add_article(article)
        for name in ("Wabag", "Laiagam"):
            place = Entity.place(name, png)
            store.put_entity(place)
            store.add_annotation(Annotation.create(article, "district", *span(article, name), entity_id=place.id))
        fields = district_fields(store, article, span(article, "Highlands Highway"))
        assert fields.initial.country == "Papua New Guinea" and fields.initial.province == ""
        other = Entity.place("Kandep", PlaceDetails("city", country="Solomon Islands"))
        store.put_entity(other)
        store.add_annotation(Annotation.create(article, "district", *span(article, "Police"), entity_id=other.id))
        assert district_fields(store, article, span(article, "Highlands Highway")).initial.country == ""


def test_a_town_tagged_by_hand_before_any_suggestion_is_saved_with_its_point_and_codes(store: Store) -> None:
    """Found by a newcomer: `.` `/Djibo⏎` `d⏎` typed at once, before the next article's
    suggestions came, saved Djibo with its GeoNames id but no point and no ISO codes (the map export
    left it out): the form showed what the built-in places know of the town, but saved only what
    its fields hold. Saved as a suggestion of it would be."""
    from annotations.forms.fields import district_fields
    from annotations.suggest.builtin_places import builtin_gazetteer

    builtin_gazetteer()  # made, as on every start after the first
    article = Article.create("Sahel", "Militants attacked an army base in Djibo, in northern Burkina Faso, on Sunday.")
    store.add_article(article)
    start, end = span(article, "Djibo")
    fields = district_fields(store, article, (start, end))  # no suggestions yet
    save_district(store, article, start, end, fields.initial, annotator="ana")
    (place,) = store.entities("place")
    assert isinstance(place.details, PlaceDetails)
    assert (place.name, place.details.country, place.details.source) == ("Djibo", "Burkina Faso", "geonames")
    assert place.details.latitude is not None and place.details.codes.get("iso3166_1") == "BF"


def test_a_city_named_like_a_known_province_is_a_place_of_its_own(tmp_path) -> None:
    """Found by a newcomer: with the province Kunduz tagged, "the provincial capital" typed as the
    city Kunduz linked to the province, whatever kind the form said. A town and an area of one name
    are two places; a kind of neither ("other", a wrong suggestion's) links by name as before."""
    from annotations.forms.inputs import DistrictInput
    from annotations.forms.namesakes import namesakes, place_hint, places_by_name
    from annotations.forms.save import save_form
    from annotations.model import PlaceDetails

    text = "Kunduz province is contested. The provincial capital, Kunduz, is besieged. Kunduz city is quiet."
    article = Article.create("Kunduz", text)
    with Store.open(tmp_path / "db") as store:
        store.add_article(article)
        province = DistrictInput("Kunduz", "province", country="Afghanistan")
        save_form(store, article, *span(article, "Kunduz", 0), province, annotator="ana")
        named = namesakes(places_by_name(store.entities("place")), "kunduz")
        assert place_hint(named, "city") == "a new city, not the province Kunduz named like it"
        assert place_hint(named, "province").startswith("links to the known place Kunduz (kept as it is")
        city = DistrictInput("Kunduz", "city", country="Afghanistan")
        save_form(store, article, *span(article, "Kunduz", 1), city, annotator="ana")
        save_form(store, article, *span(article, "Kunduz", 2), city, annotator="ana")  # the city again
        save_form(store, article, *span(article, "Kunduz province"), DistrictInput("Kunduz", "other"), annotator="ana")
        kinds = {p.id: p.details.place_kind for p in store.entities("place") if isinstance(p.details, PlaceDetails)}
        assert sorted(kinds.values()) == ["city", "province"]
        of = {m.quote: kinds[str(m.entity_id)] for m in store.annotations(article.id, kind="district") if m.start}
        assert of == {"Kunduz": "city"}  # the two mentions of the city
        first = [kinds[str(m.entity_id)] for m in store.annotations(article.id, kind="district") if m.start == 0]
        assert "province" in first  # and the province's; "other" links by name to one of the two


def test_the_places_by_name_are_folded_again_only_when_the_places_changed() -> None:
    """Every `d` opens a place form: 5,000 places took 50 ms to fold each time."""
    from dataclasses import replace

    from annotations.forms.namesakes import places_by_name

    places = [Entity.place(f"Town {n}", PlaceDetails("city")) for n in range(3)]
    index = places_by_name(places)
    assert places_by_name(list(places)) is index and sorted(index) == ["town 0", "town 1", "town 2"]
    renamed = [replace(places[0], name="Ville", modified="2099-01-01T00:00:00Z"), *places[1:]]
    assert "ville" in places_by_name(renamed)


def test_editing_a_claim_whose_claimants_mention_was_deleted_keeps_who_said_it(
    loaded_store: Store, sample_article: Article
) -> None:
    """Found by a newcomer: with the claimant's mention deleted, the claim form showed "no
    claimant" and saving a change of type silently dropped who said it."""
    from annotations.forms.fields import claim_fields

    save_actor(
        loaded_store, sample_article, *span(sample_article, "Tasnim News Agency"),
        ActorInput("Tasnim News Agency", "media"), annotator="ana",
    )  # fmt: skip
    (source,) = loaded_store.annotations(sample_article.id)
    start, end = span(sample_article, "“Dozens of districts have fallen to the Taliban since May 1,”")
    form = ClaimInput(cue="noted", claimant_annotation_id=source.id, claim_type="territorial_control")
    save_claim(loaded_store, sample_article, start, end, form, annotator="ana")
    loaded_store.delete_annotation(sample_article.id, source.id)
    (claim,) = loaded_store.annotations(sample_article.id)
    fields = claim_fields(loaded_store, sample_article, (start, end), existing=claim)
    chosen = dict((value, label) for label, value in fields.claimants)[fields.initial.claimant_annotation_id]
    assert chosen == "Tasnim News Agency (no mention of it here)"
    edited = dataclass_replace(fields.initial, claim_type="other")
    save_claim(loaded_store, sample_article, start, end, edited, annotator="ana", existing=claim)
    (claim,) = loaded_store.annotations(sample_article.id)
    assert isinstance(claim.attributes, ClaimAttributes) and claim.attributes.claim_type == "other"
    assert claim.attributes.claimant_entity_id == source.entity_id and claim.attributes.claimant_annotation_id is None


def test_a_place_suggestion_grown_to_its_kind_word_stays_the_place_suggested(store: Store) -> None:
    """Found by a newcomer: `d` on the suggestion "Soum" then alt+→ made the form's place "Soum
    province", a new place, its link to the suggested province lost ("Donetsk" grown to "Donetsk
    region" the same)."""
    from annotations.forms.fields import district_fields
    from annotations.suggest import Knowledge, suggest
    from annotations.suggest.builtin_places import builtin_gazetteer

    text = "Gunmen attacked a convoy in Soum province on Sunday, officials in Djibo said."
    article = Article.create("Sahel", text)
    store.add_article(article)
    suggestions = suggest(text, Knowledge([builtin_gazetteer()]))
    (soum,) = [s for s in suggestions if s.quote == "Soum"]
    assert soum.entity is not None
    fields = district_fields(store, article, span(article, "Soum province"), suggestions=suggestions)
    assert fields.initial.name == soum.entity.name and fields.initial.known_name == soum.entity.name
    assert fields.initial.known == soum.place_details()


def test_a_city_suggestion_grown_to_region_is_the_region_not_the_city(store: Store) -> None:
    """A reviewer's case: "the Kherson region" grown from the city Kherson's suggestion became the
    city; a kind word of another kind is a place of its own."""
    from annotations.forms.fields import district_fields
    from annotations.suggest import Knowledge, suggest
    from annotations.suggest.builtin_places import builtin_gazetteer

    text = "Drones hit the city of Kherson on Sunday and villages across the Kherson region."
    article = Article.create("Kherson", text)
    store.add_article(article)
    suggestions = suggest(text, Knowledge([builtin_gazetteer()]))
    start = text.index("Kherson region")
    fields = district_fields(store, article, (start, start + len("Kherson region")), suggestions=suggestions)
    assert fields.initial.place_kind != "city" or fields.initial.name != "Kherson"


def test_an_edit_that_changes_nothing_is_no_step(loaded_store: Store, sample_article: Article) -> None:
    """A newcomer's `d` then Enter on a tagged place said "Saved · edit district", and `u` then
    undid an edit that had changed nothing."""
    form = DistrictInput("Imam Sahib", "district", "Kunduz", "Afghanistan", "AF-KDZ", "captured")
    first = save_district(loaded_store, sample_article, *span(sample_article, "Imam Sahib"), form, annotator="ana")
    assert first is not None
    (district,) = loaded_store.annotations(sample_article.id)
    again = save_district(
        loaded_store, sample_article, district.start, district.end, form, annotator="ana", existing=district
    )
    assert again is None and loaded_store.annotations(sample_article.id) == [district]
    undone = loaded_store.undo()
    assert undone is not None and undone.seq == first.seq  # the tag itself, not an empty edit
    actor = save_actor(
        loaded_store,
        sample_article,
        *span(sample_article, "Taliban"),
        ActorInput("Taliban", "rebel_group"),
        annotator="a",
    )
    (tagged,) = [a for a in loaded_store.annotations(sample_article.id) if a.kind == "actor"]
    same = ActorInput("Taliban", "rebel_group")
    assert actor is not None
    assert (
        save_actor(loaded_store, sample_article, tagged.start, tagged.end, same, annotator="a", existing=tagged) is None
    )
    changed = ActorInput("Taliban", "political_militia")
    assert save_actor(loaded_store, sample_article, tagged.start, tagged.end, changed, annotator="a", existing=tagged)


def test_a_place_form_saved_unchanged_leaves_the_other_mentions_status_alone(tmp_path) -> None:
    """Found by a newcomer: on the seed, Kunduz said "encircled" at one mention and "unknown" at
    two; `d` on the first and Enter, changing nothing, made the two "encircled" too ("edit
    district “Kunduz” and its other mentions"). A status the analyst sets still reaches them."""
    from annotations.model import Annotation, DistrictAttributes, Entity

    article = Article.create("Kunduz", "Kunduz is encircled. Fighting near Kunduz went on. Kunduz is calm.")
    kunduz = Entity.place("Kunduz", PlaceDetails("province", country="Afghanistan"))
    starts = [i for i in range(len(article.text)) if article.text.startswith("Kunduz", i)]
    with Store.open(tmp_path / "db") as store:
        store.add_article(article)
        store.put_entity(kunduz)
        for start, status in zip(starts, ("encircled", "unknown", "unknown"), strict=True):
            attributes = DistrictAttributes(control_status=status)  # type: ignore[arg-type]
            mention = Annotation.create(
                article, "district", start, start + 6, entity_id=kunduz.id, attributes=attributes, annotator="ana"
            )
            store.add_annotation(mention)
        first = next(a for a in store.annotations(article.id) if a.start == starts[0])
        form = DistrictInput("Kunduz", "province", "", "Afghanistan", "", "encircled")
        assert save_district(store, article, first.start, first.end, form, annotator="ana", existing=first) is None
        said = [a.attributes.control_status for a in sorted(store.annotations(article.id), key=lambda a: a.start)]  # type: ignore[union-attr]
        assert said == ["encircled", "unknown", "unknown"]
        form = DistrictInput("Kunduz", "province", "", "Afghanistan", "", "captured")
        save_district(store, article, first.start, first.end, form, annotator="ana", existing=first)
        said = [a.attributes.control_status for a in sorted(store.annotations(article.id), key=lambda a: a.start)]  # type: ignore[union-attr]
        assert said == ["captured", "captured", "captured"]


def test_a_mention_linked_to_another_place_gives_that_place_its_status(tmp_path) -> None:
    """A reviewer's: a mention of Kunduz the city, "encircled", linked to Kunduz the province
    left the province's "unknown" mentions as they were (its status had not changed)."""
    from annotations.model import Annotation, DistrictAttributes, Entity

    article = Article.create("Kunduz", "Kunduz is encircled. Fighting near Kunduz went on. Kunduz is calm.")
    city = Entity.place("Kunduz City", PlaceDetails("city", country="Afghanistan"))
    province = Entity.place("Kunduz", PlaceDetails("province", country="Afghanistan"))
    starts = [i for i in range(len(article.text)) if article.text.startswith("Kunduz", i)]
    with Store.open(tmp_path / "db") as store:
        store.add_article(article)
        for entity in (city, province):
            store.put_entity(entity)
        for start, place, status in zip(
            starts, (city, province, province), ("encircled", "unknown", "unknown"), strict=True
        ):
            attributes = DistrictAttributes(control_status=status)  # type: ignore[arg-type]
            store.add_annotation(
                Annotation.create(
                    article, "district", start, start + 6, entity_id=place.id, attributes=attributes, annotator="ana"
                )
            )
        first = next(a for a in store.annotations(article.id) if a.start == starts[0])
        form = DistrictInput("Kunduz", "province", "", "Afghanistan", "", "encircled")
        save_district(store, article, first.start, first.end, form, annotator="ana", existing=first)
        said = [a.attributes.control_status for a in sorted(store.annotations(article.id), key=lambda a: a.start)]  # type: ignore[union-attr]
        assert said == ["encircled", "encircled", "encircled"]


def test_a_mentions_kind_changed_to_the_other_level_makes_it_that_place_not_the_others(tmp_path) -> None:
    """Found by a newcomer: `e` on one mention of the province Kunduz, Kind "city", Enter: the
    province and its other mentions became a city, and lost their point. The mention now links to
    the city Kunduz the built-in places know (with its point); the province stays as it was."""
    from annotations.forms.inputs import DistrictInput
    from annotations.forms.namesakes import namesakes, place_hint, places_by_name
    from annotations.forms.save import save_form
    from annotations.suggest.builtin_places import builtin_gazetteer

    builtin_gazetteer()  # made, as on every start after the first
    text = "Kunduz province is contested. Fighters entered Kunduz on Monday."
    article = Article.create("Kunduz", text)
    with Store.open(tmp_path / "db") as store:
        store.add_article(article)
        province = DistrictInput("Kunduz", "province", "Kunduz", "Afghanistan")
        save_form(store, article, *span(article, "Kunduz", 0), province, annotator="ana")
        save_form(store, article, *span(article, "Kunduz", 1), province, annotator="ana")
        (place,) = store.entities("place")
        second = next(m for m in store.annotations(article.id, kind="district") if m.start > 0)
        named = namesakes(places_by_name(store.entities("place")), "Kunduz")
        assert place_hint(named, "city", editing_own=place.id) == "a new city, not the province Kunduz named like it"
        city = DistrictInput("Kunduz", "city", "Kunduz", "Afghanistan")
        save_form(store, article, second.start, second.end, city, annotator="ana", existing=second)
        places = {p.id: p for p in store.entities("place")}
        assert places[place.id] == place  # the province as it was, its point kept
        moved = places[str(store.annotation(article.id, second.id).entity_id)]
        assert isinstance(moved.details, PlaceDetails) and moved.details.place_kind == "city"
        assert moved.details.latitude is not None and "geonames_id" in moved.details.codes
        first = next(m for m in store.annotations(article.id, kind="district") if m.start == 0)
        assert first.entity_id == place.id


def test_a_persons_rank_is_no_word_of_the_actors_name_in_the_form() -> None:
    """Found by a newcomer: Enter on "Captain Ibrahim Traoré", then `a`, filled the form with the
    rank and made a second actor beside the one suggested; the form now names him without it and
    links to the actor already tagged."""
    from annotations.forms.drafts import draft_actor

    text = "The junta leader, Captain Ibrahim Traoré, said the army was winning."
    known = Entity.actor("Ibrahim Traoré", ActorDetails("government_officials"))
    at = text.index("Captain")
    draft = draft_actor(text, at, at + len("Captain Ibrahim Traoré"), [known])
    assert draft.name == "Ibrahim Traoré" and draft.entity == known
    assert draft_actor(text, 0, len("The junta leader"), []).name == "junta leader"


def test_a_claims_chooser_offers_each_suggested_actor_once_its_nearest_mention() -> None:
    """A newcomer's claimant chooser listed the RSF's three suggested mentions apart ("mention 1
    of 3", …), then the RSF tagged: one suggested mention of an actor, the nearest, is enough."""
    from annotations.forms.claimant_choices import speakers_near
    from annotations.suggest import Knowledge, suggest

    text = (
        "The RSF shelled the camp on Sunday. The army said the RSF had lost ground. "
        "Residents said the RSF fighters had withdrawn, and the RSF denied it."
    )
    found = suggest(text, Knowledge([]))
    claim = text.index("the RSF had lost")
    offered = speakers_near((claim, claim + 30), None, found)
    # nearest the claim first (helper-351 met actors of the next paragraphs before the one in the claim's sentence)
    assert [(s.quote, s.start) for s in offered] == [("RSF", claim + 4), ("Residents", 75), ("army", 40)]
    # the words an actor is tagged on are offered as the tag only (a newcomer's read alike, twice)
    army = Annotation.create(Article.create("camp", text), "actor", 40 - 4, 44, entity_id="actor_army")
    offered = speakers_near((claim, claim + 30), None, found, [army])
    assert [s.quote for s in offered] == ["RSF", "Residents"]


def test_a_place_renamed_in_the_form_that_keeps_its_code_keeps_its_point(tmp_path) -> None:
    """Found by a newcomer: "Djibo" typed over as "Djibo town" kept the GeoNames id the form was
    filled with (2361177) and lost the point, and the map export left the place off ("1 place
    without a point"). The id and the point go together: kept with it, or lost with it when the
    code is changed or cleared."""
    from annotations.forms.inputs import DistrictInput
    from annotations.forms.save import save_form
    from annotations.model import PlaceDetails

    article = Article.create("djibo", "Militants attacked Djibo town on Sunday.")
    known = PlaceDetails(
        "city", province="Sahel", country="Burkina Faso", codes={"geonames_id": "2361177"}, latitude=14.1,
        longitude=-1.63, source="geonames",
    )  # fmt: skip
    cases = {"2361177": (14.1, "2361177"), "": (None, None), "999": (None, "999")}
    for code, (latitude, geonames_id) in cases.items():
        with Store.open(tmp_path / f"db{code}") as store:
            store.add_article(article)
            form = DistrictInput(
                "Djibo town", "city", province="Sahel", country="Burkina Faso", code=code, known=known,
                known_name="Djibo",
            )  # fmt: skip
            save_form(store, article, *span(article, "Djibo town"), form, annotator="ana")
            (place,) = store.entities("place")
            details = place.details
            assert isinstance(details, PlaceDetails)
            assert (place.name, details.latitude, details.codes.get("geonames_id")) == (
                "Djibo town",
                latitude,
                geonames_id,
            ), code


def test_a_place_renamed_to_another_town_the_gazetteer_knows_is_that_town(tmp_path) -> None:
    """Found in review: filled from Djibo (code 2361177 left in the field) and renamed "Arbinda",
    another town the built-in places know, the place was saved with Djibo's point and id (and
    before that, with Arbinda's point and Djibo's id). It is Arbinda, as the gazetteer has it."""
    from annotations.forms.inputs import DistrictInput
    from annotations.forms.save import save_form
    from annotations.model import PlaceDetails
    from annotations.suggest.builtin_places import builtin_gazetteer

    (arbinda,) = builtin_gazetteer().lookup("Arbinda")  # GeoNames spells it Aribinda
    article = Article.create("arbinda", "Militants attacked Arbinda on Sunday, in Burkina Faso.")
    djibo = PlaceDetails(
        "city", province="Sahel", country="Burkina Faso", codes={"geonames_id": "2361177"}, latitude=14.1,
        longitude=-1.63, source="geonames",
    )  # fmt: skip
    with Store.open(tmp_path / "db") as store:
        store.add_article(article)
        form = DistrictInput(
            "Arbinda", "city", province="Sahel", country="Burkina Faso", code="2361177", known=djibo, known_name="Djibo"
        )
        save_form(store, article, *span(article, "Arbinda"), form, annotator="ana")
        (place,) = store.entities("place")
        details = place.details
        assert isinstance(details, PlaceDetails)
        assert (details.latitude, details.longitude) == (arbinda.latitude, arbinda.longitude)
        assert details.codes.get("geonames_id") == arbinda.details().codes.get("geonames_id") != "2361177"


def test_a_tagged_place_renamed_in_its_edit_form_keeps_its_point_and_codes(tmp_path) -> None:
    """A newcomer's: Kunduz saved with its point, then `e` and "Kunduz City" typed over its name:
    the new place kept the GeoNames id but lost the point and the ISO codes, and the map export
    left it off ("places without a point")."""
    from annotations.forms.fields import district_fields
    from annotations.forms.save import save_form
    from annotations.model import Annotation

    article = Article.create("kunduz", "Fighting was reported in Kunduz City on Sunday.")
    kunduz = Entity.place(
        "Kunduz", PlaceDetails("city", province="Kunduz", country="Afghanistan", latitude=36.73, longitude=68.86,
                               codes={"geonames_id": "1135689", "iso3166_1": "AF"}, source="geonames"),
    )  # fmt: skip
    with Store.open(tmp_path / "db") as store:
        store.add_article(article)
        start = article.text.index("Kunduz City")
        tag = Annotation.create(article, "district", start, start + 6, entity_id=kunduz.id,
                                attributes=DistrictAttributes())  # fmt: skip
        store.add_annotation(tag, new_entity=kunduz)
        fields = district_fields(store, article, (tag.start, tag.end), existing=tag)
        renamed = dataclass_replace(fields.initial, name="Kunduz City")
        save_form(store, article, tag.start, tag.end, renamed, annotator="ana", existing=tag)
        city = next(e for e in store.entities("place") if e.name == "Kunduz City")
        assert isinstance(city.details, PlaceDetails)
        assert (city.details.latitude, city.details.codes) == (36.73, {"geonames_id": "1135689", "iso3166_1": "AF"})


def test_a_link_added_in_a_claims_form_is_not_stored_the_other_way_round_again(tmp_path) -> None:
    """A reviewer's: A contradicting B already, "contradicts A" added in B's form was stored too:
    the pair contradicted each other twice over in the exports. A link holds both ways."""
    from annotations.model import ClaimLink

    article = Article.create("Two claims", "The army said it held the town. The rebels said they had taken it.")
    with Store.open(tmp_path / "db") as store:
        store.add_article(article)
        save_claim(store, article, *span(article, "it held the town"), ClaimInput(cue="said"), annotator="ana")
        save_claim(store, article, *span(article, "they had taken it"), ClaimInput(cue="said"), annotator="ana")
        held, taken = sorted(store.annotations(article.id, kind="claim"), key=lambda a: a.start)

        def linked(claim: Annotation, *links: ClaimLink) -> tuple[ClaimLink, ...]:
            """Save `claim` again from its form with these links: the links it has after."""
            edited = store.annotation(article.id, claim.id)
            save_claim(
                store,
                article,
                claim.start,
                claim.end,
                ClaimInput(cue="said", links=links),
                annotator="ana",
                existing=edited,
            )
            return store.annotation(article.id, claim.id).attributes.links  # type: ignore[union-attr]

        one_way = ClaimLink("contradicts", article.id, taken.id)
        assert linked(held, one_way) == (one_way,)
        assert linked(taken, ClaimLink("contradicts", article.id, held.id)) == ()  # held back already
        corroborates = ClaimLink("corroborates", article.id, held.id)  # another type: stored
        assert linked(taken, corroborates) == (corroborates,)


def test_a_place_mention_in_a_claims_words_does_not_open_with_the_articles_status(tmp_path) -> None:
    """Found by a newcomer: residents telling that insurgents were still in Mocímboa da Praia opened
    the place form with "retaken", the army's word elsewhere in the article; Enter would have
    recorded their contradicting account as a retaking. Outside a claim the article's status is
    still offered, and words that say a status say theirs."""
    from annotations.forms.fields import fields_for

    text = (
        "The army retook Mocímboa da Praia on Monday. Residents of Mocímboa da Praia said insurgents were still "
        "present. Aid reached Mocímboa da Praia. Rebels captured Mocímboa da Praia again on Friday."
    )
    with Store.open(tmp_path / "db") as store:
        article = Article.create("Mocímboa", text, published="2024-03-08")
        store.add_article(article)
        name = "Mocímboa da Praia"
        save_district(store, article, *span(article, name), DistrictInput(name, "city", control_status="retaken"), annotator="ana")  # fmt: skip
        residents = span(article, "Residents of Mocímboa da Praia said insurgents were still present")
        save_claim(store, article, *residents, ClaimInput(cue="said"), annotator="ana")

        def status(nth: int) -> str:
            fields = fields_for("district", store, article, span(article, name, nth))
            return fields.initial.control_status  # type: ignore[union-attr]

        assert (status(1), status(2), status(3)) == ("unknown", "retaken", "captured")
    text = "The army said it had retaken Mocímboa da Praia on Monday. Aid convoys reached Mocímboa da Praia."
    with Store.open(tmp_path / "claimed") as store:  # a reviewer's: a status only a claim gave it is no fact
        article = Article.create("Mocímboa", text, published="2024-03-08")
        store.add_article(article)
        save_district(store, article, *span(article, name), DistrictInput(name, "city", control_status="retaken"), annotator="ana")  # fmt: skip
        save_claim(store, article, *span(article, "it had retaken Mocímboa da Praia on Monday"), ClaimInput(cue="said"), annotator="ana")  # fmt: skip
        fields = fields_for("district", store, article, span(article, name, 1))
        assert fields.initial.control_status == "unknown"  # type: ignore[union-attr]


def test_a_status_corrected_at_one_mention_leaves_one_its_own_words_say(tmp_path) -> None:
    """helper-258: the army's "Adan Yabaal remains under the control of the national army",
    suggested "captured", was corrected to government held; the mention in al-Shabaab's "had taken
    control of … Adan Yabaal", captured by its own words, became the government's too, with only
    "and its other mentions" said. A mention whose words say nothing still follows; the step says
    how many."""
    from annotations.model import Annotation, DistrictAttributes, Entity

    text = (
        "Al-Shabaab said it had taken control of Adan Yabaal. Residents of Adan Yabaal fled. "
        "The ministry said Adan Yabaal remains under the control of the national army."
    )
    article = Article.create("Adan Yabaal", text)
    place = Entity.place("Adan Yabaal", PlaceDetails("city", country="Somalia"))
    starts = [i for i in range(len(text)) if text.startswith("Adan Yabaal", i)]
    with Store.open(tmp_path / "db") as store:
        store.add_article(article)
        store.put_entity(place)
        for start in starts:
            attributes = DistrictAttributes(control_status="captured")
            store.add_annotation(
                Annotation.create(article, "district", start, start + 11, entity_id=place.id, attributes=attributes,
                                  annotator="ana")
            )  # fmt: skip
        last = next(a for a in store.annotations(article.id) if a.start == starts[-1])
        form = DistrictInput("Adan Yabaal", "city", "", "Somalia", "", "government_held")
        entry = save_district(store, article, last.start, last.end, form, annotator="ana", existing=last)
        said = [a.attributes.control_status for a in sorted(store.annotations(article.id), key=lambda a: a.start)]  # type: ignore[union-attr]
        assert said == ["captured", "government_held", "government_held"]
        assert entry is not None and entry.label == "edit district “Adan Yabaal” and 1 other mention of it"
    text = text.replace("had taken control of", "had recaptured")  # helper-259: words of another status
    article = Article.create("Adan Yabaal", text)
    starts = [i for i in range(len(text)) if text.startswith("Adan Yabaal", i)]
    with Store.open(tmp_path / "db2") as store:
        store.add_article(article)
        store.put_entity(place)
        for start in starts:
            store.add_annotation(
                Annotation.create(article, "district", start, start + 11, entity_id=place.id,
                                  attributes=DistrictAttributes(control_status="captured"), annotator="ana")
            )  # fmt: skip
        last = next(a for a in store.annotations(article.id) if a.start == starts[-1])
        save_district(store, article, last.start, last.end, form, annotator="ana", existing=last)
        said = [a.attributes.control_status for a in sorted(store.annotations(article.id), key=lambda a: a.start)]  # type: ignore[union-attr]
        assert said == ["captured", "government_held", "government_held"]


def test_the_claimant_chooser_lists_the_actors_nearest_the_claim_first_suggested_or_tagged(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """helper-351: after the speaker, six actors suggested in the next paragraphs came before the MNDAA tagged in
    the claim's own sentence (the suggested ones were all listed first, in text order)."""
    from annotations.forms.claimant_choices import claimant_choices
    from annotations.suggest.suggestion import Suggestion

    text = "The MNDAA said troops were still defending the town. Later, the TNLA and the Arakan Army attacked Kyaukme."
    article = Article.create("Lashio", text)
    mndaa = Annotation.create(article, "actor", 4, 9)
    far = [
        Suggestion("actor", text.index(name), text.index(name) + len(name), name, "")
        for name in ("TNLA", "Arakan Army")
    ]
    claim = (text.index("troops"), text.index(" town") + 5)
    with Store.open(tmp_path / "db") as store:
        options = claimant_choices(store, [mndaa], far, near=claim)
    assert [label for label, _ in options] == ["MNDAA", "TNLA, suggested", "Arakan Army, suggested"]
