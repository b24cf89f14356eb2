// The co-financing context's public face.
