// The people context's public face.
