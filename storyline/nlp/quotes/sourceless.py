"""Attributions without a source: what a text presents as a perception, an expectation or hearsay with nobody
named as holding it (`X seems to Y`, `X is widely expected to Y`, `X is seen as Y`, `X reportedly did Y`, `it is
unclear whether X`, `it was reported that X`). PolNeAR marks them (`Attribution-no-source`, 6-7% of its
attributions); the storyline gold counts only statements whose speaker the text names, so they are read only where
the component's `sourceless` setting asks for them (`STORYLINE_WIDE_ATTRIBUTIONS`). Each class is a syntactic
construction, its words in `resources/quotes.yaml` (`sourceless`):

- a raising verb with its complement (`seem`, `appear`: `Trump seemed to appreciate X`, `X seems unlikely to Y`, `it
  seemed like an impossible task`), not a verb of coming into view (`appeared on Fox`);
- a passive verb of expecting or perceiving with its complement and no agent (`X is expected to Y`, `X was seen as
  Y`, `a state seen as critical`, `X is believed to Y`), or with an expletive subject and a clause (`it was reported
  that X`, `it is believed that X`);
- an evidential adverb on a verb (`X reportedly spent Y`, `Clinton seemingly facing Y`);
- an adjective of not knowing with a question clause (`it is unclear whether X`, `it is not clear what Y`).

The content is the clause the construction is said of (its subject through its last word), as PolNeAR marks it. A
candidate inside a statement in quotation marks (the quoted speaker's words), inside or around another quote's
content (univocal: one attribution per token), or holding a cue of its own (`X seemed to suggest that Y`: Y is X's)
is left out."""

import numpy as np
from spacy.attrs import LEMMA
from spacy.tokens import Doc, Token

from storyline.nlp.grammar import has_to
from storyline.nlp.quotes.spans import SUBJECT_DEPS, Cue, Found, Reading, clip, span_content

MIN_TOKENS = 2
"""The fewest tokens of a sourceless content (`it can seem`, `Seemed about right` say too little)."""
SET_OFF_DEPS = {"advcl", "parataxis", "punct", "cc", "conj", "mark"}
"""Dependents at a clause's edge that are not part of what the construction is said of."""


