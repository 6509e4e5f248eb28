/**
 * The team store's roles (docs/team.md): `bgt_writer`, which developers' logins are granted, may
 * only call the ingest functions (insert by identity, no reading of anyone's rows) and read the
 * team's settings; `bgt_reader`, the lead's, reads every table. Both are NOLOGIN groups: a lead
 * creates one login per developer and grants it a group. Idempotent: running it again changes
 * nothing. Run by the owner of the tables, after the migrations.
 */
import { TEAM_ROLLUPS, TEAM_TABLES, TEAM_VIEWS } from './tables.js';

const WRITER_ROLE = 'bgt_writer';
const READER_ROLE = 'bgt_reader';

const createRole = (name: string) =>
  `DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${name}') THEN CREATE ROLE ${name} NOLOGIN; END IF; END $$;`;

export function roleStatements(): string[] {
  const tables = TEAM_TABLES.map((t) => t.name);
  return [
    createRole(WRITER_ROLE),
    createRole(READER_ROLE),
    `DO $$ BEGIN EXECUTE format('GRANT USAGE ON SCHEMA %I TO ${WRITER_ROLE}, ${READER_ROLE}', current_schema()); END $$;`,
    `REVOKE ALL ON ${tables.join(', ')} FROM PUBLIC, ${WRITER_ROLE}`,
    `GRANT SELECT ON team_settings, team_meta, schema_version TO ${WRITER_ROLE}`,
    ...tables.map((t) => `GRANT EXECUTE ON FUNCTION bgt_push_${t}(jsonb) TO ${WRITER_ROLE}`),
    `GRANT SELECT ON ${tables.join(', ')}, ${TEAM_VIEWS.join(', ')}, ${TEAM_ROLLUPS.join(', ')}, team_settings, team_meta, schema_version TO ${READER_ROLE}`,
  ];
}
