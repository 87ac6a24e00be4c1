"""lawcheck: rule-based compliance checker for annual rule-of-law reports."""

__version__ = "0.1.0"
