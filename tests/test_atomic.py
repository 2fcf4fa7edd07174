"""Nothing half-done: an output is replaced whole or not at all, whatever stops the build."""
from __future__ import annotations

import os
import shutil
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from spacegraph import serialize

from helpers import SAMPLE, leftovers, lines, run

PREVIOUS = "# the graph of yesterday's build\n"

# `spacegraph` with a marker file touched once the build reaches the phase under test:
# the first article's extraction, or the write (then the writer stalls after a few bytes).
WRAPPER = r"""
import os, sys, time
from pathlib import Path
marker, phase = Path(os.environ["SG_MARKER"]), os.environ["SG_PHASE"]
if phase == "extract":
    from spacegraph import extract
    real = extract.Extractor.__call__
    def call(self, article):
        marker.touch()
        return real(self, article)
    extract.Extractor.__call__ = call
else:
    import pyoxigraph
    def stall(data, out, *args, **kwargs):
        out.write(b"@prefix half: <written> .\n")
        out.flush()
        marker.touch()
        time.sleep(60)
    pyoxigraph.serialize = stall
from spacegraph.cli import main
sys.argv[0] = "spacegraph"
main()
"""


def quads() -> list[ox.Quad]:
    g = ox.NamedNode("http://example.org/g")
    return [ox.Quad(ox.NamedNode(f"http://example.org/s{i}"), ox.NamedNode("http://example.org/p"),
                    ox.Literal(f"value {i}"), g) for i in range(100)]


def test_the_graph_goes_to_a_temporary_file_beside_the_output_and_is_renamed(tmp_path, monkeypatch):
    out = tmp_path / "g.nq"
    out.write_text(PREVIOUS, encoding="utf-8")
    seen = {}
    real = ox.serialize

    def spy(data, fh, *args, **kwargs):
        seen["part"] = Path(fh.name) if isinstance(fh.name, str) else None
        seen["during"] = out.read_text(encoding="utf-8")
        seen["parts"] = leftovers(tmp_path)
        return real(data, fh, *args, **kwargs)

    monkeypatch.setattr(ox, "serialize", spy)
    serialize.write(quads(), out, ox.RdfFormat.N_QUADS)
    assert seen["during"] == PREVIOUS  # the old output stays whole while the new one is written
    assert len(seen["parts"]) == 1 and seen["parts"][0].parent == tmp_path
    assert seen["parts"][0].name.startswith(".g.nq.")
    assert "value 99" in out.read_text(encoding="utf-8")
    assert leftovers(tmp_path) == []


def test_a_new_output_gets_ordinary_permissions_and_a_replaced_one_keeps_its_own(tmp_path):
    fresh, kept = tmp_path / "fresh.nt", tmp_path / "kept.nt"
    kept.write_text(PREVIOUS, encoding="utf-8")
    kept.chmod(0o640)
    umask = os.umask(0o022)
    try:
        serialize.write(quads(), fresh, ox.RdfFormat.N_TRIPLES)
        serialize.write(quads(), kept, ox.RdfFormat.N_TRIPLES)
    finally:
        os.umask(umask)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o644  # not mkstemp's 0600
    assert stat.S_IMODE(kept.stat().st_mode) == 0o640


@pytest.mark.parametrize("error", [RuntimeError("serializer failed"), KeyboardInterrupt()])
def test_a_failure_during_the_write_leaves_the_old_output_and_no_temporary_file(tmp_path, monkeypatch, error):
    out = tmp_path / "g.ttl"
    out.write_text(PREVIOUS, encoding="utf-8")

    def broken(data, fh, *args, **kwargs):
        fh.write(b"@prefix half")
        raise error

    monkeypatch.setattr(ox, "serialize", broken)
    with pytest.raises(type(error)):
        serialize.write(quads(), out, ox.RdfFormat.TURTLE)
    assert out.read_text(encoding="utf-8") == PREVIOUS
    assert leftovers(tmp_path) == []


def test_ctrl_c_in_process_is_one_line_and_exit_130(tmp_path, monkeypatch):
    from spacegraph import extract

    def interrupt(self, article):
        raise KeyboardInterrupt

    monkeypatch.setattr(extract.Extractor, "__call__", interrupt)
    out = tmp_path / "g.ttl"
    out.write_text(PREVIOUS, encoding="utf-8")
    result = run("build", SAMPLE, "-o", out)
    assert result.code == 130
    assert lines(result.stderr) == [f"spacegraph: interrupted; {out} left as it was"]
    assert out.read_text(encoding="utf-8") == PREVIOUS


@pytest.fixture(scope="module")
def many_articles(tmp_path_factory) -> Path:
    """A folder large enough that building it takes seconds."""
    folder = tmp_path_factory.mktemp("many")
    text = SAMPLE.read_text(encoding="utf-8")
    for i in range(200):
        (folder / f"article-{i:03}.txt").write_text(text.replace("Saturday", f"day {i}"), encoding="utf-8")
    return folder


@pytest.mark.parametrize("phase", ["extract", "write"])
@pytest.mark.parametrize("sig,code,word", [(signal.SIGINT, 130, "interrupted"), (signal.SIGTERM, 143, "terminated")])
def test_a_signal_during_a_build_leaves_the_previous_output_and_no_part_file(
        tmp_path, many_articles, phase, sig, code, word):
    out = tmp_path / "graph.ttl"
    out.write_text(PREVIOUS, encoding="utf-8")
    marker = tmp_path / "reached"
    source = many_articles if phase == "extract" else SAMPLE  # still extracting when the signal comes
    proc = subprocess.Popen([sys.executable, "-c", WRAPPER, "build", str(source), "-o", str(out)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "SG_MARKER": str(marker), "SG_PHASE": phase})
    try:
        deadline = time.monotonic() + 60
        while not marker.exists():
            assert proc.poll() is None, proc.communicate()
            assert time.monotonic() < deadline, "the build never reached the phase"
            time.sleep(0.02)
        if phase == "write":
            assert len(leftovers(tmp_path)) == 1  # the half-written temporary file exists now
        proc.send_signal(sig)
        _, stderr = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == code, stderr
    assert "Traceback" not in stderr
    assert lines(stderr) == [f"spacegraph: {word}; {out} left as it was"]
    assert out.read_text(encoding="utf-8") == PREVIOUS
    assert leftovers(tmp_path) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.ttl", "reached"]


def test_a_build_that_fails_writes_nothing_at_all(tmp_path):
    out = tmp_path / "new.ttl"
    result = run("build", tmp_path / "missing.txt", "-o", out)
    assert result.code == 1
    assert list(tmp_path.iterdir()) == []
    shutil.rmtree(tmp_path)
