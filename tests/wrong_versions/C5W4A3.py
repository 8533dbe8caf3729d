"""Wrong versions of the graded functions of C5W4A3."""

WRONG_VERSIONS = [
    ("tokenize_and_align_labels",
     "every piece of a word gets its label: only the first piece does, the later pieces get -100",
     "            else:\n                label_ids.append(-100)\n",
     "            else:\n                label_ids.append(label2id[tags[word]])\n"),
    ("tokenize_and_align_labels", "special and padding tokens are labelled O: they get -100 (their word id is None)",
     "            if word is None:\n                label_ids.append(-100)\n",
     "            if word is None:\n                label_ids.append(label2id[\"O\"])\n"),
    ("tokenize_and_align_labels", "previous_word is never updated: set it to the current word after each piece",
     "            previous_word = word\n", ""),
    ("tokenize_and_align_labels",
     "every text uses the word ids of text 0: take tokenized.word_ids(batch_index=i) for text i",
     "tokenized.word_ids(batch_index=i)", "tokenized.word_ids(batch_index=0)"),
    ("tokenize_and_align_labels",
     "each piece gets the previous word's tag (off by one): use tags[word], its own word's tag",
     "label2id[tags[word]]", "label2id[tags[word - 1]]"),
    ("tokenize_and_align_labels",
     "the texts are not truncated: tokenize with truncation=True and max_length=max_length",
     "truncation=True, max_length=max_length", "truncation=False, max_length=max_length"),
    ("train_epoch",
     "optimizer.zero_grad() is missing: gradients add up over the batches; reset them at the start of each batch",
     "        optimizer.zero_grad()\n", ""),
    ("train_epoch", "model.train() is missing: put the model in training mode (dropout on) before the loop",
     "    model.train()\n", ""),
    ("train_epoch", "the scheduler is never stepped: call scheduler.step() after optimizer.step() for every batch",
     "        scheduler.step()\n", ""),
    ("train_epoch",
     "the gradients are zeroed between backward() and step(): call optimizer.zero_grad() before the forward pass",
     "        outputs.loss.backward()\n"
     "        # Update the weights with the optimizer, then the learning rate with the scheduler\n"
     "        optimizer.step()\n",
     "        outputs.loss.backward()\n"
     "        optimizer.zero_grad()\n"
     "        # Update the weights with the optimizer, then the learning rate with the scheduler\n"
     "        optimizer.step()\n"),
    ("train_epoch", "the sum of the batch losses is returned: return their mean, total / batches",
     "    return total / batches", "    return total"),
    ("train_epoch", "only the last batch's loss is kept: add each batch's loss to total with +=",
     "total += outputs.loss.item()", "total = outputs.loss.item()"),
    ("predictions_to_word_tags",
     "the argmax runs over the positions: take it over the labels, the last axis of logits[i]",
     "best = logits[i].argmax(axis=-1)", "best = logits[i].argmax(axis=0)"),
    ("predictions_to_word_tags", "each word gets the tag of its last piece: use the label predicted at its first piece",
     "            if word is not None and word != previous:\n"
     "                sentence.append(id2label[int(best[position])])\n",
     "            if word is not None and word == previous:\n"
     "                sentence[-1] = id2label[int(best[position])]\n"
     "            elif word is not None:\n"
     "                sentence.append(id2label[int(best[position])])\n"),
    ("predictions_to_word_tags", "every piece gets a tag: tag a word once, at the piece where the word id changes",
     "if word is not None and word != previous:", "if word is not None:"),
    ("predictions_to_word_tags", "the special tokens are tagged too: skip the positions whose word id is None",
     "if word is not None and word != previous:", "if word != previous:"),
    ("predictions_to_word_tags",
     "the tag comes from the next position (off by one): use best[position], the piece's own label",
     "id2label[int(best[position])]", "id2label[int(best[min(position + 1, len(best) - 1)])]"),
    ("entity_scores", "an I- tag that continues no entity is skipped: as in seqeval, it starts a new entity",
     'if prefix == "B" or (prefix == "I" and start is None):', 'if prefix == "B":'),
    ("entity_scores", "an I- tag of another type continues the entity: a change of type closes it and starts a new one",
     'if start is not None and (prefix != "I" or label != kind):', 'if start is not None and prefix != "I":'),
    ("entity_scores",
     "precision and recall are swapped: precision divides by the predicted entities, recall by the true ones",
     "precision = tp / n_pred if n_pred else 0.0\n        recall = tp / n_true if n_true else 0.0",
     "precision = tp / n_true if n_true else 0.0\n        recall = tp / n_pred if n_pred else 0.0"),
    ("entity_scores", "F1 is the arithmetic mean of precision and recall: use the harmonic mean, 2PR / (P + R)",
     "f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0",
     "f1 = (precision + recall) / 2"),
    ("entity_scores",
     "micro is the mean of the per-type scores: pool tp and the counts of all types, then compute P, R and F1",
     'scores["micro"] = prf(sum(tp.values()), sum(n_pred.values()), sum(n_true.values()))',
     'scores["micro"] = {key: float(np.mean([s[key] for s in scores.values()])) for key in '
     '("precision", "recall", "f1")}\n    scores["micro"]["support"] = sum(n_true.values())'),
    ("entity_scores", "entities match on their boundaries only: a true positive needs the same type, first and end",
     "        for kind, _, _ in true_set & pred_set:\n            tp[kind] += 1\n",
     "        for kind, a, b in true_set:\n            if any((a, b) == (c, d) for _, c, d in pred_set):\n"
     "                tp[kind] += 1\n"),
]
