"""Facts an article states as a whole rather than in one sentence.

- A numbered mission of a series ("Tianwen-2", "Artemis I") belongs to the series'
  programme when the article names that programme: the article plainly places it there.
- An agreement told of by a bare noun after a narrower name of its kind is one of that
  kind ("funded Space Act Agreements ... Blue Origin's agreement"), and a kind that one
  party always makes has that party (`implied_parties` of the lexicon).
- Someone's crewmates fly the mission they fly (the one the article names most, if they
  fly several: "Cai Xuzhe ... a veteran of Shenzhou-14 ... His two crewmates, Song
  Lingdong and Wang Haoze,").
- Who wins a contract wins it from the agency the passage has just named ("NASA books
  rides to the Moon ... Astrobotic wins a task order").
- What a sentence that names no mission says of a mission's parts or partners is said of
  the article's topic mission, the one it names most ("Dragonfly ... Key partners include
  Lockheed Martin"): rules state such facts of `TOPIC`.
- An organisation that is a party to an agreement takes part in the missions carried out
  under it (what the agreement `concerns`), unless it runs them; not in a programme, which
  many agreements serve.
- What the knowledge files say of known things the article names together: who runs,
  takes part in, flew or headed them, and the programme a mission is part of
  (`known_facts`).
- An article's unnamed agreements with the same parties are one agreement, however many
  sentences and rules speak of it; it is named by what identifies it (its kind, parties
  and date), so the same agreement reported by two articles is one node. Without a date
  nothing tells two deals of one kind between the same parties apart: such a node keeps
  the article in its name.
"""
from __future__ import annotations

import re
from bisect import insort
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import replace
from operator import attrgetter

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Token

from .graph import thing_id
from .knowledge import Entry, Knowledge
from .mentions import MISSION_CLASSES, ORG_CLASSES, PERSON_CLASSES, Found, Mention
from .model import Evidence, Fact, Thing, slug

SERIES_RULE = "series-programme"
SERIES_OPERATOR_RULE = "series-operator"
SERIES_DESTINATION_RULE = "series-destination"
KNOWN_OPERATOR_RULE = "known-operator"
KNOWN_PARTNER_RULE = "known-partner"
KNOWN_PROGRAMME_RULE = "known-programme"
KNOWN_CREW_RULE = "known-crew"
KNOWN_HEAD_RULE = "known-head"
KNOWN_AFFILIATION_RULE = "known-affiliation"
KNOWN_COUNTRY_RULE = "known-country"
NAMED_RULE = "named-participant"
PARTY_RULE = "party-takes-part"
CREWMATES_RULE = "crewmates"
TOPIC = "@topic"  # a rule's node for the article's topic mission (`topic_facts`), which no one sentence names
CRAFTS = {"Spacecraft"}  # a craft, rocket or module: its known operator only where one paragraph names both (one
# sentence, where the operator is an agency)
WORKS = MISSION_CLASSES | {"Spacecraft", "SpaceStation", "Program"}  # what an organisation's part may be of
TOPIC_LEAD = 3  # mentions the topic mission has at least, and more than any other mission
AWARDER_RULE = "awarder-understood"
AWARDER_REACH = 2  # sentences before the win where the buyer may be named
_WORD_END = re.compile(r"(?=[ \-])|(?<=[^\d \-])(?=\d)")  # where a word of a name ends: "Chang'e-6", "Crew 9"


def _sentences_naming(found: Found) -> dict[str, list[int]]:
    """Each thing's sentences (their first tokens) that name it, in order."""
    first: dict[str, list[int]] = {}
    for m in found.mentions:
        starts = first.setdefault(m.tid, [])
        s = found.toks.sentence(m.start).start
        if s not in starts:
            starts.append(s)
    return first


def _together(naming: Mapping[str, Iterable[int]], a: str, b: str) -> bool:
    """One sentence or paragraph (`naming`: `_sentences_naming` or `_paragraphs_naming`)
    names both things."""
    return not set(naming[a]).isdisjoint(naming[b])


def _paragraphs_naming(found: Found) -> dict[str, set[int]]:
    """Each thing's paragraphs (`Tokens.paragraph`) that name it."""
    out: dict[str, set[int]] = {}
    for m in found.mentions:
        out.setdefault(m.tid, set()).add(found.toks.paragraph(m.start))
    return out


