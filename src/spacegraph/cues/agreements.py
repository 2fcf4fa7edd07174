"""Agreements: who signs them and when ("ISRO and ESA signed an agreement on 3 May", "The
deal was signed by A and B"), their parties, the areas they cover and the missions they
concern."""
from __future__ import annotations

import re

from ..discourse import agreement_title
from ..knowledge import Knowledge
from ..mentions import MISSION_CLASSES, ORG_CLASSES, PERSON_CLASSES, Mention, add_area, longest, named_agreement
from ..model import slug
from ..tokens import Sentence, Tokens
from ..structure import NEGATIONS, REFUSALS, load_rules
from .base import (CLAUSE_BREAKS, LIST_ITEM, OWNERS, VENTURES, Agreement, ArticleRule, Context, SentenceRule, clause,
                   of_classes, possessive, register)
from .dates import day_named, day_written

_SIGNED_BY = re.compile(r"\bsigned by\b[^.;]*$")
_UNDER = re.compile(r"\b(under|as part of|within|working together on|work together on)\b", re.I)
_WILL = re.compile(r"\bwill\b")
RELATIVES = {"that", "which", "whom"}  # open a clause of its own between a name and the signing
NOT_SIGNING = {"during", "with", "alongside", "before", "witnessed", "presence", "attended", "hosted", "by"}
DENIALS = NEGATIONS | REFUSALS | {"yet"}  # the words that deny a verb in the rules over structure, and "has yet to sign"
SIGNS_AGAIN = {"sign", "signs", "signed", "put"}  # a later cue of a sentence that signs once more ("put his name
# to"), not one of joining or winning ("A signed, and B joined the crew")
OWN_NOUN_REACH = 4  # words after a later signing in which an agreement noun makes it another agreement's ("Sisi,
# who signed a joint declaration")
DETERMINERS = {"the", "a", "an", "no", "this", "that", "its", "their", "his", "her", "one", "more", "any", "every"}
DOCUMENT_REACH = 3  # words after a verb of signing in which the document signed is named: "signed an executive order"
DENIAL_REACH = 3  # words before the verb of signing that may deny it: "have not yet signed"
SUBORDINATORS = {"after", "before", "when", "because", "since", "until", "once", "although", "though"}  # open a
# clause of their own: the parties of a signing they introduce are named after them
NOT_PARTIES = {"of", "in", "at", "to", "from", "for", "by", "under", "during", "before", "after", "amid", "ahead"}
# the prepositions of a name that signs nothing: "at NASA Headquarters", "during the International Astronautical
# Congress"
WATCHING = {"watched", "witnessed", "observed", "attended", "accompanied", "flanked", "joined", "hosted", "welcomed",
            "watches", "witnesses", "observes", "attends", "hosts", "welcomes"}  # "signs, watched by the ambassador":
# the by-agent is the watcher's, not the signer's; "Kishida witnessed the signing": no signer
ONLOOKERS = {"with", "presence", "alongside"}  # "signed by A, with B looking on", "in the presence of C": after the
# last of these, or of WATCHING, a name watches; after "by", it signs


