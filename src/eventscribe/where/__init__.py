"""Where: an offline gazetteer (`gazetteer`) and the place stage (`resolve`)."""
