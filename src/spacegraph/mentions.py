"""Find the things an article names: known names, numbered missions, people with titles,
names with a telling head or tail word ("... Space Agency", "the RAMSES mission"),
acronyms the text defines, short names and references ("the agency").

Each finder marks tokens it claims, so a name is read once, by the most certain finder.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

import re
import string
from dataclasses import dataclass, field
from operator import attrgetter

from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from .knowledge import Entry, Knowledge, Series
from .graph import thing_id
from .model import Evidence, Thing, slug
from .nominals import POSSESSIVE_MARKS
from .phrases import Matches, Phrases
from .tokens import Memo, Tokens, WordFlags, positions, where
from .vocab import is_subclass

PERSON_CLASSES = {"Person", "Astronaut"}
ORG_CLASSES = {"SpaceAgency", "Company", "Organization"}
MISSION_CLASSES = {"Mission", "CrewedMission"}
CRAFT_CLASSES = MISSION_CLASSES | {"Spacecraft", "SpaceStation"}
ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}
REFS = {  # "the agency" refers to the last thing of these classes
    "agency": {"SpaceAgency", "Organization"}, "space agency": {"SpaceAgency"}, "space administration": {"SpaceAgency"},
    "organisation": ORG_CLASSES,
    "organization": ORG_CLASSES, "company": {"Company"}, "firm": {"Company"}, "startup": {"Company"},
    "mission": MISSION_CLASSES, "flight": MISSION_CLASSES,
    "satellite": {"Mission", "Spacecraft"}, "probe": {"Mission", "Spacecraft"},
    "spacecraft": {"Mission", "Spacecraft"}, "observatory": {"Mission"}, "telescope": {"Mission"},
    "station": {"SpaceStation"}, "space station": {"SpaceStation"}, "orbiting laboratory": {"SpaceStation"},
    "outpost": {"SpaceStation"}, "programme": {"Program"}, "program": {"Program"},
    "capsule": {"Spacecraft"}, "spaceplane": {"Spacecraft"}, "lander": {"Mission", "Spacecraft"},
    "rover": {"Mission", "Spacecraft"}, "orbiter": {"Mission", "Spacecraft"}, "craft": {"Mission", "Spacecraft"},
    "start-up": {"Company"}, "giant": {"Company"}, "contractor": {"Company"},
    "maker": {"Company"}, "manufacturer": {"Company"}, "provider": {"Company"}, "operator": {"Company"},
}
MODIFIED_ONLY = {"giant", "contractor", "maker", "provider", "operator"}  # "the defence giant", not "the maker of"
REF_FIRST = {re.split(r"[ -]", phrase)[0] for phrase in REFS}  # "start" of "start-up" too
OWN_KIND = {"lander", "rover", "orbiter", "craft", "flight"}  # referred to by "the" only: "its lander" is the owner's own
PLACE_MARKS = {"in", "at", "near"}  # a name after these is a place
AFTER_REFERENCE = {"itself"}  # lower-case words, besides stop words and verbs, that end a definite description
RESTRICTING = {"of", "that", "which", "who", "whose"}  # "the latest mission of China's programme": a new one
CLAUSE_OPENERS = {"and", "but", "or", "while", "whereas", "where", "when", "as"}  # after a comma, a clause: no
# apposition
IRREGULAR_PARTICIPLES = {"built", "run", "led", "made", "flown", "sent", "brought", "chosen", "given", "won",
                         "overseen", "known", "held", "owned", "set"}  # "a probe built by", "a station known as"
MODIFIERS_REACH = 4  # lower-case words before a title that may say what office it is: "space nuclear technology
# portfolio manager"
ACRONYM_JOINERS = {"of", "and", "for", "de"}  # small words inside a name an acronym spells
POST_MODIFIERS = {"with", "at", "of", "in", "for", "from", "on", "by", "who", "which", "that", "whose"}  # follow a head noun
LIST_CUES = {"led", "commanded", "headed", "piloted", "founded", "includes", "including", "include"}
CREW_GROUPS = {"crew", "members", "crewmates"}  # "the crew of X:", "the four members of X - A, B and C"
LIST_OPENERS = {"-", "–", "—", ":", ","}
NUMBERED = re.compile(r"[A-Z][a-z]+[A-Za-z]*-\d{1,3}[A-Z]{0,2}")  # "Yunyao-1", "LignoSat-2", "Chollian-2B": one token
SERIAL = re.compile(r"[ \t]+(?:(?P<kind>Launch Vehicle|Flight)[ \t]+)?No\.?[ \t]*\d{1,3}(?:-\d{1,3})?[A-Z]?\b(?![-\w])"
                    r"|[ \t]+F\d{1,3}\b(?![-\w])")  # after a name: "No. 4", "No. 2-3", "Launch Vehicle No. 50", "F5"
LONG_NAME_WORDS = 3  # a craft's, mission's or programme's name this long is not shortened to its first word
SERIAL_BASES = {"Program", "Spacecraft", "Mission"}  # what a serial number numbers the craft or flights of
DESIGNATION = re.compile(r"[A-Z]{2,}(?:-[A-Z]{0,2}\d{1,3}[A-Z]?|\d{1,3}[A-Z]?)")  # "NROL-192", "SDX01", "PSLV-C60"
NAMING_VERBS = {"call", "calls", "called", "name", "names", "named", "dub", "dubs", "dubbed", "christen", "christens",
                "christened", "nickname", "nicknames", "nicknamed"}  # "christens it Athena"
NAMING = {"called", "named", "dubbed", "designated", "nicknamed", "christened"}  # "a flight called Nova"
PREDICATE_AFTER = {"is", "was", "are", "were", "be", "been", "being", "remains", "remained", "became", "becomes"}
# a copula's forms: "the ..." after one is the predicate of its subject ("It has been the prime contractor")
COPULA_FORMS = {"is", "was"}  # "Janus-1 is a small satellite": a predicate that describes the name
DESCRIPTION_OPENERS = {"a", "an", "the", "its", "his", "her", "their", "our", "this", "that", "these"}  # "the company's
# first crewed flight, Galactic 01,": what opens the description before a name set off
HYPHENS = {"-", "‐", "–"}  # inside a name, they join two words of it ("Al-Tamimi"): no word of their own
NO_NAME_STARTS = {"The", "A", "An", "In", "On"}  # capitalised, yet they start no name
NAME_PARTICLES = {"bin", "bint", "al", "el", "de", "la", "le", "van", "von", "der", "den", "da", "di", "du", "dos",
                  "del"}  # inside a name: "Mohammed bin Rashid", "Ursula von der Leyen"


def series_number(m: re.Match) -> tuple[str, str]:
    """The series' name and the number of a match of `Mentions.series_re`."""
    return (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))


@dataclass
class Mention:
    start: int  # token index
    end: int
    tid: str
    ref: bool = False  # a reference ("the agency"), not a name


@dataclass
class Found:
    """The things of one article and where each is mentioned."""

    toks: Tokens
    matches: Matches
    article_id: str
    things: dict[str, Thing] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    taken: list[bool] = field(default_factory=list)
    cap: list[bool] = field(default_factory=list)  # a capitalised word that may start a name
    cap_at: list[int] = field(default_factory=list)  # where `cap` is true
    astronaut_nouns: list[tuple[int, int]] = field(default_factory=list)  # token spans, for the relations too
    series: dict[str, Series] = field(default_factory=dict)  # the series of each numbered mission
    titles: list[tuple[int, int]] = field(default_factory=list)  # job titles, longest, with their fields
    crew_groups: list[tuple[int, Mention]] = field(default_factory=list)  # (crew noun, its mission): `crew_group`
    crewmates: list[tuple[str, list[str], Evidence]] = field(default_factory=list)  # (person, their crewmates,
    # where said): `Structure._crewmates`; they fly the person's mission (`discourse.crewmates`)
    families: dict[tuple[str, str, bool], str] = field(default_factory=dict)  # (family, key, local): the thing
    # made first (`add`)

    def add(self, cls: str, key: str, label: str, *, alt: str | None = None,
            same_as: tuple[str, ...] = (), local: bool = False) -> str:
        """The thing of this class and key, made if new; a craft or an organisation named the
        same as one of its family already made is that one ("Djibouti-1A" as a mission and as
        a satellite), its class merged."""
        tid = thing_id(cls, f"{self.article_id}-{key}" if local else key)
        tid = self.families.get((_family(cls), key, local), tid)
        thing = self.things.get(tid)
        if thing is None:
            thing = self.things[tid] = Thing(cls=cls, label=label, key=key, same_as=set(same_as), local=local)
            self.families.setdefault((_family(cls), key, local), tid)
        elif cls != thing.cls:
            _merge_class(thing, cls)
        if alt and alt != thing.label:
            if len(alt) > len(thing.label) and not same_as and not thing.same_as and not local:
                thing.alt_labels.add(thing.label)
                thing.label = alt
            else:
                thing.alt_labels.add(alt)
        return tid

    def mark(self, start: int, end: int, tid: str, ref: bool = False) -> None:
        self.mentions.append(Mention(start, end, tid, ref))
        self.claim(start, end)

    def claim(self, start: int, end: int) -> None:
        """Tokens no other step may read a name in (a mention's, or an event's: "the Paris Air Show")."""
        self.taken[start:end] = [True] * (end - start)

    def free(self, start: int, end: int) -> bool:
        return True not in self.taken[start:end]

    def cls(self, tid: str) -> str:
        return self.things[tid].cls

    def named_agreements(self) -> list[Mention]:
        """The mentions of the agreements the article names ("the Artemis Accords")."""
        return [m for m in self.mentions if not m.ref and self.things[m.tid].cls == "Agreement"
                and not self.things[m.tid].local]

    def uncrewed(self, tid: str, known: dict[str, Entry]) -> bool:
        """The gazetteer or a series knows the thing as a mission with no crew (Hubble,
        Mariner 10), whatever a sentence about people near its name suggests."""
        thing = self.things[tid]
        entry = None if thing.local else known.get(thing.key)
        series = self.series.get(tid)
        return (entry is not None and entry.cls == "Mission") or (series is not None and series.cls == "Mission")

    def retype(self, tid: str, cls: str) -> None:
        """The thing is (also) of this class, as the article describes it."""
        _merge_class(self.things[tid], cls)


def _merge_class(thing: Thing, cls: str) -> None:
    """A more specific class wins (Astronaut over Person, by the ontology); others are kept as
    extra, but for a person's class on an organisation or the other way round: nobody is both
    ("Blaine Curcio, founder of X, a Hong Kong-based firm": the firm is X)."""
    if is_subclass(cls, thing.cls):
        thing.cls = cls
    elif not is_subclass(thing.cls, cls) and {_kind(cls), _kind(thing.cls)} != {"Person", "Organization"}:
        thing.extra_classes.add(cls)


def _family(cls: str) -> str:
    """Craft, organisation, or the class itself: the things one name may be told of as."""
    return "craft" if cls in CRAFT_CLASSES else "organisation" if cls in ORG_CLASSES else cls


def _kind(cls: str) -> str:
    """Person, Organization, or another kind."""
    return next((k for k in ("Person", "Organization") if cls == k or is_subclass(cls, k)), "")


def _after_particles(words: Sequence[str], j: int) -> int:
    """The first word from j on that is no name particle."""
    while j < len(words) and words[j] in NAME_PARTICLES:
        j += 1
    return j


def _initial(word: str) -> bool:
    return len(word) == 2 and word[1] == "." and "A" <= word[0] <= "Z"


