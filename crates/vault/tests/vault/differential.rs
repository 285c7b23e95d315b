//! Differential test: the same random workload on plain SQLite and on the
//! vault gives the same query results and a clean integrity check.

use rand::{Rng, SeedableRng};
use rusqlite::types::Value;
use rusqlite::Connection;

use crate::common::new_vault;

fn all(conn: &Connection, sql: &str) -> Vec<Vec<Value>> {
    let mut s = conn.prepare(sql).unwrap();
    let n = s.column_count();
    let rows = s
        .query_map([], |r| (0..n).map(|i| r.get::<_, Value>(i)).collect())
        .unwrap();
    rows.map(|r| r.unwrap()).collect()
}

#[test]
fn vault_and_plain_sqlite_agree_on_a_random_workload() {
    let dir = tempfile::tempdir().unwrap();
    let (mut vault, _, _) = new_vault(dir.path(), "v", "diff");
    let mut plain = Connection::open(dir.path().join("plain.db")).unwrap();
    plain
        .execute_batch("PRAGMA journal_mode = TRUNCATE; PRAGMA synchronous = FULL;")
        .unwrap();
    let schema =
        "CREATE TABLE c(id INTEGER PRIMARY KEY, name TEXT, city TEXT, spent INTEGER, note BLOB);
                  CREATE INDEX c_city ON c(city, spent);
                  CREATE VIRTUAL TABLE f USING fts5(body);";
    vault.execute_batch(schema).unwrap();
    plain.execute_batch(schema).unwrap();
    let cities = ["Leeds", "York", "Bath", "Hull", "Ely"];
    let words = [
        "tea", "linen", "brass", "velvet", "amber", "walnut", "cobalt", "ginger",
    ];
    let mut rng = rand::rngs::StdRng::seed_from_u64(42);
    for batch in 0..60 {
        let mut stmts: Vec<(String, Vec<Value>)> = Vec::new();
        for _ in 0..rng.gen_range(1..40) {
            match rng.gen_range(0..10) {
                0..=4 => stmts.push((
                    "INSERT INTO c(name, city, spent, note) VALUES (?1, ?2, ?3, ?4)".into(),
                    vec![
                        Value::Text(format!("cust{}", rng.gen::<u16>())),
                        Value::Text(cities[rng.gen_range(0..cities.len())].into()),
                        Value::Integer(rng.gen_range(0..100_000)),
                        Value::Blob(vec![rng.gen(); rng.gen_range(0..6000)]),
                    ],
                )),
                5 | 6 => stmts.push((
                    "UPDATE c SET spent = spent + ?1, note = zeroblob(?2) WHERE id % 7 = ?3".into(),
                    vec![
                        Value::Integer(rng.gen_range(1..500)),
                        Value::Integer(rng.gen_range(0..3000)),
                        Value::Integer(rng.gen_range(0..7)),
                    ],
                )),
                7 => stmts.push((
                    "DELETE FROM c WHERE id % 11 = ?1".into(),
                    vec![Value::Integer(rng.gen_range(0..11))],
                )),
                _ => {
                    let body: Vec<&str> = (0..rng.gen_range(1..30))
                        .map(|_| words[rng.gen_range(0..words.len())])
                        .collect();
                    stmts.push((
                        "INSERT INTO f(body) VALUES (?1)".into(),
                        vec![Value::Text(body.join(" "))],
                    ));
                }
            }
        }
        let rollback = rng.gen_bool(0.15);
        for conn in [&mut vault, &mut plain] {
            let tx = conn.transaction().unwrap();
            for (sql, params) in &stmts {
                tx.execute(sql, rusqlite::params_from_iter(params.iter()))
                    .unwrap();
            }
            if rollback {
                tx.rollback().unwrap();
            } else {
                tx.commit().unwrap();
            }
        }
        if batch % 20 == 19 {
            vault.execute_batch("VACUUM").unwrap();
        }
        for q in [
            "SELECT * FROM c ORDER BY id",
            "SELECT city, count(*), sum(spent), max(length(note)) FROM c GROUP BY city ORDER BY city",
            "SELECT id FROM c WHERE city = 'York' AND spent BETWEEN 1000 AND 60000 ORDER BY spent, id",
            "SELECT rowid, body FROM f WHERE f MATCH 'amber AND walnut' ORDER BY rowid",
        ] {
            assert_eq!(all(&vault, q), all(&plain, q), "batch {batch}: {q}");
        }
    }
    for conn in [&vault, &plain] {
        let ok: String = conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(ok, "ok");
    }
}
