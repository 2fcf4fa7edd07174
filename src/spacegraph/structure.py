"""Facts read from the structure of a sentence: dependency relations between the things it
names, matched by spaCy's `DependencyMatcher` with the patterns of `data/rules.jsonl`.

Each rule reads one construction of English (a possessive, a compound modifier, an
apposition, a copula, a passive agent, a verb's subject and object...) and lists the
properties it can state; the ontology's domains and ranges choose among them, so "ESA's
Hera mission" is an operator and "ESA's Josef Aschbacher" an affiliation by one rule.
A thing stands at its anchor (the head of its name, or of the phrase its name modifies:
"the Hera mission"), and at the nominals that describe it (its appositions and copular
predicates: "Kuta, Voyager's president"); coordinated things share a relation ("NASA
astronauts Wiseman, Glover and Koch"); pronouns and demonyms are things too, resolved to
the nearest compatible thing and to a country.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace

from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from .checks import Schema
from .discourse import TOPIC, agreement_named, agreement_title
from .knowledge import Entry, Knowledge, records
from .mentions import PERSON_CLASSES, Found, Mention, add_area, heads_whole, named_agreement
from .model import Evidence, Fact, slug
from .nominals import POSSESSIVES, RELATIVES, SUBJECTS, case, describe, predicate


PLURAL_PRONOUNS = {"they", "their", "them"}  # may stand for things named together
PRONOUNS = {  # what a pronoun may refer to (nearest first); classes by the ontology's names
    "he": "Person", "him": "Person", "his": "Person", "she": "Person", "her": "Person",
    "it": "", "its": "", "they": "", "their": "",
}
NOMINAL_ROLES = {"nsubj", "nsubj:pass", "obj", "iobj", "obl", "nmod"}  # only a nominal fills these
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4}  # "between the two": a group of as many named together
SEARCH_BACK = 3  # sentences a pronoun looks back over
DASHES = {"-", "–", "—"}
COUNTING_WORDS = {"several", "many", "some", "few", "both", "dozens", "all"}  # "several countries": a number of them
OWN_MODIFIERS = {"nmod", "nmod:poss", "appos", "acl", "acl:relcl"}  # a conjunct with one speaks for itself
DEAL_WORDS = {"partnership", "collaboration", "cooperation", "document", "it", "this"}  # may stand for an agreement
NOMINAL = {"PROPN", "NOUN", "ADJ", "NUM", "DET"}
FAMILIES = {"Organization", "Person", "Mission", "Spacecraft", "Program", "Country", "Agreement", "CooperationArea"}
CRAFT_FAMILIES = {"Spacecraft": "Mission"}  # a craft and its flight, one kind in a list: "the next Cygnus, NG-20,"
STAND_IN_ROLES = {"nsubj", "nsubj:pass", "obl:agent", "obj", "obl", "nmod"}  # not "Department of Space, Government
# of India": an apposition describes the name before it
COUNTERPARTS = {"agreement-with", "agreement-of", "signs-with", "agreement-awarded-to", "agreement-given",  # the rules
                "agreement-double-object", "agreement-relative-with", "contracts-someone"}  # that read the other party
COOPERATION_NOUNS = {"cooperation", "collaboration", "partnership"}  # what one is "in" are areas
CHOICE_REACH = 2  # sentences after "A selected B" that may speak of their contract
CHOICE_RULE = "agreement-after-choice"
FORMER = {"former", "ex", "retired", "onetime", "erstwhile"}  # a role someone no longer holds
RELATIVE_WORDS = RELATIVES | {"where", "when", "whose", "why"}  # that open a relative clause
NEGATIONS = {"not", "n't", "never"}
REFUSALS = {"refuse", "refuses", "refused", "decline", "declines", "declined", "fail", "fails", "failed"}  # "refused
# to sign": did not
CLAUSES = {"parataxis", "ccomp", "advcl", "acl:relcl", "conj", "list"}  # relations that open a clause of its own


@dataclass(frozen=True)
class Rule:
    """One construction: a dependency pattern and the facts it can state, the first the
    ontology allows for each pair of things (`title:NODE` is the job title at NODE)."""

    name: str
    reads: str
    pattern: list[dict]
    facts: tuple[tuple[str, str, str], ...]
    examples: tuple[str, ...] = ()
    classes: dict[str, tuple[str, ...]] = field(default_factory=dict)  # node -> allowed classes
    premodifiers: bool = False  # the other nodes are words of one noun phrase before the first
    coordinated: bool = False  # each thing coordinated with a node's takes part, whatever its own modifiers
    signing: bool = False  # the construction tells of a signing: the day the sentence says is its date
    bounded: bool = False  # a node below another (">>") is in the same clause, not in one of its own
    bare: bool = False  # the relative clause at node "v" has no relative word ("the station CMSA runs")
    unless: dict[str, tuple[str, ...]] = field(default_factory=dict)  # node -> words none of its children is
    # ("ESA's Hera", not "their joint probe": a thing made jointly has no one operator)
    unless_deps: dict[str, tuple[str, ...]] = field(default_factory=dict)  # node -> relations in which none of its
    # children but a pronoun stands ("its prime contractor", not "the launcher's prime contractor": another's)

    @property
    def nodes(self) -> list[str]:
        return [node["RIGHT_ID"] for node in self.pattern]


def load_rules(lexicon: dict) -> list[Rule]:
    """The rules of `data/rules.jsonl`; `{"IN": "@name"}` in a pattern is the lexicon's
    list of verb forms of that name, or its `signer_nouns`, `crew_nouns`, `mission_parts`, `task_nouns` or
    `series_nouns` ("@a+b": both lists)."""
    words = lexicon["verbs"] | {key: lexicon[key] for key in ("signer_nouns", "crew_nouns")} | {
        key: lexicon[key]["words"] for key in ("mission_parts", "task_nouns", "series_nouns")}
    rules = []
    for d in records("rules.jsonl", "rule", "reads", "pattern", "facts"):
        rules.append(Rule(name=d["rule"], reads=d["reads"], pattern=_words(d["pattern"], words),
                          facts=tuple(tuple(f) for f in d["facts"]), examples=tuple(d.get("examples", ())),
                          classes={k: tuple(v) for k, v in d.get("classes", {}).items()},
                          premodifiers=d.get("premodifiers", False), coordinated=d.get("coordinated", False),
                          signing=d.get("signing", False), bounded=d.get("bounded", False),
                          bare=d.get("bare", False),
                          unless={k: tuple(v) for k, v in d.get("unless", {}).items()},
                          unless_deps={k: tuple(v) for k, v in d.get("unless_deps", {}).items()}))
    return rules


def _words(value, words: dict[str, list[str]]):
    if isinstance(value, str) and value.startswith("@"):  # "@build+undertake": both lists
        return [w for name in value[1:].split("+") for w in words[name]]
    if isinstance(value, dict):
        return {k: _words(v, words) for k, v in value.items()}
    if isinstance(value, list):
        return [_words(v, words) for v in value]
    return value


def _premodifiers(doc: Doc, head: int, others: list[int]) -> bool:
    """Each of `others` comes before `head` in one run of nominal words ("ESA Director
    General Josef Aschbacher"), not across a clause the parser joined wrongly, and the run
    ends at `head`: in "the Italian ESA astronaut" the adjective is the astronaut's."""
    if head + 1 < len(doc) and doc[head + 1].is_lower and doc[head + 1].pos_ in ("NOUN", "PROPN"):
        return False
    return all(i < head and all(doc[k].pos_ in NOMINAL or doc[k]._.sg_title or doc[k].text in POSSESSIVES
                                or _joins_modifiers(doc[k]) for k in range(i, head)) for i in others)


def _joins_modifiers(tok: Token) -> bool:
    """A word inside a run of modifiers: a hyphen or a participle of a compound modifier
    ("state-owned"), "and" between two ("the Japanese timber and housebuilding group")."""
    return tok.dep_ == "amod" and tok.tag_ == "VBN" or tok.text in ("-", "–") and not tok.whitespace_ or (
        tok.lower_ == "and" and 0 < tok.i < len(tok.doc) - 1 and tok.doc[tok.i - 1].pos_ in NOMINAL
        and tok.doc[tok.i + 1].pos_ in NOMINAL)


def _each_title(title: str, titles: Mapping[str, object]) -> list[str]:
    """The title as written and each title it coordinates ("founder and chief executive":
    that, "founder" and "chief executive"); a title with an of or for phrase is one ("minister
    of innovation, science and industry", "secretary for education and research"), and so is
    one whose first words are no title of their own ("Science and Innovation Minister",
    "executive and technical director")."""
    if not title or " of " in title or " for " in title:
        return [title] if title else []
    parts = [part.strip() for part in title.split(" and ") if part.strip()]
    return [title, *parts] if len(parts) > 1 and all(p in titles for p in parts[:-1]) else [title]


def _own_description(doc: Doc, i: int, j: int, refs: dict[int, "Referent"]) -> bool:
    """A description that refers back to a subject before it in its sentence, with a
    possessive pronoun ("Peregrine has ended its mission"): the pronoun is that subject, not
    a thing named between them."""
    for held, owner in ((i, j), (j, i)):
        a, b = refs.get(held), refs.get(owner)
        if a and b and a.described and b.pronoun and any(
                c.dep_ in SUBJECTS and c.i in refs and set(refs[c.i].tids) & set(a.tids) for c in doc[:owner]):
            return True
    return False


def _right_before(doc: Doc, noun: Token, i: int) -> bool:
    """The noun stands right before the name headed at token i, but for the name's own words."""
    return noun.i < i and all(t.head.i == i and t.dep_ in ("flat", "compound") for t in doc[noun.i + 1:i])


def _in_place_name(tok: Token, name_words: set[int]) -> bool:
    """A demonym that opens a proper name no thing of the article has: "French Guiana",
    "the Indian Ocean", "the American Astronomical Society"; not "the Italian Thales Alenia
    Space", nor a title ("French Economy Minister Bruno Le Maire"), nor a capitalised
    modifier of a noun after it ("a Spanish Paralympic athlete")."""
    nxt = tok.nbor() if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.tag_ == "NNP" and nxt.is_title and nxt.i not in name_words and \
        not nxt._.sg_title and nxt.dep_ not in ("amod", "compound")


def _noun(tok: Token) -> Token:
    """The noun whose number a description has: a job title's own noun, not its field's
    ("director of space and planetary sciences": director)."""
    if not tok._.sg_title:
        return tok
    doc, a, b = tok.doc, tok.i, tok.i
    while a > 0 and doc[a - 1]._.sg_title:
        a -= 1
    while b + 1 < len(doc) and doc[b + 1]._.sg_title:
        b += 1
    return next((doc[k - 1] for k in range(a + 1, b + 1) if doc[k].lower_ == "of"), doc[b])


def _after_colon(noun: Token) -> list[Token]:
    """The phrases listed after a colon right after the noun ("three areas: A, B and C"),
    however the parser hung them: each whose head is before the colon."""
    colon = noun.i + 1
    doc = noun.doc
    if colon >= len(doc) or doc[colon].text != ":":
        return []
    return [t for t in doc[colon + 1:] if t.head.i < colon and t.pos_ in ("NOUN", "PROPN")]


def _kin(noun: str, family: str) -> bool:
    """A noun of this kind may head a name of this family (a mission's name may head
    "spacecraft", a station's "module")."""
    return bool(noun) and (noun == family or {noun, family} <= {"Mission", "Spacecraft"})


def _phrase(tok: Token) -> str:
    """A noun phrase without its determiner and the phrases coordinated with it ("joint
    training" of "the joint training and ..."); "of" phrases kept ("exploration of Mars")."""
    words = [tok]
    for c in tok.children:
        if c.dep_ in ("amod", "compound", "nmod", "nummod") and c.dep_ != "conj":
            words += [t for t in c.subtree if t.dep_ not in ("det", "punct", "cc", "conj")]
    words = sorted({t.i: t for t in words}.values(), key=lambda t: t.i)
    if words[-1].i - words[0].i + 1 != len(words):
        return ""  # not one span: the parse is not sure of it
    return tok.doc[words[0].i:words[-1].i + 1].text


def _singular(verb: Token) -> bool:
    """The verb, or the auxiliary or copula of its clause, is marked singular ("flies", "is",
    "was", "has"): its subject is one thing, not a list."""
    return any("Sing" in t.morph.get("Number", []) and t.tag_ in ("VBZ", "VBD")
               for t in (verb, *(c for c in verb.children if c.dep_ in ("aux", "aux:pass", "cop"))))


def _definite(tok: Token) -> bool:
    """"the accords", not "the new accords" or "the accords between A and B": others."""
    return _with_the(tok) and not any(
        c.dep_ in ("amod", "compound") or c.dep_ == "nmod" and case(c) in ("of", "with", "between", "among")
        for c in tok.children)


def _same_family(a: str, b: str) -> bool:
    """Two families of things alike, a craft and its flight one ("the probe Psyche")."""
    return bool(a) and CRAFT_FAMILIES.get(a, a) == CRAFT_FAMILIES.get(b, b)


def _with_the(tok: Token) -> bool:
    """The noun's determiner is "the"."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


def _in_other_clauses(tok: Token, refs: dict[int, "Referent"]) -> set[str]:
    """The things named only inside relative clauses that do not hold the token: a possessive
    pronoun after them refers to them last ("Vast, a start-up that has never taken NASA
    money, says its Haven-1 will fly": Vast's)."""
    inside: set[str] = set()
    outside: set[str] = set()
    clauses = [c for c in tok.doc if c.dep_ == "acl:relcl" and not c.left_edge.i <= tok.i <= c.right_edge.i]
    for i, ref in refs.items():
        held = any(c.left_edge.i <= i <= c.right_edge.i for c in clauses)
        (inside if held else outside).update(ref.tids)
    return inside - outside


def _clause_subject(tok: Token, refs: dict[int, "Referent"]) -> set[str]:
    """The things the subject of a possessive pronoun's own clause names: the pronoun refers
    to them first ("Northrop makes deliveries for NASA under its contract": Northrop's);
    none where the verb has an indirect object, which the pronoun as often means ("NASA gave
    SpaceX its first contract")."""
    verb = next((a for a in tok.ancestors if predicate(a)), None)  # or a copula's: "BepiColombo is on its way"
    if verb is None or any(c.dep_ == "iobj" for c in verb.children):
        return set()
    return {t for c in verb.children if c.dep_ in SUBJECTS and c.i in refs and c.i != tok.i
            for k in (c, *c.conjuncts) if k.i in refs for t in refs[k.i].tids[:1]}


def _sibling(tok: Token, refs: dict[int, "Referent"]) -> set[str]:
    """A possessive pronoun on the second of two coordinated nouns refers to the first, or
    to the first one's owner: "SNC and its spaceplane", "the EU's Galileo and its Copernicus"."""
    first = tok.head.head if tok.head.dep_ == "conj" else None
    if first is None:
        return set()
    owners = [first, *(c for c in first.children if c.dep_ == "nmod:poss")]
    return {t for k in owners if k.i in refs and not refs[k.i].pronoun for t in refs[k.i].tids}


def _in_clause(top: Token, low: Token) -> bool:
    """The path down from `top` to `low` enters no clause of its own ("built under a contract
    awarded in 2019; its arrays will feed the Gateway": not what the contract is for)."""
    tok = low.head
    while tok.i != top.i and tok.head.i != tok.i:
        if tok.dep_ in CLAUSES:
            return False
        tok = tok.head
    return low.dep_ not in CLAUSES


def _name_head(tok: Token) -> Token:
    """The last word of the name a word is part of, where the spread parse hangs the name
    (`syntax._spread`: each other word `flat` on it)."""
    return tok.head if tok.dep_ == "flat" and tok.head.i > tok.i else tok


def _whose(tok: Token, refs: dict[int, "Referent"]) -> Token | None:
    """The thing a "whose" stands for: the one named right before its comma ("ISRO, whose
    programme"), however the parser hung the clause, else the noun its relative clause
    modifies."""
    if tok.i > 1 and tok.doc[tok.i - 1].text == ",":
        before = _name_head(tok.doc[tok.i - 2])
        if before.i in refs:
            return before
    clause = next((a for a in tok.ancestors if a.dep_ == "acl:relcl"), None)
    return clause.head if clause is not None and clause.head.i in refs else None


def _list_after_clause(noun: Token) -> int | None:
    """Where the list starts that names the members of a counted plural subject, set off by
    a colon or a dash after its clause: "Several African countries have signed the accords -
    Nigeria and Rwanda in 2022", "Fifteen governments sign the agreement: the United States,
    Russia, ..."; None where there is none."""
    if noun.dep_ not in ("nsubj", "nsubj:pass") or not any(
            c.dep_ == "nummod" or c.lower_ in COUNTING_WORDS for c in noun.children):
        return None
    verb = noun.head
    return next((t.i + 1 for t in noun.doc[verb.i + 1:-1]
                 if t.text == ":" or t.text in DASHES and t.whitespace_ and noun.doc[t.i - 1].whitespace_), None)


def _each_listed(toks: Iterable[Token], refs: dict[int, "Referent"]) -> list[str]:
    """The things at each token and at the tokens coordinated with it, in order, each once."""
    return list(dict.fromkeys(t for c in toks for k in (c, *c.conjuncts) if k.i in refs for t in refs[k.i].tids))


def _set_off(tok: Token) -> bool:
    """A phrase set off by a comma from the word before it: what the parser took for an
    object is an apposition on the clause ("Uruguay joins, the 36th country to do so")."""
    first = tok.left_edge.i  # the parser may hang the comma on the phrase itself
    return tok.doc[first].text == "," or first > 0 and tok.doc[first - 1].text == ","


def _free_verb(tok: Token, forms: set[str], refs: dict[int, Referent]) -> bool:
    """A verb of these forms that may stand for an agreement of its own: nothing stands for
    it yet, and it is in no clause on an agreement noun ("a contract that A signed with B",
    however the parser hung the clause), which says who made that agreement, not another."""
    return tok.lower_ in forms and tok.pos_ == "VERB" and tok.i not in refs and not any(
        a.i in refs and refs[a.i].agreement for a in tok.ancestors)


def _trailing(tok: Token) -> Token | None:
    """The nominal modifier the parser hung on the first of a list of names whose first has
    an owner of its own, though it follows the last name: "NASA's Nicole Mann and Josh
    Cassada and Koichi Wakata of JAXA", "NASA astronauts Zena Cardman and Mike Fincke and
    Kimiya Yui of JAXA" is Wakata's and Yui's, of JAXA; the list's names each have their
    own."""
    last = max(tok.conjuncts, key=lambda c: c.i, default=None)
    if last is None or last.i < tok.i or not (any(d.dep_ == "nmod:poss" for d in tok.children) or _owned_noun_before(tok)):
        return None
    return next((d for d in tok.children if d.dep_ == "nmod" and d.i > last.i), None)


def _owned_noun_before(tok: Token) -> bool:
    """The name follows a noun that a thing modifies: "NASA astronauts Zena Cardman"."""
    first = min((c.i for c in tok.children if c.dep_ == "flat" and c.i < tok.i), default=tok.i)
    if first < 2:
        return False
    noun, owner = tok.doc[first - 1], tok.doc[first - 2]  # however the parser hung the two
    return noun.is_lower and noun.is_alpha and (owner._.sg_thing or owner.tag_ == "POS")


def _negated(verb: Token) -> bool:
    """The verb is denied: "has not signed", "never flew", "Neither China nor Russia has
    signed", "refused to sign", "has yet to join"."""
    if any(c.lower_ in NEGATIONS and c.dep_ in ("advmod", "neg") for c in verb.children):
        return True
    if any(k.lower_ in ("neither", "nor") for c in verb.children if c.dep_ in SUBJECTS for k in c.subtree):
        return True
    head = verb.head
    return verb.dep_ == "xcomp" and (head.lower_ in REFUSALS or any(c.lower_ == "yet" for c in head.children))


def _sharing_conjuncts(doc: Doc) -> list[Token]:
    """Verbs coordinated with a verb whose subject (or, for a participle, whose role) they
    share: "INSAT-3DS was built by URSC and paid for by MoES", "designed and built at
    URSC", "Designed and built by CAST, MisrSat-2 ..."."""
    return [c for c in doc if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.head.pos_ in ("VERB", "AUX")
            and c.head.dep_ != "conj" and not any(k.dep_ in SUBJECTS for k in c.children)
            and (cc := next((k for k in c.children if k.dep_ == "cc"), None)) is not None
            and all(t.pos_ in ("AUX", "ADV", "PART") for t in doc[cc.i + 1:c.i])]  # not "built X and DLR
    # operates it", a subject the parser read as a conjunct of the object


def _was(pred: Token) -> bool:
    """A copular predicate in the simple past ("Lystrup was vice president of Ball"): a post
    held before, not the person's title now; not "has been", nor "was named"."""
    if pred.dep_ == "conj" and pred.head._.sg_title and not any(c.dep_ == "cop" for c in pred.children):
        pred = pred.head  # "was vice president and general manager": the second's copula is the first's
    cop = next((c for c in pred.children if c.dep_ == "cop"), None)
    return cop is not None and cop.lower_ in ("was", "were") and not any(
        c.dep_ == "aux" for c in pred.children)


def _promoted(doc: Doc, c: Token) -> Doc:
    """The sentence read with the conjunct `c` in its first verb's place: it takes the first's
    head and relation, its subject and auxiliaries before it, and what follows `c` but hangs
    on the first ("NASA designed and built the probe": built it too); the first becomes its
    conjunct. The rules over structure read this view as they read the sentence."""
    first = c.head
    heads = [t.head.i for t in doc]
    deps = [t.dep_ for t in doc]
    own_aux = any(k.dep_ in ("aux", "aux:pass") for k in c.children)
    for k in first.children:
        if (k.dep_ in SUBJECTS or k.dep_ in ("aux", "aux:pass") and not own_aux) and k.i < first.i \
                or k.i > c.i and k.dep_ not in ("conj", "cc", "punct"):
            heads[k.i] = c.i
    heads[c.i], deps[c.i] = (c.i, deps[first.i]) if first.head.i == first.i else (first.head.i, deps[first.i])
    heads[first.i], deps[first.i] = c.i, "conj"
    view = Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc], heads=heads,
               deps=deps, tags=[t.tag_ for t in doc], pos=[t.pos_ for t in doc], morphs=[str(t.morph) for t in doc],
               lemmas=[t.lemma_ for t in doc], sent_starts=[t.i == 0 for t in doc])
    for t, v in zip(doc, view):
        v._.sg_thing, v._.sg_title = t._.sg_thing, t._.sg_title
    return view


