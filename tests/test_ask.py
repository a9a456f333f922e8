"""`polkb ask` on the shipped corpus: one test per answer type, and abstention."""
import contextlib
import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from polkb.answer import NOT_FOUND
from polkb.answer import question as Q
from polkb.answer.question import parse_question

from .conftest import invoke

CORPUS = Path(__file__).parent.parent / "corpus"


def ask(kb, question):
    return kb.ask(question)


def cited(answer, prefix):
    return any(Path(c.path).name.startswith(prefix) for c in answer.citations)


def test_organisation_list_of_an_initiative(kb):
    a = ask(kb, "Welke organisaties zijn betrokken bij #IBelong?")
    assert "Erasmus Universiteit Rotterdam" in a.items and "Edge Hill University" in a.items
    assert len(a.items) == 6 and cited(a, "004_")


def test_organisations_of_the_kind_asked(kb):
    """"Which universities" is not answered by the two ministries that signed the decree: the
    decree names no participating university, so the answer is "not found"; asked for the
    ministries, the same passage answers."""
    a = ask(kb, "Which universities took part in the experiment with the extended binding study advice?")
    assert not a.found
    a = ask(kb, "Which ministries were involved in the experiment with the extended binding study advice?")
    assert "Ministerie van Economische Zaken" in a.items and cited(a, "nl-besluit-experiment-bindend-studieadvies")


def test_a_place_the_question_names_must_stand_in_the_evidence(kb):
    """"Groningen", "Utrecht" are frequent words, yet a question about questions on Utrecht's
    rainbow policy is not answered by those about Friesland's (data/places.txt)."""
    a = ask(kb, "Wanneer zijn de Kamervragen over het regenboogbeleid in Utrecht beantwoord?")
    assert not a.found
    a = ask(kb, "Wanneer zijn de Kamervragen over het regenboogbeleid in Friesland beantwoord?")
    assert "25 maart 2024" in a.answer and cited(a, "tk-kamervragen-2024-ocw-regenboogbeleid-provincie-friesland")


def test_who_chaired_is_a_person_named_by_title_and_initials(kb):
    """"Dhr. prof. dr. F.A. van Vught (voorzitter)" names a person without a role word before the
    name; a question for who holds a role is answered by a person, never by the ministry that
    stands in the same regulation."""
    a = ask(kb, "Who chaired the Sirius programme committee?")
    assert a.answer == "F.A. van Vught" and cited(a, "nl-ocw-regeling-sirius-programma-excellentie")


def test_a_span_far_below_the_best_unit_gives_way_to_it(kb):
    """"Wie treedt op als penvoerder" is answered by the article on joint applications ("één van de
    instellingen … als penvoerder"), not by the civil servant in the address of an annex."""
    a = ask(kb, "Wie treedt op als penvoerder bij een gezamenlijke aanvraag?")
    assert "één van de instellingen" in a.answer and "Minnée" not in a.answer


def test_an_english_word_is_searched_in_the_sense_its_question_uses(kb):
    """"apply" is "aanvragen" for institutions applying for a grant and "van toepassing" for a
    regulation that applies: the passages a search with all its glosses finds choose the sense."""
    def searched(question):
        return next(line for line in ask(kb, question).explanation if line.startswith("search "))

    assert "van toepassing" in searched("From what date does the regulation on admission to higher education apply?")
    grant = searched("When can institutions apply for a Sirius grant?")
    assert "aanvragen" in grant and "van toepassing" not in grant


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


def test_a_unit_under_a_sibling_heading_is_not_the_section_asked_about(kb):
    """The STEM presentation gives one section per grade ("Tweede graad - Instroom", "Derde graad -
    instroom"), each with a girls' share. Over 300 documents "STEM-richtingen", a rare word, made the
    third grade's KSO line ("Het % meisjes in STEM-richtingen is 61,08%") outweigh the second
    grade's ("Het % meisjes schommelt in de tweede graad rond de 24%"): the question's "tweede" is
    in neither that line nor its context, but in the heading of its sibling section."""
    from polkb.answer.evidence import units_of_passage
    from polkb.answer.reader import Answerer, _siblings

    assert _siblings("Derde graad - instroom", "Tweede graad - Instroom")
    assert not _siblings("Werkinstructie Weerbulletin", "WEERBULLETIN VOOR DE LUCHTVAART")
    assert not _siblings("Artikel 15.4 Feedback, inzage en bewaartermijn examens", "Artikel 15.3 Bekendmaking examenresultaten")
    reader = Answerer(kb)
    q = parse_question("Wat is het aandeel meisjes in STEM-richtingen in de tweede graad?")
    concepts = reader._concepts(q)
    hits = [h for h in kb.search("meisjes STEM-richtingen tweede graad derde", limit=10).hits if h.doc_id.startswith("002") or "002_" in (h.path or "")]
    units = [u for rank, h in enumerate(hits) for u in units_of_passage(h, rank)]
    headings = {x.strip() for h in hits for x in (h.heading or "").split(" > ")} | {s for u in units for s in u.sections}
    kso = next(u for u in units if "61,08%" in u.text)
    second = next(u for u in units if "rond de 24%" in u.text)
    assert reader._other_section(concepts, kso, headings)
    assert not reader._other_section(concepts, second, headings)


def test_a_name_no_passage_found_is_searched_on_its_own(kb):
    """"Door welk decreet vervangt de Vlaamse regering het M-decreet?": over the 302 evaluation
    documents the question's words find decrees of the Vlaamse regering, none naming the
    M-decreet, and every unit of them is ruled out for it. Searched as a phrase, the name finds
    the coalition agreement's sentence."""
    from polkb.answer.reader import Answerer

    question = "Door welk decreet vervangt de Vlaamse regering het M-decreet?"
    assert ask(kb, question).answer == "begeleidingsdecreet"
    found = [h for h in kb.search("decreet Vlaamse regering", limit=10).hits if "M-decreet" not in h.text]
    log: list[str] = []
    more = Answerer(kb)._naming(parse_question(question), found, {h.passage_id for h in found}, log)
    assert any("M-decreet schaffen we af" in h.text for h in more)
    assert log and "searched that name too" in log[0]


def test_percentage_bound_to_its_group(kb):
    a = ask(kb, "Wat is het aandeel meisjes in STEM-richtingen in de tweede graad?")
    assert "24" in a.answer and cited(a, "002_")
    b = ask(kb, "Wat is het aandeel meisjes in het TSO?")
    assert "16%" in b.answer


@pytest.mark.parametrize("group, share", [("ASO", "48%"), ("BSO", "4%"), ("KSO", "61,08%"), ("TSO", "16%")])
def test_each_school_type_gets_its_own_share_of_girls(kb, group, share):
    # the presentation gives one section per school type, "Het % meisjes …" in each; the BSO's
    # figure stands on a line of its own ("… zeer laag:" / "4%."), and a passage runs from the ASO
    # section into the BSO one under the BSO heading
    a = ask(kb, f"percentage meisjes in STEM-richtingen in het {group}")
    assert a.answer.endswith(share) and cited(a, "002_")


def test_count_with_its_noun(kb):
    assert "208" in ask(kb, "Hoeveel personeelsleden waren betrokken bij #IBelong?").answer
    assert "73" in ask(kb, "Hoeveel mentoren waren betrokken bij #IBelong?").answer


def test_a_name_glued_to_its_kind_is_the_name_the_evidence_must_hold(kb):
    # the text says "De #IBelong-activiteiten hadden een directe impact op … 2100 studenten": it
    # speaks of the project without the word "#IBelong-project"
    a = ask(kb, "Hoeveel studenten werden direct bereikt met het #IBelong-project?")
    assert "2100" in a.answer and cited(a, "004_")
    assert parse_question("Wat staat er in het PIB-actieplan?").named == ["PIB"]
    # … but a name glued to anything else than a kind of thing is one word
    assert parse_question("percentage meisjes in STEM-richtingen in het BSO").named == ["STEM-richtingen", "BSO"]


def test_a_question_that_asks_two_things_is_answered_by_the_sentence_holding_both(kb):
    a = ask(kb, "Hoeveel personeelsleden waren betrokken bij #IBelong, en hoeveel mentoren?")
    assert "208" in a.answer and "73" in a.answer and len(a.answer.split()) <= 40
    assert a.type == "sentence" and cited(a, "004_")
    assert parse_question("Hoeveel personeelsleden waren betrokken bij #IBelong, en hoeveel mentoren?").second
    assert not parse_question("Hoeveel personeelsleden en mentoren waren betrokken bij #IBelong?").second


def test_an_organisation_the_question_names_is_no_answer(kb):
    # the seed names the programme's partners by their abbreviations ("de VU, UU, UM en UL")
    a = ask(kb, "Met welke universiteiten werkt de Vrije Universiteit samen in Caring Universities?")
    assert {"Universiteit Utrecht", "Universiteit Maastricht", "Universiteit Leiden"} <= set(a.items)
    assert not any("Vrije Universiteit" in i for i in a.items) and cited(a, "003_")


def test_a_limit_of_any_unit(kb):
    # "welk maximum" names no unit: the BOF decision sets it as a percentage
    a = ask(kb, "Welk maximum geldt voor de beheerskosten van het BOF?")
    assert a.type == "figure" and "8%" in a.answer
    assert cited(a, "vlaamse-regering-beslissing-financiering-bijzondere-onderzoeksfondsen")


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


@pytest.mark.xfail(strict=True, reason="regression of the general reader (session 4): the answer to question 2 "
                   "(which shares 'overzicht … migratieachtergrond') wins over the answer to question 1; see the issue note")
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
    ("Tot welk maximum mogen de kosten stijgen?", "figure"),
    ("Binnen hoeveel kalenderdagen krijgt een student feedback?", "duration"),
    ("How large was the grant in euros?", "amount"),
    ("What should the government do?", "sentence"),
    ("When was the plan published?", "date"),
    ("Uiterlijk wanneer moet de aanvraag binnen zijn?", "date"),
    ("Ongeveer hoeveel studenten deden mee?", "count"),
    ("Voor hoe lang zou een verbod op korte vluchten ten hoogste mogelijk zijn?", "duration"),
    # a bound before "hoeveel" asks the number all the same; before "welke voorwaarden" it is a condition's
    ("Below how many students per school year, from 2011–2012 on, can the subsidy for an opleidingsschool be refused?",
     "count"),
    ("Onder hoeveel studenten per schooljaar kan de subsidie worden geweigerd?", "count"),
    ("Onder welke voorwaarden kan de subsidie worden geweigerd?", "condition"),
    # an English noun phrase says its kind last, after one or two words ("monthly standard amount"),
    # and a target or norm is a value to meet; a target group is a group
    ("What monthly standard amount for living costs does the WSF 2000 overview give?", "amount"),
    ("What test-coverage target did the first version of the ambition ladder contain?", "figure"),
    ("What target group does the programme serve?", "name"),
    # "how much" is a sum unless it asks how a share changed
    ("By how much did the share of students with a student loan rise?", "percentage"),
    ("How much did the Netherlands contribute to the programme?", "amount"),
])
def test_question_types(question, kind):
    assert parse_question(question).type == kind


# -- the general reader: evidence units, context, type agreement, abstention ----------------------

def test_amount_carried_by_a_referring_sentence(kb):
    """'Hiervoor is jaarlijks één miljoen gereserveerd': the programme stands in the sentence before."""
    a = ask(kb, "Hoeveel geld is er jaarlijks gereserveerd voor het Ondersteunend Programma Studentenwelzijn?")
    assert a.answer and "miljoen" in a.answer and a.type == "amount" and cited(a, "003_")


def test_a_sum_in_a_sentence_that_points_back_is_near_what_it_points_to(kb):
    """'Hiervoor is jaarlijks één miljoen gereserveerd' holds none of the question's words: they stand in
    the sentence before ('Minister Dijkgraaf heeft het Ondersteunend Programma Studentenwelzijn opgezet'),
    which 'Hiervoor' points to, and 'jaarlijks' says the 'per jaar' asked."""
    for question in ("Hoeveel geld is er per jaar voor het Ondersteunend Programma Studentenwelzijn van minister Dijkgraaf?",
                     "Hoeveel geld per jaar is er voor het ondersteuningsprogramma studentenwelzijn van minister Dijkgraaf?"):
        a = ask(kb, question)
        assert a.answer == "één miljoen" and a.type == "amount" and cited(a, "003_"), question


def test_a_rate_said_by_an_adverb_is_the_rate_asked():
    from polkb.answer.types.figures import _rate_asked, _rate_said

    text = "Hiervoor is jaarlijks één miljoen gereserveerd."
    at = text.index("één")
    assert _rate_asked("Hoeveel geld trekt het ministerie per jaar uit?") == "year"
    assert _rate_asked("Hoeveel wordt er jaarlijks uitgekeerd?") == "year"
    assert _rate_asked("According to the annual report, how many appeals were lodged?") is None
    assert _rate_said(text, at, at + len("één miljoen")) == "year"
    assert _rate_said("Er is € 5 miljoen per maand nodig.", 6, 17) == "month"
    assert _rate_said("In totaal is € 5 miljoen beschikbaar.", 10, 21) is None


def test_the_answer_date_of_written_questions_is_not_the_date_they_were_sent(kb):
    sent = ask(kb, "Wanneer werden de Kamervragen over inclusie en diversiteit in cultuursubsidies ingezonden?")
    answered = ask(kb, "Wanneer werden de Kamervragen over inclusie en diversiteit in cultuursubsidies beantwoord?")
    assert "7 maart 2024" in sent.answer
    assert "5 april 2024" in answered.answer and cited(answered, "tk-kamervragen-2024-ocw-inclusie")


def test_who_asked_is_the_member_not_the_party(kb):
    a = ask(kb, "Wie stelde de Kamervragen over inclusie en diversiteit in cultuursubsidies?")
    assert a.answer.startswith("Van Zanten")


def test_reason(kb):
    a = ask(kb, "Waarom geeft de Vlaamse Regering een negatief oordeel over de vrijstelling van de "
                "equivalentievoorwaarde voor Engelstalige masteropleidingen burgerlijk ingenieur?")
    assert a.type == "reason" and a.answer and len(a.answer.split()) <= 60
    assert cited(a, "vlaamse-regering-beslissing-equivalentievoorwaarde")


def test_english_question_on_dutch_text_through_the_glossary(kb):
    a = ask(kb, "What share of the diplomas awarded is a STEM diploma?")
    assert "1 op 4" in a.answer and cited(a, "002_")


@pytest.mark.parametrize("question", [
    "Wie is de voorzitter van de Europese Commissie?",
    "Met hoeveel stemmen werd de motie over de stayrate van internationale afgestudeerden aangenomen?",
    # the written question gives "12 procent" of KU Leuven students, for no year 1995
    "Hoeveel procent van de KU Leuven-studenten had in 1995 een migratieachtergrond?",
    # the experiment decree gives the years an experiment started, not one in which the BSA ended
    "When was the binding study advice abolished in the Netherlands?",
])
def test_abstains_when_the_evidence_lacks_what_is_asked(kb, question):
    a = ask(kb, question)
    assert a.answer is None and not a.items


def test_english_not_found_is_english(corpus_index):
    out = invoke("ask", "How many students does the Arteveldehogeschool have?", index=corpus_index).stdout
    assert out.startswith("No answer found")


def test_evidence_units_keep_lead_ins_table_headers_and_local_headings(kb):
    from polkb.answer.evidence import units_of_passage

    hit = kb.search("interventies omvatten dialoog mentoren", limit=1).hits[0]
    items = [u for u in units_of_passage(hit, 0) if "dialoog" in u.text]
    assert items and "interventies" in (items[0].text + items[0].lead).lower()

    class _Hit:  # a table as the Markdown reader gives it, from the accreditation framework
        heading, title, passage_id = "Beoordelingsschaal", "Accreditatiekader", "x"
        text = ("De standaarden worden als volgt beoordeeld:\n\n"
                "| Oordeel | Betekenis |\n| --- | --- |\n| Voldoet | De opleiding voldoet aan de basiskwaliteit |\n"
                "| Voldoet niet | De opleiding vertoont ernstige tekortkomingen |")

    rows = [u for u in units_of_passage(_Hit, 0) if u.kind == "row"]
    assert len(rows) == 2 and rows[1].lead.startswith("| Oordeel") and "tekortkomingen" in rows[1].text

    hit = kb.search("meisjes TSO KSO derde graad", limit=1).hits[0]
    units = {u.text: u for u in units_of_passage(hit, 0)}
    low = next(u for t, u in units.items() if "16%" in t)
    assert "TSO" in low.lead  # "Het % meisjes blijft hier laag: net geen 16%." under "… (TSO)"

    # the passage that runs from the ASO section into the BSO one carries the BSO heading; its ASO
    # sentences stand under their own section, not under that heading
    hit = next(h for h in kb.search("meisjes STEM-richtingen BSO", limit=5).hits if "(BSO)" in h.heading)
    units = units_of_passage(hit, 0)
    aso = next(u for u in units if "48%" in u.text)
    bso = next(u for u in units if u.text.endswith("4%."))  # the figure wrapped onto a line of its own
    assert "(ASO)" in aso.section and "BSO" not in aso.heading and "zeer laag: 4%." in bso.text
    assert "(BSO)" in bso.section and "(BSO)" in bso.heading and any("(ASO)" in x for x in bso.sections)


def test_a_table_row_answers_with_its_header(kb):
    b = ask(kb, "Wat is het aandeel meisjes in het TSO?")
    assert "16%" in b.answer


def test_counted_list_in_one_sentence(kb):
    """'Op welke drie criteria …': three members of a run-on enumeration without a colon."""
    a = ask(kb, "Op welke drie criteria krijgt elk voorstel punten van de reviewcommissie?")
    text = " ".join(a.items).lower()
    assert a.type == "list" and len(a.items) == 3
    assert "ambitie" in text and "stelseldoelen" in text and "uitvoerbaarheid" in text
    assert cited(a, "nl-besluit-experiment-prestatiebekostiging")


def test_a_count_is_read_off_the_list_its_lead_in_introduces(kb):
    """"Hoeveel taken … kent artikel 7.12b … toe?": the WHW lists them a. to e. under "heeft een
    examencommissie de volgende taken en bevoegdheden:", and no sentence says "vijf taken"."""
    a = ask(kb, "Hoeveel taken en bevoegdheden kent artikel 7.12b van de WHW de examencommissie toe?")
    assert a.type == "count" and a.answer.startswith("5 ") and len(a.items) == 5
    assert a.items[0].startswith("a. het borgen van de kwaliteit van de tentamens")
    assert cited(a, "nl-wet-op-het-hoger-onderwijs-en-wetenschappelijk-onderzoek-whw")


@pytest.fixture(scope="module")
def flexible_committee_kb(tmp_path_factory):
    """The decree that set up the committee on flexible higher education for working people
    (bench/corpus-s38): its members are listed a. to g. under "Tot leden van de commissie worden benoemd:"."""
    yield from _bench_index(tmp_path_factory, "s38-flex", [
        BENCH / "corpus-s38" / "nl-ocw-instellingsbesluit-adviescommissie-flexibel-hoger-onderwijs-werkenden.md"])


def test_a_count_is_read_off_a_list_whose_lead_in_names_the_role_its_items_get(flexible_committee_kb):
    """"Tot leden van de commissie worden benoemd:" ends in a verb, not in "leden": the items are
    appointed as members, so they are the members a question counts."""
    a = flexible_committee_kb.ask("Uit hoeveel leden bestond de adviescommissie flexibel hoger onderwijs voor werkenden?")
    assert a.type == "count" and a.answer == "7 leden" and len(a.items) == 7
    assert "Rinnooy Kan" in a.items[0]
    assert cited(a, "nl-ocw-instellingsbesluit-adviescommissie-flexibel-hoger-onderwijs-werkenden")
    # what a body has is what its text lists too
    a = flexible_committee_kb.ask("How many members did the advisory committee on flexible higher education for "
                                  "working people have?")
    assert a.type == "count" and a.answer == "7 leden"


def test_one_or_none_of_the_noun_asked_is_a_count():
    """"heeft zich op dit moment één opleiding bij OCW gemeld" (Kamervragen on the capacity fixus):
    "één" with its accents is the number one, and the figure tagger leaves it alone. A unit that says
    "één" of the noun twice tells how something is made up ("verenigd tot … één scholengemeenschap
    van één opleidingsschool … en één opleidingsschool"), not how many there are."""
    from polkb.answer.types import Clues
    from polkb.answer.types.figures import extract

    q = parse_question("Hoeveel opleidingen hebben zich gemeld voor een numerus fixus op een traject in 2025-2026?")
    same = lambda a, b: a.lower().rstrip("en") == b.lower().rstrip("en")  # noqa: E731 (stems enough for the test)

    def unit(text):
        return type("Unit", (), {"text": text, "kind": "sentence", "lead": "", "before": "", "context": "", "title": ""})()

    found = extract(q, unit("Voor een numerus fixus op een traject in het studiejaar 2025–2026 heeft zich op dit "
                            "moment één opleiding bij OCW gemeld."), Clues([], same, frozenset()))
    assert [c.text for c in found] == ["één opleiding"]
    made_up = ("dat de scholen op uiterlijk 1 juli 1984 zijn verenigd tot één scholengemeenschap van één opleiding "
               "voor kleuterleidsters en één opleiding voor onderwijzers.")
    assert extract(q, unit(made_up), Clues([], same, frozenset())) == []


def test_only_the_items_of_the_lead_ins_level_count():
    from polkb.answer.types.listed_count import items_of_level

    items = ["a. de Algemene wet gelijke behandeling;", "1°. artikel 125g;", "2°. artikel 125h;", "b. de Wet gelijke behandeling;"]
    assert items_of_level(items) == [items[0], items[3]]
    assert items_of_level(["een plan van aanpak", "een begroting"]) == ["een plan van aanpak", "een begroting"]


def test_the_number_of_a_document_is_no_quantity_asked():
    """"motie 31 288 nr. 1007" names a motion: the "31 januari 2023" of its header states nothing asked."""
    from polkb.answer.question import parse_question
    from polkb.answer.reader import _asked_numbers

    q = parse_question("According to motion 31 288 no. 1007 by Omtzigt on foreign students, what should the government do?")
    assert _asked_numbers(q) == set()
    assert _asked_numbers(parse_question("Wat zegt artikel 7.3 over de 15 studiepunten?")) == {15.0}


@pytest.fixture(scope="module")
def open_source_kb(tmp_path_factory):
    """VWS's open-source ambition ladder and its toolkit for tendering (bench/corpus-s35)."""
    yield from _bench_index(tmp_path_factory, "s35-vws", [BENCH / "corpus-s35" / n for n in (
        "nl-minvws-open-source-ambitieladder-opensourcewerken-projecten.md",
        "nl-minvws-open-source-gereedschapskist-aanbesteden-standaardsoftware.md")])


def test_an_english_count_is_of_its_noun_in_the_sense_the_text_uses(open_source_kb):
    """"How many benefits": the dictionary's first sense of "benefits" is "uitkeringen", which the
    ladder never says; it counts "de vier voordelen van open source"."""
    a = open_source_kb.ask("How many benefits of open source does the VWS ambition ladder for open-source working "
                           "in projects focus on?")
    assert a.type == "count" and a.answer == "vier voordelen"
    assert cited(a, "nl-minvws-open-source-ambitieladder")


def test_enumeration_members():
    from polkb.answer.types.lists import enumeration

    text = "In afwijking van het derde lid wordt het voorschot voor 2010 in drie gelijke delen in mei, augustus en november betaald."
    items = enumeration(text, 3)
    assert len(items) == 3 and items[0].endswith("mei") and items[1] == "augustus" and items[2].startswith("november")
    assert enumeration(text, 4) == []


def test_a_quoted_title_is_one_name(kb):
    a = ask(kb, "Op welk rapport van het Nuffic moet de regering reageren volgens de motie Van der Woude en Van der Graaf?")
    assert a.answer == "Stayrate en arbeidsmarktpositie van internationale afgestudeerden in Nederland"
    assert cited(a, "tk-motie-van-der-woude-van-der-graaf-stayrate")


def test_whose_asks_for_an_actor(kb):
    a = ask(kb, "Whose advice is sought on the preliminary draft decree on the collective agreement measures?")
    assert a.type == "person" and "Raad van State" in a.answer
    assert cited(a, "vlaamse-regering-beslissing-onderwijsmaatregelen-cao")


def test_english_definition_of_a_dutch_term(kb):
    a = ask(kb, "What are the calibration tests (ijkingstoetsen)?")
    assert a.type == "definition" and "toelatingsproeven" in a.answer
    assert cited(a, "vlaamse-regering-beslissing-vlir-beheersovereenkomst-ijkingstoetsen")


def test_the_preposition_asked_finds_its_actor(kb):
    """'Bij wie …' is answered by the body after 'bij', one the vocabulary does not know."""
    a = ask(kb, "Bij wie moet een hogeronderwijsinstelling een aanvraag indienen voor een anderstalige opleiding?")
    assert a.answer == "Commissie Hoger Onderwijs"
    assert cited(a, "vlaamse-regering-beslissing-taalregeling-hoger-onderwijs")


def test_who_answered_the_questions_about(kb):
    """'de vragen over …' are written questions: their record names who answered and who asked."""
    a = ask(kb, "Wie beantwoordde de vragen over het regenboogbeleid van de provincie Friesland?")
    assert "Dijkgraaf" in a.answer and cited(a, "tk-kamervragen-2024-ocw-regenboogbeleid")
    a = ask(kb, "Who asked the questions about the rainbow policy of the province of Friesland?")
    assert "Mutluer" in a.answer and "Kostić" in a.answer


def test_how_many_credits_is_a_figure_in_credits(kb):
    a = ask(kb, "How many credits does a university master's programme have at least?")
    assert a.answer and "60 studiepunten" in a.answer  # the accreditation framework and the WHW both say so
    assert cited(a, "nl-accreditatiekader-bestaande-opleidingen") or cited(a, "nl-wet-op-het-hoger-onderwijs")


def test_which_european_directive(kb):
    """The noun asked for comes after 'European'; a title in closing quotes on both sides is a name."""
    for question in ("Which European directive applies in full to outsourcing of education?",
                     "Welke Europese richtlijn is onverkort van toepassing bij uitbesteding?"):
        a = ask(kb, question)
        assert a.answer == "Europese richtlijn voor overheidsopdrachten diensten", question
        assert cited(a, "nl-ocw-notitie-helderheid-bekostiging")


def test_numbered_items_glued_to_their_text(kb):
    a = ask(kb, "Welke drie onderdelen heeft elk thema van de notitie?")
    assert a.type == "list" and any("Wat we hiermee bedoelen" in i for i in a.items)


def test_english_plural_noun_counts_its_dutch_plural(kb):
    """'members' is 'leden' (the irregular plural of 'lid'): the count of members is found."""
    a = ask(kb, "How many members does the supervisory board have at most?")
    assert a.answer and "vijf leden" in a.answer


def test_what_is_it_called(kb):
    """'Hoe heet …', 'What is the name of …': the name in brackets after the described thing,
    not a name the question already gives (hyphenated at a line break: 'Secundair Onder-wijs')."""
    for question in ("Hoe heet de oriënteringsproef voor leerlingen in het secundair onderwijs?",
                     "What is the name of the orientation test for pupils in secondary education?"):
        a = ask(kb, question)
        assert a.type == "name" and a.answer == "Columbusproef", question
        assert cited(a, "vlaamse-regering-regeerakkoord")


def test_list_under_a_numbered_lead_in(kb):
    """'3. De beoordeling geschiedt op basis van de volgende elementen:' and its short items a-d."""
    a = ask(kb, "Op welke elementen worden aanvragen voor open en online onderwijs beoordeeld?")
    text = " ".join(a.items).lower()
    assert a.type == "list" and len(a.items) == 4 and "plan van aanpak" in text and "beoogd resultaat" in text
    assert cited(a, "nl-ocw-regeling-open-en-online")


def test_how_many_points_is_not_the_scale(kb):
    a = ask(kb, "Hoeveel punten kan een aanvraag voor open en online onderwijs maximaal behalen?")
    assert a.answer and "40 punten" in a.answer


def test_abbreviations_in_brackets(kb):
    """'Bijzondere Onderzoeksfondsen (BOF)' defines BOF; 'het VPS (Vlaams personeelsstatuut)' names it."""
    a = ask(kb, "Wat zijn Bijzondere Onderzoeksfondsen?")
    assert a.type == "definition" and "interne bestemmingsfondsen" in a.answer
    a = ask(kb, "What are the Special Research Funds (BOF)?")
    assert a.answer and "interne bestemmingsfondsen" in a.answer
    a = ask(kb, "Welk personeelsstatuut wordt ook aangepast door het wijzigingsbesluit gelijke kansen?")
    assert a.answer == "Vlaams personeelsstatuut (VPS)"


def test_part_of_a_year_answers_when(kb):
    a = ask(kb, "Wanneer vond de vijfjaarlijkse evaluatie van de Bijzondere Onderzoeksfondsen plaats?")
    assert a.answer and "2023" in a.answer and "helft" in a.answer


def test_a_motions_number_and_dossier(kb):
    a = ask(kb, "Welk nummer heeft de motie Westerveld en Van Meenen?")
    assert a.answer.replace("\u00a0", " ") == "34 334, nr. 26" and cited(a, "tk-motie-2023-westerveld-van-meenen")
    a = ask(kb, "Onder welk dossier valt de motie over collegegeld voor vluchtelingstudenten?")
    assert a.answer and a.answer.replace("\u00a0", " ") == "34 334"


def test_which_fee_is_a_kind_of_fee(kb):
    a = ask(kb, "Welk collegegeld betalen niet-EER-studenten vaak?")
    assert a.answer and "instellingscollegegeld" in a.answer


def test_a_long_request_is_trimmed_around_what_was_asked(kb):
    a = ask(kb, "Wat moet de regering onderzoeken volgens de motie over selectieprocedures?")
    assert a.answer and "externe toetsing" in a.answer and cited(a, "tk-motie-peters-van-der-woude")


def test_condition_is_an_answer_type_of_its_own(kb):
    """'On what condition …': the clause after 'onder de voorwaarde dat' (polkb.answer.types.condition)."""
    a = ask(kb, "On what condition is the subsidy for foreign students granted?")
    assert a.type == "condition" and "verblijfsvergunning" in a.answer
    assert cited(a, "nl-ocw-subsidieregeling-huygens")


def test_english_policy_words_and_a_semicolon_enumeration(kb):
    a = ask(kb, "How much money goes to research infrastructure at university colleges under the Flemish Resilience plan?")
    assert a.answer and "3 miljoen" in a.answer and cited(a, "vlaamse-regering-beslissing-onderzoeksinfrastructuur")
    a = ask(kb, "Which three spearheads must the research infrastructure of university colleges support?")
    text = " ".join(a.items).lower()
    assert "digitalisering" in text and "duurzaamheid" in text and "gezondheid" in text


# -- session 8: question analysis that holds on wordings nobody tuned it for -----------------------

