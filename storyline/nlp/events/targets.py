"""Targets where a trigger's own phrases name none, as the events extractor reads them: a base of `RoleFinder`.

Where the object and the recipient prepositions give no target, the act's surroundings may: the subject of the
clause it governs (`content_target`), what an act of one's own that words are about is aimed at (`embedded_target`),
who presses where one refuses (`pressure_target`), where people sent on an errand go (`errand_target`), where a
message told with words goes (`message_target`), the accuser of attacks one side is accused of (`accuser_target`),
and, last, the state of the place the act is done in or the purpose it serves (`place_target`), or, for an attack
whose doer no one names, the place's state as its source (`place_source`); after all of these, the people the act is
done to whom no name gives (`unnamed_undergoer`), resolved once the article's own recipients are known. The questions
they ask back (`self.actors`, `self.lex`) are `RoleFinder`'s.
"""

from spacy.tokens import Doc, Token

from storyline.nlp.actors import entity_at, local_actor
from storyline.nlp.events.actors import ActorReader, state_of
from storyline.nlp.events.lexicon import (
    OBJECT_DEPS,
    PASSIVE_SUBJECT_DEPS,
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
    prep_objects,
)


class TargetFallbacks:
    """Targets (and a placed source) the parse's own phrases do not give; the base of `RoleFinder`, whose lexicon
    and actor reader it asks."""

    lex: Lexicon
    actors: ActorReader

    def measure_aims(self, doc: Doc, thing: Token, sources: list[str]) -> tuple[str, list[str]] | None:
        """The actors a measure acted on is put on (`measure_classes`: sanctions, restrictions), named by its own
        `on`/`against` phrase, with that preposition (`eased U.S. sanctions against Cuba`: Cuba, not the owner the
        modifier names, who imposed them), with the path step; None where the thing is no measure or the phrase
        names no actor."""
        if thing.pos_ != "NOUN" or not self.lex.measure_classes & set(self.lex.classes([lemma(thing)])):
            return None
        for prep in (c for c in thing.children if c.dep_ == "prep" and c.lower_ in self.lex.measure_preps):
            for pobj in pobjs(prep):
                if actors := [a for a in self.actors.actors_of(doc, pobj) if a not in sources]:
                    return f"{prep.lower_}={pobj.text}", actors
        return None

    def place_target(self, doc: Doc, heads: list[Token | None], roles: Roles, event_type: str) -> None:
        """Last resort for acts done in a place (`lifted the state of emergency in northern Iraq`, `aid
        deliveries to Gaza`, `troops from Lebanon`): the state a place phrase of the trigger, its light verb or
        its object names, itself or one level down (`the town of X in southeastern Turkey`), the actor's own
        state too (a curfew imposed at home is aimed at its place, as PLOVER codes it); not for words, whose
        place is where they are said."""
        if roles.targets:
            return
        if event_type in self.lex.purpose_types and self.purpose_target(doc, heads, roles):
            return
        agents = self.actors.agents
        forced = agents is not None and event_type in agents.purpose_object_types  # its place first, then whom it is
        if event_type not in self.lex.place_types:  # meant for (`imposed a curfew in Kashmir to stop protests`)
            if forced:
                self.purpose_object(doc, heads, roles)
            return
        heads = [h for h in heads if h is not None]
        purposes = self.purposes(heads)  # `gave euros to promote development in Ethiopia`, `provided money for
        # assistance in northern Iraq`, `mobilized reservists for a war against Iraq`: where the act is meant to
        # take effect, after its own words
        aimed = self.lex.aim_preps if event_type in self.lex.locative_types else set()  # `attacks against
        # targets in Kirkuk`, `an operation against fighters in Syria`: the place of what the act is aimed at
        for head in heads + purposes:
            preps = self.lex.place_preps | aimed | ({"against"} if head in purposes else set())
            for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in preps):
                for pobj in pobjs(prep):
                    if found := [s for s in self.place_states(doc, pobj)
                                 if not self.at_home(doc, roles.sources, s) or self.domestic(doc, pobj, s, event_type)]:
                        add_new(roles.targets, found)
                        if roles.targets:
                            roles.path.append(f"place-{prep.lower_}={pobj.text}")
                            roles.placed = True
                            return
        if forced:
            self.purpose_object(doc, heads, roles)

    def unnamed_undergoer(self, doc: Doc, heads: list[Token | None], roles: Roles, event_type: str,
                          objects: bool = True, mutual: bool = False) -> None:
        """Kept for last (`Roles.unnamed`), where nothing names a recipient: the people the act is done to or aimed at
        whom the agent table knows but no name gives, as the object or in a recipient preposition of the trigger or
        its light verb (`freed 150 child soldiers`, `surrendered to the authorities`, `a blockade against the
        truckers`); not in a preposition of place, nor the object of a sending or a show of force (`mobilized
        5,000 troops`: one's own, `objects` False); a mutual act's `with` names the other side (`clashed with
        police`)."""
        if roles.targets:  # `support the police, the courts and other security agencies`: each coordinated with one
            firsts = {t for h in heads if h is not None for t in h.subtree  # named, wherever the parse read it
                      if t.dep_ != "conj" and t.conjuncts and t.pos_ in ("NOUN", "PROPN")}
            self.unnamed_conjuncts(doc, sorted(firsts, key=lambda t: t.i), roles)
            return
        objects = objects and event_type != "MOBILIZE"
        places = self.lex.locative_preps - (set() if event_type in self.lex.locative_types else self.lex.aim_preps)
        preps = self.lex.preps_for(event_type) - places | {"between"} | ({"with"} if mutual else set())
        # `an investigation into its staff`: no place; `ended mediation between two militias`: the parties to it
        things = [roles.obj] if roles.obj is not None and roles.obj.head in heads else []  # `ended talks with the
        # rebels`: the object's own phrase
        for head in (h for h in heads + things if h is not None):
            found = [c for c in head.children if objects and c.dep_ in OBJECT_DEPS and head not in things] + [
                p for c in head.children if c.dep_ in ("prep", "dative") and c.lower_ in preps for p in pobjs(c)]
            if people := next((t for t in found if t not in heads and self.actors.unnamed_people(doc, t)), None):
                roles.unnamed = people
                return

    def unnamed_conjuncts(self, doc: Doc, found: list[Token], roles: Roles) -> None:
        """People no name gives coordinated with a recipient that is named (`attacked soldiers and Kenyan police`):
        recipients too, each its own group."""
        for phrase in (t for t in found if set(self.actors.actors_of(doc, t)) & set(roles.targets)):
            for people in (t for t in (phrase, *phrase.conjuncts) if self.actors.unnamed_people(doc, t)):
                if (group := self.actors.unnamed_group(doc, people)) and add_new(roles.targets, [group], roles.sources):
                    roles.path.append(f"unnamed={people.text}")

    def place_source(self, doc: Doc, trigger: Trigger, event_type: str) -> list[str]:
        """Last resort for an attack whose doer no one names, told by the thing that did it (`a roadside bombing
        near the town of Samarra killed a soldier`): the state of the place the thing's phrase gives, as event data
        codes an unknown attacker (PLOVER GSR: the place's country); not for a noun event (`the clashes in Surin`:
        the article's sides)."""
        agents = self.actors.agents
        if agents is None or trigger.noun or event_type not in agents.placed_source_types:
            return []
        things = [c for c in trigger.token.children if c.dep_ in SUBJECT_DEPS and c.pos_ == "NOUN"
                  and not self.actors.actor_at(doc, c)]
        for thing in things:
            for prep in (c for c in thing.children if c.dep_ == "prep" and c.lower_ in ("near", "in", "at")):
                for pobj in pobjs(prep):
                    if len(states := self.place_states(doc, pobj)) == 1:
                        return states
        return []

    def captor_source(self, doc: Doc, trigger: Trigger, entry: dict) -> list[str]:
        """Last resort for a release told in the passive with no one named who releases (`captors`: `two citizens
        held by the government in Libya were released`, `fishermen held captive in Libya have been freed`,
        `prisoners were released in Tripoli`): the `by` phrase of a verb of holding on the released, else the one
        state of the place they were held or freed in, other than the released ones' own."""
        token = trigger.token
        if trigger.noun or entry.get("mode") not in self.lex.captor_modes or any(
                c.dep_ == "agent" for c in token.children):
            return []
        patients = [c for c in token.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
        misread = [] if patients or not is_passive(token) else [  # `sailors held captive in X have been freed`, the
            h for h in ([token.head] if token.dep_ in ("conj", "advcl") else []) + [  # holding read as a verb of its
                c for c in token.children if c.dep_ == "ccomp"]  # own, beside the release or under it
            if lemma(h) in self.lex.captor_verbs and any(c.dep_ in SUBJECT_DEPS for c in h.children)][:1]
        patients += [c for h in misread for c in h.children if c.dep_ in SUBJECT_DEPS]
        if not patients:
            return []
        released = {a for p in patients for a in self.actors.actors_of(doc, p)}
        own = {state_of(doc, a) for a in released} | released
        holds = misread + [c for p in patients for c in p.children
                           if c.dep_ in ("acl", "relcl") and lemma(c) in self.lex.captor_verbs]
        for agent in (c for hold in holds for c in hold.children if c.dep_ == "agent"):
            for pobj in pobjs(agent):
                if found := [a for a in self.actors.actors_of(doc, pobj) if a not in released]:
                    return found[:1]  # `held by the government in Libya`
        for head in [*holds, token]:
            for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("in", "from")):
                for pobj in pobjs(prep):  # `held captive in Libya`, `released from captivity in Libya`
                    states = self.place_states(doc, pobj)
                    if len(states) == 1 and states[0] not in own:
                        return states
        return []

    def sent_out_states(self, doc: Doc, trigger: Trigger, entry: dict, roles: Roles) -> list[str]:
        """The states people are sent back to where an expulsion names them after `from` and no state of the people
        sent out (`expelled envoys of Chile, Peru and Spain`: each of the three), where the people are no
        state's group (or the phrase lists several states): empty for anything else."""
        if trigger.noun or entry.get("mode") not in self.lex.expel_modes or any(
                (local_actor(doc, t) or {}).get("kind") != "group" for t in roles.targets):
            return []
        heads = [trigger.token, *(c for c in trigger.token.children if c.dep_ in OBJECT_DEPS)]
        states = set(self.actors.places.values())
        found = [a for _, p in prep_objects(heads, ("from",)) for t in (p, *p.conjuncts)
                 for a in self.named_states(doc, t) if a in states and a not in roles.sources]
        found = list(dict.fromkeys(found))
        if not found or (len(found) == 1 and any((local_actor(doc, t) or {}).get("country") for t in roles.targets)):
            return []
        return found

    def named_states(self, doc: Doc, token: Token) -> list[str]:
        """The states a name stands for, also where a group's mention holds it (`diplomats from Poland`)."""
        span = entity_at(doc, token)
        named = self.actors.places.get(span.text if span is not None else token.text)
        return [named] if named else self.actors.actor_at(doc, token)

    @staticmethod
    def at_home(doc: Doc, sources: list[str], state: str) -> bool:
        """The state is a source, or the one every source (a person or a country) belongs to."""
        return state in sources or bool(sources) and all(
            state_of(doc, s) == state and (local_actor(doc, s) or {}).get("kind") in ("person", "country")
            for s in sources)

    def domestic(self, doc: Doc, pobj: Token, state: str, event_type: str) -> bool:
        """An act done at home whose place a name gives (`ordered a curfew in the city of Puno`), not a pronoun
        or a description (`in its neighbour`, `to the island`): aimed at that place, the actor's own state."""
        agents = self.actors.agents
        return agents is not None and event_type in agents.domestic_types and any(
            t.pos_ == "PROPN" and state in self.actors.actor_at(doc, t) for t in pobj.subtree)

    @staticmethod
    def purposes(heads: list[Token]) -> list[Token]:
        """The purpose an act serves, after its own words: a `to` clause and its object, or a `for` phrase."""
        out: list[Token] = []
        for head in heads:
            for child in head.children:
                if child.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to"
                                                             for a in child.children):
                    objects = [o for c in child.children if c.dep_ in OBJECT_DEPS for o in (c, *c.conjuncts)]
                    out += [child, *objects, *(p for o in objects for c in o.children if c.dep_ == "prep" and (
                        c.lower_ in ("for", "of")) for p in pobjs(c))]  # `to meet the needs of refugees in Chad`,
                    # `to support services for children in Somalia`: whom the purpose serves
                elif child.dep_ == "prep" and child.lower_ == "for":
                    out += pobjs(child)
        return [t for t in out if t not in heads]

    def purpose_target(self, doc: Doc, heads: list[Token | None], roles: Roles) -> bool:
        """Whom the act is meant to help (`donated ventilators to assist Ethiopia`, `raised money to help 4,000
        households`): the object of a helping verb in its purpose clause, or the subject of the clause it takes
        (`set aside funds to help Peru rebuild after the floods`: the helped do the act)."""
        for head in (h for h in heads if h is not None):
            for clause in (c for c in head.children if c.dep_ in ("xcomp", "advcl", "relcl", "acl")
                           and lemma(c) in self.lex.purpose_verbs):
                helped = [s for c in clause.children if c.dep_ in ("ccomp", "xcomp") for s in c.children
                          if s.dep_ in SUBJECT_DEPS]
                for obj in [*(c for c in clause.children if c.dep_ in OBJECT_DEPS), *helped]:
                    if add_new(roles.targets, self.actors.actors_of(doc, obj), roles.sources):
                        roles.path.append(f"purpose-{lemma(clause)}={obj.text}")
                        return True
        return False

    def purpose_object(self, doc: Doc, heads: list[Token | None], roles: Roles) -> bool:
        """Whom force is used on to some end (`opened fire to disperse the demonstrators`, `used tear gas to break up
        a crowd of students`): the actors the object of its `to` clause names."""
        for head in (h for h in heads if h is not None):
            for clause in (c for c in head.children if c.dep_ in ("xcomp", "advcl")
                           and has_to(c)):
                for obj in (c for c in clause.children if c.dep_ in OBJECT_DEPS):
                    if add_new(roles.targets, self.actors.actors_of(doc, obj), roles.sources):
                        roles.path.append(f"purpose-{lemma(clause)}={obj.text}")
                        return True
        return False

    def place_states(self, doc: Doc, pobj: Token, depth: int = 0) -> list[str]:
        """The countries a place phrase names: its own words, else a place phrase inside it. Not
        `ContentReader.placed_aims`, which finds a locative phrase inside the ones a measure is aimed at and gives the
        first state anywhere in it: this one is handed the place phrase, reads only the words up to its head and the
        head's own dependents (a clause on it or a `Moscow-bound` destination names no place it is in), and gives
        every state it finds."""
        states = set(self.actors.places.values())
        bound = {t.i for c in pobj.children if c.dep_ == "amod" and c.lower_ in self.lex.destination_words
                 for t in c.subtree}  # `a Moscow-bound train`: where it heads, not where it is
        found = [a for t in pobj.subtree if (t.i <= pobj.i or t.head == pobj) and t.i not in bound
                 for a in self.actors.actor_at(doc, t) if a in states]
        if found or depth > 1:
            return list(dict.fromkeys(found))
        for prep in (c for c in pobj.children if c.dep_ == "prep" and c.lower_ in ("in", "of", "near")):
            for inner in pobjs(prep):
                if found := self.place_states(doc, inner, depth + 1):
                    return found
        return []

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
                found = self.actors.actors_of(doc, subject) or (
                    self.actors.owner_actors(doc, subject) if verbal else [])
                if add_new(roles.targets, found, roles.sources):
                    roles.path.append(f"{child.dep_}-subject={subject.text}")
                    return

    def accuser_target(self, doc: Doc, noun: Token, roles: Roles) -> None:
        """Attacks one side is accused of are aimed at the accuser (`the Thai side accused Cambodian troops of
        multiple attacks`), where the accuser is a state or a state's (not the UN) other than the accused's."""
        prep = noun.head
        verb = prep.head.head if prep.head.dep_ in OBJECT_DEPS else prep.head  # `accused Cambodian troops of`
        if noun.dep_ != "pobj" or prep.lower_ not in self.lex.charge_preps or lemma(verb) not in (
                "accuse", "blame", "charge"):
            return
        accusers = self.actors.subject_actors(doc, verb, [])
        states = {state_of(doc, s) for s in roles.sources}
        if accusers and add_new(roles.targets, [a for a in accusers if state_of(doc, a) not in states
                                                and (local_actor(doc, a) or {}).get("country")]):  # a state's
            roles.path.append(f"accuser={accusers[0]}")

    def pressure_target(self, doc: Doc, verb: Token, roles: Roles, event_type: str) -> None:
        """A refusal in the face of others' pressing is aimed at who presses (`pressure_nouns`, agents.yaml): the
        actor a `despite` phrase's noun names as its doer or owner (`refused to step down despite mounting calls by
        the ethics board`, `despite Washington's calls`), on the verb or the act it refuses."""
        agents = self.actors.agents
        if agents is None or event_type not in agents.pressure_types:
            return
        heads = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
        for noun in (p for _, p in prep_objects(heads, ("despite",)) if lemma(p) in agents.pressure_nouns):
            doers = [p for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from") for p in pobjs(c)]
            for doer in doers + [c for c in noun.children if c.dep_ == "poss"]:
                found = self.actors.actors_of(doc, doer) or self.actors.owner_actors(doc, doer)  # `the Kenya
                if add_new(roles.targets, found, roles.sources):  # Anti-Corruption Commission`: Kenya's
                    roles.path.append(f"pressed-by={doer.text}")
                    return

    def errand_target(self, doc: Doc, verb: Token, roles: Roles) -> None:
        """An act that is the errand of people sent somewhere is aimed there (`has sent 14 experts to Chad to
        assess it`, `is sending inspectors to Leeds to look into it`): the actor or the place's state the `to`
        phrase of the verb of sending names, where the act's own clause names no recipient."""
        if verb.dep_ not in ("xcomp", "advcl", "acl") or not any(a.dep_ == "aux" and a.lower_ == "to"
                                                                 for a in verb.children):
            return
        agents = self.actors.agents
        sender = verb.head if verb.dep_ != "acl" else verb.head.head  # `sent a team of experts to X to investigate`
        if agents is None or sender.pos_ != "VERB" or lemma(sender) not in agents.errand_verbs:
            return
        sent = [t for c in sender.children if c.dep_ in OBJECT_DEPS for t in c.subtree]  # `a team of experts to X`
        for prep in (c for c in [*sender.children, *sent] if c.dep_ == "prep" and c.lower_ in ("to", "into")):
            for pobj in pobjs(prep):
                found = self.actors.actors_of(doc, pobj) or self.place_states(doc, pobj)
                if add_new(roles.targets, found, roles.sources):
                    roles.path.append(f"sent-to={pobj.text}")
                    roles.placed = True
                    return

    def message_target(self, doc: Doc, verb: Token, roles: Roles, event_type: str) -> None:
        """Words told as a participle on a verb of sending words, or on the message it sends, go where the message
        goes (`message_verbs`: `sent a letter to Iran threatening tariffs`, `wrote to the Commission demanding an
        inquiry`): the actor its `to` phrase or indirect object names."""
        if event_type not in self.lex.content_types or verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "acl", "xcomp"):
            return
        head = verb.head.head if verb.head.pos_ == "NOUN" and verb.head.dep_ in OBJECT_DEPS else verb.head
        if lemma(head) not in self.lex.message_verbs:
            return
        message = [c for c in head.children if c.dep_ in OBJECT_DEPS and c.pos_ == "NOUN"]
        for phrase in (c for h in (head, *message) for c in h.children if c.dep_ == "dative" or (
                c.dep_ == "prep" and c.lower_ == "to")):
            for recipient in pobjs(phrase) or ([phrase] if phrase.dep_ == "dative" else []):
                found = self.actors.actors_of(doc, recipient) or self.actors.owner_actors(doc, recipient) or [
                    a for c in recipient.children if c.dep_ == "prep" and c.lower_ == "of" and recipient.pos_ == "NOUN"
                    for p in pobjs(c) for a in self.actors.actors_of(doc, p)]  # `to the chief of the World Bank`: whose
                if add_new(roles.targets, found, roles.sources):
                    roles.path.append(f"message-to={recipient.text}")
                    return

    def embedded_target(self, doc: Doc, verb: Token, roles: Roles, event_type: str) -> None:
        """Words about an act of one's own are aimed where that act is (`embedded_act_types`): the actors the `to`
        clause's objects name (`threatened to ban Ugandan opposition candidates`), else the state its place
        phrase names (`refused to deploy peacekeepers in Iraq`)."""
        agents = self.actors.agents
        if agents is None or event_type not in agents.embedded_act_types:
            return
        for act in (c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"
                    and has_to(c)
                    and not any(a.dep_ in SUBJECT_DEPS for a in c.children)):
            objects = [o for c in act.children if c.dep_ in OBJECT_DEPS for o in (c, *c.conjuncts)]
            for obj in objects:
                if add_new(roles.targets, self.actors.actors_of(doc, obj), roles.sources):
                    roles.path.append(f"act-object={obj.text}")
                    return
            if roles.unnamed is None and (people := next((  # `refused to lift its ban on aid agencies`: the people
                    p for o in objects for c in o.children if c.dep_ == "prep" and c.lower_ in self.lex.measure_preps
                    for p in pobjs(c) if self.actors.unnamed_people(doc, p)), None)):  # the measure is put on, should
                roles.unnamed = people  # nothing name a recipient
            for head in [act, *objects]:
                for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in self.lex.place_preps):
                    for pobj in pobjs(prep):
                        found = [s for s in self.place_states(doc, pobj) if not self.at_home(doc, roles.sources, s)]
                        if add_new(roles.targets, found):
                            roles.path.append(f"act-place={pobj.text}")
                            roles.placed = True
                            return
