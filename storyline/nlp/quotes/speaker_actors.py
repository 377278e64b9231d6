"""Speaker actors: the actor a cue's speaker phrase names or refers back to (names, pronouns, role nouns,
a lede's unnamed speaker, an outlet that relays)."""

import re
from bisect import bisect_right
from collections import Counter

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from storyline.nlp.actors import local_actor, mention_for_token, mentions_in
from storyline.nlp.quotes.spans import DEMONSTRATIVES, SUBJECT_DEPS, Reading

PRONOUNS = {
    "he": "person", "she": "person", "him": "person", "her": "person",
    "they": "any", "them": "any", "it": "organization", "we": "any",
}
GENDERED = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}
"""Pronouns that tell a person's gender: `Okafor said ... she` cannot be Okafor where the text calls him `he`."""
ANONYMOUS = re.compile(r"anonymity|not (?:be )?(?:to be )?(?:named|identified)|not authori[sz]ed|unnamed|anonymous",
                       re.I)
"""An unnamed speaker who stays unnamed (`a senior official, speaking on condition of anonymity`)."""
KINDS = {
    "person": {"person"},
    "organization": {"country", "organization", "group"},
    "government": {"country", "organization"},
    "media": {"organization"},
    "any": {"person", "country", "organization", "group"},
    "document": {"person", "country", "organization", "group"},
}
NAMED_NEXT_SENTENCES = 2
"""How many sentences after `a spokesman said` may name the spokesman."""
ANTECEDENT_WINDOW = 1500
"""Characters back to look for the antecedent of `he` or `the ministry`."""

Spoken = tuple[int, str | None, str, int]
"""A resolved speaker: where its phrase ends, its actor, its kind, where what it said ends."""


