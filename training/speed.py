"""Words per second of a trained pipeline on one CPU core, and its size on disk.

    python speed.py output/model-best corpus/en_ewt-ud-test.spacy --output metrics/speed.json

The process pins itself to one core and to one BLAS/OpenMP thread before spaCy loads, then
runs the whole pipeline (tokenizer, tok2vec, tagger, morphologizer, parser) with `nlp.pipe`
over the raw text of the corpus's documents, `--repeat` times; the fastest pass counts, as
`timeit` takes the fastest. The same text through the pipeline's tokenizer alone gives the
cost of the syntax relative to tokenization. `spacy evaluate` prints a speed too, but on as
many cores as the machine lends it.
"""
from __future__ import annotations

import os

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ[var] = "1"
if hasattr(os, "sched_setaffinity"):
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})

import argparse  # noqa: E402
import json  # noqa: E402
import platform  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import spacy  # noqa: E402
from spacy.tokens import DocBin  # noqa: E402


def size_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6


def fastest(run, repeat: int) -> float:
    walls = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        walls.append(time.perf_counter() - start)
    return min(walls)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("model", type=Path)
    parser.add_argument("corpus", type=Path, help="a .spacy file: its documents' text is parsed")
    parser.add_argument("--output", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=256)
    args = parser.parse_args()

    nlp = spacy.load(args.model)
    texts = [doc.text for doc in DocBin().from_disk(args.corpus).get_docs(nlp.vocab)]
    words = sum(len(doc) for doc in nlp.tokenizer.pipe(texts))
    list(nlp.pipe(texts[:50]))  # warm up

    def pipeline() -> None:
        for _ in nlp.pipe(texts, batch_size=args.batch_size):
            pass

    def tokenizer() -> None:
        for _ in nlp.tokenizer.pipe(texts, batch_size=args.batch_size):
            pass

    wall = fastest(pipeline, args.repeat)
    tok_wall = fastest(tokenizer, args.repeat)
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor()) if Path("/proc/cpuinfo").exists() \
        else platform.processor()
    result = {
        "words": words,
        "texts": len(texts),
        "cores": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
        "words_per_s": round(words / wall),
        "tokenizer_words_per_s": round(words / tok_wall),
        "cost_vs_tokenizer": round(wall / tok_wall, 1),
        "size_mb": round(size_mb(args.model), 2),
        "cpu": cpu,
        "python": platform.python_version(),
        "spacy": spacy.__version__,
    }
    print(json.dumps(result, indent=2))
    if args.output:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
