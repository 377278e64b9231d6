"""Events: PLOVER-coded political events read off the dependency parse.

(No `from __future__ import annotations` here: spaCy validates factory signatures at run time.)

A trigger is a verb, an event noun, a phrase (`call on`, `lodge a protest`) or a light-verb
construction (`imposed sanctions`) listed in `resources/events.yaml`, which is derived from the
CAMEO verb patterns through the CAMEO->PLOVER crosswalk. Arguments come from the parse: the
subject, `by` agent, possessor or demonym is the source; an object or prepositional recipient is
the target where it is an actor and the `object` where it is a thing. Where the parse gives no
actor, actors of the trigger's own clause fill the role, never those of a clause the parse does
not connect. The object's class refines type, mode and context (`sell drones` is AID military,
`fire missiles` MOBILIZE weapons). Status comes from negation, denial, hedges and plans on the
trigger's verb chain, which runs on through a verb of implying (`does not mean it backs`); a negation in the
actor's own statement is its denial. `reported_by` comes from the enclosing quote or reporting verb. Coordinated
actors give one event per actor, coordinated verbs share the recipient one of them names.

An event needs an actor (PLOVER codes acts by someone) and a nominal one also a recipient (else it
points back to an event told before: `the visit`). What is no act of its own is skipped: the content
of an agreement, threat, request or refusal (PLOVER codes the single category), a wish, a purpose, a
capacity, the instrument of a coded act, a participle used as an adjective, what a threat is about. Saying
one won't give (`we cannot supply`) or ruling a yielding out (`lifting the sanctions is out of the question`) is
a refusal (REJECT), not a negated gift. Every event carries a
`reason`, its quantity where one counts its object, and a `when` bounded by publication where the
sentence gives none.

Some roles come from the article's earlier events: a verdict or request on an act told before goes to its actor (`We
condemn the act`, `an end to the exercises`, `there is no excuse for that response`); things moving with no owner
named are those an earlier act moved (`Three of them landed`); an answer goes to the actor answered (`responded by
deploying warships`), and an act of a campaign without recipient to the recipient of the same state's earlier act of
its kind. Likewise a pronoun actor is the antecedent within reach that the article shows doing that act to that
recipient (`its attacks on Ukraine`); a definite act noun with a recipient but no actor is the same act told before
(`the sanctions placed on Iran`); aid `for` an act goes to that act's actor; things fired during an act told before
are its actor's, things shot down aimed at their latest user (a means told by a participle, `attacked X using
Iranian drones`, is no act of its own but counts as used, as is a sending to investigate: `sent experts to X to
investigate the attacks` is the inquiry), and means handed over then `used in attacks` make the
recipient the attacker; leaving an agreement is aimed at its other parties; a release, expulsion or arrest told in
the passive is its captor's (`held by`, else the state the released were held, freed or sent out of; an arrest `for`
a deed charges it too: ACCUSE), an expulsion `from` states is aimed at each, and a name the parser hung on the
trigger beside its recipient is one more recipient. `The island`, `the country` stand for the latest country named,
and a headline's second verb shares its first verb's actors. An attack naming no recipient is aimed at the article's
opponent (the one state its hostile events pair with the attacker's); a meeting, talks or clashes whose parties the
parse does not give are between the article's two sides at odds.

A verb turning words or acts down keeps others' words (`rejected calls from Kyiv`) but stops offered acts
(`refused talks`); who turns words down, or voices concern over an act, is no actor of it; saying one will not
lift or release refuses (REJECT); an actor's readiness is its promise; a light verb may recode its noun (`went on
strike`); coordinated parties outrank a meeting's place, and a party denying clashes denies its own part. Who orders an
act noun does it (`ordered patrols by police`), an owner's part in an act its `in` gerund tells is its act (`Tehran's
motives in sending arms`), the people of coordinated states are each state's (`Polish and Czech diplomats held talks`),
talks one travels for are the travellers', and a state named by its people (`the Kenyan people`) stays the recipient of
its own leaders' acts.

News writes acts in many guises, and each is read as its act: a noun that is itself a thing (`sent emergency supplies`),
goods or money handed over (AID: people handed over are released), units and peacekeepers sent or arriving (AID, the
place their recipient: `peacekeepers arrived in Bosnia`), borders opened or closed, refuge sought in a place, bans
violated, operations halted (RETREAT), restrictions or sanctions ended, strikes ended (or refused to be: REJECT), a
readiness to act (`is ready to contribute`: AGREE), an event noun going on (`riots are continuing`), who is responsible
for an act, people held as human shields. Failing to agree refuses (REJECT) and negates what one fails to do. What a
request asks for, a wish hopes for or a plan called off describes is no act of its own (`demanded a truce`, `voiced hope
that X will help`, `cancel plans to sell`), and a statement, a favor or a call returned is no release.

Wars are read as news tells them: hostilities a text ends are told as having happened where it describes them
(`to end border clashes that have killed 33`), bare ones only stopped (`a halt in fighting`); hostilities naming no
side of their own are between the article's two sides, in the order their sentence names them, the accused's part
where an accusation between them tells them; a violation charged (`accused X of violating the truce`) is the
accusation's wording, an act charged for the first time (`accused troops of multiple attacks`) the accused's; a
speaker telling another's act in judging words (`in violation of the ceasefire`, `in a bid to undermine trust`) or
saying it does not keep an agreement accuses it; fire received comes from the side named; responding with force
strikes back; an agreement told by its content or announced, and a ceasefire holding, are the two sides'; a truce
others are sent to monitor or oversee is one in force, no truce declared.

PLOVER's verbal acts are read as the gold standard records code them: an actor announcing its own act promises
(AGREE) or threatens (THREATEN: a hostile act, or one on a condition), beside the planned act, and so does a
cooperative act told in the plain future by no one or a channel of no state (`will visit Y, diplomatic sources
said`, not `analysts said`); a speaker saying
another actor must act asks it to (REQUEST, the act its content); a REQUEST asks someone or is none, and an appeal
(`urged`, `called on`, `a plea`) is one only where it demands a yielding, hostile measures or what another must do
(PLOVER's crosswalk drops CAMEO 02 appeals: `urged Turkey to hold talks`, `asked NATO to help patrol` are none; so is
what the one asked is to ask of a third); what is asked for, `for` phrase included (`an appeal for aid`), is no act
of its own, nor is what an offer or proposal is for (`a proposal for signing a trade pact`), what an inquiry looks
into (`an investigation of arms sales`) or what a protest demands (`rioted, demanding independence`). Words that join
no two actors are no events: a promise to no one of no act (`vowed to rebuild the bridge`), an actor defending its own
policy, an act only weighed that names no recipient (`is considering giving money to developers`); a promise not to
yield refuses (`vowed not to return the islands`: REJECT), one not to attack is no threat. The condition of another
clause, or what waits on one still to come (`will retaliate if NATO attacks`, `must agree before they demobilize`), is
a supposition, no event. Unnamed
groups in roles (`Burundian militiamen`) become actors with a sector (`storyline.nlp.agents`), and each event
points at its words: `trigger_start/end`, `source_start/end`, `target_start/end` (the role's mention nearest the
trigger in its sentence).

The lookups of the other extractors (quantities, time, quotes) are resolved when the component
is built and skipped where a module is missing, so the component runs on any subset of them.

The work is split by concern into the modules of this package: `lexicon` (the lexicon, label sets,
records and token helpers), `actors` (who a token names), `triggers` (which words are events), `roles` (a
trigger's roles from the parse), `coding` (type, mode, context and status), `links` (roles only the
article's earlier events give) and `words` (the words each role points at). This module holds the component
that runs them in order.
"""

