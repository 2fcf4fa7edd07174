"""The phrases of the data files found in a doc: gazetteer names, titles, crew roles,
cooperation areas, astronaut nouns and the lexicon's cue words.

Each part of the extractor registers its phrases under keys of its own; a doc is then
read by two spaCy PhraseMatchers, one pass each (names and titles with their case,
the rest in any case), instead of one matcher a kind of phrase.
"""
from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from .tokens import Memo


class Matches:
    """The phrases found in one doc: (key, start, end) in the matchers' order, and by key."""

    def __init__(self, found: list[tuple[str, int, int]]) -> None:
        self.found = found
        self._by_key: dict[str, list[tuple[int, int]]] = {}
        for key, start, end in found:
            self._by_key.setdefault(key, []).append((start, end))

    def spans(self, key: str) -> list[tuple[int, int]]:
        return self._by_key.get(key, [])


class Phrases:
    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self.cased = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.uncased = PhraseMatcher(nlp.vocab, attr="LOWER")
        # a key's name by its hash: one str per key, its hash computed once, not one per match
        self.keys: Memo[int, str] = Memo(nlp.vocab.strings.__getitem__)

    def add(self, key: str, phrases: Iterable[str], *, cased: bool) -> None:
        (self.cased if cased else self.uncased).add(key, [self.nlp.make_doc(p) for p in phrases])

    def __call__(self, doc: Doc) -> Matches:
        keys = self.keys
        return Matches([(keys[key], start, end) for matcher in (self.cased, self.uncased)
                        for key, start, end in matcher(doc)])
