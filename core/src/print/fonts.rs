//! The fonts a printed page uses, per role, with a fallback for characters the chosen font lacks:
//! printpdf draws a missing glyph as nothing, so every character is checked before it is placed.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

use printpdf::ParsedFont;

use crate::common::error::{CoreError, Result};

crate::coded_enum! {
    /// Where a font is used on the page (GB/T 9704: 标题 小标宋, 正文 仿宋, 一级标题 黑体, 二级标题 楷体).
    #[derive(Hash)]
    pub enum FontRole: "字体用途" {
        Title = "title" / "标题",
        Body = "body" / "正文",
        Heading1 = "heading1" / "一级标题",
        Heading2 = "heading2" / "二级标题",
    }
}

impl FontRole {
    /// The font a Word or WPS document names for this role (GB/T 9704 and office habit).
    pub fn word_name(self) -> &'static str {
        match self {
            FontRole::Title => "方正小标宋简体",
            FontRole::Body => "仿宋_GB2312",
            FontRole::Heading1 => "黑体",
            FontRole::Heading2 => "楷体_GB2312",
        }
    }

    /// The fonts tried for this role when the office has not chosen one, best first.
    fn preferred(self) -> &'static [&'static str] {
        match self {
            FontRole::Title => &["fzxbs", "noto_serif_bold", "simhei", "noto_sans"],
            FontRole::Body => &["fangsong", "noto_serif", "simsun"],
            FontRole::Heading1 => &["simhei", "noto_sans"],
            FontRole::Heading2 => &["kaiti", "lxgw_wenkai", "noto_serif"],
        }
    }
}

/// A font the program knows how to find: Windows system fonts first, then the bundled open fonts.
pub struct KnownFont {
    pub key: &'static str,
    pub label: &'static str,
    /// File names to look for, with the face index inside a collection.
    files: &'static [(&'static str, usize)],
}

pub const KNOWN_FONTS: &[KnownFont] = &[
    KnownFont {
        key: "fzxbs",
        label: "方正小标宋简体",
        files: &[("FZXBSJW.TTF", 0), ("方正小标宋简体.ttf", 0)],
    },
    KnownFont {
        key: "fangsong",
        label: "仿宋",
        files: &[("simfang.ttf", 0), ("SIMFANG.TTF", 0)],
    },
    KnownFont {
        key: "simhei",
        label: "黑体",
        files: &[("simhei.ttf", 0), ("SIMHEI.TTF", 0)],
    },
    KnownFont {
        key: "kaiti",
        label: "楷体",
        files: &[("simkai.ttf", 0), ("SIMKAI.TTF", 0)],
    },
    KnownFont {
        key: "simsun",
        label: "宋体",
        files: &[("simsun.ttc", 0), ("SIMSUN.TTC", 0)],
    },
    KnownFont {
        key: "noto_serif",
        label: "思源宋体（Noto Serif SC）",
        files: &[("NotoSerifSC-Regular.otf", 0), ("NotoSerifCJK-Regular.ttc", 2)],
    },
    KnownFont {
        key: "noto_serif_bold",
        label: "思源宋体 粗（Noto Serif SC Bold）",
        files: &[("NotoSerifSC-Bold.otf", 0), ("NotoSerifCJK-Bold.ttc", 2)],
    },
    KnownFont {
        key: "noto_sans",
        label: "思源黑体（Noto Sans SC）",
        files: &[("NotoSansSC-Regular.otf", 0), ("NotoSansCJK-Regular.ttc", 2)],
    },
    KnownFont {
        key: "lxgw_wenkai",
        label: "霞鹜文楷",
        files: &[("LXGWWenKai-Regular.ttf", 0)],
    },
];

/// Fallback order for characters the role's font lacks: the widest-coverage fonts first.
const FALLBACK: &[&str] = &["noto_serif", "noto_sans", "lxgw_wenkai", "simsun", "noto_serif_bold"];

/// One loaded face.
pub struct Face {
    pub key: &'static str,
    pub label: &'static str,
    pub path: PathBuf,
    pub font: Arc<ParsedFont>,
    units_per_em: f32,
    glyphs: Arc<GlyphMap>,
}

/// Characters already looked up in a face's cmap. The lookup is slow in CJK fonts, and a
/// month's summary looks up the same few thousand characters hundreds of thousands of times.
type GlyphMap = Mutex<HashMap<char, Option<u16>>>;

