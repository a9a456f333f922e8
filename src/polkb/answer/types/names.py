"""Names: the capitalised name next to the noun a "welke …" question asks for
("In Dataloep (…), onze online rapporteringstool"; "bij de Commissie Hoger Onderwijs")."""
from __future__ import annotations

import functools
import re

from ...analysis.filters import fold
from ...lexicon import function_words, verb_forms
from .. import question as Q
from ..scoring import letters
from . import Candidate, Clues, closeness, column_cells, register, without_web_addresses
from ...text import lazyre

# a space before a hyphen ("Gemeente Leidschendam -Voorburg", where a PDF line broke) keeps the name whole
_NAME = lazyre.compile(r"(?:[A-Z#][\w’'&+-]*(?:\s+(?:van|voor|en|de|der|het|of|for|and|the|in|inzake|on|&)?\s*[A-Z][\w’'&+-]*"
                       r"|\s-[A-Z][\w’'&+-]*)*)")
_BROKEN_HYPHEN = lazyre.compile(r"\s-(?=[A-Z])")
# the rest of an enumeration inside a name: ", Sociale en Culturele Rechten" after "… inzake Economische"
_LISTED_IN_NAME = lazyre.compile(r"(?:,\s+[A-Z][\w’'&+-]*)+\s+(?:en|and|&)\s+[A-Z][\w’'&+-]*(?:\s+[A-Z][\w’'&+-]*)*")
_LEADING_FUNCTION = lazyre.compile(r"^(?:(?:In|De|Het|Een|Op|Bij|Van|Voor|Met|Door|Aan|Uit|Naar|Over|Als|Dit|Deze|Die|Dat|"
                                   r"The|A|An|On|At|By|For|With|From)\s+)+")
_ADJECTIVE = lazyre.compile(r"^(?:Vlaams|Vlaamse|Nederlands|Nederlandse|Belgisch|Belgische|Europees|Europese|Frans|"
                            r"Franse|Duits|Duitse|Engels|Engelse|Brussels|Brusselse|Waals|Waalse|Federale?)$")


# a year or a span of years right after a name, which belongs to it
# a present participle that opens a clause ("Constaterende dat …", "Overwegende dat …" of a motion)
# is capitalised for its place, and names nothing
_PARTICIPLE_OPENER = lazyre.compile(r"[A-Z][a-z]{3,}ende")
_NAME_YEAR = lazyre.compile(r" (?:19|20)\d\d(?:\s?[-–—/]\s?(?:19|20)?\d\d)?(?![\w.,]\d)")


# words that stand near answers of these types (see polkb.answer.types.query_hints)
QUERY_HINTS = {Q.NAME: "naam genaamd"}


_ARTICLE = lazyre.compile(r"\b(?:artikel(?:en)?|art\.|articles?)\s+\d+[a-z]?(?:[.:]\d+[a-z]?)*"
                          r"(?:(?:,\s*|\s+(?:en|and|of|or)\s+)\d+[a-z]?(?:[.:]\d+[a-z]?)*)*"
                          r"(?:,?\s+(?:\w+\s+lid,?\s+)?(?:van\s+(?:de|het)|of\s+the)\s+[A-Z][\w-]*(?:\s+[a-z]+){0,3})?")


def _articles(q: Q.Question, text: str, anchors: list) -> list[Candidate]:
    """The articles a unit cites ("op basis van artikel 68 van de Grondwet"), for "op grond van welk
    (grondwets)artikel", "which article"; not one the question gives."""
    out = []
    for m in _ARTICLE.finditer(text):
        if m.group().lower() not in q.text.lower():
            out.append(Candidate(m.group().strip(" ,"), m.start(), m.end(), closeness(m.start(), m.end(), anchors, text)))
    return out


# quantifiers the stop lists leave out
_DETERMINER = lazyre.compile(r"^(?:alle|elke|ieder|iedere|beide|sommige|enkele|vele|meerdere|diverse|verschillende|welke|"
                             r"all|every|each|both|some|several|many|various)$", re.IGNORECASE)


def _no_name_word(name: str) -> bool:
    """Whether every word of a capitalised run is a function word, a quantifier or an adjective of a
    place: "Alle Vlaamse" (at the start of "Alle Vlaamse universiteiten …") names nothing."""
    return all(fold(w).lower() in function_words() or _DETERMINER.match(w) or _ADJECTIVE.match(w) for w in name.split())


