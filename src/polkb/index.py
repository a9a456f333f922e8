"""Moved to `polkb.store.whoosh.index`; this name is the same module object until every caller
imports the new path."""
import sys

from .store.whoosh import index as _index

sys.modules[__name__] = _index
