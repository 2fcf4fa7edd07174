"""Crews: "X commands Axiom Mission 4", "Y is the pilot", "a crew of A and B", and the list
of names after "The four astronaut-designates are:"."""
from __future__ import annotations

import re

from ..knowledge import Knowledge
from ..mentions import CREW_GROUPS, MISSION_CLASSES, ORG_CLASSES, PERSON_CLASSES, QUOTE_MARKS, Mention
from ..tokens import Sentence
from .base import (LIST_ITEM, ArticleRule, Context, SentenceRule, clause, of_classes, past, possessive, recent_named,
                   register)
from .dates import MONTHS

CLOSING = {",", ".", "?", "!"}  # the punctuation a quotation ends with, before its closing mark
HISTORY = {"last", "already", "ago", "previously", "earlier", "once"}  # words that date a sentence's flight before
# the article's time
TITLE_REACH = 3  # words of a title before a name that may call them a backup: "backup crew member Charlie Duke"
RIDE_REACH = 4  # words after "aboard a" in which the craft's noun comes: "aboard a SpaceX Crew Dragon"
DATE_OPENS = 5  # tokens a date that opens a sentence takes: "In December 1972,", "Dec. 15, 1965 -"
FIRST_YEAR = 1957  # the first year anything flew: a number from it to the article's year is a year
BACKUP_REACH = 9  # words after a name that may call it a backup: "X, a Roketsan engineer, is his backup"
_CREWISH = re.compile(r"(Captain|Commander|Colonel|Major|Leader|Lieutenant|General|Commodore|pilot|specialist|engineer|astronaut)", re.I)


def _dated(ctx: Context, k: int) -> bool:
    """Token k is the year a clause dates something to: "in 2019", "in May 1980"."""
    words, lower = ctx.toks.words, ctx.toks.lower
    if not (words[k].isdigit() and len(words[k]) == 4 and k > 0):
        return False
    return lower[k - 1] == "in" or k > 1 and lower[k - 1].rstrip(".") in MONTHS and lower[k - 2] == "in"


def _dated_earlier(ctx: Context, start: int, end: int) -> bool:
    """Tokens start..end date something to a year before the article's ("in 2019")."""
    today = ctx.today
    return today is not None and any(_dated(ctx, k) and int(ctx.toks.words[k]) < today.year
                                     for k in range(start, end))


def _crew_cue(ctx: Context, sent: Sentence) -> tuple[int, int] | None:
    """The sentence's first cue of crewing ("commands", "flew", "crew"), else its first crew
    role ("pilot", "mission specialist")."""
    return ctx.cue("crew_cues", sent) or ctx.cue("crew_roles", sent)


def _line_opens(ctx: Context, sent: Sentence) -> bool:
    """The sentence starts a line of the article."""
    text = ctx.toks.text
    return text[:sent.start_char].rstrip(" \t")[-1:] in ("", "\n")


