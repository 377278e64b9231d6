"""Cross-document event coreference on ECB+: storyline's event merging against the same-head-lemma baseline.

Reads `../shared/corpus/ecbplus` (ECB+.zip, CAT/CROMER XML) and keeps the gold action mentions of
the sentences whose coreference annotation is gold (`ECBplus_coreference_sentences.csv`). Gold
clusters: mentions joined by CROSS_DOC_COREF or INTRA_DOC_COREF share an instance; every other
mention is a singleton. Mentions are clustered within each topic (its ECB and ECB+ sub-topics
together), and MUC, B³, CEAF-e and their CoNLL average are printed for:

- `head lemma`: mentions whose head (last token) has the same lemma are one event — the baseline;
- `storyline`: the gold sentences of each document are read by storyline's pipeline; a mention
  that storyline codes as a PLOVER event (its trigger on the mention) is clustered by storyline's
  fusion (`storyline.fuse.facts`: blocks by type and country-level dyad, objects, dates, then clusters of
  one act whose sides the reports name differently joined across blocks: `storyline.fuse.acts`) and, inside
  a cluster, by the act its fact lists the event under (`Fact.acts`: `shot`, `killed` and `wounded` of one
  shooting are one fact of three acts where a sentence counts them apart, as ECB+ counts them), every other
  mention stays a singleton — what storyline itself would merge;
- `storyline + lemma`: the same, with mentions storyline does not code falling back to the baseline.

`--whole` has storyline read every sentence of each document, as it would in use (the mentions scored are the
same): more context, but also more events and stories told apart; on the gold sentences alone every document is
too short to tell a story apart (`stories.STORY_MIN_WORDS`). Each ECB+ topic holds two incidents of one kind
(an ECB and an ECB+ sub-topic), so the story test has both to tell apart and to keep together reports that share
little but the words every document of the topic uses: read whole, 8% of the pairs of documents of one sub-topic
tell two stories (`Stories.same`, short documents telling any), and 57% of the pairs of two sub-topics tell one.

`--split train|dev|test|all` keeps the topics of ECB+'s standard split (Cybulska & Vossen 2015: train topics
1-22, dev 23-25, test 26-45; the corpus holds no topics 15 and 17) and prints the figures of each split it holds as
well as of the whole (default `all`: every topic, the figure docs/accuracy.md quotes). Tune fusion on `train`, check
on `dev`, and read `test` for its figures only.

`--pairs N` then prints, per topic, up to N pairs of coded mentions that one of storyline and the baseline
links or separates rightly and the other wrongly, with the events storyline read: where to look next.

usage: python benchmarks/ecbplus.py [--corpus DIR] [--topics N] [--split S] [--cache FILE] [--whole] [--pairs N]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import sys
import time
import xml.etree.ElementTree as ET
import zipfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from scipy.optimize import linear_sum_assignment

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "ecbplus" / "ECB+_LREC2014"
SPLITS = {"train": range(1, 23), "dev": range(23, 26), "test": range(26, 46)}  # Cybulska & Vossen 2015


def split_of(topic: str) -> str:
    return next(name for name, topics in SPLITS.items() if int(topic) in topics)
sys.path.insert(0, str(ROOT))


@dataclass
class Mention:
    id: str
    doc: str
    topic: str
    sentence: int
    tokens: list[int]
    text: str
    start: int = 0
    end: int = 0
    head_lemma: str = ""


@dataclass
class EcbDocument:
    name: str
    topic: str
    text: str = ""
    mentions: list[Mention] = field(default_factory=list)
    gold: dict[str, str] = field(default_factory=dict)


def read_corpus(corpus: Path, topics: int, whole: bool = False) -> list[EcbDocument]:
    """Documents with the text of their gold sentences (with `whole`, of every sentence), their action
    mentions in the gold sentences, and gold instances."""
    wanted: dict[str, set[int]] = defaultdict(set)
    with (corpus / "ECBplus_coreference_sentences.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            wanted[f"{row['Topic']}_{row['File']}.xml"].add(int(row["Sentence Number"]))
    docs = []
    with zipfile.ZipFile(corpus / "ECB+.zip") as archive:
        names = sorted(n for n in archive.namelist() if n.endswith(".xml"))
        for name in names:
            base = Path(name).name
            topic = base.split("_")[0]
            if base not in wanted or (topics and int(topic) > topics):
                continue
            docs.append(parse_document(archive.read(name), base, topic, wanted[base], whole))
    return docs


def parse_document(data: bytes, name: str, topic: str, sentences: set[int], whole: bool = False) -> EcbDocument:
    root = ET.fromstring(data)
    tokens = {int(t.get("t_id")): (int(t.get("sentence")), t.text or "") for t in root.iter("token")}
    doc = EcbDocument(name, topic)
    offsets: dict[int, tuple[int, int]] = {}
    parts, position, last_sentence = [], 0, None
    for t_id, (sentence, word) in sorted(tokens.items()):
        if sentence not in sentences and not whole:
            continue
        if last_sentence is not None:
            sep = "\n" if sentence != last_sentence else " "
            parts.append(sep)
            position += 1
        offsets[t_id] = (position, position + len(word))
        parts.append(word)
        position += len(word)
        last_sentence = sentence
    doc.text = "".join(parts)
    for markable in root.find("Markables") or []:
        if not (markable.tag.startswith("ACTION") or markable.tag.startswith("NEG_ACTION")):
            continue
        ids = [int(a.get("t_id")) for a in markable.findall("token_anchor")]
        if not ids or any(i not in offsets for i in ids) or tokens[ids[0]][0] not in sentences:
            continue
        mention = Mention(f"{name}:{markable.get('m_id')}", name, topic, tokens[ids[0]][0], ids,
                          " ".join(tokens[i][1] for i in ids), offsets[ids[0]][0], offsets[ids[-1]][1])
        doc.mentions.append(mention)
    for relation in root.find("Relations") or []:
        if relation.tag not in ("CROSS_DOC_COREF", "INTRA_DOC_COREF"):
            continue
        instance = relation.get("note") or f"{name}:{relation.get('r_id')}"
        for source in relation.findall("source"):
            doc.gold[f"{name}:{source.get('m_id')}"] = instance
    return doc


# ---- clusterings


def lemma_clusters(mentions: list[Mention]) -> dict[str, str]:
    return {m.id: f"{m.topic}:{m.head_lemma}" for m in mentions}


def storyline_clusters(docs: list[EcbDocument], extractions: dict) -> dict[str, str]:
    """Mention → cluster from storyline's own event fusion, for the mentions storyline codes as events."""
    from storyline.fuse.actors import resolve_actors
    from storyline.fuse.acts import told_acts
    from storyline.fuse.facts import Collection, blocks, event_clusters, joined_clusters

    out: dict[str, str] = {}
    by_topic: dict[str, list[EcbDocument]] = defaultdict(list)
    for doc in docs:
        by_topic[doc.topic].append(doc)
    for topic, topic_docs in by_topic.items():
        exs = [extractions[d.name] for d in topic_docs]
        actors, links = resolve_actors(exs)
        collection = Collection(exs, links, actors)
        every = blocks(collection)
        joined, _ = joined_clusters(every, collection)
        cluster_of: dict[str, str] = {}
        for block in every:
            if block.kind != "event":
                continue
            clusters = joined[block.name][1] if block.name in joined else event_clusters(block, collection.stories)
            for n, cluster in enumerate(clusters):
                for k, act in enumerate(told_acts(cluster.items, collection)):  # the acts its fact lists (`Fact.acts`)
                    for item in act:
                        cluster_of.setdefault(item.id, f"{topic}:{block.name}:{n}:{k}")
        for doc in topic_docs:
            for mention in doc.mentions:
                event = coded_event(mention, extractions[doc.name])
                if event is not None:
                    out[mention.id] = cluster_of.get(event.id, f"{topic}:{event.id}")
    return out


