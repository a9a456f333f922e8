"""Citations in the style of each document kind the tagger knows, on real corpus documents: the
line, its link, its Markdown and CSL-JSON, and the citation every hit and record carries."""
import json
import shutil
from pathlib import Path

import pytest

from polkb.kb import KnowledgeBase
from polkb.model import DatedEvent, SourceDocument
from polkb.present import citations
from polkb.tag.kinds import KINDS

from .conftest import invoke

# one real document of each kind, with the citation line its stored fields give
EXPECTED = {
    "written_question": ("tk-kamervragen-2024-ocw-inclusie-diversiteit-cultuursubsidies.pdf", 2,
                         "Aanhangsel Handelingen II 2023/24 — vragen van het lid Van Zanten (BBB) aan de "
                         "staatssecretaris van OCW, ingezonden 7 maart 2024, beantwoord 5 april 2024, p. 2"),
    "motion": ("tk-motie-2023-omtzigt-normen-onderwijstaal-nederlands-hoger-onderwijs.txt", None,
               "Kamerstukken II 2022/23, 31 288, nr. 1008 — motie van het lid Omtzigt c.s. (Hoger "
               "Onderwijs-, Onderzoek- en Wetenschapsbeleid), voorgesteld 31 januari 2023"),
    "regulation": ("nl-besluit-experiment-bindend-studieadvies.md", None,
                   "Besluit experiment uitbreiding bindend studieadvies, 15 juli 2013, Ministerie van OCW"),
    "government_decision": ("vlaamse-regering-beslissing-vluhr-subsidie-stem-didactiek.txt", None,
                            "Beslissing Vlaamse Regering: Vlaamse Universiteiten en Hogescholen Raad "
                            "(VLUHR): subsidie ondersteunen STEM-didactiek"),
    "web_page": ("003_3a0853e1a7bdcf7c.txt", None, "UNL, Studentenwelzijn (webpagina)"),
    "action_plan": ("vlaamse-regering-regeerakkoord-2019-2024.pdf", 37,
                    "Vlaamse regering 2019-2024, regeerakkoord (actieplan), p. 37"),
    "slide_deck": ("002_1ddd43df3bba29b1.txt", None, "Doelstellingen STEM-actieplan (presentatie)"),
    "document": ("nl-ocw-notitie-helderheid-bekostiging-hoger-onderwijs.md", None,
                 "Notitie ’Helderheid in de bekostiging van het hoger onderwijs’"),
}
# the shipped corpus has no project report: a curator's sidecar makes a corpus document one
REPORT_FILE = "nl-ocw-notitie-helderheid-bekostiging-hoger-onderwijs.md"


def _source(kb, name: str) -> SourceDocument:
    return kb.show(name)["source"]


@pytest.fixture(scope="module")
def report_kb(tmp_path_factory, corpus):
    """An index of one corpus document that a sidecar calls a project report with a source URL."""
    folder = tmp_path_factory.mktemp("report")
    shutil.copy(corpus / REPORT_FILE, folder / REPORT_FILE)
    (folder / (REPORT_FILE + ".meta.toml")).write_text(
        'kind = "projectverslag"\nsource_url = "https://example.org/notitie-helderheid"\n', encoding="utf-8")
    with KnowledgeBase(folder / "index") as kb:
        assert kb.ingest([folder]).ok
        yield kb


def test_every_kind_has_a_case():
    assert set(EXPECTED) | {"project_report"} == set(KINDS)


@pytest.mark.parametrize("kind", sorted(EXPECTED))
def test_citation_line_per_kind(kb, kind):
    name, page, line = EXPECTED[kind]
    doc = _source(kb, name)
    assert doc.kind == kind
    assert citations.citation_line(doc, page) == line


def test_project_report_and_a_source_url(report_kb):
    doc = _source(report_kb, REPORT_FILE)
    assert doc.kind == "project_report"
    assert citations.citation_line(doc) == "Notitie ’Helderheid in de bekostiging van het hoger onderwijs’ (projectverslag)"
    assert citations.link(doc, 3) == "https://example.org/notitie-helderheid"  # the URL wins over the file


def test_link_to_the_original_at_its_page(kb, corpus):
    doc = _source(kb, EXPECTED["written_question"][0])
    assert citations.link(doc, 2) == (corpus / EXPECTED["written_question"][0]).resolve().as_uri() + "#page=2"
    assert citations.link(doc) == (corpus / EXPECTED["written_question"][0]).resolve().as_uri()


