"""The learned cue gate: whether a verb outside the lexicon reports what someone said, thinks or wants.

The rules know the reporting verbs of `quotes.yaml` and any verb with a `that` clause. News attributes with
many more (`touted his record`, `hinted he would run`, `mulled a bid`). Each verb the rules pass over that
carries a clause, an infinitive or an object (or, `widened`, a gerund or clause after a preposition or hung on it
as an adjunct: `opted against closing X`, `pushed for X to Y`) is a candidate; a logistic regression over sparse
features of its parse (lemma, the shape of what follows, the kind of subject, tense, negation, quotation marks) and of
the lexicon's word classes (`CueLexicon.class_features`: the kind of speaker and object noun, which carry over to verbs
the training split never saw) decides. Stance adjectives (`adjective_features`), nouns with an owner
(`noun_features`) and verbs outside the lexicon in the passive with an agent (`passive_features`: `was backed by X`)
are candidates too, each kind with features of its own.
The weights are plain JSON (`storyline/resources/quote_gate.json`), applied here by a dot product: no
learning library at run time. `storyline.nlp.quotes.train` (`make train`) fits them on PolNeAR's train split.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

from spacy.tokens import Span, Token

from storyline.nlp.grammar import has_to
from storyline.resources import RESOURCES

GATE_DEPS = ("ccomp", "xcomp", "dobj")
"""What a candidate verb carries: a clause, an infinitive or an object (`hinted he would run`, `vowed to
fight`, `touted his record`)."""

GATE_PREPS = ("about", "of", "on", "against", "for", "with", "over", "to", "at", "toward", "towards", "into", "behind")
"""Prepositions whose object is what a verb without an object carries (`talked about trade`, `railed against X`,
`referred to X`, `swung at Y`, `got behind Z`)."""

TIME_TYPES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
"""Entity types of a prepositional object that is an adjunct (`on Monday`, `for $5`), not what was said."""


def carried(token: Token) -> Token | None:
    """What a verb carries after it: its first clause, infinitive or object, else a prepositional phrase
    (`talked about trade`) with an object; None for none."""
    first = next((c for c in token.rights if c.dep_ in GATE_DEPS), None)
    if first is not None:
        return first
    return next((c for c in token.rights if c.dep_ == "prep" and c.lower_ in GATE_PREPS and any(
        o.dep_ == "pobj" and o.ent_type_ not in TIME_TYPES for o in c.children)), None)  # not `spoke on Monday`


CLAUSE_WORDS = ("what", "who", "whom", "whose", "which", "why", "how", "whether")
"""Words opening a clause a verb can carry after it as what was said, thought or asked (`wondered whether ...`,
`asked how ...`); not `when`, `where` nor `if`, which open adjuncts far more often (`laughed when ...`)."""


def widened(token: Token) -> Token | None:
    """What a verb carries that `carried` leaves out, a clause in all but the parse's name: a gerund or clause after
    one of `GATE_PREPS` (`pushed for X to own Y`, `warned against drawing lessons`), a clause after it opened by
    `whether` or a wh-word (`wondered whether ...`, `asked how ...`) or an infinitive (`signed up to
    serve`); None for none. Only the gate's candidates take it (`CueLexicon.gate_accepts`): the gate learns which of
    them report a view."""
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ in GATE_PREPS and any(o.dep_ == "pcomp" for o in child.children):
            return child
        if child.dep_ == "advcl" and child.pos_ in ("VERB", "AUX") and (clause_kind(child) != "bare"):
            return child
    return None


def clause_kind(clause: Token) -> str:
    """How a clause opens: `to` (an infinitive), `whether`, `wh` (another of `CLAUSE_WORDS`), else `bare`."""
    if any(c.dep_ == "aux" and c.lower_ == "to" and c.i < clause.i for c in clause.children):
        return "to"
    first = clause.left_edge
    word = first.lower_ if first.i < clause.i else ""
    return "bare" if word not in CLAUSE_WORDS else word if word == "whether" else "wh"


def subject_kind(phrase: Span | None) -> str:
    """The kind of speaker phrase: none, a pronoun, a named person, organization or place, a noun."""
    if phrase is None:
        return "none"
    head = phrase.root
    if head.pos_ == "PRON":
        return "pron:" + head.lower_
    if head.ent_type_:
        return "ent:" + head.ent_type_
    return "propn" if head.pos_ == "PROPN" else "noun"


def candidate_features(token: Token, speaker: Span | None, quoted: bool) -> list[str] | None:
    """The features of a verb that may report a statement, or None where it carries nothing to report.

    :param token: the verb
    :param speaker: its subject phrase, if any
    :param quoted: whether what it carries holds a quotation mark
    """
    first = carried(token) or widened(token)
    if first is None:
        return None
    lemma = token.lemma_.lower()
    shape = first.dep_
    if shape == "prep":
        shape += ":" + first.lower_ + (":pcomp" if not any(o.dep_ == "pobj" for o in first.children) else "")
    elif shape == "advcl":
        shape += ":" + clause_kind(first)
    elif shape == "xcomp":
        shape += ":to" if has_to(first) else ":bare"
    elif shape == "dobj":
        shape += ":" + ("pron" if first.pos_ == "PRON" else "ent" if first.ent_type_ else first.pos_.lower())
    kind = subject_kind(speaker)
    coarse = kind.split(":")[0]
    negated = any(c.dep_ == "neg" for c in token.children)
    aux = sorted({c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")})
    feats = [
        "bias",
        f"lemma={lemma}",
        f"shape={shape}",
        f"lemma|shape={lemma}|{shape}",
        f"subj={kind}",
        f"subjc={coarse}",
        f"lemma|subjc={lemma}|{coarse}",
        f"tag={token.tag_}",
        f"dep={token.dep_}",
        f"lemma|dep={lemma}|{token.dep_}",
        f"head={token.head.lemma_.lower() if token.dep_ in ('xcomp', 'ccomp', 'conj') else '-'}",
        f"neg={negated}",
        f"quoted={quoted}",
        f"shape|quoted={shape}|{quoted}",
        f"obj={first.lemma_.lower()}" if first.dep_ == "dobj" else f"clause={shape}",
        f"lemma|obj={lemma}|{first.lemma_.lower()}" if first.dep_ == "dobj" else f"lemma|clause={lemma}",
    ]
    feats += [f"aux={a}" for a in aux]
    feats += [f"prep={c.lower_}" for c in token.children if c.dep_ == "prep" and c.i > token.i][:2]
    feats += [f"prt={c.lower_}" for c in token.children if c.dep_ == "prt"][:1]
    feats += [f"lemma|tag={lemma}|{token.tag_}", f"sentq={any(t.is_quote for t in token.sent)}"]
    if first.dep_ in ("xcomp", "ccomp") and first.pos_ in ("VERB", "AUX"):
        feats.append(f"then={first.lemma_.lower()}")  # `wants to run`, `hinted he would run`
    return feats


ADJECTIVE_PREPS = ("about", "of", "on", "with", "over", "toward", "towards", "to", "in", "at")
"""Prepositions of what a stance adjective is about (`critical of X`, `skeptical about Y`, `upset over Z`, `open to
talks`, `interested in a deal`, `angry at the press`; the gate tells them from `close to`, `in` a place)."""

COPULAS = ("be", "seem", "appear", "remain", "become", "feel", "sound", "look", "grow", "stay")


def adjective_carried(token: Token) -> Token | None:
    """What a predicative adjective carries (`sure that ...`, `eager to run`, `critical of the plan`): its clause,
    infinitive or prepositional phrase with an object; None for none or for an adjective not after a copula (its
    complement, `is sure`, or the predicate of a verb like it, `seemed hopeful`). A clause the parse hung on the
    copula after the adjective (`is worried [that ...]`, `was unsure [whether ...]`) is the adjective's."""
    if token.pos_ != "ADJ" or token.dep_ not in ("acomp", "oprd") or token.head.lemma_.lower() not in COPULAS:
        return None
    clause = next((c for c in token.children if c.dep_ in ("ccomp", "xcomp") and c.i > token.i), None) or next(
        (c for c in token.head.children if c.dep_ == "ccomp" and c.i > token.i and any(
            m.dep_ == "mark" and m.lower_ in ("that", "whether", "if") for m in c.children)), None)
    if clause is not None:
        return clause
    return next((c for c in token.children if c.dep_ == "prep" and c.lower_ in ADJECTIVE_PREPS and any(
        o.dep_ in ("pobj", "pcomp") for o in c.children)), None)


