"""The general dictionaries' senses of common English words (src/polkb/data/glossary_general_en_nl.txt,
converted from FreeDict, and glossary_wordnet_en_nl.txt), corrected by hand where a wrong or
archaic sense came first or among the glosses; on the words of the tune sets' English queries and
the Dutch of their documents (bench/corpus-s22, a tune corpus)."""
from __future__ import annotations

from pathlib import Path

from polkb.analysis.glossary import phrases_to_dutch, to_dutch

BENCH = Path(__file__).resolve().parent.parent / "bench"


def test_common_words_lose_the_wrong_senses_freedict_gave_them():
    # tune s22-p16 "small university grants success rate": "min" (minus) matched "plus/min" lines;
    # the Jonge Akademie consultation says "kleine bedragen", "een klein deel"
    text = (BENCH / "corpus-s22" / "nl-jonge-akademie-raadpleging-onderzoeksfinanciering-2022.md").read_text(encoding="utf-8")
    assert "kleine bedragen" in text
    assert "min" not in to_dutch("small") and "klein" in to_dutch("small")
    assert "min" not in to_dutch("less")
    # FreeDict read backwards: "meerdere" (a superior), "seksueel" ("geslachtelijk"), "brengen",
    # "los", "plaats", "piemel", "keer", "bezoeker" of a caller on the phone
    assert "meerdere" not in to_dutch("chief")
    assert to_dutch("generative") == ["generatief"]
    assert to_dutch("wear") == ["dragen"]
    assert to_dutch("mobile")[0] == "mobiel" and "los" not in to_dutch("mobile")
    assert to_dutch("office")[0] == "kantoor"
    assert "keer" not in to_dutch("transformation")
    assert to_dutch("callers")[0] == "beller"
    # a frame the general dictionary glossed with unrelated words ("langs") keeps its sense
    assert "langs" not in dict(phrases_to_dutch("according to the minister"))["according to"]


def test_common_words_freedict_lacks_are_translated():
    assert "rechtvaardigen" in dict(phrases_to_dutch("why the minister considers it justified"))["justified"]
    assert "aannemen" in to_dutch("assume")
    assert "rechtmatig" in to_dutch("lawful")
    assert "ten opzichte van" in dict(phrases_to_dutch("fee relative to scale 18"))["relative to"]


def test_wordnet_entries_lead_with_their_common_sense():
    assert "census" not in to_dutch("taxation") and "belasting" in to_dutch("taxation")
    assert to_dutch("trauma")[0] == "trauma"
    assert "onderonsje" not in to_dutch("aside")


def test_a_field_word_left_out_of_the_field_glossary_falls_back_on_wordnet(monkeypatch, tmp_path):
    """bench/all_sets.py --field-glossary measures English questions with field entries left out,
    as on words nobody wrote an entry for: the WordNet file lists the field glossary's words too, so
    such a word keeps a gloss ("accreditation", "classification"), while the shipped field glossary
    still wins. Another form of a field word is not listed ("provisions"): it would be found before
    the field glossary's "provision"."""
    from polkb.analysis import glossary

    assert to_dutch("accreditation") == ["accreditatie"]  # the field glossary's entry
    assert to_dutch("provisions") == to_dutch("provision")
    without = tmp_path / "field.txt"
    without.write_text("minister => minister\n", encoding="utf-8")
    monkeypatch.setattr(glossary, "GLOSSARY_FILES", (str(without),) + glossary.GLOSSARY_FILES[1:])
    glossary._tables.cache_clear()
    try:
        assert "accreditatie" in to_dutch("accreditation")
        assert "classificatie" in to_dutch("classification")
        assert "luchtvaart" in to_dutch("aviation")
    finally:
        monkeypatch.undo()
        glossary._tables.cache_clear()
