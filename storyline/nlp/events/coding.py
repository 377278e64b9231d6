"""Coding for the events extractor: the PLOVER type, mode, context and status a trigger's event gets.

The lexicon entry is refined by the object's class (`sell drones` is AID military, `fire missiles` MOBILIZE
weapons), the aim (`fired at Ukraine`), the modifiers and the source's kind; guards drop a word's non-event senses;
saying one won't give (`we cannot supply`) is a refusal. Status comes from negation, denial, hedges and plans on the
trigger's verb chain. Kept apart from role finding, whose result it reads, and from the lexicon: these are the
decisions, the lexicon only the tables.
"""

from spacy.tokens import Doc, Token

from storyline.nlp.actors import local_actor
from storyline.nlp.events.actors import ActorReader
from storyline.nlp.events.lexicon import (
    COMPLEMENT_DEPS,
    CONTRASTS,
    MATERIAL_CONTEXTS,
    OBJECT_DEPS,
    PASSIVE_SUBJECT_DEPS,
    STATUS_ORDER,
    SUBJECT_DEPS,
    Lexicon,
    Roles,
    Trigger,
    has_to,
    is_definite,
    lemma,
    merge,
    object_lemmas,
    pobjs,
    prep_objects,
)
from storyline.nlp.events.triggers import TriggerFinder


