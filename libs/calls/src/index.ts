// The calls context's public face.