class SpeakerActors:
    """The actor half of `SpeakerResolver`: the document-local actor a speaker phrase names or refers back to."""

    def named_actor(self, doc: Doc, phrase: Span) -> str | None:
        """The actor a phrase names by its head (`officials`, `Iran`, `Ukrainian officials`, not `Michael Howard's
        speech`) or by the name it stands in apposition to or with, without antecedents."""
        head = phrase.root
        named = [head.head] if head.dep_ == "appos" else []  # `Jane Roe, a teacher who says`: the teacher is Roe
        for token in [head, *(c for c in head.children if c.dep_ == "appos"), *named]:
            mention = mention_for_token(doc, token)
            if mention is not None:
                return mention["actor"]
        return None

    def speaker_actor(self, r: Reading, phrase: Span, before: int, memory: list[Spoken]) -> str | None:
        """The actor a speaker phrase names, or the antecedent it refers back to (from before `before`)."""
        doc = r.doc
        head = phrase.root
        named = self.named_actor(doc, phrase)
        if named is not None:
            return named
        if head.lower_ in PRONOUNS:
            return self.antecedent(r, before, PRONOUNS[head.lower_], memory, GENDERED.get(head.lower_))
        if head.pos_ == "PROPN" or head.is_title and head.is_alpha and head.i > head.sent.start and len(phrase) == 1:
            # `Okafor said` where only `Grace Okafor` was recognized (`said Skelly`, a name tagged as an adverb)
            name = re.sub(r"['’]s$", "", head.text)
            people = [a for a in doc._.local_actors or [] if a["kind"] == "person" and name in a["name"].split()]
            if people:
                return max(people, key=lambda a: a["name"].split()[-1] == name)["id"]
        after = mentions_in(doc, head.idx + len(head), phrase.end_char)
        if after and self.hosted(head, after[0]):
            after = []  # `the Japanese ambassador to China`: the host state; the envoy speaks for its own
        if after:  # `reports from CNN`
            return after[0]["actor"]
        category = self.speaker_nouns.get(head.lemma_.lower()) or self.speaker_nouns.get(head.lower_)
        modifiers = mentions_in(doc, phrase.start_char, head.idx)  # `Ukrainian officials`, `the Labour party`
        if category == "organization" and modifiers and (local_actor(doc, modifiers[0]["actor"]) or {}).get(
                "kind") == "organization":
            return modifiers[0]["actor"]
        definite = phrase[0].lower_ in DEMONSTRATIVES | {"the"} and phrase[-1] == head  # `the spokesman`
        definite = definite and not any(t.lower_ in self.unnamed for t in phrase)  # not `the unnamed source`
        named = any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in head.children)  # `The ..., Theresa May,`
        singular = head.tag_ not in ("NNS", "NNPS") or category in ("media", "document")
        if category and definite and singular and not named:
            actor = self.titled(r, phrase) or self.antecedent(r, before, category, memory, noun=head.lemma_)
            if actor:
                return actor
        indefinite = phrase[0].lower_ in ("a", "an") and not any(t.lower_ in self.unnamed for t in phrase)
        if category == "person" and singular and (definite or indefinite):
            actor = self.named_next(r, phrase)
            if actor:
                return actor
        body = self.body_of(doc, phrase, head, modifiers)
        if body is not None:  # `an AFP journalist`, `a Thai army spokesman`: the body they speak for
            return body
        return modifiers[0]["actor"] if modifiers else None

    def hosted(self, head: Token, mention: dict) -> bool:
        """Whether a mention after an envoy noun is who the envoy is sent to (`the ambassador to China`, `Japan's
        envoy to the United Nations`), not who sends it: the object of the noun's own `to`."""
        if head.lemma_.lower() not in self.envoy_nouns and head.lower_ not in self.envoy_nouns:
            return False
        return any(o.left_edge.idx <= mention["start"] < o.right_edge.idx + len(o.right_edge)
                   for prep in head.children if prep.dep_ == "prep" and prep.lower_ == "to"
                   for o in prep.children if o.dep_ == "pobj")

    @staticmethod
    def body_of(doc: Doc, phrase: Span, head: Token, modifiers: list[dict]) -> str | None:
        """The organization an unnamed speaker's modifiers name where no mention covers them whole: words the
        document uses as that organization's name (`an AFP journalist` once `AFP` is an actor), the body an earlier
        mention calls so (`a ministry spokeswoman` after `Norway's foreign ministry said`), or a state's body (`a
        Thai army spokesman`: of the state's bodies the document names, the one called an `army`)."""
        words = [t for t in doc[phrase.start : head.i] if t.pos_ in ("PROPN", "NOUN", "ADJ") and t.dep_ != "poss"]
        if not words:
            return None
        actors = [a for a in doc._.local_actors or [] if a["kind"] == "organization"]
        bare = [t for t in words if mention_for_token(doc, t) is None]
        text = " ".join(t.text for t in bare)
        if bare and len(bare) == len(words):  # no mention at all among the modifiers
            named = [a for a in actors if text == a["name"] or text in a.get("aliases", [])]
            if len(named) == 1 or any(t.pos_ == "PROPN" for t in bare):
                return named[0]["id"] if len(named) == 1 else None
            nouns = {t.lower_ for t in bare}  # `a ministry spokeswoman` after `Norway's foreign ministry said`
            earlier = [m for m in doc._.mentions or [] if phrase.start_char - ANTECEDENT_WINDOW < m["start"]
                       and m["end"] <= phrase.start_char and nouns <= {w.lower() for w in re.findall(r"\w+", m["text"])}
                       and (local_actor(doc, m["actor"]) or {}).get("kind") in ("organization", "country")]
            return earlier[-1]["actor"] if earlier else None
        if not bare or not modifiers or any(t.pos_ == "PROPN" for t in bare):
            return None
        state = local_actor(doc, modifiers[0]["actor"]) or {}
        if state.get("kind") != "country":
            return None
        nouns = {t.lower_ for t in bare}
        bodies = [a for a in actors if a.get("country") == state.get("country") and any(
            nouns <= {w.lower() for w in re.findall(r"\w+", form)} for form in [a["name"], *a.get("aliases", [])])]
        return bodies[0]["id"] if len(bodies) == 1 else None

    def named_next(self, r: Reading, phrase: Span) -> str | None:
        """`A senior diplomat said Friday ... Foreign Ministry spokeswoman Jane Roe told
        journalists`: an unnamed speaker is the person one of the next two sentences introduces as a speaker,
        where that person is new to the document and of the phrase's country."""
        doc = r.doc
        if ANONYMOUS.search(phrase.sent.text):
            return None
        limit, sent = len(r.text), phrase.sent
        for _ in range(NAMED_NEXT_SENTENCES):
            if sent.end >= len(doc):
                break
            sent = doc[sent.end].sent
            limit = sent.end_char
        named = mentions_in(doc, phrase.start_char, phrase.end_char)  # `A White House official`: USA
        country = (local_actor(doc, named[0]["actor"]) or {}).get("country") if named else None
        seen = {m["actor"] for m in doc._.mentions or [] if m["start"] < phrase.start_char}
        for m in doc._.mentions or []:
            if m["start"] < phrase.end_char or r.quoted(m["start"]):
                continue
            if m["start"] >= limit:
                return None
            actor = local_actor(doc, m["actor"]) or {}
            if actor.get("kind") != "person":
                continue
            token = doc[r.token_at(m["end"] - 1)]
            speaks = token.dep_ in SUBJECT_DEPS and token.head.lemma_.lower() in self.verbs
            if m["actor"] in seen or not speaks or country and actor.get("country") not in (None, country):
                return None
            if self.reporter(doc, token):  # `Al Jazeera's Tony Cheng said`: the outlet's own journalist
                return None
            return m["actor"]
        return None

    def reporter(self, doc: Doc, token: Token) -> bool:
        """A person named with an outlet as possessor (`CNN's Jane Roe`, `Jane Roe of CNN`): its journalist."""
        owners = [c for c in token.subtree if c.dep_ == "poss" or c.dep_ == "pobj" and c.head.lower_ == "of"]
        return any((m := mention_for_token(doc, o)) is not None and self.is_outlet(doc, m["actor"]) for o in owners)

    def titled(self, r: Reading, phrase: Span) -> str | None:
        """`the Prime Minister` → the person introduced as `Prime Minister Jane Roe`."""
        words = phrase[1:].text
        if not words:
            return None
        # `Spain's Prime Minister Jane Roe` is `the Prime Minister`; `Deputy Mayor X` is not `the mayor`
        title = re.compile(rf"(?:^|[^\w\s]\s*|\b(?:[a-z]\w*|\w+['’]s)\s+)(?i:{re.escape(words)})\s+$")
        named = [m for m in r.doc._.mentions or [] if (local_actor(r.doc, m["actor"]) or {}).get("kind") == "person"
                 and title.search(r.text[max(m["start"] - 60, 0) : m["start"]])]
        earlier = [m for m in named if m["start"] < phrase.start_char]
        pick = earlier[-1] if earlier else (named[0] if named else None)
        return pick["actor"] if pick else None

    def antecedent(self, r: Reading, before: int, category: str, memory: list[Spoken],
                   gender: str | None = None, noun: str | None = None) -> str | None:
        """The last compatible speaker or subject outside quotations before `before`, the nearer one
        (a speaker counts from the end of its phrase: `X and Y, scholars, wrote ... they continued` is X);
        `he`/`she` only for a person the document does not call the other."""
        doc = r.doc
        genders = self.person_genders(r) if gender else {}
        noun = noun.lower() if noun else None

        def fits(actor_id: str | None, kind: str | None = None) -> bool:
            if actor_id is None:  # an unnamed speaker (`The tobacco companies deny ... They also say`)
                return category != "media" and kind in KINDS[category]
            if genders.get(actor_id, gender) != gender:
                return False
            actor = local_actor(doc, actor_id) or {}
            if category == "media" or self.is_outlet(doc, actor_id):
                return category == "media" and self.is_outlet(doc, actor_id)
            if category == "organization" and noun in self.named_heads:  # `the committee`: a `... Committee`
                return noun in actor.get("name", "").lower().split()
            if category == "government":  # `the government` is a state; `the ministry` may be a state's body
                return actor.get("kind") == "country" or (noun not in self.state_nouns and actor.get(
                    "kind") == "organization" and actor.get("sector") in ("GOV", "MIL"))
            return actor.get("kind") in KINDS[category]

        said = next((s for s in reversed(memory) if s[0] < before and fits(s[1], s[2])), None)
        speaker = said[:2] if said else None
        if speaker and (category == "document" or r.para(speaker[0]) == r.para(before)):
            return speaker[1]  # `X said ... "...," he said`: the speaker of the paragraph
        if category == "document":
            return None
        subject = None
        for m in reversed(doc._.mentions or []):
            if m["end"] > before or r.quoted(m["start"]):
                continue
            if before - m["start"] > ANTECEDENT_WINDOW:
                break
            span = doc.char_span(m["start"], m["end"], alignment_mode="expand")
            root = span.root if span is not None else None
            if root is not None and fits(m["actor"]) and (category == "media" or root.dep_ in SUBJECT_DEPS or (
                    root.dep_ in ("compound", "conj", "amod") and root.head.dep_ in SUBJECT_DEPS)):
                subject = (m["start"], m["actor"])
                break
        if said and subject and subject[0] < said[3]:
            return said[1]  # `X said it appeared Y was ... But he said`: not a subject of what X said
        best = max([c for c in (speaker, subject) if c], default=None, key=lambda c: c[0])  # the nearer
        return best[1] if best else None

    def person_genders(self, r: Reading) -> dict[str, str]:
        """Each person's gender where the document tells it: an honorific or title (`Ms Hewitt`, `spokeswoman`
        in a role), else the majority of the gendered pronouns whose nearest person mention (same or previous
        sentence, one person only) is theirs."""
        if r.genders is not None:
            return r.genders
        doc = r.doc
        persons = [m for m in doc._.mentions or []
                   if (local_actor(doc, m["actor"]) or {}).get("kind") == "person" and not r.quoted(m["start"])]
        votes: dict[str, Counter] = {}
        for m in persons:
            first = m["text"].split()[0].lower().rstrip(".")
            titles = [w for r in (local_actor(doc, m["actor"]) or {}).get("roles", []) for w in r.lower().split()]
            for word in [first, *titles]:
                if word in self.gendered:
                    votes.setdefault(m["actor"], Counter())[self.gendered[word]] += 3
        starts = [m["start"] for m in persons]
        pronouns = {doc.vocab.strings.as_int(w) for w in GENDERED}  # made a `Token` only where a pronoun stands
        for i in [i for i, lower in enumerate(doc.to_array(LOWER).tolist()) if lower in pronouns]:
            token = doc[i]
            gender = GENDERED.get(token.lower_)
            if gender is None or token.pos_ != "PRON" or r.quoted(token.idx):
                continue
            sent = token.sent
            lower = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
            i = bisect_right(starts, token.idx) - 1
            window = {persons[k]["actor"] for k in range(i, -1, -1) if persons[k]["start"] >= lower}
            if len(window) == 1:
                votes.setdefault(window.pop(), Counter())[gender] += 1
        r.genders = {a: c.most_common(1)[0][0] for a, c in votes.items()
                     if len(c) == 1 or c.most_common(2)[0][1] > c.most_common(2)[1][1]}
        return r.genders

    def guess_kind(self, phrase: Span) -> str:
        """The kind of an unnamed speaker: `officials` a group, `a spokeswoman` a person."""
        head = phrase.root
        if head.lower_ in PRONOUNS:
            return "person" if PRONOUNS[head.lower_] == "person" else "group"
        if head.tag_ in ("NNS", "NNPS"):
            return "group"
        return "person" if self.speaker_nouns.get(head.lemma_.lower()) == "person" else "organization"

    def is_outlet(self, doc: Doc, actor_id: str) -> bool:
        """A news outlet: media sector, or a media word in its name (`Xinhua News Agency`); not a journalist."""
        actor = local_actor(doc, actor_id) or {}
        if actor.get("kind") == "person":
            return False
        if actor.get("sector") == "MED":
            return True
        words = {w.lower() for w in re.findall(r"[A-Za-z]+", actor.get("name", ""))}
        return actor.get("kind") == "organization" and bool(words & self.media_words)

    def outlet_named(self, doc: Doc, phrase: Span) -> bool:
        """Whether a phrase names a news outlet by itself (`the Las Vegas Sun`), before speakers are resolved."""
        actor = self.named_actor(doc, phrase)
        return actor is not None and self.is_outlet(doc, actor)

    def relays(self, doc: Doc, actor_id: str) -> bool:
        """Who can relay a statement (`told CNN`, `told Politico`): an outlet or an unplaced organization."""
        actor = local_actor(doc, actor_id) or {}
        return self.is_outlet(doc, actor_id) or (actor.get("kind") == "organization" and not actor.get("sector"))
