"""Wrong versions of the graded functions of C5W4A4."""

WRONG_VERSIONS = [
    ("tokenize_align", "the start label is one token too far: it is the last token the forward scan passed, index - 1",
     "start_positions.append(index - 1)", "start_positions.append(index)"),
    ("tokenize_align", "the end label is one token too early: it is the last token the backward scan passed, index + 1",
     "end_positions.append(index + 1)", "end_positions.append(index)"),
    ("tokenize_align",
     "the scan starts in the question's tokens: start at the first context token, sequence_ids.index(1)",
     "        context_start = sequence_ids.index(1)\n", "        context_start = 1\n"),
    ("tokenize_align",
     "an answer cut at its end keeps its labels: label (0, 0) also when the last context token ends before end_char",
     "offsets[context_start][0] > start_char or offsets[context_end][1] < end_char",
     "offsets[context_start][0] > start_char"),
    ("tokenize_align",
     "the backward scan stops on the answer's last token: use >=, so it also passes a token ending at end_char",
     "offsets[index][1] >= end_char:", "offsets[index][1] > end_char:"),
    ("tokenize_align",
     "context_end is the last token of the sequence ([SEP] or padding): take the last token with sequence id 1",
     "context_end = len(sequence_ids) - 1 - sequence_ids[::-1].index(1)", "context_end = len(sequence_ids) - 1"),
    ("best_span", "spans that end before they start are allowed: require j >= i as well as j - i < max_answer_len",
     "allowed = (j >= i) & (j - i < max_answer_len)", "allowed = np.abs(j - i) < max_answer_len"),
    ("best_span",
     "spans of max_answer_len + 1 tokens are allowed: the span's length, j - i + 1, is at most max_answer_len",
     "(j - i < max_answer_len)", "(j - i <= max_answer_len)"),
    ("best_span",
     "the end may fall outside the context: mask the ends (axis 2) with context_mask as well as the starts",
     "allowed[None] & context_mask[:, :, None] & context_mask[:, None, :]", "allowed[None] & context_mask[:, :, None]"),
    ("best_span",
     "start and end are swapped when unravelling: the start is the row, best // T, the end the column, best % T",
     "starts, ends = best // T, best % T", "starts, ends = best % T, best // T"),
    ("best_span", "the best start and the best end are chosen separately: take the argmax of the allowed (T, T) sums",
     "    starts, ends = best // T, best % T\n",
     "    starts, ends = np.where(context_mask, start_logits, -np.inf).argmax(1), "
     "np.where(context_mask, end_logits, -np.inf).argmax(1)\n"),
    ("normalize_answer", "the text is not lower-cased: start with text.lower()",
     "    text = text.lower()\n", ""),
    ("normalize_answer",
     "articles are removed inside words too (Theatre loses its the): remove whole words only, with word boundaries",
     r'r"\b(a|an|the)\b"', r'r"(a|an|the)"'),
    ("normalize_answer", "only full stops are removed: drop every character of string.punctuation",
     "character not in set(string.punctuation)", 'character != "."'),
    ("normalize_answer", "runs of white space are kept: split the text into words and join them with single spaces",
     '    text = " ".join(text.split())\n', "    text = text.strip()\n"),
    ("normalize_answer",
     "articles are removed before lower-casing, so a capital The stays: lower-case first, as in SQuAD's order",
     "    text = text.lower()\n"
     "    # Drop every character that is in string.punctuation\n"
     "    text = \"\".join(character for character in text if character not in set(string.punctuation))\n"
     "    # Replace the whole words a, an and the by a space with re.sub (word boundaries)\n"
     "    text = re.sub(r\"\\b(a|an|the)\\b\", \" \", text)\n",
     "    text = re.sub(r\"\\b(a|an|the)\\b\", \" \", text)\n"
     "    # Drop every character that is in string.punctuation\n"
     "    text = text.lower()\n"
     "    # Replace the whole words a, an and the by a space with re.sub (word boundaries)\n"
     "    text = \"\".join(character for character in text if character not in set(string.punctuation))\n"),
    ("token_f1", "shared words are counted once (sets): count them with multiplicity, the & of two Counters",
     "common = Counter(prediction_tokens) & Counter(truth_tokens)",
     "common = Counter(set(prediction_tokens) & set(truth_tokens))"),
    ("token_f1", "the number of distinct shared words is used: sum the counts of the common Counter",
     "num_same = sum(common.values())", "num_same = len(common)"),
    ("token_f1", "F1 is the arithmetic mean of P and R: use the harmonic mean, 2PR / (P + R)",
     "f1 = 2 * precision * recall / (precision + recall)", "f1 = (precision + recall) / 2"),
    ("token_f1", "precision divides by the truth's length: divide by the number of predicted words",
     "precision = num_same / len(prediction_tokens)", "precision = num_same / len(truth_tokens)"),
    ("token_f1",
     "the answers are not normalised: split normalize_answer(prediction) and normalize_answer(truth) into words",
     "    prediction_tokens = normalize_answer(prediction).split()\n"
     "    truth_tokens = normalize_answer(truth).split()\n",
     "    prediction_tokens = prediction.split()\n    truth_tokens = truth.split()\n"),
]
