/** A small seeded generator (mulberry32): the same seed picks the same slots on every run. */
export function seededRandom(seed: number, salt: string): () => number {
  let h = seed >>> 0;
  for (const ch of salt) h = Math.imul(h ^ ch.charCodeAt(0), 2_654_435_761) >>> 0;
  return () => {
    h = (h + 0x6d2b79f5) >>> 0;
    let t = h;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
