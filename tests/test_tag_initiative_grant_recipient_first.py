"""A grant whose recipient is named before the subsidy (described.py `_GRANT_TO_RECIPIENT_FIRST`): "kent ze aan de vzw
een eenmalige subsidie van 3 miljoen euro toe voor de oprichting van de Flanders Make Academy en …" names what the
grant sets up as well as "subsidie … aan de X voor de oprichting van …" does; on real text of bench/corpus-s26."""
from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import initiatives_in

REPO = Path(__file__).resolve().parent.parent
FLANDERS_MAKE = REPO / "bench" / "corpus-s26" / "vlaamse-regering-beslissing-convenant-flanders-make-2023-2027.txt"


@pytest.mark.skipif(not FLANDERS_MAKE.exists(), reason="bench corpus s26 not present")
def test_what_a_grant_sets_up_is_found_when_the_recipient_comes_first():
    found = initiatives_in(FLANDERS_MAKE)
    assert "Flanders Make Academy" in found, sorted(found)
    assert "3 miljoen euro" in found["Flanders Make Academy"].funding
