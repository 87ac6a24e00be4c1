"""Stage 6: Report -> outputs (terminal text, JSON, HTML, PDF)."""
