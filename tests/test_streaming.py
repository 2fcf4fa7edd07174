"""Streaming builds: the two-step build writes the bytes the in-memory one did, `--jobs N`
writes the bytes of `--jobs 1`, and the progress bar shows only on a terminal."""
from __future__ import annotations

import io
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import COMMAND, SAMPLE, article, lines, run, spacegraph, write_corpus
from spacegraph import pipeline, serialize


@pytest.fixture(scope="module")
def news(tmp_path_factory) -> Path:
    folder = write_corpus(tmp_path_factory.mktemp("stream") / "news", 20)
    (folder / "article-00007-copy.txt").write_text(article(7)["text"], encoding="utf-8")
    (folder / "bad.txt").write_bytes(b"")
    return folder


@pytest.fixture(scope="module")
def extractions(news):
    items = pipeline.articles([str(news), str(SAMPLE)], on_error=lambda exc: None)
    exs = list(pipeline.extract(items))
    return exs + exs[:2]  # an article given twice is one graph


def test_the_corpus_is_seeded_and_realistic():
    assert article(3) == article(3)
    words = [len(article(i)["text"].split()) for i in range(20)]
    assert all(280 <= w <= 560 for w in words), words


@pytest.mark.parametrize("suffix", [".nq", ".trig", ".jsonld", ".ttl", ".nt"])
def test_streaming_writes_the_bytes_of_the_in_memory_build(extractions, suffix):
    fmt = serialize.format_for(f"graph{suffix}")
    before = io.BytesIO()
    serialize.write(pipeline.to_quads(extractions), before, fmt)
    now = io.BytesIO()
    with pipeline.Spill(run_size=500) as spill:  # sorted runs of 500 lines: the external merge runs
        for ex in extractions:
            spill.add(pipeline.render(ex))
        spill.write(now, fmt)
    assert len(before.getvalue()) > 10_000
    assert now.getvalue() == before.getvalue()
    if not fmt.supports_datasets:  # the union of the graphs' triples is merge-sorted
        assert spill.runs >= 3, spill.runs


@pytest.mark.parametrize("suffix", [".nq", ".ttl"])
def test_labels_go_in_their_places_when_one_iri_begins_another(suffix):
    """Step 2 puts each thing's labels where step 1 found their place: with IRIs such as
    `agency/isro` and `agency/isro-x`, the one that begins the other sorts after it."""
    from datetime import date

    from spacegraph.model import Article, Evidence, Extraction, Fact, Thing

    def extraction(name: str, labels: dict[str, str]) -> Extraction:
        article = Article(text=name, title=name, source=f"{name}.txt", published=date(2024, 5, 1))
        things = {f"agency/{key}": Thing("SpaceAgency", label, key, alt_labels={label.upper(), f"{label}!"},
                                         same_as={f"https://example.org/{key}"} if key.endswith("x") else set())
                  for key, label in labels.items()}
        ev = Evidence(name, 0, len(name))
        facts = [Fact(f"agency/{key}", "status", "active", ev, literal=True) for key in labels]
        return Extraction(article, things, facts)

    extractions = [extraction("a", {"isro": "Isro", "isro-x": "Isro X", "isro-": "Isro dash"}),
                   extraction("b", {"isro-x": "Isro Xtra", "isr": "Isr"})]
    fmt = serialize.format_for(f"graph{suffix}")
    before, now = io.BytesIO(), io.BytesIO()
    serialize.write(pipeline.to_quads(extractions), before, fmt)
    pipeline.write(extractions, now, fmt)
    assert b"Isro Xtra" in now.getvalue()
    assert now.getvalue() == before.getvalue()


def test_the_label_index_agrees_with_graph_labels(extractions):
    from spacegraph import graph

    index = pipeline.LabelIndex()
    for ex in extractions:
        index.add(pipeline.render(ex)[1])
        index.add((tid, bool(t.same_as), t.label, tuple(t.names())) for tid, t in ex.things.items() if t.local)
    expected = graph.labels(extractions)
    assert {tid: (b[2], index.names[tid] - {b[2]}) for tid, b in index.best.items()} == expected


@pytest.mark.parametrize("suffix", [".nq", ".ttl"])
def test_two_jobs_write_the_bytes_of_one(news, tmp_path, suffix):
    one, two = tmp_path / f"one{suffix}", tmp_path / f"two{suffix}"
    run1 = run("build", news, SAMPLE, "-o", one)
    run2 = run("build", news, SAMPLE, "-o", two, "--jobs", "2")
    assert run1.code == run2.code == 0
    assert one.read_bytes() == two.read_bytes()
    assert run1.stderr.replace(one.name, "OUT") == run2.stderr.replace(two.name, "OUT")
    assert "bad.txt: empty file" in run2.stderr and "built 22 article(s)" in run2.stderr


def test_extraction_failures_are_reported_in_order_with_two_jobs(news, tmp_path):
    wrapper = ("import sys\nfrom spacegraph import extract\nreal = extract.Extractor.__call__\n"
               "def call(self, article):\n    if article.source.endswith(('03.txt', '11.txt')):\n"
               "        raise IndexError('boom')\n    return real(self, article)\n"
               "extract.Extractor.__call__ = call\nfrom spacegraph.cli import main\nsys.argv[0] = 'spacegraph'\nmain()\n")
    outs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"j{jobs}.nq"
        run = subprocess.run([sys.executable, "-c", wrapper, "build", str(news), "-o", str(out), "-j", jobs],
                             capture_output=True, text=True, timeout=120)
        assert run.returncode == 0, run.stderr
        outs.append((out.read_bytes(), run.stderr.replace(out.name, "OUT")))
    assert outs[0] == outs[1]
    reported = lines(outs[0][1])
    assert [r.split("/")[-1].split(":")[0] for r in reported[:3]] == [
        "article-00003.txt", "article-00011.txt", "bad.txt"]


def test_strict_with_two_jobs_stops_at_the_bad_article(news, tmp_path):
    out = tmp_path / "g.nq"
    result = run("build", news, "--strict", "--jobs", "2", "-o", out)
    assert result.code == 1
    assert lines(result.stderr) == [f"spacegraph: {news / 'bad.txt'}: empty file"]
    assert not out.exists()


def test_no_progress_bar_when_stderr_is_not_a_terminal(news, tmp_path):
    run = spacegraph("build", str(news), "-o", str(tmp_path / "g.nq"))
    assert run.code == 0
    assert "extracting" not in run.stderr and "\r" not in run.stderr


def _on_a_terminal(*args: str) -> str:
    """stderr of `spacegraph ARGS` run with a pseudo-terminal as its stderr."""
    leader, follower = pty.openpty()
    proc = subprocess.Popen([*COMMAND, *args], stdout=subprocess.DEVNULL, stderr=follower,
                            env={**os.environ, "COLUMNS": "120"})
    os.close(follower)
    chunks = []
    while True:
        try:
            data = os.read(leader, 4096)
        except OSError:  # EIO: the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=120)
    os.close(leader)
    assert proc.returncode == 0
    return b"".join(chunks).decode("utf-8", "replace")


def test_a_progress_bar_on_a_terminal_and_none_with_quiet(news, tmp_path):
    shown = _on_a_terminal("build", str(news), "-o", str(tmp_path / "a.nq"))
    assert "extracting" in shown and "writing" in shown
    assert "21/21" in shown or "22/22" in shown  # the count (a file or a JSON line an article)
    quiet = _on_a_terminal("build", str(news), "-o", str(tmp_path / "b.nq"), "--quiet")
    assert quiet == ""
