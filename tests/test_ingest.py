"""storyline.ingest: arguments, formats, sidecars, ids, duplicates and every kind of bad input."""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path

import pytest

from storyline.ingest import Problem, read_inputs
from storyline.ingest.dates import normalize_date
from storyline.ingest.paragraphs import repeated_paragraphs
from storyline.model import Document

CORPUS = Path("/work/shared/corpus")
TAIWAN = CORPUS / "dev-taiwan-drills-2022-08"
LATIN1_FILE = CORPUS / "bbc-news/bbc/sport/199.txt"

ARTICLE = (
    "Heavy rain flooded several villages along the river valley on Thursday.\n"
    "The regional emergency service said it was tracking water levels and that rescue crews were standing by.\n"
    "Officials said five of the bridges had been closed to traffic.\n"
)
FRENCH = (
    "De fortes pluies ont inondé jeudi plusieurs villages de la vallée, au lendemain d'une tempête qui a "
    "traversé toute la région. Le service régional des secours a indiqué qu'il suivait le niveau de l'eau "
    "et que ses équipes étaient prêtes à intervenir. Les autorités ont fermé cinq ponts à la circulation et "
    "ont demandé aux habitants d'éviter les routes de montagne. La pluie devrait durer jusqu'à dimanche.\n"
)
NOT_ENGLISH = "not English (storyline reads English news)"
UNDECODABLE = "cannot decode text (not UTF-8 and no encoding detected)"
PAGE = """<!DOCTYPE html><html><head><title>Floods cut off valley villages | Example News</title>
<meta property="og:title" content="Floods cut off valley villages">
<meta property="og:site_name" content="Example News">
<meta property="og:url" content="https://example.com/news/floods">
<meta property="article:published_time" content="2022-08-04T10:00:00Z">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Floods cut off valley villages</h1>
<p>Heavy rain flooded several villages along the river valley on Thursday, a day after a storm crossed
the region.</p>
<p>The regional emergency service said it was tracking water levels and that rescue crews were standing by,
according to a notice posted late on Thursday.</p>
<p>Officials said five of the bridges were closed to traffic, and asked residents to stay off mountain
roads until the weekend.</p>
</article><footer>Copyright 2022</footer></body></html>
"""


def read(*args: str | Path, stdin: str | None = None, **kwargs) -> list[Document | Problem]:
    stream = io.StringIO(stdin) if stdin is not None else None
    return list(read_inputs([str(arg) for arg in args], stdin=stream, **kwargs))


def documents(items: list) -> list[Document]:
    return [item for item in items if isinstance(item, Document)]


def problems(items: list) -> list[Problem]:
    return [item for item in items if isinstance(item, Problem)]


def only_problem(items: list) -> Problem:
    assert len(items) == 1 and isinstance(items[0], Problem), items
    return items[0]


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8", newline="")
    return path


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# Arguments and ids


def test_folder_is_read_recursively_in_sorted_order_with_relative_ids(tmp_path: Path) -> None:
    write(tmp_path / "corpus/sport/002.txt", "Sport story.\n")
    write(tmp_path / "corpus/politics/001.txt", "Politics story.\n")
    write(tmp_path / "corpus/top.txt", "Top story.\n")
    write(tmp_path / "corpus/page.HTM", PAGE)
    write(tmp_path / "corpus/.hidden.txt", "hidden")
    write(tmp_path / "corpus/.git/config.txt", "hidden folder")
    write(tmp_path / "corpus/README.md", "about this folder")
    write(tmp_path / "corpus/README.TXT", "about this folder")
    write(tmp_path / "corpus/picture.png", b"\x89PNG\r\n\x1a\n\x00\x00")

    items = read(tmp_path / "corpus")

    assert [doc.id for doc in documents(items)] == [
        "page.HTM",
        "politics/001.txt",
        "sport/002.txt",
        "top.txt",
    ]
    assert problems(items) == []
    assert documents(items)[1].text == "Politics story.\n"


def test_a_file_given_itself_is_named_by_its_name(tmp_path: Path) -> None:
    path = write(tmp_path / "deep/folder/story.txt", ARTICLE)

    (doc,) = read(path)

    assert doc.id == "story.txt"
    assert doc.content_hash == sha(ARTICLE)
    assert doc.title is None and doc.published is None


