"""Document records as evidence: a document's own facts, and an initiative's partners.

Who tabled a motion, who asked or answered written questions and when, a document's number and
dossier, are stored with the
document at ingest (polkb.tag.kinds); they beat any sentence, which may cite another motion or an
older decree. The document is the one the best evidence comes from.
"""
from __future__ import annotations

import re

from ..analysis.filters import fold
from . import question as Q
from .types.dates import dutch_date
from ..text import lazyre

# the roles a document record gives its dates, for each role a question can ask for
_RECORD_ROLES = {Q.ROLE_SENT: ("ingezonden", "voorgesteld", "ingediend"), Q.ROLE_ANSWERED: ("ontvangen", "beantwoord"),
                 Q.ROLE_DECIDED: ("besluit", "beslissing", "vergadering"), Q.ROLE_IN_FORCE: ("inwerkingtreding",)}


def document_fact(q: Q.Question, docs: list[dict], ranked_doc_ids: list[str]) -> tuple[str, list[str], dict] | None:
    """(answer, items, document) from the best-ranked document of the asked kind, or None."""
    if not q.doc_fact and (q.role not in (Q.ROLE_SENT, Q.ROLE_ANSWERED) or not q.doc_kind):
        # a date the document's text gives ("voor 1 juni 2023") is read from the text, and so is
        # one sent or answered by a question that names no document ("wanneer stuurde het
        # kabinet zijn reactie …" is not when the Kamervragen about it were sent)
        return None
    if q.doc_fact == "date" and q.role not in (Q.ROLE_SENT, Q.ROLE_ANSWERED, Q.ROLE_DECIDED):
        return None
    by_id = {d["id"]: d for d in docs}
    for doc_id in ranked_doc_ids:
        doc = by_id.get(doc_id)
        if doc is None:
            continue
        info = doc.get("info", {})
        if q.doc_fact in ("number", "dossier"):  # "Welk nummer heeft de motie …", "onder welk dossier"
            if q.doc_kind and doc.get("kind") != q.doc_kind or not info.get(q.doc_fact):
                continue
            if q.doc_fact == "dossier":
                return str(info["dossier"]), [], doc
            m = re.search(r"(\d+)$", str(info["number"]))  # "kst-34334-26": Kamerstuk 34 334, nr. 26
            nr = f"nr. {m.group(1)}" if m else str(info["number"])
            return (f"{info['dossier']}, {nr}" if info.get("dossier") else nr), [], doc
        if q.doc_fact in ("submitters", "answerers"):
            if doc.get("kind") != q.doc_kind:
                continue
            people = info.get("askers" if q.doc_fact == "submitters" else "answered_by", [])
            names = [p["name"] + (f" ({p['party']})" if p.get("party") else "") for p in people if p.get("name")]
            if not names:
                continue
            if q.doc_fact == "answerers":
                label = lambda p: " ".join(x for x in (p.get("role", ""), p.get("name", "")) if x)  # noqa: E731
                names = [label(p) for p in people if p.get("name")]
            answer = ", ".join(names[:-1]) + " en " + names[-1] if len(names) > 1 else names[0]
            return answer, names if len(names) > 1 else [], doc
        if q.type in (Q.DATE, Q.YEAR):
            if q.doc_kind and not _of_kind(doc.get("kind", ""), q.doc_kind) and not _dated_act(q, info):
                continue
            wanted = _RECORD_ROLES.get(q.role, ())
            if not wanted and q.doc_kind == "motion":
                wanted = ("voorgesteld",)
            dates = [d for d in info.get("dates", []) if (not wanted and q.doc_kind) or d["role"] in wanted]
            if not dates:
                if q.doc_kind:
                    continue
                return None  # only the best document's own dates answer a role question
            iso = dates[0]["date"]
            if q.type == Q.YEAR:
                return iso[:4], [], doc
            place = dates[0].get("place") if _ASKS_PLACE.search(q.text) else ""
            return f"{dutch_date(iso)}{f' te {place}' if place else ''} ({iso}, {dates[0]['role']})", [], doc
        return None
    return None


# "op welke dag en in welke plaats werd de overeenkomst getekend": the place its closing formula gives too
_ASKS_PLACE = lazyre.compile(r"\b(?:waar|where|(?:welke|which|what)\s+(?:plaats|stad|city|place|town))\b", re.IGNORECASE)


def _dated_act(q: Q.Question, info: dict) -> bool:
    """Whether a document of another kind is yet the act whose decision date is asked: the tagger
    gives a treaty or agreement ("Verdrag tussen het Koninkrijk der Nederlanden en de Vlaamse
    Gemeenschap …", no date in its title, no preamble) no kind of its own, but its closing formula
    ("GEDAAN te Den Haag, op 3 september 2003") gives it the decision date a regulation has."""
    return q.doc_kind == "regulation" and q.role == Q.ROLE_DECIDED and \
        any(d.get("role") == "besluit" for d in info.get("dates", []))


def _of_kind(kind: str, asked: str) -> bool:
    """Whether a document of `kind` is one the question names: a decision is a regulation or a
    government decision; a letter any document that is no motion or written questions."""
    if asked == "regulation":
        return kind in ("regulation", "government_decision")
    if asked == "letter":
        return kind not in ("motion", "written_question")
    return kind == asked


def initiative_partners(q: Q.Question, docs: list[dict]):
    """(answer, items, InitiativeRecord, Source) when the question names an initiative whose
    partners or coordinator a document records; the source is the document that states them."""
    if q.type not in (Q.ORGANISATIONS, Q.ACTOR):
        return None
    from ..records import initiatives
    from ..tag.initiatives import normalise_name

    asked = set(normalise_name(q.text).split())
    best = None
    for record in initiatives(docs):
        name = set(normalise_name(record.initiative.name).split())
        if name and name <= asked and (best is None or len(name) > len(best[0])):
            best = (name, record)
    if best is None:
        return None
    record = best[1]
    ini = record.initiative
    if q.type == Q.ACTOR and re.search(r"co[oö]rdin|trekker|leid|lead", q.text.lower()):
        stated = next((f for f in record.facts if f.coordinator), None)
        if stated:
            return stated.coordinator, [], record, stated.source
    if q.type == Q.ORGANISATIONS:
        stated = max(record.facts, key=lambda f: len(f.partners), default=None)
        if stated and stated.partners:
            # "met wie werkt de VU samen in Caring Universities": not with the VU itself
            partners = [p for p in stated.partners if fold(p) not in q.organisations] or stated.partners
            return f"{ini.name}: " + ", ".join(partners), list(partners), record, stated.source
    return None
