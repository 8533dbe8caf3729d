"""Wrong versions of the graded functions of C4W4A1."""

_POS = "pos_dist = tf.reduce_sum(tf.square(tf.subtract(anchor, positive)), axis=-1)"
_NEG = "neg_dist = tf.reduce_sum(tf.square(tf.subtract(anchor, negative)), axis=-1)"
_DISTANCES = f"{_POS}\n    {_NEG}"
_VERIFY_DIST = "dist = np.linalg.norm(encoding - database[identity])"
_WHO_DIST = "dist = np.linalg.norm(encoding - db_enc)"

WRONG_VERSIONS = [
    ("triplet_loss", "distances summed over the batch axis", _DISTANCES, _DISTANCES.replace("axis=-1", "axis=0")),
    ("triplet_loss", "no axis: one distance for the whole batch, so the max with 0 acts once",
     _DISTANCES, _DISTANCES.replace(", axis=-1", "")),
    ("triplet_loss", "no max with 0", "tf.reduce_sum(tf.maximum(basic_loss, 0.0))", "tf.reduce_sum(basic_loss)"),
    ("triplet_loss", "Euclidean instead of squared distances", _DISTANCES,
     "pos_dist = tf.norm(tf.subtract(anchor, positive), axis=-1)\n"
     "    neg_dist = tf.norm(tf.subtract(anchor, negative), axis=-1)"),
    ("triplet_loss", "positive and negative distances swapped",
     "basic_loss = pos_dist - neg_dist + alpha", "basic_loss = neg_dist - pos_dist + alpha"),
    ("triplet_loss", "the margin subtracted", "basic_loss = pos_dist - neg_dist + alpha",
     "basic_loss = pos_dist - neg_dist - alpha"),
    ("triplet_loss", "the mean over the batch instead of the sum",
     "tf.reduce_sum(tf.maximum(basic_loss, 0.0))", "tf.reduce_mean(tf.maximum(basic_loss, 0.0))"),
    ("triplet_loss", "the margin hard-coded as 0.2", "basic_loss = pos_dist - neg_dist + alpha",
     "basic_loss = pos_dist - neg_dist + 0.2"),
    ("triplet_loss", "NumPy instead of TensorFlow (no gradient)",
     "loss = tf.reduce_sum(tf.maximum(basic_loss, 0.0))",
     "loss = np.sum(np.maximum(np.asarray(basic_loss), 0.0))"),
    ("verify", "door open when the distance is above the threshold",
     "door_open = bool(dist < threshold)", "door_open = bool(dist > threshold)"),
    ("verify", "the course's FaceNet threshold 0.7", "door_open = bool(dist < threshold)",
     "door_open = bool(dist < 0.7)"),
    ("verify", "squared distance", _VERIFY_DIST, "dist = np.sum(np.square(encoding - database[identity]))"),
    ("verify", "Manhattan (L1) distance", _VERIFY_DIST, "dist = np.linalg.norm(encoding - database[identity], ord=1)"),
    ("who_is_it", "keeps the largest distance", "if dist < min_dist:", "if dist > min_dist:"),
    ("who_is_it", "the name not updated with the distance",
     "        min_dist = dist\n            identity = name\n", "        min_dist = dist\n"),
    ("who_is_it", "the threshold test reversed", "if min_dist > threshold:", "if min_dist < threshold:"),
    ("who_is_it", "the course's FaceNet threshold 0.7", "if min_dist > threshold:", "if min_dist > 0.7:"),
    ("who_is_it", "squared distance", _WHO_DIST, "dist = np.sum(np.square(encoding - db_enc))"),
    ("who_is_it", "the closest name returned for a face not in the database",
     '        print("Not in the database.")\n        identity = None\n', '        print("Not in the database.")\n'),
]
