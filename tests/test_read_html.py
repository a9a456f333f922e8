"""HTML reader: page content without site furniture, scripts or crashes on hostile markup."""
from __future__ import annotations

from pathlib import Path

import pytest

from polkb.model import HEADING, LIST_ITEM, PARAGRAPH, TABLE_ROW
from polkb.read import ReaderError, choose_reader, html, read_file

PAGE = """<!DOCTYPE html>
<html lang="nl"><head>
<meta charset="utf-8"><title>Studiefinanciering 2024 | Rijksoverheid.nl</title>
<style>body { color: red }</style>
<script>var tracking = "geheim"; function go(){ alert('js') }</script>
</head><body>
<a class="skip-link" href="#main">Skip naar content</a>
<div id="cookie-banner" class="cookiebar"><p>Wij gebruiken cookies om de site te verbeteren.</p>
  <button onclick="accept()">Accepteren</button></div>
<header><div class="logo">Rijksoverheid</div>
  <nav aria-label="Hoofdmenu"><ul><li><a href="/">Home</a></li><li><a href="/onderwerpen">Onderwerpen</a></li></ul></nav>
</header>
<ol class="breadcrumb"><li><a href="/">Home</a></li><li>Studiefinanciering</li></ol>
<main id="main">
  <h1>Studiefinanciering <span>voor</span> studenten</h1>
  <p>Studenten in het <strong>hoger onderwijs</strong> krijgen een
     <a href="/basisbeurs" onclick="track('basisbeurs')">basisbeurs</a>.<br>Die wordt maandelijks uitbetaald.</p>
  <div>Een aanvullende beurs hangt af van het inkomen van de ouders.</div>
  <h2>Voorwaarden</h2>
  <ul><li>Je bent jonger dan 30 jaar.</li><li>Je volgt een <em>voltijd</em> opleiding.</li></ul>
  <table><tr><th>Jaar</th><th>Bedrag</th></tr><tr><td>2024</td><td>€ 288,98</td></tr></table>
  <div class="share-buttons">Deel deze pagina: <a href="https://x.com">X</a></div>
  <p style="display:none">Verborgen tekst</p>
  <noscript>Zet JavaScript aan</noscript>
</main>
<aside><h2>Zie ook</h2><p>Andere regelingen</p></aside>
<footer><p>Copyright Rijksoverheid</p></footer>
<script>document.write('<p>ingevoegd</p>')</script>
</body></html>
"""


@pytest.fixture
def page(tmp_path):
    p = tmp_path / "studiefinanciering.html"
    p.write_text(PAGE, encoding="utf-8")
    return read_file(p)


def kinds(result):
    return [(b.kind, b.text) for b in result.blocks]


def test_content_blocks(page):
    assert page.format == "html"
    assert page.title == "Studiefinanciering voor studenten"
    assert kinds(page) == [
        (HEADING, "Studiefinanciering voor studenten"),
        (PARAGRAPH, "Studenten in het hoger onderwijs krijgen een basisbeurs. Die wordt maandelijks uitbetaald."),
        (PARAGRAPH, "Een aanvullende beurs hangt af van het inkomen van de ouders."),
        (HEADING, "Voorwaarden"),
        (LIST_ITEM, "Je bent jonger dan 30 jaar."),
        (LIST_ITEM, "Je volgt een voltijd opleiding."),
        (TABLE_ROW, "Jaar | Bedrag"),
        (TABLE_ROW, "2024 | € 288,98"),
    ]
    assert [b.level for b in page.blocks if b.kind == HEADING] == [1, 2]


def test_no_furniture_or_script(page):
    text = " ".join(b.text for b in page.blocks)
    for junk in ("cookies", "Accepteren", "Skip naar content", "Hoofdmenu", "Onderwerpen", "Home",
                 "tracking", "alert", "onclick", "track(", "color", "Deel deze", "Verborgen",
                 "JavaScript", "Zie ook", "Copyright", "ingevoegd"):
        assert junk not in text, junk


def test_without_main_furniture_is_still_dropped(tmp_path):
    body = PAGE.replace('<main id="main">', "<div>").replace("</main>", "</div>")
    p = tmp_path / "p.htm"
    p.write_text(body, encoding="utf-8")
    r = read_file(p)
    text = " ".join(b.text for b in r.blocks)
    assert "basisbeurs" in text and "Rijksoverheid" not in text
    assert "cookies" not in text and "Skip naar" not in text and "Copyright" not in text


def test_title_without_h1_drops_site_suffix():
    r = html.read(Path("a.html"), b"<html><head><title>Nota hoger onderwijs | OCW</title></head>"
                  b"<body><p>Tekst</p></body></html>")
    assert r.title == "Nota hoger onderwijs"


def test_sniffing_beats_suffix():
    head = b"\xef\xbb\xbf  <!DOCTYPE html><html><body>x</body></html>"
    assert html.score(Path("download.txt"), head) == 0.9
    assert choose_reader(Path("download.txt"), head) is html
    assert html.score(Path("a.htm"), b"plain") == 0.6
    assert html.score(Path("a.md"), b"# <html> in markdown") is None


def test_deep_nesting_does_not_crash():
    data = ("<html><body>" + "<div><span>" * 5000 + "diep genest").encode()
    r = html.read(Path("deep.html"), data)
    assert [b.text for b in r.blocks] == ["diep genest"]


def test_unclosed_and_broken_markup():
    data = b"<html><body><p>Een <b>open <i>alinea<p>Tweede <table><tr><td>cel<li>item</ul></div></body>"
    r = html.read(Path("x.html"), data)
    text = " ".join(b.text for b in r.blocks)
    assert "Een open alinea" in text and "Tweede" in text and "item" in text


def test_cp1252_html_and_binary(tmp_path):
    p = tmp_path / "oud.html"
    p.write_bytes("<html><body><p>Bijdrage € 5 voor “één” student</p></body></html>".encode("cp1252"))
    assert read_file(p).blocks[0].text == "Bijdrage € 5 voor “één” student"
    p.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(ReaderError, match="binary"):
        read_file(p)


def test_a_script_mark_on_the_page_itself_drops_nothing(tmp_path):
    # tweedekamer.nl's Drupal marks the body "tk_cookie-processed" once its cookie script ran; read as
    # furniture, that mark dropped the whole page ("no text found")
    body = PAGE.replace("<body>", '<body class="html not-front page-kamerstukken tk_cookie-processed">')
    body = body.replace('<main id="main">', '<div id="content-reader">').replace("</main>", "</div>")
    p = tmp_path / "stemmingen.html"
    p.write_text(body, encoding="utf-8")
    text = " ".join(b.text for b in read_file(p).blocks)
    assert "basisbeurs" in text
    assert "Wij gebruiken cookies" not in text
