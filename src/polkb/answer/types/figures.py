"""Amounts, counts, percentages and durations: the figures of a unit, read by polkb's figure tagger.

A count must be of the noun the question asks about ("hoeveel mentoren" is not answered by "208
personeelsleden"), a share of the population it names; an amount is any sum of money, and a
question about money never takes a count.
"""
from __future__ import annotations

import re

from ...lexicon import counted_alike, function_words
from ...records import canonical_unit
from ...tag.figures import CURRENCIES, figures_in_text, time_unit
from ...text import months
from ...text.fold import fold
from .. import question as Q
from . import Candidate, Clues, closeness, overlaps, register
from ...text import lazyre

_UNITS = {Q.AMOUNT: CURRENCIES, Q.COUNT: ("count",), Q.PERCENT: ("%", "share", "pp"),
          Q.DURATION: ("weeks", "months", "years", "days", "hours", "minutes")}
_UNITS[Q.FIGURE] = tuple(u for units in _UNITS.values() for u in units) + ("ECTS",)


# a question for a whole sum ("hoeveel geld was er in totaal beschikbaar") is not answered by a limit
# on a part of it ("ten hoogste € 130.000 voor …") nor by a sum per head ("€ 5.000 per student")
_TOTAL_ASKED = lazyre.compile(r"\b(?:in totaal|totaal|totale|total|in all|altogether|overall)\b", re.IGNORECASE)
_BOUND_BEFORE = lazyre.compile(r"\b(?:ten hoogste|maximaal|hoogstens|maximum van|tot een maximum van|at most|up to|a maximum of)\s*$",
                               re.IGNORECASE)
_PER_AFTER = lazyre.compile(r"\s*(?:per|each)\s+(?!jaar\b|year\b)[^\W\d_]{3,}", re.IGNORECASE)
PART_FOR_TOTAL = 0.85
# a count or sum asked per unit of time: "hoeveel aanvallen per dag", "how many attacks a day"; the figure said with
# the same unit keeps its score, the others (the total they add up to) weigh PER_OTHER
_PER_UNITS = {"dag": "day", "day": "day", "week": "week", "maand": "month", "month": "month", "jaar": "year",
              "year": "year", "uur": "hour", "hour": "hour"}
_PER_ASKED = lazyre.compile(r"\b(?:per|a|each|elke|iedere)\s+(%s)\b" % "|".join(_PER_UNITS), re.IGNORECASE)
_PER_SAID = lazyre.compile(r"[^\W\d_]*\s*(?:[^\W\d_]+\s+){0,2}?(?:per|a|each|elke|iedere)\s+(%s)\b" % "|".join(_PER_UNITS),
                           re.IGNORECASE)
# the same rate said by a word of time, before the figure or after it: "Hiervoor is jaarlijks één miljoen
# gereserveerd", "een jaarlijkse bijdrage van", "€ 2 miljoen per jaar"; a question asks it by the adverb
# ("Hoeveel geld wordt jaarlijks …"), not by an adjective, which is mostly of a report ("annual report")
_PER_ADVERBS = {"jaarlijks": "year", "annually": "year", "yearly": "year", "maandelijks": "month", "monthly": "month",
                "wekelijks": "week", "weekly": "week", "dagelijks": "day", "daily": "day"}
_PER_ADJECTIVES = {"jaarlijkse": "year", "annual": "year", "maandelijkse": "month", "wekelijkse": "week",
                   "dagelijkse": "day"}
_PER_ADVERB = lazyre.compile(r"\b(%s)\b(?!\s+(?:report|verslag))" % "|".join(_PER_ADVERBS), re.IGNORECASE)
_PER_WORDS = {**_PER_ADVERBS, **_PER_ADJECTIVES}
_PER_WORD = lazyre.compile(r"\b(%s)\b" % "|".join(_PER_WORDS), re.IGNORECASE)
PER_OTHER = 0.5


def _rate_asked(question: str) -> str | None:
    """The unit of time a question asks a figure per ("per jaar", "a day", "jaarlijks"), or None."""
    per = _PER_ASKED.search(question)
    if per:
        return _PER_UNITS.get(per.group(1).lower())
    adverb = _PER_ADVERB.search(question)
    return _PER_ADVERBS[adverb.group(1).lower()] if adverb else None


def _rate_said(text: str, start: int, end: int, lead: str = "") -> str | None:
    """The unit of time the figure at `start`..`end` is said per: "per jaar" just after it, a word of
    time in its clause ("jaarlijks één miljoen", "een jaarlijkse bijdrage van € 5 miljoen"), or, for a
    list item, in its lead-in ("zijn … jaarlijks de volgende bedragen beschikbaar:")."""
    said = _PER_SAID.match(text, end)
    if said:
        return _PER_UNITS.get(said.group(1).lower())
    before = re.split(r"[.;:,()]", text[max(0, start - 40):start])[-1]
    after = re.split(r"[.;:,()]", text[end:end + 30])[0]
    words = [*_PER_WORD.findall(before), *_PER_WORD.findall(" ".join(after.split()[:3])), *_PER_WORD.findall(lead)]
    return _PER_WORDS[words[0].lower()] if words else None


_POINTS_ASKED = lazyre.compile(r"procentpunt|percentage ?points?", re.IGNORECASE)
_AGE_ASKED = lazyre.compile(r"\b(?:hoe oud|how old|leeftijd|age)\b", re.IGNORECASE)
# what a question for a span of time measures: "Wat is de duur van de lesuren", "hoe lang duurt een
# cursusjaar", "how long is the notice period"; a span in that unit ("60 lesuren") counts them, it is not
# how long one lasts
_MEASURED = lazyre.compile(r"\b(?:duur|lengte|duration|length)\s+(?:van|of)\s+(?:de|het|een|the|an?)\s+(?P<a>[^\W\d_]+)|"
                           r"\b(?:hoe\s+lang\s+(?:duurt|duren|duurde|duurden|is|zijn|was|waren)|"
                           r"how\s+long\s+(?:is|are|was|were|does|do|did))\s+(?:de|het|een|the|an?)\s+(?P<b>[^\W\d_]+)",
                           re.IGNORECASE)
_AGE_SAID = lazyre.compile(r"\b(?:oud|ouder|jonger|leeftijd|aged?|older|younger)\b", re.IGNORECASE)

# words that stand near answers of these types (see polkb.answer.types.query_hints)
QUERY_HINTS = {Q.AMOUNT: "euro bedrag bedraagt", Q.COUNT: "aantal", Q.PERCENT: "procent percentage",
               Q.DURATION: "jaar maanden weken dagen termijn doorlooptijd duur", Q.FIGURE: "maximaal minimaal procent euro"}


