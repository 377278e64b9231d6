"""The actors a token names, as the events extractor reads them off the parse.

A mention the actor pass linked, a pronoun's antecedent within reach (`PRONOUN_REACH`), the owner a phrase's
modifiers name (`Iranian drones`), the subject doing what a verb says through passives, control verbs, conjuncts
and relatives, `the island` for the latest country named, `the two countries` for the pair told just before, a
headline's `X, Y` for `X and Y`, and the speaker a quote or a reporting verb gives. Trigger finding, role finding,
the article links and the status all ask these questions, so the answers live in one class, which also holds the
per-document caches (mentions by token, the document's aliases). What a pronoun or a description stands for is its
base class, `anaphora.Anaphora`; who does or tells what a verb says is its other base, `subjects.SubjectReader`.
"""

import re
from collections.abc import Callable, Collection

from spacy.tokens import Doc, Span, Token

from storyline.nlp.actors import entity_at, local_actor, mentions_in, slugify
from storyline.nlp.actors.lexicon import PLACE_LABELS, load_table
from storyline.nlp.agents import MENTIONS_CHANGED, AgentTable, mentions_changed
from storyline.nlp.events.anaphora import Anaphora, state_of
from storyline.nlp.events.lexicon import (
    OBJECT_DEPS,
    OWNER_DEPS,
    PASSIVE_SUBJECT_DEPS,
    REPORTED_DEPS,
    SUBJECT_DEPS,
    Lexicon,
    add_new,
    lemma,
    pobjs,
    sentence,
)
from storyline.nlp.events.subjects import SubjectReader

COMPASS = re.compile(r"^(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?|central|upper|lower)\s+",
                     re.I)
UNIT = re.compile(r"\s+(?:state|province|region|district|county|governorate|prefecture|city|town)$", re.I)
"""A compass word before a place's name and an administrative word after it (`West Darfur State`)."""
PLACE_NOUNS = {"town", "city", "village", "province", "region", "district", "county", "governorate", "prefecture",
               "state", "port", "island"}
"""Words whose `of` phrase names a place (`the town of Samarra`)."""


STATE_BODY_SECTORS = {"GOV", "COP", "MIL"}
"""Sectors of a state's own bodies: `the government` after a state is named is that state's."""


