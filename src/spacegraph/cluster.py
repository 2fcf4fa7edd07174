"""`spacegraph build --cluster`: the same extraction on a Dask cluster (`dask.distributed`).

The client (this process) reads the articles and cuts them into partitions of
`partition_size`, in the order of their paths. Each partition is extracted on a worker and
stays there, rendered (`pipeline.render`); only what the label index needs comes back.
Once every partition is done, each gets the labels of its things, chosen over all articles,
and sends back its N-Quads, which the client writes as `part-00000.nq`, `part-00001.nq`, ...
(one shard a partition, each replaced whole). The union of the shards' lines is the
N-Quads a local build writes (`spacegraph build ... -o graph.nq`), so a server's bulk
loader can take the folder as it is.

The workers need spacegraph installed (the same version); they need not see the files.
Start one with one thread a process (the extractor holds a spaCy pipeline per process):
`dask scheduler` on one machine, `dask worker tcp://HOST:8786 --nworkers N --nthreads 1`
on each of the others.
"""
from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from pathlib import Path

from . import pipeline, read, serialize

SHARD = "part-{:05d}.nq"


class ClusterError(RuntimeError):
    """The cluster cannot be reached or failed."""


def _extract_partition(articles: list) -> list:
    """On a worker: each article rendered, or its `ExtractError`."""
    return [pipeline.render_article(article) for article in articles]


def _summary(rendered: list) -> list:
    """On a worker: what the label index needs, and the errors (by position)."""
    return [r if isinstance(r, pipeline.ExtractError) else r.shared for r in rendered]


def _write_partition(rendered: list, chosen: dict) -> bytes:
    """On a worker: the partition's N-Quads, with the labels chosen over all articles."""
    with pipeline.Spill(index=pipeline.LabelIndex.of_choices(chosen)) as spill:
        for r in rendered:
            if not isinstance(r, pipeline.ExtractError):
                spill.add(r)
        if not len(spill):
            return b""
        out = io.BytesIO()
        spill.write(out, serialize.format_for(SHARD))
        return out.getvalue()


def build(inputs: Iterable[str], folder: str | Path, address: str, *, partition_size: int = 1000,
          on_error: Callable[[read.ReadError], None] | None = None, client=None,
          timeout: str | float | None = None, **read_options) -> tuple[list[Path], int]:
    """Extract on the Dask scheduler at `address` (or with `client`) and write the shards
    into `folder`; returns the shards written and the number of articles built. An
    unreachable scheduler is given up after `timeout` (default: Dask's
    `distributed.comm.timeouts.connect`, 30 s; DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT)."""
    try:
        from distributed import Client
    except ImportError as exc:  # pragma: no cover - the 'cluster' extra
        raise ImportError("dask.distributed is not installed") from exc
    folder = Path(folder)
    own = client is None
    if own:
        try:
            client = Client(address, **({"timeout": timeout} if timeout is not None else {}))
        except (OSError, TimeoutError) as exc:
            raise ClusterError(f"{address}: cannot reach the Dask scheduler ({exc})") from None
    try:
        return _build(client, inputs, folder, partition_size, on_error, read_options)
    finally:
        if own:
            client.close()


def _build(client, inputs, folder, partition_size, on_error, read_options):
    order: list = []  # ReadErrors, and (partition, position) of each article, in order
    futures: list = []
    part: list = []
    for item in pipeline.in_order(inputs, **read_options):
        if isinstance(item, read.ReadError):
            order.append(item)
            continue
        order.append((len(futures), len(part)))
        part.append(item)
        if len(part) == partition_size:
            futures.append(client.submit(_extract_partition, part, pure=False))
            part = []
    if part:
        futures.append(client.submit(_extract_partition, part, pure=False))
    summaries = client.gather([client.submit(_summary, f, pure=False) for f in futures])

    built = 0
    for entry in order:  # errors reported in the order of the articles, as a local build does
        if isinstance(entry, read.ReadError):
            pipeline.report(entry, on_error)
            continue
        result = summaries[entry[0]][entry[1]]
        if isinstance(result, pipeline.ExtractError):
            pipeline.report(result, on_error)
        else:
            built += 1
    if not built:
        return [], 0

    index = pipeline.LabelIndex()
    for summary in summaries:
        for r in summary:
            if not isinstance(r, pipeline.ExtractError):
                index.add(r)
    folder.mkdir(parents=True, exist_ok=True)
    shards = []
    writes = []
    for p, summary in enumerate(summaries):
        tids = {e[0] for r in summary if not isinstance(r, pipeline.ExtractError) for e in r}
        writes.append(client.submit(_write_partition, futures[p], index.choices(tids), pure=False))
    for p in range(len(writes)):
        data = writes[p].result()
        writes[p] = futures[p] = None  # the workers may let go of the partition
        shard = folder / SHARD.format(p)
        with serialize.target(shard) as fh:
            fh.write(data)
        shards.append(shard)
    keep = {s.name for s in shards}
    for stale in folder.glob("part-*.nq"):  # shards of an earlier, larger build
        if stale.name not in keep:
            stale.unlink()
    return shards, built
