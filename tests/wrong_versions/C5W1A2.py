"""Wrong versions of the graded functions of C5W1A2."""

_CLIP = "np.clip(gradient, -maxValue, maxValue, out=gradient)"
_DRAW = "idx = np.random.choice(range(vocab_size), p=y.ravel())"

WRONG_VERSIONS = [
    ("clip", "the loop variable rebound (nothing clipped)", _CLIP,
     "gradient = np.clip(gradient, -maxValue, maxValue)"),
    ("clip", "negative entries clipped to 0", _CLIP, "np.clip(gradient, 0, maxValue, out=gradient)"),
    ("clip", "the biases not clipped", "for gradient in [dWax, dWaa, dWya, db, dby]:",
     "for gradient in [dWax, dWaa, dWya]:"),
    ("clip", "the bound 5 written in instead of maxValue", _CLIP, "np.clip(gradient, -5, 5, out=gradient)"),
    ("sample", "the most likely character taken (argmax) instead of a draw", _DRAW, "idx = int(np.argmax(y))"),
    ("sample", "the sampled character not fed back as the next input", "        x[idx] = 1\n", ""),
    ("sample", "the hidden state not carried to the next step", "        a_prev = a\n", ""),
    ("sample", "the bias b left out of the hidden state", "a = np.tanh(Wax @ x + Waa @ a_prev + b)",
     "a = np.tanh(Wax @ x + Waa @ a_prev)"),
    ("sample", "no '\\n' appended to a name cut at 50 characters",
     "    if counter == 50:\n        indices.append(char_to_ix[\"\\n\"])\n", ""),
    ("sample", "drawn from the logits' order: the first character fixed at index 1", _DRAW, "idx = 1 + counter % 2"),
    ("optimize", "the gradients not clipped", "    gradients = clip(gradients, 5)\n", ""),
    ("optimize", "clipped at 10 instead of 5", "gradients = clip(gradients, 5)", "gradients = clip(gradients, 10)"),
    ("optimize", "the learning rate not passed on", "update_parameters(parameters, gradients, learning_rate)",
     "update_parameters(parameters, gradients, 0.01)"),
    ("optimize", "a[-1] (the initial state in the cache) returned as the last state",
     "return loss, gradients, a[len(X) - 1]", "return loss, gradients, a[-1]"),
    ("optimize", "the update made before clipping",
     "    gradients = clip(gradients, 5)\n    parameters = update_parameters(parameters, gradients, learning_rate)",
     "    parameters = update_parameters(parameters, gradients, learning_rate)\n    gradients = clip(gradients, 5)"),
    ("model", "no None at the start of X (the first letter never predicted)", "X = [None] + single_example_ix",
     "X = single_example_ix"),
    ("model", "the learning rate not passed on to optimize",
     "optimize(X, Y, a_prev, parameters, learning_rate=learning_rate)", "optimize(X, Y, a_prev, parameters)"),
    ("model", "the last name never used (j % (len(examples) - 1))", "idx = j % len(examples)",
     "idx = j % (len(examples) - 1)"),
    ("model", "the hidden state reset for every name", "curr_loss, gradients, a_prev = optimize(",
     "curr_loss, gradients, _ = optimize("),
    ("model", "Y without the final '\\n'", "Y = X[1:] + [char_to_ix[\"\\n\"]]", "Y = X[1:]"),
]
