//! 公文登记: the kinds, the register and the issued files kept with it.

use committee_core::{
    CoreError, DocKind, DocKindInput, Document, DocumentFile, DocumentInput, DocumentPage, DocumentQuery, RevokeKind,
};
use tauri_plugin_opener::OpenerExt;

use super::pickers::pick_files;

commands! {
    pub fn document_page(desk: Desk, query: DocumentQuery) -> DocumentPage {
        desk.with(|d| d.document_page(&query))
    }

    pub fn doc_kinds(desk: Desk) -> Vec<DocKind> {
        desk.with(|d| d.doc_kinds())
    }

    pub fn add_doc_kind(desk: Desk, input: DocKindInput) -> DocKind {
        desk.with(|d| d.add_doc_kind(&input))
    }

    pub fn update_doc_kind(desk: Desk, id: i64, input: DocKindInput) -> DocKind {
        desk.with(|d| d.update_doc_kind(id, &input))
    }

    /// The 文号 registering now would give, shown before saving.
    pub fn next_doc_number(desk: Desk, kind_id: i64, written_on: Option<String>) -> String {
        desk.with(|d| d.next_doc_number(kind_id, written_on))
    }

    pub fn register_document(desk: Desk, input: DocumentInput) -> Document {
        desk.with(|d| d.register_document(&input))
    }

    pub fn update_document(desk: Desk, id: i64, input: DocumentInput) -> Document {
        desk.with(|d| d.update_document(id, &input))
    }

    pub fn void_document(desk: Desk, id: i64, reason: String) -> Document {
        desk.with(|d| d.void_document(id, &reason))
    }

    pub fn unvoid_document(desk: Desk, id: i64) -> Document {
        desk.with(|d| d.unvoid_document(id))
    }

    /// 撤销 or 废止 on a date; none puts the document back in force.
    pub fn set_document_revoked(desk: Desk, id: i64, how: Option<RevokeKind>, on: Option<String>) -> Document {
        desk.with(|d| d.set_document_revoked(id, how, on))
    }

    async fn add_document_files(app: App, desk: Desk, document_id: i64) -> Vec<DocumentFile> {
        let kinds: &[&str] = &["pdf", "ofd", "doc", "docx", "wps", "xls", "xlsx", "et", "jpg", "jpeg", "png", "zip"];
        let files = pick_files(&app, "选择印发的公文文件", ("公文和附件", kinds)).await;
        let mut added = Vec::new();
        for file in files {
            added.push(desk.with(|d| d.add_document_file(document_id, &file))?);
        }
        Ok(added)
    }

    pub fn remove_document_file(desk: Desk, id: i64) -> () {
        desk.with(|d| d.remove_document_file(id))
    }

    pub fn open_document_file(app: App, desk: Desk, id: i64) -> () {
        let path = desk.with(|d| d.document_file_path(id))?;
        app.opener()
            .open_path(path.display().to_string(), None::<&str>)
            .map_err(|e| CoreError::storage(format!("无法打开文件：{e}")))
    }
}
