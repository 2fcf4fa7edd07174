"""Find the things an article names: known names, numbered missions, people with titles,
names with a telling head or tail word ("... Space Agency", "the RAMSES mission"),
acronyms the text defines, short names and references ("the agency").

Each finder marks tokens it claims, so a name is read once, by the most certain finder.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from .knowledge import Entry, Knowledge
from .model import Thing, slug

PERSON_CLASSES = {"Person", "Astronaut"}
ORG_CLASSES = {"SpaceAgency", "Company", "Organization"}
MISSION_CLASSES = {"Mission", "CrewedMission"}
ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}
REFS = {  # "the agency" refers to the last thing of these classes
    "agency": ORG_CLASSES, "space agency": {"SpaceAgency"}, "organisation": ORG_CLASSES,
    "organization": ORG_CLASSES, "company": {"Company"}, "mission": MISSION_CLASSES,
    "satellite": {"Mission", "Spacecraft"}, "probe": {"Mission", "Spacecraft"},
    "spacecraft": {"Mission", "Spacecraft"}, "observatory": {"Mission"}, "telescope": {"Mission"},
    "station": {"SpaceStation"}, "space station": {"SpaceStation"}, "orbiting laboratory": {"SpaceStation"},
    "outpost": {"SpaceStation"}, "programme": {"Program"}, "program": {"Program"},
}


class Tokens:
    """A doc's tokens made once (`doc[i]` builds a new Token object at every call);
    slices are still Spans, and the rest is the doc's."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self._toks = list(doc)

    def __getitem__(self, i):
        return self.doc[i] if isinstance(i, slice) else self._toks[i]

    def __len__(self) -> int:
        return len(self._toks)

    def __iter__(self):
        return iter(self._toks)

    def __getattr__(self, name: str):
        return getattr(self.doc, name)


@dataclass
class Mention:
    start: int  # token index
    end: int
    tid: str
    ref: bool = False  # a reference ("the agency"), not a name


@dataclass
class Found:
    """The things of one article and where each is mentioned."""

    doc: Doc
    article_id: str
    things: dict[str, Thing] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    taken: list[bool] = field(default_factory=list)
    astronaut_nouns: list[tuple[int, int]] = field(default_factory=list)  # token spans, for the relations too

    def add(self, cls: str, key: str, label: str, *, alt: str | None = None,
            same_as: tuple[str, ...] = (), local: bool = False) -> str:
        from .graph import thing_id

        tid = thing_id(cls, f"{self.article_id}-{key}" if local else key)
        thing = self.things.get(tid)
        if thing is None:
            thing = self.things[tid] = Thing(cls=cls, label=label, key=key, same_as=set(same_as), local=local)
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
        for i in range(start, end):
            self.taken[i] = True

    def free(self, start: int, end: int) -> bool:
        return not any(self.taken[start:end])

    def cls(self, tid: str) -> str:
        return self.things[tid].cls

    @property
    def toks(self) -> "Tokens":
        if not hasattr(self, "_toks"):
            self._toks = Tokens(self.doc)
        return self._toks

    @property
    def sents(self) -> list[Span]:
        """The sentences, made once (`doc.sents` walks the document at every call)."""
        if not hasattr(self, "_sents"):
            self._sents = list(self.doc.sents)
            self._starts = [s.start for s in self._sents]
        return self._sents

    def sentence(self, i: int) -> Span:
        """The sentence of token i, in O(log n): `Token.sent` walks the whole document."""
        sents = self.sents
        return sents[bisect_right(self._starts, i) - 1]


def _merge_class(thing: Thing, cls: str) -> None:
    """A more specific class wins (Astronaut over Person); others are kept as extra."""
    specific = {("Person", "Astronaut"), ("Mission", "CrewedMission"), ("Organization", "SpaceAgency"),
                ("Organization", "Company"), ("Spacecraft", "SpaceStation")}
    if (thing.cls, cls) in specific:
        thing.cls = cls
    elif (cls, thing.cls) not in specific:
        thing.extra_classes.add(cls)


def is_name_token(tok: Token, kb: Knowledge) -> bool:
    text = tok.text
    if text in kb.lexicon["not_names"] or text.lower() in kb.titles_lower:
        return False
    if re.fullmatch(r"[A-Z]\.", text):  # an initial
        return True
    return (tok.is_title or (tok.is_upper and len(text) > 1 and tok.is_alpha)) and not tok.like_num


