"""Fuzzing: hostile inputs through every reader and every pipeline component, counting crashes.

Cases come from mutations of the shared corpus (hostile Unicode inserted, quotation marks unbalanced
and nested, lines joined, CRLF, BOMs, encodings), from Hypothesis strategies (random Unicode, random
JSON values), and from fixed monsters (a 5 MiB single paragraph, a 10,000-token sentence, a text of
only numbers or only quotation marks, HTML with scripts, iframes, broken tags and deep nesting, JSON
nested past the recursion limit, numbers past the integer-digit limit). Each case is a file of one
format (`.txt`, `.html`, `.jsonl`, `.json`, or a folder with a `meta.jsonl` sidecar) read with
`read_inputs`, or a text handed to the pipeline directly (past the ingest checks). Every document
read goes through the full spaCy pipeline (`extract_documents`) and into a store
(`Store.add_extractions`); fusion runs once at the end over all of them.

A crash is an exception that escapes `read_inputs`, `extract_documents`, the store or fusion: a bad
document must be a reported Problem, never a traceback. The counts are printed last:
`cases=… read=… documents=… problems=… extracted=… dropped=… stored=… crashes=…`.

usage: nice -n 10 python benchmarks/fuzz.py [--cases 10000] [--seed 0] [--show 5]
"""

from __future__ import annotations

import argparse
import codecs
import hashlib
import json
import random
import sys
import tempfile
import traceback
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"

RTL = ("\u202e", "\u202b", "\u200f", "\u061c", "مرحبا بالعالم", "שלום עולם", "\u202a\u202c")
ZERO_WIDTH = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u180e")
COMBINING = ("e\u0301", "a\u0308\u0304", "\u0336" * 7, "Z\u0351\u0337\u0328\u0360" * 4, "\u20dd", "\u0489" * 3)
EMOJI = ("👍🏽", "👨‍👩‍👧‍👦", "🇺🇦", "🏳️‍🌈", "💥" * 9, "\U0001f9d1\u200d\U0001f680")
CONTROL = ("\ud800", "\udfff", "\x00", "\x07", "\x1b[31m", "\x0c", "\x85", "\u2028", "\u2029", "\r", "\t" * 5, "\x7f")
QUOTES = ('"', "'", "“", "”", "‘", "’", "«", "»", "„", "‚", "‹", "›", "「", "」", "『", "』", "`", "``", "''",
          "″", "＂", "❝", "❞")
ODD = ("&amp;", "&#0;", "<b>", "</p>", "\\", "\\u0000", "%s", "{0}", "${x}", "1e309", "-0", "NaN", "∞",
       "½", "٣", "𝟗", "Ⅻ", "$", "€", "£", "%", "—", "–", "…", "·", "¶", "§")
HOSTILE = RTL + ZERO_WIDTH + COMBINING + EMOJI + CONTROL + QUOTES + ODD


def corpus_texts() -> list[str]:
    """The shared corpus texts the mutations start from (the dev clusters, the seeds, some BBC)."""
    paths = sorted((CORPUS / "seeds").glob("*.txt")) + sorted((CORPUS / "dev-taiwan-drills-2022-08").glob("*.txt"))
    paths += sorted((CORPUS / "dev-thai-cambodia-ceasefire-2025-07").glob("*.txt"))
    for topic in ("business", "politics", "tech"):
        paths += sorted((CORPUS / "bbc-news" / "bbc" / topic).glob("*.txt"))[:20]
    texts = []
    for path in paths:
        if path.name.upper().startswith("README"):
            continue
        try:
            texts.append(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):
            continue
    return texts or ["Officials said on Thursday that the talks would resume in Geneva next week."]


def snippet(rng: random.Random, texts: list[str], longest: int = 240) -> str:
    """A few consecutive sentences of a corpus text, so that a pipeline case stays cheap."""
    text = rng.choice(texts)
    start = rng.randrange(max(1, len(text) - longest))
    return text[start: start + rng.randint(40, longest)]