def test_glob_matches_files_by_name_and_recursively(tmp_path: Path) -> None:
    write(tmp_path / "data/a.txt", "Story A.")
    write(tmp_path / "data/b.html", PAGE)
    write(tmp_path / "data/README.txt", "not a story")
    write(tmp_path / "data/sub/c.txt", "Story C.")

    assert [doc.id for doc in read(tmp_path / "data/*.txt")] == ["a.txt"]
    assert [doc.id for doc in read(tmp_path / "data/**/*.txt")] == ["a.txt", "sub/c.txt"]
    assert [doc.id for doc in read(tmp_path / "data/**")] == ["a.txt", "b.html", "sub/c.txt"]
    problem = only_problem(read(tmp_path / "data/*.pdf"))
    assert problem.path.endswith("*.pdf") and "no readable files match" in problem.reason


def test_arguments_keep_their_order_and_documents_come_lazily(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", "Story B.")
    write(tmp_path / "a.txt", "Story A.")

    stream = read_inputs([str(tmp_path / "b.txt"), str(tmp_path / "missing.txt"), str(tmp_path / "a.txt")])

    assert next(stream).id == "b.txt"
    assert isinstance(next(stream), Problem)
    assert next(stream).id == "a.txt"


def test_ids_are_paths_relative_to_the_common_parent_of_all_inputs(tmp_path: Path) -> None:
    first = write(tmp_path / "politics/001.txt", "Politics story.")
    second = write(tmp_path / "sport/001.txt", "Sport story.")

    assert [doc.id for doc in documents(read(first, second))] == ["politics/001.txt", "sport/001.txt"]
    assert [doc.id for doc in documents(read(tmp_path / "politics", tmp_path / "sport"))] == [
        "politics/001.txt", "sport/001.txt"]
    assert [doc.id for doc in read(tmp_path)] == ["politics/001.txt", "sport/001.txt"]
    assert [doc.id for doc in read(tmp_path / "sport")] == ["001.txt"]
    assert [doc.id for doc in read(tmp_path / "*/001.txt")] == ["politics/001.txt", "sport/001.txt"]


# JSON and JSON Lines


def test_stdin_json_lines_with_ids_metadata_and_hash_ids() -> None:
    lines = [
        {
            "id": "cnn-1",
            "text": "First story.",
            "title": "First",
            "url": "https://cnn.com/1",
            "outlet": "CNN",
            "published": "2022-08-04T23:30:00-05:00",
            "extra": [1, 2],
        },
        {"text": "Second story.", "published": "August 5, 2022"},
        {"id": 7, "text": "Third story.", "published": "yesterday"},
    ]
    stdin = "\n".join(json.dumps(line) for line in lines) + "\n\n"

    first, second, third = read("-", stdin=stdin)

    assert (first.id, first.title, first.url, first.outlet, first.published) == (
        "cnn-1",
        "First",
        "https://cnn.com/1",
        "CNN",
        "2022-08-04",
    )
    assert (second.id, second.published, second.title) == (sha("Second story.")[:16], "2022-08-05", None)
    assert (third.id, third.published) == ("7", None)


def test_malformed_json_lines_are_problems_and_good_lines_still_read(tmp_path: Path) -> None:
    path = write(
        tmp_path / "feed.jsonl",
        '{"id": "a", "text": "Story A."}\n'
        '{"id": "b", "text": "Story B.",\n'
        '["a list"]\n'
        '{"id": "c", "title": "No text"}\n'
        '{"id": "d", "text": 42}\n'
        '{"id": ["x"], "text": "Story X."}\n'
        '{"id": "e", "text": "Story E."}\n',
    )

    items = read(path)

    assert [doc.id for doc in documents(items)] == ["a", "e"]
    assert [(p.path, p.line) for p in problems(items)] == [(str(path), line) for line in (2, 3, 4, 5, 6)]
    assert "malformed JSON" in problems(items)[0].reason
    assert problems(items)[2].reason == "no string `text` field"
    assert str(problems(items)[2]) == f"{path}:4: no string `text` field"


def test_json_file_holds_one_object_or_a_list(tmp_path: Path) -> None:
    one = write(tmp_path / "one.json", json.dumps({"id": "solo", "text": "Solo story.", "outlet": "AP"}))
    many = write(
        tmp_path / "many.json",
        json.dumps([{"id": "x", "text": "Story X."}, {"title": "no text"}, {"id": "y", "text": "Story Y."}]),
    )
    broken = write(tmp_path / "broken.json", '{"text": "unterminated')

    items = read(one, many, broken)

    assert [(doc.id, doc.outlet) for doc in documents(items)] == [("solo", "AP"), ("x", None), ("y", None)]
    record, malformed = problems(items)
    assert (record.path, record.line, record.reason) == (str(many), None, "record 2: no string `text` field")
    assert malformed.path == str(broken) and malformed.reason.startswith("malformed JSON")


def test_json_records_are_checked_like_files() -> None:
    stdin = json.dumps({"id": "fr", "text": FRENCH}) + "\n" + json.dumps({"id": "blank", "text": "  \n "})

    items = read("-", stdin=stdin)

    assert [(p.line, p.reason) for p in items] == [
        (1, NOT_ENGLISH),
        (2, "empty or whitespace-only text"),
    ]


# Sidecars


def test_meta_jsonl_applies_to_its_folder_and_a_bad_line_does_not_stop_it(tmp_path: Path) -> None:
    write(tmp_path / "c/a.txt", "Story A.")
    write(tmp_path / "c/b.txt", "Story B.")
    write(tmp_path / "c/sub/d.txt", "Story D.")
    write(
        tmp_path / "c/meta.jsonl",
        '{"file": "a.txt", "title": "A", "url": "https://a.example/1", "outlet": "AP", '
        '"published": "August 4, 2022", "complete": true}\n'
        "{not json}\n"
        '{"title": "no file"}\n'
        '{"file": "b.txt", "outlet": "Reuters", "published": "Thu, 04 Aug 2022 23:10:00 -0400"}\n',
    )

    items = read(tmp_path / "c")

    sidecar = str(tmp_path / "c/meta.jsonl")
    assert [(p.path, p.line) for p in problems(items)] == [(sidecar, 2), (sidecar, 3)]
    a, b, d = documents(items)
    assert (a.id, a.title, a.url, a.outlet, a.published) == (
        "a.txt",
        "A",
        "https://a.example/1",
        "AP",
        "2022-08-04",
    )
    assert (b.title, b.outlet, b.published) == (None, "Reuters", "2022-08-04")
    assert (d.id, d.outlet) == ("sub/d.txt", None)
    # A file given itself takes its folder's sidecar too.
    assert [doc.outlet for doc in documents(read(tmp_path / "c/a.txt"))] == ["AP"]


def test_real_corpus_folder_with_meta_jsonl() -> None:
    items = read(TAIWAN)

    assert problems(items) == []
    docs = {doc.id: doc for doc in items}
    assert sorted(docs) == ["01_fox-news.txt", "02_nhk.txt", "03_afp.txt", "04_newser.txt", "05_reuters.txt"]
    assert docs["04_newser.txt"].outlet == "Newser" and docs["04_newser.txt"].published == "2022-08-05"
    assert docs["03_afp.txt"].published is None
    assert docs["02_nhk.txt"].url == "https://newsonjapan.com/html/newsdesk/article/135240.php"
    assert docs["01_fox-news.txt"].text == (TAIWAN / "01_fox-news.txt").read_text(encoding="utf-8")


def test_a_sidecar_named_as_input_is_a_problem() -> None:
    problem = only_problem(read(TAIWAN / "meta.jsonl"))
    assert "metadata sidecar" in problem.reason


# HTML


def test_html_main_text_and_page_metadata(tmp_path: Path) -> None:
    (doc,) = read(write(tmp_path / "page.html", PAGE))

    assert (doc.id, doc.title, doc.outlet, doc.url, doc.published) == (
        "page.html",
        "Floods cut off valley villages",
        "Example News",
        "https://example.com/news/floods",
        "2022-08-04",
    )
    lines = doc.text.split("\n")
    assert lines[1].startswith("Heavy rain flooded several") and lines[1].endswith("crossed the region.")
    assert lines[3].startswith("Officials said five")
    assert "Home" not in doc.text and "Copyright" not in doc.text


def test_sidecar_metadata_wins_over_the_page(tmp_path: Path) -> None:
    write(tmp_path / "page.html", PAGE)
    write(tmp_path / "meta.jsonl", '{"file": "page.html", "title": "Floods", "published": "2022-08-05"}\n')

    (doc,) = read(tmp_path)

    assert (doc.title, doc.published, doc.outlet) == ("Floods", "2022-08-05", "Example News")


@pytest.mark.parametrize("html", ["</p></div><div <p", "<html><head><title>x</title></head><body></body>"])
def test_html_without_article_text_is_a_problem(tmp_path: Path, html: str) -> None:
    path = write(tmp_path / "broken.html", html)

    problem = only_problem(read(path))

    assert problem.path == str(path) and "no article text found in the HTML" in problem.reason


# Text as read


def test_text_is_kept_as_read_but_crlf(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "  Title  \r\n\r\nBody\twith  spaces. \r\nLast line")

    (doc,) = read(path)

    assert doc.text == "  Title  \n\nBody\twith  spaces. \nLast line"
    assert doc.content_hash == sha(doc.text)


def test_latin1_byte_is_decoded() -> None:
    (doc,) = read(LATIN1_FILE)

    assert doc.id == "199.txt"
    assert "a £15.8m signing" in doc.text


def test_latin1_text_written_by_us_is_decoded(tmp_path: Path) -> None:
    text = "The café in Zürich charged £4.50 for a crème brûlée, the owner said.\n"
    (doc,) = read(write(tmp_path / "a.txt", text.encode("latin-1")))
    assert doc.text == text


def test_utf16_with_byte_order_mark_is_decoded(tmp_path: Path) -> None:
    (doc,) = read(write(tmp_path / "a.txt", "Story in UTF-16.\n".encode("utf-16")))
    assert doc.text == "Story in UTF-16.\n"


# Bad input


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("nul.txt", b"GIF89a\x00\x01\x02\x00\x00 some text", "binary file, not text"),
        ("controls.txt", bytes(range(1, 9)) * 40 + b"abc", "binary file, not text"),
        ("nul.html", b"<html>\x00\x00\x00</html>", "binary file, not text"),
        ("empty.txt", b"", "empty or whitespace-only text"),
        ("blank.txt", b"  \n\t\r\n  ", "empty or whitespace-only text"),
        ("blank.html", b"\n\n", "empty or whitespace-only text"),
        ("empty.jsonl", b"\n\n", "empty or whitespace-only text: no JSON lines"),
        ("garbage.txt", bytes(range(0x80, 0x100)) * 8, UNDECODABLE),
        ("french.txt", FRENCH.encode(), NOT_ENGLISH),
        ("chinese.txt", ("中国周四向台湾周边海域发射了弹道导弹。" * 6).encode(), NOT_ENGLISH),
        ("notes.pdf", b"%PDF",
         "unsupported file type (storyline reads .atom, .htm, .html, .json, .jsonl, .rss, .txt, .xml)"),
    ],
)
def test_bad_files_are_problems_naming_file_and_reason(
    tmp_path: Path, name: str, content: bytes, reason: str
) -> None:
    path = write(tmp_path / name, content)

    problem = only_problem(read(path))

    assert (problem.path, problem.line, problem.reason, problem.kind) == (str(path), None, reason, "error")


