"""Wrong versions of the graded functions of C2W2A1."""

_W_STEP = 'parameters["W" + str(l)] = parameters["W" + str(l)] - learning_rate * grads["dW" + str(l)]\n'
_B_STEP = '        parameters["b" + str(l)] = parameters["b" + str(l)] - learning_rate * grads["db" + str(l)]\n'
_V_STEP = ('        v["dW" + str(l)] = beta * v["dW" + str(l)] + (1 - beta) * grads["dW" + str(l)]\n'
           '        v["db" + str(l)] = beta * v["db" + str(l)] + (1 - beta) * grads["db" + str(l)]\n')
_MOMENTUM_STEP = ('        parameters["W" + str(l)] = parameters["W" + str(l)] - learning_rate * v["dW" + str(l)]\n'
                  '        parameters["b" + str(l)] = parameters["b" + str(l)] - learning_rate * v["db" + str(l)]\n')
_LAST_BATCH = ("    if m % mini_batch_size != 0:\n"
               "        mini_batch_X = shuffled_X[:, num_complete_minibatches * mini_batch_size:]\n"
               "        mini_batch_Y = shuffled_Y[:, num_complete_minibatches * mini_batch_size:]\n"
               "        mini_batches.append((mini_batch_X, mini_batch_Y))\n")
_ZEROS_DB = 'v["db" + str(l)] = np.zeros_like(parameters["b" + str(l)])'
_RMS_ZEROS_DB = 's["db" + str(l)] = np.zeros_like(parameters["b" + str(l)])'
_ADAM_ZEROS = ('        v["dW" + str(l)] = np.zeros_like(parameters["W" + str(l)])\n'
               '        v["db" + str(l)] = np.zeros_like(parameters["b" + str(l)])\n'
               '        s["dW" + str(l)] = np.zeros_like(parameters["W" + str(l)])\n'
               '        s["db" + str(l)] = np.zeros_like(parameters["b" + str(l)])\n')
_ADAM_SHARED = ('        v["dW" + str(l)] = s["dW" + str(l)] = np.zeros_like(parameters["W" + str(l)])\n'
                '        v["db" + str(l)] = s["db" + str(l)] = np.zeros_like(parameters["b" + str(l)])\n')
_V_CORR, _S_CORR = "v_corrected[key] = v[key] / (1 - beta1**t)", "s_corrected[key] = s[key] / (1 - beta2**t)"
_ADAM_STEP = "learning_rate * v_corrected[key] / (\n                np.sqrt(s_corrected[key]) + epsilon)"
_UPDATE_LR = "learning_rate = learning_rate0 / (1 + decay_rate * epoch_num)"
_SCHEDULE = "learning_rate = learning_rate0 / (1 + decay_rate * np.floor(epoch_num / time_interval))"

WRONG_VERSIONS = [
    ("update_parameters_with_gd", "b not updated", _B_STEP, ""),
    ("update_parameters_with_gd", "layers counted from 0", "for l in range(1, L + 1):", "for l in range(L):"),
    ("update_parameters_with_gd", "a step up the gradient", _W_STEP,
     _W_STEP.replace("] - learning_rate", "] + learning_rate")),
    ("random_mini_batches", "labels not shuffled with the same permutation",
     "shuffled_Y = Y[:, permutation].reshape((1, m))", "shuffled_Y = Y.reshape((1, m))"),
    ("random_mini_batches", "the last partial batch dropped", _LAST_BATCH, ""),
    ("random_mini_batches", "the batch count rounded up (a leftover batch twice)",
     "num_complete_minibatches = math.floor(m / mini_batch_size)",
     "num_complete_minibatches = math.ceil(m / mini_batch_size)"),
    ("random_mini_batches", "the global NumPy generator instead of the seed",
     "np.random.default_rng(seed).permutation(m)", "np.random.permutation(m)"),
    ("initialize_velocity", "db with the shape of W", _ZEROS_DB,
     'v["db" + str(l)] = np.zeros_like(parameters["W" + str(l)])'),
    ("initialize_velocity", "the parameters themselves instead of zeros",
     'v["dW" + str(l)] = np.zeros_like(parameters["W" + str(l)])', 'v["dW" + str(l)] = parameters["W" + str(l)]'),
    ("update_parameters_with_momentum", "v = beta * v + dW (no 1 - beta)", "(1 - beta) * grads", "grads"),
    ("update_parameters_with_momentum", "the parameters stepped with the old velocity",
     _V_STEP + _MOMENTUM_STEP, _MOMENTUM_STEP + _V_STEP),
    ("update_parameters_with_momentum", "b stepped with the raw gradient",
     'learning_rate * v["db" + str(l)]', 'learning_rate * grads["db" + str(l)]'),
    ("initialize_rmsprop", "db with the shape of W", _RMS_ZEROS_DB,
     's["db" + str(l)] = np.zeros_like(parameters["W" + str(l)])'),
    ("initialize_rmsprop", "ones instead of zeros", "np.zeros_like", "np.ones_like"),
    ("update_parameters_with_rmsprop", "no epsilon", "(\n                np.sqrt(s[key]) + epsilon)",
     "(\n                np.sqrt(s[key]))"),
    ("update_parameters_with_rmsprop", "no square root", "np.sqrt(s[key]) + epsilon", "s[key] + epsilon"),
    ("update_parameters_with_rmsprop", "epsilon inside the square root", "np.sqrt(s[key]) + epsilon",
     "np.sqrt(s[key] + epsilon)"),
    ("initialize_adam", "v and s share their arrays", _ADAM_ZEROS, _ADAM_SHARED),
    ("initialize_adam", "the last layer skipped", "for l in range(1, L + 1):", "for l in range(1, L):"),
    ("update_parameters_with_adam", "no bias correction", f"{_V_CORR}\n", "v_corrected[key] = v[key]\n"),
    ("update_parameters_with_adam", "bias correction with t - 1", "beta1**t)", "beta1**(t - 1))"),
    ("update_parameters_with_adam", "v instead of v_corrected in the step", _ADAM_STEP,
     _ADAM_STEP.replace("v_corrected[key] / (", "v[key] / (")),
    ("update_parameters_with_adam", "epsilon inside the square root", _ADAM_STEP,
     _ADAM_STEP.replace("np.sqrt(s_corrected[key]) + epsilon)", "np.sqrt(s_corrected[key] + epsilon))")),
    ("update_lr", "parentheses missing: alpha_0 / 1 + decay_rate * epoch", _UPDATE_LR,
     "learning_rate = learning_rate0 / 1 + decay_rate * epoch_num"),
    ("update_lr", "the epoch outside the denominator", _UPDATE_LR,
     "learning_rate = learning_rate0 / (1 + decay_rate) * epoch_num"),
    ("update_lr", "exponential decay alpha_0 * decay_rate**epoch", _UPDATE_LR,
     "learning_rate = learning_rate0 * decay_rate**epoch_num"),
    ("schedule_lr_decay", "no floor", _SCHEDULE,
     "learning_rate = learning_rate0 / (1 + decay_rate * (epoch_num / time_interval))"),
    ("schedule_lr_decay", "rounding instead of the floor", "np.floor(", "np.round("),
    ("schedule_lr_decay", "the default interval of 1000 instead of the argument", "epoch_num / time_interval",
     "epoch_num / 1000"),
]
