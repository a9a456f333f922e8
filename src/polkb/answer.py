"""Answer: a short, cited answer to a Dutch or English question, or "not found".

The order of evidence follows what can be trusted most:
1. structured records: a document's own facts (who tabled a motion, when questions were sent),
   an initiative's partners, the figures found at ingest;
2. passages found by the Dutch search, cut into sentences, where the sentence that covers the
   question's subject best is searched for an answer of the expected type (a date, a count with
   the right noun, a name next to the asked noun, a list after its lead-in …).
Every answer carries its citation; when nothing of the expected type is found, or the evidence
does not mention what the question names, the answer is None and the closest passages are
returned as related reading: an officer is better served by "not found" than by a guess.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from . import question as Qn
from .question import Question, parse_question
from .analysis import fold

NOT_FOUND = "Geen antwoord gevonden in de kennisbank."
NOT_FOUND_EN = "No answer found in the knowledge base."
MIN_CONFIDENCE = 0.5
SEARCH_DEPTH = 8
MAX_ANSWER_WORDS = 60
MAX_QUESTION_CHARS = 500  # a question, not a pasted document

_MONTHS = ("januari februari maart april mei juni juli augustus september oktober november december "
           "january february march april may june july august september october november december").split()
_MONTH = r"(?:%s)" % "|".join(_MONTHS)
_DATE = re.compile(r"\b(?:\d{1,2}\s+%s\s+(?:19|20)\d\d|%s\s+(?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)\b" % (_MONTH, _MONTH),
                   re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[A-Z0-9“\"'(‘])")
_NAME = re.compile(r"(?:[A-Z#][\w’'&+-]*(?:\s+(?:van|voor|en|de|der|het|of|for|and|the|in)?\s*[A-Z][\w’'&+-]*)*)")
_DUTCH_MONTHS = _MONTHS[:12]


@dataclass
class Citation:
    path: str
    title: str
    page: int | None
    passage_id: str
    quote: str


@dataclass
class Answer:
    question: str
    answer: str | None
    items: list[str] = field(default_factory=list)
    type: str = Qn.SENTENCE
    confidence: float = 0.0
    citations: list[Citation] = field(default_factory=list)
    related: list[dict] = field(default_factory=list)
    explanation: list[str] = field(default_factory=list)

    @property
    def found(self) -> bool:
        return self.answer is not None


@dataclass
class _Sentence:
    text: str
    hit: object          # the search Hit it came from
    rank: int
    coverage: float      # share of the question's subject it mentions


def iso_date(text: str) -> str:
    """ISO 8601 for a Dutch/English date phrase ("7 maart 2024" -> 2024-03-07, "maart 2022" -> 2022-03)."""
    t = text.lower().split()
    if len(t) == 1 and re.fullmatch(r"\d{4}-\d\d-\d\d", t[0]):
        return t[0]
    month = lambda w: _MONTHS.index(w) % 12 + 1  # noqa: E731
    if len(t) == 3:
        return f"{int(t[2]):04d}-{month(t[1]):02d}-{int(t[0]):02d}"
    if len(t) == 2:
        return f"{int(t[1]):04d}-{month(t[0]):02d}"
    return text


def dutch_date(iso: str) -> str:
    parts = iso.split("-")
    if len(parts) == 3:
        return f"{int(parts[2])} {_DUTCH_MONTHS[int(parts[1]) - 1]} {parts[0]}"
    if len(parts) == 2:
        return f"{_DUTCH_MONTHS[int(parts[1]) - 1]} {parts[0]}"
    return iso


class _Terms:
    """Question words and evidence compared as index terms: stems, compound parts, folded.

    Coverage weighs each question word by its rarity in the index (IDF): a passage that has
    "KU Leuven" but not "rector" does not answer "Wie is de rector van de KU Leuven?".
    """

    def __init__(self, searcher):
        self.searcher = searcher
        self.analyzer = searcher.schema["body"].analyzer
        self.passages = max(1, searcher.doc_count())
        self._cache: dict[str, frozenset] = {}
        self.loose = False

    def of(self, text: str) -> frozenset:
        got = self._cache.get(text)
        if got is None:
            got = self._cache[text] = frozenset(t.text for t in self.analyzer(text, mode="index"))
        return got

    def known(self, concept: frozenset) -> bool:
        """Whether any passage has the word: an English question's words that no Dutch passage
        uses ("involved") say nothing about which passage answers it."""
        return any(self.searcher.doc_frequency("body", t) for t in concept)

    def weight(self, concept: frozenset) -> float:
        df = min((self.searcher.doc_frequency("body", t) for t in concept), default=0)
        return math.log(1 + self.passages / (1 + df))

    def coverage(self, concepts: list[frozenset], text: str) -> float:
        if not concepts:
            return 0.0
        have = self.of(text)
        weights = [self.weight(c) for c in concepts]
        return sum(w for c, w in zip(concepts, weights) if self.meets(c, have)) / (sum(weights) or 1)

    def meets(self, concept: frozenset, have: frozenset) -> bool:
        """A question word is in the evidence; for an English question a shared stem start of five
        letters will do ("mentors" ~ "mentoren", "students" ~ "studenten")."""
        if concept & have:
            return True
        return self.loose and any(a[:5] == b[:5] for a in concept for b in have if len(a) >= 5 and len(b) >= 5)


_ASKS_ANSWER = re.compile(r"\b(?:antwoord\w*|beantwoord\w*|answer\w*|reageer\w*|reageerde|zegt de minister|"
                          r"stelt de minister|said the minister|respond\w*)\b", re.IGNORECASE)
_ORDINALS = ("eerste tweede derde vierde vijfde zesde zevende achtste negende tiende "
             "first second third fourth fifth sixth").split()
_ORDINAL_BEFORE = re.compile(r"\b(%s)\s+([\w-]+)" % "|".join(_ORDINALS), re.IGNORECASE)


def contradicts(question: str, evidence: str) -> bool:
    """True when the evidence puts another ordinal before a noun the question qualifies:
    "de tweede graad" is not answered by a figure about "de derde graad"."""
    asked = {(noun.lower(), ordinal.lower()) for ordinal, noun in _ORDINAL_BEFORE.findall(question)}
    if not asked:
        return False
    seen = {(noun.lower(), ordinal.lower()) for ordinal, noun in _ORDINAL_BEFORE.findall(evidence)}
    return any(noun == n and ordinal != o for noun, ordinal in asked for n, o in seen) and not (asked & seen)


def sentences(text: str) -> list[str]:
    """Sentences and list items of a passage (a list item is its own unit of evidence)."""
    out = []
    for block in text.split("\n\n"):
        out += [s.strip() for s in _SENTENCE_END.split(block) if s.strip()]
    return out


def _short(text: str, words: int = MAX_ANSWER_WORDS) -> str:
    parts = " ".join(text.split()).split(" ")
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def _cite(hit, quote: str) -> Citation:
    return Citation(hit.path, hit.title, hit.page, hit.passage_id, _short(quote, 80))


def _related(hits) -> list[dict]:
    return [{"path": h.path, "title": h.title, "page": h.page, "passage_id": h.passage_id,
             "snippet": h.snippet} for h in hits[:3]]


class Answerer:
    """Answers questions over one KnowledgeBase (reuses its searcher and stored records)."""

    def __init__(self, kb):
        self.kb = kb
        self.terms = _Terms(kb.searcher())
        self.docs: list[dict] = []  # records of the documents behind the current evidence

    # -- entry point ---------------------------------------------------------------------------
    def ask(self, text: str) -> Answer:
        q = parse_question(text[:MAX_QUESTION_CHARS])
        self.terms.loose = q.lang == "en"
        log = [f"type {q.type}" + (f" (noun '{q.noun}')" if q.noun else "")
               + (f", document fact {q.doc_kind}/{q.doc_fact}" if q.doc_fact else "")
               + f"; subject {q.subject}; required {q.required}"]
        query = " ".join(q.subject) or text
        hits = self.kb.search(query, limit=SEARCH_DEPTH).hits
        log.append("passages: " + ", ".join(f"{h.passage_id} ({h.score:.1f})" for h in hits[:5]))
        concepts = [self.terms.of(w) for w in q.subject]
        concepts = [c for c in concepts if c and (q.lang == "nl" or self.terms.known(c))]
        required = [self.terms.of(w) for w in q.required]
        hits = [h for h in hits if all(r & self.terms.of(f"{h.title} {h.heading} {h.text}") for r in required if r)]
        if required and not hits:
            log.append("no passage mentions " + ", ".join(q.required))
        # the stored records of the documents the evidence comes from (not of the whole index)
        self.docs = self.kb.documents_by_id([h.doc_id for h in hits])
        result = None
        for route in (self._document_fact, self._initiative, self._parliamentary_answer, self._figure,
                      self._typed_sentence):
            result = route(q, concepts, hits, log)
            if result is not None:
                break
        if result is None or result.confidence < MIN_CONFIDENCE:
            if result is not None:
                log.append(f"best candidate {result.answer!r} below confidence {MIN_CONFIDENCE}")
            result = Answer(text, None, type=q.type, confidence=result.confidence if result else 0.0)
        result.question = text
        result.type = q.type
        result.related = _related(hits or self.kb.search(query, limit=3).hits)
        result.explanation = log
        return result

    # -- routes --------------------------------------------------------------------------------
    def _document_fact(self, q: Question, concepts, hits, log) -> Answer | None:
        """Who tabled a motion, who asked or answered questions, when: a document's own record."""
        if not q.doc_fact:
            return None
        docs = {d["id"]: d for d in self.docs if d["kind"] == q.doc_kind}
        for hit in hits:
            doc = docs.get(hit.doc_id)
            if doc is None:
                continue
            info = doc.get("info", {})
            coverage = self.terms.coverage(concepts, f"{doc['title']} {hit.heading} {hit.text}")
            if q.doc_fact in ("submitters", "answerers"):
                people = info.get("askers" if q.doc_fact == "submitters" else "answered_by", [])
                names = [p.get("name") for p in people if p.get("name")]
                if not names:
                    continue
                log.append(f"document record {doc['path']}: {q.doc_fact} {names}")
                answer = ", ".join(names[:-1]) + " en " + names[-1] if len(names) > 1 else names[0]
                return Answer(q.text, answer, names if len(names) > 1 else [], confidence=max(coverage, 0.6),
                              citations=[_cite(hit, hit.text)])
            role = q.doc_fact.split(":", 1)[1]
            dates = [d for d in info.get("dates", []) if not role or d["role"] == role]
            if dates:
                iso = dates[0]["date"]
                log.append(f"document record {doc['path']}: {dates[0]['role']} {iso}")
                return Answer(q.text, f"{dutch_date(iso)} ({iso}, {dates[0]['role']})", confidence=max(coverage, 0.6),
                              citations=[_cite(hit, hit.text)])
        return None

    def _initiative(self, q: Question, concepts, hits, log) -> Answer | None:
        """Partners or coordinator of an initiative the question names."""
        if q.type not in (Qn.ORG_LIST, Qn.PERSON):
            return None
        from .records import initiatives
        from .tag.initiatives import normalise_name

        asked = set(normalise_name(q.text).split())
        best = None
        for record in initiatives(self.docs):
            name = set(normalise_name(record.initiative.name).split())
            if name and name <= asked and (best is None or len(name) > len(best[0])):
                best = (name, record)
        if best is None:
            return None
        ini = best[1].initiative
        coordinator_asked = re.search(r"co[oö]rdin|trekker|leid", q.text.lower())
        if q.type == Qn.PERSON and coordinator_asked and ini.coordinator:
            items, answer = [], ini.coordinator
        elif q.type == Qn.ORG_LIST and ini.partners:
            items, answer = list(ini.partners), f"{ini.name}: " + ", ".join(ini.partners)
        else:
            return None
        log.append(f"initiative record {ini.name}: {answer}")
        src = best[1].sources[0] if best[1].sources else None
        hit = next((h for h in hits if src and h.doc_id == src.doc_id), None)
        citations = [_cite(hit, hit.text)] if hit else (
            [Citation(src.path, src.title, src.page, src.passage_id, ini.name)] if src else [])
        return Answer(q.text, _short(answer), items, confidence=0.9, citations=citations)

    def _parliamentary_answer(self, q: Question, concepts, hits, log) -> Answer | None:
        """What a minister answered: the question/answer pair whose question matches best."""
        if not _ASKS_ANSWER.search(q.text) or q.type not in (Qn.SENTENCE, Qn.DEFINITION, Qn.NAME):
            return None
        from .records import qa_pairs

        by_id = {h.passage_id: h for h in hits}
        best = None
        for record in qa_pairs(self.docs, list(by_id)):
            pair = record.pair
            coverage = self.terms.coverage(concepts, f"{pair.question} {record.source.title}")
            if best is None or coverage > best[0]:
                best = (coverage, record)
        if best is None:
            return None
        coverage, record = best
        answer = " ".join(sentences(record.pair.answer)[:2])
        hit = by_id.get(record.pair.answer_passage_id) or by_id.get(record.pair.question_passage_id)
        log.append(f"question/answer pair {record.pair.number} of {record.source.path} (coverage {coverage:.2f})")
        who = f"{'; '.join(record.answered_by)}: " if record.answered_by else ""
        return Answer(q.text, _short(who + answer), confidence=coverage,
                      citations=[_cite(hit, record.pair.answer) if hit else
                                 Citation(record.source.path, record.source.title, record.source.page,
                                          record.source.passage_id, _short(record.pair.answer, 80))])

    def _figure(self, q: Question, concepts, hits, log) -> Answer | None:
        """A count, amount, percentage or duration from the figures stored at ingest."""
        units = {Qn.COUNT: ("count",), Qn.AMOUNT: ("EUR",), Qn.PERCENT: ("%", "share"),
                 Qn.DURATION: ("weeks", "months", "years", "days")}.get(q.type)
        if not units or not hits:
            return None
        from .records import figures

        rank = {h.passage_id: i for i, h in enumerate(hits)}
        by_id = {h.passage_id: h for h in hits}
        noun = self.terms.of(q.noun) if q.noun else frozenset()
        population = self.terms.of(q.population) if q.population else frozenset()
        best = None
        for record in figures(self.docs, list(rank)):
            fig = record.figure
            if fig.unit not in units:
                continue
            if q.type == Qn.COUNT and noun and not self.terms.meets(noun, self.terms.of(fig.noun or fig.text)):
                continue
            if population and not (population & self.terms.of(fig.about)):
                continue  # "het aandeel meisjes" is not answered by the share of all pupils
            coverage = self.terms.coverage(concepts, f"{fig.about} {fig.noun}")
            if contradicts(q.text, fig.about):
                coverage *= 0.5
            score = coverage - 0.03 * rank[fig.passage_id]
            if best is None or score > best[0]:
                best = (score, coverage, fig)
        if best is None:
            return None
        _, coverage, fig = best
        hit = by_id[fig.passage_id]
        text = fig.text if not fig.qualifier or fig.qualifier in fig.text else f"{fig.qualifier} {fig.text}"
        log.append(f"figure {text!r} about {fig.about[:80]!r} (coverage {coverage:.2f})")
        return Answer(q.text, text, confidence=coverage, citations=[_cite(hit, fig.about or hit.text)])

    def _typed_sentence(self, q: Question, concepts, hits, log) -> Answer | None:
        """The best sentence of the best passages, and in it the answer of the expected type."""
        candidates = []
        for rank, hit in enumerate(hits):
            for s in sentences(hit.text):
                coverage = self.terms.coverage(concepts, s)
                if coverage > 0:
                    candidates.append(_Sentence(s, hit, rank, coverage))
        candidates.sort(key=lambda c: (-(c.coverage - 0.04 * c.rank), c.rank))
        for cand in candidates[:12]:
            extracted = self._extract(q, cand)
            if extracted:
                answer, items = extracted
                log.append(f"sentence from {cand.hit.passage_id} (coverage {cand.coverage:.2f}): {cand.text[:100]!r}")
                return Answer(q.text, _short(answer), items, confidence=cand.coverage,
                              citations=[_cite(cand.hit, cand.text)])
        return None

    # -- extraction per answer type ---------------------------------------------------------------
    def _extract(self, q: Question, cand: _Sentence) -> tuple[str, list[str]] | None:
        s = cand.text
        if q.type == Qn.PERIOD:
            dates = _DATE.findall(s)
            if len(dates) >= 2:
                return f"van {dates[0]} tot en met {dates[1]}", [dates[0], dates[1]]
            return None
        if q.type == Qn.DATE:
            m = _DATE.search(s)
            if m:
                return f"{m.group()} ({iso_date(m.group())})", []
            m = re.search(r"\b(?:in|sinds|vanaf|per|since|from)\s+((?:19|20)\d\d)\b(?!\s*[-–])", s, re.IGNORECASE)
            return (m.group(1), []) if m and m.group(1) not in q.text else None
        if q.type == Qn.YEAR:
            years = [y for y in _YEAR.findall(s) if y not in q.text]
            return (years[0], []) if years else None
        if q.type == Qn.PERSON:
            found = self._actor(s)
            # the organisation or person the question itself names is not who is asked for
            return None if found and fold(found[0]) in fold(q.text) else found
        if q.type == Qn.ORG_LIST:
            from .tag.entities import find_organisations

            orgs = list(dict.fromkeys(o.canonical for o in find_organisations(cand.hit.text)))
            return (", ".join(orgs), orgs) if len(orgs) >= 2 else None
        if q.type == Qn.LIST:
            return self._list(q, cand)
        if q.type == Qn.NAME:
            return self._name_near(q, s)
        if q.type in (Qn.DEFINITION, Qn.SENTENCE):
            return s, []
        return None

    @staticmethod
    def _actor(s: str) -> tuple[str, list[str]] | None:
        from .tag.entities import find_organisations, find_persons

        persons = find_persons(s)
        if persons:
            p = persons[0]
            role = getattr(p, "role", "")
            name = getattr(p, "name", "")
            return (f"{role} {name}".strip() if role and role.lower() not in name.lower() else name), []
        orgs = find_organisations(s)
        if orgs:
            return orgs[0].canonical, []
        return None

    def _list(self, q: Question, cand: _Sentence) -> tuple[str, list[str]] | None:
        """Items after the lead-in that names the asked noun ("De interventies omvatten: a; b; c")."""
        noun = self.terms.of(q.noun)
        for block in cand.hit.text.split("\n\n"):
            m = re.search(r":\s*(.+)$", block, re.DOTALL)
            if not m or not (noun & self.terms.of(block[: m.start()])):
                continue
            items = [i.strip(" .;") for i in re.split(r";|\n| - |•", m.group(1)) if len(i.strip(" .;")) > 2]
            if len(items) < 2:
                items = [i.strip(" .") for i in re.split(r",\s*(?:en\s+)?|\s+en\s+", m.group(1)) if i.strip(" .")]
            if len(items) >= 2:
                items = [_short(i, 24) for i in items[:25]]
                return "; ".join(items), items
        return None

    def _name_near(self, q: Question, s: str) -> tuple[str, list[str]] | None:
        """A capitalised name next to the asked noun: "Commissie Hoger Onderwijs", "In Dataloep
        (…), onze online rapporteringstool"."""
        s = _URL.sub(" ", s)
        noun = self.terms.of(q.noun)
        words = [(m.start(), m.group()) for m in re.finditer(r"[\w#’'&+-]+", s)]
        at = [i for i, (_, w) in enumerate(words) if self.terms.of(w) & noun]
        if not at:
            return None
        index_of = {start: i for i, (start, _) in enumerate(words)}
        asked = {fold(w) for w in q.subject}
        names = []
        for m in _NAME.finditer(s):
            name = _LEADING_FUNCTION.sub("", m.group()).strip()
            if not name or fold(name) in asked or _ADJECTIVE.match(name):
                continue  # the question's own words, and "Vlaams"/"Europese", are not names
            start = m.start() + m.group().index(name)
            if start == 0 and " " not in name:
                continue  # a capital at the start of a sentence is not a name
            i = index_of.get(start)
            if i is None:
                continue
            distance = min(abs(i - j) for j in at)
            names.append((distance, -len(name.split()), name))
        if not names:
            return None
        names.sort()
        return names[0][2], []


_URL = re.compile(r"\(?https?://\S+\)?|\bwww\.\S+")
_LEADING_FUNCTION = re.compile(r"^(?:(?:In|De|Het|Een|Op|Bij|Van|Voor|Met|Door|Aan|Uit|Naar|Over|Als|Dit|Deze|Die|Dat|"
                               r"The|A|An|In|On|At|By|For|With|From)\s+)+")
_ADJECTIVE = re.compile(r"^(?:Vlaams|Vlaamse|Nederlands|Nederlandse|Belgisch|Belgische|Europees|Europese|Frans|"
                        r"Franse|Duits|Duitse|Engels|Engelse|Brussels|Brusselse|Waals|Waalse|Federale?)$")


def answer_question(kb, text: str) -> Answer:
    return Answerer(kb).ask(text)
