"""Markdown reader: headings, lists, tables and front matter, with inline markup removed.

Our Markdown comes from law-text converters (wetten.overheid.nl exports): `##Title` headings
without a space, stray `<meta>` lines, `<sup>` footnotes, relative links and pipe tables. Only the
readable text is kept; link targets and HTML never reach the index.
"""
from __future__ import annotations

import re
from pathlib import Path

from ..model import HEADING, PARAGRAPH, TABLE_ROW, Block, ReadResult
from .encoding import decode
from .lines import join_wrapped, text_blocks

FORMAT = "markdown"
_SUFFIXES = {".md", ".markdown"}

_ATX = re.compile(r"^\s{0,3}(#{1,6})(?!#)\s*(.*?)(?:\s+#+)?\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_TABLE_SEP = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")
_HTML_LINE = re.compile(r"^\s*(<[/!]?[a-zA-Z][\w-]*(?:\s[^>]*)?/?>\s*)+$|^\s*<!--.*-->\s*$")
_FILLER_CELL = re.compile(r"^:?-{3,}:?$")
_REF_DEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S+")
_QUOTE = re.compile(r"^\s{0,3}>\s?")

# Known HTML tag names only, so that placeholders like "<Datum>" in templates survive.
_TAGS = (
    "a|abbr|b|big|center|cite|code|del|dfn|div|em|font|i|img|ins|kbd|mark|meta|link|p|q|s|"
    "small|span|strike|strong|sup|sub|tt|u|var|wbr|br|hr|table|tr|td|th|tbody|thead|ul|ol|li|"
    "h[1-6]|blockquote|figure|figcaption|section|article|header|footer|aside|nav|main|iframe|dl|dt|dd|caption"
)
# HTML written into Markdown (blog posts and news items kept as Jekyll pages): "<h2>Extra schulden</h2>"
# on its own line is a heading, and a line that closes a paragraph or item ends its block
_HTML_HEADING = re.compile(r"^\s*<h([1-6])(?:\s[^>]*)?>(.*?)</h\1>\s*$", re.I)
_HTML_BLOCK_END = re.compile(r"</(?:p|li|div|blockquote|figcaption|dd)>\s*$", re.I)
_INLINE = [
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),  # images
    (re.compile(r"!\[[^\]]*\]\[[^\]]*\]"), ""),
    (re.compile(r"\[([^\]]*)\]\([^)]*\)"), r"\1"),  # [text](url)
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),  # [text][ref]
    (re.compile(r"<((?:https?|ftp|mailto):[^>\s]+)>"), r"\1"),  # <url>
    (re.compile(r"<([^>\s@]+@[^>\s]+)>"), r"\1"),  # <email>
    (re.compile(r"<(?:br|sup|/sup|sub|/sub)\s*/?>", re.I), " "),
    (re.compile(rf"</?(?:{_TAGS})(?:\s[^>]*)?/?>", re.I), ""),  # other HTML tags
    (re.compile(r"`([^`]+)`"), r"\1"),
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])"), r"\1"),
    (re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"), r"\1"),
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!|])"), r"\1"),  # backslash escapes
    (re.compile(r"[ \t]+"), " "),
]


def clean_inline(text: str) -> str:
    """Strip inline Markdown/HTML markup, keeping the words a reader would see."""
    for pattern, repl in _INLINE:
        text = pattern.sub(repl, text)
    return text.strip()


def score(path: Path, head: bytes) -> float | None:
    """0.6 for .md/.markdown, otherwise decline."""
    return 0.6 if Path(path).suffix.lower() in _SUFFIXES else None


def front_matter(lines: list[str]) -> tuple[dict, list[str]]:
    """Simple `key: value` YAML front matter at the top, and the lines after it."""
    if not lines or lines[0].strip() != "---":
        return {}, lines
    for end in range(1, len(lines)):
        if lines[end].strip() in ("---", "..."):
            meta = {}
            for line in lines[1:end]:
                key, sep, value = line.partition(":")
                if sep and key.strip() and not line[:1].isspace():
                    meta[key.strip()] = value.strip().strip("\"'")
            return meta, lines[end + 1:]
    return {}, lines


def _table_row(line: str) -> str:
    """Cells of a pipe-table row joined with " | "; "---" filler cells (spanned cells) dropped."""
    cells = re.split(r"(?<!\\)\|", line.strip().strip("|"))
    return " | ".join(c for c in map(clean_inline, cells) if c and not _FILLER_CELL.match(c))


def markdown_blocks(lines: list[str]) -> list[Block]:
    """Blocks of a Markdown body; plain runs go through the shared hard-wrap logic."""
    blocks: list[Block] = []
    pending: list[str] = []
    fence: list[str] | None = None

    def flush():
        for b in text_blocks(pending, headings=False):
            b.text = clean_inline(b.text)
            blocks.append(b)
        pending.clear()

    for line in lines:
        if fence is not None:
            if _FENCE.match(line):
                if any(x.strip() for x in fence):
                    blocks.append(Block("\n".join(fence).strip("\n"), PARAGRAPH))
                fence = None
            else:
                fence.append(line.rstrip())
            continue
        line = _QUOTE.sub("", line)
        if _FENCE.match(line):
            flush()
            fence = []
        elif (m := _ATX.match(line)) and (text := clean_inline(m.group(2))):
            flush()
            blocks.append(Block(text, HEADING, len(m.group(1))))
        elif (m := _HTML_HEADING.match(line)) and (text := clean_inline(m.group(2))):
            flush()
            blocks.append(Block(text, HEADING, int(m.group(1))))
        elif (m := _SETEXT.match(line)) and pending and (pending[-1].strip() or m.group(1)[0] == "=" and any(
                x.strip() for x in pending)):
            # (a converter that puts a blank line between every two lines keeps "====" apart from the title it
            # underlines; "====" is no thematic break, so it can only be that; "----" after a blank line is one)
            while not pending[-1].strip():
                pending.pop()
            start = max(i for i, x in enumerate([""] + pending) if not x.strip())
            title = clean_inline(join_wrapped(pending[start:]))
            del pending[start:]
            flush()
            blocks.append(Block(title, HEADING, 1 if m.group(1)[0] == "=" else 2))
        elif line.lstrip().startswith("|"):
            flush()
            if not _TABLE_SEP.match(line) and (row := _table_row(line)):
                blocks.append(Block(row, TABLE_ROW))
        elif _HTML_LINE.match(line) or _REF_DEF.match(line):
            flush()
        elif _SETEXT.match(line):  # thematic break
            flush()
        else:
            pending.append(line)
            if _HTML_BLOCK_END.search(line):
                flush()
    flush()
    if fence:
        blocks.append(Block("\n".join(fence).strip("\n"), PARAGRAPH))
    return [b for b in blocks if b.text]


def read(path: Path, data: bytes) -> ReadResult:
    """Markdown file to blocks; title from front matter, else the first level-1 heading."""
    meta, lines = front_matter(decode(data).split("\n"))
    blocks = markdown_blocks(lines)
    title = meta.get("title") or next(
        (b.text for b in blocks if b.kind == HEADING and b.level == 1), None
    )
    return ReadResult(format=FORMAT, blocks=blocks, title=title or None, meta=meta)
