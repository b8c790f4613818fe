"""Label taxonomies: the shipped ones, and a tenant's custom ones."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, Response

from textinsight.service.keys import ApiKey
from textinsight.service.taxonomies import TaxonomyLimits, as_json
from textinsight.settings import Settings

from ..deps import JobsDep, SettingsDep, TaxonomiesDep
from ..errors import PROBLEM_RESPONSES
from ..schemas import TaxonomyList, TaxonomyOut
from ..security import require
from .common import json_response

router = APIRouter(tags=["taxonomies"], responses=PROBLEM_RESPONSES)
AnyKey = Annotated[ApiKey, Depends(require("analyze", "jobs", "topics", "read"))]
AdminKey = Annotated[ApiKey, Depends(require("admin"))]
NAME = r"^[a-z][a-z0-9_\-]{0,63}$"


@router.get("/v1/taxonomies", response_model=TaxonomyList)
def list_taxonomies(key: AnyKey, store: TaxonomiesDep) -> dict[str, Any]:
    """The shipped taxonomies (pillars, touchpoints) and the tenant's custom ones."""
    return {"taxonomies": store.list(key.tenant)}


@router.get("/v1/taxonomies/{name}", response_model=TaxonomyOut)
def get_taxonomy(
    name: str, key: AnyKey, store: TaxonomiesDep, settings: SettingsDep
) -> dict[str, Any]:
    """One taxonomy: the tenant's custom one of that name (with the state of its fit), else
    the shipped one."""
    tax, source = store.get(key.tenant, name)
    status, error = "ready", None
    if source == "custom":
        status, error = store.status(key.tenant, tax, _heads(settings))
    return {
        "name": tax.name,
        "source": source,
        "status": status,
        "error": error,
        "taxonomy": as_json(tax),
    }


def _heads(settings: Settings) -> Path:
    return settings.data_dir / "taxonomies"


@router.put(
    "/v1/taxonomies/{name}",
    response_model=TaxonomyOut,
    responses={
        201: {"model": TaxonomyOut, "description": "Created."},
        202: {
            "model": TaxonomyOut,
            "description": "Stored; its fit is queued "
            "(a custom pillars/touchpoints set is used once it is fitted).",
        },
    },
)
def put_taxonomy(
    name: str,
    key: AdminKey,
    store: TaxonomiesDep,
    jobs: JobsDep,
    settings: SettingsDep,
    body: Annotated[
        dict[str, Any],
        Body(description="A taxonomy: labels with id, names, description, examples (see README)."),
    ],
) -> Response:
    """Store (or replace) a custom taxonomy for the key's tenant: 201 when new, 202 when a
    custom pillars/touchpoints set was queued to be fitted (a job; analyses keep the shipped
    labels until it is ready). Too many labels or examples is a 413 naming the limit."""
    import re

    from textinsight.errors import InvalidInput

    if not re.match(NAME, name):
        raise InvalidInput(f"a taxonomy name matches {NAME}")
    tax, created = store.put(key.tenant, name, body, TaxonomyLimits.from_settings(settings))
    status = store.fit(key.tenant, tax, jobs, _heads(settings))
    out = {
        "name": tax.name,
        "source": "custom",
        "status": status,
        "error": None,
        "taxonomy": as_json(tax),
    }
    if status == "fitting":
        return json_response(out, 202, headers={"Location": f"/v1/taxonomies/{name}"})
    return json_response(out, 201 if created else 200)


@router.delete("/v1/taxonomies/{name}", status_code=204, response_class=Response)
def delete_taxonomy(
    name: str, key: AdminKey, store: TaxonomiesDep, settings: SettingsDep
) -> Response:
    """Remove the tenant's custom taxonomy of that name and its fitted head (its analyses go
    back to the shipped labels); 404 for a name it has no custom taxonomy of."""
    store.delete(key.tenant, name, _heads(settings))
    return Response(status_code=204)