def mutate(rng: random.Random, text: str) -> str:
    """Apply one to four hostile mutations to a text."""
    for _ in range(rng.randint(1, 4)):
        how = rng.randrange(12)
        if how <= 2:  # hostile fragments at random places
            for _ in range(rng.randint(1, 12)):
                at = rng.randint(0, len(text))
                text = text[:at] + rng.choice(HOSTILE) + text[at:]
        elif how == 3:  # unbalanced quotation marks
            text = "".join(ch + (rng.choice(QUOTES) if ch == " " and rng.random() < 0.1 else "") for ch in text)
        elif how == 4:  # nested quotations of every style
            opens, closes = ["“", "‘", "«", "„", "「", '"'], ["”", "’", "»", "“", "」", '"']
            depth = rng.randint(2, 30)
            pick = [rng.randrange(len(opens)) for _ in range(depth)]
            text = ("He said " + "".join(f"{opens[i]}she said " for i in pick) + text
                    + "".join(closes[i] for i in reversed(pick[: rng.randint(0, depth)])))
        elif how == 5:  # one line
            text = " ".join(text.split())
        elif how == 6:
            text = text.replace("\n", "\r\n")
        elif how == 7:  # spaces to odd spaces
            space = rng.choice(("\u00a0", "\u2009", "\u3000", "\u200b", "\t", "  "))
            text = text.replace(" ", space)
        elif how == 8:  # a sentence repeated
            text = (text + " ") * rng.randint(2, 4)
        elif how == 9:  # cut mid-word
            text = text[: rng.randint(0, len(text))]
        elif how == 10:  # numbers everywhere
            text = " ".join(w if rng.random() < 0.7 else str(rng.uniform(-1e9, 1e9)) for w in text.split(" "))
        else:  # case
            text = text.upper() if rng.random() < 0.5 else text.swapcase()
    return text


def monsters() -> list[tuple[str, str]]:
    """Fixed hostile texts: (name, text)."""
    sentence = " ".join(f"word{i % 97}" for i in range(10_000))
    paragraph = ("The council said the river rose again and the roads were closed. " * 80_000)[: 5 * 1024 * 1024]
    return [
        ("5mib-paragraph", paragraph),
        ("10000-token-sentence", "Officials said " + sentence + "."),
        ("only-numbers", " ".join(str(n * 7.5) for n in range(2000))),
        ("only-quotes", "".join(QUOTES) * 200),
        ("only-hostile", "".join(HOSTILE) * 20),
        ("one-char", "a"),
        ("long-word", "a" * 100_000),
        ("newlines", "\n" * 5000 + "The talks resumed.\n" + "\n" * 5000),
        ("nested-quotes", "He said " + "“she said " * 500 + "no" + "”" * 500 + "."),
    ]


def hostile_html(rng: random.Random, text: str) -> str:
    """A page around a text: scripts, iframes, styles, broken tags, deep nesting, entities."""
    paragraphs = "".join(f"<p>{line}</p>" for line in text.split("\n") if line.strip())
    depth = rng.choice((1, 10, 300, 3000))
    parts = [
        "<!DOCTYPE html><html><head><title>" + rng.choice(HOSTILE) + "News</title>",
        "<script>document.write('<p>injected</p>'); var s = \"</p><p>\";</script>",
        "<meta charset='" + rng.choice(("utf-8", "latin-1", "shift_jis", "bogus")) + "'>",
        "</head><body><iframe src='javascript:alert(1)'></iframe>",
        "<div>" * depth + "<article>" + paragraphs + "</article>" + "</div>" * rng.choice((0, depth)),
        rng.choice(("<p><b>broken</p></i>", "<!-- never closed", "<![CDATA[ x ]]>", "&amp;" * 500, "<p", "</")),
        "<style>p { display: none }</style><noscript>no</noscript></body>",
    ]
    if rng.random() < 0.3:
        rng.shuffle(parts)
    return "".join(parts)


def hostile_values(rng: random.Random) -> object:
    """A JSON value of a wrong or odd type."""
    return rng.choice((None, True, 0, -1, 1.5, 1e308, [], {}, [1, "a"], {"x": {"y": []}}, "", " ",
                       "\ud800", "x" * 10_000, "2022-13-45", "yesterday", "0000-00-00T25:61:00"))


def hostile_json_lines(rng: random.Random, texts: list[str]) -> bytes:
    """A JSON Lines file of good, odd and broken lines, with BOMs, CRLF and bad bytes."""
    lines: list[bytes] = []
    for _ in range(rng.randint(0, 6)):
        how = rng.randrange(8)
        if how <= 2:
            record = {"text": mutate(rng, snippet(rng, texts)) if rng.random() < 0.7 else snippet(rng, texts)}
            for key in ("id", "title", "outlet", "url", "published"):
                if rng.random() < 0.4:
                    record[key] = hostile_values(rng) if rng.random() < 0.5 else f"{key}-{rng.randrange(5)}"
            lines.append(json.dumps(record, ensure_ascii=rng.random() < 0.5).encode("utf-8", "surrogatepass"))
        elif how == 3:
            lines.append(json.dumps({"text": hostile_values(rng), "id": hostile_values(rng)}).encode())
        elif how == 4:
            lines.append(rng.choice((b"{oops", b"[1, 2]", b"null", b"\"text\"", b"{\"text\": NaN}", b"\xff\xfe\x00",
                                     b"{\"text\": \"a\", \"text\": 5}", b"1" * 5000, b"[" * 100_000,
                                     b"{\"a\":" * 50_000)))
        elif how == 5:
            lines.append(codecs.BOM_UTF8 + json.dumps({"text": snippet(rng, texts)}).encode())
        elif how == 6:
            lines.append(json.dumps({"text": snippet(rng, texts)}).encode("utf-16"))
        else:
            lines.append(b"   ")
    newline = rng.choice((b"\n", b"\r\n", b"\r"))
    return newline.join(lines)


