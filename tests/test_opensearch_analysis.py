"""polkb's analysis as OpenSearch settings (polkb.store.opensearch.analysis).

The first tests check the settings themselves and run everywhere. Those marked `opensearch` create
indexes with the settings on a real single-node OpenSearch (tests/opensearch_node, started once per
session) and compare what `_analyze` makes of real sentences of the shipped corpus with what polkb's
own analyser makes of them: tokens, compounds, stop words, synonyms, accents. Without Java or Maven
they skip with the reason; with POLKB_REQUIRE_OPENSEARCH=1 (as in CI) they fail instead.
"""
from __future__ import annotations

import re

import pytest

from polkb.analysis import dutch_analyzer, english_analyzer, fold, load_synonyms, split_compound
from polkb.analysis.vocabulary import stopwords
from polkb.store.opensearch import analysis as A

from .conftest import CORPUS
from .opensearch_node.node import opensearch_url  # noqa: F401  (the session fixture)

# --- the settings, without a node --------------------------------------------------------------

BUILTIN_FILTERS = {"lowercase", "asciifolding", "flatten_graph"}


@pytest.mark.parametrize("mode", A.COMPOUND_MODES)
def test_every_analyser_names_components_the_settings_define(mode):
    analysis = A.analysis_settings(mode)
    for name, analyzer in analysis["analyzer"].items():
        assert analyzer["tokenizer"] in analysis["tokenizer"], name
        for cf in analyzer["char_filter"]:
            assert cf in analysis["char_filter"], (name, cf)
        for f in analyzer["filter"]:
            assert f in analysis["filter"] or f in BUILTIN_FILTERS, (name, f)
    for field in A.passage_mappings(mode)["properties"].values():
        assert field["analyzer"] in analysis["analyzer"]
        assert field["search_analyzer"] in analysis["analyzer"]


def test_the_decompounder_is_only_in_its_own_mode():
    assert "polkb_nl_decompound" in A.analysis_settings("decompounder")["filter"]
    for mode in ("parts", "none"):
        assert "polkb_nl_decompound" not in A.analysis_settings(mode)["filter"]
    assert A.passage_mappings("decompounder")["properties"]["body"]["analyzer"] == "polkb_nl_decompound"
    assert "body_parts" in A.passage_mappings("parts")["properties"]
    assert "body_parts" not in A.passage_mappings("none")["properties"]
    with pytest.raises(ValueError, match="compounds must be one of"):
        A.analysis_settings("hyphenation")


def test_synonyms_are_applied_at_search_time_only():
    analyzers = A.analysis_settings()["analyzer"]
    assert "polkb_nl_synonyms" in analyzers["polkb_nl_search"]["filter"]
    assert all("polkb_nl_synonyms" not in a["filter"] for n, a in analyzers.items() if n != "polkb_nl_search")
    body = A.passage_mappings()["properties"]["body"]
    assert (body["analyzer"], body["search_analyzer"]) == ("polkb_nl", "polkb_nl_search")


def test_stop_words_are_polkbs_lists():
    filters = A.analysis_settings()["filter"]
    assert set(filters["polkb_nl_stop"]["stopwords"]) == stopwords("nl")
    assert set(filters["polkb_en_stop"]["stopwords"]) == stopwords("en")
    assert {"de", "het", "van", "een"} <= stopwords("nl")


def test_synonym_rules_keep_polkbs_meaning():
    rules = A.synonym_rules("# c\nOCW, ministerie van OCW\nwo => wetenschappelijk onderwijs\na\\, b, c\n\n")
    # Solr's "x => y" replaces x: polkb's "x also finds y" keeps it
    assert rules == ["OCW, ministerie van OCW", "wo => wo, wetenschappelijk onderwijs", "a\\, b, c"]
    shipped = A.synonym_rules()
    assert any(r.startswith("UNL, Universiteiten van Nederland") for r in shipped)
    assert all(r.split(" => ")[0] == r.split(" => ")[1].split(", ")[0] for r in shipped if " => " in r)


def test_the_word_list_keeps_only_words_polkb_uses_as_compound_parts():
    from polkb.analysis.compounds import PARTICLES

    words = A.compound_words()
    as_set = set(words)
    assert {"welzijn", "studenten", "preventie", "wet", "rol"} <= as_set
    assert not as_set & stopwords("nl")  # "zijn" would be a part of "welzijn"
    assert not as_set & PARTICLES  # "onder" of "onderwijs"
    assert all(len(w) >= 3 for w in words)
    assert {w for w in words if len(w) == 3} <= {"rol", "wet", "dag", "job", "app", "web", "les", "top", "tax",
                                                 "net", "bus", "kop", "zin", "eed", "gas", "bod"}
    # small enough for inline settings: well under the 200,000 of nl_words.txt and a few MB
    assert 100_000 < len(words) <= A.MAX_PART_RANK
    assert sum(len(w) + 3 for w in words) < 2_000_000


