"""A grant whose recipient is named before the subsidy (described.py `_GRANT_TO_RECIPIENT_FIRST`): "kent ze aan de vzw
een eenmalige subsidie van 3 miljoen euro toe voor de oprichting van de Flanders Make Academy en …" names what the
grant sets up as well as "subsidie … aan de X voor de oprichting van …" does; on real text of bench/corpus-s26."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
FLANDERS_MAKE = REPO / "bench" / "corpus-s26" / "vlaamse-regering-beslissing-convenant-flanders-make-2023-2027.txt"


@pytest.mark.skipif(not FLANDERS_MAKE.exists(), reason="bench corpus s26 not present")
def test_what_a_grant_sets_up_is_found_when_the_recipient_comes_first():
    from polkb.read import read_file
    from polkb.structure import build_document, cut_passages
    from polkb.tag.initiatives import find_initiatives

    doc = build_document(FLANDERS_MAKE.name, "0" * 64, read_file(FLANDERS_MAKE))
    found = {i.name: i for i in find_initiatives(doc, cut_passages(doc))}
    assert "Flanders Make Academy" in found, sorted(found)
    assert "3 miljoen euro" in found["Flanders Make Academy"].funding
