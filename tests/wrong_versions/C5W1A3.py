"""Wrong versions of the graded functions of C5W1A3."""

_STEP = "_, a, c = LSTM_cell(x, initial_state=[a, c])"
_STEP_FROM_START = "_, a, c = LSTM_cell(x, initial_state=[a0, c0])"

WRONG_VERSIONS = [
    ("djmodel", "every step starts again from a0, c0: pass the previous step's [a, c] as initial_state",
     _STEP, _STEP_FROM_START),
    ("djmodel", "a and c are swapped: initial_state is [hidden state, memory cell], i.e. [a, c]",
     "initial_state=[a, c]", "initial_state=[c, a]"),
    ("djmodel", "every step reads the first time step: select step t of X with X[:, t, :]",
     "x = X[:, t, :]", "x = X[:, 0, :]"),
    ("djmodel", "densor reads the memory cell c: apply it to the hidden state a", "out = densor(a)", "out = densor(c)"),
    ("djmodel", "only the last step's output is kept: append out to outputs inside the loop, at every step",
     "        outputs.append(out)\n", "    outputs.append(out)\n"),
    ("music_inference_model", "the probabilities are fed back: the next input is the one-hot vector of their argmax",
     "x = keras.ops.one_hot(x, n_values)", "x = out"),
    ("music_inference_model",
     "the next input is always x0: feed back the one-hot argmax of out, reshaped with RepeatVector(1)",
     "x = layers.RepeatVector(1)(x)", "x = x0"),
    ("music_inference_model", "argmax is taken over the batch axis: take it over the values, the last axis (axis=-1)",
     "keras.ops.argmax(out, axis=-1)", "keras.ops.argmax(out, axis=0)"),
    ("music_inference_model", "every step starts again from a0, c0: pass the previous step's [a, c] as initial_state",
     _STEP, _STEP_FROM_START),
    ("predict_and_sample",
     "argmax is taken over the steps: take it over the values, the last axis, to get indices (Ty, 1)",
     "indices = np.argmax(np.array(pred), axis=-1)", "indices = np.argmax(np.array(pred), axis=0)"),
    ("predict_and_sample",
     "the probabilities are returned: turn the indices into one-hot vectors with keras.utils.to_categorical",
     "results = keras.utils.to_categorical(indices, num_classes=n_values)", "results = np.array(pred)[:, 0]"),
    ("predict_and_sample", "the initializers are passed in the wrong order: the model's inputs are [x, a, c]",
     "[x_initializer, a_initializer, c_initializer]", "[x_initializer, c_initializer, a_initializer]"),
]
