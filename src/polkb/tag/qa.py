"""Question/answer pairs in parliamentary written questions.

A policy officer asks "what did the minister answer about X?": the answer only makes sense next to
its question, so the two are kept together as one record. Three layouts occur in practice:

* explicit markers, as in Tweede Kamer "Aanhangsel van de Handelingen" PDFs: a "Vraag 1" line
  above each question and an "Antwoord 1" line above each answer; answers may cover several
  questions at once ("Antwoord 3, 4 en 5", "Antwoord op vraag 3 en 4");
* numbered lists, as in Flemish written questions copied from the Vlaams Parlement site: the
  questions "1. …?" "2. …?" come first, then the numbering starts again at 1 with the answers;
* an answer that only points to another one ("Zie vraag 2", "Zie het antwoord op vraag 2").

Choice for cross references: `refers_to` holds the number pointed to and `answer` keeps the
original words followed by the text of the answer they point to ("Zie vraag 2.\\n\\n<answer 2>"),
so the record both shows what the minister wrote and is useful on its own in search results.

PDF footnotes ("1 Kamerstuk 36 410 VIII, nr. 106", "2 https://…") sit between the paragraphs of an
answer at the foot of each page; they are moved to `QAPair.footnotes` so the answer reads cleanly.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from . import register
from ..model import Document, Passage, QAPair
from ..structure import block_offsets
from ..text import lazyre

# "3", "3, 4 en 5", "3 t/m 5", "3-5", "3 tot en met 5"
_NUMS = r"\d{1,3}(?:(?:\s*(?:,|en|&|t/m|tot en met|-|–)\s*|\s+)\d{1,3})*"
# A line that is only a marker, or a marker followed by ":" and the text on the same line.
_Q_MARK = lazyre.compile(rf"^(?:Vraag|Vragen|VRAAG|VRAGEN)\s+(?P<num>{_NUMS})\s*(?::|\.)?\s*(?P<rest>.*)$", re.S)
_A_MARK = lazyre.compile(
    rf"^(?:Antwoord|ANTWOORD|Antwoorden|ANTWOORDEN)"
    rf"(?:\s+(?:op|bij)\s+(?:de\s+)?(?:vraag|vragen|VRAAG|VRAGEN))?\s+(?P<num>{_NUMS})\s*(?::|\.)?\s*(?P<rest>.*)$",
    re.S,
)
_NUMBERED = lazyre.compile(r"^(?P<num>\d{1,2})\s*[.)]\s+(?P<rest>\S.*)$", re.S)
_ANSWER_DIVIDER = lazyre.compile(
    r"^(?:Antwoord|ANTWOORD|Antwoorden|ANTWOORDEN)\s*:?\s*$"
    r"|^(?:(?:Antwoord|ANTWOORD)\s+)?op\s+(?:de\s+)?(?:schriftelijke\s+)?vraag\s+nr\.?\s*\d+\b.{0,150}$",
    re.I,
)
# Footnote at a page foot: "1 Kamerstuk …", "2 https://…", "3 bis: …" (number, space, no dot).
_FOOTNOTE = lazyre.compile(r"^(?P<num>\d{1,2})\s+(?![.)%])(?P<rest>\S.*)$", re.S)
_NOTE_START = lazyre.compile(r"(?:^|\s)(?P<num>\d{1,2})\s+(?=Kamerstuk|https?://|www\.|Tweede\s+Kamer|[A-Z])")
_MEDEDELING = lazyre.compile(r"^(?:Mededeling|MEDEDELING)\s*:?$")
_CROSS_REF = lazyre.compile(
    r"^\s*(?:\d{1,2}\s*[.)]\s*)?(?:Zie\s+(?:ook\s+)?|Ik\s+verwijs\s+(?:u\s+)?(?:hierbij\s+)?naar\s+|"
    r"Verwezen\s+wordt\s+naar\s+|Voor\s+het\s+antwoord\s+(?:op\s+deze\s+vraag\s+)?verwijs\s+ik\s+(?:u\s+)?naar\s+)"
    r"(?:het\s+|mijn\s+)?(?:antwoord(?:en)?\s+(?:op|bij)\s+)?(?:vraag|vragen|antwoord|antwoorden)\s+"
    rf"(?P<num>{_NUMS})",
    re.I,
)
_FINAL = ".!?:;"


@dataclass
class _Seg:
    kind: str                 # "q" or "a"
    num: str
    start: int                # offset in doc.text of the marker (or first text)
    page: int | None
    parts: list[str] = field(default_factory=list)
    footnotes: list[str] = field(default_factory=list)
    text_start: int = -1

    @property
    def text(self) -> str:
        return _join(self.parts)


def _join(parts: list[str]) -> str:
    """Join paragraphs; a paragraph cut by a page break (lower-case start) rejoins with a space."""
    out = ""
    for p in parts:
        p = p.strip()
        if not p:
            continue
        if out and p[:1].islower() and out[-1:] not in _FINAL:
            out += " " + p
        else:
            out += ("\n\n" if out else "") + p
    return out


def expand_numbers(num: str) -> list[int]:
    """'3, 4 en 5' -> [3, 4, 5]; '3 t/m 5' and '3-5' -> [3, 4, 5]."""
    out: list[int] = []
    for m in re.finditer(r"(\d{1,3})(?:\s*(?:t/m|tot en met|-|–)\s*(\d{1,3}))?", num):
        a = int(m.group(1))
        b = int(m.group(2)) if m.group(2) else a
        if b < a or b - a > 50:
            b = a
        out.extend(range(a, b + 1))
    return out




class _Locator:
    """Passage lookup by character offset."""

    def __init__(self, passages: list[Passage]):
        self.passages = sorted(passages, key=lambda p: p.start)
        self.starts = [p.start for p in self.passages]

    def find(self, offset: int) -> Passage | None:
        i = bisect_right(self.starts, offset) - 1
        if i < 0:
            return self.passages[0] if self.passages else None
        p = self.passages[i]
        if p.start <= offset < max(p.end, p.start + 1) or i == len(self.passages) - 1:
            return p
        return p


def _footnote_num(text: str, expected: int, is_paged: bool) -> int:
    """The number of a page-foot footnote line, or 0: paged documents only, numbered in document
    order (one skipped number tolerated, as a reader may glue a footnote to a paragraph), short."""
    if not is_paged:
        return 0
    m = _FOOTNOTE.match(text)
    if m and expected <= int(m.group("num")) <= expected + 3 and len(text) < 800:
        last = int(m.group("num"))
        for n in _NOTE_START.finditer(text):  # several footnotes read as one block: "14 … 15 …"
            if int(n.group("num")) == last + 1:
                last += 1
        return last
    return 0


def _marker_segments(doc: Document) -> list[_Seg]:
    """Segments opened by explicit "Vraag N" / "Antwoord N" markers."""
    segs: list[_Seg] = []
    paged = any(b.page for b in doc.blocks)
    next_note = 1
    note_page = None  # page whose foot we are in: the rest of that page is footnote text
    cur: _Seg | None = None
    for off, b in zip(block_offsets(doc), doc.blocks):
        text = b.text.strip()
        if note_page is not None and b.page != note_page:
            note_page = None
        if _MEDEDELING.match(text):  # a notice instead of answers closes the last question
            cur = None
            continue
        qm, am = _Q_MARK.match(text), _A_MARK.match(text)
        if qm and not (qm.group("rest") and b.kind == "heading"):
            cur = _Seg("q", _norm_num(qm.group("num")), off, b.page)
            segs.append(cur)
            if qm.group("rest").strip():
                cur.parts.append(qm.group("rest"))
                cur.text_start = off + qm.start("rest")
            continue
        if am:
            cur = _Seg("a", _norm_num(am.group("num")), off, b.page)
            segs.append(cur)
            if am.group("rest").strip():
                cur.parts.append(am.group("rest"))
                cur.text_start = off + am.start("rest")
            continue
        if cur is None:
            continue
        if note := _footnote_num(text, next_note, paged):
            cur.footnotes.append(text)
            next_note = note + 1
            note_page = b.page
            continue
        if note_page is not None and cur.footnotes:  # a footnote wrapped onto a further line
            sep = "" if cur.footnotes[-1].endswith(("/", "-")) and not cur.footnotes[-1].endswith(" -") else " "
            cur.footnotes[-1] = cur.footnotes[-1] + sep + text
            continue
        if cur.text_start < 0:
            cur.text_start = off
        cur.parts.append(text)
    # A footnote number in the text ("afgewogen1;", "? 1") is left in place; only whole footnote
    # lines are moved.
    return segs


def _norm_num(num: str) -> str:
    return " ".join(num.split())


def _numbered_segments(doc: Document) -> list[_Seg]:
    """Seed-000 layout: items 1..n that are questions, then items 1..m that are answers.

    The split is where the numbering restarts at 1; the first run must read as questions (most
    items contain "?") and the second as statements, so an ordinary numbered list never matches.
    Unnumbered paragraphs belong to the item above them ("Graag een overzicht per instelling").
    """
    items: list[tuple[int, int, int | None, str]] = []  # (block index, number, page, text)
    for i, b in enumerate(doc.blocks):
        m = _NUMBERED.match(b.text.strip())
        if m:
            items.append((i, int(m.group("num")), b.page, m.group("rest")))
    if len(items) < 3:
        return []
    # find a run 1..n followed directly by a run starting at 1
    for k in range(len(items)):
        if items[k][1] != 1:
            continue
        n = 1
        while k + n < len(items) and items[k + n][1] == n + 1:
            n += 1
        if n < 2 or k + n >= len(items) or items[k + n][1] != 1:
            continue
        m = 1
        while k + n + m < len(items) and items[k + n + m][1] == m + 1:
            m += 1
        qrun, arun = items[k:k + n], items[k + n:k + n + m]
        if sum("?" in t for _, _, _, t in qrun) < max(2, -(-2 * n // 3)):
            continue  # the first run must read as questions
        if sum("?" in t for _, _, _, t in arun) > m // 3 or not min(n, 2) <= m <= n + 1:
            continue  # the second run must read as statements, about as many as the questions
        if arun[0][0] - qrun[-1][0] > 4:
            continue  # answers follow the questions directly (at most an "Antwoord" line and notes)
        return _segments_from_runs(doc, qrun, arun)
    return []


def _segments_from_runs(doc, qrun, arun) -> list[_Seg]:
    offsets = block_offsets(doc)
    bounds = [i for i, *_ in qrun] + [i for i, *_ in arun]
    segs: list[_Seg] = []
    for j, (i, num, page, rest) in enumerate(qrun + arun):
        kind = "q" if j < len(qrun) else "a"
        seg = _Seg(kind, str(num), offsets[i], page)
        seg.text_start = offsets[i] + doc.blocks[i].text.find(rest) if rest in doc.blocks[i].text else offsets[i]
        seg.parts.append(rest)
        end = bounds[j + 1] if j + 1 < len(bounds) else len(doc.blocks)
        for t in range(i + 1, end):
            text = doc.blocks[t].text.strip()
            if _ANSWER_DIVIDER.match(text):
                continue
            seg.parts.append(text)
        segs.append(seg)
    return segs


def _pairs(segs: list[_Seg], loc: _Locator) -> list[QAPair]:
    """Pair each answer with the questions its number covers, in document order."""
    questions: dict[int, _Seg] = {}
    for s in segs:
        if s.kind == "q":
            for n in expand_numbers(s.num):
                questions.setdefault(n, s)
    answers_by_num: dict[int, _Seg] = {}
    for s in segs:
        if s.kind == "a":
            for n in expand_numbers(s.num):
                answers_by_num.setdefault(n, s)
    pairs: list[QAPair] = []
    used_q: set[int] = set()
    for s in segs:
        if s.kind != "a":
            continue
        nums = expand_numbers(s.num)
        qsegs = []
        for n in nums:
            q = questions.get(n)
            if q is not None and q not in qsegs:
                qsegs.append(q)
        used_q.update(nums)
        pairs.append(_pair(s.num, qsegs, s, loc, answers_by_num))
    for s in segs:  # questions nobody answered (yet): keep them, with an empty answer
        if s.kind == "q" and not any(n in used_q for n in expand_numbers(s.num)):
            pairs.append(_pair(s.num, [s], None, loc, answers_by_num))
            used_q.update(expand_numbers(s.num))
    pairs.sort(key=lambda p: min(expand_numbers(p.number) or [0]))
    return pairs


def _strip_note_refs(text: str) -> str:
    """Drop a trailing footnote number after the question mark ("…gegeven? 1")."""
    return re.sub(r"(?<=[?.!»”])\s?\d{1,2}$", "", text.strip())


def _pair(num, qsegs, aseg, loc, answers_by_num) -> QAPair:
    if len(qsegs) > 1:
        question = "\n\n".join(f"Vraag {q.num}: {_strip_note_refs(q.text)}" for q in qsegs)
    else:
        question = _strip_note_refs(qsegs[0].text) if qsegs else ""
    answer = aseg.text if aseg else ""
    refers_to = ""
    m = _CROSS_REF.match(answer) if aseg else None
    if m and len(answer) < 250:
        targets = [n for n in expand_numbers(m.group("num")) if n not in expand_numbers(num)]
        texts = []
        for n in targets:
            target = answers_by_num.get(n)
            if target is not None and target is not aseg and not _CROSS_REF.match(target.text):
                if target.text not in texts:
                    texts.append(target.text)
        if targets:
            refers_to = ", ".join(str(n) for n in targets)
        if texts:
            answer = answer + "\n\n" + "\n\n".join(texts)
    footnotes = [f for q in qsegs for f in q.footnotes] + (aseg.footnotes if aseg else [])
    qp = loc.find(qsegs[0].text_start if qsegs and qsegs[0].text_start >= 0 else (qsegs[0].start if qsegs else 0))
    ap = loc.find(aseg.text_start if aseg and aseg.text_start >= 0 else aseg.start) if aseg else None
    page = qsegs[0].page if qsegs and qsegs[0].page else (qp.page if qp else None)
    return QAPair(
        number=num,
        question=question,
        answer=answer,
        refers_to=refers_to,
        footnotes=footnotes,
        question_passage_id=qp.id if qp and qsegs else "",
        answer_passage_id=ap.id if ap else "",
        page=page,
    )


def find_qa_pairs(doc: Document, passages: list[Passage]) -> list[QAPair]:
    """All question/answer pairs of a document, in question order; [] when it has none.

    Explicit "Vraag N"/"Antwoord N" markers win; otherwise the numbered-list layout is tried.
    """
    loc = _Locator(passages)
    segs = _marker_segments(doc)
    if any(s.kind == "q" for s in segs) and any(s.kind == "a" for s in segs):
        return _pairs(segs, loc)
    nsegs = _numbered_segments(doc)
    if nsegs:
        return _pairs(nsegs, loc)
    if sum(s.kind == "q" for s in segs) >= 2:  # questions announced, answers not (yet) given
        return _pairs(segs, loc)
    return []


@register("qa_pairs")
def _extract(doc: Document, passages: list[Passage], found: dict):
    return find_qa_pairs(doc, passages)
