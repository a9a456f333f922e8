"""When to say "not found": the evidence must cover the question.

A named thing the question gives (an organisation, person, programme or place, after synonyms)
that stands nowhere in a unit, its context or its passage rules that unit out, and so does a unit
that only says what was meant to happen when the question asks what actually did; and the best
remaining unit must cover enough of the question's weighted words. The thresholds are calibrated
on questions whose answer is in no document (bench/eval, `tune` half).
"""
from __future__ import annotations

import re

from ..lexicon import COMMON_RANK, country_names, place_names, word_ranks
from ..tag.figures import CURRENCIES, TIME_UNITS, figures_in_text, parse_word_number
from ..text.fold import fold
from .types import without_web_addresses
from .types.dates import DATE, DAY_MONTH_RANGE
from .types.reason import says_why
from ..text import lazyre

MIN_PASSAGE = 0.50    # coverage of the question by the unit's whole passage, title and headings
MIN_TYPED = 0.30      # coverage a unit needs for a typed span from it to be the answer
# Coverage a unit needs to be the answer itself. Checked on the tune sets alone (session 56,
# bench/all_sets.py on 513 documents, 1592 tune questions, 265 of them out of corpus): 0.75, 0.70,
# 0.65, 0.60, 0.55 answer 1177, 1181, 1184, 1189, 1190 right, at a precision of 84, 83, 82, 82, 81%,
# and abstain on 232, 230, 228, 226, 223 of the 265. Each step down adds answers of which about a
# third are right: 0.70 is the lowest that costs at most a point of precision.
MIN_SENTENCE = 0.70
# The confidence a typed span needs to be the answer (its unit's coverage times its closeness to
# the question's words, see Answerer._from_span); below it the question falls through to the
# covering sentence, or to "not found". First set from s18 and s19 when they were fresh, which are
# held-out sets (a leak); checked again on the tune sets alone (session 40, bench/all_sets.py on 480
# documents, 1541 tune questions): at 0.45 the answers added are right 7 times in 24, at 0.55 the
# answers taken away were right 34 times in 63. 0.5 stands on the tune sets.
MIN_SPAN_CONFIDENCE = 0.5


# a question for what happened ("How many civil servants actually switched …") is not answered by what was
# meant to happen ("Via deze pilot krijgen 50 rijksambtenaren de kans …", "streeft ernaar … 3.340 extra banen",
# an agreement's "overstap van 50 rijksambtenaren", a deadline's "brengt vóór 15 oktober 2012 een eindrapportage uit")
_ACTUAL_ASKED = lazyre.compile(r"\b(?:actually|daadwerkelijk\w*|in werkelijkheid|feitelijk\w*|gerealiseerd\w*|realised|realized|"
                               r"in practice|in de praktijk)\b", re.IGNORECASE)
_INTENT = lazyre.compile(r"\b(?:streef\w*|strev\w*|beoog\w*|doelstelling\w*|ambitie\w*|wil|willen|wilde|wilden|kans|plan|"
                         r"plannen|gepland\w*|voornemen\w*|voorgenomen|zal|zullen|target\w*|aim\w*|intend\w*|planned|convenant\w*|"
                         r"afspra\w*|uiterlijk|deadline)\b|\bv[óo]{1,2}r(?=\s+\d)",
                         re.IGNORECASE)


def asks_what_happened(question: str) -> bool:
    """Whether a question asks what actually happened, as against what was planned."""
    return bool(_ACTUAL_ASKED.search(question))


def intent_only(text: str) -> bool:
    """Whether a text says what was meant to happen and not that it did."""
    return bool(_INTENT.search(text)) and not _ACTUAL_ASKED.search(text)


def real_names(named: list[str]) -> list[str]:
    """The named things that are names: a capitalised ordinary word ("Kamerlid", "Regering") is not;
    a place ("Groningen", "Leiden") is, however often the word is used."""
    out = []
    for n in named:
        words = n.lstrip("#").split()
        rank = word_ranks().get(words[0].lower()) if len(words) == 1 else None
        if len(words) == 1 and not n.startswith("#") and not re.search(r"[A-Z]|\d", n[1:]) \
                and rank is not None and rank < COMMON_RANK and fold(n) not in place_names():
            continue
        if len(words) == 1 and all(_of_a_country(part) for part in n.split("-")):
            continue  # "het Turkse lerarendiploma", "een Oekraïens diploma", "een Nederlands-Duitse studierichting":
            # it says of where, it names nothing
        out.append(n)
    return out


