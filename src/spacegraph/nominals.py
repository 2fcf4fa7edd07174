"""The nominals that describe a name in a parsed sentence: its appositions (and what the
parser took for one: a conjunct, a list item, a second subject), its copular predicate, the
common noun it follows. The structure rules, the people finder and status read them alike.
"""
from __future__ import annotations

from spacy.tokens import Token

Token.set_extension("sg_thing", default=False, force=True)  # the token stands for a thing
Token.set_extension("sg_title", default="", force=True)  # in a job title: "heads" or "title"

SUBJECTS = {"nsubj", "nsubj:pass"}
RELATIVES = {"who", "whom", "which", "that"}  # relative pronouns: they stand for the noun their clause modifies
STRAYS = {"vocative", "dislocated", "discourse"}  # what the parser makes of a subject it parted from its apposition
LOOSE = {"conj", "list", "parataxis", "dep", "appos"}  # what the parser makes of an apposition it lost
LINKING = {"become", "becomes", "became", "becoming", "remain", "remains", "remained"}  # copulas the parser makes verbs
APPOINTING = {"named", "names", "appointed", "appoints", "elected", "elects", "nominated", "nominates", "made",
              "makes", "picked", "picks", "tapped", "taps", "hired", "hires"}  # verbs that give a role, to their object
# ("named Ortberg chief executive", "tapped Berg as director") or the subject of their passive ("who was named
# chief executive in April"); not mentions.NAMING, which give a thing its name
POSSESSIVE_MARKS = {"'s", "’s", "'", "’"}  # "NASA's", "Roscosmos'"
POSSESSIVES = POSSESSIVE_MARKS | {"-"}


def case(tok: Token) -> str:
    """The preposition of a nominal ("from" of "from France"), or "" for none."""
    return next((c.lower_ for c in tok.children if c.dep_ == "case"), "")


def loose_appos(tok: Token) -> bool:
    """An apposition the parser labelled otherwise (a conjunct, a list item, a part of the
    name): a common noun or a job title right after a comma, with no "and" of its own,
    attached to a name ("Wyche, director of JSC,"; "Aschbacher, ESA's Director General,")."""
    if tok.dep_ not in ("conj", "flat", "list", "parataxis") or not (tok.pos_ == "NOUN" or tok._.sg_title) \
            or tok.head.pos_ != "PROPN":
        return False
    first = min((t.i for t in tok.subtree if not t.is_punct and t.dep_ != "cc"), default=tok.i)  # the comma
    if any(c.dep_ == "cc" for c in tok.children):  # may hang on the noun
        # "S. Somanath, Chairman, ISRO and Secretary, Department of Space": a second title of the name
        return tok._.sg_title and first > 0 and tok.doc[first - 1].lower_ == "and" and any(
            s.i < tok.i and s._.sg_title and loose_appos(s) for s in tok.head.children)
    if first < 2 or tok.doc[first - 1].text != ",":
        return False
    before = tok.doc[first - 2]  # the name itself ends right before the comma, not another name of a list
    return before.i == tok.head.i or before.head.i == tok.head.i and before.dep_ not in ("conj", "appos")


def _coordinated(appos: Token) -> bool:
    """An apposition opened by a conjunction of its own, which the parser took for one: "by
    Aschbacher and Slovenia's prime minister, Robert Golob" names two people."""
    return appos.doc[min(t.i for t in appos.subtree)].dep_ == "cc"


def name_end(tok: Token) -> int:
    """Where the name whose head is `tok` ends: after the flat and compound words right after
    it that hang on it (the token after "Station" of "Tiangong Space Station" parsed so)."""
    doc, end = tok.doc, tok.i + 1
    while end < len(doc) and doc[end].head.i == tok.i and doc[end].dep_ in ("flat", "compound"):
        end += 1
    return end


def stranded_appos(tok: Token) -> list[Token]:
    """An apposition the parser hung elsewhere in the clause: a common noun phrase that
    starts right after the comma closing the name, attached as an apposition, parataxis,
    list item or conjunct of something else ("NASA named the crew of Artemis II, the agency's first
    crewed trip": "trip" hangs on "named"), or that the name itself hangs on ("with Vast-1,
    the company's first crewed mission": "Vast-1" an oblique of "mission"), or an indefinite
    second oblique or complement of the name's verb with no preposition of its own ("lifted
    off together with XRISM, a satellite built by JAXA": "satellite" hangs on "lifted"), or a
    second object of it, which no verb has ("to develop RISE, the agency's first mission")."""
    doc, end = tok.doc, name_end(tok) - 1
    acronym = end + 3 < len(doc) and doc[end + 1].text == "(" and doc[end + 3].text == ")"
    if acronym:
        end += 3  # "the International Lunar Research Station (ILRS), a base that ...": past its acronym
    if end + 2 >= len(doc) or doc[end + 1].text != ",":
        return []
    return [n for n in doc[end + 2:] if n.pos_ == "NOUN" and (
                n.dep_ in LOOSE and n.head.i != tok.i or tok.head.i == n.i and tok.dep_ in ("obl", "nmod")
                or n.dep_ in ("obl", "obl:unmarked", "xcomp") and tok.dep_ == "obl" and n.head.i == tok.head.i
                and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in n.children)
                and not any(c.dep_ == "case" for c in n.children)
                or n.dep_ == tok.dep_ == "obj" and n.head.i == tok.head.i)
            and min((t.i for t in n.subtree if t.i > end and not t.is_punct), default=-1) == end + 2
            and not any(c.dep_ == "cc" or c.dep_ in SUBJECTS for c in n.children)
            and not (acronym and "Plur" in n.morph.get("Number", []))]  # "ISRO and JAXA (JAXA), the agencies of"