@dataclass
class Referent:
    """What a token stands for: things, or (for a pronoun) candidates nearest first, or a
    country a demonym names (added to the article only when a fact uses it)."""

    tids: list[str] = field(default_factory=list)
    pronoun: bool = False
    country: Entry | None = None
    agreement: str = ""  # an unnamed agreement ("signed a memorandum"): its kind, and
    at: int = 0  # where it is named, so each noun is one agreement (merged by `discourse`)
    group: bool = False  # a plural noun: it stands for each of its things ("five agencies: A, B, ...")
    described: bool = False  # a description that refers back ("the mission"), not a name
    each: bool = False  # a plural agreement noun: one agreement with each other party ("contracts with A and B")
    title: str = ""  # the name the article writes an agreement noun with ("the Gateway Treaty")
    joint: bool = False  # one of things a plural pronoun or description stands for: what they run, each takes part in


class Structure:
    """The rules, built once; `read` returns the facts of parsed sentences."""

    def __init__(self, vocab: Vocab, kb: Knowledge, schema: Schema) -> None:
        self.kb = kb
        self.known = kb.by_id.keys()
        self.schema = schema
        self.ranked = load_rules(kb.lexicon)
        self.order = {rule.name: rank for rank, rule in enumerate(self.ranked)}
        self.matcher = DependencyMatcher(vocab)
        for rule in self.ranked:
            self.matcher.add(rule.name, [rule.pattern])
        self.nouns: dict[str, str] = kb.lexicon["class_nouns"]  # "the Hera mission": a noun of a kind of thing
        self.plurals = {w: cls for w, cls in kb.lexicon["class_plurals"].items() if not w.startswith("_")}
        lex = kb.lexicon
        self.kinds = {w.lower(): cls for w, cls in lex["name_tails"].items() if " " not in w}
        self.crewed = {w for w in lex["crewed_words"] if " " not in w} | set(lex["crewed_modifiers"])
        self.cover = set(lex["verbs"]["cover"])
        self.area_nouns = set(lex["area_nouns"])  # "covers three areas: A, B and C": the list says which
        self.choose = set(lex["verbs"]["choose"])
        self.astronaut_nouns = {w for w in lex["astronaut_nouns"] if " " not in w}
        self.person_nouns = {w for w in lex["person_nouns"] + lex["astronaut_nouns"] + lex["crew_roles"]
                             if " " not in w and not w.endswith("s")}  # "the engineer", "the cosmonaut"
        self.accede = set(lex["verbs"]["join"]) | set(lex["verbs"]["sign_up"])
        self.sign_up = set(lex["verbs"]["sign_up"])
        self.agree = set(lex["verbs"]["agree"])
        self.contract = set(lex["verbs"]["contract"])
        self.acquire = set(lex["verbs"]["acquire"])
        self.buying = set(lex["verbs"]["order"]) | self.acquire
        self.signers = set(lex["signer_nouns"])
        self.crew_nouns = set(lex["crew_nouns"])
        self.stand_ins = set(lex["stand_in_nouns"])
        self.plural_kinds = {w: cls for cls, words in lex["plural_kinds"].items() for w in words}
        self.org_titles = frozenset(lex["organisation_titles"]["words"])  # "founder of X": X is an organisation
        self.shorthand = frozenset(lex["shorthand_titles"]["words"])  # "Kennedy chief Janet Petro": no job title
        self.agreement_kinds = {w: kind for w, kind in lex["agreement_nouns"].items() if kind}
        self.kind_words = max(len(w.split()) for w in self.agreement_kinds)

    def read(self, found: Found, parsed: Iterable[tuple[int, Doc]], titles: list[tuple[int, int]]) -> list[Fact]:
        facts: list[Fact] = []
        toks = found.toks
        order = found.mentions  # sorted by the extractor
        subjects: list[tuple[int, str]] = []  # (token, thing) of the things that were subjects
        groups: list[tuple[int, str, list[str]]] = []  # (token, family, things) of things named together
        choice: tuple[int, str, list[str]] | None = None  # the last "A selected B": (sentence, A, Bs)
        agreements = found.named_agreements()  # "the Artemis Accords"
        for number, (start, doc) in enumerate(parsed):
            end = start + len(doc)
            sent = toks.sentence(start)
            evidence = Evidence(sent.text, sent.start_char, sent.end_char)
            refs = self._referents(found, doc, start, end, order, titles, subjects, agreements, groups)
            said: list[Fact] = []
            for view, conjunct in ((doc, None), *((_promoted(doc, c), c) for c in _sharing_conjuncts(doc))):
                matches = sorted((self.order[self.matcher.vocab.strings[m]], ids) for m, ids in self.matcher(view)
                                 if conjunct is None or conjunct.i in ids)
                for rank, token_ids in matches:  # in the data file's order, whatever order the matcher gives
                    rule = self.ranked[rank]
                    said += self._facts(found, rule, dict(zip(rule.nodes, token_ids)), view, refs, evidence)
            said = self._each_their_own(found, refs, said)
            said += self._areas(found, doc, start, refs, evidence)
            self._crewmates(found, doc, refs, evidence)
            said += self._both_of(found, doc, refs, evidence)
            choice = self._choice(found, doc, refs, number) or choice  # "NASA picks SpaceX ... under a contract"
            if choice and number - choice[0] <= CHOICE_REACH:
                said += self._chosen_parties(found, refs, said, choice, evidence)
            if any(r.agreement for r in refs.values()):
                choice = None  # the first contract told of after a choice is the one it made
            facts += said
        return facts

    def _each_their_own(self, found: Found, refs: dict[int, Referent], said: list[Fact]) -> list[Fact]:
        """A plural agreement noun with two or more other parties is one agreement with each
        ("ESA signs contracts with The Exploration Company and Thales Alenia Space"; "cooperation
        agreements with CNSA and ISRO"): the first keeps the noun's node, each other gets
        one of its own with the same facts but that party. With one other party it is one
        agreement where a party signs or holds it too ("ESA signed contracts with The
        Exploration Company"); else it says nothing ("earlier agreements between the two
        agencies" are no one agreement)."""
        for ref in {r.at: r for r in refs.values() if r.agreement and r.each}.values():
            tid = self._real(found, ref, f"agreement:{ref.at}")
            own = [f for f in said if f.subject == tid]
            others = list(dict.fromkeys(f.obj for f in own if f.prop == "party" and f.rule in COUNTERPARTS))
            said = [f for f in said if f.subject != tid]
            signers = [f for f in own if f.prop == "party" and f.rule not in COUNTERPARTS]
            if len(others) < 2 and not (others and signers):
                found.things.pop(tid, None)
                continue
            shared = [f for f in own if not (f.prop == "party" and f.obj in others)]
            for n, other in enumerate(others):
                each = tid if n == 0 else found.add("Agreement", f"{found.things[tid].key}-{n}",
                                                    found.things[tid].label, local=True)
                said += [replace(f, subject=each) for f in shared]
                said += [replace(f, subject=each) for f in own if f.prop == "party" and f.obj == other][:1]
        return said

    def _choice(self, found: Found, doc: Doc, refs: dict[int, Referent], number: int
                ) -> tuple[int, str, list[str]] | None:
        """"NASA selected SpaceX to build the vehicle": who chose (an organisation) and
        whom (organisations), the parties of the contract a later sentence speaks of."""
        for verb in doc:
            if verb.lower_ not in self.choose or verb.pos_ != "VERB" or _negated(verb):
                continue  # "NASA has not chosen Vast" is no choice
            who = [t for c in verb.children if c.dep_ == "nsubj" and c.i in refs for t in refs[c.i].tids[:1]]
            whom = [t for c in verb.children if c.dep_ == "obj"
                    for k in (c, *c.conjuncts) if k.i in refs for t in refs[k.i].tids[:1]]
            orgs = [t for t in who + whom if self._family(found, t) == "Organization"]
            if who and whom and orgs == who + whom:
                return number, who[0], whom
        return None

    def _chosen_parties(self, found: Found, refs: dict[int, Referent], said: list[Fact],
                        choice: tuple[int, str, list[str]], evidence: Evidence) -> list[Fact]:
        """The parties of a contract told of with a choice or right after it ("NASA picks
        SpaceX to build it under a contract worth $843 million"; "NASA selected SpaceX ...
        The contract is worth $843 million"; "NASA chose Boeing and SpaceX ... Boeing's
        contract was valued at $4.2 billion"): who chose, and whom, or the one of them the
        sentence gives the contract to."""
        _, chooser, chosen = choice
        out = []
        for ref in {r.at: r for r in refs.values() if r.agreement}.values():
            tid = self._real(found, ref, f"agreement:{ref.at}")
            parties = {f.obj for f in said if f.subject == tid and f.prop == "party"}
            given = parties & set(chosen)
            if parties - given - {chooser} or (not given and len(chosen) > 1):
                continue  # another party, or which of several chosen is not said
            out += [Fact(tid, "party", p, evidence, rule=CHOICE_RULE) for p in (chooser, *(given or chosen))
                    if p not in parties]
        return out

    def anchors(self, found: Found, start: int, doc: Doc) -> list[tuple[Token, str]]:
        """(token, thing) for each thing named in the parsed sentence that starts at `start`."""
        return [(anchor, m.tid) for anchor, m in self._anchored(found, start, doc)]

    def _anchored(self, found: Found, start: int, doc: Doc) -> list[tuple[Token, Mention]]:
        end = start + len(doc)
        return [(self._anchor(doc, m.start - start, m.end - start, self._family(found, m.tid)), m)
                for m in found.mentions if start <= m.start and m.end <= end]

    # -- what each token stands for ---------------------------------------------------------

    def _referents(self, found: Found, doc: Doc, start: int, end: int, order, titles,
                   subjects: list[tuple[int, str]], agreements: list[Mention],
                   groups: list[tuple[int, str, list[str]]]) -> dict[int, Referent]:
        """What each token of the parsed sentence stands for; `agreements`: the mentions of
        the agreements the article names; `groups`: the things named together so far, which
        a plural pronoun or description refers to ("ESA and JAXA ... their joint probe")."""
        refs: dict[int, Referent] = {}
        for tok in doc:
            tok._.sg_thing = False
            tok._.sg_title = ""
        name_words: set[int] = set()  # the tokens of the names: "Italian" of "the Italian Space Agency" is no demonym
        for anchor, m in self._anchored(found, start, doc):
            ref = refs.setdefault(anchor.i, Referent())
            ref.tids.append(m.tid)
            ref.described = ref.described or m.ref
            name_words.update(range(m.start - start, m.end - start))
            noun = doc[m.start - start - 1] if m.start > start else None
            if noun is not None and noun.i not in refs and noun.pos_ == "NOUN" and _same_family(
                    self.nouns.get(noun.lower_, ""), self._family(found, m.tid)) and (
                    noun.head == anchor.head or noun.is_ancestor(anchor) or anchor.is_ancestor(noun)):
                refs[noun.i] = ref  # "their joint probe BepiColombo", however the parser hung the two; not "the
                # station CMSA runs"
        for ts, te in titles:
            if start <= ts and te <= end:
                heads = heads_whole(self.kb.titles, found.toks, ts, te, end)
                for tok in doc[ts - start:te - start]:
                    tok._.sg_title = "heads" if heads else "title"
        for tok in doc:  # "five agencies: NASA, Roscosmos, ESA": the noun stands for the list
            if tok.i not in refs and tok.pos_ == "NOUN" and tok.tag_ in ("NNS", "NNPS"):
                listed = [c for c in tok.children if c.dep_ == "appos" and c.i in refs]
                if not listed and tok.i + 2 < len(doc) and doc[tok.i + 1].text == ":":  # parsed apart
                    listed = self._listed_after(found, doc, tok.i + 2, refs)
                tids = _each_listed(listed, refs)
                if not tids and (at := _list_after_clause(tok)) is not None:  # each name of the list, however
                    # the parser hung it ("- Peru and Chile in 2023, Angola in 2024"), not its conjuncts before it
                    tids = list(dict.fromkeys(t for k in self._listed_after(found, doc, at, refs, clause_only=True)
                                              for t in refs[k.i].tids))
                if tids:
                    refs[tok.i] = Referent(tids=tids, group=True)
        for tok in doc:  # "the governments of Japan and the United States", "a team at Kyoto University": the
            # countries and organisations themselves
            if tok.i not in refs and tok.lower_ in self.stand_ins and tok.dep_ in STAND_IN_ROLES:
                whose = [c for c in tok.children if c.dep_ == "nmod" and c.i in refs
                         and any(k.dep_ == "case" and k.lower_ in ("of", "at", "from") for k in c.children)]
                tids = _each_listed(whose, refs)
                if tids:
                    refs[tok.i] = Referent(tids=tids, group=len(tids) > 1)
                elif country := next((self.kb.demonyms[c.text] for c in tok.children if c.dep_ == "amod"
                                      and c.text in self.kb.demonyms and c.i not in name_words), None):
                    refs[tok.i] = Referent(country=country)  # "the Australian Government", "an Indian delegation"
        described = [(i, d) for i in list(refs) for d in describe(doc[i]) if not (d._.sg_title and _was(d))]
        described += [(i, c) for i, d in described if d._.sg_title for c in d.conjuncts
                      if c._.sg_title and c.i > d.i and not any(k.dep_ == "nmod:poss" for k in c.children)]
        # "Huby, founder and chief executive of X": both titles; not "ASI's president, Valente, and EgSA's chief
        # executive, Sedky", a title of its own owner's
        # appositions and copular predicates describe the thing; a noun right before a name
        # ("SpaceX engineer Sarah Gillis") is that name's before any looser link claims it
        described.sort(key=lambda pair: not _right_before(doc, pair[1], pair[0]))
        for i, d in described:
            if d.i not in refs and not self._across(found, doc, i, d, refs):
                tids = list(refs[i].tids)
                last = max(c.i for c in (doc[i], *doc[i].conjuncts) if c.i in refs)  # the list's last name
                if d.i > last and (any(c.lower_ in ("both", "all", "each") for c in d.children) or (  # "A and B,
                        "Plur" in _noun(d).morph.get("Number", []) or d.lower_ in self.crew_nouns)):  # both majors"
                    # a plural or a crew after a list describes all of it: "A, B and C, the Shenzhou-17 crew"; not
                    # one set off after its first ("Rogge, a German robotics researcher, and ... Eric Philips")
                    tids += [t for c in (doc[i], *doc[i].conjuncts) if c.i in refs for t in refs[c.i].tids
                             if t not in tids]
                refs[d.i] = Referent(tids=tids, group=len(tids) > 1)
                self._type(found, d, refs[i].tids)
                if d.dep_ in SUBJECTS and doc[i].dep_ == "appos" and doc[i].head.i == d.i:  # "The principal
                    # investigator, Jamie Bock, is a physicist at Caltech": what the subject the name sets off is
                    described += [(d.i, p) for p in describe(d) if p.i not in refs and p.i > d.i]
        groups += self._named_together(found, doc, start, refs)
        for tok in doc:
            if tok.i in refs:
                continue
            lower = tok.lower_
            relative = tok.head.head if tok.head.dep_ == "conj" and tok.head.head.dep_ == "acl:relcl" else tok.head
            if lower in RELATIVES and relative.dep_ == "acl:relcl" and relative.head.i in refs \
                    and tok.dep_ in (*SUBJECTS, "obj"):  # "Tomas Berg, who works at SSC": Berg works there; "the
                # H3, which MHI and JAXA developed and which MHI will operate": so the second clause
                noun = relative.head
                shared = [c for c in noun.conjuncts if c.i in refs] if noun.dep_ != "conj" and all(
                    c.i < tok.i for c in noun.conjuncts) else []  # after a list, on its first: of each of it
                if shared and tok.dep_ in SUBJECTS and _singular(relative):  # "A, B and C, who flies for MBRSC":
                    # the verb agrees with one, the one named last
                    noun, shared = max((noun, *shared), key=lambda c: c.i), []
                tids = list(dict.fromkeys(t for c in (noun, *shared) for t in refs[c.i].tids))
                refs[tok.i] = Referent(tids=tids, group=bool(shared) and len(tids) > 1)
            elif lower == "whose" and tok.dep_ == "nmod:poss" and (owner := _whose(tok, refs)) is not None:
                refs[tok.i] = Referent(tids=list(refs[owner.i].tids))  # "Lunar Outpost, whose MAPP rover": its
            elif (lower in PLURAL_PRONOUNS and tok.pos_ == "PRON" or self._plural_description(tok)) and (
                    together := self._together_before(found, groups, start + tok.i, tok)):
                refs[tok.i] = Referent(tids=together[1], group=True, pronoun=lower in PLURAL_PRONOUNS, joint=True)
                groups.append((start + tok.i, *together))  # "ESA and JAXA ... The two agencies ... they"
            elif lower in PRONOUNS and tok.pos_ == "PRON" or self._described_person(tok):
                tids = self._antecedents(found, order, subjects, start + tok.i, PRONOUNS.get(lower, "Person"))
                if tok.dep_ == "nmod:poss":  # "Vast, a start-up that took no NASA money, says its Haven-1 will fly"
                    aside = _in_other_clauses(tok, refs)
                    tids = [t for t in tids if t not in aside] + [t for t in tids if t in aside]
                    subject, held = _clause_subject(tok, refs), refs.get(tok.head.i)
                    for own in (subject, _sibling(tok, refs), self._runs(found, held, tids)):
                        tids = [t for t in tids if t in own] + [t for t in tids if t not in own]  # the last says most
                    if held and set(held.tids) & subject:
                        tids = []  # "BepiColombo is on its way": the thing's own, which says nothing of another
                elif tok.dep_ in ("obj", "iobj"):  # "NASA awarded it a contract": not NASA, its clause's subject
                    own = {t for c in tok.head.children if c.dep_ in SUBJECTS and c.i in refs for t in refs[c.i].tids}
                    tids = [t for t in tids if t not in own]
                elif tok.dep_ in SUBJECTS and tok.head.dep_ == "conj":  # "Amazon signed with Verizon, and it
                    # announced ...": the subject of the clause it is coordinated with, not the nearest name
                    first = {t for c in tok.head.head.children if c.dep_ in SUBJECTS and c.i in refs
                             for t in refs[c.i].tids}
                    tids = [t for t in tids if t in first] + [t for t in tids if t not in first]
                refs[tok.i] = Referent(tids=tids, pronoun=True)
            elif tok.text in self.kb.demonyms and tok.i not in name_words and not _in_place_name(tok, name_words):
                refs[tok.i] = Referent(country=self.kb.demonyms[tok.text])
            elif agreements and (tok.pos_ in ("NOUN", "PROPN") or tok.dep_ in NOMINAL_ROLES) and _definite(tok) and (
                    named := named_agreement(agreements, found.toks.lower, start + tok.i, start + tok.i + 1)):
                refs[tok.i] = Referent(tids=[named], described=True)
            elif (tok.pos_ in ("NOUN", "PROPN") or tok.dep_ in NOMINAL_ROLES) and (  # "The memorandum" tagged ADJ
                    kind := agreement_named(tok, self.agreement_kinds, self.kind_words))[0]:
                refs[tok.i] = Referent(agreement=kind[0], at=start + tok.i, each=tok.tag_ == "NNS",
                                       title=agreement_title([t.text for t in doc], tok.i, range(len(doc)),
                                                             name_words, self.agreement_kinds,
                                                             lambda a, b: doc[a:b].text))
                for word in kind[1]:  # "a memorandum of understanding with X": X may hang on its last noun
                    refs.setdefault(word.i, refs[tok.i])
        self._each_one(doc, refs)
        self._signed_with(doc, start, refs)
        self._contracted(doc, start, refs)
        self._agreed(doc, start, refs)
        self._ordered(doc, start, refs)
        if agreements:
            self._understood(agreements, doc, start, refs)
        for i, ref in refs.items():
            doc[i]._.sg_thing = bool(ref.tids or ref.country or ref.agreement)
            if doc[i].dep_ in SUBJECTS and not ref.pronoun:
                subjects += [(start + i, tid) for tid in ref.tids]
        return refs

    @staticmethod
    def _each_one(doc: Doc, refs: dict[int, Referent]) -> None:
        """"two contracts: one with A and one with B", "two agreements, one with A and another
        with B": each "one" set off after a plural agreement noun, with an other party of its
        own, is one of those agreements (however the parser hung it: on the noun, on a later
        word of its clause, or on the "one" before)."""
        plural = None
        for tok in doc:
            ref = refs.get(tok.i)
            if ref is not None and ref.agreement and ref.each:
                plural = tok
            elif plural is not None and tok.i not in refs and tok.lower_ in ("one", "another") \
                    and tok.dep_ in ("appos", "conj") and tok.head.i >= plural.i \
                    and any(c.dep_ == "nmod" and case(c) in ("with", "from") for c in tok.children):
                refs[tok.i] = refs[plural.i]

    def _signed_with(self, doc: Doc, start: int, refs: dict[int, Referent]) -> None:
        """"Senegal signs with CNSA", "OneWeb signed with SpaceX and NSIL instead": signing with
        someone, with no agreement said, makes one with each (the verb stands for it); not
        "signed on", "signed a contract with", "signed with a pen"."""
        for tok in doc:
            if _free_verb(tok, self.sign_up, refs) and not any(
                    c.dep_ in ("obj", "ccomp", "xcomp", "compound:prt", "nsubj:pass") for c in tok.children) and any(
                    c.dep_ == "obl" and case(c) == "with" and c.i in refs and refs[c.i].tids for c in tok.children):
                refs[tok.i] = Referent(agreement="agreement", at=start + tok.i, each=True)

    def _contracted(self, doc: Doc, start: int, refs: dict[int, Referent]) -> None:
        """"Hughes contracted Maxar", "the Space Force, which contracted with Hispasat", "Airbus was
        contracted by ESA": to contract someone, or with someone, makes a contract with each one (the
        verb stands for it); not a verb in a clause on an agreement noun."""
        for tok in doc:
            if _free_verb(tok, self.contract, refs) and any(
                    c.i in refs and refs[c.i].tids and (c.dep_ in ("obj", "nsubj:pass") or c.dep_ in ("obl", "obl:agent")
                                                         and case(c) in ("with", "by")) for c in tok.children):
                refs[tok.i] = Referent(agreement="contract", at=start + tok.i, each=True)

    def _agreed(self, doc: Doc, start: int, refs: dict[int, Referent]) -> None:
        """"Rocket Lab agreed to acquire Mynaric", "SES agreed to buy Intelsat": one that agrees
        to buy another makes an agreement with it (the verb stands for it). Not those that
        agree together to do something ("the partners have agreed to keep the station flying":
        no one agreement; eval/own: 8 wrong, 0 right), not one that agrees alone ("NASA agreed
        to provide the launch"), nor a verb in a clause on an agreement noun."""
        for tok in doc:
            if not _free_verb(tok, self.agree, refs) or _negated(tok):
                continue
            buyer = any(k.i in refs and refs[k.i].tids and not refs[k.i].pronoun
                        for c in tok.children if c.dep_ == "nsubj" for k in (c, *c.conjuncts))
            bought = any(c.dep_ == "obj" and c.i in refs and refs[c.i].tids
                         for v in tok.children if v.dep_ == "xcomp" and v.lower_ in self.acquire for c in v.children)
            if buyer and bought:
                refs[tok.i] = Referent(agreement="agreement", at=start + tok.i)

    def _ordered(self, doc: Doc, start: int, refs: dict[int, Referent]) -> None:
        """"SES ordered seven satellites from Boeing", "Amazon booked three launches from SpaceX":
        to order or buy from someone makes a contract with them (the verb stands for it); not a
        verb in a clause on an agreement noun."""
        for tok in doc:
            if _free_verb(tok, self.buying, refs) and not _negated(tok) and any(
                    c.dep_ in ("obl", "nmod") and case(c) == "from" and c.i in refs and refs[c.i].tids
                    for c in (*tok.children, *(k for o in tok.children if o.dep_ == "obj" for k in o.children))):
                refs[tok.i] = Referent(agreement="contract", at=start + tok.i)

    def _understood(self, agreements: list[Mention], doc: Doc, start: int, refs: dict[int, Referent]) -> None:
        """An agreement understood, not said: the object of "join" or "sign" used without one
        ("Peru joins", "Switzerland signs on the 15th", "the 28th nation to sign") and what a
        signatory is one of ("Belgium becomes the 34th signatory") stand for the agreement
        named last before, when the article has named one ("the Artemis Accords")."""
        for tok in doc:
            signer = tok.lower_ in self.signers and not any(c.dep_ == "nmod" for c in tok.children)
            if tok.i in refs and not signer:
                continue  # a signatory that describes its subject ("X is the 24th signatory") is of the agreement
            objectless = tok.lower_ in self.accede and tok.dep_ in ("ROOT", "conj", "acl", "xcomp", "parataxis") \
                and not any(c.dep_ in ("obj", "compound:prt", "ccomp", "xcomp")  # not "signed on", "joined the crew"
                            and not (c.dep_ == "obj" and _set_off(c))  # "Uruguay joins, the 36th country to do so"
                            or c.dep_ == "obl" and case(c) in ("with", "to") for c in tok.children)
            before = [m.tid for m in agreements if m.start < start + tok.i] if signer or objectless else []
            if before:
                refs[tok.i] = Referent(tids=[before[-1]])

    def _named_together(self, found: Found, doc: Doc, start: int, refs: dict[int, Referent]
                        ) -> list[tuple[int, str, list[str]]]:
        """The things a sentence names together, of one family: coordinated ("ESA and JAXA")
        or one plural noun's ("five agencies: A, B, ...")."""
        out = []
        for tok in doc:
            if tok.i not in refs or tok.dep_ == "conj":
                continue
            tids = list(dict.fromkeys(t for c in (tok, *tok.conjuncts) if c.i in refs for t in refs[c.i].tids))
            families = {self._family(found, t) for t in tids}
            if len(tids) > 1 and len(families) == 1:
                out.append((start + max(c.i for c in (tok, *tok.conjuncts)), families.pop(), tids))
        return out

    def _plural_description(self, tok: Token) -> bool:
        """"the two agencies", "both companies", "the partners": a plural noun of a kind of
        organisation or of countries, definite, with no name or clause of its own; or a
        bare numeral so used ("an agreement between the two")."""
        if tok.tag_ == "CD" and tok.lower_ in NUMBER_WORDS and tok.dep_ in NOMINAL_ROLES:
            return any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
        return tok.tag_ == "NNS" and tok.lower_ in self.plural_kinds and any(
            c.dep_ == "det" and c.lower_ in ("the", "both", "these", "those") or c.lower_ == "both"
            for c in tok.children) and not any(
            c.dep_ in ("appos", "flat", "compound", "acl", "acl:relcl", "nmod") for c in tok.children)

    def _together_before(self, found: Found, groups: list[tuple[int, str, list[str]]], at: int,
                         tok: Token) -> tuple[str, list[str]] | None:
        """The things named together last before token `at` (their family and them), in its
        sentence or the `SEARCH_BACK` before, of the family a plural description names (any
        for "they")."""
        sents = found.toks.sents
        since = sents[max(0, sents.index(found.toks.sentence(at)) - SEARCH_BACK)].start
        family = self.plural_kinds.get(tok.lower_, "")
        count = NUMBER_WORDS.get(tok.lower_)  # "the two": as many
        return next(((fam, tids) for k, fam, tids in reversed(groups)
                     if since <= k < at and (not family or fam == family) and count in (None, len(tids))), None)

    def _described_person(self, tok: Token) -> bool:
        """"The engineer from Denmark spent ten days on the station": a subject that is "the"
        and a noun of persons, with no name or clause of its own, is the person named before."""
        return tok.dep_ in SUBJECTS and tok.pos_ == "NOUN" and tok.lower_ in self.person_nouns and _with_the(
            tok) and not any(
            c.dep_ in ("appos", "flat", "compound", "acl", "acl:relcl") for c in tok.children)

    def _across(self, found: Found, doc: Doc, i: int, d: Token, refs: dict[int, Referent]) -> bool:
        """Another thing of the same kind stands between the name at i and the noun d that
        would describe it (but for its possessor): a parse that reached over "Michael
        Suffredini, its chief executive, and Kam Ghaffarian, its executive chairman"."""
        if doc[i].dep_ in SUBJECTS and d.i == doc[i].head.i:
            return False  # a copular predicate: "Menon, like Gillis, is an engineer"
        family = self._family(found, refs[i].tids[0]) if refs[i].tids else ""
        return any(j in refs and doc[j].dep_ != "nmod:poss" and refs[j].tids and refs[j].tids != refs[i].tids
                   and self._family(found, refs[j].tids[0]) == family
                   for j in range(min(i, d.i) + 1, max(i, d.i)))

    def _listed_after(self, found: Found, doc: Doc, i: int, refs: dict[int, Referent],
                      clause_only: bool = False) -> list[Token]:
        """The things of the list that starts at token i, to the end of the sentence or a
        semicolon, of the first one's kind: "NASA, Russia's Roscosmos, the European Space
        Agency and Japan's JAXA" (not Russia, which owns one of them); `clause_only`: to a
        dash or the next clause too ("- Nigeria and Rwanda in 2022 - while Egypt has ...")."""
        out: list[Token] = []
        family = None
        for tok in doc[i:]:
            if tok.text in (";", ".") or clause_only and (tok.text in DASHES or tok.pos_ in ("VERB", "AUX", "SCONJ")):
                break
            if tok.i not in refs or not refs[tok.i].tids or tok.dep_ in ("nmod:poss", "compound") or \
                    tok.dep_ == "flat" and not (clause_only and tok.head.i < i):
                continue  # not a word of a name or an owner's name; but a list's first name hung on a word before it
            kind = self._family(found, refs[tok.i].tids[0])
            family = family or kind
            if kind == family:
                out.append(tok)
        return out

    def _anchor(self, doc: Doc, a: int, b: int, family: str = "") -> Token:
        """The head of the name, or of the phrase the name modifies when that phrase's head
        is a noun of its kind of thing ("the Hera mission", "the Tianzhou freighters"; not "the
        JAXA lander")."""
        head = doc[a:b].root
        while head.dep_ in ("compound", "flat", "amod", "nmod") and head.head.i >= b \
                and head.head.pos_ in ("NOUN", "PROPN") and (
                    _kin(self.nouns.get(head.head.lower_, ""), family) or head.head.tag_ in ("NNS", "NNPS")
                    and _kin(self.plurals.get(head.head.lower_, ""), "Mission" if family == "Program" else family)
                    and not any(t.is_punct for t in doc[b:head.head.i])):  # one phrase, not a misparse across commas
            head = head.head  # "the Tianzhou freighters", "the Tranche 0 satellites": a programme's craft are it
        return head

    def _type(self, found: Found, noun: Token, tids: list[str]) -> None:
        """A thing described as a kind of thing is of that class too ("Gaganyaan, the
        country's first human spaceflight mission": a crewed mission)."""
        cls = self.kinds.get(noun.lower_) if noun.pos_ == "NOUN" else None
        if noun.lower_ in self.astronaut_nouns:  # "Bennell-Pegg became the first astronaut qualified under
            cls = "Astronaut"  # Australia's flag", "X is a cosmonaut"
        if cls is None or any(c.lower_ in ("no", *NEGATIONS) for c in noun.children):
            return  # "he is no astronaut", "it is not a mission"
        if cls == "Mission" and any(t.lower_ in self.crewed for t in noun.subtree if t.i < noun.i):
            cls = "CrewedMission"
        for tid in tids:
            thing = found.things[tid]
            if thing.key in self.known and self._family(found, tid) not in self.schema.ancestors(cls):
                continue  # a known agency is no station, whatever noun a parse puts before it
            found.retype(tid, cls)

    def _runs(self, found: Found, held: Referent | None, tids: list[str]) -> set[str]:
        """Of a possessive pronoun's candidates, those known to run what it possesses (`held`),
        or to be the runner's country ("SpaceX has flown for the agency under its Commercial
        Crew Program": NASA's, as known; "India wants its own station, the BAS": India's)."""
        entries = [self.kb.by_id.get(found.things[t].key) for t in (held.tids if held and not held.pronoun else [])]
        runners = {e.operator for e in entries if e and e.operator}
        runners |= {r.country for k in runners if (r := self.kb.by_id.get(k)) and r.country}
        return {t for t in tids if found.things[t].key in runners}

    @staticmethod
    def _antecedents(found: Found, order, subjects: list[tuple[int, str]], at: int, cls: str) -> list[str]:
        """What a pronoun at token `at` may refer to, most likely first: the things before
        it in its sentence (nearest first), then the subjects of the sentences before, then
        their other things; only people for "he" and "she", never people for "it"."""
        sents = found.toks.sents
        here = found.toks.sentence(at)
        since = sents[max(0, sents.index(here) - SEARCH_BACK)].start
        near = [m.tid for m in reversed(order) if here.start <= m.start < at]
        said = [tid for k, tid in reversed(subjects) if since <= k < here.start]
        rest = [m.tid for m in reversed(order) if since <= m.start < here.start]
        out: list[str] = []
        for tid in near + said + rest:
            if tid not in out and (cls == "Person") == (found.things[tid].cls in PERSON_CLASSES):
                out.append(tid)
                if tid in said and not near:
                    break  # a sentence's opening pronoun takes the last subject, fit or not
        return out

    # -- facts ----------------------------------------------------------------------------

    def _facts(self, found: Found, rule: Rule, nodes: dict[str, int], doc: Doc, refs: dict[int, Referent],
               evidence: Evidence) -> list[Fact]:
        out: list[Fact] = []
        if rule.premodifiers and not _premodifiers(doc, nodes[rule.nodes[0]], list(nodes.values())[1:]):
            return out
        if rule.bounded and any(not _in_clause(doc[nodes[n["LEFT_ID"]]], doc[nodes[n["RIGHT_ID"]]])
                                for n in rule.pattern if n.get("REL_OP") == ">>"):
            return out
        if rule.bare and any(c.lower_ in RELATIVE_WORDS for c in doc[nodes["v"]].children):
            return out  # "the World Bank, where he led projects": not what he led
        if any(c.lower_ in words for node, words in rule.unless.items() for c in doc[nodes[node]].children):
            return out
        if any(c.dep_ in deps and c.pos_ != "PRON" for node, deps in rule.unless_deps.items()
               for c in doc[nodes[node]].children):
            return out
        if any(_negated(doc[i]) for i in nodes.values() if doc[i].pos_ in ("VERB", "AUX")):
            return out  # "China and Russia have not signed the Accords", "Neither ... nor ... has joined"
        listed = rule.coordinated or not any(self._parallel(found, doc[i], refs) for i in nodes.values())
        runs = not any(self._mixed(found, doc[i], refs) for i in nodes.values())
        pairs: dict[tuple[str, str], list[str]] = {}  # (subject node, object node) -> properties in order
        for subj_node, prop, obj_node in rule.facts:
            pairs.setdefault((subj_node, obj_node), []).append(prop)
        for (subj_node, obj_node), props in pairs.items():
            if subj_node == TOPIC:  # of the article's topic mission: discourse.topic_facts says which
                out += [Fact(TOPIC, props[0], self._real(found, o, tid), evidence, rule=rule.name)
                        for o in self._things(doc, nodes[obj_node], refs, listed, rule.coordinated, runs)
                        if (tid := next((t for t in self._candidates(o)
                                         if self._allowed(found, t, rule.classes.get(obj_node))), None))]
                continue
            subjects = self._things(doc, nodes[subj_node], refs, listed, rule.coordinated, runs)
            if obj_node.startswith("title:"):
                at, who = nodes[obj_node[6:]], nodes[subj_node]
                title = self._title(doc, at)
                if title.lower() in self.shorthand and (at < who if at != who else self._before_name(doc, at, refs)):
                    continue  # "Kennedy chief Janet Petro": a headline's word for a leader; not "the agency's chief"
                if at == who and at in refs and refs[at].pronoun:
                    continue  # "the president withdrew the nomination": whom it stands for is a guess, not a title read
                for s in subjects:
                    tid = self._pick(found, s, props[0])
                    if tid:
                        out += [Fact(tid, props[0], each, evidence, literal=True, rule=rule.name)
                                for each in _each_title(title, self.kb.titles)]
                continue
            if _own_description(doc, nodes[subj_node], nodes[obj_node], refs):
                continue
            subjects = self._distributed(doc, nodes[subj_node], nodes[obj_node], refs, subjects)
            for s in subjects:
                for o in self._things(doc, nodes[obj_node], refs, listed, rule.coordinated, runs):
                    fact = self._fact(found, rule, s, o, props, (subj_node, obj_node))
                    if fact and fact[1] == "heads" and (
                            " of " in self._title(doc, nodes[subj_node]) or any(
                            c.dep_ == "det" and c.lower_ in ("a", "an") for c in doc[nodes[subj_node]].children)):
                        fact = (fact[0], "affiliation", fact[2])  # "director of human spaceflight": of a part;
                        # "a director at MPE": one of its directors
                    if fact and fact[1] in ("affiliation", "heads") and any(
                            c.lower_ in FORMER for c in doc[nodes[subj_node]].children):
                        continue  # "a former NASA astronaut" is no longer of NASA
                    if fact:
                        out.append(Fact(fact[0], fact[1], fact[2], evidence, rule=rule.name))
        return out

    def _areas(self, found: Found, doc: Doc, start: int, refs: dict[int, Referent], evidence: Evidence) -> list[Fact]:
        """What an agreement covers, includes or focuses on: each coordinated noun phrase an
        area of cooperation, the scheme's concept where a name of one matches, else a new
        concept ("covers surface mobility, radiation shielding and joint training"; "covers
        three areas: A, B and C"); and what the cooperation it opens is in, where the sentence
        tells of one agreement ("an agreement that lays the groundwork for cooperation in
        space science, aeronautics and education")."""
        out: list[Fact] = []
        schemed = {i: (a, b) for key, a, b in found.matches.found if key.startswith("area ") for i in range(a, b)}
        for verb in doc:
            if verb.lower_ not in self.cover:
                continue
            deals = [c for c in verb.children if c.dep_ in SUBJECTS and (c.i in refs or c.lower_ in DEAL_WORDS)]
            before = {t for i, r in refs.items() if i < verb.i and not r.pronoun for t in r.tids
                      if self._family(found, t) in ("Mission", "Spacecraft")}  # what may cover ground
            for c in deals:  # "The partnership covers ...", "It covers": the agreement named before (`discourse`);
                # not "SWOT climbed to its orbit, from which it covers the planet": "it" is the sentence's thing
                candidates = self._candidates(refs.get(c.i, Referent()))
                if c.lower_ in DEAL_WORDS and not any("Agreement" in self._classes(found, t) for t in candidates) \
                        and not (c.lower_ in PRONOUNS and candidates and candidates[0] in before):
                    refs[c.i] = Referent(agreement="agreement", at=evidence.start * 1000 + c.i)
            if verb.dep_ in ("acl", "acl:relcl") and verb.head.i in refs:  # "an agreement covering X"
                deals.append(verb.head)
            elif verb.dep_ == "advcl" and verb.tag_ == "VBG":  # "signed an agreement with X, covering Y":
                deals += [c for c in verb.head.children if c.dep_ == "obj" and c.i in refs]  # the parser's clause
            objects = [c for c in verb.children if c.dep_ == "obj" or (
                c.dep_ == "obl" and any(k.dep_ == "case" and k.lower_ in ("on", "in") for k in c.children))]
            for deal in deals:
                out += self._covered(found, start, refs, refs[deal.i], objects, schemed, evidence)
        told = {t for ref in refs.values() for t in self._candidates(ref) if "Agreement" in self._classes(found, t)}
        if len(told) == 1:  # one agreement told of: the cooperation the sentence speaks of is its
            ref = next(ref for ref in refs.values() if told & set(self._candidates(ref)))
            for noun in doc:
                if noun.lower_ in COOPERATION_NOUNS:
                    fields = [c for c in noun.children if c.dep_ == "nmod" and any(
                        k.dep_ == "case" and k.lower_ in ("on", "in") for k in c.children)]
                    out += self._covered(found, start, refs, ref, fields, schemed, evidence)
        return out

    def _covered(self, found: Found, start: int, refs: dict[int, Referent], ref: Referent, objects: list[Token],
                 schemed: dict[int, tuple[int, int]], evidence: Evidence) -> list[Fact]:
        """Each area named by the objects, with their conjuncts, that the agreement at `ref`
        covers; `schemed`: the token span of the scheme's area name at each token it covers."""
        agreement = next((t for t in self._candidates(ref) if "Agreement" in self._classes(found, t)), None)
        if agreement is None:
            return []
        out = []
        for obj in objects:
            listed = _after_colon(obj) if obj.lower_ in self.area_nouns else []
            for item in [k for a in listed for k in (a, *a.conjuncts)] or (obj, *obj.conjuncts):
                name = _phrase(item)
                own = [item, *(t for c in item.children if c.dep_ != "conj" for t in c.subtree)]
                spans = {schemed[start + t.i] for t in own if start + t.i in schemed}
                if spans:  # a name of the scheme's, whatever the parse made of its words ("joint
                    # outreach and educational programs"): the scheme's concept
                    a, b = min(spans)
                    name = found.toks.span(a, b)
                if name.strip() and item.pos_ in ("NOUN", "PROPN") and item.i not in refs and not any(
                        c.dep_ == "det" and c.lower_ in ("no", "both", "each") or c.dep_ == "nummod"
                        for c in item.children):  # "involves no exchange of funds": what it leaves out; "covers three
                    # launches", "covering both satellites": goods counted, not a field
                    out.append(Fact(self._real(found, ref, agreement), "coversArea", self._area(found, name),
                                    evidence, rule="covers-areas"))
        return out

    def _both_of(self, found: Found, doc: Doc, refs: dict[int, Referent], evidence: Evidence) -> list[Fact]:
        """"Oleg Kononenko and Nikolai Chub, both of Roscosmos,": each person of the list before
        "both" or "all" is of the organisation after it, however the parser hung the words."""
        out: list[Fact] = []
        for tok in doc:
            if tok.lower_ not in ("both", "all") or tok.i < 2 or doc[tok.i - 1].text != "," \
                    or tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ != "of":
                continue
            org = next((t for k in range(tok.i + 2, min(tok.i + 6, len(doc))) for t in refs.get(k, Referent()).tids
                        if self._family(found, t) == "Organization"), None)  # "both of (the agency's) X"
            last = doc[tok.i - 2]
            people = [k for k in refs.get(last.i, Referent()).tids if found.things[k].cls in PERSON_CLASSES]
            if org is None or not people:
                continue
            first = last.head if last.dep_ == "conj" else last
            for c in (first, *first.conjuncts):
                out += [Fact(t, "affiliation", org, evidence, rule="both-of") for t in refs.get(c.i, Referent()).tids
                        if found.things[t].cls in PERSON_CLASSES]
        return out

    def _crewmates(self, found: Found, doc: Doc, refs: dict[int, Referent], evidence: Evidence) -> None:
        """"His two crewmates, Song Lingdong and Wang Haoze,", "Ye Guangfu and his crewmate Li
        Guangsu": the people named as someone's crewmates (in apposition, or right after the
        noun), noted in `found.crewmates` with the person whose they are."""
        for tok in doc:
            if tok.lower_ not in ("crewmate", "crewmates"):
                continue
            owner = next((t for c in tok.children if c.dep_ == "nmod:poss" and c.i in refs
                          for t in refs[c.i].tids if found.things[t].cls in PERSON_CLASSES), None)
            named = [c for c in tok.children if c.dep_ == "appos" and c.i in refs]
            if not named and tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN":  # "his crewmate Li Guangsu"
                head = _name_head(doc[tok.i + 1])
                named = [head] if head.i in refs else []
            mates = [t for t in _each_listed(named, refs) if found.things[t].cls in PERSON_CLASSES and t != owner]
            if owner and mates:
                found.crewmates.append((owner, mates, evidence))

    def _area(self, found: Found, name: str) -> str:
        return add_area(found, self.kb.area_names, name)

    @staticmethod
    def _distributed(doc: Doc, i: int, j: int, refs: dict[int, Referent], subjects: list[Referent]) -> list[Referent]:
        """When token i has several modifiers like j ("Adenot from France, Alvarez from
        Spain" parsed with every "from" on Adenot), each of i's coordinated things takes the
        one in its place; if they do not pair up, none is sure. Modifiers with another
        preposition are not like j ("a contract with Vast for Haven-1")."""
        tok, mod = doc[i], doc[j]
        if mod.head.i != i:
            return subjects
        trailing = _trailing(tok)
        if trailing is not None and trailing.i == mod.i:
            last = max(tok.conjuncts, key=lambda c: c.i)
            return [refs[last.i]] if last.i in refs else []
        same = [c for c in tok.children if c.dep_ == mod.dep_ and c.i in refs and case(c) == case(mod)]
        if len(same) < 2:
            return subjects
        holders = sorted([tok, *(c for c in tok.conjuncts if c.i in refs)], key=lambda t: t.i)
        if len(holders) != len(same):
            return []
        return [refs[holders[same.index(mod)].i]]

    def _parallel(self, found: Found, tok: Token, refs: dict[int, Referent]) -> bool:
        """The token heads a list of things each with its own modifier ("Adenot from France,
        Alvarez from Spain"), or of things of different kinds (a parse that joined people
        and their countries in one list): nothing is shared across it. A conjunct that names
        no thing is a clause the parser joined to the list ("run by NASA, ESA and JAXA, and
        command rotates among their astronauts") and says nothing of it."""
        return self._mixed(found, tok, refs) or any(any(d.dep_ in OWN_MODIFIERS for d in c.children)
                                                    for c in tok.conjuncts if c.i in refs)

    def _mixed(self, found: Found, tok: Token, refs: dict[int, Referent]) -> bool:
        """The token heads a list of things of different kinds (a parse that joined people
        and their countries in one list)."""
        families = {CRAFT_FAMILIES.get(family, family) for c in (tok, *tok.conjuncts) if c.i in refs
                    for tid in self._candidates(refs[c.i]) for family in [self._family(found, tid)]}
        return len(families) > 1

    def _family(self, found: Found, tid: str) -> str:
        """The top class of a thing: Organization for an agency, Person for an astronaut."""
        classes = self.schema.ancestors(self._classes(found, tid).pop()) if ":" in tid \
            else self.schema.ancestors(found.things[tid].cls)
        return min(c for c in classes if c in FAMILIES) if classes & FAMILIES else ""

    @staticmethod
    def _things(doc: Doc, i: int, refs: dict[int, Referent], listed: bool = True, every: bool = False,
                runs: bool = False) -> list[Referent]:
        """The referents at token i and, if it is the first of coordinated things, at the
        others that have no modifier of their own: what modifies the first of "NASA
        astronauts Wiseman, Glover and Koch" is said of all three, not what modifies
        one of "the UAE's Hope orbiter and NASA's Perseverance rover", nor what modifies a
        title of one ("NASA Administrator Bill Nelson and Masahito Moriyama"); `every`: all
        of them ("a contract with Thales Alenia Space and the Italian rocket-maker Avio").
        In a list of names whose items have possessives of their own, with `runs` (a list of
        one kind), a possessive is of the names after it up to the next with its own: "NASA's
        Anne McClain and Nichole Ayers, JAXA's Takuya Onishi"."""
        tok = doc[i]
        toks = [tok]
        titled = any(t._.sg_title and "Plur" not in t.morph.get("Number", []) for t in doc[tok.left_edge.i:tok.i])

        trailing = _trailing(tok)

        def bare(c: Token) -> bool:
            return not any(d.dep_ in OWN_MODIFIERS or (d._.sg_thing and d.dep_ != "conj") for d in c.children) \
                and not (trailing is not None and c.i == max(k.i for k in tok.conjuncts))  # "... and C of JAXA"

        if every and tok.dep_ != "conj":  # but an agreement with a party of its own is another agreement:
            # "an agreement with ESA and a letter of intent with CNES"
            toks += [c for c in tok.conjuncts if c.i in refs and not (refs[c.i].agreement and not bare(c))]
        elif listed and tok.dep_ != "conj" and not titled:
            toks += [c for c in tok.conjuncts if c.i in refs and bare(c)]
        elif runs and not titled and any(d.dep_ == "nmod:poss" for d in tok.children) and tok.pos_ == "PROPN":
            following = sorted((c for c in tok.conjuncts if c.i > tok.i), key=lambda c: c.i)
            for c in following:
                if not bare(c) or any(d.dep_ == "det" for d in c.children) or (
                        c.i + 2 < len(doc) and doc[c.i + 1].text == "," and doc[c.i + 2].pos_ == "DET"):
                    break  # "Russia's Roscosmos, the European Space Agency", "and SWFO-L1, a satellite
                    # belonging to NOAA": a phrase of its own, whatever the parse hung its apposition on
                toks += [c] if c.i in refs else []
        return [Referent(tids=[tid], joint=refs[t.i].joint) if refs[t.i].group else refs[t.i]
                for t in toks if t.i in refs for tid in (refs[t.i].tids if refs[t.i].group else [""])]

    def _fact(self, found: Found, rule: Rule, s: Referent, o: Referent, props: list[str],
              names: tuple[str, str]) -> tuple[str, str, str] | None:
        """The first (subject, property, object) the ontology allows: a pronoun's nearest
        compatible antecedent, a demonym's country (added to the article). What "the two
        agencies" run, none runs alone: each takes part in it."""
        if o.joint:
            props = ["participant" if p == "operator" else p for p in props]
        for stid in self._candidates(s):
            for otid in self._candidates(o):
                if stid == otid or not (self._allowed(found, stid, rule.classes.get(names[0])) and
                                        self._allowed(found, otid, rule.classes.get(names[1]))):
                    continue
                sc, oc = self._classes(found, stid), self._classes(found, otid)
                prop = next((p for p in props if self.schema.allows(p, sc, oc)), None)
                if prop is None and ":" not in otid and found.things[otid].key not in self.known:
                    # a Person a fact makes a crew member is an Astronaut (the gazetteer's things keep their class)
                    prop = next((p for p in props if self.schema.allows(p, sc, {self.schema.narrower(p, oc) or ""})),
                                None)
                    if prop:
                        found.retype(otid, self.schema.narrower(prop, oc) or "")
                if prop:
                    return self._real(found, s, stid), prop, self._real(found, o, otid)
        return None

    @staticmethod
    def _candidates(ref: Referent) -> list[str]:
        if ref.country is not None:
            return [f"country:{ref.country.id}"]
        if ref.agreement:
            return [f"agreement:{ref.at}"]
        return ref.tids

    @staticmethod
    def _real(found: Found, ref: Referent, tid: str) -> str:
        """The thing itself: a demonym's country and an agreement noun's agreement are
        added to the article only when a fact uses them."""
        if ref.country is not None:
            c = ref.country
            return found.add("Country", c.id, c.label, same_as=c.same_as)
        if ref.agreement:
            return found.add("Agreement", f"{slug(ref.agreement)}-{ref.at}", ref.agreement[0].upper() + ref.agreement[1:],
                             alt=ref.title or None, local=True)
        return tid

    def _pick(self, found: Found, ref: Referent, prop: str) -> str | None:
        """The thing a literal fact is about (`prop` of a literal)."""
        for tid in self._candidates(ref):
            if self.schema.allows(prop, self._classes(found, tid), None):
                return self._real(found, ref, tid)
        return None

    @staticmethod
    def _classes(found: Found, tid: str) -> set[str]:
        if tid.startswith("country:"):
            return {"Country"}
        if tid.startswith("agreement:"):
            return {"Agreement"}
        return found.things[tid].classes()

    def _allowed(self, found: Found, tid: str, classes: tuple[str, ...] | None) -> bool:
        return classes is None or any(self.schema.ancestors(c) & set(classes) for c in self._classes(found, tid))

    @staticmethod
    def _before_name(doc: Doc, i: int, refs: dict[int, Referent]) -> bool:
        """The word at i, which stands for what it describes, is right before a name of it,
        however the parser hung the two ("devices chief Dave Limp" in a headline)."""
        if i + 1 >= len(doc) or i not in refs:
            return False
        name = doc[i + 1]
        return name.pos_ == "PROPN" and any(k.i in refs and set(refs[k.i].tids) & set(refs[i].tids)
                                            for k in (name, name.head))

    def _title(self, doc: Doc, i: int) -> str:
        """The job title a token is part of, with coordinated titles ("Chairman and CEO")
        and what it is of or for, when that names no thing ("director of human spaceflight",
        "associate administrator for science")."""
        if not doc[i]._.sg_title:
            return ""
        titles = self.kb.titles
        a = b = i
        while a > 0 and (doc[a - 1]._.sg_title or (doc[a - 1].lower_ == "and" and a > 1 and doc[a - 2]._.sg_title)):
            a -= 1
        while b + 1 < len(doc) and (doc[b + 1]._.sg_title or (
                doc[b + 1].lower_ == "and" and b + 2 < len(doc) and doc[b + 2]._.sg_title)):
            b += 1
        # "Minister of State for Education and Chairwoman of the UAE Space Agency": two titles, the first with
        # a field of its own; not "Minister for Science and Innovation", nor "president and chief executive of X"
        joins = [t.i for t in doc[a:b + 1] if t.lower_ == "and" and t.i + 1 < len(doc)
                 and (doc[t.i + 1].text in titles or doc[t.i + 1:t.i + 3].text in titles)
                 and any(k.lower_ in ("of", "for") for k in doc[a:t.i])]
        a = max((k + 1 for k in joins if k < i), default=a)
        b = min((k - 1 for k in joins if k > i), default=b)
        of = [c for c in doc[b].children if c.dep_ == "nmod" and c.i > b
              and any(k.dep_ == "case" and k.lower_ in ("of", "for") for k in c.children)]
        if of and doc[b].lower_ not in self.org_titles and not any(
                t._.sg_thing or t.dep_ == "det" for t in of[0].subtree):  # not "of the payments company"
            b = max(t.i for t in of[0].subtree)  # "director of human spaceflight", "minister for enterprises"
        return doc[a:b + 1].text
