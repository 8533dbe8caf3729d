"""The NER corpus of C5W4A3 (data/ner_train.jsonl, data/ner_test.jsonl): a rebuild gives the committed bytes, the
BIO tags are well formed, and the test set's templates and entity values never occur in the training set."""

from shared_utils import builders
from shared_utils.data import data_file, read_manifest

import json
from collections import defaultdict

import pytest

FILES = ("ner_train.jsonl", "ner_test.jsonl")
TYPES = {"PER", "ORG", "LOC", "DATE", "TITLE", "SKILL"}


def rows(name):
    with open(data_file(name), encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def entities(row):
    """(type, words in lower case) of every entity of one text, read from its BIO tags."""
    found, words, kind = [], [], None
    for word, tag in zip(row["tokens"] + ["."], row["tags"] + ["O"], strict=True):
        if words and not tag.startswith("I-"):
            found.append((kind, tuple(w.lower() for w in words)))
            words = []
        if tag.startswith("B-"):
            words, kind = [word], tag[2:]
        elif tag.startswith("I-"):
            words.append(word)
    return found


@pytest.fixture(scope="module")
def corpus():
    return {name: rows(name) for name in FILES}


def test_rebuild_gives_the_committed_bytes(tmp_path):
    entries = builders.build(["ner_corpus"], tmp_path)
    committed = read_manifest()["files"]
    assert sorted(entries) == sorted(FILES)
    for name in FILES:
        assert (tmp_path / name).read_bytes() == data_file(name).read_bytes(), name
        assert entries[name]["sha256"] == committed[name]["sha256"], name
        assert {"source", "licence", "build"} <= set(committed[name]) and "faker" in committed[name]["licence"]


def test_sizes_and_files_are_small(corpus):
    assert len(corpus["ner_train.jsonl"]) == 4000 and len(corpus["ner_test.jsonl"]) == 500
    assert sum(data_file(name).stat().st_size for name in FILES) < 2_000_000


def test_bio_tags_are_well_formed(corpus):
    for name, texts in corpus.items():
        for i, row in enumerate(texts):
            assert set(row) == {"tokens", "tags", "template"}, (name, i)
            assert len(row["tokens"]) == len(row["tags"]) > 0, (name, i)
            assert all(word and not any(c.isspace() for c in word) for word in row["tokens"]), (name, i)
            previous = "O"
            for tag in row["tags"]:
                assert tag == "O" or (tag[:2] in ("B-", "I-") and tag[2:] in TYPES), (name, i, tag)
                if tag.startswith("I-"):
                    assert previous != "O" and previous[2:] == tag[2:], (name, i, row["tags"])
                previous = tag


def test_every_type_occurs_in_both_sets(corpus):
    for texts in corpus.values():
        assert {kind for row in texts for kind, _ in entities(row)} == TYPES


def test_test_templates_and_values_are_held_out(corpus):
    train, test = corpus["ner_train.jsonl"], corpus["ner_test.jsonl"]
    assert not {r["template"] for r in train} & {r["template"] for r in test}
    train_values, test_values = defaultdict(set), defaultdict(set)
    for texts, values in ((train, train_values), (test, test_values)):
        for row in texts:
            for kind, words in entities(row):
                values[kind].add(words)
    for kind in TYPES:
        assert not train_values[kind] & test_values[kind], kind
    # Names: no word of a test person's name (titles and initials aside) is part of any training name or company.
    name_words = {w for kind in ("PER", "ORG") for words in train_values[kind] for w in words}
    for words in test_values["PER"]:
        for word in words:
            if len(word) > 1 and word not in {"dr", "ms", "mr", "prof", "."}:
                assert word not in name_words, (words, word)
