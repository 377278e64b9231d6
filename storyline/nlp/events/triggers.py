"""Trigger finding for the events extractor: which words of a document are events at all.

A lexicon verb, noun, phrase or compound; a light verb yielding to the event noun it carries (`imposed
sanctions`); a verdict told by a speaker (`the visit is a provocation`, `there is no excuse for X`); and the
tagger's misreadings of headlines. `absorbed` says which hits are no act of their own (the content of a threat, a
wish, a purpose), and `demands` which appeals PLOVER codes: they live in its base class, `content.ContentReader`.
Kept apart from role finding: it reads the lexicon against the parse and asks who acts only to skip actor nouns
and things, while role finding and the status chain reuse its `verb_trigger` and `judged`.
"""

from spacy.tokens import Doc, Token

from storyline.nlp.events.actors import ActorReader
from storyline.nlp.events.content import ContentReader
from storyline.nlp.events.lexicon import (
    OBJECT_DEPS,
    PASSIVE_SUBJECT_DEPS,
    POSSESSIVE_PRONOUNS,
    RELATIVE_PRONOUNS,
    SUBJECT_DEPS,
    VERDICT_KEYS,
    Lexicon,
    Trigger,
    has_to,
    is_definite,
    is_passive,
    lemma,
    merge,
    pobjs,
    prep_objects,
)


