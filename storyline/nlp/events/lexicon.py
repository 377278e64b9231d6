"""The events extractor's vocabulary: its lexicon, label sets, records and token helpers.

`Lexicon` indexes `resources/events.yaml` (triggers, word classes, contexts, status words) for lookups by lemma;
the constants name the dependency labels and pronouns the parse is read by; `Trigger` and `Roles` are the records
the trigger finder, the role finder, the article links and the coder pass between them; the helpers are small reads
of one token (`lemma`, `pobjs`, `is_passive`, `sentence`), of a few (`prep_objects`) or of one list (`merge`,
`add_new`). Kept apart so that the events modules share one definition of each and import no class of another for a
word list.
"""

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import numpy
from spacy.attrs import LEMMA
from spacy.strings import StringStore
from spacy.tokens import Doc, Span, Token

from storyline.nlp.grammar import has_to as has_to  # shared with the quotes package

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
POSSESSIVE_PRONOUNS = {"his", "her", "its", "their", "our", "my", "your"}
PLURAL_PRONOUNS = {"they", "them", "their", "theirs"}
THING_PRONOUNS = {"it", "its"}
REFLEXIVES = {"itself", "themselves", "himself", "herself", "ourselves", "myself", "yourself", "yourselves"}
PRONOUNS = FIRST_PERSON | PERSON_PRONOUNS | PLURAL_PRONOUNS | THING_PRONOUNS | RELATIVE_PRONOUNS
MATERIAL_CONTEXTS = {"military", "economic", "humanitarian"}
STATUS_KEYS = ("negation", "denial_verbs", "denial_nouns", "hedge_modals", "hedge_adverbs", "hedge_verbs",
               "plan_modals", "plan_verbs", "condition_marks", "supposition_marks",
               "awaited_marks", "counterfactual_modals")
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


def lemma(token: Token) -> str:
    """The token's lemma in lower case, the key of every lexicon table (read once per lemma: `LOWER_LEMMAS`)."""
    key = token.lemma
    found = LOWER_LEMMAS.get(key)
    if found is None:
        found = LOWER_LEMMAS[key] = token.lemma_.lower()
    return found


def lemma_of(strings: StringStore, key: int) -> str:
    """`lemma` of a token whose lemma's hash is `key` (a row of `Doc.to_array(LEMMA)`), without the token."""
    found = LOWER_LEMMAS.get(key)
    if found is None:
        found = LOWER_LEMMAS[key] = strings[key].lower()
    return found


def lemma_tokens(doc: Doc, words: set[str]) -> list[Token]:
    """The tokens whose `lemma` is one of `words`, in order, read off the doc's lemma array (no `Token` made of any
    other word)."""
    if not words or not len(doc):
        return []
    lemmas = doc.to_array(LEMMA)
    strings = doc.vocab.strings
    keys = [key for key in numpy.unique(lemmas).tolist() if lemma_of(strings, key) in words]
    return [doc[i] for i in numpy.flatnonzero(numpy.isin(lemmas, numpy.array(keys, dtype=lemmas.dtype))).tolist()]


LOWER_LEMMAS: dict[int, str] = {}
"""Each lemma's lower case, by the lemma's hash in the string store (a string's hash is the same in every process
and pipeline): the events extractor asks ~1,500 times per BBC article, and the string store decodes the lemma anew
each time."""


def pobjs(prep: Token) -> Iterator[Token]:
    """The objects of a preposition, or of the one it is coordinated with (`in and around the Strait`)."""
    found = [c for c in prep.children if c.dep_ == "pobj"]
    if not found:
        found = [c for conj in prep.conjuncts for c in conj.children if c.dep_ == "pobj"]
    return iter(found)


def prep_objects(heads: Iterable[Token], words: Iterable[str] | None = None) -> Iterator[tuple[Token, Token]]:
    """The objects of the prepositions of these words under these heads, each with its preposition, in the heads'
    and the parse's order (`in` and `Kyiv` for `homes in Kyiv`); under any preposition where `words` is None."""
    for prep in (c for h in heads for c in h.children if c.dep_ == "prep" and (words is None or c.lower_ in words)):
        for p in pobjs(prep):
            yield prep, p


def merge(entry: dict, override: dict) -> dict:
    """An entry with a refinement's keys on top (the refinement's context replaces the entry's)."""
    return {**{k: v for k, v in entry.items() if k not in ("by_object", "aimed", "by_cue", "by_context")}, **override}


