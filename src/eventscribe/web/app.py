"""The FastAPI application: JSON under /api/, the page at /, one article's HTML view.

Everything is read-only except `POST /api/ingest`, which needs the token given at start.
Errors are one JSON shape, `{"error": "..."}`: 400 for a bad parameter (the message names
it), 401/403 for a missing or wrong token, 404 for an unknown id.
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from eventscribe.errors import EventscribeError
from eventscribe.settings import Settings
from eventscribe.store import Database
from eventscribe.store.query import PUBLIC_FILTERS, Filter
from eventscribe.version import __version__
from eventscribe.web import article_page, guards, queries, windows
from eventscribe.web.service import Service

STATIC = Path(str(resources.files("eventscribe.web") / "static"))
MAX_PAGE = 1000
MAX_OFFSET = 10**12  # DuckDB takes 64-bit offsets; a trillion is beyond any table here


class ApiError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class Document(BaseModel):
    name: str = Field(description="File name in the plain-text format; its stem is the id.")
    content: str = Field(description="`date YYYY-MM-DD <title>`, `- ` bullets, then the body.")


class IngestRequest(BaseModel):
    articles: list[dict[str, Any]] = Field(
        default_factory=list,
        description="Records as in JSON Lines input: id, date, title, text, url, source.",
    )
    documents: list[Document] = Field(default_factory=list)


def _query(declared: Filter) -> Any:
    """The API's query parameter of one declared filter (`store.query.DECLARED`)."""
    low, high = declared.bounds
    return Annotated[declared.type | None, Query(ge=low, le=high, description=declared.help)]


def _event_filters(**given: Any) -> dict[str, Any]:
    return {key: value for key, value in given.items() if value not in (None, "")}


event_filters = _event_filters
event_filters.__signature__ = inspect.Signature([  # type: ignore[attr-defined]
    inspect.Parameter(f.name, inspect.Parameter.KEYWORD_ONLY, default=None, annotation=_query(f))
    for f in PUBLIC_FILTERS
])  # fmt: skip
event_filters.__doc__ = """The declared event filters (`eventscribe.store.query.DECLARED`), the
CLI's, as query parameters; their values are checked there."""


def _reader(request: Request) -> Iterator[Database]:
    """The request's `Database`: a cursor of the server's connection, closed after it."""
    with request.app.state.service.reader() as db:
        yield db


Db = Annotated[Database, Depends(_reader)]
Filters = Annotated[dict[str, Any], Depends(event_filters)]
Limit = Annotated[int, Query(ge=0, le=MAX_PAGE, description=f"At most {MAX_PAGE}.")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET)]


