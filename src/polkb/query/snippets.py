"""Snippets: the passage text cut around the words a search matched, those words marked, including
where the stemmer respelled them. Backend-neutral."""
from __future__ import annotations


from .terms import TEXT_WORD, fold_text
from .rank import Probe, locate


SNIPPET_CHARS = 320


def make_snippet(text: str, spans: dict[tuple[int, int], str], width: int = SNIPPET_CHARS) -> str:
    """The stretch of `text` (about `width` characters) holding the most distinct matched terms,
    with each match (`spans`: character span -> term) marked **like this** (Markdown bold: pastes
    into a note, bold on a terminal)."""
    if not spans:
        return _trim(text, 0, width)
    marks = sorted(spans.items())
    best = _densest_stretch([(start, end, term) for (start, end), term in marks], width)
    return _trim(text, best, width, [m for m, _ in marks])


def spans_of_terms(text: str, pr: Probe, only=None, window: int | None = None) -> dict[tuple[int, int], str]:
    """For a `marking_probe`: the character spans of the words that hold one of its terms as it is
    spelled in the index ("welzijn" in "Studentenwelzijn", "inspireer" in "geïnspireerd") or a
    query word it came from: each of the probe's words is looked for with str.find, with no analysis, no word list and
    no pattern to compile, which is what keeps a query and a cold `polkb search` fast. A stem the
    stemmer respelled ("baten" -> "baat") is marked only where the query word itself stands; the
    ranking does not depend on this, it reads positions from the index. With `window` (a snippet's
    width), only the words in the stretch `make_snippet` will show are marked: the stretch is
    found from where the words were found, and only its words are cut out exactly."""
    owners = pr.owners
    words = pr.words if only is None else [w for w in pr.words if not owners[w].isdisjoint(only)]
    if not words or not text:
        return {}
    folded = fold_text(text)
    hits = []  # (start of the whitespace-separated word it is in, where, probe word)
    for w in words:
        at = folded.find(w)
        while at >= 0:
            hits.append((folded.rfind(" ", 0, at) + 1, at, w))
            at = folded.find(w, at + len(w))
    if not hits:
        return {}
    hits.sort()
    spans = {}
    # the term a found word stands for: the longest it is looked for on behalf of
    best = {w: max(owners[w] if only is None else owners[w] & only, key=_longest) for w in {h[2] for h in hits}}
    if window is not None:
        firsts = [h for i, h in enumerate(hits) if not i or hits[i - 1][0] != h[0]]
        lo = _densest_stretch([(left, at + len(w), best[w]) for left, at, w in firsts], window)
        hits = [h for h in hits if lo <= h[0] < lo + window]
    i = 0
    while i < len(hits):
        left = hits[i][0]
        j = i + 1
        while j < len(hits) and hits[j][0] == left:
            j += 1
        word = TEXT_WORD.search(text, left)
        if word is not None:
            end = word.end()
            inside = [best[w] for _, at, w in hits[i:j] if at < end]
            if inside:
                spans[word.span()] = inside[0] if len(inside) == 1 else max(inside, key=_longest)
        i = j
    return spans


def _densest_stretch(marks: list[tuple[int, int, str]], width: int) -> int:
    """Where the stretch of `width` characters starts that holds the most distinct terms of the
    (start, end, term) marks, in order; the earliest of equals. The stretch starts a little before
    a mark; marks are words, so their ends are in order too and the window slides."""
    best, best_key = 0, None
    inside: dict[str, int] = {}  # term -> its marks in the window
    j = 0
    for i, (start, _, term) in enumerate(marks):
        lo = max(0, start - width // 5)
        while j < len(marks) and marks[j][1] <= lo + width:
            if marks[j][2] is not None:
                inside[marks[j][2]] = inside.get(marks[j][2], 0) + 1
            j += 1
        key = (len(inside), -start)
        if best_key is None or key > best_key:
            best, best_key = lo, key
        if j > i:  # mark i leaves the window
            if term is not None:
                inside[term] -= 1
                if not inside[term]:
                    del inside[term]
        else:
            j = i + 1
    return best


def _longest(term: str) -> tuple[int, str]:
    return len(term), term


def marking_probe(terms, surfaces: dict) -> Probe:
    """A probe for marking words in a snippet: it looks for the terms and query words themselves
    (`spans_of_terms` marks a word only if it holds one), not just their first letters, so a
    passage costs a scan for the few words that matter. A decimal separator is looked for either
    way ("2,6" and "2.6")."""
    owners: dict[str, set] = {}
    for t in terms:
        for w in (t, *surfaces.get(t, ())):
            for form in {w, w.translate(_SWAP_SEPARATORS)}:
                if len(form) > 1:  # a lone letter ("e" of "e-health") would mark every word
                    owners.setdefault(form, set()).add(t)
    longest_first = tuple(sorted(owners, key=len, reverse=True))
    return Probe(frozenset(terms), longest_first, owners={w: frozenset(ts) for w, ts in owners.items()})


_SWAP_SEPARATORS = str.maketrans(".,", ",.")


def spans_by_analysis(text: str, pr: Probe, analyzers) -> dict[tuple[int, int], str]:
    """The character spans of the words carrying the probe's terms, each word analysed."""
    return {span: min(terms) for _, span, terms in locate(text, pr, analyzers)}


def _trim(text: str, lo: int, width: int, marks=()) -> str:
    """Cut text[lo:lo+width] at word boundaries, mark the spans inside, flatten whitespace."""
    if lo > 0:
        space = text.find(" ", lo)
        lo = space + 1 if 0 <= space < lo + 30 else lo
    hi = min(len(text), lo + width)
    if hi < len(text):
        space = text.rfind(" ", lo, hi)
        hi = space if space > lo else hi
    out, pos = [], lo
    for start, end in marks:
        if start >= pos and end <= hi:
            out += [text[pos:start], "**", text[start:end], "**"]
            pos = end
    out.append(text[pos:hi])
    snippet = " ".join("".join(out).split())
    return ("… " if lo > 0 else "") + snippet + (" …" if hi < len(text) else "")