class TriggerFinder(ContentReader):
    """Lexicon hits in a document, with the light verbs that carry event nouns."""

    def __init__(self, lex: Lexicon, actors: ActorReader):
        self.lex = lex
        self.actors = actors

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
            elif token.pos_ == "NOUN" and self.actors.mention(doc, token) is None:
                if trigger := self.noun_trigger(token):
                    nouns[token.i] = trigger
            elif token.pos_ == "PRON" and (trigger := self.pronoun_trigger(token)):
                nouns[token.i] = trigger
        predicates = {c.i for t in verbs if t.key.startswith("phrase ") for c in t.token.children
                      if self.predicate(c) and t.key.endswith(f" {lemma(c)}")}  # `let the sailors go`: one act
        verbs = [t for t in verbs if t.token.i not in predicates]
        kept: list[Trigger] = []
        blocked: set[int] = set()
        for trigger in verbs:
            carried = [nouns[c.i] for c in self.carried_nouns(trigger.token) if c.i in nouns]
            if trigger.entry.get("blocks") and (stopped := self.headline_objects(trigger.token)):
                for noun in (n for n in stopped if n.i in nouns):
                    nouns[noun.i] = self.stopped_trigger(trigger, noun)
                continue
            if trigger.entry.get("blocks") or trigger.key.startswith("phrase"):
                blocked.update(t.token.i for t in carried if not (  # `rejected calls from Kyiv`: the calls stand
                    trigger.entry.get("blocks") == "acts" and self.lex.entry_type(t.entry) in self.lex.spoken_types)
                    and not (trigger.entry.get("blocks") and self.described(t)))
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
    def predicate(token: Token) -> bool:
        """A verb the parse makes the complement of a phrase's verb, with the phrase's object as its subject (`let the
        sailors go`, `let free the activists`): the second word of the phrase."""
        return token.dep_ == "ccomp" and token.pos_ in ("VERB", "ADJ") and any(
            c.dep_ in SUBJECT_DEPS for c in token.children)

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
        if base in self.lex.speech_verbs and (modal := self.modal_demand(token)) is not None:
            return Trigger(token, self.lex.modal_demand["entry"], f"demand {base} {modal.lower_}")
        for child in token.children if base in self.lex.phrase_heads else ():
            key = f"{base} {lemma(child)}"
            if child.dep_ == "prep" and (child.i < token.i or any(  # `On Monday, X called Y`: no `call on`
                    p.ent_type_ in ("DATE", "TIME") for p in pobjs(child))):
                continue
            if child.dep_ in OBJECT_DEPS and (loose := next((g for g in child.children if g.dep_ == "amod"
                                                              and g.i == token.i + 1), None)) is not None and (
                    f"{base} {lemma(loose)}" in self.lex.phrases):  # `set free two sailors`: the parse makes the
                key, child = f"{base} {lemma(loose)}", loose  # predicate a modifier of the object
            if (child.dep_ in ("prt", "prep", "advmod", *OBJECT_DEPS) or (child.pos_ == "ADJ" and child.dep_ in (
                    "oprd", "ccomp", "acomp")) or (child.dep_ == "amod" and child.i == token.i + 1) or (
                    self.predicate(child))) and key in self.lex.phrases:  # `found X guilty`: its predicate
                entry = self.lex.phrases[key]
                return None if entry.get("not_event") else Trigger(token, entry, f"phrase {key}")
        return Trigger(token, self.lex.verbs[base], f"verb {base}") if base in self.lex.verbs else None

    def modal_demand(self, token: Token) -> Token | None:
        """`Russia said Sudan must return the helicopter`: a speaker saying another actor must or should act asks
        it to (REQUEST, the act its content); the modal, or None where the clause's subject is no other actor
        (`we must`, `it should be noted`)."""
        doc = token.doc
        speakers = set(self.actors.subject_actors(doc, token, []))
        for clause in (c for c in token.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")):
            modals = self.lex.modal_demand["modals"]
            modal = next((c for c in clause.children if c.dep_ == "aux" and c.lower_ in modals), None)
            subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
            if modal is None or subject is None or subject.pos_ == "PRON":
                continue
            actors = set(self.actors.actors_of(doc, subject))
            if actors and not actors & speakers:
                return modal
        return None

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
        if (ready := self.readiness(token)) is not None:
            return Trigger(token, self.lex.readiness_entry, f"readiness {ready.lower_}")
        for child in token.children:
            if child.dep_ in ("attr", "acomp", "dobj", "xcomp") and self.evaluated(child):  # `Iran is to blame`
                return Trigger(token, self.lex.evaluation_entry, f"copula {lemma(token)} {child.text}")
        return None

    def readiness(self, token: Token) -> Token | None:
        """`Norway is prepared to help with the settlement`: the readiness word of a copula whose act is no event of
        its own (an event one is ready for codes its own promise), or None."""
        for child in (c for c in token.children if c.dep_ == "acomp" and lemma(c) in self.lex.readiness_words):
            acts = [c for c in child.children if c.dep_ == "xcomp" and c.pos_ == "VERB"
                    and lemma(c) not in self.lex.empty_acts]  # not `prepared to do more`
            if acts and not any(((found := self.verb_trigger(a)) is not None and "type" in found.entry) or any(
                    self.noun_trigger(o) for o in a.children if o.dep_ in OBJECT_DEPS) for a in acts):
                return child  # `ready to contribute to`: `contribute` is an event only with a thing given
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
        if judging or not (any(c.dep_ == "poss" for c in token.children) or self.detached_owner(token) is not None):
            return None  # `condemned China's provocative actions`: the verb codes the verdict
        return Trigger(token, self.lex.evaluation_entry, f"verdict {lemma(token)}")

    @staticmethod
    def detached_content(noun: Token) -> Token | None:
        """The verb of a clause right after a noun that the parse hung apart from it (`Bangkok's allegations the
        truce had been breached with overnight skirmishes`, even where the parse hangs the noun under it): the noun's
        content; None where the next words are no clause's subject."""
        doc = noun.doc
        if noun.i + 1 >= len(doc) or doc[noun.i + 1].is_punct:
            return None
        subject = doc[noun.i + 1]
        while subject.dep_ not in (*SUBJECT_DEPS, *PASSIVE_SUBJECT_DEPS) and subject.head != subject and (
                subject.head.i > noun.i and subject.head.pos_ not in ("VERB", "AUX")):
            subject = subject.head
        verb = subject.head
        if subject.dep_ not in (*SUBJECT_DEPS, *PASSIVE_SUBJECT_DEPS) or subject.left_edge.i != noun.i + 1 or (
                verb.pos_ not in ("VERB", "AUX")):
            return None
        return verb

    @staticmethod
    def detached_owner(noun: Token) -> Token | None:
        """A possessive pronoun the parse hung elsewhere, before the noun with only adjectives, quotation marks,
        brackets, conjunctions and interjections between (`her (quote) "vicious" and "provocative" actions`)."""
        for word in reversed(noun.doc[noun.sent.start: noun.i]):
            if word.lower_ in POSSESSIVE_PRONOUNS:
                return word if word.head != noun else None
            if not (word.is_punct or word.pos_ in ("ADJ", "CCONJ", "INTJ") or word.tag_ == "UH"):
                return None
        return None

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

    def noun_trigger(self, token: Token) -> Trigger | None:
        """A compound (`drone strike`), a noun, or a verb the tagger read as a plural noun after its subject
        (a headline's `Iran sides with Russia`)."""
        base = lemma(token)
        if base in self.lex.phrase_heads and token.tag_ == "NNS" and not any(
            c.dep_ == "det" for c in token.children
        ) and any(
            c.dep_ == "compound" and c.pos_ == "PROPN" and self.actors.mention(token.doc, c) for c in token.children
        ):
            for child in token.children:
                key = f"{base} {lemma(child)}"
                if child.dep_ == "prep" and key in self.lex.phrases and not self.lex.phrases[key].get("not_event"):
                    return Trigger(token, self.lex.phrases[key], f"phrase {key}")
        for child in token.children if base in self.lex.compound_tails else ():
            key = f"{lemma(child)} {base}"
            if child.dep_ in ("compound", "amod") and key in self.lex.compounds:
                return Trigger(token, self.lex.compounds[key], f"compound {key}")
        if base in self.lex.compound_tails and (first := self.misread_compound(token)) is not None:
            key = f"{lemma(first)} {base}"
            return Trigger(token, self.lex.compounds[key], f"compound {key}")
        if base in self.lex.nouns:
            return Trigger(token, self.lex.nouns[base], f"noun {base}")
        return self.verdict_noun(token)

    def pronoun_trigger(self, token: Token) -> Trigger | None:
        """`it` standing for the event noun told just before, as the subject of the verb that noun's entry takes as
        its own (`the ceasefire agreement ... But it does seem to be holding`): that noun's event, carried by the
        verb; the latest event noun within reach decides (its compound's, `ceasefire agreement`)."""
        if token.lower_ != "it" or token.dep_ not in SUBJECT_DEPS:
            return None
        verbs = [token.head, *(c for c in token.head.children if c.dep_ == "xcomp")]  # `it seems to be holding`
        doc = token.doc
        for noun in reversed(doc[self.actors.reach_start(doc, token): token.i]):
            if noun.pos_ != "NOUN" or noun.dep_ == "compound" or lemma(noun) not in self.lex.nouns:
                continue
            for word in (noun, *(c for c in noun.children if c.dep_ == "compound")):
                lights = self.lex.nouns.get(lemma(word), {}).get("by_light", {})
                if light := next((v for v in verbs if lemma(v) in lights), None):
                    return Trigger(token, self.lex.nouns[lemma(word)], f"noun {lemma(word)}", light=light,
                                   nominal=True)
            return None
        return None

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
            if child.dep_ in OBJECT_DEPS or (child.dep_ in PASSIVE_SUBJECT_DEPS and is_passive(verb)):
                heads = [child]
                if self.amount(child):  # `provided $5 million in
                    heads += [p for prep in (*child.children, *verb.children) if prep.dep_ == "prep"  # assistance`:
                              and prep.lower_ == "in" for p in pobjs(prep) if p.pos_ == "NOUN"]  # the amount's kind
            elif child.dep_ == "prep" and child.lower_ in ("in", "into") and lemma(verb) in self.lex.light_in_verbs:
                heads = list(pobjs(child))
            else:
                continue
            for head in map(self.lex.unwrap, heads):
                out += [head, *head.conjuncts]
        return out

    def amount(self, token: Token) -> bool:
        """A counted container or sum (`$5 million`, `40 tons`), whose `in` phrase tells its kind; not people counted
        (`killed 10 people in attacks`)."""
        return (token.pos_ == "NUM" or lemma(token) in self.lex.container_nouns) and (
            token.pos_ == "NUM" or any(g.pos_ == "NUM" for g in token.children))

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
        if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN" and (
                lemma(head.head) in self.lex.onset_nouns):
            return head.head  # `since the start of the Russian war on Ukraine`: the war's start is an act
        contained = noun.dep_ == "pobj" and lemma(head.head) in self.lex.container_nouns and (head.lower_ == "of" or (
            head.lower_ == "in" and (head.head.pos_ == "NUM" or any(c.pos_ == "NUM" for c in head.head.children))))
        # `tons of aid`; `$662 million in aid`: an amount in the noun's kind
        if contained:
            noun, head = head.head, head.head.head
        if noun.dep_ in SUBJECT_DEPS and head.dep_ in ("ccomp", "xcomp") and head.head.pos_ == "VERB" and (
                lemma(head.head) in self.lex.light_verbs) and has_to(head):
            return head.head  # `imposed a curfew to run until dawn`: the parser's subject of the
            # infinitive is the light verb's object
        if noun.dep_ == "pobj" and head.lower_ == "in" and not contained and (
                lemma(head.head) in self.lex.light_verbs) and any(
                c.dep_ in OBJECT_DEPS and self.amount(c) for c in head.head.children):
            return head.head  # `paid $40 million in aid`: the amount's kind, its phrase hung on the verb
        if noun.dep_ == "pobj" and head.lower_ in ("in", "into") and lemma(head.head) in self.lex.light_in_verbs:
            noun, head = head, head.head  # `engaged in talks`, not `struck back in opposition`
        if noun.dep_ == "pobj" and head.lower_ == "on" and lemma(head.head) in self.lex.light_on_verbs:
            return head.head  # `remained on high alert`, `put its troops on alert`
        if noun.dep_ == "pobj" and head.lower_ == "as" and not contained and lemma(head.head) in (  # not `as part of`
                self.lex.light_verbs | self.lex.instrument_verbs):
            return head.head  # `holding civilians as human shields`, `used civilians as human shields`
        if noun.dep_ == "pobj" and head.lower_ == "for" and lemma(head.head) in self.lex.responsibility_words and (
                head.head.dep_ == "acomp" and head.head.head.pos_ in ("AUX", "VERB")):
            return head.head.head  # `the LRA is responsible for mass killings`
        if noun.dep_ in SUBJECT_DEPS and (lemma(head) in self.lex.occurrence_verbs or (
                lemma(head) in self.lex.copulas and any(c.dep_ == "acomp" and c.lower_ in self.lex.ongoing_words
                                                        for c in head.children))):
            return head  # `riots against its policies are still continuing`, `negotiations are ongoing`
        if noun.dep_ in (*OBJECT_DEPS, *PASSIVE_SUBJECT_DEPS, "prep") and (
            lemma(head) in self.lex.light_verbs or (lemma(head) in self.lex.carrier_verbs and lemma(head) not in
                                                    self.lex.verbs)
        ):
            return head
        if noun.dep_ in (*OBJECT_DEPS, *PASSIVE_SUBJECT_DEPS) and head.pos_ == "VERB" and lemma(head) in (
                self.lex.nouns.get(lemma(noun), {}).get("lights", ())):
            return head  # a noun's own light verb carries it too, as its object: `set a deadline`
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

    def blocked_noun(self, noun: Token) -> bool:
        """`a halt to the exercises`, `a halt in fighting`: the event is not asserted as happening, unless the text
        describes the hostilities ended (`an end to the fighting that killed 30`)."""
        head = noun.head
        return (noun.dep_ == "pobj" and head.lower_ in ("to", "of", "in")
                and lemma(head.head) in self.lex.blocking_nouns) and not (
            (trigger := self.noun_trigger(noun)) is not None and self.described(trigger))

    def judged_manner(self, trigger: Trigger) -> bool:
        """The act is told in words that judge it: `attacks in violation of the ceasefire`, `launched attacks in a
        clear attempt to undermine mutual trust`."""
        manner = self.lex.manner
        heads = [trigger.token] + ([trigger.light] if trigger.light is not None else [])
        heads += [p for _, p in prep_objects(heads)]  # `into areas in a bid`
        for _, word in prep_objects(heads, manner["manner_preps"]):
            if lemma(word) in manner["manner_words"] or (lemma(word) in manner["attempt_nouns"] and any(
                    c.dep_ == "acl" and lemma(c) in manner["harm_verbs"] for c in word.children)):
                return True
        return False

    def charge(self, token: Token) -> bool:
        """The word is what an accusation charges its target with: `accused Cambodian troops of multiple attacks`,
        `accused X of violating`, `blamed X for breaching`, `accusations of genocide`."""
        prep = token.head
        if token.dep_ not in ("pobj", "pcomp") or prep.lower_ not in self.lex.charge_preps:
            return False
        owner = prep.head.head if prep.head.dep_ in OBJECT_DEPS else prep.head  # `accused troops of attacks`
        return lemma(owner) in self.lex.charge_verbs or lemma(prep.head) in self.lex.charge_verbs or (
            "allegation" in self.lex.classes([lemma(prep.head)]))

    def charged_act(self, token: Token) -> bool:
        """An act an accusation charges its target with that it tells for the first time (`accused Cambodian troops
        of multiple attacks`: the accused attacked), not one told before (`blamed X for the attack`)."""
        return token.pos_ == "NOUN" and token.head.lower_ == "of" and self.charge(token) and not is_definite(token)

    def lengthed(self, noun: Token) -> bool:
        """The noun, or the one it is coordinated with, is told by its length (`five days of bombardment and rocket
        attacks`)."""
        while noun.dep_ == "conj" and noun.head.pos_ == "NOUN":
            noun = noun.head
        head = noun.head
        return noun.dep_ == "pobj" and head.lower_ == "of" and lemma(head.head) in self.lex.duration_nouns and any(
            c.dep_ == "nummod" for c in head.head.children)

    def described(self, trigger: Trigger) -> bool:
        """Hostilities a text ends or halts are told as having happened where it describes them: their toll, place,
        length or cause (`to end border clashes that have killed 33 people`, `end the deadly fighting in the border
        region`, `fighting over ancient temples`, `five days of bombardment`); bare ones (`stop the attacks`, `a halt
        in fighting`) are only what is stopped."""
        noun = trigger.token
        if noun.pos_ != "NOUN" or self.lex.entry_type(trigger.entry) not in self.lex.described_types or (
                "walkout" in self.lex.classes([lemma(noun)])):
            return False  # a strike called off is a stoppage of work, whatever its sense
        key = set(trigger.key.split()[1:])
        if any((c.dep_ in ("prep", "relcl", "acl", "nummod") and not any(  # not its day: `a halt in fighting on Monday`
                p.ent_type_ in ("DATE", "TIME") for p in pobjs(c))) or (c.dep_ == "amod" and lemma(c) not in key)
               for c in noun.children):
            return True
        head = noun.head  # `five days of clashes`: a length
        return noun.dep_ == "pobj" and head.lower_ == "of" and lemma(head.head) in self.lex.duration_nouns
