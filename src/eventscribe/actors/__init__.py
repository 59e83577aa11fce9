"""Actors: the knowledge base of countries, organizations and sectors, and actor resolution."""
