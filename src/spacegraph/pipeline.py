"""The build: articles in, quads out, one article at a time.

A build streams in two steps, so memory holds only what every article's graph must agree
on (for each thing its one label and its other names), whatever the number of articles:

1. extract: each article is read, extracted (in this process, or spread over `jobs`
   worker processes, each with its own `Extractor`) and rendered at once to its N-Quads
   lines, less the labels of its things; the lines go, compressed, to a spill file on
   disk, and the things' names to the label index (`LabelIndex`).
2. write: the articles' graphs are read back in the order of their names, each gets the
   labels the index chose, and the lines are written sorted, as `serialize.arrange` sorts
   quads: the output is byte-identical to serializing every quad at once (`to_quads`).

Things the article does not name (their ids hold the article's id, `Thing.local`) can
only occur in that article's graph: their labels are chosen there, in step 2, and never
take room in the index.
"""
from __future__ import annotations

import bisect
import collections
import contextlib
import functools
import gc
import heapq
import itertools
import pickle
import tempfile
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import BinaryIO, NamedTuple

import lz4.block
import pyoxigraph as ox

from . import formats, graph, read, serialize
from .model import Article, Extraction

class ExtractError(read.ReadError):
    """Extraction failed on one article (a bug in spacegraph, not in the article)."""


class SetupError(RuntimeError):
    """The extractor cannot be built (a data file it reads is malformed): every article
    would fail, so the build stops, where one article's `ExtractError` skips that article."""


def articles(inputs: Iterable[str], *, title: str | None = None, url: str | None = None,
             published: date | None = None,
             on_error: Callable[[read.ReadError], None] | None = None,
             max_bytes: int = read.MAX_BYTES) -> Iterator[Article]:
    """Read every input, in the order of their paths (see `read.expand`); a bad one is
    passed to `on_error` (and skipped) or raised."""
    for path in read.expand(list(inputs), on_error):
        try:
            for article in read.read_path(path, max_bytes, on_error):
                yield read.with_metadata(article, title, url, published)
        except read.ReadError as exc:
            if on_error is None:
                raise
            on_error(exc)


def count_articles(inputs: Iterable[str]) -> int | None:
    """About how many articles the inputs hold (a file one, a JSON Lines file one per
    non-blank line), for a progress bar; None when one is stdin. Reads no text."""
    total = 0
    for path in read.expand(list(inputs), lambda exc: None):
        if str(path) == "-":
            return None
        if Path(path).suffix.lower() in read.JSONL:
            try:
                with open(path, "rb") as fh:
                    total += sum(1 for line in fh if line.strip())
            except OSError:
                total += 1
        else:
            total += 1
    return total


def _extraction_error(article: Article, exc: Exception) -> ExtractError:
    return ExtractError(f"{article.source}: extraction failed ({type(exc).__name__}: "
                        f"{' '.join(str(exc).split())[:200]}); please report this bug")


def extract(items: Iterable[Article], extractor=None,
            on_error: Callable[[read.ReadError], None] | None = None) -> Iterator[Extraction]:
    """Extractions of the articles; with `on_error`, an article extraction fails on is
    passed to it as an `ExtractError` (and skipped) instead of stopping the build."""
    for article in items:
        extractor = extractor or shared_extractor()  # not built when nothing could be read
        if on_error is None:
            yield extractor(article)
            continue
        try:
            result = extractor(article)
        except Exception as exc:  # noqa: BLE001 - one article's failure must not lose the others
            on_error(_extraction_error(article, exc))
            continue
        yield result


@functools.lru_cache(maxsize=1)
def shared_extractor():
    """One `Extractor` per process: building one takes about a second."""
    from .extract import Extractor
    from .knowledge import DataError

    try:
        return Extractor()
    except DataError as exc:
        raise SetupError(f"cannot build the extractor: {exc}") from None
    except Exception as exc:  # noqa: BLE001 - a data file that reads as JSON but holds the wrong things
        raise SetupError(f"cannot build the extractor ({type(exc).__name__}: "
                         f"{' '.join(str(exc).split())[:200]}); a data file is malformed") from exc


def to_quads(extractions: Iterable[Extraction]) -> list[ox.Quad]:
    """All articles' quads, each thing with one label over all of them (in memory: for
    many articles, `write` or `build` stream)."""
    extractions = list(extractions)
    names = graph.labels(extractions)
    return [q for ex in extractions for q in graph.quads(ex, names)]


