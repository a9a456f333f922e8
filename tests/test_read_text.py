"""Plain text and Markdown readers, and the shared decoder, on the shipped corpus."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from polkb.model import HEADING, LIST_ITEM, PARAGRAPH, TABLE_ROW
from polkb.read import ReaderError, markdown, read_file, text
from polkb.read.encoding import decode
from polkb.read.lines import join_wrapped, text_blocks

CORPUS = Path(__file__).parent.parent / "corpus"
SEED0 = CORPUS / "000_1f330cebb3caba7e.txt"
SEED1 = CORPUS / "001_2a1730af8d77decd.txt"
SEED2 = CORPUS / "002_1ddd43df3bba29b1.txt"
WHW = CORPUS / "nl-wet-op-het-hoger-onderwijs-en-wetenschappelijk-onderzoek-whw.md"


def texts(result, kind=None):
    return [b.text for b in result.blocks if kind is None or b.kind == kind]


def test_seed0_hard_wraps_become_paragraphs():
    r = read_file(SEED0)
    assert r.format == "text" and r.title is None
    assert all("\n" not in t and "  " not in t for t in texts(r))
    assert any("met een migratieachtergrond" in t for t in texts(r, PARAGRAPH))
    assert any("12 procent van de KU Leuven-studenten een migratieachtergrond" in t for t in texts(r))


def test_seed0_questions_are_list_items_not_headings():
    r = read_file(SEED0)
    items = texts(r, LIST_ITEM)
    for n in ("1. Kan er een overzicht", "2. Kan er een overzicht", "3. Hoeveel van deze studenten"):
        assert any(t.startswith(n) for t in items), n
    assert not any(t.startswith("3. Hoeveel") for t in texts(r, HEADING))


def test_seed1_bare_headings_and_bullets():
    r = read_file(SEED1)
    headings = {b.text: b.level for b in r.blocks if b.kind == HEADING}
    assert headings["Internationalisering"] == 1
    assert headings["Werkgroepen"] == 2
    assert "Vlaamse meesters blijven ambassadeurs" in headings
    i = texts(r).index("Werkgroepen")
    assert [b.kind for b in r.blocks[i + 1:i + 5]] == [LIST_ITEM] * 4
    assert r.blocks[i + 1].text == "domeinwerkgroep Internationalisering"  # bullet glyph stripped


def test_long_line_stopping_mid_sentence_runs_on():
    # the motion's export wrapped one clause wider than the rest: a line of more than 120
    # characters that stops on "specifiek" goes on in lowercase on the next line
    r = read_file(CORPUS / "tk-motie-omtzigt-bestuursakkoord-buitenlandse-studenten.txt")
    clause = next(t for t in texts(r) if "in de grensregio" in t)
    assert "tekortsectoren die specifiek opleiden en klaarstomen" in clause
    assert "zeer specialistische opleidingen" in clause
    assert not any(t.startswith("opleiden en klaarstomen") for t in texts(r))


def test_seed2_broken_bullet_continues_after_blank_line():
    r = read_file(SEED2)
    item = next(t for t in texts(r, LIST_ITEM) if t.startswith("Meer starters"))
    assert "richtingen die kampen met een tekort aan leerlingen/studenten" in item
    assert not any(t.startswith(("richtingen", "leerlingen/studenten")) for t in texts(r))


def test_markdown_law_text():
    r = read_file(WHW)
    assert r.format == "markdown"
    heads = [(b.text, b.level) for b in r.blocks if b.kind == HEADING]
    assert heads[0][0].startswith("Wet van 8 oktober 1992") and heads[0][1] == 2
    assert ("Algemene bepalingen", 4) in heads
    assert any(t.startswith("Artikel 1.1") and lvl == 3 for t, lvl in heads)
    assert any(t.startswith("a. Onze minister") for t in texts(r, LIST_ITEM))
    for t in texts(r):
        assert "<meta" not in t and "](" not in t and "<sup" not in t


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.md")), ids=lambda p: p.name[:40])
def test_markdown_corpus_has_no_markup_left(path):
    r = read_file(path)
    assert any(b.kind == HEADING for b in r.blocks)
    for t in texts(r):
        assert "<meta" not in t and "](" not in t and "|---" not in t.replace(" ", "")


def test_markdown_constructs(tmp_path):
    md = (
        "---\ntitle: \"Beleidsnota\"\nauteur: OCW\n---\n"
        "# Kop één\n\nTekst met een [link](http://x.nl) en ![logo](l.png) en **vet** en *schuin*.\n"
        "Zie <https://example.org>.\n<br>\n<meta charset='utf-8'>\n\n"
        "Setext kop\n----------\n\n"
        "| Jaar | Bedrag |\n|---|---:|\n| 2024 | € 5 |\n\n"
        "- eerste punt dat\n  doorloopt\n- tweede\n\n```\ncode  blijft\n```\n"
    )
    p = tmp_path / "nota.md"
    p.write_text(md, encoding="utf-8")
    r = read_file(p)
    assert r.title == "Beleidsnota" and r.meta == {"title": "Beleidsnota", "auteur": "OCW"}
    assert (r.blocks[0].kind, r.blocks[0].level, r.blocks[0].text) == (HEADING, 1, "Kop één")
    para = r.blocks[1].text
    assert para == "Tekst met een link en en vet en schuin. Zie https://example.org."
    assert ("Setext kop", HEADING, 2) in [(b.text, b.kind, b.level) for b in r.blocks]
    assert texts(r, TABLE_ROW) == ["Jaar | Bedrag", "2024 | € 5"]
    assert texts(r, LIST_ITEM) == ["eerste punt dat doorloopt", "tweede"]
    assert "code  blijft" in texts(r, PARAGRAPH)


def test_markdown_title_from_h1(tmp_path):
    p = tmp_path / "a.md"
    p.write_text("intro\n\n##Sub\n\n#Hoofd\n\ntekst\n", encoding="utf-8")
    assert read_file(p).title == "Hoofd"


def test_markdown_equals_underline_after_a_blank_line_is_a_heading(tmp_path):
    """A converter that writes a blank line after every line parts a setext title from its "====";
    "====" is no thematic break, so it still underlines the title. "----" after a blank line stays a break."""
    p = tmp_path / "plan.md"
    p.write_text("Bestemmingsplan Zernike Campus\n\n===========\n\nToelichting\n\n-----------\n\ntekst\n", encoding="utf-8")
    r = read_file(p)
    assert r.title == "Bestemmingsplan Zernike Campus"
    assert [(b.text, b.kind) for b in r.blocks][:2] == [("Bestemmingsplan Zernike Campus", HEADING),
                                                        ("Toelichting", PARAGRAPH)]


def test_scores():
    assert text.score(Path("a.txt"), b"x") == 0.5
    assert text.score(Path("a.log"), b"gewone tekst\n") == 0.1
    assert text.score(Path("a.bin"), os.urandom(512)) is None
    assert markdown.score(Path("a.md"), b"# x") == 0.6
    assert markdown.score(Path("a.txt"), b"# x") is None


SAMPLE = "Financiële bijdrage van € 5 voor “één” student — café\nTweede regel"


@pytest.mark.parametrize("enc", ["utf-8", "utf-8-sig", "cp1252", "utf-16", "utf-16-le-bom", "utf-16-be-bom"])
def test_encodings_decode_to_same_text(tmp_path, enc):
    if enc.endswith("-bom"):
        codec = enc[:-4]
        data = "\ufeff".encode(codec) + SAMPLE.encode(codec)
    else:
        data = SAMPLE.encode(enc)
    p = tmp_path / "f.txt"
    p.write_bytes(data)
    assert decode(data) == SAMPLE
    assert "“één”" in texts(read_file(p))[0]


def test_latin1_and_utf16_without_bom():
    s = "Hogeschool Zeeland: één café, à la carte. Überhaupt ½ ±"
    assert decode(s.encode("latin-1")) == s
    assert decode(s.encode("utf-16-le")) == s
    assert decode(s.encode("utf-16-be")) == s


def test_normalisation():
    raw = "deci\u00admaal\u200b a\u00a0b\r\nc\rd\x00e" + "e\u0301"
    assert decode(raw.encode("utf-8")) == "decimaal a b\nc\nde" + "\u00e9"


def test_random_bytes_are_binary(tmp_path):
    p = tmp_path / "ruis.txt"
    p.write_bytes(os.urandom(4096))
    with pytest.raises(ReaderError, match="binary"):
        read_file(p)
    with pytest.raises(ReaderError, match="binary"):
        decode(b"\x00\x01\x02\x03abc\x00\x00\x07\x08" * 50)


def test_empty_and_blank_input_is_safe():
    assert text.read(Path("x.txt"), b"").blocks == []
    assert markdown.read(Path("x.md"), b"\n\n").blocks == []


def test_hyphenation_rules():
    assert join_wrapped(["KU Leuven-", "studenten"]) == "KU Leuven-studenten"
    assert join_wrapped(["in decem-", "ber 2020"]) == "in december 2020"
    assert join_wrapped(["cijfers-over-", "onderwijs"]) == "cijfers-over-onderwijs"
    assert join_wrapped(["en  veel   ", "  ruimte"]) == "en veel ruimte"


def test_numbered_question_is_not_a_heading():
    blocks = text_blocks(["Vragen", "", "3. Hoeveel studenten?", "", "Antwoord."])
    assert [(b.kind, b.text) for b in blocks] == [
        (HEADING, "Vragen"), (LIST_ITEM, "3. Hoeveel studenten?"), (PARAGRAPH, "Antwoord.")
    ]


words = st.text(alphabet=st.characters(whitelist_categories=("Ll", "Lu", "Nd")), min_size=1, max_size=8)


@given(st.lists(st.lists(words, min_size=1, max_size=6), min_size=1, max_size=8))
def test_join_wrapped_property(lines_of_words):
    """Without line-end hyphens, rejoining is exactly whitespace collapsing of the words."""
    lines = [" ".join(ws) + "  " for ws in lines_of_words]
    joined = join_wrapped(lines)
    assert "\n" not in joined
    assert joined == " ".join(w for ws in lines_of_words for w in ws)


printable = st.text(
    alphabet=st.one_of(
        st.characters(
            min_codepoint=0x20, max_codepoint=0xFF, blacklist_characters="\x7f\u00a0\u00ad",
            blacklist_categories=("Cc",),
        ),
        st.sampled_from("€“”‘’—…\n"),
    ),
    min_size=1,
)


@given(printable, st.sampled_from(["latin-1", "cp1252", "utf-16", "utf-8-sig", "utf-8"]))
def test_decode_roundtrip(s, enc):
    data = s.encode(enc, errors="ignore")  # keep what the code page can hold
    s = data.decode(enc)
    assume(s.strip())
    if enc in ("latin-1", "cp1252"):
        # Single-byte text that is also valid UTF-8 (mojibake such as "Ã©") is read as UTF-8.
        try:
            data.decode("utf-8")
            assume(False)
        except UnicodeDecodeError:
            pass
    assert decode(data) == s


def test_html_written_into_markdown_gives_headings_and_paragraphs():
    # bench/corpus-s37: a NOS item kept as a Jekyll post, its body in <p> and <h2> lines
    path = Path(__file__).resolve().parent.parent / "bench" / "corpus-s37" / \
        "nos-2019-renteverhoging-studieleningen-eerste-kamer.md"
    blocks = read_file(path).blocks
    assert ("heading", "Renteverhoging") in [(b.kind, b.text) for b in blocks]
    assert not any("<" in b.text for b in blocks)
    opening = [b.text for b in blocks if b.kind == "paragraph"][:2]
    assert opening[0].startswith("Het is nog steeds onduidelijk") and opening[1].startswith("Het kabinet had")