def test_compound_parts_are_polkbs_own_split():
    text = "Het studentenwelzijn en de mensenrechtentoets; maatregelen blijven heel."
    assert A.compound_parts(text).split() == [*split_compound("studentenwelzijn"), *split_compound("mensenrechtentoets")]
    assert "maat" not in A.compound_parts(text).split()  # lexicalised: polkb keeps "maatregelen" whole
    assert A.query_compound_parts("alcoholpreventie bij studenten") == [("alcoholpreventie", ("alcohol", "preventie"))]


def test_index_settings_carry_shards_and_replicas():
    s = A.index_settings("none", shards=3, replicas=1)
    assert s["index"] == {"number_of_shards": 3, "number_of_replicas": 1}
    assert "analyzer" in s["analysis"]


# --- on a real node ----------------------------------------------------------------------------


def corpus_sentence(name: str, must_hold: str) -> str:
    """The sentence of a shipped corpus document that holds `must_hold` (so the tests read real text)."""
    text = (CORPUS / name).read_text(encoding="utf-8")
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        if must_hold in " ".join(sentence.split()):  # the sentence as written, line breaks and all
            return sentence.strip()
    raise AssertionError(f"{must_hold!r} not in {name}")


SENTENCES = {
    "compound": ("003_3a0853e1a7bdcf7c.txt", "het verbeteren van het studentenwelzijn"),
    "hyphen": ("002_1ddd43df3bba29b1.txt", "instroomt in STEM-richtingen"),
    "line_hyphen": ("000_1f330cebb3caba7e.txt", "KU Leuven- studenten"),
    "abbreviations": ("003_3a0853e1a7bdcf7c.txt", "Contact UNL neemt samen"),
    "accents": ("vlaamse-regering-beslissing-taalregeling-hoger-onderwijs-anderstalige-opleidingen.txt",
                "initiële bacheloropleidingen"),
    "apostrophe": ("nl-ocw-regeling-sirius-programma-excellentie-hoger-onderwijs-2010.md",
                   "eigen excellentieprogramma’s"),  # a typographic apostrophe
    "long": ("nl-besluit-experiment-prestatiebekostiging-hoger-onderwijs.md", "Nederlandse hogeronderwijsinstellingen"),
}


def sentence(key: str) -> str:
    return corpus_sentence(*SENTENCES[key])


@pytest.fixture(scope="module")
def client(opensearch_url):  # noqa: F811
    from opensearchpy import OpenSearch

    c = OpenSearch(hosts=[opensearch_url], timeout=120)
    for mode in A.COMPOUND_MODES:
        name = f"polkb-analysis-test-{mode}"
        c.indices.delete(index=name, ignore=[404])
        c.indices.create(index=name, body={"settings": A.index_settings(mode), "mappings": A.passage_mappings(mode)})
    yield c
    for mode in A.COMPOUND_MODES:
        c.indices.delete(index=f"polkb-analysis-test-{mode}", ignore=[404])
    c.close()


def os_tokens(client, text: str, analyzer: str, mode: str = "parts") -> list[str]:
    r = client.indices.analyze(index=f"polkb-analysis-test-{mode}", body={"analyzer": analyzer, "text": text})
    return [t["token"] for t in r["tokens"]]


def polkb_tokens(text: str, *, compounds: bool = False, mode: str = "index") -> list[str]:
    return [t.text for t in dutch_analyzer(compounds=compounds)(text, mode=mode)]


@pytest.mark.opensearch
def test_the_node_serves_on_loopback_only(client, opensearch_url):  # noqa: F811
    assert opensearch_url.startswith("http://127.0.0.1:")
    nodes = client.nodes.info(metric="http,transport")["nodes"]
    assert len(nodes) == 1
    for node in nodes.values():
        for part in ("http", "transport"):
            for address in node[part]["bound_address"]:
                assert address.startswith(("127.0.0.1:", "[::1]:")), address
    assert client.cluster.health()["status"] in ("green", "yellow")


@pytest.mark.opensearch
@pytest.mark.parametrize("key", ["hyphen", "line_hyphen", "abbreviations", "accents", "apostrophe"])
def test_corpus_sentences_give_polkbs_tokens(client, key):
    """Tokenizer, hyphens, numbers, folding, stop words and stemmer agree with polkb's own analyser
    (without compounds, which the next tests compare)."""
    text = sentence(key)
    assert os_tokens(client, text, "polkb_nl") == polkb_tokens(text)


@pytest.mark.opensearch
def test_numbers_and_percentages_as_polkb_writes_them(client):
    text = sentence("hyphen")  # "… stijgt licht naar 34,23%."
    tokens = os_tokens(client, text, "polkb_nl")
    assert tokens[-2:] == ["34.23", "procent"] == polkb_tokens(text)[-2:]
    assert os_tokens(client, "2.200.000 euro", "polkb_nl") == polkb_tokens("2.200.000 euro") == ["2200000", "euro"]


