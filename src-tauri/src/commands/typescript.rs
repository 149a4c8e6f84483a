//! Writes the window's typed callers, one module per area, from the commands as declared.
//! `ui/src/api/<area>.ts` is generated: `UPDATE_BINDINGS=1 cargo test -p committee-desk api`
//! rewrites it, and the test fails while the committed copy is stale.

use std::collections::BTreeSet;
use std::path::Path;

use ts_rs::{Config, TypeVisitor, TS};

/// A TypeScript type as a command's argument or answer names it, with what it imports.
struct TsType {
    name: String,
    imports: BTreeSet<String>,
    optional: bool,
}

/// Collects the exported types a type expression refers to (`Vec<RosterRow>` → RosterRow).
struct Imports<'a> {
    cfg: &'a Config,
    found: BTreeSet<String>,
}

impl TypeVisitor for Imports<'_> {
    fn visit<T: TS + 'static + ?Sized>(&mut self) {
        if T::output_path().is_some() {
            self.found.insert(T::ident(self.cfg));
        }
        T::visit_generics(self);
    }
}

impl TsType {
    fn of<T: TS + 'static>(cfg: &Config) -> Self {
        let mut imports = Imports {
            cfg,
            found: BTreeSet::new(),
        };
        imports.visit::<T>();
        Self {
            name: T::name(cfg),
            imports: imports.found,
            // ts-rs names the inner type of an Option, and the type itself otherwise.
            optional: std::any::TypeId::of::<T::OptionInnerType>() != std::any::TypeId::of::<T>(),
        }
    }
}

pub struct Arg {
    name: String,
    ts: TsType,
}

impl Arg {
    pub fn new<T: TS + 'static>(cfg: &Config, rust_name: &str) -> Self {
        Self {
            name: camel(rust_name),
            ts: TsType::of::<T>(cfg),
        }
    }
}

/// One command as the window calls it.
pub struct Spec {
    name: &'static str,
    docs: Vec<&'static str>,
    args: Vec<Arg>,
    answer: TsType,
}

impl Spec {
    pub fn new<T: TS + 'static>(cfg: &Config, name: &'static str, docs: &[&'static str], args: Vec<Arg>) -> Self {
        Self {
            name,
            docs: docs.to_vec(),
            args,
            answer: TsType::of::<T>(cfg),
        }
    }

    fn imports(&self) -> impl Iterator<Item = &String> {
        self.args.iter().flat_map(|a| &a.ts.imports).chain(&self.answer.imports)
    }

    /// `export const roster = (asOf?: string | null) => call<…>('roster', { asOf: asOf ?? null })`;
    /// an `Option` argument at the end may be left out.
    fn function(&self) -> String {
        let optional_from = self
            .args
            .iter()
            .rposition(|a| !a.ts.optional)
            .map_or(0, |last_required| last_required + 1);
        let params: Vec<String> = self
            .args
            .iter()
            .enumerate()
            .map(|(i, a)| {
                let mark = if i >= optional_from { "?" } else { "" };
                format!("{}{mark}: {}", a.name, a.ts.name)
            })
            .collect();
        let fields: Vec<String> = self
            .args
            .iter()
            .enumerate()
            .map(|(i, a)| {
                if i >= optional_from {
                    format!("{0}: {0} ?? null", a.name)
                } else {
                    a.name.clone()
                }
            })
            .collect();
        let call_args = if fields.is_empty() {
            String::new()
        } else {
            format!(", {{ {} }}", fields.join(", "))
        };
        let docs = jsdoc(&self.docs);
        format!(
            "{docs}export const {} = ({}) =>\n  call<{}>('{}'{call_args})\n",
            camel(self.name),
            params.join(", "),
            self.answer.name,
            self.name
        )
    }
}

/// The command's doc comment as one JSDoc block; nothing when it has none.
fn jsdoc(lines: &[&str]) -> String {
    if lines.is_empty() {
        return String::new();
    }
    let body: Vec<String> = lines
        .iter()
        .map(|l| format!(" *{}\n", l.replace("*/", "* /")))
        .collect();
    format!("/**\n{} */\n", body.concat())
}

