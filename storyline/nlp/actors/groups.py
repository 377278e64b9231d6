"""Actors: unnamed groups that speak or act, and a person's kin."""


from spacy.tokens import Span, Token

from storyline.model import LocalActor
from storyline.nlp.actors.lexicon import (
    GROUP_SKIP_WORDS,
    PAIR_WORDS,
    POLITICAL_SECTORS,
    SPEAKER_DEPS,
    GazetteerEntry,
    slugify,
)


class GroupResolution:
    """Resolving groups, a part of `DocState` (see `storyline.nlp.actors.document`)."""

    # ---- groups

    def resolve_groups(self) -> None:
        """`Western officials say`, `defeats by Communist forces`, `support regional allies`: an unnamed
        collective that speaks, acts or is acted on, with the country where stated."""
        phrases: list[tuple[Span, bool, str | None, str | None]] = []
        for token in self.tokens:
            if token.lower_ not in self.lex.group_heads or token.tag_ not in ("NNS", "NNPS"):
                continue
            if self.taken[token.i] or any(t.dep_ == "poss" for t in token.lefts):
                continue  # `its officials`, `Iran's leaders`
            if self.of_both_sides(token):
                continue  # `commanders from both sides`: each side's, not an unnamed group
            span = self.group_phrase(token)
            if span is None:
                continue
            country = self.country_in(span)
            if country is None and self.bloc_in(span) is None and any(t.i in self.gaz_at for t in span):
                continue  # `NATO officials`: the organization's people
            if country is not None and token.lower_ in self.lex.state_heads:
                continue  # `Russian forces`: the state (see state_phrase)
            sector = self.lex.group_heads[token.lower_]
            phrases.append((span, self.takes_part(token, sector), country, sector))
        speaking = {slugify(s.text) for s, speaks, _, _ in phrases if speaks}
        for span, _, country, sector in phrases:
            key = slugify(span.text)
            if key not in speaking:
                continue
            first = span[0]
            lower = first.is_sent_start and first.pos_ != "PROPN" and first.i not in self.gaz_at
            name = span.text[:1].lower() + span.text[1:] if lower else span.text  # `Analysts said`
            actor = self.actors.setdefault(
                key, LocalActor(id=key, name=name, kind="group", country=country, sector=sector)
            )
            self.add(span.start, span.end, actor)

    def resolve_ethnic_peoples(self) -> None:
        """`ethnic Albanians demonstrated in Serbia`: a people a demonym names as an ethnic group is no state, but a
        group of the state its clause places it in (event data codes a minority as the country it lives in), or of
        no country said (then perhaps the one it deals with: see `events.actors.domestic_groups`)."""
        for people in list(self.candidates):
            head = self.doc[people.start]
            actor = self.actors.get(people.actor)
            if people.end - people.start != 1 or head.tag_ not in ("NNS", "NNPS") or actor is None or (
                    actor.kind != "country") or not any(c.dep_ == "amod" and c.lower_ == "ethnic" for c in head.lefts):
                continue
            ethnic = next(c for c in head.lefts if c.lower_ == "ethnic")
            span = self.doc[ethnic.i: people.end]
            places = [c for p in head.head.children if head.dep_ in ("nsubj", "nsubjpass") and p.dep_ == "prep"
                      and p.lower_ == "in" for o in p.children if o.dep_ == "pobj" for c in self.candidates
                      if c.start <= o.i < c.end and (x := self.actors.get(c.actor)) is not None and x.kind == "country"]
            country = places[0].actor if places else None
            key = slugify(span.text)
            name = span.text[:1].lower() + span.text[1:]
            group = self.actors.setdefault(key, LocalActor(id=key, name=name, kind="group", country=country,
                                                           sector="CVL"))
            self.candidates.remove(people)
            self.add(span.start, span.end, group)

    @staticmethod
    def of_both_sides(head: Token) -> bool:
        """`officials from both sides`, `commanders of the two countries`: the people of a pair of actors."""
        return any(c.dep_ == "prep" and c.lower_ in ("from", "of") and any(
            p.dep_ == "pobj" and any(d.lower_ in PAIR_WORDS and d.dep_ in ("det", "nummod", "predet")
                                     for d in p.children) for p in c.children) for c in head.children)

    def resolve_kin(self) -> None:
        """`a travel ban on Mary Major and her immediate family`: a person's family, named after the person, where it
        stands beside them or takes part itself."""
        doc = self.doc
        for token in self.tokens:
            if token.lower_ not in self.lex.kin_heads or self.taken[token.i] or token.pos_ != "NOUN":
                continue
            poss = next((t for t in token.lefts if t.dep_ == "poss"), None)
            if poss is None or poss.pos_ != "PROPN" and poss.lower_ not in ("his", "her"):
                continue
            named = poss.pos_ == "PROPN"  # `Major's family`, else `her family`
            owner = self.person_at(poss) if named else self.person_before(token)
            beside = token.dep_ == "conj" and self.person_at(token.head) is owner
            if owner is None or not (beside or self.takes_part(token, None)):
                continue
            start = poss.right_edge.i + 1 if named else poss.i  # the mention: `family`, `her family`
            name = f"{owner.name}’s {doc[poss.right_edge.i + 1 : token.i + 1].text}"
            key = slugify(name)
            actor = self.actors.setdefault(key, LocalActor(id=key, name=name, kind="group", country=owner.country))
            self.add(start, token.i + 1, actor)

    def person_at(self, token: Token) -> LocalActor | None:
        """The person whose mention covers a token, if any."""
        for c in self.candidates:
            if c.start <= token.i < c.end and self.actors[c.actor].kind == "person":
                return self.actors[c.actor]
        return None

    def person_before(self, token: Token) -> LocalActor | None:
        """The last person mentioned in the sentence before a token (what `his`, `her` refer to)."""
        found = [c for c in self.candidates if token.sent.start <= c.start < token.i
                 and self.actors[c.actor].kind == "person"]
        return self.actors[max(found, key=lambda c: c.start).actor] if found else None

    def group_phrase(self, head: Token) -> Span | None:
        """`Polish and Baltic diplomats`, `diplomats from a Nordic state`: modifiers and `from` PP."""
        doc = self.doc
        lefts = [t for t in head.lefts if t.dep_ in ("amod", "compound", "nmod", "npadvmod", "nummod")]
        start = min([min(t.left_edge.i for t in lefts)] if lefts else [head.i])
        while start < head.i and (doc[start].lower_ in GROUP_SKIP_WORDS or doc[start].like_num
                                  or doc[start].is_punct or doc[start].pos_ in ("DET", "ADV")):
            start += 1
        end = head.i + 1
        pp = next((t for t in head.rights if t.dep_ == "prep" and t.lower_ == "from"), None)
        if pp is not None:
            obj = next((t for t in pp.rights if t.dep_ == "pobj"), None)
            if obj is not None and (self.country_in(doc[obj.left_edge.i : obj.i + 1])
                                    or self.bloc_in(doc[obj.left_edge.i : obj.i + 1])):
                end = obj.i + 1
        span = doc[start:end]
        named = any(t.ent_type_ in ("PERSON", "ORG") and t.i not in self.gaz_at for t in span)
        if "\n" in span.text or named or any(self.taken[t.i] for t in span):
            return None  # a person's or organization's people are not an unnamed group
        return span

    def bloc_in(self, span: Span) -> GazetteerEntry | None:
        """The bloc (`the West`) a phrase names, if any."""
        for t in span:
            g = self.gaz_at.get(t.i)
            entry = self.entry(g) if g is not None else None
            if entry is not None and entry.kind == "group":
                return entry
        return None

    def takes_part(self, head: Token, sector: str | None) -> bool:
        """Subject of a verb, `according to` them, `by` them (`defeats by Communist forces`), or, for
        governments and legislators, the object of a verb (`support regional allies`); not the audience
        or the victims (`told reporters`, `kill civilians`)."""
        while head.dep_ == "conj":
            head = head.head
        if head.dep_ in SPEAKER_DEPS:
            return True
        if head.dep_ == "dobj" and head.head.pos_ == "VERB" and sector in POLITICAL_SECTORS:
            return True
        prep = head.head
        according = prep.lower_ == "to" and prep.i > 0 and self.doc[prep.i - 1].lower_ == "according"
        return head.dep_ == "pobj" and (prep.lower_ == "by" or according)
