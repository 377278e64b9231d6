"""Attribution: which cue each quotation belongs to, reported speech, continuations and the statements
quotations attribute to third parties."""

import re

from spacy.tokens import Doc, Token

from storyline.nlp.actors import mention_for_token
from storyline.nlp.quotes.bounds import ContentBounds
from storyline.nlp.quotes.marks import Quotation
from storyline.nlp.quotes.spans import (
    SENTENCE_END,
    SET_OFF,
    Cue,
    Found,
    Reading,
    noun_phrase,
    overlaps,
    sentence_end,
    span_content,
)
from storyline.nlp.quotes.speaker_actors import PRONOUNS

MAX_INTERRUPTION = 250
"""The most characters an attribution may put between two pieces of one quotation."""


class Attributor(ContentBounds):
    """The attribution half of `QuoteFinder`: cues and quotations paired into quotes."""

    def attribute(self, r: Reading, cues: list[Cue]) -> list[Found]:
        """Direct quotations first (by their neighbouring cue), then reported speech, then continuations,
        then the statements that quotations themselves attribute to someone else (`inner`)."""
        self.repair_speakers(r, cues)
        cues = [c for c in cues if not self.pact(c)]
        inner = [c for c in cues if c.inside is not None]
        cues = [c for c in cues if c.inside is None]
        by_token = {c.token.i: c for c in cues if c.kind in ("verb", "source")}
        found: list[Found] = []
        pending = []
        clauses: dict[int, Found] = {}  # cue → the quote of its reported clause that holds quotations
        for q in r.quotations:
            if not q.full:
                continue
            cue, adjacent = self.quotation_cue(r, q, by_token, cues)
            if cue is not None and not adjacent:  # `"..." of the coast, the release said`: the quotation is inside
                cue.content = (min(cue.content[0], q.start), max(cue.content[1], q.end)) if cue.content else None
            if cue is None:
                pending.append(q)
            elif not adjacent and cue.content and not self.mostly_quoted(r, cue.content):
                q.state = "absorbed"
            elif not adjacent and cue.content and cue.content[0] < q.start and cue.start < q.start:
                q.state = "direct"  # `said that X "would do anything"`: the clause, its `that` and the quotation
                if id(cue) in clauses:
                    clauses[id(cue)].end = max(clauses[id(cue)].end, q.end)
                else:
                    clauses[id(cue)] = Found(cue, cue.content[0], max(cue.content[1], q.end), True)
                    found.append(clauses[id(cue)])
            else:
                q.state = "direct"
                start = self.lead_in(r, q, cue, by_token) if adjacent else q.start
                found.append(Found(cue, start, self.tail_out(r, q, cue), True))
                if start < cue.start < q.open_at:  # `A long winter, she said, "might be ..."`
                    lead_end = len(r.text[: cue.speaker.start_char].rstrip(" ,"))
                    found[-1].parts = [(start, lead_end), (q.start, q.end)]
        self.fragment_after_cue(r, found)  # `"A," she said, "for B."`: a verbless piece goes on with A
        found += self.reported(r, cues, found)
        over = [g for f in found if (g := self.hearsay_over_quotation(r, f, found)) is not None]
        found = [f for f in found if not any(f is g for g in over)]
        found = [f for f in found if not (f.cue.gated and any(c is not f.cue and f.start <= c.start < f.end
                                                                and not c.gated and (c.content or c.speaker is not None)
                                                                and not self.noun_modifier(c)
                                                                and not self.keeps_over(f.cue, c)
                                                                and not self.own_clause_verb(f.cue, c)
                                                                for c in cues))]  # `tried ... by telling X Y`; not
        # `wondered why X didn't say much`, `chided X for continuing Y`: a cue inside with neither content nor speaker;
        # nor `published research showing X`: a cue on a noun of the content tells what that noun holds
        found = [f for f in found if not self.restated(f, found)]
        found += self.opened_before(r, pending, found)
        found += self.continuations(r, pending, found)
        if inner:
            found = self.inner_statements(r, found, inner)
        found = self.merge_parts(r, sorted(found, key=lambda f: (f.start, f.end)))
        self.over_attribution(r, found, MAX_INTERRUPTION)  # `"A," she said. "B."`: the first spans its cue
        return found

    @staticmethod
    def own_clause_verb(gated: Cue, inner: Cue) -> bool:
        """A lexicon verb that heads the clause a gated cue carries, with no content of its own (`members are
        confident [voters understand X]`, `analysts see [voters showing up]`), or any lexicon verb the gated cue's
        complement holds through clauses and infinitives alone (`hopes the board had tried hard to justify why X`,
        `opted to add X to the plan`, `urged reporters to ask about Y`, `is glad voters are demanding Z`): the verb
        of what is reported, nested in it, not a second report (PolNeAR marks the outer one; `reported_inside` then
        drops the inner). Not a verb in an adjunct (`tried to calm them by telling X Y`, `..., telling reporters
        X`): a statement of its own beside the act; nor a verb that ends the clause (`went on to say`, `is about to
        begin`), which carries nothing of its own."""
        token = inner.token
        if inner.content is None and token.dep_ == "ccomp" and token.head == gated.token:
            return True
        if gated.content is None or inner.end >= gated.content[1]:
            return False  # `went on to say`, `is about to begin`: the verb ends the clause, carrying nothing
        phrase = inner.speaker
        if phrase is not None and len(phrase) == 1 and phrase.root.lower_ in ("he", "she", "they") \
                and phrase.start > 0 and token.doc[phrase.start - 1].lower_ in ("what", "how"):
            return False  # `set out what she thinks is X`: the speaker rules read it (`object_clause_owner`)
        while token.dep_ in ("ccomp", "xcomp") and token.head.i != token.i:
            token = token.head
            if token == gated.token:
                return True
        return False

    def noun_modifier(self, cue: Cue) -> bool:
        """A verb cue that modifies a noun (`research showing X`, `the claims, which Y denies`, `unions who feared
        X`): what it reports belongs to that noun, a part of the content of a cue around it, which it does not
        replace. Not a cue on a person (`cheered Kim Lee, a teacher who says X`, `skewered the mayor, who said X`:
        their own statement, beside an act), nor on the vehicle of a statement (`issued a statement saying X`, `a
        video that accuses Y`: X is the statement)."""
        token = cue.token
        head = token.head
        lemma = head.lemma_.lower()
        return cue.kind == "verb" and token.dep_ in ("acl", "relcl", "amod") and head.pos_ in ("NOUN", "PROPN") \
            and head.ent_type_ != "PERSON" and lemma not in self.vehicle_nouns and lemma not in self.people_nouns \
            and self.speaker_nouns.get(lemma) != "person"

    @staticmethod
    def keeps_over(gated: Cue, inner: Cue) -> bool:
        """Whether a cue the gate took keeps its quote over a lexicon cue inside its content that tells of a noun in it:
        a relative clause or a participle on a noun other than the verb's object (`skewered the reply to a flyer
        claiming X`; not `issued a statement saying X`, `cheered Kim Lee, a teacher who says X`: there the object's
        statement takes over), or a noun cue that is its object, owned by a possessive pronoun, the verb's subject
        (`touted her plans to X`: one statement, the verb's; not `noted Tehran's assertion that X`)."""
        token = inner.token
        if token.dep_ in ("relcl", "acl"):
            noun = token.head
            while noun.dep_ == "appos" and noun.head.i != noun.i:
                noun = noun.head
            return (noun.dep_, noun.head) != ("dobj", gated.token)
        return inner.kind == "noun" and token.head == gated.token and inner.speaker is not None \
            and inner.speaker.root.lower_ in ("his", "her", "their", "my", "our")

    def fragment_after_cue(self, r: Reading, found: list[Found]) -> None:
        """`"The plan is a disaster," Roe said, "for the city and its people."`, `"Judge," Roe said, "I have never seen
        this."`: a quoted piece too short or verbless to be a statement of its own (no quote of its own) on the other
        side of the attribution that interrupts a quotation within its sentence goes on with that quotation: one quote
        over both pieces and the attribution between (`parts`), as `merge_parts` joins two pieces that are statements.
        Only where the first piece ends with a comma and nothing but the cue's words, its speaker, punctuation and an
        `and` lie between (`"A," she said, and "for B."`)."""
        text = r.text

        def between(a: int, b: int, cue: Cue) -> bool:  # only `," Roe said, "` from `a` to the opening mark `b`
            speaker = cue.speaker
            gap = "".join(ch for i, ch in enumerate(text[a:b], a)
                          if not (cue.start <= i < cue.end or speaker.start_char <= i < speaker.end_char))
            return text[a : a + 2].strip()[:1] == "," and re.fullmatch(r"[\s,\"”’']*,\s*(and\s+)?[\"“‘']*", gap) \
                and a <= min(cue.start, speaker.start_char) and max(cue.end, speaker.end_char) <= b

        for f in found:
            cue = f.cue
            if not f.direct or f.parts or cue.speaker is None:
                continue
            para = r.para_index(f.start)
            after = next((q for q in r.quotations if q.open_at >= f.end), None)
            before = next((q for q in reversed(r.quotations) if q.close_at is not None and q.close_at < f.start), None)
            for q in (after, before):
                if q is None or q.full or q.state or q.close_at is None or r.para_index(q.start) != para:
                    continue
                if q is after and between(f.end, q.open_at, cue) or q is before and between(q.end, f.start - 1, cue):
                    q.state = "direct"
                    f.parts = sorted([(f.start, f.end), (q.start, q.end)])
                    f.start, f.end = f.parts[0][0], f.parts[-1][1]
                    break
            else:
                rest = self.run_on_after_cue(r, f)
                if rest is not None and between(f.end, rest[0], cue):
                    f.parts = [(f.start, f.end), rest]
                    f.end = rest[1]

    def run_on_after_cue(self, r: Reading, f: Found) -> tuple[int, int] | None:
        """`"It was poor timing," she said, [that both had ties to it]`, `"Only you," she said, [would use the
        occasion to ...]`: the words after the attribution that interrupts a quotation, where they carry on its
        sentence unquoted (opened by `that` or a modal verb, to the sentence's end, with no quotation or cue of their
        own); None for none."""
        text, doc = r.text, r.doc
        speaker = f.cue.speaker
        after = max(f.cue.end, speaker.end_char)
        m = re.match(r",[ \t]+", text[after : after + 4])
        if m is None:
            return None
        start = after + m.end()
        first = doc[r.token_at(start)]
        if first.idx != start or not (first.lower_ == "that" and first.dep_ == "mark" or first.tag_ == "MD"):
            return None
        para = r.para(start)
        end = sentence_end(text, para, start)
        if end - start > 200 or any(start <= mark < end + 1 for mark in r.marks) or any(
                self.is_cue_verb(t) for t in doc[first.i : r.token_at(max(end - 1, start)) + 1]):
            return None
        return start, end

    def pact(self, cue: Cue) -> bool:
        """`Both sides agreed a truce would start at midnight`, `Chile and Peru agreed that ...`: several parties
        agreeing at once make a pact (an event), not a statement."""
        phrase = cue.speaker
        if cue.kind != "verb" or phrase is None or cue.token.lemma_.lower() not in self.pact_verbs:
            return False
        return any(c.dep_ == "conj" for c in phrase.root.children) or any(
            t.lower_ in ("both", "two", "all") for t in phrase)

    @staticmethod
    def restated(f: Found, found: list[Found]) -> bool:
        """`Cruz said he now believes X`: the speaker's belief inside what they said is what they said, one
        statement (a belief or intention with a pronoun speaker, inside another cue's reported content)."""
        cue = f.cue
        if not cue.mind or f.direct or cue.speaker is None or cue.speaker.root.pos_ != "PRON":
            return False
        return any(g.cue is not cue and not g.direct and not g.cue.mind and g.start <= cue.start < g.end
                   for g in found)

    def merge_parts(self, r: Reading, found: list[Found]) -> list[Found]:
        """One quotation interrupted by its own cue (`"A," she said, "B."`) is one quote spanning both parts, as
        news reading counts it: same cue, same paragraph, nothing else between. So is one quotation running over
        several paragraphs, left open at each paragraph's end and reopened at the next (`open_over_paragraphs`)."""
        out: list[Found] = []
        into: dict[int, Found] = {}  # id(a Found merged away) → the quote it went into
        for f in found:
            if f.continues is not None:
                f.continues = into.get(id(f.continues), f.continues)
            prev = out[-1] if out else None
            if prev is not None and not prev.direct and len(out) > 1 and out[-2].start <= prev.start \
                    and prev.end <= out[-2].end:
                prev = out[-2]  # `"A, he thinks B," she said, "C."`: a clause reported inside the first piece
            if prev is not None and (self.continues(r, prev, f) or self.open_over_paragraphs(r, prev, f)):
                prev.parts = prev.parts or [(prev.start, prev.end)]
                prev.parts.append((f.start, f.end))
                prev.end = max(prev.end, f.end)
                into[id(f)] = prev
                continue
            out.append(f)
        return out

    @staticmethod
    def open_over_paragraphs(r: Reading, prev: Found, f: Found) -> bool:
        """`"A ...` (no closing mark) then, opening the next paragraph, `"B ..."`: the typographic convention for one
        quotation over several paragraphs, one continuous quoted span (both the storyline gold and PolNeAR count it
        once). Only where `f` carries on `prev` (`continuations`) and nothing but the paragraph break lies between."""
        if f.continues is not prev or not (prev.direct and f.direct) or prev.end > f.start:
            return False
        if r.para_index(f.start) != r.para_index(prev.end) + 1:
            return False
        unclosed = any(q.close_at is None and q.end == prev.end for q in r.quotations)
        opens = any(q.start == f.start and not r.text[r.paras[r.para_index(f.start)][0] : q.open_at].strip()
                    for q in r.quotations)
        return unclosed and opens

    def continues(self, r: Reading, prev: Found, f: Found) -> bool:
        """Whether `f` carries on the quotation `prev`: both direct, one cue, one paragraph, and between them
        only that cue's attribution (`," she said, "`; `," she said. "` too with `join_sentences`). A cue inside one
        quotation (`"A, officials said, B"`) cuts it into what its sources said (`inner_statements`); that stays cut."""
        if not (prev.direct and f.direct and prev.cue is f.cue and prev.end <= f.start):
            return False
        if r.para_index(prev.start) != r.para_index(f.start) or f.start - prev.end > MAX_INTERRUPTION:
            return False
        if not self.join_sentences and re.search(r"[.!?]\s*[\"“‘']?\s*$", r.text[prev.end : f.start].rstrip()):
            return False  # `"A," she said. "B."`: a new sentence is a new quote unless `join_sentences`
        if not prev.end <= prev.cue.start < f.start:
            return False  # `"A," but tensions "B," he added`: what breaks the quotation is not its attribution
        if self.in_phrase(r, f.start):
            return False  # `"A," wrote the authors of the "Growth Project"`: a name in marks, not the quotation's rest
        return 1 <= sum(prev.end <= m < f.start for m in r.marks) <= 2  # two quotations, not a quotation's pieces

    @staticmethod
    def in_phrase(r: Reading, start: int) -> bool:
        """Whether the quotation whose content starts at `start` opens inside a phrase: right after a determiner,
        a preposition or a possessive (`of the "Growth Project"`), as a name or title does, not a statement."""
        mark = next((q.open_at for q in r.quotations if q.start == start), None)
        if mark is None:
            return False
        i = r.token_at(mark)
        while i > 0 and (r.doc[i].idx >= mark or r.doc[i].is_quote or r.doc[i].is_space):
            i -= 1
        before = r.doc[i]
        return before.idx + len(before) <= mark and (before.pos_ in ("DET", "ADP") or before.tag_ == "PRP$")

    def inner_statements(self, r: Reading, found: list[Found], inner: list[Cue]) -> list[Found]:
        """Statements a quotation attributes to a third party. A quoted report (`the report says`, an outlet)
        or an unattributed quotation is split into what each named source said (`"A, officials said, B.
        Ukrainians said that C."` → A and B by the officials, C by the Ukrainians), relayed by the report;
        a person's quotation keeps its words and adds the claim it reports (`"... something Iran denies"`) where
        that claim is one of its own (`quoted_claim_kept`)."""
        out = []
        used = set()
        for f in found:
            mine = [c for c in inner if f.direct and f.start <= c.start < f.end and f.start <= c.inside[0] < f.end]
            used.update(id(c) for c in mine)
            if mine and self.is_report(r.doc, f.cue):
                out += self.split(r, f.start, f.end, mine, f)
                continue
            out.append(f)
            out += [Found(c, *c.content, False, [f.cue, *f.relays]) for c in mine if self.quoted_claim_kept(c)]
        for q in r.quotations:
            mine = [c for c in inner if id(c) not in used and c.inside == (q.start, q.end)]
            if mine and not q.state:  # `"A, officials said, B."` with no attribution outside the marks
                q.state = "direct"
                out += self.split(r, q.start, q.end, mine, None)
        return out

    @staticmethod
    def quoted_claim_kept(cue: Cue) -> bool:
        """Whether a claim a person's quotation reports of a third party is a quote of its own: a denial or a clause on
        a noun (`"... something Iran denies"`, `"... a step Oslo keeps ruling out"`), what the quoted speaker says
        the third party holds against the world, is; a clause the quotation itself is built on (`"Bernie believes
        that X"`, `"Trump also says, X"`, `"Even though most economists thought X, ..."`) is the quoted speaker's
        words, one attribution, as attribution corpora (PolNeAR) count it."""
        return cue.stance == "deny" or cue.token.dep_ in ("relcl", "acl")

    def is_report(self, doc: Doc, cue: Cue) -> bool:
        """A cue whose speaker is a report or an outlet (`the report says`, `CNN reported`)."""
        if cue.speaker is None:
            return False
        head = cue.speaker.root
        mention = mention_for_token(doc, head)
        if mention is not None:
            return self.is_outlet(doc, mention["actor"])
        return self.speaker_nouns.get(head.lemma_.lower()) in ("media", "document")

    def split(self, r: Reading, start: int, end: int, inner: list[Cue], base: Found | None) -> list[Found]:
        """A quotation cut, sentence by sentence, around the attributions inside it."""
        doc = r.doc
        span = doc.char_span(start, end, alignment_mode="expand")
        out: list[Found] = []
        for sent in span.sents if span is not None else []:
            a, b = max(sent.start_char, start), min(sent.end_char, end)
            cue = next((c for c in inner if a <= c.start < b), None)
            if cue is None:
                if base is not None:
                    out.append(Found(base.cue, a, b, True, list(base.relays)))
                continue
            relays = [base.cue, *base.relays] if base is not None else []
            attribution = cue.speaker.start_char
            clause = any(c.dep_ == "ccomp" and c.i > cue.token.i for c in cue.token.children) \
                and r.text[cue.end : b].lstrip()[:1] not in SET_OFF  # `said that ...`, not `said, which ...`
            after = cue.content[0] if clause and cue.content else self.attribution_end(cue)
            for x, y, direct in ((a, attribution, True), (after, b, not clause)):
                piece = self.piece(doc, x, y)
                if piece is not None:
                    out.append(Found(cue, *piece, direct, relays))
        merged: list[Found] = []
        for f in out:  # sentences of the report's own words stay one quote
            if merged and base is not None and f.cue is base.cue is merged[-1].cue:
                merged[-1].end = f.end
            else:
                merged.append(f)
        return merged

    def attribution_end(self, cue: Cue) -> int:
        """Where `officials said last week` ends: the next punctuation after the cue."""
        doc = cue.token.doc
        i = cue.token.i + 1
        while i < len(doc) and not doc[i].is_punct and doc[i].idx < cue.end:
            i += 1
        while i < len(doc) and not doc[i].is_punct:
            i += 1
        return doc[i].idx if i < len(doc) else cue.end

    def piece(self, doc: Doc, start: int, end: int) -> tuple[int, int] | None:
        """Trimmed offsets of a piece of quotation with enough words to be a statement, or None."""
        span = doc.char_span(start, end, alignment_mode="contract") if end > start else None
        if span is None or len([t for t in span if t.is_alpha]) < self.min_words:
            return None
        return span_content(doc, span.start, span.end - 1)

    def quotation_cue(self, r: Reading, q: Quotation, by_token: dict[int, Cue], cues: list[Cue]
                      ) -> tuple[Cue | None, bool]:
        """A quotation's cue, and whether it stands right next to it. In this order: a colon before it
        (`X said: "..."`), a reported clause around it (`X said that there are "..."`), the cue right after it
        (`"...," he said`), the one right before it (`X said, "..."`), a paragraph ending with a colon."""
        lead, lead_adjacent = self.leading_cue(r, q, by_token)
        if lead is not None and (r.text[lead.end : q.open_at].strip().endswith(":") or not lead_adjacent
                                 and not self.mostly_quoted(r, lead.content)):
            return lead, lead_adjacent
        trail, trail_adjacent = self.trailing_cue(r, q, by_token)
        if trail is not None and lead is not None and lead.content and overlaps(lead.content, q) \
                and self.set_off_participle(trail.token):
            return lead, lead_adjacent  # `X stressed that "...," suggesting ...`: the participle adds its own claim
        if trail is not None and not trail_adjacent and lead is None:
            around = self.enclosing_cue(r, q, cues)
            if around is not None:  # `X declared it was "a" to hear "b," after trying to ...`: b is X's
                return around, False
        if trail is not None:
            return trail, trail_adjacent
        if lead is not None:
            return lead, lead_adjacent
        return self.colon_cue(r, q, cues) or self.named_colon(r, q) or self.unlisted_attribution(r, q), True

    def unlisted_attribution(self, r: Reading, q: Quotation) -> Cue | None:
        """`"...," Hannity started.`, `"...," opined the Plain Dealer.`, `"...?" he went on.`: where no cue claims a
        quotation and what follows its closing mark up to the sentence's end is only a speaker and a verb (with
        particles, adverbs and prepositional phrases), that verb attributes it, lexicon or not."""
        doc, text = r.doc, r.text
        if q.close_at is None or not text[q.open_at + 1 : q.close_at].rstrip().endswith((",", "?", "!", "—", "–")):
            return None
        i = r.token_at(q.close_at) + 1
        window = []
        for t in doc[i : i + 14]:
            if "\n" in t.text or t.idx in r.marks or t.is_quote:
                return None
            if t.text in SENTENCE_END:
                break
            window.append(t)
        else:
            return None
        inside = {t.i for t in window}
        verbs = [t for t in window if t.pos_ == "VERB" and t.tag_ in ("VBD", "VBZ", "VBP")
                 and (t.head.i not in inside or t.head == t)]
        taken = self.verb_taken_for_noun(window)
        if taken is not None:
            verbs = [taken]  # `"...," the email read.`: the parse made `read` a noun and `email` its compound
        if len(verbs) != 1:
            return None
        verb = verbs[0]
        mine = [c for c in verb.children if c.i in inside]
        who = next((c for c in mine if (c.dep_ == "nsubj" or taken is not None and c.dep_ == "compound")
                    and c.pos_ in ("PROPN", "NOUN", "PRON")), None)
        if who is None:  # `"...," opined the Plain Dealer`: an inverted subject, parsed as the object
            who = next((c for c in mine if c.dep_ in ("dobj", "attr", "npadvmod") and c.i > verb.i
                        and c.pos_ in ("PROPN", "NOUN")), None)
        if any(c.dep_ in ("nsubjpass", "auxpass", "ccomp", "xcomp", "dobj", "dative") and c is not who for c in mine):
            return None  # `"...," she was told`, `"...," he wanted to know`, `he threw it`: not an attribution alone
        if who is None or verb.lemma_.lower() in self.not_reporting or any(
                t.pos_ == "VERB" and t is not verb and t.dep_ not in ("amod", "acl", "relcl", "advcl") for t in window):
            return None
        phrase = noun_phrase(who, r.para(verb.idx))
        if not (self.holds_views(phrase) or who.lower_ in PRONOUNS):  # not `"...," the balloons cascaded down`
            return None
        particle = next((c for c in verb.children if c.dep_ == "prt"), None)
        last = particle if particle is not None else verb
        return Cue(verb, doc[verb.i : last.i + 1].text, verb.idx, last.idx + len(last), "verb", speaker=phrase,
                   direct_only=True)

    @staticmethod
    def verb_taken_for_noun(window: list[Token]) -> Token | None:
        """`"...," the email read.`: a sentence that goes on after a quotation with only a determiner, a noun and one
        more word, which the parse made a noun with the first noun its compound, has that word for its verb (a noun
        phrase alone there says nothing)."""
        if len(window) != 3 or window[0].pos_ != "DET" or window[1].dep_ != "compound" or window[1].pos_ != "NOUN" \
                or window[2].pos_ != "NOUN" or window[2].dep_ != "ROOT" or window[1].head != window[2] \
                or not window[2].is_lower:
            return None
        return window[2]

    @staticmethod
    def enclosing_cue(r: Reading, q: Quotation, cues: list[Cue]) -> Cue | None:
        """The nearest cue before a quotation, in its sentence, whose reported content holds it whole (`X
        declared it was "a" to hear "b"`: b is in what X declared), so that a cue further on, outside that
        content, cannot claim it."""
        sent = r.doc[r.token_at(q.open_at)].sent
        holding = [c for c in cues if c.kind in ("verb", "source") and c.content is not None
                   and sent.start_char <= c.start and c.end <= q.open_at and c.content[0] <= q.start
                   and q.end <= c.content[1]]
        return max(holding, key=lambda c: c.start) if holding else None

    def trailing_cue(self, r: Reading, q: Quotation, by_token: dict[int, Cue]) -> tuple[Cue | None, bool]:
        """`"...," he said` / `"...," said X` (adjacent) / `"..." of the coast, the release said`."""
        text = r.text
        if q.close_at is None:
            return None, False
        inner = text[q.open_at + 1 : q.close_at].rstrip()
        follow = text[q.close_at + 1 : q.close_at + 40].lstrip(" \t")[:1]
        continues = follow.islower() or (follow and follow in ",—–")
        if inner.endswith(".") and not continues:  # `"... accountable." Violations of ...`: the sentence ended
            return self.bare_attribution(r, q, by_token)
        i = r.token_at(q.close_at) + 1
        reach = 25 if continues or not inner.endswith(("?", "!")) else 3  # `"...?" he asked` / `"...?" The ...`
        for t in r.doc[i : i + reach]:
            if "\n" in t.text or t.idx in r.marks:
                break
            cue = by_token.get(t.i)
            if cue is not None:
                first = cue.start  # a speaker before the quotation is not next to it
                if cue.speaker is not None and cue.speaker.start_char > q.close_at:
                    first = min(first, cue.speaker.start_char)
                return cue, not re.search(r"\w", text[q.close_at + 1 : first])
            if t.text in SENTENCE_END:
                break
        return None, False

    def bare_attribution(self, r: Reading, q: Quotation, by_token: dict[int, Cue]) -> tuple[Cue | None, bool]:
        """`"... are missing." Jones said.`: a sentence that is only a speaker and a cue attributes the quotation
        that ended just before it (a period where a comma belongs)."""
        doc = r.doc
        i = r.token_at(q.close_at) + 1
        for t in doc[i : i + 6]:
            if "\n" in t.text or t.idx in r.marks or t.text in SENTENCE_END:
                break
            cue = by_token.get(t.i)
            if cue is None:
                continue
            end = cue.token.i + 1
            if cue.kind == "verb" and cue.speaker is not None and cue.speaker.start_char > q.close_at \
                    and end < len(doc) and doc[end].text in SENTENCE_END:
                return cue, True
            break
        return None, False

    def leading_cue(self, r: Reading, q: Quotation, by_token: dict[int, Cue]) -> tuple[Cue | None, bool]:
        """`X said: "..."`, `X said, "..."` (adjacent), `X said that "..."`."""
        j = r.token_at(q.open_at)
        for t in reversed(r.doc[max(0, j - 30) : j]):
            if t.text in SENTENCE_END or "\n" in t.text or t.idx in r.marks:
                break
            cue = by_token.get(t.i)
            if cue is None:
                continue
            gap = r.text[cue.end : q.open_at].strip().rstrip("'").rstrip()  # `said, ''...''`: two apostrophes
            adjacent = not gap or (len(gap) <= 60 and gap[-1] in ",:")
            if adjacent or (cue.content and overlaps(cue.content, q)):
                return cue, adjacent
            break
        return None, False

    def colon_cue(self, r: Reading, q: Quotation, cues: list[Cue]) -> Cue | None:
        """A paragraph that ends with a colon introduces the quotation opening the next one."""
        n = r.para_index(q.open_at)
        text = r.text
        if n < 1 or text[r.paras[n][0] : q.open_at].strip() or not text[: r.paras[n - 1][1]].rstrip().endswith(":"):
            return None
        a, b = r.paras[n - 1]
        inside = [c for c in cues if a <= c.start < b and c.kind in ("verb", "source")]
        if inside:
            return inside[-1]
        root = r.doc[r.token_at(b - 1)].sent.root  # `Germany issued a warning:` without a reporting verb
        speaker = self.subject(root, (a, b)) if a <= root.idx < b else None
        return Cue(root, root.text, root.idx, root.idx + len(root), "verb", speaker=speaker) if speaker else None

    def reported(self, r: Reading, cues: list[Cue], direct: list[Found]) -> list[Found]:
        """Reported speech: each cue's content that is not just a quotation attributed elsewhere."""
        found = []
        for cue in sorted(cues, key=lambda c: (c.content[1] - c.content[0]) if c.content else 0):
            if cue.content is None or cue.direct_only:
                continue
            if any(f.cue is cue and overlaps(cue.content, (f.start, f.end)) for f in direct):
                continue
            inside = [q for q in r.quotations if overlaps(cue.content, q)]
            if cue.quoted_only and not inside:
                continue
            relayed = [f for f in direct if f.cue is not cue and overlaps(cue.content, (f.start, f.end))]
            if relayed and self.mostly_quoted(r, cue.content):
                for f in relayed:  # `An NPR story says "...," aides told NPR`
                    f.relays.append(cue)
                continue
            for q in inside:
                q.state = q.state or "absorbed"
            start, end = self.reported_bounds(r, cue)
            if self.vehicle_only(r, start, end):
                continue  # `issued a statement`: the vehicle of a statement, not what it says
            quoted = sum(min(q.end, end) - max(q.start, start) for q in inside)
            found.append(Found(cue, start, end, quoted > (end - start) / 2))
        return found

    def hearsay_over_quotation(self, r: Reading, f: Found, found: list[Found]) -> Found | None:
        """`"...," Roe said, according to the Sun` / `According to an aide, Roe said, "..."`: a hearsay marker on the
        quotation's own reporting verb sources the whole report, speaker and all, as it does a reported clause
        (`reported_inside`); PolNeAR marks the marker's object as the source and the marker as the cue, the inner
        speaker being part of what is reported. The quotation keeps its words and takes the marker's cue; the
        marker's own quote (the quotation with its speaker and cue), the same attribution, is returned to be dropped.
        Not `citing X` (what the speaker cites), nor a marker inside the marks or in another sentence."""
        cue = f.cue
        if not f.direct or cue.kind != "verb" or cue.speaker is None or cue.inside is not None:
            return None
        pieces = f.parts or [(f.start, f.end)]
        for outer in [*f.relays, *(g.cue for g in found if g is not f and g.start < f.end and f.start < g.end
                                   and g.start <= cue.start < g.end)]:
            if outer.kind != "source" or outer.speaker is None or outer.inside is not None \
                    or outer.token.lemma_.lower() in ("cite", "quote") or outer.token.sent != cue.token.sent \
                    or any(a <= outer.start < b for a, b in pieces) or self.outlet_named(r.doc, outer.speaker) \
                    or self.unit_noun(outer.speaker) or not self.could_speak(outer.speaker):
                continue
            f.cue, f.relays = outer, [c for c in f.relays if c is not outer]
            return next((g for g in found if g.cue is outer and g is not f), None)
        return None

    @staticmethod
    def opened_before(r: Reading, pending: list[Quotation], found: list[Found]) -> list[Found]:
        """A paragraph that is all quotation, `"A ...` left open at its end, then `"B ...," she said.` opening the next
        one: the typographic convention for one quotation over several paragraphs, so the speaker and cue after its
        last piece are those of its first ones too (`merge_parts` joins the pieces). Pieces are taken from the last
        back, each carried on by the one after it."""
        out: list[Found] = []
        starts = {f.start: f for f in found if f.direct}
        for q in sorted(pending, key=lambda q: -q.start):
            n = r.para_index(q.open_at)
            if q.state or q.close_at is not None or n + 1 >= len(r.paras) or r.text[q.end : r.paras[n][1]].strip() \
                    or r.text[r.paras[n][0] : q.open_at].strip():
                continue  # only a paragraph that is all quotation: `"A," she said. "B ...` is hers already
            nxt = next((x for x in r.quotations if r.paras[n + 1][0] <= x.open_at < r.paras[n + 1][1]), None)
            after = starts.get(nxt.start) if nxt is not None else None
            if after is None or after.continues is not None or r.text[r.paras[n + 1][0] : nxt.open_at].strip() \
                    or r.text[nxt.open_at] != r.text[q.open_at]:
                continue  # the same opening mark repeated; a straight one then a curly one is a quoted excerpt of
                # another text before a quotation of its own (`"The paper wrote A.` / `“B,” she said.`)
            q.state = "direct"
            piece = Found(after.cue, q.start, q.end, True, list(after.relays))
            after.continues = piece
            starts[piece.start] = piece
            out.append(piece)
        return out

    def continuations(self, r: Reading, pending: list[Quotation], found: list[Found]) -> list[Found]:
        """`"A," he said. "B."` and a paragraph of quotation after its speaker's: the same speaker."""
        out: list[Found] = []
        for q in pending:
            if q.state:
                continue
            source = self.next_in_sentence(r, q, found) or self.previous_quote(r, q, found + out)
            if source is not None:
                q.state = "direct"
                carried = source if source.direct and source.end <= q.start else None  # not `"A," but "B," he added`
                out.append(Found(source.cue, q.start, q.end, True, list(source.relays), continues=carried))
        return out

    def next_in_sentence(self, r: Reading, q: Quotation, found: list[Found]) -> Found | None:
        """`"A," but tensions "B," he added`: the next quotation of the sentence has the cue."""
        later = next((x for x in r.quotations if q.close_at is not None and x.open_at > q.close_at), None)
        if later is None or r.text[q.open_at + 1 : q.close_at].rstrip().endswith((".", "?", "!")):
            return None
        gap = r.text[q.close_at + 1 : later.open_at]
        if len(gap) > 80 or "\n" in gap or re.search(r"[.!?]\s", gap):
            return None
        return next((f for f in found if f.start == later.start and f.direct), None)

    def previous_quote(self, r: Reading, q: Quotation, found: list[Found]) -> Found | None:
        """The last quote of this paragraph, or of the previous one where the quotation opens its paragraph."""
        n = r.para_index(q.open_at)
        opens = not r.text[r.paras[n][0] : q.open_at].strip()
        lower = r.paras[n - 1][0] if opens and n > 0 else r.paras[n][0]
        before = [f for f in found if lower <= f.start < q.open_at]
        last = max(before, key=lambda f: (f.end, f.end - f.start)) if before else None
        return self.quotation_over(r, last, before) if last is not None and not last.direct else last

    def mostly_quoted(self, r: Reading, content: tuple[int, int]) -> bool:
        """Content that is quotations and nothing else (`that` and punctuation aside)."""
        start, end = content
        rest = r.text[start:end]
        for q in sorted(r.quotations, key=lambda q: -q.open_at):
            close = q.close_at + 1 if q.close_at is not None else q.end
            if q.open_at < end and close > start:
                rest = rest[: max(q.open_at - start, 0)] + " " + rest[min(close, end) - start :]
        return len([w for w in re.findall(r"\w+", rest) if w.lower() != "that"]) <= 1
