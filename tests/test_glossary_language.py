"""How an English query or question is told from a Dutch one, and how the Dutch names inside it
are read (polkb.analysis.glossary), on the words of the tune sets' questions and the corpus."""
from polkb.analysis.glossary import language_of, phrases_to_dutch


def test_english_words_the_dutch_word_list_ranks_high_still_read_english():
    # the Dutch word list, counted in subtitles and on the web, ranks "research", "centre",
    # "project", "mobile" among its 5,000 commonest words; no dictionary gives them as Dutch
    # (phrases of the tune questions s11-q42, s20-q13 and of corpus/ documents)
    for text in ("NERF research centre", "research centre", "university college", "research project",
                 "mobile phones", "centre of expertise", "took part"):
        assert language_of(text) == "en", text
    # a Dutch word a dictionary gives as Dutch still counts as Dutch: "brief", "vaste", "slimme"
    assert language_of("Brief van Minister van Onderwijs") == "nl"
    assert language_of("slimme internationaliseringsstrategie") == "nl"
    assert language_of("Vaste kern van de opleiding") == "nl"
    assert language_of("rolling grant hoogleraren kosten") == "nl"


def test_words_only_wordnet_translates_count_as_english_unless_dutch():
    # "phone", "pouches", "lifestyle" only WordNet lists (tune s20-q13: "lockable phone pouches")
    assert language_of("lockable phone pouches") == "en"
    assert language_of("phone ban") == "en"
    # a common Dutch word WordNet also lists as English ("mag", "zit") stays Dutch
    assert language_of("bachelor mag ANW") == "nl"
    assert language_of("UHasselt zit") == "nl"


def test_an_english_question_frame_outweighs_a_dutch_name_in_it():
    # tune s16-o03: an English question around the name of a Dutch task force
    q = "Who was appointed secretary of the Taskforce beter benutten onderwijs en openbaar vervoer?"
    assert language_of(q) == "en"
    assert language_of("In welk jaar is het actieplan mobiliteit opgestart?") == "nl"


def test_a_capitalised_dutch_word_in_an_english_question_is_a_name():
    # tune s9-q07 and s8-q17: the surnames Bruins Slot and De Hoop are no "bruine beer", "groef", "hoepel"
    q = "What exactly do the EU sanctions forbid Russian airlines to do, according to minister Bruins Slot's answers about Corendon?"
    glosses = dict(phrases_to_dutch(q))
    assert glosses["Bruins"] == [] and glosses["Slot's"] == []
    assert "Russisch" in glosses["Russian"]  # a name's own gloss stays
    glosses = dict(phrases_to_dutch("When was MP De Hoop's motion asking to formalise the role of students tabled?"))
    assert glosses["Hoop's"] == []
    # the English word written in lower case keeps its glosses
    assert "hoop" in dict(phrases_to_dutch("students who lost hope"))["hope"]


def test_words_a_hyphen_joins_are_glossed_as_a_phrase():
    from polkb.analysis.glossary import phrases_to_dutch

    glossed = dict(phrases_to_dutch("the 2019 loan-system monitor"))
    assert "leenstelsel" in glossed["loan-system"]
