//go:build ignore

package main

import (
	"errors"
	"fmt"
	"slices"
	"sync"
)

type Fetcher interface {
	Fetch(url string) (body string, urls []string, err error)
}

type fakeResult struct {
	body string
	urls []string
}

type fakeFetcher map[string]*fakeResult

var ErrNotFound = errors.New("not found")

func (f fakeFetcher) Fetch(url string) (string, []string, error) {
	if res, ok := f[url]; ok {
		return res.body, res.urls, nil
	}
	return "", nil, fmt.Errorf("%q: %w", url, ErrNotFound)
}

var fetcher = fakeFetcher{
	"https://golang.org/": &fakeResult{
		"The Go Programming Language",
		[]string{"https://golang.org/pkg/", "https://golang.org/cmd/"},
	},
	"https://golang.org/pkg/": &fakeResult{
		"Packages",
		[]string{"https://golang.org/", "https://golang.org/cmd/", "https://golang.org/pkg/fmt/", "https://golang.org/pkg/os/"},
	},
	"https://golang.org/pkg/fmt/": &fakeResult{
		"Package fmt",
		[]string{"https://golang.org/", "https://golang.org/pkg/"},
	},
	"https://golang.org/pkg/os/": &fakeResult{
		"Package os",
		[]string{"https://golang.org/", "https://golang.org/pkg/"},
	},
}

type SafeSet struct {
	mu   sync.Mutex
	seen map[string]bool
	log  []string
}

func (s *SafeSet) Visit(url string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.seen[url] {
		return false
	}
	s.seen[url] = true
	return true
}

func (s *SafeSet) Record(line string) {
	s.mu.Lock()
	s.log = append(s.log, line)
	s.mu.Unlock()
}

func Crawl(url string, depth int, f Fetcher, set *SafeSet, wg *sync.WaitGroup) {
	defer wg.Done()
	if depth <= 0 || !set.Visit(url) {
		return
	}
	body, urls, err := f.Fetch(url)
	if err != nil {
		set.Record(fmt.Sprintf("error: %v (notfound=%t)", err, errors.Is(err, ErrNotFound)))
		return
	}
	set.Record(fmt.Sprintf("found: %s %q", url, body))
	for _, u := range urls {
		wg.Add(1)
		go Crawl(u, depth-1, f, set, wg)
	}
}

func main() {
	set := &SafeSet{seen: map[string]bool{}}
	var wg sync.WaitGroup
	wg.Add(1)
	go Crawl("https://golang.org/", 4, fetcher, set, &wg)
	wg.Wait()
	slices.Sort(set.log)
	for _, l := range set.log {
		fmt.Println(l)
	}
	var wg2 sync.WaitGroup
	results := make([]int, 5)
	for i := range 5 {
		wg2.Go(func() { results[i] = i * i })
	}
	wg2.Wait()
	fmt.Println(results)
}
