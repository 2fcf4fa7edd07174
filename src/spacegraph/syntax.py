"""Syntax from a statistical model: part of speech, morphology (tense, mood) and
dependency relations, from the tagger, morphologizer and parser that `training/` trains on
the Universal Dependencies English EWT treebank and that ships in `models/syntax`.

Only the sentences that can hold a fact are parsed, each as its own doc with the sentence
bounds the rules already use (so character offsets and sentences are those of the rest of
the extractor), in batches through the pipeline's `pipe`. Each name the extractor already
found ("Reid Wiseman", "Canadian Space Agency", "Crew-9") is given to the parser as one
common proper noun of its kind ("John", "Google", "Canada"): the treebank is web text, and
a parser trained on it reads "John leads Google" right where "Jared Isaacman leads NASA"
or "Crew-9 reached the ISS" defeat it. The parse is then spread back over the words of
each name, the last word its head, and two of the parser's habits are undone (a subject
hung apart from its verb, a name hyphened to a participle hung away from it), so that the
people finder, the rules over structure and the status reader read one tree.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from importlib.resources import files
from pathlib import Path
from re import Pattern
from typing import NamedTuple, cast

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from .nominals import STRAYS, SUBJECTS
from .read import MAX_BYTES

MODEL = Path(str(files("spacegraph") / "models" / "syntax"))
BATCH = 256
CLAUSE_HEADS = {"ROOT", "ccomp", "parataxis"}  # a verb that heads a clause of its own, which has a subject


def load() -> Language:
    """The shipped pipeline; its tokenizer is spaCy's English tokenizer, the same rules as
    `spacy.blank("en")` and one more suffix, so a doc it makes is the doc the phrase
    matchers read."""
    if not (MODEL / "meta.json").is_file():
        raise FileNotFoundError(f"the syntax model is missing from {MODEL}: see training/README.md")
    nlp = spacy.load(MODEL)
    # a full stop after a capital that ends a mixed-case or numbered name ends the sentence: "at
    # SpaceX.", "with Sentinel-1C."
    # (spaCy keeps it on the word, as for an initial: "J.")
    suffixes = [*map(_designator_kept, nlp.Defaults.suffixes or ()), r"(?<=[a-z0-9][A-Z])\."]
    tokenizer = cast(Tokenizer, nlp.tokenizer)
    tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search
    nlp.max_length = MAX_BYTES  # spaCy's 1,000,000 characters guard the parser's memory: ours parses a sentence at a time
    return nlp


UNIT_AFTER_DIGIT = "(?<=[0-9])(?:km|"  # how spaCy's English suffix of a unit after a number ("14km", "3M") opens
IN_DESIGNATOR = "".join(rf"(?<![A-Za-z]-{'[0-9]' * n})" for n in (1, 2, 3))


def _designator_kept(suffix: str | Pattern[str]) -> str | Pattern[str]:
    """spaCy's unit suffix, kept off the number that ends a designation joined by a hyphen,
    where the unit letter is the name's own: "Soyuz TMA-14M", "IRNSS-1G", "Aist-2T" stay one
    word; "14M" and "10-14M" still split."""
    return IN_DESIGNATOR + suffix if isinstance(suffix, str) and suffix.startswith(UNIT_AFTER_DIGIT) else suffix


NUMERALS_STOPPED = {"I.", "V.", "X."}  # an initial to spaCy's English tokenizer ("John I. Smith")


def split_numerals(doc: Doc, series: Callable[[str], bool]) -> Doc:
    """A roman numeral after a series' name and the full stop of the sentence it ends
    ("NASA flew Artemis I."), which spaCy's tokenizer keeps as one word, split in two:
    a flight's number, then the end of its sentence. `series(word)`: the word opens a
    series' name."""
    at = [t for t in doc if t.text in NUMERALS_STOPPED and t.i > 0 and series(doc[t.i - 1].text)]
    if at:
        with doc.retokenize() as retokenizer:
            for t in at:
                retokenizer.split(t, [t.text[0], "."], heads=[(t, 0), (t, 0)])
    return doc


class Name(NamedTuple):
    """A span of tokens the parser reads as one word; `marker`: the possessive "'s" of an
    owner's name the span opens with ("NASA's Anne McClain"), which the spread parse keeps."""

    start: int
    end: int
    word: str
    marker: int = -1


def parse(nlp: Language, doc: Doc, sentences: Iterable[tuple[int, int]],
          names: Iterable[Name] = ()) -> Iterator[tuple[int, Doc]]:
    """Each sentence (a token span of `doc`) parsed on its own, with each of `names` (token
    spans, not overlapping, and the word that stands in for each) read as that one word:
    (the sentence's first token, its doc)."""
    ends = {name.start: name for name in names}
    sents = list(sentences)
    merged = [_merged(doc, a, b, ends) for a, b in sents]
    parsed = nlp.pipe((Doc(nlp.vocab, words=w, spaces=s, sent_starts=_one_sentence(len(w)))
                       for w, s, _ in merged), batch_size=BATCH)  # one sentence: the parser may not split it
    for (a, b), (_, _, groups), small in zip(sents, merged, parsed):
        yield a, _repaired(_spread(doc[a:b], small, groups))


def _repaired(doc: Doc) -> Doc:
    """The parse with three habits of the parser undone, so that every reader of it sees the
    same tree: a subject hung apart from its verb, a name hyphened to a participle hung away
    from it, an item of a list hung as an apposition."""
    _subjects_restored(doc)
    _hyphened_restored(doc)
    _lists_restored(doc)
    return doc