def add_new(items: list[str], new: Iterable[str], exclude: Iterable[str] = ()) -> list[str]:
    """Append the new items not yet listed nor excluded; returns those appended."""
    added = [a for a in dict.fromkeys(new) if a not in items and a not in exclude]
    items += added
    return added


def sentence(token: Token) -> Span:
    """The trigger's sentence, cut at line breaks (a headline the parser ran into the first sentence)
    and without whitespace at its ends."""
    sent = token.sent
    doc = sent.doc

    def is_break(t: Token) -> bool:
        return t.is_space and "\n" in t.text

    # walk out from the token to the nearest line break on each side, then past the spaces at the ends
    start = next((i + 1 for i in range(token.i - 1, sent.start - 1, -1) if is_break(doc[i])), sent.start)
    end = next((i for i in range(token.i + 1, sent.end) if is_break(doc[i])), sent.end)
    first = next((i for i in range(start, end) if not doc[i].is_space), None)
    if first is None:
        return sent
    last = next(i for i in range(end - 1, first - 1, -1) if not doc[i].is_space)
    return doc[first : last + 1]


def is_definite(noun: Token) -> bool:
    """The noun has a definite determiner (`the act`, `this move`, `such actions`): it points back to something told
    before."""
    return any((c.dep_ == "det" and c.lower_ in DEFINITE_DETS) or (c.lower_ == "such" and c.dep_ in ("amod", "predet"))
               for c in noun.children)  # `such actions`: the kind told before


def hyphened(token: Token) -> str:
    """The token's lemma, with the word and hyphen before it where the tokenizer split a hyphened word
    (`de-escalation`)."""
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].text == "-" and not doc[token.i - 2].whitespace_ and (
            not doc[token.i - 1].whitespace_):
        return f"{doc[token.i - 2].lower_}-{lemma(token)}"
    return lemma(token)


def is_passive(verb: Token) -> bool:
    """The verb is passive: a passive auxiliary, agent or subject, or a participle after its noun; not an active verb
    with a `by` phrase of measure the parser took for an agent (`shortened by one hour the curfew`)."""
    return any(c.dep_ in ("auxpass", *PASSIVE_SUBJECT_DEPS) or (c.dep_ == "agent" and not measured(c))
               for c in verb.children) or (verb.dep_ == "acl" and verb.tag_ == "VBN")


def measured(agent: Token) -> bool:
    """A `by` phrase that gives an amount (`by one hour`, `by 50 percent`), not a doer: its object is counted and
    the verb has an active subject."""
    return any(c.dep_ in ("nsubj", "expl") for c in agent.head.children) and any(
        p.like_num or any(n.dep_ == "nummod" for n in p.children) for p in pobjs(agent))


CONVEYANCES = {"delivery", "shipment", "consignment", "convoy", "airlift", "airdrop", "program", "programme", "package",
               "hour", "law"}
"""Nouns that are their compound's goods on the move or in store: `aid deliveries` are aid, `arms shipments` arms,
an `aid program` aid, `curfew hours` a curfew."""


def object_lemmas(obj: Token, heads_only: bool = False) -> list[str]:
    """The object's words, with its conjuncts' and, unless `heads_only`, their modifiers' (a conveyance's compound
    counts as a head: `aid deliveries`)."""
    out = [obj.lower_]
    for t in [obj, *obj.conjuncts]:
        out.append(lemma(t))
        if not heads_only or lemma(t) in CONVEYANCES:
            out += [lemma(c) for c in t.children if c.dep_ in ("compound", "amod") or (
                heads_only and c.dep_ == "compound")]
    return out


