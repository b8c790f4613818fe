"""ONNX Runtime backend of the encoder: one graph that gives both views.

The transformers model (and, with the label branch, its tuned top layers) is exported once into
an ONNX graph whose two outputs are the mean-pooled general vectors (base top layers, what topics
cluster) and the mean-pooled label vectors (tuned top layers, what the label heads read); the
lower layers run once for both. The export is written at first use into the cache directory
(``<cache_dir>/onnx/<name>-<key>/``, never into the repository), keyed by the sha256 of the
source weights, of the tuned delta and of the exporter version, and checked against the sha256
sums it recorded whenever it is loaded:

- ``base.onnx``: the exported graph after ONNX Runtime's transformer fusions (attention,
  layer norm, bias-GELU; the residual Add stays apart from the layer norm: see ``UNFUSED``);
- ``fp32.onnx``: ``base.onnx`` after ONNX Runtime's extended graph optimisations, saved offline
  so a start does not redo them;
- ``int8-<scope>.onnx``: ``base.onnx`` with dynamic int8 quantisation (``quantize_dynamic``) of
  the matrix products ``INT8_SCOPE`` names, then optimised the same way. The default scope,
  ``smooth``, first moves the activations' outlier channels into the weights (SmoothQuant:
  each product's input divided per channel by ``s``, its weight rows multiplied by ``s``, exact
  in float), with ``s`` from the activation ranges of the float graph on the calibration texts
  shipped beside this module (``int8_calibration.txt``).

The layers are written out as plain BERT arithmetic (not the installed transformers' attention
code), so the graph does not depend on how a transformers version builds its attention masks,
and ONNX Runtime's fusions recognise the attention pattern.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import ChecksumMismatch, ModelError

EXPORTER_VERSION = "3"  # 2: every attention of the two-view graph fused; 3: no SkipLayerNorm
# ONNX Runtime's fused residual + layer norm (SkipLayerNormalization) is slower on CPU than the
# plain Add + LayerNormalization it replaces (same arithmetic), and it is not quantised, so it
# capped the int8 gain: the graph keeps the pair, and the sessions must not fuse it back
UNFUSED = ["SkipLayerNormFusion"]
OPSET = 17
BACKENDS = ("torch", "onnx-fp32", "onnx-int8")
# Which matrix products int8 quantises (see quantize(); scripts/benchmark.py compares them).
INT8_SCOPE = "smooth"
# SmoothQuant's migration strength: s = range(x) ** alpha / range(w) ** (1 - alpha) per input
# channel (0.7-0.8 kept the int8 views closest to float on 1,000 texts; 0.5 was worse than none)
SMOOTH_ALPHA = 0.75
# the products whose inputs are smoothed: attention (after a layer norm), the feed-forward
# input (after a layer norm) and its output (after GELU, the widest ranges); the attention
# output product gained nothing measurable, and each smoothed input costs an elementwise Mul
SMOOTHED = ("attention", "intermediate", "ffn_out")
CALIBRATION = Path(__file__).with_name("int8_calibration.txt")
_META = "meta.json"


def _layer(layer: Any, hidden: Any, bias: Any) -> Any:
    """One BERT encoder layer in inference (post-norm, eager attention, additive mask)."""
    import torch

    sa = layer.attention.self
    heads, size = int(sa.num_attention_heads), int(sa.attention_head_size)
    shape = hidden.size()[:-1] + (heads, size)
    q = sa.query(hidden).view(shape).permute(0, 2, 1, 3)
    k = sa.key(hidden).view(shape).permute(0, 2, 3, 1)
    v = sa.value(hidden).view(shape).permute(0, 2, 1, 3)
    scores = torch.matmul(q, k) / math.sqrt(size) + bias
    ctx = torch.matmul(torch.softmax(scores, dim=-1), v).permute(0, 2, 1, 3).contiguous()
    ctx = ctx.view(hidden.size()[:-1] + (heads * size,))
    attn = layer.attention.output
    hidden = attn.LayerNorm(attn.dense(ctx) + hidden)
    inter = layer.intermediate.intermediate_act_fn(layer.intermediate.dense(hidden))
    return layer.output.LayerNorm(layer.output.dense(inter) + hidden)


def graph_module(model: Any, tuned: Any | None) -> Any:
    """A torch module ``(input_ids, attention_mask) -> pooled views`` for export: the general
    view, and with a tuned branch (a ``TunedTop``) the label view as a second output."""
    import torch

    from .tuned import encoder_layers

    layers = encoder_layers(model)
    for needed in ("attention", "intermediate", "output"):
        if not hasattr(layers[0], needed):
            raise ModelError(
                f"the onnx backend needs a BERT-like encoder ({type(model).__name__} has no "
                f"'{needed}' in its layers); set encoder_backend=torch"
            )
    first = tuned.first if tuned is not None else len(layers)

    class TwoViews(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.embeddings = model.embeddings
            self.layers = layers
            self.tuned = tuned.layers if tuned is not None else torch.nn.ModuleList()

        def forward(self, input_ids: Any, attention_mask: Any) -> Any:
            hidden = self.embeddings(input_ids=input_ids)
            # the mask pattern ONNX Runtime's attention fusion recognises
            ext = attention_mask.unsqueeze(1).unsqueeze(2).to(hidden.dtype)
            bias = (1.0 - ext) * -10000.0
            for layer in self.layers[:first]:
                hidden = _layer(layer, hidden, bias)
            # the label view reads its own copy (a multiply by one, exact): ONNX Runtime fuses
            # an attention only when its input feeds exactly three products, so with both
            # views reading one tensor the first layer after the split stayed unfused in each
            views = [hidden, hidden * 1.0] if len(self.tuned) else [hidden]
            for layer in self.layers[first:]:
                views[0] = _layer(layer, views[0], bias)
            for layer in self.tuned:
                views[1] = _layer(layer, views[1], bias)
            w = attention_mask.unsqueeze(-1).to(hidden.dtype)
            count = w.sum(1)
            return tuple((v * w).sum(1) / count for v in views)

    return TwoViews().eval()


def export(model: Any, tuned: Any | None, path: Path, pad_id: int = 0) -> list[str]:
    """Export the graph with dynamic batch and sequence axes; returns its output names."""
    import warnings

    import torch

    module = graph_module(model, tuned)
    outputs = ["general", "label"] if tuned is not None else ["general"]
    ids = torch.tensor([[5, 6, 7, 8, 9], [5, 6, pad_id, pad_id, pad_id]], dtype=torch.long)
    mask = (torch.arange(5)[None, :] < torch.tensor([[5], [2]])).long()
    axes = {"input_ids": {0: "batch", 1: "tokens"}, "attention_mask": {0: "batch", 1: "tokens"}}
    axes.update({name: {0: "batch"} for name in outputs})
    with warnings.catch_warnings(), torch.inference_mode():
        warnings.simplefilter("ignore")
        torch.onnx.export(
            module,
            (ids, mask),
            str(path),
            input_names=["input_ids", "attention_mask"],
            output_names=outputs,
            dynamic_axes=axes,
            opset_version=OPSET,
            dynamo=False,
            do_constant_folding=True,
        )
    return outputs


def fuse(src: Path, dst: Path, num_heads: int, hidden_size: int) -> dict[str, int]:
    """ONNX Runtime's transformer fusions (portable contrib ops); returns the fused-op counts."""
    import logging

    from onnxruntime.transformers.fusion_options import FusionOptions
    from onnxruntime.transformers.optimizer import optimize_model

    logging.getLogger("onnxruntime.transformers").setLevel(logging.ERROR)
    options = FusionOptions("bert")
    options.enable_skip_layer_norm = options.enable_bias_skip_layer_norm = False  # see UNFUSED
    opt = optimize_model(
        str(src),
        model_type="bert",
        num_heads=num_heads,
        hidden_size=hidden_size,
        opt_level=0,
        optimization_options=options,
    )
    opt.save_model_to_file(str(dst))
    return {k: int(v) for k, v in opt.get_fused_operator_statistics().items() if v}


