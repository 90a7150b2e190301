#include "workspace/migrations.h"

#include "workspace/connection.h"

#include <QObject>
#include <QSqlError>
#include <QSqlQuery>

#include <vector>

namespace caliper::migrations {

namespace {

// The schema, as the list of steps that build it. Index i holds the statements that take version i to i + 1.
const std::vector<std::vector<const char*>>& steps()
{
    static const std::vector<std::vector<const char*>> all = {
        // 1: datasets and their samples.
        {
            R"(CREATE TABLE datasets (
                   id INTEGER PRIMARY KEY,
                   name TEXT NOT NULL UNIQUE,
                   source_path TEXT NOT NULL,
                   format TEXT NOT NULL,
                   content_hash TEXT NOT NULL,
                   id_column TEXT,
                   input_column TEXT NOT NULL,
                   reference_column TEXT,
                   metadata_columns TEXT NOT NULL DEFAULT '[]',
                   sample_count INTEGER NOT NULL DEFAULT 0,
                   created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')))
            )",
            R"(CREATE TABLE samples (
                   id INTEGER PRIMARY KEY,
                   dataset_id INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
                   row_index INTEGER NOT NULL,
                   external_id TEXT NOT NULL,
                   source TEXT NOT NULL,
                   reference TEXT,
                   metadata TEXT NOT NULL DEFAULT '{}',
                   source_words INTEGER NOT NULL DEFAULT 0,
                   reference_words INTEGER,
                   UNIQUE (dataset_id, external_id),
                   UNIQUE (dataset_id, row_index))
            )",
            // Full-text search over source and reference; external content keeps one copy of the text.
            R"(CREATE VIRTUAL TABLE samples_fts USING fts5(
                   source, reference, content='samples', content_rowid='id', tokenize='unicode61'))",
            R"(CREATE TRIGGER samples_fts_insert AFTER INSERT ON samples BEGIN
                   INSERT INTO samples_fts(rowid, source, reference) VALUES (new.id, new.source, new.reference);
               END)",
            R"(CREATE TRIGGER samples_fts_delete AFTER DELETE ON samples BEGIN
                   INSERT INTO samples_fts(samples_fts, rowid, source, reference)
                   VALUES ('delete', old.id, old.source, old.reference);
               END)",
        },
        // 2: model endpoints. key_source/key_name say where the API key lives (keychain entry or environment
        // variable name); the key itself is never stored here.
        {
            R"(CREATE TABLE endpoints (
                   id INTEGER PRIMARY KEY,
                   name TEXT NOT NULL UNIQUE,
                   base_url TEXT NOT NULL,
                   model TEXT NOT NULL,
                   preset TEXT NOT NULL DEFAULT '',
                   key_source TEXT NOT NULL DEFAULT 'none' CHECK (key_source IN ('none', 'keychain', 'env')),
                   key_name TEXT NOT NULL DEFAULT '',
                   concurrency INTEGER NOT NULL DEFAULT 4 CHECK (concurrency > 0),
                   requests_per_minute INTEGER NOT NULL DEFAULT 0,
                   connect_timeout_ms INTEGER NOT NULL DEFAULT 10000,
                   first_byte_timeout_ms INTEGER NOT NULL DEFAULT 120000,
                   total_timeout_ms INTEGER NOT NULL DEFAULT 600000,
                   max_retries INTEGER NOT NULL DEFAULT 5,
                   price_in_per_mtok REAL NOT NULL DEFAULT 0,
                   price_out_per_mtok REAL NOT NULL DEFAULT 0,
                   parameters INTEGER NOT NULL DEFAULT 0,
                   quantization TEXT NOT NULL DEFAULT '',
                   created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')))
            )",
        },
        // 3: experiments, their models (each endpoint frozen as the experiment file's model entry), one output
        // per model and sample, its scores, and successful answers by request. A dataset with experiments
        // cannot be removed: its results would lose their inputs and references.
        {
            R"(CREATE TABLE experiments (
                   id INTEGER PRIMARY KEY,
                   name TEXT NOT NULL UNIQUE,
                   dataset_id INTEGER NOT NULL REFERENCES datasets(id) ON DELETE RESTRICT,
                   definition TEXT NOT NULL,
                   definition_hash TEXT NOT NULL,
                   created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')))
            )",
            "CREATE INDEX experiments_dataset ON experiments(dataset_id)",
            R"(CREATE TABLE experiment_models (
                   id INTEGER PRIMARY KEY,
                   experiment_id INTEGER NOT NULL REFERENCES experiments(id) ON DELETE CASCADE,
                   position INTEGER NOT NULL,
                   name TEXT NOT NULL,
                   endpoint TEXT NOT NULL,
                   UNIQUE (experiment_id, name),
                   UNIQUE (experiment_id, position))
            )",
            R"(CREATE TABLE outputs (
                   id INTEGER PRIMARY KEY,
                   model_id INTEGER NOT NULL REFERENCES experiment_models(id) ON DELETE CASCADE,
                   sample_id INTEGER NOT NULL REFERENCES samples(id) ON DELETE CASCADE,
                   status TEXT NOT NULL CHECK (status IN ('done', 'failed')),
                   content TEXT NOT NULL DEFAULT '',
                   answer TEXT NOT NULL DEFAULT '',
                   reasoning TEXT NOT NULL DEFAULT '',
                   unclosed_reasoning INTEGER NOT NULL DEFAULT 0,
                   prompt_tokens INTEGER NOT NULL DEFAULT 0,
                   completion_tokens INTEGER NOT NULL DEFAULT 0,
                   reasoning_tokens INTEGER NOT NULL DEFAULT 0,
                   answer_tokens INTEGER NOT NULL DEFAULT 0,
                   ttft_ms INTEGER NOT NULL DEFAULT -1,
                   latency_ms INTEGER NOT NULL DEFAULT 0,
                   cost REAL NOT NULL DEFAULT 0,
                   attempts INTEGER NOT NULL DEFAULT 0,
                   http_status INTEGER NOT NULL DEFAULT 0,
                   error TEXT NOT NULL DEFAULT '',
                   from_cache INTEGER NOT NULL DEFAULT 0,
                   finished_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
                   UNIQUE (model_id, sample_id))
            )",
            // Deleting samples cascades here; without the index each deleted sample would scan every output.
            "CREATE INDEX outputs_sample ON outputs(sample_id)",
            R"(CREATE TABLE scores (
                   output_id INTEGER NOT NULL REFERENCES outputs(id) ON DELETE CASCADE,
                   key TEXT NOT NULL,
                   value REAL NOT NULL,
                   PRIMARY KEY (output_id, key)) WITHOUT ROWID
            )",
            R"(CREATE TABLE response_cache (
                   key TEXT NOT NULL PRIMARY KEY,
                   response TEXT NOT NULL,
                   created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))) WITHOUT ROWID
            )",
        },
        // 4: LLM-judge verdicts and human review. A judgement is one (output, criterion, repeat) with everything
        // needed to audit it; the mean of an output's successful repeats also goes into `scores` as
        // geval_<criterion>, so every view reads judge scores like any other metric. Reviews are per reviewer;
        // tags mark character spans of the output's answer. blind_orders keeps the shuffled column order a
        // blinded reviewer saw, so the mapping back to models survives the session.
        {
            R"(CREATE TABLE judgements (
                   id INTEGER PRIMARY KEY,
                   output_id INTEGER NOT NULL REFERENCES outputs(id) ON DELETE CASCADE,
                   criterion TEXT NOT NULL,
                   repeat INTEGER NOT NULL DEFAULT 0,
                   status TEXT NOT NULL CHECK (status IN ('done', 'failed')),
                   score REAL,
                   raw_score REAL,
                   judge_endpoint TEXT NOT NULL,
                   judge_model TEXT NOT NULL,
                   method TEXT NOT NULL,
                   template_id TEXT NOT NULL,
                   prompt_sha256 TEXT NOT NULL,
                   raw_reply TEXT NOT NULL DEFAULT '',
                   logprobs TEXT NOT NULL DEFAULT '',
                   error TEXT NOT NULL DEFAULT '',
                   attempts INTEGER NOT NULL DEFAULT 0,
                   prompt_tokens INTEGER NOT NULL DEFAULT 0,
                   completion_tokens INTEGER NOT NULL DEFAULT 0,
                   cost REAL NOT NULL DEFAULT 0,
                   created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
                   UNIQUE (output_id, criterion, repeat))
            )",
            R"(CREATE TABLE reviews (
                   id INTEGER PRIMARY KEY,
                   output_id INTEGER NOT NULL REFERENCES outputs(id) ON DELETE CASCADE,
                   reviewer TEXT NOT NULL,
                   rating INTEGER CHECK (rating BETWEEN 1 AND 5),
                   note TEXT NOT NULL DEFAULT '',
                   blinded INTEGER NOT NULL DEFAULT 0,
                   updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
                   UNIQUE (output_id, reviewer))
            )",
            R"(CREATE TABLE review_tags (
                   id INTEGER PRIMARY KEY,
                   review_id INTEGER NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
                   start INTEGER NOT NULL CHECK (start >= 0),
                   length INTEGER NOT NULL CHECK (length > 0),
                   category TEXT NOT NULL CHECK (category IN
                       ('omission', 'hallucination', 'wrong_number', 'wrong_speaker', 'negation')),
                   note TEXT NOT NULL DEFAULT '')
            )",
            "CREATE INDEX review_tags_review ON review_tags(review_id)",
            // The user's own judge criteria (JudgeCriterion JSON), offered in the experiment dialog. An
            // experiment copies the criteria it uses into its definition, so editing one here never changes results.
            R"(CREATE TABLE judge_criteria (
                   id TEXT NOT NULL PRIMARY KEY,
                   definition TEXT NOT NULL,
                   updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))) WITHOUT ROWID
            )",
            R"(CREATE TABLE blind_orders (
                   experiment_id INTEGER NOT NULL REFERENCES experiments(id) ON DELETE CASCADE,
                   reviewer TEXT NOT NULL,
                   sample_id INTEGER NOT NULL REFERENCES samples(id) ON DELETE CASCADE,
                   model_id INTEGER NOT NULL REFERENCES experiment_models(id) ON DELETE CASCADE,
                   position INTEGER NOT NULL,
                   PRIMARY KEY (experiment_id, reviewer, sample_id, model_id)) WITHOUT ROWID
            )",
        },
        // 5: what the Results page needs at 100,000 samples × 10 models. scores_generation changes with every
        // write that can change an experiment's numbers (its models, outputs, scores, reviews), so a cached
        // snapshot of them (analysis/resultssnapshot) knows when it is stale without reading them. Triggers do
        // it, so no writer can forget. outputs_summary covers every outputs column the numbers and the viewer's
        // navigation read, so neither touches the rows with the texts (long answers live on overflow pages).
        {
            "ALTER TABLE experiments ADD COLUMN scores_generation INTEGER NOT NULL DEFAULT 0",
            R"(CREATE INDEX outputs_summary ON outputs(model_id, sample_id, status, unclosed_reasoning, answer_tokens,
                   reasoning_tokens, latency_ms, cost))",
            R"(CREATE TRIGGER experiment_models_generation_insert AFTER INSERT ON experiment_models BEGIN
                   UPDATE experiments SET scores_generation = scores_generation + 1 WHERE id = NEW.experiment_id;
               END)",
            R"(CREATE TRIGGER experiment_models_generation_delete AFTER DELETE ON experiment_models BEGIN
                   UPDATE experiments SET scores_generation = scores_generation + 1 WHERE id = OLD.experiment_id;
               END)",
            R"(CREATE TRIGGER outputs_generation_insert AFTER INSERT ON outputs BEGIN
                   UPDATE experiments SET scores_generation = scores_generation + 1
                   WHERE id = (SELECT experiment_id FROM experiment_models WHERE id = NEW.model_id);
               END)",
            R"(CREATE TRIGGER outputs_generation_update AFTER UPDATE ON outputs BEGIN
                   UPDATE experiments SET scores_generation = scores_generation + 1
                   WHERE id IN (SELECT experiment_id FROM experiment_models WHERE id IN (OLD.model_id, NEW.model_id));
               END)",
            R"(CREATE TRIGGER outputs_generation_delete AFTER DELETE ON outputs BEGIN
                   UPDATE experiments SET scores_generation = scores_generation + 1
                   WHERE id = (SELECT experiment_id FROM experiment_models WHERE id = OLD.model_id);
               END)",
            R"(CREATE TRIGGER scores_generation_insert AFTER INSERT ON scores BEGIN
                   UPDATE experiments SET scores_generation = scores_generation + 1 WHERE id = (SELECT m.experiment_id
                   FROM outputs o JOIN experiment_models m ON m.id = o.model_id WHERE o.id = NEW.output_id);
               END)",
            R"(CREATE TRIGGER scores_generation_update AFTER UPDATE ON scores BEGIN
                   UPDATE experiments SET scores_generation = scores_generation + 1 WHERE id IN (SELECT m.experiment_id
                   FROM outputs o JOIN experiment_models m ON m.id = o.model_id
                   WHERE o.id IN (OLD.output_id, NEW.output_id));
               END)",
            R"(CREATE TRIGGER scores_generation_delete AFTER DELETE ON scores BEGIN
                   UPDATE experiments SET scores_generation = scores_generation + 1 WHERE id = (SELECT m.experiment_id
                   FROM outputs o JOIN experiment_models m ON m.id = o.model_id WHERE o.id = OLD.output_id);
               END)",
            R"(CREATE TRIGGER reviews_generation_insert AFTER INSERT ON reviews BEGIN
                   UPDATE experiments SET scores_generation = scores_generation + 1 WHERE id = (SELECT m.experiment_id
                   FROM outputs o JOIN experiment_models m ON m.id = o.model_id WHERE o.id = NEW.output_id);
               END)",
            R"(CREATE TRIGGER reviews_generation_update AFTER UPDATE OF rating, output_id ON reviews BEGIN
                   UPDATE experiments SET scores_generation = scores_generation + 1 WHERE id IN (SELECT m.experiment_id
                   FROM outputs o JOIN experiment_models m ON m.id = o.model_id
                   WHERE o.id IN (OLD.output_id, NEW.output_id));
               END)",
            R"(CREATE TRIGGER reviews_generation_delete AFTER DELETE ON reviews BEGIN
                   UPDATE experiments SET scores_generation = scores_generation + 1 WHERE id = (SELECT m.experiment_id
                   FROM outputs o JOIN experiment_models m ON m.id = o.model_id WHERE o.id = OLD.output_id);
               END)",
        },
        // 6: the Queue page lists a run's failed samples while it runs; a partial index holds only the failures, so
        // the first few hundred come back at once even when a million outputs succeeded (or all of them failed).
        {
            "CREATE INDEX outputs_failed ON outputs(model_id, sample_id) WHERE status = 'failed'",
        },
    };
    return all;
}

} // namespace

