"""Reporting cues from the parse: verbs, statement nouns, hearsay markers, headline colons; their speaker
phrases and contents."""


from spacy.tokens import Doc, Span, Token

from storyline.nlp.actors import local_actor, mention_for_token, mentions_in
from storyline.nlp.quotes.gate import (
    adjective_carried,
    adjective_features,
    candidate_features,
    carried,
    extra_features,
    hedged,
)
from storyline.nlp.quotes.marks import Quotation, trim
from storyline.nlp.quotes.spans import (
    CONTENT_OBJECT_DEPS,
    DEMONSTRATIVES,
    SENTENCE_END,
    SET_OFF,
    SUBJECT_DEPS,
    Cue,
    Reading,
    clip,
    is_headline,
    not_said,
    noun_phrase,
    relay_comma,
    span_content,
    statement_clauses,
    that_after,
)
from storyline.nlp.quotes.speakers import PRONOUNS

MANNER_PREPS = {"by", "after", "before", "while", "in"}
"""Prepositions that make a gerund an act of the host verb's subject (`ended the call by telling him ...`)."""

NAMING_DEPS = {"oprd", "xcomp", "attr", "ccomp", "dobj", "advcl"}
"""What a naming verb's object is called (`called him a moderate`: `moderate` is often parsed `oprd` or `dobj`)."""


PLACE_TYPES = {"GPE", "NORP", "LOC", "FAC"}
"""Entity types of a subject whose verbs outside the lexicon are acts, not statements (`Iran saw an opening`)."""

TOPIC_PREPS = {"about", "on", "of", "against", "over"}
"""Prepositions whose object is what a reporting verb without a clause or object was about (`complained about
X`, `agreed on Y`); not `with` or `for` (`responded with force`, `to blame for the war`)."""

CUE_POS = {"VERB", "AUX", "NOUN", "PROPN", "ADJ"}
"""Parts of speech of a verb cue (`verb_cue`) or a noun cue (`noun_cue`)."""


def circumstance(child: Token) -> bool:
    """A dependent of a reporting verb that says when (`last week`, `on Monday`, `again`), not what."""
    if child.dep_ in ("npadvmod", "advmod") or child.ent_type_ in ("DATE", "TIME"):
        return True
    return child.dep_ == "prep" and any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in child.children)


def finite(verb: Token) -> bool:
    """A verb with a tense of its own (`cast doubt`, `has gone`), not a participle or infinitive (`forcing`)."""
    return verb.pos_ in ("VERB", "AUX") and (verb.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ == "aux" and c.lower_ != "to" for c in verb.children))


