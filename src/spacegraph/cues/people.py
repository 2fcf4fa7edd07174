"""The people of an article: their titles ("ISRO Chairman S. Somanath"), the astronauts
("NASA astronaut Sunita Williams", "an ESA astronaut"), and the countries and organisations
they are of ("Tibor Kapu of Hungary", "Shukla of the Indian Air Force")."""
from __future__ import annotations

import re

from ..knowledge import Knowledge
from ..mentions import ORG_CLASSES, PERSON_CLASSES, Mention, heads_whole
from ..model import slug
from ..tokens import Sentence
from .base import OWNERS, Context, SentenceRule, of_classes, possessive, register

_BECAME = re.compile(r"\s*(?:is|was|became)\s+(?:the|a|an)\s+(?:first\s+)?(\w+)")
_WHO_HEADS = re.compile(r",\s*who\s+(?:heads|leads|runs|chairs|directs)\s+(?:the\s+)?")
GOVERNING = {"board"}  # who chairs an organisation's board heads it
SET_OFF_ADVERBS = {"also", "now", "then", "still", "himself", "herself"}  # between an apposition's comma and it
_WORKS = re.compile(r"\b(works?|directs?|leads?|heads?|serves?|flies|joined|now)\b")


@register
class Titles(SentenceRule):
    name = "titles"

    def __init__(self, kb: Knowledge) -> None:
        super().__init__(kb)
        self.shorthand = frozenset(kb.lexicon["shorthand_titles"]["words"])  # a headline's word for a leader

    def read(self, ctx: Context, sent: Sentence, ms: list[Mention]) -> None:
        """"ISRO Chairman S. Somanath", "ESA's Director General, Aschbacher",
        "Sandhu, India's ambassador to the US", "Prime Minister Narendra Modi"."""
        titles = ctx.titles
        toks = ctx.toks
        lower = toks.lower
        for ts, te in titles:
            if not sent.start <= ts < sent.end:
                continue
            title = toks.span(ts, te)
            heads = heads_whole(self.kb.titles, toks, ts, te, sent.end)  # not "director for crewed programmes"
            person = next((m for m in ms if m.start in (te, te + 1) and ctx.cls(m.tid) in PERSON_CLASSES
                           and toks.span(te, m.start) in ("", ",")), None)
            lead = ts  # "Rocket Lab founder and chief executive Peter Beck": back over the other titles
            while lead > sent.start + 1 and (lower[lead - 1] in ("and", ",") or
                                             any(e == lead for _, e in titles)):
                lead = lead - 1 if lower[lead - 1] in ("and", ",") else next(
                    s for s, e in titles if e == lead)
            owner = next((m for m in ms if ctx.cls(m.tid) in OWNERS and (
                m.end in (ts, lead) or possessive(toks, m) and lead - 4 < m.end < lead
                and all(toks.is_lower[j] or any(x.start <= j < x.end for x in ms) for j in range(m.end + 1, lead)))),
                None)  # "Sweden's education minister", "JAXA's H3 project manager"
            its = owner is None and lead > sent.start and lower[lead - 1] in ("its", "their")
            if its:  # "Axiom Space ... Michael Suffredini, its chief executive": the organisation before
                owner = next((m for m in reversed(ms) if m.end < lead and ctx.cls(m.tid) in ORG_CLASSES), None)
            if person is None:  # "Aschbacher, ESA's Director General"
                k = lead if its else owner.start if owner else ts
                if k > sent.start and lower[k - 1] in ("the", "a", "its", "their"):
                    k -= 1
                person = next((m for m in ms if m.end == k - 1 and toks.words[k - 1] == ","
                               and ctx.cls(m.tid) in PERSON_CLASSES), None)
                if person is None:
                    person = self._second_title_holder(ctx, sent, ms, ts, titles)
                    owner = None if person else owner  # the organisation after it, not the first title's
                if person and owner is None and te + 1 < sent.end and lower[te] == "of":
                    owner = next((m for m in ms if m.start in (te + 1, te + 2)
                                  and ctx.cls(m.tid) in OWNERS), None)
                    if owner and possessive(toks, owner):
                        heads = False  # "the chief of NASA's astronaut office" heads a part of NASA
            if person is None:
                continue
            if owner is not None and owner.end == ts and owner.start > sent.start and \
                    f"{lower[owner.start - 1]} {title}" in self.kb.titles:  # "acting NASA Administrator"
                heads = self.kb.titles[f"{lower[owner.start - 1]} {title}"][1]
                title = f"{toks.words[owner.start - 1]} {title}"
            former = any(w in ("former", "ex", "then")
                         for w in lower[max(sent.start, (owner.start if owner else ts) - 2):ts])
            if title.lower() not in self.shorthand or person.start < ts:  # "Bridenstine, the agency's chief"
                ctx.add(person.tid, "jobTitle", title, sent, literal=True)
            else:  # "Moon-to-Mars chief Amit Kshatriya": no job title, but a job on the ground, which `crew` reads
                ctx.titled.setdefault((person.tid, sent.start_char), []).append(title)
            if lead < ts and lower[ts - 1] == "and" and any(s == lead for s, _ in titles) \
                    and "," not in toks.words[lead:ts]:
                ctx.add(person.tid, "jobTitle", toks.span(lead, te), sent, literal=True)  # "Honda's president and
                # chief executive": each title, and the two as one
            if owner is None or former or its and any(
                    f.subject == person.tid and f.prop in ("heads", "affiliation") and f.evidence.start == sent.start_char
                    for f in ctx.said):
                continue  # "KASA signed it with NASA, and its Administrator, Yoon": the parse's owner, not the last named
            if ctx.cls(owner.tid) == "Country":
                ctx.add(person.tid, "country", owner.tid, sent)
            elif heads:
                ctx.add(person.tid, "heads", owner.tid, sent)
            else:
                ctx.add(person.tid, "affiliation", owner.tid, sent)


    @staticmethod
    def _second_title_holder(ctx: Context, sent: Sentence, ms: list[Mention], ts: int,
                             titles: list[tuple[int, int]]) -> Mention | None:
        """The person a title joined by "and" to another set off after their name holds it
        too: "S. Somanath, Chairman of ISRO and Secretary of the Department of Space"; "Al
        Amiri, Minister of State for Education and Chairwoman of the UAE Space Agency"."""
        toks = ctx.toks
        if ts - 1 <= sent.start or toks.lower[ts - 1] != "and":
            return None
        comma = next((j for j in range(ts - 2, sent.start, -1) if toks.words[j] == ","), None)
        if comma is None or not any(s == comma + 1 for s, _ in titles) or any(
                comma < m.start < ts and ctx.cls(m.tid) in PERSON_CLASSES for m in ms):
            return None
        return next((m for m in ms if m.end == comma and ctx.cls(m.tid) in PERSON_CLASSES), None)