def _node_scopes(path: Path) -> tuple[list[str], list[str]]:
    """(nodes that both views need, nodes only one view needs), by walking back from outputs."""
    import onnx

    graph = onnx.load(str(path), load_external_data=False).graph
    producer = {out: node for node in graph.node for out in node.output}

    def ancestors(name: str) -> set[str]:
        seen: set[str] = set()
        stack = [name]
        while stack:
            node = producer.get(stack.pop())
            if node is None or node.name in seen:
                continue
            seen.add(node.name)
            stack.extend(node.input)
        return seen

    outs = [o.name for o in graph.output]
    sets = [ancestors(o) for o in outs]
    shared = set.intersection(*sets) if sets else set()
    own = set.union(*sets) - shared if sets else set()
    return sorted(shared), sorted(own)


def _products(graph: Any) -> list[tuple[Any, str]]:
    """(node, kind) of each product with a constant weight: ``attention`` (a fused
    ``Attention`` node), or a ``MatMul`` with a ``(K, N)`` weight: ``intermediate`` when it
    widens (K < N), ``ffn_out`` when it narrows (K > N; the feed-forward output, whose input
    after GELU has the widest range), ``attention_out`` when square."""
    weights = {t.name: list(t.dims) for t in graph.initializer}
    found = []
    for node in graph.node:
        if node.op_type == "Attention" and len(node.input) > 1 and node.input[1] in weights:
            found.append((node, "attention"))
        elif node.op_type == "MatMul" and len(weights.get(node.input[1], [])) == 2:
            k, n = weights[node.input[1]]
            found.append(
                (node, "intermediate" if k < n else "ffn_out" if k > n else "attention_out")
            )
    return found


