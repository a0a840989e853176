package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

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
	hist, closeHistory, err := openHistory(*history, log)
	if err != nil {
		log.Warn("history kept in memory only", "err", err)
	}
	defer closeHistory()
	srv, err := kernel.New(kernel.Config{Conn: info, Engine: eng, Log: log, History: hist})
	if err != nil {
		return err
	}

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, syscall.SIGHUP)
	defer stop()
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
