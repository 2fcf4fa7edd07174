"""Bad input: one line on stderr (`spacegraph: <path>: <what>`), exit 1, never a traceback;
in a folder or a batch, a bad article is reported and skipped and the rest are built."""
from __future__ import annotations

import json
import os
import pathlib
import shutil
import sys
import time
import zipfile
from pathlib import Path

import pytest
import rdflib
from rdflib.namespace import DCTERMS, RDF

from spacegraph.vocab import SG

from helpers import GOOD, lines, no_traceback, run
from helpers import spacegraph as spacegraph_cli


def only_line(run) -> str:
    no_traceback(run)
    assert run.code == 1, (run.code, run.stderr)
    got = lines(run.stderr)
    assert len(got) == 1, run.stderr
    assert got[0].startswith("spacegraph: "), got
    return got[0]


def titles(path: Path) -> set[str]:
    g = rdflib.Graph().parse(path)
    return {str(g.value(a, DCTERMS.title)) for a in g.subjects(RDF.type, SG.Article)}


def texts(path: Path) -> str:
    """Every literal in the graph, joined: what the articles were read as."""
    g = rdflib.Graph().parse(path)
    return "\n".join(str(o) for o in g.objects() if isinstance(o, rdflib.Literal))


# --- one bad input: one line, exit 1, nothing written ---------------------------------------

def _zip(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("a.txt", GOOD)


BAD = {
    "missing": (lambda p: None, "no such file"),
    "empty": (lambda p: p.write_bytes(b""), "empty file"),
    "whitespace": (lambda p: p.write_bytes(b" \n\t\r\n  \n"), "empty file"),
    "pdf": (lambda p: p.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"), "binary file, not text"),
    "png": (lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))), "binary file, not text"),
    "zip": (_zip, "binary file, not text"),
    "random bytes": (lambda p: p.write_bytes(bytes((i * 7919 + 13) % 256 for i in range(4000))), "binary file, not text"),
    "broken link": (lambda p: p.symlink_to(p.parent / "nowhere.txt"), "broken symbolic link"),
}


@pytest.mark.parametrize("case", BAD)
def test_a_bad_file_is_one_line_and_exit_1(tmp_path, case):
    make, what = BAD[case]
    path = tmp_path / "article.txt"
    make(path)
    out = tmp_path / "graph.ttl"
    line = only_line(run("build", path, "-o", out))
    assert line == f"spacegraph: {path}: {what}"
    assert not out.exists()


def test_unknown_extension_says_what_is_read(tmp_path):
    for name in ("report.pdf", "notes.docx"):
        path = tmp_path / name
        path.write_text(GOOD, encoding="utf-8")
        line = only_line(run("build", path))
        assert line.startswith(f"spacegraph: {path}: unknown extension '{path.suffix}'")
        assert ".txt .md .html .jsonl" in line


