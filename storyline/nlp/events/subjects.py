"""Who does or tells what a verb says, as the events extractor reads it off the parse: a base of `ActorReader`.

The subject of a verb through passives, control verbs, conjuncts and relatives (`subject_actors`), a headline's
`X, Y` for `X and Y`, a passive charge verb's accused, and the speaker a quote, a reporting verb, `according to` or
a report noun gives (`reported_by`). The questions it asks back (`actors_of`, `actor_at`, `owner_actors`,
`sentence`, `quote_covering`, the lexicon) are `ActorReader`'s, which holds the document's caches.
"""

from spacy.tokens import Doc, Token

from storyline.nlp.events.lexicon import (
    OBJECT_DEPS,
    PASSIVE_SUBJECT_DEPS,
    RELATIVE_PRONOUNS,
    REPORTED_DEPS,
    SUBJECT_DEPS,
    is_passive,
    lemma,
    pobjs,
)


class SubjectReader:
    """Who does what a verb says and who tells it; the base of `ActorReader`, whose look-ups it asks."""

    def subject_actors(self, doc: Doc, verb: Token, path: list[str], depth: int = 0) -> list[str]:
        """The actors doing what a verb says, through passives, control verbs, conjuncts and relatives."""
        if depth > 4:
            return []
        if (charged := self.charged(verb)) is not None:
            path.append(f"charged={charged.text}")  # `two men suspected by Paris of sinking a ferry`: the
            return self.actors_of(doc, charged)  # suspects did it, not Paris, whatever the parse hangs the by on
        for child in verb.children:
            if child.dep_ == "agent":
                for pobj in pobjs(child):
                    found = self.actors_of(doc, pobj)
                    if found or not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
                        path.append(f"agent={pobj.text}")
                        return found  # not `shortened by one hour` with a subject of its own
        active = any(c.dep_ in SUBJECT_DEPS for c in verb.children)  # `shortened by one hour` has a subject
        if is_passive(verb) and not self.misread_clause(verb) and not active:
            return []  # `the embargo imposed on China`: a passive without `by` leaves its actor unsaid
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        for child in subjects:
            subject = verb.head if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl" else child
            if subject.tag_ in ("VBG", "VBN") and (own := next((c for c in subject.lefts if c.dep_ in SUBJECT_DEPS
                                                                 and c.pos_ in ("PROPN", "NOUN")), None)):
                subject = own  # `The aid agency working in Chad said`: a participle read as the subject
            found = self.headline_pair(doc, subject) or self.actors_of(doc, subject)
            if not found and self.split_subject(child, subjects) is not None:
                continue  # `The rebel Free Army threatened`: a modifier the parser cut off as a subject of its own;
                # the name after it is the subject
            path.append(f"nsubj={subject.text}")
            return found
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
            bare = verb.dep_ == "ccomp" and verb.tag_ == "VB" and not any(  # `Egypt let free the activist`: a bare
                c.dep_ in (*SUBJECT_DEPS, "mark", "aux") for c in verb.children)  # infinitive read as a clause
            return self.subject_actors(doc, head, path, depth + 1) if verb.dep_ == "xcomp" or bare else []
        if (relative := self.relative_series(verb)) is not None:
            return self.subject_actors(doc, relative, path, depth + 1)
        if verb.dep_ in ("conj", "advcl", "acomp") and head.pos_ in ("VERB", "AUX"):  # `might be ready to ship`
            return self.subject_actors(doc, head, path, depth + 1)
        # a verb read as a noun (`The government rejects and condemns the decision`), also in a reported clause
        # (`..., a spokesman said`): the second verb's subject is the first one's
        if verb.dep_ == "conj" and head.dep_ in ("ROOT", "ccomp") and head.tag_ == "NNS" and any(
                c.dep_ in SUBJECT_DEPS for c in head.children):
            return self.subject_actors(doc, head, path, depth + 1)
        if verb.dep_ == "pcomp" and head.lower_ in self.lex.charge_preps and lemma(head.head) in self.lex.charge_verbs:
            objects = [c for c in head.head.children if c.dep_ in OBJECT_DEPS]
            if accused := [a for c in objects for a in self.actors_of(doc, c)]:
                path.append("accused")  # `accused Cambodia of shelling`: the accused shells
                return accused
        if (part := self.part_noun(verb)) is not None and (owners := self.owner_actors(doc, part)):
            path.append(f"part-of={part.text}")  # `questioned Tehran's motives in sending arms`: whose part it
            return owners  # is acts, wherever the parse hangs the `in` phrase
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

    def part_noun(self, verb: Token) -> Token | None:
        """The noun of an actor's part in an act (`part_nouns`: role, motives, involvement) whose `in` phrase holds
        the verb as a gerund, whether the parse hangs the phrase on the noun or on the verb the noun is the object
        of (`Tehran's motives in sending weapons`, `doubts Iranian motives in selling arms`); None for
        any other verb."""
        prep = verb.head
        if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.lower_ != "in" or prep.i == 0:
            return None
        noun = prep.head if prep.head.pos_ == "NOUN" else verb.doc[prep.i - 1]
        return noun if noun.pos_ == "NOUN" and lemma(noun) in self.lex.part_nouns else None

    @staticmethod
    def split_subject(child: Token, subjects: list[Token]) -> Token | None:
        """The next subject of a verb where the parser cut a noun phrase in two subjects (`The rebel Free Syrian
        Army threatened`: `rebel` and `Army`): a common noun with no modifier of its own, right before the next
        subject's phrase; None where the subjects are not one phrase so cut."""
        if child.pos_ != "NOUN" or any(c.dep_ not in ("det",) for c in child.children):
            return None
        following = next((s for s in subjects if s.i > child.i), None)
        if following is None or following.pos_ != "PROPN" or following.left_edge.i != child.i + 1:
            return None
        return following

    def charged(self, verb: Token) -> Token | None:
        """Who a passive charge verb charges with the act its `of`/`for` phrase tells (a gerund): its passive subject
        or the noun it modifies (`two men suspected by Paris of sinking a ferry`, `sailors accused by Chile
        of ramming`); None for any other verb."""
        prep = verb.head
        if verb.dep_ != "pcomp" or prep.lower_ not in self.lex.charge_preps:
            return None
        charge = prep.head
        if charge.dep_ == "pobj" and charge.head.dep_ == "agent":  # the parse hangs `of` on the accuser
            charge = charge.head.head
        if lemma(charge) not in self.lex.charge_verbs or charge.tag_ != "VBN":
            return None
        if charge.dep_ == "acl" and charge.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return charge.head
        return next((c for c in charge.children if c.dep_ in PASSIVE_SUBJECT_DEPS), None)

    @staticmethod
    def misread_clause(verb: Token) -> bool:
        """A sentence the parser read as a noun phrase: its verb a participle of the root noun, with a direct
        object no passive takes (`The air force carried out strikes`)."""
        return verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and verb.i > verb.head.i and any(
            c.dep_ == "dobj" for c in verb.children) and not any(c.dep_ == "auxpass" for c in verb.children)

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
        if verb.tag_ != "VBZ" or verb.i == 0 or verb.doc[verb.i - 1].text != "," or verb.head.pos_ != "VERB" or (
                (line := self.sentence(verb))[-1].is_punct and line[-1].text in ".?!") or verb.head.i >= verb.i:
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

    def reported_by(self, doc: Doc, token: Token) -> str | None:
        """The speaker of the quote around the trigger, else the subject of a reporting verb governing it,
        else `according to X`; a report noun whose content clause holds the trigger tells it for its own owner,
        or for no one known (`"we have seen a report that troops shelled the village", the minister said`)."""
        if (report := self.report_owner(doc, token)) is not None:
            return report or None
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

    def report_owner(self, doc: Doc, token: Token) -> str | None:
        """For a trigger in the content clause of a report noun (`report_nouns`: `a UN report that`, `reports
        that`), the report's owner (its possessive, modifier or `by`/`from` phrase), `""` for an unowned one; None
        where no report noun holds the trigger."""
        node = token
        while node.head != node:
            head = node.head
            if node.dep_ in ("acl", "ccomp", "relcl") and head.pos_ == "NOUN" and lemma(head) in self.lex.report_nouns:
                owners = [c for c in head.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
                owners += [p for prep in head.children if prep.dep_ == "prep" and prep.lower_ in ("by", "from")
                           for p in pobjs(prep)]
                return next((a[0] for o in owners if (a := self.actors_of(doc, o))), "")
            if node.dep_ in SUBJECT_DEPS or (head.pos_ in ("VERB", "AUX") and lemma(head) in self.lex.speech_verbs):
                return None  # the trigger's clause is told by a verb of its own
            node = head
        return None

    def quote_speaker(self, doc: Doc, token: Token) -> str | None:
        """The speaker of the quote whose content holds the token."""
        quote = self.quote_covering(doc, token.idx, token.idx + len(token)) if self.quote_covering else None
        return quote.get("speaker") if quote else None