def adjective_features(token: Token, what: Token, speaker: Span | None, quoted: bool) -> list[str]:
    """The gate's features of a stance adjective (`X is skeptical of Y`): the lemma, what it carries, the subject,
    negation, quotation marks; all under `adj` so that they share no weight with the verbs'."""
    lemma = token.lemma_.lower()
    shape = what.dep_ + (":" + what.lower_ if what.dep_ == "prep" else "")
    kind = subject_kind(speaker)
    negated = any(c.dep_ == "neg" for c in token.head.children)
    return ["bias", "adj", f"adj|lemma={lemma}", f"adj|shape={shape}", f"adj|lemma|shape={lemma}|{shape}",
            f"adj|subjc={kind.split(':')[0]}", f"adj|neg={negated}", f"adj|quoted={quoted}",
            f"adj|copula={token.head.lemma_.lower()}"]


NOUN_PREPS = ("about", "of", "on", "against", "for", "over", "toward", "towards", "with", "to", "at", "in")
"""Prepositions of what a stance noun is about (`his attacks on X`, `her support for Y`, `their opposition to Z`)."""

CLAUSE_MARKS = ("that", "whether", "if")
"""Words opening a noun's content clause (`the point that ...`, `his question whether ...`)."""

NOUN_CLAUSE_DEPS = ("acl", "ccomp", "appos")
"""Dependents after a noun that can be its content clause (`noun_carried`: `decision [to run]`,
`warnings [that ...]`)."""