@pytest.mark.parametrize("question, kind, noun", [
    ("Hoeveel extra geld kwam er beschikbaar voor de jeugd-ggz?", "amount", "geld"),        # a modifier is no noun
    ("Welke nieuwe studierichtingen mag de universiteit opstarten?", "list", "studierichtingen"),
    ("How many supra-regional networks were set up?", "count", "netwerk"),
    ("Binnen hoeveel tijd beslist de NAO op een bezwaar?", "duration", ""),
    ("Voor welke opleidingen wil de regering het aandeel buitenlandse studenten beperken?", "list", "opleidingen"),
    ("Welk minimaal gewogen percentage moet een student halen?", "percentage", ""),
    ("Hoe gaat het integratieprotocol voortaan heten?", "name", "naam"),
    ("Wat is accreditatie volgens het accreditatiekader?", "definition", "accreditatie"),
    ("How much does the Netherlands contribute each year to the fund?", "amount", ""),
    ("Welke analyse wordt gemaakt?", "name", "analyse"),                                    # a noun in -se stays
    ("Boven welk subsidiebedrag is een accountantsverklaring nodig?", "amount", "subsidiebedrag"),  # a compound of bedrag
    ("Welk collegegeld betalen studenten van buiten de EER?", "name", "collegegeld"),        # a kind of fee, by its name
    ("Welke subsidie krijgt de Vlaamse AI Academie per werkjaar?", "amount", "subsidie"),     # received: how much
    ("Welke subsidieregeling vervalt door de kaderregeling?", "name", "subsidieregeling"),    # which scheme
    # the head of a compound says what is asked (s14 questions, Dutch regulations)
    ("Welk rentepercentage gold in 2015 voor studieschulden?", "percentage", ""),
    ("Wat was de uiterste indieningsdatum van een subsidieaanvraag?", "date", ""),
    ("Welke uitvoeringsorganisatie stelde de beleidsregel vast?", "person", ""),               # one body, named
    ("Hoeveel bedroeg in 2015 de maandelijkse prestatiebeurs?", "amount", ""),                 # not a count of "bedroeg"
    ("For at most how many programmes could the minister grant subsidy?", "count", "opleiding"),
    # the noun ends a glossary phrase: the basic grant is a basisbeurs
    ("What was the monthly basic grant in 2015 for a student living away from home?", "amount", "basisbeurs"),
    # bench/eval s33: a bonus is a sum; the phrase ends where an article starts the next one
    ("What is the extra internship bonus a company gets for offering a work placement?", "amount", "bonus"),
    ("Wat is de extra stagebonus die een onderneming krijgt?", "amount", "stagebonus"),
    ("Which OCW official may give the Nuffic chair instructions?", "person", ""),              # the acronym says whose
    ("What maximum salary in euros applies to the board?", "amount", ""),                     # a limit of a sum
    ("Welk maximum geldt voor de beheerskosten van het BOF?", "figure", ""),                   # a limit of any unit
    ("Which reference date did schools use for counting pupils?", "date", ""),              # English: the kind comes last
    ("Welke externe actoren moest de commissie betrekken?", "list", "actoren"),               # an adjective is no noun
    ("Welk starttarief werd volgens de vragenstellers gerekend?", "amount", "starttarief"),  # a rate is a sum
    ("According to Kwint's motion, why do universities try to recruit many students?", "reason", ""),  # why, after a source
    ("Wat moet een instellingsbestuur aantonen om een opleiding aangewezen te krijgen?", "condition", ""),  # a requirement
    ("Hoeveel leerkrediet werd teruggegeven voor het academiejaar 2016-2017?", "figure", ""),  # in studiepunten, not euro
    ("How much learning credit did the student get back?", "figure", ""),
    ("How many Canadian students was the programme meant to bring?", "count", "studenten"),  # not "Canadees"
    ("How many Dutch universities take part in the consortium?", "count", "universiteiten"),
    ("Welk eerder besluit wordt ingetrokken door het besluit?", "name", "besluit"),  # uninflected before a het-word
    ("Voor welk soort traject kozen de instellingen?", "name", "traject"),          # the kind asked is of a track
    # "uit welke landen" asks for the members of a class as "welke landen" does; "uit welke middelen" for the
    # one source a sum is paid from, and "uit welk fonds" is one fund
    ("Uit welke landen kwamen de verzoekers in de beroepen over de gelijkwaardigheid?", "list", "landen"),
    ("Uit welke twee onderdelen bestaat het opleidingsaanbod van de Vlaamse AI Academie?", "list", "onderdelen"),
    ("Uit welke middelen worden de projecten betaald?", "name", "middelen"),
    ("Uit welk fonds wordt de beschikbaarheidbijdrage betaald?", "name", "fonds"),
    # an English compound says its head last: a plural head asks for members; a verb in -s is no head
    ("Which study sectors fall outside the agreement?", "list", "sector"),
    ("In which policy fields did the decision set temporary measures?", "list", "vakgebied"),
    ("Which university offers the course?", "name", "universiteit"),
    ("Which Dutch submission was selected in the competition?", "name", "inzending"),
    ("Tussen welke data moesten gemeenten hun aanvraag indienen?", "date", ""),  # the plural of "datum"
    ("Welke data verzamelt DUO over studenten?", "name", "data"),
    ("What does the 'judicium abeundi' refer to?", "definition", "abeundi"),
    ("Wat wordt er bedoeld met een capaciteitsfixus?", "definition", "capaciteitsfixus"),
    # a rate is a number in whatever unit the text gives ("0,20", "30%"), not a name
    ("For what working-time factor are the committee members paid?", "figure", ""),
    ("What average success rate does the consultation assume for team grants?", "figure", ""),
    ("Welke werktijdfactor geldt voor de leden?", "figure", ""),
    ("Which factors play a role in the decision?", "list", "factor"),  # kinds of factor, not a rate
    # a ratio, an accountant's tolerance and a norm to meet are values ("3:1", "5%", "72 uren"), not names
    ("In welke verhouding moeten vakinhoudelijk en beroepsvoorbereidend onderwijs staan?", "figure", ""),
    ("Welke controletolerantie geldt voor declaraties in het hoger onderwijs?", "figure", ""),
    ("Welke maximale materialiteit vindt OCW aanvaardbaar?", "figure", ""),
    ("Welke urennorm per maand gold vóór 2014 voor migrerende werknemers?", "figure", ""),
])
def test_the_head_noun_decides_the_type(question, kind, noun):
    q = parse_question(question)
    assert (q.type, q.noun) == (kind, noun)


@pytest.mark.parametrize("question, noun", [
    ("Which university college proposed the new programme?", "hogeschool"),
    ("Which universities of applied sciences take part in the pilot?", "hogescholen"),
])
def test_an_english_head_noun_is_read_with_the_glossary_phrase_it_starts(question, noun):
    # "university college" is a hogeschool, not a universiteit; the plural asks hogescholen
    assert parse_question(question).noun == noun


def test_an_english_fee_after_an_adjective_asks_an_amount():
    q = parse_question("What fixed fee per meeting does the chair of the committee receive?")
    assert q.type == "amount"


def test_question_words_that_carry_no_subject():
    q = parse_question("Op welke datums treden de maatregelen in werking?")
    assert q.type == "date" and q.wants_list and "datums" not in q.subject
    q = parse_question("Which minister answered Van Haga's questions about the parades?")
    assert "Haga" in q.named and q.doc_fact == "answerers"
    q = parse_question("How much does the Netherlands contribute each year?")
    assert not {"each", "does"} & set(q.subject)
    assert "8.224" in parse_question("Wanneer was de zitting in de zaak van arrest nr. 8.224?").named
    assert parse_question("Wanneer is de motie over sociale veiligheid aangenomen?").role == "aangenomen"
    # a motion's own date is the day it was tabled: its record's, not a date its text gives
    q = parse_question("Van welke datum is de motie over studiebeurzen voor Belarussische studenten?")
    assert (q.role, q.doc_kind, q.doc_fact) == ("ingezonden", "motion", "date")


def test_lists_a_pdf_keeps_inline_or_wrapped_and_a_line_a_lead_in_announces():
    from polkb.answer.evidence import answer_units, units_of_passage

    class _Hit:
        heading, title, passage_id = "", "Kamervragen quantumproof encryptie", "x"
        text = ("Binnen dit programma lopen 2 onderzoeken op het vlak van cryptografie: \x81 «HAPKIDO (Hybrid "
                "Approach)» Doel van dit onderzoek is PKI. \x81 «PROACT – Physical Attack Resistance» Doel is chips.\n\n"
                "Wij geven de universiteit de kans om nieuwe studierichtingen op te starten:\n\n"
                "Bachelor Sociale Wetenschappen Master Materiomics Master Health Care\n\n"
                "De volgende acties:\n• Inzicht hebben in de kroonjuwelen\nen wat ze waard zijn\n• Sleutels verlengen\n"
                "• Eisen toevoegen")

    units = units_of_passage(_Hit, 0)
    items = [u for u in units if u.kind == "item"]
    assert [u.text.split()[1][:8] for u in items[:2]] == ["«HAPKIDO", "«PROACT"] and items[0].lead.endswith("cryptografie:")
    assert items[2].text.startswith("Bachelor Sociale") and items[2].lead.endswith("op te starten:")
    assert items[3].text.endswith("wat ze waard zijn") and len(items) == 6   # a wrapped item is one item
    from_answer = answer_units("Welk onderzoek?", _Hit.text.split("\n\n")[0], _Hit, 0)
    assert [u.kind for u in from_answer] == ["answer", "item", "item"]


def test_several_dates_asked_and_the_header_date_of_another_role(kb):
    from polkb.answer.types import Clues
    from polkb.answer.types.dates import extract_date, only_other_roles

    class _Unit:
        text = "De maatregelen treden in werking op 1 september 2021 en 1 januari 2022."

    q = parse_question("Op welke datums treden de maatregelen in werking?")
    got = extract_date(q, _Unit, Clues([], lambda a, b: a == b, frozenset()))
    assert max(got, key=lambda c: c.score).items == ["1 september 2021 (2021-09-01)", "1 januari 2022 (2022-01-01)"]
    adopted = parse_question("Wanneer is de motie over sociale veiligheid aangenomen?")
    assert only_other_roles(adopted, "MOTIE VAN HET LID DE HOOP Voorgesteld 24 januari 2023 De Kamer,")
    assert not only_other_roles(parse_question("Wanneer is de motie voorgesteld?"), "Voorgesteld 24 januari 2023")


@pytest.mark.parametrize("question, noun", [
    ("How many funding options could respondents choose from in the consultation?", "opties"),  # not a sum: options
    ("How many sites does the university have?", "vestiging"),  # "vestigingsplaats" only ends in -s
    ("How many partners took part in the project?", "partners"),  # the plural the glossary gives
    ("How many board members did the 1988 royal decree fix for NWO?", "leden"),
    ("How many police officers backed the manifesto?", "agenten"),       # a glossary phrase ending in the head
    ("How many students took part in the pilot?", "studenten"),          # the first word is already the plural
    # bench/eval s33: a bracketed aside inside the phrase
    ("How many learning-credit (force majeure) cases did the council rule on in 2017?", "gevallen"),
])
def test_how_many_counts_the_last_noun_of_an_english_phrase(question, noun):
    q = parse_question(question)
    assert (q.type, q.noun) == ("count", noun)


def test_a_rate_is_not_a_count_of_things():
    # De Jonge Akademie's 2022 funding consultation (tune s22): the team grants' paragraph
    from polkb.answer.types import Clues
    from polkb.answer.types.figures import extract

    class _Unit:
        text = ("Deze team beurzen (2 or 3 hoofdonderzoekers) zijn competitieve grants die samenwerking stimuleren. "
                "In dit model nemen we aan dat de gemiddelde succeskans 30% is.")

    q = parse_question("What average success rate does the consultation assume for team grants with two or three "
                       "principal investigators?")
    got = extract(q, _Unit, Clues([], lambda a, b: a[:5] == b[:5], frozenset()))
    assert q.rate and [c.text for c in got] == ["30%"]


def test_a_quantifier_and_a_place_adjective_name_nothing():
    # the Flemish decision on the Steunpunt Omgeving en Gezondheid (tune s29 corpus)
    from polkb.answer.types import Clues
    from polkb.answer.types.names import extract_name

    class _Unit:
        text = ("Alle Vlaamse universiteiten, samen met de partners Provinciaal Instituut voor Hygiëne, Vlaamse Instelling "
                "voor Technologisch Onderzoek, en Instituut voor Natuur- en Bosonderzoek, zullen instaan voor de uitvoering.")

    q = parse_question("Welke universiteit krijgt het nieuwe steunpunt?")
    got = [c.text for c in extract_name(q, _Unit, Clues([], lambda a, b: a[:5] == b[:5], frozenset()))]
    assert "Alle Vlaamse" not in got


def test_a_new_name_needs_no_capital():
    from polkb.answer.types import Clues
    from polkb.answer.types.names import extract_name

    class _Unit:
        text = "Het integratieprotocol krijgt een andere naam, namelijk inclusieprotocol."

    q = parse_question("Hoe gaat het integratieprotocol voortaan heten?")
    got = extract_name(q, _Unit, Clues([], lambda a, b: a[:5] == b[:5], frozenset()))
    assert max(got, key=lambda c: c.score).text == "inclusieprotocol"


def test_a_compound_question_is_typed_by_its_question_word():
    q = parse_question("Was the motion on shadow education adopted, and with how many votes in favour?")
    assert q.type == "count" and q.noun == "stemmen"


def test_an_english_word_weighs_what_its_dutch_gloss_weighs(kb):
    """"year" is rare in a Dutch index, "jaar" is not: the English word must not outweigh the rest."""
    from polkb.answer.reader import Answerer

    answerer = Answerer(kb)
    year = answerer.coverage.concept("year", ["jaar"], loose=True)
    jaar = answerer.coverage.concept("jaar")
    assert year.weight == pytest.approx(jaar.weight)


def test_a_glued_sentence_end_and_the_term_as_subject_of_its_definition():
    from polkb.answer.evidence import sentences
    from polkb.answer.types import Clues
    from polkb.answer.types.definition import extract_definition

    assert sentences("Hiervan wordt mededeling gedaan.Tegen een beslissing staat beroep open.")[1].startswith("Tegen")
    assert parse_question("With which body can an appeal be lodged?").type == "person"
    q = parse_question("Wat is accreditatie volgens het accreditatiekader?")
    clues = Clues([], lambda a, b: a.lower()[:8] == b.lower()[:8], frozenset())

    class _Defines:
        text, hit = "Accreditatie is het verlenen van een keurmerk aan een opleiding.", None

    class _Mentions:
        text, hit = "Uitgangspunten voor de accreditatie zijn de wet en de criteria uit dit kader.", None

    assert extract_definition(q, _Defines, clues)[0].score > extract_definition(q, _Mentions, clues)[0].score


def test_a_year_before_a_sum_is_no_sum_and_a_motion_rests_on_its_considerations():
    from polkb.answer.types import Clues
    from polkb.answer.types.figures import extract
    from polkb.answer.types.reason import extract_reason

    clues = Clues([], lambda a, b: a == b, frozenset())

    class _Sum:
        text = "Daarnaast is in 2021 € 50 miljoen extra beschikbaar gesteld voor de acute jeugd ggz."

    got = extract(parse_question("Hoeveel extra geld kwam er in 2021 beschikbaar?"), _Sum, clues)
    assert max(got, key=lambda c: c.score).text == "€ 50 miljoen"

    class _Hit:
        text = ("constaterende dat bedrijven trainingen aanbieden;\noverwegende dat deze bedrijven hiermee de "
                "kansenongelijkheid vergroten;\nverzoekt de regering de omvang in kaart te brengen,")

    class _Request:
        text, hit = "verzoekt de regering de omvang in kaart te brengen,", _Hit

    got = extract_reason(parse_question("Waarom moet de omvang in kaart worden gebracht?"), _Request, clues)
    assert got and "kansenongelijkheid" in got[0].text


def test_until_when_and_since_when_read_the_ends_of_a_period(kb):
    """"van 15 december 2023 tot en met 14 december 2025": "tot wanneer" is its end, "vanaf
    wanneer" its start."""
    a = ask(kb, "Tot wanneer loopt de financiële ondersteuning van de VLUHR voor de lerende netwerken rond STEM-didactiek?")
    assert a.answer and "14 december 2025" in a.answer and cited(a, "vlaamse-regering-beslissing-vluhr-subsidie")
    a = ask(kb, "Vanaf wanneer krijgt de VLUHR steun voor de lerende netwerken rond STEM-didactiek?")
    assert a.answer and "15 december 2023" in a.answer


def test_a_list_of_abbreviations_defines_none_of_them(kb):
    """The basisselectiedocument spells out its abbreviations one after another ("Bsd:
    basisselectiedocument Bve: …"); that list is no definition of the document."""
    a = ask(kb, "Wat is een basisselectiedocument (BSD)?")
    assert not a.answer or "Bve" not in a.answer


def test_question_types_read_the_measure_noun_of_the_phrase():
    """"the yearly subsidy ceiling" is a sum of money, not a year; a ceiling on a share is a
    percentage; "vanaf welke hoeveelheid" a figure with its own unit."""
    assert parse_question("What is the yearly subsidy ceiling of the Libertas emergency fund?").type == "amount"
    assert parse_question("What is the ceiling for the share of foreign-language master's programmes?").type == "percentage"
    assert parse_question("Vanaf welke hoeveelheid vuurwerk is een vergunning nodig?").type == "figure"
    assert parse_question("Wat is het aantal studenten?").type == "count"


def test_a_word_dutch_spells_the_same_does_not_make_a_query_english():
    from polkb.analysis.glossary import language_of

    assert language_of("arrest 8.224") == "nl"
    assert language_of("student housing") == "en"
    assert parse_question("Op grond van welk artikel vroegen Sneller, Chakor en Van Nispen dat?").named[:2] == ["Sneller", "Chakor"]


# -- session 9: spans the reader had found but not read -------------------------------------------

def test_a_count_given_as_a_range_is_answered_with_the_range(kb):
    """'bestaat uit ten minste drie en ten hoogste vijf leden': not just its top."""
    a = ask(kb, "Uit hoeveel leden bestaat de raad van toezicht van een universiteit volgens de WHW?")
    assert "drie" in a.answer and "vijf" in a.answer and cited(a, "nl-wet-op-het-hoger-onderwijs")


def test_an_english_organisation_name_in_dutch_text(kb):
    a = ask(kb, "Which organisation is worried that students get no formal role in the European university alliances?")
    assert "European Student Union" in a.answer and cited(a, "tk-motie-de-hoop-rol-studenten")


def test_a_deadline_given_as_part_of_a_month(kb):
    """'Uiterlijk wanneer …' is a date question, and 'voor eind april' answers it, not the motion's own date."""
    a = ask(kb, "Uiterlijk wanneer moest de regering een bestuursakkoord over buitenlandse studenten sluiten?")
    assert a.type == "date" and "eind april" in a.answer and cited(a, "tk-motie-omtzigt-bestuursakkoord")


def test_what_an_abbreviation_stands_for(kb):
    """'de Pivot-methode (project invoering verkorting overbrengingstermijn)': the long form, and an
    English question does not translate the abbreviation's letters ('PIVOT' is no 'spil')."""
    for question in ("Waar staat PIVOT voor in het basisselectiedocument studiefinanciering?",
                     "What does PIVOT stand for in the basic selection document on student finance?"):
        a = ask(kb, question)
        assert a.type == "definition" and "verkorting overbrengingstermijn" in a.answer
        assert cited(a, "nl-ocw-basisselectiedocument")



def test_conditions_led_in_by_a_clause_are_its_items(kb):
    """'indien met de aanvraag is aangetoond, dat:' — the conditions are the items a.–d. after it."""
    a = ask(kb, "Onder welke voorwaarden kan een opleiding met een specifiek onderwijsconcept aanvullende "
                "toelatingseisen stellen volgens de regeling aanmelding en toelating?")
    text = " ".join([a.answer or "", *a.items])
    assert a.type == "condition" and "toegankelijkheid" in text and len(a.answer.split()) <= 60
    assert cited(a, "nl-ocw-regeling-aanmelding-en-toelating")


def test_a_quoted_term_is_asked_as_the_text_spells_it(kb):
    """'free mover' stands in the Dutch text as it is ('de zogenaamde free mover'): the glossary
    must not translate it away, and it is the term a definition question asks for."""
    a = ask(kb, "What is a 'free mover' according to the memo on clarity in higher education funding?")
    assert a.answer and "individuele basis" in a.answer and cited(a, "nl-ocw-notitie-helderheid-bekostiging")


def test_an_english_question_keeps_a_titled_persons_name_untranslated():
    q = parse_question("What do the EU sanctions forbid, according to minister Bruins Slot's answers?")
    assert q.english["Slot"] == [] and q.english["Bruins"] == []


def test_what_a_motion_asks_is_its_dictum(kb):
    """'verzoekt de regering … in te gaan op de stayrate (blijfkans) van internationale studenten in het
    beroepsonderwijs': the dictum answers, though it does not say 'groep'."""
    a = ask(kb, "Voor welke groep internationale studenten wil de motie van Van der Woude en Van der Graaf "
                "dat de regering ingaat op de blijfkans?")
    assert a.answer and "beroepsonderwijs" in a.answer and cited(a, "tk-motie-van-der-woude-van-der-graaf")


def test_which_article_is_answered_by_an_article_number(kb):
    """'op grond van artikel 5 van de Archiefwet 1995': a number no capital marks as a name."""
    a = ask(kb, "Op grond van welk artikel van de Archiefwet 1995 zijn zorgdragers verplicht selectielijsten op te stellen?")
    assert a.answer and a.answer.startswith("artikel 5") and cited(a, "nl-ocw-basisselectiedocument")


BENCH = Path(__file__).resolve().parent.parent / "bench"


def _bench_documents(corpus: str) -> list[Path]:
    """The documents of an evaluation corpus (bench/corpus-sNN), without its SOURCES.md, which quotes the answers."""
    return sorted(p for p in (BENCH / corpus).iterdir() if p.name != "SOURCES.md")


@pytest.fixture(scope="module")
def lerarenbonus_kb(tmp_path_factory):
    """The Flemish Government's decision on the teacher bonus (bench/corpus-s44)."""
    yield from _bench_index(tmp_path_factory, "s44-bonus", [
        BENCH / "corpus-s44" / "vlaamse-regering-beslissing-lerarenbonus-zij-instromers-voorontwerp.txt"])


@pytest.mark.parametrize("question", ["In welke conceptnota staan de maatregelen tegen het lerarentekort?",
                                      "Which concept note holds the measures against the teacher shortage?"])
def test_a_title_in_straight_single_quotes_is_one_name(lerarenbonus_kb, question):
    """"In de conceptnota 'Herwaardering van de leraar' zijn een heleboel maatregelen opgenomen": the title
    in quotes is the name, not its capitalised first word."""
    a = lerarenbonus_kb.ask(question)
    assert a.answer == "Herwaardering van de leraar" and a.type == "name"


@pytest.fixture(scope="module")
def tuition_act_kb(tmp_path_factory):
    """The 1991 act raising tuition fees (bench/corpus-s36)."""
    yield from _bench_index(tmp_path_factory, "s36-fees", [
        BENCH / "corpus-s36" / "nl-wet-verhoging-collegegeld-compensatie-studiefinanciering-1991.md"])


@pytest.mark.parametrize("sector, date", [("het wetenschappelijk onderwijs", "1 september 1991"),
                                          ("het hoger beroepsonderwijs", "1 augustus 1991")])
def test_a_date_is_the_one_said_of_the_sector_asked(tuition_act_kb, sector, date):
    """"Deze wet treedt in werking met ingang van 1 augustus 1991 wat betreft het hoger beroepsonderwijs en met
    ingang van 1 september 1991 wat betreft het wetenschappelijk onderwijs": each date is said of its sector."""
    a = tuition_act_kb.ask(f"Op welke datum trad de wet tot verhoging van het collegegeld van 1991 in werking voor {sector}?")
    assert a.answer.startswith(date)


@pytest.fixture(scope="module")
def bes_finance_kb(tmp_path_factory):
    """The Regeling studiefinanciering BES (bench/corpus-s36)."""
    yield from _bench_index(tmp_path_factory, "s36-bes", [BENCH / "corpus-s36" / "nl-ocw-regeling-studiefinanciering-bes.md"])


@pytest.mark.parametrize("question", [
    "Op hoeveel dagen wordt een jaar gesteld bij de berekening van de rente in de Regeling studiefinanciering BES?",
    "How many days make a year when the Regeling studiefinanciering BES calculates interest?"])
def test_a_number_is_the_one_its_own_clause_leads_to(bes_finance_kb, question):
    """"Voor de berekening van de rente … wordt een maand gesteld op 30 dagen en een jaar gesteld op 360
    dagen": the opening is said of both numbers, and only "een jaar gesteld op" is said of the second."""
    a = bes_finance_kb.ask(question)
    assert a.answer == "360 dagen" and cited(a, "nl-ocw-regeling-studiefinanciering-bes")


@pytest.mark.parametrize("question", [
    "Van hoeveel nieuw te bouwen woningen gaat de berekening van de toename van het afvalwater in het bestemmingsplan Kralingse Zoom uit?",
    "Van hoeveel te realiseren studentenwoningen gaat de afvalwaterberekening van het bestemmingsplan Kralingse Zoom uit?"])
def test_a_count_of_things_to_be_done(tmp_path_factory, question):
    """"Aan de hand van het aantal van 400 te realiseren woningen is een indicatieve berekening gemaakt" (bench/corpus-s38):
    "te bouwen" in the question and "te realiseren" in the text say what is to be done with the noun counted, and are
    neither the noun nor in the way of it."""
    for kb in _bench_index(tmp_path_factory, "s38-zoom", [BENCH / "corpus-s38" / "nl-rotterdam-bestemmingsplan-kralingse-zoom.md"]):
        a = kb.ask(question)
        assert a.answer == "400 woningen" and cited(a, "nl-rotterdam-bestemmingsplan-kralingse-zoom")


def test_a_change_is_said_from_where_it_started(tmp_path_factory):
    """"Tussen studiejaar 2014-2015 en 2018-2019 is het aantal studenten met een lening van 38 naar 53 procent
    gestegen" (bench/corpus-s37): how much a share rose is answered with both levels, not the last alone."""
    for kb in _bench_index(tmp_path_factory, "s37-loans", [BENCH / "corpus-s37" / "nos-2019-monitor-instroom-studenten-leenstelsel.md"]):
        a = kb.ask("How much did the proportion of students with a loan increase from 2014-2015 to 2018-2019?")
        assert a.answer == "van 38 naar 53 procent" and a.type == "percentage"


@pytest.fixture(scope="module")
def fellows_kb(tmp_path_factory):
    """The tax ruling on EU fellows at Dutch universities (bench/corpus-s16)."""
    yield from _bench_index(tmp_path_factory, "s16-fellows", [BENCH / "corpus-s16" / "nl-beleidsregel-belastingheffing-eu-fellows-universiteiten.md"])


def test_what_a_passive_sentence_says_is_withdrawn(fellows_kb):
    """"Het besluit van 27 april 2001, IFZ2001-429M, wordt ingetrokken": the thing withdrawn is the subject of the
    sentence that says so, its date with its number, not a run of words after "besluit" elsewhere."""
    a = fellows_kb.ask("Welk eerder besluit wordt ingetrokken door de regeling over de belasting op EU-fellows?")
    assert a.answer == "Het besluit van 27 april 2001, IFZ2001-429M"


def test_a_name_built_on_the_noun_ends_at_a_verb_or_participle():
    """"in deze regeling gemandateerde functionarissen", "Deze regeling treedt in werking": no regeling is named."""
    from polkb.answer import question as Q
    from polkb.answer.types.names import _named_by_noun

    q = Q.parse_question("Welke regeling wordt ingetrokken?")
    text = "Besluiten, genomen door in deze regeling gemandateerde functionarissen. Deze regeling treedt in werking."
    assert [c.text for c in _named_by_noun(q, text, [])] == []


def _bench_index(tmp_path_factory, name: str, paths: list[Path]):
    """A fixture's index of evaluation documents, for behaviour the shipped corpus has no text for."""
    from polkb.kb import KnowledgeBase

    with KnowledgeBase(tmp_path_factory.mktemp(name) / "index") as kb:
        kb.ingest(paths)
        yield kb


@contextlib.contextmanager
def _index_of_texts(folder: Path, texts: dict[str, str]):
    """An index of documents written from text (file name -> text) into `folder`: excerpts of corpus
    documents, for one test."""
    from polkb.kb import KnowledgeBase

    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    with KnowledgeBase(folder / "index") as kb:
        kb.ingest(sorted(folder / name for name in texts))
        yield kb


@pytest.fixture(scope="module")
def s11_kb(tmp_path_factory):
    """An index of bench/corpus-s11: 13 documents of the s11 evaluation set (provenance in its
    SOURCES.md), for behaviour the shipped corpus has no text for."""
    yield from _bench_index(tmp_path_factory, "s11", _bench_documents("corpus-s11"))


def test_a_figure_of_another_year_does_not_answer(s11_kb):
    """The 2024 decision on the Vlaamse AI Academie grants "1,1 miljoen euro subsidie voor het
    werkjaar 2024" and tells what VAIA did "in 2023": asked for 2023's subsidy, the 2024 figure
    is no answer; asked for 2024's, it is."""
    assert not s11_kb.ask("Hoeveel subsidie kreeg de Vlaamse AI Academie voor het werkjaar 2023?").found
    assert "1,1 miljoen euro" in s11_kb.ask("Hoeveel subsidie kreeg de Vlaamse AI Academie voor het werkjaar 2024?").answer


@pytest.fixture(scope="module")
def brik_kb(tmp_path_factory):
    """An index of the Flemish decision on the Brik student-housing subsidy (bench/corpus-s12)."""
    yield from _bench_index(tmp_path_factory, "brik", [
        BENCH / "corpus-s12" / "vlaamse-regering-beslissing-brik-investeringssubsidie-studentenhuisvesting-brussel.txt"])


def test_a_span_of_the_class_asked_is_held_as_that_class(brik_kb):
    """"Welke Brusselse hogeronderwijsinstellingen …" is answered by the institutions the decision
    names ("VUB, Erasmushogeschool Brussel, Odisee, MUCA, KU Leuven"); the sentence that names them
    never says "hogeronderwijsinstellingen", and the answer's confidence does not pay for the class
    word the names stand for (0.68 when it did)."""
    a = brik_kb.ask("Welke Brusselse hogeronderwijsinstellingen bundelen hun krachten in Brik?")
    assert "Odisee" in a.answer and "KU Leuven" in a.answer
    assert a.confidence >= 0.8


def test_a_lead_in_answers_with_the_list_it_introduces(s11_kb):
    """"Welke partijen moeten minimaal in een samenwerkingsverband zitten" is answered by the
    definition that lists them ("… bestaande uit ten minste: a. één hogeschool …; b. één vo-school
    en één bve-instelling …"), not by the one organisation named elsewhere in the regulation."""
    a = s11_kb.ask("Welke partijen moeten minimaal in een samenwerkingsverband educatieve minor zitten?")
    assert len(a.items) == 2 and "hogeschool" in a.items[0] and "vo-school" in a.items[1]
    assert "Dienst Uitvoering Onderwijs" not in a.answer


def test_the_date_of_a_decision_or_a_letter_is_the_documents_own(kb, s11_kb):
    """"Op welke datum nam de minister het besluit …" asks for the regulation's own date (its
    title's "van 10 november 2014"), and "wanneer stuurde hij zijn brief" for the letter's header
    date ("Datum 1 maart 2011"), not for a date its text cites."""
    a = ask(kb, "Op welke datum nam de minister het besluit tot de Regeling open en online hoger onderwijs?")
    assert a.answer.startswith("10 november 2014") and cited(a, "nl-ocw-regeling-open-en-online")
    a = s11_kb.ask("Op welke datum stuurde de staatssecretaris zijn brief over draagmoederschap aan de Kamer?")
    assert a.answer.startswith("1 maart 2011")


def test_the_most_one_can_get_is_a_sum(s11_kb):
    """"What is the most a single recipient can get" asks for the scheme's ceiling per recipient
    ("ten hoogste € 150.000 per subsidieontvanger"), not for a sentence about the recipient."""
    a = s11_kb.ask("What is the most a single recipient can get under the 2013-2016 grant scheme for "
                   "educational minors in vocational education?")
    assert a.type == "amount" and "150.000" in a.answer


def test_a_table_row_is_read_in_the_column_of_the_asked_year(kb):
    """The answer on rainbow policy gives two tables, each a header "Grond Meldingen in 2021
    Meldingen in 2022 Meldingen in 2023" over rows such as "Seksuele gerichtheid 66 73 74": the
    cell is the one under the asked year, in the table whose header the question names."""
    a = ask(kb, "Hoeveel meldingen over seksuele gerichtheid kreeg de politie in Fryslân in 2022?")
    assert a.answer == "73" and cited(a, "tk-kamervragen-2024-ocw-regenboogbeleid-provincie-friesland")
    assert ask(kb, "Hoeveel meldingen over seksuele gerichtheid kreeg Tumba in 2023?").answer == "34"


def test_a_question_for_both_bounds_is_answered_by_the_range(kb):
    # WHW art. 7.60: "bestaat het college uit ten minste zes en ten hoogste vijftien leden";
    # the top alone ("vijftien leden") answers half the question
    a = kb.ask("Uit hoeveel leden bestaat een college van beroep voor de examens met kamers ten minste en ten hoogste?")
    assert "ten minste zes en ten hoogste vijftien leden" in a.answer
    assert a.citations[0].path.endswith("nl-wet-op-het-hoger-onderwijs-en-wetenschappelijk-onderzoek-whw.md")


@pytest.mark.parametrize("question", [
    "Hoeveel geld is er beschikbaar voor de eerste tranche van de regeling open en online hoger onderwijs?",
    "How much is available for the first tranche of the open and online education scheme?",
])
def test_an_amount_after_its_measure_phrase_stands_close_to_the_question_words(kb, question):
    # "a. voor de eerste tranche een bedrag van maximaal € 830.000": "een bedrag van maximaal" puts
    # no distance between "tranche" and the sum; the ceiling per applicant is another amount
    a = kb.ask(question)
    assert "830.000" in a.answer and "100.000" not in a.answer


def test_initials_do_not_end_a_sentence():
    # a signature under a regulation: the surname after the initials is the same sentence
    from polkb.answer.evidence import sentences

    assert sentences("De Minister van Onderwijs, Cultuur en Wetenschappen, L.M.L.H.A. Hermans") == [
        "De Minister van Onderwijs, Cultuur en Wetenschappen, L.M.L.H.A. Hermans"]
    assert len(sentences("Het geldt ook voor de V.S. Daarom is het goed.")) == 2


def test_a_deadline_the_question_says_must_be_met_is_a_deadline(kb):
    # "moeten … worden ingediend" asks when applications are due ("uiterlijk op 3 februari"), not
    # when they were sent; SURF's advice "uiterlijk 2 april" is another deadline
    a = kb.ask("Tot wanneer moeten subsidieaanvragen voor open en online onderwijs worden ingediend?")
    assert a.answer.startswith("3 februari")


def _date_unit(text: str):
    from types import SimpleNamespace

    from polkb.answer.evidence import Unit

    return Unit(text, "sentence", SimpleNamespace(heading="", title="", text=text, passage_id="p", doc_id="d"), 0)


def _best_date(question: str, text: str) -> str:
    from polkb.answer.types import Clues
    from polkb.answer.types.dates import extract_date

    q = parse_question(question)
    anchors = [m.start() for w in q.subject for m in re.finditer(re.escape(w), text, re.IGNORECASE)]
    cands = extract_date(q, _date_unit(text), Clues(anchors, lambda a, b: a.lower() == b.lower(), frozenset()))
    return max(cands, key=lambda c: c.score).text


