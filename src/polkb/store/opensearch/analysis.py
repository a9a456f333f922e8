"""polkb's Dutch and English analysis as OpenSearch index settings, built from polkb's own data files.

Pure: these functions return dicts for `indices.create` and never talk to a cluster.

    body = {"settings": index_settings(), "mappings": passage_mappings()}   # compounds="parts"

What each analyser does (names as in `analysis_settings()`):

- `polkb_nl` (index) and `polkb_nl_search` (search) for Dutch text; with `compounds="decompounder"`
  the index side is `polkb_nl_decompound`. The chain mirrors `polkb.analysis.dutch_analyzer`:
  char filters (soft hyphens and zero-width characters dropped, typographic apostrophes and
  hyphens made plain, a hyphen at a line end joined, Dutch thousands dots and decimal commas made
  canonical, "%" after a number written as the word "procent") → a pattern tokenizer with polkb's
  own token regex (e-mail addresses, numbers, words with inner apostrophes, and at index time words
  joined by hyphens) → at index time `word_delimiter_graph` splitting only at hyphens and adding
  the joined whole ("STEM-richtingen" → stem, richtingen, stemrichtingen) → `lowercase` →
  `asciifolding` → "'s" dropped at a word's end ("diploma's" → diploma) → at search time
  `synonym_graph` from `synonyms.txt` → `stop` from `nl_stopwords.txt` → at index time
  `dictionary_decompounder` (see below) → `keyword_marker` keeping tokens with anything but
  letters (numbers, e-mail addresses) unstemmed → `stemmer` (see "Stemming" below).
- `polkb_en` / `polkb_en_search` for English passages (`body_en`): the same tokenizer and folding
  with "percent", `stop` from `en_stopwords.txt`, stemmer `porter2` (Snowball English, as
  PyStemmer's "english"). No synonyms: polkb reaches Dutch text from English queries through its
  glossaries, in the query layer, not through analysis.

Synonyms are applied at search time only, as in polkb, so editing `synonyms.txt` needs no
re-index, only new settings on a closed index (or a new index and an alias swap). polkb reads
`x => y, z` as "x also finds y and z"; Solr's format (which OpenSearch reads) replaces x, so
`synonym_rules()` writes such a line as `x => x, y, z`. Equivalences (`a, b, c`) are unchanged.

Compounds, two ways (`compounds=`):

- "decompounder": OpenSearch's `dictionary_decompounder` at index time over polkb's word list.
  Size against OpenSearch's limits: the whole `nl_words.txt` (200,000 words) is accepted inline
  (2.6 MB of settings, far below `http.max_content_length`, 100 MB; index creation 6 s on the test
  node), but it lives in the cluster state of every index that uses it (2.6 MB each), and its
  stop words and fragments become "parts" (studentenwelzijn → tude, uud, ten, nwe, elz, zijn, ijn).
  `compound_words()` therefore keeps only the words polkb's own splitter may use as a compound
  part (`polkb.analysis.compounds`): rank at most 150,000, five letters or more, four-letter words
  only among the 10,000 most frequent, three-letter words only from its short list (wet, rol,
  dag …), and no stop words, particles, prefixes, suffix-like words or known false parts: 136,524
  words, 1.8 MB of settings, index creation 1.3 to 3.4 s (studentenwelzijn → student, dent, ent,
  welzijn). The list is inline on purpose: `word_list_path` needs a file in every node's config
  folder, which a hosted cluster does not allow. The filter emits, after each word of 9 letters or
  more, the longest listed word starting at each letter (`only_longest_match`; False emits every
  listed word), at the word's position.
- "parts": no decompounder; polkb splits the passage's words itself (`compound_parts()`, its
  frequency-ranked segmentation with linking -s-/-e-/-en- and its guards) and sends the parts in
  a field of their own, `body_parts`, analysed like `body`; a query then searches both fields.
- "none": neither (a baseline for measuring).

Which is better (bench/opensearch_analysis.py, 2,569 polkb passages of the 79 documents the blind
sets are written over, the same query for every approach): on quality they are level within one
or two queries in fifty-odd (S@5 tune: none .632, decompounder .614, parts .596; check: .648,
.648, .685), while polkb's split of long query words added as a further clause raises S@1 on both
sets (tune .404 → .456, check .500 → .519). The default, and the recommendation, is "parts" with
polkb's query parts: it keeps the splitting the Whoosh backend uses (so both backends find the same
compounds), adds none of the decompounder's false parts, and costs no word list in the cluster
state (index creation 0.3 s instead of 1.3 to 3.4 s, a smaller index).

Where this differs from polkb's own analyser, and why:

- Splitting compounds: the decompounder takes every listed word it finds inside a long word
  (no segmentation, no frequency rule, no linking elements), so it adds false parts that polkb's
  splitter rejects ("maatregelen" stays whole in polkb). "parts" mode keeps polkb's splitter.
- Query-time compound parts ("alcoholpreventie" also finding "preventie … alcohol") are polkb's
  query planning, not analysis: the search analyser does not split query words.
- Stemming: polkb stems with PyStemmer 3's Snowball `dutch`, which Snowball 3 based on
  Kraaij-Pohlmann. Lucene 9 (OpenSearch 2.19) still calls the older Porter-style algorithm
  `dutch`: it gives polkb's stem for only 54% of the 5,000 commonest corpus words
  ("instellingen" → instell, polkb instel; "universiteit" kept whole, polkb univers). Its
  Kraaij-Pohlmann stemmer, `dutch_kp`, gives polkb's stem for 99.9% (it also strips a leading
  "ge-" where Snowball 3 keeps it: geval → val). `DUTCH_STEMMER` is therefore `dutch_kp`; on
  OpenSearch 3 (Lucene 10, Snowball 3) check again whether `dutch` is now the same algorithm.
  A word's other number ("studieadvies"/"studieadviezen") is polkb's query planning, not done here.
- Stop words leave a position gap in Lucene (polkb closes the gap), so the phrase
  "welzijn studenten" does not match "welzijn van studenten" here; the phrase as written does.
- Folding: `asciifolding` covers Latin letters (é → e, ĳ → ij, ø → o, æ → ae, ß → ss); polkb
  also strips combining marks from other scripts (NFKD).
- Numbers: the thousands dot is dropped and a decimal comma becomes a dot wherever the digits
  fit ("1,2,3" becomes "1.2.3"; polkb changes a number only when the whole of it fits).
- A hyphenated word's parts keep consecutive positions and the joined whole sits on the first
  (as polkb at index time); at search time only the parts are searched, as a phrase.
"""
from __future__ import annotations

