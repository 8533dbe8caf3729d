"""Wrong versions of the graded functions of C3W2A1."""

_TABLE_ROW = "table[name] = (count, count / n_errors, count / m)"
_WHERE = "final_labels = np.where(reviewed, corrected_labels, labels)"
_GAPS = ('"variance": train_dev_error - train_error,\n        "data mismatch": dev_error - train_dev_error,')
_LOGS = "y_true * keras.ops.log(y_pred) + (1 - y_true) * keras.ops.log(1 - y_pred)"
_LOSS = "loss = keras.ops.sum(labelled * losses) / m"

WRONG_VERSIONS = [
    ("error_analysis", "every member of a category counted, not only its errors",
     "count = int(np.sum(is_error & np.asarray(members, dtype=bool)))",
     "count = int(np.sum(np.asarray(members, dtype=bool)))"),
    ("error_analysis", "the share taken of all dev examples instead of the errors", _TABLE_ROW,
     "table[name] = (count, count / m, count / m)"),
    ("error_analysis", "the ceiling given as the share of the errors (not scaled by the dev error)", _TABLE_ROW,
     "table[name] = (count, count / n_errors, count / n_errors)"),
    ("error_analysis", "the ceiling as the dev error left after the fix, not the reduction", _TABLE_ROW,
     "table[name] = (count, count / n_errors, n_errors / m - count / m)"),
    ("corrected_dev_error", "every label replaced, reviewed or not", _WHERE, "final_labels = corrected_labels"),
    ("corrected_dev_error", "the corrected labels used where the example was not reviewed", _WHERE,
     "final_labels = np.where(reviewed, labels, corrected_labels)"),
    ("corrected_dev_error", "the number of errors returned instead of the error rate",
     "dev_error = float(np.mean(predictions != final_labels))",
     "dev_error = float(np.sum(predictions != final_labels))"),
    ("corrected_dev_error", "the labels corrected in place (the caller's array changes)", _WHERE,
     "labels[reviewed] = corrected_labels[reviewed]\n    final_labels = labels"),
    ("mismatch_diagnosis", "variance measured from human level instead of the training error",
     '"variance": train_dev_error - train_error', '"variance": train_dev_error - human_error'),
    ("mismatch_diagnosis", "data mismatch measured from the training error (the train-dev set skipped)",
     '"data mismatch": dev_error - train_dev_error', '"data mismatch": dev_error - train_error'),
    ("mismatch_diagnosis", "avoidable bias without subtracting human-level error",
     '"avoidable bias": train_error - human_error', '"avoidable bias": train_error'),
    ("mismatch_diagnosis", "variance and data mismatch swapped", _GAPS,
     '"variance": dev_error - train_dev_error,\n        "data mismatch": train_dev_error - train_error,'),
    ("mismatch_diagnosis", "the smallest gap chosen", "focus = max(gaps, key=gaps.get)",
     "focus = min(gaps, key=gaps.get)"),
    ("masked_binary_crossentropy", "missing labels not skipped", _LOSS, "loss = keras.ops.sum(losses) / m"),
    ("masked_binary_crossentropy", "divided by the number of labels instead of the number of examples", _LOSS,
     "loss = keras.ops.sum(labelled * losses) / keras.ops.sum(labelled)"),
    ("masked_binary_crossentropy", "averaged over examples and tasks (Keras's mean)", _LOSS,
     "loss = keras.ops.mean(labelled * losses)"),
    ("masked_binary_crossentropy", "the zeros skipped too (mask y_true > 0)", "keras.ops.not_equal(y_true, -1)",
     "keras.ops.greater(y_true, 0)"),
    ("masked_binary_crossentropy", "the probabilities not clipped (log of 0)",
     "y_pred = keras.ops.clip(y_pred, epsilon, 1 - epsilon)\n", "\n"),
    ("masked_binary_crossentropy", "the two log terms swapped", _LOGS,
     "y_true * keras.ops.log(1 - y_pred) + (1 - y_true) * keras.ops.log(y_pred)"),
]
