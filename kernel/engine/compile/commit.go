package compile

import (
	"go/ast"
	"go/types"
	"strings"
)

// assemble makes the plan of the steps written, with what the session
// knows once each step ran.
func (t *translation) assemble() *Plan {
	c, sess, u, ck, plan, imports := t.c, t.c.sess, t.u, t.ck, t.plan, t.imports
	decls, emitCell, reemit, vars := t.cellDecls, t.emitCell, t.reemit, t.vars
	importB, typesB, varsB, funcsB, accB, cellB := t.importB, t.typesB, t.varsB, t.funcsB, t.accB, t.cellB
	t.writeSettles()
	if t.settleB.len() > 0 {
		t.settleB.appendB(varsB)
		varsB = t.settleB
	}
	// Commits: what the session knows once each step ran.
	commitImports := func() {
		for key, a := range t.newAliases {
			p, _, _ := strings.Cut(key, shadowKey)
			c.aliases[key] = a
			c.bound[a] = p
		}
		for n, p := range imports {
			sess.Imports[n] = p
			// An import replaces an earlier cell's variable of its name
			// (strings := …, then import "strings"), unless a declaration
			// still uses the variable.
			if d := sess.Decls[n]; d != nil && d.Kind == KindVar && len(sess.Dependents([]string{n})) == 0 {
				delete(sess.Decls, n)
				delete(sess.order, n)
			}
		}
	}
	commitDecls := func() {
		for key, v := range t.lateVars {
			c.lateVars[key] = v
		}
		for name, v := range t.locatedHere {
			c.located[name] = v
		}
		for _, d := range decls {
			if old := sess.Decls[d.key]; !emitCell[d] && old != nil && d.kind != KindConst {
				c.relocate(old, u.cell.Name, d.node)
				continue
			}
			switch d.kind {
			case KindConst:
				for _, spec := range d.node.(*ast.GenDecl).Specs {
					for _, id := range spec.(*ast.ValueSpec).Names {
						if id.Name == "_" {
							continue
						}
						obj, _ := ck.pkg.Scope().Lookup(id.Name).(*types.Const)
						if obj == nil {
							continue
						}
						t.putConst(obj, u.cell, id.Pos())
					}
				}
			case KindType, KindFunc, KindMethod:
				if d.key == "" {
					continue
				}
				nd := &Decl{Key: d.key, Kind: d.kind, Cell: u.cell.Name, Node: d.node, Src: d.src,
					Names: keysOf(d.node), Deps: t.declDeps(d.node), cell: u.cell,
					Pos: c.fset.Position(d.node.Pos()), Doc: docOf(d.node)}
				if d.kind == KindMethod {
					nd.Names = nil
				}
				if d.kind == KindType {
					nd.Gen = t.gens[d.key]
					nd.StructID = t.structIDs[d.key]
				}
				if d.kind == KindFunc {
					if obj := ck.pkg.Scope().Lookup(d.key); obj != nil {
						nd.Type = t.typeStr(obj.Type())
					}
				}
				sess.put(nd)
			}
		}
		for k := range reemit {
			d := sess.Decls[k]
			if d == nil {
				continue
			}
			if d.Kind == KindType {
				d.Gen = t.gens[k]
				d.StructID = t.structIDs[k]
			}
			if d.Kind == KindFunc || d.Kind == KindMethod || d.Kind == KindType {
				d.Deps = t.declDeps(d.Node)
			}
		}
	}
	commitVars := func() {
		for _, v := range vars {
			d := &Decl{Key: v.name, Kind: KindVar, Cell: u.cell.Name, Type: v.typ, Names: []string{v.name},
				Deps: typeDeps(v.obj.Type(), ck.pkg), Node: t.varNode(v.name, v.sessTyp),
				Src: "var " + v.name + " " + v.sessTyp, Pos: c.fset.Position(v.obj.Pos())}
			if old := sess.Decls[v.name]; old != nil && !v.declare {
				d.Cell, d.Pos = old.Cell, old.Pos
			}
			sess.put(d)
		}
	}

	if importB.len() > 0 {
		plan.Steps = append(plan.Steps, importB.step("imports"))
	}
	typesB.appendB(t.lateTypesB)
	if typesB.len() > 0 {
		plan.Steps = append(plan.Steps, typesB.step("types"))
	}
	if varsB.len() > 0 {
		plan.Steps = append(plan.Steps, varsB.step("vars"))
	}
	if funcsB.len() > 0 {
		plan.Steps = append(plan.Steps, funcsB.step("funcs"))
	}
	if accB.len() > 0 {
		plan.Steps = append(plan.Steps, accB.step("accessors"))
	}
	// Migrated variables keep their interface values' old versions too.
	plan.Upgrade = t.upgradeSteps(func(name string) bool { v := t.varByName[name]; return v != nil && !v.migrate })
	if cellB.len() > 0 {
		plan.Run = cellB.step("cell")
	}
	plan.Std = c.stdList()
	plan.commitImports = func() {
		commitImports()
		commitImports = func() {}
	}
	stale, forget, keep := t.closureChanges()
	plan.Reeval, plan.keepClosures = stale, keep
	plan.commit = func() {
		forget()
		for k, a := range t.newAsserters {
			if c.asserters == nil {
				c.asserters = map[string]*lateAsserter{}
			}
			c.asserters[k] = a
		}
		for k, n := range t.newInstances {
			c.instances[k] = n
		}
		for _, in := range t.typeInsts {
			c.typeInsts[argsKey(in)] = in.name
			c.typeInstArgs[argsKey(in)] = in.args
		}
		commitImports()
		commitVars()
		commitDecls()
	}
	return plan
}
