function generate(size, rng) {
  // The constraint caps n at 45; size asks for "about this big" and is clamped to it.
  const top = Math.max(1, Math.min(45, size));
  const low = Math.max(1, top - 3);
  return [low + Math.floor(rng() * (top - low + 1))];
}
