package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"strconv"
	"syscall"
	"time"

	"gokernel/kernel"
	"gokernel/kernel/engine/capture"
	"gokernel/kernel/wire"
)

// runKernel serves one kernel for Jupyter until it is asked to shut down.
func runKernel(args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("kernel", flag.ContinueOnError)
	fs.SetOutput(stderr)
	connFile := fs.String("connection-file", "", "Jupyter connection `file` (required)")
	logLevel := fs.String("log-level", "warn", "log `level`: debug, info, warn or error")
	logFile := fs.String("log", "", "write the kernel's logs to `file` instead of stderr")
	history := fs.String("history", "", "history `file` (default: in the Jupyter data dir; \"off\" keeps none)")
	if err := fs.Parse(args); err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	if *connFile == "" {
		return fmt.Errorf("%w: --connection-file is required", errUsage)
	}
	var level slog.Level
	if err := level.UnmarshalText([]byte(*logLevel)); err != nil {
		return fmt.Errorf("%w: --log-level: %v", errUsage, err)
	}
	info, err := wire.ReadConnectionFile(*connFile)
	if err != nil {
		return err
	}

	// Everything the process writes to fds 1 and 2 from now on is a cell's
	// output; the kernel's own logs go to the original stderr (or a file).
	capt, err := capture.Start(slog.New(slog.DiscardHandler))
	if err != nil {
		return fmt.Errorf("capturing output: %w", err)
	}
	defer capt.Close()
	logOut := io.Writer(capt.OrigStderr())
	if *logFile != "" {
		f, err := os.OpenFile(*logFile, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
		if err != nil {
			return fmt.Errorf("opening log: %w", err)
		}
		defer f.Close()
		logOut = f
	}
	log := slog.New(slog.NewTextHandler(logOut, &slog.HandlerOptions{Level: level}))

	eng := newEngine(log, capt)
	capt.SetSink(eng)
	hist := openHistoryLazily(*history, log)
	defer hist.Close()
	srv, err := kernel.New(kernel.Config{Conn: info, Engine: eng, Log: log, History: hist})
	if err != nil {
		return err
	}

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, syscall.SIGHUP)
	defer stop()
	ctx, orphaned := context.WithCancel(ctx)
	defer orphaned()
	go watchParent(ctx, orphaned, log)
	interrupts := make(chan os.Signal, 1)
	signal.Notify(interrupts, os.Interrupt)
	defer signal.Stop(interrupts)
	go func() {
		for {
			select {
			case <-interrupts:
				log.Info("SIGINT: interrupting the running cell")
				srv.Interrupt()
			case <-ctx.Done():
				return
			}
		}
	}()
	log.Info("kernel starting", "connection_file", *connFile, "transport", info.Transport)
	return srv.Run(ctx)
}

// watchParent ends the kernel (cancel) when the process that started it
// is gone, as ipykernel does: a crashed Jupyter server or editor must not
// leave kernels behind. The parent is $JPY_PARENT_PID when jupyter_client
// sets it, else the parent at start; polled every second until ctx ends.
func watchParent(ctx context.Context, cancel context.CancelFunc, log *slog.Logger) {
	parent := os.Getppid()
	if p, err := strconv.Atoi(os.Getenv("JPY_PARENT_PID")); err == nil && p > 1 {
		parent = p
	}
	if parent <= 1 {
		return // started by init (a daemon): nothing to watch
	}
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		if os.Getppid() != parent && !alive(parent) {
			log.Warn("the kernel's parent process is gone: shutting down", "parent", parent)
			cancel()
			return
		}
	}
}

// alive reports whether process pid exists.
func alive(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}
