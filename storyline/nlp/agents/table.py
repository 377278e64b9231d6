"""`AgentTable`: the agent nouns, person names and country words of the agent pass, and what they say of a token or
an actor (a group's sector and country, a named body, a person's country). Its helpers on a document are in
`words.py`.
"""

from collections import defaultdict
from collections.abc import Callable

from rapidfuzz.distance import Levenshtein
from spacy.tokens import Doc, Span, Token

from storyline.model import LocalActor
from storyline.nlp import extensions  # noqa: F401
from storyline.nlp.actors import entity_at, local_actor, mention_for_token, slugify
from storyline.nlp.actors.lexicon import Lexicon as ActorLexicon
from storyline.nlp.actors.lexicon import first_names, load_body_sectors, load_table
from storyline.nlp.agents.words import (
    add_actor,
    add_mention,
    agent_keys,
    agent_spans,
    compound_name,
    in_capitals,
    load_persons,
    name_key,
    plural_of,
    stand_in,
    told,
    town_country,
)
from storyline.nlp.paragraphs import title_cased
from storyline.resources import load_resource

COUNTRY_PREPS = {"in", "from", "of", "throughout", "across", "inside"}
RECIPIENT_PREPS = {"to", "with", "against", "on", "toward", "towards"}
"""Prepositions whose object is an act's recipient where it is a body (`shared evidence with the Department`)."""
MODIFIER_DEPS = {"amod", "compound", "nmod"}
LONE_WORKER_SECTORS = {"LAB"}
"""Sectors of a firm's staff: one of them (`a Acme employee`) is no act of the firm's."""
MAX_AGENT_WORDS = 3


BASED_VERBS = {"base", "headquarter", "locate", "station"}
"""Participles placing a body (`a group based in Trinidad`): the country of the place they name is the body's."""

MIN_CLOSING_AGENT = 6
"""The least letters of an agent noun that closes a word written as one (`steelworkers`) and is read as its sector."""

MIN_FUZZY_SURNAME = 5
"""Surnames this long or longer may be misspelt by one letter (`Bouteflicka`) and still be found."""

AMOUNT_WORDS = {"least", "most", "more", "than", "about", "around", "some", "nearly", "almost", "over", "up", "to",
                "another", "other", "several", "many", "dozens", "hundreds", "thousands", "of"}
"""Words of an amount before an agent noun, not part of the group's name (`at least 23 civilians`)."""


