"""Evidence units: the pieces of the found passages an answer can live in.

A passage is several paragraphs; an answer is one fact in one of them. The reader therefore cuts
the top passages into units — a sentence; a list item with its lead-in sentence; a table row with
its header; the sentences of a parliamentary answer with the question they answer — and keeps
what surrounds each unit as its context: the sentence before, the heading path and the document
title. A unit that points back ("hiervoor", "deze regeling", "het project") is judged together
with the sentence it points to.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from ..text import lazyre

_ABBREVIATIONS = ("art nr nrs o.a bv bijv blz dr prof mr drs ir ing st stb stcrt ca resp jo e.a m.b.t i.p.v "
                  "t.a.v z.g.a.n mevr dhr vs p pp e.g i.e etc al fig tab par lid sub "
                  # (Dutch abbreviations a date or name follows: "kenmerk … d.d. 30 oktober 2006", "m.i.v. 1 januari")
                  "d.d m.i.v i.v.m n.a.v d.w.z m.u.v i.c.m o.b.v t.b.v t.o.v i.o.m").split()
_SENTENCE_END = lazyre.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[A-Z0-9À-Þ“\"'(‘•€#])")
# list marks; a number glued to a capital counts too ("1.Wat we hiermee bedoelen", from Markdown
# "1.*Wat …*"), a decimal ("1.5") does not
_BULLET = lazyre.compile(r"^\s*(?:(?:[•·▪◦*–-]|\(?\d{1,2}[.)°]|\(?[a-z][.)]|[ivx]{1,4}[.)])\s+|\d{1,2}[.)](?=[A-ZÀ-Þ]))")
_REFERS = lazyre.compile(
    r"\b(?:hiervoor|hiermee|hierbij|hiervan|hierin|hierop|daarvoor|daarmee|daarbij|daarvan|daarin|"
    r"deze|dit|dat|het (?:project|programma|fonds|initiatief|plan|besluit|bedrag|netwerk|consortium)|"
    r"de (?:regeling|subsidie|maatregel|aanvraag|opleiding|motie|minister)|zij|ze|hij|"
    r"hier|daar|this|these|it|they|here|there|"
    # an object that points to the person before: "Elsbeth Loncke vervangt haar."
    r"(?<=\s)(?:haar|hem|hen)(?=\s*[.,;])|"
    # a provision that points to the paragraph before it: "De loting, bedoeld in het vijfde lid, …"
    r"(?:bedoeld|genoemd|vermeld) in het (?:eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|vorige) lid)\b",
    re.IGNORECASE)
_OPENS_BY_POINTING = 40  # characters: how far into a sentence a word that points back opens it


def referring_word(sentence: str) -> int | None:
    """Where a sentence points back to the one before it, when it does so in its opening words
    ("Hiervoor is jaarlijks één miljoen gereserveerd", "Voor dit project …"): the offset of the pointing
    word, or None. ("dat" mostly joins a clause, and points nowhere.)"""
    for m in _REFERS.finditer(sentence[:_OPENS_BY_POINTING]):
        if m.group().lower() != "dat":
            return m.start()
    return None


_INITIALS = lazyre.compile(r"\(?(?!(?:U\.S|E\.U|V\.S|N\.V|B\.V|U\.K|V\.K)$)(?:[A-Z]\.){1,6}[A-Z]")  # (not "de V.S.")
_GLUED = lazyre.compile(r"(?<=[a-zà-ÿ]{3}[.!?])(?=[A-ZÀ-Þ][a-zà-ÿ]{2})")
MAX_UNIT_WORDS = 90
# how a trimmed answer sits around the question's words: a quarter before, the rest after (what a
# sentence says of a word mostly follows it: "… en te onderzoeken of een verplichting …")
AHEAD = 4


@dataclass
class Unit:
    """One piece of evidence with what it needs to be understood."""

    text: str
    kind: str            # sentence | item | row | answer
    hit: object          # the search Hit it came from
    rank: int            # the hit's rank in the search
    lead: str = ""       # lead-in of a list item, header of a table row, question of an answer
    before: str = ""     # the sentence before it
    refers: bool = False  # points back to the sentence before ("hiervoor", "het project")
    siblings: list[str] = field(default_factory=list)  # a list item or table row: every one under the same lead-in or header
    document: str = ""   # what identifies its document when a number in the question did (its first lines)
    about: str = ""      # what its document's record says it is by and for, and the country it is of
    section: str = ""    # the short heading line inside the passage it stands under ("Beroeps Secundair Onderwijs (BSO)")
    sections: tuple[str, ...] = ()  # every such heading line of its passage
    above: tuple[str, ...] = ()  # the heading lines of its passage met before it ("Derde graad - instroom", then its own)
    path: str | None = None  # its heading path, where the passage's is another section's

    @property
    def heading(self) -> str:
        return self.path if self.path is not None else getattr(self.hit, "heading", "") or ""

    @property
    def title(self) -> str:
        return getattr(self.hit, "title", "") or ""

    @property
    def quote(self) -> str:
        """What a citation shows: a list item or table row with its lead-in or header."""
        return f"{self.lead} {self.text}".strip() if self.kind in ("item", "row") and self.lead else self.text

    @property
    def context(self) -> str:
        return " ".join(x for x in (self.lead, self.before, self.heading, self.title) if x)


def sentences(text: str) -> list[str]:
    """Sentences of a paragraph; abbreviations ("art.", "o.a.", "nr.") do not end one, and a
    sentence of more than MAX_UNIT_WORDS words is cut at its semicolons."""
    out: list[str] = []
    start = 0
    # a sentence end the text layer glued to the next sentence: "mededeling gedaan.Tegen een beslissing"
    text = _GLUED.sub(" ", text)
    for m in _SENTENCE_END.finditer(text):
        before = text[start:m.start()].rstrip("\"”’)")
        last = re.search(r"(\S+)\.$", before)
        if last and (last.group(1).lower().strip("(") in _ABBREVIATIONS or len(last.group(1)) == 1
                     or _INITIALS.fullmatch(last.group(1))):
            continue  # (initials before a surname: "De Minister van …, L.M.L.H.A. Hermans")
        out.append(text[start:m.end()].strip())
        start = m.end()
    out.append(text[start:].strip())
    cut: list[str] = []
    for s in out:
        # clauses of a motion or a decision ("constaterende dat …; verzoekt de regering …") are
        # units of their own; a list after a colon stays whole for the list extractor
        if ";" in s and (len(s.split()) > MAX_UNIT_WORDS or ":" not in s.split(";")[0]):
            parts = [p.strip() for p in re.split(r"(?<=;)\s+", s) if p.strip()]
            if len(parts) > 1 and all(len(p.split()) >= 5 for p in parts):
                cut.extend(parts)
                continue
        if s:
            cut.append(s)
    return cut


def _table_rows(block: str) -> list[str] | None:
    lines = [ln for ln in block.splitlines() if ln.strip()]
    if len(lines) >= 2 and sum("|" in ln for ln in lines) >= len(lines) - 1:
        return [ln for ln in lines if not re.fullmatch(r"[\s|:+-]+", ln)]
    return None


def _paired_row(row: str, header: str) -> str:
    """A table row with each value beside its column's name: "b. uitwonend | € 286,15 | € 264,40"
    under "Hoger onderwijs | Beroepsonderwijs" reads "b. uitwonend: Hoger onderwijs € 286,15;
    Beroepsonderwijs € 264,40", so that the value of the column a question names stands next to
    its words. A row whose cells do not line up with the header stays as it is."""
    cells = [c.strip() for c in row.strip().strip("|").split("|")]
    heads = [c.strip() for c in header.strip().strip("|").split("|")] if header else []
    if heads and not heads[0] and len(cells) == len(heads):
        heads = heads[1:]  # an empty first header cell stands above the row labels
    if not heads or len(heads) < 2 or len(cells) not in (len(heads), len(heads) + 1):
        return row
    label, values = (cells[0], cells[1:]) if len(cells) == len(heads) + 1 else ("", cells)
    pairs = "; ".join(f"{h} {v}".strip() for h, v in zip(heads, values) if v)
    return f"{label}: {pairs}" if label else pairs


_PIPE_LINE = lazyre.compile(r"[^\n|]*\|[^\n]*")


def _without_heading(block: str, headings: list[str]) -> str:
    """A block that repeats a heading or the title is no evidence of its own (the heading is the
    unit's context); a heading run into the first sentence is cut off it."""
    folded = " ".join(block.split())
    for h in headings:
        h = " ".join(h.split())
        if len(h) < 4:
            continue
        if folded == h or folded.rstrip(".:") == h.rstrip(".:"):
            return ""
        if folded.startswith(h + " ") and len(folded) > len(h) + 20:
            return folded[len(h):].strip()
    return block


# bullet glyphs a PDF's text layer keeps inside a paragraph ("… cryptografie: \x81 «HAPKIDO …» \x81 «PROACT …»")
_GLYPH = lazyre.compile(r"\s*[\x81\uf0b7\uf0a7\uf0d8\uf076\u25cf\u25aa\u2022]\s+")


def _list_block(block: str) -> list[str] | None:
    """A block that is a list whose items run over several lines, or whose bullets stand inline:
    the lines before the first bullet (its lead-in) joined into one, then one line per item, its
    continuation lines joined to it. None for a block that is no such list."""
    inline = len(_GLYPH.findall(block)) >= 2
    if inline:
        block = _GLYPH.sub("\n• ", block)
    lines = [ln.strip() for ln in block.splitlines() if ln.strip()]
    marked = [i for i, ln in enumerate(lines) if _BULLET.match(ln)]
    if len(marked) < 2 or len(marked) >= len(lines) - 1:
        return lines if inline and len(marked) >= 2 else None  # no list, or one read as it is
    first = marked[0]
    out = [" ".join(lines[:first])] if first else []
    for i in range(first, len(lines)):
        if i in marked or not out:
            out.append(lines[i])
        else:
            out[-1] = f"{out[-1]} {lines[i]}"
    return out


# a line of a few words that ends a sentence ("STEM-richting.", "4%."): what a PDF wrapped off the
# line before (words and figures: the rest of a web address is no sentence's end)
_FRAGMENT = lazyre.compile(r"[\w%’'-]+(?:,?\s+[\w%’'-]+){0,3}[.!?]")


def _blocks(text: str) -> list[str]:
    """The blank-line separated blocks of a passage, with a fragment a PDF's text layer wrapped into a
    block of its own joined to the line it ends: "Het % meisjes is … zeer laag:" + "4%." is one
    sentence, and so is "53% van … volgt een" + "STEM-richting."."""
    out: list[str] = []
    for block in (b.strip() for b in text.split("\n\n")):
        prev = out[-1] if out else ""
        if prev and _FRAGMENT.fullmatch(block) and "\n" not in prev and len(prev.split()) > 8 \
                and not re.search(r"[.!?;]$", prev) and "|" not in prev + block and not _BULLET.match(block):
            out[-1] = f"{prev} {block}"
            continue
        out.append(block)
    return out


def heading_parts(heading: str | None) -> list[str]:
    """The headings of a heading path ("Doelstellingen STEM-actieplan > Tweede graad - Instroom")."""
    return [x.strip() for x in (heading or "").split(" > ") if x.strip()]


# the dots that lead from a contents entry to its page ("1. Verzoekschriften en zittingsdagen ........ 12"); a passage
# with this many holds a table of contents, whose lines are no evidence: "2. Aantal zittingsdagen en zittingen ……"
# covers a question on sitting days as well as the sentence that gives their number
_LEADER = lazyre.compile(r"(?:\.\s?){5,}|…{2,}|(?:…\s?){3,}")
CONTENTS_LEADERS = 3


def holds_contents(text: str) -> bool:
    """Whether a passage holds a table of contents (CONTENTS_LEADERS dot leaders or more)."""
    return len(_LEADER.findall(text)) >= CONTENTS_LEADERS


def units_of_passage(hit, rank: int) -> list[Unit]:
    """Cut one passage into units, each with its lead-in and the sentence before it.

    A passage can run over several short sections ("Algemeen Secundair Onderwijs (ASO)", then
    "Beroeps Secundair Onderwijs (BSO)"), while its heading path names only one of them. Each unit
    keeps the section it stands under, and the passage's other sections: a sentence about the ASO
    is not about the BSO because the passage's heading names it."""
    units: list[Unit] = []
    last_sentence = ""
    lead = ""
    first_mark = ""  # the mark kind of the current lead-in's first item
    local = ""
    header = ""  # the last table header line ("Hoger onderwijs | Beroepsonderwijs"), for rows in blocks of their own
    caption = ""  # a short line ending in ":" before a table ("1. Schooljaar 2013/2014:"): what its rows are of
    path = heading_parts(getattr(hit, "heading", ""))
    headings = sorted({*path, (getattr(hit, "title", "") or "").strip()}, key=len, reverse=True)
    seen: list[str] = []  # the short heading lines met
    done = 0  # units already given their section
    contents = holds_contents(hit.text or "")
    for i, block in enumerate(_blocks(hit.text or "")):
        if contents and _LEADER.search(block):
            continue  # a table of contents names what the document says, and says none of it
        for u in units[done:]:  # (a heading line makes no unit: those since the last block stand under `local`)
            u.section, u.above = local, tuple(seen)
        done = len(units)
        if i < 2:
            block = _without_heading(block, headings)
        if not block:
            continue
        if _PIPE_LINE.fullmatch(block) and not re.fullmatch(r"[\s|:+-]+", block):
            # a table whose rows are blocks of their own: a line without figures is its header
            if not re.search(r"\d", block):
                header = block
                continue
            label = f"{caption or local}: " if (caption or local) and header else ""
            units.append(Unit(label + _paired_row(block, header), "row", hit, rank, lead=header, before=last_sentence))
            continue
        caption = _caption(block)
        if len(block.split()) <= 8 and not re.search(r"[.!?;:]$|\d|\w:\s+\S", block) and "\n" not in block \
                and not (lead and (_BULLET.match(block) or lead == last_sentence)):  # (a short item under a lead-in stays an item)
            # a short line without a sentence end heads what follows ("Technisch Secundair onderwijs
            # (TSO)"); a label with its value ("Voorzitter: de heer Marc Boes") is a fact of its own
            local = block
            seen.append(block)
            lead = ""
            continue
        rows = _table_rows(block)
        if rows:
            for row in rows[1:]:
                units.append(Unit(_paired_row(row, rows[0]), "row", hit, rank, lead=rows[0], before=last_sentence))
            continue
        lines = _list_block(block) or [ln.strip() for ln in block.splitlines() if ln.strip()]
        if lead and lead == last_sentence and len(lines) == 1 and len(lines[0].split()) <= 25 \
                and not re.search(r"[.!?;:]$", lines[0]):
            # a line without a sentence end under a lead-in ("… de volgende studierichtingen:") is
            # what the lead-in announces: "Bachelor Sociale Wetenschappen Master Materiomics …"
            units.append(Unit(lines[0], "item", hit, rank, lead=lead, before=last_sentence))
            continue
        if len(lines) > 1 and sum(bool(_BULLET.match(ln)) for ln in lines) >= len(lines) - 1:
            items = lines  # a block of list lines: the first may be the lead-in, numbered too
            if not _BULLET.match(items[0]) or items[0].rstrip().endswith(":"):  # ("3. … de volgende elementen:")
                lead, items = items[0], items[1:]
            for item in items:
                units.append(Unit(item, "item", hit, rank, lead=lead, before=last_sentence))
            continue
        # ("2. Als leden … worden benoemd:" after the items of "1. Tot voorzitter … wordt benoemd:" is the
        # lead-in's sibling, marked as it is, not one of its items)
        if _BULLET.match(block) and lead and _mark_kind(block) == (first_mark or _mark_kind(block)) \
                and not (_BULLET.match(lead) and _mark_kind(lead) == _mark_kind(block)):
            first_mark = first_mark or _mark_kind(block)  # "a." … "d." are the items; "4." goes on
            units.append(Unit(block, "item", hit, rank, lead=lead, before=last_sentence))
            continue
        header = ""
        for s in sentences(" ".join(lines)):
            units.append(Unit(s, "sentence", hit, rank, lead=local, before=last_sentence,
                              refers=bool(_REFERS.search(s[:60]))))
            last_sentence = s
        lead = last_sentence if last_sentence.rstrip().endswith(":") else ""
        first_mark = ""
    for u in units[done:]:
        u.section, u.above = local, tuple(seen)
    return _sectioned(units, seen, path)


def _sectioned(units: list[Unit], seen: list[str], path: list[str]) -> list[Unit]:
    """Each unit with its passage's section headings; a unit outside the section that ends the
    passage's heading path loses that part of its path."""
    def folded(line: str) -> str:
        return " ".join(line.split()).lower()

    sections = tuple(dict.fromkeys(seen))
    last = folded(path[-1]) if path else ""
    ends_path = last in {folded(x) for x in seen}
    for u in units:
        u.sections = sections
        if ends_path and last != folded(u.section):
            u.path = " > ".join(path[:-1])
    return units


def _caption(block: str) -> str:
    """A table's caption: a short line that ends in ":" ("2. Vanaf schooljaar 2014/2015:"), its
    number and colon dropped. A regulation's annex gives one table per school year, the same rows
    in each; a row is of its caption's year."""
    if "\n" in block or len(block.split()) > 8 or not block.rstrip().endswith(":"):
        return ""
    return re.sub(r"^\s*\(?\d{1,2}[.)]\s*", "", block).rstrip().rstrip(":").strip()


def _mark_kind(block: str) -> str:
    """The kind of a list mark: a number, a letter, a roman numeral or a symbol."""
    m = re.match(r"\s*\(?(\d+|[ivx]{1,4}|[a-z])[.)°]|\s*([•·▪◦*–-])", block)
    if not m:
        return ""
    if m.group(2):
        return "symbol"
    mark = m.group(1)
    return "number" if mark.isdigit() else "roman" if len(mark) > 1 else "letter"


def answer_units(pair_question: str, answer: str, hit, rank: int) -> list[Unit]:
    """The sentences of a minister's answer, each with the question it answers as its lead."""
    out = []
    before = ""
    for block in re.split(r"\n\s*\n", answer):
        listed = _list_block(block)
        if listed and not _BULLET.match(listed[0]) and listed[0].rstrip().endswith(":"):
            lead_in, items = listed[0], listed[1:]   # a list in the answer: its lead-in, then its items
        else:
            lead_in, items = block, []
        for s in sentences(" ".join(lead_in.split())):
            out.append(Unit(s, "answer", hit, rank, lead=pair_question, before=before,
                            refers=bool(_REFERS.search(s[:60]))))
            before = s
        out.extend(Unit(item, "item", hit, rank, lead=before, before=before) for item in items)
    return out


def trim(text: str, keep: list[tuple[int, int]], limit: int = 40, weights: list[float] | None = None,
         must: tuple[int, int] | None = None) -> str:
    """At most `limit` words of `text`, centred on the spans that matched the question (weighted:
    "Wat moet de regering onderzoeken" centres on "onderzoeken", not halfway to "regering"), moved as
    little as needed to hold `must` whole (what answers: "vanaf 1 september 2022 tot en met 31 augustus
    2025" in a sentence that names the projects first) when it fits."""
    words = list(re.finditer(r"\S+", text))
    if len(words) <= limit:
        return text.strip()
    if keep:
        w = weights if weights and len(weights) == len(keep) else [1.0] * len(keep)
        centre = sum(a * x for (a, _), x in zip(keep, w)) / (sum(w) or 1.0)
        at = min(range(len(words)), key=lambda i: abs(words[i].start() - centre))
    else:
        at = 0
    lo = max(0, min(at - limit // AHEAD, len(words) - limit))
    if must:
        first = next(i for i, m in enumerate(words) if m.end() > must[0])
        last = max(i for i, m in enumerate(words) if m.start() < must[1]) if must[1] > must[0] else first
        first = max(0, first - 3) if last - first + 3 < limit else first  # (with the words that lead to it: "vanaf")
        if last - first < limit:
            lo = min(max(lo, last - limit + 1), first)
    hi = lo + limit
    out = text[words[lo].start():words[hi - 1].end()]
    return ("… " if lo else "") + out + (" …" if hi < len(words) else "")
