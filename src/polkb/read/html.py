"""HTML reader: the page's own content as blocks, without site furniture or scripts.

Municipal and ministry pages wrap a few paragraphs in menus, cookie banners, skip links and share
buttons; indexing those would make every page match "cookies" or "menu". We drop such elements by
tag and by id/class/role/aria-label, prefer <main>/<article> when they hold the content, and walk
the tree with an explicit stack because real pages can nest thousands of unclosed tags.

Beautiful Soup costs about 1 KB of memory and 50 µs per element, so a flood of markup (millions
of `<b>w</b>` on one line) would take gigabytes and minutes before the first block. The markup is
measured before any tree is built: tags by counting `<` (C speed), nesting depth by a streaming
scan of the tags, and a page over either limit is refused with a reason naming it.
"""
from __future__ import annotations

import re
from pathlib import Path

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import CData, Comment, Declaration, Doctype, ProcessingInstruction

from ..model import HEADING, LIST_ITEM, PARAGRAPH, TABLE_ROW, Block, ReadResult
from . import ReaderError
from .encoding import decode

FORMAT = "html"
_SUFFIXES = {".html", ".htm", ".xhtml"}
_SNIFF = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.I | re.S)

_DROP = {
    "script", "style", "noscript", "template", "svg", "math", "canvas", "nav", "aside", "form",
    "button", "iframe", "object", "embed", "select", "textarea", "input", "label", "head", "dialog",
}
_PAGE_CHROME = {"header", "footer"}  # dropped unless they belong to a <main>/<article>
_PAGE_ROOTS = {"html", "body", "main", "article"}  # the page and its content: never furniture by class or id
_FURNITURE = re.compile(
    r"cookie|consent|gdpr|(?<![a-z])nav(?![a-z])|navbar|navigat|(?<![a-z])menu|breadcrumb|"
    r"kruimel|skip|share|sharing|social|(?<![a-z])deel(?![a-z])|banner",
    re.I,
)
_FURNITURE_ROLES = {"navigation", "banner", "contentinfo", "search", "menu", "menubar", "alertdialog"}
_SKIP_TEXT = re.compile(
    r"skip (?:to|naar)|overslaan|naar (?:de )?(?:hoofd)?inhoud|naar (?:de )?content|"
    r"direct naar|spring naar|terug naar boven|back to top",
    re.I,
)
_CHROME_ID = re.compile(r"^(?:site[-_]?)?(?:header|footer)$", re.I)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_BLOCK = {
    "address", "article", "blockquote", "body", "caption", "center", "dd", "details", "div", "dl",
    "dt", "fieldset", "figcaption", "figure", "footer", "header", "hr", "html", "li", "main",
    "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "ul",
}
_NOT_TEXT = (Comment, Doctype, Declaration, CData, ProcessingInstruction)
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
# A long government page (a whole law on wetten.overheid.nl) has some 100,000 elements; 300,000
# parse in ~15 s and ~350 MB. Depth: real pages nest tens of levels, broken ones a few thousand.
MAX_TAGS = 300_000
MAX_DEPTH = 50_000
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
         "track", "wbr"}
_TAG = re.compile(r"<(/?)([A-Za-z][^\s/>]*)[^>]*?(/?)>")
# the visible text of a link that is read to tell a skip link ("naar de inhoud") from content
_SKIP_PROBE_NODES = 64


def score(path: Path, head: bytes) -> float | None:
    """0.9 when the bytes start like an HTML document, 0.6 for .html/.htm, else decline."""
    if _SNIFF.match(head.replace(b"\x00", b"").removeprefix(b"\xef\xbb\xbf")):
        return 0.9
    return 0.6 if Path(path).suffix.lower() in _SUFFIXES else None


def _dropped(tag: Tag, in_content: bool) -> bool:
    """Whether an element is furniture (menus, banners, skip links, hidden or scripted parts)."""
    if tag.name in _DROP or (tag.name in _PAGE_CHROME and not in_content):
        return True
    attrs = tag.attrs or {}
    if "hidden" in attrs or str(attrs.get("aria-hidden", "")).lower() == "true":
        return True
    if _HIDDEN_STYLE.search(str(attrs.get("style", ""))):
        return True
    if str(attrs.get("role", "")).lower() in _FURNITURE_ROLES:
        return True
    if tag.name in _PAGE_ROOTS:
        # a site's scripts mark the page itself ("<body class=\"… tk_cookie-processed\">" on
        # tweedekamer.nl): a mark on the whole page names no part of it to leave out
        return False
    cls = attrs.get("class", "")
    marks = " ".join([str(attrs.get("id", "")), " ".join(cls) if isinstance(cls, list) else str(cls),
                      str(attrs.get("aria-label", ""))])
    if _FURNITURE.search(marks) or _CHROME_ID.match(str(attrs.get("id", ""))):
        return True
    return tag.name == "a" and bool(_SKIP_TEXT.search(_leading_text(tag)))


def _leading_text(tag: Tag) -> str:
    """The first words under a link, from its first few nodes only: probing every link's whole
    text would walk each nested link again (quadratic, and recursive through _dropped)."""
    parts: list[str] = []
    stack = [tag]
    for _ in range(_SKIP_PROBE_NODES):  # (bs4's .descendants first walks down to the last one)
        if not stack:
            break
        n = stack.pop()
        if isinstance(n, NavigableString):
            if not isinstance(n, _NOT_TEXT):
                parts.append(str(n))
        else:
            stack.extend(reversed(n.contents))
    return " ".join(" ".join(parts).split())[:80]