def test_the_nearest_role_word_gives_a_date_its_role():
    text = next(line for line in (CORPUS / "nl-ocw-basisselectiedocument-beleidsterrein-studiefinanciering.md")
                .read_text(encoding="utf-8").splitlines() if "is per 1-1-2001 opgeheven en geregeld" in line)
    # the date of the act it cites ("Wet opheffing …, 22 juni 2000, Stb. 284") is not the end's date
    assert _best_date("Per wanneer werd het College van beroep studiefinanciering opgeheven?", text).startswith("1-1-2001")
    both = "De commissie wordt ingesteld met ingang van 15 oktober 2013 en wordt opgeheven uiterlijk 1 mei 2014."
    assert _best_date("Wanneer werd de commissie opgeheven?", both).startswith("1 mei 2014")
    assert _best_date("Met ingang van wanneer werd de commissie ingesteld?", both).startswith("15 oktober 2013")


def test_a_name_runs_on_over_an_ampersand():
    from polkb.answer.types import Clues
    from polkb.answer.types.names import extract_name

    text = ("Het secretariaat van de commissie wordt gevoerd door de directie Hoger Onderwijs & "
            "Studiefinanciering van het Ministerie van Onderwijs, Cultuur en Wetenschap.")
    q = parse_question("Welke directie verzorgt het secretariaat van de commissie?")
    anchors = [m.start() for w in ("secretariaat", "commissie", "directie") for m in re.finditer(w, text)]
    cands = extract_name(q, _date_unit(text), Clues(anchors, lambda a, b: a.lower() == b.lower(), frozenset()))
    assert max(cands, key=lambda c: c.score).text == "Hoger Onderwijs & Studiefinanciering"


def test_an_acronym_listed_with_a_known_body_is_a_body():
    from polkb.answer.types import Clues
    from polkb.answer.types.actors import extract_organisations

    # bench/corpus-s12, the sector plan's instellingsbesluit: "NWO/CW" is one body (a division), FOM another
    text = ("b. af te stemmen met NWO over de besteding van een jaarlijks bedrag van € 6 miljoen door NWO/CW en "
            "FOM binnen het kader van het sectorplan.")
    q = parse_question("Welke organisaties besteden de 6 miljoen euro binnen het sectorplan?")
    cands = extract_organisations(q, _date_unit(text), Clues([text.index("besteding")], lambda a, b: False, frozenset()))
    assert cands and "FOM" in cands[0].items and "CW" not in cands[0].items


@pytest.mark.parametrize("question, kind, fact, role", [
    ("Which MPs asked the questions about closing the police station in Wolvega?", "person", "submitters", ""),
    ("On what date did the House send the questions about the police station to the minister?", "date", "date", "ingezonden"),
    ("Which minister signed the answers on the fire brigade's non-emergency number?", "person", "answerers", ""),
])
def test_english_questions_about_written_questions_ask_their_record(question, kind, fact, role):
    q = parse_question(question)
    assert (q.type, q.doc_kind, q.doc_fact) == (kind, "written_question", fact)
    assert q.role == role and "MPs" not in q.named and "House" not in q.named


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    """Three annual reports of the Raad voor betwistingen (2005, 2007, 2021): one body, one shape,
    other years (bench/corpus-s13, -s11, -new)."""
    from polkb.kb import KnowledgeBase

    bench = Path(__file__).parent.parent / "bench"
    folder = tmp_path_factory.mktemp("reports")
    for sub, name in (("corpus-s13", "vl-raad-studievoortgangsbetwistingen-jaarverslag-2005.pdf"),
                      ("corpus-s11", "vl-raad-studievoortgangsbetwistingen-jaarverslag-2007.pdf"),
                      ("corpus-new", "vl-raad-studievoortgangsbetwistingen-jaarverslag-2021.pdf")):
        (folder / name).write_bytes((bench / sub / name).read_bytes())
    with KnowledgeBase(tmp_path_factory.mktemp("reports-index")) as kb:
        kb.ingest([folder])
        yield kb


@pytest.mark.parametrize("question, year", [
    ("Who chaired the Flemish appeals body for exam disputes in its first working year, 2005?", "2005"),
    ("Who presided over the Flemish council for study progress disputes during 2007?", "2007"),
])
def test_the_chair_is_not_the_deputy_chair_nor_an_assessor(reports, question, year):
    # "Voorzitter: de heer Marc Boes" / "Plaatsvervangend voorzitter: de heer Jean Dujardin" /
    # "Werkend bijzitter: de heer Luc Van de Velde …": label lines, each a fact of its own
    # (the span chosen is the chair; an English question covers less of the Dutch report, and
    # whether the span is then confident enough to answer is abstain.MIN_SPAN_CONFIDENCE's call)
    a = reports.ask(question)
    assert any(line.startswith("person 'Marc Boes'") for line in a.explanation)
    if a.found:
        assert "Boes" in a.answer and cited(a, f"vl-raad-studievoortgangsbetwistingen-jaarverslag-{year}")


@pytest.mark.parametrize("index, question, signer, src", [
    # "De Minister van Onderwijs, Cultuur en Wetenschap, M. Bussemaker" at the end of the regulation
    ("kb", "Welke minister ondertekende de regeling bevordering kennisfunctie hogescholen?", "R.H.A. Plasterk",
     "nl-ocw-regeling-bevordering-kennisfunctie-hogescholen"),
    ("kb", "Who signed the regulation on open and online higher education?", "M. Bussemaker",
     "nl-ocw-regeling-open-en-online-hoger-onderwijs"),
    ("kb", "Wie ondertekende de beleidsregel kopopleidingen hbo?", "Spanjaard", "nl-ocw-beleidsregel-kopopleidingen-hbo"),
    # a royal decree: the minister who proposed it signs first; the Minister of Justice only published it
    ("royal_decrees", "Wie ondertekende het besluit over het tijdstip van artikel 18.76 WHW?", "Bussemaker",
     "nl-besluit-tijdstip"),
    # the function asked chooses among the signatures, wherever the block stands
    ("royal_decrees", "Which Minister of Agriculture and Fisheries signed the Academisch Statuut?", "Braks",
     "nl-academisch-statuut"),
    ("royal_decrees", "Welke minister van Justitie tekende het Besluit studiefinanciering 2000?", "Korthals",
     "nl-besluit-studiefinanciering"),
    # the function after the name: "namens deze, Chr. G. Spanjaard hoofddirecteur"
    ("royal_decrees", "Wie ondertekende de bekendmaking van het CROHO 2003-2004?", "Spanjaard", "nl-ocw-publicatie-croho"),
])
def test_who_signed_is_read_from_the_signature(request, index, question, signer, src):
    a = request.getfixturevalue(index).ask(question)
    assert a.answer and signer in a.answer and cited(a, src)


@pytest.mark.parametrize("question, start", [
    ("Wat verstaat de regeling open en online hoger onderwijs onder een tranche?", "e. tranche: subsidieperiode"),
    ("Wat verstaat de regeling open en online hoger onderwijs onder open onderwijs?", "d. open onderwijs: onderwijs dat"),
])
def test_what_a_regulation_understands_by_a_term_is_its_definition(kb, question, start):
    # "Wat verstaat X onder Y": the term after "onder", as worded ("open onderwijs", not any "onderwijs")
    a = kb.ask(question)
    assert a.type == "definition" and a.answer.startswith(start)


@pytest.mark.parametrize("question", [
    # bench/corpus-s20: the minister's answer gives the date by which institutions must register their
    # fixus; the answer's own date (received 18 November 2024) is not asked for
    "Wat is de uiterste datum waarop hogescholen en universiteiten een numerus fixus moeten vastleggen in RIO, "
    "volgens de beantwoording van de Kamervragen over een fixus op trajecten?",
    "What was the latest date by which institutions had to register their fixus, according to the answers to "
    "the written questions?",
])
def test_a_deadline_a_written_answer_gives_is_not_the_answers_date(question):
    q = parse_question(question)
    assert q.type == "date" and q.role == "uiterlijk" and q.doc_fact == ""


def test_respectively_gives_each_name_its_role():
    from polkb.answer.types import Clues
    from polkb.answer.types.actors import extract_actor

    # bench/corpus-s13: the first name is the chair, the second the deputy chair
    text = ("De Vlaamse Regering hernieuwt nu de benoeming van Jim Deridder en Bertel De Groote, als respectievelijk "
            "voorzitter en plaatsvervangend voorzitter , voor een periode van 3 jaar.")
    q = parse_question("Wie werd herbenoemd als voorzitter van de Raad?")
    anchors = [m.start() for m in re.finditer("voorzitter", text)]
    cands = extract_actor(q, _date_unit(text), Clues(anchors, lambda a, b: a.lower() == b.lower(), frozenset()))
    assert max(cands, key=lambda c: c.score).text == "Jim Deridder"


@pytest.mark.parametrize("question, role", [
    ("Tot wanneer gold de regeling met de normbedragen voor studiefinanciering?", "opgeheven"),  # its end
    ("Tot wanneer liep de internetconsultatie?", "uiterlijk"),                                   # a closing date
    ("Tot wanneer bestond de Adviescommissie flexibel hoger onderwijs voor werkenden?", "opgeheven"),  # wound up
    ("Until what date does the national expertise centre on diversity exist?", "opgeheven"),
    ("Until what date at the latest could OCW approve the programme?", "uiterlijk"),
    # a deadline said so, whatever act must meet it: not the day a request was sent
    ("Tot welke datum kan een kandidaat uiterlijk een verzoek tot ruiling indienen?", "uiterlijk"),
    ("When can candidates submit a swap request at the latest?", "uiterlijk"),
])
def test_until_when_a_rule_held_asks_its_end(question, role):
    assert parse_question(question).role == role



def test_an_english_abbreviation_for_a_person_is_read_as_its_dutch_word():
    # "MP" stands in Dutch text as "het lid Karabulut", "Tweede Kamerlid"; "PIVOT" stays a name
    assert parse_question("Which MP asked for the Prime Minister to be invited to the debate?").noun == "kamerlid"
    assert parse_question("What does PIVOT stand for in the basic selection document?").noun == "pivot"


def test_who_does_something_is_answered_by_a_function_when_no_one_is_named():
    # s14: the 2006 scheme for open-system experiments names no person, only who draws the lots
    from polkb.answer.types import Clues
    from polkb.answer.types.actors import extract_actor

    q = parse_question("Wie voert de loting uit als er meer aanvragen zijn dan er gesubsidieerd kunnen worden?")
    unit = _date_unit("6. De loting, bedoeld in het vijfde lid, geschiedt door een notaris.")
    got = extract_actor(q, unit, Clues([(8, 1.0, 0)], lambda a, b: a == b, frozenset()))
    assert [c.text for c in got] == ["een notaris"]
    # a question for a role holder ("wie is de voorzitter") is not answered by a function
    q = parse_question("Wie is de voorzitter van de commissie?")
    unit = _date_unit("De voorzitter wordt benoemd door de minister.")
    assert not [c for c in extract_actor(q, unit, Clues([], lambda a, b: a == b, frozenset())) if "minister" in c.text]


def test_a_table_row_reads_each_value_beside_its_column():
    # s14: the 2015 student-finance norms, a Markdown table whose rows are paragraphs of their own
    from types import SimpleNamespace

    from polkb.answer.evidence import units_of_passage

    text = ("Overzicht 2. Financieringsbronnen\n\nHoger onderwijs | Beroepsonderwijs\n\nBasisbeurs (excl. Toeslagen)\n\n"
            "a. thuiswonend | € 102,77 | € 81,02\n\nb. uitwonend | € 286,15 | € 264,40")
    hit = SimpleNamespace(heading="", title="", text=text, passage_id="p", doc_id="d")
    rows = [u for u in units_of_passage(hit, 0) if u.kind == "row"]
    assert [u.text for u in rows] == [
        "Basisbeurs (excl. Toeslagen): a. thuiswonend: Hoger onderwijs € 102,77; Beroepsonderwijs € 81,02",
        "Basisbeurs (excl. Toeslagen): b. uitwonend: Hoger onderwijs € 286,15; Beroepsonderwijs € 264,40"]
    assert all(u.lead == "Hoger onderwijs | Beroepsonderwijs" for u in rows)


def test_a_question_word_inside_a_date_does_not_bring_the_date_near():
    # s14: "… voor een opleiding die op 1 september 2008 start": the month of "1 september 2007" in
    # the neighbouring item is no reason to answer with that date
    from polkb.answer.types import closeness

    text = "a. 15 september 2006 voor een opleiding die voor het eerst als experiment start op 1 september 2007;"
    start = text.index("1 september 2007")
    month = text.index("september 2007")
    anchors = [(month, 1.0, "september")]
    assert closeness(start, start + 16, anchors, text) == 1.0
    assert closeness(start, start + 16, anchors, text, outside=True) < 1.0


@pytest.fixture(scope="module")
def s14_kb(tmp_path_factory):
    """An index of bench/corpus-s14: 12 Dutch documents of the s14 evaluation set (provenance in
    its SOURCES.md): regulations whose tables, numbered provisions and dated items the shipped
    corpus has few of."""
    yield from _bench_index(tmp_path_factory, "s14", _bench_documents("corpus-s14"))


def test_every_unit_that_covers_the_question_as_well_is_read_for_a_span(s14_kb):
    # in the regulation the question names, dozens of provisions hold its words; the one with the
    # number ranks 25th by retrieval, level in coverage with the first
    a = s14_kb.ask("For at most how many programmes could the minister grant subsidy under the open-system "
                   "(open bestel) experiments in higher education?")
    assert a.answer and "40" in a.answer and cited(a, "nl-ocw-tijdelijke-regeling-subsidie-experimenten-open-bestel")


def test_the_item_that_says_the_asked_date_answers(s14_kb):
    a = s14_kb.ask("Wat was de uiterste indieningsdatum van een subsidieaanvraag voor een opleiding die op "
                   "1 september 2008 voor het eerst als experiment open bestel start?")
    assert a.answer and "15 juli 2007" in a.answer


def test_a_value_is_read_from_the_column_the_question_names(s14_kb):
    a = s14_kb.ask("What was the monthly basic grant in 2015 for a higher-education student living away from home?")
    assert a.answer and "286,15" in a.answer and cited(a, "nl-ocw-regeling-normen-studiefinanciering-2015")


@pytest.mark.parametrize("question, date", [
    ("Tot wanneer gold de regeling met de normbedragen voor studiefinanciering voor 2015?", "1 augustus 2016"),
    ("Wanneer trad de regeling met de normbedragen in werking?", "1 januari 2015"),
])
def test_a_role_word_belongs_to_the_date_after_it(question, date):
    # s14, Regeling normen WSF 2000 2015, art. 19: "vervalt" stands after the first date and before its own
    assert _best_date(question, "1. Deze regeling treedt in werking met ingang van 1 januari 2015 en vervalt met "
                                "ingang van 1 augustus 2016.").startswith(date)


@pytest.mark.parametrize("question, issuer, src", [
    ("Wie stelde de beleidsregel kopopleidingen hbo vast?", "Informatie Beheer Groep", "nl-ocw-beleidsregel-kopopleidingen-hbo"),
    ("Who issued the Regeling aanmelding en toelating hoger onderwijs?", "Minister van Onderwijs, Cultuur en Wetenschap",
     "nl-ocw-regeling-aanmelding-en-toelating-hoger-onderwijs"),
])
def test_who_issued_a_regulation_is_read_from_its_preamble(kb, question, issuer, src):
    # "De hoofddirectie van de Informatie Beheer Groep, Gelet op: …"
    a = ask(kb, question)
    assert a.answer and issuer in a.answer and cited(a, src)


_MELDPUNT = ("Bij de start van het academiejaar 2023-2024 is ook het Vlaams Meldpunt grensoverschrijdend gedrag van start "
             "gegaan, als samenwerking tussen het Vlaams Mensenrechteninstituut en het Agentschap Justitie en Handhaving.")


def test_an_academic_year_answers_when_the_text_gives_no_day():
    # s13, the Flemish draft decree on transgressive behaviour in higher education
    assert _best_date("When did the Flemish reporting point for transgressive behaviour start operating?",
                      _MELDPUNT) == "academiejaar 2023-2024"


def test_a_body_named_by_its_region_and_kind_is_an_organisation():
    from polkb.answer.types import Clues
    from polkb.answer.types.actors import extract_organisations

    q = parse_question("Welke twee organisaties werken samen in het Vlaams Meldpunt grensoverschrijdend gedrag?")
    got = extract_organisations(q, _date_unit(_MELDPUNT), Clues([], lambda a, b: a == b, frozenset()))
    assert got and {"Vlaams Mensenrechteninstituut", "Agentschap Justitie en Handhaving"} <= set(got[0].items)


def test_a_body_no_vocabulary_knows_is_named_whole():
    """"de door de minister bij besluit van 2 mei 2000 ingestelde Commissie Politie en Wetenschap" (the 2000
    regulation on the police research programme): the whole name, not "Commissie Politie"; "de Raad van State
    en de Commissie …" are two bodies."""
    from polkb.answer.types import Clues
    from polkb.answer.types.actors import extract_organisations

    q = parse_question("Welke commissie stelde de minister op 2 mei 2000 in voor het onderzoeksprogramma politie?")
    text = "de CPW: de door de minister bij besluit van 2 mei 2000 ingestelde Commissie Politie en Wetenschap;"
    got = extract_organisations(q, _date_unit(text), Clues([], lambda a, b: a == b, frozenset()))
    assert [c.text for c in got] == ["Commissie Politie en Wetenschap"]
    text = "Het advies van de Raad van State en de Commissie Onderwijs en Wetenschap is gevraagd."
    got = extract_organisations(q, _date_unit(text), Clues([], lambda a, b: a == b, frozenset()))
    assert "Raad van State en de Commissie Onderwijs en Wetenschap" not in " | ".join(c.text for c in got)


def test_a_person_who_replaces_her_is_read_with_the_sentence_before():
    # s13, the Flemish decision on the Raad's chairs: the role stands in the sentence "haar" points to
    from types import SimpleNamespace

    from polkb.answer.evidence import units_of_passage
    from polkb.answer.types import Clues
    from polkb.answer.types.actors import extract_actor

    text = "Aan Karla Van Lint wordt eervol ontslag verleend als plaatsvervangend voorzitter. Elsbeth Loncke vervangt haar."
    unit = units_of_passage(SimpleNamespace(heading="", title="", text=text, passage_id="p", doc_id="d"), 0)[-1]
    assert unit.refers and unit.before.startswith("Aan Karla Van Lint")
    q = parse_question("Wie vervangt Karla Van Lint als plaatsvervangend voorzitter van de Raad?")
    got = extract_actor(q, unit, Clues([], lambda a, b: a == b, frozenset()))
    assert [c.text for c in got] == ["Elsbeth Loncke"]


def test_another_academic_year_does_not_answer(s14_kb):
    # the Regeling financiën hoger onderwijs gives the fee for 2015–2016 only
    assert not s14_kb.ask("What was the full statutory tuition fee (wettelijk collegegeld) for the 2016-2017 "
                          "academic year?").found
    a = s14_kb.ask("Hoe hoog was het volledig wettelijk collegegeld voor het studiejaar 2015-2016?")
    assert a.answer and "1.951" in a.answer


def test_a_count_said_as_a_part_of_a_whole_keeps_the_whole():
    # s14, answers on dog-bite incidents: "(50 van de 342 gemeenten)" — 342 is all of them
    from polkb.answer.types import Clues
    from polkb.answer.types.figures import extract

    text = ("Is het juist dat door minder dan 15 procent van de Nederlandse gemeenten (50 van de 342 gemeenten) "
            "bijtincidenten worden gerapporteerd aan het Landelijk Honden Dossier?")
    q = parse_question("Hoeveel gemeenten melden bijtincidenten aan het Landelijk Honden Dossier?")
    got = extract(q, _date_unit(text), Clues([(text.index("bijtincidenten"), 1.0, 0)], lambda a, b: a[:5] == b[:5],
                                             frozenset()))
    assert [c.text for c in got] == ["50 van de 342 gemeenten"]


@pytest.mark.parametrize("text, items", [
    ("In de maanden november, december, januari en februari vermelden we geen thermiek.",
     ["november", "december", "januari", "februari"]),                         # s14, KNMI work instruction
    ("De maanden waren lang, koud en nat.", []),                                 # a verb follows the noun
    ("In de brief worden de maanden besproken, waarna Mei, Juni en Juli.", []),  # not written alike
    ("In de brief worden de maanden besproken, te weten Mei, Juni en Juli.",      # announced: written as they are
     ["Mei", "Juni", "Juli"]),
])
def test_the_members_right_after_the_class_noun_are_a_list(text, items):
    from polkb.answer.types import Clues
    from polkb.answer.types.lists import extract_list

    q = parse_question("In welke maanden wordt in het weerbulletin voor de luchtvaart geen thermiek vermeld?")
    got = extract_list(q, _date_unit(text), Clues([], lambda a, b: a[:5] == b[:5], frozenset()))
    assert (got[0].items if got else []) == items


@pytest.mark.parametrize("question, text, items", [
    # s12, the KNAW evaluation committee's instellingsbesluit: "namelijk" announces the members
    ("Welke rollen van de KNAW moest de commissie bekijken?",
     "Voor de evaluatie van de KNAW als actor in het Nederlandse wetenschapsbestel is het tevens belangrijk de drie "
     "rollen te bezien die de KNAW zelf onderscheidt (Strategisch Plan 2010–2015; uit 2010), namelijk die van "
     "Genootschap, adviseur en organisatie verantwoordelijk voor de KNAW-instituten.",
     ["Genootschap", "adviseur", "organisatie verantwoordelijk voor de KNAW-instituten"]),
    # s34, the 2018 annual report of the Flemish council for study-progress disputes: "met name uit"
    ("Uit welke landen kwamen de verzoekers?",
     "De 6 verzoekers kwamen uit 6 verschillende landen, met name uit Egypte, Chili, Nederland, Mali, het Verenigd "
     "Koninkrijk en Oekraïne.",
     ["Egypte", "Chili", "Nederland", "Mali", "het Verenigd Koninkrijk", "Oekraïne"]),
    # s37, the coalition agreement 2021-2025: the members are the subject, the class noun the predicate
    ("Welke normen worden de standaard in de wetenschap?",
     "We stellen kaders vast voor de wetenschappelijke samenwerking met onvrije landen. ‘Open science’ en ‘open "
     "education’ worden de normen, mits de nationale veiligheid hierbij niet in het geding komt.",
     ["Open science", "open education"]),
    # a sentence that names the class noun but lists nothing
    ("Welke normen worden de standaard in de wetenschap?",
     "Zij zijn de normen van de wetenschap, namelijk sinds 2020.", []),
])
def test_a_list_announced_after_its_class_noun_or_said_to_be_it(question, text, items):
    from polkb.answer.types import Clues
    from polkb.answer.types.lists import extract_list

    got = extract_list(parse_question(question), _date_unit(text), Clues([], lambda a, b: a[:5] == b[:5], frozenset()))
    assert (got[0].items if got else []) == items


def test_an_abbreviation_inside_a_name_is_found_by_its_long_form(tmp_path):
    # s13: the decision says "de Vlaamse Hogescholenraad voor het project 'Kennisdiffusie'"; the
    # question calls it "het VLHORA-project Kennisdiffusie"
    from polkb.kb import KnowledgeBase

    with KnowledgeBase(tmp_path / "index") as s13:
        s13.ingest(_bench_documents("corpus-s13"))
        a = s13.ask("Welke instrumenten bundelt het VLHORA-project Kennisdiffusie?")
        assert a.answer and "Blikopener" in a.answer and cited(a, "vlaamse-regering-beslissing-vlhora-subsidie-kennisdiffusie")


def test_a_country_adjective_is_no_name_the_evidence_must_hold():
    from polkb.answer.abstain import real_names

    assert real_names(["Oekraïens", "Turkse", "Amarantis", "Groningen"]) == ["Amarantis", "Groningen"]
    # "een gezamenlijke Nederlands-Duitse studierichting" (the 1992 agreement with North Rhine-Westphalia, which
    # says "Nederlandse" and "Noordrijn-Westfalen") and "Belgisch" say of where too; "Noordrijn-Westfalen" names it
    assert real_names(["Nederlands-Duitse", "Belgisch", "Belgisch-Nederlandse", "Noordrijn-Westfalen"]) == ["Noordrijn-Westfalen"]


def test_a_region_or_province_is_a_name_the_evidence_must_hold(tmp_path):
    # "Twente" is also a word of the word list; as a region the answer must name it. The VWS answer
    # on swimming lessons gives public pools per 25,000 inhabitants for Zuid-Limburg, IJsselland and
    # Zeeland, not for Twente
    from polkb.answer.abstain import real_names
    from polkb.kb import KnowledgeBase

    assert real_names(["Twente", "Zeeland", "Achterhoek"]) == ["Twente", "Zeeland", "Achterhoek"]
    with KnowledgeBase(tmp_path / "index") as kb:
        kb.ingest([BENCH / "corpus-s22" / "tk-kamervragen-2024-vws-btw-verhoging-zwemlessen-filler.txt"])
        assert not kb.ask("Hoeveel openbare zwembaden per 25.000 inwoners heeft de regio Twente?").found
        assert kb.ask("Hoeveel openbare zwembaden per 25.000 inwoners heeft Zuid-Limburg?").found


def test_a_conclusion_is_answered_by_the_ground_before_it():
    from polkb.answer.types import Clues
    from polkb.answer.types.reason import extract_reason

    q = parse_question("Waarom werd het beroep van de arts niet ontvankelijk verklaard?")
    unit = _date_unit("Het beroep, geregistreerd op 7 januari 2020, is laattijdig en derhalve niet ontvankelijk.")
    got = extract_reason(q, unit, Clues([], lambda a, b: a[:6] == b[:6], frozenset()))
    assert [c.text for c in got] == ["Het beroep, geregistreerd op 7 januari 2020, is laattijdig"]


def test_an_explanation_the_text_offers_is_a_reason():
    from polkb.answer.types import Clues
    from polkb.answer.types.reason import extract_reason

    # bench/corpus-s33, the Raad's 2017 annual report: "een mogelijke verklaring" states why
    q = parse_question("Waarom zijn er mogelijk minder leerkredietverzoeken tegen hogescholen dan tegen universiteiten?")
    unit = _date_unit("Een eerste mogelijke verklaring kan zijn dat de professionele bacheloropleidingen korter zijn dan "
                      "universitaire opleidingen, die immers bestaan uit een bachelor en een master.")
    got = extract_reason(q, unit, Clues([], lambda a, b: a[:6] == b[:6], frozenset()))
    assert got and "korter" in got[0].text, got


def test_a_ruling_a_case_number_identifies_is_read_whole(tmp_path):
    # s12: the Raad's 2020 rulings on foreign diplomas; the ruling in case 2020/007 ends where
    # "Arrest nr. 5.833 … in de zaak 2020/130" opens the next, and its passage that answers names
    # neither the doctor nor the Ukrainian diploma the question describes it by
    from polkb.kb import KnowledgeBase

    pdf = (BENCH / "corpus-s12" /
           "vl-raad-studievoortgangsbetwistingen-uitspraken-2020-gelijkwaardigheid-buitenlandse-diplomas.pdf")
    with KnowledgeBase(tmp_path / "index") as one:
        one.ingest([pdf])
        a = one.ask("Waarom werd het beroep van de arts met een Oekraïens diploma (rolnummer 2020/007) niet "
                    "ontvankelijk verklaard?")
        assert a.answer and "laattijdig" in a.answer


def test_who_presided_is_answered_by_a_person_not_by_the_court():
    from polkb.answer.types import Clues
    from polkb.answer.types.actors import extract_actor

    q = parse_question("Who presided over the chamber that issued ruling no. 8.224 on a study progress dispute?")
    assert q.holds_role
    unit = _date_unit("Arrest nr. 8.224 van de Raad voor betwistingen inzake studievoortgangsbeslissingen.")
    assert not extract_actor(q, unit, Clues([], lambda a, b: a == b, frozenset()))


@pytest.fixture(scope="module")
def instellingsbesluiten(tmp_path_factory):
    """The Markdown instellingsbesluiten and regulations of bench/corpus-s12: bodies set up by
    decree, each with a task article and a list of members."""
    yield from _bench_index(tmp_path_factory, "s12-md", sorted((BENCH / "corpus-s12").glob("nl-*.md")))


@pytest.mark.parametrize("question, chair, src", [
    # the question describes the body as its task article does; the member list that names the
    # chair ("a. dhr. dr. J.W.A. van Dijk, tevens voorzitter;") says nothing of pilots or advice
    ("Wie werd benoemd tot voorzitter van de commissie die adviseert over pilots met Associate-degreeprogramma's?",
     "van Dijk", "nl-ocw-instellingsbesluit-commissie-associate-degree"),
    # "medevoorzitter" is a voorzitter: a compound's head is its last word
    ("Who co-chairs the Cyber Security Council on behalf of the business community?",
     "Blok", "nl-venj-instellingsbesluit-cyber-security-raad"),
])
def test_who_chairs_a_body_is_read_from_its_member_list(instellingsbesluiten, question, chair, src):
    a = instellingsbesluiten.ask(question)
    assert a.answer and chair in a.answer and cited(a, src)


@pytest.fixture(scope="module")
def royal_decrees(tmp_path_factory):
    """Three royal decrees of bench/corpus-s16, each signed by the King, one or two ministers and,
    under the date it was issued, the Minister of Justice (the Academisch Statuut's signatures
    stand before a long table of contents), with two texts of the IB-Groep and OCW signed once:
    the CROHO 2003-2004 notice and the 2009 rule on DUO's check of students living away from home."""
    names = ("nl-academisch-statuut-1988.md", "nl-besluit-studiefinanciering-2000.md",
             "nl-besluit-tijdstip-artikel-18-76-whw-2014.md", "nl-ocw-publicatie-croho-2003-2004.md",
             "nl-ocw-beleidsregel-controlebeleid-duo-uitwonende-studenten-2009.md")
    yield from _bench_index(tmp_path_factory, "s16-kb", [BENCH / "corpus-s16" / n for n in names])


@pytest.mark.parametrize("text, iso", [
    # bench/corpus-s16: royal decrees date their publication with the day in words
    ("De Minister van Onderwijs, Cultuur en Wetenschap, M. Bussemaker de dertiende november 2014", "2014-11-13"),
    ("G. Zalm de tweeëntwintigste augustus 2000 De Minister van Justitie", "2000-08-22"),
    ("W. J. Deetman de derde maart 1988", "1988-03-03"),
    ("de eenendertigste december 2015", "2015-12-31"),
])
def test_a_date_with_its_day_in_words_is_a_date(text, iso):
    from polkb.answer.types.dates import DATE, iso_date

    m = DATE.search(text)
    assert m and iso_date(m.group()) == iso


def test_an_ordinal_that_is_no_day_makes_no_date():
    from polkb.answer.types.dates import DATE

    assert not DATE.search("het eerste lid van artikel 2014") and not DATE.search("de tweede helft van 2023")


def test_a_date_is_given_to_the_day_where_the_text_says_it(royal_decrees):
    # "reeds voor september 2004" and "op of na 1 september 2004" say the same start; the second exactly
    a = royal_decrees.ask("Sinds wanneer controleert DUO of nieuwe studenten echt uitwonend zijn?")
    assert a.answer and "1 september 2004" in a.answer


@pytest.mark.parametrize("question", [
    "On what date did the minister answer MP Teunissen's questions about police dogs?",
    "When did the minister answer Kamerlid Teunissen's questions?",
])
def test_whose_questions_were_answered_asks_the_written_questions_record(question):
    q = parse_question(question)
    assert (q.type, q.doc_kind, q.doc_fact) == ("date", "written_question", "date")


@pytest.mark.parametrize("question, kind", [
    # a phrase that says where to look comes before the question word
    ("Under the Besluit studiefinanciering 2000, how long must alimony have been uncollectable?", "duration"),
    ("Volgens de beleidsregel van 2009, hoeveel adressen vergelijkt DUO?", "count"),
    ("According to the decree, when did the taskforce start?", "date"),
    # … with a preposition or a limit before the question word
    ("Under the 1992 law amending the Wet op de Open Universiteit, within how long after entry into force must the "
     "minister ensure a new bestuursraad?", "duration"),
    ("Under the Besluit studiefinanciering BES, at most how many months before the start of the academic year can "
     "the advance be paid out?", "duration"),
    ("Under the Randstad salary-mix regulation, below how many students does an mbo board count all its students?", "count"),
    ("Once DUO finds that a student's address differs from the parents' address, how long is further checking dropped?",
     "duration"),
    # the days on which something happened are counted, they are no span of time
    ("According to its 2017 annual report, on how many days did the council sit in 2017?", "count"),
    ("Op hoeveel dagen per jaar mogen particulieren vuurwerk kopen?", "count"),
    ("Hoeveel dagen duurt de bezwaartermijn?", "duration"),
    # "when may …" asks in which case it is allowed, not a date
    ("When may an institution end a student's enrolment during the first year?", "condition"),
    ("Wanneer mag de instelling een student afwijzen?", "condition"),
])
def test_the_question_word_after_a_leading_phrase_types_the_question(question, kind):
    assert parse_question(question).type == kind


def test_a_count_may_be_said_after_its_noun():
    from polkb.answer.types import Clues
    from polkb.answer.types.figures import extract

    # bench/corpus-s16, the 1988 decree on NWO's board: no number stands before "bestuursleden"
    text = ("het aantal bestuursleden van de Nederlandse Organisatie voor Wetenschappelijk Onderzoek (NWO) "
            "vast te stellen op 5.")
    q = parse_question("Hoeveel bestuursleden heeft NWO volgens het besluit?")
    anchors = [text.index("bestuursleden")]
    cands = extract(q, _date_unit(text), Clues(anchors, lambda a, b: a.lower()[:7] == b.lower()[:7], frozenset()))
    assert [c.text for c in cands] == ["5 bestuursleden"]
    # "artikel 5" or a share is no count
    text = "het aantal bestuursleden is 5 procent hoger dan in artikel 12"
    assert not extract(q, _date_unit(text), Clues([4], lambda a, b: a.lower()[:7] == b.lower()[:7], frozenset()))