@dataclass
class Case:
    """One fuzz case: a file to read (`suffix`, `data`) or a text for the pipeline (`suffix` is None)."""

    name: str
    suffix: str | None
    data: bytes | str
    sidecar: bytes | None = None


def encode(rng: random.Random, text: str) -> bytes:
    """Text as file bytes: UTF-8 (with or without BOM), UTF-16, Latin-1 where it fits, or raw surrogates."""
    how = rng.randrange(6)
    if how == 0:
        return codecs.BOM_UTF8 + text.encode("utf-8", "surrogatepass")
    if how == 1:
        return text.encode("utf-16", "surrogatepass")
    if how == 2:
        return text.encode("latin-1", "replace")
    return text.encode("utf-8", "surrogatepass")


def cases(count: int, seed: int, with_monsters: bool = True) -> Iterator[Case]:
    """`count` cases, the same for the same seed: the monsters first, then a mix of every kind."""
    rng = random.Random(seed)
    texts = corpus_texts()
    made = 0
    for name, text in monsters() if with_monsters else []:
        for suffix in ("txt", None):
            if made < count:
                made += 1
                yield Case(f"{name}.{suffix or 'pipeline'}", f".{suffix}" if suffix else None,
                           encode(rng, text) if suffix else text)
    deep = json.dumps({"text": texts[0]})
    for name, data in (("json-deep", b"[" * 100_000 + b"]" * 100_000), ("json-digits", b"1" * 5000),
                       ("json-list-odd", json.dumps([1, None, {"text": 5}, {"text": deep}]).encode()),
                       ("json-empty-list", b"[]"), ("json-string", b"\"x\"")):
        if made < count:
            made += 1
            yield Case(name, ".json", data)
    hypothesis_texts = random_unicode(seed)
    while made < count:
        made += 1
        kind = rng.randrange(10)
        name = f"case{made}"
        if kind <= 2:
            yield Case(name, None, mutate(rng, snippet(rng, texts)))
        elif kind == 3:
            yield Case(name, None, next(hypothesis_texts))
        elif kind == 4:
            yield Case(name, ".txt", encode(rng, mutate(rng, snippet(rng, texts))))
        elif kind == 5:
            yield Case(name, ".txt", encode(rng, next(hypothesis_texts)))
        elif kind == 6:
            yield Case(name, rng.choice((".html", ".htm")),
                       encode(rng, hostile_html(rng, mutate(rng, snippet(rng, texts, 600)))))
        elif kind == 7:
            yield Case(name, ".jsonl", hostile_json_lines(rng, texts))
        elif kind == 8:
            records = [{"text": mutate(rng, snippet(rng, texts)), "id": hostile_values(rng)} for _ in range(3)]
            yield Case(name, ".json", json.dumps(rng.choice((records, records[0], [records, 5]))).encode())
        else:
            sidecar = b"\n".join(
                json.dumps({"file": rng.choice(("doc.txt", "other.txt", 5, None, "../doc.txt", "")),
                            "title": hostile_values(rng), "outlet": rng.choice(("Reuters", hostile_values(rng))),
                            "published": hostile_values(rng)}).encode()
                for _ in range(rng.randint(0, 3))) + rng.choice((b"", b"\n{oops", b"\n\xff\xfe"))
            yield Case(name, ".txt", encode(rng, snippet(rng, texts)), sidecar=sidecar)


def random_unicode(seed: int) -> Iterator[str]:
    """Random texts from Hypothesis: any code points (lone surrogates included) and hostile words."""
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import seed as seeded
    from hypothesis import strategies as st

    drawn: list[str] = []
    words = st.one_of(st.sampled_from(HOSTILE), st.text(min_size=1, max_size=12),
                      st.sampled_from(("the", "said", "officials", "on", "Thursday", "and", "that", "of")))
    strategy = st.one_of(
        st.text(max_size=300),
        st.text(st.characters(codec="utf-8"), max_size=300),
        st.lists(words, max_size=80).map(" ".join),
    )

    @seeded(seed)
    @settings(max_examples=500, database=None, phases=[Phase.generate], deadline=None,
              suppress_health_check=list(HealthCheck))
    @given(strategy)
    def collect(text: str) -> None:
        drawn.append(text)

    round_ = 0
    while True:
        drawn.clear()
        collect()
        round_ += 1
        yield from list(drawn)


