#!/bin/bash
# Runs once, when the PostgreSQL volume is empty: a database and an owner role for each service
# and for Keycloak, with the passwords given to the postgres container (.env). Each service only
# ever connects to its own database, as with one CloudNativePG cluster per service on Kubernetes.
set -euo pipefail

create() {
  local role="$1" password="$2"
  psql -v ON_ERROR_STOP=1 --username postgres --set role="$role" --set password="$password" <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'password';
CREATE DATABASE :"role" OWNER :"role";
REVOKE ALL ON DATABASE :"role" FROM PUBLIC;
SQL
}

create acte_application "$ACTE_APPLICATION_DB_PASSWORD"
create acte_eligibility "$ACTE_ELIGIBILITY_DB_PASSWORD"
create acte_payment "$ACTE_PAYMENT_DB_PASSWORD"
create acte_notification "$ACTE_NOTIFICATION_DB_PASSWORD"
create keycloak "$KEYCLOAK_DB_PASSWORD"
