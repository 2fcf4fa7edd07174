"""A disk that fills during the write: one line, exit 1, the previous output intact, no
temporary file left."""
from __future__ import annotations

import errno
import os

import pyoxigraph as ox
import pytest

from spacegraph import serialize

from helpers import SAMPLE, leftovers, lines, no_traceback, run

PREVIOUS = "# the graph of yesterday's build\n"


class FillingFile:
    """A file that takes `room` bytes, then fails as a full disk does."""

    def __init__(self, fh, room: int) -> None:
        self.fh, self.room, self.name = fh, room, fh.name

    def write(self, data) -> int:
        if len(data) > self.room:
            self.fh.write(bytes(data[:self.room]))
            self.room = 0
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        self.room -= len(data)
        return self.fh.write(data)

    def __getattr__(self, name):
        return getattr(self.fh, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.fh.close()


def fill_after(monkeypatch, room: int) -> None:
    real = os.fdopen
    monkeypatch.setattr(serialize.os, "fdopen", lambda fd, mode="r", *a, **k: FillingFile(real(fd, mode, *a, **k), room))


@pytest.mark.parametrize("suffix", [".ttl", ".nq", ".jsonld"])
@pytest.mark.parametrize("room", [0, 4096])
def test_a_full_disk_while_writing(tmp_path, monkeypatch, suffix, room):
    out = tmp_path / f"graph{suffix}"
    out.write_text(PREVIOUS, encoding="utf-8")
    fill_after(monkeypatch, room)
    result = run("build", SAMPLE, "-o", out)
    no_traceback(result)
    assert result.code == 1
    assert lines(result.stderr) == [f"spacegraph: {out}: No space left on device"]
    assert out.read_text(encoding="utf-8") == PREVIOUS
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("where", ["fsync", "replace"])
def test_a_full_disk_when_flushing_or_renaming(tmp_path, monkeypatch, where):
    out = tmp_path / "graph.nt"
    out.write_text(PREVIOUS, encoding="utf-8")

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(serialize.os, where, full)
    result = run("build", SAMPLE, "-o", out)
    assert result.code == 1
    assert lines(result.stderr) == [f"spacegraph: {out}: No space left on device"]
    assert out.read_text(encoding="utf-8") == PREVIOUS
    assert leftovers(tmp_path) == []


def test_no_room_even_for_the_temporary_file(tmp_path, monkeypatch):
    out = tmp_path / "graph.ttl"

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(serialize.tempfile, "mkstemp", full)
    result = run("build", SAMPLE, "-o", out)
    assert result.code == 1
    assert lines(result.stderr) == [f"spacegraph: {out}: No space left on device"]
    assert list(tmp_path.iterdir()) == []


def test_the_python_api_raises_an_oserror_naming_the_output(tmp_path, monkeypatch):
    out = tmp_path / "graph.nq"
    fill_after(monkeypatch, 100)
    quad = ox.Quad(ox.NamedNode("http://example.org/s"), ox.NamedNode("http://example.org/p"),
                   ox.Literal("x" * 1000), ox.NamedNode("http://example.org/g"))
    with pytest.raises(OSError) as caught:
        serialize.write([quad], out, ox.RdfFormat.N_QUADS)
    assert caught.value.errno == errno.ENOSPC and caught.value.filename == str(out)
    assert not out.exists() and leftovers(tmp_path) == []
