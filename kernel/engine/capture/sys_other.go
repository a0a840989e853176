//go:build !linux && !darwin

package capture

import (
	"fmt"
	"runtime"
)

// On systems other than Linux and macOS, Start fails with ErrUnsupported
// before calling any of the other functions here; they exist so that the
// package builds everywhere.

func unsupported() error { return fmt.Errorf("%w (%s)", ErrUnsupported, runtime.GOOS) }

func dupCloexec(fd int) (int, error)             { return -1, unsupported() }
func dup2(oldfd, newfd int) error                { return unsupported() }
func fionread(fd int) (int, error)               { return 0, unsupported() }
func setPipeSize(fd, n int)                      {}
func readFd(fd uintptr, buf []byte) (int, error) { return 0, unsupported() }
func supported() error                           { return unsupported() }
