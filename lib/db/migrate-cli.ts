// `npm run db:migrate`: applies pending migrations to the configured database and exits.
import { closeDatabase, getDatabase } from './client';
import { appliedMigrationCount } from './migrations';

async function main() {
  const handle = await getDatabase();
  const applied = await appliedMigrationCount(handle.db);
  console.log(`Migrations applied (${handle.mode} database): ${applied}`);
  await closeDatabase();
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
