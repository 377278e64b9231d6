"""Numbers: digits, number words, scales and vague amounts, a currency symbol before them."""

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from storyline.nlp.quantities.common import (
    ARTICLES,
    FRACTION,
    HYPHENS,
    PLURAL_TAGS,
    Reading,
    apply_bound,
    attached,
    is_joining_hyphen,
    token_at,
)

NUMERAL = re.compile(
    r"^(?P<prefix>\D*?)(?P<sign>[-+−–]?)(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(?P<suffix>\D*(?:[23²³]\D*)?)$"
)
"""A token holding digits: a glued prefix (`PS`, `minus-`, `~`), a sign, the number, a glued suffix (`bn`, `kW`)."""
SLASHED = re.compile(r"^(\d{1,3})[/⁄](\d{1,4})$")
"""A fraction written with a slash: `1/16`, `1⁄32`."""
SUFFIX_WORD = re.compile(r"[^\W\d_]+[23²³]?|[″°%]+")
"""The letters glued after digits, with a power: `kW`, `bhp`, `m2`, `km²`."""


@dataclass
class Number:
    """Digits or number words as read at a token: value, scale factor, end, and what was glued to them."""

    value: float
    scale: float
    end: int
    currency: str | None = None
    unit: tuple[str, str] | None = None
    bound: str | None = None
    change: str | None = None