def _ffn_out_matmuls(path: Path) -> list[str]:
    """Names of the feed-forward output products (intermediate size -> hidden size)."""
    import onnx

    graph = onnx.load(str(path), load_external_data=False).graph
    return [node.name for node, kind in _products(graph) if kind == "ffn_out"]


def _smoothing_targets(graph: Any) -> list[tuple[Any, str]]:
    """(node, kind) of each product ``SMOOTHED`` names."""
    return [(node, kind) for node, kind in _products(graph) if kind in SMOOTHED]


def activation_ranges(src: Path, feeds: Sequence[dict[str, np.ndarray]]) -> dict[str, np.ndarray]:
    """Per-channel max |x| of every smoothed product's input, over the real (unmasked) tokens
    of ``feeds`` run through the float graph ``src``."""
    import onnx
    import onnxruntime as ort

    model = onnx.load(str(src))
    names = sorted({node.input[0] for node, _ in _smoothing_targets(model.graph)})
    have = {o.name for o in model.graph.output}
    for name in names:
        if name not in have:
            model.graph.output.append(
                onnx.helper.make_tensor_value_info(name, onnx.TensorProto.FLOAT, None)
            )
    so = session_options(0)
    so.graph_optimization_level = ort.GraphOptimizationLevel.ORT_DISABLE_ALL
    with tempfile.TemporaryDirectory() as tmp:
        onnx.save(model, f"{tmp}/ranges.onnx")
        session = ort.InferenceSession(f"{tmp}/ranges.onnx", so, providers=["CPUExecutionProvider"])
    ranges: dict[str, np.ndarray] = {}
    for feed in feeds:
        real = feed["attention_mask"].reshape(-1) > 0
        for name, x in zip(names, session.run(names, feed), strict=True):
            top = np.abs(x.reshape(-1, x.shape[-1])[real]).max(0)
            ranges[name] = np.maximum(ranges[name], top) if name in ranges else top
    return ranges


