-- Feed items and pages already fetched and saved (corpus/feeds.Seen).
CREATE TABLE feed_seen (
    key     TEXT PRIMARY KEY,
    seen_at BIGINT NOT NULL
);

-- Channels following a topic (digest.Subscription); mode is 'live' or
-- 'daily', topic_key the topic's normalised words.
CREATE TABLE subscriptions (
    id         TEXT PRIMARY KEY,
    platform   TEXT NOT NULL,
    channel    TEXT NOT NULL,
    topic      TEXT NOT NULL,
    topic_key  TEXT NOT NULL,
    mode       TEXT NOT NULL,
    daily      TEXT NOT NULL DEFAULT '',
    user_id    TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    last_post  BIGINT NOT NULL DEFAULT 0,
    UNIQUE (platform, channel, topic_key, mode)
);

-- Articles recorded as indexed, so each is announced once (digest).
CREATE TABLE announced (
    article    TEXT PRIMARY KEY,
    indexed_at BIGINT NOT NULL
);
CREATE INDEX announced_indexed ON announced (indexed_at);

-- Leases: which replica does a job for now (polling the feeds).
CREATE TABLE leases (
    name       TEXT PRIMARY KEY,
    holder     TEXT NOT NULL,
    expires_at BIGINT NOT NULL
);
