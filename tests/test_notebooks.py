"""The notebooks run top to bottom without an error and without the network, and are
committed without outputs."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")
pytest.importorskip("matplotlib")

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
PATHS = sorted(NOTEBOOKS.glob("*.ipynb"))

# Run first in the kernel: any connection that is not to this machine fails. (The kernel
# talks to nbclient through ZeroMQ, which does not use Python's socket module.)
NO_NETWORK = '''\
import socket as _socket

_LOCAL = {"localhost", "127.0.0.1", "::1", "0.0.0.0", ""}
_connect, _getaddrinfo = _socket.socket.connect, _socket.getaddrinfo


def _host(address):
    return address[0] if isinstance(address, tuple) else None


def _guarded_connect(self, address, *args):
    host = _host(address)
    if host is not None and host not in _LOCAL:
        raise OSError(f"network access in a notebook test: {address!r}")
    return _connect(self, address, *args)


def _guarded_getaddrinfo(host, *args, **kwargs):
    if host not in _LOCAL and host is not None:
        raise OSError(f"network access in a notebook test: {host!r}")
    return _getaddrinfo(host, *args, **kwargs)


_socket.socket.connect = _guarded_connect
_socket.getaddrinfo = _guarded_getaddrinfo
'''


def test_there_are_notebooks():
    assert [p.name for p in PATHS] == ["01-quickstart.ipynb", "02-analysis.ipynb"]


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.stem)
def test_committed_without_outputs(path):
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, cell.source[:60]


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.stem)
def test_runs_top_to_bottom(path, tmp_path):
    nb = nbformat.read(path, as_version=4)
    nb.cells.insert(0, nbformat.v4.new_code_cell(NO_NETWORK))
    client = nbclient.NotebookClient(nb, timeout=300, kernel_name="python3",
                                     resources={"metadata": {"path": str(NOTEBOOKS)}})
    # The notebooks write into tempfile.mkdtemp(): keep that under pytest's tmp_path.
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    client.execute(env=env)  # raises CellExecutionError on the first failing cell
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert not errors
    shown = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs
             if o.output_type in ("display_data", "execute_result")]
    assert shown, "the notebook shows something (a view, a plot)"
    assert any(p.name.startswith("spacegraph-") for p in tmp_path.iterdir())
