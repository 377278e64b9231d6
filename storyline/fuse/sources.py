"""The source graph: where each document, and each claim in it, comes from.

Independent corroboration counts origins, not articles. An article's text can come from:

- its own outlet (the `outlet` metadata, or a credit in the text naming it);
- a wire service or another outlet whose copy it runs: credit lines such as `(Reuters) -`,
  `Via The Hill`, `This article was originally published on NBCNews.com` (`resources/fusion.yaml`);
- an earlier article of the collection it repeats, whole or cut: text reuse found with MinHash (datasketch) over
  word shingles, confirmed by exact shingle containment of its words outside quotation marks (two write-ups
  of one statement quote the same words; a copy repeats the sentences around them too).

A single claim can also come from an outlet the article cites for it: `CNN reported`, `told
Politico`, `reports the AP`, `per Bloomberg` — the quote extractor marks these as quotes
spoken by a news outlet or relayed by one (`Quote.medium`).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache, partial
from hashlib import sha1
from re import _parser as re_parser  # the parser `re` compiles with (private, stable since 3.11)
from re._constants import LITERAL

import numpy as np
from datasketch import MinHash, MinHashLSH

from storyline.fuse.actors import UnionFind
from storyline.fuse.lexical import containment, shingles
from storyline.model import Document, Extraction, Quote
from storyline.resources import load_resource

COPY_CONTAINMENT = 0.5
"""Share of an article's shingles found in an earlier one above which it is a copy or rewrite of it."""
MIN_FRAMED_SHINGLES = 4
"""Shingles a text needs outside its quotes for its copy test to leave the quotes out."""
MINHASH_PERMUTATIONS = 64
MINHASH_THRESHOLD = 0.15
"""LSH Jaccard threshold for candidate pairs; candidates are confirmed by exact containment. Low, because a copy
cut to a part of its original (or merged with other copy) shares most of its own text but little of the
original's: a quarter of a wire story has a Jaccard near 0.25 with it, a containment of 1. At 0.3, LSH missed a
third of such partial copies (excerpts of the dev clusters' articles, containment at least 0.5); at 0.15 none."""
MEDIA_SECTOR = "MED"


@dataclass(frozen=True)
class Outlet:
    """A news organization: the gazetteer id where it is listed, else a slug of its name."""

    key: str
    name: str


@dataclass(frozen=True)
class Citation:
    """A span of a document that the document attributes to an outlet (`…, CNN reported`)."""

    start: int
    end: int
    outlet: Outlet
    speaker: str | None = None


@dataclass
class DocumentSource:
    """Where one document's text comes from."""

    doc: str
    outlet: Outlet | None = None
    origin: Outlet | None = None
    copy_of: str | None = None
    contributors: list[Outlet] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    read_citations: Callable[[], list[Citation]] | None = field(default=None, repr=False, compare=False)
    """Where the document's quotes were left unread (`Collection.quotes`): what reads its `citations` when a claim of
    it first asks them (`cites`)."""

    def cites(self) -> list[Citation]:
        """The spans the document attributes to an outlet (`citations`, read now where left unread)."""
        if self.read_citations is not None:
            self.citations, self.read_citations = self.read_citations(), None
        return self.citations

    def chain(self) -> list[str]:
        """`["The Hill"]`, `["copy of 003.txt", "Reuters"]`: why the document's own text is not its own."""
        links = [f"copy of {self.copy_of}"] if self.copy_of else []
        if self.origin and self.origin != self.outlet:
            links.append(self.origin.name)
        elif self.outlet and not self.copy_of:
            links.append(self.outlet.name)
        return links


def normalize_outlet(name: str) -> str:
    """`The Associated Press` → `associatedpress`, `NBCNews.com` → `nbcnews`."""
    text = re.sub(r"^(?:https?://)?(?:www\.)?", "", name.strip().lower())
    text = re.sub(r"\.(?:com|net|org|co\.uk|co|news)\b.*$", "", text)
    text = re.sub(r"^the\s+", "", text)
    return re.sub(r"[^a-z0-9]+", "", text)


