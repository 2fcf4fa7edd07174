"""Read articles: plain text, Markdown, HTML and JSON Lines, from files, folders, globs or stdin.

Whatever a file holds, reading it either gives articles or raises `ReadError` with one
line a person can act on (`<path>: <what>`); it never raises anything else for bad input:

- text is decoded as UTF-8 (with or without BOM), UTF-16 (with BOM, or plainly UTF-16 by
  its zero bytes), else Windows-1252 (a superset of Latin-1 for text);
- binary files (PDF, images, archives, executables, or text that is mostly control
  characters) are refused, and so are files over `MAX_BYTES` and lines over `MAX_LINE`;
- the text is cleaned by `clean()`: control characters (but tab and line breaks), Unicode
  noncharacters, lone surrogates and stray byte order marks are removed (no article needs
  them; Raptor refuses noncharacters even escaped, and a lone surrogate cannot be
  encoded at all); form feeds and Unicode line separators become line breaks; and a run
  of more than `LONG_SENTENCE` characters with no sentence end is broken at a space (the
  space becomes a line break), so one endless "sentence" cannot make extraction slow.
  Offsets in the graph count in the cleaned text.
"""
from __future__ import annotations

import glob
import json
import os
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from .model import Article

if TYPE_CHECKING:
    from trafilatura.settings import Document

MAX_BYTES = 20 * 1024 * 1024  # a file larger than this is refused (`--max-bytes`)
MAX_LINE = 100_000  # characters in one line of text: more is not an article
LONG_SENTENCE = 1_000  # characters without a sentence end before a line break is put in

TEXT = {".txt", ".text", ""}
MARKDOWN = {".md", ".markdown"}
HTML = {".html", ".htm", ".xhtml"}
JSONL = {".jsonl", ".ndjson"}
READABLE = TEXT | MARKDOWN | HTML | JSONL
IN_FOLDERS = {".txt"} | MARKDOWN | HTML | JSONL  # a folder's files without an extension are not articles
# Signatures of binary files that may not hold zero bytes early on (any other binary file
# is told by its zero bytes or control characters); none is how an article could begin.
BINARY_MAGIC = (b"%PDF-", b"\x89PNG", b"PK\x03\x04", b"\x1f\x8b", b"GIF87a", b"GIF89a", b"\xff\xd8\xff",
                b"\x7fELF", b"\xfd7zXZ", b"7z\xbc\xaf", b"Rar!\x1a", b"\xd0\xcf\x11\xe0", b"SQLite format 3\x00")
# Removed from text: C0 controls but tab and line breaks, DEL, C1 controls, lone surrogates, BOMs
# and Unicode noncharacters (U+FDD0..U+FDEF and the last two code points of every plane).
_UNWANTED = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufdd0-\ufdef\ufeff\ufffe\uffff]")
# the noncharacters of the other planes: a class of them is slow to search, so only
# texts with characters beyond the first plane are searched for them
_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")
_UNWANTED_ASTRAL = re.compile("[" + "".join(f"{chr(p * 0x10000 + 0xFFFE)}{chr(p * 0x10000 + 0xFFFF)}"
                                             for p in range(1, 17)) + "]")
_BREAKS = re.compile("[\x0b\x0c\x85\u2028\u2029]")  # line breaks other than \n (str.translate is slower)
_SENTENCE_END = re.compile(r"\n|[.!?](?=\s|$)")
_PLAIN = bytes([0x09, 0x0A, 0x0D, *range(0x20, 0x7F)])  # ASCII text as clean() keeps it: checked faster than searched


class ReadError(ValueError):
    """An article that cannot be read; the message is one line a person can act on."""