class NameWords:
    """Which words may start a name (`starts`) and which may be part of a person's name
    (`person`), each decided once per distinct word: the finders ask hundreds of times an
    article, and a dict look-up is all a known word costs."""

    def __init__(self, vocab: Vocab, kb: Knowledge) -> None:
        self.vocab = vocab
        self.not_names = frozenset(kb.lexicon["not_names"] + kb.lexicon["post_nominals"]["words"])
        roles = set(kb.lexicon["person_nouns"])  # and the role words of titles: "Executive Officer" is nobody
        self.titles_lower = frozenset({t.lower() for t in kb.titles} | {
            w for t in kb.titles for w in t.lower().split() if w in roles})
        self.starts: Memo[str, bool] = Memo(self._starts)
        self.person: Memo[str, bool] = Memo(self._person)

    def _starts(self, word: str) -> bool:
        lex = self.vocab[word]
        elided = word.replace("'", "").replace("’", "").replace("-", "")  # "Chang'e", "ArgoMoon", "ForgeStar-0":
        # no title case to Python
        return bool(lex.is_title or (lex.is_upper and lex.is_alpha) or (
            elided[:1].isupper() and elided.isalnum() and not elided.isupper())) and word not in NO_NAME_STARTS

    def _person(self, word: str) -> bool:
        lex = self.vocab[word]
        if word in self.not_names or lex.lower_ in self.titles_lower:
            return False
        if _initial(word):
            return True
        camel = word[:1].isupper() and word[1:2].islower() and word.replace("-", "").isalpha()  # "McFall", "AlMarri"
        return bool((lex.is_title or camel or (lex.is_upper and len(word) > 1 and lex.is_alpha)) and not lex.like_num)

    def person_end(self, toks: Tokens, i: int, limit: int = 5) -> int:
        """End of a person's name starting at token i (== i when there is none)."""
        n, words, space, upper = len(toks), toks.words, toks.space, toks.upper
        person = self.person
        j, particles = i, 0  # particles do not count towards the limit: "Mohammed bin Rashid Al Maktoum"
        while j < n and j - i - particles < limit:
            if person[words[j]] and not (upper[j] and len(words[j]) > 1 and j == i and n > j + 1
                                         and not person[words[j + 1]]):
                j += 1
            elif (words[j] in "-'’" and j > i and not space[j - 1] and not space[j]
                  and j + 1 < n and (person[words[j + 1]] or second_syllable(words[j + 1]))):
                j += 2  # "López-Alegría"; "Yoon Young-bin": a given name of two syllables
            elif words[j] in NAME_PARTICLES and j > i and (k := _after_particles(words, j)) < n and person[words[k]]:
                particles += k - j
                j = k  # "Mohammed bin Rashid", "Ursula von der Leyen"
            elif (words[j] in QUOTE_MARKS and j > i and j + 3 < n and person[words[j + 1]]
                  and words[j + 2] in QUOTE_MARKS and person[words[j + 3]]):
                j += 3  # 'Scott "Kidd" Poteet': a nickname in quotes inside the name
                particles += 2  # its quotation marks are no words of the name
            else:
                break
        # an initial alone, or a name ending in an initial, is not a name
        while j > i and _initial(words[j - 1]):
            j -= 1
        if j - i > 1 and all(upper[k] and len(words[k]) > 1 for k in range(i, j)):
            return i  # "SAN DIEGO", "ABU DHABI": a dateline's place, in capitals; no one's name
        return j


ROMANISED_SYLLABLE = re.compile(r"[bcdfghjklmnpqrstwyz]{0,3}[aeiouwy]{1,3}(?:ng|nn|[nmlkpt])?")  # "bin", "shinn"


def second_syllable(word: str) -> bool:
    """The lower-case second syllable of a hyphenated given name as Korean and Taiwanese names
    are romanised ("bin" of "Young-bin", "myung" of "Jae-myung", "shinn" of "Jong-shinn"),
    not a participle glued on ("NASA-led") or a word of its own ("-based", "-free")."""
    return len(word) <= 6 and word.islower() and ROMANISED_SYLLABLE.fullmatch(word) is not None \
        and word not in ("free", "wing", "long", "line", "time", "new", "way", "day", "year", "run", "key")


_NICKNAMED = re.compile(r'(.+?) ["“”]([^"“”]+)["“”] (.+)')  # given "nickname" family
OCCUPATION_REACH = 3  # words from a title to the occupation noun it modifies: "chief business development officer"
GENERATIONS = {"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"}  # after a family name: "Ken Mattingly II"
QUOTE_MARKS = {'"', "“", "”"}  # around a nickname in a name, and around a quotation (cues.crew)
MAX_TITLE = 10  # words of a title in quotes ("Kinéis Killed the RadIOT Star")
KIND_REACH = 14  # words back from a verb of naming to the noun it names ("The mission, which the Long Beach,
# California-based company called")
PERFECT = {"has", "had", "have"}  # "Bruno has joined": the verb after the auxiliary
LOCATIVES = {"in", "at", "near", "outside", "inside"}  # a name right after one is a place
MONTHS_AND_DAYS = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
                   "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday",
                   "Friday", "Saturday", "Sunday"}


def _title_case(toks: Tokens, end: int) -> bool:
    """The words before `end` (a headline) are written in title case: every word but the
    small ones capitalised, so a capital says nothing of a name."""
    words = [w for w, stop, alpha in zip(toks.words[:end], toks.stop[:end], toks.alpha[:end]) if alpha and not stop]
    return len(words) >= 4 and all(w[0].isupper() for w in words)