fn camel(snake: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in snake.chars() {
        match c {
            '_' => upper = true,
            c if upper => {
                out.extend(c.to_uppercase());
                upper = false;
            }
            c => out.push(c),
        }
    }
    out
}

/// The text of one area's module.
fn module(area: &str, specs: &[Spec]) -> String {
    let imports: BTreeSet<&String> = specs.iter().flat_map(Spec::imports).collect();
    let mut out = format!(
        "// Generated from src-tauri/src/commands ({area}): do not edit.\n\
         // `UPDATE_BINDINGS=1 cargo test -p committee-desk api` rewrites it.\n\n"
    );
    for t in imports {
        out.push_str(&format!("import type {{ {t} }} from '../bindings/{t}'\n"));
    }
    out.push_str("import { call } from './call'\n");
    for spec in specs {
        out.push('\n');
        out.push_str(&spec.function());
    }
    out
}

/// Writes every area's module into `dir`; answers the files written.
pub fn write_api(dir: &Path) -> std::io::Result<Vec<String>> {
    let cfg = Config::new().with_large_int("number");
    let mut written = Vec::new();
    for (area, specs) in super::modules(&cfg) {
        let file = format!("{area}.ts");
        std::fs::write(dir.join(&file), module(area, &specs))?;
        written.push(file);
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;

    #[test]
    fn api_modules_are_up_to_date() {
        let committed = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../ui/src/api");
        if std::env::var_os("UPDATE_BINDINGS").is_some() {
            write_api(&committed).unwrap();
        }
        let fresh = tempfile_dir();
        let written = write_api(&fresh).unwrap();
        let mut stale = Vec::new();
        for file in &written {
            let old = std::fs::read_to_string(committed.join(file)).unwrap_or_default();
            if old != std::fs::read_to_string(fresh.join(file)).unwrap() {
                stale.push(file.clone());
            }
        }
        // A module whose area is gone would still compile and call commands that do not exist.
        for entry in std::fs::read_dir(&committed).unwrap() {
            let name = entry.unwrap().file_name().to_string_lossy().into_owned();
            if name.ends_with(".ts") && name != "call.ts" && !written.contains(&name) {
                stale.push(name);
            }
        }
        let _ = std::fs::remove_dir_all(&fresh);
        assert!(
            stale.is_empty(),
            "ui/src/api is stale ({stale:?}): run `UPDATE_BINDINGS=1 cargo test -p committee-desk api`"
        );
    }

    fn tempfile_dir() -> PathBuf {
        let dir = std::env::temp_dir().join(format!("committee-desk-api-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn each_command_name_belongs_to_one_area() {
        let cfg = Config::new();
        let mut seen = BTreeSet::new();
        for (area, specs) in super::super::modules(&cfg) {
            for spec in specs {
                assert!(
                    seen.insert(spec.name),
                    "{} is declared twice (again in {area})",
                    spec.name
                );
            }
        }
        assert!(seen.len() > 90, "{} commands", seen.len());
    }

    #[test]
    fn a_trailing_option_may_be_left_out() {
        let cfg = Config::new().with_large_int("number");
        let spec = Spec::new::<Vec<committee_core::RosterRow>>(
            &cfg,
            "list_meetings",
            &[" The year's meetings."],
            vec![Arg::new::<i64>(&cfg, "year"), Arg::new::<Option<i64>>(&cfg, "kind_id")],
        );
        assert_eq!(
            spec.function(),
            "/**\n * The year's meetings.\n */\nexport const listMeetings = (year: number, kindId?: number | null) =>\n  \
             call<Array<RosterRow>>('list_meetings', { year, kindId: kindId ?? null })\n"
        );
        assert_eq!(spec.imports().collect::<Vec<_>>(), ["RosterRow"]);
    }
}
