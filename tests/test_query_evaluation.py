"""Queries with user syntax are evaluated over posting lists (polkb.store.whoosh.candidates.evaluate), not by
Whoosh's matcher tree, which took 7-20 s at 100k passages. What a user sees must not change: the
same passages match as through Whoosh's searcher, ranked by the same BM25F scores."""
import pytest
from whoosh import query as Q

from polkb.store.whoosh import search as S
from polkb.store.whoosh.candidates import Unsupported, evaluate, postings

QUERIES = ['"Landelijk Kader Studentenwelzijn"', "studentenwelzijn AND alcohol", "studentenwelzijn NOT alcohol",
           "spookop*", "stud* welzijn", '"hoger onderwijs" NOT student', "NOT student", "(meisjes OR vrouwen) AND STEM",
           "beurs~", "promovendi ANDMAYBE welzijn", '"de minister" OR staatssecretaris', "a* b* c*",
           'onderwijs AND "internationale studenten"']


def _whoosh(searcher, q):
    """Every passage Whoosh's searcher matches for `q`, with its score."""
    mask = Q.Term("rec", "doc")
    return {hit.docnum: hit.score for hit in searcher.search(q, limit=None, mask=mask)}


@pytest.mark.parametrize("text", QUERIES)
def test_syntax_queries_match_the_passages_whoosh_matches(kb, text):
    searcher = kb.searcher()
    q = S.plan_query(text, searcher.schema, searcher.reader()).query
    expected = _whoosh(searcher, q)
    documents = frozenset(postings(searcher, "rec", "doc").ids)
    found = evaluate(searcher, q, 10_000, exclude=documents)
    assert set(found.matched) == set(expected), text
    assert found.total == len(expected)
    if isinstance(q, (Q.Not, Q.AndNot)) and not isinstance(q, Q.AndNot):
        return  # a bare NOT scores every passage alike
    for score, docnum in found.top[:20]:  # scores as Whoosh's BM25F gives them (phrases: their words)
        if not any(isinstance(leaf, Q.Phrase) for leaf in q.leaves()):
            assert score == pytest.approx(expected[docnum], rel=1e-4), (text, docnum)


def test_the_best_hits_are_whooshs_best_hits(kb):
    searcher = kb.searcher()
    for text in ["studentenwelzijn AND alcohol", "stud* welzijn", "(meisjes OR vrouwen) AND STEM"]:
        q = S.plan_query(text, searcher.schema, searcher.reader()).query
        expected = sorted(_whoosh(searcher, q).items(), key=lambda kv: (-kv[1], kv[0]))[:5]
        found = evaluate(searcher, q, 5, exclude=frozenset(postings(searcher, "rec", "doc").ids))
        assert [d for _, d in found.top] == [d for d, _ in expected], text


def test_a_node_it_does_not_know_is_said_so_and_whoosh_runs_it(kb):
    searcher = kb.searcher()
    with pytest.raises(Unsupported):
        evaluate(searcher, Q.NumericRange("year", 2000, 2020), 10)
    assert kb.search("studentenwelzijn NOT alcohol").total > 0


@pytest.mark.parametrize("text", ["welzijn van onderzoekers", "internationale studenten", "meisjes in STEM",
                                  "mental health of students", "studiefinanciering"])
def test_phase_one_scores_as_whoosh_bm25f(kb, text):
    """Phase one of a plain search (candidates.rank over whole posting lists) gives each passage
    Whoosh's own BM25F score for the flat weighted OR of the plan's terms."""
    from polkb.store.whoosh.candidates import rank

    searcher = kb.searcher()
    plan = S.plan_query(text, searcher.schema, searcher.reader())
    assert plan.plain and plan.weights
    flat = Q.Or([Q.Term(f, t, boost=b) for (f, t), b in sorted(plan.weights.items())])
    expected = {hit.docnum: hit.score for hit in searcher.search(flat, limit=None)}
    found = rank(searcher, plan.weights, 50, matched=True)
    assert set(found.matched) == set(expected) and found.total == len(expected)
    for score, docnum in found.top:
        assert score == pytest.approx(expected[docnum], rel=1e-4), (text, docnum)
