//! The core's layout stays readable: no two source files import each other, directly or round
//! a circle, and no area folder reaches into another that reaches back. A parent module that
//! declares or re-exports its children is not an import; a path through a re-export counts as
//! a use of the file that defines the item.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

type Module = Vec<String>;

struct Source {
    /// The file's own module; for `mod.rs` and `lib.rs` that is the folder's module.
    module: Module,
    is_parent: bool,
    code: String,
}

fn collect(dir: &Path, prefix: &[String], out: &mut BTreeMap<Module, Source>) {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    entries.sort();
    for path in entries {
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        if path.is_dir() {
            let mut inner = prefix.to_vec();
            inner.push(name);
            collect(&path, &inner, out);
        } else if path.extension().is_some_and(|x| x == "rs") {
            let is_parent = name == "mod" || name == "lib";
            let mut module = prefix.to_vec();
            if !is_parent {
                module.push(name);
            }
            let code = production_code(&fs::read_to_string(&path).unwrap());
            out.insert(
                module.clone(),
                Source {
                    module,
                    is_parent,
                    code,
                },
            );
        }
    }
}

/// The file without comments and without its test module (tests may reach anywhere).
fn production_code(text: &str) -> String {
    let end = text
        .find("#[cfg(test)]")
        .or_else(|| text.find("#[cfg(all(test"))
        .unwrap_or(text.len());
    text[..end]
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// `a::{b, c::{d, e as f}}` → ["a::b", "a::c::d", "a::c::e"].
fn expand(tree: &str) -> Vec<String> {
    let tree = tree.trim();
    let Some(open) = tree.find('{') else {
        let plain = tree.split(" as ").next().unwrap().trim();
        return vec![plain.trim_end_matches("::self").to_owned()];
    };
    let head = tree[..open].trim_end_matches("::").to_owned();
    let body = &tree[open + 1..tree.rfind('}').unwrap()];
    let (mut parts, mut depth, mut start) = (Vec::new(), 0, 0);
    for (i, ch) in body.char_indices() {
        match ch {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&body[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&body[start..]);
    parts
        .into_iter()
        .filter(|p| !p.trim().is_empty())
        .flat_map(expand)
        .map(|p| {
            if p == "self" {
                head.clone()
            } else {
                format!("{head}::{p}")
            }
        })
        .collect()
}

/// Every path the file's `use` lines name, and every `crate::…` / `super::…` path in its code.
fn paths(code: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find("use ") {
        let before_ok = at == 0 || !rest.as_bytes()[at - 1].is_ascii_alphanumeric() && rest.as_bytes()[at - 1] != b'_';
        let tail = &rest[at + 4..];
        let end = tail.find(';').unwrap_or(tail.len());
        if before_ok {
            found.extend(expand(&tail[..end]));
        }
        rest = &tail[end.min(tail.len())..];
    }
    for anchor in ["crate::", "super::"] {
        for (at, _) in code.match_indices(anchor) {
            let path: String = code[at..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                .collect();
            found.push(path.trim_end_matches(':').to_owned());
        }
    }
    found
}

struct Tree {
    sources: BTreeMap<Module, Source>,
}

impl Tree {
    /// The file that defines what `path` names, seen from `from`; `None` for other crates.
    fn resolve(&self, from: &Source, path: &str, depth: u32) -> Option<Module> {
        let mut segs: Vec<&str> = path.split("::").filter(|s| !s.is_empty()).collect();
        let mut base: Module = match segs.first().copied() {
            Some("crate") => Vec::new(),
            Some("self") => from.module.clone(),
            Some("super") => {
                let mut m = from.module.clone();
                while segs.first() == Some(&"super") {
                    m.pop();
                    segs.remove(0);
                }
                segs.insert(0, "self");
                m
            }
            Some(first) => {
                // A relative path starts at a child of the current module.
                let mut child = from.module.clone();
                child.push(first.to_owned());
                if !from.is_parent || !self.sources.contains_key(&child) {
                    return None;
                }
                from.module.clone()
            }
            None => return None,
        };
        if matches!(segs.first(), Some(&"crate") | Some(&"self")) {
            segs.remove(0);
        }
        let mut i = 0;
        while i < segs.len() {
            let mut next = base.clone();
            next.push(segs[i].to_owned());
            if !self.sources.contains_key(&next) {
                break;
            }
            base = next;
            i += 1;
        }
        let file = &self.sources[&base];
        if i < segs.len() && file.is_parent && depth < 8 {
            if let Some(target) = self.reexport(file, segs[i], depth) {
                return Some(target);
            }
        }
        Some(base)
    }

    /// Where a `mod.rs` or `lib.rs` takes `item` from when it re-exports it.
    fn reexport(&self, file: &Source, item: &str, depth: u32) -> Option<Module> {
        paths(&file.code)
            .into_iter()
            .find(|p| p.rsplit("::").next() == Some(item) && p.contains("::"))
            .and_then(|p| self.resolve(file, &p, depth + 1))
    }

    fn edges(&self) -> BTreeMap<Module, BTreeSet<Module>> {
        let mut edges: BTreeMap<Module, BTreeSet<Module>> = BTreeMap::new();
        for src in self.sources.values() {
            let targets = edges.entry(src.module.clone()).or_default();
            for path in paths(&src.code) {
                let Some(target) = self.resolve(src, &path, 0) else {
                    continue;
                };
                let declares_child = src.is_parent && target.starts_with(&src.module);
                if target != src.module && !declares_child {
                    targets.insert(target);
                }
            }
        }
        edges
    }
}

fn find_cycle<N: Ord + Clone>(edges: &BTreeMap<N, BTreeSet<N>>) -> Option<Vec<N>> {
    fn visit<N: Ord + Clone>(
        n: &N,
        edges: &BTreeMap<N, BTreeSet<N>>,
        done: &mut BTreeSet<N>,
        stack: &mut Vec<N>,
    ) -> Option<Vec<N>> {
        if let Some(at) = stack.iter().position(|s| s == n) {
            let mut cycle = stack[at..].to_vec();
            cycle.push(n.clone());
            return Some(cycle);
        }
        if done.contains(n) {
            return None;
        }
        stack.push(n.clone());
        for next in edges.get(n).into_iter().flatten() {
            if let Some(c) = visit(next, edges, done, stack) {
                return Some(c);
            }
        }
        stack.pop();
        done.insert(n.clone());
        None
    }
    let mut done = BTreeSet::new();
    edges.keys().find_map(|n| visit(n, edges, &mut done, &mut Vec::new()))
}

fn tree() -> Tree {
    let mut sources = BTreeMap::new();
    collect(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &[], &mut sources);
    Tree { sources }
}

fn show(m: &Module) -> String {
    if m.is_empty() {
        "lib".into()
    } else {
        m.join("::")
    }
}

#[test]
fn no_two_files_import_each_other() {
    let edges = tree().edges();
    if let Some(cycle) = find_cycle(&edges) {
        let names: Vec<String> = cycle.iter().map(show).collect();
        panic!("import circle: {}", names.join(" → "));
    }
}

/// `desk` is where every area adds its operations, so it sits beside the areas, not in one.
#[test]
fn no_two_areas_depend_on_each_other() {
    let area = |m: &Module| m.first().cloned().unwrap_or_else(|| "lib".into());
    let mut areas: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (from, targets) in tree().edges() {
        for to in targets {
            let (a, b) = (area(&from), area(&to));
            if a != b && ![a.as_str(), b.as_str()].iter().any(|x| ["desk", "lib"].contains(x)) {
                areas.entry(a).or_default().insert(b);
            }
        }
    }
    if let Some(cycle) = find_cycle(&areas) {
        panic!("areas depend on each other: {}", cycle.join(" → "));
    }
}

#[test]
fn the_checker_sees_a_circle() {
    let mut edges: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    edges.entry("roster::unit").or_default().insert("roster::member");
    edges.entry("roster::member").or_default().insert("roster::unit");
    assert_eq!(find_cycle(&edges).map(|c| c.len()), Some(3));
    assert_eq!(
        expand("crate::{store::{Record, Tx}, common::error::Result as R}"),
        [
            "crate::store::Record",
            "crate::store::Tx",
            "crate::common::error::Result"
        ]
    );
}
