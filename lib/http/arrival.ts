// Records, as each request arrives, what only the HTTP server knows (see arrival-headers.ts).
// Node's HTTP server publishes every request on the `http.server.request.start` diagnostics
// channel, with its socket, just before emitting it; Next.js builds the Request that proxy.ts
// and route handlers read from these headers afterwards. Called once per process from
// instrumentation.ts, which runs in the process that serves requests, before the first one.
import 'server-only';
import { subscribe } from 'node:diagnostics_channel';
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import { FORBIDDEN_METHOD_HEADER, FORBIDDEN_METHODS, PEER_ADDRESS_HEADER } from './arrival-headers';

let subscribed = false;

export function recordArrivals(): void {
  if (subscribed) return;
  subscribed = true;
  subscribe('http.server.request.start', (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    delete request.headers[PEER_ADDRESS_HEADER];
    delete request.headers[FORBIDDEN_METHOD_HEADER];
    if (socket.remoteAddress) request.headers[PEER_ADDRESS_HEADER] = socket.remoteAddress;
    const method = request.method?.toUpperCase() ?? '';
    if (FORBIDDEN_METHODS.includes(method)) {
      // A GET is safe whatever happens next; proxy.ts answers it 405 with the real method.
      request.headers[FORBIDDEN_METHOD_HEADER] = method;
      request.method = 'GET';
    }
  });
}
