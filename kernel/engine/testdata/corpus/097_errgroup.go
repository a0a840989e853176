//go:build ignore

package main

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"golang.org/x/sync/errgroup"
)

func fetch(ctx context.Context, url string) (string, error) {
	if strings.Contains(url, "bad") {
		return "", fmt.Errorf("fetch %s: %w", url, errors.New("404"))
	}
	select {
	case <-ctx.Done():
		return "", ctx.Err()
	default:
	}
	return "body of " + url, nil
}

func main() {
	urls := []string{"a.example", "b.example", "c.example"}
	results := make([]string, len(urls))
	g, ctx := errgroup.WithContext(context.Background())
	for i, u := range urls {
		g.Go(func() error {
			body, err := fetch(ctx, u)
			if err != nil {
				return err
			}
			results[i] = body
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println(strings.Join(results, "; "))

	var g2 errgroup.Group
	for _, u := range []string{"ok.example", "bad.example"} {
		g2.Go(func() error {
			_, err := fetch(context.Background(), u)
			return err
		})
	}
	fmt.Println("error:", g2.Wait())

	var g3 errgroup.Group
	g3.SetLimit(2)
	sums := make([]int, 5)
	for i := range 5 {
		g3.Go(func() error {
			for j := 0; j <= i; j++ {
				sums[i] += j
			}
			return nil
		})
	}
	fmt.Println(g3.Wait(), sums)
	var g4 errgroup.Group
	g4.SetLimit(1)
	started := g4.TryGo(func() error { return nil })
	fmt.Println("TryGo started:", started)
	g4.Wait()
}
