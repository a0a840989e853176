//go:build ignore

package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

type Account struct {
	mu      sync.Mutex
	ID      int
	balance int
}

var ErrInsufficient = errors.New("insufficient funds")

type Bank struct {
	accounts map[int]*Account
	mu       sync.RWMutex
	ledger   []string
}

func NewBank(n, initial int) *Bank {
	b := &Bank{accounts: map[int]*Account{}}
	for i := 1; i <= n; i++ {
		b.accounts[i] = &Account{ID: i, balance: initial}
	}
	return b
}

func (b *Bank) Transfer(from, to, amount int) error {
	a1, a2 := b.accounts[from], b.accounts[to]
	first, second := a1, a2
	if a2.ID < a1.ID {
		first, second = a2, a1
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	if a1.balance < amount {
		return fmt.Errorf("transfer %d from %d to %d: %w", amount, from, to, ErrInsufficient)
	}
	a1.balance -= amount
	a2.balance += amount
	b.mu.Lock()
	b.ledger = append(b.ledger, fmt.Sprintf("%d->%d:%d", from, to, amount))
	b.mu.Unlock()
	return nil
}

func (b *Bank) Total() int {
	total := 0
	for _, a := range b.accounts {
		a.mu.Lock()
		total += a.balance
		a.mu.Unlock()
	}
	return total
}

func main() {
	bank := NewBank(5, 1000)
	var wg sync.WaitGroup
	var failed sync.Map
	for w := range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 200 {
				from := (w+i)%5 + 1
				to := (w*3+i*7)%5 + 1
				if from == to {
					continue
				}
				if err := bank.Transfer(from, to, (i%7+1)*10); errors.Is(err, ErrInsufficient) {
					failed.Store(fmt.Sprintf("%d-%d", w, i), true)
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println("total:", bank.Total())
	nFailed := 0
	failed.Range(func(k, v any) bool {
		nFailed++
		return true
	})
	fmt.Println("ledger+failed:", len(bank.ledger)+nFailed)

	ids := make([]int, 0)
	for id := range bank.accounts {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	sum := 0
	for _, id := range ids {
		sum += bank.accounts[id].balance
	}
	fmt.Println("sum:", sum, "accounts:", ids)
	err := bank.Transfer(1, 2, 1_000_000)
	fmt.Println(err)
}
