"""The words an event's roles point at: what the parse read each role from.

An event's reason tells the words each role was read from (`verb cancel (REJECT meet): nsubj=Putin dobj=visit
to=Paris`); the role's offsets point at those words where they name its actor, so that `cancelled a visit to Paris
after French officials ...` points the recipient at `Paris`, not at `French`, nearer the trigger in the text. Kept apart
from `ActorReader`, which it asks who a token names, because it reads the finished events rather than the parse of one
clause.
"""

from spacy.tokens import Doc, Token

from storyline.nlp.actors import entity_at
from storyline.nlp.events.actors import ActorReader


def tree_distance(a: Token, b: Token) -> int:
    """The number of arcs between two tokens of one parse, through their lowest common head (the document's length
    for tokens of different sentences)."""
    depth: dict[int, int] = {}
    node, steps = a, 0
    while node.i not in depth:
        depth[node.i] = steps
        node, steps = node.head, steps + 1
    node, steps = b, 0
    while node.i not in depth:
        if node.head == node:
            return len(a.doc)
        node, steps = node.head, steps + 1
    return steps + depth[node.i]


PHRASE_PREPS = {"to", "against", "on", "with", "toward", "towards", "into", "at", "over", "from"}
"""Prepositions whose object's phrase a recipient is read from (`to the government of Iraq`)."""


class RoleWords:
    """The words of a trigger's sentence that a role was read from."""

    def __init__(self, actors: ActorReader):
        self.actors = actors

    def read_words(self, doc: Doc, actor: str | None, trigger: Token, reason: str,
                   taken: tuple[int | None, int | None] = (None, None), side: str = "") -> dict | None:
        """The words of the trigger's sentence a role was read from, as the event's reason tells them (`to=Paris`,
        `act-object=Haifa`, `ccomp-subject=Indonesia`), where they name the role's actor: a mention of it covering
        them, or a name of its place (`cancelled a visit to Paris`: `Paris`, not `French` nearer in the text); the
        one the parse puts nearest the trigger, as `{start, end}`, outside the other role's words (`taken`); None
        where the reason names no such words (a pronoun, a role the clause fallback or the article gave). The source
        is not pointed at the place the recipient was read from (`place-in=Diyarbakir`: a state's act at home)."""
        if not actor:
            return None
        steps = [step for step in reason.split("): ", 1)[-1].split() if "=" in step]
        words = {step.split("=", 1)[1] for step in steps if not (side == "source" and step.startswith("place-"))}
        start, end = taken
        found: list[tuple[Token, dict]] = []
        for token in self.actors.sentence(trigger):
            if token.text not in words or token.pos_ == "PRON" or (
                    start is not None and end is not None and start <= token.idx < end):
                continue
            m = self.actors.mention(doc, token)
            if m is not None and m["actor"] == actor:
                found.append((token, {"start": m["start"], "end": m["end"]}))
            elif m is None and token.pos_ == "PROPN" and actor in self.actors.places_of(doc, token):
                span = entity_at(doc, token) or doc[token.i: token.i + 1]
                found.append((token, {"start": span.start_char, "end": span.end_char}))
        if not found and side == "target":
            found = self.phrase_words(doc, actor, trigger, {step.split("=", 1)[1] for step in steps if step.split(
                "=", 1)[0] in PHRASE_PREPS}, taken)
        if not found:
            return None
        return min(found, key=lambda f: (tree_distance(f[0], trigger), abs(f[0].i - trigger.i)))[1]

    def phrase_words(self, doc: Doc, actor: str, trigger: Token, words: set[str],
                     taken: tuple[int | None, int | None]) -> list[tuple[Token, dict]]:
        """A mention of the recipient inside the phrase of the preposition's object it was read from, where that
        object names no one itself (`handed Peruvian relics back to the state of Peru`: `to=government` points at
        its `Iraq`, not at `Iraqi` nearer the trigger)."""
        start, end = taken
        found: list[tuple[Token, dict]] = []
        for head in (t for t in self.actors.sentence(trigger) if t.text in words and t.pos_ in ("NOUN", "PROPN")):
            if self.actors.mention(doc, head) is not None:
                continue  # words naming another actor (`Mexican President Obrador`): its phrase is that actor's
            for token in head.subtree:
                if token == head or token.pos_ == "PRON" or (
                        start is not None and end is not None and start <= token.idx < end):
                    continue
                m = self.actors.mention(doc, token)
                if m is not None and m["actor"] == actor:
                    found.append((head, {"start": m["start"], "end": m["end"]}))
                    break
        return found
