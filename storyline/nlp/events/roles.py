"""Role finding for the events extractor: the source, target and object of one trigger, from the parse.

The subject, `by` agent, possessor or demonym is the source; an object or a recipient preposition is the target
where it is an actor and the object where it is a thing; where the parse gives none, the actors of the trigger's
own clause fill the role (`clause_fallback`). A verdict's speaker judges the actor the judged phrase names; a
motion verb's mover, or a thing on its way somewhere, is the object and its owner the actor; leaving an agreement
is aimed at its other parties. What only the article's earlier events can give is asked of `ArticleLinks`, or left
on `Roles` as a marker (`pointer`, `purpose`) for it to resolve once the document's events are known. The
targets found where the trigger's own phrases name none (a governed clause's subject, a place's state, a purpose)
are its base class, `targets.TargetFallbacks`; the roles of moving, sending and leaving its other base,
`motion.MotionRoles`.
"""

from spacy.tokens import Doc, Token

from storyline.nlp.actors import mentions_in
from storyline.nlp.events.actors import ActorReader
from storyline.nlp.events.lexicon import (
    ACT_PRONOUNS,
    CLAUSE_DEPS,
    OBJECT_DEPS,
    OWNER_DEPS,
    PASSIVE_SUBJECT_DEPS,
    PRONOUNS,
    RELATIVE_PRONOUNS,
    SUBJECT_DEPS,
    Lexicon,
    Roles,
    Trigger,
    add_new,
    has_to,
    is_passive,
    lemma,
    pobjs,
)
from storyline.nlp.events.links import ArticleLinks
from storyline.nlp.events.motion import MotionRoles
from storyline.nlp.events.targets import TargetFallbacks
from storyline.nlp.events.triggers import TriggerFinder


def elided_object(token: Token) -> Token | None:
    """The noun a possessive `own` object leaves out, the object of the verb its verb is coordinated with
    (`expelled the Cambodian ambassador and recalled its own`: ambassador); None for any other object."""
    if token.lower_ != "own" or token.dep_ not in OBJECT_DEPS or token.head.dep_ != "conj" or not any(
            c.dep_ == "poss" for c in token.children):
        return None
    return next((c for c in token.head.head.children if c.dep_ in OBJECT_DEPS and c.pos_ == "NOUN"), None)


