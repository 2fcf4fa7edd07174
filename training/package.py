"""Put a trained pipeline where spacegraph loads it: src/spacegraph/models/syntax.

    python package.py output/model-best ../src/spacegraph/models/syntax

Copies what `spacy.load` reads and nothing else: config.cfg, meta.json, the tokenizer, the
vocab and one folder per pipeline component (anything else spacy train left in model-best
is named and skipped). The old pipeline files go, swapped out whole for the new ones; the
destination's MODEL_CARD.md stays, and its figures are the ones to update after a retrain
(metrics/*.json). meta.json gets the pipeline's name, licence and source; its dev scores
stay as trained. Finally the copy is loaded and parses a sentence.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

import spacy

KEEP = {"MODEL_CARD.md"}  # the destination's own files, not spaCy's
META = {
    "name": "spacegraph_syntax",
    "description": "Part-of-speech tagger, morphologizer and dependency parser for spacegraph's "
                   "extractor, trained on Universal Dependencies English EWT; see MODEL_CARD.md.",
    "license": "CC BY-SA 4.0",
    "sources": [{
        "name": "Universal Dependencies English EWT",
        "url": "https://github.com/UniversalDependencies/UD_English-EWT",
        "license": "CC BY-SA 4.0",
        "author": "Silveira et al. (2014); Stanford University and contributors",
    }],
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("model", type=Path, help="spacy train's model-best")
    parser.add_argument("dest", type=Path, help="src/spacegraph/models/syntax")
    args = parser.parse_args()
    src, dest = args.model, args.dest

    nlp = spacy.load(src)  # fails here, before anything is removed, if model-best is broken
    wanted = ["config.cfg", "meta.json", "tokenizer", "vocab", *nlp.component_names]
    missing = [name for name in wanted if not (src / name).exists()]
    if missing:
        sys.exit(f"{src} lacks {missing}")
    skipped = sorted(p.name for p in src.iterdir() if p.name not in wanted)
    if skipped:
        print(f"not shipped (training only): {', '.join(skipped)}")

    if dest.exists() and any(p.name not in KEEP for p in dest.iterdir()) and not (dest / "meta.json").is_file():
        sys.exit(f"{dest} holds files but no spaCy pipeline (meta.json): not overwriting it")
    # the new pipeline is assembled beside the old one and swapped in by two renames, so a
    # process that loads the model meanwhile finds the old one or the new one, never half
    new = dest.with_name(f".{dest.name}.new")
    shutil.rmtree(new, ignore_errors=True)
    new.mkdir(parents=True)
    for name in wanted:
        (shutil.copytree if (src / name).is_dir() else shutil.copy2)(src / name, new / name)
    for name in KEEP:
        if (dest / name).is_file():
            shutil.copy2(dest / name, new / name)
    meta_path = new / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update(META)
    meta_path.write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    if dest.exists():
        old = dest.with_name(f".{dest.name}.old")
        shutil.rmtree(old, ignore_errors=True)
        dest.rename(old)
        new.rename(dest)
        shutil.rmtree(old)
    else:
        new.rename(dest)

    shipped = spacy.load(dest)
    doc = shipped("The agency said the probe will launch in 2031.")
    assert shipped.pipe_names == nlp.pipe_names and any(t.dep_ == "ROOT" for t in doc), "copy does not parse"
    size = sum(f.stat().st_size for f in dest.rglob("*") if f.is_file() and f.name not in KEEP)
    print(f"{dest}: {', '.join(shipped.pipe_names)}; {size / 1e6:.1f} MB; "
          f"'{doc[:4].text}': {' '.join(f'{t.text}/{t.pos_}/{t.dep_}' for t in doc[:4])}")


if __name__ == "__main__":
    main()
