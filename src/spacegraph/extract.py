"""Find things and facts in an article: spaCy's English tokenizer, its sentences and words
as plain lists (`tokens`), matchers built from the data files (`mentions`), the rules of
`cues`, and the dependency rules of `structure` over the sentences that name things,
parsed by the shipped syntax model (`syntax`)."""
from __future__ import annotations

from datetime import date
from operator import attrgetter

from . import discourse, knowledge, syntax
from .checks import schema
from .cues import Relations, dateline
from .cues.dates import MONTHS
from .mentions import MONTHS_AND_DAYS, ORG_CLASSES, PERSON_CLASSES, Found, Mention, MentionFinder, longest
from .model import Article, Extraction, Fact
from .people import People
from .nominals import POSSESSIVE_MARKS
from .phrases import Phrases
from .status import Status
from .structure import Structure
from .tokens import Tokens

DASHES = {"-", "–", "—"}
OPENER_WORDS = 10  # a timeline's line opens with a date of at most this many tokens: "26 April 2023 (Japan time) - "
DATELINE_WORDS = 16  # a dateline is at most this many tokens: "KENNEDY SPACE CENTER, Fla., June 26, 2025 -"
OPENING_PREPOSITIONS = {"In", "On", "Since", "By", "Until"}  # "In June", "On Monday 3 March"
TIME_MODIFIERS = {"early", "late", "mid", "mid-"}  # "In late 2022"
OPENING_DEICTICS = {"Last", "This", "Next", "Earlier", "Later"}  # "Last year"
TIME_UNITS = {"year", "week", "month", "spring", "summer", "autumn", "fall", "winter"}


