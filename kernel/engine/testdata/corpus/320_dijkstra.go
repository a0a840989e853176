//go:build ignore

package main

import (
	"container/heap"
	"fmt"
	"math"
	"slices"
	"strings"
)

type Edge struct {
	To     string
	Weight float64
}

type Graph struct {
	adj map[string][]Edge
}

func NewGraph() *Graph { return &Graph{adj: make(map[string][]Edge)} }

func (g *Graph) AddEdge(from, to string, w float64) {
	g.adj[from] = append(g.adj[from], Edge{to, w})
	g.adj[to] = append(g.adj[to], Edge{from, w})
}

type item struct {
	node string
	dist float64
}

type minQueue []item

func (q minQueue) Len() int           { return len(q) }
func (q minQueue) Less(i, j int) bool { return q[i].dist < q[j].dist }
func (q minQueue) Swap(i, j int)      { q[i], q[j] = q[j], q[i] }
func (q *minQueue) Push(x any)        { *q = append(*q, x.(item)) }
func (q *minQueue) Pop() (x any)      { x, *q = (*q)[len(*q)-1], (*q)[:len(*q)-1]; return }

func (g *Graph) ShortestPath(src, dst string) ([]string, float64) {
	dist := map[string]float64{src: 0}
	prev := map[string]string{}
	q := &minQueue{{src, 0}}
	for q.Len() > 0 {
		cur := heap.Pop(q).(item)
		if cur.dist > dist[cur.node] {
			continue
		}
		if cur.node == dst {
			break
		}
		for _, e := range g.adj[cur.node] {
			nd := cur.dist + e.Weight
			if d, ok := dist[e.To]; !ok || nd < d {
				dist[e.To] = nd
				prev[e.To] = cur.node
				heap.Push(q, item{e.To, nd})
			}
		}
	}
	d, ok := dist[dst]
	if !ok {
		return nil, math.Inf(1)
	}
	path := []string{dst}
	for n := dst; n != src; {
		n = prev[n]
		path = append(path, n)
	}
	slices.Reverse(path)
	return path, d
}

func main() {
	g := NewGraph()
	routes := `A B 7
A C 9
A F 14
B C 10
B D 15
C D 11
C F 2
D E 6
E F 9
X Y 1`
	for _, line := range strings.Split(routes, "\n") {
		var a, b string
		var w float64
		fmt.Sscan(line, &a, &b, &w)
		g.AddEdge(a, b, w)
	}
	for _, q := range [][2]string{{"A", "E"}, {"A", "D"}, {"F", "B"}, {"A", "A"}, {"A", "X"}} {
		path, d := g.ShortestPath(q[0], q[1])
		fmt.Printf("%s -> %s: %v via %s\n", q[0], q[1], d, strings.Join(path, "→"))
	}
}
