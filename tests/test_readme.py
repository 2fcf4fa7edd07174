"""Every command the README shows runs, in the order shown, and says something."""
from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def blocks(lang: str) -> list[str]:
    return re.findall(rf"```{lang}\n(.*?)```", README, re.S)


def commands() -> list[str]:
    """`spacegraph ...` commands of the sh blocks; `a && b` are several commands."""
    out = []
    for block in blocks("sh"):
        for line in block.splitlines():
            line = line.split("  #")[0].strip()
            out += [part.strip() for part in line.split("&&") if part.strip().startswith("spacegraph ")]
    return out


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("readme")
    shutil.copytree(ROOT / "examples", work / "examples")
    return work


def test_the_readme_shows_the_main_commands():
    shown = " ".join(commands())
    for command in ("build", "view", "query", "stats", "queries"):
        assert f"spacegraph {command}" in shown


def test_each_command_runs_and_prints_or_writes(workdir):
    spacegraph = Path(sys.executable).with_name("spacegraph")
    exe = str(spacegraph) if spacegraph.exists() else "spacegraph"
    for command in commands():
        before = {p.name: p.stat().st_mtime_ns for p in workdir.iterdir()}
        args = shlex.split(command)
        run = subprocess.run([exe, *args[1:]], cwd=workdir, capture_output=True, text=True, timeout=300)
        assert run.returncode == 0, f"{command}: {run.stderr}"
        after = {p.name: p.stat().st_mtime_ns for p in workdir.iterdir()}
        assert run.stdout.strip() or after != before, f"{command} printed and wrote nothing"
        if "--named agreements" in command:
            assert "Agreement between ISRO and ESA" in run.stdout
        if command.startswith("spacegraph view"):
            assert (workdir / args[args.index("-o") + 1]).read_text(encoding="utf-8").startswith("<!")


def test_the_python_example_runs(workdir):
    for block in blocks("python"):
        run = subprocess.run([sys.executable, "-c", block], cwd=workdir, capture_output=True, text=True, timeout=300)
        assert run.returncode == 0, run.stderr
        assert "Agreement" in run.stdout
