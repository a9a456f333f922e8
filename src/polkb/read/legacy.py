"""Office 97-2003 files (.doc, .xls, .ppt) and password-protected Office files: one clear reason.

Both are OLE2 compound files. No well-kept pure-Python library reads the old binary formats'
text, so instead of indexing garbage the reader says how to convert the file. A Word, Excel or
PowerPoint file saved with a password is also an OLE2 file (its real content sits encrypted in an
"EncryptedPackage" stream), whatever its suffix says, and gets its own reason.
"""
from __future__ import annotations

from pathlib import Path

from ..model import ReadResult
from . import ReaderError

FORMAT = "legacy-office"
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")
# suffix -> (what it is, the format to save it as, LibreOffice's name for that format)
_KINDS = {
    ".doc": ("Word 97-2003 .doc", ".docx or PDF", "docx"), ".dot": ("Word 97-2003 .dot", ".docx or PDF", "docx"),
    ".ppt": ("PowerPoint 97-2003 .ppt", ".pptx or PDF", "pptx"), ".pps": ("PowerPoint 97-2003 .pps", ".pptx or PDF", "pptx"),
    ".pot": ("PowerPoint 97-2003 .pot", ".pptx or PDF", "pptx"),
    ".xls": ("Excel 97-2003 .xls", "PDF", "pdf"), ".xlt": ("Excel 97-2003 .xlt", "PDF", "pdf"),
}
_OTHER = ("Office 97-2003 file", "PDF", "pdf")


def score(path: Path, head: bytes) -> float | None:
    """0.95 for any OLE2 compound file (so no text reader takes it), 0.5 for a legacy suffix."""
    if head.startswith(OLE2_MAGIC):
        return 0.95
    return 0.5 if Path(path).suffix.lower() in _KINDS else None


def reason(path: Path, data: bytes) -> str:
    """Why the file is not read and how to convert it."""
    if _ENCRYPTED in data:
        return "encrypted Office document (password required); save it without a password"
    if not data.startswith(OLE2_MAGIC):
        return f"corrupt {Path(path).suffix.lower().lstrip('.')} file (no Office 97-2003 header)"
    kind, target, conv = _KINDS.get(Path(path).suffix.lower(), _OTHER)
    return f"{kind} is not read; save it as {target} (LibreOffice: soffice --headless --convert-to {conv} FILE)"


def read(path: Path, data: bytes) -> ReadResult:
    """Never reads: raises the reason."""
    raise ReaderError(reason(path, data))
