"""Syntax from a statistical model: part of speech, morphology (tense, mood) and
dependency relations, from the tagger, morphologizer and parser that `training/` trains on
the Universal Dependencies English EWT treebank and that ships in `models/syntax`.

Only the sentences that can hold a fact are parsed, each as its own doc with the sentence
bounds the rules already use (so character offsets and sentences are those of the rest of
the extractor), in batches through the pipeline's `pipe`.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from importlib.resources import files
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

MODEL = Path(str(files("spacegraph") / "models" / "syntax"))
BATCH = 256


def load() -> Language:
    """The shipped pipeline; its tokenizer is spaCy's English tokenizer, the same rules as
    `spacy.blank("en")`, so a doc it makes is the doc the phrase matchers read."""
    if not (MODEL / "meta.json").is_file():
        raise FileNotFoundError(f"the syntax model is missing from {MODEL}: see training/README.md")
    return spacy.load(MODEL)


def parse(nlp: Language, doc: Doc, spans: Iterable[tuple[int, int]]) -> Iterator[tuple[int, Doc]]:
    """Each token span of `doc` (a sentence) parsed as one sentence: (its first token, its doc)."""
    starts, docs = [], []
    for start, end in spans:
        sent = doc[start:end].as_doc()
        for i, tok in enumerate(sent):
            tok.is_sent_start = i == 0  # the rules' sentence, not the parser's guess
        starts.append(start)
        docs.append(sent)
    return zip(starts, nlp.pipe(docs, batch_size=BATCH))  # a Doc skips the tokenizer
