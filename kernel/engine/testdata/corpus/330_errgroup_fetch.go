//go:build ignore

package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"
)

type Page struct {
	URL   string
	Bytes int
}

var fakeWeb = map[string]string{
	"https://go.dev":          "The Go Programming Language",
	"https://go.dev/doc":      "Documentation",
	"https://pkg.go.dev":      "Go Packages",
	"https://go.dev/blog":     "The Go Blog: many articles",
	"https://example.invalid": "",
}

func fetch(ctx context.Context, url string) (Page, error) {
	select {
	case <-ctx.Done():
		return Page{}, ctx.Err()
	case <-time.After(time.Duration(len(url)) * time.Millisecond):
	}
	body, ok := fakeWeb[url]
	if !ok || body == "" {
		return Page{}, fmt.Errorf("fetch %s: no such host", url)
	}
	return Page{url, len(body)}, nil
}

func fetchAll(ctx context.Context, urls []string, limit int) ([]Page, error) {
	g, ctx := errgroup.WithContext(ctx)
	g.SetLimit(limit)
	pages := make([]Page, len(urls))
	for i, url := range urls {
		g.Go(func() error {
			p, err := fetch(ctx, url)
			if err != nil {
				return err
			}
			pages[i] = p
			return nil
		})
	}
	return pages, g.Wait()
}

func main() {
	urls := []string{"https://go.dev", "https://go.dev/doc", "https://pkg.go.dev", "https://go.dev/blog"}
	pages, err := fetchAll(context.Background(), urls, 2)
	fmt.Println("err:", err)
	for _, p := range pages {
		fmt.Printf("%-22s %3d bytes\n", p.URL, p.Bytes)
	}

	_, err = fetchAll(context.Background(), append(urls, "https://example.invalid"), 3)
	fmt.Println("err:", err)

	var mu sync.Mutex
	var seen []string
	var g errgroup.Group
	for _, w := range strings.Fields("alpha beta gamma delta") {
		g.Go(func() error {
			mu.Lock()
			defer mu.Unlock()
			seen = append(seen, strings.ToUpper(w))
			if w == "gamma" {
				return errors.New("gamma failed")
			}
			return nil
		})
	}
	fmt.Println(g.Wait())
	sort.Strings(seen)
	fmt.Println(seen)
}
