"""How the index is laid out on disk: Whoosh's W3 codec with compact postings and stored fields.

Whoosh's own codec pickles every postings block as a tuple of Python ints, floats and one pickled
list of positions per posting, pickles each block's header, and compresses each document's stored
fields on their own. On policy text that made the index 3-5x the size of the text it holds. This
codec keeps Whoosh's file layout, block skipping and matchers, and changes the bytes:

- a postings block: a struct header, then document-number gaps, integral weights and value lengths
  as narrow little-endian arrays followed by the values, deflated together (arrays decode in C);
- a term with fewer than INLINE_LIMIT postings keeps them in the term index (W3's own inlining
  never ran: it calls a misspelt method);
- positions (`CompactPositions`, the text fields' format) are a varint count and varint gaps;
- stored fields are deflated against a preset dictionary of common Dutch words
  (`data/stored-dictionary-1.txt`), which roughly halves what deflate saves on a short passage;
- the term index is a `BlockTermIndex` (sorted, 32 terms to a deflated block) instead of
  Whoosh's hash file, a third of its size;
- `SharedColumn` keeps a value many records share (a document's title and path) once per segment;
- `AnalysedText` takes a value ingest workers analysed already.

For search, `posting_blocks` hands out a term's whole posting list as arrays (polkb.store.whoosh.candidates
scores them in bulk) and `term_info` remembers term lookups per segment reader.

Segments record their codec, so an index written by an older polkb (plain W3 segments, or compact
ones with the hash term index: `CompactCodec.term_index`) still reads; new segments are written
with this codec. The dictionary file is versioned by name and
never changed: a segment names the one it was written with.
"""
from __future__ import annotations

import io
import pickle
import struct
import sys
import zlib
from array import array
from itertools import accumulate
from functools import lru_cache
from importlib import resources

from whoosh import columns, fields, formats
from whoosh.codec import whoosh3
from whoosh.matching import ListMatcher
from whoosh.system import emptybytes

from .index import IndexDamaged

DICTIONARY = "stored-dictionary-1.txt"
BLOCK_LIMIT = 128
LEVEL = 6
# terms with fewer postings keep them in the term index: a postings block costs ~40 bytes of header
INLINE_LIMIT = 8


# -- varints --------------------------------------------------------------------------------------

def put_varint(n: int, out: bytearray) -> None:
    while n >= 0x80:
        out.append((n & 0x7F) | 0x80)
        n >>= 7
    out.append(n)


def get_varint(data, pos: int) -> tuple[int, int]:
    """The varint at `pos` and the position after it."""
    b = data[pos]
    if b < 0x80:
        return b, pos + 1
    n, shift = b & 0x7F, 7
    while True:
        pos += 1
        b = data[pos]
        n |= (b & 0x7F) << shift
        if b < 0x80:
            return n, pos + 1
        shift += 7


def get_varints(data, pos: int, count: int) -> tuple[list[int], int]:
    out = []
    append = out.append
    for _ in range(count):
        b = data[pos]
        if b < 0x80:
            append(b)
            pos += 1
        else:
            n, pos = get_varint(data, pos)
            append(n)
    return out, pos


# -- positions ------------------------------------------------------------------------------------

class CompactPositions(formats.Positions):
    """Whoosh's Positions format with each posting's positions as a varint count and varint gaps
    (Whoosh pickles a list per posting)."""

    def encode(self, poslist):
        out = bytearray()
        put_varint(len(poslist), out)
        base = 0
        for pos in poslist:
            put_varint(pos - base, out)
            base = pos
        return bytes(out)

    def decode_positions(self, valuestring):
        count, pos = get_varint(valuestring, 0)
        gaps, _ = get_varints(valuestring, pos, count)
        positions, at = [], 0
        for gap in gaps:
            at += gap
            positions.append(at)
        return positions

    def decode_frequency(self, valuestring):
        return get_varint(valuestring, 0)[0]

    def decode_weight(self, valuestring):
        return self.decode_frequency(valuestring) * self.field_boost


# -- stored fields --------------------------------------------------------------------------------

@lru_cache(maxsize=None)
def dictionary(name: str = DICTIONARY) -> bytes:
    """The preset deflate dictionary: common Dutch words, the most common last (deflate reaches
    the end of its window most cheaply)."""
    text = resources.files("polkb").joinpath("data", name).read_text(encoding="utf-8")
    return " ".join(text.split()).encode("utf-8")[-32768:]


class DictionaryBytesColumn(columns.VarBytesColumn):
    """Variable-length bytes, each value raw-deflated against a preset dictionary."""

    def __init__(self, name: str = DICTIONARY, level: int = LEVEL):
        self._name = name
        self._level = level

    def writer(self, dbfile):
        return self.Writer(dbfile, dictionary(self._name), self._level)

    def reader(self, dbfile, basepos, length, doccount):
        return self.Reader(dbfile, basepos, length, doccount, dictionary(self._name))

    class Writer(columns.VarBytesColumn.Writer):
        def __init__(self, dbfile, zdict: bytes, level: int):
            columns.VarBytesColumn.Writer.__init__(self, dbfile)
            self._zdict = zdict
            self._level = level

        def add(self, docnum, v):
            c = zlib.compressobj(self._level, zlib.DEFLATED, -15, 9, zlib.Z_DEFAULT_STRATEGY, self._zdict)
            columns.VarBytesColumn.Writer.add(self, docnum, c.compress(v) + c.flush())

    class Reader(columns.VarBytesColumn.Reader):
        def __init__(self, dbfile, basepos, length, doccount, zdict: bytes):
            columns.VarBytesColumn.Reader.__init__(self, dbfile, basepos, length, doccount)
            self._zdict = zdict

        def __getitem__(self, docnum):
            v = columns.VarBytesColumn.Reader.__getitem__(self, docnum)
            if v:
                d = zlib.decompressobj(-15, self._zdict)
                v = d.decompress(v) + d.flush()
            return v

        def __iter__(self):
            for i in range(self._doccount):
                yield self[i]