# --- step 1: an article's rendering ---------------------------------------------------------
class Rendered(NamedTuple):
    """An article as step 1 keeps it (see `render`)."""

    name: str  # its graph's name, in N-Triples
    shared: list  # what the label index needs: (thing id, known, label, names) of its shared things
    head: bytes  # pickled: where its things' labels go, and its local things' names
    lines: bytes  # its lines, lz4-compressed


def render(ex: Extraction) -> Rendered:
    """An extraction as (its graph's name, what the label index needs, where its things'
    labels go and its local things' names, its spilled lines).

    The lines are `s p o` of the article's quads in N-Quads syntax, each ending in a line
    break, without the labels of its things (chosen over all articles in step 2) and
    without the graph name, sorted and deduplicated here (in a worker, with `--jobs`):
    step 2 only puts the labels in their places.
    """
    shared: list[tuple[str, bool, str, tuple[str, ...]]] = []
    local: list[tuple[str, bool, str, tuple[str, ...]]] = []
    for tid, thing in ex.things.items():
        entry = (tid, bool(thing.same_as), thing.label, tuple(sorted(thing.names())))
        (local if thing.local else shared).append(entry)
    # strings sort by code point, as their UTF-8 sorts; a block sorts as its first line
    blocks = sorted(set(graph.blocks(ex, with_labels=False)))
    text = "\n".join(blocks) + "\n"
    lines = text.encode("utf-8")
    head = pickle.dumps((*label_places(ex.things, blocks, ascii=len(lines) == len(text)), local),
                        pickle.HIGHEST_PROTOCOL)
    return Rendered(graph.article_node(ex.article.id), shared, head, lz4.block.compress(lines))


def label_places(tids: Iterable[str], blocks: list[str], ascii: bool) -> tuple[list[int], list[tuple[str, int]]]:
    """Where the label lines of the things `tids` go among the sorted blocks, in order: the byte
    offsets, and at each (thing id, 0 for its `rdfs:label` or 1 for its `skos:altLabel`s).
    The things in the order of their IRIs have their label lines in sorted order, so each
    is looked for after the last."""
    sizes = (len(b) + 1 for b in blocks) if ascii else (len(b.encode("utf-8")) + 1 for b in blocks)
    offsets = [0, *itertools.accumulate(sizes)]
    cuts, places, i = [], [], 0
    for tid in sorted(tids, key=graph.thing_node):
        for alt, start in enumerate(graph.label_starts(tid)):
            i = bisect.bisect_left(blocks, start, i)
            cuts.append(offsets[i])
            places.append((tid, alt))
    return cuts, places


def _label_text(lines: list[str]) -> tuple[bytes, bytes]:
    """`LabelIndex.lines` as UTF-8: the label's line, and the alternative labels' lines sorted."""
    label, *alts = (f"{line}\n".encode("utf-8") for line in lines)
    return label, b"".join(sorted(alts))


class LabelIndex:
    """For each thing id, its names over all articles and the best label so far: the
    rank of `graph.label_rank`."""

    def __init__(self) -> None:
        self.names: dict[str, set[str]] = {}
        self.best: dict[str, tuple[bool, int, str]] = {}

    def add(self, entries: Iterable[tuple[str, bool, str, tuple[str, ...]]]) -> None:
        for tid, same_as, label, names in entries:
            known = self.names.get(tid)
            if known is None:
                self.names[tid] = set(names)
            else:
                known.update(names)
            rank = graph.label_rank(same_as, label)
            best = self.best.get(tid)
            if best is None or rank > best:
                self.best[tid] = rank

    def __contains__(self, tid: str) -> bool:
        return tid in self.best

    def choices(self, tids: Iterable[str]) -> dict[str, tuple[tuple[bool, int, str], tuple[str, ...]]]:
        """For these things, the best label's rank and all names (picklable, for a worker
        that writes their lines: `of_choices`)."""
        return {tid: (self.best[tid], tuple(sorted(self.names[tid]))) for tid in tids}

    @classmethod
    def of_choices(cls, chosen: dict[str, tuple[tuple[bool, int, str], tuple[str, ...]]]) -> "LabelIndex":
        """An index holding the labels `choices` made elsewhere."""
        index = cls()
        index.best = {tid: best for tid, (best, _) in chosen.items()}
        index.names = {tid: set(names) for tid, (_, names) in chosen.items()}
        return index

    def lines(self, tid: str) -> list[str]:
        """The thing's `rdfs:label` and `skos:altLabel` lines."""
        label = self.best[tid][2]
        return graph.label_lines(graph.thing_node(tid), label, (alt for alt in self.names[tid] if alt != label))