impl Face {
    fn glyph(&self, c: char) -> Option<u16> {
        let mut map = self.glyphs.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        *map.entry(c).or_insert_with(|| self.font.lookup_glyph_index(c as u32))
    }

    pub fn covers(&self, c: char) -> bool {
        c.is_whitespace() || self.glyph(c).is_some()
    }

    /// Advance width of `c` as a fraction of the font size.
    pub fn advance_em(&self, c: char) -> f32 {
        match self.glyph(c) {
            Some(gid) if self.units_per_em > 0.0 => self.font.get_horizontal_advance(gid) as f32 / self.units_per_em,
            _ if c.is_ascii() => 0.5,
            _ => 1.0,
        }
    }
}

/// A font file and the face inside it.
type FaceKey = (PathBuf, usize);

type LoadedFace = (Arc<ParsedFont>, Arc<GlyphMap>);

/// Parsed fonts (and their looked-up glyphs) are kept for the life of the program: a CJK face
/// is tens of megabytes.
fn load_face(path: &Path, index: usize) -> Option<LoadedFace> {
    static CACHE: OnceLock<Mutex<HashMap<FaceKey, LoadedFace>>> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    let key = (path.to_path_buf(), index);
    if let Some(loaded) = cache.lock().ok()?.get(&key) {
        return Some(loaded.clone());
    }
    let bytes = std::fs::read(path).ok()?;
    let font = Arc::new(ParsedFont::from_bytes(&bytes, index, &mut Vec::new())?);
    let loaded = (font, Arc::default());
    cache.lock().ok()?.insert(key, loaded.clone());
    Some(loaded)
}

/// The folders searched for fonts, in order.
#[derive(Debug, Clone, Default)]
pub struct FontDirs(pub Vec<PathBuf>);

impl FontDirs {
    /// Windows' font folders (for 仿宋/黑体/楷体 and 方正小标宋), then the bundled fonts.
    pub fn standard(bundled: &[PathBuf]) -> FontDirs {
        FontDirs::with_system_dirs(windows_font_dirs(), bundled)
    }

    /// As `standard`, with the system's font folders given.
    pub fn with_system_dirs(system: Vec<PathBuf>, bundled: &[PathBuf]) -> FontDirs {
        let mut dirs = system;
        dirs.extend(bundled.iter().cloned());
        // A development build also finds the fonts `scripts/bundle-fonts.sh` put into its own
        // checkout; a shipped program must never look into the folders of the machine that built it.
        #[cfg(debug_assertions)]
        dirs.push(Path::new(env!("CARGO_MANIFEST_DIR")).join("../assets/fonts"));
        // Where Debian installs the same open fonts.
        #[cfg(not(windows))]
        dirs.extend(
            [
                "/usr/share/fonts/opentype/noto",
                "/usr/share/fonts/truetype/lxgw-wenkai",
            ]
            .map(PathBuf::from),
        );
        FontDirs(dirs)
    }

    fn find(&self, known: &KnownFont) -> Option<(PathBuf, usize)> {
        self.0.iter().find_map(|dir| {
            known.files.iter().find_map(|(file, index)| {
                let path = dir.join(file);
                path.is_file().then_some((path, *index))
            })
        })
    }

    /// The known fonts present on this machine.
    pub fn available(&self) -> Vec<&'static KnownFont> {
        KNOWN_FONTS.iter().filter(|k| self.find(k).is_some()).collect()
    }

    fn load(&self, key: &str) -> Option<Face> {
        let known = KNOWN_FONTS.iter().find(|k| k.key == key)?;
        let (path, index) = self.find(known)?;
        let (font, glyphs) = load_face(&path, index)?;
        let units_per_em = font.font_metrics.units_per_em as f32;
        Some(Face {
            key: known.key,
            label: known.label,
            path,
            font,
            units_per_em,
            glyphs,
        })
    }
}

/// The machine's fonts (`%WINDIR%\Fonts`), then the folder a user without administrator rights
/// installs fonts into since Windows 10 1809 (`%LOCALAPPDATA%\Microsoft\Windows\Fonts`): where a
/// 方正小标宋 that office staff installed themselves lands.
fn windows_font_dirs() -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::env::var_os("WINDIR")
        .map(|w| PathBuf::from(w).join("Fonts"))
        .into_iter()
        .collect();
    if cfg!(windows) {
        found.extend(dirs::data_local_dir().map(|d| d.join("Microsoft").join("Windows").join("Fonts")));
    }
    found
}

