//! Text checks shared by every form: trimmed, required or not, not too long.

use crate::common::error::{CoreError, Result};

pub fn required(field: &str, label: &str, value: &str, max_chars: usize) -> Result<String> {
    let value = value.trim();
    if value.is_empty() {
        return Err(CoreError::invalid(field, format!("请填写{label}")));
    }
    optional(field, label, value, max_chars)
}

pub fn optional(field: &str, label: &str, value: &str, max_chars: usize) -> Result<String> {
    let value = value.trim();
    let len = value.chars().count();
    if len > max_chars {
        return Err(CoreError::invalid(
            field,
            format!("{label}不能超过{max_chars}个字（现在{len}个字）"),
        ));
    }
    Ok(value.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trims_and_counts_characters_not_bytes() {
        assert_eq!(required("name", "姓名", "  张三 ", 4).unwrap(), "张三");
        assert_eq!(required("name", "姓名", "   ", 4).unwrap_err().message, "请填写姓名");
        let e = optional("post", "单位职务", "市卫健委主任", 5).unwrap_err();
        assert_eq!(e.field.as_deref(), Some("post"));
        assert!(e.message.contains("不能超过5个字"));
    }
}
