"""What the cue rules share: the cue words of an article (`Cues`), what the article has said
so far (`Context`), the helpers the rules read sentences with, and the registry of rules
(`register`), each a class with a name that the provenance of its facts cites."""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date
from typing import ClassVar, TypeVar

from ..knowledge import Knowledge
from ..mentions import MISSION_CLASSES, ORG_CLASSES, Found, Mention
from ..model import Evidence, Fact
from ..tokens import Sentence, Tokens
from .dates import dates_in

LIST_ITEM = re.compile(r"\s*(?:[-*•]|\d+[.)])\s")  # a line of a list: "- ", "* ", "1. "

STATUS_CLASSES = MISSION_CLASSES | {"SpaceStation", "Program"}
OPERATED = STATUS_CLASSES | {"Spacecraft"}
OWNERS = ORG_CLASSES | {"Country"}
PARTICIPATING = MISSION_CLASSES | {"Program", "Spacecraft"}
CLAUSE_BREAKS = {";", "while", "whereas", "but"}
VENTURES = {"venture", "ventures"}  # "a joint venture of A and B": a company and its owners, no joint work or agreement
CUES = ("crew_cues", "crew_roles", "signing_cues", "participation_cues", "destination_cues",
        "agreement_refs", "agreement_nouns", "crewed_words", "group_refs", "area_cues",
        "signed_not_agreements")  # lists of the lexicon; signed_not_agreements: documents signed that are no
# agreement ("has signed a law ratifying the agreement", "signed a directive"): whoever signs one signs none
UNNAMED_CUES = {"agreement_nouns", "signing_cues", "crew_cues", "crew_roles"}  # what `agreements` and `crew` need


class Cues:
    """Where an article says the lexicon's cue words: (start, -end, list) of every cue,
    sorted by start (the longest first), found by one PhraseMatcher pass over the article
    rather than a regular expression searched in each sentence."""

    def __init__(self, cues: list[tuple[int, int, str]], toks: Tokens) -> None:
        """`cues`: (start, -end, list) of every cue, sorted; one walk along the sentences
        places them."""
        self.cues = cues
        self.by_sentence: dict[tuple[str, int], tuple[int, int]] = {}  # (list, sentence start): first cue
        sents = toks.sents
        i = 0
        for s, minus_e, name in cues:
            e = -minus_e
            while sents[i].end <= s:
                i += 1
            if e <= sents[i].end:
                self.by_sentence.setdefault((name, sents[i].start), (s, e))
        # the starts of the sentences with a cue of signing or of crew, which speak even naming nothing
        self.sentences = {start for name, start in self.by_sentence if name in UNNAMED_CUES}

    def first(self, name: str, start: int, end: int) -> tuple[int, int] | None:
        """The first cue of the list inside tokens start..end."""
        cues = self.cues
        i = bisect_left(cues, (start,))
        while i < len(cues) and cues[i][0] < end:
            s, minus_e, found = cues[i]
            if found == name and -minus_e <= end:
                return s, -minus_e
            i += 1
        return None


@dataclass
class Agreement:
    tid: str
    parties: list[str] = field(default_factory=list)
    day_named: bool = False  # its date is a day named ("today"), which a date written later replaces


@dataclass
class Context:
    """What the article has said so far, for references across sentences."""

    found: Found
    kb: Knowledge
    cues: Cues
    today: date | None  # publication date, or the dateline's
    toks: Tokens = field(init=False)
    facts: list[Fact] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    last_date: date | None = None  # the last date written in the sentences read for dates, else the dateline's
    _dated: int = 0  # the sentences read for dates
    dateline: tuple[int, int] = (0, 0)  # characters of the dateline, where names are places, not actors
    crew_list_for: str | None = None
    crew_affiliation: str | None = None  # the organisation of a group of astronauts named before
    group_at: int = 0  # the token where the sentence that named that group starts
    titles: list[tuple[int, int]] = field(default_factory=list)  # token spans of the job titles
    astronaut_nouns: list[tuple[int, int]] = field(default_factory=list)  # token spans of "astronaut" and kin
    areas: list[Mention] = field(default_factory=list)  # the areas of cooperation named
    listed: bool = False  # the sentence read is an item of a crew list
    titled: dict[tuple[str, int], list[str]] = field(default_factory=dict)  # the rules over structure's job
    # titles, by (person, sentence's first character): "Pappalardo, the mission's project scientist"
    said: list[Fact] = field(default_factory=list)  # the facts the rules over structure read
    _latest_first: list[Mention] = field(default_factory=list)
    _stated: set[tuple[str, str]] = field(default_factory=set)  # (subject, property) of the facts added
    _evidence: dict[int, Evidence] = field(default_factory=dict)  # by sentence start: one (immutable) a sentence
    rule: str = ""  # the rule at work

    def __post_init__(self) -> None:
        self.toks = self.found.toks  # a field, not a property: the rules read it thousands of times

    def add(self, s: str, p: str, o, sent: Sentence, literal: bool = False) -> None:
        if not literal and s == o:
            return
        ev = self._evidence.get(sent.start)
        if ev is None:
            ev = self._evidence[sent.start] = Evidence(sent.text, sent.start_char, sent.end_char)
        self.facts.append(Fact(s, p, o, ev, literal, self.rule))
        self._stated.add((s, p))

    def cls(self, tid: str) -> str:
        return self.found.things[tid].cls

    def latest_first(self) -> list[Mention]:
        """The mentions, the last named first (sorted again only when one was added)."""
        if len(self._latest_first) != len(self.found.mentions):
            self._latest_first = sorted(self.found.mentions, key=lambda m: -m.start)
        return self._latest_first

    def cue(self, name: str, sent: Sentence) -> tuple[int, int] | None:
        """The first cue of the list in the sentence."""
        return self.cues.by_sentence.get((name, sent.start))

    def date_before(self, sent: Sentence) -> date | None:
        """The last date written before the sentence, else the dateline's. Few rules ask,
        so the sentences are read for dates only then, each once."""
        sents = self.toks.sents
        while self._dated < len(sents) and sents[self._dated].start < sent.start:
            for _, d in dates_in(sents[self._dated].text):
                self.last_date = d
            self._dated += 1
        return self.last_date

    def has(self, s: str, p: str) -> bool:
        """A fact of the subject with the property was added (`add`) before."""
        return (s, p) in self._stated


