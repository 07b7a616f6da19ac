# The stand-in's "production" database: the LBaaS tables with a few hundred rows, made once
# and then grown a little at every run (as production grows between two backups).
. "$(dirname "$0")/common.sh"
sqlite3 "$production" <<'SQL'
CREATE TABLE IF NOT EXISTS loadbalancers (id INTEGER PRIMARY KEY, name TEXT NOT NULL,
                                          updated TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS nodes (id INTEGER PRIMARY KEY, loadbalancer INTEGER NOT NULL,
                                  address TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS vips (id INTEGER PRIMARY KEY, loadbalancer INTEGER NOT NULL,
                                 address TEXT NOT NULL);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100)
INSERT INTO loadbalancers (name, updated) SELECT 'lb-' || i, strftime('%Y-%m-%dT%H:%M:%SZ', 'now') FROM n;
INSERT INTO nodes (loadbalancer, address)
  SELECT id, '10.0.' || (id % 250) || '.' || (id % 7 + 10) FROM loadbalancers WHERE id > (SELECT count(*) FROM nodes);
INSERT INTO vips (loadbalancer, address)
  SELECT id, '192.0.2.' || (id % 250) FROM loadbalancers WHERE id > (SELECT count(*) FROM vips);
SQL
echo "production: $(sqlite3 "$production" 'SELECT count(*) FROM loadbalancers') load balancers"
