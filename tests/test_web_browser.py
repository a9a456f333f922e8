"""The web page in a real browser: Debian's Chromium, headless, driven by Playwright for Python,
against uvicorn serving the app in a thread.

Outside CI these tests skip (with the reason) when Playwright or /usr/bin/chromium is missing;
with POLKB_REQUIRE_BROWSER=1 (set by .ci/run) they fail instead.
"""
import csv
import io
import os
import shutil
from pathlib import Path

import pytest

from polkb.kb import KnowledgeBase
from polkb.web import create_app
from polkb.web.background import CHROMIUM, chromium, running

KAMERVRAGEN = "tk-kamervragen-2024-ocw-inclusie-diversiteit-cultuursubsidies.pdf"
HOSTILE_TEXT = ("Zebrapaddestoel\n\nDit document bevat <script>alert(1)</script> en "
                "<img src=x onerror=alert(3)> en een <a href=\"javascript:alert(4)\">link</a>.\n")
HOSTILE_HTML = ("<!doctype html><title>Zebra <script>alert('t')</script></title><h1>Zebrapaddestoel</h1>"
                "<p>Tekst &lt;script&gt;alert(7)&lt;/script&gt; <img src=x onerror=\"alert(8)\"> "
                "<a href=\"javascript:alert(9)\">javascript:alert(9)</a></p>")


def _missing() -> str | None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright for Python is not installed (pip install -e '.[test]')"
    if not (os.path.exists(CHROMIUM) or shutil.which("chromium")):
        return f"Chromium is not installed at {CHROMIUM} (apt-get install chromium)"
    return None


_REASON = _missing()
if _REASON:
    if os.environ.get("POLKB_REQUIRE_BROWSER") == "1":
        raise RuntimeError(f"POLKB_REQUIRE_BROWSER=1 but {_REASON}")
    pytest.skip(_REASON, allow_module_level=True)


@pytest.fixture(scope="module")
def browser():
    with chromium(viewport={"width": 1280, "height": 900}) as context:
        yield context


@pytest.fixture(scope="module")
def site(corpus_index):
    with running(create_app(corpus_index)) as url:
        yield url


@pytest.fixture(scope="module")
def inbox_site(tmp_path_factory):
    """A second server over a fresh index of hostile documents, with uploads on."""
    root = tmp_path_factory.mktemp("browser")
    folder = root / "docs"
    folder.mkdir()
    (folder / "kwaadaardig.txt").write_text(HOSTILE_TEXT, encoding="utf-8")
    (folder / "kwaadaardig.html").write_text(HOSTILE_HTML, encoding="utf-8")
    report = KnowledgeBase(root / "index").ingest([folder], workers=1)
    assert report.ok, report.failures
    with running(create_app(root / "index", allow_upload=True, upload_dir=root / "inbox")) as url:
        yield url, root


@pytest.fixture
def page(browser):
    browser.clear_cookies()  # a language chosen in one test must not carry into the next
    page = browser.new_page()
    page.dialogs, console = [], []
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
    page.on("console", lambda m: console.append(m.text) if m.type == "error" else None)
    page.set_default_timeout(20000)
    yield page
    page.close()
    assert not [m for m in console if "Content Security Policy" in m], console  # nothing the CSP blocked


def _doc_id(corpus_index, name: str) -> str:
    with KnowledgeBase(corpus_index) as kb:
        return next(d["id"] for d in kb.documents() if d["path"].endswith(name))


def test_search_then_facet_click_filters(page, site):
    page.goto(f"{site}/?q=studenten")
    before = page.locator(".total strong").inner_text()
    facet = page.locator(".facet a", has_text="Motie").first  # fetched after the hits
    facet.click()
    page.wait_for_url("**kind=motion**")
    assert page.locator(".total strong").inner_text() != before
    kinds = page.locator(".hit .kind").all_inner_texts()
    assert kinds and set(kinds) == {"Motie"}
    assert page.locator(".chips a", has_text="Soort: Motie").count() == 1
    page.locator(".chips a", has_text="Soort: Motie").click()  # and off again
    page.wait_for_url(f"{site}/?q=studenten")


def test_ask_then_citation_click(page, site):
    page.goto(f"{site}/ask")
    page.fill("#q", "Welke organisaties zijn betrokken bij #IBelong?")
    page.press("#q", "Enter")
    page.wait_for_selector(".answer-text")
    assert "Erasmus Universiteit Rotterdam" in page.locator(".answer-text").inner_text()
    assert "hoog" in page.locator(".answer .facts").inner_text()
    page.locator(".citations .cite a").first.click()
    page.wait_for_url("**/doc/**#p-**")
    anchor = page.url.split("#", 1)[1]
    target = page.locator(f"[id='{anchor}']")
    assert target.is_visible() and "organisaties" in target.inner_text()
    assert page.evaluate("document.activeElement.id") == anchor  # the passage takes the focus


def test_ask_not_found_in_english(page, site):
    page.goto(f"{site}/ask?ui=en&q=How+much+does+a+space+station+on+Mars+cost%3F")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator(".not-found h2").inner_text() == "Not found"


def test_document_page_links_the_pdf_page(page, site, corpus_index):
    doc_id = _doc_id(corpus_index, KAMERVRAGEN)
    page.goto(f"{site}/doc/{doc_id}")
    assert "ingezonden" in page.locator(".meta-block").inner_text()
    link = page.locator(f"a[href='/doc/{doc_id}/original#page=2']").first
    assert link.is_visible()
    response = page.request.get(f"{site}/doc/{doc_id}/original")
    assert response.headers["content-type"] == "application/pdf" and response.body()[:5] == b"%PDF-"
    link.click()
    page.wait_for_url(f"**/doc/{doc_id}/original#page=2")


