"""Shared pytest configuration and fixtures; helpers that are not fixtures are in helpers.py."""
from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

if importlib.util.find_spec("spacegraph") is None:  # run from a checkout that is not installed
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from helpers import TRIG, free_port, oxigraph_binary, stop, wait_for  # noqa: E402  (spacegraph importable first)


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "browser: runs a page in headless Chromium (skipped when no Chromium binary exists)")


@pytest.fixture
def trig_file(tmp_path) -> Path:
    path = tmp_path / "two.trig"
    path.write_text(TRIG, encoding="utf-8")
    return path


@pytest.fixture
def oxigraph_server(tmp_path):
    """A real `oxigraph serve` over a fresh directory; yields its base URL."""
    binary = oxigraph_binary()
    if not binary:
        pytest.skip("the oxigraph server binary is not installed (pip install oxigraph)")
    port = free_port()
    proc = subprocess.Popen([binary, "serve", "--location", str(tmp_path / "server-store"),
                             "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(f"{base}/query", proc, "oxigraph serve",
                 lambda: proc.stderr.read().decode(errors="replace") if proc.stderr else "")
        yield base
    finally:
        stop(proc, 10)
