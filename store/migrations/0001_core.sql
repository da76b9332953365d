-- Per-channel settings; channel is "platform:channel".
CREATE TABLE channel_settings (
    channel    TEXT PRIMARY KEY,
    topic      TEXT NOT NULL DEFAULT '',
    private    INTEGER NOT NULL DEFAULT 0,
    updated_at BIGINT NOT NULL
);

-- Remembered answers: a conversation's turns, and what feedback refers to.
CREATE TABLE turns (
    id         TEXT PRIMARY KEY,
    thread     TEXT NOT NULL,
    platform   TEXT NOT NULL,
    channel    TEXT NOT NULL,
    question   TEXT NOT NULL,
    data       TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX turns_thread ON turns (thread, created_at);
CREATE INDEX turns_created ON turns (created_at);

-- Votes on answers, one per user and answer, with what was answered.
CREATE TABLE feedback (
    turn_id    TEXT NOT NULL,
    user_hash  TEXT NOT NULL,
    up         INTEGER NOT NULL,
    platform   TEXT NOT NULL,
    channel    TEXT NOT NULL,
    question   TEXT NOT NULL,
    items      TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (turn_id, user_hash)
);
CREATE INDEX feedback_created ON feedback (created_at);

-- Request de-duplication keys (retried events, replayed requests).
CREATE TABLE seen (
    key        TEXT PRIMARY KEY,
    expires_at BIGINT NOT NULL
);
CREATE INDEX seen_expires ON seen (expires_at);
