//! Phone numbers (C2): a mobile is 11 digits starting with 1; a landline carries its area
//! code (0 + 2–3 digits) and a 7–8 digit number, optionally an extension. Spaces, hyphens
//! and brackets are allowed the way people write them: 0375-8123456, (0375)8123456.

use crate::common::error::{CoreError, Result};

pub fn mobile(field: &str, label: &str, value: &str) -> Result<String> {
    let value = value.trim();
    if value.is_empty() || is_mobile(&digits_only(value)) && plain(value) {
        return Ok(value.to_owned());
    }
    Err(CoreError::invalid(
        field,
        format!("{label}应为11位手机号码，以1开头，例如 13800000000"),
    ))
}

/// A landline with area code, or a mobile (people put either in a “phone” column).
pub fn any(field: &str, label: &str, value: &str) -> Result<String> {
    let value = value.trim();
    if value.is_empty() || is_landline(value) || (plain(value) && is_mobile(&digits_only(value))) {
        return Ok(value.to_owned());
    }
    Err(CoreError::invalid(
        field,
        format!("{label}格式不正确：固定电话请带区号（如 0375-8123456），手机号应为以1开头的11位数字"),
    ))
}

fn digits_only(value: &str) -> String {
    value.chars().filter(char::is_ascii_digit).collect()
}

fn plain(value: &str) -> bool {
    value.chars().all(|c| c.is_ascii_digit() || c == ' ' || c == '-')
}

fn is_mobile(digits: &str) -> bool {
    digits.len() == 11 && digits.starts_with('1')
}

fn is_landline(value: &str) -> bool {
    let (main, ext) = split_extension(value);
    if !ext.chars().all(|c| c.is_ascii_digit()) || ext.len() > 6 {
        return false;
    }
    let area_and_number = main.replace(['(', ')', '（', '）'], "-");
    let parts: Vec<&str> = area_and_number.split(['-', ' ']).filter(|p| !p.is_empty()).collect();
    match parts.as_slice() {
        [area, number] => is_area(area) && is_local(number),
        [joined] if joined.chars().all(|c| c.is_ascii_digit()) => {
            (3..=4).any(|n| joined.len() > n && is_area(&joined[..n]) && is_local(&joined[n..]))
        }
        _ => false,
    }
}

fn split_extension(value: &str) -> (&str, &str) {
    for sep in ["转", "ext", "#"] {
        if let Some((main, ext)) = value.split_once(sep) {
            return (main.trim(), ext.trim());
        }
    }
    (value.trim(), "")
}

fn is_area(s: &str) -> bool {
    (3..=4).contains(&s.len()) && s.starts_with('0') && s.chars().all(|c| c.is_ascii_digit())
}

fn is_local(s: &str) -> bool {
    (7..=8).contains(&s.len()) && !s.starts_with('0') && s.chars().all(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mobiles() {
        for ok in ["13800000000", "138 0000 0000", "138-0000-0000", ""] {
            assert!(mobile("mobile", "手机", ok).is_ok(), "{ok}");
        }
        for bad in [
            "1380000000",
            "23800000000",
            "138000000000",
            "13800000000a",
            "0375-8123456",
        ] {
            let e = mobile("mobile", "手机", bad).unwrap_err();
            assert_eq!(e.field.as_deref(), Some("mobile"));
            assert!(e.message.starts_with("手机应为11位手机号码"), "{bad}");
        }
    }

    #[test]
    fn landlines_need_an_area_code() {
        for ok in [
            "0375-8123456",
            "0871-12345678",
            "010-12345678",
            "(0375)8123456",
            "（0375）8123456",
            "03758123456",
            "0375 8123456",
            "0375-8123456转801",
            "13800000000",
        ] {
            assert!(any("officePhone", "办公电话", ok).is_ok(), "{ok}");
        }
        for bad in [
            "8123456",
            "375-8123456",
            "0375-123",
            "0375-81234567890",
            "电话",
            "0375-0123456",
        ] {
            let e = any("officePhone", "办公电话", bad).unwrap_err();
            assert_eq!(e.field.as_deref(), Some("officePhone"), "{bad}");
            assert!(e.message.contains("区号"));
        }
    }
}