@register(Q.NAME)
def extract_name(q: Q.Question, unit, clues: Clues) -> list[Candidate]:
    text = without_web_addresses(unit.text)
    anchors = [a for a in clues.anchors]
    noun_at = [m.start() for m in re.finditer(r"[\w#’'&+-]+", text) if q.noun and clues.same(q.noun, m.group())]
    out = []
    for m in _NAME.finditer(text):
        name = _LEADING_FUNCTION.sub("", m.group()).strip()
        headed = _noun_headed(name, q.noun)
        if headed is not None:  # "Intrekking Subsidieregeling X …", "Wijzigt de Wet op het …": the title starts at the noun
            at = m.start() + m.group().index(name) + headed
            if fold(name[headed:]).lower() != fold(q.noun).lower() and _asked(name[headed:], q):
                continue  # "het M-decreet" the question names is no answer, whatever follows it
            name = text[at:_title_end(text, at + len(name) - headed)].strip()
        if not name or _asked(name, q) or _ADJECTIVE.match(name) or _PARTICIPLE_OPENER.fullmatch(name) or len(name) < 3 \
                or _no_name_word(name) \
                or _LEADING_FUNCTION.match(name + " ") or _everyday(name):  # "Het", "Echter" alone are no name
            continue
        start = m.start() + m.group().index(name) if headed is None else at
        if start == 0 and " " not in name:
            continue  # a capital at the start of a sentence is not a name
        end = start + len(name)
        # "De oriënteringsproef voor leerlingen … (Columbusproef)": a name in brackets after the noun
        apposition = text[start - 1:start] == "(" and text[end:end + 1] == ")" and any(a < start for a in noun_at)
        if q.noun and not apposition and \
                not any(len(text[min(a, end):max(a, start)].split()) <= NOUN_REACH for a in noun_at):
            continue  # "welke regeling": a name is the answer only beside the word "regeling"
        score = closeness(start, start + len(name), noun_at or anchors, text)
        after = re.match(r"\s*\(([^()]{3,80})\)", text[end:])
        if after and spelled_out(name, after.group(1)) == after.group(1).strip():
            # "het VPS (Vlaams personeelsstatuut)": the abbreviation with its name spelled out
            out.append(Candidate(f"{after.group(1).strip()} ({name})", start, end + after.end(), score))
            continue
        if apposition:
            score = max(score, APPOSITION)
            spelled = spelled_out(name, text[:start - 1])
            if spelled:  # "het Vlaams personeelsstatuut (VPS)": the name and its abbreviation
                out.append(Candidate(f"{spelled} ({name})", start - 2 - len(spelled), end + 1, score))
                continue
        listed = _LISTED_IN_NAME.match(text, end) if re.search(r" (?:van|voor|inzake|of|for|on) ", name) else None
        if listed:  # "Ministerie van Onderwijs, Cultuur en Wetenschap": the enumeration belongs to the name
            name, end = name + listed.group(), listed.end()
        year = _NAME_YEAR.match(text, end)
        if year:  # "de Veiligheidsagenda 2023-2026", "Strategisch Plan 2010–2015": the years are part of the name
            name, end = name + year.group(), end + year.end() - year.start()
        out.append(Candidate(_BROKEN_HYPHEN.sub("-", name), start, end, score))
    if q.noun and re.search(r"(?:artikel|artikelen|article|articles)$", q.noun.lower()):
        return _articles(q, text, anchors)  # "welk grondwetsartikel": an article number, which no capital shows
    out += column_cells(q, unit, clues)
    out += _called(q, text, anchors)
    out += _named_by_noun(q, text, anchors)
    out += [c for c in _passive_subject(q, text, anchors) if not any(o.start <= c.start < o.end for o in out)]
    quoted = _quoted(q, text, noun_at, anchors)
    # ("In de conceptnota 'Herwaardering van de leraar'": the capitalised start of a title in quotes is not
    # the name; the title is)
    return [c for c in out if not any(t.start <= c.start and c.end <= t.end for t in quoted)] + quoted