@cache
def media_lexicon() -> tuple[dict[str, Outlet], re.Pattern[str]]:
    """Normalized alias → outlet for every news organization in `organizations.yaml`, and a regex of the aliases."""
    by_alias: dict[str, Outlet] = {}
    forms: set[str] = set()
    for entry in load_resource("organizations.yaml"):
        if entry.get("sector") != MEDIA_SECTOR:
            continue
        outlet = Outlet(entry["id"], entry["name"])
        for alias in [entry["name"], *entry.get("aliases", [])]:
            by_alias.setdefault(normalize_outlet(alias), outlet)
            forms.add(alias)
    alternation = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return by_alias, re.compile(rf"(?<![\w]){'(?:' + alternation + ')'}(?![\w])")


def resolve_outlet(name: str, listed: bool = False) -> Outlet | None:
    """The outlet a credit or metadata string names: a listed outlet where one is named, else the short name itself.

    :param listed: only where the whole string is a listed outlet's name (credit forms that also name people
        or run on as text: `Additional reporting by …`, `— Reuters reported earlier`)
    """
    by_alias, pattern = media_lexicon()
    direct = by_alias.get(normalize_outlet(name))
    if direct or listed:
        return direct
    found = pattern.search(name)
    if found:
        return by_alias[normalize_outlet(found.group(0))]
    short = re.split(r"[(;,]", name)[0].strip(" .-–—")
    if short and len(short.split()) <= 4 and normalize_outlet(short):
        return Outlet(normalize_outlet(short), short)
    return None


@cache
def credit_patterns() -> list[tuple[str, str, bool, re.Pattern[str]]]:
    return [
        (c["where"], c["role"], bool(c.get("listed")), re.compile(c["pattern"], re.IGNORECASE | re.MULTILINE))
        for c in load_resource("fusion.yaml")["credits"]
    ]


@cache
def fixed_credits() -> dict[str, str]:
    """Pattern → the outlet it names, for the forms only one outlet uses (`fusion.yaml` credits with `outlet:`)."""
    return {c["pattern"]: c["outlet"] for c in load_resource("fusion.yaml")["credits"] if c.get("outlet")}


SENTENCE_BREAK = re.compile(r"[.!?]\s+|\n")


def credited_outlet(name: str, listed: bool) -> Outlet | None:
    """The outlet a credit's matched name stands for; where the match ran back over an earlier sentence
    (`…several days. Associated Press writers … contributed`), the name after its last sentence break."""
    outlet = resolve_outlet(name, listed)
    if outlet is None:
        tail = SENTENCE_BREAK.split(name)[-1].strip()
        if tail and tail != name.strip():
            outlet = resolve_outlet(tail, listed)
    return outlet


def last_line(text: str) -> str:
    lines = [line for line in text[-400:].splitlines() if line.strip()]
    return lines[-1] if lines else ""


