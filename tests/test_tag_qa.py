"""Question/answer pairs pinned on real corpus documents (seed 000, the two Kamervragen PDFs)."""
from functools import lru_cache
from pathlib import Path

import pytest

from polkb.model import Block, ReadResult
from polkb.read import read_file
from polkb.structure import build_document, cut_passages
from polkb.tag.qa import expand_numbers, find_qa_pairs

CORPUS = Path(__file__).parent.parent / "corpus"
SEED_000 = "000_1f330cebb3caba7e.txt"
KV_INCLUSIE = "tk-kamervragen-2024-ocw-inclusie-diversiteit-cultuursubsidies.pdf"
KV_REGENBOOG = "tk-kamervragen-2024-ocw-regenboogbeleid-provincie-friesland.pdf"


@lru_cache(maxsize=None)
def load(name):
    path = CORPUS / name
    doc = build_document(path.name, "0" * 64, read_file(path))
    return doc, cut_passages(doc)


def pairs_of(name):
    doc, passages = load(name)
    return find_qa_pairs(doc, passages)


def test_seed_000_three_questions_then_three_answers():
    pairs = pairs_of(SEED_000)
    assert [p.number for p in pairs] == ["1", "2", "3"]
    assert pairs[0].question.startswith("Kan er een overzicht worden gegeven van welke concrete initiatieven")
    # the unnumbered request under question 1 stays with it
    assert "Graag een overzicht per hogeschool en universiteit" in pairs[0].question
    assert pairs[0].answer.startswith("Ik bezit geen overzicht van de concrete initiatieven")
    assert pairs[1].answer.startswith("De Databank Hoger Onderwijs bevat geen informatie")
    # the Charter paragraph under answer 2 belongs to answer 2, not to question 3
    assert "VLIR en VLHORA hebben een gezamenlijk Charter" in pairs[1].answer
    assert pairs[2].question == "Hoeveel van deze studenten stromen succesvol uit?"


def test_seed_000_answer_3_points_to_answer_2():
    pairs = pairs_of(SEED_000)
    third = pairs[2]
    assert third.refers_to == "2"
    assert third.answer.startswith("Zie vraag 2.")          # the minister's own words stay visible
    assert pairs[1].answer in third.answer                   # followed by the text pointed to
    assert not pairs[0].refers_to and not pairs[1].refers_to


def test_passage_ids_point_at_the_passage_holding_the_text():
    doc, passages = load(SEED_000)
    by_id = {p.id: p for p in passages}
    for pair in pairs_of(SEED_000):
        assert pair.question_passage_id in by_id and pair.answer_passage_id in by_id
        head = pair.question.split("\n")[0][:40]
        assert head in by_id[pair.question_passage_id].text


def test_kamervragen_inclusie_six_pairs_with_footnotes_apart():
    pairs = pairs_of(KV_INCLUSIE)
    assert [p.number for p in pairs] == ["1", "2", "3", "4", "5", "6"]
    assert pairs[0].question.startswith("U schijft in uw brief van 5 februari 2024")
    assert pairs[0].answer.startswith("De spelregels voor de bis-periode 2025–2028")
    assert pairs[0].footnotes == ["1 Kamerstuk 36 410 VIII, nr. 106", "2 Kamerstuk 36 410 VIII, nr. 82"]
    assert "Kamerstuk 36 410" not in pairs[0].answer
    assert pairs[2].footnotes == ["3 bis: culturele basisinfrastructuur"]
    # the answer continues past the page foot: the text after the footnote is still answer 3
    assert "ontvangen en was het sluiten van het loket zeer nabij" in pairs[2].answer
    assert "bis: culturele basisinfrastructuur" not in pairs[2].answer
    assert pairs[0].page == 1 and pairs[5].page == 3
    assert all(p.question_passage_id and p.answer_passage_id for p in pairs)


def test_kamervragen_regenboog_grouped_answer():
    pairs = pairs_of(KV_REGENBOOG)
    assert [p.number for p in pairs] == ["1", "2", "3, 4 en 5", "6"]
    grouped = pairs[2]
    # the PDF asks "Vraag 3, 4 en 5" under one marker: one record with all three questions
    assert grouped.question.startswith("Deelt u de mening dat als een provincie het predicaat")
    assert grouped.question.count("?") >= 3
    assert grouped.answer.startswith("Het is van groot belang dat iedereen in Nederland")
    assert pairs[0].question.endswith("regenboogbeleid»?")   # the footnote mark after "?" is dropped
    assert pairs[0].answer == "Ja."
    # a footnote URL wrapped onto the next line is rejoined
    movisie = pairs[3].footnotes[-1]
    assert movisie.startswith("2 Movisie") and "https://www.movisie.nl/sites/" in movisie


@pytest.mark.parametrize("name", [
    "tk-motie-beertema-nederlands-onderwijstaal-bacheloropleidingen.txt",
    "nl-besluit-experiment-prestatiebekostiging-hoger-onderwijs.md",
    "002_1ddd43df3bba29b1.txt",
    "003_3a0853e1a7bdcf7c.txt",
    "vlaamse-regering-beslissing-vluhr-subsidie-stem-didactiek.txt",
])
def test_no_pairs_in_other_kinds(name):
    assert pairs_of(name) == []


def test_expand_numbers():
    assert expand_numbers("3, 4 en 5") == [3, 4, 5]
    assert expand_numbers("3 t/m 5") == [3, 4, 5]
    assert expand_numbers("7, 8, 9 10 en 11") == [7, 8, 9, 10, 11]


def test_answer_on_question_marker_and_cross_reference():
    """'Antwoord op vraag 2 en 3' and 'Zie het antwoord op vraag 1' (Tweede Kamer wording)."""
    lines = ["Vraag 1", "Bent u bekend met het bericht?", "Vraag 2", "Wat vindt u ervan?", "Vraag 3",
             "Gaat u iets doen?", "Antwoord 1", "Ja.", "Antwoord op vraag 2 en 3",
             "Zie het antwoord op vraag 1."]
    doc = build_document("x.txt", "0" * 64, ReadResult("text", [Block(t) for t in lines]))
    pairs = find_qa_pairs(doc, cut_passages(doc))
    assert [p.number for p in pairs] == ["1", "2 en 3"]
    assert pairs[1].question == "Vraag 2: Wat vindt u ervan?\n\nVraag 3: Gaat u iets doen?"
    assert pairs[1].refers_to == "1"
    assert pairs[1].answer == "Zie het antwoord op vraag 1.\n\nJa."
