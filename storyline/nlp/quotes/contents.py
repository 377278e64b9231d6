"""The contents of reporting cues: the reported clause, the object of a verb, what a naming verb calls its
object, a clause around an interrupting cue; each cut where another statement or the reporter's gloss begins."""

from spacy.tokens import Span, Token

from storyline.nlp.grammar import has_to
from storyline.nlp.quotes.lexicon import CueLexicon, circumstance, finite
from storyline.nlp.quotes.spans import (
    CONTENT_OBJECT_DEPS,
    DEMONSTRATIVES,
    LEAD_CONJUNCTIONS,
    SENTENCE_END,
    SET_OFF,
    SUBJECT_DEPS,
    Cue,
    relay_comma,
    span_content,
    statement_clauses,
    that_after,
)

SET_OFF_MARKS = {"because", "since", "if", "unless", "although", "though", "so"}
"""Conjunctions opening a clause set off after a cue that goes on with what was said (`..., he said, because ...`)."""

APPROXIMATE = {"about", "around", "over", "under", "nearly", "roughly"}
FRACTIONS = {"half", "third", "quarter", "fifth", "majority", "most", "percent", "dozen"}
"""An amount parsed as a preposition and its object (`about half`, `over a third`): a clause's subject."""

SUBORDINATORS = {"while", "whereas", "although", "though", "because", "since", "if", "unless", "when", "as"}
"""Words opening a clause before a cue that frames its sentence (`While A, X said B`), not a clause it reports."""

CONTRAST_MARKS = {"while", "whereas", "although", "though"}
"""Words opening a clause set off by a comma after a reported clause that sets another speaker's statement beside it
(`said A, while others said B`, `A, whereas Y acknowledged B`, `A, even as Z doubts B`): a second statement, not part of
the first (`clause_end`)."""

FRAMING_WORDS = {"though", "although", "while", "whereas", "despite"}
"""Words opening a clause or phrase that sets a contrasting view before the statement of a sentence (`Though X argues
A, B`, `Despite X's insistence that A, B`)."""

PERSON_OBJECTS = {"him", "her", "them", "me", "us"}
"""Personal pronouns that stand for the person a stance is taken toward (`endorsed her`, `opposed him`)."""

PERSONAL_SUBJECTS = {"he", "she", "they", "i", "we", "you"}
"""Subjects of a reported clause that can carry on its verbs (`said he has not held dinners and never called a
donor`: what he says he did not do)."""

NAMING_DEPS = {"oprd", "xcomp", "attr", "ccomp", "dobj", "advcl"}
"""What a naming verb's object is called (`called him a moderate`: `moderate` is often parsed `oprd` or `dobj`)."""


DISCOURSE_NOUNS = {"fact", "particular", "course", "addition", "short", "general", "sum", "turn", "contrast"}
"""Nouns of the phrases that link a sentence to the one before (`in fact`, `of course`, `in turn`), no part of what a
cue set inside the sentence reports."""

PREDICATED_PRONOUNS = {"him", "her", "them", "us", "me", "himself", "herself", "themselves", "itself", "it"}
"""Pronoun objects a following phrase can tell something of (`praised her for X`, `viewed it as Y`)."""
PREDICATE_PREPS = {"as", "for", "of", "with", "from"}
"""Prepositions of that phrase (`as an outsider`, `for siding with X`, `of stealing jobs`, `with convening X`)."""


AMOUNT_TYPES = {"MONEY", "CARDINAL", "QUANTITY", "PERCENT"}
"""Entity types of an amount (`over 60 percent`, `$70 per square foot`)."""

