"""`spacegraph build --cluster`: the same triples on a two-worker Dask cluster as a local build."""
from __future__ import annotations

import pytest

from helpers import SAMPLE, spacegraph, write_corpus

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as local:
        yield local


def test_shards_hold_the_same_lines_as_a_local_build(cluster, tmp_path):
    news = write_corpus(tmp_path / "news", 20)
    (news / "empty.txt").write_text("", encoding="utf-8")
    local = tmp_path / "local.nq"
    assert spacegraph("build", str(news), str(SAMPLE), "-o", str(local), "-q").code == 0
    shards = tmp_path / "shards"
    run = spacegraph("build", str(news), str(SAMPLE), "-o", f"{shards}/", "--cluster", cluster.scheduler_address,
                     "--partition-size", "6")
    assert run.code == 0, run.stderr
    assert "empty.txt: empty file" in run.stderr
    names = sorted(p.name for p in shards.iterdir())
    assert names == [f"part-{i:05d}.nq" for i in range(4)]  # 21 articles, 6 a partition
    lines = set()
    for shard in shards.iterdir():
        lines.update(shard.read_text(encoding="utf-8").splitlines())
    assert sorted(lines) == sorted(set(local.read_text(encoding="utf-8").splitlines()))


def test_an_unreachable_scheduler_is_one_line(tmp_path):
    # Dask's own setting, so the test does not wait out the default 30 s
    run = spacegraph("build", str(SAMPLE), "-o", str(tmp_path / "out"), "--cluster", "tcp://127.0.0.1:9",
                     env={"DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "2s"})
    assert run.code == 1
    assert run.stderr.count("\n") == 1 and "Traceback" not in run.stderr
    assert "cannot reach the Dask scheduler" in run.stderr