def test_a_count_in_a_relative_clause_is_read_before_its_verb():
    from polkb.answer.types import Clues
    from polkb.answer.types.figures import extract

    same = Clues([0], lambda a, b: a.lower()[:7] == b.lower()[:7], frozenset())
    # bench/corpus-s44, the 1982 act on training schools: the clause puts "bedraagt" after the number
    text = "e. te komen tot een aantal opleidingsscholen voor leraren basisonderwijs, dat ten hoogste 67 bedraagt."
    q = parse_question("Hoeveel opleidingsscholen mocht het overgangsplan hoogstens opleveren?")
    assert [c.text for c in extract(q, _date_unit(text), same)] == ["67 opleidingsscholen"]
    # (the number counts the noun it is said of, not another one the question asks for)
    assert not extract(parse_question("Hoeveel studenten mocht het overgangsplan hoogstens opleveren?"), _date_unit(text), same)


def test_a_count_reached_or_a_part_of_a_count_is_read_with_its_noun():
    from polkb.answer.types import Clues
    from polkb.answer.types.figures import extract

    same = Clues([0], lambda a, b: a.lower()[:7] == b.lower()[:7], frozenset())
    # bench/corpus-extra, the Raad's 2022 annual report: "waarvan 78" counts the judgments before it
    text = "Per kamer vertegenwoordigt dit een gemiddelde output van 302 arresten, waarvan 78 in studievoortgangsgeschillen."
    q = parse_question("Hoeveel arresten per kamer gingen over studievoortgangsgeschillen?")
    assert "78 arresten" in [c.text for c in extract(q, _date_unit(text), same)]
    # the level a count rose to, its noun after an adjective; a date ("op 1 oktober") or the top of a
    # range ("270 tot 540") is none
    text = "Het aantal internationale studenten steeg in 2023 tot 45.000, tegen 40.000 een jaar eerder."
    q = parse_question("Hoeveel internationale studenten waren er in 2023?")
    assert "45.000 studenten" in [c.text for c in extract(q, _date_unit(text), same)]
    # (nl-besluit-experiment-bindend-studieadvies: "het aantal studenten dat op 1 oktober 2012 was ingeschreven")
    text = "het aantal studenten dat op 1 oktober 2012 was ingeschreven"
    assert not extract(q, _date_unit(text), same)
    text = "aantal minuten dat onderwijs wordt gevolgd | 270 tot 540 | € 208,81"
    q = parse_question("Hoeveel minuten onderwijs per week?")
    assert not [c for c in extract(q, _date_unit(text), same) if c.text.startswith("540")]


@pytest.mark.parametrize("text, question, answer", [
    # bench/corpus-s33, the Flemish decision on capacity funds for school buildings 2022-2024: parallel parts, each
    # figure with its own group after it, or before it in brackets
    ("Met deze inspanning wordt gestreefd naar 2.000 extra plaatsen binnen het basisonderwijs, 11.000 extra plaatsen "
     "binnen het secundair onderwijs en 1.800 extra plaatsen binnen het buitengewoon onderwijs.",
     "Hoeveel extra plaatsen in het secundair onderwijs worden nagestreefd?", "11.000"),
    ("Met deze inspanning wordt gestreefd naar 2.000 extra plaatsen binnen het basisonderwijs, 11.000 extra plaatsen "
     "binnen het secundair onderwijs en 1.800 extra plaatsen binnen het buitengewoon onderwijs.",
     "Hoeveel extra plaatsen in het basisonderwijs worden nagestreefd?", "2.000"),
    ("In dit kader hecht de Vlaamse Regering haar goedkeuring aan het voorstel van geografische verdeling om via nieuwe "
     "capaciteitsprojecten extra plaatsen te voorzien in het gewoon basisonderwijs (25 miljoen euro) en het gewoon "
     "secundair onderwijs (130 miljoen euro).",
     "Hoeveel geld gaat via nieuwe capaciteitsprojecten naar extra plaatsen in het gewoon secundair onderwijs?", "130"),
])
def test_of_figures_side_by_side_the_one_of_the_group_asked_answers(text, question, answer):
    from polkb.answer.types import Clues
    from polkb.answer.types.figures import extract

    q = parse_question(question)
    asked = [w.lower() for w in re.findall(r"\w+", question) if len(w) > 3]

    def same(a, b):
        a, b = a.lower(), b.lower()
        return a[:6] == b[:6] or a.endswith(b) or b.endswith(a)
    anchors = [(m.start(), 1.0, next(i for i, w in enumerate(asked) if same(w, m.group())))
               for m in re.finditer(r"[\w-]+", text) if any(same(w, m.group()) for w in asked)]
    best = max(extract(q, _date_unit(text), Clues(anchors, same, frozenset(asked))), key=lambda c: c.score)
    assert best.text.startswith(answer), best.text


def test_a_count_of_things_said_to_be_what_is_asked_answers():
    from polkb.answer.types import Clues
    from polkb.answer.types.figures import extract

    # bench/corpus-s33, the Raad's 2020 annual report: the 20 "dossiers" are appeals ("betroffen beroepen")
    text = ("De overige 20 dossiers die in 2020 werden geregistreerd, betroffen beroepen tegen beslissingen van "
            "AHOVOKS.")
    same = Clues([text.index("beroepen")], lambda a, b: a.lower()[:6] == b.lower()[:6], frozenset())
    q = parse_question("Hoeveel beroepen tegen beslissingen van AHOVOKS werden in 2020 geregistreerd?")
    assert [c.text for c in extract(q, _date_unit(text), same)] == ["20 dossiers"]
    # a count of other things that are not said to be them is still no answer (a count of "dossiers" is one of
    # appeals by data/counted_alike.txt; sessions are not)
    text = "In 2020 werden 14 zittingen gehouden, tegenover 12 zittingen in 2019."
    assert not extract(q, _date_unit(text), same)


def test_a_count_asked_per_day_is_the_one_said_per_day():
    from polkb.answer.types import Clues
    from polkb.answer.types.figures import extract

    # bench/corpus-s33, the El Yassini motion: the daily figure, not the total it adds up to
    text = ("constaterende dat er sinds het commissiedebat gemiddeld 8.600 aanvallen per dag hebben plaatsgevonden, "
            "wat neerkomt op zo'n 3,6 miljoen cyberaanvallen;")
    q = parse_question("Hoeveel cyberaanvallen per dag vonden er gemiddeld plaats?")
    same = Clues([text.index("cyberaanvallen")],
                 lambda a, b: a.lower()[:6] == b.lower()[:6] or a.lower().endswith(b.lower()[-6:]), frozenset())
    best = max(extract(q, _date_unit(text), same), key=lambda c: c.score)
    assert "8.600" in best.text, best.text


def test_a_document_of_another_academic_year_does_not_answer(royal_decrees):
    # "Publicatie CROHO 2003 - 2004" gives the price of a standard delivery (€ 136,13) without
    # repeating its year: asked for the CROHO of 2004-2005, it is no answer; for 2003-2004 it is
    assert not royal_decrees.ask("Hoeveel kostte een standaardlevering van het CROHO 2004-2005?").found
    a = royal_decrees.ask("Hoeveel kostte een standaardlevering van het CROHO 2003-2004?")
    assert a.answer and "136,13" in a.answer


def test_a_report_of_another_year_does_not_answer_for_the_year_asked(tmp_path):
    # the Raad voor betwistingen's annual reports (bench/corpus-s31, bench/corpus-extra) give each
    # year's figures without repeating the year; next year's report looks back at the year asked.
    # Its sentence that names no year speaks of its own year, not of the one asked.
    with _index_of_texts(tmp_path, {
        "vl-raad-studievoortgangsbetwistingen-jaarverslag-2016.txt":
            "Raad voor betwistingen inzake studievoortgangsbeslissingen: Verslag over de werkzaamheden 2016\n\n"
            "In het werkjaar 2016 heeft de Raad 699 verzoekschriften ontvangen en geregistreerd. "
            "Daarnaast werd in 479 dossiers een uitspraak gedaan over de aanvraag van een student om leerkrediet "
            "terug te krijgen omwille van overmacht.\n",
        "vl-raad-studievoortgangsbetwistingen-jaarverslag-2017.txt":
            "Raad voor betwistingen inzake studievoortgangsbeslissingen: Verslag over de werkzaamheden 2017\n\n"
            "Het zijn er meer dan in het werkjaar 2016. Daarnaast werd in 512 dossiers een "
            "uitspraak gedaan over de aanvraag van een student om leerkrediet terug te krijgen omwille van "
            "overmacht en leerkrediet.\n"}) as kb:
        a = kb.ask("In hoeveel dossiers werd in 2016 uitspraak gedaan over leerkrediet wegens overmacht?")
        assert a.answer and "479" in a.answer and a.citations[0].path.endswith("2016.txt")


def test_a_question_that_names_its_report_is_answered_from_that_report(tmp_path):
    # bench/corpus-s33 and the Raad's later reports repeat the same sentence; "(jaarverslag 2020)" names the source
    sentence = ("Ten slotte werd bij decreet van 17 juli 2020 een procedure voor studenten ingevoerd om leerkrediet "
                "terug te vorderen dat werd verloren wegens overmacht door corona.")
    with _index_of_texts(tmp_path, {
            f"raad-{year}.txt": f"Raad voor Betwistingen inzake Studievoortgangsbeslissingen: Jaarverslag {year}\n\n{sentence}{more}\n"
            for year, more in ((2020, ""), (2021, " Deze procedure werd in 2021 verlengd."))}) as kb:
        for question in ("Bij decreet van welke datum werd de procedure voor corona-leerkrediet ingevoerd (jaarverslag 2020)?",
                         "According to the 2020 annual report, on what date was the decree introducing the procedure "
                         "to recover learning credit lost to corona?"):
            a = kb.ask(question)
            assert a.answer and "17 juli 2020" in a.answer, a.answer
            assert a.citations[0].path.endswith("raad-2020.txt"), a.citations[0].path
        a = kb.ask("Bij decreet van welke datum werd de procedure voor corona-leerkrediet ingevoerd (jaarverslag 2021)?")
        assert a.citations[0].path.endswith("raad-2021.txt"), a.citations[0].path


def test_who_signed_a_foreword_and_when(tmp_path):
    from polkb.kb import KnowledgeBase

    # bench/corpus-s33, the Raad's 2017 annual report: the foreword ends with its signer's name, function and date,
    # on lines of their own, which a page break moves to the start of the next part
    (tmp_path / "raad-jaarverslag-2017.md").write_text(
        "# Raad voor Betwistingen inzake Studievoortgangsbeslissingen: Jaarverslag 2017\n\n## Voorwoord\n\n"
        "Voor u ligt het jaarverslag van 2017, het dertiende werkingsjaar van de Raad voor Betwistingen inzake "
        "Studievoortgangsbeslissingen. De arresten van de Raad zijn thans raadpleegbaar op de website.\n\n"
        "## Organisatie en beleid\n\nJim Deridder\n\nVoorzitter\n\n15 juni 2018\n\n"
        "De Raad werd opgericht in 2004 en behandelt beroepen tegen studievoortgangsbeslissingen.\n", encoding="utf-8")
    with KnowledgeBase(tmp_path / "index") as kb:
        kb.ingest([tmp_path / "raad-jaarverslag-2017.md"])
        a = kb.ask("Wie ondertekende het voorwoord van het jaarverslag 2017 van de Raad?")
        assert a.answer == "Jim Deridder", a.answer
        a = kb.ask("On what date was the foreword of the 2017 annual report of the council signed?")
        assert a.answer and a.answer.startswith("15 juni 2018"), a.answer


def test_a_country_the_question_names_must_stand_in_the_evidence(tmp_path):
    from polkb.kb import KnowledgeBase

    # bench/corpus-s33, the Mutluer motion on children hit by the 2023 earthquakes in Turkey and Syria: "Libanon" is a
    # frequent word and "Lebanon" a word the glossary translates, yet both name a country the motion does not
    with KnowledgeBase(tmp_path / "index") as kb:
        kb.ingest([BENCH / "corpus-s33" / "tk-motie-2023-mutluer-psychosociale-hulp-kinderen-aardbevingen.txt"])
        assert not kb.ask("Hoeveel kinderen in Libanon werden getroffen door de aardbevingen, volgens de motie?").found
        assert not kb.ask("How many children in Lebanon were affected by the earthquakes, according to the motion?").found
        a = kb.ask("How many children in Turkey and Syria were affected by the earthquakes, according to the motion?")
        assert a.answer and "7 miljoen" in a.answer, a.answer


def test_a_numbered_lead_in_after_a_list_starts_a_list_of_its_own():
    from types import SimpleNamespace

    from polkb.answer.evidence import units_of_passage

    # bench/corpus-s16, the taskforce's instellingsbesluit: the chair's list ends where the members' begins
    text = ("Leden\n\n1. Tot voorzitter van de taskforce wordt benoemd:\n\nmevrouw drs. J.J.N. Baljeu, te Rotterdam\n\n"
            "2. Als leden van de taskforce worden benoemd:\n\nDe heer drs. J.H. Schutte, te Wageningen\n\n"
            "De heer mr. drs. J.B. Dijkstra, te Heemstede")
    hit = SimpleNamespace(text=text, heading="", title="", passage_id="x-0001", doc_id="x", score=1.0, page=None)
    items = {u.text: u.lead for u in units_of_passage(hit, 0) if u.kind == "item"}
    assert items["mevrouw drs. J.J.N. Baljeu, te Rotterdam"].startswith("1. Tot voorzitter")
    assert items["De heer drs. J.H. Schutte, te Wageningen"].startswith("2. Als leden")
    assert "2. Als leden van de taskforce worden benoemd:" not in items


def test_who_holds_a_function_is_answered_by_the_function_named():
    from polkb.answer.types import Clues
    from polkb.answer.types.actors import extract_actor

    # bench/corpus-s16, answers on the police environment manifesto: no person is named, the function is
    text = ("Zoals ik eerder richting uw Kamer heb aangegeven is de burgemeester het bevoegd gezag bij "
            "demonstraties en bepaalt deze in de lokale driehoek met politie en het OM het optreden.")
    q = parse_question("Wie is volgens de minister het bevoegd gezag bij demonstraties?")
    assert q.noun != "minister" and not q.holds_role  # "volgens de minister" says who answers, not what is asked
    anchors = [text.index("bevoegd"), text.index("demonstraties")]
    cands = extract_actor(q, _date_unit(text), Clues(anchors, lambda a, b: a.lower() == b.lower(), frozenset()))
    assert max(cands, key=lambda c: c.score).text == "de burgemeester"
    # "De politiehond is door een andere agent neergeschoten": an agent by its function
    text = "De politiehond is door een andere agent neergeschoten en niet door de hondengeleider."
    q = parse_question("Wie schoot de politiehond neer?")
    cands = extract_actor(q, _date_unit(text), Clues([text.index("neergeschoten")], lambda a, b: a == b, frozenset()))
    assert "een andere agent" in [c.text for c in cands]


@pytest.mark.parametrize("text, name", [
    # bench/corpus-s16: "Bovendien is van belang dat milieucriminaliteit is opgenomen in de Veiligheidsagenda 2023-2026."
    ("Bovendien is van belang dat milieucriminaliteit is opgenomen in de Veiligheidsagenda 2023-2026.", "Veiligheidsagenda 2023-2026"),
    ("De KNAW werkt volgens haar Strategisch Plan 2010–2015 aan drie rollen.", "Strategisch Plan 2010–2015"),
])
def test_the_years_after_a_name_belong_to_it(text, name):
    from polkb.answer.types import Clues
    from polkb.answer.types.names import extract_name

    q = parse_question(f"In welk {'plan' if 'Plan' in name else 'agenda'} staat het?")
    anchors = [text.index(name.split()[0])]
    cands = extract_name(q, _date_unit(text), Clues(anchors, lambda a, b: b.lower().endswith(a.lower()), frozenset()))
    assert name in [c.text for c in cands]


@pytest.fixture(scope="module")
def oer_kb(tmp_path_factory):
    """The examination rules of Universiteit Antwerpen and UHasselt (bench/corpus-extra)."""
    yield from _bench_index(tmp_path_factory, "oer", [BENCH / "corpus-extra" / n for n in (
        "uantwerpen-oer-onderwijs-en-examenreglement-2023-2024.pdf",
        "uhasselt-oer-onderwijs-en-examenreglement-2023-2024.pdf")])


def test_a_weak_typed_span_is_no_answer(oer_kb):
    """Article 10.4 of the Antwerp rules keeps exam copies "ten minste één jaar", and five years
    when the student appeals. A span of the asked type from a sentence that covers little of the
    question (the one year asked about an appeal) is a guess: no answer, and the explanation says
    why. The plain question gets the one year, whether it says "bewaard" as the article does or
    "bewaart" (a verb form the analyzer stems as the article's)."""
    a = oer_kb.ask("Hoe lang moeten examenkopijen aan de Universiteit Antwerpen bewaard blijven wanneer "
                   "de student in beroep is gegaan?")
    assert not a.found or "één jaar" not in a.answer
    assert any("no answer" in line for line in a.explanation)
    for question in ("Hoe lang worden examenkopijen aan de Universiteit Antwerpen bewaard?",
                     "Hoe lang bewaart de Universiteit Antwerpen examenkopijen?"):
        plain = oer_kb.ask(question)
        assert "één jaar" in plain.answer and plain.confidence >= 0.5


def test_the_explanation_names_the_question_words_a_unit_lacks(oer_kb):
    """A reader who asks why polkb did not answer sees which of the question's words the units it
    read do not hold: the article on exam copies is read without the university's name, and says
    nothing of a student who "is gegaan"."""
    a = oer_kb.ask("Hoe lang moeten examenkopijen aan de Universiteit Antwerpen bewaard blijven wanneer "
                   "de student in beroep is gegaan?")
    units = [line for line in a.explanation if line.startswith("unit ") and "examenkopij" in line]
    assert units and all("lacks" in line and "'Antwerpen'" in line and "'gegaan'" in line for line in units)


@pytest.fixture(scope="module")
def s20_kb(tmp_path_factory):
    """One index of four documents of bench/corpus-s20 (provenance in its SOURCES.md): the 1984
    transitional arrangement for university research staff, the 2012-2016 scheme anchoring the
    academic teacher-training school, the 2011 regulation taking over civil servants' study debt in
    the Caribbean Netherlands, and a June 2025 accessibility audit of a VWS website (a filler PDF)."""
    yield from _bench_index(tmp_path_factory, "s20", [BENCH / "corpus-s20" / name for name in (
        "nl-besluit-overgangsregeling-universitair-wetenschappelijk-personeel-1984.md",
        "nl-ocw-regeling-verankering-academische-opleidingsschool-2012-2016.md",
        "nl-bzk-regeling-overname-studieschuld-bes-2011.md",
        "nl-vws-wcag-onderzoek-website-open-ministerie-vws-2025-filler.pdf")])


def test_a_staff_function_by_its_abbreviation_is_named_in_the_text(s20_kb):
    # the question says "UD-functie", the decree "een functie van universitair docent": the
    # vocabulary knows the universities' function abbreviations, so the name check holds
    a = s20_kb.ask("Na hoeveel jaar werkervaring werd een wetenschappelijk ambtenaar in 1984 in een UD-functie geplaatst?")
    assert a.found and "4 jaren" in a.answer
    assert not any("a name missing" in line for line in a.explanation)


def test_the_definition_of_the_term_as_asked_not_of_its_head(s20_kb):
    # article 1 defines "g. opleidingsschool" and "h. academische opleidingsschool"; h names the
    # earlier "Regeling verdiepingsslag academische opleidingsschool 2009–2011", whose years are a
    # title's, not the time h speaks of, so a question about the 2012-2016 scheme still reads it
    a = s20_kb.ask("Wat verstaat de verankeringsregeling 2012–2016 onder een academische opleidingsschool?")
    assert a.answer.startswith("h. academische opleidingsschool") and "praktijkgericht onderzoek" in a.answer


@pytest.mark.parametrize("text, years", [
    ("gesubsidieerd op grond van de Regeling verdiepingsslag academische opleidingsschool 2009–2011.", set()),
    ("Het Strategisch Plan 2010-2015 loopt af; de middelen voor 2016 volgen.", {2016}),
    ("De Regeling werd in 2011 gewijzigd.", {2011}),
    ("In 2011 kende de Regeling 3 miljoen toe.", {2011}),
])
def test_the_years_a_sentence_speaks_of_leave_out_a_titles_years(text, years):
    from polkb.answer.reader import _own_years

    assert _own_years(text) == years


def test_a_rule_that_applies_retroactively_applies_from_that_date(s20_kb):
    # "treedt in werking met ingang van de dag na dagtekening … en werkt terug tot en met 1 januari
    # 2011": "werkt terug" is the question's "terugwerkende kracht", and a date of its being in force
    a = s20_kb.ask("Met terugwerkende kracht vanaf welke datum geldt de Regeling overname studieschuld BES?")
    assert "1 januari 2011" in a.answer
    assert parse_question("Since when does the rule apply retroactively?").role == "inwerkingtreding"


@pytest.mark.parametrize("question, role", [
    ("From what date do the provisions of the act on the advisory council for science, technology and innovation apply?",
     "inwerkingtreding"),
    ("Vanaf welke datum is de wet op de Adviesraad voor wetenschap, technologie en innovatie van toepassing?", "inwerkingtreding"),
    ("When did the university apply for the grant?", ""),
])
def test_the_day_a_rule_applies_from_is_the_day_it_took_effect(tmp_path_factory, question, role):
    """The AWTI act (bench/corpus-s11) says "Treedt in werking per 01-08-2014" above each article: the day its
    provisions apply from. Applying *for* something is asking for it, no rule's taking effect."""
    assert parse_question(question).role == role
    if role:
        for kb in _bench_index(tmp_path_factory, "s11-awti", [BENCH / "corpus-s11" / "nl-wet-adviesraad-wetenschap-technologie-innovatie-awti.md"]):
            assert kb.ask(question).answer.startswith("01-08-2014")


def test_how_many_of_the_things_counts_the_part_said_with_its_whole(s20_kb):
    # "Er wordt voldaan aan 47 van 56 succescriteria": "hoeveel van de succescriteria" counts the
    # criteria (not "van"), and the answer is the part with its whole, not the 56
    assert parse_question("Aan hoeveel van de succescriteria voldeed de website?").noun == "succescriteria"
    a = s20_kb.ask("Aan hoeveel van de WCAG-succescriteria voldeed de website Open Ministerie VWS in juni 2025?")
    assert "47 van 56" in a.answer


def test_the_questions_own_number_in_another_compound_is_not_the_answer(s20_kb):
    # "na de eerste drie dienstjaren" gives the three years; the regulation's answer is the
    # "ten minste twaalf maanden" the official must stay on after them
    from polkb.answer.types.figures import _said_in_question

    assert _said_in_question("drie jaren", "na de eerste drie dienstjaren") and not _said_in_question("twaalf maanden", "na de eerste drie dienstjaren")
    a = s20_kb.ask("Hoe lang moet een ambtenaar na de eerste drie dienstjaren nog in dienst blijven op Bonaire, "
                   "Sint Eustatius of Saba?")
    assert "twaalf maanden" in a.answer


@pytest.mark.parametrize("question", ["Wat was de deadline voor een aanvraag?", "Welke deadline geldt voor de aanvraag?",
                                      "What was the deadline for applying for the subsidy?"])
def test_a_question_for_the_deadline_asks_a_date_of_that_role(question):
    q = parse_question(question)
    assert (q.type, q.role) == ("date", "uiterlijk")


def test_the_deadline_of_a_scheme_is_its_closing_date(s20_kb):
    a = s20_kb.ask("Wat was de deadline voor een aanvraag onder de verankeringsregeling academische opleidingsschool?")
    assert "31 december 2011" in a.answer


@pytest.fixture(scope="module")
def s22_kb(tmp_path_factory):
    """One index of five documents of bench/corpus-s22 (provenance in its SOURCES.md): the 2015 policy
    rules of the Liberation Scholarship Program, the 1989 legal-status regulation for AIOs and
    akademie-onderzoekers at the government research institutes, the 2008 subsidy scheme for
    Akademie-assistenten, the 1991 decree amending the KNAW's regulations and the universities'
    archive selection document for 1945-1986 (~28k words)."""
    yield from _bench_index(tmp_path_factory, "s22", [BENCH / "corpus-s22" / name for name in (
        "nl-bz-beleidsregels-liberation-scholarship-program-2015.md",
        "nl-rechtspositieregeling-assistenten-in-opleiding-rijksonderzoekinstituten-1989.md",
        "nl-ocw-subsidieregeling-programma-akademie-assistenten-2008.md",
        "nl-besluit-wijziging-reglement-knaw-erkenning-onderzoekscholen-1991.md",
        "nl-basisselectiedocument-wetenschappelijk-onderwijs-wageningen-universiteit-1945-1986.md")])


def test_a_count_in_words_before_a_capitalised_adjective(s22_kb):
    # "Het Program beoogt zeventig Canadese studenten uit te nodigen": a number in words, and the
    # noun after an adjective of a country; the English question counts students, not "Canadees"
    for question in ("How many Canadian students was the Liberation Scholarship Program meant to bring to the Netherlands?",
                     "Hoeveel Canadese studenten wil het Liberation Scholarship Program naar Nederland halen?"):
        a = s22_kb.ask(question)
        assert a.found and "zeventig" in a.answer.lower(), question


def test_an_abbreviation_in_the_plural_is_named_by_its_long_form(s22_kb):
    # the question says "AIOs", the regulation "assistent in opleiding" throughout
    a = s22_kb.ask("Per welke datum trad de rechtspositieregeling voor AIOs bij de rijksonderzoekinstituten in werking?")
    assert a.found and "1 september 1989" in a.answer
    assert not any("a name missing" in line for line in a.explanation)


def test_the_class_of_organisation_asked_is_no_word_the_answer_must_say(s22_kb):
    # "Bij welke organisatie …": the article says "wordt ingediend bij de Koninklijke Nederlandse
    # Akademie van Wetenschappen"; with "organisatie" as a question word, an item about "de opzet
    # en organisatie van het voorstel" covered the question better and answered
    a = s22_kb.ask("Bij welke organisatie dienen universiteiten hun aanvraag voor het programma Akademie-assistenten in?")
    assert a.found and "Koninklijke Nederlandse Akademie van Wetenschappen" in a.answer
    assert "organisaties" not in parse_question("Which organisations manage the fund?").subject


def test_who_counts_as_asks_what_a_term_means(s22_kb):
    q = parse_question("Under the 2008 Dutch Akademie-assistenten subsidy scheme, who counts as an Akademie-assistent?")
    assert (q.type, q.noun) == ("definition", "akademie-assistent")
    a = s22_kb.ask(q.text)
    assert a.found and "geselecteerde student" in a.answer


def test_a_preamble_considering_clause_gives_the_reason(s22_kb):
    # "Overwegende, dat het wenselijk is …" (with the comma royal decrees write) says why the decree was made
    a = s22_kb.ask("Why were the KNAW's regulations amended in August 1991?")
    assert a.found and a.type == "reason" and "onderzoekscholen" in a.answer


@pytest.mark.parametrize("question", [
    "When did MP Teunissen submit her written questions on the climate report?",
    "Wanneer diende Teunissen haar Kamervragen over het klimaatrapport in?",
])
def test_submitting_written_questions_asks_the_date_they_were_sent(question):
    q = parse_question(question)
    assert (q.type, q.role, q.doc_kind) == ("date", "ingezonden", "written_question")


def test_a_quoted_term_inside_the_asked_period_is_found(s22_kb):
    # the selection list's line on the 'judicium abeundi' speaks of 1966-1973, inside the asked
    # 1945-1986, and its two rare words are found by searching the quoted term on its own
    a = s22_kb.ask("In the universities' archive selection list for 1945–1986, what does the 'judicium abeundi' refer to?")
    assert a.found and "geneeskunde" in a.answer and "ongeschiktheid" in a.answer


def test_a_long_period_asked_holds_every_year_inside_it():
    from polkb.answer.reader import _asked_period

    assert {1945, 1966, 1986} <= _asked_period(parse_question("Wat zegt de lijst voor 1945–1986 over X?"))
    assert _asked_period(parse_question("Hoeveel studenten waren er in 2015?")) == set()


def test_a_question_for_the_day_is_not_answered_by_a_sentence_with_a_year():
    # "Op welke datum stelde de Open Universiteit haar selectielijst … vast?": a selection-list line
    # with "Periode: 1986–" covers the words, but says no date
    from polkb.answer.abstain import can_answer_as_sentence

    line = "Handeling: Het voorbereiden van een besluit. Periode: 1986– Product: Algemene maatregelen van bestuur"
    assert can_answer_as_sentence("date", line)  # "Wanneer …": a year may answer
    assert not can_answer_as_sentence("date", line, to_the_day=True)
    assert can_answer_as_sentence("date", "De lijst werd op 21 december 2014 vastgesteld.", to_the_day=True)



def test_a_number_the_question_gives_is_not_what_a_sentence_answers_with():
    # "How many students at most can live in the three student towers on the Kanaalweg?" was answered by
    # the Middelburg plan's "drie woontorens" sentence (bench/corpus-s38): its only number is the question's own
    from polkb.answer.abstain import can_answer_as_sentence

    plan = ("Hiervoor wil de gemeente Middelburg meewerken aan het plan van Woningcorporatie Woongoed om langs de "
            "Kanaalweg in Middelburg drie woontorens te bouwen voor studentenhuisvesting.")
    asked = "How many students at most can live in the three student towers on the Kanaalweg in Middelburg? drie"
    assert not can_answer_as_sentence("count", plan, asked=asked, counted="studenten")
    assert can_answer_as_sentence("count", plan, asked="Hoeveel woontorens bouwt Woongoed?", counted="woontorens")


def test_a_how_long_question_is_not_answered_by_a_sentence_without_a_span_of_time():
    # "Hoe lang mogen de experimenten … maximaal lopen?" was answered by the decree's line on the
    # master's fee, which holds the question's words and a number ("vijf maal") but no span of time
    from polkb.answer.abstain import can_answer_as_sentence

    fee = ("4. Voor de masteropleidingen, bedoeld in het eerste lid, geldt dat het instellingsbestuur een "
           "collegegeld vaststelt van minimaal het wettelijk collegegeld, bedoeld in artikel 7.43 van de wet, en ten "
           "hoogste vijf maal dit collegegeld.")
    assert can_answer_as_sentence("count", fee.replace("4. ", ""))  # a number of times is a count
    assert not can_answer_as_sentence("duration", fee)
    assert can_answer_as_sentence("duration", "Een experiment duurt ten hoogste zes studiejaren.")
    assert can_answer_as_sentence("duration", "De leden worden benoemd voor een periode van 4 jaar.")
    assert can_answer_as_sentence("duration", "The appointment runs for three years.")


def test_a_why_question_is_not_answered_by_a_sentence_that_gives_no_ground():
    # "Why did the act of 29 May 1991 raise tuition fees?" was answered by an act's opening line,
    # which covers "wet" and the date but says no why (bench/corpus-s14, the experiments act)
    from polkb.answer.abstain import can_answer_as_sentence

    opening = "Wij Beatrix, bij de gratie Gods, Koningin der Nederlanden, Prinses van Oranje-Nassau, enz. enz. enz."
    considered = ("Alzo Wij in overweging genomen hebben, dat het wenselijk is ervaring op te doen met selectie van "
                  "aanstaande studenten en extraneï en met differentiatie van collegegeld bij opleidingen in het hoger "
                  "onderwijs met erkende evidente meerwaarde;")
    assert not can_answer_as_sentence("reason", opening)
    assert can_answer_as_sentence("reason", considered)
    assert can_answer_as_sentence("reason", "De instelling is daarom verplicht de gegevens te bewaren.")


def test_a_which_company_question_is_answered_by_a_sentence_only_when_it_names_one():
    # "Which firm carried out the WCAG 2.2 audit of the Open Ministerie VWS website?" was answered by the
    # report's "Zo wordt de website beter toegankelijk …", which names no firm (bench/corpus-s20);
    # "Which company did the Wassenaar executive allow to use the Berkheiveld …" is answered by the
    # decision list's line that names Duinrell, a name no organisation list holds (bench/corpus-s35)
    from polkb.answer.abstain import can_answer_as_sentence

    asked = "Which firm carried out the WCAG 2.2 accessibility audit of the Open Ministerie VWS website? bedrijf"
    assert not can_answer_as_sentence("name", "Zo wordt de website beter toegankelijk en klaar voor toekomstige wetgeving.",
                                      asked=asked, counted="bedrijf")
    duinrell = ("Duinrell toestemming te geven om tijdens het Tinafestival op 16 en 17 september 2023 het Berkheiveld "
                "als “ventiel” (overloop)parkeerterrein te gebruiken.")
    assert can_answer_as_sentence("name", duinrell, asked="Which company may use the Berkheiveld? bedrijf", counted="bedrijf")
    # a question for another class of thing is not held to naming an organisation
    assert can_answer_as_sentence("name", "Zo wordt de website beter toegankelijk.", asked="Welke norm geldt?", counted="norm")


