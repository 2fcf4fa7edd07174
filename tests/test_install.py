"""`pip install -e .`, as the README shows it: pure Python, nothing compiled, so an edit
takes effect at once; and the package's type hints hold (mypy, as CI runs it)."""
from __future__ import annotations

import importlib.machinery
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "spacegraph"


def test_there_is_no_compile_step():
    assert not (ROOT / "setup.py").exists()
    assert "mypyc" not in (ROOT / "pyproject.toml").read_text(encoding="utf-8")


def test_no_compiled_module_hides_a_source():
    """A compiled file left beside a module (by an install of an older version) is what
    Python would import instead of the source."""
    left = sorted(p.name for suffix in importlib.machinery.EXTENSION_SUFFIXES
                  for p in PACKAGE.parent.rglob(f"*{suffix}"))
    assert not left, f"compiled files in the checkout hide their sources: delete them ({left})"


def test_the_wheel_is_pure_python(tmp_path):
    """A wheel built without a C compiler: Python and data files only, for any platform."""
    source = tmp_path / "spacegraph"
    shutil.copytree(ROOT / "src", source / "src", ignore=shutil.ignore_patterns("*.egg-info", "__pycache__"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    out = subprocess.run([sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "--no-build-isolation",
                          "-w", str(tmp_path)], env={**os.environ, "CC": "false"}, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr[-2000:]
    wheel = next(tmp_path.glob("*.whl"))
    assert wheel.name.endswith("-py3-none-any.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "spacegraph/cues/base.py" in names and "spacegraph/ontology/spacegraph.ttl" in names
    assert {"spacegraph/web/page.html", "spacegraph/web/app.js", "spacegraph/web/style.css"} <= set(names)
    assert not any(n.endswith((".so", ".pyd", ".c")) for n in names)


def test_mypy_finds_no_type_errors():
    out = subprocess.run([sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "Success: no issues found" in out.stdout