@register
class Astronauts(SentenceRule):
    name = "astronauts"

    def __init__(self, kb: Knowledge) -> None:
        super().__init__(kb)
        self.introducing = set(kb.lexicon["introducing_verbs"])
        self.aboard = set(kb.lexicon["aboard_adverbs"])

    def read(self, ctx: Context, sent: Sentence, ms: list[Mention]) -> None:
        """"NASA astronaut Sunita Williams", "Uznanski, a European Space Agency project astronaut
        from Poland", and unnamed ones: "an ESA astronaut", "ISRO's Gaganyatri astronaut"."""
        toks = ctx.toks
        lower = toks.lower
        found = ctx.found
        here = [(s, e) for s, e in ctx.astronaut_nouns if sent.start <= s < sent.end]
        if not here:
            return
        groups = _merge_adjacent(here)
        for s, e in groups:
            org = next((m for m in ms if ctx.cls(m.tid) in ORG_CLASSES
                        and (m.end == s or (m.end == s - 1 and possessive(toks, m)))), None)
            former = s > sent.start and "former" in lower[max(sent.start, (org.start if org else s) - 2):s]
            person = next((m for m in ms if m.start == e and ctx.cls(m.tid) in PERSON_CLASSES), None)
            plural = lower[e - 1].endswith("s") and not lower[e - 1].endswith("ss")
            if person is None and plural:  # "three NASA astronauts, A, B and C"; "the cosmonauts now aboard, A and B"
                k = e
                while k < min(e + 2, sent.end) and lower[k] in self.aboard:
                    k += 1
                if k + 1 < sent.end and toks.words[k] == ",":
                    person = next((m for m in ms if m.start == k + 1 and ctx.cls(m.tid) in PERSON_CLASSES), None)
            if person is None and not plural:
                start = org.start if org else s
                if start > sent.start and lower[start - 1] in ("the", "a", "an"):
                    start -= 1
                # "Peggy Whitson, the former NASA astronaut": the person before the comma, or before
                # another apposition ("Kirill Peskov, mission specialist, a Roscosmos cosmonaut")
                comma = start - 1
                if comma > sent.start and lower[comma] in SET_OFF_ADVERBS:
                    comma -= 1  # "their crewmate Andrey Fedyaev, also a Roscosmos cosmonaut,"
                if comma > sent.start and toks.words[comma] == ",":
                    k = comma - 1
                    while k > sent.start and toks.is_lower[k] and toks.alpha[k]:
                        k -= 1
                    ends = {comma, k} if toks.words[k] == "," and k < comma - 1 else {comma}
                    person = next((m for m in ms if ctx.cls(m.tid) in PERSON_CLASSES and m.end in ends), None)
            if person is None and plural and not former:
                org = org or self._introducer(ctx, sent, ms, s)
                if org:  # "the four Indian Air Force test pilots", "NASA introduced ten candidates": a list may follow
                    ctx.crew_affiliation, ctx.group_at = org.tid, sent.start
            if person is None:
                first = org.start if org else s
                det = lower[first - 1] if first > sent.start else ""
                if org is None or plural or (det not in ("a", "an", "one") and org.end != s - 1) or \
                        (det in ("a", "an") and first - 2 >= sent.start and lower[first - 2] == "as") or \
                        (e < sent.end and toks.alpha[e] and not toks.stop[e]) or \
                        any(w in ("he", "she") for w in lower[e:sent.end]):
                    continue  # "ISRO's astronaut training facility" names no astronaut; "A NASA astronaut
                    # and a colonel, she spent 204 days on the station" and "He was selected as a CSA
                    # astronaut" describe who is named
                label = toks.span(org.start, e)
                tid = found.add("Astronaut", slug(label), label, local=True)
                found.mark(org.start if org.end == s - 1 else s, e, tid)
                person = Mention(s, e, tid)
                ms.append(person)
            members = [person, *(_listed(ctx, sent, ms, person) if plural else [])]
            for member in members:
                found.things[member.tid].cls = "Astronaut"
            if org and not former:
                for member in members:
                    ctx.add(member.tid, "affiliation", org.tid, sent)
            lead = org.start if org else s
            if lead > sent.start and toks.words[lead - 1] in ctx.kb.demonyms:  # "Emirati astronaut Sultan Al Neyadi"
                nation = ctx.kb.demonyms[toks.words[lead - 1]]
                nation_tid = ctx.found.add("Country", nation.id, nation.label, same_as=nation.same_as)
                for member in members:  # "Russian cosmonauts Oleg Kononenko and Nikolai Chub"
                    ctx.add(member.tid, "country", nation_tid, sent)
            if e < sent.end and lower[e] == "from":
                country = next((m for m in ms if m.start in (e + 1, e + 2) and ctx.cls(m.tid) == "Country"), None)
                if country:
                    ctx.add(person.tid, "country", country.tid, sent)


    def _introducer(self, ctx: Context, sent: Sentence, ms: list[Mention], noun: int) -> Mention | None:
        """The organisation that introduces, names or picks a group of astronauts: the last
        one named before a verb of those, itself before the noun ("NASA introduced ten
        astronaut candidates"; "ESA on Wednesday named five new astronauts")."""
        lower = ctx.toks.lower
        verb = next((k for k in range(noun - 1, sent.start, -1) if lower[k] in self.introducing), None)
        if verb is None:
            return None
        return next((m for m in reversed(ms) if m.end <= verb and ctx.cls(m.tid) in ORG_CLASSES
                     and not possessive(ctx.toks, m)), None)


