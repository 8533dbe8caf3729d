"""Wrong versions of the graded functions of C5W2A1."""

_NORMS = "norm_u = np.sqrt(np.sum(u * u))\n    norm_v = np.sqrt(np.sum(v * v))"
_ZERO = "    if norm_u == 0 or norm_v == 0:\n        return 0.0\n"
_LOOP_SCORE = "cosine_sim = cosine_similarity(e_b - e_a, word_to_vec_map[w] - e_c)"
_PROJECTION = "e_biascomponent = np.dot(e, g) / np.sum(g * g) * g"
_CORRECTED = ("corrected_e_w1B = scale * (e_w1B - mu_B) / np.linalg.norm(e_w1B - mu_B)\n"
              "    corrected_e_w2B = scale * (e_w2B - mu_B) / np.linalg.norm(e_w2B - mu_B)")

WRONG_VERSIONS = [
    ("cosine_similarity", "the norms are not square-rooted: ||u|| is the square root of the sum of the squares of u",
     _NORMS, "norm_u = np.sum(u * u)\n    norm_v = np.sum(v * v)"),
    ("cosine_similarity", "divided by ||u|| twice: divide the dot product by ||u|| times ||v||",
     "dot / (norm_u * norm_v)", "dot / (norm_u * norm_u)"),
    ("cosine_similarity", "the norms are added: divide the dot product by their product, ||u|| * ||v||",
     "dot / (norm_u * norm_v)", "dot / (norm_u + norm_v)"),
    ("cosine_similarity", "the zero vector gives 0 / 0 = nan: return 0 when the norm of u or of v is 0", _ZERO, ""),
    ("cosine_similarity", "the plain dot product is returned: divide it by ||u|| * ||v|| to get the cosine",
     "dot / (norm_u * norm_v)", "dot"),
    ("complete_analogy", "the difference is e_a - e_b: compare e_b - e_a (from a to b) with e_w - e_c", _LOOP_SCORE,
     "cosine_sim = cosine_similarity(e_a - e_b, word_to_vec_map[w] - e_c)"),
    ("complete_analogy", "e_c is not subtracted from the candidate: compare e_b - e_a with e_w - e_c", _LOOP_SCORE,
     "cosine_sim = cosine_similarity(e_b - e_a, word_to_vec_map[w])"),
    ("complete_analogy", "a question word can be the answer: skip w when it is word_a, word_b or word_c",
     "        if w in (word_a, word_b, word_c):\n"
     "            continue\n", ""),
    ("complete_analogy", "max_cosine_sim starts at 0, so negative cosines never win: start it below -1 (e.g. -100)",
     "max_cosine_sim = -100", "max_cosine_sim = 0"),
    ("complete_analogy", "the smallest cosine is kept: update best_word when cosine_sim is greater than max_cosine_sim",
     "if cosine_sim > max_cosine_sim:", "if cosine_sim < max_cosine_sim or best_word is None:"),
    ("neutralize", "the projection is not divided by ||g||^2: divide e . g by the squared norm of g",
     _PROJECTION, "e_biascomponent = np.dot(e, g) * g"),
    ("neutralize", "divided by ||g|| instead of ||g||^2: divide e . g by the sum of the squares of g", _PROJECTION,
     "e_biascomponent = np.dot(e, g) / np.linalg.norm(g) * g"),
    ("neutralize", "the bias component is added: subtract it from e to remove it", "e_debiased = e - e_biascomponent",
     "e_debiased = e + e_biascomponent"),
    ("neutralize", "e is changed in place, and the embedding with it: compute e - e_biascomponent as a new vector",
     "e_debiased = e - e_biascomponent", "e -= e_biascomponent\n    e_debiased = e"),
    ("equalize", "the course's printed denominator: normalize e_w1B - mu_B by its own norm, ||e_w1B - mu_B||",
     _CORRECTED, "corrected_e_w1B = scale * (e_w1B - mu_B) / np.linalg.norm(e_w1 - mu_orth - mu_B)\n"
     "    corrected_e_w2B = scale * (e_w2B - mu_B) / np.linalg.norm(e_w2 - mu_orth - mu_B)"),
    ("equalize", "scale lacks its square root: use sqrt(|1 - ||mu_orth||^2|)",
     "scale = np.sqrt(np.abs(1 - np.sum(mu_orth * mu_orth)))", "scale = np.abs(1 - np.sum(mu_orth * mu_orth))"),
    ("equalize", "mu is added back: add mu_orth, the part of mu orthogonal to the bias axis",
     "e1 = corrected_e_w1B + mu_orth\n    e2 = corrected_e_w2B + mu_orth",
     "e1 = corrected_e_w1B + mu\n    e2 = corrected_e_w2B + mu"),
    ("equalize", "e_w2B is the projection of e_w1: project e_w2 on the bias axis",
     "e_w2B = np.dot(e_w2, bias_axis) / squared_norm * bias_axis",
     "e_w2B = np.dot(e_w1, bias_axis) / squared_norm * bias_axis"),
    ("equalize", "the projections are not divided by ||bias_axis||^2: squared_norm is the sum of its squares",
     "squared_norm = np.sum(bias_axis * bias_axis)", "squared_norm = 1"),
]
