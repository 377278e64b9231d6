"""Quotes: who said what, as direct quotation or reported speech, inside one document.

(No `from __future__ import annotations` here: spaCy validates factory signatures at run time.)

Candidates come from two sides. Quotation marks are paired over the raw text (`find_quotations`:
straight, curly and single marks, paragraph continuations, never raising on unbalanced marks).
Reporting cues come from the parse: verbs (`said`, `told reporters`, `denied`), statement nouns
(`denials by X that ...`) and hearsay markers (`according to X`), all listed in
`resources/quotes.yaml`. A quotation takes the cue next to it (`"...," he said`, `X said: "..."`),
the cue that introduces its paragraph with a colon, any verb that alone with its speaker ends the quotation's
sentence (`"...," opined the Plain Dealer`), or the speaker of the quotation it continues. One quotation is one
quote: interrupted by its cue (`"A," she said, "B."`) or left open at a paragraph's end and reopened at the next,
its pieces are its `parts`; resumed in a new sentence after its cue (`"A," she said. "B."`) it is a second quote
that `continues` the first (the storyline gold's convention; PolNeAR counts one, `join_sentences`), the first spans
its attribution's sentence (`A," she said.`, its words in `parts`), as an interrupted quotation spans its cue, or the
second spans it instead (`she said. "B.`) where B is the longer and neither alone is most of the quotation; within
one paragraph the longest of them spans the whole quotation (`A," she said. "B`, all pieces in `parts`:
`span_resumed`), the one attribution news reading counts.
A cue whose content is not just a quotation gives reported speech; fragments in quotation marks
(scare quotes, `so-called "morality police"`) count only inside such content.

Cues inside a quotation that report someone else (`"..., officials said, ..."`, `"... a
step Oslo keeps ruling out"`) give that party's statements: a quoted report is cut into what each of its
sources said, relayed by the report; a person's quotation keeps its words and adds the claim.

Before attribution, speaker phrases the parse got wrong are mended (`repair_speakers`): a name between a
quotation's closing mark and its cue, a document's issuer (`X released a statement saying`), the reporter of a
clause a later verb was coordinated with. A speaker in a relative clause is exported through its pronoun (`Jane
Roe, who said`), and several parties agreeing at once (`both sides agreed`) make a pact, not a quote. A participle
the parse gave its addressee (`emailed supporters saying`) or a subject that holds no views (`said the case reminds
him of Y, explaining`) is the reporter's, and a share of those polled speaks through the poll (`In a new poll, 55
percent said`). A cue the parse left without a subject takes the speaker from the words around it (`"...," said
Jane Roe` with the name parsed as a modifier, `Jane Roe, 44, said` with the name an apposition, `X pivoted to
arguing`), as attribution corpora (PolNeAR) mark the source next to the cue. A pronoun standing for the subject
of the verb whose clause holds the cue gives way to that subject, and a coordinated clause takes the subject the
parse left out (`speaker_owners.py`).

Some attributions have other shapes (`shapes.py`): a title the parse could not read (`Trump Calls On Obama To
Resign`) is read by its words, and a name before a colon introduces the quotation after it (`From the report: "..."`).
Where the `glosses` and `sourceless` settings are on (`STORYLINE_WIDE_ATTRIBUTIONS`: PolNeAR's convention, not the
storyline gold's), a reporter's gloss (`"...," he said, referring to X`) is the speaker's quote too, and attributions
without a source (`X seems to Y`, `X is expected to Y`, `it is unclear whether X`: `sourceless.py`) are quotes with
no speaker.

Speakers resolve to document-local actors (`speaker_actors.py`) through `doc._.mentions`; pronouns and role nouns
(`he`, `the spokesman`, `the ministry`) go to the last compatible speaker or subject (`he`/`she` by
the gender the document gives the person, `the committee` only to a `... Committee`), and a lede's
unnamed speaker (`A senior diplomat said`) to the person the next sentence introduces, or to the body its
modifiers name (`an AFP journalist`, `a Thai army spokesman`, `a navy spokesperson` after `Peru's navy said`).
"""

from storyline.nlp.quotes.component import QuoteFinder, make_quote_finder, quote_covering
from storyline.nlp.quotes.marks import Quotation, find_quotations

__all__ = ["QuoteFinder", "Quotation", "find_quotations", "make_quote_finder", "quote_covering"]
