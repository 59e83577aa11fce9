"""The version of eventscribe, declared here once (`eventscribe.__version__` re-exports it;
pyproject.toml reads it from there)."""

__version__ = "0.1.0"
