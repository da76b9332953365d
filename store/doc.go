// Package store keeps what talkbot remembers between messages and across
// restarts and replicas: per-channel settings, conversation turns, feedback
// votes and request de-duplication keys.
//
// It runs on an embedded SQLite file by default (cgo-free, WAL journal) and
// on PostgreSQL when opened with a postgres:// URL, so that several
// replicas of talkbot serve share one store. The schema is versioned:
// migrations/NNNN_name.sql files are applied in order at Open, each once,
// in a transaction. A file named NNNN_name.sqlite.sql or
// NNNN_name.postgres.sql applies to that engine only.
//
// To add tables: add the next numbered file under migrations/ and put the
// methods in a file of their own (feeds.go beside conversations.go), using
// s.db with "?" placeholders through s.q (rewritten to $1… for PostgreSQL)
// and the portable SQL the existing files use: TEXT, BIGINT for times in
// Unix milliseconds, INTEGER 0/1 for flags, INSERT … ON CONFLICT.
//
// store implements the small interfaces bot defines (bot.Conversations,
// bot.Feedback, bot.Settings) and Seen for the adapters' replay check;
// cmd/talkbot wires them.
package store