class AgentTable:
    """The agent nouns, person names and country words, and what they say of a token or an actor."""

    def __init__(self, agents: str = "agents.yaml", persons: str = "persons.tsv", countries: str = "countries.yaml",
                 organizations: str = "organizations.yaml"):
        table = load_resource(agents)
        self.organizations: dict[str, dict] = {}
        """The gazetteer's organizations by every name (`U.N.`, `Security Council`)."""
        for entry in load_resource(organizations):
            for form in [entry["name"], *entry.get("aliases", [])]:
                for variant in (form, form.replace("'", "’"), form.replace("’", "'")):
                    self.organizations.setdefault(variant, entry)
        self.sectors: dict[str, str] = {**table.get("agents", {}), **table.get("overrides", {})}
        self.sector_endings = {last[i:] for name in self.sectors for last in name.split()[-1:]
                               for i in range(len(last))}
        """Every ending of the last word of an agent noun (`bombers`: `s`, `rs`, ... `bombers`): a token ending
        none is the last word of no agent noun (`agent_phrase`)."""
        self.unqualified = set(table.get("unqualified_sectors", []))
        self.bodies_only = set(table.get("bodies_only_sectors", []))
        self.unlinked = set(table.get("unlinked_sectors", []))
        self.collectives = set(table.get("collective_nouns", []))
        self.victims = set(table.get("victim_sectors", []))
        self.armed_sectors = set(table.get("armed_sectors", []))
        self.agent_sectors = set(table.get("agent_sectors", []))
        self.handing_verbs = set(table.get("handing_verbs", []))
        self.domestic_types = set(table.get("domestic_types", []))
        self.embedded_act_types = set(table.get("embedded_act_types", []))
        self.loyalty_words = set(table.get("loyalty_words", []))
        self.body_nouns = set(table.get("body_nouns", []))
        self.accusation_nouns = set(table.get("accusation_nouns", []))
        self.owned_words = set(table.get("owned_words", []))
        self.foreign_sectors = set(table.get("foreign_sectors", []))
        self.state_group_nouns = set(table.get("state_group_nouns", []))
        self.foreign_body_sectors = set(table.get("foreign_body_sectors", []))
        self.undomestic_types = set(table.get("undomestic_types", []))
        self.home_sectors = set(table.get("home_sectors", []))
        self.placed_source_types = set(table.get("placed_source_types", []))
        self.pressure_types = set(table.get("pressure_types", []))
        self.pressure_nouns = set(table.get("pressure_nouns", []))
        self.person_pair_heads = set(table.get("person_pair_heads", []))
        self.errand_verbs = set(table.get("errand_verbs", []))
        self.purpose_object_types = set(table.get("purpose_object_types", []))
        self.movement_nouns = set(table.get("movement_nouns", []))
        self.holding_verbs = set(table.get("holding_verbs", []))
        self.member_bodies = set(table.get("member_bodies", []))
        self.org_heads = ActorLexicon("roles.yaml").org_heads
        """Words for a body (`commission`, `council`) -> sector: the last word of an organization's name."""
        self.persons = load_persons(persons)
        by_surname: dict[str, set[str]] = defaultdict(set)
        self.by_first: dict[str, list[tuple[str, str]]] = defaultdict(list)
        """First word -> (the other words, country) of the table's names of two words or more."""
        for name, country in self.persons.items():
            words = name.split()
            by_surname[words[-1]].add(country)
            if len(words) > 1:
                self.by_first[words[0]].append((" ".join(words[1:]), country))
        self.surnames = {s: next(iter(c)) if len(c) == 1 else self.persons[s] for s, c in by_surname.items()
                         if len(c) == 1 or s in self.persons}
        """Surname -> country: the one country of the table's names with that surname, or where they are of two or
        more, the country of the table's own entry for the surname alone (`Obama`, `Maduro`: the leader the
        dictionary keys by surname, not a namesake of another country)."""
        self.country_words: dict[str, str] = {}
        for entry in load_resource(countries):
            for word in [entry["name"], *entry.get("names", []), *entry.get("demonyms", [])]:
                self.country_words.setdefault(word, entry["id"])
        states = set(self.country_words.values())
        self.people_words = {w: c for w, c in load_table("places.tsv").items() if c in states}
        """Lower-cased name -> country of the place table, which spells a people's word as well (`Somalian`)."""

    def person_country(self, actor: dict) -> str | None:
        """The country the dictionary gives the person's full name, or (a surname alone) its surname."""
        for name in [actor["name"], *actor.get("aliases", [])]:
            if (found := self.persons.get(name_key(name))) is not None:
                return found
        words = name_key(actor["name"]).split()
        if not words:
            return None
        if len(words) == 1:
            return self.surnames.get(words[0])
        return self.persons.get(f"{words[0]} {words[-1]}") or self.misspelt(words)

    def misspelt(self, words: list[str]) -> str | None:
        """The country of the table's names with this first word whose other words are these but for one letter
        (`Juvenal Habyariman`, `Laurent Gbago`), where they all give one."""
        rest = " ".join(words[1:])
        if len(words[-1]) < MIN_FUZZY_SURNAME:
            return None
        found = {country for other, country in self.by_first.get(words[0], [])
                 if abs(len(other) - len(rest)) <= 1 and Levenshtein.distance(other, rest, score_cutoff=1) <= 1}
        return found.pop() if len(found) == 1 else None

    def agent_phrase(self, doc: Doc, token: Token) -> tuple[int, str] | None:
        """Where an agent noun headed by `token` starts (its modifiers included) and its sector."""
        if token.pos_ not in ("NOUN", "PROPN") or token.dep_ in MODIFIER_DEPS or token.ent_type_ == "PERSON":
            return None
        sector = self.members_sector(token)
        for words in [] if sector or self.ends_no_agent(token) else agent_spans(doc, token, MAX_AGENT_WORDS):
            sector = next((self.sectors[k] for k in agent_keys(words) if k in self.sectors), None)
            if sector:
                break
        if not sector and (found := self.of_agent(doc, token)) is not None:
            sector = found[1]  # `the Ghanaian head of state`: an agent noun of an `of` phrase, headed by its first word
        if not sector:
            return None
        lefts = [t for t in token.lefts if t.dep_ in (*MODIFIER_DEPS, "poss")]
        start = min([token.i, *(t.left_edge.i for t in lefts)])
        while start < token.i and (doc[start].pos_ in ("DET", "NUM", "ADV", "PUNCT") or doc[start].like_num
                                   or doc[start].tag_ == "POS" or doc[start].lower_ in AMOUNT_WORDS):
            start += 1
        return start, sector

    def members_sector(self, token: Token) -> str | None:
        """The sector of a body of members (`member_bodies`) that its members' agent noun gives, as its possessive or
        modifier (`the oil workers' federation` LAB, `the farmers' union` AGR, `the lawyers' association` JUD)."""
        if token.lemma_.lower() not in self.member_bodies:
            return None
        for child in token.lefts:
            if child.dep_ in ("poss", "compound") and child.pos_ == "NOUN" and child.tag_ == "NNS" and (
                    sector := self.sectors.get(child.lower_) or self.sectors.get(child.lemma_.lower())
                    or self.closing_agent(child.lower_)):
                return sector
        return None

    def closing_agent(self, word: str) -> str | None:
        """The sector of the agent noun a word written as one closes with (`steelworkers`, `mineworkers`: workers),
        the agent noun of MIN_CLOSING_AGENT letters or more and the word's first part of three or more."""
        for start in range(3, len(word) - MIN_CLOSING_AGENT + 1):
            if (sector := self.sectors.get(word[start:])) is not None:
                return sector
        return None

    def of_agent(self, doc: Doc, token: Token) -> tuple[int, str] | None:
        """Where an agent noun written with an `of` phrase and headed by `token` ends, and its sector (`head of state`,
        `chief of staff`, `council of ministers`): the parse makes its first word the head, so `agent_phrase`, reading
        back from the head, misses it. The `of` phrase is one bare noun right after (`head of the state` is no agent
        noun)."""
        if token.i + 2 >= len(doc) or doc[token.i + 1].lower_ != "of" or doc[token.i + 1].head != token:
            return None
        last = doc[token.i + 2]
        if last.head != doc[token.i + 1] or last.dep_ != "pobj" or last.pos_ != "NOUN":
            return None
        words = doc[token.i: last.i + 1]
        sector = next((self.sectors[k] for k in agent_keys(words) if k in self.sectors), None)
        return (last.i + 1, sector) if sector else None

    def ends_no_agent(self, token: Token) -> bool:
        """Whether no agent noun can end at `token`, neither as written nor by its lemma: the phrases `agent_phrase`
        would look up end with its text (its lemma), so the last word of an agent noun ends with it. Only said of
        ASCII words (lower-casing a phrase and a word alone differ only beyond: a final sigma)."""
        text, base = token.lower_, token.lemma_.lower()
        if not (text.isascii() and base.isascii()):
            return False
        return all(words and words[-1] not in self.sector_endings for words in (text.split(), base.split()))

    def compound_agent(self, doc: Doc, token: Token) -> bool:
        """Whether an agent noun of more than one word ends at `token` (`suicide bombers`, where `bombers` alone
        are aircraft)."""
        return any(len(words) > 1 and any(k in self.sectors for k in agent_keys(words, lemmas=False))
                   for words in agent_spans(doc, token, MAX_AGENT_WORDS))

    def people_phrase(self, doc: Doc, token: Token) -> tuple[int, None] | None:
        """A plural no agent noun names, acting, that a country's adjective or name qualifies (`Iraqi Kurds
        demonstrated`): some of that country's people, with no sector."""
        if token.tag_ not in ("NNS", "NNPS") or token.dep_ in MODIFIER_DEPS or not self.acting(token):
            return None
        adjectives = [c for c in token.lefts if (c.dep_ == "amod" or c.dep_ in ("poss", "compound", "nmod")
                                                 and c.pos_ == "PROPN") and self.country_at(doc, c)]  # `Yemen's
        # warring parties agreed`
        return (min(c.i for c in adjectives), None) if adjectives else None

    def country_of(self, doc: Doc, token: Token, town: Callable[[str], str | None] | None = None,
                   origin: Callable[[str], str | None] | None = None) -> tuple[str | None, int]:
        """The country a modifier or a `in`/`from`/`of` phrase gives the agent, and where its phrase ends; with
        `town` (a place name -> its country), a town or region the phrase names gives its country too (`a court in
        Istanbul`, `authorities in Wyoming`); with `origin`, a town its `from` phrase names (`a missionary from
        Toronto`: where one comes from, even for one undergoing an act)."""
        for child in token.lefts:
            if child.dep_ in (*MODIFIER_DEPS, "poss"):
                for t in child.subtree:
                    if (country := self.country_at(doc, t)) is not None:
                        return country, token.i + 1
        for prep in token.rights:
            if prep.dep_ != "prep" or prep.lower_ not in COUNTRY_PREPS:
                continue
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and (country := self.country_at(doc, pobj)) is not None:
                    return country, pobj.i + 1
                if pobj.dep_ == "pobj" and prep.lower_ == "in" and (country := town_country(doc, pobj, town)):
                    return country, pobj.i + 1
                if pobj.dep_ == "pobj" and prep.lower_ == "from" and (
                        country := town_country(doc, pobj, town or origin)):
                    return country, pobj.i + 1
        for acl in (c for c in token.rights if c.dep_ == "acl" and c.lemma_ in BASED_VERBS):  # `a group based in
            for pobj in (p for prep in acl.children if prep.dep_ == "prep" and prep.lower_ == "in"  # Trinidad`
                         for p in prep.children if p.dep_ == "pobj"):
                if (country := self.country_at(doc, pobj)) is not None or (country := town_country(doc, pobj, town)):
                    return country, token.i + 1
        for pobj in self.loyalties(token):  # `gunmen loyal to Chad's exiled rebel chief`
            for t in pobj.subtree:
                if (country := self.country_at(doc, t)) is not None:
                    return country, token.i + 1
        return None, token.i + 1

    def loyalties(self, token: Token) -> list[Token]:
        """What people are loyal to, affiliated or linked with (`loyalty_words`): the phrase's objects."""
        return [p for w in token.rights if w.dep_ in ("amod", "acl") and self.loyalty_words & {w.lower_, w.lemma_}
                for prep in w.children if prep.dep_ == "prep" for p in prep.children if p.dep_ == "pobj"]

    def loyal_to(self, doc: Doc, token: Token) -> str | None:
        """The organization people are loyal to or affiliated with (`miners affiliated with the Chilean Miners'
        Federation`): they act for it."""
        for pobj in self.loyalties(token):
            for t in pobj.subtree:
                m = mention_for_token(doc, t)
                if m is not None and (local_actor(doc, m["actor"]) or {}).get("kind") == "organization":
                    return m["actor"]
        return None

    def country_at(self, doc: Doc, token: Token) -> str | None:
        """The country a token names: a country mention, or a country's name or demonym left as a place."""
        mention = mention_for_token(doc, token)
        if mention is not None:
            actor = local_actor(doc, mention["actor"]) or {}
            return actor.get("id") if actor.get("kind") == "country" else None
        span = entity_at(doc, token)
        text = span.text if span is not None else token.text
        return self.country_words.get(text.removeprefix("the ")) or self.country_words.get(token.text) or (
            self.people_words.get(token.lower_) if token.ent_type_ == "NORP" else None)  # `Somalian pirates`: a
        # people's word the countries' table lacks and the tagger reads as one, the place table's spelling of it

    def group(self, doc: Doc, token: Token, town: Callable[[str], str | None] | None = None) -> str | None:
        """The unnamed group an agent noun the actor pass left unlinked stands for, added to the document's
        actors and mentions: one a country qualifies (`Burundian militiamen`, `rebels in the Ivory Coast`), or a
        plural of an armed, protesting or working sector (`Prisoners rioted`); an organization's people are the
        organization (`Taliban fighters`); None for anything else."""
        found = self.agent_phrase(doc, token) or self.people_phrase(doc, token)
        if found is None:
            return None
        start, sector = found
        undergoing = self.undergoing(token) or (sector not in self.armed_sectors and self.restricted(token))
        victim = plural_of(token, self.collectives) and sector in self.victims and undergoing and \
            token.head.lemma_ not in self.handing_verbs
        if (sector in self.unlinked and not victim) or any(c.dep_ == "poss" and c.pos_ == "PRON"
                                                           for c in token.children):
            return None  # `its troops`: the owner is the actor; `people said`: no one in particular
        owners = [m["actor"] for t in doc[start: token.i] if (m := mention_for_token(doc, t)) is not None
                  and (local_actor(doc, m["actor"]) or {}).get("kind") != "country"]
        if owners and sector in LONE_WORKER_SECTORS and token.tag_ == "NN" and any(
                c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children):
            owners = []  # `a Acme plant worker shot two guards`: one of a firm's staff acts on their own account
        if owners:  # `NATO officials`, `Taliban fighters`: an organization's people act for it
            return owners[-1] if (local_actor(doc, owners[-1]) or {}).get("kind") == "organization" else None
        if (named := self.named_owner(doc, start, token, sector)) is not None:
            return named  # `the Zorgan Front fighters`: an organization the tagger names and the actor pass left
        if (body := self.loyal_to(doc, token)) is not None:
            return body  # `workers affiliated with the union`
        country, end = self.country_of(doc, token, town if self.acting(token) else None, town)  # `a court in Istanbul
        # freed`; not those undergoing an act, whose place is where it happened (`killed people in Kabul`)
        plural = plural_of(token, self.collectives) or (sector not in self.bodies_only and any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children))  # `a gunman opened fire`; not `a
        # spokesperson` of no state named: a government acts as a body (`the government`, `authorities`)
        # `various African countries`: a group of many states, never one state of that sector named before
        members = token.lemma_.lower() in self.member_bodies and self.acting(token) and any(
            c.dep_ in ("poss", "compound") and c.pos_ == "NOUN" and c.tag_ == "NNS" for c in token.lefts)  # `the
        # miners' union called off its strike`: one body its members' noun names, no state's own
        if country is None and not (plural and sector in self.unqualified and self.acting(token)) and not (
                victim and (self.many_states(doc[start: token.i + 1].text)
                            or not self.named_before(doc, token, sector, True))) and not members:
            return None
        if country is None and not any(c.dep_ in MODIFIER_DEPS for c in token.children) and any(
                c.dep_ == "det" and c.lower_ == "the" for c in token.children) and \
                self.named_before(doc, token, sector):
            return None  # `the rebels`: those named before
        if (of_phrase := self.of_agent(doc, token)) is not None:
            end = max(end, of_phrase[0])  # `the Ghanaian head of state`: the whole agent noun
        span = doc[start:end]
        key = slugify(span.text)
        actor = local_actor(doc, key)
        if actor is None:
            name = span.text[:1].lower() + span.text[1:] if span[0].is_sent_start and span[0].pos_ != "PROPN" \
                else span.text
            actor = add_actor(doc, LocalActor(id=key, name=name, kind="group", country=country,
                                              sector=sector).model_dump())
            if country is None and victim:  # a stand-in the events extractor may replace and then drop
                stand_in(doc, key)
        if span.text not in actor["aliases"]:
            actor["aliases"].append(span.text)
        add_mention(doc, span, key)
        return key


    def holder(self, doc: Doc, token: Token) -> str | None:
        """The unnamed group a place is held by, where an agent noun says so as the modifier of its `-held` or
        `-controlled` (`holding_verbs`: `a rebel-held town`, `an insurgent-controlled area`): added to the document's
        actors and mentions as a group of that sector and no country (the domestic convention may give it one); None
        for a token that is no such modifier."""
        if token.dep_ not in ("npadvmod", "compound", "nmod") or token.head.lemma_.lower() not in self.holding_verbs \
                or token.head.dep_ != "amod" or token.pos_ != "NOUN":
            return None
        sector = self.sectors.get(token.lower_) or self.sectors.get(token.lemma_.lower())
        if not sector or sector in self.unlinked:
            return None
        key = slugify(token.lemma_ if token.tag_ == "NNS" else f"{token.lemma_}s")  # `rebel-held`: the rebels
        return self.noun_group(doc, token, key, sector, standing_in=True)

    @staticmethod
    def noun_group(doc: Doc, token: Token, key: str, sector: str | None, standing_in: bool = False,
                   name: str | None = None, country: str | None = None) -> str:
        """The group a noun names on its own, under `key`: added to the document's actors where it is new (with
        `standing_in`, as a stand-in the events extractor may replace), the word among its aliases, and its mention;
        returns the key. An agent noun names a group of no country, named by its key (`holder`'s `rebel-held`: the
        rebels; events' `a pirate attack`: the pirates); an activity names those who carry it on, by their own name
        and of the state a modifier names (events' `activity_group`: `a crackdown on Iranian protests`, protesters
        of Iran).

        :param name: the group's name where new; None: its key's words (`rebels`)
        :param country: the group's country where new; None: no country"""
        actor = local_actor(doc, key)
        if actor is None:
            actor = add_actor(doc, LocalActor(id=key, name=name or key.replace("-", " "), kind="group",
                                              country=country, sector=sector).model_dump())
            if standing_in:
                stand_in(doc, key)
        if token.text not in actor["aliases"]:
            actor["aliases"].append(token.text)
        add_mention(doc, doc[token.i: token.i + 1], key, in_order=True)
        return key

    def organization(self, doc: Doc, token: Token) -> str | None:
        """A gazetteer organization the actor pass left as a modifier of its own words (`owned_words`: `a United
        Nations appeal`, `a U.N. Security Council resolution`; not `ASEAN meetings`), asked for where an event names
        it as their owner: added to the document's actors and mentions; None for a token heading no such name."""
        if token.pos_ != "PROPN" or token.dep_ not in ("compound", "poss", "nmod") or \
                token.head.lemma_.lower() not in self.owned_words or mention_for_token(doc, token) is not None:
            return None
        span = entity_at(doc, token)
        if span is None or span.root != token:
            return None
        if span[0].lower_ == "the":
            span = span[1:]
        entry = self.organizations.get(span.text)
        if entry is None or entry.get("kind", "organization") != "organization":
            return None
        key = entry["id"]
        if local_actor(doc, key) is None:
            add_actor(doc, LocalActor(id=key, name=entry["name"], kind="organization", country=entry.get("country"),
                                      sector=entry.get("sector"), aliases=[span.text]).model_dump())
        add_mention(doc, span, key, in_order=True)
        return key

    def acronym(self, doc: Doc, token: Token, place: Callable[[str], str | None] | None = None) -> str | None:
        """An agency or armed group the tagger marks as an organization by an acronym alone (`ICE returned the
        artifacts`, `the ELN declared a ceasefire`), which the actor pass left unlinked, asked for where it does an
        event's act (its subject or `by` agent) or receives it (`receiving`: `talks with the ELN`): added to the
        document's actors and mentions as an organization of the gazetteer's country and sector, or of none (a
        recipient only where an event keeps it); None for anything else (a country word, a name of many words, a
        word in lower case). The tagger may take an acronym of three letters or more for a place's (`UNMIK withdrew
        its staff`, tagged GPE): it is a body where it names no place (`place`: a name -> its country)."""
        text = token.text.replace(".", "")
        if token.pos_ not in ("PROPN", "NOUN") or not (2 <= len(text) <= 6) or not text.isalpha() or \
                not text.isupper() or token.text in self.country_words or not (
                    self.acting(token) or self.receiving(token)) or \
                mention_for_token(doc, token) is not None:
            return None
        span = entity_at(doc, token) or doc[token.i: token.i + 1]
        misread = span.label_ in ("GPE", "NORP") and len(text) >= 3 and place is not None and place(token.text) is None
        if len(span) != 1 or ((span.label_ or "ORG") != "ORG" and not misread) or in_capitals(token.sent):
            return None  # not a person's or a place's initials, nor a word of a headline in capitals
        entry = self.organizations.get(token.text) or {}
        key = entry.get("id") or slugify(token.text)
        if local_actor(doc, key) is None:
            add_actor(doc, LocalActor(id=key, name=entry.get("name", token.text), kind="organization",
                                      country=entry.get("country"), sector=entry.get("sector"),
                                      aliases=[token.text]).model_dump())
            self.kept_if_used(doc, token, key)
        add_mention(doc, span, key, in_order=True)
        return key

    def named_body(self, doc: Doc, token: Token) -> str | None:
        """An organization the tagger names in words of its own (`Mine Safety and Health Administration`, `The U.S.
        Department of Justice`, `Farc`) that the actor pass left unlinked, asked for where it does an event's act (its
        subject or `by` agent) or receives it (`receiving`), the token heading the name: added to the document's actors
        and mentions as an organization of the gazetteer's country and sector, else of the country a word of its name
        gives and the sector the international dictionary gives its name (a recipient only where an event keeps it);
        None for anything else (a country's word, a headline in
        capitals, a name some of whose words are an actor's mention)."""
        if not (token.pos_ == "PROPN" or self.tagged_body(token)) or not (
                self.acting(token) or self.receiving(token)) or mention_for_token(doc, token) is not None:
            return None
        span = entity_at(doc, token) or self.untagged_name(doc, token)
        if span is None or span.label_ not in ("ORG", "") or span.root != token:
            return None
        start, end = span.start, span.end
        while start < end and (doc[start].pos_ == "DET" or doc[start].is_punct):
            start += 1
        while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
            end -= 1
        words = doc[start:end]
        inner = [(local_actor(doc, m["actor"]) or {}) for t in words if (m := mention_for_token(doc, t)) is not None]
        if not words or not words[0].is_title and not words[0].is_upper or words.text in self.country_words or any(
                a.get("kind") != "country" for a in inner) or len(inner) == len(words) or any(
                t.pos_ in ("VERB", "AUX", "PRON") or t.like_num for t in words) or in_capitals(token.sent):
            return None  # not a name holding another actor's, nor a country's name alone (`the Kenya Anti-Corruption
            # Commission` holds Kenya's: the commission is Kenya's)
        return self.add_body(doc, words, token, next((a["id"] for a in inner), None))

    def add_body(self, doc: Doc, words: Span, token: Token, country: str | None = None,
                 sector: str | None = None) -> str:
        """An organization of these words added to the document's actors (where new) and mentions: of the gazetteer's
        country and sector, else of `country` or the one a word of its name gives and of the sector the international
        dictionary gives its name, else `sector`; kept only where an event uses it if `token` does no act."""
        entry = self.organizations.get(words.text) or {}
        key = entry.get("id") or slugify(words.text)
        if local_actor(doc, key) is None:
            country = entry.get("country") or country or next(
                (c for t in words if t.ent_type_ in ("", "ORG") and (c := self.country_words.get(t.text))), None)
            sector = entry.get("sector") or load_body_sectors().get(words.text.lower()) or self.org_heads.get(
                words[-1].lower_) or sector
            add_actor(doc, LocalActor(id=key, name=entry.get("name", words.text), kind="organization",
                                      country=country, sector=sector, aliases=[words.text]).model_dump())
            self.kept_if_used(doc, token, key)
        add_mention(doc, words, key, in_order=True)
        return key

    def named_owner(self, doc: Doc, start: int, token: Token, sector: str) -> str | None:
        """The organization the tagger names (ORG) in the modifiers of an agent noun, where the actor pass left it
        unlinked as a word of a common noun's (`the Zorgan Front fighters`, `the Acme cartel`): the people of an
        organization act for it, so the organization is added (of the agent noun's sector where nothing else gives
        one), of force or crime (not `Acme workers`, who strike against it; nor one official of a body, as `El
        Salvadoran president` may be tagged); None where no such name is there (a person's surname, a country's word,
        a headline in capitals)."""
        if sector not in self.agent_sectors or (sector == "GOV" and not plural_of(token, self.collectives)) or \
                in_capitals(token.sent):
            return None
        for t in doc[start: token.i]:
            span = entity_at(doc, t)
            if span is None or span.label_ != "ORG" or span.start < start or span.end > token.i or t.i != span.start:
                continue
            while span and (span[0].pos_ == "DET" or span[0].is_punct):
                span = span[1:]
            if not span or not all(w.pos_ == "PROPN" and (w.is_title or w.is_upper or w.text == "-") for w in span) or \
                    span.text in self.country_words or any(mention_for_token(doc, w) is not None for w in span) or \
                    (len(span) == 1 and name_key(span.text) in self.surnames):
                continue
            return self.add_body(doc, span, token, sector=sector)
        return None

    def kept_if_used(self, doc: Doc, token: Token, key: str) -> None:
        """A body found as a recipient only (`receiving`) is an actor only where an event keeps it: the events
        extractor drops it with the stand-ins no event uses."""
        if not self.acting(token):
            stand_in(doc, key)

    @staticmethod
    def tagged_body(token: Token) -> bool:
        """A capitalised word the named-entity tagger marks as an organization's name (ORG) that the part-of-speech
        tagger reads as a common noun (`Trump has suspended aid`, opening the sentence): the name is the tagger's
        call."""
        return token.pos_ == "NOUN" and token.ent_type_ == "ORG" and token.is_title and token.tag_ == "NN"

    def untagged_name(self, doc: Doc, token: Token) -> Span | None:
        """A name of several capitalised words the tagger marks as no entity, ending in a word for a body
        (`org_heads` of roles.yaml: `the Kenya Anti-Corruption Commission`); or a name of capitalised words the
        tagger marks as no entity, the subject of a verb (`Acme has suspended aid`; no bare participle, a headline's
        passive), in a sentence ended as one (`told`: no headline's line) not in title case, whose words are all
        names and which is no person's (no name of the person table, no first name of it); None for anything else."""
        if token.ent_type_ or not token.is_title:
            return None
        words = compound_name(doc, token)
        if token.lower_ not in self.org_heads:
            words = words or doc[token.i: token.i + 1]
            verb = token.head
            if token.dep_ != "nsubj" or verb.pos_ != "VERB" or title_cased(token.sent) or not told(token.sent) or (
                    verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children)) or \
                    name_key(words.text) in self.persons or words[0].lower_ in first_names():
                return None  # a person's name (`Theresa May has met`) is the person table's; a bare participle
                # (`Harbor Authority ordered to pay`) tells what was done to the name, and so may a headline's line
        if words is None or not all(
                t.pos_ == "PROPN" and (t.is_title or t.is_upper or t.text == "-") and not t.ent_type_
                or mention_for_token(doc, t) is not None for t in words):
            return None
        return words

    def person(self, doc: Doc, token: Token) -> str | None:
        """A person the named-entity tagger finds and the actor pass left unlinked (`Obama gave Putin a warning`),
        added to the document's actors and mentions with the country the person table gives; None for a token
        that heads no such name."""
        span = entity_at(doc, token) or self.listed_name(doc, token)
        if span is None or span.label_ not in ("PERSON", "") or span.root != token or token.pos_ != "PROPN" or any(
                mention_for_token(doc, t) is not None for t in span) or span.text in self.country_words \
                or span.start > 0 and self.calibre(doc[span.start - 1]):
            return None  # `a .38 Special`, `a 44 Magnum`: a calibre's or a model's number names a gun, not a person
        key = slugify(span.text)
        if local_actor(doc, key) is None:
            actor = LocalActor(id=key, name=span.text, kind="person", aliases=[span.text]).model_dump()
            actor["country"] = self.person_country(actor)
            add_actor(doc, actor)
        add_mention(doc, span, key)
        return key

    @staticmethod
    def calibre(token: Token) -> bool:
        """A number of at most three digits (`.357`, `44`), no date's (`in 2019 Lee won`, `May 12`)."""
        return token.like_num and not token.is_alpha and len(token.text.lstrip(".")) <= 3 and token.ent_type_ != "DATE"

    def listed_name(self, doc: Doc, token: Token) -> Span | None:
        """A person's name of two or more capitalised words the tagger marks as no entity (`Theresa May has met`,
        read as a month), which the person table lists in full; None for anything else."""
        if token.ent_type_ and token.ent_type_ != "DATE" or not token.is_title:
            return None
        words = compound_name(doc, token)
        if words is None or not all(t.pos_ == "PROPN" and t.is_title for t in words) \
                or name_key(words.text) not in self.persons:
            return None
        return words

    def surname(self, doc: Doc, token: Token, place: Callable[[str], str | None]) -> str | None:
        """A leader's surname alone the tagger mislabels (`Maduro has closed the borders`, `Erdogan accused Gulen`,
        an ORG or a place), doing an act: a person where the person table gives that surname one country and it
        names no country or place (`place`: a name -> its country); added to the document's actors and mentions."""
        if token.pos_ != "PROPN" or not token.is_title or token.dep_ not in ("nsubj", "dobj") or \
                mention_for_token(doc, token) is not None or any(
                c.dep_ == "compound" for c in token.children) or token.text in self.country_words or \
                place(token.text) is not None:
            return None
        span = entity_at(doc, token) or doc[token.i: token.i + 1]
        if len(span) != 1 or span.label_ not in ("", "ORG", "GPE", "NORP", "PERSON") or \
                (country := self.surnames.get(name_key(token.text))) is None:
            return None
        key = slugify(token.text)
        if local_actor(doc, key) is None:
            add_actor(doc, LocalActor(id=key, name=token.text, kind="person", country=country,
                                      aliases=[token.text]).model_dump())
        add_mention(doc, span, key, in_order=True)
        return key

    def many_states(self, name: str) -> bool:
        """A name of many states by their kind (`Several countries`, `various African nations`: `state_group_nouns`),
        no one state's own."""
        lowered = name.lower()
        return any(lowered.endswith(noun) for noun in self.state_group_nouns)

    @staticmethod
    def named_before(doc: Doc, token: Token, sector: str | None, same_sector: bool = False) -> bool:
        """Whether `the rebels` can stand for actors told before: an actor of that sector, or (unless
        `same_sector`) any group or country mentioned earlier in the document (`the police` opening a story is
        the police of no one named)."""
        actors = {a["id"]: a for a in doc._.local_actors or []}
        for m in doc._.mentions or []:
            if m["start"] >= token.idx:
                continue
            actor = actors.get(m["actor"]) or {}
            if actor.get("sector") == sector or (not same_sector and actor.get("kind") in ("group", "country")):
                return True
        return False

    @staticmethod
    def undergoing(token: Token) -> bool:
        """The object of a verb or its passive subject (`detained several suspects`, `civilians were killed`), its
        recipient (`opened its borders to refugees`), or the members of an amount that is (`released dozens of
        activists`)."""
        while token.dep_ == "conj" and token.head != token:  # `prisoners and detainees`
            token = token.head
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ in ("NOUN", "NUM", "PRON"):
            token = token.head.head
        if token.dep_ == "pobj" and token.head.lower_ == "to" and (  # `opened its borders to refugees`,
                token.head.head.pos_ == "VERB" or token.head.head.dep_ in ("dobj", "obj")):  # `gave aid to families`
            return True
        return (token.dep_ == "dobj" and token.head.pos_ == "VERB") or token.dep_ == "nsubjpass"

    @staticmethod
    def restricted(token: Token) -> bool:
        """People a measure done is put on (`eased restrictions on foreign workers`, `a ban against refugees`): the
        `on`/`against` phrase of a verb's object."""
        while token.dep_ == "conj" and token.head != token:
            token = token.head
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ in ("NOUN", "NUM"):
            token = token.head.head  # `restrictions on millions of foreign workers`
        return token.dep_ == "pobj" and token.head.lower_ in ("on", "against") and token.head.head.pos_ == "NOUN" \
            and token.head.head.dep_ in ("dobj", "nsubjpass")

    @staticmethod
    def receiving(token: Token) -> bool:
        """The recipient a verb's phrase names (`shared evidence with the Department of Justice`, `returned the
        painting to the Art Loss Register`, `sanctions against the ELN`): the object of its `to`, `with`, `against`,
        `on` or `toward` phrase, on the verb or on its object."""
        if token.dep_ != "pobj" or token.head.lower_ not in RECIPIENT_PREPS:
            return False
        head = token.head.head
        return head.pos_ in ("VERB", "AUX") or (head.dep_ in ("dobj", "obj") and head.head.pos_ == "VERB")

    def acting(self, token: Token) -> bool:
        """The subject or `by` agent of a verb (`Protesters rioted`, `attacked by militiamen`), or the members of a
        crowd that is (`thousands of Kurds demonstrated`), not its object."""
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ in ("NOUN", "NUM") and \
                token.head.head.dep_ in ("nsubj", "nsubjpass"):
            return True
        return token.dep_ in ("nsubj", "nsubjpass") or (token.dep_ == "pobj" and token.head.lower_ == "by") or (
            token.dep_ == "pobj" and token.head.lower_ == "from" and token.head.head.pos_ == "NOUN"
            and token.head.head.lemma_ in self.pressure_nouns)  # `accepted demands from Shona rebels`