/// The faces one document uses: per role its font, then the fallbacks.
pub struct FontSet {
    pub faces: Vec<Face>,
    chains: HashMap<FontRole, Vec<usize>>,
}

/// A stretch of text drawn in one face.
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    pub face: usize,
    pub text: String,
    /// The glyph of each character of `text` in the run's face (0 for whitespace it lacks).
    pub glyphs: Vec<u16>,
    pub width_em: f32,
}

impl FontSet {
    /// Loads, for each role, the office's choice when it is present, else the first preferred
    /// font found, else the first fallback font found (a PC without 仿宋 still prints, in the
    /// bundled title font), followed by every fallback font found.
    pub fn load(dirs: &FontDirs, chosen: &HashMap<FontRole, String>) -> Result<FontSet> {
        let mut set = FontSet {
            faces: Vec::new(),
            chains: HashMap::new(),
        };
        for &role in FontRole::ALL {
            let mut keys: Vec<&str> = chosen.get(&role).map(String::as_str).into_iter().collect();
            keys.extend(role.preferred());
            keys.extend(FALLBACK);
            let primary = keys.into_iter().find_map(|k| set.face_index(dirs, k));
            let Some(primary) = primary else {
                return Err(CoreError::storage(format!(
                    "找不到用于{}的字体。请重新运行安装程序，或在 Windows 中安装仿宋、黑体、楷体。",
                    role.label()
                )));
            };
            let mut chain = vec![primary];
            chain.extend(
                FALLBACK
                    .iter()
                    .filter_map(|k| set.face_index(dirs, k))
                    .filter(|i| *i != primary),
            );
            set.chains.insert(role, chain);
        }
        Ok(set)
    }

    fn face_index(&mut self, dirs: &FontDirs, key: &str) -> Option<usize> {
        if let Some(i) = self.faces.iter().position(|f| f.key == key) {
            return Some(i);
        }
        self.faces.push(dirs.load(key)?);
        Some(self.faces.len() - 1)
    }

    /// The face that draws `role`'s text when every character is covered.
    pub fn primary(&self, role: FontRole) -> &Face {
        &self.faces[self.chains[&role][0]]
    }

    /// The first face in the role's chain that has `c`; the primary when none has it.
    fn face_for(&self, role: FontRole, c: char) -> usize {
        let chain = &self.chains[&role];
        chain
            .iter()
            .copied()
            .find(|&i| self.faces[i].covers(c))
            .unwrap_or(chain[0])
    }

    /// Whether some face of the role can draw `c`.
    pub fn can_draw(&self, role: FontRole, c: char) -> bool {
        self.chains[&role].iter().any(|&i| self.faces[i].covers(c))
    }

    pub fn char_width_em(&self, role: FontRole, c: char) -> f32 {
        self.faces[self.face_for(role, c)].advance_em(c)
    }

    pub fn width_em(&self, role: FontRole, text: &str) -> f32 {
        text.chars().map(|c| self.char_width_em(role, c)).sum()
    }

    /// Splits `text` into runs, each drawn by the first face of the role that has its characters.
    /// A character no face has prints as 〓, the typesetter's mark for a missing character.
    pub fn runs(&self, role: FontRole, text: &str) -> Vec<Run> {
        let mut runs: Vec<Run> = Vec::new();
        for c in text.chars() {
            let c = if self.can_draw(role, c) { c } else { MISSING };
            let face = self.face_for(role, c);
            let width = self.faces[face].advance_em(c);
            let glyph = self.faces[face].glyph(c).unwrap_or(0);
            match runs.last_mut() {
                Some(run) if run.face == face => {
                    run.text.push(c);
                    run.glyphs.push(glyph);
                    run.width_em += width;
                }
                _ => runs.push(Run {
                    face,
                    text: c.to_string(),
                    glyphs: vec![glyph],
                    width_em: width,
                }),
            }
        }
        runs
    }
}

const MISSING: char = '〓';

#[cfg(test)]
mod tests {
    use super::*;