@register
class GroupMembers(SentenceRule):
    name = "group-members"

    def read(self, ctx: Context, sent: Sentence, ms: list[Mention]) -> None:
        """The people listed after a colon in the sentence that names a group of an
        organisation's astronauts, or in the next ("NASA introduced ten astronaut
        candidates. They were picked from 8,000 applicants: A, B, ... and J."): its members."""
        if ctx.crew_affiliation is None or ":" not in ctx.toks.words[sent.start:sent.end] or ctx.listed:
            return
        sents = ctx.toks.sents
        if sents.index(sent) - sents.index(ctx.toks.sentence(ctx.group_at)) not in (0, 1):
            return
        colon = ctx.toks.words.index(":", sent.start, sent.end)
        people = [m for m in of_classes(ctx, ms, PERSON_CLASSES) if m.start > colon]
        if len(people) >= 2:
            for m in people:
                ctx.add(m.tid, "affiliation", ctx.crew_affiliation, sent)


@register
class PersonPlaces(SentenceRule):
    name = "person-places"

    def read(self, ctx: Context, sent: Sentence, ms: list[Mention]) -> None:
        """"Tibor Kapu of Hungary", "Shukla of the Indian Air Force", "the first Indian to",
        "who now directs human spaceflight at Axiom Space"."""
        toks = ctx.toks
        lower = toks.lower
        people = of_classes(ctx, ms, PERSON_CLASSES)
        named_at = {p.start for p in people}
        for p in people:
            k = p.end
            if k < sent.end and lower[k] in ("of", "from"):
                k2 = k + 2 if k + 1 < sent.end and lower[k + 1] == "the" else k + 1
                other = next((m for m in ms if m.start == k2), None)
                if other and ctx.cls(other.tid) == "Country":
                    ctx.add(p.tid, "country", other.tid, sent)
                elif other and ctx.cls(other.tid) in ORG_CLASSES and lower[k] == "of":
                    ctx.add(p.tid, "affiliation", other.tid, sent)
            window = toks.span(p.end, min(p.end + 5, sent.end))
            m = _BECAME.match(window)
            if m and m.group(1) in ctx.kb.demonyms:
                country = ctx.kb.demonyms[m.group(1)]
                tid = ctx.found.add("Country", country.id, country.label, same_as=country.same_as)
                ctx.add(p.tid, "country", tid, sent)
            who = _WHO_HEADS.match(toks.span(k, min(k + 6, sent.end)))
            if who:  # "Jared Isaacman, who heads NASA"
                org = next((m for m in ms if ctx.cls(m.tid) in ORG_CLASSES
                            and toks.idx[m.start] == toks.idx[k] + who.end()), None)
                if org:  # "who heads the agency's Science Mission Directorate": a part of it, so only of it
                    part = org.end + 1 < sent.end and toks.words[org.end] in ("'s", "’s") \
                        and lower[org.end + 1] not in GOVERNING
                    ctx.add(p.tid, "affiliation" if part else "heads", org.tid, sent)
            if p.start > sent.start + 1 and toks.words[p.start - 1] in ("'s", "’s"):  # "NASA's Bill Nelson"
                org = next((m for m in ms if m.end == p.start - 1 and ctx.cls(m.tid) in ORG_CLASSES), None)
                if org:
                    ctx.add(p.tid, "affiliation", org.tid, sent)
            if k < sent.end and toks.words[k] == ",":  # the apposition after the name
                stop = min(k + 16, sent.end)
                for j in range(k + 1, stop):
                    if toks.words[j] in (";", ".") or j in named_at:
                        break
                    if lower[j] in ("at", "for") and j > k + 2 and lower[j - 2] not in ("former",):
                        org = next((m for m in ms if m.start == j + 1 and ctx.cls(m.tid) in ORG_CLASSES), None)
                        verbs = toks.span(k + 1, j).lower()
                        if org and _WORKS.search(verbs):
                            ctx.add(p.tid, "affiliation", org.tid, sent)


def _listed(ctx: Context, sent: Sentence, ms: list[Mention], first: Mention) -> list[Mention]:
    """The names listed after the first of a plural noun's: "NASA astronauts A, B and C",
    stepping over a relative clause set off by commas ("A, who will command, B and C"); the
    name after "and" ends the list ("NASA astronauts A and B, C of the UAE and ...")."""
    words, lower = ctx.toks.words, ctx.toks.lower
    people = {m.start: m for m in ms if ctx.cls(m.tid) in PERSON_CLASSES}
    out, k = [], first.end
    while k < sent.end and words[k] in (",", "and") and "and" not in lower[first.end:k]:
        k += 1
        if k < sent.end and lower[k] in ("who", "which"):
            while k < sent.end and words[k] not in (",", ";", "."):
                k += 1
            continue
        if k < sent.end and lower[k] == "and":
            k += 1
        nxt = people.get(k)
        if nxt is None:
            break
        out.append(nxt)
        k = nxt.end
    return out


def _merge_adjacent(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"Gaganyatri astronaut" is one noun phrase, not two astronauts."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(e, out[-1][1]))
        else:
            out.append((s, e))
    return out
