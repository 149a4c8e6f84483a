//! `cargo run -p committee-core --example samples -- OUT_DIR` writes every printed output of a
//! demonstration office (健康舞钢) into OUT_DIR, for looking at and for checks.

mod demo;

fn main() {
    let Some(dir) = std::env::args_os().nth(1) else {
        eprintln!("用法：cargo run -p committee-core --example samples -- 输出文件夹");
        std::process::exit(2);
    };
    match demo::write_samples(std::path::Path::new(&dir)) {
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
