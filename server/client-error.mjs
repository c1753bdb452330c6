// @ts-check
// Requests Node.js refuses before any handler sees them. Its own answer to an address too long to read is a bare
// "431" with no words; a reader who pasted a mangled link deserves to be told what to do.

const tooLong = [
  'This address is too long for Parley to read (its address and headers pass 16 KB).',
  'A Parley link is far shorter: shorten the address (a long "q" filter, say) and try again.',
  '',
].join('\n');

/**
 * Answers a request the HTTP parser refused: 431 with a sentence for an address or headers too long, 400 for the
 * rest. Nothing is written to a socket that can no longer take it.
 * @param {Error & { code?: string }} error
 * @param {import('node:stream').Duplex} socket
 */
export function answerClientError(error, socket) {
  if (!socket.writable) return;
  const overflow = error.code === 'HPE_HEADER_OVERFLOW';
  const body = overflow ? tooLong : 'Parley could not read this request.\n';
  const status = overflow ? '431 Request Header Fields Too Large' : '400 Bad Request';
  socket.end(
    [
      `HTTP/1.1 ${status}`,
      'Content-Type: text/plain; charset=utf-8',
      `Content-Length: ${Buffer.byteLength(body)}`,
      "Content-Security-Policy: default-src 'none'",
      'X-Content-Type-Options: nosniff',
      'Cache-Control: no-store',
      'Connection: close',
      '',
      body,
    ].join('\r\n'),
  );
}
