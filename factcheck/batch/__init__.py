"""Batch audits: many pairs from a folder or a manifest, in parallel, resumable, into tidy tables."""

from factcheck.batch.audit import AuditResult, audit

__all__ = ["AuditResult", "audit"]
