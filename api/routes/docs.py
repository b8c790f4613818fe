"""The interactive API docs (Swagger UI), served with its assets from the installed package
``swagger-ui-bundle-v2`` (Apache-2.0), so ``/docs`` works without internet access.

FastAPI's own ``/docs`` loads Swagger UI from a CDN; a service on a closed network then shows a
blank page. ReDoc has no packaged bundle and is switched off for the same reason.
"""

from __future__ import annotations

from fastapi import APIRouter, FastAPI
from fastapi.openapi.docs import get_swagger_ui_html, get_swagger_ui_oauth2_redirect_html
from fastapi.responses import HTMLResponse
from starlette.staticfiles import StaticFiles

ASSETS = "/docs/assets"


def install(app: FastAPI) -> None:
    """Add ``/docs`` (and its OAuth2 redirect page) and mount the Swagger UI assets."""
    from swagger_ui_bundle import swagger_ui_path

    router = APIRouter(include_in_schema=False)
    openapi_url = app.openapi_url or "/openapi.json"
    redirect = "/docs/oauth2-redirect"

    @router.get("/docs")
    def docs() -> HTMLResponse:
        """Swagger UI over this service's OpenAPI document."""
        return get_swagger_ui_html(
            openapi_url=openapi_url,
            title=f"{app.title} - API docs",
            swagger_js_url=f"{ASSETS}/swagger-ui-bundle.js",
            swagger_css_url=f"{ASSETS}/swagger-ui.css",
            swagger_favicon_url=f"{ASSETS}/favicon-32x32.png",
            oauth2_redirect_url=redirect,
        )

    @router.get(redirect)
    def oauth2_redirect() -> HTMLResponse:
        """Swagger UI's OAuth2 redirect page."""
        return get_swagger_ui_oauth2_redirect_html()

    app.include_router(router)
    app.mount(ASSETS, StaticFiles(directory=swagger_ui_path), name="swagger-ui")