def coded_event(mention: Mention, extraction):
    """The event storyline extracted whose trigger is this mention (same sentence, trigger on its tokens)."""
    for event in extraction.events:
        if not (event.start <= mention.start < event.end) or not event.trigger:
            continue
        sentence = extraction.document.text[event.start : event.end]
        for found in re.finditer(re.escape(event.trigger), sentence):
            start = event.start + found.start()
            if start < mention.end and mention.start < start + len(event.trigger):
                return event
    return None


# ---- scores


def muc(gold: dict[str, str], system: dict[str, str]) -> tuple[float, float, float]:
    def recall(key: dict[str, str], response: dict[str, str]) -> float:
        clusters: dict[str, set[str]] = defaultdict(set)
        for m, c in key.items():
            clusters[c].add(m)
        num = den = 0
        for members in clusters.values():
            parts = {response.get(m, f"single:{m}") for m in members}
            num += len(members) - len(parts)
            den += len(members) - 1
        return num / den if den else 0.0

    r, p = recall(gold, system), recall(system, gold)
    return p, r, f1(p, r)


def b_cubed(gold: dict[str, str], system: dict[str, str]) -> tuple[float, float, float]:
    g, s = invert(gold), invert(system)
    p = sum(len(s[system[m]] & g[gold[m]]) / len(s[system[m]]) for m in gold) / len(gold)
    r = sum(len(s[system[m]] & g[gold[m]]) / len(g[gold[m]]) for m in gold) / len(gold)
    return p, r, f1(p, r)


