"""Across articles: near-duplicate articles folded, event mentions clustered, series and alerts.

dedup.py     MinHash/LSH over word shingles (`eventscribe.dedup`; the store folds copies)
cluster.py   mentions of one real event -> one `clusters` row: the rules
             (`eventscribe.clustering`) and the store's upkeep (`eventscribe.store.clusters`)
series.py    counts and Goldstein sums per day, week or month, for any event filter
alerts.py    rises of material conflict against a rolling median/MAD baseline

The commands (timeline, dyad, alerts, clusters, cluster) are in `eventscribe.cli.across`.
"""