class MentionFinder:
    """Registers its phrases once; `find(...)` returns an article's things."""

    def __init__(self, nlp: Language, kb: Knowledge, phrases: Phrases):
        self.kb = kb
        self.flags = WordFlags(nlp.vocab)
        self.names = NameWords(nlp.vocab, kb)
        self.honorifics = frozenset(w.lower() for w in kb.lexicon["honorifics"])
        self.post_nominals = frozenset(kb.lexicon["post_nominals"]["words"])
        self.speech = frozenset(kb.lexicon["speech_verbs"])
        self.occupations = frozenset(w for w in kb.lexicon["person_nouns"] if " " not in w)  # "scientist"
        self.portfolios = frozenset(kb.lexicon["portfolio_titles"]["words"])
        self.org_titles = frozenset(kb.lexicon["organisation_titles"]["words"])
        self.tenure = frozenset(kb.lexicon["tenure_words"]["words"])
        self.offices = frozenset(kb.lexicon["office_titles"]["words"])
        self.pending = frozenset(kb.lexicon["pending_titles"]["words"])  # "President-elect": not in office yet
        self.inverted = frozenset(kb.lexicon["inverted_person_verbs"])
        self.slugs: Memo[str, str] = Memo(slug)  # names recur across articles; a slug takes a regex
        self.entries = {f"known {n}": entry for n, entry in enumerate(kb.entries)}
        for key, entry in self.entries.items():
            phrases.add(key, sorted({entry.label, *entry.aliases}), cased=True)
        self.known_names = {n for e in kb.entries for n in (e.label, *e.aliases)}  # the gazetteer's names
        self.bare = self._bare_names(kb)
        for key, (_, word) in self.bare.items():
            phrases.add(key, [word], cased=True)
        self.area_entries = {f"area {n}": a for n, a in enumerate(kb.areas)}
        for key, area in self.area_entries.items():
            phrases.add(key, sorted({area.label, *area.aliases}), cased=False)
        phrases.add("title", kb.titles, cased=True)
        phrases.add("astronaut noun", kb.lexicon["astronaut_nouns"], cased=False)
        phrases.add("crew role", kb.lexicon["crew_roles"], cased=True)  # lower case: "pilot Victor Glover"
        heads = sorted(kb.lexicon["name_heads"].items(), key=lambda kv: -len(kv[0].split()))
        self.heads: dict[str, list[tuple[tuple[str, ...], str]]] = {}  # by last word, longest first
        for head, cls in heads:
            words = tuple(t.text for t in nlp.make_doc(head))
            self.heads.setdefault(words[-1], []).append((words, cls))
        self.first_heads = {h: c for h, c in kb.lexicon["name_heads"].items() if " " not in h and c == "Organization"}
        self.tails = {t: c for t, c in kb.lexicon["name_tails"].items()}
        self.kind_nouns = {**kb.lexicon["class_nouns"], **self.tails}  # "a flight called Nova"
        self.quoted_kinds = {w: cls for w, cls in {**self.kind_nouns, "launch": "Mission"}.items()
                             if cls in CRAFT_CLASSES | {"Program"}}  # 'the launch, which X named "Y"'
        self.given = kb.person_names["given_names"]
        self.national = kb.lexicon["national_space_agencies"]  # by country id (and its "_about")
        self.agency_nouns = set(kb.lexicon["national_agency_nouns"])
        self.family_first = kb.person_names["family_names_first"]
        self.head_words = {w for head in kb.lexicon["name_heads"] for w in head.split()}  # "Agency", "Centre"
        self.org_tails = {head.split()[-1] for head, cls in kb.lexicon["name_heads"].items() if cls in ORG_CLASSES}
        self.corporate_forms = set(kb.lexicon["corporate_forms"]["words"])
        self.work_nouns = set(self.kind_nouns) | set(kb.lexicon["mission_parts"]["words"]) | set(
            kb.lexicon["work_nouns"]["words"])  # "NASA's Fission Surface Power project": no one's name before one
        self.participles = {w for forms in kb.lexicon["verbs"].values() if isinstance(forms, list)
                            for w in forms if w.endswith("ed")} | IRREGULAR_PARTICIPLES
        self.tail_firsts = {nlp.make_doc(t)[0].lower_ for t in self.tails}  # a tail starts with one of these
        self.no_name_words = set(kb.lexicon["not_names"]) | set(kb.demonyms)
        self.demonyms = kb.demonyms
        self.place_heads = set(kb.lexicon["place_heads"])
        honours = kb.lexicon["named_for_people"]
        self.honour_heads, self.ship_prefixes = set(honours["heads"]), set(honours["ship_prefixes"])
        self.place_openers = set(kb.lexicon["place_openers"]["words"])  # "New Mexico", "Western Australia": no country
        self.degree_words = set(kb.lexicon["degree_words"]["words"])  # "a master's degree in Business Administration"
        self.event_heads = set(kb.lexicon["event_heads"]["words"])
        self.press_words = frozenset(kb.lexicon["press_offices"]["words"])
        self.after_reference = AFTER_REFERENCE | set(kb.lexicon["speech_verbs"]) | {
            w for w in kb.lexicon["verbs"]["operate"] if w.endswith("s")}  # "the agency operates Kibo": a verb
        self.agency_words = frozenset(kb.lexicon["agency_words"]["words"])
        self.verb_forms = frozenset(w for forms in kb.lexicon["verbs"].values() if isinstance(forms, list)
                                    for w in forms[1:] if w != forms[0] and not w.endswith("ing"))
        # a verb's inflected forms, not its base or gerund, which may be nouns ("the company plan", "building")
        spaced: list[str] = []
        joined: list[str] = []
        self.series_by_name = {}
        self.series_by_name_raw: list[str] = []
        self.rocket_nouns = set(kb.lexicon["rocket_nouns"]["words"])
        self.acronym_cues = [tuple(cue.split()) for cue in kb.lexicon["acronym_cues"]["words"]]
        for s in kb.series:
            for name in s.names:
                self.series_by_name[name.lower()] = s
                self.series_by_name_raw.append(name)
                (joined if s.joined else spaced).append(re.escape(name))
        spaced.sort(key=len, reverse=True)
        joined.sort(key=len, reverse=True)
        series_first = {name.split()[0].split("-")[0] for name in self.series_by_name_raw}
        # "Shenzhou-23" is one token, and so is "VV23": a series is tried where its first word starts a token
        self.series_starts: Memo[str, bool] = Memo(
            lambda word: word.partition("-")[0] in series_first or word.rstrip(string.digits) in series_first)
        # "Shenzhou-17", "Artemis II"; a rocket's flight codes, the number joined on: "VV23", "PSLV-C58"
        self.series_re = re.compile(rf"\b(?:({'|'.join(spaced)})(?:[ -]|\s)(\d{{1,3}}|[IVX]{{1,4}})"
                                    rf"|({'|'.join(joined) or '(?!)'})(\d{{1,3}}))\b(?![-\w])")

    def find(self, doc: Doc, text: str, matches: Matches, article_id: str) -> Found:
        """`text` is the doc's, `matches` the phrases found in it."""
        toks = Tokens(doc, text, self.flags)
        cap = list(map(self.names.starts.__getitem__, toks.words))
        headline = next((j for j, word in enumerate(toks.words) if "\n" in word), len(toks))  # the first line
        if headline < len(toks) and _title_case(toks, headline):
            # "... on Private Mission to the Space Station": its capitals make no names of their
            # own; the gazetteer's and the people's are still found there
            cap[:headline] = [False] * headline
        found = Found(toks, matches, article_id, taken=[False] * len(toks), cap=cap, cap_at=where(cap))
        self._quoted_names(found)
        self._known(found)
        self._bare(found)
        self._series(found)
        surnames = self._titled_people(found)
        self._headed_names(found)
        self._tailed_names(found)
        self._designations(found)
        self._numbered(found)
        self._serials(found)
        found.titles = [(s, e) for s, e in _with_fields(
            found, _with_modifiers(found, longest(found.matches.spans("title")), self.offices, self.tenure,
                                   self.no_name_words), self.occupations, self.portfolios, self.org_titles,
            self.given)
            if not self._pending(found.toks, e)]
        self._appositive_people(found)
        self._initialled_people(found)
        self._acronyms(found)
        self.short_names(found)
        for i in surnames:  # "Minister Husic" where no "Ed Husic" came before or after
            if found.free(i, i + 1):
                self._person(found, i, i + 1)
        self._national_agencies(found)
        self._series_of(found)
        self._references(found, headline)
        found.mentions.sort(key=attrgetter("start", "end"))
        return found

    def _series_of(self, found: Found) -> None:
        """The series each mission found belongs to, by its names ("Tianwen-1", "Artemis II")."""
        for tid, thing in found.things.items():
            if thing.cls in MISSION_CLASSES:
                for name in sorted(thing.names()):
                    m = self.series_re.fullmatch(name)
                    if m:
                        found.series[tid] = self.series_by_name[series_number(m)[0].lower()]
                        break

    # -- the finders, most certain first -------------------------------------------------

    def _known(self, found: Found) -> None:
        toks = found.toks
        matches = sorted((m for m in found.matches.found if m[0] in self.entries), key=lambda m: (-(m[2] - m[1]), m[1]))
        tids: dict[str, str] = {}  # by key: an entry named again is the thing added already
        defined = _defined_acronyms(toks, matches, self.entries)
        countries = {start: end for key, start, end in matches if self.entries[key].cls == "Country"}
        for key, start, end in matches:
            if not found.free(start, end) or end - start == 1 and defined.get(toks.words[start], key) != key:
                continue  # "the Kenya Space Agency (KSA)": KSA is the agency here, not Saudi Arabia
            entry = self.entries[key]
            if entry.cls == "Company" and (tail := countries.get(end)) and toks.space[end - 1] \
                    and found.free(end, tail) and not (tail < len(toks) and toks.words[tail] in POSSESSIVE_MARKS):
                name = toks.span(start, tail)  # "Astroscale UK", "Rocket Lab USA": a national subsidiary, a
                found.mark(start, tail, found.add("Company", slug(name), name))  # company of its own
                continue
            if entry.cls == "Country" and start > 0 and toks.title[start - 1] and found.free(start - 1, start) \
                    and not toks.starts[start - 1] and (toks.words[start - 1] not in self.names.not_names
                                                        or toks.words[start - 1] in self.place_openers):
                continue  # "Inner Mongolia", "New Mexico": part of a longer place name
            if entry.cls == "Country" and self._inside_longer_name(found, start, end) or \
                    end - start == 1 and self._amid_capitals(found, start):
                continue  # "Orbital Gateway Consulting": a word of a longer name the gazetteer does not know
            if end + 1 < len(toks) and toks.words[end] in "-–" and not toks.space[end - 1] and not toks.space[end] \
                    and (toks.words[end + 1][:1].isupper() or toks.words[end + 1][:1].isdigit()) \
                    and not found.taken[end + 1]:
                continue  # "HTV" of "HTV-X1": a longer name the gazetteer does not know (not "NASA-led")
            if self._in_series_name(toks, start, end):
                continue  # "MS-27" of "Progress MS-27", "Soyuz" of "Soyuz TMA-12": a series' numbered mission
            if toks.words[start] in self.names.not_names and start > 1 and toks.lower[start - 1] == "and" \
                    and toks.title[start - 2] and found.free(start - 2, start - 1) and not toks.starts[start - 2]:
                continue  # "Space Force" of "the French Air and Space Force": part of a longer name
            if entry.cls in ORG_CLASSES and end < len(toks) and toks.words[end] in self.corporate_forms \
                    and toks.space[end - 1] and found.free(end, end + 1):
                end += 1  # "NTT Corporation": the company's legal form, a word of its name
            tid = tids.get(key)
            if tid is None:
                tid = tids[key] = found.add(entry.cls, entry.id, entry.label, same_as=entry.same_as)
            text = toks.span(start, end)
            names = found.things[tid].alt_labels
            if text != entry.label:
                names.add(text)
            # the shorter name written inside the one matched: "Starliner" of "its Starliner capsule"
            names.update(a for a in entry.aliases if text.startswith(a + " ") and a != entry.label)
            found.mark(start, end, tid)

    def _bare_names(self, kb: Knowledge) -> dict[str, tuple[Entry, str]]:
        """The word a known craft, mission or programme goes by without the noun of its kind
        or its operator's name ("Lucy" of "Lucy mission", "Electron" of "Rocket Lab
        Electron"), where the gazetteer lists it under no name of its own: a word too common
        or too ambiguous to stand for the thing everywhere (`_bare`)."""
        tails = {w.lower() for w, cls in kb.lexicon["name_tails"].items() if cls in CRAFT_CLASSES | {"Program"}}
        taken = self.known_names | set(self.names.not_names) | set(kb.demonyms)
        kinds = {w.lower() for w in (*kb.lexicon["class_nouns"], *kb.lexicon["name_tails"], *kb.lexicon["name_heads"])}
        openers: dict[str, set[str]] = {}  # "Axiom" of "Axiom Space", "Progress" of "Progress MS-29": another
        # thing's too; not the first word of a long title no one shortens to it ("Electron Losses and Fields
        # Investigation")
        for e in kb.entries:
            for name in (e.label, *e.aliases):
                if e.cls in ORG_CLASSES or len(name.split()) < LONG_NAME_WORDS:
                    openers.setdefault(name.split()[0], set()).add(e.id)
        for series in kb.series:
            for name in series.names:
                openers.setdefault(name.split()[0], set()).add("")
        out: dict[str, tuple[Entry, str]] = {}
        for n, entry in enumerate(kb.entries):
            if entry.cls not in CRAFT_CLASSES | {"Program"} or not entry.operator or entry.operator not in kb.by_id:
                continue
            owner = kb.by_id[entry.operator]
            words = set()
            for name in (entry.label, *entry.aliases):
                first, _, rest = name.partition(" ")
                if rest.lower() in tails:
                    words.add(first)  # "Lucy mission"
                words |= {name[len(o) + 1:] for o in (owner.label, *owner.aliases) if name.startswith(o + " ")}
            for word in sorted(w for w in words - taken if openers.get(w, {entry.id}) == {entry.id}):
                if " " not in word and word[:1].isupper() and word not in MONTHS_AND_DAYS and len(word) > 2 \
                        and word.lower() not in kinds and not word.endswith(tuple(POSSESSIVE_MARKS)):
                    out[f"bare {n} {word}"] = (entry, word)
        return out

    def _bare(self, found: Found) -> None:
        """A known thing's bare name ("Lucy", "Electron") is the thing throughout an article
        that names it in full, or names with one of its mentions its operator or a partner
        ("NASA's Lucy", "Rocket Lab launched Electron"); not where two known things go by
        the word."""
        toks = found.toks
        named = {found.things[m.tid].key for m in found.mentions}
        by_word: dict[str, list[tuple[Entry, list[tuple[int, int]]]]] = {}
        for key, (entry, word) in self.bare.items():
            spans = [(a, b) for a, b in found.matches.spans(key) if found.free(a, b) and not (
                a > 0 and not toks.starts[a] and (toks.title[a - 1] or toks.lower[a - 1] in NAME_PARTICLES)
                or b < len(toks) and toks.title[b])]  # a word of its own, not of a longer name: "Mohammed bin
            # Rashid", "the Solar System"
            if spans:
                by_word.setdefault(word, []).append((entry, spans))
        for word, entries in by_word.items():
            if len(entries) > 1:
                continue
            entry, spans = entries[0]
            related = {entry.operator, *entry.partners}
            near = any(found.things[m.tid].key in related for a, _ in spans if not toks.starts[a]
                       for m in found.mentions if toks.sentence(m.start) is toks.sentence(a))  # a capital
            # opening a sentence says nothing
            if entry.id in named or near:
                tid = found.add(entry.cls, entry.id, entry.label, same_as=entry.same_as)
                found.things[tid].alt_labels.add(word)
                for a, b in spans:
                    found.mark(a, b, tid)

    def _inside_longer_name(self, found: Found, start: int, end: int) -> bool:
        """"Jordan Evans", "the Gulf of Mexico", "the Uzbekistan Space Agency": a country's
        name before a capitalised word that names nothing known, or before capitalised words
        that end in the head of an organisation's name, or after "of" and a word that heads
        place names (lexicon place_heads), is part of a longer name."""
        toks = found.toks
        words, n = toks.words, len(toks)
        if start > 1 and toks.lower[start - 1] == "of" and words[start - 2] in self.place_heads:
            return True
        return end < n and toks.title[end] and toks.alpha[end] and found.free(end, end + 1) \
            and not toks.starts[end] and words[end] not in MONTHS_AND_DAYS \
            and (words[end] not in self.names.not_names or self._org_run(found, end) > end)

    def _pending(self, toks: Tokens, e: int) -> bool:
        """A title that ends at token `e` is joined by a hyphen to a word that says its holder has
        not taken office (lexicon `pending_titles`): "President-elect Donald Trump" holds no title yet."""
        return e + 1 < len(toks) and toks.words[e] == "-" and not toks.space[e - 1] \
            and toks.lower[e + 1] in self.pending

    def _amid_capitals(self, found: Found, k: int) -> bool:
        """Token k stands between capitalised words that name nothing known and open no
        sentence ("Orbital Gateway Consulting"): a word of a longer name."""
        toks = found.toks

        def capital(j: int) -> bool:
            return 0 <= j < len(toks) and toks.title[j] and toks.alpha[j] and found.free(j, j + 1) \
                and not toks.starts[j] and toks.words[j] not in self.names.not_names

        return capital(k - 1) and capital(k + 1)

    def _in_series_name(self, toks: Tokens, start: int, end: int) -> bool:
        """The span is part of a series' numbered name, not all of it: the name starts a word
        or two before the span and ends with it ("MS-27" of "Progress MS-27"), or starts with
        it and runs on ("Soyuz" of "Soyuz TMA-12")."""
        span_end = toks.idx[end - 1] + len(toks.words[end - 1])
        for k in (start - 1, start - 2, start):
            if k >= 0 and self.series_starts[toks.words[k]]:
                m = self.series_re.match(toks.text, toks.idx[k])
                if m and (toks.idx[k] + len(m.group(0)) == span_end if k < start
                          else toks.idx[k] + len(m.group(0)) > span_end):
                    return True
        return False

    def _rocket_noun(self, toks: Tokens, k: int) -> bool:
        """A noun of a rocket starts at token k (lexicon rocket_nouns: "rocket", "launch vehicle")."""
        return any(toks.span(k, k + size).lower() in self.rocket_nouns for size in (1, 2) if k + size <= len(toks))

    def _series(self, found: Found) -> None:
        toks = found.toks
        for i in where(map(self.series_starts.__getitem__, toks.words)):
            m = self.series_re.match(toks.text, toks.idx[i])
            if m is None:
                continue
            span = toks.char_span(m.start(), m.end())
            if span is None or not found.free(*span):
                continue
            name, raw = series_number(m)
            series = self.series_by_name[name.lower()]
            if series.launch and self._rocket_noun(toks, span[1]):
                continue  # "a GSLV-F16 rocket": the vehicle of the flight, a craft the tail names
            if raw.isdigit():
                n = int(raw)
            elif raw in ROMAN:
                n = ROMAN[raw]
            else:
                continue
            label = series.label_format.format(n=n)
            tid = found.add(series.cls, series.id_format.format(n=n), label)
            text = toks.span(*span)
            if text != label:
                found.things[tid].alt_labels.add(text)
            found.mark(*span, tid)

    def _titled_people(self, found: Found) -> list[int]:
        """"Director General Josef Aschbacher", "Group Captain Angad Pratap", "pilot Scott
        "Kidd" Poteet". Returns where a title precedes a surname alone ("Minister Husic"),
        which is someone of their own only once the full names are known."""
        toks = found.toks
        spans = found.matches.spans("title") + found.matches.spans("crew role")
        surnames = []
        for start, end in sorted(spans, key=lambda m: (m[0], -(m[1] - m[0]))):
            if not found.free(end, end + 1) or any(s <= start and end < e for s, e in spans):
                continue  # "Chief Executive" of "Chief Executive Officer" is followed by no name
            stop = self.names.person_end(toks, end)
            if stop - end >= 2:
                self._person(found, end, stop)
            elif stop - end == 1 and toks.title[end]:
                surnames.append(end)
        return surnames

    def add_person(self, found: Found, start: int, end: int, cls: str = "Person") -> str | None:
        """A person named at tokens start..end (found by another step); None where the name is
        of something named for a person, or written in capitals only."""
        return self._person(found, start, end, cls)

    def _person(self, found: Found, start: int, end: int, cls: str = "Person") -> str | None:
        if self._named_for(found.toks, start, end) or all(
                w.isupper() and len(w) > 1 for w in found.toks.words[start:end] if w.isalpha()):
            return None  # "SAN FRANCISCO and BERLIN, July 1 -": a dateline's places in capitals, no one's name
        name = found.toks.span(start, end)
        forms = {name}
        nickname = _NICKNAMED.fullmatch(name)
        if nickname:  # 'Barry "Butch" Wilmore' is also Butch Wilmore and Barry Wilmore
            given, nick, family = nickname.groups()
            forms |= {f"{nick} {family}", f"{given} {family}", f"{nick} {family_name(family)}"}
        # one person, whichever of their names the article writes first
        tid = next((tid for tid, thing in found.things.items() if thing.cls in PERSON_CLASSES
                    and forms & thing.names()), None) or found.add(cls, self.slugs[name], name)
        found.things[tid].alt_labels.update(forms - {found.things[tid].label})
        found.mark(start, end, tid)
        return tid

    def _named_for(self, toks: Tokens, start: int, end: int) -> bool:
        """The name is of something named for a person, not the person: a ship ("USS Franklin
        D. Roosevelt", the prefix before the capitalised words that hold the name), or a name
        whose capitalised words run on, joined by "and" too, to a head of such names ("the Bruno
        Rossi Prize", "the Neil Armstrong Operations and Checkout Building"; lexicon
        `named_for_people`)."""
        k = start
        while k > 0 and toks.words[k - 1][:1].isupper() and not toks.starts[k - 1]:
            k -= 1
        if any(w in self.ship_prefixes for w in toks.words[k:start + 1]):
            return True  # before the name, or inside the span another step read as one ("the carrier USS John F.
            # Kennedy,")
        k = end
        while k < len(toks) and (toks.words[k][:1].isupper() or toks.lower[k] == "and" and k + 1 < len(toks)
                                 and toks.words[k + 1][:1].isupper()) and not toks.starts[k]:
            k += 1
        return any(w in self.honour_heads for w in toks.words[start:k])

    def _headed_names(self, found: Found) -> None:
        """Capitalised names whose last words say what they are: "... Space Agency", or
        before a number, a flight's ("Test Flight 2"); or whose word before "of" or "for"
        does: "University of Tokyo", "National Institute for Environmental Studies"."""
        toks = found.toks
        words = toks.words
        titled = dict(found.matches.spans("title"))
        for start, end in self._chunks(found):
            if titled.get(start, end) < end and words[titled[start]] in ("of", "for"):
                continue  # "Head of Space Systems", "Director of Earth Observation Systems": a title and its field
            if start > 1 and toks.lower[start - 1] in ("in", "of") and toks.lower[start - 2] in self.degree_words \
                    or toks.lower[start] in self.degree_words and start + 1 < end and toks.lower[start + 1] == "of":
                found.claim(start, end)  # "Master's degrees in Business Administration", "Master of Public
                continue  # Administration": a field of study, no organisation
            if end - start > 1 and words[end - 1] in self.event_heads:
                found.claim(start, end)  # "the Paris Air Show": no thing, and no one's name
                continue
            if end - start > 1 and self.press_words.issuperset(words[start:end]) \
                    and not self.org_tails.isdisjoint(words[start:end]):
                found.claim(start, end)  # "Media Relations Office", "Public Affairs Department": an organisation's
                continue  # press office, whose name says nothing of which
            name = tuple(words[start:end])
            cls = next((cls for head, cls in self.heads.get(words[end - 1], ())
                        if len(name) > len(head) and name[-len(head):] == head), None)
            if cls is None:  # "Institute of Space Technology", "National Institute for Environmental Studies"
                cls = self._field_head(words, start, end)
            if cls is None and end - start > 1 and words[end - 1].isdigit() and len(words[end - 1]) <= 3:
                cls = next((cls for head, cls in self.heads.get(words[end - 2], ())  # "Test Flight 1", "Mission 3"
                            if name[-len(head) - 1:-1] == head and cls in MISSION_CLASSES), None)
            if cls:
                self._named_thing(found, start, end, cls)

    def _chunks(self, found: Found) -> list[tuple[int, int]]:
        """Maximal runs of free capitalised words, joined by "of"/"for" inside (not after a
        person's given name: "David McComas of Princeton University" is two names), by "of
        the" after an organisation's first word ("Ministry of the Environment"), and by
        "and" before the words that end an organisation's name ("Defence Science and
        Technology Agency") unless a name of one ends before it."""
        toks, cap, taken = found.toks, found.cap, found.taken
        words, lower, space, starts, digit = toks.words, toks.lower, toks.space, toks.starts, toks.digit
        n = len(words)
        chunks = []
        after = 0  # the end of the last chunk
        for i in found.cap_at:
            if i < after or taken[i]:
                continue
            j = i + 1
            while j < n and not taken[j]:
                if cap[j] and not starts[j]:
                    j += 1
                elif (words[j] == "-" and not space[j - 1] and not space[j]
                      and j + 1 < n and cap[j + 1] and not taken[j + 1]):
                    j += 2  # "Uznanski-Wisniewski"
                elif (words[j] == "-" and j - i >= 2 and not space[j - 1] and not space[j] and j + 1 < n
                      and not taken[j + 1] and second_syllable(words[j + 1])):
                    j += 2  # "Son Jae-il": a family name, then a given name of two syllables
                elif digit[j] and len(words[j]) <= 3 and not starts[j]:
                    j += 1  # "Rashid 2"
                elif words[j] in QUOTE_MARKS and words[i] in self.given and j + 3 < n and cap[j + 1] \
                        and words[j + 2] in QUOTE_MARKS and cap[j + 3] and not taken[j + 3]:
                    j += 4  # 'Thomas Kenneth "Ken" Mattingly': a nickname in quotes inside a person's name
                elif lower[j] in ("of", "for", "&") and j + 1 < n and cap[j + 1] and not taken[j + 1] \
                        and words[i] not in self.given:
                    j += 2
                elif lower[j] in ("of", "for") and words[j - 1] in self.first_heads and j + 2 < n \
                        and lower[j + 1] == "the" and cap[j + 2] and not taken[j + 2]:
                    j += 3  # "Ministry of the Environment"
                elif words[j] in NAME_PARTICLES and (k := _after_particles(words, j)) < n and cap[k] and not taken[k]:
                    j = k + 1  # "Mohammed bin Rashid Al Maktoum", "von der Leyen"
                elif self._field_head(words, i, j) and (k := self._listed(found, j)):
                    j = k  # "Department of Economic Affairs, Education and Research", "Korea Institute of
                    # Geoscience and Mineral Resources"; not "University of Tokyo and Kyoto University"
                elif lower[j] == "and" and words[i] not in self.given and not any(
                        w in self.first_heads or w in self.org_tails for w in words[i:j]) \
                        and (k := self._org_run(found, j + 1)) > j + 1:
                    j = k  # "Defence Science and Technology Agency"; not "Ames Research Center and Langley ..."
                else:
                    break
            chunks.append((i, j))
            after = j
        return chunks

    def _field_head(self, words: Sequence[str], start: int, end: int) -> str | None:
        """The class of an organisation named for a field in words[start:end]: the first
        word of such a name, then "of" or "for" and a word ("Ministry of Education",
        "National Institute for Environmental Studies")."""
        return next((self.first_heads[words[k]] for k in range(start, end - 2)
                     if words[k] in self.first_heads and words[k + 1] in ("of", "for")), None)

    def _listed(self, found: Found, j: int) -> int:
        """Where a list of fields that goes on at token j ends: a word set off by commas
        (", Culture,"), or "and" and the last field, of up to three words that end the name
        ("and Technology", "and Mineral Resources"), not another organisation's name ("and
        Kyoto University"; "and Axiom", the first word of an organisation the article names)
        nor a person's ("and Jane Roe"); 0 where no list goes on."""
        words, cap, taken, starts, n = found.toks.words, found.cap, found.taken, found.toks.starts, len(found.toks)
        if not (j + 1 < n and words[j] in (",", "and") and cap[j + 1] and not taken[j + 1]):
            return 0
        if words[j] == "and" and any(name.split()[0] == words[j + 1] for t in found.things.values()
                                     if t.cls in ORG_CLASSES for name in t.names()):
            return 0
        if words[j] == ",":
            return j + 2 if j + 2 < n and words[j + 2] in (",", "and") else 0
        k = j + 1
        while k < n and k <= j + 3 and cap[k] and not taken[k] and not starts[k] and words[k] not in self.given \
                and not (k > j + 1 and words[k].isupper()):  # not an acronym after it: "and Research EAER,"
            k += 1
        ends = k == n or not (cap[k] or taken[k]) or words[k].isupper()
        return k if k > j + 1 and ends and words[k - 1] not in self.org_tails else 0

    def _org_run(self, found: Found, i: int) -> int:
        """The end of a run of free capitalised words from token i that ends in the head
        word of an organisation's name ("Technology Agency"), else i."""
        cap, taken, starts, words = found.cap, found.taken, found.toks.starts, found.toks.words
        k = i
        while k < len(words) and cap[k] and not taken[k] and not starts[k]:
            k += 1
        return k if k > i and words[k - 1] in self.org_tails else i

    def _named_thing(self, found: Found, start: int, end: int, cls: str) -> str | None:
        toks = found.toks
        while start < end and (toks.stop[start] or toks.words[start] in MONTHS_AND_DAYS):
            start += 1  # "The", "In", "On Monday": not part of the name
        if end - start < 1:
            return None
        name = toks.span(start, end)
        tid = next((tid for tid, thing in found.things.items() for n in thing.names()
                    if n.rpartition(" ")[0] == name and n.rpartition(" ")[2].lower() in self.tails
                    or n.endswith(" " + name) and (thing.cls == cls or {thing.cls, cls} <= CRAFT_CLASSES)), None)
        # "Mission 2" of "Hakuto-R Mission 2"; "Clipper is the largest spacecraft" of Europa Clipper
        if tid is None and end + 1 < len(toks) and toks.words[end] in (",", "("):
            # "Russia's State Space Corporation, Roscosmos,", "the Space Research Institute (IKI)":
            # a name set off by a known one, or followed by its known acronym, is that one
            tid = next((m.tid for m in found.mentions if m.start == end + 1 and not m.ref and (
                m.end == len(toks) or toks.words[m.end] in ((")",) if toks.words[end] == "(" else (",", ".", ")", ";")))
                and (found.cls(m.tid) == cls or {found.cls(m.tid), cls} <= ORG_CLASSES)), None)
        if tid:  # "Vikram" where the article also writes "the Vikram lander": that lander
            found.things[tid].alt_labels.add(name)
        else:
            tid = found.add(cls, self.slugs[name], name)
        found.mark(start, end, tid)
        return tid

    def _tailed_names(self, found: Found) -> None:
        """"the RAMSES mission", "HUNOR astronaut programme", "probe BepiColombo",
        "EarthCARE, a satellite"."""
        toks = found.toks
        for start, end in self._chunks(found):  # all free: a chunk's mark stays inside it
            if start > 1 and toks.words[start - 1] == "-" and not toks.space[start - 2]:
                continue  # "F16" of "GSLV-F16" is no name of its own
            words = [w for w in toks.words[start:end] if w != "-"]
            if self.no_name_words.issuperset(words) or " ".join(words) in self.demonyms:
                continue  # "a European module", "the Chinese-French satellite", "a North Korean satellite"
            placed = start > 0 and toks.lower[start - 1] in PLACE_MARKS  # "a field in Hebei, a rocket on its
            # stand": a list goes on after a place
            cls = self._tail_after(toks, start, end) or self._tail_before(toks, start, end) or \
                (None if placed else self._apposition(toks, end)) or self._called(toks, start) or \
                self._one_of_a_kind(found, start, end)
            if cls:
                self._named_thing(found, start, end, cls)

    @staticmethod
    def _one_of_a_kind(found: Found, start: int, end: int) -> str | None:
        """"Sierra Space's first Dream Chaser, Tenacity,", "the company's newest Crew Dragon,
        Grace,": a one-word name set off after a craft's name that a determiner or a
        possessive opens (a description of one craft of that kind) names that one craft."""
        toks = found.toks
        if end - start != 1 or start < 3 or toks.words[start - 1] != "," or end >= len(toks) \
                or toks.words[end] not in (",", ".", ";"):
            return None
        craft = next((m for m in found.mentions if m.end == start - 1 and not m.ref
                      and found.cls(m.tid) == "Spacecraft"), None)
        if craft is None:
            return None
        return "Spacecraft" if _description_opener(toks, craft.start - 1) is not None else None

    def _tail_after(self, toks: Tokens, start: int, end: int) -> str | None:
        """"the RAMSES mission", "Axiom Space"; but "the Houston company" and "Texas company
        Firefly" are a company described by its place, not one named so (a company's name
        writes its tail capitalised)."""
        n = len(toks)
        described = start > 0 and toks.lower[start - 1] in ("the", "a", "an")
        for skip in (0, 1):  # one modifier between: "HUNOR astronaut programme"
            k = end + skip
            if skip and (k >= n or not toks.is_lower[end] or not toks.alpha[end] or toks.stop[end]):
                return None  # "Victor Glover and mission specialist ..." is no mission
            if k >= n or toks.lower[k] not in self.tail_firsts:
                continue
            for size in (2, 1):
                phrase = toks.span(k, k + size).lower() if k + size <= n else ""
                if phrase in self.tails:
                    named_after = k + size < n and toks.words[k + size][:1].isupper()  # "Texas company Firefly"
                    if k + size < n and self.kind_nouns.get(toks.lower[k + size]) in ORG_CLASSES \
                            and self.tails[phrase] not in ORG_CLASSES:
                        return None  # "a Hong Kong satellite company": the tail says what the company makes
                    return None if (described or named_after) and self.tails[phrase] == "Company" \
                        and toks.is_lower[k] else self.tails[phrase]
        return None

    def _tail_before(self, toks: Tokens, start: int, end: int) -> str | None:
        """"probe BepiColombo", "the payments company Shift4": a noun of a kind right before a
        name (for a company, a name of one word: "the company Elon Musk founded" names a man);
        or before the comma of a one-word name set off after it ("China's lunar programme,
        Chang'e,"; a name of two words there is as likely a person's: "its designer for the
        station, Vladimir Kozhevnikov,")."""
        if start == 0:
            return None
        word = toks.lower[start - 1]
        if word in self.tails and toks.is_lower[start - 1] and (self.tails[word] != "Company" or end - start == 1):
            return self.tails[word]
        if word == "," and start > 1 and end < len(toks) and toks.words[end] in (",", ".", ";"):
            return self._set_off_after(toks, start, end)
        return None

    def _set_off_after(self, toks: Tokens, start: int, end: int) -> str | None:
        """The kind of a name set off after a description of its own ("the company's first
        crewed flight, Galactic 01,", "a larger test vehicle, Mission Possible,"): the
        description's head noun, right before the comma, opens with a determiner or a
        possessive, not a preposition ("its designer for the station, Vladimir
        Kozhevnikov," is a man). A name of two words or more is taken only when it opens with
        no given name and the description is not of an organisation, where a person's name is
        as likely; a name followed by a verb of saying is a speaker's ("the flight, Wang said,")."""
        noun = start - 2
        cls = self.kind_nouns.get(toks.lower[noun]) if toks.is_lower[noun] else None
        if cls is None:
            return None
        k = _description_opener(toks, noun - 1)
        if k is None or k > 0 and toks.lower[k - 1] in POST_MODIFIERS:
            return None
        if end - start > 1 and (cls in ORG_CLASSES or toks.words[start] in self.given):
            return None
        if toks.words[end] == "," and end + 1 < len(toks) and toks.lower[end + 1] in self.after_reference:
            return None  # "the flight, Wang said,": a speaker
        return cls

    def _designations(self, found: Found) -> None:
        """A flight's or craft's designation, capitals and a number ("NROL-192", "SDX01",
        "PSLV-C60", "POEM-4"), is a mission's name; not one that modifies a noun of another
        kind after it ("a CF-18 fighter pilot"), nor an asteroid's ("2016 HO3")."""
        toks = found.toks
        n = len(toks)
        for i in range(n):
            if not (toks.words[i][:2].isupper() and toks.words[i][:2].isalpha()):
                continue  # it opens with two capitals: a cheap test before the span and the pattern
            end = i + 3 if i + 2 < n and toks.words[i + 1] == "-" and not toks.space[i] and not toks.space[i + 1] else i + 1
            name = toks.span(i, end).replace(" ", "")
            if not DESIGNATION.fullmatch(name) or not found.free(i, end) or name in self.no_name_words or (
                    i > 0 and (toks.words[i - 1] == "-" and not toks.space[i - 1] or toks.digit[i - 1])):
                continue  # not the tail of a name ("GSLV-F16") nor an asteroid's ("2016 HO3")
            if end < n and toks.is_lower[end] and toks.alpha[end] and not toks.stop[end] \
                    and toks.lower[end] not in self.kind_nouns:
                continue
            self._named_thing(found, i, end, "Mission")

    def _numbered(self, found: Found) -> None:
        """A word with a number joined by a hyphen ("Yunyao-1", "GaindeSat-1A", "Jielong-3")
        names a craft or a flight, with the capitalised words before it ("Navigation
        Technology Satellite-3"): a craft unless a kind word after it or a description set
        off after it says otherwise ("the Cert-2 flight", "the Zhuque-3 rocket"); said of no
        kind, it is most often a satellite or probe, which is a mission of its own too."""
        toks = found.toks
        for i in where(NUMBERED.fullmatch(w) is not None for w in toks.words):
            if not found.free(i, i + 1) or toks.words[i].partition("-")[0] in self.no_name_words:
                continue
            start = i
            while start > 0 and (toks.title[start - 1] or toks.words[start - 1].isupper()) and toks.alpha[start - 1] \
                    and found.free(start - 1, start) and not toks.stop[start - 1] and not toks.starts[start - 1] \
                    and toks.words[start - 1] not in self.no_name_words:
                start -= 1
            head, _, number = toks.words[i].rpartition("-")
            short = "".join(w[0] for w in toks.words[start:i]) + head[0] + "-" + number
            shorts = {short, toks.words[start - 1][0] + short} if start and toks.words[start - 1].isupper() else {short}
            known = next((tid for tid, thing in found.things.items() if shorts & thing.names()), None)
            if known and i > start:  # "Advanced Land Observing Satellite-4" is the ALOS-4 the article names,
                # "PSLV Orbital Experimental Module-3" its POEM-3
                found.things[known].alt_labels.add(toks.span(start, i + 1))
                found.mark(start, i + 1, known)
                continue
            while start < i and toks.words[start].isupper():
                start += 1  # "NASA Pathfinder-2": the owner's name is no part of it
            cls = self._tail_after(toks, start, i + 1) or self._apposition(toks, i + 1)
            tid = self._named_thing(found, start, i + 1, cls or "Spacecraft")
            if cls is None and tid is not None:
                found.retype(tid, "Mission")

    def _serials(self, found: Found) -> None:
        """"Resurs-P No. 4", "Michibiki No. 6", "H3 F5", "H-IIA Launch Vehicle No. 50",
        "Inmarsat-6 F2": a programme's, craft's or rocket's name with a serial number after it
        names one of its craft or flights, a mission of its own, numbered in it as in a series:
        part of it where it is a programme, run by whoever runs it; a rocket's is a flight, over
        within the hour it lifts off. The name numbered is no mention of its own there. After a
        noun of a rocket the number is the vehicle's: "H-IIA Launch Vehicle No. 47" is the H-IIA."""
        toks = found.toks
        for m in [m for m in found.mentions if not m.ref and found.cls(m.tid) in SERIAL_BASES]:
            serial = SERIAL.match(toks.text, toks.idx[m.end - 1] + len(toks.words[m.end - 1]))
            if serial is None:
                continue
            span = toks.char_span(toks.idx[m.start], serial.end())
            if span is None or span[0] != m.start or not found.free(m.end, span[1]):
                continue
            thing = found.things[m.tid]
            name = toks.span(*span)
            found.mentions.remove(m)
            if (serial.group("kind") or "").lower() in self.rocket_nouns:
                thing.alt_labels.add(name)  # "H-IIA Launch Vehicle No. 47": the vehicle itself, as "a GSLV-F16
                found.mark(*span, m.tid)  # rocket" is (lexicon rocket_nouns)
                continue
            tid = found.add("Mission", self.slugs[name], name)
            found.mark(*span, tid)
            entry = None if thing.local else self.kb.by_id.get(thing.key)
            rocket = any(n.endswith(" " + w) for n in {*thing.names(), *(entry.aliases if entry else ())}
                         for w in self.rocket_nouns)  # "H3 rocket": the gazetteer names it a rocket
            found.series[tid] = Series(
                names=(thing.label,), cls="Mission", label_format=name, id_format=self.slugs[name], roman=False,
                programme=entry.id if entry and entry.cls == "Program" else None,
                operator=entry.operator if entry else None, launch=serial.group("kind") == "Flight" or rocket)
            if all(other.tid != m.tid for other in found.mentions):
                del found.things[m.tid]

    def _quoted_names(self, found: Found) -> None:
        """"The mission, which Rocket Lab named "Fasten Your Space Belts",", "on a mission the two
        companies called "Astranis: From One to Many"", "The flight was named "Start Me Up"": a
        title in quotes that a verb of naming gives to a noun of a kind of thing before it in
        its sentence names that thing (the title whole, whatever names it holds: "Kinéis
        Killed the RadIOT Star"), and the noun refers to it; so does a title in quotes right
        before such a noun ('Rocket Lab's "Virginia is for Launch Lovers" mission'). Not a
        quotation ("called it "a great day""), whose first word is lowercase."""
        toks = found.toks
        n, lower, words = len(toks), toks.lower, toks.words
        for q in where(w in QUOTE_MARKS for w in words):
            if q + 1 >= n or not toks.title[q + 1]:
                continue
            close = next((k for k in range(q + 1, min(q + MAX_TITLE + 2, n)) if words[k] in QUOTE_MARKS
                          or toks.starts[k]), None)
            if close is None or words[close] not in QUOTE_MARKS or close == q + 1:
                continue
            end = close - 1 if words[close - 1] in (",", ".") else close  # 'called "Baby Come Back,"'
            if close + 1 < n and toks.is_lower[close + 1] and lower[close + 1] in self.quoted_kinds \
                    and not (q and lower[q - 1] in self.speech):  # not: said "We did it" mission control
                kind: int | None = close + 1  # 'Rocket Lab's "Virginia is for Launch Lovers" mission'
            elif q and lower[q - 1] in NAMING_VERBS:
                kind = next((j for j in range(q - 2, max(q - KIND_REACH, -1), -1)
                             if toks.is_lower[j] and lower[j] in self.quoted_kinds), None)
                if kind is not None and any(toks.starts[kind + 1:q + 1]):
                    kind = None
            else:
                kind = None
            if kind is None or not found.free(q + 1, end) or toks.span(q + 1, end) in self.known_names:
                continue  # a known one is found as known ("Good Luck, Have Fun", Relativity's GLHF)
            tid = found.add(self.quoted_kinds[lower[kind]], self.slugs[toks.span(q + 1, end)], toks.span(q + 1, end))
            found.mark(q + 1, end, tid)
            if found.free(kind, kind + 1):
                found.mark(kind, kind + 1, tid, ref=True)

    def _called(self, toks: Tokens, start: int) -> str | None:
        """"a flight called Nova", "the freighter, designated HTV-X1,", "The mission, dubbed
        NG-1,": a name given after a noun of its kind and a verb of naming."""
        k = start - 1
        if k > 1 and toks.lower[k] in ("it", "them") and toks.lower[k - 1] in NAMING_VERBS:
            # "builds its second lander and christens it Athena": the kind named before the verb
            for j in range(k - 2, max(k - 12, -1), -1):  # in the same sentence
                if toks.words[j] in (".", "!", "?"):
                    return None
                if toks.lower[j] in self.kind_nouns and toks.is_lower[j]:
                    return self.kind_nouns[toks.lower[j]]
            return None
        if k > 0 and toks.span(k - 1, k + 1).lower() == "known as":
            k -= 1
        elif k < 1 or toks.lower[k] not in NAMING:
            return None
        for j in range(k - 1, max(k - 4, -1), -1):  # back over a comma: "the freighter, designated"
            if toks.lower[j] in self.kind_nouns and toks.is_lower[j]:
                return self.kind_nouns[toks.lower[j]]
            if toks.words[j] != ",":
                return None
        return None

    def _apposition(self, toks: Tokens, end: int) -> str | None:
        """"EarthCARE, a satellite ...", "RAMSES, ESA's proposed mission", "Tenacity, Sierra
        Space's first spaceplane": a name, a comma and a description of its kind; or a
        copula and the description as its predicate ("Janus-1 is a small satellite")."""
        n, words = len(toks), toks.words
        if end + 2 >= n or not (words[end] == "," or toks.lower[end] in COPULA_FORMS):
            return None
        owner = next((j for j in range(end + 2, min(end + 6, n - 1)) if _possessive(toks, j)), None)
        if toks.lower[end + 1] in ("a", "an", "the"):
            first = end + 2
        elif owner and all(words[k][:1].isupper() for k in range(end + 1, owner)):
            first = owner + 1  # "ESA's", "Sierra Space's": an owner's name of a word or more
        else:
            return None
        for k in range(first, min(end + 7, n)):
            if words[k] in ",.;" or toks.lower[k] in POST_MODIFIERS:
                return None  # the description's head comes before its modifiers: "a captain with the airline"
            hyphenated = k + 2 < n and words[k + 1] == "-" and not toks.space[k] and not toks.space[k + 1]
            if hyphenated and not (cls := self.tails.get(toks.span(k, k + 3).lower())):
                continue  # "a rocket-propulsion engineer": a modifier, not the head
            if hyphenated:
                k += 2  # "a young Kenyan start-up": one noun
            else:
                cls = self.tails.get(toks.lower[k])
            if cls and toks.is_lower[k] and not (k + 1 < n and (
                    words[k + 1] in ("'s", "’s") or (toks.is_lower[k + 1] and toks.alpha[k + 1] and not toks.stop[k + 1]
                                                     and toks.lower[k + 1] not in self.participles
                                                     and not _participle_phrase(toks, k + 1)))):
                return cls  # "the mission's commander", "the mission manager": a person, not a mission;
                # but "a probe built by Argotec", "a lander belonging to ispace" is a probe, a lander
        return None

    def _appositive_people(self, found: Found) -> None:
        """"Peggy Whitson, the former NASA astronaut", "Tibor Kapu of Hungary",
        "NASA astronaut Sunita Williams", "Taranjit Singh Sandhu, India's ambassador"."""
        toks = found.toks
        n, words, lower = len(toks), toks.words, toks.lower
        nouns = found.astronaut_nouns = found.matches.spans("astronaut noun")
        roles = found.matches.spans("crew role")
        for s, e in nouns + roles:  # "astronaut Sunita Williams", "crewmates Song Lingdong and Wang Haoze"
            self._name_list(found, e + 1 if e < n and words[e] == "," else e, "Astronaut")  # "his crewmates, A and B"
        # "the crew, led by Chen Dong", "the crew, which includes Li Cong"
        for i in positions(lower, LIST_CUES):
            if i + 2 < n and lower[i] in ("led", "commanded", "headed", "piloted", "founded") and lower[i + 1] == "by":
                self._name_list(found, i + 2, "Person")
            elif lower[i] in ("includes", "including", "include") and any(
                    w in ("crew", "crews", "crewmates") for w in lower[max(0, i - 6):i]):
                self._name_list(found, i + 1, "Astronaut")
        for i in positions(lower, CREW_GROUPS):  # "the crew of Shenzhou-16, Jing Haipeng, Zhu Yangzhu and Gui Haichao"
            group = crew_group(found, i)
            if group is not None:
                found.crew_groups.append((i, group))
                self._name_list(found, group.end + 1, "Astronaut")
        person_end = self.names.person_end
        title_ends = {e for _, e in found.titles}
        for start, end in self._chunks(found):
            while start < end - 2 and words[start] in self.demonyms:
                start += 1  # a nationality: "the Russian Gennady Padalka", "the Briton Colin Bennett"
            honoured = start
            start = next((te for ts, te in found.titles if start < te < end), start)  # "EU Commissioner for
            # Defence and Space Andrius Kubilius": a title's field runs into the name, which the title marks
            while start < end and (lower[start] in self.honorifics
                                   or toks.span(start, start + 2).lower() in self.honorifics):
                start += 1 if lower[start] in self.honorifics else 2
            while end > start and words[end - 1] in self.post_nominals:
                end -= 1  # "the Hon Ed Husic MP"
            if not 2 <= end - start - sum(w.lower() in NAME_PARTICLES or w in HYPHENS or w in QUOTE_MARKS
                                                     or w in GENERATIONS for w in words[start:end]) <= 4 \
                    or not found.free(start, end) or person_end(toks, start) != end \
                    or any(c.isdigit() for w in words[start:end] for c in w):  # "NanoSail-D2 flew": no one's name
                continue
            if start == honoured and start > 0 and lower[start - 1] in LOCATIVES or hometown(toks, start):
                continue  # "signs in Buenos Aires, watched by the ambassador", "Lawler, 38, of Little Elm": a place
            if start > honoured or (start > 0 and lower[start - 1] in self.inverted) or (
                    start > 1 and words[start - 1] == "," and start - 1 in title_ends):
                self._person(found, start, end)  # "His Excellency Salem AlMarri"; "in the pilot's seat sits
                # Anna Kowal"; "ESA's Director of Science, Carole Mundell,"
            elif end + 2 < n and words[end] == "," and age(words[end + 1]) and words[end + 2] in (",", ")"):
                self._person(found, start, end)  # a news report's age: "Cai Xuzhe, 48, who lived"
            elif end < n and words[end] == ",":
                first, last = end + 1, min(end + 9, n)  # the words after the comma
                if any(e <= last and s >= first for s, e in nouns + roles):  # "- Nichole Ayers, pilot."
                    self._person(found, start, end, "Astronaut")
                elif self._titled(toks, first, last):
                    self._person(found, start, end)
                elif last > first and lower[first] == "who":  # "Jared Isaacman, who heads NASA"
                    self._person(found, start, end)
            elif end + 1 < n and lower[end] in ("of", "from") and self._country_at(found, end + 1) \
                    and not any(self._thing_word(w) for w in words[start:end]):
                self._person(found, start, end)  # "Tibor Kapu of Hungary"; not "Hellenic Aerospace Industry of
                # Greece", whose words say what it is
            elif self._person_verb_after(toks, end):
                self._person(found, start, end)
            elif toks.span(end, end + 1) == "and" and self._person_verb_after(toks, person_end(toks, end + 1)) \
                    and person_end(toks, end + 1) - end > 2:  # "Sunita Williams and Butch Wilmore returned"
                self._person(found, start, end)
                self._person(found, end + 1, person_end(toks, end + 1))
            elif start > 1 and words[start - 1] in ("'s", "’s") and any(
                    m.end == start - 1 and found.cls(m.tid) in ORG_CLASSES for m in found.mentions) \
                    and not self._longer_name(toks, start, end) and not (end < n and lower[end] in self.work_nouns):
                self._person(found, start, end)  # "NASA's Bill Nelson"; not "the Pentagon's Defense Innovation Unit",
                # nor "NASA's Fission Surface Power project"
            if found.free(start, end) and (self._named_as_person(toks, start, end)
                                           or self._surname_speaks(found, start, end)):
                self._person(found, start, end)  # "Makoto Arita faced the cameras", "Song Lingdong"; "Tory
                # Bruno ... Bruno has joined Blue Origin"

    def _surname_speaks(self, found: Found, start: int, end: int) -> bool:
        """A name of two words whose last is used alone elsewhere in the article as people
        are: the subject of a verb of saying or of what people do ("said Doi", "Noone
        stepped back", "Bruno has joined Blue Origin")."""
        toks, cap = found.toks, found.cap
        surname = toks.words[end - 1]
        if end - start != 2 or toks.lower[start] in NAME_PARTICLES or any(
                surname in name.split() for thing in found.things.values() for name in thing.names()):
            return False  # "Instead Relativity ... said Relativity": the company of "Relativity Space"
        lower, n = toks.lower, len(toks)
        for k in positions(toks.words, {surname}):
            if start <= k < end or (k > 0 and cap[k - 1]) or (k + 1 < n and cap[k + 1]) or not found.free(k, k + 1):
                continue  # alone: not "Tory Bruno" again, nor "Bruno Lopes"
            verb = k + 2 if k + 1 < n and lower[k + 1] in PERFECT else k + 1
            if (k > 0 and lower[k - 1] in self.speech) or self._person_verb_after(toks, verb):
                return True
        return False

    def _named_as_person(self, toks: Tokens, start: int, end: int) -> bool:
        """A name that opens with a given name, or is a family name written first and one
        more word (data/person_names.json), and has no word of an organisation's or a
        craft's name ("Center", "Agency", "Station")."""
        words = [w for w in toks.words[start:end] if w not in NAME_PARTICLES]
        if any(self._thing_word(w) for w in words):
            return False
        return words[0] in self.given or (words[0] in self.family_first and len(words) == 2)

    def _longer_name(self, toks: Tokens, start: int, end: int) -> bool:
        """The words are, or open, the name of an organisation or place: a word of one
        ("Unit", "Center") in them or in the capitalised words joined on by "and" after
        them ("Utah Test and Training Range")."""
        k = end
        if k + 1 < len(toks) and toks.lower[k] == "and" and toks.words[k + 1][:1].isupper():
            k += 1
            while k < len(toks) and toks.words[k][:1].isupper():
                k += 1
        return any(self._thing_word(w) or w in self.place_heads for w in toks.words[start:k])

    def _thing_word(self, word: str) -> bool:
        """A word of an organisation's or a craft's name ("Agency", "Center", "mission")."""
        return word.lower() in self.tails or word in self.head_words

    def _initialled_people(self, found: Found) -> None:
        """"V. Narayanan took charge", "K. Sivan spoke": initials and a capitalised word
        that names nothing else are a person's name, as English writes no other name so."""
        toks = found.toks
        words = toks.words
        for i in where(map(_initial, words)):
            if (i > 0 and _initial(words[i - 1])) or not found.free(i, i + 1):
                continue
            k = i
            while k < len(toks) and _initial(words[k]):
                k += 1
            stop = self.names.person_end(toks, i)
            if stop > k and not toks.stop[k] and found.free(i, stop):
                self._person(found, i, stop)

    def _person_verb_after(self, toks: Tokens, end: int) -> bool:
        """"... said", "... returned to Earth": what people, not organisations, do."""
        text = toks.span(end, end + 2).lower()
        return any(text == v or text.startswith(v + " ") for v in self.kb.lexicon["person_verbs"])

    def _name_list(self, found: Found, i: int, cls: str) -> None:
        """Names from token i on, joined by commas and "and"."""
        toks = found.toks
        n = len(toks)
        while i < n:
            stop = self.names.person_end(toks, i)
            if stop - i < 2 or not found.free(i, stop):
                return
            self._person(found, i, stop, cls)
            if stop + 1 < n and toks.words[stop] == "," and toks.lower[stop + 1] == "and":
                i = stop + 2
            elif stop < n and (toks.words[stop] == "," or toks.lower[stop] == "and"):
                i = stop + 1
            else:
                return

    def _titled(self, toks: Tokens, start: int, end: int) -> bool:
        """A title among the words after a name's comma, in the phrase they open: an apposition
        ("Anna Kowal, the agency's director"), not a clause joined on ("the North and South
        Poles, and she is the founder of ...")."""
        if start < len(toks) and toks.lower[start] in CLAUSE_OPENERS:
            return False
        for k in range(start, end):
            if toks.words[k] in ",.;":
                return False
            if toks.words[k] in self.kb.titles or toks.lower[k] in self.names.titles_lower:
                return True
        return False

    @staticmethod
    def _country_at(found: Found, i: int) -> bool:
        if i < len(found.toks) and found.toks.lower[i] == "the":
            i += 1
        return any(m.start == i and found.cls(m.tid) in ORG_CLASSES | {"Country"} for m in found.mentions)

    def _acronyms(self, found: Found) -> None:
        """"Bharatiya Antariksh Station (BAS)", "the Atmospheric Waves Experiment, or AWE,",
        "TROPICS, short for Time-Resolved Observations ...": the acronym names the thing from
        then on (set off by a comma, only where its letters spell the name's, so that "NASA,
        or ESA," stays two agencies)."""
        toks = found.toks
        words = toks.words
        aliases: dict[str, str] = {}
        for m in list(found.mentions):
            e = m.end
            at = e + 1 if _bracketed_acronym(toks, e) else self._set_off_acronym(found, m)
            if at is not None:
                acronym = words[at]
                aliases[acronym] = m.tid
                found.things[m.tid].alt_labels.add(acronym)
                if found.free(at, at + 1):
                    found.mark(at, at + 1, m.tid)
        for i in positions(words, set(aliases)) if aliases else ():
            if not found.taken[i]:
                found.mark(i, i + 1, aliases[words[i]])

    def _set_off_acronym(self, found: Found, m: Mention) -> int | None:
        """Where the acronym of mention m is, set off after it (", or AWE,") or before it with a
        cue ("TROPICS, short for ..."): a free word in capitals whose letters spell the name."""
        toks, words = found.toks, found.toks.words
        n = len(toks)
        at = None
        if m.end + 2 < n and words[m.end] == "," and toks.lower[m.end + 1] == "or" \
                and (m.end + 3 == n or words[m.end + 3] in (",", ".", ";", ":", ")")):
            at = m.end + 2
        for cue in self.acronym_cues:
            k = m.start - len(cue) - 2
            if at is None and k >= 0 and words[k + 1] == "," and tuple(toks.lower[k + 2:m.start]) == cue:
                at = k
        if at is None or not (toks.upper[at] and len(words[at]) > 1 and found.free(at, at + 1)) \
                or not _spells(words[at], toks.span(m.start, m.end)):
            return None
        return at

    def short_names(self, found: Found) -> None:
        """"Aschbacher" after "Josef Aschbacher", "Uznanski-Wisniewski" after the full name,
        "Voyager" after the company "Voyager Space", "Clipper" after "Europa Clipper"."""
        last: dict[str, str] = {}
        for tid, thing in found.things.items():
            if thing.cls in PERSON_CLASSES and not thing.local and len(thing.label.split()) >= 2:
                last.setdefault(family_name(thing.label), tid)
                if self._family_first(thing.label):
                    last.setdefault(thing.label.split()[0], tid)
        named = {found.toks.span(m.start, m.end) for m in found.mentions}
        for tid, thing in found.things.items():  # "Voyager" after "Voyager Space", "Axiom" after "Axiom Space"
            if thing.cls == "Company":
                for name in sorted(thing.names() & named):
                    head, _, rest = name.partition(" ")
                    if rest and head.isalpha() and head[0].isupper() and head not in NO_NAME_STARTS:
                        last.setdefault(head, tid)
        for tid, thing in found.things.items():  # "Clipper" after "Europa Clipper", "Gateway" after "Lunar Gateway"
            if thing.cls in CRAFT_CLASSES:
                for name in sorted(thing.names() & named):
                    first_word, _, last_word = name.partition(" ")
                    if first_word and last_word.isalpha() and last_word[0].isupper() \
                            and last_word.lower() not in self.tails and last_word not in self.heads:
                        last.setdefault(last_word, tid)
        if not last:
            return
        firsts = {name.split("-")[0] for name in last}  # a hyphenated surname is three tokens
        toks = found.toks
        n, words, space = len(toks), toks.words, toks.space
        for i in positions(words, firsts | last.keys()):
            word = words[i]
            end, name = i + 1, word
            if i + 2 < n and words[i + 1] == "-" and not space[i] and not space[i + 1]:
                hyphenated = toks.span(i, i + 3)
                if hyphenated in last:
                    end, name = i + 3, hyphenated
            if name in last and found.free(i, end):
                found.mark(i, end, last[name])
                found.things[last[name]].alt_labels.add(name)

    def _family_first(self, name: str) -> bool:
        """A name written family name first, as Chinese and Korean names are: "Zhang Hongzhang",
        "Yoon Young-bin" (a given name of two syllables joined by a hyphen), whom the article
        calls "Zhang" and "Yoon" after."""
        words = name.split()
        if len(words) != 2 or words[0] in self.given:
            return False
        syllables = words[1].split("-")
        return words[0] in self.family_first or len(syllables) == 2 and second_syllable(syllables[1])

    def nationals(self, found: Found) -> None:
        """"The Canadian, 47, is a colonel": a nationality used as a noun after "the" is the
        last person named before it in a sentence that names the nationality or its country
        ("Jeremy Hansen of the Canadian Space Agency")."""
        toks = found.toks
        words, lower = toks.words, toks.lower
        people = sorted((m for m in found.mentions if found.cls(m.tid) in PERSON_CLASSES and not m.ref),
                        key=attrgetter("start"))
        for i in positions(lower[:-2], {"the"}) if people else ():
            word, k = words[i + 1], i + 2  # k: the word after the nationality, a noun it does not modify
            if word not in self.demonyms or not found.free(i + 1, k) or not (
                    words[k] in (",", "'s", "’s") or toks.is_lower[k] and (toks.stop[k] or lower[k].endswith("ed")
                                                                          or lower[k] in self.after_reference)):
                continue
            country = self.demonyms[word]
            saying = (word, country.label, *country.aliases)
            before = [m.tid for m in people if m.end <= i and any(
                name in toks.sentence(m.start).text for name in saying)]
            if before:
                found.mark(i + 1, k, before[-1], ref=True)

    def _national_agencies(self, found: Found) -> None:
        """"the Russian space agency", "the U.S. agency": a country's agency described by its
        country is the country's national space agency (lexicon `national_space_agencies`)."""
        toks = found.toks
        for i in positions(toks.lower[:-2], {"the"}):
            country = self.kb.demonyms.get(toks.words[i + 1]) or self.kb.countries.get(toks.words[i + 1])
            agency = self.national.get(country.id) if country else None
            end = next((i + 2 + size for size in (3, 2, 1) if i + 2 + size <= len(toks)
                        and toks.span(i + 2, i + 2 + size).lower() in self.agency_nouns), None)
            if agency is None or end is None or not found.free(i + 2, end) or \
                    (end < len(toks) and toks.words[end][:1].isupper()):
                continue  # "the Russian space agency Roscosmos": the name says which
            if not found.free(i + 1, i + 2):  # "the US space agency": not the country itself
                found.mentions = [m for m in found.mentions if m.start != i + 1]
            entry = self.kb.by_id[agency]
            found.mark(i + 1, end, found.add(entry.cls, entry.id, entry.label, same_as=entry.same_as), ref=True)

    def _agency(self, found: Found, tid: str) -> bool:
        """A space agency, or an organisation whose name says it is an agency of government
        (lexicon `agency_words`: "National Oceanic and Atmospheric Administration", "National
        Reconnaissance Office")."""
        return found.cls(tid) == "SpaceAgency" or not self.agency_words.isdisjoint(
            found.things[tid].label.lower().split())

    def _references(self, found: Found, first: int) -> None:
        """"the agency", "the mission", "its capsule", "Boeing's capsule": the last thing of
        that kind named before; for "the", the one the first line (the headline) names, if
        it names one (the most named of them, if it names several): the article's subject
        ("the station" of a piece on Orbital Reef). `first`: where the first line ends."""
        toks = found.toks
        n, lower = len(toks), toks.lower
        named = sorted((m for m in found.mentions if not m.ref), key=attrgetter("start"))
        headline = {m.tid for m in named if m.start < first}  # what the article is about
        starts = {m.start for m in named}
        times = Counter(m.tid for m in named)
        for i in positions(lower[:-1], {"the", "its", "their", "'s", "’s"}):  # "Boeing's capsule" too
            mod = self._modifiers(toks, i + 1, 3 if lower[i] == "the" else 1)
            if mod and lower[i] != "the" and lower[i + 1 + mod] not in REFS:
                mod = None  # one word of an owner's: "Boeing's crewed capsule"; not "China's human spaceflight
                # agency", "the UK's national space agency", the owner's own
            if found.taken[i] or mod is None or (lower[i] == "the" and i and lower[i - 1] in PREDICATE_AFTER):
                continue  # "It has been the prime contractor for ExoMars": a predicate, which says what its subject is
            for size in (3, 2, 1):
                noun = toks.span(i + 1 + mod, i + 1 + mod + size).lower()
                classes = REFS.get(noun)
                if not classes or i + 1 + mod + size > n or (noun in OWN_KIND and lower[i] != "the") \
                        or (noun in MODIFIED_ONLY and not mod):
                    continue  # "Blue Origin's lunar lander" is its own, not the last lander named; "the group"
                # "the mission specialists" is not "the mission"
                k = i + 1 + mod + size
                if k < n and toks.is_lower[k] and toks.alpha[k] and not toks.stop[k] \
                        and lower[k] not in self.after_reference and not lower[k].endswith("ed") \
                        and not (classes <= ORG_CLASSES and lower[k] in self.verb_forms):
                    break  # a content word: "the mission specialists"; but "the company announced", "the station as",
                    # "the firm won" (an organisation's noun is no modifier of a verb's form)
                named_after = k + 1 < n and toks.words[k] == "," and toks.words[k + 1][:1].isupper()
                if k < n and (found.taken[k] or named_after or lower[k] in RESTRICTING):
                    break  # "France's space agency CNES", "China's lunar programme, Chang'e": the name says which
                if lower[i] == "the" and i > 1 and toks.words[i - 1] == "," and found.taken[i - 2] \
                        and not (k < n and toks.words[k] in ("'s", "’s")):
                    break  # "Chang'e-6, the latest mission": an apposition says what the name before is
                before = [m.tid for m in named if m.start < i and found.cls(m.tid) in classes
                          and m.end not in starts]  # not "SpaceX" of "a SpaceX Falcon 9": a modifier
                if noun == "agency":  # an agency, of the organisations named: not "Goddard", "the University of Tokyo"
                    before = [tid for tid in before if self._agency(found, tid)] or before
                if classes == REFS["station"]:
                    before = self._flown_to(found, named, i, before) or before
                if before and found.free(i + 1, k):
                    # the most named, the last on a tie; of missions, the article's even when its headline names none;
                    # of companies, the last its paragraph names before it, if it names one ("Virgin Galactic
                    # flew ... the company's chief astronaut instructor" in a round-up headed by Amazon's news)
                    if classes == REFS["company"]:
                        line = toks.paragraph(i)
                        local = [m.tid for m in named if m.start < i and toks.paragraph(m.start) == line
                                 and m.tid in before]
                        if local:
                            found.mark(i + 1, k, local[-1], ref=True)
                            break
                    topic = [tid for tid in before if tid in headline] or (before if classes <= MISSION_CLASSES else [])
                    found.mark(i + 1, k, max(reversed(topic), key=times.__getitem__) if topic and lower[i] == "the"
                               else before[-1], ref=True)
                break

    @staticmethod
    def _modifiers(toks: Tokens, j: int, most: int) -> int | None:
        """How many words before a reference noun at or after token j modify it, up to `most`
        modifiers: a lowercase word ("the crewed capsule", "the defence giant") or a hyphened
        compound ("the five-day flight", "the Munich-based start-up", "the Long Beach-based
        firm"); the most that a reference noun ends (None if none does). Not "the Franco-Italian
        company": a description that says which (eval/own: the company of the clause before)."""
        n, lower, words, ends = len(toks), toks.lower, toks.words, [j]
        while len(ends) <= most and ends[-1] < n:
            k = ends[-1]
            while k < n and toks.title[k] and k + 1 < n and toks.space[k] and toks.title[k + 1]:
                k += 1  # "Long Beach-based": a place's name before the hyphen
            if k + 2 < n and words[k + 1] == "-" and not toks.space[k] and not toks.space[k + 1] \
                    and toks.alpha[k + 2] and toks.is_lower[k + 2]:
                ends.append(k + 3)
            elif toks.is_lower[k] and toks.alpha[k] and not toks.stop[k] and k == ends[-1]:
                ends.append(k + 1)
            else:
                break
        nouns = [e for e in ends if e < n and lower[e] in REF_FIRST]
        return nouns[-1] - j if nouns else None

    def _flown_to(self, found: Found, named: list[Mention], i: int, stations: list[str]) -> list[str]:
        """Of the stations named before "the station" at token i, the one a flight its sentence
        names flies to, by the flight's series ("Soyuz MS-28 docked with the station", in a
        round-up that named Tiangong last and the ISS before)."""
        sent = found.toks.sentence(i)
        flown = {thing_id(self.kb.by_id[series.destination].cls, series.destination) for m in named
                 if sent.start <= m.start < sent.end and (series := found.series.get(m.tid)) is not None
                 and series.destination}
        return [tid for tid in stations if tid in flown]


