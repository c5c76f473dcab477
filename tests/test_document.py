"""Reading texts: offsets as `open(path, encoding="utf-8").read()` gives them, dates, sentences, quotes."""

from __future__ import annotations

import pytest

import factcheck
from factcheck.document import find_quotes, make_document, read_document, read_text
from factcheck.errors import InputError
from factcheck.extract import extract


def test_bom_and_crlf_offsets_match_open_read(tmp_text) -> None:
    path = tmp_text("crlf.txt", "\ufeffSales rose 3.4%\r\non Monday.\r\nCosts fell 2 percent.\r\n".encode())
    text = read_text(path)
    assert text == open(path, encoding="utf-8").read()  # noqa: SIM115 - the contract names this exact call
    assert text.startswith("\ufeff") and "\r" not in text
    for fig in extract(read_document(path)):
        assert text[fig.start : fig.end] == fig.surface
    assert [f.surface for f in extract(read_document(path))][:1] == ["3.4%"]


def test_wrapped_lines_are_read_as_one_sentence_and_reported_as_read() -> None:
    text = "Sales rose more\nthan 5% last\nyear.\nCosts fell 2%."
    doc = make_document(text, date_hint="2026-03-01")
    assert doc.as_read == text and len(doc.text) == len(text)
    assert (
        doc.text == "Sales rose more than 5% last year.\nCosts fell 2%."
    )  # the line break that ends one stays
    figures = extract(doc)
    assert [(f.surface, f.value) for f in figures] == [("5%", 5.0), ("last\nyear", "2025"), ("2%", 2.0)]
    assert figures[0].qualifiers == ("above", "bound")
    assert all(text[f.start : f.end] == f.surface for f in figures)
    report = factcheck.check(text, "Sales rose 5% in 2025. Costs fell 3%.", source_date="2026-03-01")
    assert report.source.text == text
    assert [f.rule for f in report.findings] == ["FC126", "FC102"]
    assert all("\n" not in f.message for f in report.findings)
    report = factcheck.check("The fund holds $3 million.", "The fund holds $4\nmillion.")
    assert [f.message for f in report.findings] == ["“$3 million” became “$4 million”"]


def test_a_line_that_ends_on_a_word_no_sentence_ends_on_wraps() -> None:
    text = "The flat sold for $3 million on\nTuesday, up from $2 million in\n2015.\nKey figures\nRevenue 5%"
    doc = make_document(text)
    assert [text[s:e] for s, e in doc.sentences] == [
        "The flat sold for $3 million on\nTuesday, up from $2 million in\n2015.",
        "Key figures",  # a line that ends on a noun before a capital still ends
        "Revenue 5%",
    ]


def test_old_mac_newlines_are_translated(tmp_text) -> None:
    path = tmp_text("cr.txt", b"Sales rose 3.4%\rCosts fell 2%\r")
    assert read_text(path) == "Sales rose 3.4%\nCosts fell 2%\n"


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"\x89PNG\r\n\x1a\n\x00\x00", "binary"), (b"\xff\xfe\x00a", "binary"), (b"na\xefve", "not UTF-8")],
)
def test_unreadable_files_are_named(tmp_text, content: bytes, message: str) -> None:
    path = tmp_text("bad.bin", content)
    with pytest.raises(InputError) as err:
        read_text(path)
    assert str(path) in str(err.value) and message in str(err.value)


def test_directory_is_refused(tmp_path) -> None:
    with pytest.raises(InputError, match="directory"):
        read_text(tmp_path)


def test_date_line_gives_the_date_and_no_figures() -> None:
    doc = make_document(" date 2025-02-14 The Associated Press\n\nIt rose 3% on Thursday.")
    assert doc.date == "2025-02-14"
    figures = extract(doc)
    assert [f.surface for f in figures] == ["3%", "Thursday"]
    assert figures[1].value == "2025-02-13"


def test_dateline_date_when_no_date_line() -> None:
    doc = make_document("WASHINGTON, March 3, 2025 — Officials met on Monday.")
    assert doc.date == "2025-03-03"


def test_a_date_a_first_sentence_tells_of_is_no_dateline() -> None:
    assert make_document("NASA puts the chance of it hitting Earth on Dec. 22, 2032 at 2.3%.").date is None
    caption = "Hegseth speaks in Brussels, Thursday, Feb. 13, 2025.\n\nBRUSSELS (AP) — Allies met."
    assert make_document(caption).date == "2025-02-13"  # a caption ends on its date


