"""Find facts between the things of an article, from the language of news reports.

Each rule reads one pattern of reporting ("ISRO Chairman S. Somanath", "X and Y signed
an agreement", "Z commands the mission", "ESA's RAMSES mission", "a satellite they built
together") and states the facts it plainly says. Rules see one sentence at a time, with
what the article said before it (the last agreement, mission or agencies named).
"""
from __future__ import annotations

import functools
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date, timedelta

from .knowledge import Entry, Knowledge
from .mentions import MISSION_CLASSES, ORG_CLASSES, PERSON_CLASSES, Found, Mention
from .model import Evidence, Fact, slug
from .phrases import Phrases
from .tokens import Sentence, Tokens

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())} | {"sept": 9})
_MONTH = r"(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
DATE_RES = [
    (re.compile(rf"\b(\d{{1,2}}) {_MONTH},? (\d{{4}})\b"), ("d", "m", "y")),
    (re.compile(rf"\b{_MONTH} (\d{{1,2}}),? (\d{{4}})\b"), ("m", "d", "y")),
    (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"), ("y", "mn", "d")),
]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_WEEKDAY = re.compile(rf"\b({'|'.join(WEEKDAYS)})\b")
_TODAY, _YESTERDAY = re.compile(r"\btoday\b"), re.compile(r"\byesterday\b")
_NEXT_DAY = re.compile(r"\b(the next day|a day later|the following day)\b")
_DAY_WORDS = re.compile("|".join(p.pattern for p in (_WEEKDAY, _TODAY, _YESTERDAY, _NEXT_DAY)))  # any of them
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
            "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12}
STATUS_CLASSES = MISSION_CLASSES | {"SpaceStation", "Program"}
OPERATED = STATUS_CLASSES | {"Spacecraft"}
OWNERS = ORG_CLASSES | {"Country"}
PARTICIPATING = MISSION_CLASSES | {"Program", "Spacecraft"}
CLAUSE_BREAKS = {";", "while", "whereas", "but"}
CUES = ("crew_cues", "crew_roles", "signing_cues", "participation_cues", "destination_cues",
        "agreement_refs", "agreement_nouns", "crewed_words", "group_refs", "area_cues")  # lists of the lexicon
UNNAMED_CUES = {"agreement_nouns", "signing_cues", "crew_cues", "crew_roles"}  # what `_agreements` and `_crew` need
_WORDISH = re.compile(r"[\w-]")
_DIGIT = re.compile(r"\d")
_DATELINE = re.compile(r"[A-Z][A-Za-z .'’-]+,(?: [A-Z][A-Za-z.]+\.?,)* (?:\w+day, )?(.{6,20}?\d{4}) ?[-–—]+ ")
# the short patterns of the rules, compiled once
_BECAME = re.compile(r"\s*(?:is|was|became)\s+(?:the|a|an)\s+(?:first\s+)?(\w+)")
_WHO_HEADS = re.compile(r",\s*who\s+(?:heads|leads|runs|chairs|directs)\s+(?:the\s+)?")
_WORKS = re.compile(r"\b(works?|directs?|leads?|heads?|serves?|flies|joined|now)\b")
_SIGNED_BY = re.compile(r"\bsigned by\b[^.;]*$")
_UNDER = re.compile(r"\b(under|as part of|within|working together on|work together on)\b", re.I)
_WILL = re.compile(r"\bwill\b")
_LIST_ITEM = re.compile(r"\s*(?:[-*•]|\d+[.)])\s")
_CREWISH = re.compile(r"(Captain|Commander|Colonel|Major|Leader|Lieutenant|General|Commodore|pilot|specialist|engineer|astronaut)", re.I)
_THAT_LEADS = re.compile(r"\b(?:that|which)\s+(.{1,40}?)\s+(leads|operates|runs|manages|owns)\b")
_OPERATED_BY = re.compile(r"\s*,?\s*(?:(?:which|that) (?:is|was|are|were|will be|has been|would be) )?"
                          r"(operated|run|led|managed|owned) by\s+(?:the\s+)?")
_RUNS_THE = re.compile(r"\b(run|runs|operate|operates|lead|leads|manage|manages)(?:\s+the)?\s*$")
_RUN_VERBS = re.compile(r"run|operate|lead|manage")  # in every match of _RUNS_THE
_PLANS = re.compile(r"\b(plans?|future|upcoming|own|planned)\b")
_PART_OF = re.compile(r"\s*,\s*(?:the\s+|a\s+)?(?:part of|(?:[\w-]+\s+){0,3}(?:flight|mission|launch|landing)s?\s+(?:of|in|under))\b")
_CAPITALISED = re.compile(r"[A-Z][\w.]*")
NOT_SIGNING = {"during", "with", "alongside", "before", "witnessed", "presence", "attended", "hosted", "by"}


def dates_in(text: str) -> list[tuple[int, date]]:
    """Full dates written in the text, with their character offsets."""
    if not _DIGIT.search(text):
        return []  # most sentences: no need to try the three patterns
    found = []
    for regex, order in DATE_RES:
        for m in regex.finditer(text):
            parts = dict(zip(order, m.groups()))
            month = int(parts["mn"]) if "mn" in parts else MONTHS[parts["m"].lower().rstrip(".")]
            try:
                found.append((m.start(), date(int(parts["y"]), month, int(parts["d"]))))
            except ValueError:
                continue
    return sorted(found)


def dateline(text: str) -> tuple[tuple[int, int], date] | None:
    """The date of a news dateline ("TSUKUBA, Japan, 20 November 2024 - ..."), and where it ends.
    A dateline is all on one line, with a dash and a space: the pattern is tried only at the
    start of such lines, not searched for along the whole text."""
    start = 0
    for line in text.split("\n"):
        m = _DATELINE.match(line) if "- " in line or "– " in line or "— " in line else None
        if m:
            found = dates_in(m.group(1))
            return ((start + m.start(), start + m.end()), found[0][1]) if found else None
        start += len(line) + 1
    return None


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


class Relations:
    """The rules, built once per extractor; `read(found, today)` returns the facts."""

    def __init__(self, kb: Knowledge, phrases: Phrases):
        self.kb = kb
        lex = kb.lexicon
        for name in CUES:
            phrases.add(name, lex[name], cased=False)
        self.agreement_nouns = {k: v for k, v in lex["agreement_nouns"].items() if v}
        self.kind_slugs = {kind: slug(kind) for kind in self.agreement_nouns.values()}

    @staticmethod
    def _regex(words) -> re.Pattern:
        alts = sorted((re.escape(w) for w in words), key=len, reverse=True)
        return re.compile(rf"(?<![\w-])(?:{'|'.join(alts)})(?![\w-])", re.I)

    def read(self, found: Found, today: date | None, areas: list[Mention], titles: list[tuple[int, int]],
             astronaut_nouns: list[tuple[int, int]]) -> list[Fact]:
        toks = found.toks
        line = dateline(toks.text)
        ctx = Context(found, self.kb, self._cues(found), today or (line[1] if line else None),
                      dateline=line[0] if line else (0, 0))
        if line:
            ctx.last_date = line[1]
        mentions = self._by_sentence(ctx)

        def step(rule: str, read, *args) -> None:
            ctx.rule = f"cues:{rule}"  # named in the provenance of the facts it adds
            read(ctx, *args)

        for sent in toks.sents:
            ms = mentions.get(sent.start, [])
            if ms:
                step("titles", self._titles, sent, ms, titles)
                step("astronauts", self._astronauts, sent, ms, astronaut_nouns)
                step("person-places", self._person_places, sent, ms)
            # a sentence that names nothing can still tell of a signing ("It was signed on
            # 3 May") or open a list of crew, if it has a cue word of those (`UNNAMED_CUES`);
            # the other rules need things named
            listed = ctx.crew_list_for is not None and self._crew_list(ctx, sent)
            if ms or sent.start in ctx.cues.sentences:
                step("agreements", self._agreements, sent, ms)
                step("crew", self._crew, sent, ms, listed)
            if ms:
                step("destination", self._destination, sent, ms)
                step("operators", self._operators, sent, ms)
                step("participants", self._participants, sent, ms)
                step("part-of", self._part_of, sent, ms)
                step("concerns", self._concerns, sent, ms)
        step("areas", self._areas, areas)
        step("following", self._finish)
        return ctx.facts

    # -- helpers ------------------------------------------------------------------------

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
        """The cue words of the article, as whole words: no letter, digit or hyphen glued on."""
        toks = found.toks
        words, space, n = toks.words, toks.space, len(toks.words)
        cues = [(s, -e, name) for name in CUES for s, e in found.matches.spans(name) if not (
            (s > 0 and not space[s - 1] and _WORDISH.match(words[s - 1][-1])) or
            (e < n and not space[e - 1] and _WORDISH.match(words[e][0])))]
        cues.sort()
        return Cues(cues, toks)

    @staticmethod
    def _of(ctx: Context, ms: list[Mention], classes: set[str], named: bool = False) -> list[Mention]:
        things = ctx.found.things
        if named:
            return [m for m in ms if not m.ref and things[m.tid].cls in classes]
        return [m for m in ms if things[m.tid].cls in classes]

    @staticmethod
    def _possessive(toks: Tokens, m: Mention) -> bool:
        return m.end < len(toks.words) and toks.words[m.end] in ("'s", "’s", "'", "’")

    @staticmethod
    def _clause(toks: Tokens, sent: Sentence, i: int, breaks: set[str] = CLAUSE_BREAKS) -> tuple[int, int]:
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

    def _recent(self, ctx: Context, before: int, classes: set[str], n: int = 1) -> list[str]:
        """The last n distinct things of these classes named before token `before`."""
        out: list[str] = []
        for m in ctx.latest_first():
            if m.start < before and not m.ref and ctx.cls(m.tid) in classes and m.tid not in out \
                    and not self._past(ctx, m):
                out.append(m.tid)
                if len(out) == n:
                    break
        return out

    @staticmethod
    def _past(ctx: Context, m: Mention) -> bool:
        """"a veteran of the Shenzhou-13 mission": named as history, not as the subject."""
        return any(w in ("veteran", "previous", "previously", "earlier", "former", "past")
                   for w in ctx.toks.lower[max(0, m.start - 4):m.start])

    def _group(self, ctx: Context, sent: Sentence) -> list[str]:
        """"they", "both agencies": the two agencies named last."""
        if not ctx.cue("group_refs", sent):
            return []
        return self._recent(ctx, sent.start, {"SpaceAgency"}, 2)

    # -- people -------------------------------------------------------------------------

    def _titles(self, ctx: Context, sent: Sentence, ms: list[Mention], titles) -> None:
        """"ISRO Chairman S. Somanath", "ESA's Director General, Aschbacher",
        "Sandhu, India's ambassador to the US", "Prime Minister Narendra Modi"."""
        toks = ctx.toks
        lower = toks.lower
        for ts, te in titles:
            if not sent.start <= ts < sent.end:
                continue
            title = toks.span(ts, te)
            heads = self.kb.titles[title][1] if title in self.kb.titles else False
            person = next((m for m in ms if m.start in (te, te + 1) and ctx.cls(m.tid) in PERSON_CLASSES
                           and toks.span(te, m.start) in ("", ",")), None)
            lead = ts  # "Rocket Lab founder and chief executive Peter Beck": back over the other titles
            while lead > sent.start + 1 and (lower[lead - 1] in ("and", ",") or
                                             any(e == lead for _, e in titles)):
                lead = lead - 1 if lower[lead - 1] in ("and", ",") else next(
                    s for s, e in titles if e == lead)
            owner = next((m for m in ms if m.end in (ts, ts - 1, lead, lead - 1)
                          and ctx.cls(m.tid) in OWNERS
                          and (m.end in (ts, lead) or self._possessive(toks, m))), None)
            if person is None:  # "Aschbacher, ESA's Director General"
                k = owner.start if owner else ts
                if k > sent.start and lower[k - 1] in ("the", "a"):
                    k -= 1
                person = next((m for m in ms if m.end == k - 1 and toks.words[k - 1] == ","
                               and ctx.cls(m.tid) in PERSON_CLASSES), None)
                if person and owner is None and te + 1 < sent.end and lower[te] == "of":
                    owner = next((m for m in ms if m.start in (te + 1, te + 2)
                                  and ctx.cls(m.tid) in OWNERS), None)
            if person is None:
                continue
            former = any(w in ("former", "ex", "then", "acting", "deputy", "vice")
                         for w in lower[max(sent.start, (owner.start if owner else ts) - 2):ts])
            ctx.add(person.tid, "jobTitle", title, sent, literal=True)
            if owner is None or former:
                continue
            if ctx.cls(owner.tid) == "Country":
                ctx.add(person.tid, "country", owner.tid, sent)
            elif heads:
                ctx.add(person.tid, "heads", owner.tid, sent)
            else:
                ctx.add(person.tid, "affiliation", owner.tid, sent)

    def _astronauts(self, ctx: Context, sent: Sentence, ms: list[Mention], nouns) -> None:
        """"NASA astronaut Sunita Williams", "Uznanski, a European Space Agency project astronaut
        from Poland", and unnamed ones: "an ESA astronaut", "ISRO's Gaganyatri astronaut"."""
        toks = ctx.toks
        lower = toks.lower
        found = ctx.found
        here = [(s, e) for s, e in nouns if sent.start <= s < sent.end]
        if not here:
            return
        groups = _merge_adjacent(here)
        for s, e in groups:
            org = next((m for m in ms if ctx.cls(m.tid) in ORG_CLASSES
                        and (m.end == s or (m.end == s - 1 and self._possessive(toks, m)))), None)
            former = s > sent.start and "former" in lower[max(sent.start, (org.start if org else s) - 2):s]
            person = next((m for m in ms if m.start == e and ctx.cls(m.tid) in PERSON_CLASSES), None)
            plural = lower[e - 1].endswith("s") and not lower[e - 1].endswith("ss")
            if person is None and not plural:
                start = org.start if org else s
                if start > sent.start and lower[start - 1] in ("the", "a", "an"):
                    start -= 1
                # "Peggy Whitson, the former NASA astronaut": the person before the comma
                person = next((m for m in ms if ctx.cls(m.tid) in PERSON_CLASSES and m.end == start - 1
                               and toks.words[start - 1] == ","), None)
            if person is None and plural and org and not former:
                ctx.crew_affiliation = org.tid  # "the four Indian Air Force test pilots": a list may follow
            if person is None:
                first = org.start if org else s
                det = lower[first - 1] if first > sent.start else ""
                if org is None or plural or (det not in ("a", "an", "one") and org.end != s - 1) or \
                        (e < sent.end and toks.alpha[e] and not toks.stop[e]):
                    continue  # "ISRO's astronaut training facility" names no astronaut
                label = toks.span(org.start, e)
                tid = found.add("Astronaut", slug(label), label, local=True)
                found.mark(org.start if org.end == s - 1 else s, e, tid)
                person = Mention(s, e, tid)
                ms.append(person)
            else:
                found.things[person.tid].cls = "Astronaut"
            if org and not former:
                ctx.add(person.tid, "affiliation", org.tid, sent)
            lead = org.start if org else s
            if lead > sent.start and toks.words[lead - 1] in ctx.kb.demonyms:  # "Emirati astronaut Sultan Al Neyadi"
                nation = ctx.kb.demonyms[toks.words[lead - 1]]
                ctx.add(person.tid, "country", ctx.found.add("Country", nation.id, nation.label,
                                                             same_as=nation.same_as), sent)
            if e < sent.end and lower[e] == "from":
                country = next((m for m in ms if m.start in (e + 1, e + 2) and ctx.cls(m.tid) == "Country"), None)
                if country:
                    ctx.add(person.tid, "country", country.tid, sent)

    def _person_places(self, ctx: Context, sent: Sentence, ms: list[Mention]) -> None:
        """"Tibor Kapu of Hungary", "Shukla of the Indian Air Force", "the first Indian to",
        "who now directs human spaceflight at Axiom Space"."""
        toks = ctx.toks
        lower = toks.lower
        people = self._of(ctx, ms, PERSON_CLASSES)
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
                if org:
                    ctx.add(p.tid, "heads", org.tid, sent)
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

    # -- agreements ---------------------------------------------------------------------

    def _agreements(self, ctx: Context, sent: Sentence, ms: list[Mention]) -> None:
        """"ISRO and ESA signed an agreement", "a contract between ISRO and Glavkosmos",
        "India has signed the Artemis Accords", "The deal was signed by A and B"."""
        toks = ctx.toks
        hit = ctx.cue("agreement_nouns", sent)
        signing = ctx.cue("signing_cues", sent)
        things = ctx.found.things
        named = [m for m in ms if things[m.tid].cls == "Agreement"]
        if not (hit or signing or named):
            return
        noun = toks.span(*hit).lower() if hit else None
        if noun not in self.agreement_nouns:
            noun = None  # "has signed agreements with ...": no one agreement to name
        between = "between" in toks.words[sent.start:sent.end]
        lower = toks.lower[sent.start:sent.end]
        if not (named or (noun and (signing or between)) or (signing and ctx.cue("agreement_refs", sent) and ctx.agreements)
                or (signing and ctx.agreements and any(w in ("sign", "signs", "signed", "signing") for w in lower))):
            return
        cue_tok = signing[0] if signing else None
        parties = self._parties(ctx, sent, ms, cue_tok)
        agreement = self._agreement_for(ctx, sent, named, noun, parties)
        if agreement is None:
            return
        for tid in parties:
            if tid not in agreement.parties:
                agreement.parties.append(tid)
            ctx.add(agreement.tid, "party", tid, sent)
        if signing:
            for person in self._signatories(ctx, sent, ms, signing[0]):
                ctx.add(agreement.tid, "signatory", person, sent)
            when = self._when(ctx, sent)
            if when and not ctx.has(agreement.tid, "signedOn"):
                ctx.add(agreement.tid, "signedOn", when, sent, literal=True)
        elif "signing" in lower:
            when = self._when(ctx, sent)
            if when and not ctx.has(agreement.tid, "signedOn"):
                ctx.add(agreement.tid, "signedOn", when, sent, literal=True)

    @staticmethod
    def _token_at(toks: Tokens, sent: Sentence, char: int) -> int:
        """The token at a character of the sentence (the sentence's first, outside it)."""
        span = toks.char_span(sent.start_char + char, sent.start_char + char + 1)
        return span[0] if span is not None else sent.start

    def _parties(self, ctx: Context, sent: Sentence, ms: list[Mention], cue: int | None) -> list[str]:
        toks = ctx.toks
        lower = toks.lower
        out: list[str] = []
        candidates = [m for m in ms if ctx.cls(m.tid) in OWNERS and not m.ref]
        between = lower.index("between", sent.start, sent.end) if "between" in lower[sent.start:sent.end] else None
        for m in candidates:
            if self._possessive(toks, m) or self._before_title(toks, m):
                continue
            after_cue = cue is not None and m.start > cue and lower[m.start - 1] in ("with", "to") \
                and ctx.cls(m.tid) in ORG_CLASSES  # "awarded a contract to SpaceX"
            k = m.start - 1 if m.start > sent.start and lower[m.start - 1] != "the" else m.start - 2
            if not after_cue and k >= sent.start and lower[k] in ("of", "in", "at", "to", "from", "for", "by", "under"):
                continue
            if between is not None and m.start > between:
                joined = self._coordinated(ctx, sent, between + 1)
                if m.tid in joined and len(joined) >= 2:  # "between China and a foreign country" names one
                    out.append(m.tid)
                continue
            if cue is not None and (m.start < cue or after_cue):
                out.append(m.tid)
        return list(dict.fromkeys(out))

    @staticmethod
    def _coordinated(ctx: Context, sent: Sentence, i: int) -> list[str]:
        """The names joined by "and" or commas from token i: "between ISRO and Glavkosmos"."""
        out = []
        while i < sent.end:
            if ctx.toks.lower[i] in ("the", "and", ","):
                i += 1
                continue
            m = next((m for m in ctx.found.mentions if m.start == i), None)
            if m is None:
                break
            out.append(m.tid)
            i = m.end
        return out

    @staticmethod
    def _before_title(toks: Tokens, m: Mention) -> bool:
        """"ISRO Chairman ...": an organisation named as the title's, not as a party."""
        k = m.end
        return k < len(toks.words) and bool(toks.title[k]) and not toks.starts[k] and toks.lower[k] != "and"

    def _agreement_for(self, ctx: Context, sent: Sentence, named: list[Mention], noun: str | None,
                       parties: list[str]) -> Agreement | None:
        if named:
            tid = named[0].tid
            found = next((a for a in ctx.agreements if a.tid == tid), None)
            if found is None:
                found = Agreement(tid)
                ctx.agreements.append(found)
            return found
        same = next((a for a in reversed(ctx.agreements) if set(parties) <= set(a.parties)
                     or self._by_country(ctx, a, parties)), None)
        if same is not None:
            return same
        if parties and ctx.agreements and ctx.agreements[-1].parties:
            pass  # a new agreement between other parties
        elif ctx.agreements:
            return ctx.agreements[-1]
        if not noun or (not parties and not ctx.cue("signing_cues", sent)):
            return None
        kind = self.agreement_nouns[noun]
        key = f"{self.kind_slugs[kind]}-{len(ctx.agreements) + 1}"
        tid = ctx.found.add("Agreement", key, kind[0].upper() + kind[1:], local=True)
        agreement = Agreement(tid)
        ctx.agreements.append(agreement)
        return agreement

    @staticmethod
    def _by_country(ctx: Context, agreement: Agreement, parties: list[str]) -> bool:
        """"China and Pakistan sign deal" in a headline, then "CMSA and SUPARCO signed an
        agreement": the same agreement, its parties now named precisely. The countries
        give way to their agencies."""
        countries = [p for p in agreement.parties if ctx.cls(p) == "Country"]
        if not countries or len(countries) != len(agreement.parties) or not parties \
                or not ctx.found.things[agreement.tid].local:
            return False
        of = {p: {f.obj for f in ctx.facts if f.subject == p and f.prop == "country"}
              | ({c for c in countries if ctx.found.things[c].label in ctx.found.things[p].label})
              for p in parties}
        if not all(any(c in of[p] for p in parties) for c in countries) or not all(of[p] for p in parties):
            return False
        ctx.facts = [f for f in ctx.facts if not (f.subject == agreement.tid and f.prop == "party")]
        agreement.parties.clear()
        return True

    def _signatories(self, ctx: Context, sent: Sentence, ms: list[Mention], cue: int) -> list[str]:
        toks = ctx.toks
        start, end = self._clause(toks, sent, cue)
        out = []
        for m in self._of(ctx, ms, PERSON_CLASSES):
            if not start <= m.start < end or self._possessive(toks, m) or ctx.found.things[m.tid].local:
                continue
            before = set(toks.lower[max(start, m.start - 4):m.start])
            if before & NOT_SIGNING and not (toks.lower[m.start - 1] == "by" or
                                             _SIGNED_BY.search(toks.span(start, m.start))):
                continue
            out.append(m.tid)
        return out

    def _when(self, ctx: Context, sent: Sentence) -> date | None:
        found = dates_in(sent.text)
        if found:
            return found[0][1]
        low = sent.text.lower()
        if not _DAY_WORDS.search(low):
            return None  # most sentences: no need to try the four patterns
        if ctx.today:
            days = {WEEKDAYS.index(m.group(1)) for m in _WEEKDAY.finditer(low)}
            if days:  # the first day of the week named
                return ctx.today - timedelta(days=(ctx.today.weekday() - min(days)) % 7)
            if _TODAY.search(low):
                return ctx.today
            if _YESTERDAY.search(low):
                return ctx.today - timedelta(days=1)
        last = ctx.date_before(sent) if _NEXT_DAY.search(low) else None
        if last:
            return last + timedelta(days=1)
        return None

    def _areas(self, ctx: Context, areas: list[Mention]) -> None:
        """Areas of cooperation named where the article says what the agreement covers."""
        if not ctx.agreements:
            return
        for m in areas:
            sent = ctx.toks.sentence(m.start)
            if not ctx.cue("area_cues", sent):
                continue
            named = {x.tid for x in ctx.found.mentions if sent.start <= x.start < sent.end}
            in_sentence = [a for a in ctx.agreements if a.tid in named]
            agreement = in_sentence[0] if in_sentence else ctx.agreements[0]
            ctx.add(agreement.tid, "coversArea", m.tid, sent)

    def _concerns(self, ctx: Context, sent: Sentence, ms: list[Mention]) -> None:
        """"A project under this collaboration will be the Axiom-4 mission"; "ESA and JAXA will
        study ... RAMSES": missions that the agreement's parties take up together."""
        if not ctx.agreements:
            return
        text = sent.text
        things = self._of(ctx, ms, MISSION_CLASSES | {"Program"})
        if not things:
            return
        agreement = ctx.agreements[-1]
        refers = ctx.cue("agreement_refs", sent) and (
            _UNDER.search(text))
        named_parties = {m.tid for m in ms if not m.ref} & set(agreement.parties)
        together = len(agreement.parties) >= 2 and len(named_parties) >= 2 and _WILL.search(text)
        if refers or together:
            for m in things:
                ctx.add(agreement.tid, "concerns", m.tid, sent)

    # -- missions -----------------------------------------------------------------------

    def _mission_for(self, ctx: Context, sent: Sentence, ms: list[Mention]) -> str | None:
        """The mission a sentence speaks of: one named in it, else the crewed mission named
        last, else a programme named in it ("training to fly on Gaganyaan")."""
        here = [m for m in self._of(ctx, ms, MISSION_CLASSES) if not self._past(ctx, m)]
        if here:
            return here[0].tid
        recent = self._recent(ctx, sent.start, {"CrewedMission"}, 1)
        if recent:
            return recent[0]
        programs = self._of(ctx, ms, {"Program"})
        if programs:
            return programs[0].tid
        recent = self._recent(ctx, sent.start, MISSION_CLASSES | {"Program"}, 1)
        return recent[0] if recent else None

    @staticmethod
    def _crew_list(ctx: Context, sent: Sentence) -> bool:
        """Whether the sentence is an item ("- Name") of the crew list opened before; any
        other sentence ends the list."""
        listed = bool(ctx.crew_list_for and _LIST_ITEM.match(sent.text))
        if not listed:
            ctx.crew_list_for = None
        return listed

    def _crew(self, ctx: Context, sent: Sentence, ms: list[Mention], listed: bool) -> None:
        """"X commands Axiom Mission 4", "Y is the pilot", "a crew of A and B", and the list
        after "The four astronaut-designates are:"."""
        if not listed and not (ctx.cue("crew_cues", sent) or ctx.cue("crew_roles", sent)):
            return
        lower = ctx.toks.lower
        text = sent.text
        crew = []
        for m in self._of(ctx, ms, PERSON_CLASSES):
            if any(f.subject == m.tid and f.prop in ("heads",) for f in ctx.facts):
                continue
            titles = [str(f.obj) for f in ctx.facts if f.subject == m.tid and f.prop == "jobTitle"]
            if any(not self._crewish(t) for t in titles):
                continue
            led = m.start > sent.start + 1 and lower[m.start - 2] in ("led", "commanded")
            if self._possessive(ctx.toks, m) or (m.start > sent.start and lower[m.start - 1] in ("by", "with") and not led):
                continue
            crew.append(m.tid)
        opens_list = text.rstrip().endswith(":")
        if not crew and not opens_list:
            return  # the mission matters only to a crew
        mission = ctx.crew_list_for or self._mission_for(ctx, sent, ms)
        if mission is None:
            return
        for tid in crew:
            ctx.found.things[tid].cls = "Astronaut"
            ctx.add(self._nearest_mission(ctx, sent, ms, tid, mission), "crewMember", tid, sent)
            if listed and ctx.crew_affiliation:
                ctx.add(tid, "affiliation", ctx.crew_affiliation, sent)
            if ctx.cls(mission) == "Mission":
                ctx.found.things[mission].cls = "CrewedMission"
        if opens_list:
            ctx.crew_list_for = mission

    def _nearest_mission(self, ctx: Context, sent: Sentence, ms: list[Mention], tid: str, default: str) -> str:
        """With two missions in a sentence, each person flies the one named in their clause:
        "Kim will launch on Soyuz MS-27, while Peskov will fly aboard Crew-10"."""
        at = next((m.start for m in ms if m.tid == tid), None)
        if at is None:
            return default
        start, end = self._clause(ctx.toks, sent, at)
        here = [m for m in self._of(ctx, ms, MISSION_CLASSES) if start <= m.start < end and not self._past(ctx, m)]
        return here[0].tid if here else default

    def _crewish(self, title: str) -> bool:
        """Ranks and crew roles go with flying; "Prime Minister" does not."""
        return bool(_CREWISH.search(title))

    def _destination(self, ctx: Context, sent: Sentence, ms: list[Mention]) -> None:
        """"... aboard the International Space Station", "reached the ISS", "docked with the station"."""
        toks = ctx.toks
        stations = self._of(ctx, ms, {"SpaceStation"})
        if not stations:
            return
        here = self._of(ctx, ms, MISSION_CLASSES)
        mission: str | None
        if here:
            mission = here[0].tid
        elif ctx.cue("crewed_words", sent) or "mission" in toks.lower[sent.start:sent.end]:
            recent = self._recent(ctx, sent.start, {"CrewedMission"}, 1)
            mission = recent[0] if recent else None
        else:
            mission = None
        if mission is None:
            return
        for s in stations:
            before = max(sent.start, s.start - 3)
            if ctx.cues.first("destination_cues", before, s.start) and "from" not in toks.lower[before:s.start]:
                start, end = self._clause(toks, sent, s.start)
                near = [m for m in here if start <= m.start < end]
                ctx.add(near[-1].tid if near else mission, "destination", s.tid, sent)

    def _operators(self, ctx: Context, sent: Sentence, ms: list[Mention]) -> None:
        """"ESA's RAMSES mission", "Gaganyaan, ISRO's crewed programme", "an observatory
        that ESA leads", "ISRO ... will run the satellite", "the station, operated by Z"."""
        toks = ctx.toks
        words, lower = toks.words, toks.lower
        tails = self.kb.lexicon["name_tails"]
        things = self._of(ctx, ms, OPERATED)
        orgs = self._of(ctx, ms, OWNERS, named=True)
        for o in orgs:
            if not self._possessive(toks, o):
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
            clause_start, _ = self._clause(toks, sent, t.start)
            subj = [o for o in orgs if clause_start <= o.start < t.start and not self._possessive(toks, o)
                    and ctx.cls(o.tid) != "Country"]
            if subj:
                ctx.add(t.tid, "operator", subj[0].tid, sent)

    def _participants(self, ctx: Context, sent: Sentence, ms: list[Mention]) -> None:
        """"a satellite they built together", "both agencies contribute to NASA's Artemis
        programme", "the first satellite that ISRO and NASA have developed together"."""
        toks = ctx.toks
        if not ctx.cue("participation_cues", sent):
            return
        things = self._of(ctx, ms, PARTICIPATING)
        if not things:
            return
        possessive_of: dict[str, set[str]] = {}
        for o in self._of(ctx, ms, ORG_CLASSES, named=True):
            if self._possessive(toks, o):
                nxt = next((m for m in things if o.end < m.start <= o.end + 4), None)
                if nxt:
                    possessive_of.setdefault(nxt.tid, set()).add(o.tid)
        group = self._group(ctx, sent)
        for t in things:
            start, end = self._clause(toks, sent, t.start, CLAUSE_BREAKS - {";"})  # "; ISRO built ..." shares the work
            near = [m.tid for m in self._of(ctx, ms, ORG_CLASSES, named=True) if start <= m.start < end]
            for org in dict.fromkeys(near + group):
                if org in possessive_of.get(t.tid, ()):
                    continue
                ctx.add(t.tid, "participant", org, sent)

    def _part_of(self, ctx: Context, sent: Sentence, ms: list[Mention]) -> None:
        """"Artemis II, the first crewed flight of NASA's Artemis programme", "Shenzhou-21,
        part of the Tiangong programme": a mission and the programme it belongs to."""
        toks = ctx.toks
        words = toks.words
        # the link starts with a comma after the name (spaces before it at most)
        missions = [m for m in self._of(ctx, ms, MISSION_CLASSES)
                    if m.end < sent.end and (words[m.end][0] == "," or words[m.end][0].isspace())]
        if not missions:
            return
        programs = self._of(ctx, ms, {"Program"})
        for m in missions:
            window = toks.span(m.end, min(m.end + 9, sent.end))
            link = _PART_OF.match(window)
            if not link:
                continue
            at = self._token_at(toks, sent, toks.idx[m.end] - sent.start_char + link.end())
            program = next((p for p in programs if at <= p.start <= at + 4), None)
            if program:
                ctx.add(m.tid, "partOf", program.tid, sent)

    # -- what follows from the facts ---------------------------------------------------------

    def _finish(self, ctx: Context) -> None:
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

    @functools.lru_cache(maxsize=100_000)  # noqa: B019 - one Relations per process, bounded
    def _country_named(self, names: frozenset[str]) -> Entry | None:
        """The country a name of an organisation says ("Indian Space Research Organisation")."""
        for name in sorted(names):
            for word in _CAPITALISED.findall(name):
                entry = self.kb.demonyms.get(word) or self.kb.countries.get(word)
                if entry:
                    return entry
        return None


def _merge_adjacent(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"Gaganyatri astronaut" is one noun phrase, not two astronauts."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(e, out[-1][1]))
        else:
            out.append((s, e))
    return out
