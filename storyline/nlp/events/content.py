"""What a trigger's words hold rather than do, as the events extractor reads them: a base of `TriggerFinder`.

A hit may be no act of its own but the content of another event, which PLOVER codes as that one event: what is
agreed, threatened, asked or refused, a wish, a purpose, a capacity, something stopped or banned, a cause named,
what a sanction punishes (`absorbed`, `wished`). An appeal is a demand PLOVER codes only where it asks for a
yielding, hostile measures or assistance (`demands`, `asked_against`), and judging or claiming an act voices it
(`voiced_act`). The questions they ask back (`verb_trigger`, `noun_trigger`, `charge`, `self.lex`, `self.actors`)
are `TriggerFinder`'s.
"""

from spacy.tokens import Doc, Token

from storyline.nlp.events.actors import ActorReader
from storyline.nlp.events.lexicon import (
    OBJECT_DEPS,
    SUBJECT_DEPS,
    Lexicon,
    Trigger,
    has_to,
    hyphened,
    lemma,
    pobjs,
    prep_objects,
)


class ContentReader:
    """Which hits are the content of another event, and which appeals are demands; the base of `TriggerFinder`,
    whose lexicon look-ups it asks."""

    lex: Lexicon
    actors: ActorReader

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
        if token.pos_ == "NOUN" and token.dep_ in OBJECT_DEPS and token.head.pos_ == "VERB" and (
                self.requested(token.head)):
            return True  # `demanded a truce with X`, `urged donors to speed up their funding`: what is asked for
        if token.pos_ == "NOUN" and token.dep_ == "pobj" and (token.head.lower_ in lex.cause_words or (
                token.head.lower_ in ("to", "of") and token.head.head.lower_ in lex.cause_words)):
            return True  # `thanks to Iran's support for Russia`, `because of the invasion`: a cause named, not told
        if token.pos_ == "NOUN" and token.dep_ == "pobj" and token.head.lower_ in ("on", "against") and (
                {"restriction", "sanction"} & set(lex.classes([lemma(token.head.head)]))):
            return True  # `an embargo on arms sales to Vietnam`, `a ban on exports`: what is banned, not told
        if (token.pos_ == "NOUN" or token.dep_ == "pcomp") and self.sanction_reason(token):
            return True  # `sanctions related to Iran's drone sales to Russia`, `was arrested for collaborating with
            # rebels`: why it is punished, told as the punishment
        if token.pos_ == "NOUN" and token.dep_ == "dobj" and token.head.pos_ == "VERB" and (
                lemma(token.head) in lex.desire_words):
            return True  # `Iran needed Russia's help`, `wants more weapons`: what one wants or needs is not given
        if token.pos_ in ("NOUN", "VERB") and self.asked_for(token):
            return True  # `an appeal for $234 million in aid`, `called for sanctions against Turkey`, `a United
            # Nations appeal for deploying army troops`
        if lemma(token) in lex.instrument_verbs and any(
            c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB" and self.verb_trigger(c) for c in token.children
        ):
            return True
        if self.protest_demand(token):
            return True  # `rioted at a jail joining demonstrators in demanding a referendum`: what the protest demands
        head = token.head
        if self.wish_for(token):
            return True  # `were waiting for the military to investigate`: a wish
        if self.deal_content(token):
            return True  # `signed a pact on Monday to expand fishing`
        if token.pos_ == "NOUN" and token.dep_ == "pobj" and head.lower_ == "to" and head.head.pos_ == "VERB" and (
                (agreed := self.verb_trigger(head.head)) is not None and agreed.entry.get("type") == "AGREE"):
            return True  # `agreed to a ceasefire with the Houthis`: what is agreed to, the one event AGREE
        if (self.purpose_clause(token) and lemma(head) not in lex.instrument_verbs
                and lemma(token) not in lex.purpose_acts  # `sent experts to investigate`: they investigate
                and has_to(token)
                and not any(c.dep_ in SUBJECT_DEPS for c in token.children)
                and not any(c.dep_ in OBJECT_DEPS and lemma(c) in lex.decision_nouns | lex.operation_nouns
                            for c in head.children)):  # `launched operations to detain 40 suspects`: the detaining
            return True  # a purpose (`sent weapons to help`), not a decision (`made a choice to side with`)
        if token.dep_ in ("xcomp", "ccomp") and head.pos_ in ("VERB", "ADJ", "AUX"):
            if lemma(head) in lex.desire_words | lex.stop_verbs:
                return True
            if token.dep_ == "ccomp" and lemma(head) in lex.opinion_verbs and any(
                    c.dep_ == "aux" and c.lower_ in lex.ought_modals for c in token.children):
                return True  # `doubt that senators ought to block the budget`: a view of what ought to be, no act
            governing = self.verb_trigger(head) if head.pos_ == "VERB" else None
            if lemma(head) in lex.helping_verbs and head.dep_ == "advcl" and self.absorbed(head):
                return True  # `shipped boats to Ghana so that the country can guard its coast`: the purpose's own
                # complement is no more told than the purpose
            if governing is None and head.pos_ == "VERB" and head.dep_ in ("xcomp", "ccomp") and self.absorbed(head):
                return True  # `urged France to pressure the US to lift sanctions`: the request's content still
            if token.dep_ == "xcomp" and head.dep_ in ("xcomp", "ccomp", "conj") and head.head.pos_ == "VERB" and (
                    self.requested(head)):
                return True  # `asked the alliance to help watch its coast`: what the one asked is to help do
            if token.dep_ == "ccomp" and any(  # `voiced hope that Greece will help Turkey`: a wish
                    c.dep_ in OBJECT_DEPS and c.i < token.i and lemma(c) in lex.desire_words for c in head.children):
                return True
            if governing is not None and token.dep_ == "xcomp" and lex.transfers(governing.entry):
                return True  # what the sent do (`sent advisers to train with the Serbs`)
            if governing is not None and token.dep_ == "xcomp" and governing.entry.get("no_xcomp"):
                return False  # `sought to sanction`: `seek` is no request here, the sanction its plan
            if token.dep_ == "ccomp" and self.content_owner(token) is not None:
                return True  # `reiterated its demand that Israel ease`: the demand's content
            return governing is not None and governing.entry.get("type") in lex.absorbing_types
        if token.dep_ in ("acl", "relcl") and head.pos_ == "NOUN":
            if lemma(head) in lex.capacity_nouns | lex.desire_words:
                return True
            if has_to(token) and set(
                    lex.classes([lemma(head)])) & {"weapon", "money", "goods", "personnel"}:
                return True  # what the thing is for (`weapons to terrorize Ukraine`)
            if head.dep_ in OBJECT_DEPS and (stopper := self.verb_trigger(head.head)) is not None and (
                    stopper.entry.get("blocks") is True):
                return True  # `cancel plans to sell weapons`: the act is called off
            governing = self.noun_trigger(head)
            return governing is not None and governing.entry.get("type") in lex.absorbing_types
        return self.topic_of_content(token)

    def protest_demand(self, verb: Token) -> bool:
        """The verb is a demand a protest makes, hung on the protest verb as its purpose, directly or through a
        participle and its preposition (`marched to demand higher prices`, `rioted, demanding independence`,
        `rioted joining thousands in demanding a referendum`): PLOVER codes the protest, the demand its aim."""
        if verb.pos_ != "VERB" or lemma(verb) not in self.lex.demand_verbs:
            return False
        token = verb
        for _ in range(4):
            if token.dep_ not in ("advcl", "xcomp", "pcomp", "prep", "pobj", "dobj") or token.head == token:
                return False
            token = token.head
            if token.pos_ == "VERB" and (found := self.verb_trigger(token)) is not None and (
                    self.lex.entry_type(found.entry) == "PROTEST"):
                return True
        return False

    def sanction_reason(self, noun: Token) -> bool:
        """The noun is what a sanction punishes: the object of its `for`/`over` phrase or of a participle relating
        it (`sanctioned Iran over its supply of drones`, `sanctions related to drone sales`)."""
        prep = noun.head
        if noun.dep_ not in ("pobj", "pcomp") or prep.lower_ not in self.lex.reason_preps:
            return False
        punished = prep.head
        if punished.dep_ == "relcl" and punished.head.dep_ == "pobj" and punished.head.head.lower_ in (
                self.lex.measure_preps):  # `sanctions on the faction that controls Kabul for its support of X`: the
            punished = punished.head.head.head  # parse hangs the reason on the sanctioned one's relative clause
        if prep.lower_ == "to" and punished.dep_ == "acl" and lemma(punished) in self.lex.reason_participles:
            punished = punished.head
        elif prep.lower_ == "to":
            return False
        words = [punished, *(c for c in punished.children if punished.pos_ == "VERB" and c.dep_ in OBJECT_DEPS
                             and c.pos_ == "NOUN")]  # `imposed sanctions on Russia for its invasion`
        types = self.lex.punishing_types if noun.dep_ == "pcomp" else {"SANCTION"}
        return any((found := self.word_trigger(w)) is not None and self.lex.entry_type(found.entry) in types
                   for w in words)

    def deal_content(self, clause: Token) -> bool:
        """A `to` clause the parse hung on the verb of an agreement, offer or request told as its object (`signed an
        agreement today to increase trade`): the content of that one event, no act of its own."""
        return clause.dep_ == "advcl" and has_to(clause) and any(
            c.dep_ in OBJECT_DEPS and (deal := self.noun_trigger(c)) is not None
            and self.lex.entry_type(deal.entry) in self.lex.absorbing_types
            for c in clause.head.children if c.i < clause.i)

    def wished(self, verb: Token) -> bool:
        """The verb tells what someone wishes, not what happens: its chain of complements reaches a wish (`wants to
        hold talks`, `voiced hope that Greece will help Turkey maintain relations`)."""
        while verb.head != verb:
            head = verb.head
            if verb.dep_ == "acl" and lemma(head) in self.lex.desire_words:
                return True  # `voiced hope that X will help`
            if self.wish_for(verb):
                return True  # `were waiting for the military to investigate`, `hoping for Iran to agree`
            if verb.dep_ not in ("xcomp", "ccomp") or head.pos_ not in ("VERB", "AUX", "ADJ"):
                return False
            wishes = [c for c in head.children if c.dep_ in OBJECT_DEPS and c.i < verb.i]
            if lemma(head) in self.lex.desire_words or (verb.dep_ == "ccomp" and any(
                    lemma(c) in self.lex.desire_words for c in wishes)):
                return True
            verb = head
        return False

    def wish_for(self, clause: Token) -> bool:
        """A clause of what one waits or hopes for another to do (`were waiting for the military to investigate`):
        an adverbial clause marked `for` on a word of desire."""
        return clause.dep_ == "advcl" and lemma(clause.head) in self.lex.desire_words and any(
            c.dep_ == "mark" and c.lower_ == "for" for c in clause.children)

    def word_trigger(self, token: Token) -> Trigger | None:
        """The lexicon's trigger a noun or verb is, or None (any other word)."""
        if token.pos_ == "NOUN":
            return self.noun_trigger(token)
        return self.verb_trigger(token) if token.pos_ == "VERB" else None

    def requested(self, verb: Token) -> bool:
        """The verb asks for something (a REQUEST), or is what one asks another to do (`urged donors to speed up`)."""
        while True:
            found = self.verb_trigger(verb)
            if found is not None and found.entry.get("type") == "REQUEST":
                return True
            if verb.dep_ not in ("xcomp", "ccomp", "conj") or verb.head.pos_ != "VERB" or verb.head == verb:
                return False  # a conjunct of what is asked is asked too (`to help guard X and increase patrols`)
            verb = verb.head

    def demands(self, trigger: Trigger) -> bool:
        """An appeal (`urged`, `called on`, `a plea`) is a demand PLOVER codes (REQUEST, CAMEO 10) where what it
        asks for is a yielding (`to stop the drills`, `de-escalation`, `an immediate halt to the exercises`, `to lift
        sanctions`, a ceasefire, a release or withdrawal), hostile measures (`called for sanctions against Turkey`,
        `to join a rally against the rules`) or what another must do (`calls that Rome should drop the plan`). An
        appeal to cooperate, meet, reform or help (`urged Turkey to hold talks`) is CAMEO 02, which PLOVER drops."""
        appeal = self.lex.appeals
        heads = [trigger.token] + ([trigger.light] if trigger.light is not None else [])
        asked = [t for h in heads for c in h.children if c != trigger.token and (c.dep_ in appeal["content_deps"] or (
                     c.dep_ == "advcl" and has_to(c)))  # `call on
                 and not (c.dep_ == "prep" and any(p.ent_type_ in ("DATE", "TIME") for p in pobjs(c)))  # US to lift`
                 for t in c.subtree]
        for token in asked:
            if self.relayed(token, heads):
                continue  # `asked NATO to help patrol`, `urged France to press the US to lift sanctions`
            word = hyphened(token)
            if word in appeal["yield_words"] or (token.dep_ in ("ccomp", "acl") and any(
                    c.dep_ == "aux" and c.lower_ in self.lex.modal_demand["modals"] for c in token.children)):
                return True  # `urges de-escalation`, `calls that Jerusalem should abandon its position`
            kind = self.content_type(token)
            if kind in appeal["demanded_types"] and (kind not in appeal["aimed_types"] or self.aimed(token)):
                return True  # `to lift sanctions`, `to withdraw`; `called for sanctions against Turkey`
            if word in appeal["stop_words"] and self.stops_act(token):
                return True  # `to stop selling drones`, `a halt to the military exercises`, not `to end its crisis`
            if word in appeal["easing_verbs"] and any(
                    lemma(c) in appeal["eased_things"] for c in token.children if c.dep_ in OBJECT_DEPS):
                return True  # `to decrease tensions`
            if self.assistance_asked(token, heads):
                return True  # `seeking military equipment from Russia`: assistance asked of an actor
        return False

    def assistance_asked(self, token: Token, heads: list[Token]) -> bool:
        """The word is a thing of assistance an appeal itself asks for (its object, or its `for` phrase): weapons,
        troops, money or relief asked of someone are a request for assistance (PLOVER REQUEST assist, as the clusters'
        gold codes `seeking military equipment from Russia`), not an appeal to cooperate (`seek support from X`)."""
        asked_by = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "for" else token.head
        return token.pos_ == "NOUN" and token.dep_ in ("dobj", "obj", "pobj") and asked_by in heads and bool(
            set(self.lex.classes([lemma(token)])) & self.lex.appeals["aid_classes"])

    def aimed(self, word: Token) -> bool:
        """The act a word names is aimed at someone: an aim phrase (`against`, `at`, `on`, `into`) on it or on its
        object, or an actor as its object (`to mobilize against the war moves`, `to deploy troops to the border`
        is not)."""
        things = [word] + [c for c in word.children if c.dep_ in OBJECT_DEPS]
        return any(c.dep_ == "prep" and c.lower_ in self.lex.aim_preps for t in things for c in t.children) or any(
            t is not word and (t.ent_type_ in ("GPE", "NORP", "ORG") or self.actors.actors_of(t.doc, t))
            for t in things)

    def relayed(self, token: Token, heads: list[Token]) -> bool:
        """A word of an appeal's content lies under a verb of helping or of asking (not the appeal's own words):
        what the one asked is to help another do, or to ask of a third, is no demand made of it."""
        for above in token.ancestors:
            if above in heads:
                return False
            if above.pos_ == "VERB" and (lemma(above) in self.lex.appeals["relay_verbs"] or (
                    (found := self.verb_trigger(above)) is not None and found.entry.get("type") == "REQUEST")):
                return True
        return False

    def asked_against(self, doc: Doc, trigger: Trigger) -> list[str]:
        """The actors hostile measures or a yielding asked for are aimed at (`called for sanctions against Turkey`,
        `pushing for a ceasefire between the government and the Taliban`): the recipients of a request that names
        no one asked."""
        heads = [trigger.token] + ([trigger.light] if trigger.light is not None else [])
        preps = self.lex.aim_preps | {"between"}
        for _, thing in prep_objects(heads, ("for",)):
            if self.content_type(thing) in self.lex.appeals["demanded_types"]:
                aimed = [p for prep in thing.children if prep.dep_ == "prep" and prep.lower_ in preps
                         for p in pobjs(prep)]
                return [a for p in aimed for a in self.actors.actors_of(doc, p)] or self.placed_aims(doc, aimed)
        return []

    def placed_aims(self, doc: Doc, aimed: list[Token]) -> list[str]:
        """The state of the place the ones a measure is asked against are of, where the phrase names no actor
        (`sanctions against officials responsible for abuses in Belarus`): the first state a locative phrase in it
        names. Not `TargetFallbacks.place_states`, which is handed the place phrase itself and gives every state of
        its own words (not a destination's, nor a clause's on it) or else of a place phrase under its `in`, `of` or
        `near`: this one looks for the place (the first object of a locative preposition, however deep, that names
        a state), reads all of its words, and gives one state."""
        states = set(self.actors.places.values())
        for place in (t for p in aimed for t in p.subtree
                      if t.dep_ == "pobj" and t.head.lower_ in self.lex.locative_preps):
            if found := [a for t in place.subtree for a in self.actors.actor_at(doc, t) if a in states]:
                return found[:1]
        return []

    def stops_act(self, word: Token) -> bool:
        """A word of stopping stops an act: an event (`stop selling drones`, `a halt to the exercises`, `avoid actions
        that risk conflict`) or the act told (`urges a halt`), not a thing or deed of no event (`end its political
        crisis`, `avoid crashing out of the EU`)."""
        named = [c for c in word.children if c.dep_ in (*OBJECT_DEPS, "xcomp", "pcomp", "ccomp")] + [
            p for c in word.children if c.dep_ == "prep" for p in pobjs(c)]
        return not named or any(self.content_type(t) for t in word.subtree if t != word)

    def content_type(self, token: Token) -> str | None:
        """The type of the act a word of an appeal's content names (`lift` with `sanctions`: RETREAT), or None."""
        if token.dep_ in ("compound", "amod", "poss"):
            return None  # `emergency aid`: a modifier names no act of its own
        found = self.word_trigger(token)
        if found is None or found.entry.get("not_event"):
            return None
        if found.entry.get("type"):
            return found.entry["type"]
        objects = [c for c in token.children if c.dep_ in OBJECT_DEPS]
        classes = self.lex.classes([lemma(o) for o in objects])
        return next((spec.get("type") for c, spec in found.entry.get("by_object", {}).items() if c in classes), None)

    def voiced_act(self, noun: Token) -> bool:
        """The noun is in the object of a verb judging or claiming acts (`condemned terrorist attacks in Tehran`,
        `claimed responsibility for several attacks`, `welcomed the withdrawal`), or looked into by an inquiry (`an
        investigation of arms sales`), through nouns and prepositions; not
        what an accusation charges (`accused Cambodian troops of multiple attacks`: the accused's act)."""
        if self.charge(noun):
            return False
        token = noun
        while token.dep_ in ("pobj", "prep", "conj", "appos", "compound") and token.head.pos_ in (
                "NOUN", "PROPN", "ADP", "NUM") and token.head != token:
            token = token.head
            if token.pos_ == "NOUN" and lemma(token) in self.lex.inquiry_nouns:
                return True  # `appear for questioning in an investigation of arms sales`: what is looked into
        verb = token.head
        if token.dep_ not in OBJECT_DEPS or verb.pos_ != "VERB":
            return False
        found = self.verb_trigger(verb)
        return lemma(verb) in self.lex.voicing_verbs or (found is not None and found.entry.get("type") == "ACCUSE")

    def asked_for(self, noun: Token) -> bool:
        """The noun is in the `for` phrase of a request, through nouns and prepositions only: what is asked for; or of
        an offer, plan or threat noun: what is offered (`an Indian proposal for signing a trade pact`)."""
        token = noun
        while token.dep_ in ("pobj", "pcomp", "prep", "conj", "appos") and token.head != token:
            head = token.head
            if token.dep_ == "prep" and token.lower_ == "for":
                found = self.word_trigger(head)
                return (found is not None and found.entry.get("type") == "REQUEST") or head.pos_ == "NOUN" and (
                    lemma(head) in self.lex.proposal_nouns or (
                        found is not None and self.lex.entry_type(found.entry) in self.lex.absorbing_types))
            if head.pos_ not in ("NOUN", "PROPN", "NUM", "ADP", "SYM"):
                return False
            token = head
        return False

    def content_owner(self, clause: Token) -> Token | None:
        """The verbal act noun whose `that` clause the parser hung on the noun's verb (`reiterated its demand today
        that Israel ease`): the object before the clause that is an agreement, threat, request or refusal."""
        if clause.dep_ != "ccomp" or not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
            return None
        for obj in (c for c in clause.head.children if c.dep_ in OBJECT_DEPS and c.i < clause.i and c.pos_ == "NOUN"):
            found = self.noun_trigger(obj)
            if found is not None and self.lex.entry_type(found.entry) in self.lex.absorbing_types:
                return obj
        return None

    def purpose_clause(self, token: Token) -> bool:
        """An adverbial clause (`sent weapons to help`), or a complement the parser hangs on a verb whose object
        is a thing, not an actor it could control (`scrambled fighters to warn off bombers`, unlike `urged
        Iran to stop`), or on a passive verb of no such control (`was summoned to protest`): the act the event
        serves, not asserted of its own."""
        if token.dep_ == "advcl":
            return True
        if token.dep_ != "xcomp" or lemma(token.head) in self.lex.object_control:
            return False
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in token.head.children) and (
                (done := self.verb_trigger(token.head)) is not None and self.lex.entry_type(done.entry)):
            return True  # `the envoy was summoned to protest the raid`: the summoner's purpose, unlike `was asked
            # to` or `is scheduled to visit`
        objects = [c for c in token.head.children if c.dep_ == "dobj"]
        return bool(objects) and not any(self.actors.actors_of(token.doc, o) for o in objects)

    def topic_of_content(self, token: Token) -> bool:
        """The trigger is what a threat or request is about (`sent a warning to Finland about shipping
        weapons to Ukraine`): the topic of the one event PLOVER codes."""
        topic = next((a for a in token.ancestors if a.dep_ == "prep" and a.lower_ in self.lex.topic_preps), None)
        if topic is None:
            return False
        heads = [topic.head, *(c for c in topic.head.children if c.dep_ in OBJECT_DEPS)]  # `sent a warning about`
        governing = [self.word_trigger(h) for h in heads]
        return any(g is not None and self.lex.entry_type(g.entry) in self.lex.absorbing_types for g in governing)
