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
trigger's verb chain; `reported_by` from the enclosing quote or reporting verb. Coordinated
actors give one event per actor, coordinated verbs share the recipient one of them names.

An event needs an actor (PLOVER codes acts by someone) and a nominal one also a recipient (else it
points back to an event told before: `the visit`). What is no act of its own is skipped: the content
of an agreement, threat, request or refusal (PLOVER codes the single category), a wish, a purpose, a
capacity, the instrument of a coded act, a participle used as an adjective, what a threat is about. Saying
one won't give (`we cannot supply`) is a refusal (REJECT), not a negated gift. Every event carries a
`reason`, its quantity where one counts its object, and a `when` bounded by publication where the
sentence gives none.

Some roles come from the article's earlier events: a verdict or request on an act told before goes to
its actor (`We condemn the act`, `an end to the exercises`, `there is no excuse for that
response`); things moving with no owner named are those an earlier act moved (`Three of them landed`);
an answer goes to the actor answered (`responded by deploying warships`), and an act of a campaign
without recipient to the recipient of the same state's earlier act of its kind. Likewise a pronoun actor is
the antecedent within reach that the article shows doing that act to that recipient (`its attacks on
Ukraine`); a definite act noun with a recipient but no actor is the same act told before (`the sanctions
placed on Iran`); aid `for` an act goes to that act's actor; things fired during an act told before are its
actor's, things shot down aimed at their latest user, and means handed over then `used in attacks` make the
recipient the attacker; leaving an agreement is aimed at its other parties. `The island`, `the country` stand
for the latest country named, and a headline's second verb shares its first verb's actors.

The lookups of the other extractors (quantities, time, quotes) are resolved when the component
is built and skipped where a module is missing, so the component runs on any subset of them.
"""

import importlib
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from storyline.nlp import extensions  # noqa: F401
from storyline.nlp.actors import local_actor, mention_for_token, mentions_in
from storyline.resources import load_resource

STATUS_ORDER = ("denied", "negated", "possible", "planned", "asserted")
SUBJECT_DEPS = {"nsubj", "csubj"}
PASSIVE_SUBJECT_DEPS = {"nsubjpass", "csubjpass"}
OBJECT_DEPS = {"dobj", "obj"}
OWNER_DEPS = {"poss", "compound", "amod", "nmod"}
CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "acl", "parataxis", "csubj", "conj"}
COMPLEMENT_DEPS = {"xcomp", "acomp", "conj"}
REPORTED_DEPS = {"ccomp", "xcomp", "parataxis", "advcl", "dobj"}
RELATIVE_PRONOUNS = {"which", "who", "that", "whom"}
FIRST_PERSON = {"i", "me", "my", "we", "us", "our"}
PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "hers"}
PLURAL_PRONOUNS = {"they", "them", "their", "theirs"}
THING_PRONOUNS = {"it", "its"}
REFLEXIVES = {"itself", "themselves", "himself", "herself", "ourselves", "myself", "yourself", "yourselves"}
PRONOUNS = FIRST_PERSON | PERSON_PRONOUNS | PLURAL_PRONOUNS | THING_PRONOUNS | RELATIVE_PRONOUNS
MATERIAL_CONTEXTS = {"military", "economic", "humanitarian"}
STATUS_KEYS = ("negation", "denial_verbs", "denial_nouns", "hedge_modals", "hedge_adverbs", "hedge_verbs",
               "plan_modals", "plan_verbs", "condition_marks")
MAX_ACTORS = 4
"""Coordinated actors per role that still give one event each."""
PRONOUN_REACH = 2
"""Sentences back that a pronoun may reach for its antecedent."""
VERDICT_KEYS = {"copula", "verdict", "existential"}
"""Trigger keys of verdicts told by a speaker on an actor or its act (`the visit is a provocation`)."""
DEFINITE_DETS = {"the", "this", "that", "these", "those"}
"""Determiners of a noun pointing back to something told before (`the act`, `this move`)."""
CONTRASTS = {"but", "yet"}
"""Conjunctions whose second verb keeps its own polarity (`did not change policy, but used it`)."""
ACT_PRONOUNS = {"it", "this", "that"}
"""Pronouns a verdict may judge an act told before by (`it's irresponsible`, `this is unacceptable`)."""


def _lookup(module: str, name: str) -> Callable | None:
    """Another extractor's lookup, or None while that module is missing."""
    try:
        return getattr(importlib.import_module(f"storyline.nlp.{module}"), name)
    except (ImportError, AttributeError):
        return None


def lemma(token: Token) -> str:
    return token.lemma_.lower()


def pobjs(prep: Token) -> Iterator[Token]:
    """The objects of a preposition, or of the one it is coordinated with (`in and around the Strait`)."""
    found = [c for c in prep.children if c.dep_ == "pobj"]
    if not found:
        found = [c for conj in prep.conjuncts for c in conj.children if c.dep_ == "pobj"]
    return iter(found)


def merge(entry: dict, override: dict) -> dict:
    """An entry with a refinement's keys on top (the refinement's context replaces the entry's)."""
    return {**{k: v for k, v in entry.items() if k not in ("by_object", "aimed", "by_cue", "by_context")}, **override}


def add_new(items: list[str], new: Iterable[str], exclude: Iterable[str] = ()) -> list[str]:
    """Append the new items not yet listed nor excluded; returns those appended."""
    added = [a for a in dict.fromkeys(new) if a not in items and a not in exclude]
    items += added
    return added


class Lexicon:
    """The tables of `events.yaml`, indexed for lookups by lemma."""

    def __init__(self, data: dict):
        self.verbs: dict[str, dict] = data.get("verbs", {})
        self.phrases: dict[str, dict] = data.get("phrases", {})
        self.nouns: dict[str, dict] = data.get("nouns", {})
        self.compounds: dict[str, dict] = data.get("compounds", {})
        self.word_classes: dict[str, list[str]] = {}
        for name, spec in data.get("classes", {}).items():
            for word in spec.get("words", []):
                self.word_classes.setdefault(word, []).append(name)
        self.parents = {name: spec.get("parent") for name, spec in data.get("classes", {}).items()}
        self.class_contexts: dict[str, str] = data.get("class_contexts", {})
        self.context_words: dict[str, str] = data.get("context_words", {})
        self.type_contexts: dict[str, list[str]] = data.get("type_contexts", {})
        self.modes: dict[str, dict[str, str]] = data.get("modes", {})
        self.target_preps = {k: set(v) for k, v in data.get("target_preps", {}).items()}
        self.light_verbs = set(data.get("light_verbs", []))
        self.aim_preps = set(data.get("aim_preps", []))
        self.locative_preps = set(data.get("locative_preps", []))
        self.actor_heads = set(data.get("actor_heads", []))
        self.container_nouns = set(data.get("container_nouns", []))
        self.blocking_nouns = set(data.get("blocking_nouns", []))
        self.reciprocal_types = set(data.get("reciprocal_types", []))
        self.locative_types = set(data.get("locative_types", []))
        self.speech_verbs = set(data.get("speech_verbs", []))
        self.comment_verbs = set(data.get("comment_verbs", []))
        self.object_control = set(data.get("object_control", []))
        self.absorbing_types = set(data.get("absorbing_types", []))
        self.desire_words = set(data.get("desire_words", []))
        self.stop_verbs = set(data.get("stop_verbs", []))
        self.capacity_nouns = set(data.get("capacity_nouns", []))
        self.decision_nouns = set(data.get("decision_nouns", []))
        self.instrument_verbs = set(data.get("instrument_verbs", []))
        self.recipient_verbs = set(data.get("recipient_verbs", []))
        self.content_types = set(data.get("content_types", []))
        self.counting_verbs = set(data.get("counting_verbs", []))
        self.verbal_types = set(data.get("verbal_types", []))
        self.light_in_verbs = set(data.get("light_in_verbs", []))
        self.water_words = set(data.get("water_words", []))
        self.carrier_verbs = set(data.get("carrier_verbs", []))
        self.growth_words = set(data.get("growth_words", []))
        self.pair_words = set(data.get("pair_words", []))
        self.state_nouns = set(data.get("state_nouns", []))
        self.refusals: dict[str, dict] = data.get("refusals", {})
        self.refusal_modals = set(data.get("refusal_modals", []))
        self.topic_preps = set(data.get("topic_preps", []))
        self.party_classes = set(data.get("party_classes", []))
        self.user_types = set(data.get("user_types", []))
        self.occasion_preps = set(data.get("occasion_preps", []))
        self.participant_words = set(data.get("participant_words", []))
        self.participation_verbs = set(data.get("participation_verbs", []))
        self.activity_groups: dict[str, list[str]] = data.get("activity_groups", {})
        evaluations = data.get("evaluations", {})
        self.evaluation_verbs = set(evaluations.get("verbs", []))
        self.evaluation_words = set(evaluations.get("words", []))
        self.evaluation_entry: dict = evaluations.get("entry", {})
        self.copulas = set(evaluations.get("copulas", []))
        self.verdict_verbs = set(evaluations.get("subject_verbs", []))
        self.judging_verbs = set(evaluations.get("judging_verbs", []))
        self.existentials = set(evaluations.get("existentials", []))
        self.act_nouns = set(evaluations.get("act_nouns", []))
        self.pointer_nouns: dict[str, list[str]] = data.get("pointer_nouns", {})
        self.pointer_types = set(data.get("pointer_types", []))
        self.continuing_types = set(data.get("continuing_types", []))
        self.response_verbs = set(data.get("response_verbs", []))
        self.status = {k: set(data.get("status", {}).get(k, [])) for k in STATUS_KEYS}

    def classes(self, lemmas: Iterable[str]) -> list[str]:
        """Classes of the words with their parents, in order of first appearance."""
        out: list[str] = []
        for word in lemmas:
            for name in self.word_classes.get(word, []):
                while name and name not in out:
                    out.append(name)
                    name = self.parents.get(name)
        return out

    def preps_for(self, event_type: str) -> set[str]:
        return self.target_preps.get(event_type, self.target_preps.get("default", set()))

    @staticmethod
    def entry_type(entry: dict) -> str:
        """The type an entry codes, or that of its first object refinement."""
        return entry.get("type") or next(iter(entry.get("by_object", {}).values()), {}).get("type", "")

    @staticmethod
    def transfers(entry: dict) -> bool:
        """The direct object changes hands (`supply drones`): its owner is no target."""
        return entry.get("roles") == "transfer" or any(
            o.get("roles") == "transfer" for o in entry.get("by_object", {}).values()
        )


@dataclass
class Trigger:
    token: Token
    entry: dict
    key: str
    """Lexicon section and key: `verb supply`, `noun sale`, `phrase call on`."""
    light: Token | None = None
    """The light verb lending a nominal trigger its subject, modality and recipients."""
    nominal: bool = False
    """A noun the tagger read as a verb (a headline's `China missile launches`)."""

    @property
    def noun(self) -> bool:
        return self.token.pos_ == "NOUN" or self.nominal


@dataclass
class Roles:
    sources: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    obj: Token | None = None
    path: list[str] = field(default_factory=list)
    """The parse path that filled the roles, for `reason`."""
    structural: bool = False
    """An actor came from the trigger's own arguments (not from the clause fallback)."""
    fallback: set[str] = field(default_factory=set)
    """Roles the clause fallback filled (`source`, `target`): guards ask for parsed arguments."""
    subject_seen: bool = False
    """The parse names a subject, even one that is no actor (`the message`): no fallback source then."""
    pointer: Token | None = None
    """A noun naming no actor that points back to an act told before (`condemned the act`): its actor is
    the recipient, found once the article's events are known."""
    counted: Token | None = None
    """The words counting the object where they are not its phrase: `five of them` landed, the missiles told
    before being the object."""
    purpose: Token | None = None
    """An act the event serves whose actor the parse reads as the event's own (`provided drones for its
    attacks`): that act's actor, once the article's events are known, is the recipient."""
    moved: list[str] = field(default_factory=list)
    """Actors the act moves, the actor's own side (`took France out of the pact`): no party to it."""
    reporter: list[str] = field(default_factory=list)
    """The speaker of the reported clause a verbal act is coordinated with, its source should the act
    otherwise judge its own actor."""


