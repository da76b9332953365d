// Package provenance holds a test that keeps the project's own text its
// own: no run of words from the real evaluation texts and questions beside
// the repository (../shared) is written into the project's files. Tests read
// real texts from there; fixtures, examples and comments are written afresh.
package provenance
