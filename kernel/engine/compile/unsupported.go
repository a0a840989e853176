package compile

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strings"
)

// unsupported reports the declarations of the cell the interpreter cannot
// run, saying what to write instead, before they reach it: a recursive
// slice or map type (type Tree map[string]Tree) makes it fail or overflow
// its stack; it cannot declare a generic type inside a function, nor embed
// files; a recursive function type runs as an alias of any (see
// recursiveFunc), which cannot be generic nor have methods.
func (c *Compiler) unsupported(u *unit, ck *checked) ErrorList {
	if ck.cell == nil {
		return nil
	}
	var errs ErrorList
	if f := u.cell.File; f != nil {
		for _, cg := range f.Comments {
			for _, cm := range cg.List {
				if strings.HasPrefix(cm.Text, "//go:embed") {
					errs = append(errs, &CheckError{Pos: c.fset.Position(cm.Pos()),
						Msg: "//go:embed is not supported in a notebook (there is no package directory to embed from); " +
							"read the file when the cell runs: os.ReadFile, or os.DirFS for an fs.FS"})
				}
			}
		}
	}
	errs = append(errs, c.gcOnlyUses(ck)...)
	errs = append(errs, c.selfConsts(ck)...)
	errs = append(errs, c.stdIfaceKeyMaps(u, ck)...)
	errs = append(errs, c.recursiveLocalArgs(ck)...)
	ast.Inspect(ck.cell, func(n ast.Node) bool {
		ts, ok := n.(*ast.TypeSpec)
		if !ok {
			return true
		}
		if tn, ok := ck.info.Defs[ts.Name].(*types.TypeName); ok && ts.TypeParams != nil && tn.Parent() != ck.pkg.Scope() {
			errs = append(errs, &CheckError{Pos: c.fset.Position(ts.Pos()),
				Msg: fmt.Sprintf("generic type %s declared inside a function is not supported by the interpreter; "+
					"declare it at the package level", ts.Name.Name)})
			return true
		}
		tn, ok := ck.info.Defs[ts.Name].(*types.TypeName)
		if !ok {
			return true
		}
		if u, _ := types.Universe.Lookup(ts.Name.Name).(*types.TypeName); u != nil && tn.Parent() != ck.pkg.Scope() && !ts.Assign.IsValid() {
			errs = append(errs, &CheckError{Pos: c.fset.Position(ts.Pos()),
				Msg: fmt.Sprintf("a type named %s declared inside a function is not supported by the interpreter "+
					"(it takes the name for Go's %s); choose another name (type My%s …)",
					ts.Name.Name, ts.Name.Name, strings.ToUpper(ts.Name.Name[:1])+ts.Name.Name[1:])})
			return true
		}
		named, ok := tn.Type().(*types.Named)
		if !ok {
			return true
		}
		if inst := selfInstance(named.Underlying(), named, ck.pkg, map[types.Type]bool{}); inst != nil && ts.TypeParams == nil {
			is := types.TypeString(inst, types.RelativeTo(ck.pkg))
			errs = append(errs, &CheckError{Pos: c.fset.Position(ts.Pos()),
				Msg: fmt.Sprintf("type %s refers to %s, an instance of a generic type that holds %s itself, "+
					"which the interpreter cannot lay out; make the type argument a pointer (%s) or use a type of its own "+
					"(type %sNode struct{ … })",
					ts.Name.Name, is, ts.Name.Name, strings.Replace(is, "["+ts.Name.Name, "[*"+ts.Name.Name, 1), ts.Name.Name)})
			return true
		}
		if inst := selfAndInstance(named, ck.pkg); inst != nil && ts.TypeParams == nil {
			is := types.TypeString(inst, types.RelativeTo(ck.pkg))
			errs = append(errs, &CheckError{Pos: c.fset.Position(ts.Pos()),
				Msg: fmt.Sprintf("type %s refers to itself and to %s, an instance of a generic type that refers to itself "+
					"with %s in its type arguments, which the interpreter cannot lay out; use a type of its own for the "+
					"instance (type %sNode struct{ …; next *%sNode })",
					ts.Name.Name, is, ts.Name.Name, ts.Name.Name, ts.Name.Name)})
			return true
		}
		if a, b := twinInstances(named.Underlying(), named, ck.pkg); a != nil && ts.TypeParams == nil {
			q := types.RelativeTo(ck.pkg)
			errs = append(errs, &CheckError{Pos: c.fset.Position(ts.Pos()),
				Msg: fmt.Sprintf("type %s refers to both %s and %s, instances of generic types with %s in their type "+
					"arguments, which the interpreter cannot lay out; keep one of them (or use a type of its own for the other)",
					ts.Name.Name, types.TypeString(a, q), types.TypeString(b, q), ts.Name.Name)})
			return true
		}
		switch u := named.Underlying().(type) {
		case *types.Slice, *types.Map, *types.Array, *types.Chan, *types.Pointer:
			if mentions(u, named, map[types.Type]bool{}) {
				errs = append(errs, &CheckError{Pos: c.fset.Position(ts.Pos()),
					Msg: fmt.Sprintf("recursive type %s (%s) is not supported by the interpreter; "+
						"put it in a struct (type %s struct{ Items %s })",
						ts.Name.Name, types.TypeString(u, types.RelativeTo(ck.pkg)), ts.Name.Name,
						types.TypeString(u, types.RelativeTo(ck.pkg)))})
			}
		}
		switch u := named.Underlying().(type) {
		case *types.Slice, *types.Map, *types.Array, *types.Chan, *types.Pointer, *types.Signature:
			if via := mentionsThrough(u, named, ck.pkg, map[types.Type]bool{}); via != nil && !mentions(u, named, map[types.Type]bool{}) {
				errs = append(errs, &CheckError{Pos: c.fset.Position(ts.Pos()),
					Msg: fmt.Sprintf("mutually recursive types %s and %s are not supported by the interpreter; "+
						"put one of them in a struct (type %s struct{ V %s })",
						ts.Name.Name, via.Obj().Name(), via.Obj().Name(),
						types.TypeString(via.Underlying(), types.RelativeTo(ck.pkg)))})
			}
		}
		if sig, ok := named.Underlying().(*types.Signature); ok && mentions(sig, named, map[types.Type]bool{}) && ts.TypeParams != nil {
			errs = append(errs, &CheckError{Pos: c.fset.Position(ts.Pos()),
				Msg: fmt.Sprintf("generic recursive function type %s is not supported by the interpreter; "+
					"wrap the function in a struct (type %s[…] struct{ fn func(…) %s[…] }) or use an interface with one method",
					ts.Name.Name, ts.Name.Name, ts.Name.Name)})
		}
		return true
	})
	errs = append(errs, c.recursiveFuncConstraints(ck)...)
	errs = append(errs, c.recursiveFuncMethods(u, ck)...)
	return errs
}

