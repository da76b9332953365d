// Package sidebyside holds a benchmark that builds talkbot's index and a
// plain Bleve index (in-memory scorch, English analyzer, text and speaker
// fields, the same batch size) from the same statements in the same run,
// asks both the same questions alternately and reports the ratios, so that
// a loaded machine slows both sides alike. It has no code of its own.
package sidebyside
