//! What the body is: a 推进委员会 (主任、副主任) or a 领导小组 (组长、副组长).

crate::coded_enum! {
    pub enum BodyKind: "机构类型" {
        /// 推进委员会: 主任、副主任
        Committee = "committee" / "推进委员会",
        /// 领导小组: 组长、副组长
        LeadingGroup = "leading_group" / "领导小组",
    }
}