class Extractor:
    """Reads articles into `Extraction`s; build once, call for each article."""

    def __init__(self) -> None:
        self.kb = knowledge.load()
        self.schema = schema()
        self.ground_jobs = set(self.kb.lexicon["ground_jobs"])  # words of jobs done on the ground
        self.crew_roles = set(self.kb.lexicon["crew_roles"])
        self.known = self.kb.by_id
        self.organisations = {n: e for e in self.kb.entries if e.cls in ORG_CLASSES for n in (e.label, *e.aliases)}
        self.nlp = syntax.load()  # its tokenizer makes the docs; `tokens` splits the sentences
        self.phrases = Phrases(self.nlp)
        self.mentions = MentionFinder(self.nlp, self.kb, self.phrases)
        self.relations = Relations(self.kb, self.phrases)
        self.structure = Structure(self.nlp.vocab, self.kb, self.schema)
        self.people = People(self.kb)
        self.status = Status(self.kb.lexicon, self.schema, self.kb.spans, self.kb.flown)

    def __call__(self, article: Article) -> Extraction:
        doc = syntax.split_numerals(self.nlp.make_doc(article.text), self.mentions.series_starts.__getitem__)
        found = self.mentions.find(doc, article.text, self.phrases(doc), article.id)
        titles = found.titles
        areas = self._areas(found)
        sentences = self._to_parse(found)
        parsed = list(syntax.parse(self.nlp, doc, sentences, self._names(found)))
        named = self.people.find(found, parsed, self.mentions.add_person)
        known = len(found.mentions)
        if named:  # "Barnawi" after the "Rayyanah Barnawi" the syntax showed is a person
            self.mentions.short_names(found)
        self.mentions.nationals(found)  # "The Canadian, 47, is a colonel"
        named.update(found.toks.sentence(m.start).start for m in found.mentions[known:])
        found.mentions.sort(key=attrgetter("start", "end"))
        if named:  # parsed again, the people found now read as names too
            again = dict(syntax.parse(self.nlp, doc, [s for s in sentences if s[0] in named
                                                      or found.toks.sentence(s[0]).start in named], self._names(found)))
            parsed = [(start, again.get(start, sent)) for start, sent in parsed]
        # the rules over structure first: where an older cue rule says the same, they are cited
        facts = discourse.topic_facts(found, self.structure.read(found, parsed, titles))
        facts += self.status.read(found, parsed, lambda start, sent: self.structure.anchors(found, start, sent),
                                  article.published or self._dateline(article.text))
        facts += discourse.mission_names(found, self.organisations, self.known)
        facts += discourse.known_facts(found, self.kb, facts, self.status.past, self.status.year is not None)
        facts += self.relations.read(found, article.published, areas, titles, found.astronaut_nouns, facts)
        facts = discourse.agreement_kinds(found, facts, self.kb.lexicon, self.known)
        facts = discourse.awarders(found, facts, self.kb.lexicon["awarded_kinds"]["kinds"])
        facts = discourse.one_agreement_each(found.things, facts, found.article_id, self._one_agreement(found))
        facts = discourse.crewmates(found, facts)
        facts = discourse.parties_take_part(found.things, facts)
        facts = discourse.identified_agreements(found.things, facts)
        discourse.label_agreements(found.things, facts)
        ex = Extraction(article=article)
        used = {f.subject for f in facts} | {f.obj for f in facts if not f.literal}
        for tid, thing in found.things.items():
            if tid not in used and (thing.cls == "CooperationArea" or thing.cls == "Agreement" and thing.local):
                continue  # an area counts only where an agreement covers it; an unnamed agreement ("the deal") is
                # what its facts say
            ex.things[tid] = thing
        seen = set()
        heads = {(f.subject, f.obj) for f in facts if f.prop == "heads"}
        runs = {(f.subject, f.obj) for f in facts if f.prop == "operator"}
        # a person the sentence introduces by a job on the ground, and by no crew role, is not its crew
        titled = [(f.subject, f.evidence.start, str(f.obj).lower()) for f in facts if f.prop == "jobTitle"]
        grounded = {(s, at) for s, at, title in titled if set(title.split()) & self.ground_jobs} - {
            (s, at) for s, at, title in titled if title in self.crew_roles}
        for f in facts:
            if f.prop == "affiliation" and (f.subject, f.obj) in heads:
                continue  # who heads an organisation is of it: the stronger fact says so
            if f.prop == "jobTitle" and any(t.endswith(" " + str(f.obj).lower()) and " " not in t[:-len(str(f.obj)) - 1]
                                            for s, at, t in titled if (s, at) == (f.subject, f.evidence.start)):
                continue  # "Deputy NASA Administrator": the title with its modifier, not "Administrator"
            if f.prop == "crewMember" and ((f.obj, f.evidence.start) in grounded or found.uncrewed(f.subject, self.known)):
                continue  # "Nicollier flew twice to service Hubble": no crew of Hubble
            if f.prop == "participant" and f.rule == discourse.NAMED_RULE and (f.subject, f.obj) in runs:
                continue  # "Intelsat 29e", run by Intelsat: its part is to run it
            if f.prop == "country" and self._known_elsewhere(found, f):
                continue  # "France's Michelin and Northrop Grumman": the gazetteer knows Northrop Grumman's country
            key = (f.subject, f.prop, f.obj, f.evidence.start)
            if key not in seen and f.subject in ex.things and (f.literal or f.obj in ex.things) \
                    and self._fits(ex, f):
                seen.add(key)
                ex.facts.append(f)
        return ex

    def _known_elsewhere(self, found: Found, fact: Fact) -> bool:
        """The gazetteer knows the organisation the fact gives a country to as another country's."""
        thing = found.things[fact.subject]
        entry = None if thing.local else self.known.get(thing.key)
        return bool(entry and entry.country and not fact.literal and found.things[str(fact.obj)].key != entry.country)

    @staticmethod
    def _dateline(text: str) -> date | None:
        """The date of the article's dateline, when it has no publication date."""
        line = dateline(text)
        return line[1] if line else None

    @staticmethod
    def _to_parse(found: Found) -> list[tuple[int, int]]:
        """The sentences that name a thing, have a capitalised word past their first or
        speak of an agreement ("The deal covers ..."): the others hold no fact to read."""
        named = {found.toks.sentence(m.start).start for m in found.mentions}
        named.update(found.toks.sentence(i).start for i in found.cap_at)
        named.update(found.toks.sentence(s).start for s, _ in found.matches.spans("agreement_refs"))
        return [(_after_opener(found.toks, _after_dateline(found.toks, s.start, s.end), s.end), s.end)
                for s in found.toks.sents if s.start in named]

    def _one_agreement(self, found: Found) -> set[int]:
        """The first characters of the sentences that name one agreement: a single noun of
        agreement, not a plural ("two contracts")."""
        toks = found.toks
        nouns: dict[int, list[tuple[int, int]]] = {}
        for s, e in longest(found.matches.spans("agreement_nouns")):
            nouns.setdefault(toks.sentence(s).start_char, []).append((s, e))
        return {at for at, spans in nouns.items() if len(spans) == 1 and not toks.lower[spans[0][1] - 1].endswith("s")}

    def _names(self, found: Found) -> list[syntax.Name]:
        """The names found, and the common proper noun of their kind that the parser reads
        in their place (`syntax.parse`); a person's or an organisation's name with its owner's
        before it is one ("NASA's Anne McClain and Nichole Ayers, JAXA's Takuya Onishi": the
        treebank's parser reads a list of possessives as possessives of each other)."""
        stand_ins = self.kb.lexicon["parser_stand_ins"]
        named = [m for m in found.mentions if not m.ref]
        names = []
        owner = None
        for m in named:
            cls = found.things[m.tid].cls
            word = stand_ins.get(cls, stand_ins["Thing"])
            if owner and (cls in PERSON_CLASSES or cls in ORG_CLASSES) and m.start == owner.end + 1 \
                    and found.toks.words[owner.end] in POSSESSIVE_MARKS:
                names[-1] = syntax.Name(owner.start, m.end, word, owner.end)
            else:
                names.append(syntax.Name(m.start, m.end, word))
            owner = m if cls not in PERSON_CLASSES else None
        taken = {i for name in names for i in range(name.start, name.end)}
        modifiers = stand_ins["title modifiers"]  # "acting director": read as an adjective, not a verb
        names += [syntax.Name(i, i + 1, modifiers[found.toks.lower[i]]) for a, b in found.titles for i in range(a, b)
                  if found.toks.lower[i] in modifiers and i not in taken]
        return sorted(names + [syntax.Name(a, b, stand_ins["time opener"]) for a, b in self._time_openers(found)
                               if taken.isdisjoint(range(a, b))])

    @staticmethod
    def _time_openers(found: Found) -> list[tuple[int, int]]:
        """Each sentence's opening time phrase that no comma closes: "In June", "On Monday",
        "In May 2023", "Last year"."""
        toks = found.toks
        words, n = toks.words, len(toks)
        out = []
        for sent in toks.sents:
            a = sent.start
            if words[a] in OPENING_PREPOSITIONS:
                b = a + 1
                while b < sent.end and (words[b] in MONTHS_AND_DAYS or words[b].lower() in TIME_MODIFIERS
                                        or words[b].isdigit() and len(words[b]) in (1, 2, 4)):
                    b += 1
            elif words[a] in OPENING_DEICTICS and a + 1 < n and words[a + 1].lower() in TIME_UNITS:
                b = a + 2
            else:
                continue
            if a + 1 < b < sent.end and words[b] != ",":
                out.append((a, b))
        return out

    def _fits(self, ex: Extraction, f: Fact) -> bool:
        """The fact fits its property's domain and range in the ontology."""
        subject = ex.things[f.subject]
        obj = None if f.literal else ex.things[f.target]
        return self.schema.allows(f.prop, subject.classes(), None if obj is None else obj.classes())

    def _areas(self, found: Found) -> list[Mention]:
        out = []
        areas = [m for m in found.matches.found if m[0] in self.mentions.area_entries]
        for key, start, end in _longest_matches(areas):
            area = self.mentions.area_entries[key]
            tid = found.add("CooperationArea", area.id, area.label)
            text = found.toks.span(start, end)
            if text != area.label:
                found.things[tid].alt_labels.add(text)
            out.append(Mention(start, end, tid))
        return out


