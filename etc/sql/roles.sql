-- The three roles of architecture.md, created or brought up to date (idempotent). Run as a superuser:
--   psql -v owner_password=… -v app_password=… -v reader_password=… -f etc/sql/roles.sql
-- liandong_owner   owns every schema, runs the migrate step and seeding; BYPASSRLS. Never given to the running host.
-- liandong_app     the running host: owns nothing, NOSUPERUSER NOBYPASSRLS, DML only where default privileges grant it.
-- liandong_reader  read-only (reports, plan checks, support): SELECT only, subject to row-level security like the host.
SELECT format('CREATE ROLE %I LOGIN', r) FROM unnest(ARRAY['liandong_owner', 'liandong_app', 'liandong_reader']) AS r
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) \gexec

ALTER ROLE liandong_owner  LOGIN NOSUPERUSER NOCREATEROLE NOCREATEDB BYPASSRLS   PASSWORD :'owner_password';
ALTER ROLE liandong_app    LOGIN NOSUPERUSER NOCREATEROLE NOCREATEDB NOBYPASSRLS NOINHERIT PASSWORD :'app_password';
ALTER ROLE liandong_reader LOGIN NOSUPERUSER NOCREATEROLE NOCREATEDB NOBYPASSRLS NOINHERIT PASSWORD :'reader_password';