def hometown(toks: Tokens, k: int) -> bool:
    """The name at token `k` is where the person before it lives, after their age: "Rebecca
    Lawler, 38, of Little Elm, Texas"; "Katherine Spies, 43, from San Diego"."""
    return k > 2 and toks.lower[k - 1] in ("of", "from") and toks.words[k - 2] == "," and age(toks.words[k - 3])


def family_name(name: str) -> str:
    """A person's name's last word before a generational suffix: "Mattingly" of
    "Ken Mattingly II", as the article will call him."""
    words = name.split()
    while len(words) > 1 and words[-1].rstrip(",") in GENERATIONS:
        words.pop()
    return words[-1]


def heads_whole(titles: dict[str, tuple[str, bool]], toks: Tokens, start: int, end: int, stop: int) -> bool:
    """The title at tokens start..end (`titles`: the knowledge's, by surface form) makes its
    holder head of the organisation, unless a field in lower case after it (before token
    `stop`) makes them head of a part of it: "Roscosmos's executive director for crewed space
    programmes", "ESA's director of human spaceflight"; not "the chief executive of the
    company", nor "Director General of ESA"."""
    part = end + 1 < stop and toks.lower[end] in ("for", "of") and toks.is_lower[end + 1] \
        and toks.alpha[end + 1] and toks.lower[end + 1] not in DESCRIPTION_OPENERS
    return titles.get(toks.span(start, end), ("", False))[1] and not part


