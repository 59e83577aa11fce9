"""When: time expressions and event dates (the "time" stage).

GDELT and ICEWS date every event by the day its article appeared; eventscribe dates the
event itself. `find_timexes` finds and normalises time expressions (TimeML TIMEX3 values)
relative to the publication date; the `time` stage gives each event the expression
attached to its predicate in the parse, else one in its sentence, else the dateline's
date, else the publication date.
"""

from __future__ import annotations

from eventscribe.when.fallback import dateparser_timex
from eventscribe.when.find import find_timexes, normalize_timex
from eventscribe.when.stage import TimeStage
from eventscribe.when.timex import Timex

__all__ = ["Timex", "TimeStage", "dateparser_timex", "find_timexes", "normalize_timex"]
