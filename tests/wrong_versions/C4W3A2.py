"""Wrong versions of the graded functions of C4W3A2."""

_CONV = 'layers.Conv2D(n_filters, 3, activation="relu", padding="same", kernel_initializer="he_normal")'
_CONV_NO_RELU = 'layers.Conv2D(n_filters, 3, padding="same", kernel_initializer="he_normal")'
_POOL = ("    if max_pooling:\n        next_layer = layers.MaxPooling2D(pool_size=(2, 2))(conv)\n"
         "    else:\n        next_layer = conv\n")

WRONG_VERSIONS = [
    ("conv_block", "no ReLU on the second convolution", f"{_CONV}(conv)", f"{_CONV_NO_RELU}(conv)"),
    ("conv_block", "Keras's default (Glorot) initializer instead of He normal", ', kernel_initializer="he_normal"',
     ""),
    ("conv_block", "'valid' padding", 'padding="same"', 'padding="valid"'),
    ("conv_block", "the skip connection taken after pooling", "skip_connection = conv",
     "skip_connection = next_layer"),
    ("conv_block", "max_pooling ignored (always pools)", _POOL,
     "    next_layer = layers.MaxPooling2D(pool_size=(2, 2))(conv)\n"),
    ("conv_block", "the keep probability passed to Dropout", "layers.Dropout(dropout_prob)",
     "layers.Dropout(1 - dropout_prob)"),
    ("conv_block", "dropout after the first convolution",
     f"    conv = {_CONV}(conv)\n    if dropout_prob > 0:\n        conv = layers.Dropout(dropout_prob)(conv)\n",
     f"    if dropout_prob > 0:\n        conv = layers.Dropout(dropout_prob)(conv)\n    conv = {_CONV}(conv)\n"),
    ("upsampling_block", "skip connection concatenated first", "[up, contractive_input]",
     "[contractive_input, up]"),
    ("upsampling_block", "UpSampling2D instead of a transposed convolution",
     'layers.Conv2DTranspose(n_filters, 3, strides=(2, 2), padding="same")', "layers.UpSampling2D((2, 2))"),
    ("upsampling_block", "stride 1 in the transposed convolution", "strides=(2, 2)", "strides=(1, 1)"),
    ("upsampling_block", "the skip connection left out of the convolutions", f"{_CONV}(merge)", f"{_CONV}(up)"),
    ("upsampling_block", "no ReLU on the second convolution", f"{_CONV}(conv)", f"{_CONV_NO_RELU}(conv)"),
    ("unet_model", "softmax on the output layer", 'layers.Conv2D(n_classes, 1, padding="same")',
     'layers.Conv2D(n_classes, 1, activation="softmax", padding="same")'),
    ("unet_model", "no dropout in the fourth block", "n_filters * 8, dropout_prob=0.3)", "n_filters * 8)"),
    ("unet_model", "the bottleneck pools too", ", dropout_prob=0.3, max_pooling=False)", ", dropout_prob=0.3)"),
    ("unet_model", "the filters not halved on the way up", "upsampling_block(ublock6, cblock3[1], n_filters * 4)",
     "upsampling_block(ublock6, cblock3[1], n_filters * 8)"),
    ("unet_model", "a 3x3 output convolution", "layers.Conv2D(n_classes, 1,", "layers.Conv2D(n_classes, 3,"),
    ("unet_model", "conv9 left out", '(n_classes, 1, padding="same")(conv9)',
     '(n_classes, 1, padding="same")(ublock9)'),
    ("unet_model", "the pooled output passed on as the skip connection", "upsampling_block(ublock7, cblock2[1]",
     "upsampling_block(ublock7, cblock2[0]"),
]
