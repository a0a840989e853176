package capture

import (
	"syscall"
	"unsafe"
)

// dup2 makes newfd refer to what oldfd refers to, without close-on-exec.
// Linux on arm64 and riscv64 has no dup2 system call; dup3 is everywhere.
func dup2(oldfd, newfd int) error {
	for {
		err := syscall.Dup3(oldfd, newfd, 0)
		if err != syscall.EINTR {
			return err
		}
	}
}

// fionread returns the number of bytes waiting in the pipe fd.
// TIOCINQ is FIONREAD on Linux, with the right value on every architecture.
func fionread(fd int) (int, error) {
	var n int32
	_, _, errno := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), syscall.TIOCINQ, uintptr(unsafe.Pointer(&n)))
	if errno != 0 {
		return 0, errno
	}
	return int(n), nil
}

// setPipeSize asks for a pipe capacity of n bytes (F_SETPIPE_SZ). An
// unprivileged process may get less than it asks for, or nothing beyond
// the default; the error is ignored.
func setPipeSize(fd, n int) {
	syscall.Syscall(syscall.SYS_FCNTL, uintptr(fd), syscall.F_SETPIPE_SZ, uintptr(n))
}