class Lexicon:
    """The tables of `events.yaml`, indexed for lookups by lemma."""

    def __init__(self, data: dict):
        self.verbs: dict[str, dict] = data.get("verbs", {})
        self.phrases: dict[str, dict] = data.get("phrases", {})
        self.nouns: dict[str, dict] = data.get("nouns", {})
        self.compounds: dict[str, dict] = data.get("compounds", {})
        self.phrase_heads = {key[:i] for key in self.phrases for i, c in enumerate(key) if c == " "}
        """What a phrase key holds before one of its spaces: `f"{base} {word}"` is a phrase only where `base` is one
        of these, so a verb that is none has no phrase to look for among its children."""
        self.compound_tails = {key[i + 1:] for key in self.compounds for i, c in enumerate(key) if c == " "}
        """What a compound key holds after one of its spaces: `f"{word} {base}"` is a compound only where `base` is
        one of these."""
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
        self.regarding_nouns = set(data.get("regarding_nouns", []))
        self.measure_classes = set(data.get("measure_classes", []))
        self.measure_preps = set(data.get("measure_preps", []))
        self.measure_types = set(data.get("measure_types", []))
        self.given_classes = set(data.get("given_classes", []))
        self.locative_preps = set(data.get("locative_preps", []))
        self.actor_heads = set(data.get("actor_heads", []))
        self.container_nouns = set(data.get("container_nouns", []))
        self.blocking_nouns = set(data.get("blocking_nouns", []))
        self.growth_nouns = set(data.get("growth_nouns", []))
        self.reciprocal_types = set(data.get("reciprocal_types", []))
        self.locative_types = set(data.get("locative_types", []))
        self.place_types = set(data.get("place_types", []))
        self.place_preps = set(data.get("place_preps", []))
        captors = data.get("captors", {})
        self.captor_modes = set(captors.get("modes", []))
        self.captor_verbs = set(captors.get("verbs", []))
        self.captivity_nouns = set(captors.get("nouns", []))
        self.expel_modes = set(data.get("expel_modes", []))
        charging = data.get("charging", {})
        self.charging = {"modes": set(charging.get("modes", [])), "entry": charging.get("entry", {})}
        self.ruled_out = [phrase.split() for phrase in data.get("ruled_out", [])]
        self.purpose_types = set(data.get("purpose_types", []))
        self.purpose_verbs = set(data.get("purpose_verbs", []))
        self.speech_verbs = set(data.get("speech_verbs", []))
        self.comment_verbs = set(data.get("comment_verbs", []))
        self.message_verbs = set(data.get("message_verbs", []))
        self.object_control = set(data.get("object_control", []))
        self.absorbing_types = set(data.get("absorbing_types", []))
        self.desire_words = set(data.get("desire_words", []))
        self.reason_preps = set(data.get("reason_preps", []))
        self.cause_words = set(data.get("cause_words", []))
        self.reason_participles = set(data.get("reason_participles", []))
        self.opinion_verbs = set(data.get("opinion_verbs", []))
        self.ought_modals = set(data.get("ought_modals", []))
        self.readiness_words = set(data.get("readiness_words", []))
        self.weighing_verbs = set(data.get("weighing_verbs", []))
        self.inquiry_nouns = set(data.get("inquiry_nouns", []))
        self.proposal_nouns = set(data.get("proposal_nouns", []))
        self.stop_verbs = set(data.get("stop_verbs", []))
        self.capacity_nouns = set(data.get("capacity_nouns", []))
        self.decision_nouns = set(data.get("decision_nouns", []))
        self.operation_nouns = set(data.get("operation_nouns", []))
        self.statement_nouns = set(data.get("statement_nouns", []))
        self.answering_verbs = set(data.get("answering_verbs", []))
        self.report_nouns = set(data.get("report_nouns", []))
        self.sentiment_nouns = set(data.get("sentiment_nouns", []))
        self.voicing_verbs = set(data.get("voicing_verbs", []))
        self.implication_verbs = set(data.get("implication_verbs", []))
        self.outcome_verbs = set(data.get("outcome_verbs", []))
        self.watching_verbs = set(data.get("watching_verbs", []))
        self.means_purpose_modes = set(data.get("means_purpose_modes", []))
        self.joint_words = set(data.get("joint_words", []))
        self.joint_lights = set(data.get("joint_lights", []))
        self.instrument_verbs = set(data.get("instrument_verbs", []))
        self.sent_classes = set(data.get("sent_classes", []))
        self.way_nouns = set(data.get("way_nouns", []))
        self.way_verb = self.verbs.get(data.get("way_verb", ""))
        self.recipient_verbs = set(data.get("recipient_verbs", []))
        self.content_types = set(data.get("content_types", []))
        self.counting_verbs = set(data.get("counting_verbs", []))
        self.verbal_types = set(data.get("verbal_types", []))
        self.spoken_types = set(data.get("spoken_types", []))
        self.light_in_verbs = set(data.get("light_in_verbs", []))
        self.light_on_verbs = set(data.get("light_on_verbs", []))
        self.onset_nouns = set(data.get("onset_nouns", []))
        self.sourceless_types = set(data.get("sourceless_types", []))
        self.addressed_types = set(data.get("addressed_types", []))
        self.purpose_target_types = set(data.get("purpose_target_types", []))
        self.stance_types = set(data.get("stance_types", []))
        self.punishing_types = set(data.get("punishing_types", []))
        self.means_preps = set(data.get("means_preps", []))
        self.demand_verbs = set(data.get("demand_verbs", []))
        self.helping_verbs = set(data.get("helping_verbs", []))
        self.water_words = set(data.get("water_words", []))
        self.carrier_verbs = set(data.get("carrier_verbs", []))
        self.growth_words = set(data.get("growth_words", []))
        self.occurrence_verbs = set(data.get("occurrence_verbs", []))
        self.ongoing_words = set(data.get("ongoing_words", []))
        self.aim_objects = set(data.get("aim_objects", []))
        self.pair_words = set(data.get("pair_words", []))
        self.feminine_nouns = set(data.get("feminine_nouns", []))
        self.masculine_nouns = set(data.get("masculine_nouns", []))
        self.state_nouns = set(data.get("state_nouns", []))
        self.own_state_nouns = set(data.get("own_state_nouns", []))
        self.described_types = set(data.get("described_types", []))
        self.compliance_verbs = set(data.get("compliance_verbs", []))
        self.resolve_nouns = set(data.get("resolve_nouns", []))
        self.part_nouns = set(data.get("part_nouns", []))
        self.command_verbs = set(data.get("command_verbs", []))
        self.populace_nouns = set(data.get("populace_nouns", []))
        self.duration_nouns = set(data.get("duration_nouns", []))
        self.refusals: dict[str, dict] = data.get("refusals", {})
        self.refusal_modals = set(data.get("refusal_modals", []))
        self.readiness_entry: dict = data.get("readiness_entry", {})
        self.empty_acts = set(data.get("empty_acts", []))
        self.purpose_acts = set(data.get("purpose_acts", []))
        self.responsibility_words = set(data.get("responsibility_words", []))
        self.head_modifiers = set(data.get("head_modifiers", []))
        self.mission_preps = set(data.get("mission_preps", []))
        self.monitoring_verbs = set(data.get("monitoring_verbs", []))
        self.watched_peace = set(data.get("watched_peace", []))
        self.failure_verbs = set(data.get("failures", {}).get("verbs", []))
        self.failure_types = set(data.get("failures", {}).get("types", []))
        self.topic_preps = set(data.get("topic_preps", []))
        self.party_classes = set(data.get("party_classes", []))
        self.user_types = set(data.get("user_types", []))
        self.occasion_preps = set(data.get("occasion_preps", []))
        self.sequence_preps = set(data.get("sequence_preps", []))
        self.reason_words = set(data.get("reason_words", []))
        self.relation_heads = set(data.get("relation_heads", []))
        self.destination_words = set(data.get("destination_words", []))
        self.participant_words = set(data.get("participant_words", []))
        self.participation_verbs = set(data.get("participation_verbs", []))
        self.activity_groups: dict[str, list[str]] = data.get("activity_groups", {})
        evaluations = data.get("evaluations", {})
        self.evaluation_verbs = set(evaluations.get("verbs", []))
        self.evaluation_words = set(evaluations.get("words", []))
        self.evaluation_entry: dict = evaluations.get("entry", {})
        demand = data.get("modal_demand", {})
        self.modal_demand: dict = {"modals": set(demand.get("modals", [])), "entry": demand.get("entry", {})}
        self.copulas = set(evaluations.get("copulas", []))
        self.verdict_verbs = set(evaluations.get("subject_verbs", []))
        self.judging_verbs = set(evaluations.get("judging_verbs", []))
        self.existentials = set(evaluations.get("existentials", []))
        self.act_nouns = set(evaluations.get("act_nouns", []))
        self.manner = {key: set(evaluations.get(key, [])) for key in
                       ("manner_preps", "manner_words", "attempt_nouns", "harm_verbs")}
        self.manner_entry: dict = evaluations.get("manner_entry", {})
        self.pointer_nouns: dict[str, list[str]] = data.get("pointer_nouns", {})
        self.pointer_types = set(data.get("pointer_types", []))
        self.continuing_types = set(data.get("continuing_types", []))
        self.open_recipient_types = set(data.get("open_recipient_types", []))
        self.open_recipient_modes = set(data.get("open_recipient_modes", []))
        self.opponent_types = set(data.get("opponent_types", []))
        self.opponent_modes = set(data.get("opponent_modes", []))
        self.armed_sectors = set(data.get("armed_sectors", []))
        self.hostile_types = set(data.get("hostile_types", []))
        self.modifier_doer_sectors = set(data.get("modifier_doer_sectors", []))
        intent = data.get("intent", {})
        self.intent = {"threat_marks": set(intent.get("threat_marks", [])),
                       "threat_modes": intent.get("threat_modes", {}),
                       "decision_verbs": set(intent.get("decision_verbs", [])),
                       "skip_types": set(intent.get("skip_types", [])),
                       "future_auxes": set(intent.get("future_auxes", [])),
                       "channel_nouns": set(intent.get("channel_nouns", []))}
        self.collective_nouns = set(data.get("collective_nouns", []))
        self.charge_verbs = set(data.get("charge_verbs", []))
        self.charge_preps = set(data.get("charge_preps", []))
        self.response_verbs = set(data.get("response_verbs", []))
        self.status = {k: set(data.get("status", {}).get(k, [])) for k in STATUS_KEYS}
        appeals = data.get("appeals", {})
        self.appeals = {k: set(appeals.get(k, [])) for k in ("content_deps", "yield_words", "demanded_types",
                                                              "stop_words", "easing_verbs", "eased_things",
                                                              "relay_verbs", "aimed_types", "aid_classes")}

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

    def object_type(self, entry: dict, obj: Token | None) -> str:
        """The type an entry codes for its object's head class where the entry has none of its own (`gave 5 million
        euros`: AID, not the first refinement's CONCEDE), else `entry_type`."""
        if "type" in entry or obj is None:
            return self.entry_type(entry)
        classes = self.classes(object_lemmas(obj, heads_only=True))
        return next((r["type"] for c, r in entry.get("by_object", {}).items() if c in classes and "type" in r),
                    self.entry_type(entry))

    @staticmethod
    def transfers(entry: dict) -> bool:
        """The direct object changes hands (`supply drones`): its owner is no target."""
        return entry.get("roles") == "transfer" or any(
            o.get("roles") == "transfer" for o in entry.get("by_object", {}).values()
        )

    def unwrap(self, token: Token) -> Token:
        """`hundreds of drones` -> drones, `a host of armoured vehicles` -> vehicles, `millions of euros
        worth of equipment` -> equipment."""
        worth = next((c for c in token.children if c.dep_ == "appos" and c.lower_ == "worth"), None)
        if worth is not None:
            token = worth
        if worth is not None or lemma(token) in self.container_nouns or token.pos_ == "NUM" or token.like_num:
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ == "of":
                    inner = next(pobjs(child), None)
                    if inner is None:  # `of` with no object (a cut or hostile text): nothing to unwrap
                        return token
                    return self.unwrap(inner) if worth is None else inner
        return token


