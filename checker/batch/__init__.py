"""Batch audit of a region's reports (lawcheck batch): store, outputs and region views."""
