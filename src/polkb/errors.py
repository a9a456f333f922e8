"""polkb's own exceptions: one base, so a front end catches what polkb means to say as one line.

`PolkbError`'s message is the sentence a user sees. `UsageProblem` marks what the user asked for
wrongly (an unknown kind, unit or filter value: exit code 2 in the CLI, 400 on the web);
everything else is a problem with the index or the data (exit code 1).
"""


class PolkbError(Exception):
    """Something polkb says to its user in one sentence."""


class UsageProblem(PolkbError):
    """The request names something that does not exist; the message lists what does."""


class NotFound(PolkbError):
    """The document, passage or record asked for is not in the knowledge base."""


class ReaderError(PolkbError):
    """A file could not be read; the message is the one-line reason shown to the user."""


class IndexProblem(PolkbError):
    """A problem with the index as a whole; the message is one sentence naming the path and what
    to do."""


class IndexBusy(IndexProblem):
    """Another ingest holds the index."""


class IndexMissing(IndexProblem):
    """No index at the given location yet."""


class IndexOutdated(IndexProblem):
    """An index written by an earlier polkb, whose records this polkb cannot add to."""


class IndexDamaged(IndexProblem):
    """A file of the index is not what was written (checksum, size, or it cannot be read)."""


class IndexUnwritable(IndexProblem):
    """The index cannot be written: the disk is full, the folder is read-only, …"""