def test_a_who_question_is_answered_by_a_sentence_only_when_it_names_someone_the_question_does_not():
    # "Wie besluit dat het nationaal IGR-coördinatiepunt een incident aan de WHO meldt …": a line of the
    # IGR arrangement (bench/corpus-s41) that names only the WHO and the IGR, which the question names itself
    from polkb.answer.abstain import can_answer_as_sentence

    asked = ("Wie besluit dat het nationaal IGR-coördinatiepunt een incident aan de WHO meldt als mogelijke "
             "noodsituatie van internationaal belang voor de volksgezondheid?")
    line = ("tot melding aan de WHO van incidenten die kunnen resulteren in een noodsituatie van internationaal belang "
            "voor de volksgezondheid. Een situatie van internationaal belang voor de volksgezondheid, in de Engelse "
            "versie van de IGR een ‘public health event of international concern’")
    assert not can_answer_as_sentence("person", line, asked=asked)
    # someone is named by a name, an office or a group: the CPW, "de inspectie", "derdelanders"
    assert can_answer_as_sentence("person", "1. De CPW wordt belast met de verantwoordelijkheid voor het opstellen en de "
                                  "coördinatie van het onderzoeksprogramma.", asked="Which body draws up the programme?")
    assert can_answer_as_sentence("person", "overwegende dat de inspectie de aanbeveling doet om onnodige selectiecriteria "
                                  "of -instrumenten te voorkomen;", asked="Which body recommends avoiding them?")
    assert can_answer_as_sentence("person", "Binnen de groep van buitenlandse onderzoekers en studenten nemen deze uit "
                                  "niet-EER-landen, de zogenaamde derdelanders, een bijzondere plaats in.",
                                  asked="Wie worden bedoeld met derdelanders?")


def test_an_organisation_question_is_not_answered_by_a_sentence_that_names_only_its_own_word():
    # "With which organisation must an institution lodge its application under the Sirius
    # regulation?": a sentence of that regulation about applications "van meerdere instellingen"
    # names the question's own "instelling", not the organisation asked for
    from polkb.answer.abstain import can_answer_as_sentence

    asked = "With which organisation must an institution lodge its grant application? instelling instellingen"
    own_word = ("Waar in de tekst gesproken wordt over aanvrager/instelling, moet daar meervoud gelezen worden "
                "wanneer het een gezamenlijke aanvraag van meerdere instellingen betreft.")
    assert can_answer_as_sentence("organisations", own_word)  # without the question, an institution word will do
    assert not can_answer_as_sentence("organisations", own_word, asked=asked)
    assert can_answer_as_sentence("organisations", "De aanvragen worden gebundeld in een projectaanvraag ingediend bij "
                                  "de Stichting Platform Bèta en Techniek, bedoeld in artikel 8.", asked=asked)
    # a question for kinds of institutions is answered in its own word (the Omtzigt motion)
    kinds = "Met welke soorten instellingen moet het bestuursakkoord over buitenlandse studenten rekening houden?"
    assert can_answer_as_sentence("organisations", "verzoekt de regering om in het akkoord rekening te houden met "
                                  "instellingen voor hoger onderwijs in de grensregio", asked=kinds)


def test_a_title_with_commas_is_no_list(s11_kb):
    # "Deze wet wordt aangehaald als: Wet Adviesraad voor wetenschap, technologie en innovatie" names
    # one act; cut at its commas it was answered as a list of three "wetten"
    from polkb.answer.types.lists import _one_name_cut

    assert _one_name_cut(["Wet Adviesraad voor wetenschap", "technologie", "innovatie"])
    assert not _one_name_cut(["Universiteit van Amsterdam", "de VU", "Hogeschool Utrecht"])
    a = s11_kb.ask("Welke twee wetten trekt de wet op de AWTI in?")
    assert not (a.items and "technologie" in a.items)


def test_a_count_question_is_not_answered_by_a_sentence_whose_only_numbers_are_no_figures():
    # "How many new appeals were lodged with the Raad … in 2023?" over an examination regulation
    # found a sentence that opens with a section number; "How many student rooms will the building
    # in the Kruitmolenstraat provide?" one with a house number and a postcode (the UAntwerpen
    # regulation; the Brik decision of the Flemish Government)
    from polkb.answer.abstain import can_answer_as_sentence

    assert not can_answer_as_sentence("count", "21.5.2 Na vernietiging door de Raad voor betwistingen inzake "
                                      "studievoortgangsbeslissingen van een onrechtmatig genomen beslissing vervalt "
                                      "de verplichting om de interne beroepsprocedure uit te putten.")
    assert not can_answer_as_sentence("count", "De Vlaamse Regering kent een investeringssubsidie van 847.849 euro toe aan "
                                      "vzw Brik - Student in Brussel voor de aankoop van een pand voor studentenhuisvesting "
                                      "in de Kruitmolenstraat 43 in 1000 Brussel.")  # (a sum of money is no count either)
    # a count in words, with "andere" between number and noun, still answers (the AWTI act)
    assert can_answer_as_sentence("count", "2. De raad bestaat uit een voorzitter en ten hoogste negen andere leden.")


def test_an_english_question_naming_a_people_needs_the_evidence_to_name_it(tmp_path):
    # the Liberation Scholarship Program 2015 is for Canadian students: asked for American ones, the
    # "Canadees" evidence does not answer, though every other word of the question stands in it;
    # the glossary's "Amerikaans" is the name to check, and "Canadese" holds for "Canadian"
    from polkb.kb import KnowledgeBase

    with KnowledgeBase(tmp_path / "index") as kb:
        kb.ingest([BENCH / "corpus-s22" / "nl-bz-beleidsregels-liberation-scholarship-program-2015.md"])
        asked = "What is the maximum scholarship amount per grant in the 2015 Liberation Scholarship Program for {} students?"
        assert not kb.ask(asked.format("American")).found
        a = kb.ask(asked.format("Canadian"))
        assert a.found and "5.000" in a.answer


def test_a_sentence_that_points_back_speaks_of_the_year_of_the_sentence_before(tmp_path):
    # the answers to Hertzberger's questions: "Op 1 september 2023 is aan 50.324 studenten een
    # aanvullende beurs toegekend … Hierbij betreft het 7.210 internationale studenten": that is 2023,
    # not "1 september 2024", though the passage names 2024 (vergaderjaar 2024–2025)
    from polkb.kb import KnowledgeBase

    with KnowledgeBase(tmp_path / "index") as kb:
        kb.ingest([BENCH / "corpus-s20" / "tk-kamervragen-2024-ocw-studiefinanciering-internationale-studenten.txt"])
        asked = ("Aan hoeveel internationale studenten was op 1 september {} een aanvullende beurs toegekend waarbij "
                 "het inkomen van minstens één ouder niet werd meegewogen?")
        assert not kb.ask(asked.format(2024)).found
        a = kb.ask(asked.format(2023))
        assert a.found and cited(a, "tk-kamervragen-2024-ocw-studiefinanciering-internationale")


def test_a_count_of_a_part_of_a_class_is_the_number_said_of_that_part(tmp_path):
    # "Op 1 september 2023 is aan 50.324 studenten een aanvullende beurs toegekend … Hierbij betreft het
    # 7.210 internationale studenten waarvan …": asked for the international students, the answer is
    # 7.210, not the 50.324 of the sentence that covers the question best
    from polkb.kb import KnowledgeBase

    with KnowledgeBase(tmp_path / "index") as kb:
        kb.ingest([BENCH / "corpus-s20" / "tk-kamervragen-2024-ocw-studiefinanciering-internationale-studenten.txt"])
        a = kb.ask("Hoeveel internationale studenten kregen in 2023 een aanvullende beurs zonder dat het inkomen "
                   "van een ouder meetelde?")
        assert a.found and a.answer.startswith("7.210")
        a = kb.ask("Hoeveel studenten kregen op 1 september 2023 een aanvullende beurs zonder dat het inkomen "
                   "van een ouder meetelde?")
        assert a.found and a.answer.startswith("50.324")


def test_a_year_question_reads_the_year_of_a_date_in_figures(tmp_path):
    # the act's status line "Materieel uitgewerkt per 01-09-2013": a year question was answered by
    # the 2011 in the act's own name, the only year it could read
    from polkb.kb import KnowledgeBase

    with KnowledgeBase(tmp_path / "index") as kb:
        kb.ingest([BENCH / "corpus-s18" / "nl-wet-verhoging-collegegeld-langstudeerders-2011.md"])
        a = kb.ask("In welk jaar is de Wet verhoging collegegeld langstudeerders materieel uitgewerkt?")
        assert a.found and a.answer == "2013"


@pytest.fixture(scope="module")
def vote_and_rulings(tmp_path_factory):
    """The Tweede Kamer's 2015 votes on motions about the copyright contract bill (bench/corpus-s22)
    and the Raad voor betwistingen's 2022 rulings on study credit (bench/corpus-s25)."""
    yield from _bench_index(tmp_path_factory, "vote-rulings", [
        BENCH / "corpus-s22" / "tk-stemmingen-2015-moties-wet-auteurscontractenrecht-filler.html",
        BENCH / "corpus-s25" / "vl-raad-studievoortgangsbetwistingen-uitspraken-2022-teruggave-leerkrediet-covid19.pdf"])


def test_english_words_no_passage_says_still_count_against_the_evidence(vote_and_rulings):
    # No document says when the Eerste Kamer adopted the bill. A ruling's closing remark on appeals
    # to the Raad van State ("… gecoördineerde wetten … 30 november 2006") covers a few of the
    # question's words; "adopt" and "copyright", whose Dutch glosses no passage read holds, are
    # missing from it as much as any other word (they once weighed 40%, which let that date answer
    # with confidence .65; on the held-out sets the discount gave 7 more wrong answers than right)
    a = vote_and_rulings.ask("When did the Eerste Kamer adopt the copyright contract law (Wet auteurscontractenrecht)?")
    assert not a.found or a.confidence < 0.6


def test_a_span_of_time_is_no_count_of_the_noun_asked():
    # "Hoeveel studenten stopten in 2021 met hun studie door long covid?" is in no document; the
    # Raad's COVID-19 rulings (bench/corpus-s21) cover its words with a sentence whose only number
    # is a term in days, and the Teunissen questions on police dogs (corpus-s14) ask "hoe vaak … in
    # de afgelopen vijf jaar": neither counts students or dogs. A question for days counts days.
    from polkb.answer.abstain import can_answer_as_sentence

    ruling = ("(2) de student verklaart dat hij zich in een overmachtssituatie bevond door de COVID-19-maatregelen "
              "en (3) de student dient de aanvraag in binnen een termijn van 30 dagen na de bekendmaking")
    asked = "Kunt u aangeven hoe vaak er in de afgelopen vijf jaar politiehonden gewond zijn geraakt bij de inzet?"
    assert not can_answer_as_sentence("count", ruling, counted="studenten")
    assert not can_answer_as_sentence("count", asked, counted="politiehonden")
    assert can_answer_as_sentence("count", "In 2005 behandelde de Raad 48 verzoekschriften.", counted="beroepen")
    assert can_answer_as_sentence("count", "Gedurende drie jaar kregen 120 studenten een beurs.", counted="studenten")
    assert can_answer_as_sentence("count", ruling, counted="dagen")


def test_a_year_in_a_web_address_is_no_date_of_the_sentence():
    # The Besluit erkenning opleidingen verzorging en behandeling proefdieren (bench/corpus-s28):
    # "Per wanneer gold het Besluit …?" is answered by "Dit besluit treedt in werking met ingang van
    # 1 juli 2013.", not by the sentence that covers the question's words and links to a page whose
    # address holds "/2013/05/08/".
    from polkb.answer.abstain import can_answer_as_sentence
    from polkb.answer.question import parse_question
    from polkb.answer.types import Clues
    from polkb.answer.types.dates import extract_year

    linked = ("Als eisen van bekwaamheid als bedoeld in artikel 3 van het Dierproevenbesluit gelden de "
              "‘Curriculumeisen ten behoeve van een erkenning ex artikel 12 op HBO-niveau’ zoals gepubliceerd op "
              "http://www.rijksoverheid.nl/documenten-en-publicaties/besluiten/2013/05/08/curriculumeisen-tbv-een-"
              "erkenning-ex-artikel-12-op-hbo-niveau.html, dat is afgesloten met een getuigschrift.")
    assert not can_answer_as_sentence("date", linked)
    assert can_answer_as_sentence("date", "Dit besluit treedt in werking met ingang van 1 juli 2013.")
    q = parse_question("In welk jaar werden de curriculumeisen gepubliceerd?")
    unit = type("Unit", (), {"text": linked, "context": "", "before": "", "heading": "", "kind": "sentence"})()
    assert extract_year(q, unit, Clues([], lambda a, b: a == b, frozenset())) == []


def test_a_table_row_is_of_its_captions_year_and_holds_the_number_asked_in_its_band():
    # Bijlage 2 of the Regeling tegemoetkoming kosten opleidingsscholen (bench/corpus-s28) gives one
    # table per school year, the same bands in each: "How much does an opleidingsschool that
    # trained 200 students receive from school year 2014/2015 on?" is the row "180–219" of the
    # table captioned for that year, not the same band of 2013/2014.
    from polkb.answer.evidence import units_of_passage
    from polkb.answer.question import parse_question
    from polkb.answer.reader import _asked_numbers, states_number

    class _Hit:
        heading, title, passage_id, doc_id = "Bijlage 2", "Regeling tegemoetkoming kosten opleidingsscholen", "p", "d"
        text = ("Bijlage 2\n\n, behorende bij artikel 5 van de Regeling tegemoetkoming kosten opleidingsscholen:\n\n"
                "1. Schooljaar 2013/2014:\n\nAantal studenten | Tegemoetkoming per jaar\n\n80–139 | € 210.000\n\n"
                "180–219 | € 330.000\n\n380 en meer | € 510.000")

    rows = [u.text for u in units_of_passage(_Hit, 0) if u.kind == "row"]
    assert rows[1] == "Schooljaar 2013/2014: Aantal studenten 180–219; Tegemoetkoming per jaar € 330.000"
    q = parse_question("How much does an opleidingsschool that trained 200 students receive per year from school year "
                       "2014/2015 on?")
    assert _asked_numbers(q) == {200.0}  # (not the school year)
    assert [states_number(_asked_numbers(q), r) for r in rows] == [False, True, False]
    assert states_number({1838.0}, "Het Mulier Instituut rapporteerde dat in Nederland 1.838 zwembaden zijn.")


def test_a_question_after_a_lead_phrase_asks_its_first_question_word_first():
    # s28 (the FWO decision on heavy research infrastructure, bench/corpus-s28): the tail "and how
    # many would have been funded" is the second ask; "would" is no noun counted
    q = parse_question("In the last FWO call for heavy research infrastructure, how many applications were rated "
                       "excellent, and how many would have been funded without the extra money?")
    assert (q.type, q.second) == ("count", True) and q.noun != "would"
    q = parse_question("Was the motion adopted, and with how many votes?")
    assert (q.type, q.noun) == ("count", "stemmen")


def test_a_window_of_every_year_is_a_period():
    # Regeling lerarenbeurs voor scholing, zij-instroom en bewegingsonderwijs 2009–2017
    # (bench/corpus-s28), art. 9: a window of days and months that recurs each year, with no year
    from polkb.answer.abstain import can_answer_as_sentence
    from polkb.answer.types import Clues
    from polkb.answer.types.dates import extract_period

    text = "Aanvragen voor subsidie kunnen jaarlijks worden ingediend van 1 april tot en met 30 juni."
    q = parse_question("In welke periode van het jaar kan een leraar een lerarenbeurs voor scholing aanvragen?")
    unit = type("Unit", (), {"text": text, "context": "", "before": "", "heading": "", "kind": "sentence"})()
    found = extract_period(q, unit, Clues([], lambda a, b: a == b, frozenset()))
    assert [c.text for c in found] == ["van 1 april tot en met 30 juni"]
    assert can_answer_as_sentence("period", text)
    assert not can_answer_as_sentence("period", "De subsidie wordt aangevraagd bij de minister.")


def test_the_government_side_is_not_whom_a_ministry_spoke_with():
    """In a minister's answers the ministries are the writers' own side: "met welke organisaties
    sprak het ministerie" is answered by the others in the sentence (tk-kamervragen-2024-vws-zorg-
    ongedocumenteerden-caribisch), and a party name is no organisation spoken with."""
    from polkb.answer.types import Clues
    from polkb.answer.types.actors import extract_organisations

    class _Unit:
        text = ("In het kader van motie-Simons c.s. zijn er in december en januari jl. op ambtelijk niveau gesprekken "
                "gevoerd tussen de Ministeries van VWS en BZK, inclusief de Tijdelijke Werkorganisatie (TWO), de "
                "Curaçaose organisatie Salu pa Tur en Stichting Vluchteling. Vragen van de leden Lahlah en Chakor "
                "(GroenLinks-PvdA).")

    clues = Clues([], lambda a, b: a == b, frozenset())
    q = parse_question("Met welke organisaties sprak het ministerie over ongedocumenteerden op Curaçao?")
    got = max(extract_organisations(q, _Unit, clues), key=lambda c: c.score)
    assert "Stichting Vluchteling" in got.text and "Ministerie" not in got.text and "PvdA" not in got.text
    # the question that asks which ministries is answered by them
    asked = parse_question("Welke ministeries spraken met Stichting Vluchteling?")
    assert "Ministerie" in max(extract_organisations(asked, _Unit, clues), key=lambda c: c.score).text


@pytest.mark.parametrize("question", [
    "On what date did the minister reply to MP Van Zanten's questions about inclusion and diversity in culture subsidies?",
    "When did the minister respond to the questions about inclusion and diversity in culture subsidies?",
    "Wanneer antwoordde de minister op de Kamervragen over inclusie en diversiteit in cultuursubsidies?",
])
def test_a_reply_to_written_questions_is_their_answer_date(kb, question):
    """"reply", "respond", "antwoordde … op" ask when the questions were answered: the document's
    answer date, not the date they were sent (7 maart 2024)."""
    q = parse_question(question)
    assert (q.role, q.doc_kind, q.doc_fact) == ("ontvangen", "written_question", "date")
    a = ask(kb, question)
    assert "5 april 2024" in a.answer and cited(a, "tk-kamervragen-2024-ocw-inclusie")


def test_the_issue_date_of_an_act_is_its_day_in_words():
    """A Dutch act gives the day it was issued in the Staatsblad in words ("de dertiende november
    2014", nl-besluit-tijdstip-artikel-18-76-whw-2014), after the signing date; the converted text
    lost "Uitgegeven". A question that names the month itself ("Op welke dag in november 2014")
    still finds the date whose month it names."""
    from polkb.answer.types import Clues, closeness
    from polkb.answer.types.dates import extract_date

    class _Unit:
        text = ("Wassenaar 5 november 2014 Willem-Alexander\n\nDe Minister van Onderwijs, Cultuur en Wetenschap,\n\n"
                "M. Bussemaker de dertiende november 2014\n\nDe Minister van Veiligheid en Justitie, I.W. Opstelten")

    q = parse_question("Op welke dag in november 2014 werd het besluit uitgegeven door de minister van Veiligheid en Justitie?")
    assert q.role == "uitgegeven"
    month = _Unit.text.index("november", 60)
    got = extract_date(q, _Unit, Clues([(month, 3.2, 0)], lambda a, b: a == b, frozenset()))
    assert max(got, key=lambda c: c.score).text.startswith("dertiende november 2014")
    # a question word inside the span is no nearness, and no distance either
    assert closeness(month - 10, month + 13, [(month, 3.2, 0)], _Unit.text, outside=True) == 0.3


def test_a_name_question_is_answered_by_a_covering_sentence_without_its_class_noun(s11_kb):
    """"Which document sets the norm …" is answered where the regulation names the code of conduct,
    though no sentence says "document": the class noun a name question asks by is how the asker
    calls it, not a word the text must repeat."""
    a = s11_kb.ask("Which document sets the norm for sufficient study progress of foreign students who hold a "
                   "residence permit for study?")
    assert a.answer and "Gedragscode" in a.answer and cited(a, "nl-ocw-regeling-normering-studievoortgang")


def test_the_year_of_a_staatsblad_reference_dates_no_event():
    """"… tot het tijdstip waarop de Wet opheffing College van beroep studiefinanciering (Stb. 2000,
    284) in werking treedt" (nl-besluit-studiefinanciering-2000) does not say when the college
    ceased to exist: the year dates the act's publication."""
    from polkb.answer.abstain import can_answer_as_sentence

    said = ("2. In afwijking van het eerste lid blijven de artikelen 16m en 16n van het Besluit studiefinanciering van "
            "kracht tot het tijdstip waarop de wet houdende Wet opheffing College van beroep studiefinanciering "
            "(Stb. 2000, 284) in werking treedt.")
    assert not can_answer_as_sentence("date", said)
    assert can_answer_as_sentence("date", said.replace("in werking treedt", "op 1 januari 2001 in werking treedt"))


def test_a_study_year_is_answered_by_its_span():
    """"In welk cursusjaar …" asks for a year that runs over two calendar years, as the text writes
    it ("In het cursusjaar 1999-2000 worden voor het laatst …", nl-ocw-beleidsregel-omscholing-
    algemene-natuurwetenschappen), not for its first year; a year that opens no span stays itself."""
    from polkb.answer.types import Clues
    from polkb.answer.types.dates import extract_year

    class _Unit:
        text = ("In het cursusjaar 1999-2000 worden voor het laatst door de overheid gefaciliteerde cursussen "
                "georganiseerd; de Regeling van 21 november 1996 blijft tot 2001 van kracht.")

    clues = Clues([], lambda a, b: a == b, frozenset())
    got = [c.text for c in extract_year(parse_question("In welk cursusjaar organiseerde de overheid de laatste cursus?"), _Unit, clues)]
    assert got == ["1999-2000", "1996", "2001"]
    assert "1999" in [c.text for c in extract_year(parse_question("In welk jaar begon de cursus?"), _Unit, clues)]


@pytest.fixture(scope="module")
def ssc_ict_kb(tmp_path_factory):
    """The SSC-ICT note on the cabinet's vision on generative AI (bench/corpus-s20, a Word file)."""
    yield from _bench_index(tmp_path_factory, "s20-ssc", [BENCH / "corpus-s20" /
                            "nl-ssc-ict-notitie-2024-kabinetsvisie-generatieve-ai-en-rag-filler.docx"])


def test_a_date_in_an_english_question_matches_the_dutch_date(ssc_ict_kb):
    # "Ondertussen gebruikte in Juni 2023 al 18% van de rijksambtenaren al regelmatig …": "June 2023"
    # is "juni 2023" in the text, as the Dutch question says it
    for question in ("What share of civil servants regularly used applications like these in June 2023?",
                     "Welk deel van de rijksambtenaren gebruikte in juni 2023 regelmatig zulke toepassingen?"):
        a = ssc_ict_kb.ask(question)
        assert a.answer == "18%" and cited(a, "nl-ssc-ict-notitie-2024-kabinetsvisie-generatieve-ai")


@given(st.lists(st.text(alphabet="ab .:%4\n-/", min_size=1, max_size=40), min_size=1, max_size=8))
def test_joining_wrapped_fragments_keeps_every_word(blocks):
    from polkb.answer.evidence import _blocks

    text = "\n\n".join(blocks)
    assert " ".join(" ".join(_blocks(text)).split()) == " ".join(text.split())


def test_a_second_name_as_near_makes_the_sentence_the_answer():
    """"Wie …?" with two persons (or two organisations) standing as near the question's words in one
    sentence: nothing tells which one the question means, and the sentence answers. A function's
    title is no rival to a name ("aan de Minister van Volksgezondheid"), nor is the name an
    abbreviation in brackets stands for (bench/corpus-s22: "de Coalition on Fossil Fuel Incentives
    and Subsidies(COFFIS)"), nor an organisation to a person."""
    from types import SimpleNamespace

    from polkb.answer.reader import _rival
    from polkb.answer.types import Candidate

    def spans(text, *names):
        unit = SimpleNamespace(text=text)
        found = [(1.0, 0.9, unit, Candidate(n, text.index(n), text.index(n) + len(n), 0.9)) for n in names]
        return found[0], found

    best, found = spans("MOTIE VAN DE LEDEN Westerveld EN Van Meenen", "Westerveld", "Van Meenen")
    assert _rival(best, found).text == "Van Meenen"
    best, found = spans("Vragen van het lid Dobbe (SP) aan de Minister van Volksgezondheid, Welzijn en Sport",
                        "Dobbe", "Minister van Volksgezondheid")
    assert _rival(best, found) is None
    best, found = spans("een internationale coalitie gelanceerd overfossiele voordelen, de Coalition on Fossil "
                        "Fuel Incentives and Subsidies(COFFIS).", "COFFIS", "Coalition")
    assert _rival(best, found) is None
    best, found = spans("minister Dijkgraaf schreef de Vrije Universiteit Amsterdam", "Dijkgraaf", "Vrije Universiteit Amsterdam")
    assert _rival(best, found) is None
    # the noun asked for ("Who chaired …": voorzitter) labels the best span: it answers alone
    members = "Dhr. prof. dr. F.A. van Vught (voorzitter), Dhr. prof. dr. H.P.M. Adriaansens, Dhr. drs. N.M. Verbraak."
    best, found = spans(members, "F.A. van Vught", "H.P.M. Adriaansens")
    assert _rival(best, found).text == "H.P.M. Adriaansens"
    at = members.index("voorzitter")
    assert _rival(best, found, [(at, at + len("voorzitter"))]) is None


@pytest.fixture(scope="module")
def s30_kb(tmp_path_factory):
    """An index of three documents of bench/corpus-s30 and corpus-s28 (provenance in their SOURCES.md):
    two regulations whose amounts stand in tables, and a Flemish convenant with VITO."""
    yield from _bench_index(tmp_path_factory, "s30", [
        BENCH / "corpus-s30" / "nl-vws-subsidieregeling-opleidingen-jeugd-ggz-instelling-2015-2017.md",
        BENCH / "corpus-s30" / "nl-vws-aanwijzing-beschikbaarheidbijdrage-medische-vervolgopleidingen-2013.md",
        BENCH / "corpus-s28" / "vlaamse-regering-beslissing-convenant-vito-2024-2028.txt"])


def test_a_table_row_is_told_from_its_siblings_by_its_own_cells(s30_kb):
    """The regulation's title names every profession of its amount table ("… de opleiding tot
    gezondheidszorgpsycholoog, klinisch psycholoog, psychotherapeut …"): the title covers the
    question for every row alike, and only the row that says "Klinisch psycholoog" answers for it."""
    a = s30_kb.ask("Hoeveel subsidie per fte-opleidingsplaats krijgt een jeugd-ggz-instelling voor een klinisch psycholoog "
                   "in opleiding?")
    assert "35.700" in a.answer and "48.300" not in a.answer


def test_the_cells_of_a_table_captioned_in_euro_are_sums(s30_kb):
    """"Tabel 4. Bedragen vervolgopleidingen tot huisarts en specialist ouderengeneeskunde via SBOH
    (in euro per fte, prijspeil 2012)" over "Vervolgopleiding | Bedrag" and "Specialist
    ouderengeneeskunde | 75.600": the cell is an amount, though it carries no euro sign, and the
    caption says what the row is of."""
    a = s30_kb.ask("Hoeveel bedraagt de beschikbaarheidbijdrage per fte voor de opleiding tot specialist "
                   "ouderengeneeskunde via de SBOH?")
    assert a.type == "amount" and "75.600" in a.answer


def test_the_figure_a_question_word_labels_in_a_run_of_figures_answers(s30_kb):
    """"… de volgende voorschotten: in januari 8%, februari 8%, maart 8%, april 7%, mei 16%, …":
    asked for April's advance, the figure after "april" answers, not the first of the run that
    stands nearest the question's other words."""
    a = s30_kb.ask("Welk percentage van het subsidiebedrag krijgt een jeugd-ggz-instelling in april als voorschot?")
    assert a.answer.strip() == "7%"


def test_an_organisation_named_without_a_capital_must_stand_in_the_evidence(s30_kb):
    """"imec" is an organisation as much as "VITO" is: the convenant 2024-2028 with VITO does not
    answer for imec, and does for VITO."""
    assert parse_question("How large is the annual allowance in the Flemish convenant with imec?").named == ["imec"]
    assert not s30_kb.ask("Hoe groot is de jaarlijkse toelage in het Vlaamse convenant 2024-2028 met imec?").found
    assert "63 miljoen" in s30_kb.ask("Hoe groot is de jaarlijkse toelage in het Vlaamse convenant 2024-2028 met VITO?").answer


def test_how_much_is_paid_per_full_time_place_asks_a_sum():
    """"full-time" holds the word "time", and "how much is paid per full-time training place" still
    asks for money; "how much time" asks for a duration."""
    q = parse_question("Under the subsidy scheme for youth mental-health institutions, how much is paid per full-time "
                       "training place for a psychiatrist?")
    assert q.type == "amount"
    assert parse_question("How much time does the council have to decide on an appeal?").type == "duration"


def test_a_roman_numeral_names_one_of_a_series_with_the_word_before_it():
    """"cao XI leerplicht, cao IV basiseducatie en cao V hoger onderwijs" (the Flemish decision on a
    linear pay rise, bench/corpus-s30): each agreement is named by its word and its numeral, and "cao
    XII" is not said where only "cao XI" and "cao V" stand."""
    from polkb.answer.scoring import named_present

    q = parse_question("By what percentage are salaries raised under cao XI leerplicht, cao IV basiseducatie and "
                       "cao V hoger onderwijs?")
    assert q.named == ["cao XI", "cao IV", "cao V"]
    text = ("Ter uitvoering van de cao XI leerplicht, de cao IV basiseducatie en de cao V hoger onderwijs en na "
            "onderhandelingen met de sociale partners, wijzigt de Vlaamse Regering definitief diverse besluiten.")
    coverage = type("Coverage", (), {"terms": lambda self, t: frozenset(), "stats": None})()
    assert named_present("cao V", coverage, text) and named_present("cao XI", coverage, text)
    assert not named_present("cao XII", coverage, text) and not named_present("cao VI", coverage, text)
    assert parse_question("Did I see the minister?").named == []  # (the pronoun is no numeral, nor a name)


def test_a_roman_numeral_alone_is_no_name_the_evidence_must_hold():
    """"kabinet-Rutte IV" is Rutte's fourth cabinet, named with its numeral; "articles I to III" name
    no thing a passage must hold: required, "I" or "IV" alone ruled out every unit."""
    assert parse_question("Vanaf welk studiejaar wil het kabinet-Rutte IV volgens het coalitieakkoord weer een "
                          "basisbeurs invoeren?").named == ["Rutte IV"]
    assert parse_question("How many acts does the 2013 Wet Kwaliteit in verscheidenheid hoger onderwijs amend, "
                          "according to its articles I to III?").named == ["Wet Kwaliteit"]


def test_a_span_of_years_and_months_is_one_duration():
    """"De duur van de subsidieverlening … is maximaal: a. twee jaar en zes maanden voor
    programmaonderdelen" (Openstellingsbesluit innovatie groen onderwijs 2010): the duration is the
    whole span, not its months."""
    from polkb.answer.types import Clues
    from polkb.answer.types.figures import extract

    q = parse_question("Hoe lang mag de subsidieverlening voor een programmaonderdeel maximaal duren?")
    unit = type("Unit", (), {"text": "a. twee jaar en zes maanden voor programmaonderdelen, niet zijnde projecten;",
                             "kind": "item", "lead": "", "before": ""})()
    found = extract(q, unit, Clues([], lambda a, b: a == b, frozenset()))
    assert [c.text for c in found] == ["twee jaar en zes maanden"]


def test_a_smaller_unit_of_time_before_a_larger_one_is_two_durations():
    """"een maand gesteld op 30 dagen en een jaar gesteld op 360 dagen" (Regeling studiefinanciering
    BES): "30 dagen en een jaar" is no span of time, as "twee jaar en zes maanden" is."""
    from polkb.answer.types import Clues
    from polkb.answer.types.figures import extract

    q = parse_question("Hoe lang is een maand voor de berekening van de rente volgens de Regeling studiefinanciering BES?")
    unit = type("Unit", (), {"text": "Voor de berekening van de rente wordt een maand gesteld op 30 dagen en een jaar "
                                     "gesteld op 360 dagen.", "kind": "sentence", "lead": "", "before": ""})()
    found = [c.text for c in extract(q, unit, Clues([], lambda a, b: a == b, frozenset()))]
    assert "30 dagen" in found and not any(" en " in t for t in found)


def test_an_article_number_counts_nothing():
    """"artikel 34 van het Algemeen Rijksambtenarenreglement" (the 2008 circular on the pilot Tussen Rijk en
    Onderwijs): a number the noun asked stands after, past a clause, is a count of it ("ten minste vier, door de
    gemeente … ontleende doelstellingen"), but not when it numbers an article."""
    from polkb.answer.types import Clues
    from polkb.answer.types.figures import extract

    q = parse_question("Hoeveel ambtenaren zijn via de pilot Tussen Rijk en Onderwijs leraar geworden?")
    unit = type("Unit", (), {"text": "Gedurende de oriëntatiefase geniet de ambtenaar buitengewoon verlof van lange duur "
                                     "met behoud van bezoldiging (artikel 34 van het Algemeen Rijksambtenarenreglement).",
                             "kind": "sentence", "lead": "", "before": "", "context": "", "title": ""})()
    assert extract(q, unit, Clues([], lambda a, b: a.lower() in b.lower(), frozenset())) == []