def age(word: str) -> bool:
    """A news report's age: "Barry Wilmore, 61, commands"."""
    return word.isdigit() and 16 <= int(word) <= 99


def _description_opener(toks: Tokens, k: int) -> int | None:
    """Back from token k over a description's modifiers in lower case ("larger test", "first
    crewed", "newest") to the determiner or possessive that opens it; None where none does."""
    while k >= 0 and toks.is_lower[k] and toks.lower[k] not in DESCRIPTION_OPENERS \
            and toks.lower[k] not in POST_MODIFIERS and not _possessive(toks, k):
        k -= 1
    return k if k >= 0 and (toks.lower[k] in DESCRIPTION_OPENERS or _possessive(toks, k)) else None


def _possessive(toks: Tokens, k: int) -> bool:
    """The token marks a possessive: "ESA's", or the bare apostrophe after a plural ("Intuitive Machines'")."""
    word = toks.words[k]
    return word in POSSESSIVE_MARKS and (word.endswith("s") or k > 0 and not toks.space[k - 1]
                                         and toks.words[k - 1].endswith("s"))


def _participle_phrase(toks: Tokens, k: int) -> bool:
    """A participle that opens a phrase after a noun ("a lander belonging to ispace", "a probe
    carrying ten instruments", "a company based in Gothenburg"), not a noun of a compound ("a
    mission planning team")."""
    return toks.lower[k].endswith(("ing", "ed")) and k + 1 < len(toks) and (toks.stop[k + 1] or toks.digit[k + 1])


