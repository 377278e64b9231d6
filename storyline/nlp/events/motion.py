"""The roles of moving, sending and leaving, as the events extractor reads them: a base of `RoleFinder`.

A motion verb's mover, or a thing on its way somewhere (`drones on their way to Russia`), is the object and its
owner the actor (`mover_roles`, `way_triggers`, `way_roles`); who sends the people a passive verb of sending moves,
and the source's own forces a verb of sending sends, are the sender and what moves (`senders`, `sent_forces`); what
a verb of leaving leaves is its object, an agreement's other parties its recipients (`departure_object`,
`departure_partners`), and whose office one leaves the actor its `as`/`from` phrase names (`office_holders`). The
questions they ask back (`self.actors`, `self.lex`, `self.links`) are `RoleFinder`'s.
"""

from spacy.tokens import Doc, Token

from storyline.nlp.actors import local_actor
from storyline.nlp.events.actors import ActorReader, state_of
from storyline.nlp.events.lexicon import (
    PASSIVE_SUBJECT_DEPS,
    RELATIVE_PRONOUNS,
    SUBJECT_DEPS,
    Lexicon,
    Roles,
    Trigger,
    add_new,
    is_definite,
    lemma,
    lemma_tokens,
    pobjs,
    prep_objects,
)
from storyline.nlp.events.links import ArticleLinks

WAY_GOALS = ("to", "toward", "towards", "into")
"""Prepositions of where a thing on its way goes."""


