"""Facts that follow plainly from the others, once the sentences are read: a signatory's
organisation is a party, a crew member's agency takes part, "Indian Space Research
Organisation" is India's (where the article names India: a country only a name's adjective
says is no thing the article speaks of), and so is an astronaut or a serviceman of it."""
from __future__ import annotations

import functools
import re

from ..discourse import KNOWN_AFFILIATION_RULE
from ..knowledge import Entry, Knowledge
from ..mentions import ORG_CLASSES, PERSON_CLASSES
from ..model import Fact
from ..tokens import Sentence
from .base import ArticleRule, Context, register

_CAPITALISED = re.compile(r"[A-Z][\w.]*")
NATIONAL = ORG_CLASSES | {"SpaceStation", "Program"}  # what a name can say is a country's ("China's space station")


@register
class Following(ArticleRule):
    name = "following"

    def __init__(self, kb: Knowledge) -> None:
        super().__init__(kb)
        self.forces = tuple(kb.lexicon["armed_forces"]["words"])

    def read(self, ctx: Context) -> None:
        """Facts that follow plainly from others: a signatory's organisation (or country) is a party;
        a crew member's agency takes part; "Indian Space Research Organisation" is India's."""
        facts = [*ctx.said, *ctx.facts]
        by_sub: dict[tuple[str, str], list[Fact]] = {}
        for f in facts:
            by_sub.setdefault((f.subject, f.prop), []).append(f)
        for a in ctx.agreements:
            for f in by_sub.get((a.tid, "signatory"), []):
                # a signatory signs for the organisation they head, or, failing any party
                # named, for the one they work for, else for their country ("Sweden's minister")
                roles = by_sub.get((f.target, "heads"), []) or (
                    [] if by_sub.get((a.tid, "party")) else
                    by_sub.get((f.target, "affiliation"), []) or by_sub.get((f.target, "country"), []))
                for h in roles:
                    ctx.facts.append(Fact(a.tid, "party", h.target, f.evidence, rule=ctx.rule))
        for f in facts:
            if f.prop == "crewMember" and not ((series := ctx.found.series.get(f.subject)) and series.stay):
                # not of a station crew's stay: an agency's astronaut serves on Expedition 72 as a partner of
                # the station, and flies there on a flight the agency takes part in
                for aff in by_sub.get((f.target, "affiliation"), []):
                    if ctx.cls(aff.target) == "SpaceAgency":
                        ctx.facts.append(Fact(f.subject, "participant", aff.obj, f.evidence, rule=ctx.rule))
        affiliated: dict[str, list[Fact]] = {}  # affiliation facts by organisation
        for f in facts:
            if f.prop == "affiliation" and f.rule != KNOWN_AFFILIATION_RULE:  # what the sentences say, not background
                affiliated.setdefault(f.target, []).append(f)
        named_in: dict[str, list[Sentence]] = {}  # the sentences naming each thing, in order
        for m in ctx.found.mentions:
            sents = named_in.setdefault(m.tid, [])
            sent = ctx.toks.sentence(m.start)
            if sent not in sents:
                sents.append(sent)
        named_countries = {t.label for tid, t in ctx.found.things.items() if t.cls == "Country" and tid in named_in}
        for tid, thing in list(ctx.found.things.items()):
            if thing.cls not in NATIONAL or tid not in named_in:
                continue
            read = self._country_named(frozenset(thing.names()))
            if read and read[0].label in named_countries:  # a country the article names, not only its adjective
                entry, saying = read
                country = ctx.found.add("Country", entry.id, entry.label, same_as=entry.same_as)
                ctx.add(tid, "country", country, self._citing(ctx, named_in[tid], saying, country))
                armed = any(name.endswith(force) for name in thing.names() for force in self.forces)
                for f in affiliated.get(tid, []):
                    if ctx.cls(f.subject) == "Astronaut" or armed and ctx.cls(f.subject) in PERSON_CLASSES:
                        ctx.facts.append(Fact(f.subject, "country", country, f.evidence, rule=ctx.rule))
                        # an astronaut flies under its flag, a soldier serves it; an official may be of any

    @staticmethod
    def _citing(ctx: Context, sents: list[Sentence], saying: tuple[str, ...], country: str) -> Sentence:
        """The sentence to cite for a country read from a name: the first that writes a
        name saying it; else (the article writes only another name, "ISRO") the first
        naming the organisation with the country, else the first naming it."""
        written = [s for s in sents if any(name in s.text for name in saying)]
        with_country = [s for s in sents if any(m.tid == country and s.start <= m.start < s.end
                                                for m in ctx.found.mentions)]
        return (written or with_country or sents)[0]

    @functools.lru_cache(maxsize=100_000)  # noqa: B019 - one Following per extractor, bounded
    def _country_named(self, names: frozenset[str]) -> tuple[Entry, tuple[str, ...]] | None:
        """The country a name of an organisation says ("Indian Space Research Organisation"),
        and the names that say it."""
        said = [(name, self._country_word(name)) for name in sorted(names)]
        entry = next((e for _, e in said if e), None)
        return (entry, tuple(name for name, e in said if e == entry)) if entry else None

    def _country_word(self, name: str) -> Entry | None:
        for word in _CAPITALISED.findall(name):
            entry = self.kb.demonyms.get(word) or self.kb.countries.get(word)
            if entry:
                return entry
        return None
