"""Reading a text the way every consumer will slice it, and finding its date, sentences and quotations.

Offsets are into the text exactly as `open(path, encoding="utf-8").read()` returns it: universal newlines
(CRLF and CR become LF) and a byte-order mark kept as one character. Anything that is not UTF-8 text is
refused with a message that names the file, because a silently mis-decoded figure is worse than none.
"""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path

from factcheck.errors import InputError
from factcheck.extract.lexicon import table
from factcheck.model import Document

# A leading metadata line such as "date 2025-02-14 The Associated Press" (the wire export format).
_DATE_LINE = re.compile(r"\A[\ufeff\s]*date\s+(\d{4}-\d{2}-\d{2})\b[^\n]*")


def read_text(path: str | Path) -> str:
    """The file's text, or an InputError that says which file and what is wrong with it."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"{path}: no such file")
    if p.is_dir():
        raise InputError(f"{path}: is a directory, not a text file")
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if b"\x00" in raw:
        raise InputError(f"{path}: looks binary (contains NUL bytes), expected UTF-8 text")
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{path}: not UTF-8 text (invalid byte 0x{raw[exc.start]:02x} at byte offset {exc.start})"
        ) from None
    if not raw.strip():
        raise InputError(f"{path}: is empty, expected an article")
    # Same decoding and newline translation as open(path, encoding="utf-8").read().
    return io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8").read()


def parse_iso_date(value: str, what: str) -> str:
    """Validate a YYYY-MM-DD date given on the command line or in a manifest."""
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise InputError(f"{what}: {value!r} is not a date in YYYY-MM-DD form") from None


# A headline: the text's first line, standing alone above a blank line, that ends without a sentence's stop
_HEADLINE = re.compile(r"\A[\ufeff\s]*(?P<line>[^\n]{1,200}?[^.!?:;,\s\"'”’\n])[ \t]*\n[ \t]*\n")


def headline_end(text: str) -> int:
    """Where the text's headline ends, or 0 when it has none. Headlines round what the story gives exactly
    ("Nikkei plunges 12%" over "plunged 12.4%"), so a rewrite that keeps the exact figure lost nothing."""
    m = _HEADLINE.match(text)
    return m.end("line") if m else 0


def make_document(text: str, path: str | None = None, date_hint: str | None = None) -> Document:
    """Build a Document: its publication date, metadata spans, sentences and quotation spans.

    The date comes from `date_hint` (the caller's `--source-date`), else a leading `date YYYY-MM-DD` line,
    else a dateline date near the top of the text, else none.
    """
    skip: list[tuple[int, int]] = []
    line = _DATE_LINE.match(text)
    if line:
        skip.append((line.start(), line.end()))
    dateline = _WIRE_DATELINE.match(text, line.end() if line else 0)
    if dateline:
        skip.append(dateline.span("date"))
    byline = _BYLINE_DATE.search(text, 0, _HEAD)
    byline_date = _byline_date(byline.group("date")) if byline else None
    if byline and byline_date:
        skip.append(byline.span("span"))
    pub = date_hint or (line.group(1) if line else None) or byline_date or _dateline_date(text)
    unwrapped = unwrap(text)
    return Document(
        text=unwrapped,
        path=path,
        date=pub,
        sentences=split_sentences(unwrapped),
        quotes=find_quotes(unwrapped),
        skip=tuple(skip),
        original=None if unwrapped == text else text,
    )


def read_document(path: str | Path, date_hint: str | None = None) -> Document:
    return make_document(read_text(path), str(path), date_hint)


_MONTHS = {name.lower(): int(num) for num, names in table("dates")["months"].items() for name in names}
_DATELINE = re.compile(
    r"\b(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?\s+(\d{1,2}),?\s+((?:19|20)\d{2})\b",
    re.IGNORECASE,
)


# what may stand before a dateline's date on its line (a place in capitals), and what ends a caption's date
_DATELINE_LEAD = re.compile(r"[\ufeff\s]*(?:[A-Z][A-Z .'’-]{1,40},\s*)?")
_LINE_ENDS = re.compile(r"[.)]?[^\S\n]*(?:\n|$)")


# A wire dateline opening the story: "ROME, Aug. 4 (Wire) —", "WASHINGTON, Jan. 9, 2026 (Reuters) -". Its date
# is the story's own (a revision carries the next day's), so it is read as the document's date, not a figure.
_WIRE_DATELINE = re.compile(
    r"[\ufeff\s]*[A-Z][A-Za-z .'’-]{1,40}(?:,\s*[A-Z][A-Za-z .'’-]{1,40})?,\s+(?P<date>(?i:"
    + "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))
    + r")\.?\s+\d{1,2}(?:,\s*(?:19|20)\d{2})?)\s*(?:\([^)\n]{1,40}\)\s*)?[—–-]"
)


# A web page's metadata line near the top: "*Published 2026-04-24*", "Updated: April 24, 2026 10:15 GMT",
# "Posted 24 April 2026". Its date is the story's, and it is metadata, not a figure.
_HEAD = 600
_MONTH_NAME = "(?:" + "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True)) + r")\.?"
_BYLINE_DATE = re.compile(
    r"(?im)^[^\w\n]*(?:published|posted|updated|last\s+updated|first\s+published|dated?)\b[^\w\n]*(?:on\s+)?"
    r"(?P<span>(?:[A-Za-z]+day,?\s+)?(?P<date>\d{4}-\d{2}-\d{2}|"
    + _MONTH_NAME
    + r"\s+\d{1,2},?\s+(?:19|20)\d{2}"
    r"|\d{1,2}\s+" + _MONTH_NAME + r",?\s+(?:19|20)\d{2})"
    # ... and the time of day the page gives with it ("April 24, 2026 10:15 GMT")
    r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4}\b)?)?)"
)


def _byline_date(surface: str) -> str | None:
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", surface):
            return date.fromisoformat(surface).isoformat()
        words = re.findall(r"[A-Za-z]+|\d+", surface)
        day, month, year = (
            (int(words[1]), _MONTHS[words[0].lower()], int(words[2]))
            if words[0].isalpha()
            else (int(words[0]), _MONTHS[words[1].lower()], int(words[2]))
        )
        return date(year, month, day).isoformat()
    except (ValueError, KeyError, IndexError):
        return None


def _dateline_date(text: str) -> str | None:
    """A full "Month D, YYYY" date in the first lines, as wire stories carry in their dateline ("WASHINGTON,
    March 3, 2025 —") or at the end of a photo caption ("... in Brussels, Thursday, Feb. 13, 2025."); not the
    date of an event a first sentence tells of ("hitting Earth on Dec. 22, 2032 at 2.3%")."""
    head = text[:400]
    m = _DATELINE.search(head)
    if not m:
        return None
    line_start = head.rfind("\n", 0, m.start()) + 1
    if not (_DATELINE_LEAD.fullmatch(head, line_start, m.start()) or _LINE_ENDS.match(head, m.end())):
        return None
    try:
        return date(int(m.group(3)), _MONTHS[m.group(1).lower()], int(m.group(2))).isoformat()
    except ValueError:
        return None


_ABBREVIATIONS = frozenset(table("text")["abbreviations"].lower().split())
# A sentence ends at . ! ? (plus closing quotes/brackets) before whitespace, or at a line break.
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)|\n")
_WORD_BEFORE = re.compile(r"([\w.]+)[.]$")
# A line break inside a sentence: after a comma, or between a word or number and a lower-case word or a
# number that goes on with it (hard-wrapped copy); a headline, a list item or a new paragraph still ends.
_WRAPPED = re.compile(r"(?<=[,;(])\n|(?<=[\w%])\n(?=[ \t]*(?:[a-z]|\d))")
# ... and one after a word no sentence ends on, whatever follows: "sold on\nTuesday", "the\nUnited States"
_LINK_WORDS = frozenset(table("text")["wrap_link_words"].split())
_LAST_WORD = re.compile(r"(?<![\w'’-])([A-Za-z]+)\Z")


def _wraps_at(text: str, newline: int) -> bool:
    """Whether the line break at `newline` wraps a sentence (tested at each break: scanning a whole text with
    look-behinds cost more than the rest of reading it)."""
    if _WRAPPED.match(text, newline):
        return True
    word = _LAST_WORD.search(text, max(0, newline - 16), newline)
    return word is not None and word.group(1).lower() in _LINK_WORDS


def _wrapped_at_width(text: str, newline: int, width: int) -> bool:
    """Whether a line break ends a line as long as the text's longest, before more words: hard-wrapped copy
    breaks where the width runs out, whatever the next word ("a move the Office for Budget\nResponsibility
    estimates"); a headline or a list item is shorter, or ends before a blank line or a mark."""
    if width < _MIN_WRAP_WIDTH or not text[newline + 1 : newline + 2].isalnum():
        return False
    line_start = text.rfind("\n", 0, newline) + 1
    return newline - line_start >= _WRAP_SHARE * width and text[newline - 1 : newline] not in _LINE_END_MARKS


_MIN_WRAP_WIDTH = 50
_WRAP_SHARE = 0.85  # how near the longest line's length a wrapped line ends
_LINE_END_MARKS = frozenset('.!?:"”’)')


def unwrap(text: str) -> str:
    """The text with each line break that wraps a sentence read as a space. Phrases that a wrap splits
    ("more\nthan", "last\nyear", "on\nTuesday") are then one phrase to every pattern, without each pattern
    allowing for it; the length stays the same, so offsets do too."""
    newline = text.find("\n")
    if newline < 0:
        return text
    width = max(len(line) for line in text.split("\n"))
    chars: list[str] | None = None
    while newline >= 0:
        if _wraps_at(text, newline) or _wrapped_at_width(text, newline, width):
            if chars is None:
                chars = list(text)
            chars[newline] = " "
        newline = text.find("\n", newline + 1)
    return "".join(chars) if chars is not None else text


def split_sentences(text: str) -> tuple[tuple[int, int], ...]:
    """Sentence spans, good enough to give figures a context: abbreviations and initials do not split."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        end = m.end()
        if m.group() == "\n" and _wraps_at(text, m.start()):
            continue  # a line wrapped inside a sentence: "about 21,000\npeople after ..."
        if m.group() != "\n":
            token = _WORD_BEFORE.search(text, max(start, m.start() - 20), m.start() + 1)
            if token and m.group().startswith("."):
                word = token.group(1).lower()
                if word in _ABBREVIATIONS or len(word) == 1 or ("." in word and len(word) <= 5):
                    nxt = text[end : end + 2].lstrip()
                    # "in the U.S. The ..." still ends a sentence when a capital follows a lower-case one
                    if word in _ABBREVIATIONS or not nxt[:1].isupper() or len(word) == 1:
                        continue
        if text[start:end].strip():
            spans.append(_trim(text, start, end))
        start = end
    if text[start:].strip():
        spans.append(_trim(text, start, len(text)))
    return tuple(spans)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end)


_QUOTE_OR_BREAK = re.compile(r'[“„«”»"]|\n(?=\n)')


def find_quotes(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of direct quotations, quote marks included.

    Curly quotes pair up; a closing mark typed where an opening one belongs (after a space, as in
    `is ”supposed to`) opens; straight double quotes toggle. A quotation left open ends with its paragraph,
    as a quote continued into the next paragraph reopens there.
    """
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    n = len(text)
    for m in _QUOTE_OR_BREAK.finditer(text):  # only the characters that matter, found in C
        i, ch = m.start(), m.group()
        if ch == "\n" and open_at is not None:
            spans.append((open_at, i))
            open_at = None
        elif ch in "“„«":
            if open_at is None:
                open_at = i
        elif ch in "”»":
            if open_at is None:
                if i + 1 < n and text[i + 1].isalnum() and (i == 0 or text[i - 1].isspace()):
                    open_at = i
            else:
                spans.append((open_at, i + 1))
                open_at = None
        elif ch == '"':
            if open_at is None:
                open_at = i
            else:
                spans.append((open_at, i + 1))
                open_at = None
    if open_at is not None:
        spans.append((open_at, n))
    return tuple(spans)
