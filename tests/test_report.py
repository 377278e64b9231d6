"""The HTML dossier: offline, escaped, every item linked to its exact highlighted evidence."""

from __future__ import annotations

import base64
import gzip
import json
import re
from html.parser import HTMLParser

import pytest
from plotly.offline import get_plotlyjs

from storyline.model import Actor, Conflict, Document, Event, Export, Fact, Quantity, Quote, When
from storyline.report import render_dossier, write_dossier
from storyline.report.anchors import Span, anchor_id, highlight

WIRE = (
    "Iran denied supplying drones to Russia. "
    '"We have never sent a single drone," Foreign Minister Amir-Abdollahian said on Monday. '
    "US officials said Russia received more than 400 drones from Iran in August. "
    "A reader comment read <script>alert(1)</script> and was removed."
)
COPY = (
    "Citing the wire, the site wrote that Russia received more than 400 drones from Iran. "
    "Kyiv says it shot down 300 drones."
)
MIRROR = "Mirror: US officials said Russia received more than 400 drones from Iran in August."
LOCAL = "Ukraine's air force said it downed 250 drones over the weekend, according to the BBC."


def _at(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def _export() -> Export:
    """Four articles, one of them with an id full of `/` and `#`, and one conflict."""
    docs = [
        Document(
            id="wire/001.txt",
            title="Iran denies drone supply",
            outlet="Wire",
            published="2022-10-17",
            url="https://example.org/wire/1",
            text=WIRE,
        ),
        Document(
            id="site#2",
            title="Russia got 400 drones",
            outlet="Copy Site",
            published="2022-10-18",
            url="javascript:alert(2)",
            text=COPY,
        ),
        Document(id="mirror.txt", title="Mirror <script>alert(3)</script>", outlet="Mirror", text=MIRROR),
        Document(id="local.txt", title="Air force tally", outlet="Local", published="2022-10-20", text=LOCAL),
    ]
    actors = [
        Actor(
            id="IRN", name="Iran", kind="country", country="IRN", sector="GOV", aliases=["Iran"], mentions=4
        ),
        Actor(id="RUS", name="Russia", kind="country", country="RUS", aliases=["Russia"], mentions=3),
        Actor(
            id="amir-abdollahian",
            name="Hossein Amir-Abdollahian",
            kind="person",
            country="IRN",
            roles=["Foreign Minister"],
            mentions=1,
        ),
        Actor(id="UKR", name="Ukraine", kind="country", mentions=2, aliases=["Kyiv", "Ukraine's air force"]),
    ]
    q1, q2 = _at(WIRE, "We have never sent a single drone"), _at(WIRE, "Amir-Abdollahian")
    q3 = _at(WIRE, "Russia received more than 400 drones from Iran in August")
    quotes = [
        Quote(
            id="wire/001.txt#q1",
            doc="wire/001.txt",
            speaker="amir-abdollahian",
            speaker_text="Amir-Abdollahian",
            speaker_start=q2[0],
            speaker_end=q2[1],
            cue="said",
            text=WIRE[q1[0] : q1[1]],
            direct=True,
            stance="deny",
            start=q1[0],
            end=q1[1],
        ),
        Quote(
            id="wire/001.txt#q2",
            doc="wire/001.txt",
            speaker=None,
            cue="said",
            text=WIRE[q3[0] : q3[1]],
            direct=False,
            start=q3[0],
            end=q3[1],
        ),
    ]
    n1, n2 = _at(WIRE, "more than 400 drones"), _at(COPY, "more than 400 drones")
    n3, n4 = _at(COPY, "300 drones"), _at(LOCAL, "250 drones")
    quantities = [
        Quantity(
            id="wire/001.txt#n1",
            doc="wire/001.txt",
            text="more than 400 drones",
            low=400,
            item="drone",
            start=n1[0],
            end=n1[1],
        ),
        Quantity(
            id="site#2#n1",
            doc="site#2",
            text="more than 400 drones",
            low=400,
            item="drone",
            start=n2[0],
            end=n2[1],
        ),
        Quantity(
            id="site#2#n2",
            doc="site#2",
            text="300 drones",
            low=300,
            high=300,
            item="drone",
            start=n3[0],
            end=n3[1],
        ),
        Quantity(
            id="local.txt#n1",
            doc="local.txt",
            text="250 drones",
            low=250,
            high=250,
            item="drone",
            start=n4[0],
            end=n4[1],
        ),
    ]
    s1 = _at(WIRE, "Iran denied supplying drones to Russia.")
    s2 = _at(WIRE, "US officials said Russia received more than 400 drones from Iran in August.")
    s3 = _at(COPY, "Citing the wire, the site wrote that Russia received more than 400 drones from Iran.")
    s4 = _at(MIRROR, "US officials said Russia received more than 400 drones from Iran in August.")
    events = [
        Event(
            id="wire/001.txt#e1",
            doc="wire/001.txt",
            type="AID",
            context=["military"],
            source="IRN",
            target="RUS",
            object="drones",
            status="denied",
            start=s1[0],
            end=s1[1],
            reason="aid.supply via dobj",
        ),
        Event(
            id="wire/001.txt#e2",
            doc="wire/001.txt",
            type="AID",
            context=["military"],
            source="IRN",
            target="RUS",
            object="drones",
            quantity="wire/001.txt#n1",
            start=s2[0],
            end=s2[1],
            when=When(start="2022-08-01", end="2022-08-31", text="in August"),
            reported_by="USA",
        ),
        Event(
            id="site#2#e1",
            doc="site#2",
            type="AID",
            source="IRN",
            target="RUS",
            object="drones",
            quantity="site#2#n1",
            start=s3[0],
            end=s3[1],
        ),
        Event(
            id="mirror.txt#e1",
            doc="mirror.txt",
            type="AID",
            source="IRN",
            target="RUS",
            object="drones",
            start=s4[0],
            end=s4[1],
        ),
    ]
    facts = [
        Fact(
            id="f-local",
            kind="quantity",
            summary="Ukraine downed 250 drones",
            members=["local.txt#n1"],
            documents=["local.txt"],
            independent_sources=1,
            first_published="2022-10-20",
            last_published="2022-10-20",
        ),
        Fact(
            id="f/aid#1",
            kind="event",
            summary="Iran → Russia: AID (military): drones",
            members=["wire/001.txt#e1", "wire/001.txt#e2", "site#2#e1", "mirror.txt#e1"],
            documents=["wire/001.txt", "site#2", "mirror.txt"],
            independent_sources=1,
            first_published="2022-10-17",
            last_published="2022-10-18",
            origins=["site#2 ← wire/001.txt (Citing the wire)"],
        ),
        Fact(
            id="f-count",
            kind="quantity",
            summary="Drones shot down over Ukraine",
            members=["site#2#n2", "local.txt#n1"],
            documents=["site#2", "local.txt"],
            independent_sources=2,
            conflicts=[
                Conflict(a="site#2#n2", b="local.txt#n1", why="300 vs 250 drones downed", kind="incompatible")
            ],
        ),
    ]
    return Export(
        documents=docs, actors=actors, quotes=quotes, events=events, quantities=quantities, facts=facts
    )


class Marks(HTMLParser):
    """Collects each mark's text by id and by `data-span`, and checks marks nest properly."""

    def __init__(self) -> None:
        super().__init__()
        self.open: list[tuple[str | None, str | None]] = []
        self.by_id: dict[str, str] = {}
        self.by_span: dict[str, str] = {}
        self.ids: set[str] = set()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"])
        if tag == "a" and a.get("href"):
            self.hrefs.append(a["href"])
        if tag == "mark":
            self.open.append((a.get("id"), a.get("data-span")))
            for key, table in ((a.get("id"), self.by_id), (a.get("data-span"), self.by_span)):
                if key:
                    table.setdefault(key, "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark":
            assert self.open, "a </mark> closes nothing"
            self.open.pop()

    def handle_data(self, data: str) -> None:
        for mark_id, span in self.open:
            if mark_id:
                self.by_id[mark_id] += data
            if span:
                self.by_span[span] += data


@pytest.fixture(scope="module")
def export() -> Export:
    return _export()


@pytest.fixture(scope="module")
def html(export: Export) -> str:
    return render_dossier(export, title="Iranian drones")


@pytest.fixture(scope="module")
def marks(html: str) -> Marks:
    parser = Marks()
    parser.feed(html)
    parser.close()
    assert not parser.open, "unclosed <mark>"
    return parser


def test_one_offline_file_with_plotly_inlined_once(html: str) -> None:
    assert html.lstrip().lower().startswith("<!doctype html>")
    assert html.count("<html") == 1
    external = re.findall(
        r"<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)\s*=\s*[\"']?(?:https?:)?//", html, re.I
    )
    assert external == []
    (packed,) = re.findall(r'<script type="application/x-storyline-gzip-base64" id="plotlyjs">([^<]*)</script>', html)
    assert gzip.decompress(base64.b64decode(packed)).decode("utf-8") == get_plotlyjs()  # inlined once, packed
    assert 'id="timeline-plot"' in html and 'id="network-plot"' in html
    for name in ("timeline", "network"):
        figure = re.search(rf'<script type="application/json" id="{name}-figure">(.*?)</script>', html, re.S).group(1)
        assert json.loads(figure)["data"], f"the {name} figure has no traces"


def test_every_item_is_marked_at_its_exact_offsets(export: Export, marks: Marks) -> None:
    texts = {d.id: d.text for d in export.documents}
    items = [("quote", export.quotes), ("event", export.events), ("quantity", export.quantities)]
    for kind, records in items:
        for item in records:
            anchor = anchor_id(kind, item.id)
            assert anchor in marks.by_id, anchor
            assert marks.by_id[anchor] == texts[item.doc][item.start : item.end]
    speaker = export.quotes[0]
    assert marks.by_id[anchor_id("speaker", speaker.id)] == "Amir-Abdollahian"


def test_every_internal_link_resolves(marks: Marks, export: Export) -> None:
    internal = [h[1:] for h in marks.hrefs if h.startswith("#")]
    assert all(target in marks.ids for target in internal), set(internal) - marks.ids
    linked = set(internal)
    for kind, records in (
        ("quote", export.quotes),
        ("event", export.events),
        ("quantity", export.quantities),
    ):
        assert {anchor_id(kind, item.id) for item in records} <= linked


def test_untrusted_text_is_escaped(html: str) -> None:
    assert "<script>alert(" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # in the article
    assert "Mirror &lt;script&gt;alert(3)&lt;/script&gt;" in html  # in a title
    assert 'href="javascript:' not in html


def test_conflicts_are_listed_with_both_sides(html: str) -> None:
    section = html[html.index('<section id="conflicts">') : html.index('<section id="timeline">')]
    assert "300 vs 250 drones downed" in section
    assert "incompatible" in section
    assert "300 drones" in section and "250 drones" in section
    assert "Copy Site" in section and "Local" in section
    assert f'href="#{anchor_id("quantity", "site#2#n2")}"' in section
    assert f'href="#{anchor_id("quantity", "local.txt#n1")}"' in section


def test_facts_rank_by_independent_sources_and_flag_circular_reporting(html: str) -> None:
    section = html[html.index('<section id="facts">') : html.index('<section id="conflicts">')]
    assert section.index("Drones shot down over Ukraine") < section.index("Iran → Russia: AID")
    assert section.index("Iran → Russia: AID") < section.index("Ukraine downed 250 drones")
    circular = section[section.index(f'id="{anchor_id("fact", "f/aid#1")}"') :]
    circular = circular[: circular.index("</article>")]
    assert "circular reporting" in circular
    assert "3 articles, <strong>1 independent source</strong>" in circular
    assert "site#2 ← wire/001.txt" in circular


def test_deny_and_reason_are_shown(html: str) -> None:
    assert "stance-deny" in html and "denies" in html
    assert "aid.supply via dobj" in html
    assert "status-denied" in html


def test_crossing_spans_nest_and_keep_their_text() -> None:
    text = "alpha beta <gamma> delta"
    spans = [Span(0, 10, "a", "event"), Span(6, 18, "b", "quote"), Span(6, 10, "c", "quantity")]
    parser = Marks()
    parser.feed(str(highlight(text, spans)))
    assert not parser.open
    assert parser.by_id["a"] == "alpha beta"
    assert parser.by_id["c"] == "beta"
    assert parser.by_span["b"] == text[6:18]  # cut at a's end, continued in a second piece
    assert "<gamma>" not in str(highlight(text, spans))


def test_bad_offsets_get_no_mark_and_no_link(export: Export) -> None:
    broken = export.model_copy(deep=True)
    broken.quantities[0].end = 10_000
    html = render_dossier(broken)
    assert f'id="{anchor_id("quantity", broken.quantities[0].id)}"' not in html
    assert f'href="#{anchor_id("quantity", broken.quantities[0].id)}"' not in html


def test_anchor_ids_are_safe_and_distinct() -> None:
    ids = [anchor_id("quote", raw) for raw in ("a/b", "a#b", "a-b", "a b")]
    assert len(set(ids)) == 4
    assert all(re.fullmatch(r"[A-Za-z0-9_-]+", i) for i in ids)


def test_empty_export_renders(tmp_path) -> None:
    html = render_dossier(Export())
    assert "Storyline dossier" in html
    assert "No cross-document facts." in html and "Nothing in this export has a date" in html
    assert 'id="plotlyjs"' not in html and 'id="timeline-figure"' not in html
    path = write_dossier(Export(), tmp_path / "out" / "empty.html", title="Empty")
    assert "<title>Empty</title>" in path.read_text(encoding="utf-8")


def test_undated_export_gets_a_note_not_an_empty_timeline(export: Export) -> None:
    undated = export.model_copy(deep=True)
    for fact in undated.facts:
        fact.first_published = fact.last_published = None
    for event in undated.events:
        event.when = None
    html = render_dossier(undated)
    assert "Nothing in this export has a date" in html
    assert 'id="timeline-plot"' not in html and 'id="network-plot"' in html


def test_chronology_lists_dated_events_in_time_order_with_their_evidence(export: Export) -> None:
    dated = export.model_copy(deep=True)
    dated.events[2].when = When(start="2022-07-19", end="2022-07-19", text="on July 19")
    html = render_dossier(dated)
    chronology = html[html.index('id="chronology"'):]
    chronology = chronology[: chronology.index("</details>")]
    assert "2 dated events" in chronology
    assert chronology.index("2022-07-19") < chronology.index("2022-08-01 – 2022-08-31")
    assert "on July 19" in chronology and "in August" in chronology
    assert f'href="#{anchor_id("event", "site#2#e1")}"' in chronology


def test_title_is_derived_from_the_most_mentioned_actors(export: Export) -> None:
    assert "<h1>Iran · Russia · Ukraine</h1>" in render_dossier(export)


def test_a_quote_its_cue_interrupts_shows_the_words_said_not_the_cue() -> None:
    text = '"NATO is a dangerous entity," the ayatollah said. "It wants war."'
    piece = _at(text, "NATO is a dangerous entity")
    whole = _at(text, 'NATO is a dangerous entity," the ayatollah said.')
    quote = Quote(id="d#q1", doc="d", cue="said", text=text[whole[0]:whole[1]], direct=True,
                  start=whole[0], end=whole[1], parts=[piece])
    assert quote.said() == "NATO is a dangerous entity"
    plain = Quote(id="d#q2", doc="d", cue="said", text="It wants war.", direct=True, start=51, end=64)
    assert plain.said() == "It wants war."
    export = Export(documents=[Document(id="d", text=text)], quotes=[quote, plain])
    html = render_dossier(export)
    assert "“NATO is a dangerous entity”" in html and "the ayatollah said.”" not in html
