"""Screenshots of the web page's main views into docs/screenshots/ (shown in the README).

    python scripts/screenshots.py [--index IDX] [--out docs/screenshots]

Serves the index (by default an index of the shipped corpus, built once under
bench/out/screenshots-index) with `polkb.web.create_app` in a thread and photographs each page in
Debian's headless Chromium through Playwright for Python (`pip install -e '.[test]'`,
`apt-get install chromium`), at desktop width and one page at phone width.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from urllib.parse import quote, urlencode

REPO = Path(__file__).resolve().parent.parent
KAMERVRAGEN = "tk-kamervragen-2024-ocw-inclusie-diversiteit-cultuursubsidies.pdf"


def corpus_index() -> Path:
    from polkb.store.whoosh.index import exists
    from polkb.kb import KnowledgeBase

    index = REPO / "bench" / "out" / "screenshots-index"
    if not exists(index):
        print(f"ingesting corpus/ into {index} …", file=sys.stderr)
        report = KnowledgeBase(index).ingest([REPO / "corpus"])
        if not report.ok:
            raise SystemExit(report.summary())
    return index


def views(index: Path) -> list[tuple[str, str, dict]]:
    """(file name, address, options) of each screenshot."""
    from polkb.kb import KnowledgeBase

    with KnowledgeBase(index) as kb:
        pdf = next((d["id"] for d in kb.documents() if d["path"].endswith(KAMERVRAGEN)), kb.documents()[0]["id"])
    return [
        ("search.png", "/?" + urlencode({"q": "welzijn van studenten"}), {"wait": ".facet"}),
        ("search-facet.png", "/?" + urlencode({"q": "studenten", "kind": "motion"}), {"wait": ".facet"}),
        ("ask.png", "/ask?" + urlencode({"q": "Welke organisaties zijn betrokken bij #IBelong?"}), {}),
        ("ask-english.png", "/ask?" + urlencode({"q": "Who coordinates #IBelong?", "ui": "en"}), {}),
        ("document.png", f"/doc/{pdf}", {}),
        ("initiatives.png", "/initiatives?" + urlencode({"target": "migratieachtergrond"}), {}),
        ("initiative.png", "/initiative?name=" + quote("#IBelong"), {}),
        ("organisation.png", "/org?" + urlencode({"name": "Erasmus Universiteit Rotterdam"}), {}),
        ("figures.png", "/figures?" + urlencode({"q": "migratieachtergrond"}), {}),
        ("qa.png", "/qa?" + urlencode({"party": "BBB"}), {}),
        ("upload.png", "/upload", {}),
        ("phone-search.png", "/?" + urlencode({"q": "welzijn van studenten"}),
         {"viewport": {"width": 390, "height": 844}, "wait": ".facet"}),
    ]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--index", type=Path, help="the index to show (default: the shipped corpus)")
    ap.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    args = ap.parse_args(argv)

    import tempfile

    from polkb.web import create_app
    from polkb.web.background import chromium, running

    index = args.index or corpus_index()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as inbox:
        app = create_app(index, allow_upload=True, upload_dir=inbox)  # the form only: nothing is posted
        with running(app) as url, chromium(viewport={"width": 1280, "height": 900}) as browser:
            for name, path, options in views(index):
                browser.clear_cookies()
                page = browser.new_page()
                page.set_viewport_size(options.get("viewport", {"width": 1280, "height": 900}))
                page.goto(url + path)
                if options.get("wait"):
                    page.wait_for_selector(options["wait"])
                page.screenshot(path=str(args.out / name))
                page.close()
                print(args.out / name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
