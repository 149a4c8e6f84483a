//! The single mutation path: every insert, update and soft delete of a record goes through
//! `Tx`, which writes the matching `history` row in the same transaction.

use std::cell::OnceCell;
use std::ops::Deref;

use rusqlite::{params, Connection, ToSql, Transaction};
use serde::Serialize;

use super::history_diff;
use crate::common::error::{CoreError, Result};

/// A row that office staff edit: it can be fetched by id and serialised for history.
pub trait Record: Serialize + Sized {
    /// Table name, also the `entity` written to history.
    const ENTITY: &'static str;
    /// What to call one of these in a message, e.g. “成员单位”.
    const LABEL: &'static str;

    /// The row, deleted or not; `None` when no row has the id.
    fn fetch(conn: &Connection, id: i64) -> Result<Option<Self>>;
}

/// The edited columns of one row, named once for both its INSERT and its UPDATE.
#[derive(Default)]
pub struct Columns(Vec<(&'static str, Box<dyn ToSql>)>);

impl Columns {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn set(mut self, name: &'static str, value: impl ToSql + 'static) -> Self {
        self.0.push((name, Box::new(value)));
        self
    }

    /// Runs `f` with the columns as named parameters (`:name`), plus `extra` when given.
    fn with_params<T>(&self, extra: Option<(&str, &dyn ToSql)>, f: impl FnOnce(&[(&str, &dyn ToSql)]) -> T) -> T {
        let keys: Vec<String> = self.0.iter().map(|(n, _)| format!(":{n}")).collect();
        let mut params: Vec<(&str, &dyn ToSql)> = keys
            .iter()
            .map(String::as_str)
            .zip(self.0.iter().map(|(_, v)| v.as_ref()))
            .collect();
        params.extend(extra);
        f(&params)
    }
}

/// A record in the recycle bin looks, to every lookup, like one that does not exist.
pub trait SoftDeleted: Record {
    fn deleted_at(&self) -> Option<&str>;

    /// The message when the record is missing or deleted.
    fn gone() -> CoreError {
        CoreError::not_found(format!("这个{}不存在或已删除", Self::LABEL))
    }
}

/// The record with `id`, unless it is missing or in the recycle bin.
pub fn live<R: SoftDeleted>(conn: &Connection, id: i64) -> Result<R> {
    match R::fetch(conn, id)? {
        Some(r) if r.deleted_at().is_none() => Ok(r),
        _ => Err(R::gone()),
    }
}

pub struct Tx<'c> {
    tx: Transaction<'c>,
    actor: String,
    now: String,
    /// The number every history row of this transaction carries, taken at its first row.
    change_id: OnceCell<i64>,
}

impl Deref for Tx<'_> {
    type Target = Connection;
    fn deref(&self) -> &Connection {
        &self.tx
    }
}

impl<'c> Tx<'c> {
    pub(super) fn new(tx: Transaction<'c>, actor: &str, now: String) -> Self {
        Self {
            tx,
            actor: actor.to_owned(),
            now,
            change_id: OnceCell::new(),
        }
    }

    pub(super) fn commit(self) -> Result<()> {
        self.tx.commit()?;
        Ok(())
    }

    pub fn actor(&self) -> &str {
        &self.actor
    }

    /// The moment of this transaction (RFC 3339, UTC), as its history rows carry it.
    pub fn now(&self) -> &str {
        &self.now
    }

    /// Runs the INSERT in `insert` (which returns the new id) and records it.
    pub fn insert<R: Record>(&self, insert: impl FnOnce(&Connection) -> Result<i64>) -> Result<R> {
        let id = insert(&self.tx)?;
        let after = Self::must_fetch::<R>(&self.tx, id)?;
        self.log(R::ENTITY, id, "insert", None, Some(&after))?;
        Ok(after)
    }

    /// Runs the UPDATE in `update` on record `id` and records before and after.
    pub fn update<R: Record>(&self, id: i64, update: impl FnOnce(&Connection) -> Result<()>) -> Result<R> {
        let before = Self::must_fetch::<R>(&self.tx, id)?;
        update(&self.tx)?;
        let after = Self::must_fetch::<R>(&self.tx, id)?;
        self.log(R::ENTITY, id, "update", Some(&before), Some(&after))?;
        Ok(after)
    }

    /// Inserts a row of `R`'s table from its named columns, the same list its updates use.
    pub fn insert_columns<R: Record>(&self, columns: &Columns) -> Result<R> {
        let names: Vec<&str> = columns.0.iter().map(|(n, _)| *n).collect();
        let sql = format!(
            "INSERT INTO {} ({}) VALUES (:{})",
            R::ENTITY,
            names.join(", "),
            names.join(", :")
        );
        self.insert::<R>(|c| {
            columns.with_params(None, |p| c.execute(&sql, p))?;
            Ok(c.last_insert_rowid())
        })
    }

