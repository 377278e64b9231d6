"""The explorer's defences: a strict Content-Security-Policy, and bounds on what a request may carry.

Article text is untrusted, so besides Jinja's autoescaping every HTML page says exactly which inline
code it may run: the stylesheet and script that the report's templates inline (`_style.html`,
`_script.html`, hashed once) and the plotly figures drawn by `report.plots` (hashed per page through
`InlinePolicy.trust`, the only way a template lets a fragment of HTML through unescaped). No other
inline script runs, no `eval`, nothing from another origin: markup slipped into the store by an
article would stay inert even where escaping failed. Inline styles are held to hashes too, except on
a page with a plot, where plotly.js styles what it draws from script. JSON and static files get a policy with no
sources at all.
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
from functools import cache

from jinja2 import Environment
from markupsafe import Markup

MAX_URL_BYTES = 4096
"""Longest request target (path and query string) answered; longer is 414."""
MAX_BODY_BYTES = 1024
"""Largest request body accepted: every route is a GET, which carries none; larger is 413."""
MAX_HEADER_BYTES = 16 * 1024
"""Most bytes of request headers accepted (names and values); more is 431."""

INLINE = re.compile(r"<(script|style)\b([^>]*)>(.*?)</\1\s*>", re.S | re.I)
STYLE_ATTRIBUTE = re.compile(r"""\sstyle\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.I)
STATIC_POLICY = ("default-src 'none'; img-src 'self'; style-src 'self'; base-uri 'none'; "
                 "form-action 'none'; frame-ancestors 'none'")
"""The policy of every response that is not an explorer page (JSON, static files, errors of the server)."""


def source_hash(text: str) -> str:
    """A CSP hash source (`'sha256-…'`) of an inline script, stylesheet or style attribute."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def inline_hashes(fragment: str) -> tuple[set[str], set[str], set[str]]:
    """Hashes of the inline scripts, inline stylesheets and style attributes of an HTML fragment."""
    scripts, styles = set(), set()
    for tag, attributes, body in INLINE.findall(fragment):
        if tag.lower() == "script" and "src=" not in attributes.lower():
            scripts.add(source_hash(body))
        elif tag.lower() == "style":
            styles.add(source_hash(body))
    attributes = {source_hash(html.unescape(a or b)) for a, b in STYLE_ATTRIBUTE.findall(fragment)}
    return scripts, styles, attributes


@cache
def template_hashes(env: Environment) -> tuple[frozenset[str], frozenset[str]]:
    """Hashes of the script and stylesheet the report's templates inline on every page (they are constant)."""
    scripts, styles = set(), set()
    for name in ("_script.html", "_style.html"):
        found_scripts, found_styles, _ = inline_hashes(env.get_template(name).render())
        scripts |= found_scripts
        styles |= found_styles
    return frozenset(scripts), frozenset(styles)


class InlinePolicy:
    """The Content-Security-Policy of one page: the templates' own inline code plus the fragments it trusts."""

    def __init__(self, env: Environment):
        scripts, styles = template_hashes(env)
        self.scripts, self.styles, self.style_attributes = set(scripts), set(styles), set()
        self.plots = False

    def trust(self, fragment: str | None) -> Markup:
        """Let a fragment that storyline drew itself (a plotly figure) through unescaped, and allow its inline code.

        Only for HTML that storyline's own code made (whose text it escaped); never for store text.
        """
        if not fragment:
            return Markup("")
        scripts, styles, attributes = inline_hashes(fragment)
        self.scripts |= scripts
        self.styles |= styles
        self.style_attributes |= attributes
        self.plots = True
        return Markup(fragment)

    def header(self) -> str:
        scripts = " ".join(sorted(self.scripts))
        styles = " ".join(sorted(self.styles))
        if self.plots:
            # plotly.js styles what it draws as it draws it: style attributes set from script and
            # <style> elements it creates (its rules, maplibre's sheet). On a page with a plot those
            # are allowed; scripts never are, and a style cannot run code.
            elements, attributes = "'self' 'unsafe-inline'", "'unsafe-inline'"
        else:
            elements = f"'self' {styles}"
            attributes = ("'unsafe-hashes' " + " ".join(sorted(self.style_attributes))
                          if self.style_attributes else "'none'")
        return (f"default-src 'none'; script-src 'self' {scripts}; style-src 'self' {styles}; "
                f"style-src-elem {elements}; style-src-attr {attributes}; "
                "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
                "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


def request_too_large(target_bytes: int, headers, header_bytes: int = 0) -> tuple[int, str] | None:
    """The status and reason that refuse a request too large to answer, or None when it is fine.

    :param target_bytes: bytes of the request target (raw path and query string)
    :param headers: the request's headers
    :param header_bytes: bytes of the request's header names and values
    """
    if target_bytes > MAX_URL_BYTES:
        return 414, f"the address is longer than {MAX_URL_BYTES} bytes: shorten the query"
    if header_bytes > MAX_HEADER_BYTES:
        return 431, f"the request headers are larger than {MAX_HEADER_BYTES} bytes"
    if "transfer-encoding" in headers:
        return 413, "a request body of unknown length is refused: the explorer only answers GET"
    length = headers.get("content-length", "0")
    if not length.isdigit():
        return 400, "the Content-Length header is not a number"
    if int(length) > MAX_BODY_BYTES:
        return 413, f"a request body over {MAX_BODY_BYTES} bytes is refused: the explorer only answers GET"
    return None
