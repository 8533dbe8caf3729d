"""Wrong versions of the graded functions of C2W1A3."""

WRONG_VERSIONS = [
    ("gradient_check_n", "a one-sided difference",
     "gradapprox[i] = (J_plus[i] - J_minus[i]) / (2 * epsilon)",
     "gradapprox[i] = (J_plus[i] - forward_propagation_n(X, Y, vector_to_dictionary(parameters_values, layout))[0])"
     " / epsilon"),
    ("gradient_check_n", "the difference divided by epsilon, not 2 epsilon",
     "gradapprox[i] = (J_plus[i] - J_minus[i]) / (2 * epsilon)", "gradapprox[i] = (J_plus[i] - J_minus[i]) / epsilon"),
    ("gradient_check_n", "no normalization (the numerator alone)", "difference = numerator / denominator",
     "difference = numerator"),
    ("gradient_check_n", "both perturbations on the same copy (theta_minus = theta_plus - epsilon)",
     "        theta_minus = np.copy(parameters_values)\n", "        theta_minus = theta_plus\n"),
]
