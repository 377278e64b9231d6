"""Fit the learned cue gate (`gate.py`) on a PolNeAR split: `make train`, or

    python -m storyline.nlp.quotes.train ../shared/bench/polnear/data/train --out storyline/resources/quote_gate.json

Each article (`NAME.txt` with its brat `NAME.ann`) runs through the pipeline up to the quotes component, which
hands over the features of every verb its rules pass over (`gate_sink`); a candidate is positive where its
word lies in a gold `Cue` span (but for those in quotation marks and headlines, `unread_spans`, where the
component keeps no gated cue). A logistic regression (scikit-learn, from the `bench` extra, needed only
here) is fitted on them, its threshold picked by five-fold cross-validation (a verb with only an object,
mostly an act rather than a statement, takes the stricter `--object-threshold`), and the non-zero weights
are written as JSON. Needs scikit-learn; the pipeline itself applies the weights without it.

Tried and dropped (figures with `--hold-out 200`, then PolNeAR `run train --limit 200` on the gate fitted without
those 200): a learned lexicon, each verb, noun and adjective lemma's share of its uses inside a gold cue over the
split, smoothed toward its class's mean and cross-fitted by folds of articles, read by the gate as binned features
beside the lemma's own weight (alone, with the candidate's kind, shape and subject): cross-validated F1 0.607 ->
0.616, but content F1 0.728 -> 0.730 (source 0.686 -> 0.688); fitted on all of train, dev 0.719 -> 0.720 (source
0.680 unchanged, precision 0.791 -> 0.786) and the seeds' quotes 0.984 -> 0.974 (two acts taken for statements);
with the object bar at 0.5, dev 0.719 (source 0.678). Most of what it knows, the lemma weights know already. Labelling
a candidate positive only where what it carries overlaps its attribution's gold content (10% of the positives do not):
content F1 0.728 -> 0.725 (precision 0.794 -> 0.801, recall 0.673 -> 0.662); leaving those rows out, 0.726.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

OBJECT_THRESHOLD = 0.45
"""The bar for a verb with only an object, chosen on the system's score, not the candidates': a gate fitted with
`--hold-out 200` scored PolNeAR `run train --limit 200` (content F1) 0.648 at 0.7, 0.656 at 0.45 and 0.657 at 0.35
(flat from 0.3 to 0.5: each accepted act costs about the precision its reported stance adds); 0.45 keeps the most
precision on that plateau."""

ACT_THRESHOLD = 0.8
"""The bar for a verb with only an object that is negated, modal or a participle set off by a comma (`did not
provide details`, `..., showing photos`): the reporter's account of an act, which the clusters' gold never counts as
a statement; on the held-out train sample it costs 0.003 content F1 (0.656 -> 0.654 at 0.7, 0.653 at 0.8; 0.8 keeps
the clusters' negated acts out)."""

NOUN_THRESHOLD = 0.5
"""The bar for a noun with an owner (`his attacks on X`, `her decision to run`), chosen on the system's score."""

LOWEST_THRESHOLD = 0.35
"""The lowest bar the cross-validation may pick. Fitted only on the candidates the component reads
(`unread_spans`), the gate's cross-validated F1 peaks at this floor or below it; on PolNeAR `run train --limit 200`
the bar 0.3 kept 27 more quotes than 0.35 for 6 more content hits (content P 0.817 -> 0.813, recall 0.684 ->
0.685) and on a disjoint train sample of 120 articles 9 more for 3: below 0.35 a gated cue costs precision more
than it adds."""

CUE_LINE = re.compile(r"^T\d+\tCue ([\d ;]+)\t", re.M)


def gold_cues(ann: str) -> list[tuple[int, int]]:
    """The character spans of the `Cue` annotations of a brat file (each segment of `a b;c d`)."""
    spans = []
    for match in CUE_LINE.finditer(ann):
        for seg in match.group(1).split(";"):
            a, b = seg.split()
            spans.append((int(a), int(b)))
    return spans


def held_out(names: list[str], n: int) -> set[str]:
    """The `n` articles the bench's `run --limit n` scores (evenly spaced by name), to keep out of training."""
    total = len(names)
    return {names[i * total // n] for i in range(n)} if 0 < n < total else set()


def candidates(folder: Path, limit: int = 0, hold_out: int = 0, cache: Path | None = None
               ) -> tuple[list[list[str]], list[int]]:
    """Features and labels of every gate candidate in the split's articles (but `hold_out` of them); `cache`
    keeps them per article (JSON lines) so that a refit with other settings parses nothing."""
    names = sorted(p.stem for p in folder.glob("*.ann"))
    kept = held_out(names, hold_out)
    if cache is not None and cache.exists():
        rows = [json.loads(line) for line in cache.read_text(encoding="utf-8").splitlines()]
    else:
        rows = list(parse(folder, names[: limit or None] if cache is not None else
                          [n for n in names if n not in kept][: limit or None]))
        if cache is not None:
            cache.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    rows = [r for r in rows if r["doc"] not in kept]
    return [r["features"] for r in rows], [r["label"] for r in rows]


def parse(folder: Path, names: list[str]):
    """One row (article, features, label) per gate candidate of the articles."""
    from storyline.nlp.pipeline import build_nlp

    nlp = build_nlp(config={"storyline_quotes": {"gate": ""}})
    nlp.select_pipes(disable=[p for p in ("storyline_agents", "storyline_quantities", "storyline_time",
                                           "storyline_events") if p in nlp.pipe_names])
    finder = nlp.get_pipe("storyline_quotes")
    texts = ((folder / f"{n}.txt").read_text(encoding="utf-8") for n in names)
    for name, doc in zip(names, nlp.pipe(texts, batch_size=16), strict=True):
        cues = gold_cues((folder / f"{name}.ann").read_text(encoding="utf-8"))
        finder.gate_sink = []
        finder(doc)
        unread = unread_spans(finder, doc)
        for start, end, f in finder.gate_sink:
            if not any(a <= start < b for a, b in unread):
                yield {"doc": name, "features": f, "label": int(any(a < end and start < b for a, b in cues))}
        finder.gate_sink = None


def unread_spans(finder, doc) -> list[tuple[int, int]]:
    """Where the quotes component never keeps what the gate takes, so that a candidate there teaches the gate
    nothing it will use: a statement in quotation marks (a gated cue inside one is dropped, `CueFinder.find_cues`:
    6,408 candidates of the train split, 9 of them cues) and a headline (only lexicon verbs there). Fitted on them
    too, the gate learned mostly that a quoted speaker's own verbs are no cues; without them its cross-validated F1
    rose from 0.5875 to 0.6201 (both at the bar 0.3; 0.6119 at `LOWEST_THRESHOLD`)."""
    from storyline.nlp.extensions import text_of
    from storyline.nlp.quotes.marks import find_quotations, paragraphs
    from storyline.nlp.quotes.spans import is_headline

    text = text_of(doc)
    spans = [(q.start, q.end) for q in find_quotations(text) if finder.is_statement(doc, text, q)]
    return spans + [p for p in paragraphs(text) if is_headline(text[p[0] : p[1]])]


def fit(feats: list[list[str]], labels: list[int], c: float) -> dict:
    """The weights and threshold of a logistic regression on binary features."""
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import cross_val_predict

    vec = DictVectorizer()
    x = vec.fit_transform([dict.fromkeys(f, 1) for f in feats])
    y = np.array(labels)
    model = LogisticRegression(C=c, fit_intercept=False, max_iter=2000)
    probs = cross_val_predict(model, x, y, cv=5, method="predict_proba")[:, 1]
    best = (0.0, 0.5)
    for threshold in np.arange(LOWEST_THRESHOLD, 0.91, 0.05):
        pred = probs >= threshold
        tp = int((pred & (y == 1)).sum())
        p = tp / max(int(pred.sum()), 1)
        r = tp / max(int(y.sum()), 1)
        f = 2 * p * r / (p + r) if p + r else 0.0
        best = max(best, (f, round(float(threshold), 2)))
    model.fit(x, y)
    weights = {name: round(float(w), 4) for name, w in zip(vec.get_feature_names_out(), model.coef_[0], strict=True)
               if abs(w) >= 1e-3}
    return {"threshold": best[1], "cv_f1": round(best[0], 4), "weights": weights}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("split", type=Path, help="a PolNeAR split folder of NAME.txt and NAME.ann")
    parser.add_argument("--out", type=Path, default=Path(__file__).parents[2] / "resources" / "quote_gate.json")
    parser.add_argument("--limit", type=int, default=0, help="the first N articles only (0: all)")
    parser.add_argument("--hold-out", type=int, default=0,
                        help="leave out the N articles `run train --limit N` scores, to check the gate on them")
    parser.add_argument("--cache", type=Path, help="candidates per article (JSON lines): read if there, else written")
    parser.add_argument("--object-threshold", type=float, default=OBJECT_THRESHOLD,
                        help="the bar for a verb with only an object (`offered support`), mostly acts, not statements")
    parser.add_argument("--act-threshold", type=float, default=ACT_THRESHOLD,
                        help="the bar for such a verb negated, modal or set off as a participle (`did not provide "
                             "details`, `..., showing photos`), the reporter's account of an act")
    parser.add_argument("--noun-threshold", type=float, default=NOUN_THRESHOLD,
                        help="the bar for a noun with an owner (`his attacks on X`), most of which name no stance")
    parser.add_argument("--c", type=float, default=0.5, help="inverse L2 regularization strength")
    a = parser.parse_args(argv)
    if not a.split.is_dir():
        print(f"train: {a.split} is not a folder of PolNeAR articles", file=sys.stderr)
        return 2
    feats, labels = candidates(a.split, a.limit, a.hold_out, a.cache)
    model = fit(feats, labels, a.c)
    model["object_threshold"] = a.object_threshold
    model["act_threshold"] = a.act_threshold
    model["noun_threshold"] = a.noun_threshold
    model = {"trained_on": f"PolNeAR {a.split.name} split ({a.split})", "candidates": len(labels),
             "positives": sum(labels), **model}
    model["weights"] = dict(sorted(model["weights"].items()))
    a.out.write_text(json.dumps(model, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"train: {len(labels)} candidates, {sum(labels)} positive, cv F1 {model['cv_f1']} at threshold "
          f"{model['threshold']}, {len(model['weights'])} weights → {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