# copies of a document, and how many a text asks for in the administrative word for it ("in drievoud ingediend",
# "in tweevoud ondertekend")
_COPIES = lazyre.compile(r"exempla(?:ar|ren)|kopie(?:en|ën|s)?|afschrift(?:en)?|afdruk(?:ken)?|cop(?:y|ies)|origine(?:el|len)|originals?")
_IN_COPIES = lazyre.compile(r"\bin\s+(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien)voud\b", re.IGNORECASE)
# a question for a part of a whole ("hoeveel van de", "how many of the")
_PART_ASKED = lazyre.compile(r"\b(?:hoeveel\s+van\s+(?:de|het|deze|die|hen)|how\s+many\s+of\s+(?:the|them|these|those|its|their))\b",
                             re.IGNORECASE)
PART_ASKED = 1.25
_PART_OF = lazyre.compile(r"\b(\d+|[a-z]+tig|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)\s+(?:van(?:\s+de)?|out\s+of|of\s+the|of)\s+$",
                          re.IGNORECASE)


def _said_in_question(figure: str, question: str) -> bool:
    """Whether the question gives this figure itself, its noun in another compound: "na de eerste
    drie dienstjaren" gives "drie jaren", "de 30 studiepunten" gives "30 punten"."""
    words = figure.lower().split()
    if len(words) < 2:
        return False
    m = re.search(r"(?<![\w.,])" + re.escape(words[0]) + r"\s+([\w-]+)", question.lower())
    if not m:
        return False
    said, noun = m.group(1), words[-1]
    return len(noun) >= 4 and (said.endswith(noun) or said.endswith(noun.rstrip("en")) and len(noun.rstrip("en")) >= 3)


