"""Which things the view draws first, and where: the overview of a big graph.

A graph of a few dozen things is drawn whole. A 2,000-article archive has thousands of
things, and drawn whole it is a hairball; so the page opens on at most `limit` of them:
the most connected, with a few places kept for every class (so the overview shows
agreements and crews, not only the agencies everything links to), laid out in groups
(communities of the drawn things, Louvain), each group's hubs at its centre. Everything
else stays in the page's data, for search, the legend and "show neighbours".

Things with no fact are never in the first drawing (the legend's toggle shows them).
With a focus, the nearest things to it come first.
"""
from __future__ import annotations

import math
from collections import defaultdict, deque
from dataclasses import dataclass, field

from .viewgraph import Fact

#: Of the first drawing, the share kept for the classes: each class gets up to
#: CLASS_SHARE * limit / (number of classes) places for its most connected things.
CLASS_SHARE = 0.5


@dataclass
class Selection:
    """`scope`: the things the page holds (within reach of the focus, or all); `drawn`: those
    drawn first, with `positions` to start the layout from."""

    scope: list[str]
    drawn: list[str]
    degree: dict[str, int]
    focus: str | None = None
    positions: dict[str, tuple[int, int]] = field(default_factory=dict)


def neighbours_of(facts: list[Fact]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for s, _, o in facts:
        if s != o:
            out[s].add(o)
            out[o].add(s)
    return out


def within(start: str, neighbours: dict[str, set[str]], depth: int) -> dict[str, int]:
    """Things up to `depth` facts away from `start`, with their distance (breadth first)."""
    distance = {start: 0}
    queue = deque([start])
    while queue:
        cur = queue.popleft()
        if distance[cur] >= depth:
            continue
        for nb in sorted(neighbours.get(cur, ())):
            if nb not in distance:
                distance[nb] = distance[cur] + 1
                queue.append(nb)
    return distance


def _most_connected(candidates: list[str], cls: dict[str, str], degree: dict[str, int], limit: int) -> list[str]:
    """The `limit` most connected candidates, with each class's most connected kept first."""
    ranked = sorted(candidates, key=lambda t: (-degree[t], t))
    by_class: dict[str, list[str]] = defaultdict(list)
    for t in ranked:
        by_class[cls[t]].append(t)
    share = int(CLASS_SHARE * limit / max(1, len(by_class)))
    chosen = {t for members in by_class.values() for t in members[:share]}
    for t in ranked:
        if len(chosen) >= limit:
            break
        chosen.add(t)
    return [t for t in ranked if t in chosen][:limit]


def select(cls: dict[str, str], facts: list[Fact], limit: int, focus: str | None = None,
           depth: int = 1) -> Selection:
    """The scope and the first drawing (see the module's doc). `cls`: each thing's class."""
    neighbours = neighbours_of(facts)
    degree = {t: len(neighbours.get(t, ())) for t in cls}
    if focus is not None:
        distance = within(focus, neighbours, depth)
        scope = sorted(distance)
        near = sorted(scope, key=lambda t: (distance[t], -degree[t], t))
        drawn = [t for t in near if degree[t] or t == focus][:limit]
    else:
        scope = sorted(cls)
        connected = [t for t in scope if degree[t]]
        drawn = connected if len(connected) <= limit else _most_connected(connected, cls, degree, limit)
    drawn.sort()
    sel = Selection(scope, drawn, degree, focus)
    sel.positions = layout(drawn, neighbours, degree)
    return sel


def communities(drawn: list[str], neighbours: dict[str, set[str]]) -> list[list[str]]:
    """Groups of the drawn things that are linked more among themselves than to the rest
    (Louvain, seeded: the same graph gives the same groups), biggest first."""
    import networkx as nx

    kept = set(drawn)
    g = nx.Graph()
    g.add_nodes_from(drawn)
    g.add_edges_from((t, nb) for t in drawn for nb in sorted(neighbours.get(t, ())) if nb in kept and t < nb)
    groups = nx.community.louvain_communities(g, seed=1) if g.number_of_edges() else [{t} for t in drawn]
    return sorted((sorted(c) for c in groups), key=lambda c: (-len(c), c[0]))


def layout(drawn: list[str], neighbours: dict[str, set[str]], degree: dict[str, int],
           spacing: float = 60.0) -> dict[str, tuple[int, int]]:
    """Starting positions: each community a disc (hubs in the middle, a sunflower spiral),
    the discs side by side on a spiral too, biggest in the centre. The page's physics
    then settles them; starting grouped, the groups stay together."""
    golden = math.pi * (3 - math.sqrt(5))
    positions: dict[str, tuple[int, int]] = {}
    placed_area = 0.0
    for i, group in enumerate(communities(drawn, neighbours)):
        radius = spacing * math.sqrt(len(group))
        # The group's centre: far enough out to clear the groups placed before it.
        distance = 0.0 if i == 0 else math.sqrt(placed_area / math.pi) + radius + spacing
        cx, cy = distance * math.cos(i * golden), distance * math.sin(i * golden)
        placed_area += math.pi * (radius + spacing) ** 2 * 1.6
        for j, t in enumerate(sorted(group, key=lambda t: (-degree[t], t))):
            r, a = spacing * math.sqrt(j), j * golden
            positions[t] = (round(cx + r * math.cos(a)), round(cy + r * math.sin(a)))
    return positions
