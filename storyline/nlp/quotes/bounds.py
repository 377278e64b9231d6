"""Content bounds: where a quote's content starts and ends, as news reading counts it. A quotation takes the
unquoted start of its sentence (`The media are "manipulating ...," Gilmore said`); reported content leaves out
whom it was said to, the day it was said on, the stance noun its cue expresses, a paragraph's dateline and where or
when it was said, and never ends inside a phrase."""

import re

from spacy.tokens import Token

from storyline.nlp.quotes.marks import Quotation
from storyline.nlp.quotes.spans import (
    ABBREVIATION,
    LEAD_CONJUNCTIONS,
    SENTENCE_BREAK,
    SUBJECT_DEPS,
    Cue,
    Found,
    Reading,
    after_dateline,
    noun_phrase,
    sentence_end,
    sentence_start,
    span_content,
)

CUT_DEPS = {"det", "compound", "nummod", "amod", "poss", "nmod", "quantmod", "case"}
"""Dependents that open a phrase whose head comes after them (`the`, `Ms.`, `62`, `outside`)."""
ADJUNCT_PREPS = {"at", "during", "after", "before", "amid"}
"""Prepositions that say where or when a cue's act took place (`at a rally`, `after the event`)."""
TIME_MARKS = {"when", "until", "after", "before", "once"}
"""Words opening a clause that says when a cue's act took place (`defended X when Y came under attack`)."""
TOPIC_PREPS = {"about", "on", "of", "over", "regarding", "for", "against", "toward", "towards"}
"""Prepositions that hang a topic on a noun of saying (`a message about X`, `support for X`, `opposition to X`)."""

TAIL_OPENERS = {"of", "from", "for", "that", "on", "about", "against", "over", "toward", "towards"}
"""Words that, right after a closing mark, carry the quoted words on into the rest of their sentence (`"in support"
of the evidence`, `"wild claims" that were spread about her`)."""
MARK_SLACK = 6
"""Characters of quotation marks and spaces around two quoted pieces that a quotation's extent counts and its
pieces' contents do not."""
TAIL_LIMIT = 160
"""The most characters such a rest may run to."""
COLON_LIMIT = 400
"""The most characters reported content may run on to after a colon that follows it (`past_colon`)."""