// recursiveLocalArgs reports the instances of the cells' generics with a
// type argument declared in a function that refers to itself (type node
// struct{ next *node }): instances are written at the package level,
// where the other local types are spelled as their underlying types (see
// typePrinter.spellLocal), which such a type cannot be.
func (c *Compiler) recursiveLocalArgs(ck *checked) ErrorList {
	var errs ErrorList
	for id, inst := range ck.info.Instances {
		if obj := ck.info.Uses[id]; obj == nil || obj.Pkg() != ck.pkg {
			continue
		}
		for i := 0; i < inst.TypeArgs.Len(); i++ {
			n := recursiveLocal(inst.TypeArgs.At(i), ck.pkg)
			if n == nil {
				continue
			}
			name := n.Obj().Name()
			errs = append(errs, &CheckError{Pos: c.fset.Position(id.Pos()),
				Msg: fmt.Sprintf("%s, a type declared inside a function that refers to itself, cannot be a type argument "+
					"of %s in a notebook; declare %s at the package level", name, id.Name, name)})
			break
		}
	}
	sort.Slice(errs, func(i, j int) bool { return errs[i].Pos.Offset < errs[j].Pos.Offset })
	return errs
}

// recursiveLocal returns the type declared in a function that refers to
// itself that t is or is made of (pointers, slices, arrays, maps,
// channels), or nil.
func recursiveLocal(t types.Type, pkg *types.Package) *types.Named {
	switch t := types.Unalias(t).(type) {
	case *types.Named:
		if _, ok := localTypeName(t.Obj(), pkg); ok && mentions(t.Underlying(), t, map[types.Type]bool{}) {
			return t
		}
	case *types.Pointer:
		return recursiveLocal(t.Elem(), pkg)
	case *types.Slice:
		return recursiveLocal(t.Elem(), pkg)
	case *types.Array:
		return recursiveLocal(t.Elem(), pkg)
	case *types.Chan:
		return recursiveLocal(t.Elem(), pkg)
	case *types.Map:
		if n := recursiveLocal(t.Key(), pkg); n != nil {
			return n
		}
		return recursiveLocal(t.Elem(), pkg)
	}
	return nil
}

