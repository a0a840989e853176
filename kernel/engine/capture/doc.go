// Package capture redirects the process's stdout and stderr file descriptors
// into pipes and delivers everything written to them, in order, to a
// switchable sink.
//
// Notebook cells run inside the kernel process and write through fmt,
// os.Stdout and os.Stderr, println, the log and log/slog packages, compiled
// libraries and child processes that inherit the descriptors. Only replacing
// file descriptors 1 and 2 themselves catches all of it, so that is what
// [Start] does: it keeps duplicates of the original descriptors
// ([Capture.OrigStdout], [Capture.OrigStderr]), points 1 and 2 at the write
// ends of two pipes, and runs one reader goroutine per pipe that passes each
// chunk it reads to the current [Sink].
//
// The kernel's own logs must not be captured: write them to
// [Capture.OrigStderr], not to os.Stderr.
//
// # Ordering
//
// The bytes of one stream reach the sink in exactly the order they were
// written to its descriptor. Between stdout and stderr there is no such
// guarantee: the two pipes are read independently, so a write to stdout
// followed by a write to stderr may be delivered in either order. Only a
// [Capture.Sync] between the two writes orders them.
//
// # Sync
//
// [Capture.Sync] returns once every byte written to descriptors 1 and 2
// before the call has been passed to the sink. Each reader takes bytes out of
// its pipe (read(2) on a non-blocking descriptor) while holding its stream's
// mutex and counts them as "dequeued"; after the sink returns it counts them
// as "delivered". Sync holds the same mutex while it asks the kernel how many
// bytes are still in the pipe (ioctl FIONREAD), so dequeued plus pending is
// exactly the number of bytes written so far, with nothing in flight
// unaccounted for; it then waits until delivered reaches that target. Bytes
// written after the call do not move the target, so a child process that
// keeps writing cannot make Sync wait forever. With nothing pending Sync
// costs two ioctls and a few uncontended mutex operations, about 3 µs
// (BenchmarkSyncIdle).
//
// # Crashes
//
// A fatal runtime error (an unrecovered panic, stack overflow, concurrent map
// writes) is printed to file descriptor 2, which while capturing is a pipe
// whose reader dies with the process, so the report would be lost. Start
// therefore calls [runtime/debug.SetCrashOutput] with the original stderr, so
// that the report also reaches where stderr pointed before Start. For a panic
// that is the whole report ("panic: ..." and the goroutine stacks). For a
// runtime throw such as a stack overflow, the runtime prints the headline
// ("fatal error: stack overflow") before it starts copying to the crash
// output, so only the stacks that follow arrive. Close resets the crash
// output with SetCrashOutput(nil), replacing any crash output set by others.
//
// # Platforms
//
// Capture works on Linux and macOS. On other systems Start returns an error
// wrapping [ErrUnsupported].
package capture
