// Where nodes start: their saved position, else d3-force's own starting spiral (the same
// phyllotaxis its simulation would place them on), so that the first frame can be drawn
// before the layout has run a tick, and the layout continues from exactly that picture.
const INITIAL_RADIUS = 10;
const INITIAL_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** A copy of `saved` (stride 2) with every missing (non-finite) position filled in. */
export function startingPositions(saved: Float32Array): Float32Array {
  const out = saved.slice();
  for (let i = 0; i < out.length / 2; i++) {
    if (Number.isFinite(out[i * 2]) && Number.isFinite(out[i * 2 + 1])) continue;
    const radius = INITIAL_RADIUS * Math.sqrt(0.5 + i), angle = i * INITIAL_ANGLE;
    out[i * 2] = radius * Math.cos(angle);
    out[i * 2 + 1] = radius * Math.sin(angle);
  }
  return out;
}