// stdIfaceKeyMaps reports the generic functions of the standard library
// instantiated with a map keyed by an interface of the session, which the
// interpreter has keyed by any (see ifacekeys.go): maps.Keys(visited)
// would give keys of the wrong type.
func (c *Compiler) stdIfaceKeyMaps(u *unit, ck *checked) ErrorList {
	var errs ErrorList
	for id, inst := range ck.info.Instances {
		obj := ck.info.Uses[id]
		if obj == nil || obj.Pkg() == nil || obj.Pkg() == ck.pkg || c.fset.Position(id.Pos()).Filename != u.cell.Name {
			continue
		}
		for i := 0; i < inst.TypeArgs.Len(); i++ {
			m, ok := inst.TypeArgs.At(i).Underlying().(*types.Map)
			if !ok || !sessionIface(m.Key(), ck.pkg) {
				continue
			}
			errs = append(errs, &CheckError{Pos: c.fset.Position(id.Pos()),
				Msg: fmt.Sprintf("%s.%s of a map keyed by the interface %s is not supported by the interpreter; "+
					"range over the map instead (for k, v := range m)", obj.Pkg().Name(), obj.Name(),
					types.TypeString(m.Key(), types.RelativeTo(ck.pkg)))})
			break
		}
	}
	sort.Slice(errs, func(i, j int) bool { return errs[i].Pos.Offset < errs[j].Pos.Offset })
	return errs
}

// mentions reports whether t refers to target, without looking into other
// named types.
func mentions(t types.Type, target *types.Named, seen map[types.Type]bool) bool {
	return anyNamed(t, func(n *types.Named) bool {
		return n == target || n.Origin() == target.Origin() // State[T] in State's own declaration
	}, seen)
}

// anyNamed reports whether a named type t is made of (itself, its
// fields, elements, keys, parameters and results, not looking into other
// named types) satisfies found.
func anyNamed(t types.Type, found func(*types.Named) bool, seen map[types.Type]bool) bool {
	if seen[t] {
		return false
	}
	seen[t] = true
	switch t := types.Unalias(t).(type) {
	case *types.Named:
		return found(t)
	case *types.Struct:
		for i := 0; i < t.NumFields(); i++ {
			if anyNamed(t.Field(i).Type(), found, seen) {
				return true
			}
		}
		return false
	}
	return componentsAny(t, func(e types.Type) bool { return anyNamed(e, found, seen) })
}

// mentionsThrough returns the named type of pkg, not a struct or an
// interface, through whose underlying type t refers to target (type A
// []B; type B []A), or nil.
func mentionsThrough(t types.Type, target *types.Named, pkg *types.Package, seen map[types.Type]bool) *types.Named {
	var via *types.Named
	var walk func(t types.Type, first *types.Named) bool
	walk = func(t types.Type, first *types.Named) bool {
		if seen[t] {
			return false
		}
		seen[t] = true
		n, ok := types.Unalias(t).(*types.Named)
		if !ok {
			return componentsAny(t, func(e types.Type) bool { return walk(e, first) })
		}
		if n == target || n.Origin() == target.Origin() {
			via = first
			return first != nil
		}
		if n.Obj().Pkg() != pkg || n.TypeArgs().Len() > 0 {
			return false
		}
		switch n.Underlying().(type) {
		case *types.Struct, *types.Interface, *types.Basic:
			return false
		}
		if first == nil {
			first = n
		}
		return walk(n.Underlying(), first)
	}
	if !componentsAny(t, func(e types.Type) bool { return walk(e, nil) }) {
		return nil
	}
	return via
}

// componentsAny reports whether one of the types t is made of directly
// (elements, keys, parameters and results) satisfies f.
func componentsAny(t types.Type, f func(types.Type) bool) bool {
	switch t := types.Unalias(t).(type) {
	case *types.Pointer:
		return f(t.Elem())
	case *types.Slice:
		return f(t.Elem())
	case *types.Array:
		return f(t.Elem())
	case *types.Chan:
		return f(t.Elem())
	case *types.Map:
		return f(t.Key()) || f(t.Elem())
	case *types.Signature:
		return componentsAny(t.Params(), f) || componentsAny(t.Results(), f)
	case *types.Tuple:
		for i := 0; i < t.Len(); i++ {
			if f(t.At(i).Type()) {
				return true
			}
		}
	}
	return false
}

// selfConsts reports the constants a cell declares at its top level with
// a value that reads their own name (const W = W * 3, W of an earlier
// cell): a package's constant cannot refer to itself, and the
// interpreter would get it without a value.
func (c *Compiler) selfConsts(ck *checked) ErrorList {
	var errs ErrorList
	for _, d := range ck.cell.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.CONST {
			continue
		}
		for _, sp := range gd.Specs {
			vs := sp.(*ast.ValueSpec)
			names := map[string]bool{}
			for _, n := range vs.Names {
				names[n.Name] = true
			}
			for _, v := range vs.Values {
				ast.Inspect(v, func(n ast.Node) bool {
					switch n := n.(type) {
					case *ast.SelectorExpr:
						return false // (math.W is not W)
					case *ast.Ident:
						if names[n.Name] {
							errs = append(errs, &CheckError{Pos: c.fset.Position(n.Pos()),
								Msg: fmt.Sprintf("constant %s is defined by its own value, which Go does not allow at a "+
									"package's level: give the new constant another name (const %s2 = …), or make %s a variable",
									n.Name, n.Name, n.Name)})
							delete(names, n.Name)
						}
					}
					return true
				})
			}
		}
	}
	return errs
}
