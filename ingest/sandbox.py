"""Read and parse an untrusted file in a child process held to memory and time limits.

A crafted file (a zip bomb, a page of 200 × 200 inches, a text that makes a parser slow) can
make reading or parsing take gigabytes or hours. So both happen in `python -m ingest.sandbox`
(ingest/reader.py, then ingest/prepare.py): the child limits its
own address space (RLIMIT_AS, `[limits] max_reader_memory_mb`) and CPU time (RLIMIT_CPU,
`max_seconds_per_file`) before it reads anything, and the parent kills the child's whole process
group (tesseract, catdoc, LibreOffice included) once `max_seconds_per_file` of wall time have
passed. Whatever happens in the child becomes one ParseError for that file: the ingest run or
the bot goes on. Only plain data comes back (JSON on stdout: the document, its chunks and facts,
or the refusal), never objects the parent would have to unpickle; the bot's token is not passed
to the child. A service that is stopping calls `stop_readers()`: the readings under way end at
once with a refusal, instead of holding the shutdown for up to `max_seconds_per_file`.

Not done here: writing the indexes (ingest/pipeline.py).
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import re
import resource
import signal
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import suppress
from pathlib import Path

from ingest.limits import MB, exceeded
from ingest.prepare import Prepared, prepare
from ingest.reader import read_text
from knowledge.errors import LimitExceededError, ParseError, ToolMissingError
from knowledge.settings import ChunkingSettings, LimitsSettings

log = logging.getLogger(__name__)
_PROJECT = Path(__file__).resolve().parents[1]
_SECRETS = ("TELEGRAM_BOT_TOKEN",)
# The children reading now (pid → process), and those `stop_readers` killed: process-wide, as the
# processes are.
_readers: dict[int, subprocess.Popen] = {}
_stopped: set[int] = set()
_readers_lock = threading.Lock()


def stop_readers() -> None:
    """Kill every child reading a file now (the service is stopping); each of those readings
    raises a ParseError saying so."""
    with _readers_lock:
        for pid, child in _readers.items():
            _stopped.add(pid)
            _kill(child)


def prepare_untrusted(
    doc_id: str, name: str, data: bytes, limits: LimitsSettings, chunking: ChunkingSettings
) -> Prepared:
    """The document `doc_id` in the file `name` with content `data`, read and parsed in a child process.

    Raises:
        LimitExceededError: reading or parsing needed more memory or time than the limits allow,
            or the file passes another limit.
        ToolMissingError: the format needs a program that is not installed.
        ParseError: the file cannot be read or parsed (corrupt, protected, empty, the reader crashed).
    """
    environment = {key: value for key, value in os.environ.items() if key not in _SECRETS}
    # The child imports this very code, even from a copy of the project that is not installed.
    environment["PYTHONPATH"] = os.pathsep.join(filter(None, [str(_PROJECT), environment.get("PYTHONPATH")]))
    settings = json.dumps({"limits": dataclasses.asdict(limits), "chunking": dataclasses.asdict(chunking)})
    command = [sys.executable, "-m", "ingest.sandbox", doc_id, Path(name).name, settings]
    started = time.monotonic()
    child = subprocess.Popen(
        command,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=environment,
        start_new_session=True,  # its own process group, so the programs it runs die with it
    )
    with _readers_lock:
        _readers[child.pid] = child
    try:
        output, errors = child.communicate(data, timeout=limits.max_seconds_per_file)
        if child.returncode < 0:  # its CPU limit or a crash killed it, not the programs it runs
            _kill(child)
    except subprocess.TimeoutExpired:
        _kill(child)
        with suppress(subprocess.TimeoutExpired):  # a program that left the group may hold the pipes
            child.communicate(timeout=10)
        log.warning("Reading %s stopped after %.1f s", name, time.monotonic() - started)
        raise exceeded(name, "reading and parsing the file", "max_seconds_per_file", limits) from None
    finally:
        if child.poll() is None:  # interrupted (KeyboardInterrupt, SystemExit): take the child along
            _kill(child)
            child.wait()
        with _readers_lock:
            del _readers[child.pid]
            stopped = child.pid in _stopped
            _stopped.discard(child.pid)
    if stopped:
        raise ParseError(f"{name}: reading was stopped: the service is stopping")
    if errors.strip():
        log.warning("Reading %s: %s", name, errors.decode("utf-8", errors="replace").strip()[-2000:])
    return _result(name, child.returncode, output, limits, time.monotonic() - started)


def _kill(child: subprocess.Popen) -> None:
    with suppress(ProcessLookupError):  # it may have ended meanwhile
        os.killpg(child.pid, signal.SIGKILL)


def _result(name: str, returncode: int, output: bytes, limits: LimitsSettings, seconds: float) -> Prepared:
    if returncode == -signal.SIGXCPU:
        raise exceeded(name, "the CPU time reading and parsing the file took", "max_seconds_per_file", limits)
    if returncode < 0:
        raise ParseError(f"{name}: not a readable file: the reader crashed (signal {-returncode})")
    try:
        result = json.loads(output)
        log.debug("Read %s in a child process: %.1f s, peak memory %d MB", name, seconds, result["peak_mb"])
        if "prepared" in result:
            return Prepared.from_dict(result["prepared"])
        refusal = _refusal(result)
    except (ValueError, KeyError, TypeError):  # no answer, or not one the child writes
        raise ParseError(f"{name}: not a readable file: the reader failed (exit code {returncode})") from None
    raise refusal


def _refusal(result: dict) -> ParseError:
    if result["kind"] == "limit":
        return LimitExceededError(result["error"], result["key"], result["limit"])
    return (ToolMissingError if result["kind"] == "tool" else ParseError)(result["error"])


def _child(doc_id: str, name: str, limits: LimitsSettings, chunking: ChunkingSettings) -> dict:
    """In the child: read and parse the file given on stdin; the result as a JSON-ready dict."""
    data = sys.stdin.buffer.read()
    try:
        with tempfile.TemporaryDirectory(prefix="tdkt-read-") as folder:
            path = Path(folder) / name
            path.write_bytes(data)
            del data
            text = read_text(path, limits)
        return {"prepared": prepare(doc_id, name, text, limits, chunking).to_dict()}
    except MemoryError:
        error = exceeded(name, "the memory reading and parsing the file needs", "max_reader_memory_mb", limits)
        return {"error": str(error), "kind": "limit", "key": error.key, "limit": error.limit}
    except LimitExceededError as error:
        return {"error": str(error), "kind": "limit", "key": error.key, "limit": error.limit}
    except ToolMissingError as error:
        return {"error": str(error), "kind": "tool"}
    except ParseError as error:
        return {"error": str(error), "kind": "parse"}
    except Exception as error:  # a reader's library failing on a malformed file: refuse the file
        return {"error": f"{name}: not a readable file ({type(error).__name__}: {error})", "kind": "parse"}


def _limit_resources(limits: LimitsSettings) -> None:
    memory = limits.max_reader_memory_mb * MB
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    seconds = limits.max_seconds_per_file
    # The soft limit sends SIGXCPU (reported as the time limit); the hard one, a second later, SIGKILL.
    resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds + 1))


def _exit_with_parent() -> None:
    """Kill this process group when the parent dies (its wall-clock limit would die with it)."""
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os.killpg(os.getpid(), signal.SIGKILL)

    threading.Thread(target=watch, daemon=True).start()


def _peak_mb() -> int:
    """Peak resident memory of this process and of the programs it ran, in MB. Not getrusage for
    this process: its ru_maxrss starts from the parent's size (it survives exec)."""
    status = Path("/proc/self/status").read_text()
    own = int(re.search(r"^VmHWM:\s+(\d+) kB", status, re.MULTILINE)[1])
    programs = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # kB on Linux
    return max(own, programs) // 1024


def main() -> int:
    doc_id, name, settings = sys.argv[1:4]
    limits = LimitsSettings(**json.loads(settings)["limits"])
    chunking = ChunkingSettings(**json.loads(settings)["chunking"])
    _limit_resources(limits)
    _exit_with_parent()
    logging.basicConfig(level=logging.WARNING, format="%(message)s", stream=sys.stderr)
    result = _child(doc_id, name, limits, chunking)
    sys.stdout.buffer.write(json.dumps({**result, "peak_mb": _peak_mb()}, ensure_ascii=False).encode("utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
