"""The cue lexicon's tests of the parse: whether a verb is a reporting cue, a word a hearsay marker, a phrase a
speaker who holds views (or a state, or evidence); the speaker phrase of a verb; what the learned gate takes."""

from spacy.tokens import Span, Token

from storyline.nlp.actors import local_actor, mention_for_token, mentions_in
from storyline.nlp.quotes.gate import candidate_features, carried, extra_features, hedged, widened
from storyline.nlp.quotes.spans import SET_OFF, not_said, noun_phrase

MANNER_PREPS = {"by", "after", "before", "while", "in"}
"""Prepositions that make a gerund an act of the host verb's subject (`ended the call by telling him ...`)."""

PLACE_TYPES = {"GPE", "NORP", "LOC", "FAC"}
"""Entity types of a subject whose verbs outside the lexicon are acts, not statements (`Iran saw an opening`)."""


def said_of_someone(noun: Token) -> bool:
    """A noun that a relative clause opened by `who` tells of (`a trader who felt ...`, `the pastor who warned
    ...`): English keeps `who` for persons, so the noun names someone who can hold views, whatever the lexicon's
    lists of speaker nouns leave out."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "relcl" and any(
        s.dep_ in ("nsubj", "nsubjpass") and s.lower_ == "who" for s in c.children) for c in noun.children)


def circumstance(child: Token) -> bool:
    """A dependent of a reporting verb that says when (`last week`, `on Monday`, `again`), not what."""
    if child.dep_ in ("npadvmod", "advmod") or child.ent_type_ in ("DATE", "TIME"):
        return True
    return child.dep_ == "prep" and any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in child.children)


def finite(verb: Token) -> bool:
    """A verb with a tense of its own (`cast doubt`, `has gone`), not a participle or infinitive (`forcing`)."""
    return verb.pos_ in ("VERB", "AUX") and (verb.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ == "aux" and c.lower_ != "to" for c in verb.children))


class CueLexicon:
    """The lexicon half of `CueFinder`: tests of words, phrases and verbs against `quotes.yaml` and the gate."""

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
        if token.lemma_.lower() in self.feeling_verbs:
            return None  # `the tests angered Japan`: its subject is a cause, not a speaker (`feeling_cue` reads it)
        what = carried(token) or widened(token)  # `pushed for X to Y`, `wondered whether Y`: the gate's call too
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
        feats += extra_features(token, hedged(token), lexical, empty) + self.class_features(token, what, speaker)
        # `..., showing photos`: the reporter's account of the act it is set off from takes the stricter bar
        return what if self.gated(token, feats, set_off=self.set_off_participle(token) > 0) else None

    def class_features(self, token: Token, what: Token, speaker: Span) -> list[str]:
        """The gate's features from the lexicon's word classes, which carry over to verbs and nouns the training
        split never saw: the kind of speaker (`subjcls`: an official, a medium, people, evidence, a share), the
        kind of object (`objcls`: a statement noun, a topic noun; `claims`, `criticism`) and a pronoun object that a
        phrase after it tells something of (`objpred`: `praised her for X`, `cast himself as Y`)."""
        head = speaker.root.lemma_.lower()
        kind = self.speaker_nouns.get(head) or ("people" if head in self.people_nouns else "evidence" if head in
                                                self.evidence_nouns else "share" if head in self.share_nouns else "-")
        feats = [f"subjcls={kind}"]
        if what.dep_ == "dobj":
            feats.append("objcls=" + self.noun_class(what.lemma_.lower()))
            pred = next((c for c in token.children if c.i > what.i and (
                c.dep_ == "prep" and c.lower_ in ("as", "for", "of", "with", "from") or c.dep_ in ("xcomp", "oprd"))),
                None)
            if pred is not None and what.pos_ == "PRON":
                feats.append("objpred=" + (pred.lower_ if pred.dep_ == "prep" else pred.dep_))
        return feats

    def noun_class(self, lemma: str) -> str:
        """The lexicon's class of a noun a cue carries or is said of: `statement` (`claims`), `intention` (`plans`),
        `topic` (`remarks`, `criticism`), or `-` for none."""
        return "statement" if lemma in self.nouns else "intention" if lemma in self.intention_nouns else \
            "topic" if lemma in self.topic_nouns else "-"

    def gated(self, token: Token, feats: list[str], set_off: bool = False) -> bool:
        """Whether the learned gate takes the candidate `token` (its features `feats`) for a cue. With a
        `gate_sink` list (training), the features go there instead and nothing is taken."""
        if self.gate_sink is not None:
            self.gate_sink.append((token.idx, token.idx + len(token), feats))
            return False
        return self.gate.accepts(feats, set_off=set_off)

    def is_state(self, phrase: Span) -> bool:
        """A country or place as a subject (`China`, `countries like Germany`, `the government`)."""
        doc = phrase.doc
        root = phrase.root
        lemma = root.lemma_.lower()
        if root.ent_type_ == "NORP" and root.tag_ != "JJ":
            return False  # `Democrats`, `the Iranians`, `one kind-hearted Canadian`: people who hold views, not a state
        if root.ent_type_ in PLACE_TYPES or lemma in self.state_nouns or lemma in ("country", "nation"):
            return True
        return any((local_actor(doc, m["actor"]) or {}).get("kind") == "country"
                   for m in mentions_in(doc, phrase.start_char, phrase.end_char)
                   if m["start"] <= root.idx < m["end"])  # the head names the state, not `an expert on Russia`

    def holds_views(self, phrase: Span | None, who: bool = True) -> bool:
        """A speaker that can think, find or show (`she`, `Iran`, `officials`, `a new poll`, `a trader who ...`), not
        `it` or `the fact`; `who`: whether a `who` clause on the noun counts (`said_of_someone`)."""
        if phrase is None:
            return False
        head = phrase.root
        if head.pos_ == "PRON":
            return head.lower_ not in ("it", "this", "that", "which", "what")
        lemma = head.lemma_.lower()
        if lemma in self.partitive_nouns:  # `a new batch of emails shows ...`: the emails do
            obj = self.partitive_of(head)
            return obj is not None and self.holds_views(obj)
        return head.pos_ == "PROPN" or lemma in self.speaker_nouns or lemma in self.evidence_nouns \
            or lemma in self.share_nouns or lemma in self.people_nouns \
            or mention_for_token(head.doc, head) is not None or who and said_of_someone(head)

    def is_evidence(self, phrase: Span | None) -> bool:
        """A poll, a record, a document or an outlet (`records show`, `the email shows`), not a person."""
        if phrase is None:
            return False
        lemma = phrase.root.lemma_.lower()
        if lemma in self.partitive_nouns:
            obj = self.partitive_of(phrase.root)
            return obj is not None and self.is_evidence(obj)
        return lemma in self.evidence_nouns or self.speaker_nouns.get(lemma) in ("document", "media")

    @staticmethod
    def partitive_of(head: Token) -> Span | None:
        """The object of a collective noun's `of` (`a batch of [emails]`), as a one-word phrase; None for none."""
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        return head.doc[obj.i : obj.i + 1] if obj is not None else None

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
            if prep.dep_ == "prep" and prep.lower_ in self.marker_heads:
                if [t.lower_ for t in prep.subtree] in self.statement_markers:
                    return token.doc[prep.left_edge.i : prep.right_edge.i + 1]
        return None

    def source_marker(self, token: Token) -> list[str] | None:
        """The hearsay marker starting at this token (`according to`, `as first reported by`), if one does."""
        if token.lower_ not in self.source_heads:
            return None
        doc = token.doc
        return next((words for words in self.sources
                     if [t.lower_ for t in doc[token.i : token.i + len(words)]] == words), None)

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
            subjects = [c for c in current.children if c.dep_ == "nsubj" and c.i < current.i]
            if len(subjects) > 1:  # two, a misparse (`for people ..., she said`): the one nearest before the verb
                subj = subjects[-1]
            if subj is not None:
                if subj.tag_ in ("WDT", "WP") and current.dep_ == "relcl":
                    subj = current.head
                    if subj.dep_ == "appos" and subj.head.i < subj.i and not self.holds_views(
                            noun_phrase(subj, para), who=False) and self.holds_views(noun_phrase(subj.head, para)):
                        subj = subj.head  # `Democracy for America, an activist outfit that endorsed X`: the name
                        # (`Roe, an anchor who questioned X`: the clause tells of the name's bearer, not of a second)
                break
            if current.dep_ not in ("conj", "advcl", "xcomp", "pcomp", "acomp") or current.head.i == current.i:
                break
            current = current.head
        if subj is None and token.dep_ == "acl" and token.head.pos_ in ("NOUN", "PROPN") and (
                token.tag_ in ("VBD", "VBZ", "VBP")
                or token.tag_ == "VBN" and any(c.dep_ == "ccomp" for c in token.children)):
            subj = token.head  # `A new poll found that ...`, `Two analysts, A and B, found ...` parsed as a phrase
        if subj is None and current is not token and current.dep_ == "acl" and current.tag_ == "VBG" \
                and current.head.pos_ in ("NOUN", "PROPN") and current.head.i == current.i - 1:
            subj = current.head  # `an ad featuring farmers telling their stories and criticizing X`: the farmers
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
        if subj is None and token is current:
            share = self.share_before(token)
            if share is not None:
                return share
        if subj is not None and not para[0] <= subj.idx < para[1]:  # the parse ran across a line break
            before = token.doc[token.i - 1] if token.i > 0 else None
            ok = before is not None and before.pos_ in ("NOUN", "PROPN", "PRON") and before.idx >= para[0]
            subj = before if ok else None
        return noun_phrase(subj, para) if subj is not None else None

    def share_before(self, verb: Token) -> Span | None:
        """A poll's share that opens the sentence as a verb's subject the parse did not see (`About 3 in 10 say ...`,
        `Nearly a third say ...`: the number or share hung on the verb): the words from the sentence's start to the
        finite verb (or a past tense tagged as a participle: `Fewer than half agreed that ...`), a few, with a
        number or a share noun and no verb, where the verb carries a clause after it."""
        doc = verb.doc
        start = verb.sent.start
        words = doc[start : verb.i]
        past = verb.tag_ == "VBN" and verb.dep_ == "ROOT" and not any(
            c.dep_ in ("aux", "auxpass") for c in verb.children)
        if verb.tag_ not in ("VBD", "VBP", "VBZ") and not past or not 0 < len(words) <= 5 or any(
                t.pos_ in ("VERB", "AUX", "PRON", "PROPN", "PUNCT") for t in words):
            return None
        if not any(t.like_num or t.lemma_.lower() in self.share_nouns for t in words):
            return None
        return words if any(c.dep_ in ("ccomp", "nsubj") and c.i > verb.i for c in verb.children) else None

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

    @staticmethod
    def in_relative(t: Token, top: Token) -> bool:
        """Whether `t` sits in a relative clause below `top` (`aircraft [that it said entered]`)."""
        while t != top and t.head != t:
            if t.dep_ in ("relcl", "acl"):
                return True
            t = t.head
        return False

    def is_cue_verb(self, token: Token) -> bool:
        entry = self.verbs.get(token.lemma_.lower())
        return token.pos_ == "VERB" and entry is not None and not (entry.get("quoted") or entry.get("direct"))
