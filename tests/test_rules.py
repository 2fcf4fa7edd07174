"""Each dependency rule (src/spacegraph/data/rules.jsonl) reads the construction it names
in every phrasing its entry gives as an example: sentences written for the rule, not
taken from any article."""
from __future__ import annotations

import pytest

from spacegraph import pipeline
from spacegraph.model import Article
from spacegraph.structure import load_rules
from spacegraph import knowledge

RULES = load_rules(knowledge.load().lexicon)


@pytest.fixture(scope="module")
def extractor():
    return pipeline.shared_extractor()


def test_every_rule_names_its_construction_and_has_three_phrasings():
    for rule in RULES:
        assert rule.reads, rule.name
        assert len(set(rule.examples)) >= 3, f"{rule.name}: write at least three phrasings"


def test_each_rule_has_a_name_of_its_own():
    """A fact's provenance names its rule: two entries under one name could not be told apart."""
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names)), sorted({n for n in names if names.count(n) > 1})


@pytest.mark.parametrize("rule, text", [(r.name, text) for r in RULES for text in r.examples])
def test_the_rule_reads_its_examples(extractor, rule, text):
    ex = extractor(Article(text=text, title="", source="example.txt"))
    fired = sorted({(ex.things[f.subject].label, f.prop, str(f.obj) if f.literal else ex.things[f.obj].label)
                    for f in ex.facts if f.rule == rule})
    assert fired, f"{rule} read nothing in {text!r}; the facts were " + repr(
        sorted((f.rule, f.prop) for f in ex.facts))