@cache
def required_text(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The longest run of plain characters in the top-level sequence of `pattern` (`contributed` in `(?P<outlet>…)
    \\s+contributed\\s+to\\s+this`), which every match of it holds, as a pattern with its flags; None where it has
    no run of 3 characters or more (or its syntax is beyond `re`'s parser)."""
    try:
        parsed = re_parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 - no shortcut then
        return None
    runs, run = [], []
    for op, argument in parsed:
        if op is LITERAL:
            run.append(chr(argument))
        else:
            runs.append("".join(run))
            run = []
    longest = max([*runs, "".join(run)], key=len)
    return re.compile(re.escape(longest), pattern.flags) if len(longest) >= 3 else None


@lru_cache(maxsize=100_000)
def text_credits(text: str) -> tuple[Outlet | None, tuple[Outlet, ...]]:
    """The outlet a text credits as its origin (wire tag, `Via`, `originally published`), and its contributors."""
    regions = {"start": text[:200], "end": text[-400:], "last": last_line(text), "any": text}
    origin, contributors = None, []
    fixed = fixed_credits()
    for where, role, listed, pattern in credit_patterns():
        needed = required_text(pattern)
        if needed and not needed.search(regions[where]):
            continue  # cannot match there: a plain search is much cheaper than the pattern's own
        for match in pattern.finditer(regions[where]):
            name = fixed.get(pattern.pattern)
            outlet = resolve_outlet(name) if name else credited_outlet(match.group("outlet"), listed)
            if outlet is None:
                continue
            if role == "origin" and origin is None:
                origin = outlet
            elif role == "contributor" and outlet not in contributors:
                contributors.append(outlet)
    return origin, tuple(contributors)


def metadata_outlets(document: Document) -> tuple[Outlet | None, list[Outlet]]:
    """The outlet metadata names first (`Reuters video story (republished by Yahoo)` → Reuters), and contributors."""
    if not document.outlet:
        return None, []
    contributors = [
        o for m in re.finditer(r"([A-Z][\w.&' -]{1,40}?)\s+contributed", document.outlet)
        if (o := resolve_outlet(m.group(1)))
    ]
    return resolve_outlet(document.outlet), contributors


def document_citations(doc: str, quotes: Iterable[Quote], links: dict[tuple[str, str], str], media: set[str],
                       names: dict[str, str]) -> list[Citation]:
    """Spans the document attributes to a news outlet: quotes (as extracted) an outlet speaks or relays."""
    out = []
    for q in sorted(quotes, key=lambda q: (q.start, q.end, q.id)):  # the text's order, however the store reads them
        speaker = links.get((doc, q.speaker), q.speaker) if q.speaker else None
        medium = links.get((doc, q.medium), q.medium) if q.medium else None
        if medium:
            out.append(Citation(q.start, q.end, Outlet(medium, names.get(medium, medium)),
                                q.speaker_text or names.get(speaker or "", None)))
        elif speaker in media:
            out.append(Citation(q.start, q.end, Outlet(speaker, names.get(speaker, speaker))))
    return out


@cache
def minhash_template() -> MinHash:
    """A MinHash of this module's size: its permutations, drawn once for every sketch."""
    return MinHash(num_perm=MINHASH_PERMUTATIONS)


def sha1_hash32(data: bytes) -> int:
    """datasketch's default hash of a shingle (`datasketch.hashfunc.sha1_hash32`: the first 4 bytes of its SHA-1,
    little-endian), at half the cost."""
    return int.from_bytes(sha1(data).digest()[:4], "little")


def sketch_of(bag: set[str]) -> MinHash | None:
    """The MinHash sketch of a text's shingles (None for a text without any): the same values as datasketch's
    default MinHash, with the permutations drawn once (`minhash_template`)."""
    if not bag:
        return None
    template = minhash_template()
    minhash = MinHash(num_perm=MINHASH_PERMUTATIONS, hashfunc=sha1_hash32, permutations=template.permutations,
                      scheme=template.scheme)
    minhash.update_batch([s.encode() for s in bag])
    return minhash


SKETCHES: dict[str, MinHash | None] = {}
"""MinHash of each text fused in this process, by content hash: a re-fusion sketches only new texts."""


def find_copies(extractions: list[Extraction], sketched: Mapping[str, MinHash | None] | None = None,
                kept: Mapping[str, bool] | None = None, asked: dict[str, bool] | None = None) -> dict[str, str]:
    """Document → the earlier document it copies or rewrites (text reuse), via MinHash LSH candidates.

    :param sketched: document id → its sketch (None: a text without shingles), where a fusion keeps them
    :param kept: whether a candidate copies an earlier document, as an earlier fusion answered (`asked`): the
        answer depends on the two texts only, each named by its content hash (`COPY|ORIGINAL`), and is not
        computed again
    :param asked: filled with the answers of this fusion's candidate pairs, read or computed, for a later one
    """
    texts = {ex.document.id: ex.document.text for ex in extractions}
    hashes = {ex.document.id: ex.document.content_hash for ex in extractions}
    order = {ex.document.id: (ex.document.published or "9999", ex.document.id) for ex in extractions}
    bags: dict[str, set[str]] = {}
    framed: dict[str, set[str]] = {}

    def bag(doc: str) -> set[str]:
        if doc not in bags:
            bags[doc] = shingles(texts[doc])
        return bags[doc]

    def reuse(doc: str, other: str) -> float:
        """How much of a document's own words another one holds: its text without quoted words (`framing`), as
        two write-ups of one statement quote the same words; the whole text where little is left besides them."""
        for d in (doc, other):
            if d not in framed:
                framed[d] = shingles(framing(texts[d]))
        if len(framed[doc]) >= MIN_FRAMED_SHINGLES:
            return containment(framed[doc], framed[other])
        return containment(bag(doc), bag(other))

    def copies_of(doc: str, other: str) -> bool:
        if not (hashes[doc] and hashes[other]):
            return reuse(doc, other) >= COPY_CONTAINMENT
        pair = f"{hashes[doc]}|{hashes[other]}"
        answer = (kept or {}).get(pair)
        if answer is None:
            answer = reuse(doc, other) >= COPY_CONTAINMENT
        if asked is not None:
            asked[pair] = answer
        return answer

    sketches = {}
    for ex in extractions:
        doc, content = ex.document.id, ex.document.content_hash or ex.document.id
        if sketched is not None and doc in sketched:
            if sketched[doc] is not None:
                sketches[doc] = sketched[doc]
            continue
        if content not in SKETCHES:
            SKETCHES[content] = sketch_of(bag(doc))
        if SKETCHES[content]:
            sketches[doc] = SKETCHES[content]
    copies: dict[str, str] = {}
    for doc, near in lsh_candidates(sketches).items():
        earlier = [o for o in near if order[o] < order[doc]]
        copied = [o for o in earlier if copies_of(doc, o)]
        if copied:
            copies[doc] = min(copied, key=lambda o: order[o])
    return copies


@cache
def lsh_bands() -> tuple[tuple[int, int], ...]:
    """The bands (ranges of a sketch's hash values) datasketch's `MinHashLSH` chooses for `MINHASH_THRESHOLD`."""
    return tuple(MinHashLSH(threshold=MINHASH_THRESHOLD, num_perm=MINHASH_PERMUTATIONS).hashranges)


def lsh_candidates(sketches: Mapping[str, MinHash]) -> dict[str, set[str]]:
    """Document → the other documents whose sketch shares a band with its own: what `MinHashLSH.query` finds
    with every sketch inserted (a band's hash values equal), found over one array of all sketches at once
    instead of a hash table of every band of every document."""
    docs = list(sketches)
    if len(docs) < 2:
        return {}
    values = np.stack([np.asarray(sketches[doc].hashvalues, dtype=np.uint64) for doc in docs])
    near: dict[str, set[str]] = defaultdict(set)
    for start, end in lsh_bands():
        band = np.ascontiguousarray(values[:, start:end]).view(np.dtype((np.void, 8 * (end - start)))).ravel()
        _, which, counts = np.unique(band, return_inverse=True, return_counts=True)
        which = which.ravel()
        shared = np.flatnonzero(counts[which] > 1)
        if not len(shared):
            continue
        members: dict[int, list[int]] = defaultdict(list)
        for row, group in zip(shared.tolist(), which[shared].tolist(), strict=True):
            members[group].append(row)
        for rows in members.values():
            group_docs = [docs[r] for r in rows]
            for doc in group_docs:
                near[doc].update(group_docs)
    for doc, others in near.items():
        others.discard(doc)
    return near


def build_sources(extractions: list[Extraction], links: dict[tuple[str, str], str],
                  media: set[str], names: dict[str, str], sketched: Mapping[str, MinHash | None] | None = None,
                  credits: Mapping[str, tuple[Outlet | None, tuple[Outlet, ...]]] | None = None,
                  kept_copies: Mapping[str, bool] | None = None, asked_copies: dict[str, bool] | None = None,
                  unread: Mapping[str, Callable[[], list[Quote]]] | None = None) -> dict[str, DocumentSource]:
    """Every document's outlet, origin, copy relation and in-text citations.

    :param media: canonical ids of the actors that are news outlets (sector MED)
    :param names: canonical actor id → name, for readable chains
    :param sketched: document id → its MinHash sketch, where a fusion keeps them (`incremental.py`)
    :param credits: document id → `text_credits` of its text, where a fusion keeps them
    :param kept_copies: copy answers of an earlier fusion; `asked_copies`: this one's (`find_copies`)
    :param unread: document id → what reads its quotes, of the documents whose quotes were left unread: their
        citations are read when a claim first asks them (`DocumentSource.cites`)
    """
    copies = find_copies(extractions, sketched, kept_copies, asked_copies)
    sources: dict[str, DocumentSource] = {}
    for ex in extractions:
        outlet, meta_contributors = metadata_outlets(ex.document)
        credited, contributors = (credits or {}).get(ex.document.id) or text_credits(ex.document.text)
        sources[ex.document.id] = DocumentSource(
            doc=ex.document.id,
            outlet=outlet or credited,
            origin=credited or outlet,
            copy_of=copies.get(ex.document.id),
            contributors=list(dict.fromkeys([*meta_contributors, *contributors])),
        )
        doc = ex.document.id
        if unread is not None and doc in unread:
            sources[doc].read_citations = partial(cited, doc, unread[doc], links, media, names)
        else:
            sources[doc].citations = document_citations(doc, ex.quotes, links, media, names)
    return sources


def cited(doc: str, quotes: Callable[[], list[Quote]], links: dict[tuple[str, str], str], media: set[str],
          names: dict[str, str]) -> list[Citation]:
    """`document_citations` of a document whose quotes are read now."""
    return document_citations(doc, quotes(), links, media, names)


def origin_key(doc: str, sources: dict[str, DocumentSource]) -> str:
    """The root a document's own text goes back to: follow copies, then the credited or own outlet."""
    seen = set()
    while doc in sources and sources[doc].copy_of and doc not in seen:
        seen.add(doc)
        doc = sources[doc].copy_of
    source = sources.get(doc)
    if source and source.origin:
        return f"outlet:{source.origin.key}"
    return f"doc:{doc}"


@dataclass(frozen=True)
class Claim:
    """One member of a fact as the source graph sees it: where it is, and its text for reuse checks."""

    doc: str
    start: int
    end: int
    text: str


def claim_origin(claim: Claim, sources: dict[str, DocumentSource]) -> tuple[str, list[str]]:
    """The root a claim goes back to, and the chain to it: an outlet its document cites for it, else the document's."""
    source = sources.get(claim.doc)
    if source:
        for cite in source.cites():
            if cite.start < claim.end and claim.start < cite.end:
                chain = [cite.outlet.name] + ([cite.speaker] if cite.speaker else [])
                return f"outlet:{cite.outlet.key}", chain
    return origin_key(claim.doc, sources), source.chain() if source else []


def count_origins(claims: list[Claim], sources: dict[str, DocumentSource],
                  documents: dict[str, Document]) -> tuple[int, list[str]]:
    """Independent origins of a fact and one line per origin (`004.txt ← CNN ← diplomats from a Nordic state`).

    Documents are joined where they share a root: one outlet, a wire they both run, an outlet one of
    them cites, or a claim one of them repeats word for word from another (sentence shingles). A document
    that also tells the fact on its own (a claim neither cited nor repeated) is joined by its own root only:
    citing AFP for a denial does not make a report of the fighting AFP's."""
    order = sorted({c.doc for c in claims}, key=lambda d: ((documents[d].published if d in documents else None)
                                                        or "9999", d))
    rank = {d: n for n, d in enumerate(order)}
    keyed: list[tuple[Claim, str, list[str]]] = []
    seen: dict[str, tuple[str, str]] = {}
    own: dict[str, set[str]] = defaultdict(set)  # document → origins of the claims it tells on its own
    borrowed: dict[str, set[str]] = defaultdict(set)  # document → origins of the claims it cites or repeats
    for claim in sorted(claims, key=lambda c: (rank[c.doc], c.start)):
        key, chain = claim_origin(claim, sources)
        bag = shingles(framing(claim.text), 3)
        source = repeated_from(claim.doc, bag, seen)
        if source:
            key, chain = seen_key(source, keyed), [*seen_chain(source, keyed), f"(repeats {source})"]
        for s in bag:
            seen.setdefault(s, (claim.doc, key))
        keyed.append((claim, key, chain))
        (own if not source and key == origin_key(claim.doc, sources) else borrowed)[claim.doc].add(key)
    groups = UnionFind(order)
    first_doc: dict[str, str] = {}
    for doc in order:
        # a document that tells the fact in its own words too counts on its own, whatever else it cites
        for key in sorted(own[doc] or borrowed[doc]):
            groups.union(first_doc.setdefault(key, doc), doc)
    chains: dict[str, list[str]] = defaultdict(list)
    for claim, _, chain in keyed:
        links = [c for c in chain if not c.startswith("(")]
        outlet = sources[claim.doc].outlet if claim.doc in sources else None
        label = f"{claim.doc} ({outlet.name})" if outlet and links and links[0] != outlet.name else claim.doc
        line = " ← ".join([label, *links])  # `03.txt (thegenerationus.com) ← Agence France-Presse`
        line = " ".join([line, *(c for c in chain if c.startswith("("))])
        if line not in chains[claim.doc]:
            chains[claim.doc].append(line)
    for doc, outlet in shared_contributors(order, {k for _, k, _ in keyed}, sources):
        groups.union(first_doc.get(f"outlet:{outlet.key}", doc), doc)
        first_doc.setdefault(f"outlet:{outlet.key}", doc)
        chains[doc].append(f"{doc} ← {outlet.name} (contributed)")
    origins = ["; ".join(line for d in sorted(members, key=rank.get) for line in chains[d][:2])
               for members in groups.groups().values()]
    return len(origins), sorted(origins)


def shared_contributors(docs: list[str], origins: set[str],
                        sources: dict[str, DocumentSource]) -> list[tuple[str, Outlet]]:
    """(document, outlet) where a document's contributor (`Reuters contributed to this report`)
    is also the fact's origin in another document, or contributed to another document telling it: the two
    may rest on one wire report, so they count once. A contributor no other document shares adds no doubt."""
    credited: Counter[str] = Counter(c.key for d in docs if d in sources for c in set(sources[d].contributors))
    return [(d, c) for d in docs if d in sources for c in sources[d].contributors
            if f"outlet:{c.key}" in origins or credited[c.key] > 1]


QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|‘[^’]{12,}’|(?<!\w)'[^']{12,}'(?!\w)")


def framing(text: str) -> str:
    """A claim's text without its quoted words: two write-ups of one briefing quote the same words; a copy
    repeats the sentence around them too (`…, the army said in a statement`)."""
    return QUOTED.sub(" … ", text)


def repeated_from(doc: str, bag: set[str], seen: dict[str, tuple[str, str]]) -> str | None:
    """The earlier document whose claim this one repeats word for word (most of its trigrams), if any."""
    if len(bag) < 4:
        return None
    hits = Counter(seen[s][0] for s in bag if s in seen and seen[s][0] != doc)
    if not hits:
        return None
    count = max(hits.values())
    tied = {d for d, n in hits.items() if n == count}
    # among equals, the document seen first (the earliest claim), not the first a set happens to yield
    source = next(d for d, _ in seen.values() if d in tied) if len(tied) > 1 else tied.pop()
    return source if count / len(bag) >= COPY_CONTAINMENT else None


def seen_key(doc: str, keyed: list[tuple[Claim, str, list[str]]]) -> str:
    return next(k for c, k, _ in keyed if c.doc == doc)


def seen_chain(doc: str, keyed: list[tuple[Claim, str, list[str]]]) -> list[str]:
    """The origin chain of the earlier document a claim repeats, without its own repeat notes."""
    chain = next(ch for c, _, ch in keyed if c.doc == doc)
    return [link for link in chain if not link.startswith("(repeats ")]
