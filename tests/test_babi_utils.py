"""Course5/babi_utils.py: the stories of C5W4A4 are reproducible, the test split's names, places and objects never
occur in the training split, and every answer is right: it is recomputed here by reading the story back sentence
by sentence and simulating who is where and who carries what."""

from shared_utils.data import REPO_ROOT

import importlib
import re
import sys

import pytest

sys.path.insert(0, str(REPO_ROOT / "Course5"))
babi_utils = importlib.import_module("babi_utils")

MOVE = re.compile(r"^(\w+) (?:went to|moved to|journeyed to|travelled to|went back to) the (\w+)$")
GET = re.compile(r"^(\w+) (?:picked up|got|grabbed|took) the (\w+)$")
DROP = re.compile(r"^(\w+) (?:dropped|put down|discarded|left) the (\w+)$")


def simulate(context):
    """Replay the story: each person's places in order, and for each object its holder or the place it lies."""
    places, holder, lying = {}, {}, {}
    assert context.endswith(".")
    for sentence in context[:-1].split(". "):
        if m := MOVE.match(sentence):
            places.setdefault(m[1], []).append(m[2])
        elif m := GET.match(sentence):
            assert m[1] in places, f"{m[1]} picks up an object before being anywhere: {context}"
            assert m[2] not in holder, f"{m[2]} is picked up while carried: {context}"
            holder[m[2]] = m[1]
            lying.pop(m[2], None)
        elif m := DROP.match(sentence):
            assert holder.pop(m[2]) == m[1], f"{m[1]} drops {m[2]} without carrying it: {context}"
            lying[m[2]] = places[m[1]][-1]
        else:
            raise AssertionError(f"a sentence of no known form: {sentence!r}")
    return places, holder, lying


def expected_answer(example):
    places, holder, lying = simulate(example["context"])
    question = example["question"]
    if m := re.fullmatch(r"Where is the (\w+)\?", question):
        thing = m[1]
        return places[holder[thing]][-1] if thing in holder else lying[thing]
    if m := re.fullmatch(r"Where is (\w+)\?", question):
        return places[m[1]][-1]
    if m := re.fullmatch(r"Where was (\w+) before the (\w+)\?", question):
        visits = places[m[1]]
        assert visits.count(m[2]) == 1, f"an ambiguous 'before' question: {example}"
        k = visits.index(m[2])
        assert k > 0
        return visits[k - 1]
    if m := re.fullmatch(r"Who is in the (\w+)\?", question):
        here = [person for person, visits in places.items() if visits[-1] == m[1]]
        assert len(here) == 1, f"'who' asked of a place with {len(here)} people: {example}"
        return here[0]
    raise AssertionError(f"a question of no known form: {question!r}")


@pytest.fixture(scope="module")
def examples():
    return {split: babi_utils.make_examples(300, seed=seed, split=split)
            for split, seed in (("train", 0), ("test", 1))}


def test_the_same_seed_gives_the_same_stories(examples):
    assert babi_utils.make_examples(300, seed=0) == examples["train"]
    assert babi_utils.make_examples(20, seed=5) != babi_utils.make_examples(20, seed=6)


def test_every_answer_is_right_and_its_span_is_where_answer_start_says(examples):
    for data in examples.values():
        assert [e["task"] for e in data[:4]] == list(babi_utils.TASKS)
        for example in data:
            assert example["answer"] == expected_answer(example), example
            start = example["answer_start"]
            assert example["context"][start:start + len(example["answer"])] == example["answer"], example
            assert re.search(r"\b", example["context"][start - 1:start + 1] if start else "x"), example


def test_the_test_split_uses_words_the_training_split_never_does(examples):
    for group in (babi_utils.NAMES, babi_utils.PLACES, babi_utils.OBJECTS):
        assert not set(group["train"]) & set(group["test"])
    train_words = {w for e in examples["train"] for w in re.findall(r"\w+", e["context"] + " " + e["question"])}
    held_out = set(babi_utils.NAMES["test"]) | set(babi_utils.PLACES["test"]) | set(babi_utils.OBJECTS["test"])
    assert not train_words & held_out
    for example in examples["test"]:
        assert example["answer"] in held_out


def test_bad_arguments_are_refused():
    with pytest.raises(ValueError, match="split"):
        babi_utils.make_examples(1, split="validation")
    with pytest.raises(ValueError, match="unknown tasks"):
        babi_utils.make_examples(1, tasks=("counting",))