BARE_NAME = {"punct", "det", "flat", "compound"}  # the words of a name alone, with no owner or "of" phrase


def _lists_restored(doc: Doc) -> None:
    """A name set off by a comma after a name, before the list's "and" ("with New Zealand,
    the United Kingdom and Brazil"), is an item of the list, not an apposition of the first:
    the parser hangs it as one where a determiner opens it. A description keeps its
    apposition ("NASA, the US space agency, and ESA"; "Tim Ayres, Australia's Minister for
    Industry, and Sam Mostyn")."""
    for tok in doc:
        head = tok.head
        if tok.dep_ == "appos" and tok.pos_ == "PROPN" and head.pos_ == "PROPN" and head.i < tok.i \
                and "," in (tok.left_edge.text, doc[max(tok.left_edge.i - 1, 0)].text) \
                and all(c.dep_ in BARE_NAME for c in tok.children) and any(
                    c.dep_ == "conj" and c.i > tok.i and c.pos_ == "PROPN" and any(k.dep_ == "cc" for k in c.children)
                    for c in head.children):
            tok.dep_ = "conj"


def _subjects_restored(doc: Doc) -> None:
    """A name the parser hung on the verb after it as something else than its subject, where
    the verb has none, is its subject: after an opening time ("Last year Amazon signed": an
    unmarked oblique) or set off by an apposition ("Lockheed Martin, an ABL investor, had
    booked RS1": a vocative). Not a name joined to a participle ("NASA-led")."""
    for tok in doc:
        head = tok.head
        if tok.pos_ == "PROPN" and tok.dep_ in STRAYS | {"obl:unmarked"} and tok.i < head.i \
                and head.pos_ in ("VERB", "AUX") and head.dep_ in CLAUSE_HEADS \
                and not any(c.dep_ in SUBJECTS | {"expl", "csubj"} for c in head.children) \
                and not any(c.dep_ == "case" for c in tok.children) \
                and not (tok.i + 1 < len(doc) and doc[tok.i + 1].text in ("-", "–")):
            tok.dep_ = "nsubj"


def _hyphened_restored(doc: Doc) -> None:
    """A name joined by a hyphen to the participle after it modifies that participle ("two
    Airbus-built satellites", "the NASA-led mission"), wherever the parser hung it ("Airbus"
    an object of "of" in "the first of two Airbus-built satellites")."""
    for tok in doc[:-2]:
        verb = doc[tok.i + 2]
        if tok.pos_ == "PROPN" and doc[tok.i + 1].text == "-" and not tok.whitespace_ \
                and not doc[tok.i + 1].whitespace_ and verb.tag_ == "VBN" and verb.head.i != tok.i \
                and tok.head.i != verb.i and not tok.is_ancestor(verb):
            tok.head, tok.dep_ = verb, "obl:unmarked"


def _merged(doc: Doc, a: int, b: int, ends: dict[int, Name]
            ) -> tuple[list[str], list[bool], list[tuple[int, int, int]]]:
    """The words of the sentence with each name as its stand-in, and each word's token span
    and possessive marker (-1 for none), relative to the sentence."""
    words, spaces, groups = [], [], []
    i = a
    while i < b:
        name = ends.get(i)
        if name is None or name.end > b:
            name = Name(i, i + 1, "")
        words.append(name.word or doc[i].text)
        spaces.append(bool(doc[name.end - 1].whitespace_))
        groups.append((i - a, name.end - a, name.marker - a if name.marker >= 0 else -1))
        i = name.end
    return words, spaces, groups


def _spread(sent, small: Doc, groups: list[tuple[int, int, int]]) -> Doc:
    """The sentence's own tokens with the parse of its merged words: a name's last token
    takes the name's head, relation and tags; its other tokens attach to it as `flat`, but
    an owner's name and its "'s" before it, which stay the possessive they are."""
    n = len(sent)
    heads, deps, tags, pos, morphs = [0] * n, [""] * n, [""] * n, [""] * n, [""] * n
    last = [b - 1 for _, b, _ in groups]
    for k, (start, end, marker) in enumerate(groups):
        word = small[k]
        for i in range(start, end):
            tags[i], pos[i], morphs[i] = word.tag_, word.pos_, str(word.morph)
            if i == end - 1:
                heads[i], deps[i] = last[word.head.i], word.dep_
            else:
                heads[i], deps[i] = end - 1, "flat"
        if marker >= 0:  # "NASA's Anne McClain": NASA the possessor, its "'s" the case
            owner = marker - 1
            for i in range(start, owner):
                heads[i] = owner
            heads[owner], deps[owner] = end - 1, "nmod:poss"
            heads[marker], deps[marker] = owner, "case"
            for i in range(start, marker + 1):
                tags[i], pos[i], morphs[i] = ("POS", "PART", "") if i == marker else ("NNP", "PROPN", "Number=Sing")
    return Doc(small.vocab, words=[t.text for t in sent], spaces=[bool(t.whitespace_) for t in sent],
               heads=heads, deps=deps, tags=tags, pos=pos, morphs=morphs,
               sent_starts=_one_sentence(n))


def _one_sentence(n: int) -> list[bool | int | None]:
    """Sentence starts that make n tokens one sentence."""
    starts: list[bool | int | None] = [True]
    return starts + [False] * (n - 1)
