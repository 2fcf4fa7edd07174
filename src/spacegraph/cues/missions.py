"""Missions, stations and programmes: where a mission goes ("docked with the station"), who
runs it ("ESA's RAMSES mission", "operated by Z"), who takes part ("a satellite they built
together") and what programme it is part of ("Shenzhou-21, part of the Tiangong programme")."""
from __future__ import annotations

import re

from ..knowledge import Knowledge
from ..mentions import MISSION_CLASSES, ORG_CLASSES, Mention
from ..tokens import Sentence, Tokens
from .base import (CLAUSE_BREAKS, OPERATED, OWNERS, PARTICIPATING, VENTURES, Context, SentenceRule, clause, group_named,
                   of_classes, possessive, register, token_at)

_THAT_LEADS = re.compile(r"\b(?:that|which)\s+(.{1,40}?)\s+(leads|operates|runs|manages|owns)\b")
_OPERATED_BY = re.compile(r"\s*,?\s*(?:(?:which|that) (?:is|was|are|were|will be|has been|would be) )?"
                          r"(operated|run|led|managed|owned) by\s+(?:the\s+)?")
_RUNS_THE = re.compile(r"\b(run|runs|operate|operates|lead|leads|manage|manages)(?:\s+the)?\s*$")
_RUN_VERBS = re.compile(r"run|operate|lead|manage")  # in every match of _RUNS_THE
VERB_LINKS = {"to", "be", "been", "is", "are", "was", "were"}  # "designed to be used together": the last verb's
FRAMES = {"for", "under", "of"}  # before a programme that frames a mission's work (Participants._frame)
_PART_OF = re.compile(r"\s*,\s*(?:the\s+|a\s+)?(?:part of|(?:[\w-]+\s+){0,3}(?:flight|mission|launch|landing)s?\s+(?:of|in|under))\b")


@register
class Destination(SentenceRule):
    name = "destination"

    def read(self, ctx: Context, sent: Sentence, ms: list[Mention]) -> None:
        """"... aboard the International Space Station", "reached the ISS", "docked with the
        station": a mission named in the station's clause goes there; not one named in another
        clause ("Sharman visited Mir, and Peake spent six months on the ISS during Principia")."""
        toks = ctx.toks
        stations = of_classes(ctx, ms, {"SpaceStation"})
        here = of_classes(ctx, ms, MISSION_CLASSES)
        for s in stations if here else ():
            before = max(sent.start, s.start - 3)
            if ctx.cues.first("destination_cues", before, s.start) and "from" not in toks.lower[before:s.start]:
                start, end = clause(toks, sent, s.start)
                near = [m for m in here if start <= m.start < end]
                if near:
                    ctx.add(near[-1].tid, "destination", s.tid, sent)


