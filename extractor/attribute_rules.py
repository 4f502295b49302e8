"""spaCy's attribute ruler, applied once per page to an attribute array instead of once per piece.

The statistical pipeline runs on sentence-sized pieces (nlp.annotate), about 20 tokens each. The
AttributeRuler's cost there is per call, not per token (a Matcher run and a Span per match), so on
a news page it took about a tenth of the NLP time. `AttributeRules` reads the ruler's own
patterns and writes the same POS, MORPH, LEMMA, TAG and DEP values into the page's attribute
array with numpy: each pattern is a mask over the tokens, applied in the ruler's order so that a
later pattern wins, as `AttributeRuler.match` sorts them. Patterns it cannot read (operators,
other attributes) make `from_ruler` return None, and the caller keeps the ruler in the pipeline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG

_KEYS = {"TAG": TAG, "DEP": DEP, "LOWER": LOWER, "IS_SPACE": IS_SPACE}


@dataclass(frozen=True, slots=True)
class Rule:
    tokens: tuple[tuple[tuple[int, object], ...], ...]   # per token: (attribute, predicate) pairs
    index: int                                          # the token of the match that gets attrs
    attrs: tuple[tuple[int, int], ...]                  # (attribute id, value) as the ruler stores them


class AttributeRules:
    """The rules of one AttributeRuler; `apply` writes them into an attribute array."""

    def __init__(self, rules: list[Rule], strings):
        self.rules = rules
        self.strings = strings
        self.attributes = sorted({key for r in rules for tok in r.tokens for key, _ in tok})
        self._regex_cache: dict[tuple[str, int], bool] = {}

    @classmethod
    def from_ruler(cls, ruler) -> "AttributeRules | None":
        strings, rules = ruler.vocab.strings, []
        for pattern_set, attrs, index in zip(_pattern_sets(ruler), ruler.attrs, ruler.indices):
            if "_" in attrs:
                return None
            for pattern in pattern_set:
                tokens = tuple(_token_spec(tok, strings) for tok in pattern)
                if any(t is None for t in tokens) or not tokens or not -len(tokens) <= index < len(tokens):
                    return None
                rules.append(Rule(tokens, index % len(tokens), tuple(attrs.items())))
        return cls(rules, strings)

    def apply(self, values: dict[int, numpy.ndarray], targets: dict[int, numpy.ndarray],
              piece: numpy.ndarray) -> None:
        """Write every rule into `targets` (attribute id -> column, changed in place). `values`
        holds the columns the patterns read; `piece[i]` is token i's piece, -1 where the piece
        was not parsed: a match lies inside one parsed piece, as it did when the ruler ran on it."""
        n = len(piece)
        for rule in self.rules:
            width = len(rule.tokens)
            if width > n:
                continue
            mask = (piece[: n - width + 1] >= 0) & (piece[: n - width + 1] == piece[width - 1:])
            for k, tok in enumerate(rule.tokens):
                for key, predicate in tok:
                    mask &= self._test(values[key][k: n - width + 1 + k], predicate)
            hits = numpy.nonzero(mask)[0] + rule.index
            for attr, value in rule.attrs:
                targets[attr][hits] = value

    def _test(self, column: numpy.ndarray, predicate) -> numpy.ndarray:
        kind, arg = predicate
        if kind == "eq":
            return column == arg
        if kind == "in":
            return numpy.isin(column, arg)
        if kind == "not_in":
            return ~numpy.isin(column, arg)
        return self._regex(column, arg)

    def _regex(self, column: numpy.ndarray, pattern: re.Pattern) -> numpy.ndarray:
        out = numpy.zeros(len(column), dtype=bool)
        for value in numpy.unique(column):
            hit = self._regex_cache.get((pattern.pattern, int(value)))
            if hit is None:
                hit = bool(pattern.search(self.strings[int(value)])) if value else False
                self._regex_cache[(pattern.pattern, int(value))] = hit
            if hit:
                out |= column == value
        return out


def _pattern_sets(ruler) -> list[list[list[dict]]]:
    """The Matcher patterns of each of the ruler's rules, in the ruler's order."""
    return [ruler.matcher.get(ruler.vocab.strings[str(i)])[1] for i in range(len(ruler.attrs))]


def _token_spec(tok: dict, strings) -> tuple[tuple[int, object], ...] | None:
    spec = []
    for name, value in tok.items():
        key = _KEYS.get(name)
        if key is None:
            return None
        predicate = _predicate(value, key, strings)
        if predicate is None:
            return None
        spec.append((key, predicate))
    return tuple(spec)


def _predicate(value, key: int, strings):
    def as_int(v):
        return int(v) if key == IS_SPACE else strings.as_int(v)

    if isinstance(value, (str, bool)):
        return ("eq", as_int(value))
    if not isinstance(value, dict) or len(value) != 1:
        return None
    (op, arg), = value.items()
    if op in ("IN", "NOT_IN") and isinstance(arg, list):
        return (op.lower(), numpy.array([as_int(v) for v in arg], dtype="uint64"))
    if op == "REGEX" and key == LOWER:
        return ("regex", re.compile(arg))
    return None
