//! The demonstration office's register: the year's documents of each kind beside the minutes
//! of the demonstration meeting, one number cancelled and one document abolished.

use committee_core::{Desk, DocKindInput, DocumentInput, Result, RevokeKind};

fn kind(desk: &Desk, name: &str) -> Result<i64> {
    Ok(desk
        .doc_kinds()?
        .into_iter()
        .find(|k| k.name == name)
        .map(|k| k.id)
        .expect("default kind"))
}

/// The prefixes the office sets once under 文种 (the preset's settings have none).
fn set_prefixes(desk: &mut Desk) -> Result<()> {
    let prefixes = [
        ("推进委员会文件", "舞健委"),
        ("推进委员会函", "舞健委函"),
        ("办公室文件", "舞健委办"),
        ("办公室函", "舞健委办函"),
    ];
    for kind in desk.doc_kinds()? {
        if let Some((_, prefix)) = prefixes.iter().find(|(name, _)| *name == kind.name) {
            let input = DocKindInput {
                name: kind.name.clone(),
                prefix: (*prefix).into(),
                signer: kind.signer.clone(),
                numbering: kind.numbering,
                retired: kind.retired,
            };
            desk.update_doc_kind(kind.id, &input)?;
        }
    }
    Ok(())
}

pub fn demo_documents(desk: &mut Desk) -> Result<()> {
    set_prefixes(desk)?;
    let entries = [
        (
            "推进委员会文件",
            "关于印发《健康舞钢行动2026年工作要点》的通知",
            "王海彦",
            "2026-02-20",
            "各成员单位",
            "特急",
        ),
        (
            "推进委员会函",
            "关于成立健康舞钢行动专家咨询委员会的函",
            "刘军",
            "2026-03-01",
            "各成员单位",
            "",
        ),
        (
            "办公室文件",
            "关于印发《信息收集汇总表报送办法》的通知",
            "姬冠华",
            "2026-03-15",
            "各成员单位",
            "",
        ),
        (
            "办公室函",
            "关于报送2026年上半年工作总结的函",
            "姬冠华",
            "2026-06-10",
            "各成员单位",
            "",
        ),
        (
            "办公室函",
            "关于召开第三季度工作推进会的通知",
            "姬冠华",
            "2026-09-01",
            "各成员单位",
            "加急",
        ),
        (
            "工作专报",
            "健康舞钢行动推进情况（第一季度）",
            "姬冠华",
            "2026-04-08",
            "推进委员会主任、副主任",
            "",
        ),
    ];
    let mut ids = Vec::new();
    for (kind_name, title, signer, on, to, urgency) in entries {
        let input = DocumentInput {
            kind_id: kind(desk, kind_name)?,
            title: title.into(),
            signer: signer.into(),
            written_on: Some(on.into()),
            main_to: to.into(),
            copied_to: "市人民政府办公室".into(),
            urgency: urgency.into(),
            ..DocumentInput::default()
        };
        ids.push(desk.register_document(&input)?.id);
    }
    desk.void_document(ids[3], "内容并入第三季度推进会通知，未印发")?;
    desk.set_document_revoked(ids[2], Some(RevokeKind::Abolished), Some("2026-11-01".into()))?;
    Ok(())
}