import importlib
from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from storyline.nlp import extensions  # noqa: F401
from storyline.nlp.actors import local_actor, mentions_in
from storyline.nlp.agents import AgentTable
from storyline.nlp.events.actors import ActorReader, state_of
from storyline.nlp.events.coding import EventCoder
from storyline.nlp.events.lexicon import (
    MAX_ACTORS,
    OBJECT_DEPS,
    REFLEXIVES,
    SUBJECT_DEPS,
    VERDICT_KEYS,
    Lexicon,
    Roles,
    Trigger,
    add_new,
    has_to,
    lemma,
    merge,
    object_lemmas,
    pobjs,
    prep_objects,
)
from storyline.nlp.events.links import ArticleLinks
from storyline.nlp.events.roles import RoleFinder
from storyline.nlp.events.triggers import TriggerFinder
from storyline.nlp.events.words import RoleWords
from storyline.resources import load_resource


def _lookup(module: str, name: str) -> Callable | None:
    """Another extractor's lookup, or None while that module is missing."""
    try:
        return getattr(importlib.import_module(f"storyline.nlp.{module}"), name)
    except (ImportError, AttributeError):
        return None



class EventExtractor:
    """Find triggers, fill their roles from the parse, then write `doc._.events`."""

    def __init__(self, lexicon: str, clause_fallback: bool = True, places: dict[str, str] | None = None,
                 agents: str = "agents.yaml"):
        self.lex = Lexicon(load_resource(lexicon))
        self.quantity_for_span = _lookup("quantities", "quantity_for_span")
        self.when_for_span = _lookup("time", "when_for_span")
        self.reported_when = _lookup("time", "reported_when")
        self.actors = ActorReader(self.lex, places or {}, _lookup("quotes", "quote_covering"),
                                  AgentTable(agents) if agents else None)
        self.triggers = TriggerFinder(self.lex, self.actors)
        self.links = ArticleLinks(self.lex, self.actors)
        self.roles = RoleFinder(self.lex, self.actors, self.triggers, self.links, clause_fallback)
        self.coder = EventCoder(self.lex, self.actors, self.triggers)
        self.words = RoleWords(self.actors)

    def __call__(self, doc: Doc) -> Doc:
        """Each trigger's events in text order, then the roles only the whole article gives, then the output."""
        self.actors.start_document(doc)  # per-document caches
        self.links.told, self.links.means = [], []
        for trigger in sorted(self.triggers.find_triggers(doc) + self.roles.way_triggers(doc), key=lambda t: t.token.i):
            self.links.told += self.make_events(doc, trigger)
        events = [e for e in self.links.link(doc) if e["target"] is not None or not e.get("_weighed")]  # `is
        # considering giving money to developers`: an act only weighed, aimed at no actor, joins none
        self.actors.domestic_groups(doc, events)  # `Chechen refugees` protesting Moscow's policy are Russia's
        self.set_annotations(doc, events, self.actors.role_words, self.words.read_words)
        return doc

    def make_events(self, doc: Doc, trigger: Trigger) -> list[dict]:
        """One event per source and target of a trigger whose guards hold."""
        token = trigger.token
        light = trigger.light
        if self.triggers.absorbed(token) or (light is not None and (
                self.triggers.wished(light) or self.triggers.deal_content(light) or (
                    light.dep_ == "acl" and has_to(light)
                    and self.triggers.absorbed(light)))):
            return []  # `hopes to hold talks`: a wish; `signed an agreement to increase trade`, `rejected an offer to
            # extend the ceasefire`: the content of the agreement or offer, no act of its own
        if not trigger.noun and token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as"
                                                             for c in token.children) and not any(
                c.dep_ in (*SUBJECT_DEPS, *OBJECT_DEPS) for c in token.children):
            return []  # `halted all activities as agreed upon`, `as promised`: the act told, not a new one
        if trigger.key.split()[0] in VERDICT_KEYS:
            if self.triggers.coordinated_verdict(token):
                return []
            roles = self.roles.verdict_roles(doc, trigger)
            if not roles.targets and (owner := self.triggers.detached_owner(token)) is not None and (
                    owned := self.actors.actors_of(doc, owner)):
                roles.targets, roles.structural = owned, True  # `her (quote) "vicious" and "provocative" actions`:
                roles.path.append(f"owner={owner.text}")  # a possessive the parse hung elsewhere
            if not (roles.sources and (roles.targets or roles.pointer is not None)):
                return []
        else:
            roles = (self.roles.way_roles(doc, trigger) if trigger.key.startswith("motion ")
                     else self.roles.noun_roles(doc, trigger) if trigger.noun else self.roles.verb_roles(doc, trigger))
            if token.pos_ == "PRON":  # `it does seem to be holding`: the pronoun is the act told before, no party
                roles.sources, roles.targets, roles.fallback = [], [], set()
        entry = self.coder.resolve_entry(doc, trigger, roles)
        if entry is None or (entry.get("appeal") and not self.triggers.demands(trigger)):
            return []  # `urged Turkey to hold talks`: an appeal to cooperate (CAMEO 02), which PLOVER drops
        if entry["type"] == "AID" and not trigger.noun and any(
                c.dep_ in ("advcl", "xcomp") and has_to(c) and (
                    hit := self.triggers.verb_trigger(c)) is not None and (
                    hit.entry.get("mode") in self.lex.means_purpose_modes) for c in token.children):
            return []  # `sent experts to Bosnia to investigate the attacks`: the inquiry's means, no aid of its own
        if trigger.noun and entry.get("mode") == "ceasefire" and token.dep_ == "dobj" and (
                lemma(token.head) in self.lex.watching_verbs):
            return []  # `deployed to oversee a ceasefire between X and Y`: a truce in force, watched; none declared
        if entry.get("unless_adverbial") and trigger.noun and token.dep_ == "pobj" and token.head.lower_ == "in" and (
                any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)):
            return []  # `lifted sanctions in recognition of their support`: acknowledging, no act of recognition
        if self.links.means_of(trigger, roles, entry["type"]):
            return []  # `attacked Ukraine using Iranian drones`: how the attack is done, kept as a thing told
        if trigger.noun and not roles.sources and token.dep_ in OBJECT_DEPS and any(
                p.startswith("recipient-of=") for p in roles.path) and (giver := self.giver(doc, token.head)):
            roles.sources = giver  # `continued to receive gunfire from the Cambodian side`: the side fired
            roles.path.append(f"from={giver[0]}")
        if entry.get("charge_wording") and self.triggers.charge(token):
            return []  # `accused Cambodia of violating the truce`: the accusation's wording of its charge
        if entry["type"] == "REQUEST" and not roles.targets and (against := self.triggers.asked_against(doc, trigger)):
            roles.targets = against  # `called for sanctions against Turkey`: a demand on the one they would hit;
            # `pushing for a ceasefire between the government and the Taliban`: on the parties to it
            roles.path.append(f"asked-against={against[0]}")
        if entry.get("swap"):
            roles.sources, roles.targets = roles.targets, roles.sources
        if self.coder.conditional(trigger):
            return []  # `would meet the envoy if he gave them a veto`: the condition is supposed, not told
        status, denier = self.coder.status(trigger)
        if not roles.sources and (owners := self.resolved_owners(doc, trigger)):
            roles.sources = owners  # `the determination of the Cambodian leadership to implement the ceasefire`
            roles.path.append(f"resolve-of={owners[0]}")
            status = "planned" if status == "asserted" else status
        if status == "denied" and not roles.sources:
            roles.sources = denier
        if status == "negated" and (refusal := self.coder.refusal(trigger, entry)):
            entry, status = refusal, "asserted"
        if status == "asserted" and (refusal := self.coder.ruled_out(trigger, entry)) and (
                speaker := self.actors.reported_by(doc, token) or self.statement_speaker(doc, trigger)):
            entry = refusal  # `said lifting the sanctions on Burma is out of the question`: the speaker refuses
            roles.sources = [speaker]
            roles.path.append(f"ruled-out-by={speaker}")
        if status == "negated" and trigger.light is not None and lemma(trigger.light) in self.lex.compliance_verbs and (
                roles.sources) and (speaker := self.statement_speaker(doc, trigger) or self.actors.reported_by(
                    doc, token)) and state_of(doc, speaker) != state_of(doc, roles.sources[0]):
            entry, status = merge(entry, self.lex.manner_entry), "asserted"  # `said the Cambodian military was not
            roles.sources, roles.targets = [speaker], roles.sources[:MAX_ACTORS]  # respecting the ceasefire`: accused
            roles.path.append(f"unkept-by={roles.targets[0]}")
        if status == "negated" and (self.coder.own_denial(doc, token, roles.sources) or (
                entry["type"] in self.lex.hostile_types and self.actors.reported_by(doc, token))):
            status = "denied"  # `Cambodia insisted there had been no armed clashes`: a party's denial
        if not roles.sources and (told := self.links.told_source(doc, trigger, entry["type"], roles.targets)):
            roles.sources = told
            roles.path.append(f"told-by={told[0]}")
        if not roles.sources and not trigger.noun and (doers := self.act_doers(doc, token, entry["type"])):
            roles.sources = doers[1]  # `an attack by Boko Haram killed 20 villagers`: who made the attack killed
            roles.path.append(f"act-by={doers[0]}")
        if not roles.sources and (placed := self.roles.place_source(doc, trigger, entry["type"])):
            roles.sources, roles.placed = placed, True  # `a roadside blast outside the village of Dara wounded
            roles.path.append(f"placed-source={placed[0]}")  # three farmers`: an attacker there, on its own
        if not roles.sources and (captor := self.roles.captor_source(doc, trigger, entry)):
            roles.sources = captor  # `fishermen held captive in Libya have been freed`: whoever held them freed them
            roles.path.append(f"captor={captor[0]}")
        if entry.get("pair_fallback") and trigger.noun and entry["type"] in self.lex.described_types and (
                roles.sources or roles.targets) and (not roles.sources or "source" in roles.fallback) and (
                not roles.targets or "target" in roles.fallback) and (trigger.light is None or not roles.sources):
            roles.sources, roles.targets, roles.fallback = [], [], set()  # `agreed to a halt after five days of
            # border clashes`, `exchanges of fire continued, with Thailand launching strikes`: the clause's other
            # actors are no parties to hostilities it names no side of; the article's two sides are
        if trigger.noun and "source" in roles.fallback and token.dep_ in OBJECT_DEPS and (
                lemma(token.head) in self.lex.status["denial_verbs"]
                or ((hit := self.triggers.verb_trigger(token.head)) is not None and hit.entry.get("blocks"))):
            return []  # `Macron rejected accusations his government had`: who turns the words down made none of them
        voiced = self.lex.sentiment_nouns | self.lex.statement_nouns
        verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX") and a.dep_ != "prep"), None)
        if trigger.noun and "source" in roles.fallback and (
                any(lemma(a) in voiced for a in token.ancestors if a.pos_ == "NOUN") or (verb is not None and any(
                    c.dep_ in OBJECT_DEPS and {lemma(c), *(lemma(g) for g in c.children if g.dep_ == "compound")}
                    & self.lex.sentiment_nouns for c in verb.children))):
            return []  # `offered his condolences over an attack`, `sent a condolence message`: the one voicing them
            # did not attack
        if trigger.noun and "source" in roles.fallback and self.triggers.voiced_act(token):
            return []  # `condemned terrorist attacks in Tehran`, `claimed responsibility for several attacks`: who
            # judges, tells or claims an act is not its actor; only the act's own source would make it an event
        pair = not roles.sources and bool(entry.get("pair_fallback"))  # `military commanders met`: the two sides
        if pair and trigger.noun and any(a.pos_ == "NOUN" and (held := self.triggers.noun_trigger(a)) is not None
                                         and self.lex.entry_type(held.entry) == entry["type"] for a in token.ancestors):
            return []  # `the fighting, which killed 38 people in five days of clashes`: the same act told again
        if pair and roles.placed and not any(c.dep_ in ("amod", "compound") and lemma(c) not in trigger.key.split()
                                             and lemma(c) not in self.lex.nouns for c in token.children):
            roles.targets = []  # `peace talks in Malaysia`, `the ceasefire agreement announced in Malaysia`: the place
            # is only the venue (not `regional meetings`)
        unsaid = not roles.sources and entry["type"] in self.lex.sourceless_types and bool(roles.targets) and (
            "target" not in roles.fallback and not trigger.noun and token.dep_ != "acl" and not any(
                # `civilians were killed in a bombing`, not a participle naming its noun (`a soldier killed in X`)
                c.dep_ in SUBJECT_DEPS and "weapon" in self.lex.classes([lemma(c)]) for c in token.children))
        if not roles.sources and not pair and not unsaid:
            return []  # PLOVER codes an act by someone; the recipient may stay open
        if any(c.dep_ in OBJECT_DEPS and c.lower_ in REFLEXIVES for c in token.children):
            return []  # `defending itself`: no recipient
        if not roles.targets and entry.get("mode") == "withdraw" and not trigger.noun and (
                parties := self.roles.departure_partners(doc, token, roles.sources)):
            roles.targets = parties
            roles.path.append(f"left-parties={parties[0]}")
        if not roles.targets and entry.get("mode") == "resign" and (
                offices := self.roles.office_holders(doc, token, roles.sources)):
            roles.targets, roles.placed = offices, True  # `resigned as president of Indonesia`: the state whose
            roles.path.append(f"office-of={offices[0]}")  # office is left, the holder's own too
        if not roles.targets and entry.get("place_target") and (
                placed := self.place_actors(doc, trigger, roles.sources)):
            roles.targets = placed  # `sought refuge in Germany`, `peacekeepers arrived in Bosnia`
            roles.path.append(f"place={placed[0]}")
        if roles.targets and (listed := self.listed_recipients(doc, trigger, roles)):
            add_new(roles.targets, listed)  # `sanctions on the Central African Republic and the Democratic Republic of
            roles.path.append(f"listed={listed[0]}")  # the Congo`: the second name the parser hung on the noun
        if sent := self.roles.sent_out_states(doc, trigger, entry, roles):
            roles.targets = sent  # `expelled envoys of Chile, Peru and Spain`: each state
            roles.path.append(f"sent-out={sent[0]}")
        if not roles.targets and trigger.noun and entry["type"] in self.lex.content_types and any(
                self.triggers.content_owner(c) == token for c in token.head.children):
            self.roles.content_target(doc, token.head, roles, entry["type"])  # `its demand today that Israel ease`
        if entry.get("user_target") and roles.obj is not None and (
                user := self.links.thing_user(doc, roles.obj, roles)):
            roles.targets = [user]  # `shot down Iranian drones`: aimed at whoever sent them, not their maker
            roles.path.append(f"used-by={user}")
        if (not roles.targets or roles.placed or "target" in roles.fallback) and (
                entry["type"] in self.lex.purpose_target_types) and (
                aimed := self.purpose_actors(doc, trigger, roles.sources)):
            roles.targets, roles.placed = aimed, False  # `staged demonstrations to demand reforms by President
            # Suharto's government`; before the place it is held in or the clause's next actor (`rioted at a jail
            # in Dili joining demonstrators in demanding independence from Indonesian rule`)
            roles.fallback.discard("target")
            roles.path.append(f"purpose-target={aimed[0]}")
        roles.targets = [t for t in roles.targets if roles.placed or not self.own_country(doc, roles.sources, t) or (
            t in roles.owned and entry["type"] in self.lex.stance_types)  # `defended Germany's decision`
            or self.populace(doc, token, t)]  # `broke his pledge to the Kenyan people`: its own people
        if not roles.targets and not trigger.noun and entry["type"] in self.lex.pointer_types:
            roles.pointer = roles.pointer or self.links.pointer_noun(doc, trigger, roles)
            roles.reporter = self.links.conjunct_reporter(doc, token)
        content = self.triggers.detached_content(token) if (
            trigger.noun and roles.sources and not roles.targets and entry["type"] in self.lex.pointer_types) else None
        named = bool(roles.targets) or (roles.unnamed is not None and bool(roles.sources))  # `sanctions against the
        # militants`: people no name gives are a side named
        if trigger.noun and not named and not pair and content is None and not (
                trigger.light is not None
                and (lemma(trigger.light) in self.lex.light_verbs | self.lex.light_in_verbs | self.lex.light_on_verbs
                     or lemma(trigger.light) in entry.get("lights", ())  # the noun's own: `set a deadline`
                     or self.lex.transfers(self.lex.verbs.get(lemma(trigger.light), {})))  # `distributed aid`
                and (entry["type"] in self.lex.open_recipient_types or entry.get("open_recipient")
                     or entry.get("mode") in self.lex.open_recipient_modes)) and not (
                entry["type"] in self.lex.opponent_types and self.triggers.charged_act(token)):
            return []  # a nominal event names both sides, else it points back to one told before (`the visit`);
            # an act a light verb tells may leave its recipient open (`launched attacks at several locations`)
        line = self.actors.sentence(token)
        base = {
            "type": entry["type"],
            "mode": entry["mode"],
            "context": entry["context"],
            "object": self.object_text(roles.obj),
            "quantity": self.quantity(doc, token, roles.obj if roles.counted is None else roles.counted, entry["type"]),
            "status": status,
            "reported_by": self.actors.reported_by(doc, token),
            "when": self.when(doc, line, token, status),
            "start": line.start_char,
            "end": line.end_char,
            "trigger": token.text,
            "reason": self.reason(trigger, entry, roles, status),
            "_token": token.i,
            "_object": roles.obj.i if roles.obj is not None else None,
            "_anchor": (trigger.light if trigger.light is not None else token).i,
            "_pointer": next((p.i for p in (roles.pointer, roles.purpose) if p is not None), None)
            if not roles.targets else None,
            "_reporter": roles.reporter,
            "_needs_pointer": not roles.targets and (trigger.key.split()[0] in VERDICT_KEYS
                                                     or roles.purpose is not None),
            "_responds": not roles.targets and self.links.responding(token),
            "_motion": entry.get("roles") == "motion",
            "_pair": pair,
            "_content": content.i if content is not None else None,
            "_sideless": roles.sideless[0] if roles.sideless and not entry.get("needs_target") else None,
            "_weighed": status == "possible" and any(lemma(t) in self.lex.weighing_verbs
                                                     for t in self.coder.chain(trigger.light or token)),
            "_pronoun": pronoun.i if (pronoun := self.links.source_pronoun(doc, trigger, roles)) is not None else None,
            "_places": self.victim_places(doc, token) if unsaid else [],
            "_unnamed": roles.unnamed.i if roles.unnamed is not None and not roles.targets else None,
        }
        intent = self.intent(doc, token, entry, status, base["reported_by"], roles.sources, trigger.light)
        told = [{**base, "type": kind, "mode": mode, "reason": f"{base['reason']} intent={kind}"}
                for kind, mode in ([intent] if intent else [])]
        held_out = intent is not None and intent[0] == "THREATEN" and (
            self.threat_condition(token) or self.worded(token, trigger.light, "THREATEN"))
        # `will boycott the elections unless the president steps down`, `threatened to impose a curfew`: the threat
        # is the act told (PLOVER codes the threat); the boycott or curfew waits on a condition, no plan of its own
        if entry.get("mode") in self.lex.charging["modes"] and self.charged_for(token):
            kind = self.lex.charging["entry"]  # `was arrested for collaborating with Israel`: the captor charges it
            told.append({**base, "type": kind["type"], "mode": kind.get("mode"), "context": kind.get("context", []),
                         "reason": f"{base['reason']} charged={kind['type']}"})
        if also := entry.get("also"):  # `shook hands over the ceasefire deal`: met and agreed
            told.append({**base, "type": also["type"], "mode": also.get("mode"),
                         "reason": f"{base['reason']} also={also['type']}"})
        out = [
            {**event, "source": source, "target": target}
            for event in ([] if held_out else [base]) + told
            for source in (roles.sources or [None])[:MAX_ACTORS]
            for target in (roles.targets or [None])[:MAX_ACTORS]
            if source is None or source != target or roles.placed  # a curfew imposed at home: aimed at its place
        ]
        speaker = base["reported_by"] or self.statement_speaker(doc, trigger)
        if speaker and roles.sources and entry["type"] in self.lex.hostile_types and status == "asserted" and (
                self.triggers.judged_manner(trigger)) and not self.triggers.charge(token) and (
                state_of(doc, speaker) != state_of(doc, roles.sources[0])):
            kind = self.lex.manner_entry
            out += [{**base, "type": kind["type"], "mode": kind.get("mode"), "context": ["diplomatic"],
                     "reason": f"{base['reason']} manner={kind['type']}", "source": speaker, "target": source,
                     "_pointer": None, "_needs_pointer": False, "_responds": False, "_pair": False, "_pronoun": None,
                     "_content": None}
                    for source in roles.sources[:MAX_ACTORS]]  # `said Cambodia attacked in violation of the truce`
        return out

    def victim_places(self, doc: Doc, verb: Token) -> list[tuple[str, str]]:
        """The state of the place a harm of no named doer is told in, on the verb or on its harmed (`ten people in
        Baghdad were killed`, `killed two guards in Mosul`): who was harmed there, where they are no one else; with
        the place's word, which the target then points at."""
        heads = [verb, *(c for c in verb.children if c.dep_ in (*OBJECT_DEPS, "nsubjpass"))]
        for _, p in prep_objects(heads, self.lex.locative_preps):
            if found := self.roles.place_states(doc, p):
                return [(found[0], p.text)]
        return []

    def act_doers(self, doc: Doc, verb: Token, kind: str) -> tuple[str, list[str]] | None:
        """The words and actors a verb's subject names as the doer of an act of the verb's own type (`an attack by
        the rebels killed`, `a truck bomb set off by the militant group wounded`): its `by` phrase, else its owner."""
        for noun in (c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.pos_ == "NOUN"):
            act = self.triggers.noun_trigger(noun)
            if act is None or self.lex.entry_type(act.entry) != kind:
                continue
            named = [*(p for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "by" for p in pobjs(prep)),
                     *(c for c in noun.children if c.dep_ == "poss")]
            for word in named:
                if found := self.actors.actors_of(doc, word):
                    return word.text, found
        return None

    def resolved_owners(self, doc: Doc, trigger: Trigger) -> list[str]:
        """The owner of a noun of resolve the act is the complement of: `the firm determination of the Cambodian
        leadership to implement the ceasefire`, `its commitment to withdraw`."""
        verb = trigger.light if trigger.light is not None else trigger.token
        noun = verb.head
        if verb.dep_ != "acl" or lemma(noun) not in self.lex.resolve_nouns or not has_to(verb):
            return []
        return self.actors.owner_actors(doc, noun) or [
            a for prep in noun.children if prep.dep_ == "prep" and prep.lower_ in ("of", "by")
            for p in pobjs(prep) for a in self.actors.actors_of(doc, p)]

    @staticmethod
    def charged_for(token: Token) -> bool:
        """The act has a `for` phrase telling a deed of the one acted on (`arrested for collaborating with Israel`,
        `jailed for spying`): the charge it is done on."""
        return any(c.dep_ in ("pcomp", "pobj") and c.tag_ == "VBG"
                   for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "for" for c in prep.children)

    def listed_recipients(self, doc: Doc, trigger: Trigger, roles: Roles) -> list[str]:
        """Names the parser coordinated with a trigger (or its light verb) that already has a recipient, where they
        are states or organizations (`sanctions on X and the Republic of the Philippines`, the second name hung
        on `sanctions` or `imposed`): recipients beside the first."""
        out: list[str] = []
        heads = [h for h in (trigger.token, trigger.light) if h is not None]
        for conj in (c for h in heads for c in h.children if c.dep_ == "conj" and c.pos_ == "PROPN"):
            found = self.actors.actor_at(doc, conj)
            if found and all((local_actor(doc, a) or {}).get("kind") in ("country", "organization")
                             and a not in roles.sources for a in found):
                add_new(out, found)
        return [a for a in out if a not in roles.targets]

    def statement_speaker(self, doc: Doc, trigger: Trigger) -> str | None:
        """Who says the statement the act is told in, where the parse hangs it on the statement noun (`the army said
        in a statement that Cambodia had conducted attacks`)."""
        for verb in (a for a in (trigger.light or trigger.token).ancestors if lemma(a) in self.lex.speech_verbs):
            if verb.dep_ == "acl" and lemma(verb.head) in self.lex.statement_nouns:
                verb = verb.head.head  # `they did issue a statement saying that`: who issued it
            if found := self.actors.subject_actors(doc, verb, []):
                return found[0]
        return None

    def giver(self, doc: Doc, receiver: Token) -> list[str]:
        """The actors a verb of receiving names after `from`: the ones the received act comes from."""
        return [a for prep in receiver.children if prep.dep_ == "prep" and prep.lower_ == "from"
                for p in pobjs(prep) for a in self.actors.actors_of(doc, p)]

    def place_actors(self, doc: Doc, trigger: Trigger, sources: list[str]) -> list[str]:
        """The actors of the places the trigger's locative phrases name (`in Germany`), or the states of those places
        (`in Niger's Maradi region`, `in the Maradi region of Niger`), other than its sources."""
        heads = [trigger.token] + ([trigger.light] if trigger.light is not None else [])
        served = [trigger.token.head] if not trigger.noun and trigger.token.dep_ in ("advcl", "xcomp") and \
            trigger.token.head.pos_ == "VERB" else []  # `arrived in Chile seeking refuge`: the place of the clause
        for group in (heads, served):  # the trigger serves, where its own phrases name none
            for _, p in prep_objects(group, self.lex.locative_preps):
                if found := [a for a in self.actors.actors_of(doc, p) or self.roles.place_states(doc, p)
                             if a not in sources]:  # `in Niger's southern region`: the state of the place
                    return found[:1]
        return []

    def purpose_actors(self, doc: Doc, trigger: Trigger, sources: list[str]) -> list[str]:
        """The first actors named in the demand a protest makes (`to demand the resignation of President X`,
        `calling for independence from Iraq`): whom it is aimed at."""
        heads = [trigger.token] + ([trigger.light] if trigger.light is not None else [])
        heads += [c for h in heads for c in h.children if c.dep_ == "advcl" and c.tag_ == "VBG"]  # `joining
        # thousands of demonstrators in demanding`
        for clause in (c for h in heads for c in h.children if c.dep_ in ("advcl", "xcomp", "acl", "prep")):
            demand = [clause] if clause.dep_ != "prep" else [*pobjs(clause), *(c for c in clause.children
                                                                            if c.dep_ == "pcomp")]  # `in demanding`
            if not any(lemma(d) in self.lex.demand_verbs for d in demand):
                continue
            for t in (t for t in clause.subtree if t.pos_ in ("PROPN", "NOUN", "ADJ")):  # `from Indonesian rule`
                if found := [a for a in self.actors.actor_at(doc, t) if a not in sources]:
                    return found[:1]
        return []

    def intent(self, doc: Doc, token: Token, entry: dict, status: str, speaker: str | None,
               sources: list[str], light: Token | None = None) -> tuple[str, str | None] | None:
        """An actor announcing an act of its own is a verbal act too (PLOVER's AGREE and THREATEN): `Syria says it
        is willing to withdraw` promises, `said they would boycott all contact`, `will withdraw unless` threaten.
        The type and mode of that promise or threat, or None where the act is no announced plan of the speaker."""
        if not speaker and sources and any(lemma(t) in self.lex.readiness_words for t in self.coder.chain(token)):
            speaker = sources[0]  # `Chad is prepared to pull back its soldiers`: its readiness is its own word
        if sources and entry["type"] not in self.lex.hostile_types and (
                not speaker or self.channel(doc, speaker)) and any(
                a.dep_ == "aux" and a.lower_ in self.lex.intent["future_auxes"]
                for t in self.coder.chain(light if light is not None else token) for a in t.children):
            speaker = sources[0]  # `Finland will give Tanzania a grant, a statement said`, `X will visit Y, diplomatic
            # sources said`: an act told as the actor's fixed future, by no one or a channel of no state (not `analysts
            # said`: a forecast), is its pledge
        if status != "planned" or entry["type"] in self.lex.intent["skip_types"] or not speaker or not sources or (
                state_of(doc, speaker) != state_of(doc, sources[0])):
            return None
        conditional = self.threat_condition(token)
        if entry["type"] in self.lex.hostile_types or conditional:
            said = next((a for a in token.ancestors if lemma(a) in self.lex.speech_verbs), None)
            if conditional or said is None or lemma(said) not in self.lex.intent["decision_verbs"]:
                return "THREATEN", self.lex.intent["threat_modes"].get(entry["type"])
            return None  # `announced it would impose sanctions`: the decision, not a threat
        return "AGREE", None

    def worded(self, token: Token, light: Token | None, kind: str) -> bool:
        """A verb the act complements codes it as a promise or threat of its own (`threatened to impose a curfew`)."""
        for verb in self.coder.chain(light if light is not None else token)[1:]:
            hit = self.triggers.verb_trigger(verb) if verb.pos_ in ("VERB", "AUX") else None
            if hit is not None and self.lex.entry_type(hit.entry) == kind:
                return True
        return False

    def threat_condition(self, token: Token) -> bool:
        """The act is held out on a condition (`will withdraw its force unless the rebels disarm`)."""
        return any(c.dep_ == "mark" and c.lower_ in self.lex.intent["threat_marks"]
                   for t in (token, token.head) for a in t.children if a.dep_ == "advcl" for c in a.children)

    def channel(self, doc: Doc, speaker: str) -> bool:
        """The speaker is a channel no state speaks through (`diplomatic sources`, `a statement`), which relays
        an actor's word, not a forecaster (`analysts`)."""
        said = local_actor(doc, speaker) or {}
        head = (said.get("name") or "").split()[-1:]
        return said.get("kind") == "group" and not said.get("country") and bool(head) and (
            head[0].lower().rstrip("s") in self.lex.intent["channel_nouns"])

    def when(self, doc: Doc, sentence: Span, token: Token, status: str) -> dict | None:
        """The time the sentence gives the event, else the publication day as its bound."""
        found = self.when_for_span(doc, sentence.start_char, sentence.end_char, anchor_token=token) \
            if self.when_for_span else None
        if found is None and self.reported_when is not None:
            found = self.reported_when(doc, planned=status == "planned")
        return found

    @staticmethod
    def own_country(doc: Doc, sources: list[str], target: str) -> bool:
        """The target is the country every source belongs to (`Macron took France out of the pact`); not where a
        source is an organization or group (`the PKK demanded that the Turkish government provide`, rebels and
        protesters act on their own state)."""
        actor = local_actor(doc, target) or {}
        return bool(sources) and actor.get("kind") == "country" and all(
            state_of(doc, s) == target and (local_actor(doc, s) or {}).get("kind") in ("person", "country")
            for s in sources)

    def populace(self, doc: Doc, token: Token, state: str) -> bool:
        """The sentence names the state by its people (`populace_nouns`: `the Kenyan people`, `the population`):
        a state's own people, whom its leaders act on, as event data codes them (the state)."""
        line = self.actors.sentence(token)
        return any(m["actor"] == state and m["text"].split()[-1].lower() in self.lex.populace_nouns
                   for m in mentions_in(doc, line.start_char, line.end_char))

    @staticmethod
    def object_text(obj: Token | None) -> str | None:
        """The object's head with the modifiers before it: `Shahed-136 drones`, `military equipment`."""
        if obj is None:
            return None
        start = min([obj.i] + [c.i for c in obj.children if c.dep_ in ("compound", "amod") and c.i < obj.i])
        return obj.doc[start: obj.i + 1].text

    def quantity(self, doc: Doc, token: Token, obj: Token | None, event_type: str) -> str | None:
        """The local id of the quantity counting the object (`more than 400 UAVs`, `hundreds of drones`), else
        a count of the same kind of thing within the trigger's phrase (`a contract to supply Egypt with 12
        frigates`) or its predicate (`the shipment included about 450 drones`)."""
        if self.quantity_for_span is None:
            return None
        if obj is not None:
            phrase = obj.head.head if obj.dep_ == "pobj" and obj.head.lower_ == "of" else obj
            if found := self.quantity_for_span(doc, phrase.left_edge.idx, obj.idx + len(obj)):
                return found.get("id")
        if event_type in self.lex.verbal_types:
            return None
        scope = token.head if token.dep_ in SUBJECT_DEPS and lemma(token.head) in self.lex.counting_verbs else token
        start, end = scope.left_edge.idx, scope.right_edge.idx + len(scope.right_edge)
        wanted = set(self.lex.classes(object_lemmas(obj, heads_only=True))) if obj is not None else set()
        wanted = (wanted or set(self.lex.class_contexts)) & set(self.lex.class_contexts)  # things, not words
        for q in doc._.quantities or []:
            if start <= q["start"] and q["end"] <= end and q.get("item") and not q.get("unit") and (
                    wanted & set(self.lex.classes([q["item"]]))):
                return q.get("id")
        return None

    @staticmethod
    def reason(trigger: Trigger, entry: dict, roles: Roles, status: str) -> str:
        """`verb supply (AID military): nsubj=Iran dobj=drones to=Russia`."""
        label = " ".join(x for x in (entry["type"], entry.get("mode"), ",".join(entry["context"])) if x)
        tail = f" status={status}" if status != "asserted" else ""
        return f"{trigger.key} ({label}): {' '.join(roles.path)}{tail}"

    @staticmethod
    def set_annotations(doc: Doc, events: list[dict], words: Callable | None = None,
                        read: Callable | None = None) -> None:
        """Events in text order with local ids, one per trigger, type, source and target (two verbs of one
        sentence are two events: `supplying drones and providing training`); each role points at the words its
        reason says it was read from (`read`: `to=Paris`), else at its mention (`role_mention`)."""
        unique: list[dict] = []
        spans: list[Span] = []
        seen: set[tuple] = set()
        for event in events:
            token = event["_token"]
            for private in [k for k in event if k.startswith("_")]:
                event.pop(private)  # the extractor's own bookkeeping
            key = (token, event["type"], event["source"], event["target"])
            if key in seen:
                continue
            seen.add(key)
            word = doc[token]
            offsets = {"trigger_start": word.idx, "trigger_end": word.idx + len(word)}
            for side in ("source", "target"):
                taken = (offsets.get("source_start"), offsets.get("source_end"))
                found = (read(doc, event[side], word, event["reason"], taken, side) if read is not None else None) \
                    or role_mention(doc, event[side], word, words, taken)
                offsets[f"{side}_start"] = found["start"] if found else None
                offsets[f"{side}_end"] = found["end"] if found else None
            unique.append({"id": f"ev{len(unique)}", **event, **offsets})
            spans.append(Span(doc, token, token + 1, label=event["type"]))
        doc._.events = unique
        doc.spans["storyline_events"] = spans