def name_span(doc: Doc, i: int, kb: Knowledge, limit: int = 5) -> int:
    """End of a person's name starting at token i (== i when there is none)."""
    j = i
    while j < len(doc) and j - i < limit:
        tok = doc[j]
        if is_name_token(tok, kb) and not (tok.is_upper and len(tok) > 1 and j == i and len(doc) > j + 1
                                            and not is_name_token(doc[j + 1], kb)):
            j += 1
        elif (tok.text in "-'’" and j > i and not doc[j - 1].whitespace_ and not tok.whitespace_
              and j + 1 < len(doc) and is_name_token(doc[j + 1], kb)):
            j += 2
        else:
            break
    # an initial alone, or a name ending in an initial, is not a name
    while j > i and re.fullmatch(r"[A-Z]\.", doc[j - 1].text):
        j -= 1
    return j


MONTHS_AND_DAYS = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
                   "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday",
                   "Friday", "Saturday", "Sunday"}


class MentionFinder:
    """Builds the matchers once; `find(doc, article_id)` returns the article's things."""

    def __init__(self, nlp: Language, kb: Knowledge):
        self.kb = kb
        kb.titles_lower = {t.lower() for t in kb.titles}  # type: ignore[attr-defined]
        self.known = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.entries: dict[str, Entry] = {}
        for n, entry in enumerate(kb.entries):
            key = f"e{n}"
            self.entries[key] = entry
            self.known.add(key, [nlp.make_doc(x) for x in sorted({entry.label, *entry.aliases})])
        self.areas = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.area_entries = {f"a{n}": a for n, a in enumerate(kb.areas)}
        for key, area in self.area_entries.items():
            self.areas.add(key, [nlp.make_doc(x) for x in sorted({area.label, *area.aliases})])
        self.titles = PhraseMatcher(nlp.vocab, attr="ORTH")
        for form in kb.titles:
            self.titles.add(form, [nlp.make_doc(form)])
        self.astronaut_nouns = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.astronaut_nouns.add("astronaut", [nlp.make_doc(x) for x in kb.lexicon["astronaut_nouns"]])
        self.crew_roles = PhraseMatcher(nlp.vocab, attr="ORTH")  # lower case: "pilot Victor Glover"
        self.crew_roles.add("role", [nlp.make_doc(x) for x in kb.lexicon["crew_roles"]])
        heads = sorted(kb.lexicon["name_heads"].items(), key=lambda kv: -len(kv[0].split()))
        self.heads = [(tuple(t.text for t in nlp.make_doc(h)), cls) for h, cls in heads]
        self.tails = {t: c for t, c in kb.lexicon["name_tails"].items()}
        series_alts = []
        self.series_by_name = {}
        self.series_by_name_raw: list[str] = []
        for s in kb.series:
            for name in s.names:
                self.series_by_name[name.lower()] = s
                self.series_by_name_raw.append(name)
                series_alts.append(re.escape(name))
        series_alts.sort(key=len, reverse=True)
        self.series_first = {name.split()[0].split("-")[0] for name in self.series_by_name_raw}
        self.series_re = re.compile(rf"\b({'|'.join(series_alts)})(?:[ -]|\s)(\d{{1,3}}|[IVX]{{1,4}})\b(?![-\w])")

    def find(self, doc: Doc, article_id: str) -> Found:
        found = Found(doc, article_id, taken=[False] * len(doc))
        self._known(found)
        self._series(found)
        self._titled_people(found)
        self._headed_names(found)
        self._tailed_names(found)
        self._appositive_people(found)
        self._acronyms(found)
        self._short_names(found)
        self._references(found)
        found.mentions.sort(key=lambda m: (m.start, m.end))
        return found

    # -- the finders, most certain first -------------------------------------------------

    def _known(self, found: Found) -> None:
        doc = found.toks
        matches = sorted(self.known(found.doc), key=lambda m: (-(m[2] - m[1]), m[1]))
        for key_id, start, end in matches:
            if not found.free(start, end):
                continue
            entry = self.entries[doc.vocab.strings[key_id]]
            if entry.cls == "Country" and start > 0 and doc[start - 1].is_title and found.free(start - 1, start) \
                    and not doc[start - 1].is_sent_start and doc[start - 1].text not in self.kb.lexicon["not_names"]:
                continue  # "Inner Mongolia", "New Mexico": part of a longer place name
            tid = found.add(entry.cls, entry.id, entry.label, same_as=entry.same_as)
            found.things[tid].alt_labels.update(a for a in [doc[start:end].text] if a != entry.label)
            found.mark(start, end, tid)

    def _series(self, found: Found) -> None:
        doc = found.toks
        if not any(t.text in self.series_first for t in doc):
            return  # no series name in the article: skip the long regular expression
        for m in self.series_re.finditer(doc.text):
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or not found.free(span.start, span.end):
                continue
            series = self.series_by_name[m.group(1).lower()]
            raw = m.group(2)
            if raw.isdigit():
                n = int(raw)
            elif raw in ROMAN:
                n = ROMAN[raw]
            else:
                continue
            label = series.label_format.format(n=n)
            tid = found.add(series.cls, series.id_format.format(n=n), label)
            if span.text != label:
                found.things[tid].alt_labels.add(span.text)
            found.mark(span.start, span.end, tid)

    def _titled_people(self, found: Found) -> None:
        """"Director General Josef Aschbacher", "Group Captain Angad Pratap"."""
        doc = found.toks
        for _, start, end in sorted(self.titles(found.doc), key=lambda m: (m[1], -(m[2] - m[1]))):
            if not found.free(end, end + 1):
                continue
            stop = name_span(doc, end, self.kb)
            if stop - end >= 1 and (stop - end >= 2 or doc[end].is_title):
                if stop - end == 1 and not found.free(end, stop):
                    continue
                self._person(found, end, stop)

    def _person(self, found: Found, start: int, end: int, cls: str = "Person") -> str:
        name = found.doc[start:end].text
        tid = found.add(cls, slug(name), name)
        found.mark(start, end, tid)
        return tid

    def _headed_names(self, found: Found) -> None:
        """Capitalised names whose last words say what they are: "... Space Agency"."""
        toks = found.toks
        for start, end in self._chunks(found):
            words = tuple(t.text for t in toks[start:end])
            for head, cls in self.heads:
                if len(words) > len(head) and words[-len(head):] == head:
                    self._named_thing(found, start, end, cls)
                    break

    def _chunks(self, found: Found):
        """Maximal runs of free capitalised words, joined by "of"/"for"/"and" inside."""
        doc = found.toks
        i = 0
        while i < len(doc):
            if not (found.free(i, i + 1) and self._cap(doc[i])):
                i += 1
                continue
            j = i + 1
            while j < len(doc) and found.free(j, j + 1):
                if self._cap(doc[j]) and not doc[j].is_sent_start:
                    j += 1
                elif (doc[j].text == "-" and not doc[j - 1].whitespace_ and not doc[j].whitespace_
                      and j + 1 < len(doc) and self._cap(doc[j + 1]) and found.free(j + 1, j + 2)):
                    j += 2  # "Uznanski-Wisniewski"
                elif doc[j].like_num and doc[j].is_digit and len(doc[j]) <= 3 and not doc[j].is_sent_start:
                    j += 1  # "Rashid 2"
                elif (doc[j].lower_ in ("of", "for", "&") and j + 1 < len(doc) and self._cap(doc[j + 1])
                      and found.free(j + 1, j + 2)):
                    j += 2
                else:
                    break
            yield i, j
            i = j

    def _cap(self, tok: Token) -> bool:
        return (tok.is_title or (tok.is_upper and tok.is_alpha)) and tok.text not in ("The", "A", "An", "In", "On")

    def _named_thing(self, found: Found, start: int, end: int, cls: str) -> None:
        doc = found.toks
        while start < end and (doc[start].is_stop or doc[start].text in MONTHS_AND_DAYS):
            start += 1  # "The", "In", "On Monday": not part of the name
        if end - start < 1:
            return
        name = doc[start:end].text
        tid = found.add(cls, slug(name), name)
        found.mark(start, end, tid)

    def _tailed_names(self, found: Found) -> None:
        """"the RAMSES mission", "HUNOR astronaut programme", "probe BepiColombo",
        "EarthCARE, a satellite"."""
        doc = found.toks
        for start, end in list(self._chunks(found)):
            if not found.free(start, end) or (start > 1 and doc[start - 1].text == "-"
                                               and not doc[start - 2].whitespace_):
                continue  # "F16" of "GSLV-F16" is no name of its own
            words = [t.text for t in doc[start:end]]
            if all(w in self.kb.lexicon["not_names"] or w in self.kb.demonyms for w in words):
                continue  # "a European module" names no module
            cls = self._tail_after(doc, end) or self._tail_before(doc, start) or self._apposition(doc, end)
            if cls:
                self._named_thing(found, start, end, cls)

    def _tail_after(self, doc: Doc, end: int) -> str | None:
        for skip in (0, 1):  # one modifier between: "HUNOR astronaut programme"
            k = end + skip
            if skip and (k >= len(doc) or not doc[end].is_lower or not doc[end].is_alpha or doc[end].is_stop):
                return None  # "Victor Glover and mission specialist ..." is no mission
            for size in (2, 1):
                phrase = doc[k:k + size].text.lower() if k + size <= len(doc) else ""
                if phrase in self.tails:
                    return self.tails[phrase]
        return None

    def _tail_before(self, doc: Doc, start: int) -> str | None:
        if start == 0:
            return None
        word = doc[start - 1].lower_
        if word in self.tails and doc[start - 1].is_lower and self.tails[word] != "Company":
            return self.tails[word]
        return None

    def _apposition(self, doc: Doc, end: int) -> str | None:
        """"EarthCARE, a satellite ...", "RAMSES, ESA's proposed mission": a name, a comma
        and a description of its kind."""
        if end + 2 >= len(doc) or doc[end].text != ",":
            return None
        if doc[end + 1].lower_ in ("a", "an", "the"):
            first = end + 2
        elif end + 3 < len(doc) and doc[end + 2].text in ("'s", "’s"):
            first = end + 3
        else:
            return None
        for k in range(first, min(end + 7, len(doc))):
            if doc[k].text in ",.;":
                return None
            cls = self.tails.get(doc[k].lower_)
            if cls and doc[k].is_lower and not (k + 1 < len(doc) and doc[k + 1].text in ("'s", "’s")):
                return cls  # "the mission's commander" describes a person, not a mission
        return None

    def _appositive_people(self, found: Found) -> None:
        """"Peggy Whitson, the former NASA astronaut", "Tibor Kapu of Hungary",
        "NASA astronaut Sunita Williams", "Taranjit Singh Sandhu, India's ambassador"."""
        doc = found.toks
        nouns = found.astronaut_nouns = [(s, e) for _, s, e in self.astronaut_nouns(found.doc)]
        roles = [(s, e) for _, s, e in self.crew_roles(found.doc)]
        for s, e in nouns + roles:  # "astronaut Sunita Williams", "crewmates Song Lingdong and Wang Haoze"
            self._name_list(found, e, "Astronaut")
        for i, tok in enumerate(doc):  # "the crew, led by Chen Dong", "the crew, which includes Li Cong"
            if i + 2 < len(doc) and tok.lower_ in ("led", "commanded", "headed", "piloted") and doc[i + 1].lower_ == "by":
                self._name_list(found, i + 2, "Person")
            elif tok.lower_ in ("includes", "including", "include") and any(
                    t.lower_ in ("crew", "crews", "crewmates") for t in doc[max(0, i - 6):i]):
                self._name_list(found, i + 1, "Astronaut")
        for start, end in list(self._chunks(found)):
            n = end - start
            if not 2 <= n <= 4 or not found.free(start, end) or name_span(doc, start, self.kb) != end:
                continue
            if end < len(doc) and doc[end].text == ",":
                window = doc[end + 1:min(end + 9, len(doc))]
                if any(e <= window.end and s >= window.start for s, e in nouns):
                    self._person(found, start, end, "Astronaut")
                elif self._titled(window):
                    self._person(found, start, end)
                elif window and window[0].lower_ == "who":  # "Jared Isaacman, who heads NASA"
                    self._person(found, start, end)
            elif end + 1 < len(doc) and doc[end].lower_ in ("of", "from") and self._country_at(found, end + 1):
                self._person(found, start, end)
            elif self._person_verb_after(doc, end):
                self._person(found, start, end)
            elif doc[end:end + 1].text == "and" and self._person_verb_after(doc, name_span(doc, end + 1, self.kb)) \
                    and name_span(doc, end + 1, self.kb) - end > 2:  # "Sunita Williams and Butch Wilmore returned"
                self._person(found, start, end)
                self._person(found, end + 1, name_span(doc, end + 1, self.kb))
            elif start > 1 and doc[start - 1].text in ("'s", "’s") and any(
                    m.end == start - 1 and found.cls(m.tid) in ORG_CLASSES for m in found.mentions):
                self._person(found, start, end)  # "NASA's Bill Nelson"

    def _person_verb_after(self, doc: Doc, end: int) -> bool:
        """"... said", "... returned to Earth": what people, not organisations, do."""
        text = doc[end:end + 2].text.lower()
        return any(text == v or text.startswith(v + " ") for v in self.kb.lexicon["person_verbs"])

    def _name_list(self, found: Found, i: int, cls: str) -> None:
        """Names from token i on, joined by commas and "and"."""
        doc = found.toks
        while i < len(doc):
            stop = name_span(doc, i, self.kb)
            if stop - i < 2 or not found.free(i, stop):
                return
            self._person(found, i, stop, cls)
            if stop + 1 < len(doc) and doc[stop].text == "," and doc[stop + 1].lower_ == "and":
                i = stop + 2
            elif stop < len(doc) and (doc[stop].text == "," or doc[stop].lower_ == "and"):
                i = stop + 1
            else:
                return

    def _titled(self, window: Span) -> bool:
        for tok in window:
            if tok.text in ",.;":
                return False
            if tok.text in self.kb.titles or tok.lower_ in self.kb.titles_lower:
                return True
        return False

    def _country_at(self, found: Found, i: int) -> bool:
        if i < len(found.doc) and found.doc[i].lower_ == "the":
            i += 1
        return any(m.start == i and found.cls(m.tid) in ORG_CLASSES | {"Country"} for m in found.mentions)

    def _acronyms(self, found: Found) -> None:
        """"Bharatiya Antariksh Station (BAS)": BAS names the station from then on."""
        doc = found.toks
        aliases: dict[str, str] = {}
        for m in list(found.mentions):
            e = m.end
            if e + 2 < len(doc) and doc[e].text == "(" and doc[e + 2].text == ")" and doc[e + 1].is_upper:
                acronym = doc[e + 1].text
                aliases[acronym] = m.tid
                found.things[m.tid].alt_labels.add(acronym)
                if found.free(e + 1, e + 2):
                    found.mark(e + 1, e + 2, m.tid)
        for i, tok in enumerate(doc):
            if tok.text in aliases and found.free(i, i + 1):
                found.mark(i, i + 1, aliases[tok.text])

    def _short_names(self, found: Found) -> None:
        """"Aschbacher" after "Josef Aschbacher", "Uznanski-Wisniewski" after the full name."""
        last: dict[str, str] = {}
        for tid, thing in found.things.items():
            if thing.cls in PERSON_CLASSES and not thing.local and len(thing.label.split()) >= 2:
                last.setdefault(thing.label.split()[-1], tid)
        if not last:
            return
        toks = found.toks
        for i, tok in enumerate(toks):
            end = i + 1
            if i + 2 < len(toks) and toks[i + 1].text == "-" and not tok.whitespace_ \
                    and not toks[i + 1].whitespace_:  # a hyphenated surname is three tokens
                end = i + 3
            name = found.doc[i:end].text if end > i + 1 else tok.text
            if name not in last:
                end, name = i + 1, tok.text
            if name in last and found.free(i, end):
                found.mark(i, end, last[name])
                found.things[last[name]].alt_labels.add(name)

    def _references(self, found: Found) -> None:
        """"the agency", "the mission": the last thing of that kind named before."""
        doc = found.toks
        named = sorted((m for m in found.mentions if not m.ref), key=lambda m: m.start)
        for i, tok in enumerate(doc):
            if tok.lower_ != "the" or not found.free(i, i + 1):
                continue
            for size in (2, 1):
                phrase = doc[i + 1:i + 1 + size].text.lower()
                classes = REFS.get(phrase)
                if not classes or i + 1 + size > len(doc):
                    continue
                # "the mission specialists" is not "the mission"
                nxt = doc[i + 1 + size] if i + 1 + size < len(doc) else None
                if nxt is not None and (nxt.is_lower and nxt.is_alpha and nxt.lower_ not in
                                        ("will", "is", "was", "has", "had", "would", "and", "to", "in", "on", "with", "for", "that", "which", "itself")):
                    break
                before = [m for m in named if m.start < i and found.cls(m.tid) in classes]
                if before and found.free(i + 1, i + 1 + size):
                    found.mark(i + 1, i + 1 + size, before[-1].tid, ref=True)
                break
