"""Human-readable dates and their ISO form (YYYY-MM-DD), generated in code: the translation task of C5W3A1
(attention) and C5W4A1 (Transformer). Dates from `faker`, written with the CLDR date formats of `babel`."""

import datetime as dt

import numpy as np
from babel.dates import format_date
from faker import Faker

# The locales and the CLDR format lengths used for each (numeric "short" forms only where day and month order
# is unambiguous from the shape: en_US M/d/yy, de_DE dd.MM.yy).
LOCALES = ["en_US", "en_GB", "fr_FR", "de_DE", "es_ES", "it_IT", "pt_BR", "nl_NL"]
FORMATS = {locale: ["medium", "long", "full"] for locale in LOCALES}
FORMATS["en_US"] = ["short", "medium", "long", "full"]
FORMATS["de_DE"] = ["short", "medium", "long", "full"]
FIRST_DATE, LAST_DATE = dt.date(1950, 1, 1), dt.date(2049, 12, 31)  # two-digit years are unambiguous
UNKNOWN, PAD = "<unk>", "<pad>"
MACHINE_CHARS = "-0123456789"


def load_dataset(m, seed=0, exclude=()):
    """`m` examples (human_date, iso_date, locale, format), each from a date drawn uniformly in 1950-2049 (dates in
    `exclude`, ISO strings, are drawn again) and one of the (locale, format) pairs uniformly."""
    fake = Faker()
    fake.seed_instance(seed)
    rng = np.random.default_rng(seed)
    styles = [(locale, fmt) for locale in LOCALES for fmt in FORMATS[locale]]
    excluded = set(exclude)
    dataset = []
    while len(dataset) < m:
        date = fake.date_between(start_date=FIRST_DATE, end_date=LAST_DATE)
        iso = date.isoformat()
        if iso in excluded:
            continue
        locale, fmt = styles[rng.integers(len(styles))]
        dataset.append((format_date(date, fmt, locale=locale).lower(), iso, locale, fmt))
    return dataset


def build_vocabularies(dataset):
    """human_vocab (every character of the human dates, plus <unk> and <pad>), machine_vocab and its inverse."""
    characters = sorted({c for human, *_ in dataset for c in human})
    human_vocab = {c: i for i, c in enumerate(characters + [UNKNOWN, PAD])}
    machine_vocab = {c: i for i, c in enumerate(MACHINE_CHARS)}
    inv_machine_vocab = {i: c for c, i in machine_vocab.items()}
    return human_vocab, machine_vocab, inv_machine_vocab


def string_to_int(string, length, vocab):
    """The indices of the characters of `string` (unknown ones as <unk>), cut or padded with <pad> to `length`."""
    indices = [vocab.get(c, vocab[UNKNOWN]) for c in string[:length]]
    return indices + [vocab[PAD]] * (length - len(indices))


def preprocess_data(dataset, human_vocab, machine_vocab, Tx, Ty):
    """X (m, Tx) and Y (m, Ty) indices, and their one-hot forms Xoh (m, Tx, len(human_vocab)) and
    Yoh (m, Ty, len(machine_vocab)), as the course's nmt_utils.preprocess_data."""
    X = np.array([string_to_int(human, Tx, human_vocab) for human, *_ in dataset])
    if Ty != len("YYYY-MM-DD"):
        raise ValueError(f"Ty is {Ty}, but every ISO date has 10 characters: use Ty = 10")
    Y = np.array([[machine_vocab[c] for c in iso] for _, iso, *_ in dataset])
    Xoh = np.eye(len(human_vocab), dtype=np.float32)[X]
    Yoh = np.eye(len(machine_vocab), dtype=np.float32)[Y]
    return X, Y, Xoh, Yoh
