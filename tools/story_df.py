"""Derive the background document frequencies `stories.py` weighs stems by (`storyline/resources/story_df.tsv`).

    python tools/story_df.py [../shared/corpus/bbc-news] [--check]

Reads the corpus as a build reads it (`storyline.ingest.read_inputs`: the same texts), counts in how many distinct
texts each content-word stem occurs (`lexical.content_stems`) and writes the stems of at least `MIN_DF` texts,
sorted, after a first line giving the number of texts. A stem missing from the table is taken to occur in one
text. `--check` writes nothing and exits 1 where the table differs from what the corpus gives (a stopword or the
stemmer changed: derive it again).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from storyline.fuse.stories import STORY_DF, format_story_df  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "bbc-news"
MIN_DF = 2
"""Stems of fewer texts are left out: they weigh as a stem of one text."""


def story_df(corpus: Path) -> tuple[int, dict[str, int]]:
    """Distinct texts of the corpus, and stem → texts holding it (stems of at least `MIN_DF` texts)."""
    from storyline.fuse.lexical import content_stems
    from storyline.ingest import Problem, read_inputs

    texts = {d.text for d in read_inputs([str(corpus)]) if not isinstance(d, Problem)}
    df: Counter[str] = Counter()
    for text in texts:
        df.update(set(content_stems(text)))
    return len(texts), {stem: n for stem, n in df.items() if n >= MIN_DF}


def main(argv: list[str]) -> int:
    check = "--check" in argv
    paths = [a for a in argv if a != "--check"]
    corpus = Path(paths[0]) if paths else DEFAULT_CORPUS
    content = format_story_df(*story_df(corpus))
    if check:
        same = STORY_DF.is_file() and STORY_DF.read_text(encoding="utf-8") == content
        print(f"{STORY_DF} {'matches' if same else 'DIFFERS from'} {corpus}")
        return 0 if same else 1
    STORY_DF.write_text(content, encoding="utf-8")
    print(f"wrote {STORY_DF}: {content.count(chr(10)) - 1} stems")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
