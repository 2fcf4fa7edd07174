"""An article's tokens and sentences as plain Python lists, made once from the spaCy doc.

The rules look at tokens some ten thousand times an article. `doc[i].lower_` builds a
new spaCy Token object at every call; `toks.lower[i]` is a list lookup, tens of times
faster. Sentences end where spaCy's sentencizer ends them, and at every line break:
headings, datelines and list items end there, whatever their punctuation.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from spacy.attrs import IDX, IS_ALPHA, IS_DIGIT, IS_LOWER, IS_STOP, IS_TITLE, IS_UPPER, LIKE_NUM, SENT_START, SPACY
from spacy.tokens import Doc

_COLUMNS = [IDX, SPACY, IS_TITLE, IS_UPPER, IS_ALPHA, IS_LOWER, IS_DIGIT, LIKE_NUM, IS_STOP, SENT_START]


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int  # token range
    end: int
    start_char: int
    end_char: int
    text: str


class Tokens:
    """Token i's text is `words[i]`, lower case `lower[i]`, its first character `idx[i]`;
    `space[i]` tells a space follows it; `title`, `upper`, `alpha`, `is_lower`, `digit`,
    `num` (like a number), `stop` (a stop word) and `starts` (a sentence) are spaCy's flags."""

    def __init__(self, doc: Doc, text: str) -> None:
        """`text` is the doc's text, which `doc.text` would rebuild token by token."""
        self.doc = doc
        self.text = text
        n = len(doc)
        cols = doc.to_array(_COLUMNS).T.tolist() if n else [[] for _ in _COLUMNS]
        idx, space, self.title, self.upper, self.alpha, self.is_lower, self.digit, self.num, self.stop, sent = cols
        self.idx: list[int] = idx
        self.space: list[int] = space
        self.ends = [b - s for b, s in zip(idx[1:], space)] + ([len(text) - space[-1]] if n else [])
        words = self.words = [text[a:b] for a, b in zip(idx, self.ends)]
        self.lower = [w.lower() for w in words]
        starts = self.starts = [s == 1 for s in sent]
        for i in range(1, n):
            if "\n" in words[i - 1]:
                starts[i] = True
        bounds = [i for i in range(n) if starts[i]] + [n]
        self.sents = [Sentence(a, b, idx[a], self.ends[b - 1], text[idx[a]:self.ends[b - 1]])
                      for a, b in zip(bounds, bounds[1:])]
        self._sent_starts = bounds[:-1]

    def __len__(self) -> int:
        return len(self.words)

    def span(self, start: int, end: int) -> str:
        """The text of tokens start..end, as spaCy's `doc[start:end].text` (clamped)."""
        n = len(self.words)
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