def role_mention(doc: Doc, actor: str | None, trigger: Token, words: Callable | None = None,
                 taken: tuple[int | None, int | None] = (None, None)) -> dict | None:
    """The mention of a role's actor that the event points at: the one nearest the trigger in its sentence, else
    the words of the sentence that name it (`words`: a place, an owner, a pronoun), else the latest mention before
    it (an actor the article named earlier), else the first after it. A target is not pointed at the source's
    words (`taken`: a curfew Turkish authorities impose in Turkey points at `Turkey`)."""
    mentions = [m for m in doc._.mentions or [] if m["actor"] == actor and m["start"] != taken[0]] if actor else []
    line = trigger.sent
    inside = [m for m in mentions if line.start_char <= m["start"] and m["end"] <= line.end_char]
    if inside:
        return min(inside, key=lambda m: abs(m["start"] - trigger.idx))
    if actor and words is not None and (found := words(doc, actor, trigger, taken)) is not None:
        return found
    if not mentions:
        return None
    before = [m for m in mentions if m["end"] <= trigger.idx]
    return before[-1] if before else mentions[0]


@Language.factory(
    "storyline_events",
    default_config={"lexicon": "events.yaml", "clause_fallback": True, "agents": "agents.yaml"},
    assigns=["doc._.events", "doc.spans"],
    requires=["doc._.mentions"],
)
def make_event_extractor(nlp: Language, name: str, lexicon: str, clause_fallback: bool,
                         agents: str) -> EventExtractor:
    """Factory: `lexicon` is the trigger table; `clause_fallback` lets same-clause actors fill empty roles;
    `agents` the agent nouns that make unnamed groups actors (empty: none). Country names and capitals come
    from the actor component's gazetteer, where it runs before."""
    resolver = nlp.get_pipe("storyline_actors") if "storyline_actors" in nlp.pipe_names else None
    places = {form: e.id for form, e in getattr(resolver, "gazetteer", {}).items() if e.kind == "country"}
    return EventExtractor(lexicon, clause_fallback, places, agents)
