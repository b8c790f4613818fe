"""/dashboard: the insight views of a tenant's streams and jobs, in a browser.

The page is the app of ``textinsight/insight/web`` (the report's app); the service serves it
and its assets (plotly.min.js from the plotly package) itself: nothing from a CDN. Login: a
form posts an API key once, the answer sets a signed session cookie (HttpOnly,
SameSite=Strict, Secure over https) and redirects; no key ever travels in a URL. The page's
fetches to ``/v1`` carry the cookie, which :mod:`api.security` accepts for GET requests from
this origin only.
"""

from __future__ import annotations

from html import escape
from typing import Annotated

from fastapi import APIRouter, FastAPI, Form, Request
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from textinsight import __version__
from textinsight.service.errors import Forbidden, NotFound

from ..deps import KeyCacheDep, SessionsDep
from ..security import SESSION_COOKIE, same_origin

PREFIX = "/dashboard"
STATIC = f"{PREFIX}/static"
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: blob:; connect-src 'self'; font-src 'self' data:; "
    "frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
)
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-store",
}
_MEDIA = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8"}

LOGIN = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<link rel="icon" href="data:,"><title>textinsight - log in</title>
<link rel="stylesheet" href="{static}/app.css?v={v}"></head>
<body><main class="ti-login ti-card">
<h1>textinsight dashboard</h1>
<form method="post" action="{prefix}/login" autocomplete="off">
<label for="api_key">API key</label>
<input id="api_key" name="api_key" type="password" required autofocus>
<button type="submit">Log in</button>
</form>
<p class="ti-error" role="alert">{error}</p>
<p class="ti-muted">The key is exchanged for a session cookie that can only read; it is never
put in a URL. Keys: <code>textinsight keys create</code>.</p>
</main></body></html>
"""


def _asset(name: str) -> tuple[str, str]:
    """The path and media type of an allowed asset (anything else is a 404)."""
    # textinsight.insight imports pandas: only when the dashboard is used, not at start-up
    from textinsight.insight.report import plotly_js, web_asset

    if name == "plotly.min.js":
        return str(plotly_js()), _MEDIA[".js"]
    if name in ("app.js", "app.css"):
        return str(web_asset(name)), _MEDIA["." + name.rsplit(".", 1)[1]]
    raise NotFound(f"no dashboard asset {name!r}")


def _login_page(error: str = "", status: int = 200) -> HTMLResponse:
    html = LOGIN.format(static=STATIC, prefix=PREFIX, v=__version__, error=escape(error))
    return HTMLResponse(html, status, headers=HEADERS)


def _app_page() -> HTMLResponse:
    from textinsight.insight.report import json_script, page

    v = __version__
    scripts = (
        f'<script src="{STATIC}/plotly.min.js?v={v}"></script>\n'
        f'<script src="{STATIC}/app.js?v={v}"></script>'
    )
    header = (
        f'<form method="post" action="{PREFIX}/logout">'
        '<button type="submit">Log out</button></form>'
    )
    config = {"mode": "dashboard", "api": "/v1", "login": PREFIX}
    html = page(
        title="textinsight dashboard",
        header=header,
        scripts=scripts,
        styles=f'<link rel="stylesheet" href="{STATIC}/app.css?v={v}">',
        data=json_script("ti-config", config),
    )
    return HTMLResponse(html, headers=HEADERS)


def _https(request: Request) -> bool:
    """Whether the browser reached us over https: the scheme, or a TLS proxy's
    X-Forwarded-Proto (trusting it can only make the cookie stricter)."""
    proto = request.headers.get("x-forwarded-proto", "").split(",")[0].strip().lower()
    return request.url.scheme == "https" or proto == "https"


def _forget(response: Response) -> Response:
    response.delete_cookie(SESSION_COOKIE, path="/", httponly=True, samesite="strict")
    return response


router = APIRouter(include_in_schema=False)


@router.get(PREFIX)
async def dashboard(request: Request, sessions: SessionsDep) -> Response:
    """The app for a logged-in browser, else the login form."""
    value = request.cookies.get(SESSION_COOKIE)
    if value:
        if await sessions.verify(value) is not None:
            return _app_page()
        return _forget(_login_page("The session has expired or its key was revoked."))
    return _login_page()


@router.post(f"{PREFIX}/login")
async def login(
    request: Request,
    key_cache: KeyCacheDep,
    sessions: SessionsDep,
    api_key: Annotated[str, Form(max_length=200)] = "",
) -> Response:
    """Exchange an API key (a form field, never the URL) for a session cookie."""
    if not same_origin(request):
        raise Forbidden("log in from the service's own /dashboard page")
    key = await key_cache.verify(api_key.strip()) if api_key.strip() else None
    if key is None:
        return _login_page("That API key is not valid or has been revoked.", 401)
    response = RedirectResponse(PREFIX, 303, headers={"Cache-Control": "no-store"})
    response.set_cookie(
        SESSION_COOKIE,
        sessions.issue(key),
        max_age=int(sessions.lifetime),
        path="/",
        httponly=True,
        samesite="strict",
        secure=_https(request),
    )
    request.state.key_id = key.id
    request.state.tenant = key.tenant
    return response


@router.post(f"{PREFIX}/logout")
async def logout(request: Request) -> Response:
    """Forget the session cookie and show the login form."""
    if not same_origin(request):
        raise Forbidden("log out from the service's own /dashboard page")
    return _forget(RedirectResponse(PREFIX, 303, headers={"Cache-Control": "no-store"}))


@router.get(STATIC + "/{name}")
async def asset(name: str) -> FileResponse:
    """app.js, app.css and plotly.min.js, from the installed packages."""
    path, media = _asset(name)
    return FileResponse(
        path,
        media_type=media,
        headers={"Cache-Control": "no-cache", "X-Content-Type-Options": "nosniff"},
    )


class PrivateAnswers:
    """``Cache-Control: private, no-store`` on the /v1 answers to requests carrying the session
    cookie (where a route sets none): a shared cache keys on the URL, not the cookie, and must
    not hand one tenant's data to the next browser. ``nosniff`` too: a browser must never
    take stored texts in a JSON answer for a page."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        cookie = f"{SESSION_COOKIE}=".encode()
        if (
            scope["type"] != "http"
            or not scope["path"].startswith("/v1")
            or not any(k == b"cookie" and cookie in v for k, v in scope.get("headers") or ())
        ):
            await self.app(scope, receive, send)
            return

        async def private(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                if "cache-control" not in headers:
                    headers["Cache-Control"] = "private, no-store"
                headers["X-Content-Type-Options"] = "nosniff"
            await send(message)

        await self.app(scope, receive, private)


def install(app: FastAPI) -> None:
    """Add the dashboard's routes (and keep the session's answers out of shared caches)."""
    app.include_router(router)
    app.add_middleware(PrivateAnswers)
