"""English query words whose general-dictionary sense is not the one policy texts use: the field
glossary (src/polkb/data/glossary_en_nl.txt) gives the field's sense, and the Dutch passage that
says it is found. Documents from bench/corpus-s13 and -s12 (tune sets; provenance in their
SOURCES.md)."""
from __future__ import annotations

from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
DOCUMENTS = [BENCH / "corpus-s13" / "nl-ocw-vergoedingsbesluit-landelijke-geschillencommissie-medezeggenschap-hoger-onderwijs.md",
             BENCH / "corpus-s13" / "nl-ocw-instellingsbesluit-commissie-onderzoek-financiele-problematiek-amarantis.md",
             BENCH / "corpus-s12" / "nl-ocw-instellingsbesluit-evaluatiecommissie-knaw.md"]


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    from polkb.kb import KnowledgeBase

    with KnowledgeBase(tmp_path_factory.mktemp("senses") / "index") as kb:
        kb.ingest(DOCUMENTS)
        yield kb


def test_the_field_sense_of_a_word_wins_over_the_general_dictionarys():
    from polkb.analysis.glossary import phrases_to_dutch, to_dutch

    # FreeDict's first senses: "deputy" as "gedeputeerde", "review" as "recensie", "interim" as
    # "ondertussen", "fellow" as "man", "time off" as "vakantie", "leaving" as "overlijden"
    assert "plaatsvervangende" in to_dutch("deputy")
    assert "heroverweging" in to_dutch("review") and "recensie" not in to_dutch("review")
    assert "tussentijds" in to_dutch("interim")
    assert to_dutch("fellows")[0] == "fellow"
    assert "verlof" in dict(phrases_to_dutch("time off for council members"))["time off"]
    assert "overlijden" not in to_dutch("leaving") and "vertrek" in to_dutch("leaving")
    # "supervisory" was read through its base word "supervisor" ("supervisor"): a supervisory body
    # holds "toezicht"
    assert "toezichthoudend" in dict(phrases_to_dutch("supervisory powers"))["supervisory"]


def test_the_comma_of_a_spelled_out_abbreviation_makes_no_senses_of_its_words():
    from polkb.analysis.glossary import phrases_to_dutch, to_dutch

    # "science, technology, engineering and mathematics => stem" read as four entries made "stem"
    # (a voice, a vote) a gloss of "science" and "technology"
    assert "stem" not in to_dutch("science") and "stem" not in to_dutch("technology")
    assert dict(phrases_to_dutch("science, technology, engineering and mathematics"))[
        "science technology engineering and mathematics"] == ["stem"]


@pytest.mark.parametrize("query, text", [
    ("fee deputy members disputes committee", "plaatsvervangende leden"),
    ("committee members supervisory powers", "toezichthouder"),
    ("academy institutes management review", "heroverwegen"),
])
def test_an_english_query_finds_the_passage_in_the_fields_sense(kb, query, text):
    hits = kb.search(query, limit=3).hits
    assert hits and text in " ".join(hits[0].text.split())


@pytest.mark.parametrize("english, document, dutch", [
    # "number" was only "aantal": a form's number ("het gele formulier met nummer CFI-53330"), a telephone number, a case's
    # number is a "nummer"
    ("number", "corpus-s13/nl-ocw-beleidsregel-grenslandtelling-studenten-belgische-nationaliteit.md", "nummer"),
    # "anchoring" was read as the noun "anchor" ("anker"); the regulation is a "verankering"
    ("anchoring", "corpus-s20/nl-ocw-regeling-verankering-academische-opleidingsschool-2012-2016.md", "verankering"),
    # "counting" and "count" were "graaf" (an earl) among the senses; the border-region count is a "telling"
    ("count", "corpus-s13/nl-ocw-beleidsregel-grenslandtelling-studenten-belgische-nationaliteit.md", "telling"),
])
def test_an_english_word_reaches_the_word_a_policy_text_uses(english, document, dutch):
    from polkb.analysis.glossary import to_dutch

    assert dutch in (BENCH / document).read_text(encoding="utf-8").lower()
    assert dutch in to_dutch(english) and "graaf" not in to_dutch(english)


def test_general_dictionary_senses_policy_questions_do_not_mean():
    from polkb.analysis.glossary import phrases_to_dutch, to_dutch

    assert to_dutch("teaching")[0] == "onderwijs"  # not "leren, scholen" first
    assert "zwembad" not in to_dutch("pools") and "boer" not in to_dutch("pages")
    assert "boete" in to_dutch("fine")
    # "in law" is no "in-law" ("schoonfamilie"), and "counts as" is "geldt als"
    assert "schoonfamilie" not in dict(phrases_to_dutch("anchoring in law"))["in law"]
    assert "geldt als" in dict(phrases_to_dutch("what counts as good conditions"))["counts as"]


@pytest.mark.parametrize("english, document, dutch", [
    # the DUO policy rule asks a student for "ieder bewijsstuk": the English "proof" was only "bewijs"
    ("proof", "bench/corpus-s16/nl-ocw-beleidsregel-controlebeleid-duo-uitwonende-studenten-2009.md", "bewijsstuk"),
    # a grant's "lead applicant" is its "penvoerder"; a programme's "steering group" its "stuurgroep"
    ("lead applicant", "corpus/nl-ocw-regeling-open-en-online-hoger-onderwijs.md", "penvoerder"),
    ("steering group", "corpus/nl-ocw-basisselectiedocument-beleidsterrein-studiefinanciering.md", "stuurgroep"),
])
def test_an_english_term_reaches_the_dutch_term_policy_texts_use_often(english, document, dutch):
    from polkb.analysis.glossary import to_dutch

    assert dutch in (BENCH.parent / document).read_text(encoding="utf-8").lower()
    assert dutch in to_dutch(english)


@pytest.mark.parametrize("english, document, dutch", [
    # Flemish policy calls the post-covid recovery plan the "relance" ("Relanceplan Vlaamse Veerkracht")
    ("recovery", "bench/corpus-s28/vlaamse-regering-beslissing-relance-versterking-onderzoeksveld-infrastructuur-universiteiten.txt",
     "relance"),
    ("recovery plan", "bench/corpus-s28/vlaamse-regering-beslissing-relance-fwo-oproep-zware-onderzoeksinfrastructuur.txt",
     "relance"),
    # the Dutch register of higher-education programmes is the CROHO
    ("programme register", "bench/corpus-s16/nl-ocw-publicatie-croho-2003-2004.md", "croho"),
])
def test_an_english_policy_term_reaches_the_name_dutch_or_flemish_policy_gives_it(english, document, dutch):
    from polkb.analysis.glossary import to_dutch

    assert dutch in (BENCH.parent / document).read_text(encoding="utf-8").lower()
    assert dutch in to_dutch(english)


def test_common_words_of_questions_in_their_policy_sense():
    from polkb.analysis.glossary import to_dutch

    # FreeDict's "house" was "huis, familie, geslacht" (a royal house), "stand" "staan, opstaan,
    # tent", "last" only "laatste" and the past: "how long does X last" asks how long it "duurt"
    assert "geslacht" not in to_dutch("house") and "woning" in to_dutch("house")
    assert "tent" not in to_dutch("stand") and "standpunt" in to_dutch("stand")
    assert "duurt" in to_dutch("last")
    text = (BENCH.parent / "corpus/nl-besluit-experiment-bindend-studieadvies.md").read_text(encoding="utf-8")
    assert " duurt " in text