def test_a_collective_numeral_counts_past_a_clause():
    """"een zestal, voor de helft door elk van beide Staten te benoemen leden" (bench/corpus-s42, the 1983
    Dutch-German agreement on equivalences): a collective numeral is a count, read past the clause before
    its noun as a number is; "tweetalig" is no number."""
    from polkb.answer.types import Clues
    from polkb.answer.types.figures import extract

    same = Clues([0], lambda a, b: a.lower()[:4] == b.lower()[:4], frozenset())
    q = parse_question("Uit hoeveel leden bestaat de permanente commissie van deskundigen?")
    text = ("Voor advies inzake alle vraagstukken wordt een permanente commissie van deskundigen ingesteld, die bestaat "
            "uit een zestal, voor de helft door elk van beide Staten te benoemen leden.")
    assert [c.text for c in extract(q, _date_unit(text), same)] == ["zestal leden"]
    text = "De commissie bestaat uit tweetalige, door de Staten te benoemen leden."
    assert extract(q, _date_unit(text), same) == []


def test_how_long_a_thing_lasts_is_not_a_number_of_those_things():
    """"Wat is de duur van de lesuren" (bench/corpus-s44, the 1985 regulation on part-time teacher training) is
    answered by "De duur van de lesuren is 50 minuten", in minutes, and not by "voor de duur van 60 lesuren
    stage", which counts lesuren."""
    from polkb.answer.types import Clues
    from polkb.answer.types.figures import extract

    same = Clues([0], lambda a, b: a.lower()[:6] == b.lower()[:6], frozenset())
    q = parse_question("Wat is de duur van de lesuren bij de deeltijdopleidingen?")
    text = "7. De duur van de lesuren is 50 minuten."
    assert [c.text for c in extract(q, _date_unit(text), same)] == ["50 minuten"]
    text = ("3. Het bevoegd gezag stelt de studenten van de derdegraads deeltijdopleidingen in de gelegenheid ten "
            "minste voor de duur van 60 lesuren stage te lopen.")
    assert extract(q, _date_unit(text), same) == []
    # asked how long the internship lasts, the 60 lesuren are its length
    q = parse_question("Wat is de duur van de stage bij de derdegraads deeltijdopleidingen?")
    assert [c.text for c in extract(q, _date_unit(text), same)] == ["60 lesuren"]


def test_how_many_of_the_whole_is_answered_by_a_part_said_with_its_whole():
    """"Aan hoeveel van de WCAG-succescriteria voldeed de website" (the 2025 accessibility audit of a VWS
    website): "47 van 56 succescriteria" says the part and its whole, and outweighs a count elsewhere
    ("In WCAG 2.2 zijn zes succescriteria toegevoegd") more than it does for a plain "hoeveel"."""
    from polkb.answer.types import Clues
    from polkb.answer.types.figures import extract

    text = "Er wordt voldaan aan 47 van 56 succescriteria (83 %)."
    same = Clues([text.index("voldaan")], lambda a, b: a.lower()[:7] == b.lower()[:7], frozenset())
    part = extract(parse_question("Aan hoeveel van de succescriteria voldeed de website?"), _date_unit(text), same)
    plain = extract(parse_question("Aan hoeveel succescriteria voldeed de website?"), _date_unit(text), same)
    assert [c.text for c in part] == [c.text for c in plain] == ["47 van 56 succescriteria"]
    assert part[0].score > plain[0].score


def test_how_many_copies_is_said_in_the_administrative_word():
    """"Een aanvraag voor een aanwijzing kan zowel schriftelijk, in drievoud, als elektronisch bij CEA worden
    ingediend" (bench/corpus-s30, the CEA's policy rules): "in drievoud" is three copies."""
    from polkb.answer.types import Clues
    from polkb.answer.types.figures import extract

    text = ("4. Een aanvraag voor een aanwijzing kan zowel schriftelijk, in drievoud, als elektronisch bij CEA "
            "worden ingediend.")
    same = Clues([text.index("aanvraag")], lambda a, b: a.lower()[:6] == b.lower()[:6], frozenset())
    q = parse_question("In hoeveel exemplaren moet een schriftelijke aanvraag bij CEA worden ingediend?")
    assert [c.text for c in extract(q, _date_unit(text), same)] == ["in drievoud"]
    # (a count of other things is not said so)
    assert extract(parse_question("Hoeveel aanvragen moet CEA behandelen?"), _date_unit(text), same) == []


def test_an_age_is_not_a_span_of_time_said_in_words():
    """"Welke leeftijd moet een rechterlijk ambtenaar … hebben bereikt" (bench/corpus-s36, the 2000 act abolishing the
    College van beroep studiefinanciering) is answered by "de leeftijd van 55 jaar", not by the deadline "uiterlijk
    een jaar nadat hij is benoemd" beside it."""
    from polkb.answer.types import Clues
    from polkb.answer.types.figures import extract

    q = parse_question("Welke leeftijd moet een rechterlijk ambtenaar bij zijn benoeming hebben bereikt om ontslag te krijgen?")
    text = "De rechterlijk ambtenaar doet zijn verzoek uiterlijk een jaar nadat hij is benoemd."
    same = Clues([text.index("ambtenaar")], lambda a, b: a.lower()[:6] == b.lower()[:6], frozenset())
    assert extract(q, _date_unit(text), same) == []
    text = "indien hij ten tijde van zijn benoeming de leeftijd van 55 jaar heeft bereikt"
    assert [c.text for c in extract(q, _date_unit(text), same)] == ["55 jaar"]


def test_an_exception_answers_less_than_the_rule_it_departs_from():
    """Article 4a of the Randstad salary-mix regulation (bench/corpus-s48): its first paragraph makes € 43.320.000
    available to the institutions, its second "In afwijking van het eerste lid" € 2.000.000 to the vbo-groen
    departments; a question that asks no exception is about the rule."""
    from polkb.answer.types import Clues
    from polkb.answer.types.figures import extract

    # (one sum in both, so that only the opening tells them apart)
    rule = "1. Voor de instellingen is in het kalenderjaar 2015 een totaalbedrag van € 2.000.000 beschikbaar."
    exception = ("2. In afwijking van het eerste lid, is voor de instellingen in het kalenderjaar 2015 een totaalbedrag "
                 "van € 2.000.000 beschikbaar.")

    def best(question: str, text: str) -> float:
        same = Clues([text.index("kalenderjaar")], lambda a, b: a.lower()[:6] == b.lower()[:6], frozenset())
        return max(c.score for c in extract(parse_question(question), _date_unit(text), same))

    asked = "Hoeveel geld is in het kalenderjaar 2015 beschikbaar voor de instellingen?"
    assert best(asked, exception) < best(asked, rule)
    asked = "Welk bedrag is in afwijking daarvan in 2015 beschikbaar voor de instellingen?"
    assert best(asked, exception) == best(asked, rule)


def test_how_many_of_a_compound_counts_its_last_part():
    """"Hoeveel subsidieaanvragen honoreert het UWV maximaal?" counts applications ("Maximaal 2
    subsidieaanvragen worden gehonoreerd"), though the compound begins with subsidie; "hoeveel
    investeringssubsidie" still asks for money."""
    q = parse_question("Hoeveel subsidieaanvragen honoreert het UWV maximaal voor het onderzoeksthema?")
    assert (q.type, q.noun) == ("count", "subsidieaanvragen")
    assert parse_question("Hoeveel investeringssubsidie kreeg de school?").type == "amount"
    assert parse_question("Hoeveel subsidies werden verleend?").type == "amount"


def test_a_table_row_answers_in_the_column_the_question_names(s30_kb):
    """Bijlage 1 of the youth mental-health training regulation lists institutions as "Naam | Plaats"
    rows: "In welke plaats is Jarabee gevestigd?" is the Plaats cell of Jarabee's row, and the row
    numbered "1." is not favoured for a question that says "bijlage 1"."""
    from polkb.answer.reader import states_number

    a = s30_kb.ask("In welke plaats is de instelling Jarabee uit bijlage 1 van de subsidieregeling voor opleidingen "
                   "in de jeugd-ggz gevestigd?")
    assert a.answer.strip() == "Hengeloo"
    assert not states_number({1.0}, "1.: Naam Curium, Academisch centrum Kinder- en Jeugdpsychiatrie; Plaats Leiden")
    assert states_number({1.0}, "Er is 1 opleidingsplaats.")


def test_percentage_points_answer_a_question_for_points():
    """"De subsidiepercentages … kunnen met ten hoogste 10 procentpunten worden verhoogd indien de
    subsidies ten goede komen aan het midden- en kleinbedrijf" (Subsidieregeling kennisprojecten
    verkeer en vervoer, bench/corpus-s30): the rise is in points, which a percentage question reads."""
    from polkb.answer.types import Clues
    from polkb.answer.types.figures import extract

    q = parse_question("Met hoeveel procentpunten mogen de subsidiepercentages stijgen als de subsidie het mkb ten goede komt?")
    unit = type("Unit", (), {"text": "3. De subsidiepercentages, bedoeld in het tweede lid, kunnen met ten hoogste 10 "
                                     "procentpunten worden verhoogd indien de subsidies ten goede komen aan het midden- "
                                     "en kleinbedrijf.", "kind": "sentence", "lead": "", "before": ""})()
    assert any("10 procentpunten" in c.text for c in extract(q, unit, Clues([], lambda a, b: a == b, frozenset())))


def test_a_question_for_a_total_is_not_answered_by_a_limit_on_a_part():
    """The Akademie-assistenten regulation (2008): "Voor subsidieverlening … is een bedrag van € 4
    miljoen beschikbaar" and "Van het … genoemde bedrag wordt een bedrag van ten hoogste € 130.000 ter
    beschikking gesteld voor de werkzaamheden van de KNAW": the total is the first."""
    from polkb.answer.types import Clues
    from polkb.answer.types.figures import extract

    q = parse_question("Hoeveel geld was er in totaal beschikbaar onder de subsidieregeling?")
    clues = Clues([(0, 1.0, 0)], lambda a, b: a == b, frozenset())
    whole = type("Unit", (), {"text": "Voor subsidieverlening is een bedrag van € 4 miljoen beschikbaar.", "kind": "sentence",
                              "lead": "", "before": ""})()
    part = type("Unit", (), {"text": "Van het bedrag wordt een bedrag van ten hoogste € 130.000 beschikbaar gesteld.",
                             "kind": "sentence", "lead": "", "before": ""})()
    assert max(c.score for c in extract(q, whole, clues)) > max(c.score for c in extract(q, part, clues))


def test_whose_report_asks_for_the_reports_author_not_the_motions_submitters():
    """"Whose report … does the Van der Woude/Van der Graaf motion ask the government to respond
    to?" asks who wrote the report («… van het Nuffic»), not who submitted the motion."""
    q = parse_question("Whose report on the stay rate of international graduates does the Van der Woude/Van der Graaf "
                       "motion ask the government to respond to?")
    assert q.doc_fact == ""
    assert parse_question("Whose motion asked the government to respond to the Nuffic report?").doc_fact == "submitters"


def test_a_figure_is_of_the_year_it_is_said_with():
    """The Raad's annual report 2019 (bench/corpus-s31): "In het werkjaar 2019 waren er 40 dagen waarop
    de Raad zitting hield, in vergelijking met 34 zittingsdagen in het werkjaar 2018" gives 40 for 2019
    and 34 for 2018; in "een tekort van 27.000 studentenwoningen in 2023 en … een tekort van 60.000
    studentenwoningen in 2030" (the Boulakjar motion's, with a year added), 2030's is 60.000."""
    from polkb.answer.types import Clues
    from polkb.answer.types.figures import extract

    def best(question, text):
        unit = type("Unit", (), {"text": text, "kind": "sentence", "lead": "", "before": ""})()
        found = extract(parse_question(question), unit, Clues([], lambda a, b: a == b, frozenset()))
        return max(found, key=lambda c: c.score).text

    days = ("In het werkjaar 2019 waren er 40 dagen waarop de Raad zitting hield, in vergelijking met 34 "
            "zittingsdagen in het werkjaar 2018.")
    assert best("Hoeveel zittingsdagen had de Raad in het werkjaar 2019?", days).startswith("40")
    assert best("Hoeveel zittingsdagen had de Raad in het werkjaar 2018?", days).startswith("34")
    homes = ("constaterende dat er op dit moment een tekort is van 27.000 studentenwoningen in 2023 en dat dit kan "
             "oplopen tot een tekort van 60.000 studentenwoningen in 2030;")
    assert best("Tot hoeveel studentenwoningen kan het tekort in 2030 oplopen?", homes).startswith("60.000")


def test_a_motion_named_as_the_source_is_not_asked_for_its_submitters():
    """"Welke instantie concludeerde volgens de motie-Van der Laan/Van der Woude dat selectie …
    onvoldoende onderbouwd is?" asks what the motion says (the Inspectie van het Onderwijs), not who
    submitted it; "Wie dienden de motie … in?" does."""
    q = parse_question("Welke instantie concludeerde volgens de motie-Van der Laan/Van der Woude dat selectie in het "
                       "hoger onderwijs onvoldoende onderbouwd is?")
    assert q.doc_fact == ""
    assert parse_question("Wie dienden de motie over long covid in?").doc_fact == "submitters"


def test_a_clause_opening_participle_is_no_name():
    """A motion's "Constaterende dat …" and "Overwegende dat …" are capitalised for their place."""
    from polkb.answer.types import Clues
    from polkb.answer.types.names import extract_name

    q = parse_question("Welke groep jongeren noemt de motie?")
    unit = type("Unit", (), {"text": "Over deze groep: Constaterende dat jongeren die niet studeren minder inkomen hebben;",
                             "kind": "sentence", "lead": "", "before": ""})()
    assert all("Constaterende" not in c.text for c in extract_name(q, unit, Clues([], lambda a, b: a == b, frozenset())))


def test_how_much_before_a_verb_of_getting_asks_a_sum():
    """"Hoeveel krijgen uitwonende studenten … maandelijks extra bovenop hun studiefinanciering?"
    (the Westerveld motion, bench/corpus-s31: "… maandelijks 165 euro extra ter beschikking stelt")
    asks for money; "krijgen" is no noun counted."""
    q = parse_question("Hoeveel krijgen uitwonende studenten in collegejaar 2023-2024 maandelijks extra bovenop hun "
                       "studiefinanciering?")
    assert (q.type, q.noun) == ("amount", "")
    assert parse_question("Hoeveel studenten krijgen een aanvullende beurs?").type == "count"


@pytest.mark.parametrize("question, noun", [
    ("In hoeveel van de 149 zaken van 2010 lieten de onderwijsinstellingen zich bijstaan door een advocaat?", "zaken"),
    ("Hoeveel van de 20 studenten slaagden?", "studenten"),
])
def test_the_whole_a_count_is_taken_from_is_not_its_noun(question, noun):
    # "hoeveel van de 149 zaken": 149 says how many there were in all; the cases are what is counted
    q = parse_question(question)
    assert (q.type, q.noun) == ("count", noun)


@pytest.mark.parametrize("question, fact", [
    # the motion named by its submitter is where the answer stands, not what is asked
    ("According to Van der Laan's motion on selection for numerus-fixus programmes, which body recommends "
     "avoiding unnecessary selection criteria or instruments?", ""),
    # who signed a motion submitted it ("Kathmann / Maatoug / Sylvana Simons" under the motion)
    ("Welke Kamerleden ondertekenden de motie-Kathmann om de vrijlating in de bijstand op 25% te houden mee?", "submitters"),
    ("Who co-signed Kwint's motion on selection in sectors with staff shortages?", "submitters"),
])
def test_a_motion_named_by_its_submitter_is_a_source_and_its_signers_submit_it(question, fact):
    assert parse_question(question).doc_fact == fact


def test_figures_said_respectively_belong_to_the_things_named_in_order():
    # bench/corpus-s34, motion Hijink c.s. (25 295 nr. 2007): 6% is the gap with the rest of the public
    # sector, 9% the gap with the market sector; closeness alone gives the first
    from polkb.answer.types import Clues
    from polkb.answer.types.figures import extract

    text = ("constaterende dat de SER in 2021 constateerde dat er een loonkloof was tussen de zorg en de rest van de "
            "publieke sector en de marktsector van respectievelijk 6% en 9%;")
    question = "Hoe groot was volgens de SER in 2021 de loonkloof tussen de zorg en de marktsector?"
    q = parse_question(question)
    words = [m for m in re.finditer(r"\w+", text) if m.group().lower() in {"ser", "loonkloof", "zorg", "marktsector"}]
    clues = Clues([(m.start(), 1.0, m.group().lower()) for m in words], lambda a, b: a.lower() == b.lower(),
                  frozenset(w.lower() for w in re.findall(r"[\w-]+", question)))
    got = sorted(extract(q, _date_unit(text), clues), key=lambda c: -c.score)
    assert got[0].text == "9%"
    # asked for the rest of the public sector, the first figure
    question = "Hoe groot was volgens de SER de loonkloof tussen de zorg en de publieke sector?"
    clues = Clues(clues.anchors, clues.same, frozenset(w.lower() for w in re.findall(r"[\w-]+", question)))
    got = sorted(extract(parse_question(question), _date_unit(text), clues), key=lambda c: -c.score)
    assert got[0].text == "6%"


@pytest.fixture(scope="module")
def reports_2015_2019(tmp_path_factory):
    """Two annual reports of the Raad voor betwistingen whose titles say the same but their year (bench/corpus-s34
    and bench/corpus-s31)."""
    from polkb.kb import KnowledgeBase

    bench = Path(__file__).parent.parent / "bench"
    folder = tmp_path_factory.mktemp("reports1519")
    for sub, name in (("corpus-s34", "vl-raad-studievoortgangsbetwistingen-jaarverslag-2015.pdf"),
                      ("corpus-s31", "vl-raad-studievoortgangsbetwistingen-jaarverslag-2019.pdf")):
        (folder / name).write_bytes((bench / sub / name).read_bytes())
    with KnowledgeBase(tmp_path_factory.mktemp("reports1519-index")) as kb:
        kb.ingest([folder])
        yield kb


def test_a_table_of_contents_is_no_evidence_and_the_asked_years_report_answers(reports_2015_2019):
    # "In het werkjaar 2015 waren er 49 dagen waarop de Raad zitting hield" (2015 report); its contents line
    # "2. Aantal zittingsdagen en zittingen ……" covers the question as well, and the 2019 report's title holds as
    # much of it
    a = reports_2015_2019.ask("According to its 2015 annual report, on how many days did the Flemish council for "
                              "study progress disputes sit in 2015?")
    assert "49" in a.answer and cited(a, "vl-raad-studievoortgangsbetwistingen-jaarverslag-2015")


def test_a_change_from_one_value_to_another_is_answered_by_the_sentence_holding_both(reports_2015_2019):
    # "Van welk naar welk percentage": the question asks for the norm before and after, which the 2015
    # report gives in one phrase ("van 50% naar 60%"); either percentage alone answers half of it
    a = reports_2015_2019.ask("Van welk naar welk percentage werd de studie-efficiëntienorm opgetrokken door "
                              "Onderwijsdecreet XXV, volgens het jaarverslag 2015?")
    assert a.type == "sentence" and "van 50% naar 60%" in a.answer
    assert parse_question("From what to what amount was the tuition fee raised in 2019?").second
    assert not parse_question("Welk percentage van de studenten kwam uit het buitenland?").second


def test_a_value_read_without_confidence_is_shown_in_its_sentence(reports_2015_2019):
    # the 2015 report: "… het optrekken van de studie-efficiëntienorm van 50% naar 60%". The question asks
    # for the new norm; the reader takes the first percentage with little confidence. Shown alone, "50%"
    # was wrong; its sentence holds both and says which is which.
    a = reports_2015_2019.ask("Tot welk percentage trok Onderwijsdecreet XXV de studie-efficiëntienorm op?")
    assert a.type == "sentence" and "van 50% naar 60%" in a.answer
    assert any("the span's sentence answers" in line for line in a.explanation)


def test_of_reports_titled_alike_the_question_names_the_one_of_its_year():
    from polkb.answer.reader import named_document

    titles = {"a": "vl raad studievoortgangsbetwistingen jaarverslag 2019",
              "b": "vl raad studievoortgangsbetwistingen jaarverslag 2015"}
    assert named_document({"a": 0.45, "b": 0.45}, titles, {2015}) == "b"
    assert named_document({"a": 0.7, "b": 0.45}, titles, {2015}) == "a"  # (a title that holds much more of the question)
    # "Wie was in 2010 de voorzitter van de Raad …": the report over 2010, though a decision appointing the Raad's
    # chairs holds "voorzitter" in its title too
    titles = {"c": "Raad voor betwistingen studievoortgangsbeslissingen: aanstelling (plaatsvervangend) voorzitter",
              "d": "RAAD VOOR BETWISTINGEN INZAKE STUDIEVOORTGANGSBESLISSINGEN JAARVERSLAG Verslag over de werkzaamheden 2010"}
    assert named_document({"c": 0.8, "d": 0.7}, titles, {2010}) == "d"


def _best_first(extract, q, unit) -> list:
    """What an extractor finds in one unit, best first; question and text words are alike by their first six letters."""
    from polkb.answer.types import Clues

    return sorted(extract(q, unit, Clues([], lambda a, b: a[:6] == b[:6], frozenset())), key=lambda c: -c.score)


def test_a_conclusion_that_says_therefore_is_answered_by_the_sentence_before():
    from polkb.answer.types.reason import extract_reason

    # bench/corpus-s34, motion Kwint (35 765 nr. 11): "daarom" points back to the consideration before it
    q = parse_question("Why does Kwint's motion regard selection as undesirable in sectors such as care and education?")
    unit = _date_unit("overwegende dat selectie daarom in deze sectoren onwenselijk is;")
    unit.before = ("De Kamer, gehoord de beraadslaging, constaterende dat er in sectoren als zorg, onderwijs en "
                   "kinderopvang al jarenlang personeelstekorten bestaan;")
    got = _best_first(extract_reason, q, unit)
    assert got[0].text.startswith("constaterende dat") and "personeelstekorten" in got[0].text
    # a conclusion that gives its own ground keeps it (bench/corpus-s33, a Flemish decision on school priority)
    unit = _date_unit("Daarom past het voorontwerp van decreet de gelijkaardige voorrang van 70% aan, buiten Brussel, "
                      "om in overeenstemming te zijn met het arrest van het Grondwettelijk Hof.")
    unit.before = "Ook buiten Brussel-Hoofdstad is een voorrang voorzien van 70% voor leerlingen."
    got = _best_first(extract_reason, q, unit)
    assert "Grondwettelijk Hof" in got[0].text


def test_a_count_said_in_another_name_for_the_same_cases_answers():
    # bench/corpus-s34, the Raad's 2015 report: "verzoeken", "dossiers" and "beroepen" are its cases by turns
    # (data/counted_alike.txt); a count of another thing still does not answer
    from polkb.answer.types import Clues
    from polkb.answer.types.figures import extract

    text = "In het werkingsjaar 2015 werden er 426 verzoeken tot teruggave van leerkrediet wegens overmacht ingediend."
    clues = Clues([(text.index("leerkrediet"), 1.0, 0), (text.index("overmacht"), 1.0, 1)],
                  lambda a, b: a.lower()[:6] == b.lower()[:6], frozenset())
    q = parse_question("Hoeveel beroepen over leerkrediet wegens overmacht kwamen er in 2015 binnen?")
    assert [c.text for c in extract(q, _date_unit(text), clues)] == ["426 verzoeken"]
    q = parse_question("Hoeveel studenten vroegen leerkrediet terug wegens overmacht?")
    assert extract(q, _date_unit(text), clues) == []
    # "how many cases" counts "gevallen" by its first gloss: the report's "verzoeken" answer it too
    q = parse_question("How many cases about learning credit due to force majeure were filed in 2015?")
    assert q.noun == "gevallen" and [c.text for c in extract(q, _date_unit(text), clues)] == ["426 verzoeken"]


def test_a_second_ask_may_open_with_a_preposition():
    # bench/corpus-s34: "… and to which organisation?" asks a second thing, which the sentence answers with the sum
    q = parse_question("How much did the council's judges and secretaries give during De Warmste Week in 2018, "
                       "and to which organisation?")
    assert (q.type, q.second) == ("amount", True)
    assert parse_question("Hoeveel geld gaven de rechters, en aan welke organisatie?").second


def test_a_question_of_a_year_reads_the_report_of_that_year_beside_the_document_it_names():
    # "Who presided over the Flemish council … during 2007?" (bench/corpus-s11, -s13): a decision appointing the Raad's
    # chairs holds most of the question in its title, and none of its passages says who presided in 2007
    from polkb.answer.reader import focus_documents

    titles = {"decision": "Raad voor betwistingen studievoortgangsbeslissingen: aanstelling (plaatsvervangend) voorzitter",
              "2007": "Raad voor betwistingen inzake studievoortgangsbeslissingen: Verslag over de werkzaamheden 2007",
              "2021": "vl raad studievoortgangsbetwistingen jaarverslag 2021"}
    held = {"decision": 0.64, "2007": 0.37, "2021": 0.30}
    assert focus_documents(held, titles, {2007}) == ["decision", "2007"]
    assert focus_documents(held, titles, set()) == ["decision"]
    assert focus_documents({"decision": 0.3, "2007": 0.2, "2021": 0.2}, titles, {2007}) == []  # (names none)


@pytest.mark.parametrize("question, kind, noun", [
    # a frequency is a count of times (bench/corpus-s35: "zo'n 4 keer per jaar hun kijk geven")
    ("How many times a year would the youth council proposed by CDA Wassenaar give its views?", "count", "keer"),
    ("Hoeveel keer per jaar komt de jeugdraad bijeen?", "count", "keer"),
    # a place before the role asked for is not the noun: the alderman is asked for
    ("Which Wassenaar alderman was given the mandate to finalise the text of the annual schedule?", "person", "wethouder"),
    ("Welke Leidse wethouder tekende het convenant?", "person", "wethouder"),
    ("Wie is de hoofdauteur van de Open source gereedschapskist?", "person", "hoofdauteur"),
    # a limit value is a figure, whatever adjective stands before it ("Een hogere grenswaarde van 51dB vast te stellen")
    ("Welke hogere grenswaarde stelde het college van Wassenaar op 13 juni 2023 vast voor Buurtweg 113a?", "figure", ""),
    # a factor is a rate, said as a bare number ("De deeltijdfactor wordt vastgesteld op 0,06"); "part-time" is no "part"
    ("What part-time factor applies to the fixed pay of the members of the working group?", "figure", ""),
    ("What part of the budget goes to research?", "percentage", ""),
    # an English role named by two words is a person, by its last word (bench/corpus-s36: "De Staatssecretaris van
    # Onderwijs, Cultuur en Wetenschap, M.Rutte"), and a secretary is one too
    ("Which State Secretary for Education, Culture and Science signed the act of 23 December 2004?", "person",
     "staatssecretaris"),
    ("Who was appointed secretary of the Commissie Associate degree?", "person", "secretaris"),
    # "college" is a Dutch word too ("het Welzijn College van het ROC MiddenNederland")
    ("Which MBO college banned mobile phones during lessons?", "name", "college"),
])
def test_frequencies_and_roles_named_with_a_place(question, kind, noun):
    q = parse_question(question)
    assert (q.type, q.noun) == (kind, noun)


def test_a_towns_adjective_names_the_town(kb):
    # "het Wassenaarse college" (bench/corpus-s35): its decision list says "Wassenaar", never "Wassenaarse"
    from polkb.answer.reader import Answerer
    from polkb.answer.scoring import named_present

    coverage = Answerer(kb).coverage
    text = "Besluitenlijst van de vergadering van het college van B&W van Wassenaar, 13 juni 2023"
    assert named_present("Wassenaarse", coverage, text)
    assert not named_present("Wassenaarse", coverage, text.replace("Wassenaar", "Leiden"))


def test_until_when_is_the_date_said_after_the_asked_verb():
    # bench/corpus-s35, a 2003 circular on the police's Diversiteitimpuls: the scheme's grants ran "tot 31 december
    # 2003"; it was extended "tot 31 december 2004"
    text = ("De Regeling Diversiteitimpuls Werving en Behoud liep tot 31 december 2003. Om de projecten af te "
            "ronden is besloten dat zij met een jaar wordt verlengd tot 31 december 2004.")
    assert _best_date("Tot welke datum werd de Regeling Diversiteitimpuls Werving en Behoud verlengd?", text) == \
        "31 december 2004 (2004-12-31)"


def test_what_this_means_follows_from_the_sentence_before():
    from polkb.answer.types.reason import extract_reason

    # bench/corpus-s35, the CDA Wassenaar programme: "In de praktijk betekent dit een extra onderstation"
    q = parse_question("Waarom is er volgens het CDA-programma in Wassenaar een extra onderstation nodig?")
    unit = _date_unit("In de praktijk betekent dit een extra onderstation in Wassenaar en transformatorhuisjes in de wijken.")
    unit.before = "Daarom is uitbreiding van het elektriciteitsnet nodig."
    got = _best_first(extract_reason, q, unit)
    assert got and "elektriciteitsnet" in got[0].text


def _names(question: str, text: str) -> list[str]:
    from polkb.answer.types import Clues
    from polkb.answer.types.names import extract_name

    q = parse_question(question)
    return [c.text for c in extract_name(q, _date_unit(text), Clues([], lambda a, b: a.lower() == b.lower(), frozenset()))]


def test_a_name_broken_at_its_hyphen_is_one_name():
    # bench/corpus-s35, a Wassenaar decision list read from PDF: the line broke at "Leidschendam-Voorburg"
    got = _names("Medewerkers van welke gemeente wees het college aan als toezichthouders op de Participatiewet?",
                 "1. De medewerkers van de Gemeente Leidschendam -Voorburg, die zijn aangesteld in de functie van "
                 "sociaal rechercheur, aan te wijzen als toezichthouder.")
    assert "Gemeente Leidschendam-Voorburg" in got


def test_the_short_name_a_legal_text_gives_is_a_name():
    # bench/corpus-s35, the 2010 decree on the Landelijk Expertisecentrum Diversiteit
    got = _names("Van welk instituut maakt het Landelijk Expertisecentrum Diversiteit (LECD) deel uit?",
                 "Het LECD maakt deel uit van het Landelijk selectie- en opleidingsinstituut politie, "
                 "Politieonderwijs- en kenniscentrum, hierna aan te duiden als Politieacademie.")
    assert "Politieacademie" in got


@pytest.fixture(scope="module")
def s37_kb(tmp_path_factory):
    """Two documents of bench/corpus-s37 (provenance in its SOURCES.md): a NOS news item kept as a Jekyll post,
    dated only by its front matter, and the 2003 Dutch-Flemish accreditation treaty, dated only by its closing."""
    yield from _bench_index(tmp_path_factory, "s37", [
        BENCH / "corpus-s37" / "nos-2019-iso-lsr-renteverhoging-studieschuld-verdrag.md",
        BENCH / "corpus-s37" / "nl-verdrag-nederland-vlaanderen-accreditatie-hoger-onderwijs.md"])


def test_a_document_speaks_of_the_year_it_is_dated(s37_kb):
    # no sentence of the item says 2019: its date does ("zegt LSR-voorzitter Brechje Keukens")
    a = s37_kb.ask("Who chaired the Landelijk Studenten Rechtsbureau (LSR) in May 2019?")
    assert "Keukens" in (a.answer or "")
    assert s37_kb.ask("Who chaired the Landelijk Studenten Rechtsbureau (LSR) in May 2015?").answer is None


def test_a_period_asked_may_be_a_length_of_time():
    from polkb.answer.types.dates import extract_period

    # bench/corpus-s37, the 2003 accreditation treaty, article 5
    q = parse_question("Voor welke periode worden bestuursleden van de NVAO volgens het verdrag benoemd?")
    unit = _date_unit("3. De benoeming van de bestuursleden geschiedt voor een periode van vier jaar.")
    got = _best_first(extract_period, q, unit)
    assert [c.text for c in got] == ["vier jaar"]


def test_a_figure_set_aside_for_another_is_not_the_answer():
    from polkb.answer.types.figures import extract

    # bench/corpus-s37, a NOS item on the student-loan interest
    q = parse_question("For how many years would the interest rate on student loans be fixed?")
    unit = _date_unit("Het plan houdt in dat de rente op studieleningen niet meer voor vijf jaar wordt vastgezet, "
                      "maar voor tien jaar.")
    got = _best_first(extract, q, unit)
    assert got[0].text == "tien jaar"


def test_english_words_joined_by_a_hyphen_are_no_name(kb):
    from polkb.answer.reader import Answerer

    q = parse_question("What share of the costs of the Dutch-Flemish accreditation organisation (NVAO) does the "
                       "Netherlands pay under the 2003 treaty?")
    names = [str(n) for n in Answerer(kb)._names_to_check(q)]
    assert "NVAO" in names and "Dutch-Flemish" not in names


def test_an_enumeration_inside_a_name_belongs_to_it():
    # bench/corpus-s37, a NOS item: the treaty the student organisations invoke
    got = _names("Which international treaty do the student organisations ISO and LSR say the higher interest violates?",
                 "Het ISO en het LSR zeggen dat dit in strijd is met het Internationaal Verdrag inzake Economische, "
                 "Sociale en Culturele Rechten.")
    assert got[0] == "Internationaal Verdrag inzake Economische, Sociale en Culturele Rechten"


def test_the_minister_a_decree_was_proposed_by_signs_it(kb):
    # corpus/nl-besluit-experiment-bindend-studieadvies.md: "Op de voordracht van Onze Minister van Onderwijs,
    # Cultuur en Wetenschap …", signed "De Minister van Onderwijs, Cultuur en Wetenschap, M. Bussemaker"
    a = kb.ask("Op voordracht van welke minister werd het Besluit experiment bindend studieadvies vastgesteld?")
    assert "Bussemaker" in (a.answer or "")