@dataclass
class Trigger:
    """A lexicon hit: the word, the entry it matched and how."""

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
    """What the parse says of a trigger: its sources, targets and object, and how it found them."""

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
    placed: bool = False
    """The targets came from a preposition of place only (`met in Malaysia`): coordinated sources outrank them."""
    purpose: Token | None = None
    """An act the event serves whose actor the parse reads as the event's own (`provided drones for its
    attacks`): that act's actor, once the article's events are known, is the recipient."""
    moved: list[str] = field(default_factory=list)
    """Actors the act moves, the actor's own side (`took France out of the pact`): no party to it."""
    sideless: list[str] = field(default_factory=list)
    """An unnamed group of no country put aside for the article's two sides (`military commanders met`): the
    source again where the article has no such pair (`government officials agreed`)."""
    owned: list[str] = field(default_factory=list)
    """Targets a name owning the object gives (`defended Germany's decision`, `US strategy`): the state whose act
    or thing is judged, even the source's own."""
    unnamed: Token | None = None
    """The people the act is done to or aimed at that no name gives (`freed 150 child soldiers`, `surrendered to the
    authorities`): an agent noun of no actor, the recipient once the article's links give none."""
    reporter: list[str] = field(default_factory=list)
    """The speaker of the reported clause a verbal act is coordinated with, its source should the act
    otherwise judge its own actor."""
