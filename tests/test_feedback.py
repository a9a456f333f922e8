"""Pseudo-relevance feedback for English queries over Dutch text (`polkb.query.feedback`), on the
shipped corpus and one tune document (bench/corpus-s11): an index of about 1,800 passages, where
a word few passages hold is rare enough to count as a subject's own."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from polkb.analysis import dutch_analyzer
from polkb.kb import KnowledgeBase
from polkb.query import feedback

from .conftest import CORPUS
from .opensearch_node.node import opensearch_url  # noqa: F401  (the session fixture, started only when asked for)

MERGER_RULES = Path(__file__).resolve().parent.parent / "bench" / "corpus-s11" / \
    "nl-ocw-instellingsbesluit-adviescommissie-fusietoets-onderwijs.md"
MERGER_QUERY = "merger fee-effect report medezeggenschapsraad advice"


@pytest.fixture(scope="module")
def merger_docs(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("feedback") / "docs"
    shutil.copytree(CORPUS, folder)
    shutil.copy(MERGER_RULES, folder / MERGER_RULES.name)
    return folder


@pytest.fixture(scope="module")
def merger_kb(merger_docs):
    with KnowledgeBase(merger_docs.parent / "index") as kb:
        report = kb.ingest([merger_docs])
        assert report.ok, report.failures
        yield kb


def test_the_words_the_best_passages_share_lift_the_passage_on_their_subject(merger_kb):
    # The glosses of "merger", "report" and "advice" stand in the merger committee's task and in
    # the WHW's articles on a participation council's say alike (tied without feedback); the best
    # passages share the words of mergers ("fusie", "effect"), which the committee's task holds most.
    hits = merger_kb.search(MERGER_QUERY, limit=3).hits
    assert "fusie-effectrapportage" in hits[0].text


def test_a_dutch_query_or_one_a_candidate_holds_gets_no_feedback():
    assert feedback.wanted(True, 0.5)
    assert not feedback.wanted(False, 0.5)  # the typed words are the texts' own
    assert not feedback.wanted(True, 1.0)  # the glosses were the text's words


# passages of the merger committee's instituting decision (MERGER_RULES), as the first ranking
# might give them
TASK = ("De commissie heeft tot taak voorgenomen fusies te beoordelen met inachtneming van de "
        "beleidsregels fusietoets in het onderwijs en daarover advies uit te brengen aan de minister.")
COUNCIL = ("kan een medezeggenschapsraad die gevraagd is in te stemmen met een voorgenomen fusie, de "
           "commissie verzoeken hem te adviseren over de fusie-effectrapportage.")
TERM = "fusie: fusie als bedoeld in artikel 64 van de WPO, artikel 66 van de WEC, artikel 53e van de WVO."
MEMBERS = "De leden en de voorzitter worden door de minister benoemd en ontslagen."


def test_feedback_words_are_shared_rare_and_not_the_querys_own():
    nl = dutch_analyzer(stem_algorithm="dutch")
    passages = [(s, [t.text for t in nl(text, mode="index")]) for s, text in
                [(9.0, TASK), (8.0, COUNCIL), (7.0, TERM), (6.0, MEMBERS)]]
    frequency = {"fusie": 40, "commissie": 400, "voorgenom": 30}
    fb = feedback.feedback_terms(passages, lambda t: frequency.get(t, 5), 2000, exclude={"advies"})
    assert fb is not None
    assert "fusie" in fb.terms  # in three of the four passages, held by 2% of them
    assert "commissie" not in fb.terms  # in 20% of all passages: no one subject's word
    assert "voorgenom" not in fb.terms  # in two of the passages only
    assert "advies" not in fb.terms  # the query's own
    assert abs(sum(fb.weights.values()) - 1) < 1e-9
    # a passage holding the feedback words scores, one without them does not
    assert feedback.feedback_score({"fusie": 2}, 40, 60.0, fb) > 0
    assert feedback.feedback_score({"leden": 2}, 40, 60.0, fb) == 0


def test_without_enough_passages_there_is_no_feedback():
    nl = dutch_analyzer(stem_algorithm="dutch")
    passages = [(9.0, [t.text for t in nl(TASK, mode="index")]), (8.0, [t.text for t in nl(COUNCIL, mode="index")])]
    assert feedback.feedback_terms(passages, lambda t: 5, 2000) is None


@pytest.mark.opensearch
def test_the_opensearch_backend_gives_the_same_feedback(merger_docs, opensearch_url, tmp_path):  # noqa: F811
    import json
    import uuid

    from polkb.store import open_backend

    from .conftest import invoke
    from .opensearch_node.indexes import delete_test_indexes

    folder = merger_docs
    url = f"{opensearch_url}/polkb-feedback-{uuid.uuid4().hex[:8]}"
    try:
        result = invoke("--backend", "opensearch", "--url", url, "ingest", folder, "--json", index=tmp_path / "index")
        assert result.exit_code == 0, result.output
        result = invoke("--backend", "opensearch", "--url", url, "search", MERGER_QUERY, "--json",
                        index=tmp_path / "index")
        assert "fusie-effectrapportage" in json.loads(result.output)["hits"][0]["text"]
    finally:
        backend = open_backend(url, "opensearch")
        delete_test_indexes(backend)
        backend.close()
