"""Corpus-scale runs: the pipeline on Dask partitions, Parquet partitioned by event date."""