def _titles_next(tok: Token) -> bool:
    """A job title right before a name is that name's, whatever the parse hung it on: "by
    ISRO Chairman S. Somanath and ESA Director General Josef Aschbacher"."""
    doc, k = tok.doc, tok.i
    if not tok._.sg_title:
        return False
    while k + 1 < len(doc) and doc[k + 1]._.sg_title:
        k += 1
    return k + 1 < len(doc) and doc[k + 1].pos_ == "PROPN"


def predicate(tok: Token) -> bool:
    """The token heads a clause's predicate: a verb, or a nominal with a copula ("which has
    been aboard", "BepiColombo is on its way")."""
    return tok.pos_ in ("VERB", "AUX") or any(c.dep_ == "cop" for c in tok.children)


def describe(tok: Token) -> list[Token]:
    """Nominals that describe the thing: appositions either way (and a common noun set
    off by a comma that the parser took for a conjunct: "Wyche, director of JSC,"; the
    common noun a name follows: "the space agency CNES"; a noun set off after a subject that
    the parser took for a second subject), a copular predicate, or the subject a name is
    the predicate of."""
    doc = tok.doc
    out = [c for c in tok.children if (c.dep_ == "appos" and not _coordinated(c) or loose_appos(c))
           and not _titles_next(c)]
    if tok.dep_ == "appos" or loose_appos(tok) or (  # "France's space agency CNES"
            tok.dep_ == "flat" and tok.head.i < tok.i and tok.head.pos_ == "NOUN"):
        out.append(tok.head)
    if tok.dep_ in SUBJECTS and any(c.dep_ == "cop" for c in tok.head.children) \
            and tok.head.pos_ in ("NOUN", "PROPN") and not any(c.dep_ == "case" for c in tok.head.children):
        # (not a predicate with a preposition: "Chen Dong is on his third mission" is no mission); and the
        # predicates coordinated with it:
        out += [tok.head, *(c for c in tok.head.conjuncts if c.pos_ == "NOUN" or any(
            d.dep_ == "det" for d in c.children))]  # "a pilot and a colonel in X" ("a major": tagged ADJ)
    if tok.dep_ in SUBJECTS and tok.head.lower_ in LINKING or (
            tok.dep_ == "nsubj:pass" and tok.head.lower_ in APPOINTING):
        out += _complements(tok.head)  # "Barnawi became the first woman from Saudi Arabia", "Bhatia was named
        # chief executive"
    if tok.dep_ == "obj" and tok.head.lower_ in APPOINTING:  # "the board named Ortberg (as) chief executive"
        out += [c for c in tok.head.children if (c.pos_ == "NOUN" or c._.sg_title) and (c.dep_ == "xcomp" or (
            c.dep_ == "obl" and any(k.dep_ in ("case", "mark") and k.lower_ == "as" for k in c.children)))]
    if tok.dep_ == "compound" and tok.head.dep_ in ("obj", "xcomp") and tok.head.head.lower_ in APPOINTING \
            and tok.head._.sg_title:
        out.append(tok.head)  # "NASA named Makenzie Lystrup director of Goddard", as the parser reads it (the
        # title an object or a complement)
    if any(c.dep_ == "cop" for c in tok.children):  # "Vast's real target is Haven-2"
        out += [c for c in tok.children if c.dep_ in SUBJECTS and c.pos_ == "NOUN"]
    if tok.dep_ in SUBJECTS | STRAYS:  # "Gateway, the planned lunar outpost, will orbit": parsed as a second subject
        out += [s for s in (*tok.head.children, tok.head) if s.i > tok.i and (s.pos_ == "NOUN" or s._.sg_title)
                and (s.dep_ in SUBJECTS or s.i == tok.head.i) and s not in out
                and min((w.i for w in s.subtree if w.i > tok.i and not w.is_punct and not w.is_ancestor(tok)
                         and w not in tok.subtree), default=-1) == tok.i + 2
                and tok.doc[tok.i + 1].text == ","]
        out += [s for s in [_fronted(tok)] if s is not None and s not in out]
    out += stranded_appos(tok)
    first = tok.i  # "SpaceX engineer Sarah Gillis": a bare noun right before the name describes it
    while first > 0 and doc[first - 1].head.i == tok.i and doc[first - 1].dep_ in ("flat", "compound") \
            and doc[first - 1].pos_ == "PROPN":
        first -= 1
    relative = tok.dep_ in SUBJECTS and tok.head.dep_ in ("acl", "acl:relcl") and tok.head.head.i == first - 1
    if first > 0 and doc[first - 1].pos_ == "NOUN" and "Plur" not in doc[first - 1].morph.get("Number", []) \
            and doc[first - 1].is_lower and tok.tag_ not in ("NNS", "NNPS") and doc[first - 1] not in out \
            and not relative:
        out.append(doc[first - 1])  # (not the noun a clause the name opens modifies: "a station NASA plans"; nor
        # a noun before a plural: "two mission specialists: A and B" are no missions)
    out += [c for c in tok.children if c.dep_ == "nmod:desc" and c.i < tok.i and c.pos_ == "NOUN"
            and not c._.sg_title]  # "candidate X"; a title before a name is read as one
    out += [p for n in (tok, *(o for o in out if o.head.i == tok.i and o.dep_ == "appos"))
            for p in _relative_predicates(n) if p not in out]
    return out


