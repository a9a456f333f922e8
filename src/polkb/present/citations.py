"""Citations of a document in the style of its kind, with a link, as text, JSON, Markdown and
CSL-JSON (the format Zotero and other reference managers import).

A policy officer cites a parliamentary question as "Aanhangsel Handelingen II 2023/24, nr. 1432",
a motion as "Kamerstukken II 2022/23, 31 288, nr. 1008", a regulation by its short title, a web
page by its organisation. Each style uses only the fields the tag stage stored: a field the
document does not state is left out, never guessed. The words of a citation are Dutch, like the
documents; dates are written as a Dutch reader writes them ("5 april 2024").
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

from ..text import months
from ..model import Person, SourceDocument

MONTHS = months.DUTCH

# what a date's role reads as in a citation; a written question's "ontvangen" date is the day
# the answer reached the chamber ("Antwoord van … (ontvangen 5 april 2024)")
DATE_WORDS = {"ingezonden": "ingezonden", "ontvangen": "ontvangen", "beantwoord": "beantwoord",
              "voorgesteld": "voorgesteld", "besluit": "vastgesteld", "publicatie": "gepubliceerd"}

# the Dutch word for each kind, where a citation names it
KIND_LABELS = {"written_question": "schriftelijke vragen", "motion": "motie",
               "government_decision": "beslissing", "regulation": "regeling", "web_page": "webpagina",
               "action_plan": "actieplan", "project_report": "projectverslag", "slide_deck": "presentatie",
               "document": "document"}

CHAMBERS = {"tweede kamer": "II", "eerste kamer": "I"}


# -- the pieces: dates, parliamentary years, people --------------------------------------------

def dutch_date(iso: str) -> str:
    """'2024-04-05' -> '5 april 2024'; '2024-04' -> 'april 2024'; a year stays a year."""
    parts = [int(p) for p in re.findall(r"\d+", iso or "")]
    if len(parts) >= 3 and 1 <= parts[1] <= 12:
        return f"{parts[2]} {MONTHS[parts[1] - 1]} {parts[0]}"
    if len(parts) == 2 and 1 <= parts[1] <= 12:
        return f"{MONTHS[parts[1] - 1]} {parts[0]}"
    return str(parts[0]) if parts else ""


def parliamentary_year(iso: str) -> str:
    """The States General's session a date falls in, as cited ("2023/24"): a session opens on
    Prinsjesdag, the third Tuesday of September. '' for a date without a year."""
    parts = [int(p) for p in re.findall(r"\d+", iso or "")]
    if not parts:
        return ""
    year = parts[0]
    day = date(year, parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    first = date(year, 9, 1)
    opening = first + timedelta(days=(1 - first.weekday()) % 7 + 14)
    start = year if day >= opening else year - 1
    return f"{start}/{(start + 1) % 100:02d}"


def portfolio_short(portfolio: str) -> str:
    """'Onderwijs, Cultuur en Wetenschap' -> 'OCW', as ministries are written; a one-word
    portfolio stays as it is ('Financiën')."""
    letters = [w[0] for w in re.findall(r"[^\W\d_]+", portfolio) if w[0].isupper()]
    return "".join(letters) if len(letters) >= 3 else portfolio


def person_phrase(p: Person, with_portfolio: bool = True) -> str:
    """'Van Zanten (BBB)', 'de staatssecretaris van OCW', 'minister Dijkgraaf (OCW)'."""
    portfolio = portfolio_short(p.portfolio) if with_portfolio and p.portfolio else ""
    if not p.name:
        return " ".join(x for x in (f"de {p.role}" if p.role else "", f"van {portfolio}" if portfolio else "") if x)
    role = p.role if p.role and p.role != "lid" else ""
    extra = ", ".join(x for x in (portfolio, p.party) if x)
    return " ".join(x for x in (role, p.name) if x) + (f" ({extra})" if extra else "")


def members_phrase(people: list[Person]) -> str:
    """'het lid Van Zanten (BBB)', 'de leden Mutluer (GroenLinks-PvdA) en Kostic´ (PvdD)'."""
    names = [person_phrase(p) for p in people]
    if not names:
        return ""
    if len(names) == 1:
        return ("het lid " if people[0].role in ("lid", "") else "") + names[0]
    lead = "de leden " if all(p.role in ("lid", "") for p in people) else ""
    return lead + ", ".join(names[:-1]) + " en " + names[-1]


def _and(phrases: list[str]) -> str:
    phrases = [p for p in phrases if p]
    return ", ".join(phrases[:-1]) + " en " + phrases[-1] if len(phrases) > 1 else "".join(phrases)


def _dates(doc: SourceDocument, words: dict | None = None, skip_in: str = "") -> list[str]:
    """Each dated event as '<role> <date>', leaving out a date the title already states."""
    words = {**DATE_WORDS, **(words or {})}
    out = []
    for event in doc.dates:
        written = dutch_date(event.date)
        if written and written not in skip_in:
            out.append(f"{words.get(event.role, event.role)} {written}".strip())
    return out


def _number(doc: SourceDocument) -> str:
    """A parliamentary document number as cited: 'kst-31288-1008' -> '1008'."""
    number = doc.number.strip()
    if number.lower().startswith("kst-"):
        return number.rsplit("-", 1)[-1]
    return number


def _chamber(doc: SourceDocument) -> str:
    return CHAMBERS.get(doc.organisation.strip().lower(), "")


def _session(doc: SourceDocument, *roles: str) -> str:
    event = next((e for role in roles for e in doc.dates if e.role == role), None)
    return parliamentary_year(event.date) if event else ""


# -- one style per kind --------------------------------------------------------------------------

def written_question(doc: SourceDocument) -> str:
    """'Aanhangsel Handelingen II 2023/24, nr. 1432 — vragen van het lid Van Zanten (BBB) aan de
    staatssecretaris van OCW, ingezonden 7 maart 2024, beantwoord 5 april 2024'."""
    chamber, number = _chamber(doc), _number(doc)
    askers = members_phrase(doc.askers)
    to = _and([person_phrase(p) for p in doc.addressees])
    asked = " ".join(x for x in ("vragen van " + askers if askers else "", "aan " + to if to else "") if x)
    dates = _dates(doc, {"ontvangen": "beantwoord"})
    if chamber:
        session = _session(doc, "ingezonden", "ontvangen", "beantwoord")
        head = " ".join(x for x in ("Aanhangsel Handelingen", chamber, session) if x)
        head += f", nr. {number}" if number else ""
        return head + " — " + ", ".join(x for x in (asked or doc.title, *dates) if x)
    head = "Schriftelijke vraag" + (f" nr. {number}" if number else "")
    tail = ", ".join(x for x in (asked, doc.organisation, *dates) if x)
    return f"{head}: {doc.title}" + (f" — {tail}" if tail else "")


