"""Quotes, side by side: textacy's `direct_quotations` and storyline on the same texts, one scorer.

Both systems read the same documents (storyline's stored texts, so offsets agree) and are scored by
`Scorer.score_quotes` of `../shared/eval/score.py`, imported as it is, never copied: span overlap for
`quotes`, span and speaker for `attributed`. textacy (0.13) finds direct quotations only and names the
speaker as written (`Kirby`, `he`), so its speakers become actors named by that text and the scorer matches
them to gold actors by name, alias or surname, as it does storyline's. Besides all quotes, the rows
`direct` compare both on quotations in marks only (gold and system quotes with `direct`).

    .venv/bin/python benchmarks/quotes_vs_textacy.py [--collection seeds ...] [--shared ../shared]
    .venv/bin/python benchmarks/quotes_vs_textacy.py --polnear dev [--limit N]

`--polnear SPLIT` compares both on a split of the PolNeAR bench (`../shared/bench/polnear/`: news articles
with gold attributions of speech, beliefs and intentions) with that bench's own `score.py`, imported as it
is: content overlap, source, cue and strict content. textacy's quotes carry their speaker's offsets there.

textacy bails out of a document with an odd number of quotation marks (it raises ValueError); such
documents count with no quotes, and the table says how many there were. `seconds` is storyline's whole
build (every extractor, the store, fusion) against textacy's parse and quotations, models loaded before.
"""

import argparse
import importlib.util
import re
import tempfile
import time
from pathlib import Path
from types import ModuleType

import spacy
from textacy.extract.triples import direct_quotations

from storyline import Storyline
from storyline.config import get_settings
from storyline.nlp.pipeline import default_nlp

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
COLLECTIONS = ("seeds", "dev-taiwan-drills-2022-08")