# "krijgt een andere naam, namelijk inclusieprotocol", "heet voortaan X", "omgedoopt tot X": the
# name a thing is given, which need not be capitalised
_CALLED = lazyre.compile(r"\b(?:naam|benaming)\s*(?:,\s*namelijk|:|\s+van)?\s+|\b(?:heet|heten|genaamd|genoemd|"
                         r"omgedoopt tot|hernoemd (?:tot|naar)|called|renamed(?: to| as)?|"
                         # the short name a legal text gives: "…, hierna aan te duiden als Politieacademie"
                         r"hierna(?:\s+(?:aan\s+te\s+duiden\s+als|te\s+noemen)\s*:?|\s+genoemd\s*:|\s*:)|"
                         r"hereinafter(?:\s+referred\s+to\s+as)?:?)\s+(?:voortaan\s+|nu\s+|thereafter\s+)?",
                         re.IGNORECASE)
_CALLED_NAME = lazyre.compile(r"«[^»]{2,80}»|[“\"‘][^”\"’]{2,80}[”\"’]|[\w’'&+-]{3,}(?:\s+[A-Z][\w’'&+-]*){0,4}")


# "Die groei noemt de commissie een “perverse prikkel”": the name a speaker gives, for a question
# that asks what something is called (for any other, whatever a speaker calls something is no answer)
_SPEAKER_CALLS = lazyre.compile(r"\b(?:noemt|noemen|noemde|noemden)\s+(?:[\w-]+\s+){0,3}(?:een|de|het|dat|dit|die)\s+", re.IGNORECASE)


def _called(q: Q.Question, text: str, anchors) -> list[Candidate]:
    out = []
    asks_called = bool(Q.ASKS_CALLED.match(q.text))
    for m in [*_CALLED.finditer(text), *(_SPEAKER_CALLS.finditer(text) if asks_called else ())]:
        name = _CALLED_NAME.match(text, m.end())
        if not name:
            continue
        word = name.group().strip("«»“”\"‘’")
        if _asked(word, q) or _STOP_TITLE.match(word) or _everyday(word.capitalize()) and " " not in word:
            continue
        score = 0.6 + 0.4 * closeness(name.start(), name.end(), anchors, text)
        out.append(Candidate(word, name.start(), name.end(), max(score, APPOSITION) if asks_called else score))
    return out


# "Welke regeling wordt ingetrokken door …?": the verb a passive question asks its noun of
_PASSIVE_ASKED = lazyre.compile(r"\b(?:wordt|worden|werd|werden)\s+(?P<rest>(?:[\w-]+\s+){0,8}[\w-]+)")
PASSIVE_SUBJECT = 0.95  # a thing the text says is done what the question asks was done to it


@functools.lru_cache(maxsize=64)
def _passive_of(verb: str) -> re.Pattern:
    """A sentence whose subject the participle `verb` is said of ("Het besluit …, wordt ingetrokken"); one
    pattern per verb, compiled once, as every unit of a question is read with it."""
    return re.compile(r"(?:^|(?<=[.;:]\s)|(?<=\d\.\s))(?P<subject>(?:De|Het|de|het)\s+[^.;:]{3,150}?),?\s+"
                      r"(?:wordt|worden|werd|werden|is|zijn)\s+(?:[\w-]+\s+){0,3}?" + re.escape(verb) + r"\b")


def _passive_subject(q: Q.Question, text: str, anchors) -> list[Candidate]:
    """What a passive sentence of the question's verb is said of: "Welke regeling wordt ingetrokken
    door de Ondermandaatregeling DUO 2013?" over "De Ondermandaatregeling DUO 2010 wordt ingetrokken",
    "Welk eerder besluit wordt ingetrokken" over "Het besluit van 27 april 2001, IFZ2001-429M, wordt
    ingetrokken". The subject must hold the noun asked; "Deze regeling", "dit besluit" (the
    document itself) and a subject the question gives are no answer."""
    asked = _PASSIVE_ASKED.search(q.text)
    verb = next((w for w in asked.group("rest").lower().split() if _PARTICIPLE.match(w)), None) if asked else None
    if not q.noun or not verb:
        return []
    out = []
    for m in _passive_of(verb).finditer(text):
        subject = m.group("subject")
        if not any(q.noun.lower() in fold(w).lower() for w in subject.split()) or _asked(subject, q):
            continue
        out.append(Candidate(subject.strip(" ,"), m.start("subject"), m.end("subject"),
                             max(PASSIVE_SUBJECT, closeness(m.start("subject"), m.end("subject"), anchors, text))))
    return out


