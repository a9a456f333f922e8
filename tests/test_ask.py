"""`polkb ask` on the shipped corpus: one test per answer type, and abstention."""
import json
from pathlib import Path

import pytest

from polkb.answer import NOT_FOUND
from polkb.answer.question import parse_question

from .conftest import invoke


def ask(kb, question):
    return kb.ask(question)


def cited(answer, prefix):
    return any(Path(c.path).name.startswith(prefix) for c in answer.citations)


def test_organisation_list_of_an_initiative(kb):
    a = ask(kb, "Welke organisaties zijn betrokken bij #IBelong?")
    assert "Erasmus Universiteit Rotterdam" in a.items and "Edge Hill University" in a.items
    assert len(a.items) == 6 and cited(a, "004_")


def test_person(kb):
    a = ask(kb, "Wie zette het Ondersteunend Programma Studentenwelzijn op?")
    assert "Dijkgraaf" in a.answer and cited(a, "003_")


def test_motion_submitters_from_the_document_record(kb):
    a = ask(kb, "Wie dienden de motie over de stayrate van internationale afgestudeerden in?")
    assert "Van der Woude" in a.answer and "Van der Graaf" in a.answer
    assert cited(a, "tk-motie-van-der-woude-van-der-graaf-stayrate")


def test_amount(kb):
    a = ask(kb, "Hoeveel subsidie krijgt de VLUHR voor STEM-didactiek?")
    assert "2.200.000 euro" in a.answer or "2,2 miljoen" in a.answer
    assert cited(a, "vlaamse-regering-beslissing-vluhr")


def test_percentage_bound_to_its_group(kb):
    a = ask(kb, "Wat is het aandeel meisjes in STEM-richtingen in de tweede graad?")
    assert "24" in a.answer and cited(a, "002_")
    b = ask(kb, "Wat is het aandeel meisjes in het TSO?")
    assert "16%" in b.answer


def test_count_with_its_noun(kb):
    assert "208" in ask(kb, "Hoeveel personeelsleden waren betrokken bij #IBelong?").answer
    assert "73" in ask(kb, "Hoeveel mentoren waren betrokken bij #IBelong?").answer


def test_date(kb):
    a = ask(kb, "Wanneer werden de Kamervragen over inclusie en diversiteit in cultuursubsidies ingezonden?")
    assert "7 maart 2024" in a.answer and cited(a, "tk-kamervragen-2024-ocw-inclusie")
    b = ask(kb, "Wanneer schreven de universiteiten een gezamenlijke visie op studentenwelzijn?")
    assert "maart 2022" in b.answer


def test_period(kb):
    a = ask(kb, "Voor welke periode krijgt de VLUHR de subsidie voor STEM-didactiek?")
    assert a.items == ["15 december 2023", "14 december 2025"]


def test_named_thing_next_to_the_asked_noun(kb):
    a = ask(kb, "In welke rapporteringstool vind je inschrijvingen naar nationaliteit?")
    assert a.answer == "Dataloep" and cited(a, "000_")


def test_list_after_its_lead_in(kb):
    a = ask(kb, "Welke interventies omvat het #IBelong-programma?")
    text = " ".join(a.items).lower()
    assert len(a.items) == 3 and "dialoog" in text and "mentor" in text


def test_definition(kb):
    a = ask(kb, "Wat is studentenwelzijn?")
    assert a.answer and "welzijn" in a.answer.lower() and len(a.answer.split()) <= 60


def test_parliamentary_answer(kb):
    a = ask(kb, "Wat antwoordde de minister op de vraag of er een overzicht is van initiatieven voor "
                "studenten met een migratieachtergrond?")
    assert "geen overzicht" in a.answer and cited(a, "000_")


def test_english_question(kb):
    a = ask(kb, "How many mentors were involved in IBelong?")
    assert "73" in a.answer
    b = ask(kb, "Which universities take part in Caring Universities?")
    assert set(b.items) == {"Vrije Universiteit Amsterdam", "Universiteit Utrecht",
                            "Universiteit Maastricht", "Universiteit Leiden"}


@pytest.mark.parametrize("question", [
    "Hoeveel studenten telt de Arteveldehogeschool?",
    "Wie is de rector van de KU Leuven?",
    "Hoeveel kost een masteropleiding aan de Universiteit Gent?",
    "Wanneer opende de eerste universiteit op Mars?",
])
def test_abstains_when_the_corpus_does_not_say(kb, question):
    a = ask(kb, question)
    assert a.answer is None and not a.items and not a.citations
    assert a.related  # the closest reading is still offered


def test_answers_are_short_and_cited(kb):
    for q in ("Hoe lang verblijven de gastprofessoren Flemish Studies minstens in de VS?",
              "Welk deel van de uitgereikte diploma's is een STEM-diploma?"):
        a = ask(kb, q)
        assert a.answer and len(a.answer.split()) <= 60
        assert a.citations and a.citations[0].quote and a.citations[0].passage_id


def test_json_contract_and_not_found_text(corpus_index):
    out = json.loads(invoke("ask", "Hoeveel studenten telt de Arteveldehogeschool?", "--json",
                            index=corpus_index).stdout)
    assert set(out) >= {"question", "answer", "items", "type", "confidence", "citations", "related"}
    assert out["answer"] is None and out["items"] == []
    text = invoke("ask", "Hoeveel studenten telt de Arteveldehogeschool?", index=corpus_index).stdout
    assert text.startswith(NOT_FOUND)
    explained = invoke("ask", "Hoeveel personeelsleden waren betrokken bij #IBelong?", "--explain",
                       index=corpus_index).stdout
    assert "type count" in explained and "208" in explained


@pytest.mark.parametrize("question, kind", [
    ("Hoeveel studenten telt de Arteveldehogeschool?", "count"),
    ("Wanneer werd de motie ingediend?", "date"),
    ("Welke organisaties zijn partner?", "organisations"),
    ("Wie coördineert het project?", "person"),
    ("Hoe lang duurt de opleiding?", "duration"),
    ("In welk jaar werd het charter ondertekend?", "year"),
    ("Voor welke periode loopt de subsidie?", "period"),
    ("Wat is het aandeel vrouwen in de bachelor?", "percentage"),
    ("How many students are enrolled?", "count"),
    ("When was the plan published?", "date"),
])
def test_question_types(question, kind):
    assert parse_question(question).type == kind