def _cited(found: Found, first: dict[str, list[int]], subject: str, other: str, prop: str, rule: str,
           by_other: bool = False) -> Fact:
    """The fact, cited from the first sentence naming both things, else the first naming the
    subject (`by_other`: the first naming the other in a paragraph naming the subject, as the
    sentence that says a country)."""
    both = [s for s in first[subject] if s in first[other]]
    if not both and by_other:
        paragraphs = {found.toks.paragraph(s) for s in first[subject]}
        both = [s for s in first[other] if found.toks.paragraph(s) in paragraphs]
    sent = found.toks.sentence((both or first[subject])[0])
    return Fact(subject, prop, other, Evidence(sent.text, sent.start_char, sent.end_char), rule=rule)


def known_facts(found: Found, kb: Knowledge, facts: list[Fact], year: int | None = None,
                exact: bool = False) -> list[Fact]:
    """What the gazetteer and the other knowledge files say of the things the article names:
    - the one organisation that runs a known mission, craft, station or programme, where
      the article names both ("Falcon 9" and SpaceX); a craft's, where one paragraph names
      both: a reader's gold states who runs a rocket, capsule or module where the text puts
      them together, not of "a Soyuz" in passing in an article about Roscosmos (eval/own: 33
      wrong facts gone, 4 right lost); and a craft an agency runs, where one sentence does:
      an agency's modules, capsules and rockets are built and flown by many hands, and a
      reader names the agency as running one only where the text says so together (the
      Destiny module and NASA; first-sight held-out articles: 11 right, 25 wrong by the
      paragraph; eval/own: 11 wrong gone, 6 right lost);
    - those that take part in a known mission, where a sentence names both ("BepiColombo"
      and JAXA), unless it runs the mission (by the gazetteer or what `facts` say): a
      reader's gold gives the agency that runs a mission as its operator only, and a
      programme's members no part;
    - the programmes a known mission or station is part of, where a sentence names both;
    - who flew a known crewed flight, and who headed or worked for a known organisation in
      the article's `year` (`exact`, or that year or later), where the article names both
      (by the person's full name; by any name in one sentence).
    - the country an organisation is of, where a paragraph names both (one sentence: eval/own
      21 fewer right, 17 fewer wrong), but for a launch site or centre (lexicon `site_words`),
      or for the country the news takes for granted (lexicon `unmarked_countries`: of an
      American organisation, eval/own 6 right, 24 wrong; of others, 83 right, 4 wrong). Not
      where the article only names the organisation: writers state a country where it
      matters, and a reader's gold facts leave it out where they do not (tried: shared
      precision 0.973 -> 0.924, no recall)."""
    known = kb.by_id
    first = _sentences_naming(found)
    paragraphs = _paragraphs_naming(found)
    runs = {(f.subject, f.target) for f in facts if f.prop == "operator"}
    out = []
    for tid, thing in found.things.items():
        entry = known.get(thing.key) if tid in first and not thing.local else None
        if entry is None:
            continue
        runner = known.get(entry.operator) if entry.operator else None
        if runner and (target := thing_id(runner.cls, runner.id)) in first and (entry.cls not in CRAFTS or _together(
                first if runner.cls == "SpaceAgency" else paragraphs, tid, target)):
            out.append(_cited(found, first, tid, target, "operator", KNOWN_OPERATOR_RULE))
            runs.add((tid, target))
        nation = thing_id("Country", entry.country) if entry.country else None
        if nation in first and _together(paragraphs, tid, nation) and not any(
                w in entry.label for w in kb.lexicon["site_words"]) and \
                entry.country not in kb.lexicon["unmarked_countries"]:  # "Isar Aerospace ... in Germany"; not
            # "Baikonur Cosmodrome in Kazakhstan": a site's or centre's country goes without saying, and so does
            # the country English-language news takes for granted ("NASA ... the United States")
            out.append(_cited(found, first, tid, nation, "country", KNOWN_COUNTRY_RULE, by_other=True))
        partners = [p for p in entry.partners if entry.cls in MISSION_CLASSES]
        for other, prop, rule in [*((p, "participant", KNOWN_PARTNER_RULE) for p in partners),
                                  *((p, "partOf", KNOWN_PROGRAMME_RULE) for p in entry.programmes)]:
            target = thing_id(known[other].cls, other)
            if target in first and (tid, target) not in runs and _together(first, tid, target):
                out.append(_cited(found, first, tid, target, prop, rule))
    people = [(pid, person) for pid, person in found.things.items() if pid in first and person.cls in PERSON_CLASSES]
    for tid, thing in found.things.items():
        cls = found.cls(tid)
        if tid not in first or thing.local or (cls != "CrewedMission" and cls not in ORG_CLASSES):
            continue  # only a crewed flight or an organisation has a person of its own
        for pid, person in people:
            # anywhere in the article by a full name; by a surname too in one sentence ("Borisov": Konstantin
            # of Crew-7, not Yury of Roscosmos)
            names = person.names() if _together(first, tid, pid) else {n for n in person.names() if " " in n}
            if cls == "CrewedMission" and kb.crewed(thing.key, names):
                person.cls = "Astronaut"
                out.append(_cited(found, first, tid, pid, "crewMember", KNOWN_CREW_RULE))
            elif cls in ORG_CLASSES and year and kb.headed(thing.key, names, year, exact):
                out.append(_cited(found, first, pid, tid, "heads", KNOWN_HEAD_RULE))
            elif cls in ORG_CLASSES and year and kb.worked_for(thing.key, names, year, exact):
                out.append(_cited(found, first, pid, tid, "affiliation", KNOWN_AFFILIATION_RULE))
    return out