def smooth(src: Path, dst: Path, ranges: dict[str, np.ndarray], alpha: float = SMOOTH_ALPHA) -> int:
    """Write ``src`` with each smoothed product's input divided per channel by ``s`` (an
    elementwise ``Mul``) and its weight rows multiplied by ``s`` (the same float arithmetic);
    returns the number of products smoothed."""
    import onnx
    from onnx import numpy_helper

    model = onnx.load(str(src))
    graph = model.graph
    weights = {t.name: t for t in graph.initializer}
    muls = {}
    for k, (node, _) in enumerate(_smoothing_targets(graph)):
        x, w_name = node.input[0], node.input[1]
        w = numpy_helper.to_array(weights[w_name]).astype(np.float32)  # (K, N)
        s = np.power(np.maximum(ranges[x], 1e-5), alpha) / np.power(
            np.maximum(np.abs(w).max(1), 1e-5), 1 - alpha
        )
        s = np.clip(s, 1e-2, 1e2).astype(np.float32)
        weights[w_name].CopyFrom(numpy_helper.from_array(w * s[:, None], w_name))
        graph.initializer.append(numpy_helper.from_array(1.0 / s, f"smooth_{k}_inv"))
        muls[node.name] = onnx.helper.make_node(
            "Mul", [x, f"smooth_{k}_inv"], [f"smooth_{k}_x"], name=f"Smooth_{k}"
        )
        node.input[0] = f"smooth_{k}_x"
    nodes = list(graph.node)
    del graph.node[:]
    for node in nodes:  # each Mul right before its product: the order stays topological
        if node.name in muls:
            graph.node.append(muls[node.name])
        graph.node.append(node)
    onnx.save(model, str(dst))
    return len(muls)


def calibration_texts() -> list[str]:
    """The texts whose activation ranges choose the smoothing (the project's own written
    feedback, training rows, 64 per language)."""
    return [t for t in CALIBRATION.read_text(encoding="utf-8").splitlines() if t.strip()]


def int8_file(scope: str = "") -> str:
    """The int8 graph's file name: the scope, and for ``smooth`` what chose its scales."""
    scope = scope or INT8_SCOPE
    if scope != "smooth":
        return f"int8-{scope}.onnx"
    digest = hashlib.sha256(f"{SMOOTH_ALPHA}|{'|'.join(SMOOTHED)}|".encode())
    digest.update(CALIBRATION.read_bytes())
    return f"int8-smooth-{digest.hexdigest()[:8]}.onnx"


def quantize(src: Path, dst: Path, scope: str = INT8_SCOPE) -> None:
    """Dynamic int8 (weights per output channel, activations per batch) of ``src``.

    ``scope``: "all" (every product and the embedding table), "smooth" (the same, of a graph
    ``smooth`` wrote), "matmul" (the products, not the embedding table), "shared" (the
    products of the lower layers both views share), "ffn-fp32" (the products except the
    feed-forward outputs)."""
    from onnx import TensorProto
    from onnxruntime.quantization import QuantType, quantize_dynamic

    ops = ["MatMul", "Attention"]
    exclude: list[str] = []
    if scope in ("all", "smooth"):
        ops.append("Gather")
    elif scope == "shared":
        exclude = _node_scopes(src)[1]
    elif scope == "ffn-fp32":
        exclude = _ffn_out_matmuls(src)
    elif scope != "matmul":
        raise ModelError(f"unknown int8 scope {scope!r}")
    import logging

    before = logging.root.manager.disable
    logging.disable(logging.WARNING)  # its advice to pre-process goes to the root logger
    try:
        quantize_dynamic(
            str(src),
            str(dst),
            weight_type=QuantType.QInt8,
            per_channel=True,
            op_types_to_quantize=ops,
            nodes_to_exclude=exclude,
            extra_options={"DefaultTensorType": TensorProto.FLOAT},
        )
    finally:
        logging.disable(before)


