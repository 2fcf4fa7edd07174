"""`pip install -e .`, as the README shows it: the modules a build spends its time in are
compiled with mypyc (setup.py), and the package's type hints hold, since mypyc relies on them."""
from __future__ import annotations

import ast
import importlib
import importlib.machinery
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXTENSIONS = tuple(importlib.machinery.EXTENSION_SUFFIXES)


def compiled_modules() -> list[str]:
    """The modules setup.py compiles (its `COMPILED` list)."""
    tree = ast.parse((ROOT / "setup.py").read_text(encoding="utf-8"))
    return next(ast.literal_eval(node.value) for node in tree.body
                if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", None) == "COMPILED")


@pytest.mark.skipif(bool(os.environ.get("SPACEGRAPH_PURE")), reason="installed as pure Python on purpose")
@pytest.mark.parametrize("name", compiled_modules())
def test_the_hot_modules_run_compiled(name):
    module = importlib.import_module(f"spacegraph.{name}")
    assert module.__file__.endswith(EXTENSIONS), (
        f"spacegraph.{name} is pure Python: the install could not compile it "
        "(`pip install -v -e .` says why; it needs a C compiler and Python's headers), "
        "or it was installed with SPACEGRAPH_PURE=1 (set it for the tests too)")


@pytest.mark.parametrize("name", compiled_modules())
def test_a_compiled_module_is_not_older_than_its_source(name):
    """In a checkout, an edit to a compiled module takes effect only once it is compiled
    again: this fails until it is."""
    module = importlib.import_module(f"spacegraph.{name}")
    source = ROOT / "src" / "spacegraph" / f"{name}.py"
    if not module.__file__.endswith(EXTENSIONS) or Path(module.__file__).parent != source.parent:
        pytest.skip("not compiled in this checkout")
    assert Path(module.__file__).stat().st_mtime >= source.stat().st_mtime, (
        f"{source.name} changed since it was compiled: run `pip install -e .` again "
        "(or install with SPACEGRAPH_PURE=1 while you edit it)")


def test_no_module_is_left_compiled_from_an_earlier_list():
    """A module taken off setup.py's list keeps its old compiled file in a checkout, and
    that file, not the source, is what Python imports."""
    folder = ROOT / "src" / "spacegraph"
    compiled = {path.name.split(".")[0] for suffix in EXTENSIONS for path in folder.glob(f"*{suffix}")}
    left = sorted(compiled - set(compiled_modules()))
    assert not left, f"compiled files left from an earlier install hide the source of {left}: delete them"


def test_without_a_c_compiler_spacegraph_installs_as_pure_python(tmp_path):
    # a copy of the sources: a failed compile also clears the checkout's compiled files
    source = tmp_path / "spacegraph"
    shutil.copytree(ROOT / "src", source / "src", ignore=shutil.ignore_patterns("*.so", "*.egg-info", "__pycache__"))
    for name in ("pyproject.toml", "setup.py", "README.md"):
        shutil.copy(ROOT / name, source / name)
    env = {**{k: v for k, v in os.environ.items() if k != "SPACEGRAPH_PURE"}, "CC": "false"}
    out = subprocess.run([sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "--no-build-isolation",
                          "-w", str(tmp_path), "-v"], env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "spacegraph: installing as pure Python (compiling failed" in out.stdout + out.stderr
    names = zipfile.ZipFile(next(tmp_path.glob("*.whl"))).namelist()
    assert "spacegraph/relations.py" in names and not any(n.endswith(".so") for n in names)


def test_mypy_finds_no_type_errors():
    out = subprocess.run([sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "Success: no issues found" in out.stdout