import functools
import re

__all__ = [
    "COMPOUND_MODES",
    "analysis_settings",
    "index_settings",
    "passage_mappings",
    "text_field",
    "synonym_rules",
    "compound_words",
    "dutch_stopwords",
    "english_stopwords",
    "compound_parts",
    "query_compound_parts",
]

COMPOUND_MODES = ("decompounder", "parts", "none")
# Lucene's Kraaij-Pohlmann Snowball stemmer: polkb's PyStemmer "dutch" (see "Stemming" above)
DUTCH_STEMMER = "dutch_kp"

# polkb's splitter thresholds (polkb.analysis.compounds.CompoundSplitter's defaults)
MIN_COMPOUND_LENGTH = 9
MAX_PART_RANK = 150_000
SHORT_PART_MAX_RANK = 10_000
MIN_PART = 4
MAX_SUBWORD = 30

# --- tokenizer: polkb.analysis.tokenizers' regex in Java syntax -------------------------------
_L = r"\p{L}"
_W = r"[\p{L}\p{N}_\p{M}]"
_WORD = rf"{_L}{_W}*(?:'{_L}{_W}*)*"
_PART = rf"{_W}+(?:'{_L}{_W}*)*"
_EMAIL = r"[\p{L}\p{N}_.+\-]+@[\p{L}\p{N}_\-]+(?:\.[\p{L}\p{N}_\-]+)+"
_NUM = r"\p{Nd}+(?:[.,]\p{Nd}+)*"
INDEX_TOKEN_PATTERN = rf"{_EMAIL}|{_NUM}|{_WORD}(?:-{_PART})*"
QUERY_TOKEN_PATTERN = rf"{_EMAIL}|{_NUM}|{_WORD}"


