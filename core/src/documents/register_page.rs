//! The 公文登记 page: the register filtered by year, kind and text, newest first, each row with
//! its kind, linked meeting, files and state.

use std::collections::HashMap;

use rusqlite::params_from_iter;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::document_file::{self, DocumentFile};
use super::kind::DocKind;
use super::register::{Document, RevokeKind};
use crate::common::error::Result;
use crate::desk::Desk;

crate::coded_enum! {
    pub enum DocumentState: "公文状态" {
        InForce = "in_force" / "有效",
        Voided = "voided" / "作废",
        Revoked = "revoked" / "撤销",
        Abolished = "abolished" / "废止",
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DocumentQuery {
    #[serde(default)]
    #[ts(optional = nullable)]
    pub year: Option<i32>,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub kind_id: Option<i64>,
    /// Words to find in the 文号, title, signer, recipients or note.
    #[serde(default)]
    pub text: String,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DocumentRow {
    #[serde(flatten)]
    #[ts(flatten)]
    pub document: Document,
    pub kind_name: String,
    pub meeting_title: Option<String>,
    /// The linked meeting's day, YYYY-MM-DD, to open it.
    pub meeting_on: Option<String>,
    pub state: DocumentState,
    pub files: Vec<DocumentFile>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DocumentPage {
    pub rows: Vec<DocumentRow>,
    /// Every year with a registered number, newest first, for the filter.
    pub years: Vec<i32>,
    pub kinds: Vec<DocKind>,
}

fn state(d: &Document) -> DocumentState {
    match (&d.voided_on, d.revoke_kind) {
        (Some(_), _) => DocumentState::Voided,
        (None, Some(RevokeKind::Revoked)) => DocumentState::Revoked,
        (None, Some(RevokeKind::Abolished)) => DocumentState::Abolished,
        (None, None) => DocumentState::InForce,
    }
}

impl Desk {
    /// The register rows `q` selects, newest first.
    pub fn documents(&self, q: &DocumentQuery) -> Result<Vec<DocumentRow>> {
        let mut files: HashMap<i64, Vec<DocumentFile>> = HashMap::new();
        for f in document_file::all(self.conn())? {
            files.entry(f.document_id).or_default().push(f);
        }
        let mut filters = vec!["1 = 1".to_owned()];
        let mut args: Vec<rusqlite::types::Value> = Vec::new();
        if let Some(year) = q.year {
            args.push(i64::from(year).into());
            filters.push(format!("d.year = ?{}", args.len()));
        }
        if let Some(kind) = q.kind_id {
            args.push(kind.into());
            filters.push(format!("d.kind_id = ?{}", args.len()));
        }
        for word in q.text.split_whitespace() {
            args.push(format!("%{word}%").into());
            let n = args.len();
            filters.push(format!(
                "(d.doc_number LIKE ?{n} OR d.title LIKE ?{n} OR d.signer LIKE ?{n} OR d.main_to LIKE ?{n}
                  OR d.copied_to LIKE ?{n} OR d.note LIKE ?{n} OR d.void_reason LIKE ?{n})"
            ));
        }
        let sql = format!(
            "SELECT d.*, k.name AS kind_name, m.title AS meeting_title, m.meeting_on FROM document d
             JOIN doc_kind k ON k.id = d.kind_id LEFT JOIN meeting m ON m.id = d.meeting_id
             WHERE {} ORDER BY d.year DESC, d.id DESC",
            filters.join(" AND ")
        );
        let mut stmt = self.conn().prepare(&sql)?;
        let rows = stmt.query_map(params_from_iter(args), |r| {
            let document = Document::from_row(r)?;
            Ok(DocumentRow {
                kind_name: r.get("kind_name")?,
                meeting_title: r.get("meeting_title")?,
                meeting_on: r.get("meeting_on")?,
                state: state(&document),
                files: files.remove(&document.id).unwrap_or_default(),
                document,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn document_page(&self, q: &DocumentQuery) -> Result<DocumentPage> {
        let mut stmt = self
            .conn()
            .prepare("SELECT DISTINCT year FROM document ORDER BY year DESC")?;
        let years = stmt.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
        Ok(DocumentPage {
            rows: self.documents(q)?,
            years,
            kinds: self.doc_kinds()?,
        })
    }
}
