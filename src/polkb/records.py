"""Records: structured questions over what the tag stage stored (initiatives, partners, figures,
question/answer pairs), across all documents.

Each function takes the stored document data (`KnowledgeBase.documents()`) and returns plain
dataclasses or dicts that carry their source (path, title, page, passage), so every fact an officer
pastes into a note can be traced to its document.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .analysis import fold
from .model import Figure, Initiative, QAPair, SourceDocument




def _matches(value: str, wanted: str | None) -> bool:
    return not wanted or fold(wanted) in fold(value)


@dataclass
class Source:
    """Where a record comes from: enough to cite it."""

    path: str
    title: str
    doc_id: str
    passage_id: str = ""
    page: int | None = None
    document: SourceDocument | None = None  # filled by KnowledgeBase: kind, dates, number … to cite it


@dataclass
class StatedFacts:
    """What one document says of an initiative: a coordinator, partners or a sum stated in one
    document are cited to that document, never to another that names the same initiative."""

    source: Source
    coordinator: str = ""
    partners: list[str] = field(default_factory=list)
    funding: list[str] = field(default_factory=list)
    period: str = ""


@dataclass
class InitiativeRecord:
    initiative: Initiative
    sources: list[Source] = field(default_factory=list)
    facts: list[StatedFacts] = field(default_factory=list)  # per document that states any


@dataclass
class FigureRecord:
    figure: Figure
    source: Source


@dataclass
class QARecord:
    pair: QAPair
    source: Source
    askers: list[str] = field(default_factory=list)
    answered_by: list[str] = field(default_factory=list)
    dates: dict[str, str] = field(default_factory=dict)


def _source(doc: dict, passage_id: str = "", page: int | None = None) -> Source:
    return Source(doc["path"], doc["title"], doc["id"], passage_id, page)


def person_label(p: dict, portfolio: bool = False) -> str:
    """A stored person as an officer writes it: "minister Dijkgraaf (Onderwijs …, D66)"."""
    name = " ".join(x for x in (p.get("role", ""), p.get("name", "")) if x)
    extra = ", ".join(x for x in (p.get("portfolio", "") if portfolio else "", p.get("party", "")) if x)
    return f"{name} ({extra})" if extra else name


def initiatives(docs: list[dict], org: str | None = None, target: str | None = None,
                topic: str | None = None, country: str | None = None,
                name: str | None = None) -> list[InitiativeRecord]:
    """All initiatives, the same one merged across documents, filtered by partner or coordinator
    organisation, target group, topic, country or name (case- and accent-insensitive substrings)."""
    from .tag.initiatives import merge_groups

    found, sources = [], {}
    stated: list[StatedFacts | None] = []  # per record of one document: what that document says
    for doc in docs:
        for raw in doc.get("initiatives", []):
            ini = Initiative(**raw)
            ini.doc_ids = ini.doc_ids or [doc["id"]]
            found.append(ini)
            sources.setdefault(doc["id"], doc)
            says = ini.coordinator or ini.partners or ini.funding or ini.period
            stated.append(StatedFacts(_source(doc, ini.passage_ids[0] if ini.passage_ids else ""), ini.coordinator,
                                      list(ini.partners), list(ini.funding), ini.period) if says else None)
    if org:
        from .tag.entities import canonical_organisation

        org = canonical_organisation(org)  # "VU" means Vrije Universiteit Amsterdam
    out = []
    for ini, members in merge_groups(found):
        if not (_matches(" | ".join([ini.coordinator, *ini.partners]), org)
                and _matches(" | ".join(ini.target_groups), target)
                and _matches(" | ".join(ini.topics), topic)
                and _matches(ini.country, country)
                and _matches(ini.name, name)):
            continue
        srcs = [_source(sources[d], next((p for p in ini.passage_ids if p.startswith(d)), ""))
                for d in ini.doc_ids if d in sources]
        out.append(InitiativeRecord(ini, srcs, [stated[n] for n in members if stated[n] is not None]))
    return sorted(out, key=lambda r: (-len(r.initiative.partners), fold(r.initiative.name)))


def find_initiative(docs: list[dict], name: str) -> InitiativeRecord | None:
    """The initiative an officer means by `name`: exact normalised name first, then the one whose
    name contains it (or is contained in it), preferring the one with most partners."""
    from .tag.initiatives import normalise_name

    key = normalise_name(name)
    if not key:
        return None
    records = initiatives(docs)
    exact = [r for r in records if normalise_name(r.initiative.name) == key]
    if exact:
        return exact[0]
    words = set(key.split())
    partial = [r for r in records
               if key in normalise_name(r.initiative.name) or normalise_name(r.initiative.name) in key
               or words <= set(normalise_name(r.initiative.name).split())]
    return partial[0] if partial else None


# the spellings an officer types for the units figures are stored with
UNIT_SPELLINGS = {
    "%": ("%", "percent", "procent", "pct", "percentage", "share", "aandeel"),
    "EUR": ("eur", "euro", "euros", "€", "bedrag", "money", "geld"),
    "count": ("count", "aantal", "number", "n", "counts"),
    "ratio": ("ratio", "keer", "maal", "times", "x"),
    "ECTS": ("ects", "ec", "studiepunten", "studiepunt", "credits"),
    "points": ("points", "punten", "punt", "score"),
    "years": ("years", "year", "jaar", "jaren"),
    "months": ("months", "month", "maand", "maanden"),
    "weeks": ("weeks", "week", "weken"),
    "days": ("days", "day", "dag", "dagen"),
    "hours": ("hours", "hour", "uur", "uren"),
}


def canonical_unit(text: str) -> str | None:
    """The stored unit an officer means by `text` ("procent", "percent", "%" -> "%"), or None."""
    key = fold(text).strip().strip(".")
    for unit, spellings in UNIT_SPELLINGS.items():
        if key == fold(unit) or key in spellings:
            return unit
    return None


def figures(docs: list[dict], passage_ids: list[str] | None = None, unit: str | None = None) -> list[FigureRecord]:
    """Figures, optionally only those from the given passages (in that order) or of one unit."""
    out = []
    order = {pid: i for i, pid in enumerate(passage_ids or [])}
    for doc in docs:
        for raw in doc.get("figures", []):
            fig = Figure(**raw)
            if passage_ids is not None and fig.passage_id not in order:
                continue
            if unit and fold(fig.unit) != fold(unit):
                continue
            out.append(FigureRecord(fig, _source(doc, fig.passage_id, fig.page)))
    if passage_ids is not None:
        out.sort(key=lambda r: order[r.figure.passage_id])
    return out


def qa_pairs(docs: list[dict], passage_ids: list[str] | None = None, minister: str | None = None,
             asker: str | None = None) -> list[QARecord]:
    """Question/answer pairs of parliamentary questions, filtered by who answered, who asked,
    or by the passages a search found (in that order)."""
    order = {pid: i for i, pid in enumerate(passage_ids or [])}
    out = []
    for doc in docs:
        info = doc.get("info", {})
        askers = [person_label(p) for p in info.get("askers", [])]
        answered = [person_label(p) for p in info.get("answered_by", []) + info.get("addressees", [])]
        if not _matches(" | ".join(askers), asker) or not _matches(" | ".join(answered), minister):
            continue
        dates = {d["role"]: d["date"] for d in info.get("dates", [])}
        for raw in doc.get("qa_pairs", []):
            pair = QAPair(**raw)
            if passage_ids is not None and not ({pair.question_passage_id, pair.answer_passage_id} & order.keys()):
                continue
            out.append(QARecord(pair, _source(doc, pair.answer_passage_id or pair.question_passage_id, pair.page),
                                askers, [person_label(p) for p in info.get("answered_by", [])], dates))
    if passage_ids is not None:
        big = len(order)
        out.sort(key=lambda r: min(order.get(r.pair.question_passage_id, big),
                                   order.get(r.pair.answer_passage_id, big)))
    return out
