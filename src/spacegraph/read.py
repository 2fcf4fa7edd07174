"""Read articles: plain text, Markdown, HTML and JSON Lines, from files, folders, globs or stdin."""
from __future__ import annotations

import glob
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

from .model import Article

TEXT = {".txt", ".text", ""}
MARKDOWN = {".md", ".markdown"}
HTML = {".html", ".htm", ".xhtml"}
JSONL = {".jsonl", ".ndjson"}
READABLE = TEXT | MARKDOWN | HTML | JSONL
IN_FOLDERS = {".txt"} | MARKDOWN | HTML | JSONL  # a folder's files without an extension are not articles
BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"PK\x03\x04", b"\x1f\x8b", b"GIF8", b"\xff\xd8\xff", b"\x7fELF")


class ReadError(ValueError):
    """An article that cannot be read; the message is one line a person can act on."""


def decode(data: bytes, name: str) -> str:
    """Text from bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if data.startswith(BINARY_MAGIC) or b"\x00" in data[:8192]:
        raise ReadError(f"{name}: binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            return data.decode("latin-1")


def _first_line_title(text: str, fallback: str) -> str:
    for line in text.splitlines():
        line = line.strip().lstrip("#").strip()
        if line:
            return line if len(line) <= 200 else fallback
    return fallback


def markdown_to_text(md: str) -> str:
    """Plain text of Markdown, so patterns see words, not markup."""
    text = re.sub(r"^```.*?^```[^\n]*$", "", md, flags=re.M | re.S)
    text = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"^\s{0,3}#{1,6}\s*", "", text, flags=re.M)
    text = re.sub(r"^\s{0,3}>\s?", "", text, flags=re.M)
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    text = re.sub(r"(?<![\w*])[*_](?=\S)(.+?)(?<=\S)[*_](?![\w*])", r"\1", text)
    text = re.sub(r"`([^`]*)`", r"\1", text)
    text = re.sub(r"<[^>\n]+>", "", text)
    return text


def html_to_article(html: str, source: str) -> Article:
    """Main text and metadata of a web page, by trafilatura."""
    import trafilatura

    body = trafilatura.extract(html, include_comments=False, include_tables=False,
                               favor_precision=True, deduplicate=False) or ""
    meta = trafilatura.extract_metadata(html)
    title = (meta.title if meta and meta.title else "") or _first_line_title(body, Path(source).stem)
    if not body.strip():
        raise ReadError(f"{source}: no article text found in the HTML page")
    if title and not body.lstrip().startswith(title):
        body = f"{title}\n\n{body}"
    published = _date(meta.date) if meta and meta.date else None
    url = meta.url if meta and meta.url else None
    return Article(text=body, title=title, source=source, url=url, published=published)


def _date(value: str) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def read_bytes(data: bytes, source: str, suffix: str) -> Iterator[Article]:
    """Articles in one file's bytes (a JSON Lines file holds many)."""
    text = decode(data, source)
    if suffix in JSONL:
        yield from _jsonl(text, source)
        return
    if not text.strip():
        raise ReadError(f"{source}: empty file")
    if suffix in HTML or (suffix in TEXT and re.match(r"\s*(<!doctype html|<html)", text, re.I)):
        yield html_to_article(text, source)
        return
    if suffix in MARKDOWN:
        text = markdown_to_text(text)
    yield Article(text=text, title=_first_line_title(text, Path(source).stem), source=source)


def _jsonl(text: str, source: str) -> Iterator[Article]:
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            body = record["text"]
        except (json.JSONDecodeError, KeyError, TypeError):
            raise ReadError(f"{source}:{number}: not a JSON object with a \"text\" field") from None
        if not isinstance(body, str) or not body.strip():
            raise ReadError(f"{source}:{number}: empty \"text\"")
        name = f"{source}#{number}"
        yield Article(text=body, title=record.get("title") or _first_line_title(body, name),
                      source=record.get("url") or name, url=record.get("url"),
                      published=_date(record["published"]) if record.get("published") else None)


def expand(inputs: list[str]) -> Iterator[Path | str]:
    """Files named by the inputs: folders recursively by extension, globs, "-" for stdin."""
    for item in inputs:
        if item == "-":
            yield item
            continue
        path = Path(item)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in IN_FOLDERS)
        elif not path.exists() and not path.is_symlink() and glob.has_magic(item):
            matches = sorted(Path(p) for p in glob.glob(item, recursive=True) if Path(p).is_file())
            if not matches:
                raise ReadError(f"{item}: no file matches")
            yield from matches
        else:
            yield path


def read_path(path: Path | str) -> Iterator[Article]:
    """Articles of one file, or of stdin for "-"."""
    if path == "-":
        yield from read_bytes(sys.stdin.buffer.read(), "-", ".txt")
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
        raise ReadError(f"{name}: unknown extension '{suffix}' (read: .txt .md .html .jsonl)")
    try:
        data = path.read_bytes()
    except PermissionError:
        raise ReadError(f"{name}: permission denied") from None
    except OSError as exc:
        raise ReadError(f"{name}: cannot read ({exc.strerror})") from None
    yield from read_bytes(data, name, suffix)


def with_metadata(article: Article, title: str | None = None, url: str | None = None,
                  published: date | None = None) -> Article:
    """The article with what the user said about it taking precedence."""
    return replace(article, title=title or article.title, url=url or article.url,
                   published=published or article.published)
