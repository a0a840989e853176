//go:build ignore

package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account struct {
	mu      sync.Mutex
	id      string
	balance int64
	log     []string
}

func (a *Account) Deposit(n int64) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += n
}

func (a *Account) Withdraw(n int64) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if n > a.balance {
		return fmt.Errorf("withdraw %d from %s (balance %d): %w", n, a.id, a.balance, ErrInsufficient)
	}
	a.balance -= n
	return nil
}

func (a *Account) Balance() int64 {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance
}

type Bank struct {
	mu       sync.Mutex
	accounts map[string]*Account
}

func (b *Bank) Open(id string, initial int64) *Account {
	b.mu.Lock()
	defer b.mu.Unlock()
	a := &Account{id: id, balance: initial}
	b.accounts[id] = a
	return a
}

// Transfer locks both accounts in a fixed order to avoid deadlock.
func (b *Bank) Transfer(from, to *Account, n int64) error {
	first, second := from, to
	if first.id > second.id {
		first, second = second, first
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	if from.balance < n {
		return ErrInsufficient
	}
	from.balance -= n
	to.balance += n
	return nil
}

func (b *Bank) Total() int64 {
	var t int64
	for _, a := range b.accounts {
		t += a.Balance()
	}
	return t
}

func main() {
	bank := &Bank{accounts: map[string]*Account{}}
	alice := bank.Open("alice", 1000)
	bob := bank.Open("bob", 500)
	var wg sync.WaitGroup
	for i := range 100 {
		wg.Add(2)
		go func() {
			defer wg.Done()
			alice.Deposit(10)
			_ = i
		}()
		go func() {
			defer wg.Done()
			alice.Withdraw(5)
		}()
	}
	wg.Wait()
	fmt.Println("alice:", alice.Balance())
	var failures int
	var mu sync.Mutex
	for i := range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var err error
			if i%2 == 0 {
				err = bank.Transfer(alice, bob, 30)
			} else {
				err = bank.Transfer(bob, alice, 20)
			}
			if err != nil {
				mu.Lock()
				failures++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("total conserved:", bank.Total() == 1500+500, "failures:", failures)
	fmt.Println("alice:", alice.Balance(), "bob:", bob.Balance())
	err := bob.Withdraw(1_000_000)
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrInsufficient))
	ids := make([]string, 0)
	for id := range bank.accounts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	fmt.Println(ids)
}