# --- the spill ---------------------------------------------------------------------------
class Spill:
    """Step 1's output: articles' lines on disk, the label index in memory."""

    def __init__(self, folder: str | Path | None = None, index: LabelIndex | None = None,
                 run_size: int = 1_000_000) -> None:
        self.file = tempfile.TemporaryFile(prefix="spacegraph-", suffix=".spill", dir=folder)
        self.run_size = run_size  # lines sorted in memory before they go to disk as a run (`_triples`)
        self.runs = 0  # sorted runs the last write of a triple format put on disk
        self.records: list[tuple[str, int, int, int]] = []  # graph name, offset, lengths of head and lines
        self.index = index if index is not None else LabelIndex()
        self.size = 0
        self._label_cache: dict[str, tuple[bytes, bytes]] = {}  # tid -> `_label_text`

    def __enter__(self) -> "Spill":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.file.close()

    def __len__(self) -> int:
        return len(self.records)

    def add(self, rendered: Rendered) -> None:
        name, shared, head, lines = rendered
        self.index.add(shared)
        self.records.append((name, self.size, len(head), len(lines)))
        self.file.write(head)
        self.file.write(lines)
        self.size += len(head) + len(lines)

    def groups(self) -> Iterator[tuple[str, bytes]]:
        """Each named graph (in the order `arrange` sorts them) and its sorted lines (UTF-8,
        each ending in a line break)."""
        self.file.flush()
        order = sorted(range(len(self.records)), key=lambda i: self.records[i][0])
        i = 0
        while i < len(order):
            name = self.records[order[i]][0]
            j = i
            while j < len(order) and self.records[order[j]][0] == name:
                j += 1
            yield name, self._group([self.records[k] for k in order[i:j]])
            i = j

    def _group(self, records) -> bytes:
        """A graph's lines: each article's, sorted in step 1, with its things' labels put in
        their places."""
        parts = []
        local = LabelIndex()
        for _, offset, head, length in sorted(records, key=lambda r: r[1]):
            self.file.seek(offset)
            data = self.file.read(head + length)
            cuts, places, local_entries = pickle.loads(data[:head])
            parts.append((cuts, places, lz4.block.decompress(data[head:])))
            local.add(local_entries)
        for tid in list(local.best):
            if tid in self.index:  # the same id also named elsewhere: one label over all
                same_as, _, label = self.index.best[tid]
                local.add([(tid, same_as, label, tuple(self.index.names[tid]))])
        tids = {tid for _, places, _ in parts for tid, _ in places}
        labels = {tid: self._labels(tid, local) for tid in tids}
        if len(parts) == 1:
            cuts, places, lines = parts[0]
            bounds = [0, *cuts, len(lines)]
            pieces: list = [b""] * (2 * len(cuts) + 1)
            pieces[::2] = [lines[a:b] for a, b in zip(bounds, bounds[1:])]
            pieces[1::2] = [labels[tid][alt] for tid, alt in places]
            return b"".join(pieces)
        # the same article read twice: the union of its lines
        union = {line for _, _, lines in parts for line in lines.splitlines(keepends=True)}
        union.update(line for text in labels.values() for line in b"".join(text).splitlines(keepends=True))
        return b"".join(sorted(union))

    def _labels(self, tid: str, local: LabelIndex) -> tuple[bytes, bytes]:
        """A thing's label line and its alternative labels' lines; those of a thing many
        articles name are made once (up to a bound)."""
        if tid in local:
            return _label_text(local.lines(tid))
        text = self._label_cache.get(tid)
        if text is None:
            if len(self._label_cache) >= 100_000:
                self._label_cache.clear()
            text = self._label_cache[tid] = _label_text(self.index.lines(tid))
        return text

    # --- step 2 -----------------------------------------------------------------------------
    def write(self, out: str | Path | BinaryIO, fmt: ox.RdfFormat | None = None,
              progress: Callable[[int], None] | None = None) -> None:
        """Write the graph, sorted and deduplicated as `serialize.write` does; a path is
        replaced whole or not at all. `progress(n)` is told of each n graphs written."""
        fmt = _format(out, fmt)
        with serialize.target(out) as fh, collecting_less():
            if fmt == ox.RdfFormat.N_QUADS:
                for name, lines in self._counted(progress):
                    fh.write(graph.document(lines, name))
            elif fmt.supports_datasets:
                ox.serialize(self._quads(progress), fh, fmt, prefixes=formats.graph_prefixes(fmt))
            else:
                ox.serialize(self._triples(progress), fh, fmt, prefixes=formats.graph_prefixes(fmt))

    def _counted(self, progress):
        for item in self.groups():
            yield item
            if progress:
                progress(1)

    def _quads(self, progress) -> Iterator[ox.Quad]:
        for name, lines in self._counted(progress):
            yield from ox.parse(graph.document(lines, name), ox.RdfFormat.N_QUADS)

    def _triples(self, progress) -> Iterator[ox.Triple]:
        """The union of the graphs, sorted: an external merge sort through sorted runs of
        `run_size` lines on disk."""
        runs: list = []
        chunk: set[bytes] = set()
        self.runs = 0
        try:
            for _, lines in self._counted(progress):
                chunk.update(lines.splitlines())
                if len(chunk) >= self.run_size:
                    runs.append(_run(chunk))
                    self.runs += 1
                    chunk = set()
            merged = heapq.merge(sorted(chunk), *(_read_run(r) for r in runs))
            batch, last = [], None
            for line in merged:
                if line != last:
                    batch.append(line)
                    last = line
                if len(batch) >= 10_000:
                    yield from _parsed(batch)
                    batch = []
            yield from _parsed(batch)
        finally:
            for r in runs:
                r.close()


