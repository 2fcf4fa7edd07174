"""Find facts between the things of an article, from the language of news reports.

Each rule reads one pattern of reporting ("ISRO Chairman S. Somanath", "X and Y signed
an agreement", "Z commands the mission", "ESA's RAMSES mission", "a satellite they built
together") and states the facts it plainly says. Rules see one sentence at a time, with
what the article said before it (the last agreement, mission or agencies named).

The rules live in modules by subject (`people`, `agreements`, `crew`, `missions`,
`following`), each a class registered by the name its facts cite (`cues:NAME`). `ORDER`
says in what order they run: the sentence rules on each sentence in turn, then the rules
of the whole article. `base` holds what the rules share, `dates` the dates they read.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from ..knowledge import Knowledge
from ..mentions import Found, Mention
from ..model import Fact
from ..phrases import Phrases
from . import agreements, crew, following, missions, people  # noqa: F401 - they register their rules
from .base import CUES, RULES, ArticleRule, Context, Cues, Rule, SentenceRule, register
from .dates import dateline, dates_in

__all__ = ["ORDER", "RULES", "Relations", "Rule", "dateline", "dates_in", "register"]

# the order in which the rules run: the sentence rules read each sentence in this order,
# then the article rules read the whole article
ORDER = ("titles", "astronauts", "group-members", "person-places", "agreements", "crew", "destination", "operators",
         "participants", "part-of", "concerns", "areas", "seats", "signing-dates", "following")
_WORDISH = re.compile(r"[\w-]")


class Relations:
    """The rules, built once per extractor; `read(found, today, ...)` returns the facts."""

    def __init__(self, kb: Knowledge, phrases: Phrases):
        self.kb = kb
        lex = kb.lexicon
        for name in CUES:
            phrases.add(name, lex[name], cased=False)
        self.jobs = {w for w in lex["person_nouns"] if " " in w}  # a crew word inside them is a job: "test pilot"
        rules = [RULES[name](kb) for name in ORDER]
        self.sentence_rules = [r for r in rules if isinstance(r, SentenceRule)]
        self.article_rules = [r for r in rules if isinstance(r, ArticleRule)]
        # the rules that look at every sentence, naming things or not, before any reads it
        self.starters = [r for r in self.sentence_rules if type(r).start is not SentenceRule.start]

    def read(self, found: Found, today: date | None, areas: list[Mention], titles: list[tuple[int, int]],
             astronaut_nouns: list[tuple[int, int]], said: Iterable[Fact] = ()) -> list[Fact]:
        """The facts the cue rules read; `said` are those the rules over structure read already."""
        toks = found.toks
        line = dateline(toks.text)
        ctx = Context(found, self.kb, self._cues(found), today or (line[1] if line else None),
                      dateline=line[0] if line else (0, 0), titles=titles, astronaut_nouns=astronaut_nouns,
                      areas=areas)
        ctx.said = list(said)
        for f in ctx.said:
            if f.prop == "jobTitle":
                ctx.titled.setdefault((f.subject, f.evidence.start), []).append(str(f.obj))
        if line:
            ctx.last_date = line[1]
        mentions = self._by_sentence(ctx)
        for sent in toks.sents:
            ms = mentions.get(sent.start, [])
            for rule in self.starters:
                rule.start(ctx, sent)
            # a sentence that names nothing can still tell of a signing ("It was signed on
            # 3 May") or open a list of crew, if it has a cue word of those (`UNNAMED_CUES`);
            # the other rules need things named
            unnamed = not ms and sent.start in ctx.cues.sentences
            for rule in self.sentence_rules:
                if ms or (unnamed and rule.unnamed):
                    ctx.rule = f"cues:{rule.name}"  # named in the provenance of the facts it adds
                    rule.read(ctx, sent, ms)
        for article_rule in self.article_rules:
            ctx.rule = f"cues:{article_rule.name}"
            article_rule.read(ctx)
        return ctx.facts

    @staticmethod
    def _by_sentence(ctx: Context) -> dict[int, list[Mention]]:
        """The mentions of each sentence (by its first token) in one pass over the sorted
        mentions, leaving out those in the dateline."""
        sents, idx = ctx.toks.sents, ctx.toks.idx
        first, last = ctx.dateline
        out: dict[int, list[Mention]] = {}
        i = 0
        for m in ctx.found.mentions:
            while sents[i].end <= m.start:
                i += 1
            if not first <= idx[m.start] < last:
                out.setdefault(sents[i].start, []).append(m)
        return out

    def _cues(self, found: Found) -> Cues:
        """The cue words of the article, as whole words (no letter, digit or hyphen glued on)
        outside the names found ("Crew" of "Commercial Crew Program" is no cue of a crew) and
        the jobs of persons ("pilot" of "a U.S. Army test pilot")."""
        toks = found.toks
        words, space, n = toks.words, toks.space, len(toks.words)
        named = {i for m in found.mentions if not m.ref for i in range(m.start, m.end)}
        cues = [(s, -e, name) for name in CUES for s, e in found.matches.spans(name) if not (
            (s > 0 and not space[s - 1] and _WORDISH.match(words[s - 1][-1])) or
            (e < n and not space[e - 1] and _WORDISH.match(words[e][0])) or s in named or
            (name in ("crew_cues", "crew_roles") and any(toks.span(s - k, e).lower() in self.jobs
                                                         for k in (1, 2) if k <= s)))]  # "an air force pilot"
        cues.sort()
        return Cues(cues, toks)