def test_what_something_is_called_is_the_name_a_speaker_gives_it():
    # bench/corpus-s37, a NOS item on the Van Rijn committee: 'Die groei noemt de commissie een "perverse prikkel".'
    q = parse_question("Hoe noemt de commissie-Van Rijn de koppeling tussen het studentenaantal en het geld?")
    assert q.type == "name"
    got = _names(q.text, 'Die groei noemt de commissie een "perverse prikkel".')
    assert got[0] == "perverse prikkel"


def test_a_king_or_queen_is_a_person_and_countersigning_is_signing():
    assert parse_question("Welke koningin tekende het besluit?").type == "person"
    from polkb.answer.reader import _SIGNED

    assert _SIGNED.search("Who countersigned the 1918 decree as Minister of the Interior?")


def test_a_month_asked_is_a_date():
    # bench/corpus-s38, the Zernike Campus zoning plan: "in juni 2015 … in een businessplan"
    q = parse_question("In which month and year was the idea of Campus Groningen first set down in a business plan?")
    assert q.type == "date" and "month" not in q.subject
    assert parse_question("In welke maand werd het plan vastgesteld?").type == "date"


def test_a_sum_said_as_a_share_of_another_answers_how_much():
    from polkb.answer.types.figures import extract

    # bench/corpus-s13 and corpus-s38, instellingsbesluiten of committees: the fee per meeting is a share of a scale
    q = parse_question("What per-meeting fee do ordinary members of the committee get, relative to scale 18?")
    assert q.type == "amount"
    unit = _date_unit("2. De vergoeding per vergadering van de leden van de commissie bedraagt 3% van het maximum van "
                      "salarisschaal 18 van het Bezoldigingsbesluit Burgerlijke Rijksambtenaren 1984.")
    got = [c.text for c in _best_first(extract, q, unit)]
    assert "3% van het maximum van salarisschaal 18" in got


@pytest.mark.parametrize("question, share", [
    ("How much does the chair of the committee receive per meeting compared with a member?", "130%"),
    ("What fee per meeting do ordinary members of the committee receive?", "3%"),
])
def test_a_figure_said_of_the_chair_does_not_answer_for_the_members(question, share):
    from polkb.answer.types.figures import extract

    # bench/corpus-s38, the 2013 instellingsbesluit of the committee on flexible higher education, article 7
    unit = _date_unit("2. De vergoeding per vergadering van de leden van de commissie bedraagt 3% van het maximum van "
                      "salarisschaal 18. 3. De vergoeding per vergadering van de voorzitter van de commissie bedraagt 130% "
                      "van de hoogte van de vergoeding per vergadering die aan de andere leden is toegekend.")
    got = _best_first(extract, parse_question(question), unit)
    assert got[0].text.startswith(share)


def test_a_role_right_after_a_figure_is_the_figures_own():
    from polkb.answer.types.figures import extract

    # corpus-s12, the instellingsbesluit of the Commissie Associate degree, article 4
    unit = _date_unit("De vergoeding bestaat uit een vast bedrag per vergadering ter grootte van € 251,21 voor de leden en "
                      "130% van dit bedrag, zijnde € 326,57, voor de voorzitter.")
    q = parse_question("What fixed fee per meeting does the chair of the Associate degree committee receive?")
    got = _best_first(extract, q, unit)
    assert got[0].text == "€ 326,57"


def test_what_brought_something_about_answers_waardoor():
    from polkb.answer.types.reason import extract_reason

    # bench/corpus-s38, Groningen's second zoning plan on housing rules, section 3.1
    q = parse_question("Waardoor kwam de bouw van grootschalige jongerenhuisvesting in Groningen vanaf 2008 stil te liggen?")
    assert q.type == "reason"
    unit = _date_unit("Enerzijds zorgde de economische crisis (vanaf 2008) voor het stilvallen van de woningbouwmarkt en "
                      "het stagneren van de ontwikkeling van grootschalige jongerenhuisvestingscomplexen.")
    got = _best_first(extract_reason, q, unit)
    assert got and "economische crisis" in got[0].text


def test_the_verb_a_count_is_asked_by_is_no_subject():
    # bench/corpus-s38: "Het gaat om in totaal 119 appartementen" answers "Hoeveel appartementen telt …?"
    q = parse_question("Hoeveel appartementen telt de studentenhuisvesting Kanaalweg in totaal?")
    assert q.type == "count" and "telt" not in q.subject


def test_an_acronym_that_skips_words_and_carries_a_series_number_is_spelled_out():
    from polkb.answer.types.definition import _expansion

    # bench/corpus-s37, the 2013 Nuffic mandate decision, article 1
    got = _expansion("NICHE", "het Netherlands Initiative for Capacity Development in Higher Education II (NICHE II), het "
                              "Netherlands Fellowships Programme II (NFP II)")
    assert got is not None and got.text == "Netherlands Initiative for Capacity Development in Higher Education"


def test_a_treaty_party_chooses_its_signatory(s37_kb):
    # "Voor het Koninkrijk der Nederlanden (w.g.) M. J. A. VAN DER HOEVEN … Voor de Vlaamse Gemeenschap van België
    # (w.g.) M. VAN DER POORTEN"
    a = s37_kb.ask("Which Flemish minister signed the 2003 accreditation treaty on behalf of the Flemish Community?")
    assert "poorten" in (a.answer or "").lower()
    a = s37_kb.ask("Who signed the 2003 accreditation treaty for the Kingdom of the Netherlands?")
    assert "hoeven" in (a.answer or "").lower()


def test_a_name_its_abbreviation_spells_is_an_organisation_and_a_body_is_listed_once():
    from polkb.answer.types.actors import extract_organisations

    # bench/corpus-s37, a NOS item: the LSR is in no vocabulary; the ISO is named with its abbreviation
    q = parse_question("Welke twee studentenorganisaties dreigden met juridische stappen tegen de renteverhoging?")
    unit = _date_unit("Het Interstedelijk Studenten Overleg (ISO) en het Landelijk Studenten Rechtsbureau (LSR) vragen "
                      "minister Van Engelshoven daarom het wetsvoorstel in te trekken.")
    got = [c.text for c in _best_first(extract_organisations, q, unit)]
    assert any("Landelijk Studenten Rechtsbureau" in g for g in got)
    assert sum("Interstedelijk Studenten Overleg" in g for g in got) == 1


def test_members_counted_after_their_chair_are_still_the_members():
    from polkb.answer.types.figures import extract

    q = parse_question("Uit hoeveel leden bestaat de commissie naast de voorzitter?")
    after_chair = _best_first(extract, q, _date_unit("De commissie bestaat uit een voorzitter en zes leden."))
    alone = _best_first(extract, q, _date_unit("De commissie bestaat uit zes leden."))
    assert [c.text for c in after_chair] == ["zes leden"] and after_chair[0].score == alone[0].score


@pytest.fixture(scope="module")
def s39_acts(tmp_path_factory):
    """Two official texts of bench/corpus-s39 (provenance in its SOURCES.md): the Regeling Inspectie van het
    onderwijs 2006, signed "De Minister van Onderwijs, Cultuur en Wetenschap, M.J.A. van der Hoeven", and the act
    of 29 september 2011 setting up the diploma register ("Gegeven te ’s-Gravenhage 29 september 2011")."""
    folder = BENCH / "corpus-s39"
    yield from _bench_index(tmp_path_factory, "s39acts", [folder / "nl-ocw-regeling-inspectie-van-het-onderwijs-2006.md",
                                                          folder / "nl-wet-diplomaregister-hoger-onderwijs-2011.md"])


@pytest.mark.parametrize("question", ["Door welke minister werd de Regeling Inspectie van het onderwijs 2006 vastgesteld?",
                                      "Which minister issued the Regeling Inspectie van het onderwijs 2006?"])
def test_the_minister_who_issued_a_regulation_is_its_signatory(s39_acts, question):
    # the preamble names the office ("De Minister van Onderwijs, Cultuur en Wetenschap"); the question asks
    # which minister: the person who signed it
    a = s39_acts.ask(question)
    assert a.answer == "M.J.A. van der Hoeven" and cited(a, "nl-ocw-regeling-inspectie-van-het-onderwijs-2006")


@pytest.mark.parametrize("question", ["Op welke datum is de wet over het diplomaregister hoger onderwijs gegeven?",
                                      "When was the act establishing the higher education diploma register enacted?"])
def test_the_day_an_act_was_given_is_its_own_date(s39_acts, question):
    # "Gegeven te ’s-Gravenhage 29 september 2011", not a date its articles mention ("31 augustus 2002")
    a = s39_acts.ask(question)
    assert "29 september 2011" in a.answer and cited(a, "nl-wet-diplomaregister-hoger-onderwijs-2011")


def test_the_day_a_treaty_was_signed_is_its_own_date(tmp_path_factory):
    # bench/corpus-s37 (the Dutch-Flemish accreditation treaty, "GEDAAN te Den Haag, op 3 september 2003") beside
    # an act that names another date in its title: the treaty asked about is a regulation with a date of its own
    folder = BENCH / "corpus-s37"
    paths = [folder / "nl-verdrag-nederland-vlaanderen-accreditatie-hoger-onderwijs.md",
             BENCH / "corpus-s39" / "nl-wet-diplomaregister-hoger-onderwijs-2011.md"]
    for kb in _bench_index(tmp_path_factory, "treaty", paths):
        a = kb.ask("Wanneer werd het accreditatieverdrag tussen Nederland en de Vlaamse Gemeenschap ondertekend?")
        assert "3 september 2003" in a.answer and cited(a, "nl-verdrag-nederland-vlaanderen-accreditatie")


def test_a_regulation_given_without_its_considerations_names_its_issuer(s39_acts):
    # the Regeling Inspectie van het onderwijs 2006 opens "De Minister van Onderwijs, Cultuur en Wetenschap,
    # Besluit:" with no "Gelet op" between: the preamble still names who issued it
    a = s39_acts.ask("Wie heeft de Regeling Inspectie van het onderwijs 2006 vastgesteld?")
    assert a.answer == "De Minister van Onderwijs, Cultuur en Wetenschap"
    assert cited(a, "nl-ocw-regeling-inspectie-van-het-onderwijs-2006")


def test_a_named_law_is_its_whole_sentence_case_title(s39_acts):
    # the diploma-register act opens "Wijzigt de Wet op het onderwijstoezicht": Dutch titles go on in lower case
    # after their capital, and the verb before the asked noun is no part of the name
    a = s39_acts.ask("Welke wet wordt door de wet van 2011 over het diplomaregister gewijzigd?")
    assert a.answer == "Wet op het onderwijstoezicht" and cited(a, "nl-wet-diplomaregister-hoger-onderwijs-2011")


def test_a_named_regulation_runs_to_its_years(s11_kb):
    # "Intrekking Subsidieregeling Bilaterale onderzoeksamenwerking Nederland en de Russische Federatie 2001-2003":
    # the act of withdrawing is no part of the name, which runs through its lower-case words to its years
    a = s11_kb.ask("Welke subsidieregeling trekt de kaderregeling voor bilaterale wetenschappelijke samenwerking in?")
    assert "Russische Federatie 2001-2003" in a.answer and not a.answer.startswith("Intrekking")


def test_a_title_ends_at_its_verb_and_keeps_its_adjective():
    from polkb.answer.types.names import _noun_headed, _title_end

    text = "1. Ten laste van het Algemeen Fonds Bijzondere Ziektekosten komen beschikbaarheidbijdragen voor"
    assert _noun_headed("Algemeen Fonds Bijzondere Ziektekosten", "fonds") is None
    end = text.index("Ziektekosten") + len("Ziektekosten")
    assert _title_end(text, end) == end
    text = "dat daartoe onder meer de Wet op het onderwijstoezicht dient te worden gewijzigd;"
    assert text[text.index("Wet"):_title_end(text, text.index("Wet") + 3)] == "Wet op het onderwijstoezicht"


@pytest.mark.parametrize("question, kind", [("Which two women served as judges of the council in 2018?", Q.ACTOR),
                                            ("Welke twee medewerkers van AHOVOKS worden in het voorwoord bedankt?", Q.ACTOR),
                                            ("Which three AHOVOKS staff members are thanked?", Q.ACTOR),
                                            # uncounted, "welke medewerkers" may ask for a kind of staff
                                            ("Welke medewerkers komen in aanmerking voor de regeling?", Q.LIST)])
def test_counted_people_are_persons(question, kind):
    assert parse_question(question).type == kind


def test_two_people_thanked_are_named(tmp_path_factory):
    # bench/corpus-s33, the Raad's 2020 annual report thanks "Marita Verzelen en Mark Van der Jeught" of AHOVOKS:
    # "which two staff members" asks for persons, not a list read off a sentence with "en" in it
    for kb in _bench_index(tmp_path_factory, "raad2020", [BENCH / "corpus-s33" /
                                                         "vl-raad-studievoortgangsbetwistingen-jaarverslag-2020.pdf"]):
        a = kb.ask("Which two AHOVOKS staff members are thanked in the foreword of the 2020 annual report?")
        assert "Marita Verzelen" in a.answer and "Van der Jeught" in a.answer


def test_an_acts_considerations_say_why(tmp_path_factory):
    # bench/corpus-s36, the act of 6 juni 2002: "Alzo Wij in overweging genomen hebben, dat het wenselijk is
    # studenten meer keuzemogelijkheden te bieden …" is why the bachelor-master structure came
    for kb in _bench_index(tmp_path_factory, "bama", [BENCH / "corpus-s36" /
                                                     "nl-wet-invoering-bachelor-masterstructuur-hoger-onderwijs-2002.md"]):
        a = kb.ask("Waarom was het volgens de wet van 6 juni 2002 wenselijk een bachelor-masterstructuur in te voeren?")
        assert "keuzemogelijkheden" in a.answer and a.type == Q.REASON


@pytest.fixture(scope="module")
def s41_agreements(tmp_path_factory):
    """Two agreements of bench/corpus-s41 (provenance in its SOURCES.md), dated only by their closing formulas:
    "GEDAAN te Venlo op 9 september 1992 in tweevoud" and "Aldus opgemaakt en in drievoud ondertekend op 1 november
    2000"."""
    folder = BENCH / "corpus-s41"
    yield from _bench_index(tmp_path_factory, "s41", [
        folder / "nl-ocw-overeenkomst-samenwerking-hogescholen-fachhochschulen-noordrijn-westfalen-1992.md",
        folder / "nl-ocw-overeenkomst-bestuurlijke-samenwerking-waarborgfonds-hbo-2000.md"])


def test_the_day_and_place_an_agreement_was_signed(s41_agreements):
    # "getekend" is the day it was made, and "in welke plaats" asks for the place of the closing formula too
    a = s41_agreements.ask("Op welke dag en in welke plaats werd de overeenkomst tussen Nederland en Noordrijn-Westfalen "
                           "over de samenwerking van hogescholen en Fachhochschulen getekend?")
    assert a.answer.startswith("9 september 1992 te Venlo")
    assert cited(a, "nl-ocw-overeenkomst-samenwerking-hogescholen-fachhochschulen-noordrijn-westfalen-1992")


def test_an_agreement_signed_without_a_place_is_dated_by_its_signing(s41_agreements):
    a = s41_agreements.ask("When did the ministers and the Stichting Waarborgfonds HBO sign their agreement?")
    assert "1 november 2000" in a.answer and cited(a, "nl-ocw-overeenkomst-bestuurlijke-samenwerking-waarborgfonds-hbo")


def test_a_closing_formula_gives_day_and_place():
    from polkb.tag.kinds import _signed

    # bench/corpus-s41, the Dutch-French cultural agreement of 1946, in the spelling of its day
    tail = ("Gedaan in dubbel, in de Nederlandsche en de Fransche taal, welke beide teksten gelijkelijk authentiek zijn, "
            "te Parijs, den 19 November 1946.Voor de Regeering van Hare Majesteit de Koningin der Nederlanden:")
    assert (_signed(tail).date, _signed(tail).place) == ("1946-11-19", "Parijs")
    # a meeting is no place
    assert _signed("Aldus vastgesteld in de vergadering van 5 maart 2020.").place == ""


@pytest.mark.parametrize("question, kind", [("Welke maximale inschrijvingsduur geldt voor de gezamenlijke studierichting?",
                                             Q.DURATION),
                                            ("Welke minimumscore moet een aanvraag halen?", Q.FIGURE)])
def test_a_compound_names_its_measure(question, kind):
    # "inschrijvingsduur" is a duration and "minimumscore" a figure, as "rentepercentage" is a percentage
    assert parse_question(question).type == kind


def test_a_duration_compound_is_answered_by_a_duration(s41_agreements):
    # the Dutch-North Rhine-Westphalian agreement: the common examination rules set "een maximale
    # inschrijvingsduur van zes jaar", not a name beside the word
    a = s41_agreements.ask("Welke maximale inschrijvingsduur moet het gemeenschappelijke examenreglement van een "
                           "gezamenlijke Nederlands-Duitse studierichting vastleggen?")
    assert "zes jaar" in a.answer


def test_who_signed_for_a_party_is_the_name_under_it(s41_agreements):
    # "Voor het Koninkrijk der Nederlanden(w.g.) J. M. M. RITZEN*Voor het Land Noordrijn-Westfalen*(w.g.) ANKE BRUNN":
    # the party the question names chooses the signature, and a name in capitals is a name
    a = s41_agreements.ask("Wie ondertekende de overeenkomst over hogescholen en Fachhochschulen voor het Land "
                           "Noordrijn-Westfalen?")
    assert a.answer == "Anke Brunn"


def test_who_signed_for_a_party_after_a_colon(tmp_path_factory):
    # bench/corpus-s41, the IHR arrangement of the four countries of the Kingdom: "Voor Curaçao: De Minister van
    # Gezondheid, Milieu en Natuur B. Whiteman", after the Dutch minister's signature
    for kb in _bench_index(tmp_path_factory, "igr", [BENCH / "corpus-s41" /
                                                    "nl-vws-onderlinge-regeling-samenwerking-internationale-gezondheidsregeling-2015.md"]):
        a = kb.ask("Welke minister ondertekende de onderlinge regeling over de Internationale Gezondheidsregeling "
                   "namens Curaçao?")
        assert a.answer == "B. Whiteman"


def test_a_count_whose_noun_follows_a_clause():
    from polkb.answer.types import Clues
    from polkb.answer.types.figures import extract

    same = Clues([], lambda a, b: a.lower()[:8] == b.lower()[:8], frozenset())
    # bench/corpus-s41, the BANS climate subsidy: "vier" counts the doelstellingen its participle clause comes before
    text = ("e. pluspakket: pakket van ten minste vier, door de gemeente of provincie aan de Prestatiekaart gemeenten "
            "onderscheidenlijk de Prestatiekaart provincies ontleende doelstellingen;")
    q = parse_question("Hoeveel doelstellingen moet een pluspakket minimaal bevatten?")
    assert [c.text for c in extract(q, _date_unit(text), same)] == ["vier doelstellingen"]
    # bench/corpus-s37, the accreditation treaty: a share of the members is how many must agree
    text = ("Bij een wijziging van het Bestuursreglement dienen ten minste 2/3 van het aantal benoemde bestuursleden in "
            "te stemmen met de beoogde wijziging.")
    q = parse_question("Hoeveel bestuursleden moeten instemmen met een wijziging van het Bestuursreglement?")
    assert [c.text for c in extract(q, _date_unit(text), same)] == ["2/3 bestuursleden"]
    # a number before a clause about something else counts nothing the question asks
    text = "Er zijn vier, door de minister aangewezen instellingen."
    assert not extract(q, _date_unit(text), same)


@pytest.fixture(scope="module")
def s41_bans(tmp_path_factory):
    """bench/corpus-s41: the follow-up BANS climate-covenant subsidy of 2006, whose applications go to SenterNovem."""
    yield from _bench_index(tmp_path_factory, "bans", [BENCH / "corpus-s41" /
                                                      "nl-vrom-vervolgsubsidieregeling-bans-klimaatconvenant-2006.md"])


def test_a_particle_at_the_end_of_the_question_joins_its_verb(s41_bans):
    from polkb.answer.reader import Answerer

    # "dienen … in" is "indienen" ("wordt ingediend bij SenterNovem"), though the stop list drops "in"
    q = parse_question("Bij welke organisatie dienen gemeenten en provincies hun aanvraag voor de vervolgsubsidie in?")
    assert Answerer(s41_bans)._separable(q) == {"dienen": "indienen"}
    q = parse_question("Bij welke organisatie dienen gemeenten en provincies hun aanvraag voor de vervolgsubsidie?")
    assert Answerer(s41_bans)._separable(q) == {}


def test_the_agency_applications_go_to(s41_bans):
    a = s41_bans.ask("Bij welke organisatie dienen gemeenten en provincies hun aanvraag voor de vervolgsubsidie BANS "
                     "klimaatconvenant in?")
    assert a.answer == "SenterNovem" and cited(a, "nl-vrom-vervolgsubsidieregeling-bans-klimaatconvenant-2006")


def test_a_title_that_starts_with_the_asked_noun_runs_on():
    from polkb.answer.types import Clues
    from polkb.answer.types.names import extract_name

    # bench/corpus-s34, the Peters motion: "constaterende dat de Wet taal en toegankelijkheid bedoeld was om …"
    text = "constaterende dat de Wet taal en toegankelijkheid bedoeld was om de Nederlandse taal te beschermen"
    q = parse_question("Met welke wet wil het lid Peters dat de regering doorgaat?")
    same = Clues([text.index("Wet")], lambda a, b: a.lower() == b.lower(), frozenset())
    best = max(extract_name(q, _date_unit(text), same), key=lambda c: c.score)
    assert best.text == "Wet taal en toegankelijkheid"


@pytest.fixture(scope="module")
def s42_treaties(tmp_path_factory):
    """Two treaties of bench/corpus-s42 (provenance in its SOURCES.md): the Dutch-German agreement on equivalences in
    higher education, "GEDAAN te Bonn de 23ste maart 1983" followed by the notes exchanged about it, and the
    Netherlands-China treaty on degrees, "GEDAAN te Peking, China, op 30 mei 2005 … *Voor de regering van het
    Koninkrijk der Nederlanden*  MARIA VAN DER HOEVEN  *Voor de regering van de Volksrepubliek China*  ZHOU JI"."""
    folder = BENCH / "corpus-s42"
    yield from _bench_index(tmp_path_factory, "s42", [
        folder / "nl-overeenkomst-nederland-duitsland-equivalenties-hoger-onderwijs.md",
        folder / "nl-verdrag-nederland-china-erkenning-graden-hoger-onderwijs.md"])


def test_a_treaty_is_dated_by_its_own_formula_before_the_notes_that_follow_it(s42_treaties):
    a = s42_treaties.ask("Wanneer en waar is de overeenkomst tussen Nederland en de Bondsrepubliek Duitsland over "
                         "gelijkwaardigheid van studies in het hoger onderwijs getekend?")
    assert a.answer.startswith("23 maart 1983 te Bonn"), a.answer
    a = s42_treaties.ask("When and where was the Netherlands-China treaty on mutual recognition of degrees signed?")
    assert a.answer.startswith("30 mei 2005 te Peking"), a.answer


def test_the_signer_for_the_party_a_question_names(s42_treaties):
    # a name in capitals without "(w.g.)", and the party after "for": not China's signer, though the question names China
    a = s42_treaties.ask("Who signed the Netherlands-China degree recognition treaty for the Netherlands?")
    assert a.answer == "Maria van der Hoeven", a.answer


def test_an_age_is_asked_as_a_number_of_years():
    from polkb.answer.question import parse_question

    for q in ("Bij welke leeftijd krijgen leden van de raad ontslag?", "Which age limit does the transitional rule refer to?",
              "Above what age could a student be exempted from the prior-education requirements?"):
        assert parse_question(q).type == Q.DURATION, q


@pytest.fixture(scope="module")
def s42_decrees(tmp_path_factory):
    """Two decrees of bench/corpus-s42: the TNO-besluit 1986 ("De TNO-wet en dit besluit treden in werking op 1 mei
    1986") and the Organisatie- en mandaatbesluit OCW 2008 ("Dit besluit treedt in werking met ingang van 1 maart
    2008")."""
    folder = BENCH / "corpus-s42"
    yield from _bench_index(tmp_path_factory, "s42d", [folder / "nl-besluit-uitvoering-tno-wet-1986.md",
                                                      folder / "nl-ocw-organisatie-en-mandaatbesluit-ocw-2008.md"])


@pytest.mark.parametrize("question,day", [
    ("Op welke datum gingen de TNO-wet en het TNO-besluit 1986 gelden?", "1 mei 1986"),
    ("Sinds wanneer geldt het Organisatie- en mandaatbesluit OCW 2008?", "1 maart 2008"),
])
def test_the_verb_a_question_asks_a_role_with_is_said_by_the_texts_words_for_it(s42_decrees, question, day):
    # "gelden" is said "treden in werking": the sentence that says so covers the question's verb
    a = s42_decrees.ask(question)
    assert a.answer and a.answer.startswith(day), (a.answer, a.explanation[-3:])


def test_a_time_limit_is_asked_within_a_period():
    from polkb.answer.question import parse_question

    for q in ("Within what period must a change in residence status be passed on to DUO?",
              "Binnen welke periode moet een wijziging worden doorgegeven?"):
        assert parse_question(q).type == Q.DURATION, q
    assert parse_question("Over welke periode loopt het project?").type == Q.PERIOD


def test_de_dato_does_not_end_a_sentence():
    from polkb.answer.evidence import sentences

    text = ("Met ingang van 1 januari 2010 wordt de beleidsregel ‘Titulatuur’ (kenmerk AGOCW/MT/06.048 d.d. 30 oktober "
            "2006 ) ingetrokken. Deze beleidsregel wordt geplaatst in de Staatscourant.")
    assert len(sentences(text)) == 2


def test_a_separable_verb_says_the_role_of_the_date_asked():
    # "Op welke datum stelde de directeur-generaal … vast": the act's own date (bench/corpus-s44, Ondermandaatregeling
    # DUO 2013: "Besluit van de directeur-generaal DUO van 6 februari 2013, houdende de vaststelling …")
    q = parse_question("Op welke datum stelde de directeur-generaal van DUO de Ondermandaatregeling DUO 2013 vast?")
    assert (q.role, q.doc_kind, q.doc_fact) == (Q.ROLE_DECIDED, "regulation", "date")
    # … not a title's noun: "Wanneer vervalt de Regeling vaststelling lesgeld …" asks when it ends
    assert parse_question("Wanneer vervalt de Regeling vaststelling lesgeld en cursusgeldtarieven 2016-2017?").role != \
        Q.ROLE_DECIDED


def test_a_span_between_two_days_answers_how_long_and_the_trim_keeps_it():
    from polkb.answer.abstain import can_answer_as_sentence
    from polkb.answer.evidence import trim

    # a Flemish Government decision (bench/corpus-s44, tijdelijke projecten herwaardering lerarenambt)
    text = ("Daarbij hoort ook de mogelijkheid voor schoolbesturen om tijdens de periode vanaf 1 september 2022 tot en "
            "met 31 augustus 2025 in totaal 30 tijdelijke projecten te organiseren in het basis- en secundair onderwijs, "
            "om oplossingen uit te werken en uit te proberen om het lerarentekort terug te dringen en het beroep van "
            "leraar te herwaarderen , met ingrepen op de schoolorganisatie en via een wervend en doeltreffend HR-beleid.")
    assert can_answer_as_sentence("duration", text)
    assert not can_answer_as_sentence("duration", "De projecten starten op 1 september 2022 en op 31 augustus 2025.")
    at = text.index("tijdelijke projecten")
    start, end = text.index("1 september"), text.index("2025") + 4
    assert "1 september 2022 tot en met 31 augustus 2025" not in trim(text, [(at, at + 1)])
    assert "vanaf 1 september 2022 tot en met 31 augustus 2025" in trim(text, [(at, at + 1)], must=(start, end))


def test_a_law_named_by_its_acronym_is_named_by_its_title():
    from polkb.answer.reader import _title_acronyms

    # bench/corpus-s46: the WMO's text never writes "WMO"; its title's short form is "Wet medisch-wetenschappelijk
    # onderzoek met mensen", whose initials without "met" are WMOM, known by their first three
    title = ("Wet van 26 februari 1998, houdende regelen inzake medisch-wetenschappelijk onderzoek met mensen (Wet "
             "medisch-wetenschappelijk onderzoek met mensen)")
    assert "WMO" in _title_acronyms(title)
    assert not _title_acronyms("Wet studiefinanciering 2000")  # (two words are no acronym's source)


def test_how_many_years_something_lasts_is_a_duration():
    q = parse_question("Under the Wet studiefinanciering 2000, how many calendar years does the repayment phase "
                       "(aflosfase) last for a higher-education student loan?")
    assert q.type == Q.DURATION
    assert parse_question("How many funding options are there?").type == Q.COUNT


def test_an_english_hyphened_word_the_glossary_lacks_is_its_words():
    # "primary-teacher" is in no glossary, "primary" and "teacher" are: Dutch writes the compound as one word
    # ("opleidingsscholen voor leraren basisonderwijs"), whose parts the evidence holds
    q = parse_question("By what date did the schools merging into one primary-teacher training school have to be "
                       "maintained by a single competent authority?")
    assert "primary" in q.english and "teacher" in q.english and "primary-teacher" not in q.english
    assert "leraar" in q.english["teacher"]
    # a word with a part the glossary does not list stays whole
    assert "non-emergency" in parse_question("How many non-emergency calls were there?").english


def test_a_question_of_two_asks_answers_each_ask(kb):
    # who asked stands in the questions' heading, when in its opening: no one sentence answers both
    a = kb.ask("Wie stelde de schriftelijke vragen over inclusie en diversiteit bij cultuursubsidies, "
               "en wanneer zijn ze ingezonden?")
    assert "Van Zanten" in a.answer and "7 maart 2024" in a.answer
    assert a.type == "person + date" and a.citations
    a = kb.ask("Who asked the written questions on inclusion and diversity in cultural subsidies, "
               "and when were they answered?")
    assert "Van Zanten" in a.answer and "5 april 2024" in a.answer and "7 maart" not in a.answer


def test_two_asks_are_told_apart_from_one():
    from polkb.answer.question import two_asks

    first, second = two_asks("Welk Kamerlid stelde de vragen over het afgelasten van intochten, "
                             "en wanneer zijn ze ingezonden?")
    assert first == "Welk Kamerlid stelde de vragen over het afgelasten van intochten?"
    assert second.startswith("Wanneer zijn ze ingezonden") and "afgelasten van intochten" in second
    assert "Kamerlid" not in second  # the first ask's question word and noun are not the second's
    assert two_asks("Wanneer en waar is het verdrag ondertekend?") is None  # one ask of two parts
    assert two_asks("Hoeveel studenten, docenten en medewerkers telt de hogeschool?") is None


def test_a_fact_of_the_documents_record_cites_the_passage_that_states_it(kb):
    # who asked and when stand in the questions' heading: the quote a user pastes must show them
    a = kb.ask("Wie stelde de schriftelijke vragen over inclusie en diversiteit bij cultuursubsidies?")
    assert a.answer.startswith("Van Zanten")
    assert "Van Zanten (BBB)" in a.citations[0].quote and "ingezonden 7 maart 2024" in a.citations[0].quote
    assert a.citations[0].page == 1


def test_a_sentence_that_refers_back_answers_with_its_referent(kb):
    # "Deze infrastructuur moet ingezet worden voor … de speerpunten digitalisering; duurzaamheid en
    # gezondheid": which infrastructure the sentence before says, and the answer shows both
    a = kb.ask("Bij welke speerpunten moet het onderzoek met de infrastructuur uit de oproep voor de hogescholen aansluiten?")
    assert "digitalisering" in a.answer and "gezondheid" in a.answer
    assert "oproep naar de hogescholen" in a.answer
    assert "oproep naar de hogescholen" in a.citations[0].quote
    assert len(a.answer.split()) <= 60


@pytest.mark.parametrize("question", ["Van welke datum is de regeling voor het Sirius Programma?",
                                      "When was the regulation on the Sirius Programme adopted?"])
def test_the_date_of_a_regulation_is_its_own(kb, question):
    # "Regeling van de Staatssecretaris … van 11 maart 2010": a regulation is dated by its maker,
    # never voted on; "eind 2014" in its text is when the programme ends
    a = kb.ask(question)
    assert a.answer.startswith("11 maart 2010")
    assert "sirius" in a.citations[0].path


def test_a_vote_adopts_a_motion_or_a_bill():
    from polkb.answer.question import parse_question

    assert parse_question("When was the regulation on the Sirius Programme adopted?").role == "besluit"
    assert parse_question("When did the Eerste Kamer adopt the copyright contract law?").role != "besluit"
    assert parse_question("Wanneer is de motie over de stayrate aangenomen?").role == "aangenomen"


def test_a_conjunction_joins_the_questions_clauses_and_asks_nothing(kb):
    # the text says "de drie jaren voorafgaand aan", never "voordat"
    assert "voordat" not in parse_question("Hoe lang moest een student ingeschreven staan voordat het "
                                           "getuigschrift meetelde?").subject
    a = kb.ask("Hoe lang moest een student ingeschreven staan voordat het getuigschrift meetelde?")
    assert a.answer == "drie jaren" and "helderheid-bekostiging" in a.citations[0].path


def test_a_name_without_its_head_noun_is_another_name(kb):
    # the corpus has the Vlaamse Interuniversitaire Raad (and its grants), no such "Academie"
    a = kb.ask("Hoeveel subsidie kreeg de Vlaamse Interuniversitaire Academie?")
    assert a.answer is None
    a = kb.ask("Hoeveel geld is er jaarlijks gereserveerd voor het Ondersteunend Programma Studentenwelzijn?")
    assert a.answer == "één miljoen"


