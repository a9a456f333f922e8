"""Moved to `polkb.store.whoosh.candidates`; this name is the same module object until every
caller imports the new path."""
import sys

from .store.whoosh import candidates as _candidates

sys.modules[__name__] = _candidates
