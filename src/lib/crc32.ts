/** CRC-32 (IEEE, as zip uses), incremental: the zip reader checks every entry with it. */
const table = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export type Crc32 = { update(bytes: Uint8Array): void; value(): number };

export function createCrc32(): Crc32 {
  let crc = 0xffffffff;
  return {
    update(bytes) {
      let c = crc;
      for (let i = 0; i < bytes.length; i++) c = table[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
      crc = c;
    },
    value: () => (crc ^ 0xffffffff) >>> 0,
  };
}
