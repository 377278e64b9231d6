"""Reporting cues from the parse: verbs, statement nouns, hearsay markers, headline colons; their speaker
phrases and contents."""

from spacy.attrs import DEP, HEAD, LEMMA, LOWER, POS
from spacy.symbols import ADJ, AUX, NOUN, PROPN, VERB
from spacy.tokens import Doc, Span, Token

from storyline.nlp.actors import mentions_in
from storyline.nlp.extensions import text_of
from storyline.nlp.quotes.contents import AMOUNT_TYPES, CueContents
from storyline.nlp.quotes.gate import (
    NOUN_CARRY_DEPS,
    adjective_carried,
    adjective_features,
    carried,
    hedged,
    noun_carried,
    noun_features,
    passive_features,
    widened,
)
from storyline.nlp.quotes.lexicon import circumstance
from storyline.nlp.quotes.marks import Quotation, trim
from storyline.nlp.quotes.spans import SET_OFF, Cue, Reading, clip, is_headline, noun_phrase, span_content, that_after
from storyline.nlp.quotes.speaker_actors import PRONOUNS

TOPIC_PREPS = {"about", "on", "of", "against", "over"}
"""Prepositions whose object is what a reporting verb without a clause or object was about (`complained about
X`, `agreed on Y`); not `with` or `for` (`responded with force`, `to blame for the war`)."""

REFERRING_PRONOUNS = {"it", "this", "that", "these", "those"}
"""Pronoun objects that stand for what was said (`opposed it`, `denied that`), unlike a person (`thanked her`)."""

FEELING_PREPS = {"by", "with", "at", "about", "over"}
"""Prepositions of what caused a feeling told in the passive (`shaken by the news`, `thrilled with the result`)."""

VIEW_PREPS = {"in", "to", "for"}
"""Prepositions whose object can be whose finding or view a clause is (`view_cue`: `In a poll, ...`, `To many, ...`)."""

def is_amount(token: Token) -> bool:
    """An amount, or a noun counted by one (`$70`, `5 percent`, `a $500 donation`)."""
    return token.like_num or token.ent_type_ in AMOUNT_TYPES or any(
        c.dep_ == "nummod" or c.ent_type_ == "MONEY" for c in token.children)


