"""Facts that follow plainly from the others, once the sentences are read: a signatory's
organisation is a party, a crew member's agency takes part, "Indian Space Research
Organisation" is India's."""
from __future__ import annotations

import functools
import re

from ..knowledge import Entry
from ..mentions import ORG_CLASSES, PERSON_CLASSES
from ..model import Fact
from .base import ArticleRule, Context, register

_CAPITALISED = re.compile(r"[A-Z][\w.]*")


@register
class Following(ArticleRule):
    name = "following"

    def read(self, ctx: Context) -> None:
        """Facts that follow plainly from others: a signatory's organisation is a party;
        a crew member's agency takes part; "Indian Space Research Organisation" is India's."""
        facts = list(ctx.facts)
        by_sub: dict[tuple[str, str], list[Fact]] = {}
        for f in facts:
            by_sub.setdefault((f.subject, f.prop), []).append(f)
        for a in ctx.agreements:
            for f in by_sub.get((a.tid, "signatory"), []):
                # a signatory signs for the organisation they head, or, failing any party
                # named, for the one they work for
                roles = by_sub.get((f.target, "heads"), []) or (
                    [] if by_sub.get((a.tid, "party")) else by_sub.get((f.target, "affiliation"), []))
                for h in roles:
                    ctx.facts.append(Fact(a.tid, "party", h.target, f.evidence, rule=ctx.rule))
                    if h.target not in a.parties:
                        a.parties.append(h.target)
            thing = ctx.found.things[a.tid]
            if thing.local and a.parties:  # "Joint statement between JAXA and ESA"
                # the shortest name of each party, the first in order of those as short
                names = [min(ctx.found.things[p].names(), key=lambda n: (len(n), n)) for p in a.parties]
                joined = ", ".join(names[:-1]) + f" and {names[-1]}" if len(names) > 1 else names[0]
                thing.label = f"{thing.label} between {joined}"
        for f in facts:
            if f.prop == "crewMember":
                for aff in by_sub.get((f.target, "affiliation"), []):
                    if ctx.cls(aff.target) == "SpaceAgency":
                        ctx.facts.append(Fact(f.subject, "participant", aff.obj, f.evidence, rule=ctx.rule))
        affiliated: dict[str, list[Fact]] = {}  # affiliation facts by organisation
        for f in facts:
            if f.prop == "affiliation":
                affiliated.setdefault(f.target, []).append(f)
        first_mention = {m.tid: m for m in reversed(ctx.found.mentions)}
        for tid, thing in list(ctx.found.things.items()):
            if thing.cls not in ORG_CLASSES or tid not in first_mention:
                continue
            country = self._country_in_name(ctx, thing.names())
            if country:
                m = first_mention[tid]
                sent = ctx.toks.sentence(m.start)
                ctx.add(tid, "country", country, sent)
                for f in affiliated.get(tid, []):
                    if ctx.cls(f.subject) in PERSON_CLASSES:
                        ctx.facts.append(Fact(f.subject, "country", country, f.evidence, rule=ctx.rule))

    def _country_in_name(self, ctx: Context, names: set[str]) -> str | None:
        entry = self._country_named(frozenset(names))
        return ctx.found.add("Country", entry.id, entry.label, same_as=entry.same_as) if entry else None

    @functools.lru_cache(maxsize=100_000)  # noqa: B019 - one Following per extractor, bounded
    def _country_named(self, names: frozenset[str]) -> Entry | None:
        """The country a name of an organisation says ("Indian Space Research Organisation")."""
        for name in sorted(names):
            for word in _CAPITALISED.findall(name):
                entry = self.kb.demonyms.get(word) or self.kb.countries.get(word)
                if entry:
                    return entry
        return None
