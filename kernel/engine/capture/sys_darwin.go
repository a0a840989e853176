package capture

import (
	"syscall"
	"unsafe"
)

// fionreadReq is FIONREAD from <sys/filio.h>: _IOR('f', 127, int).
// The syscall package does not define it for darwin.
const fionreadReq = 0x4004667f

// dup2 makes newfd refer to what oldfd refers to, without close-on-exec.
func dup2(oldfd, newfd int) error {
	for {
		err := syscall.Dup2(oldfd, newfd)
		if err != syscall.EINTR {
			return err
		}
	}
}

// fionread returns the number of bytes waiting in the pipe fd.
func fionread(fd int) (int, error) {
	var n int32
	_, _, errno := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), fionreadReq, uintptr(unsafe.Pointer(&n)))
	if errno != 0 {
		return 0, errno
	}
	return int(n), nil
}

// setPipeSize does nothing: macOS grows pipe buffers on its own.
func setPipeSize(fd, n int) {}