@register(Q.AMOUNT, Q.COUNT, Q.PERCENT, Q.DURATION, Q.FIGURE)
def extract(q: Q.Question, unit, clues: Clues) -> list[Candidate]:
    units = _UNITS[q.type]
    counted = canonical_unit(q.noun) if q.type == Q.COUNT and q.noun else None
    if counted and counted != "count":  # "hoeveel studiepunten", "how many credits": a figure in that
        units = (counted, "count")      # unit, or a count of the noun ("40 punten" read as a count)
    age = q.type == Q.DURATION and _AGE_ASKED.search(q.text)
    if age:  # an age is a number of years, said next to "oud", "ouder", "leeftijd"
        units = ("years",)
    if q.rate:  # a rate is a share, a sum per something or a bare ratio: "3 hoofdonderzoekers" is none
        units = tuple(u for u in units if u != "count" and u not in _UNITS[Q.DURATION])
    out = []
    text = unit.text
    both_bounds = bool(_LOWER_BOUND.search(q.text) and _UPPER_BOUND.search(q.text))
    total = q.type == Q.AMOUNT and _TOTAL_ASKED.search(q.text) and not _UPPER_BOUND.search(q.text)
    asked_years = set(_COLUMN_YEAR.findall(q.text))
    per_asked = _rate_asked(q.text)
    alike = counted_alike().get(fold(q.noun).lower(), frozenset()) if q.type == Q.COUNT and q.noun else frozenset()
    modifiers = _count_modifiers(q) if q.type == Q.COUNT and q.noun else []
    cursor = 0  # (the tagger reads in order: "8%" said three times stands in three places)
    for fig in figures_in_text(text):
        at = text.find(fig.text, cursor)
        start = at if at >= 0 else text.find(fig.text)
        cursor = max(cursor, start + 1)
        if fig.unit not in units:
            continue
        if age and not _AGE_SAID.search(text[max(0, start - 40):start]):
            continue
        if start < 0:
            continue
        end = start + len(fig.text)
        shown_sign = ""
        if fig.unit == "EUR" and "€" not in fig.text and text[:start].rstrip().endswith("€"):
            shown_sign = "€ "  # "in 2021 € 50 miljoen": the sign the tagger gave to the year
            start = text.rindex("€", 0, start)
        if fig.text.strip().lower() in clues.question_words or fig.text in q.text or _said_in_question(fig.text, q.text):
            continue  # the question's own number is not its answer
        if q.type == Q.AMOUNT and _YEAR_AS_SUM.fullmatch(fig.text.strip()):
            continue  # "in 2021 € 50 miljoen": the year is no sum, the sum after it is read below
        score = closeness(start, end, clues.anchors, text, fillers=False)
        if q.type == Q.COUNT and q.noun and fig.unit == "count":
            noun = fig.noun or " ".join(text[end:end + 40].split()[:2])
            if not any(clues.same(q.noun, w) for w in noun.split()):
                said_as = _SAID_AS.match(text, end)
                if said_as and clues.same(q.noun, said_as.group("noun")):
                    score *= SAID_AS_SHARE  # "De overige 20 dossiers …, betroffen beroepen tegen …": what they are
                elif any(fold(w).lower() in alike for w in noun.split()):
                    score *= ALIKE_SHARE  # "426 verzoeken tot teruggave van leerkrediet" for "hoeveel beroepen"
                elif _counted_after_modifier(q.noun, text, end, clues):
                    score *= MODIFIED_SHARE  # "ten minste vier, door de gemeente … ontleende doelstellingen"
                else:
                    continue  # "hoeveel stemmen" is not answered by a number of students
        if modifiers and fig.unit == "count" and not _modified_alike(modifiers, text, start, end, clues):
            score *= OTHER_POPULATION  # "hoeveel EER-studenten": "2.067EER-studenten", not "50.324 studenten"
        if asked_years:
            score *= _year_of_figure(asked_years, text, start, end)
        if total and (_BOUND_BEFORE.search(text[max(0, start - 25):start]) or _PER_AFTER.match(text, end)):
            score *= PART_FOR_TOTAL  # "in totaal beschikbaar": "€ 4 miljoen", not "ten hoogste € 130.000" of it
        if per_asked and (fig.unit == "count" or fig.unit in CURRENCIES):
            # "how many attacks per day": "8.600 aanvallen per dag", not the "3,6 miljoen" they add up to
            lead = unit.lead if getattr(unit, "kind", "") == "item" else ""
            score *= 1.0 if _rate_said(text, start, end, lead) == per_asked else PER_OTHER
        if fig.unit == "pp" and not _POINTS_ASKED.search(q.text):
            score *= 0.5  # a change in percentage points answers a question that asks for points
        if q.type == Q.PERCENT and q.population:
            near = text[max(0, start - 80):end + 80]
            if not any(clues.same(q.population, w) for w in near.split()):
                score *= 0.5
        shown = shown_sign + fig.text
        shown = shown if not fig.qualifier or fig.qualifier in shown else f"{fig.qualifier} {shown}"
        low = _RANGE_LOW.search(text[max(0, start - 60):start])
        part = _PART_OF.search(text[max(0, start - 30):start]) if q.type == Q.COUNT else None
        if low:  # "ten minste drie en ten hoogste vijf leden": the answer is the range, not its top
            start -= len(low.group())
            shown = text[start:end]
        elif part:  # "(50 van de 342 gemeenten)": how many do it is the part, said with its whole
            start -= len(part.group())
            shown = text[start:end]
            if _PART_ASKED.search(q.text):  # "Aan hoeveel van de WCAG-succescriteria voldeed de website":
                score = min(1.0, score * PART_ASKED)  # "47 van 56 succescriteria", not "zes succescriteria"
        if both_bounds:  # "ten minste en ten hoogste", "minimum and maximum": the range answers, one bound does not
            score *= BOTH_BOUNDS_RANGE if low else BOTH_BOUNDS_ONE
        if q.type == Q.COUNT and fig.noun and fig.noun not in shown:
            shown = f"{shown} {fig.noun}"
        out.append(Candidate(shown, start, end, score))
    if q.type == Q.COUNT and q.noun and _COPIES.fullmatch(fold(q.noun).lower()):
        for m in _IN_COPIES.finditer(text):  # "In hoeveel exemplaren …": "schriftelijk, in drievoud, …"
            out.append(Candidate(m.group(), m.start(), m.end(),
                                 closeness(m.start(), m.end(), clues.anchors, text, fillers=False)))
    if q.type == Q.COUNT:  # "het aantal bestuursleden … vast te stellen op 5": the number the count is set at
        for m in [*_COUNT_SET_AT.finditer(text), *_COUNT_CLAUSE.finditer(text)]:
            # (the noun counted may follow an adjective: "het aantal internationale studenten")
            said = [w.strip(",") for w in text[m.start("noun"):m.start("n")].split()[:3]]
            noun = next((w for w in said if clues.same(q.noun, w)), None) if q.noun else m.group("noun")
            if overlaps(out, m.start("n"), m.end("n")) or m.group("n") in q.text or noun is None or \
                    _RANGE_TOP.search(text[max(0, m.start("n") - 20):m.start("n")]):
                continue
            out.append(Candidate(f"{m.group('n')} {noun}", m.start("n"), m.end("n"),
                                 closeness(m.start("n"), m.end("n"), clues.anchors, text, fillers=False)))
        # "ten minste vier, door de gemeente … ontleende doelstellingen", "ten minste 2/3 van het aantal benoemde
        # bestuursleden": a number (or a share of them) the noun follows after a clause
        for m in _BARE_NUMBER.finditer(text):
            if _NOT_QUANTITY.search(text[max(0, m.start() - 12):m.start()]):
                continue  # "artikel 34 van het Algemeen Rijksambtenarenreglement" counts no ambtenaren
            said = _counted_after_modifier(q.noun, text, m.end(), clues) if q.noun else ""
            if said and not overlaps(out, m.start(), m.end()) and m.group("n") not in q.text:
                out.append(Candidate(f"{m.group('n')} {said}", m.start(), m.end(), MODIFIED_SHARE *
                                     closeness(m.start(), m.end(), clues.anchors, text, fillers=False)))
        # "heeft zich één opleiding gemeld", "zijn geen aanvragen ingediend": one or none of the noun
        # asked, which the figure tagger leaves alone ("één ouder" is rarely a figure worth keeping)
        ones = _ONE_OR_NONE.findall(text)
        for m in _ONE_OR_NONE.finditer(text) if len(ones) == 1 else ():
            said = next((g for g in ("noun", "adj_noun") if m.group(g) and q.noun and clues.same(q.noun, m.group(g))), "")
            if said and not overlaps(out, m.start(), m.end(said)):
                out.append(Candidate(text[m.start():m.end(said)], m.start(), m.end(said), MODIFIED_SHARE *
                                     closeness(m.start(), m.end(said), clues.anchors, text, fillers=False)))
        wholes = [f for f in figures_in_text(text) if f.unit == "count" and f.noun]
        for m in _PART_AFTER.finditer(text):
            whole = next((f for f in reversed(wholes) if 0 <= text.find(f.text) < m.start()), None)
            if whole is None or overlaps(out, m.start("n"), m.end("n")) or m.group("n") in q.text or \
                    q.noun and not clues.same(q.noun, whole.noun):
                continue
            out.append(Candidate(f"{m.group('n')} {whole.noun}", m.start("n"), m.end("n"),
                                 closeness(m.start("n"), m.end("n"), clues.anchors, text, fillers=False)))
    if q.type in (Q.AMOUNT, Q.COUNT, Q.PERCENT, Q.FIGURE):  # a table row, read in the column of the asked year
        out.extend(c for c in _year_column(q, unit, clues) if not overlaps(out, c.start, c.end))
    if q.type == Q.AMOUNT:  # the cells of a table of sums of money, which carry no sign of their own
        out.extend(c for c in _money_cells(unit, clues) if not overlaps(out, c.start, c.end))
    if q.type == Q.AMOUNT:  # sums of money the figure tagger misread or left alone
        for m in _MONEY_SPAN.finditer(text):
            if not overlaps(out, m.start(), m.end()) \
                    and m.group().strip() not in q.text:
                out.append(Candidate(m.group().strip(), m.start(), m.end(),
                                     0.9 * closeness(m.start(), m.end(), clues.anchors, text, fillers=False)))
    if q.type == Q.AMOUNT:  # a sum said as a share of another: "bedraagt 3% van het maximum van salarisschaal 18"
        for m in _SHARE_OF_SUM.finditer(text):
            if not overlaps(out, m.start(), m.end()):
                out.append(Candidate(" ".join(m.group().split()), m.start(), m.end(),
                                     SHARE_OF_SUM * closeness(m.start(), m.end(), clues.anchors, text, fillers=False)))
    if q.type == Q.FIGURE:  # a quantity in a unit the figure tagger does not know ("10.000 kilo")
        for m in _QUANTITY.finditer(text):
            if overlaps(out, m.start(), m.end()) \
                    or m.group().strip() in q.text or _NOT_QUANTITY.search(text[max(0, m.start() - 12):m.start()]):
                continue
            if m.group().split()[-1].lower() in function_words():
                continue  # a number before a function word is no quantity: "2 or 3 hoofdonderzoekers"
            if q.rate and any(f.unit not in units for f in figures_in_text(m.group())):
                continue  # (nor is a count the tagger reads in the quantity: "2 or 3 hoofdonderzoekers")
            out.append(Candidate(m.group().strip(), m.start(), m.end(),
                                 0.8 * closeness(m.start(), m.end(), clues.anchors, text, fillers=False)))
    if q.type == Q.DURATION and not age:  # spans the figure tagger leaves alone ("binnen een halfjaar", "een jaar"; no age)
        for m in _DURATION_WORDS.finditer(text):
            if not any(c.start <= m.start() < c.end for c in out):
                out.append(Candidate(m.group().strip(), m.start(), m.end(),
                                     0.9 * closeness(m.start(), m.end(), clues.anchors, text, fillers=False)))
    if q.type == Q.DURATION:
        out = _joined_durations(out, text)
        measured = _MEASURED.search(q.text)
        if measured:
            thing = measured.group("a") or measured.group("b")
            out = [c for c in out if not clues.same(thing, c.text.split()[-1])]
    # then weigh the spans against each other, in this order
    out = _not_but(out, text)
    out = _of_the_role(q, out, text)
    # (the group a question names may be said in the unit's lead-in, context or title: "jeugd ggz-instelling")
    around = " ".join([getattr(unit, "lead", ""), getattr(unit, "context", ""), getattr(unit, "title", "")])
    out = _own_pieces(out, clues, text, q, around)
    siblings = getattr(unit, "siblings", None) or []
    if out and getattr(unit, "kind", "") in ("item", "row") and len(siblings) >= 2 and \
            _group_unsaid(q, siblings, " ".join([text, *siblings, around]), clues):
        for cand in out:  # ("a. primair onderwijs: € 35,58; … e. hoger beroepsonderwijs: € 45,19" for "wetenschappelijk onderwijs")
            cand.score *= GROUP_UNSAID
    out = _respectively(out, clues, text)
    if _EXCEPTION.match(text) and not _EXCEPTION_ASKED.search(q.text):
        for cand in out:  # ("2. In afwijking van het eerste lid, is voor de vbo-groen afdelingen … € 2.000.000 beschikbaar")
            cand.score *= EXCEPTION_SHARE
    return _headed(_labelled(out, clues, text), unit, clues, text)


