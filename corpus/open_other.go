//go:build !unix

package corpus

// openFlags and noFollow have no portable equivalent here: the kind of
// file is checked after it is opened instead.
const (
	openFlags = 0
	noFollow  = 0
)
