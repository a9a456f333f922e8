"""Moved: the Whoosh search is `polkb.store.whoosh.search`, and what every backend shares is in
`polkb.query` (syntax, concepts, re-ranking, snippets, results). This name is the Whoosh search
module until every caller imports the new paths."""
import sys

from .store.whoosh import search as _search

sys.modules[__name__] = _search