# a provision that derogates from the one before it is the special case: the rule it departs from answers a
# question that asks for no exception ("Voor de instellingen … is in het kalenderjaar 2015 een totaalbedrag van
# € 43.320.000 … beschikbaar", not its second paragraph "In afwijking van het eerste lid, is voor de vbo-groen
# afdelingen … € 2.000.000 beschikbaar")
_EXCEPTION = lazyre.compile(r"^\s*(?:\(?\d{1,2}[.)]\s*|[a-z][.)]\s+)?(?:in\s+afwijking\s+van|by\s+way\s+of\s+derogation|notwithstanding)\b",
                            re.IGNORECASE)
_EXCEPTION_ASKED = lazyre.compile(r"afwijking|afwijkend|uitzondering|uitgezonderd|exception|derogat|notwithstanding|otherwise",
                                  re.IGNORECASE)
EXCEPTION_SHARE = 0.9


# a Dutch noun phrase with a clause before its noun: "ten minste vier, door de gemeente of provincie aan de
# Prestatiekaart … ontleende doelstellingen" counts the doelstellingen; the clause ends in a participle,
# or is one after "te" ("het aantal van 400 te realiseren woningen")
_MODIFIER = lazyre.compile(r"(?:,\s+|\s+(?=(?:door|aan|in|op|voor|van|bij|met|uit|onder)\s|te\s+[^\W\d_]{3,}en\s))(?P<clause>[^.;:()]{5,250})")
# (a collective numeral too: "een zestal, voor de helft door elk van beide Staten te benoemen leden")
_BARE_NUMBER = lazyre.compile(r"(?<![\w.,/])(?P<n>\d{1,2}/\d{1,2}|\d{1,4}|(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf)(?:tal)?|elf)"
                              r"\b(?=,?\s)",
                              re.IGNORECASE)
MODIFIED_SHARE = 0.9
# "één" (written with its accents: the number, not the article) or "geen", then the noun, perhaps
# after an adjective ("één nieuwe opleiding"); never what something is made into or done in ("verenigd
# tot hetzij één opleidingsschool …", "in één keer", "per één student"), nor a unit that says it more
# than once: "een scholengemeenschap van één opleidingsschool … en één opleidingsschool …" tells how
# something is made up, not how many there are
_ONE_OR_NONE = lazyre.compile(r"(?<![\w-])(?<!\btot )(?<!\bhetzij )(?<!\bper )(?<!\bin )(?:slechts\s+|maar\s+)?(?:één|geen)\s+(?P<noun>[^\W\d_][\w'’-]{2,})"
                              r"(?:\s+(?P<adj_noun>[^\W\d_][\w'’-]{2,}))?", re.IGNORECASE)
MODIFIER_WORDS = 25  # the words of a clause read for the noun it comes before


def _counted_after_modifier(noun: str, text: str, end: int, clues: Clues) -> str:
    """The asked noun as the text says it, where the clause after a number at `end` ends in a
    participle before it ("400 te realiseren woningen" for "studentenwoningen"); else ""."""
    m = _MODIFIER.match(text, end)
    if not m:
        return ""
    words = m.group("clause").split()[:MODIFIER_WORDS + 1]
    at = next((i for i, w in enumerate(words) if i >= 2 and clues.same(noun, w.strip(","))), None)
    if at is None or not re.search(r"[^\W\d_]{2}(?:de|te|den|ten|en)$", words[at - 1]):
        return ""
    return words[at].strip(",")


# a committee's chair and its members: "de vergoeding … van de voorzitter bedraagt 130% …", "… van de leden
# bedraagt 3% …". A figure said of the one does not answer for the other.
_CHAIR = lazyre.compile(r"\b(?:voorzitters?|chair\w*|president)\b", re.IGNORECASE)
_MEMBER = lazyre.compile(r"\b(?:lid|leden|members?)\b", re.IGNORECASE)
OTHER_ROLE = 0.5


def _of_the_role(q: Q.Question, found: list[Candidate], text: str) -> list[Candidate]:
    """Sums and shares only: "een voorzitter en zes leden" counts the members after the chair."""
    c_at, m_at = _CHAIR.search(q.text), _MEMBER.search(q.text)
    if not c_at and not m_at or q.type not in (Q.AMOUNT, Q.PERCENT, Q.FIGURE):
        return found
    # the role asked about comes first: "the chair … compared with a member" asks the chair's
    chair = bool(c_at) and (not m_at or c_at.start() < m_at.start())
    for c in found:
        # "€ 251,21 voor de leden en …, zijnde € 326,57, voor de voorzitter": a role right after the figure is its own
        after = _FOR_ROLE.match(text, c.end)
        if after:
            role = "chair" if _CHAIR.fullmatch(after.group(1)) else "member"
        else:
            before = re.split(r"[.;:]\s", text[max(0, c.start - 120):c.start])[-1]
            roles = [(m.start(), "chair") for m in _CHAIR.finditer(before)] + \
                [(m.start(), "member") for m in _MEMBER.finditer(before)]
            role = max(roles)[1] if roles else ""
        if role and role != ("chair" if chair else "member"):
            c.score *= OTHER_ROLE
    return found


_FOR_ROLE = lazyre.compile(r"\s*,?\s*(?:voor|for)\s+(?:de\s+|het\s+|the\s+)?(?:\w+\s+)?(voorzitters?|chair\w*|president|lid|leden|members?)\b",
                           re.IGNORECASE)


# "niet meer voor vijf jaar …, maar vanaf 2020 voor tien jaar", "geen 15, maar 35 jaar": the figure
# a sentence sets aside for another is not what it says
_SET_ASIDE = lazyre.compile(r"\b(?:niet(?:\s+meer)?|geen|not|no longer)\s+(?:[\w€]+\s+){0,2}$", re.IGNORECASE)
_BUT = lazyre.compile(r"[^.;:]{0,80}?,?\s+(?:maar|doch|but)\b", re.IGNORECASE)
SET_ASIDE = 0.5


def _not_but(found: list[Candidate], text: str) -> list[Candidate]:
    for c in found:
        if _SET_ASIDE.search(text[max(0, c.start - 40):c.start]) and _BUT.match(text, c.end):
            c.score *= SET_ASIDE
    return found