class CueContents(CueLexicon):
    """The content half of `CueFinder`: what a cue attributes, as character offsets."""

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

    def verb_content(self, token: Token, particle: Token | None, entry: dict) -> tuple[int, int] | None:
        """The reported clause, the object of `deny`-like verbs, what follows a colon, or the host clause."""
        doc = token.doc
        relative = next((c for c in token.children if c.dep_ == "dobj" and c.tag_ in ("WDT", "WP")), None)
        if token.dep_ == "relcl" and relative is not None and entry.get("stance") == "deny":
            return span_content(doc, token.head.left_edge.i, token.right_edge.i)  # `something that Iran denies`
        clauses = [c for c in token.children if c.dep_ == "ccomp" or c.dep_ == "advcl" and c.i > token.i
                   and any(m.dep_ == "mark" and m.lower_ == "that" and doc[m.i - 1].text == "," for m in c.children)]
        clauses = sorted(clauses + statement_clauses(token), key=lambda c: c.i)  # `said in a statement that ...`
        if any(c.i > token.i for c in clauses):  # `A; by comparison, X argued that B`, `A — X told Y that B`: B alone
            clauses = [c for c in clauses if c.i > token.i or not any(
                t.text in (";", "—", "–", "--") for t in doc[self.last_word(c) + 1 : token.i])
                and c.left_edge.lower_ not in SUBORDINATORS] or clauses  # `While A, X said B`: B alone
        elif clauses and self.own_complement(token, particle):
            clauses = []  # `A; the FBI recorded him doing B`, `A; she had said the same thing`: what follows the cue
        if clauses:
            subject = next((c for c in clauses[0].children if c.dep_ in SUBJECT_DEPS | {"expl"}), None)
            if token.dep_ == "relcl" and (subject is None or subject.tag_ in ("WDT", "WP")):
                return None  # `ships that it said crossed the line`
            content = self.clause_content(*clauses)
            if content and clauses[0].i < token.i:  # `S1, and S2, he added`: the whole sentence before
                rest = self.set_off_rest(token)  # `X, her advisers said, because Y`: and the rest after it
                end = span_content(doc, rest[0] + 1, rest[1]) if rest is not None else None
                cut = self.past_framed(doc, token.sent.start, clauses[0].right_edge.i)  # `Though X argues A, B, Y says`
                start = min(content[0], token.sent[0].idx) if cut == token.sent.start else doc[cut].idx
                return start, end[1] if end else content[1]
            if content:  # the rest of the sentence, up to a further attribution (`, adding ...`, `, X reports`)
                first = clauses[0].left_edge if clauses[0].dep_ == "ccomp" else next(
                    m for m in clauses[0].children if m.dep_ == "mark")  # not `citing X, that ...`
                bare = clauses[0].dep_ == "ccomp" and not any(  # `said about half of it reflected ...`: the
                    c.dep_ in SUBJECT_DEPS | {"expl"} for c in clauses[0].children)  # subject parsed as a phrase
                stray = next((c for c in token.children if (c.dep_ in ("dobj", "nsubj") or bare and self.amount(c))
                              and token.i < c.i < first.i and token.lemma_.lower() != "tell"), None)
                if stray is not None:  # `said about half of it reflected ...`: the clause's subject parsed as object
                    first = stray.left_edge
                return span_content(doc, first.i, self.clause_end(token, clauses[0]))
            return None
        if not entry:  # `say taxing consumption encourages growth`: a clause the parse hung under another word
            stray = self.stray_clause(token)
            if stray is not None:
                return span_content(doc, stray.left_edge.i, self.clause_end(token, stray))
        if entry.get("clause") and not entry.get("object"):  # `..., he believes, ...`, not `expects something`
            if self.as_report(token) and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in token.children):
                return self.content_without(token.head, token)  # `As POLITICO revealed, Y`, `Y, as some hope`
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
        if (joined or token.dep_ == "ROOT") and self.own_complement(token, particle):
            return None  # `A, and she said the same thing`: what follows the cue, read from its object
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
            return span_content(doc, self.past_framed(doc, token.sent.start, comma - 1), comma - 1)
        return None

    def past_framed(self, doc, first: int, last: int) -> int:
        """Where a content before its cue starts once a leading concessive or contrasting clause that holds an
        attribution of its own is left out (`Though Republicans boast of A, there is no B, scientists say`: no B; `While
        X argues A, B, Y says`): that clause is X's statement, not one the later cue reports (one attribution per
        word); `first` where there is none."""
        i = first
        while i < last and (doc[i].lower_ in LEAD_CONJUNCTIONS or doc[i].is_punct or doc[i].is_space):
            i += 1
        word = doc[i]
        if word.lower_ not in FRAMING_WORDS:
            return first
        top = word if word.dep_ == "prep" else word.head
        end = top.right_edge.i
        if top.i < i or end + 1 >= last or doc[end + 1].text != "," or not any(
                self.is_cue_verb(t) or t.lemma_.lower() in self.nouns for t in doc[i : end + 1]):
            return first
        return end + 2

    @staticmethod
    def last_word(clause: Token) -> int:
        """The last token of a clause that is not punctuation the parse hung on it (`A —`, `A;`)."""
        end = clause.right_edge.i
        while end > clause.i and (clause.doc[end].is_punct or clause.doc[end].is_space):
            end -= 1
        return end

    def own_complement(self, token: Token, particle: Token | None) -> bool:
        """Whether a cue the parse gave a clause before it (`A; the FBI recorded him doing B`, `A, but he urged
        them to B`, `A; she had said the same thing`) carries a complement of its own after it: a clause or an
        infinitive with words of its own, an object that is not whom it was said to nor when (`A, he told
        reporters`, `A, she assured voters`, `A, he warned Smith`, `A, he said Friday` keep A), or the object of its
        particle (`railed against it`; not `to` but in a lexicon entry, `point to`), before any other preposition
        and not set off by a comma. Then the clause before is a sentence of its own the parse joined to the cue, not
        what the cue reports."""
        doc = token.doc
        for c in token.rights:
            if doc[c.left_edge.i - 1].text in SET_OFF:
                continue  # `"A," McCain said, asked about B`: a participle set off, the circumstance of the cue
            if c.dep_ == "ccomp" or c.dep_ == "xcomp" and any(
                    g.dep_ not in ("aux", "advmod", "neg", "punct") for g in c.children):
                return True
            if c.dep_ == "dobj" and token.lemma_.lower() != "tell" and not circumstance(c) \
                    and c.lower_ not in PREDICATED_PRONOUNS and c.pos_ != "PROPN" and c.ent_type_ not in (
                        "PERSON", "ORG", "NORP", "GPE") and c.lemma_.lower() not in self.people_nouns:
                return True
            if particle is not None and c == particle and c.dep_ == "prep" and any(
                    g.dep_ in ("pobj", "pcomp") for g in c.children) and (
                    c.lower_ != "to" or f"{token.lemma_.lower()} to" in self.verbs):
                return True  # not `A, top aide implies to party leaders`: whom it was said to
            if c.dep_ == "prep":
                return False  # `A, X said during a speech to be B`: what follows where or when is no complement
        return False

    @staticmethod
    def as_report(token: Token) -> bool:
        """A cue in an `as` clause set off from the clause it reports (`As POLITICO revealed, Y`, `Y, as some
        hope`), with a subject of its own (not `as opposed to`): the test `verb_content` makes of any verb at its
        end, asked first of a verb of the mind, which reports no clause of its own there."""
        doc = token.doc
        return token.dep_ == "advcl" and token.head.pos_ in ("VERB", "AUX") and token.head.i != token.i and any(
            c.dep_ == "mark" and c.lower_ == "as" and c.i < token.i and (
                c.i == token.sent.start or doc[c.i - 1].text in SET_OFF) for c in token.children) and any(
            c.dep_ == "nsubj" and c.i < token.i for c in token.children)

    @staticmethod
    def amount(token: Token) -> bool:
        """An amount the parse took for a preposition (`about half of it`, `over 60 percent`, `around a third`)."""
        return token.dep_ == "prep" and token.lower_ in APPROXIMATE and any(
            c.dep_ == "pobj" and (c.like_num or c.ent_type_ in AMOUNT_TYPES
                                  or c.lemma_.lower() in FRACTIONS) for c in token.children)

    def clause_end(self, token: Token, clause: Token) -> int:
        """The last token of a clause reported after its cue: the rest of the sentence, up to a further
        attribution set off by a comma or a closing mark (`, adding ...`, `, per X`, `," officials told CNN`) or
        coordinated with a verb of saying and a speaker of its own (`said A, but officials said B`, `and one in four
        said B`) or set beside it by a contrastive mark after a comma (`said A, while others said B`, `, even as aides
        warned B`)."""
        doc = token.doc
        last = max(clause.right_edge.i, token.sent.end - 1)
        if token.dep_ in ("relcl", "acl"):  # `Jones, who says she is innocent, could ...`
            return clause.right_edge.i
        ancestors = set(token.ancestors)
        if self.runs_on(token, clause):  # `said A; B`, `argued that A: B`: the parse made B the sentence's root
            ancestors.discard(token.head)
        for t in doc[clause.i + 1 : last + 1]:
            if t.i > clause.right_edge.i and (t in ancestors or t.dep_ in SUBJECT_DEPS and t.head in ancestors):
                return t.i - 1  # `X, who insists [...], said: ...`: the sentence goes back to the main clause
            if self.set_off_participle(t) and not self.inner_participle(token, clause, t):
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
            if k > clause.i + 1 and subj is not None and subj.lower_ not in ("that", "this") and (
                    t.dep_ == "conj" or t.dep_ == "ccomp" and t.head == token and t.i > clause.right_edge.i) \
                    and doc[k].dep_ == "cc" \
                    and doc[k].lower_ in ("and", "but", "yet") and self.verbs.get(t.lemma_.lower()) == {}:
                return min(last, k - 1)  # `said A, but officials said B`: a second statement, its own speaker (a
                # plain verb of saying; not a belief or intention, `A, but a judge refused to let them`); the parse may
                # hang it on the cue as a second clause (`six in 10 said A, and three-quarters said B`)
            if k > clause.i + 1 and subj is not None and subj.lower_ not in ("that", "this", "which", "who") \
                    and (comma := self.contrast_comma(doc, k)) is not None and comma > clause.i:
                return min(last, comma)  # `said A, while others said B`: a statement set beside the first, its own
        return last

    @staticmethod
    def contrast_comma(doc, k: int) -> int | None:
        """The comma before a contrastive mark at `k` (`, while`, `, whereas`, `, although`, `, even as`, `, even
        though`) that opens a clause of a speaker of its own; None where `k` opens no such clause."""
        word = doc[k].lower_
        if word not in CONTRAST_MARKS and not (word == "as" and doc[k - 1].lower_ == "even"):
            return None
        before = k - 2 if doc[k - 1].lower_ == "even" else k - 1
        return before if before >= 0 and doc[before].text in (",", ";", "—", "–") else None

    @staticmethod
    def runs_on(token: Token, clause: Token) -> bool:
        """`said the problem was A; the problem was B`, `argued that A: his words were B`: a cue the parse hung as the
        clause of a root after a semicolon or colon that ends what it reports, so its content goes on over the
        punctuation to the sentence's end, as news reading counts what the cue introduces."""
        head = token.head
        if token.dep_ != "ccomp" or head.i <= clause.right_edge.i or head.head != head:
            return False
        doc = token.doc
        mark = clause.right_edge.i + 1
        while mark < head.i and doc[mark].is_space:
            mark += 1
        return mark < head.i and doc[mark].text in (";", ":") and not any(
            t.text in (";", ":") or t.is_quote for t in doc[mark + 1 : head.i])

    def person_object(self, token: Token, particle: Token | None, obj: Token) -> bool:
        """A personal pronoun as the object of a verb of a stance toward a person (`person_stance_verbs`: `Brown
        endorsed her`, `most voters opposed him`, `critics defended them`): the stance toward that person is the
        statement, as PolNeAR counts it; not a verb whose object is an addressee (`told him`, `asked her`)."""
        return particle is None and obj.lower_ in PERSON_OBJECTS and token.lemma_.lower() in self.person_stance_verbs

    def object_content(self, token: Token, particle: Token | None) -> tuple[int, int] | None:
        """`deny supplying drones ...`, `condemned X as Y`, `called for a halt`: the object and what follows."""
        if particle is not None and particle.dep_ == "prep":
            objects = [c for c in particle.children if c.dep_ == "pobj" or c.dep_ == "pcomp" and c.tag_ == "VBG"]
            # `called for doubling the caps`, `cautioned against drawing lessons`: a gerund is what was called for
        else:
            objects = [c for c in token.rights if c.dep_ in CONTENT_OBJECT_DEPS]
        if not objects or objects[0].pos_ == "PRON" and not self.predicated(token, objects[0]) \
                and not self.person_object(token, particle, objects[0]) or any(
                c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in objects[0].children):
            return None  # `reject that idea`: the claim is elsewhere; not `praised her for X` (`predicated`)
        first = objects[0]
        doc = token.doc
        if first.pos_ == "PRON" and not self.predicated(token, first):
            return span_content(doc, first.i, first.i)  # `endorsed her on Monday`: the person, not when or where
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
            if (self.is_cue_verb(child) and not self.object_infinitive(child) or self.set_off_participle(child)) \
                    and not self.asked_question(token, child):
                break  # `condemned X, urging Y`; not `urged X to find Y`: what X was urged to do
            if circumstance(child) and not self.object_predicate(child):
                continue  # `blasted the plan during a debate`, `... last week`: when and where, not what
            if child.dep_ == "conj" and self.second_act(token, child) or child.dep_ == "cc" and any(
                    c.dep_ == "conj" and c.i > child.i and self.second_act(token, c) for c in token.rights):
                break  # `proposed X and has even offered to Y`, `railing against X and fighting to Y`: another act
            if child.dep_ == "advcl" and doc[child.left_edge.i - 1].text in SET_OFF and any(
                    c.dep_ == "mark" and c.i == child.left_edge.i for c in child.children):
                break  # `approve of X, although Y`: the reporter's aside
            last = max(last, child.right_edge.i)
        if last == first.right_edge.i and token.lemma_.lower() in self.asking_verbs and self.addressee(first):
            return None  # `"Why?" Lee asked the voters`, `I asked the senator`: whom it was asked, not what
        return span_content(doc, first.left_edge.i, self.subject_run_on(token, first, last))

    def addressee(self, obj: Token) -> bool:
        """An asking verb's object that is only someone to ask (`asked the voters`, `asked Lee`, `asked the party`):
        a name or a noun of people, with no verb in its phrase (not `asked the voter who he backed`, a question)."""
        if any(t.pos_ in ("VERB", "AUX") for t in obj.subtree):
            return False
        lemma = obj.lemma_.lower()
        return obj.pos_ == "PROPN" or obj.ent_type_ in ("PERSON", "ORG", "NORP") or lemma in self.people_nouns \
            or self.speaker_nouns.get(lemma) in ("person", "government", "organization")

    def asked_question(self, token: Token, clause: Token) -> bool:
        """Whether `clause` is the question an asking verb puts to its object (`asked the voters if they believed X`,
        `asked her what she thought of Y`): opened by `if`, `whether` or a wh-word right after the object, not set off
        by a comma. Its verb is what was asked about, no view of the one asked, though it be a cue verb."""
        if token.lemma_.lower() not in self.asking_verbs or clause.dep_ not in ("advcl", "ccomp") \
                or clause.left_edge.i <= token.i:
            return False
        opener = clause.doc[clause.left_edge.i]
        return clause.doc[opener.i - 1].text not in SET_OFF and (
            opener.lower_ in ("if", "whether") or opener.tag_ in ("WDT", "WP", "WRB"))

    @staticmethod
    def subject_run_on(token: Token, first: Token, last: int) -> int:
        """The last token of a cue's object that is in truth the subject of a clause the parse hung elsewhere
        (`saying a state law [is hurting the economy]`, `promising the group [will return to its roots]`,
        `vowed to act fast [should she carry the vote]`): an auxiliary or a finite verb right after the
        object, with no mark between, starts that clause's predicate, and what was said runs to its end in the
        sentence. Not a verb with a subject of its own before it, nor one the cue hangs under (`a petition calling on
        him to resign [has reached] 500 names`: the cue is in that verb's subject), unless inverted (`should he`)."""
        doc = first.doc
        nxt = last + 1
        if nxt >= len(doc) or doc[nxt].sent != first.sent or doc[nxt].is_punct or doc[nxt].tag_ == "TO" or not (
                doc[nxt].dep_ in ("aux", "auxpass") or doc[nxt].tag_ in ("MD", "VBZ", "VBD", "VBP")
                and doc[nxt].dep_ not in ("relcl", "acl", "conj", "amod", "compound")):
            return last
        verb = doc[nxt].head if doc[nxt].dep_ in ("aux", "auxpass") else doc[nxt]
        if verb.i < nxt or verb in first.subtree or verb.pos_ not in ("VERB", "AUX"):
            return last
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS | {"expl"}]
        inverted = bool(subjects) and all(s.i > nxt for s in subjects)
        if any(s.i < nxt for s in subjects) or verb in token.ancestors and not inverted:
            return last
        end = verb.right_edge.i
        return end if end < first.sent.end else last

    @staticmethod
    def second_act(token: Token, conj: Token) -> bool:
        """A verb coordinated with a cue after its object: finite (`proposed X and has even offered to Y`) or of the
        cue's own form (`railing against X and fighting to Y`, `to promote X and attack Y`): the speaker's next act,
        not part of what the cue reports; not a clause with its own subject (`looked at X and whether Y was done`), nor
        a member of a list the parse hung on the cue (`see X as a way to fix Y, increase Z and address W`)."""
        doc = token.doc
        return finite(conj) or conj.pos_ in ("VERB", "AUX") and conj.tag_ == token.tag_ and not any(
            c.dep_ in SUBJECT_DEPS for c in conj.children) and not any(
            c.dep_ == "conj" and doc[c.left_edge.i - 1].text == "," for c in token.rights)

    @staticmethod
    def predicated(token: Token, obj: Token) -> bool:
        """A personal pronoun object that a phrase after it tells something of (`praised her for changing her
        position`, `cast himself as an outsider`, `accused him of X`, `asked them to draft Y`): the pronoun and that
        phrase are what was said, as PolNeAR marks them; not `it`, `that` or `what` standing for a claim elsewhere."""
        if obj.lower_ not in PREDICATED_PRONOUNS:
            return False
        return any(c.i > obj.i and (c.dep_ == "prep" and c.lower_ in PREDICATE_PREPS and any(
            o.dep_ in ("pobj", "pcomp") for o in c.children) or c.dep_ in ("xcomp", "oprd") and c.pos_ != "ADV")
            for c in token.children)

    @staticmethod
    def object_infinitive(child: Token) -> bool:
        """An infinitive or gerund right after a cue's object, not set off, that says what the object is to do or
        does (`urged the banks [to reach] a settlement`, `pointed to Obama [endorsing] Clinton`): part of the
        content, though its verb is a cue's (`condemned X, urging Y` is another statement)."""
        doc = child.doc
        if doc[child.left_edge.i - 1].text in SET_OFF or doc[child.left_edge.i - 1].is_quote:
            return False
        if child.tag_ == "VBG":
            return child.dep_ in ("advcl", "xcomp", "acl") and child.left_edge == child
        return child.dep_ == "xcomp" and child.tag_ == "VB" and has_to(child)

    @staticmethod
    def object_predicate(child: Token) -> bool:
        """An adverb after a cue's object with a complement of its own, which says where the object stands (`shows
        Jane Roe [12 points ahead of Lee]`, `has her [well behind] the leader`): what the cue reports of the object,
        not when it was said."""
        if child.dep_ != "advmod" or any(t.ent_type_ in ("DATE", "TIME") for t in child.subtree):
            return False  # `ahead of next week's primary`: when
        return any(c.dep_ in ("prep", "npadvmod") for c in child.children)

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

    def inner_participle(self, token: Token, clause: Token, t: Token) -> bool:
        """A participle set off inside the reported clause that goes on with what was said (`say officers still
        scrutinize the area, handing out penalties`, `said he spent 20 minutes, standing beside the leader`): hung
        below the clause's verb, not on the cue, and no verb of saying, inference or reference (`, adding ...`,
        `, signaling ...`, `, referring to ...` stay the reporter's gloss)."""
        lemma = t.lemma_.lower()
        if t.head == token or lemma in self.inferential_verbs or lemma in self.gloss_verbs or any(
                key == lemma or key.startswith(lemma + " ") for key in self.verbs):  # `, pointing to X`
            return False
        head = t.head
        while head != clause and head.head != head and head != token:
            head = head.head
        return head == clause

    def second_statement(self, token: Token, clause: Token, t: Token) -> bool:
        """A verb coordinated with the cue (`said A and promised B`), or a reporting verb without a subject of
        its own that the parse coordinated with the reported clause (`said [A and promised B]`)."""
        if t.dep_ != "conj" or t.pos_ not in ("VERB", "AUX") or any(c.dep_ in SUBJECT_DEPS | {"expl"}
                                                                    for c in t.children):
            return False  # `said A, but Moscow had used B`, `said A, and there was B`: a clause of its own goes on
        if t.head == token:
            return t.i > clause.right_edge.i and not self.held_despite(token, t)
        if t.head != clause or t.lemma_.lower() not in self.verbs:
            return False
        subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None or subject.lower_ not in PERSONAL_SUBJECTS:
            return True  # `said the plan would fail and promised B`: the plan promises nothing, the speaker does
        if self.held_despite(token, t):
            return False
        cc = next((c for c in clause.children if c.dep_ == "cc" and c.i < t.i), None)
        return t.tag_ == "VBG" or cc is not None and cc.lower_ in ("but", "yet") or t.lemma_ == token.lemma_ or (
            t.i + 1 < len(t.doc) and t.doc[t.i + 1].text in (",", ":"))

    def held_despite(self, token: Token, t: Token) -> bool:
        """A verb of what someone believes, feels or knows (a lexicon entry that takes a clause and no object:
        `fear`, `understand`, `find`), not an act (`deny`, `refuse`), set after `but` or `yet` in what a verb of
        saying reports (`said she was relieved but still feared X`, `said he could not back Y but understood why
        others did`): the other side of what was said, which only the speaker's words can tell, so it goes on with
        it. Not after a verb of belief (`thinks A, but believes B`: two views, each its own)."""
        if self.verbs.get(token.lemma_.lower(), {}).get("clause"):
            return False
        entry = self.verbs.get(t.lemma_.lower()) or {}
        cc = next((c for c in t.head.children if c.dep_ == "cc" and c.i < t.i), None)
        return cc is not None and cc.lower_ in ("but", "yet") and bool(entry.get("clause")) and not entry.get("object")

    def naming_content(self, token: Token) -> tuple[int, int] | None:
        """`called him a moderate`, `described them as peaceful`: an object and what it is called."""
        obj = next((c for c in token.rights if c.dep_ == "dobj"), None)
        if obj is None:  # `Lisbon, which she calls her real home`, `what he calls the cartel`: the relative
            obj = next((c for c in token.lefts if c.dep_ == "dobj" and c.tag_ in ("WDT", "WP")), None)
        if obj is None:
            return None
        complement = next((c for c in token.rights if c.i > obj.i and not self.set_off_participle(c) and (
            c.dep_ in NAMING_DEPS or (c.dep_ == "prep" and c.lower_ == "as"))), None)
        if complement is None:
            return None
        return span_content(token.doc, obj.left_edge.i, complement.right_edge.i)

    def clause_content(self, *clauses: Token) -> tuple[int, int] | None:
        """The clauses' words without a hearsay marker hanging off their end (`..., per the Times`)."""
        doc = clauses[0].doc
        last = max(c.right_edge.i for c in clauses)
        for clause in clauses:
            for child in clause.rights:
                if self.source_marker(child) and child.i > clause.i:
                    last = min(last, child.left_edge.i - 1)
        return span_content(doc, min(c.left_edge.i for c in clauses), last)

    def set_off_rest(self, cue: Token) -> tuple[int, int] | None:
        """The words after a cue set off by a comma that the parse hung on the cue but that go on with what was said
        (`X, advisers say, [to take cues from Y]`, `X, his aides said Monday, [since he knows Y]`): the
        comma after the cue's phrase and the last token of those words; None for none. Not a participle (`, adding
        ...`) nor a clause of time or manner (`, after meeting Y`)."""
        doc = cue.doc
        rest = [c for c in cue.rights if c.dep_ in ("xcomp", "advcl", "ccomp") and not self.set_off_participle(c)]
        if not rest:
            return None
        first = rest[0]
        if first.dep_ == "advcl" and not any(m.dep_ == "mark" and m.lower_ in SET_OFF_MARKS for m in first.children):
            return None
        if first.dep_ == "xcomp" and not has_to(first):
            return None
        comma = first.left_edge.i - 1
        if comma <= cue.i or doc[comma].text != "," or any(
                t.dep_ not in ("npadvmod", "advmod", "prep", "pobj", "det", "compound", "amod", "punct")
                for t in doc[cue.i + 1 : comma]):
            return None
        return comma, max(c.right_edge.i for c in rest)

    def content_without(self, clause: Token, cue: Token) -> tuple[int, int] | None:
        """A clause around the cue's own phrase (`X, the Kremlin says, Y`): both sides as one content, the cue
        inside it, as news reading counts a statement its attribution interrupts; one side where the other is empty."""
        doc = clause.doc
        first, last = clause.left_edge.i, clause.right_edge.i
        left = span_content(doc, self.past_framed(doc, first, cue.left_edge.i - 1), cue.left_edge.i - 1) \
            if cue.left_edge.i > first else None  # `Despite X's insistence that A, B, Y argued, C`: B and C
        if left and cue.right_edge.i < last and all(
                t.is_punct or t.is_space or t.dep_ not in SUBJECT_DEPS and (
                    t.pos_ in ("CCONJ", "ADV", "ADP", "DET", "SCONJ") or t.ent_type_ in ("DATE", "TIME")
                    or t.lower_ in DISCOURSE_NOUNS) for t in doc[first : cue.left_edge.i]):
            left = None  # `But, he said, Y`, `In fact, experts say, Y`, `In 2008, Trump said, Y`: a link, not said
        rest = self.set_off_rest(cue) if left else None
        if rest is not None:  # `X, advisers say, to take cues from Y`: the parse hung the rest on the cue
            right = span_content(doc, rest[0] + 1, max(last, rest[1]))
            return (left[0], right[1]) if right else left
        right = span_content(doc, cue.right_edge.i + 1, last) if cue.right_edge.i < last else None
        if left and right:
            return left[0], right[1]
        return left or right
