"""Quantities: storyline against quantulum3 0.10 on the gold quantities, scored by `score.py`'s rules.

Runs both extractors over the documents of each gold collection (`seeds` and the dev set) and scores
them with the quantities part of `../shared/eval/score.py` itself (imported, not copied): a system
quantity *found* a gold one where their spans overlap; it is *right* where, besides, its low and high
bounds agree within 1% and its item has the same lemma (UAV = drone).

quantulum3 reads values and units but neither bounds (`more than 400`) nor vague amounts (`several
hundred`), nor the noun a number counts. To give it a fair item, a dimensionless quantulum3 result
counts the word right after its span (`400 UAVs` -> `UAVs`), a measure its unit's name (`dollar`); its
value is both bounds.

Install quantulum3 with `pip install -e '.[bench]'` (or `make benchmark-quantities`); storyline is
imported from this source tree.

On NewsQuant (`../shared/bench/newsquant`, 295 news sentences, the dev half) both systems are scored by
that bench's own `score.py`: value F1, value+unit F1 and value+change F1. quantulum3's unit is its unit's
name (`dollar`, `mile per hour`), its item as above; it gives no bounds, so its change is always `=`.

usage: python benchmarks/quantities_vs_quantulum.py [--eval DIR] [--corpus DIR] [--collections NAME ...]
                                                    [--newsquant DIR | --no-newsquant]
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import sys
import time
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # storyline from the source tree, whichever environment runs this

SHARED = ROOT.parent / "shared"
COLLECTIONS = ("seeds", "dev-taiwan-drills-2022-08")
NEXT_WORD = re.compile(r"\s*([A-Za-z][\w-]*)")


def load_scorer(eval_dir: Path, name: str = "storyline_gold_score") -> ModuleType:
    """`score.py` as a module, so both systems are scored by its very rules."""
    spec = importlib.util.spec_from_file_location(name, eval_dir / "score.py")
    if spec is None or spec.loader is None:
        raise FileNotFoundError(eval_dir / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def storyline_quantities(texts: dict[str, str]) -> list[dict]:
    """Storyline's quantity records, as its export writes them."""
    from storyline.nlp.pipeline import build_nlp

    nlp = build_nlp()
    out = []
    for doc_id, text in texts.items():
        doc = nlp.make_doc(text)
        doc._.doc_id = doc_id
        doc = nlp(doc)
        out += [{**q, "doc": doc_id, "id": f"{doc_id}#{q['id']}"} for q in doc._.quantities]
    return out


def quantulum_quantities(texts: dict[str, str]) -> list[dict]:
    """quantulum3's readings as quantity records (see the module docstring for the item)."""
    from quantulum3 import parser

    out = []
    for doc_id, text in texts.items():
        for n, q in enumerate(parser.parse(text)):
            start, end = q.span
            if q.unit.entity.name == "dimensionless":
                word = NEXT_WORD.match(text, end)
                item = word.group(1) if word else ""
            else:
                item = q.unit.name
            unit = None if q.unit.entity.name == "dimensionless" else q.unit.name
            out.append({"id": f"{doc_id}#qu{n}", "doc": doc_id, "text": q.surface, "start": start, "end": end,
                        "low": q.value, "high": q.value, "item": item, "unit": unit})
    return out


def newsquant(bench: Path, systems: dict) -> None:
    """Both systems on NewsQuant's dev half, scored by the bench's `score.py`."""
    import json

    scorer = load_scorer(bench, "newsquant_score")
    gold = json.loads((bench / "data" / "dev-gold.json").read_text(encoding="utf-8"))
    lines = (bench / "data" / "dev.jsonl").read_text(encoding="utf-8").splitlines()
    texts = {r["id"]: r["text"] for r in map(json.loads, filter(None, lines))}
    print(f"\n{'newsquant (dev half)':28} {'system':11} {'gold':>4} {'sys':>4} "
          f"{'value F1':>8} {'+unit':>6} {'+change':>8} {'s':>6}")
    for label, extract in systems.items():
        began = time.perf_counter()
        records = extract(texts)
        seconds = time.perf_counter() - began
        export = {"documents": [{"id": d} for d in texts], "quantities": records}
        counts, _misses, _missing, _by_doc = scorer.score(gold, export)
        f1 = {k: scorer.f1(counts[k], counts["system"], counts["gold"])[2] for k in ("value", "unit", "change")}
        print(f"{'newsquant':28} {label:11} {counts['gold']:4} {counts['system']:4} "
              f"{f1['value']:8.3f} {f1['unit']:6.3f} {f1['change']:8.3f} {seconds:6.1f}")


def score(scorer: ModuleType, gold: dict, texts: dict[str, str], records: list[dict]) -> tuple[tuple, tuple]:
    """(found P, R, F1), (right P, R, F1) by `score.py`'s quantities part."""
    export = {"schema": "storyline/1", "documents": [{"id": d, "text": t} for d, t in texts.items()],
              "actors": [], "quantities": records}
    found, right, _misses = scorer.Scorer(gold, export).score_quantities()
    return found, right


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--eval", type=Path, default=SHARED / "eval", help="folder of score.py and gold/")
    parser.add_argument("--corpus", type=Path, default=SHARED / "corpus", help="folder of the collections")
    parser.add_argument("--collections", nargs="*", default=list(COLLECTIONS))
    parser.add_argument("--newsquant", type=Path, default=SHARED / "bench" / "newsquant",
                        help="folder of the NewsQuant bench (data/dev.jsonl, score.py)")
    parser.add_argument("--no-newsquant", action="store_true", help="skip the NewsQuant side by side")
    args = parser.parse_args(argv)
    if importlib.util.find_spec("quantulum3") is None:
        print("quantulum3 is not installed: pip install -e '.[bench]'", file=sys.stderr)
        return 1
    import json

    scorer = load_scorer(args.eval)
    systems = {"storyline": storyline_quantities, "quantulum3": quantulum_quantities}
    print(f"{'collection':28} {'system':11} {'gold':>4} {'sys':>4} "
          f"{'found P':>8} {'R':>6} {'F1':>6} {'right P':>8} {'R':>6} {'F1':>6} {'s':>6}")
    for name in args.collections:
        gold = json.loads((args.eval / "gold" / f"{name}.json").read_text(encoding="utf-8"))
        texts = {d: (args.corpus / name / d).read_text(encoding="utf-8") for d in gold["documents"]}
        for label, extract in systems.items():
            began = time.perf_counter()
            records = extract(texts)
            seconds = time.perf_counter() - began
            (fp, fr, ff), (rp, rr, rf) = score(scorer, gold, texts, records)
            print(f"{name:28} {label:11} {len(gold['quantities']):4} {len(records):4} "
                  f"{fp:8.3f} {fr:6.3f} {ff:6.3f} {rp:8.3f} {rr:6.3f} {rf:6.3f} {seconds:6.1f}")
    if not args.no_newsquant and (args.newsquant / "score.py").exists():
        newsquant(args.newsquant, systems)
    return 0


if __name__ == "__main__":
    sys.exit(main())