def test_explicit_date_beats_the_text() -> None:
    doc = make_document("date 2025-02-14\nThey met on Thursday.", date_hint="2025-03-01")
    assert doc.date == "2025-03-01"


def test_no_date_at_all() -> None:
    assert make_document("They met on Thursday.").date is None


def test_sentences_do_not_split_on_abbreviations() -> None:
    text = "U.S. Defense Secretary Pete Hegseth met Gen. Cavoli on Feb. 13. The talks ended. Then he left."
    doc = make_document(text)
    assert [text[s:e] for s, e in doc.sentences] == [
        "U.S. Defense Secretary Pete Hegseth met Gen. Cavoli on Feb. 13.",
        "The talks ended.",
        "Then he left.",
    ]


def test_a_wrapped_line_goes_on_but_headlines_and_list_items_end() -> None:
    text = (
        "It employs about 21,000\npeople after shedding some roles,\nthe company said.\n"
        "Tesla sales fall\nThe company said.\n- 23 of the 32 allies\n- 3.4% of GDP"
    )
    doc = make_document(text)
    assert [text[s:e] for s, e in doc.sentences] == [
        "It employs about 21,000\npeople after shedding some roles,\nthe company said.",
        "Tesla sales fall",
        "The company said.",
        "- 23 of the 32 allies",
        "- 3.4% of GDP",
    ]


def test_a_line_as_long_as_the_text_is_wide_wraps_before_a_capital() -> None:
    text = (
        "Income tax thresholds were frozen until 2031, a move the Office for Budget\n"
        "Responsibility estimates will raise £8.3 billion in 2029-30 for the Treasury.\n"
        "Key figures\n"
        "Revenue rose 5% in the year to March, the finance ministry said on Monday.\n"
    )
    doc = make_document(text)
    assert [text[s:e] for s, e in doc.sentences] == [
        "Income tax thresholds were frozen until 2031, a move the Office for Budget\n"
        "Responsibility estimates will raise £8.3 billion in 2029-30 for the Treasury.",
        "Key figures",  # a short line before a capital still ends
        "Revenue rose 5% in the year to March, the finance ministry said on Monday.",
    ]


def test_quotes_curly_straight_and_misplaced() -> None:
    text = 'He said: “3.4% is robust.” She said "no". Europe is ”supposed to lead.” Done.'
    spans = [text[s:e] for s, e in find_quotes(text)]
    assert spans == ["“3.4% is robust.”", '"no"', "”supposed to lead.”"]


def test_unclosed_quote_ends_with_its_paragraph() -> None:
    text = "“It will take 10 years.\n\nNobody knows,” he said. Costs rose 5%."
    doc = make_document(text)
    quoted = {f.surface: "quoted" in f.qualifiers for f in extract(doc)}
    assert quoted == {"10 years": True, "5%": False}


def test_a_wire_dateline_date_is_the_story_date_not_a_figure() -> None:

    text = "WASHINGTON, Jan. 9, 2026 (Wire) — Employers added 256,000 jobs in December."
    doc = make_document(text)
    assert doc.date == "2026-01-09"
    assert [f.surface for f in extract(doc)] == ["256,000", "December"]


def test_a_story_that_merely_starts_with_a_date_keeps_it() -> None:

    doc = make_document("On Jan. 9 employers added 256,000 jobs.", date_hint="2026-01-20")
    assert [f.surface for f in extract(doc)] == ["Jan. 9", "256,000"]


@pytest.mark.parametrize(
    "head",
    [
        "*Published 2026-04-24*",
        "Updated: April 24, 2026 10:15 GMT",
        "Posted on Friday, 24 April 2026",
        "Last updated 24 Apr 2026",
    ],
)
def test_a_web_page_metadata_date_is_the_story_date_not_a_figure(head: str) -> None:
    doc = make_document(f"# Results\n\n{head}\n\nShares fell 4% on Thursday.")
    assert doc.date == "2026-04-24"
    assert [(f.surface, f.value) for f in extract(doc)] == [("4%", 4.0), ("Thursday", "2026-04-23")]


def test_a_date_in_the_story_is_not_metadata() -> None:
    doc = make_document("The vote that was published 2026-04-24 passed 52 to 48.", date_hint="2026-05-01")
    assert "2026-04-24" in [f.surface for f in extract(doc)]