def test_output_that_is_a_folder_or_in_no_folder_fails_before_reading(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    folder = tmp_path / "out"
    folder.mkdir()
    assert only_line(run("build", tmp_path / "a.txt", "-o", folder)).startswith(f"spacegraph: {folder}: is a directory")
    missing = tmp_path / "nope" / "g.ttl"
    assert only_line(run("build", tmp_path / "a.txt", "-o", missing)) == \
        f"spacegraph: {missing}: no such folder {missing.parent}"
    assert list(folder.iterdir()) == [] and not missing.parent.exists()


def test_an_empty_folder_says_so(tmp_path):
    line = only_line(run("build", tmp_path))
    assert line.startswith(f"spacegraph: {tmp_path}: no article files (")


def test_unreadable_file(tmp_path, monkeypatch):
    path = tmp_path / "secret.txt"
    path.write_text(GOOD, encoding="utf-8")
    path.chmod(0)
    if os.access(path, os.R_OK):  # root reads anything: make the read fail as it would for a user
        real_open = pathlib.Path.open

        def deny(self, *args, **kwargs):
            if self.name == "secret.txt":
                raise PermissionError(13, "Permission denied", str(self))
            return real_open(self, *args, **kwargs)

        monkeypatch.setattr(pathlib.Path, "open", deny)
    try:
        assert only_line(run("build", path)) == f"spacegraph: {path}: permission denied"
    finally:
        path.chmod(0o644)


# --- text in other encodings is read, not rejected -------------------------------------------

TEXT = "ISRO and ESA signed an agreement in Zürich; the café’s “Director General” said: déjà vu — 5 €."


@pytest.mark.parametrize("encoding,expected", [
    ("latin-1", TEXT.replace("’", "'").replace("“", '"').replace("”", '"').replace("—", "-").replace("€", "EUR")),
    ("cp1252", TEXT),
    ("utf-16", TEXT),  # Python writes the byte order mark
    ("utf-8-sig", TEXT),
    ("utf-16-le", TEXT),  # no byte order mark: told by its zero bytes
])
def test_other_encodings_come_out_right(tmp_path, encoding, expected):
    path = tmp_path / "a.txt"
    path.write_bytes((expected + "\n").encode(encoding))
    out = tmp_path / "g.ttl"
    result = run("build", path, "-o", out)
    assert result.code == 0, result.stderr
    assert titles(out) == {expected}


def test_control_characters_are_removed_and_a_stray_zero_byte_is_not_binary(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"ISRO\x00 and ESA\x07 signed\x1b an agreement.\x0cNASA and JAXA signed\x7f an agreement.\n")
    out = tmp_path / "g.nt"
    result = run("build", path, "-o", out)
    assert result.code == 0, result.stderr
    assert titles(out) == {"ISRO and ESA signed an agreement."}
    assert "NASA and JAXA signed an agreement." in texts(out).split("\n")  # the form feed: a line break


def test_html_full_of_scripts_gives_its_text_and_no_script(tmp_path):
    script = "<script>var s = 'NASA and JAXA signed a SECRET pact'; document.write(s);</script>"
    page = ("<!doctype html><html><head><title>Space pact</title>" + script * 20 +
            "<style>p { color: red } /* STYLESHEET */</style></head><body>" + script +
            "<nav>Home | NAVIGATION</nav><article><h1>Space pact</h1>"
            "<p>ISRO and ESA signed an agreement on human spaceflight in Paris on Saturday.</p>"
            "<p>The agreement covers astronaut training and access to the International Space Station.</p>"
            + script + "</article><noscript>NOSCRIPT</noscript></body></html>")
    (tmp_path / "a.html").write_text(page, encoding="utf-8")
    out = tmp_path / "g.ttl"
    assert run("build", tmp_path / "a.html", "-o", out).code == 0
    text = texts(out)
    assert "ISRO and ESA signed an agreement" in text
    for hidden in ("SECRET", "document.write", "STYLESHEET", "color: red", "NOSCRIPT"):
        assert hidden not in text


def test_html_without_trafilatura_is_still_read(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import fails
    page = ("<html><head><title>Space pact</title><script>alert('SECRET')</script></head><body>"
            "<p>ISRO and ESA signed an agreement on human spaceflight.</p></body></html>")
    (tmp_path / "a.html").write_text(page, encoding="utf-8")
    out = tmp_path / "g.ttl"
    assert run("build", tmp_path / "a.html", "-o", out).code == 0
    assert titles(out) == {"Space pact"}
    assert "SECRET" not in texts(out) and "ISRO and ESA signed" in texts(out)


# --- size: files over --max-bytes, endless lines ------------------------------------------

def test_a_50_mb_file_is_refused_by_size_without_being_read(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    started = time.perf_counter()
    line = only_line(run("build", big))
    assert time.perf_counter() - started < 10
    assert line == (f"spacegraph: {big}: 52,428,800 bytes, more than the limit of 20,971,520 "
                    "(see --max-bytes)")


def test_max_bytes_skips_the_large_file_and_builds_the_rest(tmp_path):
    (tmp_path / "small.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "large.txt").write_text(GOOD * 20, encoding="utf-8")
    out = tmp_path / "g.ttl"
    result = run("build", tmp_path / "small.txt", tmp_path / "large.txt", "--max-bytes", "1000", "-o", out)
    assert result.code == 0
    assert f"spacegraph: {tmp_path / 'large.txt'}: " in result.stderr and "--max-bytes" in result.stderr
    assert len(titles(out)) == 1


def test_standard_input_over_max_bytes(tmp_path):
    result = run("build", "-", "--max-bytes", "100", input=GOOD * 3)
    assert only_line(result) == "spacegraph: -: more than 100 bytes on standard input (see --max-bytes)"


def test_a_5_mb_line_is_refused_quickly(tmp_path):
    path = tmp_path / "oneline.txt"
    path.write_text("ISRO and ESA signed an agreement " * 160_000, encoding="utf-8")  # 5.3 MB, no line break
    started = time.perf_counter()
    line = only_line(run("build", path))
    assert time.perf_counter() - started < 10
    assert line == f"spacegraph: {path}: line 1 has 5,280,000 characters (at most 100,000); not article text"


def test_a_long_line_without_a_sentence_end_is_built_quickly(tmp_path):
    # 99,000 characters, no full stop and no line break: broken into sentences as read
    words = "ISRO and ESA signed an agreement with NASA on astronaut training in Paris on Saturday"
    text = (words + " ") * (99_000 // (len(words) + 1))
    path = tmp_path / "oneline.txt"
    path.write_text(text, encoding="utf-8")
    out = tmp_path / "g.nt"
    started = time.perf_counter()
    result = run("build", path, "-o", out)
    elapsed = time.perf_counter() - started
    assert result.code == 0, result.stderr
    assert elapsed < 20, f"{elapsed:.1f} s"
    g = rdflib.Graph().parse(out)
    sentences = [str(o) for o in g.objects(None, SG.sourceSentence)]
    assert sentences and max(map(len, sentences)) <= 1000


# --- a batch: report, skip, build the rest; --strict fails ---------------------------------

def make_batch(folder: Path) -> dict[str, str]:
    """Two good articles and one of each kind of bad one; returns bad name -> reason."""
    folder.mkdir()
    (folder / "good1.txt").write_text(GOOD, encoding="utf-8")
    (folder / "sub").mkdir()
    (folder / "sub" / "good2.md").write_text("# NASA and JAXA\n\nNASA and JAXA signed an agreement on lunar "
                                             "exploration.\n", encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "scan.txt").write_bytes(b"%PDF-1.4\n" + bytes(range(256)))
    (folder / "dangling.md").symlink_to(folder / "gone.md")
    (folder / "feed.jsonl").write_text('{"text": "ESA and CNES signed an agreement."}\nnot json\n'
                                       '{"title": "no text"}\n', encoding="utf-8")
    (folder / "picture.png").write_bytes(b"\x89PNG\r\n")  # not an article extension: not looked at
    (folder / ".hidden.txt").write_text("hidden", encoding="utf-8")  # hidden: not looked at
    return {"empty.txt": "empty file", "scan.txt": "binary file, not text",
            "dangling.md": "broken symbolic link",
            "feed.jsonl:2": 'not a JSON object with a "text" field',
            "feed.jsonl:3": 'not a JSON object with a "text" field'}


def test_a_folder_with_bad_articles_builds_the_good_ones_and_says_what_was_skipped(tmp_path):
    folder = tmp_path / "news"
    bad = make_batch(folder)
    out = tmp_path / "g.ttl"
    result = run("build", folder, tmp_path / "missing.txt", "-o", out)
    no_traceback(result)
    assert result.code == 0, result.stderr
    assert len(titles(out)) == 3  # good1, good2 and the good line of feed.jsonl
    reported = lines(result.stderr)
    for name, reason in bad.items():
        assert f"spacegraph: {folder / name}: {reason}" in reported, result.stderr
    assert f"spacegraph: {tmp_path / 'missing.txt'}: no such file" in reported
    assert reported[-1] == f"spacegraph: built 3 article(s); skipped 6 (listed above); wrote {out}"
    assert "picture.png" not in result.stderr and "hidden" not in result.stderr


def test_quiet_prints_no_summary(tmp_path):
    folder = tmp_path / "news"
    make_batch(folder)
    result = run("build", folder, "-q", "-o", tmp_path / "g.ttl")
    assert result.code == 0 and result.stderr == ""


def test_strict_fails_on_the_first_bad_article_and_writes_nothing(tmp_path):
    folder = tmp_path / "news"
    make_batch(folder)
    out = tmp_path / "g.ttl"
    out.write_text("previous\n", encoding="utf-8")
    result = run("build", folder, "--strict", "-o", out)
    line = only_line(result)
    assert line == f"spacegraph: {folder / 'dangling.md'}: broken symbolic link"  # first by path
    assert out.read_text(encoding="utf-8") == "previous\n"


def test_when_nothing_can_be_read_each_reason_is_given(tmp_path):
    (tmp_path / "a.txt").write_text("", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x89PNG\r\n\x1a\n")
    result = run("build", tmp_path / "a.txt", tmp_path / "b.txt", "-o", tmp_path / "g.ttl")
    no_traceback(result)
    assert result.code == 1
    assert lines(result.stderr) == [f"spacegraph: {tmp_path / 'a.txt'}: empty file",
                                 f"spacegraph: {tmp_path / 'b.txt'}: binary file, not text",
                                 "spacegraph: no article could be read"]
    assert not (tmp_path / "g.ttl").exists()


def test_json_lines_with_wrong_types_are_skipped_line_by_line(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"text": "ISRO and ESA signed an agreement.", "title": 7}\n'
                    '{"text": ["not", "a", "string"]}\n'
                    '{"text": "NASA and JAXA signed an agreement.", "url": "https://example.org/a\\u0000"}\n',
                    encoding="utf-8")
    out = tmp_path / "g.ttl"
    result = run("build", feed, "-o", out)
    assert result.code == 0, result.stderr
    assert f'spacegraph: {feed}:1: "title" is not a string' in lines(result.stderr)
    assert f'spacegraph: {feed}:2: "text" is not a string' in lines(result.stderr)
    assert titles(out) == {"NASA and JAXA signed an agreement."}


def test_an_article_extraction_fails_on_is_reported_and_the_rest_are_built(tmp_path, monkeypatch):
    from spacegraph import extract

    real = extract.Extractor.__call__

    def flaky(self, article):
        if "boom" in article.text:
            raise IndexError("list index out of range")
        return real(self, article)

    monkeypatch.setattr(extract.Extractor, "__call__", flaky)
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_text("ISRO boom.\n", encoding="utf-8")
    out = tmp_path / "g.ttl"
    result = run("build", tmp_path / "a.txt", tmp_path / "b.txt", "-o", out)
    assert result.code == 0
    assert (f"spacegraph: {tmp_path / 'b.txt'}: extraction failed (IndexError: list index out of range); "
            "please report this bug") in lines(result.stderr)
    assert len(titles(out)) == 1


# --- a data file an expert edited and broke: one line naming it, for every article --------

def _append(line: str):
    return lambda text: text + line + "\n"


def _drop_key(key: str):
    def edit(text: str) -> str:
        data = json.loads(text)
        del data[key]
        return json.dumps(data)
    return edit


BROKEN_DATA = {
    "unclosed string": ("gazetteer.jsonl", _append('{"id": "org/x", "class": "SpaceAgency", "label": "X'),
                        "gazetteer.jsonl, line {n}: Unterminated string starting at (column 50)"),
    "entry without a key": ("gazetteer.jsonl", _append('{"id": "org/x", "class": "SpaceAgency"}'),
                            "gazetteer.jsonl, line {n}: no 'label'"),
    "rule without a pattern": ("rules.jsonl", _append('{"rule": "x", "reads": "a verb"}'),
                               "rules.jsonl, line {n}: no 'pattern', 'facts'"),
    "lexicon list removed": ("lexicon.json", _drop_key("crew_roles"),
                             "(KeyError: 'crew_roles'); a data file is malformed"),
}


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize("case", BROKEN_DATA)
def test_a_broken_data_file_stops_the_build_with_one_line_naming_it(tmp_path, case, jobs):
    import spacegraph

    name, edit, message = BROKEN_DATA[case]
    package = tmp_path / "site" / "spacegraph"
    shutil.copytree(Path(spacegraph.__file__).parent, package, ignore=shutil.ignore_patterns("__pycache__"))
    data = package / "data" / name
    data.write_text(edit(data.read_text(encoding="utf-8")), encoding="utf-8")
    n = len(data.read_text(encoding="utf-8").splitlines())
    for i in range(3):
        (tmp_path / f"a{i}.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "g.ttl"
    result = spacegraph_cli("build", "--jobs", jobs, *sorted(tmp_path.glob("a*.txt")), "-o", out,
                            env={"PYTHONPATH": str(tmp_path / "site")}, timeout=60)
    line = only_line(result)
    assert line.startswith("spacegraph: cannot build the extractor"), line
    assert line.endswith(message.format(n=n)), line
    assert str(data) in line or "KeyError" in line, line
    assert not out.exists()