def mission_names(found: Found, organisations: dict[str, Entry], known: dict[str, Entry]) -> list[Fact]:
    """What a mission's name says, of the things the article names: it is part of its
    series' programme ("Shenzhou-18": the China Manned Space Program) or of a programme whose
    name opens its own ("the ExoMars rover mission", "Chang'e-6" and "China's lunar
    programme, Chang'e"); it is run by the organisation that runs its series, where the
    article names that organisation ("Shenzhou-17" and CMSA), and flies to the station its
    series flies to, where the article names that station; an organisation whose name
    opens it takes part ("SpaceX Crew-9", "Boeing Crew Flight Test"), where the article
    names it in its own right too. Cited from the first
    sentence naming both (else the first naming the mission). `organisations`: the
    gazetteer's organisations by name; `known`: the gazetteer by id."""
    toks = found.toks
    first = _sentences_naming(found)
    named = {tid: thing for tid, thing in found.things.items() if tid in first and not thing.local}
    programmes = {name: tid for tid, thing in sorted(named.items()) if thing.cls == "Program" for name in thing.names()}
    written: dict[str, set[str]] = {}  # mission -> the names the article writes for it
    for m in found.mentions:
        if not m.ref and found.cls(m.tid) in MISSION_CLASSES:
            written.setdefault(m.tid, set()).add(toks.span(m.start, m.end))
    facts = []

    def cite(mission: str, other: str, prop: str, rule: str) -> None:
        facts.append(_cited(found, first, mission, other, prop, rule))

    for tid, thing in named.items():
        if thing.cls not in MISSION_CLASSES:
            continue
        series = found.series.get(tid)
        programme = thing_id("Program", series.programme) if series and series.programme else None
        if programme not in first:
            programme = next((programmes[w] for name in sorted(thing.names()) for w in _openers(name)
                              if programmes.get(w, tid) != tid), None)
        if programme:
            cite(tid, programme, "partOf", SERIES_RULE)
        runs = known.get(series.operator) if series and series.operator else None
        if runs and thing_id(runs.cls, runs.id) in first:  # "Shenzhou-17" in an article naming CMSA
            cite(tid, thing_id(runs.cls, runs.id), "operator", SERIES_OPERATOR_RULE)
        station = known.get(series.destination) if series and series.destination else None
        number = thing.key.rpartition("-")[2]
        if series and station and thing_id(station.cls, station.id) in first and number.isdigit() \
                and int(number) >= series.destination_from:  # "Shenzhou-17" in an article naming Tiangong
            cite(tid, thing_id(station.cls, station.id), "destination", SERIES_DESTINATION_RULE)
        entry = next((organisations[w] for name in sorted(written.get(tid, ())) for w in _openers(name)
                      if w in organisations and name[len(w)] == " "), None)  # words of their own: not "SES-18"
        org = thing_id(entry.cls, entry.id) if entry else None
        if entry and org not in first:
            _named_within(found, first, tid, entry)
        if org in first:  # the organisation opens the mission's name and is named in its own right (or as words of
            # their own in it): not "CSG-2" for the Centre Spatial Guyanais, or "AWS-4" for Amazon
            cite(tid, org, "participant", NAMED_RULE)
    return facts


