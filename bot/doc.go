// Package bot turns a question or a command into an Answer: it works out the
// intent and constraints (speaker, words, topic, place, month), queries the
// index, ranks what comes back and says plainly when it does not know.
//
// bot knows nothing of Slack, Discord or terminals; adapters render Answers.
package bot
