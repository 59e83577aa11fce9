"""What an ingest run reports and how it reads its inputs: shared by the local ingest
(`eventscribe.ingest`), the Dask one (`eventscribe.scale`) and their faces."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field

from eventscribe.errors import EventscribeError
from eventscribe.readers import ReadOptions, Reject
from eventscribe.settings import Settings, as_date

ShowReject = Callable[[Reject], None]
ShowBatch = Callable[[int, "IngestReport"], None]


@dataclass
class IngestReport:
    read: int = 0
    ingested: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    rejected: int = 0
    events: int = 0
    seconds: float = 0.0
    run_id: int | None = None
    stage_seconds: dict[str, float] = field(default_factory=dict)

    @property
    def rate(self) -> float:
        return self.ingested / self.seconds if self.seconds else 0.0

    def counts(self) -> dict[str, int]:
        return {k: v for k, v in asdict(self).items() if isinstance(v, int) and k != "run_id"}

    def failure(self) -> str | None:
        """What went wrong when nothing at all could be read, or None."""
        if self.read == 0:
            return "nothing read: the inputs hold no files"
        if self.rejected == self.read:
            what = (
                "the one record read was"
                if self.read == 1
                else f"all {self.read:,} records read were"
            )
            return f"nothing ingested: {what} rejected (the reasons are above)"
        return None


class RejectLines:
    """Shows rejects one a line, each (input, reason) at most `shown` times; `summary()` then
    says how many more there were: a feed of a million bad lines is a few lines, not a million."""

    def __init__(self, write: Callable[[str], None], shown: int = 3) -> None:
        self.write = write
        self.shown = shown
        self.counts: Counter[tuple[str, str]] = Counter()

    def __call__(self, reject: Reject) -> None:
        key = (reject.input, reject.reason)
        self.counts[key] += 1
        if self.counts[key] <= self.shown:
            self.write(f"rejected {reject.message()}")

    def summary(self) -> None:
        for (name, reason), count in self.counts.items():
            if count > self.shown:
                self.write(f"rejected {count - self.shown:,} more of {name}: {reason}")


def read_options(settings: Settings) -> ReadOptions:
    """The readers' options; a bad --date, or one outside the accepted range, is an error."""
    dates = settings.publication_range()
    default_date = None
    if settings.default_date:
        default_date = as_date(settings.default_date, "--date")
        if not dates[0] <= default_date <= dates[1]:
            raise EventscribeError(
                f"--date {default_date}: outside the accepted publication dates "
                f"{dates[0]} to {dates[1]} (settings min_date, max_date)"
            )
    return ReadOptions(
        default_date=default_date,
        field_map=dict(settings.field_map),
        max_chars=settings.max_chars,
        min_english_share=settings.min_english_share,
        dates=dates,
        max_consecutive_rejects=settings.max_consecutive_rejects,
    )
