"""Bad office files: each costs one `PATH: reason` line, the good files beside them land.

The hostile files are generated here (a corrupt DOCX, a DOCX zip bomb, a password-protected ODT and
DOCX, a deck without text, a Word 97-2003 file); the good ones are the real files of
tests/data/office. The ingest runs as the real command, so stderr and the exit code are the user's.
"""
import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from polkb.kb import KnowledgeBase

OFFICE = Path(__file__).parent / "data" / "office"
POLKB = [sys.executable, "-c", "from polkb.cli import main; main()"]
GOOD = ("algoritmekader-invultemplate-aiia-2.0.docx", "ah-tk-20202021-3235-tozo-rente.odt",
        "woo-platform-16104.pptx")
_MANIFEST = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"


def zip_bomb(megabytes: int) -> bytes:
    """A DOCX-shaped zip whose document.xml unpacks to `megabytes` MB of spaces (about 1000:1)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        with z.open("word/document.xml", "w") as member:
            chunk = b" " * (1 << 20)
            for _ in range(megabytes):
                member.write(chunk)
    return buf.getvalue()


def encrypted_odt() -> bytes:
    """An ODT as LibreOffice saves it with a password: the manifest declares the encryption and
    content.xml is ciphertext."""
    manifest = (
        f'<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="{_MANIFEST}" '
        'manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml" '
        'manifest:size="3120"><manifest:encryption-data manifest:checksum-type="urn:oasis:names:tc:'
        'opendocument:xmlns:manifest:1.0#sha256-1k" manifest:checksum="c2hh"><manifest:algorithm '
        'manifest:algorithm-name="http://www.w3.org/2001/04/xmlenc#aes256-cbc" '
        'manifest:initialisation-vector="aXY="/><manifest:key-derivation manifest:key-derivation-name='
        '"PBKDF2" manifest:key-size="32" manifest:iteration-count="100000" manifest:salt="c2FsdA=="/>'
        "</manifest:encryption-data></manifest:file-entry></manifest:manifest>"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", os.urandom(3120))
        z.writestr("META-INF/manifest.xml", manifest)
    return buf.getvalue()


def encrypted_docx() -> bytes:
    """A Word file saved with a password: an OLE2 container holding an EncryptedPackage stream."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    return header + "EncryptedPackage".encode("utf-16-le") + os.urandom(4096)


def deck_without_text() -> bytes:
    from pptx import Presentation

    deck = Presentation()
    for _ in range(3):
        deck.slides.add_slide(deck.slide_layouts[6])  # the blank layout
    buf = io.BytesIO()
    deck.save(buf)
    return buf.getvalue()