class ContentBounds:
    """The content-bounds half of `Attributor` (`QuoteFinder` supplies `holds_views`, `evidence_nouns`,
    `topic_nouns` and `venue_nouns`)."""

    def reported_bounds(self, r: Reading, cue: Cue) -> tuple[int, int]:
        """A cue's reported content (`cue.content`), its start and end moved to what was said."""
        start, end = cue.content
        start = self.past_addressee(r, cue, start)
        start = self.past_when(r, cue, start, end)
        start = self.past_stance_noun(cue, start, end)
        start = self.around_parenthetical(r, cue, start)
        start = after_dateline(r.text, r.para(start), start)  # `TALLAHASSEE — [...], according to a poll`
        end = self.before_cut_phrase(r, start, end)
        end = self.before_adjunct(r, cue, start, end)
        end = self.over_list(r, start, end)
        end = self.over_verb_list(r, cue, start, end)
        start = self.past_topic_noun(cue, start, end)  # after the object's end is found: it reads the object
        end = self.past_colon(r, cue, start, end)
        end = self.over_quotation(r, start, end)
        return start, end

    @staticmethod
    def over_quotation(r: Reading, start: int, end: int) -> int:
        """Where reported content ends that opens with a quotation and stops inside it (`She makes a simple case:
        "A. B."`, a content read to its sentence's end): at the quotation's end, one content over all its sentences,
        as a quotation is one statement however many sentences it runs to."""
        for q in r.quotations:
            if q.full and q.open_at <= start <= q.start and q.start < end < q.end:
                return q.end
        return end

    @staticmethod
    def over_list(r: Reading, start: int, end: int) -> int:
        """Where a noun phrase content ends that is the first member of a list the parse broke off (`took aim at the
        lobby, the oil industry and super PACs`, `spoke of the decline of X, the loss of Y and the cost of Z`: the
        later members hung on the subject or the verb): the rest of its sentence after a comma or `and`, nouns and their
        modifiers with `and` or `or` and no verb nor clause, goes on with the list; not a phrase set off after it
        (`opposes X, like Romney and Rubio`: a comparison of the speaker)."""
        doc = r.doc
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or span.root.pos_ not in ("NOUN", "PROPN") or span[-1].pos_ not in ("NOUN", "PROPN"):
            return end
        last = span.end - 1
        stop = span[-1].sent.end - 1
        while stop > last and (doc[stop].is_punct or doc[stop].is_space):
            stop -= 1
        tail = doc[last + 1 : stop + 1]
        if len(tail) < 2 or tail[0].lower_ not in (",", "and", "or") or tail[1].pos_ == "ADP" \
                or doc[stop].pos_ not in ("NOUN", "PROPN"):
            return end  # `, Y and Z`, `and his support for Y`
        if any(t.pos_ == "SCONJ" or t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound") or t.is_quote
               or t.text in (";", ":", "(", ")") or "\n" in t.text for t in tail):
            return end  # a clause, a verb, a quotation or a new paragraph: no list of nouns
        if not any(t.lower_ in ("and", "or") for t in tail):
            return end
        return doc[stop].idx + len(doc[stop])

    def over_verb_list(self, r: Reading, cue: Cue, start: int, end: int) -> int:
        """Where a content led by an infinitive or a gerund ends that is the first member of a list of such phrases
        the parse broke off (`proposals to raise fares, close two depots and sell the garage`, `discusses hiding cash,
        leaving the country and changing her name`: the later members hung on the cue or its subject): over the
        members of the same form set off by commas up to the one after `and` or `or`, as one content; not over a verb
        of saying (`, saying ...`) nor a clause with a subject of its own."""
        doc = r.doc
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return end
        lead = next((t for t in span if t.tag_ == "VBG" or t.tag_ == "VB" and t.i > 0 and doc[t.i - 1].lower_ == "to"
                     or t.pos_ in ("VERB", "AUX")), None)
        if lead is None or lead.tag_ not in ("VB", "VBG") or any(
                h.pos_ in ("NOUN", "PROPN") and h.i in range(span.start, span.end) for h in lead.ancestors):
            return end  # `against X's procedure for removing voters, dealing a blow to Y`: a verb inside a noun phrase
        forms = {"VB", "VBP"} if lead.tag_ == "VB" else {"VBG"}
        sent_end = span[-1].sent.end
        k, last = span.end, None
        while k < sent_end and doc[k].text == ",":
            k += 1
            joined = k < sent_end and doc[k].lower_ in ("and", "or")
            k += joined
            while k < sent_end and doc[k].tag_ == "RB":
                k += 1
            if k >= sent_end:
                return end
            member = doc[k]
            if member.tag_ not in forms or self.is_cue_verb(member) or member in cue.token.ancestors or any(
                    c.dep_ in SUBJECT_DEPS for c in member.children):
                return end
            stop = next((t.i for t in doc[k + 1 : sent_end] if t.text == "," or t.lower_ in ("and", "or")
                         and t.i + 1 < sent_end and doc[t.i + 1].tag_ in forms), sent_end)
            if joined or doc[stop].lower_ in ("and", "or"):
                if not joined:
                    nxt = doc[stop + 1]
                    if self.is_cue_verb(nxt) or any(c.dep_ in SUBJECT_DEPS for c in nxt.children):
                        return end
                    member = nxt
                last = max(member.right_edge.i, member.i)
                break
            k = stop
        if last is None or last >= sent_end or doc[last].idx + len(doc[last]) <= end:
            return end
        return doc[last].idx + len(doc[last])

    @staticmethod
    def past_colon(r: Reading, cue: Cue, start: int, end: int) -> int:
        """Where reported content ends once the colon right after it is followed: `pointed to a variety of ideas:
        [conspiracies about X, doubts about Y]`, `it fails for a simple reason: [the trust she lost ...]`: what comes
        after the colon spells out what was said, one content to the sentence's end, as news reading counts it. Only
        after a cue that comes first, and not for a lone word (`...: No.`), a question, a quotation (attributed on its
        own) or a long run."""
        text = r.text
        m = re.match(r"[ \t]*:[ \t]+", text[end : end + 8])
        if m is None or cue.start > start:
            return end
        para = r.para(end)
        stop = next((b for b in SENTENCE_BREAK.finditer(text, end + m.end(), para[1])
                     if not ABBREVIATION.search(text, end, b.start())), None)  # not `Mr. `, `Sept. `
        last = stop.start() if stop else len(text[: para[1]].rstrip().rstrip(".!"))
        rest = text[end + m.end() : last]
        if len(re.findall(r"\w+", rest)) < 2 or last - end > COLON_LIMIT or text[last : last + 1] == "?" or any(
                end < mark < last + 1 for mark in r.marks) or rest.rstrip().endswith("?"):
            return end
        return last

    def vehicle_only(self, r: Reading, start: int, end: int) -> bool:
        """`issued [a statement]`, `wrote [a letter to Zucker]`, `sent [a fundraising email]`, `posted [a video]`: a
        content that is only the noun of the document, speech or post that carried a statement names its vehicle, not
        what was said. A short noun phrase headed by one of `vehicle_nouns` in the singular and new (`a`, `another`,
        the speaker's own `her`), with no verb, quotation or preposition but the addressee's or sender's (`a statement
        on X`, `a letter about Y`, `a speech calling for Z` say what)."""
        span = r.doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) > 8:
            return False
        root = span.root
        if root.tag_ != "NN" or root.lemma_.lower() not in self.vehicle_nouns or any(
                c.dep_ == "det" and c.lower_ not in ("a", "an", "another") or c.dep_ == "poss" and c.pos_ != "PRON"
                for c in root.children):
            return False  # `released the DNC emails`, `the cellphone video`, `the nominee's speech`: what was said
        return not any(t.pos_ in ("VERB", "AUX") or t.is_quote or t.dep_ == "prep" and t.lower_ not in ("to", "from")
                       for t in span)  # `a letter to Zucker`, not `an editorial at Clinton`

    def lead_in(self, r: Reading, q: Quotation, cue: Cue, by_token: dict[int, Cue]) -> int:
        """Where a quotation's content starts: at its opening mark, or at its sentence's start where the words before
        the mark are the start of what the speaker said, as news reading counts them. So with a cue after the
        quotation (`The media are "manipulating ...," Gilmore said`: one content with its unquoted start), not after a
        colon or parenthesis (`the report is blunt: "..."`) nor after another cue (`X said, "..."`); and with a
        cue set inside the sentence (`A long winter, she said, "might be ..."`, `But, he added, "..."`) only
        where the quotation goes on with those words (it starts in lower case) or they are a lone conjunction."""
        text = r.text
        para = r.para(q.open_at)
        start = after_dateline(text, para, sentence_start(text, para, q.open_at))
        if r.statement_at(start) is not None:
            return q.start
        if cue.start > q.open_at:
            lead = text[start : q.open_at]
            before = r.doc[r.token_at(len(text[: q.open_at].rstrip(" ,")) - 1)]
            if lead.rstrip().endswith(",") and by_token.get(before.i) is not None:
                return q.start  # `Lee reportedly said, "You decide," twice answering`
        else:
            speaker = cue.speaker
            if speaker is None or not start < speaker.start_char < cue.start < q.open_at:
                return q.start
            lead = text[start : speaker.start_char]
            words = re.findall(r"\w+", lead)
            lone = len(words) == 1 and words[0].lower() in LEAD_CONJUNCTIONS
            if not lead.rstrip().endswith(",") or not (text[q.start : q.start + 1].islower() or lone):
                return q.start
            if len(re.findall(r"\w+", text[cue.end : q.open_at])) > 3:  # `A, Bolton said that whatever X, "they
                clause = cue.content[0] if cue.content else q.start  # should ..."`: the clause it goes on from
                return clause if cue.end <= clause < q.start else q.start
        quoted = any(start <= m < q.open_at for m in r.marks)  # another quotation before it in the sentence
        if quoted or not re.search(r"\w", lead) or lead.rstrip()[-1:] in ":;([—–-":
            return q.start
        return start

    def tail_out(self, r: Reading, q: Quotation, cue: Cue) -> int:
        """Where a quotation's content ends: at its closing mark, or at its sentence's end where the sentence goes on
        from the mark with no pause (`"We never got that specific complaint" from the city's inspectors`, `"97
        percent of doctors are in favour" of the method`): one content, the quoted words and the rest they run
        into, as news reading counts it. Not after punctuation inside the marks (`"...," he said`), nor where the rest
        holds another quotation, the cue or another verb of saying, or runs long."""
        text = r.text
        if q.close_at is None or text[q.start : q.end].rstrip()[-1:] in ",.;:!?-—–":
            return q.end
        m = re.match(r" +([a-z]+)\b", text[q.close_at + 1 : q.close_at + 30])
        if m is None or m.group(1) not in TAIL_OPENERS:
            return q.end
        para = r.para(q.close_at)
        end = sentence_end(text, para, q.close_at + 1)
        if end - q.close_at > TAIL_LIMIT or cue.end > q.close_at and cue.start < end or any(
                q.close_at < mark < end for mark in r.marks):
            return q.end
        doc = r.doc
        if any(self.is_cue_verb(t) or r.statement_at(t.idx) is not None
               for t in doc[r.token_at(q.close_at + 1) : r.token_at(end - 1) + 1]):
            return q.end
        return end

    def quotation_over(self, r: Reading, last: Found, before: list[Found]) -> Found:
        """The quote a quotation resuming after a reported clause carries on: `"A," said X, who has been pushing for
        [new gun laws]. "B."`: not the clause reported inside the attribution's sentence, but the quotation that
        sentence attributes, where nothing else lies between (`last` otherwise). A clause a verb of saying reports
        keeps the quotation after it (`"A," she said, adding that C. "B."`: B goes on with C)."""
        direct = [f for f in before if f.direct and f.end <= last.start and f.cue is not last.cue]
        if not direct or last.cue.kind != "verb" or self.verbs.get(last.cue.token.lemma_.lower()) == {}:
            return last
        prev = max(direct, key=lambda f: f.end)
        sent = prev.cue.token.sent
        if not prev.cue.start < last.start < sent.end_char or last.cue.token.sent != sent or any(
                f is not prev and f is not last and prev.end <= f.start < last.start for f in before):
            return last
        return prev

    @staticmethod
    def over_attribution(r: Reading, found: list[Found], max_gap: int) -> None:
        """`"A," she said. "B."`: two quotes, the second `continues` the first (the storyline convention), and the
        first spans its quotation and the attribution that interrupts it, to that attribution's sentence end
        (`A," she said.`), as a quotation its cue interrupts within one sentence spans both pieces and the cue between
        (`merge_parts`); `parts` keeps the quoted piece. So the quote covers what news reading counts as one
        attribution up to where the quotation resumes. Where the resumed piece is the longer one and neither covers
        most of the quotation (`"They complain," she said. "Everyone complains, no?"`), it spans the attribution instead
        (`he said. "Everybody sues, right?`; `resumed_spans`). Only where the first quote's own cue, in the same
        paragraph, lies between the two, with no other statement in marks (a name in marks may: `showing off the "Make
        America Great Again" hat`)."""
        text = r.text
        resumed: list[tuple[Found, int, Found | None]] = [
            (f.continues, f.start, f) for f in found
            if f.continues is not None and f.direct and f.continues.direct and f.continues.cue is f.cue]
        carried = {id(prev) for prev, _, _ in resumed}
        starts = {f.start for f in found}
        for prev in found:  # `"It's not exactly rosy," she said. "We're confident."`: a quotation too short to be
            if not prev.direct or id(prev) in carried:  # a statement of its own resumes it all the same
                continue
            after = next((q for q in r.quotations if q.open_at >= prev.end and q.close_at != prev.end), None)
            if after is not None and not after.full and after.start not in starts:
                resumed.append((prev, after.start, None))
        for prev, start, resuming in resumed:
            if prev.end > start or r.para_index(prev.start) != r.para_index(start) or start - prev.end > max_gap:
                continue
            if not prev.end <= prev.cue.start < start:
                continue
            gap = text[prev.end : start].rstrip().rstrip("\"“‘'").rstrip()
            if not gap.endswith((".", "!", "?")) or any(
                    q.full and prev.end < q.open_at < start - 1 and q.start != start for q in r.quotations):
                continue  # within the sentence (`merge_parts` makes it one quote), or another statement between
            if prev.cue.token.sent.end_char < prev.end + len(gap) - 1:
                continue  # `"A," he said. The crowd cheered. "B."`: more than the attribution's sentence
            if resuming is not None and ContentBounds.resumed_spans(prev, resuming, len(gap)):
                lead = len(gap) - len(gap.lstrip(" \t\"”’',—–"))  # `"They complain," she said. "All do, no?"`
                resuming.parts = resuming.parts or [(resuming.start, resuming.end)]
                resuming.start = prev.end + lead
                continue
            prev.parts = prev.parts or [(prev.start, prev.end)]
            prev.end = prev.end + len(gap)

    @staticmethod
    def resumed_spans(prev: Found, resuming: Found, gap: int) -> bool:
        """Whether the resumed piece of `"A," she said. "B."` spans the attribution rather than the first: where B is
        the longer piece but neither piece, the first with the attribution or B alone, covers most of the whole
        quotation (`"They complain," she said. "Everyone complains, no?"`); a B that is most of it alone stays a piece
        without its cue's words (its cue is then read outside it)."""
        whole = resuming.end - prev.start
        quoted = resuming.end - resuming.start
        return prev.end - prev.start < quoted and 2 * quoted < whole + MARK_SLACK \
            and 2 * (prev.end + gap - prev.start) < whole + MARK_SLACK

    def around_parenthetical(self, r: Reading, cue: Cue, start: int) -> int:
        """Where reported content starts where its cue is set off by commas inside the sentence it reports: `If China
        can build a wall, [he observed this week,] then he can build one`, `After the court ruled, [Hebert said,] most
        laws were ...`: the words before the cue's phrase go with the clause after it, one content (the cue inside
        it, as with `X, the Kremlin says, Y`). Not where the words before are a lone conjunction (`But, he said, ...`),
        hold a quotation or another cue, or only say when (`In the early 1990s, she said, ...`) or how the speaker
        was (`Furious over X, China announced, ...`), or the cue's phrase is not set off on both sides (`In his
        remarks, Graham argued that ...`: the framing of the act)."""
        token = cue.token
        doc = r.doc
        if cue.kind != "verb" or start < cue.end or cue.speaker is None or cue.speaker.start_char > cue.start:
            return start
        first = r.token_at(start)
        if first < 1 or doc[first - 1].text != "," or doc[first].idx != start:
            return start
        subject = cue.speaker[0].i
        sent = token.sent
        if subject - 1 <= sent.start or doc[subject - 1].text != ",":
            return start
        lead = [t for t in doc[sent.start : subject - 1] if not (t.is_punct or t.is_space)]
        if lead:  # `BEIJING (AP) — Furious over ...`: the dateline is no part of it
            opening = after_dateline(r.text, r.para(lead[0].idx), lead[0].idx)
            lead = [t for t in lead if t.idx >= opening]
        if not lead or len(lead) == 1 and lead[0].lower_ in LEAD_CONJUNCTIONS:
            return start
        if all(t.ent_type_ in ("DATE", "TIME") or t.pos_ in ("ADP", "DET") for t in lead):
            return start  # `In the early 1990s, Ms. Roe said, when ...`: when it happened, the cue's time
        heads = [t for t in lead if not lead[0].i <= t.head.i <= lead[-1].i or t.head == t]
        if lead[0].pos_ == "ADJ" or lead[0].tag_ in ("VBG", "VBN") or any(
                t.dep_ == "advcl" and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children)
                for t in heads):
            return start  # `Furious over the visit, China announced, ...`: how the speaker was, not what was said
        if any(t.is_quote or t.text in (":", ";") for t in doc[sent.start : subject]) or any(
                self.is_cue_verb(t) or r.statement_at(t.idx) is not None for t in lead):
            return start
        return lead[0].idx

    def past_addressee(self, r: Reading, cue: Cue, start: int) -> int:
        """Where reported content starts once the one it was said to is left out: `assured Trump [that most ...]`,
        `asked Clinton [if ...]`, `reminded his staff [about ...]`. A cue's object that names who was addressed (a
        person, a group, a pronoun), followed by the clause (opened by `that`, `if`, `whether` or a wh-word) or the
        `about` that says what, is no part of the content. An object with an infinitive stays (`urged them to leave`:
        whom it concerns is part of what was urged), and so does one with `for` (`criticized X for Y`)."""
        token = cue.token
        if cue.kind != "verb":
            return start
        obj = next((c for c in token.rights if c.dep_ in ("dobj", "dative") and c.left_edge.idx == start), None)
        if obj is None or obj.lower_ in ("it", "this", "that", "what", "which") or not self.holds_views(
                noun_phrase(obj, r.para(obj.idx))):
            return start
        about = next((c for c in obj.rights if c.dep_ == "prep" and c.lower_ == "about"), None)
        if about is not None:  # `asked the frontrunner about X`, the parse hanging `about` on the object
            return about.idx if all(c.dep_ not in ("relcl", "acl") for c in obj.rights if c.i < about.i) else start
        after = [c for c in token.rights if c.i > obj.right_edge.i and not c.is_punct]
        said = after[0] if after else None
        if said is None or said.dep_ not in ("ccomp", "advcl", "prep") or said.left_edge.i <= obj.right_edge.i:
            return start
        opener = said.left_edge  # `that`, `if`, `whether`, `what`, `about`: not a clause whose subject the parse
        if said.dep_ == "prep" and said.lower_ != "about" or said.dep_ != "prep" and not (  # took for the object
                opener.lower_ in ("that", "if", "whether") or opener.tag_ in ("WDT", "WP", "WRB")):
            return start
        return opener.idx

    def past_stance_noun(self, cue: Cue, start: int, end: int) -> int:
        """Where an object's content starts once the noun that names the stance is left to the cue: `expressed
        [alarm] that X`, `shared [her belief] that X`: the object's own `that` clause is what was said (not a relative
        clause, `the plan that he proposed`, nor an infinitive, `mocked her refusal to release ...`, nor what a
        rejection denies, `rejected the notion that X`, nor someone else's or a piece of evidence, `noted Clinton's
        comment that X`, `show little evidence that X`)."""
        token = cue.token
        if cue.kind != "verb" or cue.stance == "deny":
            return start
        obj = next((c for c in token.rights if c.dep_ == "dobj" and c.left_edge.idx == start), None)
        if obj is None or obj.pos_ != "NOUN" or obj.lemma_.lower() in self.evidence_nouns | {"fact"} or any(
                c.dep_ == "poss" and c.pos_ != "PRON" for c in obj.children):
            return start
        clause = next((c for c in obj.rights if c.dep_ in ("acl", "ccomp") and c.left_edge.idx < end), None)
        if clause is None or any(c.dep_ not in ("prep", "amod", "advmod", "punct") for c in obj.rights
                                 if c.i < clause.i):
            return start
        opener = clause.left_edge
        if opener.lower_ != "that" or opener.dep_ != "mark":
            return start
        return opener.idx

    def past_topic_noun(self, cue: Cue, start: int, end: int) -> int:
        """Where an object's content starts once the noun that names the act of saying is left to the cue, with the
        preposition that hangs its topic on it: `presented [a message about] healing`, `voiced [enthusiasm for] X`,
        `posted [their thoughts on] the ruling`, `filed [a lawsuit against] X`: the topic is what was said. Only nouns
        the lexicon lists (`topic_nouns`: a message, a view, criticism, support, not `a ban on X` nor `the idea of X`,
        which are the content), not a possessed or counted one (`his support for X`, `90 percent support for X`),
        and only where the topic runs to the content's end."""
        token = cue.token
        if cue.kind != "verb":
            return start
        obj = next((c for c in token.rights if c.dep_ == "dobj" and c.left_edge.idx == start), None)
        if obj is None or obj.pos_ != "NOUN" or obj.lemma_.lower() not in self.topic_nouns or any(
                c.dep_ in ("poss", "nummod", "quantmod") or c.like_num for c in obj.subtree if c.i < obj.i):
            return start  # `his support for X`, `90 percent support for X`: whose or how much is said too
        prep = next((c for c in obj.rights if c.dep_ == "prep"), None)
        if prep is None or prep.lower_ not in TOPIC_PREPS or any(
                c.dep_ not in ("amod", "compound", "punct") for c in obj.rights if c.i < prep.i):
            return start
        topic = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
        if topic is None or topic.left_edge.idx >= end or prep.idx < start:
            return start
        doc = token.doc
        rest = doc[topic.right_edge.i + 1 : len(doc)]
        if any(t.idx < end and not t.is_punct for t in rest):
            return start  # `concern over the case, and of X`: more than the one topic, the noun is said too
        return topic.left_edge.idx

    @staticmethod
    def past_when(r: Reading, cue: Cue, start: int, end: int) -> int:
        """Where reported content starts after the day or time its cue was said on (`promised Monday [to begin ...]`,
        `said on Tuesday [that ...]`): a date or time right after the cue, before the `that`, `to` or wh-word that
        opens what was said, belongs to the cue (not `said Monday's vote was rigged`: the day is the content's)."""
        doc = r.doc
        when = ("DATE", "TIME")
        i = r.token_at(start)
        if cue.end > start or doc[i].idx != start:
            return start
        if doc[i].lower_ in ("on", "at", "in", "last", "this") and i + 1 < len(doc) and doc[i + 1].ent_type_ in when:
            i += 1
        if doc[i].ent_type_ not in when:
            return start
        while i < len(doc) and doc[i].idx < end and (doc[i].ent_type_ in when or doc[i].is_punct):
            i += 1
        opens = i < len(doc) and doc[i].idx < end and (doc[i].lower_ in ("that", "to") or doc[i].tag_ in (
            "WDT", "WP", "WRB"))
        return doc[i].idx if opens else start

    def before_adjunct(self, r: Reading, cue: Cue, start: int, end: int) -> int:
        """Where an object's content ends before where or when its cue was said: `thanked [supporters] at a rally in
        Mississippi`, `faulted [Lee and Ruiz] after the debate`, `talked about [Clinton] on Fox News`,
        `defended [the remarks] when the billionaire came under attack`; a preposition of place or time, or a clause
        of time, hung on the cue after its object tells the act, not what was said (`blamed X for Y`, `accused X of Y`
        keep theirs)."""
        token = cue.token
        if cue.kind != "verb":
            return end
        obj = next((c for c in token.rights if c.dep_ == "dobj" and c.left_edge.idx == start), None)
        if obj is None:
            return end
        adjunct = next((c for c in token.rights if c.i > obj.right_edge.i and c.idx < end and self.adjunct(c)), None)
        if adjunct is None or any(c.i > adjunct.i and c.idx < end and not c.is_punct and c.dep_ not in (
                "npadvmod", "advmod") and not (c.dep_ == "prep" and c.lower_ in ADJUNCT_PREPS | {"in", "on"})
                and not self.adjunct(c) for c in token.rights):
            return end  # `condemned X during the drills as an overreaction`: what X was called is said too
        content = span_content(r.doc, obj.left_edge.i, adjunct.left_edge.i - 1)
        return content[1] if content else end

    def adjunct(self, c: Token) -> bool:
        """A dependent of a cue that says where or when it was said: `at`, `during`, `after` with their object (not
        `at 11 percent`); `in`, `on` or `from` a place, a date, an event or a medium (`in Iowa`, `on the debate
        stage`, `in an interview`, `from Palm Beach`: nouns in `venue_nouns`); a clause opened by `when`, `until`,
        `after` or `before`. What is promised or planned keeps its time (`promised action in the first 100 days`)."""
        if c.dep_ == "advcl":
            return any(m.dep_ in ("mark", "advmod") and m.lower_ in TIME_MARKS and m.i == c.left_edge.i
                       for m in c.children)
        if c.dep_ != "prep":
            return False
        objects = [o for o in c.children if o.dep_ == "pobj"]
        if c.lower_ in ADJUNCT_PREPS:
            return not any(o.like_num or o.ent_type_ in ("PERCENT", "MONEY", "CARDINAL") for o in objects)
        when = ("DATE", "TIME") if c.head.lemma_.lower() not in self.intention_nouns else ()  # `promises X in 100 days`
        return c.lower_ in ("in", "on", "from") and any(
            o.ent_type_ in (*when, "GPE", "LOC", "FAC", "EVENT") or o.lemma_.lower() in self.venue_nouns
            for o in objects)

    @staticmethod
    def before_cut_phrase(r: Reading, start: int, end: int) -> int:
        """Where reported content ends once it no longer cuts a phrase in two: a clause reported inside a subordinate
        one runs up to the main clause's subject, not into its first words (`When asked [whom she supported], Ms.
        Sherry smiled`, not `..., Ms`; `..., [they would vote for X]; 62 percent ...`, not `...; 62`)."""
        doc = r.doc
        last = doc[r.token_at(end - 1)]
        head = last.head
        if last.i + 1 >= len(doc) or head.i <= last.i or last.dep_ not in CUT_DEPS or not last.whitespace_:
            return end
        first = head.left_edge.i
        if doc[first].idx <= start:
            return end
        content = span_content(doc, r.token_at(start), first - 1)
        return content[1] if content else end