def ceaf_e(gold: dict[str, str], system: dict[str, str]) -> tuple[float, float, float]:
    g, s = list(invert(gold).values()), list(invert(system).values())
    sim = np.zeros((len(g), len(s)))
    index = defaultdict(list)
    for j, cluster in enumerate(s):
        for m in cluster:
            index[m].append(j)
    for i, cluster in enumerate(g):
        for j in {j for m in cluster for j in index[m]}:
            sim[i, j] = 2 * len(cluster & s[j]) / (len(cluster) + len(s[j]))
    rows, cols = linear_sum_assignment(-sim)
    total = sim[rows, cols].sum()
    p, r = total / len(s), total / len(g)
    return p, r, f1(p, r)


def invert(assignment: dict[str, str]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for m, c in assignment.items():
        out[c].add(m)
    return out


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--topics", type=int, default=0, help="only topics 1..N (0: all 43)")
    parser.add_argument("--cache", type=Path, help="JSON-lines file of the extractions and head lemmas: read "
                        "where it exists and was made by the same extraction code, else written (to re-score "
                        "fusion without re-parsing)")
    parser.add_argument("--whole", action="store_true", help="storyline reads every sentence of each document "
                        "(as in use), not the gold sentences only; the mentions scored are the same")
    parser.add_argument("--split", choices=["all", *SPLITS], default="all", help="score only the topics of "
                        "this split of ECB+ (Cybulska & Vossen 2015); `all` prints each split's figures too")
    parser.add_argument("--pairs", type=int, default=0, help="print up to N pairs per topic that storyline and "
                        "the baseline judge differently, one of them rightly")
    args = parser.parse_args(argv)

    from storyline.model import Document
    from storyline.nlp.extract import extract_documents
    from storyline.nlp.pipeline import default_nlp

    started = time.perf_counter()
    docs = read_corpus(args.corpus, args.topics, args.whole)
    version = extraction_version() + (":whole" if args.whole else "")
    mentions = [m for d in docs for m in d.mentions]
    cached = read_cache(args.cache, version) if args.cache and args.cache.exists() else None
    if cached is None and args.cache and args.cache.exists():
        print(f"{args.cache}: made by other extraction code; extracting again", file=sys.stderr)
    if cached is not None:
        extractions, lemmas = cached
        for mention in mentions:
            mention.head_lemma = lemmas.get(mention.id, "")
    else:
        nlp = default_nlp()
        for doc in docs:
            for mention, lemma in zip(doc.mentions, head_lemmas(nlp, doc), strict=True):
                mention.head_lemma = lemma
        extractions = {
            ex.document.id: ex
            for ex in extract_documents(nlp, [Document(id=d.name, text=d.text) for d in docs if d.text])
        }
        if args.cache:
            write_cache(args.cache, extractions, {m.id: m.head_lemma for m in mentions}, version)
    if args.split != "all":  # every document is read (and cached) whatever the split: one cache serves them all
        docs = [d for d in docs if split_of(d.topic) == args.split]
        mentions = [m for d in docs for m in d.mentions]
    gold = {}
    for doc in docs:
        for mention in doc.mentions:
            gold[mention.id] = doc.gold.get(mention.id, f"single:{mention.id}")
    baseline = lemma_clusters(mentions)
    coded = storyline_clusters(docs, extractions)
    print(f"ECB+: {len(docs)} documents, {len(mentions)} gold action mentions in the gold sentences, "
          f"{len(set(gold.values()))} gold clusters; storyline codes {len(coded)} mentions as PLOVER events "
          f"({len(coded) / len(mentions):.0%}); {time.perf_counter() - started:.0f}s")
    splits = sorted({split_of(d.topic) for d in docs}, key=list(SPLITS).index)
    for name in (["all"] if len(splits) > 1 else []) + splits:
        kept = {m.id for m in mentions if name == "all" or split_of(m.topic) == name}
        topics = sorted({m.topic for m in mentions if m.id in kept}, key=int)
        print(f"\n== {name}: topics {topics[0]}-{topics[-1]} ({len(topics)}), {len(kept)} mentions")
        report({m: gold[m] for m in kept}, {m: baseline[m] for m in kept},
               {m: c for m, c in coded.items() if m in kept})
    if args.pairs:
        shown = [d for d in docs if split_of(d.topic) != "test"]  # the test topics' pairs are never looked at
        if len(shown) < len(docs):
            print("\n(pairs of the test topics are not printed)")
        print_pairs(shown, extractions, gold, baseline, coded, args.pairs)
    return 0


def report(gold: dict[str, str], baseline: dict[str, str], coded: dict[str, str]) -> None:
    """The scores of the baseline, of storyline alone and backed by the baseline, on all mentions and on the coded."""
    alone = {m: coded.get(m, f"single:{m}") for m in gold}
    backed = {m: coded.get(m, baseline[m]) for m in gold}
    print(f"{'system':20} {'MUC F1':>7} {'B3 F1':>7} {'CEAF-e':>7} {'CoNLL':>7}   (MUC P/R, B3 P/R)")
    for name, system in (("head lemma", baseline), ("storyline", alone), ("storyline + lemma", backed)):
        print_scores(name, gold, system)
    coded_gold = {m: gold[m] for m in coded}
    print(f"on the {len(coded)} mentions storyline codes:")
    for name, system in (("head lemma", baseline), ("storyline", coded)):
        print_scores(name, coded_gold, {m: system[m] for m in coded})


def print_scores(name: str, gold: dict[str, str], system: dict[str, str]) -> None:
    m, b, c = muc(gold, system), b_cubed(gold, system), ceaf_e(gold, system)
    print(f"{name:20} {m[2]:7.3f} {b[2]:7.3f} {c[2]:7.3f} {(m[2] + b[2] + c[2]) / 3:7.3f}   "
          f"({m[0]:.2f}/{m[1]:.2f}, {b[0]:.2f}/{b[1]:.2f})")


def print_pairs(docs: list[EcbDocument], extractions: dict, gold: dict[str, str], baseline: dict[str, str],
                coded: dict[str, str], limit: int) -> None:
    """Per topic, pairs of coded mentions where storyline and the baseline disagree, and which is right."""
    mentions = {m.id: (m, doc) for doc in docs for m in doc.mentions if m.id in coded}

    def described(mention_id: str) -> str:
        mention, doc = mentions[mention_id]
        event = coded_event(mention, extractions[doc.name])
        return (f"{mention.text!r} in {doc.name}: {event.type} {event.source or '-'} -> {event.target or '-'}"
                f" ({event.trigger}{f', {event.object}' if event.object else ''})")

    by_topic: dict[str, list[str]] = defaultdict(list)
    for mention_id, (mention, _) in mentions.items():
        by_topic[mention.topic].append(mention_id)
    for topic in sorted(by_topic, key=int):
        rows = []
        ids = sorted(by_topic[topic])
        for n, a in enumerate(ids):
            for b in ids[n + 1:]:
                same, ours, theirs = gold[a] == gold[b], coded[a] == coded[b], baseline[a] == baseline[b]
                if ours != theirs:
                    right = "storyline" if ours == same else "head lemma"
                    rows.append(f"  {right} right ({'one event' if same else 'two events'}): "
                                f"{described(a)}\n      ~ {described(b)}")
        if rows:
            print(f"topic {topic}: {len(rows)} pairs judged differently")
            print("\n".join(rows[:limit]))


def extraction_version() -> str:
    """A digest of the code and lexicons that read documents: a cache made by other ones is stale. Not fusion's
    lexicon (`fusion.yaml`, which no extractor reads): tuning fusion re-scores the same extractions."""
    package = ROOT / "storyline"
    lexicons = [f for f in (package / "resources").glob("*.yaml") if f.name != "fusion.yaml"]
    files = sorted([*(package / "nlp").rglob("*.py"), *lexicons, package / "model.py"])
    return hashlib.sha1(b"".join(f.read_bytes() for f in files)).hexdigest()[:16]


def write_cache(path: Path, extractions: dict, lemmas: dict[str, str], version: str) -> None:
    with path.open("w", encoding="utf-8") as out:
        out.write(json.dumps({"version": version, "lemmas": lemmas}) + "\n")
        for ex in extractions.values():
            out.write(ex.model_dump_json() + "\n")


def read_cache(path: Path, version: str) -> tuple[dict, dict[str, str]] | None:
    """The cached extractions and head lemmas; None where another extraction code (`version`) made them."""
    from storyline.model import Extraction

    with path.open(encoding="utf-8") as lines:
        head = json.loads(next(lines))
        if head.get("version") != version:
            return None
        extractions = {ex.document.id: ex for ex in map(Extraction.model_validate_json, lines)}
    return extractions, head["lemmas"]


def head_lemmas(nlp, doc: EcbDocument) -> list[str]:
    """The lemma of each mention's last token, from a parse of the document's gold sentences."""
    parsed = nlp(doc.text) if doc.text else None
    out = []
    for mention in doc.mentions:
        span = parsed.char_span(mention.start, mention.end, alignment_mode="expand") if parsed else None
        out.append(span[-1].lemma_.lower() if span is not None and len(span) else mention.text.split()[-1].lower())
    return out


if __name__ == "__main__":
    sys.exit(main())