def _parsed(lines: list[bytes]) -> Iterator[ox.Triple]:
    """Lines (`s p o`, UTF-8) as oxigraph triples."""
    return ox.parse(graph.document(b"".join(line + b"\n" for line in lines)), ox.RdfFormat.N_TRIPLES)


def _run(lines: set[bytes]):
    fh = tempfile.TemporaryFile(prefix="spacegraph-", suffix=".run")
    for line in sorted(lines):
        fh.write(line + b"\n")
    fh.flush()
    return fh


def _read_run(fh) -> Iterator[bytes]:
    fh.seek(0)
    for raw in fh:
        yield raw[:-1]


# --- step 1: extraction, here or in worker processes ---------------------------------------
def render_article(article: Article) -> Rendered | ExtractError:
    """An article extracted (by this process's extractor) and rendered, or the
    `ExtractError` extraction failed with."""
    extractor = shared_extractor()
    try:
        return render(extractor(article))
    except Exception as exc:  # noqa: BLE001 - reported, the article skipped
        return _extraction_error(article, exc)


def _collect_less() -> tuple[int, ...]:
    """Garbage cycles collected less often (returns the thresholds before): extraction
    makes millions of short-lived objects and almost no cycles, and Python by default
    collects after every 700 allocations, rescanning the extractor's vocab and data."""
    threshold = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(50_000, 50, 1_000)
    return threshold


@contextlib.contextmanager
def collecting_less() -> Iterator[None]:
    """`_collect_less` while a build runs, Python's defaults again after."""
    threshold = _collect_less()
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        gc.unfreeze()