def _char_filters(percent_word: str) -> dict:
    # each pattern starts with its literal character and looks behind from there: a pattern that
    # starts with a look-behind is tried at every character of the text (five times slower ingest)
    return {
        "polkb_invisible": {"type": "mapping", "mappings": [  # soft hyphen, zero-width characters, BOM
            f"\\u{code:04X} => " for code in (0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF)]},
        "polkb_marks": {"type": "mapping", "mappings": [
            "\\u2019 => '", "\\u2018 => '", "\\u02BC => '", "\\u00B4 => '", "` => '",
            "\\u2010 => -", "\\u2011 => -"]},
        "polkb_line_hyphen": {  # "Leuven-\nstudenten" (a hyphen or ¬ at a line end) → "Leuven-studenten"
            "type": "pattern_replace", "pattern": "[-\\u00AC](?<=\\p{L}.)[ \\t]*\\r?\\n[ \\t]*(?=[\\p{L}\\p{N}])",
            "replacement": "-"},
        "polkb_thousands": {  # 2.200.000 → 2200000
            "type": "pattern_replace",
            "pattern": "\\.(?<=(?<![\\p{Nd}.])\\p{Nd}{1,3}(?:\\.\\p{Nd}{3}){0,6}\\.)(?=\\p{Nd}{3}(?!\\p{Nd}))",
            "replacement": ""},
        "polkb_decimal": {"type": "pattern_replace", "pattern": ",(?<=\\p{Nd},)(?=\\p{Nd})", "replacement": "."},
        f"polkb_percent_{percent_word}": {
            "type": "pattern_replace", "pattern": "%(?<=\\p{Nd}[ \\u00A0]?%)", "replacement": f" {percent_word}"},
    }


def _char_filter_names(percent_word: str) -> list[str]:
    return ["polkb_invisible", "polkb_marks", "polkb_line_hyphen", "polkb_thousands", "polkb_decimal",
            f"polkb_percent_{percent_word}"]


# --- vocabulary files -------------------------------------------------------------------------
def dutch_stopwords() -> list[str]:
    """nl_stopwords.txt, folded as polkb folds it."""
    from polkb.analysis.vocabulary import stopwords

    return sorted(stopwords("nl"))


def english_stopwords() -> list[str]:
    from polkb.analysis.vocabulary import stopwords

    return sorted(stopwords("en"))


@functools.lru_cache(maxsize=None)
def compound_words() -> tuple[str, ...]:
    """The decompounder's dictionary: the words of nl_words.txt that polkb's splitter accepts as a
    compound part (see the module docstring), most frequent first."""
    from polkb.analysis.compounds import FALSE_PARTS, PARTICLES, SHORT_PARTS, SUFFIXES
    from polkb.analysis.vocabulary import stopwords
    from polkb.lexicon import data_text

    banned = PARTICLES | FALSE_PARTS | SUFFIXES | stopwords("nl")
    out = []
    for rank, word in enumerate(data_text("nl_words.txt").splitlines(), start=1):
        if rank > MAX_PART_RANK:
            break
        word = word.strip()
        n = len(word)
        if not word or word in banned or n > MAX_SUBWORD:
            continue
        if n > MIN_PART or (n == MIN_PART and rank <= SHORT_PART_MAX_RANK) or word in SHORT_PARTS:
            out.append(word)
    return tuple(out)


def verb_form_rules() -> list[str]:
    """nl_verb_forms.txt as `stemmer_override` rules: a Dutch verb form keeps the stem of its
    infinitive ("bewaard => bewaar") and the stemmer passes it by, as polkb's SnowballFilter does."""
    from polkb.lexicon import verb_forms

    return [f"{form} => {stem}" for form, stem in verb_forms().items()]


def noun_form_rules() -> list[str]:
    """nl_noun_forms.txt as `stemmer_override` rules: an inflected noun or adjective keeps the stem of
    its base form ("sectoren => sector", "grote => groot"), as polkb's SnowballFilter does."""
    from polkb.lexicon import noun_forms

    return [f"{form} => {stem}" for form, stem in noun_forms().items()]


