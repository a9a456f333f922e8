"""A few KnowledgeBase objects over one index, lent to one request at a time.

A Whoosh searcher reads its files through shared file positions and is not safe to use from two
threads at once; a KnowledgeBase per request would reopen the index every time. The pool keeps
`size` of them open (each refreshes itself when an ingest commits) and lends each to one request
thread at a time, so a slow question does not hold up the searches beside it.
"""
from __future__ import annotations

import queue
from contextlib import contextmanager
from pathlib import Path

from ..kb import KnowledgeBase


class KBPool:
    def __init__(self, index_dir: str | Path, size: int = 4):
        self.index_dir = Path(index_dir)
        self._idle: queue.LifoQueue[KnowledgeBase] = queue.LifoQueue()
        for _ in range(max(1, size)):
            self._idle.put(KnowledgeBase(self.index_dir))

    @contextmanager
    def kb(self):
        kb = self._idle.get()
        try:
            yield kb
        finally:
            self._idle.put(kb)

    def close(self):
        while not self._idle.empty():
            self._idle.get_nowait().close()