    // The Linux font folders: these run where Debian's fonts are installed.
    /// A Latin-only font first, so every Chinese character must come from the fallback.
    #[cfg(not(windows))]
    fn latin_first() -> Option<FontSet> {
        let latin = PathBuf::from("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
        let dirs = FontDirs::standard(&[]);
        let cjk = dirs.load("noto_serif")?;
        let (font, glyphs) = load_face(&latin, 0)?;
        let units_per_em = font.font_metrics.units_per_em as f32;
        let face = Face {
            key: "dejavu",
            label: "DejaVu Sans",
            path: latin,
            font,
            units_per_em,
            glyphs,
        };
        let chains = FontRole::ALL.iter().copied().map(|r| (r, vec![0, 1])).collect();
        Some(FontSet {
            faces: vec![face, cjk],
            chains,
        })
    }

    #[cfg(not(windows))]
    #[test]
    fn characters_the_font_lacks_come_from_the_fallback() {
        let Some(set) = latin_first() else {
            panic!("needs fonts-dejavu-core and fonts-noto-cjk (scripts/setup.sh installs them)");
        };
        let runs = set.runs(FontRole::Body, "A稅鐘䶮B");
        let texts: Vec<(usize, &str)> = runs.iter().map(|r| (r.face, r.text.as_str())).collect();
        assert_eq!(texts, [(0, "A"), (1, "稅鐘䶮"), (0, "B")]);
        assert!(runs[1].width_em > 2.9, "CJK characters are a full em wide");
    }

    #[cfg(not(windows))]
    #[test]
    fn a_character_no_font_has_prints_as_the_missing_mark() {
        let set = latin_first().expect("fonts installed");
        let runs = set.runs(FontRole::Body, "A\u{10FFFD}");
        assert_eq!(runs.last().unwrap().text, "〓");
    }

    #[cfg(not(windows))]
    #[test]
    fn roles_find_a_font_on_this_machine() {
        let set = FontSet::load(&FontDirs::standard(&[]), &HashMap::new()).unwrap();
        for &role in FontRole::ALL {
            assert!(set.can_draw(role, '稅') && set.can_draw(role, '䶮'), "{role:?}");
        }
    }

    /// The Windows program ships only the title font; on a PC without Chinese fonts of its own
    /// every role prints with it rather than not at all.
    #[cfg(unix)]
    #[test]
    fn the_one_bundled_font_prints_every_role_when_the_pc_has_none() {
        let dir = tempfile::tempdir().unwrap();
        let bold = Path::new("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc");
        std::os::unix::fs::symlink(bold, dir.path().join("NotoSerifCJK-Bold.ttc")).unwrap();
        let set = FontSet::load(&FontDirs(vec![dir.path().into()]), &HashMap::new()).unwrap();
        for &role in FontRole::ALL {
            assert_eq!(set.primary(role).key, "noto_serif_bold", "{role:?}");
        }
        assert!(FontSet::load(&FontDirs(vec![]), &HashMap::new()).is_err());
    }

    #[test]
    fn the_windows_font_folder_is_searched_before_the_bundled_fonts() {
        let windir = tempfile::tempdir().unwrap();
        let bundled = tempfile::tempdir().unwrap();
        std::fs::create_dir(windir.path().join("Fonts")).unwrap();
        for (dir, file) in [
            (windir.path().join("Fonts"), "simfang.ttf"),
            (windir.path().join("Fonts"), "simsun.ttc"),
            (bundled.path().to_path_buf(), "simsun.ttc"),
            (bundled.path().to_path_buf(), "NotoSerifSC-Bold.otf"),
        ] {
            std::fs::write(dir.join(file), b"").unwrap();
        }
        let dirs = FontDirs::with_system_dirs(vec![windir.path().join("Fonts")], &[bundled.path().into()]);
        let keys: Vec<&str> = dirs.available().iter().map(|k| k.key).collect();
        for key in ["fangsong", "simsun", "noto_serif_bold"] {
            assert!(keys.contains(&key), "{key} in {keys:?}");
        }
        let simsun = KNOWN_FONTS.iter().find(|k| k.key == "simsun").unwrap();
        assert_eq!(
            dirs.find(simsun).unwrap().0,
            windir.path().join("Fonts").join("simsun.ttc")
        );
    }

    #[cfg(windows)]
    #[test]
    fn windows_fonts_come_from_windir_and_the_users_own_font_folder() {
        let var = |name| std::path::PathBuf::from(std::env::var_os(name).expect("set on Windows"));
        let dirs = FontDirs::standard(&[]);
        assert_eq!(dirs.0[0], var("WINDIR").join("Fonts"));
        assert!(dirs.0[0].is_dir());
        assert_eq!(dirs.0[1], var("LOCALAPPDATA").join(r"Microsoft\Windows\Fonts"));
        if cfg!(not(debug_assertions)) {
            assert_eq!(dirs.0.len(), 2, "a shipped program looks nowhere else: {:?}", dirs.0);
        }
    }
}
