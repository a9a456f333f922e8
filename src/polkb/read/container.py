"""The zip container of Office Open XML (DOCX, PPTX) and OpenDocument (ODT) files, opened safely.

A few kilobytes of zip can declare gigabytes of XML; the libraries that parse these formats read
whole parts into memory. So before any part is read, the declared sizes are checked against a
budget: the whole archive and each member's compression ratio. The declared sizes can be trusted
because Python's zipfile never returns more than a member's declared size (a member that lies
fails its CRC check instead).
"""
from __future__ import annotations

import io
import zipfile

from . import ReaderError

MAX_EXPANDED = 256 * 1024 * 1024  # all members together, uncompressed
MAX_RATIO = 200  # uncompressed / compressed for one member; XML reaches 10-30, bombs 1000+
_RATIO_FLOOR = 8 * 1024 * 1024  # small members may compress as well as they like
ZIP_MAGIC = b"PK\x03\x04"


def expansion_problem(infos: list[zipfile.ZipInfo], limit: int = MAX_EXPANDED) -> str | None:
    """Why these members are too large to unpack, or None: the total beyond the budget, or one
    large member compressed far beyond what text ever compresses."""
    total = sum(i.file_size for i in infos)
    if total > limit:
        return f"expands beyond {limit // (1024 * 1024)} MB"
    for i in infos:
        if i.file_size > _RATIO_FLOOR and i.file_size > MAX_RATIO * max(i.compress_size, 1):
            return f"looks like a zip bomb ({i.filename} expands {i.file_size // max(i.compress_size, 1)}:1)"
    return None


def open_zip(data: bytes, label: str, limit: int = MAX_EXPANDED) -> zipfile.ZipFile:
    """The archive of a DOCX/PPTX/ODT, or ReaderError naming the format (`label`) and the fault."""
    if data[:4] != ZIP_MAGIC:
        raise ReaderError(f"corrupt {label}: not a zip archive")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError) as e:
        raise ReaderError(f"corrupt {label}: damaged or incomplete zip ({e})"[:200]) from e
    if problem := expansion_problem(infos, limit):
        raise ReaderError(f"{label} {problem}")
    return archive


def member_names(data: bytes) -> set[str]:
    """Names in a zip archive, or an empty set when it is none (used for sniffing)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return set(archive.namelist())
    except Exception:
        return set()


def read_member(archive: zipfile.ZipFile, name: str, label: str) -> bytes:
    """One member's bytes; a damaged member (bad CRC, truncated stream) becomes ReaderError."""
    try:
        return archive.read(name)
    except KeyError as e:
        raise ReaderError(f"corrupt {label}: {name} is missing") from e
    except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError) as e:
        raise ReaderError(f"corrupt {label}: {e}"[:200]) from e


def core_properties(package, placeholders: set[str], clean=lambda t: " ".join(t.split())) -> tuple[str | None, dict]:
    """Title (None when it is a template's placeholder), author, created and modified dates from
    an Office package's core properties (DOCX, PPTX); a damaged docProps/core.xml costs the
    metadata, never the text."""
    meta = {}
    try:
        props = package.core_properties
        title = clean(props.title or "")
        if props.author and props.author.strip():
            meta["author"] = props.author.strip()
        for key in ("created", "modified"):
            if value := getattr(props, key):
                meta[key] = value.isoformat()
    except Exception:
        return None, meta
    return (None if title.lower() in placeholders else title), meta
