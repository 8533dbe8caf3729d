"""Wrong versions of the graded functions of C5W2A2."""

_SECOND_LSTM = ("    # Propagate X through a second LSTM of 128 units that returns only its last hidden state, "
                "then dropout\n")

WRONG_VERSIONS = [
    ("sentence_to_avg", "the sentence is not lower-cased: call lower() before splitting, GloVe's words are lower-case",
     "words = sentence.lower().split()", "words = sentence.split()"),
    ("sentence_to_avg", "the loop runs over the characters: split the lower-cased sentence into words first",
     "words = sentence.lower().split()", "words = sentence.lower()"),
    ("sentence_to_avg", "avg is the sum of the vectors: divide it by count, the number of known words",
     "        avg = avg / count", "        avg = avg"),
    ("sentence_to_avg", "divided by all the words: divide by count, the words found in word_to_vec_map only",
     "        avg = avg / count", "        avg = avg / len(words)"),
    ("model", "dz = Y - a climbs the cost: the gradient of the cross-entropy is dz = a - Y_oh[i]",
     "dz = a - Y_oh[i]", "dz = Y_oh[i] - a"),
    ("model", "b is never updated: also take a gradient step on b with learning_rate * db",
     "            b = b - learning_rate * db\n", ""),
    ("model", "the learning rate is written in as 0.01: use the learning_rate argument", "W = W - learning_rate * dW",
     "W = W - 0.01 * dW"),
    ("model", "dW is the outer product of avg and dz: it is dz avg^T, shape (5, 50)",
     "dW = np.outer(dz, avg)", "dW = np.outer(avg, dz)"),
    ("model", "every step uses the first sentence: average the words of sentence i, X[i]",
     "avg = sentence_to_avg(X[i], word_to_vec_map)", "avg = sentence_to_avg(X[0], word_to_vec_map)"),
    ("sentences_to_indices",
     "the sentence is not lower-cased: lower-case it before looking its words up in word_to_index",
     "sentence_words = X[i].lower().split()", "sentence_words = X[i].split()"),
    ("sentences_to_indices",
     "j also moves on for unknown words, leaving zeros in the row: advance j only after a known word",
     "                X_indices[i, j] = word_to_index[w]\n                j += 1",
     "                X_indices[i, j] = word_to_index[w]\n            j += 1"),
    ("sentences_to_indices",
     "the indices are pushed to the end of the row: write them from position 0 on, padding at the end",
     "                X_indices[i, j] = word_to_index[w]",
     "                X_indices[i, max_len - len(sentence_words) + j] = word_to_index[w]"),
    ("sentences_to_indices", "j is not reset for each sentence: set j = 0 at the start of every sentence",
     "    for i in range(m):\n"
     "        # Lower-case the i-th sentence and split it into a list of words\n"
     "        sentence_words = X[i].lower().split()\n"
     "        # Start at the first position of the i-th row\n"
     "        j = 0\n",
     "    j = 0\n"
     "    for i in range(m):\n"
     "        # Lower-case the i-th sentence and split it into a list of words\n"
     "        sentence_words = X[i].lower().split()\n"
     "        # Start at the first position of the i-th row\n"),
    ("pretrained_embedding_layer",
     "the Embedding layer is trainable: create it with trainable=False to keep GloVe frozen",
     "Embedding(vocab_size, emb_dim, trainable=False)", "Embedding(vocab_size, emb_dim)"),
    ("pretrained_embedding_layer",
     "the GloVe weights are never set: call set_weights with [emb_matrix] after building the layer",
     "    embedding_layer.set_weights([emb_matrix])\n", ""),
    ("pretrained_embedding_layer",
     "the rows are shifted by one: row word_to_index[word] holds the word's vector, row 0 is padding",
     "emb_matrix[idx, :] = word_to_vec_map[word]", "emb_matrix[idx - 1, :] = word_to_vec_map[word]"),
    ("pretrained_embedding_layer", "emb_matrix lacks the padding row: give it vocab_size rows (len(word_to_index) + 1)",
     "emb_matrix = np.zeros((vocab_size, emb_dim))", "emb_matrix = np.zeros((vocab_size - 1, emb_dim))"),
    ("Emojify_V2", "the dropout rate is 0.2: use Dropout(0.5) after each LSTM",
     "X = Dropout(0.5)(X)\n" + _SECOND_LSTM + "    X = LSTM", "X = Dropout(0.2)(X)\n" + _SECOND_LSTM + "    X = LSTM"),
    ("Emojify_V2", "the second LSTM returns sequences: set return_sequences=False so that it gives its last state only",
     "LSTM(128, return_sequences=False)", "LSTM(128, return_sequences=True)"),
    ("Emojify_V2", 'no softmax at the end: add an Activation("softmax") after Dense(5)',
     '    X = Activation("softmax")(X)\n', ""),
    ("Emojify_V2", "a new trainable Embedding is used: take the frozen GloVe layer of pretrained_embedding_layer",
     "embedding_layer = pretrained_embedding_layer(word_to_vec_map, word_to_index)",
     "embedding_layer = Embedding(len(word_to_index) + 1, 50)"),
    ("Emojify_V2",
     "the first LSTM returns only its last state: set return_sequences=True so the second reads a sequence",
     "LSTM(128, return_sequences=True)", "LSTM(128, return_sequences=False)"),
]