# -- the rules ----------------------------------------------------------------------------

class Rule:
    """A rule of cue words, built once per extractor. Its `name` is cited in the provenance
    of the facts it adds (`cues:NAME`)."""

    name: ClassVar[str]

    def __init__(self, kb: Knowledge) -> None:
        self.kb = kb


class SentenceRule(Rule):
    """A rule that reads the sentences that name things, one at a time, in order."""

    unnamed: ClassVar[bool] = False  # reads also a sentence that names nothing but has a cue of `UNNAMED_CUES`

    def start(self, ctx: Context, sent: Sentence) -> None:
        """Looks at every sentence, naming things or not, before any rule reads it."""

    def read(self, ctx: Context, sent: Sentence, ms: list[Mention]) -> None:
        raise NotImplementedError


class ArticleRule(Rule):
    """A rule that reads the whole article once, after the sentence rules."""

    def read(self, ctx: Context) -> None:
        raise NotImplementedError


RULES: dict[str, type[Rule]] = {}  # by name
R = TypeVar("R", bound=type[Rule])


def register(cls: R) -> R:
    """Make a rule known by its name (`cues.ORDER` says when it runs)."""
    assert cls.name not in RULES, cls.name
    RULES[cls.name] = cls
    return cls


# -- helpers of the rules -----------------------------------------------------------------

def of_classes(ctx: Context, ms: list[Mention], classes: set[str], named: bool = False) -> list[Mention]:
    things = ctx.found.things
    if named:
        return [m for m in ms if not m.ref and things[m.tid].cls in classes]
    return [m for m in ms if things[m.tid].cls in classes]


def possessive(toks: Tokens, m: Mention) -> bool:
    return m.end < len(toks.words) and toks.words[m.end] in ("'s", "’s", "'", "’")


def clause(toks: Tokens, sent: Sentence, i: int, breaks: set[str] = CLAUSE_BREAKS) -> tuple[int, int]:
    """Token range of the clause around token i ("...; ..." and "..., while ..." split)."""
    start, end = sent.start, sent.end
    lower = toks.lower
    for k in range(i, sent.start - 1, -1):
        if lower[k] in breaks and k != i:
            start = k + 1
            break
    for k in range(i + 1, sent.end):
        if lower[k] in breaks:
            end = k
            break
    return start, end


def past(ctx: Context, m: Mention) -> bool:
    """"a veteran of the Shenzhou-13 mission": named as history, not as the subject."""
    return any(w in ("veteran", "previous", "previously", "earlier", "former", "past")
               for w in ctx.toks.lower[max(0, m.start - 4):m.start])


def recent_named(ctx: Context, before: int, classes: set[str], n: int = 1) -> list[str]:
    """The last n distinct things of these classes named before token `before`."""
    out: list[str] = []
    for m in ctx.latest_first():
        if m.start < before and not m.ref and ctx.cls(m.tid) in classes and m.tid not in out \
                and not past(ctx, m):
            out.append(m.tid)
            if len(out) == n:
                break
    return out


def group_named(ctx: Context, sent: Sentence) -> list[str]:
    """"they", "both agencies": the two agencies named last."""
    if not ctx.cue("group_refs", sent):
        return []
    return recent_named(ctx, sent.start, {"SpaceAgency"}, 2)


def token_at(toks: Tokens, sent: Sentence, char: int) -> int:
    """The token at a character of the sentence (the sentence's first, outside it)."""
    span = toks.char_span(sent.start_char + char, sent.start_char + char + 1)
    return span[0] if span is not None else sent.start
