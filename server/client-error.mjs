// @ts-check
// Requests Node.js refuses before any handler sees them. Its own answer to an address too long to read is a bare
// "431" with no words; a reader who pasted a mangled link deserves to be told what to do.
import { maxHeaderSize } from 'node:http';

const tooLong = [
  `This address is too long for Parley to read (its address and headers pass ${Math.round(maxHeaderSize / 1024)} KB).`,
  'A Parley link is far shorter: shorten the address (a long "q" filter, say) and try again.',
  '',
].join('\n');

/** What each refusal is answered with; anything else the parser refuses is a 400. */
const answers = {
  HPE_HEADER_OVERFLOW: { status: '431 Request Header Fields Too Large', body: tooLong },
  ERR_HTTP_REQUEST_TIMEOUT: { status: '408 Request Timeout', body: 'The request took too long to arrive.\n' },
};

/**
 * Answers a request the HTTP parser refused, as Node.js would but in words: 431 for an address or headers too
 * long, 408 for a request too slow to arrive, 400 for the rest. Like Node.js, it writes nothing on a connection
 * that is already sending an answer, or can no longer take one: it closes it.
 * @param {Error & { code?: string }} error
 * @param {import('node:stream').Duplex & { _httpMessage?: { headersSent?: boolean } }} socket
 */
export function answerClientError(error, socket) {
  if (!socket.writable || socket._httpMessage?.headersSent) {
    socket.destroy();
    return;
  }
  const { status, body } = answers[/** @type {keyof typeof answers} */ (error.code ?? '')] ?? {
    status: '400 Bad Request',
    body: 'Parley could not read this request.\n',
  };
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