def _noun_headed(name: str, noun: str | None) -> int | None:
    """Where in a capitalised run the asked noun starts a title ("Intrekking Subsidieregeling X"
    for "welke subsidieregeling", "Wijzigt de Wet …" for "welke wet"), as an offset, or None."""
    if not noun or len(noun) < 3:
        return None
    noun = fold(noun).lower()
    words = list(re.finditer(r"\S+", name))
    for i, w in enumerate(words):
        if w.group()[:1].isupper() and fold(w.group()).lower().endswith(noun):
            # only an act ("Intrekking", "Wijzigt de") comes off the front: "Algemeen Fonds …" keeps
            # its adjective, "Biomedisch Onderzoeksinstituut" is one name
            before = [v.group() for v in words[:i]]
            return w.start() if all(v[:1].islower() or v.lower().endswith("ing") or _verb(v.lower())
                                    for v in before) else None
    return None


def _verb(word: str) -> bool:
    """A finite verb or an infinitive ("wijzigt", "komen", "vallen"), by the verb forms list: an
    infinitive is known by its third person ("komt", "valt")."""
    forms = verb_forms()
    return word in forms or word.endswith("en") and (word[:-2] + "t" in forms or word[:-3] + "t" in forms)


# the words that join a Dutch sentence-case title ("Wet op het onderwijstoezicht", "Subsidieregeling
# Bilaterale onderzoeksamenwerking Nederland en de Russische Federatie 2001-2003")
_TITLE_LINK = lazyre.compile(r"^(?:van|voor|op|in|inzake|en|met|tot|over|der|de|het|den)$", re.IGNORECASE)
_TITLE_WORD = lazyre.compile(r"[ \t]+([^\W\d_][\w’'-]*|(?:19|20)\d\d(?:\s?[-–/]\s?(?:19|20)?\d\d)?)(?![\w])")
TITLE_WORDS = 12


def _title_end(text: str, end: int) -> int:
    """Where a title whose capitalised head ends at `end` ends: Dutch titles go on in lower case
    after their first word, through the words that join them, up to punctuation, a clause word or
    a verb ("… onderwijstoezicht dient te worden gewijzigd")."""
    last, pos = end, end
    for _ in range(TITLE_WORDS):
        m = _TITLE_WORD.match(text, pos)
        if not m:
            break
        word = m.group(1)
        low = word.lower()
        if _TITLE_LINK.match(word):
            pos = m.end()
            continue
        if _STOP_TITLE.match(word) or fold(low) in function_words() or _PARTICIPLE.match(low) \
                or low.endswith("ende") or _verb(low):
            break
        last = pos = m.end()
    return last


def spelled_out(abbreviation: str, before: str) -> str:
    """The words before an abbreviation in brackets that it abbreviates, by their initials or the
    initials of their parts ("Vlaams personeelsstatuut" for VPS), or ""."""
    if not abbreviation.isupper() or not 2 <= len(abbreviation) <= 8:
        return ""
    words = before.split()
    for n in range(1, min(len(words), len(abbreviation)) + 1):
        phrase = words[-n:]
        initials = "".join(w[0] for w in phrase if w[:1].isalpha()).upper()
        if initials and abbreviation.startswith(initials) and phrase[0][:1].upper() == abbreviation[0]:
            if initials == abbreviation or len(phrase) >= 2:
                return " ".join(phrase)
    # an acronym that skips words: "Netherlands Initiative for Capacity Development in Higher Education" (NICHE)
    for n in range(len(abbreviation), min(len(words), 2 * len(abbreviation) + 2) + 1):
        phrase = words[-n:]
        if phrase[0][:1] == abbreviation[0] and phrase[-1][:1].upper() == abbreviation[-1] and \
                _subsequence(abbreviation, "".join(w[0] for w in phrase if w[:1].isalpha()).upper()):
            return " ".join(phrase)
    return ""


def _subsequence(letters: str, of: str) -> bool:
    rest = iter(of)
    return all(c in rest for c in letters)


def _asked(name: str, q: Q.Question) -> bool:
    """The question names it already, however hyphenated ("Secundair Onder-wijs" at a line
    break) or, in an English question, through a gloss ("secondary education")."""
    key = letters(name)
    said = letters(" ".join([q.text, *(g for gs in q.english.values() for g in gs)]))
    return bool(key) and key in said


def _everyday(name: str) -> bool:
    """A single capitalised word that is an everyday word ("Echter", "Daarom"): a sentence start."""
    from ...lexicon import COMMON_RANK, word_ranks

    return " " not in name and word_ranks().get(name.lower(), COMMON_RANK) < COMMON_RANK


