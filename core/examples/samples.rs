//! `cargo run -p committee-core --example samples -- OUT_DIR [--fonts DIR]` builds a
//! demonstration office (健康舞钢) in `OUT_DIR/committee-desk.db` and writes every printed output
//! beside it, for looking at and for checks. `--fonts` adds a folder of fonts, as the installed
//! program adds the fonts it ships with; the Windows build is run this way under wine.

mod demo;

use std::path::PathBuf;

fn main() {
    let mut args = std::env::args_os().skip(1);
    let mut out = None;
    let mut fonts = Vec::new();
    while let Some(arg) = args.next() {
        match (arg.to_str(), args.len()) {
            (Some("--fonts"), 1..) => fonts.extend(args.next().map(PathBuf::from)),
            _ if out.is_none() => out = Some(PathBuf::from(arg)),
            _ => usage(),
        }
    }
    let Some(dir) = out else { usage() };
    match demo::write_samples(&dir, &fonts) {
        Ok(paths) => {
            for p in paths {
                println!("{}", p.display());
            }
        }
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    }
}

fn usage() -> ! {
    eprintln!("用法：samples 输出文件夹 [--fonts 字体文件夹]");
    std::process::exit(2);
}
