package panics_test

import (
	"bytes"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"testing"

	"github.com/talkbot/talkbot/internal/panics"
)

func TestCall(t *testing.T) {
	ran := false
	if p := panics.Call(func() { ran = true }); p != nil || !ran {
		t.Fatalf("Call of a function that returns = %v, ran %v; want nil, true", p, ran)
	}
	words := []string{"only"}
	at := len(words)
	p := panics.Call(func() {
		_ = words[at] // a runtime error, as a bug would give
	})
	if p == nil {
		t.Fatal("Call of a function that panics = nil")
	}
	var re interface{ RuntimeError() }
	if v, ok := p.Value.(error); !ok || !errors.As(v, &re) {
		t.Errorf("Value = %#v, want the runtime error", p.Value)
	}
	if !strings.Contains(string(p.Stack), "panics_test.TestCall") {
		t.Errorf("Stack does not show where the panic happened:\n%s", p.Stack)
	}
	if got := panics.Call(func() { panic("boom") }).Error(); got != "panic: boom" {
		t.Errorf("Error() = %q", got)
	}
}

func TestLogAndRecover(t *testing.T) {
	var buf bytes.Buffer
	log := slog.New(slog.NewTextHandler(&buf, nil))
	func() {
		defer panics.Recover(log, "handler panicked", "event", "TEST")
		panic("boom")
	}()
	out := buf.String()
	for _, want := range []string{"level=ERROR", `msg="handler panicked"`, "event=TEST", "panic=boom", "stack=", "TestLogAndRecover"} {
		if !strings.Contains(out, want) {
			t.Errorf("log lacks %q:\n%s", want, out)
		}
	}
	buf.Reset()
	func() {
		defer panics.Recover(log, "handler panicked")
	}()
	if buf.Len() != 0 {
		t.Errorf("Recover logged with no panic: %s", buf.String())
	}
}

func ExampleCall() {
	p := panics.Call(func() { panic("no such segment") })
	fmt.Println(p) // the caller says what it means: a damaged index, say
	// Output: panic: no such segment
}