def session_options(threads: int, optimized_path: Path | None = None) -> Any:
    """ORT session options: ``threads`` intra-op threads (0: ORT's default), sequential."""
    import onnxruntime as ort

    so = ort.SessionOptions()
    so.intra_op_num_threads = threads
    so.inter_op_num_threads = 1
    so.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    so.log_severity_level = 3
    # no busy-waiting between operators: on shared CPUs (several actors or services on one
    # machine, or a loaded one) spinning threads steal the cores the work needs
    so.add_session_config_entry("session.intra_op.allow_spinning", "0")
    if optimized_path is not None:  # offline: optimise once and save the result
        so.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_EXTENDED
        so.optimized_model_filepath = str(optimized_path)
    else:
        so.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    return so


def _sha256_file(path: Path) -> str:
    from .registry import sha256_file

    return sha256_file(path)


def weight_files(location: str) -> list[Path]:
    """The weight and config files of a model directory (or of a hub id's cached snapshot)."""
    directory = Path(location).expanduser()
    if not directory.is_dir():
        try:
            from transformers.utils import cached_file

            found = cached_file(location, "config.json")
        except OSError as exc:
            raise ModelError(f"cannot find the files of encoder {location!r}: {exc}") from exc
        if found is None:
            raise ModelError(f"cannot find the files of encoder {location!r}")
        directory = Path(found).parent
    files = sorted(
        p
        for p in directory.iterdir()
        if p.suffix in (".safetensors", ".bin") or p.name == "config.json"
    )
    if not any(p.suffix in (".safetensors", ".bin") for p in files):
        raise ModelError(f"no weights in {directory}")
    return files


def _ready(directory: Path, name: str) -> bool:
    """``directory/name`` exists and matches the sha256 that meta.json recorded for it."""
    from .registry import _is_verified, _mark_verified, verify_dir

    meta_path = directory / _META
    try:
        want = json.loads(meta_path.read_text())["sha256"][name]
    except (OSError, ValueError, KeyError):
        return False
    if _is_verified(directory, {name: want}):
        return True
    try:
        verify_dir(directory, {name: want})
    except ChecksumMismatch:
        return False
    _mark_verified(directory, {name: want})
    return True


def build(
    directory: Path,
    variant: str,
    make_torch: Any,
    calibration: Any = None,
) -> Path:
    """Return ``directory/<variant>.onnx``, exporting, fusing, quantising and optimising what
    is missing or fails its recorded checksum (under a file lock, so processes starting
    together build it once). ``make_torch()`` gives (model, tuned) for the export (called
    only when ``base.onnx`` must be written); ``calibration()`` the feeds (``input_ids``,
    ``attention_mask``) whose activation ranges choose the int8 smoothing."""
    if variant not in ("fp32", "int8"):
        raise ModelError(f"unknown onnx variant {variant!r}")
    final = directory / (int8_file() if variant == "int8" else "fp32.onnx")
    if _ready(directory, final.name):
        return final
    directory.mkdir(parents=True, exist_ok=True)
    with open(directory / ".lock", "w") as lock:
        try:
            import fcntl

            fcntl.flock(lock, fcntl.LOCK_EX)
        except ImportError:  # pragma: no cover - no flock on this platform: build anyway
            pass
        if not _ready(directory, final.name):
            _build_locked(directory, final, variant, make_torch, calibration)
    return final


