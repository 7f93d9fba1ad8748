export class LineTooLongError extends Error {
  constructor(readonly limit: number) {
    super(`line longer than ${limit} characters`);
    this.name = 'LineTooLongError';
  }
}

/** UTF-8 text lines of a byte stream (JSON Lines), holding at most one line however long the stream. */
export async function* textLines(
  pieces: AsyncIterable<Uint8Array>,
  maxLine: number,
): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let partial = '';
  for await (const piece of pieces) {
    partial += decoder.decode(piece, { stream: true });
    let nl = partial.indexOf('\n');
    while (nl >= 0) {
      yield partial.slice(0, nl);
      partial = partial.slice(nl + 1);
      nl = partial.indexOf('\n');
    }
    if (partial.length > maxLine) throw new LineTooLongError(maxLine);
  }
  partial += decoder.decode();
  if (partial.length > 0) yield partial;
}
