"""factcheck: which figures a rewritten article lost, changed or invented.

>>> import factcheck
>>> report = factcheck.check("Sales rose 3.4% on Monday.", "Sales rose 4% on Monday.")
>>> [f.rule for f in report.findings]
['FC102']
"""

from factcheck.errors import FactcheckError, InputError, RulesError
from factcheck.model import Document, Figure, Finding, Kind, Pairing, Report, Severity, Side, Status
from factcheck.pipeline import check, check_documents, check_files


def audit(*args: object, **kwargs: object) -> object:
    """Run a batch (see factcheck.batch.audit); imported on use so that `check` stays light."""
    from factcheck.batch import audit as run

    return run(*args, **kwargs)  # type: ignore[arg-type]


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
    "audit",
    "check",
    "check_documents",
    "check_files",
]
__version__ = "0.1.0"
