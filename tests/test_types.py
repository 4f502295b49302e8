import json

from extractor.types import CLAIM_SCHEMA, Change, Claim, ErrorRecord, TextSpan, claim_id_for


def _claim(**kw):
    base = dict(doc_id="abc", kind="count", quote="389,571 patents", start=10, end=25,
                sentence="China has filed 389,571 patents.", sentence_start=0, value=389571.0)
    base.update(kw)
    return Claim(**base)


def test_types_claim_dict_has_the_contract_keys_in_order():
    d = _claim().to_dict()
    assert list(d) == ["schema", "claim_id", "doc_id", "kind", "value", "value_low", "value_high",
                       "value_text", "unit", "unit_surface", "scale", "bound", "bound_cue", "change",
                       "quote", "start", "end", "sentence", "sentence_start", "subject", "property",
                       "time_scope", "source", "checkworthy", "provenance", "extractor"]
    assert d["schema"] == CLAIM_SCHEMA == "claim/1"
    json.dumps(d)


def test_types_claim_id_is_stable_and_depends_on_position_and_kind():
    a, b = _claim(), _claim()
    assert a.claim_id == b.claim_id == claim_id_for("abc", 10, 25, "count")
    assert _claim(start=11).claim_id != a.claim_id
    assert _claim(kind="percent").claim_id != a.claim_id


def test_types_integral_values_print_as_integers():
    assert _claim().to_dict()["value"] == 389571
    assert isinstance(_claim().to_dict()["value"], int)
    assert _claim(value=74.7).to_dict()["value"] == 74.7


def test_types_nested_spans_and_change_serialise():
    c = _claim(subject=TextSpan("China", 0, 5, label="GPE"),
               time_scope=TextSpan("in 2023", 30, 37, iso="2023"),
               source=TextSpan("WIPO", 40, 44, label="ORG", cue="according to"),
               change=Change("up", "level", "f00"))
    d = c.to_dict()
    assert d["subject"] == {"text": "China", "label": "GPE", "start": 0, "end": 5}
    assert d["time_scope"]["iso"] == "2023"
    assert d["source"]["cue"] == "according to" and d["source"]["type"] == "ORG"
    assert d["change"] == {"direction": "up", "type": "level", "from_claim": "f00"}


def test_types_error_record_has_schema():
    d = ErrorRecord("x.html", "decode", "empty input", "e3b0").to_dict()
    assert d == {"schema": "error/1", "input": "x.html", "doc_id": "e3b0", "stage": "decode", "error": "empty input"}
