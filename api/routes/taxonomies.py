"""Label taxonomies: the shipped ones, and a tenant's custom ones."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, Request, Response

from textinsight.service.keys import ApiKey
from textinsight.service.taxonomies import TaxonomyStore, as_json

from .._state import state
from ..errors import PROBLEM_RESPONSES
from ..schemas import TaxonomyList, TaxonomyOut
from ..security import require
from .common import json_response

router = APIRouter(tags=["taxonomies"], responses=PROBLEM_RESPONSES)
AnyKey = Annotated[ApiKey, Depends(require("analyze", "jobs", "topics"))]
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
    """One taxonomy: the tenant's custom one of that name, else the shipped one."""
    tax, source = _store(request).get(key.tenant, name)
    return {"name": tax.name, "source": source, "taxonomy": as_json(tax)}


@router.put("/v1/taxonomies/{name}", response_model=TaxonomyOut,
            responses={201: {"model": TaxonomyOut, "description": "Created."}})  # fmt: skip
def put_taxonomy(
    name: str, key: AdminKey, request: Request,
    body: Annotated[dict[str, Any], Body(description="A taxonomy: labels with id, names, "
                                         "description, examples (see README).")],
) -> Response:  # fmt: skip
    """Store (or replace) a custom taxonomy for the key's tenant; 201 when new."""
    import re

    from textinsight.errors import InvalidInput

    if not re.match(NAME, name):
        raise InvalidInput(f"a taxonomy name matches {NAME}")
    tax, created = _store(request).put(key.tenant, name, body)
    return json_response({"name": tax.name, "source": "custom", "taxonomy": as_json(tax)},
                         201 if created else 200)  # fmt: skip
