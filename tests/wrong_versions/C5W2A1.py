"""Wrong versions of the graded functions of C5W2A1."""

_NORMS = "norm_u = np.sqrt(np.sum(u * u))\n    norm_v = np.sqrt(np.sum(v * v))"
_ZERO = "    if norm_u == 0 or norm_v == 0:\n        return 0.0\n"
_LOOP_SCORE = "cosine_sim = cosine_similarity(e_b - e_a, word_to_vec_map[w] - e_c)"
_PROJECTION = "e_biascomponent = np.dot(e, g) / np.sum(g * g) * g"
_CORRECTED = ("corrected_e_w1B = scale * (e_w1B - mu_B) / np.linalg.norm(e_w1B - mu_B)\n"
              "    corrected_e_w2B = scale * (e_w2B - mu_B) / np.linalg.norm(e_w2B - mu_B)")

WRONG_VERSIONS = [
    ("cosine_similarity", "the norms not square-rooted", _NORMS,
     "norm_u = np.sum(u * u)\n    norm_v = np.sum(v * v)"),
    ("cosine_similarity", "divided by the norm of u only", "dot / (norm_u * norm_v)", "dot / (norm_u * norm_u)"),
    ("cosine_similarity", "the norms added instead of multiplied", "dot / (norm_u * norm_v)",
     "dot / (norm_u + norm_v)"),
    ("cosine_similarity", "the zero vector not handled (0 / 0 gives nan)", _ZERO, ""),
    ("cosine_similarity", "the dot product returned, not normalized", "dot / (norm_u * norm_v)", "dot"),
    ("complete_analogy", "e_a - e_b instead of e_b - e_a", _LOOP_SCORE,
     "cosine_sim = cosine_similarity(e_a - e_b, word_to_vec_map[w] - e_c)"),
    ("complete_analogy", "e_c not subtracted from the candidate", _LOOP_SCORE,
     "cosine_sim = cosine_similarity(e_b - e_a, word_to_vec_map[w])"),
    ("complete_analogy", "the question words not left out", "        if w in (word_a, word_b, word_c):\n"
     "            continue\n", ""),
    ("complete_analogy", "the running maximum started at 0 (no answer when every cosine is negative)",
     "max_cosine_sim = -100", "max_cosine_sim = 0"),
    ("complete_analogy", "the smallest cosine kept (< instead of >)", "if cosine_sim > max_cosine_sim:",
     "if cosine_sim < max_cosine_sim or best_word is None:"),
    ("neutralize", "the projection not divided by ||g||^2", _PROJECTION, "e_biascomponent = np.dot(e, g) * g"),
    ("neutralize", "divided by ||g|| instead of ||g||^2", _PROJECTION,
     "e_biascomponent = np.dot(e, g) / np.linalg.norm(g) * g"),
    ("neutralize", "the bias component added instead of subtracted", "e_debiased = e - e_biascomponent",
     "e_debiased = e + e_biascomponent"),
    ("neutralize", "the vector changed in place (the embedding itself is modified)",
     "e_debiased = e - e_biascomponent", "e -= e_biascomponent\n    e_debiased = e"),
    ("equalize", "the course's printed denominator ||e_w1 - mu_orth - mu_B||", _CORRECTED,
     "corrected_e_w1B = scale * (e_w1B - mu_B) / np.linalg.norm(e_w1 - mu_orth - mu_B)\n"
     "    corrected_e_w2B = scale * (e_w2B - mu_B) / np.linalg.norm(e_w2 - mu_orth - mu_B)"),
    ("equalize", "the square root of |1 - ||mu_orth||^2| forgotten",
     "scale = np.sqrt(np.abs(1 - np.sum(mu_orth * mu_orth)))", "scale = np.abs(1 - np.sum(mu_orth * mu_orth))"),
    ("equalize", "mu added back instead of mu_orth",
     "e1 = corrected_e_w1B + mu_orth\n    e2 = corrected_e_w2B + mu_orth",
     "e1 = corrected_e_w1B + mu\n    e2 = corrected_e_w2B + mu"),
    ("equalize", "e_w1B used for both words", "e_w2B = np.dot(e_w2, bias_axis) / squared_norm * bias_axis",
     "e_w2B = np.dot(e_w1, bias_axis) / squared_norm * bias_axis"),
    ("equalize", "the projections not divided by ||bias_axis||^2", "squared_norm = np.sum(bias_axis * bias_axis)",
     "squared_norm = 1"),
]
