"""Bytes to text: a byte-order mark wins, then UTF-8, then a detector (charset-normalizer) for what users
actually send: UTF-16 from Windows tools, legacy Cyrillic code pages (cp1251, KOI8-R), Latin-1. The encoding
used is recorded with the article (raw.articles.encoding), so a wrong guess can be found and the file re-saved.
"""
from __future__ import annotations

from charset_normalizer import from_bytes

BOMS = [(b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
        (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")]  # UTF-32-LE's mark starts like UTF-16-LE's
BINARY_MAGIC = {b"%PDF": "a PDF document", b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image",
                b"GIF8": "a GIF image", b"PK\x03\x04": "a ZIP archive", b"\x1f\x8b": "gzip data"}


class NotText(ValueError):
    """The bytes are not text in any encoding we read; the message is the quarantine reason."""


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding name) or NotText."""
    for magic, what in BINARY_MAGIC.items():
        if data.startswith(magic):
            raise NotText(f"binary content ({what}), not text")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding.removesuffix("-sig")), encoding
            except UnicodeDecodeError as exc:
                raise NotText(f"starts with a {encoding} byte-order mark but is not valid {encoding} "
                              f"(offset {exc.start})") from exc
    has_nul = b"\x00" in data[:8192]  # valid UTF-8, but text never holds NUL: UTF-16 without a mark, or binary
    first_bad = "NUL bytes"
    if not has_nul:
        try:
            return data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError as exc:
            first_bad = f"byte 0x{data[exc.start]:02x} at offset {exc.start}"
    best = from_bytes(data[:256 * 1024]).best()  # a prefix is plenty to tell, and bounds the detector's time
    if best is None or (has_nul and not best.encoding.startswith(("utf_16", "utf_32"))):
        what = "binary content (NUL bytes)" if has_nul else f"not valid UTF-8 ({first_bad})"
        raise NotText(f"{what}, and no other text encoding fits; re-save the file as UTF-8")
    try:
        return data.decode(best.encoding), best.encoding
    except (UnicodeDecodeError, LookupError) as exc:
        raise NotText(f"not valid UTF-8 ({first_bad}) nor {best.encoding} past the first 256 KB; "
                      "re-save the file as UTF-8") from exc
