"""Article-level linking for the events extractor: the roles only the document's earlier events give.

Some phrases point back to an act told before: a verdict or request on `the act` goes to its actor; things moving
with no owner named are those an earlier act moved (`Five of them landed`); an answer goes to the actor answered
(`responded by deploying warships`), an act of a campaign without recipient to the recipient of the same state's
earlier act of its kind; a pronoun actor is the antecedent the article shows doing that act to that recipient; and
coordinated verbs share the actor or recipient one of them names. `ArticleLinks` holds the document's events so
far (`told`): role finding asks it while a trigger's roles are filled (`moved_before`, `instrument_user`,
`told_source`), and the extractor runs `link` once all of a document's events are found. Kept apart from role
finding because this reads the list of events rather than the parse of one clause; it asks `ActorReader`, never
the role finder, so nothing calls back and no mixin is needed.
"""

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from storyline.nlp.actors import local_actor
from storyline.nlp.agents import idle_actors, mentions_changed
from storyline.nlp.events.actors import ActorReader, state_of
from storyline.nlp.events.lexicon import (
    ACT_PRONOUNS,
    PASSIVE_SUBJECT_DEPS,
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
    REPORTED_DEPS,
    SUBJECT_DEPS,
    THING_PRONOUNS,
    Lexicon,
    Roles,
    Trigger,
    is_definite,
    lemma,
    pobjs,
)


