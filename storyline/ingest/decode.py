"""Bytes to text: UTF-8 first, then a detected encoding, never a silent mojibake."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from storyline.ingest.problems import BINARY, UNDECODABLE, Skip

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
"""Longest first: the UTF-32 LE mark starts with the UTF-16 LE one."""

WESTERN = "cp1252"
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
"""C0 control characters that text does not contain (tab, newlines, form feed and ESC excepted)."""
MAX_CONTROL_SHARE = 0.05


def looks_binary(text: str) -> bool:
    """True for NUL bytes or more control characters than any text has.

    :param text: decoded text, or bytes decoded as Latin-1 to judge them before decoding
    """
    if "\x00" in text:
        return True
    return len(_CONTROL.findall(text)) > MAX_CONTROL_SHARE * len(text)


def decode(data: bytes) -> str:
    """Decode file bytes: by their byte-order mark, else as UTF-8, else as charset-normalizer finds.

    Example: `decode(b"a \\xa315.8m signing")` → `"a £15.8m signing"`

    :param data: the raw bytes of a file or a line
    :raises Skip: for binary data and for bytes no encoding decodes plausibly
    """
    for bom, codec in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                raise Skip(UNDECODABLE) from exc
    if looks_binary(data.decode("latin-1")):
        raise Skip(BINARY)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return _detect(data)


def _detect(data: bytes) -> str:
    """The least chaotic decoding that reads as some language, Windows-1252 first among equals.

    charset-normalizer alone sometimes ranks first a decoding with no language evidence (a single
    Latin-1 `£` in English text comes out as Japanese cp932) or a Central European code page for
    short Western text (`crème` as `crčme`). storyline reads English news, whose legacy encoding
    is Windows-1252 (a superset of Latin-1's printable characters).
    """
    matches = list(from_bytes(data))
    if not matches:
        raise Skip(UNDECODABLE)
    best = min(
        matches,
        key=lambda m: (
            m.percent_coherence == 0,
            m.percent_chaos,
            WESTERN not in m.could_be_from_charset,
            -m.percent_coherence,
        ),
    )
    return str(best)
