"""The old home of polkb's Whoosh codec, kept because indexes written before the move name their
codec and field types by this module path in their table of contents (pickled by Whoosh). The
code lives in `polkb.store.whoosh.codec`; this name is the same module object."""
import sys

from .store.whoosh import codec as _codec

sys.modules[__name__] = _codec