@dataclass
class Counts:
    cases: int = 0
    read: int = 0
    documents: int = 0
    problems: int = 0
    extracted: int = 0
    dropped: int = 0
    stored: int = 0
    crashes: int = 0
    crashed: list[str] = field(default_factory=list)
    failed_texts: dict[str, str] = field(default_factory=dict)
    """Texts an extractor failed on (the document was dropped and reported), by document id."""
    reasons: Counter = field(default_factory=Counter)

    def crash(self, where: str) -> None:
        self.crashes += 1
        self.crashed.append(f"{where}\n{traceback.format_exc(limit=6)}")

    def line(self) -> str:
        return (f"cases={self.cases} read={self.read} documents={self.documents} problems={self.problems} "
                f"extracted={self.extracted} dropped={self.dropped} stored={self.stored} crashes={self.crashes}")


def read_case(case: Case, folder: Path, counts: Counts):
    """The documents one file case reads (ids prefixed by the case), counting its problems."""
    from storyline.ingest import Problem, read_inputs

    folder.mkdir()
    target = folder / f"doc{case.suffix}"
    target.write_bytes(case.data if isinstance(case.data, bytes) else case.data.encode("utf-8", "surrogatepass"))
    if case.sidecar is not None:
        (folder / "meta.jsonl").write_bytes(case.sidecar)
    documents = []
    try:
        for item in read_inputs([str(folder if case.sidecar is not None else target)]):
            counts.read += 1
            if isinstance(item, Problem):
                counts.problems += 1
                str(item)  # a problem must be printable
                counts.reasons[item.reason.split(" (")[0][:60]] += 1
            else:
                documents.append(item.model_copy(update={"id": f"{case.name}/{item.id}"}))
    except Exception:
        counts.crash(f"reading {case.name} ({case.suffix})")
    return documents


def direct_document(case: Case):
    """A text handed to the pipeline past the ingest checks (as a library caller could)."""
    from storyline.model import Document

    # lone surrogates become U+FFFD: the ingest checks refuse such a text, and no store can hold one
    text = str(case.data).encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return Document(id=f"{case.name}/direct", text=text, content_hash=digest)


def run(count: int, seed: int = 0, nlp=None, chunk: int = 64, quiet: bool = False, monsters: bool = True) -> Counts:
    """Run `count` cases; return the counts (crashes listed in `crashed`).

    :param monsters: begin with the fixed hostile texts (the 10,000-token sentence takes a while)
    """
    from storyline.ingest import Problem
    from storyline.nlp.extract import extract_documents
    from storyline.store import Store

    if nlp is None:
        from storyline.nlp.pipeline import default_nlp

        nlp = default_nlp()
    counts = Counts()
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "fuzz.db")
        pending = []

        def extract(documents: list) -> None:
            try:
                extractions = []
                for item in extract_documents(nlp, documents):
                    if isinstance(item, Problem):
                        counts.dropped += 1
                        counts.reasons[item.reason.split(" (")[0][:60]] += 1
                        if "extractor failed" in item.reason and len(counts.failed_texts) < 100:
                            counts.failed_texts[item.path] = next(d.text for d in documents if d.id == item.path)
                    else:
                        counts.extracted += 1
                        extractions.append(item)
                counts.stored += store.add_extractions(extractions)
            except Exception:
                if len(documents) > 1:  # find the document that crashes
                    for document in documents:
                        extract([document])
                else:
                    counts.crash(f"extracting {documents[0].id}")

        for case in cases(count, seed, monsters):
            counts.cases += 1
            if case.suffix is None:
                counts.read += 1
                try:
                    pending.append(direct_document(case))
                except Exception:
                    counts.problems += 1  # the model refuses the text (lone surrogates): not a pipeline case
                    continue
                counts.documents += 1
            else:
                documents = read_case(case, Path(tmp) / case.name, counts)
                counts.documents += len(documents)
                pending += documents
            if len(pending) >= chunk:
                extract(pending)
                pending = []
            if not quiet and counts.cases % 500 == 0:
                print(counts.line(), file=sys.stderr, flush=True)
        if pending:
            extract(pending)
        try:
            from storyline.core import Storyline

            story = Storyline.__new__(Storyline)
            story.store = store
            story.fuse()
            story.export()
        except Exception:
            counts.crash("fusing and exporting the fuzz store")
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--show", type=int, default=5, help="crashes to print in full")
    parser.add_argument("--save-failed", type=Path, help="write the texts an extractor failed on here (JSON)")
    args = parser.parse_args(argv)
    counts = run(args.cases, args.seed)
    if args.save_failed:
        args.save_failed.write_text(json.dumps(counts.failed_texts, indent=1), encoding="utf-8")
    for crash in counts.crashed[: args.show]:
        print(crash, file=sys.stderr)
    print("reasons documents were skipped or dropped:")
    for reason, number in counts.reasons.most_common(25):
        print(f"  {number:6d}  {reason}")
    print(counts.line())
    return 1 if counts.crashes else 0


if __name__ == "__main__":
    sys.exit(main())