def test_text_over_max_text_bytes_is_a_problem(tmp_path: Path) -> None:
    path = write(tmp_path / "big.txt", ARTICLE * 3)
    size = len((ARTICLE * 3).encode())

    problem = only_problem(read(path, max_text_bytes=size - 1))

    assert problem.reason.startswith(f"text is {size:,} bytes, over the limit of {size - 1:,}")
    assert "STORYLINE_MAX_TEXT_BYTES" in problem.reason
    assert documents(read(path, max_text_bytes=size))


def test_file_far_over_max_text_bytes_is_not_read(tmp_path: Path) -> None:
    path = write(tmp_path / "huge.html", "<p>" + "word " * 1000 + "</p>")

    problem = only_problem(read(path, max_text_bytes=1000))

    assert "too large to read" in problem.reason


def test_nonexistent_path_is_a_problem(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"

    problem = only_problem(read(missing))

    assert str(problem) == f"{missing}: no such file or directory"


def test_folder_with_nothing_readable_is_a_problem(tmp_path: Path) -> None:
    write(tmp_path / "empty/README.md", "nothing here")
    write(tmp_path / "empty/notes.docx", b"PK")

    problem = only_problem(read(tmp_path / "empty"))

    assert problem.path == str(tmp_path / "empty") and "no readable files in this folder" in problem.reason


def test_bad_files_do_not_stop_the_folder(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", b"\x00\x01binary")
    write(tmp_path / "b.txt", "Story B.")
    write(tmp_path / "c.txt", FRENCH)
    write(tmp_path / "d.txt", "Story D.")

    items = read(tmp_path)

    assert [item.id if isinstance(item, Document) else Path(item.path).name for item in items] == [
        "a.txt",
        "b.txt",
        "c.txt",
        "d.txt",
    ]
    assert [doc.id for doc in documents(items)] == ["b.txt", "d.txt"]


# Duplicates and repeated paragraphs


def test_exact_duplicates_are_read_once_and_later_copies_are_duplicate_problems(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", ARTICLE)
    write(tmp_path / "b.txt", ARTICLE.replace("\n", "\r\n"))
    write(tmp_path / "c.txt", ARTICLE + "Update: more rain.\n")

    items = read(tmp_path, "-", stdin=json.dumps({"id": "feed-1", "text": ARTICLE}))

    assert [doc.id for doc in documents(items)] == ["a.txt", "c.txt"]
    assert [(Path(p.path).name, p.reason, p.kind) for p in problems(items)] == [
        ("b.txt", "duplicate of a.txt", "duplicate"),
        ("-", "duplicate of a.txt", "duplicate"),
    ]


def test_the_same_text_under_another_outlet_is_another_publication(tmp_path: Path) -> None:
    for name in ("a-wire.txt", "b-paper.txt", "c-again.txt"):
        write(tmp_path / name, ARTICLE)
    write(
        tmp_path / "meta.jsonl",
        '{"file": "a-wire.txt", "outlet": "Reuters"}\n'
        '{"file": "b-paper.txt", "outlet": "The Straits Times"}\n'
        '{"file": "c-again.txt", "outlet": "Reuters"}\n',
    )

    items = read(tmp_path)

    assert [doc.id for doc in documents(items)] == ["a-wire.txt", "b-paper.txt"]
    assert [(Path(p.path).name, p.reason, p.kind) for p in problems(items)] == [
        ("c-again.txt", "duplicate of a-wire.txt", "duplicate")]


def test_repeated_paragraphs_are_recorded_after_their_first_occurrence(tmp_path: Path) -> None:
    text = (
        "Headline\n"
        "Read more: Storm floods valley road\n"
        "The service said it was on alert.\n"
        "  Read more:   Storm floods valley road \n"
        "\n"
        "Roads were closed.\n"
        "Read more: Storm floods valley road\n"
    )

    (doc,) = read(write(tmp_path / "a.txt", text))

    assert [doc.text[start:end] for start, end in doc.repeated_paragraphs] == [
        "Read more:   Storm floods valley road",
        "Read more: Storm floods valley road",
    ]
    assert doc.repeated_paragraphs[1] == [len(text) - 36, len(text) - 1]


def test_repeated_paragraphs_of_a_text_without_repeats() -> None:
    assert repeated_paragraphs(ARTICLE) == []
    assert repeated_paragraphs("A.\nB.\nA.\n") == [[6, 8]]


# Dates


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2022-08-04", "2022-08-04"),
        ("2022-08-04T23:30:00-05:00", "2022-08-04"),
        ("2022-08-04T10:00:00Z", "2022-08-04"),
        ("Thu, 04 Aug 2022 23:10:00 -0400", "2022-08-04"),
        ("August 4, 2022", "2022-08-04"),
        ("4 August 2022", "2022-08-04"),
        ("yesterday", None),
        ("3 days ago", None),
        ("August 2022", None),
        ("not a date", None),
        ("", None),
        (None, None),
        (20220804, None),
    ],
)
def test_published_is_normalized_or_none(value: object, expected: str | None) -> None:
    assert normalize_date(value) == expected


def test_language_test_counts_letters_of_every_script() -> None:
    from storyline.ingest.checks import looks_english

    english = " the of and to in is that it was for on "
    cyrillic = "Правительство объявило новые меры поддержки для фермеров региона "
    # English function words among mostly Cyrillic letters: not English, which only counting the Cyrillic letters
    # (not a-z alone) tells
    assert not looks_english((cyrillic * 3 + english) * 4)
    # a-z text with a few accented names and a pound sign is English
    assert looks_english(("Café owners in Zürich paid £5 more as the council said it was " + english) * 6)
    # letters outside a-z that are no letters (digits of another script, marks) do not count against the text
    assert looks_english(("The ministry said it was ready ١٢٣ ٤٥٦ ‒ " + english) * 6)