class NumberReader:
    """The bare amount at a token (`lexicon`: a QuantityLexicon)."""

    def currency_before(self, doc: Doc, i: int) -> tuple[str | None, int]:
        """A currency written before the number at token i: (code or None, the number's token).

        `$5`, `£5`, `US $58.24`, `HK $216,925`, `EUR 5bn` (an ISO code in capitals).
        """
        lex = self.lexicon
        token = doc[i]
        code = lex.currency_symbols.get(token.lower_)
        if code:
            return code, i + 1
        following = token_at(doc, i + 1)
        if following is None:
            return None, i
        if following.text == "$" and token.text.isupper() and token.lower_ in lex.dollar_prefixes:
            if len(token.text) > 1 or attached(doc, i):  # `US $58.24`, `A$5`, not `A $2bn deal`
                return lex.dollar_prefixes[token.lower_], i + 2
        if token.text.isupper() and len(token.text) == 3 and token.lower_ in lex.currency_words:
            if NUMERAL.match(following.text):
                return lex.currency_words[token.lower_], i + 1  # `EUR 5bn`
        return None, i

    def value_at(self, doc: Doc, i: int, allow_article: bool) -> Reading | None:
        """The bare amount at token i, a currency symbol before it included."""
        lex = self.lexicon
        if i >= len(doc):
            return None  # `between` at the end of a text
        unit, k = self.currency_before(doc, i)
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
        sign = 1.0
        if doc[k].lower_ in lex.negative_words and k + 1 < len(doc) and NUMERAL.match(doc[k + 1].text):
            sign, k = -1.0, k + 1  # `minus 387 Fahrenheit`
        proportion = self.proportion_at(doc, k)
        if proportion:
            value, end = proportion
            return Reading(i, end, value, value, unit=FRACTION, item=FRACTION, numbers=list(range(k, end)),
                           glued_unit=True)
        fraction = 1.0
        if doc[k].lower_ in lex.fractions and k + 1 < len(doc) and doc[k + 1].lower_ in ARTICLES:
            fraction = lex.fractions[doc[k].lower_]  # `half a million`
        symbol = doc[i].lower_ if unit else ""
        number = self.number_at(doc, k + (fraction != 1.0), money=unit is not None, symbol=symbol)
        if number:
            value = number.value * fraction * sign
            numbers = list(range(k, number.end))
            if number.currency:  # `PS2.7m`, `$` `A82,615,680`: the glued letters name the currency
                unit, item = number.currency, lex.currency_items[number.currency]
            reading = Reading(i, number.end, value, value, unit=unit, item=item, numbers=numbers, scale=number.scale,
                              change=number.change)
            if number.unit and not unit:
                reading = replace(reading, unit=number.unit[0], item=number.unit[1], glued_unit=True)
            if number.bound:
                reading = apply_bound(replace(reading, modified=True), number.bound)
            return reading
        if fraction != 1.0 and not unit and self.unit_at(doc, k + 2):
            return Reading(i, k + 2, fraction, fraction, numbers=[k, k + 1])  # `half an hour`, `half a mile`
        if allow_article and not unit and doc[k].lower_ in ARTICLES and self.unit_at(doc, k + 1):
            return Reading(i, k + 1, 1.0, 1.0, numbers=[k], kind="one")  # `more than a month`
        return None

    def proportion_at(self, doc: Doc, k: int) -> tuple[float, int] | None:
        """A proportion at token k: (value, end), or None.

        `half of`, `a third of`, `two-thirds of`, `three quarters of`, `1/16 of`, `one out of three`,
        `one in five`. An ordinal is no proportion: `the second half of`, `a third term`.
        """
        lex = self.lexicon
        word = doc[k].lower_
        following = token_at(doc, k + 1)
        if following is None:
            return None
        slashed = SLASHED.match(doc[k].text)
        if slashed and following.lower_ == "of" and 0 < int(slashed[1]) < int(slashed[2]):
            return int(slashed[1]) / int(slashed[2]), k + 1  # `1/16 of a US pint`
        before = token_at(doc, k - 1)
        if word == "half" and following.lower_ == "of":
            ordinal = before is not None and (before.pos_ in ("ADJ", "DET", "NUM") or before.lower_ in ARTICLES)
            return None if ordinal else (0.5, k + 1)
        count = 1 if word in ARTICLES else lex.number_words.get(word)
        if count is None and word.isdigit() and following.lower_ == "out":
            count = int(word)  # `12 out of 23 agencies` (digits take `out of`, not `in`: `5 in 2019`)
        if count is not None:
            j = k + 1 + is_joining_hyphen(doc, following)
            fraction = token_at(doc, j)
            after = token_at(doc, j + 1)
            if fraction is not None and fraction.lower_ in lex.fractions and after is not None and after.lower_ == "of":
                return count * lex.fractions[fraction.lower_], j + 1  # `two-thirds of`
            if count and word not in ARTICLES and following.lower_ in lex.proportion_words:
                j = k + 1 + (following.lower_ == "out" and after is not None and after.lower_ == "of")
                whole = self.number_at(doc, j + 1, money=False) if j + 1 < len(doc) else None
                if whole and whole.value > count and whole.scale == 1:
                    return count / whole.value, whole.end  # `one out of three Germans`, `one in five`
        return None

    def number_at(self, doc: Doc, k: int, money: bool, symbol: str = "") -> Number | None:
        """Digits or number words at token k, times any scale after them.

        Digits may carry a glued currency (`PS2.7m`, `$` `US55,931,000`), a sign (`+0.2`, `-50.8bn`), a
        prefix (`minus-5`, `~25`, `sub-7`), a scale (`£15.8m`, `4.3M`) or a unit (`10kW`, `640bhp`, `121ft`).
        """
        lex = self.lexicon
        word = doc[k].lower_
        hangs = doc[k].whitespace_ or k + 1 < len(doc) and doc[k + 1].is_punct
        if len(word) > 1 and word[-1] in HYPHENS and hangs:  # `four-, five- and six-cylinder`
            hanging = word[:-1]
            if hanging in lex.number_words or NUMERAL.match(hanging) and hanging[:1].isdigit():
                value = lex.number_words.get(hanging) or float(hanging.replace(",", ""))
                return Number(float(value), 1.0, k + 1)
            return None
        match = NUMERAL.match(doc[k].text)
        if match:
            return self.numeral_at(doc, k, match, money, symbol)
        if word in lex.number_words or word in ARTICLES and k + 1 < len(doc) and doc[k + 1].lower_ in lex.scales:
            return self.words_at(doc, k)  # `twenty-two`, `one hundred and fifty`, `a dozen`, `a million`
        return None

    def words_at(self, doc: Doc, k: int) -> Number | None:
        """Number words from token k: `twenty-two`, `twenty five`, `one hundred and fifty`, `one thousand two
        hundred`, `three and a half million`, `a dozen`. The scale is the product of the scale words it
        ends with (`five hundred thousand` → 1e5), which a range's first number shares."""
        lex = self.lexicon
        total, current, trailing = 0.0, 0.0, 1.0
        limit, big, j = None, float("inf"), k
        if doc[k].lower_ in ARTICLES:
            current, limit, j = 1.0, 1, k + 1
        while j < len(doc):
            word = doc[j].lower_
            following = token_at(doc, j + 1)
            if word in lex.number_words:
                n = lex.number_words[word]
                if limit is not None and n >= limit:
                    break
                current, trailing = current + n, 1.0
                limit = 10 if n >= 20 and n % 10 == 0 else 1
            elif word == "hundred" and limit is not None and limit <= 10 or word == "hundred" and current == 1:
                current, limit, trailing = current * 100, 100, trailing * 100
            elif word in lex.scales and limit is not None and lex.scales[word] < big:
                scale = lex.scales[word]
                total, current, limit, big = total + (current or 1) * scale, 0.0, scale, scale
                trailing *= scale
            elif word in HYPHENS and attached(doc, j) and j > k and attached(doc, j - 1) and following is not None \
                    and following.lower_ in lex.number_words:
                pass  # `twenty-two`
            elif word == "and" and limit is not None and following is not None:
                after = token_at(doc, j + 2)
                if following.lower_ in ARTICLES and after is not None and after.lower_ == "half" and current:
                    current, limit, j = current + 0.5, 1, j + 3  # `three and a half million`
                    continue
                if limit < 100 or following.lower_ not in lex.number_words:
                    break  # `one and two`, `a hundred and`
            else:
                break
            j += 1
        if limit is None or j == k:
            return None
        return Number(total + current, trailing, j)

    def numeral_at(self, doc: Doc, k: int, match: re.Match, money: bool, symbol: str) -> Number | None:
        """The digits of token k as NUMERAL split them (see `number_at`)."""
        lex = self.lexicon
        number = Number(float(match["number"].replace(",", "")), 1.0, k + 1)
        prefix, sign = match["prefix"], match["sign"]
        if prefix and sign == "-":
            prefix, sign = prefix + "-", ""  # `minus-5`: the hyphen joins the prefix
        if prefix:
            lowered = prefix.lower()
            code = lex.currency_glued.get(symbol + lowered) if symbol else lex.currency_glued.get(lowered)
            if code is None and symbol == "$":
                code = lex.dollar_prefixes.get(lowered)  # `$US55,931,000`, `$A82,615,680`
            meaning = lex.number_prefixes.get(lowered)
            if code:
                number = replace(number, currency=code)
                money = True
            elif meaning == "negative":
                number = replace(number, value=-number.value)
            elif meaning in ("approx", "upper", "lower"):
                number = replace(number, bound=meaning)
            elif meaning != "none":
                return None  # `F-16`, `COVID-19`, `1/16`
        if sign:
            meaning = lex.signs.get(sign)
            if meaning == "negative":
                number = replace(number, value=-number.value)
            elif meaning == "up":
                number = replace(number, change="up")
        suffix = match["suffix"].rstrip(".")
        if not suffix:
            following = doc[k + 1].text.rstrip(".") if attached(doc, k) else ""
            scale = self.scale_abbreviation(following)
            if scale and (following == "M" or self.is_scale(doc, k + 2, following.lower(), money)):
                factor, end = self.scale_after(doc, k + 2, vague=False)  # `15.8` `m`
                return replace(number, value=number.value * factor * scale, scale=factor * scale, end=end)
            if following.lower() in lex.units_glued:  # `2` `in`, written `2in`
                return replace(number, unit=self.unit_word(following), end=k + 2)
            factor, end = self.scale_after(doc, k + 1, vague=False)
            return replace(number, value=number.value * factor, scale=factor, end=end)
        letters = SUFFIX_WORD.match(suffix)
        if letters is None or letters.end() < len(suffix) and suffix[letters.end()].isalnum():
            return None
        suffix = letters.group()
        scale = self.scale_abbreviation(suffix)
        if scale and (suffix == "M" or self.is_scale(doc, k + 1, suffix.lower(), money)):
            factor, end = self.scale_after(doc, k + 1, vague=False)  # `£15.8m`, `$40bn`
            return replace(number, value=number.value * factor * scale, scale=factor * scale, end=end)
        unit = self.unit_word(suffix)
        if unit is None:
            return None  # `2nd`, `1990s`, `3G`
        return replace(number, unit=unit)

    def scale_abbreviation(self, text: str) -> float | None:
        """`m`, `bn`, `k` … and `M`, which is always million (a metre is `m`)."""
        if text == "M":
            return self.lexicon.scales["million"]
        return self.lexicon.scale_abbreviations.get(text.lower())

    def is_scale(self, doc: Doc, after: int, abbreviation: str, money: bool) -> bool:
        """`m` is million for money or before a plural noun (`£5m`, `3m people`), else metres (`10m wall`)."""
        if abbreviation not in self.lexicon.ambiguous_abbreviations or money:
            return True
        following = token_at(doc, after)
        if following is None:
            return False
        return following.tag_ in PLURAL_TAGS or self.currency_at(doc, after) is not None

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