def named_agreement(agreements: list[Mention], lower: Sequence[str], a: int, b: int) -> str:
    """"the accords" (tokens a..b) after "the Artemis Accords", "the treaty" after "the Outer
    Space Treaty": the agreement named last before whose name ends so, else, as in a
    headline, the one agreement of the article so named after it; `agreements`: the
    mentions of the agreements the article names."""
    words = tuple(lower[a:b])
    ending = [m for m in agreements if m.end - m.start > b - a and tuple(lower[m.end - (b - a):m.end]) == words]
    before = [m.tid for m in ending if m.start < a]
    return before[-1] if before else ending[0].tid if len({m.tid for m in ending}) == 1 else ""


def _defined_acronyms(toks: Tokens, matches: list[tuple[str, int, int]], entries: Mapping[str, Entry]
                      ) -> dict[str, str]:
    """The acronyms the article defines in brackets right after a name, by the key of that
    name's entry ("the Kenya Space Agency (KSA)"), or by "" where the name is another than
    any of the names of the entry that has the acronym (`_another_name`: "the China
    Earthquake Administration (CEA)" is not the French CEA, nor "the Austrian Space Agency
    (ASA)" the Australian): the article's own definition wins over the gazetteer's letters."""
    ending: dict[int, str] = {}
    for key, _, end in matches:  # longest first: the whole name's entry
        ending.setdefault(end, key)
    defined: dict[str, str] = {}
    for i in positions(toks.words, {"("}):
        if not _bracketed_acronym(toks, i):
            continue
        if i in ending:
            defined[toks.words[i + 1]] = ending[i]
        elif (spelled := _spelled_before(toks, i)) and (known := ending.get(i + 2)) and all(
                _another_name(spelled, name) for name in (entries[known].label, *entries[known].aliases)):
            defined[toks.words[i + 1]] = ""
    return defined