class MotionRoles:
    """Movers, senders, things on their way and things left; the base of `RoleFinder`, whose lexicon, actor
    reader and article links it asks."""

    lex: Lexicon
    actors: ActorReader
    links: ArticleLinks

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
        roles.obj = self.lex.unwrap(mover)
        roles.sources = self.actors.owner_actors(doc, roles.obj)
        if not roles.sources and (occasion := self.links.occasion_actor(doc, roles.obj)):
            roles.sources = [occasion]
            roles.path.append(f"fired-during={occasion}")
        if not roles.sources and (told := self.links.moved_before(doc, roles.obj, entry)):
            roles.counted = mover
            roles.obj, roles.sources = told
            roles.path.append(f"moved-by={roles.sources[0]}")
        roles.path.append(f"mover={roles.obj.text}")

    def way_triggers(self, doc: Doc) -> list[Trigger]:
        """A thing on its way somewhere moves as the subject of a motion verb does (`weapons could be on their way
        from Tehran to Moscow`, `drones on their way to Russia`): the noun of an `on` phrase owned by a pronoun
        (`way_nouns` in events.yaml), read as the verb `way_verb` (flow: things handed over), with somewhere to go
        (a `to` phrase); the verb it hangs on lends its modality, as a light verb does (`could be on their way`)."""
        verb = self.lex.way_verb
        if verb is None:
            return []
        return [Trigger(t, verb, f"motion {lemma(t)}", light=t.head.head if t.head.head.pos_ in ("VERB", "AUX")
                        else None) for t in lemma_tokens(doc, self.lex.way_nouns) if t.pos_ == "NOUN" and (
            lemma(t) in self.lex.way_nouns and t.dep_ == "pobj" and t.head.lower_ == "on"
            and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in t.children)
            and any(c.dep_ == "prep" and c.lower_ in WAY_GOALS for c in t.subtree))]

    def way_roles(self, doc: Doc, trigger: Trigger) -> Roles:
        """What is on its way is the object and its owner the actor, or the actor the `from` phrase names (a
        state's capital too); the `to` phrase names the recipient (`more weapons could be on their way from Tehran to
        Moscow`: Iran to Russia). The mover is the noun the `on` phrase modifies (`drones on their way`) or the
        subject of the verb it hangs on (`are on their way`)."""
        way = trigger.token
        roles = Roles()
        host = way.head.head
        mover = host if host.pos_ in ("NOUN", "PROPN") else next(
            (c for c in host.children if c.dep_ in (*SUBJECT_DEPS, *PASSIVE_SUBJECT_DEPS)), None)
        if mover is None or mover.lower_ in RELATIVE_PRONOUNS or self.actors.actors_of(doc, self.lex.unwrap(mover)):
            return roles  # `Russia's troops were on their way to Ukraine`: an actor travelling, nothing handed over
        roles.obj = self.lex.unwrap(mover)
        roles.path.append(f"mover={roles.obj.text}")
        roles.sources = self.actors.owner_actors(doc, roles.obj)
        for prep in (c for c in way.subtree if c.dep_ == "prep" and c.lower_ in ("from", *WAY_GOALS)):
            for pobj in pobjs(prep):  # `from Belarus to Ukraine`: the to phrase hung on the from phrase; a state or
                # its capital, not a place in it (`to the Taiwan Strait`)
                found = self.actors.actors_of(doc, pobj) or list(self.actors.actor_at(doc, pobj))
                if prep.lower_ == "from" and not roles.sources and add_new(roles.sources, found):
                    roles.path.append(f"from={pobj.text}")
                elif prep.lower_ != "from" and not roles.targets and add_new(roles.targets, found, roles.sources):
                    roles.path.append(f"{prep.lower_}={pobj.text}")
        if not roles.sources and (told := self.links.moved_before(doc, roles.obj, trigger.entry)):
            roles.obj, roles.sources = told
            roles.path.append(f"moved-by={roles.sources[0]}")
        roles.structural = bool(roles.sources or roles.targets)
        return roles

    def departure_object(self, verb: Token, entry: dict, roles: Roles) -> None:
        """What one leaves is the object where it refines the entry: `withdrew from the treaty`, `took
        France out of that pact`. The one pulled out is the actor's own side leaving, no recipient: the deal's
        other parties are."""
        for prep, pobj in self.left_things(verb):
            if set(self.lex.classes([lemma(pobj)])) & set(entry["by_object"]):
                roles.obj = pobj
                roles.path.append(f"{prep.lower_}={pobj.text}")
                roles.moved = [a for c in verb.children if c.dep_ == "dobj" for a in self.actors.actors_of(verb.doc, c)]
                roles.targets = [t for t in roles.targets if t not in roles.moved]
                return

    def left_things(self, verb: Token) -> list[tuple[Token, Token]]:
        """What a verb of leaving leaves, with its preposition: `withdrew from X`, `pulled Y out of X`, `walked
        away from X`."""
        preps = [c for c in verb.children if c.dep_ in ("prep", "prt")]
        preps += [g for p in verb.children if p.lower_ in ("out", "away") for g in p.children if g.dep_ == "prep"]
        return [(prep, self.lex.unwrap(pobj)) for prep in dict.fromkeys(preps) if prep.lower_ in ("from", "of")
                for pobj in pobjs(prep)]

    def departure_partners(self, doc: Doc, verb: Token, sources: list[str]) -> list[str]:
        """Who is left where one walks away from an agreement: its other parties (`walked away from the accord`
        after `the Cuba accord`)."""
        for _, thing in self.left_things(verb):
            if self.lex.party_classes & set(self.lex.classes([lemma(thing)])):
                states = {state_of(doc, s) for s in sources}
                return [a for a in self.agreement_parties(doc, thing) if state_of(doc, a) not in states]
        return []

    def office_holders(self, doc: Doc, token: Token, sources: list[str]) -> list[str]:
        """Whose office one leaves (`resigned as president of Indonesia`, `stepped down from the Nepali
        government`): the actor the `as`/`from` phrase names, itself or through its own `of` phrase."""
        heads = [token, *(c for c in token.children if c.dep_ == "prt")]
        for _, office in prep_objects(heads, ("as", "from")):
            found = [a for a in self.actors.actors_of(doc, office) if a not in sources]
            found += [a for of in office.children if of.dep_ == "prep" and of.lower_ == "of"
                      for p in pobjs(of) for a in self.actors.actors_of(doc, p) if a not in sources]
            if found:
                return list(dict.fromkeys(found))
        return []

    def agreement_parties(self, doc: Doc, thing: Token) -> list[str]:
        """The parties an agreement names (`the Iran deal`, `the deal with Iran`), or, for a definite one that
        names none, those of the latest earlier agreement of the same word that does."""
        def named(noun: Token) -> list[str]:
            return [*self.actors.owner_actors(doc, noun), *(a for prep in noun.children if prep.dep_ == "prep"
                                                     and prep.lower_ == "with" for p in pobjs(prep)
                                                     for a in self.actors.actors_of(doc, p))]
        if found := named(thing):
            return found
        if not is_definite(thing):
            return []
        return next((found for t in reversed(doc[: thing.i]) if lemma(t) == lemma(thing) and (found := named(t))), [])

    def sent_forces(self, doc: Doc, token: Token, sources: list[str], withdraws: bool = False) -> list[str]:
        """The actors a phrase of people sent names (`Iranian soldiers`, `IRGC members`: a word of the sent
        classes, `sent_classes` in events.yaml) where each belongs to a source's own state: the source's forces,
        what it sends, no recipient; in a withdrawal also a group of no state (`withdrew inspectors and aid workers
        from Syria`: those pulled out, the place left the recipient)."""
        if not sources or not self.lex.sent_classes & set(self.lex.classes([lemma(token)])):
            return []
        actors = [a for a in self.actors.actors_of(doc, token) if a not in sources]
        states = {state_of(doc, s) for s in sources}
        return actors if actors and all(state_of(doc, a) in states or (withdraws and self.stateless_group(doc, a))
                                        for a in actors) else []

    def senders(self, doc: Doc, verb: Token) -> list[str]:
        """Who sends or pulls out the people a passive verb of sending moves with no `by` phrase (`Russian soldiers were
        deployed`, `the Ecowas peacekeepers are being deployed`, `Nigerian police were withdrawn`): the state whose
        forces they are, or the body whose people they are; none where any of them is of neither (`aid workers`)."""
        out: list[str] = []
        for moved in (c for c in verb.children if c.dep_ in PASSIVE_SUBJECT_DEPS):
            moved = self.lex.unwrap(moved)
            if not self.lex.sent_classes & set(self.lex.classes([lemma(moved)])):
                return []
            for actor in self.actors.actors_of(doc, moved):
                found = local_actor(doc, actor) or {}
                owner = found.get("country") if found.get("kind") == "group" else (
                    actor if found.get("kind") in ("organization", "country") else None)
                if owner is None:
                    return []
                add_new(out, [owner])
        return out

    @staticmethod
    def stateless_group(doc: Doc, actor: str) -> bool:
        """An unnamed group of no state (`aid workers`)."""
        found = local_actor(doc, actor) or {}
        return found.get("kind") == "group" and not found.get("country")
