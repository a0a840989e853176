//go:build linux || darwin

package capture

import "syscall"

// dupCloexec duplicates fd with close-on-exec set, so that child processes
// do not inherit the duplicate. Holding syscall.ForkLock keeps a concurrent
// fork from seeing the descriptor before the flag is set.
func dupCloexec(fd int) (int, error) {
	syscall.ForkLock.RLock()
	defer syscall.ForkLock.RUnlock()
	nfd, err := syscall.Dup(fd)
	if err != nil {
		return -1, err
	}
	syscall.CloseOnExec(nfd)
	return nfd, nil
}

// readFd is read(2) on fd.
func readFd(fd uintptr, buf []byte) (int, error) { return syscall.Read(int(fd), buf) }

// supported reports whether capturing works here: it does.
func supported() error { return nil }
