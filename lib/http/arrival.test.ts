// Against a real Node HTTP server: what recordArrivals writes is what the socket says, whatever
// the client sent under the same names.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordArrivals } from './arrival';
import { FORBIDDEN_METHOD_HEADER, PEER_ADDRESS_HEADER } from './arrival-headers';

let server: http.Server;
let seen: { method?: string; headers: http.IncomingHttpHeaders }[] = [];

beforeAll(async () => {
  recordArrivals();
  server = http.createServer((req, res) => {
    seen.push({ method: req.method, headers: req.headers });
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function send(method: string, headers: Record<string, string>) {
  const { port } = server.address() as AddressInfo;
  return new Promise<number>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path: '/', headers }, (res) => res.resume().on('end', () => resolve(res.statusCode!)));
    req.on('error', reject).end();
  });
}

describe('recording arrivals', () => {
  it("replaces a client's claimed peer address with the socket's", async () => {
    seen = [];
    await send('GET', { [PEER_ADDRESS_HEADER]: '203.0.113.9', [FORBIDDEN_METHOD_HEADER]: 'TRACE', 'x-forwarded-for': '203.0.113.9' });
    expect(seen[0]!.headers[PEER_ADDRESS_HEADER]).toBe('127.0.0.1');
    expect(seen[0]!.headers[FORBIDDEN_METHOD_HEADER]).toBeUndefined();
    expect(seen[0]!.method).toBe('GET');
  });

  it('turns TRACE into a GET that says what it was', async () => {
    seen = [];
    expect(await send('TRACE', {})).toBe(200);
    expect(seen[0]).toMatchObject({ method: 'GET', headers: { [FORBIDDEN_METHOD_HEADER]: 'TRACE', [PEER_ADDRESS_HEADER]: '127.0.0.1' } });
  });

  it("leaves TRACK and unknown methods to Node's parser, which answers 400 before any handler", async () => {
    seen = [];
    expect(await send('TRACK', {})).toBe(400);
    expect(await send('FOO', {})).toBe(400);
    expect(seen).toEqual([]);
  });
});