class Analysed:
    """A text field's value analysed already, in an ingest worker: the (term bytes, frequency,
    weight, encoded positions) tuples Whoosh's writer would otherwise compute in the one process
    that writes the index."""

    __slots__ = ("items",)

    def __init__(self, items: list):
        self.items = items


class AnalysedText(fields.TEXT):
    """Whoosh's TEXT field that also takes an `Analysed` value (see polkb.ingest)."""

    def index(self, value, **kwargs):
        if isinstance(value, Analysed):
            return iter(value.items)
        return super().index(value, **kwargs)


class SharedValues(columns.Column):
    """Values many records share, each kept once per segment with a reference per record.

    Whoosh's RefBytesColumn does this for at most 65,535 distinct values per segment (beyond that
    it stores the default and warns: an archive of 70,000 documents would lose titles and paths)
    and reads every distinct value when a segment opens (~40 ms of a cold search at 100k
    passages). Here references are as wide as needed and values are read when asked for.

    Layout: the references (narrowest unsigned little-endian array), each value's end offset
    (uint32 array), the values, then the reference typecode and the value count (5 bytes)."""

    _FOOTER = struct.Struct("<cI")

    def __init__(self, default: bytes = b""):
        self._default = default

    def writer(self, dbfile):
        return self.Writer(dbfile, self._default)

    def reader(self, dbfile, basepos, length, doccount):
        return self.Reader(dbfile, basepos, length, doccount, self._default)

    class Writer(columns.ColumnWriter):
        def __init__(self, dbfile, default: bytes):
            self._dbfile = dbfile
            self._refs = array("I")
            self._uniques = {default: 0}

        def fill(self, docnum):
            if docnum > len(self._refs):
                self._refs.extend([0] * (docnum - len(self._refs)))

        def add(self, docnum, value):
            self.fill(docnum)
            self._refs.append(self._uniques.setdefault(value, len(self._uniques)))

        def finish(self, doccount):
            self.fill(doccount)
            values = sorted(self._uniques, key=self._uniques.__getitem__)
            refs = bytearray()
            _put_array(self._refs, refs)
            ends = array("I", accumulate(len(v) for v in values))
            if _BIG_ENDIAN:
                ends.byteswap()
            self._dbfile.write(bytes(refs[1:]))
            self._dbfile.write(ends.tobytes())
            self._dbfile.write(b"".join(values))
            self._dbfile.write(SharedValues._FOOTER.pack(bytes(refs[:1]), len(values)))

    class Reader(columns.ColumnReader):
        def __init__(self, dbfile, basepos, length, doccount, default: bytes):
            columns.ColumnReader.__init__(self, dbfile, basepos, length, doccount)
            self._default = default
            self._refs = self._ends = None

        def _load(self):
            code, count = SharedValues._FOOTER.unpack(
                self._dbfile.get(self._basepos + self._length - SharedValues._FOOTER.size, SharedValues._FOOTER.size))
            self._refs = _get_array(code + self._dbfile.get(self._basepos, self._doccount * array(code.decode()).itemsize),
                                    0, self._doccount)[0]
            at = self._basepos + self._doccount * self._refs.itemsize
            ends = array("I")
            ends.frombytes(self._dbfile.get(at, 4 * count))
            if _BIG_ENDIAN:
                ends.byteswap()
            self._ends, self._values_at = ends, at + 4 * count

        def __getitem__(self, docnum):
            if self._refs is None:
                self._load()
            if docnum >= len(self._refs):
                return self._default
            ref = self._refs[docnum]
            start = self._ends[ref - 1] if ref else 0
            return self._dbfile.get(self._values_at + start, self._ends[ref] - start)


class SharedColumn(fields.COLUMN):
    """A text value many records share (a document's title and path on each of its passages),
    kept once per segment with a small reference per record (`SharedValues`; an index written
    before it keeps Whoosh's RefBytesColumn, pickled in its schema)."""

    def __init__(self):
        super().__init__(SharedValues())

    def to_bytes(self, v):
        return v.encode("utf-8") if isinstance(v, str) else v

    def from_bytes(self, b):
        return b.decode("utf-8") if isinstance(b, bytes) else b


_BYTE_TO_LENGTH = [whoosh3.byte_to_length(b) for b in range(256)]


# -- the codec ------------------------------------------------------------------------------------

