"""Wrong versions of the graded functions of C5W1A2."""

_CLIP = "np.clip(gradient, -maxValue, maxValue, out=gradient)"
_DRAW = "idx = np.random.choice(range(vocab_size), p=y.ravel())"

WRONG_VERSIONS = [
    ("clip", "rebinding the loop variable clips nothing: clip in place with np.clip(..., out=gradient)", _CLIP,
     "gradient = np.clip(gradient, -maxValue, maxValue)"),
    ("clip", "negative entries are clipped to 0: clip to [-maxValue, maxValue]",
     _CLIP, "np.clip(gradient, 0, maxValue, out=gradient)"),
    ("clip", "the biases db and dby are not clipped: clip all five gradients",
     "for gradient in [dWax, dWaa, dWya, db, dby]:",
     "for gradient in [dWax, dWaa, dWya]:"),
    ("clip", "the bound 5 is written in: clip with the maxValue argument",
     _CLIP, "np.clip(gradient, -5, 5, out=gradient)"),
    ("sample", "the argmax is taken: draw idx at random with np.random.choice(range(vocab_size), p=y.ravel())",
     _DRAW, "idx = int(np.argmax(y))"),
    ("sample", "the sampled character is not fed back: set x to the one-hot vector of idx", "        x[idx] = 1\n", ""),
    ("sample", "the hidden state is not carried over: set a_prev = a after each step", "        a_prev = a\n", ""),
    ("sample", "the bias b is missing from the hidden state: a = tanh(Wax x + Waa a_prev + b)",
     "a = np.tanh(Wax @ x + Waa @ a_prev + b)",
     "a = np.tanh(Wax @ x + Waa @ a_prev)"),
    ("sample", "a name cut at 50 characters lacks its end: append the index of '\\n' when counter reaches 50",
     "    if counter == 50:\n        indices.append(char_to_ix[\"\\n\"])\n", ""),
    ("sample", "idx is not drawn from the model's distribution y: use np.random.choice(..., p=y.ravel())",
     _DRAW, "idx = 1 + counter % 2"),
    ("optimize", "the gradients are not clipped: clip them with clip(gradients, 5) before the update",
     "    gradients = clip(gradients, 5)\n", ""),
    ("optimize", "the gradients are clipped at 10: clip them at maxValue 5",
     "gradients = clip(gradients, 5)", "gradients = clip(gradients, 10)"),
    ("optimize", "the learning rate is written in: pass learning_rate on to update_parameters",
     "update_parameters(parameters, gradients, learning_rate)",
     "update_parameters(parameters, gradients, 0.01)"),
    ("optimize", "a[-1] is the initial state in the cache: return the last hidden state, a[len(X) - 1]",
     "return loss, gradients, a[len(X) - 1]", "return loss, gradients, a[-1]"),
    ("optimize", "the update comes before the clipping: clip the gradients first, then update the parameters",
     "    gradients = clip(gradients, 5)\n"
     "    # Update the parameters with update_parameters and the given learning rate\n"
     "    parameters = update_parameters(parameters, gradients, learning_rate)",
     "    parameters = update_parameters(parameters, gradients, learning_rate)\n"
     "    # Update the parameters with update_parameters and the given learning rate\n"
     "    gradients = clip(gradients, 5)"),
    ("model", "X lacks its leading None, so the first letter is never predicted: X = [None] + the name's indices",
     "X = [None] + single_example_ix",
     "X = single_example_ix"),
    ("model", "the learning rate is not passed on: call optimize with learning_rate=learning_rate",
     "optimize(X, Y, a_prev, parameters, learning_rate=learning_rate)", "optimize(X, Y, a_prev, parameters)"),
    ("model", "the last name is never used: take idx = j % len(examples)", "idx = j % len(examples)",
     "idx = j % (len(examples) - 1)"),
    ("model", "the hidden state is reset for every name: keep the a_prev that optimize returns",
     "curr_loss, gradients, a_prev = optimize(",
     "curr_loss, gradients, _ = optimize("),
    ("model", "Y lacks the final '\\n': Y is X[1:] followed by the index of '\\n'",
     "Y = X[1:] + [char_to_ix[\"\\n\"]]", "Y = X[1:]"),
]
