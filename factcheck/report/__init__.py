"""Reporters: one module per output format behind the interface in base.py."""