class CompactCodec(whoosh3.W3Codec):
    """W3 with compact postings blocks and dictionary-deflated stored fields (see the module)."""

    # The term index of a segment: 1, Whoosh's hash file (segments written before it changed;
    # a codec unpickled from such a segment has no instance value and reads this class default);
    # 2, `BlockTermIndex`.
    term_index = 1

    def __init__(self, dictionary_name: str = DICTIONARY):
        # terms with fewer than INLINE_LIMIT postings (passage-specific words) live in the term index
        super().__init__(blocklimit=BLOCK_LIMIT, compression=LEVEL, inlinelimit=INLINE_LIMIT)
        self.dictionary_name = dictionary_name
        self.term_index = 2

    def terms_reader(self, storage, segment):
        if self.term_index < 2:
            return super().terms_reader(storage, segment)
        name = segment.make_filename(self.TERMS_EXT)
        return CompactTermsReader(self, storage.open_file(name), storage.file_length(name),
                                  segment.open_file(storage, self.POSTS_EXT))

    def stored_column(self):
        return columns.PickleColumn(DictionaryBytesColumn(self.dictionary_name))

    def per_document_writer(self, storage, segment):
        return CompactPerDocWriter(self, storage, segment)

    def per_document_reader(self, storage, segment):
        return CompactPerDocReader(storage, segment, self.stored_column())

    def field_writer(self, storage, segment):
        return CompactFieldWriter(self, storage, segment)

    def postings_writer(self, dbfile, byteids=False):
        return CompactPostingsWriter(dbfile, blocklimit=self._blocklimit, byteids=byteids,
                                     compression=self._compression, inlinelimit=self._inlinelimit)

    def postings_reader(self, dbfile, terminfo, format_, term=None, scorer=None):
        if terminfo.is_inlined():
            inlined = terminfo.inlined_postings()
            if isinstance(inlined, str):
                data = inlined.encode("latin-1")
                ids, weights, pos = decode_ids_weights(data)
                values = decode_values(data, pos, len(ids), format_.fixed_value_size())
                return ListMatcher(ids, weights, values, format_, scorer=scorer, term=term, terminfo=terminfo)
            return super().postings_reader(dbfile, terminfo, format_, term=term, scorer=scorer)
        offset, length = terminfo.extent()
        return CompactLeafMatcher(dbfile, offset, length, format_, term=term, scorer=scorer)


class CompactFieldWriter(whoosh3.W3FieldWriter):
    """W3's field writer, writing the term index as a `BlockTermIndex` and handing the postings
    writer a term's whole posting list at once.

    Whoosh's FieldWriter.add_postings makes several method calls per posting (about half of what
    committing an ingest costs); the postings come sorted by field and term, so they are grouped
    here and each term's list is cut into blocks in one go (`CompactPostingsWriter.add_all`)."""

    def __init__(self, codec, storage, segment):
        if getattr(codec, "term_index", 1) < 2:
            whoosh3.W3FieldWriter.__init__(self, codec, storage, segment)
            return
        # W3FieldWriter.__init__ with the block term index
        self._codec, self._storage, self._segment = codec, storage, segment
        self._fieldname = self._fieldid = self._btext = self._fieldobj = self._format = None
        self._tindex = BlockTermIndexWriter(self._create_file(whoosh3.W3Codec.TERMS_EXT))
        self._fieldmap = self._tindex.extras["fieldmap"] = {}
        self._postfile = self._create_file(whoosh3.W3Codec.POSTS_EXT)
        self._postwriter = None
        self._infield = False
        self.is_closed = False

    def add_postings(self, schema, lengths, items):
        from itertools import groupby
        from operator import itemgetter

        lastfn = None
        table = None
        for (fieldname, btext), postings in groupby(items, key=itemgetter(0, 1)):
            if fieldname != lastfn:
                if lastfn is not None:
                    self.finish_field()
                self.start_field(fieldname, schema[fieldname])
                lastfn = fieldname
                table = _length_table(lengths, fieldname)
            ids, weights, values = [], [], []
            for _, _, docnum, weight, value in postings:
                if docnum != -1:  # -1: a spelling word, which W3 does not store either
                    ids.append(docnum)
                    weights.append(weight)
                    values.append(value)
            if not ids:
                continue
            self.start_term(btext)
            self._postwriter.add_all(ids, weights, values, [table(d) for d in ids])
            self.finish_term()
        if lastfn is not None:
            self.finish_field()


# -- the term index --------------------------------------------------------------------------

