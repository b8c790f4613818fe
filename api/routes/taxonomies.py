"""Label taxonomies: the shipped ones, and a tenant's custom ones."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, Request, Response

from textinsight.service.keys import ApiKey
from textinsight.service.taxonomies import TaxonomyLimits, TaxonomyStore, as_json

from .._state import state
from ..errors import PROBLEM_RESPONSES
from ..schemas import TaxonomyList, TaxonomyOut
from ..security import require
from .common import json_response

router = APIRouter(tags=["taxonomies"], responses=PROBLEM_RESPONSES)
AnyKey = Annotated[ApiKey, Depends(require("analyze", "jobs", "topics", "read"))]
AdminKey = Annotated[ApiKey, Depends(require("admin"))]
NAME = r"^[a-z][a-z0-9_\-]{0,63}$"


def _store(request: Request) -> TaxonomyStore:
    st = state(request)
    assert st.taxonomies is not None
    return st.taxonomies


@router.get("/v1/taxonomies", response_model=TaxonomyList)
def list_taxonomies(key: AnyKey, request: Request) -> dict[str, Any]:
    """The shipped taxonomies (pillars, touchpoints) and the tenant's custom ones."""
    return {"taxonomies": _store(request).list(key.tenant)}


@router.get("/v1/taxonomies/{name}", response_model=TaxonomyOut)
def get_taxonomy(name: str, key: AnyKey, request: Request) -> dict[str, Any]:
    """One taxonomy: the tenant's custom one of that name (with the state of its fit), else
    the shipped one."""
    store = _store(request)
    tax, source = store.get(key.tenant, name)
    status, error = "ready", None
    if source == "custom":
        status, error = store.status(key.tenant, tax, _heads(request))
    return {"name": tax.name, "source": source, "status": status, "error": error,
            "taxonomy": as_json(tax)}  # fmt: skip


def _heads(request: Request) -> Path:
    return state(request).settings.data_dir / "taxonomies"


@router.put("/v1/taxonomies/{name}", response_model=TaxonomyOut,
            responses={201: {"model": TaxonomyOut, "description": "Created."},
                       202: {"model": TaxonomyOut, "description": "Stored; its fit is queued "
                             "(a custom pillars/touchpoints set is used once it is fitted)."}})
def put_taxonomy(
    name: str, key: AdminKey, request: Request,
    body: Annotated[dict[str, Any], Body(description="A taxonomy: labels with id, names, "
                                         "description, examples (see README).")],
) -> Response:  # fmt: skip
    """Store (or replace) a custom taxonomy for the key's tenant: 201 when new, 202 when a
    custom pillars/touchpoints set was queued to be fitted (a job; analyses keep the shipped
    labels until it is ready). Too many labels or examples is a 413 naming the limit."""
    import re

    from textinsight.errors import InvalidInput

    if not re.match(NAME, name):
        raise InvalidInput(f"a taxonomy name matches {NAME}")
    st = state(request)
    assert st.jobs is not None
    store = _store(request)
    tax, created = store.put(key.tenant, name, body, TaxonomyLimits.from_settings(st.settings))
    status = store.fit(key.tenant, tax, st.jobs, _heads(request))
    out = {"name": tax.name, "source": "custom", "status": status, "error": None,
           "taxonomy": as_json(tax)}  # fmt: skip
    if status == "fitting":
        return json_response(out, 202, headers={"Location": f"/v1/taxonomies/{name}"})
    return json_response(out, 201 if created else 200)


@router.delete("/v1/taxonomies/{name}", status_code=204, response_class=Response)
def delete_taxonomy(name: str, key: AdminKey, request: Request) -> Response:
    """Remove the tenant's custom taxonomy of that name and its fitted head (its analyses go
    back to the shipped labels); 404 for a name it has no custom taxonomy of."""
    _store(request).delete(key.tenant, name, _heads(request))
    return Response(status_code=204)