def _another_name(name: str, known: str) -> bool:
    """Two names of different things: their last words differ ("Earthquake Administration",
    "Energy Commission"), or, as long as each other, a word of one is no form of the other's
    ("Austrian" and "Australian"; not "Korea" and "Korean"). A name of another length with the
    same last word may be the same thing's ("United States Space Force", "U.S. Space Force")."""
    a, b = name.lower().split(), known.lower().split()
    if a[-1] != b[-1]:
        return True
    return len(a) == len(b) and any(not (x.startswith(y) or y.startswith(x)) for x, y in zip(a, b))


def _spelled_before(toks: Tokens, i: int) -> str:
    """The capitalised words right before the bracket at token i that spell the acronym in
    it ("China Earthquake Administration (CEA)"), or ""."""
    acronym, k = toks.words[i + 1], i
    while k > 0 and i - k < len(acronym) + 3 and (toks.title[k - 1] or toks.lower[k - 1] in ACRONYM_JOINERS):
        k -= 1
        if toks.title[k] and _spells(acronym, toks.span(k, i)):
            return toks.span(k, i)
    return ""


def _spells(acronym: str, name: str) -> bool:
    """The acronym's letters are the name's, in order, the first a word's first ("AWE" of
    "Atmospheric Waves Experiment", "HEX" of "Hypersonic Flight Experiment"); the way
    abbreviations are told from their long forms (Schwartz and Hearst, 2003)."""
    letters = [c for c in acronym.lower() if c.isalpha()]
    words = [w for w in name.split() if w.lower() != "the"]
    if not letters or not words or words[0][0].lower() != letters[0]:
        return False
    rest = iter(name.lower()[name.lower().index(words[0][0].lower()) + 1:])
    return all(c in rest for c in letters[1:])