class BlockTermIndexWriter:
    """Writes a segment's term index: (key, term info) pairs in key order, TERMS_PER_BLOCK to a
    block, each block one deflated pickle of its keys and values; then a footer with the first
    key and place of each block and the field map.

    Whoosh's own term index is a hash file: about 35 bytes of hash slots, lengths and order index
    per term on top of the key and value, which made it the largest file of a small index (93
    bytes a term). Here neighbouring keys share most of their bytes and deflate removes that; a
    lookup is a bisect over the first keys (in memory) and one block read (~10 µs)."""

    MAGIC = b"PTX2"

    def __init__(self, dbfile):
        self.dbfile = dbfile
        self.extras: dict = {}
        self._keys: list[bytes] = []
        self._values: list[bytes] = []
        self._firsts: list[bytes] = []
        self._places: list[tuple[int, int]] = []
        self._last = None
        dbfile.write(self.MAGIC)

    def add(self, key: bytes, value: bytes) -> None:
        if self._last is not None and key <= self._last:
            raise ValueError(f"term index keys out of order: {self._last!r} .. {key!r}")
        self._last = key
        self._keys.append(key)
        self._values.append(value)
        if len(self._keys) >= TERMS_PER_BLOCK:
            self._write_block()

    def _write_block(self) -> None:
        import pickle

        if not self._keys:
            return
        data = zlib.compress(pickle.dumps((tuple(self._keys), tuple(self._values)), 4), LEVEL)
        self._firsts.append(self._keys[0])
        self._places.append((self.dbfile.tell(), len(data)))
        self.dbfile.write(data)
        self._keys, self._values = [], []

    def close(self) -> None:
        import pickle

        self._write_block()
        footer = zlib.compress(pickle.dumps({"extras": self.extras, "firsts": self._firsts,
                                             "places": self._places}, 4), LEVEL)
        self.dbfile.write(footer)
        self.dbfile.write(struct.pack("<Q", len(footer)))
        self.dbfile.write(self.MAGIC)
        self.dbfile.close()


TERMS_PER_BLOCK = 32


class BlockTermIndex:
    """Reads what BlockTermIndexWriter wrote: get (KeyError if absent), contains, and the keys
    and items in order from a key on. The most recently used decoded blocks are kept (about 4 KB
    each): decoding one costs ~12 µs, mostly inflate's set-up, and officers' queries keep meeting
    the same words."""

    CACHE_BLOCKS = 1024

    def __init__(self, dbfile, length: int):
        self.dbfile = dbfile
        tail = dbfile.get(length - 12, 12)
        if tail[8:] != BlockTermIndexWriter.MAGIC or dbfile.get(0, 4) != BlockTermIndexWriter.MAGIC:
            raise ValueError("not a polkb term index")
        size = struct.unpack("<Q", tail[:8])[0]
        footer = safe_loads(zlib.decompress(dbfile.get(length - 12 - size, size)))
        self.extras = footer["extras"]
        self._firsts = footer["firsts"]
        self._places = footer["places"]
        self._blocks: dict[int, tuple] = {}

    def _block(self, i: int) -> tuple:
        blocks = self._blocks
        got = blocks.pop(i, None)
        if got is None:
            if len(blocks) >= self.CACHE_BLOCKS:
                del blocks[next(iter(blocks))]  # the least recently used
            at, size = self._places[i]
            got = safe_loads(zlib.decompress(self.dbfile.get(at, size)))
        blocks[i] = got  # (re)inserted: the most recently used
        return got

    def get(self, key: bytes, default=None):
        from bisect import bisect_left, bisect_right

        i = bisect_right(self._firsts, key) - 1
        if i < 0:
            return default
        keys, values = self._block(i)
        j = bisect_left(keys, key)
        return values[j] if j < len(keys) and keys[j] == key else default

    def __getitem__(self, key: bytes) -> bytes:
        got = self.get(key)
        if got is None:
            raise KeyError(key)
        return got

    def __contains__(self, key: bytes) -> bool:
        return self.get(key) is not None

    def items_from(self, key: bytes = b""):
        from bisect import bisect_left, bisect_right

        first = max(0, bisect_right(self._firsts, key) - 1)
        for i in range(first, len(self._firsts)):
            keys, values = self._block(i)
            start = bisect_left(keys, key) if i == first else 0
            yield from zip(keys[start:], values[start:])

    def close(self) -> None:
        self.dbfile.close()


class CompactTermsReader(whoosh3.W3TermsReader):
    """W3's terms reader over a `BlockTermIndex`."""

    def __init__(self, codec, dbfile, length, postfile):
        self._codec = codec
        self._dbfile = dbfile
        self._tindex = BlockTermIndex(dbfile, length)
        self._fieldmap = self._tindex.extras["fieldmap"]
        self._postfile = postfile
        self._fieldunmap = [None] * len(self._fieldmap)
        for fieldname, num in self._fieldmap.items():
            self._fieldunmap[num] = fieldname

    def _value(self, fieldname, tbytes) -> bytes:
        """The term info bytes; KeyError if the term is not in the segment."""
        return self._tindex[self._keycoder(fieldname, tbytes)]

    def term_info(self, fieldname, tbytes):
        from whoosh.reading import TermNotFound

        try:
            return whoosh3.W3TermInfo.from_bytes(self._value(fieldname, tbytes))
        except KeyError:
            raise TermNotFound("No term %s:%r" % (fieldname, tbytes))

    def frequency(self, fieldname, tbytes):
        return whoosh3.W3TermInfo.from_bytes(self._value(fieldname, tbytes)).weight()

    def doc_frequency(self, fieldname, tbytes):
        return whoosh3.W3TermInfo.from_bytes(self._value(fieldname, tbytes)).doc_frequency()

    def terms(self):
        return (self._keydecoder(k) for k, _ in self._tindex.items_from(b""))

    def terms_from(self, fieldname, prefix):
        return (self._keydecoder(k) for k, _ in self._tindex.items_from(self._keycoder(fieldname, prefix)))

    def items(self):
        return ((self._keydecoder(k), whoosh3.W3TermInfo.from_bytes(v)) for k, v in self._tindex.items_from(b""))

    def items_from(self, fieldname, prefix):
        return ((self._keydecoder(k), whoosh3.W3TermInfo.from_bytes(v))
                for k, v in self._tindex.items_from(self._keycoder(fieldname, prefix)))

    def cursor(self, fieldname, fieldobj):
        return _TermCursor(self, fieldname, fieldobj)

    def close(self):
        self._tindex.close()


