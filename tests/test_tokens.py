"""The extractor's token lists say what spaCy's Doc says, faster: same words, flags,
sentences (spaCy's Sentencizer, but a full stop before a lower-case word or a number ends
none, and a line break ends one), spans and char spans."""
from __future__ import annotations

import random
from pathlib import Path

import pytest
import spacy

from spacegraph.tokens import Tokens, WordFlags

EXAMPLES = sorted((Path(__file__).parent.parent / "examples").glob("*.txt"))
TEXTS = [
    "ISRO and ESA signed an agreement!! Really? Yes... The deal (signed 3 May 2024) covers \"science\".\n\n"
    "Crew:\n- Shubhanshu Shukla\n- Peggy Whitson.\n\nNASA's Artemis II, led by Reid Wiseman, flies in 2026.",
    "  Leading spaces,  double  spaces and a tab\there. U.S.-built e.g. 12th 1,000 ten ISS-2 co-operation",
    "中国航天。 Tiangong! «Quoted» — dashes – and ellipses…",
    "It flew on H-IIA Launch Vehicle No. 47 from Tanegashima. It weighs approx. ten tonnes. Then it landed.",
    "",
    "One",
    *(p.read_text(encoding="utf-8") for p in EXAMPLES),
]


@pytest.fixture(scope="module")
def nlp():
    pipeline = spacy.blank("en")
    pipeline.add_pipe("sentencizer")
    return pipeline


@pytest.fixture(scope="module")
def flags(nlp) -> WordFlags:
    return WordFlags(nlp.vocab)


@pytest.mark.parametrize("text", TEXTS)
def test_words_flags_and_sentences_are_spacys(nlp, flags, text):
    doc = nlp(text)
    toks = Tokens(nlp.make_doc(text), text, flags)
    assert list(toks.words) == [t.text for t in doc]
    assert list(toks.idx) == [t.idx for t in doc]
    for column, attr in [("lower", "lower_"), ("title", "is_title"), ("upper", "is_upper"), ("alpha", "is_alpha"),
                         ("is_lower", "is_lower"), ("digit", "is_digit"), ("stop", "is_stop")]:
        assert list(getattr(toks, column)) == [getattr(t, attr) for t in doc], column
    line_breaks = [i > 0 and "\n" in doc[i - 1].text for i in range(len(doc))]
    abbreviated = [t.i > 0 and (t.is_lower or t.is_digit) for t in doc]  # "No. 47", "approx. ten"
    assert toks.starts == [bool(t.is_sent_start) and not ab or br for t, ab, br in zip(doc, abbreviated, line_breaks)]
    starts = [i for i, start in enumerate(toks.starts) if start] + [len(doc)]
    assert [(s.start, s.end) for s in toks.sents] == list(zip(starts, starts[1:]))
    # a sentence's text is spaCy's span less the line breaks after it (a heading's blank lines)
    spans = [doc[s.start:s.end] for s in toks.sents]
    assert [(s.text, s.start_char, s.end_char) for s in toks.sents] == [
        (span.text.rstrip(), span.start_char, span.start_char + len(span.text.rstrip())) for span in spans]
    assert not any(s.text != s.text.rstrip() for s in toks.sents)


@pytest.mark.parametrize("text", TEXTS[:3])
def test_spans_and_char_spans_are_spacys(nlp, flags, text):
    doc = nlp.make_doc(text)
    toks = Tokens(doc, text, flags)
    rng = random.Random(7)
    n = len(doc)
    for _ in range(300):
        a, b = rng.randint(-3, n + 3), rng.randint(-3, n + 3)
        assert toks.span(a, b) == doc[a:b].text, (a, b)
        c = rng.randint(-2, len(text) + 2)
        d = c + rng.randint(1, 12)
        span = doc.char_span(c, d, alignment_mode="expand") if 0 <= c and d <= len(text) else None
        assert toks.char_span(c, d) == (None if span is None else (span.start, span.end)), (c, d)


@pytest.mark.parametrize("text, sentences", [
    ("It flew on H-IIA Launch Vehicle No. 47 from Tanegashima. Then it landed.", 2),
    ("The lander weighs approx. ten tonnes. It landed.", 2),
    ("See Fig. 3 for the orbit. Vol. 2 has the rest.", 2),
])
def test_a_full_stop_after_an_abbreviation_ends_no_sentence(nlp, flags, text, sentences):
    assert len(Tokens(nlp.make_doc(text), text, flags).sents) == sentences
