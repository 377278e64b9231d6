"""Past or future from the parse, as HeidelTime reads news: the verb a time expression hangs on.

`will meet on Saturday` speaks of the coming Saturday, `met on Saturday` of the last one. A verb
whose form gives no tense (`to meet`, `meeting`) takes it from the verb it depends on, and an
infinitive under a verb of planning (`planned to meet on Saturday`) looks ahead whatever that
verb's tense; only an infinitive a verb takes as its complement does (`the first states to join
on Friday were` is past). A plan told as it stood before (`had been scheduled to expire Friday`,
`a rally planned for Saturday was called off`) names whichever day is nearer publication. A reduced clause
that names a plan (`a summit set for April`, `the ruling, expected Friday,`) looks ahead like a verb of planning. A
term granted or stretched to a day (`gave them until Friday to reply`, `extended the loans through March`) ends
after the act, so a past act's bound is the day nearer publication. A present-tense clause does not say (`the
talks resume on Monday`, `says Friday`, `the August 7 bombings are linked`). All the words are in `time.yaml`.
"""

from typing import Any

from spacy.tokens import Doc, Token

PAST, UNSAID, FUTURE = -1, 0, 1
NEAREST = 2  # the future of a past act: seen from publication, whichever of past and future is nearer


class TenseReader:
    """Reads the direction in time (-1 past, 0 unknown, +1 future) of the clause around a span."""

    def __init__(self, lexicon: dict[str, Any]) -> None:
        self.future_auxiliaries = set(lexicon["future_auxiliaries"])
        self.plan_verbs = set(lexicon["plan_verbs"])
        self.schedule_verbs = set(lexicon["schedule_verbs"])
        self.past_futures = set(lexicon.get("past_future_auxiliaries", ()))
        self.plan_participles = dict(lexicon.get("plan_participles", {}))
        self.term_bounds = set(lexicon.get("term_bounds", ()))
        self.term_verbs = set(lexicon.get("term_verbs", ()))

    def verb_tense(self, verb: Token) -> int | None:
        """The verb's own direction, None where its form does not say (a participle, an infinitive)."""
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        words = {a.lower_ for a in auxes}
        going_to = verb.lower_ == "going" and any(c.dep_ == "xcomp" for c in verb.children)
        if words & self.future_auxiliaries or verb.tag_ == "MD" or going_to:
            return FUTURE
        if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes) or (
            verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxes)
        ):
            return PAST
        if verb.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxes):
            return UNSAID
        if verb.tag_ == "VBN" and verb.dep_ in ("acl", "advcl") and not auxes:
            return PAST  # `the decision, announced Wednesday, ...`: a reduced clause reports what was done
        return None

    def is_plan_participle(self, verb: Token) -> bool:
        """A reduced clause that names a plan (`a summit set for April`, `the ruling, expected Friday,`), not
        what was done (`the record set on Friday`): a participle of `plan_participles` with the preposition it
        asks for."""
        if verb.tag_ != "VBN" or verb.dep_ not in ("acl", "advcl") or verb.lemma_ not in self.plan_participles:
            return False
        if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            return False
        preposition = self.plan_participles[verb.lemma_]
        return not preposition or any(c.dep_ == "prep" and c.lower_ == preposition for c in verb.children)

    def future_in_the_past(self, verb: Token) -> bool:
        """`would` in a clause a past verb governs: future seen from that past act, which may lie before or
        after publication (`agreed on Sunday that a ceasefire would start on Monday`, `announced that he would
        travel Thursday`)."""
        if not any(c.lower_ in self.past_futures and c.dep_ == "aux" for c in verb.children):
            return False
        head = verb
        while head.dep_ in ("ccomp", "xcomp", "advcl", "conj", "relcl") and head.head.i != head.i:
            head = head.head
            if head.pos_ in ("VERB", "AUX"):
                return self.verb_tense(head) == PAST
        return False

    def plan_in_the_past(self, verb: Token) -> bool:
        """A plan told as it stood before: in the past perfect (`had been scheduled to expire on Friday`), or
        a reduced clause on a noun whose own clause is past (`a rally planned for Saturday was called off`).
        Its day may have passed by publication, so the nearer one is meant."""
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if any(a.lower_ in ("had", "'d") for a in auxes):
            return True
        if verb.dep_ != "acl" or verb.tag_ != "VBN" or auxes:
            return False
        head = verb.head
        for _ in range(6):
            if head.pos_ in ("VERB", "AUX"):
                return self.verb_tense(head) == PAST
            if head.head.i == head.i:
                return False
            head = head.head
        return False

    def direction(self, doc: Doc, start: int, end: int) -> int:
        """The direction of the clause that governs `doc.text[start:end]`; 0 without a parse."""
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not doc.has_annotation("DEP"):
            return UNSAID
        token, infinitive, through_preposition = span.root, False, False
        # the word that opens the span or stands right before it: `until` in `until Friday` either way
        bound = span[0].lower_ if span[0].lower_ in self.term_bounds else \
            doc[span.start - 1].lower_ if span.start > 0 else ""
        term = bound in self.term_bounds
        for _ in range(12):
            outside = not span.start <= token.i < span.end
            if outside and token.pos_ == "ADP":
                through_preposition = True
            if outside and not through_preposition and token.pos_ in ("NOUN", "PROPN", "ADJ"):
                return UNSAID  # `the Jan. 14 deadline`, `payable Dec. 7`: a thing's date, not the clause's
            if token.pos_ in ("VERB", "AUX"):
                if token.lemma_ in self.schedule_verbs or self.is_plan_participle(token) or infinitive and (
                    token.lemma_ in self.plan_verbs or token.lemma_ == "be"
                ):
                    if self.plan_in_the_past(token):
                        return NEAREST  # `had been scheduled to expire Friday`: a plan as it stood before
                    return FUTURE  # `scheduled a meeting Thursday`, `planned to meet`, `is to resume`
                tense = self.verb_tense(token)
                if tense == FUTURE and self.future_in_the_past(token):
                    return NEAREST  # `agreed that the truce would start on Monday`: after the past act
                if tense == PAST and term and token.lemma_ in self.term_verbs:
                    return NEAREST  # `gave them until Friday to reply`: the term ends after the past act
                if tense is not None:
                    return tense
                # only an infinitive a verb takes as its complement (`planned to meet`, `is to resume`) looks
                # ahead; one that is the subject (`to join on Friday was`) or hangs on a noun does not
                infinitive = token.tag_ == "VB" and token.dep_ == "xcomp" and any(
                    c.lower_ == "to" for c in token.children
                )
            else:
                infinitive = False  # `the first states to join on Friday were`: the noun's clause, not a plan
            if token.head.i == token.i:
                return UNSAID
            token = token.head
        return UNSAID
