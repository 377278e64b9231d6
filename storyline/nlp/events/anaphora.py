"""What a pronoun or a description stands for, as the events extractor reads it: a base of `ActorReader`.

`it`, `they`, `its`, `we` and `the two countries` name no one themselves: each stands for an actor told before it
within reach (`PRONOUN_REACH` sentences), preferring subjects, persons for `he` and `she`, a coordinated pair for
`they`, the noun a relative clause hangs on, the owner of a statement noun, the subject of a possessive's own
clause, or the speaker of the enclosing quote for `we`. The questions it asks back (`mention`, `actor_at`,
`actors_of`, `owner_actors`, `headline_pair`, `quote_speaker`, the sides of a plural) are `ActorReader`'s, which
holds the document's caches.
"""

from spacy.tokens import Doc, Token

from storyline.nlp.actors import local_actor, mentions_in
from storyline.nlp.events.lexicon import (
    FIRST_PERSON,
    PASSIVE_SUBJECT_DEPS,
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
    PRONOUN_REACH,
    SUBJECT_DEPS,
    THING_PRONOUNS,
    lemma,
    pobjs,
)


def state_of(doc: Doc, actor: str | None) -> str | None:
    """The country an actor belongs to (itself for a country)."""
    return ((local_actor(doc, actor) or {}).get("country") or actor) if actor else None


