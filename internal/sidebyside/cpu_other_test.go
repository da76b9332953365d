//go:build !unix

package sidebyside

import "time"

// cpuTime is not measured here: processor-time figures read zero.
func cpuTime() time.Duration { return 0 }
