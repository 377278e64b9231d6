"""Units: currency words, percent, measures and time units written after an amount."""

from dataclasses import replace

from spacy.tokens import Doc, Token

from storyline.nlp.quantities.common import Reading, is_joining_hyphen, token_at


class UnitReader:
    """The unit after an amount (`lexicon`: a QuantityLexicon)."""

    def currency_word(self, token: Token) -> str | None:
        words = self.lexicon.currency_words
        return words.get(token.lemma_.lower()) or words.get(token.lower_)

    def unit_at(self, doc: Doc, k: int) -> tuple[str, str, int] | None:
        """A currency word, percent sign, measure or time unit at token k: (unit, item, end)."""
        lex = self.lexicon
        if k >= len(doc):
            return None
        code = self.currency_word(doc[k])
        if code:
            return code, lex.currency_items[code], k + 1
        percent = lex.percent.match(doc, k)
        if percent:
            return "percent", "percent", percent[1]
        unit = lex.units.match(doc, k)
        if unit:
            (code, item), end = unit
            return code, item or " ".join(t.lemma_.lower() for t in doc[k:end]), end
        lemma = doc[k].lemma_.lower()
        if lemma in lex.time_units:
            return lemma, lemma, k + 1
        return None

    def with_unit(self, doc: Doc, reading: Reading) -> Reading:
        """Add the unit written after the amount: `dollars`, `of dollars`, `%`, `km`, `-year-old`."""
        if reading.item_found:  # `decades` is its own unit
            return reading
        k = reading.end
        following = token_at(doc, k + 1)
        if reading.kind == "vague" and k < len(doc) and doc[k].lower_ == "of":
            code = self.currency_word(following) if following is not None else None
            if code:  # `billions of dollars`
                return replace(reading, unit=code, item=self.lexicon.currency_items[code], end=k + 2)
            return reading
        hyphenated = is_joining_hyphen(doc, token_at(doc, k))
        found = self.unit_at(doc, k + hyphenated)
        if found is None:
            return reading
        unit, item, end = found
        is_money = unit in self.lexicon.currency_items
        if hyphenated:  # `22-year-old`, `10-day`: a compound adjective whose unit is the item
            if is_money:
                return reading
            adjective = token_at(doc, end + 1)
            joined = is_joining_hyphen(doc, token_at(doc, end))
            if joined and adjective is not None and adjective.pos_ == "ADJ":
                end += 2  # `-old`
            return replace(reading, unit=unit, item=item, end=end, item_found=True)
        if reading.unit in self.lexicon.currency_items and not is_money:
            return reading
        return replace(reading, unit=unit, item=item, end=end)

