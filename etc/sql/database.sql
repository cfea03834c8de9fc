-- Per-database set-up (idempotent), run as a superuser connected to the product's database after roles.sql:
--   psql -d liandong -f etc/sql/database.sql
-- The owner owns the database and creates every schema in it; default privileges make each new table, sequence and
-- schema of the owner usable by the application role without a hand grant. Nobody else may create anything.
SELECT format('ALTER DATABASE %I OWNER TO liandong_owner', current_database()) \gexec
SELECT format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database()) \gexec
SELECT format('GRANT CONNECT ON DATABASE %I TO liandong_app, liandong_reader', current_database()) \gexec
REVOKE CREATE ON SCHEMA public FROM PUBLIC;

ALTER DEFAULT PRIVILEGES FOR ROLE liandong_owner GRANT USAGE ON SCHEMAS TO liandong_app, liandong_reader;
ALTER DEFAULT PRIVILEGES FOR ROLE liandong_owner GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO liandong_app;
ALTER DEFAULT PRIVILEGES FOR ROLE liandong_owner GRANT SELECT ON TABLES TO liandong_reader;
ALTER DEFAULT PRIVILEGES FOR ROLE liandong_owner GRANT USAGE, SELECT ON SEQUENCES TO liandong_app;
