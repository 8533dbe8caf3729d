"""Wrong versions of the graded functions of C2W2A1."""

_W_STEP = 'parameters["W" + str(l)] = parameters["W" + str(l)] - learning_rate * grads["dW" + str(l)]\n'
_B_STEP = '        parameters["b" + str(l)] = parameters["b" + str(l)] - learning_rate * grads["db" + str(l)]\n'
_V_STEP = ('        v["dW" + str(l)] = beta * v["dW" + str(l)] + (1 - beta) * grads["dW" + str(l)]\n'
           '        v["db" + str(l)] = beta * v["db" + str(l)] + (1 - beta) * grads["db" + str(l)]\n')
_MOMENTUM_STEP = ('        # Step W and b along their new velocities, scaled by the learning rate\n'
                  '        parameters["W" + str(l)] = parameters["W" + str(l)] - learning_rate * v["dW" + str(l)]\n'
                  '        parameters["b" + str(l)] = parameters["b" + str(l)] - learning_rate * v["db" + str(l)]\n')
_LAST_BATCH = ("    if m % mini_batch_size != 0:\n"
               "        # The last mini-batch: the shuffled columns after the complete ones, added to the list\n"
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
    ("update_parameters_with_gd",
     "b is never updated; step b against db exactly as W against dW",
     _B_STEP, ""),
    ("update_parameters_with_gd",
     "the layers are counted from 0; the parameters are W1, b1, ..., WL, bL: loop over l = 1 to L",
     "for l in range(1, L + 1):", "for l in range(L):"),
    ("update_parameters_with_gd",
     "W steps up the gradient (+); gradient descent subtracts learning_rate * dW",
     _W_STEP, _W_STEP.replace("] - learning_rate", "] + learning_rate")),
    ("random_mini_batches",
     "Y is not shuffled: apply the same permutation to the columns of Y as to X, so labels stay matched",
     "shuffled_Y = Y[:, permutation].reshape((1, m))", "shuffled_Y = Y.reshape((1, m))"),
    ("random_mini_batches",
     "the last, smaller mini-batch is dropped; when m % mini_batch_size != 0 add the leftover examples",
     _LAST_BATCH, ""),
    ("random_mini_batches",
     "the number of complete mini-batches is rounded up; round m / mini_batch_size down with math.floor",
     "num_complete_minibatches = math.floor(m / mini_batch_size)",
     "num_complete_minibatches = math.ceil(m / mini_batch_size)"),
    ("random_mini_batches",
     "the permutation ignores the seed; draw it with np.random.default_rng(seed).permutation(m)",
     "np.random.default_rng(seed).permutation(m)", "np.random.permutation(m)"),
    ("initialize_velocity",
     "v['db'] has the shape of W; each velocity takes the shape of its own parameter, b for db",
     _ZEROS_DB, 'v["db" + str(l)] = np.zeros_like(parameters["W" + str(l)])'),
    ("initialize_velocity",
     "v['dW'] is the weights themselves; the velocity starts at zeros of W's shape",
     'v["dW" + str(l)] = np.zeros_like(parameters["W" + str(l)])', 'v["dW" + str(l)] = parameters["W" + str(l)]'),
    ("update_parameters_with_momentum",
     "the velocity adds the full gradient; weight it by (1 - beta): v = beta * v + (1 - beta) * dW",
     "(1 - beta) * grads", "grads"),
    ("update_parameters_with_momentum",
     "the parameters step with the old velocity; update v first, then step W and b with the new v",
     _V_STEP + _MOMENTUM_STEP, _MOMENTUM_STEP + _V_STEP),
    ("update_parameters_with_momentum",
     "b steps with the raw gradient db; step it with its velocity v['db'], as W with v['dW']",
     'learning_rate * v["db" + str(l)]', 'learning_rate * grads["db" + str(l)]'),
    ("initialize_rmsprop",
     "s['db'] has the shape of W; each average takes the shape of its own parameter, b for db",
     _RMS_ZEROS_DB, 's["db" + str(l)] = np.zeros_like(parameters["W" + str(l)])'),
    ("initialize_rmsprop",
     "s starts at ones; the running averages start at zeros",
     "np.zeros_like", "np.ones_like"),
    ("update_parameters_with_rmsprop",
     "epsilon is missing: divide the gradient by sqrt(s) + epsilon, which is never 0",
     "(\n                np.sqrt(s[key]) + epsilon)", "(\n                np.sqrt(s[key]))"),
    ("update_parameters_with_rmsprop",
     "the gradient is divided by s itself; divide it by the square root of s, plus epsilon",
     "np.sqrt(s[key]) + epsilon", "s[key] + epsilon"),
    ("update_parameters_with_rmsprop",
     "epsilon is inside the square root (Keras's form); this course adds it after: sqrt(s) + epsilon",
     "np.sqrt(s[key]) + epsilon", "np.sqrt(s[key] + epsilon)"),
    ("initialize_adam",
     "v and s share the same arrays; give each its own np.zeros_like, so updating v leaves s alone",
     _ADAM_ZEROS, _ADAM_SHARED),
    ("initialize_adam",
     "the last layer is skipped; loop over l = 1 to L inclusive, range(1, L + 1)",
     "for l in range(1, L + 1):", "for l in range(1, L):"),
    ("update_parameters_with_adam",
     "v_corrected is v itself; apply the bias correction, divide v by (1 - beta1**t)",
     f"{_V_CORR}\n", "v_corrected[key] = v[key]\n"),
    ("update_parameters_with_adam",
     "the bias correction uses t - 1; t already counts this step, so divide by (1 - beta1**t)",
     "beta1**t)", "beta1**(t - 1))"),
    ("update_parameters_with_adam",
     "the step uses the uncorrected v; use v_corrected over (sqrt(s_corrected) + epsilon)",
     _ADAM_STEP, _ADAM_STEP.replace("v_corrected[key] / (", "v[key] / (")),
    ("update_parameters_with_adam",
     "epsilon is inside the square root; the formula adds it after: sqrt(s_corrected) + epsilon",
     _ADAM_STEP, _ADAM_STEP.replace("np.sqrt(s_corrected[key]) + epsilon)", "np.sqrt(s_corrected[key] + epsilon))")),
    ("update_lr",
     "parentheses are missing: divide learning_rate0 by the whole (1 + decay_rate * epoch_num)",
     _UPDATE_LR, "learning_rate = learning_rate0 / 1 + decay_rate * epoch_num"),
    ("update_lr",
     "epoch_num multiplies the result; it belongs in the denominator, 1 + decay_rate * epoch_num",
     _UPDATE_LR, "learning_rate = learning_rate0 / (1 + decay_rate) * epoch_num"),
    ("update_lr",
     "this is exponential decay (decay_rate**epoch_num); the exercise is inverse-time: alpha_0 / (1 + ...)",
     _UPDATE_LR, "learning_rate = learning_rate0 * decay_rate**epoch_num"),
    ("schedule_lr_decay",
     "the floor is missing: the rate drops only every time_interval epochs, floor(epoch_num / time_interval)",
     _SCHEDULE, "learning_rate = learning_rate0 / (1 + decay_rate * (epoch_num / time_interval))"),
    ("schedule_lr_decay",
     "epoch_num / time_interval is rounded; take its floor, so the rate drops only at each full interval",
     "np.floor(", "np.round("),
    ("schedule_lr_decay",
     "the interval is fixed at 1000; use the time_interval argument",
     "epoch_num / time_interval", "epoch_num / 1000"),
]