def motion(doc: SourceDocument) -> str:
    """'Kamerstukken II 2022/23, 31 288, nr. 1008 — motie van het lid Omtzigt c.s. (Hoger
    Onderwijs-, Onderzoek- en Wetenschapsbeleid), voorgesteld 31 januari 2023'."""
    lead, _, subject = doc.title.partition(":")
    movers = lead.strip() if lead.lower().startswith("motie van") else ""
    if not movers:
        names = members_phrase(doc.askers)
        if names:
            movers, subject = "Motie van " + names, doc.title
        else:  # no movers known: the title names the motion
            movers, subject = (doc.title if doc.title.lower().startswith("motie") else f"Motie: {doc.title}"), ""
    what = movers[0].lower() + movers[1:] + (f" ({subject.strip()})" if subject.strip() else "")
    dates = _dates(doc)
    chamber, number = _chamber(doc), _number(doc)
    if chamber and doc.dossier:
        head = " ".join(x for x in ("Kamerstukken", chamber, _session(doc, "voorgesteld")) if x)
        head += f", {doc.dossier}" + (f", nr. {number}" if number else "")
        return head + " — " + ", ".join([what, *dates])
    where = ", ".join(x for x in (doc.organisation, f"dossier {doc.dossier}" if doc.dossier else "",
                                  f"nr. {number}" if number else "") if x)
    return ", ".join(x for x in (what[0].upper() + what[1:], where, *dates) if x)


# a short title in parentheses at the end of a long one: "Besluit van …, houdende … (Besluit
# experiment excellentie in het hoger onderwijs)"
_SHORT_TITLE = re.compile(r"^(?P<long>.*\S)\s*\((?P<short>[^()]*(?:besluit|regeling|wet|decreet|beleidsregel)"
                          r"[^()]*)\)\s*$", re.S | re.I)
_TITLE_DATE = re.compile(r"\b\d{1,2} (?:%s) \d{4}\b" % "|".join(MONTHS), re.I)


def regulation(doc: SourceDocument) -> str:
    """A law or regulation by its short title where the title gives one, with the date the long
    title states: 'Besluit experiment uitbreiding bindend studieadvies, 15 juli 2013, Ministerie
    van OCW'; else its full title. Issuer, number, dossier and dates only where the title lacks
    them."""
    title, said = doc.title.strip(), doc.title.lower()
    m = _SHORT_TITLE.match(title)
    if m:
        dated = _TITLE_DATE.search(m.group("long"))
        title = m.group("short").strip() + (f", {dated.group(0)}" if dated else "")
    number = _number(doc)
    issuer = doc.organisation if doc.organisation and not re.search(
        r"\b(minister|staatssecretaris|regering)\b", title.lower()) and doc.organisation.lower() not in said else ""
    extra = [issuer,
             f"nr. {number}" if number and number.lower() not in title.lower() else "",
             f"dossier {doc.dossier}" if doc.dossier and doc.dossier not in said else "",
             *_dates(doc, skip_in=doc.title)]
    if not doc.dates and doc.year and str(doc.year) not in said:
        extra.append(str(doc.year))
    return ", ".join(x for x in (title, *extra) if x)


