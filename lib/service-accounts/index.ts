// Service accounts: the non-human identities of an organization (DESIGN.md).
export { getServiceAccount, listServiceAccounts } from './read';
export { createServiceAccount, deleteServiceAccount, updateServiceAccount } from './write';