@register
class Agreements(SentenceRule):
    """The agreements an article tells of, their parties, signatories and dates."""

    name = "agreements"
    unnamed = True

    def __init__(self, kb: Knowledge) -> None:
        super().__init__(kb)
        self.agreement_nouns = {k: v for k, v in kb.lexicon["agreement_nouns"].items() if v}
        self.kind_slugs = {kind: slug(kind) for kind in self.agreement_nouns.values()}

    def read(self, ctx: Context, sent: Sentence, ms: list[Mention]) -> None:
        """"ISRO and ESA signed an agreement", "a contract between ISRO and Glavkosmos",
        "India has signed the Artemis Accords", "The deal was signed by A and B"."""
        toks = ctx.toks
        hit = ctx.cue("agreement_nouns", sent)
        signing = ctx.cue("signing_cues", sent)
        if signing and toks.lower[signing[1]:signing[1] + 2] == ("on", "as"):
            signing = None  # "signed on as a partner": joined a team, signed nothing
        if signing and self._denied(toks, sent, signing[0]):
            return  # "China and Russia have not signed the Accords"
        things = ctx.found.things
        named = [m for m in ms if things[m.tid].cls == "Agreement"]
        if not (hit or signing or named):
            return
        noun = toks.span(*hit).lower() if hit else None
        if noun not in self.agreement_nouns:
            noun = None  # "has signed agreements with ...": no one agreement to name
        between = "between" in toks.words[sent.start:sent.end]
        lower = toks.lower[sent.start:sent.end]
        of_it = signing is not None and signing[1] < len(toks) and toks.lower[signing[1]] == "it"  # "put their
        # names to it": the agreement just told of
        if not (named or (noun and (signing or between)) or (signing and ctx.agreements and (
                ctx.cue("agreement_refs", sent) or of_it))
                or (signing and ctx.agreements and any(w in ("sign", "signs", "signed", "signing") for w in lower))):
            return
        cue_tok = signing[0] if signing else None
        nouns = sorted(s for s, _ in longest(ctx.found.matches.spans("agreement_nouns")) if sent.start <= s < sent.end)
        # "a deal with MDA and a memorandum with Telesat": this agreement's parties are named
        # before the second agreement noun; the rules over the parse read the second's
        parties = self._parties(ctx, sent, [m for m in ms if len(nouns) < 2 or m.start < nouns[1]], cue_tok)
        if not named and hit and toks.lower[hit[0] - 1] == "the":  # "the Accords" of the Artemis Accords
            named = [Mention(*hit, tid) for tid in [named_agreement(ctx.found.named_agreements(), toks.lower, *hit)] if tid]
        title = agreement_title(toks.words, hit[1] - 1, range(sent.start, sent.end),
                                {k for m in ms for k in range(m.start, m.end)}, self.agreement_nouns,
                                toks.span) if hit and noun else ""
        agreement = self._agreement_for(ctx, sent, named, noun, parties, title)
        if agreement is None:
            return
        for tid in parties:
            if tid not in agreement.parties:
                agreement.parties.append(tid)
            ctx.add(agreement.tid, "party", tid, sent)
        cue = signing
        while cue:  # "A signed for the Russian side, and B signed for Algiers": each signing's signer
            for person in ([] if self._not_a_signing(ctx, sent, cue) else self._signatories(ctx, sent, ms, cue[0])):
                ctx.add(agreement.tid, "signatory", person, sent)
            cue = ctx.cues.first("signing_cues", cue[1], sent.end)
            cue = cue if cue and toks.lower[cue[0]] in SIGNS_AGAIN and not ctx.cues.first(
                "agreement_nouns", cue[1], min(cue[1] + OWN_NOUN_REACH, sent.end)) else None
        if signing or "signing" in lower:
            self._dated(ctx, agreement, sent)

    @staticmethod
    def _not_a_signing(ctx: Context, sent: Sentence, cue: tuple[int, int]) -> bool:
        """The cue names no one's signing of an agreement: a noun after a determiner ("no
        sign of a leak", "one more sign of", "announced the signing"), or the signing of a
        document that is no agreement ("has signed a law ratifying it", "signed a directive")."""
        lower = ctx.toks.lower
        if lower[cue[0]] in ("sign", "signing") and cue[0] > 0 and lower[cue[0] - 1] in DETERMINERS:
            return True
        end = min(cue[1] + DOCUMENT_REACH, sent.end)
        return ctx.cues.first("signed_not_agreements", cue[1], end) is not None \
            and ctx.cues.first("agreement_nouns", cue[1], end) is None

    @staticmethod
    def _denied(toks: Tokens, sent: Sentence, cue: int) -> bool:
        """The signing is denied by a word of negation or refusal right before it ("have not
        signed", "never joined", "refused to sign", "has yet to join"), or by "neither" before
        it in its clause."""
        start, _ = clause(toks, sent, cue)
        before = set(toks.lower[max(start, cue - DENIAL_REACH):cue])
        return bool(before & DENIALS) or "neither" in toks.lower[start:cue]

    @staticmethod
    def _dated(ctx: Context, agreement: Agreement, sent: Sentence) -> None:
        """The day of the signing the sentence tells of: the agreement's date, unless it has
        one; a date written ("on Thursday, September 19") replaces a day named before ("KASA
        announced today that it has signed")."""
        when = day_written(ctx, sent)
        if when is None and not ctx.has(agreement.tid, "signedOn"):
            when = day_named(ctx, sent)
            agreement.day_named = when is not None
        elif when is not None and agreement.day_named:
            ctx.facts = [f for f in ctx.facts if not (f.subject == agreement.tid and f.prop == "signedOn")]
            agreement.day_named = False
        elif ctx.has(agreement.tid, "signedOn"):
            return
        if when:
            ctx.add(agreement.tid, "signedOn", when, sent, literal=True)

    def _parties(self, ctx: Context, sent: Sentence, ms: list[Mention], cue: int | None) -> list[str]:
        toks = ctx.toks
        lower = toks.lower
        out: list[str] = []
        candidates = [m for m in ms if ctx.cls(m.tid) in OWNERS and not m.ref]
        between = lower.index("between", sent.start, sent.end) if "between" in lower[sent.start:sent.end] else None
        if between is not None and lower[between - 1] in VENTURES:
            between = None  # "Thales Alenia Space, the joint venture between Thales and Leonardo": a company's owners
        opens = clause(toks, sent, cue, CLAUSE_BREAKS | SUBORDINATORS)[0] if cue is not None else sent.start
        for m in candidates:
            if possessive(toks, m) or self._before_title(toks, m) or m.start < opens or (
                    m.start > 0 and toks.words[m.start - 1] == "-" and not toks.space[m.start - 2]):
                continue  # not a name of another clause ("... on the first all-UK mission, after X and Y signed"),
                # nor one a hyphen joins to a modifier ("all-UK")
            after_cue = cue is not None and m.start > cue and lower[m.start - 1] in ("with", "to") \
                and ctx.cls(m.tid) in ORG_CLASSES  # "awarded a contract to SpaceX"
            k = m.start - 1 if m.start > sent.start and lower[m.start - 1] != "the" else m.start - 2
            if not after_cue and k >= sent.start and lower[k] in NOT_PARTIES:
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
                       parties: list[str], title: str = "") -> Agreement | None:
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
        elif ctx.agreements and not (self._with_party(ctx, sent, parties) and not ctx.found.things[ctx.agreements[-1].tid].local
                                     and not ctx.cue("agreement_refs", sent)):
            return ctx.agreements[-1]  # not a named agreement where the sentence signs with someone of its own
        if not noun or (not parties and not ctx.cue("signing_cues", sent)):
            return None
        kind = self.agreement_nouns[noun]
        key = f"{self.kind_slugs[kind]}-{len(ctx.agreements) + 1}"
        tid = ctx.found.add("Agreement", key, kind[0].upper() + kind[1:], alt=title or None, local=True)
        agreement = Agreement(tid)
        ctx.agreements.append(agreement)
        return agreement

    @staticmethod
    def _with_party(ctx: Context, sent: Sentence, parties: list[str]) -> bool:
        """The sentence names a party after "with": "NASA signed with SpaceX" (a deal of their own)."""
        return any(m.tid in parties and sent.start < m.start < sent.end and ctx.toks.lower[m.start - 1] == "with"
                   for m in ctx.found.mentions)

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
        """The people who sign: the subject before the verb ("Aschbacher signed"), or the
        agent after it ("signed on Monday by Aschbacher"); not one who did something else
        in the sentence ("X signed, and Y spoke"), nor the subject of the clause a
        relative signing clause hangs from ("Y flies under a deal that A and B signed")."""
        toks = ctx.toks
        start, end = clause(toks, sent, cue)
        out = []
        for m in of_classes(ctx, ms, PERSON_CLASSES):
            if not start <= m.start < end or possessive(toks, m) or ctx.found.things[m.tid].local:
                continue
            before = set(toks.lower[max(start, m.start - 4):m.start])
            between = toks.lower[cue:m.start]
            marks = [k for k, w in enumerate(between) if w == "by" or w in WATCHING or w in ONLOOKERS]
            agent = between[marks[-1]] == "by" and not (marks[-1] and between[marks[-1] - 1] in WATCHING) if marks \
                else bool(_SIGNED_BY.search(toks.span(start, m.start)))
            if m.start > cue and not agent:
                continue
            if m.start < cue and (RELATIVES | WATCHING) & set(toks.lower[m.end:cue]):
                continue  # "Y flies under a deal that A and B signed"; "Kishida witnessed the signing"
            if before & NOT_SIGNING and not (toks.lower[m.start - 1] == "by" or agent):
                continue
            out.append(m.tid)
        return out


