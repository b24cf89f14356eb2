// The platforms context's public face.
