"""Event coding: CAMEO and PLOVER ontology tables and the events stage."""
