"""A mission's, station's or programme's status, from the clause that governs its mention.

The verb the mention is an argument of (or the participle or relative clause that
modifies it) says that the thing begins (launch, dock, land), ends (return, retire),
goes on (operate, continue) or is being made (build, develop); its tense and modality
(will, is due to, plans to) say when. Something that will begin or is being made is
planned, has begun or goes on is active, has ended is completed; something that will end
has not yet, so is active. A participle of planning set off by a comma says it too
("Chang'e-8, planned for 2028,"). A modifier says it outright
("the upcoming mission", "the defunct station"). A timeline's line dated before the
article tells of the past in the present ("6 June 2024: Flight 4 lifts off"), one dated
after it of the future. Over an article a thing takes the furthest state its sentences
report: launched, then returned, is completed. What the gazetteer knows ended in a year
before the article's is completed, whatever the tense of its sentences ("Cassini showed");
where they say nothing, a mission it knows at work, launched in a year before the
article's, is active ("Chandra faces cuts"), and one it knows launched later, or not by
2026, planned (`knowledge.Span`). A programme one of whose flights flew before the
article's year is not planned for what its flights will do ("the Artemis programme will
land astronauts").
"""
from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from spacy.tokens import Doc, Token

from .checks import Schema
from .cues.dates import MONTHS, entry_date
from .knowledge import Series, Span
from .mentions import MONTHS_AND_DAYS, NAMING, ROMAN, Found
from .model import Evidence, Fact, Thing
from .nominals import RELATIVES, case, describe, name_end, predicate

ORDER = {"planned": 0, "active": 1, "completed": 2}
SUBJECTS = {"nsubj", "nsubj:pass", "nsubj:outer"}  # what begins, ends or goes on (and the object of a verb that
# begins or ends something: "launch X", "retire X"); not an oblique: "reached the ISS"
NOMINAL_LINKS = {"conj", "appos", "compound", "flat"}  # climbed to the phrase's head
CONDITIONS = {"if", "unless", "whether"}
MAYBE = {"could", "might", "may", "should", "must"}  # modals of what may be, not of what will
SOON = {"soon", "next", "later", "shortly", "eventually"}  # words of a time to come
TIME_MARKS = {"when", "once", "until", "before", "after", "as"}  # in the present, these speak of the future
BE = {"is", "are", "was", "were"}  # "is to lift off"
ENDINGS = {"close", "end", "conclusion", "halt"}
BRINGS = {"bring", "brings", "brought", "bringing"}  # end a flight only where they bring someone home (HOMES)
HOMES = {"home", "earth", "ground", "down"}
RETURNS = {"return", "returns", "returned", "returning"}  # a flight's end, unless it returns someone to a body
PASSING = {"past", "by", "near"}  # "returns past Earth": a flyby
ORIGINS = {"start", "starts", "started", "starting", "begin", "begins", "began", "begun", "beginning"}  # "began as",
# "starting life as": where a thing came from; "beginning with": the first of a list
NOMINALS = {"NOUN", "PROPN", "NUM", "PRON"}
SPAN_MARKS = {"since", "until", "till", "through", "by"}  # a year that bounds a span, not the time of an event
SPAN_ENDS = {"to", "until", "till", "through"}  # a year that ends a span
COPULAS = {"remain", "remains", "remained", "remaining", "stay", "stays", "stayed", "staying"}
MISSIONS = {"Mission", "CrewedMission"}
RIDES = {"aboard", "onboard", "on", "during"}  # a mission in an oblique with these carries the verb's subject
CRAFT = {"Spacecraft", "SpaceStation"}
NAMED = NAMING | {"known"}  # participles that give a name: "a satellite, known as X,"
TOPIC_SENTENCES = 3  # sentences naming a station that make it what the article is about
KINDS = {"Mission", "Spacecraft", "Program"}  # the kinds of thing a status is said of
STAY_MONTHS = 7  # a long stay at a station lasts half a year or more: the months after its launch it may run on
FLIGHT_HEADS = {"flight", "test"}  # a mission's name headed so names one flight: over within the hour
RULE = "status-from-tense"
KNOWN_RULE = "status-from-knowledge"  # the state the gazetteer's years give in the article's year


