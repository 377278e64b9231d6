"""Units: currency words, percent, measures and time units written after an amount, and rates."""

from dataclasses import replace

from spacy.tokens import Doc

from storyline.nlp.quantities.common import HYPHENS, Reading, attached, is_joining_hyphen, token_at

RATE_WORDS = {"per", "a", "an"}


class UnitReader:
    """The unit after an amount (`lexicon`: a QuantityLexicon)."""

    def currency_at(self, doc: Doc, k: int) -> tuple[str, int] | None:
        """A currency word or name at token k (`dollars`, `Australian dollars`, `euro`): (code, end)."""
        if k >= len(doc):
            return None
        return self.lexicon.currency_phrases.match(doc, k)

    def unit_word(self, text: str) -> tuple[str, str] | None:
        """The unit a suffix glued to digits names (`kW`, `bhp`, `ft`, `pc`, `min`): (unit, item), or None."""
        lex = self.lexicon
        if text in lex.units_exact:
            unit, item = lex.units_exact[text]
            return unit, item or text.lower()
        lowered = text.lower()
        if lowered in lex.units_glued:
            unit, item = lex.units_glued[lowered]
            return unit, item or lowered
        if len(text) == 1 and text != lowered:
            return None  # `5G`, `3D`: a single capital is a code, save those of `units_exact`
        if lowered in lex.percent.by_first_word and any(len(w) == 1 for w, _ in lex.percent.by_first_word[lowered]):
            return "percent", "percent"
        if text in lex.currency_symbols_after:
            code = lex.currency_symbols[text]
            return code, lex.currency_items[code]
        for words, (unit, item) in lex.units.by_first_word.get(lowered, ()):
            if len(words) == 1:
                return unit, item or lowered
        return None

    def unit_at(self, doc: Doc, k: int) -> tuple[str, str, int] | None:
        """A currency, percent sign, measure or time unit at token k, the longest written: (unit, item, end)."""
        lex = self.lexicon
        if k >= len(doc):
            return None
        token = doc[k]
        if token.text in lex.units_exact:
            unit, item = lex.units_exact[token.text]
            return unit, item or token.lower_, k + 1
        following = token_at(doc, k + 1)
        if token.text in lex.currency_symbols_after and not (following is not None and following.text[:1].isdigit()):
            code = lex.currency_symbols[token.text]  # `1,200€`, not `in 2008 £60bn`
            return code, lex.currency_items[code], k + 1
        if len(token.text) == 1 and token.text.isupper():
            return None  # `5G`, `3D`: a single capital is a code, save those of `units_exact`
        found: list[tuple[str, str, int]] = []
        currency = self.currency_at(doc, k)
        if currency:
            code, end = currency
            found.append((code, lex.currency_items[code], end))
        percent = lex.percent.match(doc, k)
        if percent:
            found.append(("percent", "percent", percent[1]))
        unit = lex.units.match(doc, k)
        if unit:
            (code, item), end = unit
            found.append((code, item or " ".join(t.lemma_.lower() for t in doc[k:end]), end))
        if found:
            return max(found, key=lambda option: option[2])  # the first of the longest
        lemma = token.lemma_.lower()
        if lemma in lex.time_units:
            return lemma, lemma, k + 1
        return None

    def with_unit(self, doc: Doc, reading: Reading) -> Reading:
        """Add the unit written after the amount: `dollars`, `of dollars`, `%`, `km`, `-year-old`, and a
        rate after it: `$3,500 a month`, `15 miles per hour`."""
        if reading.item_found:  # `decades` is its own unit
            return reading
        if reading.glued_unit:  # `10kW`
            return self.with_rate(doc, reading)
        k = reading.end
        if reading.kind == "vague" and k < len(doc) and doc[k].lower_ == "of":
            currency = self.currency_at(doc, k + 1)
            if currency:  # `billions of dollars`
                code, end = currency
                return replace(reading, unit=code, item=self.lexicon.currency_items[code], end=end)
            return reading
        hyphenated = is_joining_hyphen(doc, token_at(doc, k))
        found = self.unit_at(doc, k + hyphenated)
        if found is None:
            return self.with_rate(doc, self.with_dollar_country(doc, reading))
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
            return self.with_rate(doc, replace(reading, unit=unit, item=item, end=end, item_found=True))
        if reading.unit in self.lexicon.currency_items and not is_money:
            return self.with_rate(doc, reading)
        return self.with_rate(doc, replace(reading, unit=unit, item=item, end=end))

    def with_dollar_country(self, doc: Doc, reading: Reading) -> Reading:
        """`$75 U.S.`, `$12 NZ`: a dollar amount followed by its country's prefix written in capitals (two letters or
        more of `dollar_prefixes`) is that country's dollar, the prefix in its text."""
        token = token_at(doc, reading.end)
        if token is None or "$" not in doc[reading.start : reading.numbers[0] + 1].text:
            return reading
        code = self.lexicon.dollar_prefixes.get(token.lower_)
        if code is None or len(token.text.replace(".", "")) < 2 or not token.text.isupper():
            return reading
        return replace(reading, unit=code, item=self.lexicon.currency_items[code], end=reading.end + 1)

    def with_rate(self, doc: Doc, reading: Reading) -> Reading:
        """`per barrel`, `a month`, `/hr`, `-a-day` after a unit: the unit becomes `unit/denominator`."""
        k = reading.end
        if reading.unit is None or reading.unit == "percent" or k >= len(doc):
            return reading
        word = doc[k].lower_
        hyphenated = doc[k].text in HYPHENS and attached(doc, k) and k + 1 < len(doc)
        if hyphenated and doc[k + 1].lower_ in RATE_WORDS and is_joining_hyphen(doc, token_at(doc, k + 2)):
            k, word = k + 2, doc[k + 1].lower_  # `52,000 barrel-a-day`
        elif word == "/" and attached(doc, k) and k > 0 and attached(doc, k - 1):
            word = "per"  # `100km/hr`
        elif word not in RATE_WORDS:
            return reading
        den = self.denominator_at(doc, k + 1, loose=word == "per")
        if den is None:
            return reading
        name, end = den
        if word != "per" and end < len(doc) and doc[end].lower_ in self.lexicon.rate_breakers:
            return reading  # `$500 a year ago`: a time back, no rate
        rate = f"{reading.unit}/{name}"
        return replace(reading, unit=self.lexicon.rate_codes.get(rate, rate), end=end)

    def with_count_rate(self, doc: Doc, reading: Reading | None) -> Reading | None:
        """A count whose noun a rate follows counts so many a time: `3,000 tests per day` → test/day, `40 trucks an
        hour`, `three goals a game` (after `a`/`an` a time unit or one of `rate_nouns`, as `with_rate` reads them);
        a plain count keeps no unit."""
        if reading is None or reading.unit is not None or not reading.item_found or not reading.item:
            return reading
        rated = self.with_rate(doc, replace(reading, unit=reading.item))
        return rated if rated.end > reading.end else reading

    def rates_across_brackets(self, doc: Doc, readings: list[Reading]) -> list[Reading]:
        """A rate after an amount's bracketed conversion is the rate of both (`£5bn ($6.5bn) a year`: GBP/year and
        USD/year, `10 miles (16km) an hour`); each keeps its own text."""
        out = list(readings)
        for n in range(len(out) - 1):
            first, second = out[n], out[n + 1]
            if first.unit is None or second.unit is None or "/" in first.unit or "/" in second.unit:
                continue
            if second.start != first.end + 1 or doc[first.end].text != "(" or second.end + 1 >= len(doc) \
                    or doc[second.end].text != ")":
                continue
            rated = self.with_rate(doc, replace(second, end=second.end + 1))
            if rated.end == second.end + 1:
                continue
            out[n] = replace(first, unit=self.with_rate(doc, replace(first, end=second.end + 1)).unit)
            out[n + 1] = replace(second, unit=rated.unit)
        return out

    def denominator_at(self, doc: Doc, k: int, loose: bool) -> tuple[str, int] | None:
        """What a rate counts against at token k: a unit (`sq m` → m2), a time unit, or after `per` any
        noun (`share`), after `a` the nouns of `rate_nouns`: (name, end)."""
        lex = self.lexicon
        if k >= len(doc):
            return None
        token = doc[k]
        short = lex.rate_denominators.get(token.lower_.rstrip("."))
        if short:
            return short, k + 1
        unit = lex.units.match(doc, k)
        if unit and not token.lower_ == "cent":
            (code, _item), end = unit
            return code, end
        lemma = token.lemma_.lower()
        if lemma in lex.time_units:
            return lemma, k + 1
        if token.pos_ in ("NOUN", "PROPN") and (loose or lemma in lex.rate_nouns):
            return lemma, k + 1
        return None