def _fronted(tok: Token) -> Token | None:
    """The noun phrase that opens the clause, set off by a comma right before its subject's
    name or list of names, which it describes: "A second Belarusian candidate, Anastasia
    Lenkova, will train", "Israel's first astronaut, Ilan Ramon, flew", "Two British
    institutions, UCL's MSSL and Imperial College London, are building", however the parser
    hung the two (the noun a second subject, the root with the verb beside it, or a clause of
    the verb's); a singular for one name, a plural for names only ("Their replacements, A and
    two crewmates, arrived" is not of A alone)."""
    doc = tok.doc
    first = min(w.i for w in tok.subtree if not w.is_punct)
    if first < 2 or doc[first - 1].text != ",":
        return None
    noun = doc[first - 2]
    while noun.dep_ == "nmod" and case(noun) and noun.head.i < noun.i:  # "The head of the agency, X,"
        noun = noun.head
    plural = "Plur" in noun.morph.get("Number", [])
    names_only = all(c.pos_ == "PROPN" for c in tok.conjuncts)
    if noun.pos_ != "NOUN" or not names_only or plural != bool(tok.conjuncts) \
            or noun.left_edge.i > 0 and doc[noun.left_edge.i - 1].text != "," \
            or noun.dep_ not in SUBJECTS | STRAYS | {"ROOT", "advcl", "parataxis", "dep"} \
            or not (noun.head == tok.head or noun == tok.head.head and tok.head.dep_ == "parataxis"):
        return None
    return noun


def _relative_predicates(tok: Token) -> list[Token]:
    """The predicate of a relative clause on the noun whose subject is the relative pronoun,
    with a copula in the present ("Petro, who has been acting administrator", "a former Amazon executive who is
    now its chief executive"; a job title the parser read as a verb: "who is acting
    administrator") or a linking verb ("Narayanan, who became ISRO's chairman"): it
    describes the noun, as an apposition does."""
    out = []
    for relative in tok.children:
        if relative.dep_ != "acl:relcl" or relative.i < tok.i or not any(
                s.dep_ in SUBJECTS and s.lower_ in RELATIVES for s in relative.children):
            continue
        for c in (relative, *(k for k in relative.conjuncts if k.i > relative.i  # "who trained with them and
                              and not any(s.dep_ in SUBJECTS for s in k.children))):  # became the first astronaut"
            out += _predicate_of_relative(c)
    return out


def _predicate_of_relative(c: Token) -> list[Token]:
    """What a verb of a relative clause whose subject is the relative pronoun says its noun is."""
    if c._.sg_title or c.pos_ in ("NOUN", "PROPN") and any(k.dep_ == "cop" for k in c.children):
        if any(k.dep_ in ("cop", "aux") and "Past" in k.morph.get("Tense", []) and "Fin" in k.morph.get("VerbForm", [])
               for k in c.children):
            return []  # "who had been director of KSC", "who was a pilot": what they were
        return [c]
    if c.lower_ in LINKING:
        return _complements(c)  # "Narayanan, who became ISRO's chairman", "who became Director General of Roscosmos"
    if c.lower_ in APPOINTING and any(s.dep_ == "nsubj:pass" and s.lower_ in RELATIVES for s in c.children):
        return _complements(c)  # "Bhatia, who was named chief executive in April"
    return []


def _complements(verb: Token) -> list[Token]:
    """The complement of a linking verb or of a verb of naming in the passive, a noun or a
    job title: what its subject becomes or was named ("became chief executive", "was
    appointed director")."""
    return [c for c in verb.children if c.dep_ in ("xcomp", "obj") and (c.pos_ == "NOUN" or c._.sg_title)]