@register
class Operators(SentenceRule):
    name = "operators"

    def read(self, ctx: Context, sent: Sentence, ms: list[Mention]) -> None:
        """"ESA's RAMSES mission", "Gaganyaan, ISRO's crewed programme", "an observatory
        that ESA leads", "ISRO ... will run the satellite", "the station, operated by Z"."""
        toks = ctx.toks
        words, lower = toks.words, toks.lower
        tails = self.kb.lexicon["name_tails"]
        things = of_classes(ctx, ms, OPERATED)
        orgs = of_classes(ctx, ms, OWNERS, named=True)
        for o in orgs:
            if not possessive(toks, o):
                continue
            k = o.end + 1
            while k < sent.end and toks.is_lower[k] and toks.alpha[k] and k - o.end < 5 and \
                    (not toks.stop[k] or lower[k] == "own") and \
                    lower[k] not in tails and toks.span(k, k + 2).lower() != "space station":
                k += 1
            if toks.span(k, k + 2).lower() == "space station":
                k += 1
            target = next((m for m in things if m.start == k), None)
            if target is None and k < sent.end and lower[k] in tails:
                # "Gaganyaan, ISRO's own crewed programme": the name before the comma
                start = o.start - 1 if o.start > sent.start and lower[o.start - 1] in ("the", "a") else o.start
                target = next((m for m in things if words[start - 1] == "," and (m.end == start - 1 or (
                    m.end == start - 2 and words[start - 2] == ")"))), None)
                if target is None and k + 1 < sent.end and words[k + 1] == ",":
                    # "Russia's upcoming space station, the Russian Orbital Station"
                    first = k + 3 if k + 2 < sent.end and lower[k + 2] == "the" else k + 2
                    target = next((m for m in things if m.start == first), None)
            if target is None:
                continue
            if ctx.cls(o.tid) == "Country":
                if ctx.cls(target.tid) in {"SpaceStation", "Program"}:
                    ctx.add(target.tid, "country", o.tid, sent)
            else:
                ctx.add(target.tid, "operator", o.tid, sent)
        text = sent.text
        for t in things if "that" in text or "which" in text or " by" in text else ():
            # "X, an observatory that ESA leads", "operated by Z"
            window = toks.span(t.end, min(t.end + 12, sent.end))
            m = _THAT_LEADS.search(window) if "that" in window or "which" in window else None
            if m and any(t.end <= x.start and toks.idx[x.start] < toks.idx[t.end] + m.start() for x in things):
                m = None  # "An Ariane 5 launches the James Webb Space Telescope, which NASA leads": the clause
                # is of the thing named last before it
            by = _OPERATED_BY.match(window) if " by" in window else None
            for o in orgs:
                oname = toks.span(o.start, o.end)
                if (m and oname == m.group(1).removeprefix("the ")) or (by and window[by.end():].startswith(oname)):
                    ctx.add(t.tid, "operator", o.tid, sent)
        # "ISRO ... will run the satellite"
        for t in things if _RUN_VERBS.search(text) else ():
            if t.start < 2:
                continue
            before = toks.span(max(sent.start, t.start - 3), t.start)
            if not _RUNS_THE.search(before):
                continue
            clause_start, _ = clause(toks, sent, t.start)
            subj = [o for o in orgs if clause_start <= o.start < t.start and not possessive(toks, o)
                    and ctx.cls(o.tid) != "Country"]
            if subj:  # the nearest: "lifted off from Jiuquan ..., according to CMSA, which runs the station"
                ctx.add(t.tid, "operator", subj[-1].tid, sent)


IN_REACH = 4  # words from "partner in" to the thing it is a partner in: "partner in NASA's Artemis programme"


