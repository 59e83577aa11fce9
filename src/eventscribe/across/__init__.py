"""Across articles: near-duplicate articles folded, event mentions clustered, series and alerts.

dedup.py     MinHash/LSH over word shingles: a near copy is stored as a copy, never coded
cluster.py   mentions (events rows) of one real event -> one `clusters` row, incrementally
series.py    counts and Goldstein sums per day, week or month, for any event filter
alerts.py    rises of material conflict against a rolling median/MAD baseline
commands.py  the CLI: timeline, dyad, alerts, clusters, cluster
"""
