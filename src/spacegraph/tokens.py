"""An article's tokens and sentences as plain Python lists, made once from the spaCy doc.

The rules look at tokens some ten thousand times an article. `doc[i].lower_` builds a
new spaCy Token object at every call; `toks.lower[i]` is a list lookup, tens of times
faster. For the same reason sentences are split here, over those lists, by the rule of
spaCy's `Sentencizer` (a sentence starts at the first word after a full stop, question
or exclamation mark), and at every line break: headings, datelines and list items end
there, whatever their punctuation.
"""
from __future__ import annotations

from bisect import bisect_right
from itertools import compress
from operator import sub
from typing import NamedTuple

from spacy.attrs import IDX, ORTH, SPACY
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc
from spacy.vocab import Vocab

SENTENCE_ENDS = frozenset(Sentencizer.default_punct_chars)


class WordFlags:
    """Each distinct word's text and spaCy's lexical flags, by the word's id (its ORTH),
    read from the vocab once and kept (up to `limit` words, then read afresh)."""

    def __init__(self, vocab: Vocab, limit: int = 500_000) -> None:
        self.vocab = vocab
        self.limit = limit
        self.known: dict[int, tuple] = {}

    def __call__(self, orths: list[int]) -> list[tuple]:
        get = self.known.get
        return [get(orth) or self._read(orth) for orth in orths]

    def _read(self, orth: int) -> tuple:
        if len(self.known) >= self.limit:
            self.known.clear()
        lex = self.vocab[orth]
        word = lex.orth_
        full_stop = word in SENTENCE_ENDS
        flags = self.known[orth] = (word, lex.lower_, lex.is_title, lex.is_upper, lex.is_alpha, lex.is_lower,
                                    lex.is_digit, lex.like_num, lex.is_stop, lex.is_punct or full_stop, full_stop,
                                    "\n" in word)
        return flags


class Sentence(NamedTuple):
    start: int  # token range
    end: int
    start_char: int
    end_char: int
    text: str


class Tokens:
    """Token i's text is `words[i]`, lower case `lower[i]`, its first character `idx[i]`;
    `space[i]` tells a space follows it; `title`, `upper`, `alpha`, `is_lower`, `digit`,
    `num` (like a number) and `stop` (a stop word) are spaCy's flags, `starts` tells
    that it starts a sentence."""

    def __init__(self, doc: Doc, text: str, flags: WordFlags) -> None:
        """`text` is the doc's text, which `doc.text` would rebuild token by token."""
        self.text = text
        n = len(doc)
        orths, idx, space = doc.to_array([ORTH, IDX, SPACY]).T.tolist() if n else ([], [], [])
        self.idx: list[int] = idx
        self.space: list[int] = space
        ends = self.ends = list(map(sub, idx[1:], space)) + ([len(text) - space[-1]] if n else [])
        columns = list(zip(*flags(orths))) if n else [()] * 12
        (self.words, self.lower, self.title, self.upper, self.alpha, self.is_lower, self.digit, self.num, self.stop,
         punct, full_stop, line_break) = columns
        self.starts = self._starts(punct, full_stop, line_break)
        bounds = [*compress(range(n), self.starts), n]
        self.sents = [Sentence(a, b, idx[a], ends[b - 1], text[idx[a]:ends[b - 1]])
                      for a, b in zip(bounds, bounds[1:])]
        self._sent_starts = bounds[:-1]

    @staticmethod
    def _starts(punct: tuple[bool, ...], full_stop: tuple[bool, ...], line_break: tuple[bool, ...]) -> list[bool]:
        n = len(punct)
        starts = [False] * n
        if n:
            starts[0] = True
        for i in compress(range(n), full_stop):
            j = i + 1
            while j < n and punct[j]:
                j += 1
            if j < n:
                starts[j] = True
        for i in compress(range(1, n), line_break):
            starts[i] = True
        return starts

    def __len__(self) -> int:
        return len(self.words)

    def span(self, start: int, end: int) -> str:
        """The text of tokens start..end, as spaCy's `doc[start:end].text` (clamped)."""
        n = len(self.words)
        if 0 <= start < end <= n:
            return self.text[self.idx[start]:self.ends[end - 1]]
        start = min(max(0, start + n if start < 0 else start), n)
        end = max(start, min(end + n if end < 0 else end, n))
        return self.text[self.idx[start]:self.ends[end - 1]] if end > start else ""

    def sentence(self, i: int) -> Sentence:
        """The sentence of token i."""
        return self.sents[bisect_right(self._sent_starts, i) - 1]

    def char_span(self, start_char: int, end_char: int) -> tuple[int, int] | None:
        """The tokens at least partly covered by the characters, as spaCy's
        `char_span(..., alignment_mode="expand")`; None outside the text."""
        if not 0 <= start_char < len(self.text) or not 0 < end_char <= len(self.text):
            return None
        start = bisect_right(self.idx, start_char) - 1
        end = bisect_right(self.idx, end_char - 1)
        if start_char == self.ends[start]:
            start += 1
        return start, end