class _TermCursor:
    """Whoosh's field cursor (first, find, next, text, term_info) over a CompactTermsReader."""

    def __init__(self, terms: CompactTermsReader, fieldname: str, fieldobj):
        self._terms, self._fieldname, self._fieldobj = terms, fieldname, fieldobj
        self._items = None
        self._text = self._info = None
        self.first()

    def first(self):
        return self.find(b"")

    def find(self, term):
        if not isinstance(term, bytes):
            term = self._fieldobj.to_bytes(term)
        self._items = self._terms.items_from(self._fieldname, term)
        return self.next()

    def next(self):
        for (fieldname, tbytes), info in self._items:
            if fieldname == self._fieldname:
                self._text, self._info = self._fieldobj.from_bytes(tbytes), info
                return self._text
            break
        self._text = self._info = None
        return None

    def text(self):
        return self._text

    def term(self):
        return None if self._text is None else (self._fieldname, self._text)

    def term_info(self):
        return self._info

    def is_valid(self):
        return self._text is not None


def _length_table(lengths, fieldname: str):
    """docnum -> the record's (byte-quantised) length in the field, as W3's writer looks it up."""
    if lengths is None:
        return lambda docnum: 0
    raw = lengths.field_length_bytes(fieldname) if hasattr(lengths, "field_length_bytes") else None
    if raw is None:
        return lambda docnum: lengths.doc_field_length(docnum, fieldname)
    return lambda docnum: _BYTE_TO_LENGTH[raw[docnum]] if docnum < len(raw) and raw[docnum] else 0


class CompactPerDocWriter(whoosh3.W3PerDocWriter):
    def __init__(self, codec, storage, segment):
        # W3PerDocWriter.__init__ with the dictionary-deflated stored column
        from collections import defaultdict

        from whoosh.filedb import compound

        self._codec = codec
        self._storage = storage
        self._segment = segment
        self._cols = compound.CompoundWriter(storage.temp_storage("%s.tmp" % segment.indexname))
        self._colwriters = {}
        self._stored_column = codec.stored_column()
        self._create_column("_stored", self._stored_column)
        self._fieldlengths = defaultdict(int)
        self._doccount = 0
        self._docnum = None
        self._storedfields = None
        self._indoc = False
        self.is_closed = False
        self._vpostfile = None

    def finish_doc(self):
        sf = self._storedfields
        if sf:
            self.add_column_value("_stored", self._stored_column, sf)
            sf.clear()
        self._indoc = False


class CompactPerDocReader(whoosh3.W3PerDocReader):
    """W3's per-document reader, with field lengths read in one piece: W3 reads them one byte at a
    time and, for a field without lengths, asks the file system whether the column exists on every
    call, once per posting when a segment is written."""

    def __init__(self, storage, segment, stored_column):
        whoosh3.W3PerDocReader.__init__(self, storage, segment)
        self._stored_column = stored_column
        self._lengths: dict[str, bytes | None] = {}
        self._open_columns()

    def _open_columns(self) -> None:
        """Open every column file of the segment now, while the table of contents that named it
        is current: a commit may delete the files of a segment it merged away, and a column first
        opened later (stored fields at the first `show`) would be gone. An open file outlives its
        deletion (POSIX); a file already gone here raises FileNotFoundError, on which Whoosh's
        reader retries with the newer table of contents."""
        prefix = self._segment.segment_id() + "."
        for name in self._storage.list():
            if name.startswith(prefix) and name.endswith(".col"):
                fieldname = name[len(prefix):-len(".col")]
                if fieldname not in self._colfiles:
                    self._colfiles[fieldname] = self._get_column_file(fieldname)

    def has_column(self, fieldname):
        return fieldname in self._colfiles or whoosh3.W3PerDocReader.has_column(self, fieldname)

    def _cached_reader(self, fieldname, column):
        if fieldname not in self._readers:
            self._readers[fieldname] = self.column_reader(fieldname, column) if self.has_column(fieldname) else None
        return self._readers[fieldname]

    def doc_field_length(self, docnum, fieldname, default=0):
        raw = self.field_length_bytes(fieldname)
        if raw is None or docnum >= len(raw) or not raw[docnum]:
            return default
        return _BYTE_TO_LENGTH[raw[docnum]]

    def field_length_bytes(self, fieldname) -> bytes | None:
        """Every record's length in the field, one byte each (Whoosh's length_to_byte), or None
        for a field without lengths: what scoring a whole posting list at once needs."""
        if fieldname not in self._lengths:
            reader = self._cached_reader(whoosh3._lenfield(fieldname), whoosh3.LENGTHS_COLUMN)
            self._lengths[fieldname] = reader._dbfile.get(reader._basepos, reader._count) if reader is not None else None
        return self._lengths[fieldname]

    def stored_fields(self, docnum):
        v = self._cached_reader("_stored", self._stored_column)[docnum]
        return {} if v is None else v


