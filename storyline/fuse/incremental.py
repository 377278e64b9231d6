"""What incremental fusion keeps per document and per block, so a build that adds documents redoes little.

A fusion reads some things of every document that depend on its text alone: its MinHash sketch (copy
detection, `sources.py`), its content-word stems, how many they are and the TF-IDF vector they make (stories,
`stories.py`: `Stories.short` and `Stories.row`), the credit lines naming where it comes from
(`sources.text_credits`) and its sentence offsets. `document_features` computes them once, when a document is
first fused (or where a build's workers extract it); the store keeps them (`fusion_documents`) and later fusions
read them instead of the texts, into compact forms (the sketch one array; the stems and the vector left as
stored, one string each, until a fusion asks them: it asks the vectors of the documents its same-story tests
compare, some 900 of BBC's 2,127 when 20 are added, and of the others only how many content words they hold).
They are computed again whenever the code or lexicons computing them change (`features_version`).

A fusion also records every block it fused (`fused_blocks`): its name and signature (its items, the sources and
actor resolution of its documents, whether stories are told apart, fusion's code and lexicons) and the number of
facts it made. A same-story answer depends on its two documents only (`stories.py` weighs stems by a background
IDF, `resources/story_df.tsv`, not the collection's), so fusing a block of the same signature again would make the
same facts: a later fusion keeps them (or, where it made none, skips the block). Beside the blocks it keeps, in the
same table, what act joins (`acts.py`) made, each on a signature of what it read: the pairs of blocks of each act
word whose sides fit (`joinable|TYPE|word`, with each block's side signature: only pairs of a block new to the word
or whose sides changed are compared again), the clusters of every block whose acts may join (`clusters|BLOCK`),
the groups each act word formed (`act|TYPE|word`, with the answers its forming asked: whether two clusters fit, are
apart or neither, and whether a cluster's reports name a side, each cluster named by a digest of what they read of
it, `acts.PairMemo`: a word formed again computes only the answers of its new or changed clusters), and the facts
of a block whose clusters joined another's (on its clusters' members: `facts.joined_signature`). Fusion is
deterministic given its items, so the facts equal a fusion from scratch (`tests/test_fusion_incremental.py` checks
exports of random batches against a build at once).

The same table keeps the same-story answers every fusion computed (`facts.STORY_MEMO`, `Stories.kept_answers`):
documents' pairs (`Stories.same`) and passages' (`Stories.close`), each document named by its content hash. A pair's
answer depends on its two texts only, so a later fusion reads them (`Stories.read_answers`) and computes only the
pairs it asks for the first time: a block or act word formed again asks mostly pairs an earlier fusion answered
(BBC: some 10,500 documents' pairs and 13,000 passages' pairs, a row of 0.5 MB, read in a few milliseconds).
The write compares only what changed (`store.fusion_rows`): where the stored fusion was made by the same code and
data model (`state.fused_by`), only the actors some local actor was linked to or away from are read and compared
(every actor has a member link, so one not touched is stored and unchanged). Whether a candidate text copies an
earlier one (`sources.find_copies`) depends on the two texts only: the same table keeps the answers (`facts.COPY_MEMO`,
by content hashes) and a later fusion compares only the candidate pairs new to it.

A number's blocking key (what it counts, its unit, the question its words answer: `blocking.quantity_block`) depends
on its document alone: the fusion that first reads it keeps it in the store (`quantities.block`, indexed, revision
0006; `Store.quantity_blocks`, under the code that read it), and later fusions read the words around the new numbers
only (`facts.quantity_key`).

Quantity and quote blocks are kept part by part (`parts.py`). Where a collection tells several stories, whether two
numbers or two quotes link depends on the two alone (rule changes of this session: their words weighed by the
background IDF, not the block's; two numbers link only between documents telling one story closely,
`clustering.NUMBER_STORY_SIMILARITY`; a quote's common stems are common in the background texts; quote links are
visited in the stems' alphabetical order). A block's clusters never join two connected parts of its links, and a
part clustered alone gives the clusters the whole block gives it. So a touched block computes only the links of its
new items (a sparse product of their rows against the block's), joins them to the parts the last fusion found (its
`fused_blocks` row keeps the block's items, the words read of each, its parts of several items), and clusters and
fuses again only the parts whose items or documents changed; the others keep their facts (a fact's `block_hash` is
its part's signature). BBC: `quantity|percent`'s 1,512 numbers fall into parts of at most 486 (1,360 in one part
before the numbers' story link; 42 with a link at a cosine of 0.3, which split one story of the development
clusters built together), `year`'s 1,187 into parts of at most 58, `quote|GBR`'s 2,574 quotes into parts of at most
17. A quote's stems depend on its text alone: the row keeps a digest of each quote's text, and a touched quote
block reads again the stems of the quotes whose text is new to it only.

What an incremental fusion still costs: CPU seconds of each step when 20 BBC articles are added to the other
2,107, against a fusion of all 2,127 from scratch (`python benchmarks/fusion.py --db STORE --store-only --steps`;
one run under a load of 5-6 on 2 cores shared by six helpers; nested steps inside the step holding them; in
brackets, the +20 figures of the code before this session's changes, run shortly before it under the same load):

    step                               full   +20          grows with
    read extractions                   0.50   0.52 (0.59)  N documents
    document features (read; computed) 4.15   0.18 (0.26)  N read (stems and vectors left unparsed), the k new
                                                           computed (their vectors too)
    resolve actors                     0.63   0.55 (0.62)  N (`actors.py`)
    collection (sources, stories, …)   0.27   0.30 (0.34)  N (credits, own words, documents' signatures)
      copy detection                   0.11   0.12 (0.11)  N (one array of sketches; candidate pairs compared)
    blocks                             0.45   0.27 (0.40)  N events and quotes keyed (actor resolution); the
                                                           numbers' keys read as kept, the new ones' read
    act joins (cluster and join)       1.63   0.64 (0.63)  the act words and blocks the new documents reach
      event clusters                   0.34   0.06 (0.07)  touched event blocks
      act words' groups                0.85   0.42 (0.39)  act words whose clusters changed (greedy)
    same-story matrices                0.06   0.01 (0.01)  touched event blocks' and parts' documents
    numbers and quotes: links, parts   3.01   0.36 (0.43)  the touched blocks' new items (the block's matrices
                                                           of words still built whole); quotes' stems kept
    blocks fused: numbers (parts)      0.60   0.12 (0.13)  touched parts
    blocks fused: quotes (parts)       0.32   0.03 (0.03)  touched parts
    write (compare, changed rows)      1.25   0.26 (0.29)  N links compared; actors only where their members
                                                           changed; facts kept as read are not (their ranks only)
    fusion in all                     13.73   3.88 (4.47)  (timed alone in the benchmark: CPU 3.73 s against
                                                           14.27 s, 26.1%; the code before, 4.10 s against
                                                           13.42 s, 30.6%)

Run side by side on one store (old and new code alternated, three runs each, the same load), the +20 fusion took
4.10-4.17 s CPU before, 3.84-3.99 s with the numbers' keys and quotes' stems kept (blocks 0.38 -> 0.27 s, numbers'
and quotes' links 0.43 -> 0.36 s); a full fusion of a store keeping its features 9.3-9.6 s before, 9.4-9.8 s after
(its write now keeps every number's key: about 0.2 s). The full fusion's features (4.15 s here, vectors included) are
computed by a build's worker processes beside extraction; the benchmark's stores are copied without them. Against the
full fusion proper (8.66 s in this run) the +20 fusion costs 43% (45% before). Peak RSS of a build adding the 20
articles: 456 MiB against 457 MiB building them alone (1.00x).

A later session kept the answers of each act word's forming (`acts.PairMemo`) and paired numbers of one figure only
where one is new (`clustering.near_threshold`). The benchmark, the code before and after run one after the other on
a quieter machine: the +20 fusion 3.51 -> 3.15 s CPU against a full fusion's 12.28 -> 11.79 s (28.6% -> 26.7%); under
the step timers 3.69 -> 3.09 s, act joins 0.62 -> 0.29 s (act words' groups 0.40 -> 0.09 s), numbers' and quotes'
links 0.36 -> 0.30 s; the full fusion's steps 12.42 -> 11.69 s (its act words' groups 0.77 -> 0.81 s).

A later session wrote only the touched actors (read by id, not every actor's id), each new fused block's trace
turned to JSON once (digested for its key and inserted as that text), kept copy detection's answers, and made two
passes of the blocks step cheaper (a quote matched against the hostile-act patterns only where it states an act;
a partial compared only with a block's partials of its event). The benchmark on a loaded machine, one run before
and three after (one per change): the +20 fusion 3.83 s CPU before, 2.84-2.95 s after, against a full fusion's
11.04 s and 11.05-11.13 s (34.6% -> 25.6%), though the load moved more than the change (the step timers' totals:
2.96 s before, 2.87-3.22 s after); the steps changed: write 0.23 -> 0.17-0.22 s, blocks 0.23 -> 0.17 s, copy
detection 0.11 -> 0.06 s, collection 0.25 -> 0.21 s.

A later session made the read of every extraction cheaper (`Store.extractions`: a local actor's record, which names no
document, validated once per distinct JSON, 13,028 of BBC's 22,478, and shared; each `Extraction` constructed from
its validated records, not validated again; facts and documents parsed from their JSON text straight into the model)
and scored a touched block's new numbers and quotes only against the items sharing a word or figure with them
(`clustering.partners`: where stories are told apart a link depends on its two items alone; `quantity|percent`'s
1,512 numbers are mostly left out). The benchmark, the code before and after run one after the other (a load of
3-4 on 2 cores): the +20 fusion 2.85 -> 2.67 s CPU against a full fusion's 11.39 -> 11.10 s (25.0% -> 24.0%; wall
clock 21.0% -> 20.4%); under the step timers 2.81 -> 2.68 s: read extractions 0.48 -> 0.42 s, numbers' and quotes'
links and parts 0.29 -> 0.22 s, the other steps unchanged (resolve actors 0.37, collection 0.20, blocks 0.17,
write 0.19, act joins 0.28 s). Peak RSS of a build adding the 20 articles: 463 MiB against 464 MiB alone (1.00x).

A later session resolved a fusion's actors against the resolution the last one kept (`kept_actors.py`: what each rule
reads of every distinct local actor, under the value it reads it by, and the groups of the one pairwise rule; only the
new full names are compared, the later rules run again over the kept values; see `actors.py`). The benchmark on the
merged code: the +20 fusion 2.51 s CPU against a full fusion's 11.25 s (22.3%; 23.4% before), resolve actors 0.37 ->
0.13 s; what of it still grows with N: reading every local actor, the later rules over the kept values and building
every actor the later steps read (about 0.13 s in all). The events' and quotes' block keys kept per record (a branch
of that session, `h-inc9`, revision 0007) made the +20 fusion 2-3% slower and a full fusion's write 0.4-0.8 s slower
on their own: they pay only once the read is narrowed to the touched blocks' records, and were not merged then (they
were with the narrow read's first step, below).

A later session kept each event's and quote's blocking key in the store with what it was keyed with (revision 0007:
`events.block`, an event's own sides' key `AID|IRN|RUS` or its one side's partial key `AID|source|IRN`, and `keyed`,
its canonical source and target; `quotes.block`, the speaker's side, and `keyed`, the canonical speaker, indexed;
`Store.item_blocks`, under the code that keyed them), the index a fusion reading only the touched blocks' records
needs to find a block's other members. A key hangs on actor resolution (the canonical actors of an item's sides and
their countries), so every fusion derives them again from the records it still reads, and the write compares and
writes only the items whose key may have changed (`fusion_rows.write_item_blocks`): the new ones, those of the
documents whose links changed, and those keyed with an actor whose members changed (an actor of the same members is
the same actor, `fusion_rows.touched_actors`). On its own it saves nothing: keeping an event's object class (which
depends on the event alone) was tried and dropped, as classing 3,775 events costs some 20 ms once the class lexicon
is loaded (the lexicon's load, ~0.1 s in a fresh process, is paid by the first new event anyway). Its cost, the code
before and after alternated six times each on one +20 store, twice (loads of 6 and of 2-3 on 2 cores): the +20
fusion 2.79 -> 2.85 s CPU on average (medians 2.80 -> 2.82 s), then 3.01 -> 3.12 s (paired differences +0.01 to
+0.24 s, median +0.07 s): some 2-3%, the keys derived and the changed ones compared and written. The full fusion
writes every key once (its write step 0.90 -> 1.3-1.7 s across runs). A first version that read every kept key to
compare it in fusion cost the +20 fusion 0.1-0.2 s and was dropped. `benchmarks/fusion.py` in one run after (a
noisy machine: steps this change leaves alone took 30-60% longer than in the run before it): +20 CPU 3.32 s against
a full fusion's 12.54 s (26.5%; before it, 2.64 s against 11.41 s, 23.2%), export identical, peak RSS 462 MiB alone
and into the store (1.00x).

A later session narrowed the read for numbers, the one kind of record whose key hangs on its document alone (no actor
resolution: a kept key is still right whatever the new documents do). A fusion leaves out the records of the numbers
a fusion keyed (`Store.extractions(numbers_keyed_by=...)`: their id, document and key read from the index instead,
13,214 of BBC's 13,430 when 20 are added); each stands in its block as a `collection.UnreadNumber`, so a block of them
keeps its facts on their ids and documents (its signature) without a record read. A touched block links its new
numbers to the old from what its `fused_blocks` row keeps of them (the words around each and now its figures,
`values`: `clustering.partners` reads no more), and only a part it fuses again reads its numbers' records, by id
(`parts.read_block_numbers`, `Store.quantities_by_id`, one read per block for the parts it fuses again): 435 numbers
in 65 reads, with the unit pairs compared (7,000 in a first version that read every touched block whole: `percent`'s
1,503, `year`'s 1,172). `units.link_units` takes a fact's unit from its numbers' kept keys (a key holds the unit) and
reads the records of the pairs of facts it compares only. The benchmark, the code before and after run back to back
twice (loads of 5-6 on 2 cores): the +20 fusion 2.92 -> 2.75 s CPU, then 2.90 -> 2.92 s, against full fusions of
11.99-14.69 s (the load's spread); the read step 0.47 -> 0.42 s, then 0.47 -> 0.41 s; export identical, peak RSS
465 MiB alone and 464-468 MiB into the store (1.00x). The read alone, alternated eight times in one process: a median
of 0.69 -> 0.52 s. The whole +20 fusion alternated ten times on one store: medians 3.17 -> 3.11 s, paired
differences from -0.62 to +0.25 s (median +0.01 s): the read's 0.05-0.15 s are within the load's noise, less what the
stand-ins, the reads by id and the figures now kept in the quantity blocks' rows cost. Tests: a number new to an old
part reads that part's old numbers and no others' (fewer than half of the earlier ones), and unit links hold between
facts whose numbers were left unread.

A later session measured the decode of the records a fusion reads, each alone in one process with the collector
paused as fusion pauses it (`core.collector_paused`; measured with it running, every read costs two to four times as
much, which the figures above and below it mixed): BBC's 19,921 quotes 0.11 s validated from their JSON text
(`model_validate_json`), of which the parse alone (`schema.read_json`) 0.065 s; 22,478 local actors 0.08 s (0.04 s
parsed; the read validates the 13,028 distinct ones only); 3,775 events 0.03 s (0.02 s); `fused_blocks` 0.06 s (3.8
MB: the quote blocks' rows 1.2 MB, the quantity blocks' 1.0 MB, the act words' pairs 0.9 MB, the kept same-story
answers 0.5 MB; read as text alone 0.013 s); every fact 0.05 s; every document's kept features 0.07 s; the mention
counts 0.06 s. Decoding otherwise was tried and dropped, every way slower than pydantic-core's validation of the
text: one cached `TypeAdapter(list[Quote])` over the rows joined into one array 0.17 s against 0.14 s (under load);
`model_construct` from the parsed JSON 0.29 s against 0.17 s; a record made straight from its parsed JSON where that
holds exactly this model's fields in its order, each value of its field's JSON type (checked per field, once per
distinct tuple of value types; a `Literal`'s value, a list's items and `Quote.parts`' pairs checked one by one), else
validated: 0.15 s against 0.11 s for quotes, 0.11 against 0.08 s for local actors, 0.038 against 0.031 s for events
(exact on all of BBC's rows of the seven record tables); the same without any check of the values, which an older
row's shape would make wrong, 0.11 against 0.17 s; pydantic's `cache_strings` off, 0.12 against 0.14 s (the load's
noise); `model_construct` of each `Extraction`, 11 ms for 2,127. The per-record cost is pydantic-core's own, near its
JSON parse: what is left to take is in the loop around it. `Store.extractions` now validates with each model's
validator itself (not `validated`'s checks and pydantic's wrapper), shares a record's field set by comparing it with
the last one shared (the same set `SharedFieldSets` gives, without a frozenset of its names per record) and fetches
the narrow read of numbers at once; `mention_counts` fetches at once. The read alone, old and new alternated eight
times in one process on a +20 store: medians 0.415 -> 0.364 s; the whole +20 fusion, h-inc11's code and this
alternated eight times on copies of one store (loads of 6.5-8.8 on 2 cores): CPU medians 3.00 -> 2.94 s, paired
differences from -0.29 to +0.20 s, median -0.15 s (six of eight faster).

Again once this text was first committed (fusion's code digest changed: each code on a +20 store fused by itself,
loads of 5.3-7.3): medians 3.31 -> 3.10 s, paired differences from -0.89 to +0.42 s, median -0.20 s (six of eight
faster). `benchmarks/fusion.py --store-only --steps` once after (a load of 8 on 2 cores: wall clock 6.6 min): +20 CPU
3.41 s against a full fusion's 14.05 s (24.3%; 31.1% of a full fusion of a store keeping its features, 10.98 s), the
read 0.36 s under the step timers (0.42-0.47 s in h-inc11's runs), export identical, peak RSS 464 MiB alone and 463
MiB into the store (1.00x).

The narrow read of quotes (the numbers' way) was measured, not made: under the step timers of one +20 fusion (load
~7), what reads every document's quotes costs 0.11 s to validate them, some 0.04 s to fetch and group them, 0.04 s to
resolve their speakers (`Collection._resolved`), 0.03 s for own words and 0.03 s for copy detection's citations: some
0.25 s of 3.1 s, 8%, and it pays only once every one of those steps, the quote blocks (stand-ins on the index, as
numbers have, whose kept keys hold only where the kept resolution says their speaker's actor did not change) and the
accusations and disputes (every quote stating an act) work from what the store keeps per document.

The session after built the narrow read for numbers on that branch (`h-inc11`): a fusion reads the record only of the
numbers whose blocking key is not kept and of the parts it fuses again, a block of numbers not read keeping its facts
on their ids and documents. Exact (random batches; BBC's export), and the read step fell 0.47 -> 0.42 s, but the whole
+20 fusion did not move beyond the machine's noise (alternated ten times on one store: medians 3.17 -> 3.11 s, paired
median +0.01 s; with `h-inc9` under it, 2.52 -> 2.77 s CPU in one run back to back), so neither branch was merged. What
would pay is the read of quotes (0.33 s of the read, parsed for every document) and local actors (0.2 s), which every
collection step and resolution still need whole.

A later session measured every step of the +20 fusion once more (`benchmarks/fusion.py --store-only --steps`, one
run of main's code and one of this session's, back to back on copies of one store, loads of 5-7 on 2 cores; nested
steps inside the step holding them; k: what the 20 new documents touch):

    step                                  full main  +20 main  full now  +20 now  grows with
    read extractions                           0.49      0.37      0.43     0.38  N (every record but the kept numbers)
    document features (read; k computed)       5.64      0.20      4.36     0.21  N read (0.10 s), k computed
    resolve actors                             0.57      0.17      0.42     0.17  N (every local actor, kept rules)
    collection (sources, stories, ...)         0.42      0.25      0.32     0.24  N (credits, own words, signatures)
      copy detection                           0.15      0.06      0.13     0.07  N (one array of sketches)
    blocks                                     0.67      0.26      0.44     0.18  N events and quotes keyed again
    act joins (cluster and join)               2.12      0.39      1.92     0.37  k (act words and blocks reached)
      sides fit                                0.73      0.10      0.42     0.08  k (blocks new to an act word)
      event clusters                           0.33      0.06      0.34     0.06  k (touched event blocks)
      act words' groups                        0.96      0.12      1.07     0.12  k (greedy, words changed)
    same-story matrices                        0.05      0.01      0.06     0.01  k
    blocks fused: events                       0.13      0.04      0.14     0.07  k (touched blocks)
    numbers and quotes: links, parts           3.15      0.30      2.90     0.28  k (new items; whole parts)
    blocks fused: numbers (parts)              0.61      0.13      0.62     0.14  k (touched parts)
    blocks fused: quotes (parts)               0.38      0.04      0.32     0.04  k (touched parts)
    write (compare, changed rows)              1.62      0.28      1.62     0.27  N links compared, k written
    fusion in all (under the step timers)     16.76      3.10     14.20     2.94
    the benchmark's own CPU                   14.72      3.37     13.97     2.89  (22.9% -> 20.7%; export identical)

Outside the step table, each timed alone on a +20 store (collector paused, best of three): the stored fusion's
`fused_blocks` 0.084 s (7.2 MB of JSON now: act words' groups 1.8 MB, quote blocks' rows 1.4, quantity blocks' 1.2,
the kept actor resolution 1.1, the act words' joinable pairs 1.1, the same-story answers 0.5; as text alone 0.012 s),
every fact 0.056 s, the kept item keys 0.049 s, the stored links (the write's compare) 0.032 s, the mention counts
0.056-0.072 s (now read with the local actors, below). In all some 1.5 s of the 2.9 s still grows with N.

What this session changed, each exact (random batches, `tests/test_fusion_incremental.py`; BBC's export identical):

- The events' object classes (`Collection.object_classes`, 471 words of `events.yaml`) are kept among the fused blocks
  (`facts.CLASSES_MEMO`, under fusion's code version, which digests the lexicon): a fusion that reads them does not
  load the 133 KB events lexicon, 0.07-0.15 s CPU in a fresh process, which every fusion paid to class the events it
  keys again. Blocks 0.26 -> 0.18 s; the +20 fusion alternated six times each on one store (load 5.6): CPU medians
  4.02 -> 3.71 s, paired median -0.29 s (four of six faster; the load's spread is some 0.3 s).
- Each local actor's mention count is kept as its document is stored (`local_actors.mentions`, revision 0008,
  counted from the stored mentions on upgrade) and read with the local actors (`Store.extractions(mention_counts=)`),
  not from BBC's 45,028 mention rows: the read with the counts 0.413 -> 0.397 s (eight alternations in one process,
  paired median -0.033 s), too little for the whole fusion to show beyond the load.

Measured and dropped: a lazy parse of `fused_blocks`' traces (parsed when a fusion asks a row) saves nothing as the
code stands: every row is read, a kept quantity or quote block's for its parts' counts (`kept_facts`), a touched
one's old row for its parts (`kept_parts`), each act word's for its groups or, formed again, its pairs' answers
(`join_acts`), each joinable row for its sides (`joinable`), the memos whole; narrowing it needs the rows split
(a block's parts' counts apart from its items' words). Fetching the stored links, features and blocks with `.all()`
rather than row by row: 0-7 ms each (the links 7 ms, the blocks 5 ms, the features none). `import inflect` for the
questions of numbers (`facts.plural_noun`): 0.03 s in a fusion's process (2.3 s in a bare interpreter, most of it
the imports it shares with the rest of storyline).

A later session made the write's link compare grow with the new documents: the kept actor resolution's links follow from
what it keeps (a local actor of several is linked to the actor whose ids hold it, any other to its own id) and a stored
document's local actors never change, so a resolution that read one says how its links differ (`kept_actors.LinkDelta`:
the new documents' links, and those of kept documents linked otherwise, with the actor each was linked to); the store
takes that difference where its links were written with the resolution read (meta `links_by`, written with the links),
else reads and compares every link as before. BBC's +20: the 20's 258 links added, none of the other 22,220 changed; the
write's CPU, main and this code alternated eight times on a +20 store each fused by itself (load 4.4-4.9): medians 0.29
-> 0.24 s, all eight faster (paired median -0.05 s); the whole fusion's medians within the load's noise (3.19 -> 2.99 s,
then 2.97 -> 2.99 s; paired medians -0.13 s and +0.05 s).

The same session kept each document's signature (`Collection.signatures`: its links and the name, kind and country of
the actors they name, its origin and what it copies) with the actor resolution it was made under
(`facts.SIGNATURES_MEMO`, with what it read of each actor of several documents): a fusion whose resolution read that one
makes again only the signatures of the new documents, of those whose links changed, of those naming an actor whose
members changed and whose name, kind or country differs from the kept one (`facts.changed_documents`), and of those
whose origin or copy changed; it reads the others. BBC's +20: 48 of 2,127 made (20 new), every one read equal to one
made again. Main's code and this session's two changes alternated eight times on +20 stores each fused by its own code
(load 4.6-4.9): the collection step's CPU medians 0.27 -> 0.18 s, all eight faster; the write 0.30 -> 0.25 s (the link
compare, above); the whole +20 fusion 3.21 -> 3.09 s (paired median -0.13 s, six of eight faster). Ten more alternations
(load 3.6-4.6): collection 0.26 -> 0.18 s (nine of ten faster), write 0.31 -> 0.27 s (ten of ten), the whole +20 fusion
3.37 -> 3.16 s (paired median -0.11 s, six of ten); `benchmarks/fusion.py --store-only --steps` once after (a load that
made the full fusion 19.0 s CPU, 14.3 s in main's run before it): +20 CPU 3.32 s (17.5%; main 2.86 s, 20.0%), export
identical, peak RSS 1.01x. What of the two steps still grows with N: copy detection's candidates (0.07 s), each
document's sentences and its quotes' speakers and own words; the write's rows of the kept actor resolution (1.1 MB), the
same-story answers (0.5 MB) and these signatures (0.3 MB), each written whole whenever a document is added, and every
fact's rank read.

A later session narrowed the read of quotes the numbers' way. Where the stored quotes' keys were made under the kept
actor resolution the new one resolves against (`Store.quotes_keyed_under`), a fusion reads of a keyed quote its id,
document, key and keyed speaker only (`Store.extractions(unread_quotes=)`); after resolution it reads again only the
documents whose links changed or that hold a quote keyed with an actor whose members changed and whose name, kind or
country differs from the one kept with the documents' signatures (`collection.stale_quote_documents`: BBC's +20, 8 of
2,107; 470 without the actor test, every new document's popular actors gaining members). The others' quotes stand in
their blocks by their kept keys (`collection.UnreadQuote`), a block's words read as its `fused_blocks` row kept them;
a document's quotes (`Collection.quotes`, `Store.quotes_of`, a few queries) are read where a step asks them: the
event blocks fused again (disputes, citations), the parts fused again, the citations of their claims
(`DocumentSource.cites`), and the accusations, now only of the documents telling an act by a side some accusation
block accuses (`accusations.accusing_statements(pairs=)`: 100 documents, 521 otherwise). What reads and cuts those
quotes holds the links and the store's reader, not the collection (a cycle through its bound methods kept every record
until the collector's first pass after fusion: 0.11 s). BBC's +20 reads some 400 of 2,107 documents' quotes.
`benchmarks/fusion.py --store-only --steps`, main's code and this alternated three times each (medians; loads of 4-5):

    step (+20, CPU s)                 main   now
    read extractions                  0.31   0.21  N (local actors, events, documents; quotes' and numbers' keys)
    quotes read by document              -   0.07  the documents of the blocks and parts fused again, accusations
    collection (all)                  0.14   0.10  N (copy detection 0.06 -> 0.04: citations read as claims ask)
    blocks                            0.18   0.14  N (events keyed again; quotes whose key holds stand by it)
    write                             0.23   0.20
    fusion under the step timers      2.45   2.13
    the benchmark's own CPU           2.09   2.12  against a full fusion's 10.19 and 11.18 s (20.6% -> 19.0%; 30.3%
                                                   -> 29.1% of a full fusion keeping its features, 7.91 and 7.28 s)

Export identical in every run; peak RSS 1.02x -> 1.01x of building the 20 alone. The whole +20 fusion alternated six
times on +20 stores each fused by its own code: CPU medians 2.47 -> 2.40 s (paired median -0.11 s, four of six faster):
within the machine's noise, as the narrow read of numbers was. What of the +20 still grows with N: the local actors'
read and resolution (0.14 s), every event keyed again (0.1 s), the quotes' and numbers' index (0.03 s each), copy
detection's candidates, the documents' signatures, the write's memo rows; and the ~400 documents' quotes the fused
blocks reach, read again whole where they are asked.

A later session took two N-wide costs out of the +20 fusion, each exact (export identical to a from-scratch store's;
cluster lines identical): the same-story answers are kept by adding the ones a fusion computed after those it read
(`Stories.kept_answers` through `flattened`, where it read every kept one), not every answer sorted again (BBC's row:
1,314 documents, 18,134 pairs, 13,013 passages' pairs; 32 ms -> 2 ms), and a block's signature is made once per fusion
(`Block.signed`: 4,415 of the 5,426 asked, some 17 ms of the 76 ms making them). `benchmarks/fusion.py --store-only
--steps` before and after (loads of 8 and 11 on 2 cores, the second run beside this session's tests): +20 CPU 2.70 s
against a full fusion's 13.67 s (19.8%; 28.8% of a full fusion keeping its features, 9.38 s), then 3.32 s against 14.12
s; under the step timers 2.54 -> 2.53 s; peak RSS 1.02x. Old and new code alternated eleven times on +20 stores each
fused by its own code: paired differences from -0.47 to +0.34 s, median -0.05 s: the ~50 ms is within the load's noise.
What a profile of the +20 fusion (cProfile, CPU clock) still finds growing with N, besides the steps above: every
block's signature (4,415 digests, ~76 ms), each act-join candidate's clusters rebuilt from the kept members (2,073 of
BBC's event blocks are candidates: nearly all), every event block's loose sides and side signature (`acts.joinable`,
4,721 `loose_sides` calls: twice for a candidate), the standing quotes sorted by id (19,880), every number keyed by its
kept key (13,470 `quantity_key` calls) and the partials attached again (`attach_partials`).

Why the 5% budget stays out of reach (measured on BBC, 20 articles added):

- Steps still read and key the whole collection (about 1.5 s of 3.0 in the narrow read's run above: the read 0.42 s,
  actors 0.17 s, collection 0.23 s, blocks 0.26 s, the write's link compare 0.26 s, and outside the step table some
  0.25 s of the stored fusion read, with the collector paused as in fusion: `fused_blocks` 0.06-0.09 s, every fact
  0.05 s, every document's kept features 0.07 s, the mention counts 0.05 s): reading every extraction but the kept
  numbers (pydantic's validation of the records left from their JSON text, about 0.2 s: 22,478 local actors, which
  resolution reads every one of, each of the 13,028 distinct records validated once, some 0.05 s; 19,921 quotes, 0.11
  s, which a collection's quote blocks, copy detection's citations and own words read of every document; 3,775
  events, 0.03 s; and some 0.1 s fetching, grouping and ordering them), resolving actors (`actors.py`: resolution is
  not monotonic, a second `Biden` full name unlinks every surname-only `Biden`; against a kept resolution,
  `kept_actors.py`, which still reads every local actor), copy detection's candidates (one array of every sketch;
  only the pairs new to a fusion are compared, `facts.COPY_MEMO`), each document's signature and own words, event and
  quote block keys (derived again each fusion: see above), and outside the step table the stored fusion itself
  (`fused_blocks` rows, 3.8 MB of JSON; every fact; every mention, counted for resolution).
  Reading only the touched blocks' records needs, in turn, the events' and quotes' keys kept per record (done:
  `events.block`, `quotes.block`, above), a fusion telling before its blocks which of those keys still hold (the
  kept resolution, `kept_actors.py`, says which local actors it links anew; an item keyed with an actor whose members
  changed, or of a document whose links changed, is keyed again: the comparison `fusion_rows.write_item_blocks` makes
  at the write, made before the blocks), and every step that now reads the records of every document made to read
  those of the touched blocks' documents only (done for numbers, above: their keys need no resolution). Those steps,
  found reading this code: copy detection's citations (`sources.document_citations`:
  every document's quotes naming an outlet), every document's own words (`collection.own_words`: a quote is cut
  where a quote of another speaker starts inside it), the accusations (`accusations.accusing_statements`: every
  quote stating an asserted hostile act of its document, for any accusation block), the blocks themselves (a one-
  sided event attaches to the full block of its side that most documents tell, `facts.attach_partials`, which reads
  every block's size, which the index can count in SQL; numbers of an unasked question join the one question asked
  of their item, `facts.attach_unasked`, which reads every key: done, from the index), the act joins
  (`facts.joined_clusters`: the clusters of every block an act word may join, rebuilt from their members), the blame
  links (`blame.blame_conflicts`: every event by id) and the units (`units.link_units`: done, the numbers' units
  from their keys). An untouched block then keeps its facts on its members' ids and documents' signatures, both read
  from the index without its records (as a quantity block now does).
  What is left of the 5%: the +20 fusion at 2.75-2.92 s CPU is 20-24% of a full fusion's 12.0-14.7 s (the load's
  spread); 5% is some 0.7 s, about what the steps that grow with the new documents cost now (features of the 20, act
  joins, links and parts, blocks fused: 1.0 s under the step timers), so even a read of the touched records only,
  with every N-wide step above gone, leaves the budget at some 7-8% until those shrink too. Measured again on this
  session's code (the table above): 2.89 s CPU against 13.97 s (20.7%); the steps that grow with k still hold about
  1.0 s (the 20's features 0.1, act joins 0.37, links and parts 0.28, blocks fused 0.25) and those that grow with N
  about 1.5 s, so the order of work is unchanged: the narrow read of quotes and of local actors first (0.38 s read,
  0.17 s resolution, 0.24 s collection, 0.18 s blocks), then the act joins' greedy passes.
- Act joins (0.3 s) still redo whole event blocks and act words: both the clustering of a block (`cluster_events`)
  and the forming of an act word's groups (`join_acts`, most told clusters first) are greedy over an order that an
  added item changes; an order-free rule (groups as connected parts of pairwise links) would change ECB+'s act
  figures, untried. A word formed again reads the pairs' answers its last forming asked (`acts.PairMemo`: 1,223 of
  some 21,000 computed when 20 BBC articles are added), so what is left of its cost is the greedy pass itself and
  the clusters' signatures.
- The numbers' and quotes' step scores the new items against those sharing a word or figure with them only
  (`clustering.partners`), but still reads every item of a touched block to find them (its words kept in its
  `fused_blocks` row), and a touched part is clustered again whole (`quantity|percent`'s largest, 486 numbers): an
  index of the block's stems kept in the store would make the finding grow with the new items only.
"""

