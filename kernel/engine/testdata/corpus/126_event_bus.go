//go:build ignore

package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Event struct {
	Topic   string
	Payload string
}

type Bus struct {
	mu   sync.RWMutex
	subs map[string][]chan Event
	wg   sync.WaitGroup
}

func NewBus() *Bus { return &Bus{subs: map[string][]chan Event{}} }

func (b *Bus) Subscribe(topic string, name string, log *Log) {
	ch := make(chan Event, 8)
	b.mu.Lock()
	b.subs[topic] = append(b.subs[topic], ch)
	b.mu.Unlock()
	b.wg.Add(1)
	go func() {
		defer b.wg.Done()
		for e := range ch {
			log.Add(fmt.Sprintf("%s got %s:%s", name, e.Topic, e.Payload))
		}
	}()
}

func (b *Bus) Publish(e Event) int {
	b.mu.RLock()
	defer b.mu.RUnlock()
	for _, ch := range b.subs[e.Topic] {
		ch <- e
	}
	return len(b.subs[e.Topic])
}

func (b *Bus) Close() {
	b.mu.Lock()
	for _, chans := range b.subs {
		for _, ch := range chans {
			close(ch)
		}
	}
	b.subs = nil
	b.mu.Unlock()
	b.wg.Wait()
}

type Log struct {
	mu    sync.Mutex
	lines []string
}

func (l *Log) Add(s string) {
	l.mu.Lock()
	l.lines = append(l.lines, s)
	l.mu.Unlock()
}

func main() {
	bus := NewBus()
	log := &Log{}
	bus.Subscribe("orders", "billing", log)
	bus.Subscribe("orders", "shipping", log)
	bus.Subscribe("users", "crm", log)
	for _, e := range []Event{{"orders", "#1"}, {"users", "ada"}, {"orders", "#2"}, {"metrics", "cpu"}} {
		n := bus.Publish(e)
		fmt.Printf("published %s:%s to %d subscribers\n", e.Topic, e.Payload, n)
	}
	bus.Close()
	sort.Strings(log.lines)
	fmt.Println(strings.Join(log.lines, "\n"))
}