def _of_a_country(word: str) -> bool:
    """A capitalised adjective of a country ("Oekraïens", "Turkse", "Belgische"): its first letters
    are a country's, its ending an adjective's."""
    w = fold(word).lower()
    if not re.search(r"(?:s|se|sch|sche|isch|ische|ees|ese)$", w) or len(w) < 5:
        return False
    stem = re.sub(r"(?:aanse|aans|ische|isch|sche|sch|ese|ees|se|s)$", "", w)
    return len(stem) >= 3 and any(c.startswith(stem[:max(3, len(stem) - 2)]) for c in country_names())


NUMERIC = ("amount", "count", "percentage", "duration", "year", "date", "period", "figure")
_NUMBER = lazyre.compile(r"(?<![^\W\d_])\d|\b(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twintig|honderd|duizend|miljoen|"
                         r"miljard|half|helft|kwart|one|two|three|four|five|six|ten|hundred|thousand|million|billion)\b",
                         re.IGNORECASE)


_TIME = lazyre.compile(r"\b(?:19|20)\d\d\b")
_INSTITUTION = lazyre.compile(r"(?:universiteit|hogeschool|hogescholen|instelling|school|organisatie|ministerie|gemeente|"
                              r"bedrijf|bedrijven|onderneming|stichting|vereniging|partner|centrum|centra|raad|commissie|"
                              r"agentschap|dienst|consortium|instituut|instituten|bureau|samenwerkingsverband|partij)", re.IGNORECASE)
_KINDS_ASKED = lazyre.compile(r"\b(?:soort|soorten|type|typen|types|kind|kinds|sort|sorts)\b", re.IGNORECASE)
_INSTITUTION_WORD = lazyre.compile(r"\b\w*" + _INSTITUTION.pattern + r"\w*", re.IGNORECASE)
_MONEY = lazyre.compile(r"€|ƒ|\b(?:euro|eur|miljoen|miljard|mln|mld|million|billion|gulden|hfl|nlg)\b|(?<![\w.])f\s\d", re.IGNORECASE)
# a span of time: a number or a number word before a unit of time, or a span without a number
_SPAN_OF_TIME = lazyre.compile(r"(?:\d|\b(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|vijftien|twintig|dertig|"
                               r"veertig|zestig|half|halve|anderhalf|enkele|meerdere|one|two|three|four|five|six|ten|twelve|a|an))"
                               r"[\s-]*(?:\w+\s+)?(?:jaar|jaren|maand|maanden|week|weken|dag|dagen|werkdagen|uur|uren|semesters?|"
                               r"academiejaren|kalenderjaren|studiejaren|years?|months?|weeks?|days?|hours?)\b"
                               r"|\b(?:onbepaalde\s+tijd|levenslang|indefinite\w*|permanent)\b", re.IGNORECASE)
_SHARE = lazyre.compile(r"%|\b(?:procent|percent|helft|derde|kwart|half)\b", re.IGNORECASE)


