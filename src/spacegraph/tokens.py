"""An article's tokens and sentences as plain Python lists, made once from the spaCy doc.

The rules look at tokens some ten thousand times an article. `doc[i].lower_` builds a
new spaCy Token object at every call; `toks.lower[i]` is a list lookup, tens of times
faster. For the same reason sentences are split here, over those lists, by the rule of
spaCy's `Sentencizer` (a sentence starts at the first word after a full stop, question
or exclamation mark), and at every line break: headings, datelines and list items end
there, whatever their punctuation.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Hashable, Iterable, Sequence
from functools import partial
from itertools import compress, count
from typing import Generic, NamedTuple, TypeVar

from spacy.attrs import IDX, ORTH, SPACY
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc
from spacy.vocab import Vocab

SENTENCE_ENDS = frozenset(Sentencizer.default_punct_chars)


K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class Memo(dict[K, V], Generic[K, V]):
    """`read(key)` by key, computed at the first look-up and kept (up to `limit` keys, then
    afresh). Being a dict, `map(memo.__getitem__, keys)` runs in C for the keys it knows."""

    def __init__(self, read: Callable[[K], V], limit: int = 500_000) -> None:
        super().__init__()
        self.read = read
        self.limit = limit

    def __missing__(self, key: K) -> V:
        if len(self) >= self.limit:
            self.clear()
        value = self[key] = self.read(key)
        return value


def where(flags: Iterable[object]) -> list[int]:
    """The positions of the true flags, found in C."""
    return list(compress(count(), flags))


def positions(column: Sequence[str], words: set[str] | frozenset[str]) -> list[int]:
    """The positions of `words` in `column`, in order. The finders look for a few words
    among hundreds: `set.intersection` tells which are there, `count` and `index` find
    them, all in C."""
    found = []
    for word in words.intersection(column):
        i = -1
        for _ in range(column.count(word)):
            i = column.index(word, i + 1)
            found.append(i)
    found.sort()
    return found


class WordFlags(Memo[int, tuple]):
    """Each distinct word's text and spaCy's lexical flags, by the word's id (its ORTH),
    read from the vocab once and kept (up to `limit` words, then read afresh)."""

    def __init__(self, vocab: Vocab, limit: int = 500_000) -> None:
        super().__init__(self._lexeme, limit)
        self.vocab = vocab

    def _lexeme(self, orth: int) -> tuple:
        lex = self.vocab[orth]
        word = lex.orth_
        full_stop = word in SENTENCE_ENDS
        return (word, lex.lower_, lex.is_title, lex.is_upper, lex.is_alpha, lex.is_lower, lex.is_digit,
                lex.is_stop, lex.is_punct or full_stop, full_stop, "\n" in word)


class Sentence(NamedTuple):
    start: int  # token range
    end: int
    start_char: int
    end_char: int
    text: str


# a Sentence from a tuple of its fields: what NamedTuple's __new__, a Python function, does, in C
_sentence = partial(tuple.__new__, Sentence)


class Tokens:
    """Token i's text is `words[i]`, lower case `lower[i]`, its first character `idx[i]`;
    `space[i]` tells a space follows it; `title`, `upper`, `alpha`, `is_lower`, `digit`
    and `stop` (a stop word) are spaCy's flags, `starts` tells that it starts a sentence."""

    words: tuple[str, ...]
    lower: tuple[str, ...]
    title: tuple[bool, ...]
    upper: tuple[bool, ...]
    alpha: tuple[bool, ...]
    is_lower: tuple[bool, ...]
    digit: tuple[bool, ...]
    stop: tuple[bool, ...]

    def __init__(self, doc: Doc, text: str, flags: WordFlags) -> None:
        """`text` is the doc's text, which `doc.text` would rebuild token by token."""
        self.text = text
        n = len(doc)
        # columns copied into rows first: tolist reads a contiguous array faster
        orths, idx, space = doc.to_array([ORTH, IDX, SPACY]).T.copy().tolist() if n else ([], [], [])
        self.idx: list[int] = idx
        self.space: list[int] = space
        (self.words, self.lower, self.title, self.upper, self.alpha, self.is_lower, self.digit, self.stop,
         punct, full_stop, line_break) = zip(*map(flags.__getitem__, orths)) if n else [()] * 11
        self.starts = self._starts(punct, full_stop, line_break, self.is_lower, self.digit)
        self._sent_starts = where(self.starts)
        self._breaks = where(line_break)
        self.sents: list[Sentence] = []
        words = self.words
        for a, b in zip(self._sent_starts, [*self._sent_starts[1:], n]):
            last = b - 1
            while last >= a and words[last].isspace():  # the line breaks after it are not the sentence's
                last -= 1
            start_char = idx[a]
            end_char = idx[last] + len(words[last]) if last >= a else start_char
            self.sents.append(_sentence((a, b, start_char, end_char, text[start_char:end_char])))

    @staticmethod
    def _starts(punct: tuple[bool, ...], full_stop: tuple[bool, ...], line_break: tuple[bool, ...],
                lower: tuple[bool, ...], digit: tuple[bool, ...]) -> list[bool]:
        """A sentence starts after a full stop unless a lower-case word or a number follows it,
        as after an abbreviation ("H-IIA Launch Vehicle No. 47 from", "approx. ten"); and
        after a line break."""
        n = len(punct)
        starts = [False] * n
        if n:
            starts[0] = True
        for i in compress(range(n), full_stop):
            j = i + 1
            while j < n and punct[j]:
                j += 1
            if j < n and not (lower[j] or digit[j]):
                starts[j] = True
        for i in compress(range(1, n), line_break):  # the word after a line break
            starts[i] = True
        return starts

    def __len__(self) -> int:
        return len(self.words)

    def _end(self, i: int) -> int:
        """The character after token i (no list of them: most are never asked for)."""
        return self.idx[i] + len(self.words[i])

    def span(self, start: int, end: int) -> str:
        """The text of tokens start..end, as spaCy's `doc[start:end].text` (clamped)."""
        n = len(self.words)
        if 0 <= start < end <= n:
            return self.text[self.idx[start]:self.idx[end - 1] + len(self.words[end - 1])]
        start = min(max(0, start + n if start < 0 else start), n)
        end = max(start, min(end + n if end < 0 else end, n))
        return self.text[self.idx[start]:self._end(end - 1)] if end > start else ""

    def sentence(self, i: int) -> Sentence:
        """The sentence of token i."""
        return self.sents[bisect_right(self._sent_starts, i) - 1]

    def paragraph(self, i: int) -> int:
        """The paragraph (line) of token i, by its number: the line breaks before it."""
        return bisect_left(self._breaks, i)

    def char_span(self, start_char: int, end_char: int) -> tuple[int, int] | None:
        """The tokens at least partly covered by the characters, as spaCy's
        `char_span(..., alignment_mode="expand")`; None outside the text."""
        if not 0 <= start_char < len(self.text) or not 0 < end_char <= len(self.text):
            return None
        start = bisect_right(self.idx, start_char) - 1
        end = bisect_right(self.idx, end_char - 1)
        if start_char == self._end(start):
            start += 1
        return start, end