@register
class Participants(SentenceRule):
    name = "participants"

    def __init__(self, kb: Knowledge) -> None:
        super().__init__(kb)
        # the words of a launch, after which "from X" is where it leaves from
        self.launches = frozenset(kb.lexicon["status"]["begins"]) | {"rocket", "rockets", "launcher"}
        adverbs = kb.lexicon["adverb_cues"]  # "together": only after a verb of joint work
        self.adverbs = frozenset(adverbs["words"])
        self.joint_work = frozenset(w for name in adverbs["verbs"] for w in kb.lexicon["verbs"][name])
        self.reach = adverbs["reach"]
        self.phrasal = frozenset(adverbs["phrasal"])

    def read(self, ctx: Context, sent: Sentence, ms: list[Mention]) -> None:
        """"a satellite they built together", "both agencies contribute to NASA's Artemis
        programme", "the first satellite that ISRO and NASA have developed together"."""
        toks = ctx.toks
        cue = ctx.cue("participation_cues", sent)
        while cue and (toks.lower[cue[0]] in self.adverbs and not self._after_joint_work(toks, sent, cue[0])
                       or cue[1] < sent.end and toks.lower[cue[1]] in VENTURES):  # "Thales Alenia Space, a joint
            # venture of Thales and Leonardo": a company's owners, who take part in nothing it builds
            cue = ctx.cues.first("participation_cues", cue[1], sent.end)  # "launched together with XRISM, built by
            # JAXA in collaboration with NASA": the next cue
        if not cue:
            return
        things = [t for t in of_classes(ctx, ms, PARTICIPATING)
                  if ctx.cls(t.tid) != "Program" or not self._frame(toks, sent, ms, t)]
        before = [t for t in things if t.end <= cue[0]]
        within = [t for t in things if cue[1] < t.start <= cue[1] + IN_REACH and toks.lower[cue[1]] == "in"]
        if within:  # "a core partner in IRIS²", "is a major partner in NASA's Artemis program"
            things = within[:1]
        elif before:  # "The spacecraft was launched with XRISM, a satellite built by JAXA": the work is the
            # last thing's named before it, not every thing's of the sentence
            things = [t for t in things if t.tid == before[-1].tid]
        if not things:
            return
        possessive_of: dict[str, set[str]] = {}
        for o in of_classes(ctx, ms, ORG_CLASSES):  # "the agency's Artemis programme" is NASA's too
            if possessive(toks, o):
                nxt = next((m for m in things if o.end < m.start <= o.end + 4), None)
                if nxt:
                    possessive_of.setdefault(nxt.tid, set()).add(o.tid)
        group = group_named(ctx, sent)
        for t in things:
            start, end = clause(toks, sent, t.start, CLAUSE_BREAKS - {";"})  # "; ISRO built ..." shares the work
            near = [m.tid for m in of_classes(ctx, ms, ORG_CLASSES, named=True) if start <= m.start < end
                    and not self._launch_site(toks, m, start)]
            for org in dict.fromkeys(near + group):
                if org in possessive_of.get(t.tid, ()):
                    continue
                ctx.add(t.tid, "participant", org, sent)

    def _after_joint_work(self, toks: Tokens, sent: Sentence, at: int) -> bool:
        """A verb of building, running, preparing or working in the cue's clause, a few words
        before it, with no infinitive or passive between: "built the constellation together
        with NOAA", not "designed to be used together with GPS"."""
        start, _ = clause(toks, sent, at)
        if at > start and toks.lower[at - 1] in self.phrasal:
            return True  # "the satellite itself was put together by IAMCAS": the verb itself
        for w in reversed(toks.lower[max(start, at - self.reach):at]):
            if w in self.joint_work:
                return True
            if w in VERB_LINKS:
                return False
        return False

    @staticmethod
    def _frame(toks: Tokens, sent: Sentence, ms: list[Mention], m: Mention) -> bool:
        """A programme named as the frame of the work, not its aim: after "for", "under" or
        "of" ("built with Draper for NASA's CLPS", "under NASA's low-cost SIMPLEx program",
        "one of ESA's Earth Explorer missions"), or as the modifier of a noun ("Galileo
        navigation signals"); not "contribute to NASA's Artemis programme"."""
        k = m.end
        if k < sent.end and toks.alpha[k] and toks.is_lower[k] and not toks.stop[k] \
                and toks.lower[k] not in ("programme", "program"):
            return True
        k = m.start - 1
        while k >= sent.start and k >= m.start - 6:
            owner = next((o for o in ms if o.end == k + 1), None)  # over "NASA" of "NASA's"
            if owner is not None:
                k = owner.start - 1
            elif toks.lower[k] in FRAMES:
                return True
            elif toks.alpha[k] and toks.is_lower[k] and not toks.stop[k] \
                    or toks.lower[k] in ("the", "its", "their", "'s", "’s", "-"):
                k -= 1  # "the", "low-cost", "'s"
            else:
                return False
        return False

    def _launch_site(self, toks: Tokens, m: Mention, start: int) -> bool:
        """"lifted off from the Tanegashima Space Center", "on a Proton rocket from Baikonur":
        where a launch leaves from takes no part in what it carries."""
        k = m.start - (2 if m.start >= 2 and toks.lower[m.start - 1] == "the" else 1)
        return k >= start and toks.lower[k] == "from" and any(w in self.launches for w in toks.lower[start:k])


@register
class PartOf(SentenceRule):
    name = "part-of"

    def read(self, ctx: Context, sent: Sentence, ms: list[Mention]) -> None:
        """"Artemis II, the first crewed flight of NASA's Artemis programme", "Shenzhou-21,
        part of the Tiangong programme": a mission and the programme it belongs to."""
        toks = ctx.toks
        words = toks.words
        # the link starts with a comma after the name (spaces before it at most)
        missions = [m for m in of_classes(ctx, ms, MISSION_CLASSES)
                    if m.end < sent.end and (words[m.end][0] == "," or words[m.end][0].isspace())]
        if not missions:
            return
        programs = of_classes(ctx, ms, {"Program"})
        for m in missions:
            window = toks.span(m.end, min(m.end + 9, sent.end))
            link = _PART_OF.match(window)
            if not link:
                continue
            at = token_at(toks, sent, toks.idx[m.end] - sent.start_char + link.end())
            program = next((p for p in programs if at <= p.start <= at + 4), None)
            if program:
                ctx.add(m.tid, "partOf", program.tid, sent)