# Postings bytes: varint count; the id gaps as a little-endian array of the narrowest unsigned
# type that holds them (a typecode byte, then the array); a weights tag (0 all 1.0, 1 integers as
# such an array, 2 float32 array); a values tag (0 none, 1 fixed-size concatenated, 2 an array of
# lengths then the values). Arrays, not varints: deflate squeezes their zero bytes as well, and
# they decode in C (array.frombytes, itertools.accumulate) where varints need a Python loop.
# A block deflates all this; a term with few postings keeps it in the term index.
_ALL_ONE, _INTEGERS, _FLOATS = 0, 1, 2
_NO_VALUES, _FIXED, _VARIABLE = 0, 1, 2
_BIG_ENDIAN = sys.byteorder == "big"


def _put_array(numbers, out: bytearray) -> None:
    top = max(numbers, default=0)
    code = "B" if top < 1 << 8 else "H" if top < 1 << 16 else "I" if top < 1 << 32 else "Q"
    arr = array(code, numbers)
    if _BIG_ENDIAN:
        arr.byteswap()
    out.append(ord(code))
    out += arr.tobytes()


def _get_array(data, pos: int, count: int) -> tuple[array, int]:
    arr = array(chr(data[pos]))
    end = pos + 1 + count * arr.itemsize
    arr.frombytes(data[pos + 1:end])
    if _BIG_ENDIAN:
        arr.byteswap()
    return arr, end


def encode_postings(ids, weights, values, fixed) -> bytes:
    out = bytearray()
    put_varint(len(ids), out)
    _put_array([b - a for a, b in zip((0, *ids), ids)], out)
    if all(w == 1.0 for w in weights):
        out.append(_ALL_ONE)
    elif all(w == int(w) and 0 <= w < 2**31 for w in weights):
        out.append(_INTEGERS)
        _put_array([int(w) for w in weights], out)
    else:
        out.append(_FLOATS)
        floats = array("f", weights)
        if _BIG_ENDIAN:
            floats.byteswap()
        out += floats.tobytes()
    if fixed == 0 or not values:
        out.append(_NO_VALUES)
    elif fixed is not None and fixed > 0:
        out.append(_FIXED)
        out += emptybytes.join(values)
    else:
        out.append(_VARIABLE)
        _put_array([len(v) for v in values], out)
        for v in values:
            out += v
    return bytes(out)


def decode_ids_weights(data) -> tuple[tuple, array, int]:
    """Ids, weights (float32), and where the values start: what Whoosh's matchers read."""
    gaps, weights, pos = _arrays_and_values_at(data)
    if weights is None:
        weights = array("f", [1.0]) * len(gaps)
    elif weights.typecode != "f":
        weights = array("f", weights)
    return tuple(accumulate(gaps)), weights, pos


def _arrays_and_values_at(data) -> tuple[array, array | None, int]:
    """A postings block's document-number gaps (the first counted from 0), its weights (None:
    every weight is 1) as the arrays stored, and where its values start."""
    count, pos = get_varint(data, 0)
    gaps, pos = _get_array(data, pos, count)
    tag = data[pos]
    pos += 1
    if tag == _ALL_ONE:
        return gaps, None, pos
    if tag == _INTEGERS:
        return (gaps, *_get_array(data, pos, count))
    weights = array("f")
    weights.frombytes(data[pos:pos + 4 * count])
    if _BIG_ENDIAN:
        weights.byteswap()
    return gaps, weights, pos + 4 * count


TERM_INFO_CACHE = 20_000


def term_info(segment_reader, fieldname: str, text: str):
    """The segment's term info for the term (None if absent), remembered on the reader: a query
    asks for its terms' document frequencies when it is planned and for their postings when it
    is scored, and officers search the same words again (Whoosh hashes the key with md5 and reads
    the hash table again each time, ~15 µs)."""
    from whoosh.reading import TermNotFound

    if not hasattr(segment_reader, "_terms"):  # an empty index's reader
        return None
    cache = segment_reader.__dict__.setdefault("_polkb_term_infos", {})
    key = (fieldname, text)
    if key in cache:
        return cache[key]
    if len(cache) >= TERM_INFO_CACHE:
        cache.clear()
    try:
        got = segment_reader._terms.term_info(fieldname, segment_reader.schema[fieldname].to_bytes(text))
    except (TermNotFound, KeyError):
        got = None
    cache[key] = got
    return got


def doc_frequency(reader, fieldname: str, text: str) -> int:
    """How many records hold the term, over the reader's segments (deleted ones included, as
    Whoosh counts)."""
    total = 0
    for segment_reader, _ in reader.leaf_readers():
        if fieldname in segment_reader.schema:
            info = term_info(segment_reader, fieldname, text)
            total += info.doc_frequency() if info is not None else 0
    return total


