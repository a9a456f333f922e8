"""Tests for polkb.analysis on real sentences from the corpus."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from polkb.analysis import (
    dutch_analyzer,
    english_analyzer,
    fold,
    load_synonyms,
    split_compound,
)
from polkb.analysis.tokenizers import PolicyTokenizer

DATA = Path(__file__).parent / "data"

SEED_000 = (
    "Volgens de eigen cijfers heeft 12 procent van de KU Leuven-\n"
    "studenten een migratieachtergrond."
)


def texts(analyzer, text, **kw):
    return [t.text for t in analyzer(text, **kw)]


@pytest.fixture(scope="module")
def nl():
    return dutch_analyzer()


def stem(word):
    return texts(dutch_analyzer(compounds=False), word)[0]


# --- tokenizer ---------------------------------------------------------------


def test_tokenizer_numbers_percent_email_hashtag():
    tok = PolicyTokenizer()
    got = [t.text for t in tok("#IBelong 34,23% van 2.200.000 euro, 1,5 jaar; mail info@vlir.be")]
    assert got == ["IBelong", "34.23", "procent", "van", "2200000", "euro", "1.5", "jaar", "mail", "info@vlir.be"]


def test_tokenizer_hyphen_index_vs_query():
    tok = PolicyTokenizer()
    idx = [(t.text, t.pos) for t in tok("STEM-richtingen kiezen", positions=True)]
    assert idx == [("STEMrichtingen", 0), ("STEM", 0), ("richtingen", 1), ("kiezen", 2)]
    qry = [t.text for t in tok("STEM-richtingen kiezen", mode="query")]
    assert qry == ["STEM", "richtingen", "kiezen"]


def test_tokenizer_chars_point_at_source():
    text = "De KU Leuven-studenten (34%) en diploma's"
    for t in PolicyTokenizer()(text, positions=True, chars=True):
        src = text[t.startchar : t.endchar]
        assert src.replace("-", "") == t.text or t.text == "procent" and src == "%"


def test_line_break_hyphen_joins():
    assert "leuvenstudenten" in texts(dutch_analyzer(stem_algorithm=None), SEED_000)


# --- filters -----------------------------------------------------------------


def test_seed_000_sentence(nl):
    got = texts(nl, SEED_000)
    for expected in ("12", "procent", stem("migratie"), stem("achtergrond"), stem("studenten")):
        assert expected in got
    assert "de" not in got and "van" not in got and "een" not in got  # stop words


def test_hashtag_matches_plain_word(nl):
    assert texts(nl, "#IBelong", mode="query") == texts(nl, "IBelong", mode="query")
    assert texts(nl, "#IBELONG") == texts(nl, "ibelong")


def test_fold_accents_and_ij():
    assert fold("geïnspireerd") == "geinspireerd"
    assert fold("Universität") == "universitat"
    assert fold("Café") == "cafe"
    assert fold("\u0133s") == fold("IJs") == fold("Ijs") == "ijs"
    assert fold("álle") == "alle"


def test_accents_do_not_matter_in_analyzer(nl):
    assert texts(nl, "geïnspireerd") == texts(nl, "geinspireerd")
    assert texts(nl, "financiële") == texts(nl, "financiele")


def test_apostrophe_plural(nl):
    assert texts(nl, "diploma's") == texts(nl, "diploma")


def test_stems_equal(nl):
    assert stem("studenten") == stem("student")
    assert stem("opleidingen") == stem("opleiding")
    assert texts(english_analyzer(), "universities") == texts(english_analyzer(), "university")


def test_a_verb_form_stems_as_its_infinitive_and_its_noun():
    # the passive of policy text and the act a question names meet: "wordt ... verminderd" and
    # "vermindering", "is bewaard" and "bewaren", "toegekend" and "toekenning"
    for form, *kin in (("verminderd", "vermindering", "verminderen"), ("bewaard", "bewaren", "bewaring"),
                       ("toegekend", "toekenning", "toekennen"), ("betaald", "betaling"), ("verleent", "verlenen"),
                       ("ingediend", "indienen")):
        assert {stem(w) for w in kin} == {stem(form)}, form
    # and only verb forms: a noun that simplemma takes for a form of another verb keeps its own stem
    assert stem("leden") != stem("lijden")
    assert stem("rijden") != stem("rijen")


def test_a_strong_verbs_forms_stem_as_its_infinitive():
    # policy text tells what happened in the past ("het aantal steeg", "de commissie besloot", "er
    # kwam ... bij"), a question asks in the present or names the act: the vowel change of a strong
    # verb must not keep them apart, nor a particle or prefix built on it
    for verb, *forms in (("stijgen", "steeg", "stegen", "gestegen", "stijgt"), ("komen", "kwam", "kwamen", "gekomen"),
                         ("besluiten", "besloot", "besloten"), ("nemen", "nam", "genomen", "neemt"),
                         ("plaatsvinden", "plaatsvond", "plaatsgevonden"), ("bestaan", "bestond", "bestonden"),
                         ("verkrijgen", "verkreeg", "verkregen"), ("deelnemen", "deelnam", "deelgenomen"),
                         ("gelden", "gold", "geldt")):
        assert {stem(f) for f in forms} == {stem(verb)}, verb
    # a form that is more often another word keeps its own stem: names, reasons, the State, a week
    for form, verb in (("namen", "nemen"), ("reden", "rijden"), ("staat", "staan"), ("week", "wijken"),
                       ("lagen", "liggen"), ("vroeg", "vragen")):
        assert stem(form) != stem(verb), form
    assert stem("gevallen") == stem("geval")  # cases, not fallen


def test_a_plural_in_oren_of_a_noun_in_or_stems_as_its_singular():
    # Snowball restores a long vowel ("sectoren" as "sectoor"): right for a noun in "-oor", wrong for
    # the Latin nouns in "-or", which policy texts are full of
    for singular in ("sector", "factor", "indicator", "coördinator", "auditor", "promotor", "professor", "rector"):
        assert stem(singular + "en") == stem(singular), singular
    assert stem("kantoren") == stem("kantoor") != stem("kantor")  # an office, not an "-or" noun
    assert stem("sporen") == stem("spoor")



def test_an_inflected_adjective_or_noun_stems_as_its_base():
    # a question says "de rijksbrede regeling" or "welke grote instellingen", the text "geldt
    # rijksbreed", "is groot"; Snowball keeps the "-e" after a long vowel or a diphthong, and
    # lengthens the vowel of "maatregelen"
    for base, *forms in (("groot", "grote"), ("klein", "kleine"), ("nieuw", "nieuwe"), ("breed", "brede"),
                         ("duurzaam", "duurzame"), ("hoog", "hoge"), ("laag", "lage"), ("maatregel", "maatregelen"),
                         ("kans", "kansen"), ("mens", "mensen"), ("mogelijkheid", "mogelijkheden")):
        assert {stem(f) for f in forms} == {stem(base)}, base
    assert "breed" in texts(dutch_analyzer(), "rijksbrede") and "breed" in texts(dutch_analyzer(), "rijksbreed")
    # a singular in "-s" keeps its "s": a person is not "men", a chance not "kan"
    assert stem("mens") != "men" and stem("kans") != "kan"
    # and verbs keep their forms together: "spelen" (een rol) with "speelt", "gegevens" (data) apart
    # from "geven", "redenen" (reasons) apart from "rijden"
    assert stem("spelen") == stem("speelt")
    assert stem("gegevens") != stem("geven") and stem("redenen") != stem("reed")

def test_an_index_written_before_the_noun_forms_keeps_its_analysis():
    from polkb.analysis.filters import SnowballFilter

    old = pickle.loads(pickle.dumps(SnowballFilter("dutch", verb_forms=True)))
    old.__setstate__({"algorithm": "dutch", "verb_forms": True})
    assert old._stem_word("sectoren") == "sectoor" and old._stem_word("bewaard") == "bewaar"


def test_an_index_written_before_the_verb_forms_keeps_its_analysis():
    # a pickled schema of an older index holds a SnowballFilter without the setting: its queries
    # must be analysed as its passages were, so "bewaard" stays a term of its own there
    from polkb.analysis.filters import SnowballFilter

    old = pickle.loads(pickle.dumps(SnowballFilter("dutch", verb_forms=True)))
    old.__setstate__({"algorithm": "dutch"})
    assert old.verb_forms is False
    assert old._stem_word("bewaard") == "bewaard"


def test_english_stopwords():
    assert texts(english_analyzer(), "the students of the university") == ["student", "universiti"]


def test_compound_parts_share_position(nl):
    toks = [(t.text, t.pos) for t in nl("het studentenwelzijn verbeteren", positions=True)]
    positions = {text: pos for text, pos in toks}
    assert positions[stem("welzijn")] == positions[stem("studenten")] == 0
    assert positions[stem("verbeteren")] == 2 - 1  # "het" removed, positions close up


def test_welzijn_query_matches_studentenwelzijn_in_index():
    from whoosh import fields
    from whoosh.filedb.filestore import RamStorage
    from whoosh.qparser import QueryParser

    schema = fields.Schema(id=fields.ID(stored=True), body=fields.TEXT(analyzer=dutch_analyzer()))
    ix = RamStorage().create_index(schema)
    w = ix.writer()
    w.add_document(id="3", body="Dit betekent dat het studentenwelzijn centraal staat.")
    w.add_document(id="0", body="studenten met een migratieachtergrond aan de KU Leuven")
    w.add_document(id="2", body="Meer leerlingen in STEM-richtingen")
    w.add_document(id="4", body="De zorg van alle studenten en niet-EU studenten")
    w.commit()
    with ix.searcher() as s:
        qp = QueryParser("body", schema)
        for q, hit in [("welzijn", "3"), ("migratie", "0"), ('"migratieachtergrond aan"', "0"),
                       ("STEM-richtingen", "2"), ("richtingen", "2"), ('"KU Leuven"', "0"),
                       ('"zorg van alle studenten"', "4"), ('"niet-EU studenten"', "4")]:
            assert [r["id"] for r in s.search(qp.parse(q))] == [hit], q


# --- compounds ---------------------------------------------------------------


def _gold():
    for line in (DATA / "compounds.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            word, _, parts = line.partition(":")
            yield word.strip(), parts.split()


def compound_accuracy():
    comp = [0, 0]
    whole = [0, 0]
    for word, expected in _gold():
        got = set(split_compound(word))
        if expected:
            comp[1] += 1
            comp[0] += all(any(a in got for a in e.split("|")) for e in expected)
        else:
            whole[1] += 1
            whole[0] += not got
    return comp, whole


def test_compound_accuracy():
    (c_ok, c_n), (w_ok, w_n) = compound_accuracy()
    assert c_n >= 50 and w_n >= 30
    assert c_ok / c_n >= 0.9, (c_ok, c_n)
    assert w_ok / w_n >= 0.9, (w_ok, w_n)


@pytest.mark.parametrize(
    "word,parts",
    [
        ("studentenwelzijn", {"studenten", "welzijn"}),
        ("mensenrechtentoets", {"mensenrechten", "mensen", "rechten", "toets"}),
        ("toelatingsproef", {"toelating", "proef"}),
        ("hogeronderwijsinstellingen", {"hoger", "onderwijsinstellingen", "onderwijs", "instellingen"}),
    ],
)
def test_compound_examples(word, parts):
    assert parts <= set(split_compound(word))


def test_non_compounds_stay_whole():
    for word in ("universiteit", "samenwerking", "onderwijs", "gemeenschappelijk", "maatregelen"):
        assert split_compound(word) == ()


# --- synonyms ----------------------------------------------------------------


def test_synonyms_ocw():
    syn = load_synonyms()
    alts = syn.expand("OCW")
    assert "Onderwijs Cultuur en Wetenschap" in alts
    assert "OCW" in syn.expand("onderwijs, cultuur en wetenschap")
    assert syn.expand("ocw") == alts


def test_synonyms_multiword_greedy():
    segs = load_synonyms().segments("welzijn van studenten bij het ministerie van OCW")
    assert segs[0].text == "welzijn van studenten"
    assert "studentenwelzijn" in segs[0].alternatives
    ministry = [s for s in segs if s.text == "ministerie van OCW"]
    assert ministry and "OCW" in ministry[0].alternatives
    assert load_synonyms().expand("Toelatingsexamen") == ["toelatingsproef", "toelatingstoets"]
    assert load_synonyms().expand("geen synoniem") == []


def test_an_abbreviation_in_the_plural_has_its_singulars_synonyms():
    # "AIOs" and "UD's" in a question: the vocabulary lists "AIO" and "UD"
    syn = load_synonyms()
    assert syn.expand("AIOs") == syn.expand("AIO") == ["assistent in opleiding"]
    assert syn.expand("UD's") == syn.expand("UD")
    assert [s.alternatives for s in syn.segments("AIOs bij rijksinstituten")][0] == ("assistent in opleiding",)
    assert syn.expand("ECTS") == [] and syn.expand("Bios") == []  # no plural of an abbreviation


# --- pickling, robustness ----------------------------------------------------


def test_pickle_round_trip(nl):
    before = texts(nl, SEED_000)
    clone = pickle.loads(pickle.dumps(nl))
    assert texts(clone, SEED_000) == before
    assert clone == nl
    blob = pickle.dumps(nl)
    assert len(blob) < 2000  # no word list or caches in the schema


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_never_raises_and_chars_in_bounds(text):
    for analyzer in (dutch_analyzer(), english_analyzer()):
        for mode in ("index", "query"):
            for t in analyzer(text, positions=True, chars=True, mode=mode):
                assert 0 <= t.startchar <= t.endchar <= len(text)
                assert t.text


def test_wordnet_glosses_the_words_the_other_glossaries_lack_but_decides_no_language():
    from polkb.analysis.glossary import language_of, to_dutch

    assert to_dutch("biology") == ["biologie"] and "geletterdheid" in to_dutch("literacy")
    assert to_dutch("take")[0] == "nemen"  # an earlier glossary's word keeps its glosses
    assert to_dutch("board members") == []  # a phrase is left to its words
    # WordNet lists words Dutch shares: they do not make a Dutch query English
    assert language_of("coalitie fossiele subsidies COP28") == "nl"
    assert language_of("afstemming bedragen beurzenprogramma's") == "nl"


def test_the_general_glossary_keeps_the_space_of_a_phrasal_verb():
    # FreeDict's Dutch-English side writes "aanpakken: dealwith": an English question says "deal with"
    from polkb.analysis.glossary import glossary, to_dutch

    table = glossary()
    assert "deal with" in table and "dealwith" not in table and "consist of" in table
    assert "behandelen" in to_dutch("deal with") and to_dutch("begin")  # an English word stays whole


def test_question_words_are_glossed_in_the_sense_policy_questions_use():
    # "checks whether a student … really lives away from home": not "hetzij", and the hyphenated
    # adjective as the phrase ("the away-from-home rate of student finance" is the uitwonende beurs)
    from polkb.analysis.glossary import to_dutch

    assert to_dutch("whether") == ["of"]
    assert "uitwonend" in to_dutch("away-from-home") and "uitwonend" in to_dutch("away from home")
    assert "werkelijk" in to_dutch("really")
    # "How many police officers backed the manifesto …": "agenten", not "officier"
    assert "agenten" in to_dutch("police officer") and "milieucriminaliteit" in to_dutch("environmental crime")
    # "exempt from the propaedeutic exam": vrijgesteld, not the general glossary's "ontslaan"
    assert to_dutch("exempt")[0] == "vrijgesteld" and "propedeutisch" in to_dutch("propaedeutic")



def test_a_word_in_capitals_is_an_abbreviation_not_the_dictionary_word_spelled_the_same():
    # "AI training needs survey companies", "Which DUO office …", "RAG pipeline": not "aai" (the
    # sloth), "stel" (a pair), "lap" (a cloth); the field glossary's abbreviations ("MP") and a
    # general gloss that is itself an abbreviation ("VAT" -> "BTW") still count
    from polkb.analysis.glossary import language_of, to_dutch

    assert to_dutch("AI") == [] and to_dutch("DUO") == [] and to_dutch("RAG") == []
    assert "aai" in to_dutch("ai")  # the word typed in small letters is the word
    assert "kamerlid" in to_dutch("MP") and to_dutch("VAT") == ["BTW"]
    assert language_of("rekenkracht lokaal of cloud RAG") == "nl"


def test_an_entry_of_english_stop_words_only_is_no_concept_of_a_question():
    # the general dictionary lists "of the" ("van het"), "to do" ("drukte") and "has been"
    # ("passé"): read whole they made the frame of a question a concept every passage must hold
    from polkb.analysis.glossary import phrases_to_dutch
    from polkb.query.concepts import concepts_of

    chunks = [chunk for chunk, _ in phrases_to_dutch("What does the minister want to do about the reassessment of the exam")]
    assert "to do" not in chunks and "of the" not in chunks and "reassessment" in chunks
    concepts = concepts_of("reassessment of the exam has been delayed")
    assert [c.text for c in concepts] == ["reassessment", "exam", "delayed"]
    assert concepts[1].joined == "of the"
    assert dict(phrases_to_dutch("more than half"))["half"]  # the words around them keep their glosses


def test_a_dutch_compound_no_glossary_lists_makes_a_query_dutch():
    # "gift" and "extra" read as English, "omzetting" is too rare to count as common Dutch; the
    # compounds "prestatiebeurs" and "kopopleiding" are Dutch words of Dutch words
    from polkb.analysis.glossary import language_of

    assert language_of("omzetting extra prestatiebeurs in gift kopopleiding") == "nl"
    assert language_of("rolling grant hoogleraren kosten") == "nl"
    assert language_of("extra grant for a teacher top-up programme") == "en"
    assert language_of("Who chaired the Commissie onderzoek huisvesting ROC?") == "en"
    # English words split too ("contr" + "actual", "life" + "style"): parts must be Dutch words
    assert language_of("informal contractual agreements") == "en"
    assert language_of("lifestyle breakthrough funding") == "en"


def test_a_word_the_glossary_gives_as_its_own_translation_counts_for_neither_language():
    # "minister => minister": a common Dutch word, but English too; "of" belongs to both lists
    from polkb.analysis.glossary import language_of

    assert language_of("minister of education") == "en"
    assert language_of("minister onderwijs") == "nl" and language_of("master bachelor") == "nl"


def test_a_dutch_function_word_in_an_english_question_is_part_of_a_name_not_an_english_word():
    # "questions by MP Van der Lee", "the Raad van State": not "bestelwagen"; "hun" is no "mof"
    from polkb.analysis.glossary import phrases_to_dutch, to_dutch

    glossed = dict(phrases_to_dutch("questions by MP Van der Lee about the Raad van State and hun rol"))
    assert glossed["Van"] == [] and glossed["van"] == [] and glossed["hun"] == []
    assert "kamerlid" in glossed["MP"] and "vraag" in glossed["questions"]
    assert "bestelwagen" in to_dutch("van")  # the dictionary still lists the English word


def test_a_noun_in_ing_gets_wordnets_noun_senses_after_the_general_glossarys_verb():
    # "screening" read as "screen" was only "scherm, schut, beeldscherm"; WordNet's noun is a
    # "selectieprocedure". A field glossary verb keeps its curated senses ("filing": "indienen",
    # not WordNet's "splinter"), and the noun never decides a query's language.
    from polkb.analysis.glossary import language_of, to_dutch

    screening = to_dutch("screening")
    assert screening[0] == "scherm" and "selectieprocedure" in screening
    assert "indienen" in to_dutch("filing") and "splinter" not in to_dutch("filing")
    assert "selectieprocedure" in to_dutch("screenings")  # a plural is the noun
    assert language_of("screening van studenten") == "nl"


def test_an_ing_form_of_a_short_verb_is_glossed_through_the_verb():
    # "what share of civil servants were using tools like ChatGPT": "using" is "use" ("gebruiken"),
    # not WordNet's noun "using" ("uitbuiting"); "owing" is "owe"
    from polkb.analysis.glossary import to_dutch

    assert "gebruiken" in to_dutch("using") and "uitbuiting" not in to_dutch("using")
    assert to_dutch("owing") == to_dutch("owe") != []
    assert "zingen" in to_dutch("sing") and "koning" in to_dutch("king")  # no "-ing" form


def test_an_unlisted_english_derivation_is_glossed_through_its_base_word():
    # "academically", "inclusivity" stand in no glossary; "academic" and "inclusive" do. A name is
    # left alone ("Natal" is no "nate"), and prefixes are not stripped ("non-emergency" is no "nood").
    from polkb.analysis.glossary import phrases_to_dutch, to_dutch

    assert to_dutch("academically") == [] and to_dutch("inclusivity") == []
    glossed = dict(phrases_to_dutch("how inclusivity is funded academically at Natal"))
    assert "academisch" in glossed["academically"] and "inclusief" in glossed["inclusivity"]
    assert glossed["Natal"] == []
    assert dict(phrases_to_dutch("non-emergency number"))["non-emergency"] == []


def test_an_irregular_english_form_is_glossed_through_its_lemma_without_making_dutch_english():
    # "When was the decision made", "Who held the chair", "which institutions took part": the
    # glossaries list "make", "hold", "take part"; "held" is also a Dutch word ("hero")
    from polkb.analysis.glossary import language_of, phrases_to_dutch

    glossed = dict(phrases_to_dutch("who held the chair when the decision was made"))
    assert "houden" in glossed["held"] and "maken" in glossed["made"]
    assert "deelgenomen" in dict(phrases_to_dutch("which institutions took part"))["took part"]
    assert language_of("held van de dag") == "nl"


def test_an_english_plural_in_es_is_its_singular_in_e_unless_it_follows_a_hissing_sound():
    # "notes" is no "not" ("niet"), "codes" no "cod" ("kabeljauw"), "routes" no "rout" ("meute");
    # "taxes", "matches" and "buses" are plurals of "tax", "match" and "bus"
    from polkb.analysis.glossary import to_dutch

    for plural, singular in [("notes", "note"), ("codes", "code"), ("routes", "route"), ("rates", "rate"),
                             ("themes", "theme"), ("taxes", "tax"), ("matches", "match"), ("buses", "bus")]:
        assert to_dutch(plural) == to_dutch(singular) != [], plural


def test_the_general_glossary_adds_the_senses_policy_texts_use():
    # FreeDict's three commonest Dutch glosses of "alteration" are "keer, verandering, verloop";
    # a decree says "wijziging", and an "abrogation" is an "intrekking" there
    from polkb.analysis.glossary import to_dutch

    assert to_dutch("alteration")[:3] == ["keer", "verandering", "verloop"] and "wijziging" in to_dutch("alteration")
    assert "intrekking" in to_dutch("abrogation") and len(to_dutch("abrogation")) <= 5