class Anaphora:
    """What pronouns and descriptions stand for; the base of `ActorReader`, whose look-ups it asks."""

    def resolve_pronoun(self, doc: Doc, token: Token) -> list[str]:
        """An earlier actor a pronoun can stand for: the noun whose relative clause holds it (`Russia, which
        ... as it faces pressure over its decision`), else preferring subjects; `they` takes the latest
        coordinated pair; `we` is the speaker of the enclosing quote."""
        word = token.lower_
        if word in FIRST_PERSON:
            speaker = self.quote_speaker(doc, token)
            return [speaker] if speaker else []
        if word not in PERSON_PRONOUNS | PLURAL_PRONOUNS | THING_PRONOUNS:
            return []
        person = word in PERSON_PRONOUNS
        for ancestor in token.ancestors:
            if ancestor.dep_ == "relcl":
                m = self.mention(doc, ancestor.head)
                kind = (local_actor(doc, m["actor"]) or {}).get("kind") if m else None
                if m and (kind == "person") == person and word not in PLURAL_PRONOUNS:
                    return [m["actor"]]
                break
        if owners := [a for a in self.statement_owner(doc, token)
                      if ((local_actor(doc, a) or {}).get("kind") == "person") == person]:
            return owners[:1]
        owned = token.head
        if token.dep_ == "poss" and word in ("its", "their") and owned.dep_ == "conj" and owned.head.i < token.i and (
                first := self.parallel_owner(doc, owned) or self.actor_at(doc, owned.head)):
            return first[:1]  # `the Syrian army and its ally Hezbollah`: the conjunct before it
        if token.dep_ == "poss" and word in ("its", "their") and (own := self.clause_subject_owner(doc, token)):
            return own  # `so that the country can guard its coast`: the subject of its own clause, named by no mention
        if word in PLURAL_PRONOUNS and (sides := self.sides_before(doc, token)) is not None:
            return sides  # `meetings between local commanders from both sides took place. They agreed`: the two
            # sides told before, else the article's (none here)
        candidates = self.antecedents(doc, token)
        if token.dep_ in ("dobj", "dative"):  # `the president pardoned her`: an object pronoun is no one its own verb's
            verbs = [token.head]
            while verbs[-1].dep_ == "conj" and verbs[-1].head != verbs[-1]:  # `met Putin and praised him`: the subject
                verbs.append(verbs[-1].head)  # the verbs share
            own = {t.i for v in verbs for c in v.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}  # names (a
            candidates = [(root, actor) for root, actor in candidates if root.i not in own]  # reflexive would)
        if word in PLURAL_PRONOUNS and (pair := self.latest_pair(doc, candidates)):
            return pair
        subjects = [(root, actor) for root, actor in candidates if self.in_subject(root)]
        chosen = (subjects or candidates)[:1]
        if person and chosen and self.described_between(doc, chosen[0][0], token):
            return []
        return [actor for _, actor in chosen]

    def described_between(self, doc: Doc, antecedent: Token, token: Token) -> bool:
        """A noun of the pronoun's sex that no actor's mention covers stands between the antecedent and the pronoun
        (`Officer Lee said the woman fled. She was armed`): `she` is the woman described, not the officer."""
        nouns = self.lex.feminine_nouns if token.lower_ in ("she", "her", "hers") else self.lex.masculine_nouns
        return any(t.tag_ == "NN" and lemma(t) in nouns and t.dep_ != "compound" and self.mention(doc, t) is None
                   for t in doc[antecedent.i + 1: token.i])

    def clause_subject_owner(self, doc: Doc, token: Token) -> list[str]:
        """The actor a possessive's own clause has as subject where no mention names it, only a description (`the
        country`, `the government`): what `its` stands for in that clause (`help the country patrol its borders`);
        [] where the subject is a name, a pronoun or no actor."""
        verb = token.head
        while verb.pos_ not in ("VERB", "AUX") and verb.dep_ in ("dobj", "pobj", "prep", "poss", "compound", "conj",
                                                               "appos", "attr", "nmod", "amod") and verb.head != verb:
            verb = verb.head
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None) if verb.pos_ in ("VERB", "AUX") \
            else None
        if subject is None or subject.pos_ in ("PRON", "PROPN") or subject.i > token.i or any(
                self.mention(doc, t) is not None for t in subject.subtree):
            return []
        found = self.actor_at(doc, subject)
        person = token.lower_ in PERSON_PRONOUNS
        return [a for a in found if ((local_actor(doc, a) or {}).get("kind") == "person") == person][:1]

    def parallel_owner(self, doc: Doc, owned: Token) -> list[str]:
        """The owner of the act noun a possessive's act noun is read as parallel to, where the parser hung it on the
        object of that noun's phrase (`Iran's support for Russia and its crackdown on protests`: Iran's crackdown)."""
        first = owned.head
        if lemma(owned) not in self.lex.nouns or first.dep_ != "pobj" or first.head.dep_ != "prep":
            return []
        act = first.head.head
        if act.pos_ != "NOUN" or lemma(act) not in self.lex.nouns:
            return []
        return self.owner_actors(doc, act)

    def sides_before(self, doc: Doc, token: Token) -> list[str] | None:
        """The pair a plural told just before names as its sides (`commanders from both sides`), where no actor
        is the subject between it and the pronoun: what `they` stands for ([] where the pair is not told
        within reach); None where no such plural comes first."""
        start = doc[token.sent.start - 1].sent.start if token.sent.start > 0 else 0
        for t in reversed(doc[start: token.i]):
            if self.mention(doc, t) is not None and self.in_subject(t):
                return None
            if t.tag_ == "NNS" and self.of_both_sides(t):
                return self.forces_if_military(doc, t, self.sides_of(doc, t))
        return None

    def of_both_sides(self, token: Token) -> bool:
        """`commanders from both sides`, `officials of the two countries`."""
        return any(c.lower_ in self.lex.pair_words for prep in token.children if prep.dep_ == "prep"
                   and prep.lower_ in ("from", "of") for p in pobjs(prep) if p.tag_ == "NNS"
                   for c in p.children if c.dep_ in ("nummod", "det", "predet"))

    def statement_owner(self, doc: Doc, token: Token) -> list[str]:
        """The owner of the statement noun whose `that` clause holds the token (`Spain's insistence that it is
        neutral and that it arms no one`: Spain says so of itself), also where the parser hung the clause on the
        verb before the noun."""
        for clause in token.ancestors:
            if clause.dep_ == "acl" and lemma(clause.head) in self.lex.statement_nouns:
                return self.owner_actors(doc, clause.head)
            mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"), None)
            if mark is not None and mark.i > 0 and lemma(doc[mark.i - 1]) in self.lex.statement_nouns:
                return self.owner_actors(doc, doc[mark.i - 1])
        return []

    def antecedents(self, doc: Doc, token: Token, person: bool | None = None) -> list[tuple[Token, str]]:
        """The earlier mentions within reach that agree with a pronoun (a person for `he`, else no person),
        latest first; `person` says which where the token is no pronoun (`the two countries`)."""
        if person is None:
            person = token.lower_ in PERSON_PRONOUNS
        earliest = self.reach_start(doc, token)
        candidates: list[tuple[Token, str]] = []
        for m in reversed(mentions_in(doc, doc[earliest].idx, token.idx)):
            actor = local_actor(doc, m["actor"]) or {}
            span = doc.char_span(m["start"], m["end"], alignment_mode="expand")
            if span is not None and (actor.get("kind") == "person") == person:
                candidates.append((span.root, m["actor"]))
        return candidates

    def latest_pair(self, doc: Doc, candidates: list[tuple[Token, str]]) -> list[str]:
        """The actors of the latest coordination among earlier mentions (`Iran and Russia`, a headline's
        `Iran, Russia`), for `they` and `the two countries`."""
        for root, _ in candidates:
            if root.conjuncts:
                return self.actors_of(doc, root.head if root.dep_ == "conj" else root)
            if pair := self.headline_pair(doc, root):
                return pair
        return []

    def person_pair(self, doc: Doc, token: Token) -> list[str]:
        """The latest coordinated pair of persons the document names before the token, however far back (`Prime
        Minister Hun Manet and acting Prime Minister Phumtham`, then `the two leaders`)."""
        candidates: list[tuple[Token, str]] = []
        for m in reversed(mentions_in(doc, 0, token.idx)):
            span = doc.char_span(m["start"], m["end"], alignment_mode="expand")
            if span is not None and (local_actor(doc, m["actor"]) or {}).get("kind") == "person":
                candidates.append((span.root, m["actor"]))
        pair = [a for a in self.latest_pair(doc, candidates) if (local_actor(doc, a) or {}).get("kind") == "person"]
        return pair if len(pair) == 2 else []

    @staticmethod
    def reach_start(doc: Doc, token: Token) -> int:
        """The first token of the sentences back that an anaphor may reach (`PRONOUN_REACH`)."""
        earliest = token.sent.start
        for _ in range(PRONOUN_REACH):
            earliest = doc[earliest - 1].sent.start if earliest > 0 else 0
        return earliest

    def pair_antecedent(self, doc: Doc, token: Token) -> list[str]:
        """`the two countries`, `both sides`: the pair of actors told just before, in the order the article first
        names them (as the article's two sides are)."""
        pair = self.latest_pair(doc, self.antecedents(doc, token, person=False)) or self.headline_pair(doc, doc[0])
        first: dict[str, int] = {}
        for m in doc._.mentions or []:
            first.setdefault(state_of(doc, m["actor"]) or "", m["start"])
        return sorted(pair, key=lambda a: first.get(state_of(doc, a) or "", len(doc.text)))

    @staticmethod
    def in_subject(token: Token) -> bool:
        """The token is, or modifies, a clause's subject."""
        while token.dep_ in ("compound", "amod", "poss", "conj", "appos", "nmod") and token.head != token:
            token = token.head
        return token.dep_ in (*SUBJECT_DEPS, *PASSIVE_SUBJECT_DEPS)