def make_bad_office(folder: Path) -> dict[str, str]:
    """Write the bad files and copy the good ones; returns bad file name -> expected reason."""
    folder.mkdir(parents=True, exist_ok=True)
    real_docx = (OFFICE / GOOD[0]).read_bytes()
    bad = {
        "kapot.docx": (real_docx[: len(real_docx) // 2], "corrupt DOCX: damaged or incomplete zip"),
        "geen-zip.docx": (b"Dit is geen Word-bestand, alleen tekst." * 20, "corrupt DOCX: not a zip archive"),
        "zipbom.docx": (zip_bomb(300), "DOCX expands beyond 256 MB"),
        "versleuteld.odt": (encrypted_odt(), "encrypted OpenDocument (password required)"),
        "versleuteld.docx": (encrypted_docx(), "encrypted Office document (password required)"),
        "leeg.pptx": (deck_without_text(), "no text on any of its 3 slides"),
        "oud.doc": ((OFFICE / "woo-platform-16102.doc").read_bytes(),
                    "Word 97-2003 .doc is not read; save it as .docx or PDF"),
    }
    for name, (data, _) in bad.items():
        (folder / name).write_bytes(data)
    for name in GOOD:
        (folder / name).write_bytes((OFFICE / name).read_bytes())
    return {name: reason for name, (_, reason) in bad.items()}


@pytest.fixture(scope="module")
def bad_office(tmp_path_factory):
    root = tmp_path_factory.mktemp("bad-office")
    expected = make_bad_office(root / "in")
    proc = subprocess.run(POLKB + ["--index", str(root / "index"), "ingest", str(root / "in")],
                          capture_output=True, text=True, timeout=300)
    return dict(expected=expected, proc=proc, index=root / "index")


def test_each_bad_office_file_gets_one_line_naming_it_and_the_reason(bad_office):
    proc, expected = bad_office["proc"], bad_office["expected"]
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr + proc.stdout
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    named = {}
    for line in lines:
        path, sep, reason = line.partition(": ")
        assert sep and reason.strip(), line
        named[Path(path).name] = reason
    assert set(named) == set(expected), lines
    assert len(lines) == len(expected)
    wrong = {name: named[name] for name, reason in expected.items() if reason not in named[name]}
    assert not wrong, wrong
    assert f"{len(GOOD)} added" in proc.stdout and f"{len(expected)} failed" in proc.stdout, proc.stdout


def test_the_good_office_files_beside_them_land(bad_office):
    with KnowledgeBase(bad_office["index"]) as kb:
        docs = {Path(d["path"]).name: d for d in kb.documents()}
        assert set(docs) == set(GOOD)
        assert {d["format"] for d in docs.values()} == {"docx", "odt", "pptx"}
        assert kb.search("rentepercentage TOZO-lening").hits


def test_a_zip_bomb_is_refused_before_it_is_unpacked():
    from polkb.read import ReaderError, read_file

    with pytest.raises(ReaderError, match=r"^DOCX expands beyond 256 MB"):
        read_file(Path("bom.docx"), zip_bomb(300))
    small = zip_bomb(20)  # 20 MB of spaces in 20 KB: a member compressed far beyond any text
    with pytest.raises(ReaderError, match=r"^DOCX looks like a zip bomb \(word/document.xml expands \d+:1\)"):
        read_file(Path("bom.docx"), small)


def test_pdf_pages_sharing_one_deflate_bomb_stop_at_the_content_budget():
    """Five pages draw the same 70 MB content stream (70 KB compressed): 350 MB decoded in all."""
    import zlib

    from pypdf import PdfWriter
    from pypdf.generic import NameObject, StreamObject

    from polkb.read import ReaderError, read_file

    writer = PdfWriter()
    stream = StreamObject()
    stream._data = zlib.compress(b" " * (70 << 20), 9)
    stream[NameObject("/Filter")] = NameObject("/FlateDecode")
    shared = writer._add_object(stream)
    for _ in range(5):
        writer.add_blank_page(595, 842)[NameObject("/Contents")] = shared
    buf = io.BytesIO()
    writer.write(buf)
    with pytest.raises(ReaderError, match=r"^PDF content expands beyond 256 MB$"):
        read_file(Path("bom.pdf"), buf.getvalue())


def test_a_packed_file_is_judged_by_its_text_not_its_size(tmp_path):
    """A Word file full of pictures is large on disk and small in text: the size limit for text
    formats does not refuse it (its reader bounds what it unpacks)."""
    from polkb.ingest import Limits

    docs = tmp_path / "docs"
    docs.mkdir()
    real = Path(__file__).parent / "data" / "office" / "algoritmekader-invultemplate-aiia-2.0.docx"
    (docs / real.name).write_bytes(real.read_bytes())
    (docs / "big.txt").write_text("Studenten en welzijn. " * 200, encoding="utf-8")
    small = Limits(text_bytes=2_000)  # the DOCX and the text file are both over it
    report = KnowledgeBase(tmp_path / "index").ingest([docs], limits=small)
    failed = {Path(f.path).name: f.reason for f in report.failures}
    assert real.name not in failed
    assert "file too large" in failed["big.txt"]