def _longest_matches(matches: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    keep = longest([(s, e) for _, s, e in matches])
    return [m for m in matches if (m[1], m[2]) in keep]


def _after_dateline(toks: Tokens, a: int, b: int) -> int:
    """Where the clause of the sentence a..b starts: after its dateline, if it opens with one
    ("CAPE CANAVERAL, Fla., Sept. 28 (wire) - SpaceX launched ..."), which the parser would
    otherwise make the sentence's head. A dateline starts with a place (in capitals, or
    followed by a comma), holds a date, and ends with a dash set off by spaces."""
    words = toks.words
    if not (toks.upper[a] or (a + 1 < b and words[a + 1] == ",")):
        return a
    for k in range(min(b, a + DATELINE_WORDS) - 1, a, -1):
        if words[k] in DASHES and toks.space[k - 1] and toks.space[k] and any(toks.digit[a:k]):
            return k + 1
    return a


def _after_opener(toks: Tokens, a: int, b: int) -> int:
    """Where the clause of a timeline's line starts: after the date the line opens with and
    the dash or colon after it ("3 May - ", "April 2020: ", "- 8 Sept. 2016 - ", "15-16 April
    - ", "26 April 2023 (Japan time) - "), which the parser would otherwise make the head
    of the sentence."""
    words = toks.words
    if a > 0 and "\n" not in toks.text[toks.idx[a - 1]:toks.idx[a]]:
        return a  # not the start of a line
    k = a + 1 if words[a] in DASHES or words[a] in ("*", "•") else a  # a bullet
    dated, aside = False, False
    while k < min(b, a + OPENER_WORDS):
        w = words[k]
        if aside or w == "(":
            aside = w != ")"
        elif w == ":" or w in DASHES and toks.space[k - 1]:
            return k + 1 if dated and k + 1 < b else a
        elif w.lower().rstrip(".") in MONTHS or w.isdigit():
            dated = True
        elif w not in DASHES and w.lower() not in TIME_MODIFIERS | {"to", "and", ","}:
            return a
        k += 1
    return a