def _bracketed_acronym(toks: Tokens, i: int) -> bool:
    """Token i opens a bracket around one word in capitals: "(KSA)"."""
    return i + 2 < len(toks) and toks.words[i] == "(" and toks.words[i + 2] == ")" and toks.upper[i + 1]


def longest(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Keep the longest of overlapping spans ("Deputy Administrator" over "Administrator")."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans, key=lambda x: (-(x[1] - x[0]), x[0])):
        if all(e <= s2 or s >= e2 for s2, e2 in out):
            out.append((s, e))
    return sorted(out)


def _with_modifiers(found: Found, titles: list[tuple[int, int]], offices: frozenset[str], tenure: frozenset[str],
                    no_names: set[str]) -> list[tuple[int, int]]:
    """A title in lower case with the lower-case words before it that say what office it is,
    where its last word takes such words (lexicon `office_titles`): "defence minister",
    "spacecraft operations manager", "scientific director", "executive and technical
    director"; not "billionaire founder", nor "said President"; not words of the holder's
    tenure ("former", "new", "outgoing"; lexicon `tenure_words`), adverbs or participles
    ("recently appointed"), nor another title ("founder and chief executive" are two)."""
    toks, ends = found.toks, {e for _, e in titles}

    def modifier(j: int, cased: bool) -> bool:
        w = toks.lower[j]
        return (toks.title[j] and toks.words[j] not in no_names if cased else toks.is_lower[j]) and toks.alpha[j] and \
            not toks.stop[j] and not found.taken[j] and w not in tenure and not w.endswith(("ly", "ed")) and \
            j + 1 not in ends

    out = []
    for s, e in titles:
        if toks.title[s] and toks.lower[e - 1] in offices and s > 0 and modifier(s - 1, True):
            k = s - 3 if s > 2 and toks.lower[s - 2] == "and" and modifier(s - 3, True) else s - 1
            if not (k > 0 and toks.title[k - 1] and toks.alpha[k - 1] and not found.taken[k - 1]
                    and toks.words[k - 1] not in no_names and toks.lower[k - 1] not in tenure):
                out.append((k, e))  # "(Japanese) Defense Minister Gen Nakatani", "Science and Innovation
                # Minister Diana Morant"; not a name's last word
                continue
        k = s
        while toks.is_lower[s] and toks.lower[e - 1] in offices and k > 0 and s - k < MODIFIERS_REACH:
            if modifier(k - 1, False):
                k -= 1
            elif k < s and k > 1 and toks.lower[k - 1] == "and" and modifier(k - 2, False):
                k -= 2  # "executive and technical director"
            else:
                break
        out.append((k, e))
    return out


def _with_fields(found: Found, titles: list[tuple[int, int]], occupations: frozenset[str],
                 portfolios: frozenset[str], org_titles: frozenset[str], given: frozenset[str]
                 ) -> list[tuple[int, int]]:
    """A title with the field it is of, naming nothing the article names: the title is all
    of it ("director of human spaceflight", "head of Earth observation", "Minister of
    Education, Culture, Sports, Science and Technology"), and a minister's portfolio after
    "for" ("Minister for Foreign Affairs"; not "associate administrator for space
    operations", whose field is a directorate of the agency). So is a title that modifies the
    noun of an occupation after it, up to three lower-case words on ("chief exploration
    scientist", "lead astronaut instructor", "chief business development officer"): not the
    chief. A founder's or chief
    executive's of-phrase is an organisation's name, never a field ("founder of Orbital
    Gateway Consulting", "chief executive of Millennium"; `org_titles`)."""
    toks, out, n = found.toks, [], len(found.toks)
    opening = {s for s, _ in titles}
    ends = {m.start: m.end for m in found.mentions if found.cls(m.tid) not in ORG_CLASSES | {"Country"}}

    def word(j: int) -> bool:  # a word of a field: not a stop word ("of the company"), nor a named thing's,
        # nor another title's ("Minister of State for Youth and Chairwoman of ...")
        return j < n and toks.alpha[j] and not toks.stop[j] and not found.taken[j] and j not in opening

    def listed(j: int) -> bool:  # "of innovation, science and industry": a word, then "," or "and"
        return word(j + 1) and (toks.words[j] == "and" or j + 2 < n and toks.words[j + 2] in (",", "and"))

    def hyphen(j: int) -> bool:  # "State-Owned", "Rhine-Westphalia": a hyphen that joins two words of the field
        return j + 1 < n and toks.words[j] == "-" and not toks.space[j - 1] and not toks.space[j] and word(j + 1)

    for s, e in titles:
        for k in range(e, min(e + OCCUPATION_REACH, n)):
            if not (toks.is_lower[k] and toks.alpha[k] and not toks.stop[k]) or found.taken[k]:
                break
            if toks.lower[k] in occupations:
                e = k + 1
                break
        fields = ("of", "for") if toks.lower[e - 1] in portfolios else () if toks.lower[e - 1] in org_titles else ("of",)
        k = e + 1 if e + 1 < n and toks.lower[e] in fields and word(e + 1) else e
        named = ends.get(e + 1, 0) if k == e and e + 1 < n and toks.lower[e] in fields else 0
        if named and word(named) and toks.is_lower[named]:
            k = named  # "director of Dragon mission management": a craft or mission modifies the field's noun;
            # not "head of Roscosmos barely two weeks earlier"
        if k == e and hyphen(e) and any(toks.lower[j] in ("of", "for") for j in range(s, e)):
            k = e + 1  # "Minister of State-Owned Enterprises": the title's field goes on; not "President-elect"
        capital = k > e and toks.title[k]  # "for Public Education and Advanced Technology": the field goes on in capitals
        while k > e and k < n and (word(k) or hyphen(k) or toks.words[k] in (",", "and") and listed(k)) and not (
                capital and toks.words[k - 1] == "and" and toks.alpha[k] and toks.is_lower[k]):
            k += 1  # not into "and chair of the UAE Space Agency", another title
        while k > e + 1 and toks.words[k - 1] in (",", "and"):
            k -= 1
        if e < k < n and found.taken[k] and toks.title[k - 1]:
            k = e  # "founder of Orbital Gateway Consulting": the capitals run into a name, so are one
        last = max((j for j in range(e, k) if toks.lower[j] == "and"), default=k) + 1
        if all(j < k and toks.title[j] for j in range(last, last + 3)):
            k = last + 1  # "for Defence and Space Andrius Kubilius": a name after the last of the list
        k = next((j for j in range(e + 2, k - 1) if toks.words[j] in given and toks.title[j + 1]), k)
        # "Secretary of Defense Pete Hegseth": a given name and a capital end the field
        out.append((s, k))
    return out


def crew_group(found: Found, i: int) -> Mention | None:
    """The mission a crew noun at token i is "of", when a list of its crew follows ("the
    four members of Crew-6 - NASA astronauts ...", "the crew of Shenzhou-16, A, B and C")."""
    toks = found.toks
    if i + 3 >= len(toks) or toks.lower[i] not in CREW_GROUPS or toks.lower[i + 1] != "of":
        return None
    return next((m for m in found.mentions if m.start == i + 2 and not m.ref and found.cls(m.tid) in MISSION_CLASSES
                 and m.end < len(toks) and toks.words[m.end] in LIST_OPENERS), None)


def add_area(found: Found, known: dict[str, Entry], name: str) -> str:
    """The cooperation area of this name: the scheme's concept that has it as a name
    (`known`, by lower-case name), else a new concept."""
    entry = known.get(name.lower())
    if entry is not None:
        tid = found.add("CooperationArea", entry.id, entry.label)
        if name != entry.label:
            found.things[tid].alt_labels.add(name)
        return tid
    return found.add("CooperationArea", slug(name), name)
