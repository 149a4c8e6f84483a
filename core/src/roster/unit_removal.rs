//! Removing a member unit: its seats still in office and its liaison end with it, or the
//! office is told who still serves there.

use rusqlite::{params, Connection};

use crate::common::date;
use crate::common::error::{CoreError, Result};
use crate::desk::Desk;
use crate::roster::unit::Unit;
use crate::roster::{liaison, member};
use crate::store::live;

/// Names of the people holding seats of the unit on or after `on`.
fn seats_in_office(conn: &Connection, unit_id: i64, on: &str) -> Result<Vec<(i64, String)>> {
    let mut stmt = conn.prepare(
        "SELECT id, person_name FROM member
         WHERE unit_id = ?1 AND deleted_at IS NULL AND (term_to IS NULL OR term_to >= ?2)
         ORDER BY sort_order, id",
    )?;
    let rows = stmt.query_map(params![unit_id, on], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

impl Desk {
    /// Moves a unit to the recycle bin. A unit with seats still in office is refused with
    /// the names listed, unless `end_seats_on` gives the date their terms end; the unit's
    /// current liaison then ends on that date too.
    pub fn delete_unit(&mut self, id: i64, end_seats_on: Option<&str>) -> Result<()> {
        let end_on = date::parse_opt("endSeatsOn", "结束任职日期", end_seats_on)?;
        let today = date::iso(self.today());
        self.write(|tx| {
            let unit = live::<Unit>(tx, id)?;
            let check_from = end_on.map(date::iso).unwrap_or_else(|| today.clone());
            let seats = seats_in_office(tx, id, &check_from)?;
            match end_on {
                None if !seats.is_empty() => {
                    let names: Vec<&str> = seats.iter().map(|(_, n)| n.as_str()).collect();
                    return Err(CoreError::conflict(
                        "activeSeats",
                        format!(
                            "“{}”仍有{}名在任组成人员（{}），不能直接删除。可先为他们办理离任，或选择结束其任职后删除。",
                            unit.name,
                            seats.len(),
                            names.join("、")
                        ),
                    ));
                }
                Some(on) => {
                    let reason = format!("成员单位“{}”删除，结束任职", unit.name);
                    for (seat, _) in &seats {
                        member::end_seat(tx, *seat, on, &reason)?;
                    }
                    liaison::end_current(tx, id, on)?;
                }
                None => {}
            }
            tx.soft_delete::<Unit>(id)
        })
    }
}
