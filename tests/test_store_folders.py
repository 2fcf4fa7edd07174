"""A store folder is checked before use (issue 16): a command that reads a store, or
changes one, given a missing folder, an empty one or a folder of other files says so in
one line, exits 1, and leaves the folder exactly as it was. Only `load` makes a store."""
from __future__ import annotations

from pathlib import Path

import pytest

from helpers import spacegraph

COMMANDS = [
    ["stats", "--store", "{dir}"],
    ["export", "--store", "{dir}", "--to", "graphml", "-o", "{out}/g.graphml"],
    ["validate", "--store", "{dir}"],
    ["view", "--store", "{dir}", "-o", "{out}/v.html"],
    ["dump", "--store", "{dir}", "-o", "{out}/d.nq"],
    ["update", "--store", "{dir}", "DELETE WHERE { GRAPH ?g { ?s ?p ?o } }"],
    ["remove", "--store", "{dir}", "sgr:article/x"],
    ["query", "--store", "{dir}", "ASK {}"],
]


def listing(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*")) if folder.exists() else ["(missing)"]


@pytest.mark.parametrize("kind,says", [("missing", "no such store directory"), ("empty", "no store here"),
                                       ("other", "not a store (the folder holds other files)")])
@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_a_folder_that_is_no_store(tmp_path, command, kind, says):
    folder = tmp_path / kind
    if kind != "missing":
        folder.mkdir()
    if kind == "other":
        (folder / "letter.txt").write_text("Dear ...")
        (folder / "notes").mkdir()
    out = tmp_path / "out"
    out.mkdir()
    before = listing(folder)
    r = spacegraph(*[a.replace("{dir}", str(folder)).replace("{out}", str(out)) for a in command])
    assert r.code == 1 and r.stderr == f"spacegraph: {folder}: {says}" + r.stderr.split(says, 1)[1], r.stderr
    assert r.stderr.count("\n") == 1 and "Traceback" not in r.stderr
    assert listing(folder) == before and listing(out) == []