class RoleFinder(TargetFallbacks, MotionRoles):
    """Fill a trigger's `Roles` from the parse: verbs, event nouns, verdicts and motion verbs."""

    def __init__(self, lex: Lexicon, actors: ActorReader, triggers: TriggerFinder, links: ArticleLinks,
                 clause_fallback: bool = True):
        self.lex = lex
        self.actors = actors
        self.triggers = triggers
        self.links = links
        self.clause_fallback = clause_fallback

    def verb_roles(self, doc: Doc, trigger: Trigger) -> Roles:
        verb, entry = trigger.token, trigger.entry
        roles = Roles()
        held = self.stative_subject(verb, entry)  # `X is committed to lowering tariffs`: no passive's subject
        if entry.get("roles") == "motion":  # `Chinese missiles landed in Japan's zone`
            self.mover_roles(doc, verb, entry, roles)
        else:
            roles.sources = self.actors.subject_actors(doc, verb, roles.path)
            if not roles.sources and held is not None:
                roles.sources = self.actors.actors_of(doc, held)  # a state of the subject's
                roles.path.append(f"nsubj={held.text}")
            if not roles.sources and entry.get("blocks") and is_passive(verb):
                roles.sources = self.ender(doc, verb)
                roles.path += [f"ender={a}" for a in roles.sources[:1]]
            if not roles.sources and is_passive(verb) and (
                    self.lex.sent_classes & set(entry.get("by_object", {})) or entry.get("mode") == "withdraw"):
                roles.sources = self.senders(doc, verb)  # `Russian soldiers were deployed to Armenia`: by Russia
                roles.path += [f"sender={a}" for a in roles.sources[:1]]
            roles.subject_seen = is_passive(verb) or any(  # a passive without `by` leaves its actor unsaid
                p.startswith(("nsubj=", "agent=", "charged=")) and p.split("=", 1)[1].lower() not in PRONOUNS
                for p in roles.path
            )
        transfer = self.lex.transfers(entry)
        passive = is_passive(verb) and held is None
        asks = self.lex.entry_type(entry) in self.lex.addressed_types
        sends = bool(self.lex.sent_classes & set(entry.get("by_object", {}))) or entry.get("mode") == "withdraw"
        # `sent Iranian soldiers to Russia`, `pulled Russian soldiers out of Syria`
        for child in verb.children:
            if child.dep_ in OBJECT_DEPS or (passive and child.dep_ in PASSIVE_SUBJECT_DEPS) or (
                    child.dep_ == "ccomp" and self.triggers.misread_noun(child)) or (
                    child.dep_ == "xcomp" and child.tag_ == "VBG" and entry.get("blocks") and "by_object" in entry):
                # `stopped firing`: the act stopped is the object
                self.take_argument(doc, child, roles, transfer, label=child.dep_,
                                   motion=entry.get("roles") == "motion", asks=asks, sends=sends,
                                   measures=self.lex.entry_type(entry) in self.lex.measure_types,
                                   withdraws=entry.get("mode") == "withdraw")
            elif self.triggers.predicate(child) and trigger.key.startswith("phrase ") and (
                    trigger.key.endswith(f" {lemma(child)}")):  # `let the sailors go`: its subject is let go
                for released in (c for c in child.children if c.dep_ in SUBJECT_DEPS):
                    self.take_argument(doc, released, roles, transfer, label=f"{lemma(child)}-subject",
                                       motion=entry.get("roles") == "motion", asks=asks, sends=sends)
            elif child.dep_ == "dative" and child.pos_ != "ADP":
                add_new(roles.targets, self.actors.actors_of(doc, child))
                roles.path.append(f"dative={child.text}")
        if roles.obj is None and "by_object" in entry:
            self.departure_object(verb, entry, roles)
        if roles.moved and not roles.targets and entry.get("mode") == "withdraw":
            for _, place in self.left_things(verb):  # `pulled Russian soldiers out of Syria`: the place left
                if add_new(roles.targets, self.actors.actors_of(doc, place) or self.place_states(doc, place),
                           roles.sources):
                    roles.path.append(f"left={place.text}")
                    break
        event_type = self.lex.entry_type(entry)
        particle = trigger.key.split()[-1] if trigger.key.startswith("phrase ") else None
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == particle):  # `rely on X`
            for pobj in pobjs(prep):
                if add_new(roles.targets, self.actors.actors_of(doc, pobj), roles.sources):
                    roles.path.append(f"{particle}={pobj.text}")
                elif not roles.targets and pobj.pos_ == "NOUN" and (parties := [  # `reneged on his commitment to
                        a for c in pobj.children if c.dep_ == "prep" and c.lower_ in ("to", "with", "toward")  # the
                        for p in pobjs(c) for a in self.actors.actors_of(doc, p)]):  # Zambian people`, `on an accord
                    if add_new(roles.targets, parties, roles.sources):  # with Iran`: whom the thing binds one to
                        roles.path.append(f"{particle}-{pobj.text}-party={parties[0]}")
        self.take_preps(doc, verb, roles, event_type, bool(entry.get("reciprocal")))
        if not roles.targets:
            self.content_target(doc, verb, roles, event_type)
        if not roles.targets:
            self.embedded_target(doc, verb, roles, event_type)
        if not roles.targets:
            self.pressure_target(doc, verb, roles, event_type)
        if not roles.targets:
            self.errand_target(doc, verb, roles)
        if not roles.targets:
            self.message_target(doc, verb, roles, event_type)
        if not roles.targets and transfer and roles.obj is not None and (
                takers := self.receiving_clause(doc, verb, roles)):
            roles.targets = takers  # `supplied 94% of the equipment Armenia has obtained`
            roles.path.append(f"received-by={takers[0]}")
        roles.structural = bool(roles.sources or roles.targets)
        self.clause_actors(doc, verb, roles, event_type)
        ready = [c for c in verb.children if c.dep_ == "acomp"] if trigger.key.startswith("readiness ") else []
        self.place_target(doc, [verb, roles.obj, *ready], roles, self.lex.object_type(entry, roles.obj))  # `is ready
        # to help rebuild schools in Chad`: the place of the act one is ready for, of the type its object makes it
        if entry.get("pair_fallback") and not roles.targets and roles.sources and all(
                self.actors.sideless(doc, s) for s in roles.sources):
            roles.sideless, roles.sources = roles.sources, []  # `military commanders met`: the two sides' (see
            # `ArticleLinks.two_sides`)
            roles.path.append("sideless")
        self.unnamed_undergoer(doc, [verb], roles, event_type, objects=not (sends or transfer or roles.moved),
                               mutual=bool(entry.get("reciprocal")))
        return roles

    def ender(self, doc: Doc, verb: Token) -> list[str]:
        """Who ends an act of their own a passive verb of ending tells with no doer (`blocks`): the doer its subject
        names, in its `by` phrase, its possessive or the agent of its participle (`The strike by coal workers was
        called off`, `the curfew imposed by the army was lifted`)."""
        for act in (c for c in verb.children if c.dep_ in PASSIVE_SUBJECT_DEPS and c.pos_ == "NOUN"):
            doers = [p for c in act.children if c.dep_ == "prep" and c.lower_ == "by" for p in pobjs(c)]
            doers += [c for c in act.children if c.dep_ == "poss" and c.pos_ != "PRON"]
            doers += [p for c in act.children if c.dep_ == "acl" and c.tag_ == "VBN"
                      for a in c.children if a.dep_ == "agent" for p in pobjs(a)]
            if aims := self.measure_aims(doc, act, []):  # `UN sanctions against Iran were lifted`: a measure on
                # someone else is its modifier's; not `Iran sanctions were lifted`, where it names the one hit
                doers += [c for c in act.children if c.dep_ in ("compound", "amod", "nmod")
                          and not set(self.actors.actors_of(doc, c)) & set(aims[1])]
            if found := [a for d in doers for a in self.actors.actors_of(doc, d)]:
                return found
        return []

    def noun_roles(self, doc: Doc, trigger: Trigger) -> Roles:
        noun, entry = trigger.token, trigger.entry
        roles = Roles()
        event_type = self.lex.entry_type(entry)
        for child in noun.children:
            if child.dep_ == "poss":
                add_new(roles.sources, self.actors.actors_of(doc, child))
                roles.path.append(f"poss={child.text}")
            elif child.dep_ in ("compound", "amod", "nmod"):
                found = [a for t in child.subtree for a in self.actors.actor_at(doc, t)]  # `Iran-Russia alliance`
                if not found and event_type in self.lex.hostile_types and not entry.get("compound_target"):
                    found = self.actors.modifier_doers(doc, child)  # `a pirate attack`
                if found and child.dep_ == "compound" and (
                        entry.get("compound_target") or lemma(child) in self.lex.activity_groups):
                    add_new(roles.targets, found)  # `the Ukraine invasion`, `protest crackdowns`
                    roles.path.append(f"compound-target={child.text}")
                elif found:
                    add_new(roles.sources, found)
                    roles.path.append(f"{'pair' if len(found) > 1 else child.dep_}={child.text}")
                if found and not self.actors.actor_at(doc, child) and "by_object" in entry and (
                        child.dep_ == "compound" and child.pos_ == "NOUN" and roles.obj is None):
                    roles.obj = child  # `China missile launches`: the owner acts, the thing is the object
                elif not found and child.dep_ == "compound" and child.pos_ == "NOUN" and roles.obj is None and not (
                    trigger.key == f"compound {lemma(child)} {lemma(noun)}"
                ):
                    roles.obj = child  # `weapons sales`
        if (entry.get("reciprocal") or event_type in self.lex.reciprocal_types) and len(roles.sources) > 1:
            roles.sources, roles.targets = roles.sources[:1], roles.sources[1:]
        transfer = self.lex.transfers(entry) or "by_object" in entry
        departs = event_type == "RETREAT" or entry.get("mode") in ("withdraw", "expel") or bool(
            entry.get("departs"))  # `withdrawal from X`, `an evacuation from X`: the place left, no sender
        for child in noun.children:
            word = child.lower_ if child.dep_ == "prep" else child.dep_
            if word in ("by", "agent") or (word == "from" and not departs):  # `attacks by X`, `threats from X`
                for pobj in pobjs(child):
                    add_new(roles.sources, self.actors.actors_of(doc, pobj))
                    roles.path.append(f"{word}={pobj.text}")
            elif word == "between" and entry.get("between_targets"):  # `a mediation effort between X and Y`
                if add_new(roles.targets, [a for p in pobjs(child) for a in self.actors.actors_of(doc, p)]):
                    roles.path.append(f"between={child.right_edge.text}")
            elif word == "between":
                self.take_between(doc, child, roles)
            elif word == "of":
                for pobj in pobjs(child):
                    if not roles.sources and (forces := self.moved_forces(doc, noun, pobj)):
                        roles.sources = forces  # `the deployment of Russian troops to Syria`: they move for their
                        roles.path.append(f"of-forces={pobj.text}")  # state or body, and are what moves
                        roles.obj = roles.obj if roles.obj is not None else self.lex.unwrap(pobj)
                        continue
                    self.take_argument(doc, pobj, roles, transfer, label="of")
                    for agent in (c for c in pobj.children if c.dep_ == "prep" and c.lower_ == "by"):
                        for doer in pobjs(agent):  # `the removal of a Chilean envoy by Lima`: the parse hangs
                            if not roles.sources and add_new(roles.sources, self.actors.actors_of(doc, doer),
                                                             roles.targets):  # the agent on the object
                                roles.path.append(f"of-by={doer.text}")
        if not roles.sources and noun.dep_ == "pobj" and noun.head.lower_ in self.lex.means_preps and (
                noun.head.head.pos_ == "VERB") and (doers := [a for a in self.actors.subject_actors(
                    doc, noun.head.head, []) if a not in roles.targets]):
            roles.sources = doers  # `reinforced its commitment with a contribution of 56 million euros`: the
            roles.path.append(f"means-of={doers[0]}")  # verb's subject does what it does it with
        if not roles.sources and (doers := self.hung_agent(doc, noun)):
            roles.sources = doers  # `protested the detention of its citizens by Belarus`: the parse hangs the
            roles.path.append(f"verb-by={doers[0]}")  # noun's agent on the verb whose object it is
        if not roles.sources and (user := self.links.instrument_user(noun)):  # `drones supplied to X, used in attacks`
            roles.sources = [user]
            roles.path.append(f"user={user}")
        if noun.dep_ in SUBJECT_DEPS and not roles.sources:  # `the arms trade between X and Y grows`, `talks
            # are underway between X and Y` (the complement's phrase)
            said = [noun.head, *(c for c in noun.head.children if c.dep_ == "acomp")]
            for prep in (c for h in said for c in h.children):
                if prep.dep_ == "prep" and prep.lower_ == "between":
                    self.take_between(doc, prep, roles)
        outer = noun.head.head if noun.dep_ == "pobj" and lemma(noun.head.head) in self.lex.container_nouns else noun
        receiver = outer.head if outer.dep_ in OBJECT_DEPS and trigger.light is None else None
        if receiver is not None and lemma(receiver) in self.lex.recipient_verbs:  # `Iran needed Russia's help`
            if add_new(roles.targets, self.actors.subject_actors(doc, receiver, roles.path), roles.sources):
                roles.path.append(f"recipient-of={receiver.text}")
        self.take_preps(doc, noun, roles, event_type)
        grown = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "in" and lemma(
            noun.head.head) in self.lex.growth_nouns else None  # `an increase in aid to Liberia`: the recipient the
        if grown is not None and not roles.targets:  # parse hangs on the growth noun
            self.take_preps(doc, grown, roles, event_type)
        if not roles.sources and trigger.light is None and event_type in self.lex.reciprocal_types and (
                noun.dep_ == "pobj") and noun.head.lower_ in self.lex.sequence_preps | self.lex.occasion_preps and (
                noun.head.lower_ != "in") and (  # `took part in talks with X`: the light verb's subject
                noun.head.head.pos_ == "VERB") and (met := [a for c in noun.children if c.dep_ == "prep" and
                                                    c.lower_ == "with" for p in pobjs(c)
                                                    for a in self.actors.actors_of(doc, p)]) and (
                partners := [a for a in self.actors.subject_actors(doc, noun.head.head, []) if a not in met]):
            roles.sources, roles.targets = met, partners  # `After a meeting with Pelosi in Tokyo, Kishida said`:
            roles.path.append(f"partner={partners[0]}")  # the one named met the one the clause is about (not the
            # venue's state), the one met with first, as a visitor
        if not roles.targets and event_type in self.lex.content_types:
            self.content_target(doc, noun, roles, event_type)
        if not roles.targets and event_type == "ASSAULT":
            self.accuser_target(doc, noun, roles)
        roles.structural = bool(roles.sources or roles.targets)
        light = trigger.light
        if light is not None:
            roles.path.insert(0, f"light={light.lemma_}")
            pronoun_owner = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)
            commands = lemma(light) in self.lex.command_verbs  # `ordered patrols by police`: who orders acts
            if not roles.sources or pronoun_owner or commands:  # `Iran and Russia expand their partnership`
                said = self.actors.subject_actors(doc, light, roles.path)
                if not roles.sources and event_type in self.lex.content_types and said and (
                        roles.targets == said[:1]) and any(p.startswith(("acl-subject=", "ccomp-subject="))
                                                           for p in roles.path):
                    roles.targets = []  # `put out a warning that it would accept no putsch`: the speaker's word
                    # about itself, not its recipient
                subjects = [a for a in said if a not in roles.targets]
                if commands and subjects:
                    add_new(roles.moved, [a for a in roles.sources if a not in subjects])  # those ordered to do it
                roles.sources = subjects or roles.sources
            if not roles.sources and (actor := self.links.acting_subject(doc, light)):
                roles.sources = [actor]  # `the firing of missiles sent a warning to Japan`
                roles.path.append(f"act-subject={actor}")
            for child in light.children:
                other_object = child.dep_ in OBJECT_DEPS and child not in (noun, *noun.conjuncts)
                if child.dep_ == "dative" or other_object or child == self.triggers.misread_infinitive(noun):
                    if add_new(roles.targets, self.actors.actors_of(doc, child)):
                        roles.path.append(f"{child.dep_}={child.text}")
            self.take_preps(doc, light, roles, event_type)
        self.clause_actors(doc, light if light is not None else noun, roles, event_type, noun)
        wrapper = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None  # `declared a state
        # of emergency in Diyarbakir`; the act a light verb's to-clause is the purpose of (`arrived in Chad to join the
        # peacekeeping mission`: where they came to do it)
        purposed = light.head if light is not None and light.dep_ in ("xcomp", "advcl") and has_to(light) else None
        self.place_target(doc, [noun, light, roles.obj, wrapper, purposed, grown], roles, event_type)
        self.unnamed_undergoer(doc, [noun, light], roles, event_type)
        return roles

    def receiving_clause(self, doc: Doc, verb: Token, roles: Roles) -> list[str]:
        """The subject of a relative clause of receiving on the thing handed over, or on its `of` phrase (`supplied
        the drones Iran received`), or of a receiving verb with no object of its own the parse makes the verb's
        conjunct (`supplied 94% of the military equipment Armenia has obtained`): who gets it."""
        obj = roles.obj
        things = [obj, *(p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for p in pobjs(c))]
        clauses = [c for t in things for c in t.children if c.dep_ == "relcl"] + [
            c for c in verb.children if c.dep_ == "conj" and not any(o.dep_ in OBJECT_DEPS for o in c.children)]
        for clause in (c for c in clauses if lemma(c) in self.lex.recipient_verbs and not is_passive(c)):
            for subject in (c for c in clause.children if c.dep_ in SUBJECT_DEPS):
                if found := [a for a in self.actors.actors_of(doc, subject) if a not in roles.sources]:
                    return found
        return []

    def hung_agent(self, doc: Doc, noun: Token) -> list[str]:
        """The actors of a `by` phrase on the active verb an event noun is the direct object of, after the noun
        (`protested the detention of its citizens by Belarus`): the parse's place for the noun's own agent."""
        verb = noun.head
        if noun.dep_ != "dobj" or is_passive(verb):
            return []
        return [a for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "by" and prep.i > noun.i
                for p in pobjs(prep) for a in self.actors.actors_of(doc, p)]

    def moved_forces(self, doc: Doc, noun: Token, pobj: Token) -> list[str]:
        """The owners of armed forces a noun of their moving (`movement_nouns` in agents.yaml: `the deployment of
        NATO peacekeeping troops`) puts in its `of` phrase: the ones acting."""
        agents = self.actors.agents
        if agents is None or lemma(noun) not in agents.movement_nouns or agents.sectors.get(pobj.lower_) != "MIL":
            return []
        return self.actors.actors_of(doc, pobj)

    def verdict_roles(self, doc: Doc, trigger: Trigger) -> Roles:
        """The speaker judges; the actor the judged phrase names or owns is judged, else the actor of the act
        the phrase points back to (`the visit constitutes an interference`)."""
        roles = Roles()
        token = trigger.token
        if trigger.key.startswith("existential"):
            token = next(c for c in token.children if c.dep_ == "attr")
        judged = self.triggers.judged(token)
        if judged is None and trigger.key.startswith("verdict"):  # `chose to overreact and use it as a pretext`
            roles.targets = self.actors.subject_actors(doc, token, roles.path)
        elif judged is not None and judged.lower_ in ACT_PRONOUNS:  # `it's fundamentally irresponsible`
            roles.pointer = judged
            roles.path.append(f"{judged.dep_}={judged.text}")
        elif judged is not None and judged.pos_ != "PRON":
            roles.targets = (self.actors.owner_actors(doc, judged) if judged == trigger.token
                             else self.actors.actors_of(doc, judged) or self.actors.owner_actors(doc, judged))
            roles.path.append(f"{judged.dep_}={judged.text}")
            roles.pointer = None if roles.targets or judged == trigger.token else judged
        if speaker := self.actors.reported_by(doc, trigger.token):
            roles.sources = [speaker]
            roles.path.append("speaker")
        roles.structural = bool(roles.targets)
        return roles

    def take_between(self, doc: Doc, prep: Token, roles: Roles) -> None:
        """`ties between Paris and Rome`: the first is the source, the second the target."""
        pair = [a for p in pobjs(prep) for a in self.actors.actors_of(doc, p)]
        if len(pair) > 1 and not roles.sources:
            roles.sources, roles.targets = pair[:1], pair[1:2]
            roles.path.append(f"between={prep.right_edge.text}")

    def take_argument(self, doc: Doc, token: Token, roles: Roles, transfer: bool, label: str,
                      motion: bool = False, asks: bool = False, sends: bool = False, measures: bool = False,
                      withdraws: bool = False) -> None:
        """An actor is the target; a thing is the object, and its owner the target unless it changes hands.
        The source's own things (`withdrew its troops`) are objects, and so are its own forces a verb of sending
        sends (`sent Iranian soldiers to Russia`: what moves, the recipient in the `to` phrase); a relative
        pronoun stands for its noun (`evidence that Greece is showing`)."""
        if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
            token = token.head.head
        elif token.lower_ in RELATIVE_PRONOUNS and (noun := self.interrupted_antecedent(token)) is not None:
            token = noun
        token = self.lex.unwrap(token)
        roles.path.append(f"{label}={token.text}")
        if roles.obj is None and (fellow := elided_object(token)) is not None:
            roles.obj = fellow  # `expelled the Cambodian ambassador and recalled its own`: its own ambassador, whose
            roles.path[-1] = f"{label}-own={fellow.text}"  # owner is the source, no recipient
            return
        if sends and roles.obj is None and (forces := self.sent_forces(doc, token, roles.sources, withdraws)):
            roles.obj = token
            add_new(roles.moved, forces)
            roles.path[-1] = f"{label}-sent={token.text}"
            return
        if add_new(roles.targets, self.actors.actors_of(doc, token), roles.sources):
            return
        first = roles.obj is None  # a mover is already the object: `jets crossing the Strait's median line`
        if first:
            roles.obj = token
        if first and measures and not transfer and (aimed := self.measure_aims(doc, token, roles.sources)):
            add_new(roles.targets, aimed[1], roles.sources)  # `eased U.S. sanctions against Cuba`: the one a
            roles.path.append(aimed[0])  # measure is put on, not its owner who imposed it (only for acts on the
            return  # measure: a stance on it is aimed at its owner, `criticized U.S. sanctions on Cuba`)
        if first and "border" in self.lex.classes([lemma(token)]) and (neighbours := [
                (p, a) for prep in (*token.children, *(token.head.children if token.dep_ in OBJECT_DEPS else ()))
                if prep.dep_ == "prep" and prep.lower_ == "with" for p in pobjs(prep)
                for a in self.actors.actors_of(doc, p)]) and add_new(roles.targets, [a for _, a in neighbours],
                                                                     roles.sources):
            roles.path.append(f"with={neighbours[0][0].text}")  # `closed Venezuela's borders with Brazil and
            return  # Colombia`: the neighbours it shuts out, not the owner of the border
        if not transfer and (first or motion):
            owners = add_new(roles.targets, self.actors.owner_actors(doc, token), roles.sources)
            if first and owners and any(c.dep_ in ("poss", "compound") and c.pos_ == "PROPN" for c in token.children):
                roles.owned = owners  # `defended Germany's decision`: named, not `its decision`
            if first and not roles.targets and token.pos_ == "NOUN":  # `hacked the computers of South Korean officers`,
                # `attacked a camp for Congolese refugees`
                for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "for")):
                    if add_new(roles.targets, [a for p in pobjs(prep) for a in self.actors.actors_of(doc, p)],
                               roles.sources):
                        roles.path.append(f"{prep.lower_}={token.text}")
        if first and not roles.targets and (self.lex.party_classes | {"yield"}) & set(self.lex.classes([lemma(token)])):
            for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "with"):
                if add_new(roles.targets, [a for p in pobjs(prep) for a in self.actors.actors_of(doc, p)],
                           roles.sources):  # `demanded a truce with Moslem forces`: the other party to it
                    roles.path.append(f"with={token.text}")
        if first and not roles.targets and (asks or {"request", "verbal"} & set(self.lex.classes([lemma(token)]))):
            for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in ("from", "by")):
                if add_new(roles.targets, [a for p in pobjs(prep) for a in self.actors.actors_of(doc, p)],
                           roles.sources):  # `accepted demands from the rebels`: whose word it is; `demanded an
                    # admission by Moscow`: who is asked
                    roles.path.append(f"{prep.lower_}={token.text}")
        if first and not roles.targets and not transfer and token.pos_ == "NOUN":
            for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "by"):
                if add_new(roles.targets, [a for p in pobjs(prep) for a in self.actors.actors_of(doc, p)],
                           roles.sources):  # `praised the trip by the Kenyan trade minister`: whose act
                    roles.path.append(f"by={token.text}")

    def interrupted_antecedent(self, pronoun: Token) -> Token | None:
        """The noun a relative pronoun stands for where an attribution interrupts the two and the parse hangs the
        relative clause on it (`included about 450 drones, officials said, which the Russians have used`): the noun
        just before the attribution."""
        clause = pronoun.head
        said = clause.head
        if clause.dep_ != "ccomp" or lemma(said) not in self.lex.speech_verbs or not (
                0 < said.i < pronoun.i and pronoun.doc[pronoun.i - 1].dep_ == "punct"):
            return None
        attribution = {said.i, *(t.i for c in said.children if c.dep_ in (*SUBJECT_DEPS, "punct") and c.i < pronoun.i
                                 for t in c.subtree)}  # `, officials said,`
        i = pronoun.i - 1
        while i > 0 and i in attribution:
            i -= 1
        noun = pronoun.doc[i]
        return noun if noun.pos_ == "NOUN" and noun.i < said.i else None

    def take_preps(self, doc: Doc, head: Token, roles: Roles, event_type: str, mutual: bool = False) -> None:
        """Recipients in the type's prepositions (`to Russia`, `on Iran`, `support to Iran's army`), then,
        where none, places (`around Taiwan`, `in Ukraine`); a thing after `with`/`of` is the object
        (`provide X with drones`). The object's own `against`/`on` phrase counts (`sanctions on Iran`). A mutual
        act's `with` names the other side (`Thai troops clashed with Cambodian troops`), not an instrument."""
        preps = self.lex.preps_for(event_type) | ({"with"} if mutual else set())
        locative = event_type in self.lex.locative_types
        children = list(head.children)
        if roles.obj is not None and head in roles.obj.ancestors:
            # `rage against the government`, `launch of missiles around Taiwan`, `billions worth of equipment
            # from Russia`: the object's phrase, up to the trigger
            node = roles.obj
            while node != head:
                children += [c for c in node.children if c.dep_ == "prep" and c.lower_ != "of" and (
                    c.lower_ in self.lex.aim_preps or locative or c.lower_ not in self.lex.locative_preps)]
                node = node.head
        targeted = bool(roles.targets)  # the first recipient named stands alone (objects still count)
        for places in (False, True):
            if places and targeted:
                break
            for child in children:
                if child.dep_ == "prep" and (inner := self.regarding(child)) is not None:
                    child = inner  # `curbs placed in relation to X`: the phrase's own preposition names whom
                elif child.dep_ not in ("prep", "dative") or child.lower_ not in preps:
                    continue
                if (child.lower_ in self.lex.locative_preps) != places:
                    continue
                for pobj in list(pobjs(child)) or self.raised_objects(child):
                    actors = self.actors.actors_of(doc, pobj) or [
                        a for t in (pobj, *pobj.conjuncts) for a in self.actors.owner_actors(doc, t)]  # `against
                    # Iranian firms and Chinese banks`: each conjunct's owner
                    if actors:
                        if not targeted and add_new(roles.targets, actors, roles.sources):
                            roles.path.append(f"{child.lower_}={pobj.text}")
                            targeted = True
                            roles.placed = places
                        elif child.lower_ == "for" and self.links.pointed_types(pobj) and roles.purpose is None:
                            roles.purpose = pobj  # `for its attacks`: whose attacks the article tells
                            roles.path.append(f"for-act={pobj.text}")
                    elif roles.obj is None and child.lower_ in ("with", "of"):
                        roles.obj = self.lex.unwrap(pobj)
                        roles.path.append(f"{child.lower_}={pobj.text}")

    @staticmethod
    def stative_subject(verb: Token, entry: dict) -> Token | None:
        """The subject of a participle that tells its state, not an act done to it (`stative` entries: `is committed
        to talks`), where the parser read it as a passive's with no `by` agent; else None."""
        if not entry.get("stative") or any(c.dep_ == "agent" for c in verb.children):
            return None
        return next((c for c in verb.children if c.dep_ in PASSIVE_SUBJECT_DEPS), None)

    def regarding(self, prep: Token) -> Token | None:
        """The inner preposition of a phrase that names whom an act concerns (`in relation to X`, `with regard to
        Iran`, `in respect of Syria`: `regarding_nouns`), else None."""
        if prep.lower_ not in ("in", "with"):
            return None
        return next((c for p in pobjs(prep) if lemma(p) in self.lex.regarding_nouns
                     for c in p.children if c.dep_ == "prep" and c.lower_ in ("to", "of")), None)

    @staticmethod
    def raised_objects(prep: Token) -> list[Token]:
        """The object a preposition left without one shares with the conjunct after it (`established ties with and
        opened an embassy in Tehran`: with Tehran): the first object of a preposition after the conjunction that
        follows it, in its sentence."""
        doc = prep.doc
        if prep.i + 1 >= len(doc) or doc[prep.i + 1].pos_ != "CCONJ":
            return []
        return next(([t] for t in doc[prep.i + 2: prep.sent.end] if t.dep_ == "pobj"), [])

    def no_doers(self, noun: Token) -> set[int]:
        """Words before a hostile act noun that cannot name its doer: the object of the verb it is told under
        (`gunmen shot 12 guards in raids on the town`: the guards are the harmed; not a verb of charging, whose
        object is the doer), and that verb's subject where the noun is the reason or the answer it acts on (`cut aid
        due to the fighting`, `imposed sanctions in response to the bombing`: another's act)."""
        if noun.pos_ != "NOUN":
            return set()
        path: list[Token] = []
        verb = None
        for node in noun.ancestors:
            if node.pos_ in ("VERB", "AUX"):
                verb = node
                break
            path.append(node)
        if verb is None or lemma(verb) in self.lex.charge_verbs:
            return set()  # `blamed the rebels for the attack`: the one charged is its doer
        out = {t.i for c in verb.children if c.dep_ in OBJECT_DEPS and noun not in c.subtree for t in c.subtree}
        if any(t.lower_ in self.lex.reason_words for t in path):
            out |= {t.i for c in verb.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}
        return out

    def clause_actors(self, doc: Doc, head: Token, roles: Roles, event_type: str, noun: Token | None = None) -> None:
        """Fallback for empty roles: the nearest actor of the trigger's own clause before it (source) or
        after it (target). Nested clauses, owners of the object (`Iranian drones`) and actors in a
        preposition that is no recipient (`a complaint with the Council`), of the verb or of the meeting a light
        verb carries (`called a meeting at the presidential villa`: the venue), do not count."""
        if not self.clause_fallback or (roles.sources and roles.targets):
            return
        clause = head
        while clause.dep_ not in CLAUSE_DEPS and clause.dep_ != "ROOT" and clause.head != clause:
            clause = clause.head
        inside = {t.i for t in clause.subtree}
        for child in clause.children:
            if child.dep_ in (*CLAUSE_DEPS, "npadvmod") and head not in child.subtree:  # not `Japan time`
                inside -= {t.i for t in child.subtree}
        for rel in (t for t in clause.subtree if t.dep_ == "relcl" and head not in t.subtree and any(
                c.lower_ in ("where", "when", "whereby") for c in t.children)):
            inside -= {t.i for t in rel.subtree}  # `a curfew in parts of the province, where troops are battling
            # militants`: what happens at the place or time, not the trigger's parties
        for judged in (t for t in clause.subtree if t.dep_ in ("pcomp", "advcl", "relcl", "ccomp") and head not in
                       t.subtree and t.left_edge.lower_ == "what"):  # `struck a hospital, in what the mayor called a
            inside -= {t.i for t in judged.subtree}  # war crime`: who names the act is no party to it
        if roles.obj is not None:
            inside -= {c.i for c in roles.obj.children if c.dep_ in OWNER_DEPS}
        for related in (t for t in clause.subtree if t.pos_ == "NOUN" and lemma(t) in self.lex.relation_heads):
            inside -= {t.i for c in related.children if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of")
                       for t in c.subtree}  # `Iran's militia ally`: the other party, no party to the act
        for bound in (t for t in clause.subtree if t.lower_ in self.lex.destination_words and t.dep_ == "amod"):
            inside -= {t.i for t in bound.subtree}  # `shot at a Moscow-bound train`: where it was going, no party
        for said in (t for t in clause.subtree if t.dep_ in CLAUSE_DEPS and head not in t.subtree and (
                lemma(t) in self.lex.speech_verbs)):  # `protest the incident which officials said occurred`: who
            inside -= {t.i for c in said.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}  # tells is no party
        if noun is not None and noun.dep_ in OBJECT_DEPS and lemma(noun.head) in self.lex.answering_verbs:
            for content in (c for c in noun.children if c.dep_ == "acl" and has_to(c)):
                inside -= {t.i for t in content.subtree}  # `turned down a Swiss offer to hold talks between the Serbs
                # and the Kosovars`: the content names its own parties, not whom the offer was made to
        for named in (c for c in (noun or head).children if c.dep_ == "appos"):  # `launched an operation, Operation
            inside -= {t.i for t in named.subtree}  # Rah-e-Nijat, against X`: the act's own name
        venues = noun.children if noun is not None and noun != head and event_type in self.lex.reciprocal_types else ()
        for prep in (*head.children, *venues):
            if prep.dep_ == "prep" and prep.lower_ not in self.lex.preps_for(event_type):
                inside -= {t.i for t in prep.subtree}
        found: list[tuple[int, str]] = []
        used = {*roles.sources, *roles.targets, *roles.moved}
        clause_mentions = mentions_in(doc, clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge))
        taken = [(m["start"], m["end"]) for m in clause_mentions if m["actor"] in used]
        for m in clause_mentions:
            span = doc.char_span(m["start"], m["end"], alignment_mode="expand")
            if span is not None and span.root.i in inside and not any(
                    s <= m["start"] and m["end"] <= e and m["actor"] not in used for s, e in taken):
                found.append((span.root.i, m["actor"]))  # not `Burundian` inside the source `Burundian militiamen`
        doerless = self.no_doers(head) if event_type in self.lex.hostile_types else set()
        before = [(i, a) for i, a in found if i < head.i and a not in used and i not in doerless]
        sequel = head.dep_ == "pobj" and head.head.lower_ in self.lex.sequence_preps  # `following the invasions of X`
        if not roles.sources and before and not roles.subject_seen and not sequel:
            last, actor = before[-1]  # with the subjects coordinated with it (`EU and UN hand over supplies`)
            node = doc[last].head if doc[last].dep_ == "conj" else doc[last]
            while node.dep_ == "conj":
                node = node.head
            pair = self.actors.actors_of(doc, node)
            errand = (head.head.head,) if head.dep_ == "pobj" and head.head.lower_ == "for" else ()  # `came to
            # Geneva for talks`: the talks are those who came for them
            own = self.actors.in_subject(node) and self.actors.subject_head(node) in (head, head.head, *errand)  # the
            # trigger's own verb's subject, not `ties between X and Y` nor the subject of a verb it is put under
            roles.sources = [a for a in pair if a not in used and any(a == b for _, b in before)] \
                if actor in pair and own else [actor]
            if own and actor not in pair and len(pair) > 1:  # `Thai and Lao officials`: one mention, each
                roles.sources = [a for a in pair if a not in used]  # state's people (`ActorReader.sides_of`)
            roles.path.append("clause-source")
            roles.fallback.add("source")
            used.update(roles.sources)
        after = [(i, a) for i, a in found if i > head.i and a not in used]
        if not roles.targets and after and roles.purpose is None:
            first, actor = after[0]  # with the actors coordinated with it (`against both Libya and Iraq`)
            roles.targets = [actor, *(a for a in self.actors.actors_of(doc, doc[first]) if a not in used
                                      and a != actor and any(a == b for _, b in after))]
            roles.path.append("clause-target")
            roles.fallback.add("target")
