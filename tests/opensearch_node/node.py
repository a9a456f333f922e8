"""A real single-node OpenSearch for polkb's tests, built from Maven Central and run by the tests.

    with running_node() as url:          # "http://127.0.0.1:PORT", cluster health yellow or green
        ...

    from tests.opensearch_node.node import opensearch_url   # a session fixture: import it into a
    def test_x(opensearch_url): ...                          # test module and ask for it

    python tests/opensearch_node/node.py build   # build (or find) the node; prints the jar's path
    python tests/opensearch_node/node.py run     # start a node, print its URL, stop it on Ctrl-C

The node is `PolkbNode` (src/main/java/…): `org.opensearch.node.Node` with the netty4 transport
and analysis-common plugin classes, as the test framework's MockNode does, built by Maven from
`pom.xml` beside this file (OpenSearch 2.19.x on Java 17). The launcher jar and its runtime jars
are cached in `$POLKB_OPENSEARCH_NODE_CACHE`, else `$XDG_CACHE_HOME/polkb/opensearch-node`, else
`~/.cache/polkb/opensearch-node`, in a folder named by a hash of pom.xml and the Java sources: a
changed launcher is built again, an unchanged one never. Maven's downloads go to `~/.m2` as usual.

Each node binds 127.0.0.1 only (the launcher refuses to serve otherwise), on a free HTTP and
transport port the system picks, keeps its data and log in a temporary folder removed afterwards,
and runs with a small heap (512 MB unless `POLKB_OPENSEARCH_HEAP` says otherwise). It stops when
the context exits, whether the tests passed or failed; if this process dies instead, the node sees
its standard input end and stops by itself (and the next start removes the folder it left).
`POLKB_OPENSEARCH_KEEP_LOG=FILE` copies the node's log there when it stops.

Without Java (17 or newer) or Maven, or when the build or the start fails, `NodeUnavailable`
says why in one line; the fixture turns that into a skip, or into a failure when
`POLKB_REQUIRE_OPENSEARCH=1` (as `.ci/run` sets it). Only the standard library is used here, so
`.ci/opensearch-node` can build the node before polkb is installed.
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Iterator
# `from … import`, not `urllib.request.urlopen`: polkb defers `urllib.request` (polkb/__init__.py)
# with a stand-in module that the `urllib` package does not carry as its attribute
from urllib.error import URLError
from urllib.request import urlopen

HERE = Path(__file__).resolve().parent
POM = HERE / "pom.xml"
SOURCES = HERE / "src" / "main" / "java"
JAR_NAME = "polkb-opensearch-node.jar"
REQUIRE_ENV = "POLKB_REQUIRE_OPENSEARCH"
MIN_JAVA = 17
BUILD_TIMEOUT = 1200  # seconds: a cold ~/.m2 downloads about 45 MB of jars
WORK_PREFIX = "polkb-opensearch-"
# the client JIT only and one GC thread: the node starts in about 6 s instead of 11 s on two cores,
# and indexes a test's few thousand passages no slower (measured with bench/opensearch_analysis.py)
JVM_OPTIONS = ("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1")
# what OpenSearch itself runs with (G1, both JIT compilers): slower to start, faster on a large
# index once warm (bench/speed.py --backend opensearch --jvm server)
SERVER_JVM_OPTIONS = ("-XX:+UseG1GC",)
START_TIMEOUT = 180  # seconds until the HTTP port is open and the cluster is yellow

__all__ = ["NodeUnavailable", "build", "running_node", "opensearch_url", "required", "cache_root"]


class NodeUnavailable(RuntimeError):
    """The test node cannot be built or started; the message is the one-line reason."""


def required() -> bool:
    """True when a missing node must fail the tests instead of skipping them (CI)."""
    return os.environ.get(REQUIRE_ENV) == "1"


def cache_root() -> Path:
    own = os.environ.get("POLKB_OPENSEARCH_NODE_CACHE")
    if own:
        return Path(own)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "polkb" / "opensearch-node"


def _source_key() -> str:
    digest = hashlib.sha256(POM.read_bytes())
    for path in sorted(SOURCES.rglob("*.java")):
        digest.update(str(path.relative_to(SOURCES)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _tail(text: str, lines: int = 1) -> str:
    kept = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
    return " | ".join(kept[-lines:]) if kept else "(no output)"


def java() -> str:
    """The java command (17 or newer), or NodeUnavailable saying why not."""
    path = shutil.which("java")
    if not path:
        raise NodeUnavailable(f"no `java` on PATH (Java {MIN_JAVA}+ runs the OpenSearch test node)")
    try:
        out = subprocess.run([path, "-version"], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as e:
        raise NodeUnavailable(f"`java -version` failed: {e}") from None
    m = re.search(r'version "(\d+)(?:\.(\d+))?', out.stderr + out.stdout)
    major = int(m.group(1)) if m else 0
    if major == 1 and m and m.group(2):  # "1.8.0_…"
        major = int(m.group(2))
    if major < MIN_JAVA:
        raise NodeUnavailable(f"`java` is version {major or 'unknown'}; the OpenSearch test node needs {MIN_JAVA}+")
    return path


def build(*, quiet: bool = True) -> Path:
    """The launcher jar (with lib/ beside it), built by Maven once per pom.xml and sources."""
    java()
    folder = cache_root() / _source_key()
    jar = folder / JAR_NAME
    if (folder / ".complete").exists() and jar.exists():
        return jar
    mvn = shutil.which("mvn")
    if not mvn:
        raise NodeUnavailable("no `mvn` on PATH (Maven builds the OpenSearch test node once from Maven Central)")
    folder.parent.mkdir(parents=True, exist_ok=True)
    with _lock(folder.parent / ".build.lock"):
        if (folder / ".complete").exists() and jar.exists():
            return jar  # another process built it while this one waited
        tmp = Path(tempfile.mkdtemp(prefix=f"{folder.name}.", suffix=".tmp", dir=folder.parent))
        try:
            cmd = [mvn, "-B", "-f", str(POM), f"-Dpolkb.node.dir={tmp}", "package"]
            if quiet:
                cmd.insert(1, "-q")
            try:
                proc = subprocess.run(cmd, capture_output=quiet, text=True, timeout=BUILD_TIMEOUT)
            except subprocess.TimeoutExpired:
                raise NodeUnavailable(f"building the OpenSearch test node: mvn took over {BUILD_TIMEOUT} s") from None
            if proc.returncode != 0 or not (tmp / JAR_NAME).exists():
                said = _tail((proc.stdout or "") + (proc.stderr or ""), 3) if quiet else "see the output above"
                raise NodeUnavailable(f"building the OpenSearch test node failed (mvn exit {proc.returncode}): {said}")
            for scratch in ("classes", "generated-sources", "maven-archiver", "maven-status"):
                shutil.rmtree(tmp / scratch, ignore_errors=True)
            (tmp / ".complete").write_text(" ".join(cmd) + "\n")
            tmp.chmod(0o755)
            if folder.exists():  # a half-built folder of an interrupted older run
                shutil.rmtree(folder)
            tmp.rename(folder)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    return jar


@contextlib.contextmanager
def _lock(path: Path):
    try:
        import fcntl
    except ImportError:  # not POSIX: builds are not serialised
        yield
        return
    with open(path, "a") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


def _get(url: str, timeout: float = 30) -> dict:
    with urlopen(url, timeout=timeout) as resp:
        return json.loads(resp.read().decode("utf-8"))


@contextlib.contextmanager
def running_node(*, heap: str | None = None, timeout: float = START_TIMEOUT,
                 jvm_options: tuple[str, ...] | None = None) -> Iterator[str]:
    """Start a node, wait until its cluster is yellow or green, yield its URL, stop it.
    `jvm_options` replace JVM_OPTIONS (the tests' quick start): `SERVER_JVM_OPTIONS` is what a
    benchmark of a large index wants."""
    jar = build()
    heap = heap or os.environ.get("POLKB_OPENSEARCH_HEAP") or "512m"
    _remove_stale_work_folders()
    work = Path(tempfile.mkdtemp(prefix=WORK_PREFIX))
    home = work / "node"
    log_path = work / "node.log"
    (work / "tmp").mkdir()
    proc = None
    try:
        with open(log_path, "wb") as log:
            proc = subprocess.Popen(
                [java(), f"-Xms{heap}", f"-Xmx{heap}", f"-Djava.io.tmpdir={work / 'tmp'}",
                 *(JVM_OPTIONS if jvm_options is None else jvm_options), "-jar", str(jar), str(home), "0"],
                stdin=subprocess.PIPE, stdout=log, stderr=subprocess.STDOUT, cwd=work)
        (work / "pids").write_text(f"{os.getpid()} {proc.pid}\n")
        address = home / "http.address"
        deadline = time.monotonic() + timeout
        while not address.exists():
            if proc.poll() is not None:
                raise NodeUnavailable(f"the OpenSearch test node exited with {proc.returncode} while starting: "
                                      f"{_tail(log_path.read_text(errors='replace'), 2)}")
            if time.monotonic() > deadline:
                raise NodeUnavailable(f"the OpenSearch test node did not open its HTTP port in {timeout:.0f} s: "
                                      f"{_tail(log_path.read_text(errors='replace'), 2)}")
            time.sleep(0.1)
        host_port = address.read_text().strip()
        if not host_port.startswith("127.0.0.1:"):
            raise NodeUnavailable(f"the OpenSearch test node is not on 127.0.0.1: {host_port}")
        url = f"http://{host_port}"
        left = max(5, int(deadline - time.monotonic()))
        try:
            health = _get(f"{url}/_cluster/health?wait_for_status=yellow&timeout={left}s", timeout=left + 10)
        except (OSError, URLError, ValueError) as e:
            raise NodeUnavailable(f"the OpenSearch test node at {url} did not answer its health check: {e}") from None
        if health.get("status") not in ("yellow", "green"):
            raise NodeUnavailable(f"the OpenSearch test node at {url} stayed {health.get('status')}")
        yield url
    finally:
        if proc is not None:
            _stop(proc)
        keep = os.environ.get("POLKB_OPENSEARCH_KEEP_LOG")
        if keep and log_path.exists():
            shutil.copy(log_path, keep)
        shutil.rmtree(work, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's process
    return True


def _remove_stale_work_folders() -> None:
    """The temp folders of nodes whose test process was killed (the node then stops by itself,
    but nobody is left to remove its data)."""
    for folder in Path(tempfile.gettempdir()).glob(f"{WORK_PREFIX}*"):
        try:
            pids = [int(p) for p in (folder / "pids").read_text().split()]
        except (OSError, ValueError):
            continue
        if pids and not any(_alive(p) for p in pids):
            shutil.rmtree(folder, ignore_errors=True)


def _stop(proc: subprocess.Popen) -> None:
    """End of standard input closes the node; SIGTERM, then SIGKILL, if it lingers."""
    with contextlib.suppress(OSError):
        proc.stdin.close()
    try:
        proc.wait(timeout=30)
        return
    except subprocess.TimeoutExpired:
        pass
    proc.terminate()
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=15)


def unavailable(reason: str):
    """Skip the test with the reason, or fail it when POLKB_REQUIRE_OPENSEARCH=1."""
    import pytest

    if required():
        pytest.fail(f"{REQUIRE_ENV}=1 but {reason}", pytrace=False)
    pytest.skip(reason)


try:
    import pytest as _pytest
except ImportError:  # the build command runs without pytest
    _pytest = None

if _pytest is not None:

    @_pytest.fixture(scope="session")
    def opensearch_url() -> Iterator[str]:
        """The URL of a real single-node OpenSearch on 127.0.0.1, started once per session."""
        try:
            ctx = running_node()
            url = ctx.__enter__()
        except NodeUnavailable as e:
            unavailable(str(e))
        try:
            yield url
        finally:
            ctx.__exit__(None, None, None)


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "build"
    try:
        if command == "build":
            started = time.monotonic()
            jar = build(quiet="--verbose" not in argv)
            print(f"OpenSearch test node: {jar} ({time.monotonic() - started:.1f} s)")
        elif command == "run":
            started = time.monotonic()
            with running_node() as url:
                print(f"OpenSearch test node at {url} (up in {time.monotonic() - started:.1f} s); Ctrl-C stops it",
                      flush=True)
                with contextlib.suppress(KeyboardInterrupt):
                    while True:
                        time.sleep(3600)
        else:
            print(__doc__)
            return 2
    except NodeUnavailable as e:
        print(f"OpenSearch test node unavailable: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
