"""Actors: the working state of one document's resolution; gazetteer, organizations and states."""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from spacy.attrs import IDX
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from storyline.model import LocalActor
from storyline.nlp.actors.groups import GroupResolution
from storyline.nlp.actors.lexicon import (
    BLOCKING_LABELS,
    STATE_BODY_WORDS,
    Candidate,
    GazetteerEntry,
    singular,
    slugify,
    strip_the,
)
from storyline.nlp.actors.persons import PersonResolution
from storyline.nlp.actors.predicates import (
    acts,
    glued_possessives,
    is_glued_possessive,
    is_place,
    is_prefixed_word,
    is_region_of,
)
from storyline.nlp.extensions import text_of

if TYPE_CHECKING:
    from storyline.nlp.actors import ActorResolver


class DocState(PersonResolution, GroupResolution):
    """The working state of one document's resolution, step by step (see `run`)."""

    def __init__(self, doc: Doc, resolver: ActorResolver):
        self.doc = doc
        self.tokens = list(doc)
        """The doc's tokens, made once: every step walks them (a Doc makes each token anew per walk)."""
        self.gazetteer = resolver.gazetteer
        self.states = resolver.states
        self.forces = resolver.forces
        self.adjectives = resolver.adjectives
        self.lex = resolver.lex
        self.actors: dict[str, LocalActor] = {}
        self.candidates: list[Candidate] = []
        self.mentions: list[dict] = []
        self.taken = [False] * len(doc)
        """Tokens already part of a mention, a title or a group phrase."""
        self.role_tokens: set[int] = set()
        """Tokens of appositions: a title there describes its person, it does not refer to one."""
        self.full_names: dict[str, LocalActor] = {}
        """Persons introduced with a full name, by key; then indexed by their last and first word."""
        self.by_last: dict[str, set[str]] = {}
        self.by_first: dict[str, set[str]] = {}
        matches = [Span(doc, s, e) for _, s, e in resolver.matcher(doc)]
        matches += [doc[i : i + 1] for i in glued_possessives(doc, text_of(doc), doc.to_array(IDX).tolist())
                    if strip_the(self.tokens[i].text) in self.gazetteer]
        self.gaz_spans = [s for s in filter_spans(matches) if not is_prefixed_word(s) and not is_region_of(s)]
        self.gaz_at = {t: s for s in self.gaz_spans for t in range(s.start, s.end)}

    def run(self) -> None:
        ents = self.relabel_acronym_names(self.relabel_places(
            [e for e in self.doc.ents if e.label_ in BLOCKING_LABELS and "\n" not in e.text]))
        gaz_spans = [s for s in self.gaz_spans if not self.blocked(s, ents)]
        persons = [e for e in ents if (e.label_ == "PERSON" or e[0].text in self.lex.honorifics
                                       or self.person_shaped(e)) and not self.overlaps_gazetteer(e, gaz_spans)]
        persons += self.appositive_names(persons)
        for span in gaz_spans:  # the user's persons, first: `Roe` later is theirs
            entry = self.entry(span)
            if entry is not None and entry.kind == "person" and not any(self.taken[t.i] for t in span):
                actor = self.full_names.setdefault(entry.id, self.actor_for_entry(entry))
                self.add_person_roles(actor, span)
                self.add(*self.person_mention(span), actor)
        self.resolve_persons(persons)
        self.resolve_name_echoes()
        self.resolve_title_references()
        self.resolve_nominal_states()
        self.resolve_groups()
        self.resolve_kin()
        for span in gaz_spans:
            self.resolve_gazetteer_span(span)
        for ent in ents:
            if ent.label_ == "ORG" and not self.overlaps_gazetteer(ent, gaz_spans):
                self.resolve_org(ent)
        self.resolve_nominal_forces()
        self.resolve_nominal_organizations()
        self.resolve_bracketed_acronyms()
        self.resolve_home_peoples()
        self.resolve_ethnic_peoples()
        self.finish()

    def resolve_home_peoples(self) -> None:
        """`Bosnian Serbs`, `Kosovo Albanians`: a people one state's demonym names, qualified by another state's
        word right before it, live in that other state and are its (one mention of it over both words)."""
        by_start = {c.start: c for c in self.candidates}
        for people in list(self.candidates):
            head = self.doc[people.start]
            home = by_start.get(people.start - 1)
            if people.end - people.start != 1 or head.tag_ not in ("NNS", "NNPS") or home is None or (
                    home.end != people.start or home.actor == people.actor or self.doc[home.start].head != head):
                continue
            if not all(self.actors[c.actor].kind == "country" for c in (home, people) if c.actor in self.actors):
                continue
            self.candidates.remove(people)
            self.candidates[self.candidates.index(home)] = type(home)(home.start, people.end, home.actor, people.place)

    def resolve_bracketed_acronyms(self) -> None:
        """`the Central African Republic (CAR)`: an acronym in brackets right after a name is that actor's."""
        doc = self.doc
        for c in list(self.candidates):
            i = c.end
            actor = self.actors.get(c.actor)
            if actor is None or c.place or i + 2 >= len(doc) or doc[i].text != "(" or doc[i + 2].text != ")" \
                    or not doc[i + 1].is_upper or not doc[i + 1].is_alpha or len(doc[i + 1]) < 2:
                continue
            self.candidates = [o for o in self.candidates if not (o.start <= i + 1 < o.end)]
            self.add(i + 1, i + 2, actor)

    # ---- gazetteer

    def blocked(self, span: Span, ents: list[Span]) -> bool:
        """A match inside a longer name is part of it (`Taiwan Strait`), unless it owns it (`Taiwan's`)."""
        for ent in ents:
            if ent[0].lower_ == "the":
                ent = ent[1:]
            if ent.start <= span.start and span.end <= ent.end and len(ent) > len(span):
                if span.end < ent.end and self.doc[span.end].tag_ == "POS":
                    return False
                if all(self.in_gazetteer(t) or t.is_punct or t.pos_ in ("CCONJ", "DET") for t in ent):
                    return False  # NER glued two names together: `Iran-Russia`
                if ent.label_ == "ORG" and self.lex.is_person_title(ent[-1]):
                    return False  # `White House Press Secretary`: a title, not a name
                return True
        return False

    def in_gazetteer(self, token: Token) -> bool:
        return token.i in self.gaz_at

    def is_country_token(self, token: Token) -> bool:
        span = self.gaz_at.get(token.i)
        entry = self.entry(span) if span is not None else None
        return entry is not None and entry.kind == "country"

    def overlaps_gazetteer(self, ent: Span, gaz_spans: list[Span]) -> bool:
        """NER and gazetteer agree or the gazetteer knows better: the gazetteer span wins."""
        if ent[0].lower_ == "the" and len(ent) > 1:
            ent = ent[1:]  # `the Lib Dems` tagged PERSON is the gazetteer's `Lib Dems`
        return any(g.start < ent.end and ent.start < g.end and not (
            g.start >= ent.start and g.end <= ent.end and len(ent) > len(g)
            and not self.gazetteer_owns(g, ent)) for g in gaz_spans)

    def gazetteer_owns(self, gaz: Span, ent: Span) -> bool:
        """`Taiwan’s Defense Ministry`: the country inside the NER span is its owner."""
        return gaz.end < ent.end and self.doc[gaz.end].tag_ == "POS"

    def entry(self, span: Span) -> GazetteerEntry | None:
        return self.gazetteer.get(span.text) or self.gazetteer.get(strip_the(span.text))

    def resolve_gazetteer_span(self, span: Span) -> None:
        if any(self.taken[t] for t in range(span.start, span.end)):
            return
        entry = self.entry(span)
        if entry is None:
            return
        start, end = span.start, span.end
        force = None
        if entry.kind == "country":
            start, end = self.state_phrase(span, entry)
            if end > span.end and entry.country is not None:
                force = self.force_actor(entry.country, self.doc[span.end : end])
        if start > 0 and self.doc[start - 1].lower_ == "the" and not entry.demonym:
            start -= 1
        place = entry.kind in ("country", "group") and is_place(span) or \
            entry.kind == "organization" and self.modifies_common_noun(span)
        if entry.place and (place or (entry.kind == "group" and not acts(span))):
            return  # `in Moscow`, `to the Middle East`: a place, not the government
        if entry.place and end == span.end and span.root.ent_type_ == "GPE" and self.modifies_common_noun(span) \
                and singular(span.root.head.lower_) not in self.lex.agent_sectors and (
                    span.start == 0 or self.doc[span.start - 1].pos_ not in ("ADP", "VERB", "AUX")):
            return  # `a Paris jewellery store`, `Athens underground stations`: the city's, not the government's (a
            # seat of government, `the Pentagon`, and a name right after a verb or preposition may be misparsed)
        self.add(start, end, force or self.actor_for_entry(entry), place=place and force is None)

    def state_phrase(self, span: Span, entry: GazetteerEntry) -> tuple[int, int]:
        """`Iran’s foreign ministry`, `Russian troops`: the state's body stands for the state."""
        doc = self.doc
        head = span.root.head
        owns = span.end < len(doc) and doc[span.end].tag_ == "POS" or is_glued_possessive(span[-1])
        if (owns or span.root.dep_ in ("amod", "compound")) and head.i >= span.end:
            phrase = doc[span.end : head.i + 1]
            words = [t.lower_ for t in phrase if t.tag_ != "POS"]
            tail = " ".join(words[-2:])
            if (words[-1] in self.lex.state_heads or tail in self.lex.state_heads) and len(phrase) <= 5 \
                    and not any(self.taken[t.i] for t in phrase) and not self.lex.names_other_body(words):
                return span.start, head.i + 1
        return span.start, span.end

    def force_actor(self, country: str, phrase: Span) -> LocalActor | None:
        """`Thai troops`, `Egypt's police`, `the Royal Thai Army`: the state's armed, police or intelligence
        body as an actor of its own (a country and a sector), or None where the phrase names the state itself
        (`Iran's foreign ministry`). The gazetteer's body of that state and sector where it has one (`Chinese
        troops` are the People's Liberation Army), else one named by the state's adjective (`Thai armed
        forces`, id `thai-armed-forces`), the same in every document."""
        sector = self.lex.force_sector([t.text for t in phrase if t.tag_ != "POS"])
        return None if sector is None else self.state_force(country, sector)

    def state_force(self, country: str, sector: str) -> LocalActor:
        """The state's body of that sector (`force_actor`)."""
        if (entry := self.forces.get((country, sector))) is not None:
            return self.actor_for_entry(entry)
        adjective = self.adjectives.get(country) or self.states[country].name
        name = f"{adjective} {self.lex.force_names[sector][0]}"
        key = slugify(name)
        return self.actors.setdefault(key, LocalActor(id=key, name=name, kind="organization", country=country,
                                                      sector=sector))

    def resolve_nominal_forces(self) -> None:
        """`the army`, `the police`: the one state body of that sector the document named before."""
        for token in self.tokens:
            sector = self.lex.force_heads.get(token.lower_)
            if sector is None or self.taken[token.i] or token.tag_ != "NN" or token.i == 0 \
                    or self.doc[token.i - 1].lower_ != "the" or token.dep_ in ("compound", "amod"):
                continue
            seen = {c.actor for c in self.candidates if c.end <= token.i and not c.place}
            found = [a for k, a in self.actors.items() if k in seen and a.kind == "organization"
                     and a.sector == sector and a.country is not None and self.forces.get((a.country, sector),
                                                                                           a).id == a.id]
            if len(found) == 1:
                self.add(token.i - 1, token.i + 1, found[0])

    def actor_for_entry(self, entry: GazetteerEntry) -> LocalActor:
        actor = self.actors.get(entry.id)
        if actor is None:
            actor = self.actors[entry.id] = LocalActor(
                id=entry.id, name=entry.name, kind=entry.kind, country=entry.country, sector=entry.sector,
                roles=list(entry.roles),
            )
        return actor

    # ---- mentions

    def add(self, start: int, end: int, actor: LocalActor, place: bool = False) -> None:
        self.candidates.append(Candidate(start, end, actor.id, place))
        for t in range(start, end):
            self.taken[t] = True

    def finish(self) -> None:
        """Drop actors named only as places (and capitals used as places); write the mentions."""
        acting = {c.actor for c in self.candidates if not c.place}
        self.actors = {k: a for k, a in self.actors.items() if k in acting}
        for c in sorted(self.candidates, key=lambda c: c.start):
            if c.actor not in self.actors:
                continue
            span = self.doc[c.start : c.end]
            self.actors[c.actor].add_alias(span.text)
            self.mentions.append({"start": span.start_char, "end": span.end_char, "text": span.text,
                                  "actor": c.actor})


    # ---- organizations

    def org_name(self, ent: Span) -> Span | None:
        """The name inside an NER organization span, or None where it is not an actor."""
        doc = self.doc
        start, end = ent.start, ent.end
        while start < end and doc[start].lower_ in ("the", "via"):
            start += 1
        while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct
                               or doc[end - 1].pos_ in ("CCONJ", "DET", "ADP") or self.headline_word(doc[end - 1])):
            end -= 1
        while start < end and self.headline_word(doc[start]):
            start += 1  # `Accused ... Killer`, `Kraft Shooting Suspect`: a headline's words
        if start == end or any(self.taken[t] for t in range(start, end)):
            return None
        span = doc[start:end]
        if span.text in self.lex.non_actor_names:
            return None
        if any(t.pos_ in ("PRON", "VERB", "AUX") or any(ch.isdigit() for ch in t.text) for t in span):
            return None  # a headline or a numbered document: `Violations of Resolution 2231`
        lead = span[2] if len(span) > 2 and span[0].lower_ in ("al", "el") and span[1].text == "-" else span[0]
        if not lead.text[:1].isupper() or span[-1].lower_ in self.lex.non_actor_heads:
            return None  # a name may open with the Arabic article (`al-Nusra Front`): its next word is capitalised
        if span.root.pos_ != "PROPN" and not span.root.is_upper:
            return None
        if len(span) == 1 and (span[0].is_sent_start or re.fullmatch(r"[A-Z]+s", span[0].text)):
            return None  # `Schemes`, `UAVs`
        if len(span) == 1 and self.lex.is_title(span[0]):
            return None
        if self.modifies_common_noun(span):
            return None
        return span

    def org_actor(self, span: Span) -> LocalActor:
        """The organization an NER name makes: a slug id, its country from a country word in the name."""
        name = strip_the(span.text)
        key = slugify(name)
        actor = self.actors.get(key)
        if actor is None:
            sector = self.lex.org_heads.get(span[-1].lower_) or self.lex.body_sectors.get(name.lower())
            actor = LocalActor(
                id=key, name=name, kind="organization", country=self.country_in(span), sector=sector
            )
        return actor

    def resolve_org(self, ent: Span) -> None:
        """An NER organization the gazetteer lacks: a state's body, or an organization of its own."""
        span = self.org_name(ent)
        if span is None:
            return
        head = " ".join(t.lower_ for t in span[-2:])
        if (span[-1].lower_ in self.lex.state_heads or head in self.lex.state_heads) and \
                self.resolve_state_body(span):
            return
        if (force := self.vessel_force(span)) is not None:
            self.add(span.start, span.end, force)  # `the Indian frigate INS Talwar seized a dhow`: India's forces did
            return
        actor = self.org_actor(span)
        self.actors.setdefault(actor.id, actor)
        if actor.country is None:
            actor.country = self.country_of_parent(span) or self.country_owning(span)
        appos = self.apposition_after(span)
        if appos is not None:
            actor.add_role(appos[0])
        self.add(span.start, span.end, actor)

    def vessel_force(self, span: Span) -> LocalActor | None:
        """`the Indian frigate INS Talwar`, `the British destroyer HMS Daring`: a name that a state's word and a
        military vessel's noun (of the armed forces' sector in the agents table: `warship`, `destroyer`, `naval
        ship`) stand before names a ship of that state's armed forces, which event data codes as their actor; not
        an organization of no country. None where no such words stand before it."""
        doc = self.doc
        for noun in span.root.lefts:
            if noun.i >= span.start or noun.pos_ != "NOUN" or noun.dep_ not in ("compound", "nmod", "appos"):
                continue
            words = [t.lower_ for t in doc[noun.left_edge.i : noun.i + 1]]
            sector = next((s for n in (2, 1) if len(words) >= n
                           and (s := self.lex.agent_sectors.get(" ".join(words[-n:])))), None)
            if sector != "MIL" or sector not in self.lex.force_names:
                continue
            country = self.country_in(doc[noun.left_edge.i : noun.i])
            if country is not None and country in self.states:
                return self.state_force(country, sector)
        return None

    def resolve_nominal_organizations(self) -> None:
        """`the newspaper`, `the council`: the one outlet, or the one organization named `... Council`,
        that the document mentioned before (of the phrase's country, where it names one)."""
        doc = self.doc
        for token in self.tokens:
            if self.taken[token.i] or token.tag_ != "NN" or token.dep_ in ("compound", "amod"):
                continue
            media = token.lower_ in self.lex.media_nouns
            if not media and token.lower_ not in self.lex.org_heads:
                continue
            lefts = [t for t in token.lefts]
            if not lefts or lefts[0].lower_ != "the" or lefts[0].i != token.i - len(lefts) \
                    or not all(self.is_country_token(t) for t in lefts[1:]):
                continue  # `the newspaper`, `the US daily`; not `the Conservative party`, `the aid agency`
            country = self.country_in(doc[lefts[0].i : token.i])
            seen = {c.actor for c in self.candidates if c.end <= token.i and not c.place}
            found = [a for k, a in self.actors.items() if k in seen and a.kind == "organization"
                     and (country is None or a.country == country)
                     and (a.sector == "MED" if media else a.name.split()[-1].lower() == token.lower_)]
            if len(found) == 1:
                self.add(lefts[0].i, token.i + 1, found[0])

    def country_of_parent(self, span: Span) -> str | None:
        """`Institute for Water Studies at Stanford University`: the parent's country."""
        doc = self.doc
        if span.end + 1 < len(doc) and doc[span.end].lower_ in ("at", "of"):
            nxt = doc[span.end + 1 : self.phrase_end(span.end + 1)]
            affiliation = self.affiliation_in(nxt)
            return affiliation.country if affiliation is not None else None
        return None

    def country_owning(self, span: Span) -> str | None:
        """`the Ivory Coast's Supreme Court`: the country whose possessive stands before the name."""
        doc = self.doc
        if span.start > 1 and doc[span.start - 1].tag_ == "POS":
            return self.country_in(doc[span.start - 2 : span.start - 1])
        if span.start > 0 and is_glued_possessive(doc[span.start - 1]):
            return self.country_in(doc[span.start - 1 : span.start])
        return None

    def resolve_state_body(self, span: Span) -> bool:
        """`Taiwan’s Defense Ministry`, `Chinese Foreign Ministry`: the state; `Royal Thai Army`: its armed
        forces; unnamed state: nothing, or the organization a body of armed forces or police is (`Metropolitan
        Police`: False, resolved as an organization)."""
        doc = self.doc
        start = span.start
        country = self.country_in(span)
        if country is None and start > 1 and doc[start - 1].tag_ == "POS" and start - 2 in self.gaz_at:
            owner = self.gaz_at[start - 2]
            entry = self.entry(owner)
            country, start = (entry.country, owner.start) if entry is not None else (None, start)
        words = [t.text for t in span if t.tag_ != "POS"]
        if country is None:
            return self.lex.force_sector(words) is None
        if self.lex.names_other_body(words) or self.lex.force_sector(words) is not None and any(
                t.i not in self.gaz_at and t.lower_ not in STATE_BODY_WORDS for t in span if t.tag_ != "POS"):
            return False  # `Free Syrian Army`, `Kosovo Liberation Army`: an organization of its own
        force = self.force_actor(country, span)
        self.add(start, span.end, force or self.actor_for_entry(self.states[country]))
        return True

    # ---- states named by their government

    def resolve_nominal_states(self) -> None:
        """`the administration`, `the Biden administration`: the document's government."""
        doc = self.doc
        for token in self.tokens:
            if token.lower_ != "administration" or self.taken[token.i] or token.pos_ != "NOUN":
                continue
            lefts = [t for t in token.lefts]
            before = doc[token.i - 1] if token.i > 0 else None
            if before is not None and before.pos_ == "PROPN" and before.head == token.head and before not in lefts:
                lefts = [*before.lefts, before, *lefts]  # `Biden administration officials`: parsed as siblings
            if any(t.i in self.gaz_at for t in lefts):
                continue  # `the U.S. administration`: the country rule
            named = [t for t in lefts if t.pos_ == "PROPN"]
            if not named and not any(t.lower_ == "the" for t in lefts):
                continue
            country = (None if named else self.home_country()) or self.lex.nominal_states.get(token.lower_)
            if country is None:
                continue
            start = min([t.i for t in lefts] + [token.i])
            end = token.i + 1
            if end < len(doc) and doc[end].lower_ == "officials":
                end += 1  # `Biden administration officials` speak for it
            self.add(start, end, self.actor_for_entry(self.states[country]))

    def home_country(self) -> str | None:
        """The government the document is written around: the one whose seats act most in it."""
        counts = Counter()
        for span in self.gaz_spans:
            entry = self.entry(span)
            if entry is not None and entry.seat and not is_place(span):
                counts[entry.country] += 1
        top = counts.most_common(2)
        if top and (len(top) == 1 or top[0][1] > top[1][1]):
            return top[0][0]
        return None
