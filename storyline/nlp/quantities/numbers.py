"""Numbers: digits, number words, scales and vague amounts, a currency symbol before them."""

from spacy.tokens import Doc

from storyline.nlp.quantities.common import (
    ARTICLES,
    DIGITS,
    HYPHENS,
    PLURAL_TAGS,
    Reading,
    attached,
    token_at,
)


class NumberReader:
    """The bare amount at a token (`lexicon`: a QuantityLexicon)."""

    def value_at(self, doc: Doc, i: int, allow_article: bool) -> Reading | None:
        """The bare amount at token i, a currency symbol before it included."""
        lex = self.lexicon
        unit = lex.currency_symbols.get(doc[i].lower_)
        k = i + 1 if unit else i
        if k >= len(doc):
            return None
        item = lex.currency_items.get(unit)
        if not unit and doc[k].lower_ in lex.vague_units:
            low, high, time_unit = lex.vague_units[doc[k].lower_]
            return Reading(
                i, k + 1, low, high, True, time_unit, time_unit, [k], kind="vague", item_found=True
            )
        vague = lex.vague_amounts.match(doc, k)
        if vague:
            (low, high), end = vague
            factor, end = self.scale_after(doc, end, vague=True)
            low, high = low * factor, high * factor
            return Reading(i, end, low, high, True, unit, item, list(range(k, end)), kind="vague")
        fraction = 1.0
        if doc[k].lower_ in lex.fractions and k + 1 < len(doc) and doc[k + 1].lower_ in ARTICLES:
            fraction = lex.fractions[doc[k].lower_]  # `half a million`
        number = self.number_at(doc, k + (fraction != 1.0), money=unit is not None)
        if number:
            value, scale, end = number
            value *= fraction
            numbers = list(range(k, end))
            return Reading(i, end, value, value, unit=unit, item=item, numbers=numbers, scale=scale)
        if allow_article and not unit and doc[k].lower_ in ARTICLES and self.unit_at(doc, k + 1):
            return Reading(i, k + 1, 1.0, 1.0, numbers=[k], kind="one")  # `more than a month`
        return None

    def number_at(self, doc: Doc, k: int, money: bool) -> tuple[float, float, int] | None:
        """Digits or number words at token k, times any scale after them: (value, scale, end)."""
        lex = self.lexicon
        word = doc[k].lower_
        match = DIGITS.match(doc[k].text)
        if match:
            value, end = float(match["number"].replace(",", "")), k + 1
            suffix = (match["suffix"] or "").lower()
            if suffix and suffix not in lex.scale_abbreviations:
                return None  # `2nd`, `1990s`
            abbreviation = suffix or (doc[end].lower_.rstrip(".") if attached(doc, k) else "")
            after = end + (not suffix)
            if abbreviation in lex.scale_abbreviations and self.is_scale(doc, after, abbreviation, money):
                factor, end = self.scale_after(doc, after, vague=False)
                factor *= lex.scale_abbreviations[abbreviation]
                return value * factor, factor, end
        elif word in lex.number_words:
            value, end = float(lex.number_words[word]), k + 1
            unit_word = token_at(doc, end + 1)
            if (value >= 20 and value % 10 == 0 and attached(doc, k) and doc[end].text in HYPHENS
                    and unit_word is not None and lex.number_words.get(unit_word.lower_, 10) < 10):
                value, end = value + lex.number_words[unit_word.lower_], end + 2  # `twenty-two`
        elif word in ARTICLES and k + 1 < len(doc) and doc[k + 1].lower_ in lex.scales:
            value, end = 1.0, k + 1  # `a dozen`, `a million`
        else:
            return None
        factor, end = self.scale_after(doc, end, vague=False)
        return value * factor, factor, end

    def is_scale(self, doc: Doc, after: int, abbreviation: str, money: bool) -> bool:
        """`m` is million for money or before a plural noun (`£5m`, `3m people`), else metres (`10m wall`)."""
        if abbreviation not in self.lexicon.ambiguous_abbreviations or money:
            return True
        following = token_at(doc, after)
        if following is None:
            return False
        return following.tag_ in PLURAL_TAGS or self.currency_word(following) is not None

    def scale_after(self, doc: Doc, k: int, vague: bool) -> tuple[float, int]:
        """`hundred`, `million` … after an amount, and after a vague one `of thousands`: (factor, end)."""
        factor = 1.0
        while k < len(doc):
            scale = self.lexicon.scales.get(doc[k].lower_)
            if scale:
                factor, k = factor * scale, k + 1
                continue
            following = token_at(doc, k + 1)
            is_plural_scale = following is not None and following.lower_ != following.lemma_.lower()
            plural_scale = self.lexicon.scales.get(following.lemma_.lower()) if is_plural_scale else None
            if vague and doc[k].lower_ == "of" and plural_scale:
                factor, k = factor * plural_scale, k + 2
                continue
            break
        return factor, k