class Status:
    def __init__(self, lexicon: dict, schema: Schema, spans: dict[str, Span] | None = None,
                 flown: dict[str, int] | None = None) -> None:
        """`spans`: the years of known missions, stations and programmes (by id); `flown`: the
        year each known programme's first flight flew."""
        words = lexicon["status"]
        self.kinds = {w: kind for kind in ("begins", "arrives", "ends", "goes_on", "makes") for w in words[kind]}
        self.sends = set(words["sends"])
        self.future, self.future_aux = set(words["future"]), set(words["future_aux"])
        self.modifiers = {w: state for state in ORDER for w in words[state]}
        self.short_lived = set(words["short_lived"])
        self.finishes = set(words["finishes"])
        self.runs = set(words["runs"])
        self.partitives = set(words["partitives"])
        self.under_way = tuple(words["under_way"])
        self.transmissions, self.homeward = set(words["transmissions"]), set(words["homeward"])
        self.waits, self.wait_for, self.works_on = set(words["waits"]), set(words["wait_for"]), set(words["works_on"])
        self.ends_with = {verb: set(after) for verb, after in words["ends_with"].items() if not verb.startswith("_")}
        self.crews = set(lexicon["crew_nouns"]) | {"members"}
        self.kind_nouns = lexicon["class_nouns"]
        self.other_kinds = {*lexicon["agreement_nouns"], *(n for n, c in self.kind_nouns.items() if c not in KINDS)}
        self.touchdowns, self.bodies = set(words["touchdowns"]), set(words["bodies"])
        self.schema = schema
        self.spans = spans or {}
        self.flown = flown or {}
        self.year: int | None = None  # of the article being read
        self.past: int | None = None  # its year, or else the latest year it tells of in the past
        self.told: bool = False  # the sentence is in a timeline's line dated before the article: its present is past
        self.ahead: bool = False  # ... dated after the article: its present is future
        self.flight: bool = False  # the thing read is a mission, not a station or programme

    def read(self, found: Found, parsed: Iterable[tuple[int, Doc]], anchors, today: date | None = None) -> list[Fact]:
        """`anchors(start, doc)` gives (token, thing) of the things of a parsed sentence;
        `today` is the article's date, after which a year is in the future."""
        parsed = list(parsed)
        toks = found.toks
        entries = {start: entry_date(toks.text, toks.sentence(start).start_char) for start, _ in parsed}  # timelines'
        self.year = today.year if today else None
        self.month = today.month if today else None
        self.past = self.year or max(filter(None, (_latest_past_year(doc for _, doc in parsed),
                                                   self._latest_entry_year(entries, parsed))), default=None)
        now = (today.year, today.month) if today else (self.past, 0) if self.past else None
        best: dict[str, tuple[int, Evidence]] = {}
        known: dict[str, tuple[str, Evidence]] = {}  # the state the gazetteer's years give, where first named
        seen: dict[str, Evidence] = {}  # each thing that may have a status, where first named
        told_in: dict[str, set[int]] = {}  # the sentences that name each
        for start, doc in parsed:
            sent = toks.sentence(start)
            ev = Evidence(sent.text, sent.start_char, sent.end_char)
            entry = entries[start] if now else None
            self.told = bool(now and entry and _before(entry, now))
            self.ahead = bool(today and entry and _before((today.year, today.month), entry))
            for tok, tid in anchors(start, doc):
                thing = found.things[tid]
                if not self.schema.allows("status", thing.classes(), None):
                    continue
                seen.setdefault(tid, ev)
                told_in.setdefault(tid, set()).add(start)
                if self._known(thing) == "completed":
                    known.setdefault(tid, ("completed", ev))
                    continue  # "Cassini showed that ...": over, whatever the tense says
                self.flight = bool(thing.classes() & MISSIONS) and "Program" not in thing.classes()
                state = self.state(tok, made=bool(thing.classes() & CRAFT) and not thing.classes() & MISSIONS,
                                   crewed="CrewedMission" in thing.classes())
                if state == "planned" and self._under_way(thing):
                    state = None  # "the Artemis programme will land astronauts": what is to come is its flights'
                short = self._short(thing, found.series.get(tid))
                if state is None and short and self.told and _phrase_head(tok).dep_ == "ROOT":
                    state = "completed"  # "8 January 2024: Cert-1": a past line's event is the flight itself
                if state != "planned" and short and self._earlier_year(tok) and not self._still_aboard(
                        tok, found.series.get(tid)) and (
                        state or not self.told or _phrase_head(tok).dep_ in SUBJECTS | {"obj"}):
                    state = "completed"  # "Ax-1, flown in April 2022", "OFT-2 docked in May 2022": a flight of days;
                    # in a past line of a timeline, one the line tells of, not "the lander for Artemis III"
                if (tid in found.series and found.series[tid].brief or self._test_flight(thing)
                        or self._within_a_year(thing, found.series.get(tid))) and (
                        state == "active" or state is None and _in_past(tok, copulas=True)):
                    state = "completed"  # "PSLV-C58 lifted off", "the heat shield of PSLV-C39 did not separate",
                    # "NS-25 flew six people": a rocket's flight or a suborbital hop told of in the past is over
                if state is not None and ORDER[state] >= best.get(tid, (-1, None))[0]:
                    best[tid] = (ORDER[state], ev)
        for tid, ev in seen.items():
            thing = found.things[tid]
            station = "SpaceStation" in thing.classes()
            if tid in known or not thing.classes() & (MISSIONS | {"SpaceStation"}) or \
                    station and len(told_in[tid]) < TOPIC_SENTENCES:
                continue  # a station's state goes without saying, unless the article is about it
            state = self._known(thing)
            if state == "active" and best.get(tid, (0, None))[0] == 0 or state == "planned" and tid not in best:
                known[tid] = (state, ev)  # "Chandra faces cuts": launched in 1999, at work still; "Dragonfly's
                # rotors": to launch in 2028
        names = {v: k for k, v in ORDER.items()}
        facts = [Fact(tid, "status", names[rank], ev, literal=True, rule=RULE) for tid, (rank, ev) in best.items()
                 if tid not in known]
        return facts + [Fact(tid, "status", state, ev, literal=True, rule=KNOWN_RULE) for tid, (state, ev) in known.items()]

    def _latest_entry_year(self, entries: dict[int, tuple[int, int] | None],
                           parsed: list[tuple[int, Doc]]) -> int | None:
        """The latest year a timeline's line opens with (`entries`: each sentence's, by its
        first token), of the lines that tell what happened ("March 2025: ESCAPADE ships to
        Florida"), not what will ("2026: The probes reach Mars", "is due to"): a timeline in
        the present tense is of that year or later."""
        years = [entry[0] for start, doc in parsed
                 if (entry := entries[start])
                 and not any(self._future(t) or self.future_aux & {c.lower_ for c in t.children}
                             for t in doc if t.dep_ == "ROOT")]
        return max(years, default=None)

    def _span(self, thing: Thing) -> Span | None:
        """The gazetteer's years of a known thing; none of a thing only the article names."""
        return None if thing.local else self.spans.get(thing.key)

    def _known(self, thing: Thing) -> str | None:
        """The state the gazetteer's years give a known thing in an article of this year."""
        span = self._span(thing)
        return span.state(self.past, exact=self.year is not None) if span and self.past else None

    def _within_a_year(self, thing: Thing, series: Series | None) -> bool:
        """A known uncrewed mission that ended the year it launched (the gazetteer's years): a
        launch or a short test ("Start Me Up", "Mission Possible"). Not a crewed flight or a
        cargo ship, which an article may tell of in the past while it is still in orbit
        ("Polaris Dawn launched on Tuesday", "Progress MS-26 docked")."""
        span = self._span(thing)
        return bool(span and span.launched and span.launched == span.ended) \
            and "CrewedMission" not in thing.classes() and not (series and series.cargo)

    def _under_way(self, thing: Thing) -> bool:
        """A programme, not itself a flight, one of whose flights flew before the article's year."""
        first = None if thing.local else self.flown.get(thing.key)
        return first is not None and self.past is not None and first < self.past \
            and "Program" in thing.classes() and not thing.classes() & MISSIONS

    def state(self, tok: Token, made: bool = False, crewed: bool = False) -> str | None:
        """The state the clause around the mention at `tok` reports, if it reports one;
        `made`: the thing is a craft or station, not a mission, so finishing it builds it;
        `crewed`: a crewed flight, whose landing is its end, not an arrival."""
        head = _phrase_head(tok)
        named = head.head.head
        if head.head.dep_ == "acl" and head.head.lower_ in NAMED and named.i < head.i and (
                self.kind_nouns.get(named.lower_) in KINDS
                or named.pos_ == "PROPN" and named.lower_ not in self.other_kinds):
            head = _phrase_head(named)  # "the Earth Cloud Aerosol and Radiation Explorer, known as EarthCARE,":
            # what is said of the one it names; not "an arrangement for the mission, known as LUPEX"
        if head.dep_ == "nmod" and head.head.lower_ in self.partitives and case(head) == "of":
            head = _phrase_head(head.head)  # "launched the final pair of TROPICS satellites": what is said of the
            # part is said of the set
        if head.dep_ == "nmod" and head.head.lower_ in self.crews and case(head) == "of":
            head = _phrase_head(head.head)  # "the astronauts of Shenzhou-15, who have been living aboard":
            # what its crew does, the flight does
        # the name and the nominals that describe it: "Russia's upcoming station, the ROS,"
        nominals = [tok, head, *describe(head)]
        for n in nominals:
            for c in n.children:
                if c.dep_ in ("amod", "compound") and c.i < n.i and c.lower_ in self.modifiers:
                    return self.modifiers[c.lower_]  # before the noun: "the late Mir"; not a time after
                    # it, "on a rocket late on Tuesday"
        if self._planned_aside(tok) or self._planned_relative(tok):
            return "planned"
        verbs = [c for n in nominals for c in n.children if c.dep_ in ("acl", "acl:relcl") and c.lower_ not in NAMED
                 and predicate(c)]  # "which has been aboard"; not "known as LUPEX", which names it
        last = max(head.conjuncts, key=lambda c: c.i, default=head)  # "X and Y, which are planned": both
        verbs += [c for c in last.children if last.i > head.i and c.dep_ == "acl:relcl"
                  and any(k.lower_ in ("are", "were", "have") for k in c.children)]
        governs = self.kinds.get(head.head.lower_)
        if head.dep_ == "nsubj" and governs == "makes":
            pass  # "Vast builds Haven-1": the subject is the maker, not what is made
        elif head.dep_ in SUBJECTS or (head.dep_ == "obj" and governs in ("begins", "ends", "makes")):
            verbs.append(head.head)
            if head.dep_ in SUBJECTS:  # "the lander spun out of control and crashed": the verbs it is subject of
                verbs += [v for v in head.head.conjuncts if v.i > head.head.i and v.pos_ == "VERB"
                          and not any(c.dep_ in SUBJECTS for c in v.children)]
        elif head.dep_ in ("obj", "iobj") and head.head.lower_ in self.sends:  # "a rocket carried NISAR into orbit"
            return self._clause(head.head, subject=False, kind="begins")
        elif head.dep_ == "obl" and self.kinds.get(head.head.lower_) == "begins" and not made \
                and head.head.lower_ not in ORIGINS and case(head) == "with":
            return self._clause(head.head, subject=False, kind="begins")  # "a Falcon 9 lifted off with SpainSat NG
            # I": what a launch carries begins with it; not "beginning with Artemis III", the first of a list
        elif head.dep_ == "obl" and head.head.lower_ in self.works_on and case(head) == "on":
            return self._clause(head.head, subject=False, kind="makes")  # "are working on LignoSat-2": being made
        elif (carrier := _carrier(head)) is not None and not made:
            carrier = _timed_by(carrier)
            state = self._clause(carrier, subject=True, crewed=crewed)  # "will return aboard Soyuz MS-24", "will wear during
            # Artemis III": the flight goes where its travellers go, when they go; "flew on Artemis I" says
            # nothing of now
            past = "Past" in carrier.morph.get("Tense", []) or self._after_past(carrier)  # "returned after flying on X"
            return None if state == "active" and past else state
        for verb in verbs:
            subject = (verb.i == head.head.i and head.dep_ in SUBJECTS) or any(  # "a station that will fly"
                c.dep_ in SUBJECTS and c.lower_ in RELATIVES for c in verb.children)
            passive = verb.i == head.head.i and head.dep_ == "nsubj:pass" or any(  # "once Tiangong is completed",
                c.dep_ == "nsubj:pass" and c.lower_ in RELATIVES for c in verb.children)  # "which was completed": built
            if verb.lower_ in self.finishes and not subject and not passive and not made:
                continue  # "CSO-3 completes the CSO constellation": a set made whole, not over
            kind = "makes" if made and (not subject or passive) and verb.lower_ in self.finishes else None
            state = self._clause(verb, subject=subject, kind=kind, crewed=crewed)
            if state:
                return state
        return None

    def _clause(self, verb: Token, subject: bool, kind: str | None = None, crewed: bool = False) -> str | None:
        marks = {c.lower_ for c in verb.children if c.dep_ == "mark" or c.dep_ == "advmod" and c.lower_ in TIME_MARKS}
        finite_past = self._finite_past(verb) or self._after_past(verb)
        if marks & CONDITIONS:
            return None  # "if the flight goes well": not what is
        if marks & TIME_MARKS and not finite_past:  # "when Soyuz MS-25 undocks": it will end, so it goes on now
            return {"ends": "active", "begins": "planned", "makes": "planned"}.get(
                kind or self.kinds.get(verb.lower_, "")) if subject else None
        if any(c.dep_ == "aux" and c.lower_ in MAYBE for c in verb.children) or \
                any(c.dep_ == "mark" and c.lower_ in ("for", "of", "about") for c in verb.children):
            return None  # "so that the outpost could operate", "options for flying the mission": what may be
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and _governor_may(verb):
            return None  # "I'd bet on Haven-1 flying first": a participle is as sure as its clause
        if not subject and any(c.dep_ == "aux" and c.lower_ == "having" for c in verb.children):
            return None  # "Endurance, having flown Crew-3 and Crew-5": told of in passing, not now
        if verb.pos_ in ("ADJ", "NOUN") and verb.lower_ in self.modifiers:  # "X is operational"
            return self.modifiers[verb.lower_]
        if subject and verb.pos_ == "ADJ" and verb.lower_ in self.future:  # "X is due in 2030"
            return "planned"
        if subject and verb.lower_ in self.future and verb.tag_ == "VBN" and any(
                c.dep_ == "aux:pass" and c.lower_ in ("is", "are") for c in verb.children) and not any(
                c.dep_ == "xcomp" for c in verb.children):
            return "planned"  # "Luna 26 is planned for 2027", "the flights are scheduled for next year"
        lexical, future = verb, self._future(verb) or self.ahead  # "2031: The samples come back"
        if not future and not finite_past and self._later_year(verb):
            future = True  # "Haven-1 is aimed at a 2028 launch" in a 2025 article
        xcomp = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
        if xcomp and (verb.lower_ in self.future or verb.lower_ in BE):  # "is due to launch", "is to fly"
            lexical, future = xcomp[0], True
        kind = kind or self.kinds.get(lexical.lower_) or ("ends" if self._ends_with(lexical) else None)
        if subject and lexical.lower_ in self.finishes | ORIGINS and any(
                (c.dep_ == "obj" or c.dep_ == "xcomp" and any(d.dep_ == "det" for d in c.children))
                and c.lower_ not in self.runs for c in lexical.children):
            return None  # "Tianzhou-8 completed a fast rendezvous", "SPHEREx is to begin its survey": a task done or
            # begun ("a rendezvous": an xcomp to the parser); not "completed its mission", "began operations"
        if kind == "arrives" and crewed and lexical.lower_ in self.touchdowns and not any(
                t.lower_ in self.bodies for c in lexical.children if c.dep_.startswith("obl") for t in c.subtree) \
                and not any(c.dep_ == "obj" for c in lexical.children):
            kind = "ends"  # "Shenzhou-15 landed at Dongfeng": a crew lands when it comes home; not "on the Moon",
            # nor "to land astronauts near the south pole"
        if any(c.dep_ == "obl" and c.lower_ in ENDINGS and case(c) == "to" for c in lexical.children):
            kind = "ends"  # "brought the mission to a close"; not "living aboard since the end of November"
        elif kind == "ends" and lexical.lower_ in BRINGS:
            words = {t.lower_ for c in lexical.children if c.dep_ not in SUBJECTS for t in c.subtree}
            active = subject and not any(c.dep_ in ("nsubj:pass", "aux:pass") for c in lexical.children)
            if not (words & HOMES or active and "back" in words):
                kind = None  # "brought the crew home", "brought down", "the probe that brought samples back"; not
                # "has been brought back from the brink", "brought Voyager 2 back into contact", "brings the number to 54"
        if kind == "ends" and lexical.lower_ in RETURNS and any(c.dep_ == "obj" for c in lexical.children) and any(
                t.lower_ in self.bodies for c in lexical.children if c.dep_ == "obl" and case(c) == "to"
                for t in c.subtree):
            if not self.flight:
                return None  # "the Artemis programme will return astronauts to the Moon": its next steps
            kind = "begins"  # "Artemis III is to return astronauts to the lunar surface": takes them back there, so
            # begins; not "returned samples to Earth", which ends it
        if lexical.lower_ in self.homeward and any(c.lower_ == "home" for c in lexical.children):
            kind = "ends"  # "Crew-10 is expected to head home this summer", "flew home": a flight's end
        if kind == "ends" and lexical.lower_ in RETURNS and any(
                c.dep_ == "obj" and c.lower_ in self.transmissions for c in lexical.children):
            if future:
                return None
            return "completed" if self._span_ended(lexical) else "active"  # "Tanager-1 has been returning data
            # since last autumn", "Hubble returned images last week": sends home, not comes back
        if kind == "ends" and lexical.lower_ in RETURNS and any(
                c.dep_ == "obl" and case(c) in PASSING for c in lexical.children):
            return None  # "Juice and Clipper both return past Earth": a flyby on the way, no end
        if kind == "begins" and lexical.lower_ in ORIGINS and any(
                k.lower_ == "as" for c in lexical.children if c.dep_ == "obl" for k in c.children):
            return None  # "started life as a concept", "began as a student project": an origin; not "flew as a
            # secondary passenger"
        if future:  # what will end is going on now; what will begin is planned; a flight's arrival is yet to come
            # ("Artemis III, which is to land astronauts"), a station's or programme's tells neither
            if kind is None and not subject and lexical.lower_ in self.sends:
                return "planned"  # "a station NASA plans to place in lunar orbit": what will be sent
            described = verb.dep_ == "acl:relcl" and not _dated(lexical)  # "a satellite that will measure CO2":
            # what it is for, not when; but "Chang'e-8, which will follow around 2028"
            return {"ends": "active", "begins": "planned", "makes": "planned",
                    "arrives": "planned" if subject and self.flight else None,
                    None: "planned" if subject and not described else None}.get(kind)
        perfect = any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in lexical.children)
        if not perfect and self._span_ended(lexical):
            return "completed"  # "which flew from 2015 to 2017", "studied the Saturn system until 2017"
        if kind is None and perfect and any(c.dep_ in ("obl", "nmod") and case(c) == "since"
                                            for c in lexical.children):
            return "active"  # "which has been aboard the station since August"
        if subject and lexical.lower_ in self.waits and not finite_past and any(
                c.dep_ in ("obl", "obj") and c.lower_ in self.wait_for for c in lexical.children):
            return "planned"  # "NISAR is still waiting for its launch", "SV-10 awaits a ride"; not "the crew is
            # waiting for fresh supplies"
        if kind == "begins" and subject and not finite_past and not self.told and any(
                c.dep_ in ("advcl", "obl") and "Past" not in c.morph.get("Tense", []) and any(
                    m.dep_ in ("mark", "advmod", "case") and m.lower_ in ("when", "once") for m in c.children)
                for c in lexical.children):
            return "planned"  # "Expedition 72, which begins when their ship undocks", "begins once MS-26 undocks" (an
            # oblique to the parser): not yet
        if kind is None and subject and self._ongoing(lexical):
            return "active"  # "Voyager 1 is still sending data", "Psyche is on its way", "BepiColombo is en route"
        if kind is None or (lexical.morph.get("VerbForm", []) == ["Inf"] and not self._shares_past(lexical)):
            return None
        present = "Pres" in lexical.morph.get("Tense", []) and not self.told  # "builds", "building" (the tagger's tags
        # disagree more often); in a timeline's past line, "6 June 2024: Flight 4 lifts off" is past
        progressive = present and "Part" in lexical.morph.get("VerbForm", []) \
            and any(c.dep_ == "aux" and c.lower_ in BE for c in lexical.children)
        if kind == "makes":  # "is building X", "is being built": X is yet to be; "built X" says nothing of now
            making = present or any(c.lower_ == "being" for c in lexical.children)
            return "planned" if making and not (finite_past or perfect) else None
        if kind == "ends":  # "is finishing NISAR": not yet
            return None if progressive else "completed"
        if lexical.lower_ in COPULAS and any(c.dep_ in ("obj", "xcomp", "attr") and c.pos_ in NOMINALS
                                             for c in lexical.children):
            return None  # "remains one of the names": a copula, not the thing going on
        if kind == "goes_on" and "Past" in lexical.morph.get("Tense", []) and not perfect \
                and not lexical.lower_.startswith("continu"):
            return "completed"  # "operated until 2003" is over; "has operated since 2019" is not
        return "active"

    def _ends_with(self, verb: Token) -> bool:
        """A verb that ends a thing with the word after it ("came down", "fell silent", "broke
        apart"): a word it governs, or the next, wherever the parser hung it."""
        after = self.ends_with.get(verb.lower_, ())
        return bool(after) and (any(c.i > verb.i and c.lower_ in after for c in verb.children)
                                or verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].lower_ in after)

    def _finite_past(self, verb: Token) -> bool:
        """The verb or its auxiliary is finite and in the past (in a timeline's past line, in the present too)."""
        return any(("Past" in t.morph.get("Tense", []) or self.told and "Pres" in t.morph.get("Tense", []))
                   and "Fin" in t.morph.get("VerbForm", [])
                   for t in (verb, *(c for c in verb.children if c.dep_ in ("aux", "aux:pass"))))

    def _after_past(self, verb: Token) -> bool:
        """A gerund set on another verb by a preposition takes its time from that verb: "spent 186
        days there after riding up on Crew-6" is past, as "spent" is."""
        return verb.tag_ == "VBG" and verb.dep_ == "advcl" and not any(
            c.dep_ in ("aux", "aux:pass") for c in verb.children) and self._finite_past(verb.head)

    def _ongoing(self, verb: Token) -> bool:
        """A present progressive ("is still sending data"), a present perfect one ("has been
        charting the stars"), or a copula with a predicate of
        being under way (lexicon status.under_way: "is en route", "is on its way")."""
        if verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ == "been" for c in verb.children) and any(
                c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children):
            return verb.lower_ not in self.future  # "Gaia, which has been charting the stars for a decade"
        be = [c for c in verb.subtree if c.i < verb.i and c.lower_ in ("is", "are")]  # whatever the parse calls it
        if not be:
            return False
        if verb.tag_ == "VBG":
            return verb.lower_ not in self.future
        predicate = verb.doc[be[-1].i + 1:verb.i + 1].text.lower()
        return any(predicate.endswith(p) for p in self.under_way)

    @staticmethod
    def _shares_past(verb: Token) -> bool:
        """A verb the tagger read as a bare form that is the conjunct of a verb in the past,
        and so in the past too: "lifted off and put Soyuz MS-25 on course"."""
        return verb.dep_ == "conj" and "Past" in verb.head.morph.get("Tense", []) \
            and not any(c.lower_ == "to" or c.dep_ == "aux" for c in verb.children)

    def _planned_aside(self, tok: Token) -> bool:
        """A participle of planning set off after the name, which the parser often reads
        as the main clause's, or after the noun of an apposition there: "Tianwen-3, planned
        for launch around 2028, is meant to", "Chang'e-8, a Chinese lunar lander planned for
        later this decade"."""
        doc, end = tok.doc, name_end(tok)
        if end + 2 >= len(doc) or doc[end].text != ",":
            return False
        k = end + 1
        if doc[k].lower_ in ("a", "an", "the"):  # over the apposition's words to its noun
            k += 1
            while k < min(end + 8, len(doc)) and (doc[k].pos_ in ("ADJ", "NOUN", "PROPN", "NUM") or doc[k].text == "-") \
                    and doc[k].lower_ not in self.future:
                k += 1
            if k == end + 2 or doc[k - 1].pos_ != "NOUN":
                return False
        return (k + 1 < len(doc) and doc[k].lower_ in self.future
                and doc[k].tag_ in ("VBN", "VBD", "JJ") and doc[k + 1].pos_ in ("ADP", "PART", "ADV"))

    def _planned_relative(self, tok: Token) -> bool:
        """An apposition after the name whose noun a relative clause tells of as yet to be
        made or flown, which the parser seldom hangs on the noun: "Gateway, the small station
        NASA plans to build", "Dragonfly, a rotorcraft that APL is building", "the tug NASA
        will fly"."""
        doc, end = tok.doc, name_end(tok)
        if end + 3 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in ("a", "an", "the"):
            return False
        k = end + 2
        while k < min(end + 8, len(doc)) and not (doc[k].pos_ == "NOUN" and doc[k].is_lower and k + 1 < len(doc) and (
                doc[k + 1].lower_ in RELATIVES or doc[k + 1].text[:1].isupper())):
            if doc[k].text in (",", ";") or doc[k].pos_ == "VERB" and doc[k].dep_ != "amod":  # not "crewed"
                return False  # the apposition ends without a relative clause
            k += 1
        k += 1
        if k < len(doc) and doc[k].lower_ in RELATIVES:
            k += 1
        named = k
        while k < len(doc) and (doc[k].text[:1].isupper() and doc[k].pos_ == "PROPN" or (
                k > named and doc[k].text in ("'s", "’s"))):
            k += 1  # its subject: a name ("NASA", "Blue Origin", "RSC Energia")
        if k == named or k + 1 >= len(doc):
            return False
        word, after = doc[k].lower_, doc[k + 1].lower_
        return word in self.future_aux or word in self.future and after == "to" or (
            word in ("is", "are") and self.kinds.get(after) == "makes" and after.endswith("ing"))

    def _short(self, thing: Thing, series: Series | None) -> bool:
        """A crewed flight or a test flight: over within weeks of its launch; a cargo ship's
        (its series says), within months."""
        return "CrewedMission" in thing.classes() or bool(series and series.cargo) or any(
            w in self.short_lived for n in thing.names() for w in n.lower().split())

    @staticmethod
    def _test_flight(thing: Thing) -> bool:
        """An uncrewed mission whose name's head is a flight or a test ("Test Flight 1", "Flight 4",
        "the Integrated Air Drop Test"): over within the hour, as a rocket's launch is; not a
        craft named for one ("Orbital Test Vehicle") nor a programme."""
        return not thing.classes() & {"CrewedMission", "Program"} and any(
            _head_word(n) in FLIGHT_HEADS for n in thing.names())

    def _earlier_year(self, tok: Token) -> bool:
        """A year before the article's in the phrase of the mention (its appositions and
        participles: "Ax-1, flown in April 2022") or among the obliques of the verb it is an
        argument of, or the argument its phrase modifies is ("OFT-2 docked in May 2022",
        "lived there in 2022 as one of the Shenzhou-14 crew"); not one that starts or bounds a span
        ("since 2019", "until 2028"). Without the article's date, a year before the latest
        it tells of in the past ("flew aboard Shenzhou-16 in 2023" in a piece on 2024)."""
        if self.past is None:
            return False
        if self.told:
            return True  # the line's date is before the article's
        words = _phrase_words(tok)
        return any(0 < _year(t) < self.past and not _bounds_span(t)
                   for t in words) or any(t.lower_ == "year" and t.i > 0 and t.doc[t.i - 1].lower_ == "last"
                                          for t in words)  # "flew on Polaris Dawn last year"

    def _still_aboard(self, tok: Token, series: Series | None) -> bool:
        """A flight of a long stay at a station, launched in a month and year less than a
        stay's length before the article's: its crew may be aboard still ("launched on Soyuz
        MS-24 on 15 September 2023" in February 2024), so the launch's year does not make it
        over. A year with no month says too little ("flew in 2023" in May 2024)."""
        if not (series and series.long_stay and self.year and self.month) or self.told:
            return False
        dated = [(y, _month_before(t)) for t in _phrase_words(tok) if 0 < (y := _year(t)) < self.year
                 and not _bounds_span(t)]
        return bool(dated) and all(month and (self.year - y) * 12 + self.month - month <= STAY_MONTHS
                                   for y, month in dated)

    def _span_ended(self, verb: Token) -> bool:
        """A verb in the past whose time runs to a year no later than the article's ("to
        2017", "until 2017", "through 2024"): what it tells of is over."""
        return self.past is not None and "Past" in verb.morph.get("Tense", []) and any(
            0 < _year(t) <= self.past and case(t) in SPAN_ENDS
            for c in verb.children if c.dep_ in ("obl", "nmod") for t in c.subtree)  # "from 1990 through 2024"

    def _later_year(self, verb: Token) -> bool:
        """A year after the article's, in what the verb's obliques and objects say."""
        return self.year is not None and any(
            _year(t) > self.year for c in verb.children if c.dep_ in ("obl", "obj", "nmod", "advmod")
            for t in c.subtree)

    def _future(self, verb: Token) -> bool:
        """The verb is in the future: "will launch", the complement of "plans to", or a verb
        marked by "due to", "set to" (which the treebank reads as a multiword marker)."""
        if any(c.dep_ == "aux" and c.lower_ in self.future_aux for c in verb.children):
            return True
        infinitive = any(c.dep_ == "mark" and c.lower_ == "to" for c in verb.children)
        if infinitive and any(c.dep_ in ("cop", "aux", "aux:pass") and c.lower_ in BE for c in verb.children):
            return True  # "New Glenn is to send ESCAPADE to Mars", "NVS-03 is still to be launched"
        if any(c.dep_ in ("mark", "case") and c.lower_ in self.future for c in verb.children):
            return True  # "due to" is a preposition to the parser where a "by" follows: "is due to launch by May"
        if infinitive and verb.dep_ in ("acl", "advcl") and verb.head.lower_ in self.future:
            return True  # "NASA's plans to build the Gateway", and "SpaceX plans to launch CRS-30" where the
            # tagger takes "plans" for the noun; "Electron is scheduled to launch PREFIRE", parsed as an adverbial
        return verb.dep_ == "xcomp" and (verb.head.lower_ in self.future or verb.head.lower_ in BE
                                         or self._future(verb.head))