def test_initiative_and_organisation_pages(page, site):
    page.goto(f"{site}/initiatives")
    page.fill("#f-target", "migratieachtergrond")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**target=migratieachtergrond**")
    page.locator(".records a", has_text="#IBelong").first.click()
    page.wait_for_url("**/initiative?name=%23IBelong")
    stated = page.locator("section.stated")  # the one document that states #IBelong's partners
    assert stated.count() == 1
    assert "Verbondenheid en succes verbeteren" in stated.locator("h3").inner_text()
    facts = stated.locator("dl.facts").inner_text()
    assert "Erasmus Universiteit Rotterdam" in facts and "Edge Hill University" in facts
    stated.locator("dl.facts a", has_text="Edge Hill University").click()
    page.wait_for_url("**/org?name=Edge+Hill+University")
    assert "#IBelong" in page.locator("main").inner_text()


def test_export_downloads(page, site, tmp_path):
    page.goto(f"{site}/?q=welzijn+van+studenten")
    with page.expect_download() as info:
        page.locator(".exports a", has_text="CSV").click()
    path = tmp_path / "hits.csv"
    info.value.save_as(path)
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    assert len(rows) > 10 and rows[0]["title"] and rows[0]["passage_id"]
    with page.expect_download() as info:
        page.locator(".exports a", has_text="Markdown").click()
    note = Path(info.value.path()).read_text(encoding="utf-8")
    assert note.startswith("# welzijn van studenten") and "## Bronnen / Sources" in note


def test_hostile_documents_do_not_run(page, inbox_site):
    url, _ = inbox_site
    page.goto(f"{url}/?q=zebrapaddestoel")
    hits = page.locator(".hit h3 a")
    assert hits.count() == 2
    for href in hits.evaluate_all("links => links.map(a => a.href)"):
        page.goto(href)
        page.wait_for_timeout(200)
        assert page.locator("main img").count() == 0
        assert page.locator("main a[href^='javascript:']").count() == 0
    page.goto(f"{url}/docs")
    page.locator("td a").first.click()
    text = page.locator("main").inner_text()
    assert "<script>" in text or "alert(" in text  # shown as text
    assert page.dialogs == []


def test_upload_adds_a_document(page, inbox_site):
    url, root = inbox_site
    page.goto(f"{url}/upload")
    note = root / "nota-kangoeroezorg.txt"
    note.write_text("Kangoeroezorg\n\nDe nota over kangoeroezorg voor studenten.\n", encoding="utf-8")
    bad = root / "kapot.pdf"
    bad.write_bytes(b"%PDF-1.4 not really a pdf")
    page.set_input_files("#files", [str(note), str(bad)])
    page.click("form.upload button[type=submit]")
    page.wait_for_selector("text=Klaar.", timeout=60000)
    outcomes = page.locator(".outcomes").inner_text()
    assert "nota-kangoeroezorg.txt: toegevoegd" in outcomes
    assert "kapot.pdf: mislukt" in outcomes
    page.goto(f"{url}/?q=kangoeroezorg")
    assert page.locator(".hit").count() == 1


def _focused(page) -> dict:
    return page.evaluate("""() => { const e = document.activeElement;
        return {tag: e.tagName, id: e.id, text: (e.innerText || '').trim(), href: e.getAttribute('href') || '',
                outline: getComputedStyle(e).outlineStyle}; }""")


def _tab_to(page, test, limit: int = 80) -> dict:
    for _ in range(limit):
        page.keyboard.press("Tab")
        focused = _focused(page)
        if test(focused):
            return focused
    pytest.fail("not reachable with Tab")


def test_keyboard_only(page, site):
    page.goto(f"{site}/docs")
    page.keyboard.press("Tab")
    first = _focused(page)
    assert first["href"] == "#main" and first["outline"] != "none"  # skip link, visibly focused
    page.keyboard.press("Enter")
    assert _focused(page)["id"] == "main"
    page.goto(f"{site}/docs")
    _tab_to(page, lambda f: f["text"] == "Zoeken")  # the menu
    page.keyboard.press("Enter")
    page.wait_for_url(f"{site}/")
    assert _focused(page)["id"] == "q"  # the search box waits for the query
    page.keyboard.type("welzijn van studenten")
    page.keyboard.press("Enter")
    page.wait_for_selector(".facet")
    facet = _tab_to(page, lambda f: "kind=" in f["href"])  # a facet, by keyboard
    assert facet["outline"] != "none"
    page.keyboard.press("Enter")
    page.wait_for_url("**kind=**")
    _tab_to(page, lambda f: f["href"].startswith("/doc/"))  # on to the first hit
    page.keyboard.press("Enter")
    page.wait_for_url("**/doc/**")
    page.keyboard.press("/")  # no search box here: nothing happens
    page.goto(f"{site}/ask")
    # the box has the focus once the page has loaded (on a busy machine the first key can come sooner)
    page.wait_for_function("document.activeElement && document.activeElement.id === 'q'")
    page.keyboard.type("Welke organisaties zijn betrokken bij #IBelong?")
    page.keyboard.press("Enter")
    page.wait_for_selector(".answer-text")
    page.keyboard.press("/")
    assert _focused(page)["id"] == "q"


def test_narrow_screen(page, site):
    page.set_viewport_size({"width": 360, "height": 740})
    for path in ("/?q=welzijn+van+studenten", "/ask?q=Welke+organisaties+zijn+betrokken+bij+%23IBelong%3F",
                 "/initiatives", "/figures", "/qa", "/docs"):
        page.goto(site + path)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 1, f"{path} scrolls sideways by {overflow}px"
