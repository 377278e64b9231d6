"""Changes: whether the text states an amount as a rise or a fall (`rose 19 cents`, `down 1%`, `a 3% drop`)."""

from dataclasses import replace

from spacy.tokens import Doc

from storyline.nlp.quantities.common import Reading, token_at
from storyline.nlp.quantities.items import amount_root

PASS_THROUGH = {"prep", "pobj", "xcomp", "advcl", "npadvmod", "dobj", "quantmod", "nummod", "amod", "compound"}
"""Parse roles the walk from an amount up to its verb or noun of change goes through."""
STEPS = 3


class ChangeReader:
    """The `change` of an amount (`lexicon`: a QuantityLexicon)."""

    def with_change(self, doc: Doc, reading: Reading) -> Reading:
        """`up`/`down` from a word of change before the amount (`up 5pc`, `ended down 1%`) or governing
        it (`rose 8.15% to 3.65`, `plunged 4.28 percent`, `a sharp 3 percent drop`). A count of things is
        no change (`lost 3 games`)."""
        if reading.change or reading.unit is None and reading.item_found:
            return reading
        words = self.lexicon.change_words
        before = token_at(doc, reading.start - 1)
        if before is not None and before.pos_ in ("ADV", "ADP", "ADJ") and before.lower_ in words:
            return replace(reading, change=words[before.lower_])
        token = amount_root(doc, reading)
        for _ in range(STEPS):
            head = token.head
            if head.i == token.i:
                break
            direction = words.get(head.lemma_.lower()) if head.pos_ in ("VERB", "NOUN") else None
            if direction:
                return replace(reading, change=direction)
            if token.dep_ not in PASS_THROUGH:
                break
            if head.pos_ == "ADP" and head.lower_ not in self.lexicon.change_prepositions:
                break  # `At 212.5p, the stock has risen`
            token = head
        return reading
