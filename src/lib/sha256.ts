const toHex = (buf: ArrayBuffer): string =>
  Array.from(new Uint8Array(buf), (b) => b.toString(16).padStart(2, '0')).join('');

/** SHA-256 (WebCrypto) of a string (UTF-8), bytes or a Blob, as lowercase hex. */
export async function sha256Hex(data: string | Uint8Array | ArrayBuffer | Blob): Promise<string> {
  let bytes: BufferSource;
  if (typeof data === 'string') bytes = new TextEncoder().encode(data);
  else if (data instanceof Blob) bytes = await data.arrayBuffer();
  else bytes = data as BufferSource;
  return toHex(await crypto.subtle.digest('SHA-256', bytes));
}
