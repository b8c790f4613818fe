"""The HTML report: one self-contained file that draws a view model (:mod:`.view`).

The page is the same small app the service serves at ``/dashboard`` (``web/``: a template,
``app.js``, ``app.css``). Here everything is inlined: plotly.js from the installed ``plotly``
package, the app, its styles, and the view as a ``<script type="application/json">`` data block.
The page asks for nothing over the network; its Content-Security-Policy forbids it
(``default-src 'none'``), so a copy mailed around or opened on a closed network looks the same.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
from importlib import resources
from pathlib import Path
from typing import Any

WEB_DIR = Path(__file__).parent / "web"
ASSETS = ("app.js", "app.css")
# inline styles, and only the inline scripts of the given hashes (plotly, the app: no other
# script and no inline event handler runs); images from data: and blob: (plotly's PNG download)
REPORT_CSP = (
    "default-src 'none'; script-src {scripts}; style-src 'unsafe-inline'; "
    "img-src data: blob:; font-src data:; connect-src 'none'; base-uri 'none'; "
    "form-action 'none'"
)


def plotly_js() -> Path:
    """plotly.min.js as the ``plotly`` Python package ships it (no CDN)."""
    path = Path(str(resources.files("plotly") / "package_data" / "plotly.min.js"))
    if not path.is_file():  # pragma: no cover - a broken plotly install
        from ..errors import ConfigError

        raise ConfigError(f"plotly.min.js is missing from the plotly package ({path})")
    return path


def web_asset(name: str) -> Path:
    """A file of the app (``app.js``, ``app.css``, ``index.html``)."""
    return WEB_DIR / name


def plain(value: Any) -> Any:
    """``value`` with only JSON types: NaN and infinities become None, numpy scalars and
    dates plain Python (JSON has no NaN, and ``JSON.parse`` refuses it)."""
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if hasattr(value, "isoformat"):  # dates, timestamps (a midnight one as a date)
        midnight = not any(getattr(value, a, 0) for a in ("hour", "minute", "second"))
        return value.isoformat()[:10] if midnight else value.isoformat()
    if hasattr(value, "item"):  # numpy scalars
        return plain(value.item())
    return str(value)


def json_script(element_id: str, data: Any) -> str:
    """A ``<script type="application/json">`` data block; ``<``, ``>`` and ``&`` are escaped
    so no text in the data can close the element."""
    body = json.dumps(plain(data), ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    body = body.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    body = body.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return f'<script type="application/json" id="{element_id}">{body}</script>'


def _inline_script(code: str) -> tuple[str, str]:
    """The ``<script>`` element of ``code`` and its CSP source (``'sha256-...'``)."""
    # a literal "</script" inside the code would end the element early; the browser hashes
    # the text as parsed, where line breaks are LF
    body = code.replace("</script", "<\\/script").replace("\r\n", "\n").replace("\r", "\n")
    digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode()
    return f"<script>{body}</script>", f"'sha256-{digest}'"


def page(
    *, title: str, styles: str, scripts: str, data: str, header: str = "", csp: str | None = None
) -> str:
    """The app's HTML page with its pieces filled in (the report and the dashboard share it)."""
    from html import escape

    html = web_asset("index.html").read_text(encoding="utf-8")
    quoted = escape(csp, quote=False).replace('"', "&quot;") if csp else ""
    meta = f'<meta http-equiv="Content-Security-Policy" content="{quoted}">' if csp else ""
    for mark, value in (
        ("<!--CSP-->", meta),
        ("<!--TITLE-->", escape(title)),
        ("<!--STYLES-->", styles),
        ("<!--HEADER-->", header),
        ("<!--DATA-->", data),
        ("<!--SCRIPTS-->", scripts),
    ):
        html = html.replace(mark, value)
    return html


def render_report(view: dict[str, Any]) -> str:
    """The report of ``view`` as one HTML string."""
    css = web_asset("app.css").read_text(encoding="utf-8")
    inline = [
        _inline_script(p.read_text(encoding="utf-8")) for p in (plotly_js(), web_asset("app.js"))
    ]
    data = "\n".join((json_script("ti-config", {"mode": "report"}), json_script("ti-view", view)))
    return page(
        title=str(view.get("title") or "textinsight report"),
        styles=f"<style>{css}</style>",
        scripts="\n".join(e for e, _ in inline),
        data=data,
        csp=REPORT_CSP.format(scripts=" ".join(h for _, h in inline)),
    )


def write_report(view: dict[str, Any], path: Path | str) -> Path:
    """Write the report of ``view`` to ``path`` (one self-contained HTML file); the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(render_report(view), encoding="utf-8")
    tmp.replace(path)
    return path
