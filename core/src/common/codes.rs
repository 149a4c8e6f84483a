//! Enums stored as a text code. The code is written once and serves the database, the JSON the
//! window receives and the TypeScript union; the Chinese label is written once beside it and
//! reaches the window through the generated `labels.ts`. A code the program does not know is
//! an error, never quietly some default.

use rusqlite::types::{FromSqlError, ValueRef};

use crate::common::error::CoreError;

/// An enum made by [`coded_enum!`].
pub trait Coded: Sized + Copy + 'static {
    /// What the value is called in a message, e.g. “督办状态”.
    const WHAT: &'static str;
    const ALL: &'static [Self];
    fn code(self) -> &'static str;
    fn label(self) -> &'static str;

    fn from_code(code: &str) -> crate::Result<Self> {
        Self::ALL.iter().copied().find(|v| v.code() == code).ok_or_else(|| {
            CoreError::storage(format!(
                "数据中的{}“{code}”无法识别，可能来自更新版本的程序",
                Self::WHAT
            ))
        })
    }
}

/// Reads a stored code, refusing one the program does not know.
pub fn column<T: Coded>(value: ValueRef<'_>) -> rusqlite::types::FromSqlResult<T> {
    let code = value.as_str()?;
    T::from_code(code).map_err(|e| FromSqlError::Other(Box::new(e)))
}

/// Reads a stored code where the empty text means “none chosen”.
pub fn optional_column<T: Coded>(code: &str) -> rusqlite::Result<Option<T>> {
    if code.is_empty() {
        return Ok(None);
    }
    T::from_code(code)
        .map(Some)
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e)))
}

/// `enum Name: "what" { Variant = "code" / "标签", … }` with serde, ts-rs, SQLite and label
/// support. Extra derives and doc comments pass through.
#[macro_export]
macro_rules! coded_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident : $what:literal {
            $( $(#[$vmeta:meta])* $variant:ident = $code:literal / $label:literal ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
        $vis enum $name {
            $( $(#[$vmeta])* #[serde(rename = $code)] $variant ),+
        }

        #[allow(dead_code)]
        impl $name {
            pub const ALL: &'static [Self] = &[$($name::$variant),+];
            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }
            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $label),+ }
            }
            pub fn from_code(code: &str) -> $crate::Result<Self> {
                <Self as $crate::common::codes::Coded>::from_code(code)
            }
        }

        impl $crate::common::codes::Coded for $name {
            const WHAT: &'static str = $what;
            const ALL: &'static [Self] = $name::ALL;
            fn code(self) -> &'static str {
                $name::code(self)
            }
            fn label(self) -> &'static str {
                $name::label(self)
            }
        }

        impl rusqlite::types::ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
                Ok($crate::common::codes::Coded::code(*self).into())
            }
        }

        impl rusqlite::types::FromSql for $name {
            fn column_result(value: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
                $crate::common::codes::column(value)
            }
        }
    };
}

/// The enum's TypeScript name and `export const fooLabels: Record<Foo, string> = { … }`.
pub fn typescript_labels<T: Coded + ts_rs::TS>() -> (String, String) {
    let name = T::ident(&ts_rs::Config::new());
    let mut constant = name.clone();
    constant[..1].make_ascii_lowercase();
    let quoted = |text: &str| format!("'{}'", text.replace('\\', "\\\\").replace('\'', "\\'"));
    let entries: Vec<String> = T::ALL
        .iter()
        .map(|v| format!("  {}: {},", v.code(), quoted(v.label())))
        .collect();
    let table = format!(
        "export const {constant}Labels: Record<{name}, string> = {{\n{}\n}}\n",
        entries.join("\n")
    );
    (name, table)
}

/// Whether every value has its own code and its own label.
pub fn distinct<T: Coded>() -> bool {
    let codes: std::collections::HashSet<&str> = T::ALL.iter().map(|v| v.code()).collect();
    let labels: std::collections::HashSet<&str> = T::ALL.iter().map(|v| v.label()).collect();
    codes.len() == T::ALL.len() && labels.len() == T::ALL.len()
}

#[cfg(test)]
mod tests {
    crate::coded_enum! {
        /// A test enum.
        enum Colour: "颜色" {
            Red = "red" / "红",
            DarkBlue = "dark_blue" / "深蓝",
        }
    }

    #[test]
    fn codes_go_both_ways_and_unknown_codes_are_refused() {
        assert_eq!(Colour::from_code("dark_blue").unwrap(), Colour::DarkBlue);
        assert_eq!(Colour::DarkBlue.label(), "深蓝");
        let e = Colour::from_code("green").unwrap_err();
        assert!(e.message.contains("颜色“green”无法识别"), "{}", e.message);
        assert_eq!(serde_json::to_string(&Colour::DarkBlue).unwrap(), "\"dark_blue\"");
    }

    #[test]
    fn a_stored_code_the_program_does_not_know_is_an_error() {
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        let known: Colour = conn.query_row("SELECT ?1", [Colour::Red], |r| r.get(0)).unwrap();
        assert_eq!(known, Colour::Red);
        let e = conn
            .query_row("SELECT 'green'", [], |r| r.get::<_, Colour>(0))
            .unwrap_err();
        let said = crate::CoreError::from(e);
        assert_eq!(said.message, "数据中的颜色“green”无法识别，可能来自更新版本的程序");
    }
}