def _text(node: Tag, in_content: bool = False) -> str:
    """Visible text under a node with whitespace collapsed; iterative, so depth cannot hurt."""
    parts: list[str] = []
    stack = [node]
    while stack:
        n = stack.pop()
        if isinstance(n, NavigableString):
            if not isinstance(n, _NOT_TEXT):
                parts.append(str(n))
        elif n.name == "br" or n.name in _BLOCK:
            parts.append(" ")
            stack.extend(reversed(n.contents))
        elif n is node or not _dropped(n, in_content):
            stack.extend(reversed(n.contents))
    return " ".join("".join(parts).split())


def _blocks(roots: list[Tag]) -> list[Block]:
    """Headings, paragraphs, list items and table rows in document order."""
    blocks: list[Block] = []
    buf: list[str] = []
    items = 0  # depth of open <li> elements

    def flush():
        text = " ".join("".join(buf).split())
        buf.clear()
        if text:
            blocks.append(Block(text, LIST_ITEM if items else PARAGRAPH))

    stack: list = [(r, r.name in ("main", "article")) for r in reversed(roots)]
    while stack:
        node, in_content = stack.pop()
        if type(node) is str:  # end marker of a block element (NavigableString is a str too)
            flush()
            items -= node == "li"
        elif isinstance(node, NavigableString):
            if not isinstance(node, _NOT_TEXT):
                buf.append(str(node))
        elif _dropped(node, in_content):
            continue
        elif node.name == "br":
            buf.append(" ")
        elif node.name in _HEADINGS:
            flush()
            if text := _text(node, in_content):
                blocks.append(Block(text, HEADING, int(node.name[1])))
        elif node.name == "tr":
            flush()
            cells = [_text(c, in_content) for c in node.find_all(["td", "th"], recursive=False)]
            if row := " | ".join(c for c in cells if c):
                blocks.append(Block(row, TABLE_ROW))
        else:
            inner = in_content or node.name in ("main", "article")
            if node.name in _BLOCK:
                flush()
                items += node.name == "li"
                stack.append((node.name, inner))
            stack.extend((c, inner) for c in reversed(node.contents))
    flush()
    return blocks


def _clean_title(title: str) -> str:
    """'Page | Site name' -> 'Page'."""
    return " ".join(title.split("|")[0].split())


def extract(soup: BeautifulSoup) -> tuple[list[Block], str | None]:
    """Blocks and title of a parsed page, preferring substantial <main>/<article> content."""
    body = soup.body or soup
    all_blocks = _blocks([body])
    h1 = next((b.text for b in all_blocks if b.kind == HEADING and b.level == 1), None)
    roots = soup.find_all("main") or soup.find_all(attrs={"role": "main"}) or soup.find_all("article")
    blocks = all_blocks
    if roots:
        roots = [r for r in roots if not any(p in roots for p in r.parents)]
        content = _blocks(roots)
        size, total = (sum(len(b.text) for b in bs) for bs in (content, all_blocks))
        if content and (size >= 200 or size >= 0.25 * total):
            blocks = content
            if h1 and not any(b.kind == HEADING and b.level == 1 for b in blocks):
                blocks.insert(0, Block(h1, HEADING, 1))
    title_tag = soup.title.get_text(" ", strip=True) if soup.title else ""
    return blocks, h1 or _clean_title(title_tag) or None


def count_tags(text: str) -> int:
    """Start tags in the markup, counted without parsing: every `<` but end tags, comments,
    declarations, processing instructions and a `<` followed by a space (an upper bound that
    script text can only raise)."""
    return (text.count("<") - text.count("</") - text.count("<!") - text.count("<?")
            - text.count("< "))


def nesting_depth(text: str) -> int:
    """The deepest nesting of elements as a lenient parser builds it: an end tag closes up to the
    nearest open element of its name (and is ignored when none is open), void elements and
    self-closed tags hold nothing. One streaming pass over the tags; no tree is built."""
    stack: list[str] = []
    open_names: dict[str, int] = {}
    deepest = 0
    for m in _TAG.finditer(text):
        name = m.group(2).lower()
        if m.group(1):
            if open_names.get(name):
                while stack:
                    top = stack.pop()
                    open_names[top] -= 1
                    if top == name:
                        break
        elif name not in _VOID and not m.group(3):
            stack.append(name)
            open_names[name] = open_names.get(name, 0) + 1
            deepest = max(deepest, len(stack))
    return deepest


def check_markup(text: str) -> None:
    """Refuse markup that would cost more to parse than a page can be worth (see MAX_TAGS)."""
    if count_tags(text) > MAX_TAGS:
        raise ReaderError(f"HTML has more than {MAX_TAGS:,} tags")
    if nesting_depth(text) > MAX_DEPTH:
        raise ReaderError(f"HTML nests tags more than {MAX_DEPTH:,} deep")


def read(path: Path, data: bytes) -> ReadResult:
    """HTML file to blocks; a markup flood, unparseable or absurdly deep markup becomes a
    ReaderError."""
    text = decode(data)
    check_markup(text)
    try:
        soup = BeautifulSoup(text, "html.parser")
        blocks, title = extract(soup)
    except RecursionError as e:
        raise ReaderError("HTML nested too deeply to read") from e
    except (AssertionError, ValueError) as e:  # html.parser's own failures
        raise ReaderError(f"malformed HTML: {e}") from e
    return ReadResult(format=FORMAT, blocks=blocks, title=title)
