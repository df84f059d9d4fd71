import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdesk import embed
from newsdesk.errors import NewsdeskError


def test_embed_hash_deterministic_normalised():
    e = embed.HashEmbedder(dim=64)
    a = e.embed(["Ministers meet in Delhi", "", "Ministers meet in Delhi"])
    assert a.shape == (3, 64) and a.dtype == np.float32
    assert np.allclose(np.linalg.norm(a[[0, 2]], axis=1), 1.0) and np.array_equal(a[0], a[2])
    assert not a[1].any()  # empty text -> zero vector, not NaN


def test_embed_text_drops_repeated_headline():
    assert embed.embedding_text("Quake hits", "Quake hits\nA quake hit the city.") == "Quake hits A quake hit the city."
    assert embed.embedding_text(None, "  Body\ntext ") == "Body text"
    assert len(embed.embedding_text("t", "x" * 10_000)) <= embed.EMBED_MAX_CHARS


@given(st.one_of(st.none(), st.text(max_size=50)), st.text(max_size=500))
def test_embed_text_never_raises_and_idempotent_on_body(title, text):
    out = embed.embedding_text(title, text)
    assert embed.embedding_text(None, out) == out


def test_embed_sha256_mismatch_refused(tmp_path):
    (tmp_path / "model.safetensors").write_bytes(b"not the weights")
    (tmp_path / "tokenizer.json").write_bytes(b"{}")
    with pytest.raises(NewsdeskError, match="sha256"):
        embed.verify_weights(str(tmp_path))


def test_embed_unknown_backend():
    with pytest.raises(NewsdeskError, match="unknown embedder"):
        embed.get_embedder("nope")


@pytest.mark.slow
def test_embed_minilm_default_semantics():
    e = embed.get_embedder()
    v = e.embed(["Rajnath Singh held talks with Sergei Shoigu in New Delhi.",
                 "India's defence minister held talks with Russia's defence chief in Delhi.",
                 "The central bank raised interest rates by a quarter point."])
    assert v.shape == (3, 384) and np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)
    assert v[0] @ v[1] > 0.45 and v[0] @ v[2] < 0.15