def _named_within(found: Found, first: dict[str, list[int]], mission: str, entry: Entry) -> None:
    """An organisation's name written as words of their own at the start of a mission's
    name ("NASA's SpaceX Crew-7 mission", "the Boeing Crew Flight Test") names the
    organisation too: it joins the article, named where the mission's name is. Not a name
    joined to a number ("AWS-4", "CSG-2", "ViaSat-3"): that is a designation."""
    toks = found.toks
    names = {entry.label, *entry.aliases}
    for m in [m for m in found.mentions if m.tid == mission and not m.ref]:
        k = next((k for k in range(m.start + 1, m.end) if toks.span(m.start, k) in names), None)
        if k is None or toks.words[k] in ("-", "–") or not toks.space[k - 1]:
            continue
        org = found.add(entry.cls, entry.id, entry.label, alt=toks.span(m.start, k), same_as=entry.same_as)
        insort(found.mentions, Mention(m.start, k, org), key=attrgetter("start", "end"))  # kept in order
        first.setdefault(org, []).append(toks.sentence(m.start).start)


def _openers(name: str) -> list[str]:
    """The names a mission's name may open with, longest first, each ending where a word
    does: "Boeing Crew Flight Test": "Boeing Crew Flight", "Boeing Crew", "Boeing";
    "Chang'e-6": "Chang'e"."""
    return [name[:m.start()] for m in reversed(list(_WORD_END.finditer(name))) if m.start() > 0]


def agreement_named(tok: Token, kinds: dict[str, str], longest: int) -> tuple[str, list[Token]]:
    """The kind of agreement a noun heads, by the longest name of a kind (of at most
    `longest` words) around it: its modifiers before it ("a Space Act Agreement", "a
    mission order") or its "of" phrase after it ("a memorandum of understanding"); and the
    nouns of that phrase after it, common or proper ("a Memorandum of Understanding"), where the
    parser may hang the parties."""
    doc = tok.doc
    spans = [doc[a:b] for a in range(max(0, tok.i - longest + 1), tok.i + 1)
             for b in range(tok.i + 1, min(len(doc), a + longest) + 1)]
    one = tok.lower_[:-1] if tok.tag_ == "NNS" and tok.lower_.endswith("s") else tok.lower_  # "contracts"

    def text(sp) -> str:
        written, at = sp.text, tok.idx - sp.start_char
        return (written[:at] + one + written[at + len(tok):]).lower()

    named = [(len(sp), sp.start, sp) for sp in spans if text(sp) in kinds
             and all(t.i == tok.i or t.head.i in range(sp.start, sp.end) for t in sp)]
    if not named:
        return "", []
    span = max(named, key=lambda k: k[:2])[2]
    return kinds[text(span)], [t for t in span if t.i > tok.i and t.pos_ in ("NOUN", "PROPN")]


ARTICLES = ("the", "a", "an")


def agreement_title(words: Sequence[str], at: int, sentence: range, names: Collection[int],
                    kinds: Mapping[str, str], span: Callable[[int, int], str]) -> str:
    """The name an agreement noun (`words[at]`) ends, where the article writes one: the
    capitalised words before it ("the Gateway Treaty", "a Technology Safeguards Agreement
    (TSA)", "the xEVAS contract"). Not a kind's name ("a Space Act Agreement"), not a
    headline's capitals, and before a lowercase noun not the name of a thing ("the NASA
    contract" names NASA's); `names`: the positions of the things named; `span`: the text
    of a run of words."""
    capital = words[at][:1].isupper()
    if not any(w.isalpha() and w.islower() and w not in STOP_WORDS for w in (words[k] for k in sentence)):
        return ""  # a headline: every word capitalised but "and", "of", "for"
    i = at
    while i > sentence.start and _title_word(words[i - 1]) and (capital or i - 1 not in names):
        i -= 1
    while i < at and (i in names and not capital or words[i].lower() in ARTICLES):
        i += 1
    if i == at or i == sentence.start and at - i == 1:
        return ""  # no capitalised word before it, or only the sentence's first
    title = span(i, at + 1)
    return "" if title.lower() in kinds or title.lower().removesuffix("s") in kinds else title


def _title_word(word: str) -> bool:
    """A word of a title: capitalised or a number ("Commercial Resupply Services-2", "Phase 3
    Lane 2", "xEVAS")."""
    return word[:1].isupper() or word.isdigit() or word[:1].islower() and any(c.isupper() for c in word)