def government_decision(doc: SourceDocument) -> str:
    """'Beslissing Vlaamse Regering, 3 juli 2020: Taalregeling hoger onderwijs: …'."""
    head = "Beslissing " + doc.organisation if doc.organisation else "Besluit"
    dates = [dutch_date(e.date) for e in doc.dates if dutch_date(e.date) not in doc.title]
    when = ", ".join(x for x in (f"nr. {_number(doc)}" if doc.number else "", *dates) if x)
    if not when and doc.year and str(doc.year) not in doc.title:
        when = str(doc.year)
    return head + (f", {when}" if when else "") + f": {doc.title}"


def publication(doc: SourceDocument) -> str:
    """Web pages, action plans, reports, slides and other documents: '<organisation>, <title>
    (<kind>), <date or year>'."""
    label = KIND_LABELS.get(doc.kind, "")
    title = doc.title + (f" ({label})" if label and doc.kind != "document" else "")
    dates = _dates(doc, skip_in=doc.title)
    if not dates and doc.year and str(doc.year) not in doc.title:
        dates = [str(doc.year)]
    number = f"nr. {_number(doc)}" if doc.number and doc.number not in doc.title else ""
    organisation = doc.organisation if doc.organisation.lower() not in doc.title.lower() else ""
    return ", ".join(x for x in (organisation, title, number, *dates) if x)


STYLES = {"written_question": written_question, "motion": motion, "regulation": regulation,
          "government_decision": government_decision}


def citation_line(doc: SourceDocument, page: int | None = None) -> str:
    """The citation of a document (and page) in the style of its kind."""
    text = STYLES.get(doc.kind, publication)(doc)
    return text + (f", p. {page}" if page else "")


def link(doc: SourceDocument, page: int | None = None) -> str:
    """Where a reader opens the source: its URL if known, else the original file on this machine
    (`file://…#page=N`, which PDF viewers and browsers open at the page)."""
    if doc.source_url:
        return doc.source_url
    if not doc.file:
        return ""
    from ..paths import unescape

    file = Path(unescape(doc.file))  # the file system's name: its bytes, percent-encoded
    uri = file.as_uri() if file.is_absolute() else doc.file
    return uri + (f"#page={page}" if page else "")


def markdown(doc: SourceDocument, page: int | None = None) -> str:
    """The citation as a Markdown link: '[Aanhangsel Handelingen II …, p. 2](file:///…#page=2)'."""
    text = citation_line(doc, page).replace("[", "\\[").replace("]", "\\]")
    target = link(doc, page)
    return f"[{text}](<{target}>)" if target else text


def as_json(doc: SourceDocument, page: int | None = None) -> dict:
    """The citation of a hit or record in JSON: the line, its link and its Markdown."""
    return {"text": citation_line(doc, page), "link": link(doc, page), "markdown": markdown(doc, page)}


# -- CSL-JSON -----------------------------------------------------------------------------------

# CSL 1.0.1 types that Zotero maps to an item type: Bill, Statute, Web Page, Presentation, Report
CSL_TYPES = {"motion": "bill", "regulation": "legislation", "web_page": "webpage", "slide_deck": "speech"}


def _issued(doc: SourceDocument) -> dict | None:
    order = ("beantwoord", "ontvangen", "voorgesteld", "besluit", "publicatie", "ingezonden")
    event = next((e for role in order for e in doc.dates if e.role == role), None) or (doc.dates[0] if doc.dates else None)
    if event:
        return {"date-parts": [[int(p) for p in re.findall(r"\d+", event.date)][:3]]}
    return {"date-parts": [[doc.year]]} if doc.year else None


def csl_item(doc: SourceDocument) -> dict:
    """One CSL-JSON item for a document (a reference manager cites pages itself)."""
    item = {"id": doc.id, "type": CSL_TYPES.get(doc.kind, "report"), "title": doc.title,
            "genre": KIND_LABELS.get(doc.kind, ""), "language": doc.language,
            "note": citation_line(doc)}
    authors = [{"family": p.name} for p in doc.askers if p.name]
    if authors:
        item["author"] = authors
    elif doc.organisation:
        item["author"] = [{"literal": doc.organisation}]
    if doc.organisation:
        item["publisher"] = doc.organisation
    issued = _issued(doc)
    if issued:
        item["issued"] = issued
    if doc.number:
        item["number"] = _number(doc)
    if doc.dossier:
        item["collection-number"] = doc.dossier
    if doc.kind in ("written_question", "motion") and _chamber(doc):
        item["container-title"] = ("Aanhangsel Handelingen " if doc.kind == "written_question"
                                   else "Kamerstukken ") + _chamber(doc)
    if doc.source_url:
        item["URL"] = doc.source_url
    return item


def csl_items(documents) -> list[dict]:
    """CSL-JSON for the distinct documents given (in their order)."""
    seen: dict[str, SourceDocument] = {}
    for doc in documents:
        if doc is not None:
            seen.setdefault(doc.id, doc)
    return [csl_item(d) for d in seen.values()]