def _build_locked(
    directory: Path, final: Path, variant: str, make_torch: Any, calibration: Any
) -> None:
    import onnxruntime as ort

    from .registry import _mark_verified

    meta_path = directory / _META
    meta: dict[str, Any] = json.loads(meta_path.read_text()) if meta_path.exists() else {}
    sums: dict[str, str] = meta.get("sha256", {})
    tmp = Path(tempfile.mkdtemp(prefix=".build-", dir=directory))
    try:
        base = directory / "base.onnx"
        if not _ready(directory, base.name):
            model, tuned = make_torch()
            raw = tmp / "raw.onnx"
            meta["outputs"] = export(model, tuned, raw, int(model.config.pad_token_id or 0))
            meta["fused"] = fuse(
                raw,
                tmp / "base.onnx",
                int(model.config.num_attention_heads),
                int(model.config.hidden_size),
            )
            os.replace(tmp / "base.onnx", base)
            sums = {"base.onnx": _sha256_file(base)}  # the other graphs came from the old one
        src = base
        if variant == "int8":
            if INT8_SCOPE == "smooth":
                if calibration is None:
                    raise ModelError("the smoothed int8 graph needs calibration feeds")
                ranges = activation_ranges(base, calibration())
                meta["int8_smoothed"] = smooth(base, tmp / "smooth.onnx", ranges)
                src = tmp / "smooth.onnx"
            quantize(src, tmp / "int8-raw.onnx", INT8_SCOPE)
            src = tmp / "int8-raw.onnx"
        # offline optimisation: the session writes its optimised graph to the final file
        ort.InferenceSession(
            str(src),
            session_options(1, tmp / final.name),
            providers=["CPUExecutionProvider"],
            disabled_optimizers=UNFUSED,
        )
        os.replace(tmp / final.name, final)
        sums[final.name] = _sha256_file(final)
        meta.update(sha256=sums, exporter=EXPORTER_VERSION, onnxruntime=ort.__version__)
        tmp_meta = tmp / _META
        tmp_meta.write_text(json.dumps(meta, indent=1))
        os.replace(tmp_meta, meta_path)
        _mark_verified(directory, {final.name: sums[final.name]})
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


class OnnxViews:
    """An ONNX Runtime session over the graph: pooled (unnormalised) views per padded batch."""

    def __init__(self, path: Path, threads: int = 0) -> None:
        import onnxruntime as ort

        self.session = ort.InferenceSession(
            str(path),
            session_options(threads),
            providers=["CPUExecutionProvider"],
            disabled_optimizers=UNFUSED,
        )
        self.outputs = [o.name for o in self.session.get_outputs()]

    def __call__(self, input_ids: np.ndarray, mask: np.ndarray) -> list[np.ndarray]:
        """One array ``(rows, dim)`` per output (general, then label when there is one)."""
        feeds = {"input_ids": input_ids, "attention_mask": mask}
        return [np.asarray(x, dtype=np.float32) for x in self.session.run(self.outputs, feeds)]


def _digest_memo(cache_dir: Path, paths: Sequence[Path]) -> str:
    """The cache key: sha256 over the files' sha256 sums and the exporter, opset and ONNX
    Runtime versions; each file's sha256 is remembered by (size, mtime) in the cache, so a
    start does not re-read 500 MB of weights."""
    memo_path = cache_dir / "onnx" / ".file-sha256.json"
    try:
        memo: dict[str, list[Any]] = json.loads(memo_path.read_text())
    except (OSError, ValueError):
        memo = {}
    h = hashlib.sha256()
    changed = False
    for p in paths:
        st = p.stat()
        key = str(p.resolve())
        rec = memo.get(key)
        if rec is None or rec[:2] != [st.st_size, st.st_mtime_ns]:
            rec = memo[key] = [st.st_size, st.st_mtime_ns, _sha256_file(p)]
            changed = True
        h.update(p.name.encode() + b"\0" + str(rec[2]).encode() + b"\n")
    import onnxruntime

    for x in (EXPORTER_VERSION, str(OPSET), onnxruntime.__version__):
        h.update(x.encode() + b"\n")
    if changed:
        memo_path.parent.mkdir(parents=True, exist_ok=True)
        tmp = memo_path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(memo))
        os.replace(tmp, memo_path)
    return h.hexdigest()
