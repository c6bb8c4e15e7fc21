/**
 * Just enough protobuf to read the few fields an Anki package keeps in protobuf: the package's
 * `meta` version, the `media` file list, a note type's kind, a card template's question and
 * answer formats, and a deck's options preset. Written by hand (a varint and length reader, ~40 lines) rather than with
 * protobufjs: four fields of three messages do not justify a 100 kB library and its generated
 * code, and unknown fields are skipped by their wire type as the format intends.
 */

/** One field of a message: its number, and its value as a number (varint, float) or bytes. */
export interface ProtoField {
  readonly field: number;
  readonly value: number | Uint8Array;
}

const decoder = new TextDecoder();

/** Reads a varint at `offset`; returns the value and the offset after it. */
function varint(bytes: Uint8Array, offset: number): [number, number] {
  let value = 0;
  let scale = 1;
  let position = offset;
  for (;;) {
    const byte = bytes[position];
    if (byte === undefined) throw new Error('The protobuf message is cut off.');
    position += 1;
    value += (byte & 0x7f) * scale;
    if (byte < 0x80) return [value, position];
    scale *= 128;
  }
}

/**
 * The fields of one protobuf message in order (a repeated field appears once per value).
 * A fixed 32-bit field is read as a float, 64-bit ones are skipped; a message cut off throws.
 *
 * @example
 * readMessage(new Uint8Array([0x08, 0x03])) // [{ field: 1, value: 3 }]
 */
export function readMessage(bytes: Uint8Array): ProtoField[] {
  const fields: ProtoField[] = [];
  let offset = 0;
  while (offset < bytes.length) {
    const [key, afterKey] = varint(bytes, offset);
    const field = Math.floor(key / 8);
    switch (key % 8) {
      case 0: {
        const [value, next] = varint(bytes, afterKey);
        fields.push({ field, value });
        offset = next;
        break;
      }
      case 2: {
        const [length, start] = varint(bytes, afterKey);
        if (start + length > bytes.length) throw new Error('The protobuf message is cut off.');
        fields.push({ field, value: bytes.subarray(start, start + length) });
        offset = start + length;
        break;
      }
      case 1:
        offset = afterKey + 8;
        break;
      case 5: {
        // proto3 floats (a deck config's desired retention); no field read here is a fixed32 integer.
        if (afterKey + 4 > bytes.length) throw new Error('The protobuf message is cut off.');
        const view = new DataView(bytes.buffer, bytes.byteOffset + afterKey, 4);
        fields.push({ field, value: view.getFloat32(0, true) });
        offset = afterKey + 4;
        break;
      }
      default:
        throw new Error(`Unknown protobuf wire type ${String(key % 8)}.`);
    }
  }
  return fields;
}

/** The first varint of `field`, or `fallback` when the message has none (proto3's default). */
export function numberField(fields: readonly ProtoField[], field: number, fallback = 0): number {
  const found = fields.find((entry) => entry.field === field && typeof entry.value === 'number');
  return typeof found?.value === 'number' ? found.value : fallback;
}

/** The first string of `field`, or `''` when the message has none. */
export function stringField(fields: readonly ProtoField[], field: number): string {
  const found = fields.find((entry) => entry.field === field && entry.value instanceof Uint8Array);
  return found?.value instanceof Uint8Array ? decoder.decode(found.value) : '';
}

/** Every embedded message or bytes value of `field`, in order. */
export function bytesFields(fields: readonly ProtoField[], field: number): Uint8Array[] {
  return fields.flatMap((entry) =>
    entry.field === field && entry.value instanceof Uint8Array ? [entry.value] : [],
  );
}

/**
 * Every float of a repeated `float` field: packed (one length-delimited run of little-endian
 * 32-bit floats, as proto3 writes them) or one fixed32 field per value.
 *
 * @example
 * floatsField(readMessage(new Uint8Array([0x1a, 0x04, 0, 0, 0x80, 0x3f])), 3) // [1]
 */
export function floatsField(fields: readonly ProtoField[], field: number): number[] {
  return fields.flatMap((entry) => {
    if (entry.field !== field) return [];
    if (typeof entry.value === 'number') return [entry.value];
    const view = new DataView(entry.value.buffer, entry.value.byteOffset, entry.value.byteLength);
    return Array.from({ length: Math.floor(entry.value.byteLength / 4) }, (_, index) =>
      view.getFloat32(index * 4, true),
    );
  });
}