@register
class Crew(SentenceRule):
    """Who flies which mission, in what role."""

    name = "crew"
    unnamed = True

    def __init__(self, kb: Knowledge) -> None:
        super().__init__(kb)
        self.speech = set(kb.lexicon["speech_verbs"])
        self.other_crews = set(kb.lexicon["other_crews"])
        backups, removals = set(kb.lexicon["backup_roles"]["words"]), kb.lexicon["crew_removals"]
        self.off_before = backups | set(removals["before"])  # words that keep the name after them off the crew
        self.off_after = backups | set(removals["after"])  # and the name before them
        self.carriers = set(kb.lexicon["carrier_aircraft"]["ids"])
        rides = kb.lexicon["other_vehicle"]
        self.ride_preps, self.ride_nouns = set(rides["prepositions"]), set(rides["nouns"])

    def start(self, ctx: Context, sent: Sentence) -> None:
        """Notes whether the sentence is an item ("- Name") of the crew list opened before
        (`ctx.listed`); any other sentence ends the list."""
        if ctx.crew_list_for is None:
            ctx.listed = False
            return
        listed = bool(ctx.crew_list_for and LIST_ITEM.match(sent.text))
        if not listed and _line_opens(ctx, sent):  # a sentence that goes on an item's line keeps the list
            ctx.crew_list_for = None
        ctx.listed = listed

    def read(self, ctx: Context, sent: Sentence, ms: list[Mention]) -> None:
        """"X commands Axiom Mission 4", "Y is the pilot", "a crew of A and B", and the list
        after "The four astronaut-designates are:"."""
        listed = ctx.listed
        group = next((g for i, g in ctx.found.crew_groups if sent.start <= i < sent.end), None)
        if not listed and not group and not _crew_cue(ctx, sent):
            return
        lower = ctx.toks.lower
        text = sent.text
        crew = []
        reported = self._reported_from(ctx, sent)
        for m in of_classes(ctx, ms, PERSON_CLASSES):
            if any(f.subject == m.tid and f.prop == "heads" for f in (*ctx.said, *ctx.facts)) or m.end <= reported \
                    or (group and m.start < group.end):
                continue
            titles = [str(f.obj) for f in ctx.facts if f.subject == m.tid and f.prop == "jobTitle"]
            titles += ctx.titled.get((m.tid, sent.start_char), [])
            if self._quoted_speaker(ctx, sent, m):
                continue  # '"The crew is ready," Kshatriya said': who speaks of the crew is not of it
            if titles and not any(self._crewish(t) for t in titles):
                continue  # "Laura Kim, the mission's project scientist"; but "Commander Peggy Whitson,
                # Axiom's director of human spaceflight" flies
            led = m.start > sent.start + 1 and lower[m.start - 2] in ("led", "commanded")
            after = lower[m.end:min(m.end + 6, sent.end)]  # "with Suni Williams, 58, as pilot"
            role = "as" in after and after.index("as") + 1 < len(after) and \
                after[after.index("as") + 1] in ctx.kb.lexicon["crew_roles"]
            if possessive(ctx.toks, m) or (m.start > sent.start and lower[m.start - 1] in ("by", "with")
                                           and not led and not role) or self._off_crew(ctx, sent, m):
                continue
            if m.start > sent.start and lower[m.start - 1] == "under":
                continue  # "the first launch under Dave Limp": who leads, not who flies
            crew.append(m.tid)
        opens_list = text.rstrip().endswith(":")
        if not crew and not opens_list:
            return  # the mission matters only to a crew
        if not group and not of_classes(ctx, ms, MISSION_CLASSES) and (
                self._another_crew(ctx, sent) or self._station_command(ctx, sent, ms) or self._other_ride(ctx, sent)
                or self._carrier_flown(ctx, sent, ms)):
            return  # "The outgoing crew - commander Jing Haipeng, ...", "Williams now commands the station", "X
            # arrived aboard a SpaceX Crew Dragon": not the article's mission
        crew_named = opens_list or bool(ctx.cue("crew_roles", sent)) or any(
            w in ("crew", "crews") for w in ctx.toks.lower[sent.start:sent.end])
        mission = ctx.crew_list_for or (group.tid if group else self._mission_for(ctx, sent, ms, crew_named))
        if mission is None:
            return
        for tid in crew:
            flown = self._nearest_mission(ctx, sent, ms, tid, mission)
            if flown is None or ctx.found.uncrewed(flown, ctx.kb.by_id):
                continue
            ctx.found.things[tid].cls = "Astronaut"
            ctx.add(flown, "crewMember", tid, sent)
            if listed and ctx.crew_affiliation:
                ctx.add(tid, "affiliation", ctx.crew_affiliation, sent)
            if ctx.cls(flown) in ("Mission", "Program"):  # "training to fly on Gaganyaan": the programme
                ctx.found.retype(flown, "CrewedMission")  # names its crewed flight too
        if opens_list:
            ctx.crew_list_for = mission

    def _off_crew(self, ctx: Context, sent: Sentence, m: Mention) -> bool:
        """The person is named a backup in the title before their name ("backup crew member
        Charlie Duke") or in what follows it, before another name or the clause's end:
        "Atasever is his backup", "O'Hara as backup", "he served as backup pilot"; or is
        taken off the crew ("pulled Oleg Artemyev from the crew", "Mattingly, who was pulled
        from the Apollo 13 crew")."""
        if any(w in self.off_before for w in ctx.toks.lower[max(sent.start, m.start - TITLE_REACH):m.start]):
            return True
        names = {k.start for k in ctx.found.mentions if sent.start <= k.start < sent.end}
        for k in range(m.end, min(m.end + BACKUP_REACH, sent.end)):
            if k in names or ctx.toks.words[k] in (";", ":"):
                return False
            if ctx.toks.lower[k] in self.off_after:
                return True
        return False

    def _another_crew(self, ctx: Context, sent: Sentence) -> bool:
        """The sentence speaks of another crew than the one flying: "the outgoing crew"."""
        lower = ctx.toks.lower
        return any(lower[k] in self.other_crews and lower[k + 1] in ("crew", "crews")
                   for k in range(sent.start, sent.end - 1))

    def _other_ride(self, ctx: Context, sent: Sentence) -> bool:
        """The sentence tells of a ride on a craft it does not name ("arrived aboard a SpaceX
        Crew Dragon", "flew up on a Soyuz"): another flight than the article's."""
        lower = ctx.toks.lower
        return any(lower[k] in self.ride_preps and lower[k + 1] in ("a", "an")
                   and any(w in self.ride_nouns for w in lower[k + 2:min(k + 2 + RIDE_REACH, sent.end)])
                   for k in range(sent.start, sent.end - 2))

    def _carrier_flown(self, ctx: Context, sent: Sentence, ms: list[Mention]) -> bool:
        """The sentence's crew cue is of a carrier aircraft named before it ("Eve was piloted by
        A and B", "the carrier aircraft VMS Eve, flown by A"): its pilots stay below the flight
        to space (lexicon `carrier_aircraft`)."""
        cue = _crew_cue(ctx, sent)
        return cue is not None and any(
            m.start < cue[0] and not ctx.found.things[m.tid].local and ctx.found.things[m.tid].key in self.carriers
            for m in ms)

    @staticmethod
    def _station_command(ctx: Context, sent: Sentence, ms: list[Mention]) -> bool:
        """The sentence's cue is a command of a station, which an expedition holds, not a
        flight: "Williams now commands the station", "has taken command of the ISS"."""
        cue = ctx.cue("crew_cues", sent)
        if cue is None or not ctx.toks.lower[cue[0]].startswith("command"):
            return False
        return any(ctx.cls(m.tid) == "SpaceStation" and cue[1] <= m.start <= cue[1] + 2 for m in ms)

    def _reported_from(self, ctx: Context, sent: Sentence) -> int:
        """Where a reported clause about others' flying starts, after a speech verb ("Kathy
        Lueders, Starbase's manager, said the company aims to fly Starship again"): the
        speaker is no crew of it. The sentence start when there is none, or when the speaker
        reports of themselves ("Wilmore said he would fly")."""
        lower = ctx.toks.lower
        cue = _crew_cue(ctx, sent)
        if cue is None:
            return sent.start
        for k in range(sent.start, cue[0]):
            if lower[k] in self.speech:
                nxt = lower[k + 1] if lower[k + 1] != "that" else lower[k + 2]
                return sent.start if nxt in ("he", "she", "i", "we") else k
        return sent.start

    def _quoted_speaker(self, ctx: Context, sent: Sentence, m: Mention) -> bool:
        """The person speaks, after the quotation that holds the sentence's crew cue ('"The
        hardware is coming together and the crew is ready," Kshatriya said')."""
        words, lower = ctx.toks.words, ctx.toks.lower
        cue = _crew_cue(ctx, sent)
        closes = [k for k in range(cue[0] + 1, m.start) if words[k] in QUOTE_MARKS and words[k - 1] in CLOSING] if cue else []
        # a mark after the quotation's last punctuation closes it, wherever the sentence splitter left its opening
        return bool(closes) and any(w in self.speech for w in lower[closes[-1]:min(m.end + 3, sent.end)])

    def _mission_for(self, ctx: Context, sent: Sentence, ms: list[Mention], crew_named: bool) -> str | None:
        """The mission a sentence speaks of: one named in it, else the crewed mission named
        most so far (the last of those), else a programme named in it ("training to fly on
        Gaganyaan"); else, where the sentence names a crew or a crew's role or opens a list of
        names ("Mission commander Prasanth Nair", "The four astronaut-designates are:"), the
        mission or programme named last; not for a verb alone ("the first woman to command
        the station" is no crew of the programme named before)."""
        here = [m for m in of_classes(ctx, ms, MISSION_CLASSES) if not past(ctx, m)]
        if here:
            return here[0].tid
        before = self._before(ctx, sent)
        if before:
            return before
        # the crewed mission the article has named most so far, not merely the last named
        crewed = self._topic(ctx, before=sent.start) or next(
            iter(recent_named(ctx, sent.start, {"CrewedMission"}, 1)), None)
        earlier = crewed is not None and self._flown_another_year(ctx, sent, crewed)
        if crewed and not earlier:
            return crewed
        programs = of_classes(ctx, ms, {"Program"})
        if programs:
            return programs[0].tid
        if not crew_named or earlier:
            return None
        recent = recent_named(ctx, sent.start, MISSION_CLASSES | {"Program"}, 1)
        return recent[0] if recent else self._topic(ctx)

    @staticmethod
    def _flown_another_year(ctx: Context, sent: Sentence, mission: str) -> bool:
        """The sentence opens with a date in a year before the article's ("In 1977 he and
        Richard Truly flew ...", a timeline's "Dec. 15, 1965 - Flies his first mission"; not
        "X, who flew on a 2019 test flight" nor "X, born in 1980", which date something
        else), and the mission is not known to have flown in it: a career's earlier flight,
        not the article's."""
        today = ctx.today
        words = ctx.toks.words
        opening = words[sent.start:min(sent.start + DATE_OPENS, sent.end)]
        years = {int(w) for w in opening if len(w) == 4 and w.isdigit()}
        earlier = {y for y in years if FIRST_YEAR <= y < today.year} if today else set()
        if not earlier:
            return False
        thing = ctx.found.things[mission]
        span = None if thing.local else ctx.kb.spans.get(thing.key)
        if span is None:
            return True
        if span.launched is not None:
            first, last = span.launched, span.ended or span.launched
        elif span.ended is not None:  # a series' flight: the year it ended, or the one before
            first, last = span.ended - 1, span.ended
        else:
            return True
        return not any(first <= y <= last for y in earlier)

    @staticmethod
    def _before(ctx: Context, sent: Sentence) -> str | None:
        """The one crewed mission the sentence before names, where it goes on the same line or
        paragraph and flies or crews it: "Commands STS-51-C aboard Discovery. His crew are pilot
        Loren Shriver, ..."; not a flight of the past ("last June aboard Galactic 01")."""
        if sent.start == 0 or _line_opens(ctx, sent):
            return None
        prev = ctx.toks.sentence(sent.start - 1)
        if not _crew_cue(ctx, prev):
            return None  # "Artemis III may follow.": a flight named, but not flown or crewed there
        if any(w in HISTORY for w in ctx.toks.lower[prev.start:prev.end]) or _dated_earlier(ctx, prev.start, prev.end):
            return None  # "Villadei already reached space last June aboard Galactic 01": a flight of the past
        named = {m.tid for m in ctx.found.mentions if prev.start <= m.start < prev.end and not m.ref
                 and ctx.cls(m.tid) == "CrewedMission" and not past(ctx, m)}
        return named.pop() if len(named) == 1 else None

    @staticmethod
    def _topic(ctx: Context, before: int | None = None) -> str | None:
        """The crewed mission the article is about, when a crew is named before it is:
        the one named most often ("Commanding the mission is X", three paragraphs
        before "the mission, NASA's Boeing Crew Flight Test"); of those named `before` a
        token, if given."""
        counts: dict[str, int] = {}  # in the order first named: of two named as often, the first
        for m in sorted(ctx.found.mentions, key=lambda m: m.start):
            if ctx.cls(m.tid) == "CrewedMission" and (before is None or m.start < before):
                counts[m.tid] = counts.get(m.tid, 0) + 1
        return max(counts, key=counts.__getitem__, default=None)

    def _nearest_mission(self, ctx: Context, sent: Sentence, ms: list[Mention], tid: str, default: str) -> str | None:
        """With two missions in a sentence, each person flies the one named in their clause:
        "Kim will launch on Soyuz MS-27, while Peskov will fly aboard Crew-10"; one whose
        clause names none flies the article's crewed mission, not another clause's, unless
        the clause dates the flight to an earlier year ("Prince Sultan went to orbit aboard
        Discovery in 1985"): then no mission the article names."""
        at = next((m.start for m in ms if m.tid == tid), None)
        if at is None:
            return default
        owned = self._crew_of(ctx, ms, at)
        if owned is not None:
            return owned
        start, end = clause(ctx.toks, sent, at)
        missions = of_classes(ctx, ms, MISSION_CLASSES)
        dated = self._year_before(ctx, sent, at)  # "In 2019 AlMansoori flew, and in 2023 AlNeyadi flew on
        # Crew-6": a mission dated to another year than the person is another year's flight
        missions = [m for m in missions if not dated or self._year_before(ctx, sent, m.start) in ("", dated)]
        here = [m for m in missions if start <= m.start < end and not past(ctx, m)]
        colon = next((k for k in range(at - 1, start - 1, -1) if ctx.toks.words[k] == ":"), None)
        listed = [m for m in here if colon is not None and m.end <= colon]
        if listed:  # "... arrived aboard Soyuz MS-28: A, B and C": a list after a colon is of the mission before it
            return listed[-1].tid
        if here:
            return here[0].tid
        if _dated_earlier(ctx, start, end):
            return None
        if dated and default in {m.tid for m in of_classes(ctx, ms, MISSION_CLASSES)} - {m.tid for m in missions}:
            return None
        if any(m.tid == default for m in missions):  # "For Poteet and Menon this is a first spaceflight;
            # Isaacman commanded Inspiration4 in 2021": a mission of another clause is not theirs
            return next((tid for tid in (self._topic(ctx), *recent_named(ctx, sent.start, {"CrewedMission"}, 1))
                         if tid and tid != default), default)
        return default

    @staticmethod
    def _crew_of(ctx: Context, ms: list[Mention], at: int) -> str | None:
        """The mission whose crew a list holding the person at `at` names: "the Soyuz MS-27
        crew of Sergey Ryzhikov, Alexey Zubritsky and NASA's Jonny Kim", whatever other
        mission the sentence names first."""
        toks = ctx.toks
        for m in of_classes(ctx, ms, MISSION_CLASSES):
            k = m.end
            if k + 2 <= at and toks.lower[k] in CREW_GROUPS and toks.lower[k + 1] == "of" and all(
                    toks.words[j] in (",", "and", "'s", "’s") or any(o.start <= j < o.end for o in ms)
                    for j in range(k + 2, at)):
                return m.tid
        return None

    @staticmethod
    def _year_before(ctx: Context, sent: Sentence, at: int) -> str:
        """The last year the sentence dates something to ("in 2019") before token `at`."""
        return next((ctx.toks.words[k] for k in range(at - 1, sent.start, -1) if _dated(ctx, k)), "")

    def _crewish(self, title: str) -> bool:
        """Ranks and crew roles go with flying; "Prime Minister" does not."""
        return bool(_CREWISH.search(title))


