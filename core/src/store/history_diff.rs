//! What a history row keeps. A change keeps only the fields it changed, before and after, with
//! the record's name beside them, so that a return saved fifty times is not stored fifty times
//! over. A new record keeps its name and ids only: until its first change its values are the
//! record's own, and every change keeps what it replaced, so the record as it stood at any time
//! can still be told (a purge keeps the last copy whole). Copies of another record's text (a
//! return's rows repeat their tasks' wording) are left out: that text has its own history.

use serde_json::{Map, Value};

/// Fields kept on both sides of every change so that its row still says which record it was.
pub const NAME_KEYS: &[&str] = &["name", "personName", "title", "bodyName", "content", "text", "fileName"];

/// (entity, list field, fields of each item copied from elsewhere).
const COPIED: &[(&str, &str, &[&str])] = &[("report", "rows", &["actionName", "content", "leadLeader"])];

/// The key an item of a changed list carries: its place in the list, counted from 1.
const PLACE: &str = "#";

/// The two sides of a history row as it keeps them: lean, and for a change only what changed.
pub(crate) fn kept(entity: &str, before: Option<Value>, after: Option<Value>) -> (Option<String>, Option<String>) {
    let (before, after) = (before.map(|v| lean(entity, v)), after.map(|v| lean(entity, v)));
    let (before, after) = match (before, after) {
        (Some(b), Some(a)) => {
            let (b, a) = changed(&b, &a);
            (Some(b), Some(a))
        }
        (None, Some(a)) => (None, Some(named(a))),
        sides => sides,
    };
    (before.map(|v| v.to_string()), after.map(|v| v.to_string()))
}

/// A new record as its history row keeps it: its ids and its name.
fn named(record: Value) -> Value {
    let Value::Object(fields) = record else { return record };
    let kept = fields
        .into_iter()
        .filter(|(k, _)| is_id(k) || NAME_KEYS.contains(&k.as_str()))
        .collect();
    Value::Object(kept)
}

fn is_id(key: &str) -> bool {
    key == "id" || key.ends_with("Id") || key.ends_with("_id")
}

/// The record as history keeps it: without the text it only repeats.
fn lean(entity: &str, mut record: Value) -> Value {
    for (_, list, copied) in COPIED.iter().filter(|(e, ..)| *e == entity) {
        if let Some(Value::Array(items)) = record.get_mut(*list) {
            for item in items.iter_mut().filter_map(Value::as_object_mut) {
                // `shift_remove` keeps the other fields in the record's order.
                copied.iter().for_each(|k| drop(item.shift_remove(*k)));
            }
        }
    }
    record
}

/// The fields `before` and `after` differ in, each side with only those (and the name).
fn changed(before: &Value, after: &Value) -> (Value, Value) {
    let (Value::Object(b), Value::Object(a)) = (before, after) else {
        return (before.clone(), after.clone());
    };
    let keep_name = |key: &str| NAME_KEYS.contains(&key);
    let (was, is) = split(b, a, keep_name, |old, new| match (old, new) {
        (Value::Array(o), Value::Array(n)) if o.len() == n.len() => changed_items(o, n),
        _ => (old.clone(), new.clone()),
    });
    (Value::Object(was), Value::Object(is))
}

/// Items of a list that changed, each with its place, its ids and the fields that changed.
fn changed_items(old: &[Value], new: &[Value]) -> (Value, Value) {
    let mut was = Vec::new();
    let mut is = Vec::new();
    for (i, (o, n)) in old.iter().zip(new).enumerate().filter(|(_, (o, n))| o != n) {
        let (Value::Object(om), Value::Object(nm)) = (o, n) else {
            return (Value::Array(old.to_vec()), Value::Array(new.to_vec()));
        };
        let (mut wo, mut wn) = split(om, nm, is_id, |ov, nv| (ov.clone(), nv.clone()));
        wo.insert(PLACE.into(), (i + 1).into());
        wn.insert(PLACE.into(), (i + 1).into());
        was.push(Value::Object(wo));
        is.push(Value::Object(wn));
    }
    (Value::Array(was), Value::Array(is))
}

/// The two sides of an object with only the fields that differ (each side as `differ` keeps
/// it) and those `keep` names although unchanged.
fn split(
    before: &Map<String, Value>,
    after: &Map<String, Value>,
    keep: impl Fn(&str) -> bool,
    differ: impl Fn(&Value, &Value) -> (Value, Value),
) -> (Map<String, Value>, Map<String, Value>) {
    let (mut was, mut is) = (Map::new(), Map::new());
    for key in keys(before, after) {
        let (old, new) = (
            before.get(key).unwrap_or(&Value::Null),
            after.get(key).unwrap_or(&Value::Null),
        );
        let (old, new) = if old != new {
            differ(old, new)
        } else if keep(key) {
            (old.clone(), new.clone())
        } else {
            continue;
        };
        was.insert(key.clone(), old);
        is.insert(key.clone(), new);
    }
    (was, is)
}

fn keys<'a>(b: &'a Map<String, Value>, a: &'a Map<String, Value>) -> Vec<&'a String> {
    let mut keys: Vec<&String> = b.keys().collect();
    keys.extend(a.keys().filter(|k| !b.contains_key(*k)));
    keys
}

/// One field that differs between a history row's two sides; inside a list, with the item's
/// place counted from 1.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub key: String,
    pub place: Option<u64>,
    pub before: Value,
    pub after: Value,
}