_TIME_ORDER = ("minutes", "hours", "days", "weeks", "months", "years")


def _time_rank(span: str) -> int | None:
    """How long the span's unit of time is (minutes 0 … years 5), by the figure tagger's word for it;
    None when it ends in none."""
    words = span.split()
    unit = time_unit(words[-1].lower()) if words else ""
    return _TIME_ORDER.index(unit) if unit in _TIME_ORDER else None


def _joined_durations(found: list[Candidate], text: str) -> list[Candidate]:
    """"twee jaar en zes maanden" is one span of time, not "zes maanden" beside "twee jaar". Only a
    larger unit before a smaller one is one span: in "een maand gesteld op 30 dagen en een jaar gesteld
    op 360 dagen", "30 dagen en een jaar" are two."""
    found = sorted(found, key=lambda c: c.start)
    out: list[Candidate] = []
    for cand in found:
        prev = out[-1] if out else None
        first, second = (_time_rank(text[c.start:c.end]) for c in (prev, cand)) if prev else (None, None)
        if prev and re.fullmatch(r"\s+(?:en|and)\s+", text[prev.end:cand.start]) and \
                (first is None or second is None or first > second):
            out[-1] = Candidate(text[prev.start:cand.end], prev.start, cand.end, max(prev.score, cand.score))
            continue
        out.append(cand)
    return out


YEAR_REACH = 12        # words between a figure and the year it is said with
OTHER_YEAR = 0.6       # a figure said with another year than the asked one


def _year_of_figure(asked: set[str], text: str, start: int, end: int) -> float:
    """How a figure's own year agrees with the asked one: "In het werkjaar 2019 waren er 40 dagen
    waarop de Raad zitting hield, in vergelijking met 34 zittingsdagen in het werkjaar 2018" gives 40
    for 2019 and 34 for 2018. The nearest year within YEAR_REACH words, before or after, with no
    other number between ("27.000 … 60.000 studentenwoningen in 2030": 2030 is the 60.000's), is
    the figure's; a figure said with another year than the asked one weighs OTHER_YEAR."""
    nearest = None
    for m in _COLUMN_YEAR.finditer(text):
        if start <= m.start() < end:
            continue  # (a year inside the figure: "2015 €", a date)
        between = text[m.end():start] if m.end() <= start else text[end:m.start()]
        if re.search(r"\d", _COLUMN_YEAR.sub(" ", between)):
            continue  # another number stands between: the year is that one's ("27.000 … 60.000 … in 2030")
        gap = len(between.split())
        if gap <= YEAR_REACH and (nearest is None or gap < nearest[0]):
            nearest = (gap, m.group())
    # (a figure said with no year of its own is of the year its sentence or the one before speaks
    # of: "Hierbij betreft het 7.210 internationale studenten" after "Op 1 september 2023 …")
    return OTHER_YEAR if nearest is not None and nearest[1] not in asked else 1.0


# The words that narrow the counted noun to a part of its class: "hoeveel EER-studenten",
# "hoeveel internationale studenten", "how many EEA students". A count near none of them is of the
# whole class, or of another part: the sentence "aan 50.324 studenten … waarvan 2.067 EER-studenten"
# answers with the second. Only a share of the score: the part is often said once, before the number.
OTHER_POPULATION = 0.75
_COUNT_ASKED = lazyre.compile(r"\b(?:hoeveel|how\s+many|het\s+aantal|the\s+number\s+of)\s", re.IGNORECASE)


def _count_modifiers(q: Q.Question) -> list[str]:
    """The words between the question word and the counted noun, or the first part of a hyphenated
    noun ("EER-studenten"), with their Dutch glosses."""
    m = _COUNT_ASKED.search(q.text)
    if not m:
        return []
    after = re.findall(r"[\w-]+", q.text[m.end():])[:4]
    at = next((i for i, w in enumerate(after) if fold(w).lower() == fold(q.noun).lower()
               or q.noun in (g.lower() for g in q.english.get(w, ()))), None)
    if at is None:
        return []
    words = [w for w in after[:at] if fold(w).lower() not in function_words() and not w[0].isdigit()]
    head = after[at]
    if "-" in head.strip("-") and not words:
        words = [head.rsplit("-", 1)[0]]
    out = []
    for w in words:
        out += [w, *q.english.get(w, ())]
    return out


def _modified_alike(modifiers: list[str], text: str, start: int, end: int, clues: Clues) -> bool:
    """Whether a modifier of the counted noun stands with the count, before its noun ("7.210
    internationale studenten", "2.067EER-studenten"): said of another count in the sentence, it
    narrows that one."""
    words = re.findall(r"[^\W\d_]+", text[start:end + 40])[:3]
    return any(fold(m).lower() == fold(w).lower() or len(m) > 3 and clues.same(m, w) for m in modifiers for w in words)


SAID_AS_SHARE = 0.8  # a count of other things the sentence says are what the question counts
ALIKE_SHARE = 0.85  # a count said in a noun that data/counted_alike.txt says counts the question's alike
# what a count's things are said to be, later in its clause: "20 dossiers die in 2020 werden geregistreerd, betroffen
# beroepen tegen beslissingen van AHOVOKS"
_SAID_AS = lazyre.compile(r"[^.;:]{0,60}?\b(?:betroffen|betreffen|betreft|betrof|waren|zijn)\s+(?:(?:alle|allemaal|telkens|"
                          r"steeds)\s+)?(?P<noun>[^\W\d_]{4,})", re.IGNORECASE)
OTHER_PIECE = 0.6  # a figure whose own part of an enumeration lacks the question words another part holds


# where the parts of an enumeration of figures part: "2.000 extra plaatsen binnen het basisonderwijs, 11.000 extra plaatsen
# binnen het secundair onderwijs en 1.800 …", "het gewoon basisonderwijs (25 miljoen euro) en het gewoon secundair onderwijs
# (130 miljoen euro)"
_PIECE_END = lazyre.compile(r"[;,]\s|\.\s+(?=[A-Z])|\s(?:en|and|of|or)\s")


