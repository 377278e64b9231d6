"""Attributions that are not `Name + verb`: the reporter's gloss on what a speaker meant (`"...," he said,
referring to X`), a quotation a name introduces with a colon (`From the report: "..."`, `Pew Research: "..."`), a
title the parse could not read (`Trump Calls On Obama To Resign`). Their words are in `resources/quotes.yaml`
(`gloss_participles`, `colon_openers`, `title_openers`)."""

import re

from spacy.tokens import Token

from storyline.nlp.quotes.marks import Quotation
from storyline.nlp.quotes.spans import SET_OFF, Cue, Found, Reading, clip, noun_phrase, span_content

CREDIT = re.compile(r"\[[^\]\n]{0,40}\]|\([^)\n]{0,40}\)")
"""A source credit in brackets after a quotation (`[WashPost.]`, `(Gallup)`)."""


class ShapeCues:
    """Cues of other shapes, for `QuoteFinder`: read after attribution (`glosses`, `title_verb`) or asked for a
    quotation no cue claims (`named_colon`, from `Attributor.quotation_cue`)."""

    def glosses(self, r: Reading, found: list[Found]) -> list[Found]:
        """`"...," Ortiz said, referring to the count of votes`, `he said, alluding to the scandal`: a participle
        set off by a comma, hung on the cue of a quote found, with `to` and what was meant: the reporter's gloss on what
        that speaker meant (PolNeAR counts it, the speaker its source, what is referred to its content). Read after
        attribution, so the quote it glosses keeps its span and parts. Not one without a comma before it (`the piece
        you're referring to`), nor one inside a quotation."""
        if not self.gloss_participles:
            return []
        by_cue = {f.cue.token.i: f for f in found if f.cue.speaker is not None and f.cue.kind != "sourceless"}
        cues = {f.cue.token.i for f in found}
        doc = r.doc
        out = []
        for i in sorted(by_cue):
            for token in doc[i].rights:
                if token.tag_ != "VBG" or token.dep_ not in ("advcl", "xcomp", "conj") or token.i in cues \
                        or f"{token.lemma_.lower()} to" not in self.gloss_participles or r.quoted(token.idx):
                    continue
                k = token.i - 1
                while k > 0 and doc[k].is_quote:
                    k -= 1
                to = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "to"
                           and c.i == token.i + 1), None)
                if doc[k].text not in SET_OFF or to is None or not any(c.dep_ == "pobj" for c in to.children):
                    continue
                content = clip(span_content(doc, to.i + 1, token.right_edge.i), r.para(token.idx))
                if content is None:
                    continue
                said = by_cue[i].cue
                cue = Cue(token, doc[token.i : to.i + 1].text, token.idx, to.idx + len(to), "verb", generic=True,
                          speaker=said.speaker, content=content)
                out.append(Found(cue, *content, False))
        return out

    def title_verb(self, r: Reading, found: list[Found]) -> list[Found]:
        """`Lee slams Ruiz over 'border wall' plan`, `Jane Roe Declines to Reject Union
        Backing`, `Mayor Calls On Governor To Quit`: a title the parse could not read (title case, a name tagged as
        a verb) and where no cue was found, read by its words: a few words that name someone, then a lexicon verb in
        the headline's present tense (`blasts`, `calls on`), then what is said or meant. Not a title opened by a
        question or a clause (`Why Trump leads`, `After X, ...`), nor a verb of the lexicon that wants marks."""
        if not r.paras:
            return []
        a, b = r.paras[0]
        line = r.text[a:b]
        if len(line) > 160 or any(a <= f.start < b or a <= f.cue.start < b for f in found):
            return []
        end = a + len(line.split(";")[0].rstrip().rstrip(".!?"))
        span = r.doc.char_span(a, end, alignment_mode="expand")
        if span is None or len(span) < 3 or span[0].lower_ in self.title_openers or not span[0].text[:1].isupper():
            return []
        for j, token in enumerate(span):
            if j == 0:
                continue
            if j > 6 or token.is_punct and token.text not in ("-", "'s") or token.text in (",", ":", ";"):
                return []
            entry, particle = self.title_entry(token, span[j + 1] if j + 1 < len(span) else None)
            if entry is None:
                continue
            last = particle or token
            after = span[last.i - span.start + 1 :]
            if entry.get("direct") or entry.get("quoted") or len(after) < 2:
                return []
            speaker = span[:j]
            content = span_content(r.doc, after.start, after.end - 1)
            if content is None or not any(t.pos_ in ("PROPN", "NOUN") or t.text[:1].isupper() for t in speaker):
                return []
            cue = Cue(token, r.doc[token.i : last.i + 1].text, token.idx, last.idx + len(last), "headline",
                      entry.get("stance", "assert"), speaker=speaker, content=content)
            return [Found(cue, *content, False)]
        return []

    def title_entry(self, token: Token, following: Token | None) -> tuple[dict | None, Token | None]:
        """The lexicon entry of a word as a headline's verb (`blasts`, `denies`, `calls` with `on`), and its
        particle: a present tense in -s of a lexicon verb."""
        word = token.lower_
        if not word.isalpha() or not word.endswith("s") or len(word) < 4:
            return None, None
        stems = [word[:-3] + "y"] if word.endswith("ies") else []
        stems += [word[:-1], word[:-2]] if word.endswith("es") else [word[:-1]]
        for stem in stems:
            if following is not None and f"{stem} {following.lower_}" in self.verbs:
                return self.verbs[f"{stem} {following.lower_}"], following
            if stem in self.verbs:
                return self.verbs[stem], None
        return None, None

    def named_colon(self, r: Reading, q: Quotation) -> Cue | None:
        """`From the report: "..."`, `- Pew Research: "..."`, `Donald Trump: "..."`: a quotation opened right after a
        colon that only a name or a noun phrase comes before on its line (a dash or `From`/`More from` may open it):
        that phrase said it, the quotation running to its paragraph's end. Not a phrase holding a verb (`X said:` has
        its cue), not a label (`UPDATE:`), nor a quotation inside a title's claim (`X: 'A' To Ask For B`)."""
        text, doc = r.text, r.doc
        before = text[: q.open_at].rstrip()
        rest = text[q.close_at + 1 : r.para(q.open_at)[1]] if q.close_at is not None else ""
        if not before.endswith(":") or CREDIT.sub("", rest).strip(" .;\xa0"):
            return None  # only a credit may follow (`... interesting.” [WashPost.]`)
        colon = len(before) - 1
        line_start = text.rfind("\n", 0, colon) + 1
        for sep in (" - ", " — ", " – ", ". "):  # `... for Republican contests - Philip Bump: "..."`
            at = text.rfind(sep, line_start, colon)
            if at >= 0:
                line_start = at + len(sep)
        span = doc.char_span(line_start, colon, alignment_mode="expand")
        if span is None or not 1 <= len(span) <= 8 or any(t.pos_ in ("VERB", "AUX") for t in span):
            return None
        words = [t for t in span if t.lower_ not in self.colon_openers]
        last = span[-1]
        if not words or last.pos_ not in ("PROPN", "NOUN") or words[0].i > last.i:
            return None
        label = text[words[0].idx : last.idx + len(last)].strip()
        if label.lower() in self.headline_labels or label.isupper() and len(label.split()) == 1:
            return None  # `UPDATE: "..."`; a transcript's `CLINTON:` line is `headline_cues`'
        speaker = noun_phrase(last, r.para(last.idx))
        if speaker.start < words[0].i:
            speaker = doc[words[0].i : speaker.end]
        if not self.holds_views(speaker) and last.lemma_.lower() not in self.evidence_nouns:
            return None
        return Cue(last, ":", colon, colon + 1, "verb", speaker=speaker)
