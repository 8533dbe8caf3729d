"""bAbI-style stories and questions, generated in code: the extractive question-answering task of C5W4A4.

Each example is a dict with the story `context`, the `question`, the `answer` text, `answer_start` (the character
offset of the answer in the context, in the sentence that supports it) and the `task`:

- `single` (bAbI task 1, one supporting fact): "Mary went to the kitchen. ... Where is Mary?"
- `object` (bAbI task 2, two supporting facts): people pick up and drop objects and move; "Where is the apple?" is
  where its holder is now, or where it was dropped.
- `before` (bAbI task 3 asked of people): "Where was Mary before the kitchen?", the place she left to go there.
- `who` (the place-to-person direction): "Who is in the garden?", asked when exactly one person is there now.

Names, places and objects of the `test` split are disjoint from those of the `train` split, so a model can only
answer the test questions by reading the story.
"""

import numpy as np

NAMES = {
    "train": ["Mary", "John", "Sandra", "Daniel", "Fred", "Bill", "Julie", "Emma", "Oliver", "Lucas", "Sophie",
              "Peter", "Hannah", "George"],
    "test": ["Alice", "Jeff", "Nora", "Victor", "Ingrid", "Omar", "Paula", "Ravi"],
}
PLACES = {
    "train": ["kitchen", "garden", "office", "hallway", "bathroom", "bedroom", "cellar", "park", "school", "shop",
              "station", "beach", "church", "museum"],
    "test": ["garage", "attic", "library", "balcony", "pantry", "cinema", "harbour", "stable"],
}
OBJECTS = {
    "train": ["football", "apple", "milk", "book", "key", "hat", "ball", "cup", "letter", "phone"],
    "test": ["ukulele", "umbrella", "kettle", "lantern", "violin", "wallet"],
}
SPLITS = tuple(NAMES)
TASKS = ("single", "object", "before", "who")
MOVE_VERBS = ("went to", "moved to", "journeyed to", "travelled to", "went back to")
GET_VERBS = ("picked up", "got", "grabbed", "took")
DROP_VERBS = ("dropped", "put down", "discarded", "left")


class _Story:
    """Sentences written one by one, with the world state they imply and where each fact was stated."""

    def __init__(self):
        self.text = ""
        self.location = {}  # person -> (place, character offset of the place in the text)
        self.history = {}  # person -> [(place, offset), ...] in order
        self.named = {}  # person -> character offset of the name in the sentence of their last move
        self.holder = {}  # object -> person carrying it
        self.dropped = {}  # object -> (place, offset of the place in the sentence that put it there)

    def _write(self, *parts):
        """Append a sentence made of `parts` (joined by spaces, a full stop added); return each part's offset."""
        if self.text:
            self.text += " "
        offsets = []
        for i, part in enumerate(parts):
            if i:
                self.text += " "
            offsets.append(len(self.text))
            self.text += part
        self.text += "."
        return offsets

    def move(self, person, place, verb):
        name_at, _, place_at = self._write(person, verb + " the", place)
        self.location[person] = (place, place_at)
        self.history.setdefault(person, []).append((place, place_at))
        self.named[person] = name_at

    def get(self, person, thing, verb):
        self._write(person, verb + " the", thing)
        self.holder[thing] = person
        self.dropped.pop(thing, None)

    def drop(self, person, thing, verb):
        self._write(person, verb + " the", thing)
        del self.holder[thing]
        self.dropped[thing] = self.location[person]

    def where_is(self, thing):
        """(place, offset) of an object: its holder's place, or where it was dropped."""
        if thing in self.holder:
            return self.location[self.holder[thing]]
        return self.dropped[thing]


def _pick(rng, items):
    return items[int(rng.integers(len(items)))]


def _moves(rng, story, people, places, n):
    for _ in range(n):
        person = _pick(rng, people)
        options = [p for p in places if story.location.get(person, (None,))[0] != p]
        story.move(person, _pick(rng, options), _pick(rng, MOVE_VERBS))


def _single(rng, split):
    people = [str(p) for p in rng.choice(NAMES[split], size=int(rng.integers(2, 4)), replace=False)]
    story = _Story()
    _moves(rng, story, people, PLACES[split], int(rng.integers(2, 7)))
    person = _pick(rng, sorted(story.location))
    place, at = story.location[person]
    return story.text, f"Where is {person}?", place, at


def _object(rng, split):
    people = [str(p) for p in rng.choice(NAMES[split], size=int(rng.integers(2, 4)), replace=False)]
    things = [str(t) for t in rng.choice(OBJECTS[split], size=int(rng.integers(1, 3)), replace=False)]
    story = _Story()
    _moves(rng, story, people, PLACES[split], 2)
    for _ in range(int(rng.integers(3, 8))):
        located = [p for p in people if p in story.location]
        free = [t for t in things if t not in story.holder]
        action = rng.random()
        if action < 0.3 and free and located:
            story.get(_pick(rng, located), _pick(rng, free), _pick(rng, GET_VERBS))
        elif action < 0.45 and story.holder:
            thing = _pick(rng, sorted(story.holder))
            story.drop(story.holder[thing], thing, _pick(rng, DROP_VERBS))
        else:
            _moves(rng, story, people, PLACES[split], 1)
    known = sorted(set(story.holder) | set(story.dropped))
    if not known:
        return None
    thing = _pick(rng, known)
    place, at = story.where_is(thing)
    return story.text, f"Where is the {thing}?", place, at


def _before(rng, split):
    people = [str(p) for p in rng.choice(NAMES[split], size=int(rng.integers(2, 4)), replace=False)]
    story = _Story()
    _moves(rng, story, people, PLACES[split], int(rng.integers(3, 8)))
    candidates = []
    for person, history in sorted(story.history.items()):
        visits = [place for place, _ in history]
        for k in range(1, len(history)):
            if visits.count(visits[k]) == 1:  # "before the X" has one meaning only if X was visited once
                candidates.append((person, history[k][0], history[k - 1]))
    if not candidates:
        return None
    person, later, (place, at) = candidates[int(rng.integers(len(candidates)))]
    return story.text, f"Where was {person} before the {later}?", place, at


def _who(rng, split):
    people = [str(p) for p in rng.choice(NAMES[split], size=int(rng.integers(2, 4)), replace=False)]
    story = _Story()
    _moves(rng, story, people, PLACES[split], int(rng.integers(2, 7)))
    occupants = {}
    for person, (place, _) in story.location.items():
        occupants.setdefault(place, []).append(person)
    alone = sorted(place for place, here in occupants.items() if len(here) == 1)
    if not alone:
        return None
    place = _pick(rng, alone)
    person = occupants[place][0]
    return story.text, f"Who is in the {place}?", person, story.named[person]


_MAKERS = {"single": _single, "object": _object, "before": _before, "who": _who}


def make_examples(n_per_task, seed=0, split="train", tasks=TASKS):
    """`n_per_task` examples of each task in `tasks`, interleaved (single, object, before, who, single, ...), from
    a NumPy generator seeded with `seed`, with the names, places and objects of `split` ("train" or "test")."""
    if split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS}, got {split!r}.")
    unknown = set(tasks) - set(TASKS)
    if unknown:
        raise ValueError(f"unknown tasks {sorted(unknown)}; the tasks are {TASKS}.")
    rng = np.random.default_rng(seed)
    examples = []
    for _ in range(n_per_task):
        for task in tasks:
            made = None
            while made is None:
                made = _MAKERS[task](rng, split)
            context, question, answer, answer_start = made
            examples.append(dict(context=context, question=question, answer=answer, answer_start=answer_start,
                                 task=task))
    return examples
