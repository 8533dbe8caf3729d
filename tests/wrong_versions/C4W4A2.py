"""Wrong versions of the graded functions of C4W4A2."""

_CONTENT = "tf.reduce_sum(tf.square(a_C_unrolled - a_G_unrolled)) / (4.0 * n_H * n_W * n_C)"
_UNROLL = ("a_S = tf.transpose(tf.reshape(a_S, shape=[-1, n_C]))\n"
           "    a_G = tf.transpose(tf.reshape(a_G, shape=[-1, n_C]))")
_LAYER = "tf.reduce_sum(tf.square(GS - GG)) / (4.0 * n_C**2 * (n_H * n_W) ** 2)"
_STYLE_SUM = "J_style += weight * compute_layer_style_cost(a_S_layer, a_G_layer)"
_CLIP = "generated_image.assign(clip_0_1(generated_image))"

WRONG_VERSIONS = [
    ("compute_content_cost", "the 4 left out of the normalisation", _CONTENT,
     "tf.reduce_sum(tf.square(a_C_unrolled - a_G_unrolled)) / (n_H * n_W * n_C)"),
    ("compute_content_cost", "normalised by n_H * n_W only", _CONTENT,
     "tf.reduce_sum(tf.square(a_C_unrolled - a_G_unrolled)) / (4.0 * n_H * n_W)"),
    ("compute_content_cost", "the square of the sum instead of the sum of squares", _CONTENT,
     "tf.square(tf.reduce_sum(a_C_unrolled - a_G_unrolled)) / (4.0 * n_H * n_W * n_C)"),
    ("compute_content_cost", "the first layer of the lists instead of the last (the content layer)",
     "a_C = content_output[-1]\n    a_G = generated_output[-1]",
     "a_C = content_output[0]\n    a_G = generated_output[0]"),
    ("gram_matrix", "A^T A (positions by positions) instead of A A^T", "tf.matmul(A, tf.transpose(A))",
     "tf.matmul(tf.transpose(A), A)"),
    ("gram_matrix", "normalised by the number of positions", "GA = tf.matmul(A, tf.transpose(A))",
     "GA = tf.matmul(A, tf.transpose(A)) / A.shape[1]"),
    ("gram_matrix", "element-wise square instead of a matrix product", "tf.matmul(A, tf.transpose(A))",
     "tf.square(A)"),
    ("compute_layer_style_cost", "reshaped straight to (n_C, n_H*n_W), without the transpose", _UNROLL,
     "a_S = tf.reshape(a_S, shape=[n_C, -1])\n    a_G = tf.reshape(a_G, shape=[n_C, -1])"),
    ("compute_layer_style_cost", "(n_H n_W) not squared in the normalisation", _LAYER,
     "tf.reduce_sum(tf.square(GS - GG)) / (4.0 * n_C**2 * (n_H * n_W))"),
    ("compute_layer_style_cost", "the 4 left out of the normalisation", _LAYER,
     "tf.reduce_sum(tf.square(GS - GG)) / (n_C**2 * (n_H * n_W) ** 2)"),
    ("compute_layer_style_cost", "the Gram matrices subtracted without squaring", _LAYER,
     "tf.reduce_sum(GS - GG) / (4.0 * n_C**2 * (n_H * n_W) ** 2)"),
    ("compute_style_cost", "the layer weights left out", _STYLE_SUM,
     "J_style += compute_layer_style_cost(a_S_layer, a_G_layer)"),
    ("compute_style_cost", "the first output dropped instead of the last (off by one)",
     "a_S = style_image_output[:-1]\n    a_G = generated_image_output[:-1]",
     "a_S = style_image_output[1:]\n    a_G = generated_image_output[1:]"),
    ("compute_style_cost", "the style picture compared with itself", _STYLE_SUM,
     "J_style += weight * compute_layer_style_cost(a_S_layer, a_S_layer)"),
    ("total_cost", "alpha and beta swapped", "J = alpha * J_content + beta * J_style",
     "J = beta * J_content + alpha * J_style"),
    ("total_cost", "the course's 10 and 40 written in instead of alpha and beta",
     "J = alpha * J_content + beta * J_style", "J = 10 * J_content + 40 * J_style"),
    ("total_cost", "alpha times the whole sum", "J = alpha * J_content + beta * J_style",
     "J = alpha * (J_content + beta * J_style)"),
    ("train_step", "no clipping to [0, 1]", f"\n    {_CLIP}", ""),
    ("train_step", "the clipped picture bound to a new name instead of assigned to the variable", _CLIP,
     "generated_image = clip_0_1(generated_image)"),
    ("train_step", "alpha and beta not passed on to total_cost",
     "total_cost(J_content, J_style, alpha=alpha, beta=beta)", "total_cost(J_content, J_style)"),
    ("train_step", "STYLE_LAYERS not passed on to compute_style_cost", "compute_style_cost(a_S, a_G, STYLE_LAYERS)",
     "compute_style_cost(a_S, a_G)"),
    ("train_step", "gradient ascent: the gradient's sign flipped", "apply_gradients([(grad, generated_image)])",
     "apply_gradients([(-grad, generated_image)])"),
    ("train_step", "the content picture's outputs used for the generated picture (no gradient reaches it)",
     "a_G = vgg_model_outputs(generated_image)", "a_G = a_C"),
]
