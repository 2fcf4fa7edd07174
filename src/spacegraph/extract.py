"""Find things and facts in an article: spaCy's blank English tokenizer (no model to
download), its sentences and words as plain lists (`tokens`), matchers built from the
data files (`mentions`), and the rules of `relations`."""
from __future__ import annotations

import spacy

from . import knowledge
from .mentions import Found, Mention, MentionFinder
from .model import Article, Extraction
from .phrases import Phrases
from .relations import Relations


class Extractor:
    """Reads articles into `Extraction`s; build once, call for each article."""

    def __init__(self) -> None:
        self.kb = knowledge.load()
        self.nlp = spacy.blank("en")  # the tokenizer; `tokens` splits the sentences
        self.phrases = Phrases(self.nlp)
        self.mentions = MentionFinder(self.nlp, self.kb, self.phrases)
        self.relations = Relations(self.kb, self.phrases)

    def __call__(self, article: Article) -> Extraction:
        doc = self.nlp.make_doc(article.text)
        found = self.mentions.find(doc, article.text, self.phrases(doc), article.id)
        titles = _longest(found.matches.spans("title"))
        areas = self._areas(found)
        facts = self.relations.read(found, article.published, areas, titles, found.astronaut_nouns)
        ex = Extraction(article=article)
        used = {f.subject for f in facts} | {f.obj for f in facts if not f.literal}
        for tid, thing in found.things.items():
            if thing.cls == "CooperationArea" and tid not in used:
                continue  # an area counts only where an agreement covers it
            ex.things[tid] = thing
        seen = set()
        for f in facts:
            key = (f.subject, f.prop, f.obj, f.evidence.start)
            if key not in seen and f.subject in ex.things and (f.literal or f.obj in ex.things):
                seen.add(key)
                ex.facts.append(f)
        return ex

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


def _longest(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Keep the longest of overlapping spans ("Deputy Administrator" over "Administrator")."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans, key=lambda x: (-(x[1] - x[0]), x[0])):
        if all(e <= s2 or s >= e2 for s2, e2 in out):
            out.append((s, e))
    return sorted(out)


def _longest_matches(matches: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    keep = _longest([(s, e) for _, s, e in matches])
    return [m for m in matches if (m[1], m[2]) in keep]
