// Compares a presented secret with the configured one in constant time: both are hashed
// first, so the comparison always runs over two 32-byte digests whatever the lengths.
import { createHash, timingSafeEqual } from "node:crypto";

const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();

export function sameSecret(presented: string, expected: string): boolean {
  return timingSafeEqual(digest(presented), digest(expected));
}