def synonym_rules(text: str | None = None) -> list[str]:
    """synonyms.txt (or `text` in its format) as Solr rules with polkb's meaning: `x => y, z` keeps x.
    Read with polkb's one parser of the file (`polkb.lexicon.synonym_rules`, which the query
    layer's `Synonyms` reads it with), so both backends see the same rules."""
    from polkb.lexicon import synonym_rules as parse

    if text is None:
        from polkb.lexicon import data_text

        text = data_text("synonyms.txt")

    def solr(term: str) -> str:
        return term.replace(",", "\\,")

    rules = []
    for sources, targets in parse(text):
        if targets is None:
            if len(sources) > 1:
                rules.append(", ".join(map(solr, sources)))
            continue
        for source in sources:
            kept = [source] + [t for t in targets if t != source]
            rules.append(f"{solr(source)} => {', '.join(map(solr, kept))}")
    return rules


# --- settings ---------------------------------------------------------------------------------
def _check_mode(compounds: str) -> None:
    if compounds not in COMPOUND_MODES:
        raise ValueError(f"compounds must be one of {', '.join(COMPOUND_MODES)}, not {compounds!r}")


def analysis_settings(compounds: str = "parts", *, synonyms: list[str] | None = None,
                      only_longest_match: bool = True) -> dict:
    """The `analysis` section of the index settings (char filters, tokenizers, filters, analysers).
    `only_longest_match=False` lets the decompounder emit every listed word inside a compound."""
    _check_mode(compounds)
    char_filter = {**_char_filters("procent"), **_char_filters("percent")}
    tokenizer = {
        "polkb_index_tokens": {"type": "pattern", "pattern": INDEX_TOKEN_PATTERN, "group": 0},
        "polkb_query_tokens": {"type": "pattern", "pattern": QUERY_TOKEN_PATTERN, "group": 0},
    }
    token_filter = {
        "polkb_hyphens": {  # splits only at hyphens: every other character counts as a letter or digit
            "type": "word_delimiter_graph",
            "generate_word_parts": True, "generate_number_parts": True,
            "catenate_words": False, "catenate_numbers": False, "catenate_all": True,
            "split_on_case_change": False, "split_on_numerics": False, "preserve_original": False,
            "stem_english_possessive": False,
            "type_table": ["' => ALPHA", "_ => ALPHA", "@ => ALPHA", "+ => ALPHA", ". => DIGIT", ", => DIGIT"]},
        "polkb_apostrophe_s": {"type": "pattern_replace", "pattern": "^(.+)'s$", "replacement": "$1"},
        "polkb_apostrophe_trim": {"type": "pattern_replace", "pattern": "^'+|'+$", "replacement": "", "all": True},
        "polkb_not_empty": {"type": "length", "min": 1},
        "polkb_nl_stop": {"type": "stop", "stopwords": dutch_stopwords(), "ignore_case": False},
        "polkb_en_stop": {"type": "stop", "stopwords": english_stopwords(), "ignore_case": False},
        "polkb_letters_only": {  # stem only words of letters (polkb's SnowballFilter: str.isalpha)
            "type": "keyword_marker", "keywords_pattern": "^.*[^\\p{L}].*$"},
        "polkb_nl_verbs": {"type": "stemmer_override", "rules": verb_form_rules()},
        "polkb_nl_nouns": {"type": "stemmer_override", "rules": noun_form_rules()},
        "polkb_nl_stem": {"type": "stemmer", "language": DUTCH_STEMMER},
        "polkb_en_stem": {"type": "stemmer", "language": "porter2"},
        "polkb_nl_synonyms": {"type": "synonym_graph", "synonyms": synonyms if synonyms is not None else synonym_rules(),
                              "expand": True, "lenient": False},
    }
    fold = ["lowercase", "asciifolding", "polkb_apostrophe_s", "polkb_apostrophe_trim", "polkb_not_empty"]
    stem_nl = ["polkb_letters_only", "polkb_nl_verbs", "polkb_nl_nouns", "polkb_nl_stem"]
    analyzer = {
        "polkb_nl": {"type": "custom", "char_filter": _char_filter_names("procent"), "tokenizer": "polkb_index_tokens",
                     "filter": ["polkb_hyphens", *fold, "polkb_nl_stop", *stem_nl, "flatten_graph"]},
        "polkb_nl_search": {"type": "custom", "char_filter": _char_filter_names("procent"),
                            "tokenizer": "polkb_query_tokens",
                            "filter": [*fold, "polkb_nl_synonyms", "polkb_nl_stop", *stem_nl]},
        "polkb_en": {"type": "custom", "char_filter": _char_filter_names("percent"), "tokenizer": "polkb_index_tokens",
                     "filter": ["polkb_hyphens", *fold, "polkb_en_stop", "polkb_letters_only", "polkb_en_stem",
                                "flatten_graph"]},
        "polkb_en_search": {"type": "custom", "char_filter": _char_filter_names("percent"),
                            "tokenizer": "polkb_query_tokens",
                            "filter": [*fold, "polkb_en_stop", "polkb_letters_only", "polkb_en_stem"]},
    }
    if compounds == "decompounder":
        token_filter["polkb_nl_decompound"] = {
            "type": "dictionary_decompounder", "word_list": list(compound_words()),
            "min_word_size": MIN_COMPOUND_LENGTH, "min_subword_size": 3, "max_subword_size": MAX_SUBWORD,
            "only_longest_match": only_longest_match}
        analyzer["polkb_nl_decompound"] = {
            "type": "custom", "char_filter": _char_filter_names("procent"), "tokenizer": "polkb_index_tokens",
            "filter": ["polkb_hyphens", *fold, "polkb_nl_stop", "polkb_nl_decompound", *stem_nl, "flatten_graph"]}
    return {"char_filter": char_filter, "tokenizer": tokenizer, "filter": token_filter, "analyzer": analyzer}