def can_answer_as_sentence(answer_type: str, text: str, holds_role: bool = False, to_the_day: bool = False,
                           asked: str = "", counted: str = "") -> bool:
    """A sentence answers a question for a number or a date only when it holds one: "Met hoeveel
    stemmen …" is not answered by a sentence about the motion without a figure ("KA2" is no
    figure, nor is a date), "Wanneer …" not by one without a year, "Op welke datum …" not by one
    without a date to the day (`to_the_day`), "Hoeveel geld …" not by one without a sum of money,
    "Welk percentage …" not by one without a share, "Hoe lang …" not by one without a span of time
    ("vier jaar", "onbepaalde tijd"), "Wie werd voorzitter" not by one that names no
    one (`holds_role`: the question asks who holds a role; "wie worden bedoeld met derdelanders" is
    answered by a description), "Welke organisatie …" not by one that names only organisations the
    question names itself (`asked`: the question's text and its Dutch glosses), "Welk bedrijf …" (a
    class of organisations, `counted`) not by one that names none ("Zo wordt de website beter
    toegankelijk"), "Wie …" not by one that names no one the question does not name itself, "Waarom
    …" not by one that gives no ground, "Hoeveel studenten …"
    not by one whose only number is a span of time ("binnen 30 dagen", "de afgelopen vijf jaar"):
    that counts days or years, not the noun asked (`counted`), unless days are what it counts."""
    text = without_web_addresses(text)  # (".../besluiten/2013/05/08/curriculumeisen.html" says no date)
    if answer_type in ("date", "year", "period"):
        text = _PUBLICATION_REFERENCE.sub(" ", text)  # ("Wet opheffing …(Stb. 2000, 284) in werking treedt" says no when)
    if answer_type == "date" and to_the_day:  # "op welke datum", "on what date": a year is not it
        return bool(DATE.search(text))
    if answer_type == "period" and DAY_MONTH_RANGE.search(text):  # "van 1 april tot en met 30 juni" of each year
        return True
    if answer_type in ("date", "year", "period"):
        return bool(_TIME.search(text))
    if answer_type == "organisations":  # "aan welke organisatie" is answered by one, named or by its kind
        return _names_organisation(text, asked)
    if answer_type in ("name", "list") and counted and _INSTITUTION_WORD.fullmatch(counted):
        # "Welk bedrijf …", "Welke universiteit …": an organisation, or a name the question does not
        # say ("Duinrell toestemming te geven …"), not "Zo wordt de website beter toegankelijk"
        return _names_organisation(text, asked) or bool(_unasked_names(text, asked))
    if answer_type == "person" and holds_role:  # "wie werd voorzitter" is not answered by "de voorzitter wordt benoemd"
        from ..tag.entities import find_persons

        return bool(find_persons(text))
    if answer_type == "person":  # "wie verleent vrijstelling" is answered by someone the question does not name
        return _names_actor(text, asked)
    if answer_type == "reason":  # "waarom …" is not answered by a sentence that gives no ground ("Wij Beatrix, …")
        return says_why(text)
    if answer_type == "amount" and not _MONEY.search(text):
        return False
    if answer_type == "percentage" and not _SHARE.search(text):
        return False
    if answer_type == "duration" and not _SPAN_OF_TIME.search(text) and not _between_dates(text):
        # "hoe lang …" is not answered by a sentence about a fee that holds no span of time; "binnen welke periode
        # mogen schoolbesturen de projecten organiseren" is by one that gives its first and last day ("tijdens de
        # periode vanaf 1 september 2022 tot en met 31 augustus 2025")
        return False
    if answer_type not in NUMERIC:
        return True
    # a date or a year is no count, sum or share: "Voorgesteld 1 februari 2023" answers no "hoeveel"
    text = _TIME.sub(" ", DATE.sub(" ", re.sub(r"^\s*\d+[.)]\s", "", text)))
    text = _REFERENCE.sub(" ", text)  # "artikel 2, eerste lid" counts nothing
    text = _without_own_numbers(text, asked)  # "How many students … in the three towers": "drie woontorens" is asked
    if answer_type == "count":  # "hoeveel studenten" is no sum of money and no share
        # and a count is what the figures tagger reads as one: not a section number ("21.5.2 Na
        # vernietiging door de Raad …"), a house number or a postcode ("Kruitmolenstraat 43 in 1000 Brussel");
        # a number a PDF glued to its noun is still one ("0,3 per 25.000inwoners")
        time_counted = counted and any(f.unit in TIME_UNITS for f in figures_in_text(f"2 {counted}"))
        not_counts = _SUM_OR_SHARE_UNITS + (() if time_counted else TIME_UNITS)  # nor, mostly, a span of time
        if not any(f.unit not in not_counts for f in figures_in_text(_GLUED_NOUN.sub(r"\1 \2", text))):
            return False
        if not time_counted:
            text = _SPAN_OF_TIME.sub(" ", text)
        text = _SUM_OR_SHARE.sub(" ", text)
    # a number in words of any size ("zeventig Canadese studenten", "vijfentwintig"), not the article "een"
    return bool(_NUMBER.search(text)) or any(parse_word_number(w) for w in re.findall(r"[a-zë]{3,}", text.lower())
                                             if w not in ("een", "één"))


def _between_dates(text: str) -> bool:
    """Whether `text` gives a span by its first and last day: two dates with only "tot (en met)", "t/m", "until",
    "to" or a dash between them."""
    dates = list(DATE.finditer(text))
    return any(re.fullmatch(r"\s*(?:tot(?:\s+en\s+met)?|t/m|until|through|to|[-–])\s*", text[a.end():b.start()], re.IGNORECASE)
               for a, b in zip(dates, dates[1:]))


