"""People the gazetteer does not know, found in the parse: proper names set off by a noun
of persons or a title, an age, or the subject of a verb of saying."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .knowledge import Knowledge
from .mentions import NAME_PARTICLES, PERSON_CLASSES, Found, age, hometown, second_syllable
from .nominals import POSSESSIVES, describe

DETERMINERS = {"a", "an", "the", "its", "their", "his", "her"}  # that open a noun phrase set off after a name
QUOTES = {'"', "“", "”", "'", "‘", "’"}  # around a nickname inside a name


class People:
    """The words that say a name is a person's, from the lexicon; built once."""

    def __init__(self, kb: Knowledge) -> None:
        lex = kb.lexicon
        self.crew_nouns = {w for w in lex["astronaut_nouns"] + lex["crew_roles"] if " " not in w}
        self.person_nouns = self.crew_nouns | {w.split()[-1] for w in lex["person_nouns"]} | {
            t.lower() for t in kb.titles if " " not in t}  # "flight attendant": its head noun, "attendant"
        self.speech = set(lex["speech_verbs"]) | {v for v in lex["person_verbs"] if " " not in v} | set(
            lex["person_subject_verbs"])
        self.not_names = set(lex["not_names"] + lex["post_nominals"]["words"]) | set(kb.demonyms) | set(kb.countries)
        self.group_nouns = self.person_nouns | {"applicant", "candidate", "member", "finalist"}  # "applicants: A, B"
        self.travel = set(lex["verbs"]["crew"])  # "X flew on Crew-9": who travels aboard a flight
        self.org_heads = {head.split()[-1] for head in lex["name_heads"]} | set(lex["event_heads"]["words"])
        # "Changchun Institute", "Moncloa Palace": no one's name

    def find(self, found: Found, parsed: list[tuple[int, Doc]], add) -> set[int]:
        """Proper names that the syntax shows are people: set off by a noun of persons
        ("Matthew Kuta, Voyager's president"; "SLIM project manager Shinichiro Sakai"; "Sakai
        is an engineer"), or the subject of a verb of saying ("said Dylan Taylor").
        `add(found, start, end, cls)` records one (token offsets in the article). Returns
        the sentences (by first token) where it found someone."""
        named = set()
        titles = found.matches.spans("title")
        for start, doc in parsed:
            for a, b, kind in self._listed_names(doc):
                if found.free(start + a, start + b):
                    add(found, start + a, start + b, kind)
                    named.add(start)
            people = {m.start - start: found.cls(m.tid) for m in found.mentions
                      if start <= m.start < start + len(doc) and found.cls(m.tid) in PERSON_CLASSES}
            for tok in doc:
                if tok.pos_ != "PROPN" or tok.dep_ in ("flat", "compound") and tok.head.pos_ == "PROPN":
                    continue
                a, b = self._name_span(tok)
                if b - a < 2 or not found.free(start + a, start + b) or doc[b - 1].text in self.org_heads or any(
                        s <= start + a and start + b <= e for s, e in titles) or hometown(found.toks, start + a):
                    continue  # "Revenue Officer" of "Chief Revenue Officer" is nobody; nor is "Changchun Institute",
                    # nor "Little Elm" of "Lawler, 38, of Little Elm"
                cls = self._person_class(tok) or self._person_around(doc, a, b) or self._listed_with(tok, people)
                if cls:
                    add(found, start + a, start + b, cls)
                    people[a] = cls
                    named.add(start)
        return named

    def _listed_names(self, doc: Doc) -> list[tuple[int, int, str]]:
        """The names of a list after a colon that a plural noun of persons opens ("five new
        astronauts: Sophie Adenot, Pablo Alvarez and Rosemary Coogan"; "4,000 applicants:
        Nora AlMatrooshi and Mohammad AlMulla"), whatever the parse made of them: every item
        a name of two or three capitalised words, or none is taken."""
        colon = next((t.i for t in doc if t.text == ":"), None)
        if colon is None:
            return []
        opening = doc[max(0, colon - 6):colon]
        if not any(t.lower_.endswith("s") and t.lower_.rstrip("s") in self.group_nouns for t in opening):
            return []
        items: list[list[Token]] = []
        item: list[Token] = []
        for t in doc[colon + 1:]:
            if t.text in (",", ";", ".") or t.lower_ == "and":
                if item:
                    items.append(item)
                item = []
            else:
                item.append(t)
        items += [item] if item else []
        if len(items) < 2 or not all(2 <= len(i) <= 3 and all(w.text[:1].isupper() and w.is_alpha
                                                              and w.text not in self.not_names for w in i) for i in items):
            return []
        cls = "Astronaut" if any(t.lower_.rstrip("s") in self.crew_nouns for t in opening) else "Person"
        return [(i[0].i, i[-1].i + 1, cls) for i in items]

    @staticmethod
    def _listed_with(tok: Token, people: dict[int, str]) -> str | None:
        """A name coordinated with a person's is a person's, of the same kind: "commander Ye
        Guangfu, Li Cong and Li Guangsu"."""
        others = [c for c in tok.children if c.dep_ == "conj"] + ([tok.head] if tok.dep_ == "conj" else [])
        for other in others:
            first = min(t.i for t in (other, *other.children) if t.i == other.i or t.dep_ in ("flat", "compound"))
            if first in people:
                return people[first]
        return None

    def _person_around(self, doc: Doc, a: int, b: int) -> str | None:
        """What the words right around a name say it is, whatever the parse: a noun of
        persons just before it ("engineer Sarah Gillis", "cosmonaut Oleg Novitsky") or
        before its comma ("Axiom's chief executive, Michael Suffredini"), or in the noun
        phrase set off after its comma ("Sophie Adenot, an engineer from France",
        "Michael Suffredini, its chief executive", "Max Haot, Vast's chief executive"), or
        an age set off after it."""
        before = doc[a - 1].lower_ if a > 0 else ""
        if before == "," and a > 1:
            before = doc[a - 2].lower_
        if b + 2 < len(doc) and doc[b].text == "," and age(doc[b + 1].text) and doc[b + 2].text in (",", ")", "."):
            return "Person"  # a news report's age: "Barry Wilmore, 61, commands"
        after = []
        if b + 1 < len(doc) and doc[b].text == "," and (
                doc[b + 1].lower_ in DETERMINERS or (b + 2 < len(doc) and doc[b + 2].text in POSSESSIVES)):
            after = [t.lower_ for t in doc[b + 2:b + 8]]
            after = after[:after.index(",")] if "," in after else after
        for word in (before, *after):
            if word in self.crew_nouns:
                return "Astronaut"
            if self._personal(word):
                return "Person"
        return None

    def _personal(self, word: str) -> bool:
        """A noun of persons: the lexicon's, or one of the -ist nouns of a profession or a
        pursuit ("a geobiologist", "an activist")."""
        return word in self.person_nouns or (len(word) > 5 and word.endswith(("ist", "ists"))
                                             and word.isalpha() and word not in self.not_names)

    def _name_span(self, tok: Token) -> tuple[int, int]:
        """The contiguous proper nouns that make the name headed by `tok` (with particles:
        "bin Rashid Al Maktoum", "De la Cruz"; a nickname in quotes: 'Barry "Butch" Wilmore'),
        without a rank or role the parser took into it ("Pilot John Shoffner")."""
        parts, todo = {tok.i}, [tok]
        while todo:
            for c in todo.pop().children:
                if c.dep_ in ("flat", "compound") and (c.pos_ == "PROPN" or c.lower_ in NAME_PARTICLES
                                                       or c.dep_ == "flat" and c.is_title):  # "Gerapetritis" as a noun
                    parts.add(c.i)
                    todo.append(c)
                elif c.i == min(parts) - 1 and c.is_title and c.is_alpha and c.text not in self.not_names \
                        and not self._personal(c.lower_):
                    parts.add(c.i)  # a given name the tagger took for a modifier: "Rabea Rogge", "Dani DellaGiustina"
        doc = tok.doc
        a, b = tok.i, tok.i + 1
        while a - 1 in parts or (a - 2 in parts and doc[a - 1].text in QUOTES):
            a -= 1
        while b in parts or (b + 1 in parts and doc[b].text in QUOTES):
            b += 1
        while b + 1 < len(doc) and doc[b].text == "-" and not doc[b - 1].whitespace_ and not doc[b].whitespace_ \
                and (doc[b + 1].is_title or second_syllable(doc[b + 1].text)):
            b += 2  # a double-barrelled family name the parse left out: "López-Alegría"; "Yoon Young-bin"
        if b + 1 < len(doc) and doc[b].text in QUOTES and doc[b - 2].text in QUOTES and doc[b + 1].is_title \
                and doc[b + 1].is_alpha and doc[b + 1].text not in self.not_names:
            b += 2  # the family name after a nickname the parse made the head: 'Elizabeth "Zibi" Turtle'
        while a > 1:  # what the parse left out of the name:
            if doc[a - 1].is_title and doc[a - 1].is_alpha and doc[a - 1].pos_ == "NOUN" \
                    and doc[a - 1].lower_ not in self.person_nouns and doc[a - 2].text in (",", "(") + tuple(DETERMINERS):
                a -= 1  # a given name the tagger took for a noun: "minister, Mats Persson,"
            elif a >= 4 and doc[a - 1].text in QUOTES and doc[a - 3].text in QUOTES and doc[a - 2].is_title \
                    and doc[a - 4].is_title and doc[a - 4].is_alpha:
                a -= 4  # a nickname in quotes and the given name before it: 'Sunita "Suni" Williams'
            elif doc[a - 1].text in QUOTES and doc[a - 2].is_title and doc[a - 2].is_alpha \
                    and any(t.text in QUOTES for t in doc[a:b]):
                a -= 2  # the given name before a nickname the parse made the head: 'Barry "Butch" Wilmore'
            else:
                break
        while b - a > 2 and (doc[a].lower_ in self.person_nouns or doc[a].lower_ in self.crew_nouns):
            a += 1
        words = [w for w in doc[a:b] if w.text not in QUOTES and w.text != "-"]
        if all(w.lower_ in self.person_nouns for w in words):
            return a, a  # "Executive Officer" is a title, not a name
        if any(w.text in self.not_names or not (w.text[:1].isupper() or w.lower_ in NAME_PARTICLES)
               or not (w.text.replace("-", "").replace("'", "").isalpha() or _initial(w.text)) for w in words) \
                or _initial(words[-1].text):
            return a, a  # but an initial may open a name: "V. Narayanan"
        return a, b

    def _person_class(self, tok: Token) -> str | None:
        """Astronaut, Person, or None: what the words around the name say it is."""
        nouns = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
        nouns += [d for d in describe(tok) if d.pos_ == "NOUN"]
        if any(n.lower_.rstrip("s") in self.crew_nouns or n.lower_ in self.crew_nouns for n in nouns):
            return "Astronaut"
        if any(self._personal(n.lower_) or n.lower_.rstrip("s") in self.person_nouns for n in nouns):
            return "Person"
        if tok.dep_ == "nsubj" and tok.head.lower_ in self.speech:  # "said Dylan Taylor", "Peggy Whitson commands"
            return "Person"
        if tok.dep_ == "nsubj" and any(c.dep_ == "obl" and self._personal(c.lower_) and any(
                k.dep_ == "case" and k.lower_ == "as" for k in c.children) for c in tok.head.children):
            return "Person"  # "Dani DellaGiustina leads the mission as its principal investigator"
        if tok.dep_ == "nsubj" and tok.head.lower_ in self.travel and any(
                c.dep_ == "obl" and c.pos_ == "PROPN" and any(k.dep_ == "case" and k.lower_ in ("aboard", "onboard")
                                                              for k in c.children) for c in tok.head.children):
            return "Astronaut"  # "Butch Wilmore went up aboard Boeing's Starliner"
        name = (tok, *(c for c in tok.children if c.dep_ == "flat"))  # a clause may hang on any word of it
        if any(k.lower_ in ("who", "whom") for n in (*name, *(n for n in nouns if n.dep_ == "appos"))
               for c in n.children if c.dep_ == "acl:relcl" for k in c.children):
            return "Person"  # "Jane Roe, who flew in 2019"; "John McFall, a British sprinter who went on to ...": who
        return None


def _initial(word: str) -> bool:
    """An initial: "V.", "S."."""
    return len(word) == 2 and word[0].isupper() and word[1] == "."
