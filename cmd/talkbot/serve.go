package main

import (
	"context"
	"errors"
	"io"
)

// runServe runs the front doors configured in the environment.
func runServe(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	return errors.New("serve: no front door is configured")
}