def kind_of(key: str) -> str:
    """The kind of an unnamed agreement from its key in the article ("space-act-agreement-12",
    "contract-12-1"): the rules number each agreement noun they read, and each agreement of a
    plural noun."""
    head, _, number = key.rpartition("-")
    return kind_of(head) if number.isdigit() and head else key


def _most_specific(things: dict[str, Thing], merged: list[str], kept: str) -> Thing:
    """The kept agreement, named by the most specific kind any of its mentions says ("Space
    Act Agreement" over "agreement"), with what its label says of the parties."""
    best = max(merged, key=lambda t: (len(kind_of(things[t].key)), t == kept))
    thing, kind = things[kept], kind_of(things[best].key)
    if best == kept:
        return thing
    said = len(kind_of(thing.key))  # a slug of a kind is as long as the kind
    return replace(thing, key=things[best].key, label=things[best].label[:len(kind)] + thing.label[said:])


def _nations(things: dict[str, Thing], facts: list[Fact]) -> dict[str, str]:
    """Each thing of one country the article gives it."""
    said: dict[str, set[str]] = {}
    for f in facts:
        if f.prop == "country" and f.target in things and things[f.target].cls == "Country":
            said.setdefault(f.subject, set()).add(f.target)
    return {t: next(iter(countries)) for t, countries in said.items() if len(countries) == 1}


def _for_countries(mine: set[str], theirs: set[str], things: dict[str, Thing], nations: dict[str, str]) -> bool:
    """An agreement between two countries or more ("Mexico and Argentina") is the one their
    bodies sign ("Mexico's AEM and Argentina's CONAE"): the bodies, each of a country of its
    own, are by their countries among the agreement's, or it among theirs."""
    countries = [side for side in (mine, theirs) if len(side) >= 2 and all(things[p].cls == "Country" for p in side)]
    bodies = theirs if countries and countries[0] is mine else mine
    if len(countries) != 1 or not all(p in nations for p in bodies):
        return False
    said = {nations[p] for p in bodies}
    return len(said) == len(bodies) >= 2 and (said <= countries[0] or countries[0] <= said)


def one_agreement_each(things: dict[str, Thing], facts: list[Fact], article: str, single: set[int]) -> list[Fact]:
    """Merge the article's unnamed agreements whose parties one includes the other's (a
    party-less mention joins the agreement named before it), or that are first told of in
    a sentence that names one agreement (`single`: the sentences' first characters: "Axiom
    won a NASA contract", whose parties two rules read), and name each by its kind,
    parties and date (and, undated, the article); `things` is changed in place, the facts
    are returned renamed."""
    unnamed = [tid for tid, t in things.items() if t.cls == "Agreement" and t.local]
    if not unnamed:
        return facts
    first = {tid: min((f.evidence.start for f in facts if f.subject == tid), default=-1) for tid in unnamed}
    parties = {tid: {f.target for f in facts if f.subject == tid and f.prop == "party"} for tid in unnamed}
    nations = _nations(things, facts)
    into: dict[str, str] = {}
    kept: list[str] = []
    for tid in sorted(unnamed, key=lambda t: (first[t], -len(parties[t]), t)):  # in a sentence, the fullest first
        mine = parties[tid]
        same = [k for k in kept if mine and parties[k] and (mine <= parties[k] or parties[k] <= mine)] or [
            k for k in kept if _for_countries(mine, parties[k], things, nations)]
        if not same and first[tid] in single:
            same = [k for k in kept if first[k] == first[tid]]
        if not mine and kept:
            same = [kept[-1]]
        if len(same) == 1:
            into[tid] = same[0]
            parties[same[0]] |= mine
        else:
            kept.append(tid)
    renamed = {}
    for tid in kept:
        dates = sorted(str(f.obj) for f in facts if f.prop == "signedOn" and into.get(f.subject, f.subject) == tid)
        if len(parties[tid]) >= 2:
            thing = _most_specific(things, [t for t in unnamed if into.get(t, t) == tid], tid)
            keys = sorted(things[p].key for p in parties[tid] if p in things)
            key = slug("-".join([kind_of(thing.key), *keys, *dates[:1]]))
            # undated, two deals of one kind between the same parties are told apart only by
            # the article: the node stays the article's own
            renamed[tid] = thing_id("Agreement", key if dates else f"{article}-{key}")
            things[renamed[tid]] = replace(thing, key=key, local=not dates)
    for tid in unnamed:
        target = renamed.get(into.get(tid, tid), into.get(tid, tid))
        if target != tid:
            gone = things.pop(tid)
            things[target].alt_labels |= gone.names() - {things[target].label}
    name = {tid: renamed.get(into.get(tid, tid), into.get(tid, tid)) for tid in unnamed}
    return [replace(f, subject=name.get(f.subject, f.subject),
                    obj=f.obj if f.literal else name.get(f.target, f.target)) for f in facts]


