// The pytest plugin that records, per test, which lines of the code under test ran and how the
// test ended. Written next to the tests as _rift_trace.py for one run only (the runner removes
// it), loaded through PYTEST_PLUGINS so the check's own command line stays untouched.

/** Module name of the plugin, and the files it lives in and writes. */
export const TRACER_MODULE = '_rift_trace';
export const TRACER_FILE = `${TRACER_MODULE}.py`;
export const TRACE_REPORT_FILE = `${TRACER_MODULE}.json`;

/**
 * Report: {"version": 1, "tests": [{"id": nodeid, "outcome": "passed"|"failed"|"skipped"|"error",
 * "lines": {relpath: [line, ...]}, "frames": [[relpath, line], ...] (failed only, outermost first)}]}.
 * Only files under RIFT_TRACE_ROOT that are not tests, vendored code or the plugin itself.
 * sys.settrace works on every CPython 3; a global tracer that declines other files keeps it cheap.
 */
export const PYTHON_TRACER_SOURCE = String.raw`# RIFT fault localisation: per-test line coverage (temporary file, removed after the run).
import json
import os
import sys
import threading

import pytest

_ROOT = os.path.realpath(os.environ.get("RIFT_TRACE_ROOT") or os.getcwd())
_OUT = os.path.abspath(os.environ.get("RIFT_TRACE_OUT") or "${TRACE_REPORT_FILE}")
_SKIP_DIRS = {"site-packages", "dist-packages", "node_modules", ".venv", "venv", ".tox", ".nox",
              "__pypackages__", "tests", "test", "testing", "__tests__"}
_known = {}
_current = {"lines": None}
_tests = []
_by_id = {}


def _relative(filename):
    if filename in _known:
        return _known[filename]
    rel = None
    if filename and not filename.startswith("<"):
        path = os.path.realpath(filename)
        if path.startswith(_ROOT + os.sep) and path.endswith(".py"):
            rel = path[len(_ROOT) + 1:].replace(os.sep, "/")
            parts = rel.split("/")
            name = parts[-1]
            if (any(p in _SKIP_DIRS for p in parts[:-1]) or name.startswith("test_")
                    or name.endswith("_test.py") or name == "conftest.py" or name.startswith("${TRACER_MODULE}")):
                rel = None
    _known[filename] = rel
    return rel


def _local(frame, event, arg):
    if event == "line":
        lines = _current["lines"]
        if lines is not None:
            lines.add((frame.f_code.co_filename, frame.f_lineno))
    return _local


def _global(frame, event, arg):
    if _relative(frame.f_code.co_filename) is None:
        return None
    return _local


def _entry(item):
    entry = _by_id.get(item.nodeid)
    if entry is None:
        entry = {"id": item.nodeid, "outcome": "passed", "lines": {}}
        _by_id[item.nodeid] = entry
        _tests.append(entry)
    return entry


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item, nextitem):
    entry = _entry(item)
    lines = set()
    _current["lines"] = lines
    previous = sys.gettrace()
    threading.settrace(_global)
    sys.settrace(_global)
    try:
        yield
    finally:
        sys.settrace(previous)
        threading.settrace(previous)
        _current["lines"] = None
        by_file = entry["lines"]
        for filename, line in lines:
            rel = _relative(filename)
            if rel is not None:
                by_file.setdefault(rel, []).append(line)
        for rel in by_file:
            by_file[rel] = sorted(set(by_file[rel]))


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    entry = _entry(item)
    if report.failed:
        entry["outcome"] = "failed" if call.when == "call" else "error"
        if call.excinfo is not None and call.when == "call":
            frames = []
            for tb in call.excinfo.traceback:
                rel = _relative(str(tb.path))
                if rel is not None:
                    frames.append([rel, tb.lineno + 1])
            entry["frames"] = frames
    elif report.skipped and entry["outcome"] == "passed":
        entry["outcome"] = "skipped"


def pytest_unconfigure(config):
    # xdist workers run the tests in other processes: say nothing rather than something partial.
    if os.environ.get("PYTEST_XDIST_WORKER") or hasattr(config, "workerinput"):
        return
    with open(_OUT, "w", encoding="utf-8") as out:
        json.dump({"version": 1, "tests": _tests}, out, separators=(",", ":"))
`;