# (straight single quotes too, as a word's apostrophe is not one: "auto's", "'s-Gravenhage")
_QUOTED = lazyre.compile(r"«([^»\n]{3,160})»|[“”]([^“”\n]{3,160})[”“]|„([^”“\n]{3,160})[”“]|‘([^’\n]{3,160})’|\"([^\"\n]{3,160})\""
                         r"|(?<![\w'])'(?!s[\s-])([^'\n]{3,160}?)'(?![\w'])")


def _quoted(q: Q.Question, text: str, noun_at: list[int], anchors) -> list[Candidate]:
    """A title in quotes is one name, whatever its capitals: the report «Stayrate en
    arbeidsmarktpositie van internationale afgestudeerden in Nederland», the motion "Geen
    subsidiebeleid …". Beside the asked noun it is the answer; elsewhere it scores as near as it is."""
    out = []
    for m in _QUOTED.finditer(text):
        name = next(g for g in m.groups() if g).strip()
        if _asked(name, q) or not re.search(r"[^\W\d_]{3}", name):
            continue
        start, end = m.start(), m.end()
        near = any(len(text[min(a, end):max(a, start)].split()) <= NOUN_REACH for a in noun_at)
        if q.noun and not near:
            continue
        out.append(Candidate(name, start, end, closeness(start, end, noun_at or anchors, text)))
    return out


# words between the asked noun and a name that is its answer ("de regeling ‘X’", "In Dataloep (…),
# onze online rapporteringstool"): a capitalised span farther away names something else
NOUN_REACH = 5
# a name in brackets after the asked noun's phrase names it, however far the phrase runs
APPOSITION = 0.9


_STOP_TITLE = lazyre.compile(r"^(?:die|dat|waarin|waarmee|waarvoor|waar|om|en|of|is|wordt|werd|zijn|worden|heeft|"
                             r"hebben|kan|kunnen|moet|te|als|in|op|aan|bij|met|door|tot|van|voor|de|het|een)$", re.IGNORECASE)


# a verb form ends a name: "eindheffing verschuldigd", "regeling vastgesteld"
_PARTICIPLE = lazyre.compile(r"^(?:ge|be|ver|ont|uitge|opge|inge|aange|vastge|toege)[a-zà-ÿ]{3,}(?:d|t|en)$")


def _named_by_noun(q: Q.Question, text: str, anchors) -> list[Candidate]:
    """Names built on the noun the question asks for, which need no capitals: a compound ending
    in it ("welk decreet" -> "begeleidingsdecreet") and the noun with the words that name it
    ("welke subsidieregeling" -> "Subsidieregeling continuïteit cruciale jeugdhulp")."""
    noun = fold(q.noun or "")
    if len(noun) < 4:
        return []
    # what the question says, in its Dutch glosses too ("final levy" is the "eindheffing" it asks about)
    asked = fold(" ".join([q.text, *(g for glosses in q.english.values() for g in glosses)]))
    out = []
    for m in re.finditer(r"[^\W\d_][\w’'-]*", text):
        word = fold(m.group())
        if not word.endswith(noun) or len(word) > len(noun) and re.search(rf"\b{re.escape(word)}\b", asked):
            continue  # (a compound the question itself says, "eindheffing", is what it asks about)
        if len(word) >= len(noun) + 3 and word not in asked:
            out.append(Candidate(m.group(), m.start(), m.end(), 0.9 * closeness(m.start(), m.end(), anchors, text)))
        # the noun followed by the words that name it, up to a clause word or punctuation
        words = []
        for w in re.finditer(r"\s+([^\W\d_][\w’'-]*)", text[m.end():m.end() + 80]):
            low = w.group(1).lower()
            # (a verb or a participle, inflected too, ends the name: "regeling treedt", "regeling gemandateerde")
            if w.start() != (words[-1][1] if words else 0) or _STOP_TITLE.match(w.group(1)) or len(w.group(1)) < 3 \
                    or _PARTICIPLE.match(low) or _PARTICIPLE.match(low[:-1]) or _verb(low) or fold(low) in function_words():
                break
            words.append((w.group(1), w.end()))
        if 1 <= len(words) <= 5:
            end = m.end() + words[-1][1]
            name = text[m.start():end]
            if fold(name) not in asked:
                out.append(Candidate(name, m.start(), end, closeness(m.start(), end, anchors, text)))
    return out