def posting_blocks(segment_reader, fieldname: str, text: str):
    """The term's postings in one segment, block by block, as (gaps, weights, values): the arrays
    of `_arrays_and_values_at` (gaps counted on from the previous block, so that all blocks'
    gaps add up to the document numbers) and a function giving the block's values (encoded
    positions) per posting, decoded only if asked for. Deleted records included. Without a matcher stepping posting by
    posting: this is what lets a search score a posting list of 50,000 passages in a few array
    operations. A segment of an older layout (plain W3) is read through its matcher, as one block."""
    from functools import partial

    from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC

    terminfo = term_info(segment_reader, fieldname, text)
    if terminfo is None:
        return
    terms = segment_reader._terms
    field = segment_reader.schema[fieldname]
    btext = field.to_bytes(text)
    fixed = field.format.fixed_value_size()
    if not isinstance(segment_reader.codec(), CompactCodec):
        m = terms.matcher(fieldname, btext, field.format)
        ids, weights, values = [], array("f"), []
        while m.is_active():
            ids.append(m.id())
            weights.append(m.weight())
            values.append(m.value())
            m.next()
        yield array("I", [b - a for a, b in zip((0, *ids), ids)]), weights, partial(tuple, values)
        return
    if terminfo.is_inlined():
        inlined = terminfo.inlined_postings()
        if isinstance(inlined, str):
            data = inlined.encode("latin-1")
        else:  # W3's own tuple
            ids, weights, values = inlined
            yield array("I", [b - a for a, b in zip((0, *ids), ids)]), array("f", weights), partial(tuple, values)
            return
    else:
        offset, length = terminfo.extent()
        if isinstance(length, tuple):  # W3TermInfo.from_bytes keeps struct.unpack's tuple
            length = length[0]
        extent = terms._postfile.get(offset, length)  # every block at once: all are decoded
        at, end = len(WHOOSH3_HEADER_MAGIC), length
        last_id = 0
        while at < end:
            blocklength, _, maxid = _BLOCK_HEAD.unpack_from(extent, at)[:3]
            data_at, at = at + _BLOCK_HEAD.size, at + 4 + abs(blocklength)
            data = zlib.decompress(extent[data_at:at])
            gaps, weights, values_at = _arrays_and_values_at(data)
            gaps[0] -= last_id  # a block's first gap counts from 0: make it count from the last
            last_id = maxid
            yield gaps, weights, partial(BlockValues, data, values_at, len(gaps), fixed)
            if blocklength < 0:
                return
        return
    gaps, weights, values_at = _arrays_and_values_at(data)
    yield gaps, weights, partial(BlockValues, data, values_at, len(gaps), fixed)


class BlockValues:
    """A postings block's values, each cut out of the block when asked for (a search wants the
    positions of a few candidates, not of the block's 128 postings)."""

    __slots__ = ("_data", "_ends", "_fixed", "_pos")

    def __init__(self, data, pos: int, count: int, fixed):
        tag = data[pos]
        self._data, self._pos, self._fixed, self._ends = data, pos + 1, None, None
        if tag == _NO_VALUES:
            self._data = None
        elif tag == _FIXED:
            self._fixed = fixed
        else:
            lengths, self._pos = _get_array(data, pos + 1, count)
            self._ends = list(accumulate(lengths, initial=self._pos))

    def __getitem__(self, i: int):
        if self._data is None:
            return None
        if self._fixed is not None:
            at = self._pos + i * self._fixed
            return self._data[at:at + self._fixed]
        return self._data[self._ends[i]:self._ends[i + 1]]


def decode_values(data, pos: int, count: int, fixed) -> tuple:
    tag = data[pos]
    pos += 1
    if tag == _NO_VALUES:
        return (None,) * count
    if tag == _FIXED:
        return tuple(data[pos + i * fixed:pos + (i + 1) * fixed] for i in range(count))
    lengths, pos = _get_array(data, pos, count)
    values = []
    for n in lengths:
        values.append(data[pos:pos + n])
        pos += n
    return tuple(values)


class CompactPostingsWriter(whoosh3.W3PostingsWriter):
    def add_all(self, ids: list, weights: list, values: list, lengths: list) -> None:
        """A term's postings, all at once: what add_posting does one by one (a block is written
        when the next one starts; the last waits for finish_postings, which may inline it)."""
        limit = self._blocklimit
        for start in range(0, len(ids), limit):
            if self._ids:
                self._write_block()
            end = start + limit
            self._ids = ids[start:end]
            self._weights = weights[start:end]
            self._values = [v for v in values[start:end] if v]
            self._maxweight = max(0, max(self._weights))
            known = [n for n in lengths[start:end] if n]
            self._minlength = min(known) if known else None
            self._maxlength = max(known, default=0)

    def finish_postings(self):
        # W3's own inlining calls a misspelt method (set_inline), which is why W3 never inlines;
        # inlined postings are kept as a latin-1 string (pickled far smaller than W3's tuples)
        terminfo = self._terminfo
        if self._byteids:
            raise NotImplementedError("CompactCodec does not store term vectors")
        if not self.written() and len(self) < self._inlinelimit:
            terminfo.add_block(self)
            data = encode_postings(self._ids, self._weights, self._values, self._format.fixed_value_size())
            terminfo._inlined = data.decode("latin-1")
        else:
            if self._ids:
                self._write_block(last=True)
            terminfo.set_extent(self._startoffset, self._postfile.tell() - self._startoffset)
        self._terminfo = None
        return terminfo

    def _write_block(self, last=False):
        from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, length_to_byte

        if self._byteids:
            raise NotImplementedError("CompactCodec does not store term vectors")
        if not self._blockcount:
            self._postfile.write(WHOOSH3_HEADER_MAGIC)
        self._terminfo.add_block(self)
        ids = self._ids
        databytes = zlib.compress(encode_postings(ids, self._weights, self._values, self._format.fixed_value_size()),
                                  self._compression)
        length = _BLOCK_HEAD.size - 4 + len(databytes)
        self._postfile.write(_BLOCK_HEAD.pack(-length if last else length, len(ids), ids[-1], self._maxweight,
                                              length_to_byte(self._minlength), length_to_byte(self._maxlength)))
        self._postfile.write(databytes)
        self._blockcount += 1
        self._new_block()


