//go:build ignore

package main

import (
	"container/heap"
	"fmt"
)

type Task struct {
	name     string
	priority int
	index    int
}

type PriorityQueue []*Task

func (pq PriorityQueue) Len() int { return len(pq) }

func (pq PriorityQueue) Less(i, j int) bool {
	return pq[i].priority > pq[j].priority
}

func (pq PriorityQueue) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}

func (pq *PriorityQueue) Push(x any) {
	t := x.(*Task)
	t.index = len(*pq)
	*pq = append(*pq, t)
}

func (pq *PriorityQueue) Pop() any {
	old := *pq
	n := len(old)
	t := old[n-1]
	old[n-1] = nil
	t.index = -1
	*pq = old[:n-1]
	return t
}

func (pq *PriorityQueue) update(t *Task, priority int) {
	t.priority = priority
	heap.Fix(pq, t.index)
}

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func main() {
	tasks := map[string]int{"write docs": 2, "fix bug": 5, "review PR": 3, "lunch": 1}
	pq := make(PriorityQueue, 0)
	heap.Init(&pq)
	byName := map[string]*Task{}
	for _, name := range []string{"write docs", "fix bug", "review PR", "lunch"} {
		t := &Task{name: name, priority: tasks[name]}
		byName[name] = t
		heap.Push(&pq, t)
	}
	pq.update(byName["lunch"], 10)
	heap.Push(&pq, &Task{name: "deploy", priority: 4})
	for pq.Len() > 0 {
		t := heap.Pop(&pq).(*Task)
		fmt.Printf("%02d:%s (index %d)\n", t.priority, t.name, t.index)
	}

	h := &IntHeap{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 3)
	fmt.Printf("minimum: %d, len %d\n", (*h)[0], h.Len())
	for h.Len() > 0 {
		fmt.Printf("%d ", heap.Pop(h))
	}
	fmt.Println()
}
