//go:build linux || darwin

package capture_test

import (
	"context"
	"fmt"
	"os"
	"strings"

	"gokernel/kernel/engine/capture"
)

func Example() {
	c, err := capture.Start(nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	// A real kernel would now log to c.OrigStderr() and send what the
	// sink receives to the notebook.
	var got strings.Builder
	c.SetSink(capture.SinkFunc(func(stream string, p []byte) {
		fmt.Fprintf(&got, "%s: %s", stream, p)
	}))

	fmt.Fprintln(os.Stderr, "written by a cell")
	if err := c.Sync(context.Background()); err != nil {
		fmt.Println(err)
	}
	if err := c.Close(); err != nil {
		fmt.Println(err)
	}
	fmt.Print(got.String()) // Sync made the sink's writes visible here
	// Output: stderr: written by a cell
}
