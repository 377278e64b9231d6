"""The actor network as a graph file Gephi, Cytoscape and networkx open: GraphML and GEXF.

Nodes are the collection's actors (name, kind, country, sector, mentions); there is one directed
edge per source, target and PLOVER event type, weighted by how many events it stands for, with the
ids of those events and of the facts that hold them.
"""

from __future__ import annotations

import io

import networkx as nx

from storyline.model import Export


def actor_network(export: Export) -> nx.MultiDiGraph:
    """Actors as nodes, events as typed edges (one per source, target and type, with counts and ids)."""
    graph = nx.MultiDiGraph(name="storyline actor network")
    for actor in export.actors:
        graph.add_node(actor.id, label=actor.name, kind=actor.kind, country=actor.country or "",
                       sector=actor.sector or "", mentions=actor.mentions, documents=len(actor.documents))
    fact_of = {member: fact.id for fact in export.facts if fact.kind == "event" for member in fact.members}
    edges: dict[tuple[str, str, str], list[str]] = {}
    for event in export.events:
        if event.source and event.target and event.source != event.target:
            edges.setdefault((event.source, event.target, event.type), []).append(event.id)
    for (source, target, event_type), event_ids in sorted(edges.items()):
        for node in (source, target):
            if node not in graph:
                graph.add_node(node, label=node, kind="", country="", sector="", mentions=0, documents=0)
        facts = sorted({fact_of[e] for e in event_ids if e in fact_of})
        graph.add_edge(source, target, key=event_type, type=event_type, label=event_type, weight=len(event_ids),
                       events=";".join(event_ids), facts=";".join(facts))
    return graph


def export_graphml(export: Export) -> str:
    """The actor network as GraphML text."""
    return "\n".join(nx.generate_graphml(actor_network(export))) + "\n"


def export_gexf(export: Export) -> str:
    """The actor network as GEXF text (Gephi's own format)."""
    buffer = io.BytesIO()
    nx.write_gexf(actor_network(export), buffer)
    return buffer.getvalue().decode("utf-8")
