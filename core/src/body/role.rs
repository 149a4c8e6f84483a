//! 职务（在委员会中）: the seat kinds of a roster, in the order the documents list them.

use serde::Serialize;
use ts_rs::TS;

use crate::body::kind::BodyKind;

crate::coded_enum! {
    #[derive(Hash)]
    pub enum Role: "职务" {
        /// 主任 / 组长
        Director = "director" / "主任",
        /// 副主任 / 副组长
        DeputyDirector = "deputy_director" / "副主任",
        SecretaryGeneral = "secretary_general" / "秘书长",
        /// 委员 / 成员
        Member = "member" / "成员",
        OfficeDirector = "office_director" / "办公室主任",
        OfficeDeputyDirector = "office_deputy_director" / "办公室副主任",
    }
}

impl Role {
    /// Position in the printed roster: leaders first, the office last.
    pub fn rank(self) -> i64 {
        Role::ALL.iter().position(|r| *r == self).unwrap_or(0) as i64
    }

    /// Office roles are listed apart from the 组成人员 (舞钢 opinion 附件1: “下设办公室…”).
    pub fn is_office(self) -> bool {
        matches!(self, Role::OfficeDirector | Role::OfficeDeputyDirector)
    }

    /// The title as the body's own documents write it.
    pub fn title(self, kind: BodyKind, member_title: &str) -> String {
        let group = kind == BodyKind::LeadingGroup;
        match self {
            Role::Director if group => "组长".into(),
            Role::Director => "主任".into(),
            Role::DeputyDirector if group => "副组长".into(),
            Role::DeputyDirector => "副主任".into(),
            Role::SecretaryGeneral => "秘书长".into(),
            Role::Member if member_title.trim().is_empty() => "成员".into(),
            Role::Member => member_title.trim().into(),
            Role::OfficeDirector => "办公室主任".into(),
            Role::OfficeDeputyDirector => "办公室副主任".into(),
        }
    }
}

/// A role with the label this body uses, for pickers and column filters.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RoleTitle {
    pub role: Role,
    pub label: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_follow_the_kind_of_body() {
        assert_eq!(Role::Director.title(BodyKind::Committee, "成员"), "主任");
        assert_eq!(Role::Director.title(BodyKind::LeadingGroup, "成员"), "组长");
        assert_eq!(Role::DeputyDirector.title(BodyKind::LeadingGroup, "成员"), "副组长");
        assert_eq!(Role::Member.title(BodyKind::Committee, "委员"), "委员");
        for &r in Role::ALL {
            assert_eq!(Role::from_code(r.code()).unwrap(), r);
        }
        assert!(Role::Member.rank() < Role::OfficeDirector.rank());
    }
}
