"""compare: groups of claims across documents, disagreements and their reasons, repeated figures."""

import pytest

from extractor.workbench import WorkbenchSettings
from extractor.workbench.compare import compare_claims

from conftest import BagOfWordsEmbedder


def claim(doc, value, sentence, subject="China", kind="percent", unit="%", published="2024-01-01",
          time=None, prop=None, start=0):
    return {"claim_id": f"{doc}-{value}-{start}", "doc_id": doc, "kind": kind, "unit": unit, "value": value,
            "value_low": None, "value_high": None, "bound": "=", "quote": f"{value}", "start": start,
            "sentence": sentence, "subject": {"text": subject} if subject else None,
            "property": {"text": prop} if prop else None, "source": None,
            "time_scope": {"text": time, "iso": time} if time else None,
            "provenance": {"published": published, "url": f"https://{doc}.example/", "site": doc}}


SHARE = "China accounted for {} of all international AI patent applications filed"
OTHER = "The forum attracted many visitors from universities and industry this autumn"


def _seed(records, needle):
    return next(c for c in records if c["quote"].startswith(needle))


@pytest.mark.slow
def test_compare_seed_ai_patent_shares_form_one_disagreeing_group(seed_records, embedder):
    result = compare_claims(seed_records, lambda: embedder)
    shares = {_seed(seed_records, q)["claim_id"] for q in ("74.7", "40%", "25%")}
    others = {_seed(seed_records, q)["claim_id"] for q in ("48%", "80%")}
    group = next(g for g in result.groups if shares & set(g["claims"]))
    assert set(group["claims"]) == shares
    assert sorted(group["values"]) == [25, 40, 74.7]
    assert group["disagree"] is True
    assert "2011/2021" in group["reason"] and "2023" in group["reason"] and "time scopes differ" in group["reason"]
    assert not any(others & set(g["claims"]) for g in result.groups)


def test_compare_only_claims_of_one_block_are_compared():
    """Same sentence, but another subject, unit or kind: never grouped; a block within one
    document is not even embedded."""
    emb = BagOfWordsEmbedder()
    claims = [claim("a", 40, SHARE.format("40%")), claim("b", 41, SHARE.format("41%"), subject="India"),
              claim("c", 40, SHARE.format("40")), claim("c", 7, SHARE.format("7 patents"), kind="count", unit="patents")]
    claims[2]["unit"] = "percent points"
    result = compare_claims(claims, lambda: emb)
    assert result.groups == [] and emb.encoded == [] and result.blocks == 4


def test_compare_groups_similar_sentences_and_marks_agreement():
    emb = BagOfWordsEmbedder()
    claims = [claim("a", 40, SHARE.format("40%"), time="2023"), claim("b", 40.3, SHARE.format("40.3%"), time="2023"),
              claim("c", 12, OTHER)]
    result = compare_claims(claims, lambda: emb)
    assert len(result.groups) == 1
    group = result.groups[0]
    assert group["claims"] == ["a-40-0", "b-40.3-0"] and group["disagree"] is False
    assert group["reason"].startswith("values agree within tolerance") and "time scopes" not in group["reason"]


def test_compare_disagreement_names_values_periods_and_properties():
    claims = [claim("a", 74.7, SHARE.format("74.7 percent"), time="2011/2021", prop="the global total",
                    published="2021-09-28"),
              claim("b", 40, SHARE.format("40%"), time="2023", prop="international AI patent applications")]
    group = compare_claims(claims, BagOfWordsEmbedder).groups[0]
    assert group["disagree"] is True and group["time_scopes"] == ["2011/2021", "2023"]
    assert group["reason"] == ("values differ by 87% (40 to 74.7); time scopes differ (2011/2021 vs 2023); "
                               "properties differ (the global total vs international AI patent applications)")


def test_compare_repeated_figure_lists_every_appearance_earliest_first():
    claims = [claim("late", 40, SHARE.format("40%"), published="2024-08-02"),
              claim("early", 40, SHARE.format("40 percent"), published="2024-07-10"),
              claim("undated", 40, SHARE.format("40%"), published=None),
              claim("other", 25, SHARE.format("25%"), published="2024-01-01")]
    result = compare_claims(claims, BagOfWordsEmbedder)
    assert len(result.groups) == 1 and result.groups[0]["disagree"] is True
    (rep,) = result.repeated
    assert rep["value"] == 40 and rep["documents"] == 3
    assert [a["doc_id"] for a in rep["appearances"]] == ["early", "late", "undated"]
    assert rep["first"]["doc_id"] == "early" and rep["first"]["url"] == "https://early.example/"


def test_compare_average_linkage_does_not_chain_loose_pairs():
    """a~b and b~c are close enough, a and c are not: with average linkage not all three join."""
    emb = BagOfWordsEmbedder()
    a = "alpha beta gamma delta epsilon zeta"
    b = "alpha beta gamma delta eta theta"
    c = "gamma delta eta theta iota kappa"
    claims = [claim("a", 1, a), claim("b", 2, b), claim("c", 3, c)]
    loose = WorkbenchSettings(group_similarity=0.6, same_value_bonus=0.0)
    sims = emb.encode([a, b, c]) @ emb.encode([a, b, c]).T
    assert sims[0, 1] >= 0.6 and sims[1, 2] >= 0.6 and sims[0, 2] < 0.6
    groups = compare_claims(claims, lambda: emb, settings=loose).groups
    assert len(groups) == 1 and len(groups[0]["claims"]) == 2


def test_compare_vectors_are_cached_in_the_store(tmp_path):
    from extractor.store import SqliteStore

    claims = [claim("a", 40, SHARE.format("40%")), claim("b", 41, SHARE.format("41%")),
              claim("c", 40, SHARE.format("40%"))]
    first, second = BagOfWordsEmbedder(), BagOfWordsEmbedder()
    with SqliteStore(tmp_path / "cache.db") as store:
        r1 = compare_claims(claims, lambda: first, store)
        r2 = compare_claims(claims, lambda: second, store)
    assert r1.stats.encoded == 2 and r1.stats.texts == 2       # the two 40% sentences share a vector
    assert r2.stats.encoded == 0 and r2.stats.cached == 2 and second.encoded == []
    assert r1.groups == r2.groups


@pytest.mark.slow
def test_compare_cuda_groups_like_cpu(seed_records, embedder):
    import torch

    if not torch.cuda.is_available():
        pytest.skip("no CUDA GPU on this machine")
    from extractor.match import Embedder

    gpu = Embedder("cuda")
    assert gpu.device.startswith("cuda")
    assert compare_claims(seed_records, lambda: gpu).groups == compare_claims(seed_records, lambda: embedder).groups
