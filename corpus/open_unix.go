//go:build unix

package corpus

import "syscall"

// openFlags open a corpus file without waiting: a named pipe put where a
// file was cannot block the load.
const openFlags = syscall.O_NONBLOCK

// noFollow refuses a symbolic link put where a regular file was listed.
const noFollow = syscall.O_NOFOLLOW
