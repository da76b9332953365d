// Package digest posts to chat channels what changed in the talks they
// follow: as soon as an article with new sourced statements on a channel's
// topic is indexed (one post per article, quotes first), or once a day at
// a set time, with the status and what changed since the last post.
//
// digest sits between bot and the adapters: it composes bot.Answers and
// hands them to a Poster (Slack, Discord) for a channel; subscriptions and
// what was already announced live in a Store (the store package). Both are
// small interfaces defined here. With several replicas on one database,
// Store's claims make sure exactly one of them posts each thing.
package digest