class SourcelessCues:
    """The sourceless half of `QuoteFinder`: rule classes over the parse, read after attribution."""

    def load_sourceless(self, data: dict) -> None:
        """The construction words from the lexicon's `sourceless` key; their lemma hashes for a cheap pre-filter."""
        self.raising_verbs: set[str] = set(data.get("raising_verbs", []))
        self.expecting_passives: set[str] = set(data.get("expecting_passives", []))
        self.evidential_adverbs: set[str] = set(data.get("evidential_adverbs", []))
        self.unknowing_adjectives: set[str] = set(data.get("unknowing_adjectives", []))
        self.question_passives: set[str] = set(data.get("question_passives", []))
        self.clause_passives: set[str] = set(data.get("clause_passives", []))
        self.sourceless_words = self.raising_verbs | self.expecting_passives | self.evidential_adverbs \
            | self.unknowing_adjectives | self.clause_passives | self.question_passives
        self._hashes: np.ndarray | None = None

    def word_hashes(self, doc: Doc) -> np.ndarray:
        if self._hashes is None:
            strings = doc.vocab.strings
            self._hashes = np.array(sorted(strings.add(w) for w in self.sourceless_words), dtype=np.uint64)
        return self._hashes

    def sourceless(self, r: Reading, found: list[Found]) -> list[Found]:
        """Sourceless attributions outside quotations and outside (or around) what other quotes hold."""
        doc = r.doc
        if not self.sourceless_words or not len(doc):
            return []
        lemmas = doc.to_array([LEMMA]).astype(np.uint64).reshape(-1)
        hits = np.flatnonzero(np.isin(lemmas, self.word_hashes(doc)))
        if not len(hits):
            return []
        taken = [(f.start, f.end) for f in found]
        cue_at = [f.cue.start for f in found if f.cue.start is not None]
        out: list[Found] = []
        for i in hits.tolist():
            token = doc[int(i)]
            if r.statement_at(token.idx) is not None:
                continue  # the quoted speaker's own words
            cue = self.sourceless_cue(token)
            if cue is None:
                continue
            cue.content = clip(cue.content, r.para(token.idx))
            if cue.content is None or len(doc.char_span(*cue.content, alignment_mode="expand") or ()) < MIN_TOKENS:
                continue  # `it can seem`, `Seemed about right`: too little said of anything
            start, end = cue.content
            if any(a <= token.idx < b or min(b, end) - max(a, start) > min(b - a, end - start) / 2 for a, b in taken) \
                    or any(start <= c < end for c in cue_at):
                continue  # one attribution per token: another quote holds it, or a cue inside says whose it is
            taken.append((start, end))
            out.append(Found(cue, start, end, False))
        return out

    def sourceless_cue(self, token: Token) -> Cue | None:
        lemma = token.lemma_.lower()
        if token.pos_ in ("VERB", "AUX"):
            if lemma in self.raising_verbs and self.raising(token):
                return self.clause_cue(token, token)
            if lemma in self.expecting_passives and self.expecting(token):
                return self.passive_clause_cue(token)
            if lemma in self.question_passives and token.tag_ == "VBN":
                return self.question(token)
            if lemma in self.clause_passives and self.expletive_passive(token):
                clause = next(c for c in token.children if c.dep_ == "ccomp")
                return self.make(token, self.cue_words(token), clause.left_edge.i, clause.right_edge.i)
        elif token.pos_ == "ADV" and lemma in self.evidential_adverbs:
            head = token.head
            if token.dep_ == "advmod" and head.pos_ in ("VERB", "AUX") and head.i != token.i:
                return self.clause_cue(head, token)
        elif token.pos_ == "ADJ" and lemma in self.unknowing_adjectives:
            return self.unknowing(token)
        return None

    @staticmethod
    def raising(token: Token) -> bool:
        """`seems to`, `seemed rattled`, `seems unlikely`, `seemed like X`, `seems a stretch`: a complement that says
        what the subject seems; not `appeared on Fox`, `appeared in court` (coming into view), not a negation."""
        if any(c.dep_ == "neg" for c in token.children):
            return False
        for c in token.children:
            if c.i < token.i:
                continue
            if c.dep_ == "xcomp" and (has_to(c) or c.tag_ in ("VBN", "JJ")):
                return True
            if c.dep_ in ("acomp", "attr", "oprd"):
                return True
            if c.dep_ == "prep" and c.lower_ == "like" and token.lemma_.lower() == "seem":
                return True
        return False

    @staticmethod
    def expecting(token: Token) -> bool:
        """`X is (widely) expected to Y`, `X was seen as Y`, `a state seen as critical`, `X is believed to Y`: a passive
        participle with its complement (an infinitive or `as`), without an agent (`by X` names the one expecting)."""
        if any(c.dep_ in ("agent", "neg") for c in token.children):
            return False
        if token.tag_ != "VBN":
            return False
        passive = token.dep_ == "acl" or any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children)
        if not passive:
            return False
        return any(c.i > token.i and (c.dep_ == "xcomp" and has_to(c)
                                      or c.dep_ == "prep" and c.lower_ == "as")
                   for c in token.children)

    @staticmethod
    def expletive_passive(token: Token) -> bool:
        """`it was reported that X`, `it is widely believed that X`: an expletive subject, a passive, a clause."""
        children = list(token.children)
        return token.tag_ == "VBN" and any(c.dep_ in ("nsubjpass", "expl") and c.lower_ == "it" for c in children) \
            and any(c.dep_ == "auxpass" for c in children) and not any(c.dep_ in ("agent", "neg") for c in children) \
            and any(c.dep_ == "ccomp" and c.i > token.i for c in children)

    def unknowing(self, token: Token) -> Cue | None:
        """`it is unclear whether X`, `it was not clear what Y`: the question clause is what nobody knows."""
        clause = next((c for c in token.children if c.dep_ in ("ccomp", "advcl") and c.i > token.i
                       and any(m.dep_ == "mark" and m.lower_ in ("whether", "if") or m.tag_ in ("WDT", "WP", "WRB")
                               for m in c.subtree if m.i < c.i)), None)
        if clause is None:
            head = token.head
            clause = next((c for c in head.children if c.dep_ == "ccomp" and c.i > token.i), None) \
                if token.dep_ == "acomp" else None
        if clause is None:
            return None
        first = clause.left_edge.i
        if token.doc[first].lower_ in ("whether", "if"):
            first += 1
        return self.make(token, token.text, first, clause.right_edge.i)

    def question(self, token: Token) -> Cue | None:
        """`X was asked about Y`, `X was asked to name Y`, `Asked whether Y, X said ...`: a question put to someone by
        nobody named (no agent); what was asked is the content: the topic of `about`, the question clause, what the
        one asked was asked to do (with whom, as PolNeAR marks it), or the question itself (`was asked the question`).
        """
        children = list(token.children)
        passive = any(c.dep_ == "auxpass" for c in children) or token.dep_ == "advcl" and token.i == token.sent.start
        if not passive or any(c.dep_ in ("agent", "neg") for c in children):
            return None
        text = self.cue_words(token)
        for c in children:
            if c.i < token.i:
                continue
            if c.dep_ == "prep" and c.lower_ == "about":
                obj = next((o for o in c.children if o.dep_ == "pobj"), None)
                if obj is not None:
                    return self.make(token, f"{text} about" if c.i == token.i + 1 else text, obj.left_edge.i,
                                     obj.right_edge.i)
            if c.dep_ == "ccomp" or c.dep_ == "dobj":
                return self.make(token, text, c.left_edge.i, c.right_edge.i)
            if c.dep_ == "xcomp" and has_to(c):
                subject = next((s for s in children if s.dep_ == "nsubjpass" and s.i < token.i), None)
                first = subject.left_edge.i if subject is not None else c.left_edge.i
                return self.make(token, text, first, c.right_edge.i)
        return None

    def passive_clause_cue(self, token: Token) -> Cue | None:
        """The clause of `X is expected to Y` (its subject on), or, for a participle on a noun (`a state seen as
        critical`), the noun's phrase through the participle's complement."""
        if token.dep_ == "acl" and token.head.i < token.i:
            return self.make(token, self.cue_words(token), token.head.left_edge.i, token.right_edge.i)
        return self.clause_cue(token, token)

    def clause_cue(self, verb: Token, cue: Token) -> Cue | None:
        """The clause a construction is said of: the verb's subject (or the relative pronoun) through its last
        dependent, leaving out what is set off at its edges (a leading clause, a trailing coordinated one)."""
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS | {"expl"}), None)
        if subject is None and verb.dep_ in ("xcomp", "ccomp", "conj") and verb.head.i < verb.i:
            return None  # a complement of another verb: its clause is that verb's (`began to seem`)
        first = subject.left_edge.i if subject is not None and subject.i < verb.i else min(verb.i, cue.i)
        if subject is not None and subject.dep_ == "expl":
            first = min(verb.i, cue.i)  # `it seems ...`: what seems follows the cue
        last = verb.i
        for c in verb.rights:
            if c.dep_ in SET_OFF_DEPS:
                break
            last = c.right_edge.i
        return self.make(cue, self.cue_words(cue) if cue is verb else cue.text, first, last)

    @staticmethod
    def cue_words(token: Token) -> str:
        """The cue as PolNeAR marks it: the verb with its auxiliaries and adverbs right before it (`is widely
        expected`, `can seem`)."""
        doc = token.doc
        first = token.i
        while first > 0 and doc[first - 1].head == token and doc[first - 1].dep_ in ("aux", "auxpass", "advmod", "neg"):
            first -= 1
        return doc[first : token.i + 1].text

    @staticmethod
    def make(token: Token, text: str, first: int, last: int) -> Cue | None:
        content = span_content(token.doc, first, last)
        if content is None:
            return None
        start = token.idx + len(token) - len(text) if text.endswith(token.text) else token.idx
        return Cue(token, text, start, token.idx + len(token), "sourceless", mind=True, generic=True,
                   content=content)
