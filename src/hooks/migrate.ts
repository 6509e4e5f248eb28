/**
 * Entrypoint, not a hook: `node migrate.cjs <database>`, started detached by a hook that found a
 * heavy migration pending (store/background-migration.ts). Migrates, then replays the spool.
 */
import { runMigration } from '../store/background-migration.js';

const database = process.argv[2];
if (database) process.exitCode = runMigration(database, process.env) ? 0 : 1;
