"""Regular expressions compiled when first used, not when their module is imported.

polkb's answer and tag stages hold some 600 module-level patterns. Compiling them all took about a
third of a cold `polkb ask` (0.3 of 1.2 s on the shipped corpus), while one question uses a third of
them: a count question never runs the date or signature patterns. `compile` returns a stand-in that
compiles on its first method call and then keeps the compiled pattern's methods as its own
attributes, so later calls cost what a compiled pattern's do.

The stand-in is no `re.Pattern`: pass it to `re.search` or `re.sub` and they raise TypeError. Call
its methods (`PATTERN.search(text)`), or pass `PATTERN.pattern` (the source, available without
compiling) to build a larger pattern.

Pure standard library; imports nothing of polkb.
"""
from __future__ import annotations

import re

__all__ = ["compile", "LazyPattern"]


class LazyPattern:
    """A pattern's source and flags, compiled by the first attribute that needs the compiled form."""

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern | None = None

    def compiled(self) -> re.Pattern:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self._flags)
        return self._compiled

    def __getattr__(self, name: str):
        # called only for attributes not yet on the instance: the compiled pattern's methods and
        # properties, each looked up once and kept (flags, groups and groupindex never change)
        if name.startswith("_"):  # no compiled pattern's; and none before __init__ ran (copy, pickle)
            raise AttributeError(name)
        value = getattr(self.compiled(), name)
        setattr(self, name, value)
        return value

    def __repr__(self) -> str:
        return f"lazyre.compile({self.pattern!r}, {self._flags})"


def compile(pattern: str, flags: int = 0) -> LazyPattern:  # noqa: A001 - the name of re's function
    """`re.compile`, deferred until the pattern is first used."""
    return LazyPattern(pattern, flags)
