// The personal-data vault's public face.