NOUN_CARRY_DEPS = (*NOUN_CLAUSE_DEPS, "prep")
"""Dependents after a noun that `noun_carried` takes for what it is about: a noun with none carries nothing (the
quotes component reads no `noun_gate_cue` there, `CueFinder.cue_starts`)."""


def noun_carried(token: Token) -> Token | None:
    """What a noun carries after it that a view can be about: an infinitive (`decision to run`), a clause opened by
    `that` (`warnings that ...`) or a prepositional phrase with an object (`attacks on X`); None for none or for an
    adjunct of time or amount (`his speech on Monday`)."""
    for child in token.rights:
        if child.dep_ in NOUN_CLAUSE_DEPS and child.pos_ in ("VERB", "AUX"):
            if any(c.dep_ == "aux" and c.lower_ == "to" and c.i < child.i for c in child.children) \
                    or any(c.dep_ == "mark" and c.lower_ in CLAUSE_MARKS for c in child.children):
                return child
        if child.dep_ == "prep" and child.lower_ in NOUN_PREPS:
            if any(o.dep_ in ("pobj", "pcomp") and o.ent_type_ not in TIME_TYPES for o in child.children):
                return child
            return None
    return None


def noun_features(token: Token, what: Token, owner: str, speaker: Span, lexical: bool, quoted: bool,
                  nested: bool) -> list[str]:
    """The gate's features of a noun with an owner and what it is about (`Trump's attacks on X`, `his decision to
    run`, `made the point that ...`); all under `noun` so that they share no weight with the verbs' or adjectives'.

    :param owner: how the speaker is tied to the noun: `poss` (`his`), `by` (`a decision by X`, `support from X`)
        or `verb` (the subject of the verb the noun is the object of: `made the point`)
    :param nested: whether a reporting verb governs the noun (`X said his attacks on Y ...`): PolNeAR marks no
        attribution inside another one's content
    """
    lemma = token.lemma_.lower()
    if what.dep_ == "prep":
        shape = "prep:" + what.lower_
    else:
        shape = "to" if has_to(what) else "that"
    kind = subject_kind(speaker).split(":")[0]
    feats = ["bias", "noun", f"noun|lemma={lemma}", f"noun|shape={shape}", f"noun|lemma|shape={lemma}|{shape}",
             f"noun|owner={owner}", f"noun|subjc={kind}", f"noun|owner|subjc={owner}|{kind}", f"noun|dep={token.dep_}",
             f"noun|lex={lexical}", f"noun|quoted={quoted}", f"noun|plural={token.tag_ == 'NNS'}",
             f"noun|nested={nested}"]
    if owner == "verb":
        verb = token.head.lemma_.lower()
        feats += [f"noun|verb={verb}", f"noun|verb|lemma={verb}|{lemma}"]
    feats += [f"noun|amod={c.lemma_.lower()}" for c in token.children if c.dep_ == "amod"][:2]
    return feats