def create_app(
    db_path: Path | str,
    token: str | None,
    *,
    settings: Settings | None = None,
    hosts: frozenset[str] | None = guards.served_hosts(None),
    max_body: int = guards.MAX_BODY,
) -> FastAPI:
    """The app over `db_path` (created if missing); `token` guards ingest (None: disabled).

    `hosts`: the Host names answered (None: any); `max_body`: bytes of one ingest POST.
    """
    service = Service(db_path, settings)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        service.close()

    app = FastAPI(
        title="eventscribe",
        version=__version__,
        description="Political events from news articles: who did what to whom, when and "
        "where, and who says so. Read-only, except POST /api/ingest (token).",
        docs_url=None,  # the Swagger page loads from a CDN; /openapi.json is the document
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.service = service
    _install_errors(app)
    guards.install(app, hosts, token, max_body)
    _install_api(app, service, token)
    _install_pages(app, service)
    return app


def _install_errors(app: FastAPI) -> None:
    def error(status: int, message: str) -> JSONResponse:
        return JSONResponse({"error": message}, status_code=status)

    @app.exception_handler(ApiError)
    async def api_error(_: Request, exc: ApiError) -> JSONResponse:
        return error(exc.status, exc.message)

    @app.exception_handler(EventscribeError)
    async def bad_value(_: Request, exc: EventscribeError) -> JSONResponse:
        return error(400, str(exc))

    @app.exception_handler(RequestValidationError)
    async def bad_request(_: Request, exc: RequestValidationError) -> JSONResponse:
        problems = []
        for item in exc.errors():
            where = ".".join(str(p) for p in item["loc"] if p not in ("query", "path", "body"))
            problems.append(f"{where or 'request'}: {item['msg']}")
        return error(400, "; ".join(problems))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        return error(exc.status_code, str(exc.detail))


def _found(item: Any, what: str, key: str) -> Any:
    if item is None:
        raise ApiError(404, f"no {what} with id {key!r}")
    return item


def _install_api(app: FastAPI, service: Service, token: str | None) -> None:
    @app.get("/api/events", tags=["events"])
    def list_events(
        db: Db, filters: Filters, limit: Limit = 100, offset: Offset = 0, order: str = "event_date"
    ) -> dict[str, Any]:
        """Events matching the filters, one page; `total` counts all matches."""
        found = db.events(limit=limit, offset=offset, order=order, **filters)
        total = db.count_events(**filters)
        return {"total": total, "limit": limit, "offset": offset, "events": found}

    @app.get("/api/events/{event_id}", tags=["events"])
    def one_event(db: Db, event_id: str) -> dict[str, Any]:
        """One event with its spans in the article and the actor mentions of its evidence."""
        return _found(queries.event_detail(db, event_id), "event", event_id)

    @app.get("/api/overview", tags=["events"])
    def overview(db: Db, filters: Filters, by: str = "month") -> dict[str, Any]:
        """Events per period (day, week, month, year) and quad class; periods without
        events are left out. At most 3,700 periods between the first and the last."""
        return {"by": by, "periods": queries.overview(db, by, filters)}

    @app.get("/api/summary", tags=["events"])
    def summary(db: Db, filters: Filters) -> dict[str, Any]:
        """What the filters match: events, articles and actors counted, first and last event
        dates, and the dense period (where the middle 90 % of the events fall)."""
        return {**queries.counts(db, filters), **windows.span(db, filters)}

    @app.get("/api/network", tags=["events"])
    def network(
        db: Db,
        filters: Filters,
        limit: Limit = 150,
        actors: Annotated[int, Query(ge=1, le=MAX_PAGE, description="Top actors.")] = 40,
    ) -> dict[str, Any]:
        """The `actors` actors in most dyad events, and the dyads between them as weighted
        edges (at most `limit`, most events first), with cooperation and conflict counts."""
        return queries.network(db, limit, filters, top=actors)

    @app.get("/api/places", tags=["events"])
    def places(db: Db, filters: Filters, limit: Limit = 500) -> dict[str, Any]:
        """Event places with coordinates and event counts."""
        return {"places": queries.places(db, limit, filters)}

    @app.get("/api/stats", tags=["events"])
    def stats(db: Db) -> dict[str, Any]:
        """Rows per table, and the date range of the events."""
        span = db.sql("select min(event_date) as first, max(event_date) as last from events")[0]
        return {"tables": db.stats(), "first": span["first"], "last": span["last"]}

    @app.get("/api/actors", tags=["actors"])
    def list_actors(
        db: Db, q: str | None = None, limit: Limit = 50, offset: Offset = 0
    ) -> dict[str, Any]:
        """Registry actors matching `q` (id, code, name or spelling), most events first."""
        return {
            "limit": limit,
            "offset": offset,
            "actors": db.actors(q, limit=limit, offset=offset),
        }

    @app.get("/api/actors/{actor_id}", tags=["actors"])
    def one_actor(db: Db, actor_id: str) -> dict[str, Any]:
        """One actor: spellings, roles over time with evidence, and its latest events."""
        actor = _found(db.actor(actor_id), "actor", actor_id)
        actor["latest_events"] = db.events(actor=actor_id, order="-event_date", limit=20)
        return actor

    @app.get("/api/articles", tags=["articles"])
    def list_articles(
        db: Db,
        limit: Limit = 100,
        offset: Offset = 0,
        start: Annotated[str | None, Query(description="Published from YYYY-MM-DD.")] = None,
        end: Annotated[str | None, Query(description="Published until YYYY-MM-DD.")] = None,
    ) -> dict[str, Any]:
        """Article summaries (no text), newest first."""
        found = db.articles(limit=limit, offset=offset, start=start, end=end)
        return {"limit": limit, "offset": offset, "articles": found}

    @app.get("/api/articles/{article_id}", tags=["articles"])
    def one_article(db: Db, article_id: str) -> dict[str, Any]:
        """One article: text, paragraphs, sentences, mentions, events and their spans."""
        return _found(db.article(article_id), "article", article_id)

    _install_across(app)
    _install_ingest(app, service, token)


def _install_across(app: FastAPI) -> None:
    @app.get("/api/series", tags=["across"])
    def series(
        db: Db,
        filters: Filters,
        by: Annotated[str | None, Query(description="day, week or month (default: auto)")] = None,
    ) -> dict[str, Any]:
        """Events and mean Goldstein per period (`eventscribe.across.series`); periods
        without events count zero. Without `start` and `end`, the dense period's. At most
        3,700 periods per request."""
        module = _across("series")
        start, end = filters.pop("start", None), filters.pop("end", None)
        by, first, last = windows.series_window(db, by, start, end, filters)
        found = _calling(module.series, db, by=by, start=first, end=last, **filters)
        return {"by": by, "start": first, "end": last, "series": found}

    @app.get("/api/alerts", tags=["across"])
    def alerts(
        db: Db,
        by: str = "week",
        key: str = "dyad",
        window: Annotated[int, Query(ge=1, le=windows.MAX_PERIODS)] = 8,
        threshold: float = 3.5,
        min_events: Annotated[int, Query(ge=1)] = 3,
        limit: Limit = 200,
    ) -> dict[str, Any]:
        """Periods whose event count stands out from the key's recent baseline, highest
        score first (at most `limit`; `total` counts them all)."""
        module = _across("alerts")
        reported = module.reporting_window(db)
        if reported and by in windows.SERIES_PERIODS:
            windows.check_periods(by, *reported)
        found = _calling(
            module.alerts, db, by=by, key=key, window=window, threshold=threshold,
            min_events=min_events,
        )  # fmt: skip
        return {"total": len(found), "limit": limit, "alerts": found[:limit]}


def _across(name: str) -> Any:
    import importlib

    try:
        return importlib.import_module(f"eventscribe.across.{name}")
    except ModuleNotFoundError:
        raise ApiError(501, f"{name}: not available in this build of eventscribe") from None


def _calling(function: Any, db: Database, **options: Any) -> Any:
    """Run an across function; its ValueErrors are bad parameters (400), not crashes."""
    try:
        return function(db, **options)
    except ValueError as error:
        raise ApiError(400, str(error)) from None
    except OverflowError:  # a period after 9999-12-31's
        raise ApiError(400, "dates out of range: the last period must end by 9999-12-31") from None


def _install_ingest(app: FastAPI, service: Service, token: str | None) -> None:
    def authorised(
        authorization: Annotated[str | None, Header()] = None,
        x_eventscribe_token: Annotated[str | None, Header()] = None,
    ) -> None:
        """Documents the token headers; the guard checked them before the body was read."""
        headers = {"authorization": authorization or "", "x-eventscribe-token": x_eventscribe_token}
        try:
            guards.check_token({k: v for k, v in headers.items() if v}, token)
        except guards.Refused as refused:
            raise ApiError(refused.status, refused.message) from None

    @app.post("/api/ingest", tags=["ingest"], dependencies=[Depends(authorised)])
    def ingest(body: IngestRequest) -> dict[str, Any]:
        """Run the pipeline on the posted articles and store them (one writer at a time).
        The token is checked, and a body over the size limit refused (413), before the body
        is read.

        Readers go on meanwhile and see each batch when its transaction commits.
        """
        documents = [document.model_dump() for document in body.documents]
        return service.ingest(body.articles, documents)


def _install_pages(app: FastAPI, service: Service) -> None:
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    def page() -> FileResponse:
        return FileResponse(STATIC / "index.html")

    @app.get("/articles/{article_id}", response_class=HTMLResponse, tags=["pages"])
    def article_view(article_id: str, event: str | None = None) -> HTMLResponse:
        """One article as HTML, escaped, with the chosen event's evidence and actors marked."""
        with service.reader() as db:
            article = db.article(article_id)
        if article is None:
            raise ApiError(404, f"no article with id {article_id!r}")
        return HTMLResponse(article_page.render(article, event))