/// Every field that differs between a history row's two sides, whether the row keeps the
/// change only (as it now does) or two whole copies (as rows written before did). Items of a
/// list are paired by place; an item on one side only reads as empty on the other.
pub fn changes(before: &Map<String, Value>, after: &Map<String, Value>) -> Vec<Change> {
    let mut out = Vec::new();
    for key in keys(before, after) {
        let (old, new) = (
            before.get(key).unwrap_or(&Value::Null),
            after.get(key).unwrap_or(&Value::Null),
        );
        if old == new {
            continue;
        }
        match (old, new) {
            (Value::Array(o), Value::Array(n)) if o.iter().chain(n).all(Value::is_object) => {
                out.extend(item_changes(o, n))
            }
            _ => out.push(Change {
                key: key.clone(),
                place: None,
                before: old.clone(),
                after: new.clone(),
            }),
        }
    }
    out
}

fn item_changes(old: &[Value], new: &[Value]) -> Vec<Change> {
    let empty = Map::new();
    let mut out = Vec::new();
    for i in 0..old.len().max(new.len()) {
        let o = old.get(i).and_then(Value::as_object).unwrap_or(&empty);
        let n = new.get(i).and_then(Value::as_object).unwrap_or(&empty);
        let place = [o, n]
            .iter()
            .find_map(|m| m.get(PLACE).and_then(Value::as_u64))
            .unwrap_or(i as u64 + 1);
        for change in changes(o, n).into_iter().filter(|c| c.key != PLACE && !is_id(&c.key)) {
            out.push(Change {
                place: Some(place),
                ..change
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn listed(before: &Value, after: &Value) -> Vec<(String, Option<u64>, Value, Value)> {
        changes(before.as_object().unwrap(), after.as_object().unwrap())
            .into_iter()
            .map(|c| (c.key, c.place, c.before, c.after))
            .collect()
    }

    #[test]
    fn a_change_keeps_the_changed_fields_and_the_name() {
        let before = json!({"id": 1, "name": "市卫健委", "phone": "1", "note": "a"});
        let after = json!({"id": 1, "name": "市卫健委", "phone": "2", "note": "a"});
        let (b, a) = changed(&before, &after);
        assert_eq!(b, json!({"name": "市卫健委", "phone": "1"}));
        assert_eq!(a, json!({"name": "市卫健委", "phone": "2"}));
        assert_eq!(listed(&b, &a), [("phone".into(), None, json!("1"), json!("2"))]);
    }

    #[test]
    fn a_list_keeps_only_its_changed_items_with_their_place_and_ids() {
        let before = json!({"rows": [{"taskId": 7, "progress": "a"}, {"taskId": 8, "progress": "b"}]});
        let after = json!({"rows": [{"taskId": 7, "progress": "a"}, {"taskId": 8, "progress": "c"}]});
        let (b, a) = changed(&before, &after);
        assert_eq!(b, json!({"rows": [{"taskId": 8, "progress": "b", "#": 2}]}));
        assert_eq!(a, json!({"rows": [{"taskId": 8, "progress": "c", "#": 2}]}));
        assert_eq!(listed(&b, &a), [("progress".into(), Some(2), json!("b"), json!("c"))]);
    }

    #[test]
    fn whole_copies_written_before_read_the_same() {
        let before = json!({"name": "x", "submitted": false, "rows": [{"taskId": 1, "progress": ""}]});
        let after = json!({"name": "x", "submitted": true, "rows": [{"taskId": 1, "progress": "done"}]});
        assert_eq!(
            listed(&before, &after),
            [
                ("submitted".into(), None, json!(false), json!(true)),
                ("progress".into(), Some(1), json!(""), json!("done"))
            ]
        );
    }

    #[test]
    fn a_list_that_grew_reads_its_new_item_against_nothing() {
        let before = json!({"rows": [{"taskId": 1, "progress": "a"}]});
        let after = json!({"rows": [{"taskId": 1, "progress": "a"}, {"taskId": 2, "progress": "b"}]});
        assert_eq!(
            listed(&before, &after),
            [("progress".into(), Some(2), Value::Null, json!("b"))]
        );
    }

    #[test]
    fn a_new_record_keeps_its_name_and_ids() {
        let unit = json!({"id": 3, "name": "市卫健委", "unitId": 2, "phone": "1", "note": "long"});
        let (before, after) = kept("unit", None, Some(unit));
        assert_eq!(before, None);
        assert_eq!(after.unwrap(), r#"{"id":3,"name":"市卫健委","unitId":2}"#);
        let gone = json!({"id": 3, "name": "市卫健委", "phone": "1"});
        let (before, after) = kept("unit", Some(gone.clone()), None);
        assert_eq!(
            (before.unwrap(), after),
            (gone.to_string(), None),
            "a removed record is kept whole"
        );
    }

    #[test]
    fn a_return_drops_its_tasks_wording_and_keeps_its_fields_in_order() {
        let report = json!({"rows": [{"taskId": 1, "content": "task text", "actionName": "a", "leadLeader": "l", "progress": "p", "reasonsNext": "r", "difficulties": "d"}]});
        let kept = lean("report", report.clone()).to_string();
        assert_eq!(
            kept,
            r#"{"rows":[{"taskId":1,"progress":"p","reasonsNext":"r","difficulties":"d"}]}"#
        );
        assert_eq!(lean("task", report.clone()), report);
    }
}
