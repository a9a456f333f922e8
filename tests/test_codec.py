"""The compact on-disk codec: what it writes reads back the same, and what a user notices holds
(phrases, stored passages, an index written by an older polkb)."""
import shutil

from hypothesis import given
from hypothesis import strategies as st

from polkb.store.whoosh.codec import (BlockTermIndex, BlockTermIndexWriter, CompactCodec, CompactPositions, get_varints,
                         put_varint)
from polkb.kb import KnowledgeBase

from .conftest import CORPUS


@given(st.lists(st.integers(min_value=0, max_value=2**40)))
def test_varints_round_trip(numbers):
    out = bytearray()
    for n in numbers:
        put_varint(n, out)
    assert get_varints(bytes(out), 0, len(numbers)) == (numbers, len(out))


@given(st.lists(st.integers(min_value=0, max_value=10**6), unique=True).map(sorted))
def test_positions_round_trip(positions):
    fmt = CompactPositions()
    value = fmt.encode(positions)
    assert fmt.decode_positions(value) == positions
    assert fmt.decode_frequency(value) == len(positions)


def test_index_is_written_with_the_compact_codec(corpus_index):
    from whoosh import index

    ix = index.open_dir(str(corpus_index), indexname="MAIN")
    assert all(isinstance(seg.codec(), CompactCodec) for seg in ix._segments())


def test_phrase_and_stored_text_read_back(kb):
    """A quoted phrase needs the positions, the hit's text the stored fields."""
    hits = kb.search('"Landelijke Werkgroep Studentenwelzijn"', limit=3).hits
    assert hits and all("landelijke werkgroep studentenwelzijn" in " ".join(h.text.lower().split())
                        for h in hits)
    assert "**" in hits[0].snippet


def test_index_of_an_older_polkb_still_reads_and_takes_new_documents(tmp_path):
    """Segments record their codec: an index written with Whoosh's own codec stays searchable,
    and an ingest adds new segments in the compact format beside it."""
    from whoosh import index

    from polkb.store.whoosh import index as ix

    seeds = sorted(p for p in CORPUS.iterdir() if p.suffix == ".txt")[:3]
    old, new = tmp_path / "old", tmp_path / "new"
    old.mkdir()
    new.mkdir()
    shutil.copy(seeds[0], old)
    shutil.copy(seeds[1], new)
    index_dir = tmp_path / "index"
    original = ix.open_writer
    ix.open_writer = lambda index: index.writer()  # what polkb wrote before the compact codec
    try:
        assert KnowledgeBase(index_dir).ingest([old]).ok
    finally:
        ix.open_writer = original
    with KnowledgeBase(index_dir) as kb:
        assert kb.ingest([old, new]).ok
        codecs = {type(seg.codec()).__name__ for seg in index.open_dir(str(index_dir), indexname="MAIN")._segments()}
        paths = {h.path for h in kb.search("studenten", limit=50).hits}
    assert any(seeds[0].name in p for p in paths) and any(seeds[1].name in p for p in paths)
    assert "CompactCodec" in codecs


def test_analysis_in_the_workers_indexes_what_the_writer_would(tmp_path):
    """Ingest workers analyse the text fields (both cores); the index must be the one the writer
    would have built itself: same hits, scores, snippets and stored text."""
    files = sorted(p for p in CORPUS.iterdir() if p.suffix in (".txt", ".md"))[:10]
    folder = tmp_path / "docs"
    folder.mkdir()
    for f in files:
        shutil.copy(f, folder)
    results = []
    for workers in (1, 2):  # one process: the writer analyses; two: the workers do
        with KnowledgeBase(tmp_path / f"index{workers}") as kb:
            assert kb.ingest([folder], workers=workers).ok
            results.append([[(h.passage_id, h.score, h.snippet, h.text) for h in kb.search(q, limit=5).hits]
                            for q in ("studentenwelzijn", "internationale studenten", '"hoger onderwijs"')])
    assert results[0] == results[1] and all(results[0])


