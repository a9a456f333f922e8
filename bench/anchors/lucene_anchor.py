"""Plain Lucene as an outside reference ("anchor") for the search-quality bench.

    from bench.anchors.lucene_anchor import available, rank
    if (why := available()) is None:
        ranked = rank([(pid, text), ...], ["query", ...], k=10)   # top-k ids per query

DutchAnalyzer (default stopwords and stemmer), BM25 (Lucene's default similarity), one classic
QueryParser OR query per user string with its syntax escaped: what an off-the-shelf Lucene setup
would give, so polkb's numbers can be read against a well-known baseline. Java 17 and Maven are
needed only here, never by the polkb package; `available()` says why not, for a bench to skip.

The Lucene jars (fetched once with `mvn dependency:copy-dependencies` on pom.xml beside this file)
and the compiled LuceneAnchor class live in bench/anchors/.cache/ (or $POLKB_LUCENE_CACHE);
`python bench/anchors/lucene_anchor.py` prepares them and prints the status.
"""
from __future__ import annotations

import base64
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "LuceneAnchor.java"
POM = HERE / "pom.xml"
CACHE = Path(os.environ.get("POLKB_LUCENE_CACHE") or HERE / ".cache")

_lock = threading.Lock()
_classpath: str | None = None
_reason: str | None = None


def available() -> str | None:
    """None when rank() can run; otherwise one line saying why not (no Java, no Maven, no jars)."""
    try:
        _prepare()
    except RuntimeError as e:
        return str(e)
    return None


def rank(passages: list[tuple[str, str]], queries: list[str], k: int = 10) -> list[list[str]]:
    """Top-k passage ids for each query, best first; [] for an empty or unparseable query.

    One JVM run for all queries: the index is built in memory (ByteBuffersDirectory) each call.
    Raises RuntimeError (the available() reason) when Lucene can't be run.
    """
    if not queries:
        return []
    classpath = _prepare()
    ids = [pid for pid, _ in passages]
    with tempfile.TemporaryDirectory(prefix="lucene-anchor-") as tmp:
        ppath, qpath = Path(tmp) / "passages.b64", Path(tmp) / "queries.b64"
        _write_lines(ppath, (text for _, text in passages))
        _write_lines(qpath, queries)
        proc = subprocess.run(
            [_java(), "-cp", classpath, "LuceneAnchor", str(ppath), str(qpath), str(max(k, 0))],
            capture_output=True, text=True, encoding="utf-8")
    if proc.returncode != 0:
        raise RuntimeError(f"LuceneAnchor failed (exit {proc.returncode}): {_tail(proc.stderr)}")
    lines = proc.stdout.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if len(lines) != len(queries):
        raise RuntimeError(f"LuceneAnchor answered {len(lines)} lines for {len(queries)} queries")
    return [[ids[int(i)] for i in line.split()] for line in lines]


def _write_lines(path: Path, texts) -> None:
    """Base64 per line, so tabs, newlines and any Unicode in the text pass through untouched."""
    with open(path, "wb") as f:
        for t in texts:
            f.write(base64.b64encode(t.encode("utf-8", "replace")))
            f.write(b"\n")


def _java() -> str:
    return shutil.which("java") or "java"


def _tail(text: str) -> str:
    lines = [ln for ln in text.strip().splitlines() if ln.strip()]
    return lines[-1] if lines else "(no output)"


def _prepare() -> str:
    """Classpath of jars + compiled class, fetching and compiling once; the outcome is remembered."""
    global _classpath, _reason
    with _lock:
        if _classpath is None and _reason is None:
            try:
                _classpath = _build()
            except RuntimeError as e:
                _reason = str(e)
        if _reason is not None:
            raise RuntimeError(_reason)
        return _classpath


def _build() -> str:
    if not shutil.which("java"):
        raise RuntimeError("no `java` on PATH (Java 17 needed for the Lucene anchor)")
    pom_key = hashlib.sha256(POM.read_bytes()).hexdigest()[:16]
    lib = CACHE / f"lib-{pom_key}"
    if not (lib / ".complete").exists():
        _fetch_jars(lib)
    src_key = hashlib.sha256(SOURCE.read_bytes() + pom_key.encode()).hexdigest()[:16]
    classes = CACHE / f"classes-{src_key}"
    if not (classes / "LuceneAnchor.class").exists():
        _compile(lib, classes)
    return os.pathsep.join([str(lib / "*"), str(classes)])


def _fetch_jars(lib: Path) -> None:
    """Lucene jars into lib/, through a temp folder renamed at the end so a half download never counts."""
    mvn = shutil.which("mvn")
    if not mvn:
        raise RuntimeError("no `mvn` on PATH (Maven needed once, to fetch the Lucene jars)")
    CACHE.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="lib-", dir=CACHE))
    try:
        proc = subprocess.run(
            [mvn, "-q", "-B", "-f", str(POM), "dependency:copy-dependencies",
             f"-DoutputDirectory={tmp}", "-DincludeScope=runtime"],
            capture_output=True, text=True, timeout=900)
        if proc.returncode != 0 or not any(tmp.glob("lucene-core-*.jar")):
            raise RuntimeError(f"Lucene jar download failed: {_tail(proc.stdout + proc.stderr)}")
        (tmp / ".complete").touch()
        tmp.chmod(0o755)  # mkdtemp makes it 0700
        try:
            tmp.rename(lib)
        except OSError:  # another process got there first
            if not (lib / ".complete").exists():
                raise
    except subprocess.TimeoutExpired:
        raise RuntimeError("Lucene jar download failed: mvn timed out") from None
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _compile(lib: Path, classes: Path) -> None:
    javac = shutil.which("javac")
    if not javac:
        raise RuntimeError("no `javac` on PATH (a JDK 17 is needed to compile LuceneAnchor once)")
    tmp = Path(tempfile.mkdtemp(prefix="classes-", dir=CACHE))
    try:
        proc = subprocess.run(
            [javac, "--release", "17", "-encoding", "UTF-8", "-cp", str(lib / "*"),
             "-d", str(tmp), str(SOURCE)],
            capture_output=True, text=True)
        if proc.returncode != 0:
            raise RuntimeError(f"javac LuceneAnchor failed: {_tail(proc.stdout + proc.stderr)}")
        tmp.chmod(0o755)  # mkdtemp makes it 0700
        try:
            tmp.rename(classes)
        except OSError:
            if not (classes / "LuceneAnchor.class").exists():
                raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    why = available()
    print("Lucene anchor ready" if why is None else f"Lucene anchor unavailable: {why}")
    sys.exit(0 if why is None else 1)