class ArticleLinks:
    """The document's events so far, and the roles read from them."""

    def __init__(self, lex: Lexicon, actors: ActorReader):
        self.lex = lex
        self.actors = actors
        self.told: list[dict] = []
        """The document's events so far, in text order: what a later phrase may point back to."""
        self.means: list[dict] = []
        """The things used as the means of an act (`using Iranian drones`), with their user: no events, but things
        told."""

    def link(self, doc: Doc) -> list[dict]:
        """The told events with the roles only the whole article gives: pronoun actors re-read, conjuncts'
        roles shared, pointers resolved, then recipients continued."""
        events = self.resolve_pointers(doc, self.share_conjunct_roles(doc, self.reread_pronouns(doc, self.told)))
        events = self.content_actors(doc, self.two_sides(doc, self.continue_recipients(doc, events)))
        events = [e for e in events if e["target"] or e["type"] not in self.lex.addressed_types]  # asks no one
        for e in events:
            if not e["source"] and e["target"] and e.get("_places") and self.stand_in(doc, e["target"]):
                e["target"], place = e["_places"][0]  # `ten people were killed in Baghdad`: victims of no country
                e["reason"] += f" victims-in={place}"  # named are the place's, not no one
        for e in events:
            if e["target"] is None and e["source"] and e.get("_unnamed") is not None and (
                    group := self.actors.unnamed_group(doc, doc[e["_unnamed"]])) not in (None, e["source"]):
                e["target"] = group  # `freed 150 child soldiers`: the people the act is done to, where the article
                e["reason"] += f" unnamed={doc[e['_unnamed']].text}"  # gives no one else
        events = [e for e in events if e["source"] or not self.stand_in(doc, e["target"])]  # no one acts on no one
        self.drop_stand_ins(doc, events)
        return events

    @staticmethod
    def drop_stand_ins(doc: Doc, events: list[dict]) -> None:
        """Victim groups of no country that no event kept (a state took their place), and unnamed groups of no
        country that no event nor quote uses, are no actors (`idle_actors`)."""
        dropped = idle_actors(doc, events)
        if dropped:
            doc._.local_actors = [a for a in doc._.local_actors or [] if a["id"] not in dropped]
            doc._.mentions = [m for m in doc._.mentions or [] if m["actor"] not in dropped]
            mentions_changed(doc)

    def two_sides(self, doc: Doc, events: list[dict]) -> list[dict]:
        """A meeting, talks or clashes whose parties the parse does not give (`military commanders met`, `five days
        of intense fighting`) are between the article's two sides: the pair of states its other events join most
        often, where they are at odds (some of those events hostile), in the order the article names them.
        Dropped where the article has no such pair, or names one party only."""
        told = [e for e in events if not e["_pair"]]
        said = self.article_pair(doc, told)
        fought = self.article_pair(doc, [e for e in told if e["type"] not in self.lex.verbal_types])
        out: list[dict] = []
        for event in events:
            sides = said if event["type"] in self.lex.verbal_types else fought or (said if event["_pair"] and (
                not self.beside_charge(doc, event, events, said) or self.charged_side(doc, event, events)
                or self.actors.accuser(doc, doc[event["_token"]])) else None)
            # `Malaysia accused Cambodia of lying. Fighting continued`, `dismissed charges by Canada that its
            # army committed abuses in the north, where weeks of clashes`: a fight is between the
            # sides the article's material acts join, not an accuser and the accused its sentence names, unless it
            # is what one charges the other with (`accused Cambodia of violating the truce, saying clashes
            # continued`)
            if not event["_pair"]:
                out.append(event)
            elif sides is not None and (event["target"] is None or self.stand_in(doc, event["target"])):
                a, b = self.actors.military_sides(doc, doc[event["_token"]],
                                                  self.actors.sentence_order(doc, doc[event["_token"]], sides))
                if self.actors.accuser(doc, doc[event["_token"]]) in (a, state_of(doc, a)):
                    a, b = b, a  # `Bangkok's allegations the truce had been breached with skirmishes`: the other's act
                if event["status"] in ("denied", "negated") and self.speaker_state(doc, event["reported_by"]) == b:
                    a, b = b, a  # `Cambodia insisted there had been no clashes`: a party denies its own part
                elif event["type"] in self.lex.hostile_types and (
                        charged := self.charged_side(doc, event, events)) and set(charged) == set(sides):
                    a, b = charged  # `accused Cambodia, saying clashes continued`: the accused's part
                out.append({**event, "source": a, "target": b, "reason": f"{event['reason']} sides={a},{b}"})
            elif sides is None and event.get("_sideless"):
                out.append({**event, "source": event["_sideless"]})  # `government officials agreed`: no two sides
        return out

    def content_actors(self, doc: Doc, events: list[dict]) -> list[dict]:
        """An accusation noun whose content clause the parse hung apart from it (`Bangkok's allegations the truce
        had been breached with overnight skirmishes`) is aimed at the actor of the hostile act that clause tells;
        dropped where it tells none."""
        out: list[dict] = []
        for event in events:
            if event.get("_content") is None or event["target"] is not None:
                out.append(event)
                continue
            clause = doc[event["_content"]]
            actor = next((e["source"] for e in events if e is not event and e["source"] and e.get("_content") is None
                          and e["type"] in self.lex.hostile_types and (
                              clause == doc[e["_token"]] or clause.is_ancestor(doc[e["_token"]]))
                          and state_of(doc, e["source"]) != state_of(doc, event["source"])), None)
            if actor is not None:
                out.append({**event, "target": actor, "reason": f"{event['reason']} content-actor={actor}"})
        return out

    @staticmethod
    def beside_charge(doc: Doc, event: dict, events: list[dict], sides: tuple[str, str] | None) -> bool:
        """The event's sentence tells an accusation between the pair."""
        return sides is not None and any(
            e["type"] == "ACCUSE" and e["start"] == event["start"] and e["source"] and e["target"]
            and {state_of(doc, e["source"]), state_of(doc, e["target"])} == set(sides) for e in events)

    def charged_side(self, doc: Doc, event: dict, events: list[dict]) -> tuple[str, str] | None:
        """The accused and the accuser, where the hostilities are the content of an accusation between the two
        sides (`accused Cambodia of violating the truce, saying sporadic clashes continued`)."""
        token = doc[event["_token"]]
        for other in events:
            if other["type"] != "ACCUSE" or not (other["source"] and other["target"]) or other is event:
                continue
            accusing = doc[other["_token"]]
            if accusing not in token.ancestors:
                continue
            between = [a for a in token.ancestors if accusing.is_ancestor(a)]
            if any(lemma(a) in self.lex.stop_verbs | self.lex.blocking_nouns for a in between):
                return None  # `despite an agreement to end the deadly fighting`: the war before, no charge
            if any(a.dep_ == "relcl" for a in [token, *between]):
                return None  # `guilty of ethnic cleansing in Tigray, where months of fighting have cost`: the
                # place's background, no charge
            return state_of(doc, other["target"]), state_of(doc, other["source"])
        return None

    def speaker_state(self, doc: Doc, speaker: str | None) -> str | None:
        """The country a speaker belongs to: its own, else the one its title names (`Cambodia's defence ministry
        spokeswoman Maly Socheata`)."""
        if not speaker or (local_actor(doc, speaker) or {}).get("country"):
            return state_of(doc, speaker)
        states = set(self.actors.places.values())
        for m in (m for m in doc._.mentions or [] if m["actor"] == speaker):
            span = doc.char_span(m["start"], m["end"], alignment_mode="expand")
            start = span.root.left_edge.idx if span is not None else m["start"]
            named = [state_of(doc, n["actor"]) for n in doc._.mentions or [] if start <= n["start"] < m["start"]]
            if found := [s for s in named if s in states or (local_actor(doc, s) or {}).get("kind") == "country"]:
                return found[-1]
        return None

    def article_pair(self, doc: Doc, events: list[dict]) -> tuple[str, str] | None:
        """The two states the article's events join most often (either way round), first named first, where some
        of those events are hostile; None where no pair leads or the leading pair is not at odds."""
        states = set(self.actors.places.values())
        counts: dict[frozenset, int] = {}
        hostile: set[frozenset] = set()
        for e in events:
            if not (e["source"] and e["target"]):
                continue
            pair = (state_of(doc, e["source"]), state_of(doc, e["target"]))
            if pair[0] != pair[1] and all(
                    s in states or (local_actor(doc, s) or {}).get("kind") == "country" for s in pair):
                counts[frozenset(pair)] = counts.get(frozenset(pair), 0) + 1
                if e["type"] in self.lex.hostile_types:
                    hostile.add(frozenset(pair))
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]) or ranked[0][0] not in hostile:
            return None
        first: dict[str, int] = {}
        for m in doc._.mentions or []:
            first.setdefault(state_of(doc, m["actor"]) or "", m["start"])
        a, b = sorted(ranked[0][0], key=lambda s: first.get(s, len(doc.text)))
        return a, b

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
        target = state_of(doc, event["target"])

        def practice(actor: str) -> int:
            state = state_of(doc, actor)
            return sum(1 for e in named if e["type"] == event["type"] and state_of(doc, e["target"]) == target
                       and state_of(doc, e["source"]) == state)

        candidates = [a for a in dict.fromkeys(a for _, a in self.actors.antecedents(doc, pronoun))
                      if state_of(doc, a) != target]
        best = max(candidates, key=practice, default=None)
        return best if best is not None and practice(best) > practice(event["source"]) else None

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
            fellows = [*anchor.conjuncts, *filter(None, [self.actors.headline_continuation(anchor)])]
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

    def continue_recipients(self, doc: Doc, events: list[dict]) -> list[dict]:
        """An act that names no recipient but answers an earlier one (`Japan responded by deploying
        destroyers`) goes to the actor of the nearest earlier act of another state; an act of a campaign
        or a refusal (`continuing_types`) goes on the same state's earlier act of its kind: after `China launched
        drills around Taiwan`, `the Chinese military fired missiles` is aimed at Taiwan (where things fell, `missiles
        landed in Japan's zone`, is no aim)."""
        out: list[dict] = []
        for i, event in enumerate(events):
            if (event["target"] is None or self.stand_in(doc, event["target"])) and event["source"]:
                before = [e for e in reversed(events[:i]) if e["_token"] < event["_token"] and e["source"]]
                if event["_responds"] and (answered := self.answered_actor(doc, event, before)):
                    event = {**event, "target": answered, "reason": f"{event['reason']} answers"}
                elif event["type"] in self.lex.continuing_types and (
                        goes_on := self.campaign_target(doc, event, before)):
                    event = {**event, "target": goes_on, "reason": f"{event['reason']} continues"}
                elif (event["type"] in self.lex.opponent_types or event["mode"] in self.lex.opponent_modes) and (
                        foe := self.opponent(doc, event, events)):
                    event = {**event, "target": foe, "reason": f"{event['reason']} opponent={foe}"}
            out.append(event)
        return out

    def stand_in(self, doc: Doc, actor: str) -> bool:
        """A recipient that only stands in for a state the article may give: victims of no country named
        (`killing several civilians`, after a war's other events), kept where the article gives none."""
        found = local_actor(doc, actor) or {}
        victims = self.actors.agents.victims if self.actors.agents is not None else set()
        return found.get("kind") == "group" and not found.get("country") and found.get("sector") in victims

    def opponent(self, doc: Doc, event: dict, events: list[dict]) -> str | None:
        """The one state the article's hostile events pair with the event's source state, either way round (the
        other side of a war the article tells), or, where none is hostile, its other events (the other party
        to a ceasefire); None where no state or two states are paired with it as often."""
        state = state_of(doc, event["source"])
        states = set(self.actors.places.values())
        for hostile in (True, False):
            counts: dict[str, int] = {}
            for e in events:
                if not (e["source"] and e["target"]) or (hostile and e["type"] not in self.lex.hostile_types):
                    continue
                pair = (state_of(doc, e["source"]), state_of(doc, e["target"]))
                if state in pair and pair[0] != pair[1]:
                    other = pair[1] if pair[0] == state else pair[0]
                    if other in states or (local_actor(doc, other) or {}).get("kind") == "country":
                        counts[other] = counts.get(other, 0) + 1
            ranked = sorted(counts.items(), key=lambda kv: -kv[1])
            if ranked:
                return ranked[0][0] if len(ranked) == 1 or ranked[1][1] < ranked[0][1] else None
        return None

    def answered_actor(self, doc: Doc, event: dict, before: list[dict]) -> str | None:
        """The actor of the nearest earlier act (no words) by another state than the event's."""
        state = state_of(doc, event["source"])
        return next((e["source"] for e in before if e["type"] not in self.lex.verbal_types
                     and state_of(doc, e["source"]) != state), None)

    def campaign_target(self, doc: Doc, event: dict, before: list[dict]) -> str | None:
        """The recipient of the nearest earlier act of the event's type by the same state, not where things
        fell nor the state itself."""
        state = state_of(doc, event["source"])
        return next((e["target"] for e in before if e["type"] == event["type"] and e["target"] and not e["_motion"]
                     and state_of(doc, e["source"]) == state and state_of(doc, e["target"]) != state), None)

    def told_source(self, doc: Doc, trigger: Trigger, event_type: str, targets: list[str]) -> list[str]:
        """A definite event noun naming its recipient but no actor (`the sanctions placed on Iran`) is the act
        told before: its actor is that of the latest earlier act of its type on the same state."""
        if not (trigger.noun and targets and is_definite(trigger.token)):
            return []
        states = {state_of(doc, t) for t in targets}
        return next(([e["source"]] for e in reversed(self.told) if e["type"] == event_type and e["source"]
                     and state_of(doc, e["target"]) in states), [])

    def earlier_things(self, doc: Doc, kinds: set[str], before: int, since: int = 0) -> Iterator[tuple[dict, Token]]:
        """The acts told before, latest first, with an actor and an object of one of `kinds` between token
        `since` and token `before`: what a later phrase about such things may mean."""
        for told in sorted(self.told + self.means, key=lambda e: e["_token"], reverse=True):
            thing = doc[told["_object"]] if told["_object"] is not None else None
            if thing is not None and since <= thing.i < before and told["source"] and (
                    kinds & set(self.lex.classes([lemma(thing)]))):
                yield told, thing

    def thing_user(self, doc: Doc, thing: Token, roles: Roles) -> str | None:
        """The actor of the latest earlier act using things of the same class (`Russia used the drones to
        attack Kyiv`), other than the event's own actors."""
        kinds = set(self.lex.classes([lemma(thing)]))
        return next((told["source"] for told, _ in self.earlier_things(doc, kinds, thing.i)
                     if told["type"] in self.lex.user_types and told["source"] not in roles.sources), None)

    def means_of(self, trigger: Trigger, roles: Roles, event_type: str) -> bool:
        """A verb of using a means as a participle of another verb (`attacked Ukraine using Iranian drones`,
        `to wage its war using inexpensive weapons`) tells how that verb's act is done, no act of its own: what is
        used is kept with its user among the things told (`means`), for a later phrase about such things
        (`shot down Iranian drones`: aimed at their user)."""
        token = trigger.token
        if trigger.noun or lemma(token) not in self.lex.instrument_verbs or token.tag_ != "VBG" or (
                token.dep_ != "advcl") or token.head.pos_ not in ("VERB", "AUX") or any(  # not `began deploying`
                c.dep_ in SUBJECT_DEPS for c in token.children):
            return False
        if roles.sources and roles.obj is not None and event_type in self.lex.user_types:
            self.means.append({"source": roles.sources[0], "type": event_type, "_token": token.i,
                               "_object": roles.obj.i})
        return True

    def instrument_user(self, noun: Token) -> str | None:
        """The actor of an act whose means were handed over just before: in `giving drills and training to
        Russian soldiers, used in attacks on Ukraine` the attacker is the recipient of the means."""
        prep = noun.head
        used = prep.head
        if noun.dep_ != "pobj" or prep.lower_ != "in" or used.dep_ not in ("acl", "advcl") or (
                lemma(used) not in self.lex.instrument_verbs):
            return None
        means = used.head.i  # the thing used, or the act that handed it over
        return next((e["target"] for e in reversed(self.told)
                     if e["target"] and means in (e["_token"], e["_object"], e["_anchor"])), None)

    def occasion_actor(self, doc: Doc, thing: Token) -> str | None:
        """Things used during an act told before are its actor's: `missiles fired during exercises flew over
        Taiwan` after `China launched exercises`."""
        occasions = [p for acl in thing.children if acl.dep_ == "acl" and acl.tag_ == "VBN"
                     for prep in acl.children if prep.dep_ == "prep" and prep.lower_ in self.lex.occasion_preps
                     for p in pobjs(prep)]
        for occasion in occasions:
            types = self.pointed_types(occasion) or []
            if found := next((e["source"] for e in reversed(self.told)
                              if e["type"] in types and e["source"] and e["_token"] < occasion.i), None):
                return found
        return None

    def moved_before(self, doc: Doc, mover: Token, entry: dict) -> tuple[Token, list[str]] | None:
        """Things that move with no owner named are those an earlier act of the document moved, and its actor
        their owner: `China launched nine missiles. Five of them landed in Japan's zone`."""
        wanted = set(entry.get("by_object", {}))
        own = wanted & set(self.lex.classes([lemma(mover)]))
        pronoun = mover.pos_ == "PRON"
        if (self.actors.actors_of(doc, mover) and not pronoun) or not (own or mover.like_num or pronoun):
            return None  # an actor moves itself; a thing of another kind is not what was moved
        earliest = self.actors.reach_start(doc, mover)
        return next(((thing, [told["source"]]) for told, thing in self.earlier_things(doc, own or wanted, mover.i,
                                                                                     earliest)), None)

    def acting_subject(self, doc: Doc, verb: Token) -> str | None:
        """The actor of the act a light verb's subject points back to: `the firing of missiles sent a warning`
        is a warning by whoever fired them."""
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None or self.actors.actors_of(doc, subject):
            return None
        return self.act_actor(doc, subject, None, self.told)

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
        if found is None or len(roles.sources) != 1 or self.actors.resolve_pronoun(doc, found) != roles.sources:
            return None
        return None if self.speaker_bound(doc, found) else found

    def speaker_bound(self, doc: Doc, pronoun: Token) -> bool:
        """The pronoun is the subject of what its antecedent says: `officials said that they shot down`."""
        clause = pronoun.head
        return (pronoun.dep_ in SUBJECT_DEPS and clause.dep_ in REPORTED_DEPS
                and lemma(clause.head) in self.lex.speech_verbs
                and self.actors.subject_actors(doc, clause.head, []) == self.actors.resolve_pronoun(doc, pronoun))

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
                and is_definite(token)
                and not self.actors.actors_of(doc, token) and not self.actors.owner_actors(doc, token))

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
            return self.actors.subject_actors(doc, head.head, [])
        return []

    def responding(self, token: Token) -> bool:
        """The act is how its actor answered one told before: `responded by deploying warships`."""
        head = token.head
        return token.dep_ == "pcomp" and head.lower_ == "by" and lemma(head.head) in self.lex.response_verbs