def test_an_index_of_an_earlier_layout_is_refused_with_one_clear_line(tmp_path):
    """An index without the current fields cannot take records: ingest says so and leaves it."""
    from whoosh import fields, index

    from .conftest import invoke

    old = tmp_path / "index"
    old.mkdir()
    index.create_in(str(old), fields.Schema(id=fields.ID(stored=True), body=fields.TEXT(stored=True)),
                    indexname="MAIN")
    before = sorted(p.name for p in old.iterdir())
    result = invoke("ingest", CORPUS / "000_1f330cebb3caba7e.txt", index=old)
    assert result.exit_code == 1
    assert "built by an earlier polkb" in result.output and str(old) in result.output
    assert sorted(p.name for p in old.iterdir() if p.name != "polkb.lock") == before


@given(st.lists(st.binary(min_size=1, max_size=12), unique=True, max_size=300).map(sorted),
       st.lists(st.binary(max_size=12), max_size=20))
def test_block_term_index_finds_every_key_and_nothing_else(keys, probes):
    """The term index: every key written is found with its value, in order from any key on;
    a key not written is not found (before the first, between blocks, after the last)."""
    import tempfile
    from pathlib import Path

    from whoosh.filedb.filestore import FileStorage

    with tempfile.TemporaryDirectory() as tmp:
        storage = FileStorage(tmp)
        writer = BlockTermIndexWriter(storage.create_file("t.trm"))
        writer.extras["fieldmap"] = {"body": 0}
        for k in keys:
            writer.add(k, b"v" + k)
        writer.close()
        index = BlockTermIndex(storage.open_file("t.trm"), (Path(tmp) / "t.trm").stat().st_size)
        assert index.extras == {"fieldmap": {"body": 0}}
        assert all(index.get(k) == b"v" + k for k in keys)
        for probe in probes:
            assert (probe in index) == (probe in keys)
            assert [k for k, _ in index.items_from(probe)] == [k for k in keys if k >= probe]
        index.close()


def test_segments_with_either_term_index_read_alike(tmp_path):
    """Segments written before the block term index (Whoosh's hash file) and after it sit in one
    index; every term reads the same from both kinds."""
    folder = tmp_path / "docs"
    folder.mkdir()
    for f in sorted(p for p in CORPUS.iterdir() if p.suffix == ".txt")[:2]:
        shutil.copy(f, folder)
    infos = {}
    for version in (1, 2):
        CompactCodec.term_index = version  # what a segment written with the hash index reads as
        original_init = CompactCodec.__init__

        def init(self, *args, _original=original_init, _version=version, **kwargs):
            _original(self, *args, **kwargs)
            self.term_index = _version
        CompactCodec.__init__ = init
        try:
            with KnowledgeBase(tmp_path / f"index{version}") as kb:
                assert kb.ingest([folder]).ok
                reader = kb.searcher().reader()
                assert type(reader._terms).__name__ == ("W3TermsReader" if version == 1 else "CompactTermsReader")
                infos[version] = [(t, i.doc_frequency(), i.weight(), i.max_id()) for t, i in reader]
        finally:
            CompactCodec.__init__ = original_init
            CompactCodec.term_index = 1
    assert infos[1] == infos[2] and len(infos[2]) > 1000


def test_shared_values_hold_more_than_whoosh_refbytes_limit(tmp_path):
    """A document's title and path are kept once per segment; a segment may hold more documents
    than Whoosh's RefBytesColumn's 65,535 distinct values without losing any."""
    from whoosh.filedb.filestore import FileStorage

    from polkb.store.whoosh.codec import SharedValues

    storage = FileStorage(str(tmp_path))
    out = storage.create_file("col")
    out.write(b"xyz")  # a column need not start at the beginning of its file
    column = SharedValues()
    writer = column.writer(out)
    count = 70_000
    for docnum in range(count):
        if docnum % 7 != 3:  # some records have no value
            writer.add(docnum, f"document {docnum // 2}".encode())
    writer.finish(count + 2)
    length = out.tell() - 3
    out.close()
    reader = column.reader(storage.open_file("col"), 3, length, count + 2)
    assert all(reader[d] == (b"" if d % 7 == 3 or d >= count else f"document {d // 2}".encode())
               for d in range(count + 2))
