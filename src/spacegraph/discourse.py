"""Facts an article states as a whole rather than in one sentence.

- A numbered mission of a series ("Tianwen-2", "Artemis I") belongs to the series'
  programme when the article names that programme: the article plainly places it there.
"""
from __future__ import annotations

from .graph import thing_id
from .mentions import Found
from .model import Evidence, Fact

SERIES_RULE = "series-programme"


def series_programmes(found: Found) -> list[Fact]:
    """partOf the series' programme, cited from the first sentence naming both (else the
    first naming the mission)."""
    toks = found.toks
    first: dict[str, list[int]] = {}  # thing -> sentence starts where it is named, in order
    for m in found.mentions:
        starts = first.setdefault(m.tid, [])
        s = toks.sentence(m.start).start
        if s not in starts:
            starts.append(s)
    facts = []
    for tid, series in found.series.items():
        programme = thing_id("Program", series.programme) if series.programme else None
        if programme not in found.things or tid not in first:
            continue
        both = [s for s in first[tid] if s in first.get(programme, ())]
        sent = toks.sentence((both or first[tid])[0])
        facts.append(Fact(tid, "partOf", programme, Evidence(sent.text, sent.start_char, sent.end_char),
                          rule=SERIES_RULE))
    return facts
