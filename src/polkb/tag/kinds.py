"""Document kind and document-level metadata, each with the text that shows it.

A policy officer filters on "Kamervragen", "moties" or "besluiten" and asks who asked, who
answered and when: those facts sit in fixed formulas at the top of parliamentary and government
texts ("Vragen van het lid X (Partij) aan de Minister van …", "(ingezonden 7 maart 2024)",
"MOTIE VAN DE LEDEN X EN Y", "Voorgesteld 24 januari 2023", "De Vlaamse Regering keurt … goed",
"Besluit van 15 juli 2013", "Gelet op …"). The formulas are the same in every document of a kind,
so cues and patterns generalise to unseen documents; nothing here names a particular document.

`detect_info` reads the text; `apply_sidecar` lets a `NAME.meta.toml` (or front matter) overrule
what was detected, because a curator who wrote it knows better than any cue.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, time
from email.utils import parsedate_to_datetime
from statistics import median

from . import register
from ..lexicon import place_names
from ..text import months
from ..text.fold import ascii_key
from ..model import DatedEvent, Document, DocumentInfo, Passage, Person
from .qa import find_qa_pairs
from ..text import lazyre

WRITTEN_QUESTION = "written_question"
MOTION = "motion"
GOVERNMENT_DECISION = "government_decision"
REGULATION = "regulation"
WEB_PAGE = "web_page"
ACTION_PLAN = "action_plan"
PROJECT_REPORT = "project_report"
SLIDE_DECK = "slide_deck"
DOCUMENT = "document"
KINDS = (WRITTEN_QUESTION, MOTION, GOVERNMENT_DECISION, REGULATION, WEB_PAGE, ACTION_PLAN,
         PROJECT_REPORT, SLIDE_DECK, DOCUMENT)

# What officers call each kind in Dutch (shown in messages), so a filter or sidecar may say
# "motie" or "kamervragen" as well as "motion"; _OTHER_NAMES holds plurals and variants.
KIND_NAMES = {
    WRITTEN_QUESTION: ("schriftelijke vraag", "kamervragen", "vraag"),
    MOTION: ("motie",),
    GOVERNMENT_DECISION: ("besluit", "beslissing"),
    REGULATION: ("regeling", "wet"),
    WEB_PAGE: ("webpagina",),
    ACTION_PLAN: ("actieplan",),
    PROJECT_REPORT: ("projectverslag", "rapport"),
    SLIDE_DECK: ("presentatie", "slides"),
    DOCUMENT: ("document",),
}
_OTHER_NAMES = {
    WRITTEN_QUESTION: ("schriftelijke vragen", "kamervraag", "vragen", "schriftelijke"),
    MOTION: ("moties",),
    GOVERNMENT_DECISION: ("besluiten", "beslissingen"),
    REGULATION: ("regelingen", "wetten"),
    WEB_PAGE: ("webpaginas", "webpage", "website"),
    ACTION_PLAN: ("actieplannen",),
    PROJECT_REPORT: ("projectverslagen", "verslag", "rapporten"),
    SLIDE_DECK: ("presentaties", "dias"),
    DOCUMENT: ("documenten",),
}


def kind_key(value: str) -> str:
    """'Schriftelijke_Vraag', "webpagina's", 'slide-deck' -> one spelling to compare."""
    text = ascii_key(str(value))
    return " ".join(re.sub(r"['’`]", "", re.sub(r"[_\-]+", " ", text)).split())


_KIND_ALIASES = {kind_key(alias): kind for kind in KINDS
                 for alias in (kind, kind + "s", *KIND_NAMES[kind], *_OTHER_NAMES[kind])}


def canonical_kind(value) -> str | None:
    """The kind a name means, in English or Dutch, any case ("motie", "Kamervragen",
    "written question" -> its KINDS value); None for a name no kind answers to."""
    return _KIND_ALIASES.get(kind_key(value)) if isinstance(value, str) else None


def kind_choices() -> str:
    """The valid kind names for a message, each with its Dutch names: 'motion (motie), …'."""
    return ", ".join(f"{k} ({', '.join(KIND_NAMES[k])})" for k in KINDS)


HEAD_CHARS = 4000  # the formulas that identify a document sit at its top

# -- dates --------------------------------------------------------------------------------------

MONTHS = months.NUMBER
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
DATE_RE = lazyre.compile(
    rf"(?P<d>\d{{1,2}})(?:e|ste|de)?\s+(?P<m>{_MONTH_RE})\.?\s+(?P<y>(?:19|20)\d\d)\b"
    rf"|(?P<iy>(?:19|20)\d\d)-(?P<im>\d\d)-(?P<id>\d\d)\b"
    rf"|\b(?P<nd>\d{{1,2}})[-/.](?P<nm>\d{{1,2}})[-/.](?P<ny>(?:19|20)\d\d)\b"
    rf"|\b(?P<mm>{_MONTH_RE})\s+(?P<my>(?:19|20)\d\d)\b",
    re.I,
)
# cue word before a date -> role of the date (first matching cue, nearest to the date, wins)
_ROLE_CUES = [
    ("ingezonden", r"ingezonden|ingediend|gesteld\s+op|vraag\s+van|datum\s*:|\bdatum(?=\W{0,3}$)"),
    ("ontvangen", r"ontvangen"),
    ("voorgesteld", r"voorgesteld"),
    ("beantwoord", r"beantwoord|antwoord(?:\s+op\s+vraag)?"),
    # "besluit van/decreet van DATE" in a body names an earlier act, not this document's date;
    # a regulation's own date is taken from its title instead (see detect_info).
    ("besluit", r"beslissing\s+van|vergadering\s+van|goedgekeurd(?:\s+op)?|vastgesteld\s+op|beslist\s+op"),
    ("publicatie", r"gepubliceerd|publicatie|verschenen|bijgewerkt|laatst\s+gewijzigd"),
]
_ROLE_RES = [(role, re.compile(rf"(?:{cue})\W{{0,3}}(?:\w+\W+){{0,2}}$", re.I)) for role, cue in _ROLE_CUES]


def parse_date(m: re.Match) -> str:
    """ISO 8601 for a DATE_RE match: YYYY-MM-DD, or YYYY-MM when no day is given."""
    g = m.groupdict()
    try:
        if g["d"]:
            return date(int(g["y"]), MONTHS[g["m"].lower()], int(g["d"])).isoformat()
        if g["iy"]:
            return date(int(g["iy"]), int(g["im"]), int(g["id"])).isoformat()
        if g["nd"]:
            return date(int(g["ny"]), int(g["nm"]), int(g["nd"])).isoformat()
        return f"{int(g['my']):04d}-{MONTHS[g['mm'].lower()]:02d}"
    except (ValueError, KeyError):
        return ""


def find_dates(text: str) -> list[DatedEvent]:
    """Dates that a role cue introduces ("ingezonden 7 maart 2024", "Besluit van 15 juli 2013").

    Only cued dates are document dates; the many dates inside the body (deadlines, history) are
    figures for other stages, not metadata.
    """
    out: list[DatedEvent] = []
    for m in DATE_RE.finditer(text):
        before = text[max(0, m.start() - 70):m.start()]
        iso = parse_date(m)
        if not iso:
            continue
        for role, rx in _ROLE_RES:
            if rx.search(before):
                ev = DatedEvent(role, iso)
                if ev not in out:
                    out.append(ev)
                break
    return out


# -- persons ------------------------------------------------------------------------------------

_PARTICLES = {"van", "de", "der", "den", "het", "ter", "ten", "te", "op", "in", "'t", "’t", "d'", "la", "le", "du"}
_NAME_TOKEN = r"[A-ZÀ-Þ][\w'’´`¸-]*"
_ROLE_WORD = r"(?:Minister-President|Minister|Staatssecretaris|Viceminister-president|minister-president|minister|staatssecretaris)"


def title_case_name(name: str) -> str:
    """'VAN DER WOUDE' -> 'Van der Woude', 'FABER-VAN DE KLASHORST' -> 'Faber-van de Klashorst'.

    Dutch surname particles are lower case inside a name and capitalised at its start. PDF
    spacing accents join their letter ("Kostic´" -> "Kostić").
    """
    from .entities import join_spacing_accents

    name = join_spacing_accents(name)
    if not name.isupper():
        return name
    words = []
    for i, w in enumerate(name.lower().split()):
        parts = w.split("-")
        parts = [p if (p in _PARTICLES and (i or j)) else p[:1].upper() + p[1:] for j, p in enumerate(parts)]
        words.append("-".join(parts))
    return " ".join(words)


def split_names(text: str) -> list[str]:
    """Names in a list "A, B en C" (each a full name or a surname with particles)."""
    parts = re.split(r"\s*,\s*|\s+(?:en|and|&)\s+", text.strip(), flags=re.I)
    return [" ".join(p.split()) for p in parts if p.strip() and re.search(r"[A-Za-zÀ-ÿ]", p)
            and p.strip().lower() not in {"en", "and"}]


def split_signatures(text: str) -> list[str]:
    """Surnames signed under a motion, written one per line: 'Omtzigt De Hoop Van der Graaf'.

    A capitalised word starts a new name unless the name so far is only particles ("De", "Van
    der"), which is how Dutch surnames with particles are written at the start.
    """
    names: list[list[str]] = []
    for tok in text.split():
        if names and all(t.lower() in _PARTICLES for t in names[-1]):
            names[-1].append(tok)
        elif names and tok.lower() in _PARTICLES and tok[:1].islower():
            names[-1].append(tok)
        elif tok[:1].isupper():
            names.append([tok])
        else:
            break
    return [" ".join(n) for n in names if not all(t.lower() in _PARTICLES for t in n)]


def parse_members(text: str, role: str = "lid") -> list[Person]:
    """'Ceder (ChristenUnie) en Dobbe (SP)', 'Van Eijk en Aartsen (beiden VVD)' -> persons."""
    persons: list[Person] = []
    pos = 0
    for m in re.finditer(r"\(\s*(?:beiden|allen|both)?\s*([^()]{1,40})\)", text):
        group = re.sub(r"^\s*(?:,|en\b|and\b)\s*", "", text[pos:m.start()])
        pos = m.end()
        party = m.group(1).strip()
        for name in split_names(group):
            persons.append(Person(title_case_name(name), role, party))
    rest = re.sub(r"^\s*(?:,|en\b|and\b)\s*", "", text[pos:])
    for name in split_names(rest):
        if name.lower() not in {"c.s.", "cs"}:
            persons.append(Person(title_case_name(name), role, ""))
    return [p for p in persons if p.name and not p.name.lower().startswith(("c.s", "cs"))]


def _portfolio(text: str) -> str:
    return " ".join(text.strip(" ,.;").split())


def parse_addressees(text: str) -> list[Person]:
    """'de Ministers van A en van B', 'de Staatssecretaris van A en de Minister van B',
    'de Staatssecretaris en de Minister van VWS' -> one person (role, portfolio) per office."""
    text = " ".join(text.split())
    chunks = re.split(rf",?\s+en\s+(?=(?:de|het)\s+{_ROLE_WORD}|{_ROLE_WORD})", text)
    persons: list[Person] = []
    for chunk in chunks:
        m = re.match(rf"^(?:de|het)?\s*({_ROLE_WORD})(?:sen|s)?\b\s*(.*)$", chunk.strip())
        if not m:
            continue
        role = m.group(1).lower()
        rest = m.group(2)
        ports = re.split(r"\s+en\s+(?=(?:van|voor)\s)", rest) if rest else [""]
        for port in ports:
            port = re.sub(r"^(?:van|voor)\s+", "", port.strip())
            persons.append(Person("", role, "", _portfolio(port)))
    for i, p in enumerate(persons):  # "de Staatssecretaris en de Minister van VWS": shared portfolio
        if not p.portfolio:
            p.portfolio = next((q.portfolio for q in persons[i + 1:] if q.portfolio), "")
    return persons


_ANSWERER = lazyre.compile(
    rf"\b({_ROLE_WORD})\s+(?P<name>(?:(?:van|de|der|den|ter|ten)\s+)*{_NAME_TOKEN}(?:[\s-]+(?:(?:van|de|der|den|ter|ten)\s+)*{_NAME_TOKEN})*)"
    r"\s*\((?P<port>[^()]*)\)?"
)
_CO_SIGN = lazyre.compile(rf"mede\s+namens\s+(?P<who>(?:de|het)\s+{_ROLE_WORD}.*?)(?=\(ontvangen|\)|\.\s|$)")


def parse_answerers(text: str) -> list[Person]:
    """'Antwoord van Minister De Jonge (Binnenlandse Zaken …), mede namens de Minister van …'.

    Named answerers come with their portfolio; ministers on whose behalf the answer is also given
    are kept with their office only (name empty), so a filter on the ministry still finds them.
    """
    text = " ".join(text.split())
    persons: list[Person] = []
    for m in _ANSWERER.finditer(text):
        name = m.group("name").strip()
        if name.lower() in {"van", "voor"} or name.split()[0] in {"Van", "Voor"} and len(name.split()) == 1:
            continue
        persons.append(Person(name, m.group(1).lower(), "", _portfolio(m.group("port") or "")))
    co = _CO_SIGN.search(text)
    if co:
        persons.extend(parse_addressees(co.group("who")))
    return persons


# -- cues ----------------------------------------------------------------------------------------

_WQ_HEAD = lazyre.compile(
    r"Aanhangsel\s+van\s+de\s+Handelingen|Vragen\s+gesteld\s+door\s+de\s+leden|"
    r"Vragen\s+van\s+(?:het\s+lid|de\s+leden)\s+[^\n]{2,300}?\s+aan\s+(?:de|het)\s|"
    r"(?:^|\n)Schriftelijke\s+vraag\b|Schriftelijke\s+vraag\s+nr\.?\s*\d+|SCHRIFTELIJKE\s+VRAAG",
)
_MOTION = lazyre.compile(r"\bMOTIE\s+VAN\s+(?:HET\s+LID|DE\s+LEDEN)\b|\bMotie\s+van\s+(?:het\s+lid|de\s+leden)\s+[A-Z]")
# the first word of the mover of a motion that opens a line: a page that lists several motions, each of
# other members (a vote's results, "Motie van het lid Helder … Gewijzigde motie van het lid Verhoeven
# …"), is no one motion; a motion that cites another in its text ("gelet op de motie van het lid …") is one
_MOVER = lazyre.compile(r"(?:^|\n)[ \t]*(?:(?:GEWIJZIGDE|Gewijzigde)[ \t]+)?(?:MOTIE|[Mm]otie)\s+(?:VAN|van)\s+(?:HET\s+LID|DE\s+LEDEN|het\s+lid|de\s+leden)\s+([A-Za-zÀ-ÿ'’-]+)")
_MOTION_BODY = lazyre.compile(r"gaat\s+over\s+tot\s+de\s+orde\s+van\s+de\s+dag|De\s+Kamer,\s+gehoord\s+de\s+beraadslaging")
_GOV_DECISION = lazyre.compile(
    r"\b(?:Voor)?[Oo]ntwerp(?:besluit|decreet)\b|\bVoorontwerp\s+van\s+(?:bijzonder\s+)?(?:decreet|besluit)|"
    r"\bOntwerp\s+van\s+(?:beheersovereenkomst|besluit|decreet|ministerieel\s+besluit)|"
    r"\bDe\s+Vlaamse\s+Regering\s+(?:keurt|kent|geeft|wijzigt|hecht|neemt|beslist|besluit|bekrachtigt|"
    r"benoemt|stelt|verleent|machtigt|gaat\s+akkoord|verlengt|erkent)\b|"
    r"\b(?:de\s+)?(?:Vlaamse\s+)?Regering\s+hecht\s+(?:haar\s+)?(?:principiële\s+)?goedkeuring|"
    r"\b(?:keurt|kent|geeft|wijzigt|hecht|neemt|beslist|bekrachtigt|benoemt|verleent)\s+de\s+Vlaamse\s+Regering\b|"
    r"\bBeslissing\s+(?:van\s+)?de\s+Vlaamse\s+Regering|\bministerraad\s+(?:keurt|heeft)\b",
)
_REG_TITLE = lazyre.compile(
    r"^(?:#+\s*)?(?:Wet|Besluit|Regeling|Beleidsregel|Beleidsregels|Verordening|Decreet|Vaststellingsbesluit|"
    r"Wijzigingsbesluit|Uitvoeringsbesluit|Subsidieregeling|Reglement|Koninklijk\s+besluit|Ministerieel\s+besluit|"
    r"Algemene\s+maatregel\s+van\s+bestuur)\b[^\n]{0,60}?\bvan\s+\d{1,2}\s+(?:" + _MONTH_RE + r")\s+(?:19|20)\d\d",
    re.I,
)
_REG_BODY = [
    re.compile(r"\bGelet\s+op\b"),
    re.compile(r"\b(?:Besluit(?:en)?|BESLUIT(?:EN)?)\s*:|^\s*(?:Besluit(?:en)?|BESLUIT(?:EN)?)\s*$", re.M),
    re.compile(r"(?:^|\n)\s*(?:#+\s*)?Artikel\s+1[a-z]?\b(?![.,]\d)"),
    re.compile(r"\bWij\s+(?:Willem-Alexander|Beatrix|Juliana|Filip|Albert)\b"),
    re.compile(r"\bIn\s+deze\s+(?:regeling|beleidsregel|wet|verordening|besluit)\s+wordt\s+verstaan\s+onder"),
]
_PLAN_TITLE = lazyre.compile(
    r"actieplan|action\s+plan|landelijk\s+kader|\bkader\b|kader\s|toetsingskader|accreditatiekader|beoordelingskader|"
    r"regeerakkoord|coalitieakkoord|hoofdlijnenakkoord|bestuursakkoord|beleidsplan|beleidsnota|beleidsbrief|"
    r"strategisch\s+plan|strategie\b|visienota|agenda\s+20\d\d|plan\s+20\d\d|masterplan|roadmap|routekaart|"
    r"sectorakkoord|charter|handvest|convenant",
    re.I,
)
_WE_POLICY = lazyre.compile(r"\b(?:willen|zullen|gaan|zetten|investeren|versterken|voeren)\s+we\b|\bwe\s+(?:willen|zullen|zetten|investeren|gaan)\b", re.I)
_REPORT = lazyre.compile(
    r"\b(?:eindrapport|eindverslag|projectrapport|projectverslag|jaarverslag|jaarrapport|voortgangsrapport|"
    r"voortgangsrapportage|evaluatierapport|onderzoeksrapport|rapportage|monitor(?:rapport)?|verslag\s+van|"
    r"final\s+report|project\s+report|annual\s+report|evaluation\s+report)\b",
    re.I,
)
_REPORT_HEADINGS = lazyre.compile(r"^(?:\d+(?:\.\d+)*\s+)?(?:Samenvatting|Managementsamenvatting|Inleiding|Methode|Methodologie|"
                                  r"Resultaten|Conclusies?|Aanbevelingen|Executive\s+summary|Bijlagen?)\b", re.I)
_WEB = lazyre.compile(
    r"^(?:Skip\s+(?:to|naar)\s+(?:main\s+)?content|Lees\s+meer|Meer\s+informatie|Meer\s+weten\??|Contact|"
    r"Contactpersonen?|Contactgegevens|Deel\s+(?:dit|deze)(?:\s+pagina|\s+artikel)?|Nieuwsbrief|Gerelateerde?\s+\w+|"
    r"Artikel|Nieuws|Volg\s+ons|Home|Menu|Zoeken|Terug(?:\s+naar\s+\w+)?|Cookie\w*|Privacy\w*)\s*:?$",
    re.I,
)
_WEB_INLINE = lazyre.compile(
    r"\bklik\s+hier\b|\blees\s+meer\b|\bdownload\b|\bwebsite\b|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+|\bvind\s+je\b|\bwil\s+je\b|"
    r"\bjouw\b|\bcookies?\b|\bdeze\s+pagina\b",
    re.I,
)
_SLIDE_END = lazyre.compile(r"^(?:Dank\s+(?:u\s+)?(?:voor\s+)?(?:uw|jullie)\s+aandacht|Bedankt(?:\s+voor\s+\w+\s+aandacht)?|"
                            r"Vragen\s*\??|Thank\s+you(?:\s+for\s+your\s+attention)?|Questions\s*\??)\s*[!.?]?$", re.I)


def _head(doc: Document) -> str:
    return doc.text[:HEAD_CHARS]


def _cue(rx: re.Pattern, text: str) -> str:
    m = rx.search(text)
    return " ".join(m.group(0).split()) if m else ""


def _slide_deck_evidence(doc: Document) -> str:
    """Slides: many short blocks, little running prose, lines broken mid-sentence, and often a
    closing "Dank voor uw aandacht"."""
    blocks = [b.text.strip() for b in doc.blocks if b.text.strip()]
    if len(blocks) < 15:
        return ""
    words = [len(b.split()) for b in blocks]
    total = sum(words) or 1
    prose = sum(w for w in words if w >= 30) / total
    short = sum(w <= 12 for w in words) / len(words)
    closing = next((b for b in blocks[-5:] if _SLIDE_END.match(b)), "")
    broken = sum(1 for a, b in zip(blocks, blocks[1:]) if a[-1:].isalpha() and b[:1].islower()) / len(blocks)
    if closing and short >= 0.5:
        return closing
    if short >= 0.7 and prose < 0.15 and median(words) <= 10 and broken >= 0.05:
        return f"{len(blocks)} short slide lines, {round(prose * 100)}% running prose"
    return ""


def _web_evidence(doc: Document) -> str:
    """Organisation web pages: navigation and contact furniture, second-person calls to action."""
    if doc.format == "html":
        return "HTML page"
    lines = [b.text.strip() for b in doc.blocks]
    furniture = [t for t in lines if len(t) < 40 and _WEB.match(t)]
    inline = {m.group(0).lower() for m in _WEB_INLINE.finditer(doc.text[:30000])}
    if len(furniture) + min(len(inline), 2) >= 2 and (furniture or len(inline) >= 3):
        return "; ".join(furniture[:2] + sorted(inline)[:2])
    return ""


def detect_kind(doc: Document, passages: list[Passage] | None = None, qa_pairs: list | None = None) -> tuple[str, str]:
    """(kind, evidence): the first kind whose cue is found, most specific formulas first.
    `qa_pairs`: the document's Q/A pairs when the qa extractor found them already."""
    head = _head(doc)
    title = doc.title or ""
    first_heading = next((b.text for b in doc.blocks[:5] if b.kind == "heading"), title)
    if (ev := _cue(_MOTION, head)) and len({m.group(1).lower() for m in _MOVER.finditer(doc.text)}) < 2:
        return MOTION, ev
    if (ev := _cue(_MOTION_BODY, head)) and re.search(r"verzoekt\s+de\s+(?:regering|minister)", doc.text[:6000], re.I):
        return MOTION, ev
    if ev := _cue(_WQ_HEAD, head):
        return WRITTEN_QUESTION, ev
    start = "\n".join(b.text for b in doc.blocks[:3])
    if ev := _cue(_REG_TITLE, start):
        return REGULATION, ev
    if ev := _cue(_GOV_DECISION, head):
        return GOVERNMENT_DECISION, ev
    reg_hits = [m.group(0).strip() for rx in _REG_BODY if (m := rx.search(doc.text[:20000]))]
    if len(reg_hits) >= 2:
        return REGULATION, "; ".join(" ".join(h.split()) for h in reg_hits[:3])
    pairs = qa_pairs if qa_pairs is not None else find_qa_pairs(doc, passages or [])
    if len(pairs) >= 2 and sum(1 for p in pairs if p.answer) >= 2 and "?" in " ".join(p.question for p in pairs):
        return WRITTEN_QUESTION, f"{len(pairs)} numbered questions followed by numbered answers"
    if ev := _slide_deck_evidence(doc):
        return SLIDE_DECK, ev
    if ev := _cue(_PLAN_TITLE, first_heading + "\n" + title):
        return ACTION_PLAN, ev
    if ev := _cue(re.compile(r"^(?:Notitie|Nota|Memo|Brief)\b.{0,80}", re.I), first_heading):
        return DOCUMENT, ev
    we = _WE_POLICY.findall(doc.text[:30000])
    if len(we) >= 3:
        return ACTION_PLAN, f"policy intentions in first person plural ({we[0]}, …)"
    if ev := _cue(_REPORT, first_heading + "\n" + title):
        return PROJECT_REPORT, ev
    report_heads = {(_REPORT_HEADINGS.match(b.text) or [""])[0].lower() for b in doc.blocks if b.kind == "heading"}
    report_heads.discard("")
    if len(report_heads) >= 3:
        return PROJECT_REPORT, ", ".join(sorted(report_heads))
    if ev := _web_evidence(doc):
        return WEB_PAGE, ev
    return DOCUMENT, ""


# -- per-kind metadata -----------------------------------------------------------------------

_ASKERS = lazyre.compile(
    r"Vragen\s+van\s+(?:het\s+lid|de\s+leden)\s+(?P<who>.+?)\s+aan\s+(?P<to>(?:de|het)\s+.+?)\s+over\s+(?P<subject>.+?)"
    r"\s*(?:\((?:ingezonden|ingediend)|$)",
    re.S,
)
_ANSWER_LINE = lazyre.compile(r"(?:Antwoord|Mededeling)\s+van\s+(?P<who>.+?)(?:\(ontvangen|$)", re.S)
_VL_QUESTION = lazyre.compile(
    r"Schriftelijke\s+vraag\s+(?:nr\.?\s*(?P<num>\d+)\s+)?van\s+(?:(?:mevrouw|de\s+heer|volksvertegenwoordiger)\s+)?"
    r"(?P<who>[A-ZÀ-Þ][\w'’-]*(?:\s+[\w'’-]+){0,4}?)\s+(?:datum\s*:?\s*(?P<date>\d{1,2}\s+\w+\s+\d{4})\s+)?"
    r"aan\s+(?:(?:mevrouw|de\s+heer)\s+)?(?P<to>[^\n]{3,300})(?:\n+(?P<to2>[^\n]{3,300}))?",
    re.I,
)
_VL_ROLE = lazyre.compile(r"\b(?:VLAAMS|Vlaams|Vlaamse|VICEMINISTER|Viceminister|viceminister|MINISTER|Minister|minister)\b")
_VL_MINISTER = lazyre.compile(
    r"(?P<role>[Vv]laams(?:e)?\s+minister(?:-president)?|[Vv]iceminister-president[^,\n]{0,40}?)\s+van\s+"
    r"(?P<port>[^\n]{3,160}?),\s+(?P<name>[A-Z][a-zà-ÿ]+(?:\s+(?:van\s+|de\s+|der\s+)*[A-Z][\w-]+)+)(?=[\s.,;:)]|$)",
)
_DOSSIER = lazyre.compile(r"\b(?:Kamerstuk(?:ken)?|vergaderjaar\s+\d{4}[–-]\d{4}),?\s+(?P<dossier>\d{2}\s?\d{3}(?:\s+[IVXLC]+|\s*-\s*[IVXLC]+)?)\s*,\s*nr\.\s*(?P<nr>\d+)", re.I)
_KST = lazyre.compile(r"\bkst-(?P<d>\d{5})(?:-(?P<sub>[IVXLC]+))?-(?P<nr>\d+)\b")
_AH = lazyre.compile(r"\bah-tk-(?P<yr>\d{8})-(?P<nr>\d+)\b")
_ZAAK = lazyre.compile(r"\b(?:19|20)\d\dZ\d{5}\b")
_VL_NUM = lazyre.compile(r"Schriftelijke\s+vraag\s+nr\.?\s*(\d+)", re.I)
_REG_NUM = lazyre.compile(r"(?:,\s*|\s)(?:nr\.|kenmerk)\s+(?P<n>[A-Za-z0-9&][A-Za-z0-9&.()\-]*(?:/\s?[A-Za-z0-9&.()\-]+)*)")


def _name_list(names: list[str]) -> str:
    """'A', 'A en B', 'A, B en C'."""
    if not names:
        return "?"
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " en " + names[-1]


def _clean(s: str) -> str:
    return " ".join(s.split()).strip(" .,;")


def _decision_title(text: str) -> str:
    """A Flemish government decision summary starts with its title, run on into the text."""
    first = text.split("\n\n", 1)[0]
    m = re.search(r"\s(?=(?:[A-Z]\.\s)?(?:Ontwerp|Voorontwerp|De |Het |In |Na |Op |Om |Deze |Dit |Daarom ))", first[20:300])
    return _clean(first[:20 + m.start()] if m else first[:200])


# names in capitals, with "EN" between them and "C.S." after them
_CAPITALS_RUN = lazyre.compile(r"(?:[A-ZÀ-Þ'’\-]+\.?(?:[ \t]+|$)|C\.\s?S\.(?:[ \t]+|$))*")
# the day a motion was tabled, on a line of its own above the rest: "14 februari 2024\n\n36410-V-54\n…"
_DATE_LINE = lazyre.compile(r"\A\s*(?P<date>\d{1,2}\s+\w+\s+(?:19|20)\d\d)[ \t]*\n")


def motion_tabled(text: str) -> DatedEvent | None:
    """The day a motion was tabled ("voorgesteld") when its page opens with that date alone on a line,
    as the Tweede Kamer's motion pages do; else None."""
    m = _DATE_LINE.match(text)
    found = DATE_RE.fullmatch(m.group("date")) if m else None
    iso = parse_date(found) if found else ""
    return DatedEvent("voorgesteld", iso) if iso else None


def _motion_info(doc: Document, info: DocumentInfo) -> None:
    text = doc.text
    m = re.search(r"MOTIE\s+VAN\s+(?:HET\s+LID|DE\s+LEDEN)\s+(?P<who>.+?)\s+(?=Voorgesteld|De\s+Kamer|\n)", text) or \
        re.search(r"Motie\s+van\s+(?:het\s+lid|de\s+leden)\s+(?P<who>.+?)(?:\s+over\b|\n|\s+Voorgesteld)", text)
    header = []
    cs = False
    if m:
        who = m.group("who")
        if m.group(0).startswith("MOTIE"):
            # the heading writes its members in capitals; a line of the page's own run on after them is
            # none ("MOTIE VAN HET LID PIRI C.S. Plenair debat (wetgeving) - Begroting …")
            who = _CAPITALS_RUN.match(who).group().strip() or who
        cs = bool(re.search(r"\bC\.?\s?S\.?$", who.strip(), re.I))
        who = re.sub(r"\s*\bC\.?\s?S\.?$", "", who.strip(), flags=re.I)
        header = [title_case_name(n) for n in split_names(who)]
    signed: list[str] = []
    s = re.search(r"orde\s+van\s+de\s+dag\.\s*(?P<sig>.+?)(?=\s*(?:kst-|ISSN|Tweede\s+Kamer,|\n\n|$))", text, re.S)
    if s:
        signed = split_signatures(s.group("sig"))
    names = list(header)
    for n in signed:
        if n.lower() not in {h.lower() for h in names}:
            names.append(n)
        else:  # prefer the signature's spelling
            names = [n if h.lower() == n.lower() else h for h in names]
    if not cs and header:
        names = [n for n in names if n.lower() in {h.lower() for h in header}]
    info.askers = [Person(n, "lid") for n in names]
    info.organisation = info.organisation or "Tweede Kamer" if "Tweede Kamer" in text[:3000] else info.organisation
    d = re.search(r"\n\n(?P<dossier>\d{2} \d{3}(?: [IVXLC]+)?)\n\n(?P<title>.+?)\n\n(?:Nr\.|NR\.)\s*\d+", text[:3000], re.S)
    label = "Motie van " + ("het lid " if len(names) == 1 else "de leden ") + _name_list(names)
    if cs:
        label = "Motie van het lid " + (names[0] if names else "?") + " c.s."
    info.title = f"{label}: {_clean(d.group('title'))}" if d else label


def _written_question_info(doc: Document, info: DocumentInfo) -> list[DatedEvent]:
    """Who asked whom about what, and who answered; the dates an answer letter gives (else [])."""
    letter: list[DatedEvent] = []
    head = " ".join(_head(doc).split())
    m = _ASKERS.search(head)
    if m:
        info.askers = parse_members(m.group("who"))
        info.addressees = parse_addressees(m.group("to"))
        subject = _clean(m.group("subject"))
        info.title = f"Vragen van {'het lid' if len(info.askers) == 1 else 'de leden'} " \
                     f"{_name_list([p.name for p in info.askers])} over {subject}"
    a = _ANSWER_LINE.search(head)
    if a:
        info.answered_by = parse_answerers(a.group("who"))
    if not info.askers:
        letter = _answer_letter_info(doc, info)
    v = _VL_QUESTION.search(_head(doc))
    if v and not info.askers:
        info.askers = [Person(title_case_name(_clean(v.group("who"))), "Vlaams volksvertegenwoordiger")]
        to = v.group("to") if _VL_ROLE.search(v.group("to")) else f"{v.group('to')} {v.group('to2') or ''}"
        info.addressees = _flemish_addressee(to)
        info.organisation = "Vlaams Parlement"
        info.title = _flemish_title(doc) or info.title
    if not info.addressees:
        vm = _VL_MINISTER.search(_head(doc))
        if vm:
            info.addressees = [Person(vm.group("name"), "Vlaams minister", "", _clean(vm.group("port")))]
    if "Tweede Kamer" in head[:1500] or "Aanhangsel van de Handelingen" in head:
        info.organisation = "Tweede Kamer"
    elif "Eerste Kamer" in head[:1500]:
        info.organisation = "Eerste Kamer"
    elif re.search(r"Vlaams\s+Parlement|Schriftelijke\s+vraag", head, re.I):
        info.organisation = "Vlaams Parlement"
    return letter


# A ministry's answer letter ("Antwoorden van de minister van Justitie en Veiligheid op Kamervragen
# van de leden Temmink en Van Nispen (beiden SP) over …"), sent with a cover letter ("In antwoord
# op uw brief van 5 juli 2024 …") under the letterhead's "Datum | 11 januari 2024"
_ANSWER_LETTER = lazyre.compile(
    r"(?:Antwoord(?:en)?\s+van\s+(?:de|het)\s+(?P<role>minister|staatssecretaris)\s+(?:van|voor)\s+(?P<port>[^\n]{3,120}?)"
    r"(?:\s+mede\s+namens\s+[^\n]{3,160}?)?\s+op\s+(?:de\s+)?|Beantwoording\s+)"
    r"(?:Kamer)?vragen\s+(?:van\s+)?(?:de\s+leden|het\s+lid|leden|lid)\s+(?P<who>[^\n]{2,300}?)"
    r"\s+(?:aan\s+(?:de|het)\s+[^\n]{3,200}?\s+)?over\s+(?P<subject>[^\n]{3,300}?)\.?(?:\n|$)", re.I)
_LETTER_DATE = lazyre.compile(r"(?:^|\n)\s*Datum\s*\|?\s*(?P<date>\d{1,2}\s+[a-z]+\s+(?:19|20)\d\d)\b", re.I)
_YOUR_LETTER = lazyre.compile(r"antwoord\s+op\s+uw\s+brief\s+van\s+(?P<date>\d{1,2}\s+[a-z]+\s+(?:19|20)\d\d)", re.I)
_SIGNATURE = lazyre.compile(r"(?:^|\n)\s*(?P<name>(?:[A-ZÀ-Þ]\.){1,5}\s?(?:(?:van|de|der|den|ter|ten)\s+)*[A-ZÀ-Þ][\w'’-]+)\s*(?=\n|$)")


def _answer_letter_info(doc: Document, info: DocumentInfo) -> list[DatedEvent]:
    """Askers, answerer, subject and the two dates of a ministry's letter answering written
    questions: the letter's own date is when the answers were sent back ("ontvangen"), the date
    of "uw brief" when the Kamer sent the questions ("ingezonden")."""
    text = doc.text[:8000]
    m = next((x for x in _ANSWER_LETTER.finditer(text) if x.group("role")), None) or _ANSWER_LETTER.search(text)
    if not m:
        return []
    info.askers = parse_members(m.group("who"))
    subject = _clean(m.group("subject"))
    info.title = f"Vragen van {'het lid' if len(info.askers) == 1 else 'de leden'} " \
                 f"{_name_list([p.name for p in info.askers])} over {subject}"
    signed = _SIGNATURE.search(text)
    role = (m.group("role") or "minister").lower()
    if signed or m.group("port"):
        info.answered_by = [Person(signed.group("name") if signed else "", role, "", _portfolio(m.group("port") or ""))]
    dates = []
    for role_name, rx in (("ingezonden", _YOUR_LETTER), ("ontvangen", _LETTER_DATE)):
        found = rx.search(text)
        said = DATE_RE.search(found.group("date")) if found else None
        iso = parse_date(said) if said else ""
        if iso:
            dates.append(DatedEvent(role_name, iso))
    if "Tweede Kamer" in text or "Kamervragen" in text:
        info.organisation = "Tweede Kamer"
    return dates


def _flemish_title(doc: Document) -> str:
    """The subject line under a Vlaams Parlement question header (the first mixed-case line)."""
    for b in doc.blocks[:12]:
        t = b.text.strip()
        if len(t) < 8 or t.isupper() or _VL_QUESTION.search(t) or _VL_ROLE.match(t):
            continue
        if re.match(r"^(?:nr\.|van\s|datum|aan\s)", t, re.I):
            continue
        return _clean(t)[:300]
    return ""


def _portfolio_case(text: str) -> str:
    """'ONDERWIJS, SPORT EN VLAAMSE RAND' -> 'Onderwijs, Sport en Vlaamse Rand'."""
    small = {"en", "van", "de", "het", "voor", "der"}
    return " ".join(w.lower() if w.lower() in small else w[:1].upper() + w[1:].lower() for w in text.split())


def _flemish_addressee(to: str) -> list[Person]:
    """'BEN WEYTS VLAAMS MINISTER VAN ONDERWIJS, SPORT, … Titel van de vraag' or 'Ben Weyts,
    Vlaams minister van Onderwijs' -> the minister with portfolio."""
    if vm := _VL_MINISTER.match(to):
        return [Person(title_case_name(vm.group("name")), "Vlaams minister", "", _clean(vm.group("port")))]
    r = _VL_ROLE.search(to)
    if not r:
        return []
    name = _clean(to[:r.start()])
    if len(name.split()) > 5:
        return []
    port = ""
    if pm := re.search(r"minister(?:-president)?\s+van\s+(.+)$", to[r.start():r.start() + 250], re.I):
        words = []
        upper = pm.group(1)[:1].isupper() and pm.group(1).split()[0].isupper()
        for w in pm.group(1).split():
            if upper and not (w.isupper() or w in {",", "&"} or not re.search(r"[A-Za-z]", w)):
                break  # an upper-case portfolio ends where the question's title begins
            words.append(w)
            if not upper and w.endswith((".", ";")):
                break
        port = _portfolio_case(_clean(" ".join(words))) if upper else _clean(" ".join(words))
    return [Person(title_case_name(name), "Vlaams minister", "", port)]


def _numbers(doc: Document, info: DocumentInfo) -> None:
    text = doc.text
    if m := _AH.search(text):
        info.number = m.group("nr")
    elif m := _KST.search(text):
        info.number = m.group(0)
    elif m := _VL_NUM.search(text[:HEAD_CHARS]):
        info.number = m.group(1)
    elif doc.meta.get("number"):
        info.number = str(doc.meta["number"])
    if info.kind == WRITTEN_QUESTION:
        pass  # Kamerstuk references in its footnotes are other documents' numbers
    elif m := _DOSSIER.search(text):
        info.dossier = re.sub(r"\s*-\s*", " ", m.group("dossier")).strip()
        if not info.number and info.kind == MOTION:
            info.number = f"kst-{info.dossier.replace(' ', '-').replace('-', '', 1)}-{m.group('nr')}"
    elif m := _KST.search(text):
        d = m.group("d")
        info.dossier = f"{d[:2]} {d[2:]}" + (f" {m.group('sub')}" if m.group("sub") else "")
    if not info.dossier and info.kind == MOTION:
        if d := re.search(r"^(\d{2} \d{3}(?: [IVXLC]+)?)$", text[:2000], re.M):
            info.dossier = d.group(1)
    if not info.number and info.kind == REGULATION:
        first = doc.blocks[0].text if doc.blocks else ""
        if m := _REG_NUM.search(first):
            info.number = m.group("n").rstrip(".,;)")
    if not info.number and (z := _ZAAK.search("\n".join(b.text for b in doc.blocks[:2]))):
        info.number = z.group(0)


_ORG_SUBJECT = lazyre.compile(
    r"(?:^|[.!?:]\s+|\n)(?:De\s+|Het\s+)?(?P<org>[A-Z][A-Za-z&]{1,7}(?:-[A-Z][A-Za-z]+)?)\s+"
    r"(?:heeft|neemt|publiceerde|publiceert|stelt|organiseert|wil|zet|zetten|werkt|vertegenwoordigt|ondersteunt|"
    r"roept|pleit|vraagt|coördineert|coordineert|is\s+de|brengt|verzamelt|ontwikkelde|ontwikkelt|lanceerde|"
    r"lanceert|biedt|maakt|verwelkomt|betreurt|reageert)\b",
)
_NOT_ORGS = {"STEM", "COVID", "EER", "EU", "HO", "WO", "HBO", "MBO", "NPO", "KA", "ICT", "AI", "PDF", "CAO",
             "BIS", "ASO", "TSO", "BSO", "KSO", "VS", "NL", "BE", "Dit", "Deze", "Het", "De", "Er", "Ze", "Zij",
             "Hij", "Ik", "We", "Wij", "U", "Men", "Ook", "Dat", "Die", "Wie", "Elke", "Iedere", "Een"}


def _organisation(doc: Document, info: DocumentInfo) -> str:
    """The issuing body when the text shows it; '' when it does not."""
    head = _head(doc)
    if info.kind in (WRITTEN_QUESTION, MOTION) and info.organisation:
        return info.organisation
    if info.kind == GOVERNMENT_DECISION or re.search(r"\bDe\s+Vlaamse\s+Regering\b", head[:1500]):
        if re.search(r"Vlaamse\s+Regering", head):
            return "Vlaamse Regering"
    if info.kind in (GOVERNMENT_DECISION, REGULATION):
        if m := re.search(r"Voorstel\s+van\s+de\s+(?:federale\s+)?regering|Ministerraad", head):
            return "Ministerraad"
        m = re.search(r"(?:Op\s+de\s+voordracht\s+van\s+(?:Onze\s+|de\s+)?|^(?:#+\s*)?(?:De|Regeling\s+van\s+de)\s+)"
                      r"(?:Minister|Staatssecretaris)\s+(?:van|voor)\s+(?P<port>[^;\n]+?)"
                      r"(?=,?\s+van\s+\d{1,2}\s|,\s*(?:nr\.|kenmerk|handelend|gedaan|mede|in\s+overeenstemming)|,?\s*\n|;|,?\s*$)",
                      head, re.M)
        if m:
            port = _clean(m.group("port"))
            return "Ministerie van OCW" if port.startswith("Onderwijs, Cultuur en Wetenschap") else f"Ministerie van {port}"
    if re.search(r"Vlaamse\s+Regering", (doc.title or "") + head[:3000], re.I) and info.kind == ACTION_PLAN:
        return "Vlaamse Regering"
    if info.kind != WEB_PAGE:
        return ""
    counts: dict[str, int] = {}
    for m in _ORG_SUBJECT.finditer(doc.text[:50000]):
        org = m.group("org")
        if org in _NOT_ORGS or not (org.isupper() or sum(c.isupper() for c in org) >= 2):
            continue
        counts[org] = counts.get(org, 0) + 1
    if counts:
        org, n = max(counts.items(), key=lambda kv: kv[1])
        if n >= 2:
            return org
    return ""


def detect_info(doc: Document, passages: list[Passage], qa_pairs: list | None = None) -> DocumentInfo:
    """Kind (with evidence), title, dated events, numbers, persons, issuing body, year, language.

    Front matter in `doc.meta` (kind, title, date, organisation, source_url) overrides detection
    the same way a sidecar does.
    """
    kind, evidence = detect_kind(doc, passages, qa_pairs)
    info = DocumentInfo(kind=kind, kind_evidence=evidence, title=doc.title or "", language=doc.language)
    head = _head(doc)
    letter_dates: list[DatedEvent] = []
    if kind == WRITTEN_QUESTION:
        letter_dates = _written_question_info(doc, info)
    elif kind == MOTION:
        _motion_info(doc, info)
    elif kind == GOVERNMENT_DECISION and (not doc.blocks or doc.blocks[0].kind != "heading"):
        info.title = _decision_title(doc.text) or info.title
    if info.title == doc.title and doc.blocks and not any(b.kind == "heading" for b in doc.blocks[:3]):
        first = doc.blocks[0].text.strip()
        if 8 <= len(first) <= 200 and first[-1:] not in ".!?;:" and "\n" not in first:
            info.title = first  # an unmarked subject line above the text beats the file name
    info.dates = find_dates(" ".join(head.split()))
    if kind == WRITTEN_QUESTION:  # a date in the body is never the question's own date
        info.dates = [d for d in info.dates if d.role in ("ingezonden", "ontvangen", "beantwoord", "publicatie")]
        info.dates = letter_dates or info.dates
    tabled = motion_tabled(doc.text) if kind == MOTION else None
    if tabled and not any(d.role == "voorgesteld" for d in info.dates):
        info.dates.insert(0, tabled)
    if kind == REGULATION:
        first = " ".join((doc.blocks[0].text if doc.blocks else "").split())
        if m := re.search(rf"\bvan\s+({DATE_RE.pattern})", first, re.I):
            iso = parse_date(DATE_RE.search(m.group(1)))
            if iso and not any(d.date == iso for d in info.dates):
                info.dates.insert(0, DatedEvent("besluit", iso))
    signed = _signed(doc.text) or (_signed_below(doc.text[-CLOSING_CHARS:]) if kind == REGULATION else None)
    if signed and not any(d.role == "besluit" for d in info.dates):
        info.dates.append(signed)
    _numbers(doc, info)
    info.organisation = _organisation(doc, info)
    info.year = _year(info, doc)
    if doc.meta:
        info = apply_sidecar(info, {k: v for k, v in doc.meta.items() if k in _SIDECAR_KEYS})
    return info


# the closing formula that dates an act, decree or treaty where it was signed: "Gegeven te
# 's-Gravenhage, 24 oktober 2011", "GEDAAN te Den Haag, op 3 september 2003, in tweevoud",
# "Done at Brussels on 3 September 2003", "Aldus vastgesteld in de vergadering van 5 maart 2020"
# ("Aldus opgemaakt en in drievoud ondertekend op 1 november 2000"; a treaty may say in what languages first:
# "Gedaan in dubbel, in de Nederlandsche en de Fransche taal, welke beide teksten gelijkelijk authentiek zijn,
# te Parijs, den 19 November 1946")
_SIGNED = lazyre.compile(r"\b(?:gegeven|gedaan|done|given|aldus\s+(?:vastgesteld|besloten)|(?:onder)?getekend|ondertekend|signed)\b"
                         r"(?:[^.\d\n]{0,160}?\s(?:te|at|in)\s+(?P<place>(?-i:(?:['’]s-)?[A-Z])[^,.\n\d]{1,40})"
                         r"(?:,\s*(?-i:[A-Z])[^,.\n\d]{1,30}(?=,))?)?"  # (its country: "GEDAAN te Peking, China, op 30 mei 2005")
                         r"[,\s]+(?:(?:op|de|den|on|in\s+de\s+(?:openbare\s+)?vergadering\s+van)\s+)?(?=\d)", re.I)


# a day as a treaty writes it, in words or in the English formula: "GEDAAN te Parijs, de twaalfde december
# 1969", "DONE at Paris, this 12th day of December 1969" (read as "12 december 1969")
_DAY_IN_WORDS = lazyre.compile(r"\b(%s)(?=\s+(?:%s)\b)" % (months.DAY_PATTERN, "|".join(months.DUTCH)), re.I)
# a day as an ordinal in digits: "GEDAAN te Bonn de 23ste maart 1983", "den 1sten Mei 1920"
_ORDINAL_DAY = lazyre.compile(r"\b(\d{1,2})(?:sten|ste|den|de|e)(?=\s+(?:%s)\b)" % "|".join(months.DUTCH), re.I)
_DAY_OF = lazyre.compile(r"\b(?:this\s+)?(\d{1,2})(?:st|nd|rd|th)\s+day\s+of\s+([A-Za-z]+),?\s+(?=(?:19|20)\d\d\b)", re.I)


def _signed(text: str) -> DatedEvent | None:
    """The date the document's closing formula gives it: the last one in its last part, else (a treaty
    followed by the notes exchanged about it, "GEDAAN te Bonn de 23ste maart 1983 … Nr. I …") the first one
    of a treaty's own formula ("gedaan", "done") anywhere; None when there is none."""
    found = _closing_dates(text[-CLOSING_CHARS:])
    if found:
        return found[-1]
    head = text[:-CLOSING_CHARS]
    for m in _TREATY_WORD.finditer(head):  # (only around the formula's word: a report's whole text is no formula)
        found = _closing_dates(head[m.start():m.start() + FORMULA_CHARS], treaty=True)
        if found:
            return found[0]
    return None


CLOSING_CHARS = 3000  # the end of a text where its closing formula or signature stands
_TREATY_FORMULA = lazyre.compile(r"gedaan|done", re.I)
_TREATY_WORD = lazyre.compile(r"\b(?:gedaan|done)\b", re.I)
FORMULA_CHARS = 400  # a closing formula's word, place, languages and date ("GEDAAN te Peking, China, op 30 mei 2005")


def _closing_dates(part: str, treaty: bool = False) -> list[DatedEvent]:
    """The dated closing formulas of a part of a text, in order (only a treaty's, "GEDAAN te …", when `treaty`)."""
    part = months.in_dutch(part)
    part = _DAY_OF.sub(lambda m: f"{m.group(1)} {m.group(2)} ", _DAY_IN_WORDS.sub(
        lambda m: str(months.DAY_WORDS[m.group(1).lower()]), _ORDINAL_DAY.sub(r"\1", part)))
    out = []
    for m in _SIGNED.finditer(part):
        if treaty and not _TREATY_FORMULA.match(m.group()):
            continue
        d = DATE_RE.match(part, m.end())
        iso = parse_date(d) if d else ""
        if iso:
            place = re.sub(r"\s+(?:op|on|de|den|the)$", "", (m.group("place") or "").strip(), flags=re.I)
            out.append(DatedEvent("besluit", iso, place))
    return out


# a regulation signed with its place and its day on a line of their own, no formula before them:
# "Zoetermeer 30 mei 1985\n\nDe minister van Onderwijs en Wetenschappen, W. J. Deetman" (the place may stand a line
# above the day)
_PLACE_THEN_DAY = lazyre.compile(r"(?m)^[ \t]*(?P<place>(?:['’]s-)?[A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*)?)[ \t,]*(?:\n[ \t]*)?(?=\d)")


def _signed_below(part: str) -> DatedEvent | None:
    """The last day a regulation's end gives on a line of its own after a place (`_PLACE_THEN_DAY`);
    None when there is none."""
    out = None
    for m in _PLACE_THEN_DAY.finditer(part):
        d = DATE_RE.match(part, m.end())
        iso = parse_date(d) if d and not part[d.end():].split("\n", 1)[0].strip() else ""
        if iso and ascii_key(m.group("place")).lower() in place_names():
            out = DatedEvent("besluit", iso, m.group("place"))
    return out


def _year(info: DocumentInfo, doc: Document) -> int | None:
    for role in ("ingezonden", "voorgesteld", "besluit", "publicatie", "ontvangen", "beantwoord"):
        for d in info.dates:
            if d.role == role:
                return int(d.date[:4])
    if m := re.search(r"\b((?:19|20)\d\d)\b", info.title or ""):
        return int(m.group(1))
    if m := re.search(r"[Vv]ergaderjaar\s+((?:19|20)\d\d)", doc.text[:2000]):
        return int(m.group(1))
    return None


_SIDECAR_KEYS = {"kind", "title", "date", "organisation", "organization", "source_url", "url", "year", "number",
                 "dossier", "language", "date_role"}


def _iso(value) -> str:
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    s = str(value).strip()
    if m := re.match(r"((?:19|20)\d\d-\d\d-\d\d)(?:[T ]\d|$)", s):  # ISO 8601, with a time or not
        return m.group(1)
    if m := DATE_RE.search(s):
        return parse_date(m) or s
    try:  # a feed's or blog's date ("Mon, 20 May 2019 04:34:14 +0200", RFC 2822)
        return parsedate_to_datetime(s).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    if re.fullmatch(r"(?:19|20)\d\d(?:-\d\d)?", s):
        return s
    return s


_TEXT_KEYS = ("title", "organisation", "organization", "source_url", "url", "language", "date_role")


def _type_name(value) -> str:
    if isinstance(value, bool):
        return "true/false"
    for kind, name in ((str, "text"), (int, "a number"), (float, "a number"), (datetime, "a date and time"),
                       (date, "a date"), (time, "a time"), (list, "a list"), (dict, "a table")):
        if isinstance(value, kind):
            return name
    return type(value).__name__


def _plain(value):
    """TOML dates and times as ISO text: the sidecar is stored with the document as JSON."""
    if isinstance(value, (date, time)):  # datetime is a date
        return value.isoformat()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def check_sidecar(meta: dict) -> dict:
    """A sidecar's keys checked and made plain, or ValueError naming the first bad one.

    A curator's typo must cost that one file a clear line, not the whole ingest or a silently
    wrong record: dates may be TOML dates or text, a kind may be given in English or Dutch,
    text keys must be text. Keys polkb does not use are kept (stored with the document).
    """
    out = {}
    for key, value in meta.items():
        if key == "kind":
            if canonical_kind(value) is None:
                raise ValueError(f"unknown kind {_shown(value)}; use one of: {kind_choices()}")
            value = canonical_kind(value)
        elif key in _TEXT_KEYS and not isinstance(value, str):
            raise ValueError(f"{key} must be text (in quotes), not {_type_name(value)}")
        elif key in ("number", "dossier") and (isinstance(value, bool) or not isinstance(value, (str, int))):
            raise ValueError(f"{key} must be text or a whole number, not {_type_name(value)}")
        elif key == "date" and value != "":
            if isinstance(value, datetime):
                value = value.date()
            if isinstance(value, int) and not isinstance(value, bool):
                value = str(value)  # date = 2024: the year
            if isinstance(value, date):
                value = value.isoformat()
            elif not isinstance(value, str) or not re.fullmatch(r"\d{4}(?:-\d\d(?:-\d\d)?)?", _iso(value)):
                raise ValueError(f"date {_shown(value)} is not a date; write date = 2024-03-07 "
                                 f"or date = \"7 maart 2024\"")
        elif key == "year" and value != "":
            plain = isinstance(value, (int, str)) and not isinstance(value, bool)
            if not plain or not re.match(r"\d{4}(?!\d)", str(value).strip()):
                raise ValueError(f"year {_shown(value)} is not a year; write year = 2024")
        out[key] = _plain(value)
    return out


def _shown(value) -> str:
    """A bad value for a message: text quoted, anything else by its TOML type ("a time")."""
    return repr(value) if isinstance(value, str) else f"({_type_name(value)})"


def apply_sidecar(info: DocumentInfo, meta: dict) -> DocumentInfo:
    """A copy of `info` with what the sidecar (or front matter) states put first.

    Keys: kind, title, date (+ optional date_role, default "publicatie"), organisation, source_url
    or url, year, number, dossier, language. A kind may be named in Dutch ("motie"); an unknown
    one in front matter is kept as written (sidecars are checked first, see `check_sidecar`).
    """
    if not meta:
        return info
    out = replace(info, dates=list(info.dates), askers=list(info.askers), addressees=list(info.addressees),
                  answered_by=list(info.answered_by))
    if meta.get("kind"):
        out.kind = canonical_kind(meta["kind"]) or str(meta["kind"]).strip()
        out.kind_evidence = "sidecar"
    if meta.get("title"):
        out.title = str(meta["title"]).strip()
    org = meta.get("organisation") or meta.get("organization")
    if org:
        out.organisation = str(org).strip()
    url = meta.get("source_url") or meta.get("url")
    if url:
        out.source_url = str(url).strip()
    for key in ("number", "dossier", "language"):
        if meta.get(key):
            setattr(out, key, str(meta[key]).strip())
    if meta.get("date"):
        role = str(meta.get("date_role") or "publicatie")
        iso = _iso(meta["date"])
        out.dates = [DatedEvent(role, iso)] + [d for d in out.dates if d.role != role]
        if re.match(r"(?:19|20)\d\d", iso):
            out.year = int(iso[:4])
    if meta.get("year"):
        try:
            out.year = int(str(meta["year"]).strip()[:4])
        except ValueError:
            pass
    return out


@register("info", after=("qa_pairs",))  # the kind reads the Q/A pairs: not found twice
def _extract(doc: Document, passages: list[Passage], found: dict):
    return detect_info(doc, passages, found.get("qa_pairs"))