class CueFinder(CueContents):
    """The candidate half of `QuoteFinder`: statements in quotation marks and reporting cues."""

    def is_statement(self, doc: Doc, text: str, q: Quotation) -> bool:
        """A quotation with a verb and a few words is a statement; the rest are names or scare quotes."""
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None:
            return False
        words = [t for t in span if t.is_alpha or t.like_num]
        if len(words) < self.min_words:
            return False
        inner = text[q.open_at + 1 : q.close_at if q.close_at is not None else q.end].strip()
        sentence_like = inner[:1].isupper() and inner[-1:] in (",", ".", "?", "!")  # `"The temperature's high,"`
        return sentence_like or any(t.pos_ in ("VERB", "AUX") for t in span)

    def find_cues(self, r: Reading) -> list[Cue]:
        """Reporting cues outside statement quotations and page-furniture lines."""
        text = r.text
        skipped = {p for p in r.paras if self.skip_line and self.skip_line.match(text[p[0] : p[1]])}
        cues = []
        passed: dict[tuple[int, int], str] = {}  # paragraph → open, headline or skipped, read once per paragraph
        doc = r.doc
        for i in self.cue_starts(doc):
            token = doc[i]
            para = r.para(token.idx)
            if (state := passed.get(para)) is None:
                state = passed[para] = "skipped" if para in skipped else \
                    "headline" if is_headline(text[para[0] : para[1]]) else "open"
            if state == "skipped":
                continue
            if state == "headline":  # `Thailand accuses Cambodia of ...`: a lexicon verb with its subject only
                cue = self.verb_cue(token, para)
                if cue is None or cue.generic or cue.gated or cue.speaker is None or cue.content is None:
                    continue
            else:
                cue = self.feeling_cue(token, para) or self.topic_cue(token, para) or self.verb_cue(token, para) \
                    or self.light_cue(token, para) \
                    or self.backing_cue(token, para) or self.noun_cue(token, para) \
                    or self.source_cue(token, para) \
                    or self.adjective_cue(token, para) or self.noun_gate_cue(token, para) \
                    or self.view_cue(token, para) or self.noun_colon_cue(token, para)
            if cue is None:
                continue
            inside = r.statement_at(token.idx)
            if inside is not None and (cue.generic or not self.third_party(cue, inside)):
                continue
            cue.content = clip(cue.content, inside or para)
            cue.inside = inside
            if inside is None or cue.content is not None:
                cues.append(cue)
        cues += self.headline_cues(r, skipped)
        held = [c.content for c in cues if c.content is not None and (c.kind != "noun" or not c.gated)]
        held += [(c.start, c.end) for c in cues if c.kind == "verb" and c.token.lemma_.lower() in self.light_cues]
        return [c for c in cues if not (c.kind == "noun" and c.gated and any(a <= c.start < b for a, b in held))]
        # a gated noun inside what another cue reports (`expressed [concern that X]`, `said [his attacks on Y] ...`)
        # is part of that statement, not one of its own, and one a light verb takes (`made [the point] that X`) its cue

    def cue_starts(self, doc: Doc) -> list[int]:
        """The tokens where one of the six cues of `find_cues` can start, read off the parse's arrays without making
        a `Token` of each word: a verb (`verb_cue`), a noun of the lexicon (`noun_cue`), a common noun with a
        dependent after it that can carry what it is about (`noun_gate_cue`: `noun_carried`), an adjective after a
        copula (`adjective_cue`), a hearsay marker's first word (`source_cue`) or a view preposition (`view_cue`);
        the finders themselves return None anywhere else."""
        strings = doc.vocab.strings
        ints = strings.as_int
        heads = {ints(w) for w in self.source_heads}
        views = {ints(w) for w in VIEW_PREPS}
        acomp, oprd, prep, colon = ints("acomp"), ints("oprd"), ints("prep"), ints(":")
        carrying = {ints(d) for d in NOUN_CARRY_DEPS}
        rows = doc.to_array([POS, LOWER, DEP, HEAD, LEMMA]).tolist()
        carriers = {h for j, (_, _, dep, head, _) in enumerate(rows)  # heads of such a dependent after them
                    if dep in carrying and (h := (j + head) % 2**64) < j}  # (the array holds offsets modulo 2**64)
        lexical: dict[int, bool] = {}  # lemma → whether its lowercase is a statement or intention noun
        starts = []
        for i, (pos, lower, dep, _, lemma) in enumerate(rows):
            if pos in (VERB, AUX) or lower in heads or pos == ADJ and dep in (acomp, oprd) \
                    or dep == prep and lower in views or pos == NOUN and (i in carriers or i + 1 < len(rows)
                                                                          and rows[i + 1][1] == colon):
                starts.append(i)
            elif pos in (NOUN, PROPN):
                if (known := lexical.get(lemma)) is None:
                    word = strings[lemma].lower()
                    known = lexical[lemma] = word in self.nouns or word in self.intention_nouns \
                        or word in self.backing_nouns  # `drew support [from X]`: the parse hangs `from` on the verb
                if known:
                    starts.append(i)
        return starts

    def third_party(self, cue: Cue, inside: tuple[int, int]) -> bool:
        """A cue inside a quotation that reports someone else's words (`"..., officials said, ..."`,
        `"... a step Oslo keeps ruling out"`): a named speaker, not a pronoun, within the quotation."""
        phrase = cue.speaker
        token = cue.token
        finite = token.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ == "aux" and c.tag_ in ("VBD", "VBZ", "VBP")
                                                             for c in token.children)
        if cue.kind != "verb" or not finite or phrase is None or cue.content is None or phrase.root.pos_ == "PRON" \
                or phrase.root.lower_ in PRONOUNS or not inside[0] <= phrase.start_char < phrase.end_char <= inside[1]:
            return False
        set_off = phrase.start == 0 or token.doc[phrase.start - 1].text in SET_OFF or token.dep_ == "relcl"
        return cue.content[0] > phrase.start_char or set_off  # not `"It's no surprise X told him: ..."`

    def verb_cue(self, token: Token, para: tuple[int, int]) -> Cue | None:
        """`said`, `told reporters`, `denied`, `called for`; not passive ones, and negated or modal ones
        (`would not say whether`, `will argue that`) only where the learned gate takes them."""
        if token.pos_ not in ("VERB", "AUX"):
            return None
        if self.asked_question(token.head, token) and any(c.dep_ == "nsubj" for c in token.head.children):
            return None  # `Roe asked them if they believed X`: what she asked them, no view they voiced
        hedge = hedged(token)
        if hedge == "passive" or token.dep_ == "acl" and token.tag_ == "VBN" and any(
                c.dep_ == "agent" for c in token.children):
            return self.passive_cue(token, para)
        lemma = token.lemma_.lower()
        multiword = lemma in self.verb_prefixes  # else no `lemma word` entry: no particle nor clause mark to look for
        particle = next((c for c in token.children if c.dep_ in ("prt", "prep") and c.i > token.i
                         and f"{lemma} {c.lower_}" in self.verbs and not circumstance(c)), None) if multiword else None
        # not `X on Tuesday called Y Z` nor `called on Tuesday for Y`: a time, no `call on`
        clause_for = None  # `calling for the US to step up ...`: `for` parsed as the mark of a clause
        if multiword and particle is None and token.i + 1 < len(token.doc):
            mark = token.doc[token.i + 1]
            if mark.dep_ == "mark" and mark.head.dep_ == "advcl" and mark.head.head == token \
                    and f"{lemma} {mark.lower_}" in self.verbs:
                particle, clause_for = mark, mark.head
        entry = self.verbs.get(f"{lemma} {particle.lower_}" if particle is not None else lemma)
        marker = None
        if hedge:  # `did not deny ...`, `would vote for ...`: whether it reports a view is the gate's call
            if (what := self.gate_accepts(token, para, entry is not None)) is None:
                return None
            if entry is None:
                entry = {"object": True, "generic": True}
                particle = what if what.dep_ == "prep" else None
            elif what.dep_ == "dobj" and not entry.get("clause"):  # `did not mention X`: what it carries, no clause
                entry = {**entry, "object": True}
            entry = {**entry, "gated": True}
        elif entry is None:
            marker = self.statement_marker(token)
            if marker is None:
                if self.that_clause_verb(token):
                    entry = {"clause": True, "generic": True}  # `X predicted that ...`: a `that` clause and a mind
                elif (what := self.gate_accepts(token, para, False)) is not None:
                    entry = {"object": True, "generic": True, "gated": True}  # `X touted his record`: the gate's call
                    particle = what if what.dep_ == "prep" else None  # `X talked about trade`
                else:
                    return None
            else:
                entry = {"object": True}
        cue = Cue(token, token.text, token.idx, token.idx + len(token), "verb", entry.get("stance", "assert"),
                  quoted_only=bool(entry.get("quoted")), direct_only=bool(entry.get("direct")),
                  generic=bool(entry.get("generic")), mind=bool(entry.get("clause")), gated=bool(entry.get("gated")))
        if marker is not None:
            cue.text, cue.start, cue.end = marker.text, marker.start_char, marker.end_char
        last = particle
        if lemma == "tell":  # `told reporters`, `told CNN`: the outlet told relays the statement
            last = next((c for c in token.children if c.dep_ in ("dobj", "dative") and c.i > token.i), None)
            cue.medium = noun_phrase(last, para) if last is not None else None
        if last is None and marker is None:
            last = self.medium_words(token)  # `said in a statement`: the cue goes on to its medium
        if last is not None and marker is None:
            cue.end = last.idx + len(last)
            cue.text = token.doc[token.i : last.i + 1].text
        cue.speaker = self.subject(token, para)
        if entry.get("evidence") and not self.is_evidence(cue.speaker):
            entry = {k: v for k, v in entry.items() if k != "object"}  # `she showed photos`: no finding
        if entry.get("clause") and not self.holds_views(cue.speaker):
            return None  # `the fact shows ...`: evidence without anyone behind it
        cue.content = self.verb_content(token, particle, entry) if clause_for is None else \
            span_content(token.doc, particle.i + 1, clause_for.right_edge.i)
        if cue.content is None and entry.get("gated") and (wide := widened(token)) is not None \
                and carried(token) is None:  # `pushed for X to own Y`, `wondered whether Y`: the clause the gate took
            cue.content = self.widened_content(token, wide)
        if cue.content is None and entry.get("gated") and entry.get("object") and entry.get("stance") != "deny" \
                and (particle is None or particle.dep_ == "prep"):
            cue.content = self.referring_object(token, particle)  # `X echoed those comments`, `did not mention it`
        if cue.content is None and not entry.get("generic") and not entry.get("direct") and not entry.get("quoted"):
            topic = carried(token)  # `complained about the ruling`, `agreed on a commission`: what it was about
            if topic is not None and topic.dep_ == "prep" and topic.lower_ in TOPIC_PREPS and not self.quoted_at(token):
                cue.content = self.object_content(token, topic)
        named = self.naming_content(token) if entry.get("naming") else None
        if named is not None:  # `called him a moderate`: the naming is the statement, marks or not
            cue.content, cue.quoted_only = named, False
        elif cue.content is None and not hedge and not entry.get("direct") and lemma not in self.pact_verbs \
                and (what := carried(token)) is not None and what.dep_ != "prep" \
                and not self.quoted_beside(token, what):  # a topic is read above
            if self.gate_accepts(token, para, True, empty=True) is not None:  # `noted her record`, `mentioned X`
                cue.content = self.object_content(token, None) or (
                    self.referring_object(token) if entry.get("stance") != "deny" else None)  # `reject that idea`:
                # what is rejected is a claim made elsewhere, no statement of the rejecting speaker's own
                cue.gated = cue.generic = True
        elif cue.content is None and not hedge and not entry.get("direct") and lemma not in self.pact_verbs \
                and carried(token) is None and (wide := widened(token)) is not None \
                and not self.quoted_beside(token, wide):  # `warned against drawing lessons`, `asked whether X`
            if self.gate_accepts(token, para, True, empty=True) is not None:
                cue.content = self.widened_content(token, wide)
                cue.gated = cue.generic = True
        self.compose_stance(token, cue)
        self.apply_citing(token, cue, para)
        return cue

    def feeling_cue(self, token: Token, para: tuple[int, int]) -> Cue | None:
        """`The plan has angered voters`, `It amazes me that X`, `She was shaken by the news`, `Aides were thrilled
        with Y`: a verb of a feeling (`feeling_verbs`) and the one who feels it, who can hold views (not a state: `the
        strikes angered Beijing` is a diplomatic act), as PolNeAR counts them: the one who feels speaks, the cause
        (the active verb's subject or extraposed clause, the passive's `by`, `with`, `at`, `about` or `over` object) is
        the content; not negated (`did not bother him`)."""
        if token.pos_ != "VERB" or token.lemma_.lower() not in self.feeling_verbs \
                or any(c.dep_ == "neg" for c in token.children):
            return None
        doc = token.doc
        if hedged(token) == "passive" or token.tag_ == "VBN" and token.dep_ in ("acl", "advcl", "amod"):
            by = next((c for c in token.rights if c.dep_ in ("agent", "prep") and c.lower_ in FEELING_PREPS), None)
            cause = next((c for c in by.children if c.dep_ in ("pobj", "pcomp")), None) if by is not None else None
            subj = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
            if subj is not None and subj.tag_ in ("WDT", "WP") and token.dep_ == "relcl" or subj is None and \
                    token.dep_ in ("acl", "amod"):
                subj = token.head  # `voters who were angered by X`, `voters angered by X`
            speaker = noun_phrase(subj, para) if subj is not None else self.subject(token, para)
        else:
            feeler = next((c for c in token.rights if c.dep_ == "dobj"), None)
            speaker = noun_phrase(feeler, para) if feeler is not None else None
            cause = next((c for c in token.rights if c.dep_ == "ccomp" and feeler is not None and c.i > feeler.i),
                         None) or next((c for c in token.children if c.dep_ in ("nsubj", "csubj")), None)
        content = span_content(doc, cause.left_edge.i, cause.right_edge.i) if cause is not None else None
        if content is None or not self.holds_views(speaker) or self.is_state(speaker):
            return None
        return Cue(token, token.text, token.idx, token.idx + len(token), "verb", generic=True, mind=True,
                   speaker=speaker, content=clip(content, para))

    def topic_cue(self, token: Token, para: tuple[int, int]) -> Cue | None:
        """`X took aim at Y`, `X paid tribute to Y`, `X made no mention of Y`, `X had kind words for Y`: a verb with a
        noun of `light_topics` that tells a view of what the noun's preposition (on the noun or on the verb) takes;
        the verb's subject, if it can hold views (not a state), is the speaker, the preposition's object the content."""
        nouns = self.light_topics.get(token.lemma_.lower()) if token.pos_ == "VERB" else None
        if not nouns or hedged(token) == "passive":
            return None
        noun = next((c for c in token.rights if c.dep_ == "dobj" and c.lemma_.lower() in nouns), None)
        if noun is None:
            return None
        word = nouns[noun.lemma_.lower()]
        prep = next((c for c in (*noun.rights, *token.rights) if c.dep_ in ("prep", "dative") and c.lower_ == word
                     and c.i > noun.i), None)
        what = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
        if what is None:
            return None
        speaker = self.subject(token, para)
        if not self.holds_views(speaker) or self.is_state(speaker):
            return None
        content = span_content(token.doc, what.left_edge.i, what.right_edge.i)
        return Cue(token, token.doc[token.i : prep.i + 1].text, token.idx, prep.idx + len(prep), "verb", generic=True,
                   speaker=speaker, content=clip(content, para)) if content else None

    @staticmethod
    def quoted_beside(token: Token, what: Token) -> bool:
        """Whether the verb's sentence holds a quotation mark outside what the verb carries (`noted X, saying "Y"`,
        `"Y," she noted`), where the quotation rather than the object can be what was said; marks inside the object
        (`reiterated the premise of the "Ferguson Effect."`) leave the object to the gate."""
        first, last = what.left_edge.i, what.right_edge.i
        sent = token.sent
        k = last + 1
        while k < sent.end and sent.doc[k].is_punct and not sent.doc[k].is_quote:
            k += 1  # the closing mark after the sentence's period: `... "Ferguson Effect."`
        if k < sent.end and sent.doc[k].is_quote and any(t.is_quote for t in sent.doc[first : last + 1]):
            last = k
        return any(t.is_quote and t.pos_ == "PUNCT" and not first <= t.i <= last for t in sent)

    def light_cue(self, token: Token, para: tuple[int, int]) -> Cue | None:
        """`X made clear (that) Y`, `X made it clear that Y`, `X made the case to donors that Y`: a verb outside the
        lexicon that says what follows with the word it takes (`light_cues` in the lexicon: an adjective, said of any
        content; a noun, only of a `that` clause). The content is the rest of the sentence after the word and the
        verb's own adjuncts (`Monday`, `to donors`, `for weeks`); not negated (`did not make clear whether`)."""
        words = self.light_cues.get(token.lemma_.lower()) if token.pos_ == "VERB" else None
        if not words or hedged(token) in ("neg", "passive"):
            return None
        doc = token.doc
        word = next((t for t in doc[token.i + 1 : min(token.i + 4, token.sent.end)] if t.lower_ in words
                     and (t.head == token or t.head.head == token)), None)  # `made clear`, `made it clear`
        if word is None:
            return None
        def adjunct(t: Token) -> bool:  # in an adjunct of the verb or its word: `made clear Monday`, `to donors`
            while t.head.i != t.i and t.head != token and t.head != word:
                t = t.head
            return (t.head == token or t.head == word) and t.dep_ in ("npadvmod", "prep", "advmod")

        first = word.i + 1
        while first < token.sent.end and doc[first].lower_ != "that" and (doc[first].is_punct or adjunct(doc[first])):
            first += 1  # (a `that` opens the statement even where the parse hung it on the adjunct: `to donors that`)
        if first >= token.sent.end or word.pos_ == "NOUN" and doc[first].lower_ != "that":
            return None  # `made the case for X`, `made a point of going`: no statement here
        speaker = self.subject(token, para)
        if not self.holds_views(speaker):
            return None
        content = span_content(doc, first, self.clause_end(token, doc[first]))
        return Cue(token, doc[token.i : word.i + 1].text, token.idx, word.idx + len(word), "verb", generic=True,
                   speaker=speaker, content=content) if content else None

    def referring_object(self, token: Token, particle: Token | None = None) -> tuple[int, int] | None:
        """The object of a cue the gate took where it stands for what was said: a pronoun (`Democrats opposed it`, `she
        doesn't mention that`) or a noun with a demonstrative (`echoed those comments`, `pushed back on that claim`,
        `pursued that aim`, `coined this phrase`): PolNeAR marks the object itself as the content,
        once the gate has taken the verb for a cue; not a relative or interrogative word (`which he denied`), a
        person (`thanked her`) nor a thing shown or sent (`shared those photos`, `evidence_nouns`, `vehicle_nouns`)."""
        obj = next((c for c in (particle or token).rights if c.dep_ == ("pobj" if particle is not None else "dobj")),
                   None)  # `pushed back on those claims`: the object of the verb's particle
        if obj is None:
            return None
        lemma = obj.lemma_.lower()
        if obj.pos_ == "NOUN" and lemma not in self.evidence_nouns and lemma not in self.vehicle_nouns \
                and any(c.dep_ == "det" and c.lower_ in REFERRING_PRONOUNS for c in obj.children):  # `those`
            return span_content(token.doc, obj.left_edge.i, obj.right_edge.i)
        if obj.pos_ != "PRON" or obj.lower_ not in REFERRING_PRONOUNS:
            return None
        return span_content(token.doc, obj.left_edge.i, obj.right_edge.i)

    def adjective_cue(self, token: Token, para: tuple[int, int]) -> Cue | None:
        """`X is skeptical of Y`, `she was sure that Z`: a predicative adjective with what it is about, for a
        subject that can hold views, where the learned gate takes it for a stance (PolNeAR counts them)."""
        if (self.gate is None and self.gate_sink is None) or (what := adjective_carried(token)) is None:
            return None
        speaker = self.subject(token.head, para)
        if not self.holds_views(speaker) or self.is_state(speaker):
            return None
        feats = adjective_features(token, what, speaker, any(t.is_quote for t in what.subtree))
        if not self.gated(token, feats):
            return None
        doc = token.doc
        first = what.left_edge.i + 1 if what.dep_ == "prep" else what.left_edge.i
        content = span_content(doc, first, what.right_edge.i)
        return Cue(token, token.text, token.idx, token.idx + len(token), "adjective", generic=True, gated=True,
                   mind=True, speaker=speaker, content=content) if content else None

    def noun_gate_cue(self, token: Token, para: tuple[int, int]) -> Cue | None:
        """`Trump's attacks on Curiel`, `his decision to run`, `a call by the group for X`, `made the point that ...`: a
        noun with an owner who can hold views and what it is about, where the learned gate takes it for a stance
        (PolNeAR counts them); the owner speaks, what the noun carries is the content. Nouns the lexicon's rules
        read (`noun_cue`) come here only where those found nothing."""
        if (self.gate is None and self.gate_sink is None) or token.pos_ != "NOUN" \
                or (what := noun_carried(token)) is None or any(c.dep_ == "neg" for c in token.head.children):
            return None
        owner, speaker = self.noun_owner(token, what, para)
        if speaker is None or not self.holds_views(speaker) or self.is_state(speaker):
            return None
        lemma = token.lemma_.lower()
        nested = any(a.pos_ == "VERB" and a.lemma_.lower() in self.verbs for a in token.ancestors)
        feats = noun_features(token, what, owner, speaker, lemma in self.nouns or lemma in self.intention_nouns,
                              any(t.is_quote for t in what.subtree), nested)
        if not self.gated(token, feats):
            return None
        doc = token.doc
        first = what.i + 1 if what.dep_ == "prep" else what.left_edge.i
        content = span_content(doc, first, what.right_edge.i)
        last = what if what.dep_ == "prep" and what.i == token.i + 1 else token  # `attacks on`
        return Cue(token, doc[token.i : last.i + 1].text, token.idx, last.idx + len(last), "noun", generic=True,
                   gated=True, mind=what.dep_ != "prep" and "noun|shape=to" in feats, speaker=speaker,
                   content=content) if content else None

    def backing_cue(self, token: Token, para: tuple[int, int]) -> Cue | None:
        """`Cruz won the endorsement of X`, `She has the support of the unions`, `picked up an endorsement from Y`: a
        noun of backing (`backing_nouns`) that a verb's subject has or gets (`gaining_verbs`), with an `of` or `from`
        phrase that can hold views: that one backs the subject, which is the content (as PolNeAR counts them), not the
        other way round (`X withheld support from Y`, `X highlighted endorsements from Y` keep their own reading)."""
        if token.pos_ != "NOUN" or token.lemma_.lower() not in self.backing_nouns or token.dep_ != "dobj" \
                or token.head.pos_ not in ("VERB", "AUX") or token.head.lemma_.lower() not in self.gaining_verbs:
            return None
        prep = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ in ("of", "from")), None) or next(
            (c for c in token.head.rights if c.dep_ == "prep" and c.lower_ == "from" and c.i == token.right_edge.i + 1),
            None)  # `drew support from X`: the parse hangs `from` on the verb
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        subj = next((c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if obj is None or subj is None:
            return None
        speaker = noun_phrase(obj, para)
        if not self.holds_views(speaker) or self.is_state(speaker):
            return None
        content = span_content(token.doc, subj.left_edge.i, subj.right_edge.i)
        return Cue(token, token.doc[token.i : prep.i + 1].text, token.idx, prep.idx + len(prep), "noun", generic=True,
                   speaker=speaker, content=clip(content, para)) if content else None

    def noun_owner(self, token: Token, what: Token, para: tuple[int, int]) -> tuple[str, Span | None]:
        """Who a stance noun belongs to: its possessor (`Trump's attacks`), a `by` or `from` phrase (`a decision by
        the board to ...`, `calls from Democrats for ...`), or the subject of the verb outside the lexicon it is the
        object of (`X made the point that ...`)."""
        poss = next((c for c in token.children if c.dep_ == "poss"), None)
        if poss is not None:  # not `its attacks on civilians`: a state's or a body's noun is an act
            return "poss", noun_phrase(poss, para) if poss.lower_ != "its" else None
        by = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ in ("by", "from") and c != what), None)
        obj = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
        if obj is not None:
            return "by", noun_phrase(obj, para)
        head = token.head
        if token.dep_ in ("dobj", "attr") and head.pos_ in ("VERB", "AUX") and head.lemma_.lower() not in self.verbs:
            return "verb", self.subject(head, para)
        return "", None

    def passive_cue(self, token: Token, para: tuple[int, int]) -> Cue | None:
        """`X was rejected by large majorities`, `the bill, opposed by House Republicans, ...`, `she was asked by
        the moderator whether ...`: a lexicon verb in the passive with its agent; the agent holds the view, the
        content is the clause or what the verb is said of. Without an agent (`it was reported`) nobody is named. A verb
        outside the lexicon (`the bill was backed by Democrats`, `a plan pushed by the mayor`) is the learned gate's
        call (`passive_features`), for an agent who holds views and is not a state (`was shelled by Russia`: an act)."""
        lemma = token.lemma_.lower()
        entry = self.verbs.get(lemma)
        gated = entry is None
        if gated and (token.pos_ != "VERB" or (self.gate is None and self.gate_sink is None)
                      or lemma in self.not_reporting or lemma in self.feeling_verbs):
            return None
        if not gated and (entry.get("direct") or entry.get("quoted")) or any(c.dep_ == "neg" for c in token.children):
            return None
        agent = next((c for c in token.children if c.dep_ == "agent" and c.i > token.i), None)
        actor = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if actor is None:
            return None
        speaker = noun_phrase(actor, para)
        if not self.holds_views(speaker) or gated and self.is_state(speaker):
            return None  # `rejected by the market`
        doc = token.doc
        clause = next((c for c in token.children if c.dep_ == "ccomp" and c.i > actor.i), None)
        subject = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
        if clause is not None:
            content = span_content(doc, clause.left_edge.i, clause.right_edge.i)
        elif subject is not None and subject.pos_ != "PRON":
            content = span_content(doc, subject.left_edge.i, subject.right_edge.i)
        elif token.dep_ == "acl" and token.head.i < token.i and token.head.pos_ in ("NOUN", "PROPN"):
            content = span_content(doc, token.head.left_edge.i, token.i - 1)  # `The bill, opposed by X`
        else:
            return None
        if gated:
            noun = (subject or token.head).lemma_.lower()  # what the verb is said of: `[the plan] was backed`
            objcls = self.noun_class(noun)
            quoted = content is not None and any(t.is_quote for t in token.sent if content[0] <= t.idx < content[1])
            if not self.gated(token, passive_features(token, speaker, subject, objcls, quoted)):
                return None
        cue = Cue(token, token.text, token.idx, token.idx + len(token), "verb", (entry or {}).get("stance", "assert"),
                  generic=True, gated=gated, speaker=speaker, content=clip(content, para))
        return cue if cue.content is not None else None

    def noun_cue(self, token: Token, para: tuple[int, int]) -> Cue | None:
        """`Oslo's assertion that ...`, `a denial by the agency that ...`, `Chile's claims that ...`; `X's plan to
        deport ...`, `her vow to fight ...` (an intention noun with its infinitive and whose it is)."""
        if token.pos_ not in ("NOUN", "PROPN"):
            return None
        if token.lemma_.lower() in self.intention_nouns:
            return self.intention_cue(token, para)
        if token.lemma_.lower() not in self.nouns:
            return None
        that = that_after(token)
        if that is None or any(c.dep_ == "neg" for c in token.head.children):
            return None  # `wasn't putting forth an allegation that ...`
        cue = Cue(token, token.text, token.idx, token.idx + len(token), "noun", self.nouns[token.lemma_.lower()])
        cue.content = self.clause_content(that.head)
        cue.speaker = self.noun_speaker(token, that, para)
        return cue

    def intention_cue(self, token: Token, para: tuple[int, int]) -> Cue | None:
        """`Trump's plan to deport ...`, `a pledge by the senator to vote ...`: the infinitive hung on an intention
        noun is what its possessor (or `by` phrase) means to do; None without either or without an infinitive."""
        verb = next((c for c in token.rights if c.dep_ in ("acl", "relcl", "xcomp") and c.pos_ in ("VERB", "AUX")
                     and any(a.dep_ == "aux" and a.lower_ == "to" and a.i < c.i for a in c.children)), None)
        if verb is None or any(c.dep_ == "neg" for c in token.head.children):
            return None
        owner = next((c for c in token.children if c.dep_ == "poss" and c.i < token.i), None)
        if owner is None:
            by = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ == "by" and c.i < verb.i), None)
            owner = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
        if owner is None:
            return None
        speaker = noun_phrase(owner, para)
        if not self.holds_views(speaker):
            return None
        content = span_content(token.doc, verb.left_edge.i, verb.right_edge.i)
        return Cue(token, token.text, token.idx, token.idx + len(token), "noun", mind=True, speaker=speaker,
                   content=content) if content else None

    def widened_content(self, token: Token, wide: Token) -> tuple[int, int] | None:
        """What a verb reports through what `widened` found: the words after the preposition (`warned against
        drawing lessons`), else the clause hung on the verb (`wondered whether ...`), to the clause's end."""
        return span_content(token.doc, wide.i + 1 if wide.dep_ == "prep" else wide.left_edge.i,
                            self.clause_end(token, wide))

    def noun_speaker(self, token: Token, that: Token, para: tuple[int, int]) -> Span | None:
        """The possessor, the `by` phrase, an `of` phrase that can hold views, an agent before the `that` clause, or
        who made the statement."""
        for child in token.children:
            if child.dep_ == "poss" or (child.dep_ == "compound" and child.pos_ == "PROPN"):
                return noun_phrase(child, para)
            if child.dep_ == "prep" and child.lower_ in ("by", "from"):
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if obj is not None:
                    return noun_phrase(obj, para)
            if child.dep_ == "prep" and child.lower_ == "of":  # `the contention of Jane Roe that ...`, not `of fraud`
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if obj is not None and self.holds_views(holder := noun_phrase(obj, para)):
                    return holder
        agent = next((t for t in token.doc[token.i + 1 : that.i] if t.dep_ == "agent"), None)
        obj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if obj is not None:  # `a narrative, pushed by X, that ...`
            return noun_phrase(obj, para)
        if token.dep_ in ("dobj", "attr") and token.head.lemma_.lower() not in self.verbs:
            return self.subject(token.head, para)  # `lodged a complaint that ...`, not `denied claims that ...`
        return None

    def source_cue(self, token: Token, para: tuple[int, int]) -> Cue | None:
        """`according to X, ...`, `..., per X`, `..., citing X` (unless under a cue verb: `apply_citing`), `..., as
        first reported by X`."""
        words = self.source_marker(token)
        if words is None or words == ["per"] and token.i > 0 and is_amount(token.doc[token.i - 1]):
            return None  # `$70 per square foot`, `a $500 donation per person`: a rate, not a source
        tokens = token.doc[token.i : token.i + len(words)]
        obj = next((c for c in tokens[-1].children if c.dep_ in ("pobj", "dobj")), None)
        if obj is None:
            return None
        if token.tag_ == "VBG" and len(tokens) == 1 and not self.holds_views(noun_phrase(obj, para)):
            return self.citing_statement(token, obj, para)
        if token.pos_ == "VERB" and self.carries_clause(verb := self.citing_cue(token)) \
                and (obj.head == token or token.head != verb):  # `X said Y, according to Z`: Z sources it all
            return None
        cue = Cue(token, tokens.text, tokens.start_char, tokens.end_char, "source")
        cue.speaker = noun_phrase(obj, para)
        # the phrase's own head (`reported` in `as reported by X`) hangs on the clause it sources
        top = next((t for t in tokens if t.head not in tokens or t.head.i == t.i), token)
        clause = top.head
        while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ == "ccomp" and clause.head.lemma_ in self.verbs:  # `X said ..., per the Times`
            clause = clause.head
        cue.content = self.sentence_around(tokens, top) or self.content_without(clause, top)
        return cue

    def noun_colon_cue(self, token: Token, para: tuple[int, int]) -> Cue | None:
        """`Their argument: only the Senate can act`, `The rally had one message: "Dump Trump."`, `Her letter makes a
        simple case: ...`: a statement, opinion, topic or intention noun (or one of `colon_nouns`) right before a
        colon, owned by one who can hold views (its possessor, or the subject of the verb it is the object of); what
        follows the colon to the end of its sentence is the content."""
        doc = token.doc
        if token.pos_ != "NOUN" or token.i + 2 >= len(doc) or doc[token.i + 1].text != ":":
            return None
        lemma = token.lemma_.lower()
        if lemma not in self.colon_nouns and lemma not in self.nouns and lemma not in self.topic_nouns \
                and lemma not in self.opinion_nouns and lemma not in self.intention_nouns:
            return None
        poss = next((c for c in token.children if c.dep_ == "poss"), None)
        if poss is not None:
            speaker = noun_phrase(poss, para)
        elif token.dep_ in ("dobj", "attr") and token.head.pos_ in ("VERB", "AUX"):
            speaker = self.subject(token.head, para)
        else:
            return None
        if not self.holds_views(speaker) or self.is_state(speaker):
            return None
        after = doc[token.i + 2]
        content = clip(span_content(doc, after.i, after.sent.end - 1), para)
        colon = doc[token.i + 1]
        return Cue(token, doc[token.i : colon.i + 1].text, token.idx, colon.idx + 1, "noun", generic=True,
                   speaker=speaker, content=content) if content else None

    def view_cue(self, token: Token, para: tuple[int, int]) -> Cue | None:
        """`In a new poll, Clinton leads`, `Trump leads in the polls` (a survey noun after `in`), `In his view, X`,
        `In the eyes of many voters, the plan is dead` (an opinion noun after `in`, its owner the source), `To many,
        he is a provocateur`, `For Sanders, the mission is different` (a fronted `to` or `for` set off by a comma):
        whose finding or view the clause is, as PolNeAR counts them; the clause without the phrase is the content. Not a
        phrase on a reporting verb (`said in a poll`), nor a state (`For China, ...`: policy, not a view)."""
        word = token.lower_
        if token.dep_ != "prep" or word not in VIEW_PREPS or token.head.pos_ not in ("VERB", "AUX") \
                or token.head.lemma_.lower() in self.verbs:
            return None
        obj = next((c for c in token.children if c.dep_ == "pobj"), None)
        doc = token.doc
        if obj is None or doc[token.i + 1].lower_ == "all":
            return None  # `For all the debates, ...`: a concession, not a view
        first = token.sent.start
        while first < token.i and (doc[first].is_punct or doc[first].dep_ == "cc"):
            first += 1  # `But to others, ...`
        after = token.right_edge.i + 1
        fronted = first == token.i and after < len(doc) and doc[after].text == "," and token.head.i > after
        cue = token
        if word == "in" and obj.lemma_.lower() in self.opinion_nouns:  # `in his view, ...`, `in the eyes of X`
            owner = next((c for c in obj.children if c.dep_ == "poss"), None)
            of = next((c for c in obj.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
            owner = owner or next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else owner
            if owner is None:
                return None
            cue, obj = obj, owner
        elif (obj.lemma_.lower() not in self.survey_nouns) if word == "in" else not fronted:
            return None
        speaker = noun_phrase(obj, para)
        if not self.holds_views(speaker) or self.is_state(speaker) or speaker.root.ent_type_ in ("DATE", "TIME"):
            return None
        content = span_content(doc, after + 1, token.head.right_edge.i) if fronted else \
            self.content_without(token.head, token)
        return Cue(token, cue.text, cue.idx, cue.idx + len(cue), "source", speaker=speaker,
                   content=content) if content else None

    def citing_statement(self, token: Token, obj: Token, para: tuple[int, int]) -> Cue | None:
        """`X proposed a ban, citing fears of terrorism`, `Y, citing data from the agency, said ...`: what is cited
        is no source that speaks but what the one citing puts forward (PolNeAR counts it so): the subject the
        participle inherits cites it; None without a subject that holds views."""
        speaker = self.subject(token, para)
        if not self.holds_views(speaker):
            return None
        content = clip(span_content(token.doc, obj.left_edge.i, obj.right_edge.i), para)
        return Cue(token, token.text, token.idx, token.idx + len(token), "verb", generic=True, speaker=speaker,
                   content=content) if content else None

    def apply_citing(self, token: Token, cue: Cue, para: tuple[int, int]) -> None:
        """`CNN reported, citing officials`: the officials speak, CNN relays."""
        if not self.carries_clause(token):
            return
        for citing in token.subtree:
            if citing.lower_ in self.source_heads and citing.pos_ == "VERB" and self.source_marker(citing) \
                    and self.citing_cue(citing) == token:
                obj = next((c for c in citing.children if c.dep_ in ("dobj", "pobj")), None)
                if obj is not None and self.holds_views(noun_phrase(obj, para)):  # not `citing an instance`
                    cue.medium, cue.speaker = cue.speaker, noun_phrase(obj, para)
                    if cue.end <= citing.idx and not text_of(token.doc)[cue.end : citing.idx].strip(" ,"):
                        cue.text = f"{cue.text}, {citing.text}"  # the words as written, not `wrote X, citing`
                    return

    def headline_cues(self, r: Reading, skipped: set[tuple[int, int]]) -> list[Cue]:
        """`Japan: missiles landed in its waters` as a headline line, `CLINTON: Honestly, ...` as a transcript
        line: the actor or name before the colon says it."""
        doc = r.doc
        cues = []
        for a, b in r.paras:
            line = r.text[a:b]
            colon = line.find(":")
            if colon < 1 or (a, b) in skipped:
                continue
            label = line[:colon].strip()
            if len(label) < 2:
                continue  # `Q: ...`, `A: ...`: an interview's turn marks, not a speaker's name
            transcript = label.isupper() and 0 < len(label.split()) <= 3  # `CLINTON: Honestly, ...`
            title = (a, b) == r.paras[0] and len(line) <= 160  # `Ryan: 'No Place In A Campaign.'`
            if not (is_headline(line) or title or transcript):
                continue
            head = mentions_in(doc, a, a + colon)
            whole = len(head) == 1 and not (line[: head[0]["start"] - a] + line[head[0]["end"] - a : colon]).strip()
            if not (whole or transcript or self.name_label(label)):
                continue
            if not is_headline(line) and whole and self.is_outlet(doc, head[0]["actor"]):
                continue  # `AFP: A shaky ceasefire ...`: a wire credit, not a speaker
            start, end = trim(r.text, a + colon + 1, b)
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or not any(t.pos_ in ("VERB", "AUX") for t in span) and not (
                    title and sum(t.is_alpha for t in span) >= 4):
                continue  # `Mayor: No political pressure on police inquiry`: a title's claim needs no verb
            first = a + len(line) - len(line.lstrip())
            where = (head[0]["start"], head[0]["end"]) if whole else (first, first + len(label))
            speaker = doc.char_span(*where, alignment_mode="expand")
            if speaker is None:
                continue
            cues.append(Cue(span[0], ":", a + colon, a + colon + 1, "headline", speaker=speaker,
                            content=(start, end)))
        return cues
