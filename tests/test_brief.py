"""`polkb brief` on three real questions over the shipped corpus: each answer with its quote and
citation, the top passages, a numbered source list, and every statement traceable to a source
whose document holds it."""
import json
import re
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

from .conftest import invoke

QUESTIONS = {
    "Hoeveel projectsubsidie krijgen de Vlaamse universiteiten voor de Europese Universiteiten?": "4,78 miljoen euro",
    "Wanneer is de motie van het lid De Hoop over Europese universiteitenallianties voorgesteld?": "24 januari 2023",
    "What is the share of girls in STEM in ASO?": "meer dan 48%",
}
REFS = re.compile(r"(?: \[\d+\])+$")
SOURCE = re.compile(r"^\[(\d+)\] \[(.+)\]\(<(file://[^>]+)>\)\s*$")


def _space(text: str) -> str:
    return " ".join(text.split()).lower()


@pytest.fixture(scope="module")
def note(corpus_index, tmp_path_factory):
    folder = tmp_path_factory.mktemp("brief")
    out, csl = folder / "note.md", folder / "sources.json"
    result = invoke("brief", *QUESTIONS, "-o", out, "--csl", csl, index=corpus_index)
    assert result.exit_code == 0, result.output
    assert result.stdout == "" and result.stderr.startswith(f"wrote {out}")
    return out.read_text(encoding="utf-8"), json.loads(csl.read_text(encoding="utf-8"))


def _body_and_sources(text: str) -> tuple[list[str], dict[int, tuple[str, str]]]:
    body, _, tail = text.partition("\n## Bronnen / Sources\n")
    sources = {}
    for line in tail.strip().splitlines():
        m = SOURCE.match(line)
        assert m, line
        sources[int(m.group(1))] = (m.group(2), m.group(3))
    return body.splitlines(), sources


def _document_text(kb, link: str) -> str:
    """The whole text of the document a source's link opens."""
    name = Path(unquote(urlparse(link).path)).name
    return _space(" ".join(p["text"] for p in kb.show(name)["passage_list"]))


def test_each_question_has_its_answer_quote_and_passages(note):
    text, _ = note
    for question, answer in QUESTIONS.items():
        section = text.split(f"## {question}\n", 1)[1].split("\n## ", 1)[0]
        label = "Answer" if question.startswith("What") else "Antwoord"
        assert f"**{label}:** {answer}" in section
        assert "> Citaat: “" in section or "> Quote: “" in section
        assert "**Passages**" in section and "\n- *" in section


def test_every_statement_ends_in_its_sources(note):
    text, _ = note
    body, sources = _body_and_sources(text)
    assert sorted(sources) == list(range(1, len(sources) + 1))
    used = set()
    for line in body:
        line = line.rstrip()
        if not line or line.startswith("#") or line == "**Passages**" or (line.startswith("_") and line.endswith("_")):
            continue  # headings repeat the questions; italics are polkb's own words
        m = REFS.search(line)
        assert m, f"a statement without a source: {line!r}"
        used |= {int(n) for n in re.findall(r"\d+", m.group(0))}
    assert used == set(sources)  # every source is cited, every citation is listed


def test_every_quote_and_answer_stands_in_its_source(note, kb):
    text, _ = note
    body, sources = _body_and_sources(text)
    for line in body:
        m = REFS.search(line.rstrip())
        if not m:
            continue
        content = line[: m.start()]
        if content.startswith("**"):  # an answer: the answer stage's span, its date role in brackets
            claim = content.split(":**", 1)[1].split(" (")[0]
            fragments = [claim]
        else:  # a quote or a passage's snippet: the words between the cuts (…) are the document's
            content = content.split("“", 1)[-1].rstrip("” ") if content.startswith(">") else content.split("*: ", 1)[1]
            fragments = [f for f in content.split("…") if len(f.strip()) > 20]
        docs = [_document_text(kb, sources[int(n)][1]) for n in re.findall(r"\d+", m.group(0))]
        for fragment in fragments:
            assert any(_space(fragment) in doc for doc in docs), (fragment, line)


def test_sources_are_citations_with_links(note):
    text, csl = note
    _, sources = _body_and_sources(text)
    lines = [line for line, _ in sources.values()]
    assert any(line.startswith("Beslissing Vlaamse Regering: 4,78 miljoen euro projectsubsidie") for line in lines)
    assert any(line.startswith("Kamerstukken II 2022/23, 22 452, nr. 83 — motie van het lid De Hoop") for line in lines)
    assert any(line == "Doelstellingen STEM-actieplan (presentatie)" for line in lines)
    assert all(Path(unquote(urlparse(link).path)).is_file() for _, link in sources.values())
    assert {item["title"] for item in csl} >= {"Doelstellingen STEM-actieplan"}
    assert len(csl) == len({link.split("#")[0] for _, link in sources.values()})


def test_not_found_is_said_in_polkbs_own_words(corpus_index):
    result = invoke("brief", "Hoeveel kost een ruimtestation op de maan in 2090?", "--passages", "0", index=corpus_index)
    assert result.exit_code == 0
    assert "_Geen antwoord gevonden in de kennisbank._" in result.stdout
    assert "## Bronnen / Sources" not in result.stdout  # nothing stated, nothing cited
