"""Speaker owners: a cue whose speaker phrase stands for another's clause is that one's (a pronoun that stands for
the subject of the verb whose clause holds it, `Jane Roe repeated her claim that`, `X spoke against what he terms Y`,
`X said she found Y and called Z`), and a coordinated clause's subject the parse left out; the mixin of
`speakers.SpeakerResolver`'s repairs that ask who owns the words."""

from collections.abc import Iterator

from spacy.tokens import Span, Token

from storyline.nlp.quotes.spans import DASHES, SUBJECT_DEPS, Cue, Reading, noun_phrase
from storyline.nlp.quotes.speaker_actors import GENDERED, SpeakerActors


class SpeakerOwners(SpeakerActors):
    """Repairs of `SpeakerResolver.repair_speakers` that give a cue the subject a pronoun or a coordination stands
    for."""

    OWNERS = {"his": "m", "her": "f", "their": "plural", "its": "it"}

    @staticmethod
    def subjects_above(verb: Token, last: int) -> Iterator[tuple[Token, Token]]:
        """The clauses `verb` hangs in, nearest first, each a verb standing at or before token `last` with a subject
        before it that is no relative word: (that verb, its subject), the main clause's subject a speaker repair
        climbs to (`X said the law hurts them, adding ...`: `said`, X)."""
        for ancestor in verb.ancestors:
            if ancestor.pos_ not in ("VERB", "AUX") or ancestor.i > last:
                continue
            subj = next((c for c in ancestor.children if c.dep_ in ("nsubj", "nsubjpass")
                         and c.tag_ not in ("WDT", "WP") and c.i < ancestor.i), None)
            if subj is not None:
                yield ancestor, subj

    def own_words(self, r: Reading, cue: Cue) -> Span | None:
        """`De Blasio repeated his claim that X`, `Jane Roe reiterated her view that Y`: a statement noun whose
        possessor is a pronoun, the object of a reporting verb of the lexicon that takes a clause, not an object to
        judge (`repeat`, `signal`; not `dismissed his claim`, `criticized her view`, whose object is often another's),
        is the words of that verb's subject, which the pronoun stands for where it agrees with it (PolNeAR marks the
        subject as the source)."""
        owner = cue.speaker
        token = cue.token
        if owner is None or len(owner) != 1 or owner.root.head != token or owner.root.dep_ != "poss" \
                or owner.root.lower_ not in self.OWNERS or token.dep_ != "dobj":
            return None
        verb = token.head
        entry = self.verbs.get(verb.lemma_.lower())
        if verb.pos_ != "VERB" or entry is None or entry.get("object") or entry.get("stance", "assert") != "assert":
            return None
        return self.pronoun_subject(r, verb, owner, self.OWNERS[owner.root.lower_])

    def pronoun_subject(self, r: Reading, verb: Token, pronoun: Span, owns: str) -> Span | None:
        """The subject of `verb` before `pronoun`, outside any statement, holding views, that the pronoun (of person
        or number `owns`) can stand for: not a named person the text gives the other gender (`Jane Roe repeated his
        claim`, where the text calls her `she`)."""
        subject = self.subject(verb, r.para(verb.idx))
        if subject is None or subject.end > pronoun.start or r.statement_at(subject.start_char) is not None \
                or not self.holds_views(subject):
            return None
        return subject if self.same_one(r, owns, subject) else None

    def same_one(self, r: Reading, owns: str, subject: Span) -> bool:
        """Whether a pronoun of person or number `owns` can stand for `subject` (`agrees`), not a named person the
        text gives the other gender."""
        named = self.named_actor(r.doc, subject) if owns in ("m", "f") else None
        if named is not None and self.person_genders(r).get(named, owns) != owns:
            return False
        return self.agrees(owns, subject)

    SUBJECT_OWNERS = {"he": "m", "she": "f", "they": "plural"}

    def object_clause_owner(self, r: Reading, cue: Cue) -> Span | None:
        """`Jane Roe spoke out against what she terms a racket`, `X pointed at what he called Y`, `X set out what he
        thinks are Y`, `X outlined how she thinks Y`: a cue whose subject is a personal pronoun right after `what` or
        `how`, in a clause that another verb takes (after it or its preposition), where the pronoun agrees with that
        verb's subject, is that subject's: attribution corpora (PolNeAR) mark the clause as the content of that verb,
        whose subject is the source; the actor is the one the pronoun stands for. Not after an asking verb (`X asked
        what she thinks`), nor a relative clause on an object (`the senator, who he dubbed Y`: PolNeAR marks `he`)."""
        phrase = cue.speaker
        token = cue.token
        if phrase is None or len(phrase) != 1 or phrase.root.lower_ not in self.SUBJECT_OWNERS \
                or phrase.root.head != token or phrase.root.dep_ != "nsubj":
            return None
        before = token.doc[phrase.root.i - 1] if phrase.root.i > 0 else phrase.root
        wh = before.lower_ in ("what", "how") and before.tag_ in ("WP", "WRB")  # `what she calls`, `how he thinks`
        if token.dep_ == "pcomp" and wh and token.head.dep_ == "prep":
            verb = token.head.head  # `spoke out against what she terms`
        elif token.dep_ == "ccomp" and wh:
            verb = token.head  # `set out what he thinks are`
        else:
            return None
        if verb.pos_ not in ("VERB", "AUX") or verb.i > token.i or verb.lemma_.lower() in self.asking_verbs:
            return None
        return self.pronoun_subject(r, verb, phrase, self.SUBJECT_OWNERS[phrase.root.lower_])

    BREAKS = DASHES | {":", ";"}
    """What sets a clause off as a statement of its own, whatever the parse hung it on."""
    EMBEDDED_PATH = {"ccomp", "xcomp"}
    """How a clause hangs in the one above it as what that one says or thinks (`X said she believes Y`, `X is
    letting the voters know he believes Y`): not a clause of time or reason (`X was booed when she said Y`), a relative
    clause (`spending, which they argue spurs Y`), a clause coordinated with it or set beside it (`X said A, and he
    added B`): there PolNeAR marks the pronoun."""

    def embedded_owner(self, r: Reading, cue: Cue) -> Span | None:
        """`Jane Roe said she believes X`, `Roe told reporters she thinks X`: a cue whose own
        subject is a personal pronoun, in a clause that is what another verb says or thinks (`EMBEDDED_PATH`), whose
        subject (its own, or one it shares with a verb it is coordinated with) holds views and agrees with the
        pronoun, is that subject's: attribution corpora (PolNeAR) mark the embedded clause as what the outer one
        attributes, and its subject as the source; the actor is the one the pronoun stands for. Not under an asking
        verb (`X asked what he thinks`: the one asked answers), nor where another who could be meant stands between
        (`rival`), nor after a dash or a colon (`X noted that A - he wrote B`: a statement of its own), nor for
        another pronoun (it names no one more plainly)."""
        phrase = cue.speaker
        token = cue.token
        if phrase is None or len(phrase) != 1 or phrase.root.lower_ not in self.SUBJECT_OWNERS \
                or phrase.root.head != token or phrase.root.dep_ != "nsubj":
            return None
        if phrase.root.i > 0 and token.doc[phrase.root.i - 1].text in self.BREAKS:
            return None  # `X noted that A - he wrote B`: a dash starts a statement of its own
        owns = self.SUBJECT_OWNERS[phrase.root.lower_]
        current = token
        while current.head.i != current.i and (current.dep_ in self.EMBEDDED_PATH or current is not token
                                               and current.dep_ == "conj"):  # `X objects and keeps telling voters
            current = current.head  # he believes Y`: the verb it shares its subject with
            if current.pos_ not in ("VERB", "AUX") or current.i > phrase.root.i:
                continue
            if current.lemma_.lower() in self.asking_verbs:
                return None
            subj = next((c for c in current.children if c.dep_ in ("nsubj", "nsubjpass")
                         and c.tag_ not in ("WDT", "WP") and c.i < current.i), None)
            if subj is None:
                continue
            main = noun_phrase(subj, r.para(token.idx))
            ok = self.holds_views(main) and r.statement_at(main.start_char) is None and self.same_one(r, owns, main)
            return main if ok and main.root.pos_ != "PRON" and not self.rival(r, main, phrase, owns) else None
        return None

    def rival(self, r: Reading, main: Span, pronoun: Span, owns: str) -> bool:
        """Whether another who could speak and agrees with the pronoun stands between its candidate antecedent and
        it (`Jane Roe questioned the senator after he said X`: the senator may be the one), so it stays a pronoun."""
        doc = pronoun.doc
        for k in range(main.end, pronoun.start):
            t = doc[k]
            if t.pos_ in ("NOUN", "PROPN", "PRON") and t.dep_ not in ("compound", "poss") and t not in main:
                other = noun_phrase(t, r.para(t.idx))
                if self.holds_views(other) and self.agrees(owns, other):
                    return True
        return False

    def conjunct_owner(self, r: Reading, cue: Cue) -> Span | None:
        """`Jane Roe said she found the plan weak and called it a mistake`: a finite cue with no subject of its own,
        coordinated with a verb in a clause another verb takes, whose subject is a personal pronoun that agrees with
        that verb's subject, is that subject's (PolNeAR marks the main clause's subject, the one the pronoun stands
        for); not where the pronoun can stand for nobody there."""
        token = cue.token
        phrase = cue.speaker
        if phrase is None or token.dep_ != "conj" or token.tag_ not in ("VBD", "VBZ", "VBP") \
                or any(c.dep_ in SUBJECT_DEPS for c in token.children):
            return None
        root = phrase.root
        owns = self.SUBJECT_OWNERS.get(root.lower_)
        verb = root.head
        if owns is None or root.dep_ != "nsubj" or len(phrase) > 2 or verb not in token.ancestors \
                or verb.dep_ not in ("ccomp", "advcl", "pcomp"):
            return None
        for _, subj in self.subjects_above(verb, root.i):
            main = noun_phrase(subj, r.para(token.idx))
            ok = self.holds_views(main) and r.statement_at(main.start_char) is None and self.same_one(r, owns, main)
            return main if ok and main.root != root else None
        return None

    def view_holder(self, r: Reading, phrase: Span) -> Span | None:
        """The phrase where it can hold views (`holds_views`) and stands outside any statement, else None."""
        return phrase if self.holds_views(phrase) and r.statement_at(phrase.start_char) is None else None

    BESIDE_CUE = {"aux", "auxpass", "neg", "advmod", "advcl", "prep", "npadvmod", "punct", "mark"}
    """What may stand between a subject and its verb (`X, as she did last year, opposed`, `X has long said`)."""

    def conjunct_subject(self, r: Reading, cue: Cue) -> Span | None:
        """The subject of a clause coordinated after another one, which the parse did not give the cue: a finite cue
        after an earlier conjunct with a subject of its own (`A called for X, and B denounced Y and said Z`: B said
        it), or after a noun the parse hung on the other clause's object right after its `and` (`A backed the plan
        and B, after a delay, opposed it`)."""
        token = cue.token
        if token.dep_ not in ("conj", "advcl") or token.tag_ not in ("VBD", "VBZ", "VBP") \
                or any(c.dep_ in SUBJECT_DEPS for c in token.children):
            return None
        doc = token.doc
        para = r.para(token.idx)
        head = token.head
        if token.dep_ == "conj":
            sibling = next((c for c in reversed(list(head.children)) if c.dep_ == "conj" and c.i < token.i
                            and c.pos_ in ("VERB", "AUX")), None)
            subj = next((c for c in sibling.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < sibling.i
                         and c.tag_ not in ("WDT", "WP")), None) if sibling is not None else None
            if subj is not None:
                phrase = noun_phrase(subj, para)
                return self.view_holder(r, phrase)
        beside = {t.i for c in [*token.children, *head.children] if head.i < c.i < token.i
                  and c.dep_ in self.BESIDE_CUE for t in c.subtree}  # `X and Y, after a delay, opposed`
        k = token.i - 1
        while k > head.i and (k in beside or doc[k].is_punct):
            k -= 1
        noun = doc[k]  # the last word of the noun phrase, mostly its head (`the governor`, `Jane Roe`)
        if not head.i < noun.i < token.i or noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN", "PRON") \
                or not any(c.dep_ == "cc" for c in noun.head.children if c.i < noun.i) \
                or noun.head.dep_ not in ("dobj", "pobj", "attr", "conj"):
            return None
        phrase = noun_phrase(noun, para)
        if phrase.end_char > doc[k].idx + len(doc[k]) + 1 or phrase.start < noun.head.i:
            return None
        return self.view_holder(r, phrase)

    def agrees(self, owner: str, subject: Span) -> bool:
        """Whether a possessive pronoun (`OWNERS`: his, her, their, its) can stand for a subject: a person for his or
        her (a name, a singular person noun, `he` or `she` alike), many for their, one non-person for its."""
        root = subject.root
        plural = root.tag_ in ("NNS", "NNPS") or root.lower_ in ("they", "we") or any(
            c.dep_ == "conj" for c in root.children)
        if owner == "plural":
            return plural
        if plural:
            return False
        person = root.ent_type_ == "PERSON" or root.pos_ == "PROPN" and not root.ent_type_ \
            or root.lower_ in ("he", "she") or self.speaker_nouns.get(root.lemma_.lower()) == "person"
        if owner == "it":
            return not person and root.lower_ not in ("i", "you")
        return person and GENDERED.get(root.lower_, owner) == owner
