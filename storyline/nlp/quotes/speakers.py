"""Speakers: each cue's speaker phrase (the subject, an agent, a name set off beside the cue, the one a passive
or a participle leaves implied), resolved to an actor by `speaker_actors.SpeakerActors`."""


from spacy.tokens import Span, Token

from storyline.nlp.actors import local_actor
from storyline.nlp.quotes.spans import DASHES, SENTENCE_END, SUBJECT_DEPS, Cue, Found, Reading, noun_phrase
from storyline.nlp.quotes.speaker_actors import PRONOUNS, Spoken
from storyline.nlp.quotes.speaker_owners import SpeakerOwners

DATELINE_DASHES = DASHES | {":"}
"""What ends a dateline before the story's first words (`LYON, May 2 — Mayor Jane Roe said ...`)."""
NAMED_ROOTS = {"NOUN", "NUM", "ADJ"}
"""Heads of a speaker phrase a name in apposition can stand for (`The head of the group, Jane Roe`, `One of the
farmers, Tom Baker`, `The other, Ann Lee`): the name is the mention."""



class SpeakerResolver(SpeakerOwners):
    """The speaker half of `QuoteFinder`: resolves cue speakers to document-local actors."""

    def resolve(self, r: Reading, found: list[Found]) -> None:
        """Resolve each used cue's speaker in text order, so pronouns can look back at earlier speakers; a pronoun
        in a clause embedded in its antecedent's yields to it now, the quote found (`embedded_owner`)."""
        memory: list[Spoken] = []
        cues = {id(c): c for f in found for c in [f.cue, *f.relays]}
        for cue in sorted(cues.values(), key=lambda c: c.start):
            before = min(cue.speaker.start_char, cue.content[0] if cue.content else cue.start) if cue.speaker else 0
            if cue.inside is not None:  # inside a quotation only a name says who, and it is no antecedent
                cue.actor = self.named_actor(r.doc, cue.speaker)
                continue
            if cue.kind == "verb":  # `Jane Roe said she believes X`: found as her words, marked as hers
                cue.speaker = self.embedded_owner(r, cue) or cue.speaker
            cue.actor = self.speaker_actor(r, cue.speaker, before, memory) if cue.speaker is not None else None
            if cue.medium is not None:
                medium = self.speaker_actor(r, cue.medium, before, memory)
                cue.medium_actor = medium if medium and self.relays(r.doc, medium) else None
            if cue.speaker is not None:
                kind = (local_actor(r.doc, cue.actor) or {}).get("kind") if cue.actor else self.guess_kind(cue.speaker)
                memory.append((cue.speaker.end_char, cue.actor, kind, cue.content[1] if cue.content else 0))

    def repair_speakers(self, r: Reading, cues: list[Cue]) -> None:
        """Speaker phrases the parse got wrong, mended before attribution (a cue outside quotation marks only):
        a cue coordinated with another cue's reported clause speaks for that reporter (`coordinated_with_clause`),
        a document's issuer for the document (`issuer`), a dateline or a second subject yields (`misparsed_subject`),
        whoever addressed an addressee the parse made the subject speaks (`addresser`), a share of those polled
        speaks through the poll (`poll_of`), the one citing for a bare `citing X`, and a subject the parse found
        inside the marks (`"... Every single amendment," said Cruz`), took from whom the speaker told (`"...," Ramos,
        58, told AFP`: not AFP), made of a day (`tweeted Sunday`) or left out yields to the speaker outside the
        marks next to the cue (`after_quotation`, else an inverted subject, or for a participle hung on the quoted
        words the subject beside it outside the marks: `outside_subject`). Beside these: a passive participle's
        agent asks (`agent`: `when asked by a reporter whether`), an infinitive on an object is the object's
        (`controller`: `led some to speculate`), a participle hung in an embedded clause is the main clause
        subject's (`main_clause_subject`), a cue set off with a name after it is the name's (`parenthetical`), and a
        cue left without any subject takes one from the words around it (`loose_subject`: `"...," said Skelly`,
        `Jane Roe, 44, said`, `pivoted to arguing`). A day the parse made the subject of a participle on a document
        yields to the document, whose issuer speaks (`dated_vehicle`: `a statement Tuesday saying`). A statement noun
        whose possessor is a pronoun is the words of the reporting verb's subject it stands for (`own_words`); a name
        the parse made the compound of a cue taken for a noun says it (`compound_subject`: `"...," Beck joked`), and a
        name after a dash the parse put in apposition says the cue it coordinated with the clause before the dash
        (`dashed_subject`: `It was no accident — Jane Roe, a spokeswoman, told X`); a pronoun after `what` or `how` in
        a clause another verb takes yields to that verb's subject it agrees with (`object_clause_owner`: `X railed
        against what he calls Y`)."""
        by_token = {c.token.i: c for c in cues if c.kind == "verb"}
        for cue in cues:
            phrase = cue.speaker
            if cue.kind == "source" and cue.token.lemma_.lower() in ("cite", "quote") and cue.inside is None:
                citer = self.subject(cue.token, r.para(cue.start))  # `He banned them, citing his anger at X`
                if citer is not None and self.holds_views(citer) and r.statement_at(citer.start_char) is None:
                    cue.speaker = citer
                continue
            if cue.kind == "noun" and cue.inside is None:
                cue.speaker = self.own_words(r, cue) or cue.speaker  # `X repeated his claim that ...`: X's
            if cue.kind != "verb" or cue.inside is not None or r.statement_at(cue.start) is not None:
                continue
            outer = self.coordinated_with_clause(r, cue, by_token)
            if outer is not None:  # `X said Y fired missiles and condemned ...`: X condemned
                cue.speaker = outer.speaker
                continue
            token = cue.token
            if self.asked_unnamed(cue):  # `Asked whether X, Jane Roe said`: the question is nobody's named
                cue.speaker = None
                continue
            dated = self.dated_vehicle(r, cue)
            if dated is not None:  # `issued a statement Tuesday saying ...`: the statement, then its issuer
                cue.speaker = phrase = dated
            issuer = self.issuer(r, cue) or self.agent(r, cue) or self.own_vehicle(r, cue) or self.controller(r, cue) \
                or self.main_clause_subject(r, cue) or self.nearer_subject(r, cue) or self.misparsed_subject(r, cue) \
                or self.addresser(r, cue) or self.poll_of(r, cue) or self.parenthetical(r, cue) \
                or self.apposed_name(cue) or self.compound_subject(r, cue) or self.dashed_subject(r, cue) \
                or self.object_clause_owner(r, cue) or self.conjunct_owner(r, cue) or self.conjunct_subject(r, cue)
            if issuer is not None:  # `X issued a statement saying ...`: X says it
                cue.speaker = phrase = issuer
            inside = phrase is not None and r.statement_at(phrase.start_char) is not None
            told = phrase is not None and token.lemma_.lower() == "tell" and phrase.root.head == token \
                and phrase.root.dep_ in ("dobj", "dative")
            timed = phrase is not None and phrase.root.ent_type_ in ("DATE", "TIME")  # `"...," X tweeted Sunday`
            if phrase is not None and not inside and not told and not timed:
                continue
            better = self.after_quotation(r, cue)
            participle = token.tag_ == "VBG"  # what a participle takes is never who speaks (`Stressing X, Roe said`)
            if better is None and inside:
                other = next((c for c in token.rights if c.dep_ in SUBJECT_DEPS | (
                    set() if participle else {"dobj", "attr", "npadvmod"})
                              and c.pos_ in ("PROPN", "NOUN", "PRON") and r.statement_at(c.idx) is None
                              and c.ent_type_ not in ("DATE", "TIME")  # not `said this week`
                              and not (token.lemma_.lower() == "tell" and c.dep_ == "dobj")), None)
                better = noun_phrase(other, r.para(token.idx)) if other is not None else None
            if better is None and inside and participle:
                better = self.outside_subject(r, token)
            if better is None and phrase is None:
                better = self.loose_subject(r, cue, by_token)
            if better is not None:
                cue.speaker = better

    def loose_subject(self, r: Reading, cue: Cue, by_token: dict[int, Cue]) -> Span | None:
        """The speaker of a cue the parse gave no subject, read from the words around it: the name right after a
        quotation's cue (`"...," said Jane Roe`, parsed as a modifier), a subject the parse hung elsewhere right
        before a finite cue (`Jane Roe, 44, said`; `the candidate stated` as an apposition), or the subject of the
        verb a participle or infinitive depends on through a preposition or an adjective (`X pivoted to arguing`,
        `X was quick in denouncing`)."""
        token = cue.token
        doc = r.doc
        para = r.para(token.idx)
        sent = token.sent
        if token.dep_ == "pcomp" and token.head.lower_ == "for":
            return None  # `scolded X for suggesting ...`: the scolding is the statement, X's words its content
        k = token.i - 1
        while k >= sent.start and doc[k].text == ",":
            k -= 1
        if k >= sent.start and doc[k].is_quote and token.i + 1 < sent.end:
            return self.named_after(r, token, para)
        first = token
        while first.dep_ == "conj" and first.head.pos_ in ("VERB", "AUX"):
            first = first.head
            passive = next((c for c in first.children if c.dep_ == "nsubjpass"), None)
            if passive is not None:  # `Jane Roe was joined on stage by X and joked ...`: Jane Roe joked
                phrase = noun_phrase(passive, para)
                return self.view_holder(r, phrase)
        if k < token.i - 1 and token.lemma_.lower() == "say" and token.tag_ in ("VBD", "VBZ") \
                and token.i + 1 < sent.end:  # `X uses big data to help brands, said Jane Roe, whose ...`
            named = self.named_after(r, token, para)
            if named is not None and named.end < sent.end and doc[named.end].text in (",", ".", ";"):
                return named
        if token.tag_ in ("VBD", "VBZ", "VBP") or token.tag_ == "VBN" and token.dep_ == "acl":
            first = token
            while first.dep_ == "conj" and first.head.pos_ == "VERB" and first.head.tag_ in ("VBD", "VBZ", "VBP") \
                    and not any(c.dep_ in SUBJECT_DEPS for c in first.head.children):
                first = first.head  # `Jane Roe also railed against X, and explained ...`: the first verb's
            return self.adjacent_subject(r, first, para)
        if token.tag_ in ("VBG", "VB"):
            current = token
            for _ in range(5):
                if current.dep_ not in ("pcomp", "prep", "acomp", "attr", "xcomp", "advcl", "conj") \
                        or current.head.i == current.i:
                    return None
                current = current.head
                if any(c.dep_ == "neg" for c in current.children):
                    return None  # `is not budging on rejecting calls`: no statement made
                if current.i in by_token and by_token[current.i].speaker is not None:
                    return by_token[current.i].speaker  # `"...," said Skelly, explaining ...`: as mended
                subj = next((c for c in current.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < token.i), None)
                if subj is not None and current.pos_ in ("VERB", "AUX"):
                    phrase = noun_phrase(subj, para)
                    return self.view_holder(r, phrase)
        return None

    def outside_subject(self, r: Reading, token: Token) -> Span | None:
        """A participle the parse hung on a verb inside the quotation it introduces (`Stressing the danger, Jane Roe
        said, "We must act"`, `Roe looked set to laugh it off, telling the audience, "Folks get excited"`) inherited a
        subject from the quoted words: its speaker is the subject of the clause next to it outside the marks, the one
        after it where the participle opens the sentence, else the nearest one before it."""
        doc = token.doc
        sent = token.sent
        first = token.left_edge.i
        opens = all(doc[k].is_punct or doc[k].is_space for k in range(sent.start, first))
        around = range(token.right_edge.i + 1, sent.end) if opens else range(first - 1, sent.start - 1, -1)
        for k in around:
            t = doc[k]
            if t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX") \
                    and r.statement_at(t.idx) is None and r.statement_at(t.head.idx) is None:
                return self.view_holder(r, noun_phrase(t, r.para(token.idx)))
        return None

    def named_after(self, r: Reading, token: Token, para: tuple[int, int]) -> Span | None:
        """`"...," said Jane Roe`, `"...," begins a scripted message`: the noun phrase right after the cue."""
        doc = token.doc
        k = token.i + 1
        while k < token.sent.end and (doc[k].pos_ in ("DET", "ADJ", "NUM", "PROPN", "NOUN") or doc[k].is_title
                                      and doc[k].is_alpha) and doc[k].ent_type_ not in ("DATE", "TIME"):
            k += 1  # a name the tagger took for an adverb (`said Skelly`) too
        if k == token.i + 1 or doc[k - 1].pos_ not in ("PROPN", "NOUN") and not doc[k - 1].is_title:
            return None
        phrase = doc[token.i + 1 : k]
        name = all(t.is_title or t.pos_ == "PROPN" for t in phrase)
        return phrase if (name or self.holds_views(phrase)) and para[0] <= phrase.start_char < para[1] else None

    def adjacent_subject(self, r: Reading, token: Token, para: tuple[int, int]) -> Span | None:
        """The nearest noun before a finite cue that could speak and whose phrase runs up to the cue (its
        apposition, relative clause, commas and adverbs between): `Jane Roe, 44, said`, `a White House official
        who spoke anonymously said`, `the campaign chief, Jane Roe, bluntly suggested`."""
        doc = token.doc
        aside = {x.i for c in token.lefts if c.dep_ == "advcl" and c.tag_ == "VBG" and self.set_off_participle(c)
                 for x in c.subtree}  # `Jane Roe, wearing a cowboy hat, said`
        for k in range(token.i - 1, max(token.sent.start, token.i - 30) - 1, -1):
            t = doc[k]
            if k in aside:
                continue
            people = t.lemma_.lower() in self.people_nouns
            if t.pos_ not in ("NOUN", "PROPN", "PRON") and not people or t.ent_type_ in ("DATE", "TIME") \
                    or t.dep_ in ("compound", "poss") or t.idx < para[0] \
                    or t.dep_ in ("pobj", "dobj") and t.ent_type_ != "PERSON":  # `In X, Jane Roe said` parsed so
                continue
            within = {x.i for x in t.subtree} | aside
            if any(j not in within and not doc[j].is_punct and doc[j].pos_ not in ("ADV", "PART", "NUM")  # an age
                   for j in range(k + 1, token.i)):
                continue
            phrase = noun_phrase(t, para)
            if r.statement_at(phrase.start_char) is not None or t.lower_ in ("it", "this", "that", "which", "what"):
                return None
            if not (self.holds_views(phrase) or people) or self.is_evidence(phrase):  # not `X's record said`
                return None
            return phrase
        return None

    @staticmethod
    def dated_vehicle(r: Reading, cue: Cue) -> Span | None:
        """`X issued a statement Tuesday saying ...`, `the group sent a letter last week urging ...`: a participle the
        parse hung on a noun, with a day or a time between them, took the day for its subject (the word right before
        it); it says what the noun it hangs on says, whose issuer `issuer` then finds."""
        phrase = cue.speaker
        token = cue.token
        if phrase is None or phrase.root.ent_type_ not in ("DATE", "TIME") or token.tag_ != "VBG" \
                or token.dep_ != "acl" or token.head.pos_ != "NOUN" or not token.head.i < phrase.start < token.i:
            return None
        return noun_phrase(token.head, r.para(token.idx))

    def agent(self, r: Reading, cue: Cue) -> Span | None:
        """`When asked by a reporter whether ..., Jane Roe said ...`: a participle in the passive says its agent's
        words (the question is the reporter's), not the subject it would inherit from the clause it hangs on."""
        token = cue.token
        if token.tag_ != "VBN" or any(c.dep_ in SUBJECT_DEPS for c in token.children):
            return None
        by = next((c for c in token.children if c.dep_ == "agent" and c.i > token.i), None)
        actor = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
        if actor is None:
            return None
        phrase = noun_phrase(actor, r.para(token.idx))
        return self.view_holder(r, phrase)

    def asked_unnamed(self, cue: Cue) -> bool:
        """`Asked whether X, Jane Roe said ...`, `Jane Roe said so when asked about X`, `Jane Roe was asked if X`,
        `those asked which issue mattered`: an asking verb (`asking_verbs`) in the passive with no agent puts the
        question to the one it hangs on, who did not ask it; whoever asked goes unnamed, so the cue has no speaker
        (PolNeAR marks such a question without a source). `asked by a reporter` names the asker (`agent`); `has
        asked` is active."""
        token = cue.token
        if token.tag_ not in ("VBN", "VBD") or token.lemma_.lower() not in self.asking_verbs:
            return False
        deps = {c.dep_ for c in token.children}
        reduced = not deps & {"aux", "nsubj", "csubj"}  # `Asked whether`, `those asked`
        if token.tag_ == "VBD":  # `Asked what X, she said`, `when asked whether`, tagged as a past tense (not `X said
            reduced = reduced and token.dep_ == "advcl" and (  # Y and asked Z`)
                token.i == token.sent.start or any(c.lower_ in ("when", "if", "once") for c in token.lefts))
        return ("auxpass" in deps or reduced) and "agent" not in deps

    EMBEDDING_MARKS = {"that", "after", "because", "if", "since", "before", "until"}

    def set_off_past_adverbs(self, t: Token) -> int:
        """`set_off_participle`, with adverbs of the participle between the comma and it (`, forcefully denouncing
        X`, `, essentially conceding that X`)."""
        k = t.i - 1
        while k > t.sent.start and t.doc[k].dep_ == "advmod" and t.doc[k].head == t:
            k -= 1
        if k < t.i - 1 and t.tag_ == "VBG" and t.dep_ in ("advcl", "xcomp", "conj") and t.doc[k].text == ",":
            return k
        if k > t.sent.start and t.tag_ == "VBG" and t.dep_ in ("advcl", "xcomp", "conj") and t.doc[k].text in DASHES:
            return k  # `, meaning she will not X - essentially conceding Y`: a dash sets it off as a comma does
        return self.set_off_participle(t)

    def nearer_subject(self, r: Reading, cue: Cue) -> Span | None:
        """A participle set off by a comma whose inherited subject can hold no view (`The first incident came when
        protesters interrupted her, shouting X`, `It was there that Roe spoke, pointing to X`) is said by the nearest
        subject before it that can, of a clause set inside the sentence: the one the participle follows."""
        token = cue.token
        phrase = cue.speaker
        if phrase is None or token.tag_ != "VBG" or self.holds_views(phrase) or not self.set_off_past_adverbs(token):
            return None
        doc = token.doc
        for k in range(token.i - 1, token.sent.start - 1, -1):
            t = doc[k]
            if t.dep_ == "nsubj" and t.head.pos_ in ("VERB", "AUX") and t.head.i < token.i and t not in phrase \
                    and t.head.dep_ in ("advcl", "ccomp", "relcl"):  # a clause set inside the sentence
                near = noun_phrase(t, r.para(token.idx))
                if self.holds_views(near) and r.statement_at(near.start_char) is None:
                    return near
        return None

    def main_clause_subject(self, r: Reading, cue: Cue) -> Span | None:
        """A participle set off by a comma that the parse hung inside a clause of a noun or a subordinate clause
        (`X denied the notion that a shakeup is coming, explaining ...`, `X had a good night that may matter,
        denouncing ...`, `X said ... after the senator won, remarking ...`), or on an object (`X trashed Y on Z,
        calling ...`), is said by the subject of the main clause, not by the embedded clause's subject or object. So
        too one hung in a clause a verb or a preposition takes whose subject is a personal pronoun standing for the
        main clause's subject (`X hedged on whether she would back Y, telling ...`, `X has withheld Y, meaning he will
        not Z - conceding ...`): the same one, whom attribution corpora (PolNeAR) mark where the main clause names
        them; past clauses of that kind whose subject is such a pronoun too (`X says she will ... but has withheld Y,
        meaning she ...`: X)."""
        token = cue.token
        phrase = cue.speaker
        first = token
        while first.dep_ == "conj" and first.head.tag_ == "VBG":
            first = first.head  # `, saying A and calling B`
        if phrase is None or first.tag_ != "VBG":
            return None
        root = phrase.root
        owns = None
        if not self.set_off_past_adverbs(first):  # `X spent most of her tour railing against Y`: not the tour
            if root.i != first.i - 1 or root.dep_ not in ("dobj", "pobj") or self.holds_views(phrase):
                return None
            verb = first
        elif root.dep_ in SUBJECT_DEPS:
            verb = root.head
            owns = self.SUBJECT_OWNERS.get(root.lower_) if len(phrase) == 1 and verb.dep_ in ("ccomp", "pcomp") \
                and verb.head.pos_ in ("VERB", "AUX", "ADP") else None  # `hedged on whether he would X, telling`
            embedded = verb.dep_ in ("acl", "ccomp") and verb.head.pos_ in ("NOUN", "PROPN") \
                or verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in self.EMBEDDING_MARKS
                                                for c in verb.children) or owns is not None
            if not embedded or verb not in first.ancestors:
                return None
        elif root.dep_ in ("dobj", "pobj") and root.i < first.i:
            verb = first
        else:
            return None
        for ancestor, subj in self.subjects_above(verb, first.i):
            if owns is not None and subj.lower_ in self.SUBJECT_OWNERS and ancestor.dep_ in ("ccomp", "pcomp"):
                continue  # `X says she will run but has withheld Y, meaning she will not Z, conceding`: X, further up
            main = noun_phrase(subj, r.para(token.idx))
            if owns is not None and not self.same_one(r, owns, main):
                return None  # `X said the law hurts them, meaning they will sue, adding`: another who
            named = main.root.is_title and main.root.pos_ == "NOUN" and main.root.i > main.root.sent.start  # `Hannity`
            ok = (self.holds_views(main) or named) and r.statement_at(main.start_char) is None \
                and not self.is_evidence(main)
            return main if ok and main.root != root else None
        return None

    def parenthetical(self, r: Reading, cue: Cue) -> Span | None:
        """`Any interpretation of his actions, said Jane Roe, an expert, would read this as ...`: a cue set off by a
        comma with a name after it, where the parse took what was said for its subject, is said by the name."""
        token = cue.token
        phrase = cue.speaker
        if phrase is None or token.i == 0 or token.doc[token.i - 1].text != "," or phrase.end > token.i \
                or self.holds_views(phrase) or token.tag_ != "VBD":
            return None
        named = self.named_after(r, token, r.para(token.idx))
        closed = named is not None and named.end < len(token.doc) and token.doc[named.end].text == ","
        return named if closed and any(t.pos_ == "PROPN" for t in named) else None  # not `said Trump's plan`

    @staticmethod
    def apposed_name(cue: Cue) -> Span | None:
        """`A spokeswoman for Sen. Jane Roe, John Doe, said ...`, `One pastor supporting X, Jane Roe of Y, said`: a
        person's name set off by commas right before the cue, that the parse put in apposition to a name inside the
        speaker's description, names the speaker, not the one the description mentions."""
        phrase = cue.speaker
        token = cue.token
        if phrase is None or phrase.root.pos_ != "NOUN" or phrase.root.i > token.i or any(
                c.dep_ == "appos" for c in phrase.root.children):
            return None
        doc = token.doc
        for t in phrase.root.subtree:
            if t.dep_ != "appos" or t.ent_type_ != "PERSON" or t.head.pos_ != "PROPN":
                continue
            first, last = t.left_edge.i, t.right_edge.i
            if doc[first - 1].text == "," and last + 2 == token.i and doc[last + 1].text == ",":
                return doc[first : last + 1]
        return None

    def dashed_subject(self, r: Reading, cue: Cue) -> Span | None:
        """`It was no accident — Jane Roe, a spokeswoman for the mayor, told reporters that X`: a finite cue the parse
        coordinated with the clause before a dash, inheriting its subject, is said by the name or person noun (with its
        apposition) between the dash and the cue, which the parse hung in apposition to a word of that clause."""
        token = cue.token
        if token.dep_ != "conj" or token.tag_ not in ("VBD", "VBZ", "VBP") or any(
                c.dep_ in SUBJECT_DEPS for c in token.children):
            return None
        doc = token.doc
        last = token.i - 1
        if last > 0 and doc[last].text == ",":
            last -= 1
        name = next((t for t in doc[token.head.i : last + 1] if t.dep_ == "appos" and t.pos_ in ("PROPN", "NOUN")
                     and last <= t.right_edge.i < token.i and t.left_edge.i > 0
                     and doc[t.left_edge.i - 1].text in ("—", "–", "--", ";")), None)
        if name is None:
            return None
        phrase = doc[name.left_edge.i : last + 1]
        return self.view_holder(r, phrase)

    def compound_subject(self, r: Reading, cue: Cue) -> Span | None:
        """`"Cruz," Beck joked, "..."`: a finite cue the parse took for a noun, with the name or noun right before it
        made its compound, is said by that name, not by what the parse hung the cue on."""
        token = cue.token
        if token.tag_ not in ("VBD", "VBZ") or any(c.dep_ in SUBJECT_DEPS for c in token.children):
            return None
        name = next((c for c in token.lefts if c.dep_ == "compound" and c.i == token.i - 1
                     and c.pos_ in ("PROPN", "NOUN")), None)
        if name is None or cue.speaker is not None and name in cue.speaker:
            return None
        phrase = noun_phrase(name, r.para(token.idx))
        return self.view_holder(r, phrase)

    def own_vehicle(self, r: Reading, cue: Cue) -> Span | None:
        """`Jane Roe spent much of her speech defending X`, `Jane Roe used her column to call for Y`: a participle or
        infinitive right after a noun the subject owns (a possessive pronoun that agrees with it), the object of a verb
        that reports nothing (or of its `much of`), is the subject's, not the speech's or the column's (PolNeAR marks
        the subject)."""
        token = cue.token
        doc = token.doc
        if token.tag_ not in ("VBG", "VB") or any(c.dep_ in SUBJECT_DEPS for c in token.children):
            return None
        k = token.i - 1
        if k > 0 and doc[k].tag_ == "TO":
            k -= 1
        noun = doc[k]
        if noun.dep_ == "compound" and noun.head == token:  # `her campaign railing`, the cue parsed as its head noun
            noun = token
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in self.OWNERS), None)
        if doc[k].pos_ != "NOUN" or owner is None or noun is not token and token.head not in (noun, *noun.ancestors):
            return None
        verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
        spent = noun.dep_ == "dobj" or noun.dep_ == "pobj" and noun.head.lower_ == "of" \
            and noun.head.head.dep_ == "dobj"  # `used her column`, `spent much of her speech`
        if verb is None or verb.i > noun.i or verb.lemma_.lower() in self.verbs or not spent:
            return None  # not `went further in her statement condemning X`: the possessor, next to the cue, says it
        subject = self.subject(verb, r.para(token.idx))
        if subject is None or subject.end > owner.i or not self.agrees(self.OWNERS[owner.lower_], subject) \
                or r.statement_at(subject.start_char) is not None or not self.holds_views(subject):
            return None
        return subject

    def controller(self, r: Reading, cue: Cue) -> Span | None:
        """`The announcement led some to speculate ...`, `it prompted Jane Roe to accuse ...`: an infinitive hung on
        a verb with an object (or the object of its `on` right before it: `rely on users to report X`) says what
        the object says, not the verb's subject; so does the subject of such a verb
        in the passive for its infinitive or participle (`Jane Roe was allowed to speak out about X`, `some could be
        heard grousing that X`); not under a reporting verb, whose request it is (`asked her to call X`, `promised X
        to ...`, `was asked to comment`). A gerund after `from` on a verb with an object is the object's too (`barred
        the mayor from commenting on X`, `kept Jane Roe from writing about Y`)."""
        token = cue.token
        verb = token.head
        if token.dep_ == "pcomp" and token.tag_ == "VBG" and verb.lower_ == "from" and verb.dep_ == "prep":
            held = verb.head  # `barred` of `barred the mayor from commenting`
            obj = next((c for c in held.children if c.dep_ == "dobj" and held.i < c.i < verb.i), None)
            if obj is None or held.pos_ != "VERB" or held.lemma_.lower() in self.verbs:
                return None
            return self.view_holder(r, noun_phrase(obj, r.para(token.idx)))
        if token.dep_ not in ("xcomp", "advcl") or token.tag_ not in ("VB", "VBG") or verb.pos_ != "VERB" \
                or verb.lemma_.lower() in self.verbs or any(c.dep_ in SUBJECT_DEPS for c in token.children):
            return None
        obj = next((c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < token.i), None)
        if obj is None:  # `rely on users to report X`, `called on Beijing to condemn Y`: the object of `on`
            on = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "upon")
                       and verb.i < c.i < token.i and c.right_edge.i == token.i - 2), None)
            obj = next((c for c in on.children if c.dep_ == "pobj"), None) if on is not None else None
        if obj is None:  # `Jane Roe was allowed to speak out about X`, `some could be heard grousing that X`
            obj = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
        elif token.dep_ != "xcomp" or token.tag_ != "VB":
            return None
        if obj is None:
            return None
        phrase = noun_phrase(obj, r.para(token.idx))
        return self.view_holder(r, phrase)

    @staticmethod
    def misparsed_subject(r: Reading, cue: Cue) -> Span | None:
        """Where the parse gave the cue two subjects (`Berea, OH, ..., Gov. Jane Roe said`; a relative pronoun and
        the cue's own: `the department, which she said ...`), the one nearest before it; where it made a dateline's
        place the subject (`LYON, May 2 — Mayor Jane Roe told ...`, `TALLAHASSEE — ...` with the place in capitals
        the entity recognizer did not know), the person or body in apposition to it."""
        phrase = cue.speaker
        token = cue.token
        if phrase is not None and phrase.root.dep_ in SUBJECT_DEPS and not any(
                c.dep_ in ("cc", "preconj") for t in phrase.root.subtree for c in t.children if t.i < token.i):
            last = [c for c in phrase.root.rights if c.dep_ == "conj" and c.i < token.i and c.pos_ == "PROPN"]
            if last:  # `..., now, Cruz, Wilkin said`: conjuncts without `and` are no shared subject
                return noun_phrase(last[-1], r.para(token.idx))
        own = [c for c in token.children if c.dep_ == "nsubj" and c.i < token.i]
        if len(own) == 2 and own[0].tag_ in ("WDT", "WP") and own[1].tag_ not in ("WDT", "WP"):
            return noun_phrase(own[1], r.para(token.idx))  # `Jane Roe, who many feel ...`: `many` feel it
        verb = phrase.root.head if phrase is not None else token  # the cue's, or the verb it inherits from
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i
                    and c.text[:1].isalnum()]  # not `co - chairman` parsed as two
        if phrase is not None and len(subjects) > 1 and phrase.root == subjects[0]:
            return noun_phrase(subjects[-1], r.para(token.idx))
        if phrase is None or phrase.root.ent_type_ not in ("GPE", "LOC") and not (
                phrase.root.text.isupper() and len(phrase.root.text) > 2
                and not r.text[r.para(phrase.start_char)[0] : phrase.start_char].strip()):
            return None  # a place the parse did not know is a dateline's where it opens its paragraph in capitals
        doc = r.doc
        named = next((c for c in phrase.root.children if c.dep_ == "appos" and c.ent_type_ in ("PERSON", "ORG")
                      and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text in DATELINE_DASHES), None)
        return noun_phrase(named, r.para(token.idx)) if named is not None else None  # not `LYON (AFP)`: the wire

    def poll_of(self, r: Reading, cue: Cue) -> Span | None:
        """`In a new poll, 56 percent of voters said ...`, `According to the survey, a majority said ...`: a share of
        the people a poll asked speaks through the poll, which is the source of the finding."""
        phrase = cue.speaker
        if phrase is None or phrase[0].lower_ == "one" or not (  # `One of her supporters wrote in an email`
                phrase.root.lemma_.lower() in self.share_nouns or phrase.root.text == "%" or phrase[0].like_num
                or phrase.root.pos_ == "NUM"):
            return None
        for prep in cue.token.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "according"):
                poll = next((t for t in prep.subtree if t.dep_ == "pobj"), None)
                if poll is not None and poll.lemma_.lower() in self.evidence_nouns:
                    return noun_phrase(poll, r.para(poll.idx))
        return None

    def addresser(self, r: Reading, cue: Cue) -> Span | None:
        """`The senator emailed supporters saying ...`, `X wrote a letter to Jane Roe asking ...`: a participle the
        parse gave the addressee as subject (the noun right before it, an object) is said by whoever addressed them;
        after `to`, only where words went to them (a reporting verb, or a document or message sent: `made a pitch to
        voters saying`, not `gave $3 million to a group backing X`)."""
        phrase = cue.speaker
        token = cue.token
        if phrase is None or token.tag_ != "VBG" or phrase.end != token.i or self.is_evidence(phrase):
            return None
        root = phrase.root
        verb = root.head if root.dep_ in ("dobj", "dative") else root.head.head if (
            root.dep_ == "pobj" and root.head.lower_ == "to") else None
        if verb is None or verb.pos_ != "VERB" or verb.i > root.i:
            return None
        if root.dep_ == "pobj" and verb.lemma_.lower() not in self.verbs and not any(
                c.dep_ == "dobj" and c.lemma_.lower() in self.vehicle_nouns | self.topic_nouns | self.colon_nouns
                for c in verb.children):
            return None  # `gave $3 million to a group backing X`: no words sent, the group backs X
        who = self.subject(verb, r.para(verb.idx))  # not `the emails show staff members suggesting ...`
        ok = who is not None and self.holds_views(who) and not self.is_evidence(who)
        return who if ok and r.statement_at(who.start_char) is None else None

    def issuer(self, r: Reading, cue: Cue) -> Span | None:
        """`Jane Roe released a statement saying ...`, `the group issued a letter confirming ...`: the cue hangs on a
        document that is the object of someone's act; who issued it says what it says. So too a participle on a
        document or the vehicle of a statement (`vehicle_nouns`) in a phrase on a verb (`X released the figures in a
        letter urging ...`, `X made the remarks during a speech attacking ...`): the verb's subject, whom attribution
        corpora (PolNeAR) mark as the source, not the letter or the speech; not what a vehicle shows (`X appeared in
        videos showing Y`: `inferential_verbs`), nor one with a possessor, the mention those corpora mark (`X wrote in
        her letter urging Y`: her)."""
        phrase = cue.speaker
        if phrase is None or cue.token.head != phrase.root or phrase.root.dep_ not in ("dobj", "pobj"):
            return None
        lemma = phrase.root.lemma_.lower()
        verb = phrase.root.head
        if phrase.root.dep_ == "pobj":  # `X released the figures in a statement saying ...`, `in a speech attacking`
            if cue.token.dep_ != "acl" or verb.dep_ != "prep" or verb.head.pos_ not in ("VERB", "AUX") or (
                    lemma not in self.vehicle_nouns and self.speaker_nouns.get(lemma) != "document") \
                    or cue.token.lemma_.lower() in self.inferential_verbs \
                    or any(c.dep_ == "poss" for c in phrase.root.children):
                return None  # `X appeared in videos showing that ...`: what the videos show; `in her letter urging`
            verb = verb.head
        elif self.speaker_nouns.get(lemma) != "document" and not (
                cue.token.dep_ == "relcl" and self.is_evidence(phrase)):
            return None  # `X released a video that accuses Y`
        who = self.subject(verb, r.para(verb.idx))
        if who is None and verb.tag_ in ("VBD", "VBZ", "VBP"):  # `Black Lives Matter issued ...`, the name an adverb
            who = self.adjacent_subject(r, verb, r.para(verb.idx))
        ok = who is not None and self.holds_views(who) and who.root.lower_ not in ("him", "them", "me", "us")
        return who if ok and r.statement_at(who.start_char) is None else None

    def coordinated_with_clause(self, r: Reading, cue: Cue, by_token: dict[int, Cue]) -> Cue | None:
        """The reporting cue whose reported clause the parse hung this cue on, where this cue has no subject of its
        own and that clause's content ends before it (`second_statement`, `set_off_participle`): that clause's
        reporter made this statement too (`Taiwan said the military fired missiles and condemned the drills`,
        `Jane Roe said she plans a visit, insisting that ...`; `X stressed that "the way is ...," suggesting ...`;
        `X said the case reminds him of Y, explaining ...`, the reporter first and the verb no `inferential_verbs`;
        `X said Y did not know Z, and accused W`, a verb unlike the one it is coordinated with: `unlike_conjunct`; `X
        insisted it was too early while adding ...`, a participle after `while`, `before` or `after` whose inherited
        subject holds no views, as one set off by a comma)."""
        token = cue.token
        phrase = cue.speaker  # a pronoun, quoted words or what holds no views (but `ties deepen, signaling ...`)
        referring = phrase is not None and (phrase.root.lower_ in PRONOUNS or r.statement_at(phrase.start_char)
                                            is not None)
        named = self.set_off_participle(token) > 0 and phrase is not None and not referring \
            and token.lemma_.lower() not in self.inferential_verbs \
            and token.head.i not in by_token  # not `X warned that A, signaling B` nor `Y added, saying B`
        participle = self.set_off_participle(token) > 0 and referring or named
        marked = token.tag_ == "VBG" and token.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in ("while", "before", "after") for c in token.children)  # `while adding`
        mute = (self.set_off_participle(token) > 0 or marked) and phrase is not None and not self.holds_views(phrase) \
            and token.lemma_.lower() not in self.inferential_verbs  # `X said the move stunned him, explaining ...`
        participle = participle or mute
        if not (participle or token.dep_ == "conj") or any(c.dep_ in SUBJECT_DEPS for c in token.children):
            return None
        clause = token.head
        while not participle and clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head  # `saying that A had B but was waylaid by C - and arguing that D`: through A's verbs
        unlike = self.unlike_conjunct(token)  # `said the Mayor did not know X, and accused Y`: not the Mayor's
        for _ in range(4 if participle or unlike else 1):
            outer = by_token.get(clause.head.i) if clause.dep_ == "ccomp" else None
            if outer is not None:
                break
            if clause.head.i == clause.i:
                return None
            clause = clause.head
        if outer is None or outer.speaker is None or (mute or named) and outer.start > cue.start:
            return None
        return outer if participle or unlike or self.second_statement(outer.token, clause, token) \
            or self.second_statement(outer.token, token.head, token) else None

    @staticmethod
    def unlike_conjunct(token: Token) -> bool:
        """A verb the parse coordinated with a verb of another form and without an auxiliary of its own (`did not
        know X, and accused Y`, `has been a pioneer and calling him Z`): verbs coordinated share their form, so it
        is coordinated higher up, with the cue whose clause that verb is in."""
        head = token.head
        finite = ("VBD", "VBZ", "VBP")
        return token.dep_ == "conj" and head.pos_ in ("VERB", "AUX") and token.tag_ != head.tag_ \
            and not (token.tag_ in finite and head.tag_ in finite) \
            and not any(c.dep_ in ("aux", "auxpass") for c in token.children)

    @staticmethod
    def after_quotation(r: Reading, cue: Cue) -> Span | None:
        """`"...," Jane Roe, a top adviser, said`: where the parse gave the cue no subject (it took the name into
        the quotation's clause), the noun phrase between the closing mark and the cue."""
        doc = r.doc
        token = cue.token
        k = token.i - 1
        while k >= 0 and not doc[k].is_quote and "\n" not in doc[k].text and doc[k].text not in SENTENCE_END \
                and token.i - k <= 20:
            k -= 1
        if k < 0 or not doc[k].is_quote or r.statement_at(doc[k].idx) is not None or not any(
                q.full and q.close_at == doc[k].idx for q in r.quotations):
            return None  # not after a statement in quotation marks (`the "Star Wars" sequel, remarking`)
        between = doc[k + 1 : token.i]
        runs_on = r.text[: doc[k].idx].rstrip().endswith((",", "?", "!", "—", "–"))  # not `... us." KA has ...`
        head = next((t for t in between if t.pos_ in ("PROPN", "NOUN", "PRON") and (t.head.i not in range(
            between.start, between.end) or runs_on and (t.head == t or t.dep_ in SUBJECT_DEPS))), None)
        if head is None:
            return None
        phrase = noun_phrase(head, r.para(token.idx))
        if phrase.start < between.start and r.statement_at(doc[phrase.start].idx) is None:
            return None  # `a "Make America Great Again" hat`: the quotation is inside a phrase of its own
        return doc[max(phrase.start, between.start) : phrase.end]  # not the quoted words the parse hung on it

    @staticmethod
    def mention(cue: Cue) -> Span:
        """The speaker as written next to the cue: its phrase, through the relative pronoun that is the cue's
        subject where the cue stands in a relative clause (`Jane Roe, who said ...`, `Jane Roe, a teacher who says
        ...`: the pronoun is the source that attribution corpora mark, the phrase says whom it stands for); a
        description's name where one stands in apposition to it (`The head of the group, Jane Roe, said`, `One of the
        farmers, Tom Baker, said`: the name)."""
        phrase = cue.speaker
        doc = phrase.doc
        root = phrase.root
        current = cue.token
        for _ in range(6):  # the way `subject` climbs: `who said`, `who went on to say`, `who added, saying`,
            # and through a noun the clause's verb takes (`who spent much of her speech defending X`)
            if current.dep_ == "relcl" and (current.head == root or current.head.dep_ == "appos"
                                            and current.head.head == root):
                pronoun = next((c for c in current.children if c.dep_ in SUBJECT_DEPS and c.tag_ in ("WDT", "WP")),
                               None)
                direct = current.head == root  # on an apposition only `who` (`X, a small outfit that ...`: the name)
                if pronoun is not None and phrase.end <= pronoun.i < cue.token.i and (direct or pronoun.tag_ == "WP"):
                    return doc[phrase.start : pronoun.i + 1]
                break
            if current.dep_ not in ("conj", "advcl", "xcomp", "pcomp", "acomp", "prep", "attr", "dobj", "acl", "pobj") \
                    or current.head.i == current.i:  # `who was a leading architect of X`: a noun cue in the clause
                break
            current = current.head
        name = next((c for c in root.rights if c.dep_ == "appos" and c.ent_type_ in ("PERSON", "ORG")
                     and phrase.end <= c.i and c.right_edge.i < cue.token.i), None) \
            if root.pos_ in NAMED_ROOTS else None
        if name is not None:  # `One teacher backing Ms. Roe, Ann Lee of ..., said`: the name
            return noun_phrase(name, (phrase.start_char, 0))
        return SpeakerResolver.described(phrase, cue.token)

    @staticmethod
    def closes(text: str, mark: str) -> bool:
        """Whether `mark` closes a bracket or quotation mark `text` opened and left open."""
        if mark == '"':
            return text.count('"') % 2 == 1
        pair = {")": "(", "”": "“", "’": "‘"}.get(mark)
        return pair is not None and text.count(pair) > text.count(mark)

    @staticmethod
    def described(phrase: Span, verb: Token) -> Span:
        """The speaker's phrase with what describes it up to its cue (`Jane Roe, an oncologist who advised the
        governor, said`: all but the last comma; `those who said X supported Y`): the whole noun phrase that stands
        for the speaker, as attribution corpora (PolNeAR) mark the source, where nothing but that phrase stands
        between it and the cue; not where the cue itself describes the phrase (`X, a small outfit that believes`)."""
        doc = phrase.doc
        root = phrase.root
        end = verb.i
        while end > phrase.end and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        for k in range(end, verb.i):  # `Rep. Jane Roe (D-Ohio) said`, `a star of “Parks and Recreation,” said`
            if SpeakerResolver.closes(doc[phrase.start : k].text, doc[k].text):
                end = k + 1  # the mark it opened, with a comma written inside it
        described = {t.i for c in root.rights if c.dep_ not in ("conj", "cc", "preconj") or c.i < phrase.end
                     for t in c.subtree}
        if end <= phrase.end or root.i > verb.i or root.is_ancestor(verb) or not all(
                doc[k].is_punct or doc[k].is_space or k in described for k in range(phrase.end, end)):
            return phrase  # not `X and Y said`: a second speaker is no description of the first
        return doc[phrase.start : end]