def _warm() -> None:
    """A worker's start: its own extractor, and garbage collected as in a build (for
    good); Ctrl-C and SIGTERM are the parent's business (it stops the workers), so a
    worker never prints a traceback for them. An extractor that cannot be built is
    the first batch's error, for the parent to report: a pool restarts a worker whose
    start fails, without end."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    with contextlib.suppress(SetupError):
        shared_extractor()
    _collect_less()


def spill(items: Iterable[Article | read.ReadError], *, jobs: int = 1,
          on_error: Callable[[read.ReadError], None] | None = None,
          progress: Callable[[int], None] | None = None,
          folder: str | Path | None = None) -> Spill:
    """Step 1: extract every article into a `Spill` (close it, or use it as a context
    manager). With `jobs` > 1, articles are extracted by that many processes, and the
    result is the same: errors (extraction failures, and the `ReadError`s found among
    `items`, see `in_order`) are passed to `on_error` (or raised) in the order of the
    articles."""
    out = Spill(folder)
    try:
        with collecting_less():
            if jobs <= 1:
                _spill_here(items, out, on_error, progress)
            else:
                _spill_pool(items, out, jobs, on_error, progress)
    except BaseException:
        out.close()
        raise
    return out


def _accept(out: Spill, result, on_error, progress) -> None:
    if isinstance(result, ExtractError):
        if on_error is None:
            raise result
        on_error(result)
    else:
        out.add(result)
    if progress:
        progress(1)


def _spill_here(items, out, on_error, progress) -> None:
    for item in items:
        if isinstance(item, read.ReadError):
            report(item, on_error)
        else:
            _accept(out, render_article(item), on_error, progress)


def report(exc: read.ReadError, on_error: Callable[[read.ReadError], None] | None) -> None:
    """An article that cannot be read or extracted: passed to `on_error`, or raised."""
    if on_error is None:
        raise exc
    on_error(exc)


def _spill_pool(items, out, jobs, on_error, progress) -> None:
    import multiprocessing

    window: collections.deque = collections.deque()

    def resolve(pending) -> None:
        for result in pending.get():
            if isinstance(result, read.ReadError) and not isinstance(result, ExtractError):
                report(result, on_error)
            else:
                _accept(out, result, on_error, progress)

    with multiprocessing.get_context().Pool(jobs, initializer=_warm) as pool:
        for batch in _batches(items, BATCH):
            window.append(pool.apply_async(_work_batch, (batch,)))
            while len(window) > 4 * jobs:
                resolve(window.popleft())
        while window:
            resolve(window.popleft())
        pool.close()
        pool.join()


# articles sent to a worker at once: one message each way, not one an article; the pool's
# threads in this process wake for every message (at 16 articles they took half its CPU)
BATCH = 64


def _batches(items: Iterable, size: int) -> Iterator[list]:
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


_SENT: set = set()  # in a worker: the label index entries it sent the parent already


def _work_batch(items: list) -> list:
    """In a worker: each article rendered (or its `ExtractError`); the `ReadError`s
    among them come back as they went, in their places. An index entry this worker sent
    before is not sent again (adding it twice changes nothing): most things are named
    by many articles, and the parent reads less."""
    out = []
    for item in items:
        result = render_article(item) if isinstance(item, Article) else item
        if isinstance(result, tuple):
            name, shared, head, lines = result
            if len(_SENT) > 200_000:
                _SENT.clear()
            fresh = [entry for entry in shared if entry not in _SENT]
            _SENT.update(fresh)
            result = Rendered(name, fresh, head, lines)
        out.append(result)
    return out


def in_order(inputs: Iterable[str], **read_options) -> Iterator[Article | read.ReadError]:
    """The articles of the inputs, and in their places the `ReadError`s of those that
    cannot be read (for `spill`, which reports them in order with extraction errors)."""
    errors: list[read.ReadError] = []
    for article in articles(inputs, on_error=errors.append, **read_options):
        yield from errors
        errors.clear()
        yield article
    yield from errors


def build(inputs: Iterable[str], out: str | Path | BinaryIO, fmt: ox.RdfFormat | None = None, *,
          jobs: int = 1, on_error: Callable[[read.ReadError], None] | None = None,
          progress: Callable[[int], None] | None = None, **read_options) -> int:
    """Read, extract and write in one go, streaming; returns the number of articles built."""
    with spill(in_order(inputs, **read_options), jobs=jobs, on_error=on_error, progress=progress) as result:
        if len(result):
            result.write(out, fmt)
        return len(result)


def write(extractions: Iterable[Extraction], out: str | Path | BinaryIO,
          fmt: ox.RdfFormat | str | None = None) -> None:
    """Write the graph; the format follows the file's extension unless given."""
    fmt = _format(out, fmt)
    with Spill() as result:
        for ex in extractions:
            result.add(render(ex))
        result.write(out, fmt)


def _format(out: str | Path | BinaryIO, fmt: ox.RdfFormat | str | None) -> ox.RdfFormat:
    """`fmt` (oxigraph's, or a format's name: "ttl", "nq"), else the format `out`'s
    extension names; a stream has none."""
    if isinstance(fmt, str):
        found = formats.named(fmt, "graph")
        if found is None or found.rdf is None:
            raise serialize.OutputError(f"unknown graph format {fmt!r} (use {', '.join(formats.names('graph'))})")
        return found.rdf
    if fmt:
        return fmt
    if not isinstance(out, (str, Path)):
        raise serialize.OutputError("writing to a stream needs a format, such as \"ttl\" or \"nq\"")
    return serialize.format_for(out)