from __future__ import annotations

import json
from base64 import b64decode, b64encode
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from hashlib import sha1
from pathlib import Path
from sys import intern

import numpy as np
from datasketch import MinHash

from storyline.fuse.lexical import content_stems, sentence_spans, shingles
from storyline.fuse.sources import MINHASH_PERMUTATIONS, Outlet, minhash_template, sketch_of, text_credits
from storyline.fuse.stories import vector_rows
from storyline.model import Document
from storyline.resources import RESOURCES

FUSE = Path(__file__).parent

FEATURES_VERSION = 4
"""Bumped whenever what `document_features` computes changes: stored features of another version are recomputed."""
FEATURES_CODE = ("incremental.py", "lexical.py", "sources.py", "stories.py")
FEATURES_LEXICONS = ("english_stopwords.yaml", "fusion.yaml", "organizations.yaml", "story_df.tsv")
"""The code and lexicons features are computed with (`features_version`)."""


@cache
def features_version() -> str:
    """`FEATURES_VERSION` with a digest of the code and lexicons features are computed with: features kept by
    another version (a stopword added, a credit pattern changed) are computed again, never read stale."""
    digest = sha1()
    for path in [*(FUSE / name for name in FEATURES_CODE), *(RESOURCES / name for name in FEATURES_LEXICONS)]:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return f"{FEATURES_VERSION}:{digest.hexdigest()[:16]}"


