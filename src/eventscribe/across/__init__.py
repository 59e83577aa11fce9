"""Across articles: near-duplicate articles folded, event mentions clustered, series and alerts."""
