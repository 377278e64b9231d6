"""RSS and Atom feeds: each item a document with its metadata; items without text reported."""

from __future__ import annotations

from storyline.ingest import Problem, read_inputs

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Harbour Gazette</title>
  <link>https://gazette.example/</link>
  <item>
    <title>Ferry strike ends</title>
    <link>https://gazette.example/ferry</link>
    <guid>https://gazette.example/?p=101</guid>
    <pubDate>Tue, 03 Sep 2024 08:00:00 GMT</pubDate>
    <description>Short teaser.</description>
    <content:encoded><![CDATA[<p>The ferry union <b>ended</b> its strike on Monday.</p>
      <script>track()</script><p>Talks with the port authority resume next week.</p>]]></content:encoded>
  </item>
  <item>
    <title>Council vote delayed</title>
    <link>https://gazette.example/council</link>
    <pubDate>Wed, 04 Sep 2024 09:30:00 GMT</pubDate>
    <description>&lt;p&gt;The city council delayed its budget vote by a month.&lt;/p&gt;</description>
  </item>
  <item><title>Photo gallery</title><link>https://gazette.example/photos</link></item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Valley Wire</title>
  <entry>
    <title>Bridge reopens</title>
    <id>tag:valley.example,2024:bridge</id>
    <link href="https://valley.example/bridge"/>
    <updated>2024-09-05T10:00:00Z</updated>
    <content type="html">&lt;p&gt;The river bridge reopened after repairs.&lt;/p&gt;</content>
  </entry>
</feed>
"""


def _read(paths):
    items = list(read_inputs([str(p) for p in paths], max_text_bytes=5_000_000))
    return [i for i in items if not isinstance(i, Problem)], [i for i in items if isinstance(i, Problem)]


def test_rss_items_become_documents_with_their_metadata(tmp_path):
    (tmp_path / "gazette.rss").write_text(RSS, encoding="utf-8")
    docs, problems = _read([tmp_path / "gazette.rss"])
    assert [d.title for d in docs] == ["Ferry strike ends", "Council vote delayed"]
    ferry, council = docs
    assert ferry.text == "The ferry union ended its strike on Monday.\nTalks with the port authority resume next week."
    assert "track()" not in ferry.text and "teaser" not in ferry.text
    assert (ferry.id, ferry.url, ferry.outlet, ferry.published) == (
        "https://gazette.example/?p=101", "https://gazette.example/ferry", "Harbour Gazette", "2024-09-03")
    assert council.id == "https://gazette.example/council" and council.published == "2024-09-04"
    assert council.text == "The city council delayed its budget vote by a month."
    (problem,) = problems
    assert "gazette.rss" in str(problem) and "has no text" in str(problem)


def test_atom_entries_and_a_folder_of_feeds(tmp_path):
    (tmp_path / "valley.atom").write_text(ATOM, encoding="utf-8")
    (tmp_path / "gazette.xml").write_text(RSS, encoding="utf-8")
    docs, _ = _read([tmp_path])
    assert {d.outlet for d in docs} == {"Harbour Gazette", "Valley Wire"}
    bridge = next(d for d in docs if d.title == "Bridge reopens")
    assert bridge.id == "tag:valley.example,2024:bridge" and bridge.published == "2024-09-05"


def test_an_xml_file_that_is_no_feed_is_a_reported_problem(tmp_path):
    (tmp_path / "sitemap.xml").write_text("<urlset><url><loc>x</loc></url></urlset>", encoding="utf-8")
    docs, problems = _read([tmp_path / "sitemap.xml"])
    assert docs == []
    assert "sitemap.xml" in str(problems[0]) and "not an RSS or Atom feed" in str(problems[0])