def test_markdown_is_a_link_with_escaped_brackets():
    doc = SourceDocument("x1", "a.pdf", "Notitie [concept]", kind="document", file="/tmp/a b.pdf")
    assert citations.markdown(doc, 4) == r"[Notitie \[concept\], p. 4](<file:///tmp/a%20b.pdf#page=4>)"


@pytest.mark.parametrize("iso, session", [("2023-09-18", "2022/23"), ("2023-09-19", "2023/24"),
                                           ("2024-03-07", "2023/24"), ("2024-09", "2023/24"), ("", "")])
def test_parliamentary_year_opens_on_prinsjesdag(iso, session):
    assert citations.parliamentary_year(iso) == session


def test_dates_in_dutch():
    assert citations.dutch_date("2024-04-05") == "5 april 2024"
    assert citations.dutch_date("2024-04") == "april 2024"
    assert citations.dutch_date("2019") == "2019"


def test_fields_a_document_lacks_are_left_out():
    bare = SourceDocument("q1", "q.txt", "Vraag over studiefinanciering", kind="written_question")
    assert citations.citation_line(bare) == "Schriftelijke vraag: Vraag over studiefinanciering"
    dated = SourceDocument("m1", "m.txt", "Motie over X", kind="motion", dates=[DatedEvent("voorgesteld", "2023-01-24")])
    assert citations.citation_line(dated) == "Motie over X, voorgesteld 24 januari 2023"


def test_csl_json_for_zotero(kb):
    items = citations.csl_items([_source(kb, EXPECTED[k][0]) for k in ("written_question", "motion", "regulation", "web_page")])
    by_type = {item["type"]: item for item in items}
    assert set(by_type) == {"report", "bill", "legislation", "webpage"}
    motion = by_type["bill"]
    assert motion["number"] == "1008" and motion["collection-number"] == "31 288"
    assert motion["issued"] == {"date-parts": [[2023, 1, 31]]} and motion["container-title"] == "Kamerstukken II"
    assert {"family": "Omtzigt"} in motion["author"]
    question = by_type["report"]
    assert question["issued"] == {"date-parts": [[2024, 4, 5]]} and question["publisher"] == "Tweede Kamer"
    assert by_type["webpage"]["author"] == [{"literal": "UNL"}]
    assert all(item["id"] and item["title"] and item["note"] for item in items)
    json.dumps(items)  # plain JSON


def test_hits_and_records_carry_their_citation(corpus_index):
    search = json.loads(invoke("search", "cultuursubsidies", "--limit", "3", "--json", index=corpus_index).stdout)
    hit = next(h for h in search["hits"] if h["document"]["kind"] == "written_question")
    assert hit["document"]["dates"] == [{"role": "ingezonden", "date": "2024-03-07", "place": ""},
                                        {"role": "ontvangen", "date": "2024-04-05", "place": ""}]
    assert hit["document"]["organisation"] == "Tweede Kamer"
    assert hit["citation"]["text"].startswith("Aanhangsel Handelingen II 2023/24")
    assert hit["citation"]["link"].endswith(f"#page={hit['page']}") and hit["citation"]["markdown"].startswith("[")
    answer = json.loads(invoke("ask", "Welke organisaties zijn betrokken bij #IBelong?", "--json", index=corpus_index).stdout)
    assert answer["citations"][0]["citation"]["text"] == "Verbondenheid en succes verbeteren van studenten met migrantenachtergrond (webpagina)"
    qa = json.loads(invoke("qa", "--asker", "Van Zanten", "--json", index=corpus_index).stdout)
    assert qa[0]["source"]["citation"]["text"].startswith("Aanhangsel Handelingen II 2023/24 — vragen van het lid Van Zanten")
    figures = json.loads(invoke("figures", "meisjes STEM", "--json", index=corpus_index).stdout)
    assert figures[0]["source"]["document"]["kind"] == "slide_deck" and figures[0]["source"]["citation"]["text"]


def test_show_gives_the_citation(corpus_index):
    out = invoke("show", EXPECTED["motion"][0], "--no-passages", index=corpus_index).stdout
    assert f"citation: {EXPECTED['motion'][2]}" in out.splitlines()
    assert any(line.startswith("link: file://") for line in out.splitlines())
