"""The records that flow between polkb's stages.

read -> structure -> tag -> store -> query/answer -> present. Each stage takes and returns these
plain dataclasses, so a stage can be tested (and later replaced) without the ones around it; a
storage backend takes and gives plain dicts and these (polkb.store.protocol), never its own types.
"""
from __future__ import annotations

from dataclasses import dataclass, field

# Block kinds a reader may emit.
HEADING = "heading"
PARAGRAPH = "paragraph"
LIST_ITEM = "list_item"
TABLE_ROW = "table_row"

# The tags every stored record carries (from `Understanding`, see polkb.tag.passage_tags): what
# the search filters and counts facets by. One list: the store indexes these fields and the query
# syntax accepts them as filters.
TAG_FIELDS = ("org", "target", "topic", "person", "country", "initiative")


@dataclass
class Block:
    """One structural unit of a document as a reader found it.

    `level` is the heading level (1 = top) for headings and 0 otherwise; `page` is 1-based for
    paged formats (PDF) and None where the format has no pages.
    """

    text: str
    kind: str = PARAGRAPH
    level: int = 0
    page: int | None = None


@dataclass
class ReadResult:
    """What a reader hands to the structure stage: clean blocks in reading order."""

    format: str
    blocks: list[Block]
    title: str | None = None
    pages: int = 0
    meta: dict = field(default_factory=dict)


@dataclass
class Passage:
    """A retrievable unit: a few paragraphs under one heading path, never across documents.

    `start`/`end` are character offsets into `Document.text`; `heading` is the heading path from
    the top of the document down to the section the passage sits in.
    """

    id: str
    doc_id: str
    seq: int
    text: str
    heading: tuple[str, ...] = ()
    page: int | None = None
    start: int = 0
    end: int = 0
    lang: str = "nl"
    sections: tuple[str, ...] = ()  # headings of the sections the passage runs through


@dataclass
class Document:
    """A whole ingested file: its identity, its clean text and the blocks that make it up."""

    id: str
    path: str
    title: str
    format: str
    sha256: str
    text: str
    blocks: list[Block]
    pages: int = 0
    language: str = "nl"
    kind: str = "document"
    meta: dict = field(default_factory=dict)


# -- what the tag stage finds in a document ---------------------------------------------------


@dataclass
class Tag:
    """A named thing found in a passage: `type` is org, person, target, topic, country or year;
    `value` is the canonical name, `surface` the words as they stand in the text."""

    type: str
    value: str
    passage_id: str | None = None
    surface: str = ""


@dataclass
class Person:
    name: str
    role: str = ""        # "lid", "minister", "staatssecretaris", "Vlaams minister" …
    party: str = ""
    portfolio: str = ""   # "Onderwijs, Cultuur en Wetenschap"


@dataclass
class DatedEvent:
    role: str             # ingezonden, ontvangen, voorgesteld, besluit, beantwoord, publicatie …
    date: str             # ISO 8601 (YYYY-MM-DD, or YYYY-MM / YYYY when that is all the text says)
    # where it was signed, when a closing formula says ("GEDAAN te Venlo op 9 september 1992"); the event is its
    # role and day, wherever it took place
    place: str = field(default="", compare=False)


@dataclass
class DocumentInfo:
    """Document-level facts: what kind of text it is and who and when, with the evidence."""

    kind: str = "document"  # written_question, motion, government_decision, regulation, web_page,
    #                         action_plan, project_report, slide_deck, document
    kind_evidence: str = ""
    title: str = ""
    dates: list[DatedEvent] = field(default_factory=list)
    number: str = ""        # document number, e.g. "1432", "kst-31288-1013"
    dossier: str = ""       # e.g. "31 288"
    askers: list[Person] = field(default_factory=list)
    addressees: list[Person] = field(default_factory=list)
    answered_by: list[Person] = field(default_factory=list)
    organisation: str = ""
    year: int | None = None
    language: str = "nl"
    source_url: str = ""


@dataclass
class QAPair:
    """One parliamentary question with its answer; `refers_to` is the question number an answer
    only points to ("Zie het antwoord op vraag 2"), `answer` then holds that answer's text."""

    number: str
    question: str
    answer: str
    refers_to: str = ""
    footnotes: list[str] = field(default_factory=list)
    question_passage_id: str = ""
    answer_passage_id: str = ""
    page: int | None = None


@dataclass
class Figure:
    """A number with its unit and what it is about: `€ 1,5 mln`, `34,23%`, `2100 studenten`."""

    value: float
    unit: str               # EUR, %, count, ratio, year-span …
    text: str               # the phrase as written
    about: str = ""         # the sentence (or clause) it is about
    noun: str = ""          # for counts: what is counted ("studenten")
    qualifier: str = ""     # "net geen", "minstens", "maximaal", "ongeveer" …
    value_to: float | None = None  # ranges: "2,6 tot 3,3 keer"
    passage_id: str = ""
    page: int | None = None
    recipient: str = ""     # for amounts: who receives it ("aan de VLUHR")


@dataclass
class Initiative:
    """A named project, programme, plan, framework, charter, chair, agreement or report."""

    name: str
    type: str = ""          # project, programme, action_plan, framework, charter, chair, agreement,
    #                         instrument, report, fund, working_group
    coordinator: str = ""
    partners: list[str] = field(default_factory=list)
    target_groups: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    funding: list[str] = field(default_factory=list)
    period: str = ""
    country: str = ""
    passage_ids: list[str] = field(default_factory=list)
    doc_ids: list[str] = field(default_factory=list)


@dataclass
class Understanding:
    """Everything the tag stage found in one document."""

    info: DocumentInfo
    tags: list[Tag] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    qa_pairs: list[QAPair] = field(default_factory=list)
    initiatives: list[Initiative] = field(default_factory=list)
    extra: dict = field(default_factory=dict)  # what other registered extractors found, by name


@dataclass
class SourceDocument:
    """What a citation of a document needs, as the tag stage stored it: the kind (which decides
    the citation's style), the dates with their roles, number or dossier, who asked and who
    answered, the organisation, and where the original is (its source URL, else `file`, the
    original's absolute path on this machine). Hits, answers and records carry one each, so a
    fact never travels without the document that states it."""

    id: str
    path: str
    title: str
    kind: str = "document"
    format: str = ""
    language: str = "nl"
    dates: list[DatedEvent] = field(default_factory=list)
    number: str = ""
    dossier: str = ""
    organisation: str = ""
    source_url: str = ""
    year: int | None = None
    askers: list[Person] = field(default_factory=list)
    addressees: list[Person] = field(default_factory=list)
    answered_by: list[Person] = field(default_factory=list)
    kind_evidence: str = ""
    file: str = ""