@register
class SigningDates(ArticleRule):
    name = "signing-dates"

    def __init__(self, kb: Knowledge) -> None:
        super().__init__(kb)
        self.signing = {rule.name for rule in load_rules(kb.lexicon) if rule.signing}

    def read(self, ctx: Context) -> None:
        """The date written in a sentence, or on its timeline's line, where a rule over
        structure read a signing ("3 May - The Czech Republic becomes the 24th signatory"):
        a date of the agreement's, one of many for a named agreement that many sign."""
        for f in ctx.said:
            if f.rule not in self.signing or f.prop not in ("party", "signatory"):
                continue
            span = ctx.toks.char_span(f.evidence.start, f.evidence.start + 1)
            if span is None:
                continue
            sent = ctx.toks.sentence(span[0])
            when = day_written(ctx, sent)
            if when is None or (ctx.found.things[f.subject].local and ctx.has(f.subject, "signedOn")):
                continue
            if not any(g.subject == f.subject and g.prop == "signedOn" and g.obj == when for g in ctx.facts):
                ctx.add(f.subject, "signedOn", when, sent, literal=True)


@register
class Areas(ArticleRule):
    name = "areas"

    def read(self, ctx: Context) -> None:
        """Areas of cooperation named where the article says what the agreement covers,
        and the items of a list such a sentence opens ("the two agencies will cooperate
        in:" and a line for each area)."""
        if not ctx.agreements:
            return
        for m in ctx.areas:
            sent = ctx.toks.sentence(m.start)
            if not ctx.cue("area_cues", sent):
                continue
            named = {x.tid for x in ctx.found.mentions if sent.start <= x.start < sent.end}
            in_sentence = [a for a in ctx.agreements if a.tid in named]
            agreement = in_sentence[0] if in_sentence else ctx.agreements[0]
            ctx.add(agreement.tid, "coversArea", m.tid, sent)
        sents = ctx.toks.sents
        for k, sent in enumerate(sents):
            if not sent.text.rstrip().endswith(":") or not ctx.cue("area_cues", sent):
                continue
            listing = self._agreement_before(ctx, sent.end)
            for item in sents[k + 1:]:
                if not LIST_ITEM.match(item.text):
                    break
                name = _item_name(item.text)
                if name:
                    ctx.add(listing, "coversArea", add_area(ctx.found, self.kb.area_names, name), item)

    @staticmethod
    def _agreement_before(ctx: Context, end: int) -> str:
        """The agreement named last before token `end`, else the article's first."""
        tids = {a.tid for a in ctx.agreements}
        named = [m.tid for m in ctx.found.mentions if m.tid in tids and m.start < end]
        return named[-1] if named else ctx.agreements[0].tid