def index_settings(compounds: str = "parts", *, shards: int = 1, replicas: int = 0,
                   synonyms: list[str] | None = None, only_longest_match: bool = True) -> dict:
    """Settings for `indices.create`: shard and replica counts and the analysis section."""
    return {"index": {"number_of_shards": shards, "number_of_replicas": replicas},
            "analysis": analysis_settings(compounds, synonyms=synonyms, only_longest_match=only_longest_match)}


def text_field(lang: str = "nl", compounds: str = "parts") -> dict:
    """The mapping of one analysed text field in `lang` ("nl" or "en")."""
    _check_mode(compounds)
    if lang == "en":
        return {"type": "text", "analyzer": "polkb_en", "search_analyzer": "polkb_en_search"}
    index = "polkb_nl_decompound" if compounds == "decompounder" else "polkb_nl"
    return {"type": "text", "analyzer": index, "search_analyzer": "polkb_nl_search"}


def passage_mappings(compounds: str = "parts") -> dict:
    """Mappings of a passage's analysed text: `body` (Dutch), `body_en` (English passages),
    `context` (title and headings, Dutch) and, in "parts" mode, `body_parts` (polkb's compound
    parts of the body, one string). The backend adds its keyword and numeric fields."""
    props = {"body": text_field("nl", compounds), "body_en": text_field("en"), "context": text_field("nl", compounds)}
    if compounds == "parts":
        props["body_parts"] = text_field("nl", "parts")
    return {"properties": props}


# --- polkb's own compound parts (the "parts" mode's field, and the query side) -----------------
def _words(text: str):
    from polkb.analysis.filters import fold
    from polkb.analysis.tokenizers import PolicyTokenizer

    for t in PolicyTokenizer("procent")(text, mode="index"):
        yield fold(t.text)


def compound_parts(text: str) -> str:
    """The compound parts polkb's splitter finds in `text`, space-separated, in text order (one
    entry per occurrence, so term frequencies stay those of the text): the `body_parts` field."""
    from polkb.analysis import split_compound

    out: list[str] = []
    for word in _words(text):
        if len(word) >= MIN_COMPOUND_LENGTH:
            out.extend(split_compound(word))
    return " ".join(out)


def query_compound_parts(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """Each long query word polkb splits, with its top-level parts ("alcoholpreventie" →
    ("alcohol", "preventie")), as polkb's query planning uses them."""
    from polkb.analysis import CompoundFilter
    from polkb.analysis.filters import fold

    splitter = CompoundFilter().splitter
    out = []
    for m in re.finditer(r"[^\W\d_][\w'-]*", text):
        word = fold(m.group())
        if len(word) >= MIN_COMPOUND_LENGTH and word.isalpha() and splitter.split(word):
            out.append((m.group(), tuple(splitter.segment(word) or splitter.split(word))))
    return out