@dataclass
class DocumentFeatures:
    """What fusion reads of one document's text."""

    sketch: Sequence[int] | None
    """MinHash hash values of the text's word shingles; None for a text without any."""
    kept_stems: dict[str, int] | str
    """Content-word stem → count, in order of first occurrence (`stories.Stories`); as the store keeps them (their
    JSON) until `stems` is first asked: a fusion asks the stems of the few documents whose vectors it computes,
    and of the others only how many content words they hold (`words`)."""
    credits: tuple[Outlet | None, tuple[Outlet, ...]]
    """The outlet the text credits as its origin, and its contributors (`sources.text_credits`)."""
    sentences: list[tuple[int, int]] | None = None
    """Sentence offsets (`lexical.sentence_spans`): fusion's sentences of a document read without its own."""
    words: int | None = None
    """How many content words the text holds (the stems' counts summed: `Stories.short`)."""
    kept_row: tuple[np.ndarray, np.ndarray] | str | None = None
    """The text's vector as `Stories.row` computes it from the stems (`stories.vector_rows`), or its stored form
    (`encode_row`) until `row` is first asked; None where not computed."""

    def __post_init__(self) -> None:
        if self.words is None and isinstance(self.kept_stems, dict):
            self.words = sum(self.kept_stems.values())

    @property
    def row(self) -> tuple[np.ndarray, np.ndarray] | None:
        """The text's vector: its stems' keys in order and their weights, the very floats `Stories` computes."""
        if isinstance(self.kept_row, str):
            self.kept_row = decode_row(self.kept_row)
        return self.kept_row

    @property
    def stems(self) -> dict[str, int]:
        """Content-word stem → count, in order of first occurrence, each stem one string every document shares."""
        if isinstance(self.kept_stems, str):
            self.kept_stems = {intern(stem): count for stem, count in json.loads(self.kept_stems).items()}
        return self.kept_stems

    def to_data(self) -> dict:
        origin, contributors = self.credits
        return {
            "version": features_version(),
            "sketch": None if self.sketch is None else [int(v) for v in self.sketch],
            # one string, not an object: reading the row leaves it unparsed until a fusion asks (`stems`)
            "stems": self.kept_stems if isinstance(self.kept_stems, str) else json.dumps(
                self.kept_stems, ensure_ascii=False, separators=(",", ":")),
            "words": self.words,
            "row": self.kept_row if isinstance(self.kept_row, str) or self.kept_row is None else encode_row(
                self.kept_row),
            "origin": [origin.key, origin.name] if origin else None,
            "contributors": [[c.key, c.name] for c in contributors],
            "sentences": None if self.sentences is None else [list(span) for span in self.sentences],
        }

    @classmethod
    def from_data(cls, data: Mapping) -> DocumentFeatures | None:
        """The features stored as `data`, or None where another version of this code stored them."""
        if data.get("version") != features_version():
            return None
        origin = Outlet(*data["origin"]) if data.get("origin") else None
        sketch = data.get("sketch")
        # read into the forms that take least memory for the whole collection: the sketch as one array (not
        # 128 Python ints), the stems as their JSON until asked (then each one string shared by every document
        # that has it)
        return cls(None if sketch is None else np.array(sketch, dtype=minhash_template().hashvalues.dtype),
                   data["stems"], (origin, tuple(Outlet(*c) for c in data.get("contributors", []))),
                   [(start, end) for start, end in data["sentences"]] if data.get("sentences") is not None else None,
                   data["words"], data.get("row"))

    def minhash(self) -> MinHash | None:
        if self.sketch is None:
            return None
        template = minhash_template()
        return MinHash(num_perm=MINHASH_PERMUTATIONS, hashvalues=self.sketch, permutations=template.permutations,
                       scheme=template.scheme)


