"""Patterns compiled on first use (polkb.text.lazyre): they match as `re.compile`'s do, and importing
the answer stage leaves most of them uncompiled (what a cold `polkb ask` saves)."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from polkb.tag import figures
from polkb.text import lazyre

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def _eager(pattern: lazyre.LazyPattern) -> re.Pattern:
    return re.compile(pattern.pattern, pattern._flags)


def test_the_figure_pattern_finds_in_a_corpus_document_what_the_compiled_pattern_finds():
    text = (CORPUS / "002_1ddd43df3bba29b1.txt").read_text(encoding="utf-8")
    lazy = lazyre.compile(figures._PATTERN.pattern, figures._PATTERN._flags)
    found = [m.group() for m in lazy.finditer(text)]
    assert found and found == [m.group() for m in _eager(figures._PATTERN).finditer(text)]
    assert "1 op 4" in " ".join(found) or any("%" in f for f in found)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(list("ab1 ,.€%-Tweedrie\n") + ["twee", " procent"]), max_size=40).map("".join))
def test_every_method_answers_as_the_compiled_pattern_does(text):
    source, flags = r"(?P<n>\d+|twee|drie)\s*(?:%|procent)?", re.IGNORECASE
    lazy, eager = lazyre.compile(source, flags), re.compile(source, flags)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in eager.finditer(text)]
    assert lazy.findall(text) == eager.findall(text)
    assert lazy.sub("#", text) == eager.sub("#", text)
    assert lazy.split(text) == eager.split(text)
    for method in ("search", "match", "fullmatch"):
        got, want = getattr(lazy, method)(text), getattr(eager, method)(text)
        assert (got and got.span()) == (want and want.span())
    assert lazy.groupindex == eager.groupindex and lazy.flags == eager.flags


def test_the_source_is_there_before_anything_compiles():
    lazy = lazyre.compile(r"(")  # an error shows when the pattern is used, not when it is written
    assert lazy.pattern == "("
    try:
        lazy.search("x")
    except re.error:
        pass
    else:
        raise AssertionError("an invalid pattern compiled")


def test_importing_the_answer_stage_compiles_few_of_its_patterns():
    code = ("import gc, polkb.answer.reader\n"
            "from polkb.text.lazyre import LazyPattern\n"
            "made = [o for o in gc.get_objects() if isinstance(o, LazyPattern)]\n"
            "print(len(made), sum(o._compiled is not None for o in made))\n")
    made, compiled = map(int, subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                             check=True).stdout.split())
    assert made > 150
    assert compiled < made / 10
