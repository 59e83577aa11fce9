"""The FastAPI application: JSON under /api/, the page at /, one article's HTML view.

Everything is read-only except `POST /api/ingest`, which needs the token given at start.
Errors are one JSON shape, `{"error": "..."}`: 400 for a bad parameter (the message names
it), 401/403 for a missing or wrong token, 404 for an unknown id.
"""

from __future__ import annotations

import secrets
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

from eventscribe import __version__
from eventscribe.errors import EventscribeError
from eventscribe.settings import Settings
from eventscribe.store import Database
from eventscribe.web import article_page, queries
from eventscribe.web.service import Service

STATIC = Path(str(resources.files("eventscribe.web") / "static"))
# The page loads only its own files; injected markup could run nothing even if it got in.
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; object-src 'none'; "
    "base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
MAX_PAGE = 1000


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


def event_filters(
    actor: Annotated[str | None, Query(description="Actor id, code or name.")] = None,
    country: Annotated[str | None, Query(description="ISO-3 of source or target.")] = None,
    code: Annotated[str | None, Query(description="CAMEO code or prefix.")] = None,
    root: Annotated[str | None, Query(description="CAMEO root code (2 digits).")] = None,
    start: Annotated[str | None, Query(description="From date YYYY-MM-DD.")] = None,
    end: Annotated[str | None, Query(description="To date YYYY-MM-DD.")] = None,
    date_field: Annotated[str | None, Query(description="event_date or published.")] = None,
    text: Annotated[str | None, Query(description="Words in the evidence sentence.")] = None,
    place_country: Annotated[str | None, Query(description="ISO-3 of the place.")] = None,
    bbox: Annotated[str | None, Query(description="MIN_LON,MIN_LAT,MAX_LON,MAX_LAT")] = None,
    quad_class: Annotated[int | None, Query(ge=1, le=4, description="1..4")] = None,
    modality: Annotated[str | None, Query(description="asserted, reported, ...")] = None,
    article_id: Annotated[str | None, Query(description="Events of one article.")] = None,
) -> dict[str, Any]:
    """The CLI's event filters (see `eventscribe.store.query`), validated there."""
    return {key: value for key, value in locals().items() if value not in (None, "")}


def _reader(request: Request) -> Iterator[Database]:
    """The request's `Database`: a cursor of the server's connection, closed after it."""
    with request.app.state.service.reader() as db:
        yield db


Db = Annotated[Database, Depends(_reader)]
Filters = Annotated[dict[str, Any], Depends(event_filters)]
Limit = Annotated[int, Query(ge=0, le=MAX_PAGE, description=f"At most {MAX_PAGE}.")]
Offset = Annotated[int, Query(ge=0)]


def create_app(
    db_path: Path | str, token: str | None, *, settings: Settings | None = None
) -> FastAPI:
    """The app over `db_path` (created if missing); `token` guards ingest (None: disabled)."""
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
    _install_headers(app)
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


def _install_headers(app: FastAPI) -> None:
    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Any:
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response


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
        """Events per period (day, week, month, year) and quad class."""
        return {"by": by, "periods": queries.overview(db, by, filters)}

    @app.get("/api/network", tags=["events"])
    def network(db: Db, filters: Filters, limit: Limit = 150) -> dict[str, Any]:
        """Source-target dyads as weighted edges, with cooperation and conflict counts."""
        return queries.network(db, limit, filters)

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
        by: str = "day",
        actor: str | None = None,
        country: str | None = None,
        source: str | None = None,
        target: str | None = None,
        quad_class: Annotated[int | None, Query(ge=1, le=4)] = None,
        root: str | None = None,
        start: str | None = None,
        end: str | None = None,
    ) -> dict[str, Any]:
        """Events and mean Goldstein per period (`eventscribe.across.series`)."""
        module = _across("series")
        found = _calling(
            module.series, db, by=by, actor=actor, country=country, source=source,
            target=target, quad_class=quad_class, root=root, start=start, end=end,
        )  # fmt: skip
        return {"by": by, "series": found}

    @app.get("/api/alerts", tags=["across"])
    def alerts(
        db: Db,
        by: str = "week",
        key: str = "dyad",
        window: Annotated[int, Query(ge=1)] = 8,
        threshold: float = 3.5,
        min_events: Annotated[int, Query(ge=1)] = 3,
    ) -> dict[str, Any]:
        """Periods whose event count stands out from the key's recent baseline."""
        module = _across("alerts")
        found = _calling(
            module.alerts, db, by=by, key=key, window=window, threshold=threshold,
            min_events=min_events,
        )  # fmt: skip
        return {"alerts": found}


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


def _install_ingest(app: FastAPI, service: Service, token: str | None) -> None:
    def authorised(
        authorization: Annotated[str | None, Header()] = None,
        x_eventscribe_token: Annotated[str | None, Header()] = None,
    ) -> None:
        if not token:
            raise ApiError(403, "ingest is disabled on this server (start it with --token)")
        given = x_eventscribe_token
        if authorization and authorization.lower().startswith("bearer "):
            given = authorization[7:].strip()
        if not given:
            raise ApiError(
                401, "ingest needs the server's token: send 'Authorization: Bearer TOKEN'"
            )
        if not secrets.compare_digest(given.encode(), token.encode()):
            raise ApiError(403, "wrong token")

    @app.post("/api/ingest", tags=["ingest"], dependencies=[Depends(authorised)])
    def ingest(body: IngestRequest) -> dict[str, Any]:
        """Run the pipeline on the posted articles and store them (one writer at a time).

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
