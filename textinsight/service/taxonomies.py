"""Label taxonomies over the service: the shipped ones, and custom ones stored per tenant."""

from __future__ import annotations

import hashlib
import json
import time
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from sqlalchemy import insert, select, update
from sqlalchemy.engine import Engine

from ..errors import InvalidInput
from ..taxonomy import Taxonomy, default_taxonomy
from .db import taxonomies
from .errors import NotFound

DEFAULTS = ("pillars", "touchpoints")


class TaxonomyStore:
    """Read the shipped taxonomies; read and write a tenant's own."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    # Analysis uses a tenant's custom 'pillars' / 'touchpoints' in place of the shipped ones.
    def _custom(self, tenant: str, name: str | None = None) -> list[Taxonomy]:
        q = select(taxonomies.c.body).where(taxonomies.c.tenant == tenant)
        if name is not None:
            q = q.where(taxonomies.c.name == name)
        with self.engine.connect() as conn:
            rows = conn.execute(q.order_by(taxonomies.c.name)).all()
        return [Taxonomy.model_validate_json(r[0]) for r in rows]

    def list(self, tenant: str) -> list[dict[str, Any]]:
        """Summaries: the tenant's custom taxonomies, and shipped ones they do not replace."""
        custom = {t.name: t for t in self._custom(tenant)}
        out = []
        for name in DEFAULTS:
            if name not in custom:
                out.append(_summary(default_taxonomy(name), "default"))
        out.extend(_summary(t, "custom") for t in custom.values())
        return sorted(out, key=lambda s: s["name"])

    def get(self, tenant: str, name: str) -> tuple[Taxonomy, str]:
        """A taxonomy and its source ('custom' wins over 'default')."""
        found = self._custom(tenant, name)
        if found:
            return found[0], "custom"
        if name in DEFAULTS:
            return default_taxonomy(name), "default"
        raise NotFound(f"no taxonomy {name!r}")

    def put(self, tenant: str, name: str, body: dict[str, Any]) -> tuple[Taxonomy, bool]:
        """Validate and store a custom taxonomy; True when it was new."""
        try:
            tax = Taxonomy.model_validate({**body, "name": name})
        except ValidationError as exc:
            parts = [f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors()]
            raise InvalidInput("invalid taxonomy: " + "; ".join(parts)) from exc
        data, now = tax.model_dump_json(), time.time()
        with self.engine.begin() as conn:
            res = conn.execute(update(taxonomies)
                               .where(taxonomies.c.tenant == tenant, taxonomies.c.name == name)
                               .values(body=data, updated_at=now))  # fmt: skip
            if res.rowcount == 1:
                return tax, False
            conn.execute(insert(taxonomies).values(tenant=tenant, name=name, body=data,
                                                   updated_at=now))  # fmt: skip
        return tax, True

    def overrides(self, tenant: str, directory: Path) -> tuple[tuple[str, Path], ...]:
        """The tenant's custom versions of the shipped label sets, as files under
        ``directory`` (content-addressed) that analysis settings can point at."""
        out = []
        for tax in self._custom(tenant):
            if tax.name not in DEFAULTS:
                continue
            data = tax.model_dump_json()
            path = directory / f"{tax.name}-{hashlib.sha256(data.encode()).hexdigest()[:16]}.json"
            if not path.exists():
                directory.mkdir(parents=True, exist_ok=True)
                tmp = path.with_suffix(".part")
                tmp.write_text(data, encoding="utf-8")
                tmp.replace(path)
            out.append((tax.name, path))
        return tuple(sorted(out))


def _summary(tax: Taxonomy, source: str) -> dict[str, Any]:
    return {"name": tax.name, "source": source, "version": str(tax.version),
            "labels": tax.ids, "multi_label": tax.multi_label}  # fmt: skip


def as_json(tax: Taxonomy) -> dict[str, Any]:
    """A taxonomy as plain JSON."""
    return json.loads(tax.model_dump_json())  # type: ignore[no-any-return]
