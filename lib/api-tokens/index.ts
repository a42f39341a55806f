// API tokens: the credentials of service accounts.
export { authenticateToken, type ServiceAccountActor } from './authenticate';
export { createApiToken, listApiTokens, revokeApiToken } from './service';