def passive_features(token: Token, agent: Span, subject: Token | None, objcls: str, quoted: bool) -> list[str]:
    """The gate's features of a verb outside the lexicon in the passive with an agent who can hold views (`the bill was
    backed by Democrats`, `a plan pushed by the mayor`): the lemma (shared with the active verbs' `lemma=`, so what
    the gate learned of `backed` carries over to `was backed by`), the kind of agent and of what the verb is said of,
    negation and quotation marks; the rest under `pass` so that it shares no weight with the active verbs' features.

    :param subject: the passive subject, or None where the verb hangs on the noun it is said of (`a plan pushed by X`)
    :param objcls: the lexicon's class of what the verb is said of (`statement`, `intention`, `topic` or `-`)
    """
    lemma = token.lemma_.lower()
    agent_kind = subject_kind(agent).split(":")[0]
    said_of = subject_kind(subject.doc[subject.i : subject.i + 1]).split(":")[0] if subject is not None else "head"
    negated = any(c.dep_ == "neg" for c in token.children)
    return ["bias", "pass", f"lemma={lemma}", f"pass|lemma={lemma}", f"pass|agent={agent_kind}",
            f"pass|of={said_of}", f"pass|lemma|agent={lemma}|{agent_kind}", f"pass|objcls={objcls}",
            f"pass|dep={token.dep_}", f"pass|neg={negated}", f"pass|quoted={quoted}", f"pass|tag={token.tag_}"]


def hedged(token: Token) -> str:
    """How a verb is kept from plainly asserting: `passive` (`was asked`), `neg` (`did not say`), `modal`
    (`would vote for`), or empty for none."""
    negated = modal = False
    for child in token.children:  # one pass over the children (a verb's answer is asked for each verb token)
        dep = child.dep_
        if dep == "nsubjpass" or dep == "auxpass":
            return "passive"
        negated = negated or dep == "neg"
        modal = modal or (dep == "aux" and child.tag_ == "MD")
    return "neg" if negated else "modal" if modal else ""


def extra_features(token: Token, hedge: str, lexical: bool, empty: bool = False) -> list[str]:
    """Features beyond the parse shape: the hedge (negation, modal), whether the lexicon knows the verb, and
    whether it is a lexicon verb whose rules found no content (`empty`: `noted her record`)."""
    lemma = token.lemma_.lower()
    feats = [f"hedge={hedge or '-'}", f"lemma|hedge={lemma}|{hedge or '-'}", f"lex={lexical}",
             f"lex|hedge={lexical}|{hedge or '-'}"]
    return feats + ["empty", f"empty|lemma={lemma}"] if empty else feats


class CueGate:
    """A logistic regression over sparse binary features, read from JSON."""

    def __init__(self, weights: dict[str, float], threshold: float, object_threshold: float | None = None,
                 act_threshold: float | None = None, noun_threshold: float | None = None,
                 passive_threshold: float | None = None):
        self.weights = weights
        self.threshold = threshold
        self.object_threshold = threshold if object_threshold is None else object_threshold
        """The bar for a verb with only an object (`offered his support`): most such verbs are acts, which
        the events extractor reads, so it takes a surer call than a verb with a clause."""
        self.act_threshold = self.object_threshold if act_threshold is None else act_threshold
        """The bar for such a verb where it does not assert in its own clause: negated or modal (`did not provide
        details`) or a participle (`..., showing photos`), the reporter's account of an act far more often than
        a stance."""
        self.noun_threshold = threshold if noun_threshold is None else noun_threshold
        """The bar for a noun with an owner (`his attacks on X`): chosen on the system's score, as most such nouns
        name no stance (`his wife of 30 years`, `their visit to X`)."""
        self.passive_threshold = threshold if passive_threshold is None else passive_threshold
        """The bar for a verb outside the lexicon in the passive with an agent (`was backed by X`): chosen on the
        system's score, as most such verbs tell an act done to their subject (`was won by`, `was hired by`)."""

    @classmethod
    def load(cls, name: str) -> CueGate | None:
        """The gate in `storyline/resources/<name>` (or a path); None for an empty name."""
        if not name:
            return None
        path = Path(name)
        if not path.is_absolute() and not path.exists():
            path = RESOURCES / name
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(data["weights"], data["threshold"], data.get("object_threshold"), data.get("act_threshold"),
                   data.get("noun_threshold"), data.get("passive_threshold"))

    def probability(self, feats: list[str]) -> float:
        z = sum(self.weights.get(f, 0.0) for f in feats)
        return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))

    def accepts(self, feats: list[str], set_off: bool = False) -> bool:
        """Whether the candidate's probability reaches its bar; `set_off`: a participle set off by a comma."""
        bar = self.noun_threshold if "noun" in feats else self.passive_threshold if "pass" in feats else self.threshold
        if any(f.startswith("shape=dobj") for f in feats):
            acting = set_off or "hedge=neg" in feats or "hedge=modal" in feats
            bar = self.act_threshold if acting else self.object_threshold
        return self.probability(feats) >= bar