def load_scorer(shared: Path, where: str = "eval") -> ModuleType:
    """`score.py` as a module, from where the evaluation (or a bench: `bench/polnear`) keeps it."""
    spec = importlib.util.spec_from_file_location(f"storyline_{where.replace('/', '_')}_score",
                                                  shared / where / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def storyline_export(corpus: Path) -> tuple[dict, float]:
    """The storyline/1 export of a fresh store built from the corpus, and the seconds it took."""
    with tempfile.TemporaryDirectory() as tmp:
        story = Storyline(Path(tmp) / "bench.db")
        began = time.perf_counter()
        story.build([str(corpus)])
        return story.to_dict(), time.perf_counter() - began


def textacy_export(documents: list[dict], nlp: spacy.language.Language) -> tuple[dict, float, int]:
    """textacy's direct quotations over the same texts as an export (speakers as actors named by their
    text), the seconds it took, and how many documents textacy refused (unbalanced marks)."""
    quotes, actors, refused = [], {}, 0
    began = time.perf_counter()
    for document in documents:
        doc = nlp(document["text"])
        try:
            triples = list(direct_quotations(doc))
        except ValueError:
            refused += 1
            continue
        for speaker, cue, content in triples:
            inner = content[1:-1] if len(content) > 2 else content  # the words inside the marks
            name = doc[speaker[0].i : speaker[-1].i + 1].text
            actor_id = "tx-" + re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
            kind = "person" if any(t.ent_type_ == "PERSON" for t in speaker) else "organization"
            actors.setdefault(actor_id, {"id": actor_id, "name": name, "kind": kind, "aliases": [name]})
            quotes.append({"id": f"tx{len(quotes)}", "doc": document["id"], "speaker": actor_id,
                           "speaker_start": speaker[0].idx, "speaker_end": speaker[-1].idx + len(speaker[-1]),
                           "cue": " ".join(t.text for t in cue), "text": inner.text, "direct": True,
                           "start": inner.start_char, "end": inner.end_char})
    export = {"schema": "storyline/1", "documents": documents, "actors": list(actors.values()),
              "quotes": quotes, "events": [], "quantities": [], "facts": []}
    return export, time.perf_counter() - began, refused


def direct_only(data: dict) -> dict:
    """The same data with quotations in marks only."""
    return {**data, "quotes": [q for q in data.get("quotes", []) if q.get("direct", True)]}


def score(scorer: ModuleType, gold: dict, export: dict) -> tuple[float, ...]:
    """P, R, F1 of quote spans, then of spans with the right speaker (score.py's rules)."""
    (p, r, f), (ap, ar, af), _ = scorer.Scorer(gold, export).score_quotes()
    return p, r, f, ap, ar, af


def polnear_corpus(split_dir: Path, limit: int, into: Path) -> list[str]:
    """Copy the split's texts (all, or `limit` evenly spaced by name, as the bench's `run` picks them) into a
    folder; the names of the articles taken."""
    names = sorted(p.stem for p in split_dir.glob("*.ann"))
    if 0 < limit < len(names):
        names = [names[i * len(names) // limit] for i in range(limit)]
    for name in names:
        (into / f"{name}.txt").write_text((split_dir / f"{name}.txt").read_text(encoding="utf-8"), encoding="utf-8")
    return names


def polnear(args: argparse.Namespace, nlp: spacy.language.Language) -> None:
    """Both systems on a PolNeAR split, scored by the bench's score.py."""
    scorer = load_scorer(args.shared, "bench/polnear")
    split_dir = args.shared / "bench" / "polnear" / "data" / args.polnear
    with tempfile.TemporaryDirectory() as tmp:
        names = polnear_corpus(split_dir, args.limit, Path(tmp))
        ours, our_time = storyline_export(Path(tmp))
    gold = {k: v for k, v in scorer.load_gold(split_dir).items() if k in set(names)}
    theirs, their_time, refused = textacy_export(ours["documents"], nlp)
    print(f"polnear {args.polnear}: {len(names)} articles, {sum(len(g['attributions']) for g in gold.values())} "
          "gold attributions")
    print(f"{'system':9} {'content P':>9} {'R':>6} {'F1':>6}  {'source F1':>9}  {'cue F1':>6}  {'exact F1':>8}  "
          f"{'seconds':>7}")
    for system, export, seconds in (("storyline", ours, our_time), ("textacy", theirs, their_time)):
        c, *_ = scorer.score(gold, export)
        cp, cr, cf = scorer.prf(c["hit"], c["sys"], c["gold"])
        sf = scorer.prf(c["source"], c["sys"], c["gold"])[2]
        kf = scorer.prf(c["cue"], c["sys"], c["gold"])[2]
        ef = scorer.prf(c["exact"], c["sys"], c["gold"])[2]
        print(f"{system:9} {cp:9.3f} {cr:6.3f} {cf:6.3f}  {sf:9.3f}  {kf:6.3f}  {ef:8.3f}  {seconds:7.2f}")
    if refused:
        print(f"textacy refused {refused} of {len(ours['documents'])} documents (unbalanced marks)")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--collection", action="append", help=f"corpus and gold name (default: {COLLECTIONS})")
    parser.add_argument("--shared", type=Path, default=SHARED, help="folder holding corpus/ and eval/")
    parser.add_argument("--polnear", choices=("train", "dev"), help="compare on this PolNeAR split instead")
    parser.add_argument("--limit", type=int, default=0, help="with --polnear: this many articles, evenly spaced")
    args = parser.parse_args(argv)
    nlp = spacy.load(get_settings().spacy_model)  # the same model storyline runs, without its components
    default_nlp()  # both models loaded before the clocks start
    if args.polnear:
        polnear(args, nlp)
        return
    scorer = load_scorer(args.shared)
    print(f"{'collection':28} {'system':9} {'subset':7} {'P':>6} {'R':>6} {'F1':>6}  {'attr P':>6} {'attr R':>6} "
          f"{'attr F1':>7}  {'seconds':>7}")
    for name in args.collection or COLLECTIONS:
        gold = scorer.json.loads((args.shared / "eval" / "gold" / f"{name}.json").read_text(encoding="utf-8"))
        ours, our_time = storyline_export(args.shared / "corpus" / name)
        theirs, their_time, refused = textacy_export(ours["documents"], nlp)
        rows = [("storyline", "all", ours, gold, our_time), ("textacy", "all", theirs, gold, their_time),
                ("storyline", "direct", direct_only(ours), direct_only(gold), None),
                ("textacy", "direct", theirs, direct_only(gold), None)]
        for system, subset, export, truth, seconds in rows:
            p, r, f, ap, ar, af = score(scorer, truth, export)
            took = f"{seconds:7.2f}" if seconds is not None else ""
            print(f"{name:28} {system:9} {subset:7} {p:6.3f} {r:6.3f} {f:6.3f}  {ap:6.3f} {ar:6.3f} {af:7.3f}  {took}")
        if refused:
            print(f"{'':28} textacy refused {refused} of {len(ours['documents'])} documents (unbalanced marks)")


if __name__ == "__main__":
    main()