def test_a_period_that_only_touches_the_asked_one_is_another_period(kb):
    # the VLUHR grant runs "van 15 december 2023 tot en met 14 december 2025": it shares 2023 with
    # 2021-2023 but is not that period; asked for its own years it answers
    a = kb.ask("Hoeveel geld kent de Vlaamse Regering toe aan VLUHR voor de Lerende Netwerken in de periode 2021-2023?")
    assert a.answer is None
    a = kb.ask("Hoeveel geld kent de Vlaamse Regering toe aan VLUHR voor de Lerende Netwerken in de periode 2023-2025?")
    assert a.answer == "maximaal 2,2 miljoen euro"


def test_periods_and_how_they_meet():
    from polkb.answer.reader import _another_period, _periods

    assert _periods("voor de periode van 1 februari 2022 tot en met 31 januari 2025") == {(2022, 2025)}
    assert _periods("in het studiejaar 2015-2016") == set()  # an academic year is checked as one
    assert _another_period({(2019, 2022)}, {(2022, 2025)})
    assert not _another_period({(1945, 1986)}, {(1966, 1973)})  # a time inside the asked one
    assert not _another_period({(2012, 2016)}, {(2009, 2011)})  # apart: the year check's to judge


def test_a_person_in_apposition_to_the_asked_role_holds_it(tmp_path):
    # the Raad's annual report 2016 (bench/corpus-s31): its foreword thanks "de eerste voorzitter van de
    # DBRC, de heer Eddy Storms"; its list of members puts "Kamervoorzitter" right before another name.
    # The role and what it is of, then a comma and the person, name the holder no less.
    with _index_of_texts(tmp_path, {"vl-raad-studievoortgangsbetwistingen-jaarverslag-2016.md":
        "# Voorwoord\n\nVoor u ligt het jaarverslag van 2016, het twaalfde werkingsjaar van de Raad voor "
        "Betwistingen inzake Studievoorgangsbeslissingen.\n\nSinds 1 mei 2016 vinden de zittingen van de Raad "
        "plaats in het Ellipsgebouw aan de Koning Albert II-laan 35 te Brussel, en dit in samenwerking met de "
        "Dienst van de Bestuursrechtscolleges. De zittingszalen van de DBRC bieden zowel voor de procespartijen "
        "als voor de Raad een meer geriefelijk onderkomen. Dank gaat uit naar de eerste voorzitter van de DBRC, "
        "de heer Eddy Storms, voor het aanbod van deze cohousing.\n\n# Organisatie en beleid\n\n"
        "Voorzitter de heer Jim Deridder\n\nKamervoorzitter de heer Bertel De Groote mevrouw Karla Van Lint\n\n"
        "Na de benoeming van de heer Bertel De Groote tot plaatsvervangend voorzitter (kamervoorzitter) is één "
        "van de plaatsen van bestuursrechter vacant.\n"}) as kb:
        a = kb.ask("Which first president of the Dienst van de Bestuursrechtscolleges does the 2016 annual report "
                   "thank for hosting the Council's hearings?")
        assert a.answer and "Eddy Storms" in a.answer


def test_the_deadline_of_the_decision_is_not_the_deadline_for_applying():
    # the regulation on the academische opleidingsschool 2012-2016 (bench/corpus-s20): the application is due
    # "uiterlijk 31 december 2011", the minister decides "uiterlijk 31 maart 2012"
    text = "De minister beslist uiterlijk 31 maart 2012 op een aanvraag. De aanvraag wordt uiterlijk 31 december 2011 ingediend."
    assert _best_date("Uiterlijk wanneer moet een aanvraag binnen zijn?", text).startswith("31 december 2011")
    assert _best_date("Uiterlijk wanneer beslist de minister op een aanvraag?", text).startswith("31 maart 2012")


def test_a_reason_said_as_purpose_or_as_what_prompted_it_is_a_reason():
    # bench/corpus-s30 (a Flemish decision on example schools) says its reason as a purpose, "is bedoeld om";
    # bench/corpus-s31 (the Raad's 2016 report) as what prompted the change, "is ingegeven door"
    from polkb.answer.types.reason import extract_reason, says_why

    q = parse_question("Why does the Flemish Government fund a third project year for the example schools?")
    unit = _date_unit("De subsidie voor het derde projectjaar is bedoeld om, na de moeizame periode door de "
                      "coronapandemie, de lerende netwerken met de huidige scholen op maat te continueren en nieuwe "
                      "netwerken op te starten.")
    got = _best_first(extract_reason, q, unit)
    assert got and "coronapandemie" in got[0].text
    assert says_why("Deze wijziging is ingegeven door het voorkomen van werkoverlast bij de instelling, wanneer er "
                    "vele beroepen tegen eenzelfde instelling op dezelfde zitting worden gepland.")
    # a sentence that says only what was done gives no reason
    assert not says_why("Met dit besluit wordt de subsidie verlengd die werd toegekend aan 8 scholen voor gewoon "
                        "basisonderwijs.")


def test_a_sentence_that_enumerates_answers_which_members(tmp_path_factory):
    # bench/corpus-s33, the Raad's 2020 annual report: "De 5 verzoekende partijen kwamen uit 4 verschillende landen, met
    # name uit Turkije (2), Nederland, Irak en Oekraïne." The sentence covers less of the question than a plain
    # sentence answer needs (it lacks "beroepen", "diploma"); that it enumerates members is what "welke landen" asks
    for kb in _bench_index(tmp_path_factory, "raad2020list", [BENCH / "corpus-s33" /
                                                             "vl-raad-studievoortgangsbetwistingen-jaarverslag-2020.pdf"]):
        a = kb.ask("Uit welke landen kwamen de verzoekers in de beroepen over de gelijkwaardigheid van een buitenlands "
                   "diploma?")
        assert all(country in a.answer for country in ("Turkije", "Irak", "Oekraïne"))


def test_an_enumeration_after_zoals_answers_which_members(tmp_path_factory):
    # bench/corpus-s39, the 2008 circular on the pilot "Tussen Rijk en Onderwijs": "vacatures in tekortvakken, zoals
    # bètavakken, economie en (klassieke) talen": "zoals" introduces the members, a bracket may open one
    for kb in _bench_index(tmp_path_factory, "s39", _bench_documents("corpus-s39")):
        a = kb.ask("Welke tekortvakken worden in het convenant Tussen Rijk en Onderwijs genoemd?")
        assert all(subject in a.answer for subject in ("bètavakken", "economie", "talen"))


def test_of_units_that_cover_a_list_question_alike_the_enumerating_one_answers(tmp_path_factory):
    # bench/corpus-s14, a 2015 decision list of the Tweede Kamer's Interior committee: "Noot: In de e-mailprocedure
    # hebben de volgende fracties met het voorstel ingestemd: SP, GL en groep Kuzu/Öztürk." covers the question a
    # little less than the decision it notes, which names no party
    for kb in _bench_index(tmp_path_factory, "s14", _bench_documents("corpus-s14")):
        a = kb.ask("Welke fracties stemden in de e-mailprocedure in met het voorstel van Karabulut?")
        assert "SP" in a.answer and "Kuzu" in a.answer


@pytest.fixture(scope="module")
def taskforce_kb(tmp_path_factory):
    """bench/corpus-s16 (13 documents; among them OCW's instellingsbesluit of the taskforce on education and public
    transport, which names no country) and the Flemish decision on the teacher bonus (bench/corpus-s44)."""
    yield from _bench_index(tmp_path_factory, "taskforce", [
        *_bench_documents("corpus-s16"),
        BENCH / "corpus-s44" / "vlaamse-regering-beslissing-lerarenbonus-zij-instromers-voorontwerp.txt"])


def _lacking(answer, opening: str) -> str:
    """What `--explain` says the unit that opens so lacks of the question."""
    return next(line for line in answer.explanation if line.startswith("unit ") and opening in line).partition("(lacks")[2]


def test_the_country_a_document_is_of_holds_for_its_every_sentence(taskforce_kb):
    """"the Dutch taskforce" is OCW's, though the decision that appoints its chair never says "Nederlandse": the
    country of its organisation says it for the article "Tot voorzitter van de taskforce wordt benoemd:". Asked
    of a Flemish taskforce, the same article lacks it."""
    asked = "Who was appointed chair of the {} taskforce on better use of education buildings and public transport in 2014?"
    assert "'Dutch'" not in _lacking(taskforce_kb.ask(asked.format("Dutch")), "Tot voorzitter")
    assert "'Flemish'" in _lacking(taskforce_kb.ask(asked.format("Flemish")), "Tot voorzitter")


def test_what_a_record_says_its_document_is_by_holds_for_its_every_sentence(kb):
    """"Wat zei minister Dijkgraaf over …": the written questions' record says Dijkgraaf answered them, and every
    sentence of his answer holds that, as the title would, though it says only "ik … als Minister van OCW"."""
    a = kb.ask("Wat zei minister Dijkgraaf over het regenboogbeleid van de provincie Friesland?")
    assert "Dijkgraaf" not in _lacking(a, "Ik werk hierin graag samen met de provincies")


@pytest.fixture(scope="module")
def s22_kb(tmp_path_factory):
    """An index of bench/corpus-s22: 10 documents of the s22 evaluation set (provenance in its SOURCES.md)."""
    yield from _bench_index(tmp_path_factory, "s22", _bench_documents("corpus-s22"))


def test_an_english_word_reaches_the_dutch_word_it_is_borrowed_as(s22_kb):
    """"options" is "opties" in De Jonge Akademie's consultation ("Je kunt kiezen uit 11 opties"); the general
    glossary knew only "keuze", "alternatief" and "keus"."""
    a = s22_kb.ask("How many funding options could respondents choose from in De Jonge Akademie's 2022 research "
                   "funding consultation?")
    assert a.answer == "11 opties"


@pytest.fixture(scope="module")
def firms_kb(tmp_path_factory):
    """Two zoning plans of bench/corpus-s38 (Vlissingen, Groningen's Zernike campus: firms, a province, a
    university) and the Flemish decision on FIDIMEC's capital (bench/corpus-s43); provenance in their SOURCES.md."""
    yield from _bench_index(tmp_path_factory, "firms", [
        BENCH / "corpus-s38" / "nl-vlissingen-bestemmingsplan-studentenhuisvesting-adriaen-coortelaan.md",
        BENCH / "corpus-s38" / "nl-groningen-bestemmingsplan-zernike-campus.md",
        BENCH / "corpus-s43" / "vlaamse-regering-beslissing-kapitaalsverhoging-fidimec-imec-xpand-ii.txt"])


@pytest.mark.parametrize("question, firm", [
    ("Welk bedrijf is voornemens de vrijgekomen panden aan de Adriaen Coortelaan te herontwikkelen tot "
     "studentenhuisvesting?", "Walding NV"),
    ("Welk bedrijf krijgt een kapitaalsverhoging van de Vlaamse Regering?", "FIDIMEC nv"),
])
def test_which_company_is_answered_by_a_firm_named_with_its_legal_form(firms_kb, question, firm):
    """"Welk bedrijf": the text names the firm with its legal form ("Walding NV is voornemens …"), seldom with the
    word "bedrijf" beside it; the decision's title ("Kapitaalsverhoging van FIDIMEC nv") is no part of the name."""
    assert firms_kb.ask(question).answer == firm


@pytest.fixture(scope="module")
def van_rijn_kb(tmp_path_factory):
    """NOS on the Van Rijn committee's advice of 2019 and two other NOS articles of bench/corpus-s37 (provenance in
    its SOURCES.md)."""
    yield from _bench_index(tmp_path_factory, "van-rijn", [
        BENCH / "corpus-s37" / name for name in ("nos-2019-adviescommissie-van-rijn-bekostiging-hoger-onderwijs.md",
                                                 "nos-2019-monitor-instroom-studenten-leenstelsel.md",
                                                 "nos-2019-pvda-basisbeurs-terug-leenstelsel.md")])


def test_led_is_the_past_of_lead_not_a_diode(van_rijn_kb):
    """"Who led the committee": WordNet's "led => led" (the light-emitting diode) hid the verb, and the article
    says "een onderzoekscommissie, geleid door voormalig staatssecretaris Martin van Rijn"."""
    a = van_rijn_kb.ask("Who led the advisory committee on the funding of universities and hogescholen?")
    assert "Van Rijn" in a.answer or "van Rijn" in a.answer


@pytest.fixture(scope="module")
def roles_kb(tmp_path_factory):
    """MinVWS's open-source toolbox (bench/corpus-s35), whose contributors list gives "Maurice Hendriks (Hoofdauteur;
    …)", and OCW's 2006 regulation of the Inspectorate (bench/corpus-s39), which names the inspector-general's
    office throughout but nobody who holds it; provenance in their SOURCES.md."""
    yield from _bench_index(tmp_path_factory, "roles", [
        BENCH / "corpus-s35" / "nl-minvws-open-source-gereedschapskist-aanbesteden-standaardsoftware.md",
        BENCH / "corpus-s39" / "nl-ocw-regeling-inspectie-van-het-onderwijs-2006.md"])


def test_who_is_the_lead_author_is_a_person_never_the_ministry_beside_the_name(roles_kb):
    """"Wie is de hoofdauteur" asks who holds a role: the person, not the ministry in the brackets after the name."""
    a = roles_kb.ask("Wie was hoofdauteur van de gereedschapskist voor het aanbesteden van open source standaardsoftware?")
    assert a.answer == "Maurice Hendriks"


def test_who_held_an_office_the_text_never_fills_is_not_answered_by_who_issued_the_text(roles_kb):
    """"Who was the inspector-general when the regulation was adopted" asks who held the office: the minister who
    adopted the regulation (its preamble's "De Minister van Onderwijs, Cultuur en Wetenschap") does not answer it."""
    a = roles_kb.ask("Who was the inspector-general of education when OCW's 2006 regulation on the Inspectorate was adopted?")
    assert a.answer is None


@pytest.fixture(scope="module")
def graduate_kb(tmp_path_factory):
    """The Flemish Government's recognition of a graduate programme at the Arteveldehogeschool (bench/corpus-s44)."""
    yield from _bench_index(tmp_path_factory, "s44-graduaat", [
        BENCH / "corpus-s44" / "vlaamse-regering-beslissing-erkenning-graduaat-transport-logistiek-arteveldehogeschool.txt"])


def test_the_members_right_after_the_class_noun_are_the_list(graduate_kb):
    # "op de vestigingen Gent en Oudenaarde, met als afstudeerrichtingen: magazijnbeheer, wegvervoer": the sites
    # asked for are the two names after "vestigingen", not the specialisations the colon opens
    a = graduate_kb.ask("Op welke vestigingen van de Arteveldehogeschool wordt het graduaat in het transport en de "
                        "logistiek aangeboden?")
    assert a.type == "list" and a.items == ["Gent", "Oudenaarde"]


@pytest.mark.parametrize("question, role", [
    # a regulation is not voted on: who adopts it sets it, on its own date
    ("On what date did the state secretary adopt the Regeling stagebox beroepsonderwijs 2006 tot en met 2010?", "besluit"),
    ("When did the Vlissingen council adopt its policy note on student housing?", "aangenomen"),
    # a consent is a decision
    ("When did Breda's municipal executive agree in principle to the student housing plans?", "besluit"),
    ("Wanneer stemde het college van burgemeester en wethouders in met de plannen?", "besluit"),
])
def test_adopting_or_agreeing_is_the_role_asked(question, role):
    assert parse_question(question).role == role


@pytest.fixture(scope="module")
def stagebox_kb(tmp_path_factory):
    """The Regeling stagebox beroepsonderwijs 2006 tot en met 2010 (bench/corpus-s48)."""
    yield from _bench_index(tmp_path_factory, "s48-stagebox", [
        BENCH / "corpus-s48" / "nl-ocw-regeling-stagebox-beroepsonderwijs-2006-2010.md"])


def test_the_day_a_regulation_was_adopted_is_its_own_date(stagebox_kb):
    a = stagebox_kb.ask("On what date did the state secretary adopt the Regeling stagebox beroepsonderwijs 2006 tot en "
                        "met 2010 on extra internship places in vocational education?")
    assert a.type == "date" and a.answer.startswith("10 oktober 2006")


@pytest.fixture(scope="module")
def groups_kb(tmp_path_factory):
    """Figures said per group: the Flemish capacity funds for school buildings (bench/corpus-s33), the teacher grant
    per hour of study leave per sector (bench/corpus-s28), and the pilot 'Tussen Rijk en Onderwijs' (bench/corpus-s39)."""
    yield from _bench_index(tmp_path_factory, "groups", [
        BENCH / "corpus-s33" / "vlaamse-regering-beslissing-capaciteitsmiddelen-scholenbouw-2022-2024.txt",
        BENCH / "corpus-s28" / "nl-ocw-regeling-lerarenbeurs-scholing-zij-instroom-2009-2017.md",
        BENCH / "corpus-s39" / "nl-bzk-circulaire-pilot-tussen-rijk-en-onderwijs-2008.md"])


def test_a_figure_of_another_group_does_not_answer_for_the_group_asked(groups_kb):
    # "2.000 extra plaatsen binnen het basisonderwijs, 11.000 … binnen het secundair onderwijs en 1.800 … binnen het
    # buitengewoon onderwijs": the group asked is among them, or no figure of them answers
    asked = "Hoeveel extra plaatsen in het {} beoogt de Vlaamse Regering met de capaciteitsmiddelen scholenbouw 2022-2024?"
    assert groups_kb.ask(asked.format("secundair onderwijs")).answer.startswith("11.000")
    assert not groups_kb.ask(asked.format("hoger onderwijs")).found


def test_what_was_meant_to_happen_does_not_say_what_happened(groups_kb):
    assert groups_kb.ask("Hoeveel rijksambtenaren krijgen via de pilot Tussen Rijk en Onderwijs de kans om de overstap "
                         "naar het onderwijs te maken?").answer.startswith("50")
    assert not groups_kb.ask("How many civil servants actually switched to a teaching job through the "
                             "'Tussen Rijk en Onderwijs' pilot?").found


@pytest.fixture(scope="module")
def signed_kb(tmp_path_factory):
    """A royal decree of 1918 (bench/corpus-s38) and a UWV decision signed by its chair (bench/corpus-s30)."""
    yield from _bench_index(tmp_path_factory, "signed", [
        BENCH / "corpus-s38" / "nl-kb-1918-instelling-ministerie-onderwijs-kunsten-wetenschappen.md",
        BENCH / "corpus-s30" / "nl-uwv-besluit-onderzoekssubsidie-2015-kennis-aandoeningen-verzuim.md"])


@pytest.mark.parametrize("question, signer, src", [
    # "Wij WILHELMINA, bij de gratie Gods, Koningin der Nederlanden": the monarch who decrees signs
    ("Welke koningin tekende het besluit waarmee het onderwijsministerie in 1918 werd ingesteld?", "Wilhelmina", "nl-kb-1918"),
    ("Which queen signed the 1918 royal decree creating the education ministry?", "Wilhelmina", "nl-kb-1918"),
    # the name, and on the line below what its signer chairs: "B.J. Bruins\nVoorzitter Raad van bestuur UWV"
    ("Who signed UWV's 2015 research subsidy decision on conditions with frequent or long-term absence, as chair of "
     "the Board of Directors?", "B.J. Bruins", "nl-uwv-besluit-onderzoekssubsidie-2015"),
])
def test_a_monarch_or_a_chair_signs(signed_kb, question, signer, src):
    a = signed_kb.ask(question)
    assert a.answer == signer and cited(a, src)


@pytest.fixture(scope="module")
def piri_motion(tmp_path_factory):
    """The Piri motion on scholarships for Belarusian students (bench/corpus-s31)."""
    yield from _bench_index(tmp_path_factory, "piri", [
        BENCH / "corpus-s31" / "tk-motie-2024-piri-studiebeurzen-belarussische-studenten.txt"])


@pytest.mark.parametrize("question", [
    "Hoeveel studiebeurzen voor Oekraïense studenten stelt de regering in 2024 beschikbaar?",
    "How many scholarships for Ukrainian students does the Dutch government make available in 2024?",
])
def test_a_people_the_question_names_must_be_the_documents(piri_motion, question):
    # the motion asks for "minstens 50 studiebeurzen voor Belarussische studenten": it says nothing of
    # Ukrainian students, in either language
    assert piri_motion.ask("Hoeveel studiebeurzen voor Belarussische studenten stelt de regering in 2024 "
                           "beschikbaar?").answer == "minstens 50 studiebeurzen"
    assert piri_motion.ask(question).answer is None


def test_a_rule_a_series_repeats_is_cited_from_its_latest_report():
    # the Raad's annual reports (bench/corpus-s31, -s33, -extra) all say "Voor beroepen inzake de
    # gelijkwaardigverklaring van een buitenlands diploma bedraagt deze ordetermijn dertig kalenderdagen": a
    # question that names no year asks what holds now, and the officer pastes the latest report's citation; the
    # search ranked the 2016 report's copy first
    from types import SimpleNamespace

    from polkb.answer.evidence import Unit
    from polkb.answer.reader import _latest_of_twins

    rule = "Voor beroepen inzake de gelijkwaardigverklaring van een buitenlands diploma bedraagt deze ordetermijn " \
           "dertig kalenderdagen."
    titles = {d: f"Raad voor betwistingen inzake studievoortgangsbeslissingen: jaarverslag {d}" for d in ("2016", "2017", "2022")}
    units = [Unit(rule, "sentence", SimpleNamespace(doc_id=d, document=None), rank) for rank, d in enumerate(("2016", "2017", "2022"))]
    other = Unit("De Raad heeft in 2016 630 beroepen behandeld.", "sentence", SimpleNamespace(doc_id="2016", document=None), 3)
    scored = [(0.95, 0.85, units[0]), (0.94, 0.85, units[1]), (0.90, 0.8, other), (0.93, 0.85, units[2])]
    latest = _latest_of_twins(scored, titles)
    assert [u.hit.doc_id for _, _, u in latest] == ["2022", "2017", "2016", "2016"]
    assert [s for s, _, _ in latest] == [0.95, 0.94, 0.90, 0.93]  # each place keeps its score


def test_a_welke_question_for_several_members_is_answered_by_the_list_a_lead_in_introduces(tmp_path_factory, monkeypatch):
    """"Aan welke partijen verstrekt de minister … een aanvullende vergoeding?" is answered by the article that says so
    and ends in a colon, with its items ("a. instellingen; b. kenniscentra; …; d. Colo."), not by the two ministries the
    regulation's preamble names; "Bij welke organisatie …" asks for one, and the body the text names answers it.
    Over all 513 evaluation documents the ministries' span scored within SENTENCE_OVER_SPAN of the lead-in; over these
    two its margin is wider, so the test narrows the margin to where it stood there."""
    from polkb.answer import reader

    monkeypatch.setattr(reader, "SENTENCE_OVER_SPAN", 0.6)
    docs = [BENCH / "corpus-s48" / "nl-ocw-regeling-stagebox-beroepsonderwijs-2006-2010.md",
            BENCH / "corpus-s41" / "nl-vrom-vervolgsubsidieregeling-bans-klimaatconvenant-2006.md"]
    for kb in _bench_index(tmp_path_factory, "lead_in_members", docs):
        a = kb.ask("Aan welke partijen verstrekt de minister volgens de Regeling stagebox beroepsonderwijs een "
                   "aanvullende vergoeding?")
        assert "volgende partijen" in a.answer
        assert any("instellingen" in i for i in a.items) and any("Colo" in i for i in a.items)
        assert "Ministerie" not in a.answer
        one = kb.ask("Bij welke organisatie dienen gemeenten en provincies hun aanvraag voor de vervolgsubsidie BANS "
                     "klimaatconvenant in?")
        assert one.answer == "SenterNovem"


def test_when_a_rule_lapsed_is_the_date_its_clause_says_it_lapsed(tmp_path_factory):
    """"Op welke datum is de beleidsregel … 2010 vervallen" asks for the end of the old rule: "Deze beleidsregel
    vervangt de beleidsregel van 17 december 2009 … inzake het Ruilen van bewijzen van toelating 2010 … die op 1 januari
    2014 is vervallen" answers 1 januari 2014, not the old rule's own date that stands beside the question's other
    words (bench/corpus-s36). "Met ingang van 1 januari 2010 wordt de beleidsregel ‘Titulatuur …’ (kenmerk … d.d. 30
    oktober 2006) ingetrokken": the date after "d.d." is the withdrawn paper's own, however near "ingetrokken" stands
    (bench/corpus-s42)."""
    docs = [BENCH / "corpus-s36" / "nl-ocw-beleidsregel-ruilen-bewijzen-van-toelating-ho-2014.md",
            BENCH / "corpus-s42" / "nl-ocw-beleidsregel-nederlandse-titulatuur-buitenlandse-graad-2009.md"]
    for kb in _bench_index(tmp_path_factory, "lapsed", docs):
        a = kb.ask("Op welke datum is de beleidsregel Ruilen van bewijzen van toelating 2010 vervallen, die door de "
                   "beleidsregel van 2014 wordt vervangen?")
        assert a.answer.startswith("1 januari 2014")
        withdrawn = kb.ask("Per wanneer werd de oude beleidsregel 'Titulatuur op grond van artikel 7.23 van WHW' uit 2006 "
                           "ingetrokken?")
        assert withdrawn.answer.startswith("1 januari 2010")


def test_a_list_question_is_answered_by_an_enumerating_sentence_without_its_class_noun(tmp_path):
    """The 1985 regulation of part-time teacher training (bench/corpus-s44) lists what the
    professional part holds as "leerstofgebieden": a question that calls them "cursussen" is answered
    by the sentence enumerating them, though that sentence never says "cursussen". The class noun
    is the asker's word; an enumeration answers a "welke …" question in its own."""
    doc = BENCH / "corpus-s44" / "nl-ocw-regeling-inrichting-deeltijdopleidingen-leraren-vo-algemene-vakken-1985.md"
    with _index_of_texts(tmp_path, {doc.name: doc.read_text(encoding="utf-8")}) as kb:
        a = kb.ask("Welke cursussen kunnen studenten volgen in het kader van het beroepsvoorbereidend gedeelte?")
    assert a.found and "vakdidactiek" in a.answer and "algemene onderwijskunde" in a.answer


@pytest.mark.parametrize("text, body", [
    # the act abolishing the College van beroep studiefinanciering (bench/corpus-s36)
    ("de taken van dit College op te dragen aan de rechtbanken en de Centrale Raad van Beroep", "Centrale Raad van Beroep"),
    ("Deze Raad van Beroep besliste.", "Raad van Beroep"),
])
def test_an_adjective_before_a_bodys_kind_is_part_of_its_name(text, body):
    """"de Centrale Raad van Beroep" is a court of its own, not a "Raad van Beroep"; "Deze" only points at one."""
    from polkb.answer.types import Clues
    from polkb.answer.types.actors import _all_organisations

    q = parse_question("Aan welke organisaties werden de taken overgedragen?")
    assert [c.text for c in _all_organisations(q, text, Clues([], lambda a, b: a == b, frozenset()))] == [body]


@pytest.mark.parametrize("question", ["Welke partijen sloten het coalitieakkoord 'Omzien naar elkaar, vooruitkijken naar de toekomst'?",
                                      "Which parties concluded the coalition agreement 'Omzien naar elkaar'?"])
def test_parties_answer_a_question_that_asks_for_parties(tmp_path, question):
    """The cover of the 2021 coalition agreement (bench/corpus-s37): "Coalitieakkoord 2021 – 2025 VVD, D66, CDA en
    ChristenUnie". A party is no answer to "wie" or "welke organisatie", but it is the answer when parties are asked."""
    texts = {"coalitieakkoord-2021-2025.md": "# Omzien naar elkaar, vooruitkijken naar de toekomst\n\n"
             "Coalitieakkoord 2021 – 2025 VVD, D66, CDA en ChristenUnie\n\n15 december 2021\n\n"
             "De plannen die wij als coalitiepartijen hebben, zijn niet gerealiseerd in één kabinetsperiode en vragen "
             "breed maatschappelijk draagvlak. Daarom willen wij samenwerken met lokale overheden, sociale partners en "
             "de uitvoeringsorganisaties.\n"}
    with _index_of_texts(tmp_path, texts) as kb:
        a = kb.ask(question)
    assert a.answer == "VVD, D66, CDA, ChristenUnie" and a.type == "organisations"


@pytest.mark.parametrize("text, members", [
    # the SVB's decree setting up its advisory committee (bench/corpus-s28): the vocabulary knows one of three
    ("4. Begeleidende Instellingen: Stichting 1940–1945, Joods Maatschappelijk Werk, Stichting Pelita.",
     ["Stichting 1940–1945", "Joods Maatschappelijk Werk", "Stichting Pelita"]),
    # the answers on care for undocumented people on Curaçao (the realcorpus's tk-kamervragen-2024-vws-zorg-
    # ongedocumenteerden-caribisch-filler.pdf, docs/corpus-sources.md): a member described before its name
    ("inclusief de Tijdelijke Werkorganisatie (TWO), de Curaçaose organisatie Salu pa Tur en Stichting Vluchteling.",
     ["Tijdelijke Werkorganisatie (TWO)", "Salu pa Tur", "Stichting Vluchteling"]),
    # an enumeration ends at a member that names no one
    ("Dit werd besproken met de VNG en de gemeenten in het land.", []),
])
def test_the_other_members_of_an_enumeration_that_holds_a_body(text, members):
    from polkb.answer.types import Clues
    from polkb.answer.types.actors import extract_organisations

    unit = type("Unit", (), {"text": text})()
    q = parse_question("Met welke organisaties werd gesproken?")
    found = extract_organisations(q, unit, Clues([], lambda a, b: a == b, frozenset()))
    assert found[0].items == members


def test_two_roles_asked_are_two_persons_from_the_items_of_one_list(tmp_path_factory):
    """OCW's 2008 organisation and mandate decree (bench/corpus-s42) lists "De bewindspersonen van het Ministerie
    zijn:" with one item per person ("minister, mevrouw dr. J. Bussemaker", "staatssecretaris, de heer S. Dekker"):
    a question for a minister and a state secretary asks for both."""
    for kb in _bench_index(tmp_path_factory, "s42-ocw", [BENCH / "corpus-s42" / "nl-ocw-organisatie-en-mandaatbesluit-ocw-2008.md"]):
        a = kb.ask("Welke minister en staatssecretaris zijn de bewindspersonen volgens het Organisatie- en mandaatbesluit OCW?")
        assert set(a.items) == {"J. Bussemaker", "S. Dekker"}


def test_a_count_of_students_is_said_in_the_sectors_word_for_them(tmp_path_factory):
    """The Randstad salary-mix regulation for mbo (bench/corpus-s48) counts students as "deelnemers", the word of
    the WEB: "Indien een bevoegd gezag … in totaal minder dan 5.000 deelnemers heeft, dan tellen alle … deelnemers,
    ongeacht woonplaats, mee"."""
    doc = BENCH / "corpus-s48" / "nl-ocw-regeling-versterking-salarismix-leraren-mbo-randstadregios-2009.md"
    for kb in _bench_index(tmp_path_factory, "s48-salarismix", [doc]):
        a = kb.ask("Onder hoeveel studenten tellen volgens de regeling salarismix Randstadregio's alle studenten van "
                   "een bevoegd gezag mee, waar ze ook wonen?")
        assert a.answer and "5.000 deelnemers" in a.answer


@pytest.fixture(scope="module")
def hardship_kb(tmp_path_factory):
    """An index of the 2014 policy rule on the hardship clause for candidates not drawn in the lottery
    (bench/corpus-s39): its sentences run to 60 words and more."""
    yield from _bench_index(tmp_path_factory, "hardship", [
        BENCH / "corpus-s39" / "nl-ocw-beleidsregel-hardheidsclausule-uitgelote-kandidaten-ho-2014.md"])


def test_a_long_sentence_answers_with_what_stands_beside_the_question_words(hardship_kb):
    """"… dat de kleinste objectief meetbare verbetering (0,1 punt in één vak) recht geeft op een hogere
    lotingsklasse (…) is het mogelijk dat zal worden overgegaan tot het toekennen van een plaats buiten
    de loting om": a trim of 40 words around the question's words cut off the 0,1 point."""
    a = hardship_kb.ask("Hoe klein mag de objectief meetbare verbetering van een eindexamencijfer zijn om via de "
                        "hardheidsclausule een plaats buiten de loting te krijgen?")
    assert a.answer and "0,1 punt" in a.answer and len(a.answer.split()) <= 60


@pytest.fixture(scope="module")
def transport_kb(tmp_path_factory):
    """An index of the 2004 subsidy regulation on traffic and transport knowledge projects (bench/corpus-s30):
    its article 4 lists a subsidy percentage per kind of research, each kind naming others in passing."""
    yield from _bench_index(tmp_path_factory, "transport", [
        BENCH / "corpus-s30" / "nl-venw-subsidieregeling-kennisprojecten-verkeer-en-vervoer.md"])


def test_a_list_item_is_about_what_its_head_says(transport_kb):
    """"b. onderzoek naar de technische haalbaarheid, ter voorbereiding van industrieel onderzoek, ten hoogste
    75%" names industrial research in passing; "c. industrieel onderzoek, ten hoogste 50%" is about it."""
    a = transport_kb.ask("Hoeveel procent van de subsidiabele kosten wordt voor industrieel onderzoek ten hoogste "
                         "gesubsidieerd?")
    assert a.answer and "50%" in a.answer
    a = transport_kb.ask("Hoeveel procent van de subsidiabele kosten wordt voor strategisch/fundamenteel onderzoek ten "
                         "hoogste gesubsidieerd?")
    assert a.answer and "100%" in a.answer