# A block's header: its length after this field (negative for the last block), posting count,
# last id, highest weight, shortest and longest document (length bytes). W3 pickles a tuple here;
# skipping through a long posting list reads every header, so it is a struct.
_BLOCK_HEAD = struct.Struct("<iIIfBB")


class CompactLeafMatcher(whoosh3.W3LeafMatcher):
    def _goto(self, position):
        self._data = self._ids = self._weights = self._values = None
        self._i = 0
        length, count, maxid, maxweight, shortest, longest = _BLOCK_HEAD.unpack(
            self._postfile.get(position, _BLOCK_HEAD.size))
        if length < 0:
            self._lastblock = True
            length = -length
        self._nextoffset = position + 4 + length
        self._dataoffset = position + _BLOCK_HEAD.size
        self._blocklength, self._maxid, self._maxweight = count, maxid, maxweight
        self._compression = LEVEL
        self._minlength, self._maxlength = _BYTE_TO_LENGTH[shortest], _BYTE_TO_LENGTH[longest]

    def _read_data(self):
        data = zlib.decompress(self._postfile.get(self._dataoffset, self._nextoffset - self._dataoffset))
        ids, weights, pos = decode_ids_weights(data)
        self._data = (ids, weights, data, pos)

    def _read_ids(self):
        if self._data is None:
            self._read_data()
        self._ids = self._data[0]

    def _read_weights(self):
        if self._data is None:
            self._read_data()
        self._weights = self._data[1]

    def _read_values(self):
        if self._data is None:
            self._read_data()
        _, _, data, pos = self._data
        self._values = decode_values(data, pos, self._blocklength, self._fixedsize)


# -- an index is data, never code ----------------------------------------------------------------
# Whoosh pickles the schema and the segment list into the table of contents, and pickles stored
# fields, inlined postings and (here) term-index blocks. Unpickling can call any importable
# function, so a crafted index folder would run code on `polkb search`. Every unpickling of index
# bytes goes through IndexUnpickler instead, which resolves only what an index holds: classes of
# whoosh and polkb, plain builtin types, and a few constructors pickle itself uses. Anything else
# (os.system, builtins.eval, subprocess …) is refused before it is looked up.
_SAFE_BUILTINS = {"bool", "bytearray", "bytes", "complex", "dict", "float", "frozenset", "int", "list",
                  "object", "range", "set", "slice", "str", "tuple"}
_SAFE_GLOBALS = {("copyreg", "_reconstructor"), ("array", "array"), ("array", "_array_reconstructor"),
                 ("_codecs", "encode"), ("collections", "OrderedDict"), ("collections", "defaultdict"),
                 ("re", "_compile"), ("datetime", "date"), ("datetime", "datetime"), ("datetime", "timedelta"),
                 ("datetime", "timezone")}
_SAFE_PACKAGES = ("whoosh", "polkb")


class NotIndexData(IndexDamaged, pickle.UnpicklingError):
    """An index file refers to something an index never holds: planted or damaged."""


class IndexUnpickler(pickle.Unpickler):
    def find_class(self, module, name):
        import _compat_pickle

        module, name = _compat_pickle.NAME_MAPPING.get((module, name), (module, name))
        module = _compat_pickle.IMPORT_MAPPING.get(module, module)
        if (module == "builtins" and name in _SAFE_BUILTINS) or (module, name) in _SAFE_GLOBALS:
            return super().find_class(module, name)
        if module.split(".")[0] in _SAFE_PACKAGES and name.isidentifier():
            found = super().find_class(module, name)
            if isinstance(found, type):
                return found
        raise NotIndexData(f"an index file refers to {module}.{name}, which is not index data (the file was "
                           f"planted or damaged); run `polkb ingest --rebuild` on your document folders")


def safe_loads(data: bytes):
    return IndexUnpickler(io.BytesIO(data)).load()


def safe_load(file):
    return IndexUnpickler(file).load()


_INSTALLED = False


def install_safe_unpickling() -> None:
    """Route Whoosh's unpickling of index bytes (the table of contents, segments, stored fields,
    inlined postings, pickled columns) through IndexUnpickler. Idempotent; call before opening an
    index."""
    global _INSTALLED
    if _INSTALLED:
        return
    import types

    import whoosh.columns
    import whoosh.filedb.structfile
    import whoosh.index

    whoosh.index.pickle = types.SimpleNamespace(loads=safe_loads, dumps=pickle.dumps,
                                                PicklingError=pickle.PicklingError)
    whoosh3.loads = safe_loads
    whoosh.columns.loads = safe_loads
    whoosh.filedb.structfile.load_pickle = safe_load
    _INSTALLED = True
