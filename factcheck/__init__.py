"""factcheck: which figures a rewritten article lost, changed or invented.

>>> import factcheck
>>> report = factcheck.check("Sales rose 3.4% on Monday.", "Sales rose 4% on Monday.")
>>> [f.rule for f in report.findings]
['FC102']
"""

from factcheck.errors import FactcheckError, InputError, RulesError
from factcheck.model import Document, Figure, Finding, Kind, Pairing, Report, Severity, Side, Status
from factcheck.pipeline import check, check_documents, check_files

__all__ = [
    "Document",
    "FactcheckError",
    "Figure",
    "Finding",
    "InputError",
    "Kind",
    "Pairing",
    "Report",
    "RulesError",
    "Severity",
    "Side",
    "Status",
    "check",
    "check_documents",
    "check_files",
]
__version__ = "0.1.0"