class EventExtractor:
    """Find triggers, fill their roles from the parse, then write `doc._.events`."""

    def __init__(self, lexicon: str, clause_fallback: bool = True, places: dict[str, str] | None = None):
        self.lex = Lexicon(load_resource(lexicon))
        self.clause_fallback = clause_fallback
        self.places = places or {}
        """Country names and capitals -> country id, for names the actor pass kept as places: a place
        attacked or drilled around is the recipient (`attacks on Kyiv`, `drills near Taiwan`)."""
        self.quantity_for_span = _lookup("quantities", "quantity_for_span")
        self.when_for_span = _lookup("time", "when_for_span")
        self.reported_when = _lookup("time", "reported_when")
        self.quote_covering = _lookup("quotes", "quote_covering")
        self._mentions: dict[int, dict | None] = {}
        self._told: list[dict] = []
        """The document's events so far, in text order: what a later phrase may point back to."""
        self._aliases: dict[str, str] = {}

    def __call__(self, doc: Doc) -> Doc:
        self._mentions = {}  # per-document caches
        self._aliases = self.alias_table(doc)
        self._told = []
        for trigger in self.find_triggers(doc):
            self._told += self.make_events(doc, trigger)
        events = self.resolve_pointers(doc, self.share_conjunct_roles(doc, self.reread_pronouns(doc, self._told)))
        self.set_annotations(doc, self.continue_recipients(doc, events))
        return doc

    def share_conjunct_roles(self, doc: Doc, events: list[dict]) -> list[dict]:
        """Coordinated verbs of one type share the actor or recipient one of them names: `Iran is supplying
        drones, and providing training to Russian forces` -> both go to Russia; so do verbal acts of the
        content types (`denounced the trip and threatened a response` -> the threat is aimed at the
        traveller)."""
        verbal = self.lex.content_types
        by_anchor: dict[int, list[dict]] = {}
        for event in events:
            by_anchor.setdefault(event["_anchor"], []).append(event)
        out: list[dict] = []
        for event in events:
            anchor = doc[event["_anchor"]]
            fellows = [*anchor.conjuncts, *filter(None, [self.headline_continuation(anchor)])]
            partners = [e for c in fellows for e in by_anchor.get(c.i, []) if e["type"] == event["type"]]
            copies = [event]
            if event["type"] in verbal:
                partners += [e for c in fellows for e in by_anchor.get(c.i, [])
                             if e["type"] in verbal and e["type"] != event["type"] and e["source"] == event["source"]]
            for role in ("source", "target"):
                if event[role] is None and (found := list(dict.fromkeys(e[role] for e in partners if e[role]))):
                    other = "target" if role == "source" else "source"
                    copies = [{**c, role: a, "reason": f"{c['reason']} conj-{role}"}
                              for c in copies for a in found if a != c[other]] or copies
            out += copies
        return out

    # ---- triggers

    def find_triggers(self, doc: Doc) -> list[Trigger]:
        """Lexicon hits. A light verb, or a verb of the same type, yields to the event noun it carries
        (`imposed sanctions`); a phrase or a blocking verb swallows it (`lodged a protest`, `halted
        talks`)."""
        nouns: dict[int, Trigger] = {}
        verbs: list[Trigger] = []
        for token in doc:
            if self.misread_noun(token) and (trigger := self.noun_trigger(token)):
                nouns[token.i] = Trigger(trigger.token, trigger.entry, trigger.key, nominal=True)
            elif token.pos_ == "VERB" and (trigger := self.verb_trigger(token)):
                verbs.append(trigger)
            elif lemma(token) in self.lex.copulas and (trigger := self.copula_trigger(token)):
                verbs.append(trigger)
            elif token.pos_ == "NOUN" and self.mention(doc, token) is None:
                if trigger := self.noun_trigger(token):
                    nouns[token.i] = trigger
        kept: list[Trigger] = []
        blocked: set[int] = set()
        for trigger in verbs:
            carried = [nouns[c.i] for c in self.carried_nouns(trigger.token) if c.i in nouns]
            if trigger.entry.get("blocks") and (stopped := self.headline_objects(trigger.token)):
                for noun in (n for n in stopped if n.i in nouns):
                    nouns[noun.i] = self.stopped_trigger(trigger, noun)
                continue
            if trigger.entry.get("blocks") or trigger.key.startswith("phrase"):
                blocked.update(t.token.i for t in carried)
            elif carried and (lemma(trigger.token) in self.lex.light_verbs
                              or any(t.entry.get("type") == trigger.entry.get("type") for t in carried)):
                for noun in carried:
                    noun.light = trigger.token
                continue
            kept.append(trigger)
        for i, trigger in nouns.items():
            if i in blocked or self.blocked_noun(trigger.token):
                continue
            trigger.light = trigger.light or self.light_verb(trigger.token) or (
                self.growth_word(trigger.token) if trigger.entry.get("needs_light") else None)
            kept.append(trigger)
        return sorted(kept, key=lambda t: t.token.i)

    @staticmethod
    def misread_noun(token: Token) -> bool:
        """A plural noun the tagger read as a verb: no subject, and a noun compound before it (a headline's
        `UK condemns Russia missile launches near Poland`)."""
        return token.tag_ == "VBZ" and token.dep_ != "ROOT" and token.i > 0 and not any(
            c.dep_ in (*SUBJECT_DEPS, *PASSIVE_SUBJECT_DEPS, "aux") for c in token.children) and (
            token.doc[token.i - 1].dep_ == "compound" and token.doc[token.i - 1].head == token)

    def verb_trigger(self, token: Token) -> Trigger | None:
        """An evaluation (`called the move a provocation`), a phrase (`call on`), or the verb itself."""
        base = lemma(token)
        if base in self.lex.evaluation_verbs:
            objects = [c for c in token.children if c.dep_ in OBJECT_DEPS]
            for child in [*token.children, *(c for o in objects for c in o.children)]:  # `X's visit as a Y`
                if child.dep_ in ("oprd", "xcomp", "acomp"):
                    words = [child]
                elif child.dep_ == "prep" and child.lower_ == "as":
                    words = list(pobjs(child))
                else:
                    continue
                for word in words:
                    if self.evaluated(word):
                        return Trigger(token, self.lex.evaluation_entry, f"evaluation {base} {word.text}")
        if base in self.lex.judging_verbs:  # `the two keep lying about the trade`
            return Trigger(token, self.lex.evaluation_entry, f"verdict {base}")
        if base in self.lex.verdict_verbs:
            for word in (p for c in token.children if c.dep_ == "prep" and c.lower_ == "as" for p in pobjs(c)):
                if self.evaluated(word):  # `Beijing used the visit as a pretext`
                    return Trigger(token, self.lex.evaluation_entry, f"verdict {base} {word.text}")
        for child in token.children:
            key = f"{base} {lemma(child)}"
            if child.dep_ in ("prt", "prep", "advmod", *OBJECT_DEPS) and key in self.lex.phrases:
                entry = self.lex.phrases[key]
                return None if entry.get("not_event") else Trigger(token, entry, f"phrase {key}")
        return Trigger(token, self.lex.verbs[base], f"verb {base}") if base in self.lex.verbs else None

    def evaluated(self, word: Token) -> bool:
        """The word, or an adjective of it, judges (`a provocation`, `irrational actions`, `"vicious" and
        "provocative" actions`)."""
        adjectives = [c for c in word.children if c.dep_ == "amod"]
        said = {lemma(word), *(lemma(a) for a in adjectives), *(lemma(c) for a in adjectives for c in a.conjuncts)}
        return bool(said & self.lex.evaluation_words)

    def copula_trigger(self, token: Token) -> Trigger | None:
        """A verdict on an actor or its act, told by someone: `the alliance is a reckless bloc`, `the tour
        constitutes a serious interference` (ACCUSE, from the speaker to the subject); or one denying an act
        any ground: `there is no excuse for the response`."""
        if token.dep_ in ("acl", "relcl"):
            return None  # `a complaint that X is a violation`: the complaint codes it
        if any(c.dep_ == "expl" for c in token.children):
            return self.existential_trigger(token)
        if not any(c.dep_ in SUBJECT_DEPS for c in token.children):
            return None
        for child in token.children:
            if child.dep_ in ("attr", "acomp", "dobj", "xcomp") and self.evaluated(child):  # `Iran is to blame`
                return Trigger(token, self.lex.evaluation_entry, f"copula {lemma(token)} {child.text}")
        return None

    def existential_trigger(self, token: Token) -> Trigger | None:
        """`There is no excuse for X`: denying an act any ground condemns it."""
        for child in token.children:
            denied = any(c.dep_ == "det" and c.lower_ == "no" for c in child.children)
            if child.dep_ == "attr" and lemma(child) in self.lex.existentials and denied and (
                    self.judged(child) is not None):
                return Trigger(token, self.lex.evaluation_entry, f"existential {lemma(token)} {child.text}")
        return None

    def verdict_noun(self, token: Token) -> Trigger | None:
        """An actor's act judged in passing, told by a speaker: `China's irrational behavior`, `her provocative
        actions`."""
        if lemma(token) not in self.lex.act_nouns or not self.evaluated(token):
            return None
        verb = next((a for a in token.ancestors if a.pos_ == "VERB"), None)
        judging = verb is not None and (found := self.verb_trigger(verb)) is not None and (
            found.entry.get("type") == self.lex.evaluation_entry.get("type"))
        if judging or not any(c.dep_ == "poss" for c in token.children):
            return None  # `condemned China's provocative actions`: the verb codes the verdict
        return Trigger(token, self.lex.evaluation_entry, f"verdict {lemma(token)}")

    def coordinated_verdict(self, token: Token) -> bool:
        """The second of coordinated verdicts on one subject, which make one accusation: `chose to overreact and
        then exploit the trip as a pretext`."""
        head = token.head
        if token.dep_ != "conj" or head.pos_ != "VERB" or any(c.dep_ in SUBJECT_DEPS for c in token.children):
            return False
        found = self.verb_trigger(head)
        return found is not None and found.key.split()[0] in VERDICT_KEYS

    def judged(self, token: Token) -> Token | None:
        """What a verdict judges: the subject of a copula or verdict verb, the `for` phrase of an existential
        (`no justification for the response`), the owner of a judged act noun."""
        if lemma(token) in self.lex.existentials:
            return next((p for c in token.children if c.dep_ == "prep" and c.lower_ == "for" for p in pobjs(c)), None)
        if token.pos_ == "NOUN":
            return token
        return next((c for c in token.children if c.dep_ in SUBJECT_DEPS), None)

    def verdict_roles(self, doc: Doc, trigger: Trigger) -> Roles:
        """The speaker judges; the actor the judged phrase names or owns is judged, else the actor of the act
        the phrase points back to (`the visit constitutes an interference`)."""
        roles = Roles()
        token = trigger.token
        if trigger.key.startswith("existential"):
            token = next(c for c in token.children if c.dep_ == "attr")
        judged = self.judged(token)
        if judged is None and trigger.key.startswith("verdict"):  # `chose to overreact and use it as a pretext`
            roles.targets = self.subject_actors(doc, token, roles.path)
        elif judged is not None and judged.lower_ in ACT_PRONOUNS:  # `it's fundamentally irresponsible`
            roles.pointer = judged
            roles.path.append(f"{judged.dep_}={judged.text}")
        elif judged is not None and judged.pos_ != "PRON":
            roles.targets = (self.owner_actors(doc, judged) if judged == trigger.token
                             else self.actors_of(doc, judged) or self.owner_actors(doc, judged))
            roles.path.append(f"{judged.dep_}={judged.text}")
            roles.pointer = None if roles.targets or judged == trigger.token else judged
        if speaker := self.reported_by(doc, trigger.token):
            roles.sources = [speaker]
            roles.path.append("speaker")
        roles.structural = bool(roles.targets)
        return roles

    def noun_trigger(self, token: Token) -> Trigger | None:
        """A compound (`drone strike`), a noun, or a verb the tagger read as a plural noun after its subject
        (a headline's `Iran sides with Russia`)."""
        base = lemma(token)
        if token.tag_ == "NNS" and not any(c.dep_ == "det" for c in token.children) and any(
            c.dep_ == "compound" and c.pos_ == "PROPN" and self.mention(token.doc, c) for c in token.children
        ):
            for child in token.children:
                key = f"{base} {lemma(child)}"
                if child.dep_ == "prep" and key in self.lex.phrases and not self.lex.phrases[key].get("not_event"):
                    return Trigger(token, self.lex.phrases[key], f"phrase {key}")
        for child in token.children:
            key = f"{lemma(child)} {base}"
            if child.dep_ in ("compound", "amod") and key in self.lex.compounds:
                return Trigger(token, self.lex.compounds[key], f"compound {key}")
        if (first := self.misread_compound(token)) is not None:
            key = f"{lemma(first)} {base}"
            return Trigger(token, self.lex.compounds[key], f"compound {key}")
        if base in self.lex.nouns:
            return Trigger(token, self.lex.nouns[base], f"noun {base}")
        return self.verdict_noun(token)

    def misread_compound(self, noun: Token) -> Token | None:
        """The first word of a compound the tagger read as a verb taking the noun as object (`pointed to export
        curbs against Minsk`): it lends the compound its clause's actor, as a light verb does."""
        head = noun.head
        if noun.dep_ in OBJECT_DEPS and head.pos_ == "VERB" and head.i == noun.i - 1 and (
                f"{lemma(head)} {lemma(noun)}" in self.lex.compounds):
            return head
        return None

    def carried_nouns(self, verb: Token) -> list[Token]:
        """Nouns a verb carries: objects (`imposed sanctions`, `a series of drills`), `engaged in talks`."""
        out = []
        for child in verb.children:
            if child.dep_ in OBJECT_DEPS or (child.dep_ in PASSIVE_SUBJECT_DEPS and self.is_passive(verb)):
                heads = [child]
            elif child.dep_ == "prep" and child.lower_ in ("in", "into") and lemma(verb) in self.lex.light_in_verbs:
                heads = list(pobjs(child))
            else:
                continue
            for head in map(self.unwrap, heads):
                out += [head, *head.conjuncts]
        return out

    @staticmethod
    def headline_objects(verb: Token) -> list[Token]:
        """The nouns of a headline verb the tagger read as a compound (`X halts trade, energy talks with Y`):
        the phrase it modifies, with its appositions and conjuncts, is its object."""
        if verb.dep_ != "compound" or verb.tag_ != "VBZ" or verb.head.pos_ != "NOUN":
            return []
        phrase = [verb.head, *(c for c in verb.head.children if c.dep_ == "appos")]
        return [n for head in phrase for n in (head, *head.conjuncts)]

    def stopped_trigger(self, blocker: Trigger, noun: Token) -> Trigger:
        """The event noun a blocking verb governs, recoded as the blocking (`halts dialog with Y` is SANCTION
        discontinue, PLOVER) with the noun's own roles; the noun as it stands where its class has no
        refinement."""
        refinements = blocker.entry.get("by_object", {})
        found = next((c for c in self.lex.classes([lemma(noun)]) if c in refinements), None)
        if found is None:
            return Trigger(noun, {"blocks": True}, f"blocked {lemma(noun)}")
        entry = {k: v for k, v in merge(blocker.entry, refinements[found]).items() if k != "blocks"}
        return Trigger(noun, entry, f"{blocker.key} {lemma(noun)}")

    def light_verb(self, noun: Token) -> Token | None:
        """The light verb carrying a noun: `imposed sanctions`, `sanctions placed on Iran`, `drills China
        launched`, `the exercises, the biggest yet staged by Turkey`."""
        if noun.dep_ == "conj" and noun.head.pos_ == "NOUN":
            return self.light_verb(noun.head)
        holders = [c for c in noun.children if c.dep_ == "appos"]
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and lemma(noun.head.head) in self.lex.container_nouns:
            holders.append(noun.head.head)  # `the level of cooperation which both states have reached`
        for child in [*noun.children, *(c for h in holders for c in h.children)]:
            if (child.dep_ in ("acl", "relcl") and lemma(child) in self.lex.light_verbs
                    and not any(c.dep_ in OBJECT_DEPS and c.lower_ not in RELATIVE_PRONOUNS for c in child.children)):
                return child  # `sanctions placed on Syria`, `the cooperation which both states have reached`
        if self.misread_infinitive(noun) is not None:
            return noun.head.head
        if (first := self.misread_compound(noun)) is not None:
            return first
        head = noun.head
        if noun.dep_ == "pobj" and head.lower_ == "of" and lemma(head.head) in self.lex.container_nouns:
            noun, head = head.head, head.head.head
        if noun.dep_ == "pobj" and head.lower_ in ("in", "into") and lemma(head.head) in self.lex.light_in_verbs:
            noun, head = head, head.head  # `engaged in talks`, not `struck back in opposition`
        if noun.dep_ in (*OBJECT_DEPS, *PASSIVE_SUBJECT_DEPS, "prep") and (
            lemma(head) in self.lex.light_verbs or (lemma(head) in self.lex.carrier_verbs and lemma(head) not in
                                                    self.lex.verbs)
        ):
            return head
        return None

    def growth_word(self, noun: Token) -> Token | None:
        """A word saying a relation grows, which makes it an event (`deepening ties`, `ties are deepening`,
        `closer ties`): a modifier, or the verb the noun is the subject of."""
        for child in noun.children:
            if child.dep_ in ("amod", "csubj") and lemma(child) in self.lex.growth_words and child.tag_ != "JJ":
                return child
        previous = noun.doc[noun.i - 1] if noun.i > 0 else None
        if previous is not None and previous.tag_ == "VBG" and lemma(previous) in self.lex.growth_words and (
                previous.head == noun.head):
            return previous  # `deepening ties between X and Y are moving`: the participle parsed as a subject
        if noun.dep_ in SUBJECT_DEPS and lemma(noun.head) in self.lex.growth_words:
            return noun.head
        return None

    def misread_infinitive(self, noun: Token) -> Token | None:
        """The object of a verb the tagger read as a noun after `to` (`have moved to sanction Caracas`: `to` a
        preposition, `Caracas` the object of `moved`), or None where the noun is no such verb."""
        head = noun.head
        if not (noun.dep_ == "pobj" and head.lower_ == "to" and noun.tag_ == "NN" and not list(noun.children)
                and lemma(noun) in self.lex.verbs and head.head.pos_ == "VERB" and noun.i + 1 < len(noun.doc)):
            return None
        following = noun.doc[noun.i + 1]
        if following.head == head.head and following.dep_ in (*OBJECT_DEPS, "npadvmod", "dative") and (
                following.pos_ == "PROPN"):
            return following
        return None

    def absorbed(self, token: Token) -> bool:
        """The trigger is no act of its own: the content of an agreement, threat, request or refusal, which
        PLOVER codes as that one event (`agreed to help`, `threatened to strike`, `a deal to supply`); a wish
        (`wants to trade`); a purpose (`sent weapons to help`); a capacity (`its ability to finance`);
        something stopped (`stop selling`);
        the means of an act the sentence codes (`used drones to attack`); a participle used as an adjective
        (`occupied territory`); what a threat or request is about."""
        lex = self.lex
        if token.dep_ == "amod":
            return True
        if lemma(token) in lex.instrument_verbs and any(
            c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB" and self.verb_trigger(c) for c in token.children
        ):
            return True
        head = token.head
        if (self.purpose_clause(token) and lemma(head) not in lex.instrument_verbs
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
                and not any(c.dep_ in SUBJECT_DEPS for c in token.children)
                and not any(c.dep_ in OBJECT_DEPS and lemma(c) in lex.decision_nouns for c in head.children)):
            return True  # a purpose (`sent weapons to help`), not a decision (`made a choice to side with`)
        if token.dep_ in ("xcomp", "ccomp") and head.pos_ in ("VERB", "ADJ", "AUX"):
            if lemma(head) in lex.desire_words | lex.stop_verbs:
                return True
            governing = self.verb_trigger(head) if head.pos_ == "VERB" else None
            if governing is not None and token.dep_ == "xcomp" and lex.transfers(governing.entry):
                return True  # what the sent do (`sent advisers to train with the Serbs`)
            if governing is not None and token.dep_ == "xcomp" and governing.entry.get("no_xcomp"):
                return False  # `sought to sanction`: `seek` is no request here, the sanction its plan
            return governing is not None and governing.entry.get("type") in lex.absorbing_types
        if token.dep_ in ("acl", "relcl") and head.pos_ == "NOUN":
            if lemma(head) in lex.capacity_nouns:
                return True
            if any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) and set(
                    lex.classes([lemma(head)])) & {"weapon", "money", "goods", "personnel"}:
                return True  # what the thing is for (`weapons to terrorize Ukraine`)
            governing = self.noun_trigger(head)
            return governing is not None and governing.entry.get("type") in lex.absorbing_types
        return self.topic_of_content(token)

    def purpose_clause(self, token: Token) -> bool:
        """An adverbial clause (`sent weapons to help`), or a complement the parser hangs on a verb whose object
        is a thing, not an actor it could control (`scrambled fighters to warn off bombers`, unlike `urged
        Iran to stop`): the act the event serves, not asserted of its own."""
        if token.dep_ == "advcl":
            return True
        objects = [c for c in token.head.children if c.dep_ == "dobj"]
        return token.dep_ == "xcomp" and lemma(token.head) not in self.lex.object_control and bool(objects) and not any(
            self.actors_of(token.doc, o) for o in objects)

    def topic_of_content(self, token: Token) -> bool:
        """The trigger is what a threat or request is about (`sent a warning to Finland about shipping
        weapons to Ukraine`): the topic of the one event PLOVER codes."""
        topic = next((a for a in token.ancestors if a.dep_ == "prep" and a.lower_ in self.lex.topic_preps), None)
        if topic is None:
            return False
        heads = [topic.head, *(c for c in topic.head.children if c.dep_ in OBJECT_DEPS)]  # `sent a warning about`
        governing = [self.noun_trigger(h) if h.pos_ == "NOUN" else self.verb_trigger(h) if h.pos_ == "VERB" else None
                     for h in heads]
        return any(g is not None and self.lex.entry_type(g.entry) in self.lex.absorbing_types for g in governing)

    def blocked_noun(self, noun: Token) -> bool:
        """`a halt to the exercises`: the event is not asserted as happening."""
        head = noun.head
        return (noun.dep_ == "pobj" and head.lower_ in ("to", "of")
                and lemma(head.head) in self.lex.blocking_nouns)

    # ---- events

    def make_events(self, doc: Doc, trigger: Trigger) -> list[dict]:
        """One event per source and target of a trigger whose guards hold."""
        token = trigger.token
        if self.absorbed(token):
            return []
        if trigger.key.split()[0] in VERDICT_KEYS:
            if self.coordinated_verdict(token):
                return []
            roles = self.verdict_roles(doc, trigger)
            if not (roles.sources and (roles.targets or roles.pointer is not None)):
                return []
        else:
            roles = self.noun_roles(doc, trigger) if trigger.noun else self.verb_roles(doc, trigger)
        entry = self.resolve_entry(doc, trigger, roles)
        if entry is None:
            return []
        if entry.get("swap"):
            roles.sources, roles.targets = roles.targets, roles.sources
        status, denier = self.status(trigger)
        if status == "denied" and not roles.sources:
            roles.sources = denier
        if status == "negated" and (refusal := self.refusal(trigger, entry)):
            entry, status = refusal, "asserted"
        if not roles.sources and (told := self.told_source(doc, trigger, entry["type"], roles.targets)):
            roles.sources = told
            roles.path.append(f"told-by={told[0]}")
        if not roles.sources:
            return []  # PLOVER codes an act by someone; the recipient may stay open
        if any(c.dep_ in OBJECT_DEPS and c.lower_ in REFLEXIVES for c in token.children):
            return []  # `defending itself`: no recipient
        if not roles.targets and entry.get("mode") == "withdraw" and not trigger.noun and (
                parties := self.departure_partners(doc, token, roles.sources)):
            roles.targets = parties
            roles.path.append(f"left-parties={parties[0]}")
        if entry.get("user_target") and roles.obj is not None and (user := self.thing_user(doc, roles.obj, roles)):
            roles.targets = [user]  # `shot down Iranian drones`: aimed at whoever sent them, not their maker
            roles.path.append(f"used-by={user}")
        roles.targets = [t for t in roles.targets if not self.own_country(doc, roles.sources, t)]
        if not roles.targets and not trigger.noun and entry["type"] in self.lex.pointer_types:
            roles.pointer = roles.pointer or self.pointer_noun(doc, trigger, roles)
            roles.reporter = self.conjunct_reporter(doc, token)
        if trigger.noun and not (roles.sources and roles.targets):
            return []  # a nominal event names both sides, else it points back to one told before (`the visit`)
        sentence = self.sentence(token)
        base = {
            "type": entry["type"],
            "mode": entry["mode"],
            "context": entry["context"],
            "object": self.object_text(roles.obj),
            "quantity": self.quantity(doc, token, roles.obj if roles.counted is None else roles.counted, entry["type"]),
            "status": status,
            "reported_by": self.reported_by(doc, token),
            "when": self.when(doc, sentence, token, status),
            "start": sentence.start_char,
            "end": sentence.end_char,
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
            "_responds": not roles.targets and self.responding(token),
            "_motion": entry.get("roles") == "motion",
            "_pronoun": pronoun.i if (pronoun := self.source_pronoun(doc, trigger, roles)) is not None else None,
        }
        return [
            {**base, "source": source, "target": target}
            for source in (roles.sources or [None])[:MAX_ACTORS]
            for target in (roles.targets or [None])[:MAX_ACTORS]
            if source is None or source != target
        ]

    def refusal(self, trigger: Trigger, entry: dict) -> dict | None:
        """`we cannot supply`, `will not send`: saying one won't give is a refusal (REJECT), where merely not
        having given (`did not send`) stays a negated act."""
        refined = self.lex.refusals.get(entry["type"])
        token = trigger.token
        if refined is None or trigger.noun or not any(c.dep_ == "neg" for c in token.children):
            return None
        modals = {lemma(c) for c in token.children if c.dep_ == "aux"} | {c.lower_ for c in token.children}
        return merge(entry, refined) if modals & self.lex.refusal_modals else None

    def departure_partners(self, doc: Doc, verb: Token, sources: list[str]) -> list[str]:
        """Who is left where one walks away from an agreement: its other parties (`walked away from the accord`
        after `the Cuba accord`)."""
        for _, thing in self.left_things(verb):
            if self.lex.party_classes & set(self.lex.classes([lemma(thing)])):
                states = {self.state_of(doc, s) for s in sources}
                return [a for a in self.agreement_parties(doc, thing) if self.state_of(doc, a) not in states]
        return []

    def agreement_parties(self, doc: Doc, thing: Token) -> list[str]:
        """The parties an agreement names (`the Iran deal`, `the deal with Iran`), or, for a definite one that
        names none, those of the latest earlier agreement of the same word that does."""
        def named(noun: Token) -> list[str]:
            return [*self.owner_actors(doc, noun), *(a for prep in noun.children if prep.dep_ == "prep"
                                                     and prep.lower_ == "with" for p in pobjs(prep)
                                                     for a in self.actors_of(doc, p))]
        if found := named(thing):
            return found
        if not any(c.dep_ == "det" and c.lower_ in DEFINITE_DETS for c in thing.children):
            return []
        return next((found for t in reversed(doc[: thing.i]) if lemma(t) == lemma(thing) and (found := named(t))), [])

    def thing_user(self, doc: Doc, thing: Token, roles: Roles) -> str | None:
        """The actor of the latest earlier act using things of the same class (`Russia used the drones to
        attack Kyiv`), other than the event's own actors."""
        kinds = set(self.lex.classes([lemma(thing)]))
        for told in reversed(self._told):
            used = doc[told["_object"]] if told["_object"] is not None else None
            if used is not None and used.i < thing.i and told["type"] in self.lex.user_types and told["source"] \
                    and told["source"] not in roles.sources and kinds & set(self.lex.classes([lemma(used)])):
                return told["source"]
        return None

    def told_source(self, doc: Doc, trigger: Trigger, event_type: str, targets: list[str]) -> list[str]:
        """A definite event noun naming its recipient but no actor (`the sanctions placed on Iran`) is the act
        told before: its actor is that of the latest earlier act of its type on the same state."""
        if not (trigger.noun and targets and any(c.dep_ == "det" and c.lower_ in DEFINITE_DETS
                                                 for c in trigger.token.children)):
            return []
        states = {self.state_of(doc, t) for t in targets}
        return next(([e["source"]] for e in reversed(self._told) if e["type"] == event_type and e["source"]
                     and self.state_of(doc, e["target"]) in states), [])

    def source_pronoun(self, doc: Doc, trigger: Trigger, roles: Roles) -> Token | None:
        """The third-person pronoun the event's source was read from (`its attacks on X`, `it supplied X`, `its
        decision to invade X`), whose antecedent the article's other events may tell better."""
        token = trigger.token
        heads = [token] if trigger.light is None else [trigger.light]  # the light verb's subject acts
        if token.dep_ in ("acl", "relcl") and not any(c.dep_ in SUBJECT_DEPS for c in token.children):
            heads.append(token.head)
        third = PERSON_PRONOUNS | PLURAL_PRONOUNS | THING_PRONOUNS
        found = next((c for h in heads for c in h.children if c.dep_ in ("poss", *SUBJECT_DEPS) and c.lower_ in third),
                     None)
        if found is None or len(roles.sources) != 1 or self.resolve_pronoun(doc, found) != roles.sources:
            return None
        return None if self.speaker_bound(doc, found) else found

    def speaker_bound(self, doc: Doc, pronoun: Token) -> bool:
        """The pronoun is the subject of what its antecedent says: `officials said that they shot down`."""
        clause = pronoun.head
        return (pronoun.dep_ in SUBJECT_DEPS and clause.dep_ in REPORTED_DEPS
                and lemma(clause.head) in self.lex.speech_verbs
                and self.subject_actors(doc, clause.head, []) == self.resolve_pronoun(doc, pronoun))

    def reread_pronouns(self, doc: Doc, events: list[dict]) -> list[dict]:
        """A pronoun source is the antecedent within reach that the article's other events show doing this
        act to this recipient: in `Russia's partner, Iran, supplies drones for its attacks on Ukraine`, `its`
        is Russia where the article tells Russia attacking Ukraine (not the nearest subject, Iran)."""
        named = [e for e in events if e["_pronoun"] is None and e["source"] and e["target"]]
        out: list[dict] = []
        for event in events:
            if event["_pronoun"] is not None and event["target"] is not None and (
                    actor := self.practiced_actor(doc, doc[event["_pronoun"]], event, named)):
                event = {**event, "source": actor, "reason": f"{event['reason']} practiced-by={actor}"}
            out.append(event)
        return out

    def practiced_actor(self, doc: Doc, pronoun: Token, event: dict, named: list[dict]) -> str | None:
        """The pronoun's antecedent with more acts of the event's type on its recipient's state, in events
        whose actor is named, than the one read so far; None where none has more."""
        target = self.state_of(doc, event["target"])

        def practice(actor: str) -> int:
            state = self.state_of(doc, actor)
            return sum(1 for e in named if e["type"] == event["type"] and self.state_of(doc, e["target"]) == target
                       and self.state_of(doc, e["source"]) == state)

        candidates = [a for a in dict.fromkeys(a for _, a in self.antecedents(doc, pronoun))
                      if self.state_of(doc, a) != target]
        best = max(candidates, key=practice, default=None)
        return best if best is not None and practice(best) > practice(event["source"]) else None

    def pointer_noun(self, doc: Doc, trigger: Trigger, roles: Roles) -> Token | None:
        """The noun of a verdict or request that points back to an act: the object (`condemned the act`), the
        phrase's object (`called for a halt`), or what that stops (`a halt to the exercises`)."""
        particle = trigger.key.split()[-1] if trigger.key.startswith("phrase ") else None
        heads = [roles.obj] if roles.obj is not None else []
        heads += [p for c in trigger.token.children if c.dep_ == "prep" and c.lower_ == particle for p in pobjs(c)]
        for head in heads:
            inner = [p for c in head.children if c.dep_ == "prep" and c.lower_ in ("to", "of") for p in pobjs(c)]
            if found := next((t for t in [head, *inner] if self.points_back(doc, t)), None):
                return found
        return None

    def points_back(self, doc: Doc, token: Token) -> bool:
        """A definite act noun that names no actor: `the act`, `this move`, `the military exercises`, `the
        transfer of those missiles`."""
        return (self.pointed_types(token) is not None
                and any(c.dep_ == "det" and c.lower_ in DEFINITE_DETS for c in token.children)
                and not self.actors_of(doc, token) and not self.owner_actors(doc, token))

    def pointed_types(self, noun: Token) -> list[str] | None:
        """The types of act a noun can point back to (`[]` for any act), or None where it is no act noun: the
        pointer nouns, and the event nouns and gerunds of event verbs, for their own type."""
        base = lemma(noun)
        if base in self.lex.pointer_nouns:
            return self.lex.pointer_nouns[base]
        entry = self.lex.nouns.get(base)
        if entry is None and base.endswith("ing"):  # `the firing of missiles`, `the bombing`
            entry = self.lex.verbs.get(base[:-3]) or self.lex.verbs.get(base[:-3] + "e")
        return [self.lex.entry_type(entry)] if entry and self.lex.entry_type(entry) else None

    def conjunct_reporter(self, doc: Doc, verb: Token) -> list[str]:
        """The speaker of the reported clause a verb without a subject of its own is coordinated with:
        `Taiwan said the military fired missiles and condemned the exercises` (the parse cannot tell who
        condemned)."""
        head = verb.head
        if verb.dep_ != "conj" or any(c.dep_ in (*SUBJECT_DEPS, *PASSIVE_SUBJECT_DEPS) for c in verb.children):
            return []
        if head.dep_ in REPORTED_DEPS and lemma(head.head) in self.lex.speech_verbs:
            return self.subject_actors(doc, head.head, [])
        return []

    def resolve_pointers(self, doc: Doc, events: list[dict]) -> list[dict]:
        """Verdicts and requests on an act told before take its actor as recipient (`We condemn the act`); one
        that would so judge its own act belongs to the speaker of its clause (`Taiwan said the military fired
        missiles and condemned the exercises`). A verdict that finds no actor is dropped."""
        out: list[dict] = []
        for event in events:
            pointer, reporter = event["_pointer"], event["_reporter"]
            if pointer is None or event["target"] is not None:
                out.append(event)
                continue
            actor = self.act_actor(doc, doc[pointer], event, events)
            if actor is not None and actor == event["source"] and reporter and reporter[0] != actor:
                event = {**event, "source": reporter[0], "reason": f"{event['reason']} reporter"}
            if actor is not None and actor != event["source"]:
                out.append({**event, "target": actor, "reason": f"{event['reason']} points-to={doc[pointer].text}"})
            elif not event["_needs_pointer"]:
                out.append(event)
        return out

    def continue_recipients(self, doc: Doc, events: list[dict]) -> list[dict]:
        """An act that names no recipient but answers an earlier one (`Japan responded by deploying
        destroyers`) goes to the actor of the nearest earlier act of another state; an act of a campaign
        (`continuing_types`) goes on the same state's earlier act of its kind: after `China launched drills
        around Taiwan`, `the Chinese military fired missiles` is aimed at Taiwan (where things fell, `missiles
        landed in Japan's zone`, is no aim)."""
        out: list[dict] = []
        for i, event in enumerate(events):
            if event["target"] is None and event["source"]:
                before = [e for e in reversed(events[:i]) if e["_token"] < event["_token"] and e["source"]]
                if event["_responds"] and (answered := self.answered_actor(doc, event, before)):
                    event = {**event, "target": answered, "reason": f"{event['reason']} answers"}
                elif event["type"] in self.lex.continuing_types and (
                        goes_on := self.campaign_target(doc, event, before)):
                    event = {**event, "target": goes_on, "reason": f"{event['reason']} continues"}
            out.append(event)
        return out

    def answered_actor(self, doc: Doc, event: dict, before: list[dict]) -> str | None:
        """The actor of the nearest earlier act (no words) by another state than the event's."""
        state = self.state_of(doc, event["source"])
        return next((e["source"] for e in before if e["type"] not in self.lex.verbal_types
                     and self.state_of(doc, e["source"]) != state), None)

    def campaign_target(self, doc: Doc, event: dict, before: list[dict]) -> str | None:
        """The recipient of the nearest earlier act of the event's type by the same state, not where things
        fell nor the state itself."""
        state = self.state_of(doc, event["source"])
        return next((e["target"] for e in before if e["type"] == event["type"] and e["target"] and not e["_motion"]
                     and self.state_of(doc, e["source"]) == state and self.state_of(doc, e["target"]) != state), None)

    def responding(self, token: Token) -> bool:
        """The act is how its actor answered one told before: `responded by deploying warships`."""
        head = token.head
        return token.dep_ == "pcomp" and head.lower_ == "by" and lemma(head.head) in self.lex.response_verbs

    @staticmethod
    def state_of(doc: Doc, actor: str | None) -> str | None:
        """The country an actor belongs to (itself for a country)."""
        return ((local_actor(doc, actor) or {}).get("country") or actor) if actor else None

    def act_actor(self, doc: Doc, pointer: Token, event: dict | None, events: list[dict]) -> str | None:
        """The actor of the act a noun stands for: the act it codes itself (`drills China launched were an
        escalation`), else the nearest act before it of the types the noun allows (`the act`, `the visit`; any
        act for a pronoun: `it's irresponsible`)."""
        own = next((e["source"] for e in events if e["_token"] == pointer.i and e["source"]), None)
        if own is not None or not (pointer.lower_ in ACT_PRONOUNS or self.points_back(doc, pointer)):
            return own
        types = self.pointed_types(pointer) or []
        for earlier in reversed(events):
            if earlier["_token"] >= pointer.i or earlier is event or not earlier["source"]:
                continue
            if earlier["type"] in types or (not types and earlier["type"] not in self.lex.verbal_types):
                return earlier["source"]
        return None

    def when(self, doc: Doc, sentence: Span, token: Token, status: str) -> dict | None:
        """The time the sentence gives the event, else the publication day as its bound."""
        found = self.when_for_span(doc, sentence.start_char, sentence.end_char, anchor_token=token) \
            if self.when_for_span else None
        if found is None and self.reported_when is not None:
            found = self.reported_when(doc, planned=status == "planned")
        return found

    @staticmethod
    def own_country(doc: Doc, sources: list[str], target: str) -> bool:
        """The target is the country every source belongs to (`Macron took France out of the pact`)."""
        actor = local_actor(doc, target) or {}
        return bool(sources) and actor.get("kind") == "country" and all(
            s == target or (local_actor(doc, s) or {}).get("country") == target for s in sources)

    @staticmethod
    def sentence(token: Token) -> Span:
        """The trigger's sentence, cut at line breaks (a headline the parser ran into the first sentence)
        and without whitespace at its ends."""
        sent = token.sent
        breaks = [t.i for t in sent if t.is_space and "\n" in t.text]
        start = max([sent.start, *(i + 1 for i in breaks if i < token.i)])
        end = min([sent.end, *(i for i in breaks if i > token.i)])
        words = [t.i for t in sent.doc[start:end] if not t.is_space]
        return sent.doc[words[0]: words[-1] + 1] if words else sent

    def resolve_entry(self, doc: Doc, trigger: Trigger, roles: Roles) -> dict | None:
        """The entry refined by the object, the aim, the modifiers and the source's kind, with its mode and
        contexts; None where a guard says the word is not an event here."""
        token = trigger.token
        obj_classes = self.lex.classes(self.object_lemmas(roles.obj)) if roles.obj is not None else []
        head_classes = self.lex.classes(self.object_lemmas(roles.obj, heads_only=True)) if roles.obj is not None else []
        refinements = trigger.entry.get("by_object", {})  # the head decides: `weapons development` is no weapon
        entry = next((merge(trigger.entry, refinements[c]) for c in refinements if c in head_classes), None)
        if entry is None and (by_context := trigger.entry.get("by_context")):  # `an economic campaign against X`
            entry = next((merge(trigger.entry, by_context[c]) for c in self.modifier_contexts(token, None)
                          if c in by_context), None)
        if entry is None and "type" not in trigger.entry:
            return None
        entry = entry or merge(trigger.entry, {})
        if entry.get("reciprocal") or entry["type"] in self.lex.reciprocal_types:
            if not roles.targets and len(roles.sources) > 1:  # `Moscow and Tehran worked together`
                roles.sources, roles.targets = roles.sources[:1], roles.sources[1:2]
        if self.rejected(trigger, entry, roles, obj_classes):
            return None
        if "aimed" in entry and self.aimed(doc, trigger):
            entry = merge(entry, entry["aimed"])
        if entry["type"] == "ASSAULT" and self.at_sea(doc, trigger):  # `rocket fire into a strait`
            entry = merge(entry, {"type": "MOBILIZE", "mode": "weapons", "context": ["military"]})
        if "joint" in entry and any(lemma(c) == "joint" for c in token.children):
            entry = merge(entry, entry["joint"])
        cues = self.cue_classes(trigger, roles)
        if refinement := next((trigger.entry["by_cue"][c] for c in cues if c in trigger.entry.get("by_cue", {})), None):
            entry = merge(entry, refinement)
        if "by_actor_source" in entry and roles.sources:
            kind = (local_actor(doc, roles.sources[0]) or {}).get("kind")
            entry = merge(entry, entry["by_actor_source"].get(kind, {}))
        modifiers = self.modifier_contexts(token, roles.obj)
        object_contexts = [self.lex.class_contexts.get(c) for c in obj_classes]
        setting = self.setting(token, roles.obj)
        if entry.get("material") and MATERIAL_CONTEXTS & {*modifiers, *object_contexts, *setting}:
            entry = {**entry, "type": entry["material"]}
        found = modifiers + [self.lex.class_contexts[c] for c in cues if c in self.lex.class_contexts]
        contexts = list(dict.fromkeys(found)) or self.lex.type_contexts.get(entry["type"], [])
        table = self.lex.modes.get(entry["type"], {})
        return {
            **entry,
            "mode": entry.get("mode") or next((table[c] for c in obj_classes + cues if c in table), None),
            "context": list(dict.fromkeys([*entry.get("context", []), *contexts])),
        }

    def rejected(self, trigger: Trigger, entry: dict, roles: Roles, obj_classes: list[str]) -> bool:
        """Guards against a word's non-event senses."""
        token = trigger.token
        parsed_targets = [] if "target" in roles.fallback else roles.targets
        checks = {
            "unless_object": lambda: bool(set(entry["unless_object"]) & set(obj_classes)),
            "needs_object": lambda: roles.obj is None,
            "needs_argument": lambda: roles.obj is None and not parsed_targets,
            "needs_light": lambda: (trigger.light is None and not self.pair_named(entry, roles)) or (
                trigger.light is not None and "lights" in entry and lemma(trigger.light) not in entry["lights"]
                and lemma(trigger.light) not in self.lex.growth_words),
            "needs_source": lambda: not roles.sources,
            "needs_target": lambda: not parsed_targets and roles.purpose is None,
            "needs_xcomp": lambda: not any(c.dep_ in ("xcomp", *OBJECT_DEPS) for c in token.children),
            "no_xcomp": lambda: any(c.dep_ == "xcomp" for c in token.children),
            "unless_question": lambda: any(  # `asked the minister whether they worked`
                c.dep_ == "ccomp" and any(g.lower_ in ("if", "whether") or g.tag_ in ("WDT", "WP", "WRB")
                                          for g in c.children if g.i < c.i)
                for c in token.children
            ),
            "unless_saying": lambda: any(  # `refused to comment`
                c.dep_ == "xcomp" and lemma(c) in self.lex.speech_verbs | self.lex.comment_verbs
                for c in token.children
            ),
            "plural_only": lambda: token.tag_ != "NNS",
            "plural_or_military": lambda: (token.tag_ != "NNS"
                                           and "military" not in self.modifier_contexts(token, None)),
        }
        if any(entry.get(key) and check() for key, check in checks.items()):
            return True
        # a noun needs an actor of its own or a light verb: `the war` alone is background, not an event
        return trigger.noun and not roles.structural and trigger.light is None

    @staticmethod
    def pair_named(entry: dict, roles: Roles) -> bool:
        """Both partners come from one modifier of a noun that makes a pair an event: `the India-Japan
        partnership` (not `US-China relations`)."""
        return bool(entry.get("pair")) and any(p.startswith("pair=") for p in roles.path)

    # ---- roles

    def verb_roles(self, doc: Doc, trigger: Trigger) -> Roles:
        verb, entry = trigger.token, trigger.entry
        roles = Roles()
        if entry.get("roles") == "motion":  # `Chinese missiles landed in Japan's zone`
            self.mover_roles(doc, verb, entry, roles)
        else:
            roles.sources = self.subject_actors(doc, verb, roles.path)
            roles.subject_seen = self.is_passive(verb) or any(  # a passive without `by` leaves its actor unsaid
                p.startswith(("nsubj=", "agent=")) and p.split("=", 1)[1].lower() not in PRONOUNS for p in roles.path
            )
        transfer = self.lex.transfers(entry)
        passive = self.is_passive(verb)
        for child in verb.children:
            if child.dep_ in OBJECT_DEPS or (passive and child.dep_ in PASSIVE_SUBJECT_DEPS) or (
                    child.dep_ == "ccomp" and self.misread_noun(child)):
                self.take_argument(doc, child, roles, transfer, label=child.dep_,
                                   motion=entry.get("roles") == "motion")
            elif child.dep_ == "dative" and child.pos_ != "ADP":
                add_new(roles.targets, self.actors_of(doc, child))
                roles.path.append(f"dative={child.text}")
        if roles.obj is None and "by_object" in entry:
            self.departure_object(verb, entry, roles)
        event_type = self.lex.entry_type(entry)
        particle = trigger.key.split()[-1] if trigger.key.startswith("phrase ") else None
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == particle):  # `rely on X`
            for pobj in pobjs(prep):
                if add_new(roles.targets, self.actors_of(doc, pobj), roles.sources):
                    roles.path.append(f"{particle}={pobj.text}")
        self.take_preps(doc, verb, roles, event_type)
        if not roles.targets:
            self.content_target(doc, verb, roles, event_type)
        roles.structural = bool(roles.sources or roles.targets)
        self.clause_actors(doc, verb, roles, event_type)
        return roles

    def noun_roles(self, doc: Doc, trigger: Trigger) -> Roles:
        noun, entry = trigger.token, trigger.entry
        roles = Roles()
        event_type = self.lex.entry_type(entry)
        for child in noun.children:
            if child.dep_ == "poss":
                add_new(roles.sources, self.actors_of(doc, child))
                roles.path.append(f"poss={child.text}")
            elif child.dep_ in ("compound", "amod", "nmod"):
                found = [a for t in child.subtree for a in self.actor_at(doc, t)]  # `Iran-Russia alliance`
                if found and child.dep_ == "compound" and (
                        entry.get("compound_target") or lemma(child) in self.lex.activity_groups):
                    add_new(roles.targets, found)  # `the Ukraine invasion`, `protest crackdowns`
                    roles.path.append(f"compound-target={child.text}")
                elif found:
                    add_new(roles.sources, found)
                    roles.path.append(f"{'pair' if len(found) > 1 else child.dep_}={child.text}")
                if found and not self.actor_at(doc, child) and "by_object" in entry and (
                        child.dep_ == "compound" and child.pos_ == "NOUN" and roles.obj is None):
                    roles.obj = child  # `China missile launches`: the owner acts, the thing is the object
                elif not found and child.dep_ == "compound" and child.pos_ == "NOUN" and roles.obj is None and not (
                    trigger.key == f"compound {lemma(child)} {lemma(noun)}"
                ):
                    roles.obj = child  # `weapons sales`
        if (entry.get("reciprocal") or event_type in self.lex.reciprocal_types) and len(roles.sources) > 1:
            roles.sources, roles.targets = roles.sources[:1], roles.sources[1:]
        transfer = self.lex.transfers(entry) or "by_object" in entry
        departs = event_type == "RETREAT" or entry.get("mode") in ("withdraw", "expel")  # `withdrawal from X`
        for child in noun.children:
            word = child.lower_ if child.dep_ == "prep" else child.dep_
            if word in ("by", "agent") or (word == "from" and not departs):  # `attacks by X`, `threats from X`
                for pobj in pobjs(child):
                    add_new(roles.sources, self.actors_of(doc, pobj))
                    roles.path.append(f"{word}={pobj.text}")
            elif word == "between":
                self.take_between(doc, child, roles)
            elif word == "of":
                for pobj in pobjs(child):
                    self.take_argument(doc, pobj, roles, transfer, label="of")
        if not roles.sources and (user := self.instrument_user(noun)):  # `drones supplied to X, used in attacks`
            roles.sources = [user]
            roles.path.append(f"user={user}")
        if noun.dep_ in SUBJECT_DEPS and not roles.sources:  # `the arms trade between X and Y grows`
            for prep in noun.head.children:
                if prep.dep_ == "prep" and prep.lower_ == "between":
                    self.take_between(doc, prep, roles)
        outer = noun.head.head if noun.dep_ == "pobj" and lemma(noun.head.head) in self.lex.container_nouns else noun
        receiver = outer.head if outer.dep_ in OBJECT_DEPS and trigger.light is None else None
        if receiver is not None and lemma(receiver) in self.lex.recipient_verbs:  # `Iran needed Russia's help`
            if add_new(roles.targets, self.subject_actors(doc, receiver, roles.path), roles.sources):
                roles.path.append(f"recipient-of={receiver.text}")
        self.take_preps(doc, noun, roles, event_type)
        if not roles.targets and event_type in self.lex.content_types:
            self.content_target(doc, noun, roles, event_type)
        roles.structural = bool(roles.sources or roles.targets)
        light = trigger.light
        if light is not None:
            roles.path.insert(0, f"light={light.lemma_}")
            pronoun_owner = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)
            if not roles.sources or pronoun_owner:  # `Iran and Russia expand their partnership`
                subjects = [a for a in self.subject_actors(doc, light, roles.path) if a not in roles.targets]
                roles.sources = subjects or roles.sources
            if not roles.sources and (actor := self.acting_subject(doc, light)):
                roles.sources = [actor]  # `the firing of missiles sent a warning to Japan`
                roles.path.append(f"act-subject={actor}")
            for child in light.children:
                other_object = child.dep_ in OBJECT_DEPS and child not in (noun, *noun.conjuncts)
                if child.dep_ == "dative" or other_object or child == self.misread_infinitive(noun):
                    if add_new(roles.targets, self.actors_of(doc, child)):
                        roles.path.append(f"{child.dep_}={child.text}")
            self.take_preps(doc, light, roles, event_type)
        self.clause_actors(doc, light if light is not None else noun, roles, event_type)
        return roles

    def instrument_user(self, noun: Token) -> str | None:
        """The actor of an act whose means were handed over just before: in `giving drills and training to
        Russian soldiers, used in attacks on Ukraine` the attacker is the recipient of the means."""
        prep = noun.head
        used = prep.head
        if noun.dep_ != "pobj" or prep.lower_ != "in" or used.dep_ not in ("acl", "advcl") or (
                lemma(used) not in self.lex.instrument_verbs):
            return None
        means = used.head.i  # the thing used, or the act that handed it over
        return next((e["target"] for e in reversed(self._told)
                     if e["target"] and means in (e["_token"], e["_object"], e["_anchor"])), None)

    def mover_roles(self, doc: Doc, verb: Token, entry: dict, roles: Roles) -> None:
        """A motion verb's subject is what moves (the object) and its owner the actor: `Chinese missiles landed`,
        `jets that it reported crossed the zone`, `three of them are thought to have landed` (the subject a
        raising verb lends), or an earlier act's things where the mover names no owner."""
        node = verb
        mover = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        while mover is None and node.dep_ == "xcomp":  # `are thought to have landed`
            node = node.head
            mover = next((c for c in node.children if c.dep_ in (*SUBJECT_DEPS, *PASSIVE_SUBJECT_DEPS)), None)
        clause = next((a for a in [verb, *verb.ancestors] if a.dep_ == "relcl"), None)
        if mover is not None and mover.lower_ in RELATIVE_PRONOUNS and clause is not None:
            mover = clause.head  # `jets that crossed the zone`, `jets that it reported crossed the zone`
        if mover is None:
            return
        roles.obj = self.unwrap(mover)
        roles.sources = self.owner_actors(doc, roles.obj)
        if not roles.sources and (occasion := self.occasion_actor(doc, roles.obj)):
            roles.sources = [occasion]
            roles.path.append(f"fired-during={occasion}")
        if not roles.sources and (told := self.moved_before(doc, roles.obj, entry)):
            roles.counted = mover
            roles.obj, roles.sources = told
            roles.path.append(f"moved-by={roles.sources[0]}")
        roles.path.append(f"mover={roles.obj.text}")

    def occasion_actor(self, doc: Doc, thing: Token) -> str | None:
        """Things used during an act told before are its actor's: `missiles fired during exercises flew over
        Taiwan` after `China launched exercises`."""
        occasions = [p for acl in thing.children if acl.dep_ == "acl" and acl.tag_ == "VBN"
                     for prep in acl.children if prep.dep_ == "prep" and prep.lower_ in self.lex.occasion_preps
                     for p in pobjs(prep)]
        for occasion in occasions:
            types = self.pointed_types(occasion) or []
            if found := next((e["source"] for e in reversed(self._told)
                              if e["type"] in types and e["source"] and e["_token"] < occasion.i), None):
                return found
        return None

    def moved_before(self, doc: Doc, mover: Token, entry: dict) -> tuple[Token, list[str]] | None:
        """Things that move with no owner named are those an earlier act of the document moved, and its actor
        their owner: `China launched nine missiles. Five of them landed in Japan's zone`."""
        wanted = set(entry.get("by_object", {}))
        own = wanted & set(self.lex.classes([lemma(mover)]))
        pronoun = mover.pos_ == "PRON"
        if (self.actors_of(doc, mover) and not pronoun) or not (own or mover.like_num or pronoun):
            return None  # an actor moves itself; a thing of another kind is not what was moved
        wanted = own or wanted
        earliest = self.reach_start(doc, mover)
        for told in reversed(self._told):
            thing = doc[told["_object"]] if told["_object"] is not None else None
            if thing is not None and earliest <= thing.i < mover.i and told["source"] and (
                    wanted & set(self.lex.classes([lemma(thing)]))):
                return thing, [told["source"]]
        return None

    def acting_subject(self, doc: Doc, verb: Token) -> str | None:
        """The actor of the act a light verb's subject points back to: `the firing of missiles sent a warning`
        is a warning by whoever fired them."""
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None or self.actors_of(doc, subject):
            return None
        return self.act_actor(doc, subject, None, self._told)

    def take_between(self, doc: Doc, prep: Token, roles: Roles) -> None:
        """`ties between Paris and Rome`: the first is the source, the second the target."""
        pair = [a for p in pobjs(prep) for a in self.actors_of(doc, p)]
        if len(pair) > 1 and not roles.sources:
            roles.sources, roles.targets = pair[:1], pair[1:2]
            roles.path.append(f"between={prep.right_edge.text}")

    def content_target(self, doc: Doc, head: Token, roles: Roles, event_type: str) -> None:
        """The subject of the clause the event governs is its recipient: `helping Serbia build its army`,
        `warned the US would`; for verbal acts also through the object or an owner (`lodged a complaint
        that Iran's sale of drones is a violation`)."""
        verbal = event_type in self.lex.content_types
        if roles.obj is not None and not verbal:
            return
        heads = [head, roles.obj] if verbal and roles.obj is not None else [head]
        for parent in heads:
            for child in parent.rights:
                if child.dep_ not in ("ccomp", "xcomp", *(("acl",) if verbal else ())):
                    continue
                subject = next((c for c in child.children if c.dep_ in (*SUBJECT_DEPS, *PASSIVE_SUBJECT_DEPS)),
                               None)
                if subject is None or subject.lower_ in RELATIVE_PRONOUNS:
                    continue
                found = self.actors_of(doc, subject) or (self.owner_actors(doc, subject) if verbal else [])
                if add_new(roles.targets, found, roles.sources):
                    roles.path.append(f"{child.dep_}-subject={subject.text}")
                    return

    def departure_object(self, verb: Token, entry: dict, roles: Roles) -> None:
        """What one leaves is the object where it refines the entry: `withdrew from the treaty`, `took
        France out of that pact`. The one pulled out is the actor's own side leaving, no recipient: the deal's
        other parties are."""
        for prep, pobj in self.left_things(verb):
            if set(self.lex.classes([lemma(pobj)])) & set(entry["by_object"]):
                roles.obj = pobj
                roles.path.append(f"{prep.lower_}={pobj.text}")
                roles.moved = [a for c in verb.children if c.dep_ == "dobj" for a in self.actors_of(verb.doc, c)]
                roles.targets = [t for t in roles.targets if t not in roles.moved]
                return

    def left_things(self, verb: Token) -> list[tuple[Token, Token]]:
        """What a verb of leaving leaves, with its preposition: `withdrew from X`, `pulled Y out of X`, `walked
        away from X`."""
        preps = [c for c in verb.children if c.dep_ in ("prep", "prt")]
        preps += [g for p in verb.children if p.lower_ in ("out", "away") for g in p.children if g.dep_ == "prep"]
        return [(prep, self.unwrap(pobj)) for prep in dict.fromkeys(preps) if prep.lower_ in ("from", "of")
                for pobj in pobjs(prep)]

    def take_argument(self, doc: Doc, token: Token, roles: Roles, transfer: bool, label: str,
                      motion: bool = False) -> None:
        """An actor is the target; a thing is the object, and its owner the target unless it changes hands.
        The source's own things (`withdrew its troops`) are objects; a relative pronoun stands for its noun
        (`evidence that Greece is showing`)."""
        if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
            token = token.head.head
        token = self.unwrap(token)
        roles.path.append(f"{label}={token.text}")
        if add_new(roles.targets, self.actors_of(doc, token), roles.sources):
            return
        first = roles.obj is None  # a mover is already the object: `jets crossing the Strait's median line`
        if first:
            roles.obj = token
        if not transfer and (first or motion):
            add_new(roles.targets, self.owner_actors(doc, token), roles.sources)

    def take_preps(self, doc: Doc, head: Token, roles: Roles, event_type: str) -> None:
        """Recipients in the type's prepositions (`to Russia`, `on Iran`, `support to Iran's army`), then,
        where none, places (`around Taiwan`, `in Ukraine`); a thing after `with`/`of` is the object
        (`provide X with drones`). The object's own `against`/`on` phrase counts (`sanctions on Iran`)."""
        preps = self.lex.preps_for(event_type)
        locative = event_type in self.lex.locative_types
        children = list(head.children)
        if roles.obj is not None and head in roles.obj.ancestors:
            # `rage against the government`, `launch of missiles around Taiwan`, `billions worth of equipment
            # from Russia`: the object's phrase, up to the trigger
            node = roles.obj
            while node != head:
                children += [c for c in node.children if c.dep_ == "prep" and c.lower_ not in ("with", "of") and (
                    c.lower_ in self.lex.aim_preps or locative or c.lower_ not in self.lex.locative_preps)]
                node = node.head
        targeted = bool(roles.targets)  # the first recipient named stands alone (objects still count)
        for places in (False, True):
            if places and targeted:
                break
            for child in children:
                if child.dep_ not in ("prep", "dative") or child.lower_ not in preps:
                    continue
                if (child.lower_ in self.lex.locative_preps) != places:
                    continue
                for pobj in pobjs(child):
                    actors = self.actors_of(doc, pobj) or self.owner_actors(doc, pobj)
                    if actors:
                        if not targeted and add_new(roles.targets, actors, roles.sources):
                            roles.path.append(f"{child.lower_}={pobj.text}")
                            targeted = True
                        elif child.lower_ == "for" and self.pointed_types(pobj) and roles.purpose is None:
                            roles.purpose = pobj  # `for its attacks`: whose attacks the article tells
                            roles.path.append(f"for-act={pobj.text}")
                    elif roles.obj is None and child.lower_ in ("with", "of"):
                        roles.obj = self.unwrap(pobj)
                        roles.path.append(f"{child.lower_}={pobj.text}")

    def clause_actors(self, doc: Doc, head: Token, roles: Roles, event_type: str) -> None:
        """Fallback for empty roles: the nearest actor of the trigger's own clause before it (source) or
        after it (target). Nested clauses, owners of the object (`Iranian drones`) and actors in a
        preposition that is no recipient (`a complaint with the Council`) do not count."""
        if not self.clause_fallback or (roles.sources and roles.targets):
            return
        clause = head
        while clause.dep_ not in CLAUSE_DEPS and clause.dep_ != "ROOT" and clause.head != clause:
            clause = clause.head
        inside = {t.i for t in clause.subtree}
        for child in clause.children:
            if child.dep_ in (*CLAUSE_DEPS, "npadvmod") and head not in child.subtree:  # not `Japan time`
                inside -= {t.i for t in child.subtree}
        if roles.obj is not None:
            inside -= {c.i for c in roles.obj.children if c.dep_ in OWNER_DEPS}
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ not in self.lex.preps_for(event_type):
                inside -= {t.i for t in prep.subtree}
        found: list[tuple[int, str]] = []
        for m in mentions_in(doc, clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge)):
            span = doc.char_span(m["start"], m["end"], alignment_mode="expand")
            if span is not None and span.root.i in inside:
                found.append((span.root.i, m["actor"]))
        used = {*roles.sources, *roles.targets, *roles.moved}
        before = [a for i, a in found if i < head.i and a not in used]
        if not roles.sources and before and not roles.subject_seen:
            roles.sources = [before[-1]]
            roles.path.append("clause-source")
            roles.fallback.add("source")
            used.add(before[-1])
        after = [a for i, a in found if i > head.i and a not in used]
        if not roles.targets and after and roles.purpose is None:
            roles.targets = [after[0]]
            roles.path.append("clause-target")
            roles.fallback.add("target")

    @staticmethod
    def is_passive(verb: Token) -> bool:
        return any(c.dep_ in ("auxpass", "agent", *PASSIVE_SUBJECT_DEPS) for c in verb.children) or (
            verb.dep_ == "acl" and verb.tag_ == "VBN"
        )

    # ---- actors

    def mention(self, doc: Doc, token: Token) -> dict | None:
        if token.i not in self._mentions:
            self._mentions[token.i] = mention_for_token(doc, token)
        return self._mentions[token.i]

    def actors_of(self, doc: Doc, token: Token) -> list[str]:
        """Actors a noun phrase names, one per conjunct: `Iran and Russia`, `Iranian leaders`, `its`."""
        out: list[str] = []
        for t in [token] if token.dep_ == "conj" else [token, *token.conjuncts]:
            add_new(out, self.actor_at(doc, t))
        return out

    def actor_at(self, doc: Doc, token: Token) -> list[str]:
        """The actor a token names: a mention, a pronoun's antecedent, the owner of `the Iranian
        government`, or a name the actor pass left unlinked (an alias of this document or a country)."""
        m = self.mention(doc, token)
        if m is not None:
            return [m["actor"]]
        if token.lower_ in self.lex.participant_words:
            return self.participants(doc, token)
        if token.pos_ == "PRON" or token.tag_ in ("PRP", "PRP$"):
            return self.resolve_pronoun(doc, token)
        if lemma(token) in self.lex.actor_heads:
            if token.tag_ == "NNS" and any(c.lower_ in self.lex.pair_words for c in token.children
                                           if c.dep_ in ("nummod", "det", "predet")):
                return self.pair_antecedent(doc, token)
            return self.owner_actors(doc, token) or self.state_antecedent(doc, token)
        if lemma(token) in self.lex.state_nouns:
            return self.state_antecedent(doc, token)
        if lemma(token) in self.lex.activity_groups:
            return self.activity_group(doc, token)
        if token.pos_ != "PROPN":
            return []
        if token.text in self._aliases:
            return [self._aliases[token.text]]
        span = next((e for e in doc.ents if e.start <= token.i < e.end), None) or doc[token.i: token.i + 1]
        place = self.places.get(re.sub(r"^the\s+", "", span.text, flags=re.I)) if span.root == token else None
        if place is None and token.dep_ == "compound":  # `the Taiwan Strait`
            place = self.places.get(token.text)
        return [place] if place else []

    def participants(self, doc: Doc, token: Token) -> list[str]:
        """`those involved in the trade between Iran and Russia`: the actors of the activity named (its owners
        and the pair `between` gives)."""
        out: list[str] = []
        for acl in (c for c in token.children if c.dep_ == "acl" and lemma(c) in self.lex.participation_verbs):
            for activity in (p for prep in acl.children if prep.dep_ == "prep" and prep.lower_ == "in"
                             for p in pobjs(prep)):
                add_new(out, self.owner_actors(doc, activity))
                for between in (c for c in activity.children if c.dep_ == "prep" and c.lower_ == "between"):
                    add_new(out, [a for p in pobjs(between) for a in self.actors_of(doc, p)])
        return out

    def state_antecedent(self, doc: Doc, token: Token) -> list[str]:
        """A definite description of a state that names none (`the island`, `the country`) stands for the
        latest country named within reach, not one in the subject of its own clause (`Turkey called her
        brief stay on the island a provocation`: the island is not Turkey)."""
        if lemma(token) not in self.lex.state_nouns or token.tag_ != "NN" or not any(
                c.dep_ == "det" and c.lower_ == "the" for c in token.children) or any(
                (c.dep_ in OWNER_DEPS and c.pos_ in ("PROPN", "PRON")) or (c.dep_ == "prep" and c.lower_ == "of")
                for c in token.children):
            return []  # `the island of Hokkaido`, `the Gulf country` name their own
        states = set(self.places.values())
        for named in reversed(doc[self.reach_start(doc, token): token.i]):
            if named.pos_ != "PROPN" or (self.in_subject(named) and self.subject_head(named) in token.ancestors):
                continue
            found = [a for a in self.actor_at(doc, named)
                     if a in states or (local_actor(doc, a) or {}).get("kind") == "country"]
            if found:
                return found[:1]
        return []

    @staticmethod
    def subject_head(token: Token) -> Token:
        """The verb whose subject the token is or modifies."""
        while token.dep_ not in (*SUBJECT_DEPS, *PASSIVE_SUBJECT_DEPS) and token.head != token:
            token = token.head
        return token.head

    def activity_group(self, doc: Doc, token: Token) -> list[str]:
        """The group of this document that carries on an activity (`a crackdown on demonstrations` ->
        the protesters): a group actor whose name ends in a word the lexicon gives the activity."""
        members = set(self.lex.activity_groups.get(lemma(token), []))
        for actor in doc._.local_actors or []:
            words = actor.get("name", "").lower().split()
            if actor.get("kind") == "group" and words and words[-1] in members:
                return [actor["id"]]
        return []

    @staticmethod
    def alias_table(doc: Doc) -> dict[str, str]:
        """Names this document resolved somewhere, for tokens the actor pass left unlinked elsewhere
        (`to Moscow`, a surname the NER mislabelled): every alias and a person's surname, if unambiguous."""
        table: dict[str, str | None] = {}
        for actor in doc._.local_actors or []:
            forms = list(actor.get("aliases", []))
            if actor.get("kind") == "person" and len(actor.get("name", "").split()) > 1:
                forms.append(actor["name"].split()[-1])
            for form in forms:
                table[form] = actor["id"] if table.get(form, actor["id"]) == actor["id"] else None
        return {k: v for k, v in table.items() if v}

    def owner_actors(self, doc: Doc, token: Token, depth: int = 0) -> list[str]:
        """Actors named in a phrase's modifiers: `Ukraine's infrastructure`, `Iranian drones`, `fired by
        China`, `the government of Iran`; one level down for places (`the Aegean Sea's eastern edge`)."""
        out: list[str] = []
        for child in token.children:
            if child.dep_ in OWNER_DEPS:
                if lemma(child) in self.lex.activity_groups:
                    continue  # `protest crackdowns`: the protesters own nothing
                found = self.actors_of(doc, child) if child.dep_ == "poss" else self.actor_at(doc, child)
                if not found and depth == 0 and child.pos_ in ("PROPN", "NOUN"):
                    found = self.owner_actors(doc, child, depth + 1)
                add_new(out, found)
            elif child.dep_ == "acl":
                for agent in (c for c in child.children if c.dep_ == "agent"):
                    for pobj in pobjs(agent):
                        add_new(out, self.actors_of(doc, pobj))
            elif child.dep_ == "prep" and child.lower_ == "of" and lemma(token) in self.lex.actor_heads:
                for pobj in pobjs(child):
                    add_new(out, self.actors_of(doc, pobj))
        return out

    def subject_actors(self, doc: Doc, verb: Token, path: list[str], depth: int = 0) -> list[str]:
        """The actors doing what a verb says, through passives, control verbs, conjuncts and relatives."""
        if depth > 4:
            return []
        for child in verb.children:
            if child.dep_ == "agent":
                for pobj in pobjs(child):
                    path.append(f"agent={pobj.text}")
                    return self.actors_of(doc, pobj)
        if self.is_passive(verb):
            return []  # `the embargo imposed on China`: a passive without `by` leaves its actor unsaid
        for child in verb.children:
            if child.dep_ in SUBJECT_DEPS:
                subject = verb.head if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl" else child
                path.append(f"nsubj={subject.text}")
                return self.headline_pair(doc, subject) or self.actors_of(doc, subject)
        head = verb.head
        if head == verb:
            return []
        if self.headline_continuation(verb) is not None:
            return self.subject_actors(doc, head, path, depth + 1)
        if verb.dep_ in ("xcomp", "ccomp") and head.pos_ in ("VERB", "AUX", "ADJ"):
            controller = next((c for c in head.children if c.dep_ in OBJECT_DEPS), None)  # `urged Beijing to`
            if controller is not None and lemma(head) not in self.lex.object_control:
                controller = None  # `used them to attack`: the user attacks
            if controller is not None and (actors := self.actors_of(doc, controller)):
                path.append(f"controller={controller.text}")
                return actors
            return self.subject_actors(doc, head, path, depth + 1) if verb.dep_ == "xcomp" else []
        if (relative := self.relative_series(verb)) is not None:
            return self.subject_actors(doc, relative, path, depth + 1)
        if verb.dep_ in ("conj", "advcl", "acomp") and head.pos_ in ("VERB", "AUX"):  # `might be ready to ship`
            return self.subject_actors(doc, head, path, depth + 1)
        if verb.dep_ == "pcomp" and head.head.pos_ in ("VERB", "AUX"):  # `by deploying warships`
            return self.subject_actors(doc, head.head, path, depth + 1)
        if verb.dep_ in ("acl", "relcl") and head.pos_ in ("NOUN", "PROPN", "PRON"):  # `its decision to`
            if owners := self.actors_of(doc, head) or self.owner_actors(doc, head):
                path.append(f"acl-of={head.text}")
                return owners
            if head.dep_ in OBJECT_DEPS and head.head.pos_ == "VERB":
                return self.subject_actors(doc, head.head, path, depth + 1)
            if head.dep_ == "pobj" and head.head.head.pos_ == "VERB":  # `used the trip as a pretext to expand`
                return self.subject_actors(doc, head.head.head, path, depth + 1)
        return []

    @staticmethod
    def relative_series(verb: Token) -> Token | None:
        """The relative clause a conjunct verb continues where the parser hung it on the main verb (`X has
        lodged a protest about the order, which approved the treaty, imposed an embargo and ...`): it comes
        right after that clause, in the clause verb's form, not the main verb's."""
        head = verb.head
        if verb.dep_ != "conj" or head.pos_ != "VERB" or head.tag_ == verb.tag_ or verb.i < 2:
            return None
        comma = verb.doc[verb.i - 1]
        if comma.text != ",":
            return None
        last = verb.doc[comma.i - 1]
        return next((a for a in [last, *last.ancestors] if a.dep_ == "relcl" and a.tag_ == verb.tag_
                     and a.right_edge == last and head in a.ancestors), None)

    def headline_continuation(self, verb: Token) -> Token | None:
        """The verb a headline's second verb continues, sharing its subject: `US condemns launches, urges
        restraint` (the parser reads `urges` as a complement)."""
        line = self.sentence(verb)
        if verb.tag_ != "VBZ" or verb.i == 0 or verb.doc[verb.i - 1].text != "," or verb.head.pos_ != "VERB" or (
                line[-1].is_punct and line[-1].text in ".?!") or verb.head.i >= verb.i:
            return None
        if any(c.dep_ in (*SUBJECT_DEPS, *PASSIVE_SUBJECT_DEPS) for c in verb.children):
            return None
        return verb.head

    def headline_pair(self, doc: Doc, token: Token) -> list[str]:
        """The two actors of a headline that opens with `X, Y` for `X and Y` (`Turkey, Azerbaijan step up
        drone collaboration`), where the token is one of them; else none."""
        line = self.sentence(token)
        if line[-1].is_punct and line[-1].text in ".?!":
            return []  # a sentence, not a headline
        commas = [t.i for t in line if t.text == ","]
        if not commas or not line.start < commas[0] < line.start + 5:
            return []
        comma = commas[0]
        second = comma + 1
        while second + 1 < line.end and doc[second + 1].pos_ == "PROPN":
            second += 1
        names = {*range(line.start, comma), *range(comma + 1, second + 1)}
        if token.i not in names or not all(doc[i].pos_ in ("PROPN", "DET") for i in names):
            return []
        pair = [*self.actor_at(doc, doc[comma - 1]), *self.actor_at(doc, doc[second])]
        return pair if len(pair) == 2 and pair[0] != pair[1] else []

    def resolve_pronoun(self, doc: Doc, token: Token) -> list[str]:
        """An earlier actor a pronoun can stand for: the noun whose relative clause holds it (`Russia, which
        ... as it faces pressure over its decision`), else preferring subjects; `they` takes the latest
        coordinated pair; `we` is the speaker of the enclosing quote."""
        word = token.lower_
        if word in FIRST_PERSON:
            speaker = self.quote_speaker(doc, token)
            return [speaker] if speaker else []
        if word not in PERSON_PRONOUNS | PLURAL_PRONOUNS | THING_PRONOUNS:
            return []
        person = word in PERSON_PRONOUNS
        for ancestor in token.ancestors:
            if ancestor.dep_ == "relcl":
                m = self.mention(doc, ancestor.head)
                kind = (local_actor(doc, m["actor"]) or {}).get("kind") if m else None
                if m and (kind == "person") == person and word not in PLURAL_PRONOUNS:
                    return [m["actor"]]
                break
        candidates = self.antecedents(doc, token)
        if word in PLURAL_PRONOUNS and (pair := self.latest_pair(doc, candidates)):
            return pair
        subjects = [actor for root, actor in candidates if self.in_subject(root)]
        return (subjects or [actor for _, actor in candidates])[:1]

    def antecedents(self, doc: Doc, token: Token) -> list[tuple[Token, str]]:
        """The earlier mentions within reach that agree with a pronoun (a person for `he`, else no person),
        latest first."""
        person = token.lower_ in PERSON_PRONOUNS
        earliest = self.reach_start(doc, token)
        candidates: list[tuple[Token, str]] = []
        for m in reversed(mentions_in(doc, doc[earliest].idx, token.idx)):
            actor = local_actor(doc, m["actor"]) or {}
            span = doc.char_span(m["start"], m["end"], alignment_mode="expand")
            if span is not None and (actor.get("kind") == "person") == person:
                candidates.append((span.root, m["actor"]))
        return candidates

    def latest_pair(self, doc: Doc, candidates: list[tuple[Token, str]]) -> list[str]:
        """The actors of the latest coordination among earlier mentions (`Iran and Russia`, a headline's
        `Iran, Russia`), for `they` and `the two countries`."""
        for root, _ in candidates:
            if root.conjuncts:
                return self.actors_of(doc, root.head if root.dep_ == "conj" else root)
            if pair := self.headline_pair(doc, root):
                return pair
        return []

    @staticmethod
    def reach_start(doc: Doc, token: Token) -> int:
        """The first token of the sentences back that an anaphor may reach (`PRONOUN_REACH`)."""
        earliest = token.sent.start
        for _ in range(PRONOUN_REACH):
            earliest = doc[earliest - 1].sent.start if earliest > 0 else 0
        return earliest

    def pair_antecedent(self, doc: Doc, token: Token) -> list[str]:
        """`the two countries`, `both sides`: the pair of actors told just before."""
        earliest = self.reach_start(doc, token)
        candidates: list[tuple[Token, str]] = []
        for m in reversed(mentions_in(doc, doc[earliest].idx, token.idx)):
            span = doc.char_span(m["start"], m["end"], alignment_mode="expand")
            if span is not None and (local_actor(doc, m["actor"]) or {}).get("kind") != "person":
                candidates.append((span.root, m["actor"]))
        return self.latest_pair(doc, candidates)

    @staticmethod
    def in_subject(token: Token) -> bool:
        """The token is, or modifies, a clause's subject."""
        while token.dep_ in ("compound", "amod", "poss", "conj", "appos", "nmod") and token.head != token:
            token = token.head
        return token.dep_ in (*SUBJECT_DEPS, *PASSIVE_SUBJECT_DEPS)

    # ---- objects, modes, contexts

    def unwrap(self, token: Token) -> Token:
        """`hundreds of drones` -> drones, `a host of armoured vehicles` -> vehicles, `millions of euros
        worth of equipment` -> equipment."""
        worth = next((c for c in token.children if c.dep_ == "appos" and c.lower_ == "worth"), None)
        if worth is not None:
            token = worth
        if worth is not None or lemma(token) in self.lex.container_nouns or token.pos_ == "NUM" or token.like_num:
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ == "of":
                    return self.unwrap(next(pobjs(child), token)) if worth is None else next(pobjs(child), token)
        return token

    @staticmethod
    def object_lemmas(obj: Token, heads_only: bool = False) -> list[str]:
        """The object's words, with its conjuncts' and, unless `heads_only`, their modifiers'."""
        out = [obj.lower_]
        for t in [obj, *obj.conjuncts]:
            out.append(lemma(t))
            if not heads_only:
                out += [lemma(c) for c in t.children if c.dep_ in ("compound", "amod")]
        return out

    def cue_classes(self, trigger: Trigger, roles: Roles) -> list[str]:
        """Classes of the words around the trigger: `drone attacks`, `attack with missiles`."""
        token = trigger.token
        words = self.object_lemmas(roles.obj) if roles.obj is not None else []
        words += [lemma(c) for c in token.children if c.dep_ in ("compound", "amod", "nmod")]
        for child in token.children:
            if child.dep_ in ("prep", "xcomp", "dobj", "ccomp"):
                words += [lemma(t) for t in child.subtree if t.pos_ in ("NOUN", "VERB", "ADJ")][:12]
        return self.lex.classes(words)

    def setting(self, token: Token, obj: Token | None) -> list[str]:
        """Contexts of the trigger's setting or means: `supporting Assad in the civil war`, `backed Kyiv with
        arms`."""
        heads = [token, *(c for c in token.children if c.dep_ in OBJECT_DEPS), *([obj] if obj is not None else [])]
        words = [lemma(p) for h in heads for prep in h.children
                 if prep.dep_ == "prep" and prep.lower_ in ("in", "during", "with") for p in pobjs(prep)]
        found = [self.lex.context_words.get(w) for w in words]
        found += [self.lex.class_contexts.get(c) for c in self.lex.classes(words)]
        return [c for c in found if c]

    def modifier_contexts(self, token: Token, obj: Token | None) -> list[str]:
        """Contexts the modifiers name: `military support`, `economic sanctions`, `military equipment`."""
        words = [c for c in token.children if c.dep_ in ("amod", "compound")]
        if obj is not None:
            words += [c for c in obj.children if c.dep_ in ("amod", "compound")] + [obj]
        found = (self.lex.context_words.get(w) for w in map(lemma, words))
        return list(dict.fromkeys(c for c in found if c))

    def aimed(self, doc: Doc, trigger: Trigger) -> bool:
        """An actor after `at`/`on`/`against` (`fired missiles at Ukraine`)."""
        heads = [trigger.token] + ([trigger.light] if trigger.light is not None else [])
        return any(
            self.actors_of(doc, pobj)
            for head in heads for prep in head.children
            if prep.dep_ == "prep" and prep.lower_ in self.lex.aim_preps
            for pobj in pobjs(prep)
        )

    def at_sea(self, doc: Doc, trigger: Trigger) -> bool:
        """Fired into waters and at no actor: posturing, not a use of force."""
        heads = [trigger.token] + ([trigger.light] if trigger.light is not None else [])
        places = [p for h in heads for prep in h.children if prep.dep_ == "prep" for p in pobjs(prep)]
        return bool(places) and not self.aimed(doc, trigger) and all(
            lemma(p) in self.lex.water_words and not self.actors_of(doc, p) for p in places)

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
        wanted = set(self.lex.classes(self.object_lemmas(obj, heads_only=True))) if obj is not None else set()
        wanted = (wanted or set(self.lex.class_contexts)) & set(self.lex.class_contexts)  # things, not words
        for q in doc._.quantities or []:
            if start <= q["start"] and q["end"] <= end and q.get("item") and not q.get("unit") and (
                    wanted & set(self.lex.classes([q["item"]]))):
                return q.get("id")
        return None

    # ---- status and attribution

    def chain(self, trigger: Token) -> list[Token]:
        """The trigger and the words whose modality it shares: the verbs it complements (`is preparing to
        send`, `appears to have launched`, `would cancel or suspend`), the verb it is the means of (`may
        reward Iran by offering`), the copula or plan it is the subject or attribute of (`there could
        be more sharing`, `the drills are scheduled to continue`)."""
        out = [trigger]
        token = trigger
        status_verbs = self.lex.status["hedge_verbs"] | self.lex.status["plan_verbs"] | {"be"}
        while True:
            head = token.head
            carried = token.dep_ in OBJECT_DEPS and token.pos_ == "NOUN" and (
                lemma(head) in self.lex.light_verbs | self.lex.carrier_verbs
                or self.verb_trigger(head) is None)  # `could snap back sanctions`, not `rejecting calls`
            if token.dep_ in COMPLEMENT_DEPS or carried:
                if token.dep_ == "conj" and (head.pos_ not in ("VERB", "AUX") or any(
                        c.dep_ == "cc" and c.lower_ in CONTRASTS for c in head.children)):
                    break  # `did not change it, but used the trip as a pretext`: the contrast has its own polarity
            elif token.dep_ == "pcomp" and head.lower_ == "by" and head.head.pos_ in ("VERB", "AUX"):
                out.append(head.head)  # its modals, not its own plans (`seeks to wage war by empowering`)
                break
            elif not (token.pos_ == "NOUN" and token.dep_ in ("attr", *SUBJECT_DEPS, *PASSIVE_SUBJECT_DEPS)
                      and lemma(head) in status_verbs):
                break
            if head in out or head == token:
                break
            out.append(head)
            token = head
        return out

    def status(self, trigger: Trigger) -> tuple[str, list[str]]:
        """Denied, negated, possible, planned or asserted; and, for a denial, the denier (the source). A
        hedge or plan verb carrying an event noun counts (`are considering sanctions`)."""
        st = self.lex.status
        heads = [trigger.token] + ([trigger.light] if trigger.light is not None else [])
        chain = list(dict.fromkeys(t for h in heads for t in self.chain(h)))
        found: set[str] = set()
        for token in chain:
            if token != trigger.token and lemma(token) in st["hedge_verbs"]:
                found.add("possible")
            if token != trigger.token and lemma(token) in st["plan_verbs"]:
                found.add("planned")
            for child in token.children:
                words = {child.lower_, lemma(child)}
                if child.dep_ == "neg" or (child.dep_ in ("advmod", "det") and words & st["negation"]) or (
                    child.lower_ == "longer" and any(g.lower_ == "no" for g in child.children)  # `no longer`
                ):
                    found.add("negated")
                elif child.dep_ in ("aux", "auxpass") and words & st["hedge_modals"]:
                    found.add("possible")
                elif child.dep_ in ("aux", "auxpass") and words & st["plan_modals"]:
                    found.add("planned")
                elif (child.dep_ == "advmod" and words & st["hedge_adverbs"]) or (
                    child.dep_ == "mark" and words & st["condition_marks"]
                ):
                    found.add("possible")
        top = chain[-1]
        denier = next((v for v in (top, top.head) if lemma(v) in st["denial_verbs"] and v not in heads
                       and (v == top or top.dep_ == "ccomp")), None)
        if denier is not None:
            return "denied", self.subject_actors(top.doc, denier, [])
        if top.dep_ == "acl" and lemma(top.head) in st["denial_nouns"]:  # `denials by Minsk that`
            return "denied", self.owner_actors(top.doc, top.head) or [
                a for prep in top.head.children if prep.lower_ == "by" for p in pobjs(prep)
                for a in self.actors_of(top.doc, p)]
        return next(s for s in STATUS_ORDER if s in found or s == "asserted"), []

    def reported_by(self, doc: Doc, token: Token) -> str | None:
        """The speaker of the quote around the trigger, else the subject of a reporting verb governing it,
        else `according to X`."""
        if speaker := self.quote_speaker(doc, token):
            return speaker
        node = token
        while node.head != node:
            head = node.head
            if node.dep_ in REPORTED_DEPS and lemma(head) in self.lex.speech_verbs:
                if actors := self.subject_actors(doc, head, []):
                    return actors[0]
            node = head
        for t in token.sent:
            if t.lower_ == "according":
                for pobj in (p for prep in t.children if prep.lower_ == "to" for p in pobjs(prep)):
                    if actors := self.actors_of(doc, pobj):
                        return actors[0]
        return None

    def quote_speaker(self, doc: Doc, token: Token) -> str | None:
        """The speaker of the quote whose content holds the token."""
        quote = self.quote_covering(doc, token.idx, token.idx + len(token)) if self.quote_covering else None
        return quote.get("speaker") if quote else None

    # ---- output

    @staticmethod
    def reason(trigger: Trigger, entry: dict, roles: Roles, status: str) -> str:
        """`verb supply (AID military): nsubj=Iran dobj=drones to=Russia`."""
        label = " ".join(x for x in (entry["type"], entry.get("mode"), ",".join(entry["context"])) if x)
        tail = f" status={status}" if status != "asserted" else ""
        return f"{trigger.key} ({label}): {' '.join(roles.path)}{tail}"

    @staticmethod
    def set_annotations(doc: Doc, events: list[dict]) -> None:
        """Events in text order with local ids, one per trigger, type, source and target (two verbs of one
        sentence are two events: `supplying drones and providing training`)."""
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
            unique.append({"id": f"ev{len(unique)}", **event})
            spans.append(Span(doc, token, token + 1, label=event["type"]))
        doc._.events = unique
        doc.spans["storyline_events"] = spans


@Language.factory(
    "storyline_events",
    default_config={"lexicon": "events.yaml", "clause_fallback": True},
    assigns=["doc._.events", "doc.spans"],
    requires=["doc._.mentions"],
)
def make_event_extractor(nlp: Language, name: str, lexicon: str, clause_fallback: bool) -> EventExtractor:
    """Factory: `lexicon` is the trigger table; `clause_fallback` lets same-clause actors fill empty roles.
    Country names and capitals come from the actor component's gazetteer, where it runs before."""
    resolver = nlp.get_pipe("storyline_actors") if "storyline_actors" in nlp.pipe_names else None
    places = {form: e.id for form, e in getattr(resolver, "gazetteer", {}).items() if e.kind == "country"}
    return EventExtractor(lexicon, clause_fallback, places)