def _without_own_numbers(text: str, asked: str) -> str:
    """`text` without the numbers the question gives itself, in digits or in words (an English
    question's through its glosses): they are what it asks about, not its answer. A rate's base
    stays ("0,3 per 25.000 inwoners" for "hoeveel zwembaden per 25.000 inwoners"): it says what the
    number before it counts."""
    own = {w.lower() for w in _NUMBER_OR_WORD.findall(asked)
           if w[0].isdigit() or w.lower() not in ("een", "één", "a", "an", "one") and parse_word_number(w.lower())}
    if not own:
        return text
    return _UNRATED_NUMBER_OR_WORD.sub(lambda m: " " if m.group().lower() in own else m.group(), text)


_NUMBER_OR_WORD = lazyre.compile(r"\d[\d.,]*\d|\d|\b[^\W\d_]+")
_UNRATED_NUMBER_OR_WORD = lazyre.compile(r"(?<!\bper )(?:" + _NUMBER_OR_WORD.pattern + ")")  # (not a rate's base)


def _names_organisation(text: str, asked: str) -> bool:
    """Whether `text` names an organisation, by name or by its kind, that the question does not name
    itself: "with which organisation must an institution lodge its application" is not answered by a
    sentence about "instellingen"; a question for kinds ("welke soorten instellingen") is answered in
    its own word."""
    from ..tag.entities import find_organisations

    low = asked.lower()
    asked_words = set() if _KINDS_ASKED.search(asked) else _words(asked)
    return any(o.canonical.lower() not in low and o.surface.lower() not in low for o in find_organisations(text)) or \
        any(m.group().lower() not in asked_words for m in _INSTITUTION_WORD.finditer(text))


# an office or a body named by what it is: "de inspectie doet de aanbeveling", "de Nederlandse Minister en
# de Vlaamse Minister vormen samen het Comité"
_OFFICE = lazyre.compile(r"\b(?:minister|ministers|staatssecretaris|regering|kabinet|inspectie|rechter|college|bestuur|"
                         r"directeur|voorzitter|secretaris|burgemeester|wethouder|kamer|parlement|overheid|ombudsman|"
                         r"commissaris|gouverneur|koning|koningin|government|inspectorate|court|board|mayor)\b", re.IGNORECASE)


def _names_actor(text: str, asked: str) -> bool:
    """Whether `text` names someone the question does not: a person, an organisation, an office or
    body by its kind, a group of people ("derdelanders"), or a name ("De CPW wordt belast met …"),
    though not a place ("… te 's-Gravenhage, kan … worden vrijgesteld" names no one who decides)."""
    from ..tag.entities import find_persons, find_target_groups

    if find_persons(text) or find_target_groups(text) or _names_organisation(text, asked):
        return True
    if any(m.group().lower() not in _words(asked) for m in _OFFICE.finditer(text)):
        return True
    return any(fold(n) not in place_names() for n in _unasked_names(text, asked))


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"\w+", text)}


def _unasked_names(text: str, asked: str) -> list[str]:
    """The capitalised words of `text` that are names (`real_names`) the question does not say."""
    asked_words = _words(asked)
    return real_names([w for w in re.findall(r"\b[A-ZÀ-Ý][\w&-]{2,}", text) if w.lower() not in asked_words])


# where an act or a parliamentary paper was published: its year dates the publication, not the event
_PUBLICATION_REFERENCE = lazyre.compile(r"\b(?:Stb|Stcrt|Trb|Staatsblad|Staatscourant|Kamerstukk?e?n?\s+I{1,2}|Handelingen\s+I{1,2}|"
                                        r"B\.?S)\.?\s*(?:19|20)\d\d(?:[/-]\d\d)?(?:\s*,\s*(?:nr\.\s*)?\d+)?")
_SUM_OR_SHARE_UNITS = (*CURRENCIES, "%")  # what a count is not ("een investeringssubsidie van 847.849 euro")
_GLUED_NOUN = lazyre.compile(r"(\d)([a-zà-ÿ]{3,})")
_REFERENCE = lazyre.compile(r"\b(?:artikel|art\.|artt?\.|lid|onderdeel|hoofdstuk|paragraaf|bijlage|article|section)"
                            r"\s+\d+[a-z]?(?:\.\d+)*\b", re.IGNORECASE)
_SUM_OR_SHARE = lazyre.compile(r"(?:€|\bEUR\b)\s*[\d.,]+(?:\s*(?:miljoen|miljard|mln|mld)\b)?"
                               r"|[\d.,]*\d\s*(?:miljoen|miljard|mln|mld)?\s*(?:euro|EUR)\b"
                               r"|[\d.,]*\d\s*(?:%|procent\b|percent\b)", re.IGNORECASE)
