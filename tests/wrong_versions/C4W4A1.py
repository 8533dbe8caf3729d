"""Wrong versions of the graded functions of C4W4A1."""

_POS = "pos_dist = tf.reduce_sum(tf.square(tf.subtract(anchor, positive)), axis=-1)"
_NEG = "neg_dist = tf.reduce_sum(tf.square(tf.subtract(anchor, negative)), axis=-1)"
_DISTANCES = f"{_POS}\n    {_NEG}"
_VERIFY_DIST = "dist = np.linalg.norm(encoding - database[identity])"
_WHO_DIST = "dist = np.linalg.norm(encoding - db_enc)"

WRONG_VERSIONS = [
    ("triplet_loss",
     "distances summed over the batch axis: sum each triplet's squared differences over the last axis (axis=-1)",
     _DISTANCES, _DISTANCES.replace("axis=-1", "axis=0")),
    ("triplet_loss",
     "no axis in tf.reduce_sum gives one distance for the whole batch: sum over the last axis, one per triplet",
     _DISTANCES, _DISTANCES.replace(", axis=-1", "")),
    ("triplet_loss", "the max with 0 is missing: take tf.maximum(basic_loss, 0.0) for each triplet before the sum",
     "tf.reduce_sum(tf.maximum(basic_loss, 0.0))", "tf.reduce_sum(basic_loss)"),
    ("triplet_loss", "tf.norm gives Euclidean distances; the loss uses squared ones: tf.reduce_sum of tf.square",
     _DISTANCES,
     "pos_dist = tf.norm(tf.subtract(anchor, positive), axis=-1)\n"
     "    neg_dist = tf.norm(tf.subtract(anchor, negative), axis=-1)"),
    ("triplet_loss", "pos_dist and neg_dist are swapped: basic_loss is pos_dist - neg_dist + alpha",
     "basic_loss = pos_dist - neg_dist + alpha", "basic_loss = neg_dist - pos_dist + alpha"),
    ("triplet_loss", "the margin is subtracted: add alpha to pos_dist - neg_dist",
     "basic_loss = pos_dist - neg_dist + alpha",
     "basic_loss = pos_dist - neg_dist - alpha"),
    ("triplet_loss", "tf.reduce_mean averages over the batch; the loss is the sum over the batch (tf.reduce_sum)",
     "tf.reduce_sum(tf.maximum(basic_loss, 0.0))", "tf.reduce_mean(tf.maximum(basic_loss, 0.0))"),
    ("triplet_loss", "the margin is written in as 0.2: use the alpha argument",
     "basic_loss = pos_dist - neg_dist + alpha",
     "basic_loss = pos_dist - neg_dist + 0.2"),
    ("triplet_loss", "NumPy operations give no gradient: compute the loss with tf.maximum and tf.reduce_sum",
     "loss = tf.reduce_sum(tf.maximum(basic_loss, 0.0))",
     "loss = np.sum(np.maximum(np.asarray(basic_loss), 0.0))"),
    ("verify", "the door opens when dist is above the threshold; it must open when dist is below it",
     "door_open = bool(dist < threshold)", "door_open = bool(dist > threshold)"),
    ("verify", "the threshold is written in as 0.7: compare dist with the threshold argument (dlib's 0.6 by default)",
     "door_open = bool(dist < threshold)",
     "door_open = bool(dist < 0.7)"),
    ("verify", "dist is the squared distance: use the Euclidean distance, np.linalg.norm of the difference",
     _VERIFY_DIST, "dist = np.sum(np.square(encoding - database[identity]))"),
    ("verify", "dist is the L1 (Manhattan) distance: use np.linalg.norm with its default order (Euclidean)",
     _VERIFY_DIST, "dist = np.linalg.norm(encoding - database[identity], ord=1)"),
    ("who_is_it", "the loop keeps the largest distance: keep a distance only when it is smaller than min_dist",
     "if dist < min_dist:", "if dist > min_dist:"),
    ("who_is_it",
     "identity is not updated with min_dist: set identity = name whenever you keep a new smallest distance",
     "        min_dist = dist\n            identity = name\n", "        min_dist = dist\n"),
    ("who_is_it", "the threshold test is reversed: answer 'Not in the database.' when min_dist is above the threshold",
     "if min_dist > threshold:", "if min_dist < threshold:"),
    ("who_is_it", "the threshold is written in as 0.7: compare min_dist with the threshold argument",
     "if min_dist > threshold:", "if min_dist > 0.7:"),
    ("who_is_it", "dist is the squared distance: use the Euclidean distance, np.linalg.norm of encoding - db_enc",
     _WHO_DIST, "dist = np.sum(np.square(encoding - db_enc))"),
    ("who_is_it", "a face farther than the threshold keeps the closest name: set identity to None there",
     '        print("Not in the database.")\n        identity = None\n', '        print("Not in the database.")\n'),
]
