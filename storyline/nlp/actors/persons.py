"""Actors: persons in one document, by full name, short name, title and apposition."""

import re
from collections import Counter
from functools import cached_property

from spacy.tokens import Span, Token

from storyline.model import LocalActor
from storyline.nlp.actors.lexicon import (
    APPOSITION_STOPS,
    HEAD_VERBS,
    MONTHS_AND_DAYS,
    NAME_PARTICLES,
    PLACE_LABELS,
    POSSESSIVE,
    QUOTE_CHARS,
    REGION_PREFIXES,
    SPEAKER_DEPS,
    first_names,
    load_table,
    singular,
    slugify,
    strip_the,
)
from storyline.nlp.actors.predicates import is_place
from storyline.nlp.paragraphs import lines, title_cased

BODY_TITLE_WORDS = {"ministry", "army", "military", "government", "embassy", "police", "navy"}
"""A state body's words in a title that names no state (`ministry spokesperson`): the body named before."""


class PersonResolution:
    """Resolving persons, a part of `DocState` (see `storyline.nlp.actors.document`)."""

    # ---- persons

    def resolve_persons(self, ents: list[Span]) -> None:
        """Full names first, then the short mentions, so a headline's `Putin` finds `Vladimir Putin`."""
        names = [n for n in (self.person_name(self.extend_name(e)) for e in ents) if n is not None]
        full = self.full_names
        for _, words in sorted(names, key=lambda n: -len(n[1])):  # the fullest name makes the key
            if len(words) > 1:
                key = self.same_person(words) or slugify(" ".join(words))
                full.setdefault(key, LocalActor(id=key, name=" ".join(words), kind="person"))
        for key, actor in full.items():
            words = actor.name.split()
            self.by_last.setdefault(words[-1].lower(), set()).add(key)
            self.by_first.setdefault(words[0].lower(), set()).add(key)
        single = Counter(words[0] for _, words in names if len(words) == 1)
        for span, words in names:
            actor = self.person_for(words)
            if actor is None or actor.id not in full and single[words[0]] < 2 and not self.titled(span):
                continue  # a lone unknown word (`Tsunami`, `Rayo`) is too weak a person
            self.actors.setdefault(actor.id, actor)
            self.add_person_roles(actor, span)
            self.add(*self.person_mention(span), actor)

    def relabel_places(self, ents: list[Span]) -> list[Span]:
        """Names the tagger takes for a person's or an organization's (PERSON, ORG) that are places. A name ending
        in a word for a place (`place_heads` of roles.yaml: `Byberry Road`, `Alexander Valley`) is one (FAC). A
        name of capitalised words the place table lists, in full or by its last word, that the person table does
        not and no title or honorific precedes, is one (GPE) where it has several words and the table lists it in
        full (`New Orleans`), or the document uses it as a place (`in Banda Aceh`, or tagged a place elsewhere),
        or uses its last word as one and its first is no first name of the person table (`Aceh`, not `George
        Washington`); the event pass then reads the place's country."""
        places, persons = load_table("places.tsv"), load_table("persons.tsv")
        used_as_place = {e.text for e in self.doc.ents if e.label_ in PLACE_LABELS}
        used_as_place |= {e.text for e in ents if e.label_ in ("PERSON", "ORG") and is_place(e)}
        changed = {}
        for ent in ents:
            words = [t for t in ent if t.tag_ != "POS" and t.lower_ != "the"]
            if ent.label_ not in ("PERSON", "ORG") or not words or not all(t.is_title for t in words) \
                    or self.titled(ent):
                continue
            if len(words) > 1 and words[-1].lower_ in self.lex.place_heads:
                changed[ent] = Span(self.doc, ent.start, ent.end, label="FAC")  # `Byberry Road`
                continue
            if self.names_home(ent):
                changed[ent] = Span(self.doc, ent.start, ent.end, label="GPE")  # `a Burnsville woman`
                continue
            if any(t.i in self.gaz_at for t in ent):
                continue
            name = " ".join(t.lower_ for t in words)
            if name in persons or not (name in places or words[-1].lower_ in places):
                continue
            if (name in places and len(words) > 1) or ent.text in used_as_place or (
                    len(words) > 1 and words[-1].text in used_as_place and words[0].lower_ not in first_names()):
                changed[ent] = Span(self.doc, ent.start, ent.end, label="GPE")
        if changed:
            self.doc.ents = [changed.get(e, e) for e in self.doc.ents]
        return [changed.get(e, e) for e in ents]

    def relabel_acronym_names(self, ents: list[Span]) -> list[Span]:
        """A name the tagger takes for a person's (PERSON) that holds an acronym, a word of three capitals or more
        (`EYP MCF`, `EYP Mission Critical Facilities`, `INS Mysore`), is an organization's (ORG) where none of its
        words is a first name of the person table or a title (`Sgt`) and the table does not list it
        (`JAMES OLER` in a headline, `RCMP Sgt. Tim Shields` are persons'): people's names are not spelt in
        capitals inside a sentence."""
        persons = load_table("persons.tsv")
        changed = {}
        for ent in ents:
            words = [t for t in ent if t.tag_ != "POS" and t.lower_ != "the"]
            if ent.label_ != "PERSON" or len(words) < 2 or " ".join(t.lower_ for t in words) in persons or any(
                    t.lower_ in first_names() or t.text in self.lex.honorifics or self.lex.is_person_title(t)
                    or t.lower_ in self.lex.title_words or f"{t.lower_}." in self.lex.title_words for t in words):
                continue  # `RCMP Sgt. Tim Shields`: a person's name after a body's acronym and a title
            if any(t.is_upper and t.is_alpha and len(t) >= 3 for t in words):
                changed[ent] = Span(self.doc, ent.start, ent.end, label="ORG")
        if changed:
            self.doc.ents = [changed.get(e, e) for e in self.doc.ents]
        return [changed.get(e, e) for e in ents]

    def names_home(self, ent: Span) -> bool:
        """`a Burnsville woman`, `Johnson, 66, of Burnsville`: a name that says where people live (`resident_nouns`
        of roles.yaml it modifies, or the `of` phrase after a person's name and age)."""
        doc = self.doc
        root = ent.root
        if root.dep_ in ("compound", "nmod", "amod") and root.head.i >= ent.end \
                and root.head.lower_ in self.lex.resident_nouns:
            return True
        return ent.start >= 4 and doc[ent.start - 1].lower_ == "of" and doc[ent.start - 2].text == "," \
            and doc[ent.start - 3].like_num and doc[ent.start - 4].text == ","

    @cached_property
    def headline_tokens(self) -> set[int]:
        """Tokens of the document's headline lines, those in title case (`storyline.nlp.paragraphs.title_cased`)."""
        return {t.i for line in lines(self.tokens) if title_cased(line) for t in line}

    @cached_property
    def common_words(self) -> set[str]:
        """Words and lemmas the document writes in lower case outside its headlines."""
        return {w for t in self.tokens if t.is_lower and t.is_alpha and t.i not in self.headline_tokens
                for w in (t.lower_, t.lemma_.lower())}

    @cached_property
    def body_names(self) -> set[str]:
        """Words the document capitalises inside a sentence outside its headlines (`Felt said`): names."""
        return {t.lower_ for t in self.tokens if t.is_title and not t.is_sent_start and t.i not in self.headline_tokens
                and t.i > 0 and self.doc[t.i - 1].is_alpha}

    def headline_word(self, token: Token) -> bool:
        """`Kills` in `Yvonne Hiller Kills Two`: a headline's capitalised common word (the document writes it,
        or its stem, in lower case elsewhere, and never capitalises it inside a sentence: `Mark Felt`), no part of
        a name."""
        if token.i not in self.headline_tokens or not token.is_title or token.i in self.gaz_at \
                or token.lower_ in self.body_names:
            return False
        word = token.lower_
        return word in self.common_words or any(
            word.endswith(end) and word[: -len(end)] in self.common_words for end in ("s", "es", "ed", "ing"))

    def person_shaped(self, ent: Span) -> bool:
        """`Nicola Sturgeon` tagged ORG: a name of capitalized words that a person title or honorific
        precedes, that the document calls `Ms Sturgeon`, or that `he`/`she` refers to in its sentence."""
        doc = self.doc
        words = [t for t in ent if t.tag_ != "POS"]
        if not 1 <= len(words) <= 3 or ent[0].lower_ == "the" or all(t.text in REGION_PREFIXES for t in words) \
                or any(t.text in self.lex.honorifics for t in words):
            return False
        if any(not t.is_title or t.pos_ != "PROPN" or self.lex.is_title(t) or t.lower_ in self.lex.org_heads
               or t.lower_ in self.lex.non_actor_heads or t.lower_ in self.lex.state_heads for t in words):
            return False  # `BBC Two`, `Labour Party`: not a person's name
        before = doc[ent.start - 1] if ent.start > 0 else None
        if before is not None and (before.text in self.lex.honorifics
                                   or before.tag_ in ("NN", "NNP") and self.lex.is_person_title(before)):
            return True
        if len(ent) < 2:
            return False
        if re.sub(POSSESSIVE, "", words[-1].text) in self.honorific_names:
            return True
        if ent.root.dep_ not in SPEAKER_DEPS:
            return False
        for t in ent.root.head.subtree:  # `Vince Cable said he would …`, not `Policy had caused …, he said`
            if t.i >= ent.end and t.ent_type_ == "PERSON":
                return False
            if t.i >= ent.end and t.lower_ in ("he", "she", "his", "her", "him") and t.head.dep_ != "parataxis":
                return True
        return False

    @cached_property
    def honorific_names(self) -> set[str]:
        """Words the document puts after an honorific (`Sturgeon` in `Ms Sturgeon`)."""
        tokens, honorifics = self.tokens, self.lex.honorifics
        return {tokens[i].text for i in range(1, len(tokens)) if tokens[i - 1].text in honorifics}

    def appositive_names(self, persons: list[Span]) -> list[Span]:
        """`The Shadow Home Secretary, Theresa May, said`, `Theresa May, shadow home secretary, said`: a name
        set off by a person title is a person even where NER missed it (or took `May` for a date)."""
        doc = self.doc
        found = []
        for token in self.tokens:
            if token.pos_ != "PROPN" or token.ent_type_ not in ("", "DATE") \
                    or any(p.start <= token.i < p.end for p in persons):
                continue
            titled = token.dep_ == "appos" and token.head.i < token.i and self.lex.is_person_title(token.head)
            titled = titled or any(c.dep_ == "appos" and c.i > token.i and doc[c.left_edge.i - 1].text == ","
                                   and self.lex.is_person_title(c) for c in token.children)
            if not titled:
                continue
            start = token.i
            while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound" \
                    and doc[start - 1].ent_type_ in ("", "DATE"):
                start -= 1
            span = doc[start : token.i + 1]
            if 2 <= len(span) <= 3 and all(t.is_title and t.i not in self.gaz_at for t in span) \
                    and (token.dep_ != "appos" or doc[start - 1].text == ","):
                found.append(span)
        return found

    def extend_name(self, ent: Span) -> Span:
        """`Ebrahim` + `Raisi`: NER sometimes stops before the surname, also where a nickname in parentheses
        comes before it (`Robert (Bob) Jenkins`, which NER reads as `Robert` alone): the nickname is a word of the
        name, so that reports naming him `Bob Jenkins` name one person."""
        doc = self.doc
        end = ent.end
        while True:
            while end < len(doc) and self.surname_word(doc[end]) and not doc[end - 1].whitespace_.count("\n"):
                end += 1
            if not (end + 3 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")"
                    and doc[end + 1].is_title and doc[end + 1].lower_ in first_names()
                    and self.surname_word(doc[end + 3], tagged=True)):  # the tagger may read both as names apart
                return doc[ent.start : end]
            end += 4

    def surname_word(self, token: Token, tagged: bool = False) -> bool:
        """A capitalized proper noun no entity holds (with `tagged`, or a person's), no place, no honorific: a word a
        person's name may run on to."""
        return token.pos_ == "PROPN" and token.ent_type_ in ("", *(("PERSON",) if tagged else ())) and token.is_title \
            and token.i not in self.gaz_at and token.text not in self.lex.honorifics

    def resolve_name_echoes(self) -> None:
        """`Major’s trip` (tagged EVENT), `Okafor said` (tagged ORG): a known surname is that person."""
        for token in self.tokens:
            if self.taken[token.i] or not token.text[:1].isupper():
                continue
            if token.pos_ != "PROPN" and token.dep_ not in ("nsubj", "nsubjpass", "poss"):
                continue  # a capitalized word at a sentence start must at least act: `Zelenskyy said`
            keys = self.full_name_keys(token.text)
            if len(keys) == 1:
                actor = self.full_names[next(iter(keys))]
                span = self.doc[token.i : token.i + 1]
                self.add_person_roles(actor, span)
                self.add(*self.person_mention(span), actor)

    def person_name(self, ent: Span) -> tuple[Span, list[str]] | None:
        """The name inside an NER person span: no title, honorific or possessive; None if no name."""
        doc = self.doc
        start, end = ent.start, ent.end
        while start < end - 1 and (doc[start].text in self.lex.honorifics
                                   or doc[start].lower_ in self.lex.title_words
                                   or doc[start].lower_ in ("former", "the", "[")
                                   or self.is_country_token(doc[start])):
            start += 1  # `President`, `Mr.`, `New Zealander` are no part of the name
        while end > start + 1 and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct
                                   or doc[end - 1].is_upper and doc[end - 1].lower_ in self.lex.title_words):
            end -= 1  # `Paul Boateng MP`
        while end > start + 1 and (doc[end - 1].text.endswith(".") and doc[end - 1].lower_ in self.lex.title_words
                                   or f"{doc[end - 1].lower_}." in self.lex.title_words):
            end -= 1  # `RCMP Sgt.`, `Homicide Capt`: an abbreviated title after a name is no part of it
        while start < end and self.headline_word(doc[start]):
            start += 1
        while end > start and self.headline_word(doc[end - 1]):
            end -= 1  # `Trial Begins`, `Yvonne Hiller Kills`: a headline's words
        if start == end or any(self.headline_word(t) for t in doc[start + 1: end - 1]):
            return None  # `Acme Dairy Warehouse Collapses`: a headline's common words inside no person's name
        span = doc[start:end]
        if "\n" in span.text:
            return None
        text = re.sub(POSSESSIVE, "", re.sub(r"\s*-\s*", "-", re.sub(r"[\[\]()]", "", span.text)))
        words = text.split()
        if not words or words[0].lower() in MONTHS_AND_DAYS or any(any(ch.isdigit() for ch in w) for w in words):
            return None
        if not all(w[0].isupper() or w.lower() in NAME_PARTICLES or w.lower().startswith("al-")
                   for w in words):
            return None
        if self.modifies_common_noun(span) or self.in_parentheses(span):
            return None
        if end < len(doc) and doc[end].lower_ == "administration":
            return None  # `the Biden administration`: the state (see resolve_nominal_states)
        return span, words

    def same_person(self, words: list[str]) -> str | None:
        """`Taro Yamada` is `Yamada Taro`; `Vladimir V. Putin` and `Vladimir Putin` are one."""
        for key, actor in self.full_names.items():
            other = actor.name.split()
            if set(words) == set(other) or (words[0] == other[0] and words[-1] == other[-1]) \
                    or words == other[: len(words)] or words == other[-len(words) :]:
                return key
        return None

    def person_for(self, words: list[str]) -> LocalActor | None:
        """The person a name means: a full name's own, the one full name ending (or starting) with a
        lone word, a new person for an unknown lone word, None where two full names share it."""
        if len(words) > 1:
            return self.full_names[self.same_person(words) or slugify(" ".join(words))]
        keys = self.full_name_keys(words[0])
        if len(keys) == 1:
            return self.full_names[next(iter(keys))]
        if keys:
            return None  # two persons share the name: leave it ambiguous
        key = slugify(words[0])
        return self.actors.get(key) or LocalActor(id=key, name=words[0], kind="person")

    def full_name_keys(self, word: str) -> set[str]:
        word = strip_the(word).lower()
        return self.by_last.get(word) or self.by_first.get(word) or set()

    def titled(self, span: Span) -> bool:
        """`President Biden`, `Mr. Okafor`: a title or honorific right before the name."""
        before = self.doc[span.start - 1] if span.start > 0 else None
        return before is not None and (before.text in self.lex.honorifics
                                       or self.lex.is_person_title(before))

    def person_mention(self, span: Span) -> tuple[int, int]:
        """The name with its honorific (`Mr. Putin`), not its title."""
        start = span.start
        if start > 0 and self.doc[start - 1].text in self.lex.honorifics:
            start -= 1
        return start, span.end

    def add_person_roles(self, actor: LocalActor, span: Span) -> None:
        """Roles from the title and the apposition; country and sector from them where still unknown."""
        found = (self.title_before(span), self.apposition_after(span))
        for role, country, affiliation in filter(None, found):
            actor.add_role(role)
            sector, _ = self.lex.title_sector(role.split())
            if affiliation is not None:
                actor.country = actor.country or affiliation.country
                actor.sector = actor.sector or affiliation.sector
            actor.country = actor.country or country or self.lex.title_country(role)
            actor.sector = actor.sector or sector

    def title_before(self, span: Span) -> tuple[str, str | None, None] | None:
        """`State Department spokeswoman Jane Roe` → (`State Department spokeswoman`, USA)."""
        doc = self.doc
        head = span.root.head
        if span.root.dep_ == "appos" and head.i < span.start - 1 and doc[span.start - 1].text == "," \
                and self.lex.is_person_title(head):  # `The Shadow Home Secretary, Theresa May,`
            start = head.left_edge.i + (head.left_edge.pos_ == "DET")
            role = doc[start : span.start - 1]
            if 0 < len(role) <= 10 and not any(self.taken[t.i] for t in role):
                self.take_title(role)
                return role.text, self.country_in(role), None
        end = span.start
        while end > 0 and doc[end - 1].text in self.lex.honorifics:
            end -= 1
        start = end
        while start > 0 and end - start < 10 and not doc[start].is_sent_start \
                and self.title_token(doc[start - 1], doc[start]):
            start -= 1
        while start < end and (doc[start].lower_ in ("of", "for", "to", "and", "-") or doc[start].tag_ == "POS"):
            start += 1
        heads = [t.i for t in doc[start:end] if self.lex.is_person_title(t)]
        if not heads:
            return None
        tail = doc[heads[-1] + 1 : end]  # `Special Envoy for Iran`: a title head, then `for` a name
        if len(tail) and not (tail[0].lower_ in ("for", "of", "to")
                              and all(t.text[:1].isupper() for t in tail[1:])):
            return None
        role = doc[start:end]
        self.take_title(role)
        office = next((t.i for t in role if t.lower_ in ("for", "to")), end)  # `Special Envoy for Iran`: not Iran's
        country = self.country_in(doc[start:office])
        first = doc[heads[-1]].left_edge.i
        if country is None and first < start and office == end and not any(
                doc[t].is_sent_start or doc[t].is_punct for t in range(first + 1, start)):
            country = self.country_in(doc[first:start])  # `Cambodia's defence ministry spokeswoman Maly Socheata`
        if country is None:
            country = self.body_named_before(doc[first:end], span.start)
        body = self.affiliation_in(doc[start:office]) if country is None else None  # `U.N. mediator Diego Cordovez`:
        return role.text, country, body if body is not None and body.sector == "IGO" else None  # acts for the UN

    def body_named_before(self, title: Span, before: int) -> str | None:
        """`ministry spokesperson Maly Socheata` after `The Cambodian Defense Ministry denied`: the state whose body
        of that word (`ministry`, `army`) the document named last before the person."""
        words = {t.lower_ for t in title if t.lower_ in BODY_TITLE_WORDS}
        if not words:
            return None
        for gaz in reversed([g for g in self.gaz_spans if g.end <= before]):
            entry = self.entry(gaz)
            after = {t.lower_ for t in self.doc[gaz.end: min(gaz.end + 3, before)]}
            if entry is not None and entry.kind == "country" and words & after:
                return entry.country
        return None

    def take_title(self, role: Span) -> None:
        """A title's words are no actors, but its country is."""
        for t in role:
            self.taken[t.i] = self.taken[t.i] or not self.is_country_token(t)

    def title_token(self, token: Token, right: Token) -> bool:
        """Can `token` extend a title leftwards: a capitalized word, a title word, `of`, a possessive."""
        if token.lower_ in self.lex.title_qualifiers and right.lower_ in self.lex.title_words:
            return True  # `shadow home secretary`, whatever the tagger made of `shadow`
        if token.text in QUOTE_CHARS or token.pos_ in ("DET", "VERB", "AUX", "PRON", "CCONJ"):
            return False
        if token.ent_type_ == "PERSON" and right.ent_type_ != "PERSON":
            return False  # `Senator John Kerry and President George Bush`
        if token.lower_ == "to":  # `Ambassador to Russia`, not `adviser to Chancellor Brown`
            return self.in_gazetteer(right)
        if token.tag_ == "POS" or token.lower_ in ("of", "for", "-"):
            return right.text[:1].isupper() or right.lower_ in self.lex.title_words
        if token.is_punct or token.like_num and not token.is_title:  # `First Minister`, not `2`
            return False
        return token.text[:1].isupper() or token.lower_ in self.lex.title_words or self.in_gazetteer(token)

    def apposition_after(self, span: Span) -> tuple[str, str | None, LocalActor | None] | None:
        """`Jane Roe, a research director at the Institute for …` → role, country, affiliation."""
        doc = self.doc
        i = span.end
        while i + 1 < len(doc) and doc[i].lower_ in ("and", ",") and doc[i + 1].ent_type_ == "PERSON":
            i += 1
            while i < len(doc) and doc[i].ent_type_ == "PERSON":
                i += 1  # `Ann Lee and Omar Haddad, analysts at …`
        if i + 1 >= len(doc) or doc[i].text != ",":
            return None
        i += 1
        if doc[i].lower_ == "who" and i + 1 < len(doc) and doc[i + 1].lemma_ in HEAD_VERBS:
            obj = doc[i + 2 : self.phrase_end(i + 2)]
            if not len(obj):
                return None
            return f"head of {obj.text}", self.country_in(obj), self.affiliation_in(obj)
        relative = doc[i].lower_ == "who" and i + 2 < len(doc) and doc[i + 1].lemma_ == "be"
        i += 2 if relative else 0  # `X, who is the director of Y,`
        while i < len(doc) and doc[i].lower_ in ("a", "an"):
            i += 1
        end = self.phrase_end(i)
        phrase = doc[i:end]
        self.role_tokens.update(range(i, end))
        if not len(phrase) or phrase[0].pos_ in ("CCONJ", "ADP") \
                or not relative and not any(t.dep_ == "appos" and t.head.i < i for t in phrase):
            return None  # a list (`Airbus, Air China, the …`), not an apposition
        cut = next((k for k, t in enumerate(phrase) if t.pos_ == "ADP"), len(phrase))
        head = [t.lower_ for t in phrase[:cut] if t.pos_ in ("NOUN", "ADJ", "PROPN")]
        if not head or not self.lex.title_sector(head)[1]:
            return None  # `Poland, a close NATO partner`: not a role
        if phrase[0].lower_ == "the" and not phrase[1:2].text[:1].isupper():
            phrase = phrase[1:]
        return phrase.text, self.country_in(phrase), self.affiliation_in(phrase)

    def phrase_end(self, i: int) -> int:
        """Where an apposition ends: punctuation, a verb, a relative pronoun, or 25 tokens."""
        doc = self.doc
        end = i
        while end < len(doc) and end - i < 25 and doc[end].text not in APPOSITION_STOPS \
                and doc[end].pos_ not in ("VERB", "AUX") and doc[end].lower_ not in ("who", "which", "that"):
            end += 1
        return end

    def country_in(self, span: Span) -> str | None:
        """The first country that a title or apposition names (`Russian`, `White House`, `Japan's`)."""
        for t in span:
            g = self.gaz_at.get(t.i)
            if g is not None:
                entry = self.entry(g)
                if entry is not None and entry.kind == "country":
                    return entry.country
        return None

    def affiliation_in(self, span: Span) -> LocalActor | None:
        """The organization an apposition names, resolved now so the person can take its country."""
        found = []
        for ent in [*self.doc.ents, *self.gaz_spans]:
            if ent.start < span.start or ent.end > span.end:
                continue
            entry = self.entry(ent)
            name = self.org_name(ent) if entry is None and ent.label_ == "ORG" else None
            if entry is not None and entry.kind == "organization":
                found.append(self.actor_for_entry(entry))
            elif name is not None:
                found.append(self.org_actor(name))
        return next((a for a in found if a.country), found[0] if found else None)

    def modifies_common_noun(self, span: Span) -> bool:
        """`Rayo ballistic missiles`, `the NSC official`: a name used as a modifier is no actor."""
        root = span.root
        head = root.head
        doc = self.doc
        listed = span.end + 1 < len(doc) and doc[span.end].lower_ in ("and", "or") and doc[span.end + 1].lower_ in (
            "other", "several", "many")  # `USAID and other donors`: one of them, whatever the parse hangs it on
        return (root.dep_ in ("compound", "amod", "nmod") and head.i >= span.end and head.pos_ == "NOUN"
                and not self.lex.is_title(head) and head.lower_ not in self.lex.group_heads
                and head.lower_ != "administration" and not listed)

    def in_parentheses(self, span: Span) -> bool:
        """`(Newser) – China slapped …`: a byline at the very start, not a person."""
        doc = self.doc
        return (span.start > 0 and doc[span.start - 1].text == "(" and span.end < len(doc)
                and doc[span.end].text == ")" and len(span) == 1 and span.start <= 1)


    # ---- `the Supreme Leader`

    def resolve_title_references(self) -> None:
        """`the speaker`, `the Supreme Leader`: the one person of the document holding that title.

        A title without a name is a person too: the organization in `the US House speaker` or `a CNN
        correspondent` is part of the title, not a mention."""
        doc = self.doc
        persons = [a for a in self.actors.values() if a.kind == "person" and a.roles]
        for token in self.tokens:
            if self.taken[token.i] or token.i in self.role_tokens or token.tag_ not in ("NN", "NNP") \
                    or not self.lex.is_person_title(token):
                continue
            nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if token.dep_ in ("compound", "amod") or nxt is not None and nxt.ent_type_ == "PERSON":
                continue
            start = token.i
            while start > 0 and not doc[start].is_sent_start and not self.taken[start - 1] \
                    and self.title_token(doc[start - 1], doc[start]):
                start -= 1
            self.take_title(doc[start : token.i])
            if start == 0 or doc[start - 1].lower_ != "the":
                continue
            holders = self.title_holders(doc[start : token.i + 1], persons)
            if len(holders) == 1:
                self.add(start - 1, token.i + 1, holders[0])

    def title_holders(self, title: Span, persons: list[LocalActor]) -> list[LocalActor]:
        """Who `the home secretary` or `the Iranian official` is: the persons holding that title (a
        `shadow home secretary` only where no one holds it plainly), else, for `the <country> <role>`, the
        persons of that country holding that role (any government role for `official`)."""
        text = title.text.lower()
        pattern = re.compile(rf"(\S+\s+)?\b{re.escape(text)}\b")
        matches = {a.id: [m.group(1) for r in a.roles for m in pattern.finditer(r.lower())] for a in persons}
        holders = [a for a in persons if matches[a.id]]
        plain = [a for a in holders if any((q or "").strip() not in self.lex.title_qualifiers for q in matches[a.id])]
        if holders:
            return plain or holders
        country = self.country_in(title)
        if country is None:
            return []
        head = singular(title[-1].lower_)
        return [a for a in persons if a.country == country and (
            any(head in r.lower().split() for r in a.roles) or head in self.lex.generic_titles and a.sector == "GOV")]
