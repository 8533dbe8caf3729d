"""Wrong versions of the graded functions of C5W1A3."""

_STEP = "_, a, c = LSTM_cell(x, initial_state=[a, c])"
_STEP_FROM_START = "_, a, c = LSTM_cell(x, initial_state=[a0, c0])"

WRONG_VERSIONS = [
    ("djmodel", "the state not carried over: every step starts again from a0, c0", _STEP, _STEP_FROM_START),
    ("djmodel", "hidden state and memory cell swapped in initial_state", "initial_state=[a, c]",
     "initial_state=[c, a]"),
    ("djmodel", "always the first time step's input", "x = X[:, t, :]", "x = X[:, 0, :]"),
    ("djmodel", "the output read from the memory cell c", "out = densor(a)", "out = densor(c)"),
    ("djmodel", "only the last step's output kept", "        outputs.append(out)\n", "    outputs.append(out)\n"),
    ("music_inference_model", "the probabilities fed back instead of the one-hot argmax",
     "x = keras.ops.one_hot(x, n_values)", "x = out"),
    ("music_inference_model", "the next input never updated (always x0)", "x = layers.RepeatVector(1)(x)", "x = x0"),
    ("music_inference_model", "argmax over the batch axis", "keras.ops.argmax(out, axis=-1)",
     "keras.ops.argmax(out, axis=0)"),
    ("music_inference_model", "the state not carried over", _STEP, _STEP_FROM_START),
    ("predict_and_sample", "argmax over the steps instead of the values",
     "indices = np.argmax(np.array(pred), axis=-1)", "indices = np.argmax(np.array(pred), axis=0)"),
    ("predict_and_sample", "the probabilities returned instead of one-hot vectors",
     "results = keras.utils.to_categorical(indices, num_classes=n_values)", "results = np.array(pred)[:, 0]"),
    ("predict_and_sample", "the states passed in the wrong order",
     "[x_initializer, a_initializer, c_initializer]", "[x_initializer, c_initializer, a_initializer]"),
]