def _own(tok: Token) -> list[Token]:
    """The words of a phrase without what its clauses and appositions tell of another time
    ("commanded by Zhang Lu, a veteran who flew in 2022": not when the mission flies)."""
    out = [tok]
    for c in tok.children:
        if c.dep_ not in ("acl", "acl:relcl", "appos", "parataxis"):
            out += _own(c)
    return out


def _before(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """(year, month or 0) `a` is before `b`: by month where both have one, else by year."""
    return a < b if a[1] and b[1] else a[0] < b[0]


def _carrier(head: Token) -> Token | None:
    """The verb whose oblique with aboard, on or during the phrase is ("return aboard Soyuz
    MS-24"), or that of the noun it modifies, where the parser hung it there ("wear the suits
    on the surface during Artemis III")."""
    if case(head) not in RIDES:
        return None
    if head.dep_ == "nmod" and head.head.dep_.split(":")[0] in ("obl", "obj"):
        head = head.head  # "is to launch early next year aboard Crew-10": hung on "year"
    return head.head if head.dep_.split(":")[0] in ("obl", "obj") and head.head.pos_ == "VERB" else None


def _timed_by(verb: Token) -> Token:
    """The clause a present participle set on a subject takes its time from: "The next
    crew, flying on Shenzhou-21, is expected to relieve them" is yet to fly."""
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ in SUBJECTS:
        return verb.head.head
    return verb


def _phrase_head(tok: Token) -> Token:
    """The head of the noun phrase a name is part of ("the station" of "the station, Tiangong")."""
    while tok.dep_ in NOMINAL_LINKS and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _governor_may(tok: Token) -> bool:
    """The verb whose clause holds the token has a modal of what may or would be ("I'd bet")."""
    verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX") and a.dep_ != "acl"), None)
    return verb is not None and any(c.dep_ == "aux" and c.lower_ in MAYBE | {"would", "'d", "’d"}
                                    for c in verb.children)


def _latest_past_year(docs: Iterable[Doc]) -> int | None:
    """The latest year the sentences date something to in the past tense ("launched in May
    2024"): the article is of that year or later."""
    years = [_year(t) for doc in docs for t in doc if _year(t) and _in_past(t)]
    return max(years, default=None)


def _head_word(name: str) -> str:
    """The last word of a name that is no number: "flight" of "Test Flight 1"."""
    return next((w for w in reversed(name.lower().split()) if not w.isdigit() and w.upper() not in ROMAN), "")


def _in_past(tok: Token, copulas: bool = False) -> bool:
    """The verb whose clause holds the token is a finite verb in the past (or a past form
    with a subject and no auxiliary, which the tagger took for a participle: "The station
    welcomed Ax-3"); with `copulas`, so is the copula of a nominal predicate ("NS-25 was the
    25th flight of New Shepard")."""
    verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")
                 or copulas and any(c.dep_ == "cop" for c in a.children)), None)
    if verb is None:
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "aux:pass", "cop")]
    if not auxiliaries and "Past" in verb.morph.get("Tense", []) and any(c.dep_ == "nsubj" for c in verb.children):
        return True
    return any("Past" in t.morph.get("Tense", []) and "Fin" in t.morph.get("VerbForm", []) for t in (verb, *auxiliaries))


