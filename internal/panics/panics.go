// Package panics is the one home of recovering from a panic. A call that
// panics becomes an *Error holding the panic's value and the stack where it
// happened; each caller decides what that means to it (a file that cannot
// be read, an index that is damaged, an apology to the asker) and logs it
// with Log, so a recovered panic is never silent.
package panics

import (
	"fmt"
	"log/slog"
	"runtime/debug"
)

// Error is a panic recovered by Call or Recover.
type Error struct {
	// Value is what was passed to panic.
	Value any
	// Stack is the goroutine's stack where the panic happened.
	Stack []byte
}

func (e *Error) Error() string { return fmt.Sprintf("panic: %v", e.Value) }

// Log logs e at level Error with msg and args, adding the panic's value
// and stack, to log, or to the default logger when log is nil.
func (e *Error) Log(log *slog.Logger, msg string, args ...any) {
	if log == nil {
		log = slog.Default()
	}
	log.Error(msg, append(args, "panic", fmt.Sprint(e.Value), "stack", string(e.Stack))...)
}

// Call calls f and returns the panic inside it, or nil when f returned.
func Call(f func()) (p *Error) {
	defer func() {
		if r := recover(); r != nil {
			p = &Error{Value: r, Stack: debug.Stack()}
		}
	}()
	f()
	return nil
}

// Recover is deferred by a callback that must never pass a panic on (to
// an SDK's event loop, say): a panic is logged, as by Log, and stops there.
// It must be deferred itself, not called from a deferred function.
func Recover(log *slog.Logger, msg string, args ...any) {
	if r := recover(); r != nil {
		(&Error{Value: r, Stack: debug.Stack()}).Log(log, msg, args...)
	}
}