def _item_name(text: str) -> str:
    """The area a list item names: its words without the bullet, the closing punctuation
    and "and", an opening "the" ("- the sharing of scientific data; and") or the examples
    after it ("mission operations, including ...")."""
    name = LIST_ITEM.sub("", text, count=1).strip()
    name = re.split(r",\s*(?:including|such as|notably)\b|\s*\(", name)[0]  # the area, not its examples
    name = re.sub(r"(?:[;,.]\s*(?:and|or)?|\s+and)$", "", name).strip(" ;,.")
    name = re.sub(r"^(?:the|a|an)\s+", "", name, flags=re.I)
    return name if 0 < len(name.split()) <= 10 else ""


@register
class Concerns(SentenceRule):
    name = "concerns"

    def read(self, ctx: Context, sent: Sentence, ms: list[Mention]) -> None:
        """"A project under this collaboration will be the Axiom-4 mission"; "ESA and JAXA will
        study ... RAMSES": missions that the agreement's parties, joined as one subject,
        will take up. Not a programme: one named beside such a cue is mostly the frame of
        another deal or of the parties' other work ("a contract under NASA's CLPS programme",
        "works with the EU on programmes such as Galileo"); the rules over structure read a
        programme an agreement is for (eval/own: 12 wrong gone, 4 right lost)."""
        if not ctx.agreements:
            return
        text = sent.text
        things = of_classes(ctx, ms, MISSION_CLASSES)
        if not things:
            return
        agreement = ctx.agreements[-1]
        refers = ctx.cue("agreement_refs", sent) and (
            _UNDER.search(text))
        together = len(agreement.parties) >= 2 and self._side_by_side(ctx.toks, ms, set(agreement.parties)) \
            and _WILL.search(text)
        if refers or together:
            for m in things:
                ctx.add(agreement.tid, "concerns", m.tid, sent)

    @staticmethod
    def _side_by_side(toks: Tokens, ms: list[Mention], parties: set[str]) -> bool:
        """Two parties joined as one subject ("ESA and JAXA will ...", "JAXA and the European
        Space Agency will ..."), not merely named in one sentence ("X will make suits for
        Y's mission")."""
        named = [m for m in ms if m.tid in parties and not m.ref]
        return any("and" in toks.lower[a.end:b.start] and set(toks.lower[a.end:b.start]) <= {"and", "the", ","}
                   for a, b in zip(named, named[1:]))
