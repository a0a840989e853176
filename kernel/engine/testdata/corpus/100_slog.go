//go:build ignore

package main

import (
	"context"
	"errors"
	"log/slog"
	"os"
	"time"
)

func main() {
	opts := &slog.HandlerOptions{
		Level: slog.LevelDebug,
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey && len(groups) == 0 {
				return slog.Attr{}
			}
			return a
		},
	}
	logger := slog.New(slog.NewTextHandler(os.Stdout, opts))
	logger.Info("hi there")
	logger.Info("hello again", "key", "val", "age", 25)
	logger.Debug("debugging", "n", 1.5, "ok", true)
	logger.Warn("careful", "err", errors.New("disk almost full"), "dur", 1500*time.Millisecond)
	logger.Error("quoted value", "msg", "has spaces", "empty", "")
	child := logger.With("request_id", "abc123").WithGroup("http")
	child.Info("request", "method", "GET", "status", 200)
	logger.Info("grouped", slog.Group("user", slog.String("name", "ada"), slog.Int("id", 7)))
	logger.LogAttrs(context.Background(), slog.LevelInfo, "attrs", slog.Bool("b", false), slog.Any("list", []int{1, 2}))

	jsonLogger := slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: opts.ReplaceAttr}))
	jsonLogger.Info("json output", "user", map[string]int{"b": 2, "a": 1}, "t", time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC))
	jsonLogger.Debug("not shown at info level")

	var lv slog.LevelVar
	lv.Set(slog.LevelWarn)
	quiet := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{Level: &lv, ReplaceAttr: opts.ReplaceAttr}))
	quiet.Info("hidden")
	quiet.Warn("shown")
	lv.Set(slog.LevelInfo)
	quiet.Info("now shown")
	slog.SetDefault(logger)
	slog.Info("via default", "x", 1)
	slog.SetDefault(slog.New(slog.NewTextHandler(os.Stderr, nil)))
}