def _bounds_span(year: Token) -> bool:
    """The year, with its month or day, bounds a span ("since May 2023", "until 2028"): it
    is no time of the event."""
    k = year.i - 1
    while k >= 0 and (year.doc[k].text in MONTHS_AND_DAYS or year.doc[k].like_num):
        k -= 1
    return k >= 0 and year.doc[k].lower_ in SPAN_MARKS


def _dated(verb: Token) -> bool:
    """The verb's obliques, objects or adverbs say when: a year ("around 2028") or a time to
    come ("soon", "next year", "later this decade")."""
    return any(_year(t) or t.lower_ in SOON for c in verb.children if c.dep_ in ("obl", "obj", "nmod", "advmod")
               for t in c.subtree)


def _phrase_words(tok: Token) -> list[Token]:
    """The words of the mention's phrase (its appositions and participles), and of the
    obliques of the verb it is an argument of, or of the argument its phrase modifies: where
    a year dates what is said of it."""
    head = _phrase_head(tok)
    words = list(head.subtree)
    while head.dep_.split(":")[0] == "nmod" and head.head.i != head.i:
        head = head.head  # "spent six months there in 2021 as a member of the Shenzhou-13 crew"
    if head.dep_ in SUBJECTS or head.dep_ in ("obj", "obl"):
        words += [t for c in head.head.children if c.dep_.split(":")[0] in ("obl", "advmod") for t in _own(c)]
    return words


def _month_before(tok: Token) -> int:
    """The month written just before a year ("September 2023", "15 September 2023", "Oct. 6,
    2022"), else 0."""
    for k in range(tok.i - 1, max(-1, tok.i - 4), -1):
        word = tok.doc[k].text
        if word[:1].isupper() and (month := MONTHS.get(word.lower().rstrip("."))):  # not the modal "may"
            return month
    return 0


def _year(tok: Token) -> int:
    """The year a token writes ("2031"), else 0 (and for a time: "0314 GMT")."""
    return int(tok.text) if len(tok.text) == 4 and tok.text.isdigit() and 1900 <= int(tok.text) <= 2199 else 0
