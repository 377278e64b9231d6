"""Agents: the country and sector of actors as event data needs them.

(No `from __future__ import annotations` here: spaCy validates factory signatures at run time.)

Runs after `storyline_actors` and completes what it found, in the PLOVER/CAMEO way of coding an actor as a
country plus a sector:

- persons without a country get the one the Phoenix country dictionary gives their name (`President Bill
  Clinton` → USA), by full name, or by surname alone where the mention is a surname and every person of
  that surname in the dictionary is of one country;
- unnamed collectives get a sector from the agent nouns of the Phoenix agents dictionary (`officials` GOV,
  `guerrillas` REB, `police` COP), and a country from a `in`/`from`/`of` phrase (`Security forces in Guinea`,
  `opposition groups in Ruritania`);
- an agent noun the actor pass left unlinked becomes a `group` actor where an event names it in a role
  (`AgentTable.group`, asked by the events extractor) and a country qualifies it (`Burundian militiamen`,
  `rebels in the Ivory Coast`), or where it is a plural of an armed, protesting or working sector
  (`Prisoners rioted`): only the groups that take part in events become actors.

The tables are data: `resources/agents.yaml` (agent noun → sector) and `resources/persons.tsv` (name →
country), derived from the PETRARCH2 dictionaries by `tools/derive_agents.py`.
"""

from spacy.language import Language
from spacy.tokens import Doc

from storyline.nlp.actors import local_actor
from storyline.nlp.agents.table import AgentTable
from storyline.nlp.agents.words import (
    MENTIONS_CHANGED,
    STAND_INS,
    add_actor,
    add_mention,
    idle_actors,
    in_capitals,
    mentions_changed,
    name_key,
    stand_in,
    unnamed_group,
)

__all__ = ["MENTIONS_CHANGED", "STAND_INS", "AgentReader", "AgentTable", "add_actor", "add_mention", "idle_actors",
           "in_capitals", "mentions_changed", "name_key", "stand_in", "unnamed_group"]


class AgentReader:
    """Give the document's persons their country and its unnamed groups their sector and country."""

    def __init__(self, agents: str, persons: str, countries: str):
        self.table = AgentTable(agents, persons, countries)

    def __call__(self, doc: Doc) -> Doc:
        named = {w for a in doc._.local_actors or [] if a["kind"] == "person" and len(a["name"].split()) > 1
                 for w in name_key(a["name"]).split()}
        for actor in doc._.local_actors or []:
            if actor["kind"] == "person" and not actor.get("country") and actor.get("sector") != "IGO":  # not one
                # acting for an international body (`U.N. mediator Diego Cordovez`: PLOVER codes the body)
                if name_key(actor["name"]) in named:
                    continue  # a lone word of another person's name here (`Hiller` beside `Yvonne Hiller ...`) is
                    # the document's, not the table's namesake (`Istvan Hiller`)
                actor["country"] = self.table.person_country(actor)
        for mention in doc._.mentions or []:
            actor = local_actor(doc, mention["actor"])
            span = doc.char_span(mention["start"], mention["end"], alignment_mode="expand")
            if actor is None or actor["kind"] != "group" or span is None:
                continue
            if (found := self.table.agent_phrase(doc, span.root)) is not None:
                actor["sector"] = actor.get("sector") or found[1]
            if found is not None or span.root.tag_ == "NNS":  # a collective, not a bloc (`the West`)
                actor["country"] = actor.get("country") or self.table.country_of(doc, span.root)[0]
        return doc


@Language.factory(
    "storyline_agents",
    default_config={"agents": "agents.yaml", "persons": "persons.tsv", "countries": "countries.yaml"},
    assigns=["doc._.local_actors", "doc._.mentions"],
    requires=["doc._.local_actors", "doc._.mentions"],
)
def make_agent_reader(nlp: Language, name: str, agents: str, persons: str, countries: str) -> AgentReader:
    """Factory: the agent-noun and person tables and the country gazetteer (all in `resources/`)."""
    return AgentReader(agents, persons, countries)
