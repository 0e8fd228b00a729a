// Many typed arrays in one file and back: raw little-endian bytes, each at an 8-byte
// aligned offset, described by a small table of contents. Loading is one read and views
// onto it, which is what lets a server load a large search index in a moment.

import fs from "node:fs";

export type NumberArray = Int32Array | Uint32Array | Uint16Array | Uint8Array | Float64Array;
const TYPES = { Int32Array, Uint32Array, Uint16Array, Uint8Array, Float64Array } as const;
type TypeName = keyof typeof TYPES;

export type ArraysContents = Record<string, { type: TypeName; offset: number; length: number }>;

const typeName = (array: NumberArray): TypeName => array.constructor.name as TypeName;
const align = (n: number) => Math.ceil(n / 8) * 8;

/** The file's bytes and its table of contents. */
export function packArrays(arrays: Record<string, NumberArray>): { bytes: Buffer; contents: ArraysContents } {
  const contents: ArraysContents = {};
  let size = 0;
  for (const [name, array] of Object.entries(arrays)) {
    contents[name] = { type: typeName(array), offset: size, length: array.length };
    size = align(size + array.byteLength);
  }
  const bytes = Buffer.alloc(size);
  for (const [name, array] of Object.entries(arrays)) {
    bytes.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), contents[name]!.offset);
  }
  return { bytes, contents };
}

/** The arrays of a file written from packArrays, as views onto one buffer. */
export function readArrays(file: string, contents: ArraysContents): Record<string, NumberArray> {
  const stored = fs.readFileSync(file);
  // Views need an aligned start; a file read into a pooled buffer may not have one.
  const bytes: Uint8Array = stored.byteOffset % 8 === 0 ? stored : new Uint8Array(stored);
  const out: Record<string, NumberArray> = {};
  for (const [name, { type, offset, length }] of Object.entries(contents)) {
    const Type = TYPES[type];
    if (!Type) throw new Error(`unknown array type ${type}`);
    out[name] = new Type(bytes.buffer as ArrayBuffer, bytes.byteOffset + offset, length);
  }
  return out;
}
