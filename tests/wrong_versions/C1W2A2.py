"""Wrong versions of the graded functions of C1W2A2."""

WRONG_VERSIONS = [
    ("model", "the learning rate not passed on (optimize's default used)",
     "optimize(w, b, X_train, Y_train, num_iterations, learning_rate, print_cost)",
     "optimize(w, b, X_train, Y_train, num_iterations, print_cost=print_cost)"),
    ("model", "the number of iterations not passed on",
     "optimize(w, b, X_train, Y_train, num_iterations, learning_rate, print_cost)",
     "optimize(w, b, X_train, Y_train, learning_rate=learning_rate, print_cost=print_cost)"),
    ("model", "train and test predictions swapped",
     "    Y_prediction_test = predict(w, b, X_test)\n    Y_prediction_train = predict(w, b, X_train)",
     "    Y_prediction_test = predict(w, b, X_train)\n    Y_prediction_train = predict(w, b, X_test)"),
]
