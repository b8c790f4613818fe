"""GET /v1/models: the models this service runs (names, versions, checksums, encoder backend)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends
from pydantic import BaseModel, Field

from textinsight.service.keys import ApiKey
from textinsight.service.models import loaded_models

from ..deps import AnalyzersDep
from ..errors import PROBLEM_RESPONSES
from ..security import require

router = APIRouter(tags=["models"], responses=PROBLEM_RESPONSES)
AnyKey = Annotated[ApiKey, Depends(require("analyze", "jobs", "topics", "read"))]


class ModelOut(BaseModel):
    """One model of the pipeline, as its manifest describes it."""

    role: str = Field(description="Its folder: sentiment, pillars, langid, encoder, ...")
    stage: str = Field(description="The pipeline stage that runs it.")
    name: str = Field(description="The model's own name (its manifest's 'name').")
    version: str | None = Field(description="Its version; null when it has none.")
    sha256: dict[str, str] = Field(
        description="File name -> sha256, as the manifest lists "
        "them (checked when the model was loaded)."
    )
    source: str = Field(description="'shipped', or 'custom' when a setting points elsewhere.")


class EncoderOut(BaseModel):
    """The encoder every head and the topics read."""

    name: str
    version: str = Field(description="Its version, with the tuned trunk's and the backend's.")
    backend: str = Field(description="torch, onnx-fp32 or onnx-int8.")


class ModelsOut(BaseModel):
    """The service's models."""

    model_version: str = Field(description="As in every analysis answer.")
    stages: list[str] = Field(description="The pipeline's stages, in order.")
    encoder: EncoderOut | None = Field(description="Null when the pipeline embeds nothing.")
    models: list[ModelOut]


@router.get("/v1/models", response_model=ModelsOut)
def list_models(key: AnyKey, analyzers: AnalyzersDep) -> dict[str, Any]:
    """The models the service's pipeline runs, in stage order: name, version and sha256 sums
    from each model's manifest, and the encoder with its backend. 503 while the models load."""
    return loaded_models(analyzers).public()
