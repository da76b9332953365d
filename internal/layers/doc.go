// Package layers holds no code: its test keeps the project's packages in
// the order data flows through them (lexicon → corpus → index → bot →
// digest → adapters → store → cmd). No package imports one to its right,
// one chat platform's adapter never imports another's, and only an
// adapter imports its platform's SDK.
package layers
