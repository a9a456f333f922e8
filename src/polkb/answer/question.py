"""Question analysis: what kind of answer a question wants, and what it is about.

The answer type decides which extractor refines the evidence (an amount, a date with its role, a
person …), never whether evidence is read at all: a question whose type is misread still gets
the best-covering sentence. The subject words and the named things decide coverage and
abstention. English questions are read through the bilingual glossary, so that their words
become the Dutch words the passages use.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..analysis.glossary import english_stop_words, phrases_to_dutch, to_dutch
from ..query.concepts import hyphened_parts
from ..lexicon import function_words
from .scoring import organisations_in
from ..text import lazyre

# Answer types (one extractor module each under polkb.answer.types)
ACTOR = "person"              # wie / who: a person or an organisation
ORGANISATIONS = "organisations"  # welke organisaties / partners
LIST = "list"                 # welke <plural noun>: the members of a class
NAME = "name"                 # welke <noun>: a named thing
COUNT = "count"
AMOUNT = "amount"
PERCENT = "percentage"
DURATION = "duration"
FIGURE = "figure"              # a limit or threshold of unknown unit: "tot welk maximum", "welke drempel"
YEAR = "year"
DATE = "date"
PERIOD = "period"
DEFINITION = "definition"
REASON = "reason"
CONDITION = "condition"       # op welke voorwaarde / on what condition
SENTENCE = "sentence"

# A date's role, as the question asks for it and as document records store it.
ROLE_SENT, ROLE_ANSWERED, ROLE_DECIDED, ROLE_IN_FORCE = "ingezonden", "ontvangen", "besluit", "inwerkingtreding"
ROLE_DEADLINE = "uiterlijk"
ROLE_ADOPTED = "aangenomen"     # a motion or bill adopted by a vote: a later event than its tabling
ROLE_ENDED = "opgeheven"        # a body, scheme or rule that ceased to exist
ROLE_PUBLISHED = "uitgegeven"   # an act issued in the Staatsblad, a text published: "Uitgegeven de dertiende november 2014"
_ROLE_WORDS = (
    (ROLE_ANSWERED, r"beantwoord\w*|antwoord\w*|answer\w*|ontvangen|received|reageerde|respond\w*|repl(?:y|ied|ies)\b"),
    (ROLE_SENT, r"ingezonden|ingediend|indienen|indiende|dienden?\s+(?:\w+\s+){0,8}in\b|gesteld|verstuurd|gestuurd|stuurde|verstuurde|"
                r"zond|submit|submits|submitted|sent|send|asked|tabled|voorgesteld"),
    (ROLE_ADOPTED, r"aangenomen|aanvaard|verworpen|adopt(?:ed)?\b|passed|carried|rejected"),
    (ROLE_ENDED, r"op te (?:bestaan|houden)|ophield|opgeheven|opheffing|afgeschaft|afschaffing|beëindigd|stopgezet|"
                 r"vervallen|vervalt|verviel|ingetrokken|intrekking|"
                 r"abolished|ceased|discontinued|terminated|wound up|lapsed|expired|revoked|repealed|withdrawn"),
    (ROLE_PUBLISHED, r"uitgegeven|gepubliceerd|publiceerde\w*|bekendgemaakt|verschenen|published|issued|publication"),
    # ("From what date do the provisions apply": in force; "when did she apply for a grant" asks when she asked)
    (ROLE_IN_FORCE, r"in\s*werking|inwerkingtreding|into force|effect|van kracht|geldt|gelden|(?:van\s+)?toepassing|"
                    r"appl(?:y|ies)\b(?!\s+for\b)|"
                    r"terugwerkende kracht|werkt\s+(?:\w+\s+)?terug|retroactive\w*"),
    # ("Gegeven te 's-Gravenhage, 29 september 2011": the day an act was made, its own date)
    # ("Op welke datum stelde de directeur-generaal de Ondermandaatregeling vast": a separable verb, its particle last)
    (ROLE_DECIDED, r"besliste|beslist|besloten|decided|goedgekeurd|approved|vastgesteld|"
                   r"(?:stelde|stelden|stelt)\s+(?:[\w-]+\s+){0,12}vast\b|bekrachtigd|ondertekend\w*|getekend|(?:onder)?tekenden?\b|sign(?:ed)?\b|"
                   r"(?:werd|is|zijn|werden)\s+(?:\w+\s+){0,12}gegeven\b|enacted|"
                   r"(?:nam|namen|genomen)\s+(?:\w+\s+){0,3}besluit|besluit\s+(?:\w+\s+){0,3}(?:genomen|nam)|took the decision|"
                   # ("wanneer stemde het college in met de plannen", "when did the executive agree to …": a consent)
                   r"ingestemd|instemde|(?:stemde|stemden)\s+(?:[\w-]+\s+){0,8}in\s+met\b|agreed?\b"),
    (ROLE_DEADLINE, r"tegen welke datum|voor welke datum|v[óo]{1,2}r wanneer|tot wanneer|uiterlijk|uiterste datum|deadline|"
                    r"by what date|by when|until when|until what date|no later than|latest date|at the latest"),
)

# The words a text says a role with, whatever verb the question uses for it: "Op welke datum gingen de TNO-wet en
# het besluit gelden?" is answered by "De TNO-wet en dit besluit treden in werking op 1 mei 1986", "Sinds wanneer
# geldt het besluit" by "Dit besluit treedt in werking met ingang van 1 maart 2008" (`role_said`).
_ROLE_SAID = {
    ROLE_IN_FORCE: ("werking", "inwerkingtreding", "kracht", "geldt", "gelden"),
    ROLE_PUBLISHED: ("uitgegeven", "gepubliceerd", "bekendgemaakt"),
    ROLE_ANSWERED: ("beantwoord", "antwoord", "ontvangen"),
    ROLE_SENT: ("ingezonden", "ingediend", "verzonden"),
    ROLE_ADOPTED: ("aangenomen", "aanvaard", "verworpen"),
}


_ROLE_WORD = {role: re.compile(f"(?:{pattern})", re.IGNORECASE) for role, pattern in _ROLE_WORDS}


def role_said(q: "Question", word: str) -> tuple[str, ...]:
    """The words a text says the question's date role with, when `word` is the question's word for that role
    (`_ROLE_SAID`; "gelden" of "wanneer gingen … gelden"), else ()."""
    said = _ROLE_SAID.get(q.role, ())
    if not said or not _ROLE_WORD[q.role].fullmatch(word):
        return ()
    return tuple(w for w in said if w != word.lower())


# Which document a question about a document's own facts points at.
DOC_KINDS = (
    (r"\bmoties?\b|\bmotions?\b", "motion"),
    (r"\bkamervra\w*|\bschriftelijke vra\w*|\bvragen van (?:het|de) (?:lid|leden)\b|\bparliamentary questions?\b|"
     r"\bwritten questions?\b", "written_question"),
)
_SUBMIT = r"(?:ingedien\w*|dienden?|indiener\w*|submit\w*|tabled|voorgesteld|gesteld|stelden?|vroegen|vroeg|asked|" \
          r"(?:mede)?ondertek\w*|\b(?:co-?)?sign(?:ed|ers?|atory|atories)\b)"  # (who signed a motion submitted it)
_ANSWERER = r"(?:beantwoord\w*|answer\w*|antwoordde)"

_MONEY = lazyre.compile(r"(?:geld|euro|eur\b|subsidie|middelen|budget|financiering|bedrag|bijdrage|kost|investering|"
                        r"toelage|beurs|vergoeding|fonds|money|funding|grant|cost|subsid|contribution|allowance|fee|"
                        r"collegegeld|tarief|loon|salaris|uitgave|begroting|krediet|lening|premie|bonus|prijs|salar|\bpay\b|\bwages?\b|stipend)")
# verbs of getting and paying money, right after "hoeveel": what is asked is a sum, not a count of them
_MONEY_VERB = lazyre.compile(r"krijg\w*|kreeg|kregen|ontvang\w*|verdien\w*|betaal\w*|betaald|kost|kosten|kostte|kostten|"
                             r"uitgegeven|besteed\w*")
_CREDIT = lazyre.compile(r"leerkrediet|learning")  # ("how much learning credit")
_MONEY_NOUNS = {"budget", "amount", "cost", "costs", "price", "fee", "subsidy", "grant", "funding"}
_SHARE_WORDS = {"aandeel", "percentage", "deel", "procent", "share", "proportion", "percent", "fractie"}
_COUNT_WORDS = {"aantal", "number", "telt", "tellen", "telde", "telden"}  # ("hoeveel leden telt de raad")
# the words that name what kind of answer is asked, not what it is about: a passage holding the
# answer rarely repeats them ("Hoeveel geld …" is answered by "€ 66.941.000")
_MEASURE_WORDS = {PERCENT: _SHARE_WORDS, COUNT: _COUNT_WORDS,
                  AMOUNT: {"geld", "bedrag", "euro", "money", "amount"},
                  NAME: {"naam", "heet", "heten", "genoemd", "called", "name"},
                  YEAR: {"jaar", "jaartal", "year"},
                  DATE: {"datum", "date", "dag", "day", "datums", "dates", "uiterlijk", "deadline", "maand", "month"},
                  DURATION: {"tijd", "time"}}
_MEASURE_NOUNS = {
    "aandeel": PERCENT, "percentage": PERCENT, "procent": PERCENT, "share": PERCENT, "proportion": PERCENT,
    "aantal": COUNT, "number": COUNT, "duur": DURATION, "looptijd": PERIOD, "periode": PERIOD, "period": PERIOD,
    "termijn": DURATION, "deadline": DATE, "deadlines": DATE, "datum": DATE, "date": DATE, "dag": DATE, "datums": DATE, "dates": DATE, "dagen": DATE, "jaar": YEAR, "year": YEAR, "maand": DATE, "month": DATE,
    "reden": REASON, "redenen": REASON, "reason": REASON, "reasons": REASON, "doel": REASON,
    "doelen": REASON, "purpose": REASON, "aim": REASON,
    "bedrag": AMOUNT, "budget": AMOUNT, "amount": AMOUNT, "maximum": FIGURE, "minimum": FIGURE,
    "plafond": FIGURE, "drempel": FIGURE, "grens": FIGURE, "limit": FIGURE, "threshold": FIGURE,
    "score": FIGURE,
}
# the last part of a compound names what kind of answer is asked: "welk rentepercentage" is a
# share, "de uiterste indieningsdatum" a date, "welke uitvoeringsorganisatie" an organisation
_MEASURE_HEADS = {"percentage": PERCENT, "datum": DATE, "aantal": COUNT, "termijn": DURATION, "periode": PERIOD,
                  "jaar": YEAR, "duur": DURATION, "score": FIGURE}
_ORG_HEADS = ("organisatie", "instelling", "instantie", "orgaan", "organisation", "organization", "agency", "authority")


def _compound_kind(word: str) -> str:
    """The answer type the head of a compound word names ("rentepercentage": a percentage,
    "inschrijvingsduur" a duration, "minimumscore" a figure), or ""."""
    for head, kind in _MEASURE_HEADS.items():
        if word.endswith(head) and len(word) >= len(head) + 4 and word != head:
            return kind
    return ""


_ORG_NOUNS = (r"(?:organisaties|organisatie|partners?|partnerorganisaties|instellingen|universiteiten|hogescholen|"
              r"betrokkenen|organisations?|organizations?|institutions|universities|partijen|parties|adviesorganen|"
              r"organen|adviesraden|instanties|overheden|ministeries|ministries|diensten|bodies|agencies|"
              r"bedrijven|ondernemingen|companies|firms)")
# words for any party to something: they name no kind of organisation an answer must be
GENERIC_ORGANISATIONS = lazyre.compile(r"organisaties|organisatie|partners?|partnerorganisaties|betrokkenen|organisations?|"
                                       r"organizations?|partijen|parties|instanties|bodies")
_PERSON_NOUNS = lazyre.compile(r"\b(?:ministers?|staatssecretariss?e?n?|voorzitter|rector|kamerleden|kamerlid|lid|leden|indiener\w*|personen|"
                               r"mps?|members|secretary|secretaries|"
                               r"coördinator|coordinator|chair\w*|president|secretaris|directeur|director|wethouders?|alderm[ae]n|"
                               r"burgemeesters?|mayors?|schepenen|schepen|gedeputeerden?|(?:hoofd|co-?)?auteurs?|(?:lead |main )?authors?|"
                               r"koning|koningin|king|queen|inspecteur-generaal|inspector-general|griffier|clerk|decaan|dean)\b")

_NOT_VERB = (r"(?!(?:wordt|worden|werd|werden|zijn|heeft|hebben|kan|kunnen|moet|moeten|mag|mogen|zal|zullen|gaat|gaan|"
             r"staat|staan|komt|komen|geldt|gelden|krijgt|krijgen|were|have|does|will|would|could|should)\b)")
# words that qualify the noun asked for without being it: "hoeveel extra geld", "welke nieuwe
# studierichtingen", "how many supra-regional networks"
_MODIFIER = (r"(?:verschillende|andere|nieuwe|extra|unieke|overige|bijkomende|aanvullende|afzonderlijke|huidige|"
             r"hogere|lagere|grotere|kleinere|higher|lower|larger|smaller|"  # ("welke hogere grenswaarde")
             # uninflected before a het-word ("welk eerder besluit", "welk nieuw instituut"), and
             # the kind of thing asked ("welk soort traject"; "what kind of institute is X" asks what X
             # is, which no name answers)
             r"ander|nieuw|eerder|vorig|huidig|later|soort|soorten|"
             r"eerdere|vorige|voormalige|previous|former|earlier|externe|interne|"
             r"belangrijkste|grootste|meeste|eerste|laatste|concrete|specifieke|precieze|exacte|jaarlijkse|totale|"
             r"different|other|new|distinct|unique|separate|additional|extra|main|current|first|last|specific|"
             r"final|initial|general|overall|exactly|precisely|"
             r"annual|total|[a-z]+-[a-z]+(?=\s+[a-z]+s\b)|"
             # a participle of what is to be done: "hoeveel te bouwen studentenwoningen", "het te verdelen bedrag"
             r"te\s+[a-z]{3,}en(?=\s+[a-z]{4,})|[a-z]+(?:se|ische|lijke|ale|ele|ieve)(?=\s+" + _NOT_VERB + r"[a-z]{4,})|"
             # English adjectives of a country: "how many Canadian students", "Dutch universities" (a
             # glossary phrase, "international students", "foreign students", stays whole)
             r"(?:[a-z]+(?:ian|ean|ish|ese)|dutch|french|greek|swiss|thai)(?=\s+" + _NOT_VERB + r"[a-z]{4,}))")
_MODIFIERS = r"(?:%s\s+){0,2}" % _MODIFIER

_AUXILIARIES = {"is", "are", "was", "were", "does", "do", "did", "will", "would", "can", "could", "should", "has",
                "have", "had", "may", "must"}

# The question words, auxiliaries and light verbs that carry no subject, and the conjunctions that
# join its clauses ("ingeschreven zijn geweest voordat zijn getuigschrift meetelt": a text says
# "de drie jaren voorafgaand aan", never "voordat").
_NOT_SUBJECT = set("""
wie wat welke welk wanneer waar waarom hoe hoeveel hoelang lang is zijn was waren wordt worden werd
werden heeft hebben had hadden kan kunnen kon konden moet moeten mag mogen zal zullen zou zouden doet deed doen gaat gaan
vind vindt je jij u men er de het een van in op aan bij voor met over door naar uit om tot als dan
dat die dit deze te en of ook nog wel niet geen zich hun haar zijn minstens ongeveer precies noemt
noemen staat staan welke waarvoor waarmee waarover waardoor hiervoor daarvoor volgens krijgt krijgen
who what which when where why how many much long is are was were does do did the a an of in on at
for to by with from and or has have had can could be been it its this that these those there their
according get gets got give given under into about per
binnen tegen na tijdens zonder sinds vanaf via voortaan inmiddels momenteel reeds
onder boven tussen achter naast rond sedert al weer opnieuw nu toen daar hier dus toch even
moest moesten mocht mochten wil wilde wilden willen hoeft hoefde hoeven alle
each every up may might other others no some any all also only such very does doing shall should would
will must whose whom upon onto among against between during within without before after
voordat nadat zodat zodra totdat terwijl indien mits tenzij alvorens hoewel omdat doordat zolang opdat geweest
while until unless because although whether if once been
""".split())


# "welke Europese richtlijn", "which Flemish decree": the noun asked for comes after the adjective
_PLACE_ADJECTIVES = (r"(?:europese|europees|nederlandse|nederlands|vlaamse|vlaams|belgische|belgisch|nationale|"
                     r"internationale|landelijke|federale|european|dutch|flemish|belgian|national|international|federal)")


@dataclass
class Question:
    text: str
    lang: str
    type: str
    noun: str = ""                 # the head noun of "welke X" / "hoeveel X"
    wants_list: bool = False
    doc_kind: str = ""             # asks for a document's own fact (motion submitters …)
    doc_fact: str = ""             # submitters | answerers | date
    role: str = ""                 # the role of an asked date (ingezonden, ontvangen, besluit …)
    subject: list[str] = field(default_factory=list)    # content words (Dutch, after the glossary)
    named: list[str] = field(default_factory=list)      # names the evidence must mention
    population: str = ""           # what a share is of ("het aandeel meisjes": meisjes)
    english: dict[str, list[str]] = field(default_factory=dict)  # English word -> Dutch glosses
    asks_reply: bool = False       # what a minister answered: the answer, not the question, is the evidence
    sources: list[str] = field(default_factory=list)    # names of where to look ("volgens de STEM-monitor")
    second: bool = False           # asks a second thing ("hoeveel landen …, en welk land …")
    # the organisations it names, canonical and folded: what it asks about, not its answer
    organisations: frozenset[str] = frozenset()
    holds_role: bool = False       # "wie was de voorzitter", "which minister": the answer holds the role `noun`
    to_the_day: bool = False       # "op welke datum", "on what date": a date to the day, a year alone does not answer
    rate: bool = False             # "what average success rate": a ratio, never a count of things or a span of time


# a word that asks for a day, not only a year: "op welke datum", "on what date", "op welke dag"
_TO_THE_DAY = lazyre.compile(r"\b(?:datum|date|dag|day)\b", re.IGNORECASE)


# a term the question quotes: the opening quote after a space or the start, the closing one before a
# space or punctuation (not the apostrophe of "Slot's")
_QUOTED = lazyre.compile(r"(?:(?<=\s)|^)['‘\"“«]([^'‘’\"“”«»]{2,60}?)['’\"”»](?=[\s,.;:?!)]|$)")


def quoted(text: str) -> list[str]:
    """The terms a question quotes ("What does the 'judicium abeundi' refer to?")."""
    return [m.group(1).strip() for m in _QUOTED.finditer(text) if m.group(1).strip()]


_TITLED_PERSON = lazyre.compile(r"\b(?:[Mm]inister|[Ss]tate [Ss]ecretary|MPs?|[Mm]embers?|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|[Pp]rofessor|"
                                r"[Cc]hair(?:man|woman)?|[Rr]apporteur)\s+((?:(?:van|de|der|den|ter)\s+)*[A-Z][\w'’-]+"
                                r"(?:\s+(?:(?:van|de|der|den|ter)\s+)*[A-Z][\w'’-]+)*)")
_ABBREVIATION = lazyre.compile(r"[A-Z][A-Z0-9&]{1,7}")


# the role is what is asked, not whom the question mentions ("who advises the minister")
_ROLE = r"(?:[\w-]+\s+){0,2}?(?:ministers?|staatssecretaris\w*|voorzitter\w*|rector|kamerleden|kamerlid|secretaris|directeur|" \
        r"coördinator|coordinator|president|chair\w*|director|secretary|state secretary|mp|(?:hoofd|co-?)?auteur|" \
        r"(?:lead |main |co-?)?author|inspecteur-generaal|inspector-general|griffier|clerk|decaan|dean|ombudsman|" \
        r"burgemeester|mayor|wethouder|alderman)\b"
_HOLDS_ROLE = lazyre.compile(r"^(?:wie|who)\s+(?:is|was|werd|wordt|zijn|waren|were|are|became|becomes)\s+(?:de |het |the |a |an )?"
                             + _ROLE + r"|\b(?:benoemd|aangesteld|gekozen|verkozen|appointed|elected|named)\s+(?:tot |als |as )?"
                             r"(?:de |het |the |a |an )?" + _ROLE + r"|^(?:welke?|which)\s+" + _ROLE +
                             r"|\b(?:as|als)\s+(?:de |het |the )?" + _ROLE +
                             r"|^who\s+(?:chaired|chairs|presided|presides|heads|headed)\b")


def _dutch_noun(noun: str) -> str:
    """The Dutch gloss of an English head noun, in its number: "members" is "leden", not "lid"
    (an irregular plural the answer's words would not match)."""
    glosses = to_dutch(noun) or [noun]
    if noun.endswith("s") and not noun.endswith("ss"):
        return _plural_gloss(glosses)
    return glosses[0]


def _plural_gloss(glosses: list[str]) -> str:
    """The gloss in the plural where the glossary gives one ("leden", "programma's", "partners" beside
    "partner"); else the first. A word merely ending in -s is no plural ("vestigingsplaats", "keus")."""
    return next((g for g in glosses if g.endswith(("en", "'s", "’s")) or g.endswith("s") and g[:-1] in glosses),
                glosses[0])


_SECOND_ASK = lazyre.compile(r"\w[\w)]*,?\s+(?:en|and)\s+(?:(?:met|with|in|op|on|door|by|voor|for|to|aan|naar|from|van|uit|bij|at)\s+)?"
                             r"(?:welk|welke|wie|wat|hoeveel|wanneer|waar|waarom|which|what|who|how many|how much|when|where|why)\b")
# "Van welk naar welk percentage werd de norm opgetrokken?", "From what to what was the fee raised?":
# a change asks for two values, the one before and the one after, which one sentence gives together
_WHICH_VALUE = r"(?:welk|welke|wat|what|which|hoeveel|how\s+many|how\s+much)\b"
_FROM_TO = lazyre.compile(rf"\b(?:van|from)\s+{_WHICH_VALUE}.*?\b(?:naar|tot|to|into)\s+{_WHICH_VALUE}")
# the question word (with its preposition and, after "welk(e)"/"which"/"hoeveel", its noun) that a
# first ask opens with; what follows it is what both asks are about
_ASKING = lazyre.compile(r"\b(?:(?:met|with|in|op|on|door|by|voor|for|tot|until|to|aan|naar|from|van|uit|bij|at|over|"
                         r"under|onder)\s+)?(?:(?:welke?|which|what|hoeveel|how\s+many|how\s+much)(?:\s+[\w-]+)?|"
                         r"hoe\s+(?:lang|vaak|hoog|groot|veel)|how\s+(?:long|often|high|large)|"
                         r"wie|wat|wanneer|waar|waarom|who|when|where|why|how)\b", re.IGNORECASE)


def two_asks(text: str) -> tuple[str, str] | None:
    """The two questions of one that asks two things after a comma ("Welk Kamerlid stelde de vragen
    over X, en wanneer zijn ze ingezonden?"): the first as asked, the second with what the first is
    about ("wanneer zijn ze ingezonden … stelde de vragen over X"). Each is answered on its own, as
    the two often stand in different sentences. None for a question that asks one thing."""
    q = " ".join(text.split()).strip()
    m = re.search(r",\s+(?:en|and)\s+((?:(?:met|with|in|op|on|door|by|voor|for|to|aan|naar|from|van|uit|bij|at|"
                  r"over|tot|until)\s+)?(?:welke?|wie|wat|hoeveel|hoe|wanneer|waar|waarom|which|what|who|"
                  r"how|when|where|why)\b[^,]*?)\s*\??$", q, re.IGNORECASE)
    if not m:
        return None
    first = q[:m.start()].rstrip(" ,")
    asking = _ASKING.search(first)
    if not asking:
        return None
    about = (first[:asking.start()] + first[asking.end():]).strip(" ,")
    second = m.group(1)
    return first + "?", f"{second[:1].upper()}{second[1:]}, {about}?"


_LIMIT_NOUNS = {"maximum", "minimum", "plafond", "ceiling", "cap", "drempel", "threshold", "grens", "limit",
                "bovengrens", "ondergrens", "norm", "grenswaarde", "streefwaarde", "streefcijfer"}
# a rate is a number, whatever the text measures it in: "what average success rate" is answered by
# "30%", "welke werktijdfactor" by "0,20", "what solvency ratio" by "0 procent"; as the head of a
# noun phrase ("success rate") or of a Dutch compound ("succeskans", "solvabiliteitsratio")
# (not plurals: "which factors play a role" asks for kinds; nor "kans" alone, a chance to do something)
# (a Dutch "verhouding" is a ratio, "3:1"; a "tolerantie" or "materialiteit" an accountant's
# percentage; a compound of "norm" a value to meet, "rusttijdnorm" 72 uren)
_RATE_NOUNS = {"rate", "ratio", "factor", "coefficient", "quotient", "quotum", "coëfficiënt", "quotiënt", "verhouding",
               "tolerantie", "materialiteit"}
_RATE_HEADS = ("kans", "ratio", "factor", "quote", "quotiënt", "coëfficiënt", "verhouding", "tolerantie", "norm")
_NOT_IN_PHRASE = lazyre.compile(r"(?:is|are|was|were|be|been|does|do|did|has|have|had|will|would|can|could|should|must|may|"
                                r"of|for|in|on|at|to|by|with|from|under|that|which|the|a|an|as|and|or|wordt|worden|werd|"
                                r"zijn|heeft|hebben|moet|moeten|kan|kunnen|van|voor|bij|op|aan|met|die|dat|de|het|een|"
                                r"appl(?:y|ies|ied)|geldt|gelden|gold|golden)")  # ("what part-time factor applies to …")
# a share asked for ("the ceiling for the share of …", "what success rate … as a percentage")
_SHARE_ASKED = lazyre.compile(r"\b(?:aandeel|percentage|procent|share|proportion|percent)\b")


def _rate_asked(s: str, start: int) -> bool:
    """Whether the noun phrase from `start` (after "welke"/"what") ends in a rate: its words up to
    the first function word, the last of them a rate noun or a compound whose head is one."""
    words = []
    for w in re.findall(r"[\w-]+|[^\w\s]", s[start:])[:5]:
        if not re.fullmatch(r"[\w-]+", w) or _NOT_IN_PHRASE.fullmatch(w):
            break
        words.append(w)
    if not words:
        return False
    # a Dutch compound says it in one word ("welke werktijdfactor geldt"); English in its last
    heads = {words[0], words[-1].split("-")[-1]}
    return any(h in _RATE_NOUNS or len(h) >= 8 and h.endswith(_RATE_HEADS) for h in heads)


def _asks_rate(s: str) -> bool:
    """Whether "welke"/"what" opens a noun phrase that ends in a rate (`_rate_asked`)."""
    return any(_rate_asked(s, m.end()) for m in re.finditer(r"\b(?:welke|welk|which|what)\s+", s))


# the head of an English compound that asks for a value to meet or stay under ("a test-coverage target")
_ENGLISH_LIMIT_HEADS = {"target", "norm", "ceiling", "cap", "threshold", "limit", "maximum", "minimum"}
_QUANTITY_NOUNS = {"hoeveelheid", "quantity", "omvang", "grootte", "size", "volume", "studielast", "workload"}
_PHRASE_END = lazyre.compile(r"\s+(?:of|for|in|on|at|under|according|that|which|van|voor|in|op|bij|onder|volgens|die|dat|"
                             r"waarmee|waarvoor|is|was|are|were|zijn|wordt|worden|does|did|do)\b")


def _measured(phrase: str) -> str:
    """The type a measure noun gives to "wat is de/what is the <phrase>": the first word of the
    noun phrase that names a measure, as a whole word ("the yearly subsidy ceiling" is a limit,
    not a year). A limit is of what the question goes on to name: "the ceiling for the share of
    …" is a percentage, "het jaarlijkse subsidieplafond" a sum of money, else a figure with its
    own unit."""
    words = _PHRASE_END.split(" " + phrase.rstrip("?"), maxsplit=1)[0].split()
    for word in words:
        kind = _MEASURE_NOUNS.get(word) or _compound_kind(word) or None
        limit = word in _LIMIT_NOUNS or len(word) > 8 and word.endswith(tuple(n for n in _LIMIT_NOUNS if len(n) >= 6))
        if kind is not None and kind != FIGURE and not limit:
            return kind
        if limit or word in _QUANTITY_NOUNS:
            if _SHARE_ASKED.search(phrase):
                return PERCENT
            if _MONEY.search(phrase) or set(re.findall(r"\w+", phrase)) & _MONEY_NOUNS or "subsidie" in phrase:
                return AMOUNT
            return FIGURE
    return ""


def _lang(q: str) -> str:
    """The question's language, read as a search query's is (polkb.analysis.glossary)."""
    from ..analysis.glossary import language_of

    return language_of(q)


def _answer_type(s: str) -> tuple[str, str, bool]:
    """(type, head noun, wants a list) from the question's words (lower case): the first of the
    readings below that recognises the question, tried in this order."""
    return _by_cue(s) or _by_measure(s) or _by_who_or_term(s) or _by_head_noun(s)


# a "which" after a preposition, once the question has asked already, opens a relative clause:
# "what is the latest date by which institutions must …" asks for a date, not for institutions
_RELATIVE = lazyre.compile(r"\b(?:wat|welke?|welk|what|which|wie|who|wanneer|when|hoeveel|how)\b.*\b(?:by|in|on|at|to|for|from|"
                           r"with|under|through|waarbij|door|op|aan|bij|met|voor|van|tot)\s+$")


# "Hoe noemt de commissie …", "What is the scheme called": what something is called is asked
ASKS_CALLED = lazyre.compile(r"^(?:hoe\s+(?:noemt|noemen|noemde|noemden|heet|heten|heette|heetten)\b|"
                             r"what\s+(?:does|do|did)\b.*\bcall\b|what\s+(?:is|are|was|were)\b.*\bcalled\b)", re.IGNORECASE)


def _by_cue(s: str) -> tuple[str, str, bool] | None:
    """Questions for organisations, a body, conditions, an age, a reason or a time span."""
    kind = next((m for m in re.finditer(r"\b(?:welke|which|what)\s+(?:\w+\s+)?(" + _ORG_NOUNS + r")\b", s)
                 if not _RELATIVE.search(s[:m.start()])), None)
    if kind or re.search(r"\b(?:who|wie) (?:are|were|zijn|waren) (?:the |de )?(?:partners|betrokken|involved)\b", s) or \
            re.search(r"\bmet wie\b|\bwith whom\b", s):
        # the kind asked for is the noun ("welke universiteiten"); a word for any party is none
        noun = kind.group(1) if kind and not GENERIC_ORGANISATIONS.fullmatch(kind.group(1)) else "organisaties"
        return ORGANISATIONS, noun, True
    if ASKS_CALLED.match(s):
        return NAME, "", False  # "Hoe noemt de commissie de koppeling …": the name it gives, quoted or not
    if re.search(r"\b(?:welke|welk|which|what)\s+(?:body|authority|instantie|orgaan|autoriteit)\b", s):
        return ACTOR, "", False  # "with which body can an appeal be lodged": an organisation, named
    if re.search(r"\b(?:welke?|welk|which|what)\s+(?:[\w-]+\s+)?(?:bedrijf|onderneming|firma|company|firm|contractor|"
                 r"aannemer|leverancier|supplier)\b", s):
        # "welk bedrijf krijgt de opdracht": a firm, by its name; the text seldom calls it a "bedrijf"
        # beside the name ("ten gunste van Jacops nv")
        return ACTOR, "", False
    if re.search(r"\b(?:op|onder) welke voorwaarden?\b|\b(?:on|under) (?:what|which) conditions?\b|"
                 r"\bwat zijn de voorwaarden\b|\bwhat are the conditions\b|"
                 r"^(?:wat is|what is|what are|wat zijn) (?:een |de |a |the )?(?:(?:voor)?waarden?|vereisten?|"
                 r"pre-?conditions?|prerequisites?|requirements?) (?:voor|om|for|to)\b", s):
        return CONDITION, "", bool(re.search(r"voorwaarden|conditions", s))
    if re.search(r"^wat (?:moet|moeten|dient|dienen)\b.*\b(?:aantonen|bewijzen|overleggen|voorleggen|hebben|doen)\b.*\bom\b|"
                 r"^what (?:must|should|does|do) .*\b(?:show|prove|demonstrate|submit|have|do)\b.*\bto\b", s):
        return CONDITION, "", False  # "Wat moet een instellingsbestuur aantonen om … aangewezen te krijgen": a requirement
    if re.search(r"^(?:when|wanneer) (?:may|mag|mogen)\b", s):
        return CONDITION, "", False  # "When may an institution turn a student away": in which case it is allowed
    if re.search(r"^(?:hoe oud|how old)\b|\b(?:maximum|minimum|maximale|minimale)\s+(?:age|leeftijd)\b|"
                 r"\b(?:welke|what|which)\s+(?:leeftijd(?:sgrens)?|age(?:\s+limit)?)\b|\b(?:leeftijdsgrens|age\s+limit)\b", s):
        return DURATION, "", False  # an age is a number of years ("niet ouder dan 35 jaar", "de leeftijd van zeventig jaren")
    if re.search(r"^(?:waarom|why)\b|(?:^|,\s*)(?:according to|volgens)\b[^,?]*,\s*why\b|\bom welke reden|\bfor what reason|\bwhat (?:is|was) the reason|"
                 r"\bwat is de reden|\bwaarom\b|^waardoor\b|^what (?:caused|led to)\b|^hoe komt het dat\b", s):
        return REASON, "", False
    if re.search(r"^(?:what|how much) (?:did|does|do|will|would)\b.*\bcost\b|^wat (?:kost|kostte|kosten|kostten)\b", s):
        return AMOUNT, "", False  # "What did the analysis cost?": a sum of money
    if re.search(r"^(?:hoeveel tijd|how much time|binnen hoeveel (?:tijd|dagen|weken|maanden))\b", s):
        return DURATION, "", False
    return None


# an English plural the -s rule misses
_IRREGULAR_PLURALS = {"people", "children", "men", "women", "staff", "personnel", "media", "criteria", "data"}


def _counted_head(s: str, start: int) -> str:
    """The noun "how many" counts, from `start` (after "how many" and its modifiers): English puts
    the counted noun last in its phrase, after nouns that qualify it ("how many funding options",
    "how many board members", "how many swimming pools"). The first plural of the phrase, up to
    its first function word, is that noun; "" when the phrase's first word is already plural or
    none is ("how many students took part", "how many people attended": the first word)."""
    words = []
    # (a bracketed aside qualifies the phrase: "how many learning-credit (force majeure) cases")
    for w in re.findall(r"[\w'’-]+|[^\w\s]", re.sub(r"\s*\([^()]{1,40}\)", "", s[start:]))[:4]:
        if not re.fullmatch(r"[\w-]+", w) or _NOT_IN_PHRASE.fullmatch(w) or w in _AUXILIARIES:
            break
        words.append(w)
    plural = [i for i, w in enumerate(words)
              if w in _IRREGULAR_PLURALS or len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is"))]
    return words[plural[0]] if plural and plural[0] > 0 else ""


def _money_noun(noun: str) -> bool:
    """Whether "hoeveel <noun>" asks for money: the noun is a word for money or ends in one
    ("investeringssubsidie", "geldbedragen"); a plural compound whose last part is another
    thing counts that thing ("subsidieaanvragen" are applications, "beursstudenten" students)."""
    found = list(_MONEY.finditer(noun))
    if not found:
        return False
    rest = noun[found[-1].end():]
    return not (len(rest) >= 5 and noun.endswith(("en", "s")) and not _MONEY.search(rest))


_SHARE_NAMED = lazyre.compile(r"\b(?:share|proportion|percentage|percent|aandeel|procent)\b")


def _by_measure(s: str) -> tuple[str, str, bool] | None:
    """"Hoeveel …", "hoe groot …", shares, durations, periods, years and dates."""
    m = re.search(r"^(?:hoeveel|how much|how many)\s+" + _MODIFIERS + r"([\w-]+)", s)
    # ("by how much did the share of students with a loan rise": a percentage, not a sum)
    share_changed = bool(re.match(r"^how much\b", s) and _SHARE_NAMED.search(s) and not _MONEY.search(s))
    counted = _counted_head(s, m.start(1)) if m and s.startswith("how many") else ""
    if counted:  # "how many funding options": options are counted, whatever qualifies them
        # … and "how many calendar years does the repayment phase last" counts time: a duration
        return (DURATION if counted in ("years", "months", "weeks", "days", "hours", "minutes", "semesters") else COUNT), \
            counted, False
    if m and _CREDIT.fullmatch(m.group(1)) and not re.match(r"learning\s+(?!credit)", s[m.start(1):]):
        # "hoeveel leerkrediet": counted in studiepunten, not in euro
        return FIGURE, "", False
    if m and (_money_noun(m.group(1)) or re.match(r"^how much\b", s) and not re.match(r"^how much (?:\w+ )?time\b", s)
              and not share_changed):
        # "how much does the Netherlands contribute": no noun asked, an auxiliary follows ("how much
        # time" asks a duration; "how much is paid per full-time place" a sum; "by how much did the
        # share of students with a loan rise" a percentage)
        return AMOUNT, "" if m.group(1) in _AUXILIARIES else m.group(1), False
    if re.search(r"^(?:what|how much) is the (?:most|least|maximum|minimum)\s+(?:a|an|one|that|the|each|any)\b|"
                 r"^wat is het (?:meeste|minste|maximum|minimum)\s+(?:dat|wat|een|die)\b", s):
        # "What is the most a single recipient can get": a limit, in the unit the text gives
        return (AMOUNT if re.search(r"\b(?:get|receive|krijgen|ontvangen|grant|subsid|euro|money|geld)", s) else FIGURE), "", False
    if re.search(r"\b(?:uitgedrukt in|expressed in|gemeten in|measured in)\b|^(?:hoe zwaar|how heavy)\b", s):
        return FIGURE, "", False  # "Hoe zwaar is de master, uitgedrukt in studiepunten?": a number with its unit
    m = re.search(r"(?:^|, )(?:hoe groot|hoe hoog|how large|how big|how high)\b((?:\s+[\w-]+){0,5})", s)
    if m:
        # "hoe hoog is de subsidie" asks for money; "how large may a unit be at most" (under a
        # subsidy scheme) for a limit whose unit the passage gives ("30 studiepunten")
        return (AMOUNT if _MONEY.search(m.group(1)) else FIGURE), "", False
    # "Voor welke opleidingen … het aandeel buitenlandse studenten beperken": the noun after "welke"
    # says what is asked; a share the question mentions further on is its subject
    head = re.match(r"^(?:welke|welk|which)\s+((?:[\w-]+\s+){0,2}[\w-]+)", s)
    other_head = head and not re.search(r"\b(?:aandeel|percentage|procent|deel|share|proportion|part)\b", head.group(1))
    if re.search(r"^(?:hoeveel procent|how many percent|what percentage|welk percentage|welk deel|welk aandeel|"
                 r"what share|what proportion|what part(?![\w-]))", s) or \
            not other_head and re.search(r"\b(?:aandeel|percentage|procent)\b", s) or share_changed:
        return PERCENT, "", False
    # a number of times is a count of "keer": "how many times a year" ("zo'n 4 keer per jaar"); not "how often", which
    # "elke twee jaar" answers as well
    if re.search(r"^(?:how many times|hoeveel keer|hoeveel maal)\b", s):
        return COUNT, "keer", False
    # "hoeveel verschillende landen": the noun counted, not its adjective; "aan hoeveel van de
    # succescriteria", "how many of the applicants": the noun after "van de", "of the"
    # ("in hoeveel van de 149 zaken", "how many of the 149 cases": the number gives the whole, the noun after it is counted)
    m = re.search(r"^(?:hoeveel|how many)\s+(?:(?:van|of)\s+(?:de|het|die|deze|the|these|those|its|their)\s+(?:\d[\d.,]*\s+)?)?"
                  + _MODIFIERS + r"([\w-]+)", s)
    if m:
        noun = m.group(1)
        if noun in ("bedraagt", "bedroeg", "bedragen", "bedroegen"):  # "Hoeveel bedroeg de beurs": what it amounts to
            return (AMOUNT if _MONEY.search(s[m.end():]) else FIGURE), "", False
        if _MONEY_VERB.fullmatch(noun):  # "Hoeveel krijgen uitwonende studenten extra": a sum, no noun counted
            return AMOUNT, "", False
        if re.match(r"\w*(?:jaar|jaren|maanden|weken|dagen|uur|uren|years|months|weeks|days|hours)$", noun) and \
                not re.search(r"\b(?:leerjaren|studiejaren)\b", s):
            return DURATION, noun, False
        return COUNT, noun, False
    if re.search(r"^(?:hoeveel)\b", s):
        return (AMOUNT if _MONEY.search(s) else COUNT), "", False
    if re.search(r"^(?:(?:voor|for)\s+)?(?:hoe lang|hoelang|how long)\b|^(?:hoe snel|how soon|how quickly)\b|\b(?:binnen welke (?:termijn|periode|tijd)|within what)\b|\b(?:welke|what) (?:termijn|duur|looptijd|duration)\b", s):
        return DURATION, "", False
    if re.search(r"\b(?:welke|which|what|voor welke|for which|over welke|gedurende welke)\s+(?:periode|period|jaren|years)\b", s):
        return PERIOD, "", False
    if re.search(r"\b(?:welk jaar|what year|which year|vanaf welk jaar|in which year|in welk jaar|"
                 r"welk schooljaar|welk academiejaar|which academic year)\b", s):
        return YEAR, "", False
    if re.search(r"^(?:wanneer|when|per wanneer|vanaf wanneer|tot wanneer|since when|until when)\b|"
                 r"\b(?:welke datum|what date|which date|op welke dag|on what date|op welke datum)\b", s):
        return DATE, "", False
    return None


def _by_who_or_term(s: str) -> tuple[str, str, bool] | None:
    """"Wie …" (a person or an organisation), a name asked for, and a term to define."""
    m = re.search(r"(?:^|,\s*)(?:wie|who|wat|what)\s+(?:counts?|qualif(?:y|ies)|is regarded|is considered|are regarded|"
                  r"are considered|geldt|gelden|telt|tellen|wordt beschouwd|worden beschouwd)\s+(?:as|als)\s+"
                  r"(?:an? |een |the |de |het )?([\w-]+)", s)
    if m:  # "who counts as an Akademie-assistent": what the term means, not someone who is one
        return DEFINITION, m.group(1), False
    if re.search(r"^(?:wie|who|whose|wiens|van wie|door wie|by whom|namens wie)\b|\bdoor wie\b|\bby whom\b", s):
        plural = bool(re.search(r"^(?:wie|who)\s+(?:dienden|waren|zijn|hebben|stelden|were|are|have)\b", s))
        role = _PERSON_NOUNS.search(s)  # "wie is de voorzitter …": the answer is named as voorzitter
        return ACTOR, role.group() if role and role.group() not in ("lid", "leden") else "", plural
    if re.search(r"^hoe (?:gaat|gaan|zal|zullen|moet|moeten|gaat|wordt|worden)\b.*\bheten\b|"
                 r"^(?:welke|wat (?:is|wordt) de) (?:nieuwe )?naam\b|^what (?:will|would|is|are) .* (?:be )?called\b", s):
        return NAME, "naam", False  # "Hoe gaat het integratieprotocol voortaan heten?": beside "naam"
    m = re.search(r"^(?:wat is de naam van|hoe heet|hoe heten|what is the name of|what are the names of|"
                  r"what is|how is)\s+(?:de |het |een |the |an? )?(?:" + _PLACE_ADJECTIVES + r"\s+)?([\w-]+)"
                  r"(?=.*\b(?:called|genoemd)\b|)", s)
    if m and re.match(r"^(?:wat is de naam|hoe heet|hoe heten|what (?:is|are) the names? of)\b", s) or \
            m and re.search(r"\b(?:called|genoemd)\s*\??$", s):
        return NAME, m.group(1), False  # "Hoe heet de oriënteringsproef …?", "What is the X called?"
    m = re.search(r"^(?:what (?:does|do) (?:the )?(?:abbreviations? |acronyms? )?([\w-]+) stand for|waar sta(?:at|an) (?:de )?"
                  r"(?:afkortinge?n? )?([\w-]+) voor|wat is (?:de volledige naam|voluit) van (?:de |het )?([\w-]+))", s)
    if m:  # "What does PIVOT stand for", "Waar staat NVAO voor": the long form of an abbreviation
        return DEFINITION, next(g for g in m.groups() if g), False
    m = re.search(r"^(?:what does (?:the |an? )?(.+?) refer to|waar verwijst (?:de |het |een )?(.+?) naar|"
                  r"wat wordt (?:er )?(?:bedoeld|verstaan) (?:met|onder) (?:de |het |een )?(.+?))\W*$", s)
    if m:  # "What does the 'judicium abeundi' refer to?": what the term means
        return DEFINITION, next(g for g in m.groups() if g).strip(" '‘’\"“”").split()[-1], False
    if re.search(r"^(?:wat betekent|wat houdt .* in|what does .* mean|wat verstaat|wat wordt .* verstaan|"
                 r"what is meant|hoe wordt .* gedefinieerd|how is .* defined|what is an?\b|wat is een\b|wat zijn\b(?! de)|"
                 r"wat is (?:de definitie|the definition))", s):
        # ("Wat verstaat de Regeling beleggen en belenen onder publieke middelen": the term after "onder")
        m = re.search(r"\bverstaa?t\b.*\bonder\s+(?:de |het |een )?([\w-]+(?:\s+[\w-]+){0,2})\W*$", s) or \
            re.search(r"(?:betekent|verstaan onder|verstaat men onder|houdt|is an?|is een|definitie van|definition of|"
                      r"zijn|does|meant by)\s+(?:de |het |een |the |an? )?([\w-]+(?:\s+(?!(?:in|van|voor|volgens|"
                      r"bij|onder|op|of|for|in|according|mean|in)\b)[\w-]+){0,2})", s)
        # the head of the term: "Wat zijn Bijzondere Onderzoeksfondsen?" asks for Onderzoeksfondsen
        return DEFINITION, m.group(1).split()[-1] if m else "", False
    m = re.match(r"^wat (?:is|zijn) volgens [^?]*?\s(?:een|de|het)\s+((?:[\w-]+\s+){0,3}[\w-]+)\??$", s)
    if m:  # "Wat is volgens de definitie van VLIR een student met een migratieachtergrond?"
        return DEFINITION, m.group(1).split()[-1], False
    m = re.match(r"^wat (?:is|zijn|was) ([a-z][\w-]{3,})(?:\s+(?:volgens|in|binnen|onder|bij)\b[^?]*)?\??$", s)
    if m and m.group(1) not in ("er", "dat", "dit", "het", "de", "een", "daar", "hier") and \
            m.group(1) not in _MEASURE_NOUNS and not _MONEY.search(m.group(1)):
        # "Wat is accreditatie volgens het accreditatiekader?": a bare term, asked for what it is
        return DEFINITION, m.group(1), False
    # "What is the Energy Only Market, as described in …?": the clause after the comma says where
    m = re.fullmatch(r"what (?:is|are) (?:an? |the )?((?:[\w-]+ ){0,3}[\w-]+)(?: \(([\w -]+)\))?"
                     r"(?:,\s*(?:as|according to|in|under)\b[^?]*)?\??", s)
    if m and not (set(m.group(1).split()) & ({"called", "genoemd", *_MEASURE_NOUNS} | _MONEY_NOUNS)):
        # "What are the calibration tests (ijkingstoetsen)?": a short question for a term, in
        # the words of the text where the question gives them
        return DEFINITION, (m.group(2) or m.group(1)).split()[-1], False
    if re.search(r"^(?:hoe (?:definieert|omschrijft)|how does .* define|wat wordt .* verstaan onder|what is meant by|"
                 r"wat verstaa?t .* onder|what does .* mean by)", s):
        m = re.search(r"(?:verstaan onder|meant by|definieert|omschrijft|define|verstaa?t .* onder|mean by)\s+(?:.*\s)?([\w-]+)\W*$", s)
        return DEFINITION, m.group(1) if m else "", False
    return None


_AMOUNT_HEADS = lazyre.compile(r"(?:bedrag|bedragen|budget|budgetten|amount|amounts|sum|som|fee|fees|price|salary|tarief|tarieven)")


_FUNDING_NOUN = lazyre.compile(r"(?:subsid\w*|grants?|funding|financiering|bijdrage|contribution|vergoeding|toelage|allowance|"
                               r"investeringssteun|investeringssubsidie)")
_RECEIVED = lazyre.compile(r"\b(?:receive[sd]?|get|gets|got|krijgt|krijgen|kreeg|kregen|ontvangt|ontvangen|ontving|ontvingen|"
                           r"awarded|granted|toegekend|give|gave|geeft|gaf)\b")


def _amount_head(noun: str, rest: str) -> str:
    """The noun an amount is asked by, when the noun phrase after "welk"/"what" ends in one: a
    compound ("welk subsidiebedrag", "welk maximumbudget") or, in English, after one adjective
    ("what fixed fee per meeting"). Empty when the phrase names no amount."""
    if re.fullmatch(r"[\w-]*" + _AMOUNT_HEADS.pattern, noun):
        return noun
    if not re.fullmatch(r"[a-z]+(?:-[a-z]+)?", noun):
        return ""
    # (two words before the head: "what monthly standard amount")
    nxt = re.match(r"\s+([a-z]+)\b(?:\s+([a-z]+)\b)?", rest)
    if nxt and _AMOUNT_HEADS.fullmatch(nxt.group(1)):
        return nxt.group(1)
    if nxt and nxt.group(2) and _AMOUNT_HEADS.fullmatch(nxt.group(2)) and nxt.group(1) not in _AUXILIARIES \
            and _PHRASE_END.match(" " + nxt.group(1)) is None:
        return nxt.group(2)
    return ""


_COUNTED = lazyre.compile(r"twee|drie|vier|vijf|zes|zeven|acht|negen|tien|two|three|four|five|six|seven|eight|nine|ten|\d+")
# the sources a sum is paid from: "uit welke middelen/fondsen" asks for the one source, by its name
_SOURCE_NOUNS = lazyre.compile(r"middelen|fondsen|bronnen|budgetten|kredieten|potten|begrotingen|funds|sources|budgets")
# what follows a verb in -s rather than a plural noun: an article, a pronoun or a preposition
_NOT_AFTER_PLURAL = lazyre.compile(r"the|a|an|this|that|these|those|its|their|his|her|in|on|at|until|for|to|from|with|by|"
                                   r"of|as|under|after|before|since|between|about|over|into|through|up|out|off|and|or")


def _plural_noun(word: str) -> bool:
    """A plural by its ending, Dutch or English ("landen", "programma's", "sectors", "studies"); not
    "-ss", "-us", "-is" ("process", "status", "basis")."""
    return bool(re.search(r"(?:en|s|'s|ies)$", word)) and not word.endswith(("ss", "us", "is"))


def _by_head_noun(s: str) -> tuple[str, str, bool]:
    """"Uit welke …", "welke <noun>" and "wat is de <noun>", read by the noun; else a sentence."""
    m = re.search(r"^(?:uit welke?|from which|from what)\s+([\w-]+)", s)
    if m and (not m.group(0).startswith("uit welke ") or _SOURCE_NOUNS.fullmatch(m.group(1))
              or not _plural_noun(m.group(1)) and not _COUNTED.fullmatch(m.group(1))):
        # "Uit welke middelen worden … betaald?": the source, by its name ("de coronaprovisie");
        # "uit welke landen kwamen de verzoekers" asks for the members of a class, as "welke landen" does
        return NAME, m.group(1), False
    m = re.search(r"\b(?:welke|welk|which|what)\s+(?:(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|two|three|four|five|six|"
                  r"\d+)\s+)?(?:" + _PLACE_ADJECTIVES + r"\s+)?" + _MODIFIERS + r"([\w-]+)", s)
    if m and m.group(1) not in ("is", "are", "was", "were", "zijn", "does", "do", "did", "wordt", "worden", "should",
                                "would", "could", "can", "must", "will", "has", "have", "had", "moet", "moeten",
                                "kan", "kunnen", "zal", "zullen", "zou", "zouden", "mag", "mogen", "heeft", "hebben"):
        noun = m.group(1)
        if noun in _MEASURE_NOUNS and noun not in _LIMIT_NOUNS:  # "op welke datums": each date is asked for
            return _MEASURE_NOUNS[noun], "", noun in ("datums", "dates", "dagen")
        if _compound_kind(noun):
            return _compound_kind(noun), "", False
        following = re.match(r"\s+([a-z]+)\b", s[m.end(1):])
        head = re.match(r"\s+([a-z]+)\s+([a-z]+)\b", s[m.end(1):])
        if head and m.group(0).startswith(("which", "what")) and re.fullmatch(r"[a-z]+", noun) and not _plural_noun(noun) \
                and _plural_noun(head.group(1)) and head.group(1) not in _AUXILIARIES \
                and not _NOT_AFTER_PLURAL.fullmatch(head.group(2)) \
                and (head.group(2) in _AUXILIARIES or not head.group(2).endswith("s")):
            # "which study sectors fall …", "in which policy fields did …": an English compound says its
            # head last, and a plural head asks for the members of a class ("which university offers the
            # course" is one: a verb in -s stands before an article or a preposition)
            noun = head.group(1)
        if following and following.group(1) in ("date", "dates", "year", "years", "number", "percentage", "share",
                                                 "period", "deadline") and re.fullmatch(r"[a-z]+", noun):
            # "which reference date", "what start year": an English compound says its kind last
            kind = _MEASURE_NOUNS.get(following.group(1), DATE)
            return kind, "", following.group(1) in ("dates", "years")
        if following and following.group(1) in _ENGLISH_LIMIT_HEADS and re.fullmatch(r"[a-z]+(?:-[a-z]+)?", noun):
            # "what test-coverage target", "what parking norm": a value to meet, of the unit the text gives
            return FIGURE, "", False
        if following and _PERSON_NOUNS.fullmatch(following.group(1)) and re.fullmatch(r"[a-z]+", noun):
            # "which state secretary", "which board members": a person, named by the last word
            return ACTOR, noun, following.group(1).endswith("s") and not following.group(1).endswith("ss")
        if _rate_asked(s, m.start(1)):  # "what average success rate", "welke werktijdfactor": a number
            return (PERCENT if _SHARE_ASKED.search(s) else FIGURE), "", False
        if noun.endswith(_ORG_HEADS) and len(noun) > 6:  # "welke uitvoeringsorganisatie": one body, named
            return ACTOR, "", False
        if noun.endswith(tuple(h + "s" for h in _ORG_HEADS[:3]) + ("instellingen", "instanties")):
            return ORGANISATIONS, noun, True
        if noun in _LIMIT_NOUNS or noun in _QUANTITY_NOUNS:  # "vanaf welke hoeveelheid", "welk plafond"
            # of what, the next word says ("what maximum salary"); a verb there says nothing
            # ("tot welk maximum mogen de beheerskosten stijgen" is a share or a sum)
            following = s[m.start(1):].split()[:2]
            following = following[:1] if following[1:] in (["geldt"], ["gelden"], ["gold"], ["golden"]) else following
            return _measured(" ".join(following)) or FIGURE, "", False
        head = _amount_head(noun, s[m.end(1):])
        if head:  # ("welk collegegeld": a kind of fee, answered by its name)
            return AMOUNT, head, False
        if _FUNDING_NOUN.fullmatch(noun) and _RECEIVED.search(s):
            return AMOUNT, noun, False  # "what annual subsidy did the cells receive": how much, not which scheme
        if _PERSON_NOUNS.fullmatch(noun):
            # ("which minister and state secretary": two roles, so two persons)
            other = re.match(r"\s+(?:en|and)\s+(?:de\s+|het\s+|the\s+)?([\w-]+)(?:\s+([\w-]+))?", s[m.end(1):])
            two = bool(other) and any(w and _PERSON_NOUNS.fullmatch(w) for w in other.groups())
            return ACTOR, noun, two or noun in ("leden", "indieners", "kamerleden", "ministers", "personen", "mps", "members")
        if _GENERIC_PERSONS.fullmatch(noun):  # "which official": a person, whatever the text calls them
            return ACTOR, "", noun.endswith("s") or noun.endswith("en")
        counted = re.search(r"\b(?:welke|which|what)\s+(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|two|three|four|"
                            r"five|six|seven|eight|nine|ten|[2-9]|1\d)\s", s)
        plural = bool(counted) or _plural_noun(noun)
        if counted and _counted_people(s[m.start(1):]):
            # "which two women served as judges", "which two AHOVOKS staff members": so many named persons;
            # without a number "welke medewerkers" may ask for a kind of staff
            return ACTOR, "", True
        return (LIST if plural else NAME), noun, plural
    m = re.search(r"^(?:wat is|wat zijn|what is|what are|what was|wat was)\s+(?:de|het|the)?\s*([\w-]+)", s)
    if m:
        measured = _measured(s[m.start(1):])
        if measured:
            return measured, "", False
        noun = m.group(1)
        if _MONEY.search(noun):
            return AMOUNT, noun, False
        phrase = _PHRASE_END.split(" " + s[m.start(1):].rstrip("?"), maxsplit=1)[0].split()
        # (an article starts the next phrase: "the extra internship bonus a company gets")
        phrase = phrase[:next((i for i, w in enumerate(phrase) if i and w in ("a", "an", "the", "een", "de", "het")),
                              len(phrase))]
        if len(phrase) > 1 and (_MONEY.fullmatch(phrase[-1]) or _money_noun(phrase[-1]) or phrase[-1] in _MONEY_NOUNS or
                                re.fullmatch(r"(?:grants?|fees?|salary|salaries|pay|wages?|allowances?|beurs|toelage)", phrase[-1])):
            return AMOUNT, phrase[-1], False  # "What was the monthly basic grant in 2015?": how much
        if _PERSON_NOUNS.fullmatch(noun):
            return ACTOR, noun, False
        return SENTENCE, noun, False
    if re.search(r"^(?:waar|where)\b", s):
        return NAME, "", False
    return SENTENCE, "", False


# people of no office: named persons when a question counts them
_PEOPLE = lazyre.compile(r"vrouwen|mannen|women|men|medewerkers|employees|staff|rechters|judges|experts|deskundigen|"
                         r"onderzoekers|researchers|hoogleraren|professors|sprekers|speakers|personen|persons|people")


def _counted_people(phrase: str) -> bool:
    """Whether the counted noun phrase ("ahovoks staff members are …") names people, in its first
    three words before a verb."""
    for w in phrase.split()[:3]:
        if w in _AUXILIARIES or w in ("zijn", "waren", "wordt", "worden", "werd", "werden", "heeft", "hebben"):
            break
        if _PEOPLE.fullmatch(w) or _PERSON_NOUNS.fullmatch(w) and w.endswith(("s", "en")):
            return True
    return False


_GENERIC_PERSONS = lazyre.compile(r"officials?|ambtena(?:ar|ren)|functionariss?e?n?|persons?|persoon|people")
_MUST = lazyre.compile(r"\b(?:moet|moeten|moest|moesten|dient|dienen|diende|must|have to|has to|had to|needs? to)\b")


def _role(s: str) -> str:
    # "Tot wanneer moeten aanvragen worden ingediend?", "By what date did it have to deliver?": a
    # deadline, whatever the act that must meet it
    if _MUST.search(s) and re.search(r"\b(?:%s)" % dict(_ROLE_WORDS)[ROLE_DEADLINE], s) or \
            re.search(r"\b(?:deadlines?|uiterste datum|uiterlijk|at the latest|no later than)\b", s):
        # "welke deadline geldt", "tot welke datum kan een kandidaat uiterlijk een verzoek indienen": a
        # deadline, said so, whatever act must meet it (not the day a request was sent)
        return ROLE_DEADLINE
    # "Tot wanneer gold de regeling?": the end of its validity, not a deadline to meet
    # ("Tot wanneer bestond de commissie?": the day it was wound up)
    if re.search(r"\b(?:tot wanneer|until when|tot welke datum|until what date)\b", s) and \
            re.search(r"\b(?:gold|golden|van kracht|geldig|valid|applied|apply|in force|bestond|bestonden|existed|exist|"
                      r"lasted|duurde)\b", s):
        return ROLE_ENDED
    for role, pattern in _ROLE_WORDS:
        if re.search(r"\b(?:%s)" % pattern, s):
            # a regulation or decision is not voted on: "when was the regulation adopted" asks for
            # the day its maker set it, its own date ("Regeling van de Minister … van 16 oktober 2009")
            # (a chamber or council that adopts votes: its own event)
            if role == ROLE_ADOPTED and _own_act(s) and not _VOTED.search(s):
                return ROLE_DECIDED
            return role
    # "Van welke datum is de regeling", "what is the regulation dated": its own date ("versie 1.0 van
    # het informatievoorschrift" is no act with a date of its own, and its text says which). A
    # motion's own date is the day it was tabled, written questions' the day they were sent: the
    # date their records keep as sent
    if re.search(r"\b(?:van welke datum (?:is|was|zijn|waren)|(?:ge)?dateerd|dated)\b", s):
        if _own_act(s):
            return ROLE_DECIDED
        if _names_doc_kind(s):  # "Van welke datum is de motie-Piri": the day it was tabled, or questions sent
            return ROLE_SENT
    return ""


def _names_doc_kind(s: str) -> bool:
    """The question names a motion or written questions (`DOC_KINDS`)."""
    return any(re.search(p, s) for p, _ in DOC_KINDS)


def _own_act(s: str) -> bool:
    """The question names a regulation, decision or treaty (and no motion or written questions),
    whose own date is the day its maker set it."""
    return re.search(_ACT, s) is not None and not _names_doc_kind(s)


_VOTED = lazyre.compile(r"\b(?:kamer|parlement|parliament|senate|senaat|house|raad|council|gemeenteraad|vote[sd]?|stemming)\b")


# "wie beantwoordde de vragen over …", "who asked the questions": the questions are written ones
_THE_QUESTIONS = lazyre.compile(r"\b(?:beantwoord\w*|answer\w*|stelde\w*|asked|ingediend\w*|submitted|send|sent|stuurde\w*|"
                                r"verstuurd\w*|verzond\w*|(?:repl(?:y|ied|ies)|respond\w*)\s+to|(?:reageerde\w*|antwoordde\w*)\s+(?:[\w-]+\s+){0,4}?op)"
                                # (a name of up to three words: "MP Van der Lee's questions")
                                r"\s+(?:de|the|(?:van\s+)?(?:(?:mps?|kamerlid|lid)\s+)?(?:[\w-]+\s+){0,2}[\w-]+['’]s)\s+"
                                r"(?:vragen|questions)\b"
                                # "signed the answers on …", "the answers to the questions by Lahlah and Chakor"
                                r"|\b(?:signed|ondertekende|tekende)\s+(?:de|the)\s+(?:antwoorden|answers)\b"
                                r"|\bquestions\s+(?:by|from)\s+(?:mps?\s+)?[a-z]")


_DEADLINE_WORDS = dict(_ROLE_WORDS)[ROLE_DEADLINE]
# Documents whose own date a question can ask for, with the role that date has: "op welke datum
# nam de staatssecretaris het besluit" (the decision's date), "wanneer stuurde hij zijn brief".
# (a compound names its kind last: "instellingsbesluit", "subsidieregeling", "accreditatieverdrag")
_ACT = (r"\b(?:\w*(?:besluit|beschikking|regeling|wet|verdrag|overeenkomst)|decree|decision|regulation|act|"
        r"treaty|convention|agreement)\b")
OWN_DATES = (
    (_ACT, "regulation", ROLE_DECIDED),
    (r"\b(?:kamerbrief|brief|letter)\b", "letter", ROLE_SENT),
)


# ("according to the motion", "volgens de motie-Hijink", "according to Van der Laan's motion")
_MOTION_AS_SOURCE = lazyre.compile(r"\bmotie-\w|\b(?:volgens|according to|in)\s+(?:(?:de|het|the)\s+|(?:[\w-]+\s+){0,3}[\w-]+['’]s\s+)"
                                   r"(?:[\w/'’-]+\s+){0,4}?(?:motie|motion)\b")
_WHOSE_OTHER = lazyre.compile(r"^(?:whose|wiens|wier|van wie is)\s+(?!motions?\b|moties?\b|questions?\b|vragen\b|amendments?\b)")


def _doc_fact(s: str, kind: str, role: str = "") -> tuple[str, str]:
    # ("voor welke datum beslist de minister" asks for a term, not for the decision's date)
    if kind in (DATE, YEAR) and not _names_doc_kind(s) and not re.search(_DEADLINE_WORDS, s):
        for pattern, doc_kind, own_role in OWN_DATES:
            if role == own_role and re.search(pattern, s):
                return doc_kind, "date"
    for pattern, doc_kind in DOC_KINDS:
        named = re.search(pattern, s)
        if named and re.search(r"\b(?:welk|what|which)\s+(?:kamerstuk)?(?:nummer|number)\b", s):
            return doc_kind, "number"
        if named and re.search(r"\b(?:welk|what|which)\s+(?:kamerstuk|dossier)(?:nummer|number)?\b", s):
            return doc_kind, "dossier"
        if named or doc_kind == "written_question" and _THE_QUESTIONS.search(s):
            if kind == ACTOR and re.search(_ANSWERER, s):
                return doc_kind, "answerers"
            # ("whose report does the motion ask about": the report's author, not the motion's)
            # ("Welke instantie concludeerde volgens de motie-Van der Laan …": the motion, named by its
            # submitters or given as the source, says the answer; it is not who submitted it)
            if kind == ACTOR and (re.search(_SUBMIT, s) or doc_kind == "motion" and not _MOTION_AS_SOURCE.search(s)) \
                    and not _WHOSE_OTHER.match(s):
                return doc_kind, "submitters"
            # (not a date the document sets or reports: "de uiterste datum waarop instellingen hun fixus
            # moeten registreren, volgens de beantwoording van de Kamervragen" is the answer's 1 december)
            if kind in (DATE, YEAR) and role not in (ROLE_DEADLINE, ROLE_IN_FORCE, ROLE_ENDED, ROLE_DECIDED):
                return doc_kind, "date"
    return "", ""


# A name glued to the kind of thing it names: "het #IBelong-project", "het PIB-actieplan", "de
# KNAW-commissie", "het VITO-convenant". The name is what the evidence must mention; the kind is a
# word of the question like any other, which the text may give apart ("het project #IBelong") or
# not at all. A name glued to anything else is one word: "STEM-richtingen" are not all of STEM.
_KIND_TAIL = lazyre.compile(r"(#?\w*[A-Z0-9]\w*)-((?:\w*(?:project|programma|programme|program|plan|fonds|fund|netwerk|"
                            r"regeling|initiatief|initiative|campagne|traject|pilot|experiment|oproep|convenant|akkoord|"
                            r"agenda|alliantie|consortium|platform|commissie|committee|besluit|decreet|wet|verdrag)"
                            r"(?:en|s|'s)?))$")


def _words(q: str) -> list[str]:
    """The words of a question; a possessive is its owner ("Van Haga's questions": Haga); a name
    glued to its kind is two words (`_KIND_TAIL`)."""
    out = []
    for w in re.findall(r"#?\w[\w'’.-]*\w|\w", q):
        w = re.sub(r"['’]s$", "", w)
        glued = _KIND_TAIL.fullmatch(w)
        if glued and (glued.group(1).startswith("#") or re.search(r"[A-Z0-9]", glued.group(1)[1:])):
            out += [glued.group(1), glued.group(2)]
        else:
            out.append(w)
    return out


# a number that identifies a document or case: "arrest nr. 8.224", "ruling no. 8.224", "zaak 2022/0798"
_IDENTIFIER = lazyre.compile(r"\b(?:nr|nrs|no|nummer|number|arrest|ruling|zaak|case|rolnr|rolnummer)\.?\s+"
                             r"(\d{1,3}(?:[.\s]\d{3})+|\d{4}/\d{2,4}|\d{3,})\b", re.IGNORECASE)


# a Roman numeral of a series ("cao XI leerplicht", "hoofdstuk IV"); not "I", the English pronoun
ROMAN_NUMERAL = lazyre.compile(r"(?!I$)(?=[IVXLC]+$)C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")


def _named(q: str, words: list[str], inside: bool = False) -> list[str]:
    """Names the evidence must mention: runs of capitalised words past the first word, acronyms and
    hashtags ("Commissie Hoger Onderwijs", "VLUHR", "#IBelong"). A question about the Arteveldehogeschool
    is not answered by a passage about another institution."""
    out: list[str] = []
    run: list[str] = []
    for i, w in enumerate(words):
        capital = w.startswith("#") or ((i > 0 or inside) and w[:1].isupper()) or (len(w) > 1 and w.isupper())
        if not run and i > 0 and ROMAN_NUMERAL.fullmatch(w):
            before = words[i - 1]
            glued = before.rsplit("-", 1)[-1] if "-" in before else ""
            if before.isalpha() and before.islower() and before not in function_words():
                run = [before, w]  # "cao XI", "cao V": the numeral is one of a series of the word before it
            elif glued[:1].isupper():
                out.append(f"{glued} {w}")  # "kabinet-Rutte IV": it numbers the name glued to the word before it
            # ("articles I to III", "onder I": a numeral alone names nothing the evidence must hold)
            continue
        if capital and w.lower() not in _NOT_SUBJECT and (run or len(w) > 1):  # (not "I", "articles I to III")
            run.append(w)
        elif run and w.lower() in ("van", "voor", "der", "de", "den", "of", "the", "for") and i + 1 < len(words) \
                and words[i + 1][:1].isupper() and not run[-1].isupper():
            run.append(w)
        else:
            if run:
                out.append(" ".join(run))
            run = []
    if run:
        out.append(" ".join(run))
    return out


def _unwritten_organisations(q: str, named: list[str]) -> list[str]:
    """Organisations the question names without a capital, by a name the organisation vocabulary
    knows ("grant to imec", "een rapport van nuffic"): as much a named thing the evidence must mention as "VITO" is.
    "How large is the allowance in the convenant with imec?" is not answered by VITO's convenant."""
    from ..tag.entities import find_organisations

    said = " ".join(named).lower()
    # (one written with capitals anywhere is a capitalised run already: "de minister van Veiligheid en Justitie")
    return [q[o.start:o.end] for o in find_organisations(q)
            if q[o.start:o.end].islower() and q[o.start:o.end] not in said]


# capitalised English words that name no one: "Which MPs asked …", "did the House send …"
_ENGLISH_NOT_NAMES = frozenset({"dutch", "flemish", "belgian", "english", "mps", "mp", "house", "senate", "cabinet",
                                "parliament", "minister", "ministers", "government"})


# who says the answer, between the question word and what is asked: "volgens de minister", "according to the minister"
_SOURCE_PHRASE = lazyre.compile(r"(?<=\w)\s+(?:volgens|according to)\s+(?:de|het|the)\s+(?:minister|staatssecretaris|regering|"
                                r"kabinet|government|cabinet|state secretary)\b,?(?=\s)")


# a leading preposition does not change what is asked ("Met hoeveel stemmen", "Tot wanneer"),
# except "binnen"/"within": "within what period" asks for a duration, not for a period;
# "onder"/"below" only before "hoeveel" ("Below how many students …"): "onder welke voorwaarden" asks a condition
# nor a leading adverb ("Uiterlijk wanneer", "Ongeveer hoeveel", "Precisely when") or limit ("at most how many")
_ASKING_LEAD = lazyre.compile(r"^(?:(?:uiterlijk|ongeveer|precies|circa|exact|approximately|roughly|"
                              r"exactly|precisely)\s+)?(?:(?:met|voor|in|bij|van|op|aan|uit(?! welk)|over|door|"
                              r"na|sinds|tot|vanaf|with|for|by|to|of|at|from|since|after|until|"
                              r"(?:binnen|within|onder|boven|below|above|under|on)(?=\s+(?:hoeveel|how)))\s+)?"
                              r"(?:(?:at most|at least|up to|ten hoogste|ten minste|maximaal|minimaal|hooguit)\s+(?=hoeveel|how))?"
                              r"(?=hoeveel|how|wanneer|when|welk|which|what|wie|who)")


_ON_DAYS = lazyre.compile(r"(?:^|,\s*)(?:on|op) (?:how many|hoeveel) (?:\w+ )?(?:days|dagen)\b")


def parse_question(text: str) -> Question:
    """Read a Dutch or English question into its answer type, subject words and named things."""
    q = " ".join(text.split()).strip()
    lang = _lang(q)
    # "Which OCW official …": the acronym says whose, the noun after it what is asked
    s = re.sub(r"\b((?:[Ww]hich|[Ww]hat|[Ww]elke|[Ww]elk)\s+)(?!MPs?\b)[A-Z][A-Z0-9&]{1,7}\s+(?=[a-z])", r"\1", q)
    # … and a place or body before the role asked for: "Which Wassenaar alderman", "welke Leidse wethouder"
    s = re.sub(r"\b((?:[Ww]hich|[Ww]hat|[Ww]elke|[Ww]elk)\s+)[A-Z][\w-]+\s+(?=" + _PERSON_NOUNS.pattern[2:] + ")", r"\1", s).lower()
    # "Wie is volgens de minister het bevoegd gezag …": the source of the answer is not the role asked
    s = _SOURCE_PHRASE.sub(" ", s).replace("  ", " ")
    # "tussen welke data", "op welke data": the plural of "datum", not "gegevens"
    s = re.sub(r"\b(op|tussen|vanaf|tot|na|voor) welke data\b", r"\1 welke datums", s)
    kind, noun, wants_list = _answer_type(_ASKING_LEAD.sub("", s))
    # "Uit hoeveel landen kwamen de verzoekers, en welk land was het sterkst vertegenwoordigd?":
    # one typed span answers half; the sentence that holds it answers both
    second = kind != SENTENCE and (_SECOND_ASK.search(s) is not None or _FROM_TO.search(s) is not None)
    if kind == SENTENCE:  # "Was the motion adopted, and with how many votes?": the question word asks
        tail = re.search(r",\s*(?:and|en)\s+(?:(?:with|met|by|door|in|op|on)\s+)?((?:hoeveel|how many|how much|"
                         r"wanneer|when|wie|who|welke|which)\b.*)$", s)
        # "Under the Besluit studiefinanciering 2000, how long must …", "Volgens de beleidsregel van
        # 2009, welke …": a phrase that says where to look comes before the question word
        lead = re.match(r"(?:under|according to|in|within|based on|pursuant to|volgens|onder|binnen|op grond van|"
                        r"krachtens|once|zodra)\b[^,?]{3,150},\s*(.+)$", s)
        # (and the question word may have its preposition or limit before it: "…, at most how many months")
        asked = _ASKING_LEAD.sub("", lead.group(1)) if lead else ""
        if not re.match(r"(?:hoeveel|how|wanneer|when|welke?|which|what|wie|who|waarom|why|hoe|wat|waar|where)\b", asked):
            lead = None
        if tail or lead:
            # ("In the last FWO call, how many applications were rated excellent, and how many would
            # have been funded …": the first question word asks first, the tail is the second ask)
            kind, noun, wants_list = _answer_type(asked if lead else tail.group(1))
            second = bool(lead and tail) and kind != SENTENCE
    if kind == DURATION and _ON_DAYS.search(s):
        kind = COUNT  # "on how many days did the council sit": the days it sat are counted, no span of time
    role = _role(s) if kind in (DATE, YEAR, PERIOD) else ""
    doc_kind, doc_fact = _doc_fact(s, kind, role)
    if role == ROLE_SENT and not doc_kind and not re.search(r"\b(?:vragen|questions?|motie|motion)\b", s) \
            and not re.search(r"\b(?:ingezonden|ingediend|verstuurd|gestuurd|submitted|sent|tabled|voorgesteld)\b", s):
        role = ""  # "when was the NZa asked to look for alternatives": a request, not a document sent
    terms_quoted = quoted(q)
    if kind == DEFINITION and terms_quoted:  # "What is a 'free mover' …?": the quoted term is the one asked
        noun = terms_quoted[0].split()[-1].lower()
    words = _words(q)
    measure = _MEASURE_WORDS.get(kind, set())
    subject = [w.strip(".") for w in words if w.lower() not in _NOT_SUBJECT and w.lower() not in measure
               and any(c.isalpha() for c in w)]
    english: dict[str, list[str]] = {}
    if lang == "en":  # the longest glossary entries among the subject words ("mental health")
        # (and the parts of a hyphened word the glossary lists apart: "primary-teacher" is "primair" and "leraar")
        wanted = {w.lower() for w in subject} | {p for w in subject if "-" in w for p in w.lower().split("-")}
        stop = english_stop_words()  # "as", "out": no subject, whatever the glossary makes of them
        # an abbreviation is a name, whatever its letters spell in English ("PIVOT" is no "spil")
        english = {re.sub(r"['’]s$", "", chunk): [] if _ABBREVIATION.fullmatch(chunk) else glosses
                   for chunk, glosses in hyphened_parts(phrases_to_dutch(q))
                   if any(re.sub(r"['’]s$", "", w.lower()) in wanted for w in chunk.split())
                   and not all(w.lower() in stop for w in chunk.split())}
        for m in _TITLED_PERSON.finditer(q):  # "minister Bruins Slot": a surname, not a "groef"
            for w in (re.sub(r"['’]s$", "", w) for w in m.group(1).split()):
                if w in english:
                    english[w] = []
        for phrase in terms_quoted:  # a quoted term stands in the Dutch text as it is ("de zogenaamde free mover")
            if phrase not in english and len(phrase.split()) <= 4:
                english = {k: v for k, v in english.items() if k.lower() not in phrase.lower().split()}
                english[phrase] = []
        subject = list(english)
        as_written = next((w for w in words if w.lower() == noun), noun)
        # the noun as part of a glossary phrase: "which university college" asks a hogeschool,
        # or ending in it: "how many police officers" counts "agenten", not "officieren"
        phrase = next((k for k, v in english.items() if v and " " in k and noun in (k.split()[0].lower(), k.split()[-1].lower())), "")
        if phrase:
            glosses = english[phrase]
            plural = noun.endswith("s") and not noun.endswith("ss")
            noun = _plural_gloss(glosses) if plural else glosses[0]
        else:
            # an abbreviation is a name ("PIVOT" is no "draaien"), except one for a person ("MP": a Kamerlid)
            noun = _dutch_noun(noun) if noun and (not _ABBREVIATION.fullmatch(as_written) or _PERSON_NOUNS.fullmatch(noun)) \
                else noun
    # "Bij welke organisatie dienen universiteiten hun aanvraag in?": the class of the answer, which
    # the sentence that gives it need not say ("wordt ingediend bij de KNAW"); as a word of the
    # question it made "… de opzet en organisatie van het voorstel" cover it better
    asked = re.search(r"\b(?:welke|welk|which|what)\s+(organisaties|organisatie|organisations?|organizations?|"
                      r"instanties|instantie|bodies|body)\b", s)
    if asked:
        drop = next((w for w in subject if w.lower() == asked.group(1)), None)
        subject = [w for w in subject if w is not drop]
    population = ""
    m = re.search(r"\b(?:aandeel|percentage|deel|procent|share|proportion)\s+(?:van\s+(?:de\s+|het\s+)?|of\s+(?:the\s+)?)?"
                  r"([\w-]+)", s)
    if kind == PERCENT and m and m.group(1) not in _NOT_SUBJECT:
        population = m.group(1)
        if lang == "en":
            population = (to_dutch(population) or [population])[0]
    # brackets end a name: "the Special Research Funds (BOF)" names two things, each on its own
    # and so do commas: "Sneller, Chakor en Van Nispen" are three people, not "Sneller Chakor"
    named = [n for i, part in enumerate(re.split(r"[()]", q)) for j, piece in enumerate(re.split(r"[,;]\s", part))
             for n in _named(piece, _words(piece), i > 0 or j > 0)
             if not (lang == "en" and n.lower() in _ENGLISH_NOT_NAMES)]
    named += [m.group(1) for m in _IDENTIFIER.finditer(q) if m.group(1) not in named]
    named += _unwritten_organisations(q, named)
    asks_reply = bool(re.search(r"\b(?:antwoordde|antwoordt|beantwoordde|reageerde|antwoord (?:van|op)|"
                                r"zegt de minister|stelt de minister|answered|replied|respond\w*)\b", s)) and kind in (SENTENCE, REASON, NAME, DEFINITION)
    if asks_reply:  # the words of the exchange itself say nothing of its subject
        subject = [w for w in subject if not re.fullmatch(r"(?:antwoord\w*|beantwoord\w*|reageer\w*|minister|vraag|"
                                                          r"vragen|answer\w*|repl\w*|question\w*|respond\w*)", w.lower())]
    # "volgens de STEM-monitor", "according to the Beertema motion": the name of the source, which
    # its document need not repeat in the passage that holds the answer
    sources = [n for n in named if re.search(r"\b(?:volgens|according to|uit)\s+(?:de |het |the |een |a )?"
                                             r"(?:\w+\s+){0,2}" + re.escape(n), q, re.IGNORECASE)]
    # ("who presided over the chamber …" names no role noun; the verb is the role)
    holds_role = kind == ACTOR and _HOLDS_ROLE.search(s) is not None and \
        (bool(noun) or re.match(r"^who\s+(?:chaired|chairs|presided|presides|heads|headed)\b", s) is not None)
    return Question(q, lang, kind, noun, wants_list, doc_kind, doc_fact, role, subject, named, population, english,
                    asks_reply, sources, second, organisations_in(q), holds_role, bool(_TO_THE_DAY.search(q)),
                    kind in (FIGURE, PERCENT) and _asks_rate(s))