def _own_pieces(found: list[Candidate], clues: Clues, text: str, q: Q.Question, around: str) -> list[Candidate]:
    """Figures said side by side, each with its own group: the one whose own words hold a question word that no
    other part's words share ("secundair" in "11.000 extra plaatsen binnen het secundair onderwijs", beside
    "basisonderwijs" and "buitengewoon onderwijs", which share "onderwijs") keeps its score; the figures of the
    other parts lose some. Closeness alone favours the figure nearest to many question words, which is as often
    its neighbour's. A part's own words are those on its group's side of the figure: after it when every part
    but the first opens with its figure, before it when every part but the last ends with it; and the parts
    must be said in parallel, a question word standing in each. When the question names its group by a word
    that no part has ("hoger onderwijs" asked of parts in the basis-, secundair and buitengewoon onderwijs), every
    figure is another group's and loses more (`_group_unsaid`)."""
    if len(found) < 2:
        return found
    cuts = [0] + [m.end() for m in _PIECE_END.finditer(text)] + [len(text)]
    bounds = []
    for cand in found:
        i = next(i for i in range(len(cuts) - 1) if cuts[i] <= cand.start < cuts[i + 1] or i == len(cuts) - 2)
        bounds.append((cuts[i], cuts[i + 1]))
    if len(set(bounds)) < len(found):
        return found  # two figures in one part: the parts say nothing of which is which
    order = sorted(range(len(found)), key=lambda k: found[k].start)
    opens = all(len(text[bounds[k][0]:found[k].start].split()) <= 3 for k in order[1:])
    closes = all(len(text[found[k].end:bounds[k][1]].split()) <= 3 for k in order[:-1])
    # (as many words as the parts that carry nothing but their group: the first part of "… extra plaatsen te voorzien
    # in het gewoon basisonderwijs (25 miljoen euro) en het gewoon secundair onderwijs (130 miljoen euro)" also holds
    # the words the whole enumeration shares)
    if opens:
        n = max(len(text[found[k].end:bounds[k][1]].split()) for k in order[:-1])
        spans = [(found[k].start, min(bounds[k][1], _words_on(text, found[k].end, n))) for k in range(len(found))]
    elif closes:
        n = max(len(text[bounds[k][0]:found[k].start].split()) for k in order[1:])
        spans = [(max(bounds[k][0], _words_back(text, found[k].start, n)), found[k].end) for k in range(len(found))]
    else:
        return found
    words = [[m.group() for a in clues.anchors if isinstance(a, tuple) and lo <= a[0] < hi
              for m in [_WORD_AT.match(text, a[0])] if m] for lo, hi in spans]
    if not any(all(any(clues.same(w, x) for x in theirs) for theirs in words[1:]) for w in words[0]):
        return found  # parts said in parallel share a question word ("extra plaatsen binnen het …"): these are not
        # ("40 dagen waarop de Raad zitting hield, in vergelijking met 34 zittingsdagen in het werkjaar 2018")
    if _group_unsaid(q, [text[lo:hi] for lo, hi in spans], f"{text} {around}", clues):
        for cand in found:
            cand.score *= GROUP_UNSAID
        return found
    owner = _sole_owner(words, clues.same)
    if owner is None:
        return found
    for k, cand in enumerate(found):
        if k != owner:
            cand.score *= OTHER_PIECE
    return found


_GROUP_WORD = lazyre.compile(r"[^\W\d_][\w-]*")
_ASKING_WORDS = {"hoeveel", "welk", "welke", "wat", "wie", "hoe", "wanneer", "waar", "waarom"}
GROUP_UNSAID = 0.25  # a figure of parallel groups, none of which is the one the question names


def _group_unsaid(q: Q.Question, parts: list[str], text: str, clues: Clues) -> bool:
    """Whether a Dutch question names its group as a word before a noun ("hoger onderwijs") where the noun
    (or a compound of it: "basisonderwijs") stands in every part and the word stands nowhere in the text:
    the parts are groups of the noun, and the one asked is not among them."""
    if q.lang != "nl":
        return False
    said = _GROUP_WORD.findall(text)
    in_parts = [_GROUP_WORD.findall(part) for part in parts]
    asked = _GROUP_WORD.findall(q.text)
    stop = function_words()
    for before, noun in zip(asked, asked[1:]):
        # (a word before a noun that names a group is no verb: "moeten studenten", "heeft scholen")
        if before.lower() in stop or noun.lower() in stop or len(before) < 3 or before[:1].isupper() or \
                before.lower() in _ASKING_WORDS or re.search(r"(?:en|t)$", before.lower()):
            continue
        if all(any(clues.same(noun, w) for w in words) for words in in_parts) and \
                not any(clues.same(before, w) for w in said):
            return True
    return False


def _sole_owner(words: list, same) -> int | None:
    """The one part whose question words (`words`, a collection per part) the other parts share least: the part
    with most words no other part has, when it alone has that many and some; else None."""
    own = [sum(1 for w in mine if not any(same(w, x) for j, theirs in enumerate(words) if j != k for x in theirs))
           for k, mine in enumerate(words)]
    best = max(own)
    return None if best == 0 or own.count(best) > 1 else own.index(best)


_WORD_AT = lazyre.compile(r"[\w-]+")


def _inflected(a: str, b: str) -> bool:
    """Whether two folded words are one word, inflected or not ("sector", "sectoren"), and not a compound of it."""
    short, long = sorted((a, b), key=len)
    return len(short) >= 3 and long.startswith(short) and len(long) - len(short) <= 3


# "een loonkloof tussen de zorg en de rest van de publieke sector en de marktsector van respectievelijk 6% en 9%",
# "the universities and the colleges received 40% and 60% respectively": figures matched to things in order
_RESPECTIVELY = lazyre.compile(r"\b(?:respectievelijk|resp\.|respectively)\b", re.IGNORECASE)
_ITEM_SPLIT = lazyre.compile(r",\s*(?:en\s+|and\s+)?|\s(?:en|and)\s")
_CLAUSE_START = lazyre.compile(r"[.;:]\s|\b(?:dat|die|waarin|waarbij|that|which)\s")


def _respectively(found: list[Candidate], clues: Clues, text: str) -> list[Candidate]:
    """Figures said "respectievelijk" (respectively): the n-th figure belongs to the n-th of the things named
    before them, so the figure whose thing holds a question word the other things lack is the one asked about
    (the question's word labels it, as in `_labelled`); the others weigh OTHER_PIECE. Closeness alone gives the
    first figure, nearest to all the things."""
    m = _RESPECTIVELY.search(text)
    if not m or len(found) < 2:
        return found
    # the figures of the list: right after the word (Dutch), or right before it (English)
    after = [c for c in found if m.end() <= c.start <= m.end() + 80]
    before = [c for c in found if m.start() - 60 <= c.end <= m.start()]
    listed = sorted(after if len(after) >= 2 else before, key=lambda c: c.start)
    if len(listed) < 2:
        return found
    head = text[:listed[0].start]
    starts = [x.end() for x in _CLAUSE_START.finditer(head)]
    head = head[starts[-1] if starts else 0:]
    head = re.sub(r"\s*(?:" + _RESPECTIVELY.pattern + r")\s*$", "", head, flags=re.IGNORECASE)
    pieces = [p for p in _ITEM_SPLIT.split(head) if p.strip()]
    if len(pieces) < len(listed):
        return found
    pieces = pieces[-len(listed):]
    # (a word and its inflections, not its compounds: "de publieke sector" does not name "de marktsector")
    asked = [w for w in clues.question_words if w not in function_words() and not w.isdigit()]
    words = [{w.lower() for w in _WORD_AT.findall(piece) if any(_inflected(w.lower(), a) for a in asked)} for piece in pieces]
    owner = _sole_owner(words, _inflected)
    if owner is None:
        return found
    for k, cand in enumerate(listed):
        if k == owner:
            cand.score = max(cand.score, LABELLED)
        else:
            cand.score *= OTHER_PIECE
    return found