class CueFinder:
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
        for token in r.doc:
            if token.pos_ not in CUE_POS and token.lower_ not in self.source_heads:
                continue  # no verb, noun or hearsay marker: none of the three cues below can start here
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
                cue = self.verb_cue(token, para) or self.noun_cue(token, para) or self.source_cue(token, para) \
                    or self.adjective_cue(token, para)
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
        return cues

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
        hedge = hedged(token)
        if hedge == "passive" or token.dep_ == "acl" and token.tag_ == "VBN" and any(
                c.dep_ == "agent" for c in token.children):
            return self.passive_cue(token, para)
        lemma = token.lemma_.lower()
        particle = next((c for c in token.children if c.dep_ in ("prt", "prep") and
                         f"{lemma} {c.lower_}" in self.verbs), None)
        clause_for = None  # `calling for the US to step up ...`: `for` parsed as the mark of a clause
        if particle is None and token.i + 1 < len(token.doc):
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
        if cue.content is None and not entry.get("generic") and not entry.get("direct") and not entry.get("quoted"):
            topic = carried(token)  # `complained about the ruling`, `agreed on a commission`: what it was about
            if topic is not None and topic.dep_ == "prep" and topic.lower_ in TOPIC_PREPS and not self.quoted_at(token):
                cue.content = self.object_content(token, topic)
        named = self.naming_content(token) if entry.get("naming") else None
        if named is not None:  # `called him a moderate`: the naming is the statement, marks or not
            cue.content, cue.quoted_only = named, False
        elif cue.content is None and not hedge and not entry.get("direct") and lemma not in self.pact_verbs \
                and (what := carried(token)) is not None and what.dep_ != "prep" \
                and not any(t.is_quote and t.pos_ == "PUNCT" for t in token.sent):  # a topic is read above
            if self.gate_accepts(token, para, True, empty=True) is not None:  # `noted her record`, `mentioned X`
                cue.content = self.object_content(token, None)
                cue.gated = cue.generic = True
        self.compose_stance(token, cue)
        self.apply_citing(token, cue, para)
        return cue

    def adjective_cue(self, token: Token, para: tuple[int, int]) -> Cue | None:
        """`X is skeptical of Y`, `she was sure that Z`: a predicative adjective with what it is about, for a
        subject that can hold views, where the learned gate takes it for a stance (PolNeAR counts them)."""
        if (self.gate is None and self.gate_sink is None) or (what := adjective_carried(token)) is None:
            return None
        speaker = self.subject(token.head, para)
        if not self.holds_views(speaker) or self.is_state(speaker):
            return None
        feats = adjective_features(token, what, speaker, any(t.is_quote for t in what.subtree))
        if self.gate_sink is not None:
            self.gate_sink.append((token.idx, token.idx + len(token), feats))
            return None
        if not self.gate.accepts(feats):
            return None
        doc = token.doc
        first = what.left_edge.i + 1 if what.dep_ == "prep" else what.left_edge.i
        content = span_content(doc, first, what.right_edge.i)
        return Cue(token, token.text, token.idx, token.idx + len(token), "adjective", generic=True, gated=True,
                   mind=True, speaker=speaker, content=content) if content else None

    def passive_cue(self, token: Token, para: tuple[int, int]) -> Cue | None:
        """`X was rejected by large majorities`, `the bill, opposed by House Republicans, ...`, `she was asked by
        the moderator whether ...`: a lexicon verb in the passive with its agent; the agent holds the view, the
        content is the clause or what the verb is said of. Without an agent (`it was reported`) nobody is named."""
        entry = self.verbs.get(token.lemma_.lower())
        if entry is None or entry.get("direct") or entry.get("quoted") or any(c.dep_ == "neg" for c in token.children):
            return None
        agent = next((c for c in token.children if c.dep_ == "agent" and c.i > token.i), None)
        actor = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if actor is None:
            return None
        speaker = noun_phrase(actor, para)
        if not self.holds_views(speaker):
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
        cue = Cue(token, token.text, token.idx, token.idx + len(token), "verb", entry.get("stance", "assert"),
                  generic=True, speaker=speaker, content=clip(content, para))
        return cue if cue.content is not None else None

    @staticmethod
    def quoted_at(token: Token) -> bool:
        """Whether a quotation mark stands right after the verb's phrase (`asked about it: "..."`), where the
        quotation, not the topic, is what was said."""
        doc = token.doc
        return any(t.is_quote for t in doc[token.i + 1 : min(token.i + 4, len(doc))])

    def that_clause_verb(self, token: Token) -> bool:
        """A verb outside the lexicon whose clause opens with `that` (`X predicted that ...`, `X knew that ...`):
        what someone says, thinks or knows, unless the verb is one of `not_reporting` (`make sure that`)."""
        if token.pos_ != "VERB" or token.lemma_.lower() in self.not_reporting:
            return False
        return any(c.dep_ == "ccomp" and c.i > token.i and any(m.dep_ == "mark" and m.lower_ == "that"
                                                                 for m in c.children) for c in token.children)

    def gate_accepts(self, token: Token, para: tuple[int, int], lexical: bool, empty: bool = False) -> Token | None:
        """What a verb carries (its clause, infinitive, object or prepositional phrase) where the learned gate
        (`gate.py`) takes the verb for a reporting cue; else None. Candidates: verbs outside the lexicon, and
        negated or modal ones in it (`lexical`), and plain ones in it whose rules found no content (`empty`:
        `noted her record`, `described the scene`, with no quotation in the sentence). With a `gate_sink` list
        (training), the candidate's features go there instead and nothing is accepted."""
        if (self.gate is None and self.gate_sink is None) or token.pos_ != "VERB" \
                or token.lemma_.lower() in self.not_reporting or self.source_marker(token):
            return None  # `citing X` names a source (`source_cue`), it states nothing
        what = carried(token)
        if what is None:
            return None
        if what.dep_ == "dobj" and (sum(c.dep_ == "dobj" for c in token.children) > 1 or any(
                c.dep_ == "dative" or c.dep_ == "prep" and c.lower_ == "to" and c.i > what.i for c in token.children)):
            return None  # `offered his support to Putin`, `gave them arms`: a transfer, an act (events), no statement
        if not lexical and self.set_off_participle(token) and token.head.lemma_.lower() in self.verbs:
            return None  # `, he said, pointing to X`: the reporter's gloss on a statement, not a second one
        speaker = self.subject(token, para)
        if not self.holds_views(speaker) or self.is_state(speaker):
            return None  # `schemes discussed`, `China slapped sanctions`: acts (events), not statements
        feats = candidate_features(token, speaker, any(t.is_quote for t in what.subtree))
        feats += extra_features(token, hedged(token), lexical, empty)
        if self.gate_sink is not None:
            self.gate_sink.append((token.idx, token.idx + len(token), feats))
            return None
        return what if self.gate.accepts(feats) else None

    def is_state(self, phrase: Span) -> bool:
        """A country or place as a subject (`China`, `countries like Germany`, `the government`)."""
        doc = phrase.doc
        lemma = phrase.root.lemma_.lower()
        if phrase.root.ent_type_ == "NORP" and phrase.root.tag_ in ("NNS", "NNPS"):
            return False  # `Democrats`, `the Iranians`: people who hold views, not a state
        if phrase.root.ent_type_ in PLACE_TYPES or lemma in self.state_nouns or lemma in ("country", "nation"):
            return True
        return any((local_actor(doc, m["actor"]) or {}).get("kind") == "country"
                   for m in mentions_in(doc, phrase.start_char, phrase.end_char))

    def holds_views(self, phrase: Span | None) -> bool:
        """A speaker that can think, find or show (`she`, `Iran`, `officials`, `a new poll`), not `it` or `the fact`."""
        if phrase is None:
            return False
        head = phrase.root
        if head.pos_ == "PRON":
            return head.lower_ not in ("it", "this", "that", "which", "what")
        lemma = head.lemma_.lower()
        return head.pos_ == "PROPN" or lemma in self.speaker_nouns or lemma in self.evidence_nouns \
            or lemma in self.share_nouns or lemma in self.people_nouns \
            or mention_for_token(head.doc, head) is not None

    def is_evidence(self, phrase: Span | None) -> bool:
        """A poll, a record, a document or an outlet (`records show`, `the email shows`), not a person."""
        if phrase is None:
            return False
        lemma = phrase.root.lemma_.lower()
        return lemma in self.evidence_nouns or self.speaker_nouns.get(lemma) in ("document", "media")

    def compose_stance(self, token: Token, cue: Cue) -> None:
        """`rejected denials by X that Y` asserts Y, `dismissed claims that Y` denies it: a rejecting verb whose
        object is a statement noun turns that statement's stance, and its content is the noun's `that` clause."""
        if cue.stance != "deny":
            return
        noun = next((c for c in token.rights if c.dep_ in CONTENT_OBJECT_DEPS), None)
        that = that_after(noun) if noun is not None and noun.lemma_.lower() in self.nouns else None
        if that is None:
            return
        cue.content = self.clause_content(that.head)
        if self.nouns[noun.lemma_.lower()] == "deny":
            cue.stance = "assert"

    def medium_words(self, token: Token) -> Token | None:
        """The last word of a statement marker right after a verb (`said in a statement`, `wrote in an email to
        X`: `statement`, `email`), which news reading (PolNeAR) counts as part of the cue; None for none."""
        doc = token.doc
        prep = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if prep is None or prep.dep_ != "prep" or prep.head != token:
            return None
        words = [t.lower_ for t in doc[prep.i : prep.i + 5]]
        marker = next((m for m in self.statement_markers if words[: len(m)] == m), None)
        return doc[prep.i + len(marker) - 1] if marker else None

    def statement_marker(self, token: Token) -> Span | None:
        """`In a press release, the agency denounced ...`: the phrase that makes `denounced` a statement."""
        for prep in token.children:
            if prep.dep_ == "prep" and any(prep.lower_ == m[0] for m in self.statement_markers):
                if [t.lower_ for t in prep.subtree] in self.statement_markers:
                    return token.doc[prep.left_edge.i : prep.right_edge.i + 1]
        return None

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

    def noun_speaker(self, token: Token, that: Token, para: tuple[int, int]) -> Span | None:
        """The possessor, the `by` phrase, an agent before the `that` clause, or who made the statement."""
        for child in token.children:
            if child.dep_ == "poss" or (child.dep_ == "compound" and child.pos_ == "PROPN"):
                return noun_phrase(child, para)
            if child.dep_ == "prep" and child.lower_ in ("by", "from"):
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if obj is not None:
                    return noun_phrase(obj, para)
        agent = next((t for t in token.doc[token.i + 1 : that.i] if t.dep_ == "agent"), None)
        obj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if obj is not None:  # `a narrative, pushed by X, that ...`
            return noun_phrase(obj, para)
        if token.dep_ in ("dobj", "attr") and token.head.lemma_.lower() not in self.verbs:
            return self.subject(token.head, para)  # `lodged a complaint that ...`, not `denied claims that ...`
        return None

    def source_marker(self, token: Token) -> list[str] | None:
        """The hearsay marker starting at this token (`according to`, `as first reported by`), if one does."""
        if token.lower_ not in self.source_heads:
            return None
        doc = token.doc
        return next((words for words in self.sources
                     if [t.lower_ for t in doc[token.i : token.i + len(words)]] == words), None)

    def source_cue(self, token: Token, para: tuple[int, int]) -> Cue | None:
        """`according to X, ...`, `..., per X`, `..., citing X` (unless under a cue verb: `apply_citing`), `..., as
        first reported by X`."""
        words = self.source_marker(token)
        if words is None:
            return None
        tokens = token.doc[token.i : token.i + len(words)]
        obj = next((c for c in tokens[-1].children if c.dep_ in ("pobj", "dobj")), None)
        if obj is None:
            return None
        if token.tag_ == "VBG" and len(tokens) == 1 and not self.holds_views(noun_phrase(obj, para)):
            return self.citing_statement(token, obj, para)
        if token.pos_ == "VERB" and self.carries_clause(self.citing_cue(token)):
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

    def sentence_around(self, tokens: Span, top: Token) -> tuple[int, int] | None:
        """`Y, according to X.` / `According to X, Y.`: the rest of the sentence, where the marker phrase ends or
        opens it, set off by a comma."""
        doc = top.doc
        sent = tokens[0].sent
        first, last = tokens.start, max(top.right_edge.i, tokens.end - 1)
        before = [t for t in doc[sent.start : first] if not (t.is_punct or t.is_space)]
        after = [t for t in doc[last + 1 : sent.end] if not (t.is_punct or t.is_space)]
        if not after and before and doc[first - 1].text in SET_OFF:
            return span_content(doc, sent.start, first - 1)
        if not before and after and last + 1 < sent.end and doc[last + 1].text in SET_OFF:
            return span_content(doc, last + 1, sent.end - 1)
        return None

    def citing_cue(self, citing: Token) -> Token | None:
        """The reporting verb a `citing X` belongs to (`CNN reported [that ...], citing officials`)."""
        head = citing.head
        for _ in range(2):
            if self.is_cue_verb(head):  # not `X began doing Y, according to Z` (`began` only ends a quotation)
                return head
            if head.dep_ not in ("ccomp", "advcl"):
                return None
            head = head.head
        return None

    @staticmethod
    def carries_clause(verb: Token | None) -> bool:
        """Whether a reporting verb carries a reported clause a hearsay marker under it can source (`CNN reported
        that ..., citing officials`), unlike `he said little, according to an aide`, where the marker sources it all."""
        return verb is not None and any(c.dep_ in ("ccomp", "xcomp", "advcl") or c.dep_ == "punct" and c.text == ":"
                                        for c in verb.children)

    def apply_citing(self, token: Token, cue: Cue, para: tuple[int, int]) -> None:
        """`CNN reported, citing officials`: the officials speak, CNN relays."""
        if not self.carries_clause(token):
            return
        for citing in token.subtree:
            if citing.pos_ == "VERB" and self.source_marker(citing) and self.citing_cue(citing) == token:
                obj = next((c for c in citing.children if c.dep_ in ("dobj", "pobj")), None)
                if obj is not None and self.holds_views(noun_phrase(obj, para)):  # not `citing an instance`
                    cue.medium, cue.speaker = cue.speaker, noun_phrase(obj, para)
                    cue.text = f"{cue.text}, {citing.text}"
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
            if span is None or not any(t.pos_ in ("VERB", "AUX") for t in span):
                continue
            first = a + len(line) - len(line.lstrip())
            where = (head[0]["start"], head[0]["end"]) if whole else (first, first + len(label))
            speaker = doc.char_span(*where, alignment_mode="expand")
            if speaker is None:
                continue
            cues.append(Cue(span[0], ":", a + colon, a + colon + 1, "headline", speaker=speaker,
                            content=(start, end)))
        return cues

    def name_label(self, label: str) -> bool:
        """A name before a headline's colon (`Mark Cuban: I'd consider ...`): a few capitalized words, not a
        section label (`UPDATE:`, `Watch:`)."""
        words = label.split()
        return 0 < len(words) <= 4 and all(w[:1].isupper() and w.replace(".", "").replace("'", "").isalpha()
                                           for w in words) and label.lower() not in self.headline_labels

    def subject(self, token: Token, para: tuple[int, int]) -> Span | None:
        """The speaker phrase: the subject, inherited along `saying`, `adding that`, `and condemned`."""
        current = token
        subj = None
        for _ in range(4):
            subj = next((c for c in current.children if c.dep_ in ("nsubj", "csubj")), None)
            if subj is not None:
                if subj.tag_ in ("WDT", "WP") and current.dep_ == "relcl":
                    subj = current.head
                    if subj.dep_ == "appos" and subj.head.i < subj.i and not self.holds_views(
                            noun_phrase(subj, para)) and self.holds_views(noun_phrase(subj.head, para)):
                        subj = subj.head  # `Democracy for America, an activist outfit that endorsed X`: the name
                break
            if current.dep_ not in ("conj", "advcl", "xcomp", "pcomp", "acomp") or current.head.i == current.i:
                break
            current = current.head
        if subj is None and token.dep_ == "acl" and token.head.pos_ in ("NOUN", "PROPN") and (
                token.tag_ in ("VBD", "VBZ", "VBP")
                or token.tag_ == "VBN" and any(c.dep_ == "ccomp" for c in token.children)):
            subj = token.head  # `A new poll found that ...`, `Two analysts, A and B, found ...` parsed as a phrase
        if subj is None and token.tag_ == "VBG" and token.i > 0 and token.doc[token.i - 1].pos_ in ("NOUN", "PROPN"):
            subj = token.doc[token.i - 1]  # `Peru and Chile claiming they signed a pact`
            while subj.dep_ == "conj" and subj.head.i < subj.i:
                subj = subj.head
        if subj is None and token.dep_ == "acl" and token.tag_ == "VBG" and token.i > 1 \
                and token.doc[token.i - 1].text == "," and token.head.pos_ in ("NOUN", "PROPN") \
                and token.head.dep_ in ("dobj", "pobj", "attr", "oprd"):
            verb = next((a for a in token.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if verb is not None and verb.i < token.i:  # `X rejected the notion that ..., saying ...`: X says it
                return self.subject(verb, para)
        if subj is None and current is not token and current.dep_ == "prep" and current.lower_ in MANNER_PREPS \
                and current.head.pos_ in ("VERB", "AUX") and not any(not_said(c) for c in current.head.children):
            return self.subject(current.head, para)  # `tried to make peace by telling her ...`: who tried
        if subj is None:  # `..., reports the AP`: an inverted subject parsed as the object
            obj = next((c for c in token.children if c.dep_ in ("dobj", "attr", "npadvmod") and c.i > token.i), None)
            after_comma = token.i > 0 and token.doc[token.i - 1].text in SET_OFF
            subj = obj if obj is not None and after_comma and obj.pos_ == "PROPN" else None
        if subj is not None and not para[0] <= subj.idx < para[1]:  # the parse ran across a line break
            before = token.doc[token.i - 1] if token.i > 0 else None
            ok = before is not None and before.pos_ in ("NOUN", "PROPN", "PRON") and before.idx >= para[0]
            subj = before if ok else None
        return noun_phrase(subj, para) if subj is not None else None

    def verb_content(self, token: Token, particle: Token | None, entry: dict) -> tuple[int, int] | None:
        """The reported clause, the object of `deny`-like verbs, what follows a colon, or the host clause."""
        doc = token.doc
        relative = next((c for c in token.children if c.dep_ == "dobj" and c.tag_ in ("WDT", "WP")), None)
        if token.dep_ == "relcl" and relative is not None and entry.get("stance") == "deny":
            return span_content(doc, token.head.left_edge.i, token.right_edge.i)  # `something that Iran denies`
        clauses = [c for c in token.children if c.dep_ == "ccomp" or c.dep_ == "advcl" and c.i > token.i
                   and any(m.dep_ == "mark" and m.lower_ == "that" and doc[m.i - 1].text == "," for m in c.children)]
        clauses = sorted(clauses + statement_clauses(token), key=lambda c: c.i)  # `said in a statement that ...`
        if any(c.i > token.i for c in clauses):  # `A; by comparison, X argued that B`: B alone
            clauses = [c for c in clauses if c.i > token.i or not any(
                t.text == ";" for t in doc[c.right_edge.i + 1 : token.i])] or clauses
        if clauses:
            subject = next((c for c in clauses[0].children if c.dep_ in SUBJECT_DEPS | {"expl"}), None)
            if token.dep_ == "relcl" and (subject is None or subject.tag_ in ("WDT", "WP")):
                return None  # `ships that it said crossed the line`
            content = self.clause_content(*clauses)
            if content and clauses[0].i < token.i:  # `S1, and S2, he added`: the whole sentence before
                return min(content[0], token.sent[0].idx), content[1]
            if content:  # the rest of the sentence, up to a further attribution (`, adding ...`, `, X reports`)
                first = clauses[0].left_edge if clauses[0].dep_ == "ccomp" else next(
                    m for m in clauses[0].children if m.dep_ == "mark")  # not `citing X, that ...`
                stray = next((c for c in token.children if c.dep_ in ("dobj", "nsubj") and token.i < c.i < first.i
                              and token.lemma_.lower() != "tell"), None)
                if stray is not None:  # `said about half of it reflected ...`: the clause's subject parsed as object
                    first = stray.left_edge
                return span_content(doc, first.i, self.clause_end(token, clauses[0]))
            return None
        if not entry:  # `say taxing consumption encourages growth`: a clause the parse hung under another word
            stray = self.stray_clause(token)
            if stray is not None:
                return span_content(doc, stray.left_edge.i, self.clause_end(token, stray))
        if entry.get("clause") and not entry.get("object"):  # `..., he believes, ...`, not `expects something`
            return self.content_without(token.head, token) if token.dep_ == "parataxis" else None
        if entry.get("object") or entry.get("quoted"):
            content = self.object_content(token, particle)
            if content:
                return content
        colon = next((t for t in doc[token.i + 1 : token.i + 6] if t.text == ":" and not entry.get("clause")), None)
        if colon is not None and all(t.text not in SENTENCE_END for t in doc[token.i : colon.i]):
            end = colon.i + 1
            while end < len(doc) and "\n" not in doc[end].text and doc[end].text not in SENTENCE_END:
                end += 1
            return span_content(doc, colon.i + 1, end - 1) if end > colon.i + 1 else None
        inverted = token.dep_ == "ccomp" and token.head.i > token.i and all(c.dep_ != "dobj" for c in token.children)
        own = next((c for c in token.children if c.dep_ == "nsubj" and token.head.i < c.i < token.i), None)
        joined = token.dep_ == "conj" and own is not None and doc[own.left_edge.i - 1].text in SET_OFF  # `S, X said`
        if token.dep_ == "parataxis" or inverted or joined:
            return self.content_without(token.head, token)  # `X, the Kremlin says, Y`, `China said on Friday, Y`
        if token.dep_ == "ROOT" and token.i > 0 and doc[token.i - 1].text == ",":
            return self.content_without(token, token)
        if token.dep_ == "advcl" and token.head.pos_ in ("VERB", "AUX") and token.head.i != token.i and any(
                c.dep_ == "mark" and c.lower_ == "as" and c.i < token.i and (
                    c.i == token.sent.start or doc[c.i - 1].text in SET_OFF) for c in token.children) and any(
                c.dep_ == "nsubj" and c.i < token.i for c in token.children):  # not `as opposed to`
            return self.content_without(token.head, token)  # `As the Atlantic noted, Y`, `Y, as BuzzFeed reported`
        comma = relay_comma(token)
        if comma is not None:  # `..., the Guardian reports.` parsed inside the sentence it reports
            return span_content(doc, token.sent.start, comma - 1)
        return None

    def clause_end(self, token: Token, clause: Token) -> int:
        """The last token of a clause reported after its cue: the rest of the sentence, up to a further
        attribution set off by a comma or a closing mark (`, adding ...`, `, per X`, `," officials told CNN`)."""
        doc = token.doc
        last = max(clause.right_edge.i, token.sent.end - 1)
        if token.dep_ in ("relcl", "acl"):  # `Jones, who says she is innocent, could ...`
            return clause.right_edge.i
        ancestors = set(token.ancestors)
        for t in doc[clause.i + 1 : last + 1]:
            if t.i > clause.right_edge.i and (t in ancestors or t.dep_ in SUBJECT_DEPS and t.head in ancestors):
                return t.i - 1  # `X, who insists [...], said: ...`: the sentence goes back to the main clause
            if self.set_off_participle(t):
                return self.set_off_participle(t) - 1  # `said A, referring to B`: the reporter's gloss
            if self.second_statement(token, clause, t):  # `said A and called him B`: two statements
                cc = next((c for c in t.head.children if c.dep_ == "cc" and c.i < t.i), None)
                return (cc.i if cc is not None else t.left_edge.i) - 1
            attribution = self.is_cue_verb(t) and t.dep_ not in ("amod", "compound", "acl", "relcl")
            if not (attribution or self.source_marker(t)):
                continue
            subj = next((c for c in t.children if c.dep_ == "nsubj" and c.i < t.i and c.tag_ not in ("WDT", "WP")),
                        None)
            start = subj.left_edge.i if subj is not None else t.i
            k = start - 1
            while k > clause.i and doc[k].is_quote:
                k -= 1
            if k > clause.i and (doc[k].text in SET_OFF or doc[start - 1].is_quote):
                return min(last, k)
        return last

    def object_content(self, token: Token, particle: Token | None) -> tuple[int, int] | None:
        """`deny supplying drones ...`, `condemned X as Y`, `called for a halt`: the object and what follows."""
        if particle is not None and particle.dep_ == "prep":
            objects = [c for c in particle.children if c.dep_ == "pobj"]
        else:
            objects = [c for c in token.rights if c.dep_ in CONTENT_OBJECT_DEPS]
        if not objects or objects[0].pos_ == "PRON" or any(
                c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in objects[0].children):
            return None  # `reject that idea`: the claim is elsewhere
        first = objects[0]
        doc = token.doc
        last = first.right_edge.i
        gloss = next((c for c in first.rights if c.dep_ == "acl" and c.tag_ == "VBG" and doc[c.i - 1].text == ","),
                     None)
        if gloss is not None:  # `rejected the notion that A, saying B`: B is a statement of its own (`subject`)
            last = min(last, gloss.i - 2)
        if first.pos_ in ("VERB", "AUX"):  # `pledged to be X and cast doubt on Y`: the second act is not the first's
            verb = next((c for c in first.rights if c.dep_ == "conj" and finite(c)), None)
            if verb is not None:
                cc = next((c for c in first.rights if c.dep_ == "cc" and c.i < verb.i), None)
                last = (cc.i if cc is not None else verb.left_edge.i) - 1
        for child in token.rights:
            if child.i <= first.i or child.is_punct:
                continue
            if self.is_cue_verb(child) or self.set_off_participle(child):  # `condemned X, urging Y`
                break
            if circumstance(child):
                continue  # `blasted the plan during a debate`, `... last week`: when and where, not what
            if child.dep_ == "conj" and finite(child) or child.dep_ == "cc" and any(
                    c.dep_ == "conj" and c.i > child.i and finite(c) for c in token.rights):
                break  # `proposed X and has gone so far as to Y`: another statement or act
            if child.dep_ == "advcl" and doc[child.left_edge.i - 1].text in SET_OFF and any(
                    c.dep_ == "mark" and c.i == child.left_edge.i for c in child.children):
                break  # `approve of X, although Y`: the reporter's aside
            last = max(last, child.right_edge.i)
        return span_content(doc, first.left_edge.i, last)

    @staticmethod
    def set_off_participle(t: Token) -> int:
        """Where the comma is that sets off a participial phrase (`, saying ...`, `," referring to ...`) hung on
        the cue or its clause, the reporter's addition; 0 for none."""
        if t.tag_ != "VBG" or t.dep_ not in ("advcl", "xcomp", "conj"):
            return 0
        k = t.i - 1
        while k > 0 and t.doc[k].is_quote:
            k -= 1
        return k if k > 1 and t.doc[k].text == "," else 0

    def stray_clause(self, token: Token) -> Token | None:
        """The first dependent right of a plain reporting verb (`said`, `argue`) whose words hold a finite verb:
        the reported clause, misparsed (`said [seeing so many officers was] a welcome sight`)."""
        for child in token.rights:
            if child.is_punct or child.dep_ in ("dative", "npadvmod", "advmod", "cc", "conj", "punct"):
                continue
            if child.dep_ in ("xcomp", "dobj", "prep", "advcl") and any(
                    t.tag_ in ("VBD", "VBZ", "VBP", "MD") and t.dep_ in ("ccomp", "pcomp", "advcl", "xcomp")
                    and not self.in_relative(t, child) for t in child.subtree):
                return child
            return None
        return None

    @staticmethod
    def in_relative(t: Token, top: Token) -> bool:
        """Whether `t` sits in a relative clause below `top` (`aircraft [that it said entered]`)."""
        while t != top and t.head != t:
            if t.dep_ in ("relcl", "acl"):
                return True
            t = t.head
        return False

    def second_statement(self, token: Token, clause: Token, t: Token) -> bool:
        """A verb coordinated with the cue (`said A and promised B`), or a reporting verb without a subject of
        its own that the parse coordinated with the reported clause (`said [A and promised B]`)."""
        if t.dep_ != "conj" or t.pos_ not in ("VERB", "AUX") or any(c.dep_ in SUBJECT_DEPS for c in t.children):
            return False  # `said A, but Moscow had used B`: a clause of its own goes on with what was said
        if t.head == token:
            return t.i > clause.right_edge.i
        return t.head == clause and t.lemma_.lower() in self.verbs

    def naming_content(self, token: Token) -> tuple[int, int] | None:
        """`called him a moderate`, `described them as peaceful`: an object and what it is called."""
        obj = next((c for c in token.rights if c.dep_ == "dobj"), None)
        if obj is None:  # `Miami, which he describes as his second home`, `what he calls the cartel`: the relative
            obj = next((c for c in token.lefts if c.dep_ == "dobj" and c.tag_ in ("WDT", "WP")), None)
        if obj is None:
            return None
        complement = next((c for c in token.rights if c.i > obj.i and not self.set_off_participle(c) and (
            c.dep_ in NAMING_DEPS or (c.dep_ == "prep" and c.lower_ == "as"))), None)
        if complement is None:
            return None
        return span_content(token.doc, obj.left_edge.i, complement.right_edge.i)

    def is_cue_verb(self, token: Token) -> bool:
        entry = self.verbs.get(token.lemma_.lower())
        return token.pos_ == "VERB" and entry is not None and not (entry.get("quoted") or entry.get("direct"))

    def clause_content(self, *clauses: Token) -> tuple[int, int] | None:
        """The clauses' words without a hearsay marker hanging off their end (`..., per the Times`)."""
        doc = clauses[0].doc
        last = max(c.right_edge.i for c in clauses)
        for clause in clauses:
            for child in clause.rights:
                if self.source_marker(child) and child.i > clause.i:
                    last = min(last, child.left_edge.i - 1)
        return span_content(doc, min(c.left_edge.i for c in clauses), last)

    def content_without(self, clause: Token, cue: Token) -> tuple[int, int] | None:
        """A clause around the cue's own phrase (`X, the Kremlin says, Y`): both sides as one content, the cue
        inside it, as news reading counts a statement its attribution interrupts; one side where the other is empty."""
        doc = clause.doc
        first, last = clause.left_edge.i, clause.right_edge.i
        left = span_content(doc, first, cue.left_edge.i - 1) if cue.left_edge.i > first else None
        right = span_content(doc, cue.right_edge.i + 1, last) if cue.right_edge.i < last else None
        if left and right:
            return left[0], right[1]
        return left or right