class ActorReader(Anaphora, SubjectReader):
    """Who a token, phrase or verb names as actor, for one document at a time (`start_document`); what a pronoun
    or a description stands for comes from `Anaphora`, who does or tells what a verb says from `SubjectReader`."""

    def __init__(self, lex: Lexicon, places: dict[str, str], quote_covering: Callable | None,
                 agents: AgentTable | None = None):
        self.lex = lex
        self.agents = agents
        """The agent nouns that make an unlinked `Burundian militiamen` a group actor (None: no such groups)."""
        self.places = places
        """Country names and capitals -> country id, for names the actor pass kept as places: a place
        attacked or drilled around is the recipient (`attacks on Kyiv`, `drills near Taiwan`)."""
        self.towns = {**load_table("places_geonames.tsv"), **load_table("places.tsv")} if agents is not None else {}
        """Towns and regions -> country id (`Samarra` is Iraq's), for names the tagger marks as places: the Phoenix
        table's, then the ISO 3166-2 provinces' (`places_geonames.tsv`, which holds GeoNames towns only where derived
        with `--cities`; a Phoenix entry wins)."""
        self.quote_covering = quote_covering
        self._mention_at: dict[int, dict] | None = None
        """The document's mentions by each character they cover (the first in the document's list where two do);
        None until asked, and again where the mentions changed (`mentions_changed`)."""
        self._mentions_read = 0
        self._aliases: dict[str, str] = {}
        self._sentences: dict[int, Span] = {}

    def start_document(self, doc: Doc) -> None:
        """Empty the per-document caches: the mention of each token, the names this document resolved."""
        self._mention_at = None
        self._sentences = {}
        self._aliases = self.alias_table(doc)

    def sentence(self, token: Token) -> Span:
        """`lexicon.sentence` of a token of the current document, read once per token."""
        if (line := self._sentences.get(token.i)) is None:
            line = self._sentences[token.i] = sentence(token)
        return line

    def mention(self, doc: Doc, token: Token) -> dict | None:
        """`mention_for_token`, from an index of the document's mentions made once, and made anew where they
        changed: the agent pass adds names (`Erdogan accused Gulen`: a surname the tagger mislabelled), so a token
        read before as no one's may be its mention now."""
        if self._mention_at is None or doc.user_data.get(MENTIONS_CHANGED, 0) != self._mentions_read:
            self._mentions_read = doc.user_data.get(MENTIONS_CHANGED, 0)
            at: dict[int, dict] = {}
            for m in doc._.mentions or []:
                for offset in range(m["start"], m["end"]):
                    at.setdefault(offset, m)
            self._mention_at = at
        return self._mention_at.get(token.idx)

    def actors_of(self, doc: Doc, token: Token) -> list[str]:
        """Actors a noun phrase names, one per conjunct: `Iran and Russia`, `Iranian leaders`, `its`."""
        out: list[str] = []
        for t in [token] if token.dep_ == "conj" else [token, *token.conjuncts]:
            if add_new(out, found := self.actor_at(doc, t)) and len(found) == 1 and self.agents is not None and (
                    group := local_actor(doc, found[0]) or {}).get("kind") == "group" and \
                    group.get("sector") not in self.agents.armed_sectors:
                add_new(out, self.coordinated_places(doc, t))  # `people in Somalia, Ethiopia and Kenya`: each state
                # (not `rebels in Mali and Niger`: no state's own)
        for named in (c for c in token.children if c.dep_ == "appos" and c.conjuncts):
            if set(self.actor_at(doc, named)) & set(out):  # `the Russian space agency Glavkosmos and the Indian Space
                for t in named.conjuncts:  # Research Organization`: the name in apposition is coordinated with the
                    add_new(out, self.actor_at(doc, t))  # next one
        if out and all((local_actor(doc, a) or {}).get("kind") == "country" for a in out):
            for listed in (c for c in token.children if c.dep_ == "appos" and c.conjuncts):  # `The United States,
                found = [a for t in (listed, *listed.conjuncts) for a in self.actor_at(doc, t)]  # India, Israel and
                if found and all((local_actor(doc, a) or {}).get("kind") == "country" for a in found):  # Pakistan`:
                    add_new(out, found)  # a list the parser read as an apposition (no state is another's)
        return out

    def coordinated_places(self, doc: Doc, group: Token) -> list[str]:
        """The states after the first that a group's `in`/`from` phrase coordinates (`people in Somalia, Ethiopia and
        Kenya`: Ethiopia, Kenya; the group holds the first), where each is a place of a known state."""
        for prep in (c for c in group.children if c.dep_ == "prep" and c.lower_ in ("in", "from")):
            for pobj in (p for p in pobjs(prep) if p.conjuncts):
                states = [state for c in pobj.conjuncts if c.pos_ == "PROPN" and (state := self.place_country(c.text))]
                if len(states) == len(pobj.conjuncts):
                    return states
        return []

    def leaders(self, doc: Doc, token: Token) -> list[str]:
        """The actors a `-led` modifier or a `led by` participle of a body or an agent noun names (`the Saudi-led
        coalition`, `U.S.-led forces`, one token or three; `forces led by the United States`): who leads it acts;
        not `-backed` (`US-backed forces` are no US forces)."""
        agents = self.agents
        if agents is None or (lemma(token) not in agents.body_nouns and token.lower_ not in agents.sectors
                              and lemma(token) not in agents.sectors):
            return []
        out: list[str] = []
        for c in (c for c in token.children if c.dep_ in ("amod", "compound", "nmod")):
            if lemma(c) == "lead":  # `Saudi - led`
                add_new(out, [m["actor"] for t in c.subtree if (m := self.mention(doc, t)) is not None])
            elif c.lower_.endswith("-led") and (state := agents.country_words.get(c.text[:-4])):
                add_new(out, [state])  # `U.S.-led`
        for c in (c for c in token.children if c.dep_ == "acl" and lemma(c) == "lead" and c.tag_ == "VBN"):
            add_new(out, [m["actor"] for a in c.children if a.dep_ == "agent" for p in pobjs(a)
                          if (m := self.mention(doc, p)) is not None])  # `forces led by the United States`
        return out

    def actor_at(self, doc: Doc, token: Token) -> list[str]:
        """The actor a token names: a mention, a pronoun's antecedent, the owner of `the Iranian
        government`, or a name the actor pass left unlinked (an alias of this document or a country)."""
        if token.tag_ == "NNS" and (pair := self.sides_of(doc, token)):
            return self.forces_if_military(doc, token, pair)  # `commanders from both sides`, `officials of the
            # two countries`: each side's
        m = self.mention(doc, token)
        if m is not None and self.agents is not None and (local_actor(doc, m["actor"]) or {}).get(
                "kind") == "group" and (body := self.agents.loyal_to(doc, token)) is not None:
            return [body]  # `miners affiliated with the Chilean Miners' Federation` act for it
        if self.agents is not None and token.pos_ == "NOUN" and (m is None or (local_actor(doc, m["actor"]) or {}).get(
                "kind") == "group") and (leaders := self.leaders(doc, token)):
            return leaders[:1]  # `the Saudi-led coalition`, `U.S.-led forces`: the state or body leading it acts
        if m is not None:
            return [m["actor"]]
        if token.pos_ == "NOUN" and (listed := [
                a for c in token.children if c.dep_ in ("amod", "compound", "nmod") and any(
                    g.dep_ == "conj" and g.lower_ in ("other", "several", "many") for g in c.children)
                for a in self.actor_at(doc, c)]):
            return listed[:1]  # `USAID and other donors gave`: the parse hangs the name on the others as a modifier
        if self.agents is not None and token.pos_ == "NOUN" and lemma(token) in self.agents.body_nouns and (bodies := [
                m["actor"] for c in token.children if c.dep_ in ("compound", "nmod", "poss") for t in c.subtree
                if (m := self.mention(doc, t)) is not None
                and (local_actor(doc, m["actor"]) or {}).get("kind") == "organization"]):
            return bodies[-1:]  # `the radical Palestinian Islamic Jihad movement`: the organization it names
        if token.pos_ in ("NOUN", "PROPN") and (named := next(
                (m for c in token.children if c.dep_ == "appos" and (c.left_edge.i == token.i + 1 or (
                    c.left_edge.i > token.i and doc[c.left_edge.i - 1].text == ",")) for m in self.appos_names(doc, c)),
                None)):
            return [named["actor"]]  # `the separatist group Black Widow`, `its ally Hezbollah`: the name beside it;
            # `The former governor of the province, Ana Ruiz, condemned`
        if lemma(token) in self.lex.collective_nouns and (members := [
                p for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "of" for p in pobjs(prep)]):
            return [a for p in members for a in self.actors_of(doc, p)]  # `thousands of students`
        if token.lower_ in self.lex.participant_words:
            return self.participants(doc, token)
        if token.pos_ == "PRON" or token.tag_ in ("PRP", "PRP$"):
            return [s for a in self.resolve_pronoun(doc, token) for s in self.group_sides(doc, a) or [a]]
        if lemma(token) in self.lex.actor_heads:
            if token.tag_ == "NNS" and any(c.lower_ in self.lex.pair_words for c in token.children
                                           if c.dep_ in ("nummod", "det", "predet")):
                if self.agents is not None and lemma(token) in self.agents.person_pair_heads and (
                        persons := self.person_pair(doc, token)):
                    return persons  # `the meeting between the two national leaders`: the two persons told before
                return self.forces_if_military(doc, token, self.pair_antecedent(doc, token))
            if found := self.owner_actors(doc, token) or self.state_antecedent(doc, token):
                return found
        elif lemma(token) in self.lex.state_nouns and token.tag_ == "NN":  # not a state's own name (`to the Republic
            return self.state_antecedent(doc, token)  # of Ghana`: a place) nor a group of states (`several republics`)
        if lemma(token) in self.lex.activity_groups:
            return self.activity_group(doc, token)
        if token.dep_ == "nsubj" and "weapon" in self.lex.classes([lemma(token)]) and not any(
                c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children) and (  # `its drones`: whose, unsaid
                owners := self.owner_actors(doc, token)):
            return owners  # `Iraqi warplanes pounded positions`, `Israeli tanks fired`: their owner acts
        if token.dep_ == "nsubj" and lemma(token) in self.lex.nouns and token.head.pos_ == "VERB" and (
                owners := self.owner_actors(doc, token)):
            return owners  # `Syrian regime air strikes hit the enclave`: whose acts they are acts
        if self.agents is not None and ("weapon" not in self.lex.classes([lemma(token)])
                                        or self.agents.compound_agent(doc, token)) and (
                lemma(token) not in self.lex.nouns or self.agents.agent_phrase(doc, token)) and (  # not `air strikes`
                group := self.agents.group(doc, token, self.place_country)) is not None:  # `suicide bombers` are people
            return [group]  # `Burundian militiamen`, `rebels in the Ivory Coast`: an unnamed group with a sector
        if self.agents is not None and token.pos_ == "NOUN" and (bodies := [
                b for c in token.children if c.dep_ in ("compound", "poss", "nmod")
                and (b := self.agents.organization(doc, c)) is not None]):
            return bodies[:1]  # `Taliban attackers stormed`: an organization's people act for it
        if self.agents is not None and (body := self.agents.acronym(doc, token, self.place_country)) is not None:
            return [body]  # `ICE returned the artifacts`: an agency known by its acronym only
        if self.agents is not None and (body := self.agents.named_body(doc, token)) is not None:
            return [body]  # `the Coastal Fisheries Service sent inspectors`: a name the actor pass left
        if token.pos_ != "PROPN":
            state = self.places.get(token.text) if token.ent_type_ == "NORP" and token.dep_ == "amod" else None
            return [state] if state else []  # `against Israeli military policies`: a state's word the actor pass
            # kept as a modifier only
        if self.agents is not None and (person := self.agents.person(doc, token)) is not None:
            return [person]  # `Obama gave Putin a warning`: a name the tagger marks as a person's
        if self.agents is not None and (person := self.agents.surname(doc, token, self.place_country)) is not None:
            return [person]  # `Maduro has closed the borders`: a leader's surname the tagger takes for a body
        if self.agents is not None and (body := self.agents.organization(doc, token)) is not None:
            return [body]  # `a United Nations appeal`: the organization the actor pass kept as a modifier
        if token.text in self._aliases:
            return [self._aliases[token.text]]
        span = entity_at(doc, token) or doc[token.i: token.i + 1]
        if len(span) > 1 and span[-1].tag_ == "POS":
            span = Span(doc, span.start, span.end - 1, label=span.label_)  # `the Gaza Strip's eastern border
            # regions`: the name without its possessive
        name = re.sub(r"^the\s+", "", span.text, flags=re.I)
        place = self.places.get(name) if span.root == token else None
        if place is None and token.dep_ == "compound":  # `the Taiwan Strait`
            place = self.places.get(token.text)
        if place is None and span.root == token and (span.label_ in PLACE_LABELS or self.named_place(token)):
            place = self.town(name)  # `in Samarra`, `the Gaza Strip`, `South Lebanon`: a place of a country
        if place is None and token.dep_ == "pobj" and any(t.text == "-" for t in doc[token.left_edge.i: token.i]):
            place = self.towns.get(doc[token.left_edge.i: token.i + 1].text.lower())  # `in Mazar-i-Sharif`: a name
            # the tokenizer cut at its hyphens
        return [place] if place else []

    @staticmethod
    def named_place(token: Token) -> bool:
        """A name a place word gives as its own, whatever the tagger labels it (`the town of Samarra`)."""
        return token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in PLACE_NOUNS

    def place_country(self, name: str) -> str | None:
        """The country of a capital or of a town or region (`a court in Bishkek`, `authorities in Wyoming`)."""
        return self.places.get(name) or self.town(name)

    def town(self, name: str) -> str | None:
        """The country of a town or region the town table lists, or of the place a compass word points into
        (`South Lebanon`, `northern Iraq`)."""
        if (found := self.towns.get(name.lower())) is not None:
            return found
        inner = UNIT.sub("", COMPASS.sub("", name))
        return (self.places.get(inner) or self.towns.get(inner.lower())) if inner != name else None

    def role_words(self, doc: Doc, actor: str, trigger: Token,
                   taken: tuple[int | None, int | None] = (None, None)) -> dict | None:
        """The words of the trigger's sentence that name a role's actor where no mention of it does: a place
        (`struck targets in Tehran`), an owner (`Iranian drones`), a pronoun; the one nearest the trigger, as
        `{start, end}` (the whole name where the tagger marks one), outside the other role's words (`taken`)."""
        line = self.sentence(trigger)
        start, end = taken
        kept = (list(doc._.local_actors or []), list(doc._.mentions or []))
        found = [t for t in line if t.pos_ in ("PROPN", "NOUN", "PRON", "ADJ") and not (
            start is not None and end is not None and start <= t.idx < end) and actor in self.actor_at(doc, t)]
        doc._.local_actors, doc._.mentions = kept  # a question only: no group the agent table would add
        mentions_changed(doc)
        if not found:
            return None
        token = min(found, key=lambda t: abs(t.i - trigger.i))
        span = entity_at(doc, token) or doc[token.i: token.i + 1]
        return {"start": span.start_char, "end": span.end_char}

    def places_of(self, doc: Doc, token: Token) -> list[str]:
        """The actors a name the actor pass left unlinked stands for (a place: `Paris`, `Haifa`), asked without
        adding any group the agent table would add."""
        kept = (list(doc._.local_actors or []), list(doc._.mentions or []))
        found = self.actor_at(doc, token)
        doc._.local_actors, doc._.mentions = kept
        mentions_changed(doc)
        return found

    def unnamed_people(self, doc: Doc, token: Token) -> bool:
        """A noun of people that names no actor but has a sector in the agent table (`child soldiers`, `the
        authorities`, `a convicted smuggler`): not people at large or the media (`unlinked`), not one's own (`its
        troops`: the owner)."""
        agents = self.agents
        if agents is None or token.pos_ != "NOUN" or any(c.dep_ == "poss" for c in token.children) or not (
                agents.sectors.get(token.lower_) or agents.sectors.get(lemma(token))
                or agents.compound_agent(doc, token) and lemma(token) not in self.lex.aim_objects) or (
                "weapon" in self.lex.classes([lemma(token)])) or self.places_of(doc, token):
            return False  # the head itself names people, alone or with its modifiers (`child soldiers`, `a rebel
            # group`; not `police posts`, `destroyers`)
        found = agents.agent_phrase(doc, token)
        return found is not None and found[1] not in agents.unlinked and not (
            found[1] in STATE_BODY_SECTORS and self.state_named_before(doc, token))

    @staticmethod
    def state_named_before(doc: Doc, token: Token) -> bool:
        """`the government`, `the authorities`, `the police` with no modifier, after a state is named (`Iranians
        demonstrated against the government`): that state's own body, no unnamed group."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) or any(
                c.dep_ in ("amod", "compound", "nmod") for c in token.children):
            return False
        return any(m["start"] < token.idx and (local_actor(doc, m["actor"]) or {}).get("kind") == "country"
                   for m in doc._.mentions or [])

    def unnamed_group(self, doc: Doc, token: Token) -> str | None:
        """The group `unnamed_people` reads in a noun, added to the document's actors, named by the noun and its
        modifiers (`child soldiers`), of the country a modifier or its place phrase gives (`militias in Basra`), else
        of none and a stand-in (kept only where an event keeps it)."""
        found = self.agents.agent_phrase(doc, token) if self.agents is not None else None
        if found is None:
            return None
        start, sector = found
        country, end = self.agents.country_of(doc, token, self.place_country, self.place_country)  # `rival militias
        # in Basra`: the people of the place they are in, as event data codes them
        span = doc[start: end]
        name = span.text[:1].lower() + span.text[1:] if span[0].pos_ != "PROPN" else span.text
        return self.agents.noun_group(doc, token, slugify(span.text), sector, standing_in=country is None, name=name,
                                      country=country)

    def sentence_order(self, doc: Doc, trigger: Token, sides: tuple[str, str]) -> tuple[str, str]:
        """The article's two sides in the order the trigger's sentence coordinates them (`Following peace talks in
        Malaysia, both Cambodia and Thailand agreed`), else as given."""
        line = self.sentence(trigger)
        for token in line:
            if token.dep_ == "conj" or not token.conjuncts:
                continue
            states = [state_of(doc, m["actor"]) for t in (token, *token.conjuncts)
                      if (m := self.mention(doc, t)) is not None]
            if set(sides) <= set(states):
                return tuple(sorted(sides, key=states.index))  # type: ignore[return-value]
        return sides

    def military_sides(self, doc: Doc, trigger: Token, sides: tuple[str, str]) -> tuple[str, str]:
        """The article's two sides as their armed forces where the act's own parties are military people of no
        country (`military commanders met`, `meetings between rival commanders`, `the two militaries held talks`):
        each state's armed forces the document names (`Thai troops`), else the state."""
        if self.agents is None or not any(self.agents.sectors.get(t.lower_) == "MIL" and not self.owner_actors(doc, t)
                                          for t in self.party_words(trigger)):
            return sides
        a, b = self.forces_of(doc, list(sides))
        return a, b

    def accuser(self, doc: Doc, trigger: Token) -> str | None:
        """The state whose accusation tells the act (`Bangkok's allegations the truce had been breached with
        overnight skirmishes`): the owner of an accusation noun the trigger lies under."""
        if self.agents is None:
            return None
        nouns = [a for a in trigger.ancestors if a.pos_ == "NOUN" and lemma(a) in self.agents.accusation_nouns]
        verb = trigger if trigger.pos_ in ("VERB", "AUX") else next(
            (a for a in trigger.ancestors if a.pos_ in ("VERB", "AUX")), None)  # the trigger's own clause
        subject = next((c for c in verb.children if c.dep_ in (*SUBJECT_DEPS, *PASSIVE_SUBJECT_DEPS)), None) \
            if verb is not None else None
        if subject is not None and subject.left_edge.i > 0 and lemma(before := doc[subject.left_edge.i - 1]) in \
                self.agents.accusation_nouns:
            nouns.append(before)  # `allegations the truce had been breached`, the clause parsed apart from its noun
        for noun in nouns:
            for owner in (c for c in noun.children if c.dep_ == "poss"):
                if found := self.actors_of(doc, owner):
                    return state_of(doc, found[0])
        return None

    def forces_if_military(self, doc: Doc, token: Token, states: list[str]) -> list[str]:
        """Military people of each of a pair of states (`the two militaries`, `commanders from both sides`) are
        each state's armed forces the document names; others are the states."""
        if self.agents is None or self.agents.sectors.get(token.lower_) != "MIL":
            return states
        return self.forces_of(doc, states)

    def forces_of(self, doc: Doc, states: list[str]) -> list[str]:
        """Each state as its armed forces the document names (`Thai troops`), else the state itself."""
        return [self.armed_forces(doc, s) or s for s in states]

    @staticmethod
    def party_words(trigger: Token) -> list[Token]:
        """The nouns naming an act's parties: its subject, its `between`/`among` phrase, and for an event noun the
        subject of the verb it is the object of (`commanders held talks`)."""
        heads = [trigger] + ([trigger.head] if trigger.dep_ in OBJECT_DEPS or trigger.dep_ == "attr" else [])
        out: list[Token] = []
        for head in heads:
            for child in head.children:
                if child.dep_ in (*SUBJECT_DEPS, *PASSIVE_SUBJECT_DEPS):
                    out += [child, *child.conjuncts]
                elif child.dep_ == "prep" and child.lower_ in ("between", "among"):
                    out += [p for p in pobjs(child) for p in (p, *p.conjuncts)]
        return out

    @staticmethod
    def armed_forces(doc: Doc, state: str) -> str | None:
        """The armed forces of a state that the document names as an actor (`Thai troops`), if any."""
        return next((a["id"] for a in doc._.local_actors or [] if a.get("kind") == "organization"
                     and a.get("country") == state and a.get("sector") == "MIL"), None)

    def sides_of(self, doc: Doc, token: Token) -> list[str]:
        """The pair a plural's `from`/`of` phrase names as its sides (`commanders from both sides`), or the states
        it coordinates (`the militaries of Thailand and Cambodia`) or its coordinated modifiers name (`Polish and
        Czech negotiators`: each state's people, as event data codes them, not one group of both)."""
        for mod in (c for c in token.children if c.dep_ in ("amod", "compound", "nmod") and c.i < token.i):
            states = [state for t in (mod, *mod.conjuncts) if (state := self.places.get(t.text))]
            if len(states) == len(mod.conjuncts) + 1 and len(set(states)) > 1:
                return list(dict.fromkeys(states))
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in ("from", "of")):
            for pobj in pobjs(prep):
                if pobj.tag_ == "NNS" and any(c.lower_ in self.lex.pair_words for c in pobj.children
                                              if c.dep_ in ("nummod", "det", "predet")):
                    if len(pair := self.pair_antecedent(doc, token.left_edge)) > 1:
                        return pair
                if not pobj.conjuncts:
                    continue
                states = [m["actor"] for p in (pobj, *pobj.conjuncts) if (m := self.mention(doc, p)) is not None]
                if len(states) == len(pobj.conjuncts) + 1 and all(  # named states only: no group asked for
                        (local_actor(doc, a) or {}).get("kind") == "country" for a in states):
                    return states
        return []

    def group_sides(self, doc: Doc, actor: str) -> list[str]:
        """The states a group's mention coordinates (`Polish and Czech officials ... their countries`: Poland and the
        Czech Republic, as `sides_of` reads the group itself); [] for any other actor."""
        if (local_actor(doc, actor) or {}).get("kind") != "group":
            return []
        for m in (m for m in doc._.mentions or [] if m["actor"] == actor):
            span = doc.char_span(m["start"], m["end"], alignment_mode="expand")
            if span is not None and span.root.tag_ == "NNS" and (sides := self.sides_of(doc, span.root)):
                return sides
        return []

    def sideless(self, doc: Doc, actor: str) -> bool:
        """An unnamed group of no country (`military commanders`): on either side of the article's pair."""
        found = local_actor(doc, actor) or {}
        return found.get("kind") == "group" and not found.get("country")

    def appos_names(self, doc: Doc, token: Token) -> list[dict]:
        """The mention an appositive names, or the one its own appositive names (`rival Japan's Prime Minister
        Shinzo Abe`)."""
        if (m := self.mention(doc, token)) is not None:
            return [m]
        return [m for c in token.children if c.dep_ == "appos" and (m := self.mention(doc, c)) is not None]

    def participants(self, doc: Doc, token: Token) -> list[str]:
        """`those involved in the trade between Iran and Russia`: the actors of the activity named (its owners
        and the pair `between` gives)."""
        out: list[str] = []
        for acl in (c for c in token.children if c.dep_ == "acl" and lemma(c) in self.lex.participation_verbs):
            for activity in (p for prep in acl.children if prep.dep_ == "prep" and prep.lower_ == "in"
                             for p in pobjs(prep)):
                add_new(out, self.owner_actors(doc, activity))
                for between in (c for c in activity.children if c.dep_ == "prep" and c.lower_ == "between"):
                    add_new(out, [a for p in pobjs(between) for a in self.actors_of(doc, p)])
        return out

    def state_antecedent(self, doc: Doc, token: Token) -> list[str]:
        """A definite description of a state that names none (`the island`, `the country`) stands for the
        latest country named within reach, not one in the subject of its own clause (`Turkey called her
        brief stay on the island a provocation`: the island is not Turkey)."""
        if (said := self.speakers_own(token)) is not None:
            return [s for a in self.subject_actors(doc, said, []) if (s := state_of(doc, a)) and (
                local_actor(doc, s) or {}).get("kind") == "country"][:1]  # `the Kenyan president said his government
            # will`: the speaker's state, which the pronoun finds no person named for
        if lemma(token) not in self.lex.state_nouns or token.tag_ != "NN" or not any(
                c.dep_ == "det" and c.lower_ == "the" for c in token.children) or any(
                (c.dep_ in OWNER_DEPS and c.pos_ in ("PROPN", "PRON")) or (c.dep_ == "prep" and c.lower_ == "of")
                for c in token.children):
            return []  # `the island of Hokkaido`, `the Gulf country` name their own
        states = set(self.places.values())
        for named in reversed(doc[self.reach_start(doc, token): token.i]):
            speaker = self.in_subject(named) and self.subject_head(named) in token.ancestors
            own = speaker and self.own_state(token, self.subject_head(named))
            if named.pos_ != "PROPN" or (speaker and not own):
                continue
            found = [a for a in self.actor_at(doc, named)
                     if a in states or (local_actor(doc, a) or {}).get("kind") == "country"]
            if found:
                return found[:1]
        return []

    def own_state(self, token: Token, said: Token) -> bool:
        """Whether `the government` is the subject of what the speaker of `said` reports (`Jamaica's prime minister
        said the government will extend the curfew`, `Peru said the government would respond`): the speaker's own
        state's (`own_state_nouns`), not one the speaker acts on (`Turkey called her stay on the island a
        provocation`)."""
        return (verb := self.reporting_verb(token, SUBJECT_DEPS)) is not None and verb == said

    def speakers_own(self, token: Token) -> Token | None:
        """The verb of saying whose speaker owns `his government` (or `her regime`: `own_state_nouns`), the subject
        of what that speaker reports; else None."""
        verb = self.reporting_verb(token, (*SUBJECT_DEPS, *PASSIVE_SUBJECT_DEPS))
        return verb if verb is not None and any(
            c.dep_ == "poss" and c.lower_ in ("his", "her") for c in token.children) else None

    def reporting_verb(self, token: Token, deps: Collection[str]) -> Token | None:
        """The verb of saying whose reported clause has a state's noun (`own_state_nouns`: `the government`) as its
        subject (`deps`), else None (`own_state`, `speakers_own`)."""
        if lemma(token) not in self.lex.own_state_nouns or token.dep_ not in deps or \
                token.head.dep_ not in REPORTED_DEPS or lemma(token.head.head) not in self.lex.speech_verbs:
            return None
        return token.head.head

    @staticmethod
    def subject_head(token: Token) -> Token:
        """The verb whose subject the token is or modifies."""
        while token.dep_ not in (*SUBJECT_DEPS, *PASSIVE_SUBJECT_DEPS) and token.head != token:
            token = token.head
        return token.head

    def activity_group(self, doc: Doc, token: Token) -> list[str]:
        """The group of this document that carries on an activity (`a crackdown on demonstrations` ->
        the protesters): a group actor whose name ends in a word the lexicon gives the activity; else, where the
        activity is acted on, the lexicon's first such group (`AgentTable.noun_group`), of the state a modifier
        names."""
        members = set(self.lex.activity_groups.get(lemma(token), []))
        for actor in doc._.local_actors or []:
            words = actor.get("name", "").lower().split()
            if actor.get("kind") == "group" and words and words[-1] in members:
                return [actor["id"]]
        if self.agents is None or not self.acted_on(token):
            return []
        first = self.lex.activity_groups[lemma(token)][0]  # `its crackdown on domestic protests`: those who
        # protest, though the article names none, of the state a modifier names (`Iranian protests`)
        country = next((c for m in token.children if m.dep_ in ("amod", "compound", "nmod")
                        and (c := self.agents.country_at(doc, m))), None)
        key = slugify(f"{first} {country}" if country else first)
        return [self.agents.noun_group(doc, token, key, self.agents.sectors.get(first), name=first, country=country)]

    @staticmethod
    def acted_on(token: Token) -> bool:
        """An activity named as what an act is done to: its object in the plural, its `on`/`against` phrase
        (`suppressed protests`, `a crackdown on protests`)."""
        return (token.dep_ == "dobj" and token.tag_ == "NNS") or (
            token.dep_ == "pobj" and token.head.lower_ in ("on", "against"))  # not `lodged a protest`

    @staticmethod
    def alias_table(doc: Doc) -> dict[str, str]:
        """Names this document resolved somewhere, for tokens the actor pass left unlinked elsewhere
        (`to Moscow`, a surname the NER mislabelled): every alias and a person's surname, if unambiguous."""
        table: dict[str, str | None] = {}
        for actor in doc._.local_actors or []:
            forms = list(actor.get("aliases", []))
            if actor.get("kind") == "person" and len(actor.get("name", "").split()) > 1:
                forms.append(actor["name"].split()[-1])
            for form in forms:
                table[form] = actor["id"] if table.get(form, actor["id"]) == actor["id"] else None
        return {k: v for k, v in table.items() if v}

    def modifier_doers(self, doc: Doc, token: Token) -> list[str]:
        """The group an agent noun the actor pass left unlinked names as the modifier of a hostile act's noun (`a
        pirate attack`, `rebel raids`: `modifier_doer_sectors`): its doers, added to the document's actors and mentions
        as a group of that sector and no country; [] for any other word, and for a body's noun (`a military
        offensive`, which names the kind of act) or a weapon's (`artillery strikes`)."""
        if self.agents is None or token.pos_ != "NOUN" or token.dep_ != "compound" or \
                token.lower_ in self.agents.collectives or "weapon" in self.lex.classes([lemma(token)]):
            return []  # not the kind of act (`a military offensive`) nor its means (`artillery strikes`)
        if (sector := self.agents.sectors.get(token.lower_) or self.agents.sectors.get(lemma(token))) \
                not in self.lex.modifier_doer_sectors:
            return []
        key = slugify(token.text if token.tag_ == "NNS" else f"{lemma(token)}s")  # `a pirate attack`: pirates'
        return [self.agents.noun_group(doc, token, key, sector)]

    def owner_actors(self, doc: Doc, token: Token, depth: int = 0) -> list[str]:
        """Actors named in a phrase's modifiers: `Ukraine's infrastructure`, `Iranian drones`, `fired by
        China`, `the government of Iran`; one level down for places (`the Aegean Sea's eastern edge`)."""
        out: list[str] = []
        related = lemma(token) in self.lex.relation_heads  # `Iran's allies`: another party than Iran
        for child in token.children:
            if child.dep_ in OWNER_DEPS:
                if lemma(child) in self.lex.activity_groups or (related and child.dep_ == "poss"):
                    continue  # `protest crackdowns`: the protesters own nothing
                found = self.actors_of(doc, child) if child.dep_ == "poss" or any(  # `the Russian and US navies`
                    c.dep_ == "conj" for c in child.children) else self.actor_at(doc, child)
                if not found and depth == 0 and child.pos_ in ("PROPN", "NOUN"):
                    found = self.owner_actors(doc, child, depth + 1)
                add_new(out, found)
            if child.dep_ == "amod" and self.agents is not None and lemma(child) in self.agents.holding_verbs:
                for holder in (c for c in child.children if c.dep_ in ("npadvmod", "compound", "nmod")):
                    add_new(out, self.actor_at(doc, holder) or list(filter(None, [self.agents.holder(doc, holder)])))
                    # `a rebel-held town`, `Houthi-held districts`: whose the place is
            elif child.dep_ == "acl":
                for agent in (c for c in child.children if c.dep_ == "agent"):
                    for pobj in pobjs(agent):
                        add_new(out, self.actors_of(doc, pobj))
            elif child.dep_ == "prep" and child.lower_ == "of" and lemma(token) in self.lex.actor_heads and not related:
                for pobj in pobjs(child):
                    add_new(out, self.actors_of(doc, pobj))
        return out

    def domestic_groups(self, doc: Doc, events: list[dict]) -> None:
        """A group or body no country names (`Chechen refugees`, `the Islamic Salvation Front`), dealt with by one
        state's actor in a sentence naming no other state, is that state's own: the event data's domestic
        convention (GSR, CAMEO: a group acting at home is coded as its country). Not across hostile material acts
        (`troops shelled refugees` may be anyone's), nor for international or transnational bodies
        (`foreign_sectors` in agents.yaml)."""
        if self.agents is None:
            return
        found: dict[str, set[str]] = {}
        for event in events:
            for own, other in ((event["source"], event["target"]), (event["target"], event["source"])):
                if event["type"] in self.agents.undomestic_types and (
                        not other or (local_actor(doc, other) or {}).get("sector") not in self.agents.home_sectors):
                    continue  # not across an attack, unless by a body that acts at home only (police firing on
                    # demonstrators)
                if not self.may_be_domestic(local_actor(doc, own) if own else None):
                    continue
                state = self.state_actor(doc, other)
                if state is None:
                    continue  # the other side is no state's
                named = {s for m in mentions_in(doc, event["start"], event["end"])
                         if (s := self.state_actor(doc, m["actor"]))} | self.placed_states(doc, event)
                if named <= {state}:
                    found.setdefault(own, set()).add(state)
        for key, states in found.items():
            if len(states) == 1:
                local_actor(doc, key)["country"] = next(iter(states))

    def may_be_domestic(self, actor: dict | None) -> bool:
        """A group or body of no country, not international or transnational (`foreign_sectors`, a named armed
        body: `foreign_body_sectors`), nor a group of no sector (`the West`: states)."""
        if actor is None or actor.get("country") or actor.get("kind") not in ("group", "organization"):
            return False
        sector = actor.get("sector")
        if actor["kind"] == "group":
            return bool(sector) and sector not in self.agents.foreign_sectors and not self.agents.many_states(
                actor["name"])  # `Several countries`
        return sector not in self.agents.foreign_sectors | self.agents.foreign_body_sectors

    @staticmethod
    def state_actor(doc: Doc, actor: str | None) -> str | None:
        """The state an actor is or belongs to; None for one of no state (`the UN`, `refugees`)."""
        record = local_actor(doc, actor) if actor else None
        if record is None:
            return None
        return actor if record.get("kind") == "country" else record.get("country")

    def placed_states(self, doc: Doc, event: dict) -> set[str]:
        """The states of the places an event's sentence names (`if war starts in Iraq`); `?` for a place the tables
        give no state of and the tagger tells from a state's town or region (`the Gulf of Aden`)."""
        line = doc.char_span(event["start"], event["end"], alignment_mode="expand")
        if line is None:
            return set()
        states = {span: self.places.get(span.text.removeprefix("the ")) or self.town(span.text)
                  for span in line.ents if span.label_ in PLACE_LABELS}
        return {s or "?" for span, s in states.items() if s or span.label_ == "LOC"}  # `?`: waters, no state's