def decode(data: bytes, name: str) -> str:
    """Text from bytes: UTF-8 (with or without BOM), UTF-16, else Windows-1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _utf16(data, "utf-16", name)
    if data.startswith(BINARY_MAGIC):
        raise ReadError(f"{name}: binary file, not text")
    head = data[:8192]
    zeros = head.count(0)
    if zeros:
        even, odd = head[0::2].count(0), head[1::2].count(0)
        if odd > 0.3 * len(head) / 2 and even == 0:
            return _utf16(data, "utf-16-le", name)
        if even > 0.3 * len(head) / 2 and odd == 0:
            return _utf16(data, "utf-16-be", name)
        if zeros > max(2, len(head) // 100):  # a stray zero byte in text is cleaned away
            raise ReadError(f"{name}: binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Mostly UTF-8 with a few bad bytes stays UTF-8; anything else is a legacy code page.
        multibyte = len(re.findall(rb"[\xc2-\xf4][\x80-\xbf]+", data))
        text = data.decode("utf-8", "replace")
        if text.count("\ufffd") * 4 > multibyte:
            text = data.decode("cp1252", "replace").replace("\ufffd", "")  # 5 bytes cp1252 leaves undefined
    sample = text[:8192]
    controls = sum(1 for c in sample if (c < " " and c not in "\t\n\r\x0c") or "\x7f" <= c <= "\x9f")
    if controls > 0.1 * len(sample):
        raise ReadError(f"{name}: binary file, not text")
    return text


def _utf16(data: bytes, codec: str, name: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        raise ReadError(f"{name}: neither UTF-8 nor valid UTF-16 text") from None


def clean(text: str, name: str = "") -> str:
    """Text safe to extract from and to write in any RDF syntax (see the module's docstring).

    Raises `ReadError` when a line is longer than `MAX_LINE`.
    """
    if not (text.isascii() and not text.encode("ascii").translate(None, _PLAIN)):
        text = _UNWANTED.sub("", _BREAKS.sub("\n", text))
        if _ASTRAL.search(text):
            text = _UNWANTED_ASTRAL.sub("", text)
    if len(text) > MAX_LINE:
        for number, line in enumerate(text.split("\n"), 1):
            if len(line) > MAX_LINE:
                raise ReadError(f"{name}: line {number} has {len(line):,} characters (at most {MAX_LINE:,}); "
                                "not article text")
    if len(text) > LONG_SENTENCE:
        text = _break_long_runs(text)
    return text


def _break_long_runs(text: str) -> str:
    """Each stretch of more than `LONG_SENTENCE` characters between two sentence ends
    (a line break, or . ! ? before a space) broken at a space: in linear time."""
    if max(map(len, text.split("\n"))) < LONG_SENTENCE:
        return text  # most texts: no line that long
    ends = [*(m.end() for m in _SENTENCE_END.finditer(text)), len(text)]
    out, last = [], 0
    for end in ends:
        piece = text[last:end]
        out.append(_break_run(piece) if len(piece) > LONG_SENTENCE else piece)
        last = end
    return "".join(out)


def _break_run(run: str) -> str:
    """A line break at a space about every `LONG_SENTENCE` characters of a run."""
    out = []
    while len(run) > LONG_SENTENCE:
        cut = max(run.rfind(" ", LONG_SENTENCE // 2, LONG_SENTENCE), run.rfind("\t", LONG_SENTENCE // 2, LONG_SENTENCE))
        if cut < 0:
            cut = min((i for i in (run.find(" ", LONG_SENTENCE), run.find("\t", LONG_SENTENCE)) if i >= 0), default=-1)
            if cut < 0:
                break
        out += [run[:cut], "\n"]
        run = run[cut + 1:]
    out.append(run)
    return "".join(out)


def _first_line_title(text: str, fallback: str) -> str:
    for line in text.splitlines():
        line = line.strip().lstrip("#").strip()
        if line:
            return line if len(line) <= 200 else fallback
    return fallback


def markdown_to_text(md: str) -> str:
    """Plain text of Markdown, so patterns see words, not markup.

    Every pattern is bounded (a few hundred characters for one construct, within a line),
    so no text makes them slow.
    """
    text = re.sub(r"^```.*?^```[^\n]*$", "", md, flags=re.M | re.S)
    text = re.sub(r"!\[([^\]\n]{0,500})\]\([^)\n]{0,500}\)", r"\1", text)
    text = re.sub(r"\[([^\]\n]{1,500})\]\([^)\n]{0,500}\)", r"\1", text)
    text = re.sub(r"^[ \t]{0,3}#{1,6}[ \t]*", "", text, flags=re.M)
    text = re.sub(r"^[ \t]{0,3}>[ \t]?", "", text, flags=re.M)
    text = re.sub(r"(\*\*|__)([^\n]{1,200}?)\1", r"\2", text)
    text = re.sub(r"(?<![\w*])[*_](?=\S)([^\n]{1,200}?)(?<=\S)[*_](?![\w*])", r"\1", text)
    text = re.sub(r"`([^`\n]{0,500})`", r"\1", text)
    text = re.sub(r"<[^<>\n]{1,500}>", "", text)
    return text


def html_to_article(html: str, source: str) -> Article:
    """Main text and metadata of a web page, by trafilatura (by `html_text` if it fails)."""
    meta: Document | _Meta
    try:
        import trafilatura

        body = trafilatura.extract(html, include_comments=False, include_tables=False,
                                   favor_precision=True, deduplicate=False) or ""
        meta = trafilatura.extract_metadata(html)
    except Exception:  # noqa: BLE001 - a page trafilatura cannot take, or trafilatura not installed
        body, meta = html_text(html)
    body = clean(body, source)
    title = clean(" ".join((meta.title if meta and meta.title else "").split())) \
        or _first_line_title(body, Path(source).stem)
    if not body.strip():
        raise ReadError(f"{source}: no article text found in the HTML page")
    if title and not body.lstrip().startswith(title):
        body = f"{title}\n\n{body}"
    published = _date(meta.date) if meta and meta.date else None
    url = meta.url if meta and isinstance(meta.url, str) and meta.url.strip() else None
    return Article(text=body, title=title, source=source, url=url, published=published)


class _Meta:
    def __init__(self, title: str) -> None:
        self.title, self.date, self.url = title, None, None


def html_text(html: str) -> tuple[str, _Meta]:
    """The visible text of a page (no scripts, styles, navigation) and its title, by the
    standard library alone: the fallback when trafilatura cannot read a page."""
    from html.parser import HTMLParser

    skip = {"script", "style", "noscript", "template", "head", "nav", "footer", "aside", "svg", "form", "iframe"}
    blocks = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article",
              "blockquote", "pre", "header", "main", "dd", "dt", "figcaption"}

    class Parser(HTMLParser):
        parts: list[str]
        title: list[str]

        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.depth, self.parts, self.title, self.in_title = 0, [], [], False

        def handle_starttag(self, tag, attrs):
            if tag == "title":
                self.in_title = True
            elif tag in skip:
                self.depth += 1
            if tag in blocks:
                self.parts.append("\n")

        def handle_endtag(self, tag):
            if tag == "title":
                self.in_title = False
            elif tag in skip and self.depth:
                self.depth -= 1
            if tag in blocks:
                self.parts.append("\n")

        def handle_data(self, data):
            if self.in_title:
                self.title.append(data)
            elif not self.depth:
                self.parts.append(data)

    parser = Parser()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    text = "\n\n".join(line for line in lines if line)
    return text, _Meta(" ".join("".join(parser.title).split()))


def _date(value) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def read_bytes(data: bytes, source: str, suffix: str,
               on_error: Callable[[ReadError], None] | None = None) -> Iterator[Article]:
    """Articles in one file's bytes (a JSON Lines file holds many; a bad line of it is
    passed to `on_error` and skipped, or raised when there is no `on_error`)."""
    text = decode(data, source)
    if not text.strip():
        raise ReadError(f"{source}: empty file")
    if suffix in JSONL:
        yield from _jsonl(text, source, on_error)
        return
    if suffix in HTML or (suffix in TEXT and re.match(r"\s*(<!doctype html|<html)", text, re.I)):
        yield html_to_article(text, source)
        return
    text = clean(text, source)  # first, so no line is too long for the Markdown patterns
    if suffix in MARKDOWN:
        text = markdown_to_text(text)
    if not text.strip():
        raise ReadError(f"{source}: no text")
    yield Article(text=text, title=_first_line_title(text, Path(source).stem), source=source)


def _jsonl(text: str, source: str, on_error: Callable[[ReadError], None] | None) -> Iterator[Article]:
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            article = _record(line, f"{source}:{number}", f"{source}#{number}")
        except ReadError as exc:
            if on_error is None:
                raise
            on_error(exc)
            continue
        yield article


def _record(line: str, where: str, name: str) -> Article:
    try:
        record = json.loads(line)
        body = record["text"]
    except (json.JSONDecodeError, KeyError, TypeError, RecursionError):
        raise ReadError(f"{where}: not a JSON object with a \"text\" field") from None
    for key in ("text", "title", "url", "published"):
        if record.get(key) is not None and not isinstance(record[key], str):
            raise ReadError(f"{where}: \"{key}\" is not a string")
    body = clean(body, where)
    if not body.strip():
        raise ReadError(f"{where}: empty \"text\"")
    url = clean(record.get("url") or "").strip() or None
    title = " ".join(clean(record.get("title") or "").split())
    return Article(text=body, title=title or _first_line_title(body, name), source=url or name, url=url,
                   published=_date(record["published"]) if record.get("published") else None)


def expand(inputs: list[str], on_error: Callable[[ReadError], None] | None = None) -> list[Path | str]:
    """Files named by the inputs: folders recursively by extension (hidden files and
    folders left out), globs, "-" for stdin.

    Sorted by path and each file once, so the order the inputs are given in does not
    matter; an input that names nothing is passed to `on_error` (or raised).
    """
    found: dict[str, Path | str] = {}
    for item in inputs:
        try:
            for path in _expand_one(str(item)):
                found.setdefault("-" if path == "-" else os.path.normpath(os.path.abspath(path)), path)
        except ReadError as exc:
            if on_error is None:
                raise
            on_error(exc)
    return sorted(found.values(), key=lambda p: (p != "-", str(p)))


def _expand_one(item: str) -> Sequence[Path | str]:
    if item == "-":
        return [item]
    path = Path(item)
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.suffix.lower() in IN_FOLDERS
                       and not any(part.startswith(".") for part in p.relative_to(path).parts)
                       and (p.is_file() or (p.is_symlink() and not p.exists())))
        if not files:
            raise ReadError(f"{item}: no article files ({' '.join(sorted(IN_FOLDERS))}) in this folder")
        return files
    if not path.exists() and not path.is_symlink() and glob.has_magic(item):
        matches = sorted(Path(p) for p in glob.glob(item, recursive=True) if Path(p).is_file())
        if not matches:
            raise ReadError(f"{item}: no file matches")
        return matches
    return [path]


def read_path(path: Path | str, max_bytes: int = MAX_BYTES,
              on_error: Callable[[ReadError], None] | None = None) -> Iterator[Article]:
    """Articles of one file, or of stdin for "-"; larger than `max_bytes` is an error."""
    if path == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise ReadError(f"-: more than {max_bytes:,} bytes on standard input (see --max-bytes)")
        yield from read_bytes(data, "-", ".txt", on_error)
        return
    path = Path(path)
    name = str(path)
    if path.is_symlink() and not path.exists():
        raise ReadError(f"{name}: broken symbolic link")
    if not path.exists():
        raise ReadError(f"{name}: no such file")
    if path.is_dir():
        raise ReadError(f"{name}: is a directory, not a file")
    suffix = path.suffix.lower()
    if suffix not in READABLE:
        from . import formats

        if formats.for_path(path) is not None:
            raise ReadError(f"{name}: a graph file, not an article (spacegraph.open reads it; "
                            "`spacegraph build ARTICLES --into FILE` adds articles to it)")
        raise ReadError(f"{name}: unknown extension '{suffix}' (read: .txt .md .html .jsonl)")
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ReadError(f"{name}: {size:,} bytes, more than the limit of {max_bytes:,} (see --max-bytes)")
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)  # a device or pipe has no size to check first
    except PermissionError:
        raise ReadError(f"{name}: permission denied") from None
    except OSError as exc:
        raise ReadError(f"{name}: cannot read ({exc.strerror or exc})") from None
    if len(data) > max_bytes:
        raise ReadError(f"{name}: more than {max_bytes:,} bytes (see --max-bytes)")
    yield from read_bytes(data, name, suffix, on_error)


def with_metadata(article: Article, title: str | None = None, url: str | None = None,
                  published: date | None = None) -> Article:
    """The article with what the user said about it taking precedence."""
    if not (title or url or published):
        return article
    title = " ".join(clean(title).split()) if title else ""
    url = clean(url).strip() if url else ""
    return replace(article, title=title or article.title, url=url or article.url,
                   published=published or article.published)