@register
class Seats(ArticleRule):
    """Who buys a crew member's seat takes part in their flight: "Colonel Walter Villadei of
    the Italian Air Force, which paid for his seat"; "ESA and the Swedish National Space
    Agency bought him this seat together"."""

    name = "seats"

    def __init__(self, kb: Knowledge) -> None:
        super().__init__(kb)
        self.buying = set(kb.lexicon["seat_buying"])

    def read(self, ctx: Context) -> None:
        flown: dict[str, list[str]] = {}  # person -> the missions they fly
        for f in (*ctx.said, *ctx.facts):
            if f.prop == "crewMember":
                flown.setdefault(str(f.obj), []).append(f.subject)
        if not flown:
            return
        lower = ctx.toks.lower
        people = sorted((m for m in ctx.found.mentions if ctx.cls(m.tid) in PERSON_CLASSES), key=lambda m: m.start)
        for sent in ctx.toks.sents:
            words = set(lower[sent.start:sent.end])
            if not words & {"seat", "seats"} or not words & self.buying:
                continue
            orgs = [m.tid for m in ctx.found.mentions
                    if sent.start <= m.start < sent.end and ctx.cls(m.tid) in ORG_CLASSES]
            here = [m.tid for m in people if sent.start <= m.start < sent.end]
            who = here or ([m.tid for m in people if m.start < sent.start]
                           if words & {"his", "her", "him"} else [])  # "bought him this seat": the last named
            if not orgs or not who:
                continue  # "ESA has secured seats for European astronauts": nobody's seat in particular
            for mission in dict.fromkeys(flown.get(who[-1], [])):
                for org in dict.fromkeys(orgs):
                    ctx.add(mission, "participant", org, sent)
