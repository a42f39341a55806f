// Facts about how a request arrived that only the HTTP server knows, recorded into its headers
// by lib/http/arrival.ts before Next.js sees the request. A client cannot set them: whatever it
// sends under these names is replaced or removed. Pure constants, for proxy.ts and routes.

/** The address of the socket's peer (Next.js gives routes and proxy.ts no socket). */
export const PEER_ADDRESS_HEADER = 'x-flotilla-peer-address';

/**
 * The method, when it was one that Next.js cannot even represent: TRACE (the Fetch standard
 * forbids it, so building the proxy's Request throws and Next.js answers 500; Node's parser
 * already refuses TRACK and methods it does not know with a 400). Such a request continues as
 * a GET carrying this header, and proxy.ts refuses it with a 405.
 */
export const FORBIDDEN_METHOD_HEADER = 'x-flotilla-forbidden-method';
export const FORBIDDEN_METHODS = ['TRACE'];
