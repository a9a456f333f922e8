"""KnowledgeBase objects over one index, lent to one request at a time, in lanes.

A Whoosh searcher reads its files through shared file positions and is not safe to use from two
threads at once, and a KnowledgeBase per request would reopen the index every time. The pool keeps
a few open (each refreshes itself when an ingest commits) and lends each to one request thread at
a time. The lanes keep slow work from crowding out quick work: a search or a record page takes a
`read` object, a question one of the `ask` objects, facet counting the `facets` one. However many
questions arrive, at most LANES["ask"] of them run at once, so a search never waits behind a
queue of questions (the process shares one interpreter lock: what runs, shares the CPU).
"""
from __future__ import annotations

import queue
from contextlib import contextmanager
from pathlib import Path

from ..kb import KnowledgeBase

LANES = {"read": 4, "ask": 2, "facets": 1}


class KBPool:
    def __init__(self, index_dir: str | Path, lanes: dict[str, int] | None = None):
        self.index_dir = Path(index_dir)
        self._idle: dict[str, queue.LifoQueue[KnowledgeBase]] = {}
        self._generation = 0   # raised by refresh()
        self._seen: dict[int, int] = {}  # id(kb) -> the generation it last refreshed at
        for lane, size in (lanes or LANES).items():
            self._idle[lane] = queue.LifoQueue()
            for _ in range(max(1, size)):
                self._idle[lane].put(KnowledgeBase(self.index_dir))

    def refresh(self) -> None:
        """This process changed the index (an upload): every object reopens it before its next
        use, instead of within KnowledgeBase.FRESHNESS_CHECK_S."""
        self._generation += 1

    @contextmanager
    def kb(self, lane: str = "read"):
        idle = self._idle[lane]
        kb = idle.get()
        try:
            if self._seen.get(id(kb), 0) != self._generation:
                kb.close()  # reopened on first use
                self._seen[id(kb)] = self._generation
            yield kb
        finally:
            idle.put(kb)

    def close(self):
        for idle in self._idle.values():
            while not idle.empty():
                idle.get_nowait().close()