KIND_RULE = "agreement-kind"


def agreement_kinds(found: Found, facts: list[Fact], lexicon: dict, known: dict[str, Entry]) -> list[Fact]:
    """An agreement told of by a bare noun with one party or none ("Blue Origin's
    agreement") after a narrower name of its kind ("three funded Space Act Agreements") is
    one of those; an agreement of a kind that one party always makes (a Space Act
    Agreement is NASA's, by the law that names it) has that party. `found.things` is
    changed in place; returns the facts with the parties added."""
    nouns = lexicon["agreement_nouns"]
    toks = found.toks
    named = [(toks.idx[s], kind, toks.sentence(s)) for s, e in found.matches.spans("agreement_nouns")
             if (kind := nouns.get(toks.span(s, e).lower()) or nouns.get(toks.span(s, e).lower().removesuffix("s")))]
    added = []
    for tid, thing in list(found.things.items()):
        said = sorted((f.evidence for f in facts if f.subject == tid), key=lambda ev: ev.start)
        if thing.cls != "Agreement" or not thing.local or not said:
            continue
        parties = {f.target for f in facts if f.subject == tid and f.prop == "party"}
        kind, where = kind_of(thing.key).replace("-", " "), said[0]  # the slug of a kind keeps its letters
        narrower = [(at, k, s) for at, k, s in named if at < said[0].end and k.lower().endswith(f" {kind}")]
        if narrower and len(parties) < 2:
            _, kind, sent = narrower[-1]
            where = Evidence(sent.text, sent.start_char, sent.end_char)
            thing.label = kind[0].upper() + kind[1:] + thing.label[len(kind_of(thing.key)):]
            thing.key = f"{slug(kind)}-{thing.key.rpartition('-')[2]}"
        for party in lexicon["implied_parties"].get(kind.lower(), ()):
            entry = known[party]
            added.append(Fact(tid, "party", found.add(entry.cls, entry.id, entry.label, same_as=entry.same_as),
                              where, rule=KIND_RULE))
    return facts + added


