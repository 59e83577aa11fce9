"""The REST API and the web page, served by uvicorn over one DuckDB file."""
