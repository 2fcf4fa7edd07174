"""Determinism: the same inputs give byte-identical files, whatever PYTHONHASHSEED and
whatever order the files are found or given in (they are read in the order of their paths)."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import SAMPLE, run, spacegraph

ARTICLES = {
    "b-nasa.txt": "NASA and JAXA signed an agreement on lunar exploration on Friday.\n"
                  "NASA Administrator Bill Nelson and JAXA President Hiroshi Yamakawa signed it.\n",
    "a-esa.md": "# ESA and ISRO\n\nThe European Space Agency and ISRO signed a memorandum of understanding "
                "on astronaut training.\nESA Director General Josef Aschbacher said the Gaganyaan mission "
                "will fly in 2025.\n",
    "c-feed.jsonl": "\n".join(json.dumps(r) for r in [
        {"text": "ISRO and CNES signed an agreement on Earth observation.", "title": "ISRO and CNES",
         "published": "2024-06-01"},
        {"text": "Axiom Space and NASA agreed that the Axiom-4 crew will visit the International Space Station.",
         "url": "https://example.org/ax4"},
    ]) + "\n",
}


def make_folder(folder: Path, reverse: bool = False) -> Path:
    """The articles, created in one order or the other (folders list files in any order)."""
    folder.mkdir(parents=True, exist_ok=True)
    items = [("sample.txt", SAMPLE.read_text(encoding="utf-8")), *ARTICLES.items()]
    for name, text in (reversed(items) if reverse else items):
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def news(tmp_path_factory) -> Path:
    return make_folder(tmp_path_factory.mktemp("det") / "news")


@pytest.mark.parametrize("suffix", [".nq", ".jsonld", ".ttl"])
def test_same_bytes_whatever_the_hash_seed(news, suffix):
    outs = []
    seeds = ["0", "4242"] if suffix != ".nq" else ["0", "4242", "random"]
    for seed in seeds:
        out = news.parent / f"seed-{seed}{suffix}"
        run = spacegraph("build", "news", "-o", out.name, env={"PYTHONHASHSEED": seed}, cwd=news.parent)
        assert run.code == 0, run.stderr
        outs.append(out.read_bytes())
    assert len(outs[0]) > 1000
    assert all(o == outs[0] for o in outs[1:])


def test_same_bytes_whatever_the_order_on_the_command_line(news, tmp_path):
    files = sorted(str(p) for p in news.iterdir())
    a, b, c = tmp_path / "a.trig", tmp_path / "b.trig", tmp_path / "c.trig"
    assert run("build", *files, "-o", a).code == 0
    assert run("build", *reversed(files), "-o", b).code == 0
    assert run("build", str(news), files[1], files[0], "-o", c).code == 0  # a file given twice counts once
    assert a.read_bytes() == b.read_bytes() == c.read_bytes()


def test_same_bytes_whatever_order_the_files_were_created_in(tmp_path):
    outs = []
    for reverse in (False, True):
        folder = make_folder(tmp_path / "news", reverse)
        out = tmp_path / f"out-{reverse}.nt"
        assert run("build", folder, "-o", out).code == 0
        outs.append(out.read_bytes())
        shutil.rmtree(folder)
    assert outs[0] == outs[1]


def test_skipped_articles_are_reported_in_path_order(tmp_path):
    folder = make_folder(tmp_path / "news")
    for name in ("z-empty.txt", "m-empty.txt", "0-empty.md"):
        (folder / name).write_text("", encoding="utf-8")
    result = run("build", str(folder / "z-empty.txt"), str(folder), "-o", tmp_path / "g.ttl")
    assert result.code == 0
    reported = [line.split(": ")[1] for line in result.stderr.splitlines() if "empty file" in line]
    assert reported == [str(folder / n) for n in ("0-empty.md", "m-empty.txt", "z-empty.txt")]


def test_an_agreement_label_does_not_depend_on_the_hash_seed(tmp_path):
    """A party with two names as short ("TASA", "NSPO") names the agreement the same in every process."""
    text = ("TAIPEI - The Taiwan Space Agency (TASA), formerly the National Space Organization (NSPO), "
            "and the Japan Aerospace Exploration Agency signed an agreement on satellite data on Monday.\n")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    outputs = set()
    for seed in ("1", "2", "3", "4"):
        out = tmp_path / f"out-{seed}.nq"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-c", "from spacegraph.cli import main; main()", "build",
                        str(tmp_path / "a.txt"), "-o", str(out), "-q"], check=True, env=env)
        outputs.add(out.read_bytes())
    assert len(outputs) == 1