def encode_row(row: tuple[np.ndarray, np.ndarray]) -> str:
    """A vector (`DocumentFeatures.row`) as the store keeps it: its keys' and weights' bytes (little-endian 64-bit
    integers, then floats) in base64, every float exactly as computed."""
    keys, weights = row
    return b64encode(keys.astype("<i8").tobytes() + weights.astype("<f8").tobytes()).decode("ascii")


def decode_row(text: str) -> tuple[np.ndarray, np.ndarray]:
    """The vector `encode_row` stored."""
    raw = b64decode(text)
    half = len(raw) // 2
    return (np.frombuffer(raw[:half], dtype="<i8").astype(np.int64),
            np.frombuffer(raw[half:], dtype="<f8").astype(np.float64))


class KeptRows(Mapping):
    """Document id → its vector where features computed it (`DocumentFeatures.row`), decoded when first asked."""

    def __init__(self, features: Mapping[str, DocumentFeatures]):
        self.features = features

    def __getitem__(self, doc: str) -> tuple[np.ndarray, np.ndarray] | None:
        return self.features[doc].row

    def __iter__(self):
        return iter(self.features)

    def __len__(self) -> int:
        return len(self.features)


class KeptStems(Mapping):
    """Document id → its stems (`DocumentFeatures.stems`), each document's parsed when first asked."""

    def __init__(self, features: Mapping[str, DocumentFeatures]):
        self.features = features

    def __getitem__(self, doc: str) -> dict[str, int]:
        return self.features[doc].stems

    def __iter__(self):
        return iter(self.features)

    def __len__(self) -> int:
        return len(self.features)


def document_features(document: Document) -> DocumentFeatures:
    """Sketch, stems, credits and sentences of a document's text, as `sources.py`, `stories.py` and
    `collection.py` compute them."""
    minhash = sketch_of(shingles(document.text))
    sketch = None if minhash is None else minhash.hashvalues.copy()
    stems = dict(Counter(intern(s) for s in content_stems(document.text)))
    return DocumentFeatures(sketch, stems, text_credits(document.text), sentence_spans(document.text),
                            kept_row=vector_rows([stems])[0])


def features_data(document: Document) -> dict:
    """`document_features` as the store keeps them (`DocumentFeatures.to_data`): a build computes them where it
    extracts the document (its worker processes, `extract_documents(beside=)`) and stores them with it, so its
    fusion reads them instead of computing them on one core while the workers wait."""
    return document_features(document).to_data()