@pytest.mark.opensearch
def test_stop_words_are_dropped_on_both_sides(client):
    text = sentence("compound")
    stops = stopwords("nl")
    words = [fold(w) for w in re.findall(r"\w+", text)]
    assert {"het", "van", "voor"} <= set(words) & stops
    for analyzer in ("polkb_nl", "polkb_nl_search"):
        assert not set(os_tokens(client, text, analyzer)) & stops


@pytest.mark.opensearch
def test_accents_fold_as_polkb_folds_them(client):
    text = sentence("accents")  # "… initiële bacheloropleidingen."
    for word in ("initiële", "België", "geïnspireerd", "regio’s", "epidemieën", "ĳverig"):
        assert os_tokens(client, word, "polkb_nl") == polkb_tokens(word), word
    assert "initiel" in os_tokens(client, text, "polkb_nl")


@pytest.mark.opensearch
def test_compound_parts_polkb_finds_the_decompounder_finds_too(client):
    """polkb's parts of a corpus compound are among the decompounder's; the decompounder adds more
    (every listed word inside the compound), which polkb's splitter leaves out."""
    for key, compound, missed in (("compound", "studentenwelzijn", set()),
                                  # only_longest_match: "onderwijsinstellingen" hides "onderwijs"
                                  ("long", "hogeronderwijsinstellingen", {"onderwijs"})):
        text = sentence(key)
        own = set(polkb_tokens(text, compounds=True)) - set(polkb_tokens(text))
        assert own, compound
        decompounded = set(os_tokens(client, text, "polkb_nl_decompound", "decompounder"))
        plain = set(os_tokens(client, text, "polkb_nl", "decompounder"))
        assert own - decompounded == missed, compound
        assert decompounded - plain - own  # the extra, false parts ("dent" of "studenten", …)
    # a word polkb keeps whole, by its frequency rule, is split all the same
    assert os_tokens(client, "maatregelen", "polkb_nl_decompound", "decompounder") != polkb_tokens(
        "maatregelen", compounds=True)


@pytest.mark.opensearch
def test_the_parts_field_holds_exactly_polkbs_parts(client):
    for key in ("compound", "long"):
        text = sentence(key)
        own = [t for t in polkb_tokens(text, compounds=True) if t not in set(polkb_tokens(text))]
        assert os_tokens(client, A.compound_parts(text), "polkb_nl") == own


@pytest.mark.opensearch
def test_synonyms_expand_at_search_time_as_polkb_expands_them(client):
    text = sentence("abbreviations")  # "Contact UNL neemt samen met de VH, ISO, LSVb deel …"
    index_side = os_tokens(client, text, "polkb_nl")
    search_side = os_tokens(client, text, "polkb_nl_search")
    assert set(index_side) < set(search_side)
    syn = load_synonyms()
    for abbreviation in ("UNL", "VH", "LSVb", "OCW"):
        alternatives = syn.expand(abbreviation)
        assert alternatives, abbreviation
        expected = {t for alt in alternatives for t in polkb_tokens(alt, mode="query")}
        got = set(os_tokens(client, abbreviation, "polkb_nl_search"))
        assert expected <= got, (abbreviation, expected - got)
    assert "vsnu" in search_side and "vsnu" not in index_side


@pytest.mark.opensearch
def test_english_text_gets_polkbs_english_tokens(client):
    text = corpus_sentence("nl-besluit-experiment-prestatiebekostiging-hoger-onderwijs.md",
                           "Modernisation of Europe's higher education")
    text = text[text.index("Modernisation"):text.index("(September")]
    polkb = [t.text for t in english_analyzer()(text, mode="index")]
    assert os_tokens(client, text, "polkb_en") == polkb == ["modernis", "europ", "higher", "educ", "system"]


@pytest.mark.opensearch
def test_the_dutch_stemmer_gives_polkbs_stems(client):
    """dutch_kp gives the stem polkb's PyStemmer "dutch" gives for all but a few of the commonest
    corpus words; Lucene's "dutch" (the older algorithm) would for about half."""
    from collections import Counter

    import Stemmer

    counts = Counter()
    for path in sorted(CORPUS.glob("*.txt")) + sorted(CORPUS.glob("*.md")):
        counts.update(w for w in (fold(x) for x in re.findall(r"[^\W\d_]+", path.read_text(encoding="utf-8")))
                      if len(w) > 2 and w not in stopwords("nl"))
    words = [w for w, _ in counts.most_common(2000)]
    ours = Stemmer.Stemmer("dutch").stemWords(words)

    def agreement(language):
        r = client.indices.analyze(body={"tokenizer": "whitespace", "text": words,
                                         "filter": [{"type": "stemmer", "language": language}]})
        stems = [t["token"] for t in r["tokens"]]
        assert len(stems) == len(words)
        return sum(a == b for a, b in zip(ours, stems)) / len(words)

    assert agreement(A.DUTCH_STEMMER) >= 0.99
    assert agreement("dutch") < 0.7