int latestVersion()
{
    return static_cast<int>(steps().size());
}

int currentVersion(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Status migrate(QSqlDatabase& db, int target)
{
    if (target < 0)
        target = latestVersion();
    const int from = currentVersion(db);
    if (from < 0)
        return sqlError(QObject::tr("cannot read the workspace schema version"), db.lastError(), db.databaseName());
    if (from > latestVersion())
        return Error {
            QObject::tr("the workspace was written by a newer Caliper (schema %1; this version knows up to %2)")
                .arg(from)
                .arg(latestVersion()),
            db.databaseName()};
    for (int version = from; version < target; ++version) {
        if (!db.transaction())
            return sqlError(QObject::tr("cannot start a migration"), db.lastError(), db.databaseName());
        QSqlQuery query(db);
        for (const char* statement : steps()[static_cast<size_t>(version)]) {
            if (!query.exec(QString::fromUtf8(statement))) {
                Error error = sqlError(QObject::tr("migration to schema %1 failed").arg(version + 1), query.lastError(),
                    db.databaseName());
                db.rollback();
                return error;
            }
        }
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1)) || !db.commit()) {
            Error error = sqlError(
                QObject::tr("migration to schema %1 failed").arg(version + 1), query.lastError(), db.databaseName());
            db.rollback();
            return error;
        }
    }
    return Ok {};
}

} // namespace caliper::migrations