    /// Updates row `id` of `R`'s table from its named columns, the same list its insert uses.
    pub fn update_columns<R: Record>(&self, id: i64, columns: &Columns) -> Result<R> {
        let sets: Vec<String> = columns.0.iter().map(|(n, _)| format!("{n} = :{n}")).collect();
        let sql = format!("UPDATE {} SET {} WHERE id = :id", R::ENTITY, sets.join(", "));
        self.update::<R>(id, |c| {
            columns.with_params(Some((":id", &id)), |p| c.execute(&sql, p))?;
            Ok(())
        })
    }

    /// Moves record `id` to the recycle bin (sets `deleted_at`).
    pub fn soft_delete<R: Record>(&self, id: i64) -> Result<()> {
        let before = Self::must_fetch::<R>(&self.tx, id)?;
        let sql = format!(
            "UPDATE {} SET deleted_at = ?1 WHERE id = ?2 AND deleted_at IS NULL",
            R::ENTITY
        );
        if self.tx.execute(&sql, params![self.now, id])? == 0 {
            return Err(CoreError::not_found(format!("该{}已被删除", R::LABEL)));
        }
        self.log(R::ENTITY, id, "delete", Some(&before), None)
    }

    /// Takes record `id` out of the recycle bin (clears `deleted_at`).
    pub fn restore<R: SoftDeleted>(&self, id: i64) -> Result<R> {
        let before = Self::must_fetch::<R>(&self.tx, id)?;
        let sql = format!(
            "UPDATE {} SET deleted_at = NULL WHERE id = ?1 AND deleted_at IS NOT NULL",
            R::ENTITY
        );
        if self.tx.execute(&sql, [id])? == 0 {
            return Err(CoreError::not_found(format!("该{}不在回收站中", R::LABEL)));
        }
        let after = Self::must_fetch::<R>(&self.tx, id)?;
        self.log(R::ENTITY, id, "restore", Some(&before), Some(&after))?;
        Ok(after)
    }

    /// Removes record `id`, which must be in the recycle bin, for good. Its history stays.
    pub fn purge<R: SoftDeleted>(&self, id: i64) -> Result<()> {
        let before = Self::must_fetch::<R>(&self.tx, id)?;
        let sql = format!("DELETE FROM {} WHERE id = ?1 AND deleted_at IS NOT NULL", R::ENTITY);
        if self.tx.execute(&sql, [id])? == 0 {
            return Err(CoreError::not_found(format!("该{}不在回收站中", R::LABEL)));
        }
        self.log(R::ENTITY, id, "purge", Some(&before), None)
    }

    /// Removes record `id` for good with the record it belongs to (a purged meeting's invitees),
    /// keeping its last copy whole in its history.
    pub fn purge_part<R: Record>(&self, id: i64) -> Result<()> {
        let before = Self::must_fetch::<R>(&self.tx, id)?;
        let sql = format!("DELETE FROM {} WHERE id = ?1", R::ENTITY);
        self.tx.execute(&sql, [id])?;
        self.log(R::ENTITY, id, "purge", Some(&before), None)
    }

    /// The number of this transaction's change, as its history rows carry it.
    pub fn change_id(&self) -> Result<i64> {
        if let Some(id) = self.change_id.get() {
            return Ok(*id);
        }
        let next: i64 = self
            .tx
            .query_row("SELECT COALESCE(MAX(change_id), 0) + 1 FROM history", [], |r| r.get(0))?;
        Ok(*self.change_id.get_or_init(|| next))
    }

    fn must_fetch<R: Record>(conn: &Connection, id: i64) -> Result<R> {
        R::fetch(conn, id)?.ok_or_else(|| CoreError::not_found(format!("找不到该{}（编号 {id}）", R::LABEL)))
    }

    pub(crate) fn log<R: Serialize>(
        &self,
        entity: &str,
        id: i64,
        action: &str,
        before: Option<&R>,
        after: Option<&R>,
    ) -> Result<()> {
        let value = |r: Option<&R>| r.map(serde_json::to_value).transpose();
        let (before, after) = history_diff::kept(entity, value(before)?, value(after)?);
        let change = self.change_id()?;
        self.tx.execute(
            "INSERT INTO history (at, actor, entity, entity_id, action, before_json, after_json, change_id)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![self.now, self.actor, entity, id, action, before, after, change],
        )?;
        Ok(())
    }
}