def _words_on(text: str, at: int, n: int) -> int:
    """Where the `n`th word after `at` ends."""
    ends = [m.end() for _, m in zip(range(n), _WORD_AT.finditer(text, at))]
    return ends[-1] if ends else at


def _words_back(text: str, at: int, n: int) -> int:
    """Where the `n`th word before `at` begins."""
    starts = [m.start() for m in _WORD_AT.finditer(text, max(0, at - 40 * (n + 1)), at)]
    return starts[-n] if 0 < n <= len(starts) else (starts[0] if starts and n else at)


LABELLED = 0.95  # the score of the one figure a question word labels among several


def _labelled(found: list[Candidate], clues: Clues, text: str) -> list[Candidate]:
    """In a run of labelled figures ("in januari 8%, februari 8%, maart 8%, april 7%, mei 16%"),
    the figure right after the label the question asks ("in mei") is its answer, however near
    the question's other words stand to the first figure of the run. Only a label said once in
    the unit, before one figure alone, counts; a question word before every figure tells nothing. A run is
    three figures at least: beside one other, a question word right before a figure ("minimum")
    says less than the question's other words do."""
    if len(found) < 3:
        return found
    labels: dict = {}
    said = [a[2] for a in clues.anchors if isinstance(a, tuple)]
    for i, cand in enumerate(found):
        for offset, _, key in (a for a in clues.anchors if isinstance(a, tuple) and said.count(a[2]) == 1):
            word = re.match(r"[\w#’'-]+", text[offset:])
            if word and offset < cand.start and re.fullmatch(r"[\s:]*", text[offset + word.end():cand.start]):
                labels.setdefault(key, set()).add(i)
    for key, which in labels.items():
        if len(which) == 1:
            cand = found[next(iter(which))]
            cand.score = max(cand.score, LABELLED)
    return found


# the head of a list item: what it is about, after its mark and before the first comma or colon
# ("c. industrieel onderzoek, ten hoogste 50% van de subsidiabele kosten;")
_ITEM_HEAD = lazyre.compile(r"^\s*(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)°]|[•·▪◦*–-])\s+(?P<head>[^,:;()]{3,80}?)\s*[,:]\s")
HEAD_WORDS = 6


def _headed(found: list[Candidate], unit, clues: Clues, text: str) -> list[Candidate]:
    """In a list of items that each give a figure for a kind of thing ("b. onderzoek naar de technische
    haalbaarheid, ter voorbereiding van industrieel onderzoek, ten hoogste 75%; c. industrieel onderzoek,
    ten hoogste 50%"), the item whose head the question's words make up is about what is asked; an item
    that names it in passing is about something else. The first figure after such a head is labelled."""
    if not found or getattr(unit, "kind", "") != "item" or len(getattr(unit, "siblings", None) or []) < 2:
        return found
    m = _ITEM_HEAD.match(text)
    if not m:
        return found
    stop = function_words()
    words = [w for w in re.finditer(r"[^\W\d_][\w-]*", m.group("head")) if w.group().lower() not in stop]
    anchored = {a[0] if isinstance(a, tuple) else a for a in clues.anchors}
    if not words or len(m.group("head").split()) > HEAD_WORDS or \
            not all(any(m.start("head") + w.start() <= a < m.start("head") + w.end() for a in anchored) for w in words):
        return found
    after = [c for c in found if c.start >= m.end("head")]
    if after:
        first = min(after, key=lambda c: c.start)
        first.score = max(first.score, LABELLED)
    return found


# "het aantal bestuursleden … vast te stellen op 5", "Het aantal leden bedraagt zeven": a count said
# after its noun (the figure tagger reads a number by the noun after it)
# "Het aantal studenten steeg tot 45.000" and "daalde naar 12": the level it reached ("270 tot 540" is a range)
_COUNTED_NUMBER = r"(?!(?:19|20)\d\d\b)(?P<n>\d{1,3}(?:\.\d{3})+|\d{1,4}|één|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)\b"
_COUNT_SET_AT = lazyre.compile(r"\baantal\s+(?P<noun>[^\W\d_][\w-]+)\b[^.;:]{0,150}?\b(?:op|bedraagt|bedroeg|is|was|tot|naar)\s+"
                               + _COUNTED_NUMBER +
                               r"(?!\s*(?:%|procent|euro|€|[.,]\d))(?!\s+(?:" + "|".join(months.DUTCH) + r")\b)",
                               re.IGNORECASE)  # ("dat op 1 oktober was ingeschreven": a date)
# "een aantal opleidingsscholen …, dat ten hoogste 67 bedraagt": a relative clause puts its verb last,
# after the number, with at most a limit before it
_COUNT_CLAUSE = lazyre.compile(r"\baantal\s+(?P<noun>[^\W\d_][\w-]+)\b[^.;:]{0,150}?\b(?:dat|die)\s+"
                               r"(?:(?:ten\s+hoogste|ten\s+minste|hoogstens|minstens|maximaal|minimaal|niet\s+meer\s+dan)\s+)?"
                               + _COUNTED_NUMBER + r"\s+(?:bedraagt|bedroeg|bedragen|bedroegen|beloopt|is|was)\b",
                               re.IGNORECASE)
_RANGE_TOP = lazyre.compile(r"(?<![\d.,])(?!(?:19|20)\d\d\b)\d[\d.,]*\s+tot\s+$")
# "25 aanvragen ingediend, waarvan 12 gehonoreerd": the part counts the noun of the whole before it
_PART_AFTER = lazyre.compile(r"\b(?:waarvan|daarvan|hiervan|van wie|onder wie|onder hen)\s+(?:er\s+)?(?:slechts\s+|maar\s+|nog\s+)?"
                             r"(?!(?:19|20)\d\d\b)(?P<n>\d{1,3}(?:\.\d{3})+|\d{1,4})\b(?!\s*(?:%|procent|euro|€|[.,]\d))",
                             re.IGNORECASE)


# a number with the word after it as its unit ("10.000 kilo", "400 woningen"); not a year, a date
# or a reference to an article or a list item
_QUANTITY = lazyre.compile(r"(?<![\w.,/-])(?!(?:19|20)\d\d\b)\d{1,3}(?:[.\s]\d{3})*(?:,\d+)?\s*"
                           r"(?!(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
                           r"december|jan|feb|mrt|apr|jun|jul|aug|sep|okt|nov|dec)\b)[^\W\d_]{1,14}\b", re.IGNORECASE)
_NOT_QUANTITY = lazyre.compile(r"\b(?:artikel|art\.|lid|onderdeel|hoofdstuk|paragraaf|bijlage|vraag|nr\.?|nummer|"
                               r"pagina|p\.|blz\.)\s*$", re.IGNORECASE)