class EventCoder:
    """Refine a trigger's entry by what its roles and words show, and read its status."""

    def __init__(self, lex: Lexicon, actors: ActorReader, triggers: TriggerFinder):
        self.lex = lex
        self.actors = actors
        self.triggers = triggers

    def resolve_entry(self, doc: Doc, trigger: Trigger, roles: Roles) -> dict | None:
        """The entry refined by the object, the aim, the modifiers and the source's kind, with its mode and
        contexts; None where a guard says the word is not an event here."""
        token = trigger.token
        obj_classes = self.lex.classes(object_lemmas(roles.obj)) if roles.obj is not None else []
        head_classes = self.lex.classes(object_lemmas(roles.obj, heads_only=True)) if roles.obj is not None else []
        if roles.obj is not None and lemma(roles.obj) in self.lex.decision_nouns:  # `ended mediation efforts`
            head_classes += self.lex.classes([lemma(c) for c in roles.obj.children if c.dep_ == "compound"])
        if roles.obj is not None:  # `peacekeeping troops` are peacekeepers
            head_classes += self.lex.classes([
                lemma(m) for c in roles.obj.children if c.dep_ in ("compound", "amod", "nmod")
                for m in (c, *c.conjuncts) if lemma(m) in self.lex.head_modifiers])  # `search-and-rescue teams`
        if roles.obj is None and not trigger.noun and trigger.entry.get("mover_subject") and not any(
                c.dep_ in OBJECT_DEPS for c in token.children):  # `peacekeepers began deploying`, `dozens of
            subjects = [c for v in {token, token.head if token.dep_ == "xcomp" else token}  # peacekeepers deployed`:
                        for c in v.children if c.dep_ in SUBJECT_DEPS]  # what deploys is what is sent
            head_classes += self.lex.classes([lemma(t) for c in subjects for t in (c, *(
                p for prep in c.children if prep.dep_ == "prep" and prep.lower_ == "of" for p in pobjs(prep)))])
        if "personnel" in head_classes and self.on_mission(trigger):  # `deployed 400 soldiers to Mali on a
            head_classes.append("mission")  # peacekeeping mission`: they are peacekeepers
        if roles.obj is not None and set(head_classes) <= {"personnel"} and self.sent_to_watch(trigger):
            head_classes.append("mission")  # `sent a team to monitor the truce`: observers, not a show of force
        refinements = trigger.entry.get("by_object", {})  # the head decides: `weapons development` is no weapon
        if trigger.entry.get("type") in self.lex.sourceless_types and roles.obj is not None and (
                lemma(roles.obj) in self.lex.aim_objects):
            refinements = {}  # `attacked Thai positions`: a place fought over, not a stance criticised
        entry = next((merge(trigger.entry, refinements[c]) for c in refinements if c in head_classes), None)
        if entry is None and roles.obj is None and not trigger.noun and (named := self.lex.classes(
                [lemma(c) for c in token.children if c.dep_ in OBJECT_DEPS])):  # `received the UAE Ambassador`:
            entry = next((merge(trigger.entry, refinements[c]) for c in refinements  # an object that is an actor
                          if c in named and refinements[c].get("actor_object")), None)
        if entry is None and trigger.noun:  # `distributed supplies`: a noun that is itself a thing of a class
            own = self.lex.classes([lemma(token)])
            entry = next(({k: v for k, v in merge(trigger.entry, refinements[c]).items() if k != "needs_object"}
                          for c in refinements if c in own), None)
        if entry is None and (by_context := trigger.entry.get("by_context")):  # `an economic campaign against X`
            entry = next((merge(trigger.entry, by_context[c]) for c in self.modifier_contexts(token, None)
                          if c in by_context), None)
        if entry is None and "type" not in trigger.entry and (by_cue := trigger.entry.get("by_cue")):
            entry = next((merge(trigger.entry, by_cue[c]) for c in self.cue_classes(trigger, roles) if c in by_cue),
                         None)  # `responded with defensive action`: only a cue makes it an act
        if entry is None and (told := trigger.entry.get("person_told")) and self.person_told(token, roles):
            entry = merge(trigger.entry, told)  # `a judge ordered the former minister to appear in court`: a demand
        if entry is None and "type" not in trigger.entry:
            return None
        entry = entry or merge(trigger.entry, {})
        if trigger.light is not None and (by_light := entry.get("by_light", {}).get(lemma(trigger.light))):
            entry = merge(entry, by_light)  # `went on strike` is a labour protest, `launched a strike` an attack
        if trigger.noun and not roles.sources and entry["type"] in self.lex.described_types and (
                self.triggers.lengthed(token)):  # `five days of bombardment and rocket attacks`: the two sides' war
            entry = merge(entry, {"pair_fallback": True})
        if entry.get("reciprocal") or entry["type"] in self.lex.reciprocal_types:
            if (not roles.targets or roles.placed) and len(roles.sources) > 1:  # `Moscow and Tehran worked together`,
                # `the leaders of Thailand and Cambodia met in Malaysia`: the place is only the venue
                roles.sources, roles.targets = roles.sources[:1], roles.sources[1:2]
        if self.rejected(trigger, entry, roles, obj_classes):
            return None
        if "aimed" in entry and self.aimed(doc, trigger):
            entry = merge(entry, entry["aimed"])
        if entry["type"] == "ASSAULT" and not entry.get("reciprocal") and self.at_sea(doc, trigger):
            # `rocket fire into a strait`; not fighting between two sides (`fighting in disputed zones`)
            entry = merge(entry, {"type": "MOBILIZE", "mode": "weapons", "context": ["military"]})
        if "joint" in entry and (any(lemma(c) in ("joint", "combined") for c in token.children) or (
                len(roles.sources) > 1 and (not roles.targets or roles.placed)) or (
                trigger.light is not None and self.light_key(trigger.light) in self.lex.joint_lights)):
            # `French and Egyptian warships held drills`; `Peru, Chile and Spain are taking part in naval manoeuvres
            # off Cadiz`: the place is the venue only; `Japan joined the drills`, `X and Y participate in a war game at
            # Z's base`: one takes part in drills with others (PLOVER: joint operations are COOPERATE, one state's own
            # exercise MOBILIZE)
            entry = merge(entry, entry["joint"])
            if entry["type"] in self.lex.reciprocal_types and (not roles.targets or roles.placed) and \
                    len(roles.sources) > 1:
                roles.sources, roles.targets = roles.sources[:1], roles.sources[1:2]  # `X and Y began joint drills`
        cues = self.cue_classes(trigger, roles)
        if entry.get("renounce") and (content := self.renounced(trigger)) is not None:
            refused = self.lex.refusals.get(self.lex.entry_type(content.entry) or "")
            entry = merge(entry, refused) if refused else entry  # `swore never to hand the islands back to Chile`
            cues = []  # refuses to yield; `promised not to attack the convoy` restrains, no threat
        if (refinement := next((trigger.entry["by_cue"][c] for c in cues if c in trigger.entry.get("by_cue", {})),
                               None)) and not self.kind_object(refinement, roles):
            entry = merge(entry, refinement)
        if "by_actor_source" in entry and roles.sources:
            actor = local_actor(doc, roles.sources[0]) or {}
            table = entry["by_actor_source"]
            entry = merge(entry, table.get(actor.get("kind")) or table.get(actor.get("sector")) or {})
        modifiers = self.modifier_contexts(token, roles.obj)
        undertaking = roles.obj is not None and lemma(roles.obj) in self.lex.decision_nouns
        material_modifiers = self.modifier_contexts(token, None) if undertaking else modifiers
        object_contexts = [self.lex.class_contexts.get(c) for c in obj_classes]
        setting = self.setting(token, roles.obj)
        if entry.get("priced") and any(t.ent_type_ == "MONEY" or t.tag_ == "$" for c in token.lefts for t in c.subtree):
            entry = merge(entry, entry["priced"])  # `provides $45m support for farmers`: money given, economic aid
        elif entry.get("material") and MATERIAL_CONTEXTS & {*material_modifiers, *object_contexts, *setting}:
            entry = {**entry, "type": entry["material"]}
        elif entry.get("material") and (subject := MATERIAL_CONTEXTS & set(self.subject_contexts(token))):
            entry = {**entry, "type": entry["material"]}
            modifiers = [*modifiers, *sorted(subject)]  # `Australian aid supported girls`: aid given
        found = modifiers + [self.lex.class_contexts[c] for c in cues if c in self.lex.class_contexts]
        contexts = list(dict.fromkeys(found)) or self.lex.type_contexts.get(entry["type"], [])
        table = self.lex.modes.get(entry["type"], {})
        return {
            **entry,
            "mode": entry.get("mode") or next((table[c] for c in obj_classes + cues if c in table), None),
            "context": list(dict.fromkeys([*entry.get("context", []), *contexts])),
        }

    def on_mission(self, trigger: Trigger) -> bool:
        """The trigger or its light verb tells the errand its people are sent on, and that errand keeps the peace or
        watches over it (`on a peacekeeping mission`, `on a peace-keeping mission`)."""
        modifiers = {m.replace("-", "") for m in self.lex.head_modifiers}
        heads = [h for h in (trigger.token, trigger.light) if h is not None]
        for prep, p in prep_objects(heads, self.lex.mission_preps):
            words = p.doc[p.left_edge.i: p.i + 1].text.lower().replace("-", "").split()
            if modifiers & set(words) or (prep.lower_ == "as" and lemma(p) != "mission" and (
                    "mission" in self.lex.classes([lemma(p)]))):  # `deployed as peacekeepers`: their errand
                return True
        return False

    def sent_to_watch(self, trigger: Trigger) -> bool:
        """The trigger or its light verb tells, in a clause of purpose (`to monitor the truce`), that those sent
        watch over a peace (events.yaml monitoring_verbs, watched_peace)."""
        heads = [h for h in (trigger.token, trigger.light) if h is not None]
        return any(c.dep_ in ("advcl", "xcomp", "acl") and lemma(c) in self.lex.monitoring_verbs and has_to(c) and any(
            o.dep_ in OBJECT_DEPS and lemma(o) in self.lex.watched_peace for o in c.children)
            for h in heads for c in h.children)  # not `drones to monitor the border`

    @staticmethod
    def person_told(token: Token, roles: Roles) -> bool:
        """The verb tells persons to act (an object clause, the recipients all persons: `ordered the former minister
        to appear`), not a state's forces or bodies to (`ordered troops to withdraw`: its own act)."""
        return bool(roles.targets) and "target" not in roles.fallback and any(
            c.dep_ == "xcomp" for c in token.children) and all(
            (local_actor(token.doc, a) or {}).get("kind") == "person" for a in roles.targets)

    @staticmethod
    def light_key(light: Token) -> str:
        """A light verb's lemma, with `part` where it takes part (`took part in the drills`: `take part`)."""
        parts = [c for c in light.children if c.dep_ in OBJECT_DEPS and c.lower_ == "part"]
        return f"{lemma(light)} part" if parts else lemma(light)

    def rejected(self, trigger: Trigger, entry: dict, roles: Roles, obj_classes: list[str]) -> bool:
        """Guards against a word's non-event senses."""
        token = trigger.token
        parsed_targets = [] if "target" in roles.fallback else roles.targets
        armed = bool(roles.sources) and all((local_actor(token.doc, s) or {}).get("sector") in self.lex.armed_sectors
                                            for s in roles.sources)  # `Cambodian troops continued strikes`
        checks = {
            "unless_object": lambda: bool(set(entry["unless_object"]) & set(obj_classes)),
            "needs_object": lambda: roles.obj is None,
            "unless_cause": lambda: roles.obj is None and not parsed_targets and any(  # `fighting for justice`, not
                "cause" in self.lex.classes([lemma(p)]) and not any(  # `for their rights against the army`
                    self.actors.actors_of(token.doc, t) for t in p.subtree if t != p and t.dep_ != "poss")
                for c in token.children if c.dep_ == "prep" and c.lower_ == "for" for p in pobjs(c)),
            "needs_argument": lambda: roles.obj is None and not parsed_targets and not armed,
            "needs_light": lambda: (trigger.light is None and not self.pair_named(entry, roles)
                                    and not self.content_told(token)) or (
                trigger.light is not None and "lights" in entry and lemma(trigger.light) not in entry["lights"]
                and lemma(trigger.light) not in self.lex.growth_words),
            "needs_source": lambda: not roles.sources,
            "needs_target": lambda: not parsed_targets and roles.purpose is None,
            "needs_target_or_xcomp": lambda: not parsed_targets and roles.purpose is None and not any(
                c.dep_ == "xcomp" for c in token.children),  # `offered to send troops`, not `offered courses`
            "needs_target_or_act": lambda: not parsed_targets and roles.purpose is None and not any(
                t.dep_ != "amod" and (self.triggers.verb_trigger(t) or self.triggers.noun_trigger(t))
                for c in token.children if c.dep_ in ("xcomp", *OBJECT_DEPS) for t in c.subtree) and not (
                set(trigger.entry.get("by_cue", {})) & set(self.cue_classes(trigger, roles))),  # `vowed revenge`,
            # `vowed to end the strike`, `vowed to retake it by force`, not `vowed to repatriate them`: a promise to no
            # one of no act between actors
            "unless_own": lambda: not parsed_targets and roles.obj is not None and bool(roles.sources) and any(
                c.dep_ == "poss" and c.lower_ in self.own_pronouns(token.doc, roles.sources[0])
                for c in roles.obj.children) and not self.names_people(roles.obj),  # `China defended its policies`:
            # one's own stand, no act toward another (not `defended Poland's decision`, nor a person defending `its
            # decision`: another body's, nor `praised his chancellor`: people)
            "needs_xcomp": lambda: not any(c.dep_ in ("xcomp", *OBJECT_DEPS) for c in token.children),
            "no_xcomp": lambda: any(c.dep_ == "xcomp" for c in token.children),
            "needs_clause": lambda: not any(c.dep_ == "xcomp" for c in token.children),  # `forced the jet to land`,
            # not `forced a vote`: what the object is made to do
            "unless_question": lambda: any(  # `asked the minister whether they worked`
                c.dep_ == "ccomp" and any(g.lower_ in ("if", "whether") or g.tag_ in ("WDT", "WP", "WRB")
                                          for g in c.children if g.i < c.i)
                for c in token.children
            ),
            "unless_saying": lambda: any(  # `refused to comment`
                c.dep_ == "xcomp" and lemma(c) in self.lex.speech_verbs | self.lex.comment_verbs
                for c in token.children
            ),
            "unless_opinion": lambda: (token.tag_ in ("VBP", "VBZ") or any(c.dep_ == "ccomp" for c in token.children))
            and any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children) and not any(
                c.dep_ in ("xcomp", *OBJECT_DEPS) or (c.dep_ == "prep" and c.lower_ in ("on", "over", "to", "upon"))
                for c in token.children),  # `they agree with the NCAA that`: an opinion, not an agreement
            "unless_named": lambda: any(c.dep_ == "oprd" for c in token.children),  # `called the minister nasty`:
            # what one calls another is a word said of it, no call made to it
            "plural_only": lambda: token.tag_ != "NNS",
            "joint_body": lambda: not roles.sources and not any(  # `a cross-border committee is convened`
                lemma(m) in self.lex.joint_words for c in token.children
                if c.dep_ in (*SUBJECT_DEPS, *PASSIVE_SUBJECT_DEPS)
                for m in c.children if m.dep_ in ("amod", "compound")),
            "plural_or_military": lambda: (token.tag_ != "NNS"
                                           and "military" not in self.modifier_contexts(token, None)),
        }
        if entry.get("pair_fallback") and not roles.sources:  # the article's two sides may be its parties
            checks = {k: v for k, v in checks.items() if k not in ("needs_target", "needs_argument", "needs_source")}
        if any(entry.get(key) and check() for key, check in checks.items()):
            return True
        # a noun needs an actor of its own or a light verb: `the war` alone is background, not an event
        return trigger.noun and not roles.structural and trigger.light is None and not entry.get("pair_fallback") and (
            not self.triggers.charged_act(token))  # `accused Cambodian troops of multiple attacks`: the accused's act

    def names_people(self, noun: Token) -> bool:
        """The noun names people who can be actors (`chancellor`, `troops`, `officials`), not a thing."""
        agents = self.actors.agents
        return lemma(noun) in self.lex.actor_heads or (agents is not None and (
            lemma(noun) in agents.sectors or noun.lower_ in agents.sectors))

    @staticmethod
    def own_pronouns(doc: Doc, actor: str) -> set[str]:
        """The possessive pronouns that can stand for an actor: a person's `his`, `her`, a body's `its`."""
        person = (local_actor(doc, actor) or {}).get("kind") == "person"
        return {"my", "our", "their", *(("his", "her") if person else ("its",))}

    def kind_object(self, refinement: dict, roles: Roles) -> bool:
        """The object is itself an act of a friendly type (`promised Washington's support for efforts ... in the
        war-devastated country`, `pledged continued support ... despite the attack`): words of force elsewhere in
        the phrase do not make a hostile act of it."""
        kind = self.lex.entry_type(self.lex.nouns.get(lemma(roles.obj), {})) if roles.obj is not None else None
        return refinement.get("type") in self.lex.hostile_types and bool(kind) and kind not in self.lex.hostile_types

    def content_told(self, noun: Token) -> bool:
        """An agreement told by its content: `despite an agreement to end the fighting` (not `a wish to`)."""
        return self.lex.entry_type(self.lex.nouns.get(lemma(noun), {})) in self.lex.absorbing_types and (
            not is_definite(noun)) and any(
            c.dep_ == "acl" and c.pos_ == "VERB" and has_to(c)
            for c in noun.children)

    @staticmethod
    def pair_named(entry: dict, roles: Roles) -> bool:
        """Both partners come from one modifier of a noun that makes a pair an event: `the India-Japan
        partnership` (not `US-China relations`)."""
        return bool(entry.get("pair")) and any(p.startswith("pair=") for p in roles.path)

    def refusal(self, trigger: Trigger, entry: dict) -> dict | None:
        """`we cannot supply`, `will not send`: saying one won't give is a refusal (REJECT), where merely not
        having given (`did not send`) stays a negated act; failing to agree (`failed to reach agreement`) refuses."""
        refined = self.lex.refusals.get(entry["type"])
        token = trigger.token
        if refined is not None and entry["type"] in self.lex.failure_types and any(
                lemma(t) in self.lex.failure_verbs for t in self.chain(trigger.light or token)[1:]):
            return merge(entry, refined)  # `failed to reach agreement`
        if refined is None or trigger.noun or not any(c.dep_ == "neg" for c in token.children):
            return None
        modals = {lemma(c) for c in token.children if c.dep_ == "aux"} | {c.lower_ for c in token.children}
        return merge(entry, refined) if modals & self.lex.refusal_modals else None

    def ruled_out(self, trigger: Trigger, entry: dict) -> dict | None:
        """The refusal a yielding or giving told as the subject of a predicate ruling it out stands for (`lifting the
        sanctions is out of the question`, `releasing them is not an option`), or None."""
        token = trigger.token
        refined = self.lex.refusals.get(entry["type"])
        if refined is None or trigger.noun or token.dep_ not in ("csubj", "nsubj") or lemma(token.head) != "be":
            return None
        said = [t.lower_ for r in token.head.rights if r.dep_ != "punct" for t in r.subtree
                if t.pos_ != "ADV" or t.dep_ == "neg"]  # `is currently out of the question`, `is simply not an option`
        if any(said[i: i + len(phrase)] == phrase for phrase in self.lex.ruled_out for i in range(len(said))):
            return merge(entry, refined)
        return None

    def renounced(self, trigger: Trigger) -> Trigger | None:
        """The act a promise says will not be done (`vowed not to return`, `pledged never to withdraw`), or None."""
        return next((found for c in trigger.token.children if c.dep_ == "xcomp" and c.pos_ == "VERB"
                     and any(g.dep_ == "neg" for g in c.children) and (found := self.triggers.verb_trigger(c))), None)

    def own_denial(self, doc: Doc, token: Token, sources: list[str]) -> bool:
        """A negated act inside its own actor's statement (`Spain's insistence that it arms no one`) is that
        actor's denial."""
        return bool(sources) and sources[0] in self.actors.statement_owner(doc, token)

    def cue_classes(self, trigger: Trigger, roles: Roles) -> list[str]:
        """Classes of the words around the trigger: `drone attacks`, `attack with missiles`."""
        token = trigger.token
        words = object_lemmas(roles.obj) if roles.obj is not None else []
        words += [lemma(c) for c in token.children if c.dep_ in ("compound", "amod", "nmod")]
        for child in token.children:
            if child.dep_ in ("prep", "xcomp", "dobj", "ccomp") or (child.dep_ == "advcl" and has_to(child)):
                # an advcl only as a `to` infinitive (`sworn to fight`), not what describes a name
                words += [lemma(t) for t in child.subtree if t.pos_ in ("NOUN", "VERB", "ADJ") and not any(
                    a.pos_ == "PROPN" for a in t.ancestors if a.i in range(child.left_edge.i, child.right_edge.i + 1))
                          ][:12]
        return self.lex.classes(words)

    def setting(self, token: Token, obj: Token | None) -> list[str]:
        """Contexts of the trigger's setting or means: `supporting Assad in the civil war`, `backed Kyiv with
        arms`."""
        heads = [token, *(c for c in token.children if c.dep_ in OBJECT_DEPS), *([obj] if obj is not None else [])]
        words = [lemma(p) for _, p in prep_objects(heads, ("in", "during", "with"))]
        found = [self.lex.context_words.get(w) for w in words]
        found += [self.lex.class_contexts.get(c) for c in self.lex.classes(words)]
        return [c for c in found if c]

    def subject_contexts(self, verb: Token) -> list[str]:
        """The contexts of the things given (`given_classes`) a verb's subject names (`Australian aid supported two
        million girls`: the aid is humanitarian, so the support material); none for a noun trigger, an actor subject
        or people (`members will support his action`)."""
        if verb.pos_ != "VERB":
            return []
        return [context for s in verb.children if s.dep_ == "nsubj" and s.pos_ == "NOUN"
                for c in self.lex.classes([lemma(s)]) if c in self.lex.given_classes
                and (context := self.lex.class_contexts.get(c))]

    def modifier_contexts(self, token: Token, obj: Token | None) -> list[str]:
        """Contexts the modifiers name: `military support`, `economic sanctions`, `military equipment`."""
        words = [c for c in token.children if c.dep_ in ("amod", "compound")]
        if obj is not None:
            words += [c for c in obj.children if c.dep_ in ("amod", "compound")] + [obj]
        found = (self.lex.context_words.get(w) for w in map(lemma, words))
        return list(dict.fromkeys(c for c in found if c))

    def aimed(self, doc: Doc, trigger: Trigger) -> bool:
        """An actor after `at`/`on`/`against` (`fired missiles at Ukraine`), or what an attack aims at (`at targets in
        Jericho`, `on army positions`), also where the parser hangs it on the object (`fired shells at targets`)."""
        heads = [trigger.token] + ([trigger.light] if trigger.light is not None else [])
        heads += [c for c in trigger.token.children if c.dep_ == "dobj"]
        return any(
            self.actors.actors_of(doc, pobj) or lemma(pobj) in self.lex.aim_objects
            for _, pobj in prep_objects(heads, self.lex.aim_preps)
        )

    def at_sea(self, doc: Doc, trigger: Trigger) -> bool:
        """Fired into waters and at no actor: posturing, not a use of force."""
        heads = [trigger.token] + ([trigger.light] if trigger.light is not None else [])
        places = [p for _, p in prep_objects(heads)]
        return bool(places) and not self.aimed(doc, trigger) and all(
            lemma(p) in self.lex.water_words and not self.actors.actors_of(doc, p) for p in places)

    def chain(self, trigger: Token) -> list[Token]:
        """The trigger and the words whose modality it shares: the verbs it complements (`is preparing to
        send`, `appears to have launched`, `would cancel or suspend`), the verb it is the means of (`may
        reward Iran by offering`) or goes with (`would follow the US in recognising`), the copula or plan it is
        the subject or attribute of (`there could be more sharing`, `the drills are scheduled to continue`)."""
        out = [trigger]
        token = trigger
        status_verbs = self.lex.status["hedge_verbs"] | self.lex.status["plan_verbs"] | {"be"}
        status_verbs -= self.lex.implication_verbs  # `its sales do not mean it backs X`: the premise stands
        while True:
            head = token.head
            carried = token.dep_ in OBJECT_DEPS and token.pos_ == "NOUN" and (
                lemma(head) in self.lex.light_verbs | self.lex.carrier_verbs
                or self.triggers.verb_trigger(head) is None)  # `could snap back sanctions`, not `rejecting calls`
            implied = token.dep_ == "ccomp" and lemma(head) in self.lex.implication_verbs | self.lex.outcome_verbs
            if token.dep_ in COMPLEMENT_DEPS or carried or implied:
                if token.dep_ == "conj" and (head.pos_ not in ("VERB", "AUX") or any(
                        c.dep_ == "cc" and c.lower_ in CONTRASTS for c in head.children)):
                    break  # `did not change it, but used the trip as a pretext`: the contrast has its own polarity
            elif token.dep_ == "pcomp" and head.lower_ in ("by", "in") and head.head.pos_ in ("VERB", "AUX"):
                out.append(head.head)  # its modals, not its own plans (`seeks to wage war by empowering`); an act
                # one joins or follows another in (`would follow the US in recognising`) shares that verb's status
                break
            elif not (token.pos_ == "NOUN" and token.dep_ in ("attr", *SUBJECT_DEPS, *PASSIVE_SUBJECT_DEPS)
                      and lemma(head) in status_verbs):
                break
            if head in out or head == token:
                break
            out.append(head)
            token = head
        return out

    def conditional(self, trigger: Trigger) -> bool:
        """The act is the condition of another clause (`would meet the envoy if he gave them a veto`, `will retaliate
        unless Russia withdraws`), or what waits for an act still to come (`X must agree to changes before they
        demobilize`, `will stay until the UN arrives`): a supposition, not an act the text tells."""
        heads = [trigger.token] + ([trigger.light] if trigger.light is not None else [])
        chain = list(dict.fromkeys(t for h in heads for t in self.chain(h)))
        st = self.lex.status
        modals = st["plan_modals"] | self.lex.modal_demand["modals"]
        return any(t.dep_ == "advcl" and any(c.dep_ == "mark" and (c.lower_ in st["supposition_marks"] or (
            c.lower_ in st["awaited_marks"] and any(a.dep_ == "aux" and a.lower_ in modals for a in t.head.children)))
            for c in t.children) for t in chain) or any(self.counterfactual(t) for t in chain)

    def counterfactual(self, verb: Token) -> bool:
        """What would have happened and did not: a modal with the perfect (`it would have started a war`,
        `could have been stopped`)."""
        auxes = [a for a in verb.children if a.dep_ in ("aux", "auxpass")]
        return any(a.lower_ in self.lex.status["counterfactual_modals"] for a in auxes) and any(
            lemma(a) == "have" and a.tag_ == "VB" for a in auxes)

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
            if token != trigger.token and lemma(token) in self.lex.failure_verbs:
                found.add("negated")  # `failed to reach agreement`
            if token != trigger.token and lemma(token) in st["plan_verbs"] | self.lex.readiness_words and not (
                    lemma(token) == "go" and token.tag_ != "VBG") and not (  # `are going to meet`, not `had gone ahead`
                    token == trigger.light and lemma(token) in trigger.entry.get("lights", ())
                    and lemma(token) not in self.lex.light_verbs):  # `set a deadline`: a noun's own light verb
                # does it, plans nothing (`is set to meet`, `talks scheduled to be held` do)
                found.add("planned")
            if token != trigger.token and lemma(token) == "be" and any(  # `the militaries were to hold talks`
                    c.dep_ == "xcomp" and c in chain and has_to(c)
                    for c in token.children):
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
        if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in top.children) and (
                lemma(top.head) in st["denial_verbs"]):
            return "possible", []  # `Thailand and Cambodia dispute whether the ceasefire is holding`: in doubt
        coordinated = len(chain) > 1 and chain[-2].dep_ == "conj" and chain[-2].head == top  # `rejected the offer
        # and accused X`, `denied the charges and defended its policies`: a verb beside the denial shares its
        # subject, not its denial
        denied = self.denial(top, heads, coordinated)
        if denied is None and not found and trigger.token.pos_ == "NOUN" and self.in_denied_claim(
                trigger.token, chain, heads):
            denied = []  # `denied charges that he made a deal in return for X's support`: an act named inside a
            # denied claim is denied with it; the denier is no actor of it
        if denied is not None:
            return "denied", denied
        return next(s for s in STATUS_ORDER if s in found or s == "asserted"), []

    def denial(self, top: Token, heads: list[Token], coordinated: bool) -> list[str] | None:
        """The deniers where the clause `top` heads is denied (`denied that it attacked`, `denied charges that it
        tortured`, `denials by Minsk that`), else None."""
        st = self.lex.status
        denier = next((v for v in (top, top.head) if lemma(v) in st["denial_verbs"] and v not in heads
                       and ((v == top and not coordinated) or top.dep_ == "ccomp")), None)
        if denier is not None:
            return self.actors.subject_actors(top.doc, denier, [])
        claim = top.head
        if top.dep_ in ("acl", "ccomp", "relcl") and claim.pos_ == "NOUN" and "claim" in self.lex.classes(
                [lemma(claim)]) and claim.dep_ in OBJECT_DEPS and lemma(claim.head) in st["denial_verbs"]:
            return self.actors.subject_actors(top.doc, claim.head, [])  # `denied charges that it tortured`
        if top.dep_ == "acl" and lemma(top.head) in st["denial_nouns"]:  # `denials by Minsk that`
            return self.actors.owner_actors(top.doc, top.head) or [
                a for prep in top.head.children if prep.lower_ == "by" for p in pobjs(prep)
                for a in self.actors.actors_of(top.doc, p)]
        return None

    def in_denied_claim(self, noun: Token, chain: list[Token], heads: list[Token]) -> bool:
        """The event noun is named inside a clause a denial governs, reached through the phrases and clauses
        holding it (`had received Iran's help`, `made a deal to join a coalition in return for X's support`); not
        what the denial verb itself turns down (`rejected calls from Kyiv`), what a coded act inside acts on
        (`denied it refused the offer`), nor a relative clause's background (`the town where X sent aid`)."""
        token = noun
        for _ in range(10):
            if token.dep_ in ("ROOT", "relcl") or token.head == token:
                return False
            token = token.head
            if token.pos_ not in ("VERB", "AUX") or token in chain:
                continue
            if lemma(token) in self.lex.status["denial_verbs"]:
                return False  # `rejected calls from Kyiv`: the calls were made
            if (verb := self.triggers.verb_trigger(token)) is not None and self.lex.entry_type(verb.entry) and not (
                    self.lex.transfers(verb.entry)):
                return False  # `denied it refused the offer`: the refusal is denied, the offer was made
            clause = self.chain(token)
            if (len(clause) == 1 or clause[-2].dep_ != "conj") and self.denial(clause[-1], heads, False) is not None:
                return True
        return False
