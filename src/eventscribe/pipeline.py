"""The pipeline: an Article flows through named stages, each a small module with one job.

    read -> normalize -> parse -> actors -> events -> time -> place -> store

Reading happens before the pipeline (readers yield Articles) and storing after it (the
store writes finished Articles); the stages in between are registered in
`eventscribe.registry.stages` and listed, in order, in `Settings.stages`.

A stage is a class registered by name with `requires` and `assigns` (names of Article
attributes); building a pipeline whose stage needs something no earlier stage assigns
fails at once, naming the stage.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Iterable, Iterator
from typing import ClassVar, Protocol

from eventscribe import registry
from eventscribe.article import Article
from eventscribe.errors import PipelineError
from eventscribe.settings import Settings

# What a reader gives every article before the first stage.
READER_ASSIGNS = ("id", "body", "title", "published", "source", "url", "origin", "meta")


class Stage(Protocol):
    name: ClassVar[str]
    requires: ClassVar[tuple[str, ...]]
    assigns: ClassVar[tuple[str, ...]]

    def __call__(self, article: Article) -> Article: ...


class BaseStage:
    """Default `pipe`: one article at a time. Stages that batch (parse) override it."""

    name: ClassVar[str] = ""
    requires: ClassVar[tuple[str, ...]] = ()
    assigns: ClassVar[tuple[str, ...]] = ()

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def __call__(self, article: Article) -> Article:
        raise NotImplementedError

    def pipe(self, articles: Iterable[Article]) -> Iterator[Article]:
        for article in articles:
            yield self(article)


class Pipeline:
    def __init__(self, stages: list[BaseStage]) -> None:
        self.stages = stages
        self.seconds: dict[str, float] = {stage.name: 0.0 for stage in stages}
        check_requirements(stages)

    @classmethod
    def from_settings(cls, settings: Settings) -> Pipeline:
        return cls([registry.stages.get(name)(settings) for name in settings.stage_names()])

    @classmethod
    def split_settings(
        cls, settings: Settings, attribute: str, *, tail: bool = True
    ) -> tuple[Pipeline, Pipeline | None]:
        """`from_settings(settings).split_after(attribute)`, building the tail's stages only
        when asked: a process that hands the tail to workers need not load the model."""
        classes = [registry.stages.get(name) for name in settings.stage_names()]
        check_requirements(classes)
        for cut, stage in enumerate(classes, start=1):
            if attribute in stage.assigns:
                head = Pipeline([c(settings) for c in classes[:cut]])
                if not tail:
                    return head, None
                return head, _Tail([c(settings) for c in classes[cut:]], head.stages)
        raise PipelineError(f"no stage assigns {attribute!r}")

    @property
    def names(self) -> list[str]:
        return [stage.name for stage in self.stages]

    def __call__(self, article: Article) -> Article:
        return self.run([article])[0]

    def split_after(self, attribute: str) -> tuple[Pipeline, Pipeline]:
        """Two pipelines: the stages up to the one that assigns `attribute`, and the rest.

        Ingest runs the cheap head (normalize: it gives the text whose hash identifies an
        article) before skipping duplicates, and the costly tail only on new articles.
        """
        for cut, stage in enumerate(self.stages, start=1):
            if attribute in stage.assigns:
                return Pipeline(self.stages[:cut]), _Tail(self.stages[cut:], self.stages[:cut])
        raise PipelineError(f"no stage assigns {attribute!r}")

    def run(self, batch: list[Article]) -> list[Article]:
        """Run every stage over the whole batch in turn, so each stage's time is its own."""
        for stage in self.stages:
            started = time.perf_counter()
            batch = list(stage.pipe(batch))
            self.seconds[stage.name] += time.perf_counter() - started
        for article in batch:
            article.doc = None  # the parse is not stored and not sent between processes
        return batch


class _Tail(Pipeline):
    """The stages after a split: their requirements count what the head assigned."""

    def __init__(self, stages: list[BaseStage], head: list[BaseStage]) -> None:
        self.stages = stages
        self.seconds = {stage.name: 0.0 for stage in stages}
        check_requirements(head + stages)


GC_THRESHOLDS = (20_000, 50, 50)  # allocations, then collections of the generation below


def settle() -> None:
    """Take what is alive now out of the collector's reach, once per process: called when a
    pipeline is built to run (an ingest, a worker). The model and the reference data are
    hundreds of thousands of objects that live as long as the process (loaded once, cached);
    every full collection scanned them all again (a fifth of a second of CPU each). Only
    the first time: a process that ingests again (the web service, tests) loads nothing new,
    and what froze is never collected, garbage included. Parsing allocates many short-lived
    objects, so the youngest generation is collected every 20,000 allocations rather than
    700, and the older ones every 50 collections below rather than 10 (collection time on
    200 articles about 1.0 -> 0.4 s of CPU, for a few MB more held between collections)."""
    if gc.get_freeze_count() == 0:
        gc.freeze()
        gc.set_threshold(*GC_THRESHOLDS)


def check_requirements(stages: list[BaseStage] | list[type[BaseStage]]) -> None:
    available = set(READER_ASSIGNS)
    for stage in stages:
        missing = [need for need in stage.requires if need not in available]
        if missing:
            raise PipelineError(
                f"stage {stage.name!r} requires {', '.join(missing)}, "
                "which no earlier stage assigns"
            )
        available.update(stage.assigns)