def topic_facts(found: Found, facts: list[Fact]) -> list[Fact]:
    """"Dragonfly ... Key partners include Lockheed Martin and Sikorsky": what a passage says
    of no mission it says of the article's topic, the mission it names most (`TOPIC_LEAD`
    times at least, and more than any other). A fact the rules stated of the topic
    (`TOPIC`) is the topic's where its sentence names no other work (`WORKS`); else, and in an
    article without a topic, it is dropped. Not of an organisation that runs the topic."""
    counts = Counter(m.tid for m in found.mentions if found.cls(m.tid) in MISSION_CLASSES)
    ranked = counts.most_common(2)
    topic = ranked[0][0] if ranked and ranked[0][1] >= TOPIC_LEAD and (
        len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None
    others: dict[int, set[str]] = {}  # sentence start -> the works it names (missions, craft, stations, programmes)
    for m in found.mentions:
        if found.cls(m.tid) in WORKS:
            others.setdefault(found.toks.sentence(m.start).start_char, set()).add(m.tid)
    runs = {f.target for f in facts if f.subject == topic and f.prop == "operator"}
    out = [f for f in facts if f.subject != TOPIC]
    for f in facts:
        if f.subject == TOPIC and topic and others.get(f.evidence.start, set()) <= {topic} and f.target not in runs:
            out.append(replace(f, subject=topic))
    return out


def awarders(found: Found, facts: list[Fact], kinds: list[str]) -> list[Fact]:
    """"NASA books rides to the Moon ... Astrobotic wins a task order": who wins a contract
    wins it from a buyer the sentence leaves unsaid, the agency the passage has just named.
    An unnamed contract (`kinds`) with one party, a company, gets as its other party the
    organisation named last before that company, in its sentence or the `AWARDER_REACH`
    before, where that organisation is a space agency (not where it is another company:
    "Starlab Space picked MDA. MDA won the contract"); with none before, the first its
    sentence names after it, where that is an agency ("X wins a deal, NASA said"). Cited
    from the winner's sentence."""
    toks = found.toks
    added = []
    for tid, thing in found.things.items():
        if thing.cls != "Agreement" or not thing.local or kind_of(thing.key).replace("-", " ") not in kinds:
            continue
        said = [f for f in facts if f.subject == tid and f.prop == "party"]
        if len({f.target for f in said}) != 1 or found.cls(said[0].target) != "Company":
            continue
        winner, where = said[0].target, min((f.evidence for f in said), key=lambda ev: ev.start)
        at = next((m.start for m in found.mentions if m.tid == winner and toks.idx[m.start] >= where.start), None)
        if at is None:
            continue
        reach = toks.sents[max(0, toks.sents.index(toks.sentence(at)) - AWARDER_REACH)].start
        before = [m for m in found.mentions if reach <= m.start < at and m.tid != winner
                  and found.cls(m.tid) in ORG_CLASSES]
        end = toks.sentence(at).end
        after = [m for m in found.mentions if at < m.start < end and m.tid != winner and found.cls(m.tid) in ORG_CLASSES]
        named = before[-1] if before else after[0] if after else None  # "X wins a NASA deal, the agency said"
        if named is not None and found.cls(named.tid) == "SpaceAgency":
            buyer = named.tid
            added.append(Fact(tid, "party", buyer, where, rule=AWARDER_RULE))
    return facts + added


def parties_take_part(things: dict[str, Thing], facts: list[Fact]) -> list[Fact]:
    """"ISRO and JAXA concluded an arrangement for Chandrayaan-5": each organisation party to
    an agreement takes part in the mission it concerns, unless it runs it; the evidence is
    the sentence that says what the agreement concerns."""
    run = {(f.subject, f.obj) for f in facts if f.prop in ("operator", "participant")}
    parties: dict[str, list[str]] = {}
    for f in facts:
        if f.prop == "party" and things[f.target].cls in ORG_CLASSES:
            parties.setdefault(f.subject, []).append(f.target)
    added: dict[tuple[str, str], Fact] = {}
    for f in facts:
        if f.prop != "concerns" or things[f.target].cls not in MISSION_CLASSES:
            continue
        for org in parties.get(f.subject, []):
            if (f.target, org) not in run:
                added.setdefault((f.target, org), Fact(f.target, "participant", org, f.evidence, rule=PARTY_RULE))
    return facts + list(added.values())


def identified_agreements(things: dict[str, Thing], facts: list[Fact]) -> list[Fact]:
    """An unnamed agreement is told apart by who is party to it or signed it: one with fewer
    than two ("Blue Origin wins a $3.4 billion contract", the awarder unsaid) identifies no
    agreement, and its facts go; what its parties take part in stays."""
    sides = Counter(subject for subject, _ in {(f.subject, f.obj) for f in facts if f.prop in ("party", "signatory")})
    lone = {tid for tid, thing in things.items() if thing.cls == "Agreement" and thing.local and sides[tid] < 2}
    return [f for f in facts if f.subject not in lone and f.obj not in lone]


def label_agreements(things: dict[str, Thing], facts: list[Fact]) -> None:
    """An unnamed agreement is labelled by its kind and its parties, in the order the article
    names them, once every rule has read them: "Contract between NASA and SpaceX"."""
    parties: dict[str, list[str]] = {}
    for f in facts:
        if f.prop == "party" and f.target in things:
            parties.setdefault(f.subject, []).append(f.target)
    for tid, thing in things.items():
        if thing.cls == "Agreement" and thing.local and tid in parties:
            names = [things[p].short_name() for p in dict.fromkeys(parties[tid])]
            joined = ", ".join(names[:-1]) + f" and {names[-1]}" if len(names) > 1 else names[0]
            thing.label = f"{thing.label} between {joined}"


def crewmates(found: Found, facts: list[Fact]) -> list[Fact]:
    """Each crewmate the syntax noted (`found.crewmates`) is a crew member of the mission
    their person flies; of several, the one the article names most."""
    named = Counter(m.tid for m in found.mentions)
    added = []
    for person, mates, evidence in found.crewmates:
        flown = {f.subject for f in facts if f.prop == "crewMember" and f.obj == person}
        if not flown:
            continue
        mission = max(sorted(flown), key=named.__getitem__)
        added += [Fact(mission, "crewMember", mate, evidence, rule=CREWMATES_RULE) for mate in mates]
    return facts + added