# the lower bound of a range that ends in the figure read ("tussen 3 en", "van € 10.000 tot"), or the level
# a change started from ("van 38 naar 53 procent gestegen": the answer says both)
_NUMBER = r"(?:€\s*)?(?:\d[\d.,]*|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|one|two|three|four|five|six|seven|eight|nine|ten)"
# ("tenminste uit 5 en ten hoogste uit 7 leden", "met een minimum van 15 en een maximum van 30 studiepunten")
_RANGE_LOW = lazyre.compile(r"\b(?:ten ?minste|minimaal|minstens|tussen|van|at least|between|from|(?:een |a )?minimum (?:van|of))"
                            r"\s+(?:(?:uit|op|aan)\s+)?" + _NUMBER +
                            r"(?:\s*%|\s+[^\W\d_]{2,15})?\s+(?:en|tot(?: en met)?|naar|à|-|–|to|and)\s+(?:een\s+|a\s+)?"
                            r"(?:(?:ten hoogste|maximaal|hoogstens|(?:een |a )?maximum(?: van| of)?|at most)\s+(?:(?:uit|op|aan)\s+)?)?$",
                            re.IGNORECASE)
# a question that asks both ends of a range
_LOWER_BOUND = lazyre.compile(r"\b(?:ten ?minste|minimaal|minimum|minstens|at least|minimal)\b", re.IGNORECASE)
_UPPER_BOUND = lazyre.compile(r"\b(?:ten hoogste|maximaal|maximum|hoogstens|at most|maximal)\b", re.IGNORECASE)
BOTH_BOUNDS_RANGE = 1.2
BOTH_BOUNDS_ONE = 0.7
_YEAR_AS_SUM = lazyre.compile(r"(?:19|20)\d\d\s*(?:€|EUR|euro)")
_MONEY_SPAN = lazyre.compile(r"€\s*\d[\d.,]*(?:\s*(?:miljoen|miljard|mln\.?|mld\.?))?"
                             r"|(?<![\w.,])\d[\d.,]*\s*(?:miljoen|miljard)?\s*euro\b", re.IGNORECASE)
# a share of a named sum: a fee "van 3% van het maximum van salarisschaal 18", "130% van de vergoeding die …"
_SHARE_OF_SUM = lazyre.compile(r"(?<![\w.,])\d+(?:,\d+)?\s?(?:%|procent)\s+van\s+(?:het|de)\s+(?:\w+\s+){0,3}?"
                               r"(?:maximum|minimum|salaris\w*|bezoldiging\w*|bedrag\w*|vergoeding\w*|minimumloon|loon|"
                               r"schaal\w*|subsidie\w*|kosten)(?:\s+(?:van|voor)\s+(?:de\s+|het\s+)?[\w-]+(?:\s+\d+)?)?",
                               re.IGNORECASE)
SHARE_OF_SUM = 0.85


_DURATION_WORDS = lazyre.compile(
    r"\b(?:(?:binnen|na|gedurende|maximaal|minimaal|ten minste|uiterlijk|within|for)\s+)?(?:een\s+|één\s+|a\s+|an\s+)?"
    r"(?:half\s?jaar|halfjaar|kwartaal|jaar|maand|week|semester|academiejaar|studiejaar|year|month|week|half a year)\b",
    re.IGNORECASE)


# a table of sums: its caption says the unit once ("Tabel 4. Bedragen … (in euro per fte)", "x € 1.000"),
# or the column is named for money ("Bedrag", "Subsidiebedrag per opleidingsplaats", "Tarief")
_IN_EURO = lazyre.compile(r"(?:\b(?:in|x)\s+|\()(?:€|euro\b|eur\b)", re.IGNORECASE)
_MONEY_COLUMN = lazyre.compile(r"(?:bedrag|tarief|vergoeding|bijdrage|subsidie|kosten|salaris|prijs|budget|€|euro)\w*\s*$",
                               re.IGNORECASE)
# a cell of a row as the evidence reads it: "Bedrag 84.100", "GGZ- instelling 59.100" (header and value)
_PAIRED_CELL = lazyre.compile(r"(?:^|;\s*|:\s*)(?P<head>[^;:]*?)\s*(?P<value>(?<![\w.,])\d{1,3}(?:\.\d{3})+(?:,\d+)?|"
                              r"(?<![\w.,])\d+,\d{2})(?=\s*(?:;|$))")


def _money_cells(unit, clues: Clues) -> list[Candidate]:
    """The values of a table row that are sums of money by their table, not by a sign of their own:
    the row "Vervolgopleiding Huisarts; Bedrag 84.100" under the caption "Bedragen vervolgopleidingen
    … (in euro per fte)" gives € 84.100."""
    if getattr(unit, "kind", "") != "row":
        return []
    whole_table = bool(_IN_EURO.search(f"{unit.before} {unit.lead}"))
    out = []
    for m in _PAIRED_CELL.finditer(unit.text):
        if whole_table or _MONEY_COLUMN.search(m.group("head")):
            start, end = m.start("value"), m.end("value")
            out.append(Candidate(f"€ {m.group('value')}", start, end,
                                 closeness(start, end, clues.anchors, unit.text, fillers=False)))
    return out


# a table row flattened to text: its label, then one figure per column ("Seksuele gerichtheid 66 73 74")
_ROW = lazyre.compile(r"^(?P<label>\D*?)(?P<cells>(?:\s+(?:€\s*)?-?\d[\d.,]*\s*%?){2,12})\s*$")
_CELL = lazyre.compile(r"(?:€\s*)?-?\d[\d.,]*\s*%?")
_COLUMN_YEAR = lazyre.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d.,]\d)")


def _year_column(q: Q.Question, unit, clues: Clues) -> list[Candidate]:
    """The cell of a table row in the column of the year a question asks: "Hoeveel meldingen kreeg
    de politie in 2023?" over a header "Grond Meldingen in 2021 Meldingen in 2022 Meldingen in 2023"
    and the row "Seksuele gerichtheid 66 73 74" is 74. The header is the nearest paragraph above
    the row, past other rows, that names as many years as the row has cells; it scores by how many
    of the question's words it and the row's label hold."""
    asked = set(_COLUMN_YEAR.findall(q.text))
    row = _ROW.match(unit.text.strip())
    passage = getattr(getattr(unit, "hit", None), "text", "") or ""
    if not asked or not row or not passage:
        return []
    cells = list(_CELL.finditer(row.group("cells")))
    at = passage.find(unit.text.strip())
    if at < 0:
        return []
    header = None
    for para in reversed([x.strip() for x in re.split(r"\n\s*\n", passage[:at]) if x.strip()]):
        years = _COLUMN_YEAR.findall(para)
        if len(years) == len(cells):
            header = (para, years)
            break
        if not _ROW.match(para):
            return []
    if header is None or not (asked & set(header[1])):
        return []
    para, years = header
    i = years.index(sorted(asked & set(years))[0])
    cell = cells[i]
    start = unit.text.find(row.group("cells")) + cell.start()
    said = re.findall(r"[\w-]+", f"{para} {row.group('label')}")
    words = [w for w in q.subject if not _COLUMN_YEAR.fullmatch(w)]
    share = sum(1 for w in words if any(clues.same(w, x) for x in said)) / (len(words) or 1)
    if q.type == Q.COUNT and q.noun and not any(clues.same(q.noun, x) for x in said):
        share *= 0.5
    return [Candidate(cell.group().strip(), start, start + len(cell.group().strip()), 0.5 + 0.5 * share)]
